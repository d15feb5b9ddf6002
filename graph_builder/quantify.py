"""Quantify: the numbers clinical sentences give for outcomes, adverse events and durations.

Two entry points, both pure functions of one sentence:

- :func:`find_quantities` returns :class:`Quantity` objects — a *measure* (the noun phrase naming
  what was measured, e.g. "complete remission of microcalcifications") with its numbers
  (percentages, n/N, medians, means, ranges, durations) and a readable :meth:`Quantity.label`.
- :func:`find_counts` returns study-level counts ("A total of 40 studies including 136 patients").

How it works, in four passes over one sentence:

1. **Lex** numeric *atoms* with compiled regexes, in priority order, never overlapping:
   confidence intervals, p-values and effect sizes first (so "95% CI" is never a percentage),
   then medians/means (which may embed their measure: "median reduction in VAS score, 3"),
   ranges and IQRs, n/N in its spellings, percentages, "n = 21", before→after changes,
   values with units (durations, sizes, sessions, points) and time points ("at 12 months").
2. **Cluster** atoms that only punctuation separates: "(57%; 12/21)", "12/21 (57%)",
   "3; range 0-9".
3. **Name the measure** of each cluster: embedded in the statistic, else the noun phrase to the
   left (the object of "enabled", the subject of "was observed in" / "were rare"), else to the
   right ("12 of 21 patients achieved complete remission"). Circumstance phrases ("after a single
   procedure", ", observed after CO2 laser") and determiners are stripped, the head is made
   singular, and change verbs are nominalised ("pain improved in 7 of 10" → "improvement of pain").
4. **Lists**: clusters separated only by "and"/","/"vs" share the first one's measure; followed by
   "respectively" they get ``group`` 0, 1, … (or, when the measure itself is a coordination with
   as many members as numbers, one member each).

Decisions (documented in the tests too):

- A percentage followed directly by a non-outcome noun is a concentration ("25% sodium
  thiosulfate") and skipped; one followed by an outcome noun names it ("a 50% reduction in size").
- "(n = k)" after an outcome ("nausea (n = 4)") or a percentage ("45% (n = 9)") counts those with
  the outcome, so it is the numerator — the usual convention in results — unless the percentage
  makes that arithmetically impossible (then it is the denominator). After a subject that its verb
  follows ("Laser therapy (n = 21) achieved …") it is a group size: the denominator of the counts
  that follow in the sentence, not a quantity of its own. A population named earlier in the
  sentence ("In one series (n = 40), …", "in a cohort of 36 adults", "Forty patients were
  treated, and …") is the denominator of a later "k patients (p%)" when the arithmetic fits.
- "16 (64%) had limited SSc" describes a population, not an outcome: after "had" the object must
  name an outcome (remission, response, recurrence, complication …). Anatomical distributions
  ("fingertips (100%)") and group associations ("more prevalent in the calcinosis group (90% vs
  47%)") are skipped too; comparisons of outcomes ("response rate higher with X (75% vs 45%)") stay.
- A therapy judged by an adjective gives the adjective's noun: "curative in 90%" → "cure".
- Zero outcomes ("no recurrence was observed at 12 months", "none of the 8 patients relapsed")
  give ``numerator=0`` — but only when a number anchors them (a denominator or a time point);
  a bare "no recurrence was seen" is a negated fact for the relation stage, not a quantity.
- A before→after change keeps the dispersion of each end ("from a median of 5 (IQR 4-7) to 2
  (IQR 1-3) per month", "from 7.2 ± 1.1 to 3.0 ± 2.0"). Its measure is the score that changed
  ("VAS score mean from 7.2 to 2.1"); anything else that changed is named with its change
  ("reduction in flares median from 4 (IQR 3-6) to 1 (IQR 0-2) per year").
- A state reached at a time point, as case reports give results ("the ulcer had healed after 6
  weeks", "serum phosphate was normal within 10 days", "she remained free of pain and ulcers at
  18 months", "Six months later she walks without pain"), is a quantity whose numbers are the
  time point's (``state``). Durations ("for 10 months", "over 2 years"), ages, the natural
  course ("spontaneously") and negated states are not.
- Nothing is computed: a percent is never derived from n/N or the reverse.
- Demographic measures (age, sex), doses, years, page/volume numbers, citation markers and
  lesion-size descriptions without a change are not outcomes and are skipped.

>>> [q.label() for q in find_quantities("Recurrences within the follow-up were rare (2%; 3/136).")]
['recurrence 2% (3/136)']
>>> find_counts("A total of 40 studies including 136 patients were analysed.")
{'studies': 40, 'patients': 136}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["Quantity", "find_counts", "find_quantities", "over_total"]


def _words(text: str) -> frozenset[str]:
    """A word list written as text: a few words per source line, easy to read and extend."""
    return frozenset(text.split())


def _table(text: str) -> dict[str, str]:
    """Lines "key key … -> value" as a mapping; "_" in a key stands for a space ("case_series")."""
    out: dict[str, str] = {}
    for line in text.strip().splitlines():
        keys, value = line.rsplit("->", 1)
        for key in keys.split():
            out[key.replace("_", " ")] = value.strip()
    return out


def _change_table(text: str) -> dict[str, tuple[str, str]]:
    """Lines "verb verb … -> noun preposition" for the change verbs that are nominalised."""
    return {
        verb: (noun_prep.split()[0], noun_prep.split()[1])
        for verb, noun_prep in _table(text).items()
    }


# ---------------------------------------------------------------------------------------------
# The public result


@dataclass(frozen=True)
class Quantity:
    """One measured outcome with its numbers, as stated in one sentence.

    ``start``/``end`` index the sentence passed in (code points) and cover the measure phrase and
    the numbers. ``group`` is the position in a "…, respectively" list, for pairing with the i-th
    therapy. ``count_of`` names what n/N or "x% of …" count ("patients", "cases", "lesions").
    ``unit`` is what a value is in ("months", "sessions", "points"), or for a bare count what it
    counts ("patients"). The fields after ``count_of`` are extras the RDF contract does not carry
    yet; :meth:`label` shows them.
    """

    measure: str
    start: int
    end: int
    percent: float | None = None
    percent_high: float | None = None
    numerator: int | None = None
    denominator: int | None = None
    median: float | None = None
    mean: float | None = None
    range_low: float | None = None
    range_high: float | None = None
    unit: str | None = None
    comparator: str | None = None
    group: int | None = None
    count_of: str | None = None
    # Optional extras (not in the RDF contract yet; the label carries them).
    value: float | None = None  # a plain value: "follow-up of 12 months", "after 3 sessions"
    baseline: float | None = None  # "decreased from 8 to 2": baseline 8, value 2
    statistic: str | None = None  # "mean"/"median" when it qualifies baseline→value
    sd: float | None = None  # "4.9 ± 1.2"
    range_kind: str | None = None  # "range" or "IQR"
    timepoint: str | None = None  # "at 12 months", "after 3 sessions"
    p_value: str | None = None  # "<0.001", "=0.03" — recorded, never an outcome
    ci_level: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    versus: float | None = None  # "62% vs 21%", "mean 2.8 vs 1.1 points": the other arm's value
    # The dispersion of a change's first end, "from 5 (IQR 4-7) to 2 (IQR 1-3)", "from 7.2 ± 1.1
    # to 3.0 ± 2.0"; the second end's is ``sd`` and ``range_low``/``range_high``.
    baseline_sd: float | None = None
    baseline_range_low: float | None = None
    baseline_range_high: float | None = None
    # A state reached at a time point, "the ulcer had healed after 6 weeks": ``value``/``unit``
    # (or the range) are the time point's, and the label says it once ("healing of ulcer after
    # 6 weeks").
    state: bool = False
    out_of: float | None = None  # "median 9/10": the maximum of the score the value is out of

    def label(self) -> str:
        """A readable phrase carrying the numbers, e.g. "recurrence 2% (3/136)"."""
        parts: list[str] = []
        comp = f"{self.comparator} " if self.comparator else ""
        if self.state and self.timepoint:
            return f"{self.measure} {self.timepoint}"
        if self.numerator == 0 and self.denominator is None and self.percent is None:
            head = f"no {self.measure}"
            return f"{head} {self.timepoint}" if self.timepoint else head
        frac = None
        if self.numerator is not None and self.denominator is not None:
            frac = f"{self.numerator}/{self.denominator}"
        elif self.numerator is not None:
            frac = f"n={self.numerator}"
        elif self.denominator is not None:
            frac = f"N={self.denominator}"  # the size of the group, not a count with the outcome
        # A unit the measure already says is not repeated: "VAS score median 3", not "… 3 points";
        # a count's unit is its population, said as "in 4 patients".
        unit = self.unit or ""
        if unit and (
            unit in self.measure.split()
            or (unit == "points" and _SCORE_RE.search(self.measure))
            or (unit == self.count_of and self.denominator is None and self.percent is None)
        ):
            unit = ""
        if self.percent is not None:
            pct = _fmt(self.percent)
            if self.percent_high is not None:
                pct += f"-{_fmt(self.percent_high)}"
            pct += "%"
            if self.versus is not None and all(
                getattr(self, k) is None for k in ("median", "mean", "value")
            ):
                pct += f" vs {_fmt(self.versus)}%"
            parts.append(f"{comp}{pct}")
            comp = ""
            if frac:
                parts.append(f"({frac})")
        elif frac:
            if self.numerator is not None and self.denominator is None and self.count_of:
                who = (
                    self.count_of[:-1]
                    if self.numerator == 1 and self.count_of.endswith("s")
                    else self.count_of
                )
                parts.append(f"in {comp}{self.numerator} {who}")
            else:
                parts.append(f"{comp}{frac}")
            comp = ""
        for stat in ("median", "mean"):
            v = getattr(self, stat)
            if v is not None:
                sd = f" ± {_fmt(self.sd)}" if (self.sd is not None and stat == "mean") else ""
                vs = f" vs {_fmt(self.versus)}" if self.versus is not None else ""
                of = f"/{_fmt(self.out_of)}" if self.out_of is not None else ""
                parts.append(f"{stat} {comp}{_fmt(v)}{of}{sd}{vs}{_unit(v, unit)}")
                comp = ""
        range_done = False
        if self.baseline is not None and self.value is not None:
            stat = f"{self.statistic} " if self.statistic else ""
            kind = self.range_kind or "range"
            # a score's maximum goes with both ends ("from 7/10 to 3/10"), unless a median took it
            scale = self.out_of is not None and self.median is None and self.mean is None
            of = f"/{_fmt(self.out_of)}" if scale else ""
            first = _fmt(self.baseline) + of
            if self.baseline_sd is not None:
                first += f" ± {_fmt(self.baseline_sd)}"
            second = _fmt(self.value) + of
            if self.sd is not None:
                second += f" ± {_fmt(self.sd)}"
            if self.baseline_range_low is not None and self.baseline_range_high is not None:
                # each end with its own dispersion: "from 5 (IQR 4-7) to 2 (IQR 1-3)"
                low, high = _fmt(self.baseline_range_low), _fmt(self.baseline_range_high)
                first += f" ({kind} {low}-{high})"
                if self.range_low is not None and self.range_high is not None:
                    second += f" ({kind} {_fmt(self.range_low)}-{_fmt(self.range_high)})"
                    range_done = True
            parts.append(f"{stat}from {first} to {second}{_unit(self.value, unit)}")
        elif self.value is not None:
            sd = f" ± {_fmt(self.sd)}" if (self.sd is not None and self.mean is None) else ""
            parts.append(f"{comp}{_fmt(self.value)}{sd}{_unit(self.value, unit)}")
            comp = ""
        if self.range_low is not None and self.range_high is not None and not range_done:
            kind = self.range_kind or "range"
            span = f"{_fmt(self.range_low)}-{_fmt(self.range_high)}"
            central = any(v is not None for v in (self.median, self.mean, self.value, self.percent))
            if central:
                parts.append(f"({kind} {span})")
            else:
                parts.append(f"{kind} {comp}{span}{_unit(self.range_high, unit)}")
        if self.ci_low is not None and self.ci_high is not None:
            level = f"{_fmt(self.ci_level)}% " if self.ci_level is not None else ""
            pct = "%" if self.percent is not None else ""
            parts.append(f"({level}CI {_fmt(self.ci_low)}-{_fmt(self.ci_high)}{pct})")
        if self.timepoint:
            parts.append(self.timepoint)
        return " ".join([self.measure, *parts])


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x))


def _unit(v: float | None, unit: str) -> str:
    if not unit:
        return ""
    if unit == "%":
        return "%"
    if v is not None and float(v) == 1.0 and unit.endswith("s") and unit not in ("mm", "cm"):
        return f" {unit[:-1]}"
    return f" {unit}"


# ---------------------------------------------------------------------------------------------
# Vocabulary (lower-case word lists; compiled into regexes once, below)

_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
}
_TENS_WORDS = {
    w: 10 * n
    for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
}

# Populations that n/N and "% of …" count; value is the canonical ``count_of``.
_POPULATION = _table("""
    patient patients subject subjects participant participants individual individuals -> patients
    person persons people child children adult adults woman women man men -> patients
    case cases -> cases
    lesion lesions nodule nodules deposit deposits plaque plaques lump lumps mass masses -> lesions
    ulcer ulcers wound wounds -> ulcers
    site sites -> sites
    finger fingers -> fingers
    digit digits toe toes -> digits
    study studies article articles -> studies
    trial trials -> trials
    report reports -> reports
    procedure procedures operation operations -> procedures
    session sessions -> sessions
    eye eyes -> eyes
    limb limbs -> limbs
    hand hands -> hands
    dog dogs cat cats horse horses animal animals -> animals
""")

_TIME_UNITS = _table("""
    year years yr yrs -> years
    month months mo mos -> months
    week weeks wk wks -> weeks
    day days -> days
    hour hours hr hrs h -> hours
    minute minutes min mins -> minutes
""")
_OTHER_UNITS = _table("""
    mm -> mm
    cm -> cm
    session sessions -> sessions
    treatment treatments -> treatments
    procedure procedures -> procedures
    injection injections -> injections
    course courses -> courses
    cycle cycles -> cycles
    application applications -> applications
    infusion infusions -> infusions
    point points -> points
""")
# Units a named statistic may carry but a bare value may not (doses, lab values).
_DOSE_UNITS = tuple(
    ["mg/kg/day", "mg/kg/d", "mg/kg", "mg/day", "mg/d", "mg/dl", "mg/dL", "mmol/l", "mmol/L", "µmol/l", "µmol/L", "μmol/L", "umol/L", "g/day", "g/d", "mg", "µg", "μg", "mcg", "ml", "mL", "g", "IU", "U/L", "pg/mL", "ng/mL", "%"]
)
_DOSE_HEADS = _words("""
    dose doses dosage dosages concentration volume amount
""")

_UNIT_WORDS = sorted(set(_TIME_UNITS) | set(_OTHER_UNITS), key=len, reverse=True)

_DEMOGRAPHIC_HEADS = _words("""
    age ages sex gender female females male males woman women man men girl girls boy boys bmi
    weight height ethnicity race year years month months week weeks day days
""")

_DETERMINERS = _words("""
    a an the this these those that its their his her our such some any each both all every
    overall also only further additional statistically significant significantly approximately
    about nearly almost around roughly reported observed total mostly mainly mean median average
""")
_AUX = _words("""
    is are was were be been being has have had did does do not remained remain remains became
    become becomes seemed seems could would may might can will should also still then only
    subsequently eventually finally later
""")
# Verbs (and predicate adjectives) whose SUBJECT is the outcome: "X was observed in 12%".
_OBSERVE = _words("""
    observed seen noted reported achieved obtained found documented recorded described detected
    demonstrated attained reached evident present rare common uncommon frequent infrequent
    noticed identified confirmed registered shown successful experienced apparent visible
    possible higher lower similar comparable effective safe tolerated occurred occurs occur
    developed develops develop appeared appears arose persisted persists happened emerged ensued
    achievable accomplished realized realised elicited induced caused produced associated
    complicated sustained maintained preserved affects affected affect involves involved
    complicates
""")
# Verbs whose OBJECT is the outcome: "Laser therapy enabled complete remission … (57%)".
_CAUSE = _words("""
    enabled enables enable caused causes cause induced induces produced produces yielded yields
    gave gives provided provides achieved achieves resulted results led leads brought brings
    allowed allows showed shows show demonstrated demonstrates offered offers obtained obtains
    elicited elicits reached reaches attained attains permitted permits promoted promotes
    triggered triggers provoked provokes accomplished generated generates afforded affords
    ensured ensures experienced developed suffered reported required requires had exhibited
    displayed presented complained underwent
""")
# Verbs after a count whose object is the outcome: "12 of 21 patients achieved complete remission".
_RIGHT_VERBS = _words("""
    developed experienced achieved suffered showed reported required attained obtained reached
    exhibited displayed demonstrated complained needed underwent sustained develop experience
    achieve show report require need suffer attain obtain reach exhibit display
""")
# Change verbs are nominalised: (noun, preposition before what changed).
_CHANGE = _change_table("""
    improved improves -> improvement of
    helped helps -> benefit from
    decreased decreases decreasing -> decrease in
    reduced reduces lowered diminished fell fallen dropped declined -> reduction in
    falling dropping declining -> reduction in
    increased increases -> increase in
    rose -> rise in
    resolved resolves -> resolution of
    regressed regresses -> regression of
    healed heals -> healing of
    cleared -> clearance of
    disappeared -> disappearance of
    shrank shrunk shrink shrinks -> shrinkage of
    softened soften softens -> softening of
    recurred recur -> recurrence of
    relapsed -> relapse of
    responded respond -> response of
    stabilized -> stabilization of
    stabilised -> stabilisation of
    normalized -> normalization of
    normalised -> normalisation of
    worsened -> worsening of
    progressed -> progression of
    remitted -> remission of
    eased eases -> easing of
    relieved -> relief of
    re-epithelialised reepithelialised epithelialised -> re-epithelialisation of
    re-epithelialized reepithelialized epithelialized -> re-epithelialization of
    flattened -> flattening of
    faded -> fading of
    dissolved -> dissolution of
    vanished -> disappearance of
    gone -> disappearance of
""")
# Past forms of the change verbs of lesions and symptoms, for states and bare counts: "had healed", "resolved", "shrank". Verbs
# of amount alone ("reduced", "increased", "fell") say as much of a dose as of a result.
_STATE_VERBS = sorted(
    (
        v
        for v in _CHANGE
        if (v.endswith("ed") or v in ("shrank", "shrunk"))
        and _CHANGE[v][0] not in ("reduction", "decrease", "increase", "rise")
    ),
    key=len,
    reverse=True,
)
# Verbs whose object is a therapy or a population, never an outcome: abort the search.
_USE = _words("""
    used treated administered given applied injected received receiving performed undergone
    prescribed started initiated tried employed included enrolled analysed analyzed reviewed
    recruited compared evaluated assessed measured randomized randomised allocated selected
    excluded searched studied consisted comprised aged diagnosed managed followed presenting
    using use receive treat affecting involving limited
""")
_BOUND = _words("""
    which who whom whose where when while whilst whereas but although though however because if
    than thus therefore hence respectively including included such namely e.g. i.e. as we they
    it he she there whereby then versus vs vs.
""")
# Prepositions that open a circumstance phrase to strip from the end of a measure.
_CIRC = _words("""
    after following within during at on with under using among via versus vs compared since
    until before post over throughout upon by into across when while from for per than
""")
_CHANGE_NOUNS = _words("""
    reduction reductions decrease decreases increase increases improvement improvements change
    changes difference differences rise fall drop decline gain loss
""")
# Nouns right after a percentage that make it an outcome ("a 50% reduction in size").
_OUTCOME_NOUNS = _CHANGE_NOUNS | _words("""
    response responses resolution remission clearance success recurrence rate healing regression
    reduction improvement shrinkage relief decrease disappearance softening efficacy cure
    relapse
""")
_FORMULATION = _words("""
    solution solutions cream creams ointment ointments gel gels paste lotion suspension
    injection injections w/v w/w concentration topical intralesional dilution diluted aqueous
    formulation applied vehicle
""")
_ADJ_ED = _words("""
    associated related localized localised generalized generalised calcified infected ulcerated
    combined repeated delayed prolonged limited advanced marked pronounced extended untreated
    unrelated isolated disseminated widespread complicated infrared reported required desired
    expected unexpected controlled randomized randomised detailed
""")
# A measure headed by a counted group ("patients", "studies", "fingers") names who was counted,
# not a result; lesions, ulcers, sites, procedures and sessions can be what a result is about.
_POPULATION_HEADS = {
    w
    for w, kind in _POPULATION.items()
    if kind not in ("lesions", "ulcers", "sites", "procedures", "sessions")
} | _words("""
    group groups arm arms cohort cohorts population sample series
""")
_SENTENCE_ADVERBS = _words("""
    overall however moreover furthermore additionally finally thus therefore consequently
    altogether notably importantly interestingly similarly conversely subsequently afterwards
    later initially then also together
""")
_SITE_HEADS = _words("""
    hand finger fingertip thumb digit elbow knee forearm arm leg foot toe buttock thigh face
    trunk axilla axillae scalp joint shoulder hip limb extremity site location area region wrist
    ankle heel scrotum ear neck chest back abdomen shin
""")
_LONE_ADJECTIVES = _words("""
    complete partial total overall clinical good excellent poor mild moderate severe significant
    marked minimal major minor transient persistent radiological
""")
_PRONOUN_MEASURES = _words("""
    it this that they these those which who one none
""")
_SINGULAR_KEEP = _words("""
    series species diabetes herpes lupus mellitus news sepsis stasis status virus pruritus
    fibrosis plus bias analysis gas vas axis diagnosis prognosis calcinosis necrosis mass pus
    corpus thesis hyperkeratosis osteoporosis lymphangitis cellulitis abscess process syndromes
    ulcus glans alopecia kinetics genetics physics
""")

# ---------------------------------------------------------------------------------------------
# Regex building blocks

_NUM = r"\d+(?:\.\d+)?"
_LB = r"(?<![\w./:,\-])"  # a number starts a token: not "CO2", "p515", "314(6):515", "1,5"
_UNITS_ALT = "|".join(w for w, n in _NUMBER_WORDS.items() if 0 < n < 10)
# "twenty-one" … "ninety nine", then the single words (longest first, so "seventeen" beats "seven").
_NW_ALT = "|".join(
    [f"(?:{t})(?:[- ](?:{_UNITS_ALT}))?" for t in _TENS_WORDS]
    + sorted(_NUMBER_WORDS, key=len, reverse=True)
)
_NUMW = rf"(?:{_LB}\d+(?!\d|\.\d)|\b(?:{_NW_ALT})\b)"  # an integer in digits or words
INTEGER_PATTERN = _NUMW  # for other stages' patterns that count ("seven had lcSSc")
# "70% of the wound area", "the ulcer size": a noun after the counted word makes it a modifier
_POP_ALT = (
    "(?:" + "|".join(sorted(_POPULATION, key=len, reverse=True)) + ")"
    r"(?!\s+(?:area|size|surface|volume|diameter|depth|bed|edge|margin|base|count|number)s?\b)"
)
_UNIT_ALT = "|".join(re.escape(u) for u in _UNIT_WORDS)
_UNIT = rf"(?:{_UNIT_ALT})\b"
_DOSE_ALT = "|".join(re.escape(u) for u in sorted(_DOSE_UNITS, key=len, reverse=True))
_STAT_UNIT = rf"(?:{_UNIT_ALT}|{_DOSE_ALT})(?![\w])"
_COMP_ALT = (
    r"more\s+than|less\s+than|fewer\s+than|greater\s+than|higher\s+than|lower\s+than|"
    r"at\s+least|at\s+most|no\s+more\s+than|up\s+to|in\s+excess\s+of|over|under|above|below|"
    r"about|approximately|approx\.|around|nearly|almost|roughly|circa|ca\.|exceeding|"
    r">=|<=|≥|≤|>|<|~|≈"
)
_COMP = rf"(?:(?P<comp>{_COMP_ALT})\s*)?"
_PCT_SIGN = r"(?:\s?%|\s?per\s?cent\b|\s?percent\b)"
_DASH = r"(?:-|to)"

_COMPARATORS = _table("""
    more_than greater_than higher_than in_excess_of > -> more than
    exceeding over above -> over
    less_than fewer_than lower_than < -> less than
    under below -> under
    at_least >= ≥ -> at least
    at_most no_more_than up_to <= ≤ -> up to
    about approximately approx. around roughly circa ca. ~ ≈ -> about
    nearly almost -> almost
""")

_F = re.IGNORECASE

_CI_RE = re.compile(
    rf"(?P<lvl>{_NUM})\s?%\s*(?:CI|C\.I\.|confidence\s+intervals?|credible\s+intervals?|CrI)\b"
    # "95% CI 11-29%", "95% CI 11%-29%"
    rf"(?:\s*[:,=]?\s*(?:of\s+|was\s+)?[\[(]?\s*(?P<lo>-?{_NUM})\s*%?\s*(?:-|\u2013|to|,)\s*"
    rf"(?P<hi>-?{_NUM})\s*[\])]?)?",
    _F,
)
_PVAL_RE = re.compile(
    r"(?<![\w])p\s*(?:-?\s*values?\s*)?(?:of\s*|was\s*)?(?P<op><=|>=|[<>=≤≥]|less\s+than)\s*"
    r"(?P<v>0?\.\d+|[01](?:\.\d+)?(?:\s*[x×]\s*10\s*-?\d+)?|NS\b)",
    _F,
)
_EFFECT_RE = re.compile(
    rf"\b(?:a?OR|RR|HR|IRR|aHR|odds\s+ratios?|hazard\s+ratios?|risk\s+ratios?|relative\s+risks?)"
    rf"\s*[:,=]?\s*(?:of\s+|was\s+)?{_NUM}",
)
# Identifiers and locators whose digits must never be read as numbers.
_IDENT_RE = re.compile(
    r"\b(?:hdl|doi|pmid|pmcid|pmc|isbn|issn(?:-l)?|nct|arxiv|orcid|url|https?)\b\s*:?\s*[\w./\-:]+"
    r"|(?:\b(?:vol|volume|issue|nr|pp?|pages?|fig|figs|figure|table|ref|refs|reference|references|"
    r"chapter|section|supplement)\b\.?|\bno\.)\s*[\dIVX]+(?:\s*(?:-|,|and)\s*\d+)*",
    _F,
)
_AGE_RE = re.compile(
    rf"(?:\baged\s+(?:between\s+)?{_NUM}(?:\s*(?:-|to|and)\s*{_NUM})?(?:\s*(?:years?|months?))?"
    rf"|{_LB}{_NUM}\s*-?\s*(?:year|yr|month|week|day)s?\s*-?\s*old\b"
    # "by 14 to 24 months of age", "at the age of 7 years": an age, not a time after treatment
    rf"|{_LB}{_NUM}(?:\s*(?:-|to)\s*{_NUM})?\s*(?:year|yr|month|week|day)s?\s+of\s+age\b"
    rf"|\bat\s+the\s+age\s+of\s+{_NUM}(?:\s*(?:years?|months?|weeks?|days?))?)",
    _F,
)
# The dispersion written in brackets after one end of a change: "(IQR 4-7)", "(range 2-12)",
# "(SD 1.9)"; and a rate's unit after the second end: "to 2 per month".
_DISP_IN = (
    rf"\s*(?:(?:IQR|interquartile\s+range|range|SD|SE|SEM)\s*[:,=]?\s*)?{_NUM}"
    rf"(?:\s*(?:-|to|,)\s*{_NUM})?\s*"
)
_DISP_RE = re.compile(
    rf"\s*(?:(?P<k>IQR|interquartile\s+range|range|SD|SE|SEM)\s*[:,=]?\s*)?(?P<lo>{_NUM})"
    rf"(?:\s*(?:-|to|,)\s*(?P<hi>{_NUM}))?\s*",
    _F,
)
_PER_TIME = r"per\s+(?:day|week|month|year)\b"
_STAT_RE = re.compile(
    # a meta-analysis's "pooled mean"
    r"\b(?:(?:pooled|overall|weighted|summary)\s+)?(?P<stat>median|mean|average)\b"
    r"(?:\s*(?:\(\s*(?:±\s*)?"
    r"(?P<desc>SD|SE|SEM|IQR|range|interquartile\s+range|min(?:imum)?\s*-\s*max(?:imum)?)\s*\)"
    r"|\s*±\s*(?P<desc2>SD|SE|SEM)\b|\s*\[\s*(?P<desc3>IQR|range)\s*\]))?"
    # The measure may sit inside: "median reduction in VAS score, 3", "mean number of sessions
    # was 4".
    r"(?P<emb>(?:\s+(?!(?:was|were|is|are|at|by|and|or|but|reached|amounted)\b)"
    r"[A-Za-z][\w'’/\-]*(?:\s*\([A-Za-z][\w\-]{0,15}\))?){0,8}?)"
    r"(?<!\bof)(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bin)(?<!\bfor)(?<!\bwith)"
    r"(?P<link>\s*[:,=]\s*|\s+(?:(?:of|was|were|is|are|at|by|reached|amounted\s+to|to)\s+)+|\s+)"
    rf"{_COMP}{_LB}(?P<v>{_NUM})(?:\s*/\s*(?P<of>10|100|5)(?!\d|\.\d|/))?"
    rf"(?:\s*±\s*(?P<sd>{_NUM}))?(?:\s*(?P<u>{_STAT_UNIT}))?"
    rf"(?:\s*\(\s*(?P<sd2>{_NUM})\s*\))?(?:\s*(?P<u3>{_STAT_UNIT}))?"
    rf"(?:(?:\s*\((?P<bdisp>[^()]{{0,30}})\))?(?:\s+at\s+baseline)?\s+to\s+"
    rf"(?:a\s+(?:mean|median)\s+(?:of\s+)?)?(?P<v2>{_NUM})(?:\s*±\s*(?P<vsd>{_NUM}))?"
    rf"(?:\s*(?P<u2>{_STAT_UNIT}))?(?:\s*\((?P<vdisp>{_DISP_IN})\))?"
    rf"(?:\s*(?P<u4>{_STAT_UNIT}|{_PER_TIME}))?)?",
    _F,
)
_RANGE_RE = re.compile(
    r"(?:\b(?P<kw>range[sd]?|ranging)\b\s*(?:from|between)?|\b(?P<iqr>IQR|interquartile\s+range|Q1\s*-\s*Q3)\b)"
    rf"\s*[:,=]?\s*(?:of\s+|was\s+)?(?P<lo>{_NUM})\s*(?P<u1>{_UNIT})?\s*(?:-|to|and|,)\s*(?P<hi>{_NUM})"
    rf"(?:\s*(?P<u2>{_UNIT}))?",
    _F,
)
_POP_TAIL = rf"(?:\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b)?"
_FRAC_OF_RE = re.compile(
    rf"(?P<n>{_NUMW})\s*(?:\(\s*(?P<p>{_NUM})\s?%\s*\)\s*)?(?:out\s+)?of\s+"
    rf"(?:the\s+|these\s+|all\s+|a\s+total\s+of\s+)?(?P<d>{_NUMW})" + _POP_TAIL,
    _F,
)
_FRAC_SLASH_RE = re.compile(
    r"(?<![\w./])(?P<n>\d+)\s*/\s*(?P<d>\d+)(?!\d|\.\d|/)"
    r"(?!\s*(?:mg|g|ml|mm|cm|kg|µg|mcg|mmhg|h|d)\b)" + _POP_TAIL,
    _F,
)
_FRAC_NONE_RE = re.compile(
    rf"\b(?P<neg>none|neither|not\s+(?:\w+\s+){{0,3}}?(?:in\s+)?any|no\s+one)\s+of\s+"
    rf"(?:the\s+|these\s+|our\s+)?(?P<d>{_NUMW})" + _POP_TAIL,
    _F,
)
_FRAC_POPPCT_RE = re.compile(
    rf"(?P<n>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\s*\(\s*(?P<p>{_NUM})\s?%\s*\)",
    _F,
)
# "ankle oedema (6 patients, 20%)", "nausea (4, 13%)": a count and its percentage in brackets.
_FRAC_PAREN_RE = re.compile(
    rf"\(\s*(?P<n>{_NUMW})(?:\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT}))?\s*[,;]\s*"
    rf"(?P<p>{_NUM})\s?%\s*\)",
    _F,
)
_FRAC_NPCT_RE = re.compile(rf"(?<!=)(?<!=\s)(?P<n>{_NUMW})\s*\(\s*(?P<p>{_NUM})\s?%\s*\)", _F)
# "14 patients", "52 treated lesions"; "of/among the 52 treated lesions"
_N_POP = rf"(?P<d>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b"
_OF_N_POP = (
    rf"\b(?:of|among|in)\s+(?:the\s+|these\s+|our\s+|all\s+|a\s+(?:total|series|cohort)\s+of\s+)?{_N_POP}"
)
_OF_THE_N_RE = re.compile(rf"{_OF_N_POP}[^,;()\d]{{0,40}},\s*$", _F)
_PCT_WORDS_RE = re.compile(
    rf"\b(?P<lo>{_NW_ALT})\s+(?:per\s?cent|percent)\b"
    rf"(?:\s+of\s+(?:the\s+|all\s+|our\s+|these\s+)?(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b)?",
    _F,
)
_FRAC_ALL_RE = re.compile(
    rf"\ball\s+(?P<n>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b", _F
)
_FRAC_IN_RE = re.compile(
    rf"\b(?:in|among)\s+(?P<n>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b(?!\s*\()", _F
)
_FRAC_SUBJ_RE = re.compile(
    rf"(?P<n>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\s+(?:\([^)]*\)\s*)?"
    rf"(?=(?:{'|'.join(sorted(_RIGHT_VERBS | set(_CHANGE), key=len, reverse=True))})\b)",
    _F,
)
_PCT_RE = re.compile(
    rf"{_COMP}(?:(?P<pre>between)\s+|(?P<from>from)\s+)?{_LB}(?P<lo>{_NUM})(?P<s1>{_PCT_SIGN})?"
    rf"(?:\s*(?P<j>-|to|(?(pre)and|(?!)))\s*(?P<hi>{_NUM})(?P<s2>{_PCT_SIGN}))?"
    # a bound said after the number: "shrank by 40% or more in 7 of 12"
    r"(?P<more>(?<=%)\s+or\s+(?:more|greater|higher|above|over)\b)?"
    rf"(?:\s+of\s+(?:the\s+|all\s+|our\s+|these\s+)?(?:[a-z][\w\-]*\s+)?(?P<pop>{_POP_ALT})\b)?",
    _F,
)
_N_RE = re.compile(r"(?<![\w])[nN]\s*=\s*(?P<d>\d+)(?!\d|\.\d)")
# The numbers that describe a rating scale ("a 0-10 visual analogue scale", "a 10-point NRS",
# "a 100 mm VAS"): inert, never a value; the phrase they sit in stays readable.
_SCALE_RE = re.compile(
    rf"{_LB}(?:[01]\s*-\s*{_NUM}(?:\s*-?\s*(?:points?|cm|mm)\b)?|{_NUM}\s*-\s*points?\b"
    rf"|{_NUM}\s*-?\s*(?:point|cm|mm)\b)"
    rf"(?=\s+(?!(?:on|in|at|to|from|by|of)\b)(?:[\w-]+\s+){{0,2}}?(?:scales?|VAS|NRS|visual\s+analog(?:ue)?|numeric(?:al)?\s+rating)\b)",
    _F,
)
# A size that qualifies what is counted ("lesions smaller than 1 cm", "deposits 2 cm or larger"):
# a description of the lesions, not a result.
_SIZE_RE = re.compile(
    rf"\b(?:smaller|larger|bigger|wider|deeper|thicker|thinner)\s+than\s+{_NUM}\s*(?:-|to)?\s*"
    rf"(?:{_NUM}\s*)?(?:mm|cm)\b"
    rf"|{_LB}{_NUM}\s*(?:mm|cm)\s+(?:or|and)\s+(?:more|less|larger|smaller|bigger|greater|above|below|over|under)\b"
    rf"|[<>≤≥]\s*{_NUM}\s*(?:mm|cm)\b",
    _F,
)
# "Of 52 treated lesions, …", "Among the 30 patients, …": the population a clause's counts are of.
_OPENER_N_RE = re.compile(rf"(?:^|[;:]|\.\s)\s*{_OF_N_POP}", _F)
# "improved in 11 of them (79%)": the count refers back to a population named before.
_FRAC_OF_THEM_RE = re.compile(
    rf"(?P<n>{_NUMW})\s+(?:out\s+)?of\s+(?:them|these|those|whom)\b", _F
)
_ANTECEDENT_RE = re.compile(_N_POP, _F)
# The size of a study population named in the sentence: "a series of 40 patients", "one
# cohort (n = 40)", "Forty patients were treated", "we reviewed 36 adults".
_GROUP_NOUNS = (
    r"series|cohort|group|sample|population|study|trial|audit|review|registry|registries|arm|"
    r"centre|center|clinic|practice|unit|patients|subjects|participants|children|adults|cases"
)
_GIVEN_VERBS = r"added|given|started|used|administered|prescribed|offered"
_TOTAL_RE = re.compile(
    rf"\b(?:{_GROUP_NOUNS})\s+of\s+(?:the\s+)?{_N_POP}"
    rf"|\b(?:{_GROUP_NOUNS})\s*\(\s*n\s*=\s*(?P<d2>\d+)\s*\)"
    rf"|(?:^|[;:]\s*|\b(?:treated|reviewed|included|studied|enrolled|recruited|identified|"
    rf"describe|report|followed|analysed|analyzed|"
    # "MMF was added in 19 children", "given to 12 adults"
    rf"(?:{_GIVEN_VERBS})\s+(?:in|to)(?:\s+a\s+total\s+of)?)\s+)"
    rf"(?P<d3>{_NUMW})\s+(?:[a-z][\w\-]*\s+)?(?:{_POP_ALT})\b",
    _F,
)
# A number after "to"/"in" that may be the size of a group, counted by nothing after it or by a
# population word: "dispensed to 46, of whom", "recorded in 14 patients, with".
_LOOSE_TOTAL_RE = re.compile(
    rf"\b(?:to|in|on)\s+(?P<d>{_NUMW})(?=\s*[,;)]|\s+(?:and|with|of|who|whom|{_POP_ALT})\b)", _F
)
# "given to / added in / used in N patients": the group a therapy was given to.
_GIVEN_IN_RE = re.compile(rf"\b(?:{_GIVEN_VERBS}|tried)\s*$", _F)
# A count that opens its clause: "…; 5 patients improved", "…, and 3 patients healed".
_CLAUSE_OPEN_RE = re.compile(r"(?:[;,:]|\b(?:and|while|whereas|but))\s*(?:the\s+)?$", _F)
# A count of the population before treatment ("present at baseline in 14 patients"): not a result.
_BASELINE_RE = re.compile(
    r"\b(?:at\s+baseline|before\s+(?:treatment|therapy|surgery|the\s+first\s+\w+)|"
    r"at\s+(?:presentation|diagnosis|entry|enrolment|enrollment)|pre-?treatment)\b",
    _F,
)
# Vehicles a concentration is made up in: "25% in zinc oxide paste".
_VEHICLE_RE = re.compile(
    r"\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:paste|cream|ointment|base|vehicle|petrolatum|"
    r"petroleum\s+jelly|water|saline|solution|gel|lotion|emollient|dmso|alcohol|glycerin)\b",
    _F,
)
_FROMTO_RE = re.compile(
    rf"\bfrom\s+(?:(?:a|the)\s+(?P<stat>mean|median)\s+(?:of\s+)?)?{_LB}(?P<a>{_NUM})"
    rf"(?:\s*±\s*(?P<asd>{_NUM}))?\s*(?P<u1>{_UNIT}|%)?\s*"
    rf"(?:\((?P<adisp>[^)]*)\)\s*)?(?:at\s+baseline\s*)?to\s+(?:a\s+(?:mean|median)\s+(?:of\s+)?)?"
    rf"(?P<b>{_NUM})"
    rf"(?:\s*±\s*(?P<bsd>{_NUM}))?\s*(?P<u2>{_UNIT}|%)?(?:\s*\((?P<bdisp>{_DISP_IN})\))?"
    rf"(?:\s*(?P<u3>{_UNIT}|{_PER_TIME}))?",
    _F,
)
# A note's change with an arrow, or a score's without "from": "CRP 164 -> 19 mg/L",
# "slough 80% -> 40%", "pain score 7 to 3"
_ARROW_RE = re.compile(
    rf"(?:(?<=\s)|^){_LB}(?P<a>{_NUM})\s*(?P<u1>{_UNIT}|%)?\s*(?:->|\u2192|=>)\s*"
    rf"(?P<b>{_NUM})(?!\s*(?:of|/)\s*\d)\s*(?P<u2>{_UNIT}|%)?"
    rf"|\b(?:scores?|VAS|NRS)\s+(?P<sa>{_NUM})\s+to\s+(?P<sb>{_NUM})\b(?!\s*(?:{_UNIT}|%))",
    _F,
)
# The value at baseline, then later: "itch scores were 7 at baseline and 3 at 6 months".
_BASELINE_THEN_RE = re.compile(
    rf"(?<![\d.]){_LB}(?P<a>{_NUM})\s*(?P<u1>{_UNIT}|%)?\s+(?:at|before)\s+(?:baseline|treatment)"
    rf"\s*(?:,|;|and|vs\.?)\s*(?:and\s+)?(?P<b>{_NUM})\s*(?P<u2>{_UNIT}|%)?"
    r"(?=\s+(?:at|after|by)\s)",
    _F,
)
# A score out of its maximum, before and after: "pain 7/10 -> 3/10", "from 8/10 to 2/10".
_SCORE_CHANGE_RE = re.compile(
    rf"(?:\bfrom\s+)?(?P<a>{_NUM})\s*/\s*(?P<d>\d{{1,3}})\s*(?:->|\u2192|=>|to)\s*"
    rf"(?P<b>{_NUM})\s*/\s*(?P=d)\b",
    _F,
)
_BETWEEN_RE = re.compile(
    rf"\bbetween\s+{_LB}(?P<lo>{_NUM})\s*(?P<u1>{_UNIT})?\s+and\s+(?P<hi>{_NUM})\s*(?P<u2>{_UNIT})",
    _F,
)
_TIME_PREP = r"(?:at|after|within|during|over|by|following|for|until|in|throughout|up\s+to)"
_TIME_UNIT_ALT = "|".join(
    re.escape(u)
    for u in sorted(
        set(_TIME_UNITS) | {k for k in _OTHER_UNITS if k not in ("mm", "cm", "point", "points")},
        key=len,
        reverse=True,
    )
)
_TIMEPOINT_RE = re.compile(
    rf"\b(?P<prep>{_TIME_PREP})\s+(?:(?:a|the)\s+)?"
    r"(?:(?:total|period|follow-up(?:\s+period)?|(?P<stat>median|mean))\s+(?:of\s+)?)*"
    rf"{_COMP}{_LB}(?P<v>{_NUMW}|{_NUM})(?:\s*(?:-|to)\s*(?P<v2>{_NUM}))?\s*-?\s*(?P<u>(?:{_TIME_UNIT_ALT})\b)"
    rf"(?P<tail>(?:\s+(?:of\s+)?(?:follow-up|treatment|therapy|observation))?)"
    # "after a median of 6 weeks (range 2-14)": the spread of the time belongs to it
    rf"(?:\s*\(\s*(?P<rk>range|IQR)[:,]?\s*(?P<r1>{_NUM})\s*(?:-|–|to)\s*(?P<r2>{_NUM})"
    r"(?:\s+[a-z]+)?\s*\))?",
    _F,
)
# "by week 8", "on day 10", "at month 5": a time point counted in the units of a schedule.
_TIME_ORDINAL_RE = re.compile(
    r"\b(?P<prep>by|at|in|on|from|after|until|before|since)\s+"
    r"(?:the\s+(?:end|start|beginning)\s+of\s+)?(?P<u>day|week|month|year)\s+(?P<v>\d+)\b"
    r"(?!\s*(?:-|to|and)\s*\d|\.\d)",
    _F,
)
# "Six months later", "4 weeks after surgery": a time point counted from an event.
_TIME_LATER_RE = re.compile(
    rf"{_LB}(?P<v>{_NUMW}|{_NUM})\s+(?P<u>(?:{_TIME_UNIT_ALT})\b)\s+"
    r"(?P<prep>later|afterwards|after\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:first|last|final|initial)\s+)?(?:surgery|excision|operation|treatment|therapy|"
    r"injections?|procedures?|infusions?|sessions?|discharge|debridement|curettage|grafting|"
    r"starting|initiation|presentation|diagnosis|onset)\b)",
    _F,
)
_VALUE_RE = re.compile(
    rf"{_COMP}{_LB}(?P<v>{_NUM})(?:\s*±\s*(?P<sd>{_NUM}))?(?:\s*(?:-|to)\s*(?P<v2>{_NUM}))?\s*-?\s*(?P<u>{_UNIT})",
    _F,
)
_BARE_RANGE_RE = re.compile(
    rf"\(\s*{_LB}(?P<lo>{_NUM})\s*(?P<u1>{_UNIT})?\s*(?:-|to)\s*(?P<hi>{_NUM})\s*(?P<u2>{_UNIT})?\s*\)",
    _F,
)
_BARE_NUM_RE = re.compile(
    rf"{_LB}(?P<v>{_NUM})(?P<u>\s*{_STAT_UNIT})?(?=\s*[;,]\s*(?:range|IQR)\b|\s*\(\s*(?:range|IQR)?[\s:,]*{_NUM}\s*{_DASH}\s*{_NUM})",
    _F,
)
_ZERO_RES = [
    # "no recurrence was observed", "no new lesions were seen"
    re.compile(
        r"\bno\s+(?:(?:further|new|local|clinical|radiological|evidence\s+of|signs?\s+of|sign\s+of)\s+)*"
        r"(?P<m>[a-z][\w\-]*(?:\s+(?!(?:was|were|has|have|had|is|are)\b)[a-z][\w\-]*){0,3})\s+"
        r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:clinically|radiologically|later|subsequently)\s+)?"
        r"(?:observed|seen|noted|reported|detected|found|documented|recorded|evident|identified|noticed)\b"
        # "no response was seen in 3 patients" counts the patients who had none
        rf"(?!\s+(?:in|among)\s+(?:{_NUMW}\s+of\s+)?{_N_POP})",
        _F,
    ),
    # "there was no recurrence"
    re.compile(
        r"\bthere\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+no\s+"
        r"(?:(?:further|new|local|evidence\s+of|signs?\s+of)\s+)*"
        r"(?P<m>[a-z][\w\-]*(?:\s+(?!(?:at|after|during|within|over|in|on|by|following|throughout|for|and|or)\b)[a-z][\w\-]*){0,3})",
        _F,
    ),
    # "no patient developed recurrence", "none of the patients experienced side effects"
    re.compile(
        r"\b(?:no\s+(?:patients?|cases?|subjects?)|none\s+of\s+(?:the|our)\s+(?:patients|cases|subjects))\s+"
        r"(?:developed|experienced|had|showed|reported|suffered)\s+(?:any\s+)?"
        r"(?P<m>[a-z][\w\-]*(?:\s+(?!(?:at|after|during|within|over|in|on|by|following|throughout|for)\b)[a-z][\w\-]*){0,3})",
        _F,
    ),
    # "the lesions did not recur", "without recurrence"
    re.compile(
        r"\b(?:did|has|have|had)\s+not\s+(?P<m>recur|relapse|come\s+back|return|reappear)(?:red|d|ed)?\b",
        _F,
    ),
    re.compile(
        r"\bwithout\s+(?:any\s+)?(?:evidence\s+of\s+|signs?\s+of\s+)?(?P<m>recurrences?|relapses?)\b",
        _F,
    ),
    # "excised, with no recurrence after 18 months"
    re.compile(
        r"\b(?:with|and|but)\s+no\s+(?:further\s+|local\s+|new\s+)?(?P<m>recurrences?|relapses?)\b", _F
    ),
]
_CHANGE_CUE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(set(_CHANGE) | _CHANGE_NOUNS, key=len, reverse=True)) + r")\b", _F
)
_ANY_NUMBER_RE = re.compile(rf"\d|\b(?:{_NW_ALT}|no|none|without|not)\b", _F)
_RESPECTIVELY_RE = re.compile(r"\brespectively\b", _F)
_TOKEN_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f]*(?:['’][A-Za-z]+)?(?:[-/][\w\u00c0-\u024f]+)*"
    r"|\d+(?:\.\d+)?(?:-[A-Za-z]+)*|\S"
)
_JOIN_RE = re.compile(r"^[\s;,:()\[\]]*$")
_LIST_JOIN_RE = re.compile(
    r"^[\s,;()]*(?:(?:and|or|vs\.?|versus|compared\s+(?:with|to)|as\s+opposed\s+to|in|of)\b[\s,;()]*)*$",
    _F,
)
_RESP_GAP_RE = re.compile(r"^[^\d;.]{0,100}$")
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(_DASH_CHARS, "-"),
        **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f", " "),
        "\u00b7": ".",
        "\uff05": "%",
        "\u2044": "/",
        "\u2215": "/",
    }
)


# ---------------------------------------------------------------------------------------------
# Atoms and clusters (internal)


@dataclass
class _Atom:
    """One lexed numeric expression: its kind ("PCT", "FRAC", "STAT", …), span and values."""

    kind: str
    start: int
    end: int
    vals: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Cluster:
    """Atoms that only punctuation separates, merged into one set of values."""

    atoms: list[_Atom]
    vals: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.atoms[0].start

    @property
    def end(self) -> int:
        return self.atoms[-1].end


# Values that make a cluster a quantity (p-values and confidence intervals alone do not).
_CENTRAL = (
    "percent",
    "numerator",
    "denominator",
    "median",
    "mean",
    "value",
    "range_low",
    "baseline",
    "n_eq",
)


def _word_int(s: str) -> int | None:
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    if s in _NUMBER_WORDS:
        return _NUMBER_WORDS[s]
    parts = re.split(r"[- ]", s)
    if parts[0] in _TENS_WORDS:
        return _TENS_WORDS[parts[0]] + (_NUMBER_WORDS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def word_number(word: str) -> int | None:
    """The whole number a number word names ("six", "twenty-five"), else None."""
    return None if word.strip().isdigit() else _word_int(word)


def _time_amount(s: str) -> float | None:
    """How many of a time's units: "6", "2.5", "six"."""
    return float(s) if re.match(r"\d+\.\d", s) else _word_int(s)


def _f(s: str | None) -> float | None:
    return None if s is None else float(s)


def _comp(m: re.Match[str]) -> str | None:
    if m.groupdict().get("more"):
        return "at least"
    c = m.groupdict().get("comp")
    if not c:
        return None
    return _COMPARATORS.get(re.sub(r"\s+", " ", c.lower()), c.lower())


def _norm_unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.strip()
    key = u.lower()
    if key in _TIME_UNITS:
        return _TIME_UNITS[key]
    if key in _OTHER_UNITS:
        return _OTHER_UNITS[key]
    return u


def _is_year(x: float) -> bool:
    return float(x).is_integer() and 1900 <= x <= 2100


class _Lexer:
    """Collects non-overlapping atoms in priority order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.atoms: list[_Atom] = []
        self.taken = [False] * (len(text) + 1)

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def add(self, kind: str, s: int, e: int, **vals: Any) -> bool:
        while e > s and self.text[e - 1].isspace():
            e -= 1
        if s >= e or not self.free(s, e):
            return False
        for i in range(s, e):
            self.taken[i] = True
        self.atoms.append(_Atom(kind, s, e, {k: v for k, v in vals.items() if v is not None}))
        return True

    def block(self, s: int, e: int) -> None:
        """Mark a span as consumed without an atom (concentrations, doses)."""
        for i in range(s, e):
            self.taken[i] = True


def _lex(text: str) -> list[_Atom]:
    lx = _Lexer(text)
    low = text.lower()
    for m in _CI_RE.finditer(text):
        lx.add(
            "CI", m.start(), m.end(), ci_level=_f(m["lvl"]), ci_low=_f(m["lo"]), ci_high=_f(m["hi"])
        )
    for m in _PVAL_RE.finditer(text):
        op = re.sub(r"\s+", " ", m["op"].lower()).replace("less than", "<")
        lx.add("PVAL", m.start(), m.end(), p_value=f"{op}{m['v'].replace(' ', '')}")
    for m in _EFFECT_RE.finditer(text):
        lx.add("EFFECT", m.start(), m.end())
    for m in _IDENT_RE.finditer(text):
        lx.add("EFFECT", m.start(), m.end())  # inert, like an effect size: a barrier, never a value
    for m in _AGE_RE.finditer(text):
        lx.add("AGE", m.start(), m.end())
    for m in _SCALE_RE.finditer(text):
        lx.add("SCALE", m.start(), m.end())
    for m in _SIZE_RE.finditer(text):
        lx.block(m.start(), m.end())
    # "after a mean of 5 weeks" is when the results were read: a time point, lexed before the
    # statistics; the other time points come after the ranges
    stat_times: list[re.Match[str]] = []
    other_times: list[re.Match[str]] = []
    for m in _TIMEPOINT_RE.finditer(text):
        stated = (
            m["stat"]
            and m["prep"].lower() in _STAT_TIME_PREPS
            and _norm_unit(m["u"]) in _TIME_UNITS.values()
        )
        (stat_times if stated else other_times).append(m)
    for m in stat_times:
        _lex_time(lx, m)
    for m in _STAT_RE.finditer(text):
        _lex_stat(lx, m)
    for m in _SCORE_CHANGE_RE.finditer(text):
        a, b, d = float(m["a"]), float(m["b"]), float(m["d"])
        if max(a, b) <= d:
            lx.add("FROMTO", m.start(), m.end(), baseline=a, value=b, out_of=d)
    fromto = list(_FROMTO_RE.finditer(text))
    for m in fromto:
        _lex_fromto(lx, m, low, dispersed_only=True)  # before "IQR 4-7" alone takes its end
    for m in _RANGE_RE.finditer(text):
        lo, hi = float(m["lo"]), float(m["hi"])
        if hi < lo or _is_year(lo) or _is_year(hi):
            continue
        if m["u1"] and m["u2"] and _norm_unit(m["u1"]) != _norm_unit(m["u2"]):
            lx.block(m.start(), m.end())  # "ranging from 1 mm to 2 cm": a size description
            continue
        kind = "IQR" if m["iqr"] else "range"
        lx.add(
            "RANGE",
            m.start(),
            m.end(),
            range_low=lo,
            range_high=hi,
            range_kind=kind,
            range_unit=_norm_unit(m["u2"] or m["u1"]),
        )
    for m in fromto:
        _lex_fromto(lx, m, low)
    for m in (*_ARROW_RE.finditer(text), *_BASELINE_THEN_RE.finditer(text)):
        # a score's "6 to 2" (the arrow pattern's sa/sb) has no units
        a, b, start = (m["a"], m["b"], m.start()) if m["a"] else (m["sa"], m["sb"], m.start("sa"))
        if m["u1"] and m["u2"] and _norm_unit(m["u1"]) != _norm_unit(m["u2"]):
            continue
        unit = _norm_unit(m["u2"] or m["u1"]) if m["a"] else None
        lx.add("FROMTO", start, m.end(), baseline=float(a), value=float(b), unit=unit)
    for m in _FRAC_NONE_RE.finditer(text):
        d = _word_int(m["d"])
        if d:
            lx.add("FRAC", m.start(), m.end(), numerator=0, denominator=d, count_of=_pop(m["pop"]))
    for m in _FRAC_OF_RE.finditer(text):
        n, d = _word_int(m["n"]), _word_int(m["d"])
        if n is None or not d or n > d or _is_year(d):
            continue
        lx.add(
            "FRAC",
            m.start(),
            m.end(),
            numerator=n,
            denominator=d,
            percent=_f(m["p"]),
            count_of=_pop(m["pop"]),
        )
    for m in _FRAC_SLASH_RE.finditer(text):
        n, d = int(m["n"]), int(m["d"])
        if d == 0 or n > d or (_is_year(d) and n <= 12):
            continue
        lx.add("FRAC", m.start(), m.end(), numerator=n, denominator=d, count_of=_pop(m["pop"]))
    # A bracketed "(4, 13%)" may hold a year beside a rate, so it is checked; "6 patients (20%)"
    # is a count.
    for rx, checked in ((_FRAC_PAREN_RE, True), (_FRAC_POPPCT_RE, False)):
        for m in rx.finditer(text):
            n = _word_int(m["n"])
            if n is None or checked and (_is_year(n) or float(m["p"]) > 100):
                continue
            total = _earlier_total(text, m.start(), n, float(m["p"]))
            lx.add(
                "FRAC",
                m.start(),
                m.end(),
                numerator=n,
                denominator=total[0] if total else None,
                percent=float(m["p"]),
                count_of=_pop(m["pop"]),
            )
    for m in _FRAC_NPCT_RE.finditer(text):
        n = _word_int(m["n"])
        if n is None or _is_year(n):
            continue
        # "Of the 20 patients treated, 15 (75%) …": the population named before is the denominator.
        ctx = _OF_THE_N_RE.search(text[max(0, m.start() - 90) : m.start()])
        d = _word_int(ctx["d"]) if ctx else None
        if d is not None and (d < n or not _fits(n, d, float(m["p"]))):
            d = None
        pop = ctx["pop"] if ctx and d else None
        if d is None and (total := _earlier_total(text, m.start(), n, float(m["p"]))):
            d, pop = total
        lx.add(
            "FRAC",
            m.start(),
            m.end(),
            numerator=n,
            denominator=d,
            percent=float(m["p"]),
            count_of=_pop(pop),
        )
    for m in _PCT_WORDS_RE.finditer(text):
        word = _word_int(m["lo"])
        if word is not None:
            lx.add("PCT", m.start(), m.end(), percent=float(word), count_of=_pop(m["pop"]))
    for m in _FRAC_ALL_RE.finditer(text):
        n = _word_int(m["n"])
        if n:
            lx.add(
                "FRAC", m.start("n"), m.end(), numerator=n, denominator=n, count_of=_pop(m["pop"])
            )
    _lex_pcts(lx, text, low)
    for m in _N_RE.finditer(text):
        lx.add("N", m.start(), m.end(), n_eq=int(m["d"]))
    for m in _FRAC_OF_THEM_RE.finditer(text):
        n = _word_int(m["n"])
        ante = _antecedent(text, m.start())
        if n is not None and ante and n <= ante[0]:
            lx.add(
                "FRAC",
                m.start(),
                m.end(),
                numerator=n,
                denominator=ante[0],
                count_of=_pop(ante[1]),
                ante_end=ante[2],
            )
    for m in _FRAC_IN_RE.finditer(text):
        n = _word_int(m["n"])
        if _BASELINE_RE.search(text[max(0, m.start() - 30) : m.start()]) or _BASELINE_RE.match(
            text, m.end() + 1
        ):
            lx.block(m.start(), m.end())  # "present at baseline in 14 patients": before, not after
            continue
        if re.match(r"\s*,", text[m.end() :]) and re.fullmatch(
            r"(?:.*[;:])?\s*(?:[A-Z][\w-]*\s+)?", text[: m.start()].replace("\n", " ")
        ):
            lx.block(m.start(), m.end())  # "Among 40 treated nodules, …": the population counted
            continue
        if _GIVEN_IN_RE.search(text, 0, m.start()):
            lx.block(m.start(), m.end())  # "MMF was added in 19 children": who got it, not a result
            continue
        if n is not None and not _is_year(n):
            lx.add("FRAC", m.start("n"), m.end(), numerator=n, count_of=_pop(m["pop"]))
    for m in _FRAC_SUBJ_RE.finditer(text):
        n = _word_int(m["n"])
        if n is not None and not _is_year(n):
            # "prescribed to 18 patients; 5 patients improved": a clause's count of the group
            total = (
                _earlier_total(text, m.start(), n)
                if _CLAUSE_OPEN_RE.search(text, 0, m.start())
                else None
            )
            lx.add(
                "FRAC",
                m.start("n"),
                m.end("pop"),
                numerator=n,
                denominator=total[0] if total else None,
                count_of=_pop(m["pop"]),
            )
    for m in _BETWEEN_RE.finditer(text):
        lo, hi = float(m["lo"]), float(m["hi"])
        if hi >= lo:
            lx.add(
                "VRANGE", m.start(), m.end(), range_low=lo, range_high=hi, unit=_norm_unit(m["u2"])
            )
    for m in other_times:
        _lex_time(lx, m)
    for m in _TIME_LATER_RE.finditer(text):
        v = _time_amount(m["v"])
        unit = _norm_unit(m["u"])
        if v is None or unit not in _TIME_UNITS.values():
            continue
        event = re.sub(r"\s+", " ", m["prep"].lower())
        lx.add(
            "TIME",
            m.start(),
            m.end(),
            timepoint=f"{_fmt(v)}{_unit(v, unit or '')} {event}",
            time_prep="later",
            time_value=float(v),
            time_unit=unit,
        )
    for m in _TIME_ORDINAL_RE.finditer(text):
        prep, counted = m["prep"].lower(), m["u"].lower()
        lx.add(
            "TIME",
            m.start(),
            m.end(),
            timepoint=f"{prep} {counted} {m['v']}",
            time_prep=prep,
            time_value=float(m["v"]),
            time_unit=_norm_unit(counted),
            ordinal=True,
        )
    for m in _VALUE_RE.finditer(text):
        v = float(m["v"])
        if _is_year(v):
            continue
        if m["v2"]:
            v2 = float(m["v2"])
            if v2 < v:
                continue
            lx.add(
                "VRANGE",
                m.start(),
                m.end(),
                range_low=v,
                range_high=v2,
                unit=_norm_unit(m["u"]),
                comparator=_comp(m),
            )
        else:
            lx.add(
                "VALUE",
                m.start(),
                m.end(),
                value=v,
                sd=_f(m["sd"]),
                unit=_norm_unit(m["u"]),
                comparator=_comp(m),
            )
    for m in _BARE_NUM_RE.finditer(text):
        v = float(m["v"])
        if not _is_year(v):
            lx.add("BARE", m.start(), m.end(), value=v, unit=_norm_unit(m["u"]))
    for m in _BARE_RANGE_RE.finditer(text):
        lo, hi = float(m["lo"]), float(m["hi"])
        if hi >= lo and not _is_year(hi):
            lx.add(
                "BRANGE",
                m.start(),
                m.end(),
                range_low=lo,
                range_high=hi,
                range_kind="range",
                range_unit=_norm_unit(m["u2"] or m["u1"]),
            )
    for rx in _ZERO_RES:
        for m in rx.finditer(text):
            lx.add(
                "ZERO",
                m.start(),
                m.end(),
                numerator=0,
                zero_measure=(m["m"], m.start("m"), m.end("m")),
            )
    lx.atoms.sort(key=lambda a: a.start)
    return _join_restated_percent(lx.atoms, text)


_RESTATED_GAP_RE = re.compile(
    r"^(?P<words>(?:\s+(?!(?:and|or|but|while|whereas|vs|versus|respectively)\b)[A-Za-z][\w\-]*){0,5})"
    r"\s*\(\s*$",
    _F,
)


def _lex_fromto(lx: _Lexer, m: re.Match[str], low: str, dispersed_only: bool = False) -> None:
    """ "fell from 8 to 2", "from a median of 5 (IQR 4-7) to 2 (IQR 1-3) per month": a change;
    "ranged from 1 to 5": a range; "from 2 to 4 weeks": a range of values."""
    a, b = float(m["a"]), float(m["b"])
    before = low[max(0, m.start() - 60) : m.start()]
    change = _CHANGE_CUE_RE.search(before)
    if m["u1"] and m["u2"] and _norm_unit(m["u1"]) != _norm_unit(m["u2"]):
        lx.block(m.start(), m.end())  # "from 1 mm to 2 cm": a size description
        return
    stat = m["stat"].lower() if m["stat"] else None
    first = _dispersion(m["adisp"], stat, "baseline_")
    second = _dispersion(m["bdisp"], stat, "")
    if dispersed_only and not (first or second or m["asd"] or m["bsd"]):
        return
    plain_end, plain_unit = m.end("u2") if m["u2"] else m.end("b"), _norm_unit(m["u2"] or m["u1"])
    end = _change_end(m, ("b", "bsd", "u2"), "bdisp", "u3", bool(second))
    unit = plain_unit
    if m["u3"] and end >= m.end("u3"):
        unit = unit or _norm_unit(m["u3"])
    if change:
        vals = {**first, **second}
        if m["asd"]:
            vals["baseline_sd"] = float(m["asd"])
        if m["bsd"]:
            vals["sd"] = float(m["bsd"])
        lx.add(
            "FROMTO",
            m.start(),
            end,
            baseline=a,
            value=b,
            unit=unit,
            statistic=stat,
            **vals,
        )
    elif re.search(r"\brang(?:e|ed|ing)\s*$", before) and b >= a:
        lx.add(
            "RANGE",
            m.start(),
            plain_end,
            range_low=a,
            range_high=b,
            range_kind="range",
            range_unit=plain_unit,
        )
    elif plain_unit and b >= a and not _is_year(a):
        lx.add("VRANGE", m.start(), plain_end, range_low=a, range_high=b, unit=plain_unit)


def _change_end(
    m: re.Match[str], ends: tuple[str, ...], disp: str, rate: str, dispersed: bool
) -> int:
    """Where a before→after change ends: at its second number, that number's SD and unit, and,
    when the bracket after it is a dispersion (or there is none), past the bracket and a rate unit
    ("… to 2 (IQR 1-3) per month")."""
    end = max(m.end(g) for g in ends if m[g] is not None)
    if dispersed or not m[disp]:
        if m[disp]:
            end = max(end, m.end(disp) + 1)
        end = max(end, m.end(rate))
    return end


def _dispersion(s: str | None, stat: str | None, prefix: str) -> dict[str, Any]:
    """The values of a bracketed dispersion: "IQR 4-7", "range 2-12", "SD 1.9" (or a bare "1.9"
    after a mean); ``prefix`` "baseline_" for the first end of a change."""
    m = _DISP_RE.fullmatch(s) if s else None
    if m is None:
        return {}
    kind = re.sub(r"\s+", " ", (m["k"] or "").lower())
    if m["hi"] is not None:
        lo, hi = float(m["lo"]), float(m["hi"])
        if hi < lo or kind in ("sd", "se", "sem") or (not kind and stat == "mean"):
            return {}
        return {
            f"{prefix}range_low": lo,
            f"{prefix}range_high": hi,
            "range_kind": "range" if kind in ("", "range") else "IQR",
        }
    if kind in ("sd", "se", "sem") or (not kind and stat == "mean"):
        return {f"{prefix}sd": float(m["lo"])}
    return {}


def _earlier_total(
    text: str, start: int, n: int, percent: float | None = None
) -> tuple[int, str | None] | None:
    """The size of the population the sentence named before a count "n (p%)", when the
    arithmetic fits (any that can hold n where there is no percentage: "prescribed to 18
    patients; 5 improved"), and what it counts where a clause head names it.

    A clause head comes first: "Of 52 treated lesions, 19 (37%) shrank … and 8 (15%) cleared".
    Then any population named earlier, the nearest first: "In one series (n = 40), pain improved
    in 31 patients (78%)" → 40; "Forty patients were treated, and …"; "in a cohort of 36 adults".
    """
    openers = [(m["d"], m["pop"]) for m in _OPENER_N_RE.finditer(text, 0, start)]
    totals = [
        (m.start(), m["d"] or m["d2"] or m["d3"]) for m in _TOTAL_RE.finditer(text, 0, start)
    ]
    named = [*reversed(openers), *((word, None) for _, word in sorted(totals, reverse=True))]
    if percent is not None:
        # a bare number a therapy was given to ("dispensed to 533 and …", "in 14 patients, with
        # improvement in 8 (57%)"), the percentage to confirm it
        named += [(m["d"], None) for m in reversed(list(_LOOSE_TOTAL_RE.finditer(text, 0, start)))]
    for word, pop in named:
        d = _word_int(word)
        if d and d >= n and not _is_year(d) and (percent is None or _fits(n, d, percent)):
            return d, pop
    return None


def over_total(q: Quantity, total: int) -> Quantity:
    """``q`` with ``total`` as its denominator where it has none and its percentage restates
    n/total: "13 children (62%)" in an abstract whose methods included 21 children is 13/21."""
    if (
        q.numerator is None
        or q.denominator is not None
        or q.percent is None
        or q.percent_high is not None
        or not q.numerator <= total
        or not _fits(q.numerator, total, q.percent)
    ):
        return q
    return replace(q, denominator=total)


def _antecedent(text: str, end: int) -> tuple[int, str, int] | None:
    """The last "N patients" before ``end`` that "of them", "of whom" refer to: its size, what it
    counts, and where it ends."""
    ante = list(_ANTECEDENT_RE.finditer(text, 0, end))
    d = _word_int(ante[-1]["d"]) if ante else None
    return (d, ante[-1]["pop"], ante[-1].end()) if d else None


def _fits(n: float, d: float, percent: float) -> bool:
    """Does n/d restate the percentage (to rounding)?"""
    return d > 0 and abs(n * 100.0 / d - percent) <= 1.0


def _join_restated_percent(atoms: list[_Atom], text: str) -> list[_Atom]:
    """A count n/N and the percentage after its counted noun are one result: "healed in 15 of
    17 digits (88%)", "fell in 29 of the 34 patients assessed (85%)". The arithmetic must agree."""
    out: list[_Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "FRAC"
            and a.kind == "PCT"
            and "percent" not in prev.vals
            and prev.vals.get("numerator") is not None
            and prev.vals.get("denominator")
            and set(a.vals) <= {"percent"}
            and text[a.end : a.end + 2].lstrip().startswith(")")
            and (gap := _RESTATED_GAP_RE.match(text[prev.end : a.start]))
            and _fits(prev.vals["numerator"], prev.vals["denominator"], a.vals["percent"])
        ):
            words = gap["words"].strip()
            sub = re.match(r"(?:with|in|among|on)\s+\S", words, _F)
            prev.vals["percent"] = a.vals["percent"]
            if any(
                w in _CHANGE or w in _RIGHT_VERBS or w in _AUX or w in _OBSERVE
                for w in words.lower().split()
            ):
                continue  # "1 of 10 patients improved (10%)": the verb stays readable
            if sub and not re.search(r"\b(?:treated|assessed|evaluated)\b", words, _F):
                prev.vals.setdefault("subgroup", words)
            prev.end = text.index(")", a.end) + 1
            continue
        out.append(a)
    return out


def _pop(word: str | None) -> str | None:
    return _POPULATION.get(word.lower()) if word else None


_STAT_TIME_PREPS = frozenset({"after", "at", "within", "by", "following", "over"})
_CHANGE_JUST_BEFORE = re.compile(
    rf"\bfrom\s+{_NUM}(?:\s*/\s*\d+)?\s+to\s+{_NUM}(?:\s*/\s*\d+)?(?:\s*[a-z/%]+)?\s*$", _F
)


def _lex_time(lx: _Lexer, m: re.Match[str]) -> None:
    v = _time_amount(m["v"])
    if v is None:
        return
    prep = re.sub(r"\s+", " ", m["prep"].lower())
    if prep == "in" and not m["tail"] and not _CHANGE_JUST_BEFORE.search(lx.text, 0, m.start()):
        # "in 12 months" is too often a duration of something else, but not right after a change
        # ("fell from 2.8 to 2.5 mmol/L in 2 weeks")
        return
    unit = _norm_unit(m["u"])
    amount = _fmt(v) + (f"-{_fmt(float(m['v2']))}" if m["v2"] else "")
    comp = _comp(m)
    tail = re.sub(r"\s+", " ", m["tail"]).strip()
    spread = f"({m['rk']} {m['r1']}-{m['r2']})" if m["r1"] else ""
    stat = (m["stat"] or "").lower()
    phrase = " ".join(
        x
        for x in (
            prep, stat, comp, amount, _unit(v if not m["v2"] else 2, unit or "").strip(), tail,
            spread,
        )
        if x
    )
    lx.add(
        "TIME",
        m.start(),
        m.end(),
        timepoint=phrase,
        time_prep=prep,
        time_value=float(v),
        time_high=_f(m["v2"]),
        time_unit=unit,
    )


def _lex_stat(lx: _Lexer, m: re.Match[str]) -> None:
    v = float(m["v"])
    if _is_year(v) and not m["u"]:
        return
    if re.search(r"\bfrom\s+(?:a\s+|the\s+)?$", lx.text[max(0, m.start() - 12) : m.start()], _F):
        return  # "from a median of 7 to 2": a before→after change, lexed as such
    emb = re.sub(r"\s+", " ", m["emb"] or "").strip()
    desc = (m["desc"] or m["desc2"] or m["desc3"] or "").upper()
    stat = "mean" if m["stat"].lower() in ("mean", "average") else "median"
    unit = _norm_unit(m["u"] or m["u3"])
    vals: dict[str, Any] = {"comparator": _comp(m), "unit": unit, "stat_desc": desc or None}
    emb_start = m.start("emb") + (len(m["emb"]) - len(m["emb"].lstrip()))
    if emb:
        vals["emb"] = (emb, emb_start, m.end("emb"))
    if m["v2"] is not None and re.search(r"\bfrom$", emb, _F):
        # "mean VAS decreased from 7.2 to 2.1": a change, the statistic qualifies both values.
        vals["emb"] = (
            emb[: -len("from")].strip(),
            emb_start,
            m.start("emb") + m["emb"].lower().rindex("from"),
        )
        first = _dispersion(m["bdisp"], stat, "baseline_")
        second = _dispersion(m["vdisp"], stat, "")
        vals.update(first, **second)
        if m["sd"] or (m["sd2"] and (desc in ("SD", "SE", "SEM") or stat == "mean")):
            vals["baseline_sd"] = float(m["sd"] or m["sd2"])
        if m["vsd"]:
            vals["sd"] = float(m["vsd"])
        end = _change_end(m, ("v2", "vsd", "u2"), "vdisp", "u4", bool(second))
        if m["of"] and (scale := re.match(rf"\s*/\s*{m['of']}\b", lx.text[end:])):
            # "median itch went from 9/10 to 2/10": both ends out of the score's maximum
            vals["out_of"] = float(m["of"])
            end += scale.end()
        later = _norm_unit(m["u4"]) if m["u4"] and end >= m.end("u4") else None
        vals.update(baseline=v, value=float(m["v2"]), statistic=stat)
        vals["unit"] = _norm_unit(m["u2"]) or later or unit
        lx.add("STAT", m.start(), end, **vals)
        return
    if re.search(r"\bfrom$", emb, _F):
        return  # "improved from 8 …" without its "to": leave it to the change lexer
    end = max(m.end(g) for g in ("v", "of", "sd", "u", "u3") if m[g] is not None)
    vals[stat] = v
    if m["of"]:
        vals["out_of"] = float(m["of"])  # "a median of 9/10": a score out of its maximum
    if m["sd"]:
        vals["sd"] = float(m["sd"])
    elif m["sd2"] and desc in ("SD", "SE", "SEM"):
        vals["sd"] = float(m["sd2"])
        end = max(end, m.end("sd2") + 1)
    lx.add("STAT", m.start(), end, **vals)


def _lex_pcts(lx: _Lexer, text: str, low: str) -> None:
    pos = 0
    while True:
        m = _PCT_RE.search(text, pos)
        if m is None:
            return
        pos = _lex_pct(lx, m, low)


def _lex_pct(lx: _Lexer, m: re.Match[str], low: str) -> int:
    """Lex one percentage match; return where the next search starts."""
    if not m["s1"] and not m["s2"]:
        return m.end("lo")
    lo = float(m["lo"])
    high: float | None = None
    end = m.end()
    pop = m["pop"]
    if m["hi"] is not None:
        if float(m["hi"]) >= lo:
            high = float(m["hi"])
        elif m["s1"]:
            end, pop = (
                m.end("s1"),
                None,
            )  # "57%-40%" is not a range: take the first, rescan the second
        else:
            return m.end("lo")
    start = m.start()
    if m["from"] and high is None:
        start = m.start("lo") if not m["comp"] else m.start()
    # What follows: a formulation noun means a concentration ("25% sodium thiosulfate").
    after = low[end : end + 60]
    nxt = re.match(r"\s+([a-z][\w/\-]*)(?:\s+([a-z][\w/\-]*))?", after)
    right_measure = False
    if (
        nxt
        and pop is None
        and not re.match(
            r"\s+(?:of|in|to|and|or|vs|versus|respectively|with|after|at|"
            r"for|from|by|on|during|within|following|among|were|was|had|"
            r"patients|cases|were|are|is|achieved|showed|developed|reported)\b",
            after,
        )
    ):
        w1, w2 = nxt.group(1), nxt.group(2) or ""
        if (
            w1 in _OUTCOME_NOUNS
            or w2 in _OUTCOME_NOUNS
            or w1 in ("complete", "partial", "overall", "clinical")
        ):
            right_measure = True
        else:
            lx.block(m.start(), end)
            return end
    # "sodium thiosulfate 25% solution", "… 25% (w/v)", "(25%, 250 mg/ml)"
    if (
        (nxt and nxt.group(1) in _FORMULATION)
        or _VEHICLE_RE.match(after)
        or re.match(r"\s*\(\s*w/[vw]", after)
        or re.match(r"[^()]{0,25}?\d\s*(?:mg|g|ml|mmol|µg|mcg|iu)\b", after)
    ):
        lx.block(m.start(), end)
        return end
    lx.add(
        "PCT",
        start,
        end,
        percent=lo,
        percent_high=high,
        comparator=_comp(m),
        count_of=_pop(pop),
        right_measure=right_measure or None,
    )
    return end


# ---------------------------------------------------------------------------------------------
# Clustering


_SHAREABLE = _words("""
    comparator count_of unit range_unit range_kind stat_desc right_measure emb
""")


def _compatible(c: _Cluster, a: _Atom) -> bool:
    """May atom ``a`` join cluster ``c``? Never two values for the same field."""
    keys = set(c.vals)
    new = set(a.vals) - _SHAREABLE
    if a.kind in ("CI", "PVAL"):
        return not (new & keys)
    if a.kind == "BRANGE":
        return "range_low" not in keys and any(
            k in keys for k in ("median", "mean", "value", "percent")
        )
    if a.kind == "ZERO" or any(x.kind == "ZERO" for x in c.atoms):
        return False
    if a.kind in ("BARE", "VALUE") and any(k in keys for k in ("median", "mean", "value")):
        return False
    if a.kind == "RANGE" and not any(
        k in keys for k in ("median", "mean", "value", "percent", "numerator")
    ):
        return False
    if a.kind == "N" and "denominator" in keys:
        return False
    if a.kind in ("FRAC", "PCT", "N") and any(x.kind in ("STAT", "VALUE", "BARE") for x in c.atoms):
        return False
    return not (new & keys)


def _cluster(text: str, atoms: list[_Atom]) -> tuple[list[_Cluster], list[_Atom]]:
    clusters: list[_Cluster] = []
    times: list[_Atom] = []
    cur: _Cluster | None = None
    for a in atoms:
        if a.kind == "TIME":
            times.append(a)
            continue
        if a.kind in ("EFFECT", "AGE"):
            cur = None
            continue
        gap = text[cur.end : a.start] if cur else ""
        if cur is not None and _JOIN_RE.match(gap) and _compatible(cur, a):
            cur.atoms.append(a)
            for k, v in a.vals.items():
                cur.vals.setdefault(k, v)
            continue
        if a.kind in ("BRANGE", "CI", "PVAL"):
            continue  # a parenthesised range or p-value with no value before it: not ours
        cur = _Cluster([a], dict(a.vals))
        clusters.append(cur)
    return clusters, times


# ---------------------------------------------------------------------------------------------
# Tokens and the measure search


@dataclass
class _Tok:
    text: str
    low: str
    start: int
    end: int
    atom: int  # -1: none; otherwise index of the atom covering it
    kind: str  # "" or the atom kind


_GONE_PARTICLES = _words("up down on off through back into over ahead out from to")


def _tokens(text: str, atoms: list[_Atom]) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        idx, kind = -1, ""
        for i, a in enumerate(atoms):
            if a.start <= m.start() and m.end() <= a.end + 1 and m.start() < a.end:
                idx, kind = i, a.kind
                break
        toks.append(_Tok(m.group(), m.group().lower(), m.start(), m.end(), idx, kind))
    # "had gone up", "has gone on to dialysis": a movement, not the "gone" of lumps that went
    for a, b in zip(toks, toks[1:]):
        if a.low == "gone" and b.low in _GONE_PARTICLES:
            a.low = "gone-" + b.low
    return toks


def _is_word(t: _Tok) -> bool:
    return t.atom < 0 and (t.text[0].isalpha() or (t.text[0].isdigit() and t.atom < 0))


# Adjectives that judge a therapy: the outcome is their noun ("was curative in 90%" → "cure").
_EVALUATIVE = _table("""
    effective -> effectiveness
    successful -> success
    curative -> cure
    beneficial useful helpful -> benefit
    ineffective -> ineffectiveness
    unsuccessful -> failure
    efficacious -> efficacy
""")
_PRED_ADJ = set(_EVALUATIVE) | _words("""
    rare common uncommon frequent infrequent present evident apparent visible possible
    successful effective safe higher lower similar comparable absent achievable noticeable seen
    observed complete partial total excellent good satisfactory poor prevalent likely greater
""")
# States a lesion or symptom is said to be in, after a copula: "deposits were unchanged in 4
# patients", "pain was absent in 6 of 8" (the state is the result, not the lesion or the pain).
_STATE_ADJ = _words("""
    absent unchanged unaltered stable static smaller larger softer harder flatter gone worse better
""")
_DEGREE = _words("""
    very quite relatively extremely more less most least not also rather generally highly
    equally particularly especially fairly only still well
""")
_ATTRIBUTIVE_PREV = _words("""
     a an the with of and or ( , by no in for to complete partial significantly significant
    markedly this these their its any all
""")


def _is_verb_like(toks: list[_Tok], i: int) -> bool:
    """Is token i a verb (or a predicate adjective) rather than part of a noun phrase?"""
    w = toks[i].low
    if w in _AUX:
        return True
    if w in _PRED_ADJ:
        # "were rare", "was very common" are predicates; "the most common X" is attributive.
        k = i - 1
        while k >= 0 and (toks[k].low in _DEGREE or toks[k].low.endswith("ly")):
            k -= 1
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            w in _LONE_ADJECTIVES
            and nxt is not None
            and _is_word(nxt)
            and (nxt.low in _OUTCOME_NOUNS or _singular(nxt.low) in _OUTCOME_NOUNS)
        ):
            return False  # "Outcomes were complete clearance (45%)": the adjective of its noun
        if k >= 0 and toks[k].low in _AUX:
            return True
        if w not in ("seen", "observed"):
            return False
    known = w in _USE or w in _CAUSE or w in _CHANGE or w in _OBSERVE
    participle = w.endswith("ed") and len(w) > 4 and "-" not in w
    if not known and not participle:
        return False
    if w in _ADJ_ED and not known:
        return False
    if not participle and w not in _CHANGE:
        return True  # "shows", "occurs", "found", "given", "led"
    # A participle is attributive after a determiner/preposition/start when a noun follows:
    # "with reduced pain", "Reduced mobility was …", "the reported rate".
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    noun_follows = (
        nxt is not None
        and _is_word(nxt)
        and nxt.low not in _CIRC
        and nxt.low not in _AUX
        and nxt.low not in ("in", "by", "and", "or", "of", "to")
        and not nxt.low.endswith("ly")
        and nxt.low not in _DETERMINERS
    )
    return not (prev in _ATTRIBUTIVE_PREV and noun_follows)


_THAN_QUANT = _words("""
    more less fewer smaller larger bigger greater wider deeper thicker thinner
""")
_FRACTION_WORDS = _words("""
    half a one two three four five quarter third
""")
# Manner adverbs of a change and the adjective of its noun: "healed completely" → "complete healing".
_MANNER = _table("""
    completely entirely fully totally -> complete
    partly partially -> partial
""")


@dataclass
class _NP:
    toks: list[_Tok]
    stop: int  # index of the token that stopped the walk (-1: start of sentence)


def _collect_left(toks: list[_Tok], i: int) -> _NP:
    """Collect noun-phrase-ish tokens leftwards from index i (inclusive)."""
    out: list[_Tok] = []
    while i >= 0:
        t = toks[i]
        if t.kind == "TIME":
            j = i
            while j >= 0 and toks[j].atom == t.atom:
                j -= 1
            out.append(_Tok("<T>", "<t>", toks[j + 1].start, t.end, -1, "TIME"))
            i = j
            continue
        if t.kind == "SCALE":
            out.append(t)  # "on a 0-10 scale": part of the phrase, cut later as a circumstance
            i -= 1
            continue
        if t.atom >= 0:
            return _NP(out[::-1], i)
        if (
            t.low == "than"
            and i > 0
            and toks[i - 1].low in _THAN_QUANT
            and i + 1 < len(toks)
            and (toks[i + 1].text[0].isdigit() or toks[i + 1].low in _FRACTION_WORDS)
        ):
            out.append(t)  # "a reduction of more than half", "lesions smaller than 1 cm"
            i -= 1
            continue
        if t.text == ")":
            depth, j = 0, i
            while j >= 0:
                if toks[j].text == ")":
                    depth += 1
                elif toks[j].text == "(":
                    depth -= 1
                    if depth == 0:
                        break
                if toks[j].atom >= 0:
                    return _NP(out[::-1], i)
                j -= 1
            if j < 0:
                return _NP(out[::-1], i)
            i = j - 1
            continue
        if t.text == ",":
            # "pain, erythema and swelling (12%)": a short list continues the phrase.
            if (
                out
                and any(x.low in ("and", "or") for x in out)
                and i > 0
                and _is_word(toks[i - 1])
                and not _is_verb_like(toks, i - 1)
                and toks[i - 1].low not in _BOUND
                and toks[i - 1].low not in _SENTENCE_ADVERBS
            ):
                out.append(t)
                i -= 1
                continue
            return _NP(out[::-1], i)
        if not _is_word(t):
            return _NP(out[::-1], i)
        if t.low in _BOUND and t.low != "such":
            return _NP(out[::-1], i)
        if t.low in ("and", "or", "and/or"):
            if (
                i > 0
                and _is_word(toks[i - 1])
                and not _is_verb_like(toks, i - 1)
                and toks[i - 1].low not in _BOUND
            ):
                out.append(t)
                i -= 1
                continue
            return _NP(out[::-1], i)
        if _is_verb_like(toks, i):
            return _NP(out[::-1], i)
        out.append(t)
        i -= 1
    return _NP(out[::-1], -1)


def _collect_right(toks: list[_Tok], i: int) -> tuple[list[_Tok], int]:
    """Collect a noun phrase rightwards from index i; return it and the index where it stopped."""
    out: list[_Tok] = []
    while i < len(toks):
        t = toks[i]
        if t.text == "(" and out:  # "partial response (PR) was …": skip the parenthesis
            depth, j = 0, i
            while j < len(toks):
                depth += toks[j].text == "("
                depth -= toks[j].text == ")"
                if depth == 0 or toks[j].atom >= 0:
                    break
                j += 1
            if j >= len(toks) or toks[j].atom >= 0:
                break
            i = j + 1
            continue
        if t.atom >= 0 or not _is_word(t) or t.low in _BOUND or t.low in _CIRC:
            break
        if t.low in ("and", "or"):
            if (
                i + 1 < len(toks)
                and _is_word(toks[i + 1])
                and not _is_verb_like(toks, i + 1)
                and toks[i + 1].low not in _CIRC
            ):
                out.append(t)
                i += 1
                continue
            break
        if out and _is_verb_like(toks, i):
            break
        out.append(t)
        i += 1
    return out, i


def _cut(np: list[_Tok], keep_with: bool = True) -> list[_Tok]:
    """Strip leading linkers and determiners, and cut trailing circumstance phrases.

    A leading "with" is dropped ("…, with complete clearance in 6") unless ``keep_with`` is false,
    when the whole phrase is a circumstance ("higher with combination therapy").
    """
    np = list(np)
    if np and np[0].low == "with" and not keep_with:
        return []
    while np and np[0].low in (
        "with",
        "and",
        "or",
        "of",
        "by",
        "to",
        "among",
        "for",
        "from",
        ":",
        ",",
    ):
        np = np[1:]
    if np and (np[0].low in _CIRC or np[0].low == "in" or np[0].kind == "TIME"):
        return []
    for k in range(1, len(np)):
        t = np[k]
        if t.kind == "TIME":
            return _strip(np[:k])
        if t.text == ",":
            # "ulceration, infection and pain": a comma inside a coordination stays.
            rest = np[k + 1 :]
            if any(x.low in ("and", "or") for x in rest) and not any(x.low in _CIRC for x in rest):
                continue
            return _strip(np[:k])
        if t.low in _CIRC:
            if t.low == "than" and np[k - 1].low in _THAN_QUANT and k + 1 < len(np):
                continue  # "more than half", "smaller than 1 cm": a quantity inside the phrase
            if t.low == "for" and np[k - 1].low in ("need", "needs", "requirement"):
                continue
            if t.low == "from" and np[k - 1].low in ("freedom", "free", "relief"):
                continue
            return _strip(np[:k])
        if t.low == "in" and np[k - 1].low not in _CHANGE_NOUNS:
            return _strip(np[:k])
        if t.low == "of":
            nxt = np[k + 1].low if k + 1 < len(np) else ""
            nxt2 = np[k + 2].low if k + 2 < len(np) else ""
            if nxt in _POPULATION_HEADS or (
                nxt in ("the", "all", "our", "these") and nxt2 in _POPULATION_HEADS
            ):
                head = _strip(np[:k])
                # "the summary proportion of cases with a partial response": the response
                if nxt2 == "with" and all(x.low in _RATE_WORDS for x in head):
                    return _strip(np[k + 3 :])
                return head
        if t.low in _USE or (t.low.endswith("ed") and t.low in _OBSERVE and t.low not in _ADJ_ED):
            return _strip(np[:k])
    return _strip(np)


_RATE_WORDS = ("rate", "rates", "proportion", "percentage", "frequency", "mean", "median")
_POOLED = ("pooled", "overall", "summary", "weighted", "estimated", "cumulative")


def _strip(np: list[_Tok]) -> list[_Tok]:
    while np and (
        np[0].text in (",", ":", ";")
        or np[0].low in _SENTENCE_ADVERBS
    ):
        np = np[1:]
    while np and (
        np[0].low in _DETERMINERS
        or np[0].low in ("most", "commonest", "common", "frequent")
        and len(np) > 1
        and np[1].low in ("common", "frequent", "frequently")
    ):
        np = np[1:]
    while np and np[0].low in ("common", "frequent", "frequently", "commonly"):
        np = np[1:]
    # a meta-analysis's "pooled proportion", "overall rate"
    while len(np) > 1 and np[0].low in _POOLED and np[1].low in _RATE_WORDS:
        np = np[1:]
    # "the rate of recurrence" → "recurrence"; "the recurrence rate" → "recurrence".
    if (
        len(np) > 2
        and np[0].low in _RATE_WORDS
        and np[1].low == "of"
    ):
        np = _strip(np[2:])
    while len(np) > 1 and np[-1].low in ("rate", "rates", "proportion", "percentage"):
        np = np[:-1]
    while np and np[-1].low in ("and", "or", "of", "in", "with", "the", "a", "an", ",", "to"):
        np = np[:-1]
    return np


def _singular(w: str) -> str:
    lw = w.lower()
    if w != lw or len(w) < 4 or not lw.endswith("s") or lw in _SINGULAR_KEEP:
        return w
    if lw.endswith(("ss", "us", "is", "ous", "sis", "itis", "ics", "xis")):
        return w
    if lw.endswith("ies") and len(lw) > 4:
        return w[:-3] + "y"
    if lw.endswith("sses") or lw.endswith(("ches", "shes", "xes")):
        return w[:-2]
    return w[:-1]


def _render(np: list[_Tok], text: str, singular: bool = True) -> str:
    """Tokens to a measure string: lower-case except acronyms and mid-sentence proper names,
    with the head noun of each conjunct made singular (unless ``singular`` is false)."""
    words: list[str] = []
    for t in np:
        w = t.text
        sentence_initial = not text[: t.start].strip() or text[: t.start].rstrip().endswith(
            (":", ";")
        )
        if w.islower() or (
            w[:1].isupper()
            and w[1:].islower()
            and (sentence_initial or len(w) > 1 and w.lower() in _COMMON_CAPS)
        ):
            w = w.lower()
        words.append(w)
    # Singularise the head of each conjunct: the last word before "of"/"in"/"and"/"or", or the last.
    out: list[str] = []
    conj: list[str] = []
    heads_done = False

    def flush() -> None:
        nonlocal heads_done
        if conj and not heads_done and singular:
            conj[-1] = _singular(conj[-1])
        out.extend(conj)
        conj.clear()
        heads_done = False

    for w in words:
        if w in ("of", "in", "to", "for", "from"):
            if conj and not heads_done and singular:
                conj[-1] = _singular(conj[-1])
            heads_done = True
            conj.append(w)
        elif w in ("and", "or", "and/or", ","):
            flush()
            out.append(w)
        else:
            conj.append(w)
    flush()
    s = " ".join(out).replace(" ,", ",")
    return re.sub(r"\s+", " ", s).strip()


_COMMON_CAPS = _words("""
    complete partial recurrence recurrences pain remission response
""")


def _measure_ok(measure: str) -> bool:
    if not measure:
        return False
    words = measure.lower().split()
    if len(words) > 10 or not any(ch.isalpha() for ch in measure):
        return False
    content = [w for w in words if w not in ("of", "in", "and", "or", "the", "a", "an")]
    if not content:
        return False
    head = _head_word(words)
    if head in _DEMOGRAPHIC_HEADS or head in _PRONOUN_MEASURES or content[0] in _PRONOUN_MEASURES:
        return False
    if len(content) == 1 and (content[0] in _LONE_ADJECTIVES or content[0].endswith("ed")):
        return False  # "partial", "limited": an adjective whose noun the sentence left out
    if head in _POPULATION_HEADS or "sample size" in measure.lower():
        return False
    # "the most common sites were fingertips (100%)": a distribution, not an outcome
    return head not in _SITE_HEADS and _singular(head) not in _SITE_HEADS


def _head_word(words: list[str]) -> str:
    for k, w in enumerate(words):
        if w in ("of", "in", "and", "or", "with", "to", "for") and k > 0:
            return words[k - 1]
    return words[-1] if words else ""


@dataclass
class _Found:
    measure: str
    start: int
    end: int


def _found(np: list[_Tok], text: str) -> _Found | None:
    return _Found(_render(np, text), np[0].start, np[-1].end) if np else None


def _nominal(
    verb: _Tok,
    complement: list[_Tok],
    subject: list[_Tok],
    text: str,
    before: tuple[tuple[_Tok, str], ...] = (),
) -> _Found:
    """Nominalise a change: "pain improved" → "improvement of pain"; "nodules decreased in size"
    → "decrease in size of nodules"; with the change verbs coordinated ``before`` it, "deposits
    shrank or stabilised" → "shrinkage or stabilisation of deposits"."""
    noun, prep = _CHANGE[verb.low]
    if before:
        nouns = [f"{_CHANGE[v.low][0]} {conj}" for v, conj in before]
        noun = " ".join([*nouns, noun])
        prep = "of" if any(_CHANGE[v.low][1] == "of" for v, _ in before) else prep
    comp = _render(complement, text) if complement else ""
    subj_text = (
        _render(subject, text, singular=False) if subject and not _is_population(subject) else ""
    )
    parts = [noun]
    if comp:
        parts += ["in", comp]
        if subj_text:
            parts += ["of", subj_text]
    elif subj_text:
        parts += [prep, subj_text]
    spans = [*subject, *(v for v, _ in before), verb, *complement]
    return _Found(" ".join(parts), min(t.start for t in spans), max(t.end for t in spans))


def _state_found(toks: list[_Tok], j: int, state: _Tok, text: str) -> _Found | None:
    """ "deposits unchanged", "pain absent": the subject ending at token ``j`` and the state a
    copula gives it, or None where the subject is a group of patients or missing."""
    subject = _collect_left(toks, j).toks if j >= 0 else []
    # "On ultrasound the nodules were smaller", "With STS the deposits were smaller": the subject
    # starts after the last determiner or preposition
    k = max(
        (i for i, t in enumerate(subject) if t.low in _DETERMINERS or t.low in _LINKERS), default=-1
    )
    subject = _cut(subject[k + 1 :])
    if not subject or _is_population(subject):
        return None
    measure = f"{_render(subject, text, singular=False)} {state.low}"
    return _Found(measure, subject[0].start, state.end)


def _coordinated_changes(toks: list[_Tok], j: int) -> tuple[int, tuple[tuple[_Tok, str], ...]]:
    """The change verbs coordinated before a verb group that starts after token ``j``: "shrank
    or" in "deposits shrank or stabilised", "was relieved or" in "pain was relieved or much
    reduced". Returns the index left of them and (verb, conjunction) pairs in text order."""
    found: list[tuple[_Tok, str]] = []
    while j >= 1 and toks[j].low in ("or", "and", "and/or") and toks[j - 1].atom < 0:
        k, group = _skip_verb_group(toks, j - 1)
        verb = next((g for g in reversed(group) if g.low in _CHANGE), None)
        if verb is None or any(g.low in _USE for g in group):
            break
        found.insert(0, (verb, toks[j].low))
        j = k
    return j, tuple(found)


def _is_population(np: list[_Tok]) -> bool:
    words = [t.low for t in np if t.low not in _DETERMINERS]
    return bool(words) and _head_word(words) in _POPULATION_HEADS


def _skip_verb_group(toks: list[_Tok], i: int) -> tuple[int, list[_Tok]]:
    """From a verb at i, walk left over auxiliaries/adverbs; return (index left of group, group)."""
    group: list[_Tok] = []
    while i >= 0:
        t = toks[i]
        if t.atom >= 0 or not t.text[0].isalpha():
            break
        if (
            t.low in _AUX
            or t.low.endswith("ly")
            or t.low in _OBSERVE
            or t.low in _CHANGE
            or t.low in _USE
            or t.low in _PRED_ADJ
            or t.low
            in (
                "most",
                "very",
                "more",
                "less",
                "rather",
                "quite",
                "relatively",
                "generally",
                "not",
                "well",
                "highly",
                "much",
            )
            or (t.low.endswith("ed") and group == [] and _is_verb_like(toks, i))
        ):
            group.append(t)
            i -= 1
            continue
        break
    return i, group[::-1]


_COMPARE_ADVERBS = _words("""
    more less often frequently commonly better faster quickly rarely
""")
_COMPARATIVES = _words("""
    more less higher lower greater similar comparable prevalent likely
""")
_GENERIC_HEADS = _words("""
    complication event effect finding outcome reaction problem symptom sequela toxicity
    manifestation feature sign
""")
_LINKERS = _words("""
    in of among by to at for reaching totalling totaling amounting approximately about around
    nearly roughly almost with only just all a an the total
""")


def _left_measure(
    toks: list[_Tok], first: int, text: str, nominalise: bool = True
) -> _Found | None:
    """The measure to the left of the numbers starting at token ``first``."""
    i = first - 1
    while i >= 0 and (toks[i].text in ("(", ":", "=", ",", "[") or toks[i].low in _LINKERS):
        if (
            toks[i].text == "("
            and i + 1 < first
            and toks[i + 1].atom < 0
            and toks[i + 1].text[0].isalpha()
        ):
            break
        i -= 1
    if i < 0:
        return None
    np = _collect_left(toks, i)
    stop, raw = np.stop, np.toks
    if stop >= 1 and toks[stop].low == "than":
        # "Lesions smaller than 1 cm responded more often than larger ones (62% vs 21%)": the
        # comparison is of the verb's outcome.
        k = stop - 1
        while k >= 0 and toks[k].low in _COMPARE_ADVERBS:
            k -= 1
        if k < stop - 1 and k >= 0 and toks[k].atom < 0 and toks[k].low in _CHANGE:
            subject = _cut(_collect_left(toks, k - 1).toks) if k > 0 else []
            return _nominal(toks[k], [], subject, text)
    manner = None
    if raw and all(t.low in _MANNER for t in raw):
        manner, raw = _MANNER[raw[-1].low], []  # "healed completely in 15": complete healing
    verb = toks[stop] if stop >= 0 else None
    is_verb = (
        verb is not None and verb.atom < 0 and verb.text[0].isalpha() and _is_verb_like(toks, stop)
    )
    body = _cut(raw, keep_with=not is_verb)
    if body and all(t.low in _COMPARE_ADVERBS or t.low == "much" for t in body):
        body = []  # "Pain improved more on the SMB side": an adverb of the verb, no object
    if len(body) == 1 and body[0].low in _EVALUATIVE:
        return _Found(_EVALUATIVE[body[0].low], body[0].start, body[0].end)
    if verb is None or not is_verb:
        if manner and not body:
            # "… and partly in 10 (24%)": the measure is the previous one, partial this time
            adverb = toks[first - 1] if toks[first - 1].low in _MANNER else None
            adverb = adverb or next((t for t in np.toks if t.low in _MANNER), None)
            if adverb is not None:
                return _Found(adverb.low, adverb.start, adverb.end)
        return _found(body, text) if body else None
    w = verb.low
    if w == "followed" and raw and raw[0].low == "by":
        body = _cut(raw[1:])  # "was followed by improvement in 9 of 19": what followed is the result
        return _found(body, text) if body else None
    if (
        w in ("resulted", "results", "result", "led", "leads", "lead", "ended", "contributed")
        and raw
        and raw[0].low in ("in", "to")
    ):
        body = _cut(raw[1:])  # "resulted in regression in 4 of 6"
    if w in _EVALUATIVE and not body:
        return _Found(_EVALUATIVE[w], verb.start, verb.end)
    if w in ("included", "including", "include", "includes", "comprised", "comprising") and body:
        return _found(body, text)  # "Side effects included nausea (n = 4)"
    if w in _RETURN_VERBS and body:
        back = _normalised(body, toks, stop, text)
        if back is not None:
            return back
    complement: list[_Tok] = []
    if w in _CHANGE and len(raw) > 1 and raw[0].low == "in":
        complement, body = (
            _strip(raw[1:]),
            [],
        )  # "decreased in size": a complement, the subject changed
    if body:
        if w in _USE:
            return None
        if w in _CHANGE and nominalise:
            return _nominal(verb, [], body, text)
        if w in _AUX and len(body) == 1 and body[0].low in _STATE_ADJ:
            state = _state_found(toks, _skip_verb_group(toks, stop)[0], body[0], text)
            if state is not None:
                return state  # "Lesions were stable in 5 patients": the lesions' state
        if w in _AUX and _head_word([t.low for t in body]) in _GENERIC_HEADS:
            # "Infection was the most frequent complication (20%)": the subject is the finding.
            j = _skip_verb_group(toks, stop)[0]
            subj = (
                _cut(_collect_left(toks, j).toks)
                if j >= 0 and toks[j].low not in ("and", "or")
                else []
            )
            if subj and not _is_population(subj):
                return _found(subj, text)
        return _found(body, text)
    # No object: the outcome is the subject of the verb group.
    j, group = _skip_verb_group(toks, stop)
    if any(g.low in _USE for g in group):
        return None
    change = next((g for g in group if g.low in _CHANGE), None)
    before: tuple[tuple[_Tok, str], ...] = ()
    if change is not None:
        j, before = _coordinated_changes(toks, j)
    if j >= 0 and toks[j].text == "," and group and not any(g.low in _AUX for g in group):
        j -= 1  # ", observed after CO2 laser": a participle clause; the subject is further left
    left = _collect_left(toks, j) if j >= 0 else _NP([], -1)
    subject = _cut(left.toks)
    def _appositive(t: _Tok | None) -> bool:
        return (
            t is not None
            and (t.low in _OBSERVE or t.low in ("present", "absent"))
            and t.low not in _LONE_ADJECTIVES
        )

    comma = -1
    if left.toks and _appositive(left.toks[0]):
        comma = left.stop
    elif left.stop >= 0 and _appositive(toks[left.stop]):
        comma = left.stop - 1
    if comma >= 1 and toks[comma].text == ",":
        # "Pain, present at baseline in 14 patients, improved …": an appositive; the subject is
        # before it.
        subject = _cut(_collect_left(toks, comma - 1).toks) or subject
    adjective = next((g for g in group if g.low in _STATE_ADJ), None)
    if adjective is not None and change is None:
        state = _state_found(toks, j, adjective, text)
        if state is not None:
            return state  # "pain was absent in 6 of 8"
    if change is not None and nominalise:
        f = _nominal(change, complement, subject, text, before)
        if manner:
            f.measure = f"{manner} {f.measure}"
        return f
    if not subject or _is_population(subject):
        return None
    if group and all(g.low in _CAUSE and g.low not in _OBSERVE for g in group):
        return None  # "Laser enabled (57%)": no object, so no outcome named
    if any(g.low in _COMPARATIVES for g in group) and not any(
        t.low in _OUTCOME_NOUNS or _singular(t.low) in _OUTCOME_NOUNS for t in subject
    ):
        return None  # "SSc was more prevalent in the calcinosis group (90% vs 47%)": an association
    return _found(subject, text)


# "returned serum calcium to the reference range", "serum calcium returned to normal".
_RETURN_VERBS = _words("""
    returned returns brought brings restored restores came comes
""")
_NORMAL_RANGE = _words("""
    range ranges limit limits value values level levels interval
""")


def _normalised(body: list[_Tok], toks: list[_Tok], verb: int, text: str) -> _Found | None:
    """A value brought back into its reference range is normalised: "returned serum calcium to
    the reference range" (the object) or "serum calcium returned to the normal range" (the
    subject of the verb at index ``verb``) → "normalisation of serum calcium"."""
    k = next((i for i, t in enumerate(body) if t.low in ("normal", "reference")), -1)
    if k < 0 or any(t.low not in _NORMAL_RANGE for t in body[k + 1 :]):
        return None
    head = body[:k]
    while head and head[-1].low in ("to", "into", "within", "in", "the", "its", "back", "their"):
        head = head[:-1]
    what = _strip(head)
    if not what:
        j = _skip_verb_group(toks, verb)[0]
        what = _cut(_collect_left(toks, j).toks) if j >= 0 else []
    if not what or _is_population(what):
        return None
    spans = [*what, *body]
    return _Found(
        f"normalisation of {_render(what, text)}",
        min(t.start for t in spans),
        max(t.end for t in spans),
    )


def _after_cluster(toks: list[_Tok], last: int) -> int:
    """Index of the verb after a count, past ")", "patients", "who", adverbs, a short "with …"."""
    i = last + 1
    while i < len(toks) and (
        toks[i].text in (")", "]")
        or toks[i].low in _POPULATION
        or toks[i].low in ("who", "of", "the")
        or (toks[i].low.endswith("ly") and toks[i].atom < 0)
    ):
        i += 1
    # "none of the 11 who used the gel saw their bumps shrink": past who was counted
    if i < len(toks) and toks[i].low in _COUNTED_BY:
        for j in range(i + 1, min(i + 7, len(toks))):
            if toks[j].atom >= 0 or not toks[j].text[0].isalnum():
                break
            if any(toks[j].low in words for words in (_RIGHT_VERBS, _CHANGE, _REPORT_VERBS)):
                return j
    return i


def _relative_after(toks: list[_Tok], last: int) -> bool:
    """A relative clause follows the count's population: "9 of the 12 children who …"."""
    i = last + 1
    while i < len(toks) and (toks[i].text in (")", "]") or toks[i].low in _POPULATION):
        i += 1
    return i < len(toks) and toks[i].low in ("who", "whose")


def _of_subject(toks: list[_Tok], last: int) -> tuple[list[_Tok], int] | None:
    """ "40% of the ulcer area had re-epithelialised": what the count is of (not a population),
    and the index of its change verb."""
    i = last + 1
    if i >= len(toks) or toks[i].low != "of":
        return None
    i += 1
    if i < len(toks) and toks[i].low in ("the", "their", "its", "his", "her", "each", "all"):
        i += 1
    subject: list[_Tok] = []
    while (
        i < len(toks)
        and len(subject) < 4
        and _is_word(toks[i])
        and toks[i].low not in _BOUND
        and toks[i].low not in _CIRC
        and not _is_verb_like(toks, i)
    ):
        subject.append(toks[i])
        i += 1
    if not subject or _is_population(subject):
        return None
    while i < len(toks) and toks[i].atom < 0 and toks[i].low in _AUX and toks[i].low != "not":
        i += 1
    if i < len(toks) and toks[i].atom < 0 and toks[i].low in _CHANGE:
        return subject, i
    return None


def _forward_changes(toks: list[_Tok], i: int) -> tuple[_Tok, tuple[tuple[_Tok, str], ...]]:
    """The change verb at i and those coordinated after it: "improved or stabilised" gives the
    last verb, with the ones before it and their conjunctions."""
    verbs = [toks[i]]
    conjs: list[str] = []
    k = i + 1
    while k + 1 < len(toks) and toks[k].low in ("or", "and", "and/or"):
        m = k + 1
        while m < len(toks) and toks[m].atom < 0 and (toks[m].low in _AUX or toks[m].low == "much"):
            m += 1
        if m >= len(toks) or toks[m].atom >= 0 or toks[m].low not in _CHANGE:
            break
        conjs.append(toks[k].low)
        verbs.append(toks[m])
        k = m + 1
    return verbs[-1], tuple(zip(verbs[:-1], conjs, strict=True))


_REPORT_VERBS = _words("""
    reported said felt noted stated found considered reports say feel note saw noticed
""")
# What the counted took: "the 11 who used the gel", "those who received the cream"; with the
# words that say who was counted ("patients with …", "treated with …").
_TOOK = _words("""
    took received used tried got
""")
_COUNTED_BY = _TOOK | {"with", "treated", "receiving", "given"}
# "had fewer or smaller deposits": a result, as "had complete remission" is.
_FEWER = _words("""
    fewer smaller softer flatter
""")


def _said_state(toks: list[_Tok], k: int, text: str) -> _Found | None:
    """What counted people said of their own symptom, from token ``k`` after the verb of saying:
    "(said) that their pain was better", "(felt) the lumps were smaller"."""
    k += k < len(toks) and toks[k].low == "that"
    if k >= len(toks) or toks[k].low not in ("their", "his", "her", "the"):
        return None
    j = k = k + 1
    while (
        j < len(toks)
        and toks[j].atom < 0
        and _is_word(toks[j])
        and toks[j].low not in _AUX
        and toks[j].low not in _CHANGE  # "(saw) their lumps shrink"
    ):
        j += 1
    np = toks[k:j]
    while j < len(toks) and toks[j].low in _AUX and toks[j].low != "not":
        j += 1
    if not np or j >= len(toks) or toks[j].atom >= 0:
        return None
    state = toks[j]
    if state.low not in _CHANGE and state.low not in _STATE_ADJ:
        return None
    if state.low in _CHANGE and state.low not in _STATE_VERBS:
        # "(saw) their lumps shrink": a change seen, named as the change ("shrinkage of lumps")
        return _Found(_nominal(state, [], np, text).measure, np[0].start, state.end)
    return _Found(f"{_render(np, text)} {state.low}", np[0].start, state.end)


def _had_outcome(toks: list[_Tok], k: int) -> list[_Tok] | None:
    """The noun phrase after "had" at ``k`` where it names a result ("had complete remission",
    "had fewer flares", "had adverse events"); None where it names something else ("had SSc")."""
    np = _strip(_cut(_collect_right(toks, k + 1)[0]))
    if any(
        t.low in _OUTCOME_NOUNS
        or _singular(t.low) in _OUTCOME_NOUNS
        or t.low in ("adverse", "side", "complication", "complications")
        or t.low in _FEWER
        for t in np
    ):
        return np
    return None


def _past_relative_clause(toks: list[_Tok], i: int) -> int:
    """Where "had <a result>" follows a short relative clause opened at ``i`` ("that were
    operated on had full healing"); ``i`` itself where none does."""
    for k in range(i + 2, min(len(toks) - 1, i + 12)):
        if toks[k].text in ",;.()":
            break
        if toks[k].low in ("had", "has", "have") and toks[k].atom < 0:
            return k if _had_outcome(toks, k) is not None else i
    return i


# A state the counted were in, right after the count: "15 of 20 (75%) were free of recurrence"
# (``_FREE_AFTER_RE``, with the states of a time point below), "27 of 31 had no new nodules"
# (the lesions of the disease, none new).
_NONE_NEW_RE = re.compile(
    r"(?:had|have|developed|showed|formed)\s+no\s+(?P<what>(?:new|further|more)\s+"
    r"(?:lesions?|nodules?|deposits?|lumps?|calcinosis|calcifications?|ulcers?|flares?))\b",
    _F,
)


def _right_measure(toks: list[_Tok], last: int, text: str, clause_initial: bool) -> _Found | None:
    """The measure after the numbers: "12 of 21 patients achieved complete remission",
    "In 12 of 21 patients (57%), complete remission was achieved"."""
    of = _of_subject(toks, last)
    if of is not None:
        verb, before = _forward_changes(toks, of[1])
        return _nominal(verb, [], of[0], text, before)
    i = _after_cluster(toks, last)
    # "all 3 cats that were given the diet had full resolution": the result is after the
    # relative clause that says who they were
    if i < len(toks) and toks[i].low in ("who", "that"):
        i = _past_relative_clause(toks, i)
    elif (
        0 < i < len(toks)
        and toks[i - 1].low in ("who", "that")
        and toks[i].low not in ("had", "has", "have")
    ):
        i = _past_relative_clause(toks, i - 1)
    if i < len(toks) and toks[i].atom < 0:
        if free := _FREE_AFTER_RE.match(text, toks[i].start):
            what = " ".join(free["fx"].lower().split())
            return _Found(f"freedom from {what}", toks[i].start, free.end())
        if spared := _NONE_NEW_RE.match(text, toks[i].start):
            what = " ".join(spared["what"].lower().split())
            return _Found(f"no {what}", toks[i].start, spared.end())
    if i + 1 < len(toks) and toks[i].low in ("had", "has", "have") and toks[i].atom < 0:
        # "8 (67%) had complete remission" is an outcome; "8 (67%) had SSc" is not.
        if (np := _had_outcome(toks, i)) is not None:
            if any(t.low in _FEWER for t in np):  # "fewer deposits" stays plural
                return _Found(_render(np, text, singular=False), np[0].start, np[-1].end)
            return _found(np, text)
        if i > 0 and toks[i - 1].low == "who":
            # "6 of the 10 patients who had pain reported that it eased": the change is of what
            # the relative clause named.
            right, k = _collect_right(toks, i + 1)
            np = _strip(_cut(right))
            said = [x for x in range(i + 1, k) if toks[x].low in _REPORT_VERBS]
            if said:  # "said" is no verb to the noun-phrase walk
                k = said[0]
                np = _strip(_cut(toks[i + 1 : k]))
            if k < len(toks) and toks[k].low in _REPORT_VERBS:
                k += 1
                k += k < len(toks) and toks[k].low == "that"
                k += k < len(toks) and toks[k].low in ("it", "they", "this", "these", "both")
            while k < len(toks) and toks[k].low in _AUX and toks[k].low != "not":
                k += 1
            if np and k < len(toks) and toks[k].atom < 0 and toks[k].low in _CHANGE:
                changed = _nominal(toks[k], [], np, text)
                return _Found(changed.measure, np[0].start, toks[k].end)
        if toks[i + 1].low in _RIGHT_VERBS or toks[i + 1].low in _CHANGE:
            i += 1  # "had developed …"
    if i < len(toks) and toks[i].atom < 0 and toks[i].low in _REPORT_VERBS:
        said = _said_state(toks, i + 1, text)
        if said is not None:
            return said  # "14 out of 18 patients said their pain was better"
    if i < len(toks) and toks[i].atom < 0:
        w = toks[i].low
        if w in _CHANGE:
            verb, before = _forward_changes(toks, i)
            return _nominal(verb, [], [], text, before)  # "7 of 10 patients improved"
        if w in _RIGHT_VERBS and not (i > 0 and toks[i - 1].low == "who"):
            # ("… in 15 of 20 patients who reported pain at baseline": who was counted, not a result)
            j = i + 1
            if j < len(toks) and toks[j].low in (
                "from",
                "with",
                "of",
            ):  # "suffered from", "complained of"
                j += 1
            np = _strip(_cut(_collect_right(toks, j)[0]))
            f = _found(np, text)
            if f is not None:
                f.start = min(f.start, toks[i].start)
            return f
    if clause_initial and i < len(toks) and toks[i].text == ",":
        np, k = _collect_right(toks, i + 1)
        body = _cut(np)
        if (
            body
            and k < len(toks)
            and (toks[k].low in _AUX or toks[k].low in _OBSERVE)
            and not (k + 1 < len(toks) and toks[k + 1].low in _USE)
        ):
            return _found(body, text)
    return None


def _embedded(c: _Cluster, text: str, nominalise: bool = True) -> _Found | None:
    """The measure named inside a statistic: "median reduction in VAS score, 3"."""
    emb = c.vals.get("emb")
    if not emb:
        return None
    _, s, e = emb
    toks = [t for t in _tokens(text, []) if s <= t.start and t.end <= e]
    if toks and toks[-1].low in _CHANGE:
        body = _cut(toks[:-1])
        if body and nominalise:  # "VAS score decreased by 3" → "decrease in VAS score"
            return _nominal(toks[-1], [], body, text)
        toks = body
    body = _strip(toks)
    return _found(body, text) if body else None


# ---------------------------------------------------------------------------------------------
# Public functions


_EM_DASH_RE = re.compile(r"(?<!\d)[\u2014\u2015]|[\u2014\u2015](?!\s*\d)")


def _normalise(sentence: str) -> str:
    """Same-length normalisation: dashes to '-', odd spaces to ' ', '·' decimal points to '.'.

    An em dash between numbers is a range; elsewhere it separates clauses, so it becomes a comma
    (as "-" it would glue "pain—in" into one word).
    """
    return _EM_DASH_RE.sub(",", sentence).translate(_TRANSLATE)


def find_quantities(sentence: str) -> list[Quantity]:
    """Outcome, adverse-event and duration quantities stated in one sentence, in text order."""
    text = _normalise(sentence)
    if not _ANY_NUMBER_RE.search(text):
        return []  # most sentences: nothing to read, skip the lexers
    atoms = _lex(text)
    if not atoms:
        return _bare_counts(text, [], [])
    clusters, times = _cluster(text, atoms)
    clusters = _zip_respectively(clusters, text)
    toks = _tokens(text, atoms)
    results: list[Quantity] = []
    lists: list[list[_Cluster]] = []
    prev: _Cluster | None = None
    group_size: int | None = None
    for c in clusters:
        if not any(k in c.vals for k in _CENTRAL) or any(a.kind == "ZERO" for a in c.atoms):
            prev = None
            continue
        if {k for k in c.vals if k in _CENTRAL} == {"n_eq"} and _subject_position(toks, c):
            # "Laser therapy (n = 21) achieved …": a group size, the denominator of what follows.
            group_size = int(c.vals["n_eq"])
            prev = None
            continue
        if group_size is not None and "denominator" not in c.vals and "n_eq" not in c.vals:
            num = c.vals.get("numerator")
            if (num is not None and int(num) <= group_size) or (
                num is None and "percent" in c.vals
            ):
                c.vals["denominator"] = group_size
        gap = _without_times(text, prev.end, c.start, times) if prev is not None else ""
        sub = _SUBGROUP_JOIN_RE.fullmatch(gap) if prev is not None else None
        if prev is not None and _same_kind(prev, c) and (
            _LIST_JOIN_RE.match(gap) or (sub is not None and _is_fraction(prev) and _is_fraction(c))
        ):
            if sub is not None:
                # "in 5 of 14 patients with DM and 3 of 20 with SSc": each count has its subgroup.
                prev.vals.setdefault("subgroup", sub["sub"].strip())
            lists[-1].append(c)
        else:
            lists.append([c])
        prev = c

    last: tuple[_Cluster, _Found] | None = None
    for lst in lists:
        head = lst[0]
        if _describes_population(text, head):
            continue
        if last is not None and _ARM_ELIDED_RE.fullmatch(text[last[0].end : head.start]):
            # "fell by a median of 3 points after ESWL and by a median of 2 after laser": the
            # second arm's result has the first one's measure.
            found = last[1]
        else:
            found = _measure_of(head, text, toks)
        if (
            found is None
            and last is not None
            and re.fullmatch(
                r"[\s,()]*(?:in|among|of|with)?[\s,()]*", text[last[0].end : head.start], _F
            )
        ):
            found = last[1]  # "decreased by 50% in four of five patients": same measure
        if (
            found is None
            and last is not None
            and _ELIDED_RE.fullmatch(text[last[0].end : head.start])
        ):
            found = last[1]  # "improved in 4/8 after RTX and in 5/9 after IVIG": the measure is elided
        if found is not None and found.measure in _MANNER and last is not None:
            # "healed completely in 15 (37%) and partly in 10 (24%)": partial healing
            adj = _MANNER[found.measure]
            base = re.sub(r"^(?:complete|partial)\s+", "", last[1].measure)
            found = _Found(f"{adj} {base}", found.start, found.end)
        if found is None:
            continue
        last = (lst[-1], found)
        resp = _RESPECTIVELY_RE.search(text, lst[-1].end)
        respectively = (
            resp is not None
            and len(lst) > 1
            and _RESP_GAP_RE.match(text[lst[-1].end : resp.start()])
        ) or (len(lst) > 1 and all("respectively" in c.vals for c in lst))
        if len(lst) == 2 and not respectively and _VERSUS_RE.fullmatch(text[lst[0].end : lst[1].start]):
            # "(62% vs 21%)", "mean fall 2.8 vs 1.1 points": one comparison, both numbers.
            merged = _versus(lst[0], lst[1])
            if merged is not None:
                lst = [merged]
        split = _split_coordination(found.measure) if respectively else []
        count_of = next((c.vals["count_of"] for c in reversed(lst) if "count_of" in c.vals), None)
        for gi, c in enumerate(lst):
            measure, ms, me = found.measure, found.start, found.end
            if gi > 0:
                _inherit_stat(head, c)
                own = _embedded(c, text, "baseline" not in c.vals)
                li = _tok_span(toks, c.start, c.end)[1]
                if own is None and _right_first(toks, li, text):
                    # "… in 9 of 15 (60%), and 6 of the 10 who had pain reported that it eased":
                    # a member with its own verb has its own measure.
                    own = _right_measure(toks, li, text, False)
                    own = own if own is not None and _measure_ok(own.measure) else None
                if own is not None:
                    measure, ms, me = own.measure, own.start, own.end
            if count_of is not None:
                c.vals.setdefault("count_of", count_of)
            group = None
            if respectively:
                if len(split) == len(lst):
                    measure = split[gi]
                else:
                    group = gi
            if "subgroup" in c.vals and len(lst) > 1:
                measure = f"{measure}, {_subgroup(c)}"
            q = _to_quantity(c, measure, ms, me, group, text, times)
            if q is not None:
                results.append(q)
    # Zero outcomes ("no recurrence was observed at 12 months").
    for c in clusters:
        if any(a.kind == "ZERO" for a in c.atoms):
            q = _zero_quantity(c, text, times)
            if q is not None:
                results.append(q)
    # States reached at a time point ("the ulcer had healed after 6 weeks").
    results += _state_quantities(text, toks, times, results)
    results += _coordinated_counts(text, results)
    results += _bare_counts(text, results, times)
    results.sort(key=lambda q: (q.start, q.end))
    return _dedupe(_merge_threshold(_merge_split_percent(results, text), text))


# The rest of a split result: "deposits regressed in eight (42%), were stable in seven and
# progressed in four", "… and was unchanged in the other thirteen".
_COORD_COUNT_RE = re.compile(
    r"\s*,?\s*(?:and\s+|while\s+|but\s+)?(?:were|was|remained|had)?\s*"
    r"(?P<v>stable|unchanged|progressed|grew|enlarged|worsened|improved|regressed|shrank|resolved|healed|"
    r"cleared|did not (?:change|respond))\s+in\s+(?:the\s+(?:other|remaining)\s+|another\s+|a\s+further\s+)?"
    rf"(?P<n>{_NUMW})\b(?!\s*(?:%|/|of\b|\())",
    _F,
)


def _coordinated_counts(text: str, results: list[Quantity]) -> list[Quantity]:
    """The bare counts that continue a result with a subject ("regression of deposits …")
    under the same denominator."""
    extra: list[Quantity] = []
    for q in results:
        head = re.match(r"\w+ (?:of|in) (.+)$", q.measure)  # "regression of deposits"
        subject = head[1] if head else None
        if subject is None or q.numerator is None:
            continue
        pos = q.end
        while m := _COORD_COUNT_RE.match(text, pos):
            n = _word_int(m["n"])
            if n is None or q.denominator is not None and n > q.denominator:
                break
            extra.append(
                replace(
                    q,
                    measure=f"{subject} {m['v']}",
                    start=m.start("v"),
                    end=m.end(),
                    numerator=n,
                    percent=None,
                    percent_high=None,
                )
            )
            pos = m.end()
    return extra


# Results given as bare counts after the population they are of: "prescribed to 18 patients; 5
# improved, 9 were unchanged and 4 progressed", "used in eight children and five improved", "Of
# 12 patients treated with colchicine, 7 reported fewer flares", "… and none improved". The count
# opens its clause and has no counted noun of its own; the population must be named before it in
# the sentence (a bare "2 improved" with nothing to count against says too little).
_BARE_COUNT_RE = re.compile(
    rf"(?:^|[;,:]|\b(?:and|while|whereas|but)\b|(?P<rel>\bof\s+(?:whom|these|them|those)))\s*"
    rf"(?:the\s+(?:other|remaining)\s+)?"
    rf"(?P<n>{_NUMW}|none|no\s+one|nobody)(?:\s+of\s+(?:whom|them|these|those))?\s+"
    r"(?:(?P<neg>did\s+not|failed\s+to)\s+(?P<base>respond|improve|change|heal)\b"
    r"|(?:(?:were|was|had|have|remained)\s+)?(?:\w+ly\s+)?"
    rf"(?P<v>{'|'.join(re.escape(v) for v in _STATE_VERBS)}|unchanged|stable)\b"
    r"|(?:had|showed|achieved|reported|experienced|gained)\s+(?:an?\s+)?"
    r"(?P<np>(?:[\w-]+\s+){0,3}?(?:response|remission|improvement|resolution|healing|clearance|"
    r"flares?|pain|relief|recurrences?|regression|benefit|change))\b)",
    _F,
)
_BARE_NEGATED = {"respond": "no response", "improve": "no improvement", "change": "no change",
                 "heal": "no healing"}


def _bare_counts(text: str, results: list[Quantity], times: list[_Atom]) -> list[Quantity]:
    """Quantities for the bare counts of :data:`_BARE_COUNT_RE`, each over the population named
    before it; counts another reading already took are left to it."""
    extra: list[Quantity] = []
    for m in _BARE_COUNT_RE.finditer(text):
        word = m["n"].lower()
        n = 0 if word in ("none", "nobody") or word.startswith("no ") else _word_int(word)
        if n is None or _is_year(n):
            continue
        if any(q.start <= m.start("n") < q.end for q in results):
            continue
        total = _earlier_total(text, m.start("n"), n)
        if m["rel"]:
            # "23 patients were included, of whom 17 improved": the group named just before, with
            # no other number between
            ante = _antecedent(text, m.start())
            total = None
            if ante and n <= ante[0] and not re.search(r"\d", text[ante[2] : m.start()]):
                total = ante[:2]
        if total is None:
            continue
        if m["base"]:
            measure = _BARE_NEGATED[m["base"].lower()]
        elif m["v"]:
            v = m["v"].lower()
            measure = _CHANGE[v][0] if v in _CHANGE else v
        else:
            measure = re.sub(r"\s+", " ", m["np"].lower())
        at = _timepoint_for(m.start("n"), m.end(), text, times)
        extra.append(
            Quantity(
                measure=measure,
                start=m.start("n"),
                end=m.end(),
                numerator=n,
                denominator=total[0],
                count_of=_pop(total[1]) or "patients",
                timepoint=str(at.vals["timepoint"]) if at else None,
            )
        )
    return extra


# A second result whose measure is left out: "… in 4/8 patients after RTX and in 5/9 …".
_ELIDED_RE = re.compile(
    r"[\s,()]*(?:[\w-]+\s+){0,5}?(?:and|while|whereas|but|vs\.?|versus)\s+(?:in|among|of|for)\s*[\s(]*",
    _F,
)


_VERSUS_RE = re.compile(r"[\s,;()]*(?:vs\.?|versus)[\s,;()]*", _F)
# A result for one arm, then "and" and the next arm's numbers: "… after ESWL and by a median of",
# "… with SMB and by".
_ARM_ELIDED_RE = re.compile(
    r"[\s,()]*(?:with|after|on|following|using|under|for)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:and|while|whereas|but|vs\.?|versus|compared\s+with)\s+"
    r"(?:(?:by|in|among|of|for|at|to|with)\s+)?(?:(?:a|an|the)\s+)?",
    _F,
)
_SUBGROUP_JOIN_RE = re.compile(
    rf"\s*(?:(?:{_POP_ALT})\s+)?(?P<sub>(?:with|in|among|on)\s+[^\d;,()]{{1,40}}?)\s+and\s+",
    _F,
)
_SUBGROUP_TAIL_RE = re.compile(
    rf"\s*(?:(?:{_POP_ALT})\s+)?(?P<sub>(?:with|in|among|on)\s+[^\d;,()]{{1,40}}?)\s*(?:\(|,|;|\.|$)",
    _F,
)
# "The indications were pain (n = 31), …": counts of why patients were treated, not results.
_INDICATION_RE = re.compile(
    r"\b(?:indications?|reasons?\s+for\s+(?:surgery|treatment|referral|operation|excision)|"
    r"presenting\s+(?:symptoms?|complaints?|features?)|presented\s+with)\b[^;]*$",
    _F,
)
# Bare counts on these heads are a study's size ("outcomes in 22 patients"), not results.
_STUDY_HEADS = _words("""
    outcome outcomes result results feature features characteristic characteristics experience
    management finding findings
""")


def _without_times(text: str, start: int, end: int, times: list[_Atom]) -> str:
    """The text between two clusters with time points blanked: "66% at 6 months and 49%"."""
    gap = list(text[start:end])
    for t in times:
        for i in range(max(t.start, start), min(t.end, end)):
            gap[i - start] = " "
    return "".join(gap)


def _is_fraction(c: _Cluster) -> bool:
    return c.vals.get("numerator") is not None and c.vals.get("denominator") is not None


def _subgroup(c: _Cluster) -> str:
    sub = str(c.vals["subgroup"])
    who = c.vals.get("count_of") or "patients"
    return f"{who} {sub}" if sub.lower().startswith("with") else sub


def _describes_population(text: str, c: _Cluster) -> bool:
    """Counts of indications, or a study's size, are not results."""
    clause = text[text.rfind(";", 0, c.start) + 1 : c.start]
    return bool(_INDICATION_RE.search(clause))


def _versus(a: _Cluster, b: _Cluster) -> _Cluster | None:
    """One comparison from "A vs B": A's values with B's number as ``versus``."""
    ka = {k for k in a.vals if k in _CENTRAL}
    kb = {k for k in b.vals if k in _CENTRAL}
    if ka == {"percent"} and kb == {"percent"}:
        other = b.vals["percent"]
    elif ka & {"median", "mean", "value"} and kb <= {"value", "median", "mean"} and len(kb) == 1:
        other = b.vals[next(iter(kb))]
    else:
        return None
    merged = _Cluster(a.atoms + b.atoms, dict(a.vals))
    for k, v in b.vals.items():
        if k not in _CENTRAL and k not in ("emb", "right_measure"):
            merged.vals.setdefault(k, v)
    merged.vals["versus"] = other
    return merged


def _zip_respectively(clusters: list[_Cluster], text: str) -> list[_Cluster]:
    """ "in 5 of 14 patients with DM and 3 of 20 with SSc (36% and 15%, respectively)": the i-th
    percentage restates the i-th count. Each pair must agree arithmetically."""
    out = list(clusters)
    i = 0
    while i < len(out):
        k = 0
        while i + k < len(out) and _is_fraction(out[i + k]) and "percent" not in out[i + k].vals:
            k += 1
        pcts = out[i + k : i + 2 * k]
        if (
            k >= 2
            and len(pcts) == k
            and all({x for x in p.vals if x in _CENTRAL} == {"percent"} for p in pcts)
            and not re.search(r"[\d;]", text[out[i + k - 1].end : pcts[0].start])
            and all(
                _LIST_JOIN_RE.match(text[p.end : q.start]) for p, q in zip(pcts, pcts[1:])
            )
            and re.match(r"[\s,]*respectively\b", text[pcts[-1].end :], _F)
            and all(
                _fits(f.vals["numerator"], f.vals["denominator"], p.vals["percent"])
                for f, p in zip(out[i : i + k], pcts)
            )
        ):
            fracs = out[i : i + k]
            for gi, (f, p) in enumerate(zip(fracs, pcts)):
                f.vals["percent"] = p.vals["percent"]
                f.vals["respectively"] = gi
                nxt = fracs[gi + 1].start if gi + 1 < k else pcts[0].start
                tail = _SUBGROUP_TAIL_RE.match(text[f.end : nxt] + "(")
                join = _SUBGROUP_JOIN_RE.fullmatch(text[f.end : nxt])
                m = join or tail
                if m:
                    f.vals.setdefault("subgroup", m["sub"].strip())
            del out[i + k : i + 2 * k]
            i += k
            continue
        i += max(k, 1)
    return out


def _merge_split_percent(qs: list[Quantity], text: str) -> list[Quantity]:
    """Join a count and the percentage that restates it after a phrase: "in 4 of 6 children with
    juvenile dermatomyositis (67%)" is one result, 67% (4/6), not a count and a stray percent."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and q.percent is not None
            and q.numerator is None
            and prev.numerator is not None
            and prev.denominator
            and prev.percent is None
            and 0 <= q.start - prev.end < 80
            and not _ANY_NUMBER_RE.search(text[prev.end : q.end].replace(f"{q.percent:g}", "", 1))
            and abs(prev.numerator / prev.denominator * 100 - q.percent) <= 1.0
        ):
            out[-1] = replace(prev, percent=q.percent)
            continue
        out.append(q)
    return out


def _merge_threshold(qs: list[Quantity], text: str) -> list[Quantity]:
    """Join a count and the threshold that defines what it counts: "Over 50% reduction in ulcer
    area: 11 of 20 (55%)", "4 of 9 (44%) had a fall of more than 60%" are one result each, the
    threshold a part of its measure, not a count and a stray bound."""
    out = list(qs)
    for t in qs:
        if t.comparator is None or t.percent is None or t.numerator is not None or t.denominator:
            continue
        count = next(
            (
                c
                for c in out
                if c is not t
                and c.comparator is None
                and (c.numerator is not None or c.percent is not None)
                and c.measure == t.measure
                and abs(c.start - t.start) < 80
            ),
            None,
        )
        if count is None:
            continue
        bound = f"{t.comparator} {t.percent:g}%"
        measure = f"{bound} {t.measure}" if t.start < count.start else f"{t.measure} of {bound}"
        out[out.index(count)] = replace(count, measure=measure)
        out.remove(t)
    return out


def _dedupe(qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        if not any(o.label() == q.label() and o.start == q.start for o in out):
            out.append(q)
    return out


def _same_kind(a: _Cluster, b: _Cluster) -> bool:
    ka = {k for k in a.vals if k in _CENTRAL}
    kb = {k for k in b.vals if k in _CENTRAL}
    if "emb" in b.vals and "emb" in a.vals:
        return False
    if "ZERO" in {x.kind for x in a.atoms} | {x.kind for x in b.atoms}:
        return False
    if kb <= {"value"} and ka & {"median", "mean", "value"}:
        return True
    return bool(ka & kb)


def _inherit_stat(head: _Cluster, c: _Cluster) -> None:
    """In "median 3 (range 0-9) and 1 (range 0-5)", the bare 1 is a median too."""
    if "value" in c.vals and not any(k in c.vals for k in ("median", "mean")):
        for stat in ("median", "mean"):
            if stat in head.vals and "baseline" not in c.vals:
                c.vals[stat] = c.vals.pop("value")
                if "unit" not in c.vals and "unit" in head.vals:
                    c.vals["unit"] = head.vals["unit"]
                break


def _subject_position(toks: list[_Tok], c: _Cluster) -> bool:
    """Is the cluster a parenthesis after a subject, then its verb: "X (n = 21) achieved …"?"""
    _, li = _tok_span(toks, c.start, c.end)
    i = li + 1
    while i < len(toks) and toks[i].text in (")", "]", ","):
        i += 1
    if i >= len(toks) or toks[i].atom >= 0 or not toks[i].text[0].isalpha():
        return False
    w = toks[i].low
    return (
        w in _AUX
        or w in _CAUSE
        or w in _OBSERVE
        or w in _CHANGE
        or w in _USE
        or w in _RIGHT_VERBS
        or (w.endswith("ed") and w not in _ADJ_ED)
    )


def _tok_span(toks: list[_Tok], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last tokens inside [start, end)."""
    first = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    last = max((k for k, t in enumerate(toks) if t.start < end), default=-1)
    return first, last


def _measure_of(c: _Cluster, text: str, toks: list[_Tok]) -> _Found | None:
    if "baseline" not in c.vals:
        return _measure_found(c, text, toks, nominalise=True)
    # "VAS fell from 8 to 2": the measure is the VAS itself; "flares fell from 4 to 1 per year":
    # what fell is no score, so the measure names the change ("reduction in flares").
    plain = _measure_found(c, text, toks, nominalise=False)
    if plain is not None and not _SCORE_RE.search(plain.measure):
        changed = _measure_found(c, text, toks, nominalise=True)
        if changed is not None and _CHANGE_NOUN_START_RE.match(changed.measure):
            return changed
    return plain


_CHANGE_NOUN_START_RE = re.compile(
    r"(?:" + "|".join(sorted({n for n, _ in _CHANGE.values()}, key=len, reverse=True)) + r")\b"
)


def _measure_found(
    c: _Cluster, text: str, toks: list[_Tok], nominalise: bool
) -> _Found | None:
    emb = _embedded(c, text, nominalise)
    if emb is not None and emb.measure.lower() in _CHANGE_NOUNS | {"fall", "drop", "decline"}:
        # "Pain improved more on the SMB side (mean fall 2.8 vs 1.1 points)": the change noun
        # alone names no measure; what changed is outside the parenthesis.
        outside = _left_measure(toks, _tok_span(toks, c.start, c.end)[0], text, nominalise)
        if outside is not None and _measure_ok(outside.measure):
            emb = outside
    candidates: list[_Found | None] = []
    if emb is not None:
        candidates.append(emb)
    else:
        fi, li = _tok_span(toks, c.start, c.end)
        clause_initial = _clause_initial(toks, fi)
        if c.vals.get("right_measure"):
            candidates.append(_found(_strip(_cut(_collect_right(toks, li + 1)[0])), text))
        if _right_first(toks, li, text):
            # The numbers are the subject ("16 (64%) had …"): what they did is the measure, or
            # there is none.
            candidates.append(_right_measure(toks, li, text, clause_initial))
            if _relative_after(toks, li):
                # "Pain scores fell in 9 of the 12 children who had pain at baseline": the
                # relative clause says who was counted; what happened to them is on the left
                candidates.append(_left_measure(toks, fi, text, nominalise))
        else:
            candidates.append(_left_measure(toks, fi, text, nominalise))
            candidates.append(_right_measure(toks, li, text, clause_initial))
    for f in candidates:
        if f is not None and _measure_ok(f.measure):
            if f.start < 0:
                f.start, f.end = c.start, c.end
            return _ranked_effect(f, text)
    return None


# "Diarrhoea was the commonest side effect, reported by 6 (25%)": the effect is the subject.
_RANKED_EFFECT = re.compile(
    r"(?:most\s+(?:common|frequent)|commonest|main|principal|only)\s+"
    r"(?:side[\s-]effects?|adverse\s+(?:events?|effects?|reactions?)|complications?)",
    re.IGNORECASE,
)
_EFFECT_SUBJECT = re.compile(
    r"(?:^|[.;:]\s*)(?P<np>[A-Za-z][\w\s-]{0,40}?)\s+(?:was|were|is|are)\s+(?:the\s+|by far the\s+)?$"
)


def _ranked_effect(f: _Found, text: str) -> _Found:
    if not _RANKED_EFFECT.fullmatch(f.measure):
        return f
    m = _EFFECT_SUBJECT.search(text[: f.start])
    if m is None:
        return f
    return _Found(m.group("np").strip().lower(), m.start("np"), f.end)


def _clause_initial(toks: list[_Tok], fi: int) -> bool:
    k = fi - 1
    while k >= 0 and toks[k].low in (
        "in",
        "of",
        "among",
        "for",
        "(",
        "only",
        "all",
        "overall",
        "after",
        "at",
    ):
        k -= 1
    if k >= 0 and toks[k].kind == "TIME":
        while k >= 0 and toks[k].kind == "TIME":
            k -= 1
        while k >= 0 and toks[k].text == ",":
            k -= 1
    return k < 0 or toks[k].text in (";", ":")


def _right_first(toks: list[_Tok], li: int, text: str) -> bool:
    if _of_subject(toks, li) is not None:
        return True  # "40% of the ulcer area had re-epithelialised"
    i = _after_cluster(toks, li)
    return (
        i < len(toks)
        and toks[i].atom < 0
        and (
            toks[i].low in _RIGHT_VERBS
            or toks[i].low in _CHANGE
            or toks[i].low in ("had", "has", "have")
            # "With X, 9 of 12 (75%) were free of pain": the state they were in
            or bool(_FREE_AFTER_RE.match(text, toks[i].start))
        )
    )


def _split_coordination(measure: str) -> list[str]:
    """ "scarring and hyperkeratosis" → two measures; "partial or complete remission" stays one."""
    if " or " in f" {measure} " or " and " not in f" {measure} ":
        return []
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", measure) if p.strip()]
    if len(parts) < 2:
        return []
    last = parts[-1].split()
    shared = last[-1] if len(last) > 1 else None
    out = []
    for p in parts:
        words = p.split()
        if (
            len(words) == 1
            and words[0]
            in (
                "complete",
                "partial",
                "total",
                "mild",
                "moderate",
                "severe",
                "major",
                "minor",
                "early",
                "late",
                "local",
                "transient",
            )
            and shared
        ):
            out.append(f"{p} {shared}")
        else:
            out.append(p)
    return out


def _n_as_numerator(percent: float, n: int) -> bool:
    """ "57% (n = 12)": is 12 the numerator? Yes unless no whole total fits the percentage."""
    if percent <= 0:
        return False
    total = n * 100.0 / percent
    if total < n:
        return False
    return any(
        abs(k and n * 100.0 / k - percent) <= 0.51 for k in (int(total), int(total) + 1) if k >= n
    )


def _to_quantity(
    c: _Cluster, measure: str, ms: int, me: int, group: int | None, text: str, times: list[_Atom]
) -> Quantity | None:
    v = dict(c.vals)
    unit = v.get("unit") or v.get("range_unit")
    if _head_word(measure.lower().split()) in _DOSE_HEADS:
        return None  # "mean dose 240 mg": a dose, not an outcome
    numerator, denominator = v.get("numerator"), v.get("denominator")
    if "n_eq" in v:
        n = int(v["n_eq"])
        if numerator is None and denominator is None:
            # "nausea (n = 4)", "45% (n = 9)": k counts those with the outcome, unless a percentage
            # makes that arithmetically impossible. (Group sizes are handled by the caller.)
            if v.get("percent") is None or _n_as_numerator(float(v["percent"]), n):
                numerator = n
            else:
                denominator = n
        elif denominator is None and numerator is not None and n >= int(numerator):
            denominator = n
    # A lone value or range must be tied to a named duration/score/change measure: "follow-up of
    # 12 months" is kept, "nodules ranging from 1 to 5 mm" (a lesion size) is not.
    central = {k for k in v if k in _CENTRAL}
    if central <= {"value", "range_low"} and "baseline" not in v and not _value_measure(measure):
        return None
    if (
        numerator is not None
        and denominator is None
        and v.get("percent") is None
        and _head_word(measure.lower().split()) in _STUDY_HEADS
    ):
        return None  # "outcomes in 22 patients": the size of a study
    count_of = v.get("count_of")
    if unit is None:
        unit, count_of = _implied_unit(v, measure, numerator, denominator, count_of)
    at = _timepoint_for(c.start, max(c.end, me), text, times, since=v.get("ante_end"))
    tp = str(at.vals["timepoint"]) if at else None
    start = min(c.start, ms) if ms >= 0 else c.start
    end = max(c.end, me) if me >= 0 else c.end
    if text[end : end + 1] in (")", "]") and text[start:end].count("(") + text[start:end].count(
        "["
    ) > text[start:end].count(")") + text[start:end].count("]"):
        end += 1  # close the parenthesis the numbers sit in
    return Quantity(
        measure=measure,
        start=start,
        end=end,
        percent=_opt(v.get("percent")),
        percent_high=_opt(v.get("percent_high")),
        numerator=_opti(numerator),
        denominator=_opti(denominator),
        median=_opt(v.get("median")),
        mean=_opt(v.get("mean")),
        range_low=_opt(v.get("range_low")),
        range_high=_opt(v.get("range_high")),
        unit=unit if isinstance(unit, str) else None,
        comparator=v.get("comparator"),
        group=group,
        count_of=count_of,
        value=_opt(v.get("value")),
        baseline=_opt(v.get("baseline")),
        statistic=v.get("statistic"),
        sd=_opt(v.get("sd")),
        range_kind=(v.get("range_kind") or ("range" if v.get("range_low") is not None else None)),
        timepoint=tp,
        p_value=v.get("p_value"),
        ci_level=_opt(v.get("ci_level")),
        ci_low=_opt(v.get("ci_low")),
        ci_high=_opt(v.get("ci_high")),
        versus=_opt(v.get("versus")),
        baseline_sd=_opt(v.get("baseline_sd")),
        baseline_range_low=_opt(v.get("baseline_range_low")),
        baseline_range_high=_opt(v.get("baseline_range_high")),
        out_of=_opt(v.get("out_of")),
    )


_SCORE_RE = re.compile(r"\b(?:VAS|NRS|score|scale|DLQI|index|points?)\b", _F)
_NUMBER_OF_RE = re.compile(r"^number of (?:[\w\-]+ )*?(?P<what>[a-z]+s)\b")


def _implied_unit(
    v: dict[str, Any], measure: str, numerator: Any, denominator: Any, count_of: Any
) -> tuple[str | None, str | None]:
    """The unit a number has without saying so, or (None, count_of).

    A bare count is of patients unless the text said what it counts ("nausea (n = 4)", "no
    recurrence at 12 months"); a score's statistic is in points of its scale ("median reduction
    in VAS score, 3"); "the median number of sessions, 4" is in sessions. No number is invented:
    only what the stated number counts.
    """
    if numerator is not None and denominator is None and v.get("percent") is None:
        who = count_of or "patients"
        return who, who
    if any(k in v for k in ("median", "mean", "value", "range_low", "baseline")):
        m = _NUMBER_OF_RE.match(measure.lower())
        if m:
            return m["what"], count_of
        if _SCORE_RE.search(measure):
            return "points", count_of
    return None, count_of


_VALUE_HEADS = _words("""
    duration follow-up followup time period interval length size diameter score vas reduction
    decrease improvement increase change stay course delay latency onset healing resolution
    remission response number count sessions treatment therapy survival recurrence relapse
    clearance pain
""")


def _value_measure(measure: str) -> bool:
    words = measure.lower().split()
    return any(w in _VALUE_HEADS or _singular(w) in _VALUE_HEADS for w in words)


def _timepoint_for(
    start: int, end: int, text: str, times: list[_Atom], since: int | None = None
) -> _Atom | None:
    """The time point nearest the numbers at ``start``, after them or after their measure where it
    runs on to ``end`` ("60% of the area had re-epithelialised by week 12"), in the same clause:
    not across a semicolon, a contrast or other numbers, nor back over ", and" ("… taken for 9
    months, and there was no improvement": that time belongs to the clause before), unless the
    count's group was named in that clause, ending at ``since`` ("12 patients applied it for 3
    months, and the lumps shrank in 5 of them": their time)."""
    best: tuple[int, _Atom] | None = None
    for t in times:
        if t.end > start and t.start < end:
            continue
        before = t.end <= start
        gap = text[t.end : start] if before else text[end : t.start]
        if ";" in gap or re.search(r"\b(?:while|whereas|but|and\s+\d)\b", gap) or len(gap) > 80:
            continue
        own_group = since is not None and before and since <= t.start
        if re.search(r"\d", gap) or (
            before
            and not own_group
            and re.search(r",\s*(?:and|but|while|whereas)\b", gap, _F)
        ):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), t)
    return best[1] if best else _leading_timepoint(start, text, times)


def _leading_timepoint(start: int, text: str, times: list[_Atom]) -> _Atom | None:
    """A time point that opens the sentence, before any other number, and so dates every result
    of its clause ("At a median of 5 weeks, plaques were flatter in 6 (30%), the same in 11
    (55%) …"), unless a semicolon or a contrast ends that clause first."""
    lead = next(
        (t for t in times if t.end <= start and not re.search(r"\d", text[: t.start])), None
    )
    if lead is None or len(text[: lead.start].split()) > 3:
        return None
    gap = text[lead.end : start]
    if ";" in gap or re.search(r"\b(?:while|whereas|but|although|however)\b|,\s*and\b", gap, _F):
        return None
    return lead


# --- States reached at a time point -----------------------------------------------------------
#
# Case reports give results as states with a time and no count: "the ulcer had healed after 6
# weeks", "serum phosphate was normal within 10 days", "the nodules had cleared completely by
# month 5", "she remained free of pain and ulcers at 18 months". The time must follow the state
# (or open its clause: "At 14 months he was free of ulcers"), with a preposition of a time point:
# "for 10 months", "over 2 years", "during 6 months" are durations, and ages ("by 18 months of
# age") are not times after treatment. A state reached "spontaneously" or "without treatment" is
# the natural course, not a result, and a negated one ("had not healed") is left to the relation
# stage.

_STATE_PREPS = frozenset({"after", "within", "by", "at", "following", "later"})
_ORDINAL_PREPS = frozenset({"in", "on"})  # "in week 4", "on day 10": a time point too
_STATE_AUX = (
    r"had|has|have|was|were|is|are|been|being|be|remained|remains|remain|became|become|becomes|"
    r"appeared|seemed|then|all|now|already|still|largely|also|both|returned|come|came|gone|got"
)
_STATE_AUX_WORDS = frozenset(_STATE_AUX.split("|"))
_LIST_WORD = (
    rf"(?!(?:{_STATE_AUX}|with|without|at|after|within|by|in|on|for|following|and|or)\b)"
    r"[a-z][\w\-]*"
)
# What a patient is free of: "pain", "pain and ulcers", "pain, swelling or discharge".
_FREE_OF = (
    rf"(?P<fx>{_LIST_WORD}(?:\s+{_LIST_WORD})?"
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_LIST_WORD}(?:\s+{_LIST_WORD})?){{0,3}})"
)
_STATE_PRED = (
    rf"(?P<chg>{'|'.join(re.escape(v) for v in _STATE_VERBS)})"
    r"|(?P<norm>(?:back\s+)?(?:(?:with)?in|to|into)\s+(?:the\s+|its\s+)?(?:normal|reference)\s+"
    r"(?:range|limits?|values?|levels?|interval)|(?:back\s+to\s+)?normal)"
    rf"|(?P<free>free\s+(?:of|from)\s+{_FREE_OF}|(?P<fx2>[a-z]+)-free)"
    r"|(?P<rem>in\s+(?P<radj>complete\s+|partial\s+|full\s+|clinical\s+|sustained\s+)?remission)"
    r"|(?P<asym>asymptomatic|symptom-free)"
    r"|(?P<wo>without\s+(?:any\s+)?(?P<wx>pain|symptoms|discomfort|itch|ulcers?|ulceration|"
    r"infection|limitation))"
)
_STATE_ADV_RE = (
    r"(?P<adv>(?:\s+(?:completely|fully|entirely|totally|partly|partially|again|well))*)"
)
# The state right before a time point: "… had healed completely" + "after 6 weeks".
_STATE_BEFORE_RE = re.compile(
    rf"(?<![\w\-])(?P<aux>(?:(?:{_STATE_AUX}|not|never|\w+ly)\s+)*)(?:{_STATE_PRED}){_STATE_ADV_RE}"
    r"\s*,?\s*$",
    _F,
)
# The state of a clause that a time point opens: "After 6 months" + "the ulcers had healed".
_STATE_AFTER_RE = re.compile(
    rf"(?P<aux>(?:(?:{_STATE_AUX}|not|never|\w+ly)\s+)*)(?:{_STATE_PRED}){_STATE_ADV_RE}"
    r"(?=\s*(?:[,;.:]|\band\b|$))",
    _F,
)
# … and right after a count, with no time needed: "15 of 20 (75%) were free of recurrence at 1
# year", "remained free of any new lesions".
_FREE_AFTER_RE = re.compile(
    rf"(?:(?:{_STATE_AUX}|stay(?:s|ed)?|\w+ly)\s+)+free\s+(?:of|from)\s+(?:any\s+)?"
    r"(?:new\s+|further\s+)?"
    + _FREE_OF,
    _F,
)
_NATURAL_COURSE_RE = re.compile(
    r"\b(?:spontaneous(?:ly)?|without\s+(?:any\s+)?(?:treatment|therapy|intervention)|"
    r"untreated|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|naturally)\b",
    _F,
)
_LAB_WORDS = _words("""
    serum plasma blood urinary calcium phosphate phosphorus phosphataemia phosphatemia
    calcaemia calcemia pth parathyroid creatinine level levels concentration concentrations
    alkaline phosphatase bicarbonate urea magnesium potassium product kidney renal function egfr
    albumin vitamin
""")
_PRONOUN_SUBJECTS = _words("""
    he she it they this these his her its their the patient child dog cat
""")
# an auxiliary or verb that says the state is a return ("came back to normal")
_RETURNED = _RETURN_VERBS | {"come", "back"}


def _state_quantities(
    text: str, toks: list[_Tok], times: list[_Atom], results: list[Quantity]
) -> list[Quantity]:
    out: list[Quantity] = []
    for t in times:
        prep = str(t.vals.get("time_prep", ""))
        if "time_value" not in t.vals or not (
            prep in _STATE_PREPS or (prep in _ORDINAL_PREPS and t.vals.get("ordinal"))
        ):
            continue
        clause_start = max(text.rfind(c, 0, t.start) for c in ";:") + 1
        ends = [i for i in (text.find(c, t.end) for c in ";:") if i >= 0]
        clause_end = min(ends, default=len(text))
        if _NATURAL_COURSE_RE.search(text, clause_start, clause_end):
            continue
        found = _state_before(text, toks, t) or _state_after(text, toks, t, clause_start)
        if found is None:
            continue
        f, negated = found
        start, end = min(f.start, t.start), max(f.end, t.end)
        if negated or any(q.start < end and start < q.end for q in results + out):
            continue  # "had not healed": a negated fact; or its numbers are read already
        count = _ANTECEDENT_RE.match(text, f.start)  # a count and its population
        if count is not None and _word_int(count["d"]) is not None:
            # "After 6 months, 4 patients had improved": a count of those in the state
            who = _pop(count["pop"])
            out.append(
                Quantity(
                    measure=f.measure,
                    start=start,
                    end=end,
                    numerator=_word_int(count["d"]),
                    unit=who,
                    count_of=who,
                    timepoint=str(t.vals["timepoint"]),
                )
            )
            continue
        high = t.vals.get("time_high")
        out.append(
            Quantity(
                measure=f.measure,
                start=start,
                end=end,
                value=None if high is not None else float(t.vals["time_value"]),
                range_low=float(t.vals["time_value"]) if high is not None else None,
                range_high=high,
                unit=t.vals.get("time_unit"),
                timepoint=str(t.vals["timepoint"]),
                state=True,
            )
        )
    return out




def _state_before(text: str, toks: list[_Tok], t: _Atom) -> tuple[_Found, bool] | None:
    """ "the ulcer had healed after 6 weeks": the state ends where the time point starts."""
    left = text[: t.start]
    m = _STATE_BEFORE_RE.search(left, max(0, t.start - 160))
    if m is None:
        return None
    k = next((i for i, x in enumerate(toks) if x.start >= m.start("aux") + len(m["aux"])), -1)
    if k < 0:
        return None
    j = k - 1
    while j >= 0 and toks[j].start >= m.start() and toks[j].atom < 0:
        j -= 1  # left of the auxiliaries: the subject
    return _state_measure(text, toks, m, j, k)


def _state_after(
    text: str, toks: list[_Tok], t: _Atom, clause_start: int
) -> tuple[_Found, bool] | None:
    """ "After 6 months the ulcers had healed": the time point opens the clause of the state."""
    if text[clause_start : t.start].strip(" ,") and not re.fullmatch(
        r"\s*(?:and|but|then|,)*\s*", text[clause_start : t.start]
    ):
        return None
    k = next((i for i, x in enumerate(toks) if x.start >= t.end), len(toks))
    if k < len(toks) and toks[k].text == ",":
        k += 1
    subject: list[_Tok] = []
    while k < len(toks) and toks[k].atom < 0 and _is_word(toks[k]) and len(subject) < 6:
        m = _STATE_AFTER_RE.match(text, toks[k].start)
        if m is not None and (subject or toks[k].low in _STATE_AUX_WORDS):
            return _state_measure(text, toks, m, k - 1, k, subject)
        if subject and _is_verb_like(toks, k) and k + 1 < len(toks):
            m = _STATE_AFTER_RE.match(text, toks[k + 1].start)
            if m is not None and m["wo"]:  # "At 6 months she walked without pain"
                return _state_measure(text, toks, m, k, k + 1, subject)
        if (toks[k].low in _BOUND and toks[k].low not in _PRONOUN_SUBJECTS) or (
            subject and _is_verb_like(toks, k)
        ):
            return None  # the clause goes on with another verb: no state right after the time
        subject.append(toks[k])
        k += 1
    return None


def _state_measure(
    text: str,
    toks: list[_Tok],
    m: re.Match[str],
    j: int,
    k: int,
    subject: list[_Tok] | None = None,
) -> tuple[_Found, bool] | None:
    """The measure of a state matched by ``m``; its subject ends at token ``j`` (or is given)."""
    aux = m["aux"].lower().split()
    negated = "not" in aux or "never" in aux
    pred = next(g for g in ("chg", "norm", "free", "rem", "asym", "wo") if m[g])
    pstart, pend = m.start(pred), m.end()
    verb_before = ""  # "brought her serum calcium into the normal range": its object's state
    if subject is None:
        if pred == "chg":
            j, _ = _coordinated_changes(toks, j)  # "softened and had cleared": the same subject
        np = _collect_left(toks, j) if j >= 0 else _NP([], -1)
        subject = np.toks
        verb_before = toks[np.stop].low if np.stop >= 0 else ""
    subject = [x for x in _cut(subject) if x.low not in ("he", "she", "it", "they")]
    adv = m["adv"].lower().split()
    manner = next((_MANNER[a] for a in adv if a in _MANNER), None)
    if pred == "chg":
        verb = next(x for x in toks if x.start == m.start("chg"))
        f = _nominal(verb, [], subject, text)
        if manner:
            f.measure = f"{manner} {f.measure}"
    elif pred == "norm":
        if not subject or not any(x.low in _LAB_WORDS for x in subject):
            return None
        what = _render(subject, text, singular=False)
        returned = any(a in _RETURNED for a in [*aux, verb_before])
        measure = f"normalisation of {what}" if returned else f"normal {what}"
        f = _Found(measure, subject[0].start, pend)
    elif pred == "free":
        if m["fx2"]:
            what = m["fx2"].lower() + ("s" if m["fx2"].lower() == "symptom" else "")
        else:
            what = re.sub(r"\s+", " ", m["fx"]).strip()
        f = _Found(f"freedom from {what}", pstart, pend)
    elif pred == "rem":
        adj = (m["radj"] or "").strip().lower()
        f = _Found(f"{adj} remission".strip(), pstart, pend)
    elif pred == "wo":  # "she walks without pain"
        f = _Found(f"freedom from {m['wx'].lower()}", pstart, pend)
    else:
        f = _Found("freedom from symptoms", pstart, pend)
    if subject:
        f.start = min(f.start, subject[0].start)
    if not _measure_ok(f.measure):
        return None
    return f, negated


def _zero_quantity(c: _Cluster, text: str, times: list[_Atom]) -> Quantity | None:
    atom = next(a for a in c.atoms if a.kind == "ZERO")
    _, s, e = atom.vals["zero_measure"]
    toks = [t for t in _tokens(text, []) if s <= t.start and t.end <= e]
    said = " ".join(text[s:e].lower().split())
    if said in ("recur", "relapse", "come back", "return", "reappear"):  # "had not recurred"
        measure = "relapse" if said == "relapse" else "recurrence"
    else:
        body = _cut(toks)
        measure = _render(body, text) if body else ""
    if not _measure_ok(measure):
        return None
    at = _timepoint_for(c.start, c.end, text, times)
    if at is None:
        return None  # "no recurrence was seen" with no number: a negated fact, not a quantity
    # the span covers the time point that anchors it: "had not recurred at 2 years"
    return Quantity(
        measure=measure,
        start=min(c.start, s, at.start),
        end=max(c.end, e, at.end),
        numerator=0,
        unit="patients",
        count_of="patients",
        timepoint=str(at.vals["timepoint"]),
    )


def _opt(x: Any) -> float | None:
    return None if x is None else float(x)


def _opti(x: Any) -> int | None:
    return None if x is None else int(x)


# ---------------------------------------------------------------------------------------------
# Study-level counts

_COUNT_NOUNS = _table("""
    studies study articles article publications papers case_series -> studies
    case_reports case_report reports report -> reports
    trials trial rcts randomized_controlled_trials randomised_controlled_trials -> trials
    patients patient subjects participants individuals children adults persons people -> patients
    cases case -> cases
    lesions -> lesions
""")
_STUDY_KINDS = {"studies", "reports", "trials"}
_COUNT_NOUN_ALT = "|".join(re.escape(k) for k in sorted(_COUNT_NOUNS, key=len, reverse=True))
_COUNT_RE = re.compile(
    rf"(?<![\w./:,\-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_NW_ALT}))\s+"
    rf"(?P<mods>(?:(?!(?:of|and|or|in|with|were|was|from|to|the|a|had|who|patients|cases)\b)[a-z][\w\-]*\s+){{0,3}}?)"
    rf"(?P<noun>{_COUNT_NOUN_ALT})\b",
    _F,
)
_COUNT_PART_OF_RE = re.compile(
    rf"(?:(?:\b\d+|\b(?:{_NW_ALT}))\s+(?:\(\s*\d+(?:\.\d+)?\s?%\s*\)\s*)?(?:out\s+)?of"
    rf"(?:\s+(?:the|these|those|our|all))?|/|\ball|\bnone\s+of\s+the)\s*$",
    _F,
)
_COUNT_N_RE = re.compile(rf"\b(?P<noun>{_COUNT_NOUN_ALT})\s*\(\s*n\s*=\s*(?P<n>\d+)\s*\)", _F)
_STUDY_CUE_RE = re.compile(
    r"\b(?:includ\w*|analy[sz]\w*|review\w*|identif\w*|enrol\w*|recruit\w*|compris\w*|involv\w*|total|"
    r"series|cohort|retriev\w*|select\w*|eligible|screen\w*|examin\w*|evaluat\w*|studied|treated|"
    r"report\w*|present\w*|describ\w*|retrospective\w*|prospective\w*|consecutive|yield\w*|found|"
    r"data\s+(?:on|from)|sample|population|underwent|received)\b",
    _F,
)


def find_counts(sentence: str) -> dict[str, int]:
    """Study-level counts in a sentence: ``{"studies": 40, "patients": 136}``.

    Counts of studies, reports and trials are taken wherever they appear; counts of patients,
    cases and lesions only in sentences about the study itself (a cue such as "included",
    "a total of", "series", "we report", "treated"). A count that is part of n/N ("12 of 21
    patients") or a numerator with a percentage ("7 patients (35%)") is not a study count.
    When a kind appears twice, the first wins unless a later one says "a total of".
    """
    text = _normalise(sentence)
    if re.search(r"\bcited\s+by\b|\bcitations?\b|\bdoi\b|\bvol\.|\bet\s+al\b", text, _F):
        return {}  # catalogue chrome, or another study's numbers ("Smith et al. reported 3 cases")
    cue = bool(_STUDY_CUE_RE.search(text))
    out: dict[str, int] = {}
    totals: set[str] = set()
    hits: list[tuple[int, str, int]] = []
    for m in _COUNT_RE.finditer(text):
        raw = m["n"].replace(",", "")
        n = int(raw) if raw.isdigit() else _word_int(raw)
        if n is None:
            continue
        noun = re.sub(r"\s+", " ", m["noun"].lower())
        kind = _COUNT_NOUNS[noun]
        if (
            noun in ("patient", "case", "study", "article", "report", "trial", "case report")
            and n != 1
        ):
            continue
        if m["mods"] and re.search(r"\d", m["mods"]):
            continue
        before = text[max(0, m.start() - 30) : m.start()].lower()
        after = text[m.end() : m.end() + 20]
        if _COUNT_PART_OF_RE.search(before):
            continue  # the N of "12 of 21 patients"
        if m["n"][0].isalpha() and re.search(r"\b(?:hundred|thousand|and)\s*$", before):
            continue  # "One thousand three hundred and five patients": not a number we read
        if re.match(r"\s*(?:\(\s*\d+(?:\.\d+)?\s?%|\(\s*\d+\s*/|of\s+(?:the\s+)?\d|/)", after):
            continue
        if re.match(r"\s*(?:-|to)\s*\d", after) or re.search(r"\d\s*(?:-|to)\s*$", before):
            continue
        if _is_year(n) and "," not in m["n"]:
            continue
        if kind not in _STUDY_KINDS and not cue:
            continue
        if (
            kind not in _STUDY_KINDS
            and re.search(r"\b(?:in|among)\s*$", before)
            and not re.search(r"\b(?:total|series|cohort|includ|enrol|analy|review)", text, _F)
        ):
            continue
        total = bool(re.search(r"\ba\s+total\s+of\s*$", before))
        hits.append((m.start(), kind, n))
        if total:
            totals.add(f"{kind}@{m.start()}")
    for m in _COUNT_N_RE.finditer(text):
        kind = _COUNT_NOUNS[re.sub(r"\s+", " ", m["noun"].lower())]
        hits.append((m.start(), kind, int(m["n"])))
    for pos, kind, n in sorted(hits):
        if kind not in out or f"{kind}@{pos}" in totals:
            out[kind] = n
    return out
