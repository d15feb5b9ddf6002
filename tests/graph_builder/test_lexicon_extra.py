"""The extra lexicon (ontology/extra/lexicon.tsv): well-formed, attributed, below the ontology's own
words, never everyday English, and its terms described in the built graph."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.graph_builder import lexicon_extra, recognise
from cckg.graph_builder.build import build
from cckg.graph_builder.lexicon_extra import ExtraTerm, load_extra
from cckg.graph_builder.recognise import Lexicon, build_lexicon, match, tokenize

from cckg import resources, vocab
from cckg.errors import InputError

FIXTURE_DOCS = Path(__file__).parents[1] / "fixtures" / "lexicon_extra"
PURL = re.compile(r"^http://purl\.obolibrary\.org/obo/(HP|MONDO|UBERON|CHEBI)_[0-9]+$")
PREFIX_KIND = {"HP": "finding", "MONDO": "condition", "UBERON": "site", "CHEBI": "treatment"}


@pytest.fixture(scope="module")
def extra() -> list[ExtraTerm]:
    return load_extra()


@pytest.fixture(scope="module")
def own() -> Lexicon:
    """The ontology's lexicon alone."""
    saved = recognise.USE_EXTRA_LEXICON
    recognise.USE_EXTRA_LEXICON = False
    try:
        return build_lexicon(resources.ontology_file())
    finally:
        recognise.USE_EXTRA_LEXICON = saved


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    """The ontology's lexicon with the extra terms (the default)."""
    assert recognise.USE_EXTRA_LEXICON
    return build_lexicon(resources.ontology_file())


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


def _names(t: ExtraTerm) -> tuple[str, ...]:
    return (t.label, *t.synonyms)


def test_file_parses_with_every_kind(extra: list[ExtraTerm]) -> None:
    assert len(extra) > 1000
    assert {t.kind for t in extra} == {"finding", "condition", "site", "treatment"}
    assert len({t.iri for t in extra}) == len(extra)
    assert all(
        t.label.strip() and t.source.split()[0] in {"HPO", "MONDO", "UBERON", "ChEBI"}
        for t in extra
    )


def test_header_names_sources_versions_and_licences() -> None:
    header = [
        line
        for line in lexicon_extra.default_path().read_text().splitlines()
        if line.startswith("#")
    ]
    text = "\n".join(header)
    assert "do not edit" in text and "generate_lexicon.py" in text
    for source, licence in (
        ("HPO", "hpo.jax.org/license"),
        ("MONDO", "CC BY 4.0"),
        ("UBERON", "CC BY 3.0"),
        ("ChEBI", "CC BY 4.0"),
    ):
        line = next(h for h in header if h.startswith(f"#   {source} "))
        assert licence in line and re.search(r"\d{4}-\d{2}-\d{2}", line), line


def test_every_iri_is_an_obo_purl_of_its_kind(extra: list[ExtraTerm]) -> None:
    for t in extra:
        m = PURL.match(t.iri)
        assert m, t.iri
        assert PREFIX_KIND[m.group(1)] == t.kind, t
        assert t.curie == f"{m.group(1)}:{t.iri.rsplit('_', 1)[1]}"


def test_no_name_collides_with_the_ontology(extra: list[ExtraTerm], own: Lexicon) -> None:
    own_labels = {_key(t.label) for t in own.terms.values()}
    clashes = [
        (t.iri, n)
        for t in extra
        for n in _names(t)
        if n in own.acronyms or _key(n) in own.entries or _key(n) in own_labels
    ]
    assert clashes == []


def test_the_ontology_entries_are_never_overridden(own: Lexicon, lex: Lexicon) -> None:
    assert {k: v for k, v in lex.entries.items() if k in own.entries} == own.entries
    assert {k: v for k, v in lex.acronyms.items() if k in own.acronyms} == own.acronyms
    assert all(lex.terms[i] == t for i, t in own.terms.items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chills and malaise followed the infusion.",
            {("Chills", "HP_0025143"), ("malaise", "HP_0033834")},
        ),
        (
            "She had vertigo and hypocalcaemia.",
            {("vertigo", "HP_0002321"), ("hypocalcaemia", "HP_0002901")},
        ),
        ("Petechiae appeared after lithotripsy.", {("Petechiae", "HP_0000967")}),
        (
            "The dog urinated more (polyuria) and had a tremor.",
            {("polyuria", "HP_0000103"), ("tremor", "HP_0001337")},
        ),
    ],
)
def test_findings_are_recognised(lex: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    got = {
        (m.text, m.term.iri.rsplit("/", 1)[1]) for m in match(text, lex) if m.term.kind == "finding"
    }
    assert got == expected


def test_extra_sites_and_treatments_are_recognised(lex: Lexicon) -> None:
    got = {
        (m.text, m.term.kind)
        for m in match("Nodules in the inguinal region; she took apixaban.", lex)
    }
    assert ("inguinal region", "site") in got and ("apixaban", "treatment") in got


# Drugs by stem (oxicams, opioids, anthelmintics), by name where ChEBI's label is the chemical's,
# and a cephalosporin whose name begins like "cephalotaxine".
@pytest.mark.parametrize(
    ("name", "chebi"),
    [
        ("meloxicam", "CHEBI_6741"),
        ("oxycodone", "CHEBI_7852"),
        ("ivermectin", "CHEBI_6078"),
        ("albendazole", "CHEBI_16664"),
        ("hydrocortisone", "CHEBI_17650"),
        ("cephalexin", "CHEBI_3534"),
        ("alfentanil", "CHEBI_2569"),  # a stem after two letters
        ("levetiracetam", "CHEBI_6437"),
        ("metoclopramide", "CHEBI_107736"),
        ("trimethoprim", "CHEBI_45924"),
        ("clotrimazole", "CHEBI_3764"),  # no stem: named
        # too common a word for the frequency test, or named by its chemical label in ChEBI
        ("insulin", "CHEBI_145810"),
        ("adrenaline", "CHEBI_33568"),
        ("epinephrine", "CHEBI_33568"),
        ("aspirin", "CHEBI_15365"),
        ("acetylsalicylic acid", "CHEBI_15365"),
        ("methadone", "CHEBI_6807"),
    ],
)
def test_extra_drugs_are_recognised(lex: Lexicon, name: str, chebi: str) -> None:
    got = {(m.text, m.term.iri.rsplit("/", 1)[1]) for m in match(f"She took {name} daily.", lex)}
    assert got == {(name, chebi)}


def test_a_chemical_label_is_not_read_as_a_drug(lex: Lexicon) -> None:
    assert not [m for m in match("Morning cortisol was low.", lex) if m.term.kind == "treatment"]


@pytest.mark.parametrize(
    "word",
    [
        "the",
        "was",
        "may",
        "cold",
        "fine",
        "well",
        "back",
        "palm",
        "trunk",
        "corn",
        "mole",
        "plethora",
        "caps",
        "calculus",
        "arm",
        "sole",
    ],
)
def test_common_english_words_are_not_extra_terms(lex: Lexicon, own: Lexicon, word: str) -> None:
    text = f"It was {word} and {word.capitalize()}; {word.upper()}."
    assert [m for m in match(text, lex) if not m.term.iri.startswith(vocab.CCKG)] == []
    if word in ("the", "was", "may", "cold", "fine", "well"):
        assert match(text, lex) == []


def test_a_phrase_holding_a_word_of_ours_stays_ours(lex: Lexicon) -> None:
    # MONDO's "hyperpigmentation of the skin" (a condition) would hide the ontology's finding and site.
    got = {m.term.iri for m in match("blue-grey hyperpigmentation of the skin", lex)}
    assert got == {vocab.term("Hyperpigmentation"), vocab.term("Skin")}


def test_a_finding_holding_a_finding_of_ours_stays_ours(
    lex: Lexicon, extra: list[ExtraTerm]
) -> None:
    # HPO's "yellow papule" and "facial erythema" would hide the ontology's papule and erythema.
    got = {m.term.iri for m in match("yellow papules and facial erythema", lex)}
    assert got == {vocab.term("Papule"), vocab.term("Erythema")}
    assert not any(t.label in ("yellow papule", "white papule") for t in extra)
    # A site may hold one of ours: "inguinal part of abdomen" is the groin, not the abdomen.
    assert any(t.label == "inguinal part of abdomen" for t in extra)


def test_conditions_join_only_when_their_kind_is_switched_on_and_never_hide_ours(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, extra: list[ExtraTerm]
) -> None:
    text = "warfarin for angioedema"
    default = build_lexicon(resources.ontology_file())
    assert "condition" not in lexicon_extra.EXTRA_KINDS
    assert [m.term.kind for m in match(text, default)] == ["treatment"]
    monkeypatch.setattr(lexicon_extra, "EXTRA_KINDS", frozenset({"condition"}))
    on = build_lexicon(resources.ontology_file())
    assert [(m.text, m.term.kind) for m in match(text, on)][1] == ("angioedema", "condition")
    assert on.is_a("http://purl.obolibrary.org/obo/MONDO_0010481", vocab.term("Condition"))
    # MONDO's "adult dermatomyositis" would hide the ontology's dermatomyositis: the generator leaves
    # it out of the file, and the loader refuses it from any file.
    assert not any(t.label == "adult dermatomyositis" for t in extra)
    held = tmp_path / "lexicon.tsv"
    held.write_text(
        "iri\tkind\tlabel\tsynonyms\tsource\n"
        "http://purl.obolibrary.org/obo/MONDO_0001907\tcondition\tadult dermatomyositis\t\tMONDO\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(recognise, "USE_EXTRA_LEXICON", False)
    lex = build_lexicon(resources.ontology_file())
    lexicon_extra.extend(lex, held)
    got = [m.term.iri for m in match("calcinosis in adult dermatomyositis", lex)]
    assert vocab.term("Dermatomyositis") in got


def test_switch_off_leaves_only_the_ontology(monkeypatch: pytest.MonkeyPatch, own: Lexicon) -> None:
    monkeypatch.setattr(recognise, "USE_EXTRA_LEXICON", False)
    off = build_lexicon(resources.ontology_file())
    assert off.entries == own.entries and set(off.terms) == set(own.terms)
    assert match("chills and malaise", off) == []


BAD_FILES = {
    "header": "iri\tkind\tname\tsynonyms\tsource\n",
    "columns": "iri\tkind\tlabel\tsynonyms\tsource\nhttp://purl.obolibrary.org/obo/HP_0001945\tfinding\tfever\n",
    "prefix": "iri\tkind\tlabel\tsynonyms\tsource\nhttp://purl.obolibrary.org/obo/GO_0042311\tmechanism\tvasodilation\t\tGO\n",
    "not a purl": "iri\tkind\tlabel\tsynonyms\tsource\nHP:0001945\tfinding\tfever\t\tHPO\n",
    "kind": "iri\tkind\tlabel\tsynonyms\tsource\nhttp://purl.obolibrary.org/obo/HP_0001945\tsymptom\tfever\t\tHPO\n",
    "label": "iri\tkind\tlabel\tsynonyms\tsource\nhttp://purl.obolibrary.org/obo/HP_0001945\tfinding\t \t\tHPO\n",
}


@pytest.mark.parametrize("problem", sorted(BAD_FILES))
def test_a_malformed_file_is_refused_with_its_line(tmp_path: Path, problem: str) -> None:
    path = tmp_path / f"{problem.replace(' ', '-')}.tsv"
    path.write_text("# comment\n" + BAD_FILES[problem])
    with pytest.raises(InputError, match=r"line [23]"):
        load_extra(path)


def test_a_missing_file_gives_no_terms(tmp_path: Path) -> None:
    assert load_extra(tmp_path / "absent.tsv") == []


def test_term_triples_describe_only_extra_terms() -> None:
    petechiae = "http://purl.obolibrary.org/obo/HP_0000967"
    triples = {(s.value, p.value, o.value) for s, p, o in lexicon_extra.term_triples(petechiae)}
    assert triples == {
        (petechiae, vocab.RDFS + "label", "petechiae"),
        (petechiae, vocab.RDFS + "subClassOf", vocab.term("ClinicalFinding")),
        (petechiae, vocab.OBOINOWL + "hasDbXref", "HP:0000967"),
    }
    assert lexicon_extra.term_triples(vocab.term("Pain")) == []
    assert lexicon_extra.term_triples("http://purl.obolibrary.org/obo/HP_9999999") == []


def test_built_graph_labels_and_classes_the_extra_terms(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    build([FIXTURE_DOCS], out, reason=False, jobs=1)
    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.TURTLE)
    rows = {
        (
            r["p"].value.rsplit("/", 1)[1],
            r["label"].value,
            r["pillar"].value.rsplit("/", 1)[1],
            r["xref"].value,
        )
        for r in store.query(
            """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
               PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
               SELECT ?p ?label ?pillar ?xref WHERE {
                 ?s ?p ?o . FILTER(STRSTARTS(STR(?o), "http://purl.obolibrary.org/obo/"))
                 FILTER(STRSTARTS(STR(?p), "https://w3id.org/cckg/ontology/"))
                 ?o rdfs:label ?label ; rdfs:subClassOf ?pillar ; oboInOwl:hasDbXref ?xref }"""
        )
    }
    assert rows == {
        ("has_adverse_effect", "chills", "ClinicalFinding", "HP:0025143"),
        ("has_adverse_effect", "malaise", "ClinicalFinding", "HP:0033834"),
        ("located_in", "inguinal part of abdomen", "AnatomicalSite", "UBERON:0008337"),
    }


@pytest.mark.parametrize(
    "label, group",
    [
        ("flucloxacillin", "Antibiotic"),
        ("cefuroxime", "Antibiotic"),
        ("clarithromycin", "Antibiotic"),
        ("levofloxacin", "Antibiotic"),
        ("oxycodone", "Analgesic"),
        ("tramadol", "Analgesic"),
        ("alfentanil", "Analgesic"),
        ("trimethoprim", "Antibiotic"),
        ("mupirocin", "Antibiotic"),
        ("cephaeline", None),  # an emetine alkaloid, not a cephalosporin
        ("warfarin", None),
    ],
)
def test_a_drug_s_inn_stem_places_it_under_its_cckg_class(label, group):
    term = ExtraTerm(vocab.OBO + "CHEBI_1", "treatment", label, (), "ChEBI test")
    assert lexicon_extra.drug_group(term) == (group and vocab.term(group))
    assert lexicon_extra.parents_of(term)[1:] == ((vocab.term(group),) if group else ())


def test_a_drug_class_from_the_stem_is_stated_in_the_graph():
    amoxicillin = next(t for t in load_extra() if t.label == "amoxicillin")
    triples = lexicon_extra.term_triples(amoxicillin.iri)
    assert (vocab.RDFS + "subClassOf", vocab.term("Antibiotic")) in {
        (p.value, o.value) for _, p, o in triples
    }
