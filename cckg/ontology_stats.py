"""Counts over the ontology: terms per pillar, classes, properties, individuals, cross-references.

This is the ontology part of ``cckg stats``. Graph statistics (entities per class, facts per
relation and per document; DESIGN §6 question 15) belong in their own module, returning the same
shape — ``dict[str, int]`` per section — so the CLI can print both side by side.

>>> counts = ontology_counts()
>>> counts["Condition"] >= 45 and counts["xrefs"] > 0
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from cckg import resources, vocab
from cckg.errors import InputError

PILLARS: tuple[str, ...] = (
    "Condition",
    "Treatment",
    "AnatomicalSite",
    "ClinicalFinding",
    "Mechanism",
)

_TYPE = vocab.RDF + "type"
_SUBCLASS = vocab.RDFS + "subClassOf"
_EQUIVALENT = vocab.OWL + "equivalentClass"
_XREF = vocab.OBOINOWL + "hasDbXref"
_MAPPINGS = {
    vocab.SKOS + m
    for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")
}
_DECLARATIONS = {
    vocab.OWL + "Class": "classes",
    vocab.OWL + "ObjectProperty": "object_properties",
    vocab.OWL + "DatatypeProperty": "datatype_properties",
    vocab.OWL + "NamedIndividual": "individuals",
}


def _read(path: Path) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) as strings; blank nodes keep their ids, literals their value."""
    try:
        return [
            (t.subject.value, t.predicate.value, t.object.value)
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        ]
    except (OSError, SyntaxError) as exc:
        raise InputError(str(path), f"cannot read the ontology: {exc}") from exc


def ontology_counts(path: Path | None = None) -> dict[str, int]:
    """Counts of the ontology's own terms (default: the bundled ``ontology/cckg.ttl``).

    Keys, in order: one per pillar (classes below it through asserted ``rdfs:subClassOf``,
    the pillar itself excluded), then ``classes``, ``defined_classes``, ``object_properties``,
    ``datatype_properties``, ``individuals`` (cckg terms only), ``xrefs`` (``oboInOwl:hasDbXref``
    values) and ``mappings`` (SKOS mapping links).

    :raises InputError: when the file is missing or is not valid Turtle.
    """
    triples = _read(path or resources.ontology_file())
    ours = {
        s for s, p, o in triples if p == _TYPE and s.startswith(vocab.CCKG) and o in _DECLARATIONS
    }
    parents: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == _SUBCLASS and s in ours and o.startswith(vocab.CCKG):
            parents.setdefault(s, set()).add(o)

    def ancestors(cls: str) -> set[str]:
        seen: set[str] = set()
        stack = list(parents.get(cls, ()))
        while stack:
            c = stack.pop()
            if c not in seen:
                seen.add(c)
                stack.extend(parents.get(c, ()))
        return seen

    declared: dict[str, set[str]] = {kind: set() for kind in _DECLARATIONS.values()}
    for s, p, o in triples:
        if p == _TYPE and s in ours and o in _DECLARATIONS:
            declared[_DECLARATIONS[o]].add(s)

    counts: dict[str, int] = {}
    for pillar in PILLARS:
        iri = vocab.term(pillar)
        counts[pillar] = sum(1 for c in declared["classes"] if iri in ancestors(c))
    counts["classes"] = len(declared["classes"])
    counts["defined_classes"] = len({s for s, p, _ in triples if p == _EQUIVALENT and s in ours})
    counts["object_properties"] = len(declared["object_properties"])
    counts["datatype_properties"] = len(declared["datatype_properties"])
    counts["individuals"] = len(declared["individuals"])
    counts["xrefs"] = sum(1 for s, p, _ in triples if p == _XREF and s in ours)
    counts["mappings"] = sum(1 for s, p, _ in triples if p in _MAPPINGS and s in ours)
    return counts


def format_sections(sections: Mapping[str, Mapping[str, int]], fmt: str = "table") -> str:
    """Render ``{section: {name: count}}`` as an aligned table, TSV or JSON."""
    if fmt == "json":
        return json.dumps(sections, indent=2)
    if fmt == "tsv":
        rows = ["section\tname\tcount"]
        rows += [
            f"{sec}\t{name}\t{n}" for sec, counts in sections.items() for name, n in counts.items()
        ]
        return "\n".join(rows)
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}")
    width = max((len(name) for counts in sections.values() for name in counts), default=0)
    lines: list[str] = []
    for sec, counts in sections.items():
        lines.append(sec)
        lines += [f"  {name:<{width}}  {n:>6}" for name, n in counts.items()]
    return "\n".join(lines)
