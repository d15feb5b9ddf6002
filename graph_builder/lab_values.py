"""Recognise a blood value out of range, or in range, written as the value and its verdict.

Reports and notes seldom write "hyperphosphataemia": they write "phosphate was high", "calcium and
phosphorus were both raised". Which analyte names which condition comes from the ontology: a
two-word synonym "<direction> <analyte>" of a serum-excess class ("raised phosphate" of
hyperphosphatemia) files the analyte under it. The direction must follow the analyte through a
verb of being, so "a diet high in calcium" or "calcium fell from a high level" name nothing.
Values said to be normal ("Ca and phos WNL") name the ontology's "normal serum …" state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cckg.graph_builder.recognise import Lexicon, Mention, overlaps

from cckg import vocab

DIRECTIONS = ("high", "raised", "elevated", "increased")
# What a blood value may be called before its analyte ("serum calcium", "adjusted calcium").
BLOOD_QUALIFIER = r"(?:(?:serum|blood|plasma|total|ioni[sz]ed|adjusted|corrected)\s+)?"
_SERUM_EXCESS = vocab.term("SerumMineralExcess")
_ITEM_END = re.compile(r"\s*(?:[;,.)]|$)")
_PRODUCT_OF = re.compile(r"\bproduct\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Analytes:
    """Analyte word → the serum-excess class its raised value is, and the pattern that finds
    such values in a text."""

    states: dict[str, str]
    pattern: re.Pattern[str]


def analytes(lex: Lexicon, phrases: Iterable[tuple[str, str]]) -> Analytes | None:
    """The analytes filed by two-word synonyms "<direction> <analyte>" of serum-excess classes."""
    states: dict[str, str] = {}
    for iri, phrase in phrases:
        words = phrase.lower().split()
        if (
            len(words) == 2
            and words[0] in DIRECTIONS
            and words[1].isalpha()
            and lex.is_a(iri, _SERUM_EXCESS)
        ):
            states.setdefault(words[1], iri)
    return Analytes(states, _pattern(states)) if states else None


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    analyte = rf"{BLOOD_QUALIFIER}(?:{words})"
    return re.compile(
        rf"\b(?P<list>{analyte}(?:\s*(?:,|and|,\s*and)\s*{analyte})*)"
        r"(?:\s+(?:levels?|concentrations?|values?))?"
        # the verb may go unsaid in a note's shorthand: "Bloods: calcium and phosphate both raised"
        r"(?P<verb>\s+(?:was|were|is|are|remained|remains|stayed|stays|became|"
        # ("has stayed high for years", "had become raised")
        r"(?:has|have|had)\s+(?:been|become|stayed|remained)))?"
        r"(?:\s+(?:still|both|also|very|markedly|persistently|mildly|slightly|not))*"
        rf"\s+(?P<dir>{'|'.join(DIRECTIONS)})\b",
        re.IGNORECASE,
    )


# The analyte a "hyper…aemia" / "hypo…aemia" name is built on, and the words for its level in
# plain English ("low calcium", "a high potassium").
_STEM_ANALYTE = {
    "calc": "calcium",
    "phosphat": "phosphate",
    "kal": "potassium",
    "uric": "uric acid",
    "magnes": "magnesium",
    "natr": "sodium",
}
_LAY_DIRECTION = {"hyper": DIRECTIONS, "hypo": ("low",)}
# How a note writes the analyte ("low ionised Ca", "high phos"), as the note spells it.
ANALYTE_SHORT: dict[str, str] = {"Ca": "calcium", "phos": "phosphate", "PO4": "phosphate"}
_BLOOD_WORDS = ("", "blood ", "serum ", "ionised ", "corrected ", "adjusted ")
_BLOOD_VALUE_NAME = re.compile(rf"^(hyper|hypo)({'|'.join(_STEM_ANALYTE)})a?emia$")


def add_plain_names(lex: Lexicon) -> None:
    """File "low calcium", "high blood potassium" … under the lexicon's hypo-/hyper-…-aemia
    terms, where no term has that name yet (notes and leaflets seldom write "hypokalaemia")."""
    for iri, term in sorted(lex.terms.items()):
        m = _BLOOD_VALUE_NAME.match(term.label.lower())
        if not m:
            continue
        analyte = _STEM_ANALYTE[m.group(2)]
        for direction in _LAY_DIRECTION[m.group(1)]:
            shorts = [short for short, full in ANALYTE_SHORT.items() if full == analyte]
            for name in (analyte, *shorts):
                for blood in _BLOOD_WORDS:
                    phrase = f"{direction} {blood}{name}"
                    if not lex.lookup(phrase):
                        lex.add(iri, phrase, "synonym")


# Other values a results line lists beside calcium and phosphate ("calcium, phosphate, ALP and eGFR
# all within the normal range"); they carry no state of ours.
_OTHER_ANALYTE = (
    r"(?:urea|creatinine|(?:25-?(?:OH|hydroxy)\s*)?vitamin\s+D|PTH|parathyroid\s+hormone|ALP|"
    r"alkaline\s+phosphatase|magnesium|albumin|sodium|potassium|bicarbonate|U\s*&\s*Es?|eGFR|"
    r"renal\s+function|kidney\s+function|CK|creatine\s+kinase)"
)
# Calcium and phosphate by every name a note gives them, and the one each name stands for.
_MINERAL_WORD = {"calcium": "calcium", "phosphate": "phosphate", "phosphorus": "phosphate"} | {
    short.lower(): full for short, full in ANALYTE_SHORT.items()
}
_MINERAL = rf"(?:{'|'.join(_MINERAL_WORD)})\b"
_NORMAL_ANALYTE = rf"(?:{BLOOD_QUALIFIER}{_MINERAL}|{_OTHER_ANALYTE})"
# "calcium and phosphate normal", "Ca and phos WNL", "serum Ca/PO4 nl", "calcium, phosphate and
# PTH were within the reference range", "… are unremarkable": a value said to be normal, by name
# and verdict
_NORMAL_VALUES = re.compile(
    rf"(?<![\w-])(?P<list>{_NORMAL_ANALYTE}(?:\s*(?:,|/|&|and|,\s*and)\s*{_NORMAL_ANALYTE})*)"
    r"(?:\s+(?:levels?|concentrations?|values?|results?))?"
    # ("have always been normal", "has consistently been normal")
    r"(?:\s+(?:was|were|is|are|remained|remains|stayed|stays|came\s+back|"
    r"(?:have|has|had)\s+(?:always\s+|\w+ly\s+)?been))?"
    r"(?:\s+(?:both|all|also|entirely|completely|always|consistently))?"
    r"\s+(?:normal|unremarkable|WNL|nl|"
    r"within\s+(?:the\s+)?(?:normal|reference)\s+(?:limits|ranges?|intervals?)|"
    r"within\s+normal\s+limits|in\s+range)\b",
    re.IGNORECASE,
)
# A value that came back to normal under treatment is a result, not how the disease arose: "the
# phosphate was normal again within a fortnight", "calcium normal by the third day", "normal
# after the operation" (but "normal in 9/9" is still normal).
NORMAL_BY = re.compile(
    r"\s*(?:(?:again|after)\b|(?:within|by|over)\s+(?:day\b|week|month|\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\b|"
    r"the\s+(?:end|next|following|first|second|third)))",
    re.IGNORECASE,
)
# A value normal once something was done is an outcome, not how the disease arose: "expect
# regression once Ca/phos normal", "with calcium normal the papules flattened", "by week four her
# calcium was normal"
_OUTCOME_BEFORE = re.compile(
    r"(?:\b(?:once|now|when|until|with|if|after|since)\s+(?:(?:the|his|her|their|its)\s+)?"
    r"|\bby\s+(?:discharge|day|week|month|then|(?:which|that|the)\s+time|\d)[^.;:]*)$",
    re.IGNORECASE,
)


def normal_as_result(text: str, start: int, end: int) -> bool:
    """The normal value said at ``text[start:end]`` came back once something was done ("normal
    again within a week", "once Ca and phos were normal"): a result, not a state of the disease."""
    return bool(
        NORMAL_BY.match(text, end) or _OUTCOME_BEFORE.search(text, max(0, start - 60), start)
    )


def _normal_values(text: str, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the ontology's normal-value state for each analyte list said to be normal:
    "normal serum calcium and phosphate" for both, "normal serum calcium" for one."""
    added: list[Mention] = []
    for m in _NORMAL_VALUES.finditer(text):
        named = {
            _MINERAL_WORD[w.lower()] for w in re.findall(rf"\b{_MINERAL}", m["list"], re.IGNORECASE)
        }
        if not named or normal_as_result(text, m.start(), m.end()):
            continue
        # calcium before phosphate, as the ontology names the pair
        if terms := lex.lookup("normal serum " + " and ".join(sorted(named))):
            said = Mention(terms[0], m.start(), m.end(), m.group(), "lab-value")
            if not any(overlaps(x, said) for x in mentions):
                added.append(said)
    return [*mentions, *added]


# What a binder or diet is for, by the analyte alone: "sevelamer started for phos", "tried for her
# phosphorus". Phosphate only: "calcitriol for her calcium" may as well be for a low one.
_FOR_PHOSPHATE = re.compile(
    r"\bfor\s+(?:(?:the|her|his|their|its|a)\s+)?(?:(?:high|raised|elevated)\s+)?"
    rf"{BLOOD_QUALIFIER}(?P<a>{'|'.join(w for w, v in _MINERAL_WORD.items() if v == 'phosphate')})"
    r"\b"
    r"(?!\s*(?:binders?|binding|intake|diets?|content|additives?|restriction|clearance|"
    r"excretion|absorption|loss|supplements?|replacement|enemas?)\b)",
    re.IGNORECASE,
)


def _for_phosphate(text: str, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """The raised-phosphate state where a therapy is said to be for the phosphate."""
    iri = lex.lab_analytes.states.get("phosphate") if lex.lab_analytes else None
    if iri is None:
        return mentions
    said = [
        Mention(lex.terms[iri], m.start("a"), m.end("a"), m["a"], "lab-value")
        for m in _FOR_PHOSPHATE.finditer(text)
    ]
    return [*mentions, *(a for a in said if not any(overlaps(x, a) for x in mentions))]


# A value given as a number: "serum calcium was 3.4 mmol/L", "Ca 13.4 mg/dL", "phosphorus of 9.8".
# Above the upper limits below it is a raised value. The limits sit at or above the top of adult
# human reference intervals (total calcium 2.2-2.6 mmol/L, 8.5-10.5 mg/dL; phosphate 0.8-1.5
# mmol/L, 2.5-4.5 mg/dL) with room for children's and dogs' and cats' higher intervals, so a
# mildly raised value may go unread but a normal one is never read as raised.
_UPPER = {
    ("calcium", "mmol/l"): 2.75,
    ("calcium", "mg/dl"): 11.0,
    ("phosphate", "mmol/l"): 1.8,
    ("phosphate", "mg/dl"): 6.0,
}
_VALUE = re.compile(
    rf"(?<![\w/-]){BLOOD_QUALIFIER}(?P<a>calcium|phosphate|phosphorus|(?-i:Ca|PO4|phos|Phos))"
    r"(?:\s+(?:levels?|concentrations?))?"
    r"(?:\s+(?:was|were|is|of|at|measured|peaked\s+at|rose\s+to|reached))?\s*[:=]?\s*"
    r"(?P<v>\d{1,2}(?:\.\d{1,2})?)(?![\d/])\s*(?P<u>mmol/l|mg/dl)?",
    re.IGNORECASE,
)
# What makes a number no finding: a target or a bound ("keep calcium below 2.6"), or where a
# value came down to ("fell to 3.0").
_NOT_FOUND = re.compile(
    r"(?:\bto|below|under|<|≤|target|goal|aim(?:ing)?\s+for|keep|kept|threshold|cut-?off)\s*"
    r"(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)


def _unit_of(analyte: str, value: float, unit: str | None) -> str | None:
    """The unit a value is in: as written, or for calcium by its size (2.9 is mmol/L, 12.1 mg/dL);
    a phosphate without its unit is left unread, since 2.1 may be either."""
    if unit:
        return unit.lower()
    if analyte == "calcium":
        return "mmol/l" if 2.0 <= value <= 5.0 else "mg/dl" if 7.0 <= value <= 20.0 else None
    return "mg/dl" if value >= 6.0 else None


def _raised_numbers(text: str, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """The raised-value state of each calcium or phosphate given as a number above its limit."""
    states = lex.lab_analytes.states if lex.lab_analytes else {}
    added: list[Mention] = []
    for m in _VALUE.finditer(text):
        analyte = _MINERAL_WORD.get(m["a"].lower())
        iri = states.get(analyte or "")
        if analyte is None or iri is None or _NOT_FOUND.search(text, 0, m.start()):
            continue
        value = float(m["v"])
        unit = _unit_of(analyte, value, m["u"])
        if unit is None or value <= _UPPER[(analyte, unit)]:
            continue
        said = Mention(lex.terms[iri], m.start(), m.end(), m.group(), "lab-value")
        if not any(overlaps(x, said) or x.term.iri == iri for x in mentions):
            added.append(said)
    return [*mentions, *added]


def find(text: str, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the out-of-range and normal values of ``text`` added, one per analyte
    named."""
    if lex.lab_analytes is None:
        return mentions
    mentions = _for_phosphate(text, lex, _normal_values(text, lex, mentions))
    mentions = _raised_numbers(text, lex, mentions)
    states = lex.lab_analytes.states
    added: list[Mention] = []
    for m in lex.lab_analytes.pattern.finditer(text):
        end = m.end("dir")
        if not m.group("verb") and not _ITEM_END.match(text, end):
            continue  # shorthand ends its item: "calcium raised;", not "calcium raised the risk"
        if _PRODUCT_OF.search(text, 0, m.start()):
            continue  # "the product of calcium and phosphate is high": neither value need be
        for a in re.finditer(r"\w+", m.group("list")):
            iri = states.get(a.group().lower())
            if iri is None:
                continue
            start = m.start("list") + a.start()
            if any(x.start < end and start < x.end and x.term.iri == iri for x in mentions):
                continue
            if any(x.start <= start < x.end and x.term.kind == "treatment" for x in mentions):
                continue  # "calcium carbonate was increased" is a dose
            added.append(Mention(lex.terms[iri], start, end, text[start:end], "lab-value"))
    return [*mentions, *added]
