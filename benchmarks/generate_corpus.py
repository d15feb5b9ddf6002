"""Generate realistic synthetic calcinosis cutis documents for the performance benchmarks.

The words come from the ontology: every term is drawn, by pillar, from the builder's own lexicon
(``cckg.graph_builder.recognise.load_lexicon()``: labels and kinds) and the ontology's synonyms
(``skos:altLabel``), so the builder recognises what it reads and writes the facts a real document
would give. Documents vary the way real ones do: a front-matter header, Markdown or upper-case
headings, bullet and numbered lists, negated and hedged statements, abbreviations defined and then
used, British spellings, counts like "12/21 (57%)", means and ranges, and a reference list.

Generation is deterministic: document ``i`` depends only on ``(seed, i)``, so the 100-document
corpus is the first hundred documents of the 1,000-document one.

    python -m benchmarks.generate_corpus --docs 1000 --out benchmarks/out/corpus-1000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KINDS = ("condition", "treatment", "site", "finding", "mechanism")

# Underlying diseases the generated documents put calcinosis in (labels the ontology has).
UNDERLYING = (
    "systemic sclerosis",
    "dermatomyositis",
    "juvenile dermatomyositis",
    "CREST syndrome",
    "systemic lupus erythematosus",
    "chronic kidney disease",
    "hyperparathyroidism",
    "mixed connective tissue disease",
    "limited cutaneous systemic sclerosis",
    "pseudoxanthoma elasticum",
)
CALCINOSIS = (
    "calcinosis cutis",
    "dystrophic calcinosis cutis",
    "metastatic calcinosis cutis",
    "idiopathic calcinosis cutis",
    "iatrogenic calcinosis cutis",
    "calciphylaxis",
    "tumoral calcinosis",
    "calcinosis universalis",
    "calcinosis circumscripta",
)

# American → British, applied to whole documents that "are British" (word pieces, case kept).
BRITISH = (
    ("sulfate", "sulphate"),
    ("sulfite", "sulphite"),
    ("hypercalcemia", "hypercalcaemia"),
    ("hyperphosphatemia", "hyperphosphataemia"),
    ("edema", "oedema"),
    ("tumor", "tumour"),
    ("pediatric", "paediatric"),
    ("hemorrhage", "haemorrhage"),
    ("anemia", "anaemia"),
    ("localized", "localised"),
    ("characterized", "characterised"),
    ("recognized", "recognised"),
    ("mineralization", "mineralisation"),
    ("analyzed", "analysed"),
    ("color", "colour"),
    ("behavior", "behaviour"),
    ("center", "centre"),
    ("favorable", "favourable"),
    ("aluminum", "aluminium"),
)

GENRES = (
    ("case report", 0.35),
    ("review article", 0.25),
    ("systematic review", 0.12),
    ("encyclopedia article", 0.08),
    ("patient blog post", 0.12),
    ("case series", 0.08),
)

SURNAMES = (
    "Nowak",
    "Smith",
    "García",
    "Okafor",
    "Tanaka",
    "Müller",
    "Rossi",
    "Dubois",
    "Kowalski",
    "Chen",
    "Patel",
    "O'Brien",
    "Andersson",
    "Silva",
    "Novak",
    "Ivanova",
    "Haddad",
    "Kim",
    "Jensen",
    "Moreau",
)
GIVEN = (
    "Anna",
    "James",
    "María",
    "Chidi",
    "Yuki",
    "Lena",
    "Marco",
    "Claire",
    "Piotr",
    "Wei",
    "Priya",
    "Seán",
    "Erik",
    "Ana",
    "Tomáš",
    "Olga",
    "Rami",
    "Ji-woo",
    "Mette",
    "Louis",
)
VENUES = (
    "Journal of Cutaneous Medicine",
    "Clinical and Experimental Dermatology",
    "Rheumatology Reports",
    "Archives of Skin Research",
    "Pediatric Dermatology Letters",
    "BMJ Case Studies",
    "Seminars in Arthritis Care",
    "Dermatologic Therapy Notes",
)
FILLER = (
    "The patient gave written informed consent for publication.",
    "Laboratory investigations were otherwise unremarkable.",
    "Follow-up visits were scheduled every three months.",
    "The literature on this topic consists mainly of small case series.",
    "Further prospective studies are needed to confirm these observations.",
    "Radiographs were obtained at baseline and at the end of follow-up.",
    "The search was limited to articles published in English.",
    "Two reviewers screened the titles and abstracts independently.",
    "Data were extracted using a standardised form.",
    "Written information was given to the family at each visit.",
    "A multidisciplinary team reviewed the case.",
    "Photographs were taken at every visit to document the lesions.",
)


@dataclass(frozen=True)
class Vocabulary:
    """Surface forms by pillar: (term label, [label and synonyms]) pairs, and known acronyms."""

    by_kind: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    acronyms: dict[str, str]  # acronym -> label of its term


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The ontology's labels and synonyms by pillar, as the builder's lexicon sees them."""
    import pyoxigraph as ox
    from cckg.graph_builder.recognise import GENERIC_LABELS, _is_acronym, load_lexicon

    from cckg import resources, vocab

    lexicon = load_lexicon()
    synonyms: dict[str, list[str]] = {}
    alt = vocab.SKOS + "altLabel"
    for t in ox.parse(path=str(resources.ontology_file()), format=ox.RdfFormat.TURTLE):
        if t.predicate.value == alt and isinstance(t.object, ox.Literal):
            synonyms.setdefault(t.subject.value, []).append(t.object.value)
    by_kind: dict[str, list[tuple[str, tuple[str, ...]]]] = {k: [] for k in KINDS}
    acronyms: dict[str, str] = {}
    for iri, term in sorted(lexicon.terms.items()):
        # The ontology's own words only: the corpus stays the same when lexicons from other
        # ontologies join recognition.
        if not iri.startswith(vocab.CCKG):
            continue
        if term.kind not in by_kind or term.label.lower() in GENERIC_LABELS:
            continue
        forms = [term.label] + [
            s
            for s in synonyms.get(iri, [])
            if s.lower() not in GENERIC_LABELS and not _is_acronym(s)
        ]
        by_kind[term.kind].append((term.label, tuple(dict.fromkeys(forms))))
        for s in synonyms.get(iri, []):
            if _is_acronym(s) and " " not in s:
                acronyms.setdefault(s, term.label)
    return Vocabulary({k: tuple(v) for k, v in by_kind.items()}, acronyms)


class _Doc:
    """One document being written: picks terms, tracks abbreviations it has defined."""

    def __init__(self, rng: random.Random, vocab: Vocabulary) -> None:
        self.rng = rng
        self.vocab = vocab
        self.defined: dict[str, str] = {}  # label -> abbreviation defined in this document
        self.focus_condition = rng.choice(CALCINOSIS)
        self.focus_disease = rng.choice(UNDERLYING)
        self.therapies = [self._label("treatment") for _ in range(rng.randint(2, 5))]

    def _label(self, kind: str) -> str:
        return self.rng.choice(self.vocab.by_kind[kind])[0]

    def term(self, kind: str, label: str | None = None) -> str:
        """A surface form of a term: its label, a synonym, or an abbreviation defined earlier."""
        rng = self.rng
        if label is None:
            label = self._label(kind)
        if label in self.defined and rng.random() < 0.7:
            return self.defined[label]
        forms = dict(self.vocab.by_kind[kind]).get(label, (label,))
        if label not in self.defined and len(self.defined) < 4 and rng.random() < 0.08:
            abbr = _initials(label)
            if abbr:
                self.defined[label] = abbr
                return f"{label} ({abbr})"  # defined here, used bare later
        return forms[0] if rng.random() < 0.7 else rng.choice(forms)

    def counts(self) -> tuple[int, int, int]:
        d = self.rng.randint(5, 140)
        n = self.rng.randint(1, d)
        return n, d, round(100 * n / d)

    def number_phrase(self) -> str:
        """A count as papers write it: "12/21 (57%)", "57% (12/21)", "12 of 21 patients (57%)"."""
        n, d, p = self.counts()
        return self.rng.choice(
            (f"{n}/{d} ({p}%)", f"{p}% ({n}/{d})", f"{n} of {d} patients ({p}%)")
        )

    def bracketed_number(self) -> str:
        """A count inside brackets: "(57%; 12/21)"."""
        n, d, p = self.counts()
        return self.rng.choice((f"({p}%; {n}/{d})", f"({n}/{d}, {p}%)"))


def _initials(label: str) -> str | None:
    words = re.findall(r"[A-Za-z]+", label)
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


# --- sentence forms, one function each: the kinds of statements the field makes ----------------


def _treats(d: _Doc) -> str:
    r, t = d.rng, d.term("treatment", d.rng.choice(d.therapies))
    c = d.term("condition", d.focus_condition if r.random() < 0.6 else None)
    return r.choice(
        (
            f"{_cap(t)} has been used to treat {c}.",
            f"Treatment with {t} led to improvement of {c} in {d.number_phrase()}.",
            f"{_cap(c)} responded to {t} within {r.randint(2, 12)} months.",
            f"Complete remission of {c} was reported after {t} in {d.number_phrase()}.",
            f"{_cap(t)} may be effective for {c}, although the evidence is limited.",
            f"A {r.randint(20, 79)}-year-old woman with {c} was treated with {t}.",
            f"{_cap(t)} is considered a first-line option for {c} associated with {d.term('condition', d.focus_disease)}.",
        )
    )


def _negated(d: _Doc) -> str:
    r, t = d.rng, d.term("treatment", d.rng.choice(d.therapies))
    c = d.term("condition", d.focus_condition)
    return r.choice(
        (
            f"There was no improvement of {c} with {t}.",
            f"{_cap(t)} was ineffective for {c} in our patient.",
            f"{_cap(c)} did not respond to {t} after {r.randint(3, 18)} months.",
            f"{_cap(c)} remained refractory to {t}.",
            f"Treatment with {t} failed to reduce the size of the deposits.",
        )
    )


def _located(d: _Doc) -> str:
    r = d.rng
    c = d.term("condition", d.focus_condition)
    s1, s2 = d.term("site"), d.term("site")
    return r.choice(
        (
            f"{_cap(c)} of the {s1} is a recognised presentation.",
            f"The lesions were located on the {s1} and the {s2}.",
            f"Deposits of {c} were found in the {s1}.",
            f"{_cap(c)} most often affects the {s1}, {s2} and {d.term('site')}.",
        )
    )


def _features(d: _Doc) -> str:
    r = d.rng
    c = d.term("condition", d.focus_condition)
    f1, f2 = d.term("finding"), d.term("finding")
    return r.choice(
        (
            f"{_cap(c)} typically presents with {f1} and {f2}.",
            f"Patients with {c} often report {f1}.",
            f"Signs of {c} include {f1}, {f2} and {d.term('finding')}.",
            f"{_cap(f1)} was noted in {d.number_phrase()}.",
            f"There was no {f1} at presentation.",
        )
    )


def _causes(d: _Doc) -> str:
    r = d.rng
    c = d.term("condition", d.focus_condition)
    u = d.term("condition", d.focus_disease if r.random() < 0.5 else None)
    return r.choice(
        (
            f"{_cap(c)} is associated with {u}.",
            f"{_cap(c)} occurs secondary to {u}.",
            f"{_cap(c)} is seen in {d.number_phrase()} of patients with {u}.",
            f"{_cap(c)} may be caused by {u}.",
            f"{_cap(c)} was not associated with {u} in this cohort.",
        )
    )


def _mechanism(d: _Doc) -> str:
    r = d.rng
    c = d.term("condition", d.focus_condition)
    t = d.term("treatment", r.choice(d.therapies))
    m = d.term("mechanism")
    return r.choice(
        (
            f"{_cap(c)} results from {m}.",
            f"{_cap(t)} acts by {m}.",
            f"{_cap(t)} is thought to work through {m}.",
            f"The pathogenesis of {c} involves {m} and {d.term('mechanism')}.",
            f"In {c}, {m} is the main mechanism.",
        )
    )


def _adverse(d: _Doc) -> str:
    r = d.rng
    t = d.term("treatment", r.choice(d.therapies))
    f = d.term("finding")
    return r.choice(
        (
            f"{_cap(f)} was observed after {t} in {d.number_phrase()}.",
            f"The most common adverse event was {f} after {t} {d.bracketed_number()}.",
            f"{_cap(t)} caused transient {f} in over {r.randint(2, 40)}% of patients.",
            f"Side effects of {t} included {f} and {d.term('finding')}.",
        )
    )


def _outcome(d: _Doc) -> str:
    r = d.rng
    t = d.term("treatment", r.choice(d.therapies))
    return r.choice(
        (
            f"{_cap(t)} reduced pain (median reduction in VAS score, {r.randint(1, 6)}; range 0–{r.randint(6, 10)}).",
            f"Mean treatment duration with {t} was {r.randint(1, 20)}.{r.randint(0, 9)} months (range {r.randint(1, 3)}–{r.randint(12, 36)}).",
            f"Recurrences after {t} were rare {d.bracketed_number()}.",
            f"Partial or complete remission after {t} was observed in {r.randint(20, 60)}% to {r.randint(61, 95)}% of cases.",
        )
    )


def _indication(d: _Doc) -> str:
    r = d.rng
    return r.choice(
        (
            f"Surgical excision is indicated when {d.term('finding')} or {d.term('finding')} occur.",
            f"Surgery is reserved for {d.term('finding')} that does not respond to medical treatment.",
            f"{_cap(d.term('treatment'))} is recommended when {d.term('finding')} is present.",
        )
    )


def _abbreviation(d: _Doc) -> str:
    """A known acronym, or one the document defined earlier, used bare in a sentence."""
    r = d.rng
    if d.defined and r.random() < 0.6:
        abbr = r.choice(sorted(d.defined.values()))
    else:
        abbr = r.choice(sorted(d.vocab.acronyms))
    return r.choice(
        (
            f"In {abbr}, calcinosis is frequent.",
            f"{abbr} was started at a low dose.",
            f"The role of {abbr} remains uncertain.",
        )
    )


def _filler(d: _Doc) -> str:
    return d.rng.choice(FILLER)


SECTIONS: tuple[tuple[str, tuple[str, ...], tuple], ...] = (
    (
        "Background",
        ("Introduction", "Background", "Overview"),
        (_causes, _features, _mechanism, _filler),
    ),
    (
        "Causes",
        ("Causes", "Aetiology", "Pathogenesis", "Risk factors"),
        (_causes, _mechanism, _causes),
    ),
    (
        "Signs and symptoms",
        ("Signs and symptoms", "Clinical features", "Presentation"),
        (_features, _located, _features),
    ),
    (
        "Treatment",
        ("Treatment", "Management", "Therapy"),
        (_treats, _treats, _negated, _outcome, _abbreviation),
    ),
    (
        "Adverse events",
        ("Adverse events", "Safety", "Complications of treatment"),
        (_adverse, _adverse, _filler),
    ),
    ("Surgery", ("Surgical treatment", "Indications for surgery"), (_indication, _treats)),
    (
        "Case",
        ("Case report", "Case presentation", "Methods"),
        (_treats, _located, _features, _filler, _negated),
    ),
    (
        "Discussion",
        ("Discussion", "Conclusion", "Summary"),
        (_treats, _causes, _mechanism, _filler, _abbreviation),
    ),
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s[:1].islower() else s


def _heading(rng: random.Random, title: str, markdown: bool) -> str:
    if markdown:
        return "## " + title
    return rng.choice((title.upper(), title, title + ":"))


def _bullet_list(d: _Doc, kind: str, markdown: bool) -> list[str]:
    r = d.rng
    lead = {
        "condition": f"Conditions that can cause {d.term('condition', d.focus_condition)} include:",
        "treatment": f"Options for {d.term('condition', d.focus_condition)} include:",
        "finding": f"Signs of {d.term('condition', d.focus_condition)} include:",
    }[kind]
    items = [d.term(kind) for _ in range(r.randint(3, 7))]
    if r.random() < 0.5:
        mark = ["- " if markdown else "  • "] * len(items)
    else:
        mark = [f"{i}. " for i in range(1, len(items) + 1)]
    return [lead, *(m + item for m, item in zip(mark, items))]


def _references(d: _Doc, doc_no: int) -> list[str]:
    r = d.rng
    out = []
    for n in range(1, r.randint(2, 9)):
        authors = ", ".join(
            f"{r.choice(SURNAMES)} {r.choice('ABCDEFGHJKLMNPRST')}" for _ in range(r.randint(1, 4))
        )
        title = r.choice(
            (
                f"{_cap(r.choice(d.therapies))} for {d.focus_condition}: a case series",
                f"{_cap(d.focus_condition)} in {d.focus_disease}",
                f"Management of {d.focus_condition}: a review",
            )
        )
        year = r.randint(1985, 2023)
        pmid = 10_000_000 + (doc_no * 17 + n * 7919) % 25_000_000
        out.append(
            f"{n}. {authors}. {title}. {r.choice(VENUES)}. {year};{r.randint(1, 60)}({r.randint(1, 12)}):"
            f"{r.randint(1, 400)}-{r.randint(401, 900)}. PMID: {pmid}."
        )
    return out


def document(i: int, seed: int = 0) -> tuple[str, str]:
    """Document number ``i`` of the corpus with ``seed``: (file name, text)."""
    rng = random.Random(f"{seed}:{i}")
    d = _Doc(rng, vocabulary())
    markdown = rng.random() < 0.5
    british = rng.random() < 0.3
    genre = rng.choices([g for g, _ in GENRES], weights=[w for _, w in GENRES])[0]
    doc_id = f"synthetic-{seed}-{i:06d}"
    first_therapy = d.therapies[0]
    title = rng.choice(
        (
            f"{_cap(first_therapy)} for {d.focus_condition} in {d.focus_disease}: a {genre}",
            f"{_cap(d.focus_condition)}: clinical features and treatment",
            f"{_cap(d.focus_condition)} associated with {d.focus_disease}",
        )
    )
    authors = [f"{rng.choice(SURNAMES)}, {rng.choice(GIVEN)}" for _ in range(rng.randint(1, 6))]
    year = rng.randint(1990, 2024)
    header = [
        "---",
        f"id: {doc_id}",
        f'title: "{title}"',
        "authors:",
        *(f"  - {a}" for a in authors),
        f"year: {year}",
        f"venue: {rng.choice(VENUES)} {rng.randint(1, 60)}({rng.randint(1, 12)}):{rng.randint(1, 300)}-{rng.randint(301, 600)}",
        f"genre: {genre}",
        f"doi: 10.5555/cckg-bench.{seed}.{i}",
        "language: en",
        'licence: "CC0-1.0 (synthetic benchmark document)"',
        "---",
    ]
    body = [("# " if markdown else "") + title, ""]
    if genre in ("systematic review", "review article"):
        n_studies, n_patients = rng.randint(5, 80), rng.randint(20, 900)
        body += [
            (
                f"We reviewed {n_studies} studies including {n_patients} patients with "
                f"{d.term('condition', d.focus_condition)}."
            ),
            "",
        ]
    sections = [s for s in SECTIONS if rng.random() < 0.75] or [SECTIONS[3]]
    for key, headings, forms in sections:
        body += [_heading(rng, rng.choice(headings), markdown), ""]
        paragraph: list[str] = []
        for _ in range(rng.randint(3, 8)):
            paragraph.append(rng.choice(forms)(d))
            if rng.random() < 0.3:
                body.append(" ".join(paragraph))
                body.append("")
                paragraph = []
        if paragraph:
            body += [" ".join(paragraph), ""]
        if rng.random() < 0.3:
            kind = {"Causes": "condition", "Treatment": "treatment"}.get(key, "finding")
            body += _bullet_list(d, kind, markdown) + [""]
    if rng.random() < 0.8:
        body += [_heading(rng, "References", markdown), ""] + _references(d, i) + [""]
    text = "\n".join(header + body)
    if british:
        text = _britishise(text)
    suffix = ".md" if markdown else ".txt"
    return doc_id + suffix, text


def _britishise(text: str) -> str:
    for us, gb in BRITISH:
        text = re.sub(us, gb, text)
        text = re.sub(_cap(us), _cap(gb), text)
    return text


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def generate(n_docs: int, out_dir: str | Path, *, seed: int = 0) -> list[Path]:
    """Write documents ``0 … n_docs-1`` of the corpus with ``seed`` into ``out_dir``; return their paths.

    Files already there with the same content are left alone, so regenerating is cheap.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_docs):
        name, text = document(i, seed)
        path = out / name
        # A document an older generator wrote under the other suffix would be a duplicate id.
        for suffix in (".md", ".txt"):
            stale = path.with_suffix(suffix)
            if stale != path:
                stale.unlink(missing_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            _write_atomically(path, text)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100, help="number of documents (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--out", type=Path, default=Path("benchmarks/out/corpus"), help="output directory"
    )
    args = parser.parse_args(argv)
    paths = generate(args.docs, args.out, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents ({size / 1e6:.2f} MB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
