"""Competency questions answered from the hand-written fixture graph (tests/fixtures/queries/)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cckg.queries.run import Result, run
from cckg.queries.stored import get


def ask(store: ox.Store, name: str, **params: str) -> Result:
    return run(get(name), bindings=params, store=store)


def pairs(result: Result, *columns: str) -> set[tuple[str | None, ...]]:
    return {tuple(row[c] for c in columns) for row in result.rows}


def test_therapies_for_systemic_sclerosis(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "therapies-for-condition", condition="systemic sclerosis")
    rows = {
        (row["therapy"], row["document"], row["polarity"], row["stated_for"]): row for row in r.rows
    }
    # From cited titles, attributed to the works as cited by the encyclopedia article.
    colchicine = rows[
        "colchicine", "wikipedia-calcinosis-cutis", "pos", "calcinosis cutis in systemic sclerosis"
    ]
    assert (
        colchicine["specificity"]
        == "calcinosis of this condition (calcinosis cutis in systemic sclerosis)"
    )
    assert colchicine["cited_pmid"] == "3816102"
    assert "progressive systemic sclerosis" in colchicine["sentence"]
    diltiazem = rows[
        "diltiazem",
        "wikipedia-calcinosis-cutis",
        "pos",
        "calcinosis cutis in connective tissue disease",
    ]
    assert diltiazem["specificity"].startswith("calcinosis of a parent condition")
    assert diltiazem["cited_pmid"] == "19078360"
    # Inherited from calcinosis cutis in general.
    inherited = {
        row["therapy"]
        for row in r.rows
        if row["specificity"] == "inherited from parent (calcinosis cutis)"
    }
    assert inherited == {
        "topical sodium thiosulfate",
        "intralesional sodium thiosulfate",
        "extracorporeal shock-wave lithotripsy",
        "laser therapy",
        "surgical excision",
        "corticosteroid",
        "sodium etidronate",
        "colchicine",
        "diltiazem",
        "magnesium and aluminium antacid",
    }
    # Every row names its source and sentence; the negative finding is kept, marked neg.
    assert all(row["document"] and row["sentence"] and row["genre"] for row in r.rows)
    assert ("colchicine", "fixture-case-report", "neg", "calcinosis cutis") in rows
    # A plain data fact "calcinosis cutis associated_with systemic sclerosis" does not make
    # calcinosis cutis "the calcinosis of systemic sclerosis": only defined classes do.
    assert not any(
        row["specificity"].startswith("calcinosis of this condition (calcinosis cutis)")
        for row in r.rows
    )
    # One row per piece of evidence, with its most specific reading.
    assert len({row["sentence"] + row["therapy"] + row["stated_for"] for row in r.rows}) == len(
        r.rows
    )


def test_therapies_by_synonym_curie_and_xref_agree(fixture_store: ox.Store) -> None:
    answers = [
        ask(fixture_store, "therapies-for-condition", condition=v).rows
        for v in (
            "systemic sclerosis",
            "Scleroderma",
            "cckg:SystemicSclerosis",
            "MONDO:0005100",
            "<https://w3id.org/cckg/ontology/SystemicSclerosis>",
        )
    ]
    assert all(a == answers[0] for a in answers)


def test_therapies_from_subtype_and_for_the_general_condition(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "therapies-for-condition", condition="calcinosis cutis")
    spec = pairs(r, "therapy", "specificity")
    assert ("colchicine", "from subtype (calcinosis cutis in systemic sclerosis)") in spec
    assert ("diltiazem", "asserted") in spec
    # CREST inherits from systemic sclerosis: the calcinosis of its parent disease applies.
    crest = ask(fixture_store, "therapies-for-condition", condition="CREST syndrome")
    assert (
        "colchicine",
        "calcinosis of a parent condition (calcinosis cutis in systemic sclerosis)",
    ) in pairs(crest, "therapy", "specificity")


def test_subtypes_per_source_show_five_against_four(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "subtypes-of-condition", condition="calcinosis cutis")
    top = [row for row in r.rows if row["parent"] == "calcinosis cutis"]
    per_section = {(row["document"], row["section"]): row["subtypes_in_section"] for row in top}
    assert per_section[("wikipedia-calcinosis-cutis", "Introduction")] == "5"
    assert {v for (d, _), v in per_section.items() if d.startswith("blog")} == {"4"}
    blog = {row["subtype"] for row in top if row["document"].startswith("blog")}
    assert blog == {
        "dystrophic calcinosis cutis",
        "metastatic calcinosis cutis",
        "idiopathic calcinosis cutis",
        "iatrogenic calcinosis cutis",
    }
    listed = {row["subtype"]: row["listed_by"] for row in top}
    assert listed["calciphylaxis"] == "1" and listed["dystrophic calcinosis cutis"] == "2"


@pytest.mark.parametrize(
    "condition, expected",
    [
        pytest.param(
            "systemic sclerosis", {"elbow", "finger", "knee", "forearm"}, id="systemic-sclerosis"
        ),
        pytest.param(
            "dermatomyositis", {"elbow", "knee", "site of prior inflammation"}, id="dermatomyositis"
        ),
        pytest.param(
            "lupus erythematosus", {"limb", "buttock", "periarticular region"}, id="lupus"
        ),
        pytest.param("iatrogenic calcinosis cutis", {"venipuncture site", "heel"}, id="iatrogenic"),
    ],
)
def test_sites_of_condition(fixture_store: ox.Store, condition: str, expected: set[str]) -> None:
    r = ask(fixture_store, "sites-of-condition", condition=condition)
    assert {row["site"] for row in r.rows} == expected
    assert all(row["sentence"] and row["document"] for row in r.rows)


def test_sites_of_systemic_sclerosis_come_from_its_calcinosis(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "sites-of-condition", condition="systemic sclerosis")
    assert {row["specificity"] for row in r.rows} == {
        "calcinosis of this condition (calcinosis cutis in systemic sclerosis)"
    }


def test_conditions_at_site(fixture_store: ox.Store) -> None:
    assert pairs(
        ask(fixture_store, "conditions-at-site", site="scrotum"), "condition", "specificity"
    ) == {("idiopathic scrotal calcinosis", "asserted")}
    # A site under "limb" counts, and says so.
    limb = pairs(ask(fixture_store, "conditions-at-site", site="limb"), "condition", "specificity")
    assert ("lupus erythematosus", "asserted") in limb
    assert ("calcinosis cutis in systemic sclerosis", "at a part of it (elbow)") in limb


def test_causes_of_metastatic_calcinosis(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "causes-of-condition", condition="metastatic calcinosis cutis")
    causes = {row["cause"] for row in r.rows}
    assert {
        "chronic renal failure",
        "hyperparathyroidism",
        "paraneoplastic hypercalcemia",
        "Paget disease of bone",
        "sarcoidosis",
    } <= causes
    assert {row["document"] for row in r.rows if row["cause"] == "chronic renal failure"} == {
        "wikipedia-calcinosis-cutis",
        "blog-how-do-you-get-calcinosis-cutis",
    }


def test_causes_keep_species_and_ontology_associations(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "causes-of-condition", condition="calcinosis cutis")
    dog = [row for row in r.rows if row["species"] == "dog"]
    assert [(row["cause"], row["hedged"]) for row in dog] == [("trauma", "true")]
    ontology = pairs(r, "cause", "stated_for", "document")
    assert (
        "systemic sclerosis",
        "calcinosis cutis in systemic sclerosis",
        "(ontology)",
    ) in ontology


def test_outcomes_of_laser(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "outcomes-of-therapy", therapy="laser")
    (row,) = r.rows
    assert row["outcome"] == "complete remission of microcalcifications 57% (12/21)"
    assert (float(row["percent"]), row["numerator"], row["denominator"]) == (57.0, "12", "21")
    assert row["specificity"] == "asserted" and row["document"] == "nowaczyk-2021-local-therapies"
    # CO2 laser inherits what is stated for laser therapy in general.
    co2 = ask(fixture_store, "outcomes-of-therapy", therapy="CO2 laser")
    assert pairs(co2, "outcome", "specificity") == {
        (
            "complete remission of microcalcifications 57% (12/21)",
            "inherited from parent (laser therapy)",
        )
    }


def test_outcomes_with_medians_and_ranges(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "outcomes-of-therapy", therapy="ESWL")
    assert pairs(r, "median", "range_low", "range_high") == {("3", "0", "9")}


def test_adverse_effects_of_co2_laser(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "adverse-effects-of-therapy", therapy="CO2 laser")
    rows = {row["effect"]: row for row in r.rows}
    assert set(rows) == {"scarring", "hyperkeratosis"}
    scarring = rows["scarring"]
    assert (float(scarring["percent"]), scarring["numerator"], scarring["denominator"]) == (
        56.0,
        "10",
        "18",
    )
    assert scarring["rate"] == "scarring and hyperkeratosis 56% (10/18)"
    # Asked for laser in general, CO2 laser's effects come "from subtype".
    laser = ask(fixture_store, "adverse-effects-of-therapy", therapy="laser therapy")
    assert pairs(laser, "effect", "specificity") == {
        ("scarring", "from subtype (CO2 laser)"),
        ("hyperkeratosis", "from subtype (CO2 laser)"),
    }


def test_mechanism_of_action_of_diltiazem(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "mechanism-of-action", therapy="diltiazem")
    assert pairs(r, "mechanism", "specificity", "document", "hedged") == {
        (
            "modification of intracellular calcium levels",
            "asserted",
            "wikipedia-calcinosis-cutis",
            "true",
        ),
        (
            "calcium channel blockade",
            "inherited from parent (calcium channel blocker)",
            "(ontology)",
            None,
        ),
    }


def test_mechanism_and_serum_status_per_subtype(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "mechanism-of-subtype", condition="calcinosis cutis")
    got = pairs(r, "subtype", "aspect", "value")
    assert (
        "dystrophic calcinosis cutis",
        "serum calcium/phosphate",
        "normal serum calcium and phosphate",
    ) in got
    assert ("metastatic calcinosis cutis", "serum calcium/phosphate", "hypercalcemia") in got
    assert (
        "metastatic calcinosis cutis",
        "mechanism",
        "metastatic calcium phosphate precipitation",
    ) in got
    assert ("iatrogenic calcinosis cutis", "mechanism", "calcium salt extravasation") in got


def test_features_of_condition(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "features-of-condition", condition="calcinosis cutis")
    assert pairs(r, "feature", "specificity") == {
        ("nodule", "asserted"),
        ("ulceration", "from subtype (dystrophic calcinosis cutis)"),
    }


def test_evidence_for_fact(fixture_store: ox.Store) -> None:
    r = ask(
        fixture_store,
        "evidence-for-fact",
        subject="colchicine",
        relation="treats",
        object="calcinosis cutis",
    )
    assert pairs(r, "document", "polarity") == {
        ("blog-how-do-you-get-calcinosis-cutis", "pos"),
        ("wikipedia-calcinosis-cutis", "pos"),
        ("fixture-case-report", "neg"),
    }
    assert all(row["start"] and row["end"] and row["section"] and row["method"] for row in r.rows)
    outcome = ask(
        fixture_store,
        "evidence-for-fact",
        subject="laser",
        relation="has_outcome",
        object="complete remission of microcalcifications 57% (12/21)",
    )
    assert [row["document"] for row in outcome.rows] == ["nowaczyk-2021-local-therapies"]


def test_cited_works_of_the_encyclopedia_article(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "cited-works", document="wikipedia-calcinosis-cutis")
    assert {row["pmid"] for row in r.rows} >= {"3816102", "19078360", "22741938", "21679810"}
    attributed = pairs(r, "pmid", "subject", "relation", "object")
    assert (
        "3816102",
        "colchicine",
        "treats",
        "calcinosis cutis in systemic sclerosis",
    ) in attributed
    assert (
        "19078360",
        "diltiazem",
        "treats",
        "calcinosis cutis in connective tissue disease",
    ) in attributed
    assert [row["reference"] for row in r.rows][:3] == ["1", "2", "5"]
    # The document can be named by its title too.
    assert ask(fixture_store, "cited-works", document="Calcinosis cutis").rows == r.rows


def test_source_disagreements(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "source-disagreements")
    got = pairs(r, "kind", "topic", "document_a", "document_b")
    assert (
        "type or cause",
        "calciphylaxis",
        "wikipedia-calcinosis-cutis",
        "blog-how-do-you-get-calcinosis-cutis",
    ) in got
    assert (
        "type or cause",
        "traumatic calcinosis cutis",
        "wikipedia-calcinosis-cutis",
        "blog-how-do-you-get-calcinosis-cutis",
    ) in got
    assert (
        "polarity",
        "colchicine treats calcinosis cutis",
        "wikipedia-calcinosis-cutis",
        "fixture-case-report",
    ) in got
    counts = [row for row in r.rows if row["kind"] == "number of types"]
    assert [(row["claim_a"].split(" (")[0], row["claim_b"].split(" (")[0]) for row in counts] == [
        ("lists 5 types of calcinosis cutis", "lists 4 types of calcinosis cutis")
    ]
    # The dog sentence is about animals: no classification disagreement comes from it.
    assert not any("is a cause of calcinosis cutis" in (row["claim_b"] or "") for row in r.rows)


def test_indications_for_surgery(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "indications-for-surgery")
    assert {row["indication"] for row in r.rows} == {
        "pain",
        "ulceration",
        "recurrent infection",
        "functional impairment",
    }
    assert ask(fixture_store, "indications-for-surgery", therapy="surgical removal").rows == r.rows


def test_evidence_strength(fixture_store: ox.Store) -> None:
    weak = ask(fixture_store, "evidence-strength")
    facts = pairs(weak, "subject", "relation", "object", "genre")
    assert ("corticosteroid", "treats", "calcinosis cutis", "patient blog post") in facts
    # Two sources: not weak. A systematic review: not weak at the default threshold.
    assert not any(f[0] == "diltiazem" and f[2] == "calcinosis cutis" for f in facts)
    assert not any(f[3] == "systematic review" for f in facts)
    assert all(row["sources"] == "1" and int(row["rank"]) <= 2 for row in weak.rows)
    stronger = ask(fixture_store, "evidence-strength", max_rank="5")
    assert ("laser therapy", "treats", "calcinosis cutis", "systematic review") in pairs(
        stronger, "subject", "relation", "object", "genre"
    )
    assert ask(fixture_store, "evidence-strength", max_rank="0").rows == []


def test_graph_statistics(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "graph-statistics")
    stats = {(row["statistic"], row["item"]): int(row["count"] or 0) for row in r.rows}
    assert stats["facts per document", "wikipedia-calcinosis-cutis"] == 28
    assert stats["instances per class", "SourceDocument"] == 4
    assert stats["facts per polarity", "neg"] == 1
    assert (
        sum(v for (s, _), v in stats.items() if s == "facts per relation")
        == stats["instances per class", "Assertion"]
    )
    assert stats["triples", "all"] == len(fixture_store)


def test_facts_header_and_order(fixture_store: ox.Store) -> None:
    r = ask(fixture_store, "facts")
    assert r.columns == ["subject", "relation", "object", "polarity", "document", "sentence"]
    assert (
        "laser therapy",
        "has_outcome",
        "complete remission of microcalcifications 57% (12/21)",
    ) in pairs(r, "subject", "relation", "object")
    assert ("colchicine", "treats", "calcinosis cutis", "neg") in pairs(
        r, "subject", "relation", "object", "polarity"
    )
    docs = [row["document"] for row in r.rows]
    assert docs == sorted(docs)
