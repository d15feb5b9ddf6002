"""`cckg stats`: counts of ontology terms (and, once built, of graph entities and facts)."""

from __future__ import annotations

from pathlib import Path

import click

from cckg.ontology_stats import format_sections, ontology_counts


def graph_sections() -> dict[str, dict[str, int]]:
    """Graph statistics (DESIGN §6 q15: entities per class, facts per relation and per document).

    The place for the graph-stats part: return one ``{name: count}`` mapping per section, e.g.
    ``{"entities": {...}, "facts per relation": {...}, "facts per document": {...}}``, and add the
    ``--graph FILE`` option it needs to ``command``. Until then ``cckg stats`` shows the ontology
    only.
    """
    return {}


@click.command(
    name="stats",
    help="Counts of ontology terms (per pillar, properties, xrefs) and graph contents.",
)
@click.option("--ontology", "ontology_only", is_flag=True, help="Only the ontology's term counts.")
@click.option(
    "--ontology-file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Ontology Turtle file to count (default: the bundled ontology/cckg.ttl).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
def command(ontology_only: bool, ontology_file: Path | None, fmt: str) -> None:
    sections: dict[str, dict[str, int]] = {"ontology": ontology_counts(ontology_file)}
    if not ontology_only:
        sections.update(graph_sections())
    click.echo(format_sections(sections, fmt))
