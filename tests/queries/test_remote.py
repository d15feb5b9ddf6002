"""The same queries through a real `oxigraph serve` on loopback give the same rows as the embedded
store; endpoint failures are one clear error."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from cckg.queries import stored
from cckg.queries.run import bind_values, run
from click.testing import CliRunner

from cckg.cli import main
from cckg.errors import EndpointError, ParameterError, QueryError

pytestmark = pytest.mark.server

NON_DEFAULT = [
    ("therapies-for-condition", {"condition": "CREST syndrome"}),
    ("therapies-for-condition", {"condition": "calcinosis cutis"}),
    ("sites-of-condition", {"condition": "dermatomyositis"}),
    ("outcomes-of-therapy", {"therapy": "CO2 laser"}),
    ("adverse-effects-of-therapy", {"therapy": "laser"}),
    ("evidence-for-fact", {"subject": "colchicine", "object": "calcinosis cutis"}),
    ("evidence-strength", {"max_rank": "5"}),
    ("conditions-at-site", {"site": "limb"}),
]


@pytest.mark.parametrize(
    "name, params",
    [pytest.param(q.name, {}, id=q.name) for q in stored.load_all()]
    + [pytest.param(n, p, id=f"{n}-{'-'.join(p.values())}") for n, p in NON_DEFAULT],
)
def test_same_rows_locally_and_remotely(
    fixture_store: ox.Store, fixture_endpoint: str, name: str, params: dict[str, str]
) -> None:
    q = stored.get(name)
    local = run(q, bindings=params, store=fixture_store)
    remote = run(q, bindings=params, endpoint=fixture_endpoint)
    assert remote.columns == local.columns
    assert remote.rows == local.rows
    assert local.rows
    assert remote.bindings == local.bindings  # uri/literal and datatypes agree too


def test_construct_and_ask_agree(fixture_store: ox.Store, fixture_endpoint: str) -> None:
    construct = (
        "PREFIX cckg: <https://w3id.org/cckg/ontology/>\n"
        "CONSTRUCT { ?t cckg:treats ?c } WHERE { ?t cckg:treats ?c }"
    )
    local = run(construct, store=fixture_store)
    remote = run(construct, endpoint=fixture_endpoint)
    assert local.turtle and remote.turtle == local.turtle
    assert "cckg:Diltiazem cckg:treats cckg:CalcinosisCutis" in local.turtle.replace(" ,", ",")
    ask = "ASK { ?s a <https://w3id.org/cckg/ontology/Assertion> }"
    assert (
        run(ask, endpoint=fixture_endpoint).boolean is True is run(ask, store=fixture_store).boolean
    )


HOSTILE = [
    'systemic sclerosis"',
    "x } UNION { ?a ?b ?c",
    '"> . } #',
    "<https://w3id.org/cckg/ontology/A> . } #>",
    "systemic sclerosis\n} UNION {\n",
    "x" * 10_240,
]


@pytest.mark.parametrize(
    "value", HOSTILE, ids=["quote", "union", "close-iri", "iri-with-gt", "newlines", "10kB"]
)
def test_hostile_values_remotely(fixture_endpoint: str, value: str) -> None:
    with pytest.raises(ParameterError):
        run(
            stored.get("therapies-for-condition"),
            bindings={"condition": value},
            endpoint=fixture_endpoint,
        )
    # As a string parameter the value travels inside VALUES and comes back byte for byte.
    text = (
        "#+ params:\n#+   - name: s\n#+     type: string\n#+     default: x\n"
        "SELECT ?s ?n WHERE {\n  # @bind ?s\n  BIND(STRLEN(?s) AS ?n)\n}\n"
    )
    result = run(text, bindings={"s": value}, endpoint=fixture_endpoint)
    assert result.rows == [{"s": value, "n": str(len(value))}]


def test_bind_values_writes_escaped_terms() -> None:
    text = "SELECT ?s WHERE {\n  # @bind ?s\n  ?s ?p ?o\n}"
    out = bind_values(text, {"s": ox.Literal('a"b\n} UNION {')})
    assert 'VALUES ?s { "a\\"b\\n} UNION {" }' in out
    with pytest.raises(QueryError, match=r"no `# @bind \?t` marker"):
        bind_values(text, {"t": ox.Literal("x")})


def test_cli_endpoint_matches_graph(
    fixture_endpoint: str, query_fixtures: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cckg.resources.ontology_file", lambda: query_fixtures["ontology"])
    runner = CliRunner()
    args = ["query", "sites-of-condition", "-p", "condition=systemic sclerosis", "--format", "csv"]
    remote = runner.invoke(main, [*args, "--endpoint", fixture_endpoint])
    local = runner.invoke(main, [*args, "--graph", str(query_fixtures["data"])])
    assert remote.exit_code == 0 == local.exit_code, remote.output + local.output
    assert remote.output == local.output and "forearm" in remote.output


# -- failures ---------------------------------------------------------------------------------


@pytest.fixture
def html_server() -> Iterator[str]:
    """A loopback HTTP server that answers every request with an HTML page (not SPARQL)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _html(self) -> None:
            body = b"<html><body>maintenance</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _html

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/query"
    with pytest.raises(EndpointError, match=f"cannot reach {url}"):
        run("ASK {}", endpoint=url, timeout=5)


def test_non_json_answer(html_server: str) -> None:
    with pytest.raises(
        EndpointError, match=r"did not answer with SPARQL JSON results \(got text/html\)"
    ):
        run("SELECT * WHERE { ?s ?p ?o }", endpoint=html_server)


def test_http_error(fixture_endpoint: str) -> None:
    with pytest.raises(
        EndpointError, match="answered HTTP 404: POST /no-such-path is not supported"
    ):
        run("ASK {}", endpoint=fixture_endpoint.replace("/query", "/no-such-path"))


def test_bad_query_is_a_query_error(fixture_endpoint: str) -> None:
    with pytest.raises(QueryError, match="rejected the query"):
        run("SELECT ?x WHERE { ?x ?y }", endpoint=fixture_endpoint)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/sparql", "localhost:7878"]
)
def test_only_http_endpoints(url: str) -> None:
    with pytest.raises(EndpointError, match="http:// or https://"):
        run("ASK {}", endpoint=url)


def test_updates_are_refused_before_sending(fixture_endpoint: str) -> None:
    with pytest.raises(QueryError, match="updates are not allowed"):
        run("INSERT DATA { <http://a> <http://b> <http://c> }", endpoint=fixture_endpoint)


def test_cli_unreachable_endpoint_is_one_line() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/query"
    result = CliRunner().invoke(
        main, ["query", "graph-statistics", "--endpoint", url, "--timeout", "5"]
    )
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cckg: error: cannot reach")


def test_silent_endpoint_times_out() -> None:
    import socket

    # A socket that completes the TCP handshake (listen backlog) but never answers.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        with pytest.raises(EndpointError, match="did not answer within 1 s"):
            run("ASK {}", endpoint=url, timeout=1)
