"""Options several `cckg` commands share, defined once so their names and help stay alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

FILE = click.Path(dir_okay=False, path_type=Path)
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def graph_option(
    *names: str, help: str = "A built graph file (default: the bundled corpus)."
) -> Decorator:
    """``--graph FILE``: the built graph a command reads."""
    return click.option(*(names or ("--graph",)), type=FILE, default=None, help=help)


def ontology_option(purpose: str) -> Decorator:
    """``--ontology FILE``: another ontology than the packaged ``ontology/cckg.ttl``."""
    return click.option(
        "--ontology",
        type=FILE,
        default=None,
        help=f"The ontology to {purpose} (default: the packaged ontology/cckg.ttl).",
    )


no_inferred_option: Decorator = click.option(
    "--no-inferred", is_flag=True, help="Leave out the reasoner's inferred triples."
)


def format_option(choices: tuple[str, ...], default: str) -> Decorator:
    """``--format``: one of ``choices``, passed to the command as ``fmt``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )
