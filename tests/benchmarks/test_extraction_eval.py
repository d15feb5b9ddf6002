"""Smoke tests of the extraction benchmark (benchmarks/extraction): gold files and scorer report.

No score thresholds here: the numbers are a measurement, recorded in
benchmarks/extraction/README.md.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cckg import vocab

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction"
SMOKE_DOCS = [
    "abstract-ivsts-jdm-pubmed",
    "case-neonate-calcium-gluconate",
]  # one XML, one text file
COUNT_KEYS = (
    "gold",
    "predicted",
    "tp",
    "near",
    "fp",
    "fn",
    "ignored",
    "duplicate",
    "out_of_ontology",
)
SCORE_KEYS = ("precision", "recall", "f1", "precision_lenient", "recall_in_ontology")


@pytest.fixture(scope="module")
def score() -> ModuleType:
    """benchmarks/extraction/score.py, imported from its path (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("cckg_extraction_score", BENCH / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(score: ModuleType) -> dict:
    return score.run(only=SMOKE_DOCS)


def _gold_rows(doc: str) -> list[dict[str, str]]:
    with open(BENCH / "gold" / f"{doc}.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _in_unit_interval(x: object) -> bool:
    return isinstance(x, float | int) and 0.0 <= x <= 1.0


def test_every_document_has_a_gold_file_and_back() -> None:
    docs = {p.stem for p in (BENCH / "docs").iterdir() if p.suffix in {".txt", ".md", ".xml"}}
    gold = {p.stem for p in (BENCH / "gold").glob("*.tsv")}
    assert docs == gold
    assert len(docs) == 12


@pytest.mark.parametrize("path", sorted((BENCH / "gold").glob("*.tsv")), ids=lambda p: p.stem)
def test_gold_file_parses(score: ModuleType, path: Path) -> None:
    rows = score.read_gold(path.parent, [path.stem])[path.stem]
    assert rows, "a gold file with no facts"
    keys = [(g.subject, g.relation, g.object, g.polarity, g.species) for g in rows]
    assert len(keys) == len(set(keys)), "duplicate gold rows"
    for g in rows:
        if g.relation == "has_outcome":
            assert score.numbers(g.object), f"line {g.line}: an outcome phrase needs its numbers"


@pytest.mark.parametrize(
    "row, problem",
    [
        ("a\ttreats\tb\tmaybe\t\n", "bad row"),
        ("a\tcures\tb\tpos\t\n", "bad row"),
        ("a\ttreats\tb\tpos\n", "5 tab-separated columns"),
    ],
)
def test_malformed_gold_row_is_rejected(
    score: ModuleType, tmp_path: Path, row: str, problem: str
) -> None:
    (tmp_path / "d.tsv").write_text(
        "subject\trelation\tobject\tpolarity\tspecies\n" + row, encoding="utf-8"
    )
    with pytest.raises(ValueError, match=problem):
        score.read_gold(tmp_path, ["d"])


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("complete response 62% (5/8)", {"62", "5", "8"}),
        ("median VAS pain reduction 4 points (range 1-7)", {"4", "1", "7"}),
        ("improvement 62.0%", {"62"}),
        ("mean duration 4.9 months", {"4.9"}),
        ("parathyroid hormone 1,450 pg/mL", {"1450"}),
        ("no recurrence", set()),
        # a lay text's numbers in words, read only where the phrase has no digit
        ("ulcers healed in about three in ten people", {"3", "10"}),
        ("healed in 5 of 9 by six months", {"5", "9"}),
        ("someone improved", set()),
    ],
)
def test_numbers_of_an_outcome_phrase(score: ModuleType, phrase: str, expected: set[str]) -> None:
    assert score.numbers(phrase) == expected


def test_report_structure(report: dict) -> None:
    assert report["documents"] == SMOKE_DOCS
    assert report["build_errors"] == {}
    assert set(report["relations"]) >= set(vocab.RELATIONS)
    for name, row in [*report["relations"].items(), ("overall", report["overall"])]:
        for key in COUNT_KEYS:
            assert isinstance(row[key], int) and row[key] >= 0, (name, key)
        # Every gold row is a TP, a near match or a FN; every prediction a TP, near or FP.
        assert row["tp"] + row["near"] + row["fn"] == row["gold"], name
        assert row["tp"] + row["near"] + row["fp"] == row["predicted"], name
        assert row["duplicate"] <= row["fp"], name
        assert row["out_of_ontology"] <= row["gold"], name
        for key in SCORE_KEYS:
            assert row[key] is None or _in_unit_interval(row[key]), (name, key, row[key])


def test_gold_counted_once(report: dict) -> None:
    expected = sum(len(_gold_rows(d)) for d in SMOKE_DOCS)
    assert report["overall"]["gold"] == expected
    assert sum(report["per_document"][d]["gold"] for d in SMOKE_DOCS) == expected


def test_overall_scores_are_numbers(report: dict) -> None:
    # The builder finds something in these two documents, so both ratios are defined.
    assert report["overall"]["predicted"] > 0
    assert _in_unit_interval(report["overall"]["precision"])
    assert _in_unit_interval(report["overall"]["recall"])


def test_errors_carry_a_reason(report: dict) -> None:
    for row in report["false_positives"] + report["false_negatives"]:
        assert row["error"] and row["document"] in SMOKE_DOCS
    assert len(report["false_negatives"]) == report["overall"]["fn"]
    assert len(report["false_positives"]) == report["overall"]["fp"]


def test_cli_writes_json_and_exits_zero(
    score: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.json"
    code = score.main(["--only", SMOKE_DOCS[1], "--json", str(out), "--show-errors"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"] == [SMOKE_DOCS[1]]
    printed = capsys.readouterr().out
    assert "OVERALL" in printed and "FALSE NEGATIVES" in printed


def test_cli_reports_bad_input_and_still_exits_zero(
    score: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score.main(["--only", "no-such-document"]) == 0
    assert "unknown document id" in capsys.readouterr().err


def test_second_curator_is_scored_without_a_build(score: ModuleType, tmp_path: Path) -> None:
    # A second curator who drops one gold row and adds one the gold lacks: agreement is counted
    # row by row, as for the builder, and nothing is built.
    doc = SMOKE_DOCS[1]
    rows = _gold_rows(doc)
    kept = rows[1:]
    extra = {"subject": "calcinosis cutis", "relation": "located_in", "object": "ear",
             "polarity": "pos", "species": ""}
    assert all((r["relation"], r["object"]) != ("located_in", "ear") for r in rows)
    with open(tmp_path / f"{doc}.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(extra), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows([*kept, extra])
    report = score.run(only=[doc], pred_dir=tmp_path)
    assert report["facts_source"].startswith("curator TSVs")
    overall = report["overall"]
    assert (overall["gold"], overall["fn"], overall["fp"]) == (len(rows), 1, 1)
    assert overall["tp"] + overall["near"] == len(rows) - 1
    assert report["false_negatives"][0]["subject"] == rows[0]["subject"]


@pytest.mark.parametrize(
    "second", sorted(p for p in (BENCH / "agreement").iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_second_curator_covers_every_document_of_its_set(score: ModuleType, second: Path) -> None:
    docs = {p.stem for p in (BENCH / second.name / "docs").iterdir() if p.suffix in {".txt", ".md", ".xml"}}
    assert {p.stem for p in second.glob("*.tsv")} == docs
    assert all(score.read_gold(second, sorted(docs)).values()), "a document with no facts"


def test_a_predicted_species_is_named_by_its_label(score: ModuleType, tmp_path: Path) -> None:
    """Gold names a species as the ontology labels it ("bearded dragon"), not by its IRI."""
    from cckg.graph_builder.recognise import load_lexicon

    doc = Path(__file__).parents[1] / "fixtures" / "unseen" / "lizard-supplement-case.md"
    graph, _, errors = score.build_documents({doc.stem: doc}, tmp_path)
    assert not errors
    species = {r["species"] for r in score.graph_assertions(graph, load_lexicon())}
    assert species == {"bearded dragon"}
