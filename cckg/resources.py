"""Where the packaged files are, and where built products go."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _package_path(name: str) -> Path:
    # Resolved through the import system so that editable and wheel installs agree.
    import importlib.util

    spec = importlib.util.find_spec(f"cckg.{name}")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"cckg.{name} is not installed")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def ontology_dir() -> Path:
    return _package_path("ontology")


def ontology_file() -> Path:
    """The hand-edited OWL ontology (Turtle)."""
    return ontology_dir() / "cckg.ttl"


def shapes_file() -> Path:
    """SHACL shapes for the data the builder writes."""
    return ontology_dir() / "shapes.ttl"


def corpus_dir() -> Path:
    """The bundled corpus."""
    return _package_path("corpus")


def queries_dir() -> Path:
    return _package_path("queries")


def builder_dir() -> Path:
    return _package_path("graph_builder")


def corpus_files() -> list[Path]:
    return sorted(p for p in corpus_dir().iterdir() if p.suffix in {".txt", ".md", ".xml"})


def cache_dir() -> Path:
    """Directory for built products of the bundled corpus (``$CCKG_CACHE_DIR`` or ~/.cache/cckg)."""
    env = os.environ.get("CCKG_CACHE_DIR")
    return Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cckg"


def fingerprint() -> str:
    """Hash of everything the bundled graph depends on: corpus, ontology and builder code."""
    h = hashlib.sha1()
    paths = corpus_files() + sorted(ontology_dir().glob("*.ttl")) + sorted(ontology_dir().glob("extra/*.tsv"))
    paths += sorted(builder_dir().glob("*.py"))
    paths += sorted(PACKAGE_DIR.glob("*.py"))
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def default_graph_file() -> Path:
    """The built graph of the bundled corpus (may not exist yet)."""
    return cache_dir() / fingerprint() / "cckg.ttl"


def inferred_path(graph_file: Path) -> Path:
    """The file holding what the reasoner inferred for ``graph_file``."""
    return graph_file.with_name(graph_file.stem + ".inferred.ttl")
