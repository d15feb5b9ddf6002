"""Fixtures for the query tests: the fixture graph, embedded and behind a real `oxigraph serve`."""

from __future__ import annotations

import select
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest

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


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the `oxigraph` server binary is not installed (pip install '.[test]')")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    query = urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(f"{url}?{query}", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


@contextmanager
def oxigraph_server(files: Sequence[Path], workdir: Path) -> Iterator[str]:
    """A real `oxigraph serve-read-only` on a free loopback port, holding ``files`` in its default
    graph; yields the SPARQL query URL and stops the server (by its process id) afterwards."""
    binary = oxigraph_binary()
    location = workdir / "db"
    subprocess.run(
        [binary, "load", "--location", str(location), "--file", *map(str, files)],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    log = (workdir / "server.log").open("wb")
    proc = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while not _answers(url):
            if proc.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {(workdir / 'server.log').read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError("oxigraph did not start within 30 s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def fixture_endpoint(
    query_fixtures: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The fixture graph served by a real Oxigraph server on loopback."""
    with oxigraph_server(
        [query_fixtures["ontology"], query_fixtures["data"]],
        tmp_path_factory.mktemp("oxigraph-fixture"),
    ) as url:
        yield url


@pytest.fixture(scope="session")
def bundled_graph() -> Path:
    """The built graph of the bundled corpus (built into the test cache on first use)."""
    try:
        from cckg.graph_builder.build import build  # noqa: F401
    except ImportError:
        pytest.skip("the builder (graph_builder/build.py) is not there yet")
    if not Path(__file__).resolve().parents[2].joinpath("ontology", "cckg.ttl").exists():
        pytest.skip("the ontology (ontology/cckg.ttl) is not there yet")
    from cckg.store import ensure_default_graph

    return ensure_default_graph()


@pytest.fixture(scope="session")
def corpus_store(bundled_graph: Path) -> ox.Store:
    from cckg.store import open_store

    return open_store(bundled_graph)


@pytest.fixture(scope="session")
def corpus_endpoint(bundled_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled corpus (ontology + data + inferred) served by a real Oxigraph server."""
    from cckg import resources

    files = [resources.ontology_file(), bundled_graph]
    inferred = resources.inferred_path(bundled_graph)
    if inferred.exists():
        files.append(inferred)
    with oxigraph_server(files, tmp_path_factory.mktemp("oxigraph-corpus")) as url:
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
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, log.read_text(errors="replace")


@pytest.fixture(scope="session")
def start_cckg_serve() -> Callable[[Sequence[str], Path], AbstractContextManager[str]]:
    """The :func:`cckg_serve` context manager, for the modules that serve a graph over HTTP."""
    return cckg_serve
