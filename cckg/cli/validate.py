"""`cckg validate`: reasoner consistency + SHACL shapes; exit 0 clean, 1 violations, 2 errors."""

from __future__ import annotations

from pathlib import Path

import click

from cckg.cli.options import graph_option, ontology_option


@click.command(name="validate")
@graph_option()
@ontology_option("validate against")
@click.option("--no-reason", is_flag=True, help="Skip the reasoner (HermiT, needs Java).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.pass_context
def command(
    ctx: click.Context, graph: Path | None, ontology: Path | None, no_reason: bool, fmt: str
) -> None:
    """Check reasoner consistency and SHACL shapes.

    Prints which node breaks which rule, and from which document. Exit status: 0 when the
    graph conforms, 1 when there are violations (warnings alone do not fail), 2 on errors
    such as a missing Java runtime or an unreadable file.
    """
    from cckg.graph_builder.validate import validate

    report = validate(graph, reason=not no_reason, ontology=ontology)
    click.echo(report.to_json_text() if fmt == "json" else report.render(), nl=False)
    ctx.exit(0 if report.conforms else 1)
