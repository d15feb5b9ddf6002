"""`cckg stats --ontology` and ontology_counts: the coverage minimums, and errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cckg.cli import main
from cckg.errors import InputError
from cckg.ontology_stats import PILLARS, format_sections, ontology_counts

MINIMUMS = {
    "Condition": 45,
    "Treatment": 35,
    "AnatomicalSite": 30,
    "ClinicalFinding": 25,
    "Mechanism": 12,
}


@pytest.fixture(scope="module")
def counts() -> dict[str, int]:
    return ontology_counts()


@pytest.mark.parametrize(("pillar", "minimum"), sorted(MINIMUMS.items()))
def test_pillar_minimum(counts: dict[str, int], pillar: str, minimum: int) -> None:
    assert counts[pillar] >= minimum


@pytest.mark.parametrize(
    ("key", "minimum"),
    [
        ("object_properties", 10),
        ("datatype_properties", 20),
        ("defined_classes", 10),
        ("xrefs", 150),
        ("individuals", 13),
    ],
)
def test_other_counts(counts: dict[str, int], key: str, minimum: int) -> None:
    assert counts[key] >= minimum


def test_pillars_partition_domain_classes(counts: dict[str, int]) -> None:
    # Pillars are disjoint, so their counts add up to no more than the classes there are.
    assert sum(counts[p] for p in PILLARS) < counts["classes"]


def test_counts_follow_the_file(tmp_path: Path) -> None:
    onto = tmp_path / "mini.ttl"
    onto.write_text(
        """@prefix cckg: <https://w3id.org/cckg/ontology/> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix oboInOwl: <http://www.geneontology.org/formats/oboInOwl#> .
        cckg:Condition a owl:Class . cckg:Treatment a owl:Class .
        cckg:A a owl:Class ; rdfs:subClassOf cckg:Condition ;
            oboInOwl:hasDbXref "MONDO:1" , "DOID:2" .
        cckg:B a owl:Class ; rdfs:subClassOf cckg:A .
        cckg:T a owl:Class ; rdfs:subClassOf cckg:Treatment .
        cckg:treats a owl:ObjectProperty .
        """,
        encoding="utf-8",
    )
    c = ontology_counts(onto)
    assert (c["Condition"], c["Treatment"], c["Mechanism"]) == (2, 1, 0)
    assert (c["classes"], c["object_properties"], c["xrefs"]) == (5, 1, 2)


@pytest.mark.parametrize("content", [None, "this is not turtle {"], ids=["missing", "malformed"])
def test_bad_file_is_input_error(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "bad.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        ontology_counts(path)


def test_cli_prints_counts(counts: dict[str, int]) -> None:
    result = CliRunner().invoke(main, ["stats", "--ontology"])
    assert result.exit_code == 0, result.output
    rows = dict(line.split() for line in result.output.splitlines()[1:])
    assert {k: int(v) for k, v in rows.items()} == counts


@pytest.mark.parametrize("fmt", ["json", "tsv"])
def test_cli_formats(counts: dict[str, int], fmt: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--ontology", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.output) == {"ontology": counts}
    else:
        lines = result.output.splitlines()
        assert (
            lines[0] == "section\tname\tcount"
            and f"ontology\tCondition\t{counts['Condition']}" in lines
        )


def test_cli_without_flag_still_shows_ontology(counts: dict[str, int]) -> None:
    result = CliRunner().invoke(main, ["stats", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["ontology"] == counts


def test_cli_bad_file_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--ontology-file", str(tmp_path / "nope.ttl")])
    assert result.exit_code != 0
    assert result.stderr.startswith("cckg: error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_format_sections_table() -> None:
    text = format_sections({"ontology": {"Condition": 3, "xrefs": 12}})
    assert text.splitlines() == ["ontology", "  Condition       3", "  xrefs          12"]
