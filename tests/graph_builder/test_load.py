"""`cckg load` into a real Oxigraph server on loopback: idempotent, chunked, clear failures."""

from __future__ import annotations

import doctest
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.graph_builder import export as ex
from cckg.graph_builder import load as ld
from click.testing import CliRunner, Result

from cckg import vocab
from cckg.cli import main
from cckg.errors import EndpointError, ParameterError
from cckg.testing import free_port, oxigraph_server

PREFIXES = "\n".join(f"PREFIX {k}: <{v}>" for k, v in vocab.PREFIXES.items())
# Evidence rows: what the stored questions read (assertion → document → sentence text).
EVIDENCE = (
    PREFIXES
    + """
SELECT ?therapy ?relation ?target ?polarity ?doc ?text WHERE {
  ?a a cckg:Assertion ; rdf:subject ?therapy ; rdf:predicate ?relation ; rdf:object ?target ;
     cckg:polarity ?polarity ; cckg:document ?doc ; cckg:sentence/oa:exact ?text .
} ORDER BY ?therapy ?relation ?target ?doc ?text"""
)
# Walks the blank-node structure of a defined class: broken if a load split it across requests.
DEFINED = (
    PREFIXES
    + """
SELECT ?cls ?part ?prop ?filler WHERE {
  ?cls owl:equivalentClass/owl:intersectionOf/rdf:rest*/rdf:first ?r .
  OPTIONAL { ?r owl:onProperty ?prop ; owl:someValuesFrom ?filler }
  BIND(IF(isBlank(?r), "restriction", STR(?r)) AS ?part)
} ORDER BY ?cls ?part"""
)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory, oxigraph_bin: Path) -> Iterator[str]:
    """A real `oxigraph serve` (in memory) on a free loopback port."""
    log = tmp_path_factory.mktemp("oxigraph") / "server.log"
    with oxigraph_server([oxigraph_bin, "serve"], log, start_timeout=20) as base:
        yield base


def remote_rows(endpoint: str, query: str) -> list[dict[str, str]]:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    return [
        {k: v["value"] for k, v in row.items() if v["type"] != "bnode"}
        for row in result["results"]["bindings"]
    ]


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    rows = []
    for row in solutions:
        rows.append(
            {
                n: row[n].value
                for n in names
                if row[n] is not None and not isinstance(row[n], ox.BlankNode)
            }
        )
    return rows


def count(endpoint: str, graph: str | None = None) -> int:
    query = (
        COUNT
        if graph is None
        else f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    return int(remote_rows(endpoint, query)[0]["n"])


def expected_triples(export_files: dict[str, Path]) -> int:
    return len({t for p in export_files.values() for t in ex.read_triples(p)})


def _load_exported(export_files: dict[str, Path], *target: str) -> Result:
    """`cckg load` of the exported graph and ontology into ``target`` (its flags)."""
    args = ["load", *target, "--data", str(export_files["graph"]), "--ontology", str(export_files["ontology"])]
    return CliRunner().invoke(main, args)


@pytest.mark.server
def test_load_twice_leaves_the_same_triples(oxigraph: str, export_files: dict[str, Path]) -> None:
    args = ["--endpoint", f"{oxigraph}/query", "--chunk-size", "7"]
    first = _load_exported(export_files, *args)
    assert first.exit_code == 0, first.output
    assert f"loaded {expected_triples(export_files)} triples into the default graph" in first.output
    n = count(f"{oxigraph}/query")
    assert n == expected_triples(export_files)
    again = _load_exported(export_files, *args)
    assert again.exit_code == 0, again.output
    assert count(f"{oxigraph}/query") == n


@pytest.mark.server
@pytest.mark.parametrize("query", [EVIDENCE, DEFINED], ids=["evidence", "defined-class"])
def test_remote_rows_equal_embedded_rows(
    oxigraph: str, export_files: dict[str, Path], query: str
) -> None:
    # Small chunks: the defined class's blank nodes must still arrive in one request.
    ld.load(
        f"{oxigraph}/query",
        source=export_files["graph"],
        ontology=export_files["ontology"],
        chunk_size=5,
    )
    remote = remote_rows(f"{oxigraph}/query", query)
    embedded = _rows_without_bnodes(export_files, query)
    assert remote == embedded
    assert embedded, "the query must return rows to compare"


def _rows_without_bnodes(export_files: dict[str, Path], query: str) -> list[dict[str, str]]:
    store = ox.Store()
    for key in ("ontology", "graph", "inferred"):
        store.bulk_load(path=str(export_files[key]), format=ox.RdfFormat.TURTLE)
    return _rows(store, query)


@pytest.mark.server
def test_load_into_a_named_graph_leaves_the_default_graph_alone(
    oxigraph: str, export_files: dict[str, Path]
) -> None:
    graph = f"{vocab.DATA}graph/all"
    ld.load(f"{oxigraph}/query", source=export_files["graph"], ontology=export_files["ontology"])
    before = count(f"{oxigraph}/query")
    for _ in range(2):
        report = ld.load(
            f"{oxigraph}/query",
            graph=graph,
            source=export_files["graph"],
            ontology=export_files["ontology"],
            inferred=False,
            chunk_size=50,
        )
        assert report.chunks > 1
    assert count(f"{oxigraph}/query", graph) == len(
        {t for k in ("graph", "ontology") for t in ex.read_triples(export_files[k])}
    )
    assert count(f"{oxigraph}/query") == before


@pytest.mark.server
def test_a_store_that_refuses_is_one_clear_error(
    oxigraph: str, export_files: dict[str, Path]
) -> None:
    # The query endpoint is not a graph store: Oxigraph refuses the PUT.
    result = _load_exported(export_files, "--store-url", f"{oxigraph}/query")
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert (
        len(lines) == 1 and lines[0].startswith("cckg: error: ") and "refused the PUT" in lines[0]
    )


def test_loading_into_a_closed_port_fails_with_one_line(export_files: dict[str, Path]) -> None:
    port = free_port()  # nothing listens there once the probe socket is closed
    result = _load_exported(export_files, "--endpoint", f"http://127.0.0.1:{port}/query")
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith(
        f"cckg: error: cannot reach http://127.0.0.1:{port}/store"
    )
    assert "Traceback" not in result.output


def test_load_without_a_url_is_a_usage_error(export_files: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["load", "--data", str(export_files["graph"])])
    assert result.exit_code != 0
    assert result.output.strip() == "cckg: error: give --endpoint URL (or --store-url URL)"


@pytest.mark.parametrize(
    ("endpoint", "store"),
    [
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/store"),
        ("http://localhost:3030/cckg/sparql", "http://localhost:3030/cckg/data"),
        ("http://localhost:3030/cckg/query", "http://localhost:3030/cckg/data"),
        (
            "http://localhost:7200/repositories/cckg",
            "http://localhost:7200/repositories/cckg/rdf-graphs/service",
        ),
    ],
)
def test_store_url_is_derived_from_the_endpoint(endpoint: str, store: str) -> None:
    assert ld.store_url_for(endpoint) == store


@pytest.mark.parametrize("endpoint", ["http://localhost:8890/sparql", "ftp://x/query", "not a url"])
def test_underivable_store_urls_ask_for_store_url(endpoint: str) -> None:
    with pytest.raises(ParameterError):
        ld.store_url_for(endpoint)


@pytest.mark.parametrize("size", [1, 3, 10, 1000])
def test_chunks_keep_blank_node_structures_whole(size: int, export_files: dict[str, Path]) -> None:
    triples = ex.read_parts(export_files["graph"], ontology=export_files["ontology"]).union()
    pieces = list(ld.chunks(triples, size))
    assert [t for piece in pieces for t in piece] != [] and sum(map(len, pieces)) == len(triples)
    assert {t for piece in pieces for t in piece} == set(triples)
    where: dict[ox.BlankNode, int] = {}
    for i, piece in enumerate(pieces):
        for t in piece:
            for term in (t.subject, t.object):
                if isinstance(term, ox.BlankNode):
                    assert where.setdefault(term, i) == i, "a blank node spans two requests"
    # Only a blank-node structure may make a chunk exceed the size.
    assert all(
        len(p) <= size or any(isinstance(t.subject, ox.BlankNode) for t in p) for p in pieces
    )
    assert len(where) == 4  # the fixture's defined class: intersection, two list cells, restriction


def test_password_never_appears_in_errors() -> None:
    port = free_port()
    with pytest.raises(EndpointError) as info:
        ld.load_triples([], f"http://me:secret@127.0.0.1:{port}/store")
    assert "secret" not in str(info.value)
    assert f"cannot reach http://127.0.0.1:{port}/store" in str(info.value)


def test_doctests() -> None:
    assert doctest.testmod(ld).failed == 0
    assert doctest.testmod(ex).failed == 0


# --- the bundled corpus ------------------------------------------------------------------------


def _stored_query_names() -> list[str]:
    from cckg.queries import stored

    return stored.names()


@pytest.fixture(scope="module")
def bundled(oxigraph: str) -> tuple[str, ox.Store, Path]:
    """The bundled corpus built (in the test cache), loaded into the server, and opened locally."""
    from cckg.store import ensure_default_graph, open_store

    path = ensure_default_graph()  # one file for both sides, even if the sources change meanwhile
    result = CliRunner().invoke(
        main,
        ["load", "--endpoint", f"{oxigraph}/query", "--data", str(path), "--chunk-size", "1000"],
    )
    assert result.exit_code == 0, result.output
    return f"{oxigraph}/query", open_store(path), path


def _comparable(result: object) -> list[tuple]:
    rows = []
    for row, binding in zip(result.rows, result.bindings or [{}] * len(result.rows), strict=True):
        rows.append(
            tuple(
                sorted(
                    (k, v)
                    for k, v in row.items()
                    if v is not None and binding.get(k, {}).get("type") != "bnode"
                )
            )
        )
    return sorted(rows)


@pytest.mark.server
@pytest.mark.slow
def test_bundled_graph_loads_idempotently(bundled: tuple[str, ox.Store, Path]) -> None:
    endpoint, local, path = bundled
    ld.load(endpoint, source=path)
    n = count(endpoint)
    assert n == len(local) == len(ex.read_parts(path).union())
    result = CliRunner().invoke(
        main, ["load", "--endpoint", endpoint, "--data", str(path), "--chunk-size", "1000"]
    )
    assert result.exit_code == 0, result.output
    assert count(endpoint) == n


@pytest.mark.server
@pytest.mark.slow
@pytest.mark.parametrize("name", _stored_query_names())
def test_stored_query_gives_the_same_rows_remotely(
    bundled: tuple[str, ox.Store, Path], name: str
) -> None:
    from cckg.queries import stored
    from cckg.queries.run import run

    endpoint, local, path = bundled
    ld.load(endpoint, source=path)  # other tests in this module replace the default graph
    query = stored.get(name)
    here = run(query, store=local)
    there = run(query, endpoint=endpoint)
    assert here.rows, "every stored question has answers on the bundled corpus"
    assert here.columns == there.columns
    assert _comparable(there) == _comparable(here)
