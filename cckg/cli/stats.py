"""`cckg stats`: counts of ontology terms (and, once built, of graph entities and facts)."""

from __future__ import annotations

from pathlib import Path

import click

from cckg.cli.options import graph_option
from cckg.ontology_stats import format_sections, ontology_counts

_FACTS_PER = """PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?key (COUNT(?a) AS ?n) WHERE {
  ?a a cckg:Assertion ; %s
} GROUP BY ?key"""


def graph_sections(graph: Path | None = None) -> dict[str, dict[str, int]]:
    """Graph statistics (DESIGN §6 q15): entities per class, facts per relation and per document."""
    import pyoxigraph as ox

    from cckg import vocab
    from cckg.store import open_store

    store = open_store(graph, ontology=False, inferred=False)

    def grouped(pattern: str) -> dict[str, int]:
        rows = store.query(_FACTS_PER % pattern)
        return dict(sorted((vocab.local_name(r["key"].value), int(r["n"].value)) for r in rows))

    entities = {}
    for cls in ("SourceDocument", "CitedWork", "Sentence", "Assertion", "OutcomeMeasurement"):
        entities[cls] = sum(
            1
            for _ in store.quads_for_pattern(
                None, ox.NamedNode(vocab.RDF + "type"), ox.NamedNode(vocab.term(cls))
            )
        )
    return {
        "graph entities": entities,
        "facts per relation": grouped("rdf:predicate ?key ."),
        "facts per document": grouped("cckg:document/dcterms:identifier ?key ."),
        "facts per polarity": grouped("cckg:polarity ?key ."),
    }


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
@graph_option(help="Built graph to count (default: the bundled corpus).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
def command(ontology_only: bool, ontology_file: Path | None, graph: Path | None, fmt: str) -> None:
    sections: dict[str, dict[str, int]] = {"ontology": ontology_counts(ontology_file)}
    if not ontology_only:
        sections.update(graph_sections(graph))
    click.echo(format_sections(sections, fmt))
