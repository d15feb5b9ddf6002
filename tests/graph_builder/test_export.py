"""Exports: round trips in each format, per-document graphs, determinism, atomicity, VoID, KGX."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.graph_builder import export as ex
from click.testing import CliRunner

from cckg import vocab
from cckg.cli import main
from cckg.errors import CckgError, InputError

FORMATS = [f.label for f in ex.ExportFormat]
VOID = vocab.VOID
REVIEW = vocab.doc_iri("review-2021")
WIKI = vocab.doc_iri("wiki")


def triples_of(*paths: Path) -> list[ox.Triple]:
    return [t for p in paths for t in ex.read_triples(p)]


def canonical(triples: list[ox.Triple]) -> set[ox.Quad]:
    """The triples as a canonicalised set, so blank nodes compare by structure (isomorphism)."""
    ds = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(ds)


def run_export(fmt: str, out: Path, export_files: dict[str, Path], **kw: object) -> ex.ExportReport:
    return ex.export(fmt, out, graph=export_files["graph"], ontology=export_files["ontology"], **kw)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_is_isomorphic_to_the_built_graph(
    fmt: str, export_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / f"cckg.{fmt}"
    report = run_export(fmt, out, export_files)
    expected = (
        triples_of(export_files["ontology"])
        if fmt == "owl"
        else triples_of(export_files["ontology"], export_files["graph"], export_files["inferred"])
    )
    back = ex.read_triples(out)  # dataset formats: the union of their named graphs
    assert canonical(back) == canonical(expected)
    assert report.triples == len(canonical(expected))


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_rdflib_reads_the_same_graph(fmt: str, export_files: dict[str, Path], tmp_path: Path) -> None:
    import rdflib
    from rdflib.compare import isomorphic

    out = tmp_path / f"cckg.{fmt}"
    run_export(fmt, out, export_files)
    ours = rdflib.Graph().parse(out, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    reference = rdflib.Graph()
    for p in (export_files["ontology"], export_files["graph"], export_files["inferred"]):
        reference.parse(p, format="turtle")
    assert isomorphic(ours, reference)


def test_owl_with_data_holds_everything(export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "cckg.owl"
    run_export("owl", out, export_files, with_data=True)
    assert canonical(ex.read_triples(out)) == canonical(
        triples_of(export_files["ontology"], export_files["graph"], export_files["inferred"])
    )
    assert out.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("fmt", ["ttl", "nq"])
def test_no_inferred_leaves_inferences_out(fmt: str, export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / f"cckg.{fmt}"
    run_export(fmt, out, export_files, inferred=False)
    back = set(ex.read_triples(out))
    inferred_only = set(triples_of(export_files["inferred"])) - set(triples_of(export_files["ontology"], export_files["graph"]))
    assert inferred_only and not (back & inferred_only)
    assert canonical(list(back)) == canonical(triples_of(export_files["ontology"], export_files["graph"]))


def graphs_of(path: Path) -> dict[str, set[ox.Triple]]:
    graphs: dict[str, set[ox.Triple]] = {}
    for q in ox.parse(path=str(path)):
        assert isinstance(q.graph_name, ox.NamedNode), "every statement sits in a named graph"
        graphs.setdefault(q.graph_name.value, set()).add(q.triple)
    return graphs


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_one_named_graph_per_document(fmt: str, export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / f"cckg.{fmt}"
    run_export(fmt, out, export_files)
    graphs = graphs_of(out)
    review, wiki = ex.document_graph_iri(REVIEW), ex.document_graph_iri(WIKI)
    assert {review, wiki, ex.ONTOLOGY_GRAPH, ex.INFERRED_GRAPH} <= set(graphs)

    def subjects(g: str) -> set[str]:
        return {t.subject.value for t in graphs[g] if isinstance(t.subject, ox.NamedNode)}

    # A document's graph: its node, sentences, assertions and outcomes; nothing of the other.
    assert REVIEW in subjects(review) and WIKI in subjects(wiki)
    assert f"{REVIEW}/outcome/00aa11bb22cc33dd" in subjects(review)
    assert not any(s.startswith(WIKI) for s in subjects(review))
    assert not any(s.startswith(REVIEW) for s in subjects(wiki))
    # The cited works travel with the document that cites them.
    assert {f"{vocab.DATA}work/pmid/1234567", f"{WIKI}/ref/2"} <= subjects(wiki)
    # A direct triple goes with every document whose positive assertion supports it ...
    treats_cc = ox.Triple(
        ox.NamedNode(vocab.term("Diltiazem")),
        ox.NamedNode(vocab.term("treats")),
        ox.NamedNode(vocab.term("CalcinosisCutis")),
    )
    assert treats_cc in graphs[review] and treats_cc in graphs[wiki]
    treats_ssc = ox.Triple(
        treats_cc.subject, treats_cc.predicate, ox.NamedNode(vocab.term("SystemicSclerosis"))
    )
    assert treats_ssc in graphs[wiki] and treats_ssc not in graphs[review]
    # ... and the ontology and inferences have their own graphs.
    assert canonical(list(graphs[ex.ONTOLOGY_GRAPH])) == canonical(triples_of(export_files["ontology"]))
    assert graphs[ex.INFERRED_GRAPH] == set(triples_of(export_files["inferred"]))


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_byte_identical_on_repeat(
    fmt: str, export_files: dict[str, Path], tmp_path: Path
) -> None:
    a, b = tmp_path / "a" / f"x.{fmt}", tmp_path / "b" / f"x.{fmt}"
    a.parent.mkdir()
    b.parent.mkdir()
    run_export(fmt, a, export_files)
    run_export(fmt, b, export_files)
    assert a.read_bytes() == b.read_bytes()
    for side_a, side_b in zip(ex.sidecar_paths(a), ex.sidecar_paths(b), strict=True):
        assert side_a.read_bytes() == side_b.read_bytes()


def test_turtle_is_identical_across_processes_and_stdout(
    export_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "cckg.ttl"
    run_export("ttl", out, export_files)
    # A fresh interpreter (new hash seed, new blank-node ids from the parser) writes the same bytes.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from cckg.cli import main; main()",
            "export",
            "--format",
            "ttl",
            "--graph",
            str(export_files["graph"]),
            "--ontology",
            str(export_files["ontology"]),
        ],
        capture_output=True,
        check=True,
    )
    assert result.stdout == out.read_bytes()
    text = out.read_text(encoding="utf-8")
    assert "@prefix cckg: <https://w3id.org/cckg/ontology/> ." in text
    # Subjects are grouped: each subject starts one block.
    starts = [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("<")]
    assert len(starts) == len(set(starts))


def test_failed_export_leaves_previous_files_untouched(
    export_files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "cckg.ttl"
    run_export("ttl", out, export_files)
    before = {p: p.read_bytes() for p in (out, *ex.sidecar_paths(out))}

    def broken_kgx(*args: object, **kw: object) -> object:
        raise ValueError("simulated failure after the main file was written")

    monkeypatch.setattr(ex, "kgx_tables", broken_kgx)
    with pytest.raises(CckgError, match="cannot write"):
        run_export("ttl", out, export_files, inferred=False)
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in before)


def test_unreadable_input_is_a_clear_error_and_writes_nothing(
    export_files: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://w3id.org/cckg/data/x> <oops", encoding="utf-8")
    out = tmp_path / "out.ttl"
    out.write_text("previous", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl"):
        ex.export("ttl", out, graph=bad, ontology=export_files["ontology"])
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "out.ttl"]


def void_store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(ex.sidecar_paths(path)[0]), format=ox.RdfFormat.TURTLE)
    return store


def void_number(store: ox.Store, query: str, **bindings: ox.NamedNode) -> int:
    rows = list(
        store.query(
            query,
            substitutions={ox.Variable(k): v for k, v in bindings.items()},
            prefixes={"void": VOID},
        )
    )
    assert len(rows) == 1, rows
    return int(rows[0]["n"].value)


@pytest.mark.parametrize("fmt", ["ttl", "nq"])
def test_void_counts_match_the_export(fmt: str, export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / f"cckg.{fmt}"
    run_export(fmt, out, export_files, sparql_endpoint="http://127.0.0.1:7000/sparql")
    back = set(ex.read_triples(out))
    void = void_store(out)
    assert void_number(void, "SELECT ?n { ?d void:triples ?n ; void:uriSpace ?u }") == len(back)
    entities = {
        t.subject
        for t in back
        if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(ex.URI_SPACE)
    }
    assert void_number(void, "SELECT ?n { ?d void:entities ?n ; void:uriSpace ?u }") == len(
        entities
    )
    for cls, n in [
        ("Assertion", 7),
        ("Sentence", 5),
        ("SourceDocument", 2),
        ("CitedWork", 2),
        ("OutcomeMeasurement", 1),
    ]:
        assert (
            void_number(
                void,
                "SELECT * { ?d void:classPartition [ void:class ?c ; void:entities ?n ] }",
                c=ox.NamedNode(vocab.term(cls)),
            )
            == n
        )
    treats = ox.NamedNode(vocab.term("treats"))
    n_treats = sum(1 for t in back if t.predicate == treats)
    assert (
        void_number(
            void,
            "SELECT * { ?d void:propertyPartition [ void:property ?p ; void:triples ?n ] }",
            p=treats,
        )
        == n_treats
    )
    sources = {
        r[0].value
        for r in void.query(
            "SELECT ?s { ?d <http://purl.org/dc/terms/source> ?s ; void:triples ?n }",
            prefixes={"void": VOID},
        )
    }
    assert sources == {REVIEW, WIKI}
    assert bool(
        void.query(
            "ASK { ?d void:sparqlEndpoint <http://127.0.0.1:7000/sparql> ; "
            "<http://purl.org/dc/terms/license> ?l }",
            prefixes={"void": VOID},
        )
    )
    subsets = {
        r[0].value for r in void.query("SELECT ?g { ?d void:subset ?g }", prefixes={"void": VOID})
    }
    assert subsets == (set(graphs_of(out)) if fmt == "nq" else set())


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_kgx_nodes_and_edges(export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "cckg.ttl"
    run_export("ttl", out, export_files)
    _, nodes_path, edges_path = ex.sidecar_paths(out)
    nodes = {row["id"]: row for row in read_tsv(nodes_path)}
    edges = read_tsv(edges_path)
    assert nodes_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(
        ex.KGX_NODE_COLUMNS
    )
    assert edges_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(
        ex.KGX_EDGE_COLUMNS
    )
    # Every edge end is a node; every node has a Biolink category.
    assert all(e["subject"] in nodes and e["object"] in nodes for e in edges)
    assert all(n["category"].startswith("biolink:") for n in nodes.values())
    # Categories come from the ontology's mappings first (Diltiazem ⊑ Drug ≡ biolink:Drug) ...
    assert nodes["cckg:Diltiazem"]["category"] == "biolink:Drug"
    assert nodes["cckg:SystemicSclerosis"]["category"] == "biolink:DiseaseOrPhenotypicFeature"
    # ... else from the pillar (no mapping on ClinicalFinding in the fixture ontology).
    assert nodes["cckg:Scarring"]["category"] == "biolink:PhenotypicFeature"
    assert nodes["cckg:CalcinosisCutis"]["xref"] == "MONDO:0100287|UMLS:C0263628"
    assert nodes["cckg:CalcinosisCutis"]["name"] == "calcinosis cutis"
    # Outcome nodes are data: their name and kind come from the data graph.
    outcome = nodes["cckgd:doc/review-2021/outcome/00aa11bb22cc33dd"]
    assert (outcome["name"], outcome["category"]) == (
        "scarring 56% (10/18)",
        "biolink:ClinicalEntity",
    )

    def edge(s: str, p: str, o: str) -> dict[str, str]:
        found = [
            e for e in edges if (e["subject"], e["original_predicate"], e["object"]) == (s, p, o)
        ]
        assert len(found) == 1, found
        return found[0]

    treats = edge("cckg:Diltiazem", "cckg:treats", "cckg:CalcinosisCutis")
    assert treats["predicate"] == "biolink:treats"
    assert treats["publications"].split("|") == [
        "PMID:34169346",
        "https://en.wikipedia.org/wiki/Calcinosis_cutis",
    ]
    assert "Diltiazem reduced calcinosis cutis in some patients." in treats[
        "supporting_text"
    ].split("|")
    assert (treats["knowledge_level"], treats["agent_type"]) == (
        "knowledge_assertion",
        "text_mining_agent",
    )
    assert edge("cckg:CalcinosisCutis", "cckg:located_in", "cckg:Fingers")["negated"] == "True"
    assert (
        edge(
            "cckg:DystrophicCalcinosisCutis", "cckg:has_mechanism", "cckg:DystrophicCalcification"
        )["species_context_qualifier"]
        == "cckg:Dog"
    )
    cited = edge("cckg:Diltiazem", "cckg:treats", "cckg:SystemicSclerosis")
    assert "PMID:1234567" in cited["publications"].split("|")
    inferred = edge("cckg:Diltiazem", "cckg:treats", "cckg:ConnectiveTissueDisease")
    assert (inferred["knowledge_level"], inferred["agent_type"]) == (
        "logical_entailment",
        "automated_agent",
    )
    assert (
        edge("cckg:SystemicSclerosis", "rdfs:subClassOf", "cckg:ConnectiveTissueDisease")[
            "predicate"
        ]
        == "biolink:subclass_of"
    )


def test_kgx_without_inferred_has_no_entailed_edges(export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "cckg.nt"
    run_export("nt", out, export_files, inferred=False)
    edges = read_tsv(ex.sidecar_paths(out)[2])
    assert edges and all(e["knowledge_level"] != "logical_entailment" for e in edges)


@pytest.mark.parametrize(
    ("args", "fmt"), [(["--format", "nt"], "nt"), (["-o", "{out}.trig"], "trig")]
)
def test_cli_export(args: list[str], fmt: str, export_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "cli"
    args = [a.format(out=out) for a in args]
    result = CliRunner().invoke(
        main, ["export", *args, "--graph", str(export_files["graph"]), "--ontology", str(export_files["ontology"])]
    )
    assert result.exit_code == 0, result.output
    reference = tmp_path / f"ref.{fmt}"
    run_export(fmt, reference, export_files)
    if "-o" in args:
        assert Path(f"{out}.trig").read_bytes() == reference.read_bytes()
        assert Path(f"{out}.void.ttl").exists()
    else:
        assert result.stdout_bytes == reference.read_bytes()


def test_cli_export_missing_graph_is_one_line(export_files: dict[str, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["export", "--graph", str(tmp_path / "nope.ttl"), "--ontology", str(export_files["ontology"])]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"cckg: error: {tmp_path / 'nope.ttl'}: no such graph file "
        "(build one with `cckg build -o FILE`)"
    ]


def test_from_name_accepts_extensions_and_rejects_unknown() -> None:
    assert ex.ExportFormat.from_name(".nq") is ex.ExportFormat.NQ
    assert ex.ExportFormat.from_name("json-ld") is ex.ExportFormat.JSONLD
    assert ex.ExportFormat.from_name("rdf") is ex.ExportFormat.OWL
    with pytest.raises(CckgError, match="unknown export format"):
        ex.ExportFormat.from_name("csv")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["ttl", "nq"])
def test_bundled_corpus_exports_round_trip(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"cckg.{fmt}"
    report = ex.export(fmt, out)  # default graph: the bundled corpus, built into the test cache
    parts = ex.read_parts()
    assert canonical(ex.read_triples(out)) == canonical(parts.union())
    assert report.triples == len(canonical(parts.union()))
    if fmt == "nq":
        documents = {
            t.subject.value
            for t in parts.data
            if t.predicate == ex.RDF_TYPE and t.object.value == vocab.term("SourceDocument")
        }
        assert len(documents) == 3
        assert {ex.document_graph_iri(d) for d in documents} <= set(graphs_of(out))
    edges = read_tsv(ex.sidecar_paths(out)[2])
    assert {"biolink:treats", "biolink:subclass_of"} <= {e["predicate"] for e in edges}
