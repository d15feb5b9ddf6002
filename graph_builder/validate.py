"""Validation: reasoner consistency (HermiT) and SHACL shapes (pySHACL) over a built graph.

The data graph for SHACL is the built data plus what the reasoner infers; the ontology is given
to pySHACL as ``ont_graph`` so labels, the taxonomy and genres are visible to the shapes. No
OWL-RL pre-inference: it makes pySHACL 10–15× slower (DESIGN §8) and the shapes walk the
taxonomy themselves.

>>> report = validate("tests/fixtures/reason/data.ttl",
...                   ontology="tests/fixtures/reason/ontology.ttl")  # doctest: +SKIP
>>> report.conforms                                                   # doctest: +SKIP
True
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cckg import resources, vocab
from cckg.errors import InputError, ValidationFailed

if TYPE_CHECKING:
    import rdflib

SHAPES = vocab.SHAPES
_PREFIXES = {**vocab.PREFIXES, "sh": vocab.SH}
# Longest namespace first, so cckgd: wins over a shorter prefix of it.
_BY_LENGTH = sorted(_PREFIXES.items(), key=lambda kv: -len(kv[1]))
_SAFE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def short(iri: str) -> str:
    """A prefixed name for an IRI in a known namespace (``cckg:Hand``), else the IRI."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and _SAFE_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def display(iri: str) -> str:
    """Compact form for people: prefixed if possible, ``cckgd:doc/x/assertion/…`` for data."""
    shortened = short(iri)
    if shortened != iri:
        return shortened
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _shorten_text(text: str) -> str:
    """Replace full IRIs in a message with prefixed names."""
    return re.sub(r"<?(https?://[^\s>'\"]+)>?", lambda m: display(m.group(1)), text)


@dataclass(frozen=True)
class ValidationResult:
    """One problem: which node, which rule, what is wrong, and which document it comes from."""

    focus: str
    rule: str
    message: str
    severity: str = "Violation"
    document: str | None = None
    path: str | None = None
    value: str | None = None

    def sort_key(self) -> tuple[object, ...]:
        return (
            _SEVERITY_ORDER.get(self.severity, 9),
            self.document or "",
            self.rule,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
        )


@dataclass
class ValidationReport:
    """What ``cckg validate`` found. ``conforms`` is false on any violation (warnings allowed)."""

    graph: str
    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    reasoned: bool = False
    #: True/False from HermiT; None when the reasoner was not run.
    consistent: bool | None = None
    consistency_message: str | None = None
    unsatisfiable: list[str] = field(default_factory=list)
    inferred_triples: int = 0

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]

    def raise_for_results(self) -> None:
        """Raise :class:`ValidationFailed` (exit code 1) when the graph does not conform."""
        if not self.conforms:
            first = self.violations[0] if self.violations else None
            detail = f": {short(first.focus)}: {first.message}" if first else ""
            raise ValidationFailed(
                f"{self.graph}: {len(self.violations)} violation(s){detail}"
            )

    def summary(self) -> str:
        if self.reasoned:
            if self.consistent:
                n = len(self.unsatisfiable)
                reasoner = f"consistent, {n} unsatisfiable class{'es' if n != 1 else ''}"
            else:
                reasoner = "INCONSISTENT"
        else:
            reasoner = "not run"
        verdict = "conforms" if self.conforms else "does NOT conform"
        return (
            f"{self.graph}: {verdict} — {len(self.violations)} violation(s), "
            f"{len(self.warnings)} warning(s); reasoner: {reasoner}"
        )

    def render(self) -> str:
        """A readable text report: one block per problem, violations first."""
        lines = [self.summary()]
        for r in self.results:
            lines.append("")
            lines.append(f"{r.severity.upper()}  {r.rule}")
            lines.append(f"  node:     {display(r.focus)}")
            if r.document:
                lines.append(f"  document: {r.document}")
            where = [f"path: {display(r.path)}"] if r.path else []
            if r.value and r.value != r.focus:
                where.append(f"value: {display(r.value)}")
            if where:
                lines.append("  " + "   ".join(where))
            lines.append(f"  {r.message}")
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["violations"] = len(self.violations)
        data["warnings"] = len(self.warnings)
        return data

    def to_json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# Loading


def _load(path: Path, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    """Parse an RDF file into ``graph`` (named graphs merged), with a clear error."""
    import rdflib
    from rdflib.util import guess_format

    fmt = guess_format(str(path)) or ("json-ld" if path.suffix == ".jsonld" else None)
    if fmt is None:
        raise InputError(str(path), "unknown RDF format (use .ttl, .nt, .nq, .trig, .rdf, .jsonld)")
    if graph is None:
        graph = rdflib.Graph()
    try:
        if fmt in ("nquads", "trig"):
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(path, format=fmt)
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(str(path), f"not valid RDF ({fmt}): {exc}") from None
    return graph


def _documents_of(
    data: rdflib.Graph, focus: rdflib.term.Node, path: str | None, value: str | None
) -> str | None:
    """The identifier(s) of the document a focus node comes from, if it has one."""
    import rdflib

    DCT, CCKG, RDF = rdflib.Namespace(vocab.DCTERMS), rdflib.Namespace(vocab.CCKG), rdflib.RDF
    ids: set[str] = set()
    ids.update(str(i) for i in data.objects(focus, DCT.identifier))
    for doc in data.objects(focus, CCKG.document):
        ids.update(str(i) for i in data.objects(doc, DCT.identifier))
    if not ids:  # a cited work: the documents that cite it
        for doc in data.subjects(DCT.references, focus):
            ids.update(str(i) for i in data.objects(doc, DCT.identifier))
    if not ids and isinstance(focus, rdflib.URIRef) and path and value:
        # a direct fact triple: the documents of the assertions behind it
        for a in data.subjects(RDF.subject, focus):
            if (a, RDF.predicate, rdflib.URIRef(path)) in data and (
                a, RDF.object, rdflib.URIRef(value)
            ) in data:
                for doc in data.objects(a, CCKG.document):
                    ids.update(str(i) for i in data.objects(doc, DCT.identifier))
    if not ids and isinstance(focus, rdflib.URIRef):
        # a term: the documents whose assertions use it (a few, for a curator to look at)
        for role in (RDF.subject, RDF.object):
            for a in data.subjects(role, focus):
                for doc in data.objects(a, CCKG.document):
                    ids.update(str(i) for i in data.objects(doc, DCT.identifier))
    if not ids:
        return None
    ordered = sorted(ids)
    return ", ".join(ordered[:5]) + (f" (+{len(ordered) - 5} more)" if len(ordered) > 5 else "")


def _rule_name(shape: rdflib.term.Node, constraint: rdflib.term.Node | None, component: str) -> str:
    """``cckgsh:Assertion-sentence (sh:minCount)``; a named SPARQL constraint by its own name."""
    import rdflib

    if isinstance(constraint, rdflib.URIRef):
        return short(str(constraint))
    name = short(str(shape)) if isinstance(shape, rdflib.URIRef) else "(unnamed shape)"
    comp = component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    if not comp or comp == "SPARQL":  # the shape's name says it all
        return name
    return f"{name} (sh:{comp[:1].lower() + comp[1:]})"


def _shacl_results(
    report: rdflib.Graph, data: rdflib.Graph
) -> list[ValidationResult]:
    import rdflib

    SH = rdflib.Namespace(vocab.SH)
    out: list[ValidationResult] = []
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        value = report.value(r, SH.value)
        severity = str(report.value(r, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
        shape = report.value(r, SH.sourceShape)
        constraint = report.value(r, SH.sourceConstraint)
        component = str(report.value(r, SH.sourceConstraintComponent) or "")
        messages = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        message = messages[0] if messages else "does not conform"
        path_s = str(path) if isinstance(path, rdflib.URIRef) else None
        value_s = str(value) if isinstance(value, (rdflib.URIRef, rdflib.Literal)) else None
        out.append(
            ValidationResult(
                focus=str(focus),
                rule=_rule_name(shape, constraint, component),
                message=_shorten_text(message),
                severity=severity,
                document=_documents_of(data, focus, path_s, value_s) if focus is not None else None,
                path=path_s,
                value=value_s,
            )
        )
    return out


_PATCH_LOCK = threading.Lock()


@contextlib.contextmanager
def _reuse_parsed_queries() -> Iterator[None]:
    """Parse each SHACL-SPARQL query once instead of once per focus node.

    pySHACL hands rdflib the same query text for every focus node (``$this`` goes in as an
    initial binding), and rdflib re-parses it each time: ~0.1 s of pyparsing per call, 90% of
    the validation time measured on the fixture graph. A translated query is reusable with other
    bindings (that is what ``prepareQuery`` is for), so we memoise by text while validating.
    """
    from rdflib.plugins.sparql import processor

    original_parse, original_translate = processor.parseQuery, processor.translateQuery
    cache: dict[tuple[object, ...], object] = {}

    class _Text(str):
        pass

    def parse(text: object) -> object:
        return _Text(text) if isinstance(text, str) else original_parse(text)

    def translate(parsed: object, base: str | None = None, init_ns: object = None) -> object:
        if not isinstance(parsed, _Text):
            return original_translate(parsed, base, init_ns)
        namespaces = tuple(sorted((init_ns or {}).items()))  # type: ignore[attr-defined]
        key = (str(parsed), base, namespaces)
        if key not in cache:
            cache[key] = original_translate(original_parse(str(parsed)), base, init_ns)
        return cache[key]

    with _PATCH_LOCK:
        processor.parseQuery = parse  # type: ignore[assignment]
        processor.translateQuery = translate  # type: ignore[assignment]
        try:
            yield
        finally:
            processor.parseQuery, processor.translateQuery = original_parse, original_translate


# --------------------------------------------------------------------------------------------
# Public API


def validate(
    graph_path: Path | str | None = None,
    *,
    reason: bool = True,
    ontology: Path | str | None = None,
    shapes: Path | str | None = None,
    inference: str = "none",
) -> ValidationReport:
    """Validate a built graph: HermiT consistency and unsatisfiable classes, then SHACL.

    ``graph_path`` is a built data graph (``None``: the bundled corpus, built on first use).
    With ``reason`` the reasoner checks the ontology with the data's facts and the inferred
    triples are recomputed; without it, an existing ``*.inferred.ttl`` beside the graph is used.
    ``inference`` is pySHACL's pre-inference, ``"none"`` or ``"rdfs"``.

    :raises ReasonerError: when the reasoner cannot run (e.g. no Java).
    :raises InputError: when a file is missing or not valid RDF.
    """
    import rdflib
    from cckg.graph_builder import reason as reasoner
    from pyshacl import validate as shacl_validate

    if inference not in ("none", "rdfs"):
        raise ValueError("inference must be 'none' or 'rdfs' (OWL-RL is too slow here)")
    if graph_path is None:
        from cckg.store import ensure_default_graph

        graph_path = ensure_default_graph()
    graph_path = Path(graph_path)
    ontology_path = Path(ontology) if ontology is not None else resources.ontology_file()
    shapes_path = Path(shapes) if shapes is not None else resources.shapes_file()
    for p in (graph_path, ontology_path, shapes_path):
        if not p.exists():
            raise InputError(str(p), "no such file")

    results: list[ValidationResult] = []
    consistent: bool | None = None
    consistency_message: str | None = None
    unsatisfiable: list[str] = []
    inferred: list[tuple[str, str, str]] = []

    onto_result = None
    if reason:
        try:
            onto_result = reasoner.classify(ontology_path)
            data_result = reasoner.classify(ontology_path, data=graph_path)
            consistent = True
            unsatisfiable = list(data_result.unsatisfiable)
        except reasoner.InconsistentOntologyError as exc:
            consistent = False
            consistency_message = str(exc)
            results.append(
                ValidationResult(
                    focus=vocab.ONTOLOGY_IRI if onto_result is None else str(graph_path),
                    rule="owl:consistency (HermiT)",
                    message=str(exc),
                )
            )
        for cls in unsatisfiable:
            results.append(
                ValidationResult(
                    focus=cls,
                    rule="owl:Nothing (HermiT: unsatisfiable class)",
                    message=(
                        f"{short(cls)} can have no members: it is equivalent to owl:Nothing, "
                        "usually because it falls under two disjoint classes (e.g. both a "
                        "treatment and an anatomical site). Fix its rdfs:subClassOf axioms."
                    ),
                )
            )
    # The shapes need the taxonomy as plain rdfs:subClassOf triples: HermiT's closure when the
    # reasoner ran, else the told closure (plus, below, whatever an earlier build inferred).
    classification = onto_result or reasoner.classify_told(ontology_path)
    inferred = reasoner.materialise(ontology_path, graph_path, result=classification)

    data = _load(graph_path)
    for s, p, o in inferred:
        data.add((rdflib.URIRef(s), rdflib.URIRef(p), rdflib.URIRef(o)))
    if not reason:
        inferred_file = resources.inferred_path(graph_path)
        if inferred_file.exists():
            _load(inferred_file, data)
    ont = _load(ontology_path)
    shapes_graph = _load(shapes_path)

    with _reuse_parsed_queries():
        _conforms, report_graph, _ = shacl_validate(
            data,
            shacl_graph=shapes_graph,
            ont_graph=ont,
            inference=inference,
            abort_on_first=False,
            # SHACL-AF SPARQL targets: each assertion meets only its own relation's shape.
            advanced=True,
            allow_warnings=True,
            allow_infos=True,
        )
    if not isinstance(report_graph, rdflib.Graph):  # pySHACL refused the shapes themselves
        raise InputError(str(shapes_path), f"SHACL shapes not usable: {report_graph}")
    # Documents are looked up in the data alone: the ontology carries no cckg:document links.
    results.extend(_shacl_results(report_graph, data))
    results.sort(key=ValidationResult.sort_key)
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(
        graph=str(graph_path),
        conforms=conforms,
        results=results,
        reasoned=reason,
        consistent=consistent,
        consistency_message=consistency_message,
        unsatisfiable=unsatisfiable,
        inferred_triples=len(inferred),
    )
