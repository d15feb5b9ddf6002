"""`cckg query`, `cckg sparql` and `cckg facts`, in-process with click's CliRunner, on the query
fixture graph (tests/fixtures/queries/)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cckg.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "queries"
DATA = str(FIXTURES / "data.ttl")


@pytest.fixture(autouse=True)
def _fixture_ontology(monkeypatch: pytest.MonkeyPatch) -> None:
    # `--graph FILE` loads the project ontology beside FILE; here the fixture ontology stands in.
    monkeypatch.setattr("cckg.resources.ontology_file", lambda: FIXTURES / "ontology.ttl")


def cckg(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def one_error_line(result) -> str:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cckg: error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_list_shows_names_and_summaries_not_internal_queries() -> None:
    result = cckg("query", "--list")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert len(names) == 16 and "therapies-for-condition" in names and "facts" not in names
    assert "Therapies that target a condition" in result.output


def test_query_with_a_label_parameter_as_csv() -> None:
    result = cckg(
        "query",
        "therapies-for-condition",
        "-p",
        "condition=systemic sclerosis",
        "--graph",
        DATA,
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"colchicine", "diltiazem", "extracorporeal shock-wave lithotripsy"} <= {
        r["therapy"] for r in rows
    }
    assert all(r["document"] and r["sentence"] and r["specificity"] for r in rows)


def test_defaults_come_from_the_header() -> None:
    default = cckg("query", "sites-of-condition", "--graph", DATA, "--format", "json")
    explicit = cckg(
        "query",
        "sites-of-condition",
        "-p",
        "condition=systemic sclerosis",
        "--graph",
        DATA,
        "--format",
        "json",
    )
    assert default.exit_code == 0 and default.stdout == explicit.stdout
    doc = json.loads(default.stdout)
    assert {b["site"]["value"] for b in doc["results"]["bindings"]} == {
        "elbow",
        "finger",
        "knee",
        "forearm",
    }
    assert doc["results"]["bindings"][0]["site_iri"]["type"] == "uri"


@pytest.mark.parametrize("fmt", ["table", "tsv"])
def test_text_formats(fmt: str) -> None:
    result = cckg(
        "query", "outcomes-of-therapy", "-p", "therapy=laser", "--graph", DATA, "--format", fmt
    )
    assert result.exit_code == 0
    assert "57% (12/21)" in result.stdout


@pytest.mark.parametrize(
    "args, expected",
    [
        pytest.param(
            ["-p", "condition=systemc sclerosis"], "close matches: systemic sclerosis", id="unknown"
        ),
        pytest.param(
            ["-p", "condition=lupus"],
            'ambiguous condition "lupus": could be lupus erythematosus',
            id="ambiguous",
        ),
        pytest.param(["-p", "conditoin=lupus"], "has no parameter", id="unknown-key"),
        pytest.param(["-p", "condition"], "-p takes KEY=VALUE", id="no-equals"),
        pytest.param(["-p", "condition=a", "-p", "condition=b"], "given twice", id="twice"),
        pytest.param(["-p", 'condition=x"} UNION {\n?s ?p ?o'], "unknown condition", id="hostile"),
    ],
)
def test_parameter_errors_are_one_line(args: list[str], expected: str) -> None:
    result = cckg("query", "therapies-for-condition", *args, "--graph", DATA)
    assert expected in one_error_line(result)


def test_unknown_query_name() -> None:
    line = one_error_line(cckg("query", "therapy-for-condition", "--graph", DATA))
    assert "did you mean: therapies-for-condition" in line


def test_graph_and_endpoint_together() -> None:
    line = one_error_line(
        cckg("query", "graph-statistics", "--graph", DATA, "--endpoint", "http://127.0.0.1:1/q")
    )
    assert "not both" in line


def test_missing_graph_file(tmp_path: Path) -> None:
    line = one_error_line(cckg("query", "graph-statistics", "--graph", str(tmp_path / "nope.ttl")))
    assert "no such graph file" in line


def test_sparql_text_file_and_stdin(tmp_path: Path) -> None:
    text = "PREFIX cckg: <https://w3id.org/cckg/ontology/>\nSELECT (COUNT(*) AS ?n) WHERE { ?a a cckg:Assertion }"
    query_file = tmp_path / "count.rq"
    query_file.write_text(text)
    outputs = {
        cckg("sparql", text, "--graph", DATA, "--format", "csv").stdout,
        cckg("sparql", str(query_file), "--graph", DATA, "--format", "csv").stdout,
        cckg("sparql", "-", "--graph", DATA, "--format", "csv", stdin=text).stdout,
    }
    assert outputs == {"n\n68\n"}


def test_sparql_ask_and_construct() -> None:
    ask = cckg("sparql", "ASK { ?s ?p ?o }", "--graph", DATA)
    assert ask.exit_code == 0 and ask.stdout == "true\n"
    construct = cckg(
        "sparql",
        "PREFIX cckg: <https://w3id.org/cckg/ontology/> CONSTRUCT { ?s cckg:located_in ?o } "
        "WHERE { ?s cckg:located_in ?o }",
        "--graph",
        DATA,
    )
    assert construct.exit_code == 0
    assert "@prefix cckg: <https://w3id.org/cckg/ontology/> ." in construct.stdout
    assert "cckg:Scrotum" in construct.stdout


@pytest.mark.parametrize(
    "query, expected",
    [
        pytest.param("SELECT ?x WHERE { ?x }", "SPARQL syntax error", id="syntax"),
        pytest.param(
            "INSERT DATA { <http://a> <http://b> <http://c> }",
            "updates are not allowed",
            id="update",
        ),
        pytest.param("missing.rq", "missing.rq: no such query file", id="no-file"),
    ],
)
def test_sparql_errors_are_one_line(query: str, expected: str) -> None:
    assert expected in one_error_line(cckg("sparql", query, "--graph", DATA))


def test_facts_tsv_header_and_rows() -> None:
    result = cckg("facts", "--graph", DATA)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "subject\trelation\tobject\tpolarity\tdocument\tsentence"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == 68 and all(len(r) == 6 for r in rows)
    assert [
        "laser therapy",
        "has_outcome",
        "complete remission of microcalcifications 57% (12/21)",
        "pos",
        "nowaczyk-2021-local-therapies",
        "Laser therapy enabled complete remission of microcalcifications after a single procedure (57%; 12/21).",
    ] in rows
    assert [r[:5] for r in rows if r[3] == "neg"] == [
        ["colchicine", "treats", "calcinosis cutis", "neg", "fixture-case-report"]
    ]
    assert [r[4] for r in rows] == sorted(r[4] for r in rows)
    # The same command twice gives the same bytes.
    assert cckg("facts", "--graph", DATA).stdout == result.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_facts_other_formats(fmt: str) -> None:
    result = cckg("facts", "--graph", DATA, "--format", fmt)
    assert result.exit_code == 0
    if fmt == "csv":
        assert result.stdout.splitlines()[0] == "subject,relation,object,polarity,document,sentence"
    else:
        assert json.loads(result.stdout)["head"]["vars"] == [
            "subject",
            "relation",
            "object",
            "polarity",
            "document",
            "sentence",
        ]
