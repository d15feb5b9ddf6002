"""Stage 2 (segment): titles, headings, sections, sentences, list items, cited titles, offsets."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from cckg.graph_builder.read import Document, read_document, read_documents
from cckg.graph_builder.segment import (
    Sentence,
    heading_topic,
    normalise_heading,
    segment,
    split_sentences,
)

from cckg.resources import corpus_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"
CORPUS = corpus_dir()
BLOG = CORPUS / "blog-how-do-you-get-calcinosis-cutis.txt"
CATALOGUE = CORPUS / "nowaczyk-2021-local-therapies.txt"
WIKI = CORPUS / "wikipedia-calcinosis-cutis.txt"
GOOD = [BLOG, CATALOGUE, WIKI] + [
    FIXTURES / n
    for n in ("pubmed-structured.xml", "pubmed-set.xml", "jats-article.xml", "note-front-matter.md",
              "pubmed-export.txt", "case-report-wrapped.txt", "blog-chrome.txt", "utf16.txt",
              "patient-page.txt", "pmc-case.xml", "hard-wrapped.txt")
]
DOCS = [(f"{p.name}:{d.doc_id}", d) for p in GOOD for d in read_documents(p)]
IDS = [n for n, _ in DOCS]

_FOLD = {**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
         **{c: "'" for c in "\u2018\u2019"}, **{c: '"' for c in "\u201c\u201d"}}


def _normalise(s: str) -> str:
    """Markup, entities, typography and spacing folded away, for comparing source with clean text."""
    s = re.sub(r"</?(?:td|th|tr)\b[^>]*>", " ", s)  # table cells are apart, as their rendered rows
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("`", "")
    s = unicodedata.normalize("NFKC", html.unescape(s))
    s = "".join(_FOLD.get(c, c) for c in s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r" ?([,;:.!?)]) ?", r"\1", s).replace("( ", "(")
    return s.strip()


def _clean_without_inserted(doc: Document, start: int, end: int) -> str:
    """The clean text of a span minus characters the reader inserted (they have no source)."""
    out = []
    for i, ch in enumerate(doc.text[start:end], start):
        a, b = doc.original_span(i, i + 1)
        if a != b:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")  # a line break the reader put between lines keeps words apart
    return "".join(out)


@pytest.mark.parametrize("name,doc", DOCS, ids=IDS)
def test_every_sentence_maps_back_to_its_source(name: str, doc: Document) -> None:
    sents = segment(doc)
    assert sents
    for s in sents:
        assert 0 <= s.start < s.end <= len(doc.text)
        a, b = doc.original_span(s.start, s.end)
        source = doc.original[a:b]
        if a == b:  # a heading the XML implies ("Abstract", "References"), no characters behind it
            assert s.kind == "heading" and s.text in ("Abstract", "References")
            continue
        assert _normalise(source) == _normalise(_clean_without_inserted(doc, s.start, s.end)), s
        plain = source.isascii() and not re.search(r"[<>&*\[\]\r\n]|  | [,;:.!?)]|\( ", source)
        if plain:
            assert source == doc.text[s.start : s.end]


@pytest.mark.parametrize("name,doc", DOCS, ids=IDS)
def test_units_are_ordered_and_well_formed(name: str, doc: Document) -> None:
    sents = segment(doc)
    assert [s.index for s in sents] == list(range(len(sents)))
    body = [s for s in sents if s.kind != "reference-title"]
    assert [s.start for s in body] == sorted(s.start for s in body)
    for s in sents:
        assert s.kind in {"title", "heading", "sentence", "list-item", "reference-title"}
        assert s.text and s.text == s.text.strip() and "  " not in s.text and "\n" not in s.text
        assert not re.search(r"\[\d+\]", s.text)
        if doc.reference_span and s.kind != "reference-title":
            assert s.end <= doc.reference_span[0] or s.start >= doc.reference_span[1]
    assert sum(s.kind == "title" for s in sents) == 1
    title = re.sub(r"\s+([?.!:])", r"\1", str(doc.meta["title"])).rstrip(".")
    assert sents[0].kind == "title" and sents[0].section == "" and sents[0].text.rstrip(".") == title


def _sentences(path: Path) -> list[Sentence]:
    return segment(read_document(path))


# --- the blog ------------------------------------------------------------------------------------


@pytest.mark.parametrize("chrome", ["Comments", "Popular posts", "lipoma", "Canker Sore", "cancer on the lips"])
def test_blog_chrome_reaches_no_sentence(chrome: str) -> None:
    assert not any(chrome in s.text for s in _sentences(BLOG))


def test_blog_sections_and_headings() -> None:
    sents = _sentences(BLOG)
    headings = [s for s in sents if s.kind == "heading"]
    assert [h.section for h in headings] == [
        "Calcinosis cutis",
        "What are the signs and symptoms of calcinosis cutis?",
        "What are the causes of calcinosis cutis?",
        "Dystrophic calcinosis cutis",
        "Metastatic calcinosis cutis",
        "Idiopathic calcinosis cutis",
        "Latrogenic calcinosis cutis",
        "How to treat calcinosis cutis?",
    ]
    assert headings[2].text == "WHAT ARE THE CAUSES OF CALCINOSIS CUTIS?"
    # the numbered type headings follow "... classified into 4 major types:" and sit under the causes
    for h in headings[3:7]:
        assert h.lead == "Calcinosis cutis is classified into 4 major types:"
        assert h.headings == ("What are the causes of calcinosis cutis?", h.section)
        assert h.topic == "causes"
    assert headings[7].lead is None and headings[7].level == 1


def test_blog_treatment_section() -> None:
    treat = [s for s in _sentences(BLOG) if s.topic == "treatment"]
    assert treat and all(s.section == "How to treat calcinosis cutis?" for s in treat)
    assert any("colchicine, sodium etidronate, diltiazem" in s.text for s in treat)
    assert any(s.text == "The underlying cause of calcicinosis cutis should be identified and treated accordingly."
               for s in treat)


def test_blog_bullets_have_their_lead() -> None:
    sents = _sentences(BLOG)
    lead = "Conditions that can dystrophic calcinosis cutis may include:"
    items = [s for s in sents if s.kind == "list-item" and s.lead == lead]
    assert [s.text for s in items] == ["trauma", "acne", "varicose veins", "infections", "tumours",
                                       "connective tissue disease", "panniculitis",
                                       "inherited diseases of connective tissue"]
    assert all(s.section == "Dystrophic calcinosis cutis" for s in items)
    surgery = [s for s in sents if s.kind == "list-item" and s.lead == "Surgical removal of lesions is indicated when they:"]
    assert [s.text for s in surgery] == ["become very painful", "ulcerate and recurrent infections occur",
                                         "cause functional impairment"]
    dashes = [s for s in sents if s.kind == "list-item" and s.section == "Metastatic calcinosis cutis"]
    assert [s.text for s in dashes][:2] == ["primary or secondary hyperparathyroidism", "paraneoplasic hypercalcaemia"]
    assert all(s.lead is None for s in dashes)  # the sentence before them ends in '.', not ':'


# --- Wikipedia ---------------------------------------------------------------------------------


def test_wikipedia_sections() -> None:
    sents = _sentences(WIKI)
    by_section = {s.section for s in sents}
    assert {"Signs and symptoms", "Causes", "Diagnosis", "Classification", "Treatment"} <= by_section
    diltiazem = next(s for s in sents if s.text.startswith("Diltiazem, a calcium channel blocker"))
    assert (diltiazem.section, diltiazem.topic, diltiazem.citations) == ("Treatment", "treatment", (1,))
    scrotal = next(s for s in sents if s.kind == "heading" and s.text == "Idiopathic scrotal calcinosis")
    assert scrotal.headings == ("Diagnosis", "Classification", "Idiopathic scrotal calcinosis")
    assert scrotal.lead == "Calcinosis cutis may be divided into the following types:"
    assert next(s for s in sents if s.text == "Treatment").lead is None


@pytest.mark.parametrize(
    "text,citations",
    [
        ("Chronic renal failure is the most frequent underlying cause.", (9,)),
        ("Calcinosis cutis may be divided into the following types:", (5,)),
        ("This occurrence typically manifests as a warm, sensitive swelling at the site of venipuncture, and it most "
         "frequently happens following the extravasation of intravenous calcium chloridecalcium gluconate, or "
         "phosphate-containing solutions.", (2, 10)),
        ("However, the levels of calcium and phosphate in the blood are normal.", (15,)),
        ("Metastatic calcification can result from any systemic condition raising serum calcium and/or phosphate levels.", ()),
    ],
)
def test_wikipedia_citation_markers(text: str, citations: tuple[int, ...]) -> None:
    s = next(s for s in _sentences(WIKI) if s.text == text)
    assert s.citations == citations
    doc = read_document(WIKI)
    for n in citations:
        assert f"[{n}]" in doc.text[s.start : s.end]


def test_wikipedia_reference_titles_are_sentences() -> None:
    doc = read_document(WIKI)
    refs = [s for s in segment(doc) if s.kind == "reference-title"]
    assert len(refs) == 21
    for s, r in zip(refs, doc.references):
        assert (s.text, s.start, s.end, s.citations, s.section) == (r.title, r.title_start, r.title_end, (r.number,), "References")
        assert doc.text[s.start : s.end] == s.text
    assert refs[20].text.startswith("Colchicine suppression of local inflammation")


# --- the catalogue abstract -------------------------------------------------------------------


def test_catalogue_sentences() -> None:
    sents = _sentences(CATALOGUE)
    texts = [s.text for s in sents]
    assert ("Self-applied topical sodium thiosulfate required patient's adherence "
            "(mean treatment duration, 4.9 months; range 2-24).") in texts
    assert "The most common adverse event was scarring and hyperkeratosis, observed after CO2 laser (56%; 10/18)." in texts
    assert not any(w in t for t in texts for w in ("Archived", "Revision", "application/", "ISSN", "Catalog"))
    assert sents[0].kind == "title" and sents[1].kind == "heading" and sents[1].section == "Abstract"
    assert all(s.section == "Abstract" for s in sents[2:])
    assert len([s for s in sents if s.kind == "sentence"]) == 15


# --- XML and fixtures ----------------------------------------------------------------------------


def test_pubmed_labels_are_sections() -> None:
    sents = _sentences(FIXTURES / "pubmed-structured.xml")
    got = [(s.kind, s.section, s.topic) for s in sents if s.kind == "heading"]
    assert got == [("heading", "Abstract", "abstract"), ("heading", "Background", "background"),
                   ("heading", "Case presentation", "case report"), ("heading", "Results", "results"),
                   ("heading", "Conclusions", "conclusion")]
    girl = next(s for s in sents if s.text.startswith("A 9-year-old girl"))
    assert girl.headings == ("Abstract", "Case presentation")
    assert girl.text.endswith("i.e. the sites of earlier inflammation.")
    assert [s.text for s in sents if s.kind == "reference-title"] == [
        "Sodium thiosulfate for calcinosis cutis: a review", "Calcinosis in juvenile dermatomyositis"]


def test_jats_sections_lists_and_citations() -> None:
    sents = _sentences(FIXTURES / "jats-article.xml")
    laser = next(s for s in sents if s.text.startswith("The CO2 laser vaporises"))
    assert (laser.section, laser.citations, laser.text) == ("Treatment", (2,), "The CO2 laser vaporises superficial deposits.")
    items = [s for s in sents if s.kind == "list-item"]
    assert [(s.text, s.lead) for s in items] == [
        ("carbon dioxide laser ablation", "Options reported by Smith et al. include:"),
        ("surgical excision of large deposits", "Options reported by Smith et al. include:"),
    ]
    scar = next(s for s in sents if s.text.startswith("Scarring"))
    assert scar.headings == ("Treatment", "Adverse effects") and scar.topic == "adverse effects"


def test_markdown_headings_and_numbered_items() -> None:
    sents = _sentences(FIXTURES / "note-front-matter.md")
    assert [s.section for s in sents if s.kind == "heading"] == ["Causes", "Treatment"]
    numbered = [s for s in sents if s.kind == "list-item" and s.section == "Treatment"]
    assert [(s.text, s.lead) for s in numbered] == [(t, "Options, in the order usually tried:")
                                                    for t in ("diltiazem", "sodium thiosulfate", "surgical excision")]
    mino = next(s for s in sents if s.text.startswith("Minocycline"))
    assert mino.citations == (2,) and mino.text == "Minocycline (approx. 50 mg daily) helped in a small series."


def test_inline_abstract_labels_and_wrapped_lines() -> None:
    sents = _sentences(FIXTURES / "pubmed-export.txt")
    assert sents[0].kind == "title"
    assert sents[0].text.endswith("systemic sclerosis: an invented pilot study.")
    labels = [(s.text, s.section) for s in sents if s.kind == "heading"]
    assert labels == [("BACKGROUND", "Background"), ("METHODS", "Methods"), ("RESULTS", "Results"),
                      ("CONCLUSIONS", "Conclusions")]
    res = [s.text for s in sents if s.section == "Results" and s.kind == "sentence"]
    assert res == ["Pain decreased in 8/10 patients (80%); median VAS fell from 6 to 2 (range 0-5).",
                   "No serious adverse events occurred."]


def test_case_report_sentences() -> None:
    sents = _sentences(FIXTURES / "case-report-wrapped.txt")
    texts = [s.text for s in sents]
    for t in [
        "Calcinosis cutis has many causes, e.g. connective tissue disease, trauma and renal failure.",
        "Dr. Lee et al. reported 12 cases in 2019.",
        "The deposits are usually hydroxyapatite (Fig. 2), i.e. calcium phosphate.",
        "The pathogenesis is unclear.",
        "He had been treated with warfarin for 4.5 years (approx. 3 mg daily).",
        "After 6 months the nodules had softened (no. 3 in Table 1).",
        "Was this a response to probenecid?",
    ]:
        assert t in texts
    items = [s for s in sents if s.kind == "list-item"]
    assert [s.lead for s in items] == ["Treatment was started with:"] * 2
    assert {s.section for s in items} == {"Case presentation"}
    assert [s.text for s in sents if s.kind == "reference-title"] == ["Calcinosis cutis: twelve invented cases",
                                                                       "Guidance on calcinosis cutis"]


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph,expected",
    [
        ("Mean duration was 4.9 months. It varied.", ["Mean duration was 4.9 months.", "It varied."]),
        ("Some drugs, e.g. Diltiazem, help. Others vs. Placebo do not.",
         ["Some drugs, e.g. Diltiazem, help.", "Others vs. Placebo do not."]),
        ("Smith et al. (2019) agree. See Fig. 3. Nothing else.", ["Smith et al. (2019) agree.", "See Fig. 3.", "Nothing else."]),
        ("Described by David A. Wetter in 2012. Vitamin D. Levels were low.",
         ["Described by David A. Wetter in 2012.", "Vitamin D.", "Levels were low."]),
        ("Duration (mean 4.9 months; range 2-24. Median 3.) was long. Next.",
         ["Duration (mean 4.9 months; range 2-24. Median 3.) was long.", "Next."]),
        ("It is common. [3] Treatment varies. [5]: 527-530 Surgery helps.",
         ["It is common. [3]", "Treatment varies. [5]: 527-530", "Surgery helps."]),
        ("Recovered.[1][2] Then relapsed.", ["Recovered.[1][2]", "Then relapsed."]),
        ("Why? Nobody knows! Approx. 20% relapse.", ["Why?", "Nobody knows!", "Approx. 20% relapse."]),
        ("treated accordingly. medical therapy helps.", ["treated accordingly.", "medical therapy helps."]),
        ("Given 5 mg/kg i.v. daily and approx. ten doses.", ["Given 5 mg/kg i.v. daily and approx. ten doses."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("A line without a stop", ["A line without a stop"]),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == expected


@pytest.mark.parametrize(
    "heading,section,topic",
    [
        ("WHAT ARE THE CAUSES OF CALCINOSIS CUTIS ?", "What are the causes of calcinosis cutis?", "causes"),
        ("2. METASTATIC CALCINOSIS CUTIS :", "Metastatic calcinosis cutis", None),
        ("HOW TO TREAT CALCINOSIS CUTIS?", "How to treat calcinosis cutis?", "treatment"),
        ("## Signs and symptoms", "Signs and symptoms", "signs and symptoms"),
        ("Management", "Management", "treatment"),
        ("3.1 Pathogenesis", "Pathogenesis", "mechanism"),
        ("Classification [5]", "Classification", "classification"),
        ("Treatment[edit]", "Treatment", "treatment"),
        ("Competing interests", "Competing interests", "declarations"),
        ("ESWL", "ESWL", None),
        ("Tumoral calcinosis", "Tumoral calcinosis", None),
        # what to watch for in a drug's use: its harms
        ("DRUG-DISEASE / MONITORING ALERTS", "Drug-disease / monitoring alerts", "adverse effects"),
        ("Warnings and precautions", "Warnings and precautions", "adverse effects"),
        ("Alerts from the clinic", "Alerts from the clinic", None),
    ],
)
def test_heading_normalisation(heading: str, section: str, topic: str | None) -> None:
    assert normalise_heading(heading) == section
    assert heading_topic(heading) == topic


def _doc(tmp_path: Path, body: str, suffix: str = ".txt") -> list[Sentence]:
    p = tmp_path / f"d{suffix}"
    p.write_text(body, encoding="utf-8")
    return segment(read_document(p))


@pytest.mark.parametrize(
    "body,kinds",
    [
        ("Title line\n\nTREATMENT\n\nSurgery helps.\n", ["title", "heading", "sentence"]),
        ("Title line\n\nWhat causes it?\n\nInjury does.\n", ["title", "heading", "sentence"]),
        ("Title line\n\n1. Introduction\n\nCalcinosis is rare.\n", ["title", "heading", "sentence"]),
        ("Title line\n\nOptions are:\n\n1. surgery\n2. laser\n", ["title", "sentence", "list-item", "list-item"]),
        ("Title line\n\nTreatment\nDiltiazem was tried in ten patients with good results.\n", ["title", "heading", "sentence"]),
        ("Title line\n\nThe lesions were\nfirm and white.\n", ["title", "sentence"]),
        ("Title line\n\nOBJECTIVE: To test it. RESULTS: It worked.\n", ["title", "heading", "sentence", "sentence"]),
        ("Title line\n\nOptions:\n\n1. Surgery\n\n2. Laser\n\nBoth work.\n",
         ["title", "sentence", "list-item", "list-item", "sentence"]),
        ("Title line\n\nTreatment[edit]\n\nSurgery helps.[citation needed]\n", ["title", "heading", "sentence"]),
        ("Title line\n\nConflict of interest\n\nNone declared.\n", ["title", "heading", "sentence"]),
        # an item of two sentences gives two units, each with its own span
        ("Title line\n\nAdvice:\n\n- Excision cures it. Offer it once it hurts.\n- Recheck.\n",
         ["title", "sentence", "list-item", "list-item", "list-item"]),

        # a results line on its own is a measure and its value, not a heading over what follows
        ("Title line\n\nResults at one year\n\nHealed: 4/9 (44%)\n\nUnchanged: 5/9\n",
         ["title", "heading", "sentence", "sentence"]),
    ],
)
def test_unit_kinds(tmp_path: Path, body: str, kinds: list[str]) -> None:
    assert [s.kind for s in _doc(tmp_path, body)] == kinds


@pytest.mark.parametrize(
    "body,text,headings",
    [
        # a glossary entry: the bold head names what the entry's sentences are about, under the
        # heading it follows
        ("# Terms\n\n## T\n\n**Tumoral calcinosis.** Masses form near the shoulders.\n",
         "Masses form near the shoulders.", ("T", "Tumoral calcinosis")),
        ("# Leaflet\n\n**Side effects:** Nausea is common.\n", "Nausea is common.",
         ("Side effects",)),
        ("# Atlas\n\n<b>Histology.</b> Basophilic deposits fill the dermis.\n",
         "Basophilic deposits fill the dermis.", ("Histology",)),
        # a numbered head, and one that asks
        ("# News\n\n**2. Risedronate for lupus.** It failed.\n", "It failed.",
         ("Risedronate for lupus",)),
        ("# News\n\n**Who gets it?** Mostly women.\n", "Mostly women.", ("Who gets it?",)),
        # a bold phrase that is the sentence's own subject is no head
        ("# Notes\n\n**Calciphylaxis** is painful.\n", "Calciphylaxis is painful.", ()),
        # a transcript's speaker turn is dialogue
        ("# Show\n\n**[02:10] Anna:** Does it hurt?\n", "[02:10] Anna: Does it hurt?", ()),
    ],
)
def test_bold_run_in_heads(tmp_path: Path, body: str, text: str, headings: tuple[str, ...]) -> None:
    last = _doc(tmp_path, body, ".md")[-1]
    assert (last.kind, last.text, last.headings) == ("sentence", text, headings)


def test_patient_page_questions_and_bare_lists() -> None:
    sents = _sentences(FIXTURES / "patient-page.txt")
    heads = [(s.text, s.topic) for s in sents if s.kind == "heading"]
    assert heads == [("What is calcinosis cutis?", "definition"), ("Who gets calcinosis cutis?", "epidemiology"),
                     ("What causes calcinosis cutis?", "causes"),
                     ("What is the treatment for calcinosis cutis?", "treatment")]
    types = [s for s in sents if s.kind == "list-item" and s.lead == "There are five main types:"]
    assert [s.text for s in types][-2:] == ["Idiopathic calcinosis cutis", "Calciphylaxis"] and len(types) == 5
    treat = [s.text for s in sents if s.kind == "list-item" and s.lead == "Treatment includes:"]
    assert treat == ["Surgical excision of painful lesions", "Intralesional corticosteroids", "Sodium thiosulfate",
                     "Oral diltiazem (60-240 mg/day)"]
    assert next(s for s in sents if s.text.startswith("What is the treatment")).lead is None


def test_adjacent_citation_markers_are_grouped() -> None:
    sents = _sentences(FIXTURES / "pmc-case.xml")
    a = next(s for s in sents if s.text.startswith("Calcinosis cutis is classified"))
    b = next(s for s in sents if s.text.startswith("Sodium thiosulfate chelates"))
    assert (a.text, a.citations) == ("Calcinosis cutis is classified into five subtypes.", (1, 2))
    assert (b.text, b.citations) == ("Sodium thiosulfate chelates calcium.", (2, 3))


def test_hard_wrapped_lines_are_joined() -> None:
    sents = [s.text for s in _sentences(FIXTURES / "hard-wrapped.txt")]
    assert sents == [
        "Sodium thiosulfate in calcinosis",
        "Calcinosis cutis is a frequent complication in patients with Systemic sclerosis and dermatomyositis, "
        "and it is often resistant to Treatment with oral drugs.",
        "We treated 12 patients with topical sodium thiosulfate 25% for 6 months.",
        "Nine patients improved.",
    ]
