"""Recognise ontology terms in text, driven only by the ontology's labels and synonyms.

The lexicon is built from ``rdfs:label``, ``skos:altLabel`` and ``skos:hiddenLabel`` (misspellings).
Text and lexicon entries go through the same normalisation — case, British spellings, plurals,
hyphenation — so a match never depends on how a particular document writes a word. Acronyms
(short all-capital synonyms such as "DM" or "ESWL") must match case-sensitively, so that ordinary
words are never read as abbreviations. Abbreviations a document defines ("extracorporeal
shock-wave lithotripsy (ESWL)") and coordinated modifiers ("topical and intralesional sodium
thiosulfate") are resolved per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from cckg import vocab

if TYPE_CHECKING:
    from cckg.graph_builder.lab_values import Analytes
    from cckg.graph_builder.paraphrase import Index

# Words from standard ontologies for concepts cckg.ttl lacks (graph_builder/lexicon_extra.py), below its own.
USE_EXTRA_LEXICON = True

# The pillar classes, and the kind name the builder uses for each.
PILLARS: dict[str, str] = {
    vocab.term("Condition"): "condition",
    vocab.term("Treatment"): "treatment",
    vocab.term("AnatomicalSite"): "site",
    vocab.term("ClinicalFinding"): "finding",
    vocab.term("Mechanism"): "mechanism",
    vocab.term("Species"): "species",
}

_TOKEN = re.compile(r"[A-Za-z]+[0-9]*|[0-9]+")

# British → American, applied to single lower-cased tokens (both lexicon and text).
_SPELLING = (
    (re.compile(r"aluminium"), "aluminum"),
    (re.compile(r"sulph"), "sulf"),
    (re.compile(r"^oe"), "e"),
    (re.compile(r"^haem"), "hem"),
    (re.compile(r"^paed"), "ped"),
    (re.compile(r"aem"), "em"),
    (re.compile(r"oedem"), "edem"),
    (re.compile(r"(?<=[a-z]{3})our$"), "or"),
    (re.compile(r"(?<=[a-z]{2})is(ation|ed|ing|e)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})tre$"), "ter"),
    (re.compile(r"(?<=[a-z]{3})yse$"), "yze"),
    # the adjective names the state: "hypercalcaemic" is hypercalcaemia, "ischaemic" ischaemia
    # (a closed list of stems: "systemic" and "academic" are no -aemia)
    (re.compile(r"((?:calc|phat|kal|natr|glyc|lip|isch|ox|nes|bacter|vir)|^(?:an|ur))emic$"), r"\1emia"),
)


# Verbs that the field's findings, mechanisms and treatments are stated with ("deposits recurred",
# "restricts joint movement", "ulcerating", "calcified"). Their -s/-ed/-ing forms normalise to the
# base form, so one lexicon entry covers every inflection. A closed list, not a stemmer: only these
# words change, so an unrelated word never turns into a term ("faced" stays "faced"). A verb is
# listed with its irregular forms, if any; regular forms are made by _inflections.
_VERBS: dict[str, tuple[str, ...]] = {
    **{v: () for v in (
        "recur", "reappear", "regrow", "reaccumulate", "ulcerate", "calcify", "ossify",
        "mineralize", "restrict", "limit", "stiffen", "harden", "widen", "dilate", "relax",
        "block", "inhibit", "dissolve", "solubilize", "compress", "press", "impinge", "entrap",
        "discharge", "leak", "ooze", "extrude", "resolve", "regress", "fade", "disappear",
        "impair", "prevent", "reduce", "increase", "decrease", "lower", "raise",
        "elevate", "precipitate", "settle", "form", "stop", "bend", "straighten", "extend",
        "flex", "move", "damage", "injure", "chelate", "suppress", "dampen", "absorb",
        "restore", "neutralize", "soften", "calcinate", "refer", "constipate", "nauseate",
    )},
    "shrink": ("shrank", "shrunk", "shrunken"),
    "grow": ("grew", "grown"),
    "come": ("came",),
    "keep": ("kept",),
    "bind": ("bound",),
    "lay": ("laid",),
    "break": ("broke", "broken"),
    "sting": ("stung",),
    "feel": ("felt",),
}
_DOUBLE_FINAL = frozenset({"recur", "stop", "refer"})  # recurred, stopping, referred


def _inflections(verb: str) -> set[str]:
    if verb in _DOUBLE_FINAL:
        stem = verb + verb[-1]
        return {verb + "s", stem + "ed", stem + "ing"}
    if verb.endswith("e"):
        return {verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    return {verb + "s", verb + "ed", verb + "ing"}


def normalise_token(token: str) -> str:
    """Lower-case, American spelling, singular, verbs in base form: the form under which words are compared."""
    t = _normalise_word(token)
    return _VERB_BASE.get(t, t)


def _normalise_word(token: str) -> str:
    t = token.lower()
    if len(t) > 4 and t.endswith("ae"):  # Latin plural: axillae → axilla
        t = t[:-1]
    if len(t) > 4:
        if t.endswith("aches") and t[-6:-5] not in ("e", "o"):
            t = t[:-1]  # aches, headaches, backaches: singular "-ache" (not reaches, approaches)
        elif t.endswith(("sses", "xes", "ches", "shes")):
            t = t[:-2]
        elif t.endswith("ies"):
            t = t[:-3] + "y"
        elif t.endswith("s") and not t.endswith(("ss", "us", "is", "ys")):
            t = t[:-1]
    elif len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")) and not t.isupper():
        t = t[:-1]
    for pattern, repl in _SPELLING:
        t = pattern.sub(repl, t)
    return t


_VERB_BASE: dict[str, str] = {
    _normalise_word(form): _normalise_word(verb)
    for verb, irregular in _VERBS.items()
    for form in (verb, *_inflections(verb), *irregular)
}


# Words that may stand inside a multi-word term without changing it: articles and possessives
# ("stops the joint from bending" = "stops a joint from bending") and adverbs of degree or frequency
# ("could no longer fully extend", "the joints gradually stiffen"). Dropped from the inside of a
# lexicon entry and of the text span matched against it, never from its first or last word.
_TRANSPARENT = frozenset(
    {
        "a", "an", "the", "his", "her", "their", "its", "your", "my", "our",
        "fully", "completely", "partly", "partially", "gradually", "slowly", "progressively",
        "rapidly", "quickly", "frequently", "often", "sometimes", "usually", "repeatedly",
        "occasionally", "eventually", "markedly", "severely", "also", "still", "further",
    }
)


def _key(norms: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The lexicon key of a word sequence: transparent words inside it dropped."""
    if len(norms) <= 2:
        return tuple(norms)
    inner = [n for n in norms[1:-1] if n not in _TRANSPARENT]
    return (norms[0], *inner, norms[-1])


@dataclass(frozen=True)
class Token:
    text: str
    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.group(), normalise_token(m.group()), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]


@dataclass(frozen=True)
class Term:
    iri: str
    label: str
    kind: str  # condition | treatment | site | finding | mechanism | species | other


@dataclass(frozen=True)
class Mention:
    term: Term
    start: int  # offsets into the text that was matched
    end: int
    text: str
    via: str  # label | synonym | misspelling | abbreviation | coordination


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 1 < len(letters) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


@dataclass
class Lexicon:
    terms: dict[str, Term]
    parents: dict[str, tuple[str, ...]]
    # normalised token tuple -> [(iri, via)]; acronyms are stored separately, case-sensitive.
    entries: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    related: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # therapy → the states it is standardly given for (the ontology's cckg:usualTarget)
    usual_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1
    # the ontology's own multi-word names, read loosely by paraphrase.find
    paraphrases: Index | None = None
    # analyte word → the condition its raised value is ("phosphate" → hyperphosphatemia)
    lab_analytes: Analytes | None = None

    def add(self, iri: str, phrase: str, via: str) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        if _is_acronym(phrase) and " " not in phrase:
            self.acronyms.setdefault(phrase, [])
            if iri not in self.acronyms[phrase]:
                self.acronyms[phrase].append(iri)
            return
        words = tuple(t.norm for t in tokenize(phrase))
        if words:
            self.add_words(words, iri, via)

    def add_words(self, words: tuple[str, ...], iri: str, via: str, *, below: bool = False) -> None:
        """File ``iri`` under normalised ``words``: under the key text is matched with (transparent
        words dropped) and under the full sequence other stages look up. ``below``: only where no
        entry is filed yet (a lower-ranked vocabulary never joins an existing entry)."""
        for key in dict.fromkeys((words, _key(words))):
            if below and key in self.entries:
                continue
            bucket = self.entries.setdefault(key, [])
            if all(existing != iri for existing, _ in bucket):
                bucket.append((iri, via))
        self.max_len = max(self.max_len, len(words))

    def ancestors(self, iri: str) -> set[str]:
        """All superclasses (transitively), the class itself excluded."""
        seen: set[str] = set()
        stack = list(self.parents.get(iri, ()))
        while stack:
            cur = stack.pop()
            if cur not in seen:
                seen.add(cur)
                stack.extend(self.parents.get(cur, ()))
        return seen

    def usual_targets_of(self, iri: str) -> tuple[str, ...]:
        """The states a therapy, or the class it belongs to, is standardly given for."""
        return tuple(
            dict.fromkeys(
                t
                for c in (iri, *sorted(self.ancestors(iri)))
                for t in self.usual_targets.get(c, ())
            )
        )

    def is_a(self, iri: str, ancestor: str) -> bool:
        return iri == ancestor or ancestor in self.ancestors(iri)

    def kin(self, a: str, b: str) -> bool:
        """One is the other or a kind of it, either way round."""
        return self.is_a(a, b) or self.is_a(b, a)

    def lookup(self, phrase: str) -> list[Term]:
        """Terms whose label or synonym is ``phrase`` (after normalisation)."""
        if phrase in self.acronyms:
            return [self.terms[i] for i in self.acronyms[phrase]]
        key = _key([t.norm for t in tokenize(phrase)])
        return [self.terms[i] for i, _ in self.entries.get(key, [])]

    def objects(self, subject: str, relation: str) -> tuple[str, ...]:
        """Class-level facts the ontology itself states (punned triples), e.g. calcinosis-of-disease links."""
        return self.related.get((subject, relation), ())

    def subjects(self, relation: str, obj: str) -> tuple[str, ...]:
        return tuple(s for (s, r), objs in self.related.items() if r == relation and obj in objs)


# Labels of grouping classes that name a kind, not a thing ("a drug", "the condition"): never mentions.
GENERIC_LABELS = frozenset(
    {
        "condition",
        "disease",
        "disorder",
        "illness",
        "treatment",
        "therapy",
        "drug",
        "medication",
        "procedure",
        "clinical finding",
        "finding",
        "mechanism",
        "anatomical site",
        "site",
        "species",
        "lesion",
        "skin lesion",
        "symptom",
        "sign",
        "pathogenic mechanism",
        "therapeutic mechanism",
        "physiological process",
    }
)


def _kind_of(iri: str, parents: dict[str, tuple[str, ...]]) -> str:
    seen: set[str] = set()
    stack = [iri]
    while stack:
        cur = stack.pop()
        if cur in PILLARS:
            return PILLARS[cur]
        if cur in seen:
            continue
        seen.add(cur)
        stack.extend(parents.get(cur, ()))
    return "other"


def build_lexicon(ontology_path: Path) -> Lexicon:
    """Read labels, synonyms, misspellings, the class hierarchy and class-level links."""
    import pyoxigraph as ox

    rdfs_label = vocab.RDFS + "label"
    sub_class = vocab.RDFS + "subClassOf"
    alt, hidden = vocab.SKOS + "altLabel", vocab.SKOS + "hiddenLabel"
    rdf_type = vocab.RDF + "type"
    labels: dict[str, str] = {}
    synonyms: list[tuple[str, str, str]] = []
    parents: dict[str, list[str]] = {}
    related: dict[tuple[str, str], list[str]] = {}
    usual: dict[str, list[str]] = {}
    usual_target = vocab.term("usualTarget")
    relation_iris = {vocab.term(r): r for r in vocab.RELATIONS}
    with open(ontology_path, "rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            s, p, o = t.subject, t.predicate.value, t.object
            if not isinstance(s, ox.NamedNode):
                continue
            if p == rdfs_label and isinstance(o, ox.Literal):
                labels[s.value] = o.value
            elif p in (alt, hidden) and isinstance(o, ox.Literal):
                synonyms.append((s.value, o.value, "synonym" if p == alt else "misspelling"))
            elif p in (sub_class, rdf_type) and isinstance(o, ox.NamedNode):
                parents.setdefault(s.value, []).append(o.value)
            elif p in relation_iris and isinstance(o, ox.NamedNode):
                related.setdefault((s.value, relation_iris[p]), []).append(o.value)
            elif p == usual_target and isinstance(o, ox.NamedNode):
                usual.setdefault(s.value, []).append(o.value)
    frozen_parents = {k: tuple(v) for k, v in parents.items()}
    terms = {
        iri: Term(iri, label, _kind_of(iri, frozen_parents))
        for iri, label in labels.items()
        if iri.startswith(vocab.CCKG)
    }
    generic = {
        iri for iri, t in terms.items() if iri in PILLARS or t.label.lower() in GENERIC_LABELS
    }
    lex = Lexicon(
        terms=terms,
        parents=frozen_parents,
        related={k: tuple(v) for k, v in related.items()},
        usual_targets={k: tuple(v) for k, v in usual.items()},
    )
    own = [
        (iri, term.label, "label")
        for iri, term in sorted(terms.items())
        if term.kind != "other" and iri not in generic
    ] + [
        (iri, phrase, via)
        for iri, phrase, via in sorted(synonyms)
        if iri in terms
        and terms[iri].kind != "other"
        and iri not in generic
        and phrase.lower() not in GENERIC_LABELS
    ]
    for iri, phrase, via in own:
        lex.add(iri, phrase, via)
    from cckg.graph_builder import paraphrase

    lex.paraphrases = paraphrase.build_index(lex, [(iri, phrase) for iri, phrase, _ in own])
    from cckg.graph_builder import lab_values

    lex.lab_analytes = lab_values.analytes(lex, [(iri, phrase) for iri, phrase, _ in own])
    if USE_EXTRA_LEXICON:
        from cckg.graph_builder import lexicon_extra

        lexicon_extra.extend(lex)
    lab_values.add_plain_names(lex)
    return lex


@lru_cache(maxsize=4)
def load_lexicon(ontology_path: Path | None = None) -> Lexicon:
    """The lexicon of the packaged ontology (cached per process)."""
    from cckg import resources

    return build_lexicon(ontology_path or resources.ontology_file())


_ABBR_AFTER = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-]{1,9})\s*[);,]")


def find_abbreviations(text: str, lexicon: Lexicon) -> dict[str, str]:
    """Abbreviations the text defines for known terms: "long form (ABBR)" → {ABBR: iri}."""
    found: dict[str, str] = {}
    # brackets as breaks, so that the long form ends where "(ABBR)" begins even when the words
    # around it name a longer term ("hyperbaric oxygen (HBO) therapy")
    mentions = match(text.replace("(", ",").replace(")", ","), lexicon)
    by_end = {m.end: m for m in mentions}
    for m in _ABBR_AFTER.finditer(text):
        abbr = m.group(1)
        if not _is_acronym(abbr) and not any(c.isupper() for c in abbr[1:]):
            continue
        head = text[: m.start()].rstrip()
        mention = by_end.get(len(head))
        if mention is None:
            continue
        # The abbreviation's letters should come from the long form (first letters, in order).
        initials = _initials(mention.text)
        # and its first letter begins a word of it: "immunosuppressive therapy (HR, 2.1)" holds an
        # h and an r, but a hazard ratio is no name of it
        if abbr[0].lower() not in initials:
            continue
        if _letters_in_order(abbr.lower().replace("-", ""), initials + mention.text.lower()):
            found[abbr] = mention.term.iri
    found.update(_implied_abbreviations(lexicon, mentions, found))
    return found


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase)).lower()


def _implied_abbreviations(
    lexicon: Lexicon, mentions: list[Mention], defined: dict[str, str]
) -> dict[str, str]:
    """Undefined acronyms that stand for another term the text names, not for the lexicon's
    reading of them: "T2DM … vasculopathy from DM" means diabetes, not dermatomyositis, where the text
    never names dermatomyositis and does name the disease with those initials."""
    implied: dict[str, str] = {}
    for abbr in {m.text for m in mentions if m.text in lexicon.acronyms} - set(defined):
        named = {m.term.iri for m in mentions if m.text != abbr}
        own = lexicon.acronyms[abbr]
        if any(iri in named for iri in own):
            continue
        others = {
            iri
            for iri in named - set(own)
            if lexicon.terms[iri].kind == lexicon.terms[own[0]].kind
            and _stands_for(abbr, iri, lexicon)
        }
        if len(others) == 1:
            implied[abbr] = others.pop()
    return implied


def _stands_for(abbr: str, iri: str, lexicon: Lexicon) -> bool:
    """``abbr`` is the initials of the term's label, or ends one of its acronyms ("T2DM")."""
    return _initials(lexicon.terms[iri].label) == abbr.lower() or any(
        a.endswith(abbr) and a != abbr for a, iris in lexicon.acronyms.items() if iri in iris
    )


def _letters_in_order(abbr: str, source: str) -> bool:
    pos = 0
    for ch in abbr:
        if not ch.isalnum():
            continue
        pos = source.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two mentions share a character."""
    return a.start < b.end and b.start < a.end


def match(
    text: str, lexicon: Lexicon, abbreviations: dict[str, str] | None = None
) -> list[Mention]:
    """All term mentions in ``text``: longest match first, then coordinated modifiers."""
    tokens = tokenize(text)
    abbreviations = abbreviations or {}
    mentions: list[Mention] = []
    bracketed = _bracketed_acronyms(text, tokens)
    i, n = 0, len(tokens)
    while i < n:
        found: tuple[int, list[tuple[str, str]]] | None = None
        for j in range(min(n, i + lexicon.max_len + _MAX_SKIPPED), i, -1):
            if j - 1 > i and tokens[j - 1].norm in _TRANSPARENT:
                continue
            if not _contiguous(text, tokens, i, j, bracketed):
                continue
            # a bracketed acronym inside the span is left out of its key
            skipped = bracketed.intersection(range(i + 1, j - 1))
            key = _key([t.norm for k, t in enumerate(tokens[i:j], i) if k not in skipped])
            if len(key) > lexicon.max_len:
                continue
            hit = lexicon.entries.get(key)
            if hit:
                found = (j, hit)
                break
        if found is not None and _overrun(text, tokens, i, found[0], lexicon, bracketed):
            i += 1  # "oral calcium channel blocker": the longer name that starts inside wins
            continue
        tok = tokens[i]
        if found is None:
            raw = tok.text
            singular = (
                raw[:-1] if raw.endswith("s") and len(raw) > 2 and raw[:-1].isupper() else raw
            )
            # "T2DM" is two tokens, one acronym
            joined = raw + tokens[i + 1].text if i + 1 < n and tokens[i + 1].start == tok.end else ""
            # An abbreviation the document defines wins over the lexicon's own reading of it.
            if raw in abbreviations or singular in abbreviations:
                found = (
                    i + 1,
                    [(abbreviations.get(raw) or abbreviations[singular], "abbreviation")],
                )
            elif joined in abbreviations:
                found = (i + 2, [(abbreviations[joined], "abbreviation")])
            elif iris := lexicon.acronyms.get(joined):
                found = (i + 2, [(iri, "synonym") for iri in iris])
            elif iris := lexicon.acronyms.get(raw) or lexicon.acronyms.get(singular):
                found = (i + 1, [(iri, "synonym") for iri in iris])
            else:
                found = _around_aside(text, tokens, i, lexicon)
        if found is None:
            i += 1
            continue
        j, hits = found
        start, end = tokens[i].start, tokens[j - 1].end
        if _negated_prefix(text, tokens, i):
            i = j  # "non-systemic therapy" is not a mention of systemic therapy
            continue
        for iri, via in _prefer(hits):
            mentions.append(Mention(lexicon.terms[iri], start, end, text[start:end], via))
        i = j
    coordinated = _coordinated(text, tokens, mentions, lexicon)
    if coordinated:
        # A modifier matched on its own ("magnesium") gives way to the coordinated term it heads.
        starts = {(c.start, c.term.kind) for c in coordinated}
        mentions = [
            m
            for m in mentions
            if not any(m.start == s for s, _ in starts) or m.via == "coordination"
        ]
        mentions.extend(coordinated)
    mentions = _kind_around_site(text, tokens, mentions, lexicon)
    if lexicon.paraphrases:
        from cckg.graph_builder import paraphrase

        mentions = paraphrase.find(text, tokens, lexicon, mentions)
    if lexicon.lab_analytes:
        from cckg.graph_builder import lab_values

        mentions = lab_values.find(text, lexicon, mentions)
    mentions = _lay_readings(text, mentions, lexicon)
    mentions = _described_signs(text, mentions, lexicon)
    mentions = [_kind_as_form(m, text, lexicon) for m in mentions]
    mentions = [
        _read_as(_by_route(m, text, mentions, lexicon), text, lexicon)
        for m in mentions
        if not (_LEVEL_WORD.match(m.text) and _FOOD_AFTER.match(text, m.end))
        and not _other_sense(m, text, mentions)
    ]
    mentions.sort(key=lambda m: (m.start, m.end, m.term.iri))
    return mentions


# The words for the lesions themselves, in the lay readings below.
_LESION_WORDS = (
    r"lumps?|deposits?|nodules?|bumps?|lesions?|papules?|plaques?|cysts?|calcinosis|calcifications?"
)
# A lesion said to "come back" or "grow back" has recurred ("it came back by the summer", "the
# deposit often comes back", "a papule grew back in the scar"); the subject must be the lesion,
# and results, patients and letters that come back ("the biopsy came back clear") are not.
_LAY_RECURRENCE = re.compile(
    # (a count for its subject too: "two came back", "only 4 of 120 returned")
    rf"\b(?:it|they|one|ones|some|none|and|two|three|four|five|\d+|{_LESION_WORDS}|masses|bone|"
    r"calcium)"
    r"\s+(?:of\s+(?:them|these|those|\d+)\s+)?"
    r"(?:(?:\w+ly|often|sometimes|always|seldom|just|may|might|can|could|will|would|has|have|"
    r"had|did|does|do|not|never|then|also|all|later|soon|ever|eventually|[a-z]+n't)\s+){0,3}"
    r"(?P<m>(?:come|comes|came|coming|grow|grows|grew|grown)\s+back|return(?:s|ed)?)\b"
    r"(?!\s+(?:positive|negative|normal|clear|as|with|from|to|for|in\s+(?:the\s+)?clinic|"
    r"home)\b)"
    # new lesions after an operation: "new papules may arise after curettage", "new plaques
    # developed in the scar later", "had formed new deposits since the operation"
    # (or where the old one was: "new ones may crop up in the same place", "… nearby")
    rf"|\bnew\s+(?:{_LESION_WORDS}|ones|masses)\s+(?:\w+\s+){{0,2}}?"
    r"(?P<m2>(?:appear|form|develop|aris|arose|grow|grew|recur)\w*)"
    r"(?=[^.;]{0,40}\b(?:after|following|at\s+the\s+(?:\w+\s+)?scar|later|nearby|"
    r"(?:at|in)\s+the\s+same\s+(?:spot|site|place|area))\b)"
    rf"|\b(?P<m3>grown|developed|formed)\s+new\s+(?:{_LESION_WORDS})"
    r"(?=[^.;]{0,20}\b(?:after|following|since)\b)",
    re.IGNORECASE,
)
_RECURRENCE = vocab.term("Recurrence")
# Skin gone red, said with a verb ("turned red", "became red", "may look redder"), among the other
# signs of inflammation ("red, warm and tender", "hot and red") or of a lesion ("red-purple
# nodules", "a pink rim"): erythema. Not red eyes, blood or cells.
_SIGN = r"(?:warm|hot|swollen|tender|sore|painful|inflamed|indurated|itchy|angry)"
_RED = r"(?:red(?:der|dish)?|pink(?:ish)?)"
_RED_NOT = r"(?!\s+(?:blood|cells?|eyes?|flags?|wine|meat|light)\b)"
_LAY_ERYTHEMA = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|go(?:es)?|went|gone|become|becomes|became|look(?:s|ed)?|got|gets)\s+"
    rf"(?:\w+ly\s+|a\s+(?:bit|little)\s+)?(?P<m>{_RED}){_RED_NOT}\b"
    rf"|\b(?P<m2>{_RED})(?=\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:\w+\s+)?{_SIGN}\b)"
    rf"|\b{_SIGN}\s*(?:,\s*|,?\s+(?:and|or)\s+)(?P<m3>{_RED}){_RED_NOT}\b"
    rf"|\b(?P<m4>{_RED}(?:-(?:purple|brown|violet))?)\s+(?:[\w-]+\s+)?"
    r"(?:plaques?|nodules?|lumps?|papules?|patch(?:es)?|rims?|halos?|swellings?|areas?)\b",
    re.IGNORECASE,
)
_ERYTHEMA = vocab.term("Erythema")
# Chalk coming out of a lesion, in the words a note or a patient uses: "gritty bits seep out",
# "chalky white drainage", "white chalky fragments came away with the dressing", "released a
# gritty speck", "leaked a sandy paste".
_CHALK = r"(?:chalk(?:y)?|gritty|sandy|toothpaste(?:-like)?)"
_OUT = (
    r"(?:discharg\w*|drain(?:s|ed|ing|age)?|ooz\w*|leak\w*|extru\w*|exud\w*|seep\w*|weep\w*|"
    r"releas\w*|d/c|(?:came|com(?:e|es|ing))\s+(?:away|out)|scraped\s+out|"
    r"work(?:s|ed|ing)?\s+(?:its|their)\s+way\s+(?:out|to\s+the\s+surface))"
)
_LAY_CHALK = re.compile(
    rf"\b(?P<m>{_OUT})(?:[\s,]+(?:a|an|the|some|small|little|pale|white|yellow(?:ish)?|"
    rf"whitish|creamy|grey|[\w-]+ly)){{0,4}}[\s,]+{_CHALK}\b"
    rf"|\b{_CHALK}(?:[\s,-]+(?:white|whitish|pale|yellow(?:ish)?|creamy|grey|material|matter|stuff|"
    r"fragments?|flecks?|specks?|grains?|bits?|paste|fluid|debris|chalk|calcium|of|in|the|base|"
    rf"like|toothpaste)){{0,5}}[\s,]+(?:was\s+|were\s+|is\s+|are\s+)?(?P<m2>{_OUT})\b",
    re.IGNORECASE,
)
_CHALKY_DISCHARGE = vocab.term("ChalkyDischarge")
# A lesion, or the skin over it, said to break open: "two opened up and oozed", "the plaques broke
# down", "the skin over it had split", "keep splitting" (not a wound that broke down, which is
# its own harm).
_LAY_ULCERATION = re.compile(
    rf"\b(?:{_LESION_WORDS}|skin|ones?|two|three|several|some|few|they|them)\b"
    r"(?:\s+(?:over|above|of|on)\s+(?:\w+\s+){1,3}?\w+)?"
    r"(?:\s+(?:\w+ly|have|has|had|may|can|will|would|keep|keeps|kept|then|also|often|"
    r"sometimes|since|both|all|each))*"
    r"\s+(?P<m>(?:broke|break|breaks|breaking|broken)\s+(?:down|open|through)|"
    r"split(?:s|ting)?(?:\s+open)?|opened(?:\s+up)?|burst)\b",
    re.IGNORECASE,
)
_ULCERATION = vocab.term("Ulceration")
# The everyday acts a lesion gets in the way of, said as such: "make it difficult to sit", "can no
# longer type", "limit hand or joint function", "stop her wearing shoes", "reluctance to walk".
_ACT = (
    r"(?:walk|sit|grip|grasp|hold|writ|typ|button|fasten|bend|straighten|wear|kneel|climb|"
    r"pinch|pick|carry|jump)\w*"
)
_LAY_FUNCTION = re.compile(
    r"\b(?P<m>(?:difficult(?:y|ies)?|trouble|hard|unable|"
    r"(?:can(?:no|[’']|\s+no\s+lon)|could\s+no\s+lon)\w*|cannot|no\s+longer\s+able|reluctan\w*)"
    rf"\s+(?:to\s+|with\s+|in\s+)?(?:\w+\s+){{0,2}}?{_ACT})"
    r"|\b(?P<m2>mak(?:e|es|ing)\s+(?:it\s+)?(?:\w+ing\s+(?:or\s+\w+ing\s+)?)?(?:\w+\s+){0,3}?"
    r"(?:difficult|hard|awkward|impossible))"
    # (the verb alone, so that a site or an animal named after it stays a mention of its own)
    r"|\b(?P<m3>(?:limit|restrict|hamper|impair)(?:s|ing|ed)?)\s+(?:\w+\s+){0,4}?"
    r"(?:function|movement|grip|walking|typing|writing)\b"
    r"|\b(?P<m4>(?:stops?|stopped|keeps?|kept|prevents?|prevented))\s+(?:her|him|them|you|me|us|"
    r"(?:your|the|our)\s+(?:dog|cat|horse|child|son|daughter|patient))\s+"
    rf"(?:from\s+)?(?:{_ACT}|using)",
    re.IGNORECASE,
)
_FUNCTIONAL_IMPAIRMENT = vocab.term("FunctionalImpairment")
_WOUND_BEFORE = re.compile(r"\b(?:wounds?|incisions?|scars?|sutures?|grafts?)\b", re.IGNORECASE)
# The verbs of a lesion going: "regressed", "fade", "shrank away", "cleared up", "flattened".
_GO = (
    r"(?:(?:regress|resolv|resolu|fad|shrink|shrank|shrunk|soften|disappear|melt|settl|subsid|"
    r"flatten|involut|vanish|reced)\w*|clear(?:s|ed|ing)?|go(?:es|ne|ing)?|went)"
    r"(?:\s+(?:away|up|down))?"
)
# What a lesion that went is called, a few words before the verb ("the plaques require no therapy
# and soften", "they usually recede"): a deposit or a pronoun, not the pain or the redness.
_GOING_LESION = re.compile(
    rf"\b(?:they|it|these|those|most|many|some|all|both|ones?|{_LESION_WORDS}|masses|mass|"
    r"swellings?|spots?|calcium)(?:\s+[\w/-]+){0,6}\s*$",
    re.IGNORECASE,
)
# Lesions that go once their cause is put right went without treatment of their own ("deposits
# usually melt away once the phosphate is controlled", "shrink over months when the drip stops",
# "regressed as the pancreatitis settled", "faded after a change to a heparin free of calcium").
# ("over several months", "within two to twelve weeks")
_OVER_A_TIME = r"(?:over|within)\s+(?:[\w-]+\s+){0,3}?(?:days|weeks|months|years)"
_STOPPED = (
    r"(?:stops?|stopped|ceased|ended|ends|withdrawn|substituted|switched|gone|tapered(?:\s+off)?|"
    r"weaned(?:\s+off)?)"
)
_RIGHTED = (
    r"(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
    rf"(?:(?P<stop>{_STOPPED})|normali[sz]\w*|controlled|corrected|normal|settle[ds]?|"
    r"resolve[ds]?|subside[ds]?|(?:becomes?|became)\s+quiet|"
    r"(?:returns?|returned|comes?|came)\s+(?:back\s+)?(?:to|down\s+to)\s+normal)"
)
_ONCE = r"(?:once|when|after|as\s+soon\s+as|as|now(?:\s+that)?)\s+(?:[\w/-]+\s+){1,5}?"
_GO_ONCE_RIGHTED = re.compile(
    rf"(?P<m>\b{_GO})"
    rf"(?:\s+(?:slowly|gradually|partly|partially|completely|fully|{_OVER_A_TIME})){{0,3}}"
    r",?\s+(?:(?:particularly|especially|mainly|usually|only|typically)\s+)?"
    rf"(?P<cause>{_ONCE}{_RIGHTED}"
    r"|(?P<switch>(?:after|on|following)\s+(?:a\s+)?(?:switch(?:ing)?|chang(?:e|ing))\s+to|"
    r"(?:after|on|following)\s+(?:stopping|withdrawing|withdrawal\s+of|discontinu\w+)))\b"
    # the cause put right first: "as the phosphate fell the plaques softened"
    rf"|(?P<first>\b{_ONCE}{_RIGHTED.replace('?P<stop>', '?P<stop2>')})\s*,?\s+"
    r"(?:(?:the|her|his|their|its|most|many|all|skin|remaining)\s+){0,2}"
    r"(?:[\w-]+\s+){0,2}?(?:\w+ly\s+)?"
    # ("… the plaques started to shrink")
    r"(?:(?:start|began|begin|begun)\w*\s+to\s+)?"
    rf"(?P<m7>{_GO})\b",
    re.IGNORECASE,
)
# What makes a lesion's going its own: "resolved within weeks without any treatment", "flattened
# on their own", "left alone, they faded", "require no therapy and soften", "are expected to regress
# slowly", "usually fade over several months", "many regress by puberty".
# (what is withheld: "without any specific treatment", "no further therapy")
ANY_TREATMENT = r"(?:(?:any|further|specific|active)\s+){0,2}(?:treatment|therapy|intervention)s?"
_ALONE = (
    r"(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|spontaneously|"
    rf"without\s+{ANY_TREATMENT})"
)
_GROWN_UP = r"by\s+(?:puberty|adolescence|adulthood)"
_GO_UNTREATED = re.compile(
    rf"(?P<m>\b{_GO})(?:\s+[\w-]+){{0,6}}?\s+{_ALONE}"
    r"|\b(?:left\s+(?:alone|untreated)|untreated|"
    rf"(?:with\s+no|without)\s+{ANY_TREATMENT}|"
    rf"(?:need|require)(?:s|d|ed)?\s+no\s+{ANY_TREATMENT}\s+and)"
    r"\s*,?\s*(?:[\w-]+\s+){0,4}?"
    rf"(?P<m2>{_GO})\b"
    rf"|\b(?:expect\w*|likely|tends?)\s+(?:[\w-]+\s+){{0,3}}?to\s+(?:\w+ly\s+)?(?P<m3>{_GO})\b"
    r"|\bexpect\w*\s+(?:(?:slow|gradual)\s+)?(?P<m4>resolution|regression)\b"
    r"|\b(?:usually|often|generally|typically|normally)\s+(?:\w+\s+and\s+)?(?P<m5>"
    rf"{_GO})(?:\s+(?:slowly|gradually))?\s+(?:{_OVER_A_TIME}|{_GROWN_UP})\b"
    rf"|(?P<m6>\b{_GO})\s+{_GROWN_UP}\b",
    re.IGNORECASE,
)
_SPONTANEOUS_RESOLUTION = vocab.term("SpontaneousResolution")
# A lesion taken away in everyday words, the verb next to the lesion it is done to: "a nodule
# may be removed if …", "had it taken off", "removing a deposit is offered when …", "a surgeon
# may remove the mass", "they took it out", "removal is reserved for lumps that …". Not the
# calcium, a dressing or a drain ("calcium is removed by dialysis" names no lesion), nor
# "calcinosis", which a drug is said to remove as well (so not ``_LESION_WORDS``, which holds it).
_LESION_TAKEN = r"(?:lumps?|deposits?|nodules?|bumps?|lesions?|masses|mass|swellings?|cysts?)"
_TAKEN_AWAY = r"(?:removed|taken\s+(?:out|off)|cut\s+away)"
_LAY_REMOVAL = re.compile(
    rf"\b(?:{_LESION_TAKEN}|it|one|ones|them|they)\b(?:\s+[\w-]+){{0,8}}?\s+"
    r"(?:be|been|is|are|was|were|get|gets|got|had|has|have)\s+(?:\w+ly\s+)?"
    rf"(?P<m>{_TAKEN_AWAY})\b"
    rf"|\b(?:had|has|have|get|gets|got)\s+(?:it|one|them|(?:the|a|an)\s+(?:[\w-]+\s+)?"
    rf"{_LESION_TAKEN})\s+(?P<m2>{_TAKEN_AWAY})\b"
    r"|\b(?P<m3>remov(?:e|es|ed|ing)|took\s+out|tak(?:e|es|ing)\s+out)\s+"
    r"(?:(?:the|a|an|her|his|their|its|this|that|these|those|any|one|two|some|all|larger?|big|"
    rf"small|painful|offending|remaining|\w+est)\s+){{0,3}}"
    # (a word of the lesion's own: "take out a troublesome deposit", not the calcium a drug removes)
    rf"(?:(?!calcium|calcified|mineral)[a-z-]+\s+)?{_LESION_TAKEN}\b"
    r"|\b(?P<m4>took|taken|take|takes)\s+(?:it|them|one)\s+(?:out|off)\b"
    rf"|\b(?P<m5>removal)\s+(?:of\s+(?:(?:the|a|an|her|his|its|their|any)\s+)?(?:[\w-]+\s+)?"
    rf"{_LESION_TAKEN}\b|(?:is|was|may\s+be|can\s+be)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:kept|reserved|offered|advised|considered|recommended)\s+for\s+(?:\w+\s+){{0,2}}?"
    rf"{_LESION_TAKEN}\b)",
    re.IGNORECASE,
)
_SURGICAL_EXCISION = vocab.term("SurgicalExcision")


# The skin signs of dermatomyositis and the weakness it brings, told by where they are: a purple
# rash on the eyelids (the heliotrope rash), a rash or bumps over the knuckles (Gottron papules),
# "weak thigh muscles" (muscle weakness). Each stands for the rash or body part it is made of.
_EYELIDS = r"(?:(?:the|her|his|their|both|upper|my|your)\s+)*(?:eyelids?|lids|eyes)"
_LAY_HELIOTROPE = re.compile(
    r"\b(?P<m>(?:purple|purplish|violet|violaceous|lilac|mauve|plum)(?:[\s-]+(?:red|pink|coloured|"
    r"colored))?\s+(?:[\w-]+\s+)?(?:rash|discolou?ration|swelling|puffiness|patch(?:es)?|tinge)\s+"
    rf"(?:on|around|of|over|across)\s+{_EYELIDS})\b",
    re.IGNORECASE,
)
_KNUCKLES = (
    r"(?:on|over|across)\s+(?:(?:the|her|his|their|both|all|my|your|back\s+of\s+the)\s+)*"
    r"(?:knuckles|finger\s+joints)"
)
_LAY_GOTTRON = re.compile(
    # ("a lilac rash on the lids and across the knuckles": the knuckles' part, after the other)
    rf"\b(?P<m>(?:rash|papules|bumps|patches|plaques|spots)\s+{_KNUCKLES})\b"
    r"|\b(?:rash|papules|bumps|patches|plaques|spots)\b[^.;:()]{1,50}?\b(?:and|or|with)\s+"
    rf"(?P<m2>{_KNUCKLES})\b",
    re.IGNORECASE,
)
_WEAK_PART = r"(?:thigh|arm|upper[\s-]arm|leg|hip|shoulder|neck|limb|proximal|girdle|core)"
_LAY_WEAKNESS = re.compile(
    rf"\b(?P<m>weak(?:ened)?\s+(?:{_WEAK_PART}\s+)?(?:and\s+\w+\s+)?muscles?)\b"
    rf"|\b(?P<m2>(?:{_WEAK_PART}s?\s+)?muscles?\s+"
    r"(?:were|are|is|was|became|become|felt|feel|grew|got)\s+(?:\w+ly\s+|very\s+|so\s+)?weak)\b",
    re.IGNORECASE,
)
# Skin a drug has darkened, said as its colour: "can stain the papules blue-grey", "turned her
# scars slate grey", "blue-black discolouration" (hyperpigmentation).
_DARK = (
    r"(?:blue|bluish|grey|gray|greyish|grayish|slate|black|blackish|brown|brownish|dark|"
    r"purple-?brown)(?:[\s-]+(?:grey|gray|black|brown|blue))?"
)
_LAY_PIGMENT = re.compile(
    r"\b(?P<m>(?:stain(?:s|ed|ing)?|turn(?:s|ed|ing)?|discolou?r(?:s|ed|ing)?|darken(?:s|ed|ing)?)"
    r"\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:skin|scars?|papules?|nodules?|lumps?|nails?|gums?|teeth|face|shins?|it|them)\s+{_DARK})\b"
    rf"|\b(?P<m2>{_DARK}\s+(?:discolou?ration|staining))\b",
    re.IGNORECASE,
)
_DESCRIBED_SIGNS = (
    (_LAY_HELIOTROPE, vocab.term("HeliotropeRash")),
    (_LAY_GOTTRON, vocab.term("GottronPapules")),
    (_LAY_WEAKNESS, vocab.term("MuscleWeakness")),
    (_LAY_PIGMENT, vocab.term("Hyperpigmentation")),
)


def _described_signs(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with the signs of ``_DESCRIBED_SIGNS`` in place of the rash, lesion or body
    part they are told with ("purple rash on her eyelids" is no skin rash and no eyelid of its
    own; "stained the papules blue-grey" names no papule)."""
    found = [(_verb(m), iri) for pattern, iri in _DESCRIBED_SIGNS for m in pattern.finditer(text)]
    said = [
        r
        for r in _paraphrases(found, text, lexicon)
        if not any(x.term.iri == r.term.iri and overlaps(x, r) for x in mentions)
    ]
    if not said:
        return mentions
    kept = [
        x
        for x in mentions
        if not any(overlaps(x, r) and x.term.kind in ("finding", "site") for r in said)
    ]
    return [*kept, *said]


_WHICH_WENT = re.compile(r"\s*,?\s*(?:which|that|and|it|this)?\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
# The roots of the calcinosis classes: calcinosis cutis and calcinosis at large.
CALCINOSIS_ROOTS = (vocab.term("CalcinosisCutis"), vocab.term("Calcinosis"))


def _another_disease_went(at: int, mentions: list[Mention], text: str, lexicon: Lexicon) -> bool:
    """What went right before ``at`` is a disease other than a calcinosis ("a drug hepatitis,
    which resolved once the tablets were stopped"): a harm that went, not the deposits."""
    before = [m for m in mentions if m.end <= at]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    return (
        last.term.kind == "condition"
        and not any(lexicon.is_a(last.term.iri, r) for r in CALCINOSIS_ROOTS)
        and bool(_WHICH_WENT.fullmatch(text, last.end, at))
    )


def _went_untreated(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[re.Match[str]]:
    """The places where a lesion is said to go by itself, or once its cause is put right; not
    where a therapy is named (then it is that therapy's result), unless the therapy named is
    the cause being stopped ("once the calcium heparin was substituted")."""
    said = []
    for m in _GO_ONCE_RIGHTED.finditer(text):
        # a therapy named in the clause of the cause stopped is that cause
        cause = m.span("first") if m.group("first") else m.span("cause")
        if m.group("switch"):
            cause = (cause[0], len(text))  # and what it was switched to
        stopped = m.group("stop") or m.group("stop2") or m.group("switch")
        if not treated_near(cause if stopped else None, _verb(m), text, mentions):
            said.append(m)
    for m in _GO_UNTREATED.finditer(text):
        verb = _verb(m)
        # (a lesion going, not the pain or the redness; "expect slow resolution" names none)
        if not treated_near(None, verb, text, mentions) and (
            m.group("m4") or _GOING_LESION.search(text[max(0, verb[0] - 60) : verb[0]])
        ):
            said.append(m)
    return [m for m in said if not _another_disease_went(_verb(m)[0], mentions, text, lexicon)]


# What parts the clauses of a sentence, each with a subject of its own: "; ", ": ", ", and that",
# ", but", ", although".
PART_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|although|though|whereas|while)\b|\s+but\s|\.\s", re.IGNORECASE
)


def treated_near(
    cause: tuple[int, int] | None, verb: tuple[int, int], text: str, mentions: list[Mention]
) -> bool:
    """Whether a therapy is named in the clause of a lesion's going (outside the ``cause``
    clause, where a therapy named is the cause stopped): then the going is its result."""
    starts = [b.end() for b in PART_BREAK.finditer(text, 0, verb[0])]
    ends = [b.start() for b in PART_BREAK.finditer(text, verb[1])]
    lo, hi = (starts[-1] if starts else 0), (ends[0] if ends else len(text))
    return any(
        t.term.kind == "treatment"
        and lo <= t.start < hi
        and not (cause and cause[0] <= t.start < cause[1])
        for t in mentions
    )


def _verb(m: re.Match[str]) -> tuple[int, int]:
    """Where the verb a match names is (its first named group that took part)."""
    return next(m.span(g) for g in m.re.groupindex if m.group(g) and g.startswith("m"))


def _paraphrases(
    found: list[tuple[tuple[int, int], str]], text: str, lexicon: Lexicon
) -> list[Mention]:
    """The mentions of the lexicon's terms at the spans a lay or descriptive reading found."""
    return [
        Mention(lexicon.terms[iri], a, b, text[a:b], "paraphrase")
        for (a, b), iri in found
        if iri in lexicon.terms
    ]


def _lay_readings(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with a lesion's coming or growing back added as a recurrence, its going by
    itself as a spontaneous resolution, skin said to go red as erythema, chalk said to come out
    of it as a chalky discharge, its breaking open as ulceration, and the acts it gets in the way
    of as a functional impairment."""
    found = [(_verb(m), _RECURRENCE) for m in _LAY_RECURRENCE.finditer(text)]
    found += [(_verb(m), _ERYTHEMA) for m in _LAY_ERYTHEMA.finditer(text)]
    found += [(_verb(m), _CHALKY_DISCHARGE) for m in _LAY_CHALK.finditer(text)]
    found += [(_verb(m), _FUNCTIONAL_IMPAIRMENT) for m in _LAY_FUNCTION.finditer(text)]
    found += [
        (_verb(m), _ULCERATION)
        for m in _LAY_ULCERATION.finditer(text)
        if not _WOUND_BEFORE.search(text, max(0, m.start() - 25), m.start("m"))
    ]
    found += [(_verb(m), _SPONTANEOUS_RESOLUTION) for m in _went_untreated(text, mentions, lexicon)]
    found += [
        (_verb(m), _SURGICAL_EXCISION)
        for m in _LAY_REMOVAL.finditer(text)
        if not treated_near(None, _verb(m), text, mentions)  # "removed by curettage"
    ]
    said = _paraphrases(found, text, lexicon)
    # (an excision said in lay words is also the mechanism it works by: "removing a deposit")
    added = [
        r
        for r in said
        if not any(
            overlaps(x, r)
            and not (r.term.iri == _SURGICAL_EXCISION and x.term.kind == "mechanism")
            for x in mentions
        )
    ]
    return [*mentions, *added] if added else mentions


# Words that cannot stand between a kind's adjective and its noun ("dystrophic or metastatic
# calcinosis" names two kinds, "idiopathic and calcified" none).
_NOT_A_PLACE_WORD = frozenset(
    {"and", "or", "nor", "but", "not", "of", "to", "in", "on", "at", "with", "than", "versus", "vs"}
)


def _kind_around_site(
    text: str, tokens: list[Token], mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """A kind of a condition with a place word between its words: "idiopathic penile calcinosis"
    is idiopathic calcinosis (of the penis), "dystrophic palmar calcinosis" dystrophic calcinosis;
    a site the place word names stays a mention of its own."""
    out = list(mentions)
    at = {t.start: i for i, t in enumerate(tokens)}  # a mention's first and last token
    last = {t.end: i for i, t in enumerate(tokens)}
    for head in mentions:
        i = at.get(head.start)
        if head.term.kind != "condition" or i is None or i < 2 or head.end not in last:
            continue
        adjective, place = tokens[i - 2 : i]
        if any(text[a.end : b.start].strip(" -") for a, b in ((adjective, place), (place, head))):
            continue
        covering = [m for m in mentions if m.start < place.end and place.start < m.end]
        if (
            place.norm in _NOT_A_PLACE_WORD
            or not place.text.isalpha()
            or any(m.term.kind != "site" for m in covering)
            or any(m.start <= adjective.start < m.end for m in mentions)
        ):
            continue
        words = [adjective.norm, *(t.norm for t in tokens[i : last[head.end] + 1])]
        kinds = [
            iri
            for iri, _ in lexicon.entries.get(_key(words), [])
            if iri != head.term.iri and lexicon.is_a(iri, head.term.iri)
        ]
        if len(kinds) == 1:
            out.remove(head)
            span = text[adjective.start : head.end]
            out.append(
                Mention(lexicon.terms[kinds[0]], adjective.start, head.end, span, "composition")
            )
    return out


# How a therapy named after it was given ("thiosulfate tablets", "STS was injected into the
# deposits", "given intravenously"): the ontology's "<route> <therapy>" where it has one.
_ROUTES: dict[str, re.Pattern[str]] = {
    "oral": re.compile(
        r"^\s*(?:tablets?|capsules?|pills?)\b|^[^.;:()]{0,40}?\b(?:by mouth|orally)\b", re.IGNORECASE
    ),
    "intravenous": re.compile(
        r"^\s*infusions?\b|^[^.;:()]{0,40}?\b(?:intravenously|by (?:intravenous )?infusion)\b",
        re.IGNORECASE,
    ),
    "intralesional": re.compile(
        r"^[^.;:()]{0,40}?\b(?:intralesionally|(?:injected|injections?)\s+(?:directly\s+)?into\s+"
        r"(?:the\s+|each\s+|individual\s+)?(?:deposits?|lesions?|nodules?|lumps?|calcinosis))\b",
        re.IGNORECASE,
    ),
    "topical": re.compile(
        r"^\s*(?:cream|ointment|gel|paste|lotion)s?\b|^[^.;:()]{0,40}?\b(?:topically|applied to the skin)\b",
        re.IGNORECASE,
    ),
}


# A trial's comparison arm ("placebo", "the control group"), which the relation cues read too.
CONTROL_ARM_WORDS = r"placebo|sham|vehicle|control|usual[- ]care"
# Words around a term's name that make it something else: a cow's "milk fever" is the low blood
# calcium of calving; "13 per arm", "the control arm", "an arm of the study" are a trial's groups;
# "on the other hand", "right-hand dominant", "a farm hand", "hands-on" are no hand of the
# patient's. Each term's words before (ending where its name begins) and after (from its end).
_OTHER_SENSE: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    vocab.term("Fever"): (re.compile(r"\bmilk[\s-]+$", re.IGNORECASE), None),
    # hair, a coat or skin growing back is healing, not the lesion returning
    vocab.term("Recurrence"): (
        re.compile(
            r"\b(?:coat|hair|fur|wool|fleece|feathers?|nails?|skin|lashes|brows?)\s+"
            r"(?:(?:is|was|has|have|had|now|slowly|already|started|begun|begins?)\s+){0,2}$",
            re.IGNORECASE,
        ),
        None,
    ),
    # "tumour necrosis factor" is a cytokine, no dead tissue
    **dict.fromkeys(
        (vocab.term("Necrosis"), vocab.term("TissueNecrosis")),
        (None, re.compile(r"[\s-]+factors?\b", re.IGNORECASE)),
    ),
    # … and no tumour either
    vocab.term("Neoplasm"): (None, re.compile(r"[\s-]+necrosis[\s-]+factors?\b", re.IGNORECASE)),
    vocab.term("Arm"): (
        re.compile(
            rf"\b(?:per|{CONTROL_ARM_WORDS}|treatment|intervention|comparator|study|active|"
            # "two arms, 40 participants", "three parallel arms": a design's groups (a patient
            # has "both arms")
            # ("no patient in either arm": a trial's; one patient's arms are "both" or "each")
            r"pilot|trial|experimental|open[- ]label|observation|parallel|two|three|four|"
            r"(?:patients?|participants?|subjects?|one)\s+in\s+(?:either|neither|each))[\s-]*$",
            re.IGNORECASE,
        ),
        re.compile(r"s?\s+of\s+the\s+(?:trial|study)\b", re.IGNORECASE),
    ),
    vocab.term("Hand"): (
        re.compile(
            # ("goes hand in hand with": together)
            r"\b(?:on the other|on the one|on one|first|second|farm|deck|stage|at|by|hand in)"
            r"[\s-]*$",
            re.IGNORECASE,
        ),
        re.compile(r"[\s-]*dominan\w*|-on\b|-?written\b|\s+in\s+hand\b", re.IGNORECASE),
    ),
    # a practice's premises in British usage: "Hollins Veterinary Surgery", "the GP surgery",
    # "surgery reception" (not "veterinary surgery was needed")
    vocab.term("Surgery"): (
        re.compile(
            r"\b[A-Z][\w'-]+\s+Veterinary\s+$"
            r"|(?i:\b(?:vets?'?|GP'?s?|doctors?'?|village|"
            r"at\s+the(?:\s+vets?'?|\s+veterinary)?)\s+)$"
        ),
        re.compile(
            r"\s+(?:reception|staff|premises|appointments?|waiting room)\b", re.IGNORECASE
        ),
    ),
}
_ARM = vocab.term("Arm")

# A term's name where the words around it say another term is meant, and that term: "papules
# around the large joints" are in the tissue about them; inflammation said to drive or follow a
# deposit ("inflammation is thought to drive the calcification", "tissue damaged by persistent
# inflammation", "cysts that become inflamed and then calcify") is the process, not the sign.
# Each term's reading, with its words before (ending where its name begins) and after.
_READ_AS: dict[str, tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = {
    # pain on pressure is tenderness: "sore when pressed", "only hurts if she bumps it", "no pain
    # response when palpated" (not pain on a knock, nor in handling a limb)
    vocab.term("Pain"): (
        vocab.term("Tenderness"),
        None,
        re.compile(
            r"(?:\s+response)?\s+(?:(?:when|if|on|to)\s+(?:\w+\s+){0,3}?)"
            r"(?:press|touch|palpat|squeez|prod|pok|bump)\w*\b",
            re.IGNORECASE,
        ),
    ),
    vocab.term("Joint"): (
        vocab.term("PeriarticularRegion"),
        re.compile(
            r"\b(?:around|surrounding|about)\s+(?:the\s+)?"
            r"(?:large\s+|big\s+|major\s+|main\s+|several\s+)?$",
            re.IGNORECASE,
        ),
        None,
    ),
    vocab.term("Inflammation"): (
        vocab.term("InflammatoryResponse"),
        re.compile(
            r"\b(?:driven by|drives?|sustained by|sustains?|fuels?|damaged by|injured by|"
            r"caused by|due to|secondary to|follows?|following|provoked by|"
            # "the lumps stem from long inflammation"
            r"(?:comes?|came|coming|arises?|arose|arising|stems?|stemmed|results?|resulted)"
            r"\s+from)\s+"
            r"(?:the\s+|an?\s+)?(?:\w+\s+){0,2}$",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:\s+(?:of|in)\s+(?:the\s+)?\w+(?:\s+(?:and|or)\s+\w+)?)?\s+(?:(?:that|which)\s+)?"
            r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:\w+\s+){0,3}?(?:to\s+)?"
            r"(?:drive[ns]?|drove|driving|sustain\w*|damag\w*|injur\w*|preced\w*|provok\w*|"
            r"trigger\w*|leads? to|led to)\b"
            r"|\s+and\s+(?:then\s+)?(?:\w+\s+){0,2}?(?:calcif|harden|mineral)",
            re.IGNORECASE,
        ),
    ),
}


# The kind of a disease the patient has, said as a form of it: "this iatrogenic form of calcinosis
# cutis", "her juvenile type of dermatomyositis" (the adjective and the name together make the
# kind's name). Not "X is an idiopathic form of …", which the relation rules read as a class.
_FORM_OF_BEFORE = re.compile(
    r"\b(?:this|that|these|those|her|his|their|its)\s+"
    r"(?P<kind>[a-z]+)\s+(?:form|type|kind|variant|variety|subtype)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _kind_as_form(m: Mention, text: str, lexicon: Lexicon) -> Mention:
    """A disease named as "the <kind> form of" it, as the kind the words name together."""
    # (the words sit right before the name: a short window keeps this cheap on long sentences)
    window = max(0, m.start - 80)
    if m.term.kind != "condition" or not (f := _FORM_OF_BEFORE.search(text, window, m.start)):
        return m
    kinds = [
        t
        for t in lexicon.lookup(f"{f['kind']} {m.text}")
        if t.kind == "condition" and lexicon.is_a(t.iri, m.term.iri)
    ]
    if len(kinds) != 1:
        return m
    start = f.start("kind")
    return Mention(kinds[0], start, m.end, text[start : m.end], "form-of")


def _read_as(m: Mention, text: str, lexicon: Lexicon) -> Mention:
    """``m`` as the term the words around it say is meant (``_READ_AS``)."""
    meant, before, after = _READ_AS.get(m.term.iri, (None, None, None))
    if meant is None or meant not in lexicon.terms:
        return m
    if before and before.search(text, 0, m.start) or after and after.match(text, m.end):
        return replace(m, term=lexicon.terms[meant])
    return m


def _other_sense(m: Mention, text: str, mentions: list[Mention]) -> bool:
    """The mention's words mean something else here (``_OTHER_SENSE``), or, for "arm", a therapy
    names the trial group right before it ("the diltiazem arm")."""
    before, after = _OTHER_SENSE.get(m.term.iri, (None, None))
    if before and before.search(text, 0, m.start) or after and after.match(text, m.end):
        return True
    return m.term.iri == _ARM and any(
        t.term.kind == "treatment" and t.end <= m.start and not text[t.end : m.start].strip(" -")
        for t in mentions
    )


# "a low-calcium formula", "a high-phosphate diet": the level of a food, not of the blood.
_LEVEL_WORD = re.compile(r"(?:low|high)\b", re.IGNORECASE)
_FOOD_AFTER = re.compile(
    r"[\s-]*(?:diets?|formulas?|formulae|feeds?|milks?|meals?|foods?|dialysates?|baths?)\b",
    re.IGNORECASE,
)
_NAME_ASIDE = re.compile(r"^\s*(?:\([^()]{1,25}\)|\))")


def routes_said(m: Mention, text: str, mentions: list[Mention]) -> list[str]:
    """The routes the words after a therapy (up to the next therapy) say it was given by."""
    nxt = min(
        (o.start for o in mentions if o.start >= m.end and o.term.kind == "treatment"),
        default=len(text),
    )
    # past the name's own aside: "sodium thiosulfate (STS) was given intravenously"
    after = _NAME_ASIDE.sub("", text[m.end : nxt], count=1)
    return [r for r, pattern in _ROUTES.items() if pattern.search(after)]


def _by_route(m: Mention, text: str, mentions: list[Mention], lexicon: Lexicon) -> Mention:
    if m.term.kind != "treatment":
        return m
    routes = routes_said(m, text, mentions)
    if len(routes) != 1:
        return m  # "given intravenously and orally": no one route
    for term in lexicon.lookup(f"{routes[0]} {m.term.label}"):
        if term.iri != m.term.iri and lexicon.is_a(term.iri, m.term.iri):
            return replace(m, term=term)
    return m


_ASIDE = re.compile(r"\s*\([^()]{1,25}\)\s*")
_ASIDE_END = re.compile(r"\)\s*")  # the last word of an aside, before the head it shares


def _around_aside(
    text: str, tokens: list[Token], i: int, lexicon: Lexicon
) -> tuple[int, list[tuple[str, str]]] | None:
    """A term whose words an aside splits: "trichilemmal (pilar) cysts" is a trichilemmal cyst, and
    "infundibular (epidermoid) cysts" an epidermoid one."""
    aside = _ASIDE.match(text, tokens[i].end)
    if aside is None and tokens[i].start > 0 and text[tokens[i].start - 1] == "(":
        aside = _ASIDE_END.match(text, tokens[i].end)
    if aside is None:
        return None
    k = next((k for k in range(i + 1, len(tokens)) if tokens[k].start >= aside.end()), None)
    if k is None or tokens[k].start != aside.end():
        return None
    for j in range(min(len(tokens), k + lexicon.max_len - 1), k, -1):
        if not _contiguous(text, tokens, k, j):
            continue
        hit = lexicon.entries.get(_key([tokens[i].norm, *(t.norm for t in tokens[k:j])]))
        if hit:
            return j, hit
    return None


_MAX_SKIPPED = 3  # transparent words a matched span may hold beyond the entry's own length


def _negated_prefix(text: str, tokens: list[Token], i: int) -> bool:
    return (
        i > 0
        and tokens[i - 1].norm in ("non", "anti")
        and text[tokens[i - 1].end : tokens[i].start] in ("-", "")
    )


def _prefer(hits: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An ambiguous phrase: keep a term by its own label over one that only lists it as synonym."""
    by_label = [h for h in hits if h[1] == "label"]
    return by_label[:1] if by_label else hits[:1]


_STRENGTH_GAP = re.compile(r"\.|%\s*")  # inside "0.9% saline"


def _bracketed_acronyms(text: str, tokens: list[Token]) -> frozenset[int]:
    """The tokens that are an acronym in brackets between two words: "tumour necrosis factor
    (TNF) inhibitor" names the inhibitor, the acronym inside it aside."""
    return frozenset(
        k
        for k in range(1, len(tokens) - 1)
        if text[tokens[k - 1].end : tokens[k].start].strip() == "("
        and text[tokens[k].end : tokens[k + 1].start].strip() == ")"
        and _is_acronym(tokens[k].text)
    )


# Words that join a phrase to a name rather than build a compound ("calcinosis of the skin").
_PHRASE_WORDS = frozenset("of the in on at to with and or for from by a an".split())


def _overrun(
    text: str, tokens: list[Token], i: int, j: int, lexicon: Lexicon, bracketed: frozenset[int]
) -> bool:
    """A compound name starts on the last word of tokens i..j-1 and runs past them, with more
    words than they have: "oral calcium" inside "oral calcium channel blocker" (not a name that
    goes on with a phrase, "calcinosis of the skin", which "metastatic calcinosis" qualifies)."""
    k = j - 1
    if k <= i:
        return False
    for end in range(min(len(tokens), k + lexicon.max_len), j, -1):
        if end - k <= j - i or not _contiguous(text, tokens, k, end, bracketed):
            continue
        if any(t.norm in _PHRASE_WORDS for t in tokens[k + 1 : end]):
            continue
        if lexicon.entries.get(_key([t.norm for t in tokens[k:end]])):
            return True
    return False


def _contiguous(
    text: str, tokens: list[Token], i: int, j: int, bracketed: frozenset[int] = frozenset()
) -> bool:
    """Tokens i..j-1 are separated only by spaces or hyphens (not punctuation or clause breaks),
    or are the parts of a strength ("0.9% saline"), or enclose a bracketed acronym (which a
    longer span may not begin or end on)."""
    if j - i > 1 and (i in bracketed or j - 1 in bracketed):
        return False
    for k in range(i, j - 1):
        gap = text[tokens[k].end : tokens[k + 1].start]
        if k + 1 in bracketed or k in bracketed:
            continue  # the acronym's own brackets, inside the span
        # a colon inside a word joins its parts: the "Er:YAG" of a laser's name
        spaced = gap.strip(" -\u00ad'’") == "" and len(gap) <= 3 or gap == ":"
        if not spaced and not (tokens[k].text.isdigit() and _STRENGTH_GAP.fullmatch(gap)):
            return False
    return True


def _coordinated(
    text: str, tokens: list[Token], mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """ "topical and intralesional sodium thiosulfate": each modifier borrows the head of the term after it."""
    extra: list[Mention] = []
    index_of = {t.start: k for k, t in enumerate(tokens)}
    for m in mentions:
        k = index_of.get(m.start)
        if k is None:
            continue
        head = [t.norm for t in tokens[k:] if t.start < m.end]
        if len(head) < 2:
            continue
        pos = k - 1
        # The word right before the term must be a conjunction ("and", "or") or a slash.
        if pos >= 0 and tokens[pos].norm in ("and", "or"):
            pos -= 1
        elif not (pos >= 0 and text[tokens[pos].end : m.start].strip() == "/"):
            continue
        while pos >= 0:
            modifier = tokens[pos]
            if _negated_prefix(text, tokens, pos):
                break
            hit = None
            for drop in (1, 2):
                key = (modifier.norm, *head[drop:])
                if len(key) >= 2 and key in lexicon.entries:
                    hit = lexicon.entries[key][0][0]
                    break
            if hit is None:
                break
            extra.append(
                Mention(
                    lexicon.terms[hit],
                    modifier.start,
                    m.end,
                    text[modifier.start : m.end],
                    "coordination",
                )
            )
            # Further modifiers of a list: "topical, intralesional and intravenous …"
            if pos >= 1 and text[tokens[pos - 1].end : modifier.start].strip() == ",":
                pos -= 1
                continue
            break
    return extra
