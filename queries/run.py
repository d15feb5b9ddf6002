"""Run a stored or ad-hoc query on the embedded store or on a remote SPARQL endpoint.

Both back ends give the same :class:`Result`. Parameters are bound, never pasted: locally through
pyoxigraph's ``substitutions``; remotely through ``VALUES`` blocks written where the query has a
``# @bind ?name`` marker, with each term serialised by pyoxigraph (N-Triples syntax, escaped).

This module imports only pyoxigraph (SPARQLWrapper is imported when an endpoint is used).

>>> from cckg.queries.run import run
>>> import pyoxigraph
>>> r = run("SELECT ?x WHERE { BIND(1 + 1 AS ?x) }", store=pyoxigraph.Store())
>>> r.rows
[{'x': '2'}]
"""

from __future__ import annotations

import ast
import math
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from cckg.queries.params import Term, resolve_all
from cckg.queries.results import RDF_LANG_STRING, XSD_STRING, Result
from cckg.queries.stored import BIND_MARKER, VARIABLE, StoredQuery

from cckg import vocab
from cckg.errors import EndpointError, QueryError

__all__ = ["LocalBackend", "RemoteBackend", "Result", "bind_values", "query_form", "run"]

_TURTLE_PREFIXES = {p: iri for p, iri in vocab.PREFIXES.items()}

# Strings, IRIs and comments, as a SPARQL lexer meets them (to find keywords outside them).
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
)
_FORM = re.compile(
    r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def query_form(text: str) -> str:
    """``select``, ``ask``, ``construct`` or ``describe`` (the query's first keyword).

    :raises QueryError: for an update or a text with no query keyword.
    """
    stripped = _LEXEMES.sub(" ", text)
    m = _FORM.search(stripped)
    if not m:
        raise QueryError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")
    form = m.group(1).lower()
    if form not in ("select", "ask", "construct", "describe"):
        raise QueryError("SPARQL updates are not allowed here; queries only")
    return form


def bind_values(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with each ``# @bind ?x`` marker replaced by ``VALUES ?x { term }``.

    :raises QueryError: when a bound variable has no marker to go to.
    """
    used: set[str] = set()

    def replace(m: re.Match[str]) -> str:
        names = [n for n in VARIABLE.findall(m.group(1)) if n in bindings]
        used.update(names)
        indent = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
        # str() of a pyoxigraph term is its N-Triples form, escaped: safe inside SPARQL.
        return "".join(f"{indent}VALUES ?{n} {{ {bindings[n]} }}\n" for n in names).rstrip("\n")

    out = BIND_MARKER.sub(replace, text)
    missing = sorted(set(bindings) - used)
    if missing:
        raise QueryError(
            f"cannot bind ?{missing[0]} on a remote endpoint: the query has no `# @bind ?{missing[0]}` marker"
        )
    return out


def json_term(term: object) -> dict[str, str]:
    """SPARQL 1.1 JSON results binding of a pyoxigraph term (plain strings carry no datatype)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        b = {"type": "literal", "value": term.value}
        if term.language:
            b["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            b["datatype"] = term.datatype.value
        return b
    return {"type": "literal", "value": str(term)}


def _turtle(triples: object) -> str:
    """Sorted, prefixed Turtle: the same text for the same triples from either back end."""
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))  # type: ignore[attr-defined]
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=_TURTLE_PREFIXES)
    return (data or b"").decode("utf-8")


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit] + "…"


class Backend(Protocol):
    def execute(self, text: str, bindings: Mapping[str, Term]) -> Result: ...


class LocalBackend:
    """The embedded pyoxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def execute(self, text: str, bindings: Mapping[str, Term]) -> Result:
        query_form(text)  # refuses updates with a clear message before pyoxigraph's parser does
        subs = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            answer = self.store.query(text, substitutions=subs or None)
            if isinstance(answer, ox.QueryBoolean):
                return Result(columns=[], rows=[], boolean=bool(answer))
            if isinstance(answer, ox.QueryTriples):
                return Result(columns=[], rows=[], turtle=_turtle(answer))
            columns = [v.value for v in answer.variables]
            bound = [
                {c: json_term(sol[c]) for c in columns if sol[c] is not None} for sol in answer
            ]
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
        except (RuntimeError, ValueError, OSError) as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from None
        return Result.from_bindings(columns, bound)


class RemoteBackend:
    """A SPARQL 1.1 Protocol endpoint, through SPARQLWrapper (JSON results)."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        if not re.match(r"https?://[^\s/]+", url):
            raise EndpointError(f"endpoint must be an http:// or https:// URL, not {url!r}")
        self.url = url
        self.timeout = timeout

    def execute(self, text: str, bindings: Mapping[str, Term]) -> Result:
        form = query_form(text)
        text = bind_values(text, bindings)
        body, content_type = self._request(text, form)
        if form in ("construct", "describe"):
            return Result(columns=[], rows=[], turtle=self._parse_graph(body, content_type))
        return self._parse_json(body, content_type)

    def _request(self, text: str, form: str) -> tuple[bytes, str]:
        import socket
        import urllib.error

        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        wrapper = SPARQLWrapper(self.url)
        wrapper.setQuery(text)
        wrapper.setMethod(POST)  # long VALUES blocks do not fit in a URL
        wrapper.setOnlyConneg(True)  # no ad-hoc format=… parameters; strict servers refuse them
        wrapper.setReturnFormat(TURTLE if form in ("construct", "describe") else JSON)
        # SPARQLWrapper's timeout is the socket's (each connect/read); a deadline bounds the body.
        wrapper.setTimeout(max(1, math.ceil(self.timeout)))
        deadline = time.monotonic() + self.timeout
        try:
            response = wrapper.query().response
            content_type = response.headers.get("Content-Type", "") or ""
            chunks = []
            while True:
                chunk = response.read(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise EndpointError(
                        f"{self.url} did not finish answering within {self.timeout:g} s"
                    )
            return b"".join(chunks), content_type
        except QueryBadFormed as exc:
            raise QueryError(f"{self.url} rejected the query: {_server_message(exc)}") from None
        except SPARQLWrapperException as exc:
            code = _STATUS.get(type(exc).__name__, "error")
            raise EndpointError(
                f"{self.url} answered HTTP {code}: {_server_message(exc)}"
            ) from None
        except urllib.error.HTTPError as exc:
            raise EndpointError(f"{self.url} answered HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise EndpointError(
                    f"{self.url} did not answer within {self.timeout:g} s"
                ) from None
            raise EndpointError(f"cannot reach {self.url}: {_one_line(reason)}") from None
        except TimeoutError:
            raise EndpointError(f"{self.url} did not answer within {self.timeout:g} s") from None
        except (ConnectionError, OSError) as exc:
            raise EndpointError(f"cannot reach {self.url}: {_one_line(exc)}") from None
        except ValueError as exc:  # e.g. a malformed URL that urllib refuses
            raise EndpointError(f"cannot query {self.url}: {_one_line(exc)}") from None

    def _parse_json(self, body: bytes, content_type: str) -> Result:
        import json

        try:
            doc = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise EndpointError(
                f"{self.url} did not answer with SPARQL JSON results (got {content_type or 'no content type'})"
            ) from None
        if not isinstance(doc, dict) or "head" not in doc:
            raise EndpointError(f"{self.url} answered JSON that is not SPARQL results")
        if "boolean" in doc:
            return Result(columns=[], rows=[], boolean=bool(doc["boolean"]))
        try:
            columns = list(doc["head"].get("vars", []))
            bindings = []
            for b in doc["results"]["bindings"]:
                row = {}
                for name, value in b.items():
                    value = dict(value)
                    if value.get("type") == "typed-literal":  # SPARQL JSON before 1.1
                        value["type"] = "literal"
                    if value.get("datatype") in (XSD_STRING,):
                        value.pop("datatype")
                    row[name] = value
                bindings.append(row)
        except (KeyError, TypeError, AttributeError):
            raise EndpointError(f"{self.url} answered JSON that is not SPARQL results") from None
        return Result.from_bindings(columns, bindings)

    def _parse_graph(self, body: bytes, content_type: str) -> str:
        media = content_type.split(";")[0].strip() or "text/turtle"
        fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
        try:
            return _turtle(ox.parse(body, format=fmt))
        except (SyntaxError, ValueError) as exc:
            raise EndpointError(
                f"{self.url} answered a graph that is not valid {fmt.name}: {_one_line(exc)}"
            ) from None


# SPARQLWrapper turns these HTTP statuses into its own exceptions.
_STATUS = {
    "QueryBadFormed": "400",
    "Unauthorized": "401",
    "EndPointNotFound": "404",
    "URITooLong": "414",
    "EndPointInternalError": "500",
}


def _server_message(exc: Exception) -> str:
    """The first line of the server's own explanation inside a SPARQLWrapper exception."""
    text = str(exc)
    head, _, response = text.partition("Response:\n")
    if response:
        try:
            raw = ast.literal_eval(response.strip())
            message = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
            first = next((ln for ln in message.splitlines() if ln.strip()), "")
            if first:
                return _one_line(first)
        except (ValueError, SyntaxError):
            pass
    return _one_line(head.split(":", 1)[-1]).rstrip(". ")


def _as_query(query: str | StoredQuery) -> StoredQuery:
    if isinstance(query, StoredQuery):
        return query
    if not isinstance(query, str):
        raise QueryError(f"expected a query text or StoredQuery, not {type(query).__name__}")
    return StoredQuery.from_text(query)


def backend_for(
    *,
    graph: Path | str | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    store: ox.Store | None = None,
) -> Backend:
    """Where a query runs: ``endpoint``, else ``store``, else the graph file (or bundled corpus)."""
    if endpoint is not None and (graph is not None or store is not None):
        raise QueryError("use either a graph (--graph) or an endpoint (--endpoint), not both")
    if endpoint is not None:
        return RemoteBackend(endpoint, timeout)
    if store is None:
        from cckg.store import open_store

        store = open_store(graph)
    return LocalBackend(store)


def run(
    query: str | StoredQuery,
    *,
    bindings: Mapping[str, str | Term] | None = None,
    graph: Path | str | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    store: ox.Store | None = None,
    backend: Backend | None = None,
) -> Result:
    """Run ``query`` (a :class:`StoredQuery` or SPARQL text) and return its :class:`Result`.

    ``bindings`` maps parameter names to values: labels, CURIEs or IRIs for IRI parameters (see
    :mod:`cckg.queries.params`); missing ones take the header defaults. Runs on ``endpoint`` if
    given, else on ``store``, else on the graph file ``graph`` (default: the bundled corpus).
    ``timeout`` applies to remote endpoints.

    :raises ParameterError: for an unknown, ambiguous or malformed parameter value.
    :raises QueryError: for a query that does not parse or run.
    :raises EndpointError: when the endpoint is unreachable or answers badly.
    """
    stored = _as_query(query)
    if backend is None:
        backend = backend_for(graph=graph, endpoint=endpoint, timeout=timeout, store=store)
    terms = resolve_all(stored, bindings, backend.execute)
    return backend.execute(stored.text, terms)
