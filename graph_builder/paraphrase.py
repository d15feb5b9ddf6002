"""Recognise mechanisms, findings and treatments stated in other words than their labels.

A mechanism is seldom written as its label: "dystrophic mineralization" reads "calcium is laid
down in tissue that was damaged", "normal serum calcium and phosphate" reads "the blood phosphate and
calcium stayed normal". A multi-word label is matched here when every content word of it occurs,
in any order and in any inflection or derivation ("injury", "injured"), inside one clause and a
short window. Only the ontology's own labels and synonyms of mechanisms, findings and treatments
are used (not the thousands of standard-ontology names), and only labels of two or more content
words written in lower case, so a single common word or an abbreviation never becomes a term
this way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from cckg.graph_builder.recognise import (
    Lexicon,
    Mention,
    Term,
    Token,
    normalise_token,
    overlaps,
    tokenize,
)

from cckg import vocab

KINDS = ("mechanism", "finding", "treatment")
# How many words beyond its content words a match may hold, per kind: findings are short phrases;
# a mechanism is told in a clause ("calcium lay in the walls of the tiny arteries").
_WINDOW_EXTRA = {"mechanism": 7, "finding": 2, "treatment": 2}

# Words that carry no content of a label ("calcification of the vessel walls").
_FUNCTION = frozenset(
    "a an the of in on at to into by with from for and or as that which who is are was were be "
    "been its their his her it this these those than then within".split()
)

# Derivational endings, longest first; a stem keeps at least four letters.
_SUFFIXES = (
    "ational",
    "ation",
    "ition",
    "ution",
    "ion",
    "atory",
    "ative",
    "ement",
    "ment",
    "ness",
    "ity",
    "ing",
    "ory",
    "ary",
    "ive",
    "ate",
    "ly",
    "ed",
    "al",
    "ic",
    "ous",
    "at",
    "th",
    "y",
    "e",
)

# Words of the same meaning in the field's descriptions of processes.
_SAME = {
    "higher": "high",
    "blood": "serum",
    "plasma": "serum",
    "harm": "damag",
    "injur": "damag",
    "trauma": "damag",
    # "blocks matrix metalloproteinases" is their inhibition
    "block": "inhib",
}
# A named tissue is "tissue" to a process: mineral that "settled in muscle the drip had injured"
# settled in injured tissue (read for mechanisms only: "fat necrosis" is no skin necrosis, "grafted
# fat" no graft).
_TISSUES = frozenset(
    {"skin", "dermis", "subcutis", "fat", "collagen", "cartilag", "muscl", "fascia"}
)
_TISSUE = "tissu"

# A substance is no process, and a normal body process is never what a disease arose from: its
# words ("the calcium and phosphate levels in your blood") describe a test, not a cause.
_NOT_PROCESSES = (vocab.term("MineralDeposit"), vocab.term("PhysiologicalProcess"))
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\.\s")
_CONTRAST = frozenset({"but", "whereas", "while", "although", "though"})
# "A, which curbs osteoclast resorption, have both reduced deposits": after a comma, a finite verb
# starts the predicate, and a process name does not run on into it.
_FINITE = frozenset({"has", "have", "had", "is", "are", "was", "were", "can", "may", "will"})


@lru_cache(maxsize=1 << 16)
def stem(token: str) -> str:
    """A crude derivational stem: "injured", "injury" → "injur"; "precipitates" → "precipit"."""
    w = normalise_token(token)
    for _ in range(2):
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
        else:
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # inflamm- → inflam-
    return _SAME.get(w, w)


# A value brought back to normal is a treatment's result, not the state a disease arose in.
_CHANGE = frozenset(
    stem(w)
    for w in "back brought bring returned restored normalized became fell fall rose rise".split()
)
_NORMAL = stem("normal")


@dataclass(frozen=True)
class Entry:
    term: Term
    stems: frozenset[str]
    width: int  # how many tokens a match may span


@dataclass(frozen=True)
class Index:
    """The loose wordings, most words first, each filed under its rarest stem: a clause without
    that stem cannot hold the entry, so most entries are never looked at."""

    entries: tuple[Entry, ...] = ()
    by_stem: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def candidates(self, present: set[str]) -> list[Entry]:
        """The entries that may match a clause holding ``present`` stems, in index order."""
        return [self.entries[i] for i in sorted({i for s in present for i in self.by_stem.get(s, ())})]


def build_index(lex: Lexicon, phrases: list[tuple[str, str]]) -> Index:
    """Entries for (iri, phrase) pairs of the ``KINDS`` of terms with ≥2 content words."""
    entries: dict[tuple[str, frozenset[str]], Entry] = {}
    processes = {iri for iri in lex.terms if any(lex.is_a(iri, c) for c in _NOT_PROCESSES)}
    for iri, phrase in phrases:
        term = lex.terms.get(iri)
        if term is None or term.kind not in KINDS or iri in processes:
            continue
        words = [t for t in tokenize(phrase) if t.norm not in _FUNCTION]
        if any(len(t.text) < 3 or not t.text[1:].islower() for t in words):
            continue  # abbreviations ("IL-STS") are matched as written, never loosely
        stems = frozenset(stem(t.text) for t in words)
        if len(stems) >= 2:
            width = len(stems) + _WINDOW_EXTRA[term.kind]
            entries.setdefault((iri, stems), Entry(term, stems, width))
    # Most words first: of a term's wordings that match, the fullest gives the mention's span.
    ordered = sorted(entries.values(), key=lambda e: (-len(e.stems), e.term.iri))
    counts = Counter(s for e in ordered for s in e.stems)
    by_stem: dict[str, list[int]] = {}
    for i, e in enumerate(ordered):
        by_stem.setdefault(min(e.stems, key=lambda s: (counts[s], s)), []).append(i)
    return Index(tuple(ordered), {s: tuple(ix) for s, ix in by_stem.items()})


def find(text: str, tokens: list[Token], lex: Lexicon, exact: list[Mention]) -> list[Mention]:
    """The mentions of ``text`` (``tokens``) with its paraphrases added to the ``exact`` ones."""
    found: list[Mention] = []
    seen = {m.term.iri for m in exact}
    for clause in _clauses(text, tokens):
        stems = [stem(t.text) for t in clause]
        changed = any(s in _CHANGE for s in stems)
        present = set(stems)
        tissues = _TISSUES & present
        for e in lex.paraphrases.candidates(present | ({_TISSUE} if tissues else set())):
            kind = e.term.kind
            words, have = stems, present
            if tissues and kind == "mechanism" and _TISSUE in e.stems:
                # (a wording that names the tissue itself, "necrotic fat", keeps it)
                as_tissue = tissues - e.stems
                words = [_TISSUE if s in as_tissue else s for s in stems]
                have = set(words)
            if not e.stems <= have:
                continue  # one word missing: no window to look for
            if e.term.iri in seen or (changed and _NORMAL in e.stems):
                continue
            span = _window(words, e.stems, e.width)
            if span is None:
                continue
            i, j = span
            if words[i] == _NORMAL and i + 1 < j and words[i + 1] not in e.stems:
                continue  # "in normal dermis, as his blood calcium … ran high"
            start, end = clause[i].start, clause[j - 1].end
            if kind == "mechanism" and _DENIED_INSIDE.search(text, start, end):
                continue  # "binds phosphate without adding calcium" binds no calcium
            if _FREE_INSIDE.search(text, start, end):
                continue  # "a calcium-free heparin" is no calcium heparin
            if any(m.start <= start and end <= m.end for m in exact):
                continue  # inside a longer exact term
            # "intralesional injections of sodium thiosulfate": a coarser term inside gives way
            # below, unless the span coordinates two ("minimally invasive and local therapies")
            single = not _COORDINATOR.search(text, start, end)
            if kind == "treatment" and not single:
                continue  # "saline was infused and the calcium fell" names no calcium infusion
            if kind != "mechanism" and any(
                m.start < end
                and start < m.end
                and not _within(m, e.stems)
                and not (single and lex.is_a(e.term.iri, m.term.iri))
                for m in exact
            ):
                continue  # "painful swollen joints" is no "joint pain"
            found.append(Mention(e.term, start, end, text[start:end], "paraphrase"))
            seen.add(e.term.iri)
    # Overlapping readings at two grains ("calcification of tissue injured"): the finer stays.
    found = [m for m in found if not any(_coarser(m, o, lex) for o in (*found, *exact))]
    # "through dystrophic calcification of injured tissue" names the process, not the disease;
    # "calcification … of small arterioles" is the vessels' calcification, not any calcification.
    kept = [
        m
        for m in exact
        if not any(
            overlaps(m, p) and (m.term.kind == "condition" or _coarser(m, p, lex)) for p in found
        )
    ]
    return [*kept, *found]


_COORDINATOR = re.compile(r"\b(?:and|or)\b|/", re.IGNORECASE)
# A word that denies what follows it, between a process's words: "contains no calcium", "w/o".
_DENIED_INSIDE = re.compile(r"\b(?:no|not|without|never|nor)\b|\bw/o\b", re.IGNORECASE)
# A word that says one of the words is absent from the other: "calcium-free", "free of calcium".
_FREE_INSIDE = re.compile(r"\w-free\b|\bfree\s+(?:of|from)\b", re.IGNORECASE)


def _coarser(m: Mention, o: Mention, lex: Lexicon) -> bool:
    """``o`` overlaps ``m`` and names a subclass of it."""
    return o.term.iri != m.term.iri and overlaps(m, o) and lex.is_a(o.term.iri, m.term.iri)


def _within(m: Mention, stems: frozenset[str]) -> bool:
    return all(stem(t.text) in stems or t.norm in _FUNCTION for t in tokenize(m.text))


def _clauses(text: str, tokens: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    prev_end = 0
    for t in tokens:
        gap = text[prev_end : t.start] + " "
        if out[-1] and (
            _CLAUSE_BREAK.search(gap)
            or ("," in gap and (t.norm in _CONTRAST or t.norm in _FINITE))
        ):
            out.append([])
        out[-1].append(t)
        prev_end = t.end
    return [c for c in out if c]


def _window(stems: list[str], wanted: frozenset[str], width: int) -> tuple[int, int] | None:
    """The shortest span of ≤ width tokens holding every wanted stem, or None."""
    best: tuple[int, int] | None = None
    for i, s in enumerate(stems):
        if s not in wanted:
            continue
        need = set(wanted)
        for j in range(i, min(len(stems), i + width)):
            need.discard(stems[j])
            if not need:
                if best is None or j + 1 - i < best[1] - best[0]:
                    best = (i, j + 1)
                break
    return best
