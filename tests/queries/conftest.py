"""Fixtures for the query tests: the fixture graph, embedded and behind a real `oxigraph serve`."""

from __future__ import annotations

import select
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest

from cckg.testing import oxigraph_server, stop

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "queries"


@pytest.fixture(scope="session")
def query_fixtures() -> dict[str, Path]:
    """The hand-written fixture ontology and data graph (docs/data-model.md shapes)."""
    return {"ontology": FIXTURES / "ontology.ttl", "data": FIXTURES / "data.ttl"}


def load_store(files: Sequence[Path]) -> ox.Store:
    store = ox.Store()
    for f in files:
        store.bulk_load(path=str(f), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    return store


@pytest.fixture(scope="session")
def fixture_store(query_fixtures: dict[str, Path]) -> ox.Store:
    """Fixture ontology + data in one default graph, as `open_store` arranges the real ones."""
    return load_store([query_fixtures["ontology"], query_fixtures["data"]])


@contextmanager
def read_only_server(binary: Path, files: Sequence[Path], workdir: Path) -> Iterator[str]:
    """A real `oxigraph serve-read-only` holding ``files`` in its default graph; yields the SPARQL
    query URL."""
    location = workdir / "db"
    subprocess.run(
        [str(binary), "load", "--location", str(location), "--file", *map(str, files)],
        check=True,
        capture_output=True,
    )
    command = [binary, "serve-read-only", "--location", location]
    with oxigraph_server(command, workdir / "server.log") as base:
        yield f"{base}/query"


@pytest.fixture(scope="session")
def fixture_endpoint(
    query_fixtures: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, oxigraph_bin: Path
) -> Iterator[str]:
    """The fixture graph served by a real Oxigraph server on loopback."""
    with read_only_server(
        oxigraph_bin,
        [query_fixtures["ontology"], query_fixtures["data"]],
        tmp_path_factory.mktemp("oxigraph-fixture"),
    ) as url:
        yield url


@pytest.fixture(scope="session")
def bundled_graph() -> Path:
    """The built graph of the bundled corpus (built into the test cache on first use)."""
    from cckg.store import ensure_default_graph

    return ensure_default_graph()


@pytest.fixture(scope="session")
def corpus_store(bundled_graph: Path) -> ox.Store:
    from cckg.store import open_store

    return open_store(bundled_graph)


@pytest.fixture(scope="session")
def corpus_endpoint(
    bundled_graph: Path, tmp_path_factory: pytest.TempPathFactory, oxigraph_bin: Path
) -> Iterator[str]:
    """The bundled corpus (ontology + data + inferred) served by a real Oxigraph server."""
    from cckg import resources

    files = [resources.ontology_file(), bundled_graph]
    inferred = resources.inferred_path(bundled_graph)
    if inferred.exists():
        files.append(inferred)
    with read_only_server(oxigraph_bin, files, tmp_path_factory.mktemp("oxigraph-corpus")) as url:
        yield url


@contextmanager
def cckg_serve(args: Sequence[str], log: Path) -> Iterator[str]:
    """`cckg serve ARGS --port 0` in a subprocess; yields the URL it prints once it listens and
    stops it by its own process id (the server stops its workers on SIGTERM)."""
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from cckg.cli import main; main()",
                "serve",
                "--port",
                "0",
                *args,
            ],
            stdout=subprocess.PIPE,
            stderr=err,
        )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        url = proc.stdout.readline().decode().strip() if ready else ""
        if not url.startswith("http://127.0.0.1:"):
            pytest.fail(f"cckg serve did not start: {log.read_text(errors='replace')}")
        yield url
    finally:
        stop(proc, timeout=15)
    assert proc.returncode == 0, log.read_text(errors="replace")


@pytest.fixture(scope="session")
def start_cckg_serve() -> Callable[[Sequence[str], Path], AbstractContextManager[str]]:
    """The :func:`cckg_serve` context manager, for the modules that serve a graph over HTTP."""
    return cckg_serve
