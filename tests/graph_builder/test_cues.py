"""The cue patterns the relation rules read, on their own."""

from __future__ import annotations

import pytest
from cckg.graph_builder.cues import (
    ADVERSE_CUE,
    ADVERSE_VERB,
    AND_IT_THEN,
    ANIMAL_PRACTICE,
    APPOSED_ASIDE,
    APPOSED_THEN_FOR,
    APPOSED_USE_AFTER,
    APPOSITIVE,
    ASIDE_REST,
    AVOIDED_BECAUSE,
    AVOIDS,
    BARE_VERDICT,
    BECAME_BEFORE,
    CAUSE_CUE,
    CAUSED_IT,
    CAUSES_NEXT,
    COMORBIDITY,
    CONDITION_CLAUSE,
    CONDITION_SUBJECT,
    CONTRAINDICATION,
    CONTROL_ARM_AFTER,
    CONTROL_ARM_CLAUSE,
    COUNTED_ARM,
    DAMAGED_BY,
    DEFINED_BY,
    DESPITE,
    DOSED_THEN_USE,
    EXCLUSION_LABEL,
    FOR_IT,
    FORM_ENDS,
    FORM_IS_HARMFUL,
    GIVEN_ASIDE,
    INFECTION_BEFORE,
    INSIDE_APPOSED,
    ITEM_HARM,
    ITEM_PLAN,
    KIND_TYPE,
    LESIONS_UNMOVED,
    LISTED_FOR_DISEASE,
    MEASURED_AGAINST,
    MOA_CUE,
    NAMED_FORM,
    NEGATED_SITE_LIST,
    NEGATION,
    NEGATION_AFTER,
    NEGATION_BACK,
    NOT_GIVEN,
    NOT_GIVEN_BEFORE,
    NUMBING,
    OTHER_OF_CLASS,
    OUTCOME_FIELD,
    POPULATION_ON,
    PRONOUN_START,
    REGIMEN_COMMA,
    RISK_MARKERS,
    RISK_RAISED,
    RISKS_LABEL,
    SCAR_AS_SETTING,
    SIGNALMENT,
    STATED_KIND,
    STOP_REASON_AFTER,
    STOPPED,
    STOPPED_BECAUSE,
    STOPPED_BEFORE,
    SUBJECT_CAUSES,
    TAPERED_BEFORE,
    THE_FORM,
    THERAPY_CAUSED,
    TIED_TO_DISEASE,
    TIMED_BY,
    TREAT_VERB,
    TREATED_WITH,
    USED_FOR,
    VALUE_CHANGE,
)


@pytest.mark.parametrize(
    ("text", "carries"),
    [
        ("It was stopped after two doses.", True),
        ("They caused nausea in three patients.", True),
        # a lead-in of how or how much before the pronoun
        ("Given daily for months, it can cause osteomalacia.", True),
        ("At high doses they irritate the stomach.", True),
        ("Over time, it may thin the bones.", True),
        # a verdict on the lumps, not on the therapy named before
        ("It sounds very much like an idiopathic calcinosis.", False),
        ("They look like calcium deposits to me.", False),
    ],
)
def test_a_leading_pronoun_carries_the_last_therapy_unless_it_judges_the_lesion(text, carries):
    assert bool(PRONOUN_START.match(text)) is carries


@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        ("since the lumps hurt, excision is advised", True),
        ("if the wound breaks down", True),
        # "since" of a time gives no reason
        ("since last spring", False),
        ("since the winter", False),
        ("since March", False),
    ],
)
def test_since_of_a_time_opens_no_condition(text, conditional):
    assert bool(CONDITION_CLAUSE.search(text)) is conditional


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Recognised risks include warfarin and diabetes.", True),
        ("Taking it carried a greater risk of the disease.", True),
        ("The drug conferred an excess risk in women.", True),
        ("The team regard warfarin as one likely contributor.", True),
        ("Calcium-based binders are a contributing factor.", True),
        # a lower risk raises nothing
        ("The newer binder carried a lower risk.", False),
    ],
)
def test_what_raises_the_risk_of_a_disease(text, raised):
    assert bool(RISK_RAISED.search(text)) is raised


@pytest.mark.parametrize(
    ("before", "states"),
    [
        ("It sounds a lot like ", True),
        ("To me these look like an ", True),
        ("Doctors call this ", True),
        # a likeness of the lumps' look is no verdict on their kind
        ("The lumps feel like ", False),
    ],
)
def test_words_before_a_kind_that_state_it(before, states):
    assert bool(STATED_KIND.search(before)) is states


@pytest.mark.parametrize(
    ("text", "lists_risks"),
    [
        ("Risks explained: bleeding, infection and scarring.", True),
        ("Risks reviewed incl. haematoma and numbness.", True),
        ("Risks discussed included wound breakdown.", True),
        ("The risks are pain and a scar.", True),
        # the disease's own complications, and a risk of the disease
        ("Complications included ulceration and infection.", False),
        ("Risk of calcinosis rises with disease duration.", False),
    ],
)
def test_a_note_s_list_of_risks_is_read_with_or_without_a_colon(text, lists_risks):
    assert bool(RISKS_LABEL.match(text)) is lists_risks


@pytest.mark.parametrize(
    ("lead", "tells_history"),
    [
        ("known ", True),
        ("She has ", True),
        ("No ", True),
        ("No prior frostbite or ", True),
        (" no past ", True),
        # what did not happen to a disease is no history of it
        ("No improvement in ", False),
        ("No change in the ", False),
    ],
)
def test_words_before_a_disease_that_tell_the_patient_s_history(lead, tells_history):
    assert bool(COMORBIDITY.search(lead)) is tells_history


@pytest.mark.parametrize(
    ("after", "defines"),
    [
        (" presents with a rash", True),
        (" usually presents as firm yellow papules", True),
        (" (PXE) manifests as lax skin", True),
        (" is characterised by weak thighs", True),
        # what the disease brings about is another state, not its picture
        (" causes hypercalcaemia", False),
        (" was present in two patients", False),
    ],
)
def test_words_after_a_disease_that_open_its_picture(after, defines):
    assert bool(DEFINED_BY.match(after)) is defines


@pytest.mark.parametrize(
    ("after", "failed"),
    [
        (" showed no clear added benefit.", True),
        (" had no effect.", True),
        (" offered little measurable benefit", True),
        (" was given before anything else, with little success", True),
        (" was used with great success", False),
        (" brought a clear benefit.", False),
        (" produced not one response in four", True),
        (" gave not a single responder", True),
        # a patient's words
        (" for a month and nothing changed", True),
        (", which got no smaller", True),
        (" but the lumps didn't get any softer", True),
        (" and the lumps got smaller", False),
    ],
)
def test_words_after_a_therapy_that_say_it_did_not_help(after, failed):
    assert bool(NEGATION_AFTER.search(after)) is failed


@pytest.mark.parametrize(
    ("clause", "verdict"),
    [
        ("; nothing changed.", True),
        ("; no change", True),
        ("; sadly it didn't help", True),
        # a verdict on something else, or one that turns
        ("; the deposits shrank.", False),
        ("; no change in her pain, but the deposits shrank", False),
    ],
)
def test_a_clause_after_a_semicolon_that_is_only_a_verdict(clause, verdict):
    assert bool(BARE_VERDICT.match(clause)) is verdict


@pytest.mark.parametrize(
    ("before", "yardstick"),
    [
        ("Topical STS offered no added benefit over ", True),
        ("Laser was more effective than ", True),
        ("It is not superior to standard ", True),
        # an exception and a choice are not yardsticks
        ("Nothing other than ", False),
        ("Try laser rather than ", False),
        ("We compared laser with ", False),
    ],
)
def test_words_before_a_therapy_that_make_it_the_yardstick(before, yardstick):
    assert bool(MEASURED_AGAINST.search(before)) is yardstick


@pytest.mark.parametrize(
    ("before", "harms"),
    [
        ("the infusion can tip older patients into ", True),
        ("two patients developed ", True),
        ("it may provoke ", True),
        # "tip … into" as its own word, not inside another
        ("she pressed her fingertip into ", False),
        ("applied to the fingertip over ", False),
    ],
)
def test_words_before_a_finding_that_bring_it_on(before, harms):
    assert bool(ADVERSE_VERB.search(before)) is harms


@pytest.mark.parametrize(
    ("before", "harms"),
    [
        ("offered ahead of any operation, though the injections are ", True),
        ("it helped, but the cream can cause a ", True),
        ("yet these tablets were often ", True),
        # the form named with no harm said of it
        ("the injections were given in ", False),
        ("although the nodules are ", False),
    ],
)
def test_a_later_clause_that_says_the_drug_s_form_does_harm(before, harms):
    assert bool(FORM_IS_HARMFUL.search(before)) is harms


@pytest.mark.parametrize(
    ("before", "setting"),
    [
        ("the deposits grow inside old burn ", True),
        ("chalky material worked its way through the ", True),
        ("a fresh nodule appeared at the edge of the ", True),
        ("elbow stiffness secondary to a burn ", True),
        # a scar an operation leaves, and the risk of one
        ("you will be left with a fine ", False),
        ("each cut leaves a small ", False),
        ("laser clears several lumps at a time, at the risk of ", False),
    ],
)
def test_words_before_a_scar_that_make_it_the_lesion_s_setting(before, setting):
    assert bool(SCAR_AS_SETTING.search(before)) is setting


@pytest.mark.parametrize(
    ("after", "other_arm"),
    [
        (" and did not improve on placebo.", True),
        (", whereas the control group was unchanged.", True),
        (" but stayed the same with the vehicle cream.", True),
        # the same arm's result, and a clause with no comparison arm
        (" and eased further by week 12.", False),
        (", but the nodules did not shrink.", False),
    ],
)
def test_a_later_clause_about_the_comparison_arm(after, other_arm):
    assert bool(CONTROL_ARM_CLAUSE.search(after)) is other_arm


@pytest.mark.parametrize(
    ("after", "other_arm"),
    [
        (" on placebo", True),
        (") in the sham group", True),
        (" of those given the control cream", True),
        (" on the cream", False),
    ],
)
def test_a_count_followed_by_the_comparison_arm(after, other_arm):
    assert bool(CONTROL_ARM_AFTER.match(after)) is other_arm


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("I had blistering for a week after each go.", True),
        ("Afterwards she developed a rash on both hands.", True),
        # what got better is a result, not a harm
        ("I had less pain within a month.", False),
        ("He felt better by the third session.", False),
        ("The spots shrank by half.", False),
    ],
)
def test_what_a_patient_went_through_in_a_therapy_s_list_item(text, harm):
    assert bool(ITEM_HARM.search(text)) is harm


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Offer if the wound is not closing by week six.", True),
        ("Consider a second course in the spring.", True),
        ("It worked well on the larger lumps.", False),
    ],
)
def test_a_plan_in_a_list_item_says_when_not_what_happened(text, plan):
    assert bool(ITEM_PLAN.search(text)) is plan


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Secondary outcome measures: pain score; ulcer count", True),
        ("Primary endpoint: change in deposit area at one year", True),
        ("Outcome measures: grip strength", True),
        # a case's outcome is what happened to the patient
        ("Outcome: the wound healed in six weeks.", False),
    ],
)
def test_a_trial_record_s_field_of_what_it_will_measure(text, field):
    assert bool(OUTCOME_FIELD.match(text)) is field


@pytest.mark.parametrize(
    ("text", "unmoved"),
    [
        ("No change at all.", True),
        ("No improvement.", True),
        # a sentence that goes on to say what did not change is read elsewhere
        ("No change in her other medicines.", False),
    ],
)
def test_a_bare_verdict_that_nothing_changed(text, unmoved):
    assert bool(LESIONS_UNMOVED.search(text)) is unmoved


@pytest.mark.parametrize(
    ("after", "failed"),
    [(" has so far been disappointing", True), (" was disappointing in two small series", True),
     (" gave encouraging results", False)],
)
def test_disappointing_results_are_a_failure(after, failed):
    assert bool(NEGATION_AFTER.search(after)) is failed


@pytest.mark.parametrize(
    ("before", "cause"),
    [("The plaque lies in skin damaged by ", True), ("fat injured by repeated ", True),
     ("The ulcer healed after ", False), ("was treated by ", False),
     # a harm a therapy brought on is no injury to the lesion's tissue
     ("the scarring was caused by the ", False), ("pain induced by repeated ", False)],
)
def test_words_before_what_injured_the_tissue(before, cause):
    assert bool(DAMAGED_BY.search(before)) is cause


@pytest.mark.parametrize(
    ("text", "fails"),
    [
        ("Laser was tried in six; none healed.", True),
        ("Two had infusions, but neither responded.", True),
        ("Both were offered surgery; none benefited.", True),
        # the deposits' course after the therapy, not its failure
        ("Five were excised; none has come back.", False),
    ],
)
def test_none_after_the_therapies_is_their_failure(text, fails):
    assert bool(NEGATION_BACK.search(text)) is fails


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("deposits of the dystrophic kind", "dystrophic"),
        ("deposits of metastatic type", "metastatic"),
        ("a calcinosis of the idiopathic variety", "idiopathic"),
        ("iatrogenic-type calcification", "iatrogenic"),
        ("a lump of some size", None),
    ],
)
def test_a_kind_is_read_from_its_adjective(text, adjective):
    m = KIND_TYPE.search(text)
    assert (m and (m.group(1) or m.group(2))) == adjective


@pytest.mark.parametrize(
    ("after_drug", "listed"),
    [
        (" 30 mg at night for heartburn.", True),
        (", for AF.", True),
        (" 5 mg at night, for BP.", True),
        # a use described, not the purpose a medicines list gives
        (", which doctors otherwise give for hypertension", False),
        (" 500 mg twice daily for the deposits", False),
    ],
)
def test_a_medicines_list_gives_a_drug_s_purpose_right_after_its_dose(after_drug, listed):
    assert bool(LISTED_FOR_DISEASE.match(after_drug)) is listed


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Exclusion: pregnancy; eGFR below 30", True),
        ("**Exclusion Criteria:**", True),
        ("Exclusions", True),
        # the word in a sentence, and what a trial takes in
        ("Exclusion of other causes took a week.", False),
        ("Inclusion: adults on haemodialysis", False),
    ],
)
def test_a_trial_s_exclusion_label(line, label):
    assert bool(EXCLUSION_LABEL.match(line)) is label


@pytest.mark.parametrize(
    ("text", "presents"),
    [
        ("Re: Hazel, six-year-old nanny goat", True),
        ("Bramble, 6 yo FN collie, has been on steroids", True),
        ("Signalment: 9 y MN Persian cat", True),
        ("a 3yr F/S spaniel with plaques", True),
        ("a 4-month-old foal", True),
        ("He took 5 mg daily for 2 y of follow-up", False),
        ("The lesions were 2 mm across", False),
    ],
)
def test_a_line_that_presents_the_animal_under_care(text, presents):
    assert bool(SIGNALMENT.search(text)) is presents


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Radiographs showed no difference in the volume of calcinosis at one year.", True),
        ("There was no significant change in the number of calcified nodules.", True),
        ("Scans found no difference in deposit size between the arms.", True),
        ("No difference in pain scores was seen.", False),
        ("The deposits differed in size.", False),
    ],
)
def test_a_trial_that_found_the_deposits_unmoved(text, verdict):
    assert bool(LESIONS_UNMOVED.search(text)) is verdict


@pytest.mark.parametrize(
    ("gap", "after", "use"),
    [
        (", an ", " drug that slows", True),
        (", an old ", " medicine, with", True),
        (", an ", " patient", False),
        (" for ", " drug", False),
    ],
)
def test_a_disease_named_as_the_kind_of_drug(gap, after, use):
    """The words between a therapy and a disease, and after the disease."""
    assert bool(APPOSITIVE.match(gap) and APPOSED_USE_AFTER.match(after)) is use


@pytest.mark.parametrize(
    ("before", "after", "harmed"),
    [
        ("A few people on ", " had indigestion.", True),
        ("Two patients taking ", " developed a rash.", True),
        ("A woman on ", " for years had calcinosis.", False),
        ("Deposits shrank on ", " in most.", False),
    ],
)
def test_a_group_on_a_therapy_and_what_befell_it(before, after, harmed):
    assert bool(POPULATION_ON.search(before) and ADVERSE_VERB.search(after[:30])) is harmed


@pytest.mark.parametrize(
    ("before", "counted"),
    [
        ("shrank in 15 of 22 (68%) children on ", True),
        ("and in 2 of 9 adults receiving ", True),
        ("a woman with lupus on ", False),
        ("patients on long-term ", False),
    ],
)
def test_a_count_of_those_on_a_therapy_is_its_arm(before, counted):
    """The words before a therapy: a count of the patients on it, not a drug they take anyway."""
    assert bool(COUNTED_ARM.search(before)) is counted


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Heparin was discontinued on day 2 owing to the ", "owing to"),
        ("Stop the thiazide due to her ", "due to"),
        ("Held on admission d/t ", None),  # held back is a contraindication's own cue
        ("Calcitriol stopped in March because of the ", "because of"),
        ("She stopped seeing the nurse because the ", None),
    ],
)
def test_a_therapy_stopped_because_of_something_the_reason_follows(text, reason):
    """Where the reason a therapy was stopped begins; the relater tells a disease from a harm."""
    cue = STOPPED_BECAUSE.search(text)
    assert (cue.group("why") if cue else None) == reason
    if cue:
        assert cue.end() == len(text)


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("Calcinosis was associated with digital ulcers (OR 2.8).", True),
        ("Two registries link the deposits to acro-osteolysis.", True),
        ("Deposits were more frequent among adults with ulcers.", True),
        ("Digital ulcers and a long disease predict calcinosis.", True),
        # a lesion described, a denied link, a study's aim
        ("A single warty papule, with no link to trisomy 21.", False),
        ("Its predictors remain unclear in adults.", False),
        ("It is seen more often than is recognised.", False),
    ],
)
def test_a_sentence_of_risk_names_markers(text, risk):
    assert bool(RISK_MARKERS.search(text)) is risk


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The lumps grew at the sites of an old infection.", True),
        ("Calcinosis often follows an infection.", True),
        ("An infection can cause dystrophic calcinosis.", True),
        ("Trauma, infections and burns can all lead to calcinosis.", True),
        # the infection the deposits bring, however the verb falls
        ("Open deposits cause soreness, weeping and infection.", False),
        ("Pain and infection result from the deposits.", False),
        ("An infection caused by the deposits needed antibiotics.", False),
        ("In these patients infection is a leading cause of death.", False),
    ],
)
def test_an_infection_named_as_what_came_before_the_deposits(text, before):
    assert bool(INFECTION_BEFORE.search(text)) is before


@pytest.mark.parametrize(
    ("after", "names_cause"),
    [(" can cause calciphylaxis", True), (" use may trigger calcinosis", True),
     (" is a recognised cause of calciphylaxis", True), (" has been linked to calcinosis", True),
     (" can induce regression of calcinosis", True),  # the verb; the calcinosis must come next
     (" was given for calcinosis", False), (" eased the calcinosis", False)],
)
def test_words_after_a_therapy_that_name_it_a_cause(after, names_cause):
    assert bool(CAUSES_NEXT.match(after)) is names_cause


def test_the_disease_a_cause_names_comes_next_past_an_article():
    assert CAUSES_NEXT.match(" can cause the calciphylaxis").end() == len(" can cause the ")


@pytest.mark.parametrize(
    ("text", "brought_down"),
    [
        # before the therapy: a dose brought down is no therapy given
        ("We tapered the ", True), ("she was weaned off ", True), ("weaning him off the ", True),
        ("We started the ", False), ("stopped because of ", False),
    ],
)
def test_words_before_a_therapy_that_bring_its_dose_down(text, brought_down):
    assert bool(TAPERED_BEFORE.search(text)) is brought_down


@pytest.mark.parametrize(
    ("after", "stopped"),
    [(" was weaned over a month", True), (" was stopped in May", True),
     (" has been tapered", True), (" was started in May", False),
     (" was gone the plaques", True)],
)
def test_words_after_a_therapy_that_stop_it(after, stopped):
    assert bool(STOPPED.match(after)) is stopped


@pytest.mark.parametrize(
    ("after", "aside"),
    [(", tried for the itch at the edges, gave", True),
     (", given for her myositis, did", True),
     (" year, trying the drug in four children, produced", True),
     (", 100 mg daily, gave", False), (", which failed,", False)],
)
def test_what_a_therapy_was_given_for_set_off_by_commas(after, aside):
    assert bool(GIVEN_ASIDE.match(after)) is aside


@pytest.mark.parametrize(
    ("before", "failed"),
    [
        ("grew despite methotrexate and ", True),
        ("grew despite having received ", True),
        # the verb of a new clause ends the list the lesions grew despite
        ("grew despite methotrexate and prednisone were given ", False),
        ("grew despite diltiazem received ", False),
    ],
)
def test_the_therapies_a_lesion_grew_despite(before, failed):
    assert bool(DESPITE.search(before)) is failed


@pytest.mark.parametrize(
    ("after", "withheld"),
    [
        (" was discussed and not used.", True),
        (" was offered, but the parents declined it.", True),
        (" was discussed and the patient refused.", True),
        (" was offered and helped.", False),
        (" was discussed at length and started.", False),
    ],
)
def test_words_after_a_therapy_that_say_it_was_not_given(after, withheld):
    assert bool(NOT_GIVEN.match(after)) is withheld


@pytest.mark.parametrize(
    ("before", "withheld"),
    [
        ("She declined ", True),
        ("His owners refused further ", True),
        ("We decided against ", True),
        ("The serum calcium declined after ", False),
        ("We decided on ", False),
    ],
)
def test_words_before_a_therapy_that_say_it_was_turned_down(before, withheld):
    assert bool(NOT_GIVEN_BEFORE.search(before)) is withheld


@pytest.mark.parametrize(
    ("before", "dates"),
    [
        ("I injected it into the lump before ", True),
        ("the wound broke down after the ", True),
        ("we gave it during ", True),
        ("it was stopped prior to ", True),
        ("three times weekly after each ", True),
        ("we gave it with ", False),
    ],
)
def test_words_before_a_therapy_that_only_date_another_act(before, dates):
    assert bool(TIMED_BY.search(before)) is dates


@pytest.mark.parametrize(
    ("between", "acts"),
    [
        (" is not holding her evening ", True),
        (" is not controlling the ", True),
        (" takes the edge off the ", True),
        (" took the edge off ", True),
        (" helps keep ", True),
        # an aside of a class and what the drug does comes first
        (", a synthetic prostaglandin that widens small vessels, heals the ", True),
        (" is holding up the ", False),
    ],
)
def test_words_between_a_therapy_and_what_it_acts_on(between, acts):
    assert bool(TREAT_VERB.match(between)) is acts


@pytest.mark.parametrize(
    ("after", "ends"),
    [
        (" 100 mg daily, the pain eased", True),
        (" the lumps shrank", True),
        (" her pain eased", True),
        (" and colchicine the lumps shrank", False),
        (" tablets", False),
    ],
)
def test_the_end_of_an_opening_regimen(after, ends):
    assert bool(REGIMEN_COMMA.match(after)) is ends


@pytest.mark.parametrize(
    ("before", "came_into"),
    [
        ("He became ", True),
        ("she got very ", True),
        ("two went on to develop ", True),
        ("a woman with ", False),
        ("her known ", False),
    ],
)
def test_words_before_a_state_the_patient_came_into(before, came_into):
    assert bool(BECAME_BEFORE.search(before)) is came_into


@pytest.mark.parametrize(
    ("after", "for_it"),
    [
        (" for it", True),
        (" 300 mg every morning for it", True),
        (" 75 micrograms daily for them", True),
        (" at night to control it", True),
        (" for it to work", False),
        (" 300 mg for the pain", False),
    ],
)
def test_words_after_a_therapy_taken_for_the_state_just_named(after, for_it):
    assert bool(FOR_IT.match(after)) is for_it


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("Colchicine gives her diarrhoea.", True),
        ("Sevelamer may make dogs constipated.", True),
        ("Bosentan can injure the liver.", True),
        ("Sulfites may provoke bronchospasm.", True),
        ("Surgery here risks a wound infection.", True),
        ("Colchicine gives good relief.", False),
        ("Bosentan helps the ulcers heal.", False),
        # "risks" the noun, listing what makes the disease likelier
        ("Recognised risks include warfarin and diabetes.", False),
        ("Obesity and warfarin are the risks cited by most authors.", False),
    ],
)
def test_a_harm_told_as_what_the_drug_does(text, harm):
    assert bool(ADVERSE_CUE.search(text)) is harm


@pytest.mark.parametrize(
    ("between", "caused"),
    [
        (" causes ", True),
        (" can cause ", True),
        (" cause encephalopathy and ", True),
        (" may lead to nausea, vomiting or ", True),
        (" caused ", True),
        (" is given for ", False),
        (" causes nausea and treats ", False),
    ],
)
def test_words_between_a_therapy_and_the_disease_it_brings_on(between, caused):
    assert bool(THERAPY_CAUSED.fullmatch(between)) is caused


@pytest.mark.parametrize(
    ("text", "avoided"),
    [
        ("Calcium acetate should not be used: it adds to the load.", True),
        ("Warfarin must never be given, because it can cause bleeding.", True),
        ("Debridement is best avoided: it leaves a wound.", True),
        ("Calcium acetate should not be used alone.", False),
        ("Warfarin should be continued: it protects the valve.", False),
    ],
)
def test_a_therapy_to_avoid_for_what_it_does(text, avoided):
    assert bool(AVOIDED_BECAUSE.search(text)) is avoided


@pytest.mark.parametrize(
    ("between", "use_next"),
    [
        (" 800 mg with meals: ", True),
        (" ER 240 mg daily - ", True),
        (" 10 mg: for ", True),
        (": ", False),
        (" 800 mg with meals, and ", False),
        (" 10 mg was stopped: ", False),
    ],
)
def test_a_medicines_line_between_its_drug_and_what_it_is_for(between, use_next):
    assert bool(DOSED_THEN_USE.match(between)) is use_next


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("IVIG was begun as an immunomodulatory therapy.", True),
        ("Rituximab was tried as a B-cell-depleting treatment.", True),
        ("IVIG was begun in March.", False),
    ],
)
def test_words_that_say_how_a_therapy_acts(text, how):
    assert bool(MOA_CUE.search(text)) is how


@pytest.mark.parametrize(
    ("after", "caused"),
    [
        (" she took for years, to thin her blood, brought it on", True),
        (" probably caused this", True),
        (" had set it off", True),
        (" brought on calciphylaxis", False),
        (" she took for years helped it", False),
        (" caused no harm", False),
    ],
)
def test_a_therapy_said_to_have_brought_on_the_disease_by_a_pronoun(after, caused):
    assert bool(CAUSED_IT.match(after)) is caused


@pytest.mark.parametrize(
    ("after", "failed"),
    [
        (" keeps her skin quiet, and it has not stopped the lumps", True),
        (" is given weekly, but they did not halt the spread", True),
        (" keeps her skin quiet, and it has softened the lumps", False),
        (" keeps her skin quiet; it has not stopped the lumps", False),
    ],
)
def test_a_later_clause_that_judges_the_therapy_by_a_pronoun(after, failed):
    then = AND_IT_THEN.match(after)
    assert bool(then and NEGATION_AFTER.match(after, then.end())) is failed


@pytest.mark.parametrize(
    ("before", "denied"),
    [
        ("No further nodules at the wrists, knees or ", True),
        ("no nodules at the knees, ", True),
        ("No other lumps on the ", True),
        ("No pain, but lumps on the knees, ", False),
        ("Nodules at the wrists, knees or ", False),
    ],
)
def test_the_places_a_lesion_is_denied_at(before, denied):
    assert bool(NEGATED_SITE_LIST.search(before)) is denied


@pytest.mark.parametrize(
    ("text", "kept_from"),
    [
        ("Bosentan was discussed but not started, because his enzymes are high.", True),
        ("Pamidronate was considered but not offered due to the low vitamin D.", True),
        ("Cinacalcet was not given, because she was hypocalcaemic.", True),
        ("Bosentan was discussed and started, because the ulcers came back.", False),
        ("It was tried but not continued.", False),
    ],
)
def test_a_therapy_weighed_and_let_go_for_a_state(text, kept_from):
    assert bool(CONTRAINDICATION.search(text)) is kept_from


@pytest.mark.parametrize(
    ("before", "used_for"),
    [
        ("Pentoxifylline was added for the ", True),
        ("Diltiazem was restarted for ", True),
        ("Diltiazem was stopped for ", False),
        ("Infusion: calcium gluconate 10%; Given for: ", True),
    ],
)
def test_what_a_therapy_was_added_for(before, used_for):
    assert bool(USED_FOR.search(before)) is used_for


@pytest.mark.parametrize(
    ("between", "treated"),
    [
        (" in the evening, which eased with ", True),
        (" on the ward, which settled with ", True),
        (" in the left thigh at night, which settled with ", False),
    ],
)
def test_a_finding_put_right_after_a_phrase_of_where_or_when(between, treated):
    assert bool(TREATED_WITH.match(between)) is treated


@pytest.mark.parametrize(
    ("between", "use_next"),
    [
        (", a calcium-channel blocker, for ", True),
        (", an old antacid, for the ", True),
        (", for ", False),
        (", a calcium-channel blocker, and ", False),
    ],
)
def test_a_drug_s_class_set_off_before_what_it_is_for(between, use_next):
    assert bool(APPOSED_THEN_FOR.match(between)) is use_next


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("excision for a nodule which has ulcerated", True),
        ("nifedipine, which has given him headaches", False),
        ("colchicine, which has probably caused the diarrhoea", False),
    ],
)
def test_a_relative_clause_of_what_a_drug_did_is_no_condition(text, condition):
    assert bool(CONDITION_CLAUSE.search(text)) is condition


@pytest.mark.parametrize(
    ("text", "harm", "kept_back"),
    [
        ("Nifedipine, which has given him headaches", True, False),
        ("She avoids aspirin because of the bleeding", True, True),
        ("He withholds it because of the rash", True, True),
        ("Nifedipine for his Raynaud's", False, False),
        ("Minocycline can stain the skin blue-grey", True, False),
        ("Calcium shown by a von Kossa stain on biopsy", False, False),
    ],
)
def test_a_harm_cue_and_a_drug_kept_back(text, harm, kept_back):
    assert bool(ADVERSE_CUE.search(text)) is harm
    assert bool(AVOIDS.search(text)) is kept_back


@pytest.mark.parametrize(
    ("after", "aside"),
    [
        (", a bisphosphonate taken by mouth, was not started", True),
        (", an NSAID sold over the counter, was not used", True),
        (" was not given", False),
        (", then diltiazem, was not given", False),
    ],
)
def test_an_aside_that_says_what_a_therapy_is(after, aside):
    assert bool(APPOSED_ASIDE.match(after)) is aside


@pytest.mark.parametrize(
    ("before", "after", "class_aside"),
    [
        ("Naproxen, a ", " (NSAID) bought over the counter, ", True),
        ("Naproxen, an oral ", ", ", True),
        ("Naproxen and ", " (NSAID) bought over the counter, ", False),
        ("Naproxen, a ", " for the pain; then ", False),
        # the class's abbreviation, inside the same aside
        ("Naproxen, an over-the-counter painkiller (", ") bought at a chemist, ", True),
    ],
)
def test_the_class_an_aside_names_and_the_rest_of_the_aside(before, after, class_aside):
    assert bool(INSIDE_APPOSED.search(before) and ASIDE_REST.fullmatch(after)) is class_aside


@pytest.mark.parametrize(
    ("text", "numbing"),
    [
        ("put lidocaine cream on to numb his arm first", True),
        ("a gel that numbs the area first", True),
        ("her fingers go numb in the cold", False),
        ("she was given midazolam to sedate her", True),
        ("used the cream to soften the plaques", False),
        ("colchicine to calm the flares around the deposits", False),
    ],
)
def test_a_drug_given_for_a_procedure_s_pain(text, numbing):
    assert bool(NUMBING.search(text)) is numbing


@pytest.mark.parametrize(
    ("after", "named", "form"),
    [
        (" ointment twice a day", "sodium metabisulfite", "ointment"),
        (" tablets at night", "colchicine", "tablets"),
        (" was started", "sodium thiosulfate cream", "cream"),
        (" for the pain", "colchicine", None),
    ],
)
def test_the_form_a_drug_is_named_with(after, named, form):
    found = NAMED_FORM.match(after) or FORM_ENDS.search(named)
    assert (found["form"] if found else None) == form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Where the ointment went on, it stung.", "ointment"),
        ("These tablets upset her stomach.", "tablets"),
        ("Two lumps went on growing.", None),
    ],
)
def test_a_drug_named_by_its_form_alone(text, form):
    found = THE_FORM.search(text)
    assert (found["form"] if found else None) == form


@pytest.mark.parametrize(
    ("before", "after", "withdrawn"),
    [
        ("I stopped her ", " drops and gave fluids", True),
        ("we discontinued the ", ", then started sevelamer", True),
        ("we stopped the ", " because of nausea", False),
        ("the tablets were stopped and ", " had brought it down", False),
    ],
)
def test_a_drug_withdrawn_with_no_reason_after_it(before, after, withdrawn):
    stopped = STOPPED_BEFORE.search(before) and not STOP_REASON_AFTER.match(after)
    assert bool(stopped) is withdrawn


@pytest.mark.parametrize(
    ("source", "animal_practice"),
    [
        ("Larkfield Animal Clinic newsletter", True),
        ("Riverside Veterinary Surgeons", True),
        ("Department of Dermatology, City Hospital", False),
        ("Journal of Investigative Dermatology", False),
    ],
)
def test_a_source_that_is_an_animal_practice(source, animal_practice):
    assert bool(ANIMAL_PRACTICE.search(source)) is animal_practice


@pytest.mark.parametrize(
    ("before", "another"),
    [
        ("she was moved onto a calcium-free ", True),
        ("she was moved to another ", True),
        ("then a different ", True),
        ("the ", False),
        ("after a second dose of the ", False),
    ],
)
def test_a_therapy_said_to_be_another_of_its_class(before, another):
    assert bool(OTHER_OF_CLASS.search(before)) is another


@pytest.mark.parametrize(
    ("between", "tied"),
    [
        (", in the spots where he once had ", True),
        (" over the shin, in patches of old ", True),
        (" secondary to ", True),
        (" and ", False),
        (" was treated in a clinic for ", False),
    ],
)
def test_the_words_that_tie_a_calcinosis_to_its_disease(between, tied):
    assert bool(TIED_TO_DISEASE.search(between)) is tied


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The flu jab commonly causes a sore arm.", "The flu jab"),
        ("Citrate in stored blood can cause a low calcium.", "Citrate in stored blood"),
        # the calcinosis, the drug or its taking, a modal with no subject, a denial
        ("Some lumps cause no symptoms.", None),
        ("They often cause pain.", None),
        ("Prolonged use can cause osteomalacia.", None),
        ("Her second cycle caused a rash.", None),
        ("May cause nausea and vomiting.", None),
        ("Flexing the joint does not provoke pain.", None),
    ],
)
def test_a_subject_that_brings_on_what_follows(text, subject):
    found = SUBJECT_CAUSES.search(text)
    assert (found["subj"] if found else None) == subject


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("The same process narrows the arteries, causing ulcers.", True),
        ("This disorder also brings stiff joints.", True),
        # the deposits as the subject
        ("The calcified nodules ulcerate.", True),
        ("The condition of the wound worsened after the cream.", False),
        ("The cream caused stinging.", False),
    ],
)
def test_a_sentence_whose_subject_is_the_condition(text, disease):
    assert bool(CONDITION_SUBJECT.match(text)) is disease


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("the cream failed", True),
        ("treatment failure", True),
        # an organ that fails is a disease, before the word or after it
        ("her kidneys are failing", False),
        ("for a woman with failing kidneys", False),
        ("a failing heart", False),
    ],
)
def test_an_organ_failing_is_no_failed_treatment(text, denies):
    assert bool(NEGATION.search(text)) is denies
    assert bool(NEGATION_AFTER.search(text)) is denies


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("The unit prescribes it to control their phosphate.", True),
        ("Binders are taken with meals to reduce serum phosphorus.", True),
        ("She was given it to lower her PTH.", True),
        # a purpose that failed, and a calcium controlled perhaps from below
        ("It failed to lower the phosphate.", False),
        ("Calcitriol is given to control her calcium.", False),
    ],
)
def test_a_purpose_of_lowering_a_blood_value(text, purpose):
    found = [m for m in VALUE_CHANGE.finditer(text) if m.group("purpose")]
    assert bool(found) is purpose


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("In the fingers the deposits go together with ulcers.", True),
        ("The deposits went hand in hand with her Raynaud's.", True),
        ("They are often accompanied by kidney disease.", True),
        ("Other suggested contributors are obesity and diabetes.", True),
        ("Obesity was probably contributing.", True),
        ("The lumps were removed in clinic.", False),
    ],
)
def test_words_that_tell_what_a_disease_goes_with(text, company):
    assert bool(CAUSE_CUE.search(text)) is company
