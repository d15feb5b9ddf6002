"""The asserted taxonomy: every domain term under exactly one pillar, roll-ups, defined classes."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace, URIRef
from rdflib.collection import Collection

from cckg import resources

CCKG = Namespace("https://w3id.org/cckg/ontology/")
PILLARS = {
    CCKG[p] for p in ("Condition", "Mechanism", "AnatomicalSite", "Treatment", "ClinicalFinding")
}
# Top-level classes that are no pillar's children; Species heads the species classes.
TOP = PILLARS | {
    CCKG[c]
    for c in (
        "OutcomeMeasurement",
        "SourceDocument",
        "CitedWork",
        "Assertion",
        "Sentence",
        "DocumentGenre",
        "Species",
    )
}

_GRAPH = rdflib.Graph().parse(resources.ontology_file(), format="turtle")
DOMAIN_CLASSES = sorted(
    s
    for s in _GRAPH.subjects(RDF.type, OWL.Class)
    if isinstance(s, URIRef) and s.startswith(CCKG) and s not in TOP
)


@pytest.mark.parametrize("cls", DOMAIN_CLASSES, ids=[c[len(CCKG) :] for c in DOMAIN_CLASSES])
def test_under_exactly_one_pillar(asserted_ancestors, cls: URIRef) -> None:
    heads = asserted_ancestors(cls) & (PILLARS | {CCKG.Species})
    assert len(heads) == 1, sorted(heads)


# Asserted roll-ups (rdfs:subClassOf+), the walk the builder and the stored queries do.
ROLL_UPS = [
    ("AtrialFibrillation", "CardiovascularDisease"),
    ("AnginaPectoris", "CardiovascularDisease"),
    ("PagetDiseaseOfBone", "MetabolicBoneDisease"),
    ("Osteoporosis", "MetabolicBoneDisease"),
    ("Warfarin", "Anticoagulant"),
    ("PeripheralEdema", "Swelling"),
    ("InhibitionOfHydroxyapatiteCrystalFormation", "InhibitionOfMineralization"),
    ("BCellDepletion", "Immunosuppression"),
    ("NormalSerumCalciumAndPhosphate", "NormalSerumCalcium"),
    ("CRESTSyndrome", "LimitedCutaneousSystemicSclerosis"),
    ("LimitedCutaneousSystemicSclerosis", "SystemicSclerosis"),
    ("DiffuseCutaneousSystemicSclerosis", "SystemicSclerosis"),
    ("SystemicSclerosis", "ConnectiveTissueDisease"),
    ("SystemicSclerosis", "AutoimmuneDisease"),
    ("JuvenileDermatomyositis", "Dermatomyositis"),
    ("Dermatomyositis", "ConnectiveTissueDisease"),
    ("LupusPanniculitis", "CutaneousLupusErythematosus"),
    ("SystemicLupusErythematosus", "ConnectiveTissueDisease"),
    ("MixedConnectiveTissueDisease", "ConnectiveTissueDisease"),
    ("PseudoxanthomaElasticum", "InheritedConnectiveTissueDisease"),
    ("EndStageRenalDisease", "ChronicKidneyDisease"),
    ("ChronicRenalFailure", "ChronicKidneyDisease"),
    ("PrimaryHyperparathyroidism", "Hyperparathyroidism"),
    ("HumoralHypercalcemiaOfMalignancy", "Hypercalcemia"),
    ("PagetDiseaseOfBone", "DestructiveBoneDisease"),
    ("DystrophicCalcinosisCutis", "CalcinosisCutis"),
    ("MetastaticCalcinosisCutis", "CalcinosisCutis"),
    ("IdiopathicCalcinosisCutis", "CalcinosisCutis"),
    ("IatrogenicCalcinosisCutis", "CalcinosisCutis"),
    ("TraumaticCalcinosisCutis", "CalcinosisCutis"),
    ("Calciphylaxis", "CalcinosisCutis"),
    ("IdiopathicScrotalCalcinosis", "IdiopathicCalcinosisCutis"),
    ("SubepidermalCalcifiedNodule", "IdiopathicCalcinosisCutis"),
    ("CalcinosisCutis", "Calcinosis"),
    ("CalcinosisCutisInConnectiveTissueDisease", "DystrophicCalcinosisCutis"),
    ("CalcinosisCutisInChronicKidneyDisease", "MetastaticCalcinosisCutis"),
    ("Diltiazem", "CalciumChannelBlocker"),
    ("CalciumChannelBlocker", "Drug"),
    ("Drug", "Treatment"),
    ("CO2Laser", "LaserTherapy"),
    ("LaserTherapy", "Procedure"),
    ("Procedure", "Treatment"),
    ("TopicalSodiumThiosulfate", "SodiumThiosulfate"),
    ("IntralesionalSodiumThiosulfate", "SodiumThiosulfate"),
    ("IntravenousSodiumThiosulfate", "SodiumThiosulfate"),
    ("TopicalSodiumThiosulfate", "TopicalTherapy"),
    ("IntralesionalCorticosteroid", "Corticosteroid"),
    ("SodiumEtidronate", "Bisphosphonate"),
    ("AluminumHydroxide", "PhosphateBinder"),
    ("Sevelamer", "PhosphateBinder"),
    ("Infliximab", "BiologicAgent"),
    ("SurgicalExcision", "Surgery"),
    ("Parathyroidectomy", "Procedure"),
    ("NormalSerumCalciumAndPhosphate", "SerumMineralStatus"),
    ("AbnormalCalciumPhosphateMetabolism", "SerumMineralStatus"),
    ("SerumMineralStatus", "Mechanism"),
    ("Hydroxyapatite", "CalciumPhosphate"),
    ("ForeignBodyReaction", "InflammatoryResponse"),
    ("SubcutaneousNodule", "SkinNodule"),
    ("CutaneousGangrene", "Gangrene"),
    ("DigitalUlcer", "SkinUlcer"),
    ("UpperLimb", "Limb"),
    ("SubcutaneousTissue", "SoftTissue"),
]


@pytest.mark.parametrize(("sub", "sup"), ROLL_UPS, ids=[f"{a}<{b}" for a, b in ROLL_UPS])
def test_asserted_roll_up(asserted_ancestors, sub: str, sup: str) -> None:
    assert CCKG[sup] in asserted_ancestors(CCKG[sub])


DEFINED = {
    "CalcinosisCutisInSystemicSclerosis": "SystemicSclerosis",
    "CalcinosisCutisInLimitedCutaneousSystemicSclerosis": "LimitedCutaneousSystemicSclerosis",
    "CalcinosisCutisInCRESTSyndrome": "CRESTSyndrome",
    "CalcinosisCutisInDermatomyositis": "Dermatomyositis",
    "CalcinosisCutisInJuvenileDermatomyositis": "JuvenileDermatomyositis",
    "CalcinosisCutisInSystemicLupusErythematosus": "SystemicLupusErythematosus",
    "CalcinosisCutisInLupusPanniculitis": "LupusPanniculitis",
    "CalcinosisCutisInConnectiveTissueDisease": "ConnectiveTissueDisease",
    "CalcinosisCutisInAutoimmuneConnectiveTissueDisease": "AutoimmuneConnectiveTissueDisease",
    "CalcinosisCutisInMixedConnectiveTissueDisease": "MixedConnectiveTissueDisease",
    "CalcinosisCutisInChronicKidneyDisease": "ChronicKidneyDisease",
}


@pytest.mark.parametrize(("name", "disease"), sorted(DEFINED.items()))
def test_defined_class(graph: rdflib.Graph, name: str, disease: str) -> None:
    cls = CCKG[name]
    equivalents = list(graph.objects(cls, OWL.equivalentClass))
    assert len(equivalents) == 1
    members = list(Collection(graph, graph.value(equivalents[0], OWL.intersectionOf)))
    assert members[0] == CCKG.CalcinosisCutis and len(members) == 2
    restriction = members[1]
    assert graph.value(restriction, OWL.onProperty) == CCKG.associated_with
    assert graph.value(restriction, OWL.someValuesFrom) == CCKG[disease]
    # ...and the plain punned triple, for SPARQL without OWL lists.
    assert list(graph.objects(cls, CCKG.associated_with)) == [CCKG[disease]]


def test_defined_classes_only_assert_what_the_brief_asks(graph: rdflib.Graph) -> None:
    """Dystrophic/metastatic placement is asserted for two classes only; HermiT does the rest."""
    extra = {
        (s, o)
        for s in (CCKG[n] for n in DEFINED)
        for o in graph.objects(s, RDFS.subClassOf)
        if o != CCKG.CalcinosisCutis
    }
    assert extra == {
        (CCKG.CalcinosisCutisInConnectiveTissueDisease, CCKG.DystrophicCalcinosisCutis),
        (CCKG.CalcinosisCutisInChronicKidneyDisease, CCKG.MetastaticCalcinosisCutis),
    }


def test_calciphylaxis_disagreement_is_documented(graph: rdflib.Graph) -> None:
    comment = str(graph.value(CCKG.Calciphylaxis, RDFS.comment))
    assert "disagree" in comment and "metastatic" in comment


@pytest.mark.parametrize(
    ("site", "whole"),
    [("Fingertip", "Finger"), ("Finger", "Hand"), ("Heel", "Foot"), ("Dermis", "Skin")],
)
def test_part_of_stated_twice(graph: rdflib.Graph, site: str, whole: str) -> None:
    assert (CCKG[site], CCKG.part_of, CCKG[whole]) in graph
    restrictions = [
        r
        for r in graph.objects(CCKG[site], RDFS.subClassOf)
        if graph.value(r, OWL.onProperty) == CCKG.part_of
    ]
    assert [graph.value(r, OWL.someValuesFrom) for r in restrictions] == [CCKG[whole]]
