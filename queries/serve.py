"""A read-only SPARQL 1.1 Protocol endpoint over the built graph.

The HTTP side is the standard library's ``ThreadingHTTPServer``; queries run on pyoxigraph.

Why worker processes: a pyoxigraph query cannot be cancelled from Python, and a query that
aggregates or sorts does all its work inside one call, so neither a thread nor lazy iteration
can bound its time. Queries therefore run in a small pool of worker processes, each with the
graph open read-only; the request thread waits at most ``timeout`` seconds for the answer, and
past that kills the worker by its process id and starts a fresh one. The server itself never
runs a query, so it keeps serving whatever a query does.

Beside the protocol, plain HTML pages for people who do not write SPARQL (:mod:`.webpage`): ``/``
lists the stored questions, ``/ask/<name>`` shows a question's form and, given parameters, runs it
as `cckg query` does (labels resolved by :mod:`.params`, terms bound as ``substitutions`` on the
same workers, with the same time limit and row cap) and shows the rows with their sources, or
downloads them (``format=csv|json``). The raw SPARQL form is at ``/sparql-form``.

Read-only and closed to the outside: updates (the ``update`` parameter, an
``application/sparql-update`` body, or update keywords in a query) and ``SERVICE`` (which
pyoxigraph would follow to any host) are refused with 403 before any worker sees the query; a
small lexer finds the keywords outside strings, comments and IRIs. The workers' store is opened
read-only as well, and pyoxigraph never dereferences ``FROM`` IRIs, so no local file is read.

>>> inspect_query('SELECT * WHERE { ?s ?p "SERVICE <http://x> {}" } # SERVICE').form
'SELECT'
>>> inspect_query('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }').refusal
'SERVICE (federated query) is disabled on this endpoint'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import multiprocessing.connection
import queue
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from cckg.queries import stored, webpage
from cckg.queries.params import resolve_all
from cckg.queries.results import XSD_STRING, Result
from cckg.queries.run import json_term
from cckg.queries.stored import StoredQuery

from cckg import __version__
from cckg.errors import CckgError, QueryError

DEFAULT_PORT = 7879
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
MAX_BODY = 1 << 20  # bytes: a SPARQL query larger than 1 MiB is refused
QUEUE_WAIT = 30.0  # seconds a request may wait for a free worker before "busy"


# --- reading a query without parsing it ---------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:[\w.\-:%\\]*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def keywords(text: str) -> Iterator[str]:
    """The bare words of a SPARQL text, upper-cased, skipping strings, comments, IRIs, names."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


@dataclass(frozen=True)
class QueryInfo:
    """What the lexer tells about a query: its form and why it is refused (if it is)."""

    form: str | None
    refusal: str | None = None


def inspect_query(text: str) -> QueryInfo:
    """The form of a query (SELECT, CONSTRUCT, DESCRIBE, ASK) and any reason to refuse it."""
    # SPARQL allows \\u escapes anywhere; pyoxigraph only decodes them inside strings and IRIs,
    # but refuse a query whose decoded text would be an update or SERVICE all the same.
    decoded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    form = None
    for variant in dict.fromkeys((text, decoded)):
        words = list(keywords(variant))
        if "SERVICE" in words:
            return QueryInfo(form, "SERVICE (federated query) is disabled on this endpoint")
        update = next((w for w in words if w in UPDATE_KEYWORDS), None)
        if update:
            return QueryInfo(
                form, f"this endpoint is read-only: {update} (SPARQL Update) is not allowed"
            )
        form = form or next((w for w in words if w in _QUERY_FORMS), None)
    return QueryInfo(form)


# --- result formats ------------------------------------------------------------------------------

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
_GRAPH_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
# Names (``format=`` values and media types) → format keys, for solutions and for graphs.
_SOLUTION_NAMES = {
    "json": "json",
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/javascript": "json",
    "application/javascript": "json",
    "xml": "xml",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "csv": "csv",
    "text/csv": "csv",
    "tsv": "tsv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_NAMES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "n3": "turtle",
    "text/n3": "turtle",
    "json-ld": "jsonld",
    "jsonld": "jsonld",
    "application/ld+json": "jsonld",
    "json": "jsonld",
    "application/json": "jsonld",
    "nt": "ntriples",
    "ntriples": "ntriples",
    "n-triples": "ntriples",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "xml": "rdfxml",
    "rdfxml": "rdfxml",
    "rdf+xml": "rdfxml",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}


class NotAcceptableError(QueryError):
    """No result format both sides can use."""


def negotiate(form: str | None, accept: str | None, fmt: str | None) -> str:
    """The result format key for a query form, from a ``format`` parameter or the Accept header.

    >>> negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+xml", None)
    'xml'
    >>> negotiate("CONSTRUCT", None, "json-ld")
    'jsonld'
    """
    graph = form in ("CONSTRUCT", "DESCRIBE")
    names = _GRAPH_NAMES if graph else _SOLUTION_NAMES
    default = "turtle" if graph else "json"
    if fmt:
        key = names.get(fmt.strip().lower())
        if key is None:
            kind = "graph" if graph else "solutions"
            raise NotAcceptableError(
                f"unknown result format {fmt!r} for {kind} "
                f"(use one of {', '.join(sorted(set(names.values())))})"
            )
        return key
    if not accept:
        return default
    ranked: list[tuple[float, int, str]] = []
    for i, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(p[2:])
        if q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in names:
            return names[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    raise NotAcceptableError(
        f"cannot answer with {accept!r}; this endpoint writes "
        f"{', '.join(sorted({*SOLUTION_TYPES.values(), *GRAPH_TYPES.values()}))}"
    )


def _xml_term(term: ox.Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return (
                f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
            )
        if term.datatype.value != XSD_STRING:
            datatype = quoteattr(term.datatype.value)
            return f"<literal datatype={datatype}>{xml_escape(term.value)}</literal>"
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _plain(term: ox.Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _tsv_term(term: ox.Term | None) -> str:
    # N-Triples form (pyoxigraph escapes newlines and tabs inside literals), as the TSV spec asks.
    return "" if term is None else str(term)


def write_solutions(
    variables: Sequence[str], rows: Sequence[Sequence[ox.Term | None]], key: str
) -> bytes:
    """SPARQL 1.1 query results (JSON, XML, CSV or TSV) for solution rows."""
    if key == "json":
        bindings = [
            {v: json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
            for row in rows
        ]
        doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if key == "xml":
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
            "<head>",
        ]
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            cells = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            out.append(f"<result>{cells}</result>")
        out.append("</results></sparql>")
        return "\n".join(out).encode("utf-8")
    if key == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_plain(t) for t in row] for row in rows)
        return text.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_boolean(value: bool, key: str) -> bytes:
    """The answer of an ASK query in a results format."""
    if key == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if key == "xml":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/'
            f'sparql-results#"><head/><boolean>{str(value).lower()}</boolean></sparql>'
        ).encode()
    return f"_askResult\n{str(value).lower()}\n".encode()  # one column, as Fuseki writes it


# --- the workers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One query for a worker."""

    query: str
    result_format: str
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    #: Variables bound to terms (pyoxigraph ``substitutions``): how a web question's parameters
    #: reach the query without entering its text.
    substitutions: tuple[tuple[str, ox.NamedNode | ox.Literal], ...] = ()


@dataclass(frozen=True)
class Reply:
    """A worker's answer: an HTTP status, a body, and how many rows (and whether cut off)."""

    status: int
    media_type: str
    body: bytes
    rows: int = 0
    truncated: bool = False


def run_job(store: ox.Store, job: Job) -> Reply:
    """Run one query on ``store``; at most ``job.max_rows`` rows (or triples) are kept."""
    kwargs: dict[str, object] = {}
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    if job.substitutions:
        kwargs["substitutions"] = {ox.Variable(k): v for k, v in job.substitutions}
    try:
        result = store.query(job.query, **kwargs)
        if isinstance(result, ox.QueryBoolean):
            key = job.result_format if job.result_format in SOLUTION_TYPES else "json"
            return Reply(200, SOLUTION_TYPES[key], write_boolean(bool(result), key), 1)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows: list[list[ox.Term | None]] = []
            for solution in result:  # lazily: stop as soon as the cap is passed
                if len(rows) == job.max_rows:
                    return _solutions_reply(variables, rows, job, truncated=True)
                rows.append([solution[v] for v in variables])
            return _solutions_reply(variables, rows, job, truncated=False)
        triples: list[ox.Triple] = []
        truncated = False
        for triple in result:
            if len(triples) == job.max_rows:
                truncated = True
                break
            triples.append(triple)
        key = job.result_format if job.result_format in GRAPH_TYPES else "turtle"
        body = ox.serialize(triples, format=_GRAPH_RDF_FORMATS[key]) if triples else b""
        return Reply(200, GRAPH_TYPES[key], body, len(triples), truncated)
    except SyntaxError as exc:
        return Reply(400, "text/plain; charset=utf-8", f"query syntax error: {exc}\n".encode())
    except (OSError, ValueError, RuntimeError) as exc:
        return Reply(400, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode())


def _solutions_reply(
    variables: list[str], rows: list[list[ox.Term | None]], job: Job, *, truncated: bool
) -> Reply:
    key = job.result_format if job.result_format in SOLUTION_TYPES else "json"
    return Reply(
        200, SOLUTION_TYPES[key], write_solutions(variables, rows, key), len(rows), truncated
    )


def _worker_main(conn: multiprocessing.connection.Connection, store_dir: str) -> None:
    """A worker process: open the store read-only, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = ox.Store.read_only(store_dir)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        try:
            reply = run_job(store, job)
        except Exception as exc:  # a bug, not bad input: report it, keep the worker alive
            reply = Reply(500, "text/plain; charset=utf-8", f"internal error: {exc!r}\n".encode())
        conn.send(reply)


class QueryTimeoutError(CckgError):
    """The query ran past the time limit and its worker was stopped."""


class BusyError(CckgError):
    """No worker became free in time."""


class _Worker:
    def __init__(self, ctx: multiprocessing.context.BaseContext, store_dir: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, store_dir), daemon=True, name="cckg-sparql-worker"
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> bool:
        try:
            return self.conn.poll(timeout) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            return False

    def stop(self) -> None:
        # Only this worker, by its own process id: terminate, then kill if it lingers.
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)


class WorkerPool:
    """A few worker processes with the graph open read-only; a stuck one is replaced."""

    def __init__(self, store_dir: str, size: int = 2, *, start_timeout: float = 120.0) -> None:
        self._ctx = multiprocessing.get_context("spawn")  # no fork: the server has threads
        self._store_dir = store_dir
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._start_timeout = start_timeout
        workers = [self._spawn() for _ in range(max(1, size))]
        for w in workers:
            if not w.wait_ready(start_timeout):
                self.close()
                raise CckgError("the SPARQL worker processes did not start")
            self._idle.put(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self._store_dir)
        with self._lock:
            self._all.add(w)
        return w

    def _retire(self, w: _Worker) -> None:
        w.stop()
        with self._lock:
            self._all.discard(w)
        if self._closed:
            return

        def replace() -> None:
            fresh = self._spawn()
            if fresh.wait_ready(self._start_timeout) and not self._closed:
                self._idle.put(fresh)
            else:
                fresh.stop()

        threading.Thread(target=replace, daemon=True, name="cckg-worker-respawn").start()

    def execute(self, job: Job, timeout: float) -> Reply:
        """Run ``job`` on a free worker, waiting at most ``timeout`` seconds for its answer.

        :raises BusyError: when no worker becomes free within QUEUE_WAIT seconds.
        :raises QueryTimeoutError: when the query runs past ``timeout`` (its worker is killed).
        """
        try:
            w = self._idle.get(timeout=QUEUE_WAIT)
        except queue.Empty:
            raise BusyError("every query worker is busy; try again shortly") from None
        try:
            w.conn.send(job)
            if not w.conn.poll(timeout):
                self._retire(w)
                raise QueryTimeoutError(
                    f"the query ran longer than this endpoint's time limit of {timeout:g} s and "
                    "was stopped; narrow it (bind a term, add LIMIT) or ask the maintainer for a "
                    "longer --timeout"
                )
            reply = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(w)
            return Reply(
                500,
                "text/plain; charset=utf-8",
                b"the query worker died (out of memory?); it has been restarted\n",
            )
        self._idle.put(w)
        return reply

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()


# --- the HTTP side -------------------------------------------------------------------------------

#: Headers of every HTML page: no script may run, nothing is fetched from elsewhere.
_HTML_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
#: Rows a parameter lookup may return (the row cap is for answers, not for the label lexicon).
LOOKUP_MAX_ROWS = 200_000
#: Answer formats of a question's page besides HTML: the same text `cckg query --format` writes.
DOWNLOAD_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/sparql-results+json; charset=utf-8",
}


class WorkerFailedError(CckgError):
    """A worker answered with an internal error (a bug, not bad input)."""


class PoolBackend:
    """Runs the query side's bound queries (:mod:`cckg.queries.run`) on the worker pool.

    The same resolution and binding as `cckg query`: parameters become ``substitutions``, never
    query text. All queries of one web request share one deadline, the endpoint's timeout.
    """

    def __init__(self, pool: WorkerPool, *, max_rows: int, deadline: float) -> None:
        self.pool = pool
        self.max_rows = max_rows
        self.deadline = deadline
        self.truncated = False

    def execute(self, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> Result:
        """Run one SELECT or ASK with ``bindings``; raise the query side's errors."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise QueryTimeoutError(
                "the question ran longer than this server's time limit and was stopped"
            )
        job = Job(text, "json", self.max_rows, substitutions=tuple(bindings.items()))
        reply = self.pool.execute(job, left)
        if reply.status == 400:
            raise QueryError(reply.body.decode("utf-8", "replace").strip())
        if reply.status != 200:
            raise WorkerFailedError(reply.body.decode("utf-8", "replace").strip())
        self.truncated = self.truncated or reply.truncated
        doc = json.loads(reply.body)
        if "boolean" in doc:
            return Result(columns=[], rows=[], boolean=bool(doc["boolean"]))
        return Result.from_bindings(doc["head"]["vars"], doc["results"]["bindings"])


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: holds the worker pool and the endpoint's limits."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: WorkerPool,
        *,
        timeout: float,
        max_rows: int,
        void: Callable[[str], bytes] | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(address, SparqlHandler)
        self.pool = pool
        self.query_timeout = timeout
        self.max_rows = max_rows
        self._void = void
        self._void_bytes: bytes | None = None
        self.quiet = quiet
        self._suggestions: dict[tuple[str, ...], list[str]] = {}
        self._suggestions_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/sparql"

    def void(self) -> bytes:
        if self._void_bytes is None:
            self._void_bytes = self._void(self.url) if self._void else b""
        return self._void_bytes

    def backend(self, *, lookup: bool = False, deadline: float | None = None) -> PoolBackend:
        """A backend for one web request: answers capped at ``max_rows``, lookups not; by
        default the request's queries must all be done within the endpoint's timeout."""
        return PoolBackend(
            self.pool,
            max_rows=LOOKUP_MAX_ROWS if lookup else self.max_rows,
            deadline=deadline if deadline is not None else time.monotonic() + self.query_timeout,
        )

    def suggestions(self, query: StoredQuery) -> dict[str, list[str]]:
        """Labels and synonyms a value of each IRI parameter may take (for autocomplete).

        Best effort: a lookup that fails or times out leaves that parameter without a list.
        """
        from cckg.queries.params import Resolver

        out: dict[str, list[str]] = {}
        for p in query.params:
            if p.type != "iri":
                continue
            with self._suggestions_lock:
                cached = self._suggestions.get(p.classes)
            if cached is None:
                try:
                    entries = Resolver(self.backend(lookup=True).execute).lexicon(p.classes)
                except CckgError:
                    continue
                # Preferred names and synonyms; misspellings (hiddenLabel, tier 3) are not offered.
                labels = {e.label.casefold(): e.label for e in entries if e.tier <= 2}
                cached = sorted(labels.values(), key=str.casefold)
                with self._suggestions_lock:
                    self._suggestions[p.classes] = cached
            out[p.name] = cached
        return out


class SparqlHandler(BaseHTTPRequestHandler):
    """GET and POST of the SPARQL 1.1 Protocol (query operation only)."""

    server: SparqlServer
    server_version = f"cckg/{__version__}"

    def do_GET(self) -> None:
        path, _, raw_query = self.path.partition("?")
        params = urllib.parse.parse_qs(raw_query, keep_blank_values=True)
        if path == "/.well-known/void":
            self._send(200, "text/turtle; charset=utf-8", self.server.void())
            return
        if path in ("/", "/ask", "/ask/") and "query" not in params and "update" not in params:
            page = webpage.index_page(
                stored.load_all(internal=False),
                endpoint=self.server.url,
                timeout=self.server.query_timeout,
                max_rows=self.server.max_rows,
            )
            self._html(200, page)
            return
        if path == "/sparql-form":
            page = webpage.sparql_form_page(
                endpoint=self.server.url,
                timeout=self.server.query_timeout,
                max_rows=self.server.max_rows,
            )
            self._html(200, page)
            return
        if path.startswith("/ask/"):
            self._ask(urllib.parse.unquote(path.removeprefix("/ask/")), raw_query)
            return
        if path not in ("/", "/sparql", "/query"):
            self._error(404, f"no such resource {path!r}; the SPARQL endpoint is /sparql")
            return
        self._answer(params)

    def do_POST(self) -> None:
        path, _, raw_query = self.path.partition("?")
        if path not in ("/", "/sparql", "/query"):
            self._error(404, f"no such resource {path!r}; the SPARQL endpoint is /sparql")
            return
        params = urllib.parse.parse_qs(raw_query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update" or "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is not allowed")
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._error(411, "a POST needs a Content-Length")
            return
        if int(length) > MAX_BODY:
            self._error(413, f"request body larger than {MAX_BODY} bytes")
            return
        body = self.rfile.read(int(length))
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "the request body is not UTF-8")
            return
        if ctype == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            params.setdefault("query", []).append(text)
        else:
            self._error(
                415, "POST a query as application/x-www-form-urlencoded or application/sparql-query"
            )
            return
        self._answer(params)

    def _refuse_write(self) -> None:
        self.rfile.read(min(int(self.headers.get("Content-Length") or 0), MAX_BODY))
        self._error(
            405,
            "this endpoint is read-only: only GET and POST queries are served",
            extra={"Allow": "GET, POST"},
        )

    do_PUT = do_DELETE = do_PATCH = _refuse_write

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is not allowed")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(400, "give exactly one non-empty `query` parameter")
            return
        query = queries[0]
        info = inspect_query(query)
        if info.refusal:
            self._error(403, info.refusal)
            return
        fmt = (params.get("format") or params.get("output") or [None])[0]
        try:
            key = negotiate(info.form, self.headers.get("Accept"), fmt)
        except NotAcceptableError as exc:
            self._error(406, str(exc))
            return
        job = Job(
            query,
            key,
            self.server.max_rows,
            tuple(params.get("default-graph-uri", ())),
            tuple(params.get("named-graph-uri", ())),
        )
        try:
            reply = self.server.pool.execute(job, self.server.query_timeout)
        except QueryTimeoutError as exc:
            self._error(503, str(exc))
            return
        except BusyError as exc:
            self._error(503, str(exc), extra={"Retry-After": "5"})
            return
        extra = {"X-Max-Rows": str(self.server.max_rows)}
        if reply.status == 200:
            extra["X-Result-Rows"] = str(reply.rows)
            if reply.truncated:
                extra["X-Result-Truncated"] = (
                    f"true; the answer was cut off after {self.server.max_rows} rows"
                )
        self._send(reply.status, reply.media_type, reply.body, extra=extra)

    def _ask(self, name: str, raw_query: str) -> None:
        """A stored question: its form; with parameters, its answer (HTML, CSV or JSON).

        ``format`` is the one reserved name; every other key must be a declared parameter.
        """
        try:
            query = stored.get(name)
        except QueryError as exc:
            self._html(404, webpage.error_page(str(exc), title="cckg: no such question"))
            return
        pairs = urllib.parse.parse_qsl(raw_query, keep_blank_values=True)
        formats = [v for k, v in pairs if k == "format"]
        fmt = formats[-1] if formats else "html"
        values: dict[str, str] = {}
        problem = None
        for key, value in pairs:
            if key == "format":
                continue
            if key in values:
                problem = f"give {key} once, not {sum(k == key for k, _ in pairs)} times"
            values[key] = value
        if fmt not in ("html", *DOWNLOAD_TYPES):
            problem = f"format must be html, csv or json, not {fmt[:40]!r}"
            fmt = "html"
        if fmt == "html" and query.params and not pairs:
            # The form alone, prefilled with the header's defaults.
            self._html(200, webpage.ask_page(query, {}, suggestions=self.server.suggestions(query)))
            return
        status, answer, extra = (200 if problem is None else 400), None, {}
        if problem is None:
            deadline = time.monotonic() + self.server.query_timeout  # lookups and answer together
            backend = self.server.backend(deadline=deadline)
            lookups = self.server.backend(lookup=True, deadline=deadline)
            try:
                bound = resolve_all(query, values, lookups.execute)
                result = backend.execute(query.text, bound)
                answer = webpage.Answer(result, bound, backend.truncated, self.server.max_rows)
            except QueryTimeoutError as exc:
                status, problem = 503, str(exc)
            except BusyError as exc:
                status, problem, extra = 503, str(exc), {"Retry-After": "5"}
            except WorkerFailedError as exc:
                status, problem = 500, str(exc)
            except CckgError as exc:  # ParameterError with its close matches, QueryError
                status, problem = 400, str(exc)
        if fmt != "html":
            if answer is None:
                self._error(status, problem or "no answer", extra=extra)
                return
            from cckg.queries.results import to_text

            extra["Content-Disposition"] = f'attachment; filename="{query.name}.{fmt}"'
            extra["X-Result-Rows"] = str(len(answer.result.rows))
            if answer.truncated:
                extra["X-Result-Truncated"] = (
                    f"true; the answer was cut off after {self.server.max_rows} rows"
                )
            body = to_text(answer.result, fmt).encode("utf-8")
            self._send(status, DOWNLOAD_TYPES[fmt], body, extra=extra)
            return
        page = webpage.ask_page(
            query,
            values,
            suggestions=self.server.suggestions(query) if status != 503 else {},
            answer=answer,
            error=problem if answer is None else None,
        )
        self._html(status, page, extra=extra)

    def _html(self, status: int, page: str, *, extra: dict[str, str] | None = None) -> None:
        self._send(
            status,
            "text/html; charset=utf-8",
            page.encode("utf-8"),
            extra=_HTML_HEADERS | (extra or {}),
        )

    def _error(self, status: int, message: str, *, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", f"{message}\n".encode(), extra=extra)

    def _send(
        self, status: int, media_type: str, body: bytes, *, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


# --- putting it together -------------------------------------------------------------------------


@dataclass
class Endpoint:
    """A running endpoint: the server, its pool and the on-disk copy of the graph."""

    server: SparqlServer
    pool: WorkerPool
    store_dir: str
    triples: int
    _closed: bool = field(default=False, repr=False)

    @property
    def url(self) -> str:
        return self.server.url

    def serve_forever(self) -> None:
        self.server.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.server.server_close()
        self.pool.close()
        shutil.rmtree(self.store_dir, ignore_errors=True)


def open_endpoint(
    graph: Path | str | None = None,
    *,
    ontology: Path | str | None = None,
    inferred: bool = True,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    workers: int = 2,
    quiet: bool = False,
) -> Endpoint:
    """Load the graph (ontology + data + inferred, in the default graph) and bind the server.

    :raises InputError: when the graph files cannot be read.
    :raises CckgError: when the address cannot be bound or the workers do not start.
    """
    from cckg.graph_builder.export import (
        ExportFormat,
        _triple_key,
        read_parts,
        turtle_bytes,
        void_description,
    )

    if timeout <= 0 or max_rows < 1 or workers < 1:
        raise CckgError("--timeout must be positive, --max-rows and --workers at least 1")
    parts = read_parts(graph, ontology=ontology, inferred=inferred)
    triples = parts.union(inferred=inferred)
    store_dir = tempfile.mkdtemp(prefix="cckg-serve-")
    pool = None
    try:
        store = ox.Store(store_dir)
        store.bulk_extend(
            ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples
        )
        store.flush()
        del store  # the workers open it read-only
        pool = WorkerPool(store_dir, workers)

        def void(url: str) -> bytes:
            desc = void_description(triples, parts, ExportFormat.TTL, sparql_endpoint=url)
            return turtle_bytes(sorted(desc, key=_triple_key))

        try:
            server = SparqlServer(
                (host, port), pool, timeout=timeout, max_rows=max_rows, void=void, quiet=quiet
            )
        except OSError as exc:
            raise CckgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except BaseException:
        if pool is not None:
            pool.close()
        shutil.rmtree(store_dir, ignore_errors=True)
        raise
    return Endpoint(server, pool, store_dir, len(triples))


def serve(
    graph: Path | str | None = None,
    *,
    ready: Callable[[Endpoint], None] | None = None,
    **options: object,
) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); ``options`` as for :func:`open_endpoint`."""
    endpoint = open_endpoint(graph, **options)  # type: ignore[arg-type]

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)  # clean up workers and the store copy on `kill`
    try:
        if ready is not None:
            ready(endpoint)
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.close()


def wait_until_up(url: str, timeout: float = 30.0) -> bool:
    """Whether ``url`` answers HTTP within ``timeout`` seconds (for scripts and tests)."""
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    return False
