"""Fixtures for the ontology tests: the parsed ontology, its classes, and the crosswalk.

The HermiT runs live in test_reasoning.py, their only user.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace, URIRef

from cckg import resources

CCKG = Namespace("https://w3id.org/cckg/ontology/")


@dataclass
class CrosswalkRow:
    term: str
    category: str
    curie: str
    label_in_source: str
    xrefs_stated: str
    note: str

    @property
    def match(self) -> str:
        """The match type: exact, synonym, close, broader, narrower, related, obsolete or none."""
        head = self.note.split(";", 1)[0].strip()
        assert head.startswith("match="), self.note
        return head[len("match=") :]


@pytest.fixture(scope="session")
def ontology_path() -> Path:
    return resources.ontology_file()


@pytest.fixture(scope="session")
def graph(ontology_path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path, format="turtle")


@pytest.fixture(scope="session")
def crosswalk() -> list[CrosswalkRow]:
    path = resources.ontology_dir() / "crosswalk.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        return [
            CrosswalkRow(
                r["term"],
                r["category"],
                r["curie"],
                r["label_in_source"],
                r["xrefs_stated_in_source"],
                r["note"],
            )
            for r in reader
        ]


@pytest.fixture(scope="session")
def cckg_classes(graph: rdflib.Graph) -> set[URIRef]:
    return {
        s
        for s in graph.subjects(RDF.type, OWL.Class)
        if isinstance(s, URIRef) and s.startswith(CCKG)
    }


@pytest.fixture(scope="session")
def asserted_ancestors(graph: rdflib.Graph) -> Callable[[URIRef], set[URIRef]]:
    """Named superclasses reachable by asserted rdfs:subClassOf (the walk the builder does)."""

    def ancestors(cls: URIRef) -> set[URIRef]:
        seen: set[URIRef] = set()
        stack = [cls]
        while stack:
            for parent in graph.objects(stack.pop(), RDFS.subClassOf):
                if isinstance(parent, URIRef) and parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    return ancestors
