"""The cells of a table row, and what their column says they hold.

A JATS table's body row reaches the builder as "Treatment: excision; Patients: 7; Adverse effects:
wound infection in 1." (the reader puts each cell after its column's header); a Markdown or
plain-text pipe table keeps its rows as "| excision | 7 | wound infection |" under a header row.
Either way a row is a list of cells, each with its column's header and its span in the row's text,
so that relate can read an "Adverse effects" cell as the harms of the row's therapy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    header: str
    start: int
    end: int


# "Treatment: …; Response of calcinosis: …": a header is a short phrase before ": " that opens the
# row or follows "; ".
_LABEL = re.compile(r"(?:^|;\s)([A-Z][^:;|.]{0,40}?):\s")
_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")

# What a column holds, by its header. The therapy's column names the row; the others say what
# the row's therapy does or when it is given.
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("therapy", re.compile(
        r"^(?:treatments?|therap(?:y|ies)|drugs?|agents?|options?|interventions?|procedures?|"
        r"medications?|medicines?|management|change made|what)$", re.IGNORECASE)),
    ("adverse effects", re.compile(
        r"adverse|side[- ]effects?|complications?|problems?|toxicit|harms?|safety|undesirable|"
        r"unwanted|reactions?$|^(?:main |possible )?risks?$", re.IGNORECASE)),
    # before "indications", whose word it contains
    ("contraindications", re.compile(
        r"contra-?indicat|\bavoid|when not to|not (?:to be )?used", re.IGNORECASE)),
    ("indications", re.compile(
        r"when (?:to use|used|given)|indications?|used (?:when|for|in)|^uses?$|^role$|^selection",
        re.IGNORECASE)),
    # a medicines chart's "What it is for": what the patient takes the drug for
    ("given for", re.compile(
        r"^(?:what )?(?:it|they)(?:'s|\s+is|\s+are)\s+(?:used\s+|taken\s+)?for$|^purpose$|"
        # (a carer's chart: "What | Dose | When | Why")
        r"^reason for (?:use|taking)|^(?:why|what for|reason)$", re.IGNORECASE)),
    ("response", re.compile(
        r"^(?:response|result|outcome|effect|change in|course|efficacy)", re.IGNORECASE)),
    ("mechanism", re.compile(r"mechanism|(?:mode of |how it )?action|how (?:it|they) works?",
                             re.IGNORECASE)),
]


# Columns of a results table that count: who was treated ("Patients", "Children", "n"), how many
# had a result ("Any improvement", "Complete resolution", "Healed"), and when ("Median time to
# response", "Follow-up").
_COUNTED = re.compile(
    r"^(?:no\.?\s+(?:of\s+)?)?(?:n|patients?|children|cases|participants|subjects|people|adults|"
    r"animals|dogs|cats|horses|treated)\b",
    re.IGNORECASE,
)
_TIMED = re.compile(r"\btime\b|\bduration\b|follow[- ]?up|\bweeks?\b|\bmonths?\b", re.IGNORECASE)
_RESULT = re.compile(
    r"improv|resol|respon|remission|heal|clear|regress|success|benefit|shrink|softer|reduc",
    re.IGNORECASE,
)
# A cell that only counts: "11 (61%)", "0", "4".
_COUNT_CELL = re.compile(r"^\s*(\d+)\s*(?:\(\s*(\d+(?:\.\d+)?)\s*%\s*\))?\s*$")


def counted_result(header: str, cell: str, total: str, time: str | None) -> str | None:
    """A results table's count cell said as a sentence for the quantifier: under "Any
    improvement", "11 (61%)" in a row of 18 children is "Any improvement in 11 of 18 (61%)", with
    the row's time to response after it. None for a cell or column of another kind."""
    count = _COUNT_CELL.match(cell)
    if not count or not _RESULT.search(header) or _TIMED.search(header) or not total.isdigit():
        return None
    phrase = f"{header} in {count.group(1)} of {total}"
    if count.group(2):
        phrase += f" ({count.group(2)}%)"
    return phrase + (f" at {time}" if time else "")


def counted_columns(cells: list[Cell], text: str) -> tuple[str, str | None]:
    """The row's number treated and its time to result ("" and None where it gives none)."""
    total = next((text[c.start : c.end] for c in cells if _COUNTED.match(c.header.strip())), "")
    time = next(
        (
            f"a median of {text[c.start : c.end]}"
            if "median" in c.header.lower()
            else text[c.start : c.end]
            for c in cells
            if _TIMED.search(c.header) and re.search(r"\d", text[c.start : c.end])
        ),
        None,
    )
    return total.strip(), time


# A column of how much of a drug is given and how: a medicines chart or a patient's drug list,
# whose "Indication" is what each drug is given for.
_DOSE_HEADER = re.compile(r"\b(?:dos(?:e|es|age|ing)|route|frequency|regimen)\b", re.IGNORECASE)


def is_dose_header(header: str) -> bool:
    """Whether a column gives a drug's dose, route or frequency."""
    return bool(_DOSE_HEADER.search(header))


def column_role(header: str) -> str | None:
    """What a column holds: "therapy", "adverse effects", "contraindications", "indications",
    "given for", "response", "mechanism" or None."""
    h = header.strip()
    return next((role for role, pat in _ROLES if pat.search(h)), None)


def is_pipe_row(text: str) -> bool:
    """A row of a pipe table: cells parted by at least two bars ("a | b | c")."""
    return text.count("|") >= 2 and not text.lstrip().startswith("||")


def is_rule_row(text: str) -> bool:
    """The line of dashes under a pipe table's header ("|---|---|")."""
    return bool(_RULE.match(text))


def pipe_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a pipe row's cells, blanks trimmed; the empty edges of "| a | b |" dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for k in [*(m.start() for m in re.finditer(r"\|", text)), len(text)]:
        a, b = start, k
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        spans.append((a, b))
        start = k + 1
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


def pipe_headers(text: str) -> list[str]:
    """The column headers a pipe table's header row gives."""
    return [text[a:b] for a, b in pipe_spans(text)]


def pipe_cells(text: str, headers: list[str]) -> list[Cell]:
    """A pipe table's body row as cells under ``headers`` (a row with more cells than headers
    keeps the extra ones headerless)."""
    return [
        Cell(headers[k] if k < len(headers) else "", a, b)
        for k, (a, b) in enumerate(pipe_spans(text))
    ]


def labelled_cells(text: str) -> list[Cell]:
    """A row the reader gave as "Header: cell; Header: cell." as cells; [] for other text. Needs
    two headed cells, the first at the row's start."""
    found = list(_LABEL.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return []
    cells = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text.rstrip(". "))
        cells.append(Cell(m.group(1), m.end(), end))
    return cells
