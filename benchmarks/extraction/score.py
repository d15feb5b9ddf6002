"""Score the document-to-facts builder against the hand-curated gold in ``gold/``.

Builds every document in ``docs/`` with the project's builder (no reasoner), reads the facts the
way users do (``cckg.api`` if it exists, else ``cckg facts --format tsv``; if neither is available
yet, straight from the built graph's assertion nodes, as data-model.md describes them), and
compares them with the gold facts per relation.

Matching (see README.md): relation and polarity equal, species equal, subject and object resolved
to ontology IRIs through the builder's own lexicon (string equality after normalisation for names
the ontology lacks). For ``has_outcome`` the object matches when the predicted outcome label
contains every number of the gold phrase. A prediction whose subject or object is a parent/child
class of the gold's is a *near* match, worth half. A prediction that only restates a class-level
fact of the ontology (``calcinosis cutis in JDM associated_with JDM``) and matches no gold row is
ignored, not counted.

    python benchmarks/extraction/score.py [--only DOC_ID ...] [--json FILE] [--show-errors]

Always exits 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from cckg import vocab

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
RELATIONS: tuple[str, ...] = vocab.RELATIONS
GOLD_HEADER = ["subject", "relation", "object", "polarity", "species"]
FACTS_HEADER = ["subject", "relation", "object", "polarity", "document", "sentence"]
SUPPORTED = {".txt", ".md", ".xml"}
DUPLICATE = "duplicate at another grain"
# Grouping classes that never earn a near match (looked up through the lexicon: a missing one is
# harmless).
GENERIC: tuple[str, ...] = (
    "treatment",
    "drug",
    "procedure",
    "local therapy",
    "systemic therapy",
    "topical therapy",
    "intralesional therapy",
    "condition",
    "clinical finding",
    "skin lesion",
    "mechanism",
    "pathogenic mechanism",
    "therapeutic mechanism",
    "physiological process",
    "serum mineral status",
    "anatomical site",
    "body region",
    "species",
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldFact:
    doc: str
    subject: str
    relation: str
    object: str
    polarity: str
    species: str
    line: int


@dataclass
class PredFact:
    doc: str
    subject: str
    relation: str
    object: str
    polarity: str
    species: str
    sentences: list[str] = field(default_factory=list)


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    near: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    duplicate: int = 0  # false positives that restate a matched gold fact at a coarser/finer grain
    out_of_ontology: int = 0  # gold rows naming a concept the ontology lacks

    def add(self, other: Counts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def scores(self) -> dict[str, float | None]:
        """Precision, recall, F1; a near match counts half. ``None`` where a ratio is undefined."""
        credit = self.tp + 0.5 * self.near
        p = credit / self.predicted if self.predicted else None
        r = credit / self.gold if self.gold else None
        f = (
            2 * p * r / (p + r)
            if p is not None and r is not None and (p + r) > 0
            else (0.0 if p is not None and r is not None else None)
        )
        lenient = self.predicted - self.duplicate
        pl = credit / lenient if lenient else None
        # Recall over the gold rows the ontology can express (builder misses, not ontology gaps).
        covered = self.gold - self.out_of_ontology
        rc = min(1.0, credit / covered) if covered else None
        return {
            "precision": _round(p),
            "recall": _round(r),
            "f1": _round(f),
            "precision_lenient": _round(pl),
            "recall_in_ontology": _round(rc),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --------------------------------------------------------------------------- gold


def read_gold(gold_dir: Path, doc_ids: Iterable[str]) -> dict[str, list[GoldFact]]:
    """Gold facts per document id; a malformed row raises ValueError naming file and line."""
    out: dict[str, list[GoldFact]] = {}
    for doc in doc_ids:
        path = gold_dir / f"{doc}.tsv"
        if not path.exists():
            raise ValueError(f"{path}: no gold file for document {doc!r}")
        rows: list[GoldFact] = []
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t")
            header = next(reader, None)
            if header != GOLD_HEADER:
                raise ValueError(f"{path}: header must be {GOLD_HEADER}, got {header}")
            for n, row in enumerate(reader, start=2):
                if not row or not any(cell.strip() for cell in row):
                    continue
                if len(row) != 5:
                    raise ValueError(
                        f"{path}:{n}: expected 5 tab-separated columns, got {len(row)}"
                    )
                s, rel, o, pol, sp = (c.strip() for c in row)
                if rel not in RELATIONS or pol not in ("pos", "neg") or not s or not o:
                    raise ValueError(f"{path}:{n}: bad row {row}")
                rows.append(GoldFact(doc, s, rel, o, pol, sp.lower(), n))
        out[doc] = rows
    return out


def curator_rows(pred_dir: Path, doc_ids: Iterable[str]) -> list[dict[str, str]]:
    """A second curator's facts (gold-format TSVs) as prediction rows."""
    return [
        {**_gold_row(g), "document": doc}
        for doc, facts in read_gold(pred_dir, doc_ids).items()
        for g in facts
    ]


# --------------------------------------------------------------------------- build and facts


def document_files(docs_dir: Path, only: Sequence[str] | None = None) -> dict[str, Path]:
    """Document files by id (the file stem), optionally restricted to ``only``."""
    files = {
        p.stem: p
        for p in sorted(docs_dir.iterdir())
        if p.is_file() and p.suffix.lower() in SUPPORTED
    }
    if only:
        missing = [d for d in only if d not in files]
        if missing:
            raise ValueError(
                f"unknown document id(s): {', '.join(missing)}; known: {', '.join(files)}"
            )
        files = {d: files[d] for d in only}
    return files


def build_documents(
    files: dict[str, Path], workdir: Path
) -> tuple[Path, dict[str, str], dict[str, str]]:
    """Build each document on its own (so a built id maps to its file), then merge the graphs.

    Returns (merged graph, built-id -> file id, file id -> error for documents that failed).
    """
    import pyoxigraph as ox
    from cckg.graph_builder.build import build

    id_map: dict[str, str] = {}
    errors: dict[str, str] = {}
    quads: list[Any] = []
    for stem, path in files.items():
        out = workdir / f"{stem}.ttl"
        try:
            report = build([path], out, reason=False, jobs=1)
        except Exception as exc:  # noqa: BLE001 - one crash must not stop the measurement
            errors[stem] = f"{type(exc).__name__}: {exc}"
            continue
        for built_id in report.documents:
            id_map[built_id] = stem
        with open(out, "rb") as fh:
            quads.extend(ox.parse(fh, format=ox.RdfFormat.TURTLE))
    merged = workdir / "all.ttl"
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    merged.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
    return merged, id_map, errors


def _facts_from_api(graph: Path) -> tuple[list[dict[str, str]] | None, str]:
    try:
        api = importlib.import_module("cckg.api")
    except ModuleNotFoundError:
        return None, "no cckg.api"
    fn = getattr(api, "facts", None)
    if fn is None:
        return None, "no cckg.api.facts"
    try:
        result = fn(graph=graph)
    except Exception as exc:  # noqa: BLE001 - unfinished or broken: fall back to the CLI, say why
        return None, f"cckg.api.facts failed: {type(exc).__name__}: {exc}"
    rows = getattr(result, "rows", result)
    out = []
    for row in rows:
        get = row.get if isinstance(row, dict) else (lambda k, r=row: getattr(r, k, ""))
        out.append({k: str(get(k) or "") for k in FACTS_HEADER})
    return out, ""


def _facts_from_cli(graph: Path) -> tuple[list[dict[str, str]] | None, str]:
    exe = Path(sys.executable).with_name("cckg")
    cmd = [str(exe)] if exe.exists() else ([shutil.which("cckg")] if shutil.which("cckg") else None)
    if cmd is None:
        return None, "no cckg executable"
    proc = subprocess.run(
        [*cmd, "facts", "--graph", str(graph), "--format", "tsv"],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        return None, (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    reader = csv.DictReader(io.StringIO(proc.stdout), delimiter="\t")
    if reader.fieldnames is None or [f.strip() for f in reader.fieldnames] != FACTS_HEADER:
        return None, f"unexpected header {reader.fieldnames}"
    return [{k: (row.get(k) or "") for k in FACTS_HEADER} for row in reader], ""


_ASSERTIONS = """
PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?doc ?s ?p ?o ?olabel ?pol ?text
       (GROUP_CONCAT(DISTINCT STR(?sp); separator=" ") AS ?species)
WHERE {
  ?a a cckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cckg:polarity ?pol ;
     cckg:document ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?a cckg:sentence ?sent . ?sent oa:exact ?text }
  OPTIONAL { ?o rdfs:label ?olabel }
  OPTIONAL { ?a cckg:species ?sp }
} GROUP BY ?doc ?s ?p ?o ?olabel ?pol ?text
"""

_SENTENCES = """
PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?doc ?text ?start WHERE {
  ?s a cckg:Sentence ; cckg:document ?d ; oa:exact ?text .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?s oa:start ?start }
} ORDER BY ?doc ?start
"""


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def graph_assertions(graph: Path, lexicon: Any) -> list[dict[str, str]]:
    """Facts read straight from the assertion nodes (labels from the lexicon), with species."""
    import pyoxigraph as ox

    store = ox.Store()
    with open(graph, "rb") as fh:
        store.bulk_load(fh, format=ox.RdfFormat.N_TRIPLES)
    rows = []
    for sol in store.query(_ASSERTIONS):
        s, p, o = sol["s"].value, sol["p"].value, sol["o"].value
        olabel = sol["olabel"].value if sol["olabel"] is not None else None
        term_s, term_o = lexicon.terms.get(s), lexicon.terms.get(o)
        # a species by its label ("guinea pig"), as the gold names it, not its IRI's local name
        species = " ".join(
            sorted(
                (lexicon.terms[x].label if x in lexicon.terms else _local(x)).lower()
                for x in (sol["species"].value if sol["species"] else "").split()
            )
        )
        rows.append(
            {
                "subject": term_s.label if term_s else _local(s),
                "relation": _local(p),
                "object": term_o.label if term_o else (olabel or _local(o)),
                "polarity": sol["pol"].value,
                "document": sol["doc"].value,
                "sentence": sol["text"].value if sol["text"] is not None else "",
                "species": species,
            }
        )
    return rows


def document_sentences(path: Path, lexicon: Any) -> tuple[list[str], dict[str, str]] | None:
    """All sentences of a document as the builder segments it, and the abbreviations it defines.

    The graph keeps only sentences that carry a fact, so it cannot show where a missed fact was
    stated; this uses the builder's own stages, and gives ``None`` if they cannot be called.
    """
    try:
        from cckg.graph_builder import read, recognise, segment

        doc = read.read_document(path)
        texts = [s.text for s in segment.segment(doc)]
        return texts, recognise.find_abbreviations(doc.text, lexicon)
    except Exception:  # noqa: BLE001 - diagnosis only; the graph's sentences are the fallback
        return None


def graph_sentences(graph: Path) -> dict[str, list[str]]:
    import pyoxigraph as ox

    store = ox.Store()
    with open(graph, "rb") as fh:
        store.bulk_load(fh, format=ox.RdfFormat.N_TRIPLES)
    out: dict[str, list[str]] = defaultdict(list)
    for sol in store.query(_SENTENCES):
        out[sol["doc"].value].append(sol["text"].value)
    return out


def read_facts(graph: Path, lexicon: Any) -> tuple[list[dict[str, str]], str]:
    """Predicted fact rows with a ``species`` column, and where they came from."""
    from_graph = graph_assertions(graph, lexicon)
    species_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in from_graph:
        species_of[_row_key(r)].add(r["species"])
    rows, api_note = _facts_from_api(graph)
    source = "cckg.api.facts"
    if rows is None:
        rows, cli_note = _facts_from_cli(graph)
        source = "cckg facts --format tsv"
        if rows is None:
            return from_graph, f"graph assertion nodes ({api_note}; cckg facts: {cli_note})"
    for r in rows:
        # cckg facts has no species column: take it from the assertion node with the same row.
        found = species_of.get(_row_key(r), set())
        r["species"] = " ".join(sorted(x for x in found if x)) if found else ""
    return rows, source


def _row_key(r: dict[str, str]) -> tuple[str, ...]:
    return (
        r["document"],
        r["relation"],
        r["polarity"],
        " ".join(r["sentence"].split()),
        r["subject"].strip().lower(),
        r["object"].strip().lower(),
    )


# --------------------------------------------------------------------------- resolution


class Resolver:
    """Names → ontology IRIs through the builder's lexicon; the class hierarchy for near matches."""

    def __init__(self, lexicon: Any) -> None:
        from cckg.graph_builder import recognise

        self.lex = lexicon
        self._tokenize = recognise.tokenize
        # Grouping classes are too generic for a half match: "drug treats calcinosis cutis" says
        # nothing about colchicine.
        self.generic = set(recognise.PILLARS) | {
            t.iri for name in GENERIC for t in lexicon.lookup(name)
        }
        self.calcinosis = next((t.iri for t in lexicon.lookup("calcinosis cutis")), None)
        self._cache: dict[str, frozenset[str]] = {}

    def norm(self, name: str) -> str:
        return " ".join(t.norm for t in self._tokenize(name))

    def iris(self, name: str) -> frozenset[str]:
        if name not in self._cache:
            self._cache[name] = frozenset(t.iri for t in self.lex.lookup(name.strip()))
        return self._cache[name]

    def same(self, a: str, b: str) -> bool:
        ia, ib = self.iris(a), self.iris(b)
        if ia and ib:
            return bool(ia & ib)
        return self.norm(a) == self.norm(b)

    def _diseases(self, iri: str) -> tuple[str, ...]:
        if self.calcinosis and self.lex.is_a(iri, self.calcinosis):
            return self.lex.objects(iri, "associated_with")
        return ()

    def related(self, a: str, b: str) -> bool:
        """Parent/child classes (either way), generic ones excluded.

        Calcinosis-of-disease classes are related through their diseases (CREST ⊑ lcSSc).
        """
        for x in self.iris(a):
            for y in self.iris(b):
                if x == y or x in self.generic or y in self.generic:
                    continue
                if self.lex.is_a(x, y) or self.lex.is_a(y, x):
                    return True
                dx, dy = self._diseases(x), self._diseases(y)
                if any(self.lex.is_a(p, q) or self.lex.is_a(q, p) for p in dx for q in dy):
                    return True
        return False

    def restates_ontology(self, p: PredFact) -> bool:
        """The predicted triple is a class-level fact the ontology itself states."""
        return any(
            o in self.lex.objects(s, p.relation)
            for s in self.iris(p.subject)
            for o in self.iris(p.object)
        )


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?", re.IGNORECASE)


def numbers(text: str) -> frozenset[str]:
    """The numbers of a phrase, normalised (62.0 → 62, 4,5 → 4.5, 1,450 → 1450). A phrase with
    no digit at all is read for its number words ("three in ten" → 3, 10), so that an outcome a
    lay text spells out can still be matched."""
    out = set()
    for m in _NUMBER.findall(_THOUSANDS.sub("", text)):
        v = float(m.replace(",", "."))
        out.add(str(int(v)) if v == int(v) else str(v))
    if not out:
        from cckg.graph_builder.quantify import word_number

        out = {str(n) for w in _WORD.findall(text) if (n := word_number(w)) is not None}
    return frozenset(out)


# --------------------------------------------------------------------------- matching


def _match_kind(
    g: GoldFact,
    p: PredFact,
    res: Resolver,
    *,
    check_polarity: bool = True,
    check_species: bool = True,
) -> str | None:
    """'exact', 'near' or None for one gold/predicted pair."""
    if g.relation != p.relation:
        return None
    if check_polarity and g.polarity != p.polarity:
        return None
    if check_species and g.species != p.species:
        return None
    def grade(a: str, b: str) -> str | None:
        return "exact" if res.same(a, b) else ("near" if res.related(a, b) else None)

    subj = grade(g.subject, p.subject)
    if subj is None:
        return None
    if g.relation == "has_outcome":
        gn, pn = numbers(g.object), numbers(p.object)
        return subj if gn and gn <= pn else None
    obj = grade(g.object, p.object)
    if obj is None:
        return None
    return "exact" if subj == obj == "exact" else "near"


@dataclass
class DocResult:
    counts: dict[str, Counts]
    tp: list[tuple[GoldFact, PredFact]]
    near: list[tuple[GoldFact, PredFact]]
    fp: list[PredFact]
    fn: list[GoldFact]
    ignored: list[PredFact]


def match_document(gold: list[GoldFact], preds: list[PredFact], res: Resolver) -> DocResult:
    """One-to-one matching: exact pairs first, then near pairs, each gold row used once."""
    free_g = list(range(len(gold)))
    free_p = list(range(len(preds)))
    tp: list[tuple[GoldFact, PredFact]] = []
    near: list[tuple[GoldFact, PredFact]] = []
    for wanted, bucket in (("exact", tp), ("near", near)):
        for gi in list(free_g):
            for pi in free_p:
                if _match_kind(gold[gi], preds[pi], res) == wanted:
                    bucket.append((gold[gi], preds[pi]))
                    free_g.remove(gi)
                    free_p.remove(pi)
                    break
    fp, ignored = [], []
    for pi in free_p:
        (ignored if res.restates_ontology(preds[pi]) else fp).append(preds[pi])
    fn = [gold[gi] for gi in free_g]
    counts: dict[str, Counts] = defaultdict(Counts)
    for g in gold:
        counts[g.relation].gold += 1
        names = [g.subject] if g.relation == "has_outcome" else [g.subject, g.object]
        if not all(res.iris(n) for n in names):
            counts[g.relation].out_of_ontology += 1
    for g, _ in tp:
        counts[g.relation].tp += 1
    for g, _ in near:
        counts[g.relation].near += 1
    for p in fp:
        counts[p.relation].fp += 1
        if any(_match_kind(g, p, res) for g in gold):
            counts[p.relation].duplicate += 1
    for p in ignored:
        counts[p.relation].ignored += 1
    for g in fn:
        counts[g.relation].fn += 1
    for c in counts.values():
        c.predicted = c.tp + c.near + c.fp
    return DocResult(dict(counts), tp, near, fp, fn, ignored)


def group_predictions(rows: list[dict[str, str]], res: Resolver) -> dict[str, list[PredFact]]:
    """One prediction per (subject, relation, object, polarity, species) and document."""
    out: dict[str, dict[tuple[str, ...], PredFact]] = defaultdict(dict)
    for r in rows:
        subj_key = "|".join(sorted(res.iris(r["subject"]))) or res.norm(r["subject"])
        obj_key = (
            r["object"].strip().lower()
            if r["relation"] == "has_outcome"
            else ("|".join(sorted(res.iris(r["object"]))) or res.norm(r["object"]))
        )
        key = (subj_key, r["relation"], obj_key, r["polarity"], r.get("species", ""))
        doc = out[r["document"]]
        if key not in doc:
            doc[key] = PredFact(
                r["document"],
                r["subject"],
                r["relation"],
                r["object"],
                r["polarity"],
                r.get("species", ""),
            )
        sent = " ".join(r.get("sentence", "").split())
        if sent and sent not in doc[key].sentences:
            doc[key].sentences.append(sent)
    return {d: list(v.values()) for d, v in out.items()}


# --------------------------------------------------------------------------- diagnosis


def _mentioned(text: str, lexicon: Any, abbreviations: dict[str, str]) -> set[str]:
    from cckg.graph_builder import recognise

    return {m.term.iri for m in recognise.match(text, lexicon, abbreviations)}


def diagnose_fn(
    g: GoldFact,
    preds: list[PredFact],
    sentences: list[str],
    res: Resolver,
    abbreviations: dict[str, str] | None = None,
) -> tuple[str, str]:
    """Why a gold fact was missed, and the sentence that most likely states it."""
    for p in preds:
        if _match_kind(g, p, res, check_polarity=False) and p.polarity != g.polarity:
            return "wrong polarity", p.sentences[0] if p.sentences else ""
        if _match_kind(g, p, res, check_species=False) and p.species != g.species:
            return f"wrong species ({p.species or 'none'})", p.sentences[0] if p.sentences else ""
    if g.relation == "has_outcome":
        for p in preds:
            same_subject = res.same(g.subject, p.subject) or res.related(g.subject, p.subject)
            if (
                p.relation == "has_outcome"
                and same_subject
                and numbers(g.object) & numbers(p.object)
            ):
                return "outcome numbers differ", p.sentences[0] if p.sentences else ""
    for p in preds:
        if (
            p.relation != g.relation
            and res.same(g.subject, p.subject)
            and res.same(g.object, p.object)
        ):
            return f"other relation ({p.relation})", p.sentences[0] if p.sentences else ""
    names = [g.subject] if g.relation == "has_outcome" else [g.subject, g.object]
    unresolved = [n for n in names if not res.iris(n)]
    if unresolved:
        return "term not in ontology: " + ", ".join(unresolved), ""
    wanted = [res.iris(n) for n in names]
    table: list[tuple[str, list[bool]]] = []
    for text in sentences:
        found = _mentioned(text, res.lex, abbreviations or {})
        table.append(
            (
                text,
                [
                    bool(w & found) or any(res.related(n, res.lex.terms[i].label) for i in found)
                    for n, w in zip(names, wanted, strict=True)
                ],
            )
        )
    hits_any = [any(h[k] for _, h in table) for k in range(len(names))]
    # The likeliest sentence: the most terms, each weighted by its rarity in the document, so
    # "diltiazem" (one sentence) outweighs "calcinosis" (every sentence). A condition counts half:
    # texts often leave it implicit ("deposits", "they"), the drug, site or finding rarely.
    freq = [sum(h[k] for _, h in table) or 1 for k in range(len(names))]
    weight = [0.5 if any(res.lex.terms[i].kind == "condition" for i in w) else 1.0 for w in wanted]
    best, best_score = "", 0.0
    for text, hits in table:
        score = sum(weight[k] / freq[k] for k, h in enumerate(hits) if h)
        if score > best_score:
            best, best_score = text, score
    missing = [n for n, h in zip(names, hits_any, strict=True) if not h]
    if missing:
        return "term not recognised in text: " + ", ".join(missing), best
    return "terms recognised, fact not related", best


def diagnose_fp(p: PredFact, gold: list[GoldFact], res: Resolver) -> str:
    if any(_match_kind(g, p, res) for g in gold):
        # It would match a gold row that another prediction already took, at another grain.
        return DUPLICATE
    for g in gold:
        if _match_kind(g, p, res, check_polarity=False) and p.polarity != g.polarity:
            return "wrong polarity"
        if _match_kind(g, p, res, check_species=False) and p.species != g.species:
            return f"wrong species (gold {g.species or 'human'})"
    if p.relation == "has_outcome":
        if any(
            g.relation == "has_outcome"
            and (res.same(g.subject, p.subject) or res.related(g.subject, p.subject))
            for g in gold
        ):
            return "outcome numbers differ / fragment"
        return "outcome for wrong subject"
    for g in gold:
        if (
            g.relation != p.relation
            and res.same(g.subject, p.subject)
            and res.same(g.object, p.object)
        ):
            return f"wrong relation (gold {g.relation})"
    if any(g.relation == p.relation and res.same(g.subject, p.subject) for g in gold):
        return "wrong object"
    if any(g.relation == p.relation and res.same(g.object, p.object) for g in gold):
        return "wrong subject"
    return "not in gold"


# --------------------------------------------------------------------------- run


def run(
    docs_dir: Path = DOCS_DIR,
    gold_dir: Path = GOLD_DIR,
    *,
    only: Sequence[str] | None = None,
    workdir: Path | None = None,
    pred_dir: Path | None = None,
) -> dict[str, Any]:
    """Build, read facts, match and score; the report as a JSON-ready dict.

    With ``pred_dir``, nothing is built: the predictions are a second curator's TSV files (the
    gold format), which measures how far two curators agree on the same documents.
    """
    from cckg.graph_builder.recognise import load_lexicon

    files = document_files(Path(docs_dir), only)
    gold = read_gold(Path(gold_dir), files)
    lexicon = load_lexicon()
    res = Resolver(lexicon)
    if pred_dir is not None:
        rows, source = curator_rows(Path(pred_dir), files), f"curator TSVs in {pred_dir}"
        id_map, build_errors, sentences = {d: d for d in files}, {}, {}
    else:
        tmp = None
        if workdir is None:
            tmp = tempfile.TemporaryDirectory(prefix="cckg-extraction-")
            workdir = Path(tmp.name)
        try:
            graph, id_map, build_errors = build_documents(files, Path(workdir))
            rows, source = read_facts(graph, lexicon)
            sentences = graph_sentences(graph)
        finally:
            if tmp is not None:
                tmp.cleanup()
    predictions: dict[str, list[PredFact]] = defaultdict(list)
    unknown_docs: Counter[str] = Counter()
    for built_id, preds in group_predictions(rows, res).items():
        stem = id_map.get(built_id)
        if stem is None:
            unknown_docs[built_id] += len(preds)
            continue
        for p in preds:
            p.doc = stem
        predictions[stem].extend(preds)
    sentences_by_stem: dict[str, tuple[list[str], dict[str, str]]] = {
        id_map[d]: (s, {}) for d, s in sentences.items() if d in id_map
    }
    for stem, path in files.items():
        own = document_sentences(path, lexicon)
        if own is not None:
            sentences_by_stem[stem] = own

    per_relation: dict[str, Counts] = {r: Counts() for r in RELATIONS}
    per_doc: dict[str, Any] = {}
    fps, fns, nears = [], [], []
    ignored_rows = []
    fp_types: Counter[str] = Counter()
    fn_types: Counter[str] = Counter()
    for doc in files:
        result = match_document(gold[doc], predictions.get(doc, []), res)
        doc_total = Counts()
        for rel, c in result.counts.items():
            per_relation.setdefault(rel, Counts()).add(c)
            doc_total.add(c)
        per_doc[doc] = {**asdict(doc_total), **doc_total.scores()}
        for g, p in result.near:
            nears.append({"document": doc, "gold": _gold_row(g), "predicted": _pred_row(p)})
        for p in result.fp:
            kind = diagnose_fp(p, gold[doc], res)
            fp_types[kind.split(" (")[0]] += 1
            fps.append({**_pred_row(p), "document": doc, "error": kind})
        for g in result.fn:
            sents, abbrs = sentences_by_stem.get(doc, ([], {}))
            kind, evidence = diagnose_fn(g, predictions.get(doc, []), sents, res, abbrs)
            fn_types[kind.split(":")[0].split(" (")[0]] += 1
            fns.append({**_gold_row(g), "document": doc, "error": kind, "sentence": evidence})
        ignored_rows.extend({**_pred_row(p), "document": doc} for p in result.ignored)
    overall = Counts()
    for c in per_relation.values():
        overall.add(c)
    unresolved = sorted(
        {
            n
            for rows_ in gold.values()
            for g in rows_
            for n in ([g.subject] if g.relation == "has_outcome" else [g.subject, g.object])
            if not res.iris(n)
        }
    )
    return {
        "documents": list(files),
        "facts_source": source,
        "build_errors": build_errors,
        "facts_for_unknown_documents": dict(unknown_docs),
        "relations": {r: {**asdict(c), **c.scores()} for r, c in per_relation.items()},
        "overall": {**asdict(overall), **overall.scores()},
        "per_document": per_doc,
        "error_types": {
            "false_positive": dict(fp_types.most_common()),
            "false_negative": dict(fn_types.most_common()),
        },
        "unresolved_gold_names": unresolved,
        "near_matches": nears,
        "false_positives": fps,
        "false_negatives": fns,
        "ignored_ontology_restatements": ignored_rows,
    }


def _gold_row(g: GoldFact) -> dict[str, Any]:
    return {
        "subject": g.subject,
        "relation": g.relation,
        "object": g.object,
        "polarity": g.polarity,
        "species": g.species,
        "gold_line": g.line,
    }


def _pred_row(p: PredFact) -> dict[str, Any]:
    return {
        "subject": p.subject,
        "relation": p.relation,
        "object": p.object,
        "polarity": p.polarity,
        "species": p.species,
        "sentence": p.sentences[0] if p.sentences else "",
    }


# --------------------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_table(report: dict[str, Any]) -> str:
    """relation, gold, predicted, TP, near, FP (of which duplicates), FN, P, R, F1, lenient P,
    recall over the gold the ontology can express."""
    cols = (
        "relation",
        "gold",
        "pred",
        "TP",
        "near",
        "FP",
        "(dup)",
        "FN",
        "P",
        "R",
        "F1",
        "P-len",
        "R-ont",
    )
    widths = (20, 5, 5, 4, 5, 4, 6, 4, 6, 6, 6, 6, 6)

    def line(cells: tuple[str, ...]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        return " ".join([first, *(f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))])

    head = line(cols)
    lines = [head, "-" * len(head)]
    for rel, c in [*report["relations"].items(), ("OVERALL", report["overall"])]:
        if rel == "OVERALL":
            lines.append("-" * len(head))
        counts = (c["gold"], c["predicted"], c["tp"], c["near"], c["fp"])
        scores = (
            c["precision"],
            c["recall"],
            c["f1"],
            c["precision_lenient"],
            c["recall_in_ontology"],
        )
        cells = (
            rel,
            *(str(n) for n in counts),
            f"({c['duplicate']})",
            str(c["fn"]),
            *(_fmt(x) for x in scores),
        )
        lines.append(line(cells))
    return "\n".join(lines)


def format_errors(report: dict[str, Any]) -> str:
    out = []
    for title, rows in (
        ("FALSE POSITIVES", report["false_positives"]),
        ("FALSE NEGATIVES", report["false_negatives"]),
        ("NEAR MATCHES (half credit)", report["near_matches"]),
    ):
        out.append(f"\n== {title} ({len(rows)})")
        for r in rows:
            if "gold" in r:
                g, p = r["gold"], r["predicted"]
                out.append(
                    f"[{r['document']}] gold {g['subject']} --{g['relation']}--> {g['object']}  ~  "
                    f"predicted {p['subject']} --{p['relation']}--> {p['object']}"
                )
                continue
            sp = f" [{r['species']}]" if r.get("species") else ""
            arrow = f"--{r['relation']}/{r['polarity']}-->"
            out.append(
                f"[{r['document']}] {r['subject']} {arrow} {r['object']}{sp}   <{r['error']}>"
            )
            if r.get("sentence"):
                out.append(f"      \u201c{r['sentence']}\u201d")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=Path, default=DOCS_DIR, help="documents directory")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold TSV directory")
    ap.add_argument(
        "--only", nargs="+", metavar="DOC_ID", help="score only these documents (file stems)"
    )
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the full report as JSON")
    ap.add_argument(
        "--pred",
        type=Path,
        metavar="DIR",
        help="score a second curator's gold-format TSVs in DIR instead of building (agreement)",
    )
    ap.add_argument(
        "--show-errors", action="store_true", help="list false positives/negatives with sentences"
    )
    args = ap.parse_args(argv)
    try:
        report = run(args.docs, args.gold, only=args.only, pred_dir=args.pred)
    except ValueError as exc:  # bad input (unknown document, malformed gold row): one line
        print(f"score.py: error: {exc}", file=sys.stderr)
        return 0
    except Exception as exc:  # noqa: BLE001 - a measurement reports its failure, exits 0
        print(f"score.py: could not score: {type(exc).__name__}: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return 0
    print(f"documents: {len(report['documents'])}; facts read from: {report['facts_source']}")
    if report["build_errors"]:
        print("build errors: " + "; ".join(f"{k}: {v}" for k, v in report["build_errors"].items()))
    print(format_table(report))
    et = report["error_types"]
    print(
        "\nfalse positives by type: "
        + ", ".join(f"{k} {v}" for k, v in et["false_positive"].items())
    )
    print(
        "false negatives by type: " + ", ".join(f"{k} {v}" for k, v in et["false_negative"].items())
    )
    if report["ignored_ontology_restatements"]:
        print(
            "ignored (restate an ontology class-level fact): "
            f"{len(report['ignored_ontology_restatements'])}"
        )
    if report["unresolved_gold_names"]:
        print("gold names the ontology lacks: " + "; ".join(report["unresolved_gold_names"]))
    if args.show_errors:
        print(format_errors(report))
    if args.json:
        data = json.dumps(report, indent=2, ensure_ascii=False).encode("utf-8")
        args.json.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.json.with_name(f".{args.json.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, args.json)  # atomic: a reader sees the old report or the new one
    return 0


if __name__ == "__main__":
    sys.exit(main())
