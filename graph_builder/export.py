"""Exports of the built graph: RDF serialisations, per-document named graphs, VoID and KGX.

What is exported is what the embedded store queries: the ontology, the data graph the builder
wrote, and (unless ``inferred=False``) what the reasoner inferred. Every format is deterministic:
blank nodes get canonical (RDFC-1.0) labels and triples are sorted before pyoxigraph writes them,
so two exports of the same graph are byte-identical.

>>> ExportFormat.from_name("jsonld").media_type
'application/ld+json'
>>> document_graph_iri("https://w3id.org/cckg/data/doc/wiki")
'https://w3id.org/cckg/data/doc/wiki/graph'
"""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import quote

import pyoxigraph as ox

from cckg import __version__, resources, vocab
from cckg.errors import CckgError, InputError

# --- names ------------------------------------------------------------------------------------

ONTOLOGY_GRAPH = f"{vocab.DATA}graph/ontology"
INFERRED_GRAPH = f"{vocab.DATA}graph/inferred"
SHARED_GRAPH = f"{vocab.DATA}graph/shared"  # data triples that belong to no single document
DATASET_IRI = f"{vocab.DATA}dataset"
URI_SPACE = "https://w3id.org/cckg/"  # ontology and data IRIs: what void:entities counts
INFORES = "infores:cckg"

RDF_TYPE = ox.NamedNode(vocab.RDF + "type")
_RDF_SUBJECT = ox.NamedNode(vocab.RDF + "subject")
_RDF_PREDICATE = ox.NamedNode(vocab.RDF + "predicate")
_RDF_OBJECT = ox.NamedNode(vocab.RDF + "object")
_RDFS_LABEL = ox.NamedNode(vocab.RDFS + "label")
_RDFS_SUBCLASS = ox.NamedNode(vocab.RDFS + "subClassOf")
_SOURCE_DOCUMENT = ox.NamedNode(vocab.term("SourceDocument"))
_ASSERTION = ox.NamedNode(vocab.term("Assertion"))
_DOCUMENT = ox.NamedNode(vocab.term("document"))
_CITED_WORK = ox.NamedNode(vocab.term("citedWork"))
_POLARITY = ox.NamedNode(vocab.term("polarity"))
_SENTENCE = ox.NamedNode(vocab.term("sentence"))
_SPECIES = ox.NamedNode(vocab.term("species"))
_REFERENCES = ox.NamedNode(vocab.DCTERMS + "references")
_POS = ox.Literal("pos")
_NEG = ox.Literal("neg")

EXPORT_PREFIXES: dict[str, str] = {
    **vocab.PREFIXES,
    "void": vocab.VOID,
    "dcat": vocab.DCAT,
}
# Data IRIs have slashes in their local part, which Turtle would write as `cckgd:doc\/x\/…`;
# they read better (and parse everywhere) in full, so the writer gets every prefix but cckgd.
_WRITER_PREFIXES = {k: v for k, v in EXPORT_PREFIXES.items() if k != "cckgd"}


def document_graph_iri(doc_iri: str) -> str:
    """The named graph that holds one source document's part of the data (N-Quads, TriG)."""
    return f"{doc_iri}/graph"


class ExportFormat(enum.Enum):
    """The export formats of ``cckg export``: (name, file extension, media type)."""

    TTL = ("ttl", "ttl", "text/turtle")
    NT = ("nt", "nt", "application/n-triples")
    NQ = ("nq", "nq", "application/n-quads")
    TRIG = ("trig", "trig", "application/trig")
    JSONLD = ("jsonld", "jsonld", "application/ld+json")
    OWL = ("owl", "owl", "application/rdf+xml")

    def __init__(self, label: str, extension: str, media_type: str) -> None:
        self.label = label
        self.extension = extension
        self.media_type = media_type

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return _RDF_FORMATS[self.label]

    @property
    def is_dataset(self) -> bool:
        """Whether the format carries named graphs (one per document)."""
        return self in (ExportFormat.NQ, ExportFormat.TRIG)

    @classmethod
    def from_name(cls, name: str) -> ExportFormat:
        """A format from its name or a file extension (``ttl``, ``.nq``, ``json-ld``, ``rdf``…)."""
        key = name.lower().lstrip(".").replace("-", "")
        key = {
            "turtle": "ttl",
            "ntriples": "nt",
            "nquads": "nq",
            "json": "jsonld",
            "rdf": "owl",
            "xml": "owl",
            "rdfxml": "owl",
        }.get(key, key)
        for fmt in cls:
            if fmt.label == key:
                return fmt
        raise CckgError(f"unknown export format {name!r} (use {', '.join(f.label for f in cls)})")


_RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "owl": ox.RdfFormat.RDF_XML,
}

# W3C format IRIs, for void:feature.
_FORMAT_IRIS = {
    "ttl": "http://www.w3.org/ns/formats/Turtle",
    "nt": "http://www.w3.org/ns/formats/N-Triples",
    "nq": "http://www.w3.org/ns/formats/N-Quads",
    "trig": "http://www.w3.org/ns/formats/TriG",
    "jsonld": "http://www.w3.org/ns/formats/JSON-LD",
    "owl": "http://www.w3.org/ns/formats/RDF_XML",
}


# --- reading the built graph -------------------------------------------------------------------


@dataclass(frozen=True)
class GraphParts:
    """The three parts of a built graph, as triples: ontology, asserted data, inferred."""

    ontology: tuple[ox.Triple, ...]
    data: tuple[ox.Triple, ...]
    inferred: tuple[ox.Triple, ...]
    source: Path | None = None

    def union(
        self, *, ontology: bool = True, data: bool = True, inferred: bool = True
    ) -> list[ox.Triple]:
        """The distinct triples of the chosen parts, in first-seen order."""
        chosen = (
            (self.ontology if ontology else ()),
            (self.data if data else ()),
            (self.inferred if inferred else ()),
        )
        return list(dict.fromkeys(t for part in chosen for t in part))


def read_triples(path: Path) -> list[ox.Triple]:
    """All triples of an RDF file (named graphs of a dataset file are merged).

    :raises InputError: when the file is missing, of an unknown format or not parseable.
    """
    ext = path.suffix.lstrip(".").lower()
    fmt = ox.RdfFormat.from_extension(ext) if ext else None
    if fmt is None and ext == "owl":
        fmt = ox.RdfFormat.RDF_XML
    if fmt is None:
        raise InputError(str(path), "unknown RDF format (use .ttl, .nt, .nq, .trig, .rdf, .jsonld)")
    try:
        # pyoxigraph parses every format to quads; named graphs are merged, as the store does.
        return [q.triple for q in ox.parse(path=str(path), format=fmt)]
    except (SyntaxError, ValueError) as exc:
        raise InputError(str(path), f"not valid {fmt.name}: {exc}") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def read_parts(
    graph: Path | str | None = None,
    *,
    ontology: Path | str | None = None,
    inferred: bool = True,
) -> GraphParts:
    """Read a built graph (default: the bundled corpus), its ontology and its inferences.

    :raises InputError: when a file is missing or not parseable RDF.
    """
    from cckg import store

    path = Path(graph) if graph is not None else store.ensure_default_graph()
    if not path.exists():
        raise InputError(str(path), "no such graph file (build one with `cckg build -o FILE`)")
    onto_path = Path(ontology) if ontology is not None else resources.ontology_file()
    if not onto_path.exists():
        raise InputError(str(onto_path), "no such ontology file")
    inferred_file = resources.inferred_path(path)
    return GraphParts(
        ontology=tuple(read_triples(onto_path)),
        data=tuple(read_triples(path)),
        inferred=tuple(read_triples(inferred_file)) if inferred and inferred_file.exists() else (),
        source=path,
    )


# --- named graphs: one per document ------------------------------------------------------------


def partition(parts: GraphParts, *, inferred: bool = True) -> dict[str, list[ox.Triple]]:
    """Split the graph into named graphs: ontology, one per document, shared data, inferred.

    A document's graph holds its document node, its sentences, assertions and outcome nodes
    (everything whose ``cckg:document`` is the document or whose IRI lies under the document's),
    the direct triples its positive assertions support, and the works it cites. A direct triple
    stated by two documents is in both graphs; the union of the graphs is the whole export.
    """
    by_subject: dict[ox.Term, list[ox.Triple]] = defaultdict(list)
    for t in parts.data:
        by_subject[t.subject].append(t)
    docs = sorted(
        {
            t.subject.value
            for t in parts.data
            if t.predicate == RDF_TYPE
            and t.object == _SOURCE_DOCUMENT
            and isinstance(t.subject, ox.NamedNode)
        }
    )
    owners: dict[ox.Term, set[str]] = defaultdict(set)
    for doc in docs:
        owners[ox.NamedNode(doc)].add(doc)
    for t in parts.data:
        if (
            t.predicate == _DOCUMENT
            and isinstance(t.object, ox.NamedNode)
            and t.object.value in docs
        ):
            owners[t.subject].add(t.object.value)
    for subject in by_subject:
        if isinstance(subject, ox.NamedNode):
            for doc in _docs_above(subject.value, docs):
                owners[subject].add(doc)
    for t in parts.data:
        if (
            t.predicate == _REFERENCES
            and isinstance(t.subject, ox.NamedNode)
            and t.subject.value in docs
        ):
            owners[t.object].add(t.subject.value)
        elif t.predicate == _CITED_WORK:
            owners[t.object] |= owners.get(t.subject, set())

    data_set = set(parts.data)
    graphs: dict[str, dict[ox.Triple, None]] = defaultdict(dict)
    supported: set[ox.Triple] = set()
    for subject, triples in by_subject.items():
        fields = {t.predicate: t.object for t in triples}
        if fields.get(_POLARITY) != _POS or _RDF_SUBJECT not in fields:
            continue
        direct = _direct_triple(fields)
        if direct is not None and direct in data_set:
            supported.add(direct)
            for doc in owners.get(subject, ()):
                graphs[document_graph_iri(doc)][direct] = None
    for t in parts.data:
        doc_owners = owners.get(t.subject)
        if doc_owners:
            for doc in doc_owners:
                graphs[document_graph_iri(doc)][t] = None
        elif t not in supported:
            graphs[SHARED_GRAPH][t] = None

    out: dict[str, list[ox.Triple]] = {ONTOLOGY_GRAPH: list(dict.fromkeys(parts.ontology))}
    for name in sorted(graphs):
        out[name] = list(graphs[name])
    if inferred and parts.inferred:
        out[INFERRED_GRAPH] = list(dict.fromkeys(parts.inferred))
    return out


def _docs_above(iri: str, docs: Sequence[str]) -> Iterator[str]:
    # Sentence, assertion, outcome and local reference IRIs are minted under the document's IRI.
    for doc in docs:
        if iri.startswith(doc + "/"):
            yield doc


def _direct_triple(fields: dict[ox.Term, ox.Term]) -> ox.Triple | None:
    s, p, o = fields.get(_RDF_SUBJECT), fields.get(_RDF_PREDICATE), fields.get(_RDF_OBJECT)
    if (
        not isinstance(s, (ox.NamedNode, ox.BlankNode))
        or not isinstance(p, ox.NamedNode)
        or o is None
    ):
        return None
    return ox.Triple(s, p, o)


# --- deterministic order -----------------------------------------------------------------------


def _term_key(term: ox.Term) -> tuple[int, str, str]:
    if isinstance(term, ox.NamedNode):
        return (0, term.value, "")
    if isinstance(term, ox.BlankNode):
        return (1, term.value, "")
    if isinstance(term, ox.Literal):
        return (2, term.value, f"{term.language or ''}^{term.datatype.value}")
    return (3, str(term), "")  # RDF-star triple terms


_FIRST_PREDICATES = {vocab.RDF + "type": 0, vocab.RDFS + "label": 1}


def _triple_key(t: ox.Triple) -> tuple:
    # rdf:type and rdfs:label first within a subject, so each Turtle block reads like a record.
    p = t.predicate.value
    return (_term_key(t.subject), _FIRST_PREDICATES.get(p, 2), p, _term_key(t.object))


def canonical_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples with canonical blank-node labels, sorted (the order every export uses)."""
    triples = list(triples)
    if any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
    ):
        ds = ox.Dataset(
            ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples
        )
        ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [q.triple for q in ds]
    return sorted(set(triples), key=_triple_key)


def canonical_quads(graphs: dict[str, list[ox.Triple]]) -> list[ox.Quad]:
    """Quads of the named graphs with canonical blank-node labels, sorted by graph then triple."""
    quads = [
        ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
        for g, triples in graphs.items()
        for t in triples
    ]
    if any(
        isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads
    ):
        ds = ox.Dataset(quads)
        ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        quads = list(ds)
    return sorted(set(quads), key=lambda q: (q.graph_name.value, _triple_key(q.triple)))


# --- serialisation -----------------------------------------------------------------------------


def _header(what: str) -> bytes:
    return (
        f"# cckg {__version__} export ({what}). Generated by `cckg export`; do not edit.\n".encode()
    )


def serialize(
    parts: GraphParts,
    fmt: ExportFormat,
    output: IO[bytes],
    *,
    inferred: bool = True,
    with_data: bool = False,
) -> int:
    """Write the export in ``fmt`` to ``output``; return how many distinct triples it holds.

    ``owl`` writes the ontology alone (RDF/XML for Protégé) unless ``with_data``.
    """
    if fmt.is_dataset:
        quads = canonical_quads(partition(parts, inferred=inferred))
        if fmt is ExportFormat.NQ:
            output.write(_sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
        else:
            output.write(_header("one named graph per document, plus ontology and inferred"))
            output.write(turtle_bytes(quads, ox.RdfFormat.TRIG))
        return len({q.triple for q in quads})
    if fmt is ExportFormat.OWL and not with_data:
        triples = canonical_triples(parts.ontology)
    else:
        triples = canonical_triples(parts.union(inferred=inferred))
    if fmt is ExportFormat.TTL:
        what = "ontology + data" + (" + inferred" if inferred and parts.inferred else "")
        output.write(_header(what))
        output.write(turtle_bytes(triples))
    elif fmt is ExportFormat.NT:
        output.write(_sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)))
    elif fmt is ExportFormat.JSONLD:
        output.write(compact_jsonld(ox.serialize(triples, format=ox.RdfFormat.JSON_LD)))
    else:
        ox.serialize(triples, output, ox.RdfFormat.RDF_XML, prefixes=EXPORT_PREFIXES)
    return len(triples)


def turtle_bytes(
    items: Sequence[ox.Triple] | Sequence[ox.Quad], rdf_format: ox.RdfFormat = ox.RdfFormat.TURTLE
) -> bytes:
    """Turtle/TriG of already sorted triples/quads, with every export prefix declared in name order.

    pyoxigraph groups consecutive statements by subject; its own prefix block is replaced so the
    declarations do not depend on its internal map order.
    """
    body = ox.serialize(items, format=rdf_format, prefixes=_WRITER_PREFIXES)
    lines = body.split(b"\n")
    start = 0
    while start < len(lines) and lines[start].startswith(b"@prefix "):
        start += 1
    header = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(EXPORT_PREFIXES.items()))
    return header.encode() + b"\n".join(lines[start:])


def _sorted_lines(data: bytes) -> bytes:
    # N-Triples/N-Quads escape newlines inside literals, so one statement is one line.
    lines = sorted(set(data.splitlines()))
    return b"".join(line + b"\n" for line in lines if line)


def compact_jsonld(expanded: bytes, prefixes: dict[str, str] | None = None) -> bytes:
    """Add an ``@context`` of prefixes to expanded JSON-LD and write IRIs as compact IRIs.

    pyoxigraph writes expanded JSON-LD; compact IRIs (``cckg:treats``) in keys, ``@id`` and
    ``@type`` values expand back to the same IRIs under the context, so the graph is unchanged.
    """
    prefixes = prefixes or EXPORT_PREFIXES
    # Longest namespace first, so cckgd: wins over a shorter namespace that is its prefix.
    ordered = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def compact(iri: str) -> str:
        for name, ns in ordered:
            if iri.startswith(ns) and not iri[len(ns) :].startswith("//"):
                return f"{name}:{iri[len(ns) :]}"
        return iri

    def walk(node: object) -> object:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, object] = {}
        for key, value in node.items():
            if key in ("@id", "@type") and isinstance(value, str):
                out[key] = value if value.startswith("_:") else compact(value)
            elif key.startswith("@"):
                out[key] = walk(value)
            else:
                out[compact(key)] = walk(value)
        return out

    body = json.loads(expanded)
    doc = {"@context": dict(prefixes), "@graph": walk(body)}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- VoID / DCAT description -------------------------------------------------------------------


def void_description(
    triples: Sequence[ox.Triple],
    parts: GraphParts,
    fmt: ExportFormat,
    *,
    graphs: dict[str, list[ox.Triple]] | None = None,
    sparql_endpoint: str | None = None,
) -> list[ox.Triple]:
    """A VoID + DCAT description of an export holding ``triples`` (deterministic IRIs)."""
    ds = ox.NamedNode(DATASET_IRI)
    out: list[ox.Triple] = []

    def add(s: ox.NamedNode, p: str, o: ox.Term) -> None:
        out.append(ox.Triple(s, ox.NamedNode(p), o))

    def integer(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=ox.NamedNode(vocab.XSD + "integer"))

    void_ns, dcat, dc = vocab.VOID, vocab.DCAT, vocab.DCTERMS
    add(ds, vocab.RDF + "type", ox.NamedNode(void_ns + "Dataset"))
    add(ds, vocab.RDF + "type", ox.NamedNode(dcat + "Dataset"))
    add(ds, dc + "title", ox.Literal("cckg — the calcinosis cutis knowledge graph", language="en"))
    add(
        ds,
        dc + "description",
        ox.Literal(
            "Facts about calcinosis cutis (subtypes, causes, mechanisms, sites, findings, "
            "treatments, outcomes) extracted from documents, each with the sentence that "
            "states it.",
            language="en",
        ),
    )
    add(ds, dcat + "version", ox.Literal(__version__))
    add(ds, vocab.OWL + "versionInfo", ox.Literal(__version__))
    onto = ox.NamedNode(vocab.ONTOLOGY_IRI)
    for t in parts.ontology:
        if t.subject == onto and t.predicate.value == dc + "license":
            add(ds, dc + "license", t.object)
        elif t.subject == onto and t.predicate.value == vocab.OWL + "versionIRI":
            add(ds, dc + "conformsTo", t.object)
    add(
        ds,
        dc + "rights",
        ox.Literal(
            "Source documents keep their own licences: see dcterms:license on each "
            "cckg:SourceDocument.",
            language="en",
        ),
    )
    add(ds, void_ns + "feature", ox.NamedNode(_FORMAT_IRIS[fmt.label]))
    add(ds, void_ns + "uriSpace", ox.Literal(URI_SPACE))
    if sparql_endpoint:
        add(ds, void_ns + "sparqlEndpoint", ox.NamedNode(sparql_endpoint))
    dist = ox.NamedNode(f"{DATASET_IRI}/distribution/{fmt.label}")
    add(ds, dcat + "distribution", dist)
    add(dist, vocab.RDF + "type", ox.NamedNode(dcat + "Distribution"))
    add(dist, dcat + "mediaType", ox.Literal(fmt.media_type))
    add(dist, dc + "format", ox.NamedNode(_FORMAT_IRIS[fmt.label]))

    stats = graph_statistics(triples)
    add(ds, void_ns + "triples", integer(stats.triples))
    add(ds, void_ns + "entities", integer(stats.entities))
    add(ds, void_ns + "distinctSubjects", integer(stats.distinct_subjects))
    add(ds, void_ns + "distinctObjects", integer(stats.distinct_objects))
    add(ds, void_ns + "classes", integer(len(stats.class_entities)))
    add(ds, void_ns + "properties", integer(len(stats.property_triples)))
    for ns in sorted({vocab.CCKG, *(_namespace(p) for p in stats.property_triples)}):
        add(ds, void_ns + "vocabulary", ox.NamedNode(ns))
    for cls, n in sorted(stats.class_entities.items()):
        part = ox.NamedNode(f"{DATASET_IRI}/class/{_slug(cls)}")
        add(ds, void_ns + "classPartition", part)
        add(part, void_ns + "class", ox.NamedNode(cls))
        add(part, void_ns + "entities", integer(n))
    for prop, n in sorted(stats.property_triples.items()):
        part = ox.NamedNode(f"{DATASET_IRI}/property/{_slug(prop)}")
        add(ds, void_ns + "propertyPartition", part)
        add(part, void_ns + "property", ox.NamedNode(prop))
        add(part, void_ns + "triples", integer(n))
    for doc in sorted(
        {
            t.subject.value
            for t in parts.data
            if t.predicate == RDF_TYPE and t.object == _SOURCE_DOCUMENT
        }
    ):
        add(ds, dc + "source", ox.NamedNode(doc))
    for name, graph_triples in sorted((graphs or {}).items()):
        sub = ox.NamedNode(name)
        add(ds, void_ns + "subset", sub)
        add(sub, vocab.RDF + "type", ox.NamedNode(void_ns + "Dataset"))
        add(sub, void_ns + "triples", integer(len(set(graph_triples))))
        if name.endswith("/graph"):
            add(sub, dc + "source", ox.NamedNode(name[: -len("/graph")]))
    return out


def _slug(iri: str) -> str:
    """A readable IRI segment for a partition: ``cckg-Assertion``; a digest for unknown IRIs."""
    short = curie(iri)
    if short == iri:
        return vocab.digest(iri)
    return quote(short.replace(":", "-", 1), safe="-_.~")


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


@dataclass(frozen=True)
class GraphStatistics:
    """The VoID numbers of a set of triples."""

    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    class_entities: dict[str, int] = field(default_factory=dict)
    property_triples: dict[str, int] = field(default_factory=dict)


def graph_statistics(triples: Sequence[ox.Triple]) -> GraphStatistics:
    """Counts for VoID: triples, entities (IRI subjects in the cckg URI space), partitions."""
    triples = set(triples)
    subjects = {t.subject for t in triples}
    typed: dict[str, set[ox.Term]] = defaultdict(set)
    for t in triples:
        if t.predicate == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            typed[t.object.value].add(t.subject)
    return GraphStatistics(
        triples=len(triples),
        entities=sum(
            1 for s in subjects if isinstance(s, ox.NamedNode) and s.value.startswith(URI_SPACE)
        ),
        distinct_subjects=len(subjects),
        distinct_objects=len({t.object for t in triples}),
        class_entities={c: len(s) for c, s in typed.items()},
        property_triples=dict(Counter(t.predicate.value for t in triples)),
    )


# --- KGX (Biolink) nodes and edges -------------------------------------------------------------

KGX_NODE_COLUMNS = (
    "id",
    "category",
    "name",
    "description",
    "xref",
    "synonym",
    "iri",
    "provided_by",
)
KGX_EDGE_COLUMNS = (
    "id",
    "subject",
    "predicate",
    "object",
    "original_predicate",
    "category",
    "negated",
    "knowledge_level",
    "agent_type",
    "primary_knowledge_source",
    "publications",
    "supporting_text",
    "species_context_qualifier",
)

PILLARS = ("Condition", "Mechanism", "AnatomicalSite", "Treatment", "ClinicalFinding")

# Used when the ontology maps a pillar or relation to no Biolink term (its own mappings win).
_BIOLINK_CATEGORY_FALLBACK = {
    "Condition": "DiseaseOrPhenotypicFeature",
    "Mechanism": "BiologicalProcess",
    "AnatomicalSite": "AnatomicalEntity",
    "Treatment": "Treatment",
    "ClinicalFinding": "PhenotypicFeature",
    "OutcomeMeasurement": "ClinicalEntity",
    "Species": "OrganismTaxon",
    "SourceDocument": "Publication",
    "CitedWork": "Publication",
}
_BIOLINK_PREDICATE_FALLBACK = {
    "treats": "treats",
    "located_in": "disease_has_location",
    "associated_with": "associated_with",
    "has_subtype": "superclass_of",
    "has_mechanism": "disease_has_basis_in",
    "has_feature": "has_phenotype",
    "has_adverse_effect": "has_adverse_event",
    "has_outcome": "related_to",
    "mechanism_of_action": "affects",
    "indicated_when": "related_to",
}
_MAPPING_PREDICATES = (  # strongest first
    vocab.SKOS + "exactMatch",
    vocab.OWL + "equivalentClass",
    vocab.OWL + "equivalentProperty",
    vocab.BIOLINK + "category",
    vocab.SKOS + "closeMatch",
    vocab.RDFS + "subClassOf",
    vocab.RDFS + "subPropertyOf",
    vocab.SKOS + "broadMatch",
    vocab.SKOS + "narrowMatch",
)


def curie(iri: str) -> str:
    """A compact IRI under the export prefixes (``cckg:Diltiazem``); the IRI if none fits."""
    for name, ns in sorted(EXPORT_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{name}:{iri[len(ns) :]}"
    return iri


class _Index:
    """Subject → predicate → objects, over a set of triples."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.sp: dict[ox.Term, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.sp[t.subject][t.predicate.value].append(t.object)

    def values(self, s: ox.Term, p: str) -> list[ox.Term]:
        node = self.sp.get(s)
        return list(node.get(p, ())) if node else []

    def first(self, s: ox.Term, p: str) -> ox.Term | None:
        vals = self.values(s, p)
        return vals[0] if vals else None


def _label(index: _Index, node: ox.Term) -> str:
    labels = [v for v in index.values(node, vocab.RDFS + "label") if isinstance(v, ox.Literal)]
    english = [v for v in labels if (v.language or "en").startswith("en")]
    return sorted(v.value for v in (english or labels))[0] if labels else ""


def kgx_tables(
    parts: GraphParts, *, inferred: bool = True
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """KGX node and edge records: Biolink categories and predicates from the ontology's mappings.

    Edges: one per (subject, relation, object, negated, species) the documents assert, with
    their publications and sentences; the ontology's subclass axioms between domain terms and
    relation triples; and (with ``inferred``) the relation triples the reasoner inferred.
    """
    onto = _Index(parts.ontology + (parts.inferred if inferred else ()))
    data = _Index(parts.data)
    everything = _Index(parts.ontology + parts.data + (parts.inferred if inferred else ()))
    asserted_onto = _Index(parts.ontology)

    def mapped(node: ox.Term) -> str | None:
        for p in _MAPPING_PREDICATES:
            for o in asserted_onto.values(node, p):
                if isinstance(o, ox.NamedNode) and o.value.startswith(vocab.BIOLINK):
                    return curie(o.value)
        return None

    parents: dict[ox.Term, list[ox.Term]] = defaultdict(list)
    for t in parts.ontology + (parts.inferred if inferred else ()):
        if t.predicate == _RDFS_SUBCLASS and isinstance(t.object, ox.NamedNode):
            parents[t.subject].append(t.object)

    def pillar_and_category(node: ox.Term) -> tuple[str | None, str | None]:
        # Breadth-first up the taxonomy: the nearest Biolink mapping wins; the pillar: the kind.
        seen, frontier, category, pillar = {node}, [node], None, None
        while frontier:
            nxt: list[ox.Term] = []
            for n in frontier:
                if category is None:
                    category = mapped(n)
                if (
                    isinstance(n, ox.NamedNode)
                    and vocab.local_name(n.value) in PILLARS
                    and pillar is None
                ):
                    pillar = vocab.local_name(n.value)
                for parent in parents.get(n, ()):
                    if parent not in seen:
                        seen.add(parent)
                        nxt.append(parent)
            frontier = sorted(nxt, key=_term_key)
        if category is None and pillar is not None:
            category = "biolink:" + _BIOLINK_CATEGORY_FALLBACK[pillar]
        return pillar, category

    nodes: dict[str, dict[str, str]] = {}

    def add_node(node: ox.Term) -> str:
        ident = curie(node.value) if isinstance(node, ox.NamedNode) else str(node)
        if ident in nodes:
            return ident
        source = everything
        category = None
        if isinstance(node, ox.NamedNode):
            _, category = pillar_and_category(node)
            if category is None:
                for cls in source.values(node, RDF_TYPE.value):
                    local = vocab.local_name(cls.value) if isinstance(cls, ox.NamedNode) else ""
                    if local in _BIOLINK_CATEGORY_FALLBACK:
                        category = mapped(cls) or "biolink:" + _BIOLINK_CATEGORY_FALLBACK[local]
                        break
        nodes[ident] = {
            "id": ident,
            "category": category or "biolink:NamedThing",
            "name": _label(source, node),
            "description": _text(source.first(node, vocab.SKOS + "definition")),
            "xref": _join(v.value for v in onto.values(node, vocab.OBOINOWL + "hasDbXref")),
            "synonym": _join(v.value for v in onto.values(node, vocab.SKOS + "altLabel")),
            "iri": node.value if isinstance(node, ox.NamedNode) else "",
            "provided_by": INFORES,
        }
        return ident

    # Every domain term of the ontology is a node, whether or not a document mentions it.
    for subject in sorted(onto.sp, key=_term_key):
        if (
            isinstance(subject, ox.NamedNode)
            and subject.value.startswith(vocab.CCKG)
            and vocab.local_name(subject.value) not in PILLARS
            and pillar_and_category(subject)[0] is not None
        ):
            add_node(subject)

    edges: dict[str, dict[str, str]] = {}

    def predicate_for(p: ox.NamedNode) -> str:
        return mapped(p) or "biolink:" + _BIOLINK_PREDICATE_FALLBACK.get(
            vocab.local_name(p.value), "related_to"
        )

    def add_edge(
        s: ox.Term,
        p: ox.NamedNode,
        o: ox.Term,
        *,
        negated: bool,
        level: str,
        agent: str,
        species: str = "",
        publications: Iterable[str] = (),
        texts: Iterable[str] = (),
        biolink_predicate: str | None = None,
    ) -> None:
        key = vocab.digest(s, p, o, negated, species)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {
                "id": f"urn:cckg:edge:{key}",
                "subject": add_node(s),
                "predicate": biolink_predicate or predicate_for(p),
                "object": add_node(o),
                "original_predicate": curie(p.value),
                "category": "biolink:Association",
                "negated": "True" if negated else "False",
                "knowledge_level": level,
                "agent_type": agent,
                "primary_knowledge_source": INFORES,
                "publications": "",
                "supporting_text": "",
                "species_context_qualifier": species,
            }
        edge["publications"] = _join([*_split(edge["publications"]), *publications])
        edge["supporting_text"] = _join([*_split(edge["supporting_text"]), *texts])

    relations = {vocab.term(r) for r in vocab.RELATIONS}
    for subject in sorted(data.sp, key=_term_key):
        if _ASSERTION not in data.values(subject, RDF_TYPE.value):
            continue
        s, p, o = (data.first(subject, vocab.RDF + x) for x in ("subject", "predicate", "object"))
        if s is None or not isinstance(p, ox.NamedNode) or o is None:
            continue
        species = data.first(subject, _SPECIES.value)
        pubs = [_publication(data, d) for d in data.values(subject, _DOCUMENT.value)]
        pubs += [_publication(data, w) for w in data.values(subject, _CITED_WORK.value)]
        texts = [
            _text(data.first(sent, vocab.OA + "exact"))
            for sent in data.values(subject, _SENTENCE.value)
        ]
        add_edge(
            s,
            p,
            o,
            negated=data.first(subject, _POLARITY.value) == _NEG,
            level="knowledge_assertion",
            agent="text_mining_agent",
            species=curie(species.value) if isinstance(species, ox.NamedNode) else "",
            publications=pubs,
            texts=texts,
        )
    for t in sorted(parts.ontology, key=_triple_key):
        if not isinstance(t.subject, ox.NamedNode) or not isinstance(t.object, ox.NamedNode):
            continue
        if (
            t.predicate == _RDFS_SUBCLASS
            and curie(t.subject.value) in nodes
            and curie(t.object.value) in nodes
        ):
            add_edge(
                t.subject,
                t.predicate,
                t.object,
                negated=False,
                level="knowledge_assertion",
                agent="manual_agent",
                biolink_predicate="biolink:subclass_of",
            )
        elif t.predicate.value in relations and curie(t.subject.value) in nodes:
            add_edge(
                t.subject,
                t.predicate,
                t.object,
                negated=False,
                level="knowledge_assertion",
                agent="manual_agent",
            )
    if inferred:
        asserted = set(parts.data) | set(parts.ontology)
        for t in sorted(parts.inferred, key=_triple_key):
            if t.predicate.value in relations and t not in asserted:
                add_edge(
                    t.subject,
                    t.predicate,
                    t.object,
                    negated=False,
                    level="logical_entailment",
                    agent="automated_agent",
                )

    node_rows = [nodes[k] for k in sorted(nodes)]
    edge_rows = sorted(
        edges.values(), key=lambda e: (e["subject"], e["predicate"], e["object"], e["id"])
    )
    return node_rows, edge_rows


def _publication(data: _Index, work: ox.Term) -> str:
    """A publication CURIE for a document or cited work: PMID, else DOI, else its URL or IRI."""
    pmid = data.first(work, vocab.BIBO + "pmid")
    if isinstance(pmid, ox.Literal):
        return f"PMID:{pmid.value}"
    doi = data.first(work, vocab.BIBO + "doi")
    if isinstance(doi, ox.Literal):
        return f"doi:{doi.value}"
    url = data.first(work, vocab.DCTERMS + "source")
    if isinstance(url, ox.NamedNode):
        return url.value
    return curie(work.value) if isinstance(work, ox.NamedNode) else str(work)


def _text(term: ox.Term | None) -> str:
    return term.value if isinstance(term, ox.Literal) else ""


def _clean(value: str) -> str:
    # KGX TSV: one record per line, "|" separates the values of a multivalued field.
    return " ".join(value.split()).replace("|", "¦")


def _join(values: Iterable[str]) -> str:
    return "|".join(sorted({_clean(v) for v in values if v}))


def _split(value: str) -> list[str]:
    return value.split("|") if value else []


def write_tsv(rows: Sequence[dict[str, str]], columns: Sequence[str], output: IO[bytes]) -> None:
    """Rows as TSV with a header (csv quoting, as pandas and KGX read it)."""
    text = io.StringIO()
    writer = csv.DictWriter(
        text, fieldnames=list(columns), delimiter="\t", lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(rows)
    output.write(text.getvalue().encode("utf-8"))


# --- atomic output -----------------------------------------------------------------------------


class AtomicOutputs:
    """Stage several files as temporaries in their target directories; replace all on success.

    A failure before :meth:`commit` removes the temporaries and leaves every target untouched.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    @contextlib.contextmanager
    def open(self, path: Path) -> Iterator[IO[bytes]]:
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp_path = Path(tmp)
        self._staged.append((tmp_path, path))
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes 0600; give the file normal permissions

    def commit(self) -> None:
        for tmp, target in self._staged:
            os.replace(tmp, target)
        self._staged.clear()

    def discard(self) -> None:
        for tmp, _ in self._staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self._staged.clear()

    def __enter__(self) -> AtomicOutputs:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def atomic_write(path: Path | str, write: Callable[[IO[bytes]], object]) -> None:
    """Write one file atomically: ``write(fh)`` into a temporary beside it, then os.replace."""
    with AtomicOutputs() as outputs, outputs.open(Path(path)) as fh:
        write(fh)


# --- the export --------------------------------------------------------------------------------


def sidecar_paths(path: Path) -> tuple[Path, Path, Path]:
    """The VoID and KGX files written beside an export: ``STEM.void.ttl``, ``STEM.kgx_*.tsv``."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return (
        path.with_name(f"{stem}.void.ttl"),
        path.with_name(f"{stem}.kgx_nodes.tsv"),
        path.with_name(f"{stem}.kgx_edges.tsv"),
    )


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote."""

    format: ExportFormat
    path: Path | None
    triples: int
    graphs: int
    sidecars: tuple[Path, ...] = ()
    bytes: int = 0


def export(
    fmt: ExportFormat | str,
    output: Path | str | None = None,
    *,
    graph: Path | str | None = None,
    ontology: Path | str | None = None,
    inferred: bool = True,
    with_data: bool = False,
    sparql_endpoint: str | None = None,
    stream: IO[bytes] | None = None,
) -> ExportReport:
    """Export the built graph (default: the bundled corpus) in ``fmt``.

    With ``output``, also writes the VoID description and the KGX node/edge tables beside it;
    all files are replaced atomically together. Without, the export goes to ``stream``
    (default: stdout) and nothing else is written.

    :raises InputError: when an input file is missing or not parseable.
    :raises CckgError: when the output cannot be written (the previous files stay as they were).
    """
    fmt = fmt if isinstance(fmt, ExportFormat) else ExportFormat.from_name(fmt)
    parts = read_parts(graph, ontology=ontology, inferred=inferred)
    n_graphs = len(partition(parts, inferred=inferred)) if fmt.is_dataset else 1
    if output is None:
        target = stream if stream is not None else sys.stdout.buffer
        triples = serialize(parts, fmt, target, inferred=inferred, with_data=with_data)
        target.flush()
        return ExportReport(fmt, None, triples, n_graphs)

    path = Path(output)
    if not path.parent.is_dir():
        raise CckgError(f"{path}: directory {path.parent} does not exist")
    void_path, nodes_path, edges_path = sidecar_paths(path)
    try:
        with AtomicOutputs() as outputs:
            with outputs.open(path) as fh:
                n = serialize(parts, fmt, fh, inferred=inferred, with_data=with_data)
            content = (
                parts.ontology
                if fmt is ExportFormat.OWL and not with_data
                else parts.union(inferred=inferred)
            )
            graphs = partition(parts, inferred=inferred) if fmt.is_dataset else None
            description = void_description(
                content, parts, fmt, graphs=graphs, sparql_endpoint=sparql_endpoint
            )
            with outputs.open(void_path) as fh:
                fh.write(b"# VoID/DCAT description of the cckg export beside this file.\n")
                fh.write(turtle_bytes(sorted(description, key=_triple_key)))
            node_rows, edge_rows = kgx_tables(parts, inferred=inferred)
            with outputs.open(nodes_path) as fh:
                write_tsv(node_rows, KGX_NODE_COLUMNS, fh)
            with outputs.open(edges_path) as fh:
                write_tsv(edge_rows, KGX_EDGE_COLUMNS, fh)
    except OSError as exc:
        raise CckgError(f"{path}: cannot write the export: {exc.strerror or exc}") from None
    except ValueError as exc:  # a triple the format cannot express (e.g. RDF/XML predicates)
        raise CckgError(f"{path}: cannot write {fmt.label}: {exc}") from None
    return ExportReport(
        fmt, path, n, n_graphs, (void_path, nodes_path, edges_path), path.stat().st_size
    )
