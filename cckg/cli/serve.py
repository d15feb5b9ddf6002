"""`cckg serve`: a read-only SPARQL 1.1 Protocol endpoint over the graph."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from cckg.cli.options import graph_option, no_inferred_option, ontology_option
from cckg.queries.serve import DEFAULT_MAX_ROWS, DEFAULT_PORT, DEFAULT_TIMEOUT


@click.command(name="serve")
@graph_option()
@ontology_option("serve with the data")
@no_inferred_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port (0: any free port; the URL is printed).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds a query may run before it is stopped (503).",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_ROWS,
    show_default=True,
    help="Rows (or triples) per answer; more are cut off and a header says so.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=2,
    show_default=True,
    help="Query worker processes (queries that run at once).",
)
@click.option("--quiet", is_flag=True, help="No access log on stderr.")
def command(
    graph: Path | None,
    ontology: Path | None,
    no_inferred: bool,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    quiet: bool,
) -> None:
    """Serve the graph read-only at http://HOST:PORT/sparql (GET and POST, SPARQL 1.1 Protocol).

    Updates, LOAD and SERVICE are refused; each query is bounded in time and rows. Ctrl-C stops.
    """
    from cckg.queries.serve import Endpoint, serve

    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        click.echo(f"cckg: warning: serving on {host}, reachable from other machines", err=True)

    def ready(endpoint: Endpoint) -> None:
        click.echo(
            f"cckg: serving {endpoint.triples:,} triples read-only at {endpoint.url} "
            f"(timeout {timeout:g} s, at most {max_rows:,} rows; Ctrl-C stops)",
            err=True,
        )
        click.echo(endpoint.url)  # stdout: the URL alone, for scripts (`--port 0`)

    serve(
        graph,
        ontology=ontology,
        inferred=not no_inferred,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        quiet=quiet,
        ready=ready,
    )
