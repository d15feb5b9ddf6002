"""`cckg sparql`: run an ad-hoc SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) or a .rq file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cckg.cli.options import format_option
from cckg.cli.query import output, target_options
from cckg.errors import InputError


@click.command(name="sparql")
@click.argument("query_or_file")
@target_options
@format_option(("table", "csv", "tsv", "json"), "table")
def command(
    query_or_file: str, graph: Path | None, endpoint: str | None, timeout: float, fmt: str
) -> None:
    """Run QUERY_OR_FILE (query text, a .rq/.sparql file, or - for stdin).

    SELECT and ASK print in --format; CONSTRUCT and DESCRIBE print Turtle.
    """
    text = _read_query(query_or_file)
    from cckg.api import sparql

    output(sparql(text, graph=graph, endpoint=endpoint, timeout=timeout), fmt)


def _read_query(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    looks_like_file = (
        "\n" not in arg
        and len(arg) < 4096
        and (path.suffix.lower() in {".rq", ".sparql", ".txt"} or path.is_file())
    )
    if looks_like_file:
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(arg, "no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(arg, f"cannot read: {exc}") from None
    return arg
