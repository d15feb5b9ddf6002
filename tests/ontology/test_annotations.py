"""Every term is labelled and defined; properties have domains and ranges; pillars are disjoint."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef
from rdflib.collection import Collection

from cckg import resources

CCKG = Namespace("https://w3id.org/cckg/ontology/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

PILLARS = ["Condition", "Mechanism", "AnatomicalSite", "Treatment", "ClinicalFinding"]
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)

_GRAPH = rdflib.Graph().parse(resources.ontology_file(), format="turtle")  # for parametrization ids
TERMS = sorted(
    {
        s
        for d in DECLARATIONS
        for s in _GRAPH.subjects(RDF.type, d)
        if isinstance(s, URIRef) and s.startswith(CCKG)
    }
)
OBJECT_PROPERTIES = sorted(
    s for s in _GRAPH.subjects(RDF.type, OWL.ObjectProperty) if s.startswith(CCKG)
)
DATATYPE_PROPERTIES = sorted(
    s for s in _GRAPH.subjects(RDF.type, OWL.DatatypeProperty) if s.startswith(CCKG)
)


def _ids(iris: list[URIRef]) -> list[str]:
    return [i[len(CCKG) :] for i in iris]


@pytest.mark.parametrize("term", TERMS, ids=_ids(TERMS))
def test_one_english_label_and_definition(graph: rdflib.Graph, term: URIRef) -> None:
    labels = list(graph.objects(term, RDFS.label))
    definitions = list(graph.objects(term, SKOS.definition))
    assert len(labels) == 1 and labels[0].language == "en", labels
    assert len(definitions) == 1 and definitions[0].language == "en", definitions
    assert len(str(definitions[0])) >= 20, "a definition, not a gloss"
    assert str(definitions[0]).strip().lower() != str(labels[0]).strip().lower()


@pytest.mark.parametrize("term", TERMS, ids=_ids(TERMS))
def test_lexicon_literals_are_clean_english(graph: rdflib.Graph, term: URIRef) -> None:
    for prop in (RDFS.label, SKOS.altLabel, SKOS.hiddenLabel):
        for value in graph.objects(term, prop):
            assert isinstance(value, Literal) and value.language == "en", (prop, value)
            assert str(value) == str(value).strip() and "  " not in str(value), (prop, value)


@pytest.mark.parametrize("prop", OBJECT_PROPERTIES, ids=_ids(OBJECT_PROPERTIES))
def test_object_property_has_domain_and_range(graph: rdflib.Graph, prop: URIRef) -> None:
    assert graph.value(prop, RDFS.domain) is not None
    assert graph.value(prop, RDFS.range) is not None


@pytest.mark.parametrize("prop", DATATYPE_PROPERTIES, ids=_ids(DATATYPE_PROPERTIES))
def test_datatype_property_has_domain_and_xsd_range(graph: rdflib.Graph, prop: URIRef) -> None:
    assert graph.value(prop, RDFS.domain) is not None
    assert str(graph.value(prop, RDFS.range)).startswith("http://www.w3.org/2001/XMLSchema#")


# docs/data-model.md, relation table: name -> (domain, range); a tuple range is a union.
RELATIONS = {
    "treats": ("Treatment", ("Condition", "ClinicalFinding")),
    "located_in": ("Condition", "AnatomicalSite"),
    "associated_with": ("Condition", ("Condition", "Mechanism", "Treatment")),
    "has_subtype": ("Condition", "Condition"),
    "has_mechanism": ("Condition", "Mechanism"),
    "has_feature": ("Condition", "ClinicalFinding"),
    "has_adverse_effect": ("Treatment", "ClinicalFinding"),
    "has_outcome": ("Treatment", "OutcomeMeasurement"),
    "mechanism_of_action": ("Treatment", "Mechanism"),
    "indicated_when": ("Treatment", "ClinicalFinding"),
}


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_relation_domain_and_range_follow_data_model(graph: rdflib.Graph, name: str) -> None:
    domain, rng = RELATIONS[name]
    prop = CCKG[name]
    assert graph.value(prop, RDFS.domain) == CCKG[domain]
    actual = graph.value(prop, RDFS.range)
    if isinstance(rng, tuple):
        members = list(Collection(graph, graph.value(actual, OWL.unionOf)))
        assert set(members) == {CCKG[c] for c in rng}
    else:
        assert actual == CCKG[rng]


def test_relations_match_vocab() -> None:
    from cckg.vocab import RELATIONS as VOCAB_RELATIONS

    assert set(VOCAB_RELATIONS) == set(RELATIONS)


# Properties named in docs/data-model.md that the builder writes.
DATA_MODEL_PROPERTIES = [
    "polarity",
    "hedged",
    "confidence",
    "extractionMethod",
    "sentence",
    "document",
    "species",
    "citedWork",
    "quantity",
    "section",
    "measure",
    "percent",
    "percentHigh",
    "numerator",
    "denominator",
    "median",
    "mean",
    "rangeLow",
    "rangeHigh",
    "unit",
    "comparator",
    "venue",
    "genre",
    "evidenceRank",
    "studyCount",
    "patientCount",
    "authorList",
    "referenceNumber",
]


@pytest.mark.parametrize("name", DATA_MODEL_PROPERTIES)
def test_data_model_property_declared(graph: rdflib.Graph, name: str) -> None:
    kinds = set(graph.objects(CCKG[name], RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, kinds


def test_pillars_pairwise_disjoint(graph: rdflib.Graph) -> None:
    groups = [
        set(Collection(graph, graph.value(n, OWL.members)))
        for n in graph.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    assert {CCKG[p] for p in PILLARS} in groups


GENRES = {
    "SystematicReview": 5,
    "ReviewArticle": 4,
    "Abstract": 4,
    "CaseReport": 3,
    "EncyclopediaArticle": 2,
    "PatientBlogPost": 1,
    "OtherGenre": 0,
}


@pytest.mark.parametrize(("genre", "rank"), sorted(GENRES.items()))
def test_genre_individual_and_rank(graph: rdflib.Graph, genre: str, rank: int) -> None:
    assert (CCKG[genre], RDF.type, CCKG.DocumentGenre) in graph
    assert graph.value(CCKG[genre], CCKG.evidenceRank).toPython() == rank


@pytest.mark.parametrize(
    ("species", "synonym"),
    [
        ("Human", "Homo sapiens"),
        ("Dog", "canine"),
        ("Cat", "feline"),
        ("Horse", "equine"),
        ("Mouse", "murine"),
        ("Rat", "Rattus norvegicus"),
        ("Goat", "Capra hircus"),
        ("Sheep", "Ovis aries"),
        ("Cattle", "bovine"),
        ("Pig", "porcine"),
        ("Rabbit", "Oryctolagus cuniculus"),
        ("Ferret", "Mustela putorius furo"),
        ("GuineaPig", "Cavia porcellus"),
    ],
)
def test_species(graph: rdflib.Graph, species: str, synonym: str) -> None:
    assert (CCKG[species], RDF.type, CCKG.Species) in graph
    assert (CCKG[species], RDFS.subClassOf, CCKG.Species) in graph
    assert Literal(synonym, lang="en") in set(graph.objects(CCKG[species], SKOS.altLabel))
    assert (
        graph.value(CCKG[species], URIRef("http://www.geneontology.org/formats/oboInOwl#hasDbXref"))
        is None
    )


def test_assertion_is_reified_statement(graph: rdflib.Graph) -> None:
    parents = set(graph.objects(CCKG.Assertion, RDFS.subClassOf))
    assert {RDF.Statement, URIRef("http://www.w3.org/ns/prov#Entity")} <= parents
