"""`cckg export`: the graph as ttl, nt, nq, trig, jsonld or owl, with VoID and KGX beside it."""

from __future__ import annotations

from pathlib import Path

import click

from cckg.cli.options import graph_option, no_inferred_option, ontology_option

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "owl")


@click.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Export format (default: from the -o extension, else ttl).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file; STEM.void.ttl and STEM.kgx_{nodes,edges}.tsv go beside it. "
    "Default: the export alone to stdout.",
)
@graph_option()
@ontology_option("export with the data")
@no_inferred_option
@click.option(
    "--with-data", is_flag=True, help="owl: add the data (and inferences) to the ontology."
)
@click.option(
    "--sparql-endpoint",
    metavar="URL",
    default=None,
    help="Record this URL as void:sparqlEndpoint in the VoID description.",
)
def command(
    fmt: str | None,
    output: Path | None,
    graph: Path | None,
    ontology: Path | None,
    no_inferred: bool,
    with_data: bool,
    sparql_endpoint: str | None,
) -> None:
    """Export the graph (ontology + data + inferred) deterministically.

    nq and trig hold one named graph per source document (<doc IRI>/graph) plus graphs for the
    ontology and the inferred triples; owl is RDF/XML of the ontology for Protégé.
    """
    from cckg.errors import CckgError
    from cckg.graph_builder.export import ExportFormat, export

    if fmt is None:
        fmt = "ttl"
        if output is not None and output.suffix:
            try:
                fmt = ExportFormat.from_name(output.suffix).label
            except CckgError:  # an unknown extension: keep the default format
                fmt = "ttl"
    report = export(
        fmt,
        output,
        graph=graph,
        ontology=ontology,
        inferred=not no_inferred,
        with_data=with_data,
        sparql_endpoint=sparql_endpoint,
    )
    if report.path is not None:
        extras = ", ".join(p.name for p in report.sidecars)
        graphs = f" in {report.graphs} named graphs" if report.graphs > 1 else ""
        click.echo(
            f"wrote {report.path} ({report.triples:,} triples{graphs}, "
            f"{report.bytes:,} bytes) and {extras}",
            err=True,
        )
