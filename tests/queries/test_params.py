"""Parameter values: labels, synonyms, CURIEs, cross-references and IRIs resolve to the right term;
unknown and ambiguous values are clear errors; hostile values stay values."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cckg.queries.params import Resolver, normalise
from cckg.queries.run import LocalBackend, run
from cckg.queries.stored import Param, get

from cckg.errors import ParameterError

CCKG = "https://w3id.org/cckg/ontology/"
CONDITION = Param("condition", "iri", classes=(CCKG + "Condition",))
THERAPY = Param("therapy", "iri", classes=(CCKG + "Treatment",))
DOCUMENT = Param("document", "iri", classes=(CCKG + "SourceDocument",))
ANY = Param("object", "iri")


@pytest.fixture(scope="module")
def resolver(fixture_store: ox.Store) -> Resolver:
    return Resolver(LocalBackend(fixture_store).execute)


@pytest.mark.parametrize(
    "param, value, expected",
    [
        pytest.param(CONDITION, "systemic sclerosis", "SystemicSclerosis", id="label"),
        pytest.param(
            CONDITION, "  Systemic   SCLEROSIS ", "SystemicSclerosis", id="case-and-spaces"
        ),
        pytest.param(
            CONDITION, "CREST syndrome", "LimitedCutaneousSystemicSclerosis", id="altLabel"
        ),
        pytest.param(
            CONDITION, "calcineuris cutis", "CalcinosisCutis", id="hiddenLabel-misspelling"
        ),
        pytest.param(
            CONDITION,
            "Latrogenic calcinosis cutis",
            "IatrogenicCalcinosisCutis",
            id="hiddenLabel-case",
        ),
        pytest.param(
            CONDITION, "paraneoplastic hypercalcaemia", "ParaneoplasticHypercalcemia", id="british"
        ),
        pytest.param(CONDITION, "cckg:SystemicSclerosis", "SystemicSclerosis", id="curie"),
        pytest.param(CONDITION, "MONDO:0005100", "SystemicSclerosis", id="xref"),
        pytest.param(CONDITION, "mondo:0005100", "SystemicSclerosis", id="xref-lowercase-prefix"),
        pytest.param(CONDITION, "SystemicSclerosis", "SystemicSclerosis", id="local-name"),
        pytest.param(
            CONDITION, f"<{CCKG}SystemicSclerosis>", "SystemicSclerosis", id="iri-in-brackets"
        ),
        pytest.param(CONDITION, f"{CCKG}SystemicSclerosis", "SystemicSclerosis", id="bare-iri"),
        pytest.param(THERAPY, "ESWL", "ESWL", id="abbreviation"),
        pytest.param(THERAPY, "CO2-laser", "CO2Laser", id="hyphen-for-space"),
        pytest.param(THERAPY, "CO₂ laser", "CO2Laser", id="subscript-nfkc"),
        pytest.param(
            CONDITION, "lupus erythematosus", "LupusErythematosus", id="label-beats-synonyms"
        ),
    ],
)
def test_resolves(resolver: Resolver, param: Param, value: str, expected: str) -> None:
    assert resolver.resolve(param, value) == ox.NamedNode(CCKG + expected)


def test_documents_by_identifier_and_title(resolver: Resolver) -> None:
    doc = ox.NamedNode("https://w3id.org/cckg/data/doc/wikipedia-calcinosis-cutis")
    assert resolver.resolve(DOCUMENT, "wikipedia-calcinosis-cutis") == doc
    assert resolver.resolve(DOCUMENT, "Calcinosis cutis") == doc


def test_class_restriction(resolver: Resolver) -> None:
    # "laser therapy" is a Treatment, so it is no condition; the error says what was expected.
    with pytest.raises(ParameterError, match="unknown condition"):
        resolver.resolve(CONDITION, "laser therapy")
    with pytest.raises(ParameterError, match=r"cckg:Diltiazem is not a cckg:Condition"):
        resolver.resolve(CONDITION, f"{CCKG}Diltiazem")


def test_unknown_lists_close_matches(resolver: Resolver) -> None:
    with pytest.raises(ParameterError) as err:
        resolver.resolve(CONDITION, "systemc sclerossis")
    message = str(err.value)
    assert message.startswith(
        'unknown condition (cckg:Condition) "systemc sclerossis"; close matches: '
    )
    assert "systemic sclerosis" in message and "\n" not in message
    assert len(message.split("close matches: ")[1].split(", ")) <= 5


def test_ambiguous_lists_candidates(resolver: Resolver) -> None:
    with pytest.raises(ParameterError) as err:
        resolver.resolve(CONDITION, "lupus")
    message = str(err.value)
    assert message.startswith('ambiguous condition "lupus": could be ')
    assert "lupus erythematosus (cckg:LupusErythematosus)" in message
    assert "systemic lupus erythematosus (cckg:SystemicLupusErythematosus)" in message


def test_iri_not_in_graph(resolver: Resolver) -> None:
    with pytest.raises(ParameterError, match="is not in the graph"):
        resolver.resolve(CONDITION, "https://w3id.org/cckg/ontology/Nothing")


@pytest.mark.parametrize(
    "value, message",
    [
        pytest.param("", "is empty", id="empty"),
        pytest.param("<https://w3id.org/cckg/ontology/A>B>", "not a valid IRI", id="iri-with-gt"),
        pytest.param("<file:///etc/passwd>", "not a valid IRI", id="file-iri"),
        pytest.param("http://x/a b", "not a valid IRI", id="iri-with-space"),
    ],
)
def test_malformed_iris(resolver: Resolver, value: str, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        resolver.resolve(CONDITION, value)


@pytest.mark.parametrize("value", ["2", "+2", " 2 ", "-0"])
def test_integers(resolver: Resolver, value: str) -> None:
    term = resolver.resolve(Param("n", "integer"), value)
    assert term.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


@pytest.mark.parametrize("value", ["2.5", "two", "2 } UNION {", "1" * 40])
def test_bad_integers(resolver: Resolver, value: str) -> None:
    with pytest.raises(ParameterError, match="must be an integer"):
        resolver.resolve(Param("n", "integer"), value)


def test_normalise() -> None:
    assert (
        normalise("Shock‑Wave  LITHOTRIPSY")
        == normalise("shock-wave lithotripsy")
        == "shock wave lithotripsy"
    )
    assert normalise("located_in") == "located in"


HOSTILE = [
    pytest.param('systemic sclerosis"', id="quote"),
    pytest.param("systemic sclerosis' .", id="single-quote"),
    pytest.param("{ ?s ?p ?o }", id="braces"),
    pytest.param("x } UNION { ?a ?b ?c", id="union"),
    pytest.param('"> . } #', id="close-iri-and-comment"),
    pytest.param(
        "<https://w3id.org/cckg/ontology/SystemicSclerosis> } UNION { ?x ?y ?z", id="iri-then-union"
    ),
    pytest.param("<https://w3id.org/cckg/ontology/A> . } #>", id="iri-with-gt"),
    pytest.param("systemic sclerosis\n} UNION {\n", id="newlines"),
    pytest.param("cckg:SystemicSclerosis> } #", id="curie-with-gt"),
    pytest.param("x" * 10_240, id="10kB"),
    pytest.param("\\u0022 } UNION {", id="escaped-quote"),
    pytest.param("systemic sclerosis # @bind ?condition", id="fake-marker"),
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_values_locally(fixture_store: ox.Store, value: str) -> None:
    with pytest.raises(ParameterError) as err:
        run(get("therapies-for-condition"), bindings={"condition": value}, store=fixture_store)
    assert "\n" not in str(err.value) and len(str(err.value)) < 600


def test_hostile_string_literal_comes_back_unchanged(fixture_store: ox.Store) -> None:
    text = "#+ params:\n#+   - name: s\n#+     type: string\n#+     default: x\nSELECT ?s ?n WHERE {\n  # @bind ?s\n  BIND(STRLEN(?s) AS ?n)\n}\n"
    for param in HOSTILE:
        value = param.values[0]
        result = run(text, bindings={"s": value}, store=fixture_store)
        assert result.rows == [{"s": value, "n": str(len(value))}]
