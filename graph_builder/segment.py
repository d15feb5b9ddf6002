"""Stage 2 of the builder: clean text in, titled and sectioned sentences (with spans) out.

Every unit the later stages read is a :class:`Sentence`: the document title, headings, sentences
of paragraphs, list items (with the sentence that introduces the list as ``lead``) and the titles
of cited works (``kind="reference-title"``). Spans are into :attr:`Document.text`; use
:meth:`Document.original_span` for the original file.

>>> from cckg.graph_builder.read import Document
>>> t = "Treatment\\n\\nDiltiazem was tried, e.g. in CREST. [1] It helped.\\n"
>>> doc = Document("d", "d.txt", {}, t, tuple(range(len(t) + 1)), t, _ends=tuple(range(1, len(t) + 1)))
>>> [(s.kind, s.text, s.section, s.citations) for s in segment(doc)]
[('heading', 'Treatment', 'Treatment', ()), ('sentence', 'Diltiazem was tried, e.g. in CREST.', 'Treatment', (1,)), ('sentence', 'It helped.', 'Treatment', ())]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cckg.graph_builder.read import Document
from cckg.graph_builder.table_cells import is_pipe_row

__all__ = ["Sentence", "heading_topic", "normalise_heading", "segment", "strip_citations"]


@dataclass(frozen=True)
class Sentence:
    """One unit of text with its span in :attr:`Document.text` and its place in the document."""

    index: int
    text: str
    start: int
    end: int
    section: str
    headings: tuple[str, ...]
    kind: str  # "title" | "heading" | "sentence" | "list-item" | "reference-title"
    lead: str | None = None
    citations: tuple[int, ...] = ()
    #: canonical section topic from the nearest heading that has one: "treatment", "causes",
    #: "signs and symptoms", "classification", "diagnosis", "mechanism", "methods", "results", ...
    topic: str | None = None
    #: heading depth (1 = top) for headings, else 0
    level: int = 0


# --------------------------------------------------------------------------------------------
# Citation markers
# --------------------------------------------------------------------------------------------

_CITE_NUM = r"\[(\d{1,4}(?:\s*[-,]\s*\d{1,4})*)\](?:\s?:\s?\d+(?:\s?-\s?\d+)?)?"
_CITE_NOTE = r"\[(?:[a-z]|[a-z]{1,4}\s?\d{1,3}|note\s\d+|citation needed|[a-z ]{3,25} needed|edit|update)\]"
_CITE = re.compile(rf"{_CITE_NUM}|{_CITE_NOTE}")
_MARK = rf"(?:{_CITE_NUM}|{_CITE_NOTE})"
_MARK_GROUP = rf"{_MARK}(?:\s*[,;-]\s*{_MARK})*"
# a group of markers, possibly wrapped ("[[2]-[3]]", "([1], [2])"), with the space before it
_CITE_STRIP = re.compile(rf"\s*(?:[\[(]\s*{_MARK_GROUP}\s*[\])]|{_MARK_GROUP})")
_TRAILING_CITES = re.compile(rf"(?:\s*(?:{_CITE_NUM}|{_CITE_NOTE}))+\s*$")


def _citations(s: str) -> tuple[int, ...]:
    out: list[int] = []
    for m in _CITE.finditer(s):
        if not m.group(1):
            continue
        for part in m.group(1).split(","):
            a, _, b = part.strip().partition("-")
            if b.strip().isdigit() and a.strip().isdigit() and 0 < int(b) - int(a) <= 50:
                out.extend(range(int(a), int(b) + 1))
            elif a.strip().isdigit():
                out.append(int(a))
    return tuple(dict.fromkeys(out))


def strip_citations(s: str) -> str:
    """Display form: citation markers removed, whitespace collapsed, no space before punctuation
    (a question mark before a word is a request form's query, "?gout", and keeps its space)."""
    s = _CITE_STRIP.sub("", s)
    s = " ".join(s.split())
    return re.sub(r"\s+([,;:.!)]|\?(?!\w))", r"\1", s)


# --------------------------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
# A measure and its value, a results line rather than a heading: "Complete resolution: 2/12 (17%)",
# "Healed at one year: 5/8".
_LABEL_VALUE = re.compile(r"^[^:.]{2,60}:\s*(?:\d|n\s*=)")
_NUMBERED = re.compile(r"^(\(?\d{1,3}((?:\.\d{1,3})+)\.?(?=\s+[A-Z])|\(?\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)")
_BULLET = re.compile(r"^[•◦▪‣·*●○■□➢►✓✔-]\s+(?=\S)")
_KNOWN_LABELS = (
    r"background|objectives?|aims?|purpose|introduction|methods?|materials\s+and\s+methods|"
    r"patients\s+and\s+methods|results?|findings|conclusions?|discussion|case\s+(?:report|presentation|"
    r"description|summary)|design|setting|participants|interventions?|measurements?|main\s+outcome\s+measures?|"
    r"limitations|importance|observations?|evidence\s+review|data\s+sources|study\s+selection|"
    r"data\s+extraction(?:\s+and\s+synthesis)?|summary|context|exposures?|clinical\s+relevance"
)
# a capitals label may end in a bracketed plural: "REACTION(S):"
_LABEL = re.compile(
    rf"^(?:(?P<caps>[A-Z][A-Z0-9/&,\- ]{{2,40}}?(?:\([A-Z]{{1,2}}\))?)|"
    rf"(?P<known>(?i:{_KNOWN_LABELS})))\s*:\s+(?=\S)"
)

_TOPICS: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(p))
    for t, p in [
        ("references", r"^(?:references?|bibliography|literature cited)\b"),
        ("abstract", r"^abstract$"),
        # "Drug interactions" names other drugs, given with the document's one, not for its disease
        ("interactions", r"^(?:(?:drug|medicine|medication)\s+)?interactions?\b"),
        ("treatment", r"\btreat|therap|management|\bmedications?\b|\bsurg|intervention|\bcure"),
        ("causes", r"\bcaus|etiolog|aetiolog|risk factors?|associated (?:conditions|diseases)|why do"),
        ("mechanism", r"pathogen|pathophysiolog|mechanism"),
        ("case report", r"^case (?:reports?|presentation|description|summary|history|\d)\b"),
        # "Are there any risks?" of an operation; "risk factors" are causes, matched above
        # (and an interaction checker's "Drug-disease / monitoring alerts", a leaflet's "Warnings")
        ("adverse effects",
         (r"adverse|side[- ]effects?|undesirable|unwanted|safety|toxicit|\brisks?\b|what (?:can|could) go wrong"
          r"|\balerts?$|^warnings?\b")),
        ("signs and symptoms", r"\bsigns?\b|symptom|clinical (?:features|presentation|manifestations?|findings)|presentation"),
        ("diagnosis", r"diagnos|investigation|work-?up|imaging|histolog|\bpatholog"),
        ("classification", r"classif|\btypes?\b|subtypes?"),
        ("epidemiology", r"epidemiolog|prevalence|incidence|who gets|who is (?:affected|at risk)"),
        ("prognosis", r"prognos|\boutcomes?\b|complication"),
        ("prevention", r"prevent"),
        ("background", r"^(?:background|introduction|context|importance|rationale)\b"),
        ("objective", r"^(?:objectives?|aims?|purpose|goals?)\b"),
        ("methods", r"^(?:methods?|materials and methods|patients and methods|design|setting|study selection|"
                    r"data (?:sources|extraction)|participants|evidence review)\b"),
        ("results", r"^(?:results?|findings|observations?|main results)\b"),
        ("discussion", r"^(?:discussion|comment)\b"),
        ("conclusion", r"^(?:conclusions?|summary|interpretation|implications)\b"),
        ("definition", r"^(?:what (?:is|are)\b|definitions?\b|overview\b)"),
        ("declarations", r"^(?:conflicts? of interest|competing interests?|funding|acknowledge?ments?|"
                         r"authors?'? contributions?|data availability|ethic|consent|disclosures?|financial)"),
    ]
]


def _is_caps(s: str) -> bool:
    if len(s) > 200 or any(c.islower() for c in s):
        return False
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def normalise_heading(text: str) -> str:
    """A heading as a section name: numbering, markers and trailing ':' gone, ALL CAPS to sentence case.

    >>> normalise_heading("WHAT ARE THE CAUSES OF CALCINOSIS CUTIS ?")
    'What are the causes of calcinosis cutis?'
    >>> normalise_heading("2. METASTATIC CALCINOSIS CUTIS :")
    'Metastatic calcinosis cutis'
    """
    t = _MD_HEADING.sub("", text.strip())
    t = _NUMBERED.sub("", t)
    t = strip_citations(t)
    t = re.sub(r"\s*[:.]+$", "", t).strip()
    if _is_caps(t) and (len(t.split()) > 1 or len(t) > 5):
        t = t.lower()
        t = t[:1].upper() + t[1:]
    return t


def heading_topic(heading: str) -> str | None:
    """The canonical topic a heading names, if any ("How to treat X?" -> "treatment")."""
    h = normalise_heading(heading).lower()
    for topic, pat in _TOPICS:
        if pat.search(h):
            return topic
    return None


# --------------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------------

_ABBREV_ALWAYS = {
    "e.g", "i.e", "eg", "ie", "vs", "cf", "dr", "drs", "mr", "mrs", "ms", "prof", "fig", "figs", "approx",
    "ca", "resp", "incl", "st", "jr", "sr", "viz", "dept", "univ", "ibid", "op", "cit", "mt", "inj", "tab", "tabs",
    "eq", "eqs", "suppl", "ref", "refs", "sect", "ch", "chap", "esp", "appr", "var", "subsp", "cv",
}
_ABBREV_NUMBER = {
    "no", "nos", "p", "pp", "vol", "vols", "n", "nr", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
}
_ABBREV_LOWER = {"temp", "diam", "conc", "prox", "dist", "hosp", "admin", "cont", "prep", "approx", "resp",
                 "incl", "excl", "treat", "freq", "mean", "vers", "spp", "sign", "corr", "ext", "int", "max", "min",
                 "etc"}
# words that name things by a letter ("vitamin D", "type B"), where "D." ends a sentence
_LETTER_NAMED = {"vitamin", "type", "group", "hepatitis", "factor", "class", "grade", "stage", "phase", "protein",
                 "complex", "category", "level", "zone", "section", "appendix", "table", "figure", "panel", "arm",
                 "cohort", "part", "schedule", "lane", "strain", "serotype", "subtype", "form", "pattern"}
_CAND = re.compile(r"[.!?]+[\"')\]]*")
_CITE_AT = re.compile(rf"\s*(?:{_CITE_NUM}|{_CITE_NOTE})")


def _is_boundary(p: str, start: int, m: re.Match[str], k: int) -> bool:
    nxt = p[k]
    punct = m.group(0).rstrip("\"')]")
    before = p[start : m.start()]
    if nxt.islower():
        # Sloppy text starts sentences in lower case ("accordingly. medical therapy ..."); split
        # only after a plain word that is no known abbreviation, never after "e.g." or "approx.".
        wm = re.search(r"(\w+)$", before)
        word = wm.group(1) if wm else ""
        return (
            punct == "."
            and word.isalpha()
            and word.islower()
            and len(word) >= 4
            and word not in _ABBREV_ALWAYS
            and word not in _ABBREV_LOWER
            and before.count("(") <= before.count(")")
            and not re.search(r"\w\.\w+$", before)
        )
    if punct == ".":
        wm = re.search(r"([\w.&'-]+)$", before)
        word = wm.group(1) if wm else ""
        lw = word.lower()
        if lw in _ABBREV_ALWAYS:
            return False
        if lw in _ABBREV_NUMBER:
            return not (nxt.isdigit() or nxt == "(")
        if lw == "al":  # et al. — a new sentence only if a capitalised word follows
            return nxt.isalpha() and nxt.isupper()
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            return False  # U.S, e.g written without the last dot, initials run "J.R"
        if re.fullmatch(r"[A-Z]", word):
            # an initial ("David A. Wetter") after a capitalised name, not "vitamin D."
            pm = re.search(r"(\S+)\s+[A-Z]$", before)
            if pm and (pm.group(1)[:1].isupper() or re.fullmatch(r"[A-Z]\.", pm.group(1))):
                if pm.group(1).lower().strip("(") not in _LETTER_NAMED:
                    return False
    if before.count("(") > before.count(")") and len(before) < 400:
        return False
    if before.count("[") > before.count("]"):
        return False
    return True


def split_sentences(p: str) -> list[tuple[int, int]]:
    """Sentence spans within a paragraph string; citation markers after a stop stay with it."""
    spans: list[tuple[int, int]] = []
    n = len(p)
    start = len(p) - len(p.lstrip())
    for m in _CAND.finditer(p):
        e = m.end()
        if m.start() < start:
            continue
        if e < n and not p[e].isspace():
            if not (p[e] == "[" and _CITE_AT.match(p, e)):
                continue
        end = e
        while True:
            cm = _CITE_AT.match(p, end)
            if not cm:
                break
            end = cm.end()
        k = end
        while k < n and p[k].isspace():
            k += 1
        if k < n and not _is_boundary(p, start, m, k):
            continue
        spans.append((start, end))
        start = k
    if start < n and p[start:].strip():
        spans.append((start, len(p.rstrip())))
    return spans


# --------------------------------------------------------------------------------------------
# Lines and blocks
# --------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    start: int
    end: int
    text: str  # raw text of the span
    kind: str  # "title" | "heading" | "para" | "list-item"
    style: tuple[object, ...] = ()
    md_level: int = 0


def _sent_final(s: str) -> str:
    t = _TRAILING_CITES.sub("", s).rstrip()
    return t[-1:] if t else ""


def _logical_lines(text: str, lo: int, hi: int, skip: tuple[int, int] | None) -> list[list[tuple[int, int]]]:
    """Blocks (separated by blank lines) of line spans, with wrapped lines joined."""
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    pos = lo
    while pos <= hi:
        nl = text.find("\n", pos, hi)
        e = hi if nl < 0 else nl
        inside = skip is not None and skip[0] <= pos < skip[1]
        if not text[pos:e].strip() or inside:
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append((pos, e))
        if nl < 0:
            break
        pos = nl + 1
    if cur:
        blocks.append(cur)
    joined: list[list[tuple[int, int]]] = []
    for b in blocks:
        out = [b[0]]
        widths = [e - s for s, e in b]
        widest = max(widths)
        # a hard-wrapped block: every line but the last reaches the wrap column
        hard = len(b) >= 2 and widest >= 50 and all(w >= 0.75 * widest for w in widths[:-1])
        for s, e in b[1:]:
            prev = text[out[-1][0] : out[-1][1]]
            line = text[s:e]
            # hard-wrapped text: the line before was cut at the wrap column, mid-sentence
            cut = hard and not _is_caps(line) and not _LABEL.match(line)
            wrap = (
                _sent_final(prev) not in ".!?:;"
                and (line[:1].islower() or line[:1] in "([,;" or cut)
                and not _BULLET.match(line)
                and not _NUMBERED.match(line)
                and not _MD_HEADING.match(prev)
                and not _is_caps(prev)
                and len(prev.split()) >= 2
            )
            if wrap:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        joined.append(out)
    return joined


def _classify(text: str, block: list[tuple[int, int]], i: int, next_block_first: str | None,
              prev_block_last: str | None = None) -> _Unit:
    s, e = block[i]
    line = text[s:e]
    t = _TRAILING_CITES.sub("", line).rstrip()
    words = len(t.split())
    final = t[-1:]
    alone = len(block) == 1
    md = _MD_HEADING.match(line)
    if md:
        return _Unit(s + md.end(), e, line[md.end() :], "heading", ("md", len(md.group(1))), len(md.group(1)))
    bm = _BULLET.match(line)
    if bm:
        return _Unit(s + bm.end(), e, line[bm.end() :], "list-item")
    nm = _NUMBERED.match(line)
    if nm:
        rest = t[nm.end() :]
        rw = len(rest.split())
        depth = 1 + (nm.group(2) or "").count(".")
        caps = _is_caps(rest)
        if caps and rw <= 15:
            return _Unit(s, e, line, "heading", ("num", depth, True))
        no_punct = rest[-1:] not in ".!?;,"
        if depth > 1 and rw <= 12 and no_punct:
            return _Unit(s, e, line, "heading", ("num", depth, False))
        nxt_numbered = any(x is not None and bool(_NUMBERED.match(x)) for x in (next_block_first, prev_block_last))
        if alone and rw <= 8 and rest[:1].isupper() and no_punct and rest[-1:] != ":" and not nxt_numbered:
            return _Unit(s, e, line, "heading", ("num", depth, False))
        return _Unit(s + nm.end(), e, line[nm.end() :], "list-item")
    if _is_caps(t) and words <= 15 and final not in ".;,":
        return _Unit(s, e, line, "heading", ("caps",))
    if final == "?" and words <= 15 and t[:1].isupper() and (alone or i + 1 < len(block)):
        return _Unit(s, e, line, "heading", ("question",))  # "What causes calcinosis cutis?" over its answer
    if alone:
        if (
            final not in ".!?:;,"
            and words <= 12
            and (t[:1].isupper() or t[:1].isdigit())
            and not _LABEL_VALUE.match(t)
        ):
            return _Unit(s, e, line, "heading", ("plain",))
        nxt_list = next_block_first is not None and bool(_BULLET.match(next_block_first) or _NUMBERED.match(next_block_first))
        if final == ":" and words <= 4 and t[:1].isupper() and not nxt_list:
            return _Unit(s, e, line, "heading", ("plain",))
    elif i + 1 < len(block) and (i == 0 or _sent_final(text[block[i - 1][0] : block[i - 1][1]]) in ".!?"):
        nxt = text[block[i + 1][0] : block[i + 1][1]]
        if (
            final not in ".!?:;,"
            and words <= 10
            and t[:1].isupper()
            and (_sent_final(nxt) in ".!?" or len(nxt.split()) >= 8)
            and not _BULLET.match(nxt)
        ):
            return _Unit(s, e, line, "heading", ("plain",))
    return _Unit(s, e, line, "para")


# --------------------------------------------------------------------------------------------
# The segmenter
# --------------------------------------------------------------------------------------------


class _State:
    def __init__(self) -> None:
        self.stack: list[tuple[int, tuple[object, ...], str, str | None]] = []  # level, style, name, topic
        self.out: list[Sentence] = []
        self.colon: str | None = None  # last sentence, when it ended in ':'
        self.bare_list: tuple[int, int] | None = None  # (block, line) of a colon line or of a bare list item
        self.colon_level = 0
        self.list_lead: str | None = None
        self.heading_lead: str | None = None
        self.lead_style: tuple[object, ...] | None = None
        self.lead_level = 0
        self.empty_heading = False  # the last unit was a heading with nothing under it yet

    @property
    def section(self) -> str:
        return self.stack[-1][2] if self.stack else ""

    @property
    def level(self) -> int:
        return self.stack[-1][0] if self.stack else 0

    def topic(self) -> str | None:
        return next((t for _, _, _, t in reversed(self.stack) if t), None)

    def emit(self, kind: str, start: int, end: int, raw: str, *, lead: str | None = None,
             text: str | None = None, level: int = 0, section: str | None = None,
             headings: tuple[str, ...] | None = None, topic: str | None = None) -> Sentence:
        s = Sentence(
            index=len(self.out),
            text=text if text is not None else strip_citations(raw),
            start=start,
            end=end,
            section=self.section if section is None else section,
            headings=tuple(h for _, _, h, _ in self.stack) if headings is None else headings,
            kind=kind,
            lead=lead,
            citations=_citations(raw),
            topic=self.topic() if topic is None and kind != "title" else topic,
            level=level,
        )
        self.out.append(s)
        return s

    def heading(self, u: _Unit, text: str) -> None:
        name = normalise_heading(u.text)
        topic = heading_topic(u.text)
        style = u.style
        lead = None
        if self.colon is not None:
            # "... classified into 4 major types:" then headings, one per type
            self.heading_lead, self.lead_style, self.lead_level = self.colon, style, self.colon_level
        elif self.heading_lead is not None and (style != self.lead_style or topic is not None):
            self.heading_lead = None
        if style and style[0] == "md":
            level = u.md_level
            if self.heading_lead is not None and level <= self.lead_level:
                self.heading_lead = None
        elif self.heading_lead is not None:
            level = self.lead_level + 1
        elif self.empty_heading and self.stack:
            level = self.level + 1
        elif topic is not None:
            level = 1
        else:
            same = [lv for lv, st, _, _ in self.stack if st == style]
            # a bold run-in head sits under the heading it follows ("## Treatment", "**Laser.**")
            level = min(same) if same else (self.level + 1 if style == ("bold",) else 1)
        if self.heading_lead is not None:
            lead = self.heading_lead
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, style, name, topic))
        self.emit("heading", u.start, u.end, u.text, lead=lead, level=level)
        self.colon = None
        self.list_lead = None
        self.empty_heading = True

    def paragraph(self, full: str, u: _Unit) -> None:
        # a pipe table's row is read whole, its cells in place, though they hold sentences
        row = is_pipe_row(u.text) and u.text.lstrip().startswith("|")
        for a, b in [(0, len(u.text.rstrip()))] if row else split_sentences(u.text):
            raw = u.text[a:b]
            s = self.emit("sentence", u.start + a, u.start + b, raw)
            self.colon = s.text if s.text.endswith(":") else None
            self.colon_level = self.level
            self.list_lead = None
            self.empty_heading = False

    def run_in(self, text: str, s: int, head_end: int, rest: int, e: int, style: str) -> None:
        """A run-in head (``text[s:head_end]``: "HISTORY:", "**Calciphylaxis.**") over the rest of
        its line (``text[rest:e]``)."""
        self.heading(_Unit(s, head_end, text[s:head_end], "heading", (style,)), text[s:head_end])
        self.paragraph(text, _Unit(rest, e, text[rest:e], "para"))

    def list_item(self, u: _Unit) -> None:
        if self.colon is not None:
            self.list_lead = self.colon
            self.colon = None
        # an item of several sentences ("Excision is curative. Offer it if …") is read as such
        for a, b in split_sentences(u.text):
            self.emit("list-item", u.start + a, u.start + b, u.text[a:b], lead=self.list_lead)
        self.empty_heading = False


_BOLD_OPEN = re.compile(r"(?:\*\*|__|<(?:b|strong|bold)(?:\s[^<>]*)?>)$", re.IGNORECASE)
_BOLD_CLOSE = re.compile(r"\*\*|__|</(?:b|strong|bold)\s*>", re.IGNORECASE)
# A transcript's turn, timed: "[02:20] NELL:" (an untimed "NELL:" is a capitals label anyway)
_TIMED_TURN = re.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s")


def _bold_lead(doc: Document, s: int, e: int) -> int | None:
    """Where a bold run-in head that opens line ``text[s:e]`` ends ("**Calciphylaxis.** Small …").

    The head must close with its own full stop, colon or question mark, be short, and leave text
    on the line.
    """
    o = doc.offsets[s]
    if not _BOLD_OPEN.search(doc.original, max(0, o - 40), o):
        return None
    close = _BOLD_CLOSE.search(doc.original, o, doc.offsets[e - 1] + 1)
    if close is None:
        return None
    k = next((i for i in range(s, e) if doc.offsets[i] >= close.start()), e)
    label = doc.text[s:k].rstrip()
    end = s + len(label)
    if not label.endswith((".", ":", "?")) and doc.text[k : k + 1] in (".", ":", "?"):
        end = k + 1
    head = doc.text[s:end]
    words = re.sub(r"^\d+[.)]\s+", "", head)  # "**2. Ruxolitinib for children.**"
    if not head.endswith((".", ":", "?")) or len(words.split()) > 8 or re.search(r"[.!?]\s", words):
        return None
    if _TIMED_TURN.match(head):
        return None  # a transcript's turn ("**[02:20] NELL:** And …?") belongs to the dialogue
    return end if doc.text[end:e].strip() else None


def segment(doc: Document) -> list[Sentence]:
    """Split a read document into title, headings, sentences, list items and cited titles."""
    text = doc.text
    st = _State()
    blocks = _logical_lines(text, 0, len(text), doc.reference_span)
    title_span = doc.title_span
    for bi, block in enumerate(blocks):
        nxt_first = text[blocks[bi + 1][0][0] : blocks[bi + 1][0][1]] if bi + 1 < len(blocks) else None
        for i in range(len(block)):
            s, e = block[i]
            if title_span and s < title_span[1] and e > title_span[0]:
                raw = text[s:e]
                st.emit("title", s, e, raw, section="", headings=(), topic=None)
                continue
            line = text[s:e]
            hk = _bold_lead(doc, s, e)
            if hk is not None:
                rest = len(text[hk:e]) - len(text[hk:e].lstrip())
                st.run_in(text, s, hk, hk + rest, e, "bold")
                continue
            lm = _LABEL.match(line)
            if lm and (lm.group("known") or len(lm.group("caps").split()) <= 5):
                label = lm.group("caps") or lm.group("known")
                st.run_in(text, s, s + len(label), s + lm.end(), e, "label")
                continue
            prev_last = text[blocks[bi - 1][-1][0] : blocks[bi - 1][-1][1]] if bi > 0 else None
            u = _classify(text, block, i, nxt_first, prev_last)
            if u.kind == "para" and st.bare_list == (bi, i - 1):
                # "Treatment includes:" followed by bare lines: a list without bullets
                if _sent_final(line) not in ".!?" or len(line.split()) <= 12:
                    u.kind = "list-item"
            # trim the unit to its visible text
            lead_ws = len(u.text) - len(u.text.lstrip())
            u.start += lead_ws
            u.text = u.text.strip()
            u.end = u.start + len(u.text)
            if not u.text:
                continue
            if u.kind == "heading":
                st.heading(u, u.text)
            elif u.kind == "list-item":
                st.list_item(u)
                st.bare_list = (bi, i) if st.bare_list == (bi, i - 1) and st.list_lead else None
            else:
                st.paragraph(text, u)
                st.bare_list = (bi, i) if st.colon is not None else None
    for ref in doc.references:
        if ref.title and ref.title_start is not None and ref.title_end is not None:
            st.out.append(
                Sentence(
                    index=len(st.out),
                    text=ref.title,
                    start=ref.title_start,
                    end=ref.title_end,
                    section="References",
                    headings=("References",),
                    kind="reference-title",
                    lead=None,
                    citations=(ref.number,),
                    topic="references",
                    level=0,
                )
            )
    return st.out
