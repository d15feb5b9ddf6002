"""The `cckg` command: one group, thin subcommands loaded only when used (fast start-up)."""

from __future__ import annotations

import importlib
import sys

import click

from cckg.errors import CckgError

# name -> (module under cckg.cli, one-line help shown by `cckg --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "Build the graph from documents (default: the bundled corpus)."),
    "facts": ("facts", "One row per asserted fact, with its document and sentence."),
    "query": ("query", "Run a stored competency question (--list shows them)."),
    "sparql": ("sparql", "Run an ad-hoc SPARQL query or .rq file."),
    "export": ("export", "Export the graph as ttl, nt, nq, trig, jsonld or owl."),
    "load": ("load", "Load the graph into a SPARQL store (Graph Store Protocol)."),
    "validate": ("validate", "Check reasoner consistency and SHACL shapes."),
    "serve": ("serve", "Serve a read-only SPARQL 1.1 endpoint over the graph."),
    "stats": ("stats", "Counts of ontology terms, entities and facts."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use, not at start-up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, help_text = COMMANDS[name]
        try:
            module = importlib.import_module(f"cckg.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"cckg.cli.{module_name}":
                raise
            return _not_built(name, help_text)
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Help lists every command without importing them.
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, text) in COMMANDS.items()])

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CckgError as exc:
            click.echo(f"cckg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:  # `cckg facts | head` is normal use
            sys.exit(0)


def _not_built(name: str, help_text: str) -> click.Command:
    @click.command(name=name, help=help_text + " (not built yet)")
    def stub() -> None:
        raise CckgError(f"`cckg {name}` is not built yet")

    return stub


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cckg")
def main() -> None:
    """cckg — the calcinosis cutis knowledge graph.

    Build an RDF graph with sentence-level provenance from documents, ask it the stored
    clinical questions, export it, load it into triple stores, and validate it.
    """
