"""The Python API: build the graph, ask it the stored questions, run SPARQL, list the facts.

Each function is a thin layer over the library; the `cckg` commands call these.

>>> from cckg import api
>>> [q for q in api.list_queries()][:2]
['adverse-effects-of-therapy', 'causes-of-condition']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the query path stays light: nothing heavy is imported at module level
    import pyoxigraph as ox

    from cckg.queries.results import Result
    from cckg.queries.stored import StoredQuery

__all__ = ["build", "facts", "list_queries", "query", "sparql"]


def build(sources: Iterable[Path | str] | None = None, out: Path | str | None = None) -> Path:
    """Build the graph from documents (default: the bundled corpus) into ``out``; return its path.

    ``out`` defaults to the cache file the queries use for the bundled corpus.
    """
    from cckg import resources
    from cckg.graph_builder.build import build as build_graph

    paths = [Path(s) for s in sources] if sources is not None else resources.corpus_files()
    target = Path(out) if out is not None else resources.default_graph_file()
    build_graph(paths, target)
    return target


def list_queries() -> list[str]:
    """Names of the stored competency questions."""
    from cckg.queries.stored import load_all

    return [q.name for q in load_all(internal=False)]


def query(
    name: str | StoredQuery,
    *,
    params: Mapping[str, str] | None = None,
    graph: Path | str | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    store: ox.Store | None = None,
) -> Result:
    """Run the stored query ``name`` with ``params`` (labels, CURIEs or IRIs; else header defaults).

    :raises QueryError: for an unknown query name (the message lists close names).
    :raises ParameterError: for an unknown, ambiguous or malformed parameter value.
    :raises EndpointError: when ``endpoint`` is unreachable or answers badly.
    """
    from cckg.queries.run import run
    from cckg.queries.stored import StoredQuery, get

    stored = name if isinstance(name, StoredQuery) else get(name)
    return run(
        stored, bindings=params, graph=graph, endpoint=endpoint, timeout=timeout, store=store
    )


def sparql(
    text: str,
    *,
    graph: Path | str | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    store: ox.Store | None = None,
) -> Result:
    """Run an ad-hoc SPARQL query; a CONSTRUCT or DESCRIBE answer is in ``Result.turtle``."""
    from cckg.queries.run import run

    return run(text, graph=graph, endpoint=endpoint, timeout=timeout, store=store)


def facts(
    *,
    graph: Path | str | None = None,
    endpoint: str | None = None,
    store: ox.Store | None = None,
) -> Result:
    """Every asserted fact: subject, relation, object, polarity, document, sentence (labels)."""
    return query("facts", graph=graph, endpoint=endpoint, store=store)
