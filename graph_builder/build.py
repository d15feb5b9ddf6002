"""Run the builder stages over a corpus, in parallel over documents, and write the graph atomically."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cckg import resources, vocab
from cckg.errors import CckgError, InputError


@dataclass
class BuildReport:
    out: Path
    documents: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    facts_per_relation: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    inferred_triples: int | None = None
    reasoner_message: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class _DocResult:
    path: str
    doc_id: str | None
    lines: tuple[str, ...] = ()
    relations: tuple[tuple[str, int], ...] = ()
    error: str | None = None


def expand_sources(sources: Iterable[str | Path]) -> list[Path]:
    """Files to read: each file as given, each directory's supported files (recursively, sorted)."""
    from cckg.graph_builder.read import SUPPORTED_SUFFIXES

    files: list[Path] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            files.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                )
            )
        elif p.exists():
            files.append(p)
        else:
            raise InputError(str(p), "no such file or directory")
    return files


def process_file(path: str | Path) -> list[_DocResult]:
    """read → segment → recognise → relate → quantify → assemble, for each document in one file."""
    from cckg.graph_builder import assemble, read, recognise, relate, segment

    try:
        docs = read.read_documents(path)  # a PubMed set holds several articles
        lexicon = recognise.load_lexicon()
        results = []
        for doc in docs:
            sentences = segment.segment(doc)
            facts = relate.relate(doc, sentences, lexicon)
            lines = assemble.assemble(doc, sentences, facts)
            counts = Counter(f.relation for f in facts.facts)
            results.append(
                _DocResult(str(path), doc.doc_id, tuple(lines), tuple(sorted(counts.items())))
            )
        return results
    except InputError as exc:
        return [_DocResult(str(path), None, error=exc.problem)]


def _progress(total: int, enabled: bool):  # pragma: no cover - cosmetic
    if not enabled:
        return None
    from rich.progress import Progress

    progress = Progress(transient=True)
    progress.start()
    task = progress.add_task("building", total=total)
    return progress, task


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def serialise_turtle(lines: Iterable[str]) -> tuple[bytes, int]:
    """Deterministic Turtle from N-Triples lines (sorted, so each subject's triples sit together)."""
    import pyoxigraph as ox

    ordered = sorted(set(lines))
    # Streamed from the parser to the writer: no list of a million triples in memory.
    triples = ox.parse("\n".join(ordered).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    # Data IRIs have slashes in their local part; as prefixed names they would need "\/" escapes,
    # so they are written in full and only vocabulary namespaces get prefixes.
    prefixes = {k: v for k, v in vocab.PREFIXES.items() if v != vocab.DATA}
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes), len(ordered)


def build(
    sources: Sequence[str | Path],
    out: str | Path,
    *,
    jobs: int | None = None,
    keep_going: bool = False,
    reason: bool = True,
    progress: bool = False,
) -> BuildReport:
    """Build the graph of ``sources`` into ``out`` (Turtle) and ``out``'s inferred-triples file.

    :raises InputError: on the first unreadable document, unless ``keep_going``; nothing is written then.
    """
    started = time.perf_counter()
    out = Path(out)
    files = expand_sources(sources)
    if not files:
        raise InputError(
            ", ".join(str(s) for s in sources) or ".", "no documents (.txt, .md, .xml) found"
        )
    from cckg.graph_builder import recognise

    recognise.load_lexicon()  # loaded once here, inherited by forked workers
    workers = jobs or os.cpu_count() or 1
    results: list[_DocResult] = []
    bar = _progress(len(files), progress and sys.stderr.isatty() and len(files) > 1)
    if workers > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=min(workers, len(files))) as pool:
            for res in pool.map(process_file, files, chunksize=max(1, len(files) // (workers * 8))):
                results.extend(res)
                if bar:
                    bar[0].advance(bar[1])
    else:
        for f in files:
            results.extend(process_file(f))
            if bar:
                bar[0].advance(bar[1])
    if bar:
        bar[0].stop()

    report = BuildReport(out=out)
    seen_ids: dict[str, str] = {}
    lines: set[str] = set()
    for res in results:
        if res.error is None and res.doc_id in seen_ids:
            res = _DocResult(
                res.path,
                None,
                error=f"duplicate document id {res.doc_id!r} (also {seen_ids[res.doc_id]})",
            )
        if res.error is not None:
            if not keep_going:
                raise InputError(res.path, res.error)
            report.skipped.append((res.path, res.error))
            continue
        assert res.doc_id is not None
        seen_ids[res.doc_id] = res.path
        report.documents.append(res.doc_id)
        lines.update(res.lines)
        report.facts_per_relation.update(dict(res.relations))
    if not report.documents:
        raise InputError(str(out), "no document could be read; nothing was written")
    data, report.triples = serialise_turtle(lines)
    write_atomically(out, data)
    inferred = resources.inferred_path(out)
    if reason:
        try:
            from cckg.graph_builder import reason as reasoner

            triples = reasoner.materialise(resources.ontology_file(), out)
            reasoner.write_inferred(triples, inferred)
            report.inferred_triples = len(triples)
        except (ImportError, CckgError) as exc:
            report.reasoner_message = (
                str(exc) if isinstance(exc, CckgError) else "reasoner not available"
            )
            inferred.unlink(missing_ok=True)  # a stale inference file would not match the new data
    else:
        inferred.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report
