"""Relate recognised terms into facts, using the ontology's kinds, sentence cues and section context.

Rules read the language of the field, not particular sentences: a treatment with a condition and a
treatment cue gives ``treats``; a condition with a site gives ``located_in``; cue words decide
between an adverse effect and an outcome; negation ("no improvement with …") and hedging ("may")
are recorded on the fact, never dropped. A sentence that names an animal keeps its facts with that
species, so nothing said about dogs is attributed to humans.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from cckg.graph_builder import quantify
from cckg.graph_builder.cues import (
    ACCOMPANYING,
    ACTIVE_WITH,
    ADDED_AS_TYPE,
    ADMINISTERED,
    ADVERSE_AFTER,
    ADVERSE_CUE,
    ADVERSE_REPORT,
    ADVERSE_VERB,
    ADVISED_AGAINST,
    AFTER_THERAPY,
    AIM_ON_VALUE,
    ALIAS_OF_PREVIOUS,
    ALLERGY_REACTION,
    ANAESTHESIA,
    ANALYTE_SHORT,
    AND_IT_THEN,
    AND_NEW_CLAUSE,
    ANIMAL_PRACTICE,
    APPOSED_ASIDE,
    APPOSED_FORM_OF,
    APPOSED_THEN_FOR,
    APPOSED_USE_AFTER,
    APPOSITIVE,
    ASIDE,
    ASIDE_REST,
    ASSOCIATION_GOES_ON,
    AT_INJECTION_SITE,
    ATTRIBUTE_OF_LESION,
    AVOID_ALONE,
    AVOID_DOING,
    AVOID_THERAPY,
    AVOIDED_BARE,
    AVOIDED_BECAUSE,
    AVOIDS,
    BACKGROUND,
    BARE_CALCINOSIS,
    BARE_TARGET,
    BARE_VERDICT,
    BARELY,
    BECAME_BEFORE,
    BEFORE_THERAPY,
    BENEFIT_MEASURE,
    BENEFIT_WORD,
    BETTER_AFTER,
    BETTER_AROUND,
    BLOOD_VALUE,
    BY_MEANS,
    CALCIFYING,
    CAN_CAUSE,
    CASE_PATIENT,
    CAUSE_AFTER,
    CAUSE_BEFORE,
    CAUSE_COMPOUND,
    CAUSE_CUE,
    CAUSE_LINK,
    CAUSED_BY_THERAPY,
    CAUSED_IT,
    CAUSES_NEXT,
    CAUTION_PRONOUN,
    CLASS_AFTER_DRUG,
    CLASSIFY_CUE,
    COMORBIDITY,
    COMPOSITE_LINK,
    COMPOSITION,
    CONDITION_BEFELL,
    CONDITION_CLAUSE,
    CONDITION_OPENS,
    CONDITION_RELATION,
    CONDITION_SUBJECT,
    CONTRA_IMPERATIVE,
    CONTRAINDICATION,
    CONTRAINDICATION_HEADING,
    CONTRAST,
    CONTROL_ARM_AFTER,
    CONTROL_ARM_CLAUSE,
    COORDINATED_ITEM,
    COORDINATION,
    COUNT_REPORTED,
    COUNTED_ARM,
    COURSE_HALTED,
    DAMAGED_BY,
    DEFINED_BY,
    DEFINES_AS,
    DEFINITE_START,
    DEFINITION_VERB,
    DELAY_BEFORE,
    DENIED_BEFORE,
    DEPOSIT_NAMED,
    DESPITE,
    DESPITE_OPENING,
    DIAGNOSIS_BEFORE,
    DIAGNOSIS_LINE,
    DIALYSIS_ENDED,
    DIFFERENTIAL,
    DISEASE_BRINGS,
    DONE_BECAUSE,
    DONE_TO,
    DONE_TO_LESION,
    DOSED_FOR,
    DOSED_THEN_USE,
    DRUG_AFTER_CLASS,
    DRUG_ALLERGY_AFTER,
    DRUG_ALLERGY_BEFORE,
    DRUG_FORM_START,
    DRUG_INFORMATION,
    DYSTROPHIC_AS_PROCESS,
    EASED,
    EASED_NEXT,
    EFFECT_THEN_THERAPY,
    ELIGIBILITY_HEADING,
    ENDOGENOUS,
    EVENTS_HEADER,
    EXAMPLES_LINK,
    EXCESS_OF,
    EXCLUSION_CUE,
    EXCLUSION_LABEL,
    FACE_NOT_SITE,
    FAILED_BEFORE,
    FAILED_LIST,
    FEATURES_FROM,
    FEATURES_OF,
    FEW_COUNT,
    FEW_HELPED,
    FLARE_WORD,
    FOR_ATTRIBUTE,
    FOR_DISEASE,
    FOR_GROUP_LEAD,
    FOR_GROUP_THEN,
    FOR_IT,
    FOR_UNNAMED_DISEASE,
    FORM_ENDS,
    FORM_IS_HARMFUL,
    FORM_OF,
    FRONTED_PURPOSE,
    FRONTED_REGIMEN,
    GIVEN_ASIDE,
    GIVEN_TO_GROUP,
    GREW_AFTER_DESPITE,
    GREW_ON,
    GROUP_GIVEN_THEN,
    GROUP_OF_PATIENTS,
    GROUP_RECEIVED,
    GROUP_WITH_LEAD,
    HARM_AFTER,
    HARM_COUNT_ON,
    HARM_FRAME,
    HARM_FROM,
    HARM_TAIL,
    HARMS_LEAD,
    HARMS_LISTED,
    HAVE_AFTER_DISEASE,
    HEDGE,
    HYPOTHETICAL,
    IN_EPIDERMIS,
    IN_SETTING,
    INDICATED_AFTER,
    INDICATION_CUE,
    INDICATION_HEADING,
    INDICATION_LEAD,
    INDICATIONS_LEAD,
    INFECTION_BEFORE,
    INFECTION_DETERMINER,
    INSIDE_APPOSED,
    IT_BEFORE,
    ITEM_HARM,
    ITEM_PLAN,
    KEEPS,
    KEPT_FROM,
    KEPT_OUT_OF_TRIAL,
    KEPT_STATE,
    KIND_AFTER,
    KIND_BEFORE,
    KIND_FORM_OF,
    KIND_LABEL,
    KIND_NAMED_BEFORE,
    KIND_SAID,
    KIND_SAID_OF_IT,
    KIND_TYPE,
    KIND_WORDS,
    KINDS_LISTED,
    LABEL_COLON,
    LABEL_WARNS,
    LATER_ITEM,
    LEAD_CUE,
    LEAVES_HARM,
    LEG_ULCER_AFTER,
    LESION_BEARER,
    LESION_BEARS,
    LESION_IS,
    LESION_NAMED,
    LESION_NOUN,
    LESION_OPENS,
    LESIONS_UNMOVED,
    LINE_LABEL,
    LIST_ENTRY,
    LIST_GOES_ON,
    LIST_JOIN,
    LISTED_FOR,
    LISTED_FOR_DISEASE,
    LISTED_USE,
    LOCAL_ANAESTHETIC,
    LOW_VALUE,
    MAIN_CLAUSE,
    MEASURED_AGAINST,
    MECHANISM_AND,
    MEDICATION_LIST,
    MINERAL_BEARING,
    MISTAKEN_FOR,
    MIXED_RESPONSE,
    MOA_CUE,
    MUSCLE_AS_DISEASE,
    MUSCLE_DISEASE,
    MUSCLE_INFLAMED,
    NAMED_FORM,
    NEG_LINK,
    NEGATED_EVENT,
    NEGATED_EXAMPLES,
    NEGATED_LIST,
    NEGATED_SITE_LIST,
    NEGATION,
    NEGATION_AFTER,
    NEGATION_BACK,
    NEGATIVE_FORM,
    NEGATIVE_LABEL,
    NEIGHBOUR_SKIN,
    NEITHER_GIVEN,
    NO_EFFECT_ON_DEPOSITS,
    NO_RESPONSE,
    NO_TREATMENT,
    NONE_COUNTED,
    NOT_GIVEN,
    NOT_GIVEN_BEFORE,
    NOT_GONE,
    NOT_STUDIED_IN_DEPOSITS,
    NOT_THAT_MUSCLE,
    NOT_THE_DIAGNOSIS,
    NUMBING,
    OF_DEPOSITS,
    OF_SOMETHING,
    ON_BEFORE,
    ON_THERAPY,
    ONE_PATIENT_GENRE,
    OR_ITEM,
    OTHER_OF_CLASS,
    OTHER_ROUTE,
    OUTCOME_FIELD,
    OUTCOME_MEASURE,
    OUTCOME_THEN_THERAPY,
    OUTCOME_VERB,
    PART_OF,
    PASSED_OVER,
    PATIENT_PRESENTED,
    PATIENT_WITH,
    PATIENTS_WITH,
    PATIENTS_WITH_DISEASE,
    PERSISTED_DESPITE,
    PLANNED_IF,
    POINTED_BACK,
    POISONED,
    POPULATION_ON,
    POSITIVE_AFTER_NEGATION,
    PREVALENCE_IN,
    PREVENTING,
    PRIOR_THERAPY,
    PROBLEM_ENTRY,
    PROBLEM_HEADING,
    PROBLEM_ON,
    PROCEDURE_FOR,
    PROGRESSED,
    PROGRESSED_DESPITE,
    PROGRESSED_DESPITE_IT,
    PRONOUN_START,
    PRONOUN_SUBJECT,
    PRONOUN_USED,
    PROPOSED_BEFORE,
    PTH_WORD,
    PURPOSE_END,
    RAISED_IF,
    REACTION_HEADING,
    REACTION_REPORT,
    REASON_AFTER,
    REASON_CLAUSE,
    REASON_FIRST,
    REASON_JOIN,
    REASON_LEAD,
    RECORD_LABEL,
    REFRACTORY,
    REGIMEN_COMMA,
    RELATIVE_AFTER,
    RELIEVED_AFTER,
    RELIEVED_BEFORE,
    RESERVED_FOR,
    RESPONSE_BETTER,
    RESUME_AFTER,
    RISK_MARKERS,
    RISK_NAMED,
    RISK_OF,
    RISK_OF_HARM,
    RISK_OF_THERAPY,
    RISK_RAISED,
    RISK_SPAN_END,
    RISKS_LABEL,
    RULED_OUT_AFTER,
    SAFETY_NET,
    SAID_COMMON,
    SCAR_AS_SETTING,
    SEARCHED_FOR,
    SELDOM,
    SERUM_ABNORMAL,
    SERUM_NORMAL,
    SERVICE_NAMED,
    SETTING,
    SETTLED_ON,
    SETTLES_UNNAMED_DISEASE,
    SEVERAL_KINDS,
    SIGN_OF,
    SIGNALMENT,
    SIGNS_AFTER_DISEASE,
    SIGNS_BEFORE_DISEASE,
    SINGULAR_VERB,
    SITE_AS_MODIFIER,
    SITE_BETWEEN,
    SITE_GLOSS,
    SITE_NORMAL,
    SITE_OF_CONDITION,
    SITE_OF_NAMED,
    SKIN_OF,
    SPARED,
    SPARED_MEASURE,
    SPARING,
    SPARING_COMPOUND,
    SPEAKER_LABEL,
    SPECIES_AS_MODIFIER,
    STARTED_INSTEAD,
    STATE_CAUSES,
    STATE_COMPLICATED,
    STATE_DUE_TO,
    STATE_LEAD,
    STATE_WITH,
    STATED_KIND,
    STATED_SUBJECT,
    STOP_REASON_AFTER,
    STOPPED,
    STOPPED_AFTER_REASON,
    STOPPED_ALSO,
    STOPPED_BECAUSE,
    STOPPED_BEFORE,
    STOPPED_FOR,
    STOPPED_WORD,
    STRONG_TREATMENT,
    STUDIED_CUE,
    SUBJECT_CAUSES,
    SUBTYPE_OF,
    SUSPECT_HEADING,
    SYNDROME_ALONGSIDE,
    TAPERED_BEFORE,
    THE_FORM,
    THE_TYPE_AFTER,
    THERAPY_ACTS,
    THERAPY_CAUSED,
    THERAPY_IS,
    THERAPY_PRONOUN,
    THERAPY_TITLE,
    THESE_THERAPIES,
    TIED_TO_DISEASE,
    TIME_REFERENCE,
    TIMED_BY,
    TREAT_VERB,
    TREATED_WITH,
    TREATMENT_CUE,
    TREATS_ACTIVE,
    UNMOVED,
    UNNAMED_DISEASE_ON,
    UNTREATED,
    USE_IN_TITLE,
    USED_FOR,
    VALUE_CHANGE,
    VALUE_LOWERS,
    VERB_FORM,
    VERDICT_AFTER,
    VERDICT_BEFORE,
    WHEN_ASKED,
    WITH_FINDINGS,
    WITH_LEVEL,
    WITHDRAW_ADVICE,
    form_key,
)
from cckg.graph_builder.lab_values import NORMAL_BY, normal_as_result
from cckg.graph_builder.recognise import (
    CALCINOSIS_ROOTS,
    PART_BREAK,
    Lexicon,
    Mention,
    Term,
    find_abbreviations,
    match,
    overlaps,
    routes_said,
    treated_near,
)
from cckg.graph_builder.segment import heading_topic, normalise_heading
from cckg.graph_builder.table_cells import (
    Cell,
    column_role,
    counted_columns,
    counted_result,
    is_dose_header,
    is_pipe_row,
    is_rule_row,
    labelled_cells,
    pipe_cells,
    pipe_headers,
    pipe_spans,
)

from cckg import vocab

CALCINOSIS_CUTIS = vocab.term("CalcinosisCutis")
DYSTROPHIC = vocab.term("DystrophicCalcinosisCutis")
DYSTROPHIC_MINERALIZATION = vocab.term("DystrophicMineralization")
RECURRENCE = vocab.term("Recurrence")
INFLAMMATORY_RESPONSE = vocab.term("InflammatoryResponse")
SPONTANEOUS_RESOLUTION = vocab.term("SpontaneousResolution")
# The procedures that take the deposits away: "calcinosis after excision" is after its removal.
SURGERY, SURGICAL_EXCISION = vocab.term("Surgery"), vocab.term("SurgicalExcision")
REMOVALS = (SURGICAL_EXCISION, vocab.term("Curettage"))
# Findings that are by their name a body's reaction to a therapy given.
THERAPY_REACTIONS = frozenset(vocab.term(n) for n in ("InfusionReaction", "InjectionSiteReaction"))
# What surgery does to a calcinosis, its uses and its harms there: the deposits' removal.
SURGERY_ON_DEPOSITS = frozenset({"indicated_when", "has_adverse_effect", "mechanism_of_action"})
PROCEDURE = vocab.term("Procedure")
SKIN_LESION = vocab.term("SkinLesion")
DIAGNOSTIC_PROCEDURE = vocab.term("DiagnosticProcedure")
COMPLICATION = vocab.term("ProceduralComplication")
SCARRING = vocab.term("Scarring")
MINERAL_EXCESS = vocab.term("SerumMineralExcess")
HYPERPARATHYROIDISM = vocab.term("Hyperparathyroidism")
_PTH = re.compile(PTH_WORD, re.IGNORECASE)
METASTATIC = vocab.term("MetastaticCalcinosisCutis")
# The kinds of calcinosis by the adjective that names them ("it is dystrophic").
KINDS_BY_WORD = {word: vocab.term(f"{word.capitalize()}CalcinosisCutis") for word in KIND_WORDS}
INHERITED = vocab.term("InheritedDisease")
TRAUMA = vocab.term("Trauma")
ECTOPIC_CALCIFICATION = vocab.term("EctopicCalcification")
# What any calcinosis is, said in other words: no mechanism of one ("calcification of the skin").
WHAT_CALCINOSIS_IS = frozenset((ECTOPIC_CALCIFICATION, vocab.term("PathologicalMineralization")))
# How a therapy that the sentence does not name came in: by a pronoun, or from the section heading.
IMPLICIT = ("pronoun", "section")
HUMAN = vocab.term("Human")
SKIN = vocab.term("Skin")
DEPOSIT = vocab.term("CalcifiedMass")
SUBCUTANEOUS_CALCIFICATION = vocab.term("SubcutaneousCalcification")
EPIDERMIS = vocab.term("Epidermis")
# Relations whose object is a place, a sign or a harm, which a narrower one of the same document
# makes redundant.
GRAINED = frozenset({"located_in", "has_feature", "has_adverse_effect"})
# Therapies that add calcium, phosphate or vitamin D to the body or the skin.
MINERAL_LOADS = tuple(
    vocab.term(name)
    for name in (
        "VitaminD", "ParenteralCalciumSalt", "CalciumSupplementation",
        "CalciumBasedPhosphateBinder", "CalciumHeparin", "CalciumAlginateDressing",
        "ParenteralPhosphate",
    )
)
# What a calcinosis shows of itself: its lesions, their chalk and their infection, and their
# going by themselves.
OWN_LESIONS = tuple(
    vocab.term(name)
    for name in (
        "SkinNodule", "SkinPlaque", "CalcifiedMass", "ChalkyDischarge", "RecurrentSkinInfection",
        "SpontaneousResolution",
    )
)
ULCERATION = vocab.term("Ulceration")
ANALGESIC = vocab.term("Analgesic")
THERAPEUTIC_MECHANISM = vocab.term("TherapeuticMechanism")
JOINT = vocab.term("Joint")
CALCIUM_DEPOSITION = vocab.term("CalciumDeposition")
SERUM_STATUS = vocab.term("SerumMineralStatus")
PAIN = vocab.term("Pain")
ANTIBIOTIC = vocab.term("Antibiotic")
PATIENT_CHARACTERISTIC = vocab.term("PatientCharacteristic")
LEG, LOWER_LEG = vocab.term("Leg"), vocab.term("LowerLeg")
SKELETAL_MUSCLE = vocab.term("SkeletalMuscle")
INFLAMMATORY_MYOPATHY = vocab.term("InflammatoryMyopathy")
FACE = vocab.term("Face")
INFECTION = vocab.term("Infection")
DIALYSIS = vocab.term("Dialysis")
# The kidney states dialysis is given for: failure of any pace, and chronic disease.
KIDNEY_FAILURE = (vocab.term("RenalInsufficiency"), vocab.term("ChronicKidneyDisease"))
WOUND_INFECTION = vocab.term("WoundInfection")
LESION_INFECTION = vocab.term("RecurrentSkinInfection")
# What an antibiotic treats when the sentence names it: the infection of a lesion or of a wound.
INFECTIONS = tuple(
    vocab.term(name)
    for name in ("RecurrentSkinInfection", "WoundInfection", "Cellulitis", "Infection")
)
# Symptoms of the whole body, which a hypercalcaemia, a kidney failure or a myositis brings, not a
# deposit in the skin; the extra lexicon's are HPO's fatigue, anorexia, polyuria and weight loss.
SYSTEMIC_SYMPTOMS = frozenset(
    [
        vocab.term(name)
        for name in ("Vomiting", "Nausea", "Constipation", "MuscleWeakness", "Confusion", "Polydipsia")
    ]
    + [vocab.OBO + hp for hp in ("HP_0012378", "HP_0002039", "HP_0000103", "HP_0001824")]
)
# Findings a deposit in the skin does not bring: those symptoms, states of the blood
# (hypocalcaemia, an acidosis, neutropenia), a body's reactions to a therapy (an infusion reaction,
# irritated skin), the signs of other skin diseases (blisters, bruising, shingles, the eyelid rash
# and knuckle papules of dermatomyositis) and weakness (HPO's asthenia).
NOT_OF_DEPOSITS = SYSTEMIC_SYMPTOMS | frozenset(
    [
        vocab.term(name)
        for name in (
            "MetabolicAcidosis",
            "Neutropenia",
            "InfusionReaction",
            "SkinIrritation",
            "Blister",
            "Bruising",
            "HerpesZoster",
            "SkinRash",
            "Bleeding",
            "HeliotropeRash",
            "GottronPapules",
        )
    ]
    + [vocab.OBO + hp for hp in ("HP_0002901", "HP_0025406")]
)


@dataclass(frozen=True)
class Fact:
    subject: str
    relation: str
    object: str  # a term IRI, or for has_outcome the key of an outcome in DocumentFacts.outcomes
    polarity: str  # "pos" | "neg"
    hedged: bool
    confidence: float
    method: str
    sentence_index: int
    species: str | None = None
    cited_ref: int | None = None  # reference number, when the sentence is a cited work's title
    quantity: str | None = None  # outcome key carrying the rate of an adverse effect


# The methods that take a therapy named in a text on a calcinosis to treat it without a word
# saying so (its section, a list of therapies).
_PRESUMED_TREATS = ("rule:treatment-section-topic", "rule:treatment-list")


@dataclass
class DocumentFacts:
    facts: list[Fact] = field(default_factory=list)
    outcomes: dict[str, tuple[quantify.Quantity, int]] = field(
        default_factory=dict
    )  # key -> (q, sentence)
    counts: dict[str, int] = field(default_factory=dict)
    topic: str | None = None


# --- helpers ---------------------------------------------------------------------------------


# (a table row's cells, joined by " | ", are clauses of their own too)
_CLAUSE_BREAK = (
    r";|\s\|\s|,\s+(?:but|whereas|while|although|though|however)\b|\s+but\s+in\b|\s+whereas\b"
)
# ", and gave pamidronate …": a second verb of the same subject; ", and alendronate to block
# crystal growth", ", and B by binding phosphate": a second subject whose verb is left out
_AND_VERB = (
    r"|,\s+and\s+(?=(?:then\s+)?(?:gave|began|put|\w+ed)\b"
    r"|(?:[\w-]+\s+){1,3}(?:to|by)\s+\w+)"
)


# What may stand between two items of a list of signs: words, commas, "and", "or", slashes and
# brackets, but no sentence or clause mark and no new clause ("but", "which").
_LIST_GAP = re.compile(
    r"(?:(?!\b(?:but|which|whereas|although|while|because|so|was|were|is|are|has|had|there)\b)"
    r"[^.;:!?])*",
    re.IGNORECASE,
)
_OTHER_SIGN = re.compile(r"\b(?:or|nor|and|no|any|other|one|least)\s*$", re.IGNORECASE)
_OF_MINERAL = re.compile(
    r"\s*(?:of|made\s+of|full\s+of|containing)\s+(?:calcium|chalk|bone|minerals?)\b", re.IGNORECASE
)
# "a recessive disorder caused by …": what is caused is the disorder, not the sign
_CAUSED_HEAD = re.compile(r"\b(?:disorders?|diseases?|conditions?|syndromes?)\s*$", re.IGNORECASE)


def _clauses(text: str, *, and_verb: bool = False) -> list[tuple[int, int]]:
    """Spans of clauses: split at ';', ', but', ', whereas' … outside parentheses, and with
    ``and_verb`` at ', and <verb>'."""
    spans, depth, start = [], 0, 0
    i = 0
    breaks = re.compile(_CLAUSE_BREAK + (_AND_VERB if and_verb else ""), re.IGNORECASE)
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = breaks.match(text, i)
            if m:
                spans.append((start, i))
                start = i + (
                    1
                    if ch == ";"
                    else len(m.group()) - (3 if m.group().lower().endswith(" in") else 0)
                )
                i = m.end()
                continue
        i += 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# Between a sign and its own place: "stiffness of the knees", "arthritis of the small joints".
_SIGN_SITE = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+|both\s+|her\s+|his\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE
)


# Symptoms felt in a place that is not a lesion's: where they are is no site of a calcinosis.
PLACED_SYMPTOMS = frozenset(
    vocab.term(name) for name in ("Paresthesia", "MuscleCramp", "Numbness", "MuscleWeakness")
)
# Between such a symptom and its place: "tingling of a finger", "numbness in both hands" (wider
# than _SIGN_SITE, which leaves "on" to a lesion's own site: "a firm lump on the cheek").
_SYMPTOM_PLACE = re.compile(
    r"\s+(?:of|in|over|on)\s+(?:(?:the|a|an|both|her|his|their|one|each)\s+)?(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)


def _place_of_symptom(site: Mention, findings: Sequence[Mention], text: str) -> bool:
    """Whether ``site`` is where a symptom that is no lesion is felt: right before it ("leg
    cramps"), right after it ("tingling fingers") or after "of", "in" ("numbness in both hands")."""
    for f in findings:
        if f.term.iri not in PLACED_SYMPTOMS:
            continue
        if site.end <= f.start and not text[site.end : f.start].strip():
            return True
        gap = text[f.end : site.start]
        if f.end <= site.start and (not gap.strip() or _SYMPTOM_PLACE.fullmatch(gap)):
            return True
    return False


def _risk_of_disease(risk: re.Match[str], calcinoses: Sequence[Mention], text: str) -> bool:
    """Whether a raised risk is the disease's: said with no "of" ("counts among its risk factors")
    or of a calcinosis, not of a harm ("a higher risk of the wound recurring")."""
    of = RISK_OF.match(text, risk.end())
    return of is None or any(of.end() <= c.start <= of.end() + 30 for c in calcinoses)


def _said_to_befall(m: Mention, reports: Sequence[re.Match[str]], text: str) -> bool:
    """Whether the sentence says ``m`` befell patients: "developed a kidney stone", or one of its
    reports of events (``ADVERSE_REPORT``) near it: "No clot was reported at all" (a state near the
    start), "…, and no kidney stone was reported" (one inside or just after the report)."""
    return bool(CONDITION_BEFELL.search(text[max(0, m.start - 30) : m.start])) or bool(
        reports
        and (m.start < 40 or any(r.start() <= m.start <= r.end() + 40 for r in reports))
    )


def _within(m: Mention, span: Mention) -> bool:
    """Whether ``m`` lies inside ``span``."""
    return span.start <= m.start and m.end <= span.end


def _taken_for(text: str, m: Mention) -> bool:
    """``m`` is what a lesion is taken for or queried as ("confused with cellulitis", "?gout")."""
    return bool(MISTAKEN_FOR.search(text[max(0, m.start - 40) : m.start]))


# Where the words before a mention stop speaking of it: punctuation, "but", "and then".
# (and a second verb joined by "and": "did nothing for them and may leave a mark")
_NEGATION_SCOPE_BREAK = re.compile(
    r"[,;:()]|\b(?:but|and then)\b"
    r"|\band\s+(?=(?:can|may|might|could|will|would|often|sometimes|usually|also|leaves?|"
    r"causes?|caused|left|gave|gives)\b)",
    re.IGNORECASE,
)


def _lesion(m: Mention) -> bool:
    """A finding that is the deposits themselves ("nodules", "plaques")."""
    return m.term.kind == "finding" and bool(DEPOSIT_NAMED.search(m.text))


def _negation_just_before(window: str, words: int) -> re.Match[str] | None:
    """A negation cue at most ``words`` words before the end of ``window`` (the clause before a
    mention: "No arterial …", "without any further …"), not turned by what follows it ("no
    change and a good response")."""
    cues = list(NEGATION.finditer(window))
    if not cues:
        return None
    rest = window[cues[-1].end() :]
    if len(rest.split()) > words or POSITIVE_AFTER_NEGATION.search(rest):
        return None
    return cues[-1]


def _opens_exclusions(text: str) -> bool:
    """A heading or line after which a trial's exclusion criteria are listed."""
    return bool(EXCLUSION_CUE.search(text) or EXCLUSION_LABEL.match(text))


def _denied(text: str, m: Mention) -> bool:
    """A negation cue at most three words before ``m`` ("No arterial calcification")."""
    return _negation_just_before(_NEGATION_SCOPE_BREAK.split(text[: m.start])[-1], 3) is not None


def _item_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` between the punctuation (',', ';', ':') around ``start``…``end``."""
    lo = max((text.rfind(c, 0, start) for c in ";:,"), default=-1) + 1
    his = [i for i in (text.find(c, end) for c in ";:,") if i >= 0]
    return lo, min(his) if his else len(text)


def _asks(s: _Sent) -> bool:
    """A sentence of running text that asks a question ("Is it dangerous?")."""
    return s.kind == "sentence" and s.text.rstrip().endswith("?")


def _semicolon_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the parts of ``text`` between semicolons."""
    bounds = [0, *(m.end() for m in re.finditer(";", text)), len(text) + 1]
    return [(a, b - 1) for a, b in zip(bounds, bounds[1:])]


def _clause_at(spans: list[tuple[int, int]], pos: int, text: str) -> tuple[int, int]:
    """The clause of ``spans`` (from ``_clauses(text)``) that holds offset ``pos``, else the whole text."""
    return next((c for c in spans if c[0] <= pos < c[1]), (0, len(text)))


# The condition a medicines chart's drug is kept for: "take if …", "start when …".
_KEPT_FOR = re.compile(r"\b(?:if|when|should)\b", re.IGNORECASE)


# A failure said of the therapies before the one named ("after other agents had failed").
_OTHERS_FAILED = re.compile(
    r"\b(?:after|once|when|since|because)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:other|previous|prior|earlier|first-line|conventional|standard)\b",
    re.IGNORECASE,
)


def _negated(text: str, m: Mention, clause: tuple[int, int]) -> bool:
    """A negation cue shortly before the mention (same clause, no comma between) or a failure cue after it."""
    if (
        m.term.kind == "finding"
        and NEGATIVE_FORM.search(m.text)
        and not NEGATIVE_LABEL.search(m.term.label)
    ):
        return True  # "a painless nodule", "non-tender" (not "symptomless": asymptomatic lesion)
    before = text[clause[0] : m.start]
    if NEGATED_EXAMPLES.search(before):
        return True  # "No systemic adverse effect, such as nausea or acidosis, was seen"
    if (
        m.term.kind == "finding"
        and NEGATED_LIST.search(before)
        and LIST_GOES_ON.match(text, m.end, clause[1])
    ):
        return True  # "Denies fever, chills, rash": the whole list is denied
    if (
        m.term.kind == "site"
        and NEGATED_SITE_LIST.search(before)
        and LIST_GOES_ON.match(text, m.end, clause[1])
    ):
        return True  # "no further nodules at the wrists, knees or heels": none at any of them
    if FAILED_LIST.search(before):
        return True  # "had failed earlier therapy: diltiazem in 11, bisphosphonates in 9 …"
    window = _NEGATION_SCOPE_BREAK.split(before)[-1]
    going_alone = m.term.iri == SPONTANEOUS_RESOLUTION
    if going_alone and SELDOM.search(window):
        return True  # "the papules hardly ever vanish unaided"
    if (cue := _negation_just_before(window, 8)) and not (
        # "require no therapy and soften": what is denied is a treatment, not the going
        going_alone
        and NO_TREATMENT.match(window, cue.end())
        or
        # "no recurrence at the elbow", "did not shrink the scrotal lumps": what is denied is an
        # event of the lesions there, which are still there
        (m.term.kind == "site" or _lesion(m))
        and NEGATED_EVENT.search(window, cue.end())
        # "worsening heart failure and bleeding": a state that grows is there
        or m.term.kind in ("finding", "condition")
        and cue.group().lower().startswith("worsen")
    ):
        return True
    if m.term.kind == "site" and SPARING.search(window):
        return True  # "on the forearms, sparing the neck"
    after = text[m.end : clause[1]]
    if aside := GIVEN_ASIDE.match(after):
        after = after[aside.end() :]  # "Minocycline, tried for the itch, did nothing"
    # A restrictive relative clause ("calcinosis that had not responded to …") speaks of something
    # else; a non-restrictive one (", both of which often fail") still speaks of the mention.
    for rel in re.finditer(r"\b(?:that|which|who|whose|where)\b|,\s+but\b|;", after):
        if (
            rel.group().startswith(("that", "which", "who"))
            and "," in after[max(0, rel.start() - 20) : rel.start()]
        ):
            continue
        after = after[: rel.start()]
        break
    if m.term.kind in ("finding", "site", "mechanism"):
        # a later clause ("they ulcerate, and … so it won't bend") speaks of something else
        after = re.split(r"[,;]|\b(?:so|but)\b", after)[0]
    if others := _OTHERS_FAILED.search(after):
        after = after[: others.start()]  # "… received X, all after another agent had failed"
    if condition := CONDITION_OPENS.search(after):
        after = after[: condition.start()]  # "kept for when a wound fails to close"
    if control := CONTROL_ARM_CLAUSE.search(after):
        after = after[: control.start()]  # "… and stayed the same on placebo": the other arm's
    if m.term.kind in ("finding", "site") and (gone := NOT_GONE.search(after)):
        after = after[: gone.start()]  # "broke down in spring and has not healed": still there
    if m.term.kind == "site":
        # "deposits in the arteries will not go away": a failure of them, still in that place
        return bool(SPARED.search(after[:80]))
    failed = NEGATION_AFTER.search(after[:80])
    if (
        failed
        and m.term.kind == "finding"
        and re.search(r"\b(?:and|but)\s+$", after[: failed.start()])
    ):
        return False  # "it gave him nausea and no relief": the denial is the next item's
    if failed and _lesion(m):
        # "the nodules do not regress": the lesions are there, what failed is their going
        return not NEGATED_EVENT.search(after, failed.start(), failed.end() + 30)
    return bool(failed)


def _finding_run_end(f: Mention, findings: Sequence[Mention], text: str) -> int:
    """Where the run of findings that ``f`` opens ends ("painful redness" of "the painful redness
    around the nodules"), so that what follows the run is said of each of them."""
    end = f.end
    while nxt := next(
        (g for g in findings if g.start > end and not text[end : g.start].strip()), None
    ):
        end = nxt.end
    return end


def _at_injection_site(text: str) -> bool:
    """Whether what the sentence names happened where a drug goes in ("a sore, red patch at
    each infusion site"), its harm, unless the lesions there are the deposits themselves."""
    return bool(AT_INJECTION_SITE.search(text) and not DEPOSIT_NAMED.search(text))


def _abbreviation_of(p: Mention, t: Mention, text: str) -> bool:
    """Whether ``t`` is the abbreviation defined in passing for ``p`` right before it
    ("intravenous immunoglobulin (IVIG)", "dermatomyositis (DM)"), a count may follow it in the
    brackets ("(IVIG; 10)", "(IVIG, n = 4)"): the same mention again."""
    return (
        p.term.iri == t.term.iri
        and p.end <= t.start
        and bool(re.fullmatch(r"\s*\(\s*", text[p.end : t.start]))
        and bool(re.match(r"\s*[);,]", text[t.end :]))
    )


def _site_of(site: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The mention a site is the place of, through the sites listed before it ("morphoea over the
    thigh and ankle" → the morphoea), if one stands right before them."""
    before = [m for m in mentions if m.end <= site.start]
    pos = site.start
    for m in reversed(before):
        # past a gloss in brackets: "morphoea (localised scleroderma) over the shin"
        gap = re.sub(r"^\s*(?:\([^()]*)?\)", "", text[m.end : pos])
        if m.term.kind != "site":
            return m if SITE_OF_NAMED.match(gap) else None
        if not SITE_BETWEEN.match(gap):
            return None
        pos = m.start
    return None


def _borrowed_from(o: Mention, diseases: Sequence[Mention], text: str) -> bool:
    """Whether disease ``o`` (or the list it ends) is what an earlier disease of the sentence
    borrows its features from ("MCTD, which takes features of SLE and myositis")."""
    first = o
    for d in sorted(diseases, key=lambda m: -m.start):
        if d.end <= first.start and COORDINATION.fullmatch(text[d.end : first.start]):
            first = d
    return bool(FEATURES_FROM.search(text, max(0, first.start - 60), first.start)) and any(
        d.end <= first.start for d in diseases if d is not first
    )


def _told_in_another_item(
    t: Mention, calcinoses: Sequence[Mention], explicit: Sequence[Mention], text: str
) -> bool:
    """In a list of items parted by semicolons, each led by its therapy, the calcinoses the
    sentence names all stand after another item's therapy, in that item, and none in ``t``'s."""
    if t.via in IMPLICIT or not calcinoses or ";" not in text:
        return False
    items = _semicolon_spans(text)
    own = _clause_at(items, t.start, text)
    return all(
        (item := _clause_at(items, m.start, text)) != own
        and any(o is not t and item[0] <= o.start and o.end <= m.start for o in explicit)
        for m in calcinoses
    )


def _answer_to_clause(
    clause: re.Match[str], f: Mention, named: list[Mention], explicit: list[Mention], text: str
) -> list[Mention]:
    """The therapies a ``clause`` (a CONDITION_CLAUSE match) holding ``f`` ("if a lump is
    infected", "lumps that discharge chalk") says when to use: those of the main clause after it,
    else those before it."""
    start = clause.start()
    if any(start <= t.start < f.start for t in named):
        return []  # "because DMSO has caused hypercalcaemia": the clause speaks of the therapy
    # "indicated when hypercalcaemia persists despite a calcimimetic": the clause goes on to its
    # comma; a "that …" or "which …" clause ends where the main verb begins.
    relative = bool(re.search(r"\b(?:that|which|whose)\b", clause.group(), re.IGNORECASE))
    # an algorithm's "If A then B" ends its clause at "then" as a comma would
    after = [
        t
        for t in explicit
        if t.start >= f.end
        and (relative or re.search(r",|\bthen\b", text[f.end : t.start], re.IGNORECASE))
    ]
    before = [t for t in explicit if t.end <= start]
    # "…; diltiazem, which helped some; and excision, for deposits that are painful": in a list
    # of items parted by semicolons, the item's own therapy
    item_start = _clause_at(_semicolon_spans(text), start, text)[0]
    return after or [t for t in before if t.start >= item_start] or before


_REGIMEN_WITH = re.compile(
    r"\s+(?:with|plus|alongside|together with|combined with)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE
)
_RELATIVE_TAIL = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|that)\s[^,;()]*$", re.IGNORECASE)


def _relative_host(m: Mention, therapies: Sequence[Mention], text: str) -> Mention | None:
    """The therapy that a relative clause holding ``m`` hangs on ("pamidronate, which …")."""
    hosts = [
        t for t in therapies if t.end <= m.start and _RELATIVE_TAIL.match(text[t.end : m.start])
    ]
    host = max(hosts, key=lambda t: t.end, default=None)
    # "lanthanum plus a phosphate-poor diet, which brought phosphate down": the regimen's clause
    if host is None or any(
        _REGIMEN_WITH.fullmatch(text[t.end : host.start]) for t in therapies if t.end <= host.start
    ):
        return None
    return host


def _harm_came_from(t: Mention, findings: Sequence[Mention], text: str) -> bool:
    """Whether a finding (or a process that befalls a patient, or a disease said to set in) right
    before therapy ``t`` came from it: "flushing from the steroid", "developed nausea on
    thiosulfate", "thrombosis occurred in one patient on it" (not "a woman with pain on
    colchicine"); "On nifedipine, flushing came in 3": the harms an opening "On …," leads to."""
    if _fronted_regimen(t, text) and ADVERSE_VERB.search(text, t.end):
        return True
    # "three patients on tofacitinib had headaches": what befell the group on it
    if (
        POPULATION_ON.search(text, 0, t.start)
        and (had := ADVERSE_VERB.search(text, t.end, t.end + 30))
        and any(f.term.kind == "finding" and f.start >= had.end() for f in findings)
    ):
        return True
    for f in findings:
        # a disease counts only where it is said to have set in on the drug ("she developed
        # hypercalcaemia on calcitriol"), not where a patient merely has it ("lupus on HCQ")
        disease = f.term.kind == "condition"
        if f.end > t.start or not disease and f.term.kind not in ("finding", "mechanism"):
            continue
        if not disease and CAUSED_BY_THERAPY.fullmatch(text, f.end, t.start):
            return True  # "her hypercalcaemia was blamed on calcitriol"
        if not disease and HARM_COUNT_ON.fullmatch(text, f.end, t.start):
            return True  # "rigors (in 4 adults, each on rituximab)"
        if (
            not disease
            and HARM_AFTER.fullmatch(text, f.end, t.start)
            and not _lesion(f)
            # (the rest of its clause says it got better: "pain after the excision … improved")
            and not EASED.search(text, t.end, _item_span(text, t.start, t.end)[1])
        ):
            return True  # "headache after the IVIG infusions" (not "pain after excision improved")
        if not (link := HARM_FROM.fullmatch(text, f.end, t.start)):
            continue
        if (
            link.group("event")
            or BECAME_BEFORE.search(text, max(0, f.start - 30), f.start)
            or not disease
            and (not link.group("on") or ADVERSE_VERB.search(text[max(0, f.start - 30) : f.start]))
        ):
            return True
    return False


def _not_given(t: Mention, text: str) -> bool:
    """The words around therapy ``t`` say it was not given ("dialysis was not needed", "none of
    them required surgery")."""
    # (past an aside naming what it is: "naproxen, an NSAID (NSAID) sold over the counter, was
    # not used", for the drug, for the class the aside names and for that class's abbreviation)
    aside = APPOSED_ASIDE.match(text, t.end) or (
        INSIDE_APPOSED.search(text[max(0, t.start - 70) : t.start])
        and ASIDE_REST.match(text, t.end)
    )
    return bool(
        NOT_GIVEN.match(text[t.end : t.end + 40])
        or NOT_GIVEN_BEFORE.search(text[max(0, t.start - 50) : t.start])
        or aside
        and NOT_GIVEN.match(text[aside.end() : aside.end() + 40])
    )


def _labels_line(t: Mention, text: str) -> bool:
    """Therapy ``t`` opens its line as the label of what follows: "- Diltiazem: ankle swelling"."""
    return bool(LINE_LABEL.fullmatch(text, 0, t.start) and LABEL_COLON.match(text, t.end))


def _fronted_regimen(t: Mention, text: str) -> bool:
    """Therapy ``t`` opens the sentence as the regimen what follows came on: "On nifedipine,
    flushing came in 3", "On minocycline 100 mg daily, the pain eased" (its dose or a bracket
    before the comma)."""
    return bool(FRONTED_REGIMEN.match(text[: t.start]) and REGIMEN_COMMA.match(text, t.end))


def _result_on_regimen(t: Mention, text: str) -> bool:
    """Therapy ``t`` opens the sentence as the regimen a result came on: "On X, the lumps
    shrank", "On X her pain eased"."""
    return _fronted_regimen(t, text) and bool(
        OUTCOME_VERB.search(text, t.end) or BETTER_AROUND.search(text, t.end)
    )


def _brought_on(o: Mention, t: Mention, text: str) -> bool:
    """Whether therapy ``t`` is said to have brought disease ``o`` on, right before or after it."""
    if t.end <= o.start:
        return bool(THERAPY_CAUSED.fullmatch(text, t.end, o.start))
    # ("was admitted with pancreatitis, and the team held that azathioprine had caused it")
    return o.end <= t.start and bool(
        CAUSED_BY_THERAPY.fullmatch(text, o.end, t.start) or CAUSED_IT.match(text, t.end)
    )


def _judged_again(t: Mention, named: Sequence[Mention], text: str) -> bool:
    """A later clause takes therapy ``t`` up again by a pronoun and says it failed: "mycophenolate
    settles his skin …, and it has not halted the nodules"."""
    then = AND_IT_THEN.match(text, t.end)
    return bool(
        then
        and NEGATION_AFTER.match(text, then.end())
        and not any(t.end <= m.start < then.end() for m in named)
    )


def _despite_then_grew(text: str, t: Mention) -> bool:
    """The clause opens on "despite" and therapy ``t`` (or a list ending in it), and the lesions
    grow on after it: "Despite two years of diltiazem, the nodules kept growing"."""
    return bool(
        DESPITE_OPENING.search(text, 0, t.start) and GREW_AFTER_DESPITE.match(text, t.end)
    )


def _given_for_it(
    o: Mention,
    therapies: Sequence[Mention],
    states: Sequence[Mention],
    text: str,
    infection: bool = False,
) -> list[Mention]:
    """The therapies after disease ``o`` (or an ``infection`` finding: "a nodule has become
    infected, and she takes flucloxacillin for it") that were taken "for it", no other state
    between them: the one the words follow, and those listed with it ("takes hydrocortisone and
    fludrocortisone for it")."""
    if o.term.kind != "condition" and not (infection and o.term.kind == "finding"):
        return []
    named = _explicit(therapies)
    last = next(
        (
            t
            for t in named
            if t.start > o.end
            and FOR_IT.match(text, t.end)
            and not any(o.end <= x.start < t.start for x in states)
        ),
        None,
    )
    return [] if last is None else [t for t in _coordinated(last, named, text) if t.start > o.end]


def _acted(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` without the therapies that only date another act ("injected thiosulfate
    before surgery"), unless nothing else is left."""
    kept = [
        m
        for m in mentions
        if not (m.term.kind == "treatment" and TIMED_BY.search(text, 0, m.start))
    ]
    return kept if any(m.term.kind == "treatment" for m in kept) else list(mentions)


def _use_said_before(
    first: Mention, therapies: Sequence[Mention], states: Sequence[Mention], text: str
) -> bool:
    """The list item before ``first`` said its own use, past a comma ("A for the ILD, B …")."""
    before = [t for t in therapies if t.end <= first.start]
    return bool(before) and "," in text[before[-1].end : first.start] and any(
        before[-1].end < m.start < first.start
        and FOR_DISEASE.search(text, max(0, m.start - 40), m.start)
        for m in states
    )


def _unnamed_cause(
    text: str, mentions: Sequence[Mention], lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """A clause whose own subject brings on what follows and names no term the sentence has
    ("The flu jab commonly causes a sore arm"): what it brings on is that thing's."""
    cause = SUBJECT_CAUSES.search(text, lo, len(text) if hi is None else hi)
    if cause is None or any(cause.start("subj") <= m.start < cause.end("subj") for m in mentions):
        return None
    return cause


def _explicit(therapies: Sequence[Mention]) -> list[Mention]:
    """The therapies a sentence names itself (not carried in by a pronoun or heading), in order."""
    return sorted((t for t in therapies if t.via not in IMPLICIT), key=lambda t: t.start)


def _kept_back_from(t: Mention, text: str) -> bool:
    """ "Calcitriol was withheld because of the raised calcium": held back from a state the
    sentence names, which is a caution on it (``indicated_when`` ``neg``)."""
    cue = CONTRAINDICATION.search(text, t.end)
    return cue is not None and cue.start() - t.end < 40


def _marks(cue: re.Match[str], m: Mention) -> bool:
    """The risk cue makes finding ``m`` a marker: ``m`` is what it names ("associated with digital
    ulcers"), or what predicts ("ulcers predict calcinosis"), or what an odds ratio is given for;
    not a sign described before "has been linked to …"."""
    word = cue.group().lower()
    if word.startswith(("odds", "or")):
        return True
    return cue.start() >= m.end if word.startswith("predict") else cue.end() <= m.start


def _coordinated(seed: Mention, named: list[Mention], text: str) -> list[Mention]:
    """``seed`` and the therapies coordinated with it on either side ("A, B or C"), in order."""
    chain = [seed]
    for t in reversed([t for t in named if t.end <= seed.start]):
        if not COORDINATED_ITEM.fullmatch(text[t.end : chain[0].start]):
            break
        chain.insert(0, t)
    for t in (t for t in named if t.start >= seed.end):
        if not COORDINATED_ITEM.fullmatch(text[chain[-1].end : t.start]):
            break
        chain.append(t)
    return chain


def _named_as_cause(t: Mention, text: str) -> bool:
    """The words around a therapy name it as a cause: "after extravasation of calcium gluconate",
    "calcium chloride extravasation", "vitamin D excess", "heel-stick sites"."""
    before = text[max(0, t.start - 90) : t.start]
    after = text[t.end : t.end + 30]
    if BETTER_AROUND.search(before[-60:]) or BETTER_AFTER.match(after):
        # "Regression of calcinosis after parathyroidectomy", "nodules shrank in four after
        # rituximab", "X induced regression of calcinosis": a result of it, not its cause
        return False
    return bool(CAUSE_BEFORE.search(before) or CAUSE_AFTER.match(after))


def _mineral_bearing(t: Mention, text: str) -> bool:
    """A therapy that brings calcium or phosphate into the skin, the usual cause of iatrogenic
    calcinosis: by its name ("calcium gluconate") or by the words beside it ("nadroparin calcium",
    "calcium-containing heparins"); a "calcium-free anticoagulant" does not."""
    window = text[max(0, t.start - 20) : t.end + 12]
    return bool(MINERAL_BEARING.search(t.term.label) or MINERAL_BEARING.search(window))


def _presented_with(text: str, m: Mention) -> bool:
    """ "A 47-year-old woman with <m>": the disease a case's patient is presented with."""
    return bool(PATIENT_WITH.search(text[max(0, m.start - 60) : m.start]))


def _is_sentence(text: str) -> bool:
    """A list item written as a sentence of its own ("Offer excision if one keeps flaring.")."""
    return text.rstrip()[-1:] in ".!?" and len(text.split()) >= 6


def _page_title(title: str) -> str:
    """A web page's title without the site's name ("Calcinosis in DM | Myositis Network"); a part
    after a hyphen that has a figure or a comma is no site's name ("Leaflet - Risedronate 35 mg,
    one a week")."""
    return re.split(r"\s+[|\u2013\u2014\u00b7]\s+|\s+-\s+(?=[A-Z][^:,\d]*$)", title)[0]


def _is_measurement(q: quantify.Quantity) -> bool:
    """A result with numbers (a rate, n/N, a median …, or a time: "no recurrence at 1 year"), not a
    bare head count."""
    return any(
        getattr(q, a, None) is not None
        for a in ("percent", "numerator", "median", "mean", "range_low", "range_high", "value")
    ) or bool(q.timepoint and re.search(r"\d", q.timepoint))


def _is_rate(q: quantify.Quantity) -> bool:
    """How many had it: a percent or a count, what an adverse effect's numbers are ("had not
    recurred" is read as none, a zero with nothing to count it against)."""
    return q.percent is not None or bool(q.numerator) or q.denominator is not None


def _is_outcome(q: quantify.Quantity) -> bool:
    """A therapy's result: numbers on an outcome word, not a prevalence, a scale or a bare duration."""
    if not _is_measurement(q):
        return False
    if not OUTCOME_MEASURE.search(q.measure) and (q.baseline is None or q.value is None):
        return False  # a value before and after ("pain 7/10 -> 3/10") is a result in itself
    return not (q.measure.lower().startswith("no ") and not _is_rate(q) and not q.timepoint)


def _bare_change(q: quantify.Quantity) -> bool:
    """A value before and after with no word of a result and no score's scale ("CRP 164 -> 19"),
    or a blood value's ("calcium fell from 3.4 to 2.7"): the result of a therapy the sentence
    names, else of nothing known."""
    return (
        q.baseline is not None
        and q.out_of is None
        and (not OUTCOME_MEASURE.search(q.measure) or BLOOD_VALUE.search(q.measure) is not None)
    )


def _none_had(q: quantify.Quantity | None) -> bool:
    """A rate of zero: "0/19", "0%"."""
    return q is not None and (q.numerator == 0 or q.numerator is None and q.percent == 0)


def _few_helped(clause: str) -> bool:
    """The clause says a benefit came to few: a minority, or a count of a third or less."""
    if FEW_HELPED.search(clause):
        return True
    count = FEW_COUNT.search(clause)
    if count is None or not BENEFIT_WORD.search(clause):
        return False
    if count.group(3) is not None:
        return float(count.group(3)) <= 34
    n, d = int(count.group(1)), int(count.group(2))
    return 0 < d and n / d <= 1 / 3


def _hedged(text: str) -> bool:
    return bool(HEDGE.search(text))


def section_role(heading: str) -> str | None:
    """What a heading's section is about, as segment names it ("signs and symptoms" is "features")."""
    topic = heading_topic(heading)
    return "features" if topic == "signs and symptoms" else topic


# The segments that name what a text is about (not titles, captions or references).
_NAMING_KINDS = ("sentence", "list-item", "heading")
# A label that names a disease of its own ("carpal tunnel syndrome", "uveitis", "neuropathy").
NAMED_DISEASE = re.compile(r"(?:syndrome|disease|itis|opathy)$")
# Head nouns that name no disease in particular ("Paget disease … the disease").
GENERIC_HEADS = frozenset({"disease", "disorder", "syndrome", "condition", "illness", "infection"})


def _without_restatements(
    mentions: list[Mention], text: str, is_calcinosis: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` less the words that only restate another: a calcinosis's second name
    ("…, also termed tumoral calcinosis"), the sites of a gloss on a site ("the hock (the bend
    halfway down a horse's back leg)") and the bare deposition that a named process of laying
    it down tells again. Facts of the one thing are not said of its other names too. (A disease
    the deposits go with keeps both names: "limited cutaneous systemic sclerosis, also known as
    CREST syndrome" says calcinosis goes with either.)"""
    out: list[Mention] = []
    gloss_end = -1
    for m in mentions:
        prev = next((o for o in reversed(out) if o.end <= m.start), None)
        gloss = prev is not None and prev.term.kind == "site" and SITE_GLOSS.match(text, prev.end)
        # "the lower layer of skin (the dermis)" names the site more closely; a gloss
        # describes it in other words
        if gloss and len(text[gloss.end() : (close := text.find(")", gloss.end()))].split()) > 3:
            gloss_end = max(gloss_end, close)
        if m.term.kind == "site" and m.start < gloss_end:
            continue
        if (
            m.term.kind == "condition"
            and prev is not None
            and is_calcinosis(prev.term.iri)
            and ALIAS_OF_PREVIOUS.match(text[prev.end : m.start])
        ):
            continue
        if m.term.iri == CALCIUM_DEPOSITION and any(
            o.term.kind == "mechanism" and o.term.iri != m.term.iri and overlaps(o, m)
            for o in mentions
        ):
            continue  # "calcium settles in injured dermis": how it is deposited
        out.append(m)
    return out


def _names_animal(m: Mention, text: str) -> bool:
    """``m`` names an animal as the one spoken of, not as a thing's source or owner ("rat
    poison", "porcine heparin", "a dog bite")."""
    return m.term.kind == "species" and not SPECIES_AS_MODIFIER.match(text, m.end)


def _use_in(o: Mention, therapies: Sequence[Mention], text: str) -> bool:
    """A title names ``o`` as a use of its drug: "Verapamil: hospital formulary entry, with its
    off-label use in calcinosis"."""
    last = next((t for t in reversed(_explicit(therapies)) if t.end <= o.start), None)
    return last is not None and bool(USE_IN_TITLE.search(text[last.end : o.start]))


def drug_section_role(heading: str) -> str | None:
    """What a drug-information section says of its drug: "indications", "contraindications",
    "eligibility" or "adverse effects" ("4.3 Contraindications", "What is it used for?", "Who can
    have it", "Possible side effects")."""
    h = normalise_heading(heading)
    if CONTRAINDICATION_HEADING.search(h):
        return "contraindications"
    if ELIGIBILITY_HEADING.search(h):
        return "eligibility"
    if INDICATION_HEADING.search(h):
        return "indications"
    if REACTION_HEADING.search(h):
        return "adverse effects"
    return "adverse effects" if section_role(heading) == "adverse effects" else None


# What a table column's cells are of the row's therapy, the kinds of term they hold, and whether
# they say when not to give it.
_COLUMN_RELATION = {
    "mechanism": ("mechanism_of_action", ("mechanism",), False),
    "adverse effects": ("has_adverse_effect", ("condition", "finding"), False),
    "indications": ("indicated_when", ("condition", "finding"), False),
    "contraindications": ("indicated_when", ("condition", "finding"), True),
    # a medicines chart's "Indication": what the patient's drug is given for
    "given for": ("treats", ("condition", "finding"), False),
}


def _first_word(label: str) -> str:
    return label.split()[0].lower()


class _Context:
    """What the relation rules need to know about the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.cc = CALCINOSIS_CUTIS if CALCINOSIS_CUTIS in lexicon.terms else None
        self.calcinosis_roots = {i for i in CALCINOSIS_ROOTS if i in lexicon.terms}
        # the drug classes named after how they act ("phosphate binder": "phosphate binding",
        # "calcium channel blocker": "calcium channel blockade"), not those whose mechanism others
        # share ("bisphosphonate": "inhibition of bone resorption", which denosumab does too)
        self.moa_class = {
            m: c
            for c in sorted(lexicon.terms)
            for m in lexicon.objects(c, "mechanism_of_action")
            if m in lexicon.terms
            and _first_word(lexicon.terms[m].label) == _first_word(lexicon.terms[c].label)
        }

    def acts_otherwise(self, therapy: str, moa: str) -> bool:
        """The mechanism is the defining one of a drug class the therapy is not of."""
        owner = self.moa_class.get(moa)
        return owner is not None and not self.lex.is_a(therapy, owner)

    def is_therapeutic(self, iri: str) -> bool:
        """A mechanism of action of therapies (never a condition's own mechanism)."""
        return self.lex.is_a(iri, vocab.term("TherapeuticMechanism"))

    def is_mineral(self, iri: str) -> bool:
        """A deposit's mineral (calcium phosphate, hydroxyapatite), which is no process."""
        return self.lex.is_a(iri, vocab.term("MineralDeposit"))

    def is_disease_process(self, m: Mention) -> bool:
        """A mechanism that befalls a patient (thrombosis, necrosis): neither a therapy's way of
        acting nor a deposit's mineral."""
        return (
            m.term.kind == "mechanism"
            and not self.is_therapeutic(m.term.iri)
            and not self.is_mineral(m.term.iri)
        )

    def is_calcinosis(self, iri: str) -> bool:
        return any(self.lex.is_a(iri, root) for root in self.calcinosis_roots)

    def own_calcinosis(self, disease: str) -> str | None:
        """The calcinosis class the ontology gives this very disease, without climbing."""
        return next(
            (
                c
                for c in sorted(self.lex.subjects("associated_with", disease))
                if self.is_calcinosis(c) and c != disease
            ),
            None,
        )

    def calcinosis_of(self, disease: str) -> str | None:
        """The ontology's "calcinosis cutis in <disease>" class, or that of the nearest ancestor.

        An inherited disease or an injury has its own calcinosis or none: Ehlers-Danlos syndrome
        is a disease of connective tissue, but "calcinosis in connective tissue disease" means the
        autoimmune ones, not an inherited disorder's deposits."""
        # nor does a named injury ("… in a burn scar") make the deposits the traumatic kind: texts
        # file them as dystrophic as often, so that kind is left to words that say it
        climbs = not self.lex.is_a(disease, INHERITED) and not (
            disease != TRAUMA and self.lex.is_a(disease, TRAUMA)
        )
        frontier, seen = [disease], set()
        while frontier:
            nxt = []
            for d in frontier:
                if d in seen:
                    continue
                seen.add(d)
                if own := self.own_calcinosis(d):
                    return own
                nxt.extend(self.lex.parents.get(d, ()) if climbs else ())
            frontier = [
                d for d in nxt if self.lex.terms.get(d) and self.lex.terms[d].kind == "condition"
            ]
        return None

    def specialise(self, iri: str, topic: str | None, words: str = "") -> str:
        """A bare "calcinosis" means the calcinosis the text is about: in a report on calcinosis in
        juvenile dermatomyositis, that one; in a text about calcinosis cutis, calcinosis cutis."""
        if not topic or iri not in self.calcinosis_roots or not self.lex.is_a(topic, iri):
            return iri
        if BARE_CALCINOSIS.fullmatch(words.strip()):
            return topic
        return iri if iri == CALCINOSIS_CUTIS else CALCINOSIS_CUTIS


@dataclass(frozen=True)
class _TherapyReading:
    """What a sentence naming therapies was read to say, as far as the rest of the sentence's
    reading needs it."""

    kind: str | None = None  # "cautions", "complication" (see on_treatment_sentence) or None
    given_for: frozenset[int] = frozenset()  # the states it names a therapy "for"
    withheld: frozenset[int] = frozenset()  # the therapies it says were not given
    grew_on: frozenset[int] = frozenset()  # the therapies it says the lesions grew despite


@dataclass
class _Sent:
    index: int
    text: str
    kind: str
    section: str
    lead: str | None
    citations: tuple[int, ...]
    paragraph_start: bool = False
    same_line: bool = False  # goes on the line of the unit before: the same list item
    level: int = 0  # a heading's depth


def _sentences(sentences: Sequence[object], text: str = "") -> list[_Sent]:
    out: list[_Sent] = []
    previous_end: int | None = None
    for s in sentences:
        start = getattr(s, "start", None)
        gap = text[previous_end:start] if previous_end is not None and start is not None else "\n\n"
        out.append(
            _Sent(
                s.index,
                s.text,
                s.kind,
                getattr(s, "section", ""),
                getattr(s, "lead", None),
                tuple(getattr(s, "citations", ()) or ()),
                bool(re.search(r"\n\s*\n", gap)),
                previous_end is not None and "\n" not in gap,
                getattr(s, "level", 0) or 0,
            )
        )
        previous_end = getattr(s, "end", None)
    return out


# --- the relation extractor ------------------------------------------------------------------


class _DocRelator:
    def __init__(self, doc: object, sentences: Sequence[object], lexicon: Lexicon) -> None:
        self.ctx = _Context(lexicon)
        self.lex = lexicon
        self.doc = doc
        self.sents = _sentences(sentences, getattr(doc, "text", ""))
        self.abbr = find_abbreviations(getattr(doc, "text", ""), lexicon)
        self._mentions: dict[tuple[str, bool], list[Mention]] = {}
        # whether "dystrophic calcification" names a process here (known once the topic is)
        self.dystrophy_is_process = False
        self._quantities: dict[str, list[quantify.Quantity]] = {}
        self.out = DocumentFacts()
        self.one_patient = self._about_one_patient()
        self.topic: str | None = None  # read by _document_topic's subject lookups
        self.topic = self._document_topic()
        self.out.topic = self.topic
        self.dystrophy_is_process = self._dystrophy_is_process(self.topic)
        self.focus_treatments = self._title_treatments()
        self.focus_causes = self._title_causes()
        self.doc_species = self._document_species()
        self.doc_drug = self._document_drug()
        self.drug_role: str | None = None  # what the section says of doc_drug
        # a reaction report's "Suspect drug:" field names the drug its other fields speak of
        self.suspect_field = False
        self.problem_list = False  # under a "PMH" heading: each line lists entries
        self.table_headers: list[str] | None = None  # the pipe table being read, if any
        # a table whose columns are therapies (a decision aid's options): column → its therapies
        self.option_columns: dict[int, list[Term]] = {}
        self.event_columns: dict[int, list[Term]] = {}  # a table of events: its therapy columns
        self.counted_cells: dict[int, list[tuple[int, int]]] = {}  # per sentence, cells counted
        self.section_topic = self.topic
        self.section_topic_level = 0  # the level of the heading that named the section topic
        self.section_role: str | None = None
        self.pending_classification: tuple[str, int] | None = None
        self.last_treatments: list[Term] = []
        self.named_in_paragraph = False  # whether a sentence of this paragraph named last_treatments
        self.harms_announced = False  # whether this paragraph said that harms follow
        # (sentence, therapy) -> the diseases that sentence says the therapy was stopped because
        # of: it treats neither them nor the calcinosis there
        self.stopped_for: dict[tuple[int, str], set[str]] = {}
        # (sentence, therapy) a table row's "Response" cell says did nothing: no success there
        self.row_failed: set[tuple[int, str]] = set()
        self._seen: set[tuple[object, ...]] = set()
        self.previous_text: str | None = None
        self.item_subject: str | None = None  # the calcinosis the current list item opened with
        self.item_treatments: list[Term] = []  # the therapies the current list item opened with
        # the drug last named with its form ("sodium metabisulfite ointment"), by the form, for
        # "the ointment" sections later
        self.by_form: dict[str, Term] = {}
        self.named_in_item = False  # whether named_in_paragraph holds for this list item only
        self.pending_parent: str | None = None
        self.section_treatments: list[Term] = []
        self.seen_treatments: dict[str, None] = dict.fromkeys(t.iri for t in self.focus_treatments)
        self.seen_conditions: dict[str, None] = {}  # diseases named so far, calcinoses aside
        # the therapies named last, across headings: whose risks a "What are the risks?" list gives
        self.recent_treatments: list[Term] = list(self.focus_treatments)
        # the therapies a "When is surgery needed?" asked about, until its answer is read
        self.asked_when: list[Term] = []
        # A condition that a paragraph defines ("PXE is a heritable disorder …") and goes on about.
        self.discourse: str | None = None
        self.last_subject: str | None = None  # the paragraph's last explicitly named calcinosis
        # What "It" at the start of a sentence most likely means: the kind ("treatment" or
        # "condition") that led the paragraph's last sentence naming either.
        self.pronoun_kind: str | None = None
        self.para_species: str | None = None  # the animal a paragraph has named
        # the diseases (calcinoses aside) the paragraph's last sentence named, if it named no
        # calcinosis: what "for it" in the next one may mean ("I also have gout. I take …"), each
        # with whether it only said who has it ("Many people with SSc have this")
        self.prior_states: list[tuple[str, bool]] = []
        self.states_here: list[tuple[str, bool]] = []
        self.refractory = any(REFRACTORY.search(t) for t in self._title_texts())

    # -- context ---------------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """The term mentions of ``text``, matched once per text (rules ask for them repeatedly)."""
        key = (text, self.dystrophy_is_process)
        if key not in self._mentions:
            found = [
                m
                for m in match(text, self.lex, self.abbr)
                if self._says_its_term(m, text) and not self._names_a_service(m, text)
            ]
            found = [self._ulcer_region(m, text) for m in found]
            found = [self._kind_named_with(m, text) for m in found]
            found = [self._lesion_infection(m, found, text) for m in found]
            if muscle := self._muscle_disease(found, text):
                found = [m for m in found if not any(_within(m, d) for d in muscle)] + muscle
            if key[1]:
                found = [self._as_process(m, text) for m in found]
            self._mentions[key] = _without_restatements(found, text, self.ctx.is_calcinosis)
        return self._mentions[key]

    def _dystrophy_is_process(self, topic: str | None) -> bool:
        """The text is about a calcinosis more particular than the dystrophic type, or beside it
        (calcinosis in MCTD, scrotal calcinosis): "dystrophic calcification" said of it is how
        it arose. Not where the text is about the dystrophic type itself or a broader one."""
        return bool(
            topic
            and DYSTROPHIC in self.lex.terms
            and DYSTROPHIC_MINERALIZATION in self.lex.terms
            and self.ctx.is_calcinosis(topic)
            and topic != DYSTROPHIC
            and not self.lex.is_a(DYSTROPHIC, topic)
        )

    def _ulcer_region(self, m: Mention, text: str) -> Mention:
        """A "leg ulcer" (venous, arterial, of pressure) is one of the lower leg, between knee and
        ankle, as the term is used in wound care."""
        if m.term.iri == LEG and LOWER_LEG in self.lex.terms and LEG_ULCER_AFTER.match(text, m.end):
            return replace(m, term=self.lex.terms[LOWER_LEG])
        return m

    def _lesion_infection(self, m: Mention, found: list[Mention], text: str) -> Mention:
        """ "Each infection settled", "an ulcerated nodule may catch an infection": an infection
        said of an infected lesion is that lesion's infection (the ontology's finding), not
        infection as a cause of calcinosis. (``_as_read`` reads the same where only the relation
        tells: a calcinosis's "infection" as a feature.)"""
        if (
            m.term.iri != INFECTION
            or LESION_INFECTION not in self.lex.terms
            or not INFECTION_DETERMINER.search(text, max(0, m.start - 12), m.start)
            or INFECTION_BEFORE.search(text)
        ):
            return m
        infected = any(x.term.iri == LESION_INFECTION for x in found)
        if infected or LESION_NOUN.search(text):
            return replace(m, term=self.lex.terms[LESION_INFECTION])
        return m

    def _muscle_disease(self, found: list[Mention], text: str) -> list[Mention]:
        """ "Methotrexate controls his muscle disease": the muscle side of a myositis named as a
        disease is the inflammatory myopathy (which ``_specific_condition`` reads as the one the
        document names)."""
        if INFLAMMATORY_MYOPATHY not in self.lex.terms:
            return []
        term = self.lex.terms[INFLAMMATORY_MYOPATHY]
        said = [
            Mention(term, d.start(), d.end(), d.group(), "muscle-disease")
            for d in MUSCLE_DISEASE.finditer(text)
        ]
        # (the "inflammation" of "muscle inflammation" is part of it; a disease named there
        # already, "muscle disease of dermatomyositis" aside, stands)
        return [
            d for d in said if not any(m.term.kind == "condition" and _within(m, d) for m in found)
        ]

    def _as_process(self, m: Mention, text: str) -> Mention:
        if m.term.iri == DYSTROPHIC and DYSTROPHIC_AS_PROCESS.search(text, 0, m.start):
            return replace(m, term=self.lex.terms[DYSTROPHIC_MINERALIZATION])
        return m

    def _kind_named_with(self, m: Mention, text: str) -> Mention:
        """ "calcinosis cutis of the dystrophic variety", "calcinosis cutis, the metastatic sort",
        "The iatrogenic type of calcinosis, …": the kind is what the sentence speaks of, and the
        mention spans its words."""
        if m.term.iri not in self.ctx.calcinosis_roots:
            return m
        if before := KIND_NAMED_BEFORE.search(text, 0, m.start):
            # "the metastatic type of calcinosis": the kind, from its adjective on
            term = self.lex.terms[KINDS_BY_WORD[before.group("kind").lower()]]
            start = before.start("kind")
            return replace(m, term=term, start=start, text=text[start : m.end])
        if m.term.iri != CALCINOSIS_CUTIS or not (kind := KIND_AFTER.match(text, m.end)):
            return m
        term = self.lex.terms[KINDS_BY_WORD[kind.group("kind").lower()]]
        return replace(m, term=term, end=kind.end(), text=text[m.start : kind.end()])

    def _names_a_service(self, m: Mention, text: str) -> bool:
        """Another disease in the name of a clinic or a society ("the Arthritis & Rheumatology
        Clinic", "Myositis Network"): the letterhead's, said of no patient."""
        return (
            m.term.kind == "condition"
            and m.text[:1].isupper()
            and not self.ctx.is_calcinosis(m.term.iri)
            and (name := SERVICE_NAMED.match(text, m.end)) is not None
            and name.group(name.lastgroup or 0)[:1].isupper()
        )

    @staticmethod
    def _says_its_term(m: Mention, text: str) -> bool:
        """Whether a mention names its term here: not a site word qualifying another noun ("a
        hand surgeon"), not the anaesthetic of a procedure ("a digital block using lidocaine"),
        not the drug a "steroid-sparing" one spares."""
        if m.term.kind == "site":
            return not (
                SITE_AS_MODIFIER.match(text, m.end)
                or NOT_THAT_MUSCLE.search(text[max(0, m.start - 12) : m.start])
                or m.term.iri == FACE
                and m.text.lower() in ("face", "faces")
                and FACE_NOT_SITE.search(text[max(0, m.start - 20) : m.start])
                or m.term.iri == SKELETAL_MUSCLE
                and (
                    MUSCLE_AS_DISEASE.match(text, m.end)
                    or MUSCLE_INFLAMED.search(text[max(0, m.start - 40) : m.start])
                )
            )
        if m.term.kind == "mechanism" and m.term.label.startswith("normal "):
            return not NORMAL_BY.match(text, m.end)
        if m.term.kind == "treatment":
            return not (
                LOCAL_ANAESTHETIC.search(m.term.label)
                and ANAESTHESIA.search(text)
                or SPARING_COMPOUND.match(text, m.end)
                or ENDOGENOUS.match(text, m.end)
            )
        return True

    def quantities(self, text: str) -> list[quantify.Quantity]:
        """The quantities of ``text``, parsed once per text."""
        if text not in self._quantities:
            self._quantities[text] = quantify.find_quantities(text)
        return self._quantities[text]

    def _title_texts(self) -> list[str]:
        """The document's title line(s) and its declared title, where the topic and focus are named."""
        meta = getattr(self.doc, "meta", {}) or {}
        titles = [s.text for s in self.sents if s.kind == "title"]
        texts = [*titles, *([str(meta["title"])] if meta.get("title") else [])]
        return [_page_title(t) for t in texts]

    def _title_disease_calcinosis(self, texts: list[str]) -> str | None:
        """The calcinosis of the one disease a title names ("… a guide for people with CREST")."""
        diseases = {
            c
            for text in texts
            for m in self.mentions(text)
            if m.term.kind == "condition"
            and not self.ctx.is_calcinosis(m.term.iri)
            and (c := self.ctx.calcinosis_of(m.term.iri))
        }
        return diseases.pop() if len(diseases) == 1 else None

    def _document_topic(self) -> str | None:
        set_aside = self._set_asides()
        if other := self._diagnosis_instead(set_aside):
            return other
        topic = self._named_topic()
        if topic in {m.term.iri for _, m in set_aside} and topic not in self._title_conditions():
            return None  # "… -> not calciphylaxis", and no other disease the graph has
        if (
            topic in self.ctx.calcinosis_roots
            and not self.several_kinds
            and (kind := self.stated_kind)
        ):
            return kind if self.lex.is_a(kind, topic) else topic
        if (
            topic in self.ctx.calcinosis_roots
            and self.one_patient
            # a title's bare "calcinosis" (not "calcinosis cutis", a class of its own)
            and not any(
                m.term.iri == CALCINOSIS_CUTIS
                for t in self._title_texts()
                for m in self.mentions(t)
            )
        ):
            return self._patients_disease_calcinosis() or topic
        return self._narrower_in_body(topic) if topic else topic

    def _narrower_in_body(self, topic: str) -> str:
        """The calcinosis of the one narrower disease the body names for a title's wide one
        ("… in a rare muscle disease", then "Dermatomyositis is …" and "its juvenile form"):
        named at least twice, and the other narrower diseases together half as often or less.
        Not where the title names the topic, its own disease ("… in juvenile and adult
        dermatomyositis") or a narrower one itself."""
        title = self._title_conditions()
        # (the title's own disease where it names one: what an "overlap syndrome" covers is
        # not every connective tissue disease)
        wide = {c for c in title if self.ctx.calcinosis_of(c) == topic} or {
            *self.lex.objects(topic, "associated_with")
        }

        def narrower(i: str) -> bool:
            return i not in wide and any(self.lex.is_a(i, w) for w in wide)

        if any(narrower(c) or topic in (c, self.ctx.own_calcinosis(c)) for c in title):
            return topic
        counts = self._disease_counts(
            lambda i: narrower(i) and self.ctx.calcinosis_of(i) not in (None, topic)
        )
        for d in sorted(counts, key=lambda k: (-counts[k], k)):
            covered = sum(n for o, n in counts.items() if self.lex.is_a(o, d))
            if covered >= 2 and 2 * (sum(counts.values()) - covered) <= covered:
                return self.ctx.calcinosis_of(d) or topic
        return topic

    def _patients_disease_calcinosis(self) -> str | None:
        """The calcinosis of the disease a case's patient is presented with ("A 29-year-old man
        with juvenile dermatomyositis since age 7 … had calcinosis over both buttocks")."""
        return next(
            (
                calcinosis
                for s in self.sents
                if s.kind == "sentence"
                for m in self.mentions(s.text)
                if m.term.kind == "condition"
                and _presented_with(s.text, m)
                and (calcinosis := self.ctx.calcinosis_of(m.term.iri))
            ),
            None,
        )

    def _set_asides(self) -> list[tuple[str, Mention]]:
        """(sentence, calcinosis) for each calcinosis the body rules out."""
        return [
            (s.text, m)
            for s in self.sents
            if s.kind not in ("title", "heading", "reference-title")
            for m in self.mentions(s.text)
            if self._set_aside(s.text, m)
        ]

    def _diagnosis_instead(self, set_aside: list[tuple[str, Mention]]) -> str | None:
        """The one other disease a title, a diagnosis line or the ruling-out itself names, where
        the text rules the calcinosis out ("Lump on the scalp, query calcinosis" then "Diagnosis:
        trichilemmal cyst. Not calcinosis.", or "a pilomatrixoma, not calcinosis"): the report
        describes that disease, and the calcinosis only as what it was taken for."""
        # each in its own clause: "…; Ca normal -> not calciphylaxis"
        ruled_out = [text[: m.start].rsplit(";", 1)[-1] for text, m in set_aside]
        if not ruled_out:
            return None
        # what the title, else the report's diagnosis line, else the words before the ruling-out
        # ("most likely X, not calcinosis") name and do not query or deny ("?calcinosis")
        diagnoses = [s.text for s in self.sents if DIAGNOSIS_LINE.match(s.text)]
        for texts in (self._title_texts(), diagnoses, ruled_out):
            named = {
                m.term.iri
                for text in texts
                for m in self.mentions(text)
                if m.term.kind == "condition"
                and not NOT_THE_DIAGNOSIS.search(text[: m.start])
                and not _taken_for(text, m)
            }
            if named:
                other = named.pop()
                return None if named or self.ctx.is_calcinosis(other) else other
        return None

    def _title_conditions(self) -> set[str]:
        return {
            m.term.iri
            for t in self._title_texts()
            for m in self.mentions(t)
            if m.term.kind == "condition"
        }

    def _named_as_such(self, text: str, m: Mention) -> bool:
        """``m`` names what is there: not a diagnosis set aside ("… make calciphylaxis unlikely"),
        not what a lesion is taken for or only a guess ("often confused with cellulitis", "?gout")."""
        return not self._set_aside(text, m) and not _taken_for(text, m)

    def _scar_as_setting(self, text: str, m: Mention) -> bool:
        """A scar the lesion lies in ("calcinosis in old burn scars"): the lesion's setting, which
        the text names for its cause, not a feature the lesion has."""
        return self.lex.is_a(m.term.iri, SCARRING) and bool(SCAR_AS_SETTING.search(text[: m.start]))

    def _ruled_out_after(self, text: str, m: Mention) -> re.Match[str] | None:
        """The words after a calcinosis that rule it out ("… from kidney disease unlikely")."""
        if m.term.kind != "condition" or not self.ctx.is_calcinosis(m.term.iri):
            return None
        return RULED_OUT_AFTER.match(text, m.end)

    def _set_aside(self, text: str, m: Mention) -> bool:
        """A calcinosis the sentence rules out ("…, not calcinosis", "… was excluded")."""
        if m.term.kind != "condition" or not self.ctx.is_calcinosis(m.term.iri):
            return False
        return bool(self._ruled_out_after(text, m) or NOT_THE_DIAGNOSIS.search(text[: m.start]))

    def _in_ruled_out_diagnosis(self, text: str, m: Mention) -> bool:
        """``m`` belongs to a calcinosis the sentence rules out: "metastatic calcinosis from kidney
        disease unlikely" names no kidney disease of the patient."""
        return any(
            c.end <= m.start
            and (ruled_out := self._ruled_out_after(text, c)) is not None
            and m.end <= ruled_out.end()
            for c in self.mentions(text)
        )

    def _sign_of_ruled_out(self, text: str, m: Mention) -> bool:
        """A site or finding said of a calcinosis the sentence rules out, or looked for as a sign
        of one ("no net-like purpura over the abdomen to suggest calciphylaxis")."""
        if m.term.kind not in ("site", "finding"):
            return False
        if self._in_ruled_out_diagnosis(text, m):
            return True
        after = SIGN_OF.match(text, m.end)
        return after is not None and any(
            c.start == after.end() and self._set_aside(text, c) for c in self.mentions(text)
        )

    def _signs_of_named_disease(self, text: str, mentions: list[Mention]) -> dict[int, str]:
        """The findings a sentence gives as the signs of a disease it names that is no calcinosis,
        by mention id: "pseudohypoparathyroidism: short stature, a round face …",
        "hypercalcaemia, with nausea and vomiting", "thirst/polyuria c/w hypercalcaemia",
        "people with D often have …" (see SIGNS_AFTER_DISEASE and
        SIGNS_BEFORE_DISEASE). A list runs over findings a short stretch apart, within the clause."""
        owned: dict[int, str] = {}
        # what a list may hold: findings and their sites; it stops at the deposits themselves ("…
        # often develop lumps of calcium")
        items = [
            m
            for m in mentions
            if m.term.kind in ("finding", "site")
            or m.term.kind == "condition"
            and self.ctx.is_calcinosis(m.term.iri)
        ]
        if not any(m.term.kind == "finding" for m in items):
            return owned
        # (and, after the disease, the other diseases it brings: "X, with raised calcium, an
        # alkalosis and kidney injury")
        with_companions = [
            m for m in mentions if m.term.kind in ("finding", "site", "condition")
        ]
        spans = _clauses(text)
        for d in mentions:
            if (
                d.term.kind not in ("condition", "finding")
                or d.via == "lab-value"  # "phosphate 3.1 mmol/L, with uraemia": a reading
                or self.ctx.is_calcinosis(d.term.iri)
                or self._in_ruled_out_diagnosis(text, d)
            ):
                continue
            lo, hi = _clause_at(spans, d.start, text)
            before = SIGNS_BEFORE_DISEASE.search(text, max(lo, d.start - 60), d.start)
            # a syndrome the ontology files as a finding owns signs only by name: "numbness and
            # tingling, typical of carpal tunnel syndrome", not "ulcers, with pain"
            if d.term.kind == "finding" and (before is None or before.group("cause")):
                continue
            after = SIGNS_AFTER_DISEASE.match(text, d.end) if d.term.kind == "condition" else None
            if after is None and PATIENTS_WITH_DISEASE.search(text, max(lo, d.start - 40), d.start):
                after = HAVE_AFTER_DISEASE.match(text, d.end)
            if after is not None:
                pos, limit, listed, own_place = after.end(), 45, False, False
                for f in (f for f in with_companions if after.end() <= f.start < hi):
                    # "presents as a firm lump on the cheek or scalp": where its signs are
                    site = f.term.kind == "site" and listed
                    if not (site and _LIST_GAP.fullmatch(text, pos, f.start)) and not (
                        self._sign_in_list(f, text, pos, f.start, limit, companion=True)
                    ):
                        break
                    if (
                        site
                        and d.term.kind == "condition"
                        and (own_place or _SIGN_SITE.match(text, pos, f.start))
                    ):
                        # "stiffness of the knees and ankles", "arthritis of the joints of the
                        # hands": the sign's own place, which is nobody's site
                        owned.setdefault(id(f), "")
                        pos, own_place = f.end, True
                        continue
                    own_place = False
                    owned.setdefault(id(f), d.term.iri)
                    pos, limit, listed = f.end, 60, True
            # "no fever or other sign of infection": what is absent, not the infection's signs
            if (
                before
                and not _OTHER_SIGN.search(text, max(0, before.start() - 12), before.start())
                and not _CAUSED_HEAD.search(text, max(0, before.start() - 12), before.start())
            ):
                # a cause stands right after what it caused ("gangrene of a toe from PAD")
                pos, limit = before.start(), 15 if before.group("cause") else 70
                for f in reversed([f for f in items if lo <= f.start and f.end <= d.start]):
                    if f.term.kind == "site":
                        continue  # "tingling around the mouth: signs of …" names no place of it
                    if not self._sign_in_list(f, text, f.end, pos, limit):
                        break
                    owned.setdefault(id(f), d.term.iri)
                    pos, limit = f.start, 60
        return owned

    def _sign_in_list(
        self, f: Mention, text: str, a: int, b: int, limit: int, companion: bool = False
    ) -> bool:
        """``f`` is the next item of a list of signs whose last one ends (or starts) at ``a`` (or
        ``b``): a finding that is not the deposit itself (or, with ``companion``, another
        disease), a short gap of list words away."""
        return (
            (
                f.term.kind == "finding"
                or companion
                and f.term.kind == "condition"
                and not self.ctx.is_calcinosis(f.term.iri)
            )
            and not self.lex.is_a(f.term.iri, DEPOSIT)
            # "lumps over the deposits", "firm lumps of calcium": the deposits
            and not OF_DEPOSITS.match(text, f.end)
            and not _OF_MINERAL.match(text, f.end)
            and b - a <= limit
            and bool(_LIST_GAP.fullmatch(text, a, b))
        )

    @functools.cached_property
    def stated_kind(self) -> str | None:
        """The one kind of calcinosis the body says its calcinosis is ("the nodules are best
        regarded as an idiopathic calcinosis"; "calcinosis of the fingertips, of dystrophic
        type"), or None (read once: the topic rules ask for it more than once)."""
        kinds: set[str] = set()
        for s in self.sents:
            if s.kind in ("title", "heading", "reference-title"):
                continue
            calcinoses = [
                m
                for m in self.mentions(s.text)
                if m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri)
            ]
            if not calcinoses:
                continue
            # the sentence's first calcinosis, after "is a" / "are best regarded as a"
            first = calcinoses[0]
            before = s.text[: first.start]
            if (
                first.term.iri not in self.ctx.calcinosis_roots
                and (
                    (STATED_KIND.search(before) or DEFINES_AS.search(before))
                    and not KINDS_LISTED.search(before)
                    or APPOSED_FORM_OF.search(before)
                )
                and not NEGATION.search(before[-30:])
            ):
                kinds.add(first.term.iri)
            # (not when another kind stands first: "Tumoral calcinosis, an idiopathic kind of …")
            if first.term.iri in self.ctx.calcinosis_roots and (
                f := KIND_FORM_OF.search(before)
            ):
                kinds.update(self._adjective_kinds(f.group(1)))
            if first.term.iri in self.ctx.calcinosis_roots and STATED_SUBJECT.fullmatch(
                s.text[: first.start]
            ):
                kinds.update(
                    k.term.iri
                    for k in calcinoses[1:]
                    if k.term.iri not in self.ctx.calcinosis_roots
                    and FORM_OF.search(s.text[first.end : k.start])
                    and not NEGATION.search(s.text[first.end : k.start])
                )
            for t in KIND_TYPE.finditer(s.text):
                kinds.update(self._adjective_kinds(t.group(1) or t.group(2)))
        return kinds.pop() if len(kinds) == 1 else None

    def _adjective_kinds(self, adjective: str) -> set[str]:
        """The kinds of calcinosis an adjective names before a general name ("iatrogenic")."""
        return {
            term.iri
            for root in self.ctx.calcinosis_roots
            for term in self.lex.lookup(f"{adjective} {self.lex.terms[root].label}")
            if self.ctx.is_calcinosis(term.iri) and term.iri not in self.ctx.calcinosis_roots
        }

    def _named_topic(self) -> str | None:
        for text in self._title_texts():
            mentions = self.mentions(text)
            conds = self._subject_candidates(mentions, text, None)
            if conds:
                if conds[0] in self.ctx.calcinosis_roots and (
                    disease := self._title_disease_calcinosis([text])
                ):
                    return disease  # "Hard fingertip lumps: a guide for people with CREST"
                if not self.one_patient:
                    if conds[0] in self.ctx.calcinosis_roots and self.several_kinds:
                        return conds[0]  # "A history of the calcinosis syndromes"
                    return self._kind_of_several(mentions, text) or self._overview_kind(
                        conds[0], mentions
                    )
                kind = self._named_kind(conds[0])
                return kind if kind != conds[0] else self._own_class(kind, mentions)
        if other := self._named_other_condition(self._title_texts()):
            return other  # "Questions parents ask about GACI": the page is about that disease
        if self.one_patient and (verdict := self._verdict()):
            return verdict  # "a hot big toe and chalky ear lumps", then "So, tophaceous gout."
        counts: dict[str, int] = {}
        for s in self.sents:
            # (nor does a differential diagnosis, which names what it weighs)
            if s.kind == "reference-title" or DIFFERENTIAL.search(s.section):
                continue
            for m in self.mentions(s.text):
                # "?calciphylaxis" then "not c/w calciphylaxis": neither says what the note is
                # about, nor does a report's "No periarticular calcification"
                if (
                    m.term.kind == "condition"
                    and self.ctx.is_calcinosis(m.term.iri)
                    and self._named_as_such(s.text, m)
                    and not _denied(s.text, m)
                ):
                    counts[m.term.iri] = counts.get(m.term.iri, 0) + 1
        if not counts and (main := self._main_other_condition()):
            return main  # a disease defined once with its acronym, then named by it throughout
        if not counts and self.ctx.cc and any(
            self.lex.is_a(m.term.iri, DEPOSIT)
            for s in self.sents
            if s.kind != "reference-title"
            for m in self.mentions(s.text)
        ):
            # a note that never names the condition, only its deposits ("calcinotic lesion", "calcified nodules")
            counts[self.ctx.cc] = 1
        if counts:
            best = max(sorted(counts), key=lambda k: counts[k])
            best = self.ctx.specialise(best, CALCINOSIS_CUTIS if self.ctx.cc else None)
            if self.one_patient:
                best = self._named_kind(best)
            # "Hard lumps under the skin in lupus", then "doctors call this calcinosis cutis"
            if best in self.ctx.calcinosis_roots and (
                disease := self._title_disease_calcinosis(self._title_texts())
                or self._tied_disease_calcinosis()
                or self._one_disease_calcinosis()
            ):
                return disease
            return best
        return None

    @functools.cached_property
    def several_kinds(self) -> bool:
        """The title is about the kinds of calcinosis together ("Types of calcinosis cutis"): no one
        kind the body names is the text's topic."""
        return any(SEVERAL_KINDS.search(t) for t in self._title_texts())

    def _kind_of_several(self, mentions: list[Mention], text: str) -> str | None:
        """The kind a title names in several diseases ("dystrophic calcinosis cutis in systemic
        sclerosis and dermatomyositis"): what the text is about, more than either disease's."""
        _, first, classes = next(self._named_subjects(mentions, text, None), (0, None, []))
        if first is None or len(classes) < 2 or self.lex.objects(first.term.iri, "associated_with"):
            return None  # one class, or a disease's own calcinosis heading the list
        return self.ctx.specialise(first.term.iri, self.ctx.cc)

    def _namings(self, asked: bool = True) -> list[set[str]]:
        """The diseases each sentence, item and heading names (a set: "scleroderma (also called
        systemic sclerosis)" is one naming), with or without the sentences that ask a question."""
        return [
            {m.term.iri for m in self.mentions(s.text) if m.term.kind == "condition"}
            for s in self.sents
            if s.kind in _NAMING_KINDS and (asked or not _asks(s))
        ]

    def _disease_counts(
        self, keep: Callable[[str], bool], namings: list[set[str]] | None = None
    ) -> dict[str, int]:
        """How many of the namings (by default all ``_namings``) name each disease ``keep``
        accepts."""
        counts: dict[str, int] = {}
        for named in self._namings() if namings is None else namings:
            for iri in sorted(named):
                if keep(iri):
                    counts[iri] = counts.get(iri, 0) + 1
        return counts

    def _tied_disease_calcinosis(self) -> str | None:
        """The calcinosis of the disease the body first ties a calcinosis to, in its sentence
        ("calcinosis cutis on the thighs, in the spots where he once had panniculitis"):
        more telling than the other diseases the text names more often ("SLE since age 19")."""
        for s in self.sents:
            if s.kind != "sentence":
                continue
            conditions = [m for m in self.mentions(s.text) if m.term.kind == "condition"]
            roots = [c for c in conditions if c.term.iri in self.ctx.calcinosis_roots]
            diseases = [d for d in conditions if not self.ctx.is_calcinosis(d.term.iri)]
            for c, d in itertools.product(roots, diseases):
                others = [o for o in diseases if o is d or o.term.iri != d.term.iri]
                if (
                    0 < d.start - c.end <= 120
                    and ";" not in s.text[c.end : d.start]
                    and TIED_TO_DISEASE.search(s.text, c.end, d.start)
                    # (one disease: not "secondary to SSc or dermatomyositis")
                    and _coordinated(d, others, s.text) == [d]
                    and (calcinosis := self.ctx.calcinosis_of(d.term.iri))
                ):
                    return calcinosis
        return None

    def _one_disease_calcinosis(self) -> str | None:
        """The calcinosis of the one disease with a calcinosis of its own that a text names, and
        names more than once ("twelve children with lupus … in lupus the deposits …")."""
        counts = self._disease_counts(
            lambda iri: not self.ctx.is_calcinosis(iri) and bool(self.ctx.calcinosis_of(iri))
        )
        # "adults with systemic lupus …; in lupus …": the wider disease covers both; one named in
        # passing (a journal's "Myositis") half as often does not count
        for c in sorted(counts, key=lambda k: (-counts[k], k)):
            covered = sum(n for o, n in counts.items() if self.lex.is_a(o, c))
            if covered >= 2 and all(
                self.lex.is_a(o, c) or 2 * n <= counts[c] for o, n in counts.items()
            ):
                return self.ctx.calcinosis_of(c)
        return None

    def _count_head_nouns(self, counts: dict[str, int]) -> None:
        """ "pilar cyst … These cysts … a cyst like this": a sentence that names no disease but
        says the head noun of the one disease named with it names that disease again (added to
        ``counts``, from ``_disease_counts``)."""
        heads: dict[str, set[str]] = {}
        for s in self.sents:
            for m in self.mentions(s.text):
                if m.term.iri in counts and " " in m.text:
                    head = m.text.split()[-1].lower().removesuffix("s")
                    heads.setdefault(head, set()).add(m.term.iri)
        silent = [
            s.text
            for s in self.sents
            if s.kind in _NAMING_KINDS
            and not any(m.term.kind == "condition" for m in self.mentions(s.text))
        ]
        for head, iris in heads.items():
            if len(iris) == 1 and len(head) >= 4 and head not in GENERIC_HEADS:
                pattern = re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)
                counts[next(iter(iris))] += sum(1 for text in silent if pattern.search(text))

    def _main_other_condition(self) -> str | None:
        """The disease a text that names no calcinosis keeps naming: in three sentences or more,
        and at least twice as often as any other (raised blood values aside). A reader's question
        ("Is it dangerous?") names what the text may go on to rule out, so it does not count."""
        namings = self._namings(asked=False)
        counts = self._disease_counts(lambda iri: not self.lex.is_a(iri, MINERAL_EXCESS), namings)
        self._count_head_nouns(counts)
        # "a pilomatricoma, a harmless growth … The tumour hardens …": a sentence that names only
        # a wider class of a disease names that disease again
        totals = {
            c: n
            + sum(
                1
                for named in namings
                if c not in named and any(o != c and self.lex.is_a(c, o) for o in named)
            )
            for c, n in counts.items()
        }
        top = min(totals, key=lambda c: (-totals[c], c), default=None)
        if top is None or totals[top] < 3:
            return None
        return top if all(totals[top] >= 2 * n for c, n in counts.items() if c != top) else None

    def _verdict(self) -> str | None:
        """The one disease a case's verdicts name ("So, tophaceous gout.", "Diagnosis:
        dystrophic calcinosis"), where the title names none."""
        named = {
            m.term.iri
            for s in self.sents
            if s.kind in ("sentence", "list-item")
            for m in self.mentions(s.text)
            if m.term.kind == "condition"
            and VERDICT_BEFORE.match(s.text[: m.start])
            and VERDICT_AFTER.fullmatch(s.text[m.end :])
        }
        return named.pop() if len(named) == 1 else None

    def _named_other_condition(self, texts: list[str]) -> str | None:
        """The one disease a title or heading names when it names no calcinosis, no lesion, no
        calcification, no raised blood value and no disease whose calcinosis the ontology has
        ("3. Pseudoxanthoma elasticum"): what the text under it describes is that disease."""
        named: set[str] = set()
        for text, m in ((text, m) for text in texts for m in self.mentions(text)):
            if m.term.kind == "condition" and NOT_THE_DIAGNOSIS.search(text[: m.start]):
                continue  # "the swelling that wasn't a tophus": what the text is not about
            if m.term.kind == "finding":
                return None  # "hard skin plaques and a high calcium": the lesions come first
            if self.lex.is_a(m.term.iri, ECTOPIC_CALCIFICATION):
                return None  # "soft-tissue calcification … after frostbite": the deposits are
            if m.term.kind != "condition":
                continue
            iri = m.term.iri
            if (
                self.ctx.is_calcinosis(iri)
                or self.ctx.calcinosis_of(iri)
                or self.lex.is_a(iri, MINERAL_EXCESS)
            ):
                return None
            named.add(iri)
        return named.pop() if len(named) == 1 else None

    def _about_one_patient(self) -> bool:
        """A case report, or a note, letter or report of one patient's care: by its genre, or by
        a sentence that presents its patient."""
        meta = getattr(self.doc, "meta", {}) or {}
        if ONE_PATIENT_GENRE.search(str(meta.get("genre") or "")):
            return True
        return any(CASE_PATIENT.search(s.text) for s in self.sents if s.kind == "sentence")

    def _overview_kind(self, root: str, title: list[Mention]) -> str:
        """The one kind of calcinosis that a text about several patients, or none, names in its
        body when its title names only a general calcinosis ("Audit of ulcers over calcinosis …",
        then "Biopsy showed dystrophic calcinosis cutis …"). Where the title names ``root``
        itself, only when the body opens with that kind ("Dystrophic calcinosis cutis may
        complicate …"): a kind named later may be one of several ("Calcinosis circumscripta, a
        localised form …"). Any other title condition stays as it is."""
        if root not in self.ctx.calcinosis_roots:
            return root
        kind = self._body_kind(root)
        if not self._title_names_class(root, title) or kind == self._first_calcinosis():
            return kind
        return root

    def _first_calcinosis(self) -> str | None:
        """The first calcinosis the body names (titles and headings aside)."""
        return next(
            (
                m.term.iri
                for s in self.sents
                if s.kind not in ("title", "heading", "reference-title")
                for m in self.mentions(s.text)
                if m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri)
            ),
            None,
        )

    def _own_class(self, topic: str, title: list[Mention]) -> str:
        """The one kind a report names for its patient's calcinosis ("antisynthetase syndrome
        complicated by dystrophic calcinosis"), over the class the ontology has only for a wider
        disease than the title's (calcinosis in connective tissue disease)."""
        return topic if self._title_names_class(topic, title) else self._body_kind(topic)

    def _title_names_class(self, topic: str, title: list[Mention]) -> bool:
        """The title names ``topic`` itself, or a disease's own calcinosis."""
        return any(
            m.term.iri == topic or self.ctx.own_calcinosis(m.term.iri)
            for m in title
            if m.term.kind == "condition"
        )

    def _body_kind(self, topic: str) -> str:
        """The one kind of calcinosis by how it forms that the body names besides ``topic``, else
        ``topic``."""
        kinds = {
            iri
            for s in self.sents
            if s.kind not in ("title", "heading", "reference-title")
            for m in self.mentions(s.text)
            if m.term.kind == "condition"
            and self.ctx.is_calcinosis(iri := m.term.iri)
            and iri not in self.ctx.calcinosis_roots
            and iri != topic
            # a kind by how it forms (dystrophic, idiopathic), not another disease's calcinosis
            and not self.lex.objects(iri, "associated_with")
        }
        return kinds.pop() if len(kinds) == 1 else topic

    def _named_kind(self, topic: str) -> str:
        """In a document about one patient, a title's general calcinosis is the one more specific
        kind the body names ("a dystrophic calcinosis cutis, on biopsy"); with none or
        several, it stays general. (Reviews name kinds in passing; this is one patient's
        diagnosis.)"""
        if (stated := self.stated_kind) and self.lex.is_a(stated, topic):
            return stated  # "in keeping with …, a dystrophic variant of calcinosis cutis"
        kinds = {
            iri
            for s in self.sents
            if s.kind not in ("title", "heading", "reference-title")
            for _, _, iris in self._named_subjects(self.mentions(s.text), s.text, topic)
            for iri in iris
            if iri != topic and self.lex.is_a(iri, topic)
        }
        return kinds.pop() if len(kinds) == 1 else topic

    def _document_species(self) -> str | None:
        """A document whose title names an animal ("Calcinosis cutis in dogs") is about that species throughout."""
        meta = getattr(self.doc, "meta", {}) or {}
        for text in [*self._title_texts(), str(meta.get("species") or "")]:
            for m in self.mentions(text):
                if _names_animal(m, text):  # not "… after porcine heparin injections"
                    return None if m.term.iri == HUMAN else m.term.iri
        # "Gritty plaques over the flank - case 14", then "A seven-year-old spayed bitch was
        # referred …": the one animal the opening sentences present is the patient
        opening = [s.text for s in self.sents if s.kind == "sentence"][:2]
        named = {
            m.term.iri
            for text in opening
            for m in self.mentions(text)
            if _names_animal(m, text)
        }
        if len(named) == 1 and HUMAN not in named and any(PATIENT_PRESENTED.search(t) for t in opening):
            return named.pop()
        # a letter or record opens with its patient's line ("Re: Hazel, six-year-old nanny
        # goat"); the practice's name above it ("… Equine Vets") is no patient
        presented = {
            m.term.iri
            for s in self.sents[:8]
            # the line itself, or the line under its own label ("Patient:" above "Biscuit · …")
            if s.kind != "title"
            and (SIGNALMENT.search(s.text) or RECORD_LABEL.fullmatch(f"{s.section}:"))
            for m in self.mentions(s.text)
            if _names_animal(m, s.text)
        }
        if len(presented) == 1 and HUMAN not in presented:
            return presented.pop()
        # a practice's page (its venue or author an "… Animal Hospital") presents its patient
        # by name and a breed the lexicon may lack ("say hello to Rufus, our old Boxer"); the
        # first animal its text speaks of ("In dogs, the plaques …") is that patient's kind
        source = [str(meta.get(k) or "") for k in ("venue", "authors", "publisher")]
        lead = [s.text for s in self.sents[:4]]
        if any(ANIMAL_PRACTICE.search(t) for t in [*self._title_texts(), *source, *lead]):
            for s in self.sents:
                if ANIMAL_PRACTICE.search(s.text):
                    continue  # the practice's own name or line, no patient
                for m in self.mentions(s.text):
                    if _names_animal(m, s.text):
                        return None if m.term.iri == HUMAN else m.term.iri
        return None

    def _title_treatments(self) -> list[Term]:
        """The therapies the document is about: the title's, else the one its methods say was given."""
        for text in self._title_texts():
            ms = [m for m in self.mentions(text) if m.term.kind == "treatment"]
            # "a cream, alone or with a tablet", "one drug combined with another": "with"
            # coordinates there, it does not introduce the therapy given.
            given = re.search(
                r"\b(?:treated with|treatment with|response to|responding to|therapy with|using|"
                r"(?<!\bor )(?<!\band )(?<!\bcombined )with)\b",
                text,
                re.IGNORECASE,
            )
            if given and any(m.start >= given.end() for m in ms):
                ms = [m for m in ms if m.start >= given.end()]
            # "… in a haemodialysis cohort" or "… in adults on haemodialysis": who the patients
            # were, not what they were given; "… after calcium gluconate extravasation": what
            # caused the lesion.
            ms = [
                m
                for m in ms
                if not SETTING.match(text[m.end : m.end + 30])
                and not POPULATION_ON.search(text[: m.start])
                and not _named_as_cause(m, text)
            ]
            if ms:
                return list(dict.fromkeys(m.term for m in ms))
        return self._administered_treatments()

    def _document_drug(self) -> Term | None:
        """The one drug a drug-information document (a monograph, product information, a
        medication guide) is about: its title names that drug and no disease but what it is for
        ("Diltiazem for calcinosis"), and its genre or its headings say what it is."""
        texts = self._title_texts()
        drugs: set[Term] = set()
        for t in texts:
            named = self.mentions(t)
            given = [m for m in named if m.term.kind == "treatment"]
            drugs.update(m.term for m in given)
            states = [m for m in named if m.term.kind in ("condition", "finding")]
            # "… pamidronate infusions for calcinosis in lupus and in myositis": the
            # states after the first one the drug is for qualify it
            first = next(
                (
                    m
                    for m in states
                    if self._dosed_giver(m, given, t, procedures=True) or _use_in(m, given, t)
                ),
                None,
            )
            if states and (first is None or states[0].start < first.start):
                return None  # a disease the title names, not as what the drug is for
        if len(drugs) != 1:
            return None
        meta = getattr(self.doc, "meta", {}) or {}
        said = " ".join([*texts, *(str(meta.get(k, "")) for k in ("genre", "type"))])
        roles = {drug_section_role(s.text) for s in self.sents if s.kind == "heading"}
        if DRUG_INFORMATION.search(said) or roles & {"indications", "contraindications"}:
            return drugs.pop()
        return None

    def _title_causes(self) -> list[Term]:
        """The drugs or procedures a title names as the lesion's cause ("… after calcium gluconate
        extravasation", "… at heel-stick sites"): what else they cause are their adverse effects."""
        return list(
            dict.fromkeys(
                m.term
                for text in self._title_texts()
                for m in self.mentions(text)
                if m.term.kind == "treatment" and _named_as_cause(m, text)
            )
        )

    def _administered_treatments(self) -> list[Term]:
        """A study whose title names no drug ("Janus kinase inhibition for …"): the therapies the
        first methods sentence says the patients received, not those they had before."""
        if self.one_patient or not any(
            THERAPY_TITLE.search(t) for t in self._title_texts()
        ):
            return []
        for s in self.sents:
            if s.kind != "sentence":
                continue
            given = [
                m
                for m in self.mentions(s.text)
                if m.term.kind == "treatment"
                and ADMINISTERED.search(s.text[max(0, m.start - 40) : m.start])
                and not PRIOR_THERAPY.search(s.text[max(0, m.start - 60) : m.start])
            ]
            if given:
                return list(dict.fromkeys(m.term for m in given))
        return []

    def _subject_candidates(
        self, mentions: list[Mention], text: str, topic: str | None
    ) -> list[str]:
        """Calcinosis-family subjects in order, resolving "calcinosis in <disease>" to its class."""
        ranked: list[tuple[int, int, str]] = []
        for k, m, iris in self._named_subjects(mentions, text, topic):
            # "… is referred to as idiopathic calcification": the defined term is the subject.
            rank = 0 if DEFINES_AS.search(text[max(0, m.start - 30) : m.start]) else 1
            ranked.extend((rank, k, iri) for iri in iris)
        return list(dict.fromkeys(iri for _, _, iri in sorted(ranked)))

    def _named_subjects(
        self, mentions: list[Mention], text: str, topic: str | None
    ) -> Iterator[tuple[int, Mention, list[str]]]:
        """Each calcinosis mention with the classes it names ("calcinosis in JDM and SSc" names two)."""
        for k, m in enumerate(mentions):
            if m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri):
                yield (
                    k,
                    m,
                    self._composite(k, mentions, text)[0]
                    or [
                        self.ctx.specialise(m.term.iri, topic or self.topic or self.ctx.cc, m.text)
                    ],
                )

    def _composite(self, k: int, mentions: list[Mention], text: str) -> tuple[list[str], set[int]]:
        """ "calcinosis in dermatomyositis and systemic sclerosis" → the calcinosis-of classes, and the
        indexes of the disease mentions they consumed (which are then no separate objects)."""
        m = mentions[k]
        # A mention that already is a calcinosis-of class may head a coordination of further diseases.
        heads = bool(self.lex.objects(m.term.iri, "associated_with"))
        classes: list[str] = [m.term.iri] if heads else []
        used: set[int] = set()
        pos = m.end
        for j in range(k + 1, len(mentions)):
            n = mentions[j]
            if used and _abbreviation_of(mentions[max(used)], n, text):
                used.add(j)  # "dermatomyositis (DM) or …": the abbreviation defined in passing
                close = text.find(")", n.end)
                pos = close + 1 if close >= 0 else n.end
                continue
            if n.term.kind == "site" and not used and SITE_BETWEEN.match(text[pos : n.start]):
                pos = n.end  # "calcinosis over both knees, from his lupus": past its sites
                continue
            if n.term.kind != "condition" or self.ctx.is_calcinosis(n.term.iri):
                break
            gap = text[pos : n.start]
            # "calcinosis in autoimmune disease, mainly lupus and dermatomyositis"
            link = (
                (COORDINATION.fullmatch(gap) or EXAMPLES_LINK.fullmatch(gap))
                if heads
                else COMPOSITE_LINK.match(gap)
            )
            target = self.ctx.calcinosis_of(n.term.iri)
            if not link or not target:
                break
            classes.append(target)
            used.add(j)
            heads = True
            pos = n.end
        return list(dict.fromkeys(classes)), used

    def _disease_of_subject(self, mentions: list[Mention], text: str) -> set[int]:
        used: set[int] = set()
        for k, m in enumerate(mentions):
            if m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri):
                used |= self._composite(k, mentions, text)[1]
        return used

    def _infection_named(self, text: str) -> str | None:
        """The first infection ``text`` names."""
        return next(
            (
                m.term.iri
                for m in self.mentions(text)
                if any(self.lex.is_a(m.term.iri, infection) for infection in INFECTIONS)
            ),
            None,
        )

    # -- emitting --------------------------------------------------------------------------
    def emit(
        self,
        s: _Sent,
        subject: str,
        relation: str,
        obj: str,
        *,
        negated: bool = False,
        hedged: bool = False,
        base: float = 0.8,
        method: str,
        species: str | None = None,
        quantity: str | None = None,
    ) -> None:
        if s.kind in ("sentence", "heading", "list-item") and s.text.rstrip().endswith("?"):
            return  # "Are they painful?", "Is there infection?": asked, not said
        read = self._as_read(s, subject, relation, obj, negated, method)
        if read is None:
            return
        relation, obj = read
        if subject == SURGERY and (
            relation == "treats"
            and self.ctx.is_calcinosis(obj)
            or relation in SURGERY_ON_DEPOSITS
            and self.topic is not None
            and self.ctx.is_calcinosis(self.topic)
        ):
            # "deposits that still need surgery", "surgery only if they hurt": on calcinosis,
            # surgery is the deposits' excision
            subject = SURGICAL_EXCISION
        if (
            relation == "treats"
            and (reasons := self.stopped_for.get((s.index, subject))) is not None
            # "Stop the thiazide owing to her hypercalcaemia": it treats nothing there
            and (obj in reasons or self.ctx.is_calcinosis(obj))
        ):
            return
        if subject == obj or _asks(s):
            return  # a question asks, and says nothing (its words still set what "it" means)
        if relation == "treats" and not negated and (s.index, subject) in self.row_failed:
            return  # the row's "Response" said it did nothing
        if relation == "located_in" and obj == JOINT and not negated:
            # "a nodule beside a joint limits its movement", "joint spaces kept": no joint is
            # named as the deposits' place (the tissue around one is ``PeriarticularRegion``);
            # "clear of the joint" does say where they are not
            return
        if self._unsaid(s, subject, relation, obj, negated):
            return
        if relation == "mechanism_of_action" and not self.lex.is_a(obj, THERAPEUTIC_MECHANISM):
            return  # "works on the calcification itself": the disease's process
        if relation == "associated_with" and (
            # (a disease's own class-level link, "PXE … ABCC6", keeps its subject)
            self.ctx.is_calcinosis(subject)
            and self._names_disease(subject, obj)
            or self.lex.objects(subject, "associated_with")
            and self.ctx.calcinosis_of(obj)
            and not self.ctx.is_calcinosis(obj)
        ):
            # "calcinosis in JDM is associated with JDM" says that calcinosis goes with JDM; in a
            # document about the calcinosis of DM, "… and SSc" says calcinosis goes with SSc too.
            subject = self.ctx.cc or subject
        confidence = round(base * (0.75 if hedged else 1.0), 2)
        cited = s.citations[0] if s.kind == "reference-title" and s.citations else None
        key = self._fact_key(s, subject, relation, obj, negated, quantity)
        if key in self._seen:
            return
        self._seen.add(key)
        self.out.facts.append(
            Fact(
                subject,
                relation,
                obj,
                "neg" if negated else "pos",
                hedged,
                confidence,
                method,
                s.index,
                species,
                cited,
                quantity,
            )
        )

    def _unsaid(self, s: _Sent, subject: str, relation: str, obj: str, negated: bool) -> bool:
        """A fact the words seem to give but the ontology or the text rules out: a denial of
        something else, a mineral as a cure, a surface or a return as a site or a sign, the
        calcinosis's own lesions as a harm, a class's defining mechanism given outside it."""
        if negated and (
            relation == "located_in"
            and not (SPARING.search(s.text) or SPARED.search(s.text) or NEG_LINK.search(s.text))
            or relation == "associated_with"
            and not (NEG_LINK.search(s.text) or self.lex.is_a(obj, TRAUMA))
        ):
            # A place or a disease denied without saying it is spared or unlinked is nearly always
            # a denial of something else ("no bite work over the neck lesions", "no vasculitis" in a
            # biopsy report); an injury denied still says the deposits did not follow one.
            return True
        if (
            relation == "treats"
            and not negated
            and self.ctx.is_calcinosis(obj)
            and any(self.lex.is_a(subject, x) for x in MINERAL_LOADS)
        ):
            # vitamin D, calcium or phosphate salts add the very minerals a calcinosis is made of:
            # named beside one, they are its cause or its background, never its cure
            return True
        if (
            relation == "located_in"
            and obj == EPIDERMIS
            and not negated
            and not IN_EPIDERMIS.search(s.text)
        ):
            # "the overlying epidermis is thin", "passing out through the epidermis": the surface
            # over the deposits or their way out, not where they lie
            return True
        if relation == "has_adverse_effect" and any(self.lex.is_a(obj, x) for x in OWN_LESIONS):
            # a nodule, a plaque, its chalk or its infection is the calcinosis itself (a drug that
            # brings it on is its cause), never a therapy's harm; nor is its going by itself, or
            # once its cause stopped
            return True
        if relation == "has_feature" and (
            self.lex.is_a(obj, RECURRENCE)
            or self.lex.is_a(obj, SUBCUTANEOUS_CALCIFICATION)
            and self.ctx.is_calcinosis(subject)
        ):
            # a lesion's return after a treatment is that treatment's result, no sign of the
            # disease; and calcium under the skin is what a calcinosis is, not a feature of it
            return True
        if relation == "mechanism_of_action" and self.ctx.acts_otherwise(subject, obj):
            # a binder begun with a diet low in phosphate: the binding is the binder's alone
            return True
        return False

    def _as_read(
        self, s: _Sent, subject: str, relation: str, obj: str, negated: bool, method: str
    ) -> tuple[str, str] | None:
        """The relation and object a fact is written with, as the ontology reads it (a
        painkiller's target is the pain, a procedure's infection the wound's, a patient's trait
        goes with a condition); None where it only says what every calcinosis is."""
        if (
            relation == "treats"
            and self.ctx.is_calcinosis(obj)
            and self.lex.is_a(subject, ANALGESIC)
        ):
            obj = PAIN  # a painkiller eases the lesions' pain; it does nothing to the deposits
        elif (
            relation == "treats"
            and not negated
            and self.lex.is_a(subject, ANTIBIOTIC)
            and (
                self.ctx.is_calcinosis(obj)
                or any(self.lex.is_a(obj, lesion) for lesion in (DEPOSIT, SKIN_LESION, ULCERATION))
            )
        ):
            # "the abscess cleared on a penicillin", "for an infected nodule": the antibiotic
            # treats the infection of the lesion, not the deposits or the nodule (minocycline for
            # calcinosis names no infection); "they settle the infection, yet leave the calcium
            # where it was" still denies it treats the lump
            obj = self._infection_named(s.text) or obj
        elif (
            relation == "has_adverse_effect"
            and obj == INFECTION
            and self.lex.is_a(subject, PROCEDURE)
        ):
            obj = WOUND_INFECTION  # the infection a procedure risks is the wound's
        elif (
            relation == "has_mechanism"
            and obj in WHAT_CALCINOSIS_IS
            and self.ctx.is_calcinosis(subject)
        ):
            # "calcification of the skin": what any calcinosis is, said in other words, not how
            # this one comes about (a cyst or PXE that calcifies still has it as a process); of
            # a dystrophic calcinosis it is the dystrophic process
            dystrophic = self.lex.is_a(subject, DYSTROPHIC) or (
                self.stated_kind == DYSTROPHIC
                and not any(self.lex.is_a(subject, kind) for kind in KINDS_BY_WORD.values())
            )
            if not dystrophic:
                return None
            obj = DYSTROPHIC_MINERALIZATION
        elif (
            relation in ("has_feature", "associated_with")
            and obj == INFECTION
            and self.ctx.is_calcinosis(subject)
            # (not an infection before the deposits: "at the sites of an earlier infection", a
            # list of causes, or one the text links the calcinosis to)
            and not INFECTION_BEFORE.search(s.text)
            and not (method.startswith("rule:cause") and not negated)
            and not (relation == "associated_with" and RISK_MARKERS.search(s.text))
        ):
            # "deposits cause pain, ulceration and infection": the infection of the lesions,
            # which the ontology names apart from infection in general
            relation, obj = "has_feature", LESION_INFECTION
        elif relation == "has_feature" and self.lex.is_a(obj, PATIENT_CHARACTERISTIC):
            # "commoner when treatment came late", "in infants born preterm": what is true of the
            # patients goes with the condition; the condition does not show it
            relation = "associated_with"
        return relation, obj

    @staticmethod
    def _fact_key(
        s: _Sent,
        subject: str,
        relation: str,
        obj: str,
        negated: bool = False,
        quantity: str | None = None,
    ) -> tuple[object, ...]:
        """What makes a fact of sentence ``s`` the same fact: ``emit`` writes each once."""
        return (subject, relation, obj, negated, s.index, quantity)

    def on_reaction_report(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> set[int]:
        """A title reporting a suspected reaction to a drug ("ADR form: warfarin and
        calciphylaxis"): the disease goes with the drug, which is not given for it (not "X for Y:
        adverse events"). Returns the ids of the drugs' mentions."""
        if not REACTION_REPORT.search(s.text) or re.search(r"\bfor\b", s.text, re.IGNORECASE):
            return set()
        therapies = [m for m in mentions if m.term.kind == "treatment"]
        diseases = self._subject_candidates(mentions, s.text, None) or [
            m.term.iri for m in mentions if self._other_state(m)
        ]
        if not (therapies and diseases):
            return set()
        for disease in diseases:
            for t in therapies:
                self.emit(
                    s,
                    disease,
                    "associated_with",
                    t.term.iri,
                    base=0.7,
                    method="rule:reaction-report",
                    species=species,
                )
        return {id(t) for t in therapies}

    def on_drug_allergies(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> list[Mention]:
        """A drug the patient is allergic to, with the reaction said beside it ("penicillin
        allergy (rash)"), has that reaction as an adverse effect. Neither the drug nor its
        reaction is said of the disease: ``mentions`` less both."""
        text = s.text
        dropped: set[int] = set()
        for m in mentions:
            if m.term.kind != "treatment":
                continue
            after = DRUG_ALLERGY_AFTER.match(text, m.end)
            if not after and not DRUG_ALLERGY_BEFORE.search(text[max(0, m.start - 40) : m.start]):
                continue
            dropped.add(id(m))
            said = ALLERGY_REACTION.match(text, after.end() if after else m.end)
            if said is None:
                continue
            for f in mentions:
                if f.term.kind == "finding" and said.start() <= f.start < said.end():
                    dropped.add(id(f))
                    self.emit(
                        s,
                        m.term.iri,
                        "has_adverse_effect",
                        f.term.iri,
                        method="rule:drug-allergy",
                        species=species,
                    )
        return [m for m in mentions if id(m) not in dropped] if dropped else mentions

    def _remedy_of_harm(self, t: Mention, mentions: list[Mention], text: str) -> bool:
        """``t`` is what a state named before it was treated with ("a stitch abscess, cleared by a
        week of penicillin"): the state's remedy, not the therapy whose harms are listed."""
        therapies = [m for m in mentions if m.term.kind == "treatment"]
        states = [m for m in mentions if m.term.kind in ("finding", "condition")]
        return any(
            t in self._treated_with(o, therapies, text, states) for o in states if o.end <= t.start
        )

    def _harms_in_view(self, mentions: list[Mention]) -> tuple[list[Term], list[Mention]]:
        """A list of risks that names no therapy: the therapies it speaks of (those in view, else
        the last named) and the states and findings it lists."""
        owners = self._therapies_in_view() or self.recent_treatments
        return owners, [m for m in mentions if self._other_state(m) or m.term.kind == "finding"]

    def _therapies_in_view(self, kind: str | None = None, paragraph: bool = True) -> list[Term]:
        """The therapies (of ``kind``, if given) a sentence naming none may speak of: its heading's,
        else the study's, else (with ``paragraph``) those its paragraph named last."""
        for terms in (
            self.section_treatments,
            self.focus_treatments,
            self.last_treatments if paragraph and self.named_in_paragraph else [],
        ):
            found = [t for t in terms if kind is None or self.lex.is_a(t.iri, kind)]
            if found:
                return found
        return []

    def on_unnamed_harms(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> list[Mention]:
        """ "Some got a reaction during their drip, mostly a headache": the harms of the therapy
        in view, not features of the condition. The rest is returned."""
        # "Reported harms were infusion reactions and two pneumonias" names its harms after the lead
        frame = HARM_FRAME.search(s.text) or HARMS_LEAD.match(s.text)
        if frame:
            # what the frame goes on to name ("…, mostly a headache", "a clot in a leg vein"), not
            # the measures or diseases before it ("pain scores and adverse events")
            after = [m for m in mentions if m.end > frame.start()]
        elif tail := HARM_TAIL.search(s.text):
            after = [m for m in mentions if m.end <= tail.start()]  # the harms it closes on
        elif (
            SAID_COMMON.match(s.text)
            and self.named_in_paragraph
            and self.last_treatments
            and not LESION_NAMED.search(s.text)
            and all(m.term.kind == "finding" for m in mentions)
        ):
            # "Diltiazem is often tried first. Ankle swelling is common.": of the drug just named
            after = mentions
        elif (
            self.named_in_paragraph
            and self.last_treatments
            and any(m.term.iri in THERAPY_REACTIONS for m in mentions)
            and not LESION_NAMED.search(s.text)
        ):
            # "an infusion reaction in two, pneumonia in one": a reaction to
            # the therapy just named says the sentence counts that therapy's harms
            after = mentions
        else:
            return mentions
        owners, states = self._harms_in_view(after)
        harms = [m for m in after if m in states or self.ctx.is_disease_process(m)]
        if not owners or not harms:
            return mentions
        self._link_each(
            s, owners, "has_adverse_effect", harms, base=0.7, how="unnamed-harm", species=species
        )
        return [m for m in mentions if m not in after]

    def on_sequels(self, s: _Sent, mentions: list[Mention], species: str | None) -> list[Mention]:
        """After a procedure the paragraph, study or patient had, a sentence naming no therapy
        that says the lesions came back (or did not), or names a scar (the wound's), speaks of
        that procedure's sequels, not of the condition's features. The rest is returned."""
        # a scar named beside a disease or injury is the one that made it, not the operation
        scar_of_disease = any(o.term.kind == "condition" for o in mentions)
        sequels = [
            m
            for m in mentions
            if self.lex.is_a(m.term.iri, RECURRENCE)
            or self.lex.is_a(m.term.iri, SCARRING) and not scar_of_disease
        ]
        if not sequels or UNTREATED.search(s.text):
            return mentions  # "cleared by itself, leaving no scar": no procedure's doing
        # one patient's operation is what a later paragraph's "no recurrence at a year" follows
        recent = self.recent_treatments if self.one_patient else []
        procedures = [
            t
            for t in self._therapies_in_view(PROCEDURE)
            or [t for t in recent if self.lex.is_a(t.iri, PROCEDURE)]
            if t not in self.focus_causes  # the procedure that caused the lesion
        ]
        if not procedures:
            return mentions
        self._link_each(
            s,
            procedures,
            "has_adverse_effect",
            sequels,
            base=0.75,
            how="procedure-sequel",
            species=species,
            negated=None,
        )
        return [m for m in mentions if m not in sequels]

    @functools.cached_property
    def doc_terms(self) -> frozenset[str]:
        """Every term the document names, in any sentence."""
        return frozenset(m.term.iri for s in self.sents for m in self.mentions(s.text))

    def _usual_state(self, t: Mention, target: str, text: str) -> str | None:
        """The state a therapy named with no target was given for, in a text on a calcinosis that
        comes from a raised serum value: "Sevelamer was started" in a case of metastatic calcinosis
        treats the hyperphosphataemia the case names, not the deposits (unless it names them). Not
        in an inherited disease of phosphate, whose binder treats the disease itself."""
        if (
            t.via in IMPLICIT
            or not self.lex.is_a(target, METASTATIC)
            or self.lex.is_a(target, INHERITED)
            or LESION_NAMED.search(text)
        ):
            return None
        return next((u for u in self.lex.usual_targets_of(t.term.iri) if u in self.doc_terms), None)

    def _is_stated_cause(self, iri: str) -> bool:
        """``iri`` is a raised serum mineral that an earlier sentence gave as what the document's
        calcinosis goes with: lowering it is how that (metastatic) calcinosis is treated."""
        if not self.lex.is_a(iri, MINERAL_EXCESS):
            return False
        return any(
            f.relation == "associated_with" and f.object == iri and f.polarity == "pos"
            and self.ctx.is_calcinosis(f.subject)
            for f in self.out.facts
        )

    @functools.cached_property
    def _listed_for_other(self) -> set[str]:
        """Therapies a medicines list gives for another disease right after their dose, by its
        shape ("Lansoprazole 30 mg at night for heartburn") or by a name the ontology has
        ("Nifedipine 10 mg twice daily, for Raynaud's phenomenon"), wherever the text names
        them: not for a calcinosis or the raised blood value it comes from."""
        listed: set[str] = set()
        for s in self.sents:
            named = self.mentions(s.text)
            for m, after in zip(named, [*named[1:], None]):
                if m.term.kind == "treatment" and (
                    LISTED_FOR_DISEASE.match(s.text, m.end)
                    or after is not None
                    and after.term.kind == "condition"
                    and not self.ctx.is_calcinosis(after.term.iri)
                    and not self.lex.is_a(after.term.iri, MINERAL_EXCESS)
                    and LISTED_FOR.fullmatch(s.text, m.end, after.start)
                ):
                    listed.add(m.term.iri)
        return listed

    def _kinds_named(self, iri: str, seen: Iterable[str]) -> list[str]:
        """The narrower kinds of ``iri`` among the terms the document has named so far."""
        return [x for x in seen if x != iri and self.lex.is_a(x, iri)]

    def _generic_in_doc(self, iri: str) -> bool:
        return bool(self._kinds_named(iri, self.seen_treatments))

    def _specific_treatment(self, t: Mention, mentions: list[Mention], text: str) -> Mention:
        """ "The laser" after "CO2 laser ablation" is that laser: a general therapy word means the one
        specific kind of it the document has already named."""
        kinds = self._kinds_named(t.term.iri, self.seen_treatments)
        # a plural ("bisphosphonates") speaks of the class, not of the one drug named before
        # (an abbreviation's capital S is no plural: "STS", "IL-STS")
        if len(kinds) != 1 or t.text.lower().endswith("s") and not re.search(r"[A-Z]{2,}$", t.text):
            return t
        # "STS went in intravenously in calciphylaxis, into the lumps in calcinosis": the routes
        # said here, not the form the document studies
        others = [o for o in mentions if not self.lex.is_a(o.term.iri, t.term.iri)]
        if routes_said(t, text, others) or OTHER_ROUTE.search(text[: t.start]):
            return t
        if OTHER_OF_CLASS.search(text, 0, t.start):
            return t  # "moved onto a calcium-free heparin": not the heparin named before
        return replace(t, term=self.lex.terms[kinds[0]])

    def _specific_condition(self, m: Mention, text: str) -> Mention:
        """ "The myositis" after "juvenile dermatomyositis" is that myositis: a disease's general
        name with a determiner points back to the one kind of it the document has named."""
        if m.term.kind != "condition" or not (
            POINTED_BACK.search(text, 0, m.start) or m.via == "muscle-disease"
        ):
            return m
        kinds = self._kinds_named(m.term.iri, self.seen_conditions)
        # (of kinds in one line, "dermatomyositis" then "JDM", the narrowest)
        narrowest = [k for k in kinds if all(self.lex.is_a(k, x) for x in kinds)]
        return replace(m, term=self.lex.terms[narrowest[0]]) if len(narrowest) == 1 else m

    def _names_disease(self, calcinosis: str, disease: str) -> bool:
        """Whether a calcinosis-of class is that of ``disease`` (or of a kind or parent of it)."""
        return any(
            self.lex.kin(d, disease)
            for d in self.lex.objects(calcinosis, "associated_with")
        )

    def outcome(self, q: quantify.Quantity, s: _Sent) -> str:
        # the size of the study the document reported before, where the percentage restates it
        total = self.out.counts.get(q.count_of or "patients")
        if total:
            q = quantify.over_total(q, total)
        key = vocab.digest(s.index, q.label(), q.start, q.end)
        self.out.outcomes[key] = (q, s.index)
        return key

    # -- the walk --------------------------------------------------------------------------
    def run(self) -> DocumentFacts:
        excluding = False
        for s in self.sents:
            if s.text.rstrip().endswith("?"):
                self.asked_when = self._asked_when(s)
            elif self.asked_when and s.kind in ("sentence", "list-item"):
                therapies, self.asked_when = self.asked_when, []
                if self._answers_when(s, therapies):
                    continue
            if s.kind in ("heading", "title"):
                excluding = _opens_exclusions(s.text)
                self.on_heading(s)
                continue
            if s.kind != "reference-title":
                for kind, n in quantify.find_counts(s.text).items():
                    self.out.counts.setdefault(kind, n)
            # "Exclusion criteria:" (a heading, a line or an item) then "- Active tuberculosis":
            # criteria until the list ends (the same line is the items' lead)
            if s.text.rstrip().endswith(":"):
                excluding = _opens_exclusions(s.text)
            elif s.kind != "list-item":
                excluding = False
            if s.kind == "list-item" and excluding:
                self._criteria(s, [(0, len(s.text))])
                continue
            if label := EXCLUSION_LABEL.match(s.text):
                # "Exclusion: pregnancy; eGFR below 30": a criterion between semicolons
                spans = [(max(a, label.end()), b) for a, b in _semicolon_spans(s.text)]
                self._criteria(s, spans)
                continue  # what a trial leaves out says nothing else
            if EXCLUSION_CUE.search(s.text):
                # "Those whose nodules had ulcerated could not take part": a state the therapy is
                # kept from
                if kept_out := KEPT_OUT_OF_TRIAL.search(s.text):
                    # the study's therapy, or the one its section is headed by ("Trial of a cream")
                    self._criteria(
                        s,
                        [_clause_at(_semicolon_spans(s.text), kept_out.start(), s.text)],
                        self.focus_treatments or self.section_treatments,
                    )
                continue
            self.on_sentence(s)
        self._treats_from_outcomes()
        self._settle_polarity()
        self._drop_treating_causes()
        self._drop_coarser_grains()
        return self.out

    def _asked_when(self, s: _Sent) -> list[Term]:
        """The therapies a question asks when to use ("When is an operation worth it?", "Q2
        (trainee): When would you send her to a surgeon?")."""
        if not WHEN_ASKED.search(s.text):
            return []
        named = self.mentions(s.text)
        return list(dict.fromkeys(m.term for m in named if m.term.kind == "treatment"))

    def _answers_when(self, s: _Sent, therapies: list[Term]) -> bool:
        """The answer to a question of when to use ``therapies``: the states it lists ("Nodules that
        hurt, ulcerate or stiffen a joint") are their indications, not what the disease shows. An
        answer that names a therapy of its own is left to the other rules."""
        mentions = self.mentions(s.text)
        if any(m.term.kind == "treatment" for m in mentions):
            return False
        states = [m for m in mentions if self._other_state(m)]
        if not states:
            return False
        self._link_each(
            s,
            therapies,
            "indicated_when",
            states,
            base=0.75,
            how="when-answer",
            species=self.doc_species,
            negated=None,
        )
        return True

    def _criteria(
        self, s: _Sent, spans: list[tuple[int, int]], therapies: list[Term] | None = None
    ) -> None:
        """A trial's exclusion criteria ("Exclusion criteria:" then "- Active tuberculosis"), one
        per span: states in which its therapy (``therapies``, by default the study's) is not to be
        given. Therapies a criterion names are ones taken before, which it neither endorses nor
        faults; the calcinosis it names is a kind the trial leaves out, not a reason against its
        therapy."""
        therapies = therapies or self.focus_treatments
        if not therapies:
            return
        mentions = self.mentions(s.text)
        for a, b in spans:
            within = [m for m in mentions if a <= m.start < b]
            if any(m.term.kind == "treatment" for m in within):
                continue
            states = [
                m
                for m in within
                if self._other_state(m) and not self.lex.is_a(m.term.iri, DEPOSIT)
            ]
            self._link_each(
                s,
                therapies,
                "indicated_when",
                states,
                base=0.8,
                how="exclusion-criterion",
                species=self.doc_species,
                negated=True,
            )

    def _settle_polarity(self) -> None:
        """A therapy a sentence says failed, where others only said it was given ("mice were given
        A or B", then "B gave no protection"): the failure stands, and the mention of its use
        claims no success."""
        by_index = {s.index: s.text for s in self.sents}
        weak = (*_PRESUMED_TREATS, "rule:treats-from-outcome")
        treats = [f for f in self.out.facts if f.relation == "treats"]

        def key(f: Fact) -> tuple[str, str, str | None]:
            return f.subject, f.object, f.species

        def given_only(f: Fact) -> bool:
            text = by_index.get(f.sentence_index, "")
            # "we searched for reports of X given to …": what a review looked for, not a result
            return (
                f.polarity == "pos"
                and (f.method in weak or bool(SEARCHED_FOR.search(text)))
                and not OUTCOME_VERB.search(text)
            )

        denied = {key(f) for f in treats if f.polarity == "neg" and f.method not in weak}
        claimed = {key(f) for f in treats if f.polarity == "pos" and not given_only(f)}
        dropped = {
            id(f) for f in treats if given_only(f) and key(f) in denied and key(f) not in claimed
        }
        self.out.facts = [f for f in self.out.facts if id(f) not in dropped]

    def _drop_treating_causes(self) -> None:
        """A therapy the document holds to be a cause of a calcinosis ("a complication of a graft",
        "a coumarin raises the risk of calciphylaxis") is not its treatment where only its presence
        in the text said so (its section, a list, or the calcinosis named in the sentence): those
        presumed treatments are dropped."""
        causes = {
            (f.object, f.subject) if f.relation == "associated_with" else (f.subject, f.object)
            for f in self.out.facts
            if f.polarity == "pos" and f.relation in ("associated_with", "has_adverse_effect")
        }
        self.out.facts = [
            f
            for f in self.out.facts
            if not (
                f.relation == "treats"
                and f.polarity == "pos"
                and f.method in (*_PRESUMED_TREATS, "rule:treatment-condition")
                and self.ctx.is_calcinosis(f.object)
                and (f.subject, f.object) in causes
            )
        ]

    def _drop_coarser_grains(self) -> None:
        """A site, sign or harm the document also states more narrowly ("ulceration" beside
        "digital ulcer", "leg" beside "shin") says nothing the narrower one does not: only the
        narrower is kept. (A disease or a calcinosis named at two grains may be two claims: "in
        juvenile and adult dermatomyositis".)"""

        def key(f: Fact) -> tuple[str, str, str, str | None, int | None]:
            return f.subject, f.relation, f.polarity, f.species, f.cited_ref

        objects: dict[tuple[str, str, str, str | None, int | None], set[str]] = {}
        for f in self.out.facts:
            if f.relation in GRAINED:
                objects.setdefault(key(f), set()).add(f.object)
        self.out.facts = [
            f
            for f in self.out.facts
            if f.relation not in GRAINED
            or not any(o != f.object and self.lex.is_a(o, f.object) for o in objects[key(f)])
        ]

    def _treats_from_outcomes(self) -> None:
        """A therapy whose results a document about a calcinosis reports is a treatment of it,
        where no sentence said so in words ("deposits shrank in 10 of 14 patients")."""
        if not self.topic or not self.ctx.is_calcinosis(self.topic):
            return
        treats = {f.subject for f in self.out.facts if f.relation == "treats"}
        by_index = {s.index: s for s in self.sents}
        for f in list(self.out.facts):
            if (
                f.relation == "has_outcome"
                and f.subject not in treats
                and f.cited_ref is None
                # a lowered blood value is the raised value's treatment, not the deposits'
                and not _bare_change(self.out.outcomes[f.object][0])
            ):
                treats.add(f.subject)
                self.emit(
                    by_index[f.sentence_index],
                    f.subject,
                    "treats",
                    self.topic,
                    base=0.6,
                    method="rule:treats-from-outcome",
                    species=f.species,
                )

    def on_heading(self, s: _Sent) -> None:
        self.previous_text = None
        # "History: … the cat was kept indoors", then "Findings: …": a paragraph's animal ends at
        # the next heading, as at a blank line
        self.discourse = self.last_subject = self.para_species = None
        if s.kind == "title":
            self.on_sentence(s, title=True)
            return
        # "Reason for referral: … ?calciphylaxis" heads what follows with no diagnosis of its own
        mentions = [m for m in self.mentions(s.text) if self._named_as_such(s.text, m)]
        subjects = self._subject_candidates(mentions, s.text, self.topic)
        role = section_role(s.text)
        if self.pending_classification and subjects and role is None:
            parent, lead_index = self.pending_classification
            lead = next(x for x in self.sents if x.index == lead_index)
            for sub in subjects[:1]:
                if sub != parent:
                    self.emit(
                        lead,
                        parent,
                        "has_subtype",
                        sub,
                        base=0.85,
                        method="rule:classification-heading",
                        species=self.doc_species,
                    )
        elif role not in (None, "classification"):
            self.pending_classification = None  # a "Treatment" heading ends the list of types
        heads = subjects[0] if subjects else None
        if heads is None and role is None:
            heads = self._named_other_condition([s.text])
        if (
            heads
            and self.topic
            and not self.ctx.is_calcinosis(heads)
            and self.ctx.is_calcinosis(self.topic)
            and CALCIFYING.search(s.text)
        ):
            # "How cancer calcifies the skin" in a text on one calcinosis: that disease's calcinosis
            heads = self.ctx.calcinosis_of(heads) or self.topic
        if heads is None and self.topic and self.ctx.is_calcinosis(self.topic):
            # "Tofacitinib for adults with dermatomyositis", "Who gets it in lupus?" in a text on
            # calcinosis: the section is on the calcinosis of the one disease it names (in a line
            # of capitals an acronym is no name: "HARROW CREST MEDICAL CENTER")
            capitals = not any(c.islower() for c in s.text)
            kinds = {
                self.ctx.calcinosis_of(m.term.iri)
                for m in mentions
                if m.term.kind in ("condition", "finding")
                and not (capitals and m.text in self.lex.acronyms)
            }
            if len(kinds) == 1 and None not in kinds:
                heads = kinds.pop()
        if heads:
            self.section_topic, self.section_topic_level = heads, s.level
        elif role is not None or s.level <= self.section_topic_level:
            # a heading beside the one that named the section's disease ends that section
            self.section_topic, self.section_topic_level = self.topic, 0
        self.section_role = role
        self.suspect_field = bool(SUSPECT_HEADING.match(normalise_heading(s.text)))
        self.problem_list = bool(PROBLEM_HEADING.match(normalise_heading(s.text)))
        self.drug_role = drug_section_role(s.text) if self.doc_drug else None
        self.table_headers = None  # "Table 2. …": the next pipe row heads a table of its own
        # A heading that names therapies ("Bisphosphonates", "JAK inhibitors") makes them what its
        # sentences speak of ("They bind …", "Nausea is common").
        named = [m.term for m in mentions if m.term.kind == "treatment"]
        self.section_treatments = list(dict.fromkeys(named)) if named and not subjects else []
        self.last_treatments = list(self.section_treatments)

    def on_counted_results(
        self, s: _Sent, cells: list[Cell], therapies: list[Mention], species: str | None
    ) -> None:
        """A results table's counts ("| Baricitinib | 18 | 11 (61%) |" under "Children" and "Any
        improvement"): each count is an outcome of the row's therapy, which treats the topic,
        unless nobody had any result."""
        text, target = s.text, self.section_topic
        total, time = counted_columns(cells, text)
        responders: list[int] = []
        for c in cells:
            phrase = counted_result(c.header, text[c.start : c.end], total, time)
            if phrase is None:
                continue
            time = None  # the time to response is the first result's
            self.counted_cells.setdefault(s.index, []).append((c.start, c.end))
            for q in self.quantities(phrase):
                if not _is_outcome(q):
                    continue
                responders.append(q.numerator or 0)
                key = self.outcome(replace(q, start=c.start, end=c.end), s)
                for t in therapies:
                    self.emit(
                        s,
                        t.term.iri,
                        "has_outcome",
                        key,
                        base=0.8,
                        method="rule:table-count",
                        species=species,
                    )
        if responders and target:
            for t in therapies:
                self.emit(
                    s,
                    t.term.iri,
                    "treats",
                    target,
                    negated=not any(responders),
                    base=0.8,
                    method="rule:table-count",
                    species=species,
                )

    def _lead_state(self, s: _Sent) -> str | None:
        """The state a list item's lead-in says the items are for ("If the calcium stays raised,
        the team may:"), or None."""
        lead = s.lead or ""
        if s.kind != "list-item" or not lead.rstrip().endswith(":"):
            return None
        states = [
            m
            for m in self.mentions(lead)
            if m.term.kind in ("condition", "finding") and STATE_LEAD.search(lead[: m.start])
        ]
        return states[0].term.iri if len(states) == 1 else None

    def _table_row(self, s: _Sent) -> list[Cell] | None:
        """The cells of a table row, [] for text that is none, None for a pipe table's header or
        rule line (which state no fact). A new paragraph starts a new table."""
        text = s.text
        if s.paragraph_start or not is_pipe_row(text):
            # the table, and what its header said of its columns, ends here
            self.table_headers = None
            self.option_columns, self.event_columns = {}, {}
        if not is_pipe_row(text):
            return labelled_cells(text)
        if is_rule_row(text):
            return None
        if self.table_headers is None:
            self.table_headers = pipe_headers(text)
            self.option_columns = self._option_columns(text)
            self.event_columns = self._event_columns(text)
            if self.section_topic:
                # the options a decision aid weighs are treatments for its condition
                for terms in self.option_columns.values():
                    for t in terms:
                        self.emit(
                            s,
                            t.iri,
                            "treats",
                            self.section_topic,
                            base=0.7,
                            method="rule:option-column",
                            species=self.doc_species,
                        )
            return None
        return pipe_cells(text, self.table_headers)

    def _event_columns(self, header: str) -> dict[int, list[Term]]:
        """A header row whose first column holds events and whose others name the therapies
        that counted them ("| Event | Drug A (n=30) | Placebo (n=28) |"): those columns."""
        spans = pipe_spans(header)
        first = header[spans[0][0] : spans[0][1]] if spans else ""
        if not (column_role(first) == "adverse effects" or EVENTS_HEADER.match(first)):
            return {}
        return {k: terms for k, terms in self._header_therapies(header).items() if k > 0}

    def _option_columns(self, header: str) -> dict[int, list[Term]]:
        """A header row whose columns name therapies ("| | Surgery | Laser |"), its first naming
        none: each such column with its therapies, its rows saying what each option brings."""
        named = self._header_therapies(header)
        if len(named) < 2 or 0 in named:
            return {}
        return named

    def _header_therapies(self, header: str) -> dict[int, list[Term]]:
        """Each column of a pipe table's header row that names therapies, with them."""
        spans = pipe_spans(header)
        given = [m for m in self.mentions(header) if m.term.kind == "treatment"]
        columns = {
            k: list(dict.fromkeys(m.term for m in given if a <= m.start < b))
            for k, (a, b) in enumerate(spans)
        }
        # "Surgery to cut them out" names surgery, and excision more closely: the closer name
        return {
            k: [t for t in terms if not any(self.lex.is_a(o.iri, t.iri) for o in terms if o != t)]
            for k, terms in columns.items()
            if terms
        }

    def on_sentence(self, s: _Sent, title: bool = False) -> None:
        if s.kind == "list-item" and not s.lead and self.previous_text and not _is_sentence(s.text):
            s = replace(s, lead=self.previous_text)
        elif s.kind == "sentence":
            self.previous_text = s.text
        text = s.text
        mentions = []
        # (in order: in "JDM …, when the myositis …" the myositis points back too)
        for m in self.mentions(text):
            mentions.append(m := self._specific_condition(m, text))
            if m.term.kind == "condition" and not self.ctx.is_calcinosis(m.term.iri):
                self.seen_conditions[m.term.iri] = None
        if title:
            mentions = [m for m in mentions if m.end <= len(_page_title(text))]
        if OUTCOME_FIELD.match(text):
            # "Secondary outcome measures: grip score; ulcer count; adverse events such as …": what
            # a trial will measure, of which only the harms it names are facts
            harm_clauses = [
                (a, b)
                for a, b in _semicolon_spans(text)
                if ADVERSE_CUE.search(text, a, b)
            ]
            mentions = [m for m in mentions if any(a <= m.start < b for a, b in harm_clauses)]
        if s.paragraph_start:
            self.discourse = self.last_subject = self.pronoun_kind = self.para_species = None
            self.named_in_paragraph = self.harms_announced = False
            self.states_here = []
        self.prior_states, self.states_here = self.states_here, (
            []
            if any(self.ctx.is_calcinosis(m.term.iri) for m in mentions)
            else list(
                dict.fromkeys(
                    (
                        m.term.iri,
                        bool(PATIENTS_WITH_DISEASE.search(text, max(0, m.start - 40), m.start)),
                    )
                    for m in mentions
                    if m.term.kind == "condition"
                )
            )
        )
        if HARMS_LEAD.match(text) and not any(
            m.term.kind in ("finding", "condition") for m in mentions
        ):
            self.harms_announced = True  # the harms are to come, not named here
        defined = self._defined_condition(mentions, text)
        if defined:
            self.discourse = defined
        named = [m.term.iri for m in mentions if _names_animal(m, text)]
        if named:
            species = next((i for i in named if i != HUMAN), None)
            # "In cats, …" opens a paragraph about cats; later sentences name no animal again.
            # In a report on one animal, another named in passing mid-paragraph ("unlike the
            # calcinosis of dogs") is that sentence's animal only.
            # A sentence that opens on the animal ("In dogs, the same process …") turns the
            # paragraph to it as a paragraph's first sentence would.
            first = min(m.start for m in mentions if m.term.iri in named)
            opens_on = re.match(r"\s*(?:in|among)\s+(?:\w+\s+){0,2}$", text[:first], re.I)
            if (
                s.paragraph_start
                or not self.doc_species
                or species == self.doc_species
                or opens_on
            ):
                self.para_species = species
        elif self.section_role == "background" and not self.para_species:
            # an animal study's background tells of the disease as patients have it
            species = None
        else:
            species = self.para_species or self.doc_species
        halted = [h.span() for h in COURSE_HALTED.finditer(text)]
        mentions = [
            m
            for m in mentions
            if m.term.kind != "species"
            # "did not slow their growth": the deposits' course, no finding
            and not any(a <= m.start < b for a, b in halted)
            and self._named_as_such(text, m)
            and not self._scar_as_setting(text, m)
        ]
        if title and (reported := self.on_reaction_report(s, mentions, species)):
            mentions = [m for m in mentions if id(m) not in reported]
        mentions = self.on_drug_allergies(s, mentions, species)
        cells = self._table_row(s) if s.kind in ("sentence", "list-item") else []
        if cells is None:
            return
        if self.suspect_field and self.doc_drug is None:
            self.doc_drug = next((m.term for m in mentions if m.term.kind == "treatment"), None)
        if self.drug_role and self.on_drug_section(s, mentions, species):
            return
        if cells:
            mentions = self.on_table_row(s, mentions, cells, species)
        topic = None if s.kind == "reference-title" else self.section_topic
        if topic and self.discourse and self.lex.is_a(self.discourse, topic):
            topic = self.discourse  # the paragraph's patient has the calcinosis of her disease
        self.on_dialysis_for_kidney(s, mentions, species)
        linked, features = self._state_links(s, mentions, species)
        if linked and not any(self.ctx.is_calcinosis(m.term.iri) for m in mentions):
            # "Hyperkalaemia due to AKI" in a calcinosis case report says nothing of the calcinosis
            mentions = [m for m in mentions if m.term.iri not in linked and id(m) not in features]
        elif features:
            # "lcSSc, with Raynaud phenomenon and sclerodactyly, complicated by calcinosis": those
            # are the sclerosis's, not the calcinosis's
            mentions = [m for m in mentions if id(m) not in features]
        if RISKS_LABEL.match(text) and not any(
            m.term.kind == "treatment" and not self._remedy_of_harm(m, mentions, text)
            for m in mentions
        ):
            # "Risks explained: bleeding, infection and scarring" in a note of a procedure (and
            # "Complications: a bruise; a stitch abscess, cleared by a week of penicillin")
            owners, harms = self._harms_in_view(mentions)
            self._link_each(
                s,
                owners,
                "has_adverse_effect",
                harms,
                base=0.75,
                how="adverse-label",
                species=species,
                negated=None,
            )
            if owners:
                return
        entry = self._entry_calcinosis(mentions, text) if s.kind == "list-item" else None
        named_here = [m.term for m in _acted(mentions, text) if m.term.kind == "treatment"]
        if s.kind == "list-item" and not s.same_line:
            self.item_subject = entry
            self.item_treatments = []
            if self.named_in_item:
                # what one item's therapy did is not the next item's
                self.named_in_paragraph = self.named_in_item = False
        if s.kind == "list-item" and named_here:
            self.item_treatments = list(dict.fromkeys(named_here))
        # "- Shock waves. They break the deposits up. … I had bruising afterwards": the item's later
        # sentences tell of the therapy it named last, as a paragraph's would (not a plan's "Offer
        # if …", which says when to give it)
        carried = (
            s.kind == "list-item"
            and s.same_line
            and bool(self.item_treatments)
            and not self.item_subject  # "2. Iatrogenic calcinosis …: X leaked. Likely to fade."
            and not any(m.term.kind in ("treatment", "condition") for m in mentions)
            and not ITEM_PLAN.search(text)
        )
        if carried:
            self.last_treatments = list(self.item_treatments)
            self.named_in_paragraph = self.named_in_item = True
        self.on_kind_label(s, topic, species)
        # an entry that opens with its own calcinosis is read as a sentence
        if (
            s.kind == "list-item"
            and s.lead
            and not entry
            and not carried
            and not self._stands_alone(mentions, text)
        ):
            self.on_list_item(s, mentions, species)
            return
        mentions = self.on_defined_by(s, mentions, species)
        mentions = self.on_kind_said(s, mentions, topic, species)
        self.on_type_named_after(s, mentions, species)
        self.on_class_named(s, mentions, species)
        self.on_kind_with_parent(s, mentions, species)
        rest = self.on_subtype_of(s, mentions, topic, species)
        if rest is mentions and self.on_classification(s, mentions, topic, species):
            return
        mentions = rest
        treatments = [m for m in mentions if m.term.kind == "treatment"]
        # "Diltiazem, a calcium channel blocker, …": the class names the drug, it is no second therapy.
        treatments = [
            t
            for t in treatments
            if not any(
                o.term.iri != t.term.iri and self.lex.is_a(o.term.iri, t.term.iri)
                for o in treatments
            )
        ]
        # "Minocycline, a tetracycline antibiotic, …": an appositive describes the drug before it.
        treatments = [
            t
            for t in treatments
            if not any(
                p.end <= t.start and APPOSITIVE.match(text[p.end : t.start])
                for p in treatments
                if p is not t
            )
        ]
        # "consider laser rather than repeat excision": a preference, not a failure of excision
        # (but "observation rather than excision unless it ulcerates" says when to excise)
        treatments = [
            t
            for t in treatments
            if not PASSED_OVER.search(text[: t.start]) or CONDITION_CLAUSE.search(text, t.end)
        ]
        treatments = [self._specific_treatment(t, mentions, text) for t in treatments]
        if treatments:
            self.recent_treatments = list(dict.fromkeys(t.term for t in treatments))
        self.seen_treatments.update(
            (t.term.iri, None) for t in treatments if not self._generic_in_doc(t.term.iri)
        )
        if topic and WITHDRAW_ADVICE.search(text):
            # "Stop warfarin" under a title on warfarin-associated calciphylaxis: advice to stop
            # the cause says it is not for the patient's disease
            withdrawn = [t for t in treatments if t.term in self.focus_causes]
            if (alone := AVOID_ALONE.match(text)) and all(
                m.term.kind in ("treatment", "mechanism") for m in mentions if m.start < alone.end()
            ):
                # "Avoid high-dose calcium supplements." in a text on a disease: not for it
                withdrawn = [t for t in treatments if t.start < alone.end()]
            treatments = [t for t in treatments if t not in withdrawn]
            for t in withdrawn:
                self.emit(
                    s,
                    t.term.iri,
                    "indicated_when",
                    topic,
                    negated=True,
                    base=0.7,
                    method=(
                        "rule:withdraw-cause"
                        if t.term in self.focus_causes
                        else "rule:avoid-advice"
                    ),
                    species=species,
                )
        if risked := self.on_risks_of_therapy(s, mentions, treatments, species):
            mentions = [m for m in mentions if id(m) not in risked]
        if purpose := self.on_fronted_purpose(s, mentions, treatments, species):
            mentions = [m for m in mentions if id(m) not in purpose]
            treatments = [t for t in treatments if id(t) not in purpose]
        causes = [t for t in treatments if self._is_cause(t, text, topic)]
        if causes:
            treatments = [t for t in treatments if t not in causes]
            mentions = [m for m in mentions if m not in causes]
            given_for = self.on_causes(s, mentions, causes, topic, species)
            # the state a cause was given for is the patient's, not the calcinosis's feature
            mentions = [m for m in mentions if id(m) not in given_for]
        pronoun_kind = self.pronoun_kind
        self.pronoun_kind = self._leading_kind(mentions, treatments) or pronoun_kind
        if not treatments:
            self.on_carried_verdict(s, topic, species, carried)
            owners, via = self._unnamed_therapies(
                text, mentions, pronoun_kind, bool(causes), carried
            )
            treatments = [Mention(t, 0, 0, "", via) for t in owners]
        # "hypotension during dialysis was commoner with the active drug": a dialysis that only
        # says when names no therapy of the sentence
        if treatments and not all(self._dialysis_as_setting(t, text) for t in treatments):
            # "… brings on a syndrome: the triad of …": that disease's signs, whatever
            # the therapy's part in them
            signs_of = self.on_signs_of_named_disease(s, mentions, species)
            reading = self.on_treatment_sentence(s, mentions, treatments, topic, species, title)
            self.on_going_alone(s, mentions, treatments, topic, species)
            # (not one the sentence says was not given: "furosemide was not needed" has no results;
            # nor, beside another, one the lesions grew despite: "whose deposits grew despite
            # methotrexate received infliximab" is followed by infliximab's results)
            given = [
                m for m in treatments if m.via not in IMPLICIT and id(m) not in reading.withheld
            ]
            given = [m for m in given if id(m) not in reading.grew_on] or given
            # "steroid was injected into the lump before excision. It did not help": what dates
            # the act is not what "it" goes on to mean
            given = _acted(given, text)
            self.last_treatments = (
                list(dict.fromkeys(m.term for m in given)) or self.last_treatments
            )
            explicit = _explicit(treatments)
            if s.kind == "sentence" and explicit:
                self.named_in_paragraph = True
            for t in explicit:
                # (the form after the name, or in it: "sodium thiosulfate cream")
                if form := NAMED_FORM.match(text, t.end) or FORM_ENDS.search(t.text):
                    self.by_form[form_key(form)] = t.term
            # "Calciphylaxis, skin death brought about by calcified arteries, is met in people on
            # haemodialysis": the cues before the therapy tell of the calcinosis the sentence
            # opens on, not of the therapy
            opens_on_calcinosis = bool(mentions) and self.ctx.is_calcinosis(mentions[0].term.iri)
            cues_from = explicit[0].start if opens_on_calcinosis and explicit else 0
            if (
                (
                    reading.kind == "complication"
                    or not any(
                        c.search(text, cues_from)
                        for c in (
                            TREATMENT_CUE, ADVERSE_CUE, ADVERSE_REPORT, CAN_CAUSE, LEAVES_HARM,
                        )
                    )
                )
                and self.section_role != "treatment"
                # (or a list entry that opens on its own calcinosis: "- Calciphylaxis: skin that
                # dies over calcified vessels, seen in people on dialysis")
                and (s.kind == "sentence" or entry is not None)
                and explicit
                # a contraindication's states are the therapy's, not the patient's
                and reading.kind != "cautions"
                # "X has not stopped new nodules from forming": what the therapy failed to do
                and not (BARE_TARGET.search(text) and NEGATION_AFTER.search(text))
                # "flushing from the steroid": the therapy's harm
                and not any(
                    _harm_came_from(t, self._may_befall(mentions), text) for t in treatments
                )
            ):
                # a patient "on haemodialysis" who "developed painful plaques on both thighs"; not
                # the complaint a drug is for ("omeprazole 20 mg daily for heartburn")
                self.on_condition_sentence(
                    s,
                    [
                        m
                        for m in mentions
                        if m.term.kind != "treatment"
                        and id(m) not in reading.given_for
                    ],
                    topic,
                    species,
                    signs_of,
                )
        else:
            mentions = self.on_population(s, mentions, species)
            mentions = self.on_sequels(s, mentions, species)
            mentions = self.on_unnamed_harms(s, mentions, species)
            self.on_condition_sentence(s, mentions, topic, species)
            if s.kind in ("sentence", "list-item"):
                self.on_unnamed_outcomes(s, species)

    def on_unnamed_outcomes(self, s: _Sent, species: str | None) -> None:
        """Results with no therapy named belong to the therapy whose heading they sit under, else
        to the therapies the document is about, else to the therapies the paragraph named last
        ("X was injected … In one series the lesions flattened in 5 of 8")."""
        if UNTREATED.search(s.text):
            return  # "seven untreated patients showed no regression": no therapy's result
        qs = [q for q in self.quantities(s.text) if _is_outcome(q)]
        if s.kind == "list-item":
            # a list's results carry their numbers; "- Ulcers healed [24 weeks]" names a measure
            qs = [q for q in qs if _is_rate(q) or q.baseline is not None]
        # (not a drug that caused the calcinosis: "calcium gluconate … the calcification had
        # resolved by 10 weeks" is the lesion's course, not the drug's result)
        owners = [t for t in self._therapies_in_view() if t not in self.focus_causes]
        # a blood value that moved ("Calcium fell from 15.1 to 11.8") goes only to the therapy the
        # paragraph has just named
        last = [
            t
            for t in (self.last_treatments if self.named_in_paragraph else [])
            if t not in self.focus_causes
        ]
        for q in qs:
            key = self.outcome(q, s)
            for t in last if _bare_change(q) else owners:
                self.emit(
                    s,
                    t.iri,
                    "has_outcome",
                    key,
                    base=0.6,
                    method="rule:outcome-document-focus",
                    species=species,
                )

    def on_drug_section(self, s: _Sent, mentions: list[Mention], species: str | None) -> bool:
        """A drug-information document's indications, contraindications and undesirable effects:
        the states a line there names are what the document's drug treats, must not be given in or
        causes, not features of the disease. A line that names another therapy before them is left
        to the other rules; an indication is the state a line leads with ("Control of
        hyperphosphataemia in adults with …")."""
        drug = self.doc_drug
        assert drug is not None
        text = s.text
        states = [m for m in mentions if m.term.kind in ("condition", "finding")]
        first = states[0].start if states else len(text)
        if any(
            m.term.kind == "treatment" and m.start < first and not self.lex.kin(m.term.iri, drug.iri)
            for m in mentions
        ):
            return False
        if self.drug_role == "indications":
            states = self._leading_states(states, text)
            if not states:
                return False
            if any(self.ctx.is_calcinosis(m.term.iri) for m in states):
                # "Calcinosis in dermatomyositis, where deposits …": the drug is for the
                # calcinosis of that disease, and the rest of the line is the other rules' to read;
                # "Off-label: hypertension; calcinosis …": and for what it leads with
                # ("calcinosis in connective tissue disease, mainly dermatomyositis and …": each)
                _, first, subjects = next(self._named_subjects(mentions, text, self.section_topic))
                for subject in subjects:
                    self.emit(
                        s,
                        drug.iri,
                        "treats",
                        subject,
                        base=0.8,
                        method="rule:drug-indication",
                        species=species,
                    )
                led = [m for m in states if m.end <= first.start]
                self._link_each(
                    s, [drug], "treats", led, base=0.8, how="drug-indication", species=species
                )
                return False
            relation, negated, how = "treats", False, "drug-indication"
        elif self.drug_role == "contraindications":
            if NO_RESPONSE.match(text):
                return True  # a stopping rule for a drug that failed: "No response in pain …"
            relation, negated, how = "indicated_when", True, "drug-contraindication"
        elif self.drug_role == "eligibility":
            # "Deposits that are painful": the states that qualify a patient for the drug
            relation, negated, how = "indicated_when", False, "drug-eligibility"
        else:
            if any(self.ctx.is_calcinosis(m.term.iri) for m in states):
                return False  # the calcinosis a reported drug brought on is read as its cause's
            relation, negated, how = "has_adverse_effect", None, "drug-undesirable-effect"
        self._link_each(
            s, [drug], relation, states, base=0.8, how=how, species=species, negated=negated
        )
        return True

    def on_table_row(
        self, s: _Sent, mentions: list[Mention], cells: list[Cell], species: str | None
    ) -> list[Mention]:
        """What a table's columns say of the row's therapy: an "Adverse effects" or
        "Complications" cell holds its harms, a "When to use" cell its indications, a "Mechanism"
        cell its action. Returns the mentions those cells did not hold, for the other rules."""
        text = s.text
        if self.event_columns:
            return self.on_events_row(s, mentions, cells, species)
        if self.option_columns:
            return self.on_option_row(s, mentions, cells, species)
        roles = [(column_role(c.header), c) for c in cells]
        own = [c for role, c in roles if role == "therapy"] or cells[:1]
        therapies = [
            m
            for m in mentions
            if m.term.kind == "treatment"
            and any(c.start <= m.start < c.end for c in own)
            and not self._dialysis_as_setting(m, s.text)  # "X, weekly after dialysis"
        ]
        # "Excision of ulcerated plaques": the lesions a therapy cell names are what it was
        # given for, not harms of the row's "Adverse effects" or features of the disease
        no_harm = own
        if not therapies and any(role == "adverse effects" for role, _ in roles):
            # a table of patients treated in a study of one therapy: its "Adverse effects" column
            # holds that therapy's harms, and the lesion a "Response" cell names is how it fared;
            # a caption that names a therapy ("Events in the year after nifedipine was begun") is
            # a heading, and says which
            owners = self.section_treatments or self.focus_treatments
            therapies = [Mention(t, 0, 0, "", "pronoun") for t in owners]
            no_harm = [c for role, c in roles if role == "response"]
            roles = [(role, c) for role, c in roles if role == "adverse effects"]
        if not therapies:
            return mentions
        self.on_counted_results(s, cells, therapies, species)
        held: set[int] = {
            id(m)
            for m in mentions
            if m.term.kind == "finding" and any(c.start <= m.start < c.end for c in no_harm)
        }
        if any(is_dose_header(c.header) for c in cells):
            roles = [("given for" if role == "indications" else role, c) for role, c in roles]
        for role, c in roles:
            if role == "response" and self.section_topic:
                self._row_response(s, c, mentions, therapies, self.section_topic, species)
            if role not in _COLUMN_RELATION:
                continue
            inner = [m for m in mentions if c.start <= m.start < c.end]
            # "Hypocalcaemia afterwards, treated with calcium": the harm comes before the therapy
            # of it; "Hypocalcaemia after parathyroidectomy": the harm of the therapy it names
            # (a cell that names a therapy is left whole to the other rules as well)
            if named := [m for m in inner if m.term.kind == "treatment"]:
                inner = [m for m in inner if m.end <= named[0].start]
                if any(AFTER_THERAPY.fullmatch(text[m.end : named[0].start]) for m in inner):
                    continue
            if role == "given for":
                inner = [m for m in inner if not _lesion(m)]  # "pain from the plaques": the pain
                # a chart's bare "calcinosis" is the patient's, the one the text is about
                inner = [
                    replace(m, term=self.lex.terms[iri])
                    if (iri := self.ctx.specialise(m.term.iri, self.topic, m.text)) != m.term.iri
                    else m
                    for m in inner
                ]
                # "standby: to start if the skin turns red": what it is kept for, not given for
                if held_for := _KEPT_FOR.search(text, c.start, c.end):
                    when = [m for m in inner if m.start >= held_for.end()]
                    inner = [m for m in inner if m not in when]
                    self._link_cell(
                        s, [t.term for t in therapies], "indications", c, when, 0.8, "table",
                        species,
                    )
            self._link_cell(s, [t.term for t in therapies], role, c, inner, 0.8, "table", species)
            if not named:
                held.update(id(m) for m in inner)
        return [m for m in mentions if id(m) not in held]

    def _row_response(
        self,
        s: _Sent,
        c: Cell,
        mentions: list[Mention],
        therapies: list[Mention],
        topic: str,
        species: str | None,
    ) -> None:
        """What a results table's "Response" or "Course" cell says of the row's therapies: "No
        change in any" is their failure ("No change on X; …" is X's alone, and no success of X is
        read from the row), "Mass halved at 9 months" their success; else nothing."""
        text = s.text
        if NO_RESPONSE.match(text, c.start):
            clause = text[c.start : c.end].split(";")[0]
            named = {
                m.term.iri
                for m in mentions
                if m.term.kind == "treatment" and c.start <= m.start < c.start + len(clause)
            }
            judged, negated = [t for t in therapies if t.term.iri in named] or therapies, True
            self.row_failed.update((s.index, t.term.iri) for t in judged)
        elif RESPONSE_BETTER.match(text, c.start):
            judged, negated = therapies, False
        else:
            return
        for t in judged:
            self.emit(
                s,
                t.term.iri,
                "treats",
                topic,
                negated=negated,
                base=0.8,
                method="rule:table-response",
                species=species,
            )

    def on_events_row(
        self, s: _Sent, mentions: list[Mention], cells: list[Cell], species: str | None
    ) -> list[Mention]:
        """A row of a table of events by arm ("| Event | Drug A (n=30) | Placebo (n=28) |"): its
        first cell names a harm of each therapy column that counts it, denied where the count is
        0. Returns the mentions outside that cell, for the other rules."""
        text, first = s.text, cells[0]
        harms = [
            m
            for m in mentions
            if (m.term.kind == "finding" or self._other_state(m))
            and first.start <= m.start < first.end
        ]
        for k, therapies in self.event_columns.items():
            if k >= len(cells):
                continue  # a short row leaves that arm's cell out
            self._link_each(
                s,
                therapies,
                "has_adverse_effect",
                harms,
                base=0.75,
                how="harm-table",
                species=species,
                negated=bool(NONE_COUNTED.fullmatch(text, cells[k].start, cells[k].end)),
            )
        # (where a harm arose is no site of the disease: "Ulcer at the injected site")
        return [m for m in mentions if not first.start <= m.start < first.end]

    def on_option_row(
        self, s: _Sent, mentions: list[Mention], cells: list[Cell], species: str | None
    ) -> list[Mention]:
        """A row of a table of options ("| Risks | Bleeding; a scar | Soreness |"): its first
        cell says what the others hold of their column's therapy. Returns the mentions the
        option cells did not hold, for the other rules."""
        text = s.text
        role = column_role(text[cells[0].start : cells[0].end]) if cells else None
        if role not in _COLUMN_RELATION:
            return mentions
        held: set[int] = set()
        for k, c in enumerate(cells):
            inner = [m for m in mentions if c.start <= m.start < c.end]
            if k not in self.option_columns or any(m.term.kind == "treatment" for m in inner):
                continue
            self._link_cell(s, self.option_columns[k], role, c, inner, 0.75, "option", species)
            held.update(id(m) for m in inner)
        return [m for m in mentions if id(m) not in held]

    def _link_cell(
        self,
        s: _Sent,
        therapies: Sequence[Term],
        role: str,
        c: Cell,
        inner: list[Mention],
        base: float,
        how: str,
        species: str | None,
    ) -> None:
        """Each therapy to the states a cell of ``role`` holds, by the relation its role gives
        (a "Contraindications" cell's states are ones not to give it in)."""
        relation, kinds, against = _COLUMN_RELATION[role]
        self._link_each(
            s,
            therapies,
            relation,
            [m for m in inner if m.term.kind in kinds],
            base=base,
            how=f"{how}-{role.replace(' ', '-')}",
            species=species,
            negated=True if against else None,
            clause=(c.start, c.end),
        )

    @staticmethod
    def _leading_states(states: list[Mention], text: str) -> list[Mention]:
        """The state a line leads with and those listed with it ("relief of heartburn and
        indigestion"), not the patients it goes on to name ("… in adults with kidney disease")."""
        if not states or INDICATION_LEAD.fullmatch(text[: states[0].start]) is None:
            return []
        led = [states[0]]
        for m in states[1:]:
            # "angina; hypertension": a formulary's list of uses
            gap = text[led[-1].end : m.start]
            if not LISTED_USE.fullmatch(gap) and not re.fullmatch(r"\s*;\s*", gap):
                break
            led.append(m)
        return led

    def _unnamed_therapies(
        self,
        text: str,
        mentions: list[Mention],
        pronoun_kind: str | None,
        causes: bool,
        carried: bool = False,
    ) -> tuple[list[Term], str]:
        """The therapies a sentence that names none speaks of, and how it points at them
        ("pronoun", or "section" for its heading's): by a pronoun or the drug's form, as their
        harms, results or indications, or as what a therapy's own heading covers. ``carried``:
        the sentence goes on about the therapy its list item named."""
        if PRONOUN_START.match(text) and self.last_treatments and pronoun_kind != "condition":
            return self.last_treatments, "pronoun"
        # "Some specialists also prescribe it for …": in a leaflet on one drug, that drug (not
        # one named in passing, "people who take steroid tablets")
        if PRONOUN_USED.search(text) and (
            owners := ([self.doc_drug] if self.doc_drug else [])
            or self.last_treatments
            or self.focus_treatments
        ):
            return owners, "pronoun"
        if DRUG_FORM_START.match(text) and self.focus_treatments:
            # "The cream suits small deposits" in a leaflet on one cream: that drug, named or not
            return self.focus_treatments, "pronoun"
        owners = self.last_treatments or self.focus_treatments
        if owners and (
            CONTRA_IMPERATIVE.match(text)
            or (cue := CONTRAINDICATION.search(text))
            and CAUTION_PRONOUN.search(text, 0, cue.start())
            # "We would avoid it in kidney failure"
            or (order := AVOID_THERAPY.search(text))
            and THERAPY_PRONOUN.fullmatch(order.group("therapy"))
        ):
            # "Do not apply to open wounds", "…, so this drug is best avoided in renal failure":
            # the drug the text is about, or the one named last
            return owners, "pronoun"
        if _unnamed_cause(text, mentions):
            return [], ""  # "The jab commonly causes a sore arm": a thing the lexicon lacks
        therapeutic = any(
            m.term.kind == "mechanism" and self.ctx.is_therapeutic(m.term.iri) for m in mentions
        )
        # "some had stinging where the ointment went on", sections after the ointment was named
        keys = [form_key(f) for f in THE_FORM.finditer(text)]
        by_form = [self.by_form[k] for k in keys if k in self.by_form][:1]
        if (
            (
                (
                    ADVERSE_CUE.search(text)
                    or self.harms_announced
                    # "- Shock waves. … I had bruising afterwards": what the item's therapy did
                    or carried
                    and bool(ITEM_HARM.search(text))
                    and not OUTCOME_VERB.search(text)
                    or _at_injection_site(text)
                    or COUNT_REPORTED.match(text)
                    and self.focus_treatments
                )
                and any(m.term.kind == "finding" for m in mentions)
                or ADVERSE_REPORT.search(text)
                and not OUTCOME_VERB.search(text)
                and any(self._other_state(m) for m in mentions)
                or therapeutic
                and MOA_CUE.search(text)
                # "The label also warns of renal failure": the harms of the drug the text is about
                or LABEL_WARNS.match(text)
                and self.focus_treatments
                and any(m.term.kind == "finding" or self._other_state(m) for m in mentions)
            )
            and (self.last_treatments or self.focus_treatments or self.focus_causes or by_form)
            and not self._subject_candidates(mentions, text, None)
            # "Nodules sit over her elbows, where they cause soreness": the condition's own
            # features, unless treatment is in view ("no nodule broke down while on treatment")
            and not (
                CONDITION_SUBJECT.match(text) and not TREATMENT_CUE.search(text)
            )
        ):
            # "Two patients reported nausea": the therapy the document is about, else
            # the one named last (a sentence whose subject is the condition speaks of its features
            # instead).
            # "IVIG was started, … Headache followed the first infusion": in a document about a
            # drug's harm, a therapy this paragraph gave is nearer than the cause in the title,
            # unless the sentence names that cause itself
            # "- Seven weeks of thiosulfate …. Each infusion made her sick": the item's therapy
            owners = (
                (self.item_treatments if carried else [])
                or by_form
                or self._therapies_in_view(paragraph=not causes)
                or self.focus_causes
                or self.last_treatments
            )
            return owners, "pronoun"
        findings = any(m.term.kind == "finding" for m in mentions)
        if (
            self.last_treatments
            and THESE_THERAPIES.search(text)
            and findings
            and not self._subject_candidates(mentions, text, None)
        ):
            # "neither agent caused a rash": each of the therapies named last, or the
            # study's own therapies where "either" or "both" asks for more than the last one
            if len(self.last_treatments) < 2 and len(self.focus_treatments) >= 2:
                return self.focus_treatments, "pronoun"
            return self.last_treatments, "pronoun"
        if self.focus_treatments and INDICATIONS_LEAD.search(text) and findings:
            # "The indications recorded were pain (n = 31), …": what the study's therapy was for
            return self.focus_treatments, "pronoun"
        if (procedures := self._therapies_in_view(PROCEDURE)) and any(
            self.lex.is_a(m.term.iri, COMPLICATION) for m in mentions
        ):
            # "Wound dehiscence 2/19 (11%)" in a study of excision: that procedure's complication
            return procedures, "pronoun"
        if (
            self.section_treatments
            and any(m.term.kind in ("finding", "mechanism") for m in mentions)
            and not self._subject_candidates(mentions, text, None)
        ):
            # Under a therapy's own heading, what a sentence reports belongs to that therapy.
            return self.last_treatments or self.section_treatments, "section"
        return [], ""

    def on_population(self, s: _Sent, mentions: list[Mention], species: str | None) -> list[Mention]:
        """ "Seven had lcSSc, three had DM and two had calcinosis that followed trauma": the study's
        therapies treat the calcinosis of each group's disease. Returns the mentions left to relate."""
        if not self.focus_treatments or s.kind != "sentence":
            return mentions
        text = s.text
        consumed: set[int] = set()
        targets: list[str] = []
        for k, m in enumerate(mentions):
            if m.term.kind != "condition" or not GROUP_OF_PATIENTS.search(text[max(0, m.start - 60) : m.start]):
                continue
            if self.ctx.is_calcinosis(m.term.iri):
                # "had calcinosis due to MCTD or SLE": the mentions stay, for the association
                targets.extend(self._composite(k, mentions, text)[0])
            elif calc := self.ctx.calcinosis_of(m.term.iri):
                consumed.add(k)
                targets.append(calc)
        for target in dict.fromkeys(targets):
            for t in self.focus_treatments:
                self.emit(
                    s,
                    t.iri,
                    "treats",
                    target,
                    base=0.7,
                    method="rule:treatment-population",
                    species=species,
                )
        return [m for k, m in enumerate(mentions) if k not in consumed]

    def _leading_kind(self, mentions: list[Mention], treatments: list[Mention]) -> str | None:
        """Whether a therapy or a calcinosis comes first in the sentence (its likely subject); a
        lesion counts as the calcinosis ("Papules appeared …" before "They were tender")."""
        firsts = [
            (m.start, "treatment" if m in treatments else "condition")
            for m in mentions
            if m in treatments
            or m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri)
            or m.term.kind == "finding" and self.lex.is_a(m.term.iri, SKIN_LESION)
        ]
        return min(firsts)[1] if firsts else None

    def _is_cause(self, t: Mention, text: str, topic: str | None) -> bool:
        """A therapy named as what brought a condition on ("after extravasation of calcium gluconate")."""
        mentions = self.mentions(text)
        explicit = self._subject_candidates(mentions, text, topic)
        subject = explicit[0] if explicit else topic
        if (
            subject
            and self.lex.is_a(subject, vocab.term("IatrogenicCalcinosisCutis"))
            and not STRONG_TREATMENT.search(text)
            and (
                _named_as_cause(t, text)
                or self.lex.is_a(t.term.iri, DIAGNOSTIC_PROCEDURE)
                or _mineral_bearing(t, text)
            )
        ):
            return True
        if POISONED.match(text, t.end) or EXCESS_OF.search(text[max(0, t.start - 40) : t.start]):
            return True  # "ate cholecalciferol rat poison", "given excess vitamin D3"
        if subject and DAMAGED_BY.search(text[max(0, t.start - 40) : t.start]):
            return True  # "the plaque lies in skin damaged by radiotherapy"
        if (verb := CAUSES_NEXT.match(text, t.end)) and any(
            self.ctx.is_calcinosis(m.term.iri) and m.start == verb.end() for m in mentions
        ):
            return True  # "warfarin can cause calciphylaxis", "… is a known cause of calcinosis"
        if (it := CAUSED_IT.match(text, t.end)) and not any(
            t.end <= m.start < it.end()
            and m.term.kind in ("treatment", "condition")
            or m.end <= t.start
            and m.term.kind == "condition"
            and not self.ctx.is_calcinosis(m.term.iri)
            for m in mentions
        ):
            # "the steroid cream used in infancy … brought it on": the disease the text is about
            # (not one the sentence names first: "admitted with pancreatitis, and azathioprine
            # had caused it")
            return True
        if any(m.term.kind == "finding" and m.end <= t.start for m in mentions) or self.quantities(text):
            return False  # "scarring observed after CO2 laser", "recurrence after excision": the therapy's effects
        if any(self.lex.is_a(t.term.iri, removal) for removal in REMOVALS):
            return False  # "fingertip calcinosis after excision": the deposits' removal
        return bool(explicit) and _named_as_cause(t, text)

    def on_causes(
        self,
        s: _Sent,
        mentions: list[Mention],
        causes: list[Mention],
        topic: str | None,
        species: str | None,
    ) -> set[int]:
        """What the causes did, and what each was given for; the ids of the states so given."""
        subjects = self._subject_candidates(mentions, s.text, topic) or ([topic] if topic else [])
        if not subjects:
            return set()
        # "calcium gluconate for neonatal hypocalcaemia" caused the calcinosis and treated that;
        # so did "parathyroidectomy for tertiary hyperparathyroidism" named as a cause
        used_for = self._used_for(mentions, s.text)
        linked: set[int] = set()
        for o in mentions:
            if not self._other_state(o):
                continue
            giver = self._dosed_giver(o, causes, s.text, procedures=True)
            if giver is None and id(o) in used_for:
                # "parenteral phosphate, given for hypophosphataemia, …", the use right after it
                giver = next((c for c in reversed(causes) if c.end <= o.start), None)
                # (or past the places it went into: "injected nadroparin into the thighs and
                # lower abdomen to treat a DVT", with no other state or therapy between)
                if giver is not None and o.start - giver.end > 30 and (
                    o.start - giver.end > 80
                    or ";" in s.text[giver.end : o.start]
                    or any(
                        giver.end <= m.start and m.end <= o.start and m.term.kind != "site"
                        for m in mentions
                    )
                ):
                    giver = None
            if giver is not None:
                linked.add(id(o))
                self.emit(
                    s,
                    giver.term.iri,
                    "treats",
                    o.term.iri,
                    hedged=_hedged(s.text),
                    base=0.8,
                    method="rule:used-for-disease",
                    species=species,
                )
        for c in causes:
            self.emit(
                s,
                subjects[0],
                "associated_with",
                c.term.iri,
                negated=_negated(s.text, c, (0, len(s.text))),
                hedged=_hedged(s.text),
                base=0.8,
                method="rule:iatrogenic-cause",
                species=species,
            )
        return linked

    def on_defined_by(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> list[Mention]:
        """ "Hungry bone syndrome is defined by low calcium, phosphate and magnesium": a disease
        other than a calcinosis, opening the sentence, has the states and findings that define it
        as its features. Returns the mentions left for the other rules."""
        if not mentions or s.kind != "sentence":
            return mentions
        mentions = self._features_named_of(s, mentions, species)
        mentions = self._disease_with_findings(s, mentions, species)
        if not mentions:
            return mentions
        first, text = mentions[0], s.text
        cue = DEFINED_BY.match(text[first.end :])
        if (
            first.term.kind != "condition"
            or self.ctx.is_calcinosis(first.term.iri)
            or text[: first.start].strip().lower() not in ("", "the", "her", "his", "their")
            or not cue
        ):
            return mentions
        start = first.end + cue.end()
        # the defining list runs to the clause's end ("…, and follows heavy intake of …")
        end = _clause_at(_clauses(text, and_verb=True), start, text)[1]
        defining = [
            m
            for m in mentions[1:]
            if start <= m.start < end and m.term.kind in ("finding", "condition")
        ]
        if not defining:
            return mentions
        span = (start, end)
        return self._disease_features(s, mentions, first, defining, span, 0.8, "defined-by", species)

    def _disease_with_findings(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> list[Mention]:
        """ "CTS from the calcinosis, with a tingling index finger and a weak grip": a disease
        other than a calcinosis, opening the sentence, has the findings its "with" names as
        features, and goes with the state it is said to follow. A line that names a therapy or
        another disease after "with" is left to the other rules. Returns the mentions left for
        them."""
        if not mentions:
            return mentions
        first, text = mentions[0], s.text
        cue = WITH_FINDINGS.match(text[first.end :])
        # a finding the ontology files under calcinosis's findings may be a syndrome of its own
        disease = first.term.kind == "condition" or (
            first.term.kind == "finding" and NAMED_DISEASE.search(first.term.label)
        )
        if (
            not disease
            or self.ctx.is_calcinosis(first.term.iri)
            or text[: first.start].strip()
            or not cue
        ):
            return mentions
        start = first.end + cue.end()
        end = _clause_at(_clauses(text), start, text)[1]
        after = [m for m in mentions[1:] if start <= m.start < end]
        found = [m for m in after if m.term.kind == "finding"]
        if not found or any(m.term.kind in ("condition", "treatment") for m in after):
            return mentions
        if cue.group("cause"):
            lo, hi = first.end + cue.start("cause"), first.end + cue.end("cause")
            causes = [m for m in mentions if lo <= m.start < hi and m.term.kind == "condition"]
            for iri in self._subject_candidates(causes, text, self.section_topic) or [
                m.term.iri for m in causes
            ]:
                self.emit(
                    s,
                    first.term.iri,
                    "associated_with",
                    iri,
                    base=0.75,
                    method="rule:disease-secondary-to",
                    species=species,
                )
        span = (start, end)
        return self._disease_features(
            s, mentions, first, found, span, 0.75, "with-findings", species
        )

    def _features_named_of(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> list[Mention]:
        """ "… stubby fingers and a short neck, the stigmata of Albright hereditary
        osteodystrophy": the findings of the clause before the cue are that other disease's
        features. Returns the mentions left for the other rules."""
        text = s.text
        for o in mentions:
            cue = FEATURES_OF.search(text, 0, o.start)
            if (
                o.term.kind not in ("condition", "finding")
                or self.ctx.is_calcinosis(o.term.iri)
                or cue is None
            ):
                continue
            start = _clause_at(_clauses(text), cue.start(), text)[0]
            named = [
                m
                for m in mentions
                if start <= m.start and m.end <= cue.start() and m.term.kind == "finding"
            ]
            if named:
                span = (start, cue.start())
                return self._disease_features(s, mentions, o, named, span, 0.75, "features-of", species)
        return mentions

    def _disease_features(
        self,
        s: _Sent,
        mentions: list[Mention],
        disease: Mention,
        features: list[Mention],
        span: tuple[int, int],
        base: float,
        how: str,
        species: str | None,
    ) -> list[Mention]:
        """Emits ``features`` (in ``span``) as the features of ``disease``, a disease other than a
        calcinosis; returns the mentions left for the other rules, without the disease, its
        features and the sites of them ("… with weak thighs")."""
        for m in features:
            self.emit(
                s,
                disease.term.iri,
                "has_feature",
                m.term.iri,
                hedged=_hedged(s.text),
                negated=_negated(s.text, m, span),
                base=base,
                method=f"rule:{how}",
                species=species,
            )
        return [
            m
            for m in mentions
            if m is not disease
            and m not in features
            and not (m.term.kind == "site" and span[0] <= m.start < span[1])
        ]

    def _calcinosis_spoken_of(self, topic: str | None, of_disease: bool = False) -> str | None:
        """What "it" names in a sentence on a calcinosis: the one the sentence before spoke of,
        else the topic (``of_disease``: the first of them that is a disease's calcinosis)."""
        for it in (self.last_subject, topic):
            if (
                it
                and self.ctx.is_calcinosis(it)
                and (not of_disease or self.lex.objects(it, "associated_with"))
            ):
                return it
        return None

    def on_kind_said(
        self, s: _Sent, mentions: list[Mention], topic: str | None, species: str | None
    ) -> list[Mention]:
        """ "Scleroderma calcinosis is dystrophic", "in MCTD the nodules are of a dystrophic kind",
        "It was dystrophic" (of a text on a disease's calcinosis): that disease's calcinosis is a
        subtype of the kind the adjective names."""
        said = KIND_SAID.search(s.text)
        if not said:
            return mentions
        kind = KINDS_BY_WORD[said.group("kind").lower()]
        # the disease's calcinosis named last before the adjective ("As in SSc, the calcinosis of
        # MCTD is dystrophic" is of MCTD's)
        named = [
            (m.end, c)
            for m in mentions
            if m.end <= said.start() and m.term.kind == "condition"
            for c in [
                m.term.iri
                if self.ctx.is_calcinosis(m.term.iri)
                else self.ctx.calcinosis_of(m.term.iri)
            ]
            if c and self.lex.objects(c, "associated_with")
        ]
        subject = max(named)[1] if named else None
        it = self._calcinosis_spoken_of(topic, of_disease=True)
        if subject is None and it and KIND_SAID_OF_IT.match(s.text):
            subject = it
        if subject is None or kind not in self.lex.terms or self.lex.is_a(kind, subject):
            return mentions
        self.emit(
            s,
            kind,
            "has_subtype",
            subject,
            hedged=_hedged(s.text),
            base=0.8,
            method="rule:kind-said",
            species=species,
        )
        # the kind's name read as its process says the same thing again
        return [
            m
            for m in mentions
            if not (
                m.term.iri == DYSTROPHIC_MINERALIZATION
                and said.start("kind") <= m.start < said.end() + 2
            )
        ]

    def on_kind_label(self, s: _Sent, topic: str | None, species: str | None) -> None:
        """ "Dystrophic: in skin damaged earlier …", "Metastatic disease, the rarer kind, …" in a
        text on calcinosis cutis at large: a kind of it, told by its label."""
        if kind := self._labelled_kind(s.text, topic):
            self.emit(
                s,
                CALCINOSIS_CUTIS,
                "has_subtype",
                kind,
                base=0.75,
                method="rule:kind-label",
                species=species,
            )

    def on_type_named_after(self, s: _Sent, mentions: list[Mention], species: str | None) -> None:
        """ "metastatic calcinosis cutis, the form a raised phosphate brings" and "calcinosis cutis
        of an idiopathic sort": a kind of calcinosis cutis, the parent named or not."""
        for m in mentions:
            iri = m.term.iri
            if not self.ctx.is_calcinosis(iri):
                continue
            # (the mention of "calcinosis cutis of an idiopathic sort" or "the idiopathic type of
            # calcinosis" is the kind's, its words in it: ``_kind_named_with``)
            child = (
                iri
                if iri != CALCINOSIS_CUTIS
                and (THE_TYPE_AFTER.match(s.text, m.end) or KIND_AFTER.search(m.text))
                else None
            )
            if child and self.lex.is_a(child, CALCINOSIS_CUTIS):
                self.emit(
                    s,
                    CALCINOSIS_CUTIS,
                    "has_subtype",
                    child,
                    hedged=_hedged(s.text),
                    base=0.8,
                    method="rule:type-named-after",
                    species=species,
                )

    def on_class_named(self, s: _Sent, mentions: list[Mention], species: str | None) -> None:
        """ "Verapamil, an oral calcium channel blocker", "binders such as lanthanum": the drug
        class the text names for a drug brings the class's mode of action, which the ontology
        states (``cckg:PhosphateBinder cckg:mechanism_of_action cckg:PhosphateBinding``)."""
        drugs = [m for m in mentions if m.term.kind == "treatment"]
        for c in drugs:
            actions = self.lex.objects(c.term.iri, "mechanism_of_action")
            if not actions:
                continue
            named = [
                d
                for d in drugs
                if d.term.iri != c.term.iri
                and not self.lex.objects(d.term.iri, "mechanism_of_action")
                and (
                    d.end <= c.start
                    and CLASS_AFTER_DRUG.fullmatch(s.text, d.end, c.start)
                    or c.end <= d.start
                    and DRUG_AFTER_CLASS.fullmatch(s.text, c.end, d.start)
                )
            ]
            for d in named:
                for action in actions:
                    self.emit(
                        s,
                        d.term.iri,
                        "mechanism_of_action",
                        action,
                        hedged=_hedged(s.text),
                        base=0.75,
                        method="rule:class-named",
                        species=species,
                    )

    def on_kind_with_parent(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> None:
        """A sentence that names a kind of calcinosis beside the kind it belongs to ("Winer's
        nodule, an idiopathic calcinosis cutis of children's faces"): the document places the one
        under the other, as the ontology does."""
        calcinoses = [
            m
            for m in mentions
            if m.term.kind == "condition"
            and self.ctx.is_calcinosis(m.term.iri)
            and m.via not in IMPLICIT
            and not _denied(s.text, m)
        ]
        for parent in calcinoses:
            if parent.term.iri in self.ctx.calcinosis_roots:
                continue  # "calcinosis" and "calcinosis cutis" name every kind in passing
            for child in calcinoses:
                # (the kind right under it, as a text that places one kind under another does;
                # not one it sets against the other: "in X …, but in Y …")
                lo, hi = sorted((parent.start, child.start))
                if parent.term.iri in self.lex.parents.get(
                    child.term.iri, ()
                ) and not CONTRAST.search(s.text, lo, hi):
                    self.emit(
                        s,
                        parent.term.iri,
                        "has_subtype",
                        child.term.iri,
                        base=0.6,
                        method="rule:kind-with-its-parent",
                        species=species,
                    )

    def on_subtype_of(
        self, s: _Sent, mentions: list[Mention], topic: str | None, species: str | None
    ) -> list[Mention]:
        """ "Calciphylaxis is usually classed among the metastatic forms of calcinosis cutis": the
        subtype fact; returns the mentions the rest of the sentence speaks with, without the parent
        ("…, a localised form of calcinosis cutis, affects the footpads" is about the subtype)."""
        stated = self._stated_subtype(s.text, mentions, topic)
        if stated is None:
            return mentions
        parent, child, parent_mention, base = stated
        if parent != child and self.lex.is_a(parent, child):
            # "Calcinosis cutis after a transplant is a rare form of iatrogenic calcinosis cutis":
            # the broad name is the case at hand, not the kind's kind
            return [m for m in mentions if m is not parent_mention]
        self.emit(
            s,
            parent,
            "has_subtype",
            child,
            hedged=_hedged(s.text),
            base=base,
            method="rule:subtype-of",
            species=species,
        )
        return [m for m in mentions if m is not parent_mention]

    def _stated_subtype(
        self, text: str, mentions: list[Mention], topic: str | None
    ) -> tuple[str, str, Mention, float] | None:
        """The parent and subtype a sentence states, the parent's mention and the fact's base
        confidence: linked by "is classed among", "a localised form of", or a kind named right
        after "is a" or an appositive comma ("Calcinosis circumscripta, a rare dystrophic
        calcinosis in puppies")."""
        calcinoses = [
            m for m in mentions if m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri)
        ]
        if link := SUBTYPE_OF.search(text):
            before = self._subject_candidates(
                [m for m in mentions if m.end <= link.start()], text, topic
            )
            # "It is a variety of metastatic calcinosis": the calcinosis just spoken of
            it = self._calcinosis_spoken_of(topic)
            if not before and it and IT_BEFORE.search(text[: link.start()]):
                before = [it]
            after = [m for m in calcinoses if m.start >= link.end()]
            parents = self._subject_candidates(
                [m for m in mentions if m.start >= link.end()], text, topic
            )
            # "…, a metastatic sort of calcinosis": the kind the link's words name
            kinds = self._modifier_types(link.group(0), parents[0]) if parents and after else []
            if kinds and not before:
                return parents[0], kinds[0], after[0], 0.8
            if kinds and before[0] != kinds[0]:
                return kinds[0], before[0], after[0], 0.8
            if not (before and parents and before[0] != parents[0]):
                return None
            return parents[0], before[0], after[0], 0.85
        for parent in calcinoses[1:]:
            child, gap = calcinoses[0], text[calcinoses[0].end : parent.start]
            if child.term.iri != parent.term.iri and len(gap) < 60 and KIND_BEFORE.search(gap):
                return parent.term.iri, child.term.iri, parent, 0.8
        return None

    def on_classification(
        self, s: _Sent, mentions: list[Mention], topic: str | None, species: str | None
    ) -> bool:
        added = ADDED_AS_TYPE.search(s.text)
        if added and (topic or self.topic):
            parent = self.pending_parent or topic or self.topic
            for it in self._subject_candidates(
                [m for m in mentions if m.end <= added.start()], s.text, topic
            ):
                if it != parent:
                    self.emit(
                        s,
                        parent,
                        "has_subtype",
                        it,
                        hedged=_hedged(s.text),
                        base=0.8,
                        method="rule:added-as-type",
                        species=species,
                    )
        cue = CLASSIFY_CUE.search(s.text)
        if not cue:
            return False
        subjects_before = self._subject_candidates(
            [m for m in mentions if m.end <= cue.start()], s.text, topic
        )
        # "Of the main types of skin calcinosis (…)": the parent follows the cue
        of_parent = [
            m.term.iri
            for m in mentions
            if m.term.kind == "condition"
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", s.text[cue.end() : m.start])
        ]
        parent = (subjects_before or of_parent or [topic or self.topic])[0]
        if parent is None:
            return False
        after = s.text.find(":", cue.start())
        items_from = after if after >= 0 else cue.end()
        items_to = len(s.text)
        # "Of the four types of calcinosis cutis (dystrophic, …), the idiopathic …": the list is
        # the parenthesis right after the cue, not what a later colon opens
        if (paren := re.match(r"[^:()]{0,60}?\(", s.text[cue.end() :])) and (
            after < 0 or cue.end() + paren.end() < after
        ):
            items_from = cue.end() + paren.end()
            items_to = max(items_from, s.text.find(")", items_from))
        items = self._subject_candidates(
            [m for m in mentions if items_from <= m.start < items_to], s.text, topic
        )
        named = len(items)  # (a list item may be the parent under another name)
        items = [i for i in items if i != parent]
        if len(items) < 2:
            listed = s.text[items_from:items_to]
            items = list(dict.fromkeys(items + self._modifier_types(listed, parent)))
        # "X has two forms: A and B": a list the cue opens with a colon right after it
        opened = after >= 0 and re.fullmatch(r"[\w\s-]{0,30}", s.text[cue.end() : after])
        if len(items) >= 2 or (items and named >= 2 and opened):
            self.pending_parent = parent
            for it in items:
                self.emit(
                    s,
                    parent,
                    "has_subtype",
                    it,
                    base=0.9,
                    method="rule:classification-list",
                    species=species,
                )
            # a parenthesised list leaves the sentence its own say ("…), the idiopathic type …")
            return items_to == len(s.text)
        if s.text.rstrip().endswith(":") or re.search(
            r"\b(?:following|into)\b", s.text, re.IGNORECASE
        ):
            self.pending_classification = (parent, s.index)
            self.pending_parent = parent
            return True
        return False

    def _modifier_types(self, text: str, parent: str) -> list[str]:
        """ "divided into dystrophic, metastatic and iatrogenic forms": each adjective plus the parent's
        name is a subtype when the ontology has it ("dystrophic calcinosis cutis")."""
        from cckg.graph_builder.recognise import tokenize

        heads = [tuple(t.norm for t in tokenize(self.lex.terms[parent].label))]
        heads += [h[:1] for h in heads]
        found: list[str] = []
        for tok in tokenize(text):
            for head in heads:
                for iri, _ in self.lex.entries.get((tok.norm, *head), []):
                    if iri != parent and self.lex.is_a(iri, parent):
                        found.append(iri)
        return found

    def on_list_item(self, s: _Sent, mentions: list[Mention], species: str | None) -> None:
        lead = s.lead or ""
        lead_mentions = self.mentions(lead)
        lead_treatments = [m.term for m in lead_mentions if m.term.kind == "treatment"]
        hedged = _hedged(lead) or _hedged(s.text)

        def each(
            therapies: list[Term], states: list[Mention], relation: str, base: float, how: str
        ) -> None:
            self._link_each(
                s,
                therapies,
                relation,
                states,
                base=base,
                how=how,
                species=species,
                negated=None,
                hedged=hedged,
            )

        if lead_treatments and INDICATION_CUE.search(lead):
            states = [m for m in mentions if m.term.kind in ("finding", "condition")]
            each(lead_treatments, states, "indicated_when", 0.85, "indication-list")
            return
        if self.section_role == "adverse effects" and not lead_treatments:
            # "Are there any risks?" then "- lumps can come back": the harm of the therapy
            # the document last spoke of
            owners, harms = self._harms_in_view(mentions)
            each(owners, harms, "has_adverse_effect", 0.75, "adverse-list")
            if owners:
                return
        subjects = self._subject_candidates(lead_mentions, lead, self.section_topic)
        subject = subjects[0] if subjects else self.section_topic
        if s.same_line and self.item_subject:
            subject = self.item_subject  # "3. Idiopathic calcinosis …. Left alone."
        in_treatment = self.section_role == "treatment" or TREATMENT_CUE.search(lead)
        if not subjects and (state := self._lead_state(s)):
            subject, in_treatment = state, True  # "If the calcium stays raised, …:" "- give …"
        if subject is None:
            return
        signs_of = self.on_signs_of_named_disease(s, mentions, species)
        for m in mentions:
            if id(m) in signs_of:
                continue
            neg = _negated(s.text, m, (0, len(s.text)))
            kind = m.term.kind
            if kind in ("finding", "condition") and SAFETY_NET.search(s.text[: m.start]):
                continue  # "- Return for fever or spreading redness": what to watch for
            if kind == "treatment" and in_treatment:
                self.emit(
                    s,
                    m.term.iri,
                    "treats",
                    subject,
                    negated=neg,
                    hedged=hedged,
                    base=0.8,
                    method="rule:treatment-list",
                    species=species,
                )
            elif kind == "condition" and m.term.iri != subject:
                if self.ctx.is_calcinosis(m.term.iri) and not (
                    CAUSE_CUE.search(lead) or LEAD_CUE.search(lead)
                ):
                    continue
                self.emit(
                    s,
                    subject,
                    "associated_with",
                    m.term.iri,
                    negated=neg,
                    hedged=hedged,
                    base=0.85,
                    method="rule:cause-list",
                    species=species,
                )
            elif kind in CONDITION_RELATION:
                self.emit(
                    s,
                    subject,
                    CONDITION_RELATION[kind],
                    m.term.iri,
                    negated=neg,
                    hedged=hedged,
                    base=0.75,
                    method=f"rule:{kind}-list",
                    species=species,
                )

    def on_treatment_sentence(
        self,
        s: _Sent,
        mentions: list[Mention],
        treatments: list[Mention],
        topic: str | None,
        species: str | None,
        title: bool,
    ) -> _TherapyReading:
        """What a sentence naming therapies says of them. Its kind is "cautions" where it only
        says when not to use them ("would avoid X in …", "X should be avoided: it …"), whose states
        are then not the patient's; "complication" where its drugs only settled a complication of
        the deposits ("…, tender; 2 infected (cleared on doxycycline)"), so that it tells of the
        deposits as a sentence without a therapy would; else None."""
        text = s.text
        hedged = _hedged(text)
        whole = (0, len(text))
        consumed = self._disease_of_subject(mentions, text)
        targets = self._subject_candidates(mentions, text, topic)
        others = [
            m
            for k, m in enumerate(mentions)
            if m.term.kind == "condition"
            and k not in consumed
            and not self.ctx.is_calcinosis(m.term.iri)
        ]
        findings = [m for m in mentions if m.term.kind == "finding"]
        mechanisms = [m for m in mentions if m.term.kind == "mechanism"]
        harms = self._may_befall(mentions)
        states_had = [m for m in mentions if m.term.kind == "condition"]
        ordered = list({(t.term.iri, t.start): t for t in treatments}.values())
        # background drugs included, but not a dialysis that only says who or when
        named = [
            t
            for t in ordered
            if t.via not in IMPLICIT
            and not self._dialysis_as_setting(t, text)
        ]
        listed = bool(MEDICATION_LIST.match(text))  # "Regular medications: …": all background
        stopped = {
            id(t)
            for t in ordered
            if (
                STOPPED.match(text[t.end : t.end + 40])
                or TAPERED_BEFORE.search(text[max(0, t.start - 40) : t.start])
                or STOPPED_BEFORE.search(text[max(0, t.start - 40) : t.start])
                and not STOP_REASON_AFTER.match(text, t.end)
            )
            # "whose lumps grew despite A and B were switched to C": A and B failed, and
            # their failure is said
            and not PROGRESSED_DESPITE.search(text[max(0, t.start - 80) : t.start])
        }
        self.on_stopped_for_disease(s, mentions, ordered, species)
        withheld = {id(t) for t in ordered if _not_given(t, text)}
        # "curettage and oral thiosulfate proved unnecessary": the list's verdict is each item's
        named_here = _explicit(ordered)
        withheld |= {
            id(t)
            for t in ordered
            if (last := _coordinated(t, named_here, text)[-1]) is not t
            and NOT_GIVEN.match(text[last.end : last.end + 40])
        }
        # "taking warfarin for atrial fibrillation", "her MCTD has been quiet on hydroxychloroquine":
        # a background drug tied to what it is for still treats that.
        givers_all = [
            t
            for t in _explicit(ordered)
            if id(t) not in stopped
            and id(t) not in withheld
            and not CAUSE_COMPOUND.match(text, t.end)  # "calcitriol-mediated hypercalcaemia"
        ]
        # "warfarin was stopped", "after each dialysis session", "a man on haemodialysis": not given
        # here; "was stopped because of ankle swelling" is kept for what it caused, but treats nothing.
        ordered = [
            t
            for t in ordered
            if t.via in IMPLICIT
            or not (
                listed
                or BACKGROUND.search(text[max(0, t.start - 30) : t.start])
                and not COUNTED_ARM.search(text[max(0, t.start - 45) : t.start])
                # "went on growing on colchicine": the drug that failed, not the background
                and not PROGRESSED_DESPITE.search(text[max(0, t.start - 80) : t.start])
                and not _harm_came_from(t, [*harms, *states_had], text)
                and not _result_on_regimen(t, text)
                or TIME_REFERENCE.search(text[max(0, t.start - 25) : t.start])
                or id(t) in stopped and not ADVERSE_CUE.search(text, t.end)
                or id(t) in withheld and not _kept_back_from(t, text)
                or SETTING.match(text[t.end : t.end + 30])
                or self._dialysis_as_setting(t, text)
            )
        ]
        if not ordered and not givers_all:
            return _TherapyReading(withheld=frozenset(withheld))
        explicit = _explicit(ordered)  # the therapies given here that the sentence names itself
        if self.on_contraindication(s, mentions, ordered, species):
            return _TherapyReading("cautions", withheld=frozenset(withheld))
        method, base = "rule:treatment-condition", 0.9
        came_on = any(_result_on_regimen(t, text) for t in explicit)
        # "the lumps kept enlarging despite diltiazem", "had not stopped nodules from forming"
        on_deposits = BARE_TARGET.search(text) or PROGRESSED.search(text)
        cue_present = (
            bool(TREATMENT_CUE.search(text))
            or s.kind in ("title", "reference-title")
            or self.section_role == "treatment"
            or bool(re.search(r"\b(?:for|in|of|against)\b", text, re.IGNORECASE))
            or bool(on_deposits)
            or bool(explicit) and _despite_then_grew(text, explicit[0])
            # "colchicine 500 did nothing": a verdict right after the therapy
            or any(
                (v := NEGATION_AFTER.search(text, t.end))
                and re.fullmatch(r"[^,;:]{0,15}", text[t.end : v.start()])
                for t in explicit
            )
            # a form's "Failed before entry: diltiazem, IVIG": the list names therapies tried
            or any(FAILED_LIST.search(text[: t.start]) for t in explicit)
            or came_on
            or any(_judged_again(t, explicit, text) for t in explicit)
        )
        for_other = False
        gave_for_other: set[int] = set()  # the mentions that named a therapy for another state
        used_for = self._used_for(mentions, text)
        treated = set(used_for)  # and what "metformin 500 mg for" or "was controlled with" names
        given_for = set(used_for)  # what "… for" names, for the caller
        # what "<finding> after the parathyroidectomy, treated with calcium" names: treated, and
        # still maybe the harm of another therapy, but not of the one that treated it
        named_treated: dict[int, set[int]] = {}
        settled_finding: set[int] = set()  # given for a sign of the deposits
        settled_away: set[int] = set()  # … which went away on them ("settling on")
        # "the thrombosis was treated with apixaban": a process the graph does not treat, but the
        # therapy was given for it, not for the deposits
        states = [m for m in mentions if m.term.kind in ("condition", "finding", "mechanism")]
        if not states and self.prior_states:
            # "I also have gout. I take allopurinol for it.": the one disease just named; where
            # that sentence named one only as who has "it", still not the deposits
            diseases = [iri for iri, who_has in self.prior_states if not who_has]
            for_it = [t for t in givers_all if FOR_IT.match(text, t.end)]
            for t in dict.fromkeys(x for f in for_it for x in _coordinated(f, givers_all, text)):
                if len(diseases) == 1:
                    self.emit(
                        s,
                        t.term.iri,
                        "treats",
                        diseases[0],
                        hedged=hedged,
                        base=0.7,
                        method="rule:used-for-disease",
                        species=species,
                    )
                gave_for_other.add(id(t))
                for_other = True
        for o in mechanisms:
            if passive := self._treated_with(o, givers_all, text, states):
                gave_for_other.update(id(t) for t in passive)
                for_other = True
                treated.add(id(o))
        # "zoledronate brought her calcium down", "yet the calcium hardly changed": the therapies
        # given act on the raised blood value, whose state they treat (or failed to)
        for t, state, failed in self._value_changes(text, givers_all):
            self.emit(
                s,
                t.term.iri,
                "treats",
                state,
                negated=failed,
                hedged=hedged,
                base=0.75,
                method="rule:treats-raised-value",
                species=species,
            )
            if not LESION_NAMED.search(text):  # "the plaques softened as the phosphate fell"
                gave_for_other.add(id(t))
                for_other = True
        # "for ulcers overlying calcinosis": what is treated is the calcinosis
        # "indicated for nodules that ache or become ulcerated": when to use it, not what
        # it treats
        indication = INDICATION_CUE.search(text)
        lesions = [b.span() for b in BARE_TARGET.finditer(text)]
        named_states = [*others, *findings]
        # the sentence names the deposits, so a symptom it relieves is theirs
        lesions_said = bool(
            LESION_NAMED.search(text) or any(self.ctx.is_calcinosis(m.term.iri) for m in mentions)
        )
        for o in others + [
            f
            for f in findings
            if not OF_DEPOSITS.match(text, _finding_run_end(f, findings, text))
            and not any(a <= f.start < b for a, b in lesions)  # "nothing for the plaques"
            and not (indication and f.start > indication.start())
            and not ATTRIBUTE_OF_LESION.match(text, f.end)  # "for painful calcinosis"
        ]:
            givers: list[Mention] | None = None
            if passive := self._treated_with(o, givers_all, text, states):
                # "her MCTD was controlled with hydroxychloroquine and prednisolone"
                givers, how = passive, "rule:treated-with"
                named_treated[id(o)] = {id(t) for t in passive}
                if o.term.kind == "finding":
                    # "2 infected in May (cleared on doxycycline)": for that, not the deposits
                    settled_finding.update(id(t) for t in passive)
                    if SETTLED_ON.search(text, o.end, passive[0].start):
                        settled_away.update(id(t) for t in passive)
            elif back := _given_for_it(
                o,
                givers_all,
                named_states,
                text,
                any(self.lex.is_a(o.term.iri, x) for x in (INFECTION, *INFECTIONS)),
            ):
                # "he has had gout for a decade and takes colchicine for it"
                givers, how = back, "rule:used-for-disease"
            elif id(o) in used_for or self._dosed_giver(o, givers_all, text):
                last = next((t for t in reversed(givers_all) if t.end <= o.start), None)
                # "Methotrexate or IVIG are used to control …": each coordinated therapy; a singular
                # verb ("…, and cinacalcet was started for") takes the last one alone.
                givers = (
                    []
                    if last is None
                    else [last]
                    if SINGULAR_VERB.search(text[last.end : o.start])
                    else _coordinated(last, givers_all, text)
                )
                if len(givers) > 1 and _use_said_before(givers[0], givers_all, named_states, text):
                    # "A for the ILD, B 5 mg daily and C for the Raynaud's": a list whose items
                    # say their own uses; the last use is the last item's alone
                    givers = givers[-1:]
                how = "rule:used-for-disease"
            elif failed_on := self._persisted_despite(o, givers_all, text):
                givers, how = failed_on, "rule:persisted-despite"
            if givers is not None:
                # Lowering the mineral excess the calcinosis comes from treats the calcinosis too.
                aims = [(o.term.iri, how, 0.8)]
                if topic and self._is_stated_cause(o.term.iri):
                    aims.append((topic, "rule:treats-cause", 0.7))
                for t in givers:
                    # "gave no protection against X": given for it, and it failed
                    failed = how == "rule:persisted-despite" or (
                        t.end <= o.start and bool(NEGATION_AFTER.search(text[t.end : o.start]))
                    )
                    for target, how_, base_ in aims:
                        self.emit(
                            s,
                            t.term.iri,
                            "treats",
                            target,
                            negated=failed,
                            hedged=hedged,
                            base=base_,
                            method=how_,
                            species=species,
                        )
                treated.add(id(o))
                if how == "rule:used-for-disease":
                    given_for.add(id(o))
                givers = [t for t in givers if not self._use_in_passing(t, o, text)]
                gave_for_other.update(id(t) for t in givers)
                # (a complication settled by its own drug leaves the others to the deposits)
                for_other = for_other or (
                    any(id(t) not in settled_away for t in givers) and len(aims) == 1
                )
                continue
            if (
                o.term.kind == "condition"
                and PATIENTS_WITH.search(text[max(0, o.start - 80) : o.start])
                and (calc := self.ctx.calcinosis_of(o.term.iri))
                and (not targets or all(x in self.ctx.calcinosis_roots for x in targets))
            ):
                # "improved calcinosis in 65% of children with JDM": the calcinosis of that disease
                targets = [calc]
                continue
            verb_owner = next(
                (
                    t
                    for t in ordered
                    if t.end <= o.start
                    and (
                        TREAT_VERB.match(text[t.end : o.start])
                        or KEEPS.match(text[t.end : o.start])
                        and KEPT_STATE.match(text, o.end)
                    )
                ),
                None,
            )
            if o.term.kind == "finding" and (re.match(r"\s+ones\b", text[o.end :]) or _lesion(o)):
                # "excision cured the ulcerated ones", "cleared the papules": the deposits so
                # marked, which is the calcinosis treated
                verb_owner = None
            if verb_owner is not None:  # "hydroxychloroquine controlled her cutaneous lupus"
                # ("azathioprine and prednisolone now control her myositis": each of them, where
                # the list opens its clause)
                chain = _coordinated(verb_owner, _explicit(ordered), text)
                opens = _clause_at(_clauses(text), chain[0].start, text)[0]
                if chain[0] is not verb_owner and text[opens : chain[0].start].strip(" ,;:("):
                    chain = [verb_owner]
                # "compression had not healed the ulcer": given for it, and it failed
                gap = text[verb_owner.end : o.start]
                failed = bool(NEGATION.search(gap) or BARELY.search(gap))
                # "relieves the pain of the crusted wounds": the symptom of the lesions
                deposits_named = lesions_said or bool(OF_SOMETHING.match(text, o.end))
                if o.term.kind == "finding" and deposits_named and self.lex.is_a(o.term.iri, PAIN):
                    # "excision eases the pain of single lumps": the deposits are what is treated
                    chain = []
                self._link_each(
                    s,
                    [t.term for t in chain],
                    "treats",
                    [o],
                    base=0.8,
                    how="treatment-verb",
                    species=species,
                    negated=failed,
                    hedged=hedged,
                )
                # "colchicine can calm the inflammation" (of the deposits) is no use for another
                # disease; "ibuprofen eases the ache" in a sentence that names no deposit is for
                # the symptom alone
                for_other = (
                    for_other
                    or o.term.kind == "condition"
                    or failed
                    or not (
                        deposits_named
                        or CONTRAST.search(text, o.end)
                        or FLARE_WORD.search(text, o.start, o.end + 12)
                    )
                )
                continue
            # A finding is treated only as said above ("started for the hypocalcaemia", "settled the
            # cellulitis", "hypertension, treated with amlodipine"), never by a bare "for".
            if o.term.kind != "condition" or not FOR_DISEASE.search(
                text[max(0, o.start - 40) : o.start]
            ):
                continue
            # "… in juvenile dermatomyositis" in a text about calcinosis means the calcinosis of that disease;
            # "minocycline, an antibiotic prescribed for acne" means the drug treats that disease.
            calc = (
                self.ctx.calcinosis_of(o.term.iri)
                if self.topic
                and self.ctx.is_calcinosis(self.topic)
                and not re.search(
                    r"\bfor\s+(?:\w+\s+){0,2}$", text[max(0, o.start - 30) : o.start], re.IGNORECASE
                )
                else None
            )
            if calc and not targets:
                targets = [calc]
                continue
            if not ordered:
                continue
            nearest = min(ordered, key=lambda t: abs(t.start - o.start))
            # "Hydroxychloroquine, which she takes for lupus, had not stopped new nodules …": the
            # failure is said of the deposits, outside the aside that names the disease
            aside = ASIDE.match(text, nearest.end)
            scope = (nearest.start, aside.end()) if aside and o.end <= aside.end() else whole
            # "azathioprine and prednisolone, which he was given for nephritis": the clause after
            # a list is said of all of it
            owners = [nearest]
            if o.start > nearest.end and RELATIVE_AFTER.match(text, nearest.end):
                owners = [t for t in _coordinated(nearest, ordered, text) if t.end <= nearest.end]
            self._link_each(
                s,
                [t.term for t in owners],
                "treats",
                [o],
                base=0.8,
                how="treatment-for-disease",
                species=species,
                negated=_negated(text, nearest, scope),
                hedged=hedged,
            )
            for_other = for_other or not self._use_in_passing(nearest, o, text)
        # "…, tender; 2 infected (cleared on doxycycline)": the drug is the complication's
        settled = bool(explicit) and all(id(t) in settled_away for t in explicit)
        reading = _TherapyReading(
            "complication" if settled else None, frozenset(given_for), frozenset(withheld)
        )
        if not ordered:
            if listed:
                self._listed_harms(s, findings, givers_all, species)
            return reading
        named_for_other: set[int] = set()
        if not targets and for_other and topic and BARE_TARGET.search(text):
            # "licensed for gout, has been tried for the deposits": the deposits are the calcinosis
            targets = [topic]
            method, base = "rule:treatment-bare-target", 0.75
            cue_present = True
            # "under control with nifedipine; … nifedipine does not dissolve deposits": a drug named
            # twice speaks of the deposits where it is not named for the other disease
            again = {t.term.iri for t in ordered if id(t) not in gave_for_other}
            named_for_other = {
                id(t) for t in ordered if id(t) in gave_for_other and t.term.iri in again
            }
        if (
            not targets
            and for_other
            and topic
            and self.section_role != "interactions"
            and any(
                id(t) not in gave_for_other
                and (
                    FAILED_BEFORE.search(text, max(0, t.start - 60), t.start)
                    or (v := NEGATION_AFTER.search(text, t.end))
                    and re.fullmatch(r"[^,;:]{0,25}", text[t.end : v.start()])
                )
                for t in explicit
            )
        ):
            # "warfarin failed in two women, and each kept taking azathioprine for her lupus", "…,
            # and all had failed warfarin": the verdict is on the deposits, the drug given for the
            # other disease apart
            targets = [topic]
            method, base = "rule:treatment-section-topic", 0.75
            cue_present = True
            named_for_other = gave_for_other
        if not targets and not for_other:
            # "Diltiazem for 9 months: no change": a verdict on the therapy is about the topic
            cue = (
                TREATMENT_CUE.search(text)
                or on_deposits
                or NEGATION_AFTER.search(text)
                # "Despite diltiazem, the nodules kept growing"
                or bool(explicit) and _despite_then_grew(text, explicit[0])
                # "Warfarin is a recognised trigger": what the topic goes with
                or RISK_NAMED.search(text)
                or came_on
            )
            if (
                (self.section_role == "treatment" or cue)
                and topic
                and s.kind != "reference-title"
                # "Give ciprofloxacin two hours apart" under "Interactions": not a therapy of it
                and self.section_role != "interactions"
            ):
                # "If the calcium stays raised, …:" then "- offer zoledronic acid; a fever …"
                targets = [self._lead_state(s) or topic]
                method, base = "rule:treatment-section-topic", 0.75
        if not targets and for_other and topic and RISK_NAMED.search(text):
            # "Risk factors: warfarin for AF, obesity": a drug named as what the patient takes for
            # another disease is still the risk factor the sentence lists
            for t in explicit:
                if id(t) in gave_for_other:
                    self._risk_factor(s, topic, t, hedged, species)
        if STUDIED_CUE.search(text) and not OUTCOME_VERB.search(text):
            base = min(base, 0.6)
        spans = _clauses(text)
        # "Ten patients received alendronate and none improved": nobody had the benefit; where
        # the zero shares its list item with therapies ("…, none of 6 got better on probenecid,
        # and …"), only theirs
        nobody: set[int] = set()
        for q in self.quantities(text):
            if _none_had(q) and q.denominator and BENEFIT_MEASURE.match(q.measure):
                lo, hi = _item_span(text, q.start, q.end)
                own = [t for t in ordered if t.via not in IMPLICIT and lo <= t.start < hi]
                nobody.update(id(t) for t in own or ordered)
        denied: list[Mention] = []  # therapies said to have failed, for "or" items after them
        progressed_on: list[Mention] = []  # therapies the lesions grew on, for the list after them
        raised = list(self._raised_value_conditions(text, explicit, spans))
        on_raised_value = {id(t) for t, *_ in raised}
        calcinoses = [m for m in mentions if self.ctx.is_calcinosis(m.term.iri)]
        for t in ordered:
            if (
                t.via in IMPLICIT
                and not (PRONOUN_START.match(text) or PRONOUN_USED.search(text))
                or id(t) in stopped
                or id(t) in named_for_other
                or id(t) in settled_finding
                # "… and hydroxychloroquine (HCQ) in two": the verdict is the name's
                or any(_abbreviation_of(p, t, text) for p in ordered)
            ):
                continue  # a therapy carried over only for its adverse effects is not re-asserted as treating
            lo, hi = _clause_at(spans, t.start, text)
            if (
                id(t) in gave_for_other
                and calcinoses
                and all(m.end <= t.start for m in calcinoses)
                and PART_BREAK.search(text, calcinoses[-1].end, t.start)
            ):
                # "calciphylaxis was diagnosed, and she now takes apixaban for her AF": the
                # disease of an earlier clause is not what the drug given for another is for
                continue
            # ("Risk factors are obesity, diabetes and warfarin" needs no cue of treating)
            if not (cue_present or RISK_NAMED.search(text, lo, hi)) or (
                NOT_STUDIED_IN_DEPOSITS.search(text, t.end)
            ):
                continue
            if (
                (kept := RESERVED_FOR.search(text, t.end))
                and kept.start() < hi
                # "may be considered, although many see little change": a verdict after all
                and not CONTRAST.search(text, kept.end())
            ):
                continue  # "excision is kept for deposits that ulcerate": when, not what it treats
            if method == "rule:treatment-section-topic" and (
                FOR_UNNAMED_DISEASE.match(text, t.end)
                or SETTLES_UNNAMED_DISEASE.match(text, t.end)
                or UNNAMED_DISEASE_ON.search(text[max(0, t.start - 80) : t.start])
            ):
                continue  # "He had received prednisolone for atopic dermatitis"
            if method == "rule:treatment-section-topic" and PROPOSED_BEFORE.search(
                text, lo, t.start
            ):
                continue  # "refer to plastics to consider excising it": proposed, not given
            if method == "rule:treatment-section-topic" and ADVISED_AGAINST.match(text, t.end):
                continue  # "in a bleeding tendency, excision is not advised": when not, not a use
            if (
                method == "rule:treatment-section-topic"
                and NUMBING.search(text, t.end, hi)
                and not self.lex.is_a(t.term.iri, PROCEDURE)
            ):
                continue  # "lidocaine cream to numb the arm before the drip": for the procedure
            if method == "rule:treatment-section-topic" and id(t) in on_raised_value:
                continue  # "If the calcium stays high, pamidronate …": for the raised value
            if BEFORE_THERAPY.search(text[max(0, t.start - 30) : t.start]):
                continue  # "… had not halted it before the JAK inhibitor was started": a date
            yardstick = MEASURED_AGAINST.search(text[max(0, t.start - 40) : t.start])
            if t.via not in IMPLICIT and yardstick:
                continue  # "no added benefit over excision": the yardstick; nothing is said of it
            if method == "rule:treatment-section-topic" and t.term in self.focus_causes:
                continue  # the drug a title names as the cause is no treatment of the disease
            if (
                method == "rule:treatment-section-topic"
                and t.term.iri in self._listed_for_other
                and not on_deposits
                and not LESION_NAMED.search(text)
                and not any(self.ctx.is_calcinosis(m.term.iri) for m in mentions)
            ):
                continue  # "Warfarin, for AF", then "Consider switching warfarin to apixaban"
            if (
                t.via not in IMPLICIT
                and (risk := RISK_RAISED.search(text, lo, hi))
                and _risk_of_disease(risk, calcinoses, text)
                # "a delay before immunosuppressive therapy raised the risk": the delay did
                and not DELAY_BEFORE.search(text[max(0, t.start - 80) : t.start])
            ):
                # "warfarin counts among its risk factors": what the disease goes with
                for target in targets:
                    self._risk_factor(s, target, t, hedged, species)
                continue
            # "Responses to X have been inconsistent", "X … but does not shrink them": both
            mixed = MIXED_RESPONSE.search(text, max(0, t.start - 25))
            # "colchicine (n=4), minocycline (n=3) and diltiazem had not slowed it": the list's
            # failure is each item's, however far its verb
            last = _coordinated(t, ordered, text)[-1]
            verb = text[last.end : _clause_at(spans, last.start, text)[1]]
            list_failed = (
                last is not t
                and t.via not in IMPLICIT
                and bool(NEGATION_AFTER.search(re.split(r"[,;]", verb, maxsplit=1)[0][:80]))
            )
            # "tried the cream for a month; nothing changed": a bare verdict on the clause
            judged_after = t.via not in IMPLICIT and bool(BARE_VERDICT.match(text, hi))
            # one target in place of the sentence's: the raised value a binder is for, or the
            # section's calcinosis for a semicolon item that names no disease ("…: A, shown in
            # calciphylaxis; B, which helped some": B is not for A's calciphylaxis)
            only = (
                self._usual_state(t, targets[0], text)
                if method == "rule:treatment-section-topic" and targets
                else None
            ) or (
                self.section_topic
                if _told_in_another_item(t, calcinoses, explicit, text)
                else None
            )
            for target in [only] if only else targets:
                # "Most patients need no treatment; excision is reserved for …": no denial of it
                neg = (
                    _negated(text, t, (lo, hi))
                    if t.via not in IMPLICIT
                    else bool(NEGATION_AFTER.search(text))
                ) or bool(
                    NEGATION_BACK.search(text, t.end)
                    or self.ctx.is_calcinosis(target) and NO_EFFECT_ON_DEPOSITS.search(text, t.end)
                )
                neg = neg or id(t) in nobody
                # "No change after topical thiosulfate or an intralesional injection": both failed
                neg = neg or any(OR_ITEM.fullmatch(text[d.end : t.start]) for d in denied)
                neg = neg or list_failed
                neg = neg or judged_after
                neg = neg or t.via not in IMPLICIT and _judged_again(t, explicit, text)
                # "softened them in just 2 of 15", "only a minority improved": it helped a few and
                # failed most of them, both
                if t.via not in IMPLICIT and _few_helped(text[lo:hi]):
                    mixed = True
                # "the lumps have gone on spreading despite it"; and the rest of the list the
                # lesions grew on ("despite diltiazem and, later, immunoglobulin")
                grew_on = bool(
                    self.ctx.is_calcinosis(target)
                    and t.via not in IMPLICIT
                    and (
                        PROGRESSED_DESPITE.search(text[max(0, t.start - 80) : t.start])
                        or PROGRESSED_DESPITE_IT.match(text, t.end)
                        or _despite_then_grew(text, t)
                        or any(LATER_ITEM.fullmatch(text[d.end : t.start]) for d in progressed_on)
                    )
                )
                if grew_on:
                    progressed_on.append(t)
                neg = neg or grew_on
                # In a study of refractory calcinosis, what patients "had previously received" failed.
                neg = neg or bool(
                    self.refractory
                    and t.via not in IMPLICIT
                    and PRIOR_THERAPY.search(text[max(0, t.start - 60) : t.start])
                )
                if neg and not mixed and t.via not in IMPLICIT:
                    denied.append(t)
                for negated in (False, True) if mixed else (neg,):
                    self.emit(
                        s,
                        t.term.iri,
                        "treats",
                        target,
                        negated=negated,
                        hedged=hedged,
                        base=base,
                        method=method,
                        species=species,
                    )
        # "calcinosis cutis of the hands": a site attached to the condition is stated in passing.
        for m in mentions:
            if m.term.kind != "site":
                continue
            owner = next(
                (
                    c
                    for c in mentions
                    if c.term.kind == "condition"
                    and self.ctx.is_calcinosis(c.term.iri)
                    and c.end <= m.start
                    and SITE_OF_CONDITION.match(text[c.end : m.start])
                ),
                None,
            )
            if owner is not None:
                subject = (self._subject_candidates([owner], text, topic) or [owner.term.iri])[0]
                self.emit(
                    s,
                    subject,
                    "located_in",
                    m.term.iri,
                    hedged=hedged,
                    base=0.8,
                    method="rule:site-of-condition",
                    species=species,
                )
        # "Thrombosis occurred in 2 patients", "No thrombotic event was seen with it": a process
        # reported to have befallen the patients is a harm, not the way the therapy acts
        reports = [] if OUTCOME_VERB.search(text) else list(ADVERSE_REPORT.finditer(text))
        befell = [
            m
            for m in mechanisms
            if self.ctx.is_disease_process(m)
            and id(m) not in treated
            and _said_to_befall(m, reports, text)
        ]
        # Mechanisms of action (a mineral is what a therapy acts on, not how).
        mechanisms = [
            m
            for m in mechanisms
            if not self.ctx.is_mineral(m.term.iri) and id(m) not in treated and m not in befell
        ]
        pairs = [(t, m) for t in ordered for m in mechanisms]
        if len({t.term.iri for t in explicit}) > 1:
            # "A binds calcium; B blocks crystal growth", "we gave A and B, and added C to block
            # bone resorption": each clause's therapy acts its own way
            clauses = _clauses(text, and_verb=True)
            clause_of = {
                id(x): _clause_at(clauses, x.start, text) for x in [*explicit, *mechanisms]
            }
            own = {
                id(m): [t for t in explicit if clause_of[id(t)] == clause_of[id(m)]]
                for m in mechanisms
            }
            pairs = [(t, m) for t, m in pairs if not own[id(m)] or t in own[id(m)]]
        if not (MOA_CUE.search(text) or not targets):
            # "immunoglobulin modulates the immune system": a way of acting needs no cue word
            # when the therapy is what does it
            pairs = [
                (t, m)
                for m in mechanisms
                if self.ctx.is_therapeutic(m.term.iri)
                and (t := self._actor(m, explicit, mechanisms, text))
            ]
        # "A, which binds calcium, and B, which blocks bone turnover": a way of acting
        # in a relative clause is the drug's that the clause hangs on
        hung = {id(m): t.term.iri for m in mechanisms if (t := _relative_host(m, explicit, text))}
        pairs = [(t, m) for t, m in pairs if hung.get(id(m), t.term.iri) == t.term.iri]
        for t, m in pairs:
            self.emit(
                s,
                t.term.iri,
                "mechanism_of_action",
                m.term.iri,
                hedged=hedged,
                base=0.8,
                method="rule:mechanism-of-action",
                species=species,
            )

        # Indications: which findings are what a therapy is for, by three ways of saying so.
        # "nodules that ulcerate", "if the plaques ulcerate": the lesion bears the indication.
        bearers = {
            id(f)
            for f in findings
            if self.lex.is_a(f.term.iri, SKIN_LESION)
            and any(
                g.start >= f.end and LESION_BEARS.fullmatch(text[f.end : g.start])
                for g in findings
            )
        }

        def indicate(therapies: list[Mention], for_: list[Mention], base: float, how: str) -> None:
            states = [f for f in for_ if id(f) not in bearers]
            # "only if calcium stays high, and not while the AKI is unresolved"
            kept_from = {
                id(f) for f in states if KEPT_FROM.search(text[max(0, f.start - 40) : f.start])
            }
            if any(ADVISED_AGAINST.match(text, t.end) for t in therapies):
                kept_from = {id(f) for f in states}
            for t in therapies:
                # (a disease the sentence says the therapy treats, or was stopped because of, is
                # no indication of it too: "For uncontrolled hyperparathyroidism, use cinacalcet")
                own = [
                    f
                    for f in states
                    if f.term.kind != "condition"
                    or how != "indication-reason"
                    or self._fact_key(s, t.term.iri, "treats", f.term.iri) not in self._seen
                    and f.term.iri not in self.stopped_for.get((s.index, t.term.iri), ())
                ]
                for denied in (False, True):
                    self._link_each(
                        s,
                        [t.term],
                        "indicated_when",
                        [f for f in own if (id(f) in kept_from) == denied],
                        base=base,
                        how=how,
                        species=species,
                        negated=denied,
                    )

        # "surgery is reserved for large, painful or ulcerated lesions"
        if cue := indication or INDICATIONS_LEAD.search(text):
            # "reserved for …" follows its therapy (and those coordinated with it); "The reasons for
            # starting a biologic were" holds it; "It may be offered when …" speaks of the last one.
            last = next((t for t in reversed(explicit) if t.start < cue.end()), None)
            before = (
                _coordinated(last, explicit, text)
                if last
                else [t for t in ordered if t.start < cue.end()]
            )
            # ("In cases of secondary infection, antibiotics are needed": fronted as well)
            conditional = re.match(r"(?:when|if|where|once|in cases? of)\b", cue.group(), re.I)
            if not before:
                # "Indications for surgery included pain …": the therapy the cue word leads to (a
                # cue that is a condition may hold its state: "If nodules persist, …")
                first_state = min(
                    (
                        m.start
                        for m in [*findings, *others]
                        if m.start > (cue.start() if conditional else cue.end())
                    ),
                    default=len(text),
                )
                before = [t for t in explicit if cue.start() < t.start < first_state]
            if not before and PRONOUN_START.match(text) and self.last_treatments:
                before = [Mention(t, 0, 0, "", "pronoun") for t in self.last_treatments]
            # "When the nodules are tender, weeping or ugly, a surgeon may shave them off": the main
            # clause after a fronted condition names the therapy, and the condition runs up to it
            main = next(
                (
                    t
                    for t in explicit
                    if t.start > cue.end() and re.search(r",|\bthen\b", text[cue.end() : t.start])
                ),
                None,
            )
            fronted = bool(not before and main is not None and conditional)
            # "If nodules persist, triamcinolone; I warned her of thinning": a clause of its own
            main_clause_end = _clause_at(spans, main.start, text)[1] if main else len(text)
            if fronted:
                before = _coordinated(main, explicit, text)
            # "indicated when hypercalcaemia persists": a state, not the disease it is used for
            states = [o for o in others if o.start > cue.start() and id(o) not in used_for]
            # "…; recurrence after excision is uncommon": the cue's clause ends at the semicolon
            end = main.start if fronted else _clause_at(spans, cue.start(), text)[1]
            if (new_clause := AND_NEW_CLAUSE.search(text, cue.end(), end)) is not None:
                end = new_clause.start()
            # "…, since the wound it leaves is often infected afterwards": the reason for the
            # advice, not more of what the therapy is for
            if (why := REASON_CLAUSE.search(text, cue.end(), end)) is not None:
                end = why.start()
            after_cue = [f for f in [*findings, *states] if cue.start() < f.start < end]
            if not after_cue and before and INDICATED_AFTER.match(text, cue.start()):
                # "excision of the ulcerated mass is indicated": what it is for, said before
                said = [f for f in findings if before[-1].end <= f.start < cue.start()]
                # (the nodule an "ulcerated nodule" names is what it is done to)
                after_cue = [f for f in said if not self.lex.is_a(f.term.iri, SKIN_LESION)]
            if any(not self.lex.is_a(f.term.iri, SKIN_LESION) for f in after_cue):
                # "if ulcerated nodules persist": the nodules bear what the therapy is for
                after_cue = [f for f in after_cue if not self.lex.is_a(f.term.iri, SKIN_LESION)]
            indicate(before, after_cue, 0.8, "indication")
            # (what a clause of its own says after the list is read as usual: "…, though it may
            # leave small scars")
            findings = [
                f
                for f in findings
                if f.start < cue.start()
                or f.start >= (end if new_clause or not fronted else main_clause_end)
            ]
        self.on_raised_value_conditions(s, raised, hedged, species)
        # "A painful or infected nodule can be removed surgically": the lesions the sentence opens
        # on, and what they are like, are what the therapy done to them is for
        if (
            findings
            and LESION_OPENS.match(text[: findings[0].start])
            and (attr := ATTRIBUTE_OF_LESION.match(text, findings[0].end))
            and (done := next((t for t in explicit if t.start >= attr.end()), None))
            and DONE_TO_LESION.match(text[attr.end() : done.end])
        ):
            # (the attributes listed with the first: "painful or infected"; "ulcerated lesions"
            # names an attribute too, not the lesions alone)
            attributes = [
                f
                for f in findings
                if f.start < attr.end()
                and not (_lesion(f) and self.lex.is_a(f.term.iri, SKIN_LESION))
            ]
            indicate(_coordinated(done, explicit, text), attributes, 0.7, "indication-attribute")
        # "steroid for painful calcinosis": the lesions it is for are painful ones
        for f in findings:
            last = next((t for t in reversed(explicit) if t.end <= f.start), None)
            if (
                last is not None
                and ATTRIBUTE_OF_LESION.match(text, f.end)
                and FOR_ATTRIBUTE.search(text[last.end : f.start])
            ):
                indicate(_coordinated(last, explicit, text), [f], 0.7, "indication-attribute")
        # "Surgery was performed because of pain", "Excision was undertaken for nerve compression",
        # "offered to children with painful deposits", "Patients with ulcerated deposits underwent
        # debridement": what the therapy was for, never what it caused.
        reasons: dict[int, tuple[Mention, list[Mention]]] = {}
        for f in [*findings, *[o for o in others if not self.ctx.calcinosis_of(o.term.iri)]]:
            if id(f) in treated:
                continue
            last = next((t for t in reversed(explicit) if t.end <= f.start), None)
            gap = text[last.end : f.start] if last else ""
            if last and not STOPPED_WORD.search(gap) and (
                DONE_BECAUSE.fullmatch(gap)
                or GIVEN_TO_GROUP.fullmatch(gap)
                or self.lex.is_a(last.term.iri, PROCEDURE) and PROCEDURE_FOR.fullmatch(gap)
            ):
                reasons[id(f)] = (f, _coordinated(last, explicit, text))
                continue
            after = next((t for t in explicit if t.start >= f.end), None)
            if after and (
                f.term.kind == "finding"
                and GROUP_WITH_LEAD.match(text[: f.start])
                and GROUP_RECEIVED.match(text[f.end : after.start])
                or FOR_GROUP_LEAD.match(text[: f.start])
                and FOR_GROUP_THEN.match(text[f.end : after.start])
            ):
                reasons[id(f)] = (f, _coordinated(after, explicit, text))
        for f, givers in reasons.values():
            indicate(givers, [f], 0.75, "indication-reason")
        findings = [f for f in findings if id(f) not in reasons]
        # "Because of the infection and the pain, he underwent debridement"
        if REASON_LEAD.match(text):
            first = min((t.start for t in named), default=0)
            reasons = [f for f in findings if f.end <= first]
            indicate(named, reasons, 0.75, "indication-reason")
            findings = [f for f in findings if f not in reasons]
        # "A lump that is very painful … may be removed by surgical excision", "an antibiotic if a lump
        # is infected", "If a deposit keeps getting infected, a surgeon may excise it", "When
        # hypercalcaemia is marked, pamidronate is given": findings (and raised serum minerals) in a
        # conditional or descriptive clause are what a therapy outside that clause is for.
        in_clause: list[tuple[Mention, re.Match[str]]] = []
        candidates = [*findings, *[o for o in others if self.lex.is_a(o.term.iri, MINERAL_EXCESS)]]
        for f in sorted(candidates, key=lambda m: m.start):
            c = list(CONDITION_CLAUSE.finditer(text[: f.start]))
            between = text[c[-1].end() : f.start] if c else ""
            # "If a deposit aches, weeps, or keeps a finger from bending and straightening": a
            # list goes on in the clause it began in, however long it grows
            prev = in_clause[-1] if in_clause else None
            if prev and c and prev[1].span() == c[-1].span():
                between = text[prev[0].end : f.start]
            if (
                id(f) not in treated
                and c
                and len(between.split()) <= 8
                and not re.search(r"[.;]", between)
                and not CONTRAST.search(between)  # "…, but recurrence is common"
                # "Because the ulcer would not heal, the nodules were excised": the main clause
                and not MAIN_CLAUSE.search(between)
                and not AND_NEW_CLAUSE.search(between)
            ):
                in_clause.append((f, c[-1]))
        if TREATMENT_CUE.search(text) or re.search(
            r"\b(?:suggest|offer|need|requir|necessary|useful)\w*", text, re.IGNORECASE
        ):
            # "A lump that is very painful …": what the lesion is, a feature of the calcinosis too
            owner = targets[0] if targets else topic
            for f, _ in in_clause:
                if (
                    f.term.kind == "finding"
                    and owner
                    and LESION_IS.search(text[max(0, f.start - 50) : f.start])
                ):
                    self.emit(
                        s,
                        owner,
                        "has_feature",
                        f.term.iri,
                        hedged=hedged,
                        base=0.7,
                        method="rule:finding/lesion-description",
                        species=species,
                    )
        answered: set[int] = set()
        for f, clause in in_clause:
            # "was stopped because it puffed up his feet": why it was stopped, its harm; "stopped
            # when the calcium is high": a rule for stopping it
            stopping = STOPPED_WORD.search(text, max(0, clause.start() - 25), clause.start())
            if clause.group().lower() == "because" and stopping:
                continue
            # "kept for painful lumps, because they grow back": why, not when
            if clause.group().lower() in ("because", "since") and (
                isinstance(cue, re.Match) and cue.end() <= clause.start()
            ):
                continue
            if not (givers := _answer_to_clause(clause, f, named, explicit, text)):
                continue
            answered.add(id(f))
            if stopping and givers[-1].end <= stopping.start():
                self._link_each(
                    s,
                    [t.term for t in givers],
                    "indicated_when",
                    [f],
                    base=0.7,
                    how="stopping-rule",
                    species=species,
                    negated=True,
                )
            else:
                indicate(givers, [f], 0.7, "indication-clause")
        findings = [f for f in findings if id(f) not in answered]
        # Findings: an outcome ("reduced pain") or an adverse effect ("developed nausea")?
        qs = [q for q in self.quantities(text) if _is_measurement(q)]
        label_warns = bool(LABEL_WARNS.match(text))  # "The label warns of …": harms, any kind
        harms_by_default = (
            all(t.via == "section" for t in ordered)
            or self.harms_announced
            or label_warns
            # under "Warnings" or "Monitoring alerts": "- Diltiazem: ankle swelling, constipation"
            or self.section_role == "adverse effects"
            and any(_labels_line(t, text) for t in explicit)
            # "The infusions sting at first": the therapy itself does the harm
            or bool(DRUG_FORM_START.match(text)) and all(t.via == "pronoun" for t in ordered)
        )
        # "wound dehiscence 2/19 (11%)" beside an excision: a complication of a procedure belongs
        # to the procedure whether or not the sentence calls it an adverse event.
        procedures = [t for t in ordered if self.lex.is_a(t.term.iri, PROCEDURE)]
        complications = {
            id(f) for f in findings if procedures and self.lex.is_a(f.term.iri, COMPLICATION)
        }
        # "…, though the injections are sore": the drug's form, said to harm (not the
        # surgery the drug came before)
        drugs = [t for t in explicit if not self.lex.is_a(t.term.iri, PROCEDURE)]
        form_harms = {
            id(f)
            for f in findings
            if drugs and FORM_IS_HARMFUL.search(text[max(0, f.start - 60) : f.start])
        }
        # what a therapy was given for ("given for digital ulcers") is not what it caused
        adverse_findings = [
            f
            for f in findings
            if (id(f) not in treated or id(f) in named_treated)
            # "had not stopped new nodules from forming": what it was to prevent
            and not PREVENTING.search(text[max(0, f.start - 40) : f.start])
            # "her pain eased, yet every dose made her sick": what it relieved is no harm
            and not (id(f) not in complications and self._relieved_symptom(f, text))
            and (
                id(f) in complications
                or self._is_adverse(f, text, harms_by_default)
                # "intralesional STS is painful": said of the therapy itself
                or any(THERAPY_IS.fullmatch(text[t.end : f.start]) for t in explicit)
                or id(f) in form_harms
                or any(_harm_came_from(t, [f], text) for t in explicit)
            )
        ]
        # "27 of 31 had no new nodules after excision": what it spared them is no harm of it
        adverse_findings = [
            f
            for f in adverse_findings
            if not any(q.start <= f.start < q.end and SPARED_MEASURE.match(q.measure) for q in qs)
        ]
        # "The dog shows no pain, and when dehydrated an NSAID can cause gut ulcers; he is 5%
        # dehydrated": what the drug "can cause" follows it in its clause; the findings around
        # it are the patient's
        if len(explicit) == 1 and CAUSES_NEXT.match(text, (can := explicit[0]).end):
            stop = text.find(";", can.end)
            adverse_findings = [
                f
                for f in adverse_findings
                if can.end < f.start and (stop < 0 or f.start < stop)
                or id(f) in complications
                or id(f) in form_harms
            ]
        adverse_findings += befell
        # A disease can be an adverse effect too, where the sentence says it befell the patients:
        # "one patient developed a kidney stone", "No venous thromboembolism was recorded".
        # "Its side effects include …, acute kidney injury and uveitis": a list of the named
        # therapy's harms ("of calcinosis" lists none)
        listed_from = next(
            (
                h.end()
                for h in HARMS_LISTED.finditer(text)
                if any(
                    h.start("of") <= t.start < h.end("of")
                    if h.group("of")
                    else 0 <= h.start() - t.end <= 3
                    for t in explicit
                )
            ),
            None,
        )
        adverse_findings += [
            o
            for o in others
            if id(o) not in treated
            and (
                _said_to_befall(o, reports, text)
                or any(_brought_on(o, t, text) for t in explicit)
                or label_warns
                or listed_from is not None
                and o.start >= listed_from
            )
        ]
        rates: dict[int, quantify.Quantity] = {}
        for q in qs:
            if not _is_rate(q):
                continue  # an effect's numbers say how many had it; "had not recurred at 1 year" does not
            if SPARED_MEASURE.match(q.measure):
                continue  # nor do those of the ones spared it: "free of recurrence in 17 (81%)"
            for f in adverse_findings:
                if f.term.label.lower() in q.measure.lower() or (q.start - 5 <= f.start < q.end):
                    rates[id(q)] = q
        # therapies carried in together ("with either drug") each own a finding; else the nearest one
        together = all(t.via in IMPLICIT for t in ordered) and bool(THESE_THERAPIES.search(text))
        for f in adverse_findings:
            rate = next(
                (
                    q
                    for q in qs
                    if id(q) in rates
                    and (
                        q.start - 5 <= f.start < q.end or f.term.label.lower() in q.measure.lower()
                    )
                ),
                None,
            )
            key = self.outcome(rate, s) if rate else None
            if id(f) in complications:
                # what came before it ("excision, complicated by dehiscence"); a procedure after it
                # ("the wound broke down and needed negative-pressure therapy") treated it
                before = [t for t in procedures if t.start <= f.start]
                nearest = max(before, key=lambda t: t.start, default=None)
                causes = (
                    _coordinated(nearest, _explicit(procedures), text)
                    if nearest is not None and nearest.via not in IMPLICIT
                    else before
                )
            elif id(f) in form_harms:
                causes = drugs
            else:
                causes = ordered if together else self._causes_of(f, ordered, named, text)
            # "developed TLS despite hydration and allopurinol": what failed to prevent it;
            # "hypocalcaemia, corrected with calcium gluconate": what put it right
            causes = [
                c
                for c in causes
                if not DESPITE.search(text[max(0, c.start - 40) : c.start])
                and id(c) not in named_treated.get(id(f), ())
            ]
            for cause in causes:
                self.emit(
                    s,
                    cause.term.iri,
                    "has_adverse_effect",
                    f.term.iri,
                    # "wound infection 0/19": none had it
                    negated=_negated(text, f, whole) or _none_had(rate),
                    hedged=hedged,
                    base=0.85,
                    method="rule:adverse-effect",
                    species=species,
                    quantity=key,
                )
        # "X eased pain in children with JDM calcinosis": a symptom relieved is one the condition has
        relieved = [
            f for f in findings if f not in adverse_findings and self._relieved_symptom(f, text)
        ]
        for f in relieved:
            for target in targets:
                if self.ctx.is_calcinosis(target):
                    self.emit(
                        s,
                        target,
                        "has_feature",
                        f.term.iri,
                        hedged=hedged,
                        base=0.7,
                        method="rule:finding/relieved",
                        species=species,
                    )
        counted = self.counted_cells.get(s.index, [])
        outcome_q = [
            q
            for q in qs
            if id(q) not in rates
            and _is_outcome(q)
            # a results table's count cell, read against the row's total already
            and not any(a < q.end and q.start < b for a, b in counted)
            and not CONTROL_ARM_AFTER.match(text, q.end)
        ]
        groups = sorted({q.group for q in outcome_q if q.group is not None})
        studied = [
            t for t in ordered if not ACCOMPANYING.search(text[max(0, t.start - 30) : t.start])
        ]
        if studied and not groups:
            ordered = studied  # the results are the studied therapy's, not its companions'
        for q in outcome_q:
            key = self.outcome(q, s)
            follows = [
                t
                for t in ordered
                if t.via not in IMPLICIT
                and 0 <= t.start - q.end < 60
                and OUTCOME_THEN_THERAPY.match(text[q.end : t.start])
            ]
            # "none of the three given cyclosporine improved": the therapy inside the result
            inside = [
                t
                for t in ordered
                if t.via not in IMPLICIT
                and q.start <= t.start < q.end
                and GROUP_GIVEN_THEN.match(text[q.start : t.start])
            ]
            if q.group is not None and len(groups) == len(ordered):
                owners = [ordered[groups.index(q.group)]]
            elif inside:
                owners = inside[:1]
            elif follows and len(ordered) > 1:
                owners = follows[
                    :1
                ]  # "improved in 4/8 (50%) after RTX and in 5/9 (56%) after IVIG"
            elif len(ordered) > 1:
                # "IVIG led to regression in 4 of 6 (67%), while rituximab reduced it in 3 of 8": each
                # result belongs to the therapy named last before it.
                before = [t for t in ordered if t.start <= q.start]
                owners = [max(before, key=lambda t: t.start)] if before else ordered
            else:
                owners = ordered
            for t in owners:
                self.emit(
                    s,
                    t.term.iri,
                    "has_outcome",
                    key,
                    hedged=hedged,
                    base=0.85,
                    method="rule:outcome",
                    species=species,
                )
        return replace(reading, grew_on=frozenset(map(id, progressed_on)))

    def _may_befall(self, mentions: Sequence[Mention]) -> list[Mention]:
        """What may have befallen a patient on a therapy: a finding, or a process ("thrombosis"),
        not a therapy's way of acting."""
        return [
            m for m in mentions if m.term.kind == "finding" or self.ctx.is_disease_process(m)
        ]

    def _risk_factor(
        self, s: _Sent, disease: str, t: Mention, hedged: bool, species: str | None
    ) -> None:
        """Therapy ``t`` named as what makes ``disease`` likelier."""
        self.emit(
            s,
            disease,
            "associated_with",
            t.term.iri,
            hedged=hedged,
            base=0.7,
            method="rule:risk-factor",
            species=species,
        )

    def _listed_harms(
        self, s: _Sent, findings: list[Mention], drugs: list[Mention], species: str | None
    ) -> None:
        """In a list of what the patient takes, the harms its item says a drug brought
        ("Medicines: amlodipine for blood pressure, which has given her puffy feet; …")."""
        text = s.text
        for f in findings:
            lo = max(text.rfind(";", 0, f.start), text.rfind(":", 0, f.start)) + 1
            drug = next((t for t in reversed(drugs) if lo <= t.start and t.end <= f.start), None)
            # (not why a drug is kept back: "avoids aspirin … because of the bleeding")
            if (
                drug is not None
                and ADVERSE_CUE.search(text, drug.end, f.start)
                and not AVOIDS.search(text, lo, drug.start)
            ):
                self._link_each(
                    s,
                    [drug.term],
                    "has_adverse_effect",
                    [f],
                    base=0.75,
                    how="listed-harm",
                    species=species,
                    negated=None,
                    hedged=_hedged(text),
                    clause=(lo, len(text)),
                )

    def _causes_of(
        self, f: Mention, ordered: list[Mention], named: list[Mention], text: str
    ) -> list[Mention]:
        """The therapies an adverse finding belongs to: those it is said to follow ("infusion
        reactions occurred with both IVIG and infliximab", "… in 2/8 after RTX", "developed a kidney
        stone and stopped probenecid"), else the one of :meth:`_cause_of`."""
        explicit = _explicit(ordered)
        after = next((t for t in explicit if t.start >= f.end), None)
        if after is not None and EFFECT_THEN_THERAPY.match(text[f.end : after.start]):
            # not past the next finding ("…, and hypogammaglobulinaemia followed rituximab")
            stop = min(
                (m.start for m in self.mentions(text) if m.term.kind == "finding" and m.start > after.end),
                default=len(text),
            )
            return [t for t in _coordinated(after, explicit, text) if t.start >= after.start and t.end <= stop]
        return [self._cause_of(f, ordered, named, text)]

    def _cause_of(
        self, f: Mention, ordered: list[Mention], named: list[Mention], text: str
    ) -> Mention:
        """The therapy an adverse finding belongs to: one named in the finding's own list item
        ("…, and heartburn in 5% of those taking alendronate"), else the nearest one before it."""
        lo, hi = _item_span(text, f.start, f.end)
        same = [t for t in named if lo <= t.start and t.end <= hi]
        before = [t for t in ordered if t.start < f.start] or ordered
        return min(same or before, key=lambda t: abs(t.start - f.start))

    def _used_for(self, mentions: list[Mention], text: str) -> set[int]:
        """Conditions and findings named as what a therapy is used for ("prescribed for X and Y")."""
        found: set[int] = set()
        previous: Mention | None = None
        for m in mentions:
            if not self._other_state(m) or (
                m.term.kind == "finding" and LESION_BEARER.search(text[max(0, m.start - 50) : m.start])
            ):
                previous = None
                continue
            before = next((o for o in reversed(mentions) if o.end <= m.start), None)
            if USED_FOR.search(text[max(0, m.start - 60) : m.start]) or (
                before is not None
                and before.term.kind == "treatment"
                and APPOSITIVE.match(text[before.end : m.start])
                and APPOSED_USE_AFTER.match(text, m.end)
            ) or (
                previous is not None
                and id(previous) in found
                and LISTED_USE.fullmatch(text[previous.end : m.start])
            ):
                found.add(id(m))
            previous = m
        return found

    def on_risks_of_therapy(
        self, s: _Sent, mentions: list[Mention], treatments: list[Mention], species: str | None
    ) -> set[int]:
        """The harms a therapy is said to risk ("tofacitinib increases the risk of zoster and of
        pulmonary embolism", "aluminium … risking encephalopathy and osteomalacia", "septic
        arthritis is a real risk of excision") are its adverse effects, not the disease's
        features; a calcinosis it risks is left to the rules of causes. Returns the harms' ids."""
        text = s.text
        states = [
            m
            for m in mentions
            if m.term.kind in ("finding", "condition") and not self.ctx.is_calcinosis(m.term.iri)
        ]
        named = _explicit(treatments)
        risked: list[tuple[list[Term], list[Mention]]] = []
        for cue in RISK_OF_HARM.finditer(text):
            owner = next((t for t in reversed(named) if t.end <= cue.start()), None)
            if owner is None:
                # "It raises the risk of …" right after the drug was named
                # (a transcript's speaker may stand first: "KA: it raises …")
                said = SPEAKER_LABEL.sub("", text[: cue.start()])
                if not PRONOUN_START.match(said) or len(self.last_treatments) != 1:
                    continue
                owners = self.last_treatments
            else:
                if RISK_SPAN_END.search(text, owner.end, cue.start()):
                    continue
                owners = [owner.term]
            stop = RISK_SPAN_END.search(text, cue.end())
            end = stop.start() if stop else len(text)
            risked.append((owners, [m for m in states if cue.end() <= m.start < end]))
        for t in named:
            if not (before := RISK_OF_THERAPY.search(text, 0, t.start)):
                continue
            ends = RISK_SPAN_END.finditer(text, 0, before.start())
            opens = max((m.end() for m in ends), default=0)
            harms = [m for m in states if opens <= m.start and m.end <= before.start()]
            risked.append(([t.term], harms))
        for owners, harms in risked:
            self._link_each(
                s,
                owners,
                "has_adverse_effect",
                harms,
                base=0.8,
                how="risk-of-therapy",
                species=species,
                hedged=True,
            )
        return {id(m) for _, harms in risked for m in harms}

    def _dialysis_as_setting(self, t: Mention, text: str) -> bool:
        """A dialysis that says who the patients are or when something was done ("in long-term
        haemodialysis", "three times weekly after dialysis"), not a therapy given."""
        before = text[max(0, t.start - 30) : t.start]
        return self.lex.is_a(t.term.iri, DIALYSIS) and any(
            cue.search(before) for cue in (IN_SETTING, TIMED_BY, POPULATION_ON)
        )

    def on_fronted_purpose(
        self, s: _Sent, mentions: list[Mention], treatments: list[Mention], species: str | None
    ) -> set[int]:
        """ "To prevent a clot after the operation, heparin was given": the therapies after a
        purpose put first treat its states (not a calcinosis, which the usual rules read), and
        nothing else. Returns the ids of the states and therapies so read."""
        text = s.text
        if not (cue := FRONTED_PURPOSE.match(text)):
            return set()
        stop = PURPOSE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        aims = [
            m
            for m in mentions
            if cue.end() <= m.start < end and m.term.kind in ("condition", "finding")
        ]
        givers = [t for t in _explicit(treatments) if t.start >= end]
        if (
            not aims
            or not givers
            or any(self.ctx.is_calcinosis(m.term.iri) or _lesion(m) for m in aims)
        ):
            return set()
        self._link_each(
            s,
            [t.term for t in givers],
            "treats",
            aims,
            base=0.8,
            how="fronted-purpose",
            species=species,
            hedged=False,
        )
        return {id(m) for m in aims} | {id(t) for t in givers}

    def on_dialysis_for_kidney(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> None:
        """Dialysis named with a failing kidney ("ESKD, on haemodialysis for six years", "kidney
        failure treated with dialysis", "haemodialysis was started; the AKI recovered") treats that
        kidney state, whatever else the sentence is about; denied dialysis ("did not need
        dialysis") treats nothing."""
        kidneys = [
            m for m in mentions if any(self.lex.is_a(m.term.iri, k) for k in KIDNEY_FAILURE)
        ]
        if not kidneys:
            return
        for d in mentions:
            if (
                not self.lex.is_a(d.term.iri, DIALYSIS)
                or _denied(s.text, d)
                or _not_given(d, s.text)
            ):
                continue
            kidney = min(kidneys, key=lambda k: abs(k.start - d.start))
            between = s.text[min(d.end, kidney.end) : max(d.start, kidney.start)]
            if DIALYSIS_ENDED.match(s.text, d.end) or PLANNED_IF.search(between):
                continue  # "since dialysis stopped"; "dialysis if the AKI progresses" (a plan)
            self.emit(
                s,
                d.term.iri,
                "treats",
                kidney.term.iri,
                base=0.75,
                method="rule:dialysis-for-kidney",
                species=species,
            )

    def on_stopped_for_disease(
        self, s: _Sent, mentions: list[Mention], ordered: list[Mention], species: str | None
    ) -> None:
        """ "The coumarin was discontinued owing to her calciphylaxis, as was the binder": a
        disease the therapies are kept from (``indicated_when`` ``neg``), not one they treat. A harm
        as the reason ("discontinued due to vomiting") is left to the adverse-effect rules."""
        text = s.text
        fronted = None
        if not (cue := STOPPED_BECAUSE.search(text)):
            if not (cue := REASON_FIRST.match(text)) or not (
                fronted := STOPPED_AFTER_REASON.search(text, cue.end())
            ):
                return
        # the reason right after the cue, and any disease coordinated with it ("owing to the AKI
        # and the raised calcium")
        reasons: list[Mention] = []
        edge = cue.end()
        for m in sorted(mentions, key=lambda m: m.start):
            if m.start < edge:
                continue
            if reasons and not REASON_JOIN.fullmatch(text, edge, m.start):
                break
            if m.term.kind != "condition" or self.lex.is_a(m.term.iri, INFECTION):
                break  # a harm it did ("stopped because of a rash", "… a serious infection")
            reasons.append(m)
            edge = m.end
        if not reasons or reasons[0].start - cue.end() > 30:
            return
        diseases = {r.term.iri for r in reasons}
        named = _explicit(ordered)
        if fronted is not None:
            # "Owing to her hypercalcaemia, calcitriol was swapped for a binder": the one stopped;
            # the one put in its place is not given for the disease either
            therapies = [
                t for t in named if reasons[-1].end <= t.start and t.end <= fronted.start()
            ]
            if fronted.group("by"):
                after = next((t for t in named if t.start >= fronted.end()), None)
                for t in _coordinated(after, named, text) if after else []:
                    self.stopped_for.setdefault((s.index, t.term.iri), set()).update(diseases)
        else:
            clause_start = max(text.rfind(c, 0, cue.start()) for c in ";.") + 1
            last = next(
                (
                    t
                    for t in reversed(named)
                    if clause_start <= t.start and t.end <= cue.start("why")
                ),
                None,
            )
            therapies = _coordinated(last, named, text) if last else []
        # "…, as was calcium acetate", "Stopped on admission d/t calciphylaxis: A, B, C"
        if (tail := STOPPED_ALSO.match(text, reasons[-1].end)) and (
            first := next((t for t in named if t.start >= tail.end()), None)
        ) and first.start == tail.end():
            therapies += _coordinated(first, named, text)
        self._link_each(
            s,
            [t.term for t in therapies],
            "indicated_when",
            reasons,
            base=0.75,
            how="stopped-for-disease",
            species=species,
            negated=True,
        )
        if fronted is None and cue.group("cause"):
            # "… stopped because it may bring the disease on": the disease goes with it
            self._link_each(
                s,
                [r.term for r in reasons],
                "associated_with",
                therapies,
                base=0.75,
                how="stopped-as-cause",
                species=species,
                hedged=False,
            )
        # "…, and apixaban was started": the therapy put in the stopped one's place is not for
        # the disease either
        if therapies and STARTED_INSTEAD.search(text, reasons[-1].end):
            therapies += [t for t in named if t.start > reasons[-1].end and t not in therapies]
        for t in therapies:
            self.stopped_for.setdefault((s.index, t.term.iri), set()).update(diseases)

    def on_contraindication(
        self, s: _Sent, mentions: list[Mention], ordered: list[Mention], species: str | None
    ) -> bool:
        """ "Calcitriol should be withheld while the patient is hypercalcaemic": the state the
        therapy is not for (``indicated_when`` ``neg``); "X is best avoided, because …": what X
        does (``has_adverse_effect``); and no other fact of the sentence."""
        if (avoided := AVOIDED_BECAUSE.search(s.text)) and (
            before := [t for t in _explicit(ordered) if t.end <= avoided.start()]
        ):
            # "Scraping out a nodule is best avoided, because the raw wound it leaves heals slowly"
            harms = [
                m
                for m in mentions
                if m.start >= avoided.end()
                and (
                    m.term.kind == "finding"
                    or m.term.kind == "condition"
                    and not self.ctx.is_calcinosis(m.term.iri)
                )
            ]
            self._link_each(
                s,
                [t.term for t in before],
                "has_adverse_effect",
                harms,
                base=0.7,
                how="avoided-because",
                species=species,
            )
            return True
        cue = CONTRAINDICATION.search(s.text) or CONTRA_IMPERATIVE.match(s.text)
        before = [t for t in ordered if t.end <= cue.start()] if cue else []
        pronoun = False
        if cue and cue.group().startswith("(") and before:
            before = before[-1:]  # "X first, or Y 50 mg (not in children)": said of Y alone
        if not cue and self.topic and (bare := AVOIDED_BARE.search(s.text)):
            # "…, and warfarin should be avoided.": in the disease the text is about, nothing else
            clause_start = max(s.text.rfind(c, 0, bare.start()) for c in ",;:") + 1
            avoided = [t for t in _explicit(ordered) if clause_start <= t.start < bare.start()]
            for t in avoided:
                self.emit(
                    s,
                    t.term.iri,
                    "indicated_when",
                    self.topic,
                    negated=True,
                    base=0.7,
                    method="rule:contraindication/topic",
                    species=species,
                )
            if avoided:
                return True
        if not before and (
            active := AVOID_THERAPY.search(s.text)
            or AVOID_DOING.search(s.text)
            or NEITHER_GIVEN.search(s.text)
        ):
            cue = active
            inside = range(active.start("therapy"), active.end("therapy"))
            before = [t for t in _explicit(ordered) if t.start in inside]
            if pronoun := bool(THERAPY_PRONOUN.fullmatch(active.group("therapy"))):
                # "IVIG may soften them; we never give it to those with …": the drug named before
                # it (whose own clause is read as usual), else the one the sentence points back to
                named = [t for t in _explicit(ordered) if t.end <= active.start()][-1:]
                before = named or [t for t in ordered if t.via in IMPLICIT]
        if not cue or not before:
            return False
        # "Do not use on open wounds: it stings them": after the reason's colon, harms
        reason = REASON_AFTER.search(s.text, cue.end())
        end = reason.start() if reason else len(s.text)
        # "…, then resume it when the wound looks clean": when to go back on it
        if resumed := RESUME_AFTER.search(s.text, cue.end(), end):
            end = resumed.start()
        # a disease process may be the state too: "never give it after a thrombosis this year"
        states = [
            m
            for m in mentions
            if cue.end() <= m.start < end
            and (
                self._other_state(m)
                or self.ctx.is_disease_process(m)
                # "binders that add calcium are avoided in tumoral calcinosis"
                or m.term.kind == "condition"
                and self.ctx.is_calcinosis(m.term.iri)
            )
        ]
        therapies = [t.term for t in before]
        self._link_each(
            s,
            therapies,
            "indicated_when",
            states,
            base=0.75,
            how="contraindication",
            species=species,
            negated=True,
        )
        harms = [m for m in mentions if m.start >= end and m.term.kind == "finding"]
        # "X can cause flushing and, with long use, Y; avoid it in …": the harms an earlier
        # clause gives it
        if causes := CAN_CAUSE.search(s.text, before[0].end, cue.start()):
            harms += [
                m
                for m in mentions
                if causes.end() <= m.start < cue.start() and m.term.kind == "finding"
            ]
        self._link_each(
            s,
            therapies,
            "has_adverse_effect",
            harms,
            base=0.7,
            how="avoided-because",
            species=species,
        )
        # "NSAIDs ease the pain; avoid in CKD": the clause before the order is read as usual
        return not (pronoun or cue.re is CONTRAINDICATION and cue.group("after_clause"))

    def _actor(
        self, m: Mention, therapies: Sequence[Mention], mechanisms: Sequence[Mention], text: str
    ) -> Mention | None:
        """The therapy whose verb a mechanism is: the one just before it ("minocycline inhibits
        metalloproteinases", "immunoglobulin, which modulates …"), or that of the verb it is
        coordinated with ("… modulates the immune system and so damps inflammation"); not a therapy
        named beside it ("laser ablation") or after it."""
        t = next((t for t in reversed(therapies) if t.end <= m.start), None)
        if t is None:
            return None
        # "Nifedipine, which she also takes for angina, relaxes …": past its aside
        aside = ASIDE.match(text, t.end)
        after = aside.end() if aside and aside.end() <= m.start else t.end
        if THERAPY_ACTS.fullmatch(text[after : m.start]):
            return t if text[t.end : m.start].strip() or VERB_FORM.match(m.text) else None
        verb = next((v for v in reversed(mechanisms) if t.end <= v.end <= m.start), None)
        if verb is not None and MECHANISM_AND.fullmatch(text[verb.end : m.start]):
            return self._actor(verb, therapies, mechanisms, text)
        return None

    def _link_each(
        self,
        s: _Sent,
        therapies: Sequence[Term],
        relation: str,
        states: Sequence[Mention],
        *,
        base: float,
        how: str,
        species: str | None,
        negated: bool | None = False,
        hedged: bool | None = None,
        clause: tuple[int, int] | None = None,
    ) -> None:
        """Each therapy to each state by ``relation``: when it is (or, ``negated``, is not) to be
        used, or what it causes. With ``negated`` None, each state is denied where its ``clause``
        (by default the sentence) denies it ("Risks explained: no bleeding"); ``hedged`` defaults
        to the clause's."""
        clause = clause or (0, len(s.text))
        hedged = _hedged(s.text[clause[0] : clause[1]]) if hedged is None else hedged
        for f in states:
            denied = _negated(s.text, f, clause) if negated is None else negated
            for t in therapies:
                self.emit(
                    s,
                    t.iri,
                    relation,
                    f.term.iri,
                    negated=denied,
                    hedged=hedged,
                    base=base,
                    method=f"rule:{how}",
                    species=species,
                )

    def _stands_alone(self, mentions: list[Mention], text: str) -> bool:
        """A list item that says what it says whatever list it stands in: a drug and, after it,
        what it is for ("Allopurinol 100 mg daily for gout"), a disease and the drug it is kept on
        ("AF - on apixaban"), or a sentence of its own ("Do not use
        in kidney failure: …", "It can stain the teeth")."""
        if (
            CONTRA_IMPERATIVE.match(text)
            or CONTRAINDICATION.search(text)
            or PRONOUN_START.match(text)
            or ADVERSE_CUE.search(text)
            and len(text.split()) >= 5
        ):
            return True
        drugs = [m for m in mentions if m.term.kind == "treatment"]
        if drugs and _is_sentence(text):
            return True  # "- Keep up curettage: it clears the chalk so the wound can close."
        return any(
            self._dosed_giver(o, drugs, text)
            or self._problem_entry_therapies(o, drugs, text)
            for o in mentions
            if self._other_state(o)
        )

    def _entry_calcinosis(self, mentions: list[Mention], text: str) -> str | None:
        """The calcinosis a list item opens with and then says more of: "3. Idiopathic calcinosis
        cutis R earlobe, painless" is an entry of its own, where a bare "- calciphylaxis" under
        "often associated with:" is one of the lead's list."""
        m = mentions[0] if mentions else None
        if (
            m is not None
            and m.term.kind == "condition"
            and self.ctx.is_calcinosis(m.term.iri)
            and not re.search(r"\w", text[: m.start])
            and len(re.findall(r"\w+", text[m.end :])) >= 2
        ):
            return m.term.iri
        # "- Dystrophic: in skin damaged earlier. Causes include …": the kind's own entry
        return self._labelled_kind(text, self.section_topic)

    def _labelled_kind(self, text: str, topic: str | None) -> str | None:
        """The kind of calcinosis cutis a text at large on it labels by its adjective ("Dystrophic:
        …", "Metastatic disease, the rarer kind, …")."""
        label = KIND_LABEL.match(text)
        if not label or topic not in self.ctx.calcinosis_roots:
            return None
        kind = KINDS_BY_WORD[label["kind"].lower()]
        return kind if kind in self.lex.terms else None

    def _other_state(self, m: Mention) -> bool:
        """A condition or finding other than a calcinosis: what else a therapy may be for."""
        return m.term.kind in ("condition", "finding") and not self.ctx.is_calcinosis(m.term.iri)

    def _dosed_giver(
        self, o: Mention, therapies: Sequence[Mention], text: str, *, procedures: bool = False
    ) -> Mention | None:
        """The drug right before "for <o>", with at most its dose between ("metformin 500 mg twice
        daily for diabetes"). A procedure only with ``procedures`` or as one the patient is on ("On
        peritoneal dialysis nightly for kidney failure"): elsewhere "excision for ulcers" is left to
        the indication rules."""
        last = next((t for t in reversed(_explicit(therapies)) if t.end <= o.start), None)
        if (
            last is not None
            and (
                procedures
                or not self.lex.is_a(last.term.iri, PROCEDURE)
                or ON_BEFORE.search(text, max(0, last.start - 4), last.start)
            )
            and (
                DOSED_FOR.match(text[last.end : o.start])
                or APPOSED_THEN_FOR.match(text[last.end : o.start])
                or o.term.kind == "condition"
                and DOSED_THEN_USE.match(text[last.end : o.start])
            )
            and not STOPPED_FOR.search(text, last.end, o.start)
        ):
            return last
        return None

    def _value_changes(
        self, text: str, givers: list[Mention]
    ) -> Iterator[tuple[Mention, str, bool]]:
        """(therapy, raised-value state, whether it failed) for each blood value the sentence says
        its therapies moved or did not move."""
        if self.lex.lab_analytes is None:
            return
        clauses = _clauses(text)
        for m in VALUE_CHANGE.finditer(text):
            # "… brought calcium down by day 3; two became hypocalcaemic later": only a low
            # value in the change's own clause is what was raised
            start, end = _clause_at(clauses, m.start(), text)
            if LOW_VALUE.search(text, start, end):
                continue
            if m.group("high") and float(m.group("low")) >= float(m.group("high")):
                continue  # a value that rose
            if WITH_LEVEL.search(text, max(0, m.start() - 30), m.start()):
                continue  # "in patients with high PTH did not improve": who, not what moved
            if m.group("purpose") and BY_MEANS.match(text, m.end()):
                continue  # "believed to reduce phosphate by boosting its excretion": how it works
            state = self._analyte_state(m.group())
            # "… swapped for lanthanum; etelcalcetide to lower her PTH": an aim is that of
            # the therapies of its own clause where it has any (a fall is the whole regimen's),
            # and no dialysis the patients are on
            aim = AIM_ON_VALUE.search(m.group())
            near = [t for t in givers if start <= t.start < end] if aim else []
            for t in (near or givers) if state else ():
                if not self._dialysis_as_setting(t, text):
                    yield t, state, bool(m.group("failed"))
        for m in VALUE_LOWERS.finditer(text):
            state = self._analyte_state(m.group())
            start, end = _clause_at(clauses, m.start(), text)
            # "lowers it by acting on the kidney" says how it works (a mechanism), not a use
            if state not in self.doc_terms or LOW_VALUE.search(text, start, end) or BY_MEANS.match(
                text, m.end()
            ):
                continue
            failed = bool(_negation_just_before(text[start : m.start()], 1))
            before = [t for t in givers if t.end <= m.start()]
            # the therapies of its own clause where it has any: "…; cinacalcet to lower his PTH"
            for t in [t for t in before if t.start >= start] or before:
                if (
                    not self.ctx.is_mineral(t.term.iri)
                    and not self._dialysis_as_setting(t, text)
                ):
                    yield t, state, failed

    def _analyte_state(self, said: str) -> str | None:
        """The raised-value state of the blood value a phrase names ("serum calcium", "phos"); for
        parathyroid hormone, the hyperparathyroidism the document names."""
        if _PTH.search(said):
            return self._named_hyperparathyroidism
        states = self.lex.lab_analytes.states if self.lex.lab_analytes else {}
        words = [ANALYTE_SHORT.get(w, w) for w in said.lower().split()]
        return next((states[w] for w in words if w in states), None)

    @functools.cached_property
    def _named_hyperparathyroidism(self) -> str:
        """The one kind of hyperparathyroidism the document names (secondary in a dialysis
        note), else hyperparathyroidism itself."""
        kinds = {
            t
            for t in self.doc_terms
            if t != HYPERPARATHYROIDISM and self.lex.is_a(t, HYPERPARATHYROIDISM)
        }
        return kinds.pop() if len(kinds) == 1 else HYPERPARATHYROIDISM

    def on_raised_value_conditions(
        self,
        s: _Sent,
        conditions: list[tuple[Mention, str, bool]],
        hedged: bool,
        species: str | None,
    ) -> None:
        """A therapy's condition on a raised blood value (the sentence's
        ``_raised_value_conditions``): "pamidronate only if the Ca is still over 3.1", "If
        calcium stays above 3: pamidronate"."""
        for t, state, denied in conditions:
            self.emit(
                s,
                t.term.iri,
                "indicated_when",
                state,
                negated=denied or bool(ADVISED_AGAINST.match(s.text, t.end)),
                hedged=hedged,
                base=0.75,
                method="rule:indication-raised-value",
                species=species,
            )

    def _raised_value_conditions(
        self, text: str, explicit: list[Mention], spans: list[tuple[int, int]]
    ) -> Iterator[tuple[Mention, str, bool]]:
        """Each therapy a raised blood value is the condition of, the state, and whether the
        therapy is kept from it: the therapy of the cue's clause before the cue, else the first
        after it."""
        if self.lex.lab_analytes is None:
            return
        for cue in RAISED_IF.finditer(text):
            if not (state := self._analyte_state(cue.group("analyte"))):
                continue
            clause = _clause_at(spans, cue.start(), text)
            before = [t for t in explicit if clause[0] <= t.start < cue.start()]
            after = [t for t in explicit if t.start >= cue.end()]
            if not (chosen := before[-1:] or after[:1]):
                continue
            # "no calcium tablets while Ca is raised": kept from it; a "while" that no therapy
            # is kept from only says when something happens ("recurs while phosphate is high")
            denied = bool(DENIED_BEFORE.search(text[clause[0] : chosen[0].start])) or bool(
                # "calcitriol stopped when the corrected calcium is raised": a rule for stopping it
                before and STOPPED_WORD.search(text, chosen[0].end, cue.start())
            )
            if cue.group().lower().startswith("whil") and not denied:
                continue
            yield chosen[0], state, denied

    def _use_in_passing(self, t: Mention, o: Mention, text: str) -> bool:
        """``o`` is named in an aside that describes therapy ``t`` ("Diltiazem, a tablet for angina,
        was tried for the papules"), and the rest of the sentence speaks of treating: the sentence
        is about the topic's treatment, the other use is said in passing."""
        aside = ASIDE.match(text, t.end)
        if not aside or o.end > aside.end() or not self.ctx.is_calcinosis(self.section_topic or ""):
            return False
        rest = text[: t.start] + text[aside.end() :]
        return bool(TREATMENT_CUE.search(rest) or BARE_TARGET.search(rest))

    def _treated_with(
        self, o: Mention, ordered: list[Mention], text: str, states: Sequence[Mention]
    ) -> list[Mention]:
        """The therapies after "<disease> was controlled with", coordinated ones included. A
        therapy that dates the finding ("tetany after the parathyroidectomy, treated with
        calcium") is passed over; another of ``states`` on the way ("bleeding caused
        hypocalcaemia that was corrected with") is the one that was treated."""
        named = _explicit(ordered)
        after = [t for t in named if t.start >= o.end]
        if not after:
            return []
        if entry := self._problem_entry_therapies(o, named, text):
            return entry
        gap = text[o.end : after[0].start]
        if TREATS_ACTIVE.search(text, max(0, o.start - 40), o.start) and ACTIVE_WITH.fullmatch(gap):
            # "the clinic treats her lupus itself with hydroxychloroquine and …"
            return [t for t in _coordinated(after[0], named, text) if t.start >= after[0].start]
        if ON_THERAPY.match(gap) and COMORBIDITY.search(text[max(0, o.start - 60) : o.start]):
            return _coordinated(after[0], named, text)  # "a woman with ESKD …, on haemodialysis"
        start = o.end
        for first in after if AFTER_THERAPY.fullmatch(gap) else after[:1]:
            if any(o.end <= m.start and m.end <= first.start for m in states):
                return []
            if TREATED_WITH.match(text[start : first.start]):
                found = [t for t in _coordinated(first, named, text) if t.start >= first.start]
                end = max(t.end for t in found)
                if any(
                    m.start >= end and FOR_DISEASE.fullmatch(text[end : m.start].lstrip())
                    for m in states
                ):
                    return []  # "bleeding required boluses of calcium for hypocalcaemia"
                return found
            start = first.end
        return []

    def _persisted_despite(
        self, o: Mention, therapies: Sequence[Mention], text: str
    ) -> list[Mention]:
        """The therapies a symptom went on despite ("pain 9/10 overnight despite PRN oxycodone"),
        coordinated ones included."""
        if o.term.kind != "finding" or DEPOSIT_NAMED.search(text, max(0, o.start - 30), o.end):
            # "nodules grew despite it", "the plaques ulcerated despite it": the deposits' failure
            return []
        named = _explicit(therapies)
        after = [t for t in named if t.start >= o.end]
        if not after or not PERSISTED_DESPITE.fullmatch(text, o.end, after[0].start):
            return []
        return [t for t in _coordinated(after[0], named, text) if t.start >= o.end]

    def _problem_entry_therapies(
        self, o: Mention, therapies: list[Mention], text: str
    ) -> list[Mention]:
        """The drugs a problem-list entry's disease is kept on ("PMH: reflux, on a PPI", "3. AF
        - on apixaban"). Not a raised blood value, which a drug may as well have caused
        ("hypercalcaemia on calcitriol")."""
        if (
            o.term.kind != "condition"
            or self.ctx.is_calcinosis(o.term.iri)
            or self.lex.is_a(o.term.iri, MINERAL_EXCESS)
            or not (
                PROBLEM_ENTRY.search(text[: o.start])
                or (self.problem_list and LIST_ENTRY.search(text[: o.start]))
                or COMORBIDITY.search(text[max(0, o.start - 60) : o.start])
            )
            or not (gap := PROBLEM_ON.match(text, o.end))
        ):
            return []
        first = next((t for t in therapies if t.start == gap.end()), None)
        if first is None:
            return []
        return [t for t in _coordinated(first, therapies, text) if t.start >= first.start]

    def on_carried_verdict(
        self, s: _Sent, topic: str | None, species: str | None, carried: bool = False
    ) -> None:
        """ "Colchicine was begun. … the nodules were no smaller a year later": a sentence that
        names no therapy but says the deposits did not yield speaks of the therapies its
        paragraph (or, ``carried``, its list item) has just named."""
        unmoved = LESIONS_UNMOVED.search(s.text)
        if (
            unmoved
            and (s.kind == "sentence" or carried)
            and topic
            and self.named_in_paragraph
            and self.last_treatments
            and not HYPOTHETICAL.search(s.text)
            # "the ulcers healed and the pain eased, though the nodules were unchanged": the
            # therapy helped the calcinosis all the same
            and not any(
                m.term.kind == "finding" and not unmoved.start() <= m.start < unmoved.end()
                for m in self.mentions(s.text)
            )
        ):
            for t in self.last_treatments:
                self.emit(
                    s,
                    t.iri,
                    "treats",
                    self._last_treated(t.iri) or topic,
                    negated=True,
                    base=0.65,
                    method="rule:verdict-carried",
                    species=species,
                )

    def _last_treated(self, therapy: str) -> str | None:
        """The calcinosis ``therapy`` was last said to treat, for a verdict that names neither."""
        return next(
            (
                f.object
                for f in reversed(self.out.facts)
                if f.subject == therapy
                and f.relation == "treats"
                and f.polarity == "pos"
                and self.ctx.is_calcinosis(f.object)
            ),
            None,
        )

    def _is_adverse(self, f: Mention, text: str, default: bool = False) -> bool:
        """A finding in a therapy sentence is an adverse effect unless the therapy improved it.

        Without an adverse cue it is one only by ``default`` (under the therapy's own heading,
        after a sentence announcing harms, in what its label warns of, or where "the injections"
        themselves are the subject).
        """
        # an outcome in an earlier clause ("no improvement; stopped because of diarrhea") is not
        # this finding's
        lead = text[max(0, f.start - 80) : f.start].rsplit(";", 1)[-1]
        before = lead[-40:]
        if (
            OUTCOME_VERB.search(before)
            or re.search(r"\b(?:of|in|for)\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE)
            and OUTCOME_VERB.search(lead)
        ):
            return False
        after = text[f.end : f.end + 40]
        if any(p.match(after) for p in (EASED_NEXT, GREW_ON, UNMOVED, DONE_TO)):
            # what the therapy eased, the lesions that grew on or stayed as they were, or the
            # lesion it was done to ("had a calcified nodule excised")
            return False
        return bool(
            default
            or self.lex.is_a(f.term.iri, RECURRENCE)  # lesions coming back after a therapy
            or ADVERSE_CUE.search(text)
            or _at_injection_site(text)
            or ADVERSE_VERB.search(before)
            or ADVERSE_AFTER.match(after)
        )

    def on_going_alone(
        self,
        s: _Sent,
        mentions: list[Mention],
        treatments: list[Mention],
        topic: str | None,
        species: str | None,
    ) -> None:
        """A lesion going by itself in a part of the sentence that names no therapy ("rarely recur
        after excision, and that the heel deposit may soften by itself"), or once its cause
        stopped: a feature of the condition the section is about, whatever the rest says of the
        therapy, or of one an earlier sentence named."""
        if not topic or not self.ctx.is_calcinosis(topic):
            return
        named = [t for t in treatments if t.via not in IMPLICIT]
        going = [
            m
            for m in mentions
            if m.term.iri == SPONTANEOUS_RESOLUTION
            and not treated_near(None, (m.start, m.end), s.text, named)
        ]
        spans = _clauses(s.text) if going else []
        for m in going:
            clause = _clause_at(spans, m.start, s.text)
            self.emit(
                s,
                topic,
                "has_feature",
                m.term.iri,
                negated=_negated(s.text, m, clause),
                hedged=_hedged(s.text),
                base=0.7,
                method="rule:finding/going-alone",
                species=species,
            )

    def on_signs_of_named_disease(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> set[int]:
        """The findings the sentence gives as signs of another disease it names become that
        disease's features (see ``_signs_of_named_disease``); their mention ids, for the caller
        to give no other owner."""
        owners = self._signs_of_named_disease(s.text, mentions)
        spans = _clauses(s.text)
        for m in mentions:
            if not owners.get(id(m)) or DIFFERENTIAL.search(s.text[: m.start]):
                continue  # (a sign's own place has no owner to be given to)
            self.emit(
                s,
                owners[id(m)],
                CONDITION_RELATION.get(m.term.kind, "has_feature"),
                m.term.iri,
                negated=_negated(s.text, m, _clause_at(spans, m.start, s.text)),
                hedged=_hedged(s.text),
                base=0.8,
                method="rule:finding/named-disease",
                species=species,
            )
        return set(owners)

    def on_condition_sentence(
        self,
        s: _Sent,
        mentions: list[Mention],
        topic: str | None,
        species: str | None,
        signs_of: set[int] | None = None,
    ) -> None:
        """The sites, findings, mechanisms and companion diseases a sentence gives its condition;
        ``signs_of``: the mentions already given to another disease they are signs of (read here
        when the caller has not)."""
        text = s.text
        carried: str | None = None  # the explicit subject of an earlier clause of the sentence
        associating = False  # an earlier clause said what the subject goes with
        # "Adverse events included nausea": a therapy's harms, whether or not one is named, and
        # no finding of the condition
        harms_named = bool(HARM_FRAME.search(text))
        used_for = self._used_for(mentions, text)
        if PRONOUN_SUBJECT.match(text) and self.last_subject:
            carried = self.last_subject  # "It occurs in …", "These deposits …"
        if signs_of is None:
            signs_of = set() if harms_named else self.on_signs_of_named_disease(s, mentions, species)
        named_diseases = [m for m in mentions if m.term.kind == "condition"]
        for clause in _clauses(text):
            cm = [m for m in mentions if clause[0] <= m.start < clause[1]]
            if not cm and not SERUM_NORMAL.search(text[clause[0] : clause[1]]):
                continue
            consumed = self._disease_of_subject(cm, text)
            subjects = self._subject_candidates(cm, text, topic)
            others = [
                m
                for k, m in enumerate(cm)
                if m.term.kind == "condition"
                and k not in consumed
                and not self.ctx.is_calcinosis(m.term.iri)
                and not self._in_ruled_out_diagnosis(text, m)
            ]
            # the signs of a disease the sentence rules out are not the patient's: "no net-like
            # purpura over the abdomen to suggest calciphylaxis", "calciphylaxis, which favours the
            # trunk, was thought unlikely"
            cm = [m for m in cm if not self._sign_of_ruled_out(text, m)]
            sites = [m for m in cm if m.term.kind == "site"]
            # what a sentence measures is no feature ("pain fell from 7 to 3"); how many had a
            # symptom is ("itch 2/8, pain 5/8")
            measures = " ".join(
                q.measure.lower()
                for q in self.quantities(text)
                if _is_measurement(q) and (_is_outcome(q) or not _is_rate(q))
            )
            findings = [
                m
                for m in cm
                if m.term.kind == "finding"
                and not HYPOTHETICAL.search(text[clause[0] : m.start])
                and not SAFETY_NET.search(text[: m.start])
                and not DIFFERENTIAL.search(text[: m.start])
                and not harms_named
                and not (
                    measures
                    and (m.term.label.lower() in measures or m.text.lower().rstrip("s") in measures)
                    # "her pain eased in six": a symptom the therapy relieved is one the condition has
                    and not self._relieved_symptom(m, text)
                )
            ]
            mechanisms = [
                m
                for m in cm
                if m.term.kind == "mechanism" and not self.ctx.is_therapeutic(m.term.iri)
            ]
            method_subject = "explicit"
            if subjects:
                subject = subjects[0]
                if subject == CALCINOSIS_CUTIS or subject in self.ctx.calcinosis_roots:
                    # "… in people with systemic sclerosis": the calcinosis of that disease.
                    with_d = [
                        o
                        for o in others
                        if re.search(
                            r"\b(?:in|with|of)\s+(?:\w+\s+){0,3}$",
                            text[max(clause[0], o.start - 40) : o.start],
                            re.IGNORECASE,
                        )
                        and (sites or findings)
                    ]
                    if with_d and self.ctx.calcinosis_of(with_d[0].term.iri):
                        subject = self.ctx.calcinosis_of(with_d[0].term.iri) or subject
                        others = [o for o in others if o is not with_d[0]]
            elif carried and not any(o.term.iri == self.discourse for o in others):
                subject = carried
                method_subject = "carried"
            elif self.discourse and (
                not others or any(o.term.iri == self.discourse for o in others)
            ):
                subject = self.discourse
                others = [o for o in others if o.term.iri != self.discourse]
                method_subject = "paragraph-subject"
            elif (
                s.kind == "list-item"
                and s.same_line
                and self.item_subject in KINDS_BY_WORD.values()
                and topic in self.ctx.calcinosis_roots
            ):
                # "- Dystrophic: in damaged skin. Causes include SSc and old burns.": the entry's kind
                subject = self.item_subject or ""
                method_subject = "section-topic"
            elif (
                others
                and (sites or findings)
                and self.topic
                and not self.ctx.is_calcinosis(self.topic)
                # the sentence's subject: "Epidermoid cysts can look alike but favour the trunk"
                and others[0].start < min(m.start for m in [*sites, *findings])
                and not any(self.lex.kin(o.term.iri, self.topic) for o in others)
            ):
                # a report on a mimic ("pilar cysts") describing another one it is told from
                subject, others = others[0].term.iri, others[1:]
                method_subject = "other-lesion"
            elif (
                others
                and (sites or findings)
                and self.topic in self.ctx.calcinosis_roots
                and self.ctx.calcinosis_of(others[0].term.iri)
            ):
                subject = self.ctx.calcinosis_of(others[0].term.iri) or ""
                if _presented_with(text, others[0]):
                    # "A 47-year-old woman with dermatomyositis presented with …": the rest of the
                    # paragraph tells of her calcinosis
                    self.discourse = subject
                others = others[1:]
                method_subject = "disease-in-calcinosis-document"
            elif topic and self.section_role != "interactions":
                # a drug's interactions name no features of a disease
                subject = topic
                method_subject = "section-topic"
            else:
                continue
            if method_subject == "explicit":
                carried = self.last_subject = subject
            if method_subject == "section-topic" and (
                cause := _unnamed_cause(text, cm, *clause)
            ):
                # "The shingles vaccine often causes a sore arm and fever": the harms of a thing
                # the lexicon lacks, not features of the disease the text is about
                findings = [f for f in findings if f.start < cause.start()]
                sites = [m for m in sites if m.start < cause.start()]
            hedged = _hedged(text)
            base = 0.85 if method_subject in ("explicit", "carried") else 0.7
            sites = self._located_sites(sites, text, explicit=method_subject == "explicit")
            if method_subject != "explicit":
                # "tingling of a finger", "leg cramps": the place of a symptom that is no lesion
                sites = [x for x in sites if not _place_of_symptom(x, findings, text)]
            if method_subject != "explicit" and not COMPOSITION.search(text):
                # a mineral is the deposit's make-up only where the sentence says so
                mechanisms = [m for m in mechanisms if not self.ctx.is_mineral(m.term.iri)]
            anchors = self._anchors(cm, text, topic) if method_subject == "explicit" else []
            if (
                subject in self.ctx.calcinosis_roots
                and method_subject == "section-topic"
                and (
                    kind_said := KIND_LABEL.match(text)
                    or KIND_SAID.search(text, clause[0], clause[1])
                )
            ):
                # "These are dystrophic, forming where the skin was hurt", "Dystrophic: in scars":
                # what follows the kind's adjective tells of that kind
                anchors.append((kind_said.start("kind"), KINDS_BY_WORD[kind_said["kind"].lower()]))
            trailing = False
            if method_subject == "disease-in-calcinosis-document":
                # "on the fingers in SSc and on the thighs in DM": each site goes with its disease.
                diseases = [m for m in cm if m.term.kind == "condition"]
                groups = [
                    (o.start, kind) for o in diseases if (kind := self.ctx.calcinosis_of(o.term.iri))
                ]
                # "limited scleroderma, sometimes called CREST": one disease by two names
                distinct = not any(
                    a is not b and self.lex.is_a(a.term.iri, b.term.iri)
                    for a in diseases
                    for b in diseases
                )
                if distinct and len({kind for _, kind in groups}) > 1:
                    anchors = groups
                    first = min((m.start for m in [*sites, *findings]), default=len(text))
                    trailing = first < groups[0][0]
            # The deposit itself ("calcified masses form") is what the condition is, not a feature.
            findings = [f for f in findings if not self.lex.is_a(f.term.iri, DEPOSIT)]
            if (
                method_subject != "explicit"
                and findings
                and all(f.term.iri in NOT_OF_DEPOSITS for f in findings)
                and not DEPOSIT_NAMED.search(text)
            ):
                # "shingles over the left flank": the places of what a deposit does not bring
                # (not those before it: "over the thighs, and at times in an old lupus rash")
                first = min(f.start for f in findings)
                sites = [m for m in sites if m.start < first]
            markers = list(RISK_MARKERS.finditer(text, clause[0], clause[1]))
            sites = [m for m in sites if not SITE_NORMAL.match(text, m.end, clause[1])]
            if method_subject != "explicit":
                # "morphoea along one shin", "psoriasis over both elbows", "weakness of the hips":
                # the place of another disease the sentence names, or of a finding no deposit
                # brings, not of the calcinosis the sentence is silent on
                sites = [
                    m
                    for m in sites
                    if (owner := _site_of(m, cm, text)) is None
                    or not (
                        any(owner is o for o in others)
                        or owner.term.kind == "finding"
                        and owner.term.iri in NOT_OF_DEPOSITS
                        # "years of inflammation in his skin and muscles": where it went on
                        or self.lex.is_a(owner.term.iri, INFLAMMATORY_RESPONSE)
                    )
                ]
            for m in [*sites, *findings, *mechanisms]:
                if id(m) in signs_of:
                    continue  # another disease's sign, given to it already
                relation = CONDITION_RELATION[m.term.kind]
                if m.term.kind == "finding" and any(_marks(c, m) for c in markers):
                    relation = "associated_with"
                # "A, which presents on the scrotum, and B, usually on the face": each its own.
                if trailing:
                    owner = next((iri for pos, iri in anchors if pos > m.start), anchors[-1][1])
                else:
                    owner = next((iri for pos, iri in reversed(anchors) if pos < m.start), subject)
                if (
                    m.term.iri in NOT_OF_DEPOSITS
                    and method_subject != "explicit"
                    and self.ctx.is_calcinosis(owner)
                ):
                    # "polyuria and lethargy in keeping with hypercalcaemia": the symptoms of the
                    # disorder the sentence names; with none, of no calcinosis
                    if not others:
                        continue
                    owner = others[0].term.iri
                self.emit(
                    s,
                    owner,
                    relation,
                    m.term.iri,
                    negated=_negated(text, m, clause),
                    hedged=hedged,
                    base=base,
                    method=f"rule:{m.term.kind}/{method_subject}",
                    species=species,
                )
            clause_text = text[clause[0] : clause[1]]
            # "licensed for rheumatoid arthritis", "a drug better known for glaucoma", "taking
            # warfarin for the AF": a disease named as what a drug is for goes with no calcinosis
            others = [o for o in others if id(o) not in used_for]
            # "Sarcoidosis can cause cough and tiredness": a disease bringing its own signs, in a
            # sentence that names no calcinosis, tells of itself, not of the topic's company
            if not any(self.ctx.is_calcinosis(m.term.iri) for m in mentions):
                others = [o for o in others if not DISEASE_BRINGS.match(text, o.end)]
            # "MCTD, which takes features of SLE and myositis": what defines it
            others = [o for o in others if not _borrowed_from(o, named_diseases, text)]
            if others and (
                CAUSE_CUE.search(clause_text)
                or method_subject == "explicit"
                # "went with digital ulcers and osteoporosis, but not with hypertension"
                or associating and ASSOCIATION_GOES_ON.match(clause_text)
                or any(
                    COMORBIDITY.search(lead) or PREVALENCE_IN.search(lead)
                    for lead in (text[max(clause[0], o.start - 60) : o.start] for o in others)
                )
            ):
                for m in others:
                    self.emit(
                        s,
                        subject,
                        "associated_with",
                        m.term.iri,
                        negated=_negated(text, m, clause),
                        hedged=hedged,
                        base=base,
                        method=f"rule:association/{method_subject}",
                        species=species,
                    )
                associating = True
            # Other calcinosis types named as causes ("… such as calciphylaxis") in a cause clause.
            for extra in subjects[1:]:
                if self.lex.kin(extra, subject):
                    continue
                if self.lex.objects(extra, "associated_with") and self.lex.objects(
                    subject, "associated_with"
                ):
                    continue  # "calcinosis due to DM or SSc" names two kinds, neither causes the other
                if CAUSE_CUE.search(clause_text) and not CLASSIFY_CUE.search(clause_text):
                    self.emit(
                        s,
                        subject,
                        "associated_with",
                        extra,
                        hedged=hedged,
                        base=0.7,
                        method=f"rule:association/{method_subject}",
                        species=species,
                    )
            self._serum_status(s, subject, clause_text, species)
            self._cause_phrases(s, cm, text, species)

    def _relieved_symptom(self, f: Mention, text: str) -> bool:
        """A symptom said to have eased ("pain resolved", "relieves pain"), not a recurrence."""
        if self.lex.is_a(f.term.iri, RECURRENCE) or _negated(text, f, (0, len(text))):
            return False
        return bool(
            RELIEVED_AFTER.match(text, f.end)
            or RELIEVED_BEFORE.search(text[max(0, f.start - 30) : f.start])
        )

    def _cause_phrases(self, s: _Sent, cm: list[Mention], text: str, species: str | None) -> None:
        """ "calcinosis due to DM or SSc" says that calcinosis goes with each disease."""
        for k, m in enumerate(cm):
            if not (m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri)):
                continue
            used = sorted(self._composite(k, cm, text)[1])
            # (past the sites named between: "calcinosis over both knees, from his lupus")
            if not used or not CAUSE_LINK.match(text[cm[used[0] - 1].end : cm[used[0]].start]):
                continue
            for j in used:
                self.emit(
                    s,
                    self.ctx.cc or CALCINOSIS_CUTIS,
                    "associated_with",
                    cm[j].term.iri,
                    hedged=_hedged(text),
                    base=0.8,
                    method="rule:association/cause-phrase",
                    species=species,
                )

    def _state_links(
        self, s: _Sent, mentions: list[Mention], species: str | None
    ) -> tuple[set[str], set[int]]:
        """Links said in so many words between two states other than a calcinosis: "hyperkalaemia
        due to AKI", "tertiary hyperparathyroidism causes hypercalcaemia", "TLS was complicated by
        hyperphosphataemia and AKI". A finding is a feature of the condition, a condition goes with
        the one it came from. Returns the terms linked, and the mentions a diagnosis is said to come
        with ("Diagnosis: X, with A and B")."""
        text = s.text
        spans = _clauses(text)
        states = [m for m in mentions if self._other_state(m)]
        # "end-stage kidney disease (ESKD) due to …": the bracketed short name is the same state,
        # and the link is read past it
        states = [
            m for k, m in enumerate(states) if not (k and _abbreviation_of(states[k - 1], m, text))
        ]
        linked: set[str] = set()
        features: set[int] = set()

        def link(effect: Mention, cause: Mention, feature: bool = False) -> bool:
            if cause.term.kind != "condition":
                return False
            linked.update((effect.term.iri, cause.term.iri))
            if effect.term.kind == "finding" or feature:
                subject, relation, obj = cause.term.iri, "has_feature", effect.term.iri
            else:
                subject, relation, obj = effect.term.iri, "associated_with", cause.term.iri
            self.emit(
                s,
                subject,
                relation,
                obj,
                negated=_negated(text, effect, (0, len(text))),
                hedged=_hedged(text),
                base=0.75,
                method="rule:state-link",
                species=species,
            )
            return True

        sites = [m for m in mentions if m.term.kind == "site"]
        for k, a in enumerate(states[:-1]):
            listed = [states[k + 1]]
            places: list[Mention] = []  # the items' own places, which are nobody's sites
            for m in states[k + 2 :]:
                last = listed[-1].end
                # (past the item's own place: "weakness of the hips and thighs, a heliotrope rash")
                if _SIGN_SITE.match(text, last) and (
                    own := [x for x in sites if last <= x.start and x.end <= m.start]
                ):
                    last = own[-1].end
                    places += own
                if not COORDINATED_ITEM.fullmatch(text[last : m.start]):
                    break
                listed.append(m)
            gap = text[a.end : listed[0].start]
            complicated = bool(STATE_COMPLICATED.match(gap))
            # "hypercalcaemia and AKI were both due to the myeloma": each of a list before
            before = [a]
            for m in reversed(states[:k]):
                if not LIST_JOIN.fullmatch(text, m.end, before[0].start):
                    break
                before.insert(0, m)
            if STATE_DUE_TO.match(gap):
                for b in before:
                    link(b, listed[0])
            elif STATE_WITH.match(gap) and DIAGNOSIS_BEFORE.search(text[: a.start]):
                features.update(id(b) for b in listed if link(b, a, feature=True))
                features.update(id(x) for x in places)
            elif SYNDROME_ALONGSIDE.match(gap) and PART_OF.search(text, 0, a.start):
                # "her calcinosis is one sign of CREST syndrome, alongside telangiectasia": the
                # other signs are the syndrome's
                features.update(id(b) for b in listed if link(b, a, feature=True))
            elif STATE_WITH.match(gap) and "," in gap and not text[: a.start].strip():
                # a problem list's line that opens on the diagnosis: "dcSSc since 2017, with
                # digital ulcers and sclerodactyly" (not "CKD with secondary HPT is …")
                features.update(id(b) for b in listed if link(b, a, feature=True))
                features.update(id(x) for x in places)
            elif (complicated or STATE_CAUSES.match(gap)) and not any(
                _clause_at(spans, a.start, text)[0] <= m.start < a.start
                and (m.term.kind == "treatment" or self.ctx.is_calcinosis(m.term.iri))
                for m in mentions
            ):
                # "Debridement of calcinosis in an overlap syndrome, complicated by dehiscence": what
                # came first in the clause, the procedure, is what was complicated
                # "TLS was complicated by hyperphosphataemia and AKI": what came of it, its
                # features; "tertiary hyperparathyroidism causes hypercalcaemia": a disease from
                # another
                for b in listed:
                    link(b, a, feature=complicated)
        return linked, features

    def _defined_condition(self, mentions: list[Mention], text: str) -> str | None:
        """The condition a sentence opens by defining ("Milk-alkali syndrome is a …"), when it names
        no calcinosis: the paragraph then speaks of it."""
        if not mentions or any(
            m.term.kind == "condition" and self.ctx.is_calcinosis(m.term.iri) for m in mentions
        ):
            return None
        first = mentions[0]
        if first.term.kind != "condition" or not DEFINITE_START.match(text[: first.start]):
            return None
        return first.term.iri if DEFINITION_VERB.match(text[first.end :]) else None

    def _anchors(self, cm: list[Mention], text: str, topic: str | None) -> list[tuple[int, str]]:
        """Where each of several unrelated calcinosis subjects of a clause is named (empty if < 2)."""
        found = [(m.start, iris[0]) for _, m, iris in self._named_subjects(cm, text, topic)]
        distinct = list(dict.fromkeys(iri for _, iri in found))
        related = any(self.lex.is_a(a, b) for a in distinct for b in distinct if a != b)
        return found if len(distinct) >= 2 and not related else []

    def _located_sites(self, sites: list[Mention], text: str, explicit: bool) -> list[Mention]:
        """Sites where the deposits are: "the skin of the scrotum" is the scrotum, "the surrounding
        skin" is no site of them, and the skin is said of calcinosis only where it is named."""
        keep = []
        for m in sites:
            if m.term.iri != SKIN:
                keep.append(m)
                continue
            more = any(
                n.start > m.end and SKIN_OF.match(text[m.end : n.start])
                for n in sites
                if n is not m
            )
            if (
                explicit
                and not more
                and not NEIGHBOUR_SKIN.search(text[max(0, m.start - 30) : m.start])
            ):
                keep.append(m)
        return keep

    def _serum_status(self, s: _Sent, subject: str, clause_text: str, species: str | None) -> None:
        normal = vocab.term("NormalSerumCalciumAndPhosphate")
        abnormal = vocab.term("AbnormalCalciumPhosphateMetabolism")
        said = SERUM_NORMAL.search(clause_text)
        if (
            normal in self.lex.terms
            and said
            and not normal_as_result(clause_text, said.start(), said.end())
            # "serum calcium was normal" names the calcium alone, as its own term already says
            and not any(self.lex.is_a(m.term.iri, SERUM_STATUS) for m in self.mentions(clause_text))
        ):
            self.emit(
                s,
                subject,
                "has_mechanism",
                normal,
                base=0.8,
                method="rule:serum-status",
                species=species,
            )
        elif abnormal in self.lex.terms and SERUM_ABNORMAL.search(clause_text):
            self.emit(
                s,
                subject,
                "has_mechanism",
                abnormal,
                base=0.8,
                method="rule:serum-status",
                species=species,
            )


def relate(doc: object, sentences: Sequence[object], lexicon: Lexicon) -> DocumentFacts:
    """All facts of one document, in sentence order."""
    return _DocRelator(doc, sentences, lexicon).run()
