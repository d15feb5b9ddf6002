"""`cckg query`: run a stored competency question (``--list`` shows them).

Also holds the options and output that `cckg sparql` and `cckg facts` share with it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from cckg.cli.options import format_option, graph_option
from cckg.errors import ParameterError


def target_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--graph FILE | --endpoint URL, and --timeout."""
    f = click.option(
        "--timeout",
        type=float,
        default=60.0,
        show_default=True,
        help="Seconds to wait for a remote endpoint.",
    )(f)
    f = click.option("--endpoint", metavar="URL", help="A SPARQL endpoint to query instead.")(f)
    f = graph_option()(f)
    return f


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``KEY=VALUE`` pairs as a dict; a key given twice or a pair without ``=`` is an error."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ParameterError(f"-p takes KEY=VALUE, not {pair[:60]!r}")
        if key in out:
            raise ParameterError(f"parameter {key} given twice")
        out[key] = value
    return out


def output(result: Any, fmt: str) -> None:
    from cckg.queries.results import write

    write(result, fmt, sys.stdout)


@click.command(name="query")
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="List the stored queries and what they answer.")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter value: a label or synonym, a CURIE or an IRI (repeatable).",
)
@target_options
@format_option(("table", "csv", "tsv", "json"), "table")
def command(
    name: str | None,
    list_: bool,
    params: tuple[str, ...],
    graph: Path | None,
    endpoint: str | None,
    timeout: float,
    fmt: str,
) -> None:
    """Run the stored query NAME on the bundled graph, a graph file, or a SPARQL endpoint.

    Parameters missing from -p take the defaults the query's header declares.

    \b
    Examples:
      cckg query --list
      cckg query therapies-for-condition -p condition="systemic sclerosis"
      cckg query sites-of-condition -p condition=dermatomyositis --format csv
    """
    from cckg.queries import stored

    if list_ or name is None:
        _list(stored.load_all(internal=False))
        return
    query = stored.get(name)
    from cckg.api import query as run_query

    result = run_query(
        query, params=parse_params(params), graph=graph, endpoint=endpoint, timeout=timeout
    )
    output(result, fmt)


def _list(queries: tuple) -> None:
    width = max((len(q.name) for q in queries), default=0)
    for q in queries:
        params = " ".join(f"-p {p.name}=…" for p in q.params)
        click.echo(f"{q.name.ljust(width)}  {q.summary}" + (f"  [{params}]" if params else ""))
