"""The ontology parses with rdflib and pyoxigraph, loads in owlready2, and carries its metadata."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, Literal, URIRef
from rdflib.namespace import DCTERMS

ONTOLOGY = URIRef("https://w3id.org/cckg/ontology")


def _rdflib_count(path: Path) -> int:
    return len(rdflib.Graph().parse(path, format="turtle"))


def _pyoxigraph_count(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


@pytest.mark.parametrize("count", [_rdflib_count, _pyoxigraph_count], ids=["rdflib", "pyoxigraph"])
def test_parses(ontology_path: Path, count) -> None:
    assert count(ontology_path) > 2000


def test_parsers_agree(ontology_path: Path) -> None:
    assert _rdflib_count(ontology_path) == _pyoxigraph_count(ontology_path)


@pytest.mark.parametrize("fmt", ["xml", "nt"])
def test_loads_in_owlready2(graph: rdflib.Graph, tmp_path: Path, fmt: str) -> None:
    from owlready2 import World

    path = tmp_path / ("cckg.owl" if fmt == "xml" else "cckg.nt")
    graph.serialize(path, format=fmt, encoding="utf-8")
    world = World()
    world.get_ontology(path.as_uri()).load(format="rdfxml" if fmt == "xml" else "ntriples")
    cls = world["https://w3id.org/cckg/ontology/CalcinosisCutisInSystemicSclerosis"]
    assert cls is not None
    assert world["https://w3id.org/cckg/ontology/CalcinosisCutis"] in cls.is_a
    assert len(list(world.classes())) > 250
    assert world["https://w3id.org/cckg/ontology/treats"] in set(world.object_properties())


def test_header(graph: rdflib.Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in graph
    version = graph.value(ONTOLOGY, OWL.versionInfo)
    assert graph.value(ONTOLOGY, OWL.versionIRI) == URIRef(
        f"https://w3id.org/cckg/ontology/{version}"
    )
    assert graph.value(ONTOLOGY, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.creator):
        assert isinstance(graph.value(ONTOLOGY, prop), Literal), prop


def test_no_example_org(ontology_path: Path) -> None:
    assert "example.org" not in ontology_path.read_text(encoding="utf-8")


def test_every_cckg_iri_in_one_namespace(graph: rdflib.Graph) -> None:
    iris = {t for triple in graph for t in triple if isinstance(t, URIRef) and "cckg" in t}
    strays = {
        i for i in iris if not (i.startswith("https://w3id.org/cckg/ontology/") or i == ONTOLOGY)
    }
    assert not strays
