"""Recognition is driven by the ontology's labels and synonyms; these tests use a small fixture ontology."""

from __future__ import annotations

from pathlib import Path

import pytest

from cckg.graph_builder.recognise import build_lexicon, find_abbreviations, match, normalise_token

FIXTURE = Path(__file__).parents[1] / "fixtures" / "recognise" / "mini.ttl"


@pytest.fixture(scope="module")
def lex():
    return build_lexicon(FIXTURE)


def labels(text, lex, abbreviations=None):
    return [(m.term.label, m.text) for m in match(text, lex, abbreviations)]


@pytest.mark.parametrize(
    ("british", "american"),
    [("hypercalcaemia", "hypercalcemia"), ("aluminium", "aluminum"), ("tumours", "tumor"),
     ("haematoma", "hematoma"), ("axillae", "axilla"), ("thiosulphate", "thiosulfate"), ("elbows", "elbow")],
)
def test_spelling_variants_normalise_alike(british, american):
    assert normalise_token(british) == normalise_token(american)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("aches", "ache"), ("headaches", "headache"), ("backaches", "backache"), ("patches", "patch"),
     ("approaches", "approach"), ("reaches", "reach"), ("branches", "branch")],
)
def test_plural_of_ache_keeps_its_e(plural, singular):
    assert normalise_token(plural) == normalise_token(singular)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calcinosis Cutis was found.", [("calcinosis cutis", "Calcinosis Cutis")]),
        ("Hypercalcaemia and tumours.", [("hypercalcemia", "Hypercalcaemia"), ("tumor", "tumours")]),
        ("deposits in both axillae", [("axilla", "axillae")]),
        ("Systemic sclerosis is linked to calcineuris cutis.",
         [("systemic sclerosis", "Systemic sclerosis"), ("calcinosis cutis", "calcineuris cutis")]),
        ("Latrogenic calcinosis cutis arises", [("iatrogenic calcinosis cutis", "Latrogenic calcinosis cutis")]),
        ("the left elbow-region", [("elbow", "elbow")]),
    ],
)
def test_labels_synonyms_misspellings_and_variants(lex, text, expected):
    assert labels(text, lex) == expected


def test_longest_match_wins(lex):
    found = labels("calcinosis cutis in systemic sclerosis responds", lex)
    assert found == [("calcinosis cutis in systemic sclerosis", "calcinosis cutis in systemic sclerosis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("topical and intralesional sodium thiosulfate",
         {"topical sodium thiosulfate", "intralesional sodium thiosulfate"}),
        ("topical, intralesional or intravenous sodium thiosulphate",
         {"topical sodium thiosulfate", "intralesional sodium thiosulfate", "intravenous sodium thiosulfate"}),
        ("primary or secondary hyperparathyroidism",
         {"primary hyperparathyroidism", "secondary hyperparathyroidism"}),
        ("magnesium and aluminium antacids", {"magnesium antacid", "aluminium antacid"}),
    ],
)
def test_coordinated_modifiers_share_their_head(lex, text, expected):
    assert {label for label, _ in labels(text, lex)} == expected


def test_acronyms_are_case_sensitive(lex):
    assert labels("Patients with SSc and DM", lex) == [("systemic sclerosis", "SSc"), ("dermatomyositis", "DM")]
    # ordinary words that happen to spell an acronym in lower case are not terms
    assert labels("the dm of sts ssc", lex) == []


def test_abbreviation_defined_in_text_is_used(lex):
    text = "Extracorporeal shock-wave lithotripsy (ESWL) was tried. ESWL reduced pain."
    abbreviations = find_abbreviations(text, lex)
    assert abbreviations == {"ESWL": "https://w3id.org/cckg/ontology/ESWL"}
    found = labels(text, lex, abbreviations)
    assert ("extracorporeal shock wave lithotripsy", "ESWL") in found
    assert [t for t, _ in found].count("extracorporeal shock wave lithotripsy") == 3  # long form + 2 uses


def test_unrelated_words_are_not_terms(lex):
    assert labels("The patient painted an elbowroom; a tumult of calcium.", lex) == []
