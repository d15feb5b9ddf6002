"""Cue vocabularies of the field: the words and patterns by which relate reads a sentence.

Each pattern names a kind of statement (a treatment cue, a negation, an indication, a cause …),
not a sentence of any document; relate combines them with the kinds of the recognised terms.
"""

from __future__ import annotations

import re

from cckg.graph_builder.lab_values import ANALYTE_SHORT as _NOTE_ANALYTE_NAMES
from cckg.graph_builder.lab_values import BLOOD_QUALIFIER
from cckg.graph_builder.quantify import INTEGER_PATTERN
from cckg.graph_builder.read import PATIENT_LABEL
from cckg.graph_builder.recognise import ANY_TREATMENT, CONTROL_ARM_WORDS


def _words(*ws: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the given words or phrases as whole words."""
    return re.compile(r"\b(?:" + "|".join(ws) + r")\b", re.IGNORECASE)


# What was done to a lesion to take it away: "excised", "curetted", "cut out".
_REMOVED = (
    r"removed|excised|resected|drained|scraped|debrided|curetted|cut out|taken out|shaved off|pared down"
)

# A failure said before the therapy that failed: "had failed", "have all failed", "has previously
# failed".
_HAD_FAILED = r"(?:had|have|has)\s+(?:(?:[a-z]+ly|already|all|each)\s+)?failed"

# Words a hurried writer misspells: "improvment", "diference", "diffrence", "occured".
_IMPROVEMENT = r"improve?ment"
_DIFFERENCE = r"dif+e?rence"
_OCCURRED = r"occurr?ed"
# The verbs a harm is told with as an event: "developed", "occurred", "was reported".
_EVENT_TOLD = (
    rf"(?:developed|{_OCCURRED}|appeared|arose|"
    r"(?:was|were)\s+(?:seen|observed|reported|noted|recorded|documented|encountered|described))"
)

# What a therapy may do, before the verb of a harm: "can cause", "may sting", "often brings on".
_MAY = r"(?:can|may|might|could|will|often|sometimes|commonly|occasionally)\s+(?:also\s+)?"
# A prescriber telling of the harms a drug may bring: "warned him of bruising", "counselled re
# dyspepsia and GI bleeding".
_WARNED_OF = r"(?:warned|warns?|counsel+ed)\s+(?:\w+\s+)?(?:about|of|regarding|re|on)"

TREATMENT_CUE = _words(
    r"treat\w*",
    r"therap\w*",
    r"manag\w*",
    r"used",
    r"use",
    r"using",
    r"tried",
    # "every patient had failed diltiazem": a therapy the patients failed was given for them
    _HAD_FAILED,
    r"given",
    r"administ\w*",
    r"effective\w*",
    r"efficacy",
    r"improv\w*",
    r"remission",
    r"respon\w*",
    r"resol\w*",
    r"success\w*",
    r"benefit\w*",
    r"mainstay",
    r"medication\w*",
    r"option\w*",
    r"indicated",
    r"reduc\w*",
    r"decreas\w*",
    r"regress\w*",
    r"heal\w*",
    r"clear\w*",
    r"relie\w*",
    r"suppress\w*",
    r"injection\w*",
    r"prescribed",
    r"received",
    # a patient's own words: "now I take sevelamer with meals", "she takes X" (not the drugs
    # "which she takes for …", said of another disease in passing)
    r"(?<!which )(?<!that )(?:I|we|she|he|they)\s+(?:now\s+|also\s+|still\s+)?(?:takes?|took)",
    r"started",
    r"initiated",
    # ("thiosulfate was begun in March")
    r"begun",
    r"trial",
    r"evaluat\w*",
    r"cure\w*",
    r"alleviat\w*",
    r"shrink\w*",
    r"consider\w*",
    r"recommend\w*",
    r"offered",
    r"help(?:s|ed|ful)?",
    r"underw\w*|undergo\w*|undertaken|performed",
    r"preferred|reserved|advised|advocated|favou?red",
    r"soften\w*",
    # what a drug does for the lesions: "quietens the flares", "will not dissolve the deposits"
    r"dissolv\w*",
    r"calm(?:s|ed|ing)?",
    r"quieten\w*",
    r"sooth\w*",
    r"eas(?:es|ed|ing)",
    r"lessen\w*",
    r"curativ\w*",
    r"effects? on",
    r"settl\w* (?:it|them|the (?:lesions?|deposits?|nodules?|lumps?))",
    # removal: "the calcified scar was excised", "can be cut out"
    _REMOVED,
    r"operated",
    # "had produced no radiographic change": a statement of (no) effect is about the therapy's target
    r"(?:produced|caused|brought|made|had|has|have|showed|shown) (?:no|little|some|a|any) (?:[\w-]+ )?"
    rf"(?:change|{_DIFFERENCE}|effect|benefit|impact)",
    r"(?:did|does|do|has done|have done|had done) (?:nothing|little|much) (?:for|to)",
)
OUTCOME_VERB = _words(
    r"improv\w*",
    r"reduc\w*",
    r"decreas\w*",
    r"reliev\w*",
    r"resol\w*",
    r"allevia\w*",
    r"remission",
    r"disappear\w*",
    r"regress\w*",
    r"less",
    r"lower\w*",
    r"suppress\w*",
    r"heal\w*",
)
# The measure of those a result spared a harm: "freedom from recurrence", "no new nodules".
SPARED_MEASURE = re.compile(r"(?:freedom from|no)\s", re.IGNORECASE)
# The verbs after "risks" the noun that lists them: "Recognised risks include …".
_RISKS_LISTED = r"(?:include|included|are|were)"
ADVERSE_CUE = _words(
    r"adverse",
    r"side[- ]effects?",
    # a note's "d/c'd 2/2 headache"
    r"d/c'?d",
    # what the patient was told to expect: "I warned her of redness", "counselled about nausea"
    _WARNED_OF,
    r"complications?",
    r"toxicit\w*",
    r"caused",
    r"causing",
    r"causes?",
    r"induced",
    r"because of",
    r"discontinu\w*",
    r"stopped",
    # "nausea led two patients to stop the tablets"
    r"(?:led|forced|prompted|obliged|made)\b[^.;]{0,40}?\bto stop",
    # "constipation was the commonest reason for stopping the binder"
    r"reasons?\s+(?:for|to)\s+(?:stopping|stop|discontinuing|withdrawing|switching)",
    # "a fever after each dose was reported by one in four"
    r"(?:was|were)\s+reported\s+by\s+(?:a|an|one|two|three|four|five|half|most|some|few|\d)",
    r"withdr[ae]w\w*",
    # "zoster during tofacitinib treatment": the drug may stand inside
    r"during (?:the )?(?:[\w-]+\s+){0,2}?(?:infusions?|treatment|therapy)",
    rf"(?:developed|observed|{_OCCURRED}|seen|reported|noted) after",
    # "numb since the operation": what has been there since a therapy was given
    r"since\s+(?:the|her|his|their|its|my)\s+(?:\w+\s+)?(?:operation|surgery|procedure|"
    r"excision|injections?|infusions?)",
    r"following",
    r"resulted in",
    r"tolerat\w*",
    r"followed(?! up)",
    r"while (?:on|taking|receiving)",
    r"complicated by",
    # "Monitor for hypocalcaemia", "watch for flushing": what a drug is known to cause
    r"(?:monitor(?:ed|ing)?|watch(?:ed|ing)?)\s+(?:\w+\s+)?for",
    r"(?:commonest|most common|usual|main|frequent)\s+complaints?",
    # "can stain the skin blue-grey", "turned my shins grey": the colour a drug left
    # (a verb, not a histology "von Kossa stain")
    r"(?:(?:can|may|might|will|could|often)\s+stain"
    r"|stain(?:s|ed)\s+(?:the|her|his|their|my|it|them)"
    r"|discolou?r(?:s|ed)|turn(?:s|ed)\s+(?:my|her|his|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:skin|shins?|scars?|nails?|gums?|teeth|face))",
    # "it gave me swollen ankles", "colchicine gives her diarrhoea", "which has given him"
    r"(?:gave|gives|giving|(?:has|have|had)\s+given)\s+(?:me|him|her|them|us|you)",
    # a harm told as what the drug does to the patient: "codeine constipates her", "it stings"
    r"(?:constipates|nauseates|stings|stung)",
    # "it made him nauseous", "made me feel dizzy"
    r"(?:made|makes|(?:can|may|might|will|could)\s+make)\s+(?:me|him|her|them|us|you|people|"
    r"patients|children|babies|cats|dogs|horses|animals)"
    r"(?:\s+feel)?",
    # "QT prolongation and bleeding have been reported" (with the drug said before)
    r"(?:has|have)\s+(?:also\s+)?been\s+(?:reported|described)(?!\s+(?:in|among|with)\b)",
    # "the laser treats several in one sitting, at the risk of scarring": its price
    r"at (?:the|a|some) (?:\w+ )?(?:risk|cost|price|expense) of",
    # "pamidronate carries a small risk of jaw osteonecrosis", "surgery has some risk of"
    r"(?:carr(?:y|ies|ied)|pose[sd]?|has|have|had|brings?)\s+(?:a|an|some|the)\s+(?:\w+\s+)?"
    r"risks?\s+of",
    # a harm said with its own verb: "the laser can scar", "may sting or irritate the skin"
    # "bosentan can injure the liver", "sulfites may provoke bronchospasm"
    _MAY + r"(?:scar|sting|irritate|bruise|blister|injur|damag|harm|provok|upset)\w*",
    # "the biologic brings chest infections", "heparin risks a haematoma"
    # (not a disease's own verb further on: "It is dystrophic … and brings pain")
    r"(?<!and )(?<!, )brings(?!\s+(?:relief|down|back|about|benefit|improvement)\b)",
    # (not the noun: "Recognised risks include warfarin, …", "the risks named most often")
    rf"risks(?=\s+(?!of\b)(?!(?:{_RISKS_LISTED}|named|cited)\b)\w)",
)
# "soreness and redness where she injects it", "a rash at the infusion site": the drug's doing,
# unless the lesions there are the calcinosis itself
AT_INJECTION_SITE = re.compile(
    r"\b(?:at|around|over|near) (?:the|her|his|their|each|every) (?:injection|infusion|needle|"
    r"cannula)[\s-]sites?\b|\b(?:where|wherever) (?:she|he|they|I|you|we) injects?\b"
    # a topical drug's: "a rash where the cream went on", "wherever she applied the gel"
    r"|\b(?:where|wherever) (?:the|her|his|my) (?:cream|gel|ointment|paste|lotion|patch|paint)\s+"
    r"(?:went on|was applied|was put|was rubbed in)\b"
    r"|\b(?:where|wherever) (?:she|he|they|I|you|we) (?:applied|applies|apply|put|puts|rubbed|rubs)"
    r" (?:it|the (?:cream|gel|ointment|paste|lotion))\b",
    re.IGNORECASE,
)
MOA_CUE = _words(
    r"works?",
    r"working",
    r"acts?",
    r"acting",
    r"mechanism\w*",
    r"propert\w*",
    r"inhibit\w*",
    r"block\w*",
    r"modif\w*",
    r"bind\w*",
    r"chelat\w*",
    r"through",
    r"via",
    r"mediat\w*",
    r"agent",
    r"drug",
    # "started as an immunomodulatory treatment"
    r"as an? [\w-]+ (?:treatment|therapy|medicine|medication)",
    r"by",
    r"dissolv\w*",
    r"fragment\w*",
    r"solubili\w*",
)
# An organ's failure is a disease, not a failed treatment, however it is said: "heart failure",
# "renal failure", "her kidneys are failing", "failing kidneys".
_ORGAN_NOT_BEFORE = "".join(
    rf"(?<!\b{organ} {verb})"
    for organ in (
        "heart", "cardiac", "kidney", "kidneys", "renal", "liver", "hepatic", "respiratory", "organ"
    )
    for verb in ("", "is ", "are ", "was ", "were ")
)
# ("failing kidneys", "a failing heart": the organ after the word)
_ORGAN_NOT_AFTER = r"\b(?!\s+(?:kidneys?|heart|liver|lungs?|organs?|marrow)\b)"
NEGATION = _words(
    r"no",
    r"(?<!whether or )not",  # "whether or not the child also has PHP" denies nothing
    r"never",
    r"nobody",
    r"(?<!with or )without",  # "with or without prednisone" withholds nothing
    r"absence",
    r"absent",
    r"neither",
    r"nor",
    _ORGAN_NOT_BEFORE + r"fail\w*" + _ORGAN_NOT_AFTER,
    r"unsuccessful\w*",
    r"ineffective",
    r"refractory to",
    r"resistant to",
    r"unsatisfactory",
    r"lack of",
    r"did not",
    r"does not",
    r"do not",
    r"cannot",
    # a lay reader's "It doesn't hurt", "I haven't had any itching"
    r"(?:does|do|did|is|are|was|were|has|have|had|could|would|wo|ca)n['’]t",
    r"unresponsive",
    # "he denied any tenderness over the lumps", not an insurer's "denied funding for the drug"
    r"den(?:ie[sd]|y|ying)(?!\s+(?:\w+\s+)?(?:coverage|claims?|requests?|appeals?|approval|"
    r"funding|payment|access|authori[sz]ation|reimbursement)\b)",
    r"worsen\w*",
    r"rather than",
    # "we advise against colchicine for the deposits"
    r"(?:advis|recommend|argu|caution)\w*\s+against",
    # "none of the 23 dogs operated on since 2019 has had a recurrence"
    r"none(?: of\b[^,;.]{0,70}?(?=\b(?:has|have|had|was|were|developed|showed|experienced)\b))?",
)
# The examples of a negated kind: "No systemic adverse effect, such as nausea or …, was recorded".
NEGATED_EXAMPLES = re.compile(
    r"\b(?:no|without|neither)\s+(?:[\w-]+\s+){0,4}[\w-]+,?\s+(?:such as|including|like|e\.g\.,?)\s+"
    r"[^.;:()]*$",
    re.IGNORECASE,
)
# The items of a list before the one at hand: a few words each, then commas, "and", "or", "nor".
_LIST_SO_FAR = r"(?:[^,;:.()]{1,30},\s*)*(?:(?:[\w'-]+\s+){0,2}(?:and|or|nor)\s+)?"
# A negated list of findings, as a review of systems gives it: "Denies fever, chills, rash", "no
# pain, warmth or discharge" (each item a few words; the mention ends the list or goes on with it).
NEGATED_LIST = re.compile(
    rf"\b(?:denie[sd]|no|without|negative for|free of)\s+{_LIST_SO_FAR}"
    r"(?:(?!(?:the|an?|his|her|its|their|this|that)\b)[\w'-]+\s+)?$",
    re.IGNORECASE,
)
# … and the places a lesion is denied at, as an examination lists them: "No other lumps over
# the wrists, shins or heels", "no nodules at the knees, hips or feet".
NEGATED_SITE_LIST = re.compile(
    r"\b(?:no|without)\s+(?:other|further|new|similar|more)?\s*"
    r"(?:lesions?|masses|mass|nodules?|deposits?|lumps?|swellings?|calcifications?)\s+"
    rf"(?:on|in|at|over|of|around)\s+{_LIST_SO_FAR}(?:(?:the|both|either)\s+)?$",
    re.IGNORECASE,
)
LIST_GOES_ON = re.compile(
    r"\s*(?:$|[,.;)]|(?:or|nor)\b|and\s+(?:[\w'-]+\s+){0,2}[\w'-]+\s*(?:[.;)]|$))"
)
# Advice on when to come back names what to watch for, not what the patient has: "Return for
# fever or spreading redness", "seek care if the wound discharges".
SAFETY_NET = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?(?:please\s+)?(?:return|come back|call|seek|re-?present)\b"
    r"[^.;:]{0,40}?\b(?:for|if|with|should)\b",
    re.IGNORECASE,
)
# A differential diagnosis lists what the lesion might be instead: "Ddx gout, cellulitis".
DIFFERENTIAL = _words(r"ddx", r"d/dx", r"differentials?(?:\s+diagnos[ie]s)?", r"r/o")
# After a negation: the deposit not coming back ("did not recur", "none has returned") is the therapy
# working, not failing.
_NOT_BACK = (
    r"(?!\s+(?:\w+\s+)?(?:recur\w*|return\w*|come back|came back|reappear\w*|regr[eo]w\w*|"
    r"grow(?:n)? back|re-?form\w*|re-?accumulat\w*|re-?develop\w*))"
)
# After a lesion, the procedure done to it: "(had a calcified nodule) excised from her heel".
DONE_TO = re.compile(
    rf"\s*(?:[\w-]+\s+)?(?:{_REMOVED}|shaved|biopsied|lasered|frozen)\b", re.IGNORECASE
)
# A finding that has not gone: "broke down in spring and has not healed" (the ulcer is there).
NOT_GONE = re.compile(
    r"\b(?:has|have|had|did|does|do|is|are|was|were)(?:\s+not|n't)\s+(?:yet\s+|fully\s+)?"
    r"(?:heal|close|settle|resolve|clear|disappear|fade|gone away|go away)\w*",
    re.IGNORECASE,
)
# What a therapy is said to have brought about when it did not: "no change", "no improvement".
_NO_GAIN = rf"(?:change|{_DIFFERENCE}|{_IMPROVEMENT}|benefit|response|shrinkage)"
# Verbs of keeping the deposits back: "had not stopped new nodules from forming".
_STOP = r"(?:stop|halt|prevent|arrest)"
# Lesions growing on: "kept enlarging", "continued to spread".
_GREW_ON = (
    r"(?:kept|continued|went on|gone on|goes on)\s+(?:to\s+)?"
    r"(?:grow|enlarg|progress|spread|worsen|increas)"
)
# The words for a calcinosis lesion.
_LESION = r"(?:lesions?|deposits?|nodules?|lumps?|masses|plaques?)"
# The lesions named, growing on: "the nodules kept growing", "her new deposits continued to spread".
_LESIONS_GREW = (
    rf"(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?(?:{_LESION}|calcinos[ie]s|calcifications?)"
    rf"\s+(?:still\s+)?{_GREW_ON}\w*"
)
NEGATION_AFTER = _words(
    _ORGAN_NOT_BEFORE + r"fail\w*" + _ORGAN_NOT_AFTER,
    r"ineffective",
    r"unsuccessful\w*",
    # a verdict of those who had it: "was rated unhelpful by 11 of 15 patients"
    r"(?:judged|rated|found|thought|considered|called|deemed)\s+(?:\w+ly\s+)?(?:unhelpful|useless)",
    r"(?:was|were|is|are) not (?:effective|helpful|successful)",
    # "steroid injections were of little use", "proved of no value"
    r"(?:was|were|is|are|proved|seemed)\s+(?:to be\s+)?of\s+(?:little|no|limited)\s+"
    r"(?:use|value|help|benefit)",
    # a finding denied after its name: "pruritus is not a feature here", "fever was not present"
    r"(?:is|are|was|were) not (?:\w+ly )?(?:an? )?(?:feature|present|seen|noted)\b",
    r"(?:did|does|do|had|has|have) not (?:help|helped|improve|improved|work|worked|respond)",
    # "diltiazem for 9 months: no change", "no change in the deposits", a quoted "no difference at
    # all"
    rf"no (?:change|{_DIFFERENCE})(?:\s+(?:at\s+all|whatsoever))?"
    r"(?=\s*[\"\u201d'\u2019]?\s*(?:[.;,)]|$|in (?:the )?(?:size|deposits?|lesions?|calcinosis|nodules?|"
    r"masses|plaques|lumps)))",
    # (notes write "w/o": "tried for 6 wk w/o change")
    r"(?:without|w/o) (?:any |much |clear |obvious |measurable |lasting )?"
    rf"(?:{_IMPROVEMENT}|benefit|response|success|effect|change|shrinkage|reduction|regression|"
    r"softening)",
    r"(?:led|lead|leads) to unsatisfactory",
    r"unsatisfactory",
    # "the results have been disappointing", "a disappointing response", "had been a
    # disappointment"
    r"disappointing",
    r"(?:been|was|were|is|are|proved)\s+(?:a\s+)?(?:\w+\s+)?disappointments?",
    # "warfarin has largely disappointed"
    r"(?:has|have|had)\s+(?:\w+ly\s+)?disappointed(?!\s+(?:the|her|him|them|us|me)\b)",
    rf"no (?:{_IMPROVEMENT}|benefit|response|effect|relief)",
    # a patient's verdict: "…; nothing changed", "it got no smaller", "they did not get softer"
    r"nothing (?:(?:has|have|had|really|much)\s+)?(?:changed|happened|improved|helped|shifted)",
    r"(?:got|became|grew|was|were|is|are) no (?:smaller|softer|flatter|better)",
    r"(?:did|does|do)(?: not|n't) (?:get|become|grow) (?:any )?(?:smaller|softer|flatter|better)",
    # "probenecid for a year: no reduction in size", "no shrinkage."
    r"no (?:reduction|decrease|shrinkage|regression|softening)(?=\s*(?:[.;,)]|$|(?:in|of) "
    rf"(?:the )?(?:size|number|{_LESION}|calcinos[ie]s)\b))",
    r"not (?:improve|respond)\w*",
    # "was excised and did not return": the deposit not coming back is the therapy working
    rf"(?:did|does|do|was|were|has|have|will|would|can|could) not{_NOT_BACK}",
    rf"(?:didn't|doesn't|don't|won't|wouldn't|can't|cannot|couldn't|hasn't|haven't){_NOT_BACK}",
    r"(?:had|has|have|with|showed|produced|brought|made|caused|gave|gives|give|offered)(?: \w+)? "
    # ("produced not one response", "brought not a single responder")
    r"(?:no|little|not (?:one|a single)) (?:[\w-]+ ){0,2}"
    # "given before anything else, with little success"
    rf"(?:effect|benefit|impact|change|{_DIFFERENCE}|protection|success|relief|respon(?:se|der)s?)",
    rf"(?:see|saw|sees|noticed?|notices) little (?:change|benefit|{_IMPROVEMENT}|effect)",
    # "did nothing for the lumps", "colchicine 500 did nothing; the toe stayed hot"
    # ("did absolutely nothing", spelt as it comes)
    r"(?:did|does|do|has done|have done|had done) (?:[a-z]+ly )?(?:nothing|little)"
    r"(?: (?:for|to)|(?=\s*(?:[.;,)]|$)))",
    # "had not stopped new nodules from forming", "did not halt their spread"
    rf"(?:had|has|have|did|does|do) not (?:{_STOP}|slow)\w*",
    # a verdict after a course's dates: "diltiazem 240 mg, 2023-2024: deposits kept enlarging"
    rf"(?<=: ){_LESIONS_GREW}",
    # "a course of thiosulfate left the deposits unchanged", "leaves the nodules untouched"
    r"(?:left|leaves?|leaving)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_LESION}|calcinos[ie]s|calcifications?|calcium)\s+(?:\w+ly\s+)?"
    r"(?:unchanged|untouched|unaltered|the same|as (?:they|it) (?:were|was))",
)
# A clause set off by commas right after a therapy that says what it was given for, before the
# verb that judges it: "Minocycline, tried for the itch at the edges, did nothing".
GIVEN_ASIDE = re.compile(
    # (after the therapy's course: "her probenecid year, trying the drug in four children, …")
    r"(?:\s+(?:year|months?|course|trial|phase))?"
    r"\s*,\s*(?:(?:first|then|later|also)\s+)?(?:tried|given|used|started|begun|prescribed|taken|"
    r"trying|giving|using|taking)\s+(?:[\w-]+\s+){0,4}?(?:for|in|to|against|on)\b[^,;()]{0,80},",
    re.IGNORECASE,
)
# A clause after a semicolon that is only a verdict on the therapy before it ("…; nothing
# changed", "; no change.", "; sadly it didn't help").
BARE_VERDICT = re.compile(
    r"\s*;\s*(?:but\s+|sadly\s+|unfortunately\s+|alas\s+)?(?:nothing\b|no (?:effect|"
    + _NO_GAIN
    + r")\b|(?:it|they|this)\s+"
    r"(?:did|has|had|have)\s*n(?:o|')t\s+(?:help|work|change)\b)"
    # (not "no change in her pain, but the deposits shrank")
    r"(?![^.;]*\b(?:but|though|although|except|yet|whereas)\b)",
    re.IGNORECASE,
)
# What a therapy did not do for the deposits, though it helped something else: "reduced new digital
# ulcers but had no discernible effect on calcinosis"; and what nobody has tried it for.
_THE_DEPOSITS = r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:calcinos[ie]s|calcifications?|deposits?)\b"
NO_EFFECT_ON_DEPOSITS = re.compile(
    rf"\b(?:no|little|not)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:effect|benefit|impact|{_IMPROVEMENT}|change|{_DIFFERENCE})\s+"
    r"(?:on|in|of|to)\s+"
    + _THE_DEPOSITS
    # "… settle the myositis, but neither reliably dissolves the deposits", "eased the tenderness,
    # yet it seldom shrinks the nodules", "settles the redness, although it cannot clear the
    # calcium": the benefit is for something else
    # ("but neither prevented nor shrank the deposits")
    + r"|\b(?:but|yet|though|although)\s+(?:neither(?:\s+[\w-]+\s+nor)?|none(?:\s+of\s+them)?|"
    r"(?:(?:it|they|this|these)\s+)?(?:(?:does|do|did|will|would|can|could)\s+not|cannot"
    r"|seldom|rarely|never|hardly ever))\s+(?:\w+ly\s+)?(?:clear|dissolve|shr[ai]nk|remove|reverse|"
    r"reduce|soften|improve|touch|affect|eliminate|get rid of)\w*\s+(?:established\s+|existing\s+)?"
    rf"(?:them\b|it\b|(?:the\s+)?(?:[\w-]+\s+)?(?:calcium|{_LESION})\b|" + _THE_DEPOSITS + ")"
    # "controlled the myositis but not the calcinosis"; "eased the pain, but the deposits kept
    # growing", "it left the phosphate high, and the lumps continued to grow"
    + r"|\bbut\s+not\s+(?:on\s+|for\s+)?" + _THE_DEPOSITS
    + rf"|\b(?:but|and)\s+{_LESIONS_GREW}"
    # "calmed the soreness, but the lumps never got any smaller"
    + r"|\b(?:but|yet|though|although)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_LESION}|they)\s+(?:never|did\s+not|didn['’]t|have\s+not|haven['’]t|has\s+not|"
    r"hasn['’]t|were\s+no|are\s+no)\s+(?:got\s+|get\s+|gotten\s+|become\s+|became\s+)?"
    r"(?:any\s+)?(?:smaller|softer|shr[iau]nk\w*|budg\w*|go\s+away|gone)",
    re.IGNORECASE,
)
NOT_STUDIED_IN_DEPOSITS = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:studied|tested|evaluated|examined|investigated|"
    r"tried|reported|assessed)\s+(?:in|for|on|against)\s+(?:patients\s+with\s+)?" + _THE_DEPOSITS,
    re.IGNORECASE,
)
# "…; neither had produced a response", "…, none of which helped", "… offered to four; none
# healed": a failure said of all the therapies named before it in the sentence.
NEGATION_BACK = re.compile(
    r"[;,:]\s*(?:but\s+|and\s+)?(?:neither|none)\b(?:\s+of\s+(?:them|these|which|the two|those))?\s+"
    r"(?:\w+\s+)?(?:had|has|have|was|were|did|produced|helped|worked|improved|gave|led|brought|"
    r"achieved|made|makes|changed|shrank|softened|healed|responded|benefited|benefitted|"
    r"resolved|cleared)\b"
    # "; none of them has come back" is about recurrence, not about the therapy failing
    + _NOT_BACK,
    re.IGNORECASE,
)
# The words that bring in examples of what was just named: "…, mainly lupus and dermatomyositis",
# "…, typically warfarin or minocycline".
_EXAMPLES = (
    r"(?:such\s+as|chiefly|mainly|mostly|most\s+(?:often|commonly)|usually|typically|commonly|"
    r"especially|particularly|notably|including|e\.\s?g\.,?|above\s+all)"
)
# "Most had failed earlier therapy: diltiazem in 11, bisphosphonates in 9 and IVIG in 6": each item
# of the list after the colon failed, as each example after "therapy had failed, usually …" did.
FAILED_LIST = re.compile(
    r"\b(?:failed|not responded to|did not respond to|refractory to|resistant to|unresponsive to)\s+"
    r"(?:[\w-]+\s+){0,3}(?:therap(?:y|ies)|treatments?|agents?|drugs?|medications?|medicines?)\s*:[^.;:]*$"
    # "Prior drugs had failed in most, typically warfarin or minocycline": the examples
    rf"|\b[\w-]+\s+(?:had\s+|have\s+|has\s+)?failed\b[^.;:]*?,\s*{_EXAMPLES}\s+[^.;:]*$"
    # a form's field named for failure: "Failed before entry: diltiazem (11), IVIG (8)"
    r"|(?:^\s*|[.;]\s+)(?:[\w-]+\s+){0,2}failed(?:\s+[\w-]+){0,3}\s*:[^.;:]*$",
    re.IGNORECASE,
)
# A therapy named as the one that failed, right after the verdict: "each had already failed
# warfarin", "refractory to diltiazem", "did not respond to a course of IVIG".
FAILED_BEFORE = re.compile(
    rf"\b(?:{_HAD_FAILED}"
    r"|(?:refractory|resistant|unresponsive)\s+to|did\s+not\s+respond\s+to)\s+"
    r"(?:(?:treatment|therapy)\s+with\s+|an?\s+(?:trial|course)\s+of\s+)?$",
    re.IGNORECASE,
)
# A benefit that came to few: "helped only 3 of 30", "of use to only a minority of them",
# "only 1 of 10 improved". The count's share is checked by the caller (``FEW_COUNT``'s groups).
_BENEFIT_WORD = r"(?:help|benefit|improv|respon|shr[ai]nk|soften|resolv|work|effective)\w*"
_FEW = r"(?:only|just|merely)\s+(?:in\s+)?(?:a\s+)?"
_FEW_SHARE = (
    rf"(?:{_FEW}(?:minority|few|handful|small\s+(?:number|share|proportion|fraction))"
    # "helps a minority": a minority is few without "only"
    r"|\ba\s+(?:small\s+)?minority)\b"
)
FEW_HELPED = re.compile(
    rf"\b{_BENEFIT_WORD}\b[^.;]{{0,40}}?\b{_FEW_SHARE}"
    rf"|\b{_FEW_SHARE}[^.;]{{0,40}}?\b{_BENEFIT_WORD}",
    re.IGNORECASE,
)
FEW_COUNT = re.compile(
    rf"\b{_FEW}(\d+)\s*(?:of|/|out\s+of)\s*(\d+)\b|\b{_FEW}(\d+(?:\.\d+)?)\s*%", re.IGNORECASE
)
BENEFIT_WORD = re.compile(rf"\b{_BENEFIT_WORD}", re.IGNORECASE)
# A later clause of the same sentence whose subject is the therapy again, by a pronoun, right
# before a verdict: "… settles the rash, and it did not halt the new deposits", "… is given
# weekly, but it has had no effect".
AND_IT_THEN = re.compile(
    r"[^.;:?!]{0,120}?(?:,\s*|\s+)(?:and|but|yet)\s+(?:it|they)\s+(?:still\s+|also\s+)?",
    re.IGNORECASE,
)
# "… some patients improve, but many do not respond": the text says both.
MIXED_RESPONSE = re.compile(
    r"\b(?:but|while|whereas|although)\s+(?:many|most|others|some|several|a few|the rest)\b[^.;]{0,40}?"
    r"\b(?:do|did|does) not (?:respond|improve|benefit)|\b(?:although|but)\s+(?:many|most|others|some)\s+[^.;]{0,30}?"
    rf"\b(?:see|saw|notice|noticed|find|found|report|reported) (?:little|no) "
    rf"(?:change|benefit|{_IMPROVEMENT}|{_DIFFERENCE})"
    # "has helped some people, but it does not work for everyone"
    r"|\b(?:do|does|did|will) not (?:work|help) (?:for|in) (?:everyone|everybody|all|every\w*)"
    # "these help some people but not others", "works in some cases but not in others"
    r"|\b(?:help|helps|helped|works?|worked|benefit(?:s|ed)?)\s+(?:in\s+)?some\s+(?:\w+\s+){0,4}"
    r"but not (?:in\s+)?(?:others|all|every\w*)"
    # "eased the nodules in some patients but had no effect in others"
    r"|\bin\s+some\s+(?:\w+\s+)?(?:but|while|whereas)\s+[^.;]{0,40}?\b(?:no|not|little)\s+"
    r"[^.;]{0,30}?\bin\s+others\b"
    r"|\bnot (?:everyone|everybody|every patient|all patients) (?:respond|benefit|improve)"
    # "responses are inconsistent", "results have been mixed", "with variable success"
    r"|\b(?:responses?|results?|success|benefit|efficacy|evidence|outcomes?)\s+(?:(?:is|are|was|were|"
    r"has been|have been|remains?)\s+)?(?:\w+\s+)?(?:inconsistent|mixed|variable|conflicting|"
    r"contradictory|unpredictable)"
    r"|\b(?:inconsistent|mixed|variable|conflicting|contradictory|unpredictable)\s+"
    r"(?:responses?|results?|success|benefit|efficacy|evidence|outcomes?)",
    re.IGNORECASE,
)
HEDGE = _words(
    r"may",
    r"might",
    r"could",
    r"possibl\w*",
    r"probabl\w*",
    r"likely",
    r"thought to",
    r"believed",
    r"suggest\w*",
    r"appears? to",
    r"seems? to",
    r"varying degrees",
    r"variable",
    r"uncertain",
    r"unclear",
    r"perhaps",
    r"potential\w*",
    r"limited evidence",
    r"hypothesi\w*",
    r"presum\w*",
)
CAUSE_CUE = _words(
    r"associated",
    r"associat\w*",
    r"linked",
    r"link",
    r"seen in",
    r"lead to",
    r"leads to",
    r"result\w*",
    r"caus\w*",
    r"due to",
    r"secondary to",
    r"setting of",
    r"consequence",
    r"underlying",
    r"include\w*",
    r"such as",
    r"arises?",
    r"occurs? in",
    r"related",
    r"complicat\w*",
    r"triggered",
    r"following",
    r"after",
    r"from",
    # ("other proposed contributors are …")
    r"risk",
    # "the deposits go together with digital ulcers", "often accompanied by Raynaud's"
    r"(?:go|goes|going|went)\s+(?:together|hand\s+in\s+hand)\s+with",
    r"accompan\w*",
    r"contributors?",
    r"contributing",
    # "poorly controlled diabetes makes deposits of this kind more likely"
    r"more likely",
    r"predispos\w*",
    # "Five predictors were kept: …", "independently predicted calcinosis"
    r"predictors?",
    r"predicted",
    r"etiolog\w*",
    r"aetiolog\w*",
    r"exposure",
)
# A clause that names what makes a disease likelier: "warfarin counts among its risk factors",
# "risk factors include warfarin use", "warfarin is a known trigger", "taking warfarin makes it
# more likely" (not "lowers the risk").
_RISK_NAMED = (
    r"\brisk[- ]factors?\b|\bpredispos\w*|\b(?:triggers?|precipitants?|contributors?)\b"
    r"|\bcontributing\s+factors?\b"
    # "Recognised risks include warfarin, diabetes, …"
    rf"|\brisks\s+{_RISKS_LISTED}\b"
)
RISK_RAISED = re.compile(
    _RISK_NAMED + r"|\bmakes?\s+(?:\w+\s+){0,2}more\s+likely\b"
    r"|\b(?:rais|increas|heighten|doubl)\w*\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:risk|odds|chance|likelihood)\b"
    # "its use carried a greater risk of the disease", "conferred an excess risk"
    r"|\b(?:carr(?:y|ies|ied)|confer(?:s|red)?)\s+(?:an?\s+)?"
    r"(?:higher|greater|increased|raised|excess)\s+(?:risk|odds|hazard)\b",
    re.IGNORECASE,
)
# What a raised risk is of, right after the cue: "… the risk of calcinosis".
RISK_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
# The same said with the word for it, which makes a sentence about the topic even with no cue of
# treating: "Warfarin is a recognised trigger" (not "raises the risk of infections").
RISK_NAMED = re.compile(_RISK_NAMED, re.IGNORECASE)
# A wait for a therapy, before its name: "a delay of months before immunosuppression".
DELAY_BEFORE = re.compile(r"\b(?:dela(?:y|ys|yed|ying)|late\s+start)\b[^.;]*$", re.IGNORECASE)
# Nouns that make a lead sentence introduce a list of causes ("Conditions that can … include:").
LEAD_CUE = _words(
    r"conditions?", r"illness\w*", r"diseases?", r"disorders?", r"factors?", r"causes?"
)
# A list's lead-in naming the state its items are for: "If the calcium stays raised, the team
# may:", "For pain:", "To treat an infected nodule:" (not "For patients with …", whose items treat
# the topic).
STATE_LEAD = re.compile(
    r"(?:^|[,;]\s*)(?:if|when|whenever|for|to\s+(?:treat|lower|reduce|control|correct|manage|ease))"
    r"\s+(?:(?!(?:patients?|people|those|children|adults|babies|cats|dogs|with)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A therapy named as the cause of a condition (iatrogenic calcinosis), not as its treatment.
CAUSE_BEFORE = re.compile(
    r"\b(?:secondary to|due to|caused by|induced by|following|after|from|exposure to|extravasation of|"
    r"(?:brought (?:about|on)|triggered|provoked|precipitated) by|"
    r"administration of|linked to|associated with|result(?:s|ing)? from|injections? of|infusions? of|"
    # "Calcinosis cutis in a Labrador on long-term prednisolone"
    r"(?:on|receiving|taking|given)\s+(?:long[- ]term|chronic|prolonged|high[- ]dose|repeated)|"
    # the drug a disease began on: "developed calciphylaxis while on warfarin" (not "improved
    # while on acetazolamide", a therapy given)
    r"\b(?:develop(?:s|ed)?|appear(?:s|ed)?|arose|formed|emerged|began)\b[^.;:]{0,60}?"
    r"\bwhil(?:e|st)\s+(?:on|taking|receiving))\s+"
    # a verb between ends the cause: "patients with calcinosis from lupus received etidronate"
    r"(?:(?!(?:took|take|takes|received|receive|underwent|used|got|were|was|had|applied|started)\b)"
    r"[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A change for the better ("improved", "resolved", "eased"), and one within three words.
_EASED = r"(?:improv|resolv|heal|decreas|reduc|disappear|subsid|regress|settl|eased\b)"
EASED = re.compile(r"\b" + _EASED, re.IGNORECASE)
EASED_NEXT = re.compile(r"\s*(?:\w+\s+){0,3}" + _EASED, re.IGNORECASE)
# A change for the better before a therapy named as what came first ("Regression of … after",
# "shrank in 9 after"), or right after it ("… induced regression of").
_BETTER = (
    rf"{_EASED}\w*|resol\w*|remission|shr[ai]nk\w*|shrunk|soften\w*|clear(?:ed|ance|ing)|"
    r"flatten\w*"
)
BETTER_AROUND = re.compile(rf"\b(?:{_BETTER})\b", re.IGNORECASE)
# A results table's "Response" or "Course" cell that tells of the deposits getting better:
# "Nodules a third smaller by a year", "Lesion halved", "Complete resolution" (not "No change").
RESPONSE_BETTER = re.compile(
    rf"\s*(?:[\w%-]+\s+){{0,4}}?(?:{_BETTER}|smaller|halved|softer|flatter|gone)\b", re.IGNORECASE
)
BETTER_AFTER = re.compile(
    rf"^[\s-]*(?:induced|led to|brought about)\s+(?:{_BETTER})\b", re.IGNORECASE
)
BARE_CALCINOSIS = re.compile(
    r"(?:the\s+)?(?:calcinos[ie]s|calcifications?|calcinotic (?:deposits?|lesions?|nodules?)|deposits?)",
    re.IGNORECASE,
)
# A therapy's ending said in the passive: "was stopped", "had been replaced".
_WAS = r"(?:was|were|had been|has been|have been)"
_STOPPED_VERB = r"(?:stopped|discontinued|withdrawn|replaced|ceased|switched|weaned)"
STOPPED = re.compile(
    # ("once the steroid was gone": no longer given)
    rf"^\s*(?:\w+\s+){{0,2}}(?:{_WAS}|been)\s+(?:{_STOPPED_VERB}|tapered|gone\b)"
    # a note's or a headline's "warfarin stopped for calciphylaxis", "MMF discontinued." (not
    # "stopped the deposits growing")
    rf"|^\s*(?:{_STOPPED_VERB}|d/c'?d)"
    r"(?=\s*(?:[.,;:)]|$|\s(?:for|because|due|owing|after|on|in|when|at|and|as|since|today)\b))",
    re.IGNORECASE,
)
# A therapy brought down before its name: "we tapered the steroid", "weaned him off prednisolone"
# (not "stopped X because of …", which goes on to say why).
TAPERED_BEFORE = re.compile(
    r"\b(?:tapered|weaned|tapering|weaning)\s+(?:(?:him|her|them|the\s+(?:dog|cat|horse|patient))\s+)?"
    r"(?:off\s+)?(?:(?:the|her|his|their|its|all)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# … or stopped, with no reason given after it: "we stopped the calcitriol and gave …" (a
# drug withdrawn as part of the care, often the one that caused the trouble).
# (not "replaced by" or "switched to", which name the drug that came next)
STOPPED_BEFORE = re.compile(
    r"\b(?:stopped|discontinued|withdrew|withheld|held|ceased)\s+"
    r"(?:(?:the|her|his|their|its|all)\s+)?(?:(?!(?:and|or|but|then|so)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The words that make what follows a time: "after", "during", "prior to", "at the end of".
_TIME_WORD = (
    r"\b(?:after|before|during|following|post|between|prior\s+to|ahead\s+of|"
    r"at\s+the\s+(?:end|start)\s+of)\s+"
)
# A therapy named only as the time of something else: "three times weekly after dialysis", "low
# blood pressure during dialysis", "injected into the lump before excision".
TIMED_BY = re.compile(
    rf"{_TIME_WORD}(?:(?:the|her|his|their|its|each|every)\s+)?$", re.IGNORECASE
)
# ("at the start of every dialysis run", "at the end of each infusion")
TIME_REFERENCE = re.compile(rf"{_TIME_WORD}(?:each|every)\s+$", re.IGNORECASE)
# The words before a verb that make it fail, or say it has: "had not", "barely", "never"; and
# those of them that deny it without a negation ("barely touches her pain").
_SCARCELY = r"(?:barely|hardly|scarcely)"
_FAILING = rf"(?:has|have|had|did|does|do|not|never|{_SCARCELY}|[a-z]+n['’]t)"
BARELY = re.compile(rf"\b{_SCARCELY}\b", re.IGNORECASE)
TREAT_VERB = re.compile(
    # (an aside may come first: "methotrexate, continued in 44, controlled …")
    r"^\s*(?:,[^,;.()]{1,70},\s*)?(?:,?\s*(?:which|that)\s+)?"
    # (or the next clause's "it": "paracetamol since the fall; it has not eased the ache")
    r"(?:[^,;.:()]{0,40};\s*(?:it|they)\s+)?"
    # (a failure too: "the dressing had not healed it", "barely touches her pain")
    # ("only partly relieves the aching": a word and an adverb of degree)
    rf"(?:{_FAILING}\s+){{0,2}}(?:\w+\s+){{0,1}}(?:\w+ly\s+)?(?:{_FAILING}\s+){{0,2}}"
    r"(?:controlled|cleared|improved|treated|suppressed|resolved|"
    r"helped|relie(?:ve|ves|ved)|controls?|correct(?:s|ed)?|lower(?:s|ed)?|revers(?:e|es|ed)|"
    r"calm(?:s|ed)?|"
    # "methotrexate clears the morphoea", "excision usually cures a pilar cyst"
    r"clears|cur(?:e|es|ed)|normali[sz](?:e|es|ed)|help(?:s|ing)?|touch(?:es|ed|ing)?|"
    # "correct the calcitriol-driven hypercalcaemia", "iloprost healed her fingertip ulcers"
    r"settl(?:e|es|ed)|eas(?:e|es|ed)|heal(?:s|ed)?|"
    # a note's "oxycodone not holding night pain", "is not controlling her pain", and the
    # idiom "takes the edge off the pain"
    r"controlling|holding|easing|relieving|"
    r"(?:take|takes|taking|taken|took)\s+the\s+edge\s+off)\s+"
    r"(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?|an?\s+(?:\w+\s+)?|[a-z]+\s+)?$",
    re.IGNORECASE,
)
# An infection named as what came before the deposits: "after a bout of infection", "at the
# sites of old injury or infection", "calcinosis often follows an infection"; or as their cause,
# the verb after it in its clause: "an infection can cause it", "trauma, infections and burns can
# all lead to calcinosis" (not "the deposits cause pain and infection", nor "pain and infection
# result from the deposits", where the infection is what the deposits bring).
INFECTION_BEFORE = re.compile(
    r"\b(?:after|following|follows?|followed|earlier|previous|prior|past|old|former|healed|from|"
    r"caused\s+by|due\s+to|secondary\s+to|sites?\s+of)\b[^.;]{0,25}?\binfections?\b"
    r"|\binfections?\b[^.;:]*?\b(?:caus(?:e|es|ed|ing)(?!\s+(?:by|of)\b)|lead(?:s|ing)?\s+to|led\s+to|"
    r"results?\s+in|resulted\s+in|g[ia]ves?\s+rise\s+to|trigger\w*|precede\w*)\b",
    re.IGNORECASE,
)
# "hydroxychloroquine keeps her lupus quiet", "has held the myositis in check": the verb before
# the disease, the state it is kept in after it (``KEPT_STATE``)
KEEPS = re.compile(
    r"^\s*(?:[\w.%/-]+\s+){0,4}?"
    # (past an aside on the drug: ", first developed against malaria,")
    r"(?:[\w.%/-]*,[^,;()]{1,60},\s+)?"
    r"(?:keeps?|kept|keeping|holds?|held|has\s+kept|has\s+held)\s+"
    r"(?:his\s+|her\s+|their\s+|the\s+|its\s+)?$",
    re.IGNORECASE,
)
KEPT_STATE = re.compile(
    r"\s+(?:quiet|inactive|in\s+check|under\s+control|at\s+bay|in\s+remission|stable|settled|"
    r"well\s+controlled)\b",
    re.IGNORECASE,
)
POSITIVE_AFTER_NEGATION = re.compile(
    r"\b(?:and|but|,)\s+(?:\w+\s+){0,2}(?:response|respond\w*|improv\w*|success\w*|benefit\w*|remission|resolution)\b"
    # "no new deposits since the switch": what is denied is new disease, a good result
    rf"|^\s*(?:new|further|fresh)\s+(?:[\w-]+\s+)?"
    rf"(?:{_LESION}|calcinosis|calcifications?|ulcers?|wounds?)\b",
    re.IGNORECASE,
)
COMORBIDITY = re.compile(
    r"\b(?:(?:patients?|people|persons?|man|woman|men|women|boy|girl|child(?:ren)?|adults?|individuals?|cases?|"
    r"infants?|neonates?|those|animals|cats|dogs|horses)\s+(?:\w+\s+){0,2}with|(?:he|she|they|patient) (?:had|has|have)|"
    r"history of|hx|h/o|known)\s+(?:\S+\s+){0,3}$"
    # a clause of history that denies it: "No prior burns or frostbite there; no gout" (not
    # "no improvement in …")
    r"|^\s*no\s+(?:(?:previous|prior|past|known|preceding)\s+)?"
    r"(?:(?:[\w-]+\s+){1,3}(?:or|nor)\s+)?$",
    re.IGNORECASE,
)
# How often a condition is met in a disease: "it is rare in systemic lupus erythematosus", "has been
# described in MCTD", "is seen more often in scleroderma".
PREVALENCE_IN = re.compile(
    r"\b(?:common|commoner|commonest|frequent|rare|rarer|rarely|uncommon|prevalent|described|reported|"
    rf"documented|observed|seen|found|encountered|occurs?|{_OCCURRED}|develops?|arises?)"
    r"\s+(?:\w+\s+){0,2}?in\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The nouns that name a kind: "a localised form of", "one of the main varieties of".
_KIND_NOUN = r"(?:forms?|types?|subtypes?|variants?|kinds?|variet(?:y|ies)|sorts?)"
# The adjectives that name the kinds of calcinosis cutis ("it is dystrophic").
KIND_WORDS = ("dystrophic", "metastatic", "idiopathic", "iatrogenic")
_KIND_WORD = rf"(?P<kind>{'|'.join(KIND_WORDS)})"
SUBTYPE_OF = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|often\s+|generally\s+|now\s+)?(?:classed|classified|categori[sz]ed|"
    r"considered|regarded|counted|grouped|listed)\s+(?:as|among|with|under)\b"
    # "…, a localised form of …", "X (a form of dystrophic calcinosis)"
    r"|(?:(?:\b(?:is|are)|[,;])\s+|\(\s*)(?:a|an|one)\s+(?:[\w-]+,?\s+){0,4}"
    rf"{_KIND_NOUN}\s+of\b"
    # "is the widest-spread form of …", "is one of the main kinds of …"
    r"|(?:\b(?:is|are)|,)\s+(?:one\s+of\s+)?the\s+(?:[\w-]+\s+){0,3}"
    rf"{_KIND_NOUN}\s+of\b",
    re.IGNORECASE,
)
# A kind named as what a calcinosis is, right before the kind: "Calcinosis circumscripta, a rare
# dystrophic calcinosis seen in puppies, …", "X is a rare idiopathic calcinosis".
KIND_BEFORE = re.compile(
    r"(?:\b(?:is|are)|,)\s+(?:a|an)\s+(?:(?:recogni[sz]ed|locali[sz]ed|rare|benign|distinct|"
    r"particular|peculiar|common|uncommon|well-known|specific|special)\s+){0,2}$",
    re.IGNORECASE,
)
# A kind of calcinosis told by its type after a comma, the parent left unsaid: "idiopathic
# calcinosis cutis, the variety with no known cause", "metastatic calcinosis cutis, the form a
# raised phosphate brings" (not "…, the type of …", which names the parent).
THE_TYPE_AFTER = re.compile(rf"\s*,\s*the\s+(?:[\w-]+\s+)?{_KIND_NOUN}\b(?!\s+of\b)", re.IGNORECASE)
# The kind named before the calcinosis it is a kind of, as what a sentence or item is about:
# "The iatrogenic type of calcinosis, after a drip leaks, …" (not "it is a dystrophic form of
# calcinosis", which says what the calcinosis in view is).
KIND_NAMED_BEFORE = re.compile(
    rf"(?:^|[.;:(*]\s*)the\s+{_KIND_WORD}\s+{_KIND_NOUN}\s+of\s+$", re.IGNORECASE
)
# The kind named after the calcinosis it is a kind of: "calcinosis cutis, the metastatic sort",
# "calcinosis cutis of an iatrogenic variety", "(calcinosis cutis, idiopathic form)".
KIND_AFTER = re.compile(
    rf"\s*,?\s*(?:of\s+)?(?:the\s+)?{_KIND_WORD}\s+{_KIND_NOUN}\b",
    re.IGNORECASE,
)
# "calciphylaxis is often added as a fifth type": a type of the condition the text is about
ADDED_AS_TYPE = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:added|included|recogni[sz]ed|distinguished|described)\s+as\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:types?|forms?|subtypes?|categor(?:y|ies)|variants?)\b",
    re.IGNORECASE,
)
# A therapy given beside the one studied: "IVIG alongside other immunosuppressants", "on top of
# their usual drugs" (the study's results are not its).
ACCOMPANYING = re.compile(
    r"\b(?:(?:alongside|on top of|in addition to|besides)\s+(?:their\s+|his\s+|her\s+|the\s+)?"
    r"(?:\w+\s+)?|other\s+|background\s+|concomitant\s+)$",
    re.IGNORECASE,
)
# ", and <subject> <verb>": a new clause of its own after a list of states ("… painful or limit
# joints, and excised lumps may well return"), or up to the state it says ("…, and excised
# <lumps return>").
AND_NEW_CLAUSE = re.compile(
    r",\s+and\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has|have|may|can|will|often|sometimes|"
    r"usually|frequently|rarely|seldom|tends?|comes?|recurs?|returns?)\b"
    r"|,\s+and\s+(?:[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)
# A heading about calcium going into tissue: "How cancer calcifies the skin", "Skin calcification
# in lupus"
CALCIFYING = re.compile(
    r"\b(?:calcif\w*|calcinos[ie]s|calcinotic|mineralis\w*|mineraliz\w*)", re.IGNORECASE
)
# A sentence that speaks of the lesions themselves ("the plaques softened", "nodules got smaller").
LESION_NAMED = re.compile(rf"\b(?:{_LESION}|skin|calcinosis|calcifications?)\b", re.IGNORECASE)
# The deposits named, whose place an injection site may be.
DEPOSIT_NAMED = re.compile(
    rf"\b(?:{_LESION}|papules?|calcinosis|calci(?:fied|fications?)|mineral\w*)\b", re.IGNORECASE
)
# A site the deposits keep away from: "sparing the neck", "the hips are usually spared" (said of
# sites only: "steroid-sparing methotrexate" denies no drug).
SPARING = _words(r"spar(?:es|ing)")
# Words that make a denial one of place or of association: "none involved the joint", "was not
# associated with", "no link with", "unrelated to", "went with A, but not with B".
NEG_LINK = _words(
    r"involv\w*", r"associat\w*", r"links?", r"linked", r"correlat\w*", r"unrelated",
    r"(?:went|goes|go|going) with", r"more (?:frequent|common)\w*",
)
SPARED = _words(r"(?:is|are|was|were) (?:\w+ly )?spared")
# "steroid-sparing": the drug named before it is the one spared, not given.
SPARING_COMPOUND = re.compile(r"[\s-]sparing\b", re.IGNORECASE)
# The other name a disease goes by, right after it: "calcinosis circumscripta, sometimes called
# tumoral calcinosis", "… (also known as …)", "…, aka …". One disease, named twice.
ALIAS_OF_PREVIOUS = re.compile(
    r"^\s*[,(]?\s*(?:(?:also|sometimes|often|formerly|previously|otherwise|still)\s+)?"
    r"(?:called|known as|termed|referred to as|aka|a\.k\.a\.)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# A finding named by a word that denies it: "painless", "non-tender".
NEGATIVE_FORM = re.compile(r"\wless$|^non-?\w", re.IGNORECASE)
# A finding whose own name is a denial ("asymptomatic lesion", "absence of pain").
NEGATIVE_LABEL = re.compile(r"\b(?:asymptomatic|non|no|without|absen\w*)\b|\wless\b", re.IGNORECASE)
# "Lumps that discharge chalky material can be curetted": a lesion described by what it does (not
# by what was done to it: "lumps that were excised").
_LESION_THAT = (
    # (a lay page's "ones that ache … can be removed", "bumps that leak")
    rf"(?:{_LESION}|ones|spots|bumps|papules)\s+(?:that|which)\b"
    r"(?!\s+(?:was|were|had been|have been|has been|are being)\b)"
)
# A turn to the other side: a list of reasons ends at "but recurrence … are common".
CONTRAST = _words(r"but", r"yet", r"whereas", r"although", r"though")
# "the pain of the wounds", "the itch of her plaques": what the symptom belongs to follows
OF_SOMETHING = re.compile(r"\s+of\s+(?:the|her|his|their|its|these|those)\b", re.IGNORECASE)
# The words for a disease flaring: "a flare", "flare-ups", "attacks", "bouts".
_FLARE = r"(?:flares?|flare-ups?|relapses?|exacerbations?|attacks?|episodes?|bouts?)"
# "eases the painful flares", "eased inflammatory flares": the disease's flares, not a symptom
FLARE_WORD = re.compile(rf"\b{_FLARE}\b", re.IGNORECASE)
CONDITION_CLAUSE = re.compile(
    r"\b(?:if|unless|when|whenever|because(?! of)|"
    # ("since last spring", "since March": a time, not a reason)
    r"since(?!\s+(?:\d|then\b|birth\b|childhood\b|infancy\b|(?:last|this|early|late|mid)\b|"
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|(?<!\bat )once|"
    r"that (?:is|are|becomes?|become|keeps?|has|have|had)|"
    # (not what a drug has done: "amlodipine, which has given her puffy feet")
    r"which (?:is|are|has|have|becomes?)(?!\s+(?:\w+ly\s+)?(?:given|caused|brought|left|made|"
    r"produced|triggered)\b)|"
    # "a nodule on the chin whose appearance upset her was curetted" (a lesion's, not a patient's)
    rf"{_LESION}\s+(?:[\w,-]+\s+){{0,8}}whose|"
    # "needed where infection complicates an ulcer"
    r"(?:needed|required|necessary|useful) where)\b"
    # "Should the deposits cause severe pain, …"
    r"|^\s*should\b"
    rf"|{_LESION_THAT}",
    re.IGNORECASE,
)
# "Ring us if a lump becomes red or swollen", "can be cut out if it limits the knee": what
# the clause after "if" or "unless" names may happen, it is not said to have happened.
HYPOTHETICAL = re.compile(
    r"\b(?:if|unless)\b(?!\s+(?:any|ever)\b)(?:(?!,\s*(?:because|as|since|so)\b)[^;:.])*$",
    re.IGNORECASE,
)
# Who may turn a therapy down: the patient, the parents, a pet's owner.
_DECLINER = (
    r"(?:she|he|they|the\s+(?:patient|family|parents?|owners?|client)|(?:her|his|their)\s+"
    r"(?:parents?|family|owners?|mother|father))"
)
# A drug given to spare the patient a procedure's pain, not for the disease: "to numb the arm
# before the drip", "to sedate her for the scan".
NUMBING = re.compile(
    # (not "to calm", said of inflammation as well: "colchicine to calm the flares")
    r"\bto\s+(?:numb|an(?:a)?esthe[tz]i[sz]e|sedate)\b|\bnumb(?:s|ed|ing)?\s+the\s+"
    r"(?:skin|area|site|spot)\b",
    re.IGNORECASE,
)
# A term that opens its line as a label, with only a list marker before it and a colon after:
# "- Diltiazem: ankle swelling, constipation".
LINE_LABEL = re.compile(r"\W*")
LABEL_COLON = re.compile(r"\s*:")
# An aside set off by commas after a therapy that says what it is ("naproxen, an NSAID (NSAID)
# sold over the counter, was not used"): the whole aside after the therapy; the aside's words so
# far, before a term inside it (the class it names, or that class's abbreviation); and the rest
# of the aside after such a term, up to its closing comma.
_APPOSED_OPEN = r",\s+(?:a|an|the)\s+"
APPOSED_ASIDE = re.compile(rf"\s*{_APPOSED_OPEN}[^,;.]{{1,90}}?,\s*", re.IGNORECASE)
INSIDE_APPOSED = re.compile(rf"{_APPOSED_OPEN}[^,;.]{{0,60}}$", re.IGNORECASE)
ASIDE_REST = re.compile(r"[^,;.]{0,90}?,\s*")
NOT_GIVEN = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:was|were|is|are)\s+(?:not|never)\s+(?:pursued|performed|done|needed|given|attempted|"
    r"required|necessary|offered|started|used|tried|prescribed|administered|warranted|continued|"
    r"considered|undertaken|carried out|available|possible|feasible|an option|suitable|"
    r"appropriate)\b"
    r"|^\s*(?:\w+\s+){0,2}(?:was|were)\s+declined"
    # "excision was unnecessary", "IV thiosulfate discussed, not given"
    r"|^\s*(?:\w+\s+){0,2}(?:was|were|is|are|proved|seemed)\s+(?:\w+ly\s+)?unnecessary"
    r"|^\s*(?:\w+\s+){0,2}(?:discussed|considered|mentioned|raised|suggested|offered)"
    r"\s*(?:,|\bbut|\band)\s*"
    r"(?:(?:was|were)\s+)?(?:not|never)\s+(?:given|started|used|pursued|tried|prescribed|done)\b"
    # "colchicine was offered, but she declined it"
    r"|^\s*(?:\w+\s+){0,2}(?:discussed|considered|suggested|offered|recommended|proposed)"
    rf"\s*,?\s*(?:but|and)\s+{_DECLINER}\s+(?:\w+ly\s+)?(?:declined|refused|did\s+not\s+want)\b"
    # a medication list's "Ramipril - withheld until review"
    r"|^\s*(?:\w+\s+){0,2}(?:(?:was|were|is|are)\s+|[-\u2013:]\s*)"
    r"(?:withheld|held|suspended|paused)\b"
    # a note's "(apixaban held 48 h)"
    r"|^\s*(?:withheld|held|suspended|paused)\s+(?:for\s+)?\d",
    re.IGNORECASE,
)
BACKGROUND = re.compile(
    # "while on acetazolamide" is the therapy given, not a background one
    r"(?<!\bwhile )(?<!\bwhilst )"
    # "started/commenced on X" is X given now; "adverse events on MMF" names the drug studied
    r"(?<!\bstarted )(?<!\bput )(?<!\bcommenced )(?<!\bplaced )(?<!\bswitched )(?<!\bbegun )"
    r"(?<!\bevents )(?<!\beffects )(?<!\breactions )(?<!\bcomplications )"
    # "nausea was commoner on STS than on placebo": a trial arm
    # (but "common on dialysis" is a population on it)
    r"(?<!\bcommoner )(?<!\bmore common )(?<!\bless common )(?<!\bmore frequent )(?<!\brarer )"
    r"(?<!\bmore often )(?<!\bhigher )(?<!\blower )"
    # "no one improved on probenecid": the result of the therapy
    r"(?<!\bimproved )(?<!\bresponded )(?<!\bhealed )(?<!\bregressed )(?<!\bsoftened )"
    r"(?<!\bshrank )(?<!\bcleared )(?<!\bresolved )(?<!\bsettled )(?<!\bbetter )"
    # "healed in 6 of 10 on the cream", "4 (40%) on X": a count of those given it (with the group
    # named between, ``COUNTED_ARM``)
    r"(?<! of [0-9] )(?<! of [0-9][0-9] )(?<!%\) )"
    r"\b(?:on|taking|receiving|maintained on|on long-term|on chronic)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
# A regimen fronted before what came of it: "On minocycline, the pain eased in all four" (not a
# drug the patients were on in the background).
FRONTED_REGIMEN = re.compile(r"^\s*(?:while\s+)?on\s+$", re.IGNORECASE)
# … and the comma that ends it, after the drug's dose or a bracket: "On X 100 mg daily (oral),
# …"
REGIMEN_COMMA = re.compile(
    r"\s*(?:\([^()]*\)\s*)?[^,;:.()]{0,25},"
    # (or no comma, where the main clause's subject follows at once: "On X her pain eased")
    r"|\s+(?=(?:her|his|their|its|the|all|most|both)\s)",
    re.IGNORECASE,
)
# A count of those given a therapy, with the group named: "in 15 of 22 (68%) children on
# infliximab", "2 of 9 patients receiving X": the arm the count is of, not a background drug.
COUNTED_ARM = re.compile(
    # ("bleeding in four patients receiving warfarin": the count said with "in")
    rf"(?:\bof\s+\d+|\d\s*%\)?|\(\d+\)|\bin\s+(?:both|(?:all\s+)?{INTEGER_PATTERN}|several|a few))"
    r"\s+(?:\w+\s+)?"
    r"(?:patients|children|adults|people|participants|subjects|cases|women|men|dogs|cats|horses|"
    r"animals)\s+(?:on|taking|receiving)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
# One patient introduced by the disease she has: "A 47-year-old woman with", "a boy with".
PATIENT_WITH = re.compile(
    r"\b(?:an?\s+(?:\d+|[a-z]+-)[\w-]*\s*-?\s*(?:year|month|week)s?[\s-]old\s+|an?\s+(?:young\s+|elderly\s+)?)"
    r"(?:\w+\s+){0,2}?(?:man|woman|boy|girl|child|infant|patient|lady|gentleman|male|female)\s+"
    r"(?:\w+\s+){0,3}?with\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# A list of what the patient takes ("Current medication: hydroxychloroquine 200 mg daily; …",
# "Drug history: …"): background therapies, not ones given for the deposits.
MEDICATION_LIST = re.compile(
    r"^\W*(?:(?:current|regular|usual|repeat|present|long-term)\s+)?"
    r"(?:medications?|medicines|drugs|drug\s+history|treatment\s+history)\s*(?:on\s+\w+\s*)?:",
    re.IGNORECASE,
)
APPOSITIVE = re.compile(r"^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# Between a drug and the class the text names for it: "Diltiazem, a calcium channel blocker",
# "sevelamer (a phosphate binder)", "tofacitinib, an oral Janus kinase inhibitor".
CLASS_AFTER_DRUG = re.compile(
    r"\s*(?:(?:,|\bis)\s*(?:a|an)\s+|\(\s*(?:(?:a|an)\s+)?)(?:(?:oral|intravenous|topical|new|newer|older|"
    r"selective|non-selective|dihydropyridine|second-generation|first-generation)\s+){0,2}",
    re.IGNORECASE,
)
# … and between the class and the drug it gives as its example: "binders such as lanthanum",
# "channel blockers, e.g. nifedipine", "the bisphosphonate risedronate".
DRUG_AFTER_CLASS = re.compile(
    r"s?\s*(?:,?\s*(?:such\s+as|e\.\s?g\.,?|like|including|namely)\s+|\(\s*(?:e\.\s?g\.,?\s*)?|\s)",
    re.IGNORECASE,
)
# What a condition's sentence says of it, by the kind of the other term.
CONDITION_RELATION = {"site": "located_in", "finding": "has_feature", "mechanism": "has_mechanism"}
STRONG_TREATMENT = _words(
    r"treated with",
    r"treatment (?:of|with)",
    r"managed with",
    r"respon\w* to",
    r"improv\w* (?:with|after)",
    r"resolv\w* (?:with|after)",
    r"therapy with",
    r"successful\w*",
    r"used to treat",
    r"effective",
)
COORDINATION = re.compile(r"\s*(?:,|and|or|and/or|/)\s*(?:,\s*)?(?:and\s+|or\s+)?", re.IGNORECASE)
# Members named after a group: "autoimmune disease, mainly lupus and dermatomyositis".
EXAMPLES_LINK = re.compile(rf"\s*[,(]?\s*{_EXAMPLES}\s+(?:in\s+)?", re.IGNORECASE)
DEFINES_AS = re.compile(
    r"\b(?:referred to as|is called|are called|known as|termed|defined as|called)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
CLASSIFY_CUE = _words(
    r"classif\w*",
    r"divided",
    r"subdivided",
    r"categori[sz]\w*",
    r"distinguish\w*",
    r"subtypes?",
    r"types",
    r"kinds",
    r"forms",
    r"categories",
    r"variants",
    r"groups",
)
# An order about the therapy just named: "Offer it if …", "Keep them for …".
_ORDER = r"(?:offer|consider|use|try|give|start|reserve|keep|repeat|continue)s?\s+(?:it|them)"
# A question of when a therapy is used: "When is an operation worth it?", "Q2 (trainee): When
# would you send her to a surgeon?", "When should excision be considered?"
WHEN_ASKED = re.compile(
    r"(?:^|:\s*)when\s+(?:is|are|do|does|should|would|might|can|to)\b", re.IGNORECASE
)
INDICATION_CUE = _words(
    r"indicat\w*",
    r"recommended (?:when|for|if)",
    r"considered (?:when|for|if)",
    r"reserved for",
    # "Curettage, offered for tenderness or for looks, …"
    r"offered (?:for|when|if)",
    # "kept for lumps that are painful", "advisable when a deposit compresses a nerve"
    r"(?:kept|saved|limited|confined|restricted) (?:to|for)",
    r"advisable",
    r"justified",
    r"(?:appropriate|suitable|best|best suited|suited|reserved) (?:when|for|if|where|to)",
    r"treatment of choice (?:for|when|if)",
    r"warranted",
    r"(?:is|are) an option for",
    r"in cases? of",
    rf"{_ORDER}\s+(?:if|when|where|for)",
    r"(?:particularly|especially|mainly|mostly|chiefly|only|largely) (?:when|if|where|for|in)",
    r"(?:when|if|where|once) (?:the )?(?:[\w-]+ )?(?:lesions?|deposits?|nodules?|masses|lumps?|"
    r"calcinosis) (?:are|is|become|becomes|get|gets|cause|causes|limit|limits|persists?|remains?|"
    r"keeps?|fails?)",
)
# A therapy kept for some lesions only, which says when to use it, not that it treats them:
# "excision is reserved for lumps that break down", "is seldom needed", "only if a papule is
# still there" (not a recommendation: "may be considered", "is an option").
RESERVED_FOR = _words(
    r"(?:reserved|kept|saved|kept back) (?:for|to|until)",
    r"(?:limited|confined|restricted) to",
    r"only (?:if|when|where|for|once)",
    r"(?:is|are|was|were) (?:rarely|seldom|not|occasionally|sometimes) "
    r"(?:needed|indicated|required)",
)
# A therapy a plan only proposes, named after the proposal: "consider CO2 laser rather than …",
# "refer to plastics for excision of …", "we would consider a bisphosphonate".
PROPOSED_BEFORE = re.compile(
    r"\b(?:consider(?:ing)?|refer(?:red|ral)?\b[^.;:]{0,60}?"
    r"\b(?:for|to\s+(?:discuss|weigh\s+up|assess|look\s+at)))\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
# The notes' short names of the analytes ("Ca", "phos", "PO4"), and as a pattern.
ANALYTE_SHORT = {short.lower(): full for short, full in _NOTE_ANALYTE_NAMES.items()}
_SHORT_ANALYTE = "|".join(ANALYTE_SHORT)
# A therapy's condition on a raised blood value: "only if the Ca is still over 3.1 tomorrow",
# "kept for calcium that remains above 3.2", "If phosphate remains high: …".
RAISED_IF = re.compile(
    r"\b(?:if|when|while|whilst|once|reserved for|kept for)\s+(?:the\s+|his\s+|her\s+)?"
    rf"{BLOOD_QUALIFIER}(?P<analyte>calcium|phosphate|phosphorus|{_SHORT_ANALYTE})\b"
    r"(?:\s+levels?)?\s+"
    r"(?:(?:that|which)\s+)?(?:(?:is|was|are)\s+)?(?:still\s+)?"
    r"(?:(?:stays?|remains?|keeps?|goes|rises|climbs)\s+)?"
    r"(?:>|≥|above|over|higher than|greater than|exceeds?|high\b|raised|elevated|rising)",
    re.IGNORECASE,
)
# A therapy denied right before it is named: "no calcium supplements", "avoid thiazides".
DENIED_BEFORE = re.compile(
    r"\b(?:no|not|never|avoid|withhold|hold|stop)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# A state a therapy is kept from, inside an indication: "…, and not while the AKI is unresolved".
KEPT_FROM = re.compile(
    r"\bnot\s+(?:while|whilst|when|if|during|in|with)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Advice against the therapy just named, after a clause that says when: "For anyone on
# anticoagulants an operation is not advised", "in kidney failure, bisphosphonates are avoided".
ADVISED_AGAINST = re.compile(
    r"\s*(?:(?:is|are)\s+(?:usually\s+|generally\s+|best\s+)?(?:not\s+(?:advised|recommended|"
    r"advisable|suitable|appropriate)|avoided|contra-?indicated)|should\s+(?:not|never)\s+be\s+"
    r"(?:given|used|offered|done|performed))\s*[.;]",
    re.IGNORECASE,
)
# An indication cue that ends its clause: "excision of the ulcerated mass is indicated, as …".
INDICATED_AFTER = re.compile(r"indicated|warranted|advisable|justified", re.IGNORECASE)
# A therapy to be kept from patients in some state: "should be withheld while the patient is
# hypercalcaemic", "is contraindicated in hyperphosphataemia", "avoid … during pregnancy".
# The state it is kept from: "… withheld while", "… not used in".
_IN_STATE = r"(?:while|whilst|when|if|in|on|to|during|until|after)\b"
# How a text says a therapy is given: "not be given", "not done", "may be started".
_GIVEN = (
    r"(?:given|used|prescribed|started|initiated|begun|restarted|applied|done|performed|offered|"
    r"attempted|undertaken)"
)
CONTRAINDICATION = re.compile(
    r"\b(?:(?:should|must|would)\s+(?:be\s+)?|(?:is|are)\s+(?:best\s+|\w+ly\s+)?|be\s+)"
    # ("curettage is not done while the lump is infected")
    rf"(?:withheld|avoided|not (?:be )?{_GIVEN})\s+{_IN_STATE}"
    r"|\bcontra-?indicated\s+(?:in|when|if|during|while|for)\b"
    # a caution in brackets after the drug: "minocycline 50 mg at night (avoid in children)"
    r"|\(\s*(?:avoid(?:ed)?|not|contra-?indicated)\s+(?:in|during|if|when|while|with)\b"
    # a record of what was kept back and why: "calcitriol was withheld because of the raised
    # calcium", "the gluconate was held while the phosphate stayed up" (not "stopped because of",
    # which gives a harm); "the diuretic was avoided because she was dry"
    r"|\b(?:was|were|been)\s+(?:\w+ly\s+)?"
    rf"(?:withheld|held|deferred|postponed|avoided|not\s+{_GIVEN}),?\s+"
    r"(?:because(?:\s+of)?|due to|owing to|in view of|given|while|whilst|during|until)\b"
    # a therapy weighed and let go: "was weighed … but not begun, because her transaminases are
    # high"
    rf"|\bbut\s+not\s+{_GIVEN},?\s+(?:because(?:\s+of)?|due to|owing to|in view of)\b"
    # the same in a note's shorthand, with no verb: "zoledronate avoided because of the AKI"
    r"|\b(?:withheld|avoided|deferred|postponed)\s+(?:because of|due to|owing to|in view of)\b"
    # "surgery is not advised while the product stays high", "not recommended in pregnancy"
    r"|\bnot\s+(?:advised|recommended|advisable|appropriate|suitable)\s+"
    r"(?:while|whilst|when|if|in|during|with)\b"
    # an order after the therapy's own clause: "NSAIDs ease the pain; avoid in CKD"
    r"|(?P<after_clause>(?<=[;,])\s*(?:but\s+)?avoid(?:ed)?\s+(?:in|during|while|whilst|if)\b)",
    re.IGNORECASE,
)
# The drug in view, unnamed: "it", "this agent", "the medication", "the infusions".
_THE_DRUG = (
    r"(?:it|they|them|this (?:drug|agent|medication|medicine|treatment|therapy|compound)|"
    r"the (?:drug|agent|medication|medicine|treatment|infusion|injection)s?)"
)
# An order to keep a drug back for a time: "hold", "pause", "stop".
_PAUSE = r"(?:hold|withhold|pause|interrupt|suspend|stop)"
# The same as an order, the drug in view unnamed: "Do not apply to open wounds."
CONTRA_IMPERATIVE = re.compile(
    r"^\s*(?:do not|don't|never)\s+(?:use|apply|give|inject|start)\s+(?:it\s+|them\s+)?"
    + _IN_STATE
    # "Pause the medicine while a lesion is infected": kept from that state for a time
    + rf"|^\s*{_PAUSE}\s+{_THE_DRUG}\s+"
    r"(?:while|whilst|when|if|during)\b",
    re.IGNORECASE,
)
# … right before a caution: "…, so this drug is best avoided in …"
CAUTION_PRONOUN = re.compile(rf"\b{_THE_DRUG}\s+$", re.IGNORECASE)
# Where the reason for a caution begins: "…: it stings", "…, because it scars".
REASON_AFTER = re.compile(r"\s*(?::|;|,?\s+(?:because|as it|since))\s", re.IGNORECASE)
# A reason set off after advice on when to use a therapy: "…, because they often grow back" (not
# "because of how they look", which is part of the when).
REASON_CLAUSE = re.compile(r",\s+(?:because|since)\s+(?!of\b)", re.IGNORECASE)
# Where advice on going back to it begins: "…, and resume only after the infection has settled".
RESUME_AFTER = re.compile(
    r",?\s+(?:and|then|but)\s+(?:only\s+)?(?:restart|resume|reintroduce|re-?start|reinstate)\b",
    re.IGNORECASE,
)
# The same in the active voice, the therapy inside: "We would avoid minocycline in chronic kidney
# disease", "do not give calcitriol if …".
_AVOID = (
    # "recommends avoiding bisphosphonates in kidney failure"
    r"(?:avoid(?:ing)?|withh[eo]ld|steer clear of|(?:advis|recommend|caution|warn)\w*\s+against|"
    r"(?:do|would|should|must)\s+not\s+"
    r"(?:use|give|prescribe|start|apply|take)|(?:don't|never)\s+(?:use|give|prescribe|start|apply|take))"
)
# Any word of keeping a drug back, for the reason after it: "she avoids aspirin because of …".
AVOIDS = re.compile(rf"\b(?:{_AVOID}|avoids|avoided|withholds)\b", re.IGNORECASE)
_AVOID_WHEN = (
    r"when|whenever|if|in|during|while|whilst|until|unless"
    # "never give it to people with a failing heart"
    r"|to\s+(?:\w+\s+)?(?:patients|people|those|anyone|children|women|men|adults|animals|cats|dogs)"
    r"\s+(?:with|who)"
)
# The reason a therapy is kept back or stopped: "because of his CKD", "in view of the ulcer".
_BECAUSE_OF = r"(?:because of|due to|owing to|in view of|on account of)"
# … said right after the drug a note stopped, or when: "stopped the drops because of …", "for the
# rash", "after three months" (so it had been given).
STOP_REASON_AFTER = re.compile(
    rf"[^,;.]{{0,40}}?\b(?:{_BECAUSE_OF}|because|for|after|as|since|when)\b", re.IGNORECASE
)
AVOID_THERAPY = re.compile(
    # (not "advise against colchicine for calcinosis in DM": advice on what it is for); an order
    # to pause it is one too: "hold anakinra during any infection", "stop calcium while it is high";
    # and a note's "No NSAIDs due to the kidney disease" (a drug stopped because of a state gives a
    # harm, read elsewhere)
    rf"(?:\b{_AVOID}|\b(?P<pause>{_PAUSE})|^\s*no(?=\s+(?:[\w-]+\s+){{1,4}}?{_BECAUSE_OF}\b))\s+"
    rf"(?P<therapy>(?:(?!for\b)[\w-]+\s+){{1,4}}?)(?:{_AVOID_WHEN}|(?(pause)(?!)|{_BECAUSE_OF}))\b",
    re.IGNORECASE,
)
# The drug of such an order unnamed, a pronoun: "we don't give it to anyone with …".
THERAPY_PRONOUN = re.compile(rf"\s*{_THE_DRUG}\s*", re.IGNORECASE)
# A caution on each of two drugs: "Neither agent may be given while an infection is active",
# "neither A nor B is given in pregnancy".
NEITHER_GIVEN = re.compile(
    r"^\s*neither\b(?P<therapy>[^.;:]*?)\b(?:should|must|can|may|is|are)\s+(?:be\s+)?"
    rf"{_GIVEN}\s+{_IN_STATE}",
    re.IGNORECASE,
)
# The therapy as the verb of the order: "Never curette a nodule when its skin is infected",
# "do not cut out … during …".
AVOID_DOING = re.compile(
    r"\b(?:(?:do|would|should|must)\s+not|don't|never)\s+"
    r"(?P<therapy>(?:[\w-]+\s+){1,2}?(?:(?:an?|the|any|this|that|it|them)\s+(?:[\w-]+\s+)?)?)"
    rf"(?:{_AVOID_WHEN})\b",
    re.IGNORECASE,
)
_AVOIDED = r"\b(?:should|must|is best|are best)\s+(?:be\s+)?avoided\s*"
# A therapy to avoid, with no state named: "…, and warfarin should be avoided." (in the disease the
# text is about).
AVOIDED_BARE = re.compile(_AVOIDED + r"(?:\.|$)", re.IGNORECASE)
# A therapy to avoid for what it does: "Scraping out a nodule is best avoided, because the raw wound
# it leaves heals slowly", "should be avoided: it scars".
AVOIDED_BECAUSE = re.compile(
    # (or "should not be used: it …", "must never be given, because …")
    rf"(?:{_AVOIDED}|\b(?:should|must)\s+(?:not|never)\s+be\s+{_GIVEN}\s*)"
    r"(?::|;|,?\s+(?:because|as|since)\b)",
    re.IGNORECASE,
)
# A diagnosis ruled out, right before the calcinosis: "Not calcinosis cutis.", "…, rather than
# calcinosis", "features against calcinosis".
# What a sign looked for would point to: "(no livedo) to suggest (calciphylaxis)".
_TO_SUGGEST = r"\bto\s+(?:suggest|indicate)\s+"
NOT_THE_DIAGNOSIS = re.compile(
    # "normal renal function -> not calciphylaxis": a note's arrow reads "so"
    r"(?:^\s*|[,;:]\s*|(?:->|\u2192|=>)\s*|\b(?:is|are|was|were)\s+)"
    r"(?:not(?:\s+(?:c/w|consistent with|in keeping with|compatible with|typical of))?|"
    r"rather than|instead of)\s+(?:an?\s+)?$"
    # "the swelling that wasn't a tophus"
    r"|\b(?:is|are|was|were)n['\u2019]t\s+(?:an?\s+)?$"
    r"|\b(?:against|excludes?|excluded|rules? out)\s+(?:a\s+diagnosis\s+of\s+)?$"
    # an examination that finds none of its signs: "no net-like purpura to suggest …"
    rf"|(?:^|[.;:]\s*)\s*(?:no|nothing|without)\b[^;]*{_TO_SUGGEST}$",
    re.IGNORECASE,
)
# A therapy passed over for another: "consider laser rather than repeat excision".
PASSED_OVER = re.compile(r"\b(?:rather than|instead of|in preference to)\s+(?:[\w-]+\s+)?$", re.I)
# What a therapy is measured against, right before it: "no added benefit over excision", "more
# effective than colchicine" (not "other than excision", "rather than excision").
MEASURED_AGAINST = re.compile(
    r"\b(?:benefit|advantage|effective|better|worse|superior|inferior|preferable)\s+"
    r"(?:(?:\w+\s+){0,3})?(?:over|than|to)\s+(?:(?:the|a|an|standard|conventional|usual)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The words between a sign looked for and the disease it would point to: "(no net-like purpura)
# over the abdomen to suggest (calciphylaxis)".
SIGN_OF = re.compile(rf"[^.;:]*?{_TO_SUGGEST}(?:an?\s+)?", re.IGNORECASE)
# Right after a diagnosis the text sets aside: "… normal values make calciphylaxis unlikely",
# "dystrophic calcinosis was ruled out".
RULED_OUT_AFTER = re.compile(
    # an aside between the disease and the verdict: "X, which favours the trunk, was thought
    # unlikely"
    r"(?:\s*,\s*(?:which|that|with|a)\b[^,;.]*,)?"
    r"\s*(?:[\w-]+\s+){0,4}?(?:(?:very\s+)?unlikely(?!\s+to\b)|improbable|"
    r"(?:was|were|is|are|has been|had been)\s+(?:excluded|ruled out|discounted))\b",
    re.IGNORECASE,
)
# A report's conclusion: "Diagnosis: …", "Final diagnosis: …", "Conclusion: …".
DIAGNOSIS_LINE = re.compile(
    r"^\s*(?:[\w ]{0,30}:\s*)?(?:(?:final|histological|pathological|clinical)\s+)?"
    r"(?:diagnosis|conclusion|impression)\s*:",
    re.IGNORECASE,
)
# A verdict that names the diagnosis and nothing after it: "So, tophaceous gout.",
# "Diagnosis: dystrophic calcinosis", "It's a panniculitis, then."
VERDICT_BEFORE = re.compile(
    r"^\s*(?:(?:so|thus|hence|therefore|overall)\s*,?\s*|(?:(?:final|working|clinical|"
    r"histological|pathological)\s+)?(?:diagnosis|impression|conclusion)\s*:\s*)"
    r"(?:(?:this|it)(?:'s|\s+(?:is|was))\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
VERDICT_AFTER = re.compile(r"\s*(?:,\s*then\s*)?[.!]?\s*$", re.IGNORECASE)
# What a lesion is taken for and is not: "often confused with cellulitis", "can mimic a tumour";
# and a request form's query, which names a guess: "?gout", "sent as query lipoma".
MISTAKEN_FOR = re.compile(
    # "the referral asked about calciphylaxis", "queried gout": a question the report answers
    r"\b(?:mistaken for|confused with|misdiagnosed as|mimic\w*|resembl\w*|simulat\w*|"
    r"asked about|queried)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$"
    r"|(?:^|[\s(.,;:])(?:\?|query)\s*$",
    re.IGNORECASE,
)
# The scar a lesion lies in, not one it made: "calcinosis in acne scars", "extruding through the
# scar", "a nodule has formed at that scar", "beneath the excision scar"; or the cause of another
# state ("contracture secondary to a burn scar").
SCAR_AS_SETTING = re.compile(
    r"\b(?:in|inside|within|into|through|beneath|under|underneath|at|along|from|"
    r"(?:secondary|due)\s+to)\s+"
    r"(?:(?:the|a|an|that|this|his|her|their|my|old|previous|prior)\s+)?"
    r"(?:(?!risk\b|chance\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "nothing was done and the nodules faded by themselves": the lesion's own course.
UNTREATED = re.compile(
    r"\b(?:spontaneous\w*|on (?:its|their) own|by (?:itself|themselves)|without (?:any )?treatment|"
    r"no treatment|untreated)\b",
    re.IGNORECASE,
)
# A lesion that seldom goes by itself does not ("the papules hardly ever vanish unaided").
SELDOM = re.compile(
    r"\b(?:rarely|seldom|hardly\s+ever|almost\s+never|infrequently)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What a denial of treatment leaves to the lesion's own course ("require no therapy and soften").
NO_TREATMENT = re.compile(rf"\s*{ANY_TREATMENT}\b", re.IGNORECASE)
# A relative clause right after a therapy (or a list of them): ", which she takes for …".
RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that)\b", re.IGNORECASE)
# An aside right after a noun: a non-restrictive relative clause (", which she takes for lupus,")
# or a description between commas ("Diltiazem, a tablet for angina, …").
ASIDE = re.compile(r",\s*(?:(?:which|who|that)\b[^,;.]*|an?\s+[^,;.()]*),", re.IGNORECASE)
# A clause that goes on with the association of the clause before: "…, but not with oesophageal
# dysmotility", "and to a lesser degree with osteoporosis".
ASSOCIATION_GOES_ON = re.compile(
    r"[\s,;]*(?:(?:but\s+)?not|(?:but|and|or|nor)(?:\s+\w+){0,4}?)\s+(?:with|to)\b", re.IGNORECASE
)
# A sentence of risk, which makes the findings it names the patients' markers, not the deposits'
# signs: "calcinosis was associated with digital ulcers (OR 2.8)", "cohorts link it to digital
# ulcers", "more frequent in those with acro-osteolysis", "digital ulcers predict calcinosis".
RISK_MARKERS = re.compile(
    r"\bassociat(?:ed|ion)\s+(?:\w+\s+){0,2}?with\b"
    r"|(?<!\bno )\blink(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:to|with)\b|\bpredict(?:s|ed)?\b"
    r"|\bmore\s+(?:common|frequent|often|likely|prevalent)\s+(?:in|among|with)\b"
    r"|\brisk\s+factors?\b|\bodds\s+ratio\b|\bOR\s+\d",
    re.IGNORECASE,
)
# Between a therapy and the mechanism that is its verb: "minocycline inhibits …", "immunoglobulin,
# which modulates …", "the drug may damp …".
THERAPY_ACTS = re.compile(r"[\s,]*(?:(?:which|that)\s+)?(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# Between two verbs of one therapy: "modulates the immune system and so damps …".
MECHANISM_AND = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*,?\s*and\s+(?:(?:so|thus|thereby|also|may|can|could|might)\s+)*",
    re.IGNORECASE,
)
# A word in a verb's form, which a mechanism's name starts with where it is said as a verb
# ("blocks", "modulates", "disrupted") rather than named as a noun ("ablation").
VERB_FORM = re.compile(r"[a-z]+(?:s|ed)\b")
# After a finding said as an adjective, the lesion it describes: "painful calcinosis", "ulcerated
# deposits", "tender, inflamed nodules" (not "ulcers over the deposits").
ATTRIBUTE_OF_LESION = re.compile(
    # (a list of them: "painful, red or ulcerated nodules", "small, painful, or ulcerated deposits")
    rf"(?:(?:,\s+|,?\s+(?:and|or)\s+)[\w-]+){{0,2}}\s+(?:{_LESION}|calcinos[ie]s|calcifications?)\b",
    re.IGNORECASE,
)
# The lesions a sentence opens on, before their attributes: "A painful …", "Any infected …".
LESION_OPENS = re.compile(
    r"^\s*(?:(?:an?|any|the|such|those|these|larger?|small(?:er)?|single|persistently|very)"
    r"\s+){0,2}$",
    re.IGNORECASE,
)
# After such lesions, a therapy done to them: "… can be removed surgically", "… may be excised",
# "… are best treated with" (the attributes are when to use it).
DONE_TO_LESION = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:can|may|might|could|should|will|is|are)\s+(?:\w+ly\s+|best\s+|"
    r"then\s+|also\s+)?(?:be\s+)?[^.;:,]*$",
    re.IGNORECASE,
)
# A sentence whose subject is the condition speaks of it, not of a therapy: the deposits
# ("Nodules sit mostly over her elbows, where they cause soreness", "The calcified nodules
# ulcerate") or the disease or its process ("The same process calcifies the artery walls, giving
# claudication", "This disorder also brings …"); not "the condition of the wound".
CONDITION_SUBJECT = re.compile(
    r"\s*(?:(?:(?:the|these|such|her|his|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_LESION}|calcifications?)"
    r"|(?:the|this|that|such\s+a|its)\s+(?:same\s+|underlying\s+)?"
    r"(?:process|disease|disorder|condition|syndrome|mineral[iy]s?ation|calcification))\b"
    r"(?!\s+(?:of|from|after|with|in|on)\b)",
    re.IGNORECASE,
)
# Between a lesion and the finding it bears: "nodules that ulcerate", "the plaques ulcerate".
LESION_BEARS = re.compile(r"\s+(?:(?:that|which)\s+)?(?:\w+\s+){0,2}", re.IGNORECASE)
# "Because of the recurrent infection and the pain, he underwent debridement": the reasons come first.
REASON_LEAD = re.compile(
    r"^\s*(?:because of|owing to|in view of|on account of|given)\b", re.IGNORECASE
)
# The verbs of bringing a harm on: "cause", "led to", "brought on", "triggered".
_CAUSE_VERB = (
    r"(?:caus(?:e|es|ed)|produc(?:e|es|ed)|provok(?:e|es|ed)|trigger(?:s|ed)?|leads? to|led to|"
    r"brings? on|brought on)\b"
)
# A therapy pushing a patient into a state: "can tip patients into hypocalcaemia".
_TIP_INTO = r"tip(?:s|ped|ping)?\s+(?:[\w-]+\s+){0,3}into"
# A therapy's harm said with a verb: "can cause", "may lead to", "often brings on".
CAN_CAUSE = re.compile(r"\b" + _MAY + _CAUSE_VERB, re.IGNORECASE)
# A therapy named as what brings a disease on, by the verb right after it: "warfarin can cause",
# "steroid use may trigger", "is a recognised cause of", "has been linked to" (the disease named
# next, at the match's end, past an article: "can cause the calciphylaxis").
CAUSES_NEXT = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:use|therapy|treatment|exposure|injections?|infusions?)\s+)?"
    rf"(?:{_MAY}|(?:also|itself|probably|rarely|is\s+(?:known|thought)\s+to)\s+)*"
    rf"(?:{_CAUSE_VERB}|(?:promot|induc|precipitat)(?:e|es|ed)\b|"
    r"(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:cause|trigger|culprit)s?\s+of|"
    r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:linked|associated|tied|implicated)\s+(?:to|with|in))\s+"
    r"(?:(?:the|a|an|new|its|this|more)\s+)?",
    re.IGNORECASE,
)
# A therapy said to have brought on the disease the text is about, named by a pronoun after the
# words that tell of its use: "the steroid cream used in infancy … brought it on", "the
# steroids probably caused this".
CAUSED_IT = re.compile(
    r"(?:\s+[^.;:?!]{0,100}?)?,?\s+(?:(?:probably|likely|may\s+have|might\s+have|had)\s+)?"
    r"(?:brought\s+(?:it|this|them)\s+on|(?:caused|triggered|provoked|precipitated|set\s+off)\s+"
    r"(?:it|this|them)|set\s+(?:it|this|them)\s+off)\b",
    re.IGNORECASE,
)
# What a therapy left behind or set off: "may leave pale marks", "leaving a shallow scar at one",
# "left her with a dent", "provokes a brief fever".
_LEAVES_HARM = (
    r"(?:(?:can|may|might|could|will|would|often|usually|sometimes)\s+leave|"
    r"leaving\s+(?:a|an|some)|"
    r"left\s+(?:(?:him|her|them|me)\s+with\s+)?(?:a|an|some)|provok\w*)"
)
LEAVES_HARM = _words(_LEAVES_HARM)
ADVERSE_VERB = _words(
    _WARNED_OF,
    r"developed",
    r"experienced",
    r"reported",
    # a lay text's "some people get headaches on it"
    rf"(?:people|patients|you|some|others|many|most|few)\s+(?:{_MAY})?get",
    r"complained of",
    r"suffered",
    r"had",
    r"transient",
    r"mild",
    r"minor",
    r"slight",
    r"severe",
    _OCCURRED,
    r"noted",
    _LEAVES_HARM,
    _TIP_INTO,
)
# The therapies just discussed, named together: "neither agent caused a rash", "with both drugs".
THESE_THERAPIES = re.compile(
    r"\b(?:with|on|from|after|to|of)\s+(?:either|both|each|any|all|the two)\s+(?:of the\s+|of these\s+)?"
    r"(?:drugs?|agents?|treatments?|therapies|medications?|medicines?|regimens?|procedures?)\b",
    re.IGNORECASE,
)
# Between a finding and the therapy it came after: "headache after the infusions", "a fever of
# 39 C the day after the pamidronate", "rash following the first dose of".
HARM_AFTER = re.compile(
    # (no verb between: "pain was better six weeks after surgery" is a result)
    r"(?:\s+(?!(?:was|were|is|are|got|felt|became|been|better|worse|less|gone)\b)[\w.]+){0,4}?"
    r"\s+(?:the\s+(?:day|night|morning|evening|week)\s+|soon\s+|shortly\s+)?"
    r"(?:after|following)\s+(?:the|each|every|her|his|their|a|an|its)?\s*"
    r"(?:first|second|third|last|initial|next)?\s*(?:dose\s+of\s+|course\s+of\s+)?",
    re.IGNORECASE,
)
ADVERSE_AFTER = re.compile(rf"^\s*(?:\w+\s+){{0,2}}{_EVENT_TOLD}", re.IGNORECASE)
OUTCOME_MEASURE = _words(
    r"remission",
    r"respon\w*",
    r"improv\w*",
    r"resol\w*",
    r"recurr\w*",
    r"relapse\w*",
    r"reduc\w*",
    r"decreas\w*",
    r"heal\w*",
    r"clearance",
    r"success\w*",
    r"cure\w*",
    r"regress\w*",
    r"disappear\w*",
    r"soften\w*",
    r"score",
    r"VAS",
    r"NRS",
    r"eas(?:ed|es|ing)",
    r"relie\w*",
    r"re-?epitheliali[sz]\w*",
    r"stabili[sz]\w*",
    r"flatten\w*",
    r"fad(?:ed|ing)",
    r"dissol\w*",
    r"normali[sz]\w*",
    r"normal\s+(?:serum|plasma|blood|calcium|phosph\w*)",
    r"free(?:dom)?",
    # "no new nodules in 27 of 31": the lesions kept from coming
    r"no\s+(?:new|further)\s+\w+",
    r"satisf\w*",
    # a verdict asked of patients or parents: "rated unhelpful by most", "helpful in 30"
    r"(?:un)?helpful",
    r"duration",
    r"efficacy",
    r"benefit\w*",
    r"shrink\w*",
    r"shrank",
    # the rest of a split result: "were stable in seven and progressed in four"
    r"stable|unchanged|(?:no|little) change|progress\w*|grew|grown|enlarg\w*|worsen\w*",
    # "11 of 16 said their soreness was better"
    r"smaller|larger|bigger|better|worse|milder|softer",
    r"fewer|less",  # "7 reported fewer flares", "less pain in 6 of 9"
    r"surviv\w*",
    r"clear\w*",
    r"outcome\w*",
    r"adverse",
    r"side[- ]effects?",
    r"complications?",
)
# An outcome measure that is a benefit: none of N having it means the therapy did not help (none
# of N having a recurrence or an adverse effect means the opposite).
BENEFIT_MEASURE = re.compile(
    rf"(?:complete\s+|partial\s+|clinical\s+)?(?:{_IMPROVEMENT}|response|healing|resolution|regression|"
    r"clearance|remission|shrinkage|softening|benefit)\b",
    re.IGNORECASE,
)
# A review's search: "We searched three databases for reports of …", "MEDLINE was searched for
# case reports of …".
SEARCHED_FOR = re.compile(
    r"\b(?:searched|search(?:ing)?\s+(?:of|for|in))\b[^.;]{0,80}?\b(?:for|of)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|studies|trials|articles|publications|cases?|series)\b",
    re.IGNORECASE,
)
# Who a trial kept out: "People with … could not join", "… were not eligible", "… were
# excluded from the trial" (not a diagnosis excluded).
_KEPT_OUT = (
    r"(?:could|can|did) not (?:join|take part|enrol|enroll|enter|be included)",
    r"were (?:not eligible|ineligible)",
    r"(?:was|were) excluded from (?:the )?(?:trial|study)",
)
KEPT_OUT_OF_TRIAL = _words(*_KEPT_OUT)
EXCLUSION_CUE = _words(r"excluded", r"exclusion criteria", r"were not included", *_KEPT_OUT)
STUDIED_CUE = _words(
    r"evaluat\w*", r"assess\w*", r"investigat\w*", r"compar\w*", r"review\w*", r"aim\w*"
)
# A case's opening: "A seven-year-old spayed bitch was referred with …", "presented with".
PATIENT_PRESENTED = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:presented|referred|admitted|examined|seen|brought)\b|\bpresented\s+(?:with|for)\b",
    re.IGNORECASE,
)
# A record's label over its patient: a letter's "Re:" or "Subject:", a clinic's "Patient:".
RECORD_LABEL = re.compile(rf"^\W*(?:re|subject)\s*:|{PATIENT_LABEL.pattern}", re.IGNORECASE)
# The line that introduces the animal under care: "Re: Hazel, six-year-old nanny goat",
# "Signalment: 9 y MN Persian cat", "a 4-month-old foal", "Bramble, 6 yo FN collie".
SIGNALMENT = re.compile(
    RECORD_LABEL.pattern
    + r"|\b\w+[- ](?:years?|months?|weeks?)[- ]old\b"
    # the clinic's shorthand: "6 yo FN", "9 y MN", "3yr F/S"
    r"|\b\d+(?:\.\d+)?\s*(?:y/?o|yrs?|y|mo)\.?\s+(?:[FM](?:/?[NSCEI])?|female|male|spayed|neutered|entire)\b",
    re.IGNORECASE,
)
# A page or letter from an animal practice: "Oakbank Animal Hospital", "Riverside Veterinary
# Surgeons", "a post from your vet".
ANIMAL_PRACTICE = re.compile(
    r"\b(?:animal|pet|small[- ]animal|equine|farm[- ]animal)\s+(?:hospital|clinic|practice|centre|center)s?\b"
    r"|\bveterinar(?:y|ian|ians)\b|\bvets?\b",
    re.IGNORECASE,
)
# A lay gloss on the site just named: "the hock (the bend halfway down a horse's back leg)",
# "the olecranon (i.e. the point of the elbow)".
SITE_GLOSS = re.compile(r"\s*\((?:the|a|an|i\.e\.,?|that is,?|which is)\s", re.IGNORECASE)
# An animal's name that qualifies a thing names no patient: "rat poison", "a dog bite", "cat scratch".
SPECIES_AS_MODIFIER = re.compile(
    r"[\s-]*(?:baits?|poisons?|rodenticides?|bites?|scratch(?:es)?|serum|owners?|dander|"
    r"allerg\w*|milk|collagen|gelatin|heparin|insulin|dermis|(?:xeno)?grafts?|pericardi\w*|valves?|"
    r"submucosa|thrombin|surfactant|derived|origin)\b",
    re.IGNORECASE,
)
FOR_DISEASE = re.compile(
    # (not what a test looks for: "screen for latent TB before infliximab", "swabbed for MRSA")
    r"\b(?<!screen )(?<!screened )(?<!screening )(?<!test )(?<!tested )(?<!testing )"
    r"(?<!check )(?<!checked )(?<!swabbed )(?<!looked )(?<!looking )"
    r"(?:for|against|in the treatment of|to treat|in the management of)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A therapy taken for the state just named: "took minocycline for it", "creams for them",
# "allopurinol 300 mg every morning for it".
FOR_IT = re.compile(
    r"(?:\s+(?:tablets?|capsules?|cream|ointment|injections?|daily|regularly|twice|once|"
    r"a\s+while|years|months|weeks|\d+(?:\.\d+)?\s*(?:mg|g|micrograms?|mcg|µg|units?|mL)\b|"
    r"(?:every|each|a|at|in\s+the)\s+(?:day|morning|evening|night|week))){0,3}"
    r"\s+(?:for|against|to treat|to control)\s+(?:it|them)\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)
# A site word that qualifies another noun names no place of the deposits: "a hand surgeon",
# "interfere with hand function", "full wrist extension", "the joint capsule", "middle-ear
# barotrauma", "smooth muscle cells".
SITE_AS_MODIFIER = re.compile(
    # (of a pair of sites too: "knee and ankle ROM", "hand and wrist surgeon")
    r"(?:\s+(?:and|or|&)\s+[a-z]+)?[\s-]*(?:surgeons?|surgery|function(?:ing)?|extension|flexion|"
    r"movements?|motion|mobility|"
    r"capsules?|cells?|fib(?:re|er)s?|biops(?:y|ies)|specimens?|clinic|therap(?:y|ist)|specialists?|"
    r"hygiene|barotrauma|x-rays?|radiographs?|examination|replacement|space|"
    # an examination's findings of the part: "knee and ankle ROM full", "foot pulses present"
    r"ROM|range|reflexes?|jerks?|pulses?|strength|power|sensation|girth|circumference|"
    # "breast carcinoma", "a skin cancer": the organ of a tumour, not where the deposits are
    r"carcinomas?|cancers?|tumou?rs?|neoplasms?|lymphomas?|melanomas?|sarcomas?|implants?|"
    # "allergic skin disease", "a bone disorder": the organ of another disease
    r"diseases?|disorders?)\b",
    re.IGNORECASE,
)
# After "leg", the ulcer that makes it the lower leg: "venous leg ulcer", "the leg-ulcer clinic".
LEG_ULCER_AFTER = re.compile(r"[\s-]+ulcer(?:s|ation)?\b", re.IGNORECASE)
NOT_THAT_MUSCLE = re.compile(r"\b(?:smooth|cardiac|heart|detrusor)[\s-]+$", re.IGNORECASE)
# "face" as a verb ("she faces more ulceration") or a side ("covered on one face by skin")
FACE_NOT_SITE = re.compile(
    r"\b(?:she|he|they|we|you|it|who|patients?|one|each|either|other)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# The muscle as the seat of a myositis, not of deposits: "the muscle disease is quiet", "muscle and
# skin inflammation", "weak muscles", "inflammation of fat and muscle", "build up the muscles".
MUSCLE_AS_DISEASE = re.compile(
    r"(?:\s+and\s+skin)?\s+(?:disease|inflammation|weakness|strength|enzymes?|power|wasting|"
    r"involvement|activity)\b",
    re.IGNORECASE,
)
# The muscle side of a myositis, named as a disease: "controls his muscle disease", "the muscle
# inflammation settled" (the inflammatory myopathy the patient has).
MUSCLE_DISEASE = re.compile(
    r"\bmuscle(?:\s+and\s+skin)?\s+(?:disease|inflammation|involvement)\b", re.IGNORECASE
)
MUSCLE_INFLAMED = re.compile(
    r"\b(?:inflam\w*|weak\w*|build(?:ing)?(?:\s+up)?|strengthen\w*)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:\w+\s+and\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
SITE_OF_CONDITION = re.compile(
    r"^\s*(?:of|on|in|over|at|involving|affecting)\s+(?:the\s+|both\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The forms a drug comes in.
_FORM_WORD = r"cream|ointment|gel|paste|lotion|tablets?|capsules?|injections?|infusions?|spray"
# A clause whose subject brings on what follows: "the vaccine often causes a sore arm, tiredness and
# fever", "RZV can cause shivering" (the subject: the clause's words up to the verb; not a
# pronoun or a lesion word, which may be the calcinosis itself).
SUBJECT_CAUSES = re.compile(
    r"(?:^|[.;:]\s*|,\s+(?:and|but)\s+)"
    r"(?P<subj>(?!(?:it|they|this|these|those|which|that|he|she|we|you|i|most|many|some|none|"
    r"few|several|all|both|one|two|each|may|can|might|could|will|often|also|usually|commonly|"
    r"sometimes|rarely)\b)"
    r"(?!(?:(?:the|its|their|her|his|such|some|many|most|all|few|several|both)\s+)?"
    r"(?:lumps?|deposits?|nodules?|lesions?|calcinosis|calcifications?|plaques?|bumps?|masses|"
    r"mass|disease|condition)\b)"
    # (nor the drug by a word for it: "the drug", "these injections", "each dose of the cream",
    # or its taking: "prolonged use", "overdose", "taking more than directed")
    rf"(?![^,;:()]*\b(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|doses?|"
    rf"binders?|agents?|preparations?|cycles?|courses?|sessions?|use|overdoses?|taking|intake|"
    rf"excess|{_FORM_WORD})\b)"
    r"\w[^,;:()]{1,59}?)(?<!\bnot)(?<!n't)(?<!\bnever)(?<!\bno)\s+"
    rf"(?:{_MAY})?(?:also\s+)?{_CAUSE_VERB}",
    re.IGNORECASE,
)
# The drug by its form: "The cream is applied twice daily", "The tablets upset her stomach".
_DRUG_FORM = rf"(?:the|this|these) (?:{_FORM_WORD}|preparation|patch)"
DRUG_FORM_START = re.compile(rf"^\s*{_DRUG_FORM}\b", re.IGNORECASE)
# The form a drug is named with ("sodium metabisulfite ointment", "colchicine tablets"), and a
# later "the ointment" that names it by that form alone.
_FORM = rf"(?P<form>{_FORM_WORD})"
NAMED_FORM = re.compile(rf"\s+{_FORM}\b", re.IGNORECASE)
FORM_ENDS = re.compile(rf"\b{_FORM}$", re.IGNORECASE)
THE_FORM = re.compile(rf"\b(?:the|this|these)\s+{_FORM}\b", re.IGNORECASE)


def form_key(m: re.Match[str]) -> str:
    """The form a match of ``NAMED_FORM``, ``FORM_ENDS`` or ``THE_FORM`` names, one key for
    "tablets" and "tablet"."""
    return m["form"].lower().removesuffix("s")


# The words after a calcinosis that tie it to the disease it came from: "calcinosis cutis on the
# thighs, in the spots where he once had panniculitis", "deposits in areas affected by old
# morphoea", "calcinosis secondary to dermatomyositis".
TIED_TO_DISEASE = re.compile(
    r"\b(?:(?:at|in|over|on)\s+(?:the\s+)?(?:places?|sites?|spots?|areas?|parts?|patches)\s+"
    r"(?:where\s+(?:she|he|they|the\s+patient)\s+(?:\w+\s+)?(?:had|has)|of|affected\s+by)"
    r"|where\s+(?:she|he|they|the\s+patient)\s+(?:\w+\s+)?had|secondary\s+to|due\s+to|"
    r"caused\s+by|arising\s+(?:in|from)|left\s+by)\s+(?:(?:an?|the|her|his|their|old)\s+)?$",
    re.IGNORECASE,
)
# A therapy of a class said to be another one than the document's: "moved onto a calcium-free
# heparin", "another bisphosphonate", "a different binder".
OTHER_OF_CLASS = re.compile(
    r"\b(?:another|a\s+different|an\s+alternative|an?\s+\w+-free|other)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# A later clause saying the therapy's form itself does harm: "…, though the injections are
# sore", "but the cream stings" (what follows is the harm).
FORM_IS_HARMFUL = re.compile(
    rf"\b(?:although|though|but|yet|however)\s+{_DRUG_FORM}\s+"
    r"(?:(?:is|are|was|were|can be|may be|could be)\s+(?:often\s+|very\s+|quite\s+)?|"
    r"(?:often\s+|can\s+|may\s+)?(?:causes?|leaves?|gives?)\s+(?:an?\s+|some\s+)?)$",
    re.IGNORECASE,
)
# How a sentence about the drug just named may open before its pronoun: "Given continuously,
# it …", "Taken for years it may …", "At high doses they …", "Over time, it …"
_PRONOUN_LEAD = (
    r"(?:(?:given|taken|used|injected|infused)\b[^,;.:()]{0,40}?(?:,\s*|\s+(?=(?:it|they)\b))"
    r"|(?:in|at)\s+(?:high|large|higher|larger|toxic)\s+doses?,?\s+"
    r"|(?:over time|in the long term|long[- ]term|rarely|occasionally|in rare cases),?\s+)?"
)
PRONOUN_START = re.compile(
    # (not the "it" of "it looks like an idiopathic calcinosis": the lumps, a verdict on them)
    rf"^\s*{_PRONOUN_LEAD}(?!(?:it|they)\s+(?:sounds?|looks?|seems?)\b)"
    rf"(?:{_THE_DRUG}|{_ORDER}|{_DRUG_FORM})\b",
    re.IGNORECASE,
)
# A table cell's verdict that the row's therapy did nothing: "No change in any", "No response",
# "Unchanged", "None improved"
NO_RESPONSE = re.compile(
    rf"\s*(?:no (?:change|response|{_IMPROVEMENT}|benefit|effect)|unchanged|none (?:improved|responded))\b",
    re.IGNORECASE,
)
# "Some doctors prescribe it for …", "we use them to treat …": the therapy as a verb's object
PRONOUN_USED = re.compile(
    r"\b(?:prescrib(?:e|es|ed|ing)|us(?:e|es|ed|ing)|giv(?:e|es|ing)|recommend(?:s|ed|ing)?|"
    r"tr(?:y|ies|ied)|offer(?:s|ed|ing)?)\s+"
    rf"{_THE_DRUG}\s+(?:for|to treat|to control)\b",
    re.IGNORECASE,
)
COMPOSITE_LINK = re.compile(
    r"^\s*(?:,\s*)?(?:in|of|caused by|due to|associated with|secondary to|related to|complicating|"
    r"(?:arising |resulting |stemming )?from|"
    r"in (?:patients|people|persons|children|adults|individuals|cases) (?:with|of)|with|"
    r"that (?:follows?|followed)|following)\s+(?:(?:the|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)
# A report of a suspected harm of a drug, by its title: "ADR form: warfarin and calciphylaxis"
# (the disease is what the drug is thought to have brought on).
REACTION_REPORT = re.compile(
    r"\b(?:adverse\s+(?:drug\s+)?(?:reaction|event)s?|ADRs?|yellow\s+card|"
    r"pharmacovigilance|medwatch|drug\s+reaction)\b",
    re.IGNORECASE,
)
# The words between a calcinosis and the sites it names, before its disease: "calcinosis over
# both knees and the left shin, from his lupus".
# (the words that may stand before a place's name: "the", "her", "both", "left", "upper")
_BEFORE_PLACE = r"the|her|his|their|my|your|its|both|each|either|left|right|upper|lower|and"
SITE_BETWEEN = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:(?:of|on|over|in|at|around|under|beneath|near|across)\s+)?"
    rf"(?:(?:{_BEFORE_PLACE}|middle|index|ring|little|inner|outer|front|back|dorsal|palmar)\s+)"
    r"{0,6}$",
    re.IGNORECASE,
)
# What joins a named thing to its place: "morphoea of the left leg", "a burn on both hands".
SITE_OF_NAMED = re.compile(
    rf"^\s*(?:of|on|over|in|affecting|involving)\s+(?:(?:{_BEFORE_PLACE})\s+){{0,4}}$",
    re.IGNORECASE,
)
# A place an examination found normal, not a place of the disease: "Hips unremarkable", "scalp and
# ears are normal", "perineum clear", "skin intact" (one "spared" beside the disease's own places is
# a place denied: SPARED).
SITE_NORMAL = re.compile(
    r"(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:(?:is|are|was|were|looks?|looked|appears?|appeared|remains?|remained)\s+)?"
    r"(?:normal|unremarkable|clear|intact)\b",
    re.IGNORECASE,
)
SERUM_NORMAL = re.compile(
    # not "normal skin (…), and the blood calcium drops", "normal skin, raised blood calcium", nor
    # "soften once the calcium is normal"
    r"\bnormal\s+(?:(?:serum|blood|plasma|total|ioni[sz]ed|corrected|adjusted|levels?|values?|"
    r"concentrations?|of|the|and|both|urinary|urine)\s+){0,4}(?:calcium|phosph\w*)\b"
    r"|(?<!\bonce the )(?<!\bonce )(?<!\buntil the )(?<!\buntil )"
    r"\b(?:calcium|phosph\w*)\b[^.;]{0,60}"
    r"\b(?:are|is|were|was|remain\w*)\s+(?:\w+\s+){0,2}normal",
    re.IGNORECASE,
)
SERUM_ABNORMAL = re.compile(
    r"\b(?:abnormal\w*|elevated|raised|raising|increased|high|disorder\w*|derang\w*)\b[^.;]{0,40}"
    r"\b(?:calcium|phosph\w*)\b[^.;]{0,40}\b(?:metabolism|levels?|concentrations?|product)\b",
    re.IGNORECASE,
)
# A finding tied to the deposits: "ulcers overlying calcinosis", "pain from the deposits".
OF_DEPOSITS = re.compile(
    r"\s*(?:overlying|over|of|on|from|around|caused by|due to)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:calcinosis|calcinotic|deposits?|calcifications?|nodules?|lumps?)\b",
    re.IGNORECASE,
)
# "for a flare of her myositis": what the therapy is for is the disease
_FLARE_OF = rf"(?:(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:{_FLARE}|worsening)\s+of\s+)"
# "prescribed for hypertension", "taken as an antacid for dyspepsia", "more familiar as a treatment
# for glaucoma": the disease named is one the therapy is used for (not the calcinosis).
USED_FOR = re.compile(
    r"\b(?:prescribed|used|given|tried|taken|taking|started|begun|commenced|initiated|licensed|"
    # ("added for the leg sores", "restarted for the flare", "offered for the pain")
    r"approved|added|restarted|continued|offered|recommended|"
    r"developed|indicated|marketed|introduced|known|"
    r"treatment|therapy|drug|medication|medicine|antacid|supplement|agent|remedy)\b"
    # (a form's field: "Given for: Hypocalcaemia")
    r"(?:\s+[\w-]+){0,3}?\s+(?:for\s*:?|in|against)\s+"
    rf"{_FLARE_OF}?(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,2}}$"
    # "which her doctor called an antidote to the poisoning", "a remedy we knew from indigestion"
    r"|\bantidotes?\s+(?:to|for)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:know\w*|knew)\s+(?:it\s+|them\s+)?from\s+(?:[\w-]+\s+)?$"
    # "started to control the hyperphosphataemia", "used to control the muscle disease of DM"
    r"|\bto (?:control|treat|manage|suppress|calm|settle|correct|lower|reduce|relieve|ease|"
    r"prevent)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|any\s+)?"
    r"(?:(?:[\w-]+\s+){0,5}(?:of|in)\s+(?:the\s+)?|(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
# "alendronate, an osteoporosis medicine", "colchicine, an old gout drug": after a disease named
# in apposition to a therapy (``APPOSITIVE``), the word that makes it the kind of drug it is, and
# so what the therapy is used for.
APPOSED_USE_AFTER = re.compile(
    r"\s*(?:drugs?|medicines?|medications?|tablets?|pills?|treatments?|therap(?:y|ies)|agents?)\b",
    re.IGNORECASE,
)
# The words for a lesion of calcinosis, as the cues below say it.
# "for lesions causing pain", "for deposits with ulceration": a property of the lesion the therapy
# is for, an indication, not a disease it treats.
LESION_BEARER = re.compile(
    rf"\b(?:{_LESION}|calcinosis)\s+(?:(?:that|which)\s+(?:cause|are|become|have)\s+|causing\s+|with\s+|"
    r"producing\s+|associated with\s+)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A drug, its dose and what it is for: "calcium chloride for the hyperkalaemia", "metformin 500 mg
# twice daily for diabetes", "paracetamol 1 g as needed for hand pain", a medication line's
# "calcium gluconate 10 mL IV, for hypocalcaemia" (no clause break between).
# (up to {n} words of dose and schedule, the last one maybe closed by a comma, then "for")
_DOSE_THEN_FOR = (
    r"\s*(?:\([^()]{{0,40}}\)\s*)?(?:[\w.%/-]+\s+){{0,{n}}}?(?:[\w.%/-]+,\s+)?(?:for|against)\s+"
)
# … or with the drug's class set off by commas between: "nifedipine, a calcium-channel blocker,
# for Raynaud's".
APPOSED_THEN_FOR = re.compile(
    r"^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s*(?:for|against)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
DOSED_FOR = re.compile(
    "^"
    + _DOSE_THEN_FOR.format(n=10)
    + rf"{_FLARE_OF}?(?:the\s+|her\s+|his\s+|their\s+|its\s+|any\s+)?(?:[\w'-]+\s+){{0,2}}$"
    # a medication list's "amlodipine 5 mg daily (hypertension)": the use in brackets
    r"|^\s*(?:[\w.%/-]+,?\s+){0,3}?(?:mg|g|mcg|\u00b5g|micrograms?|units?|IU|ml|%)\b[^.;()]{0,40}?"
    r"\(\s*(?:for\s+)?$",
    re.IGNORECASE,
)
# Between a therapy and the adjectives of the lesions it is for: "steroid for tender, inflamed …".
FOR_ATTRIBUTE = re.compile(
    "^" + _DOSE_THEN_FOR.format(n=3) + r"(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,2}$", re.IGNORECASE
)
# A therapy stopped for a harm, right before the harm: "given for the phosphate, then stopped for
# diarrhoea", "discontinued for a rash", "came off it for nausea" (a reason to stop, not a use).
STOPPED_FOR = re.compile(
    r"\b(?:stopped|discontinued|withdrawn|ceased|halted|abandoned|d/c'?d|c(?:a|o)me\s+off|"
    r"switched\s+(?:away\s+)?from|changed\s+from)\s+(?:(?:it|them|this|that)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}(?:later|after|within)\s+)?(?:[\w-]+\s+)?for\s+"
    r"(?:(?:the|her|his|their|its|a|an)\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A therapy stopped on account of what the patient has, the reason right after the cue: "the
# coumarin was discontinued on the ward owing to her calciphylaxis", "withdrawn due to the AKI", a
# note's "Held from admission d/t CUA: …". What the reason is (a disease, or a harm the therapy
# did) is for the relater to tell.
# (or stopped for bringing the disease on: "stopped because it can provoke the ulcers", "…,
# because they are tied to the lesions": the group ``cause``)
STOPPED_BECAUSE = re.compile(
    r"\b(?:stop(?:ped)?|discontinued|withdrawn|ceased|suspended|d/c'?d|switched)\b"
    rf"(?:\s+[\w/()-]+){{0,6}}?\s*,?\s+(?P<why>{_BECAUSE_OF}|d/t|(?P<cause>because\s+"
    r"(?:it|they|this|the\s+drug)\s+(?:(?:can|may|might|could|often|is\s+known\s+to)\s+)?"
    r"(?:promotes?|causes?|triggers?|provokes?|worsens?|drives?|brings?\s+on|"
    # "because it can make the ulcers worse"
    r"mak(?:e|es)(?=\s+(?:[\w-]+\s+){1,4}?worse\b)|"
    r"(?:is|are)\s+(?:linked|associated|tied)\s+(?:to|with))))\s+"
    r"(?:(?:the|her|his|their|its|a|an|new|known)\s+)?",
    re.IGNORECASE,
)
# The therapy put in place of one stopped: "…, and apixaban was started", "switched to X".
STARTED_INSTEAD = re.compile(
    r"\b(?:started|begun|commenced|substituted|instead|in its place|switched\s+to|changed\s+to|"
    r"replaced\s+(?:it|them)|took\s+its\s+place)\b",
    re.IGNORECASE,
)
# The same with the reason first and the stopping after: "Owing to her hypercalcaemia, calcitriol
# was swapped for a binder" (the verb's group ends where the replacement is named).
REASON_FIRST = re.compile(
    rf"^\s*{_BECAUSE_OF}\s+(?:(?:the|her|his|their|its|a|an)\s+)?", re.IGNORECASE
)
STOPPED_AFTER_REASON = re.compile(
    rf"\b{_WAS}\s+(?:\w+ly\s+)?(?:{_STOPPED_VERB}|swapped|changed)\b"
    r"(?P<by>\s+(?:by|to|for|with)\b)?",
    re.IGNORECASE,
)
# Between two reasons a therapy was stopped for: "owing to the AKI and the raised calcium".
REASON_JOIN = re.compile(
    r"\s*(?:,|and|or)?\s*(?:(?:the|her|his|their|its|a|an)\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE
)
# More therapies stopped for the same reason, named after it: "…, as was the calcium acetate",
# "Stopped on admission d/t calciphylaxis: A, B, C".
STOPPED_ALSO = re.compile(
    r"\s*(?:,\s*as\s+(?:was|were)\s+(?:(?:the|her|his|their)\s+)?|:\s*)", re.IGNORECASE
)
# A disease's name the lexicon may not know, by its shape ("atopic dermatitis", "conjunctivitis").
_DISEASE_SHAPE = (
    r"\b(?!calcinos|calcific|calcinot)(?:[a-z][\w'-]*(?:itis|osis|iasis|[ae]mia|oma|ism|pathy|plasia|algia|penia)|disease|syndrome|"
    r"disorder|infection|cancer|carcinoma|failure|fibrillation|thrombosis|embolism|hypertension|"
    r"diabetes|asthma|acne|psoriasis|eczema|gout|allergy|epilepsy|seizures|depression|migraine|"
    # a medicines list's everyday purposes
    r"reflux|heartburn|indigestion|blood\s+pressure|BP|AF|cholesterol|angina|insomnia|sleep)\b"
)
_UNNAMED_DISEASE = (
    r"(?:(?:her|his|their|the|a|an|its|known|chronic|severe|recurrent|long-standing)\s+){0,2}"
    r"(?:[a-z][\w'-]*\s+){0,2}?" + _DISEASE_SHAPE
)
# "prednisolone for atopic dermatitis", "a statin for hypercholesterolaemia": a therapy said to be for
# such a disease, and so not for the deposits.
FOR_UNNAMED_DISEASE = re.compile(_DOSE_THEN_FOR.format(n=6) + _UNNAMED_DISEASE, re.IGNORECASE)
# … or kept under control by it, the disease first ("seborrhoeic dermatitis, well controlled on
# ketoconazole"), or put right by it, the disease after ("steroid drops settle the conjunctivitis").
UNNAMED_DISEASE_ON = re.compile(
    # (a narrower set of name endings than ``_DISEASE_SHAPE``'s: "anaemia, controlled on iron"
    # may be a state of the deposits' own disease)
    r"(?:itis|osis|iasis|disease|syndrome|disorder|asthma|acne|psoriasis|eczema|gout|allergy|"
    r"epilepsy|migraine)\s*,?\s+(?:(?:is|was|has\s+been|now|since)\s+)?(?:well\s+)?"
    r"(?:controlled|managed|treated|stable|quiet)\s+(?:on|with)\s+(?:[\w()-]+\s+){0,5}\(?$",
    re.IGNORECASE,
)
SETTLES_UNNAMED_DISEASE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:settles?|settled|treats?|treated|controls?|controlled|clears?|"
    r"cleared|calms?|calmed|eases?|eased)\s+" + _UNNAMED_DISEASE
    # "calms the rosacea, yet the deposits stay as they were": a verdict on the deposits follows
    + r"(?![^.;]*\b(?:but|although|though|yet|whereas)\b)",
    re.IGNORECASE,
)
# A drug's purpose in a medicines list, right after its dose ("Lansoprazole 30 mg at night for
# heartburn", "Warfarin, for AF"): what it is for wherever the text names it again (not "which is
# otherwise given for"); LISTED_FOR ends before a disease the ontology names
# (each word whole: a figure split into digits any which way would backtrack exponentially)
_DOSE_WORD = (
    r"(?:[\d.,/%-]+(?![\d.,/%-])|(?:mg|g|mcg|micrograms?|units?|IU|ml|daily|once|twice|nightly|"
    r"weekly|each|every|morning|night|at|a|day|up|to|times|two|three|four|bd|tds|od|nocte|mane|"
    r"prn)\b)"
)
_LISTED_FOR = rf"\s*(?:{_DOSE_WORD}\s*)*,?\s+for\s+"
LISTED_FOR_DISEASE = re.compile(_LISTED_FOR + _UNNAMED_DISEASE, re.IGNORECASE)
LISTED_FOR = re.compile(_LISTED_FOR + r"(?:(?:her|his|their|the)\s+)?$", re.IGNORECASE)
# A medicines line's "nifedipine MR 30 mg daily: Raynaud's": the disease it is for after a colon
# or dash (a dose first, so that "Diltiazem: ankle swelling" is not read as one).
DOSED_THEN_USE = re.compile(
    r"^\s*(?:[\w.%/-]+\s+){0,2}?[\d.,/]+\s*(?:mg|g|mcg|\u00b5g|micrograms?|units?|IU|ml|%)"
    rf"(?:/\w+)?(?:\s+(?:{_DOSE_WORD}|with|meals?|food|oral|orally|tablets?|capsules?))*"
    r"\s*(?::|\s-)\s*(?:for\s+)?(?:(?:the|her|his)\s+)?$",
    re.IGNORECASE,
)
# "Her lupus was controlled with hydroxychloroquine": the disease, then the verb, then the therapy.
# A word that is not the deposits: in "lcSSc whose calcinosis was treated with X" what was treated
# is the calcinosis, not the disease.
_NOT_THE_DEPOSITS = (
    r"(?!(?:whose|which|that|calcinosis|calcifications?|deposits?|lesions?|nodules?|lumps?)\b)"
    r"[\w-]+,?\s+"
)
# "hypocalcaemia after the kidney transplant, treated with …": the therapy names when it happened.
AFTER_THERAPY = re.compile(
    r"\s*(?:after|following)\s+(?:(?:the|his|her|their|a)\s+)?", re.IGNORECASE
)
_AUX = r"(?:was|were|is|are|had been|has been|have been|being|(?:can|may|must|should|will) be)"
_CONTROL_VERB = (
    r"(?:controlled|treated|managed|suppressed|corrected|relieved|stabili[sz]ed|held in check|"
    r"(?:kept|brought|got)\s+under\s+control)"
)
# A complication going away: "settled", "clearing", "responded".
_SETTLED = (
    r"(?:settled|settling|resolved|resolving|cleared|clearing|healed|eased|improved|responded)"
)
# A complication that went away on a drug ("an abscess, settling on a penicillin").
SETTLED_ON = re.compile(
    r"\b(?:settl|clear|resolv)\w*\s+(?:\w+ly\s+)?(?:on|with|after)\b", re.IGNORECASE
)
# How long a disease has been there, after its name: "since 2019", "from 2020", "for six years",
# "diagnosed a year ago", "diagnosed at the age of 30".
_HAD_FOR = (
    r"(?:,?\s*(?:diagnosed\s+)?(?:(?:since|from)\s+(?:[\w-]+\s+){0,4}?[\w-]+|in\s+(?:19|20)\d\d"
    r"|for\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|decades?)|(?:[\w-]+\s+){1,3}ago"
    r"|at\s+(?:the\s+)?age\s+(?:of\s+)?\d+))"
)
TREATED_WITH = re.compile(
    # "hypocalcaemia (nadir 1.6 mmol/L) that was corrected with": a reading in brackets between
    # (or how long it has been there: "lupus for a decade, now quiet on")
    rf"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:{_HAD_FOR}(?=,))?(?:{_NOT_THE_DEPOSITS}){{0,3}}"
    # "Rickets is treated with", "hypocalcaemia that was corrected with", "an infection, which is
    # usually treated with", "tetany after the operation, treated with"
    rf"(?:\)?,?\s*(?:(?:that|which)\s+)?(?:{_AUX}\s+|,\s*|(?<=,\s))(?:(?:\w+ly|now|still)\s+)?"
    rf"(?:{_CONTROL_VERB}|quiet|stable|in remission)"
    # "gout managed with allopurinol", "hypertension, treated with amlodipine", a note's
    # "lupus quiet on hydroxychloroquine"
    r"|(?:\w+ly\s+)?(?:controlled|managed|held in check|settled|resolved|cleared|eased|improved|healed|under control|"
    r"settling|resolving|clearing|improving|healing|quiet|in remission|"
    r"responded(?:\s+(?:well|promptly|quickly))?|corrected)"
    # "an abscess, which settled on antibiotics", "became infected, settling on a penicillin",
    # "2 infected in May (cleared on doxycycline)"
    r"|(?:\)?,?\s*which\s+|\(|,\s*)(?:\w+ly\s+)?"
    rf"{_SETTLED})"
    # "type 2 diabetes, treated for 9 years with metformin", "treated in childhood with"
    r"(?:\s+(?:for|over)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|decades?)"
    r"|\s+(?:in\s+(?:(?:early\s+)?childhood|infancy|adolescence|(?:19|20)\d\d)|as\s+an?\s+"
    r"(?:child|teenager|infant)|at\s+first|initially|then|since\s+(?:19|20)\d\d))?"
    r"\s+(?:with|by|on|using|after|to)\s+(?:[\w-]+\s+){0,4}$"
    # "renal failure set in on day 3 and was managed with dialysis"
    rf"|^\s*(?:{_NOT_THE_DEPOSITS}){{1,7}}and\s+{_AUX}\s+(?:\w+ly\s+)?{_CONTROL_VERB}"
    r"\s+(?:with|by|on|using)\s+(?:[\w-]+\s+){0,4}$"
    # "the incision broke down and needed a month of dressings and negative-pressure therapy",
    # "a cellulitis, which generally needs oral antibiotics", "an abscess needing drainage"
    rf"|^\s*,?\s*(?:{_NOT_THE_DEPOSITS}){{0,4}}(?:(?:which|that)\s+(?:\w+ly\s+)?)?"
    r"(?:needs?|needed|needing|requires?|required|requiring|necessitated)\s+(?:[\w-]+\s+){0,5}$"
    # the course of what was just named, after "it", "each time" or "both": "infected twice since
    # the spring, each time clearing on doxycycline", "infected in June; it settled on
    # cefalexin", "got infected; it required two courses of flucloxacillin"
    rf"|^\s*(?:{_NOT_THE_DEPOSITS}){{0,4}}?(?:[\w-]+;\s*|[,;]?\s*)"
    r"(?:it|they|(?:each|every)\s+(?:time|episode)|both)\s+(?:\w+ly\s+)?"
    rf"(?:{_SETTLED}\s+(?:with|on|after)\s+(?:[\w-]+\s+){{0,4}}"
    r"|(?:needed|needs|required|requires)\s+(?:a\s+|two\s+|several\s+)?(?:\w+\s+)?courses?\s+of"
    r"\s+(?:[\w-]+\s+){0,2})$"
    # what is taken as its consequence: "the wound became infected, so he was put on cefalexin"
    r"|^\s*,?\s*so\s+(?:(?:she|he|they|we|the\s+patient)(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were|"
    r"\s+has\s+been|\s+had\s+been)?\s+)?(?:taking|takes|started(?:\s+on)?|given|on|having|"
    r"prescribed|put\s+on|receiving|received|gets?|got)\s+(?:[\w-]+\s+){0,3}$"
    # what was given on it in the same breath: "she had hypercalcaemia and was given
    # pamidronate", "her phosphate was high, and she was started on sevelamer"
    rf"|^\s*(?:{_NOT_THE_DEPOSITS}){{0,3}},?\s*and\s+(?:(?:she|he|they|the\s+patient)\s+)?"
    r"(?:was|were)\s+(?:(?:then|promptly|urgently)\s+)?(?:given|started\s+on|prescribed|"
    r"put\s+on|treated\s+with)\s+(?:[\w-]+\s+){0,3}$"
    # "gout, for which he takes allopurinol"
    r"|^\s*\)?,?\s*for\s+which\s+(?:(?:she|he|they|we|the\s+patient|patients)\s+)?(?:\w+ly\s+)?"
    r"(?:took|takes?|taking|was\s+taking|had\s+been\s+taking|received|receives?|used|uses|"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:given|prescribed|started\s+on|put\s+on)|started)"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A disease that is the object of a treating verb, then what it is treated with: "the clinic manages
# her myositis chiefly with azathioprine", "we controlled her lupus using hydroxychloroquine".
TREATS_ACTIVE = re.compile(
    r"\b(?:treat(?:s|ed|ing)?|manag(?:e|es|ed|ing)|control(?:s|led|ling)?)\s+"
    r"(?:(?:the|her|his|their|your|its|this)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
ACTIVE_WITH = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:itself|themselves|first|mainly|chiefly)\s+)?"
    r"(?:with|using)\s+(?:[\w-]+\s+){0,4}",
    re.IGNORECASE,
)
# "a man with end-stage kidney disease (ESKD) caused by diabetes, on haemodialysis": what the patient
# named with a disease is on is that disease's treatment (its abbreviation and cause may come between).
ON_THERAPY = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:(?:caused by|due to|secondary to|from)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
    r",?\s*(?:on|receiving|maintained on|treated with)\s+(?:(?:long-term|regular|chronic|maintenance|"
    r"continuous|ambulatory|intermittent|nightly|weekly|daily|oral|twice-weekly|thrice-weekly)\s+){0,3}$",
    re.IGNORECASE,
)
# A problem list's item marks ("3.", "-") and its labels ("PMH", "Comorbidities"); the entries of
# its line before the one at hand end at a semicolon, the last one before it maybe at a comma.
_LIST_MARK = r"(?:(?:\d{1,2}[.)]|[-*\u2022])\s*)?"
_PROBLEM_LIST = (
    r"(?:PMHx?|(?:past\s+)?medical\s+history|past\s+history|co-?morbidit(?:y|ies)|"
    r"problems?(?:\s+list)?|(?:other\s+|active\s+)?diagnos[ie]s)"
)
_EARLIER_ENTRIES = r"(?:[^:;]{0,80};\s*)*(?:[^:;]{0,60},\s*)?"
# A problem-list entry, whose condition opens the line or follows its label ("PMH: asthma, AF
# on apixaban", "3. AF - on apixaban").
PROBLEM_ENTRY = re.compile(
    rf"^\s*{_LIST_MARK}(?:(?:{_PROBLEM_LIST}|Hx|PH|(?:medical\s+)?history|background"
    # a system review's line, labelled by its organ: "Lungs: ILD, on mycophenolate"
    r"|(?:heart|cardiac|cardiovascular|CVS|vascular|lungs?|chest|respiratory|resp|gut|GI|"
    r"gastrointestinal|abdomen|kidneys?|renal|liver|neuro(?:logical)?|endocrine|skin|joints?|"
    r"musculoskeletal|MSK|eyes?|blood|haematology|hematology|mental\s+health|psych))\s*:\s*"
    rf"{_EARLIER_ENTRIES})?$",
    re.IGNORECASE,
)
# A heading over a problem list, whose lines are entries themselves, and where one starts.
PROBLEM_HEADING = re.compile(rf"^{_PROBLEM_LIST}$", re.IGNORECASE)
LIST_ENTRY = re.compile(rf"^\s*{_LIST_MARK}{_EARLIER_ENTRIES}$")
# What follows an entry's condition up to the drug it is kept on: its duration or a value,
# then "on" ("since thyroidectomy 9 years ago, on", " - A1c 7.2, on", ", quiescent for a decade
# on").
PROBLEM_ON = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:since|for|x)\s+[^,;:]{0,40}?)?\s*"
    r"(?:[-\u2013:,]\s*(?:[^,;:]{0,20},\s*)?)?"
    r"(?:(?:well\s+)?(?:controlled|quiescent|quiet|stable|in remission)"
    r"(?:\s+for\s+[^,;:]{0,20}?)?\s+)?"
    r"(?:on|taking|takes)\s+(?:an?\s+)?(?:(?:long-term|regular|oral|daily|weekly|low-dose)\s+){0,2}"
    # a history line's "HTN (amlodipine)": the drug in brackets after the disease
    r"|\s*\((?:on\s+)?(?=[^()]{1,40}\))",
    re.IGNORECASE,
)
# Right before "dystrophic calcification" said of the disease a text is about, which names how it
# arose: "it is a dystrophic calcinosis", "appears to be a form of dystrophic calcification",
# "keratin that has undergone dystrophic calcification", "the end stage of …".
DYSTROPHIC_AS_PROCESS = re.compile(
    r"\b(?:(?:is|are|was|were|be|being|seems?|seemed|appears?|appeared|looks?|looked)"
    r"(?:\s+to\s+be)?|call(?:s|ed)?\s+(?:this|it|that|them)(?:\s+kind)?|regarded\s+as|"
    r"considered|class(?:ed|ified)\s+as|undergo(?:ne|es)?|underwent|"
    r"(?:end\s+)?(?:stages?|results?|products?|consequences?)\s+of|"
    r"(?:foci|areas|islands|flecks)\s+of)\s+"
    r"(?:(?:a|an|the|most|likely|probably|possibly|typically|usually|essentially|"
    r"therefore|thus|also|then)\s+){0,3}"
    r"(?:(?:form|kind|type|example)\s+of\s+(?:a\s+|an\s+)?)?$",
    re.IGNORECASE,
)
# A calcinosis said by an adjective to be of one of the kinds: "It was metastatic", "lupus
# calcinosis is regarded as dystrophic", "in MCTD the nodules are of a dystrophic kind", "counts
# the lupus deposits among dystrophic ones", "It seems benign and dystrophic" (not the process that
# ``DYSTROPHIC_AS_PROCESS`` reads: "… is dystrophic calcification").
KIND_SAID = re.compile(
    r"\b(?:is|are|was|were|be|seems?|appears?|remains?|call(?:s|ed)?|consider(?:s|ed)?|"
    r"regard(?:s|ed)\s+as|class(?:es|ed)\s+as|classified\s+as|among)\s+"
    r"(?:(?:it|this|them|to|be|a|an|the|of|usually|typically|mostly|likely|probably|therefore|"
    rf"thus|also|always|generally|most)\s+){{0,4}}(?:\w+\s+and\s+)?{_KIND_WORD}\b"
    # (nor a count of patients: "… and it was idiopathic in three")
    r"(?!\s+(?:calcification|minerali[sz]ation|change|process|deposition|"
    rf"in\s+(?:{INTEGER_PATTERN}|a\s+few|several|some|most)\b))",
    re.IGNORECASE,
)
# A kind named as the label of what follows: "Dystrophic: in skin damaged earlier, …", "Metastatic
# disease, the rarer form, …", "The iatrogenic type - …".
KIND_LABEL = re.compile(
    rf"\W*(?:the\s+)?{_KIND_WORD}(?:\s+(?:disease|type|form|kind|variety|deposits?))?"
    r"\s*(?::|,|\(|\s[-\u2013\u2014]\s)",
    re.IGNORECASE,
)
# A sentence that opens on the calcinosis just spoken of, by a pronoun or a plain noun: "It is
# metastatic here", "These lesions seem idiopathic", "Discussion: the calcinosis is dystrophic"
# (wider than ``PRONOUN_SUBJECT``: a heading word before it, "this", "the calcinosis", "the type").
KIND_SAID_OF_IT = re.compile(
    r"\W*(?:(?:discussion|background|comment)\s*:\s*)?(?:it|this|they|these|(?:the|this|such|her|his|"
    r"their)\s+(?:calcinosis|calcification|deposits?|lesions?|nodules?|type|kind))\b",
    re.IGNORECASE,
)
# The same said before a link to its kind: "It is a variety of …", "Doctors class it as …".
IT_BEFORE = re.compile(
    r"^\W*(?:it|this)\b|\b(?:class(?:es|ed)?|call(?:s|ed)?)\s+it\s*$", re.IGNORECASE
)
# What a negation denies of lesions that are still there, between it and their place: "no
# recurrence at the elbow", "did not shrink the scrotal lumps", "no change in the hand deposits".
NEGATED_EVENT = re.compile(
    r"\b(?:recur\w*|change\w*|regress\w*|shr[iau]nk\w*|improv\w*|resolv\w*|heal\w*|"
    r"go(?:ne)?\s+away|c[oa]me\s+back|grow\w*|enlarg\w*|soften\w*|pain\w*|tender\w*|itch\w*|"
    rf"respon\w*|benefit|effect|{_DIFFERENCE})\b",
    re.IGNORECASE,
)
# "… in 65% of children with juvenile dermatomyositis": the patients' disease.
PATIENTS_WITH = re.compile(
    r"\b(?:in|of|among|for)\s+(?:[\w%.,/()-]+\s+){0,5}?(?:patients|people|persons|children|adults|"
    r"individuals|cases|women|men|girls|boys|subjects|participants|infants|those|neonates|adolescents|"
    r"(?:a|an|one|the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:patient|person|child|adult|woman|man|girl|boy|infant|"
    r"neonate|adolescent|individual))\s+with\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Items of a coordination, with up to two modifiers before the next item ("and low-dose prednisolone").
# an item may carry a bracket or an apposition: "sevelamer, a phosphate binder, and a diet"
# (a list item may end in its dose: "azathioprine 50 mg bd and hydroxychloroquine 200 mg")
_ITEM_END = (
    rf"\s*(?:\d[\d.,/%-]*(?![\d.,/%-])\s*(?:{_DOSE_WORD}\s*){{0,6}})?"
    r"(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:a|an)\s+[^,;()]{1,60}(?=,))?\s*(?:,|;)?\s*"
)
# (the next item may come later, or as a number of its courses: "and then five courses of")
_NEXT_ITEM = (
    r"\s+(?:(?:then|later|subsequently)\s+)?"
    rf"(?:{INTEGER_PATTERN}\s+"
    r"(?:courses?|cycles?|doses?|infusions?|injections?|sessions?|pulses?)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}"
)
COORDINATED_ITEM = re.compile(
    _ITEM_END + r"(?:and|or|plus|and/or|as well as|,)" + _NEXT_ITEM, re.IGNORECASE
)
# The next item of an "or" list, which a denial before the list covers too: "no change after
# topical thiosulfate or an intralesional injection", "without X (…) or Y".
OR_ITEM = re.compile(_ITEM_END + r"(?:or|nor)" + _NEXT_ITEM, re.IGNORECASE)
# The verb that opens a new clause after a list of therapies: "despite methotrexate and
# prednisone received infliximab" (the verbs a lesion's failure list does not hold).
_CLAUSE_VERB = r"(?:was|were|is|are|received|got|underwent)"
# The next item of a list of therapies given one after another: "despite diltiazem and, later,
# immunoglobulin", "on methotrexate and prednisolone".
LATER_ITEM = re.compile(
    _ITEM_END
    + r"(?:and|or|then|,)"
    + r"(?:\s*,?\s*(?:later|then|subsequently|afterwards|eventually|finally)\s*,?)?"
    # not a new clause: ", so rituximab was started"
    + r"\s+(?:(?!(?:so|but|yet|thus|hence|therefore|until|before|after|when|which|who|"
    + _CLAUSE_VERB
    + r")\b)"
    + r"[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "…, and cinacalcet was started for": a singular verb after a therapy is said of it alone.
SINGULAR_VERB = re.compile(r"\b(?:was|is|has)\b", re.IGNORECASE)
# The next disease in a list of what a therapy is for ("for gout and for hypertension"); unlike
# COORDINATED_ITEM no free words, so "for osteoporosis, develop hypercalcaemia" ends the list.
LISTED_USE = re.compile(
    r"\s*(?:,|;)?\s*(?:and|or|and/or|as well as|,)\s+(?:(?:for|in|against|the|their|his|her|its)\s+){0,2}",
    re.IGNORECASE,
)
# Drug-information documents (monographs, product information, medication guides): the genre,
# and the sections that say what the drug is for, when not to give it and what it causes.
DRUG_INFORMATION = re.compile(
    r"\b(?:monograph|product information|(?:summary of )?product characteristics|SmPC|"
    r"prescribing information|medication guide|medicines? guide|package (?:insert|leaflet)|"
    r"(?:patient|medicines?|medication|drug)\s+(?:information\s+)?leaflet|"
    r"drug (?:information|label|facts)|formulary)\b",
    re.IGNORECASE,
)
# A title's "… including off-label use in <disease>": the disease is what the drug is used for.
USE_IN_TITLE = re.compile(
    r"^[^.;]{0,60}?\b(?:use|used|uses|usage|role)\s+(?:in|for)\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
CONTRAINDICATION_HEADING = re.compile(
    r"contra-?indicat|\bwho (?:should|must) not\b|"
    r"\bdo not (?:take|use|have|give|infuse|inject|start|prescribe|administer)\b|"
    r"\bwhen not to\b|\bshould not (?:be )?(?:take|use|give)|"
    # a protocol's stopping rules: "Stop treatment if", "Stopping criteria"
    r"^stop(?:ping)?\b(?:\s+\w+){0,2}\s+(?:if|when|criteria|rules?)\b",
    re.IGNORECASE,
)
# An adverse-reaction report's fields (MedWatch, Yellow Card, CIOMS forms): the drug suspected
# and the reactions it is suspected of.
SUSPECT_HEADING = re.compile(
    r"^(?:primary\s+)?suspect(?:ed)?\s+(?:drugs?|medicines?|medications?|products?|agents?)"
    r"(?:\s*\(s\))?$",
    re.IGNORECASE,
)
REACTION_HEADING = re.compile(
    r"^(?:suspected\s+)?(?:adverse\s+)?(?:drug\s+)?(?:reactions?|events?)(?:\s*\(s\))?"
    r"(?:\s*/\s*events?)?$",
    re.IGNORECASE,
)
# Who a protocol's drug is for: "Eligibility", "Who can have it", "Criteria for treatment".
ELIGIBILITY_HEADING = re.compile(
    r"^eligib\w*|^(?:patient )?selection\b|\bwho (?:can|may|should) (?:have|receive|get)\b|"
    r"^criteria for (?:treatment|starting|use)\b",
    re.IGNORECASE,
)
INDICATION_HEADING = re.compile(
    r"^(?:therapeutic )?(?:indications?|uses?)\b|\bused (?:for|to treat)\b|"
    r"\bwhat (?:is|are) .{0,40}\bfor\??$|\bwhy (?:is|are|am|was) .{0,40}\b(?:given|prescribed)\b",
    re.IGNORECASE,
)
# What may come before the state an indication names: "Hypercalcaemia", "Control of
# hyperphosphataemia", "Short-term relief of heartburn", "Adjunct to specific treatment of …"
INDICATION_LEAD = re.compile(
    # "Licensed: prevention of angina": a formulary's run-in label
    r"\W*(?:(?:un)?licensed:\s*|(?:off|on)-label:\s*)?"
    r"(?:(?:(?!(?:it|them|they|we|you|I)\b)[\w'-]+,?\s+){0,5}?(?:of|for)\s+)?"
    # "Marked hypocalcaemia (1.6 mmol/L)": how bad the state is
    r"(?:(?:severe|mild|moderate|marked|acute|chronic|symptomatic|refractory|persistent)\s+)*",
    re.IGNORECASE,
)
# Reference, definition and site phrasing used by relate's subject and object choice.
_COURSE_HALTED = (
    rf"\b(?:{_STOP}|slow)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:progression|spread|growth|enlargement)\b"
)
BARE_TARGET = re.compile(
    r"\b(?:for|on|of|against)\s+(?:the\s+|her\s+|his\s+|their\s+|these\s+|such\s+)?(?:[\w-]+\s+)?"
    r"(?:deposits?|calcinosis|calcifications?|calcinotic lesions?)\b"
    # "has done nothing for the plaques": the lesions the text has spoken of
    r"|\b(?:for|on|against)\s+(?:the|her|his|their|these)\s+(?:[\w-]+\s+)?"
    r"(?:nodules?|lumps?|plaques?|papules?)\b"
    # "for small, tender or ulcerated deposits", "for sore or weeping lumps": a list of what
    # the lesions are like marks them as the ones at hand
    r"|\b(?:for|against)\s+(?:[\w-]+,\s+){0,2}[\w-]+(?:,\s+|,?\s+(?:and|or)\s+)[\w-]+\s+"
    r"(?:deposits?|calcinosis|calcifications?|nodules?|lumps?|plaques?|papules?)\b"
    # "… although it cannot dissolve lumps already present", "neither drug touched the nodules"
    r"|\b(?:dissolv|shrink|shrank|remov|clear|soften|melt|touch)\w*\s+(?:the\s+|her\s+|his\s+|their\s+|these\s+|any\s+)?"
    r"(?:[\w-]+\s+)?(?:deposits?|calcinosis|calcifications?|lumps?|nodules?)\b"
    # "had not stopped new nodules from forming", "… and the second drug had no effect on them"
    rf"|\b(?:{_STOP}|slow)\w*\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:deposits?|calcinosis|calcifications?|lumps?|nodules?)\s+from\b"
    rf"|\b(?:effect|benefit|impact|{_DIFFERENCE})\s+(?:on|to)\s+them\b"
    rf"|{_COURSE_HALTED}",
    re.IGNORECASE,
)
# "did not slow their growth", "halts the spread": the deposits' course, no finding of them
COURSE_HALTED = re.compile(_COURSE_HALTED, re.IGNORECASE)
# The comparison arm of a trial, and the words that put a result in it ("on placebo").
_CONTROL_ARM = rf"(?:{CONTROL_ARM_WORDS})\b"
_IN_ARM = r"(?:on|with|in|for|after|receiving|given|taking)\s+(?:the\s+|a\s+)?" + _CONTROL_ARM
# A result of the comparison arm: "…, 3 of 8 on placebo", "4/10 (40%) in the vehicle group".
CONTROL_ARM_AFTER = re.compile(r"[\s)]*(?:[\w-]+\s+){0,3}?" + _IN_ARM, re.IGNORECASE)
# A later clause about the comparison arm: "… fell with the cream and stayed the same on
# placebo", "…, whereas the control group was unchanged".
CONTROL_ARM_CLAUSE = re.compile(
    rf"(?:,\s*|\s+)(?:(?:and|but|while|whereas|yet)\b[^.;]*?\b{_IN_ARM}"
    rf"|(?:but|while|whereas|yet)\s+(?:the\s+)?{_CONTROL_ARM})",
    re.IGNORECASE,
)
OUTCOME_THEN_THERAPY = re.compile(
    r"^[\s)]*(?:[\w-]+\s+){0,3}?(?:after|with|on|following|receiving|taking|given)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A result that opens on the group a therapy was given to, the therapy then named: "none of the
# three given cyclosporine improved", "neither child given etanercept responded", "all four
# treated with X healed".
GROUP_GIVEN_THEN = re.compile(
    rf"^\W*(?:(?:none|neither|all|both|each|no)\b|{INTEGER_PATTERN})"
    r"[\w\s()%/]{0,30}?\b(?:given|treated with|on|receiving|taking)\s+$",
    re.IGNORECASE,
)
PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:it|they|this (?:form|type|variant|subtype|condition|disorder)|these (?:forms|types|variants|"
    r"lesions|deposits|nodules|masses|lumps)|such (?:lesions|deposits|nodules)|"
    r"the (?:lesion|deposit|nodule|lump|plaque|mass|papule)(?:s|es)?)\b",
    re.IGNORECASE,
)
DEFINITE_START = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
DEFINITION_VERB = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:[\w-]+\s*){1,3},\s*)?(?:is|are)\s+(?:\w+\s+)?(?:a|an)\b",
    re.IGNORECASE,
)
COMPOSITION = re.compile(
    r"\b(?:consist\w*|compos\w*|made (?:up )?of|contain\w*|formed of|crystals? of)\b", re.IGNORECASE
)
SKIN_OF = re.compile(
    r"^\s+(?:of|on|over|covering)\s+(?:the\s+|both\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$"
)
NEIGHBOUR_SKIN = re.compile(
    r"\b(?:surrounding|overlying|adjacent|nearby|normal|healthy|intact|uninvolved)\s+$",
    re.IGNORECASE,
)
# Genres that are about one patient: case reports, and the notes, letters and reports of one
# patient's care ("nursing handover note", "clinic letter", "histopathology report"). A practice
# note teaches about a kind of patient.
ONE_PATIENT_GENRE = re.compile(
    r"\bcase\b|(?<!practice )\bnotes?\b|\bclinic letter|handover|discharge|admission|consult|"
    r"operati(?:ve|on)|patholog|radiolog|care plan",
    re.IGNORECASE,
)
# A case report's patient: "A 61-year-old man presented …", "We describe a 4-month-old girl …".
CASE_PATIENT = re.compile(
    r"\b(?:a|an)\s+\d+(?:[.,]\d+)?[- ](?:year|month|week|day)s?[- ]old\b"
    r"|\bwe (?:report|describe|present) (?:a|an|the) (?:case|patient)\b",
    re.IGNORECASE,
)
# Parathyroid hormone by its names: "PTH", "iPTH" (intact), "parathyroid hormone".
PTH_WORD = r"(?:i?PTH\b|parathyroid\s+hormone)"
# A blood value a therapy acted on: "brought the serum calcium down", "phosphate fell to normal",
# and one it failed to move: "the calcium hardly changed", "calcium remained over 3 mmol/L". Said of
# what was done (past tense, or the aim "to lower"), not of how a drug works ("lowers phosphate"),
# unless the value is said to be raised or a share of patients is given (see VALUE_CHANGE).
_ANALYTE = (
    # (parathyroid hormone too: "started to lower his PTH" treats the hyperparathyroidism)
    rf"{BLOOD_QUALIFIER}(?:calcium|phosphate|phosphorus|{PTH_WORD})"
    r"(?:\s+(?:levels?|concentrations?))?"
    # the calcium of a deposit, a channel or a salt is no blood value
    r"(?![\s-]*(?:influx|entry|burden|deposit|channel|salt|crystal|carbonate|gluconate|acetate|"
    r"phosphate|product|content|load|intake|absorption|balance|metabolism|binder|chelat))"
)
# "the aim was to bring the phosphate down", "started to lower the phosphate"
_AIM = (
    r"(?:aims?|aimed|aiming|intended|given|started|added|used|needed|in order)\s+"
    r"(?:(?:today|now|again|also|here)\s+)?to\s+"
)
_DOWN = (
    r"(?:\s+\w+){0,6}?\s+(?:down|(?:back\s+)?(?:to|into|within)\s+(?:the\s+)?(?:normal|reference))"
)
_POSSESSIVE = r"(?:(?:the|her|his|their|its|my|your)\s+)?"
# "lowers a high phosphate": what a drug does to a raised value is treating it
_HIGH = r"(?:(?:very\s+)?high|raised|elevated)\s+"
_RAISED = rf"(?:(?:a|the|her|his|their|its)\s+)?{_HIGH}"
# What a drug does to a blood value, said in the present: "lowers", "normalises", "controls".
_LOWERS = r"(?:lowers?|reduces?|decreases?|normali[sz]es?|corrects?|controls?)"
VALUE_CHANGE = re.compile(
    # ("the corrected calcium is raised", a note's "Corrected calcium 2.9": the measure's name)
    r"\b(?:lowered|reduced|decreased|normali[sz]ed|(?<!^)(?<!the )(?<!her )(?<!his )corrected|"
    rf"controlled|{_AIM}lower)\s+"
    rf"{_POSSESSIVE}{_ANALYTE}"
    # a use's purpose ("given with meals to control their phosphate"), not a failure ("failed
    # to lower"); a calcium may be controlled from below
    r"|(?<!failed )(?<!unable )(?<!not )\b(?P<purpose>to)\s+(?:lower|reduce|"
    rf"control(?=\s+{_POSSESSIVE}{BLOOD_QUALIFIER}(?:phosph|{PTH_WORD})))\s+{_POSSESSIVE}{_ANALYTE}"
    rf"|\b{_LOWERS}\s+{_RAISED}{_ANALYTE}"
    # "normalises calcium in around 70% of cases": a result, not how it works
    rf"|\bnormali[sz]es\s+{_POSSESSIVE}{_ANALYTE}"
    r"(?=\s+in\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\d)"
    rf"|\b(?:brought|{_AIM}bring|returned|restored)\s+{_POSSESSIVE}{_ANALYTE}{_DOWN}"
    # "the team brought down her raised calcium with saline"
    rf"|\b(?:brought|bring|bringing|brings)\s+down\s+{_POSSESSIVE}(?:{_HIGH})?{_ANALYTE}"
    rf"|\b{_ANALYTE}\s+(?:(?:then\s+|quickly\s+|rapidly\s+|gradually\s+)?(?:fell|dropped|"
    r"declined|decreased|came down|normali[sz]ed)|returned to (?:normal|the reference))"
    rf"|\b{_ANALYTE}\s+(?P<failed>barely (?:moved|changed|fell)|hardly (?:moved|changed|fell)|"
    r"did not (?:fall|drop|change|come down|improve|normali[sz]e)|failed to (?:fall|normali[sz]e)|"
    r"(?:(?:has|have|had) )?(?:stayed|remained) (?:above|over|high|elevated|raised)|"
    r"(?:was|were) unchanged)"
    # a value's course in numbers: "calcium 3.5 to 2.6 in five days" (relate keeps a fall only)
    rf"|\b(?:{_ANALYTE}|(?:adj\s+|corr\s+)?(?:{_SHORT_ANALYTE}))\s+"
    r"(?:(?:fell|dropped|went|came down)\s+)?(?:from\s+)?(?P<high>\d+(?:\.\d+)?)"
    r"\s*(?:mmol/l|mg/dl)?\s*(?:to|->|→)\s*(?P<low>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
# A clause of the condition a therapy is for, whose failure is another thing's: "kept for when a
# wound fails to close", "advised if a deposit fails to respond to diltiazem" (not one
# of the therapy itself: "stopped when it failed"). Narrower than CONDITION_CLAUSE, whose
# "because" and "since" give a therapy's own failure its reason.
CONDITION_OPENS = re.compile(
    r"\b(?:when|whenever|if|once|until|unless)\s+(?!(?:it|they|this|these|that|those|the\s+"
    r"(?:drug|medicine|treatment|cream|tablets?|injections?|infusions?|course))\b)",
    re.IGNORECASE,
)
# The words of an aim on a blood value ("started to lower his PTH", "to control their phosphate"),
# which is the aim of its own clause's therapies.
AIM_ON_VALUE = re.compile(r"\bto\s+(?:lower|reduce|control|bring)\b", re.IGNORECASE)
# A blood value that says who the patients are: "in people with a raised PTH".
WITH_LEVEL = re.compile(rf"\bwith\s+(?:an?\s+|the\s+)?(?:{_HIGH}|low\s+)$", re.IGNORECASE)
# How a drug acts on a blood value, in the present ("binders lower blood phosphate", "a steroid
# keeps the calcium down"): the treatment of the raised value where the document names that state.
VALUE_LOWERS = re.compile(
    rf"\b{_LOWERS}\s+{_POSSESSIVE}{_ANALYTE}"
    rf"|\bkeeps?\s+{_POSSESSIVE}{_ANALYTE}\s+down\b"
    rf"|\bbring(?:s|ing)?\s+{_POSSESSIVE}{_ANALYTE}{_DOWN}",
    re.IGNORECASE,
)
# How something is done, right after what it does: "… by raising urinary losses", "… through the
# parathyroid glands".
BY_MEANS = re.compile(r"\s+(?:by\s+\w+ing|through|via)\b", re.IGNORECASE)
# A lesion named: an infection in its sentence is that lesion's.
LESION_NOUN = re.compile(rf"\b(?:{_LESION}|papules?|ulcers?|sinus(?:es)?)\b", re.IGNORECASE)
# The word before an infection that points to one had: "each infection", "an infection".
INFECTION_DETERMINER = re.compile(
    r"\b(?:each|both|the|an|this|that|these|those|its|their|every|any)\s+$", re.IGNORECASE
)
# A table's first column of events, whose rows the other columns count: "Event", "Events".
EVENTS_HEADER = re.compile(r"^\s*events?\s*$", re.IGNORECASE)
# A count cell that counts none: "0", "0 (0%)", "none", "-".
NONE_COUNTED = re.compile(
    r"\s*(?:0(?:\s*\(0(?:\.0)?\s*%\))?|none|nil|-|\u2013)\s*", re.IGNORECASE
)
# A state of too little calcium or phosphate: a value brought up to normal treats that, not excess.
LOW_VALUE = re.compile(
    r"\bhypo(?:calc|phosph)\w*|\blow\s+(?:serum\s+)?(?:calcium|phosph\w*)", re.IGNORECASE
)
# A procedure's anaesthetic, which treats nothing the document is about: a drug of the local
# anaesthetics' name stem "-caine" (lidocaine, bupivacaine) in a sentence about anaesthesia
# ("Anaesthesia: digital block using 2% lidocaine", "lidocaine was given as local anaesthetic").
ANAESTHESIA = _words(r"an(?:a)?esthe\w*", r"(?:nerve|digital|ring|field) block", r"infiltrat\w*")
LOCAL_ANAESTHETIC = re.compile(r"caine$", re.IGNORECASE)
# A note's run-in label for what a procedure or drug may cause: "Risks explained: …",
# "Complications discussed: …", "Side effects: …".
RISKS_LABEL = re.compile(
    r"^\s*(?:(?:the\s+)?risks?|complications?|side[- ]effects?|adverse effects?)"
    r"(?:\s+(?:explained|discussed|reviewed|covered|listed|include[ds]?|of\s+\w+))?\s*:"
    # the risks told without a colon: "Risks reviewed incl. bleeding", "Risks discussed included
    # …" (not "Complications included …", which may be the disease's own)
    r"|^\s*(?:the\s+)?risks\s+(?:(?:explained|discussed|reviewed|covered|mentioned)\s+)?"
    r"(?:include[ds]?|incl\.|including|were|are)\s"
    # a note's consent: "Consented pre-op for bleeding, infection and scarring"
    r"|^\s*(?:pt\s+|patient\s+)?consented\s+(?:pre-?op(?:eratively)?\s+)?(?:for|re)\s",
    re.IGNORECASE,
)
# Patients counted as telling of a complaint: "Two patients noted local irritation", "3 of 20
# participants reported dizziness" (in a study of one therapy, that therapy's harm).
COUNT_REPORTED = re.compile(
    # "In that series, 2 patients developed …": the study just named
    r"^\s*(?:in\s+(?:that|this|the|our)\s+(?:\w+\s+)?(?:series|study|trial|cohort|group),\s*)?"
    rf"(?:{INTEGER_PATTERN}|several|a few|some)"
    r"(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:patients?|participants?|people|subjects?|children|adults|"
    r"women|men|owners)\s+(?:noted|reported|described|mentioned|complained of|experienced|"
    r"developed)\b",
    re.IGNORECASE,
)
# A drug's label speaking of its harms: "The labeling also warns of renal failure", "the product
# information lists headache" (the drug the text is about).
LABEL_WARNS = re.compile(
    r"^\s*(?:the\s+|its\s+)?(?:(?:product|drug)\s+)?(?:label(?:l?ing)?|product information|"
    r"package (?:insert|leaflet)|prescribing information|smpc|summary of product characteristics)"
    r"\s+(?:also\s+)?(?:warns?|lists?|cautions?|mentions?|includes?)\b",
    re.IGNORECASE,
)
# The diseases another one borrows from: "MCTD, which takes features of SLE, SSc and myositis",
# "a disease with features of both SSc and myositis" (they define it; the patient has not them).
FEATURES_FROM = re.compile(
    # (plural: "a recognised feature of AHO" says the reverse)
    r"\b(?:features|elements|traits|characteristics)\s+(?:from|of)\s+(?:both\s+|each\s+of\s+)?$",
    re.IGNORECASE,
)
# A list of a therapy's harms opened by their name: "The adverse events of pamidronate
# are …", "the side effects of IVIG include …", "its toxicities were …" (what follows are
# harms, diseases among them).
HARMS_LISTED = re.compile(
    r"\b(?:adverse\s+(?:effects?|events?|reactions?)|side[- ]effects?|toxicit(?:y|ies)|"
    r"undesirable\s+effects?)\s+(?:of\s+(?P<of>[^.;:]{1,60}?)\s+)?"
    r"(?:are|were|include|included|including|comprise|comprised|:)\s",
    re.IGNORECASE,
)
# A sentence that announces harms without naming them ("Side effects were common.", "Adverse
# events were mostly mild"): what the next sentences of its paragraph report are harms.
HARMS_LEAD = re.compile(
    r"^\s*(?:(?:the\s+)?(?:main|most common|commonest|reported|serious|recorded)\s+)?"
    r"(?:side[- ]effects?|adverse (?:drug )?(?:events?|effects?|reactions?)|harms?|"
    r"toxicit(?:y|ies))"
    # "Harms charted were …", "Adverse events recorded were …"
    r"(?:\s+(?:charted|recorded|reported|noted|observed|seen|documented|identified))?"
    rf"\s+(?:were|was|are|is|{_OCCURRED}|proved|seemed|appeared)\b",
    re.IGNORECASE,
)
# A blood value a result may be measured in: "calcium fell from 3.4 to 2.7", "CRP 164 -> 19".
BLOOD_VALUE = _words(
    r"ca",
    r"calcium",
    r"phosph\w*",
    r"po4",
    r"pth",
    r"parathyroid hormone",
    r"crp",
    r"esr",
    r"creatinine",
    r"urea",
    r"magnesium",
    r"albumin",
    r"alkaline phosphatase",
    r"calcitriol",
    r"wbc",
)
# A reaction to a therapy the sentence does not name: "a reaction during their drip, mostly a
# headache", "infusion-related chills", "side effects, mostly nausea".
HARM_FRAME = re.compile(
    r"\b(?:adverse (?:drug )?(?:events?|effects?|reactions?)|side[- ]effects?|"
    r"(?:unwanted|undesirable|untoward) effects?|(?:infusion|injection|drip)[- ]related|"
    r"(?:reactions?|flushing|chills)\s+(?:during|after|to)\s+(?:the|an?|each|their|his|her)\s+"
    r"(?:drips?|infusions?|injections?|doses?|treatment))\b",
    re.IGNORECASE,
)
# The same, said after the harms it names: "X and Y were more common in the active arm",
# "rashes and headaches were the commonest side effects", "nausea is the usual reason patients
# give up".
HARM_TAIL = re.compile(
    r"\b(?:were|was|are|is|remained|proved)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:most\s+)?(?:common|frequent)|commonest|main|usual|chief|only|principal|typical)\s+"
    r"(?:harms?|side[- ]effects?|adverse (?:events?|effects?|reactions?)|toxicit(?:y|ies)|"
    r"complaints?|reasons?\s+(?:for\s+(?:stopping|withdrawal|discontinuation)|"
    r"(?:\w+\s+)?(?:stop|quit|give\s+up|discontinue|withdraw)))\b"
    r"|\b(?:were|was)\s+(?:more|twice\s+as)\s+(?:frequent|common|often\s+(?:seen|reported))\s+"
    r"(?:on|with|in|among|under|after)\s+(?:the\s+)?(?:active|study)\s+(?:treatment|drug|arm|group)",
    re.IGNORECASE,
)
# A sentence that only says how common what it names is, right after one about a therapy:
# "Ankle swelling is common.", "Headache and flushing are frequent."
SAID_COMMON = re.compile(
    r"^[^.;:]{1,60}?\b(?:is|are)\s+(?:very\s+|also\s+|quite\s+|fairly\s+)?"
    r"(?:common|frequent|usual|expected)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A sentence that says which kind the calcinosis is: "these papules are best regarded as a dystrophic
# calcinosis cutis", "it was classed as an idiopathic calcinosis" (the kind's name follows).
STATED_KIND = re.compile(
    # "it's iatrogenic calcinosis cutis" in a patient's or a forum's words
    r"(?:\b(?:is|are|was|were)|(?<=\w)'s)\s+"
    r"(?:(?:best|most\s+likely|probably|therefore|thus|then)\s+)?"
    r"(?:(?:understood|regarded|considered|classified|classed|seen|viewed|interpreted|"
    r"diagnosed|described)\s+as\s+)?(?:an?\s+|the\s+)?$"
    # "Doctors call this iatrogenic calcinosis" (and DEFINES_AS's "is known as …")
    r"|\b(?:call|calls|term|terms)\s+"
    r"(?:this|it|these|them|the\s+(?:condition|problem|lumps?|bumps?))\s+(?:an?\s+)?$"
    # "this looks very much like a dystrophic calcinosis", "it sounds like an idiopathic …"
    r"|\b(?:it|this|these|they|that)\s+(?:sounds?|looks?)\s+(?:a\s+lot\s+|very\s+much\s+)?"
    r"like\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# The words that name a kind: "a form of", "the type of".
_KIND_OF = r"(?:form|type|kind|variant|variety|sort|subtype)\s+of\s+"
# "Calcinosis cutis after liver transplantation is an uncommon, self-limited form of iatrogenic
# calcinosis cutis": the kind the subject is, named after it.
FORM_OF = re.compile(
    rf"\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+,?\s+){{0,4}}?{_KIND_OF}"
    r"(?:an?\s+)?$"
    # "… acts like a dystrophic calcinosis"
    r"|\b(?:behaves|behaved|acts|acted)\s+(?:as|like)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# "injection granulomas, a form of iatrogenic calcinosis": the lesions, then the kind they are.
APPOSED_FORM_OF = re.compile(
    rf",\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_KIND_OF}$", re.IGNORECASE
)
# "a dystrophic variant of calcinosis cutis": the kind's adjective before the general name.
KIND_FORM_OF = re.compile(
    rf"\b(?:an?|the)\s+([a-z]+)\s+{_KIND_OF}$", re.IGNORECASE
)
# A drug that names what brought a state on, not a therapy given: "calcitriol-driven".
CAUSE_COMPOUND = re.compile(
    r"-(?:mediated|driven|induced|related|associated|triggered)\b", re.IGNORECASE
)
# A route the ontology has no class of, said before a therapy ("intraperitoneal STS").
OTHER_ROUTE = re.compile(
    r"\b(?:intraperitoneal|subcutaneous|intramuscular|intra-arterial|inhaled|rectal)\s+$",
    re.IGNORECASE,
)
# What may stand before a sentence's subject: "Calcinosis cutis …", "The calcinosis …"
STATED_SUBJECT = re.compile(r"\s*(?:(?:the|this|such)\s+)?", re.IGNORECASE)
# The rest of a service's name after a disease in it: "… Arthritis & Rheumatology", "… Kidney
# Disease Clinic", "… MYOSITIS NETWORK". The caller asks for the capital that makes it a name.
SERVICE_NAMED = re.compile(
    r"\s+(?:(?:&|and)\s+(?:[\w-]+\s+)?(?P<field>rheumatology|dermatology|nephrology|immunology|"
    r"endocrinology|allergy|medicine|surgery|paediatrics|pediatrics)"
    r"|(?P<body>clinic|centre|center|institute|foundation|society|association|network|service|"
    r"unit|trust|alliance))\b",
    re.IGNORECASE,
)
# A title about the kinds of calcinosis together: "A history of the calcinosis syndromes", "Types of
# calcinosis cutis", "calcinoses of the skin": no one kind is the text's topic.
SEVERAL_KINDS = re.compile(
    r"\bcalcinos[ie]s(?:\s+cutis)?\s+(?:syndromes|disorders|diseases|conditions|family)\b|"
    r"\b(?:types|forms|kinds|varieties|variants|subtypes)\s+of\s+(?:cutaneous\s+)?calcinosis\b|"
    r"\bcalcinoses\b",
    re.IGNORECASE,
)
# "One of the rarer forms is …": kinds listed, not what the document's calcinosis is.
KINDS_LISTED = _words(r"variants?", r"forms?", r"types?", r"subtypes?", r"examples?", r"kinds?")
# A report's "soft-tissue calcinosis of the fingertips, of dystrophic type", "metastatic-type
# calcification" or "is assigned to the iatrogenic type": an adjective of a kind, on its own.
KIND_TYPE = re.compile(
    r"\b(?:of|to)\s+(?:the\s+)?([a-z]+)\s+(?:type|kind|variety|sort)\b|\b([a-z]+)-type\b",
    re.IGNORECASE,
)
# The link of "calcinosis due to DM" or "from DM", which says the disease brings the calcinosis on.
CAUSE_LINK = re.compile(
    r"^\s*(?:,\s*)?(?:due to|secondary to|caused by|associated with|complicating|related to|"
    r"(?:arising |resulting |stemming )?from|"
    r"that (?:follows?|followed)|following|after)\s+(?:(?:the|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)
# How two states other than a calcinosis are linked: "hyperkalaemia due to AKI", "ESKD caused by
# diabetes" (the first goes with the second); "tertiary hyperparathyroidism causes hypercalcaemia"
# (the second goes with the first); "TLS was complicated by hyperphosphataemia and AKI" (the second
# is a feature of the first). Words between: a bracketed abbreviation or a value, at most.
_LINK_GAP = r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*"
# What a disease is defined by, read after its name where it opens the sentence:
# "Hypoparathyroidism (HP) is defined by low calcium with low PTH", "Tumour lysis is characterised
# by …" (its features follow).
DEFINED_BY = re.compile(
    _LINK_GAP
    + r"(?:(?:is|are)\s+(?:(?:classically|usually|typically|clinically|biochemically)\s+)?"
    r"(?:defined|characteri[sz]ed|marked|diagnosed)\s+by\b"
    # "Turner syndrome is the classic picture of a lost X chromosome: a webbed neck, …"
    r"|(?:is|are)\s+the\s+(?:\w+\s+)?(?:picture|phenotype|hallmarks?|constellation)\s+of\b"
    r"[^:;.]{0,40}:"
    # "LDS presents as indurated, brown skin", "it manifests as / with …"
    r"|(?:(?:classically|usually|typically|often)\s+)?"
    r"(?:presents?|presented|manifests?|manifested)\s+(?:as|with)\b"
    # "His myositis began at age 40 with weak thighs and a rash"
    r"|(?:began|begins|started|starts)\s+(?:(?:in|at|around)\s+(?:age\s+)?[\w-]+\s+)?with\b)",
    re.IGNORECASE,
)
# A disease that opens a note's line, what brought it on, then what it shows: "Ulnar neuropathy
# due to the elbow deposit, with tingling of the little finger".
WITH_FINDINGS = re.compile(
    _LINK_GAP
    + r"(?:(?P<cause>(?:secondary to|due to|caused by|from)\s+[^,;:.()]{1,40}?),?\s+)?with\b",
    re.IGNORECASE,
)
# Findings listed before they are named as another disease's: "… stubby fingers and a short
# neck, the stigmata of Albright hereditary osteodystrophy", "Tingling lips: signs of low
# calcium", "Thirst and constipation were the presenting symptoms of her hypercalcaemia".
_SIGN_NOUNS = r"(?:features?|signs?|symptoms?|hallmarks?|manifestations?|stigmata)"
FEATURES_OF = re.compile(
    r"(?:[,:(\u2013\u2014-]\s*|\s(?:which\s+)?(?:are|were|is|was)\s+)"
    r"(?:(?:all|both|the|its|their|often|usually)\s+)*"
    r"(?:(?:usual|typical|classic(?:al)?|common(?:est)?|main|cardinal|presenting|early|first|"
    r"characteristic|familiar|well-known|known)\s+)*"
    rf"{_SIGN_NOUNS}\s+of\s+"
    r"(?:(?:the|an?|his|her|their)\s+)?$",
    re.IGNORECASE,
)
# What joins the items of a short list: ", ", " and the ", ", or ".
LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or))(?:\s+the)?\s*", re.IGNORECASE)
# (how sure, how often, how many: "were both attributed to", "can also cause")
_LINK_ADVERBS = (
    r"(?:(?:probably|presumably|likely|both|all|each|also|often|usually|mostly|largely|partly|"
    r"commonly|frequently|typically|sometimes|eventually|in\s+turn|thought\s+to\s+be|"
    r"believed\s+to\s+be)\s+){0,3}"
)
STATE_DUE_TO = re.compile(
    _LINK_GAP
    + r"(?:(?:is|was|are|were)\s+)?"
    + _LINK_ADVERBS
    + r"(?:due to|secondary to|caused by|result(?:s|ed|ing)? from|arises from|as a result of|"
    r"induced by|attributed to)"
    r"\s+(?:(?:the|his|her|their|an?|underlying)\s+)?"
    # "caused by biallelic variants in ABCC6", "due to a defect in the … gene"
    r"(?:(?:[\w-]+\s+){0,2}(?:mutations?|variants?|changes?|defects?)\s+in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
STATE_CAUSES = re.compile(
    _LINK_GAP
    + r"(?:(?:can|may|might|could|will)\s+)?"
    + _LINK_ADVERBS
    + r"(?:causes?|caused|leads? to|led to|results? in|resulted in|gives? rise to|gave rise to|"
    r"produces?|produced|provokes?|provoked)\s+(?:(?:an?|the|severe|marked|profound)\s+)?$",
    re.IGNORECASE,
)
# A disease named with what it came with, where a note gives its verdict: "Assessment:
# hypervitaminosis D with hypercalcaemia and AKI", "in keeping with sarcoidosis with
# hypercalcaemia".
STATE_WITH = re.compile(
    # "dcSSc (since 2019), with …", "morphea from 2020, with …": when it began may come between
    rf"^\)?\s*(?:\([^()]{{0,40}}\)\s*)?{_HAD_FOR}?,?\s*"
    r"with\s+(?:(?:an?|severe|marked|profound|secondary)\s+)?(?-i:[A-Z][\w'-]*\s+)?$",
    re.IGNORECASE,
)
# Between a syndrome and the other signs it is named with: "one sign of CREST syndrome,
# alongside telangiectasia", "…, along with sclerodactyly".
PART_OF = re.compile(
    r"\b(?:part|one|components?|elements?|features?|signs?)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
SYNDROME_ALONGSIDE = re.compile(
    r"^\)?\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:together\s+with|along\s+with|alongside)\s+$",
    re.IGNORECASE,
)
DIAGNOSIS_BEFORE = re.compile(
    r"(?::\s*|\b(?:consistent with|in keeping with|suggestive of|picture of|has|had|have|known|"
    r"history of|hx of|h/o)\s+)"
    r"(?:(?:an?|the|acute|severe|probable|likely|presumed)\s+)?$",
    re.IGNORECASE,
)
STATE_COMPLICATED = re.compile(
    _LINK_GAP + r"(?:(?:is|was|are|were|has been|had been)\s+)?(?:\w+ly\s+)?complicated by\s+"
    r"(?:(?:an?|the|severe|marked|profound)\s+)?$",
    re.IGNORECASE,
)
# A count of patients before their disease: "seven had lcSSc", "24 with limited … SSc", "three of
# them had dermatomyositis".
GROUP_OF_PATIENTS = re.compile(
    rf"{INTEGER_PATTERN}\s+(?:(?:patients?|adults?|children|people|persons|cases|subjects|of (?:them|these|whom))\s+)?"
    r"(?:had|have|has|with)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# No one of those a report counts: "no patient", "no dogs", "nobody".
_NOBODY = (
    r"(?:no\s+(?:patients?|child(?:ren)?|one|participants?|subjects?|dogs?|cats?|horses?)|"
    r"nobody|no-one)"
)
# How a study reports events in its patients: "pain was reported by 15 patients", "erythema
# occurred in 4 (22%)".
ADVERSE_REPORT = re.compile(
    rf"\b(?:(?:was|were) (?:reported|noted|recorded|observed|seen) (?:by|in)|{_OCCURRED} in|"
    r"developed in|"
    r"(?:was|were) experienced by)\s+(?:\w+\s+){0,2}?"
    r"(?:\(?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a single|several)\s+(?!of\b))"
    # what nobody had: "No venous thromboembolism was recorded", "No patient had hypotension",
    # "No clot followed a dose", "…, and no kidney stone was reported"
    r"|(?:^|[;,]\s*(?:and\s+|but\s+)?)\s*no\s+(?:[\w-]+\s+){1,4}"
    rf"(?:(?:was|were)\s+(?:reported|noted|recorded|observed|seen)|followed|{_OCCURRED}|arose)\b"
    rf"|^\s*(?:{_NOBODY}|none)"
    # "No patient in either arm had …", "Nobody in these studies developed …"
    r"(?:\s+(?:in|of|on)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:had|developed|experienced|reported)\b"
    # "…; no child developed an infection" (not "…; none had ulcerated": the lesions' course)
    rf"|[;,]\s*(?:and\s+|but\s+)?{_NOBODY}\s+(?:developed|experienced)\b",
    re.IGNORECASE,
)
# Where a fronted reason clause ends and the main clause begins: ", the nodules were …".
MAIN_CLAUSE = re.compile(r",\s+(?:the|he|she|it|they|we|his|her|its|their|this|these|a|an)\b", re.IGNORECASE)
# A therapy nobody received: "none of them needed surgery", "did not require excision".
NOT_GIVEN_BEFORE = re.compile(
    rf"\b(?:(?:none|neither) of (?:them|these|those|the \w+)|{_NOBODY})\s+"
    r"(?:\w+\s+)?(?:needed|required|underwent|received|had)\s+(?:\w+\s+){0,2}$"
    r"|\bno\s+(?:\w+\s+){1,2}(?:was|were)\s+$"  # "No lesion was excised"
    r"|\b(?:did not|didn't|never|without(?: the)?)\s+(?:need|require|undergo|needing|requiring)\s+"
    r"(?:for\s+)?(?:\w+\s+){0,2}$"
    # "we decided against warfarin": turned down before it was given
    r"|\b(?:decided|opted|chose)\s+against\s+(?:\w+\s+){0,2}$"
    # "if it had grown, we would have cut it out": what was not done
    r"|\bwould\s+have\s+(?:\w+\s+)?$"
    # "he had never received glucocorticoids", "has never taken warfarin": never given at all
    r"|\b(?:had|has|have)\s+never\s+(?:received|taken|been\s+(?:given|on|treated\s+with)|used|had)\s+"
    r"(?:\w+\s+){0,2}$"
    # "the remaining dogs were not operated on", "lesions that were not excised"
    r"|\b(?:was|were|is|are|had)\s+not\s+(?:been\s+)?$"
    # "He declined excision", "the parents refused further surgery" (not a value that "declined
    # after" a drug)
    r"|\b(?:declined|refused|turned down|did not want)\s+"
    r"(?!(?:after|following|on|with|from|to|by|since|over|during)\b)(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A therapy that names where the patients were, not what they were given: "a haemodialysis cohort".
SETTING = re.compile(
    r"^[\s-]*(?:cohort|patients?|population|units?|cent(?:re|er)s?|setting|recipients?|unit|"
    r"dependent|ward)\b",
    re.IGNORECASE,
)
# A therapy's harm named as a risk it raises, after the therapy: "increases the risk of zoster",
# "adds to the risk of infection", "carries a small risk of", "risking
# encephalopathy", "Surgery here risks septic arthritis" (not "lowers the risk of").
RISK_OF_HARM = re.compile(
    r"\b(?:(?:rais|increas|heighten|doubl)\w*|adds?\s+to|carr(?:y|ies|ied)|poses?)\s+"
    r"(?:the|a|an|her|his|their|its|some)?\s*(?:small|real|known|higher|greater|serious|slight|"
    r"definite|recognised|recognized)?\s*risks?\s+of\s+"
    r"|\brisking\s+|\brisks\s+(?!of\b)",
    re.IGNORECASE,
)
# The same said harm first: "septic arthritis is a real risk of excision", "… are known risks of".
RISK_OF_THERAPY = re.compile(
    r"\s(?:is|are)\s+(?:a|the)?\s*(?:main|small|real|known|recognised|recognized|serious|"
    r"common|rare)?\s*risks?\s+(?:of|with|from)\s+(?:the\s+|an?\s+)?$"
    # "headaches are more common on nifedipine"
    r"|\s(?:is|are|was|were)\s+(?:\w+\s+)?more\s+(?:frequent|common|likely)\s+"
    r"(?:on|with|after)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where the harms of a risk phrase end: the clause's end, or a clause of another kind.
RISK_SPAN_END = re.compile(
    r"[;.:]|\s(?:but|although|though|while|whereas|so|because|which|unless)\b"
    r"|,\s*(?:and\s+)?(?:we|doctors|they|it|he|she|you|with)\b",
    re.IGNORECASE,
)
# The deposits said to lie in the epidermis itself ("calcium within the epidermis").
IN_EPIDERMIS = re.compile(r"\b(?:in|within|into)\s+(?:the\s+)?(?:\w+\s+)?epiderm", re.IGNORECASE)
# A transcript's speaker before what they say: "KA: it raises …", "Dr Lowe: …".
SPEAKER_LABEL = re.compile(r"^[A-Z][\w .'-]{0,24}:\s+")
# A determiner that points back to a disease already named: "the myositis", "her lupus".
POINTED_BACK = re.compile(r"\b(?:the|her|his|their|this|that)\s+$", re.IGNORECASE)
# A purpose put first: "To prevent a clot after surgery, heparin was given …", "In order to
# control her lupus, …": what the therapies after it were given for.
FRONTED_PURPOSE = re.compile(
    r"^\s*(?:To|In\s+order\s+to)\s+(?:prevent|treat|control|manage|settle|calm|reduce|relieve|"
    r"ease|clear|heal|suppress|correct|lower)\s+",
    re.IGNORECASE,
)
# Where the purpose's states end: a comma, or the clause's subject.
PURPOSE_END = re.compile(r",|\s(?:she|he|they|we|I|the\s+patient|the\s+team)\s", re.IGNORECASE)
# Right after a dialysis that has ended: "since dialysis stopped".
DIALYSIS_ENDED = re.compile(rf"\s+(?:{_WAS}\s+)?{_STOPPED_VERB}\b", re.IGNORECASE)
# A therapy only planned between it and its target: "dialysis if the AKI progresses".
PLANNED_IF = _words(r"if", r"unless", r"should")
# Right before a therapy the patient is on: "On haemodialysis nightly for …".
ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
# Right before a dialysis that is the patients' setting, not a therapy of the sentence:
# "calciphylaxis in haemodialysis", "… in maintenance dialysis".
IN_SETTING = re.compile(r"\bin\s+(?:long-term\s+|maintenance\s+|chronic\s+)?$", re.IGNORECASE)
# Right before a therapy that says who the patients are, not what they were given: "… in adults
# on haemodialysis", "… among patients receiving long-term dialysis"; or, in a sentence, the
# group a harm befell ("three patients taking tofacitinib had headaches").
POPULATION_ON = re.compile(
    r"\b(?:adults|patients|people|persons|children|subjects|participants|those|men|women)\s+"
    r"(?:on|taking|receiving|undergoing|needing|requiring)\s+"
    r"(?:long-term\s+|maintenance\s+|chronic\s+)?$",
    re.IGNORECASE,
)
# A study's list of what its therapy was given for: "The indications were …", "Reasons for surgery
# included …".
INDICATIONS_LEAD = re.compile(
    r"\b(?:indications?|reasons?)\s+(?:[\w-]+\s+){0,5}?(?:were|was|included|includes|comprised)\b",
    re.IGNORECASE,
)
# A study of disease that earlier therapies did not control.
REFRACTORY = _words(r"refractory", r"recalcitrant", r"treatment-resistant", r"resistant", r"difficult-to-treat")
# A therapy the patients had before the one studied: "had previously been treated with", "prior IVIG".
PRIOR_THERAPY = re.compile(
    r"\b(?:previously|prior|earlier|before(?:hand)?|already)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:treated with|received|receiving|taken|tried|given|on)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:prior|previous|earlier|preceding)\s+(?:courses? of\s+|treatment with\s+|therapy with\s+)?(?:[\w-]+\s+){0,1}$"
    r"|\b(?:had|have|has)\s+(?:also\s+)?(?:previously\s+|already\s+)?(?:received|been treated with|tried)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Calcium or phosphate carried by a therapy (the usual cause of iatrogenic calcinosis).
MINERAL_BEARING = re.compile(r"\b(?:calcium|phosphate)\b(?![\s-]*free)", re.IGNORECASE)
# A therapy taken as a poison, not given: "cholecalciferol rodenticide poisoning", "cholecalciferol
# rat poison", "calcitriol overdose".
_POISONED = (
    r"(?:(?:rat|mouse|rodent)\s+)?(?:(?:rodenticide|bait|poison)\s+)?"
    r"(?:toxicity|toxicosis|intoxication|poisoning|overdose|rodenticide|bait|poison)"
)
POISONED = re.compile(r"[\s-]*" + _POISONED + r"\b", re.IGNORECASE)
# … or said before it: "given excess vitamin D3", "an overdose of calcitriol", "took too much
# calcium" (not "macrophages making excess calcitriol", the body's own).
EXCESS_OF = re.compile(
    r"\b(?:(?:given|giving|taking|took|taken|receiving|received|fed|feeding|ingested|consumed)\s+"
    r"(?:an?\s+)?(?:excess(?:ive)?|too much)(?:\s+amounts?\s+of)?|(?:an\s+)?overdoses?\s+of|"
    r"over-?supplementation\s+with)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# What a title names as the cause of the lesion, after the therapy: "calcium gluconate extravasation",
# "heel-stick sites", "vitamin D excess".
CAUSE_AFTER = re.compile(
    r"^[\s-]*(?:" + _POISONED + r"|excess|extravasation|exposure|ingestion|induced|related|"
    r"associated|injection\s+sites?|sites?|monitoring)\b",
    re.IGNORECASE,
)
# The study's own therapy in a methods sentence: "children … who received tofacitinib", "were
# treated with", "underwent". PRIOR_THERAPY tells the therapies they had before.
ADMINISTERED = re.compile(
    r"\b(?:received|receiving|(?:were|was)\s+(?:treated|managed)\s+(?:with|by)|(?:were|was)\s+given|"
    r"underwent|(?:were|was)\s+started\s+on)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A title that announces a therapy without naming the drug: "Janus kinase inhibition for …",
# "… results of treatment in 26 patients".
THERAPY_TITLE = _words(r"inhibition", r"blockade", r"treatment", r"therapy", r"therapies")
# A symptom that eased: "her pain score had fallen", "digital pain eased", "relieves pain".
RELIEVED_AFTER = re.compile(
    r"\s+(?:scores?\s+)?(?:had\s+|has\s+|was\s+)?(?:eased|resolved|improved|fell|fallen|decreased|subsided|"
    r"lessened|settled|disappeared|was relieved)\b",
    re.IGNORECASE,
)
RELIEVED_BEFORE = re.compile(
    r"\b(?:relie(?:ve|ves|ved)|eas(?:e|es|ed)|reduc(?:e|es|ed))\s+(?:the\s+|their\s+|her\s+|his\s+)?$",
    re.IGNORECASE,
)
# "a lump that is very painful", "deposits which are tender": what the lesion itself is.
LESION_IS = re.compile(
    rf"\b{_LESION}\s+(?:(?:that|which)\s+)?(?:is|are|becomes?|gets?)\s+"
    r"(?:very\s+|often\s+|\w+ly\s+)?$",
    re.IGNORECASE,
)
# What an adverse effect is said to follow: "… occurred with both IVIG and infliximab", "… in 2/8
# (25%) after RTX", "… developed a kidney stone and stopped probenecid".
EFFECT_THEN_THERAPY = re.compile(
    r"^[^;.,]{0,40}?\b(?:after|with|following|during|while on|and (?:stopped|discontinued|came off))\s+"
    r"(?:both\s+|either\s+|the\s+)?$",
    re.IGNORECASE,
)
# A finding said of a therapy itself: "intralesional STS is painful", "the injections can be painful".
THERAPY_IS = re.compile(
    r"\s+(?:is|are|was|were|can be|may be|could be|is often|are often|is usually|are usually)\s+(?:very\s+|quite\s+|rather\s+)?",
    re.IGNORECASE,
)
# A disease that befell a treated patient: "one patient developed a kidney stone".
CONDITION_BEFELL = re.compile(
    r"\b(?:developed|experienced|suffered|sustained|"
    # "calcitriol has caused hypercalcaemia", "can tip patients into hypocalcaemia": the therapy
    # brought the disease on
    r"(?:can|may|might|could|often|commonly|sometimes|has|have|had)\s+(?:also\s+)?"
    rf"{_CAUSE_VERB}|{_TIP_INTO})"
    r"\s+(?:an?\s+|acute\s+|transient\s+)?$",
    re.IGNORECASE,
)
# A therapy that did not prevent what followed: "despite intravenous hydration and allopurinol".
_DESPITE = r"(?:despite|in spite of|notwithstanding)"
# The words after "despite" end at the verb of a new clause: "whose deposits grew despite
# methotrexate were given rituximab" failed methotrexate, not rituximab ("despite having
# received" is still the failed therapy's).
_DESPITE_WORD = rf"(?!(?<!having\s){_CLAUSE_VERB}\b)[\w-]+\s+"
DESPITE = re.compile(
    rf"\b{_DESPITE}\s+(?:{_DESPITE_WORD}){{0,6}}(?:(?:and|or|,)\s+(?:{_DESPITE_WORD}){{0,2}})?$",
    re.IGNORECASE,
)
# The deposits went on despite a therapy: "the lumps … have gone on spreading despite it",
# "deposits kept growing in spite of diltiazem" (the verbs of growing; ``_PROGRESSED`` below).
_GREW = r"grew|grown|spread|enlarged|expanded|progressed|worsened|increased"
# What lesions do despite a therapy that failed, beyond growing: "ulcerate despite IVIG",
# "recurred despite colchicine", "remained painful despite it" (not "while on": "phosphate
# remains high on the diet" is a condition, not a failure)
_FAILED_ON = (
    r"ulcerat(?:e|es|ed|ing)|persist(?:s|ed|ing)?|recurr?(?:s|ed|ing)?|appeared|formed|"
    r"remain(?:s|ed)?|stay(?:s|ed)?"
)
_PROGRESSED = rf"\b(?:{_GREW_ON}\w*|(?:{_GREW})(?:\s+\w+)?)\s+"
_WENT_ON = rf"\b(?:{_GREW_ON}\w*|(?:{_GREW}|{_FAILED_ON})(?:\s+\w+)?)\s+"
# A drug the patient reacts to, not one given: "penicillin allergy", "allergic to codeine",
# "intolerant of methotrexate"; and the reaction said with it ("(rash)", ": hives", "- causes
# vomiting").
DRUG_ALLERGY_AFTER = re.compile(
    r"[\s-]+(?:allerg(?:y|ies|ic)|hypersensitivity|intoleran(?:ce|t))\b", re.IGNORECASE
)
DRUG_ALLERGY_BEFORE = re.compile(
    r"\b(?:allerg(?:ic|y|ies)|hypersensitiv\w*|intoleran\w*|anaphylaxis)\s+(?:to|of|with)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
ALLERGY_REACTION = re.compile(
    r"\s*(?:\(|[:\u2013\u2014]|-\s|,?\s+(?:(?:which|that)\s+)?(?:causing|causes|caused|with|"
    r"gave\s+(?:him|her|them|me)|gives\s+(?:him|her|them|me)|manifest\w*\s+as)\s)[^();.]*",
    re.IGNORECASE,
)
# A disease a therapy brought on, said with the therapy right before it ("naproxen caused an
# acute kidney injury") or right after it ("her renal failure was blamed on the lithium").
THERAPY_CAUSED = re.compile(
    # (or what it is known to do: "aluminium hydroxide causes osteomalacia", "can lead to")
    rf"\s*(?:\([^()]*\)\s*)?(?:\w+\s+)??(?:{_MAY})?"
    rf"(?:{_CAUSE_VERB}|(?:precipitat|induc)(?:e|es|ed)\b)\s+"
    r"(?:(?:an?|the|acute|transient|severe|mild|fresh)\s+)*"
    # (the later items of what it caused: "causes encephalopathy and osteomalacia")
    r"(?:[\w'-]+(?:\s+[\w'-]+){0,3}\s*(?:\([^()]*\)\s*)?"
    r"(?:,\s*(?:and\s+|or\s+)?|(?<!,)\s+(?:and|or)\s+)){0,4}",
    re.IGNORECASE,
)
CAUSED_BY_THERAPY = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:was|were|is|are|has been|had been)\s+(?:\w+\s+){0,3}?"
    r"(?:attributed|ascribed|put down|blamed|caused|brought on|induced|provoked|precipitated|due|"
    r"secondary)\s+"
    r"(?:to|on|by)\s+(?:\w+\s+)?",
    re.IGNORECASE,
)
# A harm's count, then the therapy those who had it were on: "rigors (in 4 adults, each on
# rituximab)", "rash (in 3, each after the first dose of X)".
HARM_COUNT_ON = re.compile(
    rf"\s*\((?:in\s+)?{INTEGER_PATTERN}[^()]{{0,30}}?,?\s*"
    r"(?:all|each|both|mostly|most|every one)?\s*(?:on|taking|receiving|given|after)\s+"
    r"(?:the\s+first\s+dose\s+of\s+)?",
    re.IGNORECASE,
)
# A state the patient came into, right before its name: "became nauseated", "got hypercalcaemic",
# "developed", "went on to develop".
BECAME_BEFORE = re.compile(
    r"\b(?:became|become|becomes|becoming|got|gets|getting|grew|turned|developed|develops|"
    r"went\s+on\s+to\s+develop)\s+(?:(?:\w+ly|very|quite|a|an|some)\s+)?$",
    re.IGNORECASE,
)
# Between a harm and the therapy that brought it: "flushing from the steroid", "a rash caused by
# the cream"; "on" only after a verb of suffering ("developed nausea on thiosulfate").
HARM_FROM = re.compile(
    # ("no nausea occurred on phytonadione": an event told of the time on it)
    rf"\s+(?P<event>{_EVENT_TOLD}\s+(?:in\s+(?:[\w-]+\s+){{1,3}}?(?=on\b))?)?"
    r"(?:(?:caused|brought on|induced|provoked)\s+by|from|due to|(?P<on>on))\s+"
    r"(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+|its\s+)?",
    re.IGNORECASE,
)
# The body's own making of a substance a drug also supplies: "a lymphoma drives calcitriol
# production", "its synthesis of vitamin D" (the hormone, not the drug).
ENDOGENOUS = re.compile(r"[\s-]+(?:production|synthesis|secretion|overproduction)\b", re.I)
# Staying as it was: "were unchanged", "remained much the same".
_STAYED = r"(?:were|was|remained|stayed)\s+(?:\w+\s+)?(?:unchanged|the same|as before"
# A finding that ended or stayed as it was under a therapy: "the blistering stopped within
# weeks", "the lumps stayed the same all winter" (a result, never a harm).
UNMOVED = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:stopped|ceased|went away|vanished)\b"
    rf"|\s+{_STAYED})\b",
    re.IGNORECASE,
)
# The deposits, and what a trial measures of them ("deposit size", "the number of nodules").
_DEPOSITS = rf"(?:{_LESION}|calcinosis|calcifications?)"
_MEASURE = r"(?:size|number|volume|extent|burden|area|score)s?"
# The deposits that did not yield, said in a sentence of their own: "by spring the hard lumps
# were no smaller", "her plaques did not shrink", "the deposits kept growing".
LESIONS_UNMOVED = re.compile(
    r"\b(?:the|her|his|their|these|its)\s+(?:[\w-]+\s+){0,2}"
    rf"{_DEPOSITS}\s+(?:{_STAYED}|no smaller|no softer)\b"
    r"|(?:did|had) not (?:\w+ly\s+)?(?:change|shrink|shrunk|improve|soften|regress|recede)\w*"
    rf"|{_GREW_ON}\w*)"
    # a trial's verdict: "no significant change in the number of nodules versus placebo", "no
    # difference in deposit size"
    rf"|\bno\s+(?:\w+\s+)?(?:{_DIFFERENCE}|change)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_MEASURE}\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?{_DEPOSITS}|{_DEPOSITS}\s+{_MEASURE})\b"
    # a verdict that is the whole sentence: "No change at all.", "No improvement."
    r"|^\s*(?:no|zero)\s+"
    + _NO_GAIN
    + r"(?:\s+(?:at all|whatsoever))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# Lesions growing on under a therapy, right after their name: "the nodules kept growing".
GREW_ON = re.compile(r"\s*" + _GREW_ON, re.IGNORECASE)
# Right before what a therapy is to stop: "had not stopped new nodules from forming".
# … but not a therapy stopped for a harm: "stopped because of vomiting", "discontinued for a rash".
PREVENTING = re.compile(
    rf"\b{_STOP}\w*\s+(?!(?:because|due|for|after|owing|on account)\b)(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# Or while on a therapy: "went on growing on colchicine", "worsened while taking warfarin".
_WHILE_ON = r"(?:while\s+)?(?:on|taking|receiving)"
PROGRESSED = re.compile(
    rf"(?:{_WENT_ON}{_DESPITE}|{_PROGRESSED}{_WHILE_ON})\b", re.IGNORECASE
)
# … right before the therapy ("kept enlarging despite diltiazem", "… on colchicine"), or after
# it, by a pronoun
PROGRESSED_DESPITE = re.compile(
    rf"{_WENT_ON}{DESPITE.pattern}|{_PROGRESSED}{_WHILE_ON}\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
PROGRESSED_DESPITE_IT = re.compile(
    r"[^.;]{0,80}?" + _WENT_ON + _DESPITE + r"\s+(?:it|this|them|these|that)\b", re.IGNORECASE
)
# … or the therapy opens the sentence after "despite" and the lesions grow on after it: "Despite
# two years of diltiazem, the nodules kept growing".
DESPITE_OPENING = re.compile(rf"(?:^|[.;:]\s*)\s*{_DESPITE}\s+(?:[\w-]+\s+){{0,5}}$", re.IGNORECASE)
GREW_AFTER_DESPITE = re.compile(
    rf"[^.;]{{0,80}}?,[^.;]{{0,60}}?\b(?:{_GREW_ON}\w*|{_GREW}|{_FAILED_ON})\b", re.IGNORECASE
)
# Between a symptom and a therapy that did not relieve it: "pain 9/10 overnight despite PRN
# oxycodone", "itch no better in spite of regular antihistamines".
PERSISTED_DESPITE = re.compile(
    rf"[^.;,()]{{0,50}}?\b{_DESPITE}\s+(?:(?:[\w-]+\s+){{0,2}}(?:of|with)\s+)?"
    r"(?:(?:regular|prn|as-needed|high-dose|the|her|his|their|oral|iv|intravenous|topical|"
    r"repeated|maximal|standard)\s+){0,3}",
    re.IGNORECASE,
)
# A procedure and what it was done for: "was performed because of pain", "excision was undertaken
# for nerve compression".
DONE_BECAUSE = re.compile(
    r"\s*(?:[\w-]+\s+){0,5}?(?:because of|owing to|on account of|in view of)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
PROCEDURE_FOR = re.compile(
    # "excised the lesion for cosmetic reasons"
    r"\s+(?:the|a|an|each|both|all|this)\s+(?:[\w-]+\s+){0,2}?(?:lesions?|nodules?|deposits?|lumps?|masses|"
    r"papules?|plaques?)\s+(?:for|because of|owing to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}"
    r"|\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:performed|undertaken|done|carried out|needed|required|"
    r"chosen|offered|advised)\s+(?:for|because of|owing to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}"
    # "the nodule was curetted in week 6 for pain"
    r"|\s+(?:at|in|on|after|during)\s+(?:[\w-]+\s+){1,3}?(?:for|because of|owing to)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# Who a therapy is for: "offered to children with large, painful deposits", "given to patients with
# hypercalcaemia"; and the other way round, "Patients with ulcerated deposits underwent debridement".
_GROUP = r"(?:patients|people|children|adults|those|men|women|dogs|cats|horses)"
_GROUP_WITH = (
    rf"{_GROUP}\s+(?:with|who have|who had|whose\s+[\w-]+\s+(?:is|are|was|were))\s+(?:[\w-]+,?\s+){{0,3}}"
)
GIVEN_TO_GROUP = re.compile(rf"\s*(?:[\w-]+\s+){{0,4}}?(?:to|for|in)\s+{_GROUP_WITH}", re.IGNORECASE)
GROUP_WITH_LEAD = re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?{_GROUP_WITH}$", re.IGNORECASE)
GROUP_RECEIVED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:underwent|received|were given|were offered|were treated with|had|"
    # "Patients with recurrent infection may benefit from excision": advice on whom it is for
    r"benefit from|are candidates for|need|require)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A fronted group or lesion a therapy is for: "In patients with hyperphosphataemia, binders are
# preferred", "For painful lesions, intralesional corticosteroids may help".
FOR_GROUP_LEAD = re.compile(
    rf"^\s*(?:in|for)\s+(?:{_GROUP}\s+with\s+)?(?:[\w-]+,?\s+){{0,3}}$", re.IGNORECASE
)
FOR_GROUP_THEN = re.compile(r"^(?:\s+[\w-]+){0,3},\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A therapy that only dates what the sentence says of the deposits: "… had progressed before
# rituximab was begun". (Not a TIME_REFERENCE: the therapy keeps its other facts, "kept for painful
# lumps before surgery is tried".)
BEFORE_THERAPY = re.compile(
    r"\b(?:before|until)\s+(?:starting\s+|the\s+|her\s+|his\s+){0,2}$", re.IGNORECASE
)
# Advice to stop a drug or not to resume it: "Advice: stop the nifedipine.", "do not reintroduce
# it later".
# A card's "No calcium tablets unless my doctor agrees": the therapies up to "unless".
_NO_UNLESS = r"^\s*no\b[^.;:,()]*?(?=\s+unless\b)"
WITHDRAW_ADVICE = re.compile(
    r"(?:^|[:;]\s*)(?:please\s+)?(?:stop|discontinue|withdraw|cease|avoid|switch from|"
    r"(?:do not|don't) (?:restart|resume|reintroduce|rechallenge|give|use|take|start|prescribe))\b"
    rf"|{_NO_UNLESS}",
    re.IGNORECASE,
)
# Bare advice against a therapy: "Avoid high-dose calcium supplements.", "Do not take iron
# tablets.", maybe with its reason after a colon ("Do not start X: it can make …") (not "… while
# phosphate is high": that says when)
AVOID_ALONE = re.compile(
    rf"^\s*(?:please\s+)?{_AVOID}\b"
    rf"(?![^,;:()]*\b(?:{_AVOID_WHEN}|after|before|with)\b)[^,;:()]*(?=$|:\s)"
    rf"|{_NO_UNLESS}",
    re.IGNORECASE,
)
STOPPED_WORD = re.compile(
    r"\b(?:stop|discontinu|withdr|ceas|switch|halt|interrupt|taper|abandon|held|withheld)", re.IGNORECASE
)
# A patient who went through something, in a list item about one therapy ("- Shock waves. … I
# had bruising after each session"): what the therapy did to them, unless the sentence says
# something got better.
ITEM_HARM = re.compile(
    r"^\s*(?:(?:but|and|then|afterwards?|after that),?\s+)?"
    r"(?:i|he|she|they|we|the patient|patients|a few|some|most|many)\s+(?:\w+\s+)?"
    r"(?:had|got|developed|experienced|suffered|noticed|felt|was left with|were left with)\s+"
    rf"(?!(?:no|less|fewer|some relief|relief|a good|good|great|better|an {_IMPROVEMENT})\b)",
    re.IGNORECASE,
)
# A plan's sentence, which says when to give a therapy rather than what it did: "Offer once the
# wound stalls", "Consider a second course", "Repeat unless …".
ITEM_PLAN = re.compile(
    r"^\s*(?:offer|consider|give|start|add|stop|avoid|use|repeat|continue|plan|refer)\b",
    re.IGNORECASE,
)
# A trial record's label of what it leaves out, its criteria after it on the line ("Exclusion:
# pregnancy; eGFR below 30") or below it ("Exclusions" then "- pregnancy"). What a trial takes in
# is left alone: "Inclusion: haemodialysis for …; a painful ulcer" names who it is for, with the
# signs that confirm the diagnosis.
EXCLUSION_LABEL = re.compile(r"^\W*exclusions?(?:\s+criteria)?\W*(?::|$)", re.IGNORECASE)
# A trial record's field of what it will measure: "Primary outcome: …", "Secondary outcome
# measures: …", "Key endpoints: …".
OUTCOME_FIELD = re.compile(
    r"^\s*(?:(?:primary|secondary|main|key|other)\s+(?:outcomes?|end-?points?)(?:\s+measures?)?"
    r"|outcome\s+measures?|end-?points?)\s*:",
    re.IGNORECASE,
)
# Right before what injured the tissue a lesion lies in: "skin damaged by radiotherapy", "fat
# injured by repeated injections" (CAUSE_BEFORE has "caused by" and "induced by", which may
# name what brought on a harm instead: "pain induced by the injections").
DAMAGED_BY = re.compile(
    r"\b(?:injured|damaged|scarred|harmed)\s+by\s+(?:(?:the|a|an|repeated|earlier|"
    r"previous|prior)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Frames that give a list of signs as those of a disease the sentence names (not a calcinosis):
# after the disease, "PXE: yellow papules, lax skin …", "hypercalcaemia, with thirst and
# nausea", "X usually presents as a firm, painless lump", "the syndrome, a triad of …"; before
# it, "thirst and polyuria c/w hypercalcaemia", "cramps and pins and needles from the
# hypocalcaemia", "… make up the triad that defines X", "…: signs of low calcium".
# (the nouns FEATURES_OF reads, and a triad's or picture's)
_SIGN_WORDS = rf"(?:triad|tetrad|picture|{_SIGN_NOUNS})"
# A disease's verb of bringing its own signs: "sarcoidosis can cause cough and tiredness".
_DISEASE_BRINGS = (
    r"(?:,?\s+(?:which|that))?\s+(?:(?:can|may|often|usually|also|commonly|typically|itself)\s+)*"
    # (active verbs only, not _CAUSE_VERB's "caused" or "leads to": "a disease caused by …",
    # "mutations lead to …" are not a disease bringing its signs)
    r"(?:causes?|brings?(?:\s+on)?|gives?|produces?)\s+(?:(?:a|an|the|its|their)\s+)?"
)
DISEASE_BRINGS = re.compile(_DISEASE_BRINGS, re.IGNORECASE)
SIGNS_AFTER_DISEASE = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?"
    # (how long she has had it first: "lupus since her teens, with …", "MCTD, diagnosed in
    # 2019: …", "DM diagnosed a year ago, with …")
    rf"{_HAD_FOR}?"
    r"(?:"
    rf"(?::|,(?=\s*(?:the|its|with\s+the)\s+(?:\w+\s+)?{_SIGN_WORDS}\b))\s*"
    rf"(?:(?:the|its|a|with\s+the)\s+(?:classic\s+|typical\s+|usual\s+)?{_SIGN_WORDS}"
    r"\s+(?:of\s+)?)?(?=\S)(?!(?:and|or|but|which|who|that)\b)"
    # (not "with the aim of", "with a history of")
    r"|,?\s+with\s+(?!(?:a|an|the|his|her|its|their)\s+"
    r"(?:history|diagnosis|aim|goal|view|hope|intention|exception|help|use)\b)"
    # (a disease's usual way of showing itself, not "presented with", a patient's coming in)
    r"|\s+(?:(?:typically|usually|often|classically|commonly|generally)\s+)?"
    r"(?:presents?|presenting|shows?|manifests?|appears?)\s+(?:\w+\s+){0,3}?(?:as|with)\s+"
    # what it brings, said with the verb: "lupus brings joint pains and a rash"
    rf"|{_DISEASE_BRINGS}"
    r")",
    re.IGNORECASE,
)
SIGNS_BEFORE_DISEASE = re.compile(
    r"(?:[:,]\s*|\s+)(?:"
    r"c/w|consistent\s+with|in\s+keeping\s+with|typical\s+of|characteristic\s+of|"
    rf"(?:the\s+|are\s+|is\s+)?(?:classic\s+|typical\s+|cutaneous\s+|usual\s+)?{_SIGN_WORDS}\s+of|"
    rf"(?:form|forms|make\s+up|makes\s+up|are|is)\s+the\s+(?:classic\s+)?{_SIGN_WORDS}\s+"
    r"(?:that\s+defines?|of)|"
    r"(?:came|come|comes|coming|were|was|are|is)?\s*(?P<cause>from|due\s+to|caused\s+by)"
    r")\s+(?:(?:the|his|her|their|its|a|an)\s+)?$",
    re.IGNORECASE,
)
# Patients named by the disease, then what they have: "people with PHP are often short and
# round-faced", "children with PHP often develop …".
PATIENTS_WITH_DISEASE = re.compile(rf"\b{_GROUP}\s+with\s+$", re.IGNORECASE)
HAVE_AFTER_DISEASE = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:\w+ly|often|may|can|will|all|also)\s+){0,2}"
    r"(?:are|have|has|develop|get|show|suffer\s+from)\b",
    re.IGNORECASE,
)
