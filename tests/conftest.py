"""Shared fixtures. Every test run gets its own cache directory, so the user's is never touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["CCKG_CACHE_DIR"] = str(tmp_path_factory.mktemp("cckg-cache"))


@pytest.fixture(scope="session")
def oxigraph_bin() -> Path:
    """The `oxigraph` server command; tests that need a real server skip without it."""
    from cckg.testing import oxigraph_binary

    found = oxigraph_binary()
    if found is None:
        reason = "the `oxigraph` server binary is not installed (pip install '.[test]')"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the server tests: {reason}")
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def export_files(fixtures_dir: Path) -> dict[str, Path]:
    """A small built graph with its ontology and inferred triples (tests/fixtures/export)."""
    d = fixtures_dir / "export"
    return {
        "graph": d / "cckg.ttl",
        "ontology": d / "ontology.ttl",
        "inferred": d / "cckg.inferred.ttl",
    }


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus built once per test session (without the reasoner; its tests build their own)."""
    from cckg.graph_builder.build import build

    from cckg import resources

    out = tmp_path_factory.mktemp("corpus") / "cckg.ttl"
    build(resources.corpus_files(), out, reason=False)
    return out
