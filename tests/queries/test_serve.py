"""`cckg serve` in a subprocess on loopback: each result format, each refusal, still serving."""

from __future__ import annotations

import csv
import doctest
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.queries import serve as sv

from cckg import vocab

PREFIXES = "\n".join(f"PREFIX {k}: <{v}>" for k, v in vocab.PREFIXES.items())
TREATS = (
    PREFIXES
    + "\nSELECT ?therapy ?condition WHERE { ?therapy cckg:treats ?condition }"
    + " ORDER BY ?therapy ?condition"
)
# A literal with a newline and a language-less string, an IRI, a typed number.
SENTENCES = (
    PREFIXES
    + """
SELECT ?sentence ?text ?start WHERE { ?sentence a cckg:Sentence ; oa:exact ?text ; oa:start ?start }
ORDER BY ?start"""
)
EVIDENCE_GRAPH = (
    PREFIXES
    + """
CONSTRUCT { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cckg:confidence ?c }
WHERE { ?a a cckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
           cckg:confidence ?c }"""
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
MAX_ROWS = 50


def fixture_triples(fixtures_dir: Path) -> int:
    return len(
        {
            q.triple
            for name in ("ontology.ttl", "cckg.ttl", "cckg.inferred.ttl")
            for q in ox.parse(path=str(fixtures_dir / "export" / name))
        }
    )


@pytest.fixture(scope="module")
def embedded(export_files: dict[str, Path]) -> ox.Store:
    store = ox.Store()
    for key in ("ontology", "graph", "inferred"):
        store.bulk_load(path=str(export_files[key]), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def endpoint(
    export_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, start_cckg_serve
) -> Iterator[str]:
    """`cckg serve` on a free loopback port (--port 0, URL read from stdout), one worker."""
    log = tmp_path_factory.mktemp("serve") / "stderr.log"
    args = [
        "--graph",
        str(export_files["graph"]),
        "--ontology",
        str(export_files["ontology"]),
        "--timeout",
        "2",
        "--max-rows",
        str(MAX_ROWS),
        "--workers",
        "1",
    ]
    with start_cckg_serve(args, log) as url:
        yield url


def http(
    url: str,
    *,
    method: str = "GET",
    params: dict[str, str] | None = None,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    if params:
        url += "?" + urllib.parse.urlencode(params)
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def wrapper(endpoint: str, query: str, fmt: str, *, method: str = "GET"):
    from SPARQLWrapper import GET, POST, POSTDIRECTLY, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    elif method == "POSTDIRECTLY":
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    else:
        client.setMethod(GET)
    return client.query().convert()


def expected_rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]


def assert_still_serving(endpoint: str, embedded: ox.Store) -> None:
    result = wrapper(endpoint, TREATS, "json")
    rows = [{k: v["value"] for k, v in r.items()} for r in result["results"]["bindings"]]
    assert rows == expected_rows(embedded, TREATS)


def _rows_from(fmt: str, result: object, names: list[str]) -> list[dict[str, str]]:
    if fmt == "json":
        return [{k: v["value"] for k, v in r.items()} for r in result["results"]["bindings"]]
    if fmt == "xml":
        rows = []
        for node in result.getElementsByTagName("result"):
            row = {}
            for binding in node.getElementsByTagName("binding"):
                value = binding.firstChild
                row[binding.getAttribute("name")] = "".join(t.data for t in value.childNodes)
            rows.append(row)
        return rows
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(result.decode("utf-8"), newline=""))
        assert reader.fieldnames == names
        return [{k: v for k, v in row.items() if v != ""} for row in reader]
    lines = result.decode("utf-8").rstrip("\n").split("\n")
    assert lines[0].split("\t") == [f"?{n}" for n in names]
    rows = []
    for line in lines[1:]:
        row = {}
        for name, cell in zip(names, line.split("\t"), strict=True):
            term = next(
                iter(ox.parse(f"<http://s> <http://p> {cell} .", format=ox.RdfFormat.N_TRIPLES))
            ).object
            row[name] = term.value
        rows.append(row)
    return rows


@pytest.mark.server
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("query", [TREATS, SENTENCES], ids=["treats", "sentences"])
def test_select_in_each_result_format(
    endpoint: str, embedded: ox.Store, fmt: str, query: str
) -> None:
    names = [v.value for v in embedded.query(query).variables]
    result = wrapper(endpoint, query, fmt)
    assert _rows_from(fmt, result, names) == expected_rows(embedded, query)


@pytest.mark.server
@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_every_protocol_method(endpoint: str, embedded: ox.Store, method: str) -> None:
    result = wrapper(endpoint, SENTENCES, "json", method=method)
    rows = [{k: v["value"] for k, v in r.items()} for r in result["results"]["bindings"]]
    assert rows == expected_rows(embedded, SENTENCES)
    # Literal details survive: datatype of oa:start, no datatype on plain strings.
    first = result["results"]["bindings"][0]
    assert first["start"]["datatype"] == vocab.XSD + "integer" and "datatype" not in first["text"]


@pytest.mark.server
@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("json-ld", "json-ld")])
def test_construct_as_turtle_and_jsonld(
    endpoint: str, embedded: ox.Store, fmt: str, rdflib_format: str
) -> None:
    import rdflib
    from rdflib.compare import isomorphic

    result = wrapper(endpoint, EVIDENCE_GRAPH, fmt)
    got = (
        result
        if isinstance(result, rdflib.Graph)
        else rdflib.Graph().parse(data=result, format=rdflib_format)
    )
    expected = rdflib.Graph().parse(
        data=ox.serialize(embedded.query(EVIDENCE_GRAPH), format=ox.RdfFormat.N_TRIPLES),
        format="nt",
    )
    assert len(expected) == 7 * 4
    assert isomorphic(got, expected)


@pytest.mark.server
@pytest.mark.parametrize(
    ("fmt", "expected"), [("json", b'"boolean": true'), ("xml", b"<boolean>true</boolean>")]
)
def test_ask(endpoint: str, fmt: str, expected: bytes) -> None:
    status, _, body = http(endpoint, params={"query": "ASK { ?s a ?o }", "format": fmt})
    assert status == 200 and expected in body


REFUSALS = {
    "update-param": (
        {
            "params": {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"},
            "method": "POST",
        },
        "read-only: SPARQL Update is not allowed",
    ),
    "update-body": (
        {
            "body": b"DROP ALL",
            "method": "POST",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        "read-only: SPARQL Update is not allowed",
    ),
    "update-form": (
        {
            "body": b"update=CLEAR+ALL",
            "method": "POST",
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        },
        "read-only: SPARQL Update is not allowed",
    ),
    "insert-as-query": (
        {"params": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
        "read-only: INSERT (SPARQL Update) is not allowed",
    ),
    "load-file-as-query": (
        {"params": {"query": "LOAD <file:///etc/passwd>"}},
        "read-only: LOAD (SPARQL Update) is not allowed",
    ),
    "load-file-as-update": (
        {"params": {"update": "LOAD <file:///etc/passwd> INTO GRAPH <http://x>"}},
        "read-only",
    ),
    "service": (
        {
            "params": {
                "query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
            }
        },
        "SERVICE (federated query) is disabled",
    ),
    "service-silent": (
        {
            "params": {
                "query": "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> "
                "{ ?s ?p ?o } }"
            }
        },
        "SERVICE (federated query) is disabled",
    ),
    "gsp-put": (
        {
            "method": "PUT",
            "body": b"<http://a> <http://b> <http://c> .",
            "headers": {"Content-Type": "application/n-triples"},
        },
        "only GET and POST queries",
    ),
    "gsp-delete": ({"method": "DELETE"}, "only GET and POST queries"),
}


@pytest.mark.server
@pytest.mark.parametrize(("request_kw", "message"), list(REFUSALS.values()), ids=list(REFUSALS))
def test_refusals_are_clear_and_the_server_keeps_serving(
    endpoint: str, embedded: ox.Store, request_kw: dict, message: str
) -> None:
    status, headers, body = http(endpoint, **request_kw)
    assert status in (403, 405)
    assert message in body.decode("utf-8")
    assert headers["Content-Type"].startswith("text/plain")
    assert_still_serving(endpoint, embedded)


@pytest.mark.server
def test_sparqlwrapper_update_and_load_are_refused(
    endpoint: str, embedded: ox.Store, fixtures_dir: Path
) -> None:
    for update in ("INSERT DATA { <http://a> <http://b> <http://c> }", "LOAD <file:///etc/passwd>"):
        with pytest.raises(urllib.error.HTTPError) as info:
            wrapper(endpoint, update, "json", method="POST")
        assert info.value.code == 403
        assert b"read-only" in info.value.read()
    status, _, body = http(
        endpoint, params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "format": "csv"}
    )
    assert status == 200 and body.decode().split() == [
        "n",
        str(fixture_triples(fixtures_dir)),
    ]  # nothing added


@pytest.mark.server
def test_service_inside_strings_comments_and_names_is_not_refused(endpoint: str) -> None:
    query = (
        PREFIXES
        + """
    # SERVICE <http://example.org/sparql> in a comment
    SELECT ?service WHERE { BIND("SERVICE <http://example.org/sparql> { }" AS ?service)
      OPTIONAL { <http://example.org/SERVICE> cckg:service ?x } }"""
    )
    status, _, body = http(endpoint, params={"query": query})
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["service"]["value"].startswith("SERVICE")


@pytest.mark.server
def test_runaway_query_is_stopped_and_the_next_query_succeeds(
    endpoint: str, embedded: ox.Store
) -> None:
    status, _, body = http(endpoint, params={"query": RUNAWAY})
    assert status == 503
    assert "time limit of 2 s" in body.decode() and "stopped" in body.decode()
    # One worker only: the answer below comes from the replacement of the killed worker.
    assert_still_serving(endpoint, embedded)


@pytest.mark.server
def test_result_cap_is_announced(endpoint: str, embedded: ox.Store) -> None:
    status, headers, body = http(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-Result-Truncated"].startswith("true")
    assert headers["X-Max-Rows"] == str(MAX_ROWS)
    status, headers, body = http(endpoint, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert status == 200 and len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == MAX_ROWS
    assert "X-Result-Truncated" in headers
    status, headers, _ = http(endpoint, params={"query": TREATS})
    assert status == 200 and "X-Result-Truncated" not in headers


@pytest.mark.server
@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"query": "SELECT * WHERE { ?s ?p "}, 400, "query syntax error"),
        ({}, 400, "exactly one non-empty `query`"),
        (
            {"query": "SELECT * { ?s ?p ?o } LIMIT 1", "format": "yaml"},
            406,
            "unknown result format",
        ),
    ],
)
def test_bad_requests(
    endpoint: str, embedded: ox.Store, params: dict, status: int, message: str
) -> None:
    got, _, body = http(endpoint, params=params)
    assert (got, message in body.decode()) == (status, True)
    assert_still_serving(endpoint, embedded)


@pytest.mark.server
def test_page_and_void(endpoint: str, fixtures_dir: Path) -> None:
    root = endpoint.rsplit("/", 1)[0]
    status, headers, body = http(root + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'<form action="/sparql"' in body
    status, _, body = http(root + "/.well-known/void")
    store = ox.Store()
    store.load(body, format=ox.RdfFormat.TURTLE)
    n = fixture_triples(fixtures_dir)
    assert bool(
        store.query(
            f"ASK {{ ?d <{vocab.VOID}sparqlEndpoint> <{endpoint}> ; <{vocab.VOID}triples> {n} }}"
        )
    )
    assert http(root + "/nothing")[0] == 404


@pytest.mark.parametrize(
    ("query", "form", "refused"),
    [
        ("SELECT * { ?s ?p ?o }", "SELECT", None),
        ("PREFIX ex: <http://x/> construct { ?s ?p ?o } where { ?s ?p ?o }", "CONSTRUCT", None),
        ('ASK { ?s ?p "service" }', "ASK", None),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://x>", "SELECT", None),
        ("PREFIX service: <http://x/> SELECT * { ?s service:load ?service }", "SELECT", None),
        ('SELECT * { ?s ?p """multi\nSERVICE line""" }', "SELECT", None),
        ("SELECT * { ?s ?p ?o FILTER(?o < ?p) }", "SELECT", None),
        ("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", "SELECT", "SERVICE"),
        ("SELECT * {}SERVICE<http://x>{}", "SELECT", "SERVICE"),
        (r"SELECT * { \u0053ERVICE <http://x/sparql> { ?s ?p ?o } }", "SELECT", "SERVICE"),
        ("LOAD <file:///etc/passwd>", None, "LOAD"),
        ("clear all", None, "CLEAR"),
        ("DELETE WHERE { ?s ?p ?o }", None, "DELETE"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", None, "WITH"),
    ],
)
def test_inspect_query(query: str, form: str | None, refused: str | None) -> None:
    info = sv.inspect_query(query)
    if refused is None:
        assert (info.form, info.refusal) == (form, None)
    else:
        assert info.refusal is not None and refused in info.refusal


@pytest.mark.parametrize(
    ("form", "accept", "fmt", "key"),
    [
        ("SELECT", None, None, "json"),
        ("SELECT", "text/tab-separated-values", None, "tsv"),
        ("SELECT", "application/sparql-results+json;q=0.2, text/csv", None, "csv"),
        ("SELECT", "text/html, */*;q=0.1", None, "json"),
        ("SELECT", "text/csv", "xml", "xml"),
        ("ASK", "application/sparql-results+xml", None, "xml"),
        ("CONSTRUCT", None, None, "turtle"),
        ("CONSTRUCT", "application/ld+json", None, "jsonld"),
        ("DESCRIBE", "application/n-triples", None, "ntriples"),
        ("CONSTRUCT", "application/sparql-results+json", "json", "jsonld"),
    ],
)
def test_negotiate(form: str, accept: str | None, fmt: str | None, key: str) -> None:
    assert sv.negotiate(form, accept, fmt) == key


def test_negotiate_refuses_what_it_cannot_write() -> None:
    with pytest.raises(sv.NotAcceptableError):
        sv.negotiate("SELECT", "image/png", None)


def test_doctests() -> None:
    assert doctest.testmod(sv).failed == 0
