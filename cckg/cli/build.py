"""`cckg build`: documents → RDF graph."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(name="build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Turtle file to write (default: build/cckg.ttl; the cache for the bundled corpus).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: all cores).",
)
@click.option(
    "--keep-going", is_flag=True, help="Skip unreadable documents instead of stopping; list them."
)
@click.option("--no-reason", is_flag=True, help="Do not materialise the reasoner's inferences.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def command(
    sources: tuple[Path, ...],
    output: Path | None,
    jobs: int | None,
    keep_going: bool,
    no_reason: bool,
    quiet: bool,
) -> None:
    """Build the graph from documents (.txt/.md with optional front matter, JATS or PubMed XML).

    With no SOURCES, the bundled corpus is built.
    """
    from cckg import resources
    from cckg.graph_builder.build import build

    if not sources:
        files: list[Path] = resources.corpus_files()
        out = output or resources.default_graph_file()
    else:
        files = list(sources)
        out = output or Path("build") / "cckg.ttl"
    report = build(
        files, out, jobs=jobs, keep_going=keep_going, reason=not no_reason, progress=not quiet
    )
    for path, problem in report.skipped:
        click.echo(f"cckg: skipped {path}: {problem}", err=True)
    if quiet:
        return
    facts = ", ".join(f"{rel} {n}" for rel, n in sorted(report.facts_per_relation.items()))
    click.echo(
        f"built {out}: {len(report.documents)} documents, {report.triples} triples "
        f"in {report.seconds:.2f} s",
        err=True,
    )
    click.echo(f"facts: {facts or 'none'}", err=True)
    if report.inferred_triples is not None:
        click.echo(
            f"inferred: {report.inferred_triples} triples in {resources.inferred_path(out)}",
            err=True,
        )
    elif report.reasoner_message and not no_reason:
        click.echo(
            f"cckg: warning: no inferences materialised: {report.reasoner_message}", err=True
        )
