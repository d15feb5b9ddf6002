"""`cckg facts`: one row per asserted fact, with its document and sentence."""

from __future__ import annotations

from pathlib import Path

import click

from cckg.cli.options import format_option, graph_option
from cckg.cli.query import output


@click.command(name="facts")
@graph_option()
@format_option(("tsv", "csv", "json"), "tsv")
def command(graph: Path | None, fmt: str) -> None:
    """Print every asserted fact: subject, relation, object, polarity, document, sentence.

    Subjects and objects are labels; the relation is the ontology property's short name; the
    object of has_outcome is the outcome's label with its numbers.
    """
    from cckg.api import facts

    output(facts(graph=graph), fmt)
