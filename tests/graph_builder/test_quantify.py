"""The quantify stage: the numbers of clinical sentences as Quantity objects with readable labels.

Each case is one sentence and the quantities it must yield, compared on the fields given (a
field not named is not checked, but the number of quantities must match exactly).
"""

from __future__ import annotations

import doctest
import re
from typing import Any

import pytest
from cckg.graph_builder import cues, quantify
from cckg.graph_builder.quantify import Quantity, find_counts, find_quantities, over_total

from cckg import resources

Case = tuple[str, list[dict[str, Any]]]

_NUMBERISH = re.compile(
    r"\d|\b(?:no|none|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE
)


def _check(sentence: str, expected: list[dict[str, Any]]) -> None:
    got = find_quantities(sentence)
    assert len(got) == len(expected), [q.label() for q in got]
    for q, exp in zip(got, expected, strict=True):
        for key, value in exp.items():
            actual = q.label() if key == "label" else getattr(q, key)
            assert actual == value, (key, q)
        # The span is a real slice of the sentence and covers the numbers.
        assert 0 <= q.start < q.end <= len(sentence)
        assert _NUMBERISH.search(sentence[q.start : q.end])


def _ids(cases: list[Any]) -> list[str]:
    return [(c[0] if isinstance(c, tuple) else c)[:40] for c in cases]


# --- The systematic-review abstract shipped in the corpus ------------------------------------

ABSTRACT: list[Case] = [
    (
        "Partial or complete remission after monotherapy was observed in 64% to 81% of cases.",
        [dict(measure="partial or complete remission", percent=64.0, percent_high=81.0,
              count_of="cases", label="partial or complete remission 64-81%")],
    ),
    (
        ("Self-applied topical sodium thiosulfate required patient's adherence (mean treatment "
         "duration, 4.9\u00a0months; range 2\u201324)."),
        [dict(measure="treatment duration", mean=4.9, unit="months", range_low=2.0,
              range_high=24.0, label="treatment duration mean 4.9 months (range 2-24)")],
    ),
    (
        ("Laser therapy enabled complete remission of microcalcifications after a single procedure "
         "(57%; 12/21)."),
        [dict(measure="complete remission of microcalcifications", percent=57.0, numerator=12,
              denominator=21, label="complete remission of microcalcifications 57% (12/21)")],
    ),
    (
        ("ESWL and intralesional sodium thiosulfate injections decreased calcinosis-associated "
         "pain (median reduction in VAS score, 3; range 0\u20139 and 1; range 0\u20135, "
         "respectively)."),
        # a score's unit is points of its scale; the label does not repeat it
        [dict(measure="reduction in VAS score", median=3.0, range_low=0.0, range_high=9.0,
              group=0, unit="points", label="reduction in VAS score median 3 (range 0-9)"),
         dict(measure="reduction in VAS score", median=1.0, range_low=0.0, range_high=5.0,
              group=1, unit="points", label="reduction in VAS score median 1 (range 0-5)")],
    ),
    (
        ("The most common adverse event was scarring and hyperkeratosis, observed after CO2 laser "
         "(56%; 10/18)."),
        [dict(measure="scarring and hyperkeratosis", percent=56.0, numerator=10, denominator=18,
              label="scarring and hyperkeratosis 56% (10/18)")],
    ),
    (
        ("Intralesional sodium thiosulfate injections caused transient pain in over 11% of "
         "patients."),
        [dict(measure="transient pain", percent=11.0, comparator="over", count_of="patients",
              label="transient pain over 11%")],
    ),
    (
        "Recurrences within the follow-up were rare (2%; 3/136).",
        [dict(measure="recurrence", percent=2.0, numerator=3, denominator=136,
              label="recurrence 2% (3/136)")],
    ),
    ("A total of 40 studies including 136 patients were analysed.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ABSTRACT, ids=_ids(ABSTRACT))
def test_abstract_sentences(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


def test_abstract_sentences_are_the_shipped_text() -> None:
    """The cases above are the corpus abstract verbatim (once its JATS markup is stripped)."""
    raw = (resources.corpus_dir() / "nowaczyk-2021-local-therapies.txt").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", raw)
    for sentence, _ in ABSTRACT:
        assert sentence in text


def test_abstract_counts() -> None:
    assert find_counts("A total of 40 studies including 136 patients were analysed.") == {
        "studies": 40,
        "patients": 136,
    }


# --- Other phrasings: case reports, reviews, British spelling ---------------------------------

PHRASINGS: list[Case] = [
    # a threshold that defines what a count counts is part of its measure, before or after it
    ("Over 50% reduction in ulcer area: 11 of 20 patients (55%).",
     [dict(label="over 50% reduction in ulcer area 55% (11/20)", numerator=11, denominator=20)]),
    ("More than 50% shrinkage of the deposits was seen in 5 of 8 (63%).",
     [dict(label="more than 50% shrinkage of the deposits 63% (5/8)", numerator=5, denominator=8)]),
    # the bound after the number: "by 40% or more"
    ("Ulcer area shrank by 40% or more in 7 of 12 (58%).",
     [dict(label="shrinkage of ulcer area of at least 40% 58% (7/12)", numerator=7, denominator=12)]),
    ("Of the group, 4 of 9 (44%) had a reduction greater than 60%.",
     [dict(label="reduction of more than 60% 44% (4/9)", numerator=4, denominator=9)]),
    # a symptom said to be absent: the count is of those free of it, not of those who had it
    ("Itch was absent in 7 of 10 children (70%).",
     [dict(measure="itch absent", numerator=7, denominator=10, percent=70.0)]),
    # n of N, in words and digits; "improved in 7 of 10" names the change, not the verb
    ("Calcinosis improved in 7 of 10 patients.",
     [dict(measure="improvement of calcinosis", numerator=7, denominator=10, percent=None,
           label="improvement of calcinosis 7/10")]),
    ("Seven of ten patients improved after diltiazem.",
     [dict(measure="improvement", numerator=7, denominator=10)]),
    ("Healing was complete in 12 out of 21 patients.",
     [dict(measure="healing", numerator=12, denominator=21)]),
    # n/N (x%) order, and n (x%) after the population it counts
    ("12/21 (57%) patients achieved complete clearance.",
     [dict(measure="complete clearance", percent=57.0, numerator=12, denominator=21,
           label="complete clearance 57% (12/21)")]),
    ("Ulceration occurred in 3 (15%) of 20 patients.",
     [dict(measure="ulceration", percent=15.0, numerator=3, denominator=20,
           label="ulceration 15% (3/20)")]),
    ("Of the 20 patients treated, 15 (75%) showed radiological improvement.",
     [dict(measure="radiological improvement", numerator=15, denominator=20, percent=75.0)]),
    ("In our series of 12 patients, 8 (67%) had complete remission.",
     [dict(measure="complete remission", numerator=8, denominator=12, percent=67.0)]),
    # a relative clause that says who the counted were, before the result
    ("All 4 dogs that received surgery had complete resolution.",
     [dict(measure="complete resolution", numerator=4, denominator=4)]),
    ("All 6 children who received the infusion had fewer flares.",
     [dict(measure="fewer flares", numerator=6, denominator=6)]),
    # … but what they had may be no result at all
    ("All 6 children who received the infusion had juvenile dermatomyositis.", []),
    # "per cent", number words, a non-breaking space before the sign, British spelling
    ("Complete clearance was obtained in 57 per cent of lesions.",
     [dict(measure="complete clearance", percent=57.0, count_of="lesions",
           label="complete clearance 57%")]),
    ("Sixty per cent of patients reported a reduction in pain.",
     [dict(measure="reduction in pain", percent=60.0)]),
    (("Favourable responses were noted in 14 of 18 patients (78%), with complete clearance in "
      "6 (33%)."),
     [dict(measure="favourable response", percent=78.0, numerator=14, denominator=18),
      dict(measure="complete clearance", percent=33.0, numerator=6)]),
    ("Haematoma and bruising occurred in 3\u00a0% of patients.",
     [dict(measure="haematoma and bruising", percent=3.0)]),
    # "respectively" with three items: one group each, for the caller to pair with treatments
    ("Complete response rates were 57%, 40% and 20% for ESWL, laser and surgery, respectively.",
     [dict(measure="complete response", percent=57.0, group=0),
      dict(measure="complete response", percent=40.0, group=1),
      dict(measure="complete response", percent=20.0, group=2)]),
    (("Pain resolved in 10/12 (83%), 6/9 (67%) and 2/5 (40%) patients treated with ESWL, laser "
      "and STS, respectively."),
     [dict(measure="resolution of pain", numerator=10, denominator=12, group=0),
      dict(measure="resolution of pain", numerator=6, denominator=9, group=1),
      dict(measure="resolution of pain", numerator=2, denominator=5, group=2)]),
    # … unless the measure itself is the list: then one measure each, and no group
    ("Ulceration, infection and pain were reported in 12%, 8% and 5% of patients, respectively.",
     [dict(measure="ulceration", percent=12.0, group=None),
      dict(measure="infection", percent=8.0, group=None),
      dict(measure="pain", percent=5.0, group=None, count_of="patients")]),
    ("Complete and partial remission were observed in 30% and 50%, respectively.",
     [dict(measure="complete remission", percent=30.0),
      dict(measure="partial remission", percent=50.0)]),
    # medians, means, SD, IQR, bare parenthesised ranges
    # a score out of its maximum keeps the maximum
    ("Patient satisfaction was a median of 8/10 (IQR 7-9).",
     [dict(median=8.0, range_low=7.0, range_high=9.0,
           label="patient satisfaction median 8/10 (IQR 7-9)")]),
    ("The median time to healing was 6 weeks (IQR 4\u201310).",
     [dict(measure="time to healing", median=6.0, unit="weeks", range_low=4.0, range_high=10.0,
           range_kind="IQR", label="time to healing median 6 weeks (IQR 4-10)")]),
    ("The mean treatment duration was 4.9 months (2 to 24).",
     [dict(measure="treatment duration", mean=4.9, range_low=2.0, range_high=24.0,
           unit="months")]),
    ("Time to improvement: median 2 months (IQR 1\u20133).",
     [dict(measure="time to improvement", median=2.0, range_kind="IQR", range_low=1.0,
           range_high=3.0)]),
    ("Mean time to response was 3.2 \u00b1 1.1 months.",
     [dict(measure="time to response", mean=3.2, sd=1.1, unit="months",
           label="time to response mean 3.2 \u00b1 1.1 months")]),
    ("The median number of treatment sessions was 4 (range, 1\u201310).",
     [dict(measure="number of treatment sessions", median=4.0, range_low=1.0,
           range_high=10.0, unit="sessions",
           label="number of treatment sessions median 4 (range 1-10)")]),
    (("Calcinosis recurred in 2 of 15 patients (13%) after a median follow-up of 18 months "
      "(IQR 12-24)."),
     # the follow-up is when the recurrences were counted: the result's time point, with its spread
     [dict(measure="recurrence of calcinosis", numerator=2, denominator=15, percent=13.0,
           timepoint="after median 18 months (IQR 12-24)")]),
    # a time point that opens the sentence dates each result of its clause, and a median of a time
    # after "after" is that time point (its spread kept), not a statistic of its own
    ("After a median of 7 months, nodules were smaller in 9 patients (41%) and larger in 3 (14%).",
     [dict(measure="nodules smaller", numerator=9, percent=41.0, timepoint="after median 7 months"),
      dict(measure="larger", numerator=3, percent=14.0, timepoint="after median 7 months")]),
    ("At 6 months the plaques had softened in 5 of 11 (45%) and had grown in 2 (18%).",
     [dict(numerator=5, denominator=11, timepoint="at 6 months"),
      dict(measure="grown", numerator=2, timepoint="at 6 months")]),
    ("Serum phosphate normalised after a mean of 5 weeks (range 2-9).",
     [dict(timepoint="after mean 5 weeks (range 2-9)",
           label="normalisation of serum phosphate after mean 5 weeks (range 2-9)")]),
    # before → after: a score that changed is the measure, the statistic qualifies both values;
    # anything else that changed is named with its change, as an outcome
    ("The mean VAS score decreased from 7.2 to 2.1 (p < 0.001).",
     [dict(measure="VAS score", baseline=7.2, value=2.1, statistic="mean", p_value="<0.001",
           label="VAS score mean from 7.2 to 2.1")]),
    ("Pain (visual analogue scale, VAS) decreased from a median of 7 to 2 points.",
     [dict(measure="decrease in pain", baseline=7.0, value=2.0, unit="points",
           statistic="median")]),
    # change verbs become nouns, keeping what changed
    (("After 3 months of intralesional sodium thiosulphate, the nodules had decreased in size "
      "by 60%."),
     [dict(measure="decrease in size of nodules", percent=60.0, timepoint="after 3 months")]),
    ("A 50% reduction in lesion size was seen in 60% of patients.",
     [dict(measure="reduction in lesion size", percent=50.0),
      dict(measure="reduction in lesion size", percent=60.0)]),
    ("Diltiazem at a mean dose of 180 mg daily resulted in regression in 4 of 6 patients.",
     [dict(measure="regression", numerator=4, denominator=6)]),
    # a therapy judged by an adjective: the noun of the judgement
    (("Surgical excision was curative in over 90% of cases, although wound dehiscence occurred "
      "in 10%."),
     [dict(measure="cure", percent=90.0, comparator="over", label="cure over 90%"),
      dict(measure="wound dehiscence", percent=10.0)]),
    ("Bisphosphonates were effective in 5/8 cases (62.5%).",
     [dict(measure="effectiveness", percent=62.5, numerator=5, denominator=8)]),
    # "x% (n = k)" and "finding (n = k)": k counts those with the outcome
    ("Infection was the most frequent complication (n = 4; 20%).",
     [dict(measure="infection", percent=20.0, numerator=4, denominator=None,
           label="infection 20% (n=4)")]),
    ("Side effects included nausea (n = 4), diarrhoea (n = 2) and hypotension (n = 1).",
     [dict(measure="nausea", numerator=4, count_of="patients", unit="patients",
           label="nausea in 4 patients"),
      dict(measure="diarrhoea", numerator=2),
      dict(measure="hypotension", numerator=1, label="hypotension in 1 patient")]),
    # … unless that is arithmetically impossible: 57% of 3 is no whole number, 57% of 21 is
    ("Complete remission was observed in 57% (n = 21).",
     [dict(measure="complete remission", percent=57.0, numerator=21)]),
    ("Complete remission was observed in 57% (n = 3).",
     [dict(measure="complete remission", percent=57.0, numerator=None, denominator=3,
           label="complete remission 57% (N=3)")]),
    # "(n = 21)" after a subject its verb follows: a group size, the denominator of what follows
    ("Laser therapy (n = 21) achieved complete remission in 12 patients.",
     [dict(measure="complete remission", numerator=12, denominator=21,
           label="complete remission 12/21")]),
    # comparators in symbols and words; a CI is recorded, never turned into a percentage
    ("Response was observed in \u226550% of patients.",
     [dict(measure="response", percent=50.0, comparator="at least")]),
    ("Improvement occurred in approximately 70 percent of patients.",
     [dict(measure="improvement", percent=70.0, comparator="about")]),
    ("Overall, partial or complete response was achieved in 70% (95% CI, 55\u201382%).",
     [dict(measure="partial or complete response", percent=70.0, ci_level=95.0, ci_low=55.0,
           ci_high=82.0)]),
    # a comparison in one phrase is one result carrying both numbers
    (("The response rate was significantly higher with combination therapy (75% vs 45%; "
      "p = 0.01)."),
     [dict(measure="response", percent=75.0, versus=45.0, p_value="=0.01",
           label="response 75% vs 45%")]),
    # time points travel with the quantity, not in the measure
    ("At 6 months, 4 of 5 patients had a complete response.",
     [dict(measure="complete response", numerator=4, denominator=5, timepoint="at 6 months",
           label="complete response 4/5 at 6 months")]),
    ("Remission was sustained at 24 months in 9/12 (75%).",
     [dict(measure="remission", numerator=9, denominator=12, timepoint="at 24 months")]),
    ("The recurrence rate was 12.5 per cent at one year.",
     [dict(measure="recurrence", percent=12.5, timepoint="at 1 year",
           label="recurrence 12.5% at 1 year")]),
    # zero outcomes: numerator 0 when a number anchors them (a denominator or a time point) …
    ("No recurrence was observed at 12 months follow-up.",
     [dict(measure="recurrence", numerator=0, denominator=None, unit="patients",
           timepoint="at 12 months follow-up", label="no recurrence at 12 months follow-up")]),
    ("There was no recurrence during 2 years of follow-up.",
     [dict(measure="recurrence", numerator=0, timepoint="during 2 years of follow-up")]),
    ("None of the 8 patients experienced recurrence.",
     [dict(measure="recurrence", numerator=0, denominator=8, label="recurrence 0/8")]),
    ("Recurrence was not observed in any of the 12 patients.",
     [dict(measure="recurrence", numerator=0, denominator=12)]),
    # … but a bare negation is a negated fact for the relation stage, not a quantity
    ("No recurrence was seen.", []),
    # a population described, not an outcome; a site distribution; an association
    ("Regarding disease type, 16 (64%) had limited cutaneous SSc and 4 (16%) had diffuse SSc.",
     []),
    ("In this cohort, the most common calcinosis sites were fingertips (100%) and elbows (35%).",
     []),
    ("Limited SSc was more prevalent in the calcinosis group (90% vs 47%, p = 0.04).", []),
    # a count and the percentage restating it after a phrase are one result
    ("Lesions softened in 3 of 4 adults with systemic sclerosis (75%).",
     [dict(numerator=3, denominator=4, percent=75.0)]),
    # a second result whose measure is left out inherits the first one's
    ("Pain eased in 6/10 (60%) patients given diltiazem and in 2/7 (29%) of those on colchicine.",
     [dict(numerator=6, denominator=10, percent=60.0),
      dict(measure="easing of pain", numerator=2, denominator=7, percent=29.0)]),
    # the effect ranked first is the subject of the copula, not the ranking
    ("Diarrhoea was the commonest side effect, reported by 6 patients (25%).",
     [dict(measure="diarrhoea", numerator=6, percent=25.0)]),
    ("Nausea was the most frequent adverse event (4 patients, 17%).",
     [dict(measure="nausea", numerator=4, percent=17.0)]),
]


# --- Families of outcome phrasing: all and only the right numbers in each result --------------

FAMILIES: list[Case] = [
    # a population named at the head of the clause is the denominator of the counts that fit it
    ("Among 40 treated nodules, 22 (55%) softened and 6 (15%) disappeared entirely.",
     [dict(numerator=22, denominator=40, percent=55.0, label="softening 55% (22/40)"),
      dict(numerator=6, denominator=40, percent=15.0)]),
    ("Of 30 digits, 12 (40%) healed; the rest were unchanged.",
     [dict(numerator=12, denominator=30, percent=40.0)]),
    # … but not a count the arithmetic does not fit (7 is 35% of 20, not of 30)
    ("Of 30 digits, 7 (35%) healed.", [dict(numerator=7, denominator=None, percent=35.0)]),
    # "n of them" refers back to the count named before; the appositive is not the measure
    ("Ulceration, seen before treatment in 9 patients, healed in 6 of them (67%).",
     [dict(measure="healing of ulceration", numerator=6, denominator=9, percent=67.0)]),
    # the percentage after the counted noun restates the count
    ("Deposits cleared in 9 of 12 fingers (75%).",
     [dict(numerator=9, denominator=12, percent=75.0, label="clearance of deposits 75% (9/12)")]),
    ("Itch settled in 10 of the 16 children followed up (63%).",
     [dict(numerator=10, denominator=16, percent=63.0)]),
    ("Only 2 of 9 patients responded (22%).",
     [dict(measure="response", numerator=2, denominator=9, percent=22.0)]),
    # counts of subgroups, then their percentages "respectively": one result per subgroup
    (("Nodules regressed in 6 of 10 patients with lupus and 2 of 8 with morphoea (60% and 25%, "
      "respectively)."),
     [dict(numerator=6, denominator=10, percent=60.0, group=0,
           measure="regression of nodules, patients with lupus"),
      dict(numerator=2, denominator=8, percent=25.0, group=1,
           measure="regression of nodules, patients with morphoea")]),
    # a comparison in one phrase: one result with both numbers
    ("Small deposits cleared more often than large ones (70% vs 30%).",
     [dict(percent=70.0, versus=30.0, label="clearance of small deposits 70% vs 30%")]),
    ("Itch improved more in the treated arm (mean fall 3.1 vs 0.9 points on a 0-10 scale).",
     [dict(measure="improvement of itch", mean=3.1, versus=0.9, unit="points",
           label="improvement of itch mean 3.1 vs 0.9 points")]),
    # one result per arm when each number has its own arm phrase and the measure is elided
    ("Ulcer area shrank by 40% with laser and by 15% with dressings alone.",
     [dict(percent=40.0), dict(measure="shrinkage of ulcer area", percent=15.0)]),
    (("Pain on a 0-100 mm VAS fell by a median of 30 mm after surgery and by a median of 10 mm "
      "after injections."),
     [dict(measure="reduction in pain", median=30.0),
      dict(measure="reduction in pain", median=10.0)]),
    # a verb of decrease is a reduction; its manner adverb names the kind of result
    ("Itch scores fell in 8 of 11 patients.",
     [dict(measure="reduction in itch scores", numerator=8, denominator=11)]),
    ("Ulcers healed fully in 5 patients (50%) and partially in 3 (30%).",
     [dict(measure="complete healing of ulcers", numerator=5, percent=50.0),
      dict(measure="partial healing of ulcers", numerator=3, percent=30.0)]),
    # several results at their time points
    ("Limb salvage was 80% at 1 year and 65% at 3 years.",
     [dict(percent=80.0, timepoint="at 1 year"), dict(percent=65.0, timepoint="at 3 years")]),
]


# --- Before → after with the dispersion of each end ------------------------------------------

CHANGES: list[Case] = [
    # a median change of a score keeps the score's maximum at both ends
    ("Median itch fell from 9/10 to 2/10.",
     [dict(statistic="median", baseline=9.0, value=2.0, out_of=10.0,
           label="reduction in itch median from 9/10 to 2/10")]),
    # "in 3 weeks" right after a change is when it came, not another duration
    ("Phosphate fell from 2.3 to 1.7 mmol/L in 3 weeks.",
     [dict(baseline=2.3, value=1.7, timepoint="in 3 weeks")]),
    # each end keeps its IQR, and a rate's unit ("per month") follows the second end
    ("Flares fell from a median of 5 (IQR 4\u20137) to 2 (IQR 1\u20133) per month.",
     [dict(measure="reduction in flares", statistic="median", baseline=5.0, value=2.0,
           baseline_range_low=4.0, baseline_range_high=7.0, range_low=1.0, range_high=3.0,
           range_kind="IQR", unit="per month",
           label="reduction in flares median from 5 (IQR 4-7) to 2 (IQR 1-3) per month")]),
    ("The median number of nodules fell from 6 (range 2-12) to 1 (range 0-4).",
     [dict(measure="reduction in number of nodules", baseline=6.0, value=1.0,
           label="reduction in number of nodules median from 6 (range 2-12) to 1 (range 0-4)")]),
    # each end keeps its SD, written with ± or in brackets after a mean
    ("The mean VAS dropped from 7.2 \u00b1 1.1 to 3.0 \u00b1 2.0.",
     [dict(measure="VAS", statistic="mean", baseline=7.2, baseline_sd=1.1, value=3.0, sd=2.0,
           label="VAS mean from 7.2 \u00b1 1.1 to 3 \u00b1 2")]),
    ("Itch fell from a mean of 6.4 (SD 1.9) to 2.2 (SD 1.3) points.",
     [dict(measure="reduction in itch", baseline=6.4, baseline_sd=1.9, value=2.2, sd=1.3,
           unit="points",
           label="reduction in itch mean from 6.4 \u00b1 1.9 to 2.2 \u00b1 1.3 points")]),
    ("Mean itch scores decreased from 6.0 \u00b1 2.1 at baseline to 2.5 \u00b1 1.4 at 12 weeks.",
     [dict(measure="itch score", baseline=6.0, baseline_sd=2.1, value=2.5, sd=1.4,
           timepoint="at 12 weeks",
           label="itch score mean from 6 \u00b1 2.1 to 2.5 \u00b1 1.4 at 12 weeks")]),
    # a change in an absolute clause: "with the median NRS falling from 8 to 3"
    ("Most were satisfied, with the median NRS falling from 8 to 3.",
     [dict(measure="NRS", statistic="median", baseline=8.0, value=3.0,
           label="NRS median from 8 to 3")]),
    # a range after the second end alone stays a range of the result, as before
    ("Pain scores fell from 8 to 3 (range 1-5) after surgery.",
     [dict(baseline=8.0, value=3.0, range_low=1.0, range_high=5.0, baseline_range_low=None)]),
    # a note's arrow, and a score's "N to M" without "from"; "20 -> 2 of 4" is no change
    ("Itch NRS 9 -> 4 after two courses.",
     [dict(measure="itch NRS", baseline=9.0, value=4.0,
           label="itch NRS from 9 to 4 after 2 courses")]),
    ("Lesion count unchanged; itch score 6 to 2.",
     [dict(measure="itch score", baseline=6.0, value=2.0)]),
    # the value at baseline, then at a later time, without "from … to"
    ("Itch scores were 7 at baseline and 3 at 6 months.",
     [dict(measure="itch score", baseline=7.0, value=3.0,
           label="itch score from 7 to 3 at 6 months")]),
    ("Day 12 -> 3 of 5 sites healed.", [dict(numerator=3, denominator=5, baseline=None)]),
    # a score out of its maximum at both ends is a change, not two fractions; "h" is hours
    ("After the dose: itch 7/10 -> 2/10 at 36 h.",
     [dict(measure="itch", baseline=7.0, value=2.0, out_of=10.0, numerator=None,
           label="itch from 7/10 to 2/10 at 36 hours")]),
    ("Her burning eased from 6/10 to 1/10.",
     [dict(baseline=6.0, value=1.0, out_of=10.0, label="easing of burning from 6/10 to 1/10")]),
]


# --- A meta-analysis's pooled figures and their confidence intervals --------------------------

POOLED: list[Case] = [
    # the interval's ends may each carry "%"; the label keeps the interval
    ("Healing was complete in 41% (95% CI 30%-53%).",
     [dict(measure="healing", percent=41.0, ci_level=95.0, ci_low=30.0, ci_high=53.0,
           label="healing 41% (95% CI 30-53%)")]),
    # "the summary proportion of participants with X" is a rate of X
    ("The pooled proportion of participants with a partial response was 58% (95% CI 44-70%).",
     [dict(measure="partial response", percent=58.0, ci_low=44.0, ci_high=70.0)]),
    ("Itch dropped by a pooled mean 2.4 points (95% CI 1.1-3.6).",
     [dict(measure="reduction in itch", mean=2.4, ci_low=1.1, ci_high=3.6)]),
]


@pytest.mark.parametrize(("sentence", "expected"), POOLED, ids=_ids(POOLED))
def test_pooled_figures_keep_their_interval(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), CHANGES, ids=_ids(CHANGES))
def test_changes_keep_both_ends(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


# --- A population named earlier in the sentence is the denominator of a count that fits ------

POPULATIONS: list[Case] = [
    ("In a surgical cohort (n = 25), ulcers healed in 20 patients (80%).",
     [dict(measure="healing of ulcers", numerator=20, denominator=25, percent=80.0,
           label="healing of ulcers 80% (20/25)")]),
    ("In a series of 36 adults given intralesional injections, itch settled in 27 patients (75%).",
     [dict(numerator=27, denominator=36, percent=75.0)]),
    ("Forty patients were treated, and the deposits shrank in 30 patients (75%).",
     [dict(measure="shrinkage of deposits", numerator=30, denominator=40, percent=75.0)]),
    ("Of 12 patients, 6 (50%) improved and 3 patients (25%) relapsed.",
     [dict(numerator=6, denominator=12), dict(measure="relapse", numerator=3, denominator=12)]),
    # "given to 12 adults" names the group; the bare counts after the first result share it
    ("Colchicine was given to 12 adults: lesions softened in nine (75%), were unchanged in two and "
     "enlarged in one.",
     [dict(measure="softening of lesions", numerator=9, denominator=12, percent=75.0),
      dict(measure="lesions unchanged", numerator=2, denominator=12, label="lesions unchanged 2/12"),
      dict(measure="lesions enlarged", numerator=1, denominator=12)]),
    ("The ulcer area decreased in 4 patients (40%) and was unchanged in the remaining six.",
     [dict(numerator=4, percent=40.0),
      dict(measure="ulcer area unchanged", numerator=6, percent=None)]),
    # … not a count the arithmetic does not fit (12 is not 75% of 40)
    ("In a surgical cohort (n = 40), ulcers healed in 12 patients (75%).",
     [dict(numerator=12, denominator=None, percent=75.0)]),
    # a bare number a therapy went to, which the percentage confirms
    ("Nifedipine was supplied to 240 and was followed by softening in 60 (25%).",
     [dict(numerator=60, denominator=240, percent=25.0)]),
    ("Topical thiosulfate went to 30, of whom 12 (40%) improved.",
     [dict(numerator=12, denominator=30, percent=40.0)]),
    ("Probenecid was tried in 18 patients, with benefit in 6 (33%).",
     [dict(numerator=6, denominator=18, percent=33.0)]),
    ("Nifedipine was supplied to 240 and was followed by softening in 60 (45%).",
     [dict(numerator=60, denominator=None, percent=45.0)]),
]


# --- Bare counts that open a clause after the group they are of ---------------------------------

BARE_COUNTS: list[Case] = [
    ("Nifedipine was prescribed to 14 adults; 4 improved, 7 were unchanged and 3 worsened.",
     [dict(measure="improvement", numerator=4, denominator=14, label="improvement 4/14"),
      dict(measure="unchanged", numerator=7, denominator=14),
      dict(measure="worsening", numerator=3, denominator=14)]),
    ("Probenecid was used in six children and four responded.",
     [dict(measure="response", numerator=4, denominator=6)]),
    ("Of the 11 adults given minocycline, nine reported fewer flares.",
     [dict(measure="fewer flares", numerator=9, denominator=11)]),
    ("Nine patients had laser ablation, of whom 7 healed.",
     [dict(measure="healing", numerator=7, denominator=9)]),
    ("Eight adults received etidronate and none improved.",
     [dict(measure="improvement", numerator=0, denominator=8)]),
    ("Five children were treated; three had a complete response at 6 months and two did not respond.",
     [dict(measure="complete response", numerator=3, denominator=5, timepoint="at 6 months"),
      dict(measure="no response", numerator=2, denominator=5)]),
    # a counted noun of its own still takes the group the clause continues
    ("Colchicine was started in 16 patients; 10 patients improved.",
     [dict(measure="improvement", numerator=10, denominator=16)]),
    # "of whom" refers to the group right before it, not past other numbers
    ("Twenty adults enrolled; 12 completed 6 months, of whom 7 improved.", []),
    # a relative clause says who was counted; the result is on the left
    ("Itch eased in 7 of the 10 adults who had itch before treatment.",
     [dict(measure="easing of itch", numerator=7, denominator=10)]),
    # the state the counted were left in: spared a harm, or no new lesions
    ("15 of 20 patients (75%) were free of recurrence at 1 year.",
     [dict(measure="freedom from recurrence", numerator=15, denominator=20, percent=75.0,
           timepoint="at 1 year")]),
    ("Twelve of 14 remained free of pain and ulcers at 18 months.",
     [dict(measure="freedom from pain and ulcers", numerator=12, denominator=14,
           timepoint="at 18 months")]),
    ("Eight of ten stayed free of any new lesions.",
     [dict(measure="freedom from lesions", numerator=8, denominator=10)]),
    ("14 of 16 women (88%) had no new deposits three years after surgery.",
     [dict(measure="no new deposits", numerator=14, denominator=16, percent=88.0)]),
    # (the regimen fronted before the count is no measure of it)
    ("With intralesional triamcinolone, 9 of 12 children (75%) were free of pain at 6 months.",
     [dict(measure="freedom from pain", numerator=9, denominator=12, timepoint="at 6 months")]),
    # "of them" takes the group of the clause before, and the time that group was treated for
    ("Twelve patients applied the gel for 3 months, and the lumps shrank in 5 of them.",
     [dict(measure="shrinkage of lumps", numerator=5, denominator=12, timepoint="for 3 months")]),
    ("Twelve patients took it for 3 months, and 9 weeks later the lumps shrank in 5 of them.",
     [dict(numerator=5, denominator=12, timepoint="9 weeks later")]),
]


@pytest.mark.parametrize(
    ("quantity", "total", "denominator"),
    [
        (Quantity("improvement", 0, 1, percent=62.0, numerator=13), 21, 21),  # 13/21 is 62%
        (Quantity("improvement", 0, 1, percent=62.0, numerator=13), 30, None),  # 13/30 is not
        (Quantity("improvement", 0, 1, percent=62.0, numerator=13, denominator=20), 21, 20),
        (Quantity("improvement", 0, 1, numerator=13), 21, None),  # nothing to check it by
        (Quantity("improvement", 0, 1, percent=40.0, percent_high=60.0, numerator=10), 25, None),
    ],
)
def test_a_total_named_elsewhere_is_the_denominator_where_the_percentage_fits(
    quantity: Quantity, total: int, denominator: int | None
) -> None:
    assert over_total(quantity, total).denominator == denominator


@pytest.mark.parametrize(("sentence", "expected"), BARE_COUNTS, ids=_ids(BARE_COUNTS))
def test_bare_counts_after_their_group(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


# --- "(n patients, p%)" and "(n, p%)" after what was counted -----------------------------------

COUNTS_IN_BRACKETS: list[Case] = [
    ("Outcomes were complete clearance (9 lesions, 45%) and partial clearance (6, 30%).",
     [dict(measure="complete clearance", numerator=9, percent=45.0, count_of="lesions",
           label="complete clearance 45% (n=9)"),
      dict(measure="partial clearance", numerator=6, percent=30.0)]),
    ("Adverse effects were ankle oedema (6 patients, 20%), nausea (4, 13%) and headache (2, 7%).",
     [dict(measure="ankle oedema", numerator=6, percent=20.0),
      dict(measure="nausea", numerator=4, percent=13.0),
      dict(measure="headache", numerator=2, percent=7.0)]),
    ("Wounds healed after 14 of 16 operations; infection complicated 2 operations (13%).",
     [dict(measure="healing of wounds", numerator=14, denominator=16),
      dict(measure="infection", numerator=2, percent=13.0, count_of="procedures")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTS_IN_BRACKETS, ids=_ids(COUNTS_IN_BRACKETS))
def test_counts_in_brackets(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), POPULATIONS, ids=_ids(POPULATIONS))
def test_population_named_before_is_the_denominator(
    sentence: str, expected: list[dict[str, Any]]
) -> None:
    _check(sentence, expected)


# --- States reached at a time point (case reports): the time point is the number ------------

STATES: list[Case] = [
    ("The ulcer on her shin had healed after 6 weeks.",
     [dict(measure="healing of ulcer", value=6.0, unit="weeks", timepoint="after 6 weeks",
           state=True, label="healing of ulcer after 6 weeks")]),
    ("Pain resolved within 3 weeks of the first injection.",
     [dict(measure="resolution of pain", label="resolution of pain within 3 weeks")]),
    ("The nodules had cleared completely by month 5.",
     [dict(measure="complete clearance of nodules", value=5.0, unit="months",
           label="complete clearance of nodules by month 5")]),
    ("The plaques softened and had cleared completely by week 8, leaving no scars.",
     [dict(label="complete clearance of plaques by week 8")]),
    ("Her serum phosphate was normal within 10 days.",
     [dict(measure="normal serum phosphate", label="normal serum phosphate within 10 days")]),
    ("Serum phosphate was back within the normal range after 12 days.",
     [dict(label="normal serum phosphate after 12 days")]),
    ("Calcitriol brought her serum calcium into the normal range within 8 weeks.",
     [dict(label="normalisation of serum calcium within 8 weeks")]),
    ("By week 6, serum calcium had returned to the normal range.",
     [dict(label="normalisation of serum calcium by week 6")]),
    ("She remained free of pain and ulcers at 18 months.",
     [dict(measure="freedom from pain and ulcers", value=18.0,
           label="freedom from pain and ulcers at 18 months")]),
    ("At 14 months he was free of ulcers and pain, had regained full extension, and had no "
     "new deposits.",
     [dict(label="freedom from ulcers and pain at 14 months")]),
    ("At 9 months the lesions had regressed.",
     [dict(measure="regression of lesions", label="regression of lesions at 9 months")]),
    ("After 4 months the ulcers had healed and her itch score had fallen from 7 to 2.",
     [dict(label="healing of ulcers after 4 months"),
      dict(measure="itch score", baseline=7.0, value=2.0, timepoint="after 4 months")]),
    ("The ulcers had healed after 6 weeks, and pain had resolved after 8 weeks.",
     [dict(label="healing of ulcers after 6 weeks"),
      dict(label="resolution of pain after 8 weeks")]),
    # a time point counted from an event: "Six months later", "4 weeks after surgery"
    ("Six months later the ulcers had healed.",
     [dict(label="healing of ulcers 6 months later", value=6.0, unit="months")]),
    ("The wound healed 4 weeks after surgery.",
     [dict(label="healing of wound 4 weeks after surgery")]),
    ("18 months later she walks without pain.",
     [dict(label="freedom from pain 18 months later")]),
    ("At 6 months she walked without pain.", [dict(label="freedom from pain at 6 months")]),
    ("The procedure was performed without anaesthesia at 3 months.", []),
    ("Two weeks after discharge, new papules appeared on the scalp.", []),
    # a count in the state is its numerator
    ("After 6 months of treatment, 4 patients had improved.",
     [dict(measure="improvement", numerator=4, count_of="patients", state=False,
           label="improvement in 4 patients after 6 months of treatment")]),
    ("She was in complete remission at 12 months.",
     [dict(label="complete remission at 12 months")]),
    ("At 6 months she was asymptomatic.", [dict(label="freedom from symptoms at 6 months")]),
    # "had not recurred" is a zero outcome at its time point
    ("The deposit had not recurred at 2 years.",
     [dict(measure="recurrence", numerator=0, label="no recurrence at 2 years")]),
    # … and so in other words: "had not come back", "has not returned", "with no recurrence"
    ("The lump had not come back at 9 months.",
     [dict(measure="recurrence", numerator=0, label="no recurrence at 9 months")]),
    ("Eighteen months on, it has not returned at review.", []),
    ("It was shaved off, with no relapse after 3 years.",
     [dict(measure="relapse", numerator=0, label="no relapse after 3 years")]),
    # durations of illness or treatment, ages, follow-up, the natural course: no outcome
    ("Diltiazem was given for 10 months.", []),
    ("She had received a 6-month course of minocycline.", []),
    ("A girl aged 7 years presented with nodules on the elbows.", []),
    ("He had had symptoms for 3 years before referral.", []),
    ("Nodules had been enlarging for two years.", []),
    ("He was followed up for 2 years.", []),
    ("The nodules had cleared spontaneously by 18 months of age.", []),
    ("The rash resolved without treatment within 2 weeks.", []),
    # … where only the age or the natural course says so (the adverb above also stops the state)
    ("The nodules had cleared by 18 months of age.", []),
    ("The rash resolved within 2 weeks without treatment.", []),
    ("The rash had spontaneously resolved within 2 weeks.", []),
    # a state held for a time is a duration, not a time point
    ("He was free of pain for 2 years.", []),
    ("The lesions had healed over 2 years.", []),
    ("Within 48 hours the infusion site was swollen.", []),
    ("At 6 months, the ulcers were unchanged.", []),
    # a verb of amount alone says as much of a dose as of a result
    ("After 2 weeks, the dose was reduced.", []),
    ("Treatment was stopped after 6 months because the lesions had cleared.", []),
    # a time point of the clause before does not anchor a zero outcome
    ("He took colchicine for 8 months, and there was no improvement with it.", []),
    # a negated state is a negated fact for the relation stage, not a quantity
    ("The ulcer had not healed after 6 weeks.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), STATES, ids=_ids(STATES))
def test_states_at_a_time_point(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


# --- Outcome verbs of the field, nominalised --------------------------------------------------

VERBS: list[Case] = [
    # coordinated change verbs share their subject
    ("With abatacept, deposits shrank or stabilised in 5 of 8 patients (63%).",
     [dict(measure="shrinkage or stabilisation of deposits", numerator=5, denominator=8,
           percent=63.0, label="shrinkage or stabilisation of deposits 63% (5/8)")]),
    ("Pain was relieved or much reduced after 20 of 24 procedures (83%).",
     [dict(measure="relief or reduction of pain", numerator=20, denominator=24, percent=83.0)]),
    ("Itch eased in 7 of 12 patients.",
     [dict(measure="easing of itch", numerator=7, denominator=12)]),
    ("Ulcers re-epithelialised in 4 of 6 patients.",
     [dict(measure="re-epithelialisation of ulcers", numerator=4, denominator=6)]),
    ("Plaques flattened in 3 of 5 dogs.",
     [dict(measure="flattening of plaques", numerator=3, denominator=5)]),
    # a count "of" what changed, then its verb
    ("By then, 40% of the ulcer area had re-epithelialised.",
     [dict(measure="re-epithelialisation of ulcer area", percent=40.0)]),
    ("Within 2 weeks the itch had eased, and 70% of the wound area had re-epithelialised by "
     "week 10.",
     [dict(label="easing of itch within 2 weeks"),
      dict(label="re-epithelialisation of wound area 70% by week 10")]),
    # what a relative clause named is what changed; a list member with its own verb keeps it
    ("Nodules regressed in 4 of 9 patients (44%), and 5 of the 7 patients who had itch said "
     "that it eased.",
     [dict(measure="regression of nodules", numerator=4, denominator=9),
      dict(measure="easing of itch", numerator=5, denominator=7)]),
    ("Ulcers healed in 5 of 8 patients (63%) and 3 of 8 (38%) improved.",
     [dict(measure="healing of ulcers"), dict(measure="improvement", numerator=3)]),
    # a laboratory value brought back to its reference range is normalised
    ("Serum calcium returned to the normal range in 9 of 10 cats (90%).",
     [dict(measure="normalisation of serum calcium", numerator=9, denominator=10,
           percent=90.0)]),
    ("Zoledronate returned serum calcium to the reference range within 3 days in 7 of 8 dogs "
     "(88%).",
     [dict(measure="normalisation of serum calcium", numerator=7, denominator=8, percent=88.0,
           timepoint="within 3 days",
           label="normalisation of serum calcium 88% (7/8) within 3 days")]),
    # fewer or smaller lesions are a result, where "had" a disease is not
    ("Of the 12 patients with SSc, 5 (42%) had fewer or smaller deposits.",
     [dict(measure="fewer or smaller deposits", numerator=5, denominator=12, percent=42.0)]),
    # what a count of ulcers or plaques did, and those that had no result at all
    ("Nine of the 11 ulcers healed.",
     [dict(measure="healing", numerator=9, denominator=11, count_of="ulcers")]),
    ("Of the 14 plaques, 6 flattened and 5 softened.",
     [dict(numerator=6, denominator=14, count_of="lesions"),
      dict(measure="softening", numerator=5, denominator=14)]),
    ("No improvement was recorded in 4 of 15 patients (27%).",
     [dict(measure="no improvement", numerator=4, denominator=15, percent=27.0)]),
    # a state after a copula is the result, of the thing that is in it
    ("Plaques were unchanged in 3 of 9 patients.",
     [dict(measure="plaques unchanged", numerator=3, denominator=9)]),
    ("Lumps were stable in 4 patients.", [dict(measure="lumps stable", numerator=4)]),
    ("On ultrasound the nodules were smaller in 5 of 7.",
     [dict(measure="nodules smaller", numerator=5, denominator=7)]),
    # a relative clause with its own verb says who was counted, not what happened
    ("Pain scores improved in 15 of 20 patients who reported pain at baseline.",
     [dict(measure="improvement of pain scores", numerator=15, denominator=20)]),
    ("Eight patients (32%) showed no change.", [dict(measure="no change", numerator=8, percent=32.0)]),
    # what the counted people said of their own symptom
    ("Asked at six weeks, 11 out of 16 women said their soreness was better.",
     [dict(measure="soreness better", numerator=11, denominator=16)]),
    ("Nine of 13 felt that the nodules were smaller.",
     [dict(measure="nodule smaller", numerator=9, denominator=13)]),
    # … or saw happen to it, past who took the drug
    ("In our poll, none of the 11 who used the gel saw their bumps shrink.",
     [dict(measure="shrinkage of bumps", numerator=0, denominator=11)]),
    ("Three of 8 who tried it noticed the plaques soften.",
     [dict(measure="softening of plaques", numerator=3, denominator=8)]),
    # lumps that are "gone" have disappeared; a value that has "gone up" has not
    ("After three treatments, 60% of the spots are gone.",
     [dict(measure="disappearance of spots", percent=60.0)]),
    ("Redness had gone in 5 of 9 children.",
     [dict(measure="disappearance of redness", numerator=5, denominator=9)]),
    # a drug that "helped" some of those who took it: the benefit from it
    ("Colchicine helped 6 of 14 children (43%).",
     [dict(measure="benefit from colchicine", numerator=6, denominator=14, percent=43.0)]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERBS, ids=_ids(VERBS))
def test_outcome_verbs(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    "measure", sorted({e["measure"] for _, exp in STATES + VERBS for e in exp if "measure" in e})
)
def test_states_and_verbs_are_outcome_words(measure: str) -> None:
    """The relation stage makes a quantity an outcome when its measure has an outcome word."""
    assert cues.OUTCOME_MEASURE.search(measure), measure


@pytest.mark.parametrize(("sentence", "expected"), FAMILIES, ids=_ids(FAMILIES))
def test_outcome_families(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS, ids=_ids(PHRASINGS))
def test_phrasings(sentence: str, expected: list[dict[str, Any]]) -> None:
    _check(sentence, expected)


# --- Numbers that are not outcomes ------------------------------------------------------------

NOT_OUTCOMES = [
    "2021   Volume 314, Issue 6, p515-525",
    "Published in Archives of Dermatological Research 314(6):515-525 by Springer.",
    "J Am Acad Dermatol. 2011;65(1):1-12. doi:10.1016/j.jaad.2010.08.038",
    ("Reiter N, et al. Calcinosis cutis: part II. Treatment options. J Am Acad Dermatol "
     "2011;65:15-22."),
     "Received: 12 March 2021 / Accepted: 2 June 2021 / Published online: 24 June 2021",
     "hdl: 11586/171759.",
     "Calcinosis cutis was first described in 1855 by Virchow [1].",
     "See pages 12-15 and references 3-7.",
     "ISSN-L: 0340-3696",
     "application/pdf 738.2 kB",
     "Revision: 89f3c6d4-95a1-4dfb-ad60-291c5f0270bf",
     "Diltiazem 240 mg daily was given for 12 months.",
     "The patient received diltiazem 240 mg/day for 12 months with no improvement.",
     "The mean dose was 240 mg per day.",
     "Diltiazem (2 mg/kg/day) was started at 6 years of age.",
     "Topical 25% sodium thiosulfate was applied twice daily for 6 months.",
     "Topical 10% sodium thiosulfate ointment was applied twice daily.",
     "Sodium thiosulfate (25%, 250 mg/ml) was injected intralesionally.",
     "The odds of response were higher with laser (OR 2.3, 95% CI 1.1\u20134.8; p = 0.02).",
     "A 45-year-old woman with limited cutaneous systemic sclerosis presented with calcinosis.",
     "The mean age was 52 years (range 30\u201370) and 80% were women.",
     "Patients aged 18 years or older were included [12].",
     "He was treated with 3 sessions of ESWL at 2-week intervals.",
     "The nodules were 0.5\u20133 cm in size and located on the elbows (Fig. 1).",
     "Nodules ranging from 1 mm to 2 cm were noted on the elbows.",
     "Thirty-two patients were enrolled between 2010 and 2018.",
     "A total of 40 studies including 136 patients were analysed.",
     "Among 52 patients, 30 were women and 22 were men.",
     "Serum calcium was 2.4 mmol/L (normal range 2.1-2.6).",
     "We are limited by a small sample size (n=2) in this case series.",
     # scales, sizes, concentrations in a vehicle, indications, study sizes, baseline counts
     "Itch was scored on a 0-10 numeric rating scale.",
     "Pain was rated on a 100-mm visual analogue scale.",
     "Deposits larger than 2 cm were excised.",
     "Sodium thiosulfate 20% in petrolatum was applied nightly.",
     "Reasons for surgery were infection (n = 12), pain (n = 9) and ulceration (n = 4).",
     "Long-term outcomes in 18 patients",
     "Ulcers were present at baseline in 11 patients.",
     # the group a drug was given to; a count with no group to be counted against
     "Mycophenolate was added in 15 adults with active disease.",
     "Seven improved.",
     "Of 40 patients, 12 had diabetes and 5 were smokers.",
]


@pytest.mark.parametrize("sentence", NOT_OUTCOMES, ids=_ids(NOT_OUTCOMES))
def test_not_outcomes(sentence: str) -> None:
    assert find_quantities(sentence) == []


# --- Study-level counts -----------------------------------------------------------------------

COUNTS = [
    ("A total of 40 studies including 136 patients were analysed.",
     {"studies": 40, "patients": 136}),
    ("Overall, 136 patients from 40 studies were included.", {"patients": 136, "studies": 40}),
    ("We report two cases of calcinosis cutis treated with topical sodium thiosulfate.",
     {"cases": 2}),
    ("We describe a series of 12 patients with juvenile dermatomyositis.", {"patients": 12}),
    (("Twelve patients with systemic sclerosis were treated with intralesional sodium "
      "thiosulfate."), {"patients": 12}),
    ("Of 40 studies, 25 were case reports, 10 case series and 5 cohort studies.",
     {"studies": 40}),
    ("Of the 20 patients treated, 15 (75%) showed radiological improvement.", {"patients": 20}),
    ("Thirty-two patients were enrolled between 2010 and 2018.", {"patients": 32}),
    ("Data on 1,024 patients (n = 1,024) from 12 randomised controlled trials were pooled.",
     {"patients": 1024, "trials": 12}),
    # numerators and denominators of outcomes are not study counts
    ("Complete response was achieved in 7 of 10 patients (70%).", {}),
    ("Three patients (15%) developed ulceration after ESWL.", {}),
    ("Five of the seven studies reported improvement.", {}),
    # another study's numbers, catalogue chrome, number words we do not read
    ("In 2015, Smith et al. reported 3 cases.", {}),
    ("Cited by 12 articles; pp. 515\u2013525; Vol. 33, No. 5.", {}),
    ("2021   Volume 314, Issue 6, p515-525", {}),
    ("One thousand three hundred and five patients were included.", {}),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTS, ids=_ids(COUNTS))
def test_find_counts(sentence: str, expected: dict[str, int]) -> None:
    assert find_counts(sentence) == expected


# --- Labels and the dataclass -----------------------------------------------------------------

LABELS = [
    (Quantity("recurrence", 0, 1, percent=2.0, numerator=3, denominator=136),
     "recurrence 2% (3/136)"),
    (Quantity("transient pain", 0, 1, percent=11.0, comparator="over"), "transient pain over 11%"),
    (Quantity("partial or complete remission", 0, 1, percent=64.0, percent_high=81.0),
     "partial or complete remission 64-81%"),
    (Quantity("reduction in VAS score", 0, 1, median=3.0, range_low=0.0, range_high=9.0),
     "reduction in VAS score median 3 (range 0-9)"),
    (Quantity("treatment duration", 0, 1, mean=4.9, unit="months", range_low=2.0,
              range_high=24.0), "treatment duration mean 4.9 months (range 2-24)"),
    (Quantity("follow-up", 0, 1, median=18.0, unit="months", range_low=12.0, range_high=24.0,
              range_kind="IQR"), "follow-up median 18 months (IQR 12-24)"),
    (Quantity("follow-up", 0, 1, value=1.0, unit="years"), "follow-up 1 year"),
    (Quantity("treatment duration", 0, 1, range_low=2.0, range_high=24.0, unit="months"),
     "treatment duration range 2-24 months"),
    (Quantity("recurrence", 0, 1, numerator=1, count_of="patients"), "recurrence in 1 patient"),
    (Quantity("nausea", 0, 1, numerator=4), "nausea n=4"),
    (Quantity("response", 0, 1, percent=45.0, denominator=20), "response 45% (N=20)"),
    (Quantity("recurrence", 0, 1, numerator=0, timepoint="at 12 months"),
     "no recurrence at 12 months"),
    (Quantity("VAS score", 0, 1, baseline=7.2, value=2.1, statistic="mean"),
     "VAS score mean from 7.2 to 2.1"),
]


@pytest.mark.parametrize(("quantity", "label"), LABELS, ids=[lab for _, lab in LABELS])
def test_label(quantity: Quantity, label: str) -> None:
    assert quantity.label() == label


def test_quantity_is_frozen() -> None:
    q = Quantity("recurrence", 0, 1, percent=2.0)
    with pytest.raises(AttributeError):
        q.percent = 3.0  # type: ignore[misc]


# --- Text handling ----------------------------------------------------------------------------


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "\u2212", "\u2010"])
def test_dashes_are_equivalent(dash: str) -> None:
    (q,) = find_quantities(f"The mean treatment duration was 4.9 months (range 2{dash}24).")
    assert (q.range_low, q.range_high) == (2.0, 24.0)


def test_spans_index_the_original_sentence() -> None:
    sentence = "Scarring occurred in 10/18 (56\u00a0%) and pain\u2014in 2/21."
    qs = find_quantities(sentence)
    assert [q.measure for q in qs] == ["scarring", "pain"]
    assert sentence[qs[0].start : qs[0].end] == "Scarring occurred in 10/18 (56\u00a0%)"
    assert sentence[qs[1].start : qs[1].end] == "pain\u2014in 2/21"


def test_results_are_in_text_order_and_deterministic() -> None:
    sentence = (
        "Pain improved in 9 (75%) of 12 patients, ulceration healed in 4 (67%) of 6 and "
        "recurrence occurred in 1 patient."
    )
    first = find_quantities(sentence)
    assert [q.measure for q in first] == [
        "improvement of pain", "healing of ulceration", "recurrence"]
    assert [q.start for q in first] == sorted(q.start for q in first)
    assert find_quantities(sentence) == first


def test_module_doctests() -> None:
    result = doctest.testmod(quantify)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("sentence", ["Calcium had gone up in 3 of 5 patients.",
                                      "Two of the six had gone on to dialysis."])
def test_gone_with_a_particle_is_no_disappearance(sentence: str) -> None:
    assert not any("disappearance" in q.measure for q in find_quantities(sentence))
