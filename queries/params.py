"""Turn what a user types into the RDF term a query parameter is bound to.

An IRI parameter takes an IRI (``<…>`` or ``http(s)://…``), a CURIE (``cckg:SystemicSclerosis``,
or a cross-reference such as ``MONDO:0005100`` found through ``oboInOwl:hasDbXref``), or a label
or synonym, matched case-insensitively against ``rdfs:label``, ``skos:altLabel`` and
``skos:hiddenLabel`` (documents also by ``dcterms:identifier`` and ``dcterms:title``). A parameter
declared with a class resolves only to terms under that class (condition → ``cckg:Condition``).

The lookups are themselves bound queries: the user's text never enters SPARQL. An unknown value is
a :class:`ParameterError` listing up to five close labels; an ambiguous one lists the candidates.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from cckg.queries.results import Result, compact
from cckg.queries.stored import Param, StoredQuery

from cckg import vocab
from cckg.errors import ParameterError

Term = ox.NamedNode | ox.Literal
#: How a resolver asks the graph: query text and bound terms in, result out.
Select = Callable[[str, Mapping[str, Term]], Result]

XSD_INTEGER = ox.NamedNode(vocab.XSD + "integer")

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in vocab.PREFIXES.items() if p != "cckgd")

# Tier 1 = preferred names, 2 = synonyms and titles, 3 = misspellings; the first tier with a
# match wins, so a term's own label beats another term's synonym.
_NAMES = """\
  {
    { ?term rdfs:label ?label } UNION { ?term dcterms:identifier ?label }
    BIND(1 AS ?tier)
  } UNION {
    { ?term skos:altLabel ?label } UNION { ?term dcterms:title ?label }
    BIND(2 AS ?tier)
  } UNION {
    ?term skos:hiddenLabel ?label
    BIND(3 AS ?tier)
  }
"""

_LEXICON = (
    _PROLOGUE
    + """
SELECT ?class ?term ?label ?tier WHERE {
  # @bind ?class
  ?term rdf:type?/rdfs:subClassOf* ?class .
"""
    + _NAMES
    + """}
"""
)

_LEXICON_ANY = (
    _PROLOGUE
    + """
SELECT ?term ?label ?tier WHERE {
"""
    + _NAMES
    + """  FILTER(isIRI(?term))
}
"""
)

# The exact label, looked up through the store's index: no scan of every label in a large graph.
_EXACT = (
    _PROLOGUE
    + """
SELECT ?term ?tier ?label WHERE {
  # @bind ?label
"""
    + _NAMES
    + """  FILTER(isIRI(?term))
}
"""
)

_IN_CLASS = (
    _PROLOGUE
    + """
SELECT ?term ?class WHERE {
  # @bind ?term ?class
  ?term rdf:type?/rdfs:subClassOf* ?class .
}
LIMIT 1
"""
)

_EXISTS = (
    _PROLOGUE
    + """
SELECT ?term WHERE {
  # @bind ?term
  {
    # @bind ?term
    ?term ?p ?o
  } UNION {
    # @bind ?term
    ?s ?p ?term
  }
}
LIMIT 1
"""
)

_XREF = (
    _PROLOGUE
    + """
SELECT ?xref ?term WHERE {
  # @bind ?xref
  ?term oboInOwl:hasDbXref ?xref .
}
ORDER BY ?term
"""
)

_CURIE = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*):([^\s<>\"{}|^`\\]+)")
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_\-/]+")


def normalise(label: str) -> str:
    """The matching key of a label: Unicode NFKC, case-folded, dashes as spaces, one space each."""
    text = unicodedata.normalize("NFKC", label).casefold()
    return " ".join(_DASHES.sub(" ", text).split())


def shorten(value: str, limit: int = 60) -> str:
    """A user value quoted on one line and cut to a readable length (for error messages)."""
    text = value if len(value) <= limit else value[:limit] + "…"
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class _Entry:
    term: str
    label: str
    tier: int


class Resolver:
    """Resolves parameter values against one graph (embedded or remote); caches the lexicon."""

    def __init__(self, select: Select) -> None:
        self._select = select
        self._lexicons: dict[tuple[str, ...], list[_Entry]] = {}

    def resolve(self, param: Param, value: str) -> Term:
        """The term ``value`` stands for, for ``param``.

        :raises ParameterError: when the value is malformed, unknown or ambiguous.
        """
        if param.type == "string":
            return ox.Literal(value)
        if param.type == "integer":
            text = value.strip()
            if not re.fullmatch(r"[+-]?[0-9]{1,18}", text):
                raise ParameterError(f"{param.name} must be an integer, not {shorten(value)}")
            return ox.Literal(str(int(text)), datatype=XSD_INTEGER)
        return ox.NamedNode(self._resolve_iri(param, value))

    # -- IRIs ------------------------------------------------------------------------------

    def _resolve_iri(self, param: Param, value: str) -> str:
        text = value.strip()
        if not text:
            raise ParameterError(f"{param.name} is empty")
        if text.startswith("<") and text.endswith(">"):
            return self._check_iri(param, text[1:-1], value)
        if text.startswith(("http://", "https://")):
            return self._check_iri(param, text, value)
        curie = _CURIE.fullmatch(text)
        if curie and curie.group(1) in vocab.PREFIXES:
            iri = vocab.PREFIXES[curie.group(1)] + curie.group(2)
            if self._is_valid(iri) and self._in_classes(iri, param.classes):
                return iri
        found = self._by_label(param, text)
        if found:
            return found
        if curie:
            found = self._by_xref(param, text)
            if found:
                return found
        if _LOCAL_NAME.fullmatch(text):
            iri = vocab.CCKG + text
            if self._in_classes(iri, param.classes):
                return iri
        raise ParameterError(self._unknown_message(param, text))

    @staticmethod
    def _is_valid(iri: str) -> bool:
        try:
            ox.NamedNode(iri)
        except ValueError:
            return False
        return True

    def _check_iri(self, param: Param, iri: str, value: str) -> str:
        if not iri.startswith(("http://", "https://", "urn:")) or not self._is_valid(iri):
            raise ParameterError(f"{param.name}: {shorten(value)} is not a valid IRI")
        if self._in_classes(iri, param.classes):
            return iri
        if param.classes and self._exists(iri):
            kinds = " or ".join(compact(c) for c in param.classes)
            raise ParameterError(f"{param.name}: {compact(iri)} is not a {kinds}")
        raise ParameterError(f"{param.name}: {compact(iri)} is not in the graph")

    def _exists(self, iri: str) -> bool:
        return bool(self._select(_EXISTS, {"term": ox.NamedNode(iri)}).rows)

    def _in_classes(self, iri: str, classes: tuple[str, ...]) -> bool:
        if not classes:
            return self._exists(iri)
        node = ox.NamedNode(iri)
        return any(
            self._select(_IN_CLASS, {"term": node, "class": ox.NamedNode(c)}).rows for c in classes
        )

    def _by_xref(self, param: Param, text: str) -> str | None:
        prefix, _, local = text.partition(":")
        candidates: list[str] = []
        for xref in dict.fromkeys([text, f"{prefix.upper()}:{local}"]):
            for row in self._select(_XREF, {"xref": ox.Literal(xref)}).rows:
                term = row["term"]
                if term and term not in candidates and self._in_classes(term, param.classes):
                    candidates.append(term)
        if len(candidates) > 1:
            raise ParameterError(self._ambiguous_message(param, text, candidates))
        return candidates[0] if candidates else None

    # -- labels ----------------------------------------------------------------------------

    def lexicon(self, classes: tuple[str, ...]) -> list[_Entry]:
        """Every (term, label, tier) a value for a parameter with these classes may match."""
        if classes not in self._lexicons:
            rows: list[dict[str, str | None]] = []
            if classes:
                for c in classes:
                    rows += self._select(_LEXICON, {"class": ox.NamedNode(c)}).rows
            else:
                rows = self._select(_LEXICON_ANY, {}).rows
            seen: set[tuple[str, str, int]] = set()
            entries = []
            for r in rows:
                key = (r["term"] or "", r["label"] or "", int(r["tier"] or 3))
                if key[0] and key[1] and key not in seen:
                    seen.add(key)
                    entries.append(_Entry(*key))
            self._lexicons[classes] = sorted(entries, key=lambda e: (e.tier, e.label, e.term))
        return self._lexicons[classes]

    def _by_exact_label(self, param: Param, text: str) -> str | None:
        """The one term whose label is ``text`` as written (or lower-cased), if exactly one is."""
        found: dict[str, int] = {}
        for form in dict.fromkeys([text, text.lower()]):
            for literal in (ox.Literal(form, language="en"), ox.Literal(form)):
                for row in self._select(_EXACT, {"label": literal}).rows:
                    term, tier = row["term"], int(row["tier"] or 3)
                    if term and tier < found.get(term, 4):
                        found[term] = tier
        found = {t: tier for t, tier in found.items() if self._in_classes(t, param.classes)}
        if not found:
            return None
        best = min(found.values())
        terms = [t for t, tier in found.items() if tier == best]
        return terms[0] if len(terms) == 1 else None

    def _by_label(self, param: Param, text: str) -> str | None:
        exact = self._by_exact_label(param, text)
        if exact:
            return exact
        key = normalise(text)
        matches = [e for e in self.lexicon(param.classes) if normalise(e.label) == key]
        if not matches:
            return None
        best = min(e.tier for e in matches)
        terms = list(dict.fromkeys(e.term for e in matches if e.tier == best))
        if len(terms) > 1:
            raise ParameterError(self._ambiguous_message(param, text, terms))
        return terms[0]

    def _label_of(self, term: str) -> str:
        for e in self.lexicon(()):
            if e.term == term and e.tier == 1:
                return e.label
        return compact(term)

    def _ambiguous_message(self, param: Param, text: str, terms: list[str]) -> str:
        shown = ", ".join(f"{self._label_of(t)} ({compact(t)})" for t in sorted(terms)[:8])
        return f"ambiguous {param.name} {shorten(text)}: could be {shown}; give the CURIE or IRI"

    def _unknown_message(self, param: Param, text: str) -> str:
        kinds = " or ".join(compact(c) for c in param.classes)
        what = f"{param.name} ({kinds})" if kinds else param.name
        close = self.close_matches(param, text)
        hint = f"; close matches: {', '.join(close)}" if close else ""
        return f"unknown {what} {shorten(text)}{hint}"

    def close_matches(self, param: Param, text: str, n: int = 5) -> list[str]:
        """Up to ``n`` labels that look like ``text`` (difflib over the lexicon)."""
        if len(text) > 200:  # nothing useful is that long; spare difflib the work
            return []
        by_key: dict[str, str] = {}
        for e in self.lexicon(param.classes):
            by_key.setdefault(normalise(e.label), e.label)
        keys = difflib.get_close_matches(normalise(text), list(by_key), n=n, cutoff=0.6)
        return [by_key[k] for k in keys]


def resolve_all(
    query: StoredQuery,
    values: Mapping[str, str | Term] | None,
    select: Select,
) -> dict[str, Term]:
    """Bind every parameter of ``query``: given values (resolved) or header defaults.

    A query text without declared parameters takes each value as a plain string literal.
    :raises ParameterError: for an unknown parameter name, a missing value, or a bad value.
    """
    given = dict(values or {})
    if not query.params:
        return {
            k: (v if isinstance(v, (ox.NamedNode, ox.Literal)) else ox.Literal(v))
            for k, v in given.items()
        }
    declared = {p.name for p in query.params}
    unknown = sorted(set(given) - declared)
    if unknown:
        names = ", ".join(sorted(declared))
        raise ParameterError(
            f"{query.name} has no parameter {shorten(unknown[0])} (it takes: {names})"
        )
    resolver = Resolver(select)
    bound: dict[str, Term] = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            raise ParameterError(f"{query.name} needs a value for {p.name} (-p {p.name}=…)")
        bound[p.name] = (
            value if isinstance(value, (ox.NamedNode, ox.Literal)) else resolver.resolve(p, value)
        )
    return bound
