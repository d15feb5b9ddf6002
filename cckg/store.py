"""The embedded store: ontology + built data + inferred triples, in one pyoxigraph default graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from cckg import resources
from cckg.errors import InputError


def _load_file(store: ox.Store, path: Path) -> None:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    if fmt is None:
        raise InputError(str(path), "unknown RDF format (use .ttl, .nt, .nq, .trig, .rdf, .jsonld)")
    try:
        # Named graphs of a dataset are merged into the default graph, as queries expect.
        if fmt.supports_datasets:
            _load_dataset(store, path, fmt)
        else:
            store.bulk_load(path=str(path), format=fmt, to_graph=ox.DefaultGraph())
    except (SyntaxError, ValueError) as exc:
        raise InputError(str(path), f"not valid {fmt.name}: {exc}") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def _load_dataset(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    store.bulk_extend(
        ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        for q in ox.parse(path=str(path), format=fmt)
    )


def ensure_default_graph() -> Path:
    """The built graph of the bundled corpus, building it first if the cache has none."""
    out = resources.default_graph_file()
    if not out.exists():
        from cckg.graph_builder.build import build

        build(resources.corpus_files(), out)
    return out


def open_store(
    graph: Path | str | None = None,
    *,
    ontology: bool = True,
    inferred: bool = True,
) -> ox.Store:
    """An in-memory store holding the ontology, the data graph and (if present) its inferences.

    ``graph`` is a built graph file; ``None`` means the bundled corpus.
    :raises InputError: when the file is missing or not parseable RDF.
    """
    path = Path(graph) if graph is not None else ensure_default_graph()
    if not path.exists():
        raise InputError(str(path), "no such graph file (build one with `cckg build -o FILE`)")
    store = ox.Store()
    if ontology:
        _load_file(store, resources.ontology_file())
    _load_file(store, path)
    inferred_file = resources.inferred_path(path)
    if inferred and inferred_file.exists():
        _load_file(store, inferred_file)
    return store
