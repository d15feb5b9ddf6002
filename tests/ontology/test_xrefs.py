"""Cross-references: every CURIE was verified (it is in ontology/crosswalk.tsv), none is obsolete,
and the SKOS mapping predicate agrees with the crosswalk's match type."""

from __future__ import annotations

import re

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace, URIRef

from cckg import resources

CCKG = Namespace("https://w3id.org/cckg/ontology/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XREF = URIRef("http://www.geneontology.org/formats/oboInOwl#hasDbXref")
OBO = "http://purl.obolibrary.org/obo/"
BIOLINK = "https://w3id.org/biolink/vocab/"

KNOWN_PREFIXES = {
    "MONDO",
    "HP",
    "DOID",
    "UBERON",
    "CHEBI",
    "MAXO",
    "NCIT",
    "MESH",
    "UMLS",
    "GO",
    "MPATH",
    "RO",
    "BFO",
    "SNOMEDCT_US",
    "SCTID",
}
# Prefixes that have no OBO PURL: xref only, and only as stated by a verified exact/synonym row.
NON_OBO = {"MESH", "UMLS", "SNOMEDCT_US", "SCTID", "NCIT"}
MAPPINGS = {
    SKOS.exactMatch: "exact",
    SKOS.closeMatch: "close",
    SKOS.broadMatch: "broad",
    SKOS.narrowMatch: "narrow",
    SKOS.relatedMatch: "related",
}
# Crosswalk match type -> SKOS mappings it supports (a weaker claim than the row's is allowed).
ALLOWED = {
    "exact": {"exact", "close"},
    "synonym": {"exact", "close"},
    "close": {"close"},
    "broader": {"broad"},
    "narrower": {"narrow"},
    "related": {"related"},
}

_GRAPH = rdflib.Graph().parse(resources.ontology_file(), format="turtle")
XREFS = sorted({(s, str(o)) for s, o in _GRAPH.subject_objects(XREF) if s.startswith(CCKG)})


def _normalise(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    prefix = {"mesh": "MESH", "UMLS_CUI": "UMLS"}.get(prefix, prefix)
    return f"{prefix}:{local}"


def _curie_of(iri: str) -> str | None:
    if iri.startswith(OBO):
        prefix, _, local = iri[len(OBO) :].partition("_")
        return f"{prefix}:{local}"
    if iri.startswith(BIOLINK):
        return "biolink:" + iri[len(BIOLINK) :]
    return None


def _obo_iri(curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    return URIRef(f"{OBO}{prefix}_{local}")


@pytest.fixture(scope="module")
def rows_by_curie(crosswalk) -> dict:
    by: dict[str, list] = {}
    for row in crosswalk:
        if row.curie:
            by.setdefault(row.curie, []).append(row)
    return by


def test_crosswalk_copy_is_complete(crosswalk) -> None:
    assert len(crosswalk) >= 280
    assert {r.match for r in crosswalk} >= {
        "exact",
        "synonym",
        "broader",
        "narrower",
        "close",
        "related",
        "obsolete",
        "none",
    }


@pytest.mark.parametrize(("term", "curie"), XREFS, ids=[f"{t[len(CCKG) :]}-{c}" for t, c in XREFS])
def test_xref_is_verified(graph, rows_by_curie, term: URIRef, curie: str) -> None:
    prefix = curie.split(":", 1)[0]
    assert re.fullmatch(r"[A-Za-z_]+:[A-Za-z0-9_.]+", curie), curie
    assert prefix in KNOWN_PREFIXES, f"unknown prefix in {curie}"
    if prefix in NON_OBO:
        # Stated by a verified row whose own CURIE is an exact xref of this term: the row's match
        # is exact/synonym, or the source's label is this term's label.
        own = {str(o) for o in graph.objects(term, XREF)}
        label = str(graph.value(term, RDFS.label)).casefold()
        sources = [
            row
            for rows in rows_by_curie.values()
            for row in rows
            if row.curie in own
            and (row.match in {"exact", "synonym"} or row.label_in_source.casefold() == label)
            and curie
            in {_normalise(x.split()[-1]) for x in row.xrefs_stated.split(";") if x.strip()}
        ]
        assert sources, f"{curie} is not stated by a verified exact/synonym row of this term"
        return
    rows = rows_by_curie.get(curie, [])
    assert rows, f"{curie} is not in ontology/crosswalk.tsv"
    assert any(r.match != "obsolete" for r in rows), f"{curie} is obsolete"


def test_no_obsolete_curie(crosswalk, graph) -> None:
    obsolete = {r.curie for r in crosswalk if r.match == "obsolete"}
    live = {r.curie for r in crosswalk if r.match != "obsolete"}
    used = {str(o) for o in graph.objects(None, XREF)}
    used |= {_curie_of(str(o)) for p in MAPPINGS for o in graph.objects(None, p)}
    assert obsolete and not (used & (obsolete - live))


@pytest.mark.parametrize(
    ("term", "curie"),
    [x for x in XREFS if x[1].split(":")[0] not in NON_OBO],
    ids=[f"{t[len(CCKG) :]}-{c}" for t, c in XREFS if c.split(":")[0] not in NON_OBO],
)
def test_mapping_agrees_with_match_type(graph, rows_by_curie, term: URIRef, curie: str) -> None:
    iri = _obo_iri(curie)
    kinds = [MAPPINGS[p] for p in MAPPINGS if (term, p, iri) in graph]
    assert len(kinds) == 1, f"{curie} needs exactly one SKOS mapping, found {kinds}"
    label = str(graph.value(term, RDFS.label)).casefold()
    allowed: set[str] = set()
    for row in rows_by_curie[curie]:
        allowed |= ALLOWED.get(row.match, set())
        if row.label_in_source.casefold() == label:  # the source's own label is ours: exact
            allowed.add("exact")
    assert kinds[0] in allowed, f"{kinds[0]}Match to {curie}; crosswalk supports {sorted(allowed)}"


def test_every_mapping_has_its_xref(graph) -> None:
    missing = []
    for p in MAPPINGS:
        for s, o in graph.subject_objects(p):
            if not s.startswith(CCKG) or (s, RDF.type, OWL.Class) not in graph:
                continue
            if str(o).startswith(OBO) and (s, XREF, rdflib.Literal(_curie_of(str(o)))) not in graph:
                missing.append((s, o))
    assert not missing


def test_relation_mappings_are_verified(graph, rows_by_curie) -> None:
    """RO / BFO / Biolink IRIs on properties must come from the crosswalk's relation rows."""
    used = set()
    for prop in set(graph.subjects(RDF.type, OWL.ObjectProperty)):
        for p in [*MAPPINGS, RDFS.seeAlso]:
            used |= {_curie_of(str(o)) for o in graph.objects(prop, p)}
    used.discard(None)
    assert used, "relations carry RO/Biolink mappings"
    assert {
        c for c in used if c not in rows_by_curie or rows_by_curie[c][0].category != "relation"
    } == set()


@pytest.mark.parametrize(
    ("relation", "curie"),
    [
        ("treats", "RO:0002606"),
        ("treats", "biolink:treats"),
        ("located_in", "RO:0004026"),
        ("has_feature", "RO:0004029"),
        ("has_adverse_effect", "biolink:has_adverse_event"),
        ("associated_with", "biolink:associated_with"),
        ("associated_with", "RO:0003302"),
    ],
)
def test_relation_mapped(graph, relation: str, curie: str) -> None:
    linked = {
        _curie_of(str(o))
        for p in [*MAPPINGS, RDFS.seeAlso]
        for o in graph.objects(CCKG[relation], p)
    }
    assert curie in linked


@pytest.mark.parametrize(
    ("term", "curie"),
    [
        ("SystemicSclerosis", "MONDO:0005100"),
        ("CalcinosisCutis", "HP:0025520"),
        ("Calciphylaxis", "MONDO:0017215"),
        ("Diltiazem", "CHEBI:101278"),
        ("Scrotum", "UBERON:0001300"),
        ("SurgicalExcision", "MAXO:0000447"),
        ("Pain", "HP:0012531"),
        ("InflammatoryResponse", "GO:0006954"),
        ("CalciumDeposition", "MPATH:36"),
    ],
)
def test_known_xrefs_present(graph, term: str, curie: str) -> None:
    assert rdflib.Literal(curie) in set(graph.objects(CCKG[term], XREF))
