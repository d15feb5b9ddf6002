"""HermiT: the ontology is consistent and coherent, misfiled terms are unsatisfiable, and the
"calcinosis cutis in disease X" classes are classified by the reasoner, not by assertion.

Two session-scoped HermiT runs (through owlready2), both marked ``reasoner``:

- ``hermit_full``: the whole ontology plus a few deliberately misfiled probe classes. It shows
  that the ontology is consistent and that filing a term under two disjoint classes (e.g. two
  pillars) makes that term unsatisfiable.
- ``hermit_tbox``: the ontology without its punned class-level fact triples, for classification.
  owlready2 (checked with 0.51) misapplies HermiT's results to an IRI that is both a class and an
  individual: HermiT prints ``Type(C, X)`` lines for the punned individual, and owlready2 then
  files *all* of C's inferred superclasses as ``C rdf:type X`` instead of ``C rdfs:subClassOf X``.
  The punned triples add nothing to the class taxonomy, so leaving them out of this run is safe.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace, URIRef

pytestmark = pytest.mark.reasoner

CCKG = Namespace("https://w3id.org/cckg/ontology/")

# Misfiled probe classes added to the full run: each must come out unsatisfiable.
PROBE_NS = "urn:cckg-test:probe:"
PROBES: dict[str, tuple[str, ...]] = {
    "ConditionAndTreatment": ("Condition", "Treatment"),
    "MechanismAndAnatomicalSite": ("Mechanism", "AnatomicalSite"),
    "FindingAndCondition": ("ClinicalFinding", "Condition"),
    "TreatmentAndFinding": ("Treatment", "ClinicalFinding"),
    "TopicalAndIntralesional": ("TopicalTherapy", "IntralesionalTherapy"),
    "NormalAndAbnormalSerum": (
        "NormalSerumCalciumAndPhosphate",
        "AbnormalCalciumPhosphateMetabolism",
    ),
    "AssertionAndCondition": ("Assertion", "Condition"),
    "SpeciesAndSite": ("Dog", "AnatomicalSite"),
}


@dataclass
class HermitRun:
    """Outcome of one HermiT run through owlready2."""

    world: object = None
    error: BaseException | None = None
    unsatisfiable: set[str] = field(default_factory=set)

    def ancestors(self, name: str) -> set[str]:
        cls = self.world[str(CCKG[name])]
        assert cls is not None, f"{name} not loaded in owlready2"
        return {c.iri for c in cls.ancestors() if hasattr(c, "iri")}


def _run_hermit(g: rdflib.Graph, path: Path) -> HermitRun:
    from owlready2 import OwlReadyError, World, sync_reasoner_hermit

    g.serialize(path, format="xml")  # owlready2 reads RDF/XML or N-Triples, not Turtle
    run = HermitRun(world=World())
    run.world.get_ontology(path.as_uri()).load()
    try:
        sync_reasoner_hermit(run.world, infer_property_values=False, debug=0)
    except OwlReadyError as exc:  # inconsistent ontology, or Java failing
        run.error = exc
        return run
    run.unsatisfiable = {
        c.iri for c in run.world.inconsistent_classes() if c.iri != str(OWL.Nothing)
    }
    return run


@pytest.fixture(scope="session")
def hermit_full(graph: rdflib.Graph, tmp_path_factory: pytest.TempPathFactory) -> HermitRun:
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java")
    g = rdflib.Graph()
    for triple in graph:
        g.add(triple)
    for probe, parents in PROBES.items():
        iri = URIRef(PROBE_NS + probe)
        g.add((iri, RDF.type, OWL.Class))
        for parent in parents:
            g.add((iri, RDFS.subClassOf, CCKG[parent]))
    return _run_hermit(g, tmp_path_factory.mktemp("hermit") / "full.owl")


@pytest.fixture(scope="session")
def hermit_tbox(
    graph: rdflib.Graph, cckg_classes: set[URIRef], tmp_path_factory: pytest.TempPathFactory
) -> HermitRun:
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java")
    object_properties = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    g = rdflib.Graph()
    for s, p, o in graph:
        punned_fact = s in cckg_classes and (
            p in object_properties or (p == RDF.type and o in cckg_classes)
        )
        if not punned_fact:
            g.add((s, p, o))
    run = _run_hermit(g, tmp_path_factory.mktemp("hermit") / "tbox.owl")
    if run.error is not None:
        pytest.fail(f"HermiT failed on the class axioms: {run.error}")
    return run


def test_consistent(hermit_full: HermitRun) -> None:
    assert hermit_full.error is None, f"HermiT: {hermit_full.error}"


def test_no_unsatisfiable_ontology_class(hermit_full: HermitRun) -> None:
    assert hermit_full.error is None
    assert {iri for iri in hermit_full.unsatisfiable if not iri.startswith(PROBE_NS)} == set()


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_misfiled_term_is_unsatisfiable(hermit_full: HermitRun, probe: str) -> None:
    assert hermit_full.error is None
    assert PROBE_NS + probe in hermit_full.unsatisfiable


# (subclass, superclass) pairs that hold only after reasoning: none is asserted in the ontology.
INFERRED = [
    ("CalcinosisCutisInSystemicSclerosis", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInSystemicSclerosis", "CalcinosisCutisInConnectiveTissueDisease"),
    ("CalcinosisCutisInSystemicSclerosis", "CalcinosisCutisInAutoimmuneConnectiveTissueDisease"),
    ("CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "CalcinosisCutisInSystemicSclerosis"),
    ("CalcinosisCutisInCRESTSyndrome", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis"),
    ("CalcinosisCutisInCRESTSyndrome", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInJuvenileDermatomyositis", "CalcinosisCutisInDermatomyositis"),
    ("CalcinosisCutisInDermatomyositis", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInSystemicLupusErythematosus", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInLupusPanniculitis", "CalcinosisCutisInConnectiveTissueDisease"),
    ("CalcinosisCutisInMixedConnectiveTissueDisease", "DystrophicCalcinosisCutis"),
]

# Roll-ups to the top of the tree, after reasoning (asserted or not).
ROLL_UPS = [
    ("CalcinosisCutisInSystemicSclerosis", "CalcinosisCutis"),
    ("CalcinosisCutisInSystemicSclerosis", "Condition"),
    ("CalcinosisCutisInChronicKidneyDisease", "MetastaticCalcinosisCutis"),
    ("CRESTSyndrome", "ConnectiveTissueDisease"),
    ("Diltiazem", "Treatment"),
]


@pytest.mark.parametrize(("sub", "sup"), INFERRED, ids=[f"{a}<{b}" for a, b in INFERRED])
def test_inferred_subclass(
    hermit_tbox: HermitRun, asserted_ancestors: Callable[[URIRef], set[URIRef]], sub: str, sup: str
) -> None:
    assert CCKG[sup] not in asserted_ancestors(CCKG[sub]), "must be inferred, not asserted"
    assert str(CCKG[sup]) in hermit_tbox.ancestors(sub)


@pytest.mark.parametrize(("sub", "sup"), ROLL_UPS, ids=[f"{a}<{b}" for a, b in ROLL_UPS])
def test_roll_up_after_reasoning(hermit_tbox: HermitRun, sub: str, sup: str) -> None:
    assert str(CCKG[sup]) in hermit_tbox.ancestors(sub)


NOT_INFERRED = [
    ("CalcinosisCutisInChronicKidneyDisease", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInConnectiveTissueDisease", "CalcinosisCutisInSystemicSclerosis"),
    ("CalcinosisCutisInDermatomyositis", "CalcinosisCutisInJuvenileDermatomyositis"),
    ("CalcinosisCutisInSystemicSclerosis", "MetastaticCalcinosisCutis"),
]


@pytest.mark.parametrize(("sub", "sup"), NOT_INFERRED, ids=[f"{a}!<{b}" for a, b in NOT_INFERRED])
def test_no_spurious_classification(hermit_tbox: HermitRun, sub: str, sup: str) -> None:
    assert str(CCKG[sup]) not in hermit_tbox.ancestors(sub)
