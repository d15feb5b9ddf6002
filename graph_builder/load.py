"""Load the built graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

What is loaded is what the embedded store queries (ontology + data + inferred), so the stored
queries give the same answers through ``--endpoint``. Loading replaces the target graph: the
first chunk is PUT (which replaces), the rest are POSTed (which add), so loading twice leaves the
same triples. Only the standard library's urllib is used.

>>> store_url_for("http://127.0.0.1:7878/query")
'http://127.0.0.1:7878/store'
>>> store_url_for("http://localhost:3030/cckg/sparql")
'http://localhost:3030/cckg/data'
>>> target_url("http://127.0.0.1:7878/store", "https://w3id.org/cckg/data/graph/all")
'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fcckg%2Fdata%2Fgraph%2Fall'
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from cckg.graph_builder.export import read_parts

from cckg.errors import EndpointError, ParameterError

DEFAULT_CHUNK_SIZE = 50_000
NTRIPLES = "application/n-triples"


def store_url_for(endpoint: str) -> str:
    """The Graph Store Protocol URL of a store, derived from its SPARQL query endpoint.

    Oxigraph serves SPARQL at ``/query`` and the graph store at ``/store``; Fuseki serves
    ``/<dataset>/sparql`` (or ``/query``) and ``/<dataset>/data``; GraphDB and RDF4J serve
    ``/repositories/<id>`` and ``/repositories/<id>/rdf-graphs/service``.

    :raises ParameterError: when the URL fits none of these (pass the store URL explicitly).
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ParameterError(f"not an http(s) endpoint URL: {endpoint!r}")
    segments = [s for s in parts.path.split("/") if s]

    def with_path(path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))

    if segments in ([], ["query"], ["store"]):  # Oxigraph
        return with_path("/store")
    if len(segments) == 2 and segments[1] in ("sparql", "query", "data", "update"):  # Fuseki
        return with_path(f"/{segments[0]}/data")
    if len(segments) == 2 and segments[0] == "repositories":  # GraphDB / RDF4J
        return with_path(f"/repositories/{segments[1]}/rdf-graphs/service")
    raise ParameterError(
        f"cannot tell the Graph Store Protocol URL of {endpoint!r}; pass it with --store-url "
        "(Oxigraph: /store, Fuseki: /<dataset>/data, "
        "GraphDB: /repositories/<id>/rdf-graphs/service)"
    )


def target_url(store_url: str, graph: str | None) -> str:
    """The GSP URL of one graph: ``?default`` or ``?graph=<IRI>`` (indirect identification)."""
    sep = "&" if urllib.parse.urlsplit(store_url).query else "?"
    if graph is None:
        return f"{store_url}{sep}default"
    return f"{store_url}{sep}{urllib.parse.urlencode({'graph': graph})}"


def chunks(triples: Sequence[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Split triples into chunks of about ``size``, never splitting a blank-node structure.

    Each request is its own N-Triples document, so a blank node's label means a different node
    in the next request: every triple touching one blank-node-connected structure (an OWL
    restriction with its RDF list, say) goes into the same chunk.
    """
    if size < 1:
        raise ParameterError("chunk size must be at least 1")
    parent: dict[ox.BlankNode, ox.BlankNode] = {}

    def find(b: ox.BlankNode) -> ox.BlankNode:
        root = parent.setdefault(b, b)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    for t in triples:
        ends = [x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if len(ends) == 2:
            parent[find(ends[0])] = find(ends[1])
        elif ends:
            find(ends[0])
    groups: dict[ox.BlankNode, list[ox.Triple]] = {}
    atoms: list[list[ox.Triple]] = []
    for t in triples:
        node = (
            t.subject
            if isinstance(t.subject, ox.BlankNode)
            else (t.object if isinstance(t.object, ox.BlankNode) else None)
        )
        if node is None:
            atoms.append([t])
        else:
            root = find(node)
            if root not in groups:
                groups[root] = []
                atoms.append(groups[root])  # the group fills up in place as triples arrive
            groups[root].append(t)
    current: list[ox.Triple] = []
    for atom in atoms:
        if current and len(current) + len(atom) > size:
            yield current
            current = []
        current.extend(atom)
    if current:
        yield current


@dataclass(frozen=True)
class LoadReport:
    """What a load sent where."""

    store_url: str
    graph: str | None
    triples: int
    chunks: int
    seconds: float


def _request(url: str, method: str, body: bytes, timeout: float) -> None:
    parts = urllib.parse.urlsplit(url)
    headers = {"Content-Type": NTRIPLES}
    if parts.username is not None:  # http://user:password@host/… → HTTP Basic authentication
        credentials = (
            f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        )
        headers["Authorization"] = "Basic " + base64.b64encode(credentials.encode()).decode()
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(500).decode("utf-8", "replace").strip().splitlines()
        reason = f": {detail[0]}" if detail else ""
        raise EndpointError(
            f"{_safe(url)} refused the {method} ({exc.code} {exc.reason}){reason}"
        ) from None
    except urllib.error.URLError as exc:
        raise EndpointError(f"cannot reach {_safe(url)}: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise EndpointError(f"cannot reach {_safe(url)}: {exc}") from None


def _safe(url: str) -> str:
    """The URL without any password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def load_triples(
    triples: Sequence[ox.Triple],
    store_url: str,
    *,
    graph: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float = 300.0,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """PUT the first chunk of ``triples`` to the graph (replacing it), POST the rest.

    ``progress(sent, total)`` is called after each chunk.
    :raises EndpointError: when the store is down or refuses a request (then the graph holds
        only the chunks sent before; loading again replaces it).
    """
    start = time.perf_counter()
    url = target_url(store_url, graph)
    total = len(triples)
    sent = n_chunks = 0
    pieces: Iterable[list[ox.Triple]] = chunks(triples, chunk_size) if triples else [[]]
    for piece in pieces:
        body = ox.serialize(piece, format=ox.RdfFormat.N_TRIPLES) if piece else b""
        try:
            _request(url, "PUT" if n_chunks == 0 else "POST", body, timeout)
        except EndpointError as exc:
            if n_chunks:
                raise EndpointError(
                    f"{exc} (after {n_chunks} of the chunks; the graph is incomplete: load again)"
                ) from None
            raise
        n_chunks += 1
        sent += len(piece)
        if progress is not None:
            progress(sent, total)
    return LoadReport(store_url, graph, total, n_chunks, time.perf_counter() - start)


def load(
    endpoint: str | None = None,
    *,
    store_url: str | None = None,
    graph: str | None = None,
    source: Path | str | None = None,
    ontology: Path | str | None = None,
    inferred: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float = 300.0,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """Load the built graph ``source`` (default: the bundled corpus) into a store.

    ``store_url`` is the Graph Store Protocol URL; without it, it is derived from ``endpoint``.
    ``graph`` is the target graph IRI (default: the store's default graph).
    :raises ParameterError: when neither URL is given or the store URL cannot be derived.
    :raises EndpointError: when the store is down or refuses.
    :raises InputError: when the graph files cannot be read.
    """
    if store_url is None:
        if endpoint is None:
            raise ParameterError("give the store's SPARQL endpoint (--endpoint) or its --store-url")
        store_url = store_url_for(endpoint)
    elif urllib.parse.urlsplit(store_url).scheme not in ("http", "https"):
        raise ParameterError(f"not an http(s) store URL: {store_url!r}")
    if graph is not None and not urllib.parse.urlsplit(graph).scheme:
        raise ParameterError(f"--graph must be an absolute IRI, not {graph!r}")
    parts = read_parts(source, ontology=ontology, inferred=inferred)
    return load_triples(
        parts.union(inferred=inferred),
        store_url,
        graph=graph,
        chunk_size=chunk_size,
        timeout=timeout,
        progress=progress,
    )
