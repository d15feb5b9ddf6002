"""A blood value out of range in plain words reads as the state the ontology names."""

from __future__ import annotations

import pytest
from cckg.graph_builder.lab_values import add_plain_names
from cckg.graph_builder.recognise import Lexicon, Term, load_lexicon, match

OBO = "http://purl.obolibrary.org/obo/"
CCKG = "https://w3id.org/cckg/ontology/"


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Tingling of the lips can mean low calcium.", OBO + "HP_0002901"),  # hypocalcemia
        ("A high potassium can upset the heart rhythm.", OBO + "HP_0002153"),  # hyperkalemia
        ("She had a low serum magnesium.", OBO + "HP_0002917"),  # hypomagnesemia
        ("Allopurinol is given for a raised blood uric acid.", CCKG + "Hyperuricemia"),
        # the ontology's own name, which the plain names leave alone
        ("He was admitted with high blood calcium.", CCKG + "Hypercalcemia"),
        # a value that has kept its verdict for a while
        ("Her phosphate has stayed high since the spring.", CCKG + "Hyperphosphatemia"),
        ("His calcium had remained raised all week.", CCKG + "Hypercalcemia"),
    ],
)
def test_a_level_in_plain_words_is_its_state(text, iri):
    assert iri in {m.term.iri for m in match(text, load_lexicon())}


def test_a_treatment_with_the_longer_name_stays_a_treatment():
    text = "They were changed to a low-calcium dialysate."
    found = {m.term.iri for m in match(text, load_lexicon())}
    assert found == {CCKG + "LowCalciumDialysate"}


def test_a_name_another_term_already_has_stays_with_it():
    hypo, diet = CCKG + "Hypocalcemia", CCKG + "CalciumPoorDiet"
    lex = Lexicon(
        terms={
            hypo: Term(hypo, "hypocalcemia", "finding"),
            diet: Term(diet, "calcium-poor diet", "treatment"),
        },
        parents={},
    )
    lex.add(diet, "low calcium", "synonym")
    add_plain_names(lex)
    assert [t.iri for t in lex.lookup("low calcium")] == [diet]
    assert [t.iri for t in lex.lookup("low serum calcium")] == [hypo]


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Bloods in March: calcium and phosphate normal.", CCKG + "NormalSerumCalciumAndPhosphate"),
        ("Ca and phos WNL.", CCKG + "NormalSerumCalciumAndPhosphate"),
        (
            "Plasma calcium, phosphorus, urea and creatinine lay within the reference range.",
            None,  # a verb the shorthand does not know names nothing
        ),
        (
            "Serum calcium, phosphorus, PTH and creatinine were within the reference range.",
            CCKG + "NormalSerumCalciumAndPhosphate",
        ),
        ("Serum Ca/PO4 nl in all eleven.", CCKG + "NormalSerumCalciumAndPhosphate"),
        ("Ionised calcium was normal; phosphate 2.4 mmol/L.", CCKG + "NormalSerumCalcium"),
        ("Her phosphate has been normal throughout.", CCKG + "NormalSerumPhosphate"),
        # an adverb inside the verb
        ("His calcium and phosphate have consistently been normal.", CCKG + "NormalSerumCalciumAndPhosphate"),
        ("The calcium had always been normal before.", CCKG + "NormalSerumCalcium"),
        # an outcome of treatment, not the state the deposits formed in
        ("The calcium was normal again within ten days.", None),
        ("The nodules softened once Ca and phos were normal.", None),
        ("By week six the calcium was normal.", None),
        ("Her phosphate was normal after the parathyroidectomy.", None),
        ("Calcium was not normal.", None),
    ],
)
def test_a_value_said_to_be_normal_is_its_normal_state(text, iri):
    normal = {
        m.term.iri for m in match(text, load_lexicon()) if m.term.label.startswith("normal serum")
    }
    assert normal == ({iri} if iri else set())


RAISED = {CCKG + "Hypercalcemia", CCKG + "Hyperphosphatemia"}


@pytest.mark.parametrize(
    ("text", "iris"),
    [
        ("Serum calcium was 3.3 mmol/L on admission.", {CCKG + "Hypercalcemia"}),
        ("Adj Ca 2.96, creatinine 140.", {CCKG + "Hypercalcemia"}),  # mmol/L by its size
        ("Labs: total calcium 13.1 mg/dL, phosphorus 8.7 mg/dL.", RAISED),
        ("Her phosphate of 2.6 mmol/L was rechecked.", {CCKG + "Hyperphosphatemia"}),
        # in range, or too close to the top of a child's or an animal's range to call
        ("Calcium 2.41 mmol/L, phosphate 1.3 mmol/L.", set()),
        ("Serum calcium 10.2 mg/dL and phosphorus 5.4 mg/dL in the puppy.", set()),
        ("Ionised calcium 1.5 mmol/L.", set()),
        # a phosphate without its unit may be either: left unread
        ("Phos 2.2 today.", set()),
        # where a value was brought to, or a target, is no raised value
        ("Calcium fell to 2.9 mmol/L by the third day.", set()),
        ("Aim to keep the phosphate below 1.9 mmol/L.", set()),
        ("Dialysis target: phosphate 1.9 mmol/L or less.", set()),
    ],
)
def test_a_value_given_as_a_number_above_its_limit_is_raised(text, iris):
    found = {m.term.iri for m in match(text, load_lexicon()) if m.term.iri in RAISED}
    assert found == iris
