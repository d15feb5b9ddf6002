"""Output formats, and the light import path of the query side."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
from cckg.queries.results import Result, to_text, write
from cckg.queries.run import query_form, run

SAMPLE = Result.from_bindings(
    ["term", "text", "n"],
    [
        {
            "term": {"type": "uri", "value": "https://w3id.org/cckg/ontology/Diltiazem"},
            "text": {"type": "literal", "value": 'tab\there, "quoted", line\nbreak'},
            "n": {
                "type": "literal",
                "value": "57",
                "datatype": "http://www.w3.org/2001/XMLSchema#integer",
            },
        },
        {"term": {"type": "uri", "value": "https://w3id.org/cckg/ontology/Colchicine"}},
    ],
)


def test_rows_are_plain_strings() -> None:
    assert SAMPLE.rows[1] == {
        "term": "https://w3id.org/cckg/ontology/Colchicine",
        "text": None,
        "n": None,
    }
    assert SAMPLE.column("n") == ["57", None]


def test_csv_round_trips() -> None:
    rows = list(csv.reader(io.StringIO(to_text(SAMPLE, "csv"))))
    assert rows[0] == ["term", "text", "n"]
    assert rows[1][1] == 'tab\there, "quoted", line\nbreak'
    assert rows[2] == ["https://w3id.org/cckg/ontology/Colchicine", "", ""]


def test_tsv_keeps_one_line_per_row() -> None:
    lines = to_text(SAMPLE, "tsv").splitlines()
    assert lines[0] == "term\ttext\tn"
    assert len(lines) == 3 and lines[1].split("\t")[1] == 'tab\\there, "quoted", line\\nbreak'


def test_json_is_sparql_results_json() -> None:
    doc = json.loads(to_text(SAMPLE, "json"))
    assert doc["head"]["vars"] == ["term", "text", "n"]
    first, second = doc["results"]["bindings"]
    assert first["term"] == {"type": "uri", "value": "https://w3id.org/cckg/ontology/Diltiazem"}
    assert first["n"]["datatype"].endswith("#integer")
    assert second == {"term": {"type": "uri", "value": "https://w3id.org/cckg/ontology/Colchicine"}}


def test_plain_table_when_not_a_terminal() -> None:
    out = io.StringIO()
    write(SAMPLE, "table", out, tty=False)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["term", "text", "n"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(2 rows)"
    assert "line break" in lines[2]  # a value never spans two lines


def test_rich_table_on_a_terminal() -> None:
    out = io.StringIO()
    write(SAMPLE, "table", out, tty=True)
    assert "cckg:Diltiazem" in out.getvalue() and "2 rows" in out.getvalue()


def test_ask_and_construct_output() -> None:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o")))
    ask = run("ASK { ?s ?p ?o }", store=store)
    assert to_text(ask, "tsv") == "true\n"
    assert json.loads(to_text(ask, "json")) == {"head": {}, "boolean": True}
    graph = run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", store=store)
    assert to_text(graph, "table") == graph.turtle
    (triple,) = ox.parse(graph.turtle.encode(), format=ox.RdfFormat.TURTLE)
    assert triple.object == ox.Literal("o")


@pytest.mark.parametrize(
    "text, form",
    [
        ("SELECT * WHERE {}", "select"),
        ("PREFIX a: <http://x/select> # ASK\nconstruct WHERE { ?s ?p ?o }", "construct"),
        ('ASK { ?s ?p "INSERT" }', "ask"),
        ("DESCRIBE <http://x>", "describe"),
    ],
)
def test_query_form(text: str, form: str) -> None:
    assert query_form(text) == form


def test_query_path_imports_no_heavy_libraries() -> None:
    code = (
        "import sys, cckg.queries.run, cckg.queries.params, cckg.api, cckg.cli.query, cckg.cli.sparql, "
        "cckg.cli.facts\n"
        "print(sorted(m for m in ('rdflib', 'owlready2', 'SPARQLWrapper', 'rich', 'pyshacl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "module", ["cckg.queries.stored", "cckg.queries.results", "cckg.queries.run", "cckg.api"]
)
def test_doctests(module: str) -> None:
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(module))
    assert tried and not failures
