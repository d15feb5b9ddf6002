"""The builder on small documents written for these tests, in words the seeds never use, and on bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from cckg.graph_builder.build import build

from cckg import vocab
from cckg.errors import InputError

FIXTURES = Path(__file__).parents[1] / "fixtures"
UNSEEN = FIXTURES / "unseen"
BAD = FIXTURES / "unseen-bad"
OBO = "http://purl.obolibrary.org/obo/"  # terms of the extra lexicon keep their OBO IRIs
ETELCALCETIDE, RIVAROXABAN = OBO + "CHEBI_134700", OBO + "CHEBI_68579"
APIXABAN = OBO + "CHEBI_72296"

FACTS = """
PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc ?s ?p ?o ?pol ?species ?olabel ?qlabel WHERE {
  ?a a cckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cckg:polarity ?pol ; cckg:document ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?a cckg:species ?species } OPTIONAL { ?o rdfs:label ?olabel }
  OPTIONAL { ?a cckg:quantity/rdfs:label ?qlabel }
}"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    out = tmp_path_factory.mktemp("unseen") / "g.ttl"
    build([UNSEEN], out, reason=False, jobs=1)
    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def facts(graph: ox.Store) -> set[tuple[str, ...]]:
    rows = set()
    for r in graph.query(FACTS):
        get = lambda k: "" if r[k] is None else vocab.local_name(r[k].value)  # noqa: E731
        rows.add((get("doc"), get("s"), get("p"), get("o"), get("pol"), get("species"),
                  get("olabel"), get("qlabel")))
    return rows


EXPECTED = [
    # A case report: abbreviation defined then used, British spelling, a failed drug, serum status.
    ("jdm-sts-case", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "Elbow", "pos"),
    ("jdm-sts-case", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "Buttock", "pos"),
    ("jdm-sts-case", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "Pain", "pos"),
    ("jdm-sts-case", "CalcinosisCutisInJuvenileDermatomyositis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("jdm-sts-case", "Diltiazem", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    ("jdm-sts-case", "IntravenousSodiumThiosulfate", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "pos"),
    # A review: a drug named for another disease, negation, hedging, the calcinosis of a disease.
    ("narrative-review-management", "Minocycline", "treats", "Acne", "pos"),
    ("narrative-review-management", "Minocycline", "treats", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "pos"),
    ("narrative-review-management", "Pamidronate", "treats", "CalcinosisCutis", "pos"),
    ("narrative-review-management", "Warfarin", "treats", "CalcinosisCutis", "neg"),
    ("narrative-review-management", "Curettage", "treats", "CalcinosisCutis", "pos"),
    ("narrative-review-management", "CalcinosisCutisInLupusPanniculitis", "located_in", "Thigh", "pos"),
    ("narrative-review-management", "CalcinosisCutisInLupusPanniculitis", "located_in", "Arm", "pos"),
    # An audit in plain words: an adverse effect "while on" the drug, one denied "with either
    # medicine" (both drugs), and a woman's disease naming which calcinosis a drug treated.
    ("two-drug-audit", "Minocycline", "has_adverse_effect", "Dizziness", "pos"),
    ("two-drug-audit", "Minocycline", "has_adverse_effect", "SkinRash", "neg"),
    ("two-drug-audit", "Probenecid", "has_adverse_effect", "SkinRash", "neg"),
    ("two-drug-audit", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # A clinic letter: another disease "managed with" a drug, failures listed after a colon, a drug
    # that "did nothing for the lumps", a result that "followed" a drug.
    ("clinic-letter", OBO + "CHEBI_6801", "treats", "DiabetesMellitus", "pos"),  # metformin
    ("clinic-letter", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("clinic-letter", "Warfarin", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("clinic-letter", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # A case series in plain text: outcomes and an adverse effect with numbers.
    ("eswl-series", "ExtracorporealShockWaveLithotripsy", "treats", "CalcinosisCutis", "pos"),
    ("eswl-series", "CalcinosisCutis", "located_in", "Hand", "pos"),
    ("eswl-series", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutis", "neg"),
    ("eswl-series", "ExtracorporealShockWaveLithotripsy", "has_adverse_effect", "Erythema", "pos"),
    # A handbook chapter with a section per drug: the heading owns its findings, uses for other
    # diseases, a passive "was managed with", "neither … any change", reasons and "especially when",
    # and a paragraph that defines another disease.
    ("drug-chapter", "Colchicine", "treats", "Gout", "pos"),
    ("drug-chapter", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("drug-chapter", "Colchicine", "has_adverse_effect", "Diarrhea", "pos"),
    ("drug-chapter", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("drug-chapter", "Probenecid", "has_adverse_effect", "Nausea", "pos"),
    # "Her myositis" in a chapter on dermatomyositis is that disease
    ("drug-chapter", "Hydroxychloroquine", "treats", "Dermatomyositis", "pos"),
    ("drug-chapter", "Prednisolone", "treats", "Dermatomyositis", "pos"),
    ("drug-chapter", "Nifedipine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("drug-chapter", "Amlodipine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("drug-chapter", "Debridement", "indicated_when", "Pain", "pos"),
    ("drug-chapter", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("drug-chapter", "Sarcoidosis", "located_in", "Neck", "pos"),
    ("drug-chapter", "Sarcoidosis", "has_feature", "Papule", "pos"),
    # A case report whose title says only "nodules in a scar": the diagnosis in the body is the
    # subject throughout; "had produced no measurable change", a removal verb, a recurrence denied.
    ("knee-scar-case", "DystrophicCalcinosisCutis", "located_in", "Knee", "pos"),
    ("knee-scar-case", "DystrophicCalcinosisCutis", "has_feature", "Tenderness", "pos"),
    ("knee-scar-case", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("knee-scar-case", "Colchicine", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("knee-scar-case", "SurgicalExcision", "treats", "DystrophicCalcinosisCutis", "pos"),
    ("knee-scar-case", "SurgicalExcision", "indicated_when", "SkinUlcer", "pos"),
    ("knee-scar-case", "SurgicalExcision", "has_adverse_effect", "Recurrence", "neg"),
    # A practice page: the site's name in the title, "It" after the condition, a paragraph per animal.
    ("horse-practice-note", "CalcinosisCircumscripta", "located_in", "PressurePoint", "pos"),
    ("horse-practice-note", "SurgicalExcision", "treats", "CalcinosisCircumscripta", "pos"),
    # A cohort: patient groups, "calcinosis due to A (A) or B", events "reported by", a negated
    # list of examples, drugs for the other disease, "will not".
    ("mctd-cohort", "CalcinosisCutis", "associated_with", "MixedConnectiveTissueDisease", "pos"),
    ("mctd-cohort", "CalcinosisCutis", "associated_with", "SystemicLupusErythematosus", "pos"),
    ("mctd-cohort", "Rituximab", "treats", "CalcinosisCutisInMixedConnectiveTissueDisease", "pos"),
    ("mctd-cohort", "Rituximab", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    ("mctd-cohort", "Alendronate", "treats", "CalcinosisCutisInConnectiveTissueDisease", "neg"),
    ("mctd-cohort", "Rituximab", "has_adverse_effect", "InfusionReaction", "pos"),
    ("mctd-cohort", "Rituximab", "has_adverse_effect", "Fever", "neg"),
    ("mctd-cohort", "Rituximab", "has_adverse_effect", "Hypotension", "neg"),
    ("mctd-cohort", "MycophenolateMofetil", "treats", "SystemicLupusErythematosus", "pos"),
    ("mctd-cohort", "Hydroxychloroquine", "treats", "SystemicLupusErythematosus", "pos"),
    ("mctd-cohort", "Antibiotic", "treats", "CalcinosisCutisInConnectiveTissueDisease", "neg"),
    # An audit of refractory disease: a general therapy in the title, what patients had before,
    # "The reasons for starting … were", "because of nausea", indications by "best managed with".
    ("refractory-biologics", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("refractory-biologics", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("refractory-biologics", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("refractory-biologics", "BiologicAgent", "indicated_when", "Pain", "pos"),
    ("refractory-biologics", "BiologicAgent", "indicated_when", "Ulceration", "pos"),
    ("refractory-biologics", "Abatacept", "has_adverse_effect", "Nausea", "pos"),
    ("refractory-biologics", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    # "the myositis" in an audit of dermatomyositis is that disease
    ("refractory-biologics", "CalcinosisCutis", "associated_with", "Dermatomyositis", "pos"),
    ("dialysis-page", "IntravenousSodiumThiosulfate", "treats", "Calciphylaxis", "pos"),
    # "calcium lay in the walls of the tiny arteries": a paraphrase a few words wider
    ("dialysis-page", "Calciphylaxis", "has_mechanism", "VascularCalcification", "pos"),
    # A study titled by its drug class: sites named per disease group.
    ("tnf-series", "CalcinosisCutisInDermatomyositis", "located_in", "Knee", "pos"),
    ("tnf-series", "CalcinosisCutisInSystemicSclerosis", "located_in", "Fingertip", "pos"),
    # A case titled by the drug that caused it: what else the drug causes is its adverse effect.
    ("chloride-infant", "CalciumChloride", "has_adverse_effect", "SkinNecrosis", "pos"),
    # A review reports a procedure's results without saying in words that it treats the lesion.
    ("procedures-overview", "CO2Laser", "treats", "CalcinosisCutis", "pos"),
    # A renal case: therapies for findings and other diseases ("begun for", "to lower the",
    # "settled the"), and lowering the phosphate the calcinosis was attributed to treats it too.
    ("renal-unit-note", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    ("renal-unit-note", "DietaryPhosphateRestriction", "treats", "Hyperphosphatemia", "pos"),
    ("renal-unit-note", "LanthanumCarbonate", "treats", "MetastaticCalcinosisCutis", "pos"),
    ("renal-unit-note", "CalciumCarbonate", "treats", "Osteoporosis", "pos"),
    ("renal-unit-note", "Cinacalcet", "treats", "SecondaryHyperparathyroidism", "pos"),
    # paricalcitol for hypocalcaemia, flucloxacillin for cellulitis (from the extra lexicon)
    ("renal-unit-note", OBO + "CHEBI_7931", "treats", OBO + "HP_0002901", "pos"),
    ("renal-unit-note", OBO + "CHEBI_5098", "treats", "Cellulitis", "pos"),
    # "used for ulcers over the deposits": the deposits are what it treats
    ("renal-unit-note", "TopicalSodiumThiosulfate", "treats", "MetastaticCalcinosisCutis", "pos"),
    # A surgical series: complications of a procedure, named beside it or in a results line of a
    # study of it ("wound infection 0/9": none had it); a wound that "needed" a therapy.
    ("elbow-excision-series", "SurgicalExcision", "has_adverse_effect", "WoundDehiscence", "pos"),
    ("elbow-excision-series", "SurgicalExcision", "has_adverse_effect", "WoundInfection", "neg"),
    ("elbow-excision-series", "Curettage", "has_adverse_effect", "Hematoma", "pos"),
    ("elbow-excision-series", "NegativePressureWoundTherapy", "treats", "WoundDehiscence", "pos"),
    # A JATS series whose adverse events are given only in a table, one row per patient.
    ("ilsts-table-series", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "Erythema", "pos"),
    ("ilsts-table-series", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "Pain", "pos"),
    # A ward note on an infusion injury: the calcium salt both caused the calcinosis and treated
    # what it was given for (its dose between); a medicines list that says what each drug is for;
    # "They" after a sentence led by the lesions; a drug to avoid in a state; an indication whose
    # lesion only bears it ("only when papules ulcerate").
    ("infusion-ward-note", "IatrogenicCalcinosisCutis", "associated_with", "CalciumGluconate", "pos"),
    ("infusion-ward-note", "CalciumGluconate", "treats", OBO + "HP_0002901", "pos"),  # hypocalcaemia
    ("infusion-ward-note", OBO + "CHEBI_40279", "treats", "Gout", "pos"),  # allopurinol
    ("infusion-ward-note", "IatrogenicCalcinosisCutis", "has_feature", "Ulceration", "neg"),
    ("infusion-ward-note", OBO + "CHEBI_5855", "indicated_when", "AcuteKidneyInjury", "neg"),  # ibuprofen
    ("infusion-ward-note", "Curettage", "indicated_when", "Ulceration", "pos"),
    ("infusion-ward-note", "Curettage", "indicated_when", "RecurrentSkinInfection", "pos"),
    # A review of vasoactive drugs (INN stems of the extra lexicon): no difference to the deposits
    # though the ulcers healed; a contraindication said with an "-aemic" adjective.
    ("vasoactive-drugs-review", OBO + "CHEBI_71940", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("vasoactive-drugs-review", OBO + "CHEBI_50861", "treats", "DigitalUlcer", "pos"),  # treprostinil
    ("vasoactive-drugs-review", OBO + "CHEBI_50861", "has_adverse_effect", "Headache", "pos"),
    ("vasoactive-drugs-review", "Calcitriol", "indicated_when", "Hypercalcemia", "neg"),
    # A patient page: how the deposits form and a treatment, each in other words than its label.
    ("lupus-deposits-page", "CalcinosisCutisInSystemicLupusErythematosus", "has_mechanism", "DystrophicMineralization", "pos"),
    ("lupus-deposits-page", "CalcinosisCutisInSystemicLupusErythematosus", "has_mechanism", "TissueDamage", "pos"),
    ("lupus-deposits-page", "CalcinosisCutisInSystemicLupusErythematosus", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("lupus-deposits-page", "IntravenousImmunoglobulin", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    # A clinic letter: drugs for other diseases said in passing ("stable on", "takes … for",
    # "commenced on … for", "which resolved with", "under control with"); a drug that "does not
    # dissolve deposits"; a lesion "that is painful" as a feature; an injection route in other words.
    ("scleroderma-clinic-review", "MycophenolateMofetil", "treats", "LimitedCutaneousSystemicSclerosis", "pos"),  # "her scleroderma"
    ("scleroderma-clinic-review", "Amlodipine", "treats", "Hypertension", "pos"),
    ("scleroderma-clinic-review", OBO + "CHEBI_40279", "treats", "Gout", "pos"),  # allopurinol
    ("scleroderma-clinic-review", OBO + "CHEBI_5098", "treats", "Cellulitis", "pos"),  # flucloxacillin
    ("scleroderma-clinic-review", "Nifedipine", "treats", "RaynaudPhenomenon", "pos"),
    ("scleroderma-clinic-review", "Nifedipine", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("scleroderma-clinic-review", "CalcinosisCutisInSystemicSclerosis", "has_feature", "Pain", "pos"),
    ("scleroderma-clinic-review", "IntralesionalSodiumThiosulfate", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    # A cohort's adverse effects: "side effects on" a drug, one seen "after both" drugs, diseases
    # that befell patients ("developed acute kidney injury and came off", "No patient developed"),
    # and a finding said of the therapy itself ("was painful").
    ("dm-immunosuppression-cohort", "MycophenolateMofetil", "has_adverse_effect", "Diarrhea", "pos"),
    ("dm-immunosuppression-cohort", "MycophenolateMofetil", "has_adverse_effect", "HerpesZoster", "pos"),
    ("dm-immunosuppression-cohort", "Rituximab", "has_adverse_effect", "InfusionReaction", "pos"),
    ("dm-immunosuppression-cohort", "IntravenousImmunoglobulin", "has_adverse_effect", "InfusionReaction", "pos"),
    ("dm-immunosuppression-cohort", "MycophenolateMofetil", "has_adverse_effect", "AcuteKidneyInjury", "pos"),
    ("dm-immunosuppression-cohort", "MycophenolateMofetil", "has_adverse_effect", "DeepVeinThrombosis", "neg"),
    ("dm-immunosuppression-cohort", "IntralesionalCorticosteroid", "has_adverse_effect", "Pain", "pos"),
    # An audit's indications said in several ways: a list led by "Indications for surgery", "excised
    # because of", "Patients with … underwent", a fronted "For itchy deposits,"; a drug stopped
    # because of what it caused keeps that adverse effect.
    ("hand-surgery-audit", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("hand-surgery-audit", "SurgicalExcision", "indicated_when", "NerveCompression", "pos"),
    ("hand-surgery-audit", "SurgicalExcision", "indicated_when", "Infection", "pos"),
    ("hand-surgery-audit", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("hand-surgery-audit", "Debridement", "indicated_when", "Ulceration", "pos"),
    ("hand-surgery-audit", "TopicalSodiumThiosulfate", "indicated_when", "Pruritus", "pos"),
    # "ankle swelling" on a calcium channel blocker is the peripheral oedema the ontology defines
    ("hand-surgery-audit", "Diltiazem", "has_adverse_effect", "PeripheralEdema", "pos"),
    # An audit whose only word of pain is that it settled with the therapy.
    ("hyperbaric-audit", "CalcinosisCutisInDermatomyositis", "has_feature", "Pain", "pos"),
    # A renal case: what the patient is "on" treats the disease named with him; links said in so
    # many words between states other than the calcinosis; a deposit that "did not return".
    ("dialysis-fingertip-case", "PeritonealDialysis", "treats", "EndStageRenalDisease", "pos"),
    ("dialysis-fingertip-case", "AcuteKidneyInjury", "has_feature", OBO + "HP_0002153", "pos"),
    # (what a disease "was complicated by" is a feature of it, a disease or a sign)
    ("dialysis-fingertip-case", "SecondaryHyperparathyroidism", "has_feature", "Hypercalcemia", "pos"),
    ("dialysis-fingertip-case", "SecondaryHyperparathyroidism", "has_feature", "Pruritus", "pos"),
    ("dialysis-fingertip-case", "SurgicalExcision", "treats", "CalcinosisCutis", "pos"),
    ("dialysis-fingertip-case", "Curettage", "treats", "CalcinosisCutis", "pos"),
    # A review's mixed verdicts (both polarities), a drug that calms but does not dissolve, and a
    # symptom relieved by a therapy, which the calcinosis therefore has.
    ("dm-drug-roundup", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # harms in a verb of their own ("brings", "risks"), failure as "a disappointment", and a
    # drug stopped for a disease named first
    ("dm-drug-roundup", "Tocilizumab", "has_adverse_effect", "Neutropenia", "pos"),
    ("dm-drug-roundup", "Heparin", "has_adverse_effect", "Hematoma", "pos"),
    ("dm-drug-roundup", "Alendronate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-roundup", "Calcitriol", "indicated_when", "Hypercalcemia", "neg"),
    ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_68579", "indicated_when", "Calciphylaxis", "neg"),  # rivaroxaban
    ("dm-drug-roundup", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-roundup", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-roundup", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-roundup", "CalcinosisCutisInDermatomyositis", "has_feature", "Pruritus", "pos"),
    # Indications in other words: "kept for", "the treatment of choice for lesions causing",
    # "advisable when".
    ("surgical-options-leaflet", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("surgical-options-leaflet", "SurgicalExcision", "indicated_when", "RecurrentSkinInfection", "pos"),
    ("surgical-options-leaflet", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("surgical-options-leaflet", "SurgicalExcision", "indicated_when", "FunctionalImpairment", "pos"),
    ("surgical-options-leaflet", "SurgicalExcision", "indicated_when", "NerveCompression", "pos"),
    # An audit's bare counts ("…; 4 improved, 7 were unchanged"), a drug nobody improved on, and a
    # drug another disease "responded to".
    # "healed her digital ulcers", "added to prevent hypocalcaemia": what each is for
    ("ssc-oral-drug-audit", OBO + "CHEBI_63916", "treats", "DigitalUlcer", "pos"),  # iloprost
    ("ssc-oral-drug-audit", "Cholecalciferol", "treats", OBO + "HP_0002901", "pos"),  # hypocalcaemia
    # findings in a sentence of risk are the patients' markers, not the deposits' signs
    ("ssc-oral-drug-audit", "CalcinosisCutisInSystemicSclerosis", "associated_with", "DigitalUlcer", "pos"),
    ("ssc-oral-drug-audit", "CalcinosisCutisInSystemicSclerosis", "associated_with", OBO + "HP_0001004", "pos"),
    ("ssc-oral-drug-audit", "Nifedipine", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("ssc-oral-drug-audit", "SodiumEtidronate", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("ssc-oral-drug-audit", "Amlodipine", "treats", "Hypertension", "pos"),
    # A paragraph that opens on "a woman with dermatomyositis" tells of her calcinosis throughout,
    # and the infusion it gave is what her headache followed.
    ("two-case-vignettes", "CalcinosisCutisInDermatomyositis", "has_feature", "ChalkyDischarge", "pos"),
    ("two-case-vignettes", "IntravenousImmunoglobulin", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("two-case-vignettes", "IntravenousImmunoglobulin", "has_adverse_effect", "Headache", "pos"),
    # What a clause says to treat: "if …", "unless …", "Should …", "lumps that leak …", and a raised
    # serum mineral ("when hypercalcaemia is marked").
    ("operate-or-wait", "SurgicalExcision", "indicated_when", "RecurrentSkinInfection", "pos"),
    ("operate-or-wait", "Curettage", "indicated_when", "ChalkyDischarge", "pos"),
    ("operate-or-wait", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("operate-or-wait", "Parathyroidectomy", "indicated_when", "Hypercalcemia", "pos"),
    ("operate-or-wait", "Pamidronate", "indicated_when", "Hypercalcemia", "pos"),
    ("operate-or-wait", "Debridement", "indicated_when", "Ulceration", "pos"),
    ("operate-or-wait", "SodiumEtidronate", "has_adverse_effect", OBO + "HP_0002901", "pos"),
    # A word that denies a finding ("painless", "non-tender") is the finding, negated; a finding
    # whose name is itself a denial ("symptomless") and a drug named "non-…" are not.
    ("painless-nodules", "SubepidermalCalcifiedNodule", "has_feature", "Pain", "neg"),
    ("painless-nodules", "SubepidermalCalcifiedNodule", "has_feature", "Tenderness", "neg"),
    ("painless-nodules", "SubepidermalCalcifiedNodule", "has_feature", "AsymptomaticLesion", "pos"),
    ("painless-nodules", "NonsteroidalAntiInflammatoryDrug", "treats", "SubepidermalCalcifiedNodule", "pos"),
    # A page whose title names only lupus is about the calcinosis of lupus; "sore" is pain; "it is rare
    # in" a disease still ties them; a denial in the clause before ("need no treatment; …") is not the
    # therapy's, and "kept for lumps that are sore or keep breaking open" says when to operate (no
    # treats); "helped a few people, but it does not work for everyone" is both.
    ("lupus-lumps-answers", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "Pain", "pos"),
    ("lupus-lumps-answers", "CalcinosisCutisInSystemicLupusErythematosus", "located_in", "Elbow", "pos"),
    ("lupus-lumps-answers", "CalcinosisCutis", "associated_with", "MixedConnectiveTissueDisease", "pos"),
    ("lupus-lumps-answers", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("lupus-lumps-answers", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("lupus-lumps-answers", "Diltiazem", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    ("lupus-lumps-answers", "Diltiazem", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    # "Thiosulfate tablets" are the oral form; "X was the commonest side effect, reported by 8"
    # and "developed in two patients" are adverse effects of the drug studied
    ("thiosulfate-tablets-cohort", "OralSodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("thiosulfate-tablets-cohort", "OralSodiumThiosulfate", "has_adverse_effect", "Diarrhea", "pos"),
    ("thiosulfate-tablets-cohort", "OralSodiumThiosulfate", "has_adverse_effect", "MetabolicAcidosis", "pos"),
    # A ward note that never writes "calcinosis": "calcinotic ulcer" and "calcium fragments" still
    # make it about the calcinosis, that of the one disease it names twice (SSc); shorthand ("IV
    # abx") and "settling on" name what treated what.
    ("ward-handover", "CalcinosisCutis", "located_in", "Finger", "pos"),
    ("ward-handover", "CalcinosisCutisInSystemicSclerosis", "has_feature", "ChalkyDischarge", "pos"),
    ("ward-handover", "Debridement", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    # an antibiotic and a painkiller the extra lexicon knows by their INN stems
    ("leg-ulcer-clinic-review", OBO + "CHEBI_2676", "treats", "Cellulitis", "pos"),  # amoxicillin
    ("leg-ulcer-clinic-review", OBO + "CHEBI_5790", "treats", "Pain", "pos"),  # hydromorphone
    ("leg-ulcer-clinic-review", OBO + "CHEBI_3515", "treats", "RecurrentSkinInfection", "pos"),
    # "No prior frostbite or burns to the leg": an injury denied (a bare "no diabetes" after it is
    # left unsaid, as other denied diseases are; see the absent rows)
    ("leg-ulcer-clinic-review", "CalcinosisCutis", "associated_with", "Frostbite", "neg"),
    ("leg-ulcer-clinic-review", "Gout", "has_feature", "Swelling", "pos"),  # "manifests as …"
    # "showed no clear added benefit over debridement": the yardstick is not denied
    ("leg-ulcer-clinic-review", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutis", "neg"),
    # "…, though the injections are sore": the drug's form does the harm, not the surgery
    ("leg-ulcer-clinic-review", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "Pain", "pos"),
    # "Risks discussed included bleeding and infection": a procedure risks its wound's infection
    ("leg-ulcer-clinic-review", "Debridement", "has_adverse_effect", "Bleeding", "pos"),
    ("leg-ulcer-clinic-review", "Debridement", "has_adverse_effect", "WoundInfection", "pos"),
    # "… and the scar slowly fades": after the operation a leaflet is about, the scar it left
    ("excision-aftercare-leaflet", "SurgicalExcision", "has_adverse_effect", "Scarring", "pos"),
    ("excision-aftercare-leaflet", "CalcinosisCutis", "associated_with", "Burn", "pos"),
    # the rest of a list the deposits grew on failed too; "had failed X" names a failed therapy
    ("dm-drug-choices-summary", "IntravenousImmunoglobulin", "treats", "CalcinosisCutis", "neg"),
    ("dm-drug-choices-summary", "Warfarin", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-choices-summary", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-choices-summary", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # "A acts by …, and B by …": each drug its own way of acting
    ("dm-drug-choices-summary", "SodiumThiosulfate", "mechanism_of_action", "CalciumChelation", "pos"),
    ("dm-drug-choices-summary", "Probenecid", "mechanism_of_action", "IncreasedRenalPhosphateExcretion", "pos"),
    # "… but did not improve on placebo": the other arm's lack of effect
    ("dm-drug-choices-summary", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("dm-drug-choices-summary", OBO + "CHEBI_7772", "treats", "Heartburn", "pos"),  # omeprazole
    # "kept for deposits that …" says when to use it; "kept for …, although …" judges it too
    ("dm-drug-choices-summary", "Curettage", "indicated_when", "ChalkyDischarge", "pos"),
    ("dm-drug-choices-summary", "SurgicalExcision", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # "X eased …; excision is kept for …": the reservation is the next clause's therapy's only
    ("dm-drug-choices-summary", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # "offered when …, though it may leave a pale scar": the clause after the indication is read
    ("dm-drug-choices-summary", "CO2Laser", "has_adverse_effect", "Scarring", "pos"),
    # a list item's later sentences go on about the therapy it opened with: how it works, what
    # it did, what the patient went through; a bare "No change at all." is its verdict
    ("knuckle-spots-log", "ExtracorporealShockWaveLithotripsy", "has_adverse_effect", "Bruising", "pos"),
    ("knuckle-spots-log", "ExtracorporealShockWaveLithotripsy", "treats", "CalcinosisCutis", "pos"),
    ("knuckle-spots-log", "Diltiazem", "treats", "CalcinosisCutis", "neg"),
    # a column that only ever calls the lump by its name and by wider ones ("the tumour") is
    # about that disease, not the cancer the reader asked about
    ("eyebrow-lump-column", "Pilomatricoma", "located_in", OBO + "UBERON_0010163", "pos"),  # eyebrow
    # exclusion criteria are states the trial's drug is not for; "disappointing" is a failure
    ("knuckle-trial-entry", "Minocycline", "indicated_when", "Nephrolithiasis", "neg"),
    ("knuckle-trial-entry", "Minocycline", "indicated_when", "Hypercalcemia", "neg"),
    ("knuckle-trial-entry", "Minocycline", "indicated_when", "Infection", "neg"),
    ("knuckle-trial-entry", "Colchicine", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # … and under a heading of that name
    ("thiosulfate-study-page", "TopicalSodiumThiosulfate", "indicated_when", "Tuberculosis", "neg"),
    ("thiosulfate-study-page", "TopicalSodiumThiosulfate", "indicated_when", "HeartFailure", "neg"),
    ("knuckle-trial-entry", "Minocycline", "has_adverse_effect", "SkinIrritation", "pos"),
    # a verdict of no shrinkage, a note's "w/o change"; a drug held back from a state; an order
    # after the drug's own clause, which is still read
    ("forearm-nodules-pharmacy-review", "Probenecid", "treats", "CalcinosisCutis", "neg"),
    ("forearm-nodules-pharmacy-review", "Calcipotriol", "treats", "CalcinosisCutis", "neg"),
    ("forearm-nodules-pharmacy-review", "Calcitriol", "indicated_when", "Hypercalcemia", "neg"),
    ("forearm-nodules-pharmacy-review", OBO + "CHEBI_7476", "indicated_when", "ChronicKidneyDisease", "neg"),  # naproxen
    ("forearm-nodules-pharmacy-review", OBO + "CHEBI_7476", "treats", "Pain", "pos"),
    ("forearm-nodules-pharmacy-review", "Minocycline", "indicated_when", "Pregnancy", "neg"),
    # "Working diagnosis: X (abbr) diagnosed in 2019, with A and B": A and B are X's; "has X with A"
    ("sclerosis-referral-triage", "DiffuseCutaneousSystemicSclerosis", "has_feature", "Telangiectasia", "pos"),
    ("sclerosis-referral-triage", "DiffuseCutaneousSystemicSclerosis", "has_feature", "Sclerodactyly", "pos"),
    ("sclerosis-referral-triage", "Dermatomyositis", "has_feature", "GottronPapules", "pos"),
    # … a finding that comes with another finding stays the calcinosis's
    ("sclerosis-referral-triage", "CalcinosisCutis", "has_feature", "ChalkyDischarge", "pos"),
    # harms: after an opening "On <drug>, …", a risk the drug carries, a verb of harm
    ("forearm-nodules-pharmacy-review", "Colchicine", "has_adverse_effect", "Diarrhea", "pos"),
    ("forearm-nodules-pharmacy-review", "Pamidronate", "has_adverse_effect", "OsteonecrosisOfTheJaw", "pos"),
    ("forearm-nodules-pharmacy-review", "Curettage", "has_adverse_effect", "Scarring", "pos"),
    # "If ulcerating nodules remain, …", "If a lump is … then …": the fronted state is the indication,
    # and a clause of its own after the therapy is read as usual
    ("forearm-nodules-pharmacy-review", "Curettage", "indicated_when", "Ulceration", "pos"),
    ("forearm-nodules-pharmacy-review", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("forearm-nodules-pharmacy-review", "IntralesionalCorticosteroid", "has_adverse_effect", "SkinAtrophy", "pos"),
    # the therapy that damaged the skin a plaque lies in is its cause
    ("chest-wall-plaque-note", "DystrophicCalcinosisCutis", "associated_with", "Radiotherapy", "pos"),
    # "erythema settling on IV abx": the antibiotics are the IV flucloxacillin of the plan
    ("ward-handover", OBO + "CHEBI_5098", "treats", "Erythema", "pos"),
    ("ward-handover", OBO + "CHEBI_5098", "treats", "Cellulitis", "pos"),  # flucloxacillin
    # A dog named by its breed; the steroid the title has it "on long-term" is the cause
    ("labrador-steroid-plaques", "CalcinosisCutis", "located_in", "Axilla", "pos"),
    ("labrador-steroid-plaques", "CalcinosisCutis", "associated_with", "Prednisolone", "pos"),
    ("labrador-steroid-plaques", "DimethylSulfoxide", "treats", "CalcinosisCutis", "pos"),
    # A one-patient note names the kind of calcinosis once; the poison is the cause.
    ("poisoned-terrier-note", "MetastaticCalcinosisCutis", "located_in", "Elbow", "pos"),
    ("poisoned-terrier-note", "MetastaticCalcinosisCutis", "associated_with", "Cholecalciferol", "pos"),
    # A clinic letter: failures said as progression, an aside naming the other disease, verbs of
    # mechanism with no cue word, a rate of withdrawal, an active-voice caution, "but not with".
    ("lupus-clinic-letter", "Hydroxychloroquine", "treats", "SystemicLupusErythematosus", "pos"),
    ("lupus-clinic-letter", "Hydroxychloroquine", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    ("lupus-clinic-letter", "Diltiazem", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    ("lupus-clinic-letter", "Minocycline", "mechanism_of_action", "InhibitionOfMatrixMetalloproteinases", "pos"),
    ("lupus-clinic-letter", "IntravenousImmunoglobulin", "mechanism_of_action", "Immunomodulation", "pos"),
    ("lupus-clinic-letter", "IntravenousImmunoglobulin", "mechanism_of_action", "AntiInflammatoryAction", "pos"),
    ("lupus-clinic-letter", "Minocycline", "has_adverse_effect", "Nausea", "pos"),
    ("lupus-clinic-letter", "Minocycline", "indicated_when", "ChronicKidneyDisease", "neg"),
    ("lupus-clinic-letter", "Minocycline", "indicated_when", "Hepatotoxicity", "neg"),
    ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "associated_with", "Hypertension", "neg"),
    ("lupus-clinic-letter", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    # A leaflet's "What are the risks?" list: the harms of the operation it described; what the
    # patients said of their pain is its result.
    ("fingertip-surgery-leaflet", "SurgicalExcision", "has_adverse_effect", "WoundInfection", "pos"),
    ("fingertip-surgery-leaflet", "SurgicalExcision", "has_adverse_effect", "Recurrence", "pos"),
    # A poster: "for painful calcinosis" says when to use it; "but seldom shrinks" says both.
    ("steroid-injection-poster", "IntralesionalCorticosteroid", "indicated_when", "Pain", "pos"),
    ("steroid-injection-poster", "IntralesionalCorticosteroid", "indicated_when", "Inflammation", "pos"),
    ("steroid-injection-poster", "IntralesionalCorticosteroid", "has_adverse_effect", "Hypopigmentation", "pos"),
    ("steroid-injection-poster", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("lupus-clinic-letter", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("lupus-clinic-letter", "Curettage", "has_adverse_effect", "DelayedWoundHealing", "pos"),  # "best avoided, because"
    ("flank-plaques-case", "CalcinosisCutis", "located_in", "Flank", "pos"),
    # the kind the body says the calcinosis is: "of dystrophic type", "best regarded as a …",
    # "calcinosis cutis secondary to his CKD"
    ("fingertip-imaging-report", "DystrophicCalcinosisCutis", "located_in", "Fingertip", "pos"),
    ("elastic-skin-series", "DystrophicCalcinosisCutis", "associated_with", "PseudoxanthomaElasticum", "pos"),
    ("elastic-skin-series", "DystrophicCalcinosisCutis", "located_in", "Axilla", "pos"),
    ("boxer-kidney-case", "CalcinosisCutisInChronicKidneyDisease", "located_in", "Footpad", "pos"),
    ("calcification-overview", "CalcinosisCutis", "located_in", "Elbow", "pos"),  # "one of the forms is"
    ("calcification-overview", "CalcinosisCutis", "located_in", "Scalp", "neg"),  # "usually spared"
    ("calcification-overview", "CalcinosisCutis", "located_in", "Trunk", "neg"),
    ("calcification-overview", "CalcinosisCutis", "located_in", "Neck", "neg"),  # "sparing the neck"
    ("fingertip-operation-note", "Curettage", "has_adverse_effect", "Scarring", "pos"),  # "Risks discussed:"
    # an anaesthetic's setting does not hide the therapy given under it
    ("myositis-injection-letter", "Triamcinolone", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # what a therapy did to a raised blood value: the state it treats, or failed to
    ("oncology-calcium-note", "IntravenousSaline", "treats", "Hypercalcemia", "neg"),
    ("oncology-calcium-note", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("oncology-calcium-note", "Sevelamer", "treats", "Hyperphosphatemia", "pos"),
    ("oncology-calcium-note", "Sevelamer", "treats", "MetastaticCalcinosisCutis", "pos"),  # "plaques had softened as"
    # a heading that names one other disease is what the section under it describes
    ("newborn-skin-chapter", "SubcutaneousFatNecrosisOfTheNewborn", "located_in", "Thigh", "pos"),
    ("newborn-skin-chapter", "SubcutaneousFatNecrosisOfTheNewborn", "has_feature", "SkinNodule", "pos"),
    ("newborn-skin-chapter", "SubcutaneousFatNecrosisOfTheNewborn", "has_feature", "Pain", "neg"),
    # what another state was treated with: "can appear … and is treated with", "…, treated with",
    # a therapy on the way passed over, "needing a course of"
    ("newborn-skin-chapter", "IntravenousSaline", "treats", "Hypercalcemia", "pos"),
    ("transplant-ward-summary", "CalciumGluconate", "treats", OBO + "HP_0002901", "pos"),
    ("transplant-ward-summary", "CalciumChloride", "treats", OBO + "HP_0002901", "pos"),
    # treated with one therapy, still the complication of another
    ("transplant-ward-summary", "KidneyTransplantation", "has_adverse_effect", OBO + "HP_0002901", "pos"),
    ("transplant-ward-summary", "CalciumCarbonate", "treats", OBO + "HP_0002901", "pos"),
    ("transplant-ward-summary", "Hemodialysis", "treats", "AcuteKidneyInjury", "pos"),
    ("transplant-ward-summary", "Amlodipine", "treats", "Hypertension", "pos"),
    ("transplant-ward-summary", OBO + "CHEBI_5098", "treats", "RecurrentSkinInfection", "pos"),
    # "Diltiazem, a tablet for angina, was tried …": the other use is said in passing
    ("transplant-ward-summary", "Diltiazem", "treats", "CalcinosisCutis", "pos"),
    ("transplant-ward-summary", "Diltiazem", "treats", "CalcinosisCutis", "neg"),
    ("transplant-ward-summary", OBO + "CHEBI_40279", "treats", "CalcinosisCutis", "neg"),
    # past the aside to the verb: "Amlodipine, which he also takes for angina, blocks …"
    ("transplant-ward-summary", "Nifedipine", "mechanism_of_action", "CalciumChannelBlockade", "pos"),
    # a later paragraph's "healed, leaving a small scar" and "no recurrence": the operation's sequels
    ("elbow-curettage-review", "Curettage", "has_adverse_effect", "Scarring", "pos"),
    ("elbow-curettage-review", "Curettage", "has_adverse_effect", "Recurrence", "neg"),
    # a title that names a lesion, or only a raised blood value, is about the calcinosis
    ("heel-lumps-down-syndrome", "CalcinosisCutis", "located_in", "Elbow", "pos"),
    ("antacid-calcium-answer", "CalcinosisCutis", "located_in", "Finger", "pos"),
    # a title that names one other disease only
    ("fat-necrosis-parents-page", "SubcutaneousFatNecrosisOfTheNewborn", "located_in", "Arm", "pos"),
    ("fat-necrosis-parents-page", "SubcutaneousFatNecrosisOfTheNewborn", "has_feature", "Pain", "neg"),
    # a report that rules the calcinosis out describes the disease its diagnosis line names
    ("scalp-cyst-pathology", "TrichilemmalCyst", "located_in", "Scalp", "pos"),
    ("scalp-cyst-pathology", "TrichilemmalCyst", "has_feature", "Pain", "neg"),
    ("scalp-cyst-pathology", "SurgicalExcision", "treats", "TrichilemmalCyst", "pos"),
    # a page's trail of links names no topic; the heading's lesion keeps the calcinosis
    ("varicose-veins-forum", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("varicose-veins-forum", "DystrophicCalcinosisCutis", "has_feature", "Pain", "pos"),
    # a sheet on one drug: its form stands for it; orders not to use it, and their reasons
    ("minocycline-pharmacy-sheet", "Minocycline", "indicated_when", "Inflammation", "pos"),
    ("minocycline-pharmacy-sheet", "Minocycline", "indicated_when", "RenalInsufficiency", "neg"),
    ("minocycline-pharmacy-sheet", "Minocycline", "has_adverse_effect", "Dizziness", "pos"),
    ("minocycline-pharmacy-sheet", "Minocycline", "has_adverse_effect", "ToothDiscoloration", "pos"),
    ("minocycline-pharmacy-sheet", "Minocycline", "has_adverse_effect", "Nausea", "pos"),
    ("minocycline-pharmacy-sheet", "Minocycline", "has_adverse_effect", "Hyperpigmentation", "pos"),
    # advice to stop the drug the title names as the cause
    ("extravasation-ward-guidance", "CalciumGluconate", "indicated_when", "CalcinosisCutis", "neg"),
    # a list that failed as a whole; a therapy that only dates; "must not be started while"
    ("myositis-refractory-series", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-refractory-series", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-refractory-series", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-refractory-series", "SodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-refractory-series", "Methotrexate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-refractory-series", "Rituximab", "indicated_when", "Infection", "neg"),
    # "…, but neither reliably dissolved the deposits": helped the myositis, not the calcinosis
    ("myositis-refractory-series", "Prednisolone", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # the uraemic masses are the calcinosis of kidney disease; "shrink on their own"
    ("dialysis-hip-masses", "CalcinosisCutisInChronicKidneyDisease", "located_in", "Hip", "pos"),
    ("dialysis-hip-masses", "CalcinosisCutisInChronicKidneyDisease", "has_feature", "SpontaneousResolution", "pos"),
    ("dialysis-hip-masses", "CalcinosisCutisInChronicKidneyDisease", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    # "most likely a pilomatrixoma …, not calcinosis": the report is on the lesion it names; the
    # other lesion it is told from keeps its own site; an item of two sentences, "Offer it if …"
    ("earlobe-lump-eadvice", "Pilomatricoma", "located_in", "Ear", "pos"),
    ("earlobe-lump-eadvice", "Pilomatricoma", "located_in", "Neck", "pos"),
    ("earlobe-lump-eadvice", "EpidermalCyst", "located_in", "Chest", "pos"),
    ("earlobe-lump-eadvice", "SurgicalExcision", "treats", "Pilomatricoma", "pos"),
    ("earlobe-lump-eadvice", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    # the letter's own class, for a disease the ontology has no calcinosis of; "nothing for the
    # plaques"
    ("sjogren-shin-clinic-letter", "DystrophicCalcinosisCutis", "associated_with", "SjogrenSyndrome", "pos"),
    ("sjogren-shin-clinic-letter", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("sjogren-shin-clinic-letter", "Hydroxychloroquine", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("sjogren-shin-clinic-letter", "Diltiazem", "treats", "DystrophicCalcinosisCutis", "pos"),
    # each clause's drug acts its own way; "gave no protection against …" is a failure
    ("mouse-pxe-etidronate-study", "SodiumEtidronate", "mechanism_of_action", "InhibitionOfHydroxyapatiteCrystalFormation", "pos"),
    ("mouse-pxe-etidronate-study", "SodiumThiosulfate", "mechanism_of_action", "CalciumChelation", "pos"),
    ("mouse-pxe-etidronate-study", "SodiumThiosulfate", "treats", "PseudoxanthomaElasticum", "neg"),
    # a title without the disease: the calcinosis of the one the patient is presented with
    ("elbow-curettage-case", "Curettage", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    # drug information: what the drug is for, who must not take it, its undesirable effects in a
    # table; "prescribe it for": the drug as the verb's object
    ("nifedipine-medicine-guide", "Nifedipine", "treats", "AnginaPectoris", "pos"),
    ("nifedipine-medicine-guide", "Nifedipine", "treats", "Hypertension", "pos"),
    ("nifedipine-medicine-guide", "Nifedipine", "treats", "RaynaudPhenomenon", "pos"),
    ("nifedipine-medicine-guide", "Nifedipine", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("nifedipine-medicine-guide", "Nifedipine", "indicated_when", "Bradycardia", "neg"),
    ("nifedipine-medicine-guide", "Nifedipine", "indicated_when", "Hypotension", "neg"),
    ("nifedipine-medicine-guide", "Nifedipine", "has_adverse_effect", "PeripheralEdema", "pos"),
    ("nifedipine-medicine-guide", "Nifedipine", "has_adverse_effect", "SkinRash", "pos"),
    ("cinacalcet-product-information", "Cinacalcet", "treats", "SecondaryHyperparathyroidism", "pos"),
    ("cinacalcet-product-information", "Cinacalcet", "treats", "Hypercalcemia", "pos"),
    ("cinacalcet-product-information", "Cinacalcet", "indicated_when", OBO + "HP_0002901", "neg"),
    ("cinacalcet-product-information", "Cinacalcet", "has_adverse_effect", "Myalgia", "pos"),
    ("cinacalcet-product-information", "Cinacalcet", "has_adverse_effect", "Paresthesia", "pos"),
    # a plain-text table: each row's therapy, with what its columns say of it (the header row
    # looks like a row of links, and the table ends the file)
    ("uraemic-binder-table", "Sevelamer", "indicated_when", "Hyperphosphatemia", "pos"),
    ("uraemic-binder-table", "Sevelamer", "has_adverse_effect", "Constipation", "pos"),
    ("uraemic-binder-table", "LanthanumCarbonate", "mechanism_of_action", "PhosphateBinding", "pos"),
    ("uraemic-binder-table", "LanthanumCarbonate", "has_adverse_effect", "Diarrhea", "pos"),
    ("uraemic-binder-table", "Parathyroidectomy", "indicated_when", "TertiaryHyperparathyroidism", "pos"),
    ("uraemic-binder-table", "Parathyroidectomy", "has_adverse_effect", OBO + "HP_0002901", "pos"),
    ("uraemic-binder-table", "CalciumCarbonate", "treats", OBO + "HP_0002901", "pos"),
    # a second table, after a caption: its own header; a "Contraindications" column, whose last
    # short row is no row of links
    ("uraemic-binder-table", "Cinacalcet", "indicated_when", OBO + "HP_0002901", "neg"),
    ("uraemic-binder-table", "Cinacalcet", "has_adverse_effect", "Nausea", "pos"),
    # failures said as a verdict ("had not helped", "…: no change") and in a table's response
    ("panniculitis-drug-table", "Hydroxychloroquine", "treats", "CalcinosisCutisInLupusPanniculitis", "neg"),
    ("panniculitis-drug-table", "Colchicine", "treats", "CalcinosisCutisInLupusPanniculitis", "neg"),
    ("panniculitis-drug-table", "Minocycline", "treats", "CalcinosisCutisInLupusPanniculitis", "neg"),
    # a table right under a heading heads itself
    ("panniculitis-drug-table", "SodiumThiosulfate", "indicated_when", "MetabolicAcidosis", "neg"),
    ("panniculitis-drug-table", "SurgicalExcision", "has_adverse_effect", "WoundInfection", "pos"),  # after a blank line
    # a problem list: each disease and the drug it is kept on, in shorthand ("T2DM", then "DM")
    ("shin-ulcer-ward-round", OBO + "CHEBI_72296", "treats", "AtrialFibrillation", "pos"),  # apixaban
    ("shin-ulcer-ward-round", OBO + "CHEBI_8774", "treats", "Hypertension", "pos"),  # ramipril
    ("shin-ulcer-ward-round", OBO + "CHEBI_6801", "treats", "DiabetesMellitus", "pos"),  # metformin
    # a case talk whose title names no disease: its verdict ("So, tophaceous gout.") does
    ("ear-lumps-morning-report", "Gout", "located_in", "Ear", "pos"),
    ("ear-lumps-morning-report", "Colchicine", "treats", "Gout", "neg"),  # "did nothing;"
    # a general calcinosis called a "late and localised form of" a kind is that kind
    ("burn-scar-cohort-abstract", "DystrophicCalcinosisCutis", "located_in", "Forearm", "pos"),
    ("burn-scar-cohort-abstract", "SurgicalExcision", "treats", "DystrophicCalcinosisCutis", "pos"),
    ("lipodermatosclerosis-series", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),  # "behaves like a"
    # a medicine guide whose title says what the drug is for ("Minocycline for calcinosis")
    ("minocycline-calcinosis-medicine-guide", "Minocycline", "has_adverse_effect", "Dizziness", "pos"),
    # a note queried and then ruled out one calcinosis ("?calciphylaxis", "Not consistent with
    # calciphylaxis"): its papules are those of the calcinosis it did diagnose
    ("crush-wound-liaison-note", "DystrophicCalcinosisCutis", "has_feature", "Papule", "pos"),
    # an impression's second entry opens with its own calcinosis, and the next sentence of that
    # entry still speaks of it; a cause's stated use ("given for hypocalcaemia")
    ("crush-wound-liaison-note", "IatrogenicCalcinosisCutis", "located_in", "Forearm", "pos"),
    ("crush-wound-liaison-note", "IatrogenicCalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    ("crush-wound-liaison-note", "CalciumGluconate", "treats", OBO + "HP_0002901", "pos"),
    ("crush-wound-liaison-note", "IdiopathicCalcinosisCutis", "located_in", "Ear", "pos"),
    # a plan's item that is a sentence about a therapy is read as one
    ("crush-wound-liaison-note", "Curettage", "treats", "DystrophicCalcinosisCutis", "pos"),
    # a formulary's off-label indication that is a calcinosis
    ("lanthanum-formulary-entry", "LanthanumCarbonate", "treats", "CalcinosisCutis", "pos"),
    # a text that names no calcinosis is about the disease it keeps naming (here by its acronym)
    ("newborn-fat-necrosis-teaching", "SubcutaneousFatNecrosisOfTheNewborn", "located_in", "Thigh", "pos"),
    # "normalised calcium …; one baby then had low calcium": the low value is another clause's
    ("newborn-fat-necrosis-teaching", "Pamidronate", "treats", "Hypercalcemia", "pos"),
    ("newborn-fat-necrosis-teaching", "Pamidronate", "mechanism_of_action", "InhibitionOfBoneResorption", "pos"),
    # what a patient was consented for are the operation's risks
    ("scalp-nodule-op-note", "SurgicalExcision", "has_adverse_effect", "Scarring", "pos"),
    ("scalp-nodule-op-note", "SurgicalExcision", "has_adverse_effect", "Recurrence", "pos"),
    # an audit of one disease, named twice, is about the calcinosis of that disease
    ("lupus-calcinosis-audit", "CalcinosisCutisInSystemicLupusErythematosus", "located_in", "Buttock", "pos"),
    # a therapy passed over "unless" a lesion ulcerates: that is when to use it
    ("lupus-calcinosis-audit", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    # "Side effects were frequent." then what people had, the drug unnamed: the summary's drug's
    ("thiosulfate-lay-summary", "SodiumThiosulfate", "has_adverse_effect", "Dizziness", "pos"),
    ("thiosulfate-lay-summary", "SodiumThiosulfate", "has_adverse_effect", "Headache", "pos"),
    # "Nobody in these studies had …": a harm denied
    ("thiosulfate-lay-summary", "SodiumThiosulfate", "has_adverse_effect", "Hypotension", "neg"),
    # bare advice to avoid a therapy, in a text on a disease: not for that disease
    ("thiosulfate-lay-summary", "CalciumSupplementation", "indicated_when", "Calciphylaxis", "neg"),
    # a pathway's "If A then B": A is when to give B
    ("dm-calcinosis-pathway", "TopicalSodiumThiosulfate", "indicated_when", "Tenderness", "pos"),
    ("dm-calcinosis-pathway", "Curettage", "indicated_when", "Ulceration", "pos"),
    # "X (a variant of Y)": the kind X is, in brackets
    ("footpad-biopsy-report", "DystrophicCalcinosisCutis", "has_subtype", "CalcinosisCircumscripta", "pos"),
    # a painkiller in a calcinosis pathway eases the pain, not the deposits
    ("dm-calcinosis-pathway", "Paracetamol", "treats", "Pain", "pos"),
    # what a patient is warned about, and what "the injections" themselves do, are harms
    ("dm-calcinosis-pathway", "Minocycline", "has_adverse_effect", "Hyperpigmentation", "pos"),
    ("dm-calcinosis-pathway", "IntralesionalCorticosteroid", "has_adverse_effect", "Bruising", "pos"),
    ("dm-calcinosis-pathway", "IntralesionalCorticosteroid", "has_adverse_effect", "Pain", "pos"),
    # "<disease> is characterised by A, B and C": the disease's own features
    ("lysis-calcinosis-teaching", "TumorLysisSyndrome", "has_feature", "Hyperphosphatemia", "pos"),
    ("lysis-calcinosis-teaching", "TumorLysisSyndrome", "has_feature", OBO + "HP_0002901", "pos"),
    # a table of a one-drug study's patients: its "Adverse effects" column holds that drug's harms
    ("diltiazem-six-patients", "Diltiazem", "has_adverse_effect", "Headache", "pos"),
    ("diltiazem-six-patients", "Diltiazem", "has_adverse_effect", "PeripheralEdema", "pos"),
    # "Two patients noted dizziness": patients telling of a complaint in a one-drug study
    ("diltiazem-six-patients", "Diltiazem", "has_adverse_effect", "Dizziness", "pos"),
    # "no change" in the next cell does not deny the row's site
    ("diltiazem-six-patients", "CalcinosisCutisInDermatomyositis", "located_in", "Thigh", "pos"),
    # a column that names its cyst once, then says "these cysts", "a cyst like yours": the
    # cyst is what the reader's lump is; "it doesn't hurt" denies pain
    ("reader-question-back-lump", "EpidermalCyst", "has_feature", "Pain", "neg"),
    ("reader-question-back-lump", "EpidermalCyst", "has_mechanism", "EctopicCalcification", "pos"),
    # ", though it doesn't hurt" is a clause of its own: the skin is still where the lump is
    ("reader-question-back-lump", "EpidermalCyst", "located_in", "SubcutaneousTissue", "pos"),
    # nodules that "have grown despite" a drug: it failed
    ("rituximab-information-reply", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # "In this cohort, N patients developed …" in a reply on one drug; what its label warns of
    ("rituximab-information-reply", "Rituximab", "has_adverse_effect", "InfusionReaction", "pos"),
    ("rituximab-information-reply", "Rituximab", "has_adverse_effect", "Neutropenia", "pos"),
    ("rituximab-information-reply", "Rituximab", "has_adverse_effect", "Fever", "pos"),
    ("rituximab-information-reply", "Rituximab", "has_adverse_effect", "Hypotension", "pos"),
    # "…, so this drug is best avoided in"; "never give it after a thrombosis in the past …" (a process)
    ("rituximab-information-reply", "Rituximab", "indicated_when", "Infection", "neg"),
    ("rituximab-information-reply", "Rituximab", "indicated_when", "Thrombosis", "neg"),
    # harms "more frequent on" the trial drug; "Two participants developed …"
    ("colchicine-crossover-abstract", "Colchicine", "has_adverse_effect", "Diarrhea", "pos"),
    ("colchicine-crossover-abstract", "Colchicine", "has_adverse_effect", "Neutropenia", "pos"),
    # each relative clause's way of acting is its own drug's; helped some and not others: both
    ("tumour-skin-calcium-review", "SodiumThiosulfate", "mechanism_of_action", "CalciumChelation", "pos"),
    ("tumour-skin-calcium-review", "Alendronate", "mechanism_of_action", "InhibitionOfBoneResorption", "pos"),
    ("tumour-skin-calcium-review", "Alendronate", "treats", "MetastaticCalcinosisCutis", "pos"),
    ("tumour-skin-calcium-review", "Alendronate", "treats", "MetastaticCalcinosisCutis", "neg"),
    # a heading on how a disease calcifies the skin heads a section on its calcinosis
    ("tumour-skin-calcium-review", "MetastaticCalcinosisCutis", "located_in", "Knee", "pos"),
    # "kept for … painful or ulcerated, and curetted papules sometimes grow back": a harm
    ("tumour-skin-calcium-review", "Curettage", "has_adverse_effect", "Recurrence", "pos"),
    ("tumour-skin-calcium-review", "VitaminD", "indicated_when", "MetastaticCalcinosisCutis", "neg"),
    # a reaction report's fields: what the suspect drug was for, and its reactions
    ("calcium-infusion-reaction-report", "CalciumGluconate", "treats", OBO + "HP_0002901", "pos"),
    ("calcium-infusion-reaction-report", "CalciumGluconate", "has_adverse_effect", "Nausea", "pos"),
    ("calcium-infusion-reaction-report", "CalciumGluconate", "has_adverse_effect", "Flushing", "pos"),
    # "X, a benign dystrophic calcinosis seen in …", "X is the most widespread form of Y"
    ("pressure-point-calcinosis-dogs", "DystrophicCalcinosisCutis", "has_subtype", "CalcinosisCircumscripta", "pos"),
    ("pressure-point-calcinosis-dogs", "CalcinosisCutis", "has_subtype", "CalcinosisUniversalis", "pos"),
    # "fed too much vitamin D3": the supplement caused the calcinosis
    ("lizard-supplement-case", "MetastaticCalcinosisCutis", "associated_with", "Cholecalciferol", "pos"),
    # a kind named in two diseases is the review's subject; "therapy had failed, chiefly A or B"
    ("probenecid-colchicine-chart-review", "DystrophicCalcinosisCutis", "located_in", "Ankle", "pos"),
    ("probenecid-colchicine-chart-review", "Diltiazem", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("probenecid-colchicine-chart-review", "Alendronate", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("probenecid-colchicine-chart-review", "MycophenolateMofetil", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("probenecid-colchicine-chart-review", "Rituximab", "treats", "DystrophicCalcinosisCutis", "pos"),
    # "X classically presents with …", "X is the familiar picture of …: A, B": X's own features
    ("probenecid-colchicine-chart-review", "SystemicSclerosis", "has_feature", "RaynaudPhenomenon", "pos"),
    ("probenecid-colchicine-chart-review", "SystemicLupusErythematosus", "has_feature", "Arthralgia", "pos"),
    # "Hold it while a deposit is infected": kept from that state
    ("probenecid-colchicine-chart-review", "Rituximab", "indicated_when", "RecurrentSkinInfection", "neg"),
    # a table's caption names the therapy whose adverse events its rows list
    ("probenecid-colchicine-chart-review", "Colchicine", "has_adverse_effect", "Diarrhea", "pos"),
    # a formulary entry's "Licensed: A; B" and "Off-label: C; calcinosis in D, mainly E and F"
    ("verapamil-formulary-entry", "Verapamil", "treats", "AnginaPectoris", "pos"),
    ("verapamil-formulary-entry", "Verapamil", "treats", "Hypertension", "pos"),
    ("verapamil-formulary-entry", "Verapamil", "treats", "RaynaudPhenomenon", "pos"),
    ("verapamil-formulary-entry", "Verapamil", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("verapamil-formulary-entry", "Verapamil", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("verapamil-formulary-entry", "Verapamil", "indicated_when", "Bradycardia", "neg"),
    # a negation in a later clause, or in a "where" clause, leaves the earlier findings stated
    ("knuckle-deposits-interview", "CalcinosisCutisInDermatomyositis", "has_feature", "Pruritus", "pos"),
    ("knuckle-deposits-interview", "CalcinosisCutisInDermatomyositis", "has_feature", "Ulceration", "pos"),
    ("knuckle-deposits-interview", "CalcinosisCutisInDermatomyositis", "has_mechanism", "CalciumDeposition", "pos"),
    # "curetted in week 6 for pain"; "breaks up several at once, though at the risk of bruising"
    ("knuckle-deposits-interview", "Curettage", "indicated_when", "Pain", "pos"),
    ("knuckle-deposits-interview", "ExtracorporealShockWaveLithotripsy", "has_adverse_effect", "Bruising", "pos"),
    # "Skin specialists term this X": the page is about that kind
    ("scrotal-spots-patient-page", "IdiopathicScrotalCalcinosis", "has_feature", "Pruritus", "pos"),
    ("scrotal-spots-patient-page", "IdiopathicScrotalCalcinosis", "located_in", "Scrotum", "pos"),
    ("scrotal-spots-patient-page", "SurgicalExcision", "treats", "IdiopathicScrotalCalcinosis", "pos"),
    ("ear-dot-patient-note", "SubepidermalCalcifiedNodule", "has_feature", "ChalkyDischarge", "pos"),  # "is known as a X"
    # "…, the classic stigmata of X", "A and B were the presenting symptoms of X", "X began with"
    ("calcinosis-two-sisters", "AlbrightHereditaryOsteodystrophy", "has_feature", "RoundFace", "pos"),
    ("calcinosis-two-sisters", "AlbrightHereditaryOsteodystrophy", "has_feature", "Brachydactyly", "pos"),
    ("calcinosis-two-sisters", "Hypercalcemia", "has_feature", "Constipation", "pos"),
    ("calcinosis-two-sisters", "Dermatomyositis", "has_feature", "HeliotropeRash", "pos"),
    # "treated for 9 years with X", a medication list's "X 5 mg daily (use)", "X clears/cures Y"
    ("morphoea-calcinosis-clinic-note", OBO + "CHEBI_6801", "treats", "DiabetesMellitus", "pos"),
    ("morphoea-calcinosis-clinic-note", "Amlodipine", "treats", "Hypertension", "pos"),
    ("morphoea-calcinosis-clinic-note", "SurgicalExcision", "treats", "TrichilemmalCyst", "pos"),
    ("morphoea-calcinosis-clinic-note", "Methotrexate", "treats", "Morphea", "pos"),
    # "X is caused by biallelic variants in G", "X results from … G mutations"
    ("inherited-calcification-teaching-note", "PseudoxanthomaElasticum", "associated_with", "ABCC6Mutation", "pos"),
    ("inherited-calcification-teaching-note", "AlbrightHereditaryOsteodystrophy", "associated_with", "GNASMutation", "pos"),
    # a note on calcific periarthritis: its own deposit, a denied review of systems, a history's
    # "gout (allopurinol)", a score before and after a dose, the harms a prescriber counsels about
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "located_in", "Wrist", "pos"),
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Tenderness", "pos"),
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "SpontaneousResolution", "pos"),
    # "No warmth, and the skin atrophy …": a new clause, not the denied list; "brought no relief"
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "SkinAtrophy", "pos"),
    ("wrist-periarthritis-urgent-care", "Corticosteroid", "treats", "PeriarticularCalcification", "neg"),
    ("wrist-periarthritis-urgent-care", "Paracetamol", "treats", "Pain", "neg"),  # "…: no relief"
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Fever", "neg"),
    ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Numbness", "neg"),
    ("wrist-periarthritis-urgent-care", OBO + "CHEBI_40279", "treats", "Gout", "pos"),
    ("wrist-periarthritis-urgent-care", OBO + "CHEBI_5855", "treats", "PeriarticularCalcification", "pos"),
    ("wrist-periarthritis-urgent-care", OBO + "CHEBI_5855", "has_adverse_effect", "Bleeding", "pos"),
    # a reaction "during their drip, mostly a headache", "side effects …, a blood clot": the harms
    # of the therapy the review is about, not features of the lumps
    ("immunoglobulin-drip-lay-review", "IntravenousImmunoglobulin", "has_adverse_effect", "Headache", "pos"),
    ("immunoglobulin-drip-lay-review", "IntravenousImmunoglobulin", "has_adverse_effect", "InfusionReaction", "pos"),
    ("immunoglobulin-drip-lay-review", "IntravenousImmunoglobulin", "has_adverse_effect", "Thrombosis", "pos"),
    # a drug history: each course's verdict after its dates, and what it was stopped for; the
    # symptoms of a hypercalcaemia; calcific tendinitis is a periarticular calcification
    ("myositis-drug-history-letter", "Azathioprine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-drug-history-letter", "Azathioprine", "has_adverse_effect", "Vomiting", "pos"),
    ("myositis-drug-history-letter", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-drug-history-letter", "Diltiazem", "has_adverse_effect", "PeripheralEdema", "pos"),
    ("myositis-drug-history-letter", "Hydroxychloroquine", "has_adverse_effect", "SkinRash", "pos"),
    ("myositis-drug-history-letter", "Hypercalcemia", "has_feature", OBO + "HP_0000103", "pos"),
    # "developed nausea on colchicine", "flushing from the pamidronate drip": the drug's harms
    ("myositis-drug-history-letter", "Colchicine", "has_adverse_effect", "Nausea", "pos"),
    ("myositis-drug-history-letter", "Pamidronate", "has_adverse_effect", "Flushing", "pos"),
    # "metastatic calcinosis cutis from her calcitriol tablets": a disease, not a harm, before "from"
    ("myositis-drug-history-letter", "MetastaticCalcinosisCutis", "located_in", "Knee", "pos"),
    # how many had a symptom ("itch 5/12") is a feature; only what a result measures is not
    ("myositis-drug-history-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Pruritus", "pos"),
    # "warfarin should be avoided", no state named: not for the disease the letter is about
    ("myositis-drug-history-letter", "Warfarin", "indicated_when", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-drug-history-letter", "PeriarticularCalcification", "located_in", "Shoulder", "pos"),
    # The kind said in a patient's words ("it's …") or as what the deposits are ("an iatrogenic
    # form of calcinosis cutis") is the subject of the lesions described.
    ("drip-leak-forum-post", "IatrogenicCalcinosisCutis", "located_in", "Forearm", "pos"),
    ("drip-leak-forum-post", "IatrogenicCalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    ("thigh-injection-ultrasound", "IatrogenicCalcinosisCutis", "located_in", "Thigh", "pos"),
    ("thigh-injection-ultrasound", "IatrogenicCalcinosisCutis", "has_feature", "Tenderness", "pos"),
    ("burn-scar-lump-answer", "DystrophicCalcinosisCutis", "located_in", "Forearm", "pos"),  # "to the … type"
    ("burn-scar-lump-answer", "DystrophicCalcinosisCutis", "has_feature", "SkinNodule", "pos"),
    ("shin-scar-pathology", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("shin-scar-pathology", "DystrophicCalcinosisCutis", "has_mechanism", "ForeignBodyReaction", "pos"),
    ("shin-scar-pathology", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    # "STS" in a trial of the oral form the title names is that form (its S is no plural)
    ("oral-thiosulfate-pilot", "OralSodiumThiosulfate", "has_adverse_effect", "Diarrhea", "pos"),
    ("oral-thiosulfate-pilot", "OralSodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # a route the ontology has no class of keeps the bare drug
    ("oral-thiosulfate-pilot", "SodiumThiosulfate", "treats", "Calciphylaxis", "pos"),
    # what a drug does to a raised blood value treats it: "correct(s) the …-driven", "lowers a
    # raised …", "normalises … in N%"; the drug of "calcitriol-driven" is no giver
    ("granuloma-calcium-teaching", "Prednisolone", "treats", "Hypercalcemia", "pos"),
    ("granuloma-calcium-teaching", "Corticosteroid", "treats", "Hypercalcemia", "pos"),
    ("granuloma-calcium-teaching", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("granuloma-calcium-teaching", "Pamidronate", "treats", "Hypercalcemia", "pos"),
    ("granuloma-calcium-teaching", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    # a plan's conditions on a raised blood value, and the state a drug is kept from
    ("calcium-ward-plan", "Pamidronate", "indicated_when", "Hypercalcemia", "pos"),
    ("calcium-ward-plan", "Pamidronate", "indicated_when", "AcuteKidneyInjury", "neg"),
    ("calcium-ward-plan", "Sevelamer", "indicated_when", "Hyperphosphatemia", "pos"),
    ("calcium-ward-plan", "CalciumSupplementation", "indicated_when", "Hypercalcemia", "neg"),
    # the therapy as the verb of an order: "Never curette … when …"
    ("curette-timing-advice", "Curettage", "indicated_when", "RecurrentSkinInfection", "neg"),
    # "during an infection of the skin above it [a deposit]": the lesion's infection
    ("curette-timing-advice", "SurgicalExcision", "indicated_when", "RecurrentSkinInfection", "neg"),
    ("curette-timing-advice", "Curettage", "indicated_when", "Tenderness", "pos"),  # "offered for"
    ("curette-timing-advice", "Curettage", "indicated_when", "CosmeticConcern", "pos"),
    # what it is for, said before "is warranted"
    ("curette-timing-advice", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    # verdicts said after the therapy: "… but not the calcinosis", "of no value", "… but the
    # nodules continued to enlarge"; a finding "not a feature"; "warns against … in patients with"
    ("morphoea-calcinosis-audit", "MycophenolateMofetil", "treats", "CalcinosisCutisInMorphea", "neg"),
    ("morphoea-calcinosis-audit", "Tacrolimus", "treats", "CalcinosisCutisInMorphea", "neg"),
    ("morphoea-calcinosis-audit", "Colchicine", "treats", "CalcinosisCutisInMorphea", "neg"),
    ("morphoea-calcinosis-audit", "CalcinosisCutisInMorphea", "has_feature", "Pruritus", "neg"),
    ("morphoea-calcinosis-audit", "Warfarin", "indicated_when", "ChronicKidneyDisease", "neg"),
    # a list led by "If the calcium stays raised, the team may:" treats that state, item by item
    ("raised-calcium-handout", "Calcitonin", "treats", "Hypercalcemia", "pos"),
    ("raised-calcium-handout", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("raised-calcium-handout", "Cinacalcet", "indicated_when", "Hypercalcemia", "pos"),
    # "added today to bring the phosphate … down", "can lower a high calcium"
    ("raised-calcium-handout", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    ("raised-calcium-handout", OBO + "CHEBI_47426", "treats", "Hypercalcemia", "pos"),
    # a "while" no therapy is kept from says when lumps appear, and conditions no therapy
    ("raised-calcium-handout", "SodiumThiosulfate", "treats", "CalcinosisCutis", "pos"),
    # "For itching, the team may:" leads items for the itch; "For people with …:" leads no state
    ("raised-calcium-handout", OBO + "CHEBI_6538", "treats", "Pruritus", "pos"),
    ("raised-calcium-handout", "Sevelamer", "treats", "CalcinosisCutis", "pos"),
    # a results table's counts: the row's drug treats the topic, or failed where nobody responded
    ("ssc-calcinosis-agent-table", "Diltiazem", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("ssc-calcinosis-agent-table", "Probenecid", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # A review letter: failure "despite" a long course of two drugs, a drug for another disease ("for
    # which she takes"), deposits growing on after a drug, a low value put right by a drug (not its
    # harm), a symptom denied, and a drug that calms a lesion but leaves the calcium.
    ("adult-dm-calcinosis-review-letter", "MycophenolateMofetil", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("adult-dm-calcinosis-review-letter", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("adult-dm-calcinosis-review-letter", OBO + "CHEBI_40279", "treats", "Gout", "pos"),  # allopurinol
    ("adult-dm-calcinosis-review-letter", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # a verb of control after two drugs: both control the disease
    # "her myositis" in a letter on adult dermatomyositis
    ("adult-dm-calcinosis-review-letter", "Azathioprine", "treats", "Dermatomyositis", "pos"),
    ("adult-dm-calcinosis-review-letter", "Prednisolone", "treats", "Dermatomyositis", "pos"),
    # an autoantibody by the other name of its antigen (MJ for NXP2), and what it goes with
    ("adult-dm-calcinosis-review-letter", "CalcinosisCutisInDermatomyositis", "associated_with", "AntiNXP2AntibodyPositivity", "pos"),
    ("adult-dm-calcinosis-review-letter", "Alendronate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("adult-dm-calcinosis-review-letter", "CalciumCarbonate", "treats", OBO + "HP_0002901", "pos"),
    ("adult-dm-calcinosis-review-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Pruritus", "neg"),
    ("adult-dm-calcinosis-review-letter", "Triamcinolone", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # "Of the usual types of calcinosis cutis (iatrogenic, …), hers is …": the parent after the
    # cue, the list in the parenthesis, and the rest of the sentence still read
    ("adult-dm-calcinosis-review-letter", "CalcinosisCutis", "has_subtype", "IatrogenicCalcinosisCutis", "pos"),
    ("adult-dm-calcinosis-review-letter", "CalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    # What no patient had, after the first word of the sentence too: harms denied.
    ("paired-therapy-audit", "Pamidronate", "has_adverse_effect", "DeepVeinThrombosis", "neg"),
    ("paired-therapy-audit", "Pamidronate", "has_adverse_effect", "Osteomalacia", "neg"),
    ("paired-therapy-audit", "Pamidronate", "has_adverse_effect", "Nephrolithiasis", "neg"),
    ("paired-therapy-audit", "CalcinosisCutisInDermatomyositis", "has_feature", "Ulceration", "neg"),
    # A leaflet: a long "if" list of reasons for an operation, lay words for them, and a lesion "whose"
    # look upset a patient.
    ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "FunctionalImpairment", "pos"),
    ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "CosmeticConcern", "pos"),
    ("finger-lumps-surgery-handout", "Curettage", "indicated_when", "CosmeticConcern", "pos"),
    ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("adult-dm-calcinosis-review-letter", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    # A clinic summary: a failure told beside a drug kept for the other disease, a course that
    # "left the plaques unchanged", and a fronted "When nodules become …," before the therapy.
    ("lupus-calcinosis-clinic-summary", "Minocycline", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    ("lupus-calcinosis-clinic-summary", "Prednisolone", "treats", "SystemicLupusErythematosus", "pos"),
    ("lupus-calcinosis-clinic-summary", "Pamidronate", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    ("lupus-calcinosis-clinic-summary", "Curettage", "indicated_when", "Tenderness", "pos"),
    ("lupus-calcinosis-clinic-summary", "Curettage", "indicated_when", "RecurrentSkinInfection", "pos"),
    ("lupus-calcinosis-clinic-summary", "Curettage", "indicated_when", "CosmeticConcern", "pos"),
    # "redness and itching wherever she injects": the injected drug's harms
    ("lupus-calcinosis-clinic-summary", "Methotrexate", "has_adverse_effect", "Erythema", "pos"),
    ("lupus-calcinosis-clinic-summary", "Methotrexate", "has_adverse_effect", "Pruritus", "pos"),
    # "… took X for a year. …, but the calcified plaques were no smaller": the verdict is X's
    ("lupus-calcinosis-clinic-summary", "OralSodiumThiosulfate", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
    ("lupus-calcinosis-clinic-summary", "Diltiazem", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    # "may cause heartburn and, over many years, …, so it must not be started in kidney failure"
    ("lupus-calcinosis-clinic-summary", "Alendronate", "has_adverse_effect", "Heartburn", "pos"),
    ("lupus-calcinosis-clinic-summary", "Alendronate", "has_adverse_effect", "OsteonecrosisOfTheJaw", "pos"),
    ("lupus-calcinosis-clinic-summary", "Alendronate", "indicated_when", "RenalInsufficiency", "neg"),
    ("lupus-calcinosis-clinic-summary", "Curettage", "has_adverse_effect", "Bleeding", "pos"),  # "minor bleeding"
    ("lupus-calcinosis-clinic-summary", "Prednisolone", "treats", "Hypercalcemia", "pos"),
    # Day-unit notes: a verdict "X with A and B", a disease "complicated by" others, and harms a
    # therapy "can leave", "provokes", "had caused" or left behind ("leaving a shallow scar").
    ("day-unit-infusion-notes", "MilkAlkaliSyndrome", "has_feature", "Hypercalcemia", "pos"),
    ("day-unit-infusion-notes", "MilkAlkaliSyndrome", "has_feature", "AcuteKidneyInjury", "pos"),
    ("day-unit-infusion-notes", "TumorLysisSyndrome", "has_feature", "AcuteKidneyInjury", "pos"),
    ("day-unit-infusion-notes", "SurgicalExcision", "has_adverse_effect", "Scarring", "pos"),
    ("day-unit-infusion-notes", "Pamidronate", "has_adverse_effect", "Fever", "pos"),
    ("day-unit-infusion-notes", "Calcitriol", "has_adverse_effect", "Hypercalcemia", "pos"),
    ("day-unit-infusion-notes", "Curettage", "has_adverse_effect", "Scarring", "pos"),
    ("day-unit-infusion-notes", "ZoledronicAcid", "has_adverse_effect", "AcuteKidneyInjury", "pos"),
    # "calcium had settled in forearm muscle injured by …": muscle is tissue to the process
    ("day-unit-infusion-notes", "CalcinosisCutis", "has_mechanism", "DystrophicMineralization", "pos"),
    # "subsided without any treatment": the deposits' own course
    ("day-unit-infusion-notes", "CalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    # An audit whose one sentence gives three results, each its own therapy's: "none of 6
    # improved on probenecid" denies probenecid alone.
    ("three-arm-calcinosis-audit", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("three-arm-calcinosis-audit", "Pamidronate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("three-arm-calcinosis-audit", "Curettage", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # "we advise against colchicine for calcinosis in …": advice against it for the deposits
    ("three-arm-calcinosis-audit", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # A case of metastatic calcinosis: therapies given with no target named are for the raised
    # value the case names (the ontology's usual target), the excision for the plaques.
    ("vitamin-d-overdose-plaques", "IntravenousSaline", "treats", "Hypercalcemia", "pos"),
    ("vitamin-d-overdose-plaques", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("vitamin-d-overdose-plaques", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    ("vitamin-d-overdose-plaques", "SurgicalExcision", "treats", "MetastaticCalcinosisCutis", "pos"),
    # (in an inherited disease of phosphate the binder treats the disease itself)
    ("familial-phosphate-masses-letter", "Sevelamer", "treats", "HyperphosphatemicFamilialTumoralCalcinosis", "pos"),
    # A radiology report whose impression names the kind with a place word inside it, after a
    # denied "no periarticular calcification"; a later clause's "no kidney disease" denies nothing
    # of the normal blood values before it.
    ("hand-films-after-scald", "DystrophicCalcinosisCutis", "located_in", "Palm", "pos"),
    ("hand-films-after-scald", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("hand-films-after-scald", "DystrophicCalcinosisCutis", "associated_with", "Burn", "pos"),
    # A scald named in the title leaves the kind of calcinosis to the words that say it.
    ("calcinosis-in-old-scald-scar", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("calcinosis-in-old-scald-scar", "DystrophicCalcinosisCutis", "associated_with", "Burn", "pos"),
    ("calcinosis-in-old-scald-scar", "Curettage", "treats", "DystrophicCalcinosisCutis", "pos"),
    # A complication that cleared on its own drug: the drug treats it, the deposits keep the
    # signs the sentence gives them, and the procedure beside it still treats the deposits.
    ("scleroderma-thumb-review", "Doxycycline", "treats", "RecurrentSkinInfection", "pos"),
    ("scleroderma-thumb-review", OBO + "CHEBI_3745", "treats", "RecurrentSkinInfection", "pos"),
    ("scleroderma-thumb-review", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "has_feature", "Tenderness", "pos"),
    ("scleroderma-thumb-review", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "has_feature", "Ulceration", "pos"),
    ("scleroderma-thumb-review", "Curettage", "treats", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "pos"),
    # A lay page's "ones that ache … can be excised": when to operate.
    ("calcium-bumps-faq", "SurgicalExcision", "indicated_when", "Pain", "pos"),
    ("calcium-bumps-faq", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("calcium-bumps-faq", "Curettage", "indicated_when", "RecurrentSkinInfection", "pos"),
    # A forum post on the line of its label is text; "it sounds like …" names the kind.
    ("heel-dots-forum", "IatrogenicCalcinosisCutis", "associated_with", "HeelStick", "pos"),
    ("heel-dots-forum", "IatrogenicCalcinosisCutis", "has_mechanism", "TissueDamage", "pos"),
    ("heel-dots-forum", "IatrogenicCalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    # a disease looked for and not found ("no … to suggest X", "X, which …, was thought
    # unlikely") is not what the note is about
    ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "has_feature", "Papule", "pos"),
    ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "has_feature", "ChalkyDischarge", "pos"),
    ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "located_in", "Toe", "pos"),
    # an ulcer that "has not healed" is still there; a note's "d/c'd 2/2" a harm; what "makes
    # deposits more likely" goes with them
    ("shin-plaque-followup-note", "DystrophicCalcinosisCutis", "has_feature", "Ulceration", "pos"),
    ("shin-plaque-followup-note", "Diltiazem", "has_adverse_effect", "Headache", "pos"),
    ("shin-plaque-followup-note", "DystrophicCalcinosisCutis", "associated_with", "DiabetesMellitus", "pos"),
    # what the patient was warned of, or counselled about, is the therapy's harm
    ("shin-plaque-followup-note", "CO2Laser", "has_adverse_effect", "Erythema", "pos"),
    ("toe-papules-renal-review", "LanthanumCarbonate", "has_adverse_effect", "Constipation", "pos"),
    ("goat-elbow-lump-letter", "CalcinosisCircumscripta", "located_in", "Elbow", "pos"),
    # inflammation as what made the calcium settle is the process, not a sign of the lump
    ("goat-elbow-lump-letter", "CalcinosisCircumscripta", "has_mechanism", "InflammatoryResponse", "pos"),
    ("jdm-biologic-choice-note", "Infliximab", "mechanism_of_action", "TumorNecrosisFactorInhibition", "pos"),
    # a drug the patient is allergic to, with the reaction said beside it
    ("forearm-deposits-ward-letter", "Doxycycline", "has_adverse_effect", "Urticaria", "pos"),
    ("forearm-deposits-ward-letter", "Azathioprine", "has_adverse_effect", "Vomiting", "pos"),
    # a disease put down to a drug, or said to have been caused by one
    ("forearm-deposits-ward-letter", "Methotrexate", "has_adverse_effect", "AcuteKidneyInjury", "pos"),
    ("forearm-deposits-ward-letter", "Cyclosporine", "has_adverse_effect", "AcuteKidneyInjury", "pos"),
    ("forearm-deposits-ward-letter", "Nifedipine", "has_adverse_effect", "PeripheralEdema", "pos"),
    # a lesion that "came back" after a procedure, or has not
    ("forearm-deposits-ward-letter", "Curettage", "has_adverse_effect", "Recurrence", "pos"),
    ("forearm-deposits-ward-letter", "SurgicalExcision", "has_adverse_effect", "Recurrence", "neg"),
    # a harm "during baricitinib treatment", the drug inside the phrase
    ("forearm-deposits-ward-letter", "Baricitinib", "has_adverse_effect", "HerpesZoster", "pos"),
    # a bare verdict after a semicolon, and a lump that "got no smaller"
    ("forearm-deposits-ward-letter", "Verapamil", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("forearm-deposits-ward-letter", "Triamcinolone", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # a drug taken "for it": the disease just named
    ("forearm-deposits-ward-letter", "Minocycline", "treats", "Rosacea", "pos"),
    # the therapy a question named is what "it" means in the answer
    ("renal-ward-questions-note", "HyperbaricOxygenTherapy", "treats", "Calciphylaxis", "pos"),
    # a hospital's procedure for one drug reads like its label: who may have it, who must not,
    # what it causes
    ("pamidronate-day-case-procedure", "Pamidronate", "indicated_when", "Pain", "pos"),
    ("pamidronate-day-case-procedure", "Pamidronate", "indicated_when", "Ulceration", "pos"),
    ("pamidronate-day-case-procedure", "Pamidronate", "indicated_when", "Pregnancy", "neg"),
    ("pamidronate-day-case-procedure", "Pamidronate", "has_adverse_effect", "Fever", "pos"),
    ("pamidronate-day-case-procedure", "Pamidronate", "has_adverse_effect", "OsteonecrosisOfTheJaw", "pos"),
    ("pamidronate-day-case-procedure", "Pamidronate", "indicated_when", "AcuteKidneyInjury", "neg"),
    # a table whose columns are the options: each column's risks are its own
    ("scrotal-nodules-options-sheet", "SurgicalExcision", "treats", "IdiopathicScrotalCalcinosis", "pos"),
    ("scrotal-nodules-options-sheet", "SurgicalExcision", "has_adverse_effect", "Hematoma", "pos"),
    ("scrotal-nodules-options-sheet", "SurgicalExcision", "has_adverse_effect", "WoundInfection", "pos"),
    ("scrotal-nodules-options-sheet", "ExtracorporealShockWaveLithotripsy", "has_adverse_effect", "Bruising", "pos"),
    # "when a man bleeds easily, excision is not recommended"
    ("scrotal-nodules-options-sheet", "SurgicalExcision", "indicated_when", "Bleeding", "neg"),
    # another disease, what it follows and what it shows
    ("myositis-hand-clinic-letter", "CarpalTunnelSyndrome", "associated_with", "CalcinosisCutisInDermatomyositis", "pos"),
    ("myositis-hand-clinic-letter", "CarpalTunnelSyndrome", "has_feature", "Paresthesia", "pos"),
    ("myositis-hand-clinic-letter", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-hand-clinic-letter", "Alendronate", "indicated_when", "Esophagitis", "neg"),
    ("myositis-hand-clinic-letter", "Minocycline", "has_adverse_effect", "Dizziness", "pos"),
    # advice against a therapy, after a clause that says when
    ("myositis-hand-clinic-letter", "Curettage", "indicated_when", "SkinUlcer", "neg"),
    ("myositis-hand-clinic-letter", "Calcitriol", "indicated_when", "Hypercalcemia", "neg"),
    # a value's fall in numbers after a drug; deposits that go once the calcium is put right
    ("milk-alkali-skin-deposits-note", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("milk-alkali-skin-deposits-note", "MetastaticCalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    # "around the large joints": the tissue about them
    ("dialysis-joint-papules-note", "MetastaticCalcinosisCutis", "located_in", "PeriarticularRegion", "pos"),
    ("scar-calcinosis-path-comment", "DystrophicCalcinosisCutis", "has_mechanism", "DystrophicMineralization", "pos"),
    ("scar-calcinosis-path-comment", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalcium", "pos"),
    # a drug named as a risk factor is what the disease goes with, not a treatment of it
    ("calciphylaxis-risk-teaching-card", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    # "…; neither made any difference", "eased the pain, but the plaques never got any smaller"
    ("calciphylaxis-risk-teaching-card", "Emollient", "treats", "Calciphylaxis", "neg"),
    ("calciphylaxis-risk-teaching-card", "Corticosteroid", "treats", "Calciphylaxis", "neg"),
    ("calciphylaxis-risk-teaching-card", "HyperbaricOxygenTherapy", "treats", "Calciphylaxis", "neg"),
    # a problem list under its own heading; a binder for the phosphate, stopped for a harm
    ("renal-outreach-review-note", "Levothyroxine", "treats", "Hypothyroidism", "pos"),
    # a drug stopped because it may bring a disease on is kept from it and goes with it
    ("renal-outreach-review-note", "Warfarin", "indicated_when", "Calciphylaxis", "neg"),
    ("renal-outreach-review-note", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("renal-outreach-review-note", "ProtonPumpInhibitor", "treats", "GastroesophagealRefluxDisease", "pos"),
    ("renal-outreach-review-note", "CalciumAcetate", "treats", "Hyperphosphatemia", "pos"),
    ("renal-outreach-review-note", "CalciumAcetate", "has_adverse_effect", "Nausea", "pos"),
    # values said to be in range; pain and plaques that went on despite a therapy
    ("renal-outreach-review-note", "Calciphylaxis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("renal-outreach-review-note", "Paracetamol", "treats", "Pain", "neg"),
    ("renal-outreach-review-note", "IntravenousSodiumThiosulfate", "treats", "Calciphylaxis", "neg"),
    ("renal-outreach-review-note", "TopicalSodiumThiosulfate", "treats", "Calciphylaxis", "neg"),
    # what another disease was kept quiet with, and when; the failure said after another
    # disease's drug is the deposits'
    ("overlap-clinic-drug-history", "IntravenousImmunoglobulin", "treats", "JuvenileDermatomyositis", "pos"),
    ("overlap-clinic-drug-history", "MycophenolateMofetil", "treats", "SystemicSclerosis", "pos"),
    ("overlap-clinic-drug-history", "Diltiazem", "treats", "CalcinosisCutisInAutoimmuneConnectiveTissueDisease", "neg"),
    # the combination antibiotic by its British name; a deposit shaved off; a service's letterhead
    ("lupus-service-deposit-note", "AmoxicillinClavulanate", "treats", "RecurrentSkinInfection", "pos"),
    ("lupus-service-deposit-note", "ShaveExcision", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    ("lupus-service-deposit-note", "CalcinosisCutisInSystemicLupusErythematosus", "located_in", "LowerLeg", "pos"),
    # the disease a verb treats "with" a drug; "it has not relieved" after a drug; a quoted verdict
    ("knee-deposit-sports-clinic-note", "Azathioprine", "treats", "Dermatomyositis", "pos"),
    ("knee-deposit-sports-clinic-note", OBO + "CHEBI_5855", "treats", "Pain", "neg"),
    ("knee-deposit-sports-clinic-note", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # the disease named in other words; a drug given as the consequence of an infection; a drug
    # kept back "because of" a state; a deposit taken out by a surgeon
    ("newborn-fat-nodules-ward-log", "SubcutaneousFatNecrosisOfTheNewborn", "located_in", "Shoulder", "pos"),
    ("newborn-fat-nodules-ward-log", OBO + "CHEBI_5098", "treats", "RecurrentSkinInfection", "pos"),
    ("newborn-fat-nodules-ward-log", OBO + "CHEBI_5855", "indicated_when", "Hypercalcemia", "neg"),
    ("newborn-fat-nodules-ward-log", "SurgicalExcision", "treats", "SubcutaneousFatNecrosisOfTheNewborn", "pos"),
    # "calcinosis cutis of the dystrophic variety": the kind is what the sentence speaks of
    ("ankle-plaque-telehealth-note", "CalcinosisCutis", "has_subtype", "DystrophicCalcinosisCutis", "pos"),
    ("ankle-plaque-telehealth-note", "DystrophicCalcinosisCutis", "has_mechanism", "TissueDamage", "pos"),
    ("ankle-plaque-telehealth-note", "DystrophicCalcinosisCutis", "has_feature", "Pain", "pos"),
    # fluids by vein, named as a note names them
    ("sarcoid-plaques-admission-summary", "IntravenousFluidTherapy", "treats", "Hypercalcemia", "pos"),
    ("sarcoid-plaques-admission-summary", "Prednisolone", "treats", "Sarcoidosis", "pos"),
    # a medicines chart's "What it's for" column: what each drug is taken for (a bare
    # "calcinosis" there is the patient's), or, "if" it starts, kept for
    ("scleroderma-medicines-chart", "MycophenolateMofetil", "treats", "SystemicSclerosis", "pos"),
    ("scleroderma-medicines-chart", "TopicalSodiumThiosulfate", "treats",
     "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("scleroderma-medicines-chart", "Paracetamol", "treats", "Pain", "pos"),
    ("scleroderma-medicines-chart", "Doxycycline", "indicated_when", "RecurrentSkinInfection", "pos"),
    # a failure said after a list of drugs given one after another ("and later three cycles of")
    ("scleroderma-medicines-chart", "Colchicine", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("scleroderma-medicines-chart", "Rituximab", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # a dialysis that only says when leaves the harm to the trial's drug; "unwanted effects"
    # announce the drug's harms; "either arm" is a trial's
    ("vitamin-k-calciphylaxis-pilot", "VitaminK", "has_adverse_effect", "MuscleCramp", "pos"),
    ("vitamin-k-calciphylaxis-pilot", "VitaminK", "has_adverse_effect", "Nausea", "pos"),
    ("vitamin-k-calciphylaxis-pilot", "VitaminK", "has_adverse_effect", "Bleeding", "neg"),
    # the kinds a differential diagnosis weighs are not the patient's; "the dystrophic form of
    # calcinosis" opening an item is that kind
    ("toe-deposit-pathology-differential", "CalcinosisCutisInChronicKidneyDisease", "located_in",
     "Toe", "pos"),
    ("toe-deposit-pathology-differential", "DystrophicCalcinosisCutis", "associated_with",
     "SystemicLupusErythematosus", "pos"),
    # a patient's "I take X" gives the therapy of the disease the story is about
    ("tumoral-calcinosis-teen-story", "LanthanumCarbonate", "treats", "TumoralCalcinosis", "pos"),
    # a results table's "Course" cell: "No change on X; …" is X's failure alone, a smaller
    # deposit a success; "but neither softened nor shrank the deposits"; "did absolutely nothing"
    ("overlap-myositis-calcinosis-trio", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("overlap-myositis-calcinosis-trio", "Pamidronate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("overlap-myositis-calcinosis-trio", "Warfarin", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("overlap-myositis-calcinosis-trio", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("overlap-myositis-calcinosis-trio", "Cryotherapy", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # a lump "may be removed", "took one out": an excision in everyday words
    ("scleroderma-hand-clinic-faq", "SurgicalExcision", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("scleroderma-hand-clinic-faq", "SurgicalExcision", "has_adverse_effect", "Recurrence", "pos"),
    # a title's wide disease ("inflammatory myopathy") that the body names as one narrower one
    ("myositis-clinic-newsletter", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("myositis-clinic-newsletter", "CalcinosisCutisInDermatomyositis", "located_in", "Elbow", "pos"),
    # … nor to a disease outside the title's own ("an overlap syndrome" is no class of them)
    ("overlap-syndrome-clinic-letter", "Colchicine", "treats",
     "CalcinosisCutisInAutoimmuneConnectiveTissueDisease", "neg"),
    # … but not where the title names the calcinosis itself
    ("dermatomyositis-calcinosis-ages", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # "…, but neither drug has touched the deposits": helped the myositis, failed the deposits
    ("jdm-transition-letter", "Azathioprine", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    ("jdm-transition-letter", "Prednisolone", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    # a drug named as a cause by the verb after it ("are a recognised cause of"), or stopped
    # "because it can make the calciphylaxis worse"
    ("anticoagulant-switch-note", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("drug-induced-calcinosis-qa", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("drug-induced-calcinosis-qa", "MetastaticCalcinosisCutis", "associated_with", "Calcitriol", "pos"),
    ("anticoagulant-switch-note", "Warfarin", "indicated_when", "Calciphylaxis", "neg"),
    ("anticoagulant-switch-note", OBO + "CHEBI_68579", "treats", "AtrialFibrillation", "pos"),  # rivaroxaban
    # "brought about by her long-term prednisolone for allergic skin disease": the cause, its
    # use apart, and the skin of that disease no site of the deposits
    ("practice-patient-of-the-month", "CalcinosisCutis", "associated_with", "Prednisolone", "pos"),
    # plaques that fade "once the steroid is weaned" went on their own; tapering the cause is
    # no treatment ("We tapered the prednisolone … and the plaques have started to soften")
    ("practice-patient-of-the-month", "CalcinosisCutis", "has_feature", "SpontaneousResolution", "pos"),
    # "whose deposits grew despite A and B were switched to C": A and B failed, C is given
    ("refractory-myositis-deposits-audit", "MycophenolateMofetil", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("refractory-myositis-deposits-audit", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("refractory-myositis-deposits-audit", "Infliximab", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # "X, tried for the redness around the nodules, gave her a rash and no benefit": no
    # treatment; the rash its harm, the redness what it was given for
    ("refractory-myositis-deposits-audit", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("refractory-myositis-deposits-audit", "Minocycline", "has_adverse_effect", "SkinRash", "pos"),
    # "produced not one response"
    ("refractory-myositis-deposits-audit", "Alendronate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # "side effects of X include …": each disease of the list is a harm of X
    ("vitamin-d-drops-papules-report", "Pamidronate", "has_adverse_effect", "AcuteKidneyInjury", "pos"),
    ("vitamin-d-drops-papules-report", "Pamidronate", "has_adverse_effect", "Uveitis", "pos"),
    # "…: A, studied in calciphylaxis; B, which eased symptoms; and C, kept for deposits that
    # are tender": each semicolon item's own therapy and disease, B's the text's
    ("calcinosis-options-digest", "Diltiazem", "treats", "CalcinosisCutis", "pos"),
    ("calcinosis-options-digest", "Curettage", "indicated_when", "Tenderness", "pos"),
    # "My colchicine months, taking the tablets every day in the hope that …, brought no
    # change"
    ("connective-tissue-diary-extract", "Colchicine", "treats", "CalcinosisCutis", "neg"),
    ("connective-tissue-diary-extract", "CalcinosisCutis", "associated_with", "MixedConnectiveTissueDisease", "pos"),
    # (one "feature of" a disease says the reverse: the calcinosis is the feature)
    ("connective-tissue-diary-extract", "CalcinosisCutis", "associated_with", "Dermatomyositis", "pos"),
    # harms in everyday words: "it stung", "made her muddled"
    ("finger-deposits-nursing-note", "TopicalSodiumThiosulfate", "has_adverse_effect", "SkinIrritation", "pos"),
    ("finger-deposits-nursing-note", OBO + "CHEBI_7852", "has_adverse_effect", "Confusion", "pos"),  # oxycodone
    # a symptom a drug relieved is what it treats ("her queasiness was relieved by", "only partly
    # relieves the aching"); "reflux" alone is the reflux disease
    ("thigh-wounds-symptom-diary", OBO + "CHEBI_7773", "treats", "Nausea", "pos"),  # ondansetron
    ("thigh-wounds-symptom-diary", OBO + "CHEBI_5855", "treats", "Pain", "pos"),  # ibuprofen
    ("thigh-wounds-symptom-diary", "Debridement", "treats", "Calciphylaxis", "pos"),
    ("thigh-wounds-symptom-diary", OBO + "CHEBI_7772", "treats", "GastroesophagealRefluxDisease", "pos"),
    # flares eased are the disease's, so the drug is its treatment
    ("thigh-wounds-symptom-diary", "Prednisolone", "treats", "Calciphylaxis", "pos"),
    # … and a verdict after "but" is on the disease
    ("thigh-wounds-symptom-diary", "Colchicine", "treats", "Calciphylaxis", "neg"),
    # a drug a risk-factor list names beside what it is taken for is still the risk factor; a
    # process that "occurred in one patient on" a drug, and a symptom that "occurred on" it, are
    # its harms (none, where denied); "Given daily for months, it can cause …" is the last drug's;
    # "no new ulcers since …" is a good result, not a failure
    ("vitamin-k-calciphylaxis-bulletin", "Calciphylaxis", "associated_with", "Prednisolone", "pos"),
    ("vitamin-k-calciphylaxis-bulletin", "VitaminK", "has_adverse_effect", "Thrombosis", "pos"),
    ("vitamin-k-calciphylaxis-bulletin", "VitaminK", "has_adverse_effect", "Nausea", "neg"),
    ("vitamin-k-calciphylaxis-bulletin", "SodiumEtidronate", "has_adverse_effect", "Osteomalacia", "pos"),
    ("vitamin-k-calciphylaxis-bulletin", "SodiumThiosulfate", "treats", "Calciphylaxis", "pos"),
    # what a registry says raises the risk: "recognised risks included …", "… use carried a
    # higher risk of calciphylaxis", "three predictors were kept: …"
    ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "CalciumBasedPhosphateBinder", "pos"),
    ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "Calcitriol", "pos"),
    ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "Hyperparathyroidism", "pos"),
    # a disease's signs after how long it has been there ("… for six years, with …", "diagnosed at
    # the age of 30, with …") are that disease's, past the places of a sign ("weakness in the hips
    # and thighs")
    ("elbow-deposits-referral-letter", "Dermatomyositis", "has_feature", "HeliotropeRash", "pos"),
    ("elbow-deposits-referral-letter", "Dermatomyositis", "has_feature", "GottronPapules", "pos"),
    ("elbow-deposits-referral-letter", "SystemicLupusErythematosus", "has_feature", OBO + "HP_0000992", "pos"),
    # what a drug is known for, said as "an antacid my gran knew from indigestion" or "an
    # antidote to lead poisoning"; "since March" is a time, so what follows is no indication
    ("dialysis-forum-reply-calcium-lumps", "AluminumHydroxide", "treats", "Dyspepsia", "pos"),
    ("dialysis-forum-reply-calcium-lumps", "EdetateDisodium", "treats", "LeadPoisoning", "pos"),
    ("dialysis-forum-reply-calcium-lumps", OBO + "CHEBI_5098", "has_adverse_effect", "Diarrhea", "pos"),  # flucloxacillin
    ("fingertip-calcinosis-phone-follow-up", "CalcinosisCutisInSystemicSclerosis", "located_in", "Fingertip", "pos"),
    # a therapy given in the same breath as the state it was for ("had X and was given Y"), and a
    # drug named by a word too common for the frequency test
    ("oncology-ward-handover-calcium", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    ("oncology-ward-handover-calcium", "Sevelamer", "treats", "Hyperphosphatemia", "pos"),
    ("oncology-ward-handover-calcium", OBO + "CHEBI_145810", "treats", "DiabetesMellitus", "pos"),  # insulin
    # a disease quiet on a drug after how long she has had it; a list's drugs all taken for what a
    # clause after the list names; a drug "not holding" or taking "the edge off" a symptom; "it"
    # after a drug that only dated another act means the other one
    ("rheumatology-registrar-phone-review", "Hydroxychloroquine", "treats", "SystemicLupusErythematosus", "pos"),
    ("rheumatology-registrar-phone-review", "Azathioprine", "treats", "LupusNephritis", "pos"),
    ("rheumatology-registrar-phone-review", "Prednisolone", "treats", "LupusNephritis", "pos"),
    ("rheumatology-registrar-phone-review", OBO + "CHEBI_9648", "treats", "Pain", "neg"),  # tramadol
    ("rheumatology-registrar-phone-review", "Paracetamol", "treats", "Pain", "pos"),
    ("rheumatology-registrar-phone-review", "Triamcinolone", "treats", "CalcinosisCutis", "neg"),
    # the regimen a result came on, said first ("On X the nodules shrank"), and a state the patient
    # came into on a drug ("became nauseated on", "developed hypercalcaemia on")
    ("calcinosis-infusion-clinic-diary", "IntravenousSodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("calcinosis-infusion-clinic-diary", "Colchicine", "has_adverse_effect", "Nausea", "pos"),
    ("calcinosis-infusion-clinic-diary", "Calcitriol", "has_adverse_effect", "Hypercalcemia", "pos"),
    ("calcinosis-infusion-clinic-diary", OBO + "CHEBI_16714", "has_adverse_effect", "Constipation", "pos"),  # codeine
    ("calcinosis-infusion-clinic-diary", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # what a medicines line's drug is for, after its dose and a dot leader or a dash; a disease's
    # companion diseases in the list of its signs; what "for it" means, in the sentence
    # or the one before, with each therapy listed; harms a drug is said to do or bring on, also
    # where the text warns against it; attributes a lesion's own name carries; a state a drug was
    # avoided for
    ("renal-pharmacist-medicines-review", "Sevelamer", "treats", "Hyperphosphatemia", "pos"),
    ("renal-pharmacist-medicines-review", "Amlodipine", "treats", "Hypertension", "pos"),
    ("renal-pharmacist-medicines-review", "MilkAlkaliSyndrome", "has_feature", "Hypercalcemia", "pos"),
    ("renal-pharmacist-medicines-review", "MilkAlkaliSyndrome", "has_feature", "AcuteKidneyInjury", "pos"),
    ("renal-pharmacist-medicines-review", "MilkAlkaliSyndrome", "has_feature", "MetabolicAlkalosis", "pos"),
    ("renal-pharmacist-medicines-review", OBO + "CHEBI_17650", "treats", "AddisonDisease", "pos"),  # hydrocortisone
    ("renal-pharmacist-medicines-review", OBO + "CHEBI_50885", "treats", "AddisonDisease", "pos"),  # fludrocortisone
    ("renal-pharmacist-medicines-review", "Levothyroxine", "treats", "Hypothyroidism", "pos"),
    ("renal-pharmacist-medicines-review", "Colchicine", "has_adverse_effect", "Diarrhea", "pos"),
    ("renal-pharmacist-medicines-review", "AluminumHydroxide", "has_adverse_effect", "Osteomalacia", "pos"),
    ("renal-pharmacist-medicines-review", "CalciumAcetate", "has_adverse_effect", "Hypercalcemia", "pos"),
    ("renal-pharmacist-medicines-review", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("renal-pharmacist-medicines-review", "Cinacalcet", "indicated_when", OBO + "HP_0002901", "neg"),  # hypocalcaemia
    # the signs of dermatomyositis told by where they are, the disease's and not its calcinosis'
    ("myositis-clinic-letter-to-gp", "JuvenileDermatomyositis", "has_feature", "HeliotropeRash", "pos"),
    ("myositis-clinic-letter-to-gp", "JuvenileDermatomyositis", "has_feature", "GottronPapules", "pos"),
    ("myositis-clinic-letter-to-gp", "JuvenileDermatomyositis", "has_feature", "MuscleWeakness", "pos"),
    # a list the lesions grew despite, one item with its abbreviation and a count in brackets
    ("myositis-clinic-letter-to-gp", "Hydroxychloroquine", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    # "…, and it has not stopped the nodules spreading": the therapy failed; "feel sick" is nausea
    ("myositis-clinic-letter-to-gp", "Methotrexate", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    ("myositis-clinic-letter-to-gp", "Methotrexate", "has_adverse_effect", "Nausea", "pos"),
    # "a headache on the ward, which settled with ibuprofen": what it relieved
    ("myositis-clinic-letter-to-gp", OBO + "CHEBI_5855", "treats", "Headache", "pos"),  # ibuprofen
    # "considered but not offered, because …": the state it is kept from
    ("myositis-clinic-letter-to-gp", "Pamidronate", "indicated_when", "VitaminDDeficiency", "neg"),
    # "added for his finger ulcers … stopped because of ankle swelling": what for, and the harm
    ("myositis-clinic-letter-to-gp", "Diltiazem", "treats", "DigitalUlcer", "pos"),
    # "…, and it has not stopped the nodules spreading": that verdict is the only cue of a use
    ("myositis-clinic-letter-to-gp", "MycophenolateMofetil", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "neg"),
    # a medicines list: "X, a <class>, for Y, which has given him Z": the use past the class,
    # and the harm the item says
    ("myositis-clinic-letter-to-gp", "Amlodipine", "treats", "Hypertension", "pos"),
    ("myositis-clinic-letter-to-gp", "Amlodipine", "has_adverse_effect", "Flushing", "pos"),
    # "…, which has given him headaches": a harm, no state to give the drug in
    ("myositis-clinic-letter-to-gp", "Nifedipine", "has_adverse_effect", "Headache", "pos"),
    # a carer's chart "What | Dose | When | Why", and a drug card's field "Given for: …"
    ("myositis-clinic-letter-to-gp", OBO + "CHEBI_6375", "treats", "Heartburn", "pos"),  # lansoprazole
    ("myositis-clinic-letter-to-gp", OBO + "CHEBI_7773", "treats", "Vomiting", "pos"),  # ondansetron
    # "I stopped his calcitriol drops and gave … furosemide; his calcium came down"
    ("myositis-clinic-letter-to-gp", OBO + "CHEBI_47426", "treats", "Hypercalcemia", "pos"),  # furosemide
    # under "Monitoring alerts", "- Sildenafil: headache, flushing": its harms
    ("myositis-clinic-letter-to-gp", OBO + "CHEBI_9139", "has_adverse_effect", "Headache", "pos"),  # sildenafil
    # "stained his shins blue-grey": the drug's harm, told as the colour it left
    ("myositis-clinic-letter-to-gp", "Minocycline", "has_adverse_effect", "Hyperpigmentation", "pos"),
    # "come from years of inflammation": how they arose
    ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_mechanism", "InflammatoryResponse", "pos"),
    # "Where the cream went on, …": the drug named as a cream paragraphs before
    ("myositis-clinic-letter-to-gp", "TopicalSodiumThiosulfate", "has_adverse_effect", "Erythema", "pos"),
    # "was admitted with pancreatitis, and … judged that the azathioprine had caused it"
    ("myositis-clinic-letter-to-gp", "Azathioprine", "has_adverse_effect", "Pancreatitis", "pos"),
    # a cause given "under the skin of the abdomen and outer thighs to treat her pulmonary
    # embolism": what it was given for, past the places it went into
    ("abdominal-wall-lumps-ultrasound-request", "CalciumHeparin", "treats", "PulmonaryEmbolism", "pos"),
    # "this iatrogenic type of calcinosis cutis", said mid-text, is the kind the note is about
    ("abdominal-wall-lumps-ultrasound-request", "IatrogenicCalcinosisCutis", "located_in", "Thigh", "pos"),
    # "a calcium-free heparin" is neither calcium heparin nor the heparin named before
    ("abdominal-wall-lumps-ultrasound-request", "Heparin", "treats", "PulmonaryEmbolism", "pos"),
    # "calcinosis cutis over the left shin, in patches of old morphoea": the disease its own
    # sentence ties it to, not the one the note names more often (MCTD); the note is about it
    ("physiotherapy-referral-shin-plaques", "CalcinosisCutisInMorphea", "located_in", "LowerLeg", "pos"),
    ("physiotherapy-referral-shin-plaques", "CalcinosisCutisInMorphea", "located_in", "Ankle", "pos"),
    ("thiosulfate-cream-trial-synopsis", "CalcinosisCutisInSystemicSclerosis", "has_feature", "DigitalUlcer", "pos"),
    ("physiotherapy-referral-shin-plaques", "Amlodipine", "treats", "Hypertension", "pos"),
    ("clinic-newsletter-pad-lumps", OBO + "CHEBI_6741", "has_adverse_effect", "Vomiting", "pos"),  # meloxicam
    ("hand-therapy-splint-note", "CalcinosisCutis", "located_in", "Fingertip", "pos"),
    # a blood value kept high despite a therapy, a purpose of lowering one (parathyroid hormone
    # for the hyperparathyroidism the note names) and of controlling one
    ("haemodialysis-monthly-bloods-review", "CalciumAcetate", "treats", "Hyperphosphatemia", "neg"),
    ("haemodialysis-monthly-bloods-review", ETELCALCETIDE, "treats", "SecondaryHyperparathyroidism", "pos"),
    ("haemodialysis-monthly-bloods-review", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    # the nouns of risk ("recognised risks include", "other suggested contributors are"), a
    # therapy offered whenever another thing failed, and one "begun"
    ("tissue-viability-calciphylaxis-summary", "Calciphylaxis", "associated_with", "DiabetesMellitus", "pos"),
    ("tissue-viability-calciphylaxis-summary", "Calciphylaxis", "associated_with", "Hyperphosphatemia", "pos"),
    ("tissue-viability-calciphylaxis-summary", "Calciphylaxis", "associated_with", "Obesity", "pos"),
    ("tissue-viability-calciphylaxis-summary", "Debridement", "treats", "Calciphylaxis", "pos"),
    ("tissue-viability-calciphylaxis-summary", "IntravenousSodiumThiosulfate", "treats", "Calciphylaxis", "pos"),
    # (a failure said of the therapy itself, "when it failed", is still its own)
    ("tissue-viability-calciphylaxis-summary", "HyperbaricOxygenTherapy", "treats", "Calciphylaxis", "neg"),
    # a disease that brings its own signs ("lupus brings joint pains", "sarcoidosis, which can
    # cause … tiredness") owns them
    ("registrar-teaching-note-lupus-lumps", "SystemicLupusErythematosus", "has_feature", "Arthralgia", "pos"),
    ("registrar-teaching-note-lupus-lumps", "Sarcoidosis", "has_feature", OBO + "HP_0012378", "pos"),  # fatigue
    # company said as "go hand in hand with", "accompanied by"
    ("registrar-teaching-note-lupus-lumps", "CalcinosisCutisInSystemicLupusErythematosus", "associated_with", "RaynaudPhenomenon", "pos"),
    ("registrar-teaching-note-lupus-lumps", "CalcinosisCutis", "associated_with", "ChronicKidneyDisease", "pos"),
    # a therapy a text holds to cause the disease is no treatment of it for being in its section
    ("coumarin-calciphylaxis-primer", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("coumarin-calciphylaxis-primer", "SodiumThiosulfate", "treats", "Calciphylaxis", "pos"),
    # "a form of dystrophic calcification" said of the calcinosis of a disease: how it arose
    ("scleroderma-fingertip-deposits-handout", "CalcinosisCutisInSystemicSclerosis", "has_mechanism", "DystrophicMineralization", "pos"),
    ("scleroderma-fingertip-deposits-handout", "CalcinosisCutisInSystemicSclerosis", "has_mechanism", "TissueDamage", "pos"),
    # "does not dissolve the deposits and can leave a scar": the second verb is not denied
    ("scleroderma-fingertip-deposits-handout", "Cryotherapy", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    ("scleroderma-fingertip-deposits-handout", "Cryotherapy", "has_adverse_effect", "Scarring", "pos"),
    # "no improvment", as a hurried writer spells it
    ("renal-outreach-review-note", "VitaminK", "treats", "Calciphylaxis", "neg"),
    # An overview whose title names calcinosis cutis and whose body opens with one kind of it:
    # that kind is what the whole text describes
    ("irradiated-breast-skin-primer", "DystrophicCalcinosisCutis", "located_in", "ChestWall", "pos"),
    ("irradiated-breast-skin-primer", "SurgicalExcision", "treats", "DystrophicCalcinosisCutis", "pos"),
    # "Blood calcium and phosphate are unremarkable"
    ("irradiated-breast-skin-primer", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    # An audit titled with bare "calcinosis" whose body names one kind of it
    ("irradiated-field-ulcer-audit", "DystrophicCalcinosisCutis", "located_in", "Leg", "pos"),
    ("irradiated-field-ulcer-audit", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalcium", "pos"),
    # "offered to four; none healed"
    ("irradiated-field-ulcer-audit", "HyperbaricOxygenTherapy", "treats", "DystrophicCalcinosisCutis", "neg"),
    ("forearm-deposits-medicines-review", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutis", "pos"),
    ("forearm-deposits-medicines-review", "Nifedipine", "treats", "RaynaudPhenomenon", "pos"),
    # "a calcinosis of the dystrophic kind" on a film: the patient's kind
    ("tibial-ulcer-district-note", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("tibial-ulcer-district-note", "DystrophicCalcinosisCutis", "has_feature", "SkinUlcer", "pos"),
    # a register entry's inline exclusion criteria; harms named before "were more common with the
    # active drug"
    ("vitamin-k-dialysis-register-entry", "VitaminK", "indicated_when", "Pregnancy", "neg"),
    ("vitamin-k-dialysis-register-entry", "VitaminK", "indicated_when", "HeartFailure", "neg"),
    ("vitamin-k-dialysis-register-entry", "VitaminK", "has_adverse_effect", "Bruising", "pos"),
    # "…; an iatrogenic variety of calcinosis cutis": the kind is a subtype, and the report's kind
    ("buttock-nodules-ct-report", "CalcinosisCutis", "has_subtype", "IatrogenicCalcinosisCutis", "pos"),
    ("buttock-nodules-ct-report", "IatrogenicCalcinosisCutis", "located_in", "Buttock", "pos"),
    ("sheepdog-hock-aspirate-report", "CalcinosisCutis", "has_subtype", "CalcinosisCircumscripta", "pos"),
    # a leaflet titled "Medicine leaflet - <drug> 400 mg tablets, …" is about that drug: "it" is
    # the drug, and its unwanted effects are the drug's
    ("etidronate-tablets-leaflet", "SodiumEtidronate", "treats", "CalcinosisCutis", "pos"),
    ("etidronate-tablets-leaflet", "SodiumEtidronate", "has_adverse_effect", "Diarrhea", "pos"),
    # "Complications: …; one wound infection, cleared by oral flucloxacillin"
    ("barbotage-elbow-deposits-series", "UltrasoundGuidedBarbotage", "has_adverse_effect", "Hematoma", "pos"),
    ("barbotage-elbow-deposits-series", "UltrasoundGuidedBarbotage", "has_adverse_effect", "WoundInfection", "pos"),
    # an A-to-Z page: each entry's bold run-in head ("**Tumoral calcinosis.** …") is what the
    # entry's sentences are about
    ("calcified-lumps-a-to-z", "Calciphylaxis", "has_feature", "Pain", "pos"),
    ("calcified-lumps-a-to-z", "Calciphylaxis", "located_in", "SubcutaneousTissue", "pos"),
    ("calcified-lumps-a-to-z", "CalcinosisCircumscripta", "located_in", "Knee", "pos"),
    ("calcified-lumps-a-to-z", "TumoralCalcinosis", "located_in", "Shoulder", "pos"),
    # a bulletin's numbered run-in heads: "Tofacitinib for adults with dermatomyositis" is a
    # study of that disease's calcinosis; "three patients on tofacitinib had headaches" is its
    # harm; "alendronate, an osteoporosis medicine" is what it is for; "calcinosis from systemic
    # sclerosis" is that disease's; "no difference in deposit size between the two groups" is the verdict on
    # what alendronate was given for
    ("members-bulletin-trial-digest", "Tofacitinib", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("members-bulletin-trial-digest", "Tofacitinib", "has_adverse_effect", "Headache", "pos"),
    ("members-bulletin-trial-digest", "Alendronate", "treats", "Osteoporosis", "pos"),
    ("members-bulletin-trial-digest", "Alendronate", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("members-bulletin-trial-digest", "Alendronate", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # a harm the extra lexicon's HPO findings name
    ("members-bulletin-trial-digest", "Alendronate", "has_adverse_effect", OBO + "HP_0001962", "pos"),
    # a head in capitals names its disease all the same ("ABATACEPT IN LUPUS")
    ("members-bulletin-trial-digest", "Abatacept", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    # a card asks when to operate; its answer lists the indications, not the disease's features
    ("vasculitis-study-cards-and-abstract", "SurgicalExcision", "indicated_when", "NerveCompression", "pos"),
    ("vasculitis-study-cards-and-abstract", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    # "none of the four given infliximab improved", after a search for reports of it
    ("vasculitis-study-cards-and-abstract", "Infliximab", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # a list of harms, each with the drug its patients were on
    ("vasculitis-study-cards-and-abstract", "Rituximab", "has_adverse_effect", "InfusionReaction", "pos"),
    ("vasculitis-study-cards-and-abstract", "Abatacept", "has_adverse_effect", "SkinRash", "pos"),
    # "Harms noted were nausea …" names no drug: the harms of the one the paragraph gave
    ("vasculitis-study-cards-and-abstract", "IntravenousSodiumThiosulfate", "has_adverse_effect", "Nausea", "pos"),
    # "was stopped … because her ankles swelled": why it was stopped is its harm
    ("vasculitis-study-cards-and-abstract", "Nifedipine", "has_adverse_effect", "PeripheralEdema", "pos"),
    # notes on the forms of calcinosis: the one form stated later is no topic of the whole
    ("forms-of-calcinosis-trainee-notes", "CalcinosisCutis", "located_in", "Elbow", "pos"),
    # a harm said as the list item goes on about its drug, not the drug the title is about
    ("anticoagulation-calciphylaxis-consult", "Pamidronate", "has_adverse_effect", "Fever", "pos"),
    ("anticoagulation-calciphylaxis-consult", "SurgicalExcision", "indicated_when", "Eschar", "pos"),
    # a procedure the patient is on, for the disease it treats
    ("anticoagulation-calciphylaxis-consult", "Hemodialysis", "treats", "EndStageRenalDisease", "pos"),
    # a drug among the risk factors, or named a precipitant, with no word of treating
    ("anticoagulation-calciphylaxis-consult", "Calciphylaxis", "associated_with", "Prednisolone", "pos"),
    ("anticoagulation-calciphylaxis-consult", "Calciphylaxis", "associated_with", "Cyclosporine", "pos"),
    # stopped because of a disease: what the drug is kept from, not what it treats; stopped
    # because of a harm: what it did
    ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_85973", "indicated_when", "Calciphylaxis", "neg"),  # edoxaban
    # … while what the sentence says it was for stays
    ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_85973", "treats", "AtrialFibrillation", "pos"),
    ("anticoagulation-calciphylaxis-consult", "CalciumAcetate", "indicated_when", "Calciphylaxis", "neg"),
    ("anticoagulation-calciphylaxis-consult", "Alfacalcidol", "indicated_when", "Calciphylaxis", "neg"),
    ("anticoagulation-calciphylaxis-consult", "Cinacalcet", "has_adverse_effect", "Vomiting", "pos"),
    # cautions in other words: an adverb before "avoided", an order to hold a named drug, a rule
    # for stopping one ("the corrected calcium" is the measure, not the drug's result)
    ("anticoagulation-calciphylaxis-consult", "Alendronate", "indicated_when", "RenalInsufficiency", "neg"),
    ("anticoagulation-calciphylaxis-consult", "Pamidronate", "indicated_when", "Infection", "neg"),
    ("anticoagulation-calciphylaxis-consult", "Calcitriol", "indicated_when", "Hypercalcemia", "neg"),
    # "People whose lumps were infected could not take part": the trial's exclusion
    ("forms-of-calcinosis-trainee-notes", "TopicalSodiumThiosulfate", "indicated_when", "RecurrentSkinInfection", "neg"),
    # drugs ChEBI labels with a capital, and xanthine and opioid stems (pentoxifylline, fentanyl)
    ("calciphylaxis-pharmacy-round", OBO + "CHEBI_7773", "treats", "Nausea", "pos"),  # ondansetron
    ("calciphylaxis-pharmacy-round", OBO + "CHEBI_7986", "treats", "Calciphylaxis", "pos"),
    # "heart failure" is no failed treatment: the harms listed beside it stand
    ("calciphylaxis-pharmacy-round", ETELCALCETIDE, "has_adverse_effect", "Bleeding", "pos"),
    # the count said with "in": the patients given the drug, not a background one
    ("calciphylaxis-pharmacy-round", RIVAROXABAN, "has_adverse_effect", "Bleeding", "pos"),
    # "It can make him …": the harm of the drug just named
    ("calciphylaxis-pharmacy-round", "Sevelamer", "has_adverse_effect", "Constipation", "pos"),
    # the disease said after the sites it names ("calcinosis of … fingertips and over the right
    # palm, secondary to …"): those sites are the calcinosis of that disease's
    ("pulp-deposits-hand-clinic", "CalcinosisCutisInSystemicSclerosis", "located_in", "Palm", "pos"),
    ("pulp-deposits-hand-clinic", "CalcinosisCutis", "associated_with", "SystemicSclerosis", "pos"),
    # "calcinosis after curettage": the deposits' removal (of the calcinosis the note ties to
    # systemic sclerosis); what has been there "since the procedure" is its harm
    ("pulp-deposits-hand-clinic", "Curettage", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("pulp-deposits-hand-clinic", "Curettage", "has_adverse_effect", "Paresthesia", "pos"),
    # a misspelt verdict ("no diffrence") still denies
    ("pulp-deposits-hand-clinic", "Verapamil", "treats", "CalcinosisCutisInSystemicSclerosis", "neg"),
    # avoided in a calcinosis: the calcinosis is what the drug is not for
    ("pulp-deposits-hand-clinic", "CalciumSupplementation", "indicated_when", "Calcinosis", "neg"),
    # a reaction report's title: the disease goes with the drug suspected of it
    ("yellow-card-draft-lanthanum", "Calciphylaxis", "associated_with", "LanthanumCarbonate", "pos"),
    ("yellow-card-draft-lanthanum", "Calciphylaxis", "has_feature", "Tenderness", "pos"),
    # the calcinosis of a morphoea is that disease's calcinosis
    ("shin-ridges-rheumatology-letter", "CalcinosisCutisInMorphea", "located_in", "LowerLeg", "pos"),
    ("shin-ridges-rheumatology-letter", "CalcinosisCutisInMorphea", "has_feature", "SkinUlcer", "pos"),
    # the drug a disease began on is linked to it, and treats nothing
    ("thigh-wounds-anticoagulation-note", "Calciphylaxis", "associated_with", "Warfarin", "pos"),
    ("thigh-wounds-anticoagulation-note", "Calciphylaxis", "located_in", "Thigh", "pos"),
    ("thigh-wounds-anticoagulation-note", "HexasodiumFytate", "treats", "Calciphylaxis", "pos"),
    # a system review's line labelled by its organ: the disease, then the drug it is kept on
    ("olecranon-deposit-preop-review", APIXABAN, "treats", "AtrialFibrillation", "pos"),
    ("olecranon-deposit-preop-review", "MycophenolateMofetil", "treats", "InterstitialLungDisease", "pos"),
    # a form's field named for failure lists therapies that failed
    ("olecranon-deposit-preop-review", "Minocycline", "treats", "CalcinosisCutis", "neg"),
    ("olecranon-deposit-preop-review", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutis", "neg"),
    # "Cushing's" said alone is the disease
    ("terrier-pool-therapy-intake", "Trilostane", "treats", "Hyperadrenocorticism", "pos"),
    # a disease's calcinosis said by an adjective to be of a kind: "It is dystrophic", "the
    # calcinosis of lupus is regarded as dystrophic"
    ("mctd-fingertip-deposits-summary", "DystrophicCalcinosisCutis", "has_subtype", "CalcinosisCutisInMixedConnectiveTissueDisease", "pos"),
    ("mctd-fingertip-deposits-summary", "DystrophicCalcinosisCutis", "has_subtype", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
    # "It is a kind of …" of the calcinosis just named; "…, the type brought on by …" and "of the
    # dystrophic kind" name a kind of calcinosis cutis; "a grave and painful form of" still links
    ("kinds-of-skin-calcium-primer", "MetastaticCalcinosisCutis", "has_subtype", "CalcinosisCutisInChronicKidneyDisease", "pos"),
    ("kinds-of-skin-calcium-primer", "CalcinosisCutis", "has_subtype", "DystrophicCalcinosisCutis", "pos"),
    ("kinds-of-skin-calcium-primer", "CalcinosisCutis", "has_subtype", "IatrogenicCalcinosisCutis", "pos"),
    ("kinds-of-skin-calcium-primer", "CalcinosisCutis", "has_subtype", "Calciphylaxis", "pos"),
    # the class a text names for a drug brings the class's mode of action, which the ontology
    # states once; "oral calcium channel blocker" is the class, not oral calcium
    ("binder-and-blocker-drug-card", "LanthanumCarbonate", "mechanism_of_action", "PhosphateBinding", "pos"),
    ("binder-and-blocker-drug-card", "Verapamil", "mechanism_of_action", "CalciumChannelBlockade", "pos"),
    # what is true of the patients (a late start of treatment) goes with the calcinosis
    ("jdm-lumps-clinic-plan", "CalcinosisCutisInJuvenileDermatomyositis", "associated_with", "TreatmentDelay", "pos"),
    # "for sore, swollen or weeping lumps": a list of what the lesions are like marks them as the
    # deposits, and each item is when to use the therapy
    ("jdm-lumps-clinic-plan", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "pos"),
    ("jdm-lumps-clinic-plan", "IntralesionalCorticosteroid", "indicated_when", "Pain", "pos"),
    ("jdm-lumps-clinic-plan", "IntralesionalCorticosteroid", "indicated_when", "Swelling", "pos"),
    ("jdm-lumps-clinic-plan", "Colchicine", "indicated_when", "Tenderness", "pos"),
    ("jdm-lumps-clinic-plan", "Colchicine", "indicated_when", "Inflammation", "pos"),
    # a benefit that came to few helped them and failed the rest, both: "in just 2 of 15", "only a
    # small number"; a large share after "only" is a success alone
    ("dm-drug-audit-summary", "Verapamil", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-audit-summary", "Verapamil", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("dm-drug-audit-summary", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    ("dm-drug-audit-summary", "Probenecid", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("dm-drug-audit-summary", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    # a row's field named for failure, after other fields ("Case 2; Site: knee; Failed before …:")
    ("dm-drug-audit-summary", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
    # "X has two forms: A and B", where A is X itself by another name: B is still a kind of X
    ("tumoral-calcinosis-family-leaflet", "TumoralCalcinosis", "has_subtype", "CalcinosisCutisInChronicKidneyDisease", "pos"),
    # a drug that keeps a disease quiet treats it; "with or without" a drug withholds nothing; an
    # organ that is failing says nothing of the therapy
    ("lupus-myositis-medicines-review", "Hydroxychloroquine", "treats", "SystemicLupusErythematosus", "pos"),
    # "…, a tablet first given to transplant patients, keeps her myositis quiet": past the aside
    ("lupus-myositis-medicines-review", "MycophenolateMofetil", "treats", "InflammatoryMyopathy", "pos"),
    ("lupus-myositis-medicines-review", "Prednisolone", "treats", "InflammatoryMyopathy", "pos"),
    ("lupus-myositis-medicines-review", "IntravenousSodiumThiosulfate", "treats", "CalcinosisCutis", "pos"),
    # a kind named beside the kind right above it: the text files the one under the other
    ("idiopathic-lumps-teaching-slide", "IdiopathicCalcinosisCutis", "has_subtype", "SubepidermalCalcifiedNodule", "pos"),
    ("idiopathic-lumps-teaching-slide", "IdiopathicCalcinosisCutis", "has_subtype", "IdiopathicScrotalCalcinosis", "pos"),
    # cautions: a bracketed one after the drug (and not the drug of the clause before), a
    # procedure "not performed while …", and "never give … to people with …"
    ("flare-cautions-pharmacy-sheet", OBO + "CHEBI_3732", "indicated_when", "Pregnancy", "neg"),  # clarithromycin
    ("flare-cautions-pharmacy-sheet", "SurgicalExcision", "indicated_when", "DigitalIschemia", "neg"),
    ("flare-cautions-pharmacy-sheet", "IntravenousSodiumThiosulfate", "indicated_when", "HeartFailure", "neg"),
    # "calcification" said of a dystrophic calcinosis is the dystrophic process
    ("burn-scar-film-report", "DystrophicCalcinosisCutis", "has_mechanism", "DystrophicMineralization", "pos"),
    # the deposits' infection is the lesions' own; an infection before them is what they go with
    ("ssc-deposits-nurse-leaflet", "CalcinosisCutisInSystemicSclerosis", "has_feature", "RecurrentSkinInfection", "pos"),
    ("ssc-deposits-nurse-leaflet", "CalcinosisCutisInSystemicSclerosis", "associated_with", "Infection", "pos"),
    # a leg ulcer is one of the lower leg
    ("gaiter-wound-clinic-note", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("dm-myositis-follow-up-letter", "CalcinosisCutisInDermatomyositis", "located_in", "Elbow", "pos"),
    # "X is common." right after a sentence about a drug: the drug's harm
    ("verapamil-deposits-handout", "Verapamil", "has_adverse_effect", "Constipation", "pos"),
    # cautions with the drug as a pronoun (named in the clause before, or the sentence before),
    # on two drugs at once ("Neither A nor B may be …"), and "recommends avoiding X in Y"
    ("myositis-biologics-clinic-faq", "IntravenousImmunoglobulin", "indicated_when", "PulmonaryEmbolism", "neg"),
    ("myositis-biologics-clinic-faq", "IntravenousImmunoglobulin", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
    ("myositis-biologics-clinic-faq", "Rituximab", "indicated_when", "Tuberculosis", "neg"),
    ("myositis-biologics-clinic-faq", "Anakinra", "indicated_when", "Infection", "neg"),
    ("myositis-biologics-clinic-faq", "Tocilizumab", "indicated_when", "Infection", "neg"),
    ("myositis-biologics-clinic-faq", "Bisphosphonate", "indicated_when", "RenalInsufficiency", "neg"),
    # indications fronted ("In cases of …, X") or given as who may benefit; a regimen fronted
    # ("On X, …") or counted over all of a group ("in both patients on X") is the therapy given
    ("ssc-hand-deposits-review-excerpt", "Antibiotic", "indicated_when", "RecurrentSkinInfection", "pos"),
    ("ssc-hand-deposits-review-excerpt", "Curettage", "indicated_when", "ChalkyDischarge", "pos"),
    ("ssc-hand-deposits-review-excerpt", "Minocycline", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("ssc-hand-deposits-review-excerpt", "TopicalSodiumThiosulfate", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
    ("myositis-registry-form-notes", "CalcinosisCutisInDermatomyositis", "located_in", "Elbow", "pos"),
    # a lay text's "people get X on <drug>": the drug's harm
    ("myositis-biologics-clinic-faq", "Diltiazem", "has_adverse_effect", "PeripheralEdema", "pos"),
    # a raised calcium given as a number is the raised value a therapy of it treats
    ("supplement-excess-ward-note", "IntravenousSaline", "treats", "Hypercalcemia", "pos"),
    # a card's advice against a drug, with its reason after a colon or "unless …"; a drug that
    # "has disappointed" or "helps a minority" failed; "brought down my high calcium with X"
    ("calciphylaxis-wallet-card", "Warfarin", "indicated_when", "Calciphylaxis", "neg"),
    ("calciphylaxis-wallet-card", "CalciumSupplementation", "indicated_when", "Calciphylaxis", "neg"),
    ("calciphylaxis-wallet-card", "HyperbaricOxygenTherapy", "treats", "Calciphylaxis", "neg"),
    ("calciphylaxis-wallet-card", OBO + "CHEBI_7986", "treats", "Calciphylaxis", "neg"),  # pentoxifylline
    ("calciphylaxis-wallet-card", "ZoledronicAcid", "treats", "Hypercalcemia", "pos"),
    # a table of events by arm: each row's event is a harm of the arm that counts it, denied
    # where the count is 0
    ("minocycline-trial-safety-table", "Minocycline", "has_adverse_effect", "Dizziness", "pos"),
    ("minocycline-trial-safety-table", "Minocycline", "has_adverse_effect", "Hyperpigmentation", "pos"),
    ("minocycline-trial-safety-table", "Minocycline", "has_adverse_effect", "SkinRash", "neg"),
    # dialysis named with a failing kidney treats it, whatever the sentence is about
    ("renal-clinic-letter-dialysis", "PeritonealDialysis", "treats", "EndStageRenalDisease", "pos"),
    # the harms a therapy is said to risk, after it, after "it" or before it
    ("tofacitinib-counselling-notes", "Tofacitinib", "has_adverse_effect", "HerpesZoster", "pos"),
    ("tofacitinib-counselling-notes", "Tofacitinib", "has_adverse_effect", "PulmonaryEmbolism", "pos"),
    ("tofacitinib-counselling-notes", "Tofacitinib", "has_adverse_effect", "Pneumonia", "pos"),
    ("tofacitinib-counselling-notes", "SurgicalExcision", "has_adverse_effect", "WoundInfection", "pos"),
    ("tofacitinib-counselling-notes", "SurgicalExcision", "has_adverse_effect", "SepticArthritis", "pos"),
    # a finding "after the X infusion" is X's harm
    ("tofacitinib-counselling-notes", "Methylprednisolone", "has_adverse_effect", "Headache", "pos"),
    # a problem list's line "X since 2017, with A and B"; "part of CREST syndrome, alongside A"
    ("scleroderma-clinic-problem-list", "DiffuseCutaneousSystemicSclerosis", "has_feature", "Sclerodactyly", "pos"),
    ("scleroderma-clinic-problem-list", "DiffuseCutaneousSystemicSclerosis", "has_feature", "DigitalUlcer", "pos"),
    ("scleroderma-clinic-problem-list", "CRESTSyndrome", "has_feature", "Telangiectasia", "pos"),
    ("scleroderma-clinic-problem-list", "CalcinosisCutisInSystemicSclerosis", "has_feature", "DigitalUlcer", "pos"),
    # a purpose put first ("To prevent X she was given Y"); "on Y for it" after an infection; a
    # rash "where the cream went on"; a harm "more frequent on Y"; dialysis as a time only
    ("heparin-site-nodules-ward-notes", "Heparin", "treats", "PulmonaryEmbolism", "pos"),
    ("heparin-site-nodules-ward-notes", OBO + "CHEBI_5098", "treats", "RecurrentSkinInfection", "pos"),  # flucloxacillin
    ("thiosulfate-cream-skin-diary", "TopicalSodiumThiosulfate", "has_adverse_effect", "SkinRash", "pos"),
    ("heparin-site-nodules-ward-notes", "IntravenousSodiumThiosulfate", "has_adverse_effect", "Nausea", "pos"),
    ("heparin-site-nodules-ward-notes", "Nifedipine", "has_adverse_effect", "Headache", "pos"),
    # a place denied as spared, a link denied in words, an injury denied
    ("olecranon-deposit-pathology-report", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "located_in", "Hand", "neg"),
    ("olecranon-deposit-pathology-report", "CalcinosisCutis", "associated_with", "DiabetesMellitus", "neg"),
    ("olecranon-deposit-pathology-report", "CalcinosisCutis", "associated_with", "Trauma", "neg"),
    ("supplement-excess-skin-deposits", "Sevelamer", "mechanism_of_action", "PhosphateBinding", "pos"),
    # a therapy a change for the better came after is no cause of the calcinosis
    ("parathyroidectomy-softening-case", "Parathyroidectomy", "treats", "MetastaticCalcinosisCutis", "pos"),
    # a drug said to lower, normalise or keep down a blood value treats the raised value the
    # document names; a note's "adj Ca 3.48 → 2.91" is a fall of calcium
    ("renal-pharmacy-mineral-review", "SucroferricOxyhydroxide", "treats", "Hyperphosphatemia", "pos"),
    ("renal-pharmacy-mineral-review", "Prednisolone", "treats", "Hypercalcemia", "pos"),
    ("renal-pharmacy-mineral-review", "IntravenousSaline", "treats", "Hypercalcemia", "pos"),
    ("renal-pharmacy-mineral-review", "Cinacalcet", "treats", "Hypercalcemia", "neg"),
    # an infection said of an infected lesion is that lesion's infection; the course of it after
    # "each time", "it" or "both" ("…, each time clearing on doxycycline")
    ("district-nurse-visit-log", "Antibiotic", "treats", "RecurrentSkinInfection", "pos"),
    ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "located_in", "Elbow", "pos"),
    ("hand-clinic-plan-calcinosis", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "located_in", "Thumb", "pos"),
    ("district-nurse-visit-log", "CalcinosisCutisInDermatomyositis", "associated_with", "Infection", "pos"),
    ("district-nurse-visit-log", "Doxycycline", "treats", "RecurrentSkinInfection", "pos"),
    ("district-nurse-visit-log", OBO + "CHEBI_3534", "treats", "RecurrentSkinInfection", "pos"),  # cephalexin
    ("district-nurse-visit-log", OBO + "CHEBI_5098", "treats", "RecurrentSkinInfection", "pos"),  # flucloxacillin
    # a lesion that "hardly ever" goes by itself does not
    ("scrotal-nodules-patient-leaflet", "IdiopathicScrotalCalcinosis", "has_feature", "SpontaneousResolution", "neg"),
    # "muscle disease" and "muscle inflammation" are the patient's myositis; a verb of treating
    # after an aside, or failing ("had not healed", "barely touches")
    ("myositis-clinic-medication-review", "Azathioprine", "treats", "JuvenileDermatomyositis", "pos"),
    ("myositis-clinic-medication-review", "Tacrolimus", "treats", "JuvenileDermatomyositis", "pos"),
    ("myositis-clinic-medication-review", "Paracetamol", "treats", "Pain", "neg"),
    ("myositis-clinic-medication-review", "NegativePressureWoundTherapy", "treats", "SkinUlcer", "neg"),
    # a list of states said to come of another, and a cause said with "may in turn"
    ("myeloma-skin-papules-ward-round", "Hypercalcemia", "associated_with", "MultipleMyeloma", "pos"),
    ("myeloma-skin-papules-ward-round", "AcuteKidneyInjury", "associated_with", "MultipleMyeloma", "pos"),
    ("myeloma-skin-papules-ward-round", "Nephrolithiasis", "associated_with", "Hypercalcemia", "pos"),
    # a drug chart's "Indication" is what the patient's drug is given for
    ("renal-ward-drug-chart", "LanthanumCarbonate", "treats", "Hyperphosphatemia", "pos"),
    ("renal-ward-drug-chart", "Amlodipine", "treats", "Hypertension", "pos"),
    ("renal-ward-drug-chart", "Paracetamol", "treats", "Pain", "pos"),
    # a therapy that helped some but not others: it helped, and it failed
    ("calcinosis-medicines-patient-faq", "Probenecid", "treats", "CalcinosisCutis", "pos"),
    ("calcinosis-medicines-patient-faq", "Probenecid", "treats", "CalcinosisCutis", "neg"),
    # what the lesions a sentence opens on are like is when to use what "can be" done to them
    ("calcinosis-medicines-patient-faq", "SurgicalExcision", "indicated_when", "Ulceration", "pos"),
    ("calcinosis-medicines-patient-faq", "SurgicalExcision", "indicated_when", "RecurrentSkinInfection", "pos"),
    # what a state "was corrected with" when a reading in brackets comes between; each dosed item
    # of a medicines list is for the use after the list
    ("hungry-bone-discharge-summary", "CalciumGluconate", "treats", OBO + "HP_0002901", "pos"),
    ("hungry-bone-discharge-summary", "Alfacalcidol", "treats", OBO + "HP_0002901", "pos"),  # hypocalcemia
    ("hungry-bone-discharge-summary", "Amlodipine", "treats", "Hypertension", "pos"),
    ("hungry-bone-discharge-summary", OBO + "CHEBI_3127", "treats", "Hypertension", "pos"),  # bisoprolol
    # a state "due to" another, read past the short name in brackets after the first
    ("hungry-bone-discharge-summary", "EndStageRenalDisease", "associated_with", "LupusNephritis", "pos"),
    # the signs a sentence gives of another disease it names are that disease's: after a colon,
    # "with", "presents as" or "people with D have"; before "typical of" (a syndrome filed as a
    # finding too); the places of those signs are the disease's as well
    ("osteoma-cutis-endocrine-letter", "Pseudohypoparathyroidism", "has_feature", "ShortStature", "pos"),
    ("osteoma-cutis-endocrine-letter", "Pseudohypoparathyroidism", "has_feature", "Brachydactyly", "pos"),
    ("osteoma-cutis-endocrine-letter", "Hypercalcemia", "has_feature", OBO + "HP_0000103", "pos"),  # polyuria
    ("osteoma-cutis-endocrine-letter", "CarpalTunnelSyndrome", "has_feature", "Paresthesia", "pos"),
    ("osteoma-cutis-endocrine-letter", "RaynaudPhenomenon", "has_feature", "Numbness", "pos"),
    ("osteoma-cutis-endocrine-letter", "RaynaudPhenomenon", "located_in", "Finger", "pos"),
    ("osteoma-cutis-endocrine-letter", "Pilomatricoma", "has_feature", "SkinNodule", "pos"),
    ("osteoma-cutis-endocrine-letter", "Pilomatricoma", "has_feature", "Pain", "neg"),
    ("osteoma-cutis-endocrine-letter", "Pilomatricoma", "located_in", "Neck", "pos"),
    # … and what the sentence denies of the patient stays the calcinosis's
    ("osteoma-cutis-endocrine-letter", "OsteomaCutis", "has_feature", "Fever", "neg"),
    # the deposits' own places and symptoms, beside another disease's place and places said normal
    ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "LowerLeg", "pos"),
    ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "has_feature", "Pain", "pos"),
    # what follows a kind's adjective, said ("are dystrophic, …") or as a label ("Dystrophic: …",
    # "Metastatic disease, the rarer kind, …"), in a text on calcinosis cutis at large is that kind's
    ("calcinosis-claims-guidance", "DystrophicCalcinosisCutis", "has_mechanism", "TissueDamage", "pos"),
    # … and the label names a kind of calcinosis cutis
    ("calcinosis-claims-guidance", "CalcinosisCutis", "has_subtype", "DystrophicCalcinosisCutis", "pos"),
    ("calcinosis-claims-guidance", "CalcinosisCutis", "has_subtype", "MetastaticCalcinosisCutis", "pos"),
    ("calcinosis-claims-guidance", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "pos"),
    ("calcinosis-claims-guidance", "MetastaticCalcinosisCutis", "has_mechanism", "AbnormalCalciumPhosphateMetabolism", "pos"),
    # what a list entry labelled by a kind goes on to say is that kind's
    ("calcinosis-claims-guidance", "CalcinosisCutis", "has_subtype", "IatrogenicCalcinosisCutis", "pos"),
    ("calcinosis-claims-guidance", "IatrogenicCalcinosisCutis", "has_mechanism", "CalciumSaltExtravasation", "pos"),
    # a list entry opening on its own calcinosis is read for it though it names a therapy
    ("calcinosis-claims-guidance", "TumoralCalcinosis", "located_in", "Hip", "pos"),
    ("calcinosis-claims-guidance", "TumoralCalcinosis", "located_in", "Shoulder", "pos"),
    # a binder "without adding calcium" binds phosphate and chelates no calcium
    ("calcinosis-claims-guidance", "Sevelamer", "mechanism_of_action", "PhosphateBinding", "pos"),
    # the reason for stopping a drug, and what a share of patients reported after it, are its harms
    ("calcinosis-claims-guidance", "LanthanumCarbonate", "has_adverse_effect", OBO + "HP_0003270", "pos"),  # bloating
    ("calcinosis-claims-guidance", "Pamidronate", "has_adverse_effect", "Fever", "pos"),
    # what a drug eases is the calcinosis's symptom, what it "can cause" after "but" its harm
    ("calcinosis-claims-guidance", "CalcinosisCutis", "has_feature", "Pain", "pos"),
    # a reaction to the therapy just named makes the sentence's counts that therapy's harms
    ("calcinosis-claims-guidance", "Infliximab", "has_adverse_effect", "InfusionReaction", "pos"),
    ("calcinosis-claims-guidance", "Infliximab", "has_adverse_effect", "Pneumonia", "pos"),
    # a sentence opening on a calcinosis tells of it though a therapy follows the words of cause
    ("calcinosis-claims-guidance", "Calciphylaxis", "has_mechanism", "VascularCalcification", "pos"),
    ("calcinosis-claims-guidance", "Calciphylaxis", "has_feature", "Pain", "pos"),
    # surgery on calcinosis, for it, and when it is done, is the deposits' excision
    ("calcinosis-claims-guidance", "SurgicalExcision", "treats", "CalcinosisCutis", "pos"),
    ("calcinosis-claims-guidance", "SurgicalExcision", "indicated_when", "Pain", "pos"),
]


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: "|".join(e[:4]))
def test_unseen_document_facts_are_found(facts, expected):
    assert any(f[:5] == expected for f in facts), expected


def test_a_results_table_counts_against_the_row_s_patients(facts):
    outcomes = {
        f[6]
        for f in facts
        if f[0] == "ssc-calcinosis-agent-table" and f[1] == "Diltiazem" and f[2] == "has_outcome"
    }
    partial = next(o for o in outcomes if o.startswith("partial response"))
    assert "5/12" in partial and "42%" in partial and "14 months" in partial, outcomes
    assert any(o.startswith("full clearance") and "1/12" in o for o in outcomes), outcomes
    # a row given as "Header: cell; …" is read once, against its total
    thiosulfate = {
        f[6]
        for f in facts
        if f[0] == "ssc-calcinosis-agent-table"
        and f[1] == "IntralesionalSodiumThiosulfate"
        and f[2] == "has_outcome"
    }
    assert len(thiosulfate) == 1 and "6/9" in thiosulfate.pop()


def test_numbers_travel_with_outcomes_and_adverse_effects(facts):
    outcomes = {f[6] for f in facts if f[2] == "has_outcome" and f[1] == "ExtracorporealShockWaveLithotripsy"}
    assert any("75%" in o and "6/8" in o for o in outcomes), outcomes
    rates = {f[7] for f in facts if f[2] == "has_adverse_effect" and f[3] == "Erythema"}
    assert any("25%" in r and "2/8" in r for r in rates), rates


@pytest.mark.parametrize(
    ("doc", "owner", "numbers"),
    [("ssc-oral-drug-audit", "Nifedipine", "4/14"), ("ssc-oral-drug-audit", "Nifedipine", "7/14"),
     ("ssc-oral-drug-audit", "Nifedipine", "3/14"), ("ssc-oral-drug-audit", "SodiumEtidronate", "0/8"),
     ("ssc-oral-drug-audit", "Minocycline", "9/11"),
     # "13 children (62%)" after "Twenty-one children … were included"; "in 9 of the 12 who had pain"
     ("sts-cream-children", "TopicalSodiumThiosulfate", "62% (13/21)"),
     ("sts-cream-children", "TopicalSodiumThiosulfate", "9/12"),
     # "… in 12 of 18 patients who reported pain at baseline": the relative clause says who counted
     ("thiosulfate-tablets-cohort", "OralSodiumThiosulfate", "improvement of pain scores 12/18"),
     ("thiosulfate-tablets-cohort", "OralSodiumThiosulfate", "no change 30%"),
     # "14 out of 18 patients said their pain was better six weeks after surgery"
     ("fingertip-surgery-leaflet", "SurgicalExcision", "pain better 14/18"),
     # "After a median of 10 months, deposits had shrunk in 11 …, and were larger in 6 (23%)"
     ("probenecid-colchicine-chart-review", "Probenecid", "larger 23%"),
     ("probenecid-colchicine-chart-review", "Probenecid", "grown again 3/11"),
     ("probenecid-colchicine-chart-review", "Probenecid", "42% (n=11) after median 10 months"),
     # a note's "pain 8/10 to 3/10": a score out of its maximum, before and after
     ("wrist-periarthritis-urgent-care", OBO + "CHEBI_5855", "pain from 8/10 to 3/10"),
     ("wrist-periarthritis-urgent-care", "Colchicine", "CRP from 31 to 12"),
     # a results list's item with no therapy named: the review's therapy
     ("immunoglobulin-drip-lay-review", "IntravenousImmunoglobulin", "9/20"),
     # "in 11 of 16 (69%) adults on rituximab": the count of those on it, not a background drug;
     # "none of the four given infliximab improved": the therapy inside the result
     ("vasculitis-study-cards-and-abstract", "Rituximab", "69% (11/16)"),
     ("vasculitis-study-cards-and-abstract", "Infliximab", "0/4"),
     # a regimen fronted before its result ("On X, … improved in all three …")
     ("ssc-hand-deposits-review-excerpt", "Minocycline", "improvement of tenderness 3/3"),
     # a verdict asked of those who had it: "rated unhelpful by 11 of 15 patients"
     ("calcinosis-infusion-clinic-diary", "TopicalSodiumThiosulfate", "unhelpful 11/15"),
     # "11 of 13 (85%) had no new nodules a year after excision": spared them, not a harm's rate
     ("myositis-clinic-letter-to-gp", "SurgicalExcision", "no new nodules 85% (11/13)"),
     # "… free of recurrence …; 2 had a recurrence": the later harm does not take the result
     ("myositis-clinic-letter-to-gp", "Curettage", "freedom from recurrence 80% (8/10)")],
)
def test_counts_are_over_the_group_they_count(facts, doc, owner, numbers):
    labels = {f[6] for f in facts if f[0] == doc and f[1] == owner and f[2] == "has_outcome"}
    assert any(numbers in lab for lab in labels), labels


@pytest.mark.parametrize(
    ("doc", "effect", "numbers"),
    [("sts-cream-children", "SkinIrritation", "4/21"), ("thiosulfate-tablets-cohort", "Diarrhea", "27%")],
)
def test_an_adverse_effect_rate_is_over_the_study_size_where_it_fits(facts, doc, effect, numbers):
    rates = {f[7] for f in facts if f[0] == doc and f[3] == effect}
    assert any(numbers in r for r in rates), rates


@pytest.mark.parametrize(
    ("doc", "owner", "numbers"),
    [
        # "…, none of 6 improved on probenecid, and curettage …": not pamidronate's zero
        ("three-arm-calcinosis-audit", "Pamidronate", "0/6"),
        ("three-arm-calcinosis-audit", "Curettage", "0/6"),
        # "…, 2 of 9 with placebo": the comparison arm's result is not the cream's
        ("three-arm-calcinosis-audit", "TopicalSodiumThiosulfate", "2/9"),
    ],
)
def test_a_result_is_not_given_to_a_therapy_it_is_not_about(facts, doc, owner, numbers):
    labels = {f[6] for f in facts if f[0] == doc and f[1] == owner and f[2] == "has_outcome"}
    assert labels and not any(numbers in lab for lab in labels), labels


@pytest.mark.parametrize(
    ("doc", "owner", "numbers"),
    [
        # the title names a drug class, the methods the drug the patients received
        ("tnf-series", "Infliximab", "5/9"),
        # "A, alone or with B": A is the therapy studied, B an addition
        ("cream-pilot", "TopicalSodiumThiosulfate", "8/12"),
        # a review's result under the heading of the procedure it reports on
        ("procedures-overview", "CO2Laser", "10/14"),
        # "was followed by improvement in 3 of 4"
        ("clinic-letter", "Colchicine", "3/4"),
        # a result in the sentence after the one naming the therapy, in the same paragraph
        ("injection-review", "Triamcinolone", "5/8"),
        # "excised … and had not come back at 18 months": how the excision did, not a rate
        ("dialysis-fingertip-case", "SurgicalExcision", "18 months"),
        # a series' result is the drug it studied, not the drugs "given alongside"
        ("rituximab-information-reply", "IntravenousImmunoglobulin", "8/22"),
        # "A combined with B": both are the therapy studied
        ("paired-therapy-audit", "Pamidronate", "6/11"),
        ("paired-therapy-audit", "Diltiazem", "6/11"),
        # "…, none of 6 improved on probenecid, and …": the zero is probenecid's
        ("three-arm-calcinosis-audit", "Probenecid", "0/6"),
        # … and not to those the deposits grew despite before it
        ("refractory-myositis-deposits-audit", "Infliximab", "5/9"),
    ],
)
def test_results_with_no_therapy_named_go_to_the_therapy_studied(facts, doc, owner, numbers):
    owners = {f[1] for f in facts if f[0] == doc and f[2] == "has_outcome" and numbers in f[6]}
    assert owner in owners, owners


@pytest.mark.parametrize(
    "absent",
    [
        ("tnf-series", "Colchicine", "has_outcome"),  # what the patients had before
        ("tnf-series", "CalcinosisCutisInSystemicSclerosis", "located_in", "Knee"),  # the other group's site
        ("chloride-infant", "CalciumChloride", "has_outcome"),  # the title's drug caused the lesion
        ("two-drug-audit", "Bisphosphonate", "treats"),  # "were not used": not given, no fact
        # "lcSSc whose calcinosis was treated with X": the calcinosis was treated, not the disease
        ("two-drug-audit", "Minocycline", "treats", "LimitedCutaneousSystemicSclerosis"),
        ("two-drug-audit", "Colchicine", "treats", "CalcinosisCutis"),  # the woman's DM says which
        # "for osteoporosis, developing hypercalcaemia": what it caused, not what it was for
        ("renal-unit-note", "CalciumCarbonate", "treats", "Hypercalcemia"),
        # "X replaced his calcium acetate, and cinacalcet was begun for": cinacalcet alone
        ("renal-unit-note", "CalciumAcetate", "treats", "SecondaryHyperparathyroidism"),
        ("renal-unit-note", "Sevelamer", "treats", "SecondaryHyperparathyroidism"),
        # "for ulcers over the deposits": the deposits are what is treated
        ("renal-unit-note", "TopicalSodiumThiosulfate", "treats", "SkinUlcer"),
        # the therapy the broken-down wound needed did not cause it
        ("elbow-excision-series", "NegativePressureWoundTherapy", "has_adverse_effect"),
        # a drug the patient was merely on, or that was held, did not cause an infusion injury
        ("infusion-ward-note", "IatrogenicCalcinosisCutis", "associated_with", OBO + "CHEBI_68579"),
        ("infusion-ward-note", "IatrogenicCalcinosisCutis", "associated_with", "Amlodipine"),
        ("infusion-ward-note", "Amlodipine", "treats"),
        ("infusion-ward-note", OBO + "CHEBI_40279", "treats", "IatrogenicCalcinosisCutis"),
        ("infusion-ward-note", "IatrogenicCalcinosisCutis", "associated_with", "Gout"),
        # "They were sore but did not ulcerate" speaks of the papules, not of the drug named before
        ("infusion-ward-note", OBO + "CHEBI_68579", "has_adverse_effect"),
        ("infusion-ward-note", "Curettage", "indicated_when", "Papule"),  # the lesion bears it
        ("infusion-ward-note", OBO + "CHEBI_5855", "treats"),  # to be avoided, not given
        # "has not yet been tested against calcinosis"; what it was given for is no adverse effect
        ("vasoactive-drugs-review", OBO + "CHEBI_135949", "treats", "CalcinosisCutisInSystemicSclerosis"),
        ("vasoactive-drugs-review", OBO + "CHEBI_50861", "has_adverse_effect", "DigitalUlcer"),
        ("vasoactive-drugs-review", "Calcitriol", "treats"),
        ("vasoactive-drugs-review", OBO + "CHEBI_9139", "treats"),  # "Sildenafil - withheld"
        # what may happen "if the baby … keeps vomiting" is no feature
        ("newborn-skin-chapter", "SubcutaneousFatNecrosisOfTheNewborn", "has_feature", "Vomiting"),
        ("newborn-skin-chapter", "IntravenousSaline", "treats", "SubcutaneousFatNecrosisOfTheNewborn"),
        # the operation after which the hypocalcaemia came did not treat it
        ("transplant-ward-summary", "KidneyTransplantation", "treats"),
        ("transplant-ward-summary", "CalciumChloride", "treats", "Bleeding"),  # what caused it
        ("elbow-curettage-review", "CalcinosisCutis", "has_feature", "Scarring", "pos"),  # the operation's
        ("elbow-curettage-review", "CalcinosisCutis", "has_feature", "Recurrence"),
        ("elbow-curettage-review", "Curettage", "has_adverse_effect", "Scarring", "neg"),  # left alone
        ("heel-stick-nodules", "HeelStick", "has_adverse_effect", "Scarring"),  # the lesion's, not its cause's
        # a scar an old burn left is no sequel of the operation
        ("heel-lumps-down-syndrome", "SurgicalExcision", "has_adverse_effect", "Scarring"),
        # deposits growing "inside old burn scars": the scar is where they lie, no feature of theirs
        ("excision-aftercare-leaflet", "CalcinosisCutis", "has_feature", "Scarring"),
        ("dm-drug-choices-summary", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("dm-drug-choices-summary", "SodiumThiosulfate", "mechanism_of_action", "IncreasedRenalPhosphateExcretion"),
        ("dm-drug-choices-summary", "Probenecid", "mechanism_of_action", "CalciumChelation"),
        ("dm-drug-choices-summary", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        # the complaint a drug is "for" in a medicines list is no feature of the calcinosis
        ("dm-drug-choices-summary", "CalcinosisCutisInDermatomyositis", "has_feature", "Heartburn"),
        ("dm-drug-choices-summary", "Curettage", "treats"),
        # "…; pamidronate was not needed" and the next sentence's result: the saline's
        ("dm-drug-choices-summary", "Pamidronate", "has_outcome"),
        ("transplant-ward-summary", "Amlodipine", "treats", "CalcinosisCutis"),
        # given once other drugs had failed: it is the others that failed
        ("probenecid-colchicine-chart-review", "Rituximab", "treats", "DystrophicCalcinosisCutis", "neg"),
        ("probenecid-colchicine-chart-review", "DystrophicCalcinosisCutis", "has_feature", "Arthralgia"),
        # "did not undergo curettage", "were not excised": not given, so neither failed
        ("probenecid-colchicine-chart-review", "Curettage", "treats"),
        ("probenecid-colchicine-chart-review", "SurgicalExcision", "treats"),
        # "…, and resume only after the infection has settled": when to go back on it
        ("probenecid-colchicine-chart-review", "Rituximab", "indicated_when", "Infection"),
        # the caption's drug, not the title's other one, had the table's adverse events
        ("probenecid-colchicine-chart-review", "Probenecid", "has_adverse_effect"),
        # the bruising after a list item's therapy is its harm, not a feature of the spots; a
        # plan's "Consider … if" says nothing of what the drug did
        ("knuckle-spots-log", "CalcinosisCutis", "has_feature", "Bruising"),
        ("knuckle-spots-log", "Minocycline", "has_outcome"),
        # what one item's therapy is carried to stops at the next item: the calcium of a stay in
        # hospital is no result of the drug the item before named
        ("knuckle-spots-log", "Cinacalcet", "has_outcome"),
        ("eyebrow-lump-column", "MalignantNeoplasm"),
        ("chest-wall-plaque-note", "Radiotherapy", "mechanism_of_action"),
        ("chest-wall-plaque-note", "Radiotherapy", "treats"),
        # "… is not needed": not given; a low potassium corrected says nothing of the plaque
        ("chest-wall-plaque-note", "IncisionAndDrainage"),
        ("chest-wall-plaque-note", "DystrophicCalcinosisCutis", "associated_with", "Hypokalemia"),
        # what a trial will measure is no harm of its drug
        ("knuckle-trial-entry", "Minocycline", "has_adverse_effect", "Pain"),
        ("knuckle-trial-entry", "Minocycline", "has_adverse_effect", "SkinUlcer"),
        # a blood value it lowered says nothing of the deposits
        ("wrist-periarthritis-urgent-care", "Colchicine", "treats", "PeriarticularCalcification"),
        # the lumps that persist bear the indication; they are not it
        ("forearm-nodules-pharmacy-review", "Curettage", "indicated_when", "SkinNodule"),
        # the features a diagnosis comes with are not the calcinosis's
        ("sclerosis-referral-triage", "CalcinosisCutis", "associated_with", "Telangiectasia"),
        ("sclerosis-referral-triage", "CalcinosisCutis", "associated_with", "Sclerodactyly"),
        # what the injection is to do after it is named is no indication
        ("forearm-nodules-pharmacy-review", "IntralesionalCorticosteroid", "indicated_when", "Inflammation"),
        ("forearm-nodules-pharmacy-review", "Probenecid", "treats", "CalcinosisCutis", "pos"),
        ("forearm-nodules-pharmacy-review", "Calcipotriol", "treats", "CalcinosisCutis", "pos"),
        # "Because of the calciphylaxis, rivaroxaban was replaced by apixaban": the anticoagulant
        # put in place of the other is not given for the calciphylaxis either
        ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_72296", "treats", "Calciphylaxis"),  # apixaban
        # "For her secondary hyperparathyroidism, cinacalcet": what it treats, not an indication;
        # "Stop X because of her hypercalcaemia": X treats nothing there
        ("anticoagulation-calciphylaxis-consult", "Cinacalcet", "indicated_when", "SecondaryHyperparathyroidism"),
        ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_3013", "treats"),  # bendroflumethiazide
        # "kept for eschars that spread, since the wound … is often infected": why, not when
        ("anticoagulation-calciphylaxis-consult", "SurgicalExcision", "indicated_when", "RecurrentSkinInfection"),
        # "in maintenance haemodialysis", "in a kidney transplant recipient": who the patients are
        ("anticoagulation-calciphylaxis-consult", "Hemodialysis", "treats", "Calciphylaxis"),
        ("anticoagulation-calciphylaxis-consult", "KidneyTransplantation", "treats", "Calciphylaxis"),
        ("dm-drug-roundup", "Alendronate", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # "discontinued owing to her calciphylaxis": kept from it, not given for it
        ("anticoagulation-calciphylaxis-consult", OBO + "CHEBI_85973", "treats", "Calciphylaxis"),
        ("anticoagulation-calciphylaxis-consult", "CalciumAcetate", "treats", "Calciphylaxis"),
        ("anticoagulation-calciphylaxis-consult", "Cinacalcet", "indicated_when"),
        ("anticoagulation-calciphylaxis-consult", "Calcitriol", "treats", "Hypercalcemia"),
        ("anticoagulation-calciphylaxis-consult", "Calcitriol", "indicated_when", "Hypercalcemia", "pos"),
        # "may lower the serum phosphate by raising urinary losses": how it works; "patients on
        # haemodialysis" say who is given it
        ("renal-pharmacy-mineral-review", "Probenecid", "treats", "Hyperphosphatemia"),
        ("renal-pharmacy-mineral-review", "Hemodialysis", "treats", "Hyperphosphatemia"),
        # the papules a procedure cleared are the calcinosis it treats; a dressing that failed to
        # heal an ulcer was given for the ulcer; the inflammation of muscle is the myositis
        ("myositis-clinic-medication-review", "Curettage", "treats", "Papule"),
        ("myositis-clinic-medication-review", "NegativePressureWoundTherapy", "treats",
         "CalcinosisCutisInJuvenileDermatomyositis"),
        ("myositis-clinic-medication-review", "Tacrolimus", "treats", "Inflammation"),
        ("renal-ward-drug-chart", "LanthanumCarbonate", "indicated_when"),
        ("renal-ward-drug-chart", "Paracetamol", "treats", "SkinPlaque"),
        ("calcinosis-medicines-patient-faq", "SurgicalExcision", "indicated_when", "SkinNodule"),
        # what bleeding "needed" was given for the state named after "for"; what corrected a state
        # did not cause it
        ("hungry-bone-discharge-summary", "CalciumChloride", "treats", "Bleeding"),
        ("hungry-bone-discharge-summary", "CalciumGluconate", "has_adverse_effect"),
        # another disease's signs and their places are not the calcinosis's; "no fever or other
        # sign of infection" gives the infection nothing; "lumps of calcium" are the deposits
        ("osteoma-cutis-endocrine-letter", "OsteomaCutis", "has_feature", "RoundFace"),
        ("osteoma-cutis-endocrine-letter", "OsteomaCutis", "has_feature", "Paresthesia"),
        ("osteoma-cutis-endocrine-letter", "OsteomaCutis", "located_in", "Neck"),
        ("osteoma-cutis-endocrine-letter", "Infection", "has_feature"),
        ("osteoma-cutis-endocrine-letter", "JuvenileDermatomyositis", "has_feature"),
        # the place of another disease ("psoriasis of both elbows") or of a finding no deposit
        # brings ("weakness of the hips"), and places said to be normal, are no calcinosis's
        ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "Elbow"),
        ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "Hip"),
        ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "Knee"),
        ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "Scalp"),
        ("shin-nodules-tissue-viability-review", "CalcinosisCutis", "located_in", "Ear"),
        ("renal-outreach-review-note", "Warfarin", "treats"),
        # … nor the drug begun in its place
        ("renal-outreach-review-note", APIXABAN, "treats", "Calciphylaxis"),
        ("coumarin-calciphylaxis-primer", "Warfarin", "treats"),
        # … and neither they nor the disease are the deposits' company
        ("registrar-teaching-note-lupus-lumps", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "Arthralgia"),
        ("registrar-teaching-note-lupus-lumps", "CalcinosisCutisInSystemicLupusErythematosus", "associated_with", "Sarcoidosis"),
        ("registrar-teaching-note-lupus-lumps", "CalcinosisCutisInSystemicLupusErythematosus", "located_in", "Hand"),
        # a drug a headline says was stopped for the disease does not treat it
        ("tissue-viability-calciphylaxis-summary", "Warfarin", "treats"),
        ("tissue-viability-calciphylaxis-summary", "Debridement", "treats", "Calciphylaxis", "neg"),
        # a purpose is its own clause's therapy's, how a drug works is no use, and a level that
        # says who the patients are is no value a therapy failed to move
        ("haemodialysis-monthly-bloods-review", "CalciumAcetate", "treats", "SecondaryHyperparathyroidism"),
        ("haemodialysis-monthly-bloods-review", "SucroferricOxyhydroxide", "treats", "SecondaryHyperparathyroidism"),
        ("haemodialysis-monthly-bloods-review", "Probenecid", "treats", "Hyperphosphatemia"),
        ("haemodialysis-monthly-bloods-review", "Parathyroidectomy", "treats", "SecondaryHyperparathyroidism"),
        # what a thing the lexicon lacks brings on ("The jab commonly causes … a mild fever") is
        # no feature of the disease the letter is about
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "Fever"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "Arm"),
        # … nor a harm of the drug named before it
        ("myositis-clinic-letter-to-gp", "Calcitriol", "has_adverse_effect", "Fever"),
        # "The same process narrows the small arteries …, causing … digital ulcers": what the
        # disease brings, not a harm of the cream the synopsis is about
        ("thiosulfate-cream-trial-synopsis", "TopicalSodiumThiosulfate", "has_adverse_effect", "DigitalUlcer"),
        # "methotrexate for the arthritis, aspirin 75 mg daily and amlodipine for her high blood
        # pressure": in a list whose items say their own uses, the last use is the last item's
        ("physiotherapy-referral-shin-plaques", OBO + "CHEBI_15365", "treats", "Hypertension"),  # aspirin
        # "due to systemic sclerosis or else dermatomyositis": a tie to two diseases names no one
        # disease's calcinosis for the note
        ("hand-therapy-splint-note", "CalcinosisCutisInSystemicSclerosis", "located_in", "Fingertip"),
        # "… shows no pain now, and for a cat whose kidneys are weak meloxicam can cause vomiting
        # …; she was thin and dehydrated": what the drug can cause follows it in its clause
        ("clinic-newsletter-pad-lumps", OBO + "CHEBI_6741", "has_adverse_effect", "Dehydration"),
        ("clinic-newsletter-pad-lumps", OBO + "CHEBI_6741", "has_adverse_effect", "Pain"),
        # a lesion denied at each place of a list, and a drug said to have "brought it on"
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "Hip", "pos"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "Ankle", "pos"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "SkinRash"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "HeliotropeRash"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "GottronPapules"),
        ("myositis-clinic-letter-to-gp", "Hydroxychloroquine", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "pos"),
        ("myositis-clinic-letter-to-gp", "Methotrexate", "treats", "CalcinosisCutisInJuvenileDermatomyositis", "pos"),
        ("myositis-clinic-letter-to-gp", OBO + "CHEBI_5855", "has_adverse_effect"),  # ibuprofen
        ("myositis-clinic-letter-to-gp", "Pamidronate", "treats"),
        ("myositis-clinic-letter-to-gp", "Nifedipine", "indicated_when"),
        ("myositis-clinic-letter-to-gp", "Hydroxychloroquine", "has_adverse_effect"),
        # … the drug stopped, with no reason said, is no treatment of it
        ("myositis-clinic-letter-to-gp", "Calcitriol", "treats"),
        # … "in his skin and muscles": where the inflammation went on, not the lumps
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "located_in", "SkeletalMuscle"),
        # a question asks and says nothing
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "Erythema"),
        ("myositis-clinic-letter-to-gp", "Colchicine", "has_adverse_effect", "Diarrhea"),
        # "Etidronate, a bisphosphonate (BP) …, was not started": nor its class, nor the class's
        # abbreviation
        ("myositis-clinic-letter-to-gp", "SodiumEtidronate", "treats"),
        ("myositis-clinic-letter-to-gp", "Bisphosphonate", "treats"),
        ("myositis-clinic-letter-to-gp", "NonsteroidalAntiInflammatoryDrug", "treats"),
        ("myositis-clinic-letter-to-gp", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "Pain"),
        # a cream used "to numb the skin ahead of the cannula" is for the procedure
        ("myositis-clinic-letter-to-gp", OBO + "CHEBI_6456", "treats"),  # lidocaine
        # "10 of 12 excised nodules had no recurrence": spared it, a result and no harm
        ("myositis-clinic-letter-to-gp", "SurgicalExcision", "has_adverse_effect", "Recurrence"),
        ("myositis-clinic-letter-to-gp", OBO + "CHEBI_7476", "has_adverse_effect"),  # naproxen
        ("myositis-clinic-letter-to-gp", "Diltiazem", "has_adverse_effect", "DigitalUlcer"),
        ("myositis-clinic-letter-to-gp", "Corticosteroid", "treats"),
        # a drug taken "for it", the disease the sentence before named, is not for the deposits
        ("renal-pharmacist-medicines-review", "Levothyroxine", "treats", "MetastaticCalcinosisCutis"),
        # … nor, where that sentence named a disease only as who has "it", that disease
        ("renal-pharmacist-medicines-review", "Nifedipine", "treats", "SystemicSclerosis"),
        ("renal-pharmacist-medicines-review", "Nifedipine", "treats", "MetastaticCalcinosisCutis"),
        # what only dated the injection, and what was discussed or offered but not given
        ("rheumatology-registrar-phone-review", "SurgicalExcision", "treats"),
        ("rheumatology-registrar-phone-review", "TopicalSodiumThiosulfate", "treats"),
        ("rheumatology-registrar-phone-review", "Diltiazem", "treats"),
        ("rheumatology-registrar-phone-review", "Curettage", "treats"),
        # given for the raised value said in the same breath, not for the deposits
        ("oncology-ward-handover-calcium", "Sevelamer", "treats", "CalcinosisCutis"),
        # where a symptom that is no lesion is felt ("numbness in both hands", "calf cramps") is
        # no site of the calcinosis
        ("fingertip-calcinosis-phone-follow-up", "CalcinosisCutisInSystemicSclerosis", "located_in", "Hand"),
        ("fingertip-calcinosis-phone-follow-up", "CalcinosisCutisInSystemicSclerosis", "located_in", "Calf"),
        ("fingertip-calcinosis-phone-follow-up", "CalcinosisCutisInSystemicSclerosis", "located_in", "Toe"),
        ("dialysis-forum-reply-calcium-lumps", OBO + "CHEBI_5098", "indicated_when", "Diarrhea"),
        ("dialysis-forum-reply-calcium-lumps", "CalcinosisCutis", "has_feature", "Dyspepsia"),
        # a sign's own place is no site of the calcinosis
        ("elbow-deposits-referral-letter", "CalcinosisCutis", "located_in", "Thigh"),
        ("elbow-deposits-referral-letter", "CalcinosisCutis", "located_in", "Hip"),
        ("elbow-deposits-referral-letter", "CalcinosisCutis", "located_in", "Shoulder"),
        ("elbow-deposits-referral-letter", "CalcinosisCutis", "has_feature", "GottronPapules"),
        # a drug that raises the risk is no treatment; a harm's risk is no disease's
        ("calciphylaxis-registry-summary", "Calcitriol", "treats"),
        ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "Curettage"),
        ("calciphylaxis-registry-summary", "Calciphylaxis", "associated_with", "ShaveExcision"),
        ("vitamin-k-calciphylaxis-bulletin", "VitaminK", "mechanism_of_action", "Thrombosis"),
        ("vitamin-k-calciphylaxis-bulletin", "SodiumThiosulfate", "treats", "Calciphylaxis", "neg"),
        ("vitamin-k-calciphylaxis-bulletin", "Calciphylaxis", "associated_with", "Osteomalacia"),
        # a drug that eased a symptom in a sentence naming no lesion is not the disease's
        # treatment; the pain "of the wounds" relieved is the disease's, not a symptom treated
        ("thigh-wounds-symptom-diary", OBO + "CHEBI_7773", "treats", "Calciphylaxis"),
        ("thigh-wounds-symptom-diary", OBO + "CHEBI_5855", "treats", "Calciphylaxis"),
        ("thigh-wounds-symptom-diary", "Debridement", "treats", "Pain"),
        # "MCTD, a condition with features of both lupus and systemic sclerosis": what defines it
        ("connective-tissue-diary-extract", "CalcinosisCutis", "associated_with", "SystemicSclerosis"),
        ("connective-tissue-diary-extract", "CalcinosisCutis", "associated_with", "SystemicLupusErythematosus"),
        ("calcinosis-options-digest", "Diltiazem", "treats", "Calciphylaxis"),
        ("calcinosis-options-digest", "Diltiazem", "indicated_when"),
        ("calcinosis-options-digest", "IntravenousSodiumThiosulfate", "indicated_when"),
        # "formerly normal dermis, as his blood calcium and phosphate had been very high": no
        # normal values
        ("vitamin-d-drops-papules-report", "MetastaticCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate"),
        # the results after "grew despite A were switched to C" are C's, not A's
        ("refractory-myositis-deposits-audit", "MycophenolateMofetil", "has_outcome"),
        ("refractory-myositis-deposits-audit", "Hydroxychloroquine", "has_outcome"),
        ("refractory-myositis-deposits-audit", "Infliximab", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("refractory-myositis-deposits-audit", "Minocycline", "has_adverse_effect", "Tenderness"),
        ("refractory-myositis-deposits-audit", "Minocycline", "has_adverse_effect", "Inflammation"),
        ("anticoagulant-switch-note", "Warfarin", "treats"),
        ("drug-induced-calcinosis-qa", "Warfarin", "treats"),
        ("practice-patient-of-the-month", "Prednisolone", "treats"),
        # "We weaned him off the prednisolone …, and the plaques have softened": brought down, not given
        ("terrier-recheck-note", "Prednisolone", "treats"),
        ("practice-patient-of-the-month", "CalcinosisCutis", "located_in", "Skin"),
        # a drug begun for another disease in a later clause is not for the one named before
        ("anticoagulant-switch-note", OBO + "CHEBI_68579", "treats", "Calciphylaxis"),  # rivaroxaban
        ("myositis-clinic-newsletter", "Hydroxychloroquine", "treats", "CalcinosisCutisInAutoimmuneConnectiveTissueDisease"),
        ("dermatomyositis-calcinosis-ages", "Colchicine", "treats", "CalcinosisCutisInJuvenileDermatomyositis"),
        ("overlap-syndrome-clinic-letter", "Colchicine", "treats", "CalcinosisCutisInSystemicSclerosis"),
        ("overlap-myositis-calcinosis-trio", "Curettage", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("overlap-myositis-calcinosis-trio", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        ("overlap-myositis-calcinosis-trio", "Warfarin", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        ("overlap-myositis-calcinosis-trio", "Minocycline", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # … not the drug "which she takes for" another disease
        ("tumoral-calcinosis-teen-story", OBO + "CHEBI_5855", "treats", "TumoralCalcinosis"),  # ibuprofen
        ("toe-deposit-pathology-differential", "DystrophicCalcinosisCutis", "located_in"),
        ("toe-deposit-pathology-differential", "CalcinosisCutisInChronicKidneyDisease",
         "associated_with", "SystemicLupusErythematosus"),
        ("vitamin-k-calciphylaxis-pilot", "Calciphylaxis", "has_feature", "MuscleCramp"),
        ("vitamin-k-calciphylaxis-pilot", "Calciphylaxis", "has_feature", "Nausea"),
        ("vitamin-k-calciphylaxis-pilot", "Calciphylaxis", "located_in", "Arm"),
        ("scleroderma-medicines-chart", "Doxycycline", "treats"),
        ("scleroderma-medicines-chart", "Colchicine", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
        ("ankle-plaque-telehealth-note", "CalcinosisCutis", "has_mechanism"),
        ("ankle-plaque-telehealth-note", "CalcinosisCutis", "has_feature"),
        ("knee-deposit-sports-clinic-note", "Azathioprine", "treats", "CalcinosisCutisInDermatomyositis"),
        ("knee-deposit-sports-clinic-note", OBO + "CHEBI_5855", "treats", "Pain", "pos"),
        ("knee-deposit-sports-clinic-note", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # what a test looks for is not treated by the drug it comes before
        ("lupus-service-deposit-note", "BiologicAgent", "treats"),
        ("lupus-service-deposit-note", "Arthritis"),  # the letterhead's
        ("overlap-clinic-drug-history", "IntravenousImmunoglobulin", "treats",
         "CalcinosisCutisInAutoimmuneConnectiveTissueDisease"),
        ("calcinosis-claims-guidance", "CalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate"),
        ("calcinosis-claims-guidance", "CalcinosisCutis", "has_mechanism", "TissueDamage"),
        ("calcinosis-claims-guidance", "Surgery"),
        ("calcinosis-claims-guidance", "Pneumonia", "has_feature"),
        ("calcinosis-claims-guidance", OBO + "CHEBI_7476", "has_adverse_effect", "Pain"),  # naproxen
        ("calcinosis-claims-guidance", "Sevelamer", "mechanism_of_action", "CalciumChelation"),
        ("calcinosis-claims-guidance", "CalcinosisCutis", "has_mechanism", "CalciumSaltExtravasation"),
    ],
    ids=lambda a: "|".join(a),
)
def test_results_and_sites_do_not_go_to_the_wrong_owner(facts, absent):
    assert not any(f[: len(absent)] == absent for f in facts)


SAID_IN = """
PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?text ?doc ?s ?p ?o ?pol WHERE {
  ?a a cckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cckg:polarity ?pol ;
     cckg:document/dcterms:identifier ?doc ; cckg:sentence/oa:exact ?text .
}"""


def _said_in(graph: ox.Store, doc: str, s: str, p: str, o: str, pol: str) -> list[str]:
    """The sentences of ``doc`` a fact is read from."""
    bindings = {
        ox.Variable("doc"): ox.Literal(doc),
        ox.Variable("s"): ox.NamedNode(vocab.term(s)),
        ox.Variable("p"): ox.NamedNode(vocab.term(p)),
        ox.Variable("o"): ox.NamedNode(vocab.term(o)),
        ox.Variable("pol"): ox.Literal(pol),
    }
    return [r["text"].value for r in graph.query(SAID_IN, substitutions=bindings)]


@pytest.mark.parametrize(
    "words",
    [
        "the two smaller plaques softened",  # left untreated
        "once the calcium infusions were stopped",  # the cause stopped (a therapy, but the cause)
        "advised against excision; the remaining nodule is expected",  # a therapy in another clause
    ],
)
def test_a_lesion_going_by_itself_is_a_feature_of_the_calcinosis(graph, words):
    said = _said_in(graph, "neonatal-extravasation-follow-up-letter", "IatrogenicCalcinosisCutis",
                    "has_feature", "SpontaneousResolution", "pos")
    assert any(words in text for text in said), said


def test_a_patient_group_is_no_association(graph):
    """"Four had lupus" counts patients; the link is what "calcinosis due to … lupus" says."""
    said = _said_in(graph, "mctd-cohort", "CalcinosisCutis", "associated_with",
                    "SystemicLupusErythematosus", "pos")
    assert said and all("due to" in text for text in said), said


def test_a_lesion_going_by_itself_is_no_harm_nor_a_result_of_treatment(facts):
    """Once the cause was stopped, the deposits went: not the cause's harm. "Need no treatment
    and vanish" denies a treatment, not the going. And what the untreated infants of an audit did
    is no result of the antibiotic the audit also names."""
    doc = "neonatal-extravasation-follow-up-letter"
    assert not any(f[0] == doc and f[3] == "SpontaneousResolution" and f[2:5] != (
        "has_feature", "SpontaneousResolution", "pos") for f in facts)
    assert not any(f[0] == doc and f[2] == "has_outcome" for f in facts)


def test_a_blood_value_with_no_therapy_named_is_the_result_of_the_one_just_named(facts):
    """ "… colchicine: CRP 31 -> 12 mg/L. CRP on day 10: 12 -> 8 mg/L." is colchicine's; a new
    paragraph's "Repeat CRP at week 2: 8 -> 5 mg/L" names no therapy, so it is no one's."""
    doc = "wrist-periarthritis-urgent-care"
    labels = {(f[1], f[6]) for f in facts if f[0] == doc and f[2] == "has_outcome"}
    assert any(owner == "Colchicine" and "12 to 8" in lab for owner, lab in labels), labels
    assert not any("8 to 5" in lab for _, lab in labels), labels


def test_a_list_item_with_only_a_time_is_no_result(facts):
    """ "- Ulcers over the lumps healed [24 weeks]" names a measure and its time, no result."""
    doc = "immunoglobulin-drip-lay-review"
    labels = {f[6] for f in facts if f[0] == doc and f[2] == "has_outcome"}
    assert labels and not any("24 weeks" in lab for lab in labels), labels


def test_a_veterinary_document_is_about_its_species(graph, facts):
    canine = [f for f in facts if f[0] == "canine-calcinosis-note"]
    assert {(f[1], f[2], f[3]) for f in canine} >= {
        ("CalcinosisCutis", "associated_with", "Hyperadrenocorticism"),
        ("CalcinosisCutis", "associated_with", "Glucocorticoid"),
        ("CalcinosisCutis", "located_in", "Axilla"),
    }
    assert all(f[5] == "Dog" for f in canine)
    # nothing said of dogs becomes a direct (human) fact
    axilla = list(graph.quads_for_pattern(ox.NamedNode(vocab.term("CalcinosisCutis")),
                                          ox.NamedNode(vocab.term("located_in")),
                                          ox.NamedNode(vocab.term("Axilla"))))
    assert axilla == []


@pytest.mark.parametrize(
    "absent",
    [
        ("drug-chapter", "CalcinosisCutisInDermatomyositis", "has_feature", "Diarrhea"),  # a drug's effect
        ("drug-chapter", "CalcinosisCutis", "has_feature", "Diarrhea"),
        ("drug-chapter", "CalcinosisCutisInDermatomyositis", "located_in", "Neck"),  # said of sarcoidosis
        ("drug-chapter", "CalcinosisCutisInDermatomyositis", "has_feature", "Papule"),
        ("drug-chapter", "Hydroxychloroquine", "treats", "CalcinosisCutisInDermatomyositis"),  # for the myositis
    ],
    ids=lambda a: "|".join(a),
)
def test_what_the_chapter_says_of_drugs_and_other_diseases_stays_with_them(facts, absent):
    assert not any(f[: len(absent)] == absent for f in facts)


@pytest.mark.parametrize(
    "doc",
    [
        "labrador-steroid-plaques",  # "Calcinosis cutis in a Labrador …"
        "flank-plaques-case",  # no animal in the title; "A seven-year-old spayed bitch was referred"
        "poisoned-terrier-note",  # "rat poison" names no patient, and a heading ends its paragraph
        # a thread's first post: "Hamish, 9 yo MN Westie, …"; the replies are about him too
        "westie-back-lumps-thread",
        # a practice's post: "She is a 7-year-old Labrador …" under a title naming only her
        "practice-patient-of-the-month",
        "terrier-recheck-note",
    ],
)
def test_an_animal_named_by_its_breed_or_sex_is_the_species_of_the_report(facts, doc):
    species = {f[5] for f in facts if f[0] == doc}
    assert species == {"Dog"}, species


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("rabbit-pellet-note", {"Rabbit"}),  # a species beyond the dog, cat and horse
        ("donkey-hock-lump-visit", {"Donkey"}),  # an equid that is not a horse
        ("goat-elbow-lump-letter", {"Goat"}),  # named on the letter's "Re:" line, with her age
        # a dog's report: the subtype it states is said of dogs too
        ("sheepdog-hock-aspirate-report", {"Dog"}),
        ("heparin-abdomen-plaques", {""}),  # "porcine heparin": the drug's source, no patient
        # the record's patient line, its fields between dots: "Biscuit · Feline · … · 11 yr"
        ("cat-ward-round-handout", {"Cat"}),
        # a practice's newsletter (its venue says so) presents its patient by a breed the lexicon
        # lacks; the animal its text first speaks of is the patient's kind
        ("clinic-newsletter-pad-lumps", {"Cat"}),
    ],
)
def test_the_species_of_a_report_is_its_patients(facts, doc, expected):
    assert {f[5] for f in facts if f[0] == doc} == expected


def test_idioms_and_trial_groups_name_no_body_site(facts):
    # "On the other hand, …" in the donkey's note; "a pilot arm", "right-hand dominant" elsewhere
    sites = {(f[0], f[3]) for f in facts if f[2] == "located_in"}
    assert ("donkey-hock-lump-visit", "Ankle") in sites  # the hock
    assert not {("donkey-hock-lump-visit", "Hand"), ("forearm-nodules-pharmacy-review", "Hand"),
                ("forearm-nodules-pharmacy-review", "Arm")} & sites


def test_a_pet_reptile_is_the_species_of_its_report(facts):
    assert {f[5] for f in facts if f[0] == "lizard-supplement-case"} == {"BeardedDragon"}


def test_an_animal_study_tells_of_patients_in_its_background(facts):
    mouse = {(f[1], f[2], f[3], f[5]) for f in facts if f[0] == "mouse-pxe-etidronate-study"}
    assert ("PseudoxanthomaElasticum", "located_in", "Neck", "") in mouse
    assert ("SodiumThiosulfate", "treats", "PseudoxanthomaElasticum", "Mouse") in mouse
    assert not any(f[1] == "located_in" and f[3] == "Mouse" for f in mouse)


def test_another_animal_named_in_passing_leaves_the_report_its_own(facts):
    # "now and then in cats and horses" mid-comment: the excision that follows is still the dog's
    dog = {(f[1], f[2], f[3], f[5]) for f in facts if f[0] == "footpad-biopsy-report"}
    assert ("SurgicalExcision", "treats", "CalcinosisCircumscripta", "Dog") in dog
    assert {f[3] for f in dog if f[0] == "SurgicalExcision"} == {"Dog"}


def test_an_animal_named_by_a_paragraph_is_the_species_of_what_follows(facts):
    cat = {(f[1], f[2], f[3], f[5]) for f in facts if f[0] == "horse-practice-note"}
    assert ("CalcinosisCircumscripta", "located_in", "Footpad", "Cat") in cat
    assert ("CalcinosisCircumscripta", "located_in", "PressurePoint", "Horse") in cat
    assert not any(f[3] == "Footpad" and f[5] != "Cat" for f in cat)


def test_a_sentence_opening_on_an_animal_turns_the_paragraph_to_it(facts):
    # "Among horses, …" mid-paragraph of a rabbit's letter: what follows is the horses'
    rabbit = {(f[1], f[2], f[3], f[5]) for f in facts if f[0] == "rabbit-pad-calcinosis-referral"}
    assert ("DystrophicCalcinosisCutis", "located_in", "Wrist", "Horse") in rabbit
    assert ("DystrophicCalcinosisCutis", "located_in", "Ankle", "Rabbit") in rabbit
    assert not any(f[2] == "Wrist" and f[3] != "Horse" for f in rabbit)


@pytest.mark.parametrize(
    "absent",
    [
        ("knee-scar-case", "CalcinosisCutis", "located_in", "Knee"),  # the diagnosis is the subject
        ("knee-scar-case", "SurgicalExcision", "treats", "DystrophicCalcinosisCutis", "neg"),  # recurrence denied
        ("knee-scar-case", "SurgicalExcision", "indicated_when", "SkinNodule"),  # what was excised
        ("horse-practice-note", "CalcinosisCircumscripta", "associated_with", "Gout"),  # the site's name
        ("thiosulfate-lay-summary", "Calciphylaxis", "has_feature", "Dizziness"),  # a harm, not a sign
        ("thiosulfate-lay-summary", "Calciphylaxis", "has_feature", "Hypotension"),
        # the lesion of a "Response" cell ("the ulcer stayed open") is no harm
        ("ilsts-table-series", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "SkinUlcer"),
        ("reader-question-back-lump", "EpidermalCyst", "located_in", "SubcutaneousTissue", "neg"),
        ("dm-calcinosis-pathway", "Paracetamol", "treats", "CalcinosisCutisInDermatomyositis"),
        ("thiosulfate-lay-summary", "CalciumSupplementation", "treats", "Calciphylaxis", "pos"),
        ("footpad-biopsy-report", "DystrophicCalcinosisCutis", "located_in", "Footpad"),  # the kind's
        ("mctd-cohort", "Rituximab", "has_adverse_effect", "Fever", "pos"),
        ("refractory-biologics", "SurgicalExcision", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("refractory-biologics", "CalcinosisCutis", "associated_with", "InflammatoryMyopathy", "neg"),
        ("dialysis-page", "Hemodialysis", "treats"),  # where the patients were
        ("dialysis-page", "Calciphylaxis", "located_in", "SubcutaneousAdiposeTissue", "neg"),  # "where it does not belong"
        ("scleroderma-clinic-review", "Amlodipine", "treats", "Gout"),  # allopurinol was "commenced on" for it
        ("scleroderma-clinic-review", "SodiumThiosulfate", "treats"),  # the intralesional route is named
        # named for Raynaud's, then said not to dissolve deposits: no positive claim on them
        ("scleroderma-clinic-review", "Nifedipine", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
        ("dm-immunosuppression-cohort", "IntravenousSaline", "has_adverse_effect"),  # "despite" it
        ("hand-surgery-audit", "Diltiazem", "indicated_when"),  # stopped because of it
        ("hand-surgery-audit", "Diltiazem", "treats"),  # stopped, whatever benefit it might have had
        ("hand-surgery-audit", "SurgicalExcision", "has_adverse_effect"),  # the pain it was done for
        ("dialysis-fingertip-case", "SurgicalExcision", "treats", "CalcinosisCutis", "neg"),
        ("dialysis-fingertip-case", "Curettage", "treats", "CalcinosisCutis", "neg"),  # did not return
        ("dialysis-fingertip-case", "CalcinosisCutis", "has_feature", OBO + "HP_0002153"),  # the kidney injury's
        ("dialysis-fingertip-case", "CalcinosisCutis", "associated_with", "AcuteKidneyInjury"),
        ("dm-drug-roundup", "Abatacept", "treats", "CalcinosisCutisInDermatomyositis", "neg"),  # cleared
        # "debulking of calcinosis in … dermatomyositis, complicated by": the procedure was complicated
        ("dm-drug-roundup", "Dermatomyositis", "has_feature", "WoundInfection"),
        ("dialysis-fingertip-case", "CalcinosisCutis", "located_in", "Hand"),  # "a hand surgeon"
        ("surgical-options-leaflet", "SurgicalExcision", "treats", "Pain"),  # the lesions cause it
        # a study's results are the studied drug's, not those of the drugs given alongside
        ("rituximab-information-reply", "ImmunosuppressiveAgent", "has_outcome"),
        ("tumour-skin-calcium-review", "Alendronate", "mechanism_of_action", "CalciumChelation"),
        ("tumour-skin-calcium-review", "SodiumThiosulfate", "mechanism_of_action",
         "InhibitionOfBoneResorption"),
        # "…resorption, have both softened deposits": no process runs on past the verb
        ("tumour-skin-calcium-review", "Alendronate", "mechanism_of_action",
         "MacrophageMediatedResorption"),
        ("tumour-skin-calcium-review", "Neoplasm", "located_in"),
        ("tumour-skin-calcium-review", "Curettage", "indicated_when", "Recurrence"),
        ("calcium-infusion-reaction-report", "IatrogenicCalcinosisCutis", "has_feature", "Nausea"),
        ("calcium-infusion-reaction-report", "CalciumGluconate", "has_adverse_effect",
         "IatrogenicCalcinosisCutis"),
        # "calcium gluconate 20 mL into a vein, for hypocalcaemia": what the cause was given for
        ("calcium-infusion-reaction-report", "IatrogenicCalcinosisCutis", "has_feature", OBO + "HP_0002901"),
        ("lizard-supplement-case", "Cholecalciferol", "treats"),
        ("pressure-point-calcinosis-dogs", "DystrophicCalcinosisCutis", "located_in"),  # the kind's
        # given for another disease or process, or only listed among what she takes
        ("ssc-oral-drug-audit", "Amlodipine", "treats", "CalcinosisCutisInSystemicSclerosis"),
        ("ssc-oral-drug-audit", OBO + "CHEBI_72296", "treats"),  # apixaban, for the thrombosis
        ("ssc-oral-drug-audit", OBO + "CHEBI_72296", "mechanism_of_action"),
        ("ssc-oral-drug-audit", OBO + "CHEBI_7772", "treats"),  # omeprazole, a medication list
        ("ssc-oral-drug-audit", "Hydroxychloroquine", "treats"),
        ("ssc-oral-drug-audit", "Diltiazem"),  # a link to another page
        # the drug that caused the lesion: neither its course nor the next patient's headache
        ("two-case-vignettes", "CalciumGluconate", "has_outcome"),
        ("two-case-vignettes", "CalciumGluconate", "has_adverse_effect", "Headache"),
        # the lesion bears the pain; the drug inside "when hypercalcaemia persists despite …" is no
        # answer to it; "because etidronate has caused hypocalcaemia" is what the drug did
        ("operate-or-wait", "SurgicalExcision", "indicated_when", "SkinNodule"),
        ("operate-or-wait", "SurgicalExcision", "has_adverse_effect", "Pain"),
        ("operate-or-wait", "Cinacalcet", "indicated_when"),
        ("operate-or-wait", "SodiumEtidronate", "indicated_when"),
        # "Most lumps need no treatment; surgical removal is kept for …"; "declined laser treatment"
        ("lupus-lumps-answers", "SurgicalExcision", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
        ("lupus-lumps-answers", "LaserTherapy", "treats"),  # "declined laser treatment"
        ("ward-handover", "SodiumThiosulfate", "treats"),  # "Not for STS at present"
        # the antibiotic cleared the infection and the opioid eased the pain, not the deposits
        ("leg-ulcer-clinic-review", OBO + "CHEBI_2676", "treats", "CalcinosisCutis"),
        ("leg-ulcer-clinic-review", OBO + "CHEBI_5790", "treats", "CalcinosisCutis"),
        ("leg-ulcer-clinic-review", OBO + "CHEBI_3515", "treats", "CalcinosisCutis"),  # cefuroxime
        # "metastatic calcinosis from renal failure is unlikely": the patient has no renal failure
        ("leg-ulcer-clinic-review", "CalcinosisCutis", "associated_with", "RenalInsufficiency"),
        ("leg-ulcer-clinic-review", "CalcinosisCutis", "has_feature", "Swelling"),  # the gout's
        ("leg-ulcer-clinic-review", "Debridement", "treats", "CalcinosisCutis", "neg"),
        ("leg-ulcer-clinic-review", "Surgery", "has_adverse_effect", "Pain"),
        ("ward-handover", "Prednisolone", "treats"),  # "for polymyalgia rheumatica", a disease we lack
        ("flank-plaques-case", OBO + "CHEBI_41879", "treats"),  # dexamethasone, "for … thrombocytopenia"
        # the cause given "for atopic dermatitis": no result of it, no treatment of the plaques by it
        ("labrador-steroid-plaques", "Prednisolone", "has_outcome"),
        ("labrador-steroid-plaques", "Prednisolone", "has_adverse_effect"),
        ("poisoned-terrier-note", "Cholecalciferol", "treats"),  # eaten as rat poison
        # the nodules cause the soreness; the letter's drug is not named in that sentence
        ("lupus-clinic-letter", "Minocycline", "indicated_when", "Pain"),
        ("lupus-clinic-letter", "Minocycline", "has_adverse_effect", "Pain"),
        ("lupus-clinic-letter", "Hydroxychloroquine", "has_adverse_effect"),  # "had not stopped … from"
        ("steroid-injection-poster", "IntralesionalCorticosteroid", "treats", "Pain"),  # "for painful calcinosis"
        ("lupus-clinic-letter", "CO2Laser", "mechanism_of_action"),  # "laser ablation" names, no verb
        ("lupus-clinic-letter", "Curettage", "indicated_when"),  # what it causes, not when to use it
        ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "Cellulitis"),  # "confused with"
        ("lupus-clinic-letter", "Curettage", "mechanism_of_action"),
        ("lupus-clinic-letter", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
        ("lupus-clinic-letter", "SurgicalExcision", "treats", "Pain"),  # when to excise, not what it treats
        ("lupus-clinic-letter", "SurgicalExcision", "indicated_when", "Recurrence"),  # the next clause
        ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "located_in", "Breast"),  # a carcinoma's
        ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "SkinNodule", "neg"),
        # the state to avoid the drug in is no feature or association of the patient's calcinosis
        ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "associated_with", "ChronicKidneyDisease"),
        ("lupus-clinic-letter", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "Hepatotoxicity"),
        # an inherited disorder of connective tissue is not what "calcinosis in CTD" means
        ("elastic-skin-series", "CalcinosisCutisInConnectiveTissueDisease"),
        ("elastic-skin-series", "CalcinosisCutis", "located_in"),
        ("fingertip-imaging-report", "CalcinosisCutis", "located_in"),
        ("boxer-kidney-case", "CalcinosisCutis", "located_in"),  # "calcinosis cutis secondary to his CKD"
        # given for the blood value, not the plaques; calcium "corrected" in hypocalcaemia is raised
        ("oncology-calcium-note", "IntravenousSaline", "treats", "MetastaticCalcinosisCutis"),
        ("oncology-calcium-note", "ZoledronicAcid", "treats", "MetastaticCalcinosisCutis"),
        ("oncology-calcium-note", "CalciumSupplementation", "treats", "Hypercalcemia"),
        ("oncology-calcium-note", "Cinacalcet", "treats"),  # how it works, not what was done
        ("fingertip-operation-note", OBO + "CHEBI_6456"),  # lidocaine: the anaesthetic of the procedure
        ("fingertip-operation-note", "CalcinosisCutis", "has_feature", "Scarring"),  # a risk of curettage
        # "steroid-sparing methotrexate": no denial of methotrexate, and no steroid given
        ("myositis-injection-letter", "Methotrexate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("myositis-injection-letter", "Corticosteroid"),
        # ruled out, queried on the form, or only what the report was sent as
        ("scalp-cyst-pathology", "CalcinosisCutis"),
        ("varicose-veins-forum", "VaricoseVeins", "located_in"),
        ("varicose-veins-forum", "VaricoseVeins", "has_feature"),
        # what the drug causes or must not be used in is no feature of the calcinosis
        ("minocycline-pharmacy-sheet", "CalcinosisCutis", "has_feature", "Dizziness"),
        ("minocycline-pharmacy-sheet", "CalcinosisCutis", "has_feature", "Nausea"),
        ("minocycline-pharmacy-sheet", "CalcinosisCutis", "associated_with", "RenalInsufficiency"),
        ("minocycline-pharmacy-sheet", "Minocycline", "indicated_when", "ToothDiscoloration"),  # the reason
        ("extravasation-ward-guidance", "CalciumGluconate", "treats"),
        ("myositis-refractory-series", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("dialysis-hip-masses", "Calciphylaxis"),  # set aside as unlikely
        ("myositis-refractory-series", "Prednisolone", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # "normal tissue (…), and the serum calcium drops"; "once the calcium is normal again"
        ("phosphate-ward-teaching", "MetastaticCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate"),
        ("myositis-refractory-series", "Bisphosphonate", "has_adverse_effect"),  # "slowed their growth"
        # the diagnosis it is not, and the class of a wider disease than the letter's
        ("earlobe-lump-eadvice", "Calcinosis"),
        ("earlobe-lump-eadvice", "CalcinosisCutis"),
        ("earlobe-lump-eadvice", "Pilomatricoma", "located_in", "Chest"),
        ("sjogren-shin-clinic-letter", "CalcinosisCutisInAutoimmuneConnectiveTissueDisease"),
        ("sjogren-shin-clinic-letter", "Hydroxychloroquine", "treats", "SkinPlaque"),
        # the other drug's mechanism; "given" in the methods is no success beside a failure
        ("mouse-pxe-etidronate-study", "SodiumEtidronate", "mechanism_of_action", "CalciumChelation"),
        ("mouse-pxe-etidronate-study", "SodiumThiosulfate", "mechanism_of_action", "InhibitionOfHydroxyapatiteCrystalFormation"),
        ("mouse-pxe-etidronate-study", "SodiumThiosulfate", "treats", "PseudoxanthomaElasticum", "pos"),
        ("elbow-curettage-case", "Curettage", "treats", "CalcinosisCutis"),
        # a side-effects table is no list of the disease's features; a contraindication is no harm
        ("nifedipine-medicine-guide", "CalcinosisCutis", "has_feature"),
        ("nifedipine-medicine-guide", "Nifedipine", "has_adverse_effect", "Bradycardia"),
        ("nifedipine-medicine-guide", "Nifedipine", "has_adverse_effect", "Pain"),  # angina's pain
        # the patients an indication names are not what the drug treats
        ("cinacalcet-product-information", "Dialysis"),
        ("nifedipine-medicine-guide", "Nifedipine", "treats", "DiabetesMellitus"),
        ("panniculitis-drug-table", "Hydroxychloroquine", "treats", "CalcinosisCutisInLupusPanniculitis", "pos"),
        ("panniculitis-drug-table", "SurgicalExcision", "indicated_when"),  # not under the table above
        # "-> not calciphylaxis": the note's ulcer is no calciphylaxis, and its "DM" is diabetes
        ("shin-ulcer-ward-round", "Calciphylaxis"),
        ("shin-ulcer-ward-round", "DiabetesMellitus", "located_in"),
        ("shin-ulcer-ward-round", OBO + "CHEBI_6801", "treats", "Dermatomyositis"),
        ("ear-lumps-morning-report", "CalcinosisCutis"),  # only what they wondered about
        ("minocycline-calcinosis-medicine-guide", "CalcinosisCutis", "has_feature", "Dizziness"),
        ("crush-wound-liaison-note", "Calciphylaxis"),  # only queried, then ruled out
        ("crush-wound-liaison-note", "DystrophicCalcinosisCutis", "has_feature", "SpontaneousResolution"),
        ("crush-wound-liaison-note", "SurgicalExcision", "treats"),  # "a CO2 laser instead of excision"
        ("lanthanum-formulary-entry", OBO + "CHEBI_100241", "treats"),  # an interaction, not a use
        # "gave saline and furosemide, and added pamidronate to block bone resorption"
        ("newborn-fat-necrosis-teaching", OBO + "CHEBI_47426", "mechanism_of_action"),
        ("lupus-calcinosis-audit", "SurgicalExcision", "has_adverse_effect", "Ulceration"),  # its target
        ("scalp-nodule-op-note", "IdiopathicCalcinosisCutis", "has_feature", "Bleeding"),
        # the diseases a group is exemplified by are the calcinosis's, not associations of it
        ("verapamil-formulary-entry", "CalcinosisCutis", "associated_with"),
        ("verapamil-formulary-entry", "CalcinosisCutis", "has_feature", "Bradycardia"),  # interaction
        ("knuckle-deposits-interview", "CalcinosisCutisInDermatomyositis", "has_feature", "Pruritus", "neg"),
        ("knuckle-deposits-interview", "CalcinosisCutisInDermatomyositis", "has_mechanism", "CalciumDeposition", "neg"),
        ("knuckle-deposits-interview", "ExtracorporealShockWaveLithotripsy", "indicated_when"),
        ("calcinosis-two-sisters", "CalcinosisCutis", "has_feature", "RoundFace"),
        ("calcinosis-two-sisters", "CalcinosisCutis", "located_in", "Thigh"),  # the myositis's
        ("calcinosis-two-sisters", "CalcinosisCutis", "located_in", "Toe"),  # the short toes
        ("morphoea-calcinosis-clinic-note", "Curettage", "treats", "Ulceration"),  # "the ulcerated ones"
        # a disease's own gene is not the calcinosis's
        ("inherited-calcification-teaching-note", "CalcinosisCutis", "associated_with", "ABCC6Mutation"),
        # a differential diagnosis and advice on when to come back name nothing the patient has
        ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Cellulitis"),
        ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Fever", "pos"),
        ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "Bleeding"),
        ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "SkinUlcer"),
        ("immunoglobulin-drip-lay-review", "CalcinosisCutisInDermatomyositis", "has_feature"),
        # a row's other disease stands before its "Adverse events" cell: no harm of the injections
        ("ilsts-table-series", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "SystemicLupusErythematosus"),
        ("ilsts-table-series", "IntralesionalSodiumThiosulfate", "has_adverse_effect", "SystemicSclerosis"),
        ("immunoglobulin-drip-lay-review", "CalcinosisCutisInDermatomyositis", "has_mechanism"),
        # the nodules that grew on under a drug are no harm of it; a hypercalcaemia's polyuria and
        # fatigue are not the calcinosis's
        ("myositis-drug-history-letter", "Diltiazem", "has_adverse_effect", "SkinNodule"),
        ("myositis-drug-history-letter", "CalcinosisCutisInDermatomyositis", "has_feature", OBO + "HP_0000103"),
        ("myositis-drug-history-letter", "CalcinosisCutisInDermatomyositis", "has_feature", OBO + "HP_0012378"),
        ("myositis-drug-history-letter", "Diltiazem", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        ("myositis-drug-history-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Nausea"),
        ("myositis-drug-history-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Flushing"),
        ("myositis-drug-history-letter", "SurgicalExcision", "treats"),  # "is not an option"
        ("myositis-drug-history-letter", "Warfarin", "treats"),
        ("drip-leak-forum-post", "CalcinosisCutis", "has_feature"),  # the kind named, not its class
        ("thigh-injection-ultrasound", "CalcinosisCutis", "has_feature"),
        ("shin-scar-pathology", "CalcinosisCutis", "located_in"),
        ("burn-scar-lump-answer", "CalcinosisCutis", "located_in", "Forearm"),
        ("shin-scar-pathology", "MetastaticCalcinosisCutis", "has_mechanism"),  # only asked about
        ("oral-thiosulfate-pilot", "SodiumThiosulfate", "has_adverse_effect"),
        ("oral-thiosulfate-pilot", "OralSodiumThiosulfate", "treats", "Calciphylaxis"),
        ("granuloma-calcium-teaching", "Calcitriol", "treats"),  # "calcitriol-driven": the cause
        ("calcium-ward-plan", "Pamidronate", "indicated_when", "AcuteKidneyInjury", "pos"),
        ("calcium-ward-plan", "CalciumSupplementation", "indicated_when", "Hypercalcemia", "pos"),
        ("calcium-ward-plan", "SurgicalExcision", "indicated_when", "Hyperphosphatemia"),
        ("curette-timing-advice", "Curettage", "treats", "CalcinosisCutis", "neg"),
        ("curette-timing-advice", "SurgicalExcision", "treats"),  # withheld, not tried
        ("curette-timing-advice", "SurgicalExcision", "indicated_when", "SkinNodule"),
        ("morphoea-calcinosis-audit", "MycophenolateMofetil", "treats", "CalcinosisCutisInMorphea", "pos"),
        ("morphoea-calcinosis-audit", "Tacrolimus", "treats", "CalcinosisCutisInMorphea", "pos"),
        ("morphoea-calcinosis-audit", "Colchicine", "treats", "CalcinosisCutisInMorphea", "pos"),
        ("morphoea-calcinosis-audit", "CalcinosisCutisInMorphea", "has_feature", "Pruritus", "pos"),
        ("morphoea-calcinosis-audit", "Warfarin", "indicated_when", "ChronicKidneyDisease", "pos"),
        ("raised-calcium-handout", "Calcitonin", "treats", "CalcinosisCutis"),
        ("raised-calcium-handout", OBO + "CHEBI_6538", "treats", "CalcinosisCutis"),
        ("raised-calcium-handout", "Sevelamer", "treats", "RenalInsufficiency"),
        ("ssc-calcinosis-agent-table", "Probenecid", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
        ("raised-calcium-handout", "ZoledronicAcid", "treats", "CalcinosisCutis"),
        ("raised-calcium-handout", "Cinacalcet", "treats"),  # only if the calcium stays up
        ("raised-calcium-handout", "CalcinosisCutis", "has_feature", OBO + "HP_0002901"),  # the milk's
        ("adult-dm-calcinosis-review-letter", "Rituximab", "treats", "CalcinosisCutisInDermatomyositis", "neg"),  # funding
        ("adult-dm-calcinosis-review-letter", "CalciumCarbonate", "has_adverse_effect"),  # it corrected it
        ("adult-dm-calcinosis-review-letter", "Triamcinolone", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # "serum phosphate was normal within two weeks": a result, not how the calcinosis arose
        ("adult-dm-calcinosis-review-letter", "CalcinosisCutisInDermatomyositis", "has_mechanism"),
        # "…, but recurrence and slow wound healing are common": harms, not reasons to operate
        ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "Recurrence"),
        ("finger-lumps-surgery-handout", "SurgicalExcision", "indicated_when", "DelayedWoundHealing"),
        ("paired-therapy-audit", "Pamidronate", "has_adverse_effect", "Ulceration"),  # "none had ulcerated"
        # "quietens flares of redness yet will not dissolve the deposits": the help is for the flares
        ("dm-drug-roundup", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        # "hydroxychloroquine (HCQ) in two" after "had not helped": the abbreviation is no new item
        ("lupus-calcinosis-clinic-summary", "Hydroxychloroquine", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "pos"),
        ("lupus-calcinosis-clinic-summary", "Minocycline", "treats", "SystemicLupusErythematosus"),
        ("lupus-calcinosis-clinic-summary", "CalcinosisCutisInSystemicLupusErythematosus", "has_feature", "Erythema"),
        # "The itching stopped within six weeks" after a drug was begun: a result, not its harm
        ("lupus-calcinosis-clinic-summary", "Nifedipine", "has_adverse_effect", "Pruritus"),
        # "a granuloma drove calcitriol synthesis": the body's hormone, not the drug given
        ("lupus-calcinosis-clinic-summary", "Calcitriol"),
        # "(warfarin held 3 days)": a drug paused is not what caused the bruise
        ("lupus-calcinosis-clinic-summary", "Warfarin", "has_adverse_effect"),
        # "her ulcers had healed, though the lumps were unchanged": it helped all the same
        ("lupus-calcinosis-clinic-summary", "Diltiazem", "treats", "CalcinosisCutisInSystemicLupusErythematosus", "neg"),
        # "plaques later formed at the injection sites": the deposits' place, not the drug's harm
        ("rabbit-pad-calcinosis-referral", OBO + "CHEBI_6741", "has_adverse_effect", "SkinPlaque"),
        ("vitamin-d-overdose-plaques", "IntravenousSaline", "treats", "MetastaticCalcinosisCutis"),
        ("vitamin-d-overdose-plaques", "LanthanumCarbonate", "treats", "MetastaticCalcinosisCutis"),
        # the failure of one item of a list of results is not the others'
        # "was discussed, not given", "X and Y proved unnecessary": none of them was given
        ("three-arm-calcinosis-audit", "IntravenousImmunoglobulin", "treats"),
        ("three-arm-calcinosis-audit", "Diltiazem", "treats"),
        ("three-arm-calcinosis-audit", "OralSodiumThiosulfate", "treats"),
        ("three-arm-calcinosis-audit", "Pamidronate", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("three-arm-calcinosis-audit", "Curettage", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        # a harm the therapy brought is not a sign of the calcinosis
        ("day-unit-infusion-notes", "CalcinosisCutis", "has_feature", "Fever"),
        ("day-unit-infusion-notes", "CalcinosisCutis", "has_feature", "Scarring"),
        ("day-unit-infusion-notes", "AcuteKidneyInjury", "associated_with", "TumorLysisSyndrome"),
        ("hand-films-after-scald", "PeriarticularCalcification"),
        ("hand-films-after-scald", "Calciphylaxis"),
        ("hand-films-after-scald", "Burn", "located_in"),  # the calcification is what the title is about
        ("calcinosis-in-old-scald-scar", "TraumaticCalcinosisCutis"),
        ("scleroderma-thumb-review", "Doxycycline", "treats", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis"),
        ("scleroderma-thumb-review", OBO + "CHEBI_3745", "treats", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis"),
        # a wound that broke open after the excision is its harm, not a sign of the deposits
        ("scleroderma-thumb-review", "CalcinosisCutisInLimitedCutaneousSystemicSclerosis", "has_feature", "WoundDehiscence"),
        ("hand-films-after-scald", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate", "neg"),
        # … and the signs it would have had are not the patient's
        ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "has_feature", "RetiformPurpura"),
        ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "located_in", "Abdomen"),
        ("toe-papules-renal-review", "MetastaticCalcinosisCutis", "located_in", "Trunk"),
        ("toe-papules-renal-review", "Calciphylaxis"),
        ("shin-plaque-followup-note", "DystrophicCalcinosisCutis", "has_feature", "Ulceration", "neg"),
        ("shin-plaque-followup-note", "DystrophicCalcinosisCutis", "has_feature", "Headache"),
        ("shin-plaque-followup-note", "DystrophicCalcinosisCutis", "located_in", "LowerLeg", "neg"),
        # "had a calcified nodule excised": what the operation was done to, not what it caused
        ("shin-plaque-followup-note", "SurgicalExcision", "has_adverse_effect", "CalcifiedMass"),
        # "…, also called tumoral calcinosis": one disease under two names, its facts said once
        ("goat-elbow-lump-letter", "TumoralCalcinosis"),
        # the owner's gloss on the elbow names no further site
        ("goat-elbow-lump-letter", "CalcinosisCircumscripta", "located_in", "Leg"),
        ("goat-elbow-lump-letter", "CalcinosisCircumscripta", "has_feature", "Inflammation"),
        # a drug acting "on the calcification" names the disease's process, not its own action
        ("goat-elbow-lump-letter", "SodiumEtidronate", "mechanism_of_action"),
        # a lump beside a joint: the joint is no place of the deposits
        ("dialysis-joint-papules-note", "MetastaticCalcinosisCutis", "located_in", "Joint"),
        # calcium laid down in injured dermis is the dystrophic process, not bare deposition
        ("scar-calcinosis-path-comment", "DystrophicCalcinosisCutis", "has_mechanism", "CalciumDeposition"),
        # the calcium alone was normal
        ("scar-calcinosis-path-comment", "DystrophicCalcinosisCutis", "has_mechanism", "NormalSerumCalciumAndPhosphate"),
        ("calciphylaxis-risk-teaching-card", "Warfarin", "treats"),
        # the late start of a therapy is the risk; neither a cause nor a treatment is said
        ("calciphylaxis-risk-teaching-card", "Calciphylaxis", "associated_with", "SodiumThiosulfate"),
        ("calciphylaxis-risk-teaching-card", "Emollient", "treats", "Calciphylaxis", "pos"),
        ("calciphylaxis-risk-teaching-card", "HyperbaricOxygenTherapy", "treats", "Calciphylaxis", "pos"),
        # "tumour necrosis factor" is a cytokine, no dead tissue
        ("jdm-biologic-choice-note", "CalcinosisCutisInJuvenileDermatomyositis", "has_mechanism", "TissueNecrosis"),
        # drugs the patient is allergic to were not given for the disease, nor are their
        # reactions its signs
        ("forearm-deposits-ward-letter", "Azathioprine", "treats"),
        ("forearm-deposits-ward-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Urticaria"),
        # a question asks, and states nothing
        ("renal-ward-questions-note", "SodiumThiosulfate", "has_adverse_effect"),
        ("renal-ward-questions-note", "Warfarin", "treats"),
        ("renal-ward-questions-note", "SurgicalExcision", "has_adverse_effect"),
        # a stopping rule for a drug that did not work names no state to avoid it in
        ("pamidronate-day-case-procedure", "Pamidronate", "indicated_when", "Pain", "neg"),
        # the procedure's harms and contraindications are not signs of the calcinosis
        ("pamidronate-day-case-procedure", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature"),
        # one column's risks are not another's, nor features of the nodules
        ("scrotal-nodules-options-sheet", "ExtracorporealShockWaveLithotripsy", "has_adverse_effect", "Hematoma"),
        ("scrotal-nodules-options-sheet", "IdiopathicScrotalCalcinosis", "has_feature", "Hematoma"),
        ("scrotal-nodules-options-sheet", "SurgicalExcision", "indicated_when", "Bleeding", "pos"),
        ("scrotal-nodules-options-sheet", "SurgicalExcision", "has_adverse_effect", "Bruising"),
        # "Surgery (excision)" names the excision more closely: the harms are not surgery's at large
        ("scrotal-nodules-options-sheet", "Surgery", "has_adverse_effect"),
        # the other disease's signs are not the calcinosis's
        ("myositis-hand-clinic-letter", "CalcinosisCutisInDermatomyositis", "has_feature", "Paresthesia"),
        ("myositis-hand-clinic-letter", "Curettage", "treats"),
        # a value that rose on a drug was not treated by it
        ("milk-alkali-skin-deposits-note", "Calcitriol", "treats"),
        # deposits that went once a drug put the phosphate right did not go on their own
        ("dialysis-fingertip-nodules-review", "MetastaticCalcinosisCutis", "has_feature", "SpontaneousResolution"),
        ("myositis-hand-clinic-letter", "Curettage", "indicated_when", "SkinUlcer", "pos"),
        ("myositis-hand-clinic-letter", "Calcitriol", "indicated_when", "Hypercalcemia", "pos"),
        # a drug stopped for a harm is not a treatment of it
        ("renal-outreach-review-note", "CalciumAcetate", "treats", "Nausea"),
        ("renal-outreach-review-note", "Paracetamol", "treats", "Pain", "pos"),
        ("renal-outreach-review-note", "VitaminK", "treats", "Calciphylaxis", "pos"),
        ("scleroderma-fingertip-deposits-handout", "DystrophicCalcinosisCutis", "has_mechanism"),
        # "no change in the plaques on his shins": the plaques are there, on the shins
        ("renal-outreach-review-note", "Calciphylaxis", "located_in", "LowerLeg", "neg"),
        ("renal-outreach-review-note", "Calciphylaxis", "has_feature", "SkinPlaque", "neg"),
        # "deposits around the elbows will not go away", "the nodules do not soften": still there
        ("scleroderma-fingertip-deposits-handout", "CalcinosisCutisInSystemicSclerosis", "located_in", "Elbow", "neg"),
        ("scleroderma-fingertip-deposits-handout", "CalcinosisCutisInSystemicSclerosis", "has_feature", "SkinNodule", "neg"),
        # drugs kept for a disease the lexicon does not know are not treatments of the deposits
        ("scleroderma-fingertip-deposits-handout", "Tacrolimus", "treats"),
        ("scleroderma-fingertip-deposits-handout", "Doxycycline", "treats"),
        # "Amlodipine 10 mg once daily, for blood pressure" in the list, then a recommendation
        # about it: still for the blood pressure
        ("forearm-deposits-medicines-review", "Amlodipine", "treats", "CalcinosisCutis"),
        ("forearm-deposits-medicines-review", "Nifedipine", "treats", "CalcinosisCutis"),
        # a drug a trial leaves out is no treatment; "adults receiving maintenance dialysis" are
        # who the trial is of, not what it gives; "two arms" are its groups
        ("vitamin-k-dialysis-register-entry", "Warfarin", "treats"),
        ("vitamin-k-dialysis-register-entry", "Dialysis", "indicated_when"),
        ("vitamin-k-dialysis-register-entry", "Dialysis", "has_adverse_effect"),
        ("vitamin-k-dialysis-register-entry", "Calciphylaxis", "has_feature", "Bruising"),
        ("vitamin-k-dialysis-register-entry", "Calciphylaxis", "located_in", "Arm"),
        # the drug named in passing ("people on long courses of prednisolone") is not "it"
        ("etidronate-tablets-leaflet", "Prednisolone", "treats"),
        ("etidronate-tablets-leaflet", "CalcinosisCutis", "has_feature", "Diarrhea"),
        ("barbotage-elbow-deposits-series", "CalcinosisCutisInDermatomyositis", "has_feature", "Hematoma"),
        ("calcified-lumps-a-to-z", "CalcinosisCircumscripta", "located_in", "Shoulder"),
        ("calcified-lumps-a-to-z", "CalcinosisCircumscripta", "has_feature", "Ulceration"),
        ("members-bulletin-trial-digest", "CalcinosisCutisInDermatomyositis", "has_feature", "Headache"),
        ("members-bulletin-trial-digest", "CalcinosisCutis", "associated_with", "Osteoporosis"),
        ("members-bulletin-trial-digest", "CalcinosisCutisInSystemicSclerosis", "associated_with"),
        ("members-bulletin-trial-digest", "Alendronate", "treats", "CalcinosisCutisInDermatomyositis"),
        ("members-bulletin-trial-digest", "Alendronate", "treats", "CalcinosisCutis"),
        # the second study's heading names no disease, and ends the first's section
        ("members-bulletin-trial-digest", "CalcinosisCutisInDermatomyositis", "located_in", "Finger"),
        # notes on the forms of calcinosis: the one form stated later is no topic of the rest
        ("forms-of-calcinosis-trainee-notes", "IdiopathicCalcinosisCutis", "located_in", "Elbow"),
        # the list item's harm is not the title's therapy's
        ("anticoagulation-calciphylaxis-consult", "Anticoagulant", "has_adverse_effect", "Fever"),
        # the answer to "When should a deposit be cut out?" lists no features of the disease
        ("vasculitis-study-cards-and-abstract", "CalcinosisCutisInSystemicSclerosis", "has_feature", "NerveCompression"),
        # "Nifedipine was stopped because …": not why it was given
        ("vasculitis-study-cards-and-abstract", "Nifedipine", "indicated_when"),
        # "… given infliximab improved": the failed drug's result is not the others'
        ("vasculitis-study-cards-and-abstract", "Infliximab", "treats", "CalcinosisCutisInSystemicSclerosis", "pos"),
        # "at the start of every dialysis run" says when a drug is given, not that dialysis is
        ("calciphylaxis-pharmacy-round", "Dialysis", "treats"),
        ("calciphylaxis-pharmacy-round", ETELCALCETIDE, "has_adverse_effect", "Bleeding", "neg"),
        ("calciphylaxis-pharmacy-round", "Calciphylaxis", "has_feature", "Bleeding"),
        ("yellow-card-draft-lanthanum", "LanthanumCarbonate", "treats"),
        ("thigh-wounds-anticoagulation-note", "Warfarin", "treats", "Calciphylaxis"),
        # "idiopathic in three patients" counts patients; it names no kind of a disease's calcinosis
        ("mctd-fingertip-deposits-summary", "IdiopathicCalcinosisCutis", "has_subtype"),
        # the broad name of the case at hand is no subtype of the kind it is a form of
        ("kinds-of-skin-calcium-primer", "DystrophicCalcinosisCutis", "has_subtype", "CalcinosisCutis"),
        ("kinds-of-skin-calcium-primer", "MetastaticCalcinosisCutis", "has_subtype", "DystrophicCalcinosisCutis"),
        # a list's next item is no class named for the drug before it
        ("binder-and-blocker-drug-card", "Verapamil", "mechanism_of_action", "InhibitionOfBoneResorption"),
        # a late start of treatment is no feature the deposits show
        ("jdm-lumps-clinic-plan", "CalcinosisCutisInJuvenileDermatomyositis", "has_feature", "TreatmentDelay"),
        ("dm-drug-audit-summary", "IntralesionalCorticosteroid", "treats", "CalcinosisCutisInDermatomyositis", "neg"),
        ("dm-drug-audit-summary", "Colchicine", "treats", "CalcinosisCutisInDermatomyositis", "pos"),
        ("lupus-myositis-medicines-review", "Prednisolone", "treats", "InflammatoryMyopathy", "neg"),
        ("lupus-myositis-medicines-review", "IntravenousSodiumThiosulfate", "treats", "CalcinosisCutis", "neg"),
        # "calcinosis cutis" names every kind in passing, and is no parent by co-mention alone
        ("idiopathic-lumps-teaching-slide", "CalcinosisCutis", "has_subtype", "Calciphylaxis"),
        # … and two kinds a sentence sets against each other are not placed one under the other
        ("idiopathic-lumps-teaching-slide", "IdiopathicCalcinosisCutis", "has_subtype", "TumoralCalcinosis"),
        ("flare-cautions-pharmacy-sheet", OBO + "CHEBI_5098", "indicated_when", "Pregnancy"),  # flucloxacillin
        ("flare-cautions-pharmacy-sheet", "IntravenousSodiumThiosulfate", "indicated_when", "HeartFailure", "pos"),
        # … and of another calcinosis it is only what every calcinosis is
        ("heel-lumps-infant-scan", "IatrogenicCalcinosisCutis", "has_mechanism", "EctopicCalcification"),
        ("burn-scar-film-report", "DystrophicCalcinosisCutis", "has_mechanism", "EctopicCalcification"),
        ("gaiter-wound-clinic-note", "DystrophicCalcinosisCutis", "located_in", "Leg"),
        # what "would have" been done was not
        ("gaiter-wound-clinic-note", "Curettage", "treats"),
        ("verapamil-deposits-handout", "CalcinosisCutisInSystemicSclerosis", "has_feature", "Constipation"),
        # a muscle named as the seat of the myositis is no site of the deposits
        ("dm-myositis-follow-up-letter", "CalcinosisCutisInDermatomyositis", "located_in", "SkeletalMuscle"),
        # a drug never taken neither helped nor failed
        ("dm-myositis-follow-up-letter", "Colchicine", "treats"),
        # "Neither A nor B may be given while …" is a caution, not a failure
        ("myositis-biologics-clinic-faq", "Anakinra", "treats"),
        ("myositis-biologics-clinic-faq", "Tocilizumab", "treats"),
        # an event counted in a trial arm, and where it arose, are no feature or site of the disease
        ("minocycline-trial-safety-table", "CalcinosisCutisInDermatomyositis", "has_feature", "Dizziness"),
        ("minocycline-trial-safety-table", "CalcinosisCutisInDermatomyositis", "located_in", "LowerLeg"),
        # side effects are a therapy's harms, never the disease's features
        ("myositis-registry-form-notes", "CalcinosisCutisInDermatomyositis", "has_feature", "Headache"),
        ("myositis-registry-form-notes", "CalcinosisCutisInDermatomyositis", "has_feature", "Diarrhea"),
        # a joint's range of movement on examination, and "face" as a verb, name no site
        ("dm-myositis-follow-up-letter", "CalcinosisCutisInDermatomyositis", "located_in", "Shoulder"),
        ("dm-myositis-follow-up-letter", "CalcinosisCutisInDermatomyositis", "located_in", "Wrist"),
        ("dm-myositis-follow-up-letter", "CalcinosisCutisInDermatomyositis", "located_in", "Face"),
        # the confusion and thirst of too much calcium are no features of the deposits
        ("shin-ridges-rheumatology-letter", "CalcinosisCutisInMorphea", "has_feature", "Confusion"),
        ("shin-ridges-rheumatology-letter", "CalcinosisCutisInMorphea", "has_feature", "Polydipsia"),
        # the lump that "wasn't an epidermoid cyst" is no topic of the note
        ("pulp-deposits-hand-clinic", "EpidermalCyst"),
        ("pulp-deposits-hand-clinic", "CalcinosisCutis", "associated_with", "Curettage"),
        ("pulp-deposits-hand-clinic", "CalcinosisCutis", "located_in", "Palm"),
        # "RIVERSIDE CREST CLINIC": in a line of capitals an acronym names no disease
        ("members-bulletin-trial-digest", "CalcinosisCutisInCRESTSyndrome", "located_in", "Toe"),
        # dialysis not needed, or only planned "if" the disease worsens, treats nothing
        ("renal-clinic-letter-dialysis", "Dialysis", "treats", "AcuteKidneyInjury"),
        ("renal-clinic-letter-dialysis", "Hemodialysis", "treats", "ChronicKidneyDisease"),
        # a harm the drug risks is no feature of the disease it is given for
        ("tofacitinib-counselling-notes", "CalcinosisCutisInDermatomyositis", "has_feature", "HerpesZoster"),
        # … unless the clause says it got better after X
        ("tofacitinib-counselling-notes", "SurgicalExcision", "has_adverse_effect", "Pain"),
        # the syndrome's other signs are not the calcinosis's company
        ("scleroderma-clinic-problem-list", "CalcinosisCutisInSystemicSclerosis", "associated_with", "Telangiectasia"),
        ("heparin-site-nodules-ward-notes", "Dialysis", "has_adverse_effect", "Nausea"),
        # a denial of something else: a biopsy's "no vasculitis", no sling for the arm
        ("olecranon-deposit-pathology-report", "CalcinosisCutis", "associated_with", "Vasculitis"),
        ("olecranon-deposit-pathology-report", "CalcinosisCutis", "located_in", "Arm"),
        ("olecranon-deposit-pathology-report", "CalcinosisCutis", "located_in", "Epidermis"),  # the skin over it
        ("leg-ulcer-clinic-review", "CalcinosisCutis", "associated_with", "DiabetesMellitus"),
        ("parathyroidectomy-softening-case", "MetastaticCalcinosisCutis", "associated_with", "Parathyroidectomy"),
        ("parathyroidectomy-softening-case", "MetastaticCalcinosisCutis", "associated_with", "Cinacalcet"),
        # the disease a drug is licensed for goes with no calcinosis
        ("dm-calcinosis-drug-notes", "CalcinosisCutisInDermatomyositis", "associated_with", "Glaucoma"),
        # "the myositis" after "juvenile dermatomyositis" is that disease, not the general class
        ("dm-calcinosis-drug-notes", "CalcinosisCutis", "associated_with", "InflammatoryMyopathy"),
        # a return after treatment is no feature, and calcium under the skin is the calcinosis itself
        ("scleroderma-clinic-problem-list", "CalcinosisCutisInSystemicSclerosis", "has_feature", "Recurrence"),
        ("scleroderma-clinic-problem-list", "CalcinosisCutisInSystemicSclerosis", "has_feature", "SubcutaneousCalcification"),
        # the coarser sign beside the narrower one the document states ("digital ulcers")
        ("scleroderma-clinic-problem-list", "CalcinosisCutisInSystemicSclerosis", "has_feature", "Ulceration"),
        # a lesion's infection is the calcinosis's, not the antibiotic's harm
        ("heparin-site-nodules-ward-notes", "Antibiotic", "has_adverse_effect", "RecurrentSkinInfection"),
        # vitamin D and calcium salts are the minerals' source, never a calcinosis's cure
        ("supplement-excess-skin-deposits", "Cholecalciferol", "treats", "MetastaticCalcinosisCutis"),
        ("supplement-excess-skin-deposits", "CalciumCarbonate", "treats", "MetastaticCalcinosisCutis"),
        # the binding is the binder's, not the diet's begun with it
        ("supplement-excess-skin-deposits", "DietaryPhosphateRestriction", "mechanism_of_action", "PhosphateBinding"),
        # what a deposit in the skin does not bring (a blood count, blisters, bruising, shingles)
        # is no feature of the calcinosis a note is about, nor is the place of it
        ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "has_feature", "Neutropenia"),
        ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "has_feature", "Bruising"),
        ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "has_feature", "Blister"),
        ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "has_feature", "HerpesZoster"),
        ("myositis-infusion-day-unit-note", "CalcinosisCutisInDermatomyositis", "located_in", "Flank"),
        # a plan's proposal ("referral … to weigh up excising it", "consider colchicine should
        # it turn red") says when a therapy may come, not that it treated the deposit
        ("hand-clinic-plan-calcinosis", "SurgicalExcision", "treats"),
        ("hand-clinic-plan-calcinosis", "Colchicine", "treats"),
        # nor is a rash a review of systems denies (fever, which a flare may bring, stays)
        ("wrist-periarthritis-urgent-care", "PeriarticularCalcification", "has_feature", "SkinRash"),
    ],
    ids=lambda a: "|".join(a),
)
def test_what_the_new_documents_do_not_say(facts, absent):
    assert not any(f[: len(absent)] == absent for f in facts)


def test_negated_facts_have_no_direct_triple(graph):
    warfarin = list(graph.quads_for_pattern(ox.NamedNode(vocab.term("Warfarin")), ox.NamedNode(vocab.term("treats")), None))
    assert warfarin == []


def test_same_input_gives_byte_identical_turtle_with_one_or_many_processes(tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    build([UNSEEN], a, reason=False, jobs=1)
    build([UNSEEN], b, reason=False, jobs=2)
    assert a.read_bytes() == b.read_bytes()


def _cckg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cckg.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("bad", ["binary.txt", "latin1.txt", "empty.md", "broken.xml"])
def test_a_bad_file_stops_the_build_with_one_line_and_keeps_the_old_output(tmp_path, bad):
    corpus = tmp_path / "corpus"
    shutil.copytree(UNSEEN, corpus)
    out = tmp_path / "g.ttl"
    build([corpus], out, reason=False)
    before = out.read_bytes()
    shutil.copy(BAD / bad, corpus / bad)
    proc = _cckg("build", str(corpus), "-o", str(out), "--no-reason", "-q", cwd=tmp_path)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and bad in lines[0] and "Traceback" not in proc.stderr, proc.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "g.ttl"]  # no temp file left behind


def test_keep_going_builds_the_rest_and_lists_what_it_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(UNSEEN, corpus)
    for bad in BAD.iterdir():
        shutil.copy(bad, corpus / bad.name)
    out = tmp_path / "g.ttl"
    report = build([corpus], out, reason=False, keep_going=True)
    assert sorted(Path(p).name for p, _ in report.skipped) == sorted(p.name for p in BAD.iterdir())
    assert len(report.documents) == len(list(UNSEEN.iterdir()))
    proc = _cckg("build", str(corpus), "-o", str(out), "--no-reason", "--keep-going", cwd=tmp_path)
    assert proc.returncode == 0
    assert all(any(b.name in line for line in proc.stderr.splitlines()) for b in BAD.iterdir())


def test_a_missing_source_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        build([tmp_path / "nope"], tmp_path / "g.ttl", reason=False)


def test_every_row_names_a_document_and_terms_that_exist():
    """A row that names a term the lexicon lacks (a misspelt class, a drug only the extra lexicon
    has under its OBO IRI) or a document that is not there can never be found, so an "absent" row
    with it passes whatever the builder does: every row here must name a fixture and real terms."""
    from cckg.graph_builder.read import read_documents
    from cckg.graph_builder.recognise import load_lexicon

    terms = set(load_lexicon().terms)
    docs = {d.doc_id for path in sorted(UNSEEN.iterdir()) for d in read_documents(path)}
    rows = list(EXPECTED)
    for test in list(globals().values()):
        for mark in getattr(test, "pytestmark", []):
            if mark.name == "parametrize" and mark.args[0] == "absent":
                rows += mark.args[1]
    unknown = []
    for row in rows:
        names = [row[1], *row[3:4]]  # (document, subject[, relation[, object, …]])
        iris = [n if n.startswith("http") else vocab.term(n) for n in names]
        unknown += [(row, iri) for iri in iris if iri not in terms]
        if row[0] not in docs:
            unknown.append((row, row[0]))
    assert len(rows) > len(EXPECTED)
    assert unknown == []
