"""Stage 1 (read): clean text, exact offsets, metadata, chrome removal, references, bad input."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from cckg.graph_builder.read import Document, parse_citation, read_document, read_documents

from cckg.errors import InputError
from cckg.resources import corpus_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"
CORPUS = corpus_dir()
BLOG = CORPUS / "blog-how-do-you-get-calcinosis-cutis.txt"
CATALOGUE = CORPUS / "nowaczyk-2021-local-therapies.txt"
WIKI = CORPUS / "wikipedia-calcinosis-cutis.txt"

GOOD = [BLOG, CATALOGUE, WIKI] + [
    FIXTURES / n
    for n in (
        "pubmed-structured.xml",
        "jats-article.xml",
        "note-front-matter.md",
        "pubmed-export.txt",
        "case-report-wrapped.txt",
        "blog-chrome.txt",
        "utf16.txt",
        "patient-page.txt",
        "pmc-case.xml",
        "hard-wrapped.txt",
    )
] + [FIXTURES.parent / "unseen" / "ilsts-table-series.xml"]


def _docs() -> list[tuple[str, Document]]:
    out = []
    for p in GOOD + [FIXTURES / "pubmed-set.xml"]:
        for d in read_documents(p):
            out.append((f"{p.name}:{d.doc_id}", d))
    return out


ALL_DOCS = _docs()

_FOLD = {**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
         **{c: "'" for c in "\u2018\u2019\u2032"}, **{c: '"' for c in "\u201c\u201d"}}


def _fold(src: str) -> str:
    """What a source slice may legitimately become in clean text."""
    s = unicodedata.normalize("NFKC", html.unescape(src))
    return "".join(_FOLD.get(c, c) for c in s)


def _inserted_run(doc: Document, i: int) -> str:
    """The stretch of reader-inserted characters (mapping to no source) around clean offset i."""
    inserted = lambda k: doc.original_span(k, k + 1)[0] == doc.original_span(k, k + 1)[1]  # noqa: E731
    lo, hi = i, i
    while lo > 0 and inserted(lo - 1):
        lo -= 1
    while hi < len(doc.text) and inserted(hi):
        hi += 1
    return doc.text[lo:hi]


@pytest.mark.parametrize("name,doc", ALL_DOCS, ids=[n for n, _ in ALL_DOCS])
def test_every_clean_character_maps_to_its_source(name: str, doc: Document) -> None:
    assert len(doc.offsets) == len(doc.text) + 1
    synthetic_lines = {"# Abstract", "# References"}
    for i, ch in enumerate(doc.text):
        s, e = doc.original_span(i, i + 1)
        src = doc.original[s:e]
        if s == e:
            # inserted by the reader: layout, a heading the XML implies, or the labels and
            # separators of a citation composed from <element-citation> fields
            line = doc.text[doc.text.rfind("\n", 0, i) + 1 : (doc.text.find("\n", i) + 1 or len(doc.text) + 1) - 1]
            in_refs = doc.reference_span is not None and doc.reference_span[0] <= i < doc.reference_span[1]
            header = _inserted_run(doc, i).strip("; :.\n")  # a table column's header before its cell
            in_table = bool(header) and f">{header}</th>" in doc.original
            assert ch in "\n •#[]():;,.-" or line in synthetic_lines or in_refs or in_table, (i, ch, line)
            continue
        if ch in " \n":
            assert src.isspace() or src in ("&nbsp;", "&#160;"), (i, repr(ch), repr(src))
        else:
            assert ch in _fold(src), (i, ch, src)


@pytest.mark.parametrize("name,doc", ALL_DOCS, ids=[n for n, _ in ALL_DOCS])
def test_clean_text_is_normalised(name: str, doc: Document) -> None:
    assert not re.search(r"[\u2010-\u2015\u2212\u2018\u2019\u201c\u201d\u00a0\u2009\u200a\t\r]", doc.text)
    assert "  " not in doc.text
    assert "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip()
    assert "<jats:" not in doc.text and "</" not in doc.text


def test_reading_is_deterministic() -> None:
    a, b = read_document(WIKI), read_document(WIKI)
    assert (a.text, a.offsets, a.references) == (b.text, b.offsets, b.references)


# --- JATS fragments in the catalogue page ------------------------------------------------------


def test_inline_jats_is_stripped_and_traceable() -> None:
    doc = read_document(CATALOGUE)
    assert "<jats:" not in doc.text
    i = doc.text.index("CO2 laser")
    assert doc.original_text(i, i + len("CO2 laser")) == "CO<jats:sub>2</jats:sub> laser"
    # the jats title became a heading line of its own
    assert "\n\nAbstract\n\nCalcinosis cutis is a deposition" in doc.text


@pytest.mark.parametrize(
    "chrome",
    ["In application/xml+jats format", "Archived Files and Locations", "Read Archived PDF", "Revision:",
     "Preserved and Accessible", "Container Metadata", "Catalog Record", "article-journal", "ISSN-L",
     "738.2 kB", "web.archive.org", "release_7cogx2rm3va5tomvzuqst6hfde", "Published in", "Volume 314",
     "by Joanna Nowaczyk"],
)
def test_catalogue_chrome_is_dropped(chrome: str) -> None:
    assert chrome not in read_document(CATALOGUE).text


def test_catalogue_title_line_loses_its_record_id() -> None:
    doc = read_document(CATALOGUE)
    assert doc.title_span is not None
    assert doc.text[slice(*doc.title_span)] == doc.meta["title"]


# --- the blog ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    ["Comments", "Popular posts from this blog", "What are signs of cancer on the lips",
     "What is the main cause of lipoma", "What is Canker Sore"],
)
def test_blog_chrome_is_dropped(chrome: str) -> None:
    assert chrome not in read_document(BLOG).text


def test_blog_text_keeps_its_line_structure() -> None:
    text = read_document(BLOG).text
    assert "\n• trauma\n• acne\n" in text
    assert "HOW TO TREAT CALCINOSIS CUTIS?" in text  # space before '?' repaired
    assert "calcium deposits form in the skin." in text  # "skin ." repaired


@pytest.mark.parametrize(
    "chrome",
    ["Posted by", "cookies", "Labels:", "Share", "Newer Post", "Blog Archive", "March 2021", "February 2021"],
)
def test_web_page_chrome_is_dropped(chrome: str) -> None:
    assert chrome not in read_document(FIXTURES / "blog-chrome.txt").text


def test_bom_crlf_and_typography_are_normalised() -> None:
    doc = read_document(FIXTURES / "blog-chrome.txt")
    assert not doc.original.startswith("\ufeff")
    assert doc.text.startswith("Why do calcium deposits form in skin?\n\nCalcium deposits")
    assert 'suggest "surgery" if' in doc.text
    assert "scleroderma - a connective" in doc.text
    i = doc.text.index("scleroderma - a")
    assert doc.original_text(i, i + len("scleroderma - a")) == "scleroderma \u2013 a"


# --- Wikipedia -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    ["From Wikipedia", "Redirected from", "Wikidata", "Specialty", "Other names", "Gallery", "See also",
     "Further reading", "External links"],
)
def test_encyclopedia_chrome_is_dropped(chrome: str) -> None:
    assert chrome not in read_document(WIKI).text


def test_wikipedia_infobox_synonym_is_kept_as_metadata() -> None:
    assert read_document(WIKI).meta["other_names"] == ("Cutaneous calcification",)


def _ids_given_by_the_text(path: Path) -> dict[int, tuple[str | None, str | None]]:
    """DOI and PMID of each numbered reference line, read straight from the file."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d+)\.\s+\^", line)
        if m:
            doi = re.search(r"doi:\s*(10\.\S+?)\.?(?:\s|$)", line)
            pmid = re.search(r"PMID\s+(\d+)", line)
            out[int(m.group(1))] = (doi.group(1) if doi else None, pmid.group(1) if pmid else None)
    return out


def test_wikipedia_references_parse_with_the_ids_the_text_gives() -> None:
    doc = read_document(WIKI)
    expected = _ids_given_by_the_text(WIKI)
    assert len(expected) == 21
    assert [r.number for r in doc.references] == list(range(1, 22))
    assert {r.number: (r.doi, r.pmid) for r in doc.references} == expected


@pytest.mark.parametrize(
    "number,field,value",
    [
        (1, "doi", "10.1111/j.1529-8019.2012.01492.x"),
        (1, "title", "Calcinosis cutis in autoimmune connective tissue diseases: Calcinosis cutis and connective tissue disease"),
        (1, "authors", ("Gutierrez Jr, Albert", "Wetter, David A.")),
        (1, "year", "2012"),
        (1, "venue", "Dermatologic Therapy"),
        (4, "title", "CREST syndrome: MedlinePlus Medical Encyclopedia Image"),
        (4, "authors", ()),
        (5, "isbn", "978-0-7216-2921-6"),
        (5, "title", "Andrews' Diseases of the Skin: clinical Dermatology"),
        (7, "doi", "10.1016/0190-9622(95)91803-5"),
        (10, "pmc", "PMC4390718"),
        (15, "year", "2011"),
        (16, "authors", ("Khallouk A", "Yazami OE", "Mellas S", "Tazi MF", "El Fassi J", "Farih MH")),
        (19, "title", 'Osteoma Cutis and Calcinosis Cutis: "Similar but Different"'),
        (20, "title", "Successful Use of Diltiazem in Calcinosis Caused by Connective Tissue Disease"),
        (21, "pmid", "3816102"),
        (21, "title", "Colchicine suppression of local inflammation due to calcinosis in dermatomyositis and progressive systemic sclerosis"),
        (21, "year", "1986"),
    ],
)
def test_wikipedia_reference_fields(number: int, field: str, value: object) -> None:
    ref = read_document(WIKI).references[number - 1]
    assert getattr(ref, field) == value


def test_reference_spans_point_at_their_text() -> None:
    doc = read_document(WIKI)
    assert doc.reference_span is not None
    for r in doc.references:
        assert doc.reference_span[0] <= r.start < r.end <= doc.reference_span[1]
        assert " ".join(doc.text[r.start : r.end].split()) == r.text
        assert r.title is not None and r.title_start is not None and r.title_end is not None
        assert doc.text[r.title_start : r.title_end] == r.title
        assert r.text.startswith(("Gutierrez", "Reiter", "Le,", '"', "James", "Wang", "Walsh", "Boulman", "Amati",
                                  "Touart", "Guermazi", "Grenader", "Khallouk", "Niebel", "Torralba", "Fuchs"))


# --- citation parsing on its own ----------------------------------------------------------------


@pytest.mark.parametrize(
    "entry,expected",
    [
        pytest.param(
            "Khallouk A, Yazami OE. Idiopathic scrotal calcinosis: a non-elucidated pathogenesis. Rev Urol. "
            "2011;13(2):95-7. doi:10.3909/riu0499 PMID: 21935341",
            {"title": "Idiopathic scrotal calcinosis: a non-elucidated pathogenesis", "authors": ("Khallouk A", "Yazami OE"),
             "year": "2011", "venue": "Rev Urol", "doi": "10.3909/riu0499", "pmid": "21935341"},
            id="vancouver",
        ),
        pytest.param(
            "Reiter N, Aberer E. Calcinosis cutis: part I. Diagnostic pathway. J Am Acad Dermatol. 2011 Jul;65(1):1-12.",
            {"title": "Calcinosis cutis: part I. Diagnostic pathway", "venue": "J Am Acad Dermatol", "year": "2011"},
            id="vancouver-title-with-full-stop",
        ),
        pytest.param(
            "Smith J, Doe A. J Am Acad Dermatol. 2010;62:1-2.",
            {"title": None, "venue": "J Am Acad Dermatol", "year": "2010", "authors": ("Smith J", "Doe A")},
            id="no-title",
        ),
        pytest.param(
            "Jones B, et al. Is diltiazem effective? A cohort study. Br J Dermatol. 2015;172(3):1-5. PMCID: PMC1234567",
            {"title": "Is diltiazem effective? A cohort study", "authors": ("Jones B",), "pmc": "PMC1234567"},
            id="question-title-et-al",
        ),
        pytest.param(
            'Le, Cuong; Bedocs, Paul M. (2023-07-10). "Calcinosis Cutis". StatPearls Publishing. PMID 28846311. Retrieved 2024-02-28.',
            {"title": "Calcinosis Cutis", "authors": ("Le, Cuong", "Bedocs, Paul M."), "year": "2023",
             "venue": "StatPearls Publishing", "pmid": "28846311"},
            id="wikipedia",
        ),
        pytest.param(
            "Smith, J., & Doe, A. B. (2010). Calcinosis and you. Journal of Things, 5(2), 1-10. https://doi.org/10.1000/xyz123",
            {"title": "Calcinosis and you", "authors": ("Smith, J.", "Doe, A. B."), "venue": "Journal of Things",
             "doi": "10.1000/xyz123", "url": None},
            id="apa",
        ),
        pytest.param(
            "World Health Organization. Guidance on skin calcification. Geneva; 2019. Available from: https://example.org/who",
            {"title": "Guidance on skin calcification", "authors": ("World Health Organization",),
             "url": "https://example.org/who", "year": "2019"},
            id="corporate-author-url",
        ),
        pytest.param(
            "James, William D. (2006). Andrews' Diseases of the Skin. Saunders Elsevier. ISBN 978-0-7216-2921-6.",
            {"title": "Andrews' Diseases of the Skin", "isbn": "978-0-7216-2921-6", "venue": "Saunders Elsevier"},
            id="book",
        ),
    ],
)
def test_parse_citation(entry: str, expected: dict[str, object]) -> None:
    got = parse_citation(entry)
    for k, v in expected.items():
        assert got[k] == v, k
    if got["title"] is not None:
        assert entry[got["title_start"] : got["title_end"]] == got["title"]  # type: ignore[misc]


# --- front matter and Markdown -------------------------------------------------------------------


def test_markdown_front_matter_and_syntax() -> None:
    doc = read_document(FIXTURES / "note-front-matter.md")
    assert doc.doc_id == "md-note-1"
    assert doc.format == "markdown"
    assert doc.meta["title"] == "Calcinosis cutis: a short curator's note"
    assert doc.meta["authors"] == ("Curator, Alex", "Second, Sam")
    assert doc.meta["year"] == "2024" and doc.meta["tags"] == ("calcinosis", "note")
    # the header is metadata, not text, but offsets count it
    assert not doc.text.startswith("---") and doc.offsets[0] > doc.original.index("---\n#") + 100
    assert "**" not in doc.text and "](" not in doc.text and "photo.png" not in doc.text
    assert "calcium deposition in the skin, see the overview [1]." in doc.text
    # the body's "# title" is the title line, not a repeated heading
    assert doc.text.count("a short curator's note") == 1
    assert [r.pmid for r in doc.references] == ["21679810", None]
    assert [r.pmc for r in doc.references] == [None, "PMC9000001"]


def test_front_matter_title_is_prepended_when_the_body_lacks_it(tmp_path: Path) -> None:
    p = tmp_path / "n.txt"
    p.write_text('---\nid: x1\ntitle: "Calcinosis and \\"bones\\""\n---\nCalcinosis cutis is rare.\n', encoding="utf-8")
    doc = read_document(p)
    assert doc.meta["title"] == 'Calcinosis and "bones"'
    assert doc.text == 'Calcinosis and "bones"\n\nCalcinosis cutis is rare.'
    assert doc.title_span is not None
    s, e = doc.original_span(*doc.title_span)
    assert s < doc.original.index("\n---\n")  # the title comes from the header


def test_plain_header_lines_become_metadata(tmp_path: Path) -> None:
    p = tmp_path / "kv.txt"
    p.write_text("Title: Calcinosis after extravasation\nAuthors: Smith J; Doe A\nJournal: Invented Reports\n"
                 "Year: 2020\n\nA newborn developed plaques on the heel. They resolved.\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.meta["title"] == "Calcinosis after extravasation"
    assert doc.meta["authors"] == ("Smith J", "Doe A")
    assert doc.meta["venue"] == "Invented Reports" and doc.meta["year"] == "2020"
    assert doc.text == "Calcinosis after extravasation\n\nA newborn developed plaques on the heel. They resolved."


# --- plain-text repairs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("Deposits form in cells.The lesions heal.", "Deposits form in cells. The lesions heal."),
        ("See www.Example.org for more.", "See www.Example.org for more."),
        ("Treated with CO<sup>2</sup> laser &amp; <i>excision</i>.", "Treated with CO2 laser & excision."),
        ("Skin , elbows and knees .", "Skin, elbows and knees."),
        ("A\u00a0lesion\u2009of 5\u202fmm \u2014 \u201ctypical\u201d.", 'A lesion of 5 mm - "typical".'),
        ("Cafe\u0301 au lait \ufb01ndings.", "Caf\u00e9 au lait findings."),
        ("Values <5 mm and >2 mm were seen.", "Values <5 mm and >2 mm were seen."),
        # a printout's dot leader is a colon between label and value; an ellipsis stays
        ("1 sevelamer 800 mg ........ hyperphosphataemia", "1 sevelamer 800 mg: hyperphosphataemia"),
        ("It waned...", "It waned..."),
        ("It waned... and came back.", "It waned... and came back."),
    ],
)
def test_text_repairs_keep_offsets(tmp_path: Path, raw: str, clean: str) -> None:
    p = tmp_path / "r.txt"
    p.write_text("Intro heading\n\n" + raw + "\n", encoding="utf-8")
    doc = read_document(p)
    body = doc.text.split("\n\n", 1)[1]
    assert body == clean
    start = doc.text.index(body)
    s, e = doc.original_span(start, len(doc.text))
    assert doc.original[s:e] == raw


def test_repaired_space_maps_to_nothing(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("Heading\n\nIn cells.The end.\n", encoding="utf-8")
    doc = read_document(p)
    i = doc.text.index(". The") + 1
    assert doc.original_span(i, i + 1)[0] == doc.original_span(i, i + 1)[1]
    j = doc.text.index("The end")
    assert doc.original_text(j, j + 7) == "The end"


# --- PubMed and JATS XML --------------------------------------------------------------------------


def test_pubmed_xml_metadata_and_text() -> None:
    doc = read_document(FIXTURES / "pubmed-structured.xml")
    assert doc.doc_id == "90000001" and doc.format == "pubmed-xml"
    m = doc.meta
    assert m["title"] == "Intralesional sodium thiosulfate for calcinosis cutis in juvenile dermatomyositis: a case report"
    assert m["authors"] == ("Kowalska, Anna M", "Nguyen, Thi", "Invented Paediatric Rheumatology Group")
    assert (m["venue"], m["year"], m["date"]) == ("Journal of Invented Dermatology Cases", "2022", "2022-03")
    assert (m["doi"], m["pmid"], m["genre"], m["language"]) == ("10.9999/jidc.2022.0301", "90000001", "case report", "en")
    assert m["mesh"] == ("Calcinosis",)
    for label in ("## BACKGROUND", "## CASE PRESENTATION", "## RESULTS", "## CONCLUSIONS"):
        assert f"\n\n{label}\n\n" in doc.text
    # label headings point at the Label attribute in the file
    i = doc.text.index("CASE PRESENTATION")
    assert doc.original_text(i, i + len("CASE PRESENTATION")) == "CASE PRESENTATION"
    assert doc.original[doc.original_span(i, i + 1)[0] - 7 : doc.original_span(i, i + 1)[0]] == 'Label="'
    assert "2.4 mmol/L & phosphate" in doc.text and "range 3-6 sessions" in doc.text
    assert "(VAS < 3 in 80% of visits)" in doc.text and "<i>" not in doc.text
    i = doc.text.index("visual analogue")
    assert doc.original_text(i, i + len("visual analogue scale")) == "visual analogue</i> scale"


def test_pubmed_xml_references() -> None:
    refs = read_document(FIXTURES / "pubmed-structured.xml").references
    assert [(r.title, r.pmid, r.doi, r.year) for r in refs] == [
        ("Sodium thiosulfate for calcinosis cutis: a review", "90000002", "10.9999/jim.2019.0010", "2019"),
        ("Calcinosis in juvenile dermatomyositis", None, None, "2015"),
    ]


def test_pubmed_set_is_read_article_by_article() -> None:
    path = FIXTURES / "pubmed-set.xml"
    docs = read_documents(path)
    assert [d.doc_id for d in docs] == ["90000011", "90000012"]
    assert docs[0].meta["year"] == "2018" and "Minocycline" in docs[0].text and "Warfarin" not in docs[0].text
    with pytest.raises(InputError, match="read_documents"):
        read_document(path)


def test_jats_article() -> None:
    doc = read_document(FIXTURES / "jats-article.xml")
    m = doc.meta
    assert doc.format == "jats-xml" and doc.doc_id == "jats-article"
    assert m["title"] == "Laser therapy for calcinosis cutis: an invented review"
    assert m["authors"] == ("Fiedorova, Ewa", "O'Brien, Liam")
    assert (m["year"], m["date"], m["doi"], m["pmid"]) == ("2020", "2020-11-05", "10.9999/ird.2020.77", "90000003")
    assert (m["venue"], m["genre"]) == ("Invented Reviews in Dermatology", "review article")
    assert "CO2 laser cleared lesions" in doc.text and "The CO2 laser vaporises superficial deposits[2]." in doc.text
    assert "calcium salts in the skin [1]." in doc.text
    assert "\n\n# Treatment\n\n" in doc.text and "\n\n## Adverse effects\n\n" in doc.text
    assert "• carbon dioxide laser ablation\n• surgical excision" in doc.text
    refs = doc.references
    assert [(r.title, r.doi, r.pmid, r.year, r.venue) for r in refs] == [
        ("Calcifying disorders of the skin", "10.1016/0190-9622(95)91803-5", None, "1995", "J Am Acad Dermatol"),
        ("Calcinosis cutis treated with the carbon dioxide laser", None, "90000004", "1996", "Invented Laser Journal"),
    ]
    assert refs[1].authors == ("Bottomley, WW", "Goodfield, MJ")
    for r in refs:
        assert doc.text[r.title_start : r.title_end] == r.title  # type: ignore[misc]


def test_pubmed_text_export() -> None:
    doc = read_document(FIXTURES / "pubmed-export.txt")
    m = doc.meta
    assert m["title"] == ("Extracorporeal shock wave lithotripsy for calcinosis cutis in systemic sclerosis: "
                          "an invented pilot study")
    assert (m["pmid"], m["doi"], m["venue"], m["year"]) == ("90000005", "10.9999/jid.2021.0042", "J Invent Dermatol", "2021")
    assert m["authors"] == ("Novak P", "Reyes M", "Okafor C")
    for chrome in ("Author information", "Department of", "Copyright", "PMID:", "Indexed for MEDLINE", "Epub"):
        assert chrome not in doc.text
    assert "\nBACKGROUND: Calcinosis cutis causes pain" in doc.text


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,problem",
    [
        ("binary.txt", r"binary file, not text \(NUL byte at offset 8\)"),
        ("latin1.txt", r"not UTF-8 text \(byte 0xe9 at offset 17\)"),
        ("empty.txt", r"empty document"),
        ("whitespace.md", r"empty document"),
        ("malformed.xml", r"malformed XML: mismatched tag \(line 3"),
        ("bad-front-matter.md", r"front-matter header line 3"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(name: str, problem: str) -> None:
    path = FIXTURES / name
    with pytest.raises(InputError, match=problem) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path) + ": ")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "make,problem",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "unsupported file type"),
        (lambda d: (d / "dir.txt").mkdir() or d / "dir.txt", "is a directory"),
        (lambda d: (d / "paper.pdf").write_bytes(b"%PDF-1.4") and d / "paper.pdf", "unsupported file type '.pdf'"),
        (lambda d: (d / "header-only.md").write_text("---\ntitle: x\n---\n\n") and d / "header-only.md",
         "no text left"),
        (lambda d: (d / "chrome-only.txt").write_text("Comments\n\nShare\n") and d / "chrome-only.txt", "no text left"),
        (lambda d: (d / "empty.xml").write_text("<article><front/></article>") and d / "empty.xml", "no title, abstract or body"),
        (lambda d: (d / "notxml.xml").write_text("just words, no markup") and d / "notxml.xml", "malformed XML"),
    ],
)
def test_unreadable_inputs(tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with pytest.raises(InputError, match=re.escape(problem)) as info:
        read_document(path)
    assert info.value.path == str(path)


def test_utf16_with_bom_is_read() -> None:
    doc = read_document(FIXTURES / "utf16.txt")
    assert doc.text == "Calcinosis in UTF-16\n\nCalcinosis cutis can be treated with diltiazem."
    assert doc.meta["title"] == "Calcinosis in UTF-16"


def test_original_span_rejects_out_of_range() -> None:
    doc = read_document(BLOG)
    with pytest.raises(IndexError):
        doc.original_span(0, len(doc.text) + 1)


# --- a patient web page, a PMC article, hard-wrapped text ----------------------------------------


@pytest.mark.parametrize(
    "chrome",
    ["Skip to main content", "Menu", "Topics A-Z", "Author:", "Reviewed by", "Related information",
     "Dermatomyositis", "On SkinSite", "Other websites", "Books about", "©", "Privacy policy"],
)
def test_patient_page_chrome_is_dropped(chrome: str) -> None:
    assert chrome not in read_document(FIXTURES / "patient-page.txt").text


def test_patient_page_title_and_references() -> None:
    doc = read_document(FIXTURES / "patient-page.txt")
    assert doc.meta["title"] == "Calcinosis cutis"
    assert doc.text.startswith("Calcinosis cutis\n\nWhat is calcinosis cutis?\n")
    assert [(r.title, r.year, r.venue) for r in doc.references] == [
        ("Calcinosis cutis: part I. Diagnostic pathway", "2011", "J Am Acad Dermatol"),
        ("Calcinosis cutis: part II. Treatment options", "2011", "J Am Acad Dermatol"),
    ]
    assert doc.reference_span is not None and doc.reference_span[1] == len(doc.text)


def test_pmc_article_citation_alternatives_and_figures() -> None:
    doc = read_document(FIXTURES / "pmc-case.xml")
    assert doc.meta["genre"] == "case report" and doc.meta["pmc"] == "PMC0000001"
    assert doc.meta["date"] == "2019-03-12"  # the epub date, not the collection year
    assert doc.meta["title"] == "Calcinosis cutis treated with topical sodium thiosulfate"
    assert "Calcified plaques on the buttocks before treatment." in doc.text  # figure caption kept
    assert "We thank the patient" not in doc.text and "Department of Dermatology" not in doc.text
    # a table row is a line of its own, each cell mapped to the file
    row = doc.text.index("Calcium; 2.3.")
    assert doc.original[slice(*doc.original_span(row, row + 7))] == "Calcium"
    assert doc.original[slice(*doc.original_span(row + 9, row + 12))] == "2.3"
    r1 = doc.references[0]
    assert (r1.title, r1.pmid, r1.text) == ("Calcinosis cutis: part I", "21679810",
                                             "Reiter N. Calcinosis cutis: part I. J Am Acad Dermatol. 2011;65:1-12.")
    assert doc.references[2].title == "Skin Calcification" and doc.references[2].venue == "Invented Press"


def test_table_rows_are_lines_with_their_headers() -> None:
    doc = read_document(FIXTURES.parent / "unseen" / "ilsts-table-series.xml")
    line = "Case: 2; Also has: none; Injections: 3; Change in deposits: unchanged; Side effects: erythema."
    assert f"\n{line}\n" in doc.text
    i = doc.text.index(line)
    s, e = doc.original_span(i, i + len(line))
    row = doc.original[s:e]  # the row's own cells, not the header row or its neighbours
    assert row.startswith("<td>2</td>") and row.endswith("erythema</td></tr>")
    assert "Patient: Patient" not in doc.text  # the header row is not a row of its own


def test_page_numbers_are_dropped() -> None:
    doc = read_document(FIXTURES / "hard-wrapped.txt")
    assert "Page 2" not in doc.text and "\n12\n" not in doc.text


@pytest.mark.parametrize(
    "links",
    [
        "Related articles: Nifedipine for chilblains · Living with lupus · Can antibiotics help acne?",
        "Home · Conditions · Skin · Calcinosis",
        "See also • Gout and your diet • Warfarin safety",
    ],
)
def test_a_row_of_links_is_chrome(tmp_path: Path, links: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"Calcinosis and you\n\nCalcium can collect under the skin.\n\n{links}\n\nAsk your nurse.\n")
    text = read_document(page).text
    assert links.split("·")[0].split("•")[0].strip() not in text
    assert "Calcium can collect under the skin." in text and "Ask your nurse." in text
