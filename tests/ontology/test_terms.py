"""cckg/terms.py is generated from the ontology, matches it, and is a closed namespace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cckg.ontology import generate_terms
from rdflib import OWL, RDF, URIRef

from cckg import resources, terms

CCKG = "https://w3id.org/cckg/ontology/"


def test_module_matches_ontology() -> None:
    expected = generate_terms.render(resources.ontology_file())
    actual = Path(terms.__file__).read_text(encoding="utf-8")
    assert actual == expected, "stale: run python -m cckg.ontology.generate_terms"


def test_marked_generated() -> None:
    assert "GENERATED FILE, DO NOT EDIT" in Path(terms.__file__).read_text(encoding="utf-8")


def test_check_command_passes() -> None:
    assert generate_terms.main(["--check"]) == 0


def test_check_command_detects_stale(tmp_path: Path) -> None:
    stale = tmp_path / "terms.py"
    stale.write_text("# old\n", encoding="utf-8")
    assert generate_terms.main(["--check", "--output", str(stale)]) == 1
    assert generate_terms.main(["--output", str(stale)]) == 0
    assert generate_terms.main(["--check", "--output", str(stale)]) == 0


def test_names_are_the_declared_terms(graph) -> None:
    kinds = (
        OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual
    )
    declared = {
        str(s)[len(CCKG) :]
        for k in kinds
        for s in graph.subjects(RDF.type, k)
        if isinstance(s, URIRef) and s.startswith(CCKG)
    }
    assert terms.NAMES == declared


@pytest.mark.parametrize(
    "name",
    ["CalcinosisCutis", "Diltiazem", "treats", "evidenceRank", "Dog", "SystematicReview", "usualTarget"],
)
def test_attribute_gives_iri(name: str) -> None:
    assert getattr(terms.T, name) == CCKG + name
    assert terms.T[name] == CCKG + name
    assert name in terms.T


@pytest.mark.parametrize("name", ["Diltiazen", "calcinosisCutis", "Thing", "0.1.0"])
def test_unknown_name_raises(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(terms.T, name)
    with pytest.raises(KeyError):
        terms.T[name]
    assert name not in terms.T


def test_kinds() -> None:
    assert "Dog" in terms.CLASSES and "Dog" in terms.INDIVIDUALS
    assert "treats" in terms.OBJECT_PROPERTIES and "percent" in terms.DATATYPE_PROPERTIES
    assert "SystematicReview" in terms.INDIVIDUALS and "SystematicReview" not in terms.CLASSES


def test_fast_path_imports_no_rdf_library() -> None:
    code = (
        "import sys, cckg.terms; "
        "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'owlready2') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_generated_module_is_deterministic() -> None:
    path = resources.ontology_file()
    assert generate_terms.render(path) == generate_terms.render(path)
