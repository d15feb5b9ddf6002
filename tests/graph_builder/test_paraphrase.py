"""Mechanisms and findings written in other words than their labels, read with the packaged ontology."""

from __future__ import annotations

import pytest
from cckg.graph_builder.paraphrase import stem
from cckg.graph_builder.recognise import load_lexicon, match


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def paraphrased(text, lex):
    return {m.term.label for m in match(text, lex) if m.via == "paraphrase"}


def kinds(text, lex):
    return {(m.term.label, m.term.kind) for m in match(text, lex)}


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("injury", "injured", "injuring"), True),
        (("precipitation", "precipitates", "precipitated"), True),
        (("inflammation", "inflamed", "inflammatory"), True),
        (("limitation", "limited"), True),
        (("calcium", "calcification"), False),
        (("serum", "serous"), False),
    ],
)
def test_stems_join_derivations_only(words, same):
    assert (len({stem(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mineral is thought to settle in skin that was injured by the burn.", "tissue damage"),
        (
            "The plasma calcium and phosphate concentrations were both normal.",
            "normal serum calcium and phosphate",
        ),
        (
            "Her blood phosphate and calcium stayed normal throughout.",
            "normal serum calcium and phosphate",
        ),
        ("Calcium phosphate had precipitated within the subcutis.", "calcium salt precipitation"),
        (
            "The nodules arise by calcification of tissue damaged years earlier.",
            "dystrophic mineralization",
        ),
        ("Calcium is laid down in tissue that was damaged earlier.", "dystrophic mineralization"),
        (
            "It reflects a disordered metabolism of calcium and of phosphate.",
            "abnormal calcium-phosphate metabolism",
        ),
        # what a drug blocks, it inhibits
        ("Minocycline blocks matrix metalloproteinases in the skin.", "inhibition of matrix metalloproteinases"),
    ],
)
def test_mechanism_in_other_words(text, label, lex):
    assert label in paraphrased(text, lex)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a value brought back to normal is a treatment's result, not the disease's setting
        ("After dialysis the serum phosphate returned to normal.", "normal serum phosphate"),
        ("Serum calcium fell back into the normal range.", "normal serum calcium"),
        # the words of a label split across clauses are no mention of it
        ("The tissue was examined; no damage was found.", "tissue damage"),
        # words too far apart
        ("The joints were examined closely in the clinic before any of the pain started.", "arthralgia"),
        # the words split by a contrast: "…, but it cannot remove the calcium"
        ("Colchicine calms the redness around the deposits, but it cannot remove the calcium.",
         "mechanical removal of calcium deposits"),
        # another term among the words, however close: skin ulcers, swollen joints, restricted
        # joint movement
        ("The lumps caused pain, skin ulcers and stiff joints.", "arthralgia"),
        ("Painful swollen joints were noted.", "arthralgia"),
        ("Pain and restricted joint movement were the main complaints.", "arthralgia"),
        # a coarser exact term gives way only where no coordination joins two terms
        ("We review minimally invasive and local therapies.", "minimally invasive procedure"),
        # a normal body process is no cause, however its words are arranged
        ("We checked the metabolism of calcium in all children.", "calcium ion homeostasis"),
        # a word of denial between a process's words: what is bound is not calcium
        ("Lanthanum binds phosphate in the bowel but adds no calcium.", "calcium chelation"),
        ("Sevelamer binds dietary phosphate without adding calcium.", "calcium chelation"),
        # a word said to be absent from the other: a calcium-free heparin holds no calcium
        ("He now injects a calcium-free heparin daily.", "calcium heparin"),
        ("She switched to a heparin free of calcium.", "calcium heparin"),
    ],
)
def test_no_paraphrase(text, label, lex):
    assert label not in paraphrased(text, lex)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Immunoglobulin was given intravenously every month.", "intravenous immunoglobulin"),
        ("A diet restricted in phosphate was advised.", "dietary phosphate restriction"),
        # the route and the drug are each exact terms of their own, coarser than the whole
        ("She had intralesional injections of sodium thiosulfate.", "intralesional sodium thiosulfate"),
    ],
)
def test_treatment_in_other_words(text, label, lex):
    assert label in paraphrased(text, lex)


def test_abbreviations_are_never_read_loosely(lex):
    # "CO2 laser" is read only as written: a diode laser beside CO2 cryotherapy is no CO2 laser
    assert "CO2 laser" not in paraphrased("A diode laser and co2 cryotherapy were compared.", lex)


def test_a_process_named_by_a_disease_synonym_is_the_process(lex):
    # "dystrophic calcification" usually names the disease; here it is how the lesions arise
    found = kinds("They arise through dystrophic calcification of injured tissue.", lex)
    assert ("dystrophic mineralization", "mechanism") in found
    assert ("tissue damage", "mechanism") in found
    assert not any(kind == "condition" for _, kind in found)


def test_a_coarser_exact_term_gives_way_to_the_finer_paraphrase(lex):
    found = kinds("The biopsy showed calcification of small dermal arterioles.", lex)
    assert ("vascular calcification", "mechanism") in found
    assert ("ectopic calcification", "mechanism") not in found


def test_of_two_overlapping_paraphrases_the_finer_stays(lex):
    found = {label for label, _ in kinds("Serum calcium and phosphate were normal.", lex)}
    assert "normal serum calcium and phosphate" in found
    assert not found & {"normal serum calcium", "normal serum phosphate"}


def test_exact_labels_are_not_read_twice(lex):
    mentions = match("Tissue damage precedes the calcification.", lex)
    assert [m.via for m in mentions if m.term.label == "tissue damage"] == ["label"]


def test_every_wording_is_a_candidate_where_its_words_are(lex):
    # the index files each wording under one of its stems; a clause holding all of them must
    # reach it, in the index's order (most words first), and a clause missing that stem need not
    index = lex.paraphrases
    assert index.entries
    for e in index.entries:
        assert e in index.candidates(set(e.stems))
    some = set(index.entries[0].stems) | set(index.entries[-1].stems)
    found = index.candidates(some)
    assert found == sorted(found, key=index.entries.index)
    assert len(index.candidates({"zzzz"})) == 0
