"""Every stored query: its header parses, declares exactly the parameters the query binds, names
the columns the query returns, and the query runs on the fixture graph."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.queries import stored
from cckg.queries.run import run

from cckg.errors import QueryError

PATHS = stored.query_paths()
COMPETENCY = [
    "therapies-for-condition",
    "subtypes-of-condition",
    "mechanism-of-subtype",
    "sites-of-condition",
    "conditions-at-site",
    "causes-of-condition",
    "outcomes-of-therapy",
    "adverse-effects-of-therapy",
    "mechanism-of-action",
    "features-of-condition",
    "evidence-for-fact",
    "cited-works",
    "source-disagreements",
    "indications-for-surgery",
    "evidence-strength",
    "graph-statistics",
]
by_file = pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in PATHS])


def _body(text: str) -> str:
    """The query without comment lines (so markers and headers do not count as uses)."""
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))


def _outer_projection(text: str) -> list[str]:
    """Variables the outer SELECT projects: plain ``?x`` and ``(… AS ?x)``, in order."""
    body = _body(text)
    m = re.search(r"\bSELECT\b(.*?)\bWHERE\b", body, re.DOTALL | re.IGNORECASE)
    assert m, "no SELECT … WHERE"
    clause = m.group(1)
    names: list[str] = []
    depth = 0
    token = ""
    for ch in clause + " ":
        depth += ch == "("
        depth -= ch == ")"
        token += ch
        if depth == 0 and (ch.isspace() or ch == ")"):
            t = token.strip()
            token = ""
            if t.startswith("("):
                names.append(re.findall(r"AS\s+\?(\w+)\s*\)$", t, re.IGNORECASE)[0])
            elif t.startswith("?"):
                names.append(t[1:])
    return names


def test_one_file_per_competency_question() -> None:
    assert sorted(q.name for q in stored.load_all(internal=False)) == sorted(COMPETENCY)
    assert [q.name for q in stored.load_all() if q.internal] == ["facts"]


@by_file
def test_header_is_complete(path: Path) -> None:
    q = stored.StoredQuery.from_text(path.read_text(encoding="utf-8"), name=path.stem, path=path)
    assert q.summary and q.description and q.returns and q.tags
    for p in q.params:
        assert p.type in stored.PARAM_TYPES
        assert p.default, f"{p.name} has no default"
        assert p.description


@by_file
def test_header_declares_exactly_the_bound_parameters(path: Path) -> None:
    q = stored.get(path.stem)
    declared = {p.name for p in q.params}
    assert q.bound_variables() == declared
    body = _body(q.text)
    for name in declared:
        assert re.search(rf"\?{name}\b", body), f"?{name} is declared but never used"
        # pyoxigraph binds only projected variables; the remote VALUES go to the outer WHERE too.
        assert name in _outer_projection(q.text)
        first_marker = stored.BIND_MARKER.search(q.text)
        assert first_marker is not None
        before = q.text[: first_marker.start()]
        assert before.count("{") == 1, "the first @bind marker must open the outer WHERE"


@by_file
def test_returns_names_the_projected_columns(path: Path) -> None:
    q = stored.get(path.stem)
    assert list(q.returns) == _outer_projection(q.text)


@by_file
def test_runs_on_the_fixture_graph(path: Path, fixture_store: ox.Store) -> None:
    q = stored.get(path.stem)
    result = run(q, store=fixture_store)
    assert result.columns == list(q.returns)
    assert result.rows, f"{q.name} found nothing with its defaults on the fixture graph"


@by_file
def test_has_a_total_order(path: Path) -> None:
    # Remote and embedded answers are compared row by row: every query fixes its order.
    assert re.search(r"^ORDER BY ", stored.get(path.stem).text, re.MULTILINE)


def test_unknown_name_lists_close_names() -> None:
    with pytest.raises(QueryError, match="did you mean: therapies-for-condition"):
        stored.get("therapy-for-condition")
    assert stored.get("cited-works.rq").name == "cited-works"


@pytest.mark.parametrize(
    "header, problem",
    [
        pytest.param("#+ summary x\n", "not `key: value`", id="no-colon"),
        pytest.param("#+ params:\n#+   - name: a b\n", "SPARQL variable name", id="bad-name"),
        pytest.param(
            "#+ params:\n#+   - name: a\n#+     type: uri\n", "type must be", id="bad-type"
        ),
        pytest.param(
            "#+ params:\n#+   - name: a\n#+     class: nope:X\n", "known CURIE", id="bad-class"
        ),
        pytest.param(
            "#+ params:\n#+   - name: a\n#+     colour: red\n", "cannot read", id="bad-field"
        ),
    ],
)
def test_malformed_headers_are_query_errors(header: str, problem: str) -> None:
    with pytest.raises(QueryError, match=problem):
        stored.StoredQuery.from_text(header + "SELECT * WHERE {}")


def test_header_reader() -> None:
    q = stored.StoredQuery.from_text(
        "#+ summary: one\n#+ description: two\n#+   lines\n#+ params:\n#+   - name: x\n"
        "#+     type: iri\n#+     class: cckg:Condition\n#+       cckg:Treatment\n#+     default: a b\n"
        "#+     description: what\n#+       it is\n#+   - name: n\n#+     type: integer\n"
        "#+ returns: x, y\n#+ tags: t\nSELECT ?x ?y WHERE {\n  # @bind ?x\n}\n"
    )
    assert q.summary == "one" and q.description == "two lines"
    x, n = q.params
    assert x == stored.Param(
        name="x",
        type="iri",
        default="a b",
        description="what it is",
        classes=(
            "https://w3id.org/cckg/ontology/Condition",
            "https://w3id.org/cckg/ontology/Treatment",
        ),
    )
    assert n.type == "integer" and n.default is None
    assert q.returns == ("x", "y") and q.tags == ("t",)
    assert q.bound_variables() == {"x"}
