"""The performance benchmarks of cckg, in one command: build, query, export/load, start-up.

    python -m benchmarks.run            # full run, about 9 minutes on 2 cores
    python -m benchmarks.run --quick    # tiny sizes, well under a minute (the smoke test runs this)

Prints a table and writes JSON plus a Markdown table: by default ``benchmarks/results/latest.json``
and ``latest.md`` for a full run (and the table into ``benchmarks/README.md``), and
``benchmarks/out/quick/results.json`` for ``--quick``. Generated corpora, built graphs, logs and
the cache the builder and reasoner use (``CCKG_CACHE_DIR``) go to ``--work`` (default
``benchmarks/out/``, git-ignored).

Every measurement runs in its own child process, so peak memory is that of the work measured
(``resource.getrusage`` of the child and of its own children), a slow query can be stopped by
killing it, and imports are not shared. Nothing here is a pass/fail test: targets are shown
beside the numbers, never asserted.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from cckg.testing import oxigraph_binary, oxigraph_server

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python benchmarks/run.py`
    sys.path.insert(0, str(ROOT))

SECTIONS = ("build", "query", "export", "load", "startup")
ENGINES = ("ours", "pyoxigraph", "rdflib")
STARTUP_COMMAND = ("query", "therapies-for-condition", "-p", "condition=systemic sclerosis")
README_START = "<!-- benchmark-results:start -->"
README_END = "<!-- benchmark-results:end -->"


# --- configuration -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GraphSpec:
    """A query graph: built from the first ``docs`` generated documents."""

    label: str
    docs: int


@dataclass(frozen=True)
class Config:
    quick: bool
    seed: int = 0
    build_sizes: tuple[int, ...] = (100, 300, 1000)  # with every core: the growth exponent
    single_sizes: tuple[int, ...] = (100, 300)  # with one process
    graphs: tuple[GraphSpec, ...] = (
        GraphSpec("10k", 6),
        GraphSpec("100k", 100),
        GraphSpec("1M", 1000),
    )
    reps: int = 5
    cell_budget_s: float = 8.0  # one (query, engine): fewer repetitions past this
    ox_timeout_s: float = 30.0  # one execution on pyoxigraph (ours or direct)
    rdflib_timeout_s: float = 60.0  # one execution on rdflib
    rdflib_budget_s: dict[str, float] = field(
        default_factory=lambda: {"10k": 30.0, "100k": 60.0, "1M": 90.0}
    )
    # The whole run: rdflib's budgets shrink when the run is late (the machine is shared), keeping
    # ``reserve_s`` for the sections after the queries.
    time_budget_s: float = 560.0
    reserve_s: float = 60.0
    export_graph: str = "100k"
    load_graph: str = "1M"
    startup_runs: int = 5

    @property
    def max_docs(self) -> int:
        return max((*self.build_sizes, *self.single_sizes, *(g.docs for g in self.graphs)))


def quick_config(seed: int = 0) -> Config:
    return Config(
        quick=True,
        seed=seed,
        build_sizes=(10, 20),
        single_sizes=(10, 20),
        graphs=(GraphSpec("5k", 1),),
        reps=1,
        cell_budget_s=2.0,
        ox_timeout_s=10.0,
        rdflib_timeout_s=10.0,
        rdflib_budget_s={"5k": 30.0},
        time_budget_s=120.0,
        reserve_s=10.0,
        export_graph="5k",
        load_graph="5k",
        startup_runs=1,
    )


# --- small helpers -----------------------------------------------------------------------------


def write_atomically(path: Path, data: str) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest waited-for child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "children": round(kids, 1), "total": round(own + kids, 1)}


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def loglog_slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Least-squares slope of log(y) on log(x): the exponent k in y ≈ c·x^k."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    mx = statistics.fmean(p[0] for p in pts)
    my = statistics.fmean(p[1] for p in pts)
    var = sum((p[0] - mx) ** 2 for p in pts)
    if var == 0:
        return None
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / var


def cckg_script() -> Path:
    """The `cckg` console script of this interpreter's environment."""
    candidate = Path(sys.executable).parent / "cckg"
    found = candidate if candidate.exists() else shutil.which("cckg")
    if not found:
        raise SystemExit("the `cckg` command is not installed in this environment")
    return Path(found)


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


# --- child processes ---------------------------------------------------------------------------


class Child:
    """A worker process of this script that reports one JSON object per line on stdout."""

    def __init__(self, kind: str, args: dict[str, Any], log: Path, env: dict[str, str]) -> None:
        log.parent.mkdir(parents=True, exist_ok=True)
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", kind, json.dumps(args)],
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=ROOT,
            env=env,
        )
        self._buf = b""

    def next_event(self, timeout: float) -> dict[str, Any] | None:
        """The next reported object; ``None`` on timeout or when the child has ended."""
        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return None
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            return {"event": "noise", "text": line.decode("utf-8", "replace")[:200]}

    def stop(self) -> int | None:
        """End the child (by its own pid) and return its exit status."""
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            code = self.proc.wait(timeout=30)
        finally:
            self._log.close()
        return code


def _emit(**obj: Any) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class _Timeout(Exception):
    pass


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Raise _Timeout in this (main) thread after ``seconds`` (pure-Python work only)."""

    def fire(signum: int, frame: object) -> None:
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _repetitions(warmup: float, reps: int, budget: float) -> int:
    """``reps`` repetitions, fewer when they would not fit in ``budget`` seconds.

    None when one run alone is longer than the budget: the first run is then the measurement
    (a warm-up matters little to a query that takes that long).
    """
    if warmup * reps <= budget:
        return reps
    return min(reps, int(budget / max(warmup, 1e-9)))


# --- workers (run in child processes) ----------------------------------------------------------


def worker_build(args: dict[str, Any]) -> None:
    """Build the first ``docs`` files of ``corpus`` with ``jobs`` processes; report time and memory."""
    from cckg.graph_builder.build import build

    files = sorted(p for p in Path(args["corpus"]).iterdir() if p.suffix in (".md", ".txt"))
    files = files[: args["docs"]]
    size = sum(p.stat().st_size for p in files)
    cpu0, t0 = cpu_seconds(), time.perf_counter()
    report = build(files, args["out"], jobs=args["jobs"], reason=True)
    wall = time.perf_counter() - t0
    _emit(
        event="build",
        docs=len(report.documents),
        bytes=size,
        seconds=wall,
        cpu_seconds=cpu_seconds() - cpu0,
        triples=report.triples,
        inferred_triples=report.inferred_triples,
        reasoner_message=report.reasoner_message,
        facts=sum(report.facts_per_relation.values()),
        peak_memory_mb=peak_memory_mb(),
    )


def _benchmark_values(query: Any, document: str) -> dict[str, str]:
    """The header defaults, with a generated document where a parameter names a document."""
    from cckg import vocab

    values: dict[str, str] = {}
    for p in query.params:
        if vocab.term("SourceDocument") in p.classes or p.name == "document":
            values[p.name] = document
        elif p.default is not None:
            values[p.name] = p.default
    return values


def _term_json(term: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "iri", "value": term.value}
    return {
        "type": "literal",
        "value": term.value,
        "language": term.language,
        "datatype": None if term.language else term.datatype.value,
    }


def _consume_ox(answer: Any) -> int:
    """Read every value of a pyoxigraph answer; the number of rows."""
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return 1
    n = 0
    for row in answer:
        tuple(row)
        n += 1
    return n


def worker_oxigraph(args: dict[str, Any]) -> None:
    """Stored queries through the project's path and through pyoxigraph directly, on one graph."""
    import pyoxigraph as ox
    from cckg.queries import stored
    from cckg.queries.params import resolve_all
    from cckg.queries.run import LocalBackend, run

    from cckg.errors import CckgError
    from cckg.store import open_store

    t0 = time.perf_counter()
    store = open_store(args["graph"])
    _emit(event="loaded", seconds=time.perf_counter() - t0, triples=len(store))
    backend = LocalBackend(store)
    reps, budget = args["reps"], args["cell_budget"]
    for name in args["queries"]:
        query = stored.get(name)
        values = _benchmark_values(query, args["document"])
        try:
            terms = resolve_all(query, values, backend.execute)
        except CckgError as exc:  # a parameter that does not resolve on this graph
            _emit(event="error", query=name, message=str(exc))
            continue
        t = time.perf_counter()
        resolve_all(query, values, backend.execute)  # what the project's path adds per call
        resolve_s = time.perf_counter() - t
        _emit(
            event="bindings",
            query=name,
            values=values,
            terms={k: _term_json(v) for k, v in terms.items()},
            resolve_seconds=resolve_s,
        )
        subs = {ox.Variable(k): v for k, v in terms.items()} or None

        def direct(query: Any = query, subs: Any = subs) -> int:
            return _consume_ox(store.query(query.text, substitutions=subs))

        def ours(query: Any = query, values: dict[str, str] = values) -> int:
            return len(run(query, bindings=values, store=store).rows)

        for engine, fn in (("pyoxigraph", direct), ("ours", ours)):
            _emit(event="start", query=name, engine=engine)
            try:
                t = time.perf_counter()
                rows = fn()
                warmup = time.perf_counter() - t
                times = []
                for _ in range(_repetitions(warmup, reps, budget)):
                    _emit(event="tick", query=name, engine=engine)
                    t = time.perf_counter()
                    fn()
                    times.append(time.perf_counter() - t)
                times = times or [warmup]
            except (CckgError, RuntimeError, ValueError, OSError) as exc:  # shown in the table
                _emit(
                    event="result",
                    query=name,
                    engine=engine,
                    status="error",
                    message=str(exc)[:200],
                )
                continue
            _emit(event="result", query=name, engine=engine, warmup=warmup, times=times, rows=rows)
    _emit(event="done", peak_memory_mb=peak_memory_mb())


def _rdflib_term(t: dict[str, Any]) -> Any:
    import rdflib

    if t["type"] == "iri":
        return rdflib.URIRef(t["value"])
    if t.get("language"):
        return rdflib.Literal(t["value"], lang=t["language"])
    dt = t.get("datatype")
    # A plain literal and an xsd:string are the same in RDF 1.1, but not to rdflib's term equality.
    if dt in (None, "http://www.w3.org/2001/XMLSchema#string"):
        return rdflib.Literal(t["value"])
    return rdflib.Literal(t["value"], datatype=rdflib.URIRef(dt))


def worker_rdflib(args: dict[str, Any]) -> None:
    """The same stored queries on plain rdflib, each bounded by a timeout, within a total budget.

    Every query runs once first (in the order given), and only then are runs repeated with what
    is left of the budget, cheapest first: a budget that runs out costs repetitions, not answers.
    """
    import rdflib
    from cckg.queries import stored

    started = time.monotonic()
    budget = args["budget"]
    t0 = time.perf_counter()
    graph = rdflib.Graph()
    try:
        with _alarm(budget):
            for path in args["files"]:
                graph.parse(path, format="turtle")
    except _Timeout:
        _emit(event="load-timeout", seconds=time.perf_counter() - t0)
        _emit(event="done", peak_memory_mb=peak_memory_mb())
        return
    _emit(event="loaded", seconds=time.perf_counter() - t0, triples=len(graph))

    def left() -> float:
        return budget - (time.monotonic() - started)

    finished: dict[str, tuple[float, int, Any]] = {}
    for name in args["queries"]:
        if left() < 1:
            _emit(event="result", query=name, engine="rdflib", status="over budget")
            continue
        query = stored.get(name)
        bindings = {k: _rdflib_term(v) for k, v in args["bindings"].get(name, {}).items()}
        timeout = min(args["timeout"], left())

        def once(query: Any = query, bindings: dict[str, Any] = bindings) -> int:
            return len(list(graph.query(query.text, initBindings=bindings or None)))

        _emit(event="start", query=name, engine="rdflib")
        try:
            with _alarm(timeout):
                t = time.perf_counter()
                rows = once()
                first = time.perf_counter() - t
        except _Timeout:
            status = "timeout" if timeout >= args["timeout"] else "over budget"
            _emit(event="result", query=name, engine="rdflib", status=status, limit=timeout)
            continue
        except Exception as exc:  # noqa: BLE001  (rdflib's parser and engine raise many kinds)
            _emit(
                event="result", query=name, engine="rdflib", status="error", message=str(exc)[:200]
            )
            continue
        finished[name] = (first, rows, once)
        # Reported now, replaced below if repetitions fit in the budget.
        _emit(event="result", query=name, engine="rdflib", warmup=first, times=[first], rows=rows)
    for name, (first, rows, once) in sorted(finished.items(), key=lambda kv: kv[1][0]):
        n = _repetitions(first, args["reps"], min(args["cell_budget"], max(left() - 1, 0)))
        times: list[float] = []
        try:
            for _ in range(n):
                _emit(event="tick", query=name, engine="rdflib")
                with _alarm(max(0.1, min(args["timeout"], left()))):
                    t = time.perf_counter()
                    once()
                    times.append(time.perf_counter() - t)
        except _Timeout:
            pass
        if times:
            _emit(event="result", query=name, engine="rdflib", warmup=first, times=times, rows=rows)
    _emit(event="done", peak_memory_mb=peak_memory_mb())


def worker_export(args: dict[str, Any]) -> None:
    """Write rates of the project's export: Turtle and N-Triples, writer alone and whole command."""
    from cckg.graph_builder import export

    graph = args["graph"]
    out_dir = Path(args["out_dir"])
    out_dir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    parts = export.read_parts(graph)
    read_s = time.perf_counter() - t
    _emit(event="read", seconds=read_s)
    for label in args["formats"]:
        fmt = export.ExportFormat.from_name(label)
        path = out_dir / f"writer.{fmt.extension}"
        t = time.perf_counter()
        with open(path, "wb") as fh:
            n = export.serialize(parts, fmt, fh)
        writer_s = time.perf_counter() - t
        t = time.perf_counter()
        report = export.export(fmt, out_dir / f"export.{fmt.extension}", graph=graph)
        export_s = time.perf_counter() - t
        _emit(
            event="format",
            format=label,
            triples=n,
            writer_seconds=writer_s,
            bytes=path.stat().st_size,
            export_seconds=export_s,
            export_triples=report.triples,
        )
    _emit(event="done", peak_memory_mb=peak_memory_mb())


def worker_startup_phases(args: dict[str, Any]) -> None:
    """Where a cold `cckg query` spends its time, measured inside one fresh process."""
    t0 = time.perf_counter()
    from cckg.queries import stored
    from cckg.queries.run import run

    from cckg.store import open_store

    t1 = time.perf_counter()
    store = open_store()
    t2 = time.perf_counter()
    query = stored.get(STARTUP_COMMAND[1])
    result = run(query, bindings={"condition": "systemic sclerosis"}, store=store)
    t3 = time.perf_counter()
    _emit(
        event="phases",
        imports=t1 - t0,
        open_store=t2 - t1,
        query=t3 - t2,
        rows=len(result.rows),
        triples=len(store),
    )


WORKERS = {
    "build": worker_build,
    "oxigraph": worker_oxigraph,
    "rdflib": worker_rdflib,
    "export": worker_export,
    "startup-phases": worker_startup_phases,
}


# --- the benchmark sections (parent side) ------------------------------------------------------


class Bench:
    def __init__(self, cfg: Config, work: Path, log: Any) -> None:
        self.cfg = cfg
        self.work = work
        self.log = log
        self.env = dict(os.environ, CCKG_CACHE_DIR=str(work / "cache"), PYTHONUNBUFFERED="1")
        self.corpus = work / f"corpus-seed{cfg.seed}"
        self.graphs: dict[str, Path] = {}  # "docs1000" -> the graph built from 1,000 documents
        self.started = time.monotonic()

    # .. corpus and graphs ......................................................................

    def graph_path(self, docs: int) -> Path:
        return self.work / "graphs" / f"docs{docs}" / "cckg.ttl"

    def run_child(self, kind: str, args: dict[str, Any], timeout: float) -> list[dict[str, Any]]:
        """Run a worker to its end (or ``timeout``); its reported objects."""
        child = Child(kind, args, self.work / "logs" / f"{kind}.log", self.env)
        events = []
        deadline = time.monotonic() + timeout
        try:
            while True:
                ev = child.next_event(max(0.0, deadline - time.monotonic()))
                if ev is None:
                    break
                events.append(ev)
        finally:
            code = child.stop()
        if code not in (0, None) and not events:
            raise RuntimeError(f"{kind} worker failed (exit {code}); see {self.work / 'logs'}")
        return events

    def corpus_section(self) -> dict[str, Any]:
        from benchmarks.generate_corpus import generate

        t = time.perf_counter()
        paths = generate(self.cfg.max_docs, self.corpus, seed=self.cfg.seed)
        sizes = [p.stat().st_size for p in paths]
        return {
            "seed": self.cfg.seed,
            "documents": len(paths),
            "megabytes": round(sum(sizes) / 1e6, 3),
            "mean_document_kb": round(statistics.fmean(sizes) / 1e3, 2),
            "generate_seconds": round(time.perf_counter() - t, 2),
            "directory": str(self.corpus),
        }

    # .. build .................................................................................

    def build_section(self) -> dict[str, Any]:
        cores = os.cpu_count() or 1
        plan = [(n, cores) for n in self.cfg.build_sizes] + [(n, 1) for n in self.cfg.single_sizes]
        # Smaller runs first, so a warm reasoner cache and page cache help every run alike.
        plan.sort(key=lambda p: (p[0], -p[1]))
        runs = []
        for docs, jobs in plan:
            out = (
                self.graph_path(docs)
                if jobs == cores
                else self.work / "graphs" / f"docs{docs}-1proc" / "cckg.ttl"
            )
            self.log(f"build: {docs} documents, {jobs} process(es)")
            [ev] = [
                e
                for e in self.run_child(
                    "build",
                    {"corpus": str(self.corpus), "docs": docs, "out": str(out), "jobs": jobs},
                    timeout=1800,
                )
                if e.get("event") == "build"
            ]
            runs.append(
                {
                    "docs": docs,
                    "jobs": jobs,
                    "seconds": round(ev["seconds"], 3),
                    "cpu_seconds": round(ev["cpu_seconds"], 3),
                    "docs_per_s": round(docs / ev["seconds"], 2),
                    "mb_per_s": round(ev["bytes"] / 1e6 / ev["seconds"], 4),
                    "megabytes": round(ev["bytes"] / 1e6, 3),
                    "triples": ev["triples"],
                    "inferred_triples": ev["inferred_triples"],
                    "facts": ev["facts"],
                    "peak_memory_mb": ev["peak_memory_mb"],
                    "reasoner_message": ev["reasoner_message"],
                }
            )
            if jobs == cores:
                self.graphs.setdefault(f"docs{docs}", out)

        def exponent(jobs: int, key: str = "seconds") -> float | None:
            rs = [r for r in runs if r["jobs"] == jobs]
            slope = loglog_slope([r["docs"] for r in rs], [r[key] for r in rs])
            return None if slope is None else round(slope, 3)

        common = sorted(
            {r["docs"] for r in runs if r["jobs"] == 1}
            & {r["docs"] for r in runs if r["jobs"] == cores}
        )
        speedup = None
        if common and cores > 1:
            n = common[-1]
            one = next(r for r in runs if r["docs"] == n and r["jobs"] == 1)
            every = next(r for r in runs if r["docs"] == n and r["jobs"] == cores)
            speedup = {
                "docs": n,
                "speedup": round(one["seconds"] / every["seconds"], 3),
                "parallel_efficiency": round(one["seconds"] / every["seconds"] / cores, 3),
            }
        return {
            "cores": cores,
            "reasoning": "on (HermiT classification cached after the first build, as in normal use)",
            "runs": runs,
            "exponent": {
                "every_core": exponent(cores),
                "one_process": exponent(1) if cores > 1 else None,
                # CPU seconds do not depend on what else the shared machine runs.
                "every_core_cpu": exponent(cores, "cpu_seconds"),
            },
            "speedup": speedup,
        }

    def ensure_graph(self, docs: int) -> Path:
        """The graph of the first ``docs`` documents, built in this run (the builder may have changed)."""
        key = f"docs{docs}"
        if key not in self.graphs:
            out = self.graph_path(docs)
            self.log(f"build: query graph from {docs} documents")
            self.run_child(
                "build",
                {
                    "corpus": str(self.corpus),
                    "docs": docs,
                    "out": str(out),
                    "jobs": os.cpu_count() or 1,
                },
                timeout=1800,
            )
            self.graphs[key] = out
        return self.graphs[key]

    # .. queries ...............................................................................

    def query_names(self) -> list[str]:
        from cckg.queries import stored

        return [q.name for q in stored.load_all()]

    def _oxigraph_cells(self, graph: Path, names: list[str]) -> tuple[dict, dict, dict]:
        """Run the pyoxigraph worker; restart it past a query that exceeds the timeout."""
        cfg = self.cfg
        cells: dict[tuple[str, str], dict[str, Any]] = {}
        bindings: dict[str, dict[str, Any]] = {}
        info: dict[str, Any] = {}
        todo = list(names)
        while todo:
            child = Child(
                "oxigraph",
                {
                    "graph": str(graph),
                    "queries": todo,
                    "reps": cfg.reps,
                    "cell_budget": cfg.cell_budget_s,
                    "document": f"synthetic-{cfg.seed}-000000",
                },
                self.work / "logs" / "oxigraph.log",
                self.env,
            )
            current: tuple[str, str] | None = None
            try:
                ev = child.next_event(600)  # loading the store
                if not ev or ev.get("event") != "loaded":
                    raise RuntimeError(f"the pyoxigraph worker did not load {graph}")
                info.setdefault("load_seconds", ev["seconds"])
                info["triples"] = ev["triples"]
                while True:
                    ev = child.next_event(cfg.ox_timeout_s)
                    if ev is None:
                        if current is None:
                            raise RuntimeError("the pyoxigraph worker stopped answering")
                        name, engine = current
                        crashed = child.proc.poll() is not None
                        cells[(name, engine)] = (
                            {"status": "error", "message": "the worker died; see logs/oxigraph.log"}
                            if crashed
                            else {"status": "timeout", "limit_s": cfg.ox_timeout_s}
                        )
                        if engine == "pyoxigraph":  # ours runs the same query and more
                            cells[(name, "ours")] = {"status": "not run (pyoxigraph timed out)"}
                        todo = todo[todo.index(name) + 1 :]
                        self.log(f"  {name}: {engine} timed out; restarting the worker")
                        break
                    kind = ev.get("event")
                    if kind in ("start", "tick"):
                        current = (ev["query"], ev["engine"])
                    elif kind == "bindings":
                        bindings[ev["query"]] = ev
                    elif kind == "error":
                        for engine in ENGINES:
                            cells[(ev["query"], engine)] = {
                                "status": "error",
                                "message": ev["message"],
                            }
                    elif kind == "result":
                        cells[(ev["query"], ev["engine"])] = _cell(ev)
                        current = None
                    elif kind == "done":
                        info["peak_memory_mb"] = ev["peak_memory_mb"]
                        todo = []
                        break
            finally:
                child.stop()
        return cells, bindings, info

    def _rdflib_cells(
        self, graph: Path, names: list[str], bindings: dict[str, Any], budget: float
    ) -> tuple[dict, dict]:
        from cckg import resources

        cfg = self.cfg
        files = [str(resources.ontology_file()), str(graph)]
        inferred = resources.inferred_path(graph)
        if inferred.exists():
            files.append(str(inferred))
        cells: dict[tuple[str, str], dict[str, Any]] = {}
        info: dict[str, Any] = {}
        child = Child(
            "rdflib",
            {
                "files": files,
                "queries": names,
                "bindings": {n: b["terms"] for n, b in bindings.items()},
                "timeout": cfg.rdflib_timeout_s,
                "budget": budget,
                "reps": cfg.reps,
                "cell_budget": cfg.cell_budget_s,
            },
            self.work / "logs" / "rdflib.log",
            self.env,
        )
        current = None
        try:
            while True:
                # The worker bounds itself with SIGALRM; this is the backstop for C-level stalls.
                ev = child.next_event(budget + 30 if current is None else cfg.rdflib_timeout_s + 30)
                if ev is None:
                    if current:
                        cells[(current, "rdflib")] = {
                            "status": "timeout",
                            "limit_s": cfg.rdflib_timeout_s,
                        }
                    break
                kind = ev.get("event")
                if kind == "loaded":
                    info["load_seconds"] = ev["seconds"]
                    info["triples"] = ev["triples"]
                elif kind == "load-timeout":
                    info["load_seconds"] = None
                    info["status"] = f"could not load within the {budget:.0f} s budget"
                elif kind == "start":
                    current = ev["query"]
                elif kind == "result":
                    cells[(ev["query"], "rdflib")] = _cell(ev)
                    current = None
                elif kind == "done":
                    info["peak_memory_mb"] = ev["peak_memory_mb"]
                    break
        finally:
            child.stop()
        for name in names:
            cells.setdefault((name, "rdflib"), {"status": "over budget"})
        return cells, info

    def query_section(self) -> dict[str, Any]:
        cfg = self.cfg
        names = self.query_names()
        graphs_out = []
        rdflib_order: dict[str, float] = {}
        for spec in cfg.graphs:
            graph = self.ensure_graph(spec.docs)
            self.log(f"query: graph {spec.label} ({spec.docs} documents): pyoxigraph and ours")
            ox_cells, bindings, ox_info = self._oxigraph_cells(graph, names)
            # rdflib gets the fastest queries first (by the previous graph), so a budget that
            # runs out on the big graph cuts the slow ones.
            order = sorted(names, key=lambda n: rdflib_order.get(n, 0.0))
            runnable = [n for n in order if n in bindings]
            left = cfg.time_budget_s - (time.monotonic() - self.started) - cfg.reserve_s
            budget = max(5.0, min(cfg.rdflib_budget_s.get(spec.label, 120.0), left))
            self.log(
                f"query: graph {spec.label}: rdflib (timeout {cfg.rdflib_timeout_s:.0f} s, budget {budget:.0f} s)"
            )
            rd_cells, rd_info = self._rdflib_cells(graph, runnable, bindings, budget)
            cells = {**ox_cells, **rd_cells}
            rows = []
            for name in names:
                row: dict[str, Any] = {"query": name}
                for engine in ENGINES:
                    row[engine] = cells.get((name, engine), {"status": "not run"})
                b = bindings.get(name)
                row["parameters"] = b["values"] if b else {}
                row["resolve_s"] = round(b["resolve_seconds"], 6) if b else None
                counts = {e: row[e].get("rows") for e in ENGINES if _num(row[e].get("rows"))}
                row["rows"] = counts.get("pyoxigraph", counts.get("ours"))
                row["rows_agree"] = len(set(counts.values())) <= 1
                ours, ox, rd = (row[e].get("median_s") for e in ENGINES)
                row["ours_over_pyoxigraph"] = (
                    round(ours / ox, 3) if _num(ours) and _num(ox) and ox > 0 else None
                )
                row["rdflib_over_ours"] = (
                    round(rd / ours, 2) if _num(rd) and _num(ours) and ours > 0 else None
                )
                rows.append(row)
                if _num(rd):
                    rdflib_order[name] = rd
                elif row["rdflib"].get("status"):
                    rdflib_order[name] = math.inf
            graphs_out.append(
                {
                    "label": spec.label,
                    "docs": spec.docs,
                    "graph": str(graph),
                    "triples": ox_info.get("triples"),
                    "load_seconds": {
                        "pyoxigraph": _round(ox_info.get("load_seconds")),
                        "rdflib": _round(rd_info.get("load_seconds")),
                    },
                    "rdflib_triples": rd_info.get("triples"),
                    "rdflib_status": rd_info.get("status"),
                    "rdflib_budget_s": budget,
                    "peak_memory_mb": {
                        "pyoxigraph": ox_info.get("peak_memory_mb"),
                        "rdflib": rd_info.get("peak_memory_mb"),
                    },
                    "queries": rows,
                }
            )
        return {
            "how": "graphs built from generated corpora (the first N documents), ontology + data + inferred",
            "repetitions": cfg.reps,
            "cell_budget_s": cfg.cell_budget_s,
            "timeouts_s": {"pyoxigraph": cfg.ox_timeout_s, "rdflib": cfg.rdflib_timeout_s},
            "graphs": graphs_out,
        }

    # .. export and load .......................................................................

    def _graph_for(self, label: str) -> Path:
        spec = next(g for g in self.cfg.graphs if g.label == label)
        return self.ensure_graph(spec.docs)

    def export_section(self) -> dict[str, Any]:
        graph = self._graph_for(self.cfg.export_graph)
        self.log(f"export: graph {self.cfg.export_graph}")
        events = self.run_child(
            "export",
            {"graph": str(graph), "out_dir": str(self.work / "export"), "formats": ["ttl", "nt"]},
            timeout=900,
        )
        read = next(e for e in events if e.get("event") == "read")
        formats = {}
        for e in events:
            if e.get("event") == "format":
                formats[e["format"]] = {
                    "triples": e["triples"],
                    "writer_seconds": round(e["writer_seconds"], 3),
                    "writer_triples_per_s": round(e["triples"] / e["writer_seconds"]),
                    "megabytes": round(e["bytes"] / 1e6, 2),
                    "export_seconds": round(e["export_seconds"], 3),
                    "export_triples_per_s": round(e["export_triples"] / e["export_seconds"]),
                }
        done = next((e for e in events if e.get("event") == "done"), {})
        return {
            "graph": self.cfg.export_graph,
            "read_seconds": round(read["seconds"], 3),
            "formats": formats,
            "peak_memory_mb": done.get("peak_memory_mb"),
            "how": "writer = export.serialize() of graph parts already read; export = export.export() "
            "to a file, end to end (read, write, VoID and KGX sidecars)",
        }

    def load_section(self) -> dict[str, Any]:
        binary = oxigraph_binary()
        if binary is None:
            return {"status": "skipped: no `oxigraph` binary (pip install '.[test]')"}
        graph = self._graph_for(self.cfg.load_graph)
        self.log(f"load: graph {self.cfg.load_graph} into oxigraph serve")
        with oxigraph_server([binary, "serve"], self.work / "logs" / "oxigraph-serve.log") as base:
            t = time.perf_counter()
            proc = subprocess.run(
                [str(cckg_script()), "load", "--endpoint", f"{base}/query", "--data", str(graph)],
                check=False,
                capture_output=True,
                text=True,
                env=self.env,
                timeout=900,
            )
            seconds = time.perf_counter() - t
            if proc.returncode != 0:
                return {"status": f"cckg load failed: {proc.stderr.strip()[-300:]}"}
            count = sparql_count(base)
            m = re.search(r"loaded ([\d,]+) triples .* in (\d+) request", proc.stderr)
            triples = int(m.group(1).replace(",", "")) if m else count
        return {
            "graph": self.cfg.load_graph,
            "server": f"oxigraph serve (in memory) {binary}",
            "triples": triples,
            "store_count": count,
            "requests": int(m.group(2)) if m else None,
            "seconds": round(seconds, 3),
            "triples_per_s": round(triples / seconds),
            "how": "`cckg load --endpoint URL --data GRAPH` as a subprocess, wall time (includes start-up and reading the files)",
        }

    # .. start-up ..............................................................................

    def startup_section(self) -> dict[str, Any]:
        script = cckg_script()
        cmd = [str(script), *STARTUP_COMMAND]
        self.log("start-up: building the bundled graph once, then cold `cckg query` runs")
        t = time.perf_counter()
        first = subprocess.run(
            cmd, capture_output=True, text=True, env=self.env, timeout=900, check=False
        )
        first_s = time.perf_counter() - t
        if first.returncode != 0:
            return {"status": f"cckg query failed: {first.stderr.strip()[-300:]}"}
        runs = []
        for _ in range(self.cfg.startup_runs):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=self.env, timeout=300, check=True)
            runs.append(time.perf_counter() - t)
        phases = next(
            (
                e
                for e in self.run_child("startup-phases", {}, timeout=300)
                if e.get("event") == "phases"
            ),
            {},
        )
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", str(script), *STARTUP_COMMAND],
            check=False,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
        )
        return {
            "command": "cckg " + " ".join(_shell_quote(a) for a in STARTUP_COMMAND),
            "first_run_with_build_s": round(first_s, 3),
            "runs_s": [round(r, 4) for r in runs],
            "median_s": round(statistics.median(runs), 4),
            "phases_s": {
                k: round(v, 4) for k, v in phases.items() if k in ("imports", "open_store", "query")
            },
            "bundled_triples": phases.get("triples"),
            "importtime": importtime_offenders(proc.stderr),
        }

    # .. all .................................................................................

    def run(self, sections: Sequence[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"meta": environment(self.cfg)}
        started = time.perf_counter()
        load0 = os.getloadavg()
        self.log("corpus: generating")
        out["corpus"] = self.corpus_section()
        steps = {
            "startup": self.startup_section,
            "build": self.build_section,
            "query": self.query_section,
            "export": self.export_section,
            "load": self.load_section,
        }
        for name in ("startup", "build", "query", "export", "load"):
            if name in sections:
                t = time.perf_counter()
                out[name] = steps[name]()
                out[name]["section_seconds"] = round(time.perf_counter() - t, 1)
        out["targets"] = targets(out, self.cfg)
        out["meta"]["load_average_start"] = [round(x, 2) for x in load0]
        out["meta"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        out["meta"]["total_seconds"] = round(time.perf_counter() - started, 1)
        # Others commit while a run goes on: say so when the code changed under it.
        out["meta"]["commit_end"] = git_commit()
        return out


def _cell(ev: dict[str, Any]) -> dict[str, Any]:
    if ev.get("status"):
        cell = {"status": ev["status"]}
        if ev.get("limit") is not None:
            cell["limit_s"] = round(ev["limit"], 1)
        if ev.get("message"):
            cell["message"] = ev["message"]
        return cell
    times = ev["times"]
    return {
        "median_s": round(statistics.median(times), 6),
        "min_s": round(min(times), 6),
        "n": len(times),
        "warmup_s": round(ev["warmup"], 6),
        "rows": ev["rows"],
    }


def _round(v: Any, digits: int = 3) -> Any:
    return round(v, digits) if _num(v) else v


def _shell_quote(a: str) -> str:
    return f'"{a}"' if " " in a else a


def sparql_count(base: str) -> int | None:
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    req = urllib.request.Request(
        f"{base}/query?query={query}", headers={"Accept": "application/sparql-results+json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            doc = json.loads(resp.read())
        return int(doc["results"]["bindings"][0]["n"]["value"])
    except (urllib.error.URLError, KeyError, ValueError, IndexError):
        return None


def importtime_offenders(stderr: str, top: int = 10) -> dict[str, Any]:
    """The slowest imports of a ``-X importtime`` log: by own time, and top-level by cumulative."""
    entries = []
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)", line)
        if m:
            depth = (len(m.group(3)) - 1) // 2
            entries.append((m.group(4), int(m.group(1)), int(m.group(2)), depth))
    total = sum(e[1] for e in entries)
    by_self = sorted(entries, key=lambda e: -e[1])[:top]
    top_level = sorted((e for e in entries if e[3] == 0), key=lambda e: -e[2])[:top]
    return {
        "total_s": round(total / 1e6, 4),
        "modules": len(entries),
        "top_self": [{"module": e[0], "self_s": round(e[1] / 1e6, 4)} for e in by_self],
        "top_level_cumulative": [
            {"module": e[0], "cumulative_s": round(e[2] / 1e6, 4)} for e in top_level
        ],
    }


def git_commit() -> str | None:
    """The checked-out commit, with "+changes" when tracked files differ from it."""
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], check=False, capture_output=True, text=True, cwd=ROOT, timeout=10
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+changes" if dirty else "")) or None


def environment(cfg: Config) -> dict[str, Any]:
    from importlib import metadata

    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "mode": "quick" if cfg.quick else "full",
        "commit": git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "versions": {d: version(d) for d in ("cckg", "pyoxigraph", "rdflib", "oxigraph")},
        "config": {k: v for k, v in asdict(cfg).items()},
    }


# --- targets, tables ---------------------------------------------------------------------------


def targets(res: dict[str, Any], cfg: Config) -> list[dict[str, Any]]:
    """The design's performance targets, each with the measured value (shown, never asserted)."""
    out: list[dict[str, Any]] = []
    q = res.get("query")
    if q and q["graphs"]:
        big = q["graphs"][-1]
        ratios = [
            r["ours_over_pyoxigraph"] for r in big["queries"] if _num(r["ours_over_pyoxigraph"])
        ]
        within = sum(1 for r in ratios if r <= 1.5)
        out.append(
            {
                "target": f"stored queries on the {big['label']} graph within 1.5× of pyoxigraph direct",
                "value": f"{within}/{len(ratios)} queries; worst {max(ratios):.2f}×"
                if ratios
                else "no data",
                "met": bool(ratios) and within == len(ratios),
            }
        )
        speed = [r["rdflib_over_ours"] for r in big["queries"] if _num(r["rdflib_over_ours"])]
        fast = sum(1 for r in speed if r >= 20)
        no_finish = sum(1 for r in big["queries"] if not _num(r["rdflib"].get("median_s")))
        out.append(
            {
                "target": f"≥ 20× faster than rdflib on the {big['label']} graph where rdflib finishes",
                "value": (
                    f"{fast}/{len(speed)} queries; median {statistics.median(speed):.1f}×, min {min(speed):.1f}×"
                    f"; rdflib did not finish {no_finish}"
                    if speed
                    else f"rdflib finished none ({no_finish})"
                ),
                "met": bool(speed) and fast == len(speed),
            }
        )
    b = res.get("build")
    if b:
        k = b["exponent"]["every_core"]
        out.append(
            {
                "target": "build time grows near-linearly (log-log exponent ≤ 1.1)",
                "value": (
                    f"{k:.2f} (of CPU seconds: {b['exponent']['every_core_cpu']:.2f})"
                    if k is not None
                    else "no data"
                ),
                "met": k is not None and k <= 1.1,
            }
        )
        s = b.get("speedup")
        out.append(
            {
                "target": f"build uses every core ({b['cores']}): parallel efficiency ≥ 0.75",
                "value": f"{s['speedup']:.2f}× speed-up at {s['docs']} documents (efficiency {s['parallel_efficiency']:.2f})"
                if s
                else "no data (one core)",
                "met": bool(s) and s["parallel_efficiency"] >= 0.75,
            }
        )
    st = res.get("startup")
    if st and _num(st.get("median_s")):
        out.append(
            {
                "target": "cold `cckg query` < 0.5 s",
                "value": f"{st['median_s']:.2f} s (median of {len(st['runs_s'])})",
                "met": st["median_s"] < 0.5,
            }
        )
    return out


def _fmt_s(cell: dict[str, Any]) -> str:
    if _num(cell.get("median_s")):
        v = cell["median_s"]
        text = f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"
        return text + (f" (n={cell['n']})" if cell.get("n", 0) < 5 else "")
    status = cell.get("status", "—")
    return (
        f"{status} ({cell['limit_s']:.0f} s)"
        if status == "timeout" and "limit_s" in cell
        else status
    )


def _ratio(v: Any, suffix: str = "×") -> str:
    return f"{v:.2f}{suffix}" if _num(v) and v < 10 else (f"{v:.0f}{suffix}" if _num(v) else "—")


def markdown(res: dict[str, Any]) -> str:
    """The results as Markdown tables."""
    meta = res["meta"]
    lines = [
        (
            f"Run {meta['date']} ({meta['mode']} mode), commit {meta['commit']}"
            + (
                f" (→ {meta['commit_end']} by the end: the code changed during the run)"
                if meta.get("commit_end") not in (None, meta["commit"])
                else ""
            )
            + ", "
            f"Python {meta['python']}, {meta['cpu_count']} cores, "
            f"pyoxigraph {meta['versions']['pyoxigraph']}, rdflib {meta['versions']['rdflib']}; "
            f"load average {meta['load_average_start'][0]:.1f} at start, "
            f"{meta['load_average_end'][0]:.1f} at end (the machine is shared); "
            f"{meta['total_seconds']:.0f} s in all."
        ),
        "",
    ]
    c = res.get("corpus")
    if c:
        lines += [
            (
                f"Corpus: {c['documents']:,} generated documents (seed {c['seed']}), "
                f"{c['megabytes']:.1f} MB, {c['mean_document_kb']:.1f} kB each on average."
            ),
            "",
        ]
    if res.get("targets"):
        lines += [
            "**Targets** (shown, not asserted)",
            "",
            "| target | measured | met |",
            "|---|---|---|",
        ]
        for t in res["targets"]:
            lines.append(f"| {t['target']} | {t['value']} | {'yes' if t['met'] else 'no'} |")
        lines.append("")
    b = res.get("build")
    if b:
        lines += [
            (
                "**Build** (`build()`, reasoning on; exponent of time vs documents: "
                f"{b['exponent']['every_core']} with every core "
                f"({b['exponent']['every_core_cpu']} for CPU seconds), "
                f"{b['exponent']['one_process']} with one process)"
            ),
            "",
            "| documents | MB | processes | seconds | CPU s | docs/s | MB/s | triples | peak MB (self + largest worker) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in b["runs"]:
            m = r["peak_memory_mb"]
            lines.append(
                f"| {r['docs']:,} | {r['megabytes']:.2f} | {r['jobs']} | {r['seconds']:.2f} | {r['cpu_seconds']:.1f} | "
                f"{r['docs_per_s']:.1f} | {r['mb_per_s']:.3f} | {r['triples']:,} | {m['self']:.0f} + {m['children']:.0f} |"
            )
        lines.append("")
    q = res.get("query")
    if q:
        for g in q["graphs"]:
            lo = g["load_seconds"]
            lines += [
                f"**Stored queries on the {g['label']} graph** ({g['triples'] or 0:,} triples from {g['docs']:,} "
                f"documents; load: pyoxigraph {_secs(lo['pyoxigraph'])}, rdflib {_secs(lo['rdflib'])}"
                + (f", {g['rdflib_status']}" if g.get("rdflib_status") else "")
                + f"; rdflib budget {g['rdflib_budget_s']:.0f} s). Median of {q['repetitions']} after a warm-up "
                "unless n is shown.",
                "",
                "| query | rows | ours | pyoxigraph | rdflib | ours / pyoxigraph | rdflib / ours | resolve |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for r in g["queries"]:
                rows = (
                    "—"
                    if r["rows"] is None
                    else f"{r['rows']:,}" + ("" if r["rows_agree"] else " ≠")
                )
                res_ms = f"{r['resolve_s'] * 1000:.1f} ms" if _num(r["resolve_s"]) else "—"
                lines.append(
                    f"| {r['query']} | {rows} | {_fmt_s(r['ours'])} | {_fmt_s(r['pyoxigraph'])} | {_fmt_s(r['rdflib'])} | "
                    f"{_ratio(r['ours_over_pyoxigraph'])} | {_ratio(r['rdflib_over_ours'])} | {res_ms} |"
                )
            lines.append("")
        lines += [
            (
                "*rows ≠*: the engines returned different numbers of rows (shown: pyoxigraph's). "
                "*resolve*: time the project's path spends turning labels into IRIs, included in "
                "*ours*. *n*: repetitions, when fewer than 5 fitted in the time per query; n=1 is a "
                "single run without warm-up."
            ),
            "",
        ]
    e = res.get("export")
    if e and e.get("formats"):
        lines += [
            f"**Export** ({e['graph']} graph; reading the files: {e['read_seconds']:.2f} s)",
            "",
            "| format | triples | MB | writer s | writer triples/s | `export()` s | `export()` triples/s |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, f in e["formats"].items():
            lines.append(
                f"| {name} | {f['triples']:,} | {f['megabytes']:.1f} | {f['writer_seconds']:.2f} | "
                f"{f['writer_triples_per_s']:,} | {f['export_seconds']:.2f} | {f['export_triples_per_s']:,} |"
            )
        lines.append("")
    ld = res.get("load")
    if ld:
        if "seconds" in ld:
            lines += [
                (
                    f"**Load** (`cckg load` into `oxigraph serve`, {ld['graph']} graph): "
                    f"{ld['triples']:,} triples in {ld['seconds']:.2f} s = "
                    f"{ld['triples_per_s']:,} triples/s, {ld['requests']} request(s); "
                    f"the store then counts {ld['store_count']:,}."
                ),
                "",
            ]
        else:
            lines += [f"**Load**: {ld.get('status')}", ""]
    st = res.get("startup")
    if st and "median_s" in st:
        ph = st["phases_s"]
        it = st["importtime"]
        lines += [
            f"**Start-up**: `{st['command']}` on the bundled corpus: median {st['median_s']:.3f} s "
            f"(runs: {', '.join(f'{r:.3f}' for r in st['runs_s'])}). Inside one process: imports "
            f"{ph.get('imports', 0):.3f} s, loading the store {ph.get('open_store', 0):.3f} s, the query "
            f"{ph.get('query', 0):.3f} s. `-X importtime`: {it['total_s']:.3f} s over {it['modules']} modules; "
            "slowest top-level imports: "
            + ", ".join(
                f"{m['module']} {m['cumulative_s'] * 1000:.0f} ms"
                for m in it["top_level_cumulative"][:6]
            )
            + ".",
            "",
        ]
    elif st:
        lines += [f"**Start-up**: {st.get('status')}", ""]
    return "\n".join(lines)


def _secs(v: Any) -> str:
    return f"{v:.2f} s" if _num(v) else "—"


def console_table(res: dict[str, Any]) -> None:
    """Print the results (rich if it is installed, else the Markdown)."""
    text = markdown(res)
    try:
        from rich.console import Console
        from rich.markdown import Markdown
    except ImportError:
        print(text)
        return
    Console(width=200).print(Markdown(text))


def update_readme(readme: Path, table: str) -> None:
    """Put ``table`` between the README's result markers (if it has them)."""
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        return
    head, rest = text.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    write_atomically(readme, f"{head}{README_START}\n{table}\n{README_END}{tail}")


# --- command line ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--worker"]:
        WORKERS[argv[1]](json.loads(argv[2]))
        return 0
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="cckg performance benchmarks (see benchmarks/README.md)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes, 1 repetition (a smoke run)"
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="work directory (default benchmarks/out, or benchmarks/out/quick)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="results JSON (default benchmarks/results/latest.json, quick: WORK/results.json)",
    )
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run (default: {','.join(SECTIONS)})",
    )
    parser.add_argument(
        "--build-sizes",
        default=None,
        help="documents per build with every core, e.g. 100,1000,10000",
    )
    args = parser.parse_args(argv)

    cfg = quick_config(args.seed) if args.quick else Config(quick=False, seed=args.seed)
    if args.build_sizes:
        sizes = tuple(int(s) for s in args.build_sizes.split(",") if s.strip())
        cfg = replace(cfg, build_sizes=sizes)
    work = (args.work or (ROOT / "benchmarks" / "out" / ("quick" if cfg.quick else ""))).resolve()
    out = (
        args.out
        or (work / "results.json" if cfg.quick else ROOT / "benchmarks" / "results" / "latest.json")
    ).resolve()
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        parser.error(
            f"unknown section(s): {', '.join(unknown)} (choose from {', '.join(SECTIONS)})"
        )
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - t0:6.1f} s] {message}", file=sys.stderr, flush=True)

    results = Bench(cfg, work, log).run(sections)
    table = markdown(results)
    write_atomically(out, json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    write_atomically(out.with_suffix(".md"), table + "\n")
    if not cfg.quick and args.out is None and set(sections) == set(SECTIONS):
        update_readme(ROOT / "benchmarks" / "README.md", table)
    console_table(results)
    log(f"wrote {out} and {out.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
