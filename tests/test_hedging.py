"""Hedges, boosters, approximators: categories, disambiguation, ownership, framing."""
from __future__ import annotations

import pytest

import toolkit
from toolkit.hedging import framing_of


def cues(text: str, key: str = "hedges") -> list[tuple[str, str]]:
    return [(c["cue"], c["category"]) for c in toolkit.analyze_text(text)[key]]


@pytest.mark.parametrize("text,cue,category", [
    ("The storm may reach the coast tonight.", "may", "modal"),
    ("The storm might reach the coast tonight.", "might", "modal"),
    ("The bridge could be closed for a week.", "could", "modal"),
    ("The leak appears to come from the roof.", "appears", "epistemic_verb"),
    ("The results suggest the drug works.", "suggest", "epistemic_verb"),
    ("The rebels are believed to hold the town.", "believed", "epistemic_verb"),
    ("The deal is expected to close in June.", "is expected to", "epistemic_verb"),
    ("The minister will possibly resign.", "possibly", "adverb_adjective"),
    ("It is unclear whether the talks will resume.", "It is unclear whether", "adverb_adjective"),
    ("The potential buyers met on Monday.", "potential", "adverb_adjective"),
    ("The suspect reportedly fled to Spain.", "reportedly", "attribution"),
    ("The company allegedly hid the losses.", "allegedly", "attribution"),
    ("Sources say the plant will close.", "Sources say", "attribution"),
    ("Kyiv claims the drones hit a depot.", "claims", "attribution"),
    ("There were reports of shelling overnight.", "reports", "attribution"),
    ("If the dam fails, the valley floods.", "If", "conditional"),
    ("Higher fares could push riders back into cars.", "could", "modal"),
    ("The claim could not be independently verified.", "could not be independently verified",
     "attribution"),
    ("What we don’t know is where they will strike first.", "don’t know", "epistemic_verb"),
    ("It is too early to say how many died.", "too early to say", "adverb_adjective"),
    ("It was too early to know whether it works.", "too early to know whether",
     "adverb_adjective"),
    ("But we cannot say that the drug causes it.", "cannot say", "epistemic_verb"),
    ("The findings were preliminary.", "preliminary", "adverb_adjective"),
    ("The deal is seen as a win for the mayor.", "seen as", "epistemic_verb"),
    ("It was not clear whether the deaths were related.", "not clear whether",
     "adverb_adjective"),
    ("But it does not prove that the drug works.", "not prove", "negated_booster"),
    ("The delay could well cost the city millions.", "could", "modal"),
    ("Officials are not certain the dam will hold.", "not certain", "negated_booster"),
    ("The move appeared aimed at reassuring investors.", "appeared", "epistemic_verb"),
    ("The effect appeared strongest for ground coffee.", "appeared", "epistemic_verb"),
    ("Analysts said investors appeared wary.", "appeared", "epistemic_verb"),
    ("Some doubted it would risk further damage.", "doubted", "epistemic_verb"),
    ("Investigators believe it may have been sparked by a power line.", "believe",
     "epistemic_verb"),
])
def test_hedge_categories(text, cue, category):
    assert (cue, category) in cues(text)


@pytest.mark.parametrize("text", [
    "The vote was held in May 2024.",                      # May the month
    "The council met on May 20 to vote.",
    "The rescuers could not reach the village.",           # ability, not doubt
    "She could see the river from her window.",
    "He moved so that his father could work in the North Sea.",  # purpose: past ability
    "Putin accused Kyiv of attacking civilians.",          # a charged speech act, not doubt
    "Asked whether he was lying, he said no.",             # a question put, not doubt
    "Iceland will hold a referendum on whether to resume talks.",  # the question put to voters
    "I don't know him.",                                   # not knowing a person
    "I have seen as many as ten.",                         # seen: saw
    "We need to prove it.",                                # prove: only denied
    "He doubled down on accusations of aggression.",
    "They talked about the timing of the vote.",           # about: topic, not quantity
    "Farmers filed insurance claims after the flood.",     # claims of insurance
    "The group claimed responsibility for the attack.",
    "The church claims 250 members in the town.",          # claims = has
    "The mayor said the bridge would open in June.",       # would: reported future
    "The new law will take effect on Friday.",             # will: plain future
    "Try to keep the fire as low as possible.",            # possible: feasibility
    "She appeared on television on Sunday.",               # appeared: showed up
    "The plan has the potential to save money.",           # potential: a noun
    "The Washington Post reports that the deal is off.",   # reports: a plain verb
    "He appeared before the committee.",                   # appeared: showed up
    "Nobody believes management anymore.",                 # believe: trust, no clause
    "Nobody believes this is about survival.",             # a denial, no doubt
    "This is what climate change looks like for trade.",   # looks like: a description
    "No one believes the figures are right.",
    "Drinkers were 20% less likely to develop the disease.",  # a measured comparison
    "Smokers are twice as likely to die early.",
])
def test_disambiguation_rules_reject(text):
    assert cues(text) == []


def test_would_hedges_with_a_condition_not_as_a_bare_counterfactual():
    assert ("would", "modal") in cues("If prices rise, sales would fall.")
    assert ("would", "modal") in cues("If the strike had gone ahead, it would have cost millions.")
    assert cues("The merger would have created a dominant player.") == []
    assert cues("Senators blocked a bill that would have expanded checks.") == []


def test_the_condition_a_law_sets_is_no_doubt():
    assert cues('Farmers want to change a law that lets roasters sell coffee as a "Kona '
                'blend" if only 10% of the beans come from Kona.') == []
    assert ("If", "conditional") in cues("If convicted, he faces ten years in prison.")


def test_being_made_to_look_like_something_is_no_impression_hedged():
    assert cues('"One stall made all of us look like thieves," said a vendor.') == []
    assert cues("This looks like a company that has lost its way.") == [
        ("looks like", "epistemic_verb")]




def test_approximators_only_before_quantities():
    text = "About 300 people fled, some 40 of them children. They spoke about the war."
    assert cues(text) == [("About", "approximator"), ("some", "approximator")]
    text = "Roughly a third of the 20 staff; nearly 8%. Up to 4% and as many as 9 million."
    assert cues(text) == [("Roughly", "approximator"), ("nearly", "approximator")]
    # bounds are no approximators: "at least 12 were killed", "fell as much as 14%"
    assert cues("At least 12 died; shares fell as much as 14%, closed at least a week.") == []
    text = "It lasted about a year, roughly equal to the last; costs nearly tripled."
    assert [c for c, _ in cues(text)] == ["about", "roughly", "nearly"]
    assert cues("They talked about a man who left.") == []


@pytest.mark.parametrize("text,cue", [
    ("The murder was clearly a crime.", "clearly"),
    ("There is no doubt the tide has turned.", "no doubt"),
    ("The vote certainly helped.", "certainly"),
    ("The data proves the point.", "proves"),
    ("He always wins.", "always"),
    ("We will do everything necessary to win.", "everything necessary"),
    ("We are doing everything possible to minimise disruption.", "everything possible"),
    ("There is no other way.", "There is no other way"),
    ("It is clear that the plan failed.", "clear"),
    ("He made it clear he would stay.", "clear"),
    ("I am sure it will work.", "sure"),
    ("She won without a doubt.", "without a doubt"),
])
def test_boosters(text, cue):
    assert cue in [c for c, _ in cues(text, "boosters")]


def test_negated_booster_is_a_hedge_not_a_booster():
    text = "It is not clearly a crime."
    assert cues(text, "boosters") == []
    assert cues(text) == [("not clearly", "negated_booster")]
    text = "“The evidence is clearly not settled,” he said. The science is far from settled."
    assert cues(text) == [("not settled", "negated_booster"), ("far from settled",
                                                               "negated_booster")]


def test_cues_inside_quotes_belong_to_the_speaker():
    text = ("Mayor Jane Porter opened the bridge, which may cost more than planned. "
            "“It will clearly pay for itself, and traffic might fall,” Porter said.")
    a = toolkit.analyze(text)
    owners = {c.cue: c.speaker for c in a.hedges + a.boosters}
    assert owners == {"may": None, "clearly": "Jane Porter", "might": "Jane Porter"}
    frame = a.certainty_frame().set_index("voice")
    assert frame.loc["(narrator)", "hedges"] == 1
    assert frame.loc["Jane Porter", "hedges"] == 1 and frame.loc["Jane Porter", "boosters"] == 1
    assert frame.loc["Jane Porter", "words"] == 10


def test_sentence_flags_and_rates(sample_text):
    a = toolkit.analyze(sample_text)
    sentences = a.sentences_frame()
    assert len(sentences) == 27
    assert sentences["hedged"].sum() == len({c.sentence for c in a.hedges})
    for c in a.hedges:
        assert sample_text[c.start:c.end] == c.cue
    s = a.summary()
    assert s["hedges_per_100_words"] == round(100 * len(a.hedges) / a.words, 2)


@pytest.mark.parametrize("cue,framing", [
    ("said", "neutral"), ("told", "neutral"), ("according to", "neutral"),
    ("claimed", "distancing"), ("insisted", "distancing"), ("alleged", "distancing"),
    ("admitted", "concession"), ("conceded", "concession"), ("acknowledged", "concession"),
    ("revealed", "factive"), ("pointed", "factive"), ("noted", "factive"),
    ("slammed", "charged"), ("blasted", "charged"), ("lashed", "charged"),
])
def test_framing_classes(cue, framing):
    assert framing_of(cue) == framing


def test_framing_table_of_the_sample(sample_text):
    a = toolkit.analyze(sample_text)
    quotes = a.to_dict()["quotes"]
    assert {q["framing"] for q in quotes if q["cue"] == "admitted"} == {"concession"}
    assert {q["framing"] for q in quotes if q["cue"] == "claims"} == {"distancing"}
    table = a.framing_frame()
    said = table[(table.framing == "neutral") & (table.cue == "said")]
    assert said["quotes"].item() == 3


def test_approximators_before_fractions():
    text = "She said she spends nearly a fifth of her income on transport."
    a = toolkit.analyze_text(text)
    assert [(c["cue"], c["category"]) for c in a["hedges"]] == [("nearly", "approximator")]


def test_phrases_stepped_over_and_doubting_questions():
    assert cues("said Paul Fenwick, the think tank's director.") == []
    assert cues("Analysts questioned whether fines would work.") == [
        ("questioned whether", "epistemic_verb")]
    assert cues("It was not immediately clear how many died.") == [
        ("not immediately clear", "negated_booster")]
    assert cues("I would not be surprised to see rates fall.") == [
        ("would not be surprised", "epistemic_verb")]
    assert cues("When exactly, nobody can say.") == [("nobody can say", "epistemic_verb")]
    assert cues("No one knows how many died.") == [("No one knows", "epistemic_verb")]
    assert cues("Nobody knows him.") == []
    assert cues("Ten years ago I could catch 20 kilograms in a morning.") == []
    assert cues("We were supposed to be on Santorini this afternoon.") == []
    assert cues("I would expect the numbers to keep rising.") == [
        ("would expect", "epistemic_verb")]
    assert cues("We expect the deal to close in March.") == []


def test_possible_things_fears_questions_and_inquiries():
    assert cues("He does not comment on possible investigations.") == [
        ("possible", "adverb_adjective")]
    assert cues("They will act as soon as possible, for the best possible outcome.") == []
    assert cues("The union said it feared mass dismissals.") == []
    assert cues("Two people were feared dead.") == [("feared dead", "epistemic_verb")]
    assert cues("Some supporters questioned the timing.") == []
    assert cues("Television told people what to think.") == []
    assert cues("The probe is focused on whether staff lied.") == []
    assert cues("It is no longer a question of whether they will go.") == []
    assert cues("The cabinet was divided on whether to make purchases compulsory.") == []
    assert cues("Ministers debated whether to act.") == []
    assert cues("The regulator will decide by the end of the year whether to act.") == []
    assert cues("The rules are clear and apply to everyone.", "boosters") == [
        ("clear", "certainty")]
    assert cues("The constitution is very clear on that.", "boosters") == [
        ("clear", "certainty")]
    assert cues("The long-term trend was unmistakable.", "boosters") == [
        ("unmistakable", "certainty")]


def test_unknown_extent_allegations_and_clear_before_a_colon():
    assert cues("We do not yet know the full scale of this.") == [
        ("do not yet know", "epistemic_verb")]
    assert cues("I do not know the man.") == []
    assert cues("He said he would appeal, alleging widespread fraud.") == [
        ("alleging", "attribution")]
    assert cues("The message is clear: they are not done.", "boosters") == [
        ("clear", "certainty")]
    assert cues("It would do whatever is necessary to win.", "boosters") == [
        ("whatever is necessary", "emphatic")]


def test_a_speakers_unless_is_their_condition_and_not_immediately_known():
    assert cues("The judge said the council could not send officers unless Parliament "
                "approved a treaty.") == []
    assert cues("Unless the rain stops, the river may flood.") == [
        ("Unless", "conditional"), ("may", "modal")]
    assert cues("The cause of the blaze was not immediately known.") == [
        ("not immediately known", "adverb_adjective")]


def test_remained_possible_and_no_reports():
    assert cues("He warned that tariffs remained possible.") == [("possible", "adverb_adjective")]
    assert cues("There were no reports of damage.") == []
    assert cues("It was too early to be certain.") == [
        ("too early to be certain", "adverb_adjective")]
    assert cues("It was too early to be certain.", "boosters") == []


def test_counted_reports_and_contracted_negation():
    assert cues("The agency received 63 reports of heaters melting.") == []
    assert cues("We weren't sure she would play.") == [("weren't sure", "negated_booster")]
    assert cues("This is good for shoppers, full stop.", "boosters") == [
        ("full stop", "emphatic")]


def test_clear_as_an_attribute_is_no_booster():
    assert cues("They sent a clear message.", "boosters") == []


def test_a_condition_a_speaker_sets_is_no_hedge():
    text = "“I am ready for a meeting anytime if he wants it,” Putin said."
    assert cues(text) == []
    text = "“If true, this would be a scandal,” Senator Ann Cole said."
    assert ("If", "conditional") in cues(text)
    text = "The agency may have to cut routes if the increase fails, an official said."
    assert cues(text) == [("may have", "modal")]  # reported: still the official's condition
    text = "If the dam fails, the valley floods."
    assert ("If", "conditional") in cues(text)  # the narrator's


def test_commitment_boosters():
    found = cues("China firmly opposes it and will take all necessary measures. The bank "
                 "will do whatever it takes. The official said there was clear evidence.",
                 "boosters")
    assert [c for c, _ in found] == ["firmly", "all necessary measures", "whatever it takes",
                                     "clear evidence"]


def test_a_condition_is_no_certainty_and_more_commitment_cues():
    assert cues("When we are sure, we will act.", "boosters") == []
    assert cues("We are confident a higher court will agree.", "boosters") == [
        ("confident", "certainty")]
    assert [c for c, _ in cues("There is no alternative to diplomacy. Turkey will protect its "
                               "rights by every means.", "boosters")] == [
        "no alternative", "by every means"]
    assert cues("The election had been largely peaceful.") == [("largely", "adverb_adjective")]


def test_believing_someone_expected_as_an_adjective_and_a_predicative_possible():
    assert cues("I'll believe it when I see the new terms.") == []
    assert cues("Boats waited near the expected landfall zone.") == []
    assert ("expected to", "epistemic_verb") in cues("Winds were expected to pick up.") or \
        ("were expected to", "epistemic_verb") in cues("Winds were expected to pick up.")
    assert ("possible", "adverb_adjective") in cues("A surge of 12 feet was possible in some "
                                                    "areas.")
    assert ("allegation", "attribution") in cues("The ministry denied the allegation.")


def test_approximators_before_vague_totals_and_conditions_inside_quotes():
    assert cues("The family had been told almost nothing.") == [("almost", "approximator")]
    assert cues("Rents rose faster than in almost any other city.") == [("almost", "approximator")]
    assert cues("China warned that it would “fight to the end” if duties were imposed.") == []


def test_partial_and_comparative_doubt_and_denied_doubt():
    assert cues("Lighting was partly to blame.") == [("partly", "adverb_adjective")]
    assert cues("Scientists are less certain about it.") == [("less certain",
                                                              "negated_booster")]
    assert cues("The findings were encouraging but not definitive.") == [
        ("not definitive", "negated_booster")]
    assert cues("Nobody should doubt our resolve.") == []
    assert cues("The least he could have done was stop.") == []
    assert cues("The fire could have been caused by a cigarette.") == [("could have", "modal")]


def test_ruling_out_and_counted_reports():
    assert cues("We cannot rule out new fissures.") == [("cannot rule out", "epistemic_verb")]
    assert cues("There were no immediate reports of injuries.") == []


def test_a_withheld_answer_is_no_doubt():
    assert cues("Tanaka declined to say whether the bank would act in January.") == []
    assert cues("The agency did not say whether flights would stop.") == []
    assert cues("It did not say who it believed was responsible.") == []
    assert cues("Ferraro has not said whether he will bring it to the floor.") == []
    assert cues("Officials wonder whether the plan will work.") == [("whether", "conditional")]


def test_believing_anything_is_no_hedge():
    assert cues("She no longer believed anything the government said.") == []


def test_a_pledge_of_every_effort_is_a_booster_and_absent_evidence_no_hedge():
    assert cues("“We are doing everything we can to restore services,” he said.",
                "boosters") == [("everything we can", "emphatic")]
    assert cues("Cairo would “take all measures necessary” to protect its water.",
                "boosters") == [("all measures necessary", "emphatic")]
    # news gold leaves an absence of evidence unmarked: a finding, not a doubt
    assert cues("It said there was no evidence that patient data had been published.") == []


def test_some_before_a_degree_is_no_approximator():
    assert cues("Most reefs had some level of bleaching.") == []
    assert cues("The dam will power some 10 million homes.") == [("some", "approximator")]


def test_an_approximator_before_a_prefixed_currency():
    assert cues("The demands would cost about C$200 million a year.") == [
        ("about", "approximator")]


def test_never_insists_only_inside_quotation_marks_and_a_result_clause_keeps_could():
    assert cues("The WHO warned that the disease had reached places where it had never "
                "been seen.", "boosters") == []
    assert cues("“We will never give up,” she said.", "boosters") == [("never", "totality")]
    assert cues("He said he had “never stopped believing” in the team.",
                "boosters") == [("never", "totality")]
    assert cues("The definition was so broad that it could cover criticism.") == [
        ("could", "modal")]
    assert cues("He hid the files so that he could escape.") == []


def test_could_feel_pressured_is_a_possibility_could_feel_the_heat_a_sense():
    assert cues("Vulnerable people could feel pressured to end their lives.") == [
        ("could", "modal")]
    assert cues("She could feel the heat from the road.") == []


def test_uncertainty_as_a_topic_is_no_hedge():
    assert cues("The deal would let families rebuild after years of uncertainty.") == []


def test_according_to_estimates_is_a_source_not_a_hedge():
    assert cues("The strike cost $5 billion, according to estimates by a consultancy.") == []


def test_appeared_past_an_adverb_and_far_from_certain():
    assert cues("Residents appeared largely relieved by the decision.") == [
        ("appeared largely", "epistemic_verb")]
    assert cues("She appeared briefly in court on Monday.") == []
    assert cues("It is far from certain the courts will agree.") == [
        ("far from certain", "negated_booster")]


def test_claims_by_and_in_part():
    assert cues("Scientists rejected claims by local activists.") == [("claims", "attribution")]
    assert cues("The campaign appeared to be funded in part by oil interests.") == [
        ("appeared", "epistemic_verb"), ("in part", "adverb_adjective")]
    assert cues("Snow fell in part of the city.") == []


def test_supposed_to_of_duty_and_could_before_quoted_words():
    assert cues("He was supposed to protect the people of the city.") == []
    assert cues("The new stadium is supposed to be the best in Europe.") == [
        ("supposed", "epistemic_verb")]
    assert cues('He said the injections could "transform lives".') == [("could", "modal")]
    assert cues("The company said it was confident it could meet demand.") == []
    assert cues("The union will fight the plans with every means at our disposal.",
                "boosters") == [("with every means", "emphatic")]


def test_everything_we_could_and_plain_and_simple():
    assert cues('"We did everything we could," he said.', "boosters") == [
        ("everything we could", "emphatic")]
    assert cues('"This is price gouging, plain and simple," she said.', "boosters") == [
        ("plain and simple", "emphatic")]


def test_almost_no_is_a_vague_quantity():
    assert cues("The system needs almost no water once it is running.") == [
        ("almost", "approximator")]


def test_could_run_out_is_a_possibility():
    assert cues("The company has warned it could run out of money.") == [("could", "modal")]
    assert cues("She could run faster than anyone in her class.") == []


def test_about_before_a_written_fraction_and_not_before_a_hyphenated_adjective():
    assert cues("The region makes up about two-thirds of its territory.") == [
        ("about", "approximator")]
    assert cues("He talked about one-sided deals and about two-way trade.") == []


def test_roughly_in_line_compares_amounts():
    assert cues("Economists said the decision was roughly in line with expectations.") == [
        ("roughly", "approximator")]
    assert cues("Fans stood about in line for hours.") == []


def test_as_he_claimed_holds_a_claim_at_a_distance():
    assert ("claimed", "attribution") in cues(
        "Webb said the firms would cope if they were as safe as he claimed.")
    assert cues("The rebels claimed responsibility for the attack.") == []


def test_an_inverted_estimate_at_a_sentence_end_is_a_verb():
    assert ("estimate", "epistemic_verb") in cues(
        "Nearly half of all adults carry the gene, researchers estimate.")
    assert cues("The figure comes from a Treasury estimate.") == []


def test_more_than_she_claimed_holds_a_claim_at_a_distance():
    assert ("claimed", "attribution") in cues(
        "Ortiz said the plan would cost far more than she claimed.")


def test_make_no_mistake_is_a_booster():
    assert ("make no mistake", "emphatic") in [
        (c.lower(), k) for c, k in cues('"Make no mistake, there will be cuts," she said.',
                                        "boosters")]


def test_a_condition_that_doubts_a_fact_and_no_certainty_inside_it():
    text = "The club said the man would be banned for life if the allegation was proven."
    assert ("if", "conditional") in cues(text)  # a fact in doubt, not the club's terms
    assert cues(text, "boosters") == []  # "proven" inside the condition claims nothing
    assert cues("The club said he would be banned if he was seen again.") == []


def test_a_count_of_reports_that_rises_is_no_attribution_hedge():
    assert cues("The group said reports of abuse at matches had risen by 30% this season.") == []
    assert ("reports", "attribution") in cues("There were reports of shelling near the town.")


def test_an_appositive_claim_holds_the_clause_before_at_a_distance():
    text = ('He said the department would argue she missed deadlines, a claim he called "a '
            'pretext."')
    assert ("claim", "attribution") in cues(text)


def test_the_question_is_whether_is_an_open_doubt():
    assert cues("The question now is whether the dam will hold.") == [("whether", "conditional")]
    assert cues("The inquiry will focus on the question of whether he lied.") == []


def test_a_bound_before_could_and_a_capacity_limit():
    assert cues("Outbreaks in at least 14 countries could grow unchecked.") == [
        ("could", "modal")]
    assert cues("Manufacturers could produce only six million doses a year.") == []


def test_a_denied_guarantee_is_a_hedge_and_thinking_about_something_none():
    assert cues("He signalled that further cuts were not guaranteed.") == [
        ("not guaranteed", "negated_booster")]
    assert cues("There is no guarantee the talks will succeed.") == [
        ("no guarantee", "negated_booster")]
    assert cues("The bank will guarantee the loan.") == []
    assert cues('"Did anyone on this board think about that?" she said.') == []
    assert cues("I think the plan will fail.") == [("think", "epistemic_verb")]


def test_considered_as_weighing_is_no_hedge_and_made_clear_a_booster():
    assert cues("He said Lumio had considered offering users a choice.") == []
    assert cues("She is widely considered the favourite.") == [("considered", "epistemic_verb")]
    assert cues("He said they made clear the money depended on exclusivity.", "boosters") == [
        ("clear", "certainty")]


def test_possible_to_do_something_is_feasibility_not_doubt():
    assert cues('"We have shown that it is possible to protect the forest," she said.') == []
    assert cues("It is possible that the virus spread further.") == [
        ("possible", "adverb_adjective")]


def test_considering_someone_something_is_a_judgement_hedge():
    assert cues("Many co-workers considered him perfect for the role.") == [
        ("considered", "epistemic_verb")]


def test_questioned_how_is_a_hedge_and_proof_that_a_booster():
    assert cues("Some aldermen questioned how the district would pay for it.") == [
        ("questioned how", "epistemic_verb")]
    assert cues('"This contract is proof that we win together," she said.', "boosters") == [
        ("proof that", "certainty")]
    assert cues("There is no proof that the drug works.") == [
        ("no proof that", "negated_booster")]


def test_looks_like_is_an_impression():
    assert cues("“This looks like a company that thinks nobody is watching,” he said.") == [
        ("looks like", "epistemic_verb")]


def test_nobody_disputes_is_a_booster():
    text = "“Nobody disputes that Poland has a right to protect its border,” she said."
    assert cues(text, "boosters") == [("Nobody disputes", "certainty")]


def test_loud_and_clear_and_made_it_very_clear_are_boosters():
    assert cues("“Our members said no, loud and clear,” he said.", "boosters") == [
        ("loud and clear", "emphatic")]
    assert cues("“Uganda has made it very clear what it does to critics,” she said.",
                "boosters") == [("clear", "certainty")]
    assert cues("She sent a very clear message.", "boosters") == []


def test_appearing_in_court_is_no_impression_and_no_consensus_is_doubt():
    assert cues("Police said he would appear in court on Monday.") == []
    assert cues("It would appear that the plan failed.") == [("would appear", "modal")]
    assert cues("The group said there was no scientific consensus on the risk.") == [
        ("no scientific consensus", "adverb_adjective")]


def test_batch_82_cues():
    assert cues("He said “no one could have predicted it.”") == []
    assert cues("It could have been worse.") == [("could have", "modal")]
    assert cues("The attackers arrived around midnight.") == [("around", "approximator")]
    assert cues("“We strongly disagree with this decision,” it said.", "boosters") == [
        ("strongly disagree", "emphatic")]


def test_clearly_as_the_manner_of_a_sense_is_no_booster():
    assert cues("He said he had heard the chants clearly from the pitch.", "boosters") == []
    assert cues("I think this is clearly wrong.", "boosters") == [("clearly", "certainty")]


def test_batch_85_cues():
    assert cues("“They never seriously considered it,” she said.") == []
    assert cues("“The numbers don't lie,” he said.", "boosters") == [("don't lie", "emphatic")]


def test_what_others_think_is_no_doubt_held():
    assert cues("\"I said what my voters think, and I won't be silenced,\" he said.") == []
    found = cues("\"They think if they wait, we will give up,\" she said.")
    assert [c.split()[0] for c, _ in found] == ["think"]


def test_looking_at_whether_is_an_inquiry_no_doubt():
    assert cues("She said the authority would look carefully at whether the merger would lead "
                "to higher prices.") == []


def test_the_claims_as_a_subject_and_a_classification_ruled_on():
    found = cues("The UN called for an inquiry. The claims could not be independently verified.")
    assert [c for c, _ in found] == ["claims", "could not be independently verified"]
    assert cues("The court said the drivers could not be considered independent.") == []
    assert cues("The court said the assessment cannot be regarded as reasonable.") == []
    assert cues("He is widely regarded as the favourite.") == [("regarded", "epistemic_verb")]
    assert [c for c, _ in cues("He is widely considered the favourite.")] == ["considered"]


def test_not_yet_known_is_a_hedge():
    assert [c for c, _ in cues("The park said the cause of death was not yet known.")] == \
        ["not yet known"]


def test_questioned_why_and_not_yet_final_are_hedges():
    assert [c for c, _ in cues("Haskell questioned why hundreds of ballots were counted "
                               "late.")] == ["questioned why"]
    assert [c for c, _ in cues('One said the decision was "not yet final."')] == \
        ["not yet final"]


def test_could_get_worse_is_a_possibility_and_by_all_means_insists():
    assert [c for c, _ in cues("He warned that response times could get longer.")] == \
        ["could"]
    assert cues("She could get water from the well.") == []
    assert [c for c, _ in cues('It said it would defend itself "by all means."',
                               "boosters")] == ["by all means"]


def test_no_amount_could_is_an_impossibility_but_no_doubt_keeps_its_could():
    assert cues("Families said no amount of money could make up for their loss.") == []
    assert [c for c, _ in cues("He said there was no doubt prices could rise.")] == ["could"]


def test_a_proof_still_awaited_is_no_booster():
    a = toolkit.analyze_text("The ban stays until the airline proved all its aircraft were "
                             "airworthy.")
    assert a["boosters"] == []
    a = toolkit.analyze_text("The audit proved the accounts were false.")
    assert [b["cue"] for b in a["boosters"]] == ["proved"]


def test_roughly_tied_and_a_purpose_could():
    assert cues("A poll released last week showed them roughly tied.") == \
        [("roughly", "approximator")]
    assert cues("She was stepping down so the school could move forward.") == []
    assert cues("The storm was so strong the roof could collapse.") == [("could", "modal")]


def test_everything_we_have_insists():
    a = toolkit.analyze_text('The union said it would fight the cuts "with everything we have."')
    assert [b["cue"] for b in a["boosters"]] == ["everything we have"]
    a = toolkit.analyze_text('He said the government would "spare no effort" to help.')
    assert [b["cue"] for b in a["boosters"]] == ["spare no effort"]


def test_a_strong_disagreement_in_the_past_tense_is_a_booster():
    a = toolkit.analyze_text("Hollis Pharma said it “strongly disagreed” with the findings.")
    assert [b["cue"].lower() for b in a["boosters"]] == ["strongly disagreed"]


def test_what_someone_thought_is_no_hedge():
    a = toolkit.analyze_text("Bassi said the council had not asked local businesses what they "
                             "thought.")
    assert a["hedges"] == []
    a = toolkit.analyze_text("Barker thought he had won the race.")
    assert [h["cue"] for h in a["hedges"]] == ["thought"]
    # a plan thought through is no doubt held
    assert cues("The U-turn showed the government had not thought its budget through.") == []
    assert cues("I think we will get through this.") == [("think", "epistemic_verb")]
    # a doubt, though something to look at comes before it
    assert cues('"Investors will look at this and wonder whether Alberta is open for '
                'business," he said.') == [("whether", "conditional")]


def test_counted_reports_and_a_choice_whether_are_no_hedges():
    a = toolkit.analyze_text("The agency said it had received 212 complaints, including "
                             "reports of 14 crashes.")
    assert a["hedges"] == []
    a = toolkit.analyze_text("Whitford said residents should be free to choose whether to "
                             "consume fluoride.")
    assert a["hedges"] == []


def test_nearly_in_half_is_an_approximator():
    assert [c for c, _ in cues("Voters rejected a plan to cut the fee nearly in half.")] == [
        "nearly"]
    assert cues("The plan was cut in half.") == []


def test_who_may_after_a_rule_is_a_permission():
    assert cues("The government would tighten rules on who may own schools.") == []
    assert [c for c, _ in cues("Officials said the virus may spread.")] == ["may"]


def test_what_may_after_a_cap_is_a_permission():
    # "a law capping what parties may spend": what is allowed, no doubt
    assert cues("The court struck down a law capping what parties may spend on campaigns.") \
        == []
    assert cues("The rules limiting who may fish there were eased.") == []
    assert [c for c, _ in cues("The court said parties may spend more than the cap.")] == [
        "may"]


def test_someone_s_claims_reported_as_such_are_a_hedge():
    assert [c for c, _ in cues("The agency said the members' claims were groundless.")] == [
        "claims"]


def test_convinced_that_insists_and_not_everyone_was_convinced_does_not():
    assert [c for c, _ in cues("The bank said it remained convinced that its clients had been "
                               "harmed.", "boosters")] == ["convinced"]
    assert cues("Not everyone was convinced.", "boosters") == []


def test_a_claim_that_was_false_is_the_thing_claimed_no_hedge():
    assert cues("Shoppers paid a premium for a claim that was false.") == []
    assert [c for c, _ in cues("The company rejected the claim that it had lied.")] == ["claim"]


def test_a_claim_to_a_place_or_title_is_held_not_doubted():
    assert cues("The deal did not affect Belize's claim to the river.") == []
    assert cues("The ruling limited land claims to territories occupied in 1988.") == []
    assert [c for c, _ in cues("Rebels claimed to have captured the town.")] == ["claimed"]
    assert [c for c, _ in cues("He claimed to the committee that he had paid.")] == ["claimed"]


def test_whether_for_this_or_that_and_speculation_on_goods():
    assert cues('"There is no need to kill whales, whether for science or for profit," '
                "she said.") == []
    assert cues('He said the government would not tolerate "speculation on essential '
                'goods."') == []
    assert cues("There was speculation that he would resign.") == [
        ("speculation", "adverb_adjective")]


def test_a_belief_pressed_on_the_speaker_is_no_hedge():
    assert cues('"Now they want us to believe it was lightning," she said.') == []
    assert cues("They would have us believe the river is clean.") == []
    assert [c for c, _ in cues("We believe it was lightning.")] == ["believe"]


def test_impossible_to_predict_is_an_open_question():
    assert [c for c, _ in cues("Geologists said it was impossible to predict when the next "
                               "eruption would begin.")] == ["impossible to predict"]


def test_estimates_for_a_project_are_a_noun():
    assert cues("The decision was taken because cost estimates for the project had risen.") == []
    assert [c for c, _ in cues("Officials estimate that 300 homes were lost.")] == ["estimate"]


def test_everywhere_insists_inside_quotation_marks():
    assert [c for c, _ in cues('"Rent control has failed everywhere it has been tried," he '
                               'said.', "boosters")] == ["everywhere"]
    assert cues("Protesters gathered everywhere in the city.", "boosters") == []


def test_a_claim_held_at_a_distance_after_its_noun():
    assert ("claimed", "attribution") in cues(
        "Some economists said the impact might be smaller than the industry claimed.")
    assert cues("The industry claimed victory.") == []


def test_could_run_dry_is_what_may_happen():
    assert ("could", "modal") in cues("The reservoirs could run dry by June.")
    assert cues("She could run ten kilometres.") == []


def test_everything_it_could_insists_and_its_could_is_no_doubt():
    text = "CalMac said it was doing everything it could to keep the old ferry running."
    assert cues(text, "boosters") == [("everything it could", "emphatic")]
    assert cues(text) == []


def test_what_a_court_rules_someone_may_do_is_leave_not_doubt():
    assert cues("A Dutch appeals court ruled on Friday that the government may cut flights.") \
        == []
    assert ("may", "modal") in cues("Officials said the storm may hit on Friday.")


def test_cannot_say_before_a_clause_about_everyone_is_a_hedge():
    got = cues('"I cannot say everyone is reassured," he said.')
    assert ("cannot say", "epistemic_verb") in got
    assert "cannot say" not in [c for c, _ in cues("The minister cannot say the word.")]


@pytest.mark.parametrize("text,hedged", [
    ("He said a deal was still possible.", ["possible"]),
    ('Consumers "cannot be expected to research the fine print," the judge wrote.', []),
    ("The EU will ban generic environmental claims that companies cannot prove.", []),
    ("The rebels made claims that the army had fled.", ["claims"]),
])
def test_possible_past_an_adverb_and_claims_or_expectations_that_are_no_hedges(text, hedged):
    assert [c for c, _ in cues(text)] == hedged


@pytest.mark.parametrize("text,hedged", [
    ('"Nobody can say they were not warned," he said.', []),
    ('"When exactly, nobody can say," she said.', ["nobody can say"]),
    ("No one can say when the water will return.", ["No one can say"]),
])
def test_nobody_can_say_hedges_only_what_is_open(text, hedged):
    assert [c for c, _ in cues(text)] == hedged


def test_could_after_a_place_phrase_joined_by_and_is_a_hedge():
    assert [c for c, _ in cues("Experts said the case would end up before federal courts and "
                               "could take years.")] == ["could"]
    assert cues("He left before it could be answered.") == []


def test_alleges_is_an_attribution_hedge():
    assert cues("The commission alleges that FreshWay raised prices.") == [
        ("alleges", "attribution")]


def test_strong_support_is_emphatic_like_strong_disagreement():
    assert cues("The union said it strongly supported the ban.", "boosters") == [
        ("strongly supported", "emphatic")]


def test_a_possibility_named_again_is_a_topic_not_a_doubt():
    assert cues("Asked about that possibility, he said he hoped it would not come to that.") == []
    assert cues("There is a possibility that the talks collapse.") == [
        ("possibility", "adverb_adjective")]


def test_deception_idioms_capacity_and_a_threats_condition_are_no_hedges():
    assert cues("Shoppers were led to believe they were getting a bargain.") == []
    assert cues("Specials are not always what they seem, he said.") == [
        ("not always", "negated_booster")]
    assert cues("Demand hit a record, far more than it could supply.") == []
    assert cues("The union has threatened further strikes if no agreement is reached.") == []
    # but a threat "unless" its demand is met leaves the outcome open, as the wire gold has it
    assert [c for c, _ in cues("Unions threatened a strike unless the government reversed "
                                "the rise.")] == ["unless"]
    assert cues("It said investigators had not ruled out any motive.") == [
        ("had not ruled out", "epistemic_verb")]


def test_a_quoted_predicative_clear_is_a_booster():
    assert cues('He said the guidelines were "clear" and applied to all.', "boosters") == [
        ("clear", "certainty")]
    assert cues('It sent a "clear" message.', "boosters") == []


def test_a_feat_proved_and_cost_estimates_are_no_cues():
    assert cues('"Today we proved them wrong," she said.', "boosters") == []
    assert cues("The tests proved the drug works.", "boosters") == [("proved", "certainty")]
    assert cues('It rejected some of the cost estimates as "not prudent".') == []


def test_a_belief_of_everyone_who_holds_it_is_no_hedge():
    assert cues('"This is a victory for everyone who believes universities should not be for '
                'sale," she said.') == []


def test_a_penaltys_condition_is_no_hedge():
    assert cues("The law will fine companies up to 50 million Australian dollars ($32 million) "
                "if they fail to comply.") == []


def test_refusing_to_say_whether_holds_back_an_answer():
    assert cues("The prime minister refused to say whether his government would change the "
                "law.") == []


def test_told_clearly_how_is_a_manner_no_booster():
    assert cues("It had not told users clearly how their data was being used.", "boosters") == []
    assert cues("The data clearly show a decline.", "boosters") == [("clearly", "certainty")]


def test_a_capacity_in_a_relative_clause_is_no_hedge():
    assert cues("Silt was many times the limit its plants could handle.") == []
    assert cues("The limit could be raised next year.") == [("could", "modal")]


def test_an_ability_had_before_a_change_is_no_hedge():
    assert cues('"Before the smelter came, I could fill my boat in a morning," he said.') == []
    assert cues("Before the vote, officials said the bill could pass.") == [("could", "modal")]


def test_no_other_way_to_make_a_living_is_a_lack_of_means():
    assert cues("He said families had no other way to make a living.", "boosters") == []
    assert cues('"There is no other way," she said.', "boosters") == [("There is no other way",
                                                                      "emphatic")]


def test_as_fast_as_it_could_is_a_capacity():
    assert cues("The minister said it was opening centres as fast as it could build them.") == []


def test_no_system_in_the_world_could_have_is_an_impossibility():
    assert cues('"No warning system in the world could have prepared us," he said.') == []


def test_most_could_is_a_possibility_and_the_least_he_could_is_none():
    assert cues("It said most could avoid a shutoff by joining a plan.") == [("could", "modal")]
    assert cues("The least he could have done was apologise.") == []


def test_anyone_could_is_what_was_allowed():
    assert cues("The chamber said it had warned for years that anyone could open a "
                "construction company without qualifications.") == []
    assert cues("The chamber said the rules could change.") == [("could", "modal")]


def test_the_amount_someone_may_take_is_a_permission():
    assert cues("Armenia cut the amount of water farmers may take from Lake Sevan.") == []
    assert cues("Peru will cut the maximum load a porter may carry on the trail.") == []
    assert cues("The quota limits how much each farm may sell.") == []
    assert cues("Each farm may sell more next year.") == [("may", "modal")]
    assert cues("The number of cases may rise.") == [("may", "modal")]


def test_every_option_exhausted_is_a_booster():
    assert cues('"We have exhausted every option," said chief executive Laurent Castagnet-Roux.',
                "boosters") == [("exhausted every option", "emphatic")]
    assert cues('"Every option remains open," he said.', "boosters") == []


def test_a_laboratory_so_exporters_could_test_is_a_purpose():
    assert cues("It was building a national laboratory so exporters could test honey at "
                "home.") == []
    assert cues("The rains failed, so prices could rise.") == [("could", "modal")]


def test_a_subjects_only_is_no_limit_on_could():
    assert ("could", "modal") in cues("Doctors have warned that the island's only general "
                                      "hospital could be forced to close wards this winter.")
    assert not any(c == "could" for c, _ in cues("The only thing he could do was wait."))


def test_paying_in_instalments_is_allowed_not_doubted():
    assert not any(c == "could" for c, _ in cues(
        "The regulator said drivers could pay for the meters in instalments."))
    assert ("could", "modal") in cues("The regulator said the meters could cost drivers more.")


def test_what_a_grid_could_supply_is_a_capacity():
    assert not any(c == "could" for c, _ in cues(
        "The ministry said demand had reached a record, well above what the grid could "
        "supply."))


def test_doing_what_they_could_is_as_much_as_they_can():
    assert not any(c == "could" for c, _ in cues(
        "The minister said the islands were doing what they could with little money."))
    assert not any(c == "could" for c, _ in cues(
        "Her lawyer said she would repay what she could."))


def test_nobody_can_tell_us_when_is_a_hedge():
    assert ("nobody can tell us", "epistemic_verb") in cues(
        '"We have been here since six and nobody can tell us when we will leave," she said.')


def test_an_approximator_before_a_unit_s_worth():
    assert cues("The permit costs about a week's wages.") == [("about", "approximator")]
    assert cues("The permit costs about a week’s wages.") == [("about", "approximator")]


def test_nobody_could_tell_him_when_is_a_hedge():
    assert cues("He said nobody could tell him when the papers would come out.") == [
        ("nobody could tell him", "epistemic_verb")]
    assert cues("No one could tell her apart from her sister.") == []  # (no question open)


def test_what_a_thing_is_about_is_no_hedge():
    assert cues('"This is not about two people," she said.') == []
    assert cues("It is about whether art can be free.") == []
    assert cues("The bill is about 300 pages long.") == [("about", "approximator")]


def test_roughly_doubles_and_the_coulds_of_options_and_reach():
    assert cues("Demand on the island roughly doubles in summer.") == [
        ("roughly", "approximator")]
    assert cues("The border service said trucks could use another crossing.") == []
    assert cues("Many families tapped every tree they could reach.") == []


def test_declining_to_comment_on_whether_is_no_doubt():
    assert cues("A spokesman for the port declined to comment on whether it had been "
                "approached.") == []


def test_did_not_know_how_is_a_hedge_and_did_not_know_that_is_none():
    assert cues("She said she did not know how she would repay it.") == [
        ("did not know", "epistemic_verb")]
    assert cues("They did not know that the dam was weak.") == []


def test_a_multiple_is_a_quantity_and_a_thought_as_a_noun_no_hedge():
    assert ("almost", "approximator") in cues("Rents have risen almost fivefold in a decade.")
    assert cues("Loggers cleared the slope with no thought for the river below.") == []


def test_every_possibility_is_an_inquirys_reach_no_hedge():
    assert cues('"We are looking at every possibility," the minister said.') == []
    assert ("possibility", "adverb_adjective") in cues(
        "Officials raised the possibility that the dam could fail.")


def test_whether_after_a_past_inquiry_is_no_hedge():
    assert cues("The suspension was a precaution while investigators examined whether the pilot "
                "had ignored warnings.") == []


def test_no_alternative_as_a_circumstance_is_no_booster():
    assert cues("The tax would punish people who have no alternative to driving.",
                "boosters") == []
    assert ("no alternative", "emphatic") in cues('"There is no alternative to diplomacy," '
                                                  "she said.", "boosters")


def test_forecast_to_is_a_prediction_like_expected_to():
    assert ("forecast", "epistemic_verb") in cues(
        "Temperatures in the city were forecast to pass 40 degrees by mid-morning.")
    assert ("forecasts", "epistemic_verb") in cues("The bank forecasts that growth will slow.")
    assert cues("The weather forecast was grim, and it cut its profit forecast for the year.") \
        == []


def test_more_than_the_plant_could_handle_is_a_capacity():
    assert not any(c == "could" for c, _ in cues(
        "The town accused others of sending more rubbish than the plant could handle."))
    assert ("could", "modal") in cues("The plant could handle more rubbish next year, the town "
                                      "said.")


def test_might_as_well_and_a_group_far_less_likely_are_no_hedges():
    assert cues('"We see schools ten minutes apart that might as well be in different '
                'countries," she said.') == []
    assert cues("Pupils in some districts were far less likely to finish school.") == []
    assert ("might", "modal") in cues("The plant might close next year.")


def test_could_see_a_figure_is_what_may_come():
    assert ("could", "modal") in cues("Scientists say the city could see 60 days a year above 40 "
                                      "degrees by 2050.")
    assert cues("She could see the smoke from her window.") == []


def test_not_knowing_by_a_day_whether_is_one_hedge():
    assert cues('"I still do not know on Monday if I will work on Tuesday," he said.') == [
        ("do not know", "epistemic_verb")]
    assert [c for c, _ in cues('"We don\'t know if the school will open," she said.')] == [
        "don't know if"]


def test_could_in_a_when_clause_is_a_condition_met():
    assert cues("The company paid compensation when herders could prove the train had killed "
                "their livestock.") == []
    assert ("could", "modal") in cues("Officials said the dam could fail when the rains come.")


def test_more_than_forests_could_sustain_and_could_not_be_ruled_out():
    assert cues("The ministry said the population had grown to 1,100, more than the country's "
                "forests could sustain.") == []
    assert cues("The geologist said further collapses could not be ruled out.") == [
        ("could not be ruled out", "epistemic_verb")]


def test_as_far_as_we_know_limits_a_claim():
    assert cues('"No patient data has been lost, as far as we know," he said.') == [
        ("as far as we know", "epistemic_verb")]
    assert cues("To our knowledge, nobody was hurt.") == [("To our knowledge", "epistemic_verb")]
    assert cues("The ash spread as far as the coast.") == []


def test_the_worst_possible_time_is_a_superlative_no_hedge():
    assert cues("Travel agents said the cancellations came at the worst possible time.") == []
    assert ("possible", "adverb_adjective") in cues("Officials said a possible leak was found.")


def test_near_a_record_or_a_rate_is_an_approximator_near_a_place_is_not():
    assert cues("Hotel occupancy in the city is already near record levels.") == [
        ("near", "approximator")]
    assert cues("Economists expect rates near 2.5% by the summer.") == [("near", "approximator")]
    assert cues("He lives near 10 Downing Street.") == []
    assert cues("The town near the border was hit by shelling.") == []


def test_more_than_they_could_ever_repay_is_a_capacity():
    assert cues("Each new vehicle costs 2.8 million pesos, far more than most of them could "
                "ever repay.") == []


def test_nobody_here_believes_is_a_denial():
    assert cues('"Three children on my street have leukaemia. Nobody here believes it is a '
                'coincidence," said Abbas Hamid al-Maliki.') == []
    assert cues("We believe it was a mistake.") == [("believe", "epistemic_verb")]


def test_close_to_a_figure_is_an_approximator_close_to_a_place_or_a_deal_is_not():
    assert cues("A new boat now costs close to 50,000 euros.") == [("close to", "approximator")]
    assert cues("It took close to a year to rebuild.") == [("close to", "approximator")]
    assert cues("They fished too close to shore.") == []
    assert cues("We were so close to a deal when the talks broke down.") == []
    assert cues("Officials close to the president denied it.") == []


def test_roughly_the_current_level_is_an_approximator_about_the_current_plan_is_not():
    assert cues("It will cap visits at 900 a year, roughly the current level.") == [
        ("roughly", "approximator")]
    assert cues("They spoke about the current plan.") == []


def test_may_under_a_law_is_a_permission_not_a_hedge():
    assert cues("Under Italian law, truffle hunters may enter private land that is not "
                "fenced.") == []
    assert cues("Under the plan, prices may rise next year.") == [("may", "modal")]


def test_faster_than_rain_could_refill_them_is_a_capacity():
    assert cues("The aquifers are being emptied faster than rain could refill them.") == []
    assert cues("Rain could refill the aquifers by spring.") == [("could", "modal")]


def test_near_record_as_one_word_is_an_approximator():
    assert cues("The Amazon falls to near-record lows.") == [("near-record", "approximator")]


def test_what_may_still_be_done_beside_what_cannot_is_no_hedge():
    assert cues("Boats may still sail into the cove but passengers cannot land.") == []
    assert cues("The storm may still strengthen but forecasters cannot say when.") == \
        [("may", "modal"), ("cannot say", "epistemic_verb")]
    assert cues("The storm may still strengthen.") == [("may", "modal")]


def test_a_trademark_claim_is_a_legal_claim_no_hedge():
    assert cues("The court struck out a trademark claim by a coffee producer.") == []
    assert cues("The court rejected his claim that the name was his.") != []


def test_the_number_of_oysters_they_may_collect_is_an_allowance():
    assert cues("They cut the number of wild oysters farmers may collect this season.") == []
    assert cues("The oysters may collect toxins in warm water.") == [("may", "modal")]


def test_thinking_twice_is_reconsidering_no_hedge():
    assert cues("Now families think twice before they come.") == []
    assert cues("Families think the price will rise.") == [("think", "epistemic_verb")]


def test_a_question_still_debated_is_a_hedge_and_no_other_way_offered_no_booster():
    assert cues("The relative weight of each cause is still debated.") == \
        [("still debated", "adverb_adjective")]
    assert cues("They have been offered no other way to earn a living.", "boosters") == []
    assert cues("It was the plan, no other way around it.", "boosters") == \
        [("no other way", "emphatic")]


def test_a_freedom_to_choose_is_no_hedge_and_cannot_predict_is_one():
    assert cues("Its riders were contractors who could choose when to work.") == []
    assert cues("We cannot predict the exact day.") == [("cannot predict", "epistemic_verb")]


def test_operators_who_could_prove_a_wait_are_no_hedge():
    assert cues("It would help operators who could prove they had been waiting.") == []


def test_viewed_is_a_hedge_only_as_a_judgment_and_everything_i_could_insists():
    text = ('"I did everything I could to save this tour," she said in the video, which had been '
            'viewed more than 2 million times. Critics viewed as a stunt her decision to sing.')
    found = toolkit.analyze_text(text)
    assert [h["cue"] for h in found["hedges"]] == ["viewed as"]
    assert [b["cue"] for b in found["boosters"]] == ["everything I could"]


def test_could_not_predict_and_strong_indications_are_hedges():
    found = toolkit.analyze_text(
        "Scientists said they could not predict whether the swarm would end. The service said "
        "it had strong indications that a state was behind it.")
    cues = [h["cue"] for h in found["hedges"]]
    assert any(c.startswith("could not predict") for c in cues) and "indications" in cues
    quoted = toolkit.analyze_text('It had "strong indications" that a state was behind it.')
    assert [h["cue"] for h in quoted["hedges"]] == ["indications"]
    assert toolkit.analyze_text("Indications of fraud were found in the accounts.")["hedges"] == []


def test_near_before_a_level_is_an_approximator_but_not_before_an_address():
    assert [c for c, _ in cues("Now the market is near 5,000, a trader said.")] == ["near"]
    assert cues("He lives near 10 Downing Street.") == []


def test_no_alternative_offered_is_no_booster():
    assert cues("She said the president had offered no alternative.", "boosters") == []
    assert [c for c, _ in cues("There is no alternative, he said.", "boosters")] == \
        ["no alternative"]


def test_without_any_shadow_of_doubt_is_a_booster_not_a_doubt():
    text = 'He said the inquiry must proceed "without any shadow of doubt."'
    assert cues(text) == []
    assert [c for c, _ in cues(text, "boosters")] == ["without any shadow of doubt"]


def test_a_proof_asked_for_until_it_is_given_is_no_booster():
    text = ("The cable car will stay shut until the operator replaced the cables and proved its "
            "brakes worked.")
    assert cues(text, "boosters") == []
    assert [c for c, _ in cues("The figures proved that the policy worked, she said.",
                               "boosters")] == ["proved"]


def test_every_effort_is_an_emphatic_booster():
    text = 'The region said "every effort" would be made to protect the murals.'
    assert [c for c, _ in cues(text, "boosters")] == ["every effort"]


def test_only_those_who_may_is_a_permission_not_a_hedge():
    assert cues("Only bakers certified by the chamber may use the name.") == []
    assert ("may", "modal") in cues("Only a few bakeries may be affected by the rule.")


def test_claimed_a_count_that_did_something_is_a_claim():
    text = "The government said it was registering artisans and claimed more than 50,000 " \
        "had already signed up."
    assert ("claimed", "attribution") in cues(text)
    assert cues("The group claimed more than 30 lives in the attack.") == []


def test_never_after_a_closed_quotation_in_the_same_sentence_is_the_narrators():
    text = ("\"We dug these wells with our own hands. Nobody is going to take them from us,\" "
            "said Evarista Quispe-Mamani, president of one of the cooperatives that supply water "
            "to homes the utility never reached.")
    assert cues(text, "boosters") == []
    assert cues("\"We have never seen anything like it,\" said a fisherman.", "boosters") == \
        [("never", "totality")]


def test_what_someone_could_have_done_is_a_reproach_not_a_hedge():
    assert cues("\"Somebody could have helped him,\" said his sister.") == []
    assert cues("\"They could have done this a long time ago,\" she said.") == []
    assert ("could have", "modal") in cues("Sediment from the works could have affected the "
                                           "beds.")
    assert ("could have", "modal") in cues("\"Every death here is a death that could have been "
                                           "prevented,\" said a union official.")


def test_around_a_century_is_a_date_given_roughly():
    assert ("around", "approximator") in cues("The remains date from around the first century "
                                              "B.C.")
    assert cues("He spoke about the second century of the empire.") == []


def test_could_in_rules_on_how_something_may_be_done_is_no_hedge():
    assert cues("The foundation said it enforced strict rules on how buildings could be "
                "altered.") == []
    assert ("could", "modal") in cues("The foundation said the buildings could be altered.")


def test_claimed_before_a_clause_however_it_opens_is_a_hedge():
    assert ("claimed", "attribution") in cues(
        "Environmental groups claimed untreated sewage and fertiliser from sugar farms were "
        "feeding the plant.")
    assert cues("The floods claimed dozens of lives.") == []


def test_not_yet_proven_hedges_and_a_request_being_considered_too():
    assert ("not yet proven", "negated_booster") in cues(
        "Scientists said the link to warming was plausible but not yet proven.")
    # (as the Szeged scheme marks "is being considered"; no wire story says otherwise)
    assert ("considered", "epistemic_verb") in cues(
        "A ministry spokeswoman said the request was being considered.")


def test_someone_unaware_of_a_fact_is_no_doubt_but_our_not_knowing_is():
    assert cues("\"He does not know that mine took two weeks on the loom,\" she said.") == []
    assert ("do not know whether", "epistemic_verb") in cues(
        "\"We do not know whether the mine will reopen,\" she said.")


def test_not_known_hedges_an_open_fact_not_someones_unawareness():
    assert ("not known whether", "adverb_adjective") in cues(
        "It is not known whether the paintings can be restored.")
    assert cues("The municipality said it had not known some of the paintings were murals.") == []


def test_tests_that_come_back_clear_insist_on_nothing():
    assert cues("The agency said the ban would be lifted once tests were clear.",
                "boosters") == []
    assert ("clear", "certainty") in cues("The minister said the rules were clear.", "boosters")


def test_never_only_is_no_insistence():
    text = '"It was never only about the lines. We would never give up," said Peter Hale.\n'
    boosters = toolkit.analyze_text(text)["boosters"]
    assert [b["start"] for b in boosters] == [text.index("never give")]


def test_a_rule_s_condition_is_no_doubt_and_i_suppose_is_one():
    text = ("Under council rules, a second language can be added to a street sign if at least a "
            "third of residents ask for it.\n")
    assert toolkit.analyze_text(text)["hedges"] == []
    text = '"The advisory is right, I suppose, but people stay home," said Kenji Morimoto.\n'
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["I suppose"]


def test_a_hedged_always_is_no_booster():
    text = "Some scientists said the arsenic had probably always been there.\n"
    result = toolkit.analyze_text(text)
    assert result["boosters"] == [] and [h["cue"] for h in result["hedges"]] == ["probably"]


def test_a_permission_on_its_own_condition_is_no_doubt_but_a_possibility_is():
    text = ("Small shop owners, who may open on Sundays if they serve customers themselves, said "
            "the ban had helped them.\n")
    assert toolkit.analyze_text(text)["hedges"] == []
    text = "Shops may open if the storm passes.\n"
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["may", "if"]


def test_about_one_a_week_is_an_approximate_rate():
    text = "The kiosks are closing at a rate of about one a week, vendors say.\n"
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["about"]
    assert toolkit.analyze_text("They argued about one party.\n")["hedges"] == []


def test_could_not_yet_say_is_an_open_question():
    text = ("The department said it could not yet say how much of the fall was caused by the "
            "minimum price.\n")
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["could not yet say"]


def test_arguing_over_whether_is_a_dispute_not_doubt():
    text = "Residents are arguing over whether to lift the cap.\n"
    assert toolkit.analyze_text(text)["hedges"] == []
    text = "It is unclear whether the cap will be lifted.\n"
    assert toolkit.analyze_text(text)["hedges"] != []


def test_what_is_still_allowed_beside_what_is_fined_is_no_doubt():
    text = ("Collectors may still pick amber from the waterline, but anyone caught digging above "
            "it faces a fine, the ministry said.\n")
    assert toolkit.analyze_text(text)["hedges"] == []
    assert [h["cue"] for h in toolkit.analyze_text(
        "Prices may still rise, but the bank is prepared.\n")["hedges"]] == ["may"]


def test_about_minus_a_number_is_an_approximate_temperature():
    text = "The temperature rose to about minus 5 degrees.\n"
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["about"]
    assert toolkit.analyze_text("It was about minus the fees.\n")["hedges"] == []


def test_a_group_that_appeared_split():
    assert cues("Doctors at the hospital appeared split.") == [("appeared", "epistemic_verb")]


def test_generally_is_no_hedge_as_the_szeged_training_documents_have_it():
    # (0 of 129 marked there; as a hedge it cost the held-out sentence F1 0.016)
    assert cues("Guests generally accepted the rule.") == []
    assert cues("Guests probably accepted the rule.") == [("probably", "adverb_adjective")]


def test_may_in_what_a_court_ruled_is_leave_however_long_the_subject():
    text = ("A Madrid court on Monday ruled that the owners of a building in the city's "
            "Huertas district may evict the venue.\n")
    assert toolkit.analyze_text(text)["hedges"] == []
    assert cues("The court ruled last year, and prices may rise again.") == [("may", "modal")]


def test_may_in_what_someone_decides_others_may_do_is_leave():
    assert cues("Mombasa cannot decide alone what Kenyans may grow and sell.") == []
    assert cues("The report lists what the inspectors may find.") == [("may", "modal")]


def test_a_proof_nobody_has_made_is_a_negated_booster():
    assert cues("Nobody has ever proven it makes anyone sick.") == [
        ("proven", "negated_booster")]
    assert cues("The tests have proven it makes people sick.") == []


def test_may_under_a_decision_is_what_it_allows():
    assert cues("Under a decision published on Friday, foragers may collect no more than "
                "3 kg a day.") == []
    assert cues("After a decision published on Friday, prices may rise.") == [("may", "modal")]


def test_may_in_the_number_of_times_someone_may_act_is_leave():
    assert cues("The body will cut the number of times jockeys may strike a horse.") == []
    assert cues("Jockeys may strike a horse more often in the rain.") == [("may", "modal")]


def test_a_time_of_day_describing_a_noun_is_no_time_given_roughly():
    # "complaints about dawn crowing": what the complaints concern; "around dawn" a time
    assert cues("Neighbours made complaints about dawn crowing.") == []
    assert cues("The fire started at about dawn, police said.") == [("about", "approximator")]
    assert cues("They left around noon on Friday.") == [("around", "approximator")]


def test_never_in_a_relative_clause_about_people_is_no_booster():
    assert cues('"They gave my stall to someone who never sold anything," said Ana Ruiz.',
                "boosters") == []
    assert cues('"We never sold anything there," said Ana Ruiz.', "boosters") == \
        [("never", "totality")]


def test_never_before_a_passive_participle_insists_on_nothing():
    # "is never locked": a state told in the passive (the gold marks no such "never")
    assert cues("“A hut is not a hotel. The door is never locked,” he said.", "boosters") == []
    assert cues("“We will never sell,” she said.", "boosters") == [("never", "totality")]


def test_whether_after_talk_about_names_a_topic_not_a_doubt():
    # "We talk about whether we can eat": what is talked of; "questions about whether" stays
    assert cues('"He talks about budgets. We talk about whether we can eat," she said.') == []
    assert [c for c, _ in cues("There were questions about whether the dam would hold.")] == [
        "whether"]


def test_believed_before_an_object_with_an_aside_then_its_verb_is_a_belief():
    # "believed the records, including phone logs, clearly showed the transfers": a clause
    # past the aside, a belief held, not trust in the records
    got = [c for c, _ in cues("A spokeswoman said investigators believed the records, including "
                              "phone logs, clearly showed the transfers.")]
    assert "believed" in got


def test_could_in_a_capacity_relative_after_the_number_is_no_hedge():
    # "twice the number it could handle safely": a capacity, with its own pronoun subject
    assert cues("The canyon received 90,000 rafters last year, twice the number it could "
                "handle safely.") == []
    # (but "the number could rise" stays a possibility)
    assert [c for c, _ in cues("Officials said the number could rise.")] == ["could"]


def test_a_rule_relayed_as_we_may_not_is_no_hedge():
    # "The state tells us we may not change a single window": leave refused, no doubt
    assert cues('"The state tells us we may not change a single window," he said.') == []
    # (but "told us it may not reopen" stays a doubt)
    assert [c for c, _ in cues("The owner told us it may not reopen.")] == ["may"]


def test_claiming_a_pretext_is_a_hedge_but_not_claiming_a_due():
    # "demand money from each driver, claiming faults in their papers": alleged faults
    assert [c for c, _ in cues("Officers demand money from each driver, claiming faults in "
                               "their papers.")] == ["claiming"]
    # (but "claiming damages" seeks a sum: no doubt cast)
    assert cues("The families sued the firm, claiming damages for the spill.") == []


@pytest.mark.parametrize("text,hedged", [
    ("Enforcement appeared patchy: sacks were still on sale.", True),
    ("The offer appeared fair to most growers.", True),
    ("The minister appeared on television on Monday.", False),
    ("Traffic appeared lighter around the market on Tuesday.", True),  # a comparison
    ("The suspect appeared later in court.", False),  # when, not how sure
])
def test_appeared_before_a_judged_quality_is_a_hedge(text, hedged):
    # "Enforcement appeared patchy": an impression, as "appeared divided" is; "appeared on
    # television" is where someone was seen
    assert (("appeared", "epistemic_verb") in cues(text)) is hedged


def test_everywhere_denied_is_a_limit_owned_not_insistence():
    # "We cannot be everywhere at once": no booster; "the fraud is everywhere" insists
    assert cues('"We cannot be everywhere at once, but we have not ignored anyone," said '
                'Ruth Nabwera.', "boosters") == []
    assert [c for c, _ in cues('"The smuggling is everywhere," said Ruth Nabwera.',
                               "boosters")] == ["everywhere"]


def test_a_condition_inside_a_reported_accusation_is_no_narrator_hedge():
    # "accused her of threatening a businessman with publication unless he paid her": the
    # accusers' account, reported, whereas the narrator's own "unless" after a threat counts
    text = ("Prosecutors had accused the journalist of threatening a businessman with "
            "publication unless he paid her.")
    assert ("unless", "conditional") not in cues(text)
    assert ("unless", "conditional") in cues("The unions have threatened a strike unless the "
                                             "government reverses the cut.")


def test_assume_warned_against_is_no_hedge():
    # "cannot simply assume that": a warning against assuming, no doubt
    assert cues('"Schools cannot simply assume that a product is safe," she said.') == []
    assert ("assume", "epistemic_verb") in cues("Officials assume the storm will pass.")


def test_anothers_ignorance_told_is_no_hedge():
    # '"A machine does not know what a sentence is for," he said': a claim, not a doubt
    assert cues('"A machine does not know what a sentence is for," said Olof Rydberg.') == []
    assert cues('"We do not know what the machine will do," said Olof Rydberg.') == [
        ("do not know", "epistemic_verb")]


def test_a_doubt_foretold_of_a_thing_is_no_hedge():
    # '"People abroad will now doubt every bottle with our village's name," she said'
    assert cues('"Buyers will now doubt every bottle from our valley," said Eka Gelashvili.') == []
    assert cues("Some doubted the bottles came from the valley.") == [
        ("doubted", "epistemic_verb")]


def test_a_question_of_what_another_thinks_is_no_hedge():
    text = ('BRISBANE (AP) - "Where does the minister think they will go?" she said. "I think '
            'they will die," she added.')
    got = toolkit.analyze_text(text)["hedges"]
    assert [(h["cue"], text[h["start"]:h["start"] + 7]) for h in got] == [("think", "think t")]
    assert text.index("I think") + 2 == got[0]["start"]


def test_an_approximator_before_as_much_is_a_hedge():
    text = ("The zoo pays a fee of 1 million euros to the association and spends roughly as much "
            "again on heating.")
    got = toolkit.analyze_text(text)["hedges"]
    assert [h["cue"] for h in got] == ["roughly"]
    text = "The zoo spends as much as 2 million euros on heating."
    assert toolkit.analyze_text(text)["hedges"] == []


def test_appears_in_no_hurry_is_an_impression():
    text = "Residents say the company appears in no hurry to fix the lifts."
    assert [h["cue"] for h in toolkit.analyze_text(text)["hedges"]] == ["appears"]
    text = "The minister appears in a new video posted on Monday."
    assert toolkit.analyze_text(text)["hedges"] == []


def test_what_others_think_in_a_comparison_is_no_hedge():
    text = '"Children are more honest than councillors think," she said. "I think so," he said.'
    got = toolkit.analyze_text(text)["hedges"]
    assert [(h["cue"], h["start"]) for h in got] == [("think", text.index("I think") + 2)]


def test_it_appeared_at_a_clause_end_is_published_not_an_impression():
    assert cues("An editor should have checked every notice before it appeared.") == []
    assert [c for c, _ in cues("It appeared the plan had failed.")] == ["appeared"]
    assert [c for c, _ in cues("It appeared, at first, to work.")] == ["appeared"]


def test_a_reported_figure_is_a_hedge_but_a_report_is_not():
    assert cues("The deal, worth a reported 1.2 million euros a year, was signed.") == \
        [("a reported", "attribution")]
    assert cues("Police reported 300 arrests.") == []
    assert cues("A reported case of fraud was dropped.") == []


def test_an_unawareness_past_and_ended_is_no_hedge():
    assert cues('"I did not know where he came from," she said.') == []
    assert cues("We did not know what he wanted, he said.") == []
    assert cues("She said she did not know how she would repay it.") == [
        ("did not know", "epistemic_verb")]


def test_things_that_appear_nearly_identical_are_an_impression():
    assert cues("Screenshots show two apps that appear nearly identical.") == [
        ("appear nearly", "epistemic_verb")]  # (one hedge, its adverb with it)
    assert cues("The minister appeared nearly an hour late.") == [("nearly", "approximator")]


def test_a_pronouns_estimates_is_a_verb_even_before_is():
    assert cues("Greenpeace said the ministry should release catch data, which it estimates "
                "is underreported.") == [("estimates", "epistemic_verb")]
    assert cues("Cost estimates is a term accountants use.") == []


def test_whether_after_a_singular_verb_of_weighing_puts_an_inquiry():
    assert cues("The court suspended her while it considers whether she breached ethical "
                "standards.") == []
    assert cues("The panel weighs whether to reopen the case.") == []
    assert cues("Longer studies were needed to know whether the benefits would last.") != []


def test_may_of_the_posts_a_law_opens_is_no_doubt():
    assert cues("The law raises the number of ministries and state agencies where active "
                "officers may serve from 10 to 16.") == []
    assert cues("Officials said the number of places where the virus may spread was "
                "growing.") == [("may", "modal")]


def test_the_samples_boosters_are_the_team_golds(sample_text):
    # the hand annotation of the sample (../shared/gold): "would ultimately prevail" holds a
    # booster, a modal before it notwithstanding
    got = sorted(c["cue"].lower() for c in toolkit.analyze_text(sample_text)["boosters"])
    assert got == ["clearly", "everything necessary", "there is no other way", "ultimately"]


def test_a_named_sources_own_reports_are_no_hedge():
    assert cues("U.N. experts have said in past reports that Rwanda had thousands of troops "
                "in eastern Congo.") == []
    assert [c for c, _ in cues("There were reports that the minister had resigned.")] == [
        "reports"]


def test_even_if_concedes_and_puts_no_condition_in_doubt():
    text = "The court would allow such a change even if Congress passed it."
    assert cues(text) == []
    text = "The court would allow such a change if Congress passed it."
    assert [c for c, _ in cues(text)] == ["would", "if"]


def test_territory_claimed_by_a_state_is_no_hedge():
    assert cues("The islands have been held by China since 1974 but are also claimed by "
                "Vietnam.") == []
    assert [c for c, _ in cues("Rejecting claims by local activists, the firm went on.")] \
        == ["claims"]


def test_a_level_that_appeared_so_is_an_impression():
    assert [c for c, _ in cues("He said turnout appeared high.")] == ["appeared"]
    assert [c for c, _ in cues("Turnout appeared strong in the north.")] == ["appeared"]
    assert cues("He appeared on television on Monday.") == []


def test_doubts_done_without_hold_no_doubt():
    assert cues("She resigned so that the investigation can proceed without any doubts.") == []
    assert [c for c, _ in cues("Some doubts remain about the count.")] == ["doubts"]


def test_a_suspect_after_every_and_a_question_watched_are_no_hedges():
    assert cues("The law requires a magistrate to see every suspect within 48 hours.") == []
    assert [c for c, _ in cues("Police suspect arson.")] == ["suspect"]
    assert cues("Investors are watching whether Bucharest can cut its deficit.") == []
    assert [c for c, _ in cues("It is unclear whether Bucharest can cut its deficit.")] \
        == ["It is unclear whether"]


def test_would_after_a_procedural_condition_is_its_consequence_not_a_doubt():
    # the condition carries the doubt; what "would" follow from it is the rule's consequence
    text = "If convicted, Leong faces up to three years in prison and would lose his seat."
    assert [c for c, _ in cues(text)] == ["If"]
    text = "The changes, if approved by parliament, would take effect in June next year."
    assert [c for c, _ in cues(text)] == ["if"]
    # a condition with its own subject still leaves "would" hypothetical
    text = "The court would allow such a change if Congress passed it."
    assert [c for c, _ in cues(text)] == ["would", "if"]


@pytest.mark.parametrize("text", [
    "She said the board could easily become a tool of the ruling party.",
    "Officials said the outbreak could easily spread to the next valley.",
])
def test_could_easily_become_is_what_may_happen(text):
    assert ("could", "modal") in cues(text)


def test_could_easily_absorb_is_a_capacity():
    assert cues("Larger companies could easily absorb the cost.") == []


@pytest.mark.parametrize("sentence", [
    "The central bank said it had received reports of the loans but did not publish them.",
    "The ministry said it receives reports of its own spending every month.",
])
def test_reports_a_body_received_of_a_known_thing_are_no_hedge(sentence):
    assert not [c for c in cues(sentence) if c[0].lower() == "reports"]


@pytest.mark.parametrize("sentence", [
    "Prices rose after reports of a poor harvest.",
    "The office said it had received reports of at least three people being hurt.",
])
def test_reports_of_events_unconfirmed_are_still_a_hedge(sentence):
    assert [c for c in cues(sentence) if c[0].lower() == "reports"]


@pytest.mark.parametrize("text,cue", [
    ('"The rector knows perfectly well that the money is late," she said.', "perfectly well"),
    ('"They knew full well the bridge was unsafe," he said.', "full well"),
])
def test_knowing_perfectly_well_is_a_booster(text, cue):
    assert (cue, "certainty") in cues(text, "boosters")


def test_looking_like_something_someone_wants_is_no_hedge():
    assert cues('"The council wants the old port to look like a marina," said a fisherman.') == []
    assert cues("He wished the square to look like it did in 1900.") == []
    assert cues("The harbour is starting to look like a car park.") == [
        ("look like", "epistemic_verb")]


def test_an_approximator_before_a_small_unit_is_a_hedge():
    assert cues("The land rises by almost a centimetre a year.") == [("almost", "approximator")]
    assert cues("The land rises by almost one centimetre a year.") == [
        ("almost", "approximator")]


@pytest.mark.parametrize("sentence, found", [
    ("The signed contract is proof that the company knew.", True),
    ("The forest department now required proof that the wood had been cut legally.", False),
    ("The court asked for proof that the land had been sold.", False),
])
def test_proof_that_boosts_only_where_the_proof_is_given(sentence, found):
    got = [b["cue"] for b in toolkit.analyze_text(sentence)["boosters"]]
    assert ("proof that" in got) is found


def test_only_who_may_is_a_permission_not_a_hedge():
    # "Only the association's jeeps may use the road": who is allowed, no doubt
    said = '"Only the association\'s jeeps may use the road," said the lodge owner.'
    assert ("may", "modal") not in cues(said)
    assert ("may", "modal") in cues('"The jeeps may use the road," said the lodge owner.')


def test_few_who_could_is_an_ability_mostly_denied_a_few_could_a_possibility():
    assert cues("She said few growers could spare the day to get them.") == []
    assert [c for c, _ in cues("He said a few companies could default.")] == ["could"]


@pytest.mark.parametrize("sentence,boosted", [
    ("Insurance paid only after a loss was proven.", False),  # a step, no certainty
    ("The test has proven that the water is safe.", True),
])
def test_proven_as_a_step_in_a_procedure_is_no_booster(sentence, boosted):
    cues = [b["cue"].lower() for b in toolkit.analyze_text(sentence + "\n")["boosters"]]
    assert ("proven" in cues) is boosted
