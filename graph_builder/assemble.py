"""Assemble one document's facts into RDF (N-Triples lines), following docs/data-model.md.

Every IRI is derived from content (document id, span, triple), so the same input always gives the
same lines. Each fact becomes an assertion node carrying its provenance; positive facts about
humans also get the direct triple so that simple queries stay simple.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import pyoxigraph as ox
from cckg.graph_builder import lexicon_extra
from cckg.graph_builder.relate import DocumentFacts

from cckg import vocab

_XSD_INT = ox.NamedNode(vocab.XSD + "integer")
_XSD_DEC = ox.NamedNode(vocab.XSD + "decimal")
_XSD_BOOL = ox.NamedNode(vocab.XSD + "boolean")

GENRES: dict[str, str] = {
    "systematic review": "SystematicReview",
    "meta-analysis": "SystematicReview",
    "review": "ReviewArticle",
    "review article": "ReviewArticle",
    "case report": "CaseReport",
    "case series": "CaseReport",
    "abstract": "Abstract",
    "encyclopedia article": "EncyclopediaArticle",
    "encyclopedia": "EncyclopediaArticle",
    "patient blog post": "PatientBlogPost",
    "blog post": "PatientBlogPost",
    "blog": "PatientBlogPost",
    "patient page": "PatientBlogPost",
}


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _p(prefix: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(prefix + name)


def _num(value: float) -> ox.Literal:
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_XSD_INT)
    text = format(Decimal(str(value)).normalize(), "f")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=_XSD_DEC)


def _str(value: object, lang: str | None = None) -> ox.Literal:
    return ox.Literal(str(value), language=lang) if lang else ox.Literal(str(value))


class _Lines:
    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.lines.add(f"{s} {p} {o} .")


def genre_iri(genre: object) -> str:
    name = GENRES.get(str(genre or "").strip().lower(), "OtherGenre")
    return vocab.term(name)


def assemble(doc: object, sentences: Sequence[object], facts: DocumentFacts) -> list[str]:
    """Sorted, unique N-Triples lines for one document."""
    out = _Lines()
    doc_id: str = doc.doc_id  # type: ignore[attr-defined]
    meta: Mapping[str, object] = doc.meta  # type: ignore[attr-defined]
    d = _iri(vocab.doc_iri(doc_id))
    rdf_type = _p(vocab.RDF, "type")
    cckg = lambda name: _p(vocab.CCKG, name)
    dct = lambda name: _p(vocab.DCTERMS, name)

    # The document and its citation metadata.
    out.add(d, rdf_type, cckg("SourceDocument"))
    out.add(d, dct("identifier"), _str(doc_id))
    out.add(d, dct("title"), _str(meta.get("title") or doc_id))
    authors = meta.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    for a in authors:
        out.add(d, dct("creator"), _str(a))
    if authors:
        out.add(d, cckg("authorList"), _str("; ".join(str(a) for a in authors)))
    if meta.get("year") or meta.get("date"):
        out.add(d, dct("date"), _str(meta.get("date") or meta.get("year")))
    if meta.get("venue"):
        out.add(d, cckg("venue"), _str(meta["venue"]))
    if meta.get("doi"):
        out.add(d, _p(vocab.BIBO, "doi"), _str(meta["doi"]))
    if meta.get("pmid"):
        out.add(d, _p(vocab.BIBO, "pmid"), _str(meta["pmid"]))
    if meta.get("url"):
        out.add(d, dct("source"), _iri(str(meta["url"])))
    if meta.get("licence") or meta.get("license"):
        out.add(d, dct("license"), _str(meta.get("licence") or meta.get("license")))
    out.add(d, cckg("genre"), _iri(genre_iri(meta.get("genre"))))
    for kind, prop in (("studies", "studyCount"), ("patients", "patientCount")):
        if kind in facts.counts:
            out.add(d, cckg(prop), _num(int(facts.counts[kind])))

    # Cited works.
    works: dict[int, ox.NamedNode] = {}
    for ref in getattr(doc, "references", ()):
        w = _iri(vocab.work_iri(doc_id, ref.number, pmid=ref.pmid, doi=ref.doi))
        works[ref.number] = w
        out.add(d, dct("references"), w)
        out.add(w, rdf_type, cckg("CitedWork"))
        out.add(w, cckg("referenceNumber"), _num(int(ref.number)))
        if ref.title:
            out.add(w, dct("title"), _str(ref.title))
        if ref.year:
            out.add(w, dct("date"), _str(ref.year))
        if ref.venue:
            out.add(w, cckg("venue"), _str(ref.venue))
        if ref.doi:
            out.add(w, _p(vocab.BIBO, "doi"), _str(ref.doi))
        if ref.pmid:
            out.add(w, _p(vocab.BIBO, "pmid"), _str(ref.pmid))
        for a in ref.authors:
            out.add(w, dct("creator"), _str(a))

    by_index = {s.index: s for s in sentences}  # type: ignore[attr-defined]

    def sentence_node(index: int) -> ox.NamedNode:
        s = by_index[index]
        start, end = doc.original_span(s.start, s.end)  # type: ignore[attr-defined]
        node = _iri(vocab.sentence_iri(doc_id, start, end))
        out.add(node, rdf_type, cckg("Sentence"))
        out.add(node, cckg("document"), d)
        out.add(node, cckg("section"), _str(s.section or ""))  # "" = before the first heading
        out.add(node, _p(vocab.OA, "exact"), _str(s.text))
        out.add(node, _p(vocab.OA, "start"), _num(int(start)))
        out.add(node, _p(vocab.OA, "end"), _num(int(end)))
        return node

    def outcome_node(key: str) -> ox.NamedNode:
        q, index = facts.outcomes[key]
        node = _iri(vocab.outcome_iri(doc_id, key))
        out.add(node, rdf_type, cckg("OutcomeMeasurement"))
        out.add(node, _p(vocab.RDFS, "label"), _str(q.label(), "en"))
        out.add(node, cckg("measure"), _str(q.measure))
        for attr, prop in (
            ("percent", "percent"),
            ("percent_high", "percentHigh"),
            ("median", "median"),
            ("mean", "mean"),
            ("range_low", "rangeLow"),
            ("value", "value"),
            ("baseline", "baseline"),
            ("range_high", "rangeHigh"),
        ):
            value = getattr(q, attr, None)
            if value is not None:
                out.add(node, cckg(prop), _num(float(value)))
        for attr, prop in (("numerator", "numerator"), ("denominator", "denominator")):
            value = getattr(q, attr, None)
            if value is not None:
                out.add(node, cckg(prop), _num(int(value)))
        if q.unit:
            out.add(node, cckg("unit"), _str(q.unit))
        if q.comparator:
            out.add(node, cckg("comparator"), _str(q.comparator))
        out.add(node, cckg("document"), d)
        out.add(node, cckg("sentence"), sentence_node(index))
        return node

    for f in facts.facts:
        sent = sentence_node(f.sentence_index)
        s_node = by_index[f.sentence_index]
        obj = outcome_node(f.object) if f.relation == "has_outcome" else _iri(f.object)
        a = _iri(
            vocab.assertion_iri(
                doc_id,
                f.subject,
                f.relation,
                obj.value,
                f.polarity,
                s_node.start,
                s_node.end,
                f.quantity or "",
            )
        )
        pred = _iri(vocab.term(f.relation))
        out.add(a, rdf_type, cckg("Assertion"))
        out.add(a, _p(vocab.RDF, "subject"), _iri(f.subject))
        out.add(a, _p(vocab.RDF, "predicate"), pred)
        out.add(a, _p(vocab.RDF, "object"), obj)
        out.add(a, cckg("polarity"), _str(f.polarity))
        out.add(a, cckg("hedged"), ox.Literal("true" if f.hedged else "false", datatype=_XSD_BOOL))
        out.add(a, cckg("confidence"), _num(f.confidence))
        out.add(a, cckg("extractionMethod"), _str(f.method))
        out.add(a, cckg("sentence"), sent)
        out.add(a, cckg("document"), d)
        out.add(a, _p(vocab.PROV, "wasDerivedFrom"), sent)
        if f.species:
            out.add(a, cckg("species"), _iri(f.species))
        if f.cited_ref is not None and f.cited_ref in works:
            out.add(a, cckg("citedWork"), works[f.cited_ref])
        if f.quantity:
            out.add(a, cckg("quantity"), outcome_node(f.quantity))
        if f.polarity == "pos" and f.species is None:
            out.add(_iri(f.subject), pred, obj)
        # A term of the extra lexicon (HPO, MONDO …) is not in the ontology: state its label and pillar.
        for term in (f.subject, obj.value):
            for triple in lexicon_extra.term_triples(term):
                out.add(*triple)
    return sorted(out.lines)
