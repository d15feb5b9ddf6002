"""Smoke tests of the performance benchmarks (benchmarks/run.py, benchmarks/generate_corpus.py).

`python -m benchmarks.run --quick` runs in a subprocess and its JSON must hold every section, with
numbers. No timing thresholds: the figures are measurements (benchmarks/README.md), not pass/fail.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("meta", "corpus", "build", "query", "export", "load", "startup", "targets")


def number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """benchmarks/generate_corpus.py, imported from its path (benchmarks/ is not installed)."""
    spec = importlib.util.spec_from_file_location(
        "cckg_bench_generate_corpus", ROOT / "benchmarks" / "generate_corpus.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    work = tmp_path_factory.mktemp("bench-quick")
    out = work / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--work", str(work), "--out", str(out)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), out.with_suffix(".md").read_text(
        encoding="utf-8"
    )


# --- the corpus generator ----------------------------------------------------------------------


def test_generator_is_deterministic_per_seed(generator: ModuleType) -> None:
    assert generator.document(7, seed=3) == generator.document(7, seed=3)
    assert generator.document(7, seed=3) != generator.document(7, seed=4)
    assert generator.document(7, seed=3) != generator.document(8, seed=3)


def test_generated_documents_have_the_forms_real_ones_have(generator: ModuleType) -> None:
    texts = [generator.document(i, seed=0)[1] for i in range(40)]
    joined = "\n".join(texts)
    assert all(t.startswith("---\nid: synthetic-0-") for t in texts)  # front-matter header
    assert re.search(r"\b\d+/\d+ \(\d+%\)", joined)  # "12/21 (57%)"
    assert re.search(r"\b(?:no|not|failed|ineffective|refractory)\b", joined)  # negation
    assert re.search(r"\(([A-Z]{2,6})\)", joined)  # an abbreviation defined …
    defined = set(re.findall(r"\(([A-Z]{2,6})\)", joined))
    assert any(re.search(rf"(?<!\(){abbr}\b(?!\))", joined) for abbr in defined)  # … then used
    assert re.search(r"sulphate|aetiology|localised|tumour|hypercalcaemia", joined)  # British
    assert re.search(r"^(?:- |  • |1\. )", joined, re.MULTILINE)  # lists
    assert re.search(r"^(?:## \w|[A-Z][A-Z ]+$)", joined, re.MULTILINE)  # headings


def test_generated_documents_yield_facts(generator: ModuleType, tmp_path: Path) -> None:
    from cckg.graph_builder.build import process_file

    paths = generator.generate(3, tmp_path, seed=0)
    assert [p.name.split(".")[0] for p in paths] == [f"synthetic-0-00000{i}" for i in range(3)]
    for path in paths:
        [result] = process_file(path)
        assert result.error is None
        relations = dict(result.relations)
        assert relations.get("treats", 0) > 0, path.name
        assert len(relations) >= 3, relations


# --- the quick run -----------------------------------------------------------------------------


def test_quick_run_has_every_section(quick: tuple[dict, str]) -> None:
    res, _ = quick
    assert set(SECTIONS) <= set(res)
    assert res["meta"]["mode"] == "quick"


def test_quick_build_section(quick: tuple[dict, str]) -> None:
    build = quick[0]["build"]
    jobs = {r["jobs"] for r in build["runs"]}
    assert 1 in jobs and build["cores"] in jobs
    for r in build["runs"]:
        for key in ("seconds", "cpu_seconds", "docs_per_s", "mb_per_s", "triples"):
            assert number(r[key]) and r[key] > 0, (key, r)
        assert number(r["peak_memory_mb"]["self"]) and r["peak_memory_mb"]["self"] > 0
    assert number(build["exponent"]["every_core"])
    # The same documents give the same graph with one process or several.
    by_docs: dict[int, set[int]] = {}
    for r in build["runs"]:
        by_docs.setdefault(r["docs"], set()).add(r["triples"])
    assert all(len(t) == 1 for t in by_docs.values()), by_docs


def test_quick_query_section(quick: tuple[dict, str]) -> None:
    from cckg.queries import stored

    query = quick[0]["query"]
    assert query["graphs"]
    for graph in query["graphs"]:
        assert number(graph["triples"]) and graph["triples"] > 0
        loads = graph["load_seconds"]  # present and numeric; never compared with a threshold
        assert number(loads["pyoxigraph"]) and number(loads["rdflib"])
        assert [r["query"] for r in graph["queries"]] == stored.names()
        for row in graph["queries"]:
            assert number(row["ours"].get("median_s")), row
            assert number(row["pyoxigraph"].get("median_s")), row
            assert number(row["ours_over_pyoxigraph"]), row
            # The project's path and pyoxigraph run the same query with the same bound terms.
            assert row["ours"]["rows"] == row["pyoxigraph"]["rows"], row
            rd = row["rdflib"]
            assert number(rd.get("median_s")) or rd.get("status") in (
                "timeout",
                "over budget",
                "error",
            )
            if number(rd.get("median_s")):
                assert number(row["rdflib_over_ours"])


def test_quick_export_and_load_sections(quick: tuple[dict, str]) -> None:
    res = quick[0]
    graph_triples = {g["label"]: g["triples"] for g in res["query"]["graphs"]}
    export = res["export"]
    assert set(export["formats"]) == {"ttl", "nt"}
    for fmt in export["formats"].values():
        assert number(fmt["writer_triples_per_s"]) and fmt["writer_triples_per_s"] > 0
        assert number(fmt["export_triples_per_s"]) and fmt["export_triples_per_s"] > 0
        assert fmt["triples"] == graph_triples[export["graph"]]  # the export holds what queries see
    load = res["load"]
    assert number(load["triples_per_s"]) and load["triples_per_s"] > 0
    assert load["store_count"] == load["triples"] == graph_triples[load["graph"]]


def test_quick_startup_section(quick: tuple[dict, str]) -> None:
    st = quick[0]["startup"]
    assert number(st["median_s"]) and st["median_s"] > 0
    assert all(number(st["phases_s"][k]) for k in ("imports", "open_store", "query"))
    assert st["importtime"]["top_self"] and st["importtime"]["top_level_cumulative"]
    assert any(m["module"].startswith("cckg") for m in st["importtime"]["top_level_cumulative"])


def test_quick_targets_and_table(quick: tuple[dict, str]) -> None:
    res, table = quick
    assert len(res["targets"]) == 5
    assert all(isinstance(t["met"], bool) and t["value"] for t in res["targets"])
    for heading in (
        "**Targets**",
        "**Build**",
        "**Stored queries on the",
        "**Export**",
        "**Load**",
        "**Start-up**",
    ):
        assert heading in table
