"""Competency questions answered from the bundled corpus, built by the real builder with the real
ontology (DESIGN §6 gives the expected answers), embedded and through a real `oxigraph serve`."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cckg.queries import stored
from cckg.queries.params import Resolver
from cckg.queries.run import LocalBackend, Result, run
from click.testing import CliRunner

from cckg.cli import main

CCKG = "https://w3id.org/cckg/ontology/"
ANY_CONDITION = stored.Param("x", "iri", classes=(CCKG + "Condition",))


def ask(store: ox.Store, name: str, **params: str) -> Result:
    return run(stored.get(name), bindings=params, store=store)


def local(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else iri


def is_a(store: ox.Store, child: str, parent: str) -> bool:
    q = "ASK { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?p }"
    return bool(
        store.query(
            q,
            substitutions={
                ox.Variable("c"): ox.NamedNode(child),
                ox.Variable("p"): ox.NamedNode(parent),
            },
        )
    )


def term(store: ox.Store, label: str) -> str:
    """The IRI the real ontology gives a label (tests name things as users do)."""
    return Resolver(LocalBackend(store).execute).resolve(ANY_CONDITION, label).value


@pytest.mark.parametrize("name", [q.name for q in stored.load_all()])
def test_every_stored_query_runs_on_the_corpus(corpus_store: ox.Store, name: str) -> None:
    q = stored.get(name)
    result = run(q, store=corpus_store)
    assert result.columns == list(q.returns)
    assert result.rows, f"{name} answers nothing with its defaults on the bundled corpus"


@pytest.mark.server
@pytest.mark.parametrize("name", [q.name for q in stored.load_all()])
def test_same_rows_through_oxigraph_serve(
    corpus_store: ox.Store, corpus_endpoint: str, name: str
) -> None:
    q = stored.get(name)
    assert run(q, endpoint=corpus_endpoint).rows == run(q, store=corpus_store).rows


def test_therapies_for_systemic_sclerosis(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "therapies-for-condition", condition="systemic sclerosis")
    inherited = {
        local(row["therapy_iri"])
        for row in r.rows
        if row["specificity"] == "inherited from parent (calcinosis cutis)"
        and row["polarity"] == "pos"
    }
    assert {
        "TopicalSodiumThiosulfate",
        "IntralesionalSodiumThiosulfate",
        "ExtracorporealShockWaveLithotripsy",
        "LaserTherapy",
        "SurgicalExcision",
        "Corticosteroid",
        "SodiumEtidronate",
        "Colchicine",
        "Diltiazem",
    } <= inherited
    assert any("antacid" in (row["therapy"] or "") for row in r.rows)
    # Diltiazem from a cited title about calcinosis caused by connective tissue disease.
    diltiazem = [
        row for row in r.rows if local(row["therapy_iri"]) == "Diltiazem" and row["cited_pmid"]
    ]
    assert [row["cited_pmid"] for row in diltiazem] == ["19078360"]
    assert diltiazem[0]["specificity"].startswith("calcinosis of a parent condition")
    assert all(
        row["document"] and row["sentence"] and row["genre"] and row["polarity"] for row in r.rows
    )


def test_colchicine_for_systemic_sclerosis_from_a_cited_title(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "therapies-for-condition", condition="systemic sclerosis")
    (row,) = [
        row for row in r.rows if local(row["therapy_iri"]) == "Colchicine" and row["cited_pmid"]
    ]
    assert row["cited_pmid"] == "3816102"
    assert row["specificity"].startswith("calcinosis of this condition")
    assert "progressive systemic sclerosis" in row["sentence"]


def test_subtypes_five_against_four(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "subtypes-of-condition", condition="calcinosis cutis")
    per_section = {(row["document"], row["subtypes_in_section"]) for row in r.rows}
    assert ("wikipedia-calcinosis-cutis", "5") in per_section
    assert ("blog-how-do-you-get-calcinosis-cutis", "4") in per_section
    counts = [
        row
        for row in ask(corpus_store, "source-disagreements").rows
        if row["kind"] == "number of types"
    ]
    assert any(
        row["claim_a"].startswith("lists 5 types") and row["claim_b"].startswith("lists 4 types")
        for row in counts
    )


def test_calciphylaxis_a_type_in_one_source_a_cause_in_another(corpus_store: ox.Store) -> None:
    rows = ask(corpus_store, "source-disagreements").rows
    assert any(
        row["kind"] == "type or cause"
        and row["topic"] == "calciphylaxis"
        and row["document_a"] != row["document_b"]
        for row in rows
    )


def test_traumatic_calcinosis_a_type_in_one_source_a_cause_in_another(
    corpus_store: ox.Store,
) -> None:
    rows = ask(corpus_store, "source-disagreements").rows
    assert any(
        row["kind"] == "type or cause" and row["topic"] == "traumatic calcinosis cutis"
        for row in rows
    )


@pytest.mark.parametrize(
    "condition, sites",
    [
        pytest.param(
            "systemic sclerosis", {"Elbow", "Finger", "Knee", "Forearm"}, id="systemic-sclerosis"
        ),
        pytest.param("dermatomyositis", {"Elbow", "Knee"}, id="dermatomyositis"),
        pytest.param("iatrogenic calcinosis cutis", {"VenipunctureSite"}, id="iatrogenic"),
        pytest.param("lupus erythematosus", {"Limb", "Buttock", "PeriarticularRegion"}, id="lupus"),
    ],
)
def test_sites_of_condition(corpus_store: ox.Store, condition: str, sites: set[str]) -> None:
    r = ask(corpus_store, "sites-of-condition", condition=condition)
    assert sites <= {local(row["site_iri"]) for row in r.rows}


def test_conditions_at_the_scrotum(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "conditions-at-site", site="scrotum")
    assert {local(row["condition_iri"]) for row in r.rows} == {"IdiopathicScrotalCalcinosis"}


def test_causes_of_metastatic_calcinosis(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "causes-of-condition", condition="metastatic calcinosis cutis")
    causes = {row["cause_iri"] for row in r.rows if row["polarity"] == "pos"}
    for label in [
        "chronic renal failure",
        "hyperparathyroidism",
        "paraneoplastic hypercalcaemia",
        "Paget disease",
        "sarcoidosis",
    ]:
        expected = term(corpus_store, label)
        assert any(is_a(corpus_store, c, expected) for c in causes), label


def test_outcomes_of_laser(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "outcomes-of-therapy", therapy="laser")
    hits = [row for row in r.rows if row["numerator"] == "12" and row["denominator"] == "21"]
    assert hits and float(hits[0]["percent"]) == 57.0
    assert hits[0]["document"] == "nowaczyk-2021-local-therapies" and "57%" in hits[0]["sentence"]


def test_adverse_effects_of_co2_laser(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "adverse-effects-of-therapy", therapy="CO2 laser")
    scarring = [row for row in r.rows if local(row["effect_iri"]) == "Scarring"]
    assert scarring
    assert (
        float(scarring[0]["percent"]),
        scarring[0]["numerator"],
        scarring[0]["denominator"],
    ) == (56.0, "10", "18")


def test_mechanism_of_action_of_diltiazem(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "mechanism-of-action", therapy="diltiazem")
    stated = [row for row in r.rows if row["document"] == "wikipedia-calcinosis-cutis"]
    assert stated and all(row["sentence"] for row in stated)


def test_cited_works_of_the_encyclopedia_article(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "cited-works", document="wikipedia-calcinosis-cutis")
    pmids = {row["pmid"] for row in r.rows}
    assert {"3816102", "19078360", "22741938", "21679810"} <= pmids
    assert any(row["pmid"] == "3816102" and local(row["subject"]) == "colchicine" for row in r.rows)


def test_indications_for_surgery(corpus_store: ox.Store) -> None:
    r = ask(corpus_store, "indications-for-surgery")
    assert {"Pain", "Ulceration", "FunctionalImpairment"} <= {
        local(row["indication_iri"]) for row in r.rows
    }


def test_cli_works_without_graph_and_facts_header(corpus_store: ox.Store) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["query", "conditions-at-site", "-p", "site=scrotum", "--format", "tsv"]
    )
    assert result.exit_code == 0, result.output
    assert "idiopathic scrotal calcinosis" in result.stdout
    facts = runner.invoke(main, ["facts"])
    assert facts.exit_code == 0
    lines = facts.stdout.splitlines()
    assert lines[0] == "subject\trelation\tobject\tpolarity\tdocument\tsentence"
    assert any(
        line.startswith(
            "laser therapy\thas_outcome\tcomplete remission of microcalcifications 57% (12/21)\t"
        )
        for line in lines
    )
