"""A blood value out of range in plain words reads as the state the ontology names."""

from __future__ import annotations

import pytest

from cckg.graph_builder.recognise import load_lexicon, match

OBO = "http://purl.obolibrary.org/obo/"
CCKG = "https://w3id.org/cckg/ontology/"


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Tingling of the lips can mean low calcium.", OBO + "HP_0002901"),  # hypocalcemia
        ("A high potassium can upset the heart rhythm.", OBO + "HP_0002153"),  # hyperkalemia
        ("She had a low serum magnesium.", OBO + "HP_0002917"),  # hypomagnesemia
        ("Allopurinol is given for a raised blood uric acid.", CCKG + "Hyperuricemia"),
        ("He was admitted with high blood calcium.", CCKG + "Hypercalcemia"),  # the ontology's own name
    ],
)
def test_a_level_in_plain_words_is_its_state(text, iri):
    assert iri in {m.term.iri for m in match(text, load_lexicon())}


def test_a_treatment_with_the_longer_name_stays_a_treatment():
    found = {m.term.iri for m in match("They were changed to a low-calcium dialysate.", load_lexicon())}
    assert found == {CCKG + "LowCalciumDialysate"}


def test_plain_names_never_displace_an_existing_name():
    lex = load_lexicon()
    assert [t.iri for t in lex.lookup("high calcium")] == [CCKG + "Hypercalcemia"]
