"""Reasoning: HermiT classification, materialised triples, and what they change for queries."""

from __future__ import annotations

import os
import random
import stat
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.graph_builder import reason

from cckg import resources, vocab
from cckg.errors import InputError, ReasonerError

C = vocab.CCKG
SUB = vocab.RDFS + "subClassOf"
TYPE = vocab.RDF + "type"
PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in vocab.PREFIXES.items())

pytestmark = pytest.mark.reasoner


@pytest.fixture(scope="module")
def fx(fixtures_dir: Path) -> Path:
    return fixtures_dir / "reason"


@pytest.fixture(scope="module")
def fixture_ontology(fx: Path) -> Path:
    return fx / "ontology.ttl"


@pytest.fixture(scope="module")
def fixture_data(fx: Path) -> Path:
    return fx / "data.ttl"


def _write(path: Path, turtle: str) -> Path:
    path.write_text(f"@prefix cckg: <{C}> .\n@prefix rdfs: <{vocab.RDFS}> .\n" + turtle)
    return path


def _store(*files: Path, extra: Iterable[tuple[str, str, str]] = ()) -> ox.Store:
    store = ox.Store()
    for f in files:
        store.bulk_load(path=str(f), format=ox.RdfFormat.from_extension(f.suffix[1:]))
    store.extend(
        ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), ox.DefaultGraph())
        for s, p, o in extra
    )
    return store


# --------------------------------------------------------------------------------------------
# Classification


def test_defined_class_is_classified_by_hermit_not_by_assertion(fixture_ontology: Path) -> None:
    result = reason.classify(fixture_ontology)
    ssc = C + "CalcinosisCutisInSystemicSclerosis"
    assert (ssc, C + "CalcinosisCutisInConnectiveTissueDisease") in result.inferred
    assert C + "DystrophicCalcinosisCutis" in result.superclasses()[ssc]
    # Without a reasoner the defined class is only a calcinosis cutis, not a dystrophic one.
    told = reason.classify_told(fixture_ontology).superclasses()[ssc]
    assert C + "CalcinosisCutis" in told
    assert C + "DystrophicCalcinosisCutis" not in told
    assert result.unsatisfiable == ()


def test_real_ontology_is_consistent_and_classifies_ssc_calcinosis_as_dystrophic() -> None:
    result = reason.classify(resources.ontology_file())
    assert result.unsatisfiable == ()
    ssc = C + "CalcinosisCutisInSystemicSclerosis"
    assert C + "DystrophicCalcinosisCutis" in result.superclasses()[ssc]
    asserted_only = reason._transitive_closure(result.asserted)
    assert C + "DystrophicCalcinosisCutis" not in asserted_only[ssc], "should be inferred"
    assert C + "CalcinosisCutisInConnectiveTissueDisease" not in asserted_only[ssc]


def test_classification_is_cached_so_no_jvm_starts_again(
    fixture_ontology: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = reason.classify(fixture_ontology)
    monkeypatch.setenv("PATH", "/nonexistent")  # a JVM start would now fail
    again = reason.classify(fixture_ontology)
    assert again.cached
    assert again.inferred == first.inferred
    with pytest.raises(ReasonerError, match="Java was not found"):
        reason.classify(fixture_ontology, use_cache=False)


def test_unsatisfiable_classes_are_listed(fixture_ontology: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        fixture_ontology.read_text()
        + "\ncckg:HandCream a owl:Class ; rdfs:subClassOf cckg:Treatment , cckg:Hand .\n"
        + "cckg:ZincHandCream a owl:Class ; rdfs:subClassOf cckg:HandCream .\n"
    )
    result = reason.classify(broken)
    assert result.unsatisfiable == (C + "HandCream", C + "ZincHandCream")


def test_inconsistent_facts_raise_with_the_clash(fixture_ontology: Path, tmp_path: Path) -> None:
    data = _write(
        tmp_path / "clash.ttl",
        "cckg:Diltiazem cckg:treats cckg:CalcinosisCutis .\n"
        "cckg:Diltiazem cckg:located_in cckg:Hand .\n",
    )
    with pytest.raises(reason.InconsistentOntologyError) as info:
        reason.classify(fixture_ontology, data=data)
    message = str(info.value)
    assert "Diltiazem" in message and "disjoint" in message
    assert "at org." not in message


def test_hermit_failure_is_one_line_without_java_trace(
    fixture_ontology: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reason, "JAVA_MEMORY_MB", 1)  # the JVM refuses a 1 MB heap
    with pytest.raises(ReasonerError) as info:
        reason.classify(fixture_ontology, use_cache=False)
    message = str(info.value)
    assert message.startswith("HermiT failed: ")
    assert "\n" not in message and "at java." not in message


def test_missing_ontology_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such ontology file"):
        reason.classify(tmp_path / "nope.ttl")


# --------------------------------------------------------------------------------------------
# Materialisation changes answers

# A plain query: no property path, so it sees only what is stated or materialised.
PLAIN = PREFIXES + """
SELECT ?therapy ?parent WHERE {
    ?condition rdfs:subClassOf ?parent . ?therapy cckg:treats ?condition
}
"""


@pytest.mark.parametrize(
    ("parent", "therapy", "why"),
    [
        pytest.param(
            "SystemicSclerosis", "Colchicine",
            "CREST ⊑ limited cutaneous SSc ⊑ SSc: transitive closure",
            id="crest-under-systemic-sclerosis",
        ),
        pytest.param(
            "DystrophicCalcinosisCutis", "Diltiazem",
            "calcinosis in SSc ⊑ dystrophic only by HermiT's classification",
            id="defined-class-under-dystrophic",
        ),
    ],
)
def test_inference_changes_an_answer(
    fixture_ontology: Path, fixture_data: Path, parent: str, therapy: str, why: str
) -> None:
    bindings = {ox.Variable("parent"): ox.NamedNode(C + parent)}

    def answer(store: ox.Store) -> set[str]:
        return {row["therapy"].value for row in store.query(PLAIN, substitutions=bindings)}

    before = answer(_store(fixture_ontology, fixture_data))
    inferred = reason.materialise(fixture_ontology, fixture_data)
    after = answer(_store(fixture_ontology, fixture_data, extra=inferred))
    assert C + therapy not in before, why
    assert C + therapy in after, why


def test_crest_fact_rolls_up_to_systemic_sclerosis_with_the_real_ontology(tmp_path: Path) -> None:
    data = _write(tmp_path / "crest.ttl", "cckg:Colchicine cckg:treats cckg:CRESTSyndrome .\n")
    ontology = resources.ontology_file()
    bindings = {ox.Variable("parent"): ox.NamedNode(C + "SystemicSclerosis")}
    before = _store(ontology, data).query(PLAIN, substitutions=bindings)
    assert C + "Colchicine" not in {row["therapy"].value for row in before}
    inferred = reason.materialise(ontology, data)
    after = _store(ontology, data, extra=inferred).query(PLAIN, substitutions=bindings)
    assert C + "Colchicine" in {row["therapy"].value for row in after}


def test_materialised_triples_are_new_and_keep_punned_terms_untyped(
    fixture_ontology: Path, fixture_data: Path
) -> None:
    inferred = reason.materialise(fixture_ontology, fixture_data)
    asserted = {
        (t.subject.value, t.predicate.value, t.object.value)
        for f in (fixture_ontology, fixture_data)
        for t in ox.parse(path=str(f))
    }
    assert inferred == sorted(set(inferred))
    assert not set(inferred) & asserted
    # Terms are classes: their kind is their subclass ancestry, never an rdf:type.
    assert not [t for t in inferred if t[1] == TYPE and t[0].startswith(C)]
    # Inverse relation declared by owl:inverseOf, and a type from subclassing of a data node.
    assert (C + "CRESTSyndrome", C + "treated_by", C + "Colchicine") in inferred
    assertion = vocab.DATA + "doc/review/assertion/0000000000000001"
    assert (assertion, TYPE, vocab.PROV + "Entity") in inferred


def test_domain_and_range_type_data_nodes(fixture_ontology: Path, tmp_path: Path) -> None:
    data = _write(
        tmp_path / "untyped.ttl",
        f"<{vocab.DATA}doc/x> cckg:genre cckg:SystematicReview .\n"
        f"<{vocab.DATA}doc/x/assertion/1> cckg:sentence <{vocab.DATA}doc/x/sentence/0-9> .\n",
    )
    inferred = set(reason.materialise(fixture_ontology, data))
    assert (vocab.DATA + "doc/x", TYPE, C + "SourceDocument") in inferred
    assert (vocab.DATA + "doc/x/sentence/0-9", TYPE, C + "Sentence") in inferred
    # The genre is an ontology individual: typed by the ontology, not again here.
    assert not [t for t in inferred if t[0] == C + "SystematicReview"]


def test_transitive_properties_are_closed(fixture_ontology: Path, tmp_path: Path) -> None:
    ontology = tmp_path / "onto.ttl"
    ontology.write_text(
        fixture_ontology.read_text()
        + "cckg:part_of a owl:ObjectProperty , owl:TransitiveProperty .\n"
        + "cckg:Fingertip a owl:Class ; rdfs:subClassOf cckg:AnatomicalSite .\n"
    )
    data = _write(
        tmp_path / "parts.ttl",
        "cckg:Fingertip cckg:part_of cckg:Finger . cckg:Finger cckg:part_of cckg:Hand .\n",
    )
    assert (C + "Fingertip", C + "part_of", C + "Hand") in reason.materialise(ontology, data)


def test_write_inferred_is_deterministic_atomic_and_parseable(
    fixture_ontology: Path, fixture_data: Path, tmp_path: Path
) -> None:
    triples = reason.materialise(fixture_ontology, fixture_data)
    shuffled = list(triples)
    random.Random(7).shuffle(shuffled)
    a = reason.write_inferred(triples, tmp_path / "a.inferred.ttl")
    b = reason.write_inferred(shuffled, tmp_path / "b.inferred.ttl")
    assert a.read_bytes() == b.read_bytes()
    parsed = {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(path=str(a))}
    assert parsed == set(triples)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.inferred.ttl", "b.inferred.ttl"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(a.stat().st_mode) == 0o666 & ~umask


def test_compact_view_leaves_provenance_out(fixture_data: Path) -> None:
    view = list(reason.compact_view(fixture_data))
    assert (C + "Diltiazem", C + "treats", C + "CalcinosisCutisInSystemicSclerosis") in view
    subjects = {s for s, _, _ in view}
    # Only the outcome node a fact points at comes in, with its type; no assertion or sentence.
    assert all(not s.startswith(vocab.DATA) or "/outcome/" in s for s in subjects)
    assert len(view) == 5
