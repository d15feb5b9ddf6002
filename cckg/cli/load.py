"""`cckg load`: put the graph into a SPARQL store over the Graph Store Protocol (idempotent)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from cckg.cli.options import graph_option, no_inferred_option, ontology_option


@click.command(name="load")
@click.option(
    "--endpoint",
    metavar="URL",
    default=None,
    help="The store's SPARQL query endpoint, e.g. http://127.0.0.1:7878/query.",
)
@click.option(
    "--store-url",
    metavar="URL",
    default=None,
    help="Its Graph Store Protocol URL (default: derived from --endpoint for "
    "Oxigraph, Fuseki and GraphDB).",
)
@click.option(
    "--graph",
    "graph_iri",
    metavar="IRI",
    default=None,
    help="Target named graph (default: the store's default graph).",
)
@graph_option("--data", "source", help="A built graph file to load (default: the bundled corpus).")
@ontology_option("load with the data")
@no_inferred_option
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=50_000,
    show_default=True,
    help="Triples per request.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=300.0,
    show_default=True,
    help="Seconds to wait for each request.",
)
def command(
    endpoint: str | None,
    store_url: str | None,
    graph_iri: str | None,
    source: Path | None,
    ontology: Path | None,
    no_inferred: bool,
    chunk_size: int,
    timeout: float,
) -> None:
    """Load ontology + data + inferred triples into a store, replacing the target graph.

    The first chunk is PUT (replacing the graph), the rest POSTed, so loading twice leaves the
    same triples.
    """
    from cckg.errors import ParameterError
    from cckg.graph_builder.load import load

    if endpoint is None and store_url is None:
        raise ParameterError("give --endpoint URL (or --store-url URL)")
    run = functools.partial(
        load,
        endpoint,
        store_url=store_url,
        graph=graph_iri,
        source=source,
        ontology=ontology,
        inferred=not no_inferred,
        chunk_size=chunk_size,
        timeout=timeout,
    )
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
        ) as bar:
            task = bar.add_task("loading triples", total=None)
            report = run(progress=lambda sent, total: bar.update(task, completed=sent, total=total))
    else:
        report = run()
    target = f"graph <{report.graph}>" if report.graph else "the default graph"
    click.echo(
        f"loaded {report.triples:,} triples into {target} of {report.store_url} "
        f"in {report.chunks} request(s), {report.seconds:.2f} s",
        err=True,
    )
