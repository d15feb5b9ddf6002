"""Validation: SHACL shapes and reasoner checks, through the library and `cckg validate`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cckg.graph_builder import reason
from cckg.graph_builder.validate import validate
from click.testing import CliRunner

from cckg import resources, vocab
from cckg.cli import main
from cckg.errors import ValidationFailed

C = vocab.CCKG
D = vocab.DATA


@pytest.fixture(scope="module")
def fx(fixtures_dir: Path) -> Path:
    return fixtures_dir / "reason"


def _cli(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *map(str, args)])
    return result.exit_code, result.output


# --------------------------------------------------------------------------------------------
# Broken graphs, each made from the good fixture by one edit. Every one must be reported with
# the node, the rule and (where the node has one) the document, and fail the command.

HAND_TREATS = """
cckg:Hand cckg:treats cckg:CalcinosisCutis .
<doc/wiki/assertion/00000000000000ff> a cckg:Assertion ;
    rdf:subject cckg:Hand ; rdf:predicate cckg:treats ; rdf:object cckg:CalcinosisCutis ;
    cckg:polarity "pos" ; cckg:hedged false ; cckg:confidence 0.5 ;
    cckg:extractionMethod "rule:treatment-cue" ;
    cckg:sentence <doc/wiki/sentence/51-90> ; cckg:document <doc/wiki> ;
    prov:wasDerivedFrom <doc/wiki/sentence/51-90> .
"""


def _treats_from_site(onto: str, data: str) -> tuple[str, str]:
    return onto, data + HAND_TREATS


def _assertion_without_sentence(onto: str, data: str) -> tuple[str, str]:
    line = "    cckg:sentence <doc/review/sentence/0-60> ; cckg:document <doc/review> ;\n"
    assert line in data
    return onto, data.replace(line, "    cckg:document <doc/review> ;\n", 1)


def _unlabelled_term(onto: str, data: str) -> tuple[str, str]:
    return onto, data + "cckg:Diltiazem cckg:treats cckg:CalcinosisCutisTypo .\n"


def _unsatisfiable_class(onto: str, data: str) -> tuple[str, str]:
    extra = (
        'cckg:HandCream a owl:Class ; rdfs:label "hand cream"@en ;\n'
        "    rdfs:subClassOf cckg:Treatment , cckg:Hand .\n"
    )
    return onto + extra, data


BROKEN: list = [
    pytest.param(
        _treats_from_site, "cckg:Hand", "cckgsh:TreatsShape", "wiki",
        "its subject 'hand' is not a kind of treatment", id="treats-from-anatomical-site",
    ),
    pytest.param(
        _assertion_without_sentence, "cckgd:doc/review/assertion/0000000000000001",
        "cckgsh:Assertion-sentence", "review", "exactly one sentence",
        id="assertion-without-sentence",
    ),
    pytest.param(
        _unlabelled_term, "cckg:CalcinosisCutisTypo", "cckgsh:Term-englishLabel", None,
        "has no English rdfs:label", id="unlabelled-term",
    ),
    pytest.param(
        _unsatisfiable_class, "cckg:HandCream", "owl:Nothing (HermiT: unsatisfiable class)", None,
        "equivalent to owl:Nothing", id="unsatisfiable-class",
    ),
]


Edit = Callable[[str, str], tuple[str, str]]


def _make(fx: Path, tmp_path: Path, edit: Edit) -> tuple[Path, Path]:
    onto, data = edit((fx / "ontology.ttl").read_text(), (fx / "data.ttl").read_text())
    (tmp_path / "ontology.ttl").write_text(onto)
    (tmp_path / "graph.ttl").write_text(data)
    return tmp_path / "graph.ttl", tmp_path / "ontology.ttl"


@pytest.mark.reasoner
@pytest.mark.parametrize(("edit", "node", "rule", "document", "words"), BROKEN)
def test_broken_graph_is_reported_with_node_rule_and_document(
    fx: Path, tmp_path: Path, edit: Edit, node: str, rule: str, document: str | None,
    words: str,
) -> None:
    graph, ontology = _make(fx, tmp_path, edit)
    code, out = _cli("--graph", graph, "--ontology", ontology)
    assert code == 1, out
    blocks = out.split("\n\n")[1:]
    ours = [
        b for b in blocks
        if b.splitlines()[0].split("  ", 1)[1].startswith(rule)
        and f"node:     {node}\n" in b + "\n"
    ]
    assert ours, out
    assert words in ours[0]
    if document:
        assert f"document: {document}" in ours[0]


@pytest.mark.reasoner
def test_json_report_names_node_rule_and_document(fx: Path, tmp_path: Path) -> None:
    graph, ontology = _make(fx, tmp_path, _treats_from_site)
    code, out = _cli("--graph", graph, "--ontology", ontology, "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["conforms"] is False and report["consistent"] is True
    hits = [
        r for r in report["results"]
        if r["rule"] == "cckgsh:TreatsShape" and r["focus"] == C + "Hand"
    ]
    assert hits and hits[0]["document"] == "wiki" and hits[0]["severity"] == "Violation"
    assert hits[0]["path"] == C + "treats"
    # The assertion behind it is reported too, on rdf:subject.
    assertion = D + "doc/wiki/assertion/00000000000000ff"
    assert any(
        r["focus"] == assertion and r["path"] == vocab.RDF + "subject" for r in report["results"]
    )


@pytest.mark.reasoner
def test_fixture_graph_is_clean(fx: Path) -> None:
    code, out = _cli("--graph", fx / "data.ttl", "--ontology", fx / "ontology.ttl")
    assert code == 0, out
    assert "conforms — 0 violation(s), 0 warning(s); reasoner: consistent" in out


def test_no_reason_needs_no_java_and_still_finds_defined_classes(
    fx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fixture's calcinosis in systemic sclerosis has no asserted rdfs:subClassOf: the shapes
    # only see it as a condition through the told closure of its definition.
    monkeypatch.setenv("PATH", "/nonexistent")
    report = validate(fx / "data.ttl", ontology=fx / "ontology.ttl", reason=False)
    assert report.conforms, report.render()
    assert report.consistent is None and not report.reasoned


@pytest.mark.reasoner
def test_inconsistent_facts_are_a_violation_not_a_crash(fx: Path, tmp_path: Path) -> None:
    def clash(onto: str, data: str) -> tuple[str, str]:
        return onto, data + "cckg:Diltiazem cckg:located_in cckg:Hand .\n"

    graph, ontology = _make(fx, tmp_path, clash)
    report = validate(graph, ontology=ontology)
    assert report.consistent is False
    assert "Diltiazem" in (report.consistency_message or "")
    assert any(r.rule == "owl:consistency (HermiT)" for r in report.violations)
    with pytest.raises(ValidationFailed):
        report.raise_for_results()


def test_no_java_is_one_clear_line_and_exit_2(fx: Path, tmp_path: Path) -> None:
    env = {"PATH": "/nonexistent", "CCKG_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", "from cckg.cli import main; main()", "validate",
         "--graph", str(fx / "data.ttl"), "--ontology", str(fx / "ontology.ttl")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [f"cckg: error: {reason.NO_JAVA}"]
    assert proc.stdout == ""


# --------------------------------------------------------------------------------------------
# The shapes agree with the real ontology's domains and ranges.

RELATIONS = [r for r in vocab.RELATIONS if r != "has_outcome"]  # has_outcome: fixture above


def _example_terms() -> dict[str, tuple[str, str, str]]:
    """For each relation: a subject of its domain, an object of its range, a wrong subject."""
    import rdflib

    onto = rdflib.Graph().parse(resources.ontology_file())
    supers = reason.classify_told(resources.ontology_file()).superclasses()
    labelled = sorted(str(s) for s in onto.subjects(rdflib.RDFS.label, None))

    def member_of(kinds: set[str]) -> str:
        return next(t for t in labelled if supers.get(t, frozenset()) & kinds)

    def kinds(node: rdflib.term.Node) -> set[str]:
        members = list(onto.items(onto.value(node, rdflib.OWL.unionOf))) if isinstance(
            node, rdflib.BNode) else [node]
        return {str(m) for m in members}

    out = {}
    for rel in RELATIONS:
        p = rdflib.URIRef(C + rel)
        domain = kinds(onto.value(p, rdflib.RDFS.domain))
        range_ = kinds(onto.value(p, rdflib.RDFS.range))
        wrong = {C + "AnatomicalSite"} if C + "AnatomicalSite" not in domain else {C + "Mechanism"}
        out[rel] = (member_of(domain), member_of(range_), member_of(wrong))
    return out


def test_relation_shapes_agree_with_ontology_domains_and_ranges(tmp_path: Path) -> None:
    examples = _example_terms()
    good = tmp_path / "good.nt"
    good.write_text("".join(f"<{s}> <{C}{r}> <{o}> .\n" for r, (s, o, _) in examples.items()))
    report = validate(good, reason=False)
    assert report.violations == [], report.render()
    bad = tmp_path / "bad.nt"
    bad.write_text("".join(f"<{w}> <{C}{r}> <{o}> .\n" for r, (_, o, w) in examples.items()))
    report = validate(bad, reason=False)
    broken = {(r.rule, r.focus) for r in report.violations}
    for rel, (_, _, wrong) in examples.items():
        shape = "cckgsh:" + "".join(part.capitalize() for part in rel.split("_")) + "Shape"
        assert (shape, wrong) in broken, (rel, report.render())


@pytest.mark.reasoner
def test_a_therapy_for_a_clinical_finding_is_consistent_and_conforms(
    fixtures_dir: Path, tmp_path: Path
) -> None:
    """``treats`` ranges over conditions and findings ("flucloxacillin settled the cellulitis"),
    and the same finding is also a feature elsewhere: neither the reasoner nor SHACL objects."""
    import rdflib
    from cckg.graph_builder.build import build

    out = tmp_path / "g.ttl"
    build([fixtures_dir / "unseen" / "renal-unit-note.txt"], out, reason=False, jobs=1)
    g = rdflib.Graph().parse(out)
    onto = rdflib.Graph().parse(resources.ontology_file())
    findings = {
        o for _, o in g.subject_objects(rdflib.URIRef(C + "treats"))
        if (o, rdflib.RDFS.subClassOf, rdflib.URIRef(C + "ClinicalFinding")) in onto
    }
    assert rdflib.URIRef(C + "Cellulitis") in findings
    report = validate(out)
    assert report.consistent and report.violations == [], report.render()


# --------------------------------------------------------------------------------------------
# The bundled corpus


@pytest.mark.reasoner
@pytest.mark.slow
def test_bundled_corpus_validates_clean() -> None:
    code, out = _cli("--format", "json")  # no --graph: the bundled corpus, built on first use
    report = json.loads(out)
    assert report["consistent"] is True and report["unsatisfiable"] == []
    assert report["results"] == [], out
    assert code == 0
