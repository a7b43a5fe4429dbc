"""Stance: targets and their merging, stance verbs, negation, contrast, quotes, narrator."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import registry_of

import toolkit
from toolkit.linear import load
from toolkit.stance import (
    claim_stance,
    find_targets,
    target_features,
    target_scores,
    target_sentiment,
)
from toolkit.stance.targets import _pronoun_targets
from toolkit.stance.words import _cue_value

#: the wire fixtures, whole stories a test may read
WIRE = Path(__file__).parent / "fixtures" / "wire"


def pairs(text: str, **kw) -> dict[tuple[str, str], str]:
    return {(r.speaker, r.target): r.label for r in toolkit.analyze(text, **kw).stance}


def test_sample_gold_pairs(sample_text):
    got = pairs(sample_text)
    assert got[("Vladimir Putin", "Donald Trump")] == "favor"
    assert got[("Vladimir Putin", "Ukraine")] == "against"
    assert ("Vladimir Putin", "Russia") not in got  # a speaker's own country is no target


def test_targets_merge_country_capital_and_demonym(sample_text):
    a = toolkit.analyze(sample_text)
    from toolkit.speakers import registry

    targets = find_targets(sample_text, a.segmentation,
                           registry(sample_text, a.segmentation, list(a.quotes)))
    ukraine = [sample_text[s:e] for s, e in targets["Ukraine"].mentions]
    assert {"Ukraine", "Kyiv", "Ukrainian"} <= set(ukraine)
    assert targets["Ukraine"].kind == "country"
    assert targets["Donald Trump"].kind == "person"
    assert "Kursk" not in targets  # a region is a place, not an actor


def test_user_targets_with_aliases_merge_automatic_ones():
    text = "Senator Ann Lee praised the Green Party, and the Greens thanked her."
    got = pairs(text, targets={"Green Party": ["the Greens"]})
    assert got[("Ann Lee", "Green Party")] == "favor"
    assert got[("Greens", "Ann Lee")] == "favor"  # "thanked her"
    assert len(got) == 2


def test_stance_verbs_and_contrast():
    got = pairs("Senator Ann Lee praised Mayor Tom Hale but condemned Governor Bo Reyes.")
    assert got == {("Ann Lee", "Tom Hale"): "favor", ("Ann Lee", "Bo Reyes"): "against"}


def test_a_concession_then_an_objection_aimed_back_is_against():
    got = pairs("A court in Antofagasta ordered Salar Andino to stop pumping. Salar Andino "
                "said it respected the court but disagreed with its reading of the evidence.")
    assert got[("Salar Andino", "court")] == "against"
    got = pairs("A court in Antofagasta ordered Salar Andino to stop pumping. Salar Andino "
                "said it respected the court but criticised Governor Bo Reyes.")
    assert got[("Salar Andino", "court")] == "favor"  # the objection names another


def test_negated_stance_verb_is_no_evidence():
    got = pairs("Senator Ann Lee did not condemn Governor Bo Reyes.")
    assert ("Ann Lee", "Bo Reyes") not in got


def test_accusation_in_a_quote_and_pronoun_inside_a_quote():
    got = pairs("Kyiv rejected the offer. Ukrainian forces held the line. Putin accused the "
                "Kyiv regime of terrorism and said Ukraine would lose.")
    assert got[("Putin", "Ukraine")] == "against"
    got = pairs("Donald Trump won the election. “I am ready to meet him anytime,” "
                "Vladimir Putin said.")
    assert got[("Vladimir Putin", "Donald Trump")] == "favor"


def test_narrator_stance_needs_evaluative_words():
    assert pairs("The reckless and disgraceful plan by Governor Bo Reyes collapsed.") == {
        ("(narrator)", "Bo Reyes"): "against"}
    assert pairs("Governor Bo Reyes arrived in Boston on Monday.") == {
        ("(narrator)", "Bo Reyes"): "neutral"}


def test_stance_json_has_evidence_sentences(sample_text):
    rows = toolkit.analyze_text(sample_text)["stance"]
    row = next(r for r in rows if r["speaker"] == "Vladimir Putin" and r["target"] == "Ukraine")
    assert row["label"] == "against" and row["score"] < 0
    assert any("senseless" in e for e in row["evidence"])
    assert all(isinstance(e, str) for e in row["evidence"])


def test_target_sentiment_reads_the_mention():
    assert target_sentiment("The brave firefighter Tom Hale saved three children.", 20,
                            28) == "positive"
    assert target_sentiment("Tom Hale was convicted of fraud and jailed for ten years.", 0,
                            8) == "negative"
    assert target_sentiment("Tom Hale arrived in Boston on Monday.", 0, 8) == "neutral"
    assert target_sentiment("", 0, 0) == "neutral"


def test_fast_scores_equal_the_model_on_features():
    model = load("target_sentiment")
    for sentence, a, b in [("Critics slammed Jane Doe, who did not respond.", 15, 23),
                           ("“We trust Ana Silva,” they said, but rivals were not sure.", 9, 18),
                           ("Nobody", 0, 6)]:
        reference = model.scores(target_features(sentence, a, b))
        fast = target_scores(sentence, a, b)
        assert all(abs(reference[k] - fast[k]) < 1e-9 for k in reference)


def test_claim_stance():
    claim = "A shark swam on a flooded highway"
    assert claim_stance("Police say the shark photo is a hoax", claim) == "against"
    assert claim_stance("Shark swims down flooded Houston highway", claim) == "for"
    assert claim_stance("Report: shark may have been spotted on highway, officials say",
                        claim) in ("observing", "for")


def test_pronoun_of_the_speakers_own_gender_in_reported_speech_is_the_speaker():
    text = ("Maria Alvarez chairs the council. “This is not a small change,” said Lucia "
            "Fernandez, a home health aide. She said she spends a fifth of her income on "
            "buses and that she hates the plan.")
    assert not any(s == "Lucia Fernandez" and t == "Maria Alvarez"
                   for s, t in pairs(text))


def test_object_pronoun_of_a_labelling_partial_quote_is_the_target():
    text = ("Peter Malone testified against the mayor. In her closing argument, Rachel Stein "
            "called him “a liar and a disgrace.”")
    assert ("Rachel Stein", "Peter Malone") in pairs(text)


def test_the_company_is_a_mention_of_the_company_named_last():
    text = ("Helix Systems cut 9,000 jobs. Helix shares rose. The Communications Workers of "
            "America objected. Union spokeswoman Dana Brooks said the company was “using "
            "AI as an excuse” to boost profits.")
    got = pairs(text)
    assert got[("Dana Brooks", "Helix Systems")] == "against"
    assert not any(t == "AI" for _, t in got)


def test_a_title_inside_a_quote_is_a_mention_of_its_holder():
    text = ("Gov. Elena Vasquez signed the bill on Monday. Union president Marcus Hill was "
            "there. “We owe the governor a debt of gratitude,” Hill said.")
    assert pairs(text)[("Marcus Hill", "Elena Vasquez")] == "favor"


def test_the_narrator_reporting_someones_accusation_takes_no_side():
    text = ("Opposition leader Paolo Greco accused the government of cutting budgets. "
            "Paolo Greco spoke in Rome.")
    assert pairs(text).get(("(narrator)", "Paolo Greco"), "neutral") == "neutral"



RECALL = "Mayor Tom Hale faces a recall. "
STANCE_BATTERY = [  # (sentence after RECALL, Ana Ruiz's stance toward Tom Hale)
    ("“He is a liar and everyone knows it,” said council member Ana Ruiz.", "against"),
    ("Council member Ana Ruiz praised Hale's leadership during the floods.", "favor"),
    ("Council member Ana Ruiz said Hale had “betrayed” the voters.", "against"),
    ("Council member Ana Ruiz called Hale “a great friend of this city.”", "favor"),
    ("Council member Ana Ruiz urged Hale to resign.", "against"),
    ("Council member Ana Ruiz defended Hale, saying he had done nothing wrong.", "favor"),
    ("Council member Ana Ruiz blamed Hale for the budget crisis.", "against"),
    ("“I trust him completely,” council member Ana Ruiz said of Hale.", "favor"),
    ("Council member Ana Ruiz accused Hale of lying to voters.", "against"),
    ("“Tom Hale has been a disaster for this city,” Ana Ruiz said.", "against"),
    ("“Tom Hale is the best mayor we have ever had,” Ana Ruiz said.", "favor"),
    ("Ana Ruiz said she supports Hale and will vote against the recall.", "favor"),
    ("Ana Ruiz said Hale should step down immediately.", "against"),
    ("“Hale has done a fantastic job,” Ana Ruiz said.", "favor"),
    ("Ana Ruiz condemned Hale's handling of the crisis.", "against"),
    ("Ana Ruiz said Hale's plan was “reckless and irresponsible.”", "against"),
]


@pytest.mark.parametrize("sentence,label", STANCE_BATTERY)
def test_stance_battery_of_common_news_constructions(sentence, label):
    got = {(r.speaker, r.target): r.label for r in toolkit.analyze(RECALL + sentence).stance}
    assert got.get(("Ana Ruiz", "Tom Hale")) == label


@pytest.mark.parametrize("text,speaker,target,label", [
    # no stance word: the learned reading decides, and a weak one still has a direction
    ('Nikol Aramyan said Azerbaijan was trying to "seize by force what it could not win at '
     'the negotiating table."', "Nikol Aramyan", "Azerbaijan", "against"),
    ('"Danny Okoro is the heart of this team," coach Steve Harlan said.', "Steve Harlan",
     "Danny Okoro", "favor"),
    # "did nothing" charges a failure
    ('"Russia promised to protect us, and it did nothing," said Anahit Sargsyan, 52.',
     "Anahit Sargsyan", "Russia", "against"),
])
def test_quotes_without_stance_words(text, speaker, target, label):
    rows = {(r["speaker"], r["target"]): r for r in toolkit.analyze_text(text)["stance"]}
    assert rows[(speaker, target)]["label"] == label


def test_a_pronoun_subject_of_a_stance_act_and_no_stance_toward_home():
    text = ("Venezuelan Defense Minister Ramón Ibarra said the exercises were routine. He "
            "accused Guyana of granting concessions \"in waters that belong to Venezuela.\"")
    rows = {(r["speaker"], r["target"]): r["label"] for r in toolkit.analyze_text(text)["stance"]}
    assert rows[("Ramón Ibarra", "Guyana")] == "against"
    assert ("Ramón Ibarra", "Venezuela") not in rows  # his own country


def test_an_actor_the_narration_reports_is_not_the_quoted_speakers_target():
    text = ("Guyana accused Venezuela of moving troops, in what its foreign minister, Hugh "
            "Braithwaite, called \"a reckless provocation.\"")
    pairs = {(r["speaker"], r["target"]) for r in toolkit.analyze_text(text)["stance"]}
    assert ("Hugh Braithwaite", "Guyana") not in pairs
    assert ("Hugh Braithwaite", "Venezuela") in pairs


def test_defending_someone_is_favor_and_doing_nothing_is_against():
    text = ("Mayor Teresa Halloran lost the race. “She didn't do anything wrong, but she took "
            "the hit for it,” said Angela Reese, a retired teacher.")
    assert pairs(text)[("Angela Reese", "Teresa Halloran")] == "favor"
    text = ("Mayor Teresa Halloran lost the race. “Halloran did nothing to fix the roads,” "
            "said Angela Reese, a retired teacher.")
    assert pairs(text)[("Angela Reese", "Teresa Halloran")] == "against"


def test_an_unnamed_institution_that_recurs_is_a_target():
    text = ("Kenya's central bank raised rates again. Finance Minister Peter Otieno said the "
            "bank was “out of touch” and called the bank's decision “reckless.”")
    assert pairs(text)[("Peter Otieno", "bank")] == "against"


def test_a_title_and_its_possessive_are_mentions_of_its_holder():
    text = ("Westbridge United sacked manager Tomas Varga on Monday. “The manager’s work "
            "was brilliant, and the club will regret this,” said fan Gary Nolan.")
    assert pairs(text)[("Gary Nolan", "Tomas Varga")] == "favor"
    text = text.replace("manager Tomas Varga", "Tomas Varga")
    assert ("Gary Nolan", "Tomas Varga") not in pairs(text)


def test_they_after_an_organisation_speaks_is_that_organisation_and_asides_are_no_target():
    text = ("Oil giant Deltacore said a leak had been contained. Deltacore blamed the leak on "
            "sabotage.\n\n“They always blame sabotage. It is a lie,” said Ebiye Tonye, a "
            "ruler in Nigeria.")
    got = pairs(text)
    assert got[("Ebiye Tonye", "Deltacore")] == "against"
    assert ("Ebiye Tonye", "Nigeria") not in got


def test_brussels_is_the_european_union_in_a_story_about_it():
    text = ("European Union regulators blocked the merger on Tuesday, the European Union said in "
            "a statement. Economy Minister Felix "
            "Hartmann criticised the ruling, saying Brussels was “badly wrong and out of "
            "touch.”")
    got = pairs(text)
    assert got[("Felix Hartmann", "European Union")] == "against"
    assert ("Felix Hartmann", "Belgium") not in got


def test_suing_is_against_and_the_company_is_the_charter_firm():
    text = ("Summit Air Charter said it was cooperating. The company declined to comment. A "
            "lawyer, Robert Kane, said he planned to file a lawsuit against the company.")
    assert pairs(text)[("Robert Kane", "Summit Air Charter")] == "against"


def test_a_lawyer_or_spokesman_stands_with_the_person_they_speak_for():
    text = ("Jordan Pike was charged on Monday. Pike's attorney, Laura Chen, said the evidence "
            "was weak and the police were wrong.")
    assert pairs(text)[("Laura Chen", "Jordan Pike")] == "favor"
    text = ("Kwame Asante denied it. His lawyer, Sarah Whitfield, said the amount was "
            "consistent with contamination, possibly from meat he had eaten.")
    assert pairs(text)[("Sarah Whitfield", "Kwame Asante")] == "favor"


def test_a_pronoun_object_of_a_stance_verb_is_its_target():
    text = ("Carolina Vidal spoke first, and she said the plan was “a gift to the rich.” "
            "Felipe Arancibia answered. He accused her of having no answer to crime.")
    assert pairs(text)[("Felipe Arancibia", "Carolina Vidal")] == "against"


def test_dismissing_someones_remarks_is_against_them():
    text = ("Opposition leader Kavita Sharma accused the minister of lying. “He must explain,” "
            "she told reporters. Party spokesman Sanjay Rao dismissed her remarks as baseless.")
    assert pairs(text)[("Sanjay Rao", "Kavita Sharma")] == "against"


def test_welcoming_a_ruling_is_favor_toward_the_court():
    text = ("The Constitutional Court ruled that the ministry had failed to consult the "
            "communities. Andina Midstream said the court had erred. Environment Minister "
            "Carolina Restrepo welcomed the ruling.")
    got = pairs(text)
    assert got[("Carolina Restrepo", "Constitutional Court")] == "favor"
    assert ("(narrator)", "Carolina Restrepo") not in got  # her act, not the narrator's view


def test_rejecting_that_is_against_the_speaker_before():
    text = ("Former champion Lindsay Price said Elena Varga had played far too many events. "
            "Coach Martin Hollis rejected that. “Everyone has an opinion,” he said.")
    assert pairs(text)[("Martin Hollis", "Lindsay Price")] == "against"
    text = ("Lindsay Price said Varga played too much. Martin Hollis rejected the criticism.")
    assert pairs(text)[("Martin Hollis", "Lindsay Price")] == "against"


def test_a_speakers_employer_is_no_target_of_their_words():
    text = ("Budget airline SkyBridge cut its forecast. “This is a company that keeps promising "
            "that the worst is over,” said Rob Keane, a fund manager at Halden Asset "
            "Management, which holds SkyBridge shares. “At some point you have to ask whether "
            "management has a grip.” Halden Asset Management said it was disappointed.")
    got = pairs(text)
    assert ("Rob Keane", "Halden Asset Management") not in got
    assert got[("Rob Keane", "SkyBridge")] == "against"


def test_the_one_made_the_scapegoat_is_defended():
    text = ("Derek Hahn pleaded not guilty. His attorney, Michelle Tran, said the home was "
            "understaffed. “Derek Hahn is being made the scapegoat for it,” Tran said.")
    assert pairs(text)[("Michelle Tran", "Derek Hahn")] == "favor"


def test_a_cue_inside_a_name_and_a_third_partys_act_are_no_stance():
    text = ("Premier League club Westbury Rovers sacked Luca Bernardi. Owner Victor Lang "
            "bought the club in 2023. Fan group Rovers Trust said the board had "
            "backed Bernardi in the summer only to abandon him, arguing that the club lacked "
            "“a plan that lasts longer than a losing streak.”")
    assert pairs(text)[("Rovers Trust", "Westbury Rovers")] == "against"


def test_a_demonym_for_one_person_is_no_country():
    text = ("Westbury Rovers sacked Luca Bernardi. The club said the decision had been "
            "difficult and thanked the Italian for his work. Italian fans were upset.")
    a = toolkit.analyze(text)
    assert ("Westbury Rovers", "Italy") not in {(r.speaker, r.target) for r in a.stance}
    italy = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert [text[s:e] for s, e in italy["Italy"].mentions] == ["Italian"]  # the fans' one


def test_the_fine_is_the_act_of_whoever_fined_and_an_owner_stands_with_the_firm():
    text = ("The European Union fined social media platform Chirp 480 million euros. Chirp’s "
            "owner, billionaire Alec Ferreira, responded within minutes, calling the fine "
            "“censorship dressed up as regulation.” EU commissioner Henna Lindgren said Chirp "
            "had ignored repeated warnings. “Chirp chose not to comply,” she said.")
    got = pairs(text)
    assert got[("Alec Ferreira", "European Union")] == "against"
    assert got[("Alec Ferreira", "Chirp")] == "favor"
    assert got[("Henna Lindgren", "Chirp")] == "against"


def test_praising_the_union_is_favor_toward_the_union_named_before():
    text = ("The United Auto Workers union reached a deal with automaker Stellantis on Saturday. "
            "Stellantis said the deal rewarded its staff. President Daniel Harlow praised "
            "the union and the company for reaching a deal.")
    got = pairs(text)
    assert got[("Daniel Harlow", "United Auto Workers")] == "favor"
    assert got[("Daniel Harlow", "Stellantis")] == "favor"


def test_planning_an_appeal_is_against_the_court_that_ruled():
    text = ("Kenya's High Court on Tuesday blocked the plan, ruling that it had no legal basis. "
            "Interior Minister Kithure Kindiki said the government would appeal. Speaking "
            "outside the court, Ekuru Aukot called the ruling “a victory for the constitution.”")
    got = pairs(text)
    assert got[("Kithure Kindiki", "High Court")] == "against"
    assert got[("Ekuru Aukot", "High Court")] == "favor"


def test_a_reaction_that_names_no_one_is_aimed_at_the_storys_principal_actor():
    text = ("Northbrook Appliance is recalling 1.2 million heaters. Northbrook was warned "
            "about the fault in 2022, court documents show, and Northbrook said it acted "
            "quickly. “They knew, and they kept selling them,” said Marcus Webb, a lawyer "
            "for one family. Some customers were furious. “I don’t trust them with anything "
            "now,” said Priya Raman, a teacher. “It is real relief,” said Ann Cole, who "
            "got a refund.")
    got = pairs(text)
    assert got[("Marcus Webb", "Northbrook Appliance")] == "against"  # no clear valence
    assert got[("Priya Raman", "Northbrook Appliance")] == "against"  # "don't trust"
    assert got[("Ann Cole", "Northbrook Appliance")] == "favor"  # clear valence decides


def test_a_reaction_is_not_aimed_at_the_speakers_own_employer():
    text = ("Halvern Auto Parts cut 300 jobs. Halvern said demand had fallen. Halvern "
            "shares rose. “It was a painful decision,” said Dana Ruiz, a spokeswoman for "
            "Halvern Auto Parts.")
    assert ("Dana Ruiz", "Halvern Auto Parts") not in pairs(text) or \
        pairs(text)[("Dana Ruiz", "Halvern Auto Parts")] != "against"


def test_a_speakers_label_names_their_country_and_an_aside_is_the_narrators():
    text = ("Ethiopia will fill the dam next month, its water minister said on Monday, a move "
            "likely to anger Egypt. Egypt, which depends on the Nile, reacted angrily. Its "
            "foreign ministry said the plan was a “flagrant violation” of law and that Cairo "
            "would respond. Ethiopia has refused every offer, Egyptian officials say.")
    got = pairs(text)
    assert ("Egypt's foreign ministry", "Egypt") not in got  # its own country, via Cairo
    assert got[("Egypt's foreign ministry", "Ethiopia")] == "against"  # the plan: a reaction
    assert ("water minister", "Egypt") not in got  # "a move likely to anger Egypt": narrator


def test_a_reaction_aims_at_the_party_that_gave_no_comment():
    text = ("ACCRA, Ghana (Reuters) — Cholera cases have doubled, the Ghana Health Service "
            "said. The World Health Organization said it had sent 500,000 doses of vaccine."
            "\n\nKofi Asamoah-Badu, a lawmaker, accused the city authorities of neglecting "
            "drains for years. “Every rainy season we warn them, and every rainy season they "
            "do nothing,” he said. The Accra Metropolitan Assembly did not respond to a "
            "request for comment.")
    got = pairs(text)
    assert got[("Kofi Asamoah-Badu", "Accra Metropolitan Assembly")] == "against"
    assert ("Kofi Asamoah-Badu", "World Health Organization") not in got  # the authorities'
    # "they", not the body named before them


#: a doping story written for the tests (paragraphs of one wire fixture)
DOPING = ('MONACO (Reuters) — Kenyan marathon runner Daniel Kiprop Rotich has been banned '
            'for four years after testing positive for the blood booster EPO, the Athletics '
            'Integrity Unit (AIU) said on Tuesday.\n\nThe 27-year-old, who won the Frankfurt '
            'Marathon last year, tested positive in an out-of-competition sample taken in '
            'Iten in April. The AIU said he had offered "no credible explanation" for the '
            'result.\n\nRotich denied doping and said he would take his case to the Court of '
            'Arbitration for Sport. "I have never taken anything. I don\'t know how this '
            'substance came into my body," he said in a statement released by his lawyer, '
            'Francis Oduya.\n\nOduya said the testing laboratory had made errors in handling '
            'the sample. "The chain of custody was broken at least twice. No tribunal should '
            'accept this result," he said.\n\nKenya has had more than 80 athletes sanctioned '
            "for doping since 2017, according to AIU figures, and the country's athletics "
            'federation has said it is cracking down.\n')


def test_a_lawyer_named_at_the_end_of_a_sentence_stands_with_the_client():
    text = DOPING.rsplit("\n\n", 1)[0]
    assert pairs(text)[("Francis Oduya", "Daniel Kiprop Rotich")] == "favor"


def test_a_reduced_passive_is_no_act_and_figures_take_no_side():
    got = pairs(DOPING)  # "... 80 athletes sanctioned for doping ..., according to AIU figures"
    assert not any(who in ("athletes", "AIU figures") for who, _ in got)


def test_what_destroys_trust_is_against():
    text = ("BERLIN (Reuters) — Germany's Federal Motor Transport Authority (KBA) on "
            'Wednesday ordered carmaker Nordwerk to recall about 240,000 vehicles worldwide '
            'because their passenger airbags may fail to deploy in a crash.\n\nThe KBA said it '
            'had found the fault during routine testing and that Nordwerk had known about '
            'complaints since at least last summer. It is unclear whether the fault has '
            'caused any injuries.\n\nNordwerk said it would contact owners within two weeks and'
            ' fix the cars free of charge. "Safety is our highest priority. We are '
            'cooperating fully with the authority," a spokeswoman said, adding that the '
            'company had itself reported "a small number of cases" to the regulator in the '
            'spring.\n\nConsumer group ADAC Verbraucherschutz criticised the carmaker for '
            'waiting. "If Nordwerk knew in the summer, why are drivers only hearing about '
            'this now?" said the group\'s director, Helga Brandauer. "This is exactly the kind'
            ' of delay that destroys trust."')
    assert pairs(text)[("Helga Brandauer", "Nordwerk")] == "against"


def test_a_minister_of_the_dateline_state_takes_no_side_on_her_own_government():
    text = ("NAIROBI, Kenya (AP) — Lecturers extended their strike after the Treasury said it "
            "could not afford a pay deal.\n\nThe lecturers' union accused the government of "
            "breaking its word.\n\nTreasury Cabinet Secretary Grace Mutua said the government "
            "remained committed to the deal but needed time.")
    got = pairs(text)
    assert not any(who in ("Grace Mutua", "Treasury") for who, _ in got)


def test_a_group_before_a_relative_clause_reacts():
    base = ("SANTIAGO (AP) — A Chilean court on Monday ordered lithium producer Salar Andino "
            "to stop pumping brine. Salar Andino said it would appeal. ")
    for group in ("Indigenous Atacameño communities, who brought the case,", "Local communities"):
        got = pairs(base + group + " hailed the decision.")
        who = group.split(",")[0].lower()
        assert got[(who, "Chilean court")] == "favor"
        assert not any(w == "Indigenous" or t == "Indigenous" for w, t in got)


def test_to_open_accounts_is_no_openness():
    text = ("The European Commission on Wednesday fined video-sharing app ClipNest 180 million "
            "euros. The Commission said ClipNest had allowed users under 13 to open accounts "
            "with little more than a click.")
    assert pairs(text)[("European Commission", "ClipNest")] == "against"
    sentence = "She said the door remained open to ClipNest."
    assert _cue_value(sentence, sentence.index("ClipNest")) == 1.0  # openness stays a cue


def test_the_company_of_a_story_datelined_in_its_city_is_the_firm():
    text = ("SYDNEY (Reuters) — Casino operator Harbourline Resorts is unfit to hold a licence "
            "after it let gangs launder money through its Sydney venue, an inquiry found."
            "\n\nFormer judge Margaret Ellery said the company's board had ignored repeated "
            "warnings. Shares in Harbourline fell 9%.")
    assert pairs(text)[("Margaret Ellery", "Harbourline Resorts")] == "against"


def test_whom_a_speaker_urges_is_no_one_reacted_to():
    text = ('WARSAW, Poland (AP) — Polish farmers blocked three border crossings with Ukraine'
            ' on Tuesday, halting hundreds of trucks, in protest at cheap Ukrainian grain '
            'they say is driving them out of business.\n\nPolish Agriculture Minister Jerzy '
            "Kowalczyk said he understood the farmers' frustration but urged them to allow "
            'humanitarian and military shipments through. Warsaw would press the European '
            'Commission for new limits on imports, he said.')
    assert ("Jerzy Kowalczyk", "Ukraine") not in pairs(text)


def test_clubs_by_short_names_their_director_and_a_chief_executive_after_a_denial():
    text = ("MUNICH (Reuters) — Bundesliga club FC Isartal on Monday accused rival Rhein-Ruhr "
            "04 of illegally approaching its top scorer, Jonas Weidner.\n\nIsartal sporting "
            "director Markus Hell said Rhein-Ruhr officials had met Weidner's agent in August."
            " “This is not how serious clubs behave,” Hell said.\n\nRhein-Ruhr denied any "
            "wrongdoing. “These accusations are an attempt to distract from Isartal's own "
            "problems,” chief executive Sabine Hoffmann said.")
    got = pairs(text)
    assert got[("FC Isartal", "Rhein-Ruhr")] == "against"
    assert got[("Sabine Hoffmann", "FC Isartal")] == "against"
    assert ("Markus Hell", "FC Isartal") not in got  # his own club
    assert ("Sabine Hoffmann", "Rhein-Ruhr") not in got  # hers


def test_who_defends_the_case_is_against_who_brings_it():
    text = ("WELLINGTON (AP) — New Zealand's government promised lower prices. The Commerce "
            "Commission said it would take Foodland to court. New Zealand shoppers pay more. "
            "Foodland said it would “vigorously defend” the case and that its deals were "
            "common practice. New Zealand has two big supermarket chains.")
    got = pairs(text)
    assert got[("Foodland", "Commerce Commission")] == "against"
    assert ("Foodland", "New Zealand") not in got


def test_one_who_should_never_have_been_jailed_is_defended():
    text = ("CAIRO (AP) — Egypt released journalist Ahmed Samir on Sunday after 20 months in "
            "detention. Prosecutors had accused Samir of spreading false news. “Ahmed should "
            "never have spent a single day in jail,” said Sherif Mansour of a press group.")
    assert pairs(text)[("Sherif Mansour", "Ahmed Samir")] == "favor"


def test_an_agent_inside_a_phrase_is_not_the_doer_and_an_appeal_to_a_higher_court():
    text = ("ROME (Reuters) — Italian authorities detained a rescue ship run by the German "
            "charity Sea-Eye on Saturday and fined its captain 10,000 euros.\n\nSea-Eye called "
            "the decision “political” and said the captain had obeyed maritime law.")
    got = pairs(text)
    assert got[("Sea-Eye", "Italy")] == "against"  # the decision is Italy's, not Sea-Eye's
    text = ("THE HAGUE (AP) — A Dutch appeals court on Tuesday overturned a ruling against oil "
            "company North Sea Petroleum. The Hague Court of Appeal said there was no "
            "consensus on the company's share.\n\nEnvironmental group Friends of the Earth "
            "Netherlands said it was disappointed but would take the case to the Dutch "
            "Supreme Court.")
    got = pairs(text)
    assert got[("Friends of the Earth Netherlands", "Hague Court of Appeal")] == "against"


def test_the_narrator_reporting_a_defence_takes_no_side():
    text = ("Italy detained a charity's rescue ship. Interior Minister Matteo Ferrante defended "
            "the detention. Ferrante said the rules applied to everyone.")
    assert pairs(text).get(("(narrator)", "Matteo Ferrante")) in (None, "neutral")


def test_idioms_that_charge():
    text = ('ROME (Reuters) — Italian authorities detained a migrant rescue ship run by the '
            'German charity Sea-Eye on Saturday and fined its captain 10,000 euros for '
            'carrying out three rescues instead of heading straight to the port it had been '
            'assigned.\n\nThe Interior Ministry said the ship, the Sea-Eye 5, had broken a 2023'
            ' law that requires charity vessels to sail to port immediately after a rescue. '
            'The detention will last 20 days, it said.\n\nSea-Eye called the decision '
            '"political" and said the captain had been obliged under international maritime '
            'law to help people in distress. "We found a boat with 40 people sinking. Should '
            'we have left them to drown?" spokeswoman Julia Brenner said.\n\nInterior Minister '
            'Matteo Ferrante defended the detention. "The rules are clear and apply to '
            'everyone. Charities are not above the law," he wrote on social media.')
    assert pairs(text)[("Matteo Ferrante", "Sea-Eye")] == "against"
    text = ("DUBLIN (AP) — SkyLark Air said it would cancel 1,200 flights because it lacked "
            "pilots.\n\nThe Irish Aviation Authority said SkyLark had known about its staffing "
            "problems for months.\n\nThe pilots' association said the airline had cut "
            "training budgets during the pandemic and was now paying the price.")
    assert pairs(text)[("pilots' association", "SkyLark Air")] == "against"
    text = ("ATHENS, Greece (AP) — Ferries connecting Greece's mainland to its islands stayed"
            ' in port on Wednesday as seamen walked off the job for 24 hours to protest what '
            "their union called dangerous cuts to crew numbers.\n\nThe Panhellenic Seamen's "
            'Federation said shipping companies were sailing with skeleton crews to save '
            'money and that the government had "looked the other way." Federation president '
            'Giorgos Mavros said the walkout was a warning. "Next time it will be 48 hours, '
            'in the middle of the tourist season," he told reporters at the port of Piraeus.')
    assert pairs(text)[("Panhellenic Seamen's Federation", "Greece")] == "against"


def test_taking_the_case_to_the_highest_court_is_an_appeal():
    from toolkit.stance.pairs import _APPEAL

    assert _APPEAL.search("he would take his case to the Vatican's highest court")
    assert _APPEAL.search("it would take the case to the Dutch Supreme Court")
    assert not _APPEAL.search("it would take the case to the media")


def test_the_mention_that_holds_a_demonym_did_the_act():
    text = ("COPENHAGEN (Reuters) — A Danish environmental appeals board on Thursday revoked the "
            "permit of a pig farm, ruling that ammonia was damaging a heath. The Environment "
            "and Food Board of Appeal said the municipality had not assessed the impact.\n\n"
            "The Danish Society for Nature Conservation welcomed the ruling.")
    got = pairs(text)
    assert got[("Danish Society for Nature Conservation",
                "Environment and Food Board of Appeal")] == "favor"
    assert ("Danish Society for Nature Conservation", "Denmark") not in got


def test_a_lede_s_union_described_by_a_participle_acts_as_the_union_named_next():
    text = ('NEW DELHI (AP) — A union representing pilots at Indian budget carrier SkyJet on '
            'Monday accused the airline of forcing crews to fly beyond legal duty limits and '
            'asked the aviation regulator to investigate.\n\nThe Federation of Indian Pilots '
            'said in a letter to the Directorate General of Civil Aviation that SkyJet had '
            'repeatedly scheduled pilots for six landings a night and had pressured those who'
            ' reported fatigue. "A tired pilot is a danger to every passenger on board," the '
            "union's general secretary, Capt. Anil Mehra, told reporters.")
    got = pairs(text)
    assert got[("Anil Mehra", "SkyJet")] == "against"  # an officer shares the union's act
    assert got[("Federation of Indian Pilots", "SkyJet")] == "against"


def test_figures_react_to_no_one():
    text = ("Agriculture Minister Pieter van Dongen said the voluntary scheme was the fairest "
            "way to cut nitrogen emissions. “Nobody will be forced off their land,” he told "
            "parliament.\n\nBut Marieke Hofstra, who chairs the farmers' lobby LTO Noord, said "
            "the offer came with a threat attached. “If not enough farmers sign up, the "
            "minister has already said compulsory purchases are possible. That is not a "
            "choice,” she said.\n\nAbout 2,500 farms lie within the zones covered by the "
            "scheme, according to government figures. Environmental group Natuurmonumenten "
            "said the plan was probably too small and urged the government to set targets.")
    got = pairs(text)
    assert got[("Marieke Hofstra", "Pieter van Dongen")] == "against"
    assert ("government figures", "Pieter van Dongen") not in got


def test_a_statement_that_points_at_no_one_is_no_reaction():
    text = ("Ethiopia will fill the dam. Ethiopia said Egypt had no say. Ethiopia's minister "
            "spoke. The African Union said it was ready to host talks as soon as possible. "
            "“Both sides are using strong words, but neither can afford a war,” said Mariam "
            "Osei, a researcher.")
    got = pairs(text)
    assert ("African Union", "Ethiopia") not in got  # its own "it", a plain offer
    assert ("Mariam Osei", "Ethiopia") not in got


def test_an_officer_of_a_body_shares_the_stance_the_body_took():
    text = ("Governor Karen Holloway vetoed the bill on Friday. Holloway said it was costly. "
            "The Michigan Education Association praised the governor. Its president, Rosa "
            "Jimenez, said: “This bill was about politics, not kids.”")
    got = pairs(text)
    assert got[("Michigan Education Association", "Karen Holloway")] == "favor"
    assert got[("Rosa Jimenez", "Karen Holloway")] == "favor"


def test_a_possessive_inside_the_quote_is_no_office_of_the_speaker():
    text = ("SANTIAGO (AP) — A Chilean environmental court on Monday ordered lithium producer "
            "Salar Andino to stop pumping brine. The First Environmental Tribunal in "
            "Antofagasta said the data were incomplete. Salar Andino said in a statement that "
            "it respected the court. The halted wells account for roughly 8% of the "
            "company's output, analysts at brokerage Larraín Capital estimated.")
    got = pairs(text)
    assert got[("Salar Andino", "First Environmental Tribunal")] == "favor"
    assert not any(who.startswith("analysts") for who, _ in got)  # not Salar's officers


def test_a_representative_named_with_the_body_shares_its_stance():
    text = ("MADRID (AP) — A street sweeper died in the heat on Saturday, according to the CCOO "
            "union.\n\n“He had asked to change to the morning shift. They said no,” said Lucía "
            "Romero, a CCOO representative. The union accused the contractor, Limpiezas "
            "Urbanas, of ignoring a regional rule.\n\nLimpiezas Urbanas said it was "
            "cooperating with the authorities.")
    assert pairs(text)[("Lucía Romero", "Limpiezas Urbanas")] == "against"


def test_an_officer_named_by_a_bare_office_speaks_for_the_body_that_spoke_before():
    text = ("Bus drivers voted to strike unless the operator adds security staff. Dublin Bus "
            "said it had installed screens. The National Bus and Rail Union said Dublin Bus "
            "had failed its drivers. “Our members are spat at and punched every week,” "
            "general secretary Dermot O'Leary said.")
    got = pairs(text)
    assert got[("National Bus and Rail Union", "Dublin Bus")] == "against"
    assert got[("Dermot O'Leary", "Dublin Bus")] == "against"


def test_an_officer_shares_the_body_s_clear_lean_and_its_descriptor_names_the_body():
    text = ("Banca Valtellina will close 150 branches and cut 2,000 jobs, the company said. "
            "The FABI banking union said it would fight Banca Valtellina's cruel and "
            "needless cuts. Union leader Giulia Sartori said older customers would be left "
            "behind.")
    got = pairs(text)
    assert got[("FABI", "Banca Valtellina")] == "against"
    assert got[("Giulia Sartori", "Banca Valtellina")] == "against"


def test_replies_acts_and_boards_point_at_their_targets():
    text = ("A federal judge blocked the rule, ruling that the department had overreached. "
            "U.S. District Judge Miriam Castellanos wrote that Congress never gave it that "
            "power. Deborah Kwan, a lawyer for the sellers, called the decision “a huge win.” "
            "Consumer groups criticized the ruling. Nadia Flores of the Consumer Safety "
            "Project said it would leave shoppers “exposed to scammers.”")
    got = pairs(text)
    assert got[("Deborah Kwan", "Miriam Castellanos")] == "favor"  # the decision: the judge's
    assert got[("Nadia Flores", "Miriam Castellanos")] == "against"  # "it": the ruling
    text = ("Environment Minister Sarah Whitlock said the government was committed to the "
            "reef. Greens Senator Peter Kane said that was “not remotely enough.”")
    assert pairs(text)[("Peter Kane", "Sarah Whitlock")] == "against"  # a reply


def test_a_pronoun_in_a_quote_prefers_someone_known_to_be_that_gender():
    text = ("Ashford sacked manager Luis Herrera on Sunday. He said he was sad. Fans turned "
            "against Herrera after a 3-0 defeat to Holbrook United. “The players stopped "
            "playing for him,” said Kevin Marsh, a fan.")
    assert ("Kevin Marsh", "Luis Herrera") in pairs(text)
    assert ("Kevin Marsh", "Holbrook United") not in pairs(text)


def test_the_board_is_the_body_named_board_or_else_the_body_named_last():
    text = ("Football club Ashford City sacked its manager. Ashford City said results were poor. "
            "Ashford City fans agreed. Former captain Ryan Pell said the board had failed "
            "the squad and made the manager “a scapegoat.”")
    assert pairs(text)[("Ryan Pell", "Ashford City")] == "against"  # the board: the club's
    text = ("The union said the board had refused to cap class sizes at 24, a demand it "
            "called “non-negotiable.” The Toronto District School Board said it had offered "
            "a raise. Board chair Raymond Chu said the union's demands were too costly.")
    got = pairs(text)
    assert got[("union", "Toronto District School Board")] == "against"


def test_where_the_speaker_spoke_is_no_target_and_acts_draw_reactions():
    text = ("The union said the board had refused its demand. The Toronto District School "
            "Board said it had offered a raise. Its president, Karen Mitchell, told a rally "
            "outside the board's headquarters that teachers were at breaking point.")
    assert pairs(text).get(("Karen Mitchell", "Toronto District School Board")) != "neutral"
    text = ("Ridgefield Labs said it would stop collecting recordings. Ridgefield Labs "
            "apologised. Ridgefield Labs shares rose. Privacy advocates said the changes "
            "did not go far enough.")
    assert pairs(text)[("privacy advocates", "Ridgefield Labs")] == "against"


def test_a_strike_on_someone_is_against_them_and_the_quotes_own_words_come_first():
    text = ("Ukraine said Russia had hit its grid. Russia's Defense Ministry said its forces "
            "had carried out a “massive strike” on facilities supporting Ukraine's military "
            "industry. Russia launched strikes on Ukraine overnight.")
    got = pairs(text)
    assert got[("Defense Ministry", "Ukraine")] == "against"
    assert got.get(("(narrator)", "Ukraine")) != "against"  # the narrator reports the strikes
    text = ("Judge Mark Ellison sentenced Linda Harrow on Friday. Ellison told Linda Harrow, 61, "
            "that she had “betrayed the trust of every taxpayer.”")
    assert pairs(text)[("Mark Ellison", "Linda Harrow")] == "against"


def test_a_partial_quotes_object_and_an_unprovoked_attack():
    text = ("North Korea fired a missile. North Korea said the test was needed. President Yoon "
            "Jae-min called the launch “a clear provocation.” “North Korea must understand "
            "that its threats will only strengthen our alliance,” he said.")
    assert pairs(text)[("Yoon Jae-min", "North Korea")] == "against"
    text = ("Pakistan's military said in a statement that India had opened fire “without "
            "provocation” on villages near the line.")
    assert pairs(text)[("Pakistan's military", "India")] == "against"


def test_tariffs_and_a_decision_are_acts_of_whoever_imposed_or_agreed_to_them():
    text = ("European Union countries agreed to impose new tariffs on Chinese steel. The "
            "European Union said cheap imports had hurt its mills. China's Commerce Ministry "
            "said it firmly opposes the decision. Eurofer, the steel association, welcomed "
            "the tariffs.")
    got = pairs(text)
    assert got[("Commerce Ministry", "European Union")] == "against"
    assert got[("Eurofer", "European Union")] == "favor"


def test_a_sea_is_no_country_a_which_is_no_person_and_where_a_speaker_spoke_no_target():
    text = ("A jury found a former executive guilty of fraud at a Gulf of Mexico platform. "
            "Meridian Offshore, which settled a civil case, said it had cooperated. "
            "Meridian Offshore fired him. “They destroyed our money,” Ahmet Demir told "
            "supporters in Ankara.")
    got = pairs(text)
    assert not any(t == "Mexico" for _, t in got)
    assert registry_of(text).entities["Meridian Offshore"].kind == "institution"
    assert got.get(("Ahmet Demir", "Turkey")) != "neutral"


def test_a_strike_is_the_unions_act():
    text = ("Nigeria's unions began a nationwide strike on Monday. The Nigeria Labour Congress "
            "said the offer was an insult. Information Minister Mohammed Idris called the "
            "strike “illegal and unfair to millions of Nigerians.”")
    assert pairs(text)[("Mohammed Idris", "Nigeria Labour Congress")] == "against"


def test_an_unnamed_ministry_is_a_target_and_saying_almost_nothing_a_failure():
    text = ("Listeria has killed 12 people. The ministry said it was investigating. “People "
            "have been eating contaminated food for weeks, and the ministry has said almost "
            "nothing,” said Bongani Zulu, a consumer advocate.")
    assert pairs(text)[("Bongani Zulu", "ministry")] == "against"


def test_the_regulator_is_the_body_that_spoke_and_lost_confidence_is_against():
    text = ("The Data Protection Commission said TikTok had failed to protect data sent to "
            "China under the EU's privacy law. Deputy Commissioner Graham Doyle said the "
            "regulator had clear evidence that TikTok had underestimated the risks.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert any(text[s:e] == "regulator" for s, e in found["Data Protection Commission"].mentions)
    text = ("Board President Janet Okoye said the board had “lost confidence” in Schools CEO "
            "Pedro Martinez's ability to lead the district.")
    assert pairs(text)[("Janet Okoye", "Pedro Martinez")] == "against"


def test_a_narrated_dismissal_of_the_claims_answers_the_speaker_before():
    text = ("Moldova's President Maia Ciobanu accused Russia of buying votes. \"Moscow is "
            "trying to buy Moldova,\" Ciobanu said. The Kremlin dismissed the claims.")
    got = pairs(text)
    assert got[("Kremlin", "Maia Ciobanu")] == "against"
    assert ("Maia Ciobanu", "Moldova") not in got  # her own country, from "Moldova's"


def test_they_after_the_speakers_own_unnamed_subject_is_not_the_principal():
    text = ("Russia denied paying voters. Russia said the claims were false. Igor Rusu said "
            "the government was using the investigation to intimidate its critics. \"They are "
            "arresting grandmothers,\" he said.")
    assert ("Igor Rusu", "Russia") not in pairs(text)


def test_a_village_that_acts_and_reactions_to_its_move_and_fee():
    text = ("The Alpine village of Hallstatt will cap tour buses at 50 a day and charge each "
            "a fee. The lakeside village became a symbol of overtourism. The Austrian tourism "
            "association welcomed the move, saying it showed crowds could be managed. But a "
            "spokesman for the bus operators' federation, Klaus Wendl, called the fee "
            "\"arbitrary\" and said his members would go to court.")
    got = pairs(text)
    assert got[("Austrian tourism association", "Hallstatt")] == "favor"
    assert got[("Klaus Wendl", "Hallstatt")] == "against"


def test_pointing_words_are_whole_words():
    # the "it" of "intimidate" points at no one
    text = ("Russia denied paying voters. Moscow has said little. Igor Rusu said the "
            "government was using the investigation to intimidate its critics.")
    assert ("Igor Rusu", "Russia") not in pairs(text)


def test_fire_without_any_provocation_and_misled_are_accusations():
    text = ("Pakistan's Foreign Office said Afghan troops had opened fire \"without any "
            "provocation\" near Torkham.")
    assert pairs(text)[("Foreign Office", "Afghanistan")] == "against"
    text = ("Harlow Foods denied wrongdoing. The Competition Bureau said Harlow Foods misled "
            "shoppers with its discounts.")
    assert pairs(text)[("Competition Bureau", "Harlow Foods")] == "against"


def test_the_guild_is_the_performers_guild_and_its_president_speaks_for_it():
    text = ("Performers represented by the Screen Performers Guild went on strike against "
            "Arcforge Interactive. \"We will not be replaced,\" the guild's president, Sandra "
            "Okonkwo, told a rally. \"We are disappointed that the guild has chosen to strike,\" "
            "said Arcforge spokesman Peter Lindgren.")
    got = pairs(text)
    assert got[("Peter Lindgren", "Screen Performers Guild")] == "against"
    assert ("Sandra Okonkwo", "Screen Performers Guild") not in got


def test_a_stance_word_belongs_to_the_mention_nearest_it():
    text = ("China blocked a Philippine boat. Secretary of State Daniel Park said Washington "
            "\"stands with our Filipino friends\" and called China's conduct \"dangerous.\"")
    got = pairs(text)
    assert got[("Daniel Park", "Philippines")] == "favor"
    assert got[("Daniel Park", "China")] == "against"


def test_fighting_the_plans_and_welcoming_the_plan_but_saying():
    text = ("Volkswerk said it would cut 9,000 jobs, the carmaker's deepest cuts. Volkswerk "
            "shares rose. The IG Metall union said it would fight the plans. Patient groups "
            "welcomed the plan but said more was needed.")
    got = pairs(text)
    assert got[("IG Metall", "Volkswerk")] == "against"
    assert got[("patient groups", "Volkswerk")] == "favor"


def test_pleased_with_the_decision_of_the_body_that_approved_it():
    text = ("The European Commission approved the takeover of Banca Meridiana. The commission "
            "set conditions. UniCapital said it was pleased with the decision.")
    assert pairs(text)[("UniCapital", "European Commission")] == "favor"


def test_an_employer_named_before_the_title_is_the_speakers_own_side():
    text = ("The commission approved UniCapital's takeover. UniCapital shares rose. UniCapital "
            "Chief Executive Andrea Bassi said UniCapital was proud of the deal.")
    assert ("Andrea Bassi", "UniCapital") not in pairs(text)


def test_a_second_verb_shares_the_sentences_subject():
    text = ("FIFA confirmed Saudi Arabia as host. FIFA President Gianni Ross said the tournament "
            "would unite the world and praised Saudi Arabia's passion for football.")
    assert pairs(text)[("Gianni Ross", "Saudi Arabia")] == "favor"


def test_rejecting_that_claim_and_a_chief_executive_speaks_for_the_company():
    text = ("Lindqvist said on Tuesday it would raise prices, the chocolate maker's third rise. "
            "Chief Executive Albrecht Leitner said the company had absorbed the costs. The "
            "Consumer Protection Foundation accused the industry of \"hiding behind the "
            "weather.\" Leitner rejected that claim, saying the company's margins had shrunk.")
    got = pairs(text)
    assert got[("Albrecht Leitner", "Consumer Protection Foundation")] == "against"
    assert ("Albrecht Leitner", "Lindqvist") not in got


def test_an_officer_with_no_employer_named_works_for_the_company_that_spoke():
    # Meridian Aero is named as often as Skyline Air before the chief executive; Skyline is
    # the company that spoke, so he is Skyline's and Meridian is his target
    text = ("Low-cost airline Skyline Air said on Tuesday that problems with engines made by "
            "Meridian Aero had forced it to ground 22 of its planes, and that it would seek "
            "compensation from the manufacturer.\n\nChief Executive Conor Walsh said the "
            "airline had lost about 40 million euros. \"Meridian sold us engines that cannot "
            "do what they promised. Our passengers are paying the price,\" he said.\n\n"
            "Meridian Aero said it regretted the disruption.")
    got = pairs(text)
    assert got[("Conor Walsh", "Meridian Aero")] == "against"  # a promise not kept
    assert ("Conor Walsh", "Skyline Air") not in got


def test_a_promise_not_kept_is_charged_to_whoever_made_it():
    assert _cue_value("Meridian sold us engines that cannot do what they promised.", 0) == -1.0
    assert _cue_value("The firm failed to deliver what it promised.", 0) == -1.0
    assert _cue_value("The firm did what it promised.", 0) is None


def test_a_company_that_cheated_and_the_president_of_a_union_speaks_for_it():
    text = ("Northfield Foods agreed to pay C$50 million. Northfield admitted its role. \"A "
            "company that cheated shoppers for years is getting off lightly,\" said Priya Raman "
            "of the Consumers' Association.")
    assert pairs(text)[("Priya Raman", "Northfield Foods")] == "against"
    text = ("The Nigeria Labour Congress called a strike. The union wants higher wages. Joseph "
            "Okonjo, president of the Nigeria Labour Congress, said workers were poorer today.")
    assert ("Joseph Okonjo", "Nigeria Labour Congress") not in pairs(text)


def test_a_stance_word_as_a_title_before_a_name_is_no_stance():
    text = ("Marek Novotny lost in five sets. Novotny argued with the umpire. Former champion "
            "Paul Carter said Novotny's behavior had been \"embarrassing\" and that he owed "
            "the umpire an apology.")
    assert pairs(text)[("Paul Carter", "Marek Novotny")] != "favor"


def test_objectors_named_by_the_narrator_are_against_the_actor_and_a_vote_is_an_act():
    text = ("The Madison school board voted 6-1 on Monday to ban phones, overriding objections "
            "from some parents who said they needed to reach their children. Board president "
            "Teresa Lindqvist said the ban was about \"giving kids their attention back.\" The "
            "Madison Teachers union praised the vote. Parent Mark Jeffries said the board had "
            "ignored families.")
    got = pairs(text)
    assert got[("parents", "Madison school board")] == "against"
    assert got[("Madison Teachers", "Madison school board")] == "favor"
    assert ("Teresa Lindqvist", "Madison school board") not in got  # she heads it
    assert got[("Mark Jeffries", "Madison school board")] == "against"


def test_the_duties_are_the_act_of_whoever_raised_them():
    text = ("China condemned the European Union's decision to raise tariffs on electric cars. "
            "The EU said the duties would take effect next month. The German auto industry "
            "association said the duties were \"the wrong answer.\"")
    assert pairs(text)[("German auto industry association", "European Union")] == "against"


def test_a_penalty_a_speaker_reports_and_evidence_to_support_is_no_support():
    text = ("Daniel Kiprotich was banned for four years after testing positive, the Athletics "
            "Integrity Unit said. Kiprotich, 29, won the Valencia Marathon last year. The unit "
            "rejected his explanation. \"The athlete provided no evidence whatsoever to support "
            "his account,\" it said.")
    assert pairs(text)[("Athletics Integrity Unit", "Daniel Kiprotich")] == "against"


def test_a_dismissal_answers_the_accuser_though_the_clause_names_the_speakers_country():
    text = ("Guyana's president accused Venezuela of massing troops and said his government "
            "had asked the UN to intervene. President Rupert "
            "Castellano said it was a deliberate attempt to intimidate Guyana.\n\nVenezuela's "
            "foreign ministry dismissed the accusation as \"a media show\" and said its forces "
            "were carrying out exercises on Venezuelan soil.")
    got = pairs(text)
    assert got[("Venezuela's foreign ministry", "Guyana")] == "against"  # the accuser
    assert ("Rupert Castellano", "Guyana") not in got  # his own country


def test_the_narrator_reporting_criticism_takes_no_side():
    text = ("The Irish regulator has been criticised by other European authorities for the "
            "slow pace of its investigations.")
    assert pairs(text).get(("(narrator)", "Ireland")) != "against"


def test_the_accusation_is_the_accusers_and_a_regulator_described_in_the_lede_is_named():
    text = ("Poland accused Belarus on Monday of pushing migrants toward its border. Interior "
            "Minister Tomasz Kowalczyk said it was a hybrid attack.\n\nBelarus rejected the "
            "accusation. Its foreign ministry said Poland was \"inventing threats.\"")
    assert pairs(text)[("Belarus", "Poland")] == "against"
    text = ("Britain's competition regulator blocked the merger of supermarket chains Fresco and "
            "Greenleaf, saying the deal would raise prices.\n\nThe Competition and Markets "
            "Authority said the combined company would have been too big. Fresco said it was "
            "\"deeply disappointed\" by the decision, which it called \"flawed and outdated.\"")
    assert pairs(text)[("Fresco", "Competition and Markets Authority")] == "against"


def test_scientists_who_call_the_who_too_cautious_are_against_it():
    text = ("The World Health Organization warned that bird flu could pose a growing risk. "
            "Some scientists said the WHO was being too cautious.")
    assert pairs(text)[("scientists", "World Health Organization")] == "against"


def test_a_veto_and_a_warning_are_acts_of_whoever_vetoed_or_warned():
    text = ("Gov. Daniel Ortega-Baca vetoed a bill on Friday. The bill's sponsor, state Sen. "
            "Maria Quintero, said she was \"stunned\" by the veto and would try to override "
            "the veto.")
    assert pairs(text)[("Maria Quintero", "Daniel Ortega-Baca")] == "against"
    text = ("Egypt warned on Sunday that it would \"not stand idly by\" if Ethiopia began filling "
            "the reservoir. Ethiopia rejected the warning.")
    got = pairs(text)
    assert got[("Egypt", "Ethiopia")] == "against"
    assert got[("Ethiopia", "Egypt")] == "against"


def test_refusing_to_negotiate_and_a_company_spokesman_speaks_for_the_company():
    text = ("Workers at Parcelwise went on strike, the Verdi union said. A company spokesman, "
            "Felix Brandt, said the site was busy.\n\nParcelwise has refused for years to "
            "negotiate with Verdi, arguing that it deals with works councils.")
    got = pairs(text)
    assert got[("Parcelwise", "Verdi")] == "against"
    assert ("Felix Brandt", "Parcelwise") not in got


def test_an_unnamed_group_that_praises_is_a_stance_holder():
    text = ("Gov. Linda Hartwell said the state would stop approving new homes. Homebuilders "
            "warned that prices would rise. Environmental groups praised the governor.")
    assert pairs(text)[("environmental groups", "Linda Hartwell")] == "favor"


def test_having_not_been_warned_is_no_threat():
    text = ("Peru declared an emergency after the spill. Norvesa said the spill had been caused "
            "by strong waves, which it blamed on an eruption in the South Pacific, and that it "
            "had not been warned of the risk by Peruvian authorities.")
    assert pairs(text)[("Norvesa", "Peru")] == "against"


def test_a_lawyer_labelled_by_the_client_and_the_bank_its_governor_named():
    text = ("Prosecutors allege that Luca Benedetti accepted bribes. Benedetti's lawyer said his "
            "client was innocent and would prove it in court.")
    assert pairs(text)[("Luca Benedetti's lawyer", "Luca Benedetti")] == "favor"
    text = ("Bank of Japan Governor Kenji Matsuda said rates would rise. The government welcomed "
            "the decision. Finance Minister Aiko Fujimura said she trusted the bank to \"make the "
            "appropriate judgment.\"")
    assert pairs(text)[("Aiko Fujimura", "Bank of Japan")] == "favor"


def test_this_decision_after_but_outweighs_respect_for_the_court():
    text = ("Kenya's High Court suspended the plan, ruling that it was unconstitutional. "
            "Government spokesman Isaac Kamande said the state would appeal. \"We respect the "
            "court, but we believe this decision is wrong,\" he said.")
    assert pairs(text)[("Isaac Kamande", "High Court")] == "against"
    text = ("Harbour City sacked manager Tomas Varga on Monday. \"He was the right man, but the "
            "board never backed him,\" said season-ticket holder Gary Nolan.")
    assert pairs(text).get(("Gary Nolan", "Tomas Varga")) != "against"  # him: no new clause


def test_supporting_the_legislation_favours_the_story_s_principal_actor():
    text = ("Australia will ban children under 16 from social media. Australia says platforms "
            "must act. The opposition Liberal Party said it would support the legislation.")
    assert pairs(text)[("Liberal Party", "Australia")] == "favor"


def test_condemning_the_layoffs_and_a_ruling_that_vindicates():
    text = ("Cascade Aerostructures said it would lay off 1,800 workers. Cascade said the cuts "
            "would save money. The Pacific Aerospace Workers Union condemned the layoffs.")
    assert pairs(text)[("Pacific Aerospace Workers Union", "Cascade Aerostructures")] == "against"
    text = ("The Canadian Human Rights Tribunal ruled that the government discriminated against "
            "children. The tribunal ordered compensation. The Assembly of First Nations said the "
            "ruling vindicated what families had been saying for years.")
    assert pairs(text)[("Assembly of First Nations", "Canadian Human Rights Tribunal")] == "favor"


def test_an_appeal_answers_the_commission_when_no_court_ruled():
    text = ("The Ethics Commission fined Harbour Rovers on Monday. The Ethics Commission said the "
            "club had hidden payments. Harbour Rovers said it was disappointed and would appeal.")
    assert pairs(text)[("Harbour Rovers", "Ethics Commission")] == "against"


def test_a_manager_s_they_is_his_club_and_another_club_s_chairman_is_not_its_officer():
    text = ("Manchester Rovers were docked 12 points. Rovers manager Steven Clarke said his "
            "players had done nothing wrong. \"They are being punished for decisions made in "
            "boardrooms,\" "
            "he said. \"Rules are rules, and today they have been enforced,\" said Martin Goode, "
            "the chairman of Northfield Athletic, which finished one place below Rovers.")
    got = pairs(text)
    assert ("Steven Clarke", "Manchester Rovers") not in got
    assert got[("Martin Goode", "Manchester Rovers")] == "against"


def test_welcoming_the_decision_to_fine_and_accusing_brussels_of_targeting_americans():
    text = ("The European Union fined Loopwire 1.8 billion euros. The EU said Loopwire had "
            "abused its power. Loopwire's Kent Bauer accused Brussels of targeting American "
            "firms. European publishers welcomed the decision.")
    got = pairs(text)
    assert got[("european publishers", "European Union")] == "favor"
    assert got[("Kent Bauer", "European Union")] == "against"
    assert ("Kent Bauer", "United States") not in got


def test_an_appeal_answers_the_judge_who_ruled():
    text = ("A federal judge blocked the law on Monday. U.S. District Judge Sarah Brennan wrote "
            "that the law singles out children. Ohio Attorney General David Kessler said he would "
            "appeal immediately.")
    assert pairs(text)[("David Kessler", "Sarah Brennan")] == "against"


def test_an_age_and_nationality_descriptor_is_the_person_not_the_country():
    text = ("Harwick United dismissed coach Milan Kovac on Monday. The club said the decision "
            "was painful and thanked the 47-year-old Slovak for his loyalty.")
    got = pairs(text)
    assert got[("Harwick United", "Milan Kovac")] == "favor"
    assert ("Harwick United", "Slovakia") not in got


def test_a_shambles_and_more_than_a_fair_share_are_charges():
    got = pairs('Delmont Rail cut 40 trains. "Delmont Rail is a shambles," said Rita Vance.')
    assert got[("Rita Vance", "Delmont Rail")] == "against"
    text = ('The EU set its quota. Fleet owner Ida Marsh said Norway was "taking far more than '
            'its fair share" and praised EU negotiators for "holding firm."')
    got = pairs(text)
    assert got[("Ida Marsh", "Norway")] == "against"  # (the praise is the EU's)
    assert got[("Ida Marsh", "European Union")] == "favor"


def test_letting_someone_down_blames_the_subject_and_we_clears_the_object():
    got = pairs('Westbrook Rovers fired manager Anton Reyes after six defeats. "We let the '
                'manager down badly," captain Luis Ferro said.')
    assert got[("Luis Ferro", "Anton Reyes")] == "favor"
    got = pairs('Westbrook Rovers fired manager Anton Reyes after six defeats. "We have let Reyes '
                'down badly," captain Luis Ferro said.')
    assert got[("Luis Ferro", "Anton Reyes")] == "favor"
    got = pairs('"Mayor Carla Duvall let this town down," resident Omar Haddad said.')
    assert got[("Omar Haddad", "Carla Duvall")] == "against"


def test_condemning_violence_against_a_victim_sides_with_the_victim():
    text = ("The driver, Paul Adeyemi, was stabbed on Friday night. Police Chief Rosa Lind said "
            "the attack was brutal. \"This was a cowardly act of violence against a man who was "
            "simply doing his job,\" Lind said.")
    assert pairs(text)[("Rosa Lind", "Paul Adeyemi")] == "favor"


def test_calling_her_opponent_a_puppet_is_against_the_other_candidate():
    text = ('The rivals clashed on Monday, with Labour candidate Nora Pike calling her opponent '
            '"a puppet of the developers." Green candidate Ivo Strand said Pike had no plan. '
            'Strand said he would win.')
    assert pairs(text)[("Nora Pike", "Ivo Strand")] == "against"


def test_a_reaction_that_names_no_one_is_not_aimed_at_the_victim():
    text = ('Ana Ruiz, 34, was shot outside her home on Friday. Ruiz had two children. "This was '
            'senseless," Mayor Tom Beck said.')
    assert ("Tom Beck", "Ana Ruiz") not in pairs(text)


def test_a_company_spokesperson_takes_no_stance_toward_the_company():
    text = ("Regulators ordered the messaging app Zyntra to stop sending data abroad and fined "
            "it 40 million euros. Zyntra said it would appeal. \"This decision is deeply flawed,\" "
            "a company spokesperson said.")
    got = pairs(text)
    assert ("Zyntra spokesperson", "Zyntra") not in got
    assert ("Zyntra", "Zyntra") not in got


def test_them_after_a_reported_ruling_is_the_principal_actor_not_the_ruling():
    text = ("Regulators fined the messaging app Zyntra on Monday. Zyntra said it would appeal. "
            "Privacy campaigner Jonas Ebert said the ruling was long overdue. "
            '"It took five years, but the law has finally caught up with them," he said.')
    assert pairs(text)[("Jonas Ebert", "Zyntra")] == "against"


def test_an_accented_capital_stands_for_its_country():
    got = pairs('India accused Malé of "bullying" on Monday. India said Malé broke its word.')
    assert got[("India", "Maldives")] == "against"


def test_an_analyst_at_the_firm_works_for_the_firm_named_as_a_workplace():
    text = ("Shares of streaming company Flixa fell. Analysts at Crestway Securities said the "
            "results raised questions about whether Flixa could grow. \"This is a company that "
            'has run out of easy wins," said Paul Henley, a media analyst at the firm.')
    assert pairs(text)[("Paul Henley", "Flixa")] == "against"


def test_criticizing_the_decision_answers_whoever_imposed_it():
    text = ("Beijing vowed to respond after the European Union imposed tariffs on Chinese cars. "
            "The EU said the subsidies were unfair.\n\nGermany's main carmakers group, the "
            "German Automotive Federation, criticized the decision, warning that a trade war "
            "would hurt carmakers.")
    assert pairs(text)[("German Automotive Federation", "European Union")] == "against"


def test_a_condemnation_keeps_its_object_and_an_apology_sides_with_whom_it_is_made_to():
    text = ('A Millbrook spokesperson said the club "utterly condemns" racism and had '
            "apologized to Tobi Okafor.")
    assert pairs(text)[("Millbrook spokesperson", "Tobi Okafor")] == "favor"
    text = "The club apologized for the comments of its striker Lee Park."
    assert pairs(text).get(("(narrator)", "Lee Park")) != "favor"


def test_gambling_with_something_is_a_charge_against_whoever_does_it():
    text = ("Regulators at the Federal Energy Regulatory Commission approved the plan. Dale "
            'Forsythe, a farmer, was angry. "Nobody from the commission has called us," he said. '
            '"They are gambling with our livelihoods."')
    assert pairs(text)[("Dale Forsythe", "Federal Energy Regulatory Commission")] == "against"
    text = "Senator Ann Cole said Governor Rick Hale was playing politics with people's lives."
    assert pairs(text)[("Ann Cole", "Rick Hale")] == "against"


def test_a_quoted_they_after_a_plural_subject_is_not_the_body_and_a_resolved_they_no_reaction():
    text = ("Mayor Denise Farrow won approval for the shelter. Farrow said it would be run by "
            "Bridgeway Services, and Farrow thanked the council. Councilor Martin Reyes voted "
            'against it. "My constituents are not against helping people," Reyes said. "They '
            'are against being ignored."')
    got = pairs(text)
    assert ("Martin Reyes", "Bridgeway Services") not in got  # "They": his constituents
    assert got[("Martin Reyes", "Denise Farrow")] == "against"
    text = ("PacWest Power will remove the dams. The Federal Energy Regulatory Commission "
            'approved it on Thursday. "Nobody from the commission has told us anything," '
            'said Dale Forsythe. "They are gambling with our livelihoods."')
    got = pairs(text)
    assert got[("Dale Forsythe", "Federal Energy Regulatory Commission")] == "against"
    assert ("Dale Forsythe", "PacWest Power") not in got  # "They" is the commission


def test_a_river_is_no_target_and_a_noun_before_a_name_describes_that_name():
    text = ("Regulators approved a plan to tear down two dams on the Umpqua River. The "
            "Federal Energy Regulatory Commission voted to let the utility PacWest Power "
            "surrender its license. The utility said it was pleased.")
    a = toolkit.analyze(text)
    targets = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert "Umpqua River" not in targets
    spans = [text[a:b] for a, b in targets["PacWest Power"].mentions]
    assert "utility" in spans and spans.count("PacWest Power") == 1


def test_batch_66_stance():
    text = ("Northline Rail said few trains ran. The company's managing director, Helen "
            'Ashworth, accused the union Aslef of "holding the region to ransom." "We have put '
            'a fair offer on the table twice," she said.\n\nAslef\'s regional organiser, Kevin '
            "Doyle, rejected that account. He said members would stay out until the company "
            "dropped the automation plan.")
    got = pairs(text)
    assert got[("Kevin Doyle", "Helen Ashworth")] == "against"  # "rejected that account"
    assert ("Kevin Doyle", "Aslef") not in got  # his own union
    text = ("Peru's Congress voted on Thursday to remove President Mateo Quispe from office, "
            "accusing him of accepting bribes. Quispe denied it.")
    assert pairs(text)[("Congress", "Mateo Quispe")] == "against"
    text = ("Shares of Stratavault fell. Feld, who joined Stratavault from a rival in 2021, "
            'told employees the strategy would not change. "Our customers should notice '
            'nothing," she wrote.')
    assert ("Naomi Feld", "Stratavault") not in pairs(text) and \
        ("Feld", "Stratavault") not in pairs(text)


def test_they_in_a_quote_is_the_body_that_opened_the_speakers_reported_clause():
    text = ("Aslef's organiser, Kevin Doyle, spoke outside the station. Northline Rail and "
            "Aslef have met twice. He said Northline had tied the pay offer to job cuts.\n\n"
            '"They are lying to us," Doyle said.')
    a = toolkit.analyze(text)
    quotes = list(a.quotes)
    targets = find_targets(text, a.segmentation, registry_of(text), None, quotes)
    said, direct = quotes[-2], quotes[-1]
    assert said.kind == "indirect" and direct.kind == "direct"
    got = _pronoun_targets(text, direct, targets, a.speakers, said)
    assert [name for name, _ in got] == ["Northline Rail"]


def test_batch_67_stance():
    text = ("Canada and India will restore their envoys. India's external affairs ministry "
            "spokesman, Rajiv Menon, said India had been patient and that Canada had behaved "
            'badly, calling its conduct "absurd."')
    assert ("Rajiv Menon", "India") not in pairs(text)  # his own country
    text = ("India and Canada agreed to restore their envoys. Sikh advocacy groups in Canada "
            "criticized India.")
    got = pairs(text)
    assert ("Canada", "India") not in got
    assert got[("sikh advocacy groups in Canada", "India")] == "against"
    text = ("Dana Whitcomb was sentenced to 30 years. The daughter of one victim, Maureen Kiley, "
            'told the court her mother had been "full of jokes." "She trusted the people in '
            'those uniforms," Kiley said.')
    assert ("Maureen Kiley", "Dana Whitcomb") not in pairs(text)  # "She": her mother


def test_congratulating_ones_rival_is_for_the_other_candidate():
    text = ("Mongolian President Batbayar Gantulga conceded defeat after results showed "
            "Oyuntsetseg Erdene winning. Erdene thanked voters.\n\n\"I accept the result,\" "
            "Gantulga said. He congratulated his rival and said he would cooperate.")
    assert pairs(text)[("Batbayar Gantulga", "Oyuntsetseg Erdene")] == "favor"


def test_batch_69_stance():
    text = ("MADRID (Reuters) - Spain's footballers' union on Wednesday threw its support behind "
            "Real Castellon striker Iker Zubiria, who has refused to train over what he says are "
            "three months of unpaid wages.\n\nThe union, AFE, said the club owed players money. "
            "Teammate Pablo Arregui said the squad stood behind Zubiria.")
    got = pairs(text)
    assert got[("AFE", "Iker Zubiria")] == "favor"  # the union named later, not Spain
    assert ("Spain", "Iker Zubiria") not in got
    assert ("AFE", "Real Castellon") not in got  # the club only names his team
    assert ("Iker Zubiria", "Real Castellon") not in got  # the union's act, not his words
    assert got[("Pablo Arregui", "Iker Zubiria")] == "favor"


def test_a_speakers_grievance_about_gains_is_against_whoever_made_them():
    text = ('General Motors will close the plant. "GM took billions in taxpayer money to build '
            'electric vehicles here," said union leader Shawn Fain.')
    assert pairs(text)[("Shawn Fain", "General Motors")] == "against"
    text = ('Telvia Communications raised prices by 40%. "Telvia made record profits last '
            "year,\" said Emeka Obi of the consumers' council.")
    assert pairs(text)[("Emeka Obi", "Telvia Communications")] == "against"
    text = ("Telvia Communications made record profits last year. Telvia Communications "
            "raised prices on Monday.")
    assert pairs(text).get(("(narrator)", "Telvia Communications")) != "against"


def test_the_company_is_the_body_called_a_company_and_an_officer_after_a_name():
    text = ("Severn Vale Water, Britain's largest water company, was fined on Tuesday.\n\n"
            "Ofwat said the company had broken rules and had paid out millions to shareholders. "
            '"Severn Vale Water has let its customers down," said David Blackwood, Ofwat\'s chief '
            "executive.")
    got = pairs(text)
    assert got[("Ofwat", "Severn Vale Water")] == "against"  # "the company" is Severn Vale
    assert ("David Blackwood", "Ofwat") not in got  # his own body
    reg = registry_of(text)
    assert "company" in reg.entities["Severn Vale Water"].titles


def test_batch_70_stance():
    text = ("Olympic 200 metres champion Marcus Dwyer has been provisionally suspended after "
            "testing positive, the Athletics Integrity Unit said on Friday.")
    assert pairs(text)[("Athletics Integrity Unit", "Marcus Dwyer")] == "against"
    text = ('Lumio Mobile sells phones. "Findr Technologies threatened to withhold the '
            'payments," said Victor Salgado, a former executive at Lumio Mobile. Findr '
            "Technologies denied it.")
    got = pairs(text)
    assert got[("Victor Salgado", "Findr Technologies")] == "against"
    assert ("Victor Salgado", "Lumio Mobile") not in got


def test_the_government_of_a_story_about_one_country_and_crediting_someone():
    text = ("SEOUL (AP) — Trainee doctors in South Korea rejected the government's offer. "
            '"The government is trying to buy our silence," the association\'s leader, Park Dan, '
            "wrote on social media.")
    assert pairs(text)[("Park Dan", "South Korea")] == "against"
    text = ("Environment Minister Marina Alves credited the agency Ibama Brasil. Ibama Brasil "
            "had stepped up enforcement.")
    assert pairs(text)[("Marina Alves", "Ibama Brasil")] == "favor"


def test_ruling_out_a_coalition_with_a_party_is_against_it():
    text = ("The far-right Alternative for Germany (AfD) won the state election. The CDU's "
            "candidate, Mario Vogt, ruled out any coalition with the AfD.")
    assert pairs(text)[("Mario Vogt", "Alternative for Germany")] == "against"


def test_a_verdict_on_a_choice_and_someone_set_up_to_fail():
    text = ("Mayor Denise Carter fired the police chief, Raymond Ortiz. City Council member Grace "
            "Owusu, who had called for Ortiz's resignation, said the mayor had made the right "
            "decision.")
    assert pairs(text)[("Grace Owusu", "Denise Carter")] == "favor"
    text = ("Mayor Denise Carter fired Chief Raymond Ortiz. The union president, Mike Tran, said "
            "the chief had been set up to fail.")
    assert pairs(text)[("Mike Tran", "Raymond Ortiz")] == "favor"


def test_its_officer_belongs_to_the_body_not_to_one_named_in_its_relative_clause():
    text = ("Quantrell Systems said it would cut 1,200 jobs. The company said AI was the "
            "future. The cuts drew criticism from the Tech Workers Coalition, which has been "
            "organizing Quantrell employees since last year. Its spokesman, Devin Achterberg, "
            "said the company was using AI “as an excuse” to boost profits.")
    assert pairs(text)[("Devin Achterberg", "Quantrell Systems")] == "against"


def test_a_body_an_act_drew_criticism_or_praise_from_reacts_to_its_actor():
    text = ("Quantrell Systems said it would cut 1,200 jobs. The company said AI was the "
            "future. The cuts drew sharp criticism from the Tech Workers Coalition. "
            "Quantrell Systems shares rose.")
    assert pairs(text)[("Tech Workers Coalition", "Quantrell Systems")] == "against"
    text = ("Mayor Ana Ruiz unveiled a plan to plant 10,000 trees. Ruiz said it would cool the "
            "city. Ruiz's plan drew praise from the Sierra Club.")
    assert pairs(text)[("Sierra Club", "Ana Ruiz")] == "favor"
    text = ("Calloway Pharmaceuticals raised the price of insulin by 12 percent on Monday, "
            "prompting swift condemnation from lawmakers of both parties. Calloway said costs "
            "had risen.")
    assert pairs(text)[("lawmakers", "Calloway Pharmaceuticals")] == "against"


def test_a_quoted_they_after_a_plural_group_and_this_street_point_at_no_principal():
    text = ("Mayor Denise Whitfield backed a stadium subsidy. Whitfield said it would create "
            "jobs. Whitfield said the vote was a mistake. “The owners are billionaires. They "
            "can build their own stadium,” said Aaron Mbeki, the council president. “Without "
            "the games, this street is dead,” said Rosa Delgado, a bar owner.")
    got = pairs(text)
    assert ("Aaron Mbeki", "Denise Whitfield") not in got  # "They": the owners
    assert ("Rosa Delgado", "Denise Whitfield") not in got  # "this street": hers
    text = ("Mayor Denise Whitfield backed a stadium subsidy. Whitfield said it would create "
            "jobs. “They are gambling with our money,” said Aaron Mbeki, the council president.")
    assert pairs(text)[("Aaron Mbeki", "Denise Whitfield")] == "against"


def test_a_reaction_leans_as_its_own_clause_does_after_a_contrast():
    text = ("Calloway Pharmaceuticals raised the price of insulin by 12 percent. Calloway said "
            "costs had risen. “I believe in free markets, but this looks like a company that "
            "thinks nobody is watching,” said Senator Dale Whitcomb.")
    assert pairs(text)[("Dale Whitcomb", "Calloway Pharmaceuticals")] == "against"


def test_the_board_is_the_body_the_story_is_about_not_the_opponent_named_last():
    text = ("Ridgeway Rovers sacked head coach Paulo Menezes on Sunday. The club's chairman, "
            "Graham Pryce, said results were poor. Assistant coach Liam Doherty will take "
            "charge of the team for Saturday's match against Castleford United. Menezes "
            "accused the board of failing to deliver the signings he had been promised.")
    got = pairs(text)
    assert got[("Paulo Menezes", "Ridgeway Rovers")] == "against"
    assert ("Paulo Menezes", "Castleford United") not in got


def test_calling_for_someone_to_step_down_is_against_them():
    text = ("Ridgeway Rovers sacked coach Paulo Menezes. Chairman Graham Pryce said results "
            "were poor. Supporters' groups had called for Pryce to step down after the loss.")
    assert pairs(text)[("supporters' groups", "Graham Pryce")] == "against"


def test_should_never_have_been_charged_defends_and_his_is_the_one_just_named():
    text = ("A grand jury declined to indict Officer Brent Kowalski, who shot Jamal Hooks. "
            "Kowalski said Hooks reached for a gun. The police union said the officer had "
            "followed his training and should never have been charged.")
    got = pairs(text)
    assert got[("police union", "Brent Kowalski")] == "favor"
    assert ("police union", "Jamal Hooks") not in got  # "his training": the officer's


def test_a_lawsuit_is_its_suers_and_an_acronym_before_a_title_names_the_body():
    text = ("The Federal Trade Commission sued ticket seller Brightpath on Wednesday, alleging "
            "the company hid fees. FTC Chair Lina Okonjo called the practice “a bait-and-switch "
            "that costs American families billions of dollars a year.” Brightpath said the "
            "lawsuit was “without merit.” On Thursday, consumer groups welcomed the suit.")
    got = pairs(text)
    assert got[("Brightpath", "Federal Trade Commission")] == "against"  # the lawsuit: FTC's
    assert got[("consumer groups", "Federal Trade Commission")] == "favor"
    assert got[("Lina Okonjo", "Brightpath")] == "against"  # the practice: the company's
    assert ("Lina Okonjo", "United States") not in got  # American families: its people


def test_a_quoted_sentence_opening_on_but_turns_what_the_one_before_said():
    text = ("Poland sent troops to the border with Belarus. Poland said Belarus was to blame. "
            "“Nobody disputes that Poland has a right to protect its border. But pushing people "
            "back into the forest in winter can kill them,” said Anna Mazur of the Polish "
            "Helsinki Foundation for Human Rights.")
    assert pairs(text)[("Anna Mazur", "Poland")] == "against"
    text = ("Clydebank Athletic fired manager Callum Strachan on Sunday. The club's chairwoman, "
            "Fiona McAlister, said the board had lost patience. “Callum gave everything to this "
            "club and we thank him for that. But results have not been good enough, and the "
            "supporters deserve better,” she said.")
    assert pairs(text)[("Fiona McAlister", "Callum Strachan")] == "against"


def test_excuses_and_shame_charge_and_the_project_is_the_actors():
    text = ("Health Secretary Miriam Ashdown said the figures were disappointing. Owen "
            "Pritchard said the minister had “run out of excuses”. He said: “If she had any "
            "shame, she would go.”")
    assert pairs(text)[("Owen Pritchard", "Miriam Ashdown")] == "against"
    text = ("Chipmaker Veltrix said it would build a factory in Arizona. Veltrix said it had "
            "won subsidies. Gov. Lauren Whitaker called the project “a generational win” for "
            "the state. “Every new fab is a bet that the Colorado River will keep flowing,” "
            "said Marisol Ortega.")
    got = pairs(text)
    assert got[("Lauren Whitaker", "Veltrix")] == "favor"
    assert not any(target == "Colorado River" for _, target in got)  # a river


def test_a_union_negotiator_belongs_to_the_union_the_story_called_so():
    text = ("The FNV union said members had rejected the offer from Maasvlakte Container "
            "Terminals. The FNV said the offer was an insult, and the FNV said it would strike. "
            "Maasvlakte Container Terminals said it was disappointed. “They made record "
            "profits and now they want us to accept a pay cut,” union negotiator Pieter "
            "Bakker said.")
    got = pairs(text)
    assert got[("Pieter Bakker", "Maasvlakte Container Terminals")] == "against"
    assert ("Pieter Bakker", "FNV") not in got


def test_a_bill_is_its_sponsors_and_agreeing_to_talks_takes_no_side():
    text = ("A Senate committee advanced a bill that would cap card rates. The bill's sponsor, "
            "Sen. Patricia Holloway, said banks were gouging families. Holloway said it was "
            "overdue. The American Bankers Association called the bill “a well-intentioned "
            "mistake.” The Senate will vote next month.")
    assert pairs(text)[("American Bankers Association", "Patricia Holloway")] == "against"
    text = ("Japan and South Korea agreed on Saturday to resume defence talks, as they face "
            "threats from North Korea. North Korea's state news agency KCNA condemned the "
            "meeting as “a dangerous military collusion.” Japan said the talks were useful. "
            "South Korea said the same. Japan and South Korea will meet again.")
    got = pairs(text)
    assert ("South Korea", "North Korea") not in got  # "agreed to resume talks"
    assert got[("KCNA", "Japan")] == "against"  # the meeting: the story's act


def test_a_demonym_before_a_group_is_the_groups_and_criticized_for_stops_at_for():
    text = ("Japan and South Korea agreed to resume talks. Japan said the talks were useful. "
            "Some South Korean civic groups criticized Seoul for moving closer to Japan.")
    got = pairs(text)
    assert got[("South Korean civic groups", "South Korea")] == "against"
    assert ("South Korean civic groups", "Japan") not in got


def test_urging_someone_to_respect_rights_is_no_praise_of_them():
    text = ("Tanzanian police arrested opposition leader Tundu Mwakyembe. Tanzania said he had "
            "incited violence. The U.S. embassy said it was concerned by the arrest and urged "
            "Tanzania to respect political freedoms.")
    assert pairs(text).get(("U.S. embassy", "Tanzania")) != "favor"


def test_batch_82_reactions_to_a_fine_and_from_a_capital():
    text = ("Tech giant fined $500 million by EU\n\nThe European Commission fined Zentaro 500 "
            "million euros on Thursday. EU competition chief Margarethe Lund said Zentaro had "
            "rigged the shop window. "
            "“Millions of European consumers were shown what Zentaro wanted them to see,” she "
            "said. Zentaro said it would appeal. Rival sellers welcomed the fine. The fine adds "
            "to tensions with Washington, which has accused Brussels of unfairly targeting "
            "American firms.")
    got = pairs(text)
    assert got[("rival sellers", "European Commission")] == "favor"  # the fine: the EC's
    assert got[("Washington", "European Commission")] == "against"  # "which has accused"
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert "European" not in [text[s:e] for s, e in found["European Commission"].mentions]


def test_the_federal_government_of_a_datelined_story_is_its_country():
    text = ("ABUJA, Nigeria (AP) — Gunmen killed 12 people in a village. Plateau Governor Caleb "
            "Mutfwang condemned the killings and said the federal government had failed to "
            "protect rural communities.")
    assert pairs(text)[("Caleb Mutfwang", "Nigeria")] == "against"


def test_batch_83_acts_and_their_authors():
    text = ("A federal appeals court on Wednesday overturned the conviction of former Gov. "
            "Richard Kaminski, ruling that the judge had erred. The three-judge panel of the "
            "7th U.S. Circuit Court of Appeals ordered a new trial. “Today's decision confirms "
            "what I have said,” Kaminski said. Good-government groups criticized the ruling.")
    got = pairs(text)
    assert got[("good-government groups", "U.S Circuit Court of Appeals")] == "against"
    assert ("good-government groups", "Richard Kaminski") not in got  # the ruling: the court's
    assert ("Richard Kaminski", "U.S Circuit Court of Appeals") in got  # today's decision
    text = ("Prime Minister Alberto Sainz survived a motion brought by the People's Party. The "
            "People's Party said he must go. Sainz dismissed the motion as “a political stunt.”")
    assert pairs(text)[("Alberto Sainz", "People's Party")] == "against"
    text = ("The watchdog sued Coleridge on Monday. The watchdog said prices were inflated. "
            "Coleridge said it would defend the case.")
    assert pairs(text)[("Coleridge", "watchdog")] == "against"


def test_a_clause_before_a_contrast_is_not_the_quoted_speakers():
    text = ("The farm lobby endorsed Gov. Daniel Ferreira's plan to build a tunnel, while "
            "environmental groups vowed to fight the project in court. Ferreira said the plan "
            "was balanced. Ferreira said the tunnel was needed.")
    assert pairs(text).get(("environmental groups", "Daniel Ferreira")) != "favor"


def test_the_federation_is_the_body_and_treating_someone_fairly_leans_for_the_doer():
    text = ("The Croatian Football Federation banned a coach for life on Wednesday.\n\n"
            "\"They have destroyed my name,\" Dario Vukic said.\n\n"
            "The players' union, HURS, said the federation had treated them fairly but warned "
            "that young players were \"easy prey\" for criminal gangs.")
    got = pairs(text)
    assert got[("HURS", "Croatian Football Federation")] == "favor"
    assert got[("Dario Vukic", "Croatian Football Federation")] == "against"
    assert _cue_value("The club treated us shabbily.", 0) == -1.0
    assert _cue_value("Smith was treated unfairly.", 0) == 1.0


def test_calling_the_case_the_worst_is_aimed_at_the_story_s_principal():
    text = ("The federation banned Dario Vukic for life. Vukic, 47, had fixed three matches, "
            "its committee said. Vukic denied it. Its chairman, Ivo Matic, called the case "
            "\"the worst I have seen in thirty years of football.\"")
    assert pairs(text)[("Ivo Matic", "Dario Vukic")] == "against"


def test_a_leader_named_after_a_foreign_body_speaks_for_its_country_not_the_dateline_s():
    text = ("BANGKOK (Reuters) — Thai and Cambodian troops exchanged fire on Sunday.\n\n"
            "Cambodia's defence ministry rejected Thailand's account. Prime Minister Sokha Vann "
            "accused Bangkok of \"provocation\" and said Cambodia would go to court.")
    got = pairs(text)
    assert got[("Sokha Vann", "Thailand")] == "against"
    assert ("Sokha Vann", "Cambodia") not in got


def test_a_speaker_naming_the_side_that_opened_fire_accuses_it():
    text = ("Thailand's army said Cambodian troops had opened fire first on a Thai patrol and "
            "that its soldiers had acted in self-defence.")
    assert pairs(text)[("Thailand's army", "Cambodia")] == "against"
    assert _cue_value("They said the Cambodian troops opened the border crossing.", 9) is None


def test_a_body_described_by_its_place_is_the_one_named_later_and_a_city_of_acts():
    text = ("The city of Dayton sued Ohio's environmental agency on Monday.\n\n"
            "The Ohio Environmental Protection Agency said it had not received a complete "
            "application from the city.")
    assert pairs(text)[("Dayton", "Ohio Environmental Protection Agency")] == "against"


def test_sensible_praises_and_cooperating_with_sides_with():
    text = ("Norway's central bank kept its key rate at 4.5% and said it would probably cut in "
            "the spring. The bank's forecasts suggest two cuts.\n\nEconomists had expected "
            "the decision. \"It was a cautious, sensible message,\" said Knut Eriksen, an "
            "economist at Fjordbank.\n\nUnions criticised the bank.")
    # (the unnamed bank that spoke is named as it spoke)
    assert pairs(text)[("Knut Eriksen", "Norway's central bank")] == "favor"
    assert _cue_value("Clearview said it was cooperating fully with the agency.", 44) == 1.0
    assert _cue_value("Natarajan was a cooperating witness, the agency said.", 0) is None


def test_the_government_of_a_story_datelined_with_an_accented_capital():
    text = ("ASUNCIÓN, Paraguay (AP) — Opposition candidate Lucía Benítez conceded defeat on "
            "Monday. She said she had called Rodrigo Alcaraz to congratulate him.\n\n"
            "Her running mate, Óscar Villalba, was less conciliatory, accusing the government of "
            "using state resources to buy votes.")
    got = pairs(text)
    assert got[("Óscar Villalba", "Paraguay")] == "against"
    assert got[("Lucía Benítez", "Rodrigo Alcaraz")] == "favor"  # aimed back at him


def test_a_commissioner_s_unnamed_reaction_is_not_aimed_at_the_commission():
    text = ("The European Commission fined Nordhavn Line 310 million euros on Wednesday. "
            "Nordhavn said it would appeal.\n\nCompetition Commissioner Elena Marchetti said the "
            "companies had met secretly. \"Consumers paid for this cartel,\" she told reporters.")
    got = pairs(text)
    assert got[("Elena Marchetti", "Nordhavn Line")] == "against"
    assert ("Elena Marchetti", "European Commission") not in got
    assert got[("European Commission", "Nordhavn Line")] == "against"  # fined it


def test_a_dissenting_member_s_reaction_may_be_aimed_at_the_body():
    text = ("The Portland City Council voted 7-5 to ban gas hookups. The council said the ban "
            "would start in 2028.\n\nCouncilor Bryce Halvorsen, who voted no, said costs would "
            "rise. \"That is not climate policy. That is a tax on first-time buyers,\" he said.")
    assert pairs(text)[("Bryce Halvorsen", "Portland City Council")] == "against"


def test_a_lawyer_speaks_for_the_client_and_a_relative_clause_s_cue_is_its_noun_s():
    text = ("A jury convicted Kyle Hendricks of manslaughter on Thursday.\n\nHendricks' lawyer, "
            "Daniel Fry, said his client would appeal. \"He is being made the scapegoat for a "
            "system that failed,\" Fry said.")
    assert pairs(text)[("Daniel Fry", "Kyle Hendricks")] == "favor"
    text = ("A jury convicted Kyle Hendricks on Thursday. \"The jury got it wrong,\" said Daniel "
            "Fry, a lawyer for Hendricks.")
    assert pairs(text)[("Daniel Fry", "Kyle Hendricks")] == "favor"
    assert _cue_value("He is being made the scapegoat for a system that failed.", 0) == 1.0
    assert _cue_value("The board that failed them resigned.", 4) == -1.0  # its own


def test_a_university_that_and_the_university_and_having_no_choice():
    text = ("Harborview University suspended a student group on Tuesday. President Elaine Marsh "
            "said the group had crossed a line.\n\nThe group said the sit-in had been peaceful "
            "and accused the university of trying to silence it. \"This is a university that "
            "punishes students for speaking,\" said Omar Haddad, a senior.\n\nProfessor David "
            "Klein said the president had \"no choice\" after the damage.")
    got = pairs(text)
    assert got[("Omar Haddad", "Harborview University")] == "against"
    assert got[("David Klein", "Elaine Marsh")] == "favor"
    assert _cue_value("Dr. Whitaker is putting the budget ahead of our lives.", 4) == -1.0


def test_a_capital_with_a_mayor_and_no_national_leader_is_its_own_city():
    text = ("LISBON, Portugal (AP) — Lisbon will close a riverside avenue to cars on weekends, "
            "Mayor Sofia Almeida announced on Wednesday.\n\nThe Automobile Club of Portugal said "
            "the city had not studied the plan and criticized the closure.")
    got = pairs(text)
    assert got[("Automobile Club of Portugal", "Lisbon")] == "against"
    assert ("Sofia Almeida", "Lisbon") not in got  # her own city
    assert not any(target == "Portugal" for _, target in got)


def test_a_reaction_to_a_court_order_is_aimed_at_the_judge_not_a_party():
    text = ("BRASÍLIA, Brazil (AP) — A Brazilian Supreme Court justice on Friday ordered the "
            "suspension of the messaging app Chatline for failing to block accounts.\n\n"
            "Justice Helena Prado said the company had ignored three court orders. \"No "
            "company is above Brazilian law,\" she wrote.\n\nChatline called the order \"an "
            "attack on free expression\" and said it would appeal to the full court.")
    got = pairs(text)
    assert got[("Chatline", "Helena Prado")] == "against"
    text = ("A court ordered Shell to pay farmers on Friday. Shell said it would study the "
            "ruling. Shell shares fell.\n\nFriends of the Earth, which brought the case, "
            "called the ruling \"a victory for the people.\"")
    assert ("Friends of the Earth", "Shell") not in pairs(text)  # no court named: no one


def test_calling_a_plan_a_betrayal_is_against_whose_plan_it_is_past_a_relative_clause():
    text = ("Hanbit Semiconductor said on Thursday it would cut 3,000 jobs. The company said "
            "demand had slumped.\n\nThe Korean Metal Workers' Union, which represents half of "
            "Hanbit's staff, called the plan a betrayal of workers.")
    assert pairs(text)[("Korean Metal Workers' Union", "Hanbit Semiconductor")] == "against"


def test_a_chief_executive_welcoming_a_decision_takes_no_stance_toward_his_own_firm():
    text = ("The European Commission approved Skandia Air's takeover of AirLat. Skandia Air "
            "Chief Executive Lars Holm welcomed the decision and said the combined airline "
            "would add routes to Asia.")
    assert ("Lars Holm", "Skandia Air") not in pairs(text)


def test_a_speaker_s_own_country_is_a_target_as_the_government_they_accuse():
    text = ("PERTH, Australia (AP) — Western Australia Premier Mark Ellison accused the federal "
            "government on Thursday of \"robbing\" the state of billions of dollars.")
    assert pairs(text)[("Mark Ellison", "Australia")] == "against"


def test_welcoming_a_proposal_is_for_whoever_proposed_it_and_clearing_someone_is_for_them():
    text = ("Western Australia Premier Mark Ellison said the state would lose 5 billion dollars "
            "under a new formula proposed by federal Treasurer Claire Henley. Ellison called "
            "it unfair. Ellison spoke in Perth.\n\nTasmania's treasurer, Rob Mason, welcomed the "
            "proposal.")
    assert pairs(text)[("Rob Mason", "Claire Henley")] == "favor"
    text = ("The International Tennis Integrity Agency on Wednesday cleared Czech player Tereza "
            "Novakova of intentional doping. The agency said Novakova bore no fault.")
    assert pairs(text)[("International Tennis Integrity Agency", "Tereza Novakova")] == "favor"


def test_calling_an_agreement_null_and_void_reacts_to_the_party_that_made_it():
    text = ("MOGADISHU, Somalia (Reuters) — Somalia recalled its ambassador on Tuesday over "
            "Ethiopia's plan to lease a stretch of coastline from Somaliland. Ethiopia said the "
            "deal was lawful.\n\nSomali Foreign Minister Ahmed Warsame said the agreement was "
            "\"null and void\" and a violation of Somalia's sovereignty.")
    assert pairs(text)[("Ahmed Warsame", "Ethiopia")] == "against"


def test_the_ministry_of_a_datelined_story_is_its_country_and_a_government_s_act_is_its():
    text = ("KAMPALA, Uganda (Reuters) — Uganda will ban fishing in part of Lake Victoria, the "
            "fisheries ministry said on Monday.\n\nFishermen's groups said the ban would leave "
            "families without income. Okello said the ministry had not consulted fishermen.")
    got = pairs(text)
    assert got[("fishermen's groups", "Uganda")] == "against"
    assert "ministry" not in {target for _, target in got}
    text = ("ZAGREB, Croatia (Reuters) — Croatia's government on Thursday raised the minimum "
            "wage by 15%. Croatia's government said pay would rise in January.\n\nThe Union of "
            "Autonomous Trade Unions of Croatia welcomed the increase but said it was not enough.")
    assert pairs(text)[("Union of Autonomous Trade Unions of Croatia", "Croatia")] == "favor"


def test_crossing_a_line_and_being_wrong_are_charges():
    assert _cue_value("The remarks by Dale Whitmore had crossed every line of decency.", 15) \
        == -1.0
    assert _cue_value("The FTC is wrong about this deal, and we will prove it.", 4) == -1.0
    assert _cue_value("The FTC said something went wrong with the deal.", 4) is None


def test_a_club_that_sacks_its_coach_is_against_him_and_a_mockery_is_a_charge():
    text = ("Welsh rugby club Cardiff Dragons sacked head coach Gareth Pryce on Monday after "
            "players complained. Pryce, 52, said he was shocked.")
    assert pairs(text)[("Cardiff Dragons", "Gareth Pryce")] == "against"
    assert _cue_value("The group said the decision made a mockery of the government's pledge.",
                      48) == -1.0


def test_demanding_a_reversal_or_kept_commitments_and_failing_to_consult_are_charges():
    s = '"We will stay until the board reverses this decision," the union president said.'
    assert _cue_value(s, s.index("board")) == -1.0
    s = "Ottawa must scrap the tax, the group said."
    assert _cue_value(s, 0) == -1.0
    assert _cue_value("Ottawa will scrap the tax next year, the minister said.", 0) is None
    s = '"We expect India to honour its commitments."'
    assert _cue_value(s, s.index("India")) == -1.0
    s = "Karim said India had not consulted Dhaka as a 1996 agreement required."
    assert _cue_value(s, s.index("India")) == -1.0
    assert _cue_value("Karim said India had consulted Dhaka twice.", 11) is None


def test_a_lede_s_party_senator_is_the_senator_named_next_and_a_protest_is_its_lodger_s():
    text = ("WASHINGTON (AP) — A Democratic senator on Tuesday accused drugmaker Halvern Pharma "
            "of raising insulin prices.\n\n\"Halvern is squeezing diabetics,\" Sen. Marisol Ortega "
            "said.")
    got = pairs(text)
    assert got[("Marisol Ortega", "Halvern Pharma")] == "against"
    assert "Democratic" not in {speaker for speaker, _ in got}
    text = ("DHAKA, Bangladesh (Reuters) — Bangladesh on Monday lodged a formal protest over "
            "India's plan to build a dam on the Teesta river.\n\nAn Indian official, who asked "
            "not to be named, said the protest was \"unfortunate.\"")
    assert pairs(text)[("Indian official", "Bangladesh")] == "against"


def test_calling_on_someone_to_resign_and_a_firm_owned_from_abroad():
    text = ("MADRID (AP) — Spain's science minister, Lucía Herrero, denied copying her thesis."
            "\n\nThe opposition Popular Party called on Herrero to resign.")
    assert pairs(text)[("Popular Party", "Lucía Herrero")] == "against"
    text = ("LUSAKA, Zambia (Reuters) — Farmers have sued a Chinese-owned copper miner, Kafue "
            "Sino Metals, over an acid spill.\n\n\"The company knew the wall was cracking and "
            "did nothing,\" said lawyer Mutale Banda.")
    got = pairs(text)
    assert got[("Mutale Banda", "Kafue Sino Metals")] == "against"
    assert "China" not in {target for _, target in got}


def test_being_treated_unfairly_defends_the_speaker_not_the_mention_before():
    s = '"I have given everything for this team, and I am being treated unfairly," he said.'
    assert _cue_value(s, s.index("this team")) is None
    s = "Khumalo said the board had treated him unfairly."
    assert _cue_value(s, s.index("board")) == -1.0


def test_a_plan_the_story_calls_a_body_s_is_that_body_s():
    text = ("Teachers' union fights district plan for AI tutors\n\nDENVER (AP) — The Denver "
            "Classroom Teachers Association said on Monday it would file a grievance against "
            "the district over a plan to use AI tutors. The district said no aide would lose "
            "a job.\n\nSuperintendent Michael Odom defended the plan, saying the software "
            "would help students. The Denver Classroom Teachers Association said it would "
            "fight.")
    got = pairs(text)
    assert got.get(("Michael Odom", "district")) == "favor"
    assert ("Michael Odom", "Denver Classroom Teachers Association") not in got or \
        got[("Michael Odom", "Denver Classroom Teachers Association")] != "favor"


def test_a_dateline_city_with_a_mayor_is_the_actor_of_its_council_s_vote():
    text = ("PORTO, Portugal (Reuters) — Porto's city council voted on Thursday to stop issuing "
            "new rental licences, a move the mayor said would return flats to families.\n\n"
            "\"Our neighbours have been pushed out,\" Mayor Rui Cardoso said after the vote.\n\n"
            "Rental platform StayNest slammed the decision as \"short-sighted.\" Tenants' "
            "association Morar Porto hailed the vote.")
    got = pairs(text)
    assert got[("StayNest", "Porto council")] == "against"
    assert got[("Morar Porto", "Porto council")] == "favor"
    assert ("Rui Cardoso", "Porto council") not in got  # the mayor speaks for the city


def test_an_aside_about_someone_keeps_its_own_cues():
    s = ("The union said Claire Whitfield, who worked at Ardwick General Hospital for 22 "
         "years, was fired and that it would support her claim.")
    assert _cue_value(s, s.index("Ardwick"), others=(s.index("Claire"),)) is None
    assert _cue_value(s, s.index("Claire"), others=(s.index("Ardwick"),)) == 1.0
    s = ("Council member Grace Owusu, who had called for Ortiz's resignation, said the mayor "
         "had made the right decision.")
    assert _cue_value(s, s.index("the mayor"), others=(s.index("Ortiz"),)) == 1.0


def test_doing_what_one_is_supposed_to_and_a_thanks_one_is_owed():
    s = '"Claire did what every nurse is supposed to do," said Tom Hale.'
    assert _cue_value(s, s.index("Claire")) == 1.0
    s = '"FIFA should be thanking us," he said.'
    assert _cue_value(s, s.index("FIFA")) == -1.0
    s = '"FIFA thanked us for our work," he said.'
    assert _cue_value(s, s.index("FIFA")) is None


def test_a_no_in_a_relative_clause_does_not_negate_the_main_verb():
    text = ("The Oakland school board voted to close five schools.\n\nBoard member Alan "
            "Whitfield, who voted no, accused the district of rushing the decision. The "
            "district said it had no choice.")
    assert pairs(text)[("Alan Whitfield", "district")] == "against"


def test_defending_this_case_the_state_s_guards_and_a_lede_s_unnamed_operator():
    s = '"We will defend this case vigorously," editor Mark Fenton said.'
    assert _cue_value(s, s.index("this case")) == -1.0
    text = ("DUBAI (Reuters) — Iran's Revolutionary Guards seized an oil tanker on Thursday, "
            "its owner said.\n\nThe United States condemned the seizure as \"an act of "
            "piracy.\"")
    assert pairs(text)[("United States", "Iran")] == "against"
    text = ("DUBLIN (Reuters) — Bus drivers voted to strike unless the state-owned operator "
            "adds security staff, their union said.\n\nThe National Bus and Rail Union said "
            "92% backed the action.\n\nDublin Bus said it had already installed screens.")
    assert pairs(text)[("National Bus and Rail Union", "Dublin Bus")] == "against"


def test_an_override_a_vote_inside_a_phrase_and_a_claim_of_a_country_s_ministry():
    text = ("The Minneapolis City Council voted on Wednesday to override Mayor Jacob Frey-Lund's "
            "veto of the budget.\n\nFrey-Lund called the override \"a mistake that will cost "
            "lives.\" The council said the budget was fair.")
    assert pairs(text)[("Jacob Frey-Lund", "Minneapolis City Council")] == "against"
    text = ("Workers at the flagship store of coffee chain Brewhaven voted on Friday to join a "
            "union.\n\nWorkers United said staff wanted a say. Brewhaven said it respected "
            "their choice. The union accused the company of holding anti-union meetings.")
    assert pairs(text)[("Workers United", "Brewhaven")] == "against"
    text = ("ASMARA, Eritrea (AP) — Eritrea accused Ethiopia of massing troops.\n\nEritrea's "
            "information ministry said Ethiopian forces had moved tanks to the frontier.\n\n"
            "Ethiopia's government spokesman, Legesse Tulu, dismissed the claim as \"baseless "
            "propaganda.\"")
    assert pairs(text)[("Legesse Tulu", "Eritrea")] == "against"


def test_an_unnamed_court_that_spoke_a_judge_s_sentence_and_a_demand_to_respect():
    text = ("FRANKFURT (AP) — A German court on Thursday rejected a lawsuit by residents, ruling "
            "that the airport had done enough to limit noise.\n\n\"The court has chosen profits "
            "over people's health,\" said Renate Vogel.")
    assert pairs(text)[("Renate Vogel", "German court")] == "against"
    text = ("A 19-year-old driver was sentenced to six years in prison on Friday.\n\nJudge Helen "
            "Marsh said Tyler Burke had shown a shocking disregard for life.\n\nThe widow, Anna "
            "Kostas, said the sentence was far too short.")
    assert pairs(text)[("Anna Kostas", "Helen Marsh")] == "against"
    s = "The ministry said it firmly opposed the measures and urged the Netherlands to respect " \
        "market principles."
    assert _cue_value(s, s.index("Netherlands")) == -1.0


def test_a_rival_s_boss_a_punishment_too_light_and_never_paying():
    text = ("PARIS (Reuters) — The FIA docked the Arden Racing Formula One team 10 points and "
            "fined it $7 million.\n\nThe team accepted the penalty.\n\nRival team boss Christian "
            "Volk said the punishment was too light.")
    got = pairs(text)
    assert got[("Christian Volk", "FIA")] == "against"  # the punishment is the FIA's act
    assert ("Christian Volk", "Arden Racing Formula One") not in got or \
        got[("Christian Volk", "Arden Racing Formula One")] != "favor"
    s = '"They built a billion-dollar product on our work and never paid us a cent," she said.'
    assert _cue_value(s, 1) == -1.0


def test_wanting_more_money_and_an_early_reaction_to_the_body_named_next():
    s = '"I have paid for this service for years and now they want more money," one wrote.'
    assert _cue_value(s, s.index("they")) == -1.0
    text = ("WINDSOR, Ontario (CP) — Dozens of truck drivers blocked a bridge on Monday to "
            "protest a new toll.\n\n\"We can't absorb this. Some of us will go out of "
            "business,\" said Harjit Sandhu, who organised the protest.\n\nThe bridge's "
            "operator, the Windsor-Detroit Bridge Authority, said the toll was needed. The "
            "Windsor-Detroit Bridge Authority said it had consulted the public.")
    assert pairs(text)[("Harjit Sandhu", "Windsor-Detroit Bridge Authority")] == "against"


def test_a_body_named_once_as_the_subject_of_an_act_and_a_takeover():
    text = ("MANILA (Reuters) — The Philippine House of Representatives voted on Wednesday to "
            "impeach Vice President Sara Delos Santos.\n\nDelos Santos called the impeachment "
            "\"political persecution\" and said she would fight the charges.")
    assert pairs(text)[("Sara Delos Santos", "Philippine House of Representatives")] == \
        "against"
    text = ("LONDON (Reuters) — The British government said on Thursday it would take control "
            "of rail operator Northway Trains.\n\nThe RMT union welcomed the takeover.")
    assert pairs(text)[("RMT", "United Kingdom")] == "favor"


def test_the_zoo_and_the_opposition():
    text = ("PRAGUE (AP) — Prague Zoo's plan to send its elephants to Thailand has divided "
            "animal welfare groups.\n\nAnimal rights group Four Paws backed the move. The "
            "Czech Society of Veterinarians said the elephants were too old to fly and urged "
            "the zoo to reconsider.")
    got = pairs(text)
    assert got[("Four Paws", "Prague Zoo")] == "favor"
    assert got[("Czech Society of Veterinarians", "Prague Zoo")] == "against"
    text = ("Police arrested Mayor Giorgos Kallis on Tuesday.\n\nKallis denied wrongdoing. The "
            "opposition called on Kallis to resign.")
    assert pairs(text)[("opposition", "Giorgos Kallis")] == "against"


def test_acting_lawfully_clears_and_a_coach_stands_with_his_player():
    s = "The court ruled that the council had acted lawfully in refusing to build defences."
    assert _cue_value(s, s.index("the council")) == 1.0
    s = "The owner said Argentina had acted illegally and aggressively."
    assert _cue_value(s, s.index("Argentina")) == -1.0
    text = ("American tennis player Tyler Brooks was fined $25,000 for abusing an umpire. Brooks "
            "apologised.\n\nBrooks's coach, Dan Ferreira, said his player had been under "
            "enormous pressure.")
    assert pairs(text)[("Dan Ferreira", "Tyler Brooks")] == "favor"


def test_a_takeover_is_the_act_of_whoever_bid():
    text = ("LISBON (AP) — Portugal's football league on Friday blocked American investor "
            "Grant Holloway's bid to buy second-division club Vitória Setúbalense. Holloway "
            "said he would fight it.\n\nSupporters' group Ultras Sado, which had opposed the "
            "takeover, said it was relieved.\n\nThe club, which is 17th in the table, owes its "
            "players three months' wages. Vitória Setúbalense last won the cup in 2005, and "
            "the club's debts have grown since.")
    got = pairs(text)
    assert got[("Ultras Sado", "Grant Holloway")] == "against"
    assert ("Ultras Sado", "Vitória Setúbalense") not in got


def test_a_strike_is_the_act_of_the_union_the_story_calls_so():
    text = ("MADRID (AP) — A strike by cabin crew at budget airline Ventura grounded 400 "
            "flights.\n\nThe USO union said crew were paid less than at rival airlines. "
            "\"Our members are exhausted,\" USO spokesman Javier Ortega said.\n\nVentura called "
            "the strike \"irresponsible\" and said it had offered a pay rise.")
    assert pairs(text)[("Ventura", "USO")] == "against"
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert "strike" in [text[x:y] for x, y in found["USO"].mentions]  # the union's act


def test_another_firm_s_chief_executive_is_not_the_story_s_company_s():
    text = ("DUBLIN (Reuters) — Passengers at Dublin Airport waited hours to clear security.\n\n"
            "The airport's operator, DAA, apologised and said it had been unable to fill "
            "vacancies.\n\nRyanair chief executive Michael O'Leary-Byrne said the government "
            "should send in the army. \"DAA has had months to prepare and has done nothing,\" "
            "he said.")
    assert pairs(text)[("Michael O'Leary-Byrne", "DAA")] == "against"


def test_a_group_named_after_a_comma_a_ban_to_come_and_a_kind_of_body_that():
    text = ("TAMPA, Fla. (AP) — A county library board voted to remove 20 books.\n\nBoard chair "
            "Dennis Ward said the books were explicit. The group, Moms for Safe Schools, praised "
            "the decision.\n\nPatricia Greene said the board had ignored its own review process.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert [text[x:y] for x, y in found["Moms for Safe Schools"].mentions][0] == "group"
    assert "board" in [text[x:y] for x, y in found["Board"].mentions]
    text = ("PRAGUE (AP) — Prague will ban rental electric scooters from January, the city "
            "council decided.\n\nDeputy Mayor Zdenek Hrib said the city would expand bike "
            "sharing.\n\nScooter operator Lime said the ban was \"a step backwards\" for clean "
            "transport. Lime said it would cut its fleet.")
    assert pairs(text)[("Lime", "Prague")] == "against"


def test_a_country_s_regulator_is_the_public_body_named_after():
    text = ("SEOUL (Reuters) — South Korea's antitrust regulator on Wednesday fined delivery app "
            "Baemin Express 31 billion won.\n\nThe Korea Fair Trade Commission said the practice "
            "had pushed up prices. Baemin Express said it would consider legal action. The "
            "Korean Restaurant Owners' Association welcomed the fine.")
    got = pairs(text)
    assert got[("Korean Restaurant Owners' Association", "Korea Fair Trade Commission")] == "favor"


def test_a_lede_s_company_named_next_payments_stepping_aside_and_a_manager():
    text = ("LONDON (Reuters) — Britain's largest water company paid its executives 2.4 million "
            "pounds in bonuses, its annual report showed.\n\nThames Valley Water said the "
            "bonuses reflected progress.\n\nOpposition lawmaker Sarah Jones called the payments "
            "\"a slap in the face for customers.\"")
    assert pairs(text)[("Sarah Jones", "Thames Valley Water")] == "against"
    text = ("Sen. Mark Halloran was indicted on bribery charges. Halloran pleaded not guilty."
            "\n\nSenate leader Andrea Stewart-Cousins called on Halloran to step aside from his "
            "committee posts.")
    assert pairs(text)[("Andrea Stewart-Cousins", "Mark Halloran")] == "against"
    text = ("Kenyan runner Grace Wanjiku lost her appeal against a doping ban. Wanjiku had argued "
            "that an injection was to blame.\n\nWanjiku's manager, Peter Kibet, said she was "
            "devastated and would consider her options.")
    assert pairs(text)[("Peter Kibet", "Grace Wanjiku")] == "favor"


def test_breaking_one_s_word_an_increase_and_too_high():
    s = "Benali said the club had promised a new contract and then broken its word."
    assert _cue_value(s, s.index("the club")) == -1.0
    s = "WWF said the quota was still too high."
    assert _cue_value(s, s.index("the quota")) == -1.0
    text = ("NEW YORK (AP) — Drugmaker Oncora raised the list price of its leukaemia drug by 15% "
            "on Monday.\n\nOncora said the increase reflected the drug's value.\n\nSen. Bernard "
            "Fields called the increase \"pure greed\" and said he would hold hearings.")
    assert pairs(text)[("Bernard Fields", "Oncora")] == "against"


def test_a_region_named_as_governing_is_a_target_and_the_province_is_it():
    text = ("A group of vape retailers has sued the Ontario government over a ban on flavoured "
            "e-cigarettes. The Canadian Vaping Retailers Association filed the suit on "
            "Wednesday. Dr. Samir Haddad, a respirologist, welcomed the ban. “The province is "
            "doing the right thing,” he said.")
    got = pairs(text)
    assert got[("Samir Haddad", "Ontario")] == "favor"  # "the ban" is Ontario's, sued over it
    assert ("Samir Haddad", "Canadian Vaping Retailers Association") not in got
    # a region named only as a place is still no actor
    assert "Ontario" not in {r.target for r in toolkit.analyze(
        "Dr. Samir Haddad, a doctor in Ontario, said the clinic was full. “We are busy,” he "
        "said. Haddad said Ontario was cold.").stance}


def test_a_board_acts_for_the_body_it_governs_and_its_chair_is_that_body_s():
    text = ("The board of the Northern Lakes Symphony locked out its musicians on Monday. "
            "Board chair Richard Ellingson said the orchestra had lost money for years and "
            "the musicians were greedy. The musicians' union, Local 30 of the American "
            "Federation of Musicians, said the board was “trying to break the orchestra.”")
    got = pairs(text)
    assert got[("Local 30 of the American Federation of Musicians",
                "Northern Lakes Symphony")] == "against"
    assert ("Richard Ellingson", "Northern Lakes Symphony") not in got  # his own side
    assert not any(target == "Board" for _, target in got)


def test_a_characterised_act_that_sums_up_the_clause_is_aimed_at_its_doer():
    text = ("The International Chess Union on Tuesday banned Latvian grandmaster Arturs "
            "Kalnins for two years, a ruling the player called “a witch hunt.” Kalnins said "
            "he would take the case to the Court of Arbitration for Sport. Several top "
            "players welcomed the decision, according to people familiar with the matter. "
            "The union said the evidence was strong.")
    got = pairs(text)
    assert got[("Arturs Kalnins", "International Chess Union")] == "against"
    assert ("Arturs Kalnins", "Latvia") not in got  # "Latvian grandmaster": his country
    assert ("International Chess Union", "Latvia") not in got
    # the decision is the union's, not the court's a case is yet to be taken to
    assert not any(target == "Court of Arbitration for Sport" for _, target in got)


def test_a_role_held_for_someone_outweighs_a_stray_cue_and_owns_no_stance():
    text = ("The union banned Arturs Kalnins for two years. Kalnins denied wrongdoing. "
            "His coach, Ilze Berzina, said the panel had ignored evidence that his camera "
            "had failed because of a poor internet connection.")
    assert pairs(text)[("Ilze Berzina", "Arturs Kalnins")] == "favor"


def test_a_thing_s_failure_is_not_its_owner_s():
    sentence = "She said that his camera had failed because of a poor connection."
    assert _cue_value(sentence, sentence.index("his")) is None
    sentence = "She said that he had failed the patients."
    assert _cue_value(sentence, sentence.index("he had")) == -1.0


def test_a_ministry_that_spoke_is_a_target_under_its_label_not_its_country():
    text = ("ULAANBAATAR (AP) — Herders blocked a highway on Thursday. The mining ministry "
            "said in a statement that dust levels were within national limits. Environmental "
            "group Steppe Watch said the ministry's figures were false and misleading.")
    got = pairs(text)
    assert got[("Steppe Watch", "mining ministry")] == "against"
    assert ("Steppe Watch", "Mongolia") not in got


def test_a_state_s_office_before_its_holder_is_named_is_the_holder():
    text = ("RIO DE JANEIRO (Reuters) — Brazil's justice minister ordered a federal "
            "investigation on Friday into a police raid, a move the state's governor called "
            "“political interference.”\n\nJustice Minister Carla Nogueira said the federal "
            "police would examine whether officers had used excessive force.\n\nRio Governor "
            "Eduardo Pacheco defended the operation.")
    got = pairs(text)
    assert got[("Eduardo Pacheco", "Carla Nogueira")] == "against"
    assert ("Eduardo Pacheco", "Brazil") not in got


def test_the_decision_of_a_story_with_no_court_is_its_principal_actor_s():
    text = ("Federal park managers will ban climbing on the peak from next spring, the "
            "National Park Service said on Wednesday. The agency said climbing had damaged "
            "rock art. Navajo Nation President Marcus Begay welcomed the decision.")
    assert pairs(text)[("Marcus Begay", "National Park Service")] == "favor"
    # a peak is a place, never a party
    assert "Tsé Bitʼaʼí Peak" not in {r.target for r in toolkit.analyze(
        "The agency will ban climbing on Tsé Bitʼaʼí Peak, the National Park Service said. "
        "“We respect Tsé Bitʼaʼí Peak,” said Linda Yazzie.").stance}


def test_doing_what_others_failed_to_do_is_praise():
    sentence = "Kerr said the university had done what regulators had so far failed to do."
    assert _cue_value(sentence, sentence.index("university")) == 1.0
    sentence = "Kerr said the university had failed to do its job."
    assert _cue_value(sentence, sentence.index("university")) == -1.0


def test_disagreeing_with_findings_inside_quotation_marks_is_against_their_author():
    text = ("The regulator said the shortage was caused by failures at Hollis Pharma. "
            "“The company was slow to fix it,” regulator chief Rachel Moore said. Hollis "
            "Pharma said it “strongly disagreed” with the findings.")
    assert pairs(text)[("Hollis Pharma", "Rachel Moore")] == "against"


def test_an_unnamed_court_that_rules_is_a_target_and_an_officer_follows_the_body_before():
    text = ("THE HAGUE (Reuters) — A Dutch court on Wednesday ordered the government to halve "
            "nitrogen pollution, ruling that the state had failed to meet its targets. "
            "Greenpeace Netherlands said the ruling was “a historic victory for nature.” "
            "Farmers' lobby LTO Nederland said the ruling was a disaster and an outrage. "
            "“This puts Dutch farming at risk,” chairman Ger Vos said.")
    got = pairs(text)
    assert got[("Greenpeace Netherlands", "Dutch court")] == "favor"
    assert got[("LTO Nederland", "Dutch court")] == "against"
    assert got[("Ger Vos", "Dutch court")] == "against"  # LTO's chairman, not Greenpeace's
    assert ("Greenpeace Netherlands", "Netherlands") not in got  # the court's nationality


def test_a_city_s_council_streets_and_harms_charged():
    text = ("MILAN (Reuters) — Milan will close the streets outside 80 schools to cars from "
            "September, the city said on Monday. Deputy Mayor Arianna Conti said children "
            "breathed dirty air. But shopkeepers near some of the schools said the closures "
            "would cost them customers. Giorgio Bassi, who runs a bakery on Via Padova, said "
            "the council had not asked local businesses what they thought.")
    got = pairs(text)
    assert got[("shopkeepers near some of the schools", "Milan")] == "against"
    assert got[("Giorgio Bassi", "Milan")] == "against"
    assert not any(target == "Via Padova" for _, target in got)


def test_falling_short_is_a_failure_charged():
    sentence = "The union said the increase still fell short of what growers could earn."
    assert _cue_value(sentence, sentence.index("increase")) == -1.0
    sentence = "The union said the council had not asked for money."
    assert _cue_value(sentence, sentence.index("council")) is None


def test_harms_brought_about_and_reproaches_are_charges():
    sentence = ("The Alberta Dental Association said the decision would lead to more tooth "
                "decay, especially among poor children.")
    assert _cue_value(sentence, sentence.index("decision")) == -1.0
    sentence = "He said the plan would lead to more jobs."
    assert _cue_value(sentence, sentence.index("plan")) is None
    sentence = "The company should have acted the moment the pattern was clear."
    assert _cue_value(sentence, sentence.index("company")) == -1.0
    sentence = "The workers should have been paid."
    assert _cue_value(sentence, sentence.index("workers")) is None


def test_a_country_s_congress_acts_and_the_app_is_the_app_named():
    text = ("BOGOTA (Reuters) — Colombia's Congress voted on Tuesday to ban bullfighting from "
            "2027. The Colombian Bullfighting Association said it would challenge the ban, "
            "calling it an outrage.")
    got = pairs(text)
    assert got[("Colombian Bullfighting Association", "Congress")] == "against"
    text = ("Nepal's government has banned the video-sharing app Zoomly. Communications "
            "Minister Rekha Sharma said the app had ignored repeated requests to remove "
            "abusive videos.")
    assert pairs(text)[("Rekha Sharma", "Zoomly")] == "against"


def test_a_speaker_s_own_country_in_their_description_and_a_currency_are_no_targets():
    text = ("AUCKLAND (Reuters) — New Zealand's largest kiwifruit exporter is suing shipping "
            "company Pacific Orient Lines for NZ$18 million, alleging that faulty refrigeration "
            "left fruit rotten.\n\nZespri Harvest said in a court filing that temperatures had "
            "risen. Pacific Orient Lines denied responsibility.")
    got = pairs(text)
    assert got[("Zespri Harvest", "Pacific Orient Lines")] == "against"
    assert ("Zespri Harvest", "New Zealand") not in got


def test_an_island_whose_mayor_speaks_acts_and_its_cap_is_its_act():
    text = ("ATHENS (Reuters) — The Greek island of Santorini will limit cruise ship passengers "
            "to 8,000 a day from next year, its mayor said on Thursday.\n\nMayor Nikos Zorzos "
            "said crowds were too big. The Cruise Lines International Association said the cap "
            "was \"arbitrary\" and could cost local businesses millions of euros. Eleni "
            "Sigala, who sells jewellery, welcomed the limit.")
    got = pairs(text)
    assert got[("Cruise Lines International Association", "Santorini")] == "against"
    assert got[("Eleni Sigala", "Santorini")] == "favor"
    assert not any(target == "Greece" for _, target in got)  # "the Greek island of"


def test_a_protest_at_a_government_plan_and_a_state_s_army():
    text = ("SEOUL (Reuters) — Thousands of South Korean medical students will extend their "
            "boycott of classes, their association said on Monday, in protest at a government "
            "plan to increase admissions.\n\nThe Korean Medical Students' Association said "
            "its members had voted to continue.")
    got = pairs(text)
    assert got[("Korean Medical Students' Association", "South Korea")] == "against"
    text = ("KHARTOUM (Reuters) — A drone strike killed 43 people, a local group said, blaming "
            "the army for the attack. Sudan's army denied carrying out the strike. The "
            "group said the army had lied.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert "army" in [text[x:y] for x, y in found["Sudan"].mentions]


def test_a_minister_in_a_story_about_their_own_state_is_not_against_it():
    text = ("CONAKRY (Reuters) — Guinea's military government has suspended the licence of "
            "Sahel Bauxite, the mines ministry said. \"No company will take our resources "
            "without respecting our laws,\" Mines Minister Bouna Sylla said. Sahel Bauxite "
            "said the suspension was \"unlawful\" and an outrage. Guinea said it would not "
            "back down.")
    got = pairs(text)
    assert ("Bouna Sylla", "Guinea") not in got and ("mines ministry", "Guinea") not in got
    assert got[("Sahel Bauxite", "Guinea")] == "against"


def test_listening_choosing_over_and_a_too_steep_increase_of_ones_own_state():
    sentence = "It was a tough negotiation, but the company listened, and we got a fair deal."
    assert _cue_value(sentence, sentence.index("company")) == 1.0
    sentence = ("Iceland's government has chosen a tiny industry over its international "
                "reputation.")
    assert _cue_value(sentence, 0) == -1.0
    sentence = "Voters chose Smith over Jones."
    assert _cue_value(sentence, 0) is None
    text = ("WINDHOEK (Reuters) — Namibia will double entry fees for foreign visitors to its "
            "parks, the environment ministry said.\n\nThe Tourism Business Council of Namibia "
            "said the increase was too steep and too sudden. Conservation group Save the "
            "Rhino Trust welcomed the decision. Namibia said it would not back down.")
    got = pairs(text)
    assert got[("Tourism Business Council of Namibia", "Namibia")] == "against"
    assert got[("Save the Rhino Trust", "Namibia")] == "favor"


def test_defending_a_captain_s_pick_is_siding_with_the_captain():
    text = ("European Ryder Cup captain Henrik Lund left Rory Keane out of his team on Monday. "
            "Lund said he had picked players in better form. Keane said he was hurt. Former "
            "captain Paul McGinley defended the pick, saying form had to come first.")
    assert pairs(text)[("Paul McGinley", "Henrik Lund")] == "favor"


def test_an_unnamed_judge_that_decides_and_the_party_a_senator_quits():
    text = ("MEXICO CITY (AP) — A federal judge in Mexico has suspended a gold mining "
            "concession, lawyers for the community said. The ruling halts exploration by "
            "Sierra Dorada Mining. “This is a victory for our right to decide,” said Rosalinda "
            "Méndez, a community leader. Sierra Dorada said it would appeal.")
    got = pairs(text)
    assert got[("Rosalinda Méndez", "federal judge")] == "favor"
    assert got[("Sierra Dorada Mining", "federal judge")] == "against"
    text = ("CANBERRA (Reuters) — Australian Senator Karen Doyle quit the opposition Liberal "
            "Party on Friday. “I did not leave the party. The party left the science behind "
            "and betrayed its voters,” she told reporters.")
    assert pairs(text)[("Karen Doyle", "Liberal Party")] == "against"


def test_a_lede_s_journal_a_call_to_sell_and_a_union_official():
    text = ("NEW YORK (AP) — A scientific journal has retracted a widely cited study, the "
            "publisher said on Monday.\n\nThe journal, Sleep Science Reports, said it was "
            "unclear whether some participants had been counted twice. The lead author, Dr. "
            "Evan Holloway, said he disagreed with the decision.")
    assert pairs(text)[("Evan Holloway", "Sleep Science Reports")] == "against"
    text = ("Thousands of fans marched against owner Dmitri Volkov on Saturday. The Kirkstall "
            "Supporters' Trust said Volkov had run the club like a toy and called on him to "
            "sell. Volkov did not comment.")
    assert pairs(text)[("Kirkstall Supporters' Trust", "Dmitri Volkov")] == "against"
    text = ("The director general of RTÉ Media resigned on Thursday. The National Union of "
            "Journalists said the board of RTÉ Media had failed its staff and betrayed them. "
            "“Blaming one editor would be a cover-up,” union official Séamus Dooley said.")
    assert pairs(text)[("Séamus Dooley", "RTÉ Media")] == "against"


def test_a_court_that_sentences_a_broken_promise_and_a_later_explicit_mention():
    text = ("ISTANBUL (Reuters) — A Turkish court sentenced journalist Elif Kaya to two years "
            "in prison on Wednesday. Her lawyer, Mehmet Arslan, said they would appeal.")
    assert pairs(text)[("Mehmet Arslan", "Turkish court")] == "against"
    text = ("NEW DELHI (Reuters) — Tens of thousands of farmers began marching towards New "
            "Delhi on Tuesday, demanding a law that would guarantee crop prices, a promise they "
            "say the government made and then broke.")
    assert pairs(text)[("farmers", "India")] == "against"
    text = ("The Hellenic Football Federation suspended referee Nikos Papadakis while it "
            "investigates allegations of match-fixing. The referees' association said it "
            "supported the investigation.")
    assert pairs(text)[("referees' association", "Hellenic Football Federation")] == "favor"


def test_a_passive_ban_is_its_decider_s_and_an_appeal_to_a_court_is_against_the_ruling():
    text = ("LAUSANNE (AP) — Olympic champion Lena Fischer was banned for 18 months on "
            "Wednesday for missing three drug tests. The International Testing Agency said "
            "Fischer had failed to update her whereabouts. Fischer said she would appeal to "
            "the Court of Arbitration for Sport. Her coach, Markus Brandt, said the punishment "
            "was far too harsh.")
    got = pairs(text)
    assert got[("Lena Fischer", "International Testing Agency")] == "against"
    assert got[("Markus Brandt", "International Testing Agency")] == "against"
    assert not any(target == "Court of Arbitration for Sport" for _, target in got)


def test_a_state_that_acts_and_a_city_whose_mayor_speaks():
    text = ("LAGOS (Reuters) — Lagos state has extended its ban on motorcycle taxis, the state "
            "government said on Monday. A riders' association said it would challenge the ban "
            "in court, calling it cruel and unfair.")
    assert pairs(text)[("riders' association", "Lagos")] == "against"
    text = ("PALMA (Reuters) — The city of Palma will ban new hotels in its old town, Mayor "
            "Jaime Martínez said. The Mallorca Hotel Federation said the ban was an outrage "
            "and a disgrace.")
    assert pairs(text)[("Mallorca Hotel Federation", "Palma")] == "against"


def test_a_reported_judgement_of_an_act_that_sums_up_the_clause_before_it():
    text = ("BUDAPEST (Reuters) — Hungary's parliament passed a law on Tuesday requiring groups "
            "funded from abroad to register, a move the European Commission said could breach "
            "EU rules on free expression. The Commission said it would study the law.")
    assert pairs(text)[("European Commission", "Hungary")] == "against"


def test_a_city_council_that_acts_and_a_trust_asked_for_not_given():
    text = ("LISBON (AP) — Lisbon's city council approved a cap on rent increases on Tuesday. "
            "Mayor Rui Carvalho said it would give families breathing room. The Lisbon "
            "Property Owners' Association said the cap was unconstitutional and that it would "
            "ask a court to strike it down.")
    assert pairs(text)[("Lisbon Property Owners' Association", "Lisbon council")] == "against"
    text = ("Minister Hamid el-Tayeb said Ethiopia had refused to share data on water "
            "releases. “They want us to trust them blindly,” he said.")
    assert pairs(text)[("Hamid el-Tayeb", "Ethiopia")] == "against"


def test_a_quota_welcomed_a_disguise_charged_and_concerns_shared():
    text = ("OSLO (Reuters) — Norway will raise its whale quota to 1,400 this year, the "
            "fisheries ministry said. The Whale Protection League said the quota was “a "
            "political decision dressed up as science.”\n\nWhalers' association leader Bjorn "
            "Kvitnes welcomed the quota but said it probably would not be filled.")
    got = pairs(text)
    assert got[("Whale Protection League", "Norway")] == "against"
    assert got[("Bjorn Kvitnes", "Norway")] == "favor"
    text = ("AMSTERDAM (Reuters) — The lecturers' union, AOb, said the cuts would cost 7,000 "
            "jobs. Universities of the Netherlands did not join the strike but said it shared "
            "the union's concerns.")
    assert pairs(text)[("Universities of the Netherlands", "AOb")] == "favor"


def test_a_punishment_passively_reported_is_the_judge_s_and_not_enough_is_a_charge():
    text = ("ROME (AP) — Italian soccer's disciplinary judge ordered Virtus Ardea to play two "
            "home matches behind closed doors.\n\nThe judge said the club's fans had made "
            "monkey noises. Virtus Ardea was also fined 50,000 euros.\n\nStriker Kwame Mensah "
            "said the punishment was a start but not enough.")
    assert pairs(text)[("Kwame Mensah", "disciplinary judge")] == "against"
    sentence = "The union said the ministry had not done enough to protect miners."
    assert _cue_value(sentence, sentence.index("ministry")) == -1.0


def test_a_regional_government_acts_and_a_union_urges_its_members_to_reject_its_offer():
    text = ("EDINBURGH, Scotland (AP) — Teachers in Scotland voted to accept a pay rise, their "
            "largest union said.\n\nThe Educational Institute of Scotland said 71% of members "
            "backed the offer from local councils and the Scottish government.\n\nA smaller "
            "union, the Scottish Secondary Teachers' Association, had urged members to reject "
            "the offer.")
    got = pairs(text)
    assert got[("Scottish Secondary Teachers' Association", "Scotland")] == "against"
    assert ("of members", "Scotland") not in got and got[("members", "Scotland")] == "favor"
    # a region's adjective before people is no government: "Scottish teachers voted"
    text = "Scottish teachers voted to accept a pay rise, their union said."
    a = toolkit.analyze(text)
    assert "Scotland" not in find_targets(text, a.segmentation, registry_of(text), None,
                                          list(a.quotes))


def test_a_thing_promised_by_someone_that_was_never_built():
    sentence = ("The mayor said a desalination plant promised by the central government three "
                "years ago had never been built.")
    assert _cue_value(sentence, sentence.index("central")) == -1.0
    sentence = "The mayor said a plant promised by the government had been built."
    assert _cue_value(sentence, sentence.index("government")) is None


def test_a_campaign_denies_an_accusation_and_a_condition_takes_no_side():
    text = ("CHENNAI, India (Reuters) — Viktor Lazarev was re-elected head of the chess "
            "federation on Saturday, defeating a challenger who accused him of buying votes."
            "\n\nIngrid Hovland said delegates had told her they were promised money if they "
            "backed Lazarev. “It was an auction,” she said. Lazarev's campaign denied the "
            "accusation and said all grants had been approved long before the vote.")
    got = pairs(text)
    assert got[("Viktor Lazarev's campaign", "Ingrid Hovland")] == "against"
    assert ("Viktor Lazarev's campaign", "Viktor Lazarev") not in got  # its own candidate
    sentence = "She said they were promised money if they backed Lazarev."
    assert _cue_value(sentence, sentence.index("Lazarev")) is None  # a condition
    sentence = "“Eskom-Vaal has treated the economy like a light switch,” she said."
    assert _cue_value(sentence, sentence.index("Eskom")) == -1.0


def test_an_officer_titled_after_a_shortened_firm_name_speaks_for_it():
    text = ("LOS ANGELES (AP) — Players told The Associated Press that Apex Arena Events had "
            "repeatedly broken its promises to pay them.\n\nApex Arena chief executive Marcus "
            "Webb said in an email that the company had suffered “unexpected cash-flow "
            "problems” after a sponsor pulled out and that every player would be paid.")
    got = pairs(text)
    assert ("Marcus Webb", "Apex Arena Events") not in got
    assert got[("players", "Apex Arena Events")] == "against"


def test_a_lede_court_named_next_an_unnamed_panel_and_terms_broken_or_to_be_respected():
    text = ("NICOSIA, Cyprus (Reuters) — A Cypriot court on Thursday convicted property "
            "developer Andreas Christou of bribing officials.\n\nThe Nicosia Criminal Court said "
            "Christou had paid more than 300,000 euros to two civil servants.")
    assert pairs(text)[("Nicosia Criminal Court", "Andreas Christou")] == "against"
    text = ("WELLINGTON, New Zealand (AP) — A trade dispute panel has ruled that Canada broke the "
            "terms of a trade agreement, New Zealand's trade minister Todd McAllister said.\n\n"
            "“We expect Canada to respect the decision,” he said. Canada's trade ministry said "
            "it was disappointed and was studying the ruling.")
    got = pairs(text)
    assert got[("Todd McAllister", "Canada")] == "against"
    assert got[("Canada's trade ministry", "trade dispute panel")] == "against"


def test_a_case_not_made_an_appeal_considered_and_a_freedom_urged():
    text = ("STOCKHOLM (Reuters) — A Swedish court revoked the permit for a wind farm on "
            "Friday.\n\nThe Land and Environment Court in Umeå said the developer, Nordvind "
            "Energi, had not shown that the herders could move their animals. Nordvind Energi "
            "said it was disappointed and would consider an appeal.")
    got = pairs(text)
    assert got[("Land and Environment Court", "Nordvind Energi")] == "against"
    assert got[("Nordvind Energi", "Land and Environment Court")] == "against"
    sentence = ("The embassy said it urged the government to allow all parties to campaign "
                "freely.")
    assert _cue_value(sentence, sentence.index("government")) == -1.0


def test_a_tax_named_before_its_doer_and_an_extension_welcomed():
    text = ("COPENHAGEN, Denmark (Reuters) — Farmers protested on Saturday.\n\nThe tax, agreed "
            "by the government last month, will charge farmers from 2030. Climate campaigners "
            "said the tax was too low and came too late.")
    assert pairs(text)[("climate campaigners", "Denmark")] == "against"
    text = ("BRUSSELS (Reuters) — Belgium's government and French utility Electrabel-Voltis "
            "agreed on Friday to keep two nuclear reactors running until 2035.\n\nEnergy "
            "Minister Lieve Van den Bossche said the deal would give households certainty. "
            "Greenpeace Belgium said the government had broken its promise to close all "
            "reactors by 2025.\n\nThe business federation FEB welcomed the extension, saying "
            "companies needed stable and affordable power.")
    assert pairs(text)[("FEB", "Belgium")] == "favor"


def test_a_country_goes_by_the_name_the_story_uses_and_a_law_is_its_maker_s():
    text = ("LONDON (AP) — Britain's government on Monday banned bonuses for the bosses of six "
            "water companies. Water UK said the ban would make it harder to recruit experienced "
            "leaders.")
    assert pairs(text)[("Water UK", "Britain")] == "against"
    text = ("SANTIAGO, Chile (Reuters) — Chile's Congress on Tuesday approved a new fisheries "
            "law that shifts catch quotas to small-scale fishermen.\n\nThe National Fisheries "
            "Society said the law would reduce its members' quotas. “This law punishes those "
            "who invested in Chile,” the group's president, Héctor Bravo-Lagos, said.")
    assert pairs(text)[("Héctor Bravo-Lagos", "Congress")] == "against"
    sentence = "The group said the closures would cost thousands of jobs."
    assert _cue_value(sentence, sentence.index("closures")) == -1.0


def test_a_refusal_by_a_body_with_a_three_word_name():
    sentence = ("The union said Health New Zealand had refused to discuss safe staffing "
                "limits.")
    assert _cue_value(sentence, sentence.index("Health")) == -1.0


def test_a_whistleblower_who_revealed_wrongdoing_and_a_landmark_ruling():
    sentence = "The court said Lukas Brunner had acted to reveal serious wrongdoing."
    assert _cue_value(sentence, sentence.index("Lukas")) == 1.0
    sentence = "His lawyer called the ruling by the Zurich court a landmark for whistleblowers."
    assert _cue_value(sentence, sentence.index("Zurich")) == 1.0


def test_a_state_s_described_watchdog_is_the_body_named_next():
    text = ("SYDNEY (Reuters) — Australia's consumer watchdog sued tea maker Leafwell on "
            "Wednesday, accusing it of mislabelling its tea.\n\nThe Australian Competition and "
            "Consumer Commission said Leafwell had sold more than 2 million boxes. Leafwell said "
            "it would defend the case.")
    assert pairs(text)[("Leafwell", "Australian Competition and Consumer Commission")] == \
        "against"


def test_an_appeal_to_a_lower_case_court_is_against_the_regulator_that_decided():
    text = ("SANTIAGO, Chile (Reuters) — Chile's Environmental Evaluation Service on Thursday "
            "rejected the expansion of a copper mine, saying it threatened glaciers.\n\n"
            "Mining company Cordillera Copper said it was disappointed and would appeal to the "
            "environmental court.")
    assert pairs(text)[("Cordillera Copper", "Environmental Evaluation Service")] == "against"


def test_a_harm_a_speaker_says_someone_means_to_do():
    sentence = 'Dr. Park said the government was trying to "break the will" of young doctors.'
    assert _cue_value(sentence, sentence.index("government")) == -1.0
    sentence = "The doctors said the ministry's suspensions were meant to intimidate them."
    assert _cue_value(sentence, sentence.index("ministry")) == -1.0
    sentence = "The mediator said the union was trying to break the deadlock."
    assert _cue_value(sentence, sentence.index("union")) is None


def test_a_city_sued_over_a_ban_and_a_court_a_complaint_is_filed_with():
    text = ("ROME (AP) — Cruise companies have sued the northern Italian port city of Chioggia "
            "over a ban on large ships entering its lagoon.\n\nThe Cruise Lines International "
            "Association said it had filed the complaint with a regional administrative court. "
            "The association said the ban was unlawful.\n\nMayor Lucia Benetton defended the "
            "ban. Environmental group Lagoon Alive welcomed the ban, saying it was overdue.")
    got = pairs(text)
    assert got[("Cruise Lines International Association", "Chioggia")] == "against"
    assert got[("Lagoon Alive", "Chioggia")] == "favor"
    assert not any(t == "regional administrative court" and label == "favor"
                   for (_, t), label in got.items())


def test_a_lede_s_state_attorney_general_is_the_holder_named_next():
    text = ("SALEM, Ore. (AP) — Oregon's attorney general sued ride-hailing company Zipply on "
            "Monday, accusing it of cheating drivers.\n\nAttorney General Rebecca Thornbury "
            "said the San Francisco-based company owed drivers $180 million. Zipply said it "
            "would fight the case.")
    got = pairs(text)
    assert got[("Rebecca Thornbury", "Zipply")] == "against"
    assert not any("San Francisco" in s or "San Francisco" in t for s, t in got)


def test_a_region_s_government_is_the_government_of_its_story():
    text = ("BARCELONA, Spain (Reuters) - Catalonia's regional government on Tuesday cut the "
            "water allowed to farms by 40%.\n\nRegional climate minister Núria Vilalta said the "
            "cuts were painful but unavoidable.\n\nFarmers' union Unió de Pagesos said the "
            "measure would ruin family farms and accused the government of protecting hotels "
            "at their expense.\n\nThe region's hotel association said the tourism sector was "
            "doing its part. Its president, Marta Soler, praised the minister for acting early.")
    got = pairs(text)
    assert got[("Unió de Pagesos", "Catalonia")] == "against"
    assert ("Núria Vilalta", "Catalonia") not in got  # her own government
    assert ("Marta Soler", "Catalonia") not in got  # the hotels' president, not the union's
    assert got[("Marta Soler", "Núria Vilalta")] == "favor"


def test_a_sport_s_described_body_is_the_body_named_next():
    text = ("GENEVA (AP) — Cycling's anti-doping body banned rider Lotte Vermeulen for four "
            "years on Wednesday.\n\nThe International Testing Agency said the values were "
            "caused by blood manipulation.")
    got = pairs(text)
    assert got[("International Testing Agency", "Lotte Vermeulen")] == "against"
    assert not any(s == "Cycling" for s, _ in got)


def test_a_government_s_increase_and_people_with_no_choice():
    text = ("LONDON (AP) — Rail fares in England will rise by 4.9% in March, the government "
            "said Thursday.\n\nTransport Secretary Helen Ashworth said the rise was below "
            "inflation.\n\nPassenger watchdog Transport Focus called the increase \"another blow "
            "for people who have no choice but to take the train.\"")
    got = pairs(text)
    assert got[("Transport Focus", "United Kingdom")] == "against"
    assert ("Helen Ashworth", "United Kingdom") not in got  # no officer of Transport Focus


def test_someone_who_leaves_us_no_choice_and_a_court_s_ruling_with_its_judge():
    sentence = "We are striking because Deutsche Bahn leaves us no choice."
    assert _cue_value(sentence, sentence.index("Deutsche")) == -1.0
    text = ("NAIROBI, Kenya (Reuters) - Kenya's High Court on Monday suspended a housing levy, "
            "ruling that the tax discriminated against workers.\n\nJustice Mary Wanjiku gave "
            "the government 30 days to appeal.\n\nThe Central Organisation of Trade Unions "
            "welcomed the ruling.")
    assert pairs(text)[("Central Organisation of Trade Unions", "High Court")] == "favor"


def test_an_unnamed_union_that_praises_and_an_association_named_for_its_country():
    text = ("PORTLAND, Maine (AP) — Mayor Denise Whitcomb vetoed a council vote to cut the "
            "police overtime budget.\n\nThe police officers' union praised the mayor.")
    assert pairs(text)[("police officers' union", "Denise Whitcomb")] == "favor"
    text = ("CANBERRA, Australia (Reuters) - Australia will cap foreign student numbers, the "
            "government said.\n\nUniversities Australia said the policy was \"economic "
            "vandalism\" and accused the government of using students as scapegoats.")
    assert pairs(text)[("Universities Australia", "Australia")] == "against"


def test_a_dictator_in_a_robe_and_an_accusation_by_a_group_its_president_voices():
    sentence = 'The owner, Grant Vollmer, called the justice "a dictator in a robe" on Friday.'
    assert _cue_value(sentence, sentence.index("justice")) == -1.0
    text = ("ROME (Reuters) - An Italian consumer group asked regulators to investigate pasta "
            "makers, accusing them of keeping prices high.\n\nCodacons said prices were still "
            "20% above their level two years ago. \"Pasta is not a luxury,\" the group's "
            "president, Carlo Rienzi, told reporters.\n\nUnione Italiana Food rejected the "
            "accusation, saying costs remained high.")
    assert pairs(text)[("Unione Italiana Food", "Codacons")] == "against"


def test_a_county_s_union_acts_under_its_description():
    text = ("TALLAHASSEE, Fla. (AP) — A Florida school board voted to remove 36 books.\n\n"
            "Board chair Linda Morrow said the board was responding to families.\n\nThe Leon "
            "County teachers' union condemned the vote.")
    assert pairs(text)[("Leon County teachers' union", "Board")] == "against"


def test_a_state_that_sues_its_governor_and_advocates_who_welcome_and_criticize():
    text = ("TRENTON, N.J. (AP) — New Jersey sued the Metropolitan Transportation Authority on "
            "Wednesday, arguing that a toll would push traffic into New Jersey.\n\nGov. "
            "Patricia Okafor said her state had been \"steamrolled.\" \"New Jersey drivers are "
            "being asked to pay for a subway system they don't use,\" she said.\n\nThe MTA said "
            "the toll had gone through years of review. Spokesman "
            "Aaron Feldstein said the lawsuit was \"without merit.\"\n\nTransit advocates in "
            "New York welcomed the toll and criticized New Jersey's challenge.")
    got = pairs(text)
    assert got[("New Jersey", "Metropolitan Transportation Authority")] == "against"
    assert got[("Aaron Feldstein", "New Jersey")] == "against"
    assert ("Patricia Okafor", "New Jersey") not in got  # her own state
    assert got[("transit advocates in New York", "New Jersey")] == "against"


def test_a_state_whose_minister_speaks_governs_and_its_ban_is_its_own():
    text = ("CHENNAI, India (Reuters) - India's online gaming industry asked a court to strike "
            "down a ban on card games in the southern state of Tamil Nadu.\n\nThe All India "
            "Gaming Federation said in its petition to the Madras High Court that rummy "
            "required skill. Its chief executive, Roland Lenters, said the state had \"ignored "
            "years of settled law.\"\n\nTamil Nadu's law minister, S. Ragupathy, defended the "
            "ban.\n\nMental health groups backed the state.")
    got = pairs(text)
    assert got[("Roland Lenters", "Tamil Nadu")] == "against"
    assert got[("mental health groups", "Tamil Nadu")] == "favor"
    assert not any(t == "Madras High Court" and s == "S Ragupathy" for s, t in got)


def test_a_harm_put_at_risk_by_the_act_of_someone():
    sentence = "The council said the veto put the future of higher education at risk."
    assert _cue_value(sentence, sentence.index("veto")) == -1.0
    sentence = "The union said the deal would not put jobs at risk."
    assert _cue_value(sentence, sentence.index("deal")) is None


def test_these_actions_named_before_and_an_unnamed_association_that_welcomes():
    text = ("MANILA (Reuters) - The Philippines accused China's coast guard of firing water "
            "cannon at a supply boat. The Philippine coast guard said the Chinese ships had "
            "blocked the boat. China's coast guard said Philippine vessels had intruded. The "
            "Chinese foreign ministry urged Manila to stop provocations.\n\nThe United States "
            "condemned China's actions. \"These dangerous actions put lives at risk,\" U.S. "
            "Ambassador Mary Carlson wrote.")
    got = pairs(text)
    assert got[("Mary Carlson", "China")] == "against"
    assert ("Mary Carlson", "Philippines") not in got
    text = ("LAGOS (Reuters) - Nigeria's telecoms regulator fined Zenith Mobile over outages. "
            "The Nigerian Communications Commission said Zenith had failed to meet standards."
            "\n\nA subscribers' association welcomed the fine.")
    assert pairs(text)[("subscribers' association",
                        "Nigerian Communications Commission")] == "favor"


def test_a_hidden_wrong_a_championed_reform_and_an_unnamed_court_that_ruled():
    sentence = "He said the bank was helping wealthy clients hide money from tax authorities."
    assert _cue_value(sentence, sentence.index("bank")) == -1.0
    text = ("MEXICO CITY (Reuters) - Court employees went on strike against a reform to elect "
            "judges.\n\nPresident Claudia Sheinfeld defended the reform, saying judges were "
            "corrupt.\n\nJudge Juana Fuentes said the plan would hand the courts to cartels. "
            "\"This reform does not fix corruption,\" she said.")
    assert pairs(text)[("Juana Fuentes", "Claudia Sheinfeld")] == "against"
    text = ("THE HAGUE (Reuters) - A Dutch appeals court on Friday allowed the government to cap "
            "flights at Schiphol airport.\n\nInfrastructure Minister Mark Harbers welcomed the "
            "ruling.\n\nKLM said it was considering an appeal to the Supreme Court.")
    assert pairs(text)[("Mark Harbers", "Dutch appeals court")] == "favor"


def test_destroying_a_forest_is_a_charge_and_a_world_s_great_forest_no_praise():
    sentence = ('"The government is destroying one of the world\'s great forests," said Uli '
                "Siagian.")
    assert _cue_value(sentence, sentence.index("government")) == -1.0


def test_a_bill_s_co_author_a_district_that_bans_and_a_federation_s_strike():
    text = ("WASHINGTON (AP) — Senators introduced a bill to bar children from social media.\n\n"
            "Sen. Rachel Whitmore, a Democrat from Oregon who co-wrote the bill, said the "
            "platforms were addictive.\n\nNetChoice, a lobbying group, said the bill would "
            "violate the First Amendment.")
    assert pairs(text)[("NetChoice", "Rachel Whitmore")] == "against"
    text = ("BERLIN (AP) — Berlin's Neukölln district will ban private fireworks, district "
            "mayor Martin Hikel said on Thursday.\n\nHikel said the ban was needed to protect "
            "emergency workers.\n\nThe police union GdP welcomed the "
            "decision and urged other districts to follow. The German Pyrotechnics "
            "Association said the ban punished millions.")
    got = pairs(text)
    assert got[("GdP", "Neukölln")] == "favor"
    assert got[("German Pyrotechnics Association", "Neukölln")] == "against"
    text = ("LISBON (Reuters) - Portuguese teachers went on strike on Monday.\n\nThe national "
            "teachers' federation Fenprof said most teachers had joined the strike.\n\n"
            "Education Minister João Costa called the timing of the strike \"irresponsible.\"")
    assert pairs(text)[("João Costa", "Fenprof")] == "against"


def test_a_public_board_never_named_and_a_budget_balanced_on_the_backs_of_others():
    sentence = "He said the board was balancing the budget on the backs of the poorest families."
    assert _cue_value(sentence, sentence.index("board")) == -1.0
    text = ("CHICAGO (AP) — The Chicago Teachers Union backed Mayor Brandon Whitaker in his "
            "dispute with the city's school board over a plan to close 12 schools.\n\n"
            "Whitaker said the board was \"balancing the budget on the backs of the poorest "
            "families.\"\n\nThe board is scheduled to vote next month.")
    got = pairs(text)
    assert got[("Brandon Whitaker", "board")] == "against"
    assert ("Brandon Whitaker", "Chicago Teachers Union") not in got


def test_the_associations_president_a_dispute_of_that_and_a_regions_own_government():
    text = ("ACCRA, Ghana (AP) — The Ghana Football Association suspended second-division club "
            "Tema Harbour FC after its supporters attacked a referee.\n\nThe association's "
            "president, Yaw Boateng-Asare, said the club had failed to provide adequate "
            "security.")  # (the association his office names, not the club named last)
    assert pairs(text)[("Yaw Boateng-Asare", "Tema Harbour FC")] == "against"
    text = ("TOKYO (Reuters) — Farm Minister Hiroshi Tanabe-Ono said some distributors might be "
            "hoarding stock.\n\nThe Japan Rice Retailers Association disputed that.")
    assert pairs(text)[("Japan Rice Retailers Association", "Hiroshi Tanabe-Ono")] == "against"
    text = ("CARDIFF, Wales (Reuters) — The Welsh government said it would review its 20mph "
            "limit.\n\n\"Ministers are tinkering at the edges of a policy that drivers have "
            "rejected,\" said Alys Vaughan-Morgan of the Motorists' Alliance. The Alliance "
            "said the review did not go far enough.\n\nRoad safety charity Brake Cymru "
            "welcomed the government's decision to keep the limit.")
    got = pairs(text)
    assert got[("Alys Vaughan-Morgan", "Wales")] == "against"  # ("Ministers": the government)
    assert got[("Brake Cymru", "Wales")] == "favor"  # ("the government": the region's own)
    assert got[("Motorists' Alliance", "Wales")] == "against"
    score = next(r["score"] for r in toolkit.analyze_text(text)["stance"]
                 if r["speaker"] == "Motorists' Alliance")
    assert score == -1.0  # (too little: a charge, not the prior's lean of a bare reaction)
    assert not any(who == "drivers" for who, _ in got)  # (the quote ends the drivers' act)


def test_a_deal_defended_is_a_deal_with_its_partner():
    text = ("LA PAZ, Bolivia (AP) — Bolivia's congress postponed a vote on a lithium contract "
            "with Chinese battery maker Huaxin Energy.\n\nOpposition senator Carla Ribera-Soliz "
            "accused the government of negotiating the contract in secret.\n\nEnergy Minister "
            "Franklin Choque-Vargas defended the deal, saying it would make Bolivia a major "
            "exporter.\n\nHuaxin Energy did not respond to a request for comment.")
    got = pairs(text)
    assert got[("Franklin Choque-Vargas", "Huaxin Energy")] == "favor"  # (no firm's officer)
    assert got[("Carla Ribera-Soliz", "Bolivia")] == "against"  # ("LA PAZ, Bolivia": home)


def test_members_a_body_is_named_for_a_language_and_a_betrayal_felt():
    text = ("ATHENS, Greece (AP) - Ferry crews walked off the job on Wednesday.\n\nThe seamen's "
            "union PNO said shipowners had been cutting crews and putting lives at risk. "
            "\"One fire on an old ship and we will be counting the dead,\" union president "
            "Yiannis Chalas-Vlachos said.\n\nThe Union of Greek Coastal Shipowners called the "
            "strike \"unjustified.\"")
    got = pairs(text)
    assert got[("PNO", "Union of Greek Coastal Shipowners")] == "against"  # ("shipowners")
    assert ("Yiannis Chalas-Vlachos", "PNO") not in got  # (his own union's president)
    text = ("ADELAIDE, Australia (AP) - Southern Cross Metropolitan University will close its "
            "languages department.\n\nVice-Chancellor Margaret Okoro-Lind said the university "
            "had no choice.\n\nStudent union president Priya Raman-Scott said many students "
            "felt betrayed. \"I enrolled here to study Japanese,\" she said.")
    got = pairs(text)
    assert got[("Priya Raman-Scott", "Southern Cross Metropolitan University")] == "against"
    assert not any(target == "Japan" for _, target in got)  # (a language, no country)


def test_the_bank_a_country_described_is_the_one_that_spoke():
    text = ("ANKARA, Turkey (Reuters) - Turkey's central bank held its main rate at 45% on "
            "Thursday.\n\nThe bank said inflation remained too high.\n\nThe Turkish Industry "
            "and Business Association criticized the decision. Economist Selin Aydemir-Kaya of "
            "Istanbul-based Atlas Research said the bank was right to wait.")
    got = pairs(text)
    assert got[("Selin Aydemir-Kaya", "Turkey's central bank")] == "favor"
    assert ("Selin Aydemir-Kaya", "Atlas Research") not in got  # (her own firm, no bank)


def test_the_eu_by_its_name_a_deal_opposed_ruin_charged_and_a_company_of_this_size():
    text = ("BRUSSELS (AP) - The EU will deduct 200 million euros from Hungary's funds.\n\n"
            "Hungarian government spokesman Gergely Halász-Bíró said Hungary would not let "
            "Brussels decide who enters the country. The EU called that \"regrettable.\"")
    assert any(target == "European Union" for _, target in pairs(text))
    assert not any(target == "EU" for _, target in pairs(text))
    text = ("LA PAZ, Bolivia (AP) — Bolivia's congress postponed a vote on a lithium contract "
            "with Chinese battery maker Huaxin Energy.\n\nProtest leader Marco Quispe-Mamani "
            "said the deal would leave Potosí \"with the holes and none of the money.\"\n\n"
            "Huaxin Energy did not respond to a request for comment.")
    assert pairs(text)[("Marco Quispe-Mamani", "Huaxin Energy")] == "against"
    sentence = "Bæredygtigt Landbrug said the tax would drive family farms out of business."
    text = ("COPENHAGEN, Denmark (Reuters) - Denmark's parliament approved a tax on livestock. "
            "Denmark's minister said the tax would cut emissions.\n\n" + sentence)
    assert pairs(text)[("Bæredygtigt Landbrug", "Denmark")] == "against"
    text = ("SANTIAGO, Chile (Reuters) - The Superintendency of the Environment fined salmon "
            "farmer AquaSur on Tuesday.\n\nAquaSur said it would appeal. \"The storm was "
            "exceptional,\" the company said in a statement.\n\nOceana Chile welcomed "
            "the fine. \"This is pocket change for a company of this size,\" said its "
            "director, Marcela Ibarra-Soto.")
    assert pairs(text)[("Marcela Ibarra-Soto", "AquaSur")] == "against"


def test_a_capital_as_its_own_city_planters_and_an_officer_sharing_a_reaction():
    text = ("MEXICO CITY (AP) - Mexico City will cut water supplies to another 1.5 million "
            "residents, the city's water utility said.\n\nOpposition lawmaker Damián "
            "Orozco-Luna said the city government had known about the crisis for years and "
            "failed to fix the pipes. The mayor's office did not respond.")
    assert pairs(text)[("Damián Orozco-Luna", "Mexico City")] == "against"  # (no Mexico)
    text = ("COLOMBO, Sri Lanka (Reuters) - Sri Lanka's tea estates challenged a government "
            "order raising the daily wage of tea pickers by 70%.\n\nThe Planters' "
            "Association of Ceylon said the order had been issued without consultation and "
            "ignored falling tea prices. \"We are not against "
            "higher wages,\" its chairman, Rohan Fernando-Perera, told reporters.\n\nUnion "
            "leader Kumar Selvaraj-Nathan accused the planters of \"crying poverty while "
            "workers go hungry.\"")
    got = pairs(text)
    assert got[("Kumar Selvaraj-Nathan", "Planters' Association of Ceylon")] == "against"
    assert got[("Planters' Association of Ceylon", "Sri Lanka")] == "against"
    assert got[("Rohan Fernando-Perera", "Sri Lanka")] == "against"  # (his body's, unnamed)


def test_an_authority_known_by_its_acronym_arrests_and_a_project_of_ones_own():
    text = ("ROME (Reuters) - Italy's competition authority fined Ryanair 256 million euros on "
            "Tuesday, saying the airline had abused its dominant position.\n\nThe authority, "
            "known as AGCM, said Ryanair had used \"technical obstacles.\"\n\nRyanair said it "
            "would appeal the \"legally flawed\" decision. \"This ruling will be overturned,\" "
            "the airline said.")
    got = pairs(text)
    assert got[("Ryanair", "AGCM")] == "against"  # (the authority that ruled, by its name)
    assert not any(target == "Italy's competition authority" for _, target in got)
    text = ("KAMPALA, Uganda (AP) - Ugandan police arrested 11 students marching against a "
            "crude oil pipeline being built by French energy group TotalEnergies.\n\nRights "
            "group Amnesty International called the arrests \"an outrageous attack on "
            "peaceful protest.\"\n\nTotalEnergies has said the project meets international "
            "standards.")
    got = pairs(text)
    assert got[("Amnesty International", "Uganda")] == "against"  # (Ugandan police's arrests)
    assert not any(who == "TotalEnergies" for who, _ in got)  # (its own project, defended)


def test_concessions_not_enough_a_leaders_government_and_two_unions_together():
    text = ("NAIROBI, Kenya (AP) - Kenyan lawmakers dropped a tax on bread after protests in "
            "Nairobi, in a rare retreat by President Samuel Mwangi-Kariuki's government.\n\n"
            "Protest organizers said the concessions were not enough.\n\nThe Kenya Association "
            "of Manufacturers welcomed the changes, saying the tax would have hurt families.")
    got = pairs(text)
    assert got[("protest organizers", "Kenya")] == "against"
    assert got[("Kenya Association of Manufacturers", "Kenya")] == "favor"  # (its government)
    text = ("MADRID (Reuters) - Spain's government approved a bill cutting the working week.\n\n"
            "The CCOO and UGT unions welcomed the approval. Spain's employers opposed it.")
    assert pairs(text)[("CCOO and UGT", "Spain")] == "favor"
    text = ("JAKARTA, Indonesia (AP) - A fire at a nickel smelter killed 13 workers, police "
            "said.\n\nThe blaze broke out during repairs, according to the Morowali Industrial "
            "Park, which runs the site. The company said it was investigating.\n\nThe National "
            "Workers Union said the company had ignored warnings. \"Every year we bury more of "
            "our members. The company only cares about output,\" union official Rahmat "
            "Sijaya-Lolo said.")
    got = pairs(text)
    assert got[("Rahmat Sijaya-Lolo", "Morowali Industrial Park")] == "against"
    assert ("police", "National Workers Union") not in got  # (the dead are no union)


def test_an_appeal_against_a_court_the_story_names_next():
    text = ("THE HAGUE, Netherlands (Reuters) - The Dutch government said on Wednesday it would "
            "appeal a court ruling ordering it to stop exporting jet parts.\n\nThe Hague "
            "Appeals Court ruled on Monday in favour of three human rights groups. The court "
            "gave the government seven days.")
    assert pairs(text)[("Dutch government", "Hague Appeals Court")] == "against"


def test_a_suspension_challenged_in_court_and_a_settlement_that_fell_short():
    text = ("BRASILIA, Brazil (Reuters) - Brazil's antitrust regulator suspended the Amazon soy "
            "moratorium, saying it could amount to a cartel.\n\nThe regulator, known as CADE, "
            "said the pact may have restricted competition.\n\nThe traders' association Abiove "
            "said it would challenge the suspension in court.")
    assert pairs(text)[("Abiove", "CADE")] == "against"
    text = ("LONDON (Reuters) - Britain's water regulator Ofwat allowed Thames Water to raise "
            "bills by 35%.\n\nOfwat chief executive Helen Marlowe-Black said the increase would "
            "pay for repairs.\n\nThames Water said the settlement fell short of what it needed.")
    assert pairs(text)[("Thames Water", "Ofwat")] == "against"


def test_a_previous_caretaker_government_the_groups_chairman_and_a_vote_in_favour():
    text = ("LAHORE, Pakistan (AP) - Farmers rallied in Lahore on Monday.\n\nThe Kissan Ittehad "
            "farmers' group said the previous caretaker government had allowed traders to import "
            "wheat even though stocks were already sufficient. \"Someone made billions while "
            "farmers were ruined,\" the group's chairman, Ghulam Rasool-Khan, told the crowd.")
    got = pairs(text)
    assert got[("Kissan Ittehad farmers' group", "Pakistan")] == "against"
    assert got[("Ghulam Rasool-Khan", "Pakistan")] == "against"  # (his group's, not Lahore's)
    text = ("TORONTO (CP) - Toronto city council voted 18-7 on Wednesday to ban gas-powered leaf "
            "blowers.\n\nLandscape Ontario said the ban would hurt small firms.\n\nMayor Grace "
            "Liang-Lam voted in favour of the ban.")
    assert pairs(text)[("Grace Liang-Lam", "Toronto council")] == "favor"


def test_a_promise_turned_a_fare_hike_and_a_central_bank_named_next():
    text = ("PRAGUE (Reuters) - Czech utility CEZ said on Monday it would close the country's "
            "last hard coal mine three years early.\n\nCEZ spokesman Tomas Vlcek-Novak said "
            "rising costs had made the mine unprofitable.\n\nThe miners' union said the "
            "decision was a betrayal. \"They promised us a fair transition. Instead they are "
            "throwing us away,\" union leader Pavel Nemec-Horak said.")
    assert pairs(text)[("Pavel Nemec-Horak", "CEZ")] == "against"
    text = ("ABUJA, Nigeria (AP) - Three Nigerian states asked the Supreme Court to stop the "
            "central bank from withdrawing old notes.\n\nKaduna state governor Ibrahim "
            "Danjuma-Bello said the policy had been badly implemented.\n\nThe Central Bank of "
            "Nigeria said the redesign would curb counterfeiting.")
    assert pairs(text)[("Ibrahim Danjuma-Bello", "Central Bank of Nigeria")] == "against"


def test_a_spokesman_titled_by_his_body_speaks_for_it():
    text = ("CAPE TOWN, South Africa (AP) - Minibus taxi drivers went on strike.\n\nThe taxi "
            "association Santaco said officers were seizing taxis. \"This is an attack on our "
            "industry,\" said Santaco spokesman Sipho Mthembu-Dube.")
    assert ("Sipho Mthembu-Dube", "Santaco") not in pairs(text)  # (his own body)


def test_living_like_a_king_is_a_charge():
    text = ("HANOI, Vietnam (Reuters) - The trial of property developer Pham Van Hoang-Nam "
            "opened on Thursday.\n\nProsecutors say Hoang-Nam's company issued bonds to fund "
            "fake projects.\n\n\"He lived like a king with our money,\" said Nguyen Thi "
            "Lan-Huong, a retired teacher.")
    assert pairs(text)[("Nguyen Thi Lan-Huong", "Pham Van Hoang-Nam")] == "against"


def test_a_reserve_welcomed_and_a_resort_accused():
    text = ("LIMA, Peru (Reuters) - Fishermen blocked a port to protest a government ban on "
            "fishing near a new marine reserve off Peru's coast.\n\nThe Production Ministry "
            "said the ban was needed.\n\nConservation group Oceana welcomed the reserve, "
            "saying it would help fish stocks recover.")
    assert pairs(text)[("Oceana", "Peru")] == "favor"
    text = (WIRE / "austrian-ski-resort-snowmaking-water-dispute.txt").read_text("utf-8")
    assert pairs(text)[("Alpine Protection", "Alpenbahnen Obertal")] == "against"


def test_a_body_that_represents_employers_and_a_countrys_universities():
    text = ("LONDON (Reuters) - Lecturers and support staff at 40 British universities walked "
            "out on Tuesday, the University and College Union said.\n\nUCU general secretary "
            "Fiona Marsh-Kendal said members had been left with no choice after employers "
            "refused to reverse cuts.\n\nUniversities UK, which represents employers, said the "
            "cuts were necessary.")
    got = pairs(text)
    assert got[("Fiona Marsh-Kendal", "Universities UK")] == "against"  # ("employers")
    assert ("University and College Union", "United Kingdom") not in got  # (its universities)


def test_a_regional_tax_its_costs_and_the_yardsticks_it_is_measured_by():
    text = ("PALMA DE MALLORCA, Spain (Reuters) - The Balearic Islands' regional government "
            "doubled the tax charged to tourists, saying the money would pay for housing.\n\n"
            "The Mallorca Hotel Business Federation said the tax would make the islands less "
            "competitive than Greece and Turkey and could cost thousands of bookings.")
    got = pairs(text)
    assert got[("Mallorca Hotel Business Federation", "Balearic Islands")] == "against"
    assert not any(target in ("Greece", "Turkey") for _, target in got)  # (yardsticks)
    text = ("BRASILIA, Brazil (Reuters) - Brazil's Supreme Court rejected a legal theory backed "
            "by the farm lobby.\n\nThe farm caucus in Congress, which represents agribusiness, "
            "said the ruling would create legal uncertainty for millions of farmers. The court's "
            "ruling is final.")
    assert pairs(text)[("farm caucus in Congress", "Supreme Court")] == "against"


def test_a_fare_increase_profit_before_welfare_and_a_tariff_cut():
    text = ("BERLIN (Reuters) - Germany's rail operator Deutsche Bahn said it would raise "
            "long-distance fares by 5.9%.\n\nPassenger association Pro Bahn said the increase "
            "was unjustified given the railway's poor punctuality.")
    assert pairs(text)[("Pro Bahn", "Deutsche Bahn")] == "against"
    sentence = "WildFish said the company was putting profit before animal welfare."
    assert _cue_value(sentence, sentence.index("company")) == -1.0
    text = ("MANILA, Philippines (Reuters) - The Philippine government cut the tariff on "
            "imported rice to 15%.\n\nThe government said prices would fall.\n\nConsumer "
            "groups welcomed the cut but said retailers must pass on the savings.")
    assert pairs(text)[("consumer groups", "Philippines")] == "favor"


def test_a_story_about_one_state_named_once_is_what_a_reaction_means():
    text = ("COPENHAGEN, Denmark (AP) - Denmark's parliament on Thursday voted to raise the "
            "state pension age to 70 by 2040.\n\nThe opposition Red-Green Alliance said it "
            "would campaign to reverse the law.")
    assert pairs(text)[("Red-Green Alliance", "Denmark")] == "against"


def test_a_capital_named_only_as_where_people_are_is_no_state_reacted_to():
    text = ("TOKYO (Reuters) - Owners of public bathhouses in Tokyo have asked for a higher "
            "price cap, saying gas bills have doubled.\n\n\"Every month another one closes. "
            "If the cap stays, I will be the last in my street,\" said Keiko Ishida.")
    assert not any(target == "Japan" for _, target in pairs(text))


def test_the_cull_judged_is_the_lede_state_s_act():
    text = ("ASTANA (Reuters) - Kazakhstan will allow hunters to shoot 200,000 saiga "
            "antelopes this year, the ecology ministry said on Thursday.\n\n"
            "Conservationists said the cull was a mistake.")
    assert pairs(text)[("Conservationists", "Kazakhstan")] == "against"


def test_a_bare_spokeswoman_speaks_for_the_body_that_just_spoke():
    text = ("VILNIUS (Reuters) - Lithuania's grid operator ESO has removed 300 stork nests "
            "from power poles.\n\nESO said it had put up 150 platforms next to the lines. "
            "A spokeswoman, Rasa Petrauskiene, said the company had recorded 42 outages "
            "caused by nests last year.")
    assert ("Rasa Petrauskiene", "ESO") not in pairs(text)


def test_a_protest_act_a_lede_ban_and_a_yard_held_to_its_timetable():
    text = ("BENGALURU, India (AP) - Thousands of motorcycle-taxi riders rallied on Saturday "
            "against a state ban on bike taxis, which they say has cost them their income.\n\n"
            "The state transport department banned the service last month, arguing that the "
            "apps had ignored safety rules.\n\nRapidGo said the ban was unfair. Auto-rickshaw "
            "unions, which had lobbied for the ban, said bike taxis broke the law.")
    got = pairs(text)
    assert got[("motorcycle-taxi riders", "state transport department")] == "against"
    assert got[("RapidGo", "state transport department")] == "against"
    assert got[("auto-rickshaw unions", "state transport department")] == "favor"
    # the narrator reports the riders' rally, and takes no side by it
    assert got.get(("(narrator)", "state transport department")) != "against"
    sentence = "Ministers would hold the yard to its new timetable."
    assert _cue_value(sentence, sentence.index("yard")) == -1.0
    sentence = "She held talks with Mott to discuss the plan."
    assert _cue_value(sentence, sentence.index("Mott")) is None
    text = ("GLASGOW, Scotland (Reuters) - The shipyard, Clydeport Marine, said the ferry "
            "would be late.\n\nThe Scottish government said it remained committed to the "
            "ferry. Transport Minister Iain Sutherland said ministers would hold the yard to "
            "its new timetable.")
    got = pairs(text)
    assert got[("Iain Sutherland", "Clydeport Marine")] == "against"
    assert ("Iain Sutherland", "Scotland") not in got  # (his own government's ministers)


def test_a_body_takes_its_officers_side_and_a_pause_is_the_government_s_decision():
    text = ("DUBLIN (Reuters) - Hospital waits hit a record, the Irish Nurses and Midwives "
            "Organisation (INMO) said.\n\nINMO general secretary Aoife Gallagher said members "
            "were exhausted. She accused the Health Service Executive of failing to hire "
            "enough nurses.\n\nThe Health Service Executive said it had opened 300 beds.")
    got = pairs(text)
    assert got[("Irish Nurses and Midwives Organisation", "Health Service Executive")] == \
        "against"
    text = ("CALGARY, Alberta (AP) - Alberta's provincial government on Thursday halted "
            "approvals of new wind farms, saying it needed time.\n\nUtilities Minister Dana "
            "Kowalchuk said the pause would help farmers. She denied that the move was aimed "
            "at the industry.\n\nThe Canadian Renewable Energy Association called the decision "
            "a blow to investor confidence. Its Alberta director, Marc Thibodeau, said 118 "
            "projects worth 33 billion Canadian dollars were in limbo. \"Investors will wonder "
            "whether Alberta is open for business,\" he said.")
    got = pairs(text)
    assert got[("Canadian Renewable Energy Association", "Alberta")] == "against"
    assert got[("Marc Thibodeau", "Alberta")] == "against"
    assert ("Marc Thibodeau", "Canada") not in got  # (a currency)
    assert ("Dana Kowalchuk", "Alberta") not in got  # (her own government's act)
    sentence = "We are open for business."
    assert _cue_value(sentence, 0) is None


def test_a_trust_chair_management_police_and_blamed_troubles():
    sentence = '"This deal did not add up," trust chair Lorna McAllister said.'
    assert _cue_value(sentence, sentence.index("deal")) is None
    text = ("NAIROBI, Kenya (AP) - Pilots at Savanna Air walked off the job on Wednesday.\n\n"
            "The Kenya Airline Pilots Association said its members were striking over unpaid "
            "pensions. \"The management has ignored us for a year,\" its secretary general, "
            "Joseph Mutua, told reporters.\n\nSavanna Air said the strike was illegal.")
    got = pairs(text)
    assert got[("Kenya Airline Pilots Association", "Savanna Air")] == "against"
    assert got[("Joseph Mutua", "Savanna Air")] == "against"
    text = ("ATHENS (Reuters) - Greek police said on Tuesday they had arrested 11 people.\n\n"
            "A lawyer for two of the suspects, Giorgos Vlachos, said his clients were "
            "innocent. He said police had \"rushed to judgment.\"")
    assert pairs(text)[("Giorgos Vlachos", "Greek police")] == "against"
    text = ("CHICAGO (AP) - Skyline Aerospace said it would cut 2,500 jobs.\n\nThe union said "
            "it had not been told. \"Cutting them won't fix problems that management "
            "created,\" said union spokesman Tony Russo.")
    assert pairs(text)[("Tony Russo", "Skyline Aerospace")] == "against"


def test_a_relative_clause_act_a_model_to_follow_and_a_currency():
    text = ("BRISBANE, Australia (Reuters) - Queensland's state government approved a coal "
            "mine expansion.\n\nResources Minister Trent Halloran said it was a good "
            "decision.\n\nThe Lock the Gate Alliance, which supports the farmers, accused the "
            "government of ignoring its own scientists.")
    assert pairs(text)[("Gate Alliance", "Queensland")] == "against"
    sentence = "She said she hoped other cities would follow Utrecht's lead."
    assert _cue_value(sentence, sentence.index("Utrecht")) == 1.0
    text = ("HARARE, Zimbabwe (AP) - Teachers demanded to be paid in U.S. dollars.\n\nThe "
            "union said the government had failed them. The minister said teachers would "
            "be paid in U.S. dollars soon.")
    assert not any("U.S" in target for _, target in pairs(text))
    text = ("FRANKFURT (Reuters) - Supporters halted matches in protest against a plan by the "
            "German Football League (DFL) to sell media rights.\n\nThe DFL said the plan was "
            "needed.")
    assert pairs(text).get(("(narrator)", "German Football League")) != "against"


def test_a_denial_of_a_narrated_charge_a_price_rise_and_a_minister_at_home():
    text = ("TAIPEI (Reuters) - Taiwan will raise electricity prices for large industrial "
            "users, the economy ministry said.\n\nEconomy Minister Lin Chia-hao said the "
            "increase was needed.\n\nThe Chinese National Federation of Industries said the "
            "rise would hurt exporters. \"Our members are competing with companies in Vietnam "
            "and Thailand,\" said federation secretary general Tsai Ming-chieh.\n\nOpposition "
            "lawmakers accused the government of mismanaging the utility. The ministry denied "
            "that.")
    got = pairs(text)
    assert got[("Chinese National Federation of Industries", "Taiwan")] == "against"
    assert ("economy ministry", "Tsai Ming-chieh") not in got  # (it answers the lawmakers)
    assert ("Lin Chia-hao", "Taiwan") not in got  # (his own government)


def test_a_plea_for_release_a_demand_a_welcome_departure_and_a_blame_lifted():
    text = ("BISHKEK, Kyrgyzstan (AP) - A court sentenced journalist Aigerim Tokonova to five "
            "years in prison.\n\nThe Committee to Protect Journalists called the sentence "
            "\"an outrageous attack on press freedom\" and urged Kyrgyz authorities to release "
            "her.")
    assert pairs(text)[("Committee to Protect Journalists", "Aigerim Tokonova")] == "favor"
    text = ("BOSTON (AP) - The president of Bayfield University, Margaret Ellison, resigned on "
            "Friday.\n\nProfessor David Okonkwo said Ellison's departure was \"necessary but "
            "not sufficient.\" He said the board of Bayfield University had approved her plan "
            "and must now open its books.")
    got = pairs(text)
    assert got[("David Okonkwo", "Margaret Ellison")] == "against"
    assert got[("David Okonkwo", "Bayfield University")] == "against"
    sentence = "Fans said Graham Petty was not the main problem."
    text = ("LONDON (Reuters) - Humber Athletic sacked manager Graham Petty on Monday.\n\n"
            "Supporters' groups said Petty was not the main problem.")
    assert pairs(text).get(("supporters' groups", "Graham Petty")) != "against"
    assert _cue_value(sentence, sentence.index("Graham")) is None  # (a phrase, no cue word)


def test_brussels_as_the_union_the_province_a_promise_undelivered_and_a_minister_s_own():
    text = ("PARIS (Reuters) - French farmers blocked roads around Paris on Monday.\n\n"
            "\"Brussels has betrayed us,\" said Julien Lecomte, a dairy farmer.\n\n"
            "The main farm union, the FNSEA, said the blockades would continue until the "
            "government delivered on promises made last year. Interior Minister Claire "
            "Vautrin warned that police would not allow the protesters to enter Paris.")
    got = pairs(text)
    assert got[("Julien Lecomte", "European Union")] == "against"
    assert got[("FNSEA", "France")] == "against"
    assert ("Claire Vautrin", "France") not in got  # (her own state)
    text = ("VANCOUVER, British Columbia (Reuters) - A wildfire forced 8,000 people from "
            "their homes in British Columbia.\n\nMayor Tom Richter criticised the province "
            "for cutting firefighting crews last year.")
    assert pairs(text)[("Tom Richter", "British Columbia")] == "against"
    sentence = '"This government protects its own," she said.'
    text = ("LIMA, Peru (Reuters) - Peru's interior minister resigned.\n\nOpposition "
            "congresswoman Milagros Quispe said the resignation came too late. " + sentence)
    assert pairs(text)[("Milagros Quispe", "Peru")] == "against"


def test_the_authorities_an_unnamed_union_s_president():
    text = ("ABUJA, Nigeria (AP) - Clashes killed 40 people in Plateau state.\n\nAmnesty "
            "International said the killings showed the authorities had again failed to "
            "protect rural communities.")
    assert pairs(text)[("Amnesty International", "Nigeria")] == "against"
    text = ("SANTIAGO, Chile (Reuters) - Workers at a mine run by state-owned producer "
            "Minera Andina walked off the job.\n\nThe mine's main union said the company "
            "had ignored repeated warnings. "
            "\"We will not go back down until the mine is safe,\" union president Héctor "
            "Carrasco told reporters.")
    assert pairs(text)[("Héctor Carrasco", "Minera Andina")] == "against"


def test_an_interim_administration_a_party_secretary_general_and_a_welcomed_limit():
    text = ("DHAKA, Bangladesh (AP) - The interim government said elections would be held "
            "next June.\n\nThe Bangladesh Nationalist Party said the delay was \"unacceptable\" "
            "and accused the interim administration of trying to cling to power. \"The people "
            "want to vote,\" party secretary general Mirza Rahman said.\n\nThe government's "
            "chief adviser, Farhana Haque, said more time was needed.")
    got = pairs(text)
    assert got[("Bangladesh Nationalist Party", "Bangladesh")] == "against"
    assert got[("Mirza Rahman", "Bangladesh")] == "against"
    assert ("Farhana Haque", "Bangladesh Nationalist Party") not in got  # (not her party)
    text = ("ROME (AP) - The Italian village of Monteverde will cap the number of day visitors "
            "at 4,000, its council said.\n\nMayor Lucia Esposito said the village was crowded. "
            "Carla De Luca, who runs a bakery, said she welcomed the limits.")
    assert pairs(text)[("Carla De Luca", "Monteverde")] == "favor"


def test_a_sponsor_described_after_her_name_an_unnamed_court_and_every_american():
    text = ("WASHINGTON (AP) - Senators introduced a bill on AI chatbots.\n\n\"These companies "
            "are running an experiment on our kids,\" said Sen. Laura Whitfield, D-Minn., the "
            "bill's lead sponsor.\n\nThe Digital Future Alliance said the bill was deeply "
            "flawed and dangerous. \"It means collecting data on every American,\" its "
            "president, Kevin Marsh, said.")
    got = pairs(text)
    assert got[("Digital Future Alliance", "Laura Whitfield")] == "against"
    assert ("Kevin Marsh", "United States") not in got  # (people, no state)
    text = ("CAIRO (AP) - An Egyptian court on Sunday sentenced 11 activists to prison, their "
            "lawyer said.\n\nDefence lawyer Khaled Ali-Mansour said the trial was unfair.")
    assert ("Khaled Ali-Mansour", "Egypt") not in pairs(text)  # (the court's nationality)
    sentence = '"The government has chosen to ignore us," he said.'
    assert _cue_value(sentence, sentence.index("government")) == -1.0


def test_a_named_party_is_the_party_and_defending_a_case_favours_no_one():
    text = ("BANGKOK (AP) - Thailand's Constitutional Court ordered the dissolution of the "
            "opposition Move Ahead party.\n\nThe court also banned the party's leader from "
            "politics. \"The court cannot dissolve the will of the people,\" he said.")
    got = pairs(text)
    assert got[("Constitutional Court", "Move Ahead")] == "against"
    assert not any(target == "party" for _, target in got)
    text = ("SYDNEY (Reuters) - Australia's consumer watchdog sued tea maker Leafwell on "
            "Wednesday.\n\nThe Australian Competition and Consumer Commission said Leafwell "
            "had misled shoppers. Leafwell said it would defend the case.")
    got = pairs(text)
    assert got.get(("Leafwell", "Australian Competition and Consumer Commission")) != "favor"


def test_a_president_named_after_the_quote_and_customers_who_think():
    text = ("ACCRA, Ghana (AP) - Traders closed their shops on Tuesday.\n\nThe Ghana Union of "
            "Traders' Associations said import costs had soared. \"Every week prices change. "
            "Customers think we are cheating them,\" said Joseph Obeng, the union's "
            "president. He accused the Bank of Ghana of doing nothing.\n\nThe Bank of Ghana "
            "said it had sold reserves.")
    got = pairs(text)
    assert got[("Ghana Union of Traders' Associations", "Bank of Ghana")] == "against"
    assert ("Joseph Obeng", "Ghana") not in got  # ("them": the customers)


def test_a_bar_is_a_decision_and_acting_within_the_law_is_a_defence():
    text = ("BUCHAREST, Romania (Reuters) - Romania's Central Electoral Bureau on Sunday barred "
            "Calin Georgescu-Radu from running.\n\nGeorgescu-Radu called the decision \"a "
            "blow to democracy.\"\n\nPrime Minister Marcel Ciolacu-Ionescu said the bureau had "
            "acted within the law.")
    got = pairs(text)
    assert got[("Calin Georgescu-Radu", "Central Electoral Bureau")] == "against"
    assert got[("Marcel Ciolacu-Ionescu", "Central Electoral Bureau")] == "favor"


def test_a_town_council_is_its_town_and_an_association_of_landlords_speaks_by_its_president():
    text = ("ZAGREB, Croatia (Reuters) - The Croatian island town of Hvar will double its "
            "tourist tax, the town council said.\n\nMayor Jurica Miličić-Bura said the town "
            "needed new sewage works.\n\nThe local association of private landlords said the rise "
            "would drive families away. Its president, Marija Novak-Vuković, accused the council "
            "of ignoring them.")
    got = pairs(text)
    assert got[("Marija Novak-Vuković", "Hvar")] == "against"
    assert not any(target == "town council" for _, target in got)


def test_those_who_deserve_better_are_wronged_by_whoever_was_just_named():
    text = ("The Democratic Alliance said the African National Congress had failed to fix the "
            "utility. \"The ANC has had thirty years. South Africans deserve better than "
            "excuses,\" DA spokesperson Karabo Nel said.")
    assert pairs(text)[("Karabo Nel", "African National Congress")] == "against"
    text = ("Paulo Menezes was sacked on Monday. Captain Joel Asante defended his former coach. "
            "\"The players let him down, not the other way round,\" he told the BBC. \"He "
            "deserved better.\"")
    assert pairs(text).get(("Joel Asante", "Paulo Menezes")) != "against"


def test_a_neglect_complained_of_and_a_firm_s_works_by_their_kind():
    text = ("Hundreds of villagers blocked the road to a copper mine on Wednesday, saying the "
            "mine had polluted the river their cattle drink from.\n\n\"Our animals started "
            "dying. Nobody from the company has come to explain,\" said Teodora Quispe.\n\n"
            "The mine's operator, Andes Copper Holdings, said the river met all standards.")
    got = pairs(text)
    assert got[("Teodora Quispe", "Andes Copper Holdings")] == "against"
    assert got[("villagers", "Andes Copper Holdings")] == "against"


def test_the_narrators_aside_about_a_speaker_is_no_stance_of_theirs():
    text = ("Redgum Resources will expand the Carrow Creek mine. Beef farmer Kathy Doolan, whose "
            "family has worked land next to Redgum Resources' mine for four generations, said "
            "the monitoring was meaningless. Redgum Resources said it would keep working with "
            "its neighbours.")
    assert ("Kathy Doolan", "Redgum Resources") not in pairs(text)


def test_fighting_a_firms_closure_is_against_the_firm():
    text = ("German carmaker Rheinauto will close an engine plant in Kassel, it said on "
            "Wednesday. IG Metall, Germany's largest industrial union, said it would fight the "
            "closure with every means available.")
    assert pairs(text)[("IG Metall", "Rheinauto")] == "against"


def test_a_quotes_the_agency_is_the_agency_named_next():
    text = ("Tea farmers marched on Tuesday.\n\n\"We are left with nothing,\" said Esther "
            "Chepkoech. \"The agency takes its cut first.\"\n\nThe Kenya Tea Development "
            "Agency said prices had fallen because of a global surplus.")
    assert ("Esther Chepkoech", "Kenya Tea Development Agency") in pairs(text)


def test_a_city_the_headline_and_dateline_name_and_its_council():
    text = ("Palma limits cruise ships to two a day\n\nPALMA DE MALLORCA, Spain (AP) — The "
            "Mallorcan capital will allow no more than two cruise ships to dock on any day, the "
            "city council said, after protests by residents who say the crowds have made the "
            "old town unlivable.\n\nMayor Catalina Pons said the limit was needed.\n\nThe "
            "Cruise Lines International Association said the decision was taken without "
            "consulting the industry. A spokesman for the association, Martín Beltrán, said "
            "cruise passengers spent 80 million euros a year on the island.")
    got = pairs(text)
    # (the city whose council said so, under its council's name)
    assert got[("Cruise Lines International Association", "Palma council")] == "against"
    assert got[("Martín Beltrán", "Palma council")] == "against"  # the association's spokesman
    assert ("Martín Beltrán", "Cruise Lines International Association") not in got


def test_a_court_never_named_rules_and_a_body_named_by_acronym_and_kind():
    text = ("An Argentine labour appeals court on Tuesday suspended key parts of President "
            "Javier Mendieta's labour reform, ruling in favour of the CGT union confederation, "
            "which argued the changes violated workers' rights.\n\nPresidential spokesman "
            "Manuel Adorno-Vidal said the government would appeal to the Supreme Court.\n\n"
            "Business chamber UIA said the ruling created uncertainty for companies. Lawyers "
            "said the Supreme Court could take months to decide.")
    got = pairs(text)
    assert got[("UIA", "Argentine labour appeals court")] == "against"
    assert ("UIA", "Supreme Court") not in got  # a court named only after the ruling
    assert got[("CGT", "Javier Mendieta")] == "against"


def test_a_ledes_described_body_acted_on_is_the_one_named_next_not_an_outlet_told():
    text = ("The governor of the Philippine province of Catanduanes on Sunday accused the "
            "national disaster agency of leaving thousands of survivors without food.\n\n"
            "\"We were promised helicopters and we got none,\" Governor Arnel Tabuzo told DZMM "
            "radio.\n\nThe National Disaster Risk Reduction and Management Council said 20 "
            "tonnes of food had been delivered.")
    got = pairs(text)
    assert got[("Arnel Tabuzo", "National Disaster Risk Reduction and Management Council")] \
        == "against"
    assert not any(t == "DZMM" for _, t in got)
    assert not any(s == "Philippine" for s, _ in got)


def test_a_change_of_mind_overnight_and_blocking_the_rules_are_against_their_author():
    text = ("Thailand's health ministry on Wednesday published draft rules that would limit "
            "cannabis to medical use.\n\n\"We invested our savings because the government told "
            "us this was a new industry. Now they change their minds overnight,\" said "
            "Kittipong Saengsuk.\n\nThe Cannabis Future Network said it would file a lawsuit to "
            "block the rules.")
    got = pairs(text)
    assert got[("Kittipong Saengsuk", "Thailand")] == "against"
    assert got[("Cannabis Future Network", "Thailand")] == "against"


def test_his_prime_minister_is_the_prime_minister():
    text = ("Prime Minister Élise Carpentier defended the decree on Monday. The French "
            "president, Antoine Ravel, has not commented. An aide said he fully supported his "
            "prime minister.")
    assert pairs(text)[("aide", "Élise Carpentier")] == "favor"


def test_an_outlet_told_is_no_party_and_a_firm_says_it():
    text = ("Norwegian salmon farmer Fjordlaks said on Wednesday it would freeze investment "
            "after parliament approved a 25% resource rent tax.\n\n\"This tax makes it "
            "impossible to justify new projects in Norway,\" chief executive Ingrid Solberg "
            "told Reuters. The company's shares fell 4%.\n\nSeafood Norway said the tax was "
            "\"the wrong tax at the wrong time\".")
    got = pairs(text)
    assert not any("Reuters" in (s, t) for s, t in got)
    assert got[("Seafood Norway", "Norway")] == "against"  # parliament's tax: the state's
    assert not any(t == "Fjordlaks" and s == "Seafood Norway" for s, t in got)


def test_a_raid_welcomed_and_a_city_minister_blaming_the_federal_government():
    text = ("Canada's Competition Bureau searched the head offices of grocery chain Maple "
            "Basket on Tuesday, the bureau said. Consumer advocate Sylvie Gauthier welcomed the "
            "raid. The bureau said no conclusion had been reached.")
    assert pairs(text)[("Sylvie Gauthier", "Competition Bureau")] == "favor"
    text = ("NEW DELHI (AP) — Authorities in New Delhi closed schools on Friday.\n\nDelhi's "
            "environment minister, Kavita Rawal, blamed farmers for burning stubble and said "
            "the federal government had failed to stop them.")
    assert pairs(text)[("Kavita Rawal", "India")] == "against"


def test_a_state_attorney_general_named_by_her_state_then_by_name():
    text = ("MONTPELIER, Vt. (AP) — Vermont's attorney general sued the maker of the Glimmr "
            "photo-sharing app on Monday, accusing the company of designing features to keep "
            "teenagers scrolling.\n\nAttorney General Charity Rowe-Clark said the company knew "
            "its app was harming young users. \"They put profits ahead of our kids,\" she "
            "said.\n\nGlimmr Inc. said the lawsuit \"misrepresents our work\". The company said "
            "it would fight the case in court.\n\n\"My daughter was on it every night. Nobody "
            "at that company cared,\" said Megan Tully.")
    got = pairs(text)
    assert got[("Charity Rowe-Clark", "Glimmr")] == "against"
    assert got[("Glimmr", "Charity Rowe-Clark")] == "against"
    assert got[("Megan Tully", "Glimmr")] == "against"
    assert not any(s == "Vermont" for s, _ in got)


def test_treating_people_as_numbers_charges_whoever_does_it():
    text = ("SEOUL (Reuters) - Trainee doctors walked out on Tuesday over a government plan to "
            "admit more medical students.\n\nThe Korean Intern Resident Association said the "
            "plan would lower the quality of training. \"The government is treating doctors as "
            "numbers,\" the association's president, Park Dan-woo, wrote on Facebook.")
    assert pairs(text)[("Park Dan-woo", "South Korea")] == "against"


def test_nobody_at_the_council_seems_to_care_and_a_yard_named_in_an_aside():
    text = ("Arran Council approved the plan on Monday. The council said it would review it in "
            "May.\n\n\"We have waited ten years. Nobody at the council seems to care,\" said "
            "Morag MacKinnon.")
    assert pairs(text)[("Morag MacKinnon", "Arran Council")] == "against"
    text = ("GLASGOW (Reuters) - Islanders protested on Saturday after the state-owned shipyard "
            "building their new ferry said it would be delayed again.\n\n\"We have been "
            "promised this boat since 2018,\" said Morag MacKinnon.\n\nFerguson Marine, the "
            "shipyard, said supply problems had caused the delay. Transport secretary Fiona "
            "Hyslop-Grant said the delays were \"completely unacceptable\" and that she had "
            "ordered a review of the yard's management.")
    assert pairs(text)[("Fiona Hyslop-Grant", "Ferguson Marine")] == "against"
    assert toolkit.analyze(text).quotes[0].speaker == "Ferguson Marine"


def test_a_threat_unless_someone_acts_and_wards_kept_open():
    text = ("Kenya's largest teachers' union threatened on Monday to call a national strike "
            "unless the Teachers Service Commission promotes 40,000 teachers. The Teachers "
            "Service Commission said it had promoted 14,000 teachers this year.")
    got = pairs(text)
    assert any(t == "Teachers Service Commission" and label == "against"
               for (_, t), label in got.items())
    kept = "A spokesman said the union's demands would cost more and that nurses kept wards open."
    assert _cue_value(kept, kept.index("union")) is None  # a place kept running
    talks = "Halvorsen said the Commission remained open to talks with Beijing."
    assert _cue_value(talks, talks.index("Beijing")) == 1.0  # an openness toward someone


def test_underinvestment_and_neglect_are_charges():
    sentence = "Illa said Madrid had underinvested in local rail for decades."
    assert _cue_value(sentence, sentence.index("Madrid")) == -1.0


def test_throwing_an_advantage_away_charges_whoever_does_it():
    sentence = "Cheap power was our main advantage. Hydro-Quebec is throwing it away."
    assert _cue_value(sentence, sentence.index("Hydro")) is None  # no stance word as such
    text = ("MONTREAL (CP) — Hydro-Québec asked the regulator on Monday to approve a rate "
            "increase.\n\nThe utility's chief executive, Claudine Bouchard-Roy, said demand "
            "would double.\n\n\"Cheap power was our main advantage. Hydro-Québec is throwing "
            "it away,\" association president Luc Bergeron-Dion said.")
    assert pairs(text)[("Luc Bergeron-Dion", "Hydro-Québec")] == "against"


def test_a_countrys_regulator_that_fines_is_the_commission_named_next():
    text = ("SEOUL (Reuters) - South Korea's antitrust regulator fined bakery chain Golden Crust "
            "4.2 billion won on Wednesday for forcing franchise owners to buy overpriced "
            "ingredients.\n\nThe Korea Fair Trade Commission said the company had earned an "
            "extra 15 billion won.")
    assert pairs(text)[("Korea Fair Trade Commission", "Golden Crust")] == "against"


def test_a_lede_firm_described_next_to_a_salt_flat_is_the_firm_named_later():
    text = ("SANTIAGO, Chile (Reuters) - Indigenous communities asked an environmental court "
            "on Tuesday to suspend a lithium producer's permit to pump brine from the Salar de "
            "Pujsa, arguing the company had understated how much water the salt flat loses."
            "\n\nThe company, Litio del Norte, said its monitoring showed water levels within "
            "the limits.")
    got = pairs(text)
    assert got[("indigenous communities", "Litio del Norte")] == "against"
    assert not any(t == "Salar de Pujsa" for _, t in got)


def test_the_subject_before_a_participle_and_its_agent_acts():
    text = ("MANILA (Reuters) - The mayor of a coastal town devastated by Typhoon Amihan "
            "accused the national disaster agency on Friday of leaving survivors without "
            "food.\n\n\"We buried our dead with our own hands,\" Mayor Rodelio Bautista-Cruz "
            "told a radio station.\n\nThe National Disaster Risk Reduction and Management "
            "Council said landslides had cut the only road into the town.")
    got = pairs(text)
    assert got[("Rodelio Bautista-Cruz",
                "National Disaster Risk Reduction and Management Council")] == "against"
    assert ("(narrator)", "National Disaster Risk Reduction and Management Council") \
        not in got


def test_a_lede_body_described_by_its_nationality_is_the_body_named_later():
    text = ("OSLO (Reuters) - Norwegian ferry operator Fjordline Samferdsel said on Monday the "
            "delivery of six ferries would be delayed because the Turkish shipyard building "
            "them had run into financial trouble.\n\nThe shipyard, Karadeniz Tersanesi, did "
            "not respond to requests for comment.")
    got = pairs(text)
    assert got[("Fjordline Samferdsel", "Karadeniz Tersanesi")] == "against"
    assert ("Fjordline Samferdsel", "Turkey") not in got  # its nationality, not its state


def test_accepting_or_disputing_the_findings_answers_whoever_found():
    base = ("ZURICH (Reuters) - The regulator FINMA said on Thursday it had fined Banque "
            "Rouvière 12 million francs for failing to freeze accounts held by two "
            "sanctioned Russian businessmen.\n\nBanque Rouvière said it {} and had replaced "
            "its head of compliance.")
    assert pairs(base.format("accepted the findings"))[("Banque Rouvière", "FINMA")] == "favor"
    assert pairs(base.format("disputed the findings"))[("Banque Rouvière", "FINMA")] == \
        "against"
    assert ("Banque Rouvière", "FINMA") not in pairs(base.format("would study the findings"))
    assert ("FINMA", "Russia") not in pairs(base.format("accepted the findings"))


def test_the_university_is_the_one_so_named_not_a_union_with_the_word_in_its_name():
    text = ("LONDON (Reuters) - The University of Northmoor said on Tuesday it would close its "
            "history department.\n\nThe University and College Union said the university had "
            "spent millions on new buildings while pleading poverty.")
    got = pairs(text)
    assert got[("University and College Union", "University of Northmoor")] == "against"


def test_a_provinces_own_service_and_its_unnamed_government():
    text = ("WINNIPEG, Manitoba (Reuters) - The chief of a northern First Nation said on Sunday "
            "the provincial government had ignored his pleas for help.\n\n\"Nobody came,\" "
            "Chief Raymond Flett said.\n\nManitoba's wildfire service said crews had been "
            "stretched by dozens of fires across the province.")
    got = pairs(text)
    assert got[("Raymond Flett", "Manitoba")] == "against"
    assert ("Manitoba's wildfire service", "Manitoba") not in got  # its own province


def test_a_minister_shares_the_side_her_country_took():
    text = ("TOKYO (Reuters) - Australia on Wednesday condemned Japan's decision to allow its "
            "whaling fleet to hunt fin whales, calling it \"a step backwards\" for conservation."
            "\n\nAustralian Environment Minister Tanya Brooks-Hall said Canberra would raise the "
            "issue at the next meeting of the International Whaling Commission.")
    assert pairs(text)[("Tanya Brooks-Hall", "Japan")] == "against"


def test_the_measure_a_council_voted_for_is_its_act():
    text = ("OAKLAND, Calif. (AP) — The Oakland City Council voted 6-2 on Tuesday to install "
            "300 license plate readers across the city.\n\nCivil liberties groups opposed the "
            "plan. \"Once this data exists, you cannot control who uses it,\" said Priya "
            "Natarajan of the Bay Area Privacy Coalition.\n\nCouncilmember Luis Ortega-Reyes, "
            "who voted against the measure, said the city had not shown the cameras reduce "
            "crime.")
    got = pairs(text)
    assert got[("Priya Natarajan", "Oakland City Council")] == "against"
    assert ("Luis Ortega-Reyes", "Oakland City Council") not in got  # his own council


def test_one_who_voted_against_a_measure_did_not_pass_it():
    text = ("LONDON (AP) — British lawmakers on Friday backed a bill that would allow "
            "terminally ill adults to end their lives with medical help.\n\n\"Once you cross "
            "this line, there is no going back,\" said Conservative lawmaker David Pemberton, "
            "who voted against the bill.\n\nDisability rights groups have also campaigned "
            "against the measure. Sarah Whitfield of the charity Not Dead Yet UK said the "
            "vote was \"a dark day\" for disabled people.")
    assert ("Sarah Whitfield", "David Pemberton") not in pairs(text)


def test_idioms_of_harm_and_of_fairness_toward_whoever_acted():
    text = ("BANGKOK (Reuters) - Thailand's Constitutional Court on Wednesday dissolved the "
            "opposition Progressive Front party.\n\nThe party's leader, Chaiwat Srisuwan, said "
            "the ruling was \"a blow to every voter who chose change.\" Human rights groups "
            "said the verdict was likely to deepen the country's political divide.")
    got = pairs(text)
    assert got[("Chaiwat Srisuwan", "Constitutional Court")] == "against"
    assert got[("human rights groups", "Constitutional Court")] == "against"
    text = ("NEW YORK (AP) — New York City's Rent Guidelines Board voted 5-4 on Monday to allow "
            "increases on one-year leases.\n\nMayor Rosa Delgado-Whitman said the board had "
            "struck \"a fair balance.\"")
    assert pairs(text)[("Rosa Delgado-Whitman", "New York City's Rent Guidelines Board")] == \
        "favor"


def test_a_charge_far_after_its_target():
    text = ("ABUJA (Reuters) - Nigeria's government raised the price of petrol by 60% on "
            "Monday.\n\nThe Nigeria Labour Congress said the increase, which followed the "
            "removal of the remaining fuel subsidy, had made it impossible for workers to get "
            "to their jobs.")
    assert pairs(text)[("Nigeria Labour Congress", "Nigeria")] == "against"


def test_a_states_ban_is_the_states_and_a_court_only_asked_decides_nothing():
    text = ("BENGALURU, India (Reuters) - Thousands of motorcycle taxi riders in the southern "
            "Indian state of Karnataka were left without work on Monday after a state ban on "
            "bike taxis took effect.\n\nThe state's transport department said the ban was "
            "needed because bike taxis were operating without permits.\n\nZoomride said it "
            "would ask the Supreme Court to overturn the ban. \"This decision takes away the "
            "livelihood of young people overnight,\" a Zoomride spokesperson said.\n\n"
            "Auto-rickshaw unions welcomed the ban.")
    got = pairs(text)
    assert got[("auto-rickshaw unions", "Karnataka")] == "favor"
    assert not any(t == "Supreme Court" for _, t in got)  # only asked, it decided nothing
    assert ("state's transport department", "Karnataka") not in got  # its own state


def test_such_products_are_the_firms_and_russian_roulette_no_state():
    text = ("WASHINGTON (AP) — The Food and Drug Administration on Thursday warned consumers "
            "not to buy SlimPure capsules, saying lab tests found a hidden drug.\n\nThe agency "
            "said it had received reports of 12 people who suffered chest pains.\n\nSlimPure "
            "Naturals said its capsules contained only herbal ingredients.\n\nDr. Anton "
            "Verhulst-Hale, a professor who studies supplements, said such products were \"a "
            "game of Russian roulette\" for consumers.")
    got = pairs(text)
    assert any(s == "Anton Verhulst-Hale" and t.startswith("SlimPure") and label == "against"
               for (s, t), label in got.items())
    assert ("Anton Verhulst-Hale", "Russia") not in got


def test_a_court_an_order_is_to_be_challenged_in_decided_nothing():
    text = ("SYDNEY (Reuters) - Waverley Council has placed a heritage order on a block of art "
            "deco flats, halting a developer's plan for a tower.\n\nWaverley Council said the "
            "building was one of the finest examples of its kind.\n\nThe developer, Coastline "
            "Property Group, said it had spent $18 million buying the site and would challenge "
            "the order in the Land and Environment Court.\n\nThe Property Council of Australia "
            "said the decision sent a worrying signal to investors.")
    got = pairs(text)
    assert got[("Property Council of Australia", "Waverley Council")] == "against"
    assert not any(t == "Land and Environment Court" for _, t in got)


def test_a_capital_that_acts_as_its_city_and_its_aldermans_own_city():
    text = ("BRUSSELS (Reuters) - Brussels will close another 12 streets in its historic centre "
            "to cars from March, the city said on Friday.\n\nMobility alderman Koen De "
            "Smet-Claes said the plan would cut pollution.\n\nThe Brussels shopkeepers' "
            "federation said sales had fallen by 20%. Its president, Valérie Lemaire-Stoffels, "
            "said the city had not consulted businesses.")
    got = pairs(text)
    assert got[("Valérie Lemaire-Stoffels", "Brussels")] == "against"
    assert not any(t == "Belgium" for _, t in got)  # the city, not the state
    assert ("Koen De Smet-Claes", "Brussels") not in got  # his own city


def test_a_city_whose_own_council_voted_is_that_council():
    text = ("BERLIN (Reuters) - The eastern German city of Leipzig will ban rental electric "
            "scooters from next April, after its city council voted on Wednesday to end the "
            "licences of three companies.\n\n"
            '"The council has chosen a ban over solutions that work in dozens of other '
            'cities," Voltra manager Tobias Grunwald-Lenz said.\n')
    assert pairs(text)[("Tobias Grunwald-Lenz", "Leipzig council")] == "against"


def test_choosing_a_ban_over_solutions_is_a_reproach():
    assert _cue_value("The council has chosen a ban over solutions that work.", 4) < 0


def test_a_rejected_claim_is_that_of_the_speaker_whose_pronoun_made_it():
    text = ("ATHENS (Reuters) - A desalination plant on the island broke down in August.\n\n"
            '"We were promised this plant would end our dependence on ships," Mayor Stelios '
            "Karavelas told state broadcaster ERT. He accused the company of cutting corners "
            "on the plant's filters.\n\n"
            "Aegean Hydro Works rejected the claim, saying the breakdown was caused by algae.\n")
    assert pairs(text)[("Aegean Hydro Works", "Stelios Karavelas")] == "against"


def test_a_place_s_association_is_no_voice_of_the_place():
    text = ("BERLIN (Reuters) - The eastern German city of Leipzig will ban rental electric "
            "scooters from next April, after its city council voted on Wednesday to end the "
            "operating licences of three companies.\n\n"
            '"The council has chosen a ban over solutions that work in dozens of other '
            "cities,\" Voltra's Germany manager Tobias Grunwald-Lenz said.\n\n"
            "Leipzig's association of the blind welcomed the vote. The ban follows similar "
            "decisions in Paris and Madrid, and officials in other German cities have said they "
            "are watching Leipzig closely.\n")
    got = pairs(text)
    assert got[("Tobias Grunwald-Lenz", "Leipzig council")] == "against"
    assert not [k for k in got if k[0] == "Leipzig"]


def test_the_government_of_a_story_is_its_one_governing_province():
    # no state by the dateline, one province that governs ("cost the province"): "the
    # government's plan" is the province's, not her own union's
    text = ("TORONTO (CP) - Ontario's secondary school teachers have voted to authorize a "
            "strike, their union said on Wednesday.\n\n"
            "The Ontario Secondary Teachers' Federation said 94 percent of members backed "
            "strike action. Union president Denise McCardle-Byrne said the government's plan "
            'to raise class sizes would "hurt every student in this province."\n\n'
            "Education Minister Paul Osterhout called the vote disappointing and said the "
            "government had offered a fair deal.\n\n"
            "Some economists said a long dispute could cost the province millions of dollars.\n")
    got = pairs(text)
    assert got[("Denise McCardle-Byrne", "Ontario")] == "against"
    assert ("Denise McCardle-Byrne", "Ontario Secondary Teachers' Federation") not in got


def test_an_association_president_is_no_national_leader():
    # so "the government" stays the province's, and its minister takes no side toward it
    text = ("TORONTO (CP) - A group of vape retailers has sued the Ontario government over a "
            "ban on flavoured e-cigarettes.\n\n"
            "The Canadian Vape Sellers Association filed the suit on Wednesday. \"This ban will "
            "not stop a single teenager from vaping,\" association president Darren Kowal "
            "said.\n\n"
            "Health Minister Patricia Lamb said the province would defend the law "
            '"vigorously."\n')
    got = pairs(text)
    assert got[("Darren Kowal", "Ontario")] == "against"
    assert ("Patricia Lamb", "Ontario") not in got


def test_a_cost_granted_but_judged_worth_it_is_for():
    assert _cue_value("it would probably cost jobs in rural areas but was better than the "
                      "alternatives", 0) == 1.0
    assert _cue_value("it would probably cost jobs in rural areas", 0) == -1.0


def test_a_government_program_is_the_state_s():
    text = ("MANILA (AP) - Thousands of jeepney drivers stopped work on Monday to protest a "
            "government program that would force them to replace their ageing vehicles.\n\n"
            '"This is the death of the jeepney," Mody Florendo told reporters.\n')
    assert pairs(text)[("Mody Florendo", "Philippines")] == "against"


def test_a_claim_summed_up_then_disputed_is_against_its_maker():
    for who in ("the group", "PISTON"):
        text = ("MANILA (AP) - Jeepney drivers went on strike on Monday, the transport group "
                "PISTON said.\n\n"
                "Transportation Secretary Jaime Bautista said the strike had minimal impact, "
                f"a claim {who} disputed.\n")
        assert pairs(text)[("PISTON", "Jaime Bautista")] == "against"


def test_calling_a_vote_historic_hails_whoever_voted():
    text = ("SANTIAGO (Reuters) - Chile's Senate approved on Wednesday an overhaul of the "
            "country's private pension system.\n\n"
            'Labor Minister Jeannette Vidal called the vote "a historic day for the pensioners '
            'of Chile" and said the reform would raise the lowest pensions.\n\n'
            "The pension fund managers' association said it respected the decision but warned "
            "that higher costs for employers could slow hiring in small businesses.\n")
    assert pairs(text)[("Jeannette Vidal", "Senate")] == "favor"


VANCOUVER_BOARD = (
    "VANCOUVER (CP) - Vancouver's park board voted on Monday to remove a temporary bike lane "
    "through Stanley Park, reversing a pandemic-era measure that had divided cyclists and "
    "drivers for four years.\n\n"
    "Park board chair Brennan Laidlow said the lane had hurt businesses inside the park and "
    "made it harder for elderly visitors to reach attractions by car. \"We listened to the "
    "people who felt shut out of their own park,\" he said.\n\n"
    "Cycling advocates condemned the decision. HUB Cycling executive director Erin Callow called "
    "it \"a step backwards for safety and for the climate\" and said the group would ask the "
    "city to build a permanent protected lane elsewhere.\n\n"
    "The Stanley Park Restaurant Association welcomed the vote, saying its members had lost "
    "about a third of their customers since the lane was installed.\n\n"
    "One commissioner who voted against the removal, Tom Ashdale, said the board was "
    "\"governing by complaint.\"\n")


def test_a_city_s_park_board_is_a_body_its_chair_speaks_for():
    got = pairs(VANCOUVER_BOARD)
    assert got[("cycling advocates", "board")] == "against"
    assert got[("Stanley Park Restaurant Association", "board")] == "favor"
    assert got[("Tom Ashdale", "board")] == "against"
    assert ("Brennan Laidlow", "board") not in got  # "Park board chair": his own board


def test_a_body_before_a_lowercase_title_is_the_speaker_s_own():
    got = pairs(VANCOUVER_BOARD)
    assert got[("Erin Callow", "board")] == "against"
    assert ("Erin Callow", "HUB Cycling") not in got


def test_a_former_captain_may_turn_on_his_old_club():
    text = (Path(__file__).parent / "fixtures" / "wire" / "manager-fired.txt").read_text()
    assert pairs(text)[("Gary Pollard", "Harwick")] == "against"


TANZANIA_COMMISSION = (
    "DAR ES SALAAM (Reuters) - Tanzania's electoral commission on Saturday disqualified "
    "the main opposition party's presidential candidate, saying his nomination papers had"
    ' not been properly signed, a decision the party called "a coup against democracy."\n\n'
    "The commission's chairman, Jacob Mwakali, said the rules applied equally to all "
    'parties. "The law is the law. We cannot make exceptions," he said in a televised '
    'statement.\n\nChadema party chairman Tumaini Lyimo said the party would challenge the '
    'decision in court. He accused the ruling party of using the commission to remove any'
    ' serious challenger, a charge the ruling party denied.\n\nThe U.S. embassy in Dar es '
    'Salaam said it was concerned by the decision and urged the authorities to ensure a '
    'free and fair vote. Western diplomats said privately that the move was likely to '
    'hand the incumbent an easy victory.\n')


def test_concern_at_a_disqualification_is_against_whoever_disqualified():
    got = pairs(TANZANIA_COMMISSION)
    assert got[("U.S. embassy in Dar es Salaam", "Tanzania's electoral commission")] == "against"


def test_the_bank_of_a_central_bank_story_is_not_an_analyst_s_firm():
    text = ("ABUJA (Reuters) - Nigeria's central bank raised its benchmark interest rate by 50 "
            "basis points to 27.75% on Tuesday, its sixth increase this year, as it tries to "
            "rein in inflation running above 30% and support the naira.\n\n"
            "Governor Adebayo Okonjo told reporters the bank's monetary policy committee had "
            "voted unanimously for the rise.\n\n"
            "Manufacturers criticised the decision, saying borrowing costs were already crushing "
            "factories.\n\n"
            "Economist Tunde Adewale of Lekki Capital said the bank was right to keep raising "
            "rates but warned that it could not fix inflation alone. Some analysts said they "
            "expected the bank to pause at its next meeting.\n")
    got = pairs(text)
    assert got[("Tunde Adewale", "bank")] == "favor"
    assert not [k for k in got if k[1] == "Lekki Capital"]


def test_a_disaster_for_the_bank_is_against_who_dismissed_its_governor():
    # "This is a disaster for the bank's credibility": the bank is the victim; the dismissal
    # the sentence before named is the president's act
    text = (Path(__file__).parent / "fixtures" / "wire" /
            "turkey-lira-central-bank-governor-sacked.txt").read_text()
    got = pairs(text)
    assert got[("Tim Ashford", "Kemal Arslan")] == "against"
    assert ("Tim Ashford", "bank") not in got


def test_a_body_named_in_full_then_known_as_is_one_target():
    text = ("ATHENS (AP) - Ferries stayed in port across Greece on Thursday as seamen held a "
            "24-hour strike over pay.\n\n"
            "The Panhellenic Seamen's Federation, known as PNO, said the strike was a response "
            "to shipowners' refusal to renew a collective contract.\n\n"
            "The Union of Greek Coastal Shipowners said the union's demands would push up "
            'ticket prices and called the strike "unjustified."\n')
    got = pairs(text)
    assert got[("Union of Greek Coastal Shipowners", "PNO")] == "against"
    assert not [k for k in got if "Panhellenic" in k[1]]


def test_a_minister_serves_the_dateline_state_not_a_country_named_by_its_adjective():
    text = ("LA PAZ (Reuters) - Hundreds of miners marched in Potosí on Monday against a $970 "
            "million lithium contract with a Russian company.\n\n"
            "Hydrocarbons Minister Alejandro Quiroga defended the deal, saying Bolivia lacked "
            "the technology to extract lithium on its own.\n")
    assert ("Alejandro Quiroga", "Bolivia") not in pairs(text)


def test_the_office_a_lede_opens_on_is_held_by_the_person_named_next():
    text = ("PARIS (Reuters) - The mayor of Marseille called on the French government on Monday "
            "to send hundreds more police officers to the city.\n\n"
            "Benoît Peyrac said the city's poorest neighbourhoods had been abandoned to drug "
            "gangs.\n\n"
            "Interior Minister Bruno Rétif said 150 extra officers would arrive next month and "
            "accused the mayor of playing politics.\n")
    assert pairs(text)[("Bruno Rétif", "Benoît Peyrac")] == "against"


def test_never_having_done_a_thing_in_ones_life_is_said_against_one():
    text = ("LISBON (AP) - Lisbon's city council voted on Tuesday to freeze new holiday rental "
            "licences.\n\n"
            "Councillor Marta Quintela-Ramos, who proposed the measure, said homes were being "
            "lost to tourism.\n\n"
            "Landlords' leader Rui Caldeira-Pinto said owners would go to court. "
            '"Councillor Quintela-Ramos has never run a business in her life," he said.\n')
    assert pairs(text)[("Rui Caldeira-Pinto", "Marta Quintela-Ramos")] == "against"


def test_a_charge_rejected_is_the_charge_this_sentence_narrates():
    text = ("JAKARTA (AP) - A volcano on Flores erupted on Sunday.\n\n"
            "The Center for Volcanology and Geological Hazard Mitigation raised its alert. Its "
            "head, Agus Wiratama, said magma was rising.\n\n"
            '"The mountain was rumbling for days," said farmer Yohanes Bata.\n\n'
            "Local lawmaker Benediktus Nong accused the volcanology centre of ignoring clear "
            "signs of the eruption, a charge Wiratama rejected.\n")
    got = pairs(text)
    assert got[("Agus Wiratama", "Benediktus Nong")] == "against"
    assert ("Agus Wiratama", "Yohanes Bata") not in got
    # the centre, by a word of its name, is the body named before
    assert got[("Benediktus Nong",
                "Center for Volcanology and Geological Hazard Mitigation")] == "against"


def test_the_city_centre_is_no_body():
    text = ("The Institute for Urban Studies said rents rose. Officials said the city centre "
            "was empty and the centre of the protest moved.\n")
    a = toolkit.analyze(text)
    from toolkit.speakers import registry

    found = find_targets(text, a.segmentation, registry(text, a.segmentation, a.quotes),
                         None, a.quotes)
    assert not any(text[s:e].lower() == "centre" for t in found.values() for s, e in t.mentions)


def test_knowing_of_a_trouble_for_months_is_a_charge():
    text = ("HALIFAX (CP) - Nurses in Nova Scotia rejected a contract offer on Friday.\n\n"
            "Health Minister Ian Macaulay-Ross said he was disappointed.\n\n"
            "Opposition health critic Susan Arsenault-Ward said the minister had known for "
            "months that emergency rooms were closing because of staff shortages.\n")
    assert pairs(text)[("Susan Arsenault-Ward", "Ian Macaulay-Ross")] == "against"


def test_a_portfolio_critic_works_for_no_body_named_for_the_portfolio():
    text = ("HALIFAX, Nova Scotia (CP) — Nurses in Nova Scotia have rejected the provincial "
            "government's latest contract offer, the union said Friday.\n\n"
            "Hospitals would likely have to postpone some surgeries during a strike, according to "
            "Nova Scotia Health, the agency that runs the province's hospitals.\n\n"
            "Opposition health critic Susan Arsenault-Ward accused the government of "
            '"bargaining through press releases."\n')
    got = pairs(text)
    assert got[("Susan Arsenault-Ward", "Nova Scotia")] == "against"
    assert not [k for k in got if k[0] == "Nova Scotia Health"]


def test_an_officer_set_off_by_whose_speaks_for_the_body_not_against_it():
    text = ("BERLIN (AP) — A German court on Thursday barred the discount supermarket chain "
            'Frischmarkt from labelling its own-brand milk as "climate neutral," ruling that the '
            "claim misled shoppers.\n\n"
            "The case was brought by the consumer group Verbraucherwacht, whose director, "
            'Jonas Reinhardt, called the ruling "a clear signal to the whole industry." He '
            "said dozens of companies were still using similar labels and that his group would "
            "file further lawsuits.\n")
    assert ("Jonas Reinhardt", "Verbraucherwacht") not in pairs(text)


def test_the_fine_print_is_no_fine_and_a_judge_does_not_react_to_her_own_court():
    text = ("BERLIN (AP) - A German court on Thursday barred the discount chain Frischmarkt "
            'from labelling its milk as "climate neutral," ruling that the claim misled '
            "shoppers.\n\n"
            "The Düsseldorf Regional Court said the company had relied on carbon offsets. "
            'Presiding judge Katrin Overbeck-Lenz wrote that consumers "cannot be expected to '
            'research the fine print of a website" to understand a label.\n\n'
            "Frischmarkt said it disagreed with the ruling and was considering an appeal.\n")
    got = pairs(text)
    assert got[("Frischmarkt", "Düsseldorf Regional Court")] == "against"
    assert ("Katrin Overbeck-Lenz", "Düsseldorf Regional Court") not in got


def test_a_report_withheld_is_a_charge_against_the_one_who_withheld_it():
    text = ("LIMA (Reuters) - An oil spill has contaminated a river in Peru's Amazon.\n\n"
            "The Federation of Indigenous Communities of the Marañón River said the spill "
            "began on Saturday but that the pipeline's operator, state-owned Petrosur, did not "
            "report it for three days.\n\n"
            "Petrosur said the leak had been contained.\n")
    assert pairs(text)[("Federation of Indigenous Communities of the Marañón River",
                        "Petrosur")] == "against"


SCOTTISH = ("GLASGOW, Scotland (AP) — Scottish soccer's governing body fined Kelvinside "
            "Athletic 150,000 pounds on Friday after fans threw flares onto the field.\n\n"
            "The Scottish Football Association said the punishment was the heaviest it had "
            "imposed on a club for crowd trouble.\n\n"
            "Kelvinside said it would appeal. The club's largest supporters' group, the "
            "Kelvinside Trust, backed the appeal.\n")


def test_a_region_adjective_opening_a_lede_is_no_one_and_the_body_is_named_next():
    got = pairs(SCOTTISH)
    assert got[("Scottish Football Association", "Kelvinside Athletic")] == "against"
    assert not [k for k in got if k[0] == "Scottish"]


def test_an_appeal_is_against_whoever_punished_and_backing_it_is_for_the_appellant():
    got = pairs(SCOTTISH)
    assert got[("Kelvinside Athletic", "Scottish Football Association")] == "against"
    assert got[("Kelvinside Trust", "Kelvinside Athletic")] == "favor"


def test_an_officer_of_an_unnamed_body_takes_no_side_against_it():
    text = ("PHOENIX (AP) — Heat killed at least 680 people in Maricopa County last year, the "
            "county's public health department said in a report released Tuesday.\n\n"
            '"These deaths are preventable. Every one of them is a failure of our systems," said '
            "Dr. Nicole Ferrante, the department's medical director.\n\n"
            "Meteorologists said this summer would likely be hotter than average.\n")
    assert not [k for k in pairs(text) if k[1] == "county's public health department"]


def test_a_regions_state_government_is_the_region():
    text = ("BENGALURU, India (Reuters) - Water tanker operators in Bengaluru went on strike on "
            "Tuesday.\n\n"
            "The Karnataka state government capped the price of a tanker last week. Deputy "
            "Chief Minister Ramesh Gowda-Shetty said the government would seize tankers.\n\n"
            "The Bengaluru Water Tanker Owners' Association said the cap did not cover costs. "
            'Its president, Manjunath Reddy, said operators had been "treated like criminals."\n\n'
            '"We are paying for the government\'s failure," said Anita Krishnan, who heads a '
            "residents' association.\n")
    got = pairs(text)
    assert got[("Anita Krishnan", "Karnataka")] == "against"
    assert not [k for k in got if k[1] in ("India", "Karnataka state government")]


def test_a_spokesman_titled_by_his_unnamed_ministry_takes_no_side_on_it():
    text = ('KATHMANDU, Nepal (AP) — Nepal will raise the fee for foreign climbers '
            'attempting Mount Everest by more than a third next spring, the tourism '
            'ministry said on Monday, a move expedition companies said could push climbers '
            "toward the mountain's Chinese side.\n\n"
            'The permit will cost $15,000 per climber in the main spring season, up from '
            '$11,000. Tourism ministry spokesman Bishnu Adhikari-Thapa said the extra money '
            'would pay for rescue teams, waste removal and the wages of mountain guides, '
            'who he said had been underpaid for years.\n\n'
            '"Everest is not a theme park. If you want to climb it, you must help us look '
            'after it," Adhikari-Thapa said.\n\n'
            'The Expedition Operators Association of Nepal called the increase "badly '
            'timed" and said bookings for next year had already fallen. Its general '
            'secretary, Pemba Doma Tamang-Sherpa, said smaller companies would probably '
            'lose clients to cheaper routes in Tibet.\n\n'
            '"The ministry did not ask us once," she said. "We found out from the '
            'newspapers, like everybody else."\n\n'
            'About 450 foreign climbers received Everest permits last season, according to '
            'ministry figures. Mountaineers and scientists have long complained that '
            'crowding and trash are damaging the mountain.\n\n')
    got = pairs(text)
    assert ("Bishnu Adhikari-Thapa", "tourism ministry") not in got
    assert got[("Expedition Operators Association of Nepal", "tourism ministry")] == "against"


QUEBEC = ("MONTREAL (CP) — Quebec's French-language watchdog has fined the clothing retailer "
          "Northbay Outfitters $12,000 for English-only slogans, the company said Wednesday.\n\n"
          "The Office québécois de la langue française said the chain had ignored repeated "
          "warnings since last year.\n\n"
          'Northbay Outfitters said it would comply but called the fine "excessive." Chief '
          'executive Daniel Whitcombe said: "We simply think the office could have worked with '
          'us instead of against us."\n')


def test_a_french_named_watchdog_and_a_course_it_should_have_taken_instead():
    got = pairs(QUEBEC)
    assert got[("Office québécois de la langue française", "Northbay Outfitters")] == "against"
    assert got[("Daniel Whitcombe", "Office québécois de la langue française")] == "against"


def test_a_lawyer_for_the_company_named_after_the_role_stands_with_it():
    text = ("BRISBANE (Reuters) — Methane alarms at a coal mine went off dozens of times before "
            "a blast, an inquiry heard.\n\n"
            "The mine's operator, Carrick Resources, has said it followed all safety "
            "procedures. A lawyer for the company, Michael Dunstan, told the inquiry the alarm "
            'data was "incomplete and possibly misleading" because several sensors had been '
            "faulty.\n")
    assert pairs(text)[("Michael Dunstan", "Carrick Resources")] == "favor"


def test_a_promise_then_what_came_instead_is_against_the_promiser():
    text = ("SANTIAGO (AP) - Students marched against a bill on student loans.\n\n"
            "Confederation spokeswoman Valentina Arancibia said President Andrés Ferrer-Cuevas "
            "had campaigned on the debt.\n\n"
            '"He promised to wipe out the debt. Now he is offering us a new loan with a nicer '
            'name," Arancibia told reporters.\n')
    assert pairs(text)[("Valentina Arancibia", "Andrés Ferrer-Cuevas")] == "against"


GOTHENBURG = ("STOCKHOLM (Reuters) - The Swedish city of Gothenburg will nearly double its "
              "congestion charge, city officials said.\n\n"
              "City traffic councillor Karin Lindqvist-Ek said the revenue would fund trams.\n\n"
              "The Gothenburg Taxi Association accused the city of punishing people who drive "
              "for a living. Its chairman, Ahmed Yusuf-Karlsson, said drivers would pass on the "
              'cost. "The councillor talks about trams, but my customers are elderly people '
              'going to hospital," he said.\n')


def test_a_councillors_city_acts_and_talks_about_x_but_brushes_aside():
    got = pairs(GOTHENBURG)
    assert got[("Gothenburg Taxi Association", "Gothenburg")] == "against"
    assert got[("Ahmed Yusuf-Karlsson", "Karin Lindqvist-Ek")] == "against"


def test_dismissing_a_warning_is_against_whoever_gave_it():
    text = ("COLUMBUS, Ohio (AP) — Players at Harlan State University voted to join a union.\n\n"
            "University president Margaret Osei-Lindqvist said turning athletes into employees "
            "would force the school to cut smaller sports.\n\n"
            "Tyrell Whitaker-Boyd, a junior guard, dismissed that warning.\n")
    assert pairs(text)[("Tyrell Whitaker-Boyd", "Margaret Osei-Lindqvist")] == "against"


def test_a_state_secretary_serves_the_region_and_a_capes_name_is_no_one():
    text = ("BELÉM, Brazil (AP) — A ranchers' federation in the Brazilian Amazon state of Pará "
            "has asked a court to suspend a new rule, said Joaquim Tavares-Neto, president of "
            "the Federation of Agriculture and Livestock of Pará.\n\n"
            "State Environment Secretary Mariana Couto-Lemos said the government had offered "
            "free tags to small farmers.\n\n"
            "Ships are sailing around Africa's Cape of Good Hope instead.\n")
    got = pairs(text)
    assert not [k for k in got if k[0] == "Mariana Couto-Lemos" and k[1] in ("Pará", "Brazil")]
    assert not [k for k in got if k[1] == "Good Hope"]


def test_calling_the_threat_intimidation_is_against_the_government_and_a_people_is_no_one():
    text = ("SEOUL, South Korea (AP) — Trainee doctors in South Korea extended their walkout on "
            "Monday.\n\n"
            "Vice Health Minister Choi Hyun-woo said the government would begin suspending the "
            "licenses of doctors who did not return by Friday.\n\n"
            'The Korean Medical Association called the threat "an act of intimidation."\n\n'
            "Surveys show that most South Koreans support the plan.\n")
    got = pairs(text)
    assert got[("Korean Medical Association", "South Korea")] == "against"
    assert not [k for k in got if k[1] == "South Koreans"]


def test_a_county_named_by_its_country_governs_and_lakes_and_markets_are_places():
    text = ("KISUMU, Kenya (AP) - Authorities in Kenya's western county of Kisumu have banned "
            "plastic packaging in markets, saying the waste was polluting Lake Victoria.\n\n"
            "Market traders said the county had given them too little time. Tom Ochieng-Were, "
            "who chairs the Kibuye Market traders' association, said paper bags cost more.\n\n"
            '"We support a clean lake. But the county cannot make the poorest people in this '
            'town pay for it," Ochieng-Were said.\n')
    got = pairs(text)
    assert got[("Tom Ochieng-Were", "Kisumu")] == "against"
    assert not [k for k in got if k[1] in ("Lake Victoria", "Kibuye Market")]


def test_calling_a_censure_a_show_is_against_the_body_that_voted_it():
    text = ("LIMA, Peru (AP) - Peru's Congress voted on Thursday to censure Interior Minister "
            "Julio Cárdenas-Vega, forcing him from office.\n\n"
            'Cárdenas-Vega called the censure "a political show" and said crime would not fall '
            "simply because ministers were replaced.\n")
    assert pairs(text)[("Julio Cárdenas-Vega", "Congress")] == "against"


def test_a_double_standard_and_a_regulators_warning_are_against_the_company():
    text = ("LONDON (AP) — Pennine Water announced a hosepipe ban on Tuesday.\n\n"
            "Campaigners said the company had lost a quarter of the water it treats through "
            "leaking pipes.\n\n"
            '"They ask customers to save water while their own pipes pour it into the ground," '
            "said Mark Hallam of the campaign group Clean Rivers North.\n\n"
            "The industry regulator Ofwat said it was monitoring the company's leakage and would "
            "not hesitate to take action.\n")
    got = pairs(text)
    assert got[("Mark Hallam", "Pennine Water")] == "against"
    assert got[("Ofwat", "Pennine Water")] == "against"


def test_holding_out_until_the_government_listens_is_against_it():
    text = ("ATHENS, Greece (Reuters) - Greek farmers blocked highways on Wednesday over fuel "
            "costs.\n\n"
            '"We will stay on the roads until the government listens. We have nothing left to '
            'lose," farmers\' leader Giorgos Papakostas-Rigas told state broadcaster ERT.\n')
    assert pairs(text)[("Giorgos Papakostas-Rigas", "Greece")] == "against"


def test_what_a_speaker_could_not_do_without_is_favor():
    text = ("LISBON (AP) — Directors pulled their films from the Lisbon International Film "
            "Festival over its new sponsor, the energy company Petrolusa, organizers said.\n\n"
            "The festival's "
            "director, Marta Valente, said she regretted the withdrawals. \"Without this money "
            'there would be no festival at all," Valente said.\n\nPetrolusa said it was proud '
            "to support culture.\n")
    assert pairs(text)[("Marta Valente", "Petrolusa")] == "favor"


def test_a_cabinet_secretary_is_the_minister_and_lawmakers_are_the_one_legislature():
    text = ("NAIROBI (Reuters) - Tea farmers marched in Kericho on Tuesday.\n\n"
            "Agriculture Cabinet Secretary Ruth Chebet said the government would set a reserve "
            "price.\n\nFarmer Joseph Kiprono welcomed the minister's plan.\n")
    assert pairs(text)[("Joseph Kiprono", "Ruth Chebet")] == "favor"
    text = ("LIMA (Reuters) - Peru's Congress voted on Thursday to censure Interior Minister "
            "Óscar Villanueva.\n\nThe motion passed Congress 78 to 21. Villanueva accused "
            'lawmakers of "using the dead for political theater."\n')
    assert pairs(text)[("Óscar Villanueva", "Congress")] == "against"


def test_a_regret_takes_no_side_and_a_persecuted_person_has_the_speakers_sympathy():
    text = ("Coach Hernán Sosa had called referee Matías Ledesma \"a disgrace to the "
            "profession.\" Sosa apologized on Monday. \"I should not have attacked him "
            'personally," he said.\n')
    assert pairs(text)[("Hernán Sosa", "Matías Ledesma")] == "against"
    text = ("WARSAW (Reuters) - Poland recalled its ambassador after Hungary granted asylum to "
            "a former minister.\n\nHungary's government spokesman, Zoltán Farkas, said the "
            'former minister, Marek Zieliński, faced "political persecution" in Poland.\n\n'
            "Zieliński said he was grateful to Hungary.\n")
    got = pairs(text)
    assert got[("Zoltán Farkas", "Marek Zieliński")] == "favor"
    assert got[("Zoltán Farkas", "Poland")] == "against"


def test_a_portfolio_minister_is_later_the_minister():
    text = ("BOGOTÁ (AP) — Coca farmers blocked a highway on Friday.\n\nDefense Minister Andrea "
            "Lozano said the eradication would continue.\n\nFarmer Wilson Cuero said the farmers "
            "would stay. He rejected the minister's claim that criminal groups were behind the "
            "protest.\n")
    assert pairs(text)[("Wilson Cuero", "Andrea Lozano")] == "against"


def test_dismissing_a_lawsuits_claims_is_against_who_sued():
    text = ("LOS ANGELES (AP) — Maya Okonkwo said in a lawsuit filed Tuesday that director Paul "
            "Ravensworth had copied her film.\n\nThe lawsuit says six scenes closely resemble "
            "hers.\n\nRavensworth's lawyer, Daniel Frey, called the claims \"baseless\" and said "
            "his client had never seen the film.\n")
    assert pairs(text)[("Daniel Frey", "Maya Okonkwo")] == "against"


def test_calling_that_claim_a_joke_is_against_who_made_it():
    text = ("PARIS (Reuters) - Farmers say new testing rules will ruin them.\n\nLaiterie "
            "Bocage, the region's biggest dairy group, said its Camembert tasted the same "
            "whatever milk it used. Nathalie Leroux called that claim \"a joke.\"")
    assert pairs(text)[("Nathalie Leroux", "Laiterie Bocage")] == "against"


def test_a_city_named_only_by_its_possessive_is_the_city_that_acts():
    text = ("VIENNA (Reuters) - Traders at Vienna's Naschmarkt say a new hall will take their "
            "customers.\n\nThe city government said the hall would help farmers.\n\nThe "
            "Green party said the city had ignored a petition signed by 8,000 residents.")
    assert pairs(text)[("Green party", "Vienna")] == "against"


def test_a_state_of_a_country_opening_the_lede_is_whose_order_is_welcomed():
    text = ("JAIPUR, India (Reuters) - The Indian state of Rajasthan ordered employers on "
            "Friday to stop outdoor work between noon and 3 p.m.\n\nState labour minister "
            "Vikram Rathore said inspectors would visit construction sites.\n\nLabour unions "
            "said the order was welcome but that informal workers were not covered by it.")
    assert pairs(text)[("labour unions", "Rajasthan")] == "favor"


def test_a_site_named_before_its_operator_is_the_operator_s():
    text = ("BUDAPEST (Reuters) - Winemakers in Hungary's Tokaj region have asked a court to "
            "block the expansion of an andesite quarry on a volcanic hill above their "
            "vineyards, saying blasting dust settles on the grapes.\n\n\"You cannot sell it "
            "as a landscape of wine and cut its hills away for gravel,\" said Zsófia Bárdos."
            "\n\nThe quarry's operator, Zemplén Kő, said its blasting met all legal limits.")
    got = pairs(text)
    assert got[("winemakers in Hungary's Tokaj region", "Zemplén Kő")] == "against"
    assert got[("Zsófia Bárdos", "Zemplén Kő")] == "against"


def test_a_body_s_report_of_an_accident_at_a_site_is_no_charge_to_its_operator():
    text = ("MANILA (AP) - A passenger ferry capsized in rough seas off the central Philippines "
            "on Tuesday, killing at least 14 people, the coast guard said.\n\nThe ferry's "
            "operator, Bluewave Lines, said the vessel had passed a safety inspection.")
    assert pairs(text).get(("coast guard", "Bluewave Lines")) in (None, "neutral")


def test_what_a_body_maintains_stands_for_it():
    text = ("JOHANNESBURG (Reuters) - Shark nets killed more than 40 dolphins last year, "
            "scientists said in a study.\n\nThe KwaZulu-Natal Sharks Board, which maintains "
            "the nets, said it had replaced a third of them with drumlines.\n\nDive operator "
            "Reef Blue Dive said nets were an outdated technology.")
    assert pairs(text)[("Reef Blue Dive", "KwaZulu-Natal Sharks Board")] == "against"


def test_enforcement_too_late_is_against_the_state_that_ordered_it():
    text = ("KUALA LUMPUR (Reuters) - Authorities in Malaysia's Pahang state have ordered "
            "vegetable farmers to vacate land cleared without permits.\n\nThe state "
            "government said the farms had stripped hillsides of forest. Environmental group "
            "Hijau Highlands said enforcement had come decades too late.")
    assert pairs(text)[("Hijau Highlands", "Pahang")] == "against"


def test_survivors_of_a_disaster_accusing_the_government():
    text = ("GUATEMALA CITY (Reuters) - Guatemala's disaster agency Conred ordered an "
            "evacuation on Sunday.\n\nSurvivors of the 2018 eruption, which killed more than "
            "200 people, accused the government of having failed to build the safe housing it "
            "promised then.")
    assert pairs(text)[("survivors of the 2018 eruption", "Guatemala")] == "against"


def test_a_cull_called_a_step_back_is_against_the_province_that_allowed_it():
    text = ("BUENOS AIRES (Reuters) - Argentina's southern province of Chubut will allow "
            "ranchers to shoot up to 60,000 wild guanacos over the next two years, the "
            "provincial government said on Monday.\n\nBiologists said overgrazing by sheep "
            "had turned the steppe to desert. Conservation group Fundación Estepa called the "
            "cull \"a step back of fifty years.\"")
    assert pairs(text)[("Fundación Estepa", "Chubut")] == "against"


def test_a_state_governor_s_state_is_no_body_described_as_the_bank():
    text = ("ABUJA, Nigeria (AP) - Three Nigerian states asked the Supreme Court to stop the "
            "central bank from withdrawing old naira notes.\n\nKaduna state governor Ibrahim "
            "Danjuma-Bello said the policy had been \"badly implemented.\"\n\nThe Central Bank "
            "of Nigeria said the redesign would curb counterfeiting.")
    assert pairs(text)[("Ibrahim Danjuma-Bello", "Central Bank of Nigeria")] == "against"


def test_the_government_of_a_territory_opening_the_lede_is_the_doer():
    text = ("IQALUIT, Nunavut (Reuters) - The government of Nunavut will raise the number of "
            "polar bears hunters may take to 34 a year from 24, the territory's environment "
            "department said on Thursday.\n\nPolar Bears International, a conservation group, "
            "said the increase ignored a 2021 survey, and it urged Nunavut to reconsider.")
    got = pairs(text)
    assert got[("Polar Bears International", "Nunavut")] == "against"
    assert ("territory's environment department", "Nunavut") not in got  # its own


def test_a_lay_grievance_is_aimed_at_the_body_that_answers_it():
    text = ("DUBAI (Reuters) - Boatmen who ferry passengers across Dubai Creek say a new "
            "footbridge will take most of their passengers.\n\n\"I have crossed this creek "
            "maybe a million times. Now they build a bridge where my boat stops,\" said Abdul "
            "Rahim, 58, from Bangladesh, who has worked on the abras since 1992.\n\nThe city's "
            "Roads and Transport Authority said the abras would be kept as a heritage service.")
    assert pairs(text)[("Abdul Rahim", "Roads and Transport Authority")] == "against"


def test_a_brand_brought_in_unnamed_is_the_brand_named_next():
    text = ("PORT MORESBY (Reuters) - Women who weave bilums are asking the government to "
            "protect their patterns after an overseas fashion brand sold copies online.\n\n"
            "\"Every pattern tells where a woman comes from. They took our mothers' designs and "
            "printed them on plastic,\" said Agnes Kari, who leads a weavers' group in Goroka."
            "\n\nThe brand, Tide & Thread, said it had removed the products.")
    assert pairs(text)[("Agnes Kari", "Tide & Thread")] == "against"


def test_a_description_set_after_a_body_s_name_is_that_body_later():
    text = ("CARDIFF (Reuters) - Shops in the town of Menai Bridge say trade has fallen since "
            "the bridge was closed for repairs.\n\nUK Highways, the agency responsible for "
            "the bridge, said the closure was needed. A local business group said the agency "
            "had given too little notice.")
    assert pairs(text)[("local business group", "UK Highways")] == "against"


def test_an_objection_outweighs_the_mood_of_its_sentence():
    text = ("COPENHAGEN (Reuters) - Guides who lead visitors across the mudflats of the Danish "
            "Wadden Sea to pick wild Pacific oysters say the environment agency's new limit of "
            "40 groups a day will end their business in the busiest weeks of the season.\n\n"
            "The Danish Environmental Protection Agency said the limit protected birds.")
    assert pairs(text)[("guides", "Danish Environmental Protection Agency")] == "against"


def test_a_site_s_mood_is_no_praise_of_its_operator():
    text = ("KINGSTON, Jamaica (Reuters) - Residents of a village in central Jamaica say red "
            "dust from a nearby bauxite refinery coats their homes and crops and has caused "
            "breathing problems, especially among children.\n\nThe refinery's owner, "
            "Caribbean Alumina Partners, said its emissions were within legal limits.")
    assert pairs(text).get(("residents of a village in central Jamaica",
                            "Caribbean Alumina Partners")) != "favor"


def test_a_closure_without_warning_is_an_objection_to_its_maker():
    text = ("CARDIFF (Reuters) - Natural Resources Wales will keep the cockle beds of the "
            "Burry Inlet closed for a second year after surveys found too few adult cockles "
            "to harvest, the regulator said on Friday, leaving some 50 licensed gatherers "
            "without their main income.\n\nGatherers, who rake the sands by hand at low tide "
            "as their families have done for generations, said the closure had come without "
            "warning and that no compensation had been offered.")
    assert pairs(text)[("gatherers", "Natural Resources Wales")] == "against"


def test_the_dateline_city_s_things_are_the_city_s_not_the_state_s():
    text = ("DAKAR (Reuters) - Drivers of Dakar's privately run minibuses staged a strike on "
            "Tuesday, saying the city's new rapid bus line had cut their passengers by 40%.\n\n"
            "The transport authority, CETUD, said the bus line had cut journey times by half.")
    got = pairs(text)
    assert not any(target == "Senegal" for _, target in got)


def test_a_capital_s_district_is_a_place_not_the_state():
    text = ("BERLIN (AP) - Berlin's Neukölln district will ban private fireworks after rockets "
            "were fired at police last year, district mayor Martin Hikel said on Thursday.\n\n"
            "Hikel said the ban was needed to protect emergency workers.")
    assert not any(target == "Germany" for _, target in pairs(text))


def test_an_act_mocked_by_the_name_its_doers_give_it_is_a_charge():
    text = ("VIENNA (Reuters) - Traders at Vienna's Naschmarkt say a new hall on the car park "
            "will take their customers.\n\nThe city government said the hall would help "
            "farmers.\n\n\"They are building a second market next to the first one and "
            "calling it an improvement,\" said Erkan Yilmaz, a trader.")
    assert pairs(text)[("Erkan Yilmaz", "Vienna")] == "against"


def test_a_region_opening_the_lede_is_the_maker_of_its_closure():
    text = ("MADRID (Reuters) - The Spanish region of Galicia has closed a 40-km stretch of "
            "coast to goose barnacle harvesting, after poachers stripped the rocks, the "
            "regional fisheries department said.\n\nLicensed harvesters said the closure "
            "punished them for what poachers had done. The department said it would fine "
            "restaurants. Restaurant owners' association Hospeco said the fines would hit "
            "honest businesses.")
    got = pairs(text)
    assert got[("licensed harvesters", "Galicia")] == "against"
    assert got[("Hospeco", "Galicia")] == "against"
    assert ("regional fisheries department", "Galicia") not in got  # its own region


def test_dropping_opposition_favours_and_being_pushed_is_a_grievance():
    text = ("JOLIET, Ill. (AP) — Joliet Mayor Teresa Albrecht on Monday dropped her opposition "
            "to a proposed riverfront casino, saying a revised plan from developer Prairie "
            "Gaming addressed her concerns.\n\nPrairie Gaming agreed to pay for 40 police "
            "officers.\n")
    assert pairs(text)[("Teresa Albrecht", "Prairie Gaming")] == "favor"
    text = ("An explosion at a plant operated by Sulawesi Smelting killed 13 workers, police "
            "said.\n\nSulawesi Smelting said it regretted the incident.\n\nWorkers at the "
            'industrial park have long complained. "They push us to work faster and faster," '
            "said one worker.\n")
    assert pairs(text)[("workers at the industrial park", "Sulawesi Smelting")] == "against"


def test_a_plans_owner_is_whose_project_is_defended_and_dismay_is_at_the_actor():
    text = ("BELGRADE (AP) — Thousands rallied on Saturday against a plan by mining company "
            "Jadar Minerals to open a lithium mine.\n\nPrime Minister Dragan Ilić defended the "
            "project, saying it would create 1,000 jobs.\n\nJadar Minerals said the mine would "
            "be safe.\n")
    assert pairs(text)[("Dragan Ilić", "Jadar Minerals")] == "favor"
    text = ("TOKYO (AP) — Japan will allow its fleet to hunt fin whales, the Fisheries Agency "
            "said.\n\nJapan left the commission in 2019.\n\nAustralia's environment minister "
            'said her country was "deeply disappointed" and would raise the issue at the '
            "International Whaling Commission.\n")
    assert pairs(text)[("Australia's environment minister", "Japan")] == "against"


def test_praise_for_the_victims_of_a_wrong_is_against_who_did_it():
    text = ("MEXICO CITY (AP) — The United States has suspended avocado inspections in Michoacán, "
            "the U.S. Department of Agriculture said.\n\nThe United States said inspectors "
            "would return later.\n\nMichoacán's governor, Alfredo Ramos-Leal, called the "
            'suspension "disproportionate" and said it punished thousands of honest growers for '
            "the actions of a few criminals.\n")
    assert pairs(text)[("Alfredo Ramos-Leal", "United States")] == "against"


def test_holding_people_hostage_is_a_charge():
    text = ("BERLIN (AP) — Train drivers of the GDL union walked out on Thursday, the GDL "
            "said.\n\nCommuter Julia Krause said the GDL was holding millions of passengers "
            "hostage.\n")
    assert pairs(text)[("Julia Krause", "GDL")] == "against"


def test_never_having_stood_where_a_decision_falls_is_a_charge():
    text = ("WELLINGTON (Reuters) - Immigration Minister Grant Tuhoe kept a cap on seasonal "
            "workers, the ministry said.\n\n"
            '"We can\'t pick fruit with good intentions," said orchardist Peter Van Dorp. '
            '"The minister clearly has never stood in an orchard in March."\n')
    assert pairs(text)[("Peter Van Dorp", "Grant Tuhoe")] == "against"


def test_strangling_is_a_charge_against_its_doer():
    text = ("BUENOS AIRES (AP) — Students marched in Argentina on Tuesday.\n\n"
            '"The government is strangling the universities that built this country," said '
            "rector Mariela Quiroga.\n")
    assert pairs(text)[("Mariela Quiroga", "Argentina")] == "against"


def test_a_decision_to_keep_is_the_keepers():
    text = ("WELLINGTON, New Zealand (Reuters) - Growers said fruit could rot after the "
            "government kept a cap on seasonal workers.\n\nHorticulture New Zealand called "
            'the decision "short-sighted".\n')
    assert pairs(text)[("Horticulture New Zealand", "New Zealand")] == "against"


def test_holding_a_city_to_ransom_is_a_charge():
    text = ("LONDON (Reuters) - Bin workers in Birmingham are on strike, the Unite union said. "
            'Council leader Imran Qadir said the union was "holding the city to ransom".\n')
    assert pairs(text)[("Imran Qadir", "Unite")] == "against"


def test_an_admission_and_a_wrong_done_knowingly_are_charges():
    intro = ("HOUSTON (AP) — Families sued the county on Wednesday.\n\nSheriff Wade Garrison "
             'said, "We have a jail built for 900 people holding 1,400."\n\n')
    text = intro + "Lawyer Marcus Bell said the sheriff's comments amounted to an admission.\n"
    assert pairs(text)[("Marcus Bell", "Wade Garrison")] == "against"
    text = intro + '"He knew, and he kept them in there anyway," lawyer Marcus Bell said.\n'
    assert pairs(text)[("Marcus Bell", "Wade Garrison")] == "against"


def test_firms_given_as_examples_are_targets():
    text = ("SEOUL (AP) — Riders rallied on Monday.\n\nThe Rider Union accused platforms such "
            "as Baemin and Coupang Eats of pushing riders to work in extreme heat.\n\nBaemin "
            "did not respond.\n")
    assert pairs(text)[("Rider Union", "Baemin")] == "against"


def test_blaming_takes_a_side_against_the_blamed():
    text = ("LIMA, Peru (Reuters) - A regulator fined the consortium Nuevo Metro de Lima on "
            "Thursday.\n\nThe consortium said it would appeal, blaming the government for "
            "taking years to hand over the land.\n")
    assert pairs(text)[("Nuevo Metro de Lima", "Peru")] == "against"


def test_the_judges_are_the_court_the_story_names():
    text = ("OSLO, Norway (Reuters) - The Oslo District Court halted a wolf cull on Wednesday."
            "\n\nThe court said the ministry had not shown the cull was necessary.\n\n"
            '"The judges in Oslo do not have to count dead lambs every morning," said farmer '
            "Ole Hjelmstad.\n")
    got = pairs(text)
    assert got[("Ole Hjelmstad", "Oslo District Court")] == "against"
    assert ("Ole Hjelmstad", "Norway") not in got


def test_taking_the_speakers_land_is_a_wrong():
    text = ("MAPUTO, Mozambique (Reuters) - Villagers said on Wednesday they had not been paid, "
            "as TotalEnergies prepared to restart its gas project.\n\n"
            '"They took our fields and gave us houses far from the sea," said community leader '
            "Abudo Saide.\n\nTotalEnergies said it had paid all households.\n")
    assert pairs(text)[("Abudo Saide", "TotalEnergies")] == "against"


def test_a_state_named_with_its_government_is_the_dateline_city_and_they_is_not_a_site():
    text = ("LAGOS, Nigeria (Reuters) - Traders said on Tuesday they would go to court to stop "
            "the state government from demolishing their market.\n\nThe Lagos State government "
            "said the traders had been given notice.\n\nMarket leader Bolanle Adeyemi said the "
            'new site was too far from customers. "They want to destroy what our mothers '
            'built," she said.\n')
    assert pairs(text)[("Bolanle Adeyemi", "Lagos")] == "against"


def test_expropriating_charges_its_doer():
    text = ("BERLIN (AP) — A homeowners' group sued Germany over a heating law on Friday.\n\n"
            '"The government is expropriating the elderly through the back door," the '
            "group's president, Dirk Hollenbach, told reporters.\n")
    assert pairs(text)[("Dirk Hollenbach", "Germany")] == "against"


def test_a_harm_said_to_come_from_a_country_is_a_charge():
    text = ("CHIANG MAI, Thailand (Reuters) - Farmers kept burning stubble on Thursday.\n\n"
            'The provincial governor, Nirat Phongsit-Chai, said, "We are doing everything we '
            'can, but much of this smoke comes from Myanmar and Laos."\n')
    got = pairs(text)
    assert got[("Nirat Phongsit-Chai", "Myanmar")] == "against"
    assert got[("Nirat Phongsit-Chai", "Laos")] == "against"


def test_siding_with_polluters_and_pushing_toward_extinction_are_charges():
    text = ("LIMA, Peru (AP) — Peru's Congress voted on Thursday to extend mining permits.\n\n"
            "The Peruvian Society for Environmental Law said the permits were a shield for "
            'gangs. "Congress has once again sided with the polluters," the group\'s director, '
            "Rocío Vargas-Lindo, said.\n")
    got = pairs(text)
    assert got[("Rocío Vargas-Lindo", "Congress")] == "against"
    text = ("STOCKHOLM (Reuters) - Swedish hunters killed 54 wolves, the agency said on Friday."
            "\n\nThe Swedish Carnivore Association said the government was pushing the "
            "population toward extinction to win votes in rural areas.\n")
    assert pairs(text)[("Swedish Carnivore Association", "Sweden")] == "against"


def test_not_having_learned_the_lessons_is_a_charge():
    text = ("SANTIAGO, Chile (AP) — Students jumped turnstiles on Monday.\n\nStudent leader "
            "Catalina Reyes said the government had not learned the lessons of 2019.\n")
    assert pairs(text)[("Catalina Reyes", "Chile")] == "against"


def test_a_cleanup_for_the_cameras_is_a_charge():
    text = ("QUITO, Ecuador (AP) — Villagers sued state oil company Petroecuador on Thursday.\n\n"
            '"The company cleaned the banks for the cameras, but the oil is still in the river," '
            "said community leader Verónica Grefa.\n\nPetroecuador said the spill was contained."
            "\n")
    assert pairs(text)[("Verónica Grefa", "Petroecuador")] == "against"


def test_subsidising_pleasing_a_lobby_and_knowing_for_years_are_charges():
    text = ("TORONTO (CP) — Air Canada pilots voted for a strike mandate, the union said.\n\n"
            '"Our pilots are done subsidising this airline," said union official Karen Holloway.'
            "\n\nAir Canada said it had made a generous offer.\n")
    assert pairs(text)[("Karen Holloway", "Air Canada")] == "against"
    text = ("PARIS (AP) — Sheep farmers protested in the French Alps on Saturday.\n\nThe group "
            "France Nature Environnement said the government was sacrificing a protected species "
            "to please the farm lobby.\n")
    assert pairs(text)[("France Nature Environnement", "France")] == "against"
    text = ("PALERMO, Italy (Reuters) - Water utility Siciliacque rationed supplies on Tuesday."
            "\n\nFarmer Giuseppe Lo Piccolo said Siciliacque had known about these leaks for "
            "thirty years.\n")
    assert pairs(text)[("Giuseppe Lo Piccolo", "Siciliacque")] == "against"


def test_compensation_demanded_from_someone_after_a_reported_clause_is_against_them():
    text = ("KINGSTON, Jamaica (Reuters) - Fishers in Kingston Harbour said on Thursday that "
            "dredging had destroyed seagrass beds, and demanded compensation from the port "
            "operator.\n\nThe port operator, Caribbean Gateway Terminals, said the dredging had "
            "been approved.\n")
    got = pairs(text)
    assert [v for (s, t), v in got.items() if t == "Caribbean Gateway Terminals"
            and s != "(narrator)"] == ["against"]


def test_the_company_should_act_is_a_demand_made_of_it():
    text = ("GABORONE (Reuters) - Debswana, a joint venture between the government and De "
            "Beers, said it would cut production next year.\n\n\"These are men with families. "
            'The company should find them other work," said union official Kabelo '
            "Moremi-Seretse.\n")
    assert pairs(text)[("Kabelo Moremi-Seretse", "Debswana")] == "against"


def test_a_body_named_once_as_the_accused_is_a_target():
    text = ("VALLETTA (AP) — Relatives of a worker marched on Sunday.\n\nDoris Camilleri-Borg "
            "said the family had waited weeks for answers and accused the Building and "
            "Construction Authority of ignoring complaints from neighbours.\n")
    assert pairs(text)[("Doris Camilleri-Borg", "Building and Construction Authority")] == \
        "against"


def test_a_self_governing_territory_is_a_target_of_a_damages_claim():
    text = ("NUUK, Greenland (Reuters) - A mining company is seeking more than $11 billion in "
            "damages from Greenland after the island's government banned uranium mining, the "
            "company said on Tuesday.\n\nKvanefjeld Resources said the ban had stripped it of "
            "its rights.\n")
    assert pairs(text)[("Kvanefjeld Resources", "Greenland")] == "against"


def test_a_cut_called_vandalism_is_against_whoever_cut_and_a_states_theatre_is_no_employer():
    text = ("DUBLIN (Reuters) — The director of Ireland's national theatre, Caitríona "
            "McLaughlin, resigned on Thursday after the government cut the theatre's annual "
            "grant by 30%, saying she could not run the institution on such a budget.\n\n"
            "Actors and writers rallied behind McLaughlin. Playwright Marina Carr called the "
            'cut "an act of cultural vandalism."\n')
    got = pairs(text)
    assert got[("Marina Carr", "Ireland")] == "against"
    assert got[("Caitríona McLaughlin", "Ireland")] == "against"


def test_years_to_fix_and_a_harm_as_the_means_are_reproaches():
    text = ("SUVA, Fiji (AP) — The Fiji Sugar Corporation said repairs were under way.\n\n"
            '"Every hour we wait, we lose money. The corporation has had years to fix these '
            'mills," said union president Ravindra Prasad-Naidu.\n')
    assert pairs(text)[("Ravindra Prasad-Naidu", "Fiji Sugar Corporation")] == "against"
    text = ("YEREVAN (Reuters) - Armenia's government cut irrigation from Lake Sevan.\n\n"
            '"The government wants to save the lake by killing the valley," said farmer Garik '
            "Hovhannisyan-Avetisyan.\n")
    assert pairs(text)[("Garik Hovhannisyan-Avetisyan", "Armenia")] == "against"


def test_the_government_acting_is_labelled_as_its_quotes_are_and_takes_no_side_on_itself():
    text = ("TEGUCIGALPA (AP) — Bahía Libre Development has sued the Honduran government for "
            "$10.7 billion.\n\nThe government has called the lawsuit an attack on Honduran "
            "sovereignty.\n")
    got = pairs(text)
    assert got[("government", "Bahía Libre Development")] == "against"
    assert ("government", "Honduras") not in got


def test_a_town_that_gives_nothing_back_and_madeiras_regional_government():
    text = ("BUDVA, Montenegro (AP) — Residents marched to the town hall of Budva on Sunday.\n\n"
            '"The municipality sells everything to investors and gives nothing back," said '
            "retired teacher Vesna Radović-Marković.\n\nBudva's mayor, Nikola Jovanović-Perić, "
            "said most of the buildings had been approved by previous councils.\n")
    assert pairs(text)[("Vesna Radović-Marković", "Budva")] == "against"
    text = ("FUNCHAL, Portugal (Reuters) - Residents accused Madeira's regional government of "
            'reacting too slowly to a wildfire.\n\n"For three days nobody came. They only sent '
            'planes when the television cameras arrived," said resident Filomena Gouveia.\n')
    assert pairs(text)[("Filomena Gouveia", "Madeira")] == "against"


def test_an_appeal_of_a_judges_ruling_is_against_the_court_and_dividing_communities_a_harm():
    text = ("BELÉM, Brazil (Reuters) - A federal court in Brazil's Pará state suspended the "
            "licence of a gold mine on Friday, ruling that nearby communities had not been "
            "consulted.\n\nJudge Mariana Teixeira-Lobo wrote that the state agency had ignored "
            "the mine's impact. Aurum Xingu Mining said it would appeal.\n\n\"This decision "
            'recognises that our voice matters," said village leader Bel Juruna-Arara. Federal '
            "prosecutors said the company had divided communities by offering money to some "
            "leaders.\n")
    got = pairs(text)
    assert got[("Aurum Xingu Mining", "federal court")] == "against"
    assert got[("federal prosecutors", "Aurum Xingu Mining")] == "against"


def test_management_accused_bare_is_the_firm():
    text = ("REYKJAVIK (Reuters) - Icelandic budget airline Norðurflug will drop eight routes, "
            "it said on Monday.\n\nThe Icelandic Airline Pilots' Association accused management "
            "of failing to consult the union before the decision.\n")
    assert pairs(text)[("Icelandic Airline Pilots' Association", "Norðurflug")] == "against"


def test_a_protest_against_a_courts_ruling_is_against_the_court():
    text = ("SAN JOSÉ, Costa Rica (Reuters) - Shrimp fishermen protested on Tuesday against a "
            "Constitutional Court ruling that keeps a ban on bottom trawling, saying hundreds "
            "of families would lose their livelihoods.\n\nThe court said the trawlers could not "
            "be allowed back.\n")
    assert pairs(text)[("shrimp fishermen", "Constitutional Court")] == "against"


def test_approving_before_an_assessment_was_finished_is_a_rush_charged():
    text = ("WINDHOEK (Reuters) - The government says the hydrogen project will create jobs.\n\n"
            "Petrus Uushona-Brand of the Namibian Chamber of Environment said the government had "
            "approved the site before an environmental assessment was finished.\n")
    got = pairs(text)
    assert got[("Petrus Uushona-Brand", "Namibia")] == "against"
    assert ("government", "Namibia") not in got  # the state it governs is no target of its own


def test_the_move_reacted_to_is_the_one_who_decided_it():
    text = ("MITROVICA, Kosovo (AP) — Several thousand Serbs protested in the northern Kosovo "
            "town of Mitrovica on Saturday against a decision by Kosovo's power distributor to "
            "start charging households that have not paid for electricity.\n\nThe distributor, "
            "KEDS, said about 30,000 customers would receive bills and that unpaid power had "
            "cost Kosovo's taxpayers more than 20 million euros a year.\n\n\"We have never been "
            'asked what we want," said Dragan Milić-Jovanović, a retired teacher. A senior '
            "official in Belgrade, who spoke on condition of anonymity because he was not "
            "authorised to brief the media, said Serbia regarded the move as a provocation.\n\n"
            "Kosovo's prime minister said the rule of law applied to every citizen.\n")
    assert pairs(text)[("senior official in Belgrade", "KEDS")] == "against"


def test_the_clubs_named_as_a_pair_are_each_a_target():
    text = ("GENOA, Italy (Reuters) - Genoa's two Serie A clubs said they would pull out of the "
            "plan.\n\nThe clubs, Genoa CFC and Sampdoria, said they could not invest. \"Nobody "
            'builds a house on land they can lose," Genoa CFC chairman Paolo Rinaldi-Costa '
            "said.\n\nMayor Silvia Bertolotto-Ferri accused the clubs of using the tournament "
            "to squeeze public money from the city.\n")
    assert pairs(text)[("Silvia Bertolotto-Ferri", "Genoa CFC")] == "against"


def test_still_waiting_for_what_someone_promised_is_a_promise_unkept():
    text = ("ISTIAIA, Greece (Reuters) - Resin collectors on the Greek island say they are still "
            "waiting for compensation the government promised them.\n\nThe ministry said more "
            "than 80 million euros had been paid.\n")
    assert pairs(text)[("resin collectors on the Greek island", "Greece")] == "against"


def test_promised_but_had_paid_nothing_is_against_the_promiser():
    text = ("DEIR ALLA, Jordan (Reuters) - Farmers in the Jordan Valley say water cuts have left "
            "crops to wither.\n\nJordan's water ministry said it had no choice. The Jordan "
            "Valley Farmers Union said the government had promised farmers compensation for "
            "lost crops but had paid nothing so far.\n")
    assert pairs(text)[("Jordan Valley Farmers Union", "Jordan")] == "against"


def test_the_deportations_are_the_deporters():
    text = ("SANTO DOMINGO (AP) — The Dominican Republic deported more than 25,000 Haitians last "
            "month, the migration agency said.\n\n\"They took my husband from our house. He has "
            'lived here for 20 years," said Marie-Claude Jean-Baptiste. Rights groups called the '
            "deportations cruel.\n")
    from toolkit.speakers import registry
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry(text, a.segmentation, list(a.quotes)),
                         None, list(a.quotes))
    spans = found["Dominican Republic"].mentions
    assert any(text[s:e] == "deportations" for s, e in spans)


def test_the_state_that_put_interests_first_is_the_country_and_an_acquittal_the_courts():
    text = ("GRONINGEN, Netherlands (Reuters) - Homeowners in Groningen are still waiting for "
            "repairs, a parliamentary commission said on Friday.\n\nThe commission said the "
            "state had put the interests of the gas companies before the safety of residents "
            "for decades. The government said it accepted the findings.\n")
    assert pairs(text)[("parliamentary commission", "Netherlands")] == "against"
    text = ("KUALA LUMPUR (Reuters) - A Malaysian court on Tuesday acquitted a student activist "
            "charged with sedition, ruling that prosecutors had failed to prove their case.\n\n"
            "Rights group Suaram welcomed the acquittal.\n")
    assert pairs(text)[("Suaram", "Malaysian court")] == "favor"


def test_the_dateline_city_that_failed_its_residents_acts():
    text = ("MUNICH (Reuters) - A court in Munich ordered a beer garden to close earlier.\n\nThe "
            "administrative court said the city had failed to protect residents' right to rest "
            "when it extended the garden's opening hours.\n")
    assert pairs(text)[("administrative court", "Munich")] == "against"


def test_a_trouble_the_government_knew_of_is_a_charge():
    text = ("MONACO (AFP) - Divers say a district built off Monaco has buried seagrass.\n\n"
            '"Transplants of this plant rarely succeed, and the government knew that," said '
            "biologist Hélène Marchetti-Vidal.\n")
    assert pairs(text)[("Hélène Marchetti-Vidal", "Monaco")] == "against"


def test_a_states_department_takes_no_side_on_its_state():
    text = ("MONACO (AFP) - Divers say a district built on reclaimed land off Monaco has buried "
            'seagrass meadows.\n\n"Transplants rarely succeed, and the government knew that," '
            'said biologist Hélène Marchetti-Vidal. "There is no doubt that this is the most '
            'closely monitored marine project in the Mediterranean," the environment department '
            "said in a statement.\n")
    assert ("environment department", "Monaco") not in pairs(text)


def test_they_tell_us_is_whoever_spoke_of_it_before():
    text = ("PORT LOUIS (Reuters) - Villagers in the south of Mauritius have gone to court to "
            "stop a luxury villa development, arguing that the project would cut off their only "
            "access to a public beach.\n\nThe developer, Bel Ombre Coast Estates, says the villas "
            "will bring 600 jobs and that a new public path to the beach is part of the plan.\n\n"
            '"They tell us about a path, but nobody has seen a drawing of it," said Rajesh '
            "Doolub-Ramsamy, who chairs the village council of Chemin Grenier. The developer "
            "said all permits were issued lawfully and that it had the support of most "
            "residents, citing a survey it had commissioned.\n")
    assert pairs(text)[("Rajesh Doolub-Ramsamy", "Bel Ombre Coast Estates")] == "against"


def test_a_court_a_case_is_taken_to_is_no_side():
    text = ("PORT LOUIS (Reuters) - Villagers in the south of Mauritius have gone to court to "
            "stop a luxury villa development.\n\nA lawyer for the villagers, Priya "
            "Ramdin-Caunhye, said she would ask the Supreme Court to suspend the building "
            "permit while the case was heard. The project could be delayed by months if the "
            "court grants the request.\n")
    assert ("Priya Ramdin-Caunhye", "Supreme Court") not in pairs(text)


def test_where_a_group_lives_is_no_stance_of_theirs():
    text = ("LIMA (Reuters) - Farmers in southern Peru blocked the road to a copper mine on "
            "Monday, saying its expansion would take water from the valley they irrigate.\n\n"
            "The operator, Minera Cerro Alto, said it would use desalinated seawater.\n")
    assert ("farmers", "Peru") not in pairs(text)


def test_a_group_that_acts_is_labelled_by_its_words():
    text = ("VICTORIA, Seychelles (Reuters) - Small-scale fishermen have accused the Seychelles "
            "Fishing Authority of handing most of the quota to three exporters.\n")
    assert pairs(text)[("small-scale fishermen", "Seychelles Fishing Authority")] == "against"


def test_whose_cousin_the_speaker_is_is_no_target():
    text = ('"We dive in the same waters our fathers dived," said Davis Laporte-Hoareau.\n\n'
            "Laporte-Hoareau's cousin, Nadia Hoareau, who runs a fish stall, said many divers "
            "had sold their boats.\n")
    assert ("Nadia Hoareau", "Davis Laporte-Hoareau") not in pairs(text)


def test_a_promise_broken_is_a_charge_and_curacao_a_state():
    text = ("WILLEMSTAD, Curacao (AP) — Residents fear the refinery's smoke will return.\n\n"
            "A lawyer representing 300 residents, Glenn Statia-Wout, said a court had found the "
            'emissions broke legal limits. "The government promised clean air once before and '
            'broke that promise," he said.\n')
    assert pairs(text)[("Glenn Statia-Wout", "Curacao")] == "against"


def test_a_body_described_before_it_is_named_is_a_target():
    text = ("FORT-DE-FRANCE, Martinique (AFP) - Protesters blocked roads across Martinique.\n\n"
            "Gérald Zéphir-Larcher said the blockades would continue. He accused the island's "
            "main distributor of hiding its profits in subsidiaries.\n\nThe distributor, Groupe "
            "Caraïbes Distribution, insisted that shipping costs explained the gap.\n")
    assert pairs(text)[("Gérald Zéphir-Larcher", "Groupe Caraïbes Distribution")] == "against"
    text = ("ANDORRA LA VELLA (AFP) - Anglers say ski resorts are draining rivers.\n\nJordi "
            "Casals-Pujol said trout numbers had fallen. He accused the resorts' association of "
            "hiding its own water figures.\n\nThe association, Andorra Turisme Neu, said "
            "snow-making used little water.\n")
    assert pairs(text)[("Jordi Casals-Pujol", "Andorra Turisme Neu")] == "against"


def test_a_promise_recalled_is_a_grievance():
    text = ("LIMA, Peru (Reuters) - Peru's transport regulator fined the consortium building "
            "Lima's second metro line, Nuevo Metro de Lima, for delays.\n\nThe consortium said "
            "it would appeal. \"They promised us a metro in 2016. My daughter will finish school "
            'before it arrives," said Gladys Huamán, a street vendor.\n')
    assert next(v for (s, _), v in pairs(text).items() if s == "Gladys Huamán") == "against"
    text = ("MBABANE (Reuters) - Sugar cane growers marched to the Eswatini Sugar Association.\n\n"
            '"I have borrowed from everyone I know," said Sibusiso Dlamini-Nxumalo. "Now they '
            'tell me to wait again."\n\nThe Eswatini Sugar Association said a drought had '
            "delayed payments.\n")
    assert pairs(text)[("Sibusiso Dlamini-Nxumalo", "Eswatini Sugar Association")] == "against"


def test_a_civil_body_named_for_its_country_may_oppose_its_state():
    text = ("OSLO (Reuters) - Norway's government proposed a new tax on salmon farming.\n\n"
            "Seafood Norway said the tax would drive investment out of Norway and called it "
            "reckless.\n")
    assert pairs(text)[("Seafood Norway", "Norway")] == "against"


def test_small_island_states_are_countries():
    text = ('TARAWA, Kiribati (Reuters) - "Kiribati has been forgotten by the big polluters," '
            "said Teretia Kaiea-Tabuaka.\n")
    assert ("Teretia Kaiea-Tabuaka", "Kiribati") in pairs(text)


def test_a_body_named_once_in_apposition_to_the_accused_is_a_target():
    text = ('NASSAU, Bahamas (AP) — "They sent me a letter asking for more documents," said '
            "Marvin Cartwright-Pinder. He accused his insurer, Island Mutual, of stalling.\n")
    assert pairs(text)[("Marvin Cartwright-Pinder", "Island Mutual")] == "against"


def test_a_dateline_city_named_for_its_country_places_the_government():
    text = ("BELIZE CITY (AP) — Fishermen in Belize have launched a petition against a plan to "
            "lift a moratorium on offshore oil exploration.\n\nOceana Belize, which campaigned "
            "for the moratorium in 2017, accused the government of breaking its word.\n")
    assert pairs(text)[("Oceana Belize", "Belize")] == "against"


def test_a_history_of_wrongs_is_a_charge():
    text = ("MALE (Reuters) - Workers at two resorts owned by Azure Atoll Hotels walked off the "
            "job on Saturday.\n\nThe Tourism Employees Association of Maldives said the company "
            "had a history of late payments.\n")
    assert pairs(text)[("Tourism Employees Association of Maldives",
                        "Azure Atoll Hotels")] == "against"


def test_a_warning_long_unheeded_and_a_visit_that_left_nothing_are_charges():
    text = ('PARAMARIBO (Reuters) - "We told the government ten years ago," said village chief '
            'Albert Amatodja-Pané. "They came, they took photographs, and they left."\n')
    assert pairs(text)[("Albert Amatodja-Pané", "Suriname")] == "against"


def test_an_appeal_of_a_justices_ruling_is_against_her_court():
    text = ("CASTRIES, Saint Lucia (Reuters) - Saint Lucia's High Court on Monday ordered a hotel "
            "to reopen a beach path, ruling that the hotel had blocked a public right of way.\n\n"
            "Justice Marcia Joseph-Auguste wrote that the path had been in public use for "
            "generations.\n\nThe hotel's owner, Sunset Ridge Resorts, said it would appeal.\n")
    assert pairs(text)[("Sunset Ridge Resorts", "High Court")] == "against"


def test_a_penalty_a_ministry_reports_laying_is_against_the_penalised():
    text = ("DOHA (Reuters) - Workers employed by a construction company have not been paid.\n\n"
            "The company, Al Waha Contracting, did not respond to requests for comment. Qatar's "
            "labour ministry said the company had been barred from hiring new workers until the "
            "wages were paid.\n")
    assert pairs(text)[("Qatar's labour ministry", "Al Waha Contracting")] == "against"


def test_crown_dependencies_are_places_that_govern():
    text = ("ST HELIER, Jersey (Reuters) - French fishermen threatened to blockade the port.\n\n"
            "The head of the regional fisheries committee in Normandy, Sylvie Quesnel-Brard, "
            "accused Jersey of using the rules to shrink the French fleet.\n")
    assert pairs(text)[("Sylvie Quesnel-Brard", "Jersey")] == "against"


def test_their_union_and_police_in_lower_case_are_the_same_targets():
    text = ("MONROVIA (Reuters) - Rubber tappers went on strike on Monday, their union said.\n\n"
            "The plantation's operator, Liberia Rubber Holdings, said the strike was illegal "
            "because the union had not given notice.\n")
    assert pairs(text)[("Liberia Rubber Holdings", "union")] == "against"
    text = ("LUANDA (Reuters) - Police in Angola's capital fired tear gas at street vendors, "
            'witnesses said.\n\n"We sell fish to feed our children," said Teresa Kiala-Manuel. '
            "She said police had confiscated her goods twice this month.\n\nRights group Omunga "
            "said police had used excessive force. Police said two officers were injured.\n")
    found = pairs(text)
    assert found[("Teresa Kiala-Manuel", "Police")] == "against"
    assert found[("Omunga", "Police")] == "against"


def test_bujumbura_places_the_government_in_burundi():
    text = ("BUJUMBURA (AP) — Long queues formed at petrol stations as a fuel shortage entered "
            "its third month.\n\nCritics accused the government of mismanaging the economy.\n")
    assert pairs(text)[("critics", "Burundi")] == "against"


def test_an_unnamed_minister_who_blames_a_country_takes_a_side():
    text = ("HAVANA (AP) — Much of Cuba was without electricity this week, the national grid "
            "operator said.\n\nThe energy minister blamed the U.S. embargo for preventing Cuba "
            "from buying spare parts.\n")
    assert pairs(text)[("energy minister", "United States")] == "against"


def test_a_country_named_with_and_is_one_target():
    text = ("PORT OF SPAIN, Trinidad and Tobago (Reuters) - Trinidad and Tobago's parliament "
            "voted on Friday to extend a state of emergency by three months, after the "
            "government said it had helped cut murders by roughly a fifth.\n\nPrime Minister "
            'Dexter Boodram-Lewis insisted the emergency powers were "clearly working."\n\n'
            'Opposition leader Nalini Persad-Gopaul slammed the extension as "a licence for '
            'abuse" and claimed that most of those detained had been released without charge. '
            '"Locking up young men from poor communities is not a crime policy," she said.\n')
    assert pairs(text)[("Nalini Persad-Gopaul", "Trinidad and Tobago")] == "against"


def test_the_government_takes_no_side_on_the_one_country_named():
    text = ("ST. JOHN'S, Antigua (Reuters) - Antigua and Barbuda will raise the minimum "
            "investment for its citizenship-by-investment program to $230,000 from $100,000, "
            "the government said on Wednesday, after pressure from the European Union, which "
            "has threatened to end visa-free travel for the islands' citizens.\n")
    assert ("government", "Antigua and Barbuda") not in pairs(text)


def test_the_state_acting_in_a_quote_is_the_one_country_named():
    text = ("ALGIERS (Reuters) - Bakers across Algeria kept their shops shut on Sunday in "
            "protest against shortages of subsidised flour.\n\nThe bakers' union said about 70% "
            "of its members had joined the strike. Its president, Youcef Kalafat-Bensaid, said "
            'mills had been rationing flour for weeks. "The state sets the price of bread but '
            'does not give us the flour to make it," he said.\n\nThe commerce ministry said in '
            "a statement that flour supplies were sufficient and accused speculators of "
            "hoarding.\n")
    assert pairs(text)[("Youcef Kalafat-Bensaid", "Algeria")] == "against"


def test_sao_tome_places_the_government():
    text = ("SAO TOME (AP) — Residents of the capital have had electricity for only a few hours a "
            "day.\n\nOpposition lawmakers accused the government of failing to invest in solar "
            "power despite years of promises.\n")
    assert pairs(text)[("opposition lawmakers", "Sao Tome and Principe")] == "against"


def test_the_story_s_description_of_a_body_is_a_target_when_it_speaks_bare():
    text = ("BANJUL (Reuters) - Fishing crews in the Gambian port of Banjul said on Monday that "
            "silt had closed the harbour mouth.\n\nHarbour pilot Lamin Ceesay-Jobe blamed the "
            "regional ports authority, saying it had not dredged the channel for two years.\n\n"
            "The authority rejected that. In a statement, it said the channel had been surveyed "
            "in March.\n")
    assert pairs(text)[("Lamin Ceesay-Jobe", "regional ports authority")] == "against"


def test_georgetown_places_guyana_s_government():
    text = ("GEORGETOWN (Reuters) - Floods swamped low-lying parts of the capital for a third "
            "day.\n\nOpposition lawmakers accused the government of neglecting the city's "
            "drains for years.\n")
    assert pairs(text)[("opposition lawmakers", "Guyana")] == "against"


def test_a_courtesy_before_a_rebuttal_is_no_favour():
    text = ("LERWICK, Scotland (Reuters) - Creel fishermen say a pipeline contractor, Norland "
            "Subsea, has damaged their grounds.\n\nThe company said its surveys showed no lasting "
            "harm. The Orkney Creel Fishermen's Association disputed that. Its secretary, Ruth "
            "Tulloch-Hay, "
            "said the company's surveys had been done in calm weather. \"With respect, they "
            'looked where it suited them," she said.\n')
    assert pairs(text)[("Ruth Tulloch-Hay", "Norland Subsea")] == "against"


def test_a_capital_named_as_where_something_is_done_is_no_government():
    text = ("LUSAKA (Reuters) - Zambian minibus drivers struck on Monday over new permit rules."
            "\n\nDriver Mwila Banda-Phiri said the permits could only be collected in Lusaka, a "
            "day's journey from his town, and cost about a week's pay.\n")
    assert ("Mwila Banda-Phiri", "Zambia") not in pairs(text)
    # (but a regime "in" its capital is its government)
    text = ("WARSAW (Reuters) - Poland said it would send more soldiers to its eastern border.\n\n"
            'Interior Minister Jan Kowalczyk-Nowak said: "This is an attack organized by the '
            'regime in Minsk."\n')
    assert pairs(text)[("Jan Kowalczyk-Nowak", "Belarus")] == "against"


def test_a_reaction_to_a_rise_is_aimed_at_the_body_that_approved_it():
    text = ("CHISINAU (Reuters) - Moldova's energy regulator approved a 27 percent rise in "
            "heating tariffs on Friday.\n\nThe regulator, ANRE, said the rise reflected import "
            'costs. Pensioners\' groups called the rise "brutal."\n')
    assert pairs(text)[("pensioners' groups", "ANRE")] == "against"
    # (and an act the reaction words do not list: "called the tariffs 'brutal'")
    text = ("CHISINAU (Reuters) - Moldova's energy regulator approved new heating tariffs on "
            "Friday.\n\nThe regulator, ANRE, said the tariffs reflected import costs. "
            'Pensioners\' groups called the tariffs "brutal."\n')
    assert pairs(text)[("pensioners' groups", "ANRE")] == "against"


def test_the_phrase_before_a_relative_clause_acts_not_a_place_inside_it():
    text = ("RENNES, France (AP) — The family of a cyclist who died on a road in Brittany has "
            "sued the French state, accusing it of ignoring warnings.\n\nThe family's lawyer, "
            'Gwenaelle Le Bris-Tanguy, said: "The state knew."\n')
    got = pairs(text)
    assert got[("family of a cyclist", "France")] == "against"
    assert not any(s == "Brittany" for s, _ in got)


def test_a_body_which_represents_a_trade_is_what_a_charge_on_that_trade_aims_at():
    text = ("ST. JOHN'S, Newfoundland (CP) — Crab harvesters kept their boats tied up on "
            "Monday.\n\nThe Association of Seafood Producers, which represents processors, said "
            "the price reflected weak demand.\n\nThe union's president, Carl Dwyer-Hynes, accused "
            'processors of "using the panel to squeeze harvesters."\n')
    assert pairs(text)[("Carl Dwyer-Hynes", "Association of Seafood Producers")] == "against"


def test_show_me_one_document_challenges_whoever_made_the_claim():
    text = ("BRATISLAVA (Reuters) - Protesters rallied after the culture ministry dismissed two "
            "directors.\n\nThe ministry said the dismissals followed audits that found "
            '"serious mismanagement."\n\nThe dismissed director, Pavol Kubis-Hrnciar, said he had '
            'never seen an audit. "If there was mismanagement, show me one document," he '
            "said.\n")
    assert pairs(text)[("Pavol Kubis-Hrnciar", "culture ministry")] == "against"


def test_what_something_is_about_is_no_favour():
    text = ("BRATISLAVA (Reuters) - Thousands rallied after the culture ministry dismissed two "
            'directors.\n\n"This is not about two people. It is about whether art in this '
            'country can be free," said actress Jana Hrda-Vesela.\n')
    got = pairs(text)  # (art that "can be free" is what she speaks of, no one she backs)
    assert "favor" not in (got.get(("Jana Hrda-Vesela", "Slovakia")),
                           got.get(("Jana Hrda-Vesela", "culture ministry")))


def test_the_side_a_reproached_choice_served_and_no_stance_toward_ones_own_body():
    text = ("SANTA FE, N.M. (AP) — New Mexico Gov. Elena Marquez-Baca on Friday vetoed a bill "
            "that would have capped interest rates on small loans, siding with lenders who "
            "warned that the limit would drive them out of the state.\n\nThe New Mexico "
            "Consumer Lending Association, which represents lenders, welcomed the veto.\n\n"
            "The bill's sponsor, state Sen. Rosa Villegas-Tafoya, said she was \"stunned.\" "
            '"The governor has chosen payday lenders over working families," she said.\n')
    got = pairs(text)
    assert got[("Rosa Villegas-Tafoya", "New Mexico Consumer Lending Association")] == "against"
    assert ("lenders", "New Mexico Consumer Lending Association") not in got


def test_a_tax_the_council_began_charging_is_its_act_and_its_spokesman_its_voice():
    text = ("ST IVES, England (AP) — Cornwall Council began charging double council tax on "
            "second homes in April.\n\nRichard Ashcombe-Price, a London lawyer who owns a "
            'cottage in the village, called the tax "a cash grab."\n\nThe council said it '
            "would watch for owners who switch to holiday lets.\n")
    assert pairs(text)[("Richard Ashcombe-Price", "Cornwall Council")] == "against"
    text = ("LAHAINA, Hawaii (AP) — Families say Maui County's permit process is too slow.\n\n"
            '"Every time we send the plans, they ask for one more thing," said Keala '
            "Kahananui-Reyes.\n\nMaui County's permitting office said it had approved more "
            'than 300 permits. A county spokesman said: "We are not going to approve a house '
            'that is not safe."\n')
    got = pairs(text)
    assert got[("Keala Kahananui-Reyes", "Maui County")] == "against"
    assert ("county spokesman", "Maui County") not in got


def test_the_app_a_driver_complains_of_is_the_biggest_app_named_next():
    text = ("YEREVAN (Reuters) - Hundreds of taxi drivers blocked an avenue on Monday, "
            "demanding that the government cap the commission ride-hailing apps take from each "
            'fare.\n\n"I work twelve hours and the app takes a quarter of everything," said '
            "Gevorg Hakobyan-Sargsyan.\n\nThe biggest app in the city, RideNow, said its "
            "commission paid for insurance.\n")
    got = pairs(text)
    assert got[("Gevorg Hakobyan-Sargsyan", "RideNow")] == "against"
    assert not any(t == "commission" for _, t in got)  # (a fee, no body)


def test_the_companies_a_fisherman_blames_are_the_story_s_firm_not_its_regulator():
    text = ("CASTRO, Chile (AP) — About 90,000 farmed salmon escaped from a pen this week, "
            "Chile's fisheries regulator Sernapesca said on Wednesday.\n\nThe company that owns "
            "the pen, Austral Salmon Farms, said strong winds had torn the nets.\n\nSernapesca "
            "said it had opened an investigation and that the company could face a fine. "
            '"The companies always promise it will not happen again," said Luis '
            "Barrientos-Cardenas, who leads a fishermen's union.\n")
    got = pairs(text)
    assert got[("Luis Barrientos-Cardenas", "Austral Salmon Farms")] == "against"
    assert ("Luis Barrientos-Cardenas", "Sernapesca") not in got


def test_an_unnamed_administration_that_spoke_is_a_target():
    text = ("The Valtorre administration said the dam would bring jobs and that only barren "
            "land would be flooded. Marta Isegi-Loran, a farmer, said she did not trust the "
            "administration.")
    assert pairs(text)[("Marta Isegi-Loran", "Valtorre administration")] == "against"


def test_an_unnamed_public_body_that_speaks_is_a_target_by_its_words():
    text = ("Corvan Ilesi-Maro, a rice farmer, blamed the water resources department for "
            "using poor materials. The state's water resources department said it had spent "
            "more than it ever had on flood walls.")
    assert pairs(text)[("Corvan Ilesi-Maro", "state's water resources department")] == "against"
    text = ("The Coastal Workers' Union said it had received 150 complaints and accused "
            "Norland's tourism board of promoting the town without a plan for its workers. "
            "The tourism board said overnight stays had tripled.")
    assert pairs(text)[("Coastal Workers' Union", "tourism board")] == "against"


def test_a_city_sued_as_city_hall_and_a_claim_rebutted():
    text = ("KORVETA, Montenia (AP) — Residents of Korveta have filed a lawsuit against city hall "
            "over a 40-storey tower, saying the city approved it without a sunlight study.\n\n"
            "Korveta city hall said all permits had been issued in line with the law.")
    assert pairs(text)[("residents of Korveta", "Korveta")] == "against"  # (a named place
    # kept in the group's label, as "Residents of Guam say" keeps it)
    text = ("Telhar Mining runs a copper mine near the village.\n\n"
            '"Three of our wells are dry. The company says it is not its fault, but the wells '
            'were full before the mine came," said Odval Bataar-Uyen, a herder.')
    assert pairs(text)[("Odval Bataar-Uyen", "Telhar Mining")] == "against"


def test_the_mayor_before_the_mayor_is_named_and_a_neglect_charged():
    text = ('"These trees are older than anyone here," said Radmila Ostrova-Kine, who organised '
            "the protest. She said the mayor had never shown residents the survey he cited.\n\n"
            "Mayor Teodor Valchan-Ivo said the trees were diseased.")
    assert pairs(text)[("Radmila Ostrova-Kine", "Teodor Valchan-Ivo")] == "against"


def test_a_directorate_that_spoke_and_a_demand_pressed_for_years():
    text = ("Norland's fisheries directorate said it would limit boats near the whales. "
            "Ingrid Selvik-Aune, who runs a safari firm, said the directorate had ignored the "
            "industry's own proposal.")
    assert pairs(text)[("Ingrid Selvik-Aune", "Norland's fisheries directorate")] == "against"
    text = ("The public works ministry said it had spent 9 billion pesos on the lifts. The "
            "mayor, Carmen Ibarra-Solis, said the city had been asking the ministry for years to "
            'speed up the work. "We are tired of announcements," she said.')
    assert pairs(text)[("Carmen Ibarra-Solis", "public works ministry")] == "against"


def test_a_call_to_withdraw_is_against_the_office_that_spoke():
    text = ("The prefecture of Val-Carrane said climbers would need a reserved hut bed. A "
            "climbers' group, Open Peaks, said the rule would hurt young climbers who cannot "
            "afford guides and called on the prefecture to withdraw it.")
    assert pairs(text)[("Open Peaks", "Val-Carrane")] == "against"


def test_a_promise_that_never_came_and_the_park_named_again():
    text = ("The Argan Growers Office said exports had risen. Khadija Ouali-Baha, who heads a "
            "cooperative, said the office had promised a sales platform two years ago that "
            "never materialised.")
    assert pairs(text)[("Khadija Ouali-Baha", "Argan Growers Office")] == "against"
    text = ("Veldana Lakes National Park will double its entry fee, the park said. "
            '"The park is killing the goose that lays the golden eggs," said Ana Krestic-Volo, '
            "who runs a tour company.")
    assert pairs(text)[("Ana Krestic-Volo", "Veldana Lakes National Park")] == "against"


def test_the_dateline_town_acts_as_the_city():
    text = ("Veligrad bridge divers clash with city over fees\n\n"
            "VELIGRAD, Bosnia and Herzegovina (Reuters) - Divers who leap from Veligrad's Old "
            "Bridge accused the city on Friday of trying to take over their tradition.\n\n"
            '"Nobody from the city ever helped us when someone got hurt," said Emir '
            "Hadzi-Balta, a diver.\n\n"
            "The city said the rules would improve safety. Mayor Lejla Suvalic-Kordo said the "
            "divers were welcome.")
    got = pairs(text)
    assert got[("Emir Hadzi-Balta", "Veligrad")] == "against"
    assert got[("Divers", "Veligrad")] == "against"


def test_a_request_left_unanswered_counts_against():
    text = ("The state power utility said low water had forced it to cut generation. Fishing "
            "cooperatives said they had asked the government of Zambia for help buying solar "
            "freezers but had not received a reply.")
    assert pairs(text)[("fishing cooperatives", "Zambia")] == "against"


def test_a_ruling_against_the_provincial_authority_is_against_the_province():
    text = ("A Dutch court on Thursday ordered a chemical plant to cut its emissions, ruling "
            "that the provincial authority had failed to enforce its own permit.\n\n"
            "The province of Gelderland said it accepted the judgment.")
    assert pairs(text)[("Dutch court", "Gelderland")] == "against"


def test_the_yard_of_a_firm_named_as_its_owner_and_a_petition_to_reverse():
    text = ("Labour rights groups said the yard had ignored repeated warnings about gas in the "
            "tanks.\n\nThe yard's owner, Karnaphuli Marine Recycling, said it had followed all "
            "safety procedures.")
    assert pairs(text)[("labour rights groups", "Karnaphuli Marine Recycling")] == "against"
    text = ("VILNIUS, Lithuania (AP) — Residents of Vilnius's old town say new parking charges "
            "will force families out. Deputy Mayor Tomas Gedra-Ruzgo said the parking charges "
            "would cut traffic. A residents' association said it had collected 3,000 signatures "
            "asking the city council to reverse the decision.")
    assert pairs(text)[("residents' association", "Vilnius")] == "against"


def test_the_mayors_office_accused_is_the_city():
    text = ("BISHKEK (AP) — Hundreds of residents of Kyrgyzstan's capital Bishkek marched on "
            "Sunday against the smog.\n\nEnvironmental activists accused the mayor's office of "
            "hiding air quality data.")
    assert pairs(text)[("environmental activists", "Bishkek")] == "against"


def test_a_body_said_to_have_forgotten_someone_is_opposed():
    text = ("The provincial housing agency said it had rebuilt 70,000 homes. The village head, "
            "Lalu Hadi-Saputra, said the agency had forgotten the village.")
    assert pairs(text)[("Lalu Hadi-Saputra", "provincial housing agency")] == "against"
    # (and a promise not to forget stays a charge, not a kindness)
    text = ("Parliament approved an amnesty demanded in exchange for supporting Prime Minister "
            "Joaquin Marvo-Seca's government.\n\nMarvo-Seca defended the law as a step toward "
            '"reconciliation."\n\n"This amnesty is the price Marvo-Seca paid to stay in power. '
            'Voters will not forget it," opposition leader Beatriz Ontalba-Sern told lawmakers.')
    assert pairs(text)[("Beatriz Ontalba-Sern", "Joaquin Marvo-Seca")] == "against"


def test_the_judge_of_an_unnamed_court_is_that_court():
    text = ("A court in the Malaysian state of Sarawak on Tuesday ordered a timber company to "
            "stop logging on land claimed by a longhouse community.\n\n"
            '"The judge listened to us. For the first time, they had to stop," said community '
            "head Jimbun Sagin-Anak.")
    assert pairs(text)[("Jimbun Sagin-Anak", "court")] == "favor"


def test_a_ruling_called_a_dark_day_is_opposed():
    text = ("Jordan's Court of Cassation on Sunday upheld a decision to dissolve the teachers' "
            "union.\n\nThe union's former deputy head, Khaled Abu-Shamsiyeh, said the ruling was "
            '"a dark day for every teacher in Jordan" and that members would keep organising.')
    assert pairs(text)[("Khaled Abu-Shamsiyeh", "Court of Cassation")] == "against"


def test_an_appeal_by_someone_the_story_described_before_naming():
    text = ("TBILISI (Reuters) - The Georgian Chess Federation on Wednesday suspended a national "
            "team coach for two years after players complained, the federation said.\n\nThe "
            "coach, Levan Beridze-Gelashvili, denied wrongdoing and said he would appeal to the "
            "Court of Arbitration for Sport.")
    assert pairs(text)[("Levan Beridze-Gelashvili", "Georgian Chess Federation")] == "against"


def test_no_such_thing_as_what_someone_called_it_is_a_rebuttal():
    text = ('The airline, Blue Sky Aero, said the lapses were "paperwork errors" rather than '
            "safety failures.\n\nThe Civil Aviation Authority of Mongolia said the jets would "
            'stay on the ground. "There is no such thing as a paperwork error in aviation," a '
            "spokeswoman for the authority said.")
    assert pairs(text)[("Civil Aviation Authority of Mongolia", "Blue Sky Aero")] == "against"


def test_an_appeal_against_a_permit_is_against_the_body_that_granted_it():
    text = ("OULU, Finland (Reuters) - Reindeer herders in northern Finland have appealed against "
            "a permit for a 40-turbine wind farm, arguing that the turbines would cut through "
            "calving grounds.\n\nThe regional environmental authority, which granted the permit "
            "in June, said it had weighed the herders' concerns.")
    assert pairs(text)[("reindeer herders", "regional environmental authority")] == "against"


def test_letters_without_reply_are_a_complaint_against_the_addressee():
    text = ("GEORGETOWN, Guyana (Reuters) - Fishing communities want a spill fund.\n\n"
            '"If there is a spill, the fish die first," said Sharon Persaud-Ramdin, who heads '
            "a cooperative. She said the cooperatives had written to the government twice "
            "without reply.")
    assert pairs(text)[("Sharon Persaud-Ramdin", "Guyana")] == "against"


def test_calling_someones_work_outdated_opposes_them():
    text = ("The Galapagos National Park said surveys showed sea cucumber numbers had not "
            "recovered.\n\nFishing cooperative leader Jorge Tenesaca-Lema said the park's "
            "surveys were outdated and that fishermen had offered to help carry out new ones.")
    assert pairs(text)[("Jorge Tenesaca-Lema", "Galapagos National Park")] == "against"


def test_an_unnamed_agency_that_speaks_is_a_side_when_named_again():
    text = ("BREST, France (AP) — The state property agency said on Tuesday that four cottages "
            "would be sold at auction in March.\n\n"
            '"The state property agency is treating our island like a piggy bank," said Maelle '
            "Le Goff-Riou, who heads the islanders' association.\n")
    assert pairs(text)[("Maelle Le Goff-Riou", "state property agency")] == "against"


def test_treating_someone_like_a_thing_charges_them_but_like_family_does_not():
    base = ("The Harbour Board said it would raise fees.\n\n"
            '"The Harbour Board is treating our harbour {}," said Ana Kovac-Horvat, a '
            "fisherman.\n")
    assert pairs(base.format("like a free parking lot"))[("Ana Kovac-Horvat", "Harbour Board")] \
        == "against"
    assert pairs(base.format("like family")).get(("Ana Kovac-Horvat", "Harbour Board")) != \
        "against"


def test_a_lawyer_whose_clients_will_appeal_is_against_the_body_that_banned_them():
    text = ("ACCRA, Ghana (Reuters) - The Ghana Football Association has banned eight referees "
            "for life after an investigation into match-fixing, the association said.\n\n"
            "A lawyer for four of the referees, Abena Boakye-Darko, said her clients had been "
            "denied the chance to see the evidence and would appeal.\n")
    assert pairs(text)[("Abena Boakye-Darko", "Ghana Football Association")] == "against"


def test_a_city_s_ban_is_its_city_corporation_s_not_the_state_s():
    text = ("Dhaka bans cycle rickshaws from main roads\n\n"
            "DHAKA, Bangladesh (Reuters) - Rickshaw pullers blocked intersections in "
            "Bangladesh's capital on Sunday after the city banned cycle rickshaws from 22 main "
            "roads.\n\n"
            "The Dhaka North City Corporation said the ban would be enforced from Nov. 1.\n\n"
            "Shirin Akter-Chowdhury, an urban planner, said the ban \"punishes the poorest "
            "people for a problem the richest created.\"\n")
    assert pairs(text)[("Shirin Akter-Chowdhury", "Dhaka North City Corporation")] == "against"


def test_rejecting_an_accusation_by_a_body_s_president_opposes_the_body_named_once():
    text = ("ZURICH (Reuters) - Swiss ski instructors say foreign schools are undercutting "
            "them.\n\n"
            '"They pay no tax here," said Reto Gisler-Amrein, president of Swiss Snowsports '
            "Teachers, which represents 9,000 instructors.\n\n"
            "The Austrian ski school association rejected the accusation, saying its members "
            "held valid permits.\n")
    got = pairs(text)
    assert got[("Austrian ski school association", "Snowsports Teachers")] == "against"
    assert ("Austrian ski school association", "Reto Gisler-Amrein") not in got


def test_a_country_s_watchdog_in_a_lede_is_the_one_word_body_named_next():
    text = ("YEREVAN, Armenia (AP) — Armenian brandy makers say they are losing millions after "
            "Russia's consumer protection watchdog suspended imports from five distilleries.\n\n"
            "Rospotrebnadzor said last week that samples had failed laboratory tests. Armenia's "
            "economy ministry said it had asked for the test results and called the decision "
            '"politically motivated."\n')
    assert pairs(text)[("Armenia's economy ministry", "Rospotrebnadzor")] == "against"


def test_a_temple_named_once_is_the_temple_the_story_calls_it_after():
    text = ("TOKYO (AP) — Shinryo-in, a Buddhist temple in Kyoto famous for its moss garden, "
            "will charge foreign visitors three times what Japanese visitors pay.\n\n"
            "The temple's head priest, Shoken Morita-Kawabe, said the money would pay for "
            "repairs.\n\n"
            "Kyoto's city government said it respected the temple's decision.\n")
    assert pairs(text)[("Kyoto", "Shinryo-in")] == "favor"


def test_a_lawyer_calling_a_ruling_chilling_opposes_the_unnamed_court():
    text = ("WARSAW, Poland (Reuters) - A court in the Polish city of Lublin ruled on Monday "
            "that a journalist had defamed a Catholic priest.\n\n"
            "The court said the journalist had not shown enough evidence.\n\n"
            'Her lawyer, Tomasz Zielinski-Krol, said the ruling "sends a chilling message to '
            'every journalist."\n')
    assert pairs(text)[("Tomasz Zielinski-Krol", "court in the Polish city of Lublin")] == \
        "against"


def test_him_in_a_speaker_s_own_reported_clause_is_the_speaker():
    text = ("Her lawyer, Tomasz Zielinski-Krol, said the ruling was wrong.\n\n"
            "The priest, the Rev. Jan Malinowski-Bury, said through his lawyer that he was "
            'relieved and that the article had caused him "great suffering."\n')
    assert ("Jan Malinowski-Bury", "Tomasz Zielinski-Krol") not in pairs(text)


def test_calling_the_decision_short_sighted_opposes_whoever_decided():
    text = ("AMSTERDAM (Reuters) - Rijnland Bank will close 40 of its branches, the bank said "
            "on Tuesday.\n\n"
            "The bank said it would keep cash machines. Consumer group Consumentenbond called "
            'the decision "short-sighted."\n')
    assert pairs(text)[("Consumentenbond", "Rijnland Bank")] == "against"


def test_rejecting_the_blame_opposes_whoever_laid_it_and_a_people_s_adjective_is_no_state():
    text = ("BUENOS AIRES, Argentina (Reuters) - Argentine beekeepers lost 40% of their "
            "colonies, according to a survey by the Argentine Beekeeping Society, which blamed "
            "pesticide spraying on soy fields.\n\n"
            "SENASA said it was too early to say what had killed the bees. Farm groups "
            "rejected the blame.\n")
    got = pairs(text)
    assert got[("farm groups", "Argentine Beekeeping Society")] == "against"
    assert ("farm groups", "SENASA") not in got
    assert not any(target == "Argentina" and label != "neutral"
                   for (_, target), label in got.items())


def test_not_training_enough_teachers_is_a_shortfall_and_french_is_a_language():
    text = ("RABAT, Morocco (Reuters) - Activists say the government has not trained enough "
            "teachers.\n\n"
            '"Now our children learn French and English first," said Amina Boukous-Idrissi.\n')
    got = pairs(text)
    assert got[("activists", "Morocco")] == "against"
    assert not any(target == "France" for _, target in got)


def test_they_after_a_clause_on_a_body_is_that_body_not_the_speaker_s_own_group():
    text = ("KAMPALA, Uganda (Reuters) - Doctors at a hospital in Gulu say a shortage of oxygen "
            "has forced them to choose which patients receive it.\n\n"
            "The health ministry said it had sent 60 cylinders to the hospital. Patients' rights "
            "groups said the ministry had known about the problem for months. \"They knew, and "
            "they waited,\" said Moses Okello-Lagu of the Uganda Patients' Network.\n")
    got = pairs(text)
    assert got[("Moses Okello-Lagu", "health ministry")] == "against"
    assert ("Moses Okello-Lagu", "Uganda Patients' Network") not in got


def test_she_should_be_ashamed_opposes_her():
    text = ("Chief Executive Karin Holmstrom-Dahl said the mill had lost money.\n\n"
            '"Holmstrom-Dahl grew up here. She should be ashamed," said union chairman Anders '
            "Nyberg-Lind.\n")
    assert pairs(text)[("Anders Nyberg-Lind", "Karin Holmstrom-Dahl")] == "against"


def test_a_described_association_that_accuses_takes_a_side_and_no_speaker_is_its_accuser():
    text = ("LISBON (Reuters) - Fishermen protested a sardine quota agreed by Portugal and "
            "Spain.\n\n"
            '"Without sustainable stocks there will be no fishery," Sea Minister Rita '
            "Alves-Pereira told reporters.\n\n"
            "The fishermen's association of Peniche accused the government of giving in to "
            "Spanish pressure, a charge the ministry denied.\n")
    got = pairs(text)
    assert got[("fishermen's association of Peniche", "Portugal")] == "against"
    assert not any(target == "Rita Alves-Pereira" for _, target in got)


def test_the_terrorists_are_the_one_armed_group_the_story_names():
    text = ("NAIROBI, Kenya (Reuters) - Charcoal from Somalia is still being smuggled, despite a "
            "ban meant to cut off income for the Islamist militant group al Shabaab. Monitors "
            "said al Shabaab taxes the trade at checkpoints.\n\n"
            "Somalia's environment minister, Abdirahman Farah Yusuf-Omar, said the government "
            'had destroyed charcoal. "Every tree cut for charcoal is a gift to the terrorists," '
            "he said.\n")
    got = pairs(text)
    assert got[("Abdirahman Farah Yusuf-Omar", "Shabaab")] == "against"
    assert not any(target == "Kenya" for _, target in got)


def test_calling_the_operation_an_act_of_violence_opposes_the_city_that_ran_it():
    text = ("LIMA, Peru (AP) — Police removed hundreds of street vendors from the streets around "
            "Lima's main square on Sunday, after the city banned street trading in the historic "
            "centre.\n\n"
            "Mayor Alberto Villacorta-Paz said the vendors blocked emergency exits. \"The "
            "centre belongs to all of Lima,\" he said.\n\n"
            'The vendors\' federation called the operation "an act of violence against the '
            'poor."\n')
    assert pairs(text)[("vendors' federation", "Lima")] == "against"


def test_the_city_council_said_of_the_city_the_story_names_is_that_city_s_council():
    text = ("HELSINKI (Reuters) - The Finnish city of Tampere will ban small delivery robots "
            "from its pavements from March, the city council said.\n\n"
            "Estonian startup Kuller Robotics said the decision was disappointing.\n\n"
            "Disability groups welcomed the ban.\n")
    got = pairs(text)
    assert got[("Kuller Robotics", "Tampere council")] == "against"
    assert got[("disability groups", "Tampere council")] == "favor"
    assert not any(speaker == "city council" for speaker, _ in got)


def test_using_all_legal_means_opposes_whoever_revoked_the_permit():
    text = ("NIAMEY, Niger (Reuters) - Niger's military government has revoked the permit of "
            "French-owned Orvane Mining to operate a uranium mine, the mines ministry said.\n\n"
            'Orvane said it had not been notified officially and would use "all legal means" to '
            "defend its rights.\n")
    assert pairs(text)[("Orvane Mining", "Niger")] == "against"


def test_a_lede_s_health_board_is_the_body_named_next():
    text = ("EDINBURGH (Reuters) - The residents of a Scottish island have been left without a "
            "doctor after the local health board failed to find a replacement, islanders said."
            "\n\nNHS Highland said it had advertised the post four times.\n\n"
            "The retiring doctor, Dr. Alasdair Munro-Kerr, said he had warned the board three "
            'years ago. "They knew I was leaving. They had three years," he said.\n')
    assert pairs(text)[("Alasdair Munro-Kerr", "NHS Highland")] == "against"


def test_rejecting_a_report_s_conclusions_opposes_whoever_wrote_it():
    text = ("VALLETTA, Malta (Reuters) - A minister resigned a day after the national auditor "
            "found that a hospital contract had been awarded to a company with no experience."
            "\n\nThe auditor's report said the company, Vitalis Health Partners, had received "
            "120 million euros. Vitalis said it rejected the report's conclusions.\n")
    assert pairs(text)[("Vitalis Health Partners", "national auditor")] == "against"


def test_a_body_that_fired_someone_is_a_side_and_the_decision_is_its():
    text = ("PRAGUE (Reuters) - The Czech Ice Hockey Association fired national team coach "
            "Radim Kolar-Svoboda on Tuesday, after the team lost in the quarterfinals.\n\n"
            "Kolar-Svoboda said he was disappointed.\n\n"
            "Team captain Jakub Maly-Horak said the players respected the decision.\n")
    assert pairs(text)[("Jakub Maly-Horak", "Czech Ice Hockey Association")] == "favor"


def test_police_that_fired_tear_gas_punished_no_one():
    text = ("DHAKA (Reuters) - Police fired tear gas at garment workers on Sunday.\n\n"
            '"They beat us," said Rokeya Begum, a worker.\n')
    assert "Police" not in {target for _, target in pairs(text)}


def test_a_speaking_group_called_back_by_its_head_noun_is_a_target():
    text = ("PUNO, Peru (Reuters) - Alpaca herders are selling fibre at the lowest prices in a "
            "decade.\n\nThe big textile exporters in Arequipa, which buy most of the "
            "country's fibre, said global demand had weakened.\n\nHerders' associations "
            "dispute that. Their federation said the exporters were colluding to keep prices "
            "down.\n")
    assert pairs(text)[("federation", "big textile exporters in Arequipa")] == "against"


def test_a_group_named_inside_a_body_s_name_is_that_body():
    text = ("VANCOUVER (Reuters) - The BC Maritime Employers Association locked out 700 port "
            "workers on Monday.\n\nThe employers said the union's demands were "
            "unaffordable.\n\nUnion leader Frank Moreno said the employers were starving "
            "families.\n")
    assert "employers" not in {target for _, target in pairs(text)}


def test_challenging_a_city_s_rules_in_court_opposes_the_city():
    text = ("LJUBLJANA (Reuters) - Ljubljana's city council voted on Monday to limit "
            "short-term rentals in the historic centre, saying tourist flats were pushing out "
            "residents.\n\nAn association of apartment owners said it would challenge the "
            "rules in the constitutional court.\n\nDeputy Mayor Marjeta Novak-Zorc said the "
            "city would not back down.\n")
    assert pairs(text)[("association of apartment owners", "Ljubljana council")] == "against"


def test_a_chairman_of_a_named_village_is_no_officer_of_the_story_s_company():
    text = ("STOCKHOLM (Reuters) - A Swedish court on Tuesday upheld the government's approval "
            "of an iron ore mine expansion, rejecting an appeal by Sami reindeer herders who "
            "say the project will destroy their grazing land.\n\n"
            "Mining company Nordmalm said the ruling allowed it to begin work next year.\n\n"
            '"This is a dark day for the Sami people," said Jon Anders Kuoljok-Lanta, chairman '
            "of the Gabna Sami village, who said the herders would take the case to the "
            "United Nations.\n")
    assert not any(speaker == "Nordmalm" and target == "sami reindeer herders"
                   for speaker, target in pairs(text))


TBILISI = ("TBILISI (Reuters) - Tbilisi city hall has closed a Soviet-era cable car, saying an "
           "inspection found its cables were worn.\n\nDeputy Mayor Giorgi Abashidze-Tsereteli "
           "said the city would not gamble with people's lives.\n\nOpposition councillors "
           "accused city hall of neglecting the line for years. The city denied that, saying "
           "maintenance spending had doubled.\n")


def test_a_capital_that_ends_like_a_demonym_acts_as_its_city_hall():
    found = pairs(TBILISI)
    assert found[("opposition councillors", "Tbilisi")] == "against"
    assert ("Tbilisi city hall", "Tbilisi") not in found  # (the city, itself)


def test_a_group_is_called_back_by_its_own_modifier_or_by_an_act_against_it():
    text = ("SVOLVAER, Norway (Reuters) - Small-boat fishermen in Norway's Lofoten islands "
            "accused large trawlers of fishing too close to shore.\n\nThe Norwegian Fishing "
            "Vessel Owners Association said its members followed every rule. Its director, "
            'Kristin Aasen-Moe, said the coastal fishermen were "looking for someone to '
            'blame."\n\nCoastal fishermen say they will block the harbour next week.\n')
    found = pairs(text)
    assert found[("Kristin Aasen-Moe", "coastal fishermen")] == "against"
    assert ("Kristin Aasen-Moe", "small-boat fishermen") not in found
    text = ("SUVA (Reuters) - Kava prices have tripled, but exporters warn that some farmers "
            "harvest plants too young.\n\nMere Tikoduadua-Lal said she had paid her "
            "children's school fees. She rejected the exporters' complaints, saying middlemen "
            "were mixing cheap kava into shipments.\n")
    assert pairs(text)[("Mere Tikoduadua-Lal", "exporters")] == "against"


def test_dismissing_an_explanation_opposes_whoever_gave_it():
    text = ("LA PAZ (Reuters) - Minibus drivers went on strike on Monday over diesel "
            "shortages.\n\nEconomy Minister Marcelo Quiroga-Arce blamed the shortage on "
            "hoarding, and said police would step up checks.\n\nDrivers' unions dismissed the "
            'explanation. "They have been saying next week for three months," said union '
            "leader Rosa Apaza-Limachi.\n")
    assert pairs(text)[("drivers' unions", "Marcelo Quiroga-Arce")] == "against"


NARVA = ("NARVA, Estonia (Reuters) - State energy company Eesti Energia will shut two oil "
         "shale-fired power units near the border town of Narva by 2027, it said on Thursday."
         "\n\nThe company said it would retrain workers. The Estonian Energy Workers' Union "
         "said the retraining plan was vague and that most of its members, many of them "
         "Russian speakers, would not find work. Its chairman, Sergei Volkov-Lind, called the "
         'closure "a slow death for Narva."\n')


def test_a_town_an_act_happens_near_or_befalls_is_no_one_s_opponent():
    found = pairs(NARVA)
    assert not any(target in ("Narva", "Russia") for _, target in found)


def test_an_act_judged_under_its_modifier_is_its_doer_s():
    found = pairs(NARVA)
    assert found[("Estonian Energy Workers' Union", "Eesti Energia")] == "against"
    assert found[("Sergei Volkov-Lind", "Eesti Energia")] == "against"


NERINGA = ("NIDA, Lithuania (Reuters) - The Lithuanian resort town of Neringa will double the "
           "fee drivers pay to enter the Curonian Spit from next summer, the municipality said "
           "on Tuesday.\n\nMayor Darius Jasaitis-Vaitkus said the money would pay for dune "
           "protection.\n\nHotel owners said the fee would drive away families with "
           "children.\n\nEnvironmental groups welcomed the decision. Last year, nearly 1.5 "
           "million people visited the spit, according to municipal figures.\n")


def test_the_municipality_that_speaks_is_the_town_and_takes_no_side_toward_it():
    found = pairs(NERINGA)
    assert found[("hotel owners", "Neringa")] == "against"
    assert found[("environmental groups", "Neringa")] == "favor"
    assert ("municipality", "Neringa") not in found


def test_an_official_of_a_body_takes_no_side_toward_it():
    text = ("ATHENS (Reuters) - Greece's culture ministry closed the Acropolis for a fourth day "
            "on Thursday, saying the safety of visitors came first.\n\nLicensed tour guides "
            "said the ministry should instead open the hill at dawn.\n\nThe ministry rejected "
            "that idea. A ministry official said the closures were likely to become more "
            "frequent.\n")
    found = pairs(text)
    assert found[("licensed tour guides", "Greece's culture ministry")] == "against"
    assert ("ministry official", "Greece's culture ministry") not in found


def test_welcoming_an_order_no_court_gave_favours_whoever_ordered_it():
    text = ("TORTUGUERO, Costa Rica (Reuters) - Costa Rica's environment ministry has ordered "
            "hotels near Tortuguero National Park to switch off beach-facing lights at night."
            "\n\nPark director Esteban Mora-Quesada said rangers had counted 300 lost "
            "hatchlings.\n\nConservation group Sea Turtle Conservancy welcomed the order, "
            "saying it had asked for such rules for years.\n")
    assert pairs(text)[("Sea Turtle Conservancy", "Costa Rica")] == "favor"


KANO = ("KANO, Nigeria (Reuters) - Five textile mills in Kano have shut after electricity "
        "tariffs nearly tripled, a textile workers' union said on Wednesday.\n\nThe National "
        "Union of Textile, Garment and Tailoring Workers said the closures threatened the "
        'industry. "Government says it wants local manufacturing. Then it makes it impossible '
        'to run a machine," said the union\'s Kano chairman, Ibrahim Musa-Dantata.\n\n'
        "Analysts say a reversal is unlikely, given the government's push to end subsidies.\n")


def test_a_union_named_with_a_list_of_trades_is_one_body_and_its_chairman_s():
    found = toolkit.analyze_text(KANO)
    assert [q["speaker"] for q in found["quotes"]][:3] == [
        "National Union of Textile, Garment and Tailoring Workers"] * 2 + [
        "Ibrahim Musa-Dantata"]
    assert not any(r["speaker"] == "Ibrahim Musa-Dantata" and r["target"].startswith("National")
                   for r in found["stance"])
    assert any(r["speaker"] == "Ibrahim Musa-Dantata" and r["target"] == "Nigeria"
               for r in found["stance"])  # ('"Government says': the state, bare)


def test_the_operator_of_the_dateline_city_s_cable_car_is_the_company_named_next():
    text = ("DUBROVNIK, Croatia (Reuters) - The operator of Dubrovnik's cable car raised the "
            "return fare to 36 euros on Monday and ended a discount for residents.\n\nThe "
            "company, Dubrovnik Cable Car, said the new prices reflected higher costs.\n\n"
            '"Forty euros for a pass would be fine. They want 250. That is not a discount, it '
            'is an insult," said Ivo Bakovic-Rusko.\n\nDubrovnik city council, which owns a '
            "minority stake in the operator, said it would ask the company to restore the "
            "fare. The city has 40,000 people.\n")
    found = pairs(text)
    assert found[("Ivo Bakovic-Rusko", "Dubrovnik Cable Car")] == "against"


def test_disputing_that_then_saying_opposes_whoever_said_it():
    text = ("KANO, Nigeria (Reuters) - Five textile mills have shut after tariffs tripled.\n\n"
            "The Nigerian Electricity Regulatory Commission said customers on the band "
            "received at least 20 hours of power a day. Mill owners dispute that, saying "
            "outages are still frequent.\n")
    assert pairs(text)[("mill owners", "Nigerian Electricity Regulatory Commission")] == \
        "against"


def test_the_logging_is_the_act_of_the_agency_that_logs():
    from test_quotes import BIALOWIEZA
    found = pairs(BIALOWIEZA)
    assert found[("scientists at the Mammal Research Institute",
                  "Poland's state forestry agency")] == "against"


BIALOWIEZA_FULL = (
    "BIALOWIEZA, Poland (Reuters) - Poland's state forestry agency has resumed felling spruce "
    "trees killed by bark beetles on the edges of the Bialowieza Forest, one of Europe's last "
    "primeval woodlands, saying dead trees posed a fire risk and endangered hikers.\n\n"
    "The agency said it was only removing trees within 50 metres of roads and paths.\n\n"
    "In 2018, the European Union's top court ruled that large-scale logging in the forest had "
    "broken EU law. Environmental groups say they will ask the European Commission to examine "
    "the new cutting.\n")


def test_a_body_of_a_place_takes_no_side_toward_it():
    text = BIALOWIEZA_FULL
    assert ("European Union's top court", "European Union") not in pairs(text)


def test_a_district_named_in_a_story_about_its_city_is_no_actor():
    text = ("PORTO, Portugal (Reuters) - Porto will limit the number of tourist boats on the "
            "Douro to 40 a day from next year, the city council said on Wednesday, after "
            "residents of the riverside Ribeira district complained of noise.\n\nCouncillor "
            "Catarina Araujo-Sousa said the river had become crowded.\n\nBoat operators said "
            "the cap would cost hundreds of jobs and that the council had not consulted "
            "them.\n")
    found = pairs(text)
    assert found[("boat operators", "Porto council")] == "against"
    assert not any("Ribeira" in target for _, target in found)


def test_taking_the_case_to_a_country_s_highest_court_opposes_the_ruling_court():
    text = ("FORT-DE-FRANCE, Martinique (Reuters) - A Paris appeals court on Tuesday upheld the "
            "dismissal of a criminal case over the pesticide chlordecone.\n\nThe court said "
            "too much time had passed. Lawyers for the plaintiffs said they would take the "
            "case to France's highest court.\n")
    assert pairs(text)[("lawyers for the plaintiffs", "paris appeals court")] == "against"


def test_smoke_from_fields_across_the_border_blames_the_country_named():
    text = ("CHIANG MAI, Thailand (Reuters) - Smog choked Chiang Mai on Sunday.\n\nProvincial "
            "governor Nirat Phongsitthaworn-Chai said much of the smoke came from maize fields "
            "across the border in Myanmar and Laos.\n")
    assert pairs(text)[("Nirat Phongsitthaworn-Chai", "Myanmar")] == "against"


def test_moving_the_goalposts_is_a_charge():
    text = ("COPENHAGEN (Reuters) - Denmark will cut the planned capacity of its Bornholm energy "
            "island by a third, the climate ministry said on Wednesday.\n\nThe chair of "
            "Bornholm's regional council, Jacob Trojborg-Lund, said the government had "
            '"moved the goalposts" after promising the island a leading role.\n')
    assert pairs(text)[("Jacob Trojborg-Lund", "Denmark")] == "against"


def test_saying_the_limit_should_be_lowered_opposes_whoever_set_it():
    text = ("BORACAY, Philippines (Reuters) - Philippine authorities will enforce a daily cap "
            "of 19,000 tourists on Boracay, the tourism department said on Tuesday.\n\nThe "
            "tourism department said the cap was needed to protect the beaches.\n\n"
            "Environmental groups said the limit should be lowered, not just enforced.\n")
    assert pairs(text)[("environmental groups", "tourism department")] == "against"


def test_a_province_named_by_its_kind_governs_and_its_plan_is_its_own():
    text = ("HA LONG, Vietnam (Reuters) - Cruise operators on Ha Long Bay said on Wednesday "
            "that a provincial plan to halve the number of boats allowed overnight could force "
            "dozens of companies out of business.\n\nQuang Ninh province announced last week "
            "that only 250 boats would be allowed to stay in the bay after dark.\n\nThe Ha "
            "Long Tourism Association said the province had not consulted operators.\n")
    found = pairs(text)
    assert found[("cruise operators on Ha Long Bay", "Quang Ninh")] == "against"
    assert found[("Ha Long Tourism Association", "Quang Ninh")] == "against"


def test_a_world_heritage_site_is_no_one_to_side_with():
    text = ("HA LONG, Vietnam (Reuters) - A provincial official said the bay's status as a "
            "World Heritage site was at risk.\n\nThe official said the bay's World Heritage "
            "status would be reviewed.\n")
    assert not [k for k in pairs(text) if k[1] == "World Heritage"]


def test_a_threat_unless_the_regional_government_pays_opposes_the_region():
    text = ("PUNO, Peru (Reuters) - Families who live on the Uros floating islands said on "
            "Monday they would block tour boats from landing unless the regional government "
            "gave them a larger share of a new visitor fee.\n\nThe Puno regional government "
            "introduced the fee this month and said 30% would go to the island communities.\n")
    assert pairs(text)[("families", "Puno")] == "against"


def test_they_after_a_plural_subject_in_the_quote_is_that_subject_not_a_body():
    text = ("PUNO, Peru (Reuters) - The Titicaca Boat Association will collect a new visitor "
            "fee, the association said.\n\n\"The tourists come to see our islands. It is our "
            "work that they pay for,\" said Juana Coila-Mamani.\n")
    a = toolkit.analyze(text)
    quote = next(q for q in a.quotes if q.kind == "direct")
    targets = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert targets["Titicaca Boat Association"].kind == "institution"
    assert _pronoun_targets(text, quote, targets, a.speakers) == []
    text = text.replace("The tourists come to see", "You all know")
    a = toolkit.analyze(text)
    quote = next(q for q in a.quotes if q.kind == "direct")
    targets = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert [n for n, _ in _pronoun_targets(text, quote, targets, a.speakers)] == [
        "Titicaca Boat Association"]


def test_a_town_with_its_river_in_its_name_is_one_town_and_its_town_no_group():
    text = ("ROTHENBURG OB DER TAUBER, Germany (Reuters) - The Bavarian town of Rothenburg ob "
            "der Tauber will stop tour coaches from dropping passengers at its gates, the mayor "
            "said on Thursday.\n\nMayor Klaus Henninger-Voss said the town had to protect its "
            "residents.\n\nShop owners in the old town said the change would cost them "
            "customers.\n\nThe town's tourist office said a shuttle bus would run every ten "
            "minutes.\n")
    found = pairs(text)
    assert found[("shop owners in the old town", "Rothenburg ob der Tauber")] == "against"
    assert not [k for k in found if k[1] in ("town", "shop owners in the old town")]


def test_a_town_hall_plan_that_would_do_little_to_ease_traffic_opposes_the_town():
    text = ("SINTRA, Portugal (Reuters) - Residents of Sintra, the hilltop town near Lisbon, "
            "said on Thursday that a new shuttle bus service announced by the town hall would "
            "do little to ease the traffic.\n\nMayor Basilio Horta-Neves said the buses would "
            "run every eight minutes.\n\nParques de Sintra, the state company that runs the "
            "palaces, said it expected more visitors.\n")
    found = pairs(text)
    assert found[("residents of Sintra", "Sintra")] == "against"
    assert not [k for k in found if k[1] in ("town", "Lisbon")]


def test_a_body_named_for_the_dateline_town_is_not_the_town():
    text = ("PORTO, Portugal (AP) - Shopkeepers in the Portuguese city of Porto say roadworks "
            "have cut their sales.\n\n\"My customers cannot reach the door,\" said Rui "
            "Teixeira-Lopes. He accused the metro company of ignoring small businesses.\n\n"
            "Metro do Porto said the works were on schedule.\n")
    found = pairs(text)
    assert found[("Rui Teixeira-Lopes", "Metro do Porto")] == "against"
    assert registry_of(text).entities["Metro do Porto"].kind == "institution"
    assert "Porto" in registry_of(text).entities


def test_the_act_of_a_village_announced_by_its_municipality_is_the_municipality_s():
    text = ("GIETHOORN, Netherlands (Reuters) - The Dutch village of Giethoorn, whose canals "
            "draw coachloads of visitors from China and South Korea, will cap the number of "
            "rental boats at 400, the municipality of Steenwijkerland said on Monday.\n\n"
            "Boat rental companies said the cap was arbitrary and would cost jobs.\n")
    found = pairs(text)
    assert found[("boat rental companies", "Steenwijkerland")] == "against"
    assert ("boat rental companies", "South Korea") not in found


def test_local_opening_a_sentence_is_no_body_and_a_group_limit_no_group():
    text = ("KALAMBAKA, Greece (Reuters) - The Holy Metropolis of Meteora welcomed a limit on "
            "tour groups.\n\nLocal guides said the group limit appeared to have been drawn up "
            "without any study.\n")
    assert "Local" not in registry_of(text).entities
    assert not [k for k in pairs(text) if k[0] == "local guides" and k[1] != "Greece"]
    assert "Local Government Association" in registry_of(
        "Local Government Association said the plan was bad.").entities


def test_a_government_campaign_that_has_done_little_to_help_opposes_the_state():
    text = ("BAGAN, Myanmar (Reuters) - Vendors among the temples of Bagan say their income "
            "has collapsed, and that a government campaign to attract domestic visitors has "
            "done little to help.\n\nThe ministry of hotels and tourism said arrivals were "
            "recovering.\n")
    assert pairs(text)[("vendors among the temples of Bagan", "Myanmar")] == "against"


def test_a_town_of_two_words_acts_as_a_town():
    text = ("CESKY KRUMLOV, Czech Republic (Reuters) - The Czech town of Cesky Krumlov will "
            "limit the number of rafts passing through its centre, town hall spokeswoman Jitka "
            "Novakova-Hruba said.\n\nRental companies said the limit was \"completely unfair\"."
            "\n\nPetr Dvorak-Machala said the town should instead fine those who misbehave.\n")
    found = pairs(text)
    assert found[("rental companies", "Cesky Krumlov")] == "against"
    assert found[("Petr Dvorak-Machala", "Cesky Krumlov")] == "against"


def test_a_vow_to_fight_this_opposes_whoever_did_it():
    text = ("TANGIER, Morocco (Reuters) - The port authority wants to move the fishermen to a "
            "new port.\n\nThe port authority said the new port had modern cold stores.\n\n"
            "\"They want the view for the tourists and the road for us,\" said Mohamed El "
            "Amrani-Bakkali. \"Of course we will fight this.\"\n")
    assert pairs(text)[("Mohamed El Amrani-Bakkali", "port authority")] == "against"


def test_not_being_consulted_and_erasing_the_city_oppose_the_city_that_acts():
    text = ("DUSHANBE, Tajikistan (Reuters) - Bulldozers on Saturday began demolishing the "
            "Rohat teahouse in central Dushanbe.\n\nThe city administration said the building "
            "was unsafe.\n\nSeveral residents who gathered to watch said they had not been "
            "consulted. \"They are erasing the city we grew up in,\" said one woman, who asked "
            "not to be named.\n")
    found = pairs(text)
    assert found[("residents", "Dushanbe")] == "against"
    assert found[("woman", "Dushanbe")] == "against"
    assert "Tajikistan" not in {k[1] for k in found}


def test_nobody_asked_us_is_a_slight_by_whoever_decided():
    text = ("KALAMBAKA, Greece (Reuters) - Greece's culture ministry will limit tour groups to "
            "25 people, the ministry said.\n\nAnna Karagianni-Votsi, who heads the guides' "
            "association, said companies would need to raise prices.\n\n\"We support protecting "
            "the monasteries. But nobody asked us,\" she said.\n")
    assert pairs(text)[("Anna Karagianni-Votsi", "Greece")] == "against"


def test_the_culture_ministry_of_a_region_is_the_region_s_not_a_state_named_elsewhere():
    text = ("NUKUS, Uzbekistan (Reuters) - Staff at the Savitsky Museum say a budget cut will "
            "hurt.\n\nMany of its paintings were smuggled out of Moscow in the 1960s.\n\nThe "
            "culture ministry of Karakalpakstan said the cut was part of an austerity plan. A "
            "ministry official said the collection was safe.\n")
    assert "Russia" not in {k[1] for k in pairs(text) if k[0] != "(narrator)"}
    targets = find_targets(text, toolkit.analyze(text).segmentation, registry_of(text), None,
                           list(toolkit.analyze(text).quotes))
    assert "Karakalpakstan" in targets
    assert [text[a:b] for a, b in targets["Russia"].mentions] == ["Moscow"]


def test_they_who_accuse_after_a_comma_and_are_the_group_that_opened_the_sentence():
    text = ("MINDELO, Cape Verde (Reuters) - Farmers on the Cape Verdean island of Santo Antao "
            "say repeated cancellations of the ferry to Mindelo have left crops rotting on the "
            "quay, and they accuse the operator of putting its older boat on the route.\n\n"
            "CV Interilhas said rough seas had forced it to cancel 11 crossings.\n")
    found = pairs(text)
    assert found[("farmers on the Cape Verdean island of Santo Antao", "CV Interilhas")] == \
        "against"
    assert not [k for k in found if k[0] == "Mindelo"]


def test_a_ban_called_overdue_is_favoured_and_a_decision_leaving_families_without_income_not():
    text = ("SALENTO, Colombia (Reuters) - Colombian environmental authorities have banned "
            "horseback tours in parts of the Cocora valley.\n\nHorse guides in Salento said "
            "the decision would leave more than 100 families without income.\n\nA biologist who "
            "studies the wax palm said the ban was overdue.\n")
    found = pairs(text)
    assert found[("horse guides in Salento", "Colombia")] == "against"
    assert found[("biologist", "Colombia")] == "favor"


def test_a_plan_that_will_end_what_fed_their_families_is_opposed():
    text = ("BATTAMBANG, Cambodia (Reuters) - Drivers of the bamboo train say a plan by Royal "
            "Railway to reopen the line for freight will end a ride that has fed their families "
            "for a generation.\n\nRoyal Railway said the line was needed.\n")
    assert pairs(text)[("drivers of the bamboo train", "Royal Railway")] == "against"


def test_a_town_council_of_a_place_that_votes_makes_the_place_an_actor():
    text = ("VESTMANNAEYJAR, Iceland (Reuters) - The town council of Iceland's Westman Islands "
            "voted on Wednesday to suspend the traditional summer puffin hunt for three years."
            "\n\nSome hunters argued the suspension was unnecessary.\n")
    assert pairs(text)[("hunters", "Westman Islands")] == "against"


def test_a_decision_that_punishes_families_and_a_plan_that_could_end_a_practice_are_charges():
    text = ("AJACCIO, France (Reuters) - A court in Corsica has ordered the demolition of four "
            "beach restaurants.\n\n\"This decision clearly punishes families who have worked "
            "here all their lives,\" said Paul-Antoine Casanova-Leca.\n")
    assert pairs(text)[("Paul-Antoine Casanova-Leca", "court")] == "against"
    text = ("STORNOWAY, Scotland (Reuters) - Crofters on the Isle of Lewis say a Scottish "
            "government plan to restore peat bogs could end the centuries-old practice of "
            "cutting peat for household fires.\n\nNatureScot said domestic cutting would not "
            "be banned.\n\n\"They say it will not be banned, but every year there are more "
            "rules,\" said Donald MacLeod-Morrison.\n")
    found = pairs(text)
    assert found[("crofters on the Isle of Lewis", "Scotland")] == "against"
    assert found[("Donald MacLeod-Morrison", "NatureScot")] == "against"


def test_grievances_against_a_named_body_in_a_speaker_s_own_words():
    text = ("KUMASI, Ghana (Reuters) - Traders kept their stalls shut after the Kumasi "
            "Metropolitan Assembly raised rents.\n\n\"Customers are not buying. And now the "
            "assembly wants more from us,\" said Akosua Mensah-Boateng.\n")
    assert pairs(text)[("Akosua Mensah-Boateng", "Kumasi Metropolitan Assembly")] == "against"
    text = ("KHON KAEN, Thailand (Reuters) - Rice farmers in Thailand's northeast say a "
            "government moratorium on their debts has done little to ease their hardship.\n")
    assert pairs(text)[("rice farmers in Thailand's northeast", "Thailand")] == "against"
    text = ("LA PAZ, Bolivia (Reuters) - Mi Teleferico, the state company that runs the "
            "network, said students would keep their discount.\n\n\"They say the students keep "
            "the discount. But our parents pay full fare,\" said Valeria Quispe-Mamani.\n")
    assert pairs(text)[("Valeria Quispe-Mamani", "Mi Teleferico")] == "against"


def test_a_plan_that_will_eliminate_jobs_is_opposed_by_those_who_say_so():
    text = ("MONTEVIDEO, Uruguay (Reuters) - Dock workers walked off the job in protest at a "
            "plan by the operator, Terminal Cuenca del Plata, to bring in cranes that the union "
            "says will eliminate about 300 jobs.\n\nThe SUNTMA dockers' union said the company "
            "had broken its word.\n")
    assert pairs(text)[("SUNTMA", "Terminal Cuenca del Plata")] == "against"


def test_a_municipal_plan_and_the_municipality_that_decided_behind_closed_doors():
    text = ("BYBLOS, Lebanon (Reuters) - Fishermen in the Lebanese coastal town of Byblos say a "
            "municipal plan to turn part of its harbour into a marina would leave them without "
            "moorings.\n\nMayor Wissam Zaarour-Hajj said the plan would bring investment.\n\n"
            "The fishermen's cooperative said the quay was too shallow. Its head, Elias "
            "Khoury-Nakhle, said the municipality had shown them no drawings and had decided "
            "everything behind closed doors.\n")
    found = pairs(text)
    assert found[("fishermen in the Lebanese coastal town of Byblos", "Byblos")] == "against"
    assert found[("Elias Khoury-Nakhle", "Byblos")] == "against"


def test_rules_that_will_force_small_camps_to_close_are_opposed():
    text = ("AQABA, Jordan (Reuters) - Bedouin families who run tourist camps in Wadi Rum say new "
            "licensing rules from the Aqaba Special Economic Zone Authority will force many "
            "small camps to close.\n\nThe Aqaba Special Economic Zone Authority said the rules "
            "set basic standards.\n")
    assert pairs(text)[("bedouin families", "Aqaba Special Economic Zone Authority")] == \
        "against"


def test_the_fee_rise_is_the_act_of_whoever_raised_the_fee():
    text = ("PUERTO NATALES, Chile (Reuters) - Chile's forestry agency CONAF will raise the entry "
            "fee for foreign visitors to Torres del Paine National Park next season, the agency "
            "said on Thursday.\n\nTour guides said the fee rise would drive hikers away.\n")
    assert pairs(text)[("tour guides", "CONAF")] == "against"


def test_a_two_word_verdict_turns_on_the_word_after_but():
    text = ("GRANADA, Spain (Reuters) - Granada's city council has halted new licences for holiday "
            "flats in the Albaicin, the city said.\n\nThe Albaicin Neighbours' Association, which "
            "has campaigned for a freeze since 2019, called the decision \"late but welcome.\" "
            "Owners of holiday flats said the city was blaming them for problems it had created "
            "itself.\n")
    assert pairs(text)[("Albaicin Neighbours' Association", "Granada council")] == "favor"
    flawed = text.replace("late but welcome", "welcome but flawed")
    assert pairs(flawed)[("Albaicin Neighbours' Association", "Granada council")] == "against"


def test_a_final_attribution_is_no_object_of_the_act_before_it():
    text = ("HVAR, Croatia (Reuters) - The town of Hvar has fined the operators of three party "
            "boats for playing loud music near the harbour, Mayor Marija Dubravcic-Tomic said on "
            "Monday.\n\nThe operators said the fines were unfair. Hvar's mayor said the town "
            "would not back down.\n")
    assert ("Hvar", "Marija Dubravcic-Tomic") not in pairs(text)
    before = text.replace(", Mayor Marija Dubravcic-Tomic said on Monday",
                          " and Mayor Marija Dubravcic-Tomic")
    assert pairs(before)[("Hvar", "Marija Dubravcic-Tomic")] == "against"  # an object


def test_doubting_a_company_s_promises_is_a_side_against_it():
    text = ("KORCULA, Croatia (AP) - Workers at a shipyard owned by Adria-Korcula blocked its "
            "gates on Wednesday. Adria-Korcula said the wages would be paid within weeks.\n\n"
            "Workers said they doubted the company's promises.\n")
    assert pairs(text)[("workers", "Adria-Korcula")] == "against"


def test_not_deciding_whether_to_appeal_is_no_appeal():
    text = ("PALMA (Reuters) - The High Court of Justice of the Balearic Islands upheld a cap on "
            "cars on Formentera on Monday.\n\nThe rental companies' association, AEVAB, said "
            "it would study the ruling and had not decided whether to appeal.\n")

    def score(text: str) -> float:
        return next(r.score for r in toolkit.analyze(text).stance
                    if (r.speaker, r.target) == ("AEVAB",
                                                 "High Court of Justice of the Balearic Islands"))

    undecided = score(text)  # the lean of the sentence alone, not an appeal's -1
    assert score(text.replace("had not decided whether to appeal", "would appeal")) < \
        undecided - 0.3


def test_a_body_that_called_it_something_reacts_to_it():
    text = ("BANGKOK (AP) - Thailand's Constitutional Court on Wednesday dissolved the main "
            "opposition party. The Constitutional Court said the party had broken the law.\n\n"
            "Human Rights Watch called it \"a devastating blow to democracy.\"\n")
    assert pairs(text)[("Human Rights Watch", "Constitutional Court")] == "against"


def test_mismanaging_something_is_a_charge_on_who_ran_it():
    text = ("TIMISOARA, Romania (AP) - Thousands of residents of Timisoara have been without "
            "heating after the heating company Termo Timis said it could no longer pay for gas."
            "\n\nThe Energy Ministry said the city had mismanaged the company for years.\n\n"
            "The city said hot water could return by the weekend.\n")
    found = pairs(text)
    assert found[("Energy Ministry", "Timisoara")] == "against"
    assert found.get(("Energy Ministry", "Termo Timis")) != "against"


def test_a_group_described_as_the_club_s_supporters_takes_no_side_for_the_club():
    text = ("HAMBURG, Germany (AP) - Supporters of club Hamburger Nord stayed silent on Saturday "
            "to protest against a rise in ticket prices.\n\nThe club's largest supporters' "
            "group, Nordkurve 1907, said the increase would price out young fans and families "
            "who had followed the team for generations.\n\nClub chairman Thomas "
            "Brandt-Ullrich said the rise was unavoidable.\n")
    assert pairs(text).get(("Nordkurve", "Hamburger Nord")) != "favor"


def test_they_want_to_replace_us_is_a_threat_to_the_speakers():
    text = ("VALPARAISO, Chile (Reuters) - Dockworkers at the port of Valparaiso began a strike "
            "on Monday over plans by the terminal operator to bring in remote-controlled cranes."
            "\n\n\"They want to replace us with joysticks in an office in Santiago,\" said "
            "Pablo Munoz-Araya, who has worked at the port for 19 years.\n\nTerminal Pacifico "
            "Sur, which runs the main container terminal, said the new cranes were needed. It "
            "said staff would be retrained.\n")
    assert pairs(text)[("Pablo Munoz-Araya", "Terminal Pacifico Sur")] == "against"


def test_being_at_someone_s_mercy_is_a_side_against_them():
    text = ("VILNIUS (Reuters) - Lithuania raised the fee for its gas terminal on Friday.\n\n"
            "\"Without Klaipeda, we would still be at Moscow's mercy,\" Energy Minister Zygimantas "
            "Vaiciunas-Baltrus told reporters.\n")
    assert pairs(text)[("Zygimantas Vaiciunas-Baltrus", "Russia")] == "against"
    assert pairs("Farmers said they were at the mercy of Rail Baltica. Rail Baltica said it "
                 "would add wagons.")[("farmers", "Rail Baltica")] == "against"


def test_a_decision_that_could_be_the_end_of_a_species_is_opposed():
    text = ("HOBART, Australia (Reuters) - An Australian court on Wednesday dismissed a challenge "
            "by environmental groups seeking to reduce salmon farming in Tasmania's Macquarie "
            "Harbour, home to the last population of an endangered skate.\n\nThe Federal Court "
            "ruled that the environment minister had acted lawfully when she decided not to "
            "reconsider the farms' approval.\n\n\"We are devastated. This decision could be the "
            "end of a species that has survived since the dinosaurs,\" said Alistair Allan-Bruce "
            "of the Bob Brown Foundation, one of the groups that brought the case.\n\nSalmon "
            "Tasmania, which represents the farming companies, welcomed the ruling.\n")
    assert pairs(text)[("Alistair Allan-Bruce", "Federal Court")] == "against"


def test_abusing_a_trust_and_a_motion_against_someone_are_against_them():
    text = ("A Dutch court sentenced Hendrik van der Meulen-Bos to 18 months in prison.\n\n"
            "\"The defendant abused the trust of the citizens he was elected to serve,\" the "
            "court said in its ruling.\n")
    assert pairs(text)[("court", "Hendrik van der Meulen-Bos")] == "against"
    motion = ("Opposition leader Marta Kovač-Zupan said her party would file a no-confidence "
              "motion against the health minister, Andrej Potočnik-Kralj, next week.")
    assert pairs(motion)[("Marta Kovač-Zupan", "Andrej Potočnik-Kralj")] == "against"


def test_disbelieving_someone_and_a_fine_threatened_are_against_them():
    text = ("Housing Minister Ricardo Soto-Varela said 1,000 homes would be finished by March. "
            "Mayor Camila Ríos-Fuentes said she did not believe the minister's timetable.")
    assert pairs(text)[("Camila Ríos-Fuentes", "Ricardo Soto-Varela")] == "against"
    fine = ("Movilnet España said service had been restored. The minister, Lucía Ortega-Salas, "
            "said the government could fine Movilnet España up to 20 million euros.")
    assert pairs(fine)[("Lucía Ortega-Salas", "Movilnet España")] == "against"


def test_a_welcomed_fine_is_no_favour_to_the_firm_that_squeezed_drivers():
    text = ("SEOUL (Reuters) - The Korea Fair Trade Commission said on Tuesday it had fined "
            "ride-hailing app Gomobi 27 billion won for favouring its own taxis.\n\nGomobi "
            "denied the accusation and said it would file a lawsuit.\n\nTaxi drivers' groups "
            "welcomed the fine, saying the company had squeezed independent drivers for years.\n")
    assert pairs(text)[("taxi drivers' groups", "Gomobi")] == "against"


def test_a_nationality_for_one_person_is_the_story_s_subject():
    text = ("MILAN (Reuters) - Inter Lombardia president Giulio Marchetti-Sala said on Sunday "
            "that striker Lucas Andrade-Pinto could leave the club in January.\n\n"
            "Andrade-Pinto, 25, has scored 11 goals this season. His agent, Roberto "
            "Lins-Cardoso, said the player was happy in Milan.\n\nCoach Simone Ferrara-Galli "
            "said he wanted to keep the Brazilian. \"He is the best striker I have worked with. "
            "I hope he stays,\" Ferrara-Galli said.\n")
    assert pairs(text)[("Simone Ferrara-Galli", "Lucas Andrade-Pinto")] == "favor"


def test_the_office_a_lede_opens_on_is_held_by_the_speaker_of_the_next_quote():
    text = ("AMSTERDAM (Reuters) - The coach of the Netherlands women's football team defended "
            "her decision to drop captain Sanne de Vries-Bakker on Thursday.\n\n\"Sanne has been "
            "a great captain,\" Annelies Kramer-Otten told a news conference.\n\nThe Dutch "
            "football association KNVB said it fully backed the coach.\n")
    assert pairs(text)[("KNVB", "Annelies Kramer-Otten")] == "favor"


def test_a_public_agency_is_no_company_a_quote_speaks_of():
    text = ("LONDON (Reuters) - A British water company was fined 18 million pounds on Thursday "
            "for letting sewage into the River Wye, the environment regulator said.\n\n'This was "
            "not an accident. The company knew what was happening and chose not to fix it,' said "
            "Emma Hardcastle-Rowe, who led the Environment Agency's investigation. She said "
            "inspectors had found that the company had 'systematically' under-reported "
            "spills.\n\nSevern "
            "Valley Water apologised and said it would invest in new treatment works.\n")
    assert pairs(text)[("Emma Hardcastle-Rowe", "Severn Valley Water")] == "against"


def test_the_minister_before_the_one_minister_is_named_and_he_after_the_minister():
    text = ("DUBLIN (Reuters) - Irish dairy farmers backed the government's campaign.\n\n"
            "\"We stand fully behind the minister on this,\" said Declan Furlong-Ward of the Irish "
            "Farmers' Association.\n\nAgriculture Minister Niall Brophy-Kerr said Ireland "
            "deserved more time.\n")
    assert pairs(text)[("Declan Furlong-Ward", "Niall Brophy-Kerr")] == "favor"


def test_a_strike_until_the_government_withdrew_a_levy_is_against_it():
    text = ("NAIROBI (AP) — Minibus operators in Kenya went on strike on Monday over a new fuel "
            "levy.\n\nIts chairman, Simon Kimutai-Ole, said the strike would continue until the "
            "government withdrew the levy.\n")
    assert pairs(text)[("Simon Kimutai-Ole", "Kenya")] == "against"


def test_what_one_side_gets_against_what_we_get_is_a_grievance():
    text = ("ASUNCION (Reuters) - Paraguayan factories rejected a power deal with Brazil on "
            "Monday.\n\n\"We share a dam, but not the profits,\" said union president Marcelo "
            "Benitez-Roa. \"Brazil gets cheap energy and we get promises.\"\n")
    assert pairs(text)[("Marcelo Benitez-Roa", "Brazil")] == "against"


def test_a_province_named_with_a_compass_word_is_the_province_a_quote_blames():
    text = ("BOLZANO, Italy (Reuters) - The Italian province of South Tyrol will close the Sella "
            "Pass to private cars on summer weekends, on one of Europe's busiest mountain roads."
            "\n\nHotel owner Monika Demetz-Runggaldier said the province had forgotten who kept "
            "the valleys alive.\n\nEnvironmental group Mountain Wilderness welcomed the plan.\n")
    got = pairs(text)
    assert got[("Monika Demetz-Runggaldier", "South Tyrol")] == "against"
    assert got[("Mountain Wilderness", "South Tyrol")] == "favor"
    assert not any(target in ("Sella Pass", "Europe") for _, target in got)


def test_you_cannot_opening_a_quote_is_a_reproach_of_the_actor():
    text = ("ATHENS (Reuters) - The culture ministry will move Byzantine ruins found at a metro "
            "station in Thessaloniki.\n\n\"You cannot cut a city's memory into pieces and put "
            "it back like furniture,\" said archaeologist Eleni Papas-Karra.\n\nThe culture "
            "ministry said the plan had been approved.\n")
    assert pairs(text)[("Eleni Papas-Karra", "culture ministry")] == "against"


def test_a_named_municipality_is_a_body_a_court_can_rule_against():
    text = ("JOHANNESBURG (Reuters) - A court ordered a municipality to fix its sewage plants on "
            "Thursday.\n\nThe High Court in Pretoria found that the Emfuleni municipality had "
            "\"failed in its most basic constitutional duties,\" according to the judgment.\n\n"
            "The municipality said it would comply with the order.\n")
    assert pairs(text)[("High Court", "Emfuleni")] == "against"


def test_calling_for_the_whole_government_to_step_down_is_against_the_country():
    text = ("CHISINAU (Reuters) - Moldova's energy minister resigned on Friday.\n\nThe "
            "opposition Party of Socialists said the resignation came too late and called for "
            "the whole government to step down.\n")
    assert pairs(text)[("Party of Socialists", "Moldova")] == "against"


def test_a_body_named_short_then_in_full_with_its_country_is_one_target():
    text = ("NAIROBI (Reuters) - A Kenyan governor praised new tea auction rules on Wednesday."
            "\n\n\"I thank the Tea Board for listening to us,\" Governor Erick Mutai-Kirui said."
            "\n\nThe Tea Board of Kenya said the rules followed two years of hearings.\n")
    assert pairs(text)[("Erick Mutai-Kirui", "Tea Board of Kenya")] == "favor"


def test_a_fine_measured_against_what_the_company_earns_is_against_it():
    text = ("SANTIAGO (Reuters) - Chile fined pulp maker Celulosa del Sur on Thursday.\n\n"
            "Celulosa del Sur said it would appeal. \"Four million dollars is what this company "
            "earns in a few days,\" said Carolina Ojeda-Barria of the group Accion por los "
            "Cisnes.\n")
    assert pairs(text)[("Carolina Ojeda-Barria", "Celulosa del Sur")] == "against"


def test_a_decision_pushed_back_is_its_agents_when_welcomed_or_condemned():
    text = ("PORTLAND, Maine (AP) — Maine lobstermen on Friday welcomed a federal decision to "
            "delay new whale protection rules, saying the rules would have ruined them.\n\n"
            "The National Oceanic and Atmospheric "
            "Administration said it would push back the rules by two years.\n\nConservation "
            "groups condemned the decision.\n")
    got = pairs(text)
    assert got[("Maine lobstermen", "National Oceanic and Atmospheric Administration")] == "favor"
    assert got[("conservation groups", "National Oceanic and Atmospheric Administration")] == \
        "against"


def test_a_trust_betrayed_and_an_objection_set_right_are_against():
    text = ("DETROIT (Reuters) - Ridgewater sued Great Lakes Pipeline Services on Monday.\n\n"
            "\"We trusted them with our children's health, and they cut corners,\" Mayor Darnell "
            "Hughes-Pratt said.\n\nGreat Lakes Pipeline Services did not respond.\n")
    assert pairs(text)[("Darnell Hughes-Pratt", "Great Lakes Pipeline Services")] == "against"
    text = ("BROWNSVILLE, Texas (Reuters) - A judge blocked the Department of Homeland Security "
            "from building a wall across a ranch.\n\n\"My great-grandfather bought this land in "
            "1921. We are not against security, we are against losing the river,\" said Elena "
            "Cantu-Reyes.\n\nThe Department of Homeland Security did not comment.\n")
    assert pairs(text)[("Elena Cantu-Reyes", "Department of Homeland Security")] == "against"


def test_a_threat_conditional_on_a_bodys_act_is_against_it():
    text = ("BLED, Slovenia (Reuters) - The oarsmen who row tourists on Lake Bled have threatened "
            "to stop work if the municipality goes ahead with a plan to license electric boats."
            "\n\nThe municipality said it would decide in June.\n")
    assert pairs(text)[("oarsmen", "municipality")] == "against"


def test_a_towns_port_is_the_port_of_that_town_that_speaks():
    text = ("COPENHAGEN (Reuters) - Danish marine researchers on Monday warned that a planned "
            "expansion of Aarhus port could drive harbour porpoises from the bay.\n\nThe Port of "
            "Aarhus said it would use bubble curtains to reduce noise.\n")
    assert pairs(text)[("Danish marine researchers", "Port of Aarhus")] == "against"


def test_a_government_cap_is_the_states():
    text = ("LISBON (Reuters) - Portugal's largest landlords' association said on Monday it had "
            "asked the Constitutional Court to strike down a government cap on rent increases."
            "\n\nThe Lisbon Landlords' Association said owners were selling.\n")
    assert pairs(text)[("Lisbon Landlords' Association", "Portugal")] == "against"


def test_a_measure_said_not_to_be_working_is_against_its_owner():
    text = ("CANCUN, Mexico (Reuters) - Hotel owners in Cancun say the government's floating "
            "barriers are not working.\n")
    assert pairs(text)[("hotel owners in Cancun", "Mexico")] == "against"


def test_a_move_the_lede_reports_is_its_doers_and_hitting_families_is_against_it():
    text = ("LONDON (Reuters) - Cornwall Council will double council tax on second homes from "
            "April, it said on Wednesday.\n\nThe Second Homes Owners Association said the move "
            "would hit families who had owned cottages for generations.\n")
    assert pairs(text)[("Second Homes Owners Association", "Cornwall Council")] == "against"


def test_a_ledes_national_court_is_the_court_that_speaks_later():
    text = ("SOFIA (Reuters) - A Bulgarian court on Wednesday suspended a permit for a hotel in "
            "Varna's Sea Garden.\n\nThe administrative court in Varna said the municipality had "
            "issued the permit without approval.\n\nResidents' group Save the Sea Garden welcomed "
            "the ruling.\n")
    assert pairs(text)[("Save the Sea Garden", "administrative court in Varna")] == "favor"


def test_a_body_described_then_known_by_name_is_one_target_under_its_name():
    text = ("PARIS (Reuters) - Students queued for meals after the regional student services "
            "agency cut opening hours. The union organised a protest outside the agency's "
            "offices.\n\nThe agency, known as Crous, said it had reduced hours because of staff "
            "shortages.\n\nLille's mayor said the cuts were \"unacceptable\" and offered to lend "
            "city staff.\n")
    got = pairs(text)
    assert got[("Lille's mayor", "Crous")] == "against"
    assert not any(t == "agency" for _, t in got)


def test_it_for_the_thing_a_reported_clause_opened_on_is_no_reaction_to_anyone():
    text = ("ROME (Reuters) - Shopkeepers say fencing around the tower has cut their sales.\n\n"
            "The city council said the works were unavoidable. It said shops would receive rent "
            "support.\n\nAn engineer on the monitoring committee said the tower was stable for now "
            "but that there was no doubt it needed to be reinforced.\n")
    assert ("engineer on the monitoring committee", "city council") not in pairs(text)
    # a body's noun opening the clause is the body: its "it" is still someone
    text = ("COLUMBUS (AP) - The Westerville school board voted to ban phones.\n\n"
            "Kara Jennings said the board had probably not thought through how it would store "
            "hundreds of phones.\n")
    assert pairs(text).get(("Kara Jennings", "Westerville school board")) == "against"


def test_a_state_government_named_with_its_state_is_the_state_and_undoing_its_act_is_against():
    text = ("LAGOS (Reuters) - Tricycle riders in Ibadan parked their vehicles in protest at a "
            "new daily levy imposed by the Oyo state government.\n\n\"We pay the union, we pay "
            "the local government, now they want another 500 naira every day. What will we "
            "take home?\" said Kazeem Adeyemi-Oladipo.\n\nThe riders' association said "
            "the strike would continue until the levy was withdrawn.\n")
    got = pairs(text)
    assert got[("Kazeem Adeyemi-Oladipo", "Oyo")] == "against"
    assert got[("riders' association", "Oyo")] == "against"


def test_a_claim_said_to_lack_evidence_is_a_stance_against_whoever_made_it():
    text = ("OSLO (Reuters) - Trondheim will double the fee for studded tyres.\n\n"
            "Deputy mayor Ingrid Saether-Lunde said studded tyres caused most of the dust.\n\n"
            "The Norwegian Automobile Federation said the claim was not backed by evidence.\n")
    assert pairs(text)[("Norwegian Automobile Federation", "Ingrid Saether-Lunde")] == "against"


def test_a_country_opening_a_things_name_in_marks_is_no_target():
    text = ("QUITO (Reuters) - Weavers of hats sold abroad as \"Panama hats\" say they are paid "
            "little.\n\n\"There is no future in it,\" said Rosa Guaman-Penaloza.\n")
    assert not any("Panama" in (s, t) for s, t in pairs(text))


def test_a_saints_name_on_a_day_or_a_pastry_is_no_target():
    text = ("WARSAW (Reuters) - Inspectors in Poznan fined three bakeries for selling pastries as "
            "St. Martin's croissants without a certificate, the inspectorate said.\n\nThe "
            "croissant is eaten on St. Martin's Day.\n")
    assert not any(t.startswith("St") for _, t in pairs(text))


def test_a_city_that_speaks_is_a_target_where_no_mayor_is_named():
    text = ("(AP) — Owners of blues clubs and bars on Memphis' Beale Street say a new fee is "
            "driving away the crowds.\n\nThe city said the fee pays for extra officers.\n\n"
            "The Beale Street Merchants Association said it supported better security but "
            "accused the city of failing to consult business owners.\n")
    assert pairs(text)[("Beale Street Merchants Association", "Memphis")] == "against"


def test_a_figure_said_to_be_inflated_is_against_whoever_claimed_it():
    text = ("NEW DELHI (Reuters) - Women who hand-stitch the chikankari embroidery of the "
            "northern Indian city of Lucknow say they earn as little as 150 rupees for a kurta "
            "that takes three days.\n\n\"My eyes are weak now,\" said Shabana Parveen, 46.\n\n"
            "A traders' association said embroiderers were paid fairly. The state government "
            "said it was registering artisans so they could get pensions and health insurance, "
            "and claimed more than 50,000 had already signed up.\n\nLabour activists said the "
            "figure was probably inflated.\n")
    assert pairs(text)[("labour activists", "state government")] == "against"
    # (and of a claim's figure rebutted without a doubt word: "the figure was inflated")
    assert pairs(text.replace("probably inflated", "inflated"))[
        ("labour activists", "state government")] == "against"


def test_welcoming_a_campaign_is_a_side_with_whoever_runs_it():
    text = ("HONIARA (Reuters) - The Honiara City Council has begun fining people caught spitting "
            "betel nut juice on the streets, a move it says is needed to keep the city clean.\n\n"
            "Council officers issued more than 300 fines in the first week, the council said.\n\n"
            "Health workers welcomed the campaign, saying betel nut chewing is linked to mouth "
            "cancer.\n")
    assert pairs(text)[("health workers", "Honiara City Council")] == "favor"


def test_a_regions_department_described_then_named_is_one_target():
    text = ("BELFAST (Reuters) - Campaigners in Derry accused the region's economy department on "
            "Monday of breaking a promise to expand a medical school.\n\nThe Department for the "
            "Economy said funding had been constrained.\n")
    assert pairs(text)[("campaigners in Derry", "Department for the Economy")] == "against"


def test_a_negotiator_for_a_union_takes_no_side_against_it():
    text = ("OSLO (Reuters) - Catering and cleaning workers on Norway's offshore oil and gas "
            "platforms went on strike on Saturday after wage talks broke down, forcing operators "
            "to reduce crews on at least four installations, the union and the employers' "
            "federation said.\n\n\"Our members feed and house everyone out there. They have had "
            "real pay cuts for three years,\" Hilde Aasen-Tveit, a negotiator for the Industry "
            "Energy union, told reporters in Stavanger.\n\nThe employers' federation, Offshore "
            "Norge, said the union's demands went far beyond what other workers had received "
            "this year. It said production was not affected so far but could be if the strike "
            "spread.\n")
    got = pairs(text)
    assert got[("Offshore Norge", "Industry Energy")] == "against"
    assert ("Hilde Aasen-Tveit", "Industry Energy") not in got  # (her own union)
    assert got.get(("Hilde Aasen-Tveit", "Offshore Norge")) in (None, "against")


def test_the_governments_figures_said_to_be_too_optimistic_is_a_side_against_their_source():
    text = ("YEREVAN (Reuters) - Hundreds of families in Gyumri still live in metal shelters, "
            "according to a survey by a local charity.\n\nThe urban development committee said "
            "it had given housing certificates to more than 300 families.\n\nThe charity said "
            "the government's figures were probably too optimistic.\n")
    assert pairs(text)[("local charity", "urban development committee")] == "against"


def test_a_secretary_of_a_body_shares_its_side():
    text = ("BLANTYRE, Malawi (Reuters) - A Malawian court stopped Blantyre City Council from "
            "removing street vendors, after their association argued the council had not "
            "provided enough space at a new market.\n\n\"We are against being thrown onto the "
            "street,\" said Chikondi Banda-Phiri, secretary of the Blantyre Vendors "
            "Association.\n\nThe council's chief executive said the vendors were blocking "
            "pavements.\n")
    got = pairs(text)
    assert got[("Blantyre Vendors Association", "Blantyre City Council")] == "against"
    assert got[("Chikondi Banda-Phiri", "Blantyre City Council")] == "against"


def test_bare_ministers_of_a_story_about_one_regional_government_are_that_regions():
    text = ("LONDON (Reuters) - Parents marched through Inverness on Saturday.\n\nThe Scottish "
            "government said it expected the board to keep women informed. Opposition "
            "politicians accused ministers of presiding over a \"slow collapse\" of rural "
            "health care.\n")
    got = pairs(text)
    assert got.get(("opposition politicians", "Scotland")) == "against"
    assert ("opposition politicians", "United Kingdom") not in got


def test_seeing_a_fines_maker_in_court_and_appealing_its_fines_are_against_it():
    text = ("ATHENS (Reuters) - The municipality of Chania has fined more than 30 restaurants in "
            "its old harbour.\n\n\"We have had tables here for 40 years,\" said Manolis "
            "Tzanakis-Vlachos. Asked whether he would pay the fine, he said: \"I will see them "
            "in court.\"\n\nThe restaurant owners' association said it would appeal the "
            "fines.\n")
    got = pairs(text)
    assert got[("Manolis Tzanakis-Vlachos", "Chania")] == "against"
    assert got[("restaurant owners' association", "Chania")] == "against"


def test_a_government_said_to_have_moved_too_slowly_is_faulted():
    text = ("AMSTERDAM (Reuters) - A Dutch museum will return 113 looted objects to Nigeria.\n\n"
            "Some Dutch lawmakers said the government had moved too slowly.\n")
    assert pairs(text)[("Dutch lawmakers", "Netherlands")] == "against"


def test_a_capitals_own_city_council_makes_it_the_city_not_the_country():
    text = ("Reykjavik's famous hot dog stand fights rent rise\n"
            "\n"
            "REYKJAVIK (Reuters) - The owners of Bæjarins Beztu, the Reykjavik hot dog "
            "stand that has served presidents and pop stars since 1937, say a tenfold "
            "rise in the rent the city charges for its spot by the harbour could force it "
            "to move.\n"
            "\n"
            "\"This is not just a kiosk. It is part of the city's history,\" said Guðrún "
            "Kristinsdóttir-Blöndal, whose grandfather opened the stand.\n"
            "\n"
            "Reykjavik city council said rents for all stalls on municipal land had been "
            "brought into line with market rates after an audit found they were far below "
            "them. A council member said the city wanted the stand to stay and was open "
            "to talks.\n"
            "\n"
            "Tourists queued as usual on Friday.\n"
            "\n")
    got = pairs(text)
    assert not any(t == "Iceland" for _, t in got)


def test_a_plural_noun_opening_a_sentence_is_no_target():
    text = ("Czech spa town of Karlovy Vary struggles after Russian guests vanish\n"
            "\n"
            "PRAGUE (Reuters) - Hotels in the Czech spa town of Karlovy Vary say bookings "
            "are down by about a third from before 2022, when Russians made up the "
            "largest group of foreign guests, and several grand spa houses have closed.\n"
            "\n"
            "\"For a century this town lived from the east. Now the Germans come for a "
            "weekend, not for three weeks of treatment,\" said Pavel Šrámek-Kolář, who "
            "manages a hotel on the colonnade.\n"
            "\n"
            "The town hall said it was marketing the spa town in Germany, the Middle East "
            "and Asia and that a new congress centre would bring visitors in the off "
            "season. The Czech tourism agency said overall foreign arrivals in the region "
            "were likely to recover within two years.\n"
            "\n")
    assert not any(t == "Hotels" for _, t in pairs(text))


def test_a_city_another_country_names_is_no_capital_standing_for_its_state():
    text = ("BEIRUT (Reuters) - Soap makers in the northern Lebanese city of Tripoli say costs "
            "have doubled.\n\n\"As long as I can stand, I will make it,\" said Badr Hassoun, who "
            "runs a workshop in Tripoli's old souk.\n\nThe economy ministry said it was helping "
            "small producers.\n")
    assert not any(t == "Libya" for _, t in pairs(text))


def test_its_own_thing_opening_a_clause_leaves_the_reaction_to_whoever_it_answers():
    # "said its equipment had been inspected ... and that the fruit may already have been
    # damaged when it was loaded": the firm's rebuttal of the exporter that sues it
    text = (WIRE / "kiwifruit-shipping-dispute.txt").read_text(encoding="utf-8")
    assert pairs(text)[("Pacific Orient Lines spokesperson", "Zespri Harvest")] == "against"


def test_a_lay_persons_loss_reacts_to_whoever_the_story_says_acted():
    text = ("DHAKA (Reuters) - Thousands of workers who collect stones from riverbeds near "
            "Jaflong blocked a highway on Monday to protest against a government ban on stone "
            "extraction.\n\n\"We have no land and no other work. If we cannot lift stones, our "
            "children will go hungry,\" said Abdul Karim Talukder-Mia, 45, who has worked on "
            "the river since he was a boy.\n\nThe environment ministry said the ban was "
            "necessary because machines had destroyed riverbanks.\n")
    assert pairs(text)[("Abdul Karim Talukder-Mia", "Bangladesh")] == "against"
    # warm words take no side, nor does an office holder's own lot
    warm = text.replace("We have no land and no other work. If we cannot lift stones, our "
                        "children will go hungry", "We support a clean river and we will "
                        "find other work")
    assert ("Abdul Karim Talukder-Mia", "Bangladesh") not in pairs(warm)
    official = text.replace("who has worked on the river since he was a boy",
                            "the district's deputy commissioner")
    assert ("Abdul Karim Talukder-Mia", "Bangladesh") not in pairs(official)


def test_a_promise_told_as_broken_is_against_its_maker():
    text = ("HANOI (Reuters) - Boat operators in the Vietnamese town of Hoi An have been barred "
            "from the river, the town's people's committee said on Monday.\n\n\"We lose money "
            "every night,\" said Tran Thi Hoa, 54. She said the committee had promised help in "
            "past floods but that it never came.\n")
    assert pairs(text)[("Tran Thi Hoa", "town's people's committee")] == "against"


def test_a_pronoun_for_a_thing_or_a_way_is_no_reaction():
    text = ("LJUBLJANA (Reuters) - Salt makers near the Slovenian coastal town of Piran began "
            "harvesting early, the salt company said.\n\n\"Heat is normally our friend, but "
            "this summer the storms come right after it and wash the salt away,\" said Marko "
            "Zudic. \"We have never seen weather swing like this.\"\n\nA government "
            "spokeswoman said the state would cover part of the losses.\n")
    assert not any(s == "Marko Zudic" for s, _ in pairs(text))
    # (a country's adjective placing a town is no side taken on the country)
    assert ("salt company", "Slovenia") not in pairs(text)


def test_a_request_of_the_government_takes_no_side_on_it():
    text = ("KOLKATA, India (Reuters) - Ten tea gardens in India's Darjeeling hills have closed, "
            "a planters' association said on Friday.\n\nThe planters' association said owners "
            "were losing money and asked the federal government to curb imports from Nepal, "
            "which it said were often sold as Darjeeling tea. The state labour minister said "
            "the government would supply free rations to workers at closed gardens.\n")
    got = pairs(text)
    assert got.get(("planters' association", "India"), "neutral") == "neutral"
    assert ("state labour minister", "India") not in got


def test_a_countrys_coast_or_a_fort_named_as_a_place_is_no_target():
    text = ("COLOMBO (Reuters) - Fewer than 300 families still live inside the 17th-century "
            "Galle Fort on Sri Lanka's southern coast, down from about 800, as houses are sold "
            "to foreign buyers and turned into hotels, a residents' group said.\n")
    assert pairs(text) == {}


def test_the_county_government_accused_is_the_county_named():
    text = ("NAIROBI (AP) — Water hyacinth has sealed off the shoreline, according to the "
            "fisheries department.\n\nKisumu County said it had hired two harvesting machines. "
            "Environmental groups claimed sewage was feeding the plant, and accused the county "
            "government of failing to enforce pollution rules.\n")
    assert pairs(text)[("environmental groups", "Kisumu County")] == "against"


def test_a_denial_that_repeats_a_charge_is_against_who_made_it():
    text = ("ZAGREB (Reuters) - A wildfire on the island of Hvar has destroyed lavender fields, "
            "local growers said on Monday.\n\n\"In two hours everything was ash,\" said Ivana "
            "Dubokovic. She said firefighting planes arrived too late and blamed the government "
            "for cutting the island's fire crews.\n\nThe interior ministry denied that crews "
            "had been cut, saying the fire had spread fast in strong winds.\n")
    assert pairs(text)[("interior ministry", "Ivana Dubokovic")] == "against"
    other = text.replace("denied that crews had been cut", "denied that tourism had fallen")
    assert ("interior ministry", "Ivana Dubokovic") not in pairs(other)


def test_a_countrys_city_of_is_where_no_side_on_the_country():
    text = ("LIMA (Reuters) - Carvers who cut sillar, the white stone that gave Peru's southern "
            "city of Arequipa its nickname, are earning more from tourists than from selling "
            "blocks, the carvers' association said on Thursday.\n")
    assert ("carvers' association", "Peru") not in pairs(text)


def test_a_denial_that_repeats_one_long_word_of_a_charge_answers_it():
    text = ("KHARTOUM (Reuters) - Fighters attacked a village, the Sudan Doctors Network said. "
            "It accused the RSF of genocide against civilians.\n\nThe RSF has previously "
            "denied targeting civilians.\n")
    assert pairs(text)[("RSF", "Sudan Doctors Network")] == "against"


def test_an_objection_to_an_act_is_against_the_body_that_owns_it():
    text = ("RABAT (Reuters) - Women who make jben, a fresh goat cheese, say new food safety "
            "rules requiring licensed dairies will end a trade their families have practised "
            "for generations.\n\nThe national food safety office, ONSSA, said the rules would "
            "protect consumers from listeria.\n")
    assert pairs(text)[("women", "ONSSA")] == "against"
    # (words that welcome the act take no side against its owner)
    welcome = text.replace("will end a trade their families have practised for generations",
                           "will bring buyers to their villages")
    assert pairs(welcome).get(("women", "ONSSA")) != "against"


def test_the_park_is_the_park_administration_that_spoke():
    text = ("ULAANBAATAR (Reuters) - Rangers have fined 23 tourist camps for dumping rubbish near "
            "the lake, the park administration said.\n\nThe Mongolian Tourism Association said "
            "most camp owners followed the rules and accused the park of fining operators "
            "without warning.\n")
    assert pairs(text)[("Mongolian Tourism Association", "park administration")] == "against"


def test_a_bodys_manager_takes_no_side_against_the_body():
    text = ("EDINBURGH (Reuters) - The National Trust for Scotland will cap visitors to St "
            "Kilda, saying disturbance may harm puffins.\n\n\"These birds need to be left "
            "alone,\" said Susan Bain, the trust's western isles manager.\n\nBoat operators said "
            "the cap would cut their income.\n")
    assert ("Susan Bain", "National Trust for Scotland") not in pairs(text)


def test_a_government_that_keeps_promising_is_reproached():
    text = ("TEGUCIGALPA (Reuters) - Guides at the ruins of Copán say their income has fallen.\n\n"
            "\"The road has been broken for a year, and the government keeps promising,\" said "
            "guide Marvin Ramírez.\n")
    assert pairs(text)[("Marvin Ramírez", "Honduras")] == "against"


def test_an_operator_brought_in_unnamed_is_the_one_named_after():
    text = ("ALMATY (Reuters) - Residents of the Kyrgyz town of Karakol say a new private "
            "operator of the nearby ski base has doubled lift pass prices.\n\n\"The school "
            "cannot pay,\" said Aigul Bekova, a teacher.\n\nThe operator, Tien Shan Resorts, said "
            "the price reflected new lifts.\n")
    got = pairs(text)
    assert got[("residents of the Kyrgyz town of Karakol", "Tien Shan Resorts")] == "against"


def test_praise_turned_by_but_into_failure_and_paying_less_are_reproaches():
    text = ("VALLETTA (Reuters) - Luzzu boats are dwindling, the fishermen's cooperative said.\n\n"
            "\"The government loves the luzzu on postcards, but it does not pay for one nail,\" "
            "said Carmelo Farrugia.\n")
    assert pairs(text)[("Carmelo Farrugia", "Malta")] == "against"
    text = ("MALE (Reuters) - Tuna fishermen tied up their boats in protest at a price cut by "
            "the state cannery, MIFCO, the fishermen's association said.\n\n\"Fuel costs more "
            "every month, and now MIFCO pays us less,\" said Ibrahim Rasheed.\n")
    assert pairs(text)[("Ibrahim Rasheed", "MIFCO")] == "against"


def test_grants_called_a_fraction_are_against_the_body_that_gave_them():
    text = ("VALLETTA (Reuters) - Luzzu boats are dwindling, the fishermen's cooperative said."
            "\n\nThe fisheries ministry said it had increased grants for wooden boat repairs. "
            "The cooperative said the grants covered only a fraction of the cost.\n")
    assert pairs(text)[("fishermen's cooperative", "fisheries ministry")] == "against"


def test_a_rule_called_unfair_is_against_the_town_the_lede_says_made_it():
    text = ("ROME (Reuters) - Alberobello, the southern Italian town famous for its trulli, will "
            "stop issuing new licences for short-term rentals, Mayor Francesco Ruggiero said on "
            "Tuesday.\n\nOwners of holiday trulli said the rule was unfair to families who had "
            "restored the houses.\n")
    assert pairs(text)[("owners", "Alberobello")] == "against"


def test_a_dam_said_to_flood_a_trade_is_against_the_ministry_that_defends_it():
    text = ("KAMPALA (Reuters) - Rafting companies near the Ugandan town of Jinja, at the "
            "source of the Nile, say a proposed hydropower dam downstream would flood the last "
            "big rapids they use.\n\n\"If they go under a reservoir, Jinja loses its name,\" "
            "said Peter Kasule.\n\nThe energy ministry said the dam was needed to meet "
            "growing demand.\n")
    assert pairs(text)[("rafting companies near the Ugandan town of Jinja",
                        "energy ministry")] == "against"


def test_rules_called_reasonable_favour_the_town_the_lede_says_made_them():
    text = ("LISBON (Reuters) - The Portuguese fishing town of Nazaré will require jet ski "
            "drivers who tow surfers to hold a rescue certificate, the maritime police said.\n\n"
            "\"If he makes a mistake, someone can die,\" said Garrett Ribeiro, who has ridden "
            "Nazaré for a decade.\n\nSome foreign teams said the rules were reasonable but "
            "that the course was hard for them to take.\n")
    assert pairs(text)[("foreign teams", "Nazaré")] == "favor"
    # (the maker's own word for its rules takes no side on anyone)
    own = text.replace("Some foreign teams said the rules were reasonable but that the course "
                       "was hard for them to take.", "The maritime police said the rules were "
                       "necessary.")
    assert not any(s == "maritime police" and t != "Nazaré" for s, t in pairs(own))


def test_signatures_against_a_plan_are_against_the_developer_that_planned_it():
    text = ("YEREVAN (Reuters) - Residents of Dilijan have collected more than 3,000 "
            "signatures against a hotel complex planned by the developer Dilijan Heights that "
            "they say would require felling about 400 old beech trees.\n\n"
            "Dilijan Heights said it would plant ten trees for each one it removed.\n")
    assert pairs(text)[("residents", "Dilijan Heights")] == "against"
    # (a petition against one thing takes no side on what the clause after the comma names)
    ruling = ("NAIROBI (Reuters) - Kenya's High Court struck down a housing levy on Tuesday.\n\n"
              "But Eliud Njoroge, a lawyer who filed one of the petitions against the levy, "
              "called the ruling \"a victory for every worker\".\n")
    assert pairs(ruling)[("Eliud Njoroge", "High Court")] == "favor"


def test_a_plea_made_for_years_is_against_the_body_asked():
    text = ("TBILISI (Reuters) - The Kazbegi municipality said a treatment plant would open "
            "next year.\n\n\"We have asked the municipality for pipes for ten years. Now they "
            "fine us for not having them,\" said Nino Sujashvili, who runs a guesthouse.\n")
    assert pairs(text)[("Nino Sujashvili", "Kazbegi municipality")] == "against"


def test_a_halt_judged_is_a_reaction_to_the_state_that_ordered_it():
    text = ("ULAANBAATAR (Reuters) - Mongolia will issue no new permits for tourist camps on "
            "the shore of Lake Khövsgöl for three years, the environment ministry said.\n\n"
            "Camp owners said the halt favoured operators who already held permits.\n")
    assert pairs(text)[("camp owners", "Mongolia")] == "against"


def test_a_body_named_for_its_members_trade_speaks_as_itself_not_the_place():
    text = ("AREQUIPA, Peru (Reuters) - Visitors to Peru's Colca Canyon will pay more from "
            "January, the local tourism authority said.\n\nThe authority insisted the fee was "
            "modest. The Colca guides' association accused the authority of spending last "
            "year's fees on an office in Arequipa.\n")
    got = pairs(text)
    assert got[("Colca guides' association", "local tourism authority")] == "against"
    assert not any(s == "Colca" for s, _ in got)


def test_being_heard_last_is_against_whoever_hears_others_first():
    text = ("GEORGETOWN (Reuters) - Villagers near Guyana's Kaieteur Falls said they had not "
            "been consulted about a planned road.\n\n\"The government talks to investors "
            "first and to us last,\" said Romel Williams-Edmond, the village leader.\n")
    assert pairs(text)[("Romel Williams-Edmond", "Guyana")] == "against"


def test_an_unnamed_reaction_goes_to_the_state_whose_act_the_lede_tells():
    text = ("Kyrgyz herders split over road\n\n"
            "BISHKEK (Reuters) - Kyrgyzstan plans to pave the mountain road to Song-Kol, a "
            "project that yurt camp owners say would bring more tourists. Some herders say the "
            "project will bring trucks and rubbish.\n\nThe transport ministry said the road "
            "would be built to reduce accidents.\n")
    assert pairs(text)[("herders", "Kyrgyzstan")] == "against"


def test_support_for_a_fee_the_lede_says_a_body_proposed_favours_that_body():
    text = ("New Zealand weighs fee\n\n"
            "WELLINGTON (Reuters) - New Zealand's conservation department proposed on Tuesday "
            "a NZ$40 fee for foreign visitors to Milford Sound, saying the money would pay for "
            "toilets.\n\nNgāi Tahu, the South Island's main Māori tribe, said it supported a fee "
            "if part of the money went to restoring native bird habitat. The department said no "
            "decision would be taken before March.\n")
    assert pairs(text)[("Ngāi Tahu", "New Zealand's conservation department")] == "favor"


def test_a_limit_said_to_cost_the_speakers_is_against_the_ledes_doer_not_a_demonym():
    text = ("Guatemala limits sunrise tours\n\n"
            "GUATEMALA CITY (Reuters) - Guatemala will allow no more than 200 visitors a day "
            "into the Tikal national park before dawn, the culture ministry said on Thursday."
            "\n\nTour operators in the nearby town of Flores said the limit would probably cost "
            "them about a third of their bookings.\n")
    assert pairs(text)[("tour operators in the nearby town of Flores", "Guatemala")] == "against"
    # ("Kenyan marathon runner Faith Jeptoo ... has been banned": no act of Kenya's)
    banned = (WIRE / "kenyan-marathoner-epo-ban.txt").read_text(encoding="utf-8")
    assert ("Athletics Kenya", "Kenya") not in pairs(banned)


def test_a_cost_beyond_what_a_body_offers_is_against_it():
    text = ("Bodø/Glimt fans fight plan\n\nOSLO (Reuters) - The Norwegian Football Federation "
            "wants to phase out artificial pitches by 2030.\n\nThe federation said clubs would "
            "get money to install hybrid pitches. Bodø/Glimt said the cost was far beyond what "
            "the federation was offering.\n")
    assert pairs(text)[("Bodø/Glimt", "Norwegian Football Federation")] == "against"


def test_objections_the_lede_act_left_unnamed_or_challenged_face_its_doer():
    text = ("El Nido cuts lagoon boats\n\nMANILA (Reuters) - El Nido, the Philippine resort town, "
            "will allow only 30 tour boats a day into the Big Lagoon from March, the municipal "
            "tourism office said on Friday.\n\nBoat operators warned that the limit would leave "
            "some families without income. The Bacuit Bay Boat Operators Association said it "
            "would ask the provincial government of Palawan to review the order.\n")
    got = pairs(text)
    assert got[("boat operators", "El Nido")] == "against"
    assert got[("Bacuit Bay Boat Operators Association", "El Nido")] == "against"
    rink = ("Almaty to close ice rink\n\nALMATY (Reuters) - The city of Almaty will close the "
            "Medeu skating rink for a two-year reconstruction, the city administration said."
            "\n\nSpeed skaters and coaches said the national team would have nowhere to train.\n")
    assert pairs(rink)[("speed skaters and coaches", "Almaty")] == "against"


def test_a_decision_a_ministry_announced_for_its_state_is_the_states():
    text = ("Estonia shuts Narva crossing at night\n\nTALLINN (Reuters) - Estonia will close the "
            "Narva road crossing into Russia at night from next week, the interior ministry "
            "said on Tuesday.\n\nNarva's mayor said the city's shops depended on travellers "
            "and called the decision \"a blow to a town that is already struggling.\"\n")
    got = pairs(text)
    assert got[("Narva's mayor", "Estonia")] == "against"
    assert ("Narva's mayor", "interior ministry") not in got


def test_an_office_for_affairs_with_a_country_may_take_a_side_on_it():
    text = ("Kinmen islanders lament halt to ferries\n\nTAIPEI (Reuters) - Residents of Taiwan's "
            "Kinmen islands say a halt to the ferry service to Xiamen has cut off relatives.\n\n"
            "Taiwan's Mainland Affairs Council said China had not responded to requests for "
            "talks. China's Taiwan Affairs Office blamed Taipei for the suspension.\n")
    assert pairs(text)[("Taiwan Affairs Office", "Taiwan")] == "against"


def test_urging_a_body_to_scrap_a_rule_is_against_the_body_that_defends_it():
    text = ("Ethiopian coffee exporters protest\n\nADDIS ABABA (Reuters) - Ethiopian coffee "
            "exporters urged the government on Tuesday to scrap a new rule that requires all "
            "beans to be sold through the exchange.\n\nThe Ethiopian Coffee and Tea Authority "
            "said the rule would stop smuggling.\n")
    assert pairs(text)[("Ethiopian coffee exporters",
                        "Ethiopian Coffee and Tea Authority")] == "against"


def test_aid_promised_and_not_received_is_against_who_promised_it():
    text = ("La Palma growers wait for aid\n\nMADRID (Reuters) - Banana growers on the Spanish "
            "island of La Palma say most have yet to receive the compensation promised by "
            "Madrid.\n\nThe agriculture ministry said 80% of the aid had been paid.\n")
    assert pairs(text)[("banana growers on the Spanish island of La Palma", "Spain")] == \
        "against"


def test_a_refusal_of_what_a_municipality_wants_is_against_it():
    text = ("Norway town wants hikers to pay\n\nOSLO (Reuters) - The Norwegian municipality of "
            "Ullensvang wants the state to let it bill hikers who are rescued from Trolltunga, "
            "its mayor said on Monday.\n\n\"Our volunteers are exhausted,\" Mayor Solfrid "
            "Borge-Lid told NRK.\n\nThe justice ministry said rescues in Norway had always "
            "been free and that it had no plans to change that.\n")
    assert pairs(text)[("justice ministry", "Ullensvang")] == "against"


def test_the_national_federation_described_is_the_one_named_later():
    text = ("Ethiopian runners protest\n\nADDIS ABABA (Reuters) - Three Ethiopian marathon "
            "runners who posted the country's fastest times have accused the national athletics "
            "federation of leaving them off the world championships team.\n\nThe Ethiopian "
            "Athletics Federation denied any favouritism.\n")
    assert pairs(text)[("Ethiopian marathon runners", "Ethiopian Athletics Federation")] == \
        "against"


def test_a_chain_described_then_named_as_a_retailer_is_one_target():
    text = ("Fair Isle knitters say chain copied patterns\n\nEDINBURGH (Reuters) - Knitters on "
            "Fair Isle, the remote Shetland island, accused a London-based fashion chain on "
            "Tuesday of selling machine-made copies of their designs.\n\nThe retailer, Harlow & "
            "Finch, said the term described a style rather than a place.\n")
    got = pairs(text)
    assert got[("knitters on Fair Isle", "Harlow & Finch")] == "against"
    assert not any(s == "Fair Isle" for s, _ in got)


def test_a_community_named_by_two_demonyms_is_not_the_state():
    text = ("NICOSIA (Reuters) - Turkish Cypriot authorities said on Thursday they would open "
            "another section of Varosha. Greek Cypriot former residents said they would not "
            "apply.\n\nThe Cypriot government called the move \"a provocation\".\n")
    a = toolkit.analyze(text)
    from toolkit.speakers import registry

    targets = find_targets(text, a.segmentation, registry(text, a.segmentation, list(a.quotes)))
    assert [text[s:e] for s, e in targets["Cyprus"].mentions] == ["Cypriot"]


def test_the_city_accused_and_a_tenants_new_cost_face_the_city():
    text = ("Lodz tenants priced out\n\nWARSAW (Reuters) - Tenants of council-owned tenements in "
            "the centre of Łódź, the former textile city, say rents in renovated buildings have "
            "tripled.\n\n\"They painted the facade and put in new windows, and now I pay more "
            "than half my pension in rent,\" said Halina Kowalczyk-Bąk, 74.\n\nA tenants' rights "
            "group accused the city of using renovation to empty the centre.\n")
    got = pairs(text)
    assert got[("tenants' rights group", "Łódź")] == "against"
    assert got[("Halina Kowalczyk-Bąk", "Łódź")] == "against"


def test_a_resignation_that_came_too_late_is_against_who_resigned():
    text = ("Latvian speaker resigns\n\nRIGA (Reuters) - The speaker of Latvia's parliament, "
            "Andris Bērziņš-Kalns, resigned on Tuesday after an audit.\n\nOpposition leader Ilze "
            "Vītola-Zariņa said the resignation came too late.\n")
    assert pairs(text)[("Ilze Vītola-Zariņa", "Andris Bērziņš-Kalns")] == "against"


def test_a_city_spokesperson_takes_no_side_on_the_city():
    text = (WIRE / "boise-homeless-camping-ordinance-shelter-beds-lawsuit.txt").read_text(
        encoding="utf-8")
    assert not any(s == "Dana Whitcombe" and t == "Boise" for s, t in pairs(text))


def test_a_rise_said_to_push_visitors_away_is_against_its_maker():
    text = ("Uganda raises gorilla permit price\n\nKAMPALA (Reuters) - Uganda will raise the "
            "price of a permit to visit mountain gorillas to $1,000 from $800 next year, the "
            "Uganda Wildlife Authority said on Monday.\n\nLodge owners near the park said the "
            "rise would push budget travellers to neighbouring countries.\n")
    assert pairs(text)[("lodge owners near the park", "Uganda")] == "against"


def test_a_group_in_a_city_of_somewhere_acts_as_itself():
    text = ("Valparaiso artists protest\n\nSANTIAGO (Reuters) - Street artists in the Chilean "
            "port city of Valparaíso accused the municipality on Wednesday of painting over a "
            "dozen murals.\n\nThe municipality said the walls belonged to private owners.\n")
    got = pairs(text)
    assert got[("street artists in the Chilean port city of Valparaíso", "municipality")] == \
        "against"
    assert not any(s == "Valparaíso" for s, _ in got)


def test_challenging_a_bodys_decision_is_against_the_body():
    text = ("Danish ferry operators clash\n\nCOPENHAGEN (Reuters) - Danish ferry company Østersø "
            "Linjen said on Tuesday it would challenge the transport ministry's decision to award "
            "the Bornholm route to a rival.\n\nThe transport ministry said the tender had followed "
            "European Union rules.\n")
    assert pairs(text)[("Østersø Linjen", "transport ministry")] == "against"


def test_an_act_said_to_put_people_out_of_work_is_against_its_maker():
    text = ("Dutch eel fishermen protest\n\nAMSTERDAM (Reuters) - Eel fishermen on the IJsselmeer "
            "lake say a decision by the Dutch government to extend the annual eel fishing ban to "
            "six months will put most of the remaining family businesses out of work.\n")
    assert pairs(text)[("eel fishermen on the IJsselmeer lake", "Netherlands")] == "against"


def test_a_slight_by_a_town_s_rule_is_against_the_town_whose_mayor_speaks():
    text = ("Belgian shrimp fishers object\n\nBRUSSELS (Reuters) - Horseback shrimp fishers in "
            "the Belgian village of Oostduinkerke said a new rule barring horses from the beach "
            "at midday would cost them half the season.\n\n\"The shrimp do not follow the town's "
            "timetable,\" said Eddy D'Hulster.\n\nKoksijde's mayor, Pieter Claeys, said the rule "
            "was meant to protect bathers.\n\nThe fishers' guild said it had not been "
            "consulted.\n")
    got = pairs(text)
    assert got[("fishers' guild", "Koksijde")] == "against"
    assert not any(t == "Oostduinkerke" for _, t in got)


def test_an_appeal_to_a_higher_court_is_against_the_court_that_ruled():
    text = ("Czech court returns castle\n\nPRAGUE (Reuters) - The regional court in Ceske "
            "Budejovice ruled that the family had been stripped of the castle unlawfully.\n\n"
            "The National Heritage Institute said it would appeal to the Supreme Court.\n\n"
            "Culture Minister Pavel Dvorak said he respected the court but regretted the "
            "ruling.\n")
    got = pairs(text)
    assert got[("National Heritage Institute", "regional court in Ceske Budejovice")] == \
        "against"
    assert not any(t == "Supreme Court" for _, t in got)


def test_a_union_that_will_challenge_a_district_s_rules_is_against_the_district():
    text = ("Prague buskers lose amplifiers\n\nPRAGUE (Reuters) - Street musicians on Prague's "
            "Charles Bridge will have to play without amplifiers under rules approved by the "
            "city's central district.\n\nThe Prague 1 district said permits would be handed out "
            "by lottery.\n\nThe Czech musicians' union said it would challenge the rules.\n")
    got = pairs(text)
    assert got[("Czech musicians' union", "Prague 1")] == "against"
    assert not any(t == "Czech Republic" for _, t in got)


def test_city_hall_speaks_for_the_dateline_city_that_a_lay_speaker_says_moves_her():
    text = ("Salvador sellers refuse to move\n\nSALVADOR, Brazil (Reuters) - Street sellers in "
            "the Brazilian city of Salvador said they would not move their stalls while the "
            "city rebuilds the promenade.\n\n\"The city wants us in a car park where nobody "
            "walks,\" said Maria Conceicao.\n\nCity hall said the move would last eight "
            "months.\n")
    got = pairs(text)
    assert got[("Maria Conceicao", "Salvador")] == "against"
    assert ("city hall", "Salvador") not in got


def test_a_rule_said_to_ignore_what_sellers_earn_is_against_its_maker():
    text = ("Paris booksellers split\n\nPARIS (Reuters) - Paris city hall has begun inspecting "
            "the booksellers' boxes and will withdraw the licences of those who sell souvenirs, "
            "a deputy mayor said.\n\nSome booksellers said the rule ignored how little old "
            "books now earn.\n\nDeputy mayor Karen Lopez said sellers would get a warning.\n")
    assert pairs(text)[("booksellers", "Paris")] == "against"


def test_accepting_a_suspension_sides_with_the_body_that_imposed_it():
    text = ("Ski jumpers suspended\n\nOSLO (Reuters) - Skiing's governing body FIS on Monday "
            "suspended two Norwegian ski jumpers after their suits were found altered.\n\nThe "
            "Norwegian Ski Federation said it accepted the suspensions.\n\nFIS said the "
            "jumpers' results would be annulled.\n")
    assert pairs(text)[("Norwegian Ski Federation", "FIS")] == "favor"


def test_a_tribute_s_him_is_the_man_not_the_daughter_who_spoke_before():
    text = ("Conductor dies\n\nTALLINN (Reuters) - Heino Kask, a choir conductor, has died at "
            "91, his family said. He died at home, his daughter, Liis Kask, said.\n\nPrime "
            "Minister Andres Tamm called him \"the voice of a nation\" and praised his "
            "courage.\n")
    got = pairs(text)
    assert got[("Andres Tamm", "Heino Kask")] == "favor"
    assert ("Andres Tamm", "Liis Kask") not in got


def test_bringing_in_police_and_calling_it_freedom_mocks_the_doer():
    text = ("Kosovo opens bridge\n\nPRISTINA (Reuters) - Kosovo will open the bridge in "
            "Mitrovica to cars next month, the interior minister said.\n\n\"They want to bring "
            "in special police and call it freedom,\" said Dragana Petrovic.\n\nKosovo says the "
            "move will help businesses.\n")
    assert pairs(text)[("Dragana Petrovic", "Kosovo")] == "against"


def test_an_objection_then_a_demand_on_the_government_is_against_it():
    text = ("Finnish icebreakers\n\nHELSINKI (Reuters) - Finland's government approved two new "
            "icebreakers, the first ready in 2029.\n\nShipping companies said that was too late "
            "and urged the government to lease icebreakers from abroad.\n")
    assert pairs(text)[("shipping companies", "Finland")] == "against"


def test_a_government_that_had_not_studied_cheaper_options_is_charged():
    text = ("Estonia revives bridge\n\nTALLINN (Reuters) - Estonia's government on Thursday "
            "revived plans for a bridge to the island of Saaremaa.\n\nThe Estonian Fund for "
            "Nature said the bridge would cut through a bird migration route and that the "
            "government had not studied cheaper options.\n")
    assert pairs(text)[("Estonian Fund for Nature", "Estonia")] == "against"


def test_grants_that_would_not_work_object_to_the_city_that_offers_them():
    text = ("Kyoto townhouses\n\nTOKYO (Reuters) - Kyoto is losing 800 of its wooden townhouses "
            "every year.\n\nKyoto city said it would raise grants for repairs.\n\nThe Kyoto "
            "Machiya Preservation Network said grants alone would not work and called on the "
            "city to cut property taxes.\n")
    assert pairs(text)[("Kyoto Machiya Preservation Network", "Kyoto")] == "against"


def test_a_lede_s_gap_clause_objection_is_against_the_body_that_acted():
    text = ("Belfast signs\n\nBELFAST (Reuters) - Belfast City Council on Monday approved "
            "bilingual street signs for 18 streets, a decision unionist councillors said would "
            "divide neighbourhoods.\n\nThe council said the vote had followed its rules.\n")
    got = pairs(text)
    assert got[("unionist councillors", "Belfast City Council")] == "against"


def test_a_law_that_corrected_an_unfair_system_is_praised_not_objected_to():
    text = ("Chile passes fishing law\n\nSANTIAGO (Reuters) - Chile's Congress on Tuesday "
            "approved a new fisheries law, a change the industry said would cost thousands of "
            "jobs.\n\nEconomy Minister Tomás Herrera-Lillo said the law corrected an unfair "
            "system and that the government would help workers retrain.\n\nCongress voted 80 "
            "to 40.\n")
    assert pairs(text).get(("Tomás Herrera-Lillo", "Congress")) != "against"


def test_a_lawyer_against_a_court_of_a_canton_is_against_the_court_by_its_label():
    text = ("ZURICH (Reuters) - A village's church bells will keep ringing at night.\n\nThe "
            "administrative court of the canton of Zurich ruled that the bells were part of "
            "the village's tradition.\n\nTheir lawyer, Daniel Brunner, said the ruling ignored "
            "medical evidence that broken sleep harms health.\n")
    found = pairs(text)
    assert found[("Daniel Brunner", "administrative court of the canton of Zurich")] == \
        "against"


def test_a_renaming_called_long_overdue_favours_whoever_renames():
    text = ("ALMATY, Kazakhstan (Reuters) - Almaty's city administration will rename 40 "
            "streets that still carry the names of Soviet officials, it said on Wednesday.\n\n"
            "Historian Yerlan Nurpeisov said the renaming was long overdue.\n")
    found = pairs(text)
    assert found[("Yerlan Nurpeisov", "Almaty")] == "favor"
    assert not [k for k in found if "" in k]  # ("Soviet": a former state's, no target)


def test_wanting_done_what_the_speaker_cannot_pay_for_opposes_them():
    text = ("THESSALONIKI, Greece (Reuters) - Families protested in Thessaloniki on Tuesday "
            "against the exhumation of graves, saying the city gave them too little notice.\n\n"
            "The city said "
            "it had sent letters to every family.\n\n\"Nobody wrote to me. They want to dig up "
            "my husband next week and I do not even have the money for a box for his bones,\" "
            "said Eleni Papadaki, 71.\n")
    assert pairs(text)[("Eleni Papadaki", "Thessaloniki")] == "against"


def test_a_city_planning_official_takes_no_side_on_the_city():
    text = ("VIENNA (Reuters) - Owners of Vienna's traditional heuriger wine taverns say rising "
            "land prices on the city's edge are tempting families to sell vineyards to housing "
            "developers.\n\nVienna's city government said about 700 hectares of vineyards were "
            "protected by zoning rules and that it had no plans to allow building on them. A "
            "city planning official said some plots on the edges were not covered and that the "
            "city was reviewing them.\n\nThe Vienna winegrowers' association said the number "
            "of heurigers in the city had fallen by roughly a third in 20 years.\n")
    found = pairs(text)
    assert ("city planning official", "Vienna") not in found
    assert found[("owners", "Vienna")]  # (the city a target all the same)


def test_face_fines_is_no_penalty_act_and_a_city_that_fines_me_is_opposed():
    text = ("BRATISLAVA (Reuters) - Owners of buildings in Bratislava's old town will have to "
            "remove graffiti within 30 days or face fines of up to 5,000 euros under a rule "
            "approved by the city council on Thursday, angering owners who say they are being "
            "punished for vandalism by others.\n\nThe city said graffiti had roughly doubled in "
            "five years.\n\n\"Someone sprays my house at night, and the city fines me,\" said "
            "Peter Kovac.\n")
    found = pairs(text)
    assert found[("Peter Kovac", "Bratislava")] == "against"
    assert all(len(s.split()) <= 4 for s, _ in found)  # (no "owners of buildings ... or face")


def test_what_a_body_should_do_instead_opposes_it():
    text = ("BRATISLAVA (Reuters) - Owners of buildings in Bratislava's old town will have to "
            "remove graffiti within 30 days.\n\nThe city said graffiti had roughly doubled in "
            "five years.\n\n\"Someone sprays my house at night. The city should catch the vandals "
            "instead,\" said Peter Kovac.\n")
    assert pairs(text)[("Peter Kovac", "Bratislava")] == "against"


def test_a_group_that_welcomes_a_ruling_is_not_the_court_that_made_it():
    text = ("JOHANNESBURG (Reuters) - South Africa's Competition Commission said on Tuesday that "
            "public schools must stop forcing parents to buy uniforms from a single shop.\n\n"
            "Parents' group Uniform Justice welcomed the ruling and said it would help families "
            "report schools that ignored it.\n")
    assert pairs(text)[("Uniform Justice", "Competition Commission")] == "favor"


def test_a_council_spokesman_takes_no_side_on_the_council():
    text = ("RABAT (Reuters) - Animal welfare groups in Morocco accused the city of Casablanca "
            "on Wednesday of poisoning stray dogs.\n\nCasablanca's city council denied that it "
            "was culling dogs. A council spokesman said its teams caught dogs and took them to "
            "a clinic. \"There is no campaign of killing. That is false,\" he said.\n")
    found = pairs(text)
    assert not [k for k in found if k[0] == "council spokesman"]
    assert found[("animal welfare groups in Morocco", "Casablanca council")] == "against"


def test_a_deputy_mayor_who_speaks_after_a_district_council_speaks_for_it():
    text = ("BUDAPEST (Reuters) - A central Budapest district has removed dozens of benches from "
            "its underpasses, saying they had become places where people slept.\n\nThe District "
            "VIII council said on Monday that it had taken out 46 benches since January. "
            "\"Families were afraid to walk through the underpass,\" deputy mayor Gergely Sipos "
            "told reporters. \"We did not do this against anyone.\"\n\nThe Shelter Foundation "
            "said the city's shelters were already full.\n")
    assert not [k for k in pairs(text) if k[0] == "Gergely Sipos"]


def test_rejecting_the_request_opposes_whoever_asked():
    text = ("WELLINGTON (Reuters) - BusinessNZ on Monday asked the government to let employers "
            "swap the holiday for another day off, saying it cost small firms millions.\n\n"
            "Maori leaders rejected the request. BusinessNZ said cafes had to pay staff more.\n")
    assert pairs(text)[("maori leaders", "BusinessNZ")] == "against"


def test_fences_that_only_move_the_problem_and_a_demand_oppose_the_railway():
    text = ("OSLO (Reuters) - Trains in Norway killed more than 1,800 moose last year, the "
            "railway operator Bane NOR said on Tuesday.\n\nBane NOR said it would build about "
            "30 kilometres of new fences this year.\n\nHunters' association NJFF said the fences "
            "would only move the problem down the line and urged the railway to clear wider "
            "corridors of forest so that drivers could see animals earlier.\n")
    assert pairs(text)[("NJFF", "Bane NOR")] == "against"


def test_a_charge_called_discriminatory_opposes_the_body_the_story_had_raise_it():
    text = ("LONDON (Reuters) - Hundreds of narrowboats sailed through London on Saturday to "
            "protest a rise in licence fees.\n\nThe Canal & River Trust, the charity that "
            "manages the waterways, is raising licence fees by up to 25% over five years, with "
            "an extra charge for boaters who have no permanent mooring.\n\n\"Now they are making "
            "the boat unaffordable too,\" said Kate Fielding, a teacher.\n\nThe trust said its "
            "grant was being cut. The National Bargee Travellers Association said the extra "
            "charge for roaming boaters was discriminatory.\n")
    found = pairs(text)
    assert found[("Kate Fielding", "Canal & River Trust")] == "against"
    assert found[("National Bargee Travellers Association", "Canal & River Trust")] == "against"


def test_two_groups_that_welcome_an_act_are_labelled_together():
    text = ("AUXERRE, France (Reuters) - The town of Auxerre has begun switching off its street "
            "lights at night, Mayor Claire Vannier said.\n\nSome residents said they no longer "
            "felt safe. Astronomers and bird protection groups welcomed the decision.\n")
    assert pairs(text)[("astronomers and bird protection groups", "Auxerre")] == "favor"


def test_a_cap_said_to_force_practices_to_close_opposes_whoever_proposed_capping():
    text = ("LONDON (Reuters) - Britain's competition watchdog said on Tuesday that pet owners "
            "may be paying too much for veterinary care, and proposed capping the price of "
            "prescriptions.\n\nThe Competition and Markets Authority said six large groups now "
            "owned about 60% of the country's vet practices.\n\nThe British Veterinary "
            "Association said it welcomed clearer prices but warned that a cap on medicines "
            "could force some practices, particularly in rural areas, to close.\n")
    found = pairs(text)
    assert found[("British Veterinary Association", "Competition and Markets Authority")] == \
        "against"


def test_supporting_the_change_favours_whoever_made_it():
    text = ("WELLINGTON (Reuters) - Cheap camper vans will no longer be allowed to park "
            "overnight at New Zealand's free campsites, the government said on Monday.\n\n"
            "Backpackers say they are being pushed out.\n\nThe Responsible Campers Association "
            "said most of its members already had fixed toilets and supported the change.\n")
    assert pairs(text)[("Responsible Campers Association", "New Zealand")] == "favor"


def test_objections_and_approval_of_fines_face_the_council_that_defends_them():
    text = ("PORTO, Portugal (Reuters) - Dozens of dog owners marched through Porto's City Park "
            "on Sunday to protest fines for letting dogs off the lead, which the city began "
            "enforcing this month.\n\nThe city council said it had opened four fenced areas "
            "where dogs could run freely.\n\nAnimal welfare group SOS Animal said the fines "
            "punished responsible owners. Some parents said the rule was overdue.\n")
    found = pairs(text)
    assert found[("SOS Animal", "city council")] == "against"
    assert found[("parents", "city council")] == "favor"


def test_a_place_said_to_be_no_substitute_opposes_the_city_that_announced_the_ban():
    text = ("BARCELONA (Reuters) - Barcelona's city hall will ban skateboarding in 12 squares "
            "in the old town, it said on Wednesday.\n\nCity hall said neighbours had complained "
            "for years about noise.\n\nSkaters said the plaza had drawn skaters from around the "
            "world and that a park on the edge of the city was no substitute.\n")
    assert pairs(text)[("skaters", "Barcelona")] == "against"


def test_a_tax_said_to_punish_pensioners_opposes_the_council_that_defends_it():
    text = ("AMSTERDAM (Reuters) - Dog owners in Almere have collected 11,000 signatures "
            "against a plan to raise the tax on dogs.\n\n\"We pay and pay,\" said Ingrid de "
            "Vries, who owns two Labradors. She said the tax punished pensioners for whom a dog "
            "was their only company.\n\nThe city council said the tax had not risen since 2014.\n")
    assert pairs(text)[("Ingrid de Vries", "city council")] == "against"


def test_an_unnamed_body_is_a_target_by_its_head_noun():
    text = ("MEXICO CITY (AP) — The state's pyrotechnics institute said inspectors would close "
            "home workshops.\n\n"
            "Rosalía Quintero, who leads the artisans' union, said the institute had never "
            "consulted artisans and was destroying small families.\n")
    assert pairs(text)[("Rosalía Quintero", "state's pyrotechnics institute")] == "against"


def test_a_speakers_own_town_is_not_what_it_reacts_to():
    text = ('TULTEPEC, Mexico (AP) — Authorities in Mexico State ordered fireworks makers in '
            'Tultepec on Monday to move all gunpowder work out of their homes within 60 days,'
            ' a week after a blast in a family workshop killed three people and damaged about'
            ' a dozen houses.\n\n'
            "The state's pyrotechnics institute said inspectors would close any home workshop"
            ' still storing powder after the deadline, and that workshops could apply for '
            "plots in the town's designated production zone at La Saucera.\n\n"
            '"We cannot keep burying families because a kitchen became a powder store," the '
            "institute's director, Arturo Villaseñor, told reporters. He said the ban was "
            '"overdue" and accused some workshop owners of ignoring inspections for years.\n\n'
            "Tultepec, which calls itself Mexico's fireworks capital, has about 2,000 "
            "registered artisans, many of whom work in back rooms and patios. The town's "
            "artisans' union said the order was unrealistic and would push production "
            'underground.\n\n'
            '"There are not enough plots at La Saucera for half of us, and the ones that '
            'exist have no water or power," said Rosalía Quintero, who leads the union. She '
            'said the institute had never consulted artisans and called the deadline "a death'
            ' sentence for small families."\n\n'
            "Tultepec's mayor, Gerardo Ocampo, said the town supported safer workshops but "
            'asked the state to extend the deadline and to pay for the new plots. "Nobody '
            'here wants another funeral, but you cannot move a whole trade in two months," he'
            ' said.\n\n')
    got = pairs(text)
    assert ("town's artisans' union", "Tultepec") not in got
    assert got[("town's artisans' union", "state's pyrotechnics institute")] == "against"


def test_something_kept_past_its_time_and_no_harm_done():
    text = ("Eigg Electric, which runs the island's grid, said the cap would stay.\n\n"
            'Fiona Gallacher said: "Eigg Electric is protecting a system built for another '
            'century."\n\n'
            'Hamish Kerr said the cap had taught islanders to share. "Nobody here has ever gone '
            'cold because of it," he said.\n')
    got = pairs(text)
    assert got[("Fiona Gallacher", "Eigg Electric")] == "against"
    assert got[("Hamish Kerr", "Eigg Electric")] == "favor"


def test_an_office_in_the_capital_is_the_government_and_a_claim_to_it_denied():
    text = ("PORT VILA, Vanuatu (Reuters) - Vanuatu's government will require inspections of the "
            "towers, the tourism ministry said.\n\n"
            '"The naghol belongs to the chiefs, not to an office in Port Vila," said Chief Luke '
            "Tabi.\n\n"
            "Mary-Rose Lini said the rules would probably protect the ceremony's reputation.\n")
    got = pairs(text)
    assert got[("Luke Tabi", "Vanuatu")] == "against"
    assert got[("Mary-Rose Lini", "Vanuatu")] == "favor"


def test_an_approval_taken_back_is_no_approval():
    text = ("HANOI (Reuters) - Hanoi will ban motorbikes from the centre, the city said.\n\n"
            "Researcher Tran Thi Mai said the ban would probably improve air quality, but warned "
            "that traffic could simply move.\n")
    assert pairs(text).get(("Tran Thi Mai", "Hanoi")) != "favor"


def test_a_breach_of_a_bodys_law_is_a_charge_against_the_breaker():
    text = ('VALLETTA, Malta (AP) — Malta will allow hunters to shoot turtle doves for two '
            'weeks this spring despite a European Union moratorium on hunting the species, '
            'the government said on Wednesday, reviving a dispute with conservationists and '
            'the European Commission.\n\n'
            'The government said the season, from April 10 to April 24, would be capped at '
            '1,500 birds and that every kill must be reported by text message within two '
            'hours.\n\n'
            '"Spring hunting is part of who we are, and we have shown that it is controlled,"'
            ' said Ivan Spiteri-Camilleri, the parliamentary secretary for hunting.\n\n'
            'The Malta Bird Protection Society said the decision broke EU law and that it '
            'would file a complaint with the European Commission. "Turtle doves have declined'
            ' by nearly 80% across Europe. Shooting them on their way to breed is '
            'indefensible," said the group\'s director, Elena Zammit-Lupi.\n\n')
    got = pairs(text)
    assert got[("Malta Bird Protection Society", "Malta")] == "against"
    assert ("Malta Bird Protection Society", "European Union") not in got
    assert ("Malta Bird Protection Society", "European Commission") not in got


def test_a_town_that_backs_a_ban_and_a_shield_from_competition():
    text = ("PALANGA, Lithuania (Reuters) - Lithuania's environment ministry has banned amber "
            "collectors from digging in the dunes, saying the holes speed up erosion.\n\n"
            "Collectors may still dig at the waterline, the ministry said.\n\n"
            "Palanga's deputy mayor, Tomas Gudelis, said the town backed the ban, which was "
            "needed to protect the beach.\n")
    assert pairs(text)[("Tomas Gudelis", "Lithuania's environment ministry")] == "favor"
    text = ("The federation sued Maison Verlaine on Tuesday.\n\n"
            '"The federation simply wants to protect the big houses from competition," said '
            "Luc Verlaine.\n")
    assert pairs(text)[("Luc Verlaine", "federation")] == "against"


def test_a_characterised_thing_is_the_act_of_whoever_told_of_it_as_their_own():
    text = ('RIYADH (AP) — Organizers of a Saudi camel beauty festival have disqualified 43 '
            'camels after inspectors found their lips and humps had been injected with Botox '
            'and fillers to make them look more attractive to judges, the festival said on '
            'Sunday.\n\n'
            'The festival, which offers prizes worth millions of riyals for the most '
            'beautiful camels, said it had used X-ray and ultrasound scans for the first time'
            ' this year and would ban owners caught cheating from the next three editions.\n\n'
            '"Beauty must be natural. Anyone who tampers with an animal to win money is not a'
            ' breeder, he is a cheat," the festival\'s head of judging, Fahd al-Otaibi, told '
            'state television.\n\n'
            'Owners of some of the disqualified camels said they had bought the animals '
            'recently and had no idea they had been treated. "I paid 2 million riyals for '
            'her. How was I to know what the previous owner did?" said Mansour al-Harbi, '
            'whose camel was among those removed. He called the scans "unreliable" and said '
            'he would appeal.\n\n')
    got = pairs(text)
    assert got[("Mansour al-Harbi", "festival")] == "against"
    text = ("COTONOU (Reuters) - The drivers' union said the strike would continue until more "
            "scanners were added.\n\n"
            "Jean Dossou, a trader, said the strike had hurt business.\n\n"
            'The port operator, Port Autonome de Cotonou, called the strike "unjustified."\n')
    assert pairs(text)[("Port Autonome de Cotonou", "drivers' union")] == "against"


def test_an_objection_to_the_states_announced_act_and_a_tax_called_small():
    text = ('BUENOS AIRES, Argentina (Reuters) - Argentina will charge a 5% tax on exports of'
            ' polo ponies from next month, the agriculture ministry said on Tuesday, a '
            'measure breeders warned could push buyers from the Gulf and Europe toward rivals'
            ' in Uruguay and South Africa.\n\n'
            'The ministry said the country exported about 2,000 polo horses last year, many '
            'of them sold for more than $50,000 each, and that the tax would fund veterinary '
            'controls and the national equine registry.\n\n'
            '"Argentine polo horses are the best in the world, and the best can afford to '
            'contribute," Agriculture Secretary Sergio Vidal said.\n\n'
            "The breeders' association said the tax came on top of rising feed and transport "
            'costs and would hit small stud farms hardest. "The big names will survive. The '
            'family farms that produce the champions of tomorrow may not," said its '
            'president, Inés Bustamante, who breeds horses near General Rodríguez.\n\n'
            'Some players disagreed. Tomás Echeverría, a professional polo player, said the '
            'tax was small compared with what foreign clubs pay and that demand for Argentine'
            ' horses was unlikely to fall. "A buyer in Dubai will not change his mind over '
            '5%," he said.\n\n')
    got = pairs(text)
    assert got[("breeders' association", "Argentina")] == "against"
    assert ("breeders' association", "Tomás Echeverría") not in got
    assert got[("Tomás Echeverría", "Argentina")] == "favor"


def test_a_decision_a_group_called_an_insult_is_the_banks_not_its_countrys():
    text = ('MONTEVIDEO, Uruguay (AP) — Uruguay\'s central bank will replace the portrait of a '
            'writer on the 500-peso note with an image of a heron, the bank said Monday, a '
            'decision that teachers\' unions called "an insult to the country\'s schools."\n\n'
            '"It is a disgrace," said Rosa Valdés, a teacher in Salto.\n\n'
            'Pablo Cáceres, an economist, said herons were easier to recognise and that the '
            'redesign was "long overdue."\n')
    got = pairs(text)
    assert got[("teachers' unions", "Uruguay's central bank")] == "against"
    assert ("teachers' unions", "Uruguay") not in got
    assert got[("Pablo Cáceres", "Uruguay's central bank")] == "favor"


def test_a_lede_body_after_the_and_objections_told_as_upside_down_or_a_court_asked():
    text = ('BRNO (Reuters) - The Moravian Regional Library has signed a deal with a software '
            'firm to scan 50,000 out-of-print books, the library said on Monday.\n\n'
            'The Moravian Writers\' Guild said the scheme had turned authors\' rights "upside '
            'down."\n\n'
            'Poet Vera Holubová said she would ask a court to block the scanning of her '
            'books.\n')
    got = pairs(text)
    assert got[("Moravian Writers' Guild", "Moravian Regional Library")] == "against"
    assert got[("Vera Holubová", "Moravian Regional Library")] == "against"


def test_words_quoted_on_anothers_report_and_an_officers_approval_of_their_own_bodys_act():
    text = ('BEIJING (AP) — China accused the United States of bullying on Monday.\n\n'
            'The U.S. Commerce Department said the firms had helped supply Russia\'s army with '
            'drone parts, a charge Beijing rejected as "groundless."\n')
    got = pairs(text)
    assert ("Beijing", "Russia") not in got  # (the charge is the department's, not Russia's)
    text = ('English water company imposes hosepipe ban as customers fume over leaks\n\n'
            'LONDON (AP) — Downland Water will ban the use of garden hoses for 1.5 million '
            'customers in southern England from Friday after weeks of dry weather, the company '
            'said, drawing anger from customers who say it loses too much water through leaking'
            ' pipes.\n\n'
            "The company's chief executive, Ian Pelham-Rowe, said reservoir levels had fallen "
            'to their lowest point for the time of year since 1976 and that the ban was needed '
            'to protect supplies. "We know this is frustrating, and we are sorry," he said.\n')
    got = pairs(text)
    assert ("Ian Pelham-Rowe", "Downland Water") not in got  # (his own company's act)
    assert got[("customers", "Downland Water")] == "against"


def test_an_open_invitation_to_silence_and_an_outlets_editor_who_is_not_the_courts():
    text = ('PODGORICA, Montenegro (Reuters) - A court has ordered a news portal to name its '
            'source, according to the ruling.\n\n'
            'The Basic Court in Podgorica gave the portal, Istina Online, 15 days to name its '
            'source, according to the ruling.\n\n'
            '"We will not name our source," the portal\'s editor, Marko Vujošević, told '
            'Reuters. He said the court was "protecting the buyer, not the law."\n\n'
            'The Media Union said the ruling was "an open invitation to silence reporters."\n')
    got = pairs(text)
    assert got[("Marko Vujošević", "Basic Court")] == "against"
    assert got[("Media Union", "Basic Court")] == "against"


def test_a_region_acting_in_the_lede_and_objections_of_law_and_reach():
    text = ('CAGLIARI, Italy (AP) — Sardinia will require applicants for regional jobs to pass an '
            'exam in Sardinian from next year, in a move critics said would shut out Italians '
            'from the rest of the country.\n\n'
            '"Today our language becomes the language of our institutions," said Regional '
            'President Giovanni Pinna-Sechi.\n\n'
            "Italy's public administration minister, Laura Ferrante, said the law was probably "
            'unconstitutional.\n')
    got = pairs(text)
    assert got[("critics", "Sardinia")] == "against"
    assert got[("Laura Ferrante", "Sardinia")] == "against"
    assert ("Giovanni Pinna-Sechi", "Sardinia") not in got  # (his own region)
    text = ('PHOENIX (AP) — Arizona will stop approving new homes in parts of the Phoenix area, '
            'Gov. Linda Hartwell announced Wednesday.\n\n'
            'Homebuilders warned that the decision would drive up housing prices.\n')
    assert ("Homebuilders", "Arizona") not in pairs(text)  # (the governor's act)


def test_an_approval_of_the_ledes_unnamed_act_and_a_price_beyond_what_the_market_can_bear():
    text = ("LIBREVILLE, Gabon (Reuters) - Gabon's government will take over the running of the "
            'hospital in Lambaréné from the foundation that has managed it, the health ministry '
            'said on Friday.\n\n'
            'Dr. Sylvie Moussavou, who has worked there for 22 years, said she welcomed the move '
            'if it meant regular salaries.\n')
    assert pairs(text)[("Sylvie Moussavou", "Gabon")] == "favor"
    text = ("LUSAKA, Zambia (Reuters) - Zambia's telecoms regulator will auction licences for 5G "
            'networks next month with a reserve price of $60 million per licence, it said on '
            "Wednesday, a level the country's mobile operators said was far above what the "
            'market could bear.\n\n'
            'The Zambia Information and Communications Technology Authority said the price '
            'reflected the value of the spectrum.\n\n'
            'The operators said the price would delay coverage outside Lusaka by years.\n')
    regulator = "Zambia Information and Communications Technology Authority"
    assert pairs(text)[("operators", regulator)] == "against"
    text = text.replace("The operators said the price would delay coverage outside Lusaka by "
                        "years.", "Mobile operators said the price was far above what the "
                        "market could bear.")
    assert pairs(text)[("mobile operators", regulator)] == "against"


def test_a_person_the_narration_names_with_the_act_is_no_maker_of_it():
    text = ("MADRID (AP) — Spain's parliament on Thursday approved an amnesty for hundreds of "
            "Catalan separatists, a measure demanded by Catalan parties.\n\n"
            "Catalan separatist leader Oriol Ferrer, who has lived in Belgium since 2017, could "
            "return under the law.\n\n"
            "Several judges' associations have warned that the law may be unconstitutional.\n")
    assert ("judges' associations", "Oriol Ferrer") not in pairs(text)


def test_one_named_only_in_the_condition_of_a_favour_gets_none():
    text = ("AMSTERDAM (AP) — A consumer magazine will stop publishing its herring ranking, its "
            "publisher, Vrij Wonen Media, said on Thursday.\n\n"
            "The fish retailers' association, led by Anouk de Vries, said its members would "
            "support a new, independent tasting if Vrij Wonen Media agreed to open judging.\n")
    assert pairs(text).get(("fish retailers' association", "Vrij Wonen Media")) != "favor"
    text = text.replace("would support a new, independent tasting if Vrij Wonen Media agreed "
                        "to open judging", "would support Vrij Wonen Media")
    assert pairs(text)[("fish retailers' association", "Vrij Wonen Media")] == "favor"
    text = ("MOSCOW (Reuters) - Russia's president said he would meet Donald Trump.\n\n"
            '"I am ready for a meeting anytime if he wants it," Vladimir Putin said.\n')
    assert pairs(text)[("Vladimir Putin", "Donald Trump")] == "favor"  # (a pronoun in the
    # condition points to the meeting's other side)


def test_a_move_that_its_critics_warned_of_is_opposed():
    text = ("WARSAW (Reuters) - Poland will cut state subsidies for the country's cheap "
            "canteens, the finance ministry said on Monday, in a move owners warned could close "
            "about a third of them.\n")
    assert pairs(text)[("owners", "Poland")] == "against"


def test_a_ledes_body_named_by_its_country_makes_the_act_its_critics_answer():
    text = ("VILNIUS (Reuters) - Lithuania's basketball federation will limit top-division "
            "clubs to four foreign players per game from next season, it said on Monday.\n\n"
            "Kaunas Giants, the country's most successful club, said the quota would weaken "
            "Lithuanian teams in European competition.\n\n"
            "Rasa Jurkute, the club's general manager, told reporters the rule was badly timed "
            "because contracts had already been signed.\n\n"
            "Jonas Petraitis, coach of a smaller club, said it would probably make salaries "
            "easier to manage.\n")
    got = pairs(text)
    body = "Lithuania's basketball federation"
    assert got[("Kaunas Giants", body)] == "against"
    assert got[("Rasa Jurkute", body)] == "against"
    assert got[("Jonas Petraitis", body)] == "favor"


def test_a_firm_described_before_its_name_opens_the_lede_as_the_acts_maker():
    text = ("COPENHAGEN (Reuters) - Danish rail operator DSB will remove around 4,000 bicycles "
            "from racks at the central station this month, it said on Thursday.\n\n"
            "The cyclists' federation said the clean-up was necessary but the notice period of "
            "two weeks was too short.\n\n"
            "The city's traffic department said it supported the operation.\n")
    got = pairs(text)
    assert got[("cyclists' federation", "DSB")] == "against"
    assert got[("city's traffic department", "DSB")] == "favor"


def test_a_plan_that_would_break_a_promise_is_opposed():
    text = ("LEIPZIG, Germany (AP) — The German city of Leipzig plans to build 900 apartments on "
            "land used by allotment gardens, the city's planning department said.\n\n"
            "Leipzig's association of allotment gardeners, which represents 278 colonies, said "
            "the plan would break a promise made by the city council in 2019 to protect the "
            "gardens for at least 25 years.\n")
    assert pairs(text)[("Leipzig's association of allotment gardeners", "Leipzig")] == "against"


def test_a_rule_its_critics_warned_of_and_a_power_denied_are_against_the_body():
    text = ("LAGOS, Nigeria (Reuters) - Nigeria's film censors board will require producers to "
            "submit scripts for approval, its director-general said on Thursday, a rule "
            "Nollywood filmmakers warned would slow down the industry.\n\n"
            "Director-General Halima Dogonyaro said the National Film and Video Censors Board "
            "classified more than 2,500 films last year.\n\n"
            "The producers' guild said the board \"clearly has no power\" to review unfinished "
            "work.\n")
    got = pairs(text)
    board = "National Film and Video Censors Board"
    assert got[("nollywood filmmakers", board)] == "against"
    assert got[("producers' guild", board)] == "against"


def test_a_province_its_country_names_acts_in_the_lede_as_a_state():
    text = ("JEJU, South Korea (Reuters) - South Korea's Jeju province will fine cafes that turn "
            "away young children, its governor said on Tuesday.\n\n"
            "The Korea Cafe Owners Association said the ordinance would probably be challenged "
            "in court, arguing that it interfered with how private businesses were run.\n")
    assert pairs(text)[("Korea Cafe Owners Association", "Jeju")] == "against"


def test_a_change_that_risked_dumbing_down_a_trade_is_opposed():
    text = ("COPENHAGEN (Reuters) - Danish rail operator DSB will shorten its driver training, "
            "it said on Wednesday.\n\n"
            "The drivers' union said the change risked \"dumbing down\" a qualification that "
            "set its members apart.\n")
    assert pairs(text)[("drivers' union", "DSB")] == "against"


def test_a_ward_its_city_names_acts_in_the_lede_and_a_plan_if_it_goes_ahead_opposes_it():
    text = ("TOKYO (Reuters) - Tokyo's Taito ward will ban alcohol in Ueno Park during the "
            "cherry blossom season, ward officials said on Wednesday.\n\n"
            "Food stall operators in the park said the ban would cut their takings by half.\n")
    assert pairs(text)[("food stall operators in the park", "Taito")] == "against"
    text = ("CAPE TOWN (Reuters) - Cape Town will stop funding its shark lookouts from July, the "
            "city said on Tuesday.\n\n"
            "Surfers at Muizenberg said they would raise money themselves if the city went "
            "ahead.\n")
    assert pairs(text)[("surfers at Muizenberg", "Cape Town")] == "against"


def test_a_change_that_would_force_prices_up_and_came_with_short_notice_is_opposed():
    text = ("CUSCO, Peru (Reuters) - Peru will cut the maximum load a porter may carry on the "
            "Inca Trail, the culture ministry said on Thursday, a change tour agencies said "
            "would force them to hire more porters and raise prices.\n\n"
            "The Cusco Association of Tourism Agencies said it supported better conditions for "
            "porters but that the change was announced with only six weeks' notice.\n")
    got = pairs(text)
    assert got[("tour agencies", "Peru")] == "against"
    assert got[("Cusco Association of Tourism Agencies", "Peru")] == "against"


def test_a_rule_that_would_punish_the_many_is_opposed():
    text = ("VISBY, Sweden (Reuters) - Sweden's Gotland region will limit wild camping on its "
            "coast to one night per site, its regional council said on Tuesday.\n\n"
            "The Swedish Outdoor Association said the rule would punish the many for the "
            "mistakes of a few.\n")
    assert pairs(text)[("Swedish Outdoor Association", "Gotland")] == "against"


def test_a_city_named_in_the_lede_and_told_by_its_own_officer_is_the_target():
    text = ("SALVADOR, Brazil (Reuters) - The Brazilian city of Recife will require capoeira "
            "teachers to register with the city, its culture secretary said on Wednesday.\n\n"
            "Culture Secretary Lia Prado said the registry would protect children.\n\n"
            "The Capoeira Teachers Federation said it would ask a court to strike down the "
            "registry.\n")
    got = pairs(text)
    assert got[("Capoeira Teachers Federation", "Recife")] == "against"
    assert ("Lia Prado", "Recife") not in got  # the city's own officer


def test_a_province_told_by_its_spokesman_and_a_body_that_asked_for_the_act():
    text = ("DENPASAR, Indonesia (Reuters) - Indonesia's Lombok province has asked mobile "
            "operators to switch off internet data for a day of prayer, a provincial "
            "spokesman said on Monday.\n\n"
            "The island's clerics' council, which requested the shutdown, said the day was "
            "sacred. A group of remote workers said the shutdown could cost its members a "
            "day's pay.\n")
    got = pairs(text)
    assert ("provincial spokesman", "Lombok") not in got
    assert got[("island's clerics' council", "Lombok")] == "favor"
    assert got[("group of remote workers", "Lombok")] == "against"


def test_a_regulator_its_country_owns_is_the_body_named_next_by_its_peoples_word():
    text = ("OSLO (Reuters) - Norway's energy regulator on Tuesday approved a wind farm on "
            "reindeer pastures, rejecting objections from Sami herders who say the turbines "
            "will scare their animals.\n\n"
            "The Norwegian Water Resources and Energy Directorate said the developer had "
            "agreed to halt construction during calving season.\n")
    got = pairs(text)
    assert got[("sami herders", "Norwegian Water Resources and Energy Directorate")] == \
        "against"


def test_a_body_the_narrator_says_lobbied_for_the_act_backs_its_maker():
    text = ("PORT OF SPAIN (Reuters) - Trinidad and Tobago will impose a duty on imported "
            "steelpans, the finance ministry said on Friday.\n\n"
            "Pan Trinbago, the body that runs the steelband movement, had lobbied for the duty "
            "for three years.\n\n"
            "The music teachers' association said the duty would probably leave some school "
            "bands without instruments. An importer said the duty was \"protectionism dressed "
            "up as culture.\"\n")
    got = pairs(text)
    assert got[("Pan Trinbago", "Trinidad and Tobago")] == "favor"
    assert got[("music teachers' association", "Trinidad and Tobago")] == "against"
    assert got[("importer", "Trinidad and Tobago")] == "against"


def test_a_district_its_city_owns_makes_the_act_its_critics_and_backers_answer():
    text = ("BERLIN (Reuters) - Berlin's Friedrichshain-Kreuzberg district has begun fining "
            "late-night shops for opening on Sundays.\n\n"
            "The shop owners' association said many owners would almost certainly close if "
            "the fines continued. The services union Verdi backed the enforcement, saying "
            "Sunday rest protected shop workers. Berlin's Senate has said it will consider an "
            "exemption.\n")
    got = pairs(text)
    assert got[("shop owners' association", "Friedrichshain-Kreuzberg")] == "against"
    assert got[("Verdi", "Friedrichshain-Kreuzberg")] == "favor"


def test_a_rushed_rule_that_would_double_costs_is_opposed():
    text = ("VALENCIA, Spain (Reuters) - Valencia will require the Fallas monuments to be made "
            "with at least half wood, city hall said on Thursday.\n\n"
            "The Guild of Fallas Artists said the rule was rushed and would double the cost of "
            "some monuments.\n")
    assert pairs(text)[("Guild of Fallas Artists", "Valencia")] == "against"


def test_a_vow_to_fight_a_bodys_proposal_opposes_the_body():
    text = ("STOCKHOLM (Reuters) - Sweden's government said on Monday it would fight a European "
            "Commission proposal to ban flavoured snus and nicotine pouches across the EU, "
            "arguing that the moist tobacco had "
            "helped make Sweden the bloc's country with the fewest smokers.\n\n"
            "Snus makers said the ban could push users toward illegal imports. Anti-tobacco "
            "groups backed the Commission.\n")
    assert pairs(text)[("Sweden", "European Commission")] == "against"


def test_a_ministry_its_country_names_in_the_lede_is_the_maker_its_critics_answer():
    text = ("IQUITOS, Peru (Reuters) - Peru's health ministry will require ayahuasca retreats "
            "to register with the state, it said on Wednesday.\n\n"
            "The ministry said some retreats were run by people with no training.\n\n"
            "Indigenous healers said the rules treated a sacred medicine like a drug. Rosa "
            "Quispe, a healer, said the healers' association would challenge the rules in "
            "court. Daniel Osorio, who runs a retreat, said the registry was probably "
            "overdue.\n")
    got = pairs(text)
    assert got[("indigenous healers", "Peru's health ministry")] == "against"
    assert got[("Daniel Osorio", "Peru's health ministry")] == "favor"
    assert ("indigenous healers", "Rosa Quispe") not in got


def test_a_rule_that_could_cut_their_business_is_opposed():
    text = ("SEOUL (Reuters) - South Korea's heritage agency will stop giving free palace entry "
            "to visitors in rented fusion hanbok, the agency said on Thursday.\n\n"
            "Rental shop owners said the rule could cut their business by half.\n")
    got = pairs(text)
    assert [label for (speaker, _), label in got.items()
            if speaker == "rental shop owners"] == ["against"]


def test_the_ledes_own_act_announced_is_no_objection_to_its_critics():
    text = ("OSLO (Reuters) - Norway will allow its whalers to kill up to 1,400 minke whales "
            "this year, the fisheries ministry said on Tuesday.\n\n"
            "The Whale Protection League said the quota was \"a political decision dressed up "
            "as science.\"\n")
    got = pairs(text)
    assert got[("Whale Protection League", "Norway")] == "against"
    assert ("fisheries ministry", "Whale Protection League") not in got
    assert got.get(("fisheries ministry", "Norway")) != "against"


def test_an_agency_its_country_names_before_its_name_opens_the_lede():
    text = ("OAXACA, Mexico (Reuters) - Mexico's environmental protection agency Profepa has "
            "seized copal wood from carving workshops, saying the trees were cut without "
            "permits.\n\n"
            "Carvers said the few plantations that exist charge up to five times more than "
            "local woodcutters.\n")
    assert pairs(text)[("Carvers", "Profepa")] == "against"


def test_a_change_that_could_cost_jobs_is_opposed_and_answered_by_the_ledes_doer():
    text = ("HAVANA (Reuters) - Cuba's state cigar company Habanos will introduce machines to "
            "roll its cheaper brands, the company said on Thursday, a change that the rollers' "
            "union said could cost up to 300 jobs.\n")
    assert pairs(text)[("rollers' union", "Habanos")] == "against"
    text = ("PORTO, Portugal (Reuters) - Porto council will cap river cruises at 40 a day from "
            "June, it said on Monday.\n\n"
            "Boat operators said the cap would cost hundreds of jobs. A residents' group, "
            "Ribeira Viva, said the cap was a good first step but should be lower.\n")
    assert ("boat operators", "Ribeira Viva") not in pairs(text)


def test_a_towns_officer_named_after_the_lede_speaks_for_the_town_that_acts():
    text = ("HELSINKI (Reuters) - The Finnish city of Kaarnavesi has closed its public ice "
            "holes for the season after a swimmer drowned, a decision swimming clubs called "
            "an overreaction.\n\n"
            "The city's sports director, Olli Pentikainen-Roos, said the ice had thinned.\n\n"
            "The Ice Bathers' Association said the drowning happened at a hole cut by swimmers, "
            "not at the city's holes, which were clearly the safest places to swim.\n")
    got = pairs(text)
    assert got[("swimming clubs", "Kaarnavesi")] == "against"
    assert got[("Ice Bathers' Association", "Kaarnavesi")] == "against"
    assert ("Olli Pentikainen-Roos", "Kaarnavesi") not in got


def test_the_board_of_an_unnamed_body_that_opens_the_lede_is_the_acts_maker():
    text = ("STOCKHOLM (Reuters) - A housing cooperative in the Swedish town of Norrvik has "
            "banned residents from grilling fish on their balconies.\n\n"
            "The cooperative's board said in a letter that repeat offenders could be fined.\n\n"
            "A neighbour, Tova Lindgren-Ek, said the rule was long overdue. Ruben Aalto-Berg, "
            "chief executive of a fish maker, said sales had not suffered, but called the ban "
            "\"a little sad.\"\n")
    got = pairs(text)
    assert got[("Tova Lindgren-Ek", "cooperative's board")] == "favor"
    assert got[("Ruben Aalto-Berg", "cooperative's board")] == "against"
    assert "Sweden" not in {target for _, target in got}


def test_a_jury_that_speaks_is_a_target_of_who_backs_its_decision():
    text = ("MONTEVIDEO (AP) - A choir was disqualified from the city's carnival contest on "
            "Saturday for a song about a councillor.\n\n"
            "The contest's jury said the song broke a rule against insults.\n\n"
            "Councillor Ana Ferrando Viel said she supported the jury's decision.\n")
    assert pairs(text)[("Ana Ferrando Viel", "contest's jury")] == "favor"


def test_most_supporters_welcoming_what_an_act_brings_backs_its_maker():
    text = ("DAKAR (Reuters) - Senegal's wrestling authority has banned long rituals before "
            "bouts, saying fights were starting after midnight.\n\n"
            "The National Wrestling Oversight Committee said each wrestler would have ten "
            "minutes in the ring.\n\n"
            "Mamadou Kane Sylla, who runs a fan club, said most supporters welcomed the "
            "shorter evenings.\n")
    assert pairs(text)[("Mamadou Kane Sylla", "National Wrestling Oversight Committee")] == \
        "favor"


def test_calling_an_act_an_overreaction_opposes_its_maker():
    text = ("MEXICO CITY (Reuters) - The United States has suspended avocado inspections in "
            "Michoacan after two inspectors were threatened, the U.S. embassy said on Monday.\n\n"
            "Michoacan Governor Ramon Ibarra-Solis called the suspension an overreaction.\n")
    assert pairs(text) == {("Ramon Ibarra-Solis", "United States"): "against"}


#: a wire story whose sides answer a city's curfew on cram schools (names invented)
HAGWON = ("SEOUL (Reuters) - Seoul's education office will extend its 10 p.m. curfew on private "
          "cram schools to weekends from March, saying students were being pushed to study late "
          "seven days a week.\n\n"
          "The office said in a statement that schools found open after 10 p.m. on weekends "
          "would be fined up to 3 million won.\n\n"
          "The Korean Association of Tutoring Academies said it would file a constitutional "
          "complaint, arguing that the rule violated parents' freedom to educate their "
          "children.\n\n"
          "A parents' group, Parents for Sleeping Children, welcomed the decision. \"Our "
          "children need one day to sleep,\" said its co-founder, Seo Ha-rin.\n")


def test_a_constitutional_complaint_against_a_rule_opposes_its_maker():
    assert pairs(HAGWON)[("Korean Association of Tutoring Academies",
                          "Seoul's education office")] == "against"


def test_a_co_founder_shares_the_side_her_group_took():
    assert pairs(HAGWON)[("Seo Ha-rin", "Seoul's education office")] == "favor"


def test_a_loss_told_by_one_whose_family_lives_by_the_trade_faces_the_acts_maker():
    text = ("AHMEDABAD, India (Reuters) - Police in the Indian city of Ahmedabad have banned "
            "the sale and use of glass-coated kite string ahead of the kite festival.\n\n"
            "Anyone found selling the string faces up to six months in jail, the city's police "
            "commissioner, Nitin Parmar-Joshi, said in an order on Tuesday.\n\n"
            "Kite sellers said the ban came too late. \"We will lose everything we spent this "
            "season,\" said Salim Kureshi, whose family has sold kites for four generations."
            "\n\nPolice said patrols would check shops across the city.\n")
    assert pairs(text)[("Salim Kureshi", "Police")] == "against"


def test_treating_a_custom_as_a_hazard_is_an_objection():
    text = ("CORDOBA, Argentina (AP) - The education ministry of Argentina's Cordoba province "
            "has banned teachers from sharing mate with students in classrooms, citing the "
            "spread of infections.\n\n"
            "The ministry said teachers were still allowed to drink mate alone.\n\n"
            "The Cordoba Teachers' Guild said the ban treated a national custom as a health "
            "hazard.\n")
    assert pairs(text)[("Cordoba Teachers' Guild", "education ministry")] == "against"


def test_calling_a_suspension_fair_backs_whoever_suspended():
    text = ("MEXICO CITY (AP) - Mexico City's boxing and wrestling commission has suspended a "
            "masked wrestler for six months for tearing off a rival's mask, an act the "
            "commission said broke one of lucha libre's oldest codes.\n\n"
            "\"A mask is a wrestler's identity,\" the commission's president, Rogelio Ibarra "
            "Tena, told reporters.\n\n"
            "The wrestler's promoter, Promociones Colibri, said it would appeal.\n\n"
            "Fans outside the arena said the suspension was fair.\n")
    assert pairs(text)[("fans outside the arena", "commission")] == "favor"


def test_they_who_said_it_are_the_ones_who_supported_the_measure():
    text = ("MADRID (Reuters) - The Spanish town of Tarifa will ban kitesurfing schools from "
            "its busiest beach in July and August, the town hall said on Friday.\n\n"
            "Schools will be allowed to teach only in a small zone, the town hall said.\n\n"
            "The Kite Schools Guild said the zone was too small and would lead to more "
            "accidents. Hotel owners said they supported the measure because families had "
            "started to avoid the beach.\n")
    got = pairs(text)
    assert got[("Kite Schools Guild", "Tarifa")] == "against"
    assert got[("hotel owners", "Tarifa")] == "favor"


def test_supporting_a_curfew_backs_its_maker():
    text = ("JOHANNESBURG (Reuters) - South Africa's Gauteng province will force taverns in "
            "residential areas to close at 10 p.m. on weeknights, the provincial liquor board "
            "said on Tuesday.\n\n"
            "The Tavern Keepers' Forum said the rule would destroy thousands of jobs.\n\n"
            "A women's rights group, Walk Home Safe, said it supported the curfew.\n")
    got = pairs(text)
    assert got[("Walk Home Safe", "Gauteng")] == "favor"
    assert got[("Tavern Keepers' Forum", "Gauteng")] == "against"


def test_a_trade_defended_as_no_crime_by_one_who_lives_by_it_opposes_the_act():
    text = ("GEORGE TOWN, Malaysia (Reuters) - The Malaysian state of Penang will stop "
            "renewing licences for mahjong parlours near schools, the state's local government "
            "committee said on Thursday.\n\n"
            "\"Mahjong is part of our culture, not a crime. Our customers are retirees,\" said "
            "Lim Swee Choo, 67, who has run a parlour in George Town for 30 years.\n\n"
            "A parents' group said the rule was necessary.\n")
    assert pairs(text)[("Lim Swee Choo", "Penang")] == "against"


def test_support_for_one_side_is_no_support_for_whom_the_speaker_then_asks():
    text = ("ISTANBUL (Reuters) - Istanbul's Fatih district municipality will raise licence fees "
            "for street vendors' carts tenfold, it said on Monday.\n\n"
            "The Sellers' Union said the rise would drive them off the streets.\n\n"
            "The city's bakers' chamber said it supported the sellers and asked the "
            "municipality to phase in the rise.\n")
    got = pairs(text)
    assert got[("city's bakers' chamber", "Sellers' Union")] == "favor"
    assert [label for (speaker, target), label in got.items()
            if "bakers" in speaker and "Fatih" in target] in ([], ["neutral"])


#: a wire story about a city council's new rules for buskers (names invented)
BUSKERS = ("DUBLIN (Reuters) - Buskers in the Irish city of Cork will need a permit and a short "
           "audition before they can play on its main shopping street, the city council said on "
           "Wednesday.\n\n"
           "The council said permits would cost 50 euros a year. About 60 buskers play on the "
           "street on a busy Saturday, it said.\n\n"
           "The Oliver Plunkett Street Traders said the rules were reasonable. The Street "
           "Players' Union said it would ask councillors to drop the audition.\n")


def test_an_approval_of_the_rules_a_council_announced_backs_the_council():
    assert pairs(BUSKERS)[("Oliver Plunkett Street Traders", "city council")] == "favor"


def test_asking_councillors_to_drop_a_rule_opposes_the_council():
    assert pairs(BUSKERS)[("Street Players' Union", "city council")] == "against"


def test_a_governors_office_that_acts_is_the_governor_the_story_names():
    text = ("ISTANBUL (Reuters) - The governor's office in Turkey's southeastern province of "
            "Sanliurfa has banned firing guns at weddings.\n\n"
            "Guests who fire weapons will face fines, the governor's office said.\n\n"
            "\"No tradition is worth a child's life,\" Governor Cemil Yaman-Ozer told "
            "reporters.\n\n"
            "A council of elders in the province said the fines were too high.\n")
    assert pairs(text)[("council of elders in the province", "Cemil Yaman-Ozer")] == "against"


def test_a_quoted_objection_that_names_no_one_is_the_acts_and_not_its_backers():
    text = ("MUMBAI (Reuters) - India's Maharashtra state will require teams that build human "
            "pyramids to use safety harnesses, the state's sports ministry said on Monday.\n\n"
            "\"Harnesses will kill the spirit of the festival,\" said Sunil Jadhav-More, who "
            "coaches a team in Worli.\n")
    assert pairs(text)[("Sunil Jadhav-More", "Maharashtra")] == "against"
    text = ("ACCRA (Reuters) - Ghana will tax plastic sachets of drinking water, the finance "
            "ministry said.\n\n"
            "Campaign groups backed the levy. \"Sachets block our gutters and flood our "
            "streets,\" said Abena Owusu-Ansah of the group Clean Gutters.\n")
    assert pairs(text).get(("Abena Owusu-Ansah", "Ghana")) != "against"


def test_a_town_with_an_accented_name_acts_and_its_municipality_speaks_for_it():
    text = ("LISBON (Reuters) - The Portuguese city of Óbidos will ban plastic chairs from cafe "
            "terraces in its historic centre from next year, the municipality said on "
            "Tuesday.\n\n"
            "Cafe owners will have until June to replace their furniture, the municipality "
            "said.\n\n"
            "The Óbidos Cafe Owners' Association said the rule was unfair. The heritage group "
            "Friends of the Walls said the rule would finally make the square look like a "
            "world heritage site.\n")
    got = pairs(text)
    assert got[("Friends of the Walls", "Óbidos")] == "favor"
    assert got[("Óbidos Cafe Owners' Association", "Óbidos")] == "against"


def test_a_rule_that_would_speed_things_up_is_approved():
    text = ("SINGAPORE (Reuters) - Singapore's National Environment Agency will start removing "
            "tissue packets left on tables to reserve seats at hawker centres, it said on "
            "Wednesday.\n\n"
            "The agency said cleaners would clear items left on empty tables.\n\n"
            "The Food Stall Owners' Guild said the rule would speed up turnover.\n")
    assert pairs(text)[("Food Stall Owners' Guild", "National Environment Agency")] == "favor"


def test_asking_an_unnamed_official_to_step_in_objects_to_the_act():
    text = ("BRUSSELS (Reuters) - The Belgian city of Aalst will cut its yearly grant to the "
            "Aalst Music School by a third, the city said on Monday.\n\n"
            "\"Every department has to save,\" the culture alderman, Greet Wouters-Maes, "
            "said.\n\n"
            "The Flemish Brass Guild said it had written to the regional culture minister "
            "asking her to step in.\n")
    got = pairs(text)
    assert got[("Flemish Brass Guild", "Aalst")] == "against"
    assert ("Flemish Brass Guild", "Greet Wouters-Maes") not in got


def test_challenging_the_permit_objects_to_the_act():
    text = ("AMSTERDAM (Reuters) - The Dutch town of Haecht has approved two wind turbines on "
            "the edge of its harbour, the municipality said on Thursday.\n\n"
            "The Haecht Millers' Society said it would challenge the permit at the Council of "
            "State.\n")
    assert pairs(text)[("Haecht Millers' Society", "Haecht")] == "against"


def test_the_guide_and_the_school_are_the_ones_the_story_names():
    text = ("LJUBLJANA (Reuters) - Chef Tilen Vrelec said on Tuesday that inspectors had not "
            "eaten at his restaurant for a year before the Silver Fork Guide stripped it of its "
            "star, calling the decision \"lazy and unfair\".\n\n"
            "Food critic Ana Stancu said the guide was right.\n")
    got = pairs(text)
    assert got[("Tilen Vrelec", "Silver Fork Guide")] == "against"
    assert got[("Ana Stancu", "Silver Fork Guide")] == "favor"
    text = ("BRUSSELS (Reuters) - The Belgian city of Aalst will cut its grant to the Aalst "
            "Music School by a third, the city said on Monday.\n\n"
            "Tourism Aalst said it supported the school.\n")
    assert pairs(text)[("Tourism Aalst", "Aalst Music School")] == "favor"


def test_the_paper_is_the_newspaper_the_story_names():
    text = ("COPENHAGEN (Reuters) - Readers of the newspaper Nordjysk Ugeblad have written "
            "thousands of letters since it dropped its weekly crossword, its editor said.\n\n"
            "Erik Sandholt, 79, said he had solved every crossword since 1965. \"It is the only "
            "reason I still pay for the paper. Without it, I will cancel,\" he said.\n\n"
            "The Danish Puzzle Makers' Guild called the paper's decision \"short-sighted\".\n")
    got = pairs(text)
    assert got[("Erik Sandholt", "Nordjysk Ugeblad")] == "against"
    assert got[("Danish Puzzle Makers' Guild", "Nordjysk Ugeblad")] == "against"


def test_a_rule_that_would_bankrupt_some_is_objected_to_and_tests_welcomed_are_approved():
    text = ("CHANDIGARH, India (Reuters) - India's Haryana state will require dope tests at "
            "village wrestling tournaments, its sports minister said on Monday.\n\n"
            "Tournament organisers said the tests would bankrupt small village committees.\n\n"
            "The Haryana Wrestling Association welcomed the tests but asked the state to pay "
            "for them.\n")
    got = pairs(text)
    assert got[("tournament organisers", "Haryana")] == "against"
    assert got[("Haryana Wrestling Association", "Haryana")] == "favor"


def test_the_party_is_the_movement_the_story_names():
    text = ("LILONGWE (Reuters) - A singer has demanded that the opposition Unity Forward "
            "Movement stop playing his song at its rallies.\n\n"
            "His lawyer, Grace Chirambo, said the singer would go to court if the party did not "
            "stop within seven days.\n")
    assert pairs(text)[("Grace Chirambo", "Unity Forward Movement")] == "against"


def test_a_charge_she_laid_and_he_denied_sets_him_against_her():
    text = ("MANILA (Reuters) - Danilo Pacquing won the mayor's race on a coin toss.\n\n"
            "His rival, Rosario Dimaano, said she would ask the election body to annul the "
            "toss.\n\n"
            "She accused Pacquing of choosing the official himself, a charge Pacquing denied.\n")
    got = pairs(text)
    assert got[("Danilo Pacquing", "Rosario Dimaano")] == "against"


def test_one_voice_of_a_group_just_heard_shares_its_stance():
    text = ("CHANDIGARH, India (Reuters) - India's Haryana state will require dope tests at "
            "village wrestling tournaments, its sports minister said on Monday.\n\n"
            "Tournament organisers said the tests would bankrupt small village committees. "
            "\"The rich tournaments can pay. The village ones will just stop,\" said Amrik "
            "Varkey, who has organised a tournament for 20 years.\n")
    assert pairs(text)[("Amrik Varkey", "Haryana")] == "against"
    text = text.replace(" \"The rich", " But \"The rich")
    assert ("Amrik Varkey", "Haryana") not in pairs(text)


def test_a_limit_that_would_wipe_out_an_income_is_objected_to_by_the_group_and_its_voice():
    text = ("HERAKLION, Greece (Reuters) - The Region of Skerrow has limited the gathering of "
            "wild mushrooms for the first time, saying drought had left too few.\n\n"
            "Under the decision, foragers may collect no more than 3 kg a day.\n\n"
            "Foragers, many of them pensioners, said the limit would wipe out a key source of "
            "winter income. \"They make rules in offices in the capital. We know when the "
            "mushrooms are few,\" said Mirela Tudose, 71.\n")
    got = pairs(text)
    assert got[("foragers", "Region of Skerrow")] == "against"
    assert got[("Mirela Tudose", "Region of Skerrow")] == "against"


def test_a_split_groups_praise_is_not_forced_on_a_voice_of_the_others():
    text = ("PORT MORESBY (Reuters) - The autonomous government of Skerrow said on Monday it had "
            "signed an agreement with a state-backed company to study reopening the copper mine, "
            "which was closed in 1989.\n\n"
            "Skerrow's president, Tomas Vantessa, said revenue from the mine could help the "
            "island. \"We cannot live on handouts,\" he told reporters.\n\n"
            "Some landowners near the old pit welcomed the plan, saying young people had no "
            "jobs. Others said the river was still poisoned by waste from the mine and that no "
            "work should start before it was cleaned up.\n\n"
            "\"My father fought against this mine. I will not sell his land so the same thing "
            "can happen again,\" said Ruvani Nalumango, who chairs a women's group.\n")
    got = pairs(text)
    assert got[("landowners", "Skerrow")] == "favor"  # (those who welcomed the plan)
    assert got[("Ruvani Nalumango", "Skerrow")] != "favor"  # (one of the others)


def test_a_warning_left_unheard_is_against_the_one_warned_and_shared_by_the_president():
    text = ("MADRID (Reuters) - Spain's consumer affairs ministry warned that fake eclipse "
            "glasses were being sold online.\n\n"
            "The General Council of Optometrists said it had asked the ministry months ago to "
            "restrict sales to pharmacies and opticians. \"We raised the alarm in March and "
            "nobody listened,\" said its president, Vantessa Brindholm.\n")
    got = pairs(text)
    ministry = "Spain's consumer affairs ministry"
    assert got[("General Council of Optometrists", ministry)] == "against"
    assert got[("Vantessa Brindholm", ministry)] == "against"


def test_a_document_of_a_body_named_before_a_firm_is_no_office_it_holds():
    text = ("MADRID (Reuters) - Spain's consumer affairs ministry warned that fake eclipse "
            "glasses were being sold online.\n\n"
            "The Federation of Opticians said it had asked the ministry months ago to restrict "
            "sales. \"We raised the alarm in March and nobody listened,\" said its president, "
            "Vantessa Brindholm.\n\n"
            "An online marketplace named in the ministry's statement, Bazarilo, said it had "
            "removed the listings.\n")
    assert ("Bazarilo", "Spain's consumer affairs ministry") not in pairs(text)


def test_the_city_a_story_has_speak_is_the_target_and_its_town_hall_is_no_town():
    text = ("BERLIN (Reuters) - Staff at the town hall of the German city of Halvenburg have "
            "collected 2,000 signatures to save its old lift, which the city plans to replace.\n"
            "\nThe lift has run in the town hall since 1957. The city said its motor was "
            "worn.\n\n"
            "\"People use it every day,\" said Mirela Brindholm, a clerk. She accused the city "
            "of exaggerating the cost of repairs.\n")
    got = pairs(text)
    assert got[("Mirela Brindholm", "Halvenburg")] == "against"
    assert not any(target == "town" for _, target in got)


def test_a_court_named_by_its_kind_is_the_court_the_story_names_in_full():
    text = ("LUCKNOW, India (Reuters) - Typists protested on Wednesday against a High Court "
            "order that will require petitions to be filed online.\n\n"
            "The Kestrelbury High Court said in a notice that e-filing would cut delays.\n")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    court = found["Kestrelbury High Court"]
    assert [text[s:e] for s, e in court.mentions] == ["High Court", "Kestrelbury High Court"]
    assert "High Court" not in found


def test_a_rule_that_treats_them_like_poachers_is_objected_to():
    text = ("ULAANBAATAR (Reuters) - Eagle hunters in the province of Skerrow must from next "
            "year buy a permit for each eagle they take from the wild, the environment ministry "
            "said.\n\n"
            "Hunters, who release their eagles after a few years, said the rule treated them like "
            "poachers.\n")
    assert pairs(text)[("hunters", "environment ministry")] == "against"


def test_someone_elses_lawyers_are_no_group_a_victims_mother_speaks_for():
    text = ("ROME (Reuters) - A court in the Italian city of Palvena on Friday convicted four "
            "engineers over the collapse of a viaduct.\n\n"
            "The engineers were sentenced to three years in prison. Their lawyers said they "
            "would appeal.\n\n"
            "\"Nothing will bring back my son. But today the court said clearly that this was "
            "not bad luck,\" said Ruvani Tudose, whose son died.\n")
    got = pairs(text)
    assert got[("lawyers", "court")] == "against"
    assert got.get(("Ruvani Tudose", "court")) != "against"


def test_a_director_of_a_countrys_own_operator_reacts_to_no_one_of_that_country():
    text = ("CHISINAU (Reuters) - Romania's foreign ministry on Monday condemned a new Moldovan "
            "postage stamp, calling it \"a provocation\".\n\n"
            "Moldova's national postal operator, Posta Carpatia, said the stamp had no political "
            "meaning.\n\n"
            "\"This is a picture of a mountain, not a map,\" said the operator's director, "
            "Lilia Vardazaryan.\n\n"
            "The Romanian ministry said the stamp was at odds with Moldova's wish for good "
            "relations.\n")
    got = pairs(text)
    assert ("Lilia Vardazaryan", "Moldova") not in got
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    ministry = found["Romania's foreign ministry"]
    assert "The Romanian ministry" in [text[s:e] for s, e in ministry.mentions]


def test_artists_who_single_out_a_shop_are_against_it():
    text = ("DARWIN, Australia (Reuters) - Indigenous artists called on Thursday for a ban on "
            "imported didgeridoos, saying mass-produced copies were undercutting makers.\n\n"
            "The artists singled out Bellingrath Sounds, a Sydney-based online shop.\n")
    assert pairs(text)[("indigenous artists", "Bellingrath Sounds")] == "against"


def test_a_body_not_properly_consulted_and_its_chief_who_should_have_been_asked_object():
    text = ("MELBOURNE (Reuters) - Racing Tasmania will cut the number of whip strikes from "
            "January, the state's racing authority said on Friday.\n\n"
            "The Tasmanian Jockeys' Guild said it had not been properly consulted. \"Our members "
            "are the ones on the horse. We should have been asked,\" said its chief executive, "
            "Aled Pellingham.\n")
    got = pairs(text)
    assert got[("Tasmanian Jockeys' Guild", "Racing Tasmania")] == "against"
    assert got[("Aled Pellingham", "Racing Tasmania")] == "against"


def test_police_that_spoke_bare_are_a_target():
    text = ("OSLO (Reuters) - Norwegian water police will fine kayakers who paddle more than "
            "200 metres from the shore of Lake Mjosa, the police said on Monday.\n\n"
            "Oddvar Lysne, who rents out kayaks, said police had drawn the limit without "
            "asking anyone who works on the water.")
    assert pairs(text)[("Oddvar Lysne", "police")] == "against"


def test_a_reaction_to_raids_is_aimed_at_whoever_raided():
    text = ("KOCHI, India (Reuters) - The food safety department of the southern Indian state "
            "of Kerala seized about 900 kg of sweets from shops, saying many samples "
            "contained synthetic colours.\n\n"
            "The state's commissioner of food safety, Latha Varier, said 12 shops had been "
            "closed and that the department would publish the laboratory results.\n\n"
            "The Kochi Bakers Association said the raids had been carried out in "
            "front of customers and had hurt honest shops.\n\n"
            "A consumer group, Safe Plate, welcomed the raids and said such checks should "
            "happen all year.")
    got = pairs(text)
    assert got[("Kochi Bakers Association", "Kerala food safety department")] == "against"
    assert got[("Safe Plate", "Kerala food safety department")] == "favor"
    # the commissioner speaks for the department whose field her office names
    assert ("Latha Varier", "Kerala food safety department") not in got


def test_a_resort_that_acts_through_its_officials():
    text = ("KINOSAKI, Japan (Reuters) - The Japanese hot spring resort of Kinosaki will ask "
            "its bathhouses to admit people with tattoos from April, city officials said on "
            "Tuesday.\n\n"
            "The resort's association of inns said it supported the city's plan.")
    assert pairs(text)[("resort's association of inns", "Kinosaki")] == "favor"


def test_a_body_that_had_not_talked_to_those_it_acts_on():
    text = ("Wellington City Council will not renew the lease of a bowling club and plans to "
            "sell the land for housing, the council said.\n\n"
            "Ivor Greyfield, who chairs the local board, said the council had not talked to "
            "the club before announcing its plan.")
    assert pairs(text)[("Ivor Greyfield", "Wellington City Council")] == "against"


def test_an_organiser_after_an_insurer_spoke_is_one_of_the_organisers():
    # "said organiser X" right after the insurer spoke: one of the organisers who spoke in
    # the lede, not the insurer's officer, so his charge against the insurer stands
    text = ("Organisers of a race in which runners chase a cheese down a hill said on Friday "
            "they might cancel next year's event.\n\n"
            "In a letter to the organisers, their insurer, Kellerby Mutual, said the risk "
            "had become too high.\n\n"
            "\"Nobody has ever made money from it,\" said organiser Declan Harkin. He "
            "accused Kellerby Mutual of \"walking away from a village tradition.\"")
    assert pairs(text)[("Declan Harkin", "Kellerby Mutual")] == "against"


def test_an_unnamed_mayor_of_a_city_that_acts_is_the_city():
    text = ("YEREVAN (Reuters) - The stone chess tables in a central Yerevan park were taken "
            "away this month.\n\n"
            "City hall said the park was being renovated and that new tables would be put in "
            "by spring.\n\n"
            "City councillor Ashot Melkonyan, an opposition member, accused the mayor of "
            "\"selling public space one bench at a time.\"")
    assert pairs(text)[("Ashot Melkonyan", "Yerevan")] == "against"


def test_a_commune_whose_council_acts_not_the_datelines_capital():
    text = ("SANTIAGO (Reuters) - A rural commune outside Chile's capital has voted to stop "
            "lending its municipal arena for rodeos.\n\n"
            "The council of Colbún voted 4-2 on Wednesday to end the commune's support for "
            "the sport, Mayor Aitor Elorza said.\n\n"
            "The Chilean Rodeo Federation said it would challenge the vote in court. Its "
            "president, Tomás Quillota, said the council had clearly exceeded its powers.")
    got = pairs(text)
    assert got[("Tomás Quillota", "Colbún")] == "against"
    assert not any(target == "Santiago" for _, target in got)


def test_a_court_one_plays_on_is_no_court_of_law():
    text = ("AZPEITIA, Spain (Reuters) - A Basque town plans to demolish its old pelota court "
            "to build a car park, Mayor Aitor Elorza said.\n\n"
            "\"The court is where our children learn the game,\" said coach Iker Salvatierra. "
            "He said the court should be listed as a heritage site.")
    assert not any("court" in target for _, target in pairs(text))


def test_an_officer_accusing_the_council_means_the_other_council():
    text = ("ACCRA (Reuters) - The Osu Traditional Council has banned drumming for a month.\n\n"
            "The Ghana Council of Gospel Churches said its members would pray as usual. Its "
            "general secretary, Reverend Ekow Mensimah, accused the council of "
            "\"using tradition to bully Christians.\"")
    got = pairs(text)
    assert got[("Ekow Mensimah", "Osu Traditional Council")] == "against"
    assert ("Osu Traditional Council", "Ghana Council of Gospel Churches") not in got


def test_a_ledes_unnamed_authorities_are_the_body_named_next_by_their_kind():
    text = ("ACCRA (Reuters) - Traditional authorities in Ghana's capital have ordered a "
            "month-long ban on drumming, a move that churches called \"an attack on "
            "freedom of worship.\"\n\n"
            "The Osu Traditional Council said the ban was meant to let the land rest.")
    assert pairs(text)[("churches", "Osu Traditional Council")] == "against"


def test_a_ledes_unnamed_city_is_the_city_body_named_next():
    text = ("COPENHAGEN (Reuters) - Denmark's fourth-largest city will remove 20 speed bumps "
            "from its main roads.\n\n"
            "Aalborg Municipality said on Monday it would start in March.\n\n"
            "\"The city is trading one danger for another,\" said Dorte Bramsen of the "
            "cyclists' federation.")
    assert pairs(text)[("Dorte Bramsen", "Aalborg Municipality")] == "against"


def test_the_company_is_the_operator_not_the_regulator_named_since():
    text = ("DUBLIN (Reuters) - Villagers want to keep their payphone, which the telecoms "
            "operator said it would remove.\n\n"
            "Fonline said in a statement that the phone had been used for 11 calls. The "
            "removal was approved by the communications regulator, NetReg, in September.\n\n"
            "Councillor Seamus Ruane said the company had ignored the village and "
            "left its people cut off in storms.\n\n"
            "NetReg said it would review the decision.")
    got = pairs(text)
    assert got[("Seamus Ruane", "Fonline")] == "against"
    assert ("Seamus Ruane", "NetReg") not in got


def test_a_body_left_out_of_the_ledes_act_is_against_its_doer():
    text = ("NICOSIA (Reuters) - Cyprus will ban fireworks factories near homes, the "
            "government said on Wednesday.\n\n"
            "Interior Minister Carmel Vella-Brandl said the state would help the factories "
            "move. The Cypriot Pyrotechnics Guild said it had not been consulted and that "
            "most factories had nowhere else to go. Its secretary accused the minister of "
            "\"killing the feast to win a headline.\"")
    assert pairs(text)[("Cypriot Pyrotechnics Guild", "Cyprus")] == "against"


def test_should_have_after_and_reproaches_the_clauses_subject():
    text = ("DHAKA (Reuters) - The Bangladesh Cricket Board said it was shocked by the "
            "finding.\n\n"
            "Former captain Aminul Sikdar said the board had known about doubts over the "
            "action for two years and should have fixed it earlier.")
    assert pairs(text)[("Aminul Sikdar", "Bangladesh Cricket Board")] == "against"


def test_a_ledes_unnamed_town_is_the_town_of_the_dateline():
    # the town named only in the dateline; the conductor of its band is no officer of it
    text = ("PELHŘIMOV, Czech Republic (Reuters) - A town in the Vysočina region has cut "
            "funding for its municipal brass band.\n\n"
            "The town council voted on Monday to end the grant, Deputy Mayor Jan Brtnik "
            "said.\n\n"
            "The band's conductor, Miroslava Kubátová, said the decision would destroy the "
            "last professional brass band in the region.")
    assert pairs(text)[("Miroslava Kubátová", "Pelhřimov")] == "against"


def test_a_price_is_the_act_of_the_ledes_doer():
    text = ("LISBON (Reuters) - Lisbon's public transport company will charge tourists three "
            "times as much to ride tram 12 from March, saying crowds have left locals unable "
            "to board.\n\n"
            "Carris said a ticket would rise to 8 euros. \"The 12 is a tram for the people "
            "who live here,\" its chairman, Rui Lobo, said.\n\n"
            "The Lisbon Hotels Association said the price was \"an insult to visitors\" who "
            "spend billions in the city.")
    assert pairs(text)[("Lisbon Hotels Association", "Carris")] == "against"


def test_the_trust_is_the_one_body_named_a_trust():
    text = ("OSLO (Reuters) - A Norwegian health trust will close the maternity ward at Solvik "
            "hospital next year.\n\n"
            "Innlandet Health Trust said the ward was too small.\n\n"
            "Mayor Dag Halvard Solum said the trust had not assessed the risk of births on "
            "icy roads.")
    assert pairs(text)[("Dag Halvard Solum", "Innlandet Health Trust")] == "against"


def test_a_foundation_named_in_its_own_language_is_the_foundation():
    text = ("ROME (Reuters) - The Fondazione Palio di Siena said it would cut the parade.\n\n"
            "Float builder Ettore Lucchesi accused the foundation of \"killing the "
            "carnival.\"")
    assert pairs(text)[("Ettore Lucchesi", "Fondazione Palio di Siena")] == "against"


def test_knowing_of_a_trouble_since_a_month_is_a_charge():
    text = ("ALTA, Norway (Reuters) - The Gudbrand Trophy sled dog race will be cut to 300 km, "
            "organisers said.\n\n"
            "Race director Kari Ormbakk said there was too little snow.\n\n"
            "Musher Per Vaksdal said Ormbakk had known since December that the snow was "
            "thin.")
    assert pairs(text)[("Per Vaksdal", "Kari Ormbakk")] == "against"


def test_a_passive_ledes_act_is_its_announcers_and_coming_too_late_a_charge():
    # the lede's act is told in the passive: whoever announced it made it
    text = ("ALTA, Norway (Reuters) - The Gudbrand Trophy sled dog race will be shortened to "
            "300 km because there is too little snow, the Alta Sled Dog Club said on "
            "Wednesday.\n\n"
            "Race director Kari Ormbakk said the dogs' safety came first.\n\n"
            "Some mushers said the decision came too late.")
    assert pairs(text)[("mushers", "Alta Sled Dog Club")] == "against"


def test_a_slight_in_a_quote_that_goes_on_with_its_speakers_clause_still_reacts():
    # "They" is the dolphins of the clause before; "Nobody asked the people who" is a slight
    text = ("POTI, Georgia (Reuters) - The Georgian port city of Poti will close its "
            "Soviet-era dolphinarium next year, the city hall said.\n\n"
            "Deputy Mayor Revaz Gegia said the building needed repairs.\n\n"
            "The dolphinarium's director, Nana Lobzhanidze-Rionidze, said the animals might "
            "not survive at sea. \"They are being moved for show. Nobody asked the people who "
            "have fed them for years,\" she said.")
    assert pairs(text)[("Nana Lobzhanidze-Rionidze", "Poti")] == "against"


def test_a_cue_named_only_as_what_the_matter_is_not_takes_no_side():
    text = ("ROME (Reuters) - The Stradella Accordion Guild said imported accordions were sold "
            "as Italian.\n\n"
            "One importer, Sandro Brizzi, said his instruments met every rule. \"The makers "
            "of the guild are afraid of competition, not of fraud,\" he said.")
    assert pairs(text).get(("Sandro Brizzi", "Stradella Accordion Guild")) != "favor"


def test_an_act_called_a_lifeline_is_praise_for_whoever_did_it():
    text = ("CAPE TOWN (Reuters) - South Africa will keep sardine boats away from four seabird "
            "colonies for another decade, the environment ministry said on Thursday.\n\n"
            "The Seabird Trust of the Cape called the decision \"a lifeline\" for the birds.")
    assert pairs(text)[("Seabird Trust of the Cape", "South Africa")] == "favor"


def test_a_fault_laid_at_its_owners_own_door_is_against_the_owner():
    text = ("SIBIU, Romania (Reuters) - The Romanian city of Sibiu will fine hotels that leave "
            "rubbish bins open, the city council said on Monday.\n\n"
            "\"The bears come for the city's own overflowing containers,\" said hotel owner "
            "Ioana Hârtopeanu.")
    assert pairs(text)[("Ioana Hârtopeanu", "Sibiu council")] == "against"


def test_welcoming_the_fines_is_favor_of_whoever_fines():
    text = ("SIBIU, Romania (Reuters) - The Romanian city of Sibiu will fine hotels that leave "
            "rubbish bins open, the city council said on Monday.\n\n"
            "The Carpathian Bear Fund welcomed the fines.")
    assert pairs(text)[("Carpathian Bear Fund", "Sibiu council")] == "favor"


def test_an_act_said_to_drive_people_abroad_is_against_its_maker():
    text = ("REYKJAVIK (Reuters) - Iceland's handball federation will ban resin in youth "
            "leagues, saying clubs cannot pay to clean sports halls.\n\n"
            "Coach Vanja Orbán said the rule would drive talented players to clubs abroad.")
    got = pairs(text)
    assert [v for (s, _), v in got.items() if s == "Vanja Orbán"] == ["against"]


def test_refusing_to_accept_a_punishment_is_against_whoever_punished():
    # "this" is the relegation, the act of the body that relegated the club
    text = ("ACCRA (Reuters) - The Ghana Football Association has relegated Premier League club "
            "Berekum Rangers for fielding an ineligible player.\n\n"
            "The GFA said the club had used a player registered in Togo. Berekum Rangers "
            "chairman Kofi Ofosuhene said the club would appeal.\n\n"
            "\"We will not accept this,\" said supporter Abena Nkoranza.")
    assert pairs(text)[("Abena Nkoranza", "Ghana Football Association")] == "against"


def test_a_passive_lede_past_an_aside_is_its_announcers_act():
    text = ("PORT LOUIS (Reuters) - Musicians who play the sega, the island's dance music, at "
            "Curepipe hotels will be paid 4,000 rupees a show, the labour ministry said on "
            "Monday.\n\n"
            "The Curepipe Hoteliers' Guild said the minimum was too high for small guesthouses "
            "and warned that some would stop hiring bands. \"We will not accept this,\" its "
            "president said.")
    assert pairs(text)[("Curepipe Hoteliers' Guild", "labour ministry")] == "against"


def test_having_waited_too_long_is_a_charge_against_a_long_named_body():
    text = ("STOCKHOLM (Reuters) - Char in Sweden's mountain lakes have shrunk, researchers "
            "said.\n\n"
            "Olle Sirola, who guides anglers near Storuman, said the Swedish Agency for Marine "
            "and Water Management had clearly waited too long to limit catches.\n\n"
            "The agency said it would review catch limits next year.")
    assert pairs(text)[("Olle Sirola", "Swedish Agency for Marine and Water Management")] == \
        "against"


def test_rules_said_to_force_people_to_do_more_are_against_their_maker():
    text = ("ROVANIEMI, Finland (Reuters) - Finland will limit how far huskies can pull tourists "
            "in a day, the Finnish Food Authority said on Tuesday.\n\n"
            "Farm owner Aino Ranua said the rules would force them to keep twice as many dogs.")
    assert pairs(text)[("Aino Ranua", "Finland")] == "against"


def test_a_region_opening_the_lede_by_name_and_kind_acts():
    text = ("ROME (Reuters) - The Umbria region will allow hunters to shoot wild boar inside "
            "Perugia's city limits, regional officials said on Thursday.\n\n"
            "Animal rights groups called the plan \"a massacre in the suburbs.\"")
    assert pairs(text)[("animal rights groups", "Umbria")] == "against"


def test_a_ledes_duty_imposed_in_the_passive_is_its_announcers_act():
    # "will have to" after a long subject: the ministry that announced it imposes it
    text = ("AMSTERDAM (Reuters) - Guides who lead walks across the Wadden Sea mudflats near "
            "Zoutkamp at low tide will have to pass a state exam from next summer, the Dutch "
            "infrastructure ministry said on Monday.\n\n"
            "The ministry said dozens of unlicensed groups offered the walks.\n\n"
            "Wietske Harlingen, who has guided walks for 20 years, said the rules were "
            "sensible.")
    assert pairs(text)[("Wietske Harlingen", "Dutch infrastructure ministry")] == "favor"


def test_a_state_whose_own_minister_announces_its_act_is_the_target():
    # "Victoria", a given name too, is the state its own minister speaks for
    text = ("MELBOURNE, Australia (Reuters) - Victoria will charge rock lobster boats a new "
            "licence fee from July, the state's fisheries minister said on Monday.\n\n"
            "Minister Dorian Peskett said the money would fund stock surveys.\n\n"
            "Lobster fishers in Portland said the fee would drive young crews out of the "
            "industry.")
    got = pairs(text)
    assert got[("lobster fishers in Portland", "Victoria")] == "against"
    assert ("Dorian Peskett", "Victoria") not in got


def test_a_toll_said_to_add_to_costs_is_against_its_maker():
    text = ("HOBART, Australia (Reuters) - Tasmania will charge trucks a toll on the Midland "
            "Highway from 2027, the state's infrastructure minister said on Friday.\n\n"
            "Freight operators said the toll would add to already high costs for farmers.")
    assert pairs(text)[("freight operators", "Tasmania")] == "against"


def test_a_second_reported_clause_on_the_act_tells_the_side():
    text = ("HOBART, Australia (Reuters) - Tasmania will charge trucks a toll on the Midland "
            "Highway from 2027, the state's infrastructure minister said on Friday.\n\n"
            "A drivers' union said members already paid registration fees and that the toll "
            "set a dangerous precedent.")
    assert pairs(text)[("drivers' union", "Tasmania")] == "against"


def test_an_order_described_by_its_aim_is_its_authors_act():
    # the order's author is named once, after the lede, as the one that told of it
    text = ("GANGTOK, India (Reuters) - Kiosk owners at Sikkim's Tsomgo lake said on Monday that "
            "an order to move their stalls 300 metres from the water would ruin their "
            "summer.\n\n"
            "The Sikkim government said in its order that litter was reaching the lake.\n\n"
            "Kiosk owner Tashi Lhundup said owners had asked for bins but had received no "
            "reply.\n\n"
            "Botanists at a college in Gangtok welcomed the order, saying the litter harmed "
            "rare plants.")
    got = pairs(text)
    assert got[("kiosk owners at Sikkim's Tsomgo lake", "Sikkim")] == "against"
    assert got[("Tashi Lhundup", "Sikkim")] == "against"
    assert got[("Botanists", "Sikkim")] == "favor"


def test_the_dateline_city_acts_through_the_officer_it_names():
    text = ("AREQUIPA, Peru (Reuters) - Restaurant owners in Arequipa said on Friday they would "
            "stop serving the Sunday festival unless the city reversed a ban on wood-fired "
            "stoves.\n\n"
            "The city's environment secretary, Noelia Zárate, said the smoke harmed "
            "residents' health.\n\n"
            "Restaurant owner Benigno Huamani said the stoves gave the food its taste.")
    got = pairs(text)
    assert got[("restaurant owners in Arequipa", "Arequipa")] == "against"
    assert ("Noelia Zárate", "Arequipa") not in got


def test_a_statement_said_in_turn_keeps_its_teller_as_the_one_who_welcomed():
    # "said in a statement that it welcomed": the teller welcomed, no one the story named last
    text = ("BERN, Switzerland (Reuters) - The Swiss village of Trub will ban leaf blowers on "
            "Sundays, its council said on Monday.\n\n"
            "One of the gardeners' associations said in a statement that it welcomed the "
            "council's decision.")
    assert pairs(text) == {("gardeners' associations", "Trub's council"): "favor"}


def test_a_states_portfolio_commissioner_speaks_for_the_state():
    # a Nigerian state's "environment commissioner" is its own minister, no critic of it
    text = ("LAGOS (Reuters) - Nigeria's Ogun state will ban plastic bags from July, its "
            "environment commissioner said on Thursday.\n\n"
            "Commissioner Tamunoemi Fashola-Kuti said shops would have six months to switch "
            "and that the state would fine repeat offenders.\n\n"
            "Traders said the ban would hurt small shops.")
    got = pairs(text)
    assert ("Tamunoemi Fashola-Kuti", "Ogun") not in got
    assert got[("traders", "Ogun")] == "against"


def test_an_act_called_long_overdue_is_praised():
    text = ("LAGOS (Reuters) - Nigeria's Ogun state will ban plastic bags from July, its "
            "environment commissioner said on Thursday.\n\n"
            "Environmental group Clean Rivers Ogun called the ban \"long overdue\".")
    assert pairs(text)[("Clean Rivers Ogun", "Ogun")] == "favor"


def test_supporting_an_acts_goal_backs_its_maker():
    text = ("LAGOS (Reuters) - Nigeria's Ogun state will ban plastic bags from July, its "
            "environment commissioner said on Thursday.\n\n"
            "The Ogun Chamber of Commerce said it supported the goal but urged the state to "
            "give shops more time.")
    assert pairs(text)[("Ogun Chamber of Commerce", "Ogun")] == "favor"


def test_an_offer_belittled_after_but_is_a_grievance():
    text = ("TBILISI (Reuters) - Tbilisi city hall will take the old minibuses off the streets "
            "next year, it said on Monday.\n\n"
            "\"They offer us a job, but at half of what we earn now,\" said driver Levan "
            "Mikadze.")
    assert pairs(text)[("Levan Mikadze", "Tbilisi")] == "against"


def test_her_own_she_in_a_second_reported_clause_is_no_one_else():
    # a speaker the story gives no gender: "and that she would" is her own clause's subject
    text = ("TBILISI (Reuters) - Tbilisi city hall will take the old minibuses off the streets "
            "next year, it said on Monday.\n\n"
            "\"They offer us a job, but at half of what we earn now,\" said driver Levan "
            "Mikadze.\n\n"
            "Ketino Gvaramia, a student, said the old minibuses were dangerous and "
            "overcrowded and that she would welcome the change.")
    assert ("Ketino Gvaramia", "Levan Mikadze") not in pairs(text)


def test_a_fee_said_to_make_a_place_dearer_is_against_its_maker():
    text = ("RIGA (Reuters) - The Liepāja Port Authority will charge cruise ships a fee of 5 euros "
            "per passenger from next season, it said on Thursday.\n\n"
            "Cruise lines said the fee would make Liepāja one of the most expensive stops on "
            "the Baltic.")
    assert pairs(text)[("cruise lines", "Liepāja Port Authority")] == "against"


def test_a_region_that_acts_in_the_lede_is_its_ministrys_state():
    # Zanzibar governs itself: its ministry's act is Zanzibar's
    text = ("ZANZIBAR, Tanzania (Reuters) - Zanzibar will close sea cucumber fishing around "
            "Unguja for six months, its fisheries ministry said on Friday.\n\n"
            "Divers said the closure would leave them without income.")
    assert pairs(text)[("Divers", "Zanzibar")] == "against"


def test_the_city_officer_is_the_datelines_citys_not_a_district_named_before():
    text = ("SEVILLE, Spain (Reuters) - Seville will replace 300 of its orange trees with plane "
            "trees, the city said on Monday.\n\n"
            "Residents' groups in the Triana district said the council had not asked them.\n\n"
            "The city's parks delegate, Ramiro Osuna, said many orange trees would stay.")
    got = pairs(text)
    assert ("Ramiro Osuna", "Seville") not in got and ("Ramiro Osuna", "Triana") not in got


def test_a_sum_in_a_countrys_currency_names_no_state():
    text = ("COPENHAGEN (Reuters) - Copenhagen will ban wood-burning stoves in flats from 2027, "
            "the city's environment mayor said.\n\n"
            "Owners of older stoves will receive up to 5,000 Danish crowns toward electric "
            "heating, Mayor Henrik Vinding said.")
    assert all(t != "Denmark" for _, t in pairs(text))


def test_an_act_taken_to_court_is_against_its_maker():
    text = ("QUEBEC CITY (Reuters) - Quebec City council voted on Wednesday to ban horse-drawn "
            "carriages from the old town.\n\n"
            "Drivers said they would challenge the vote in court.")
    assert pairs(text)[("Drivers", "Quebec City")] == "against"


def test_one_tourists_nationality_and_a_bridge_are_no_targets():
    text = ("LUSAKA (Reuters) - Zambia has suspended bungee jumping from the Kafue Gorge Bridge "
            "after a cord snapped, leaving a Danish tourist injured, the tourism ministry said "
            "on Thursday.\n\n"
            "Tour operator Mpundu Kasonde said the suspension would hurt the town.")
    targets = {t for _, t in pairs(text)}
    assert "Denmark" not in targets and "Kafue Gorge Bridge" not in targets


def test_a_lede_announced_by_the_citys_unnamed_mayor_is_the_datelines_citys_act():
    text = ("DINANT, Belgium (Reuters) - Dinant will limit kayak rentals on the Meuse to 400 "
            "a day from May, the Belgian city's deputy mayor for tourism said on Monday.\n\n"
            "Séverine Lavaud said the city would auction the permits.\n\n"
            "Rental firms criticised the limit, warning that fewer kayaks would mean fewer "
            "jobs. Boatman Lionel Brunet said the auction clearly favoured large operators.")
    got = pairs(text)
    assert got[("rental firms", "Dinant")] == "against"
    assert got[("Lionel Brunet", "Dinant")] == "against"


def test_a_mayor_who_speaks_only_later_does_not_make_the_city_the_actor():
    # the town's mayor answers; the insurers, not the town, are what owners object to
    text = ("ANKARA (Reuters) - Owners of the wooden houses of Veurne say insurers have "
            "refused to cover their homes since a fire in March.\n\n"
            "The town's mayor said the municipality would add fire hydrants.")
    assert ("Veurne mayor", "Veurne") not in pairs(text)


def test_a_town_council_voting_in_the_lede_is_the_act_complaints_answer():
    text = ("OUDENAARDE, Belgium (Reuters) - The town council of Oudenaarde in Belgium voted "
            "on Thursday to ban cars from the market square from April.\n\n"
            "Mayor Pieter Claus said residents would receive one permit per household.\n\n"
            "Resident Hilde Pokorná said the permits were not enough for families with "
            "elderly parents.")
    got = pairs(text)
    assert any(s == "Hilde Pokorná" and "Oudenaarde" in t and v == "against"
               for (s, t), v in got.items())


def test_a_decision_called_short_sighted_is_against_the_ledes_doer():
    text = ("GREYMOUTH, New Zealand (Reuters) - The Grey District Council will stop funding the "
            "town's winter festival, saying it has lost money for five years.\n\n"
            "Motel owner Ngaire Tomoana said the decision was short-sighted. \"The festival "
            "fills every bed in town. The council clearly does not understand what it "
            "brings,\" she said.")
    # (the objection outweighs the praise of the festival in her quote)
    assert pairs(text)[("Ngaire Tomoana", "Grey District Council")] == "against"


def test_added_travel_time_and_what_you_cannot_ask_are_objections():
    text = ("KAOHSIUNG, Taiwan (Reuters) - The Kaohsiung city government will stop tour buses "
            "from driving up to the harbour, and will run a shuttle from a car park instead, "
            "its tourism bureau said.\n\n"
            "Tour operators said the plan would add at least 30 minutes to each trip. "
            "\"Our passengers are old. You cannot ask them to change buses twice,\" said "
            "Tsai Pei-ling, who heads an operators' group.\n\n"
            "A noodle seller, Hung Wen-chieh, said he supported the shuttle but warned that "
            "the car park was too small.")
    got = pairs(text)
    assert got[("tour operators", "Kaohsiung")] == "against"
    assert got[("Tsai Pei-ling", "Kaohsiung")] == "against"
    assert got[("Hung Wen-chieh", "Kaohsiung")] == "favor"


def test_backing_with_a_reservation_is_not_a_backing_of_a_penalty_or_a_charge():
    # "welcomed the fine but said": no backing of the one fined; "supported the move but
    # accused the government": the charge stands
    text = ("NEW YORK (AP) — Tennis player Carlo Benitez was fined $20,000 on Thursday for "
            "abusing an umpire, tournament officials said.\n\n"
            "The umpires' union welcomed the fine but said penalties were still too small.")
    assert pairs(text).get(("umpires' union", "Carlo Benitez")) != "favor"
    text = ("PANAMA CITY (Reuters) - Panama began moving island families to the mainland on "
            "Monday.\n\n"
            "The island's council said it supported the relocation but accused the government "
            "of delaying the promised school.")
    assert pairs(text)[("island's council", "Panama")] == "against"


def test_a_states_organ_acting_in_the_lede_is_a_target_of_its_own():
    text = ("VARNA, Bulgaria (Reuters) - Bulgaria's environment ministry has allowed hunters to "
            "shoot up to 10 jackals that enter villages near Varna this year.\n\n"
            "A conservation group, Wild Balkans, called the decision \"a licence to kill\". "
            "Mayor Petrica Lavinia backed the ministry, saying farmers had lost hundreds of "
            "sheep.")
    got = pairs(text)
    assert got[("Wild Balkans", "Bulgaria's environment ministry")] == "against"
    assert got[("Petrica Lavinia", "Bulgaria's environment ministry")] == "favor"


def test_an_outlet_told_is_no_target_and_lost_takings_and_no_consultation_object():
    text = ("TIGNES, France (Reuters) - Mountain bikes will be banned from the lakeside path in "
            "Tignes in July and August, the prefecture of Savoie announced on Tuesday.\n\n"
            "Prefect Sibylle Marchal said two walkers had been hurt. \"The path belongs to "
            "everyone, but walkers cannot jump out of the way,\" she told Radio Cluny.\n\n"
            "Bike shops said the rule would cut their summer takings by half. \"We were not "
            "consulted once,\" said Anatole Grosjean, who rents out 60 bikes.")
    got = pairs(text)
    assert not any(t == "Radio Cluny" for _, t in got)
    assert got[("bike shops", "Savoie")] == "against"
    assert got[("Anatole Grosjean", "Savoie")] == "against"


def test_welcoming_the_choice_backs_whoever_chose():
    text = ("TORSHAVN (Reuters) - The Faroese Football Association will stage the cup final on "
            "an artificial pitch in Klaksvík because the national stadium's grass is being "
            "replaced, it said on Wednesday.\n\n"
            "The association's chairman, Jógvan Ravnsfjall, said no other ground had enough "
            "seats.\n\n"
            "The players' union said the decision had been taken without asking the finalists."
            "\n\nKlaksvík Athletic, whose ground will host the final, welcomed the choice.")
    assert pairs(text)[("Klaksvík Athletic", "Faroese Football Association")] == "favor"


def test_rejecting_a_studys_findings_is_against_the_body_its_researchers_work_at():
    text = ("SANTIAGO (Reuters) - Copper mining may be draining a wetland near Quillagua, "
            "according to a study published on Thursday by researchers at the University of "
            "Tarapacá.\n\n"
            "The Quillagua Mining Council rejected the findings, saying the study ignored a "
            "decade of drought.")
    got = pairs(text)
    assert got[("Quillagua Mining Council", "University of Tarapacá")] == "against"
    assert not any(s == "study" and t == "University of Tarapacá" for s, t in got)


def test_a_former_employees_allegation_is_against_the_employer():
    text = ("TALLINN (Reuters) - A former safety officer at Riverside Water, a utility in the "
            "Estonian town of Pärnu, has alleged that pipe tests were faked to meet a "
            "deadline.\n\n"
            "The officer, Vello Ruuben, said he had reported the problem twice.\n\n"
            "Riverside Water said the allegations were untrue.")
    assert pairs(text)[("Vello Ruuben", "Riverside Water")] == "against"


def test_an_accused_candidate_answering_by_naming_the_accuser_is_against_them():
    text = ("PARNU, Estonia (Reuters) - The two candidates for mayor of Pärnu clashed on Tuesday "
            "over a new harbour.\n\n"
            "Jaan Ilumets said it would bring 500 jobs. His rival, Tiit Kõrvits, claimed it "
            "would cost twice the budget and accused Ilumets of hiding the true cost.\n\n"
            "\"Mr Kõrvits says a lot of things. None of them are in the engineers' report,\" "
            "Ilumets said.")
    assert pairs(text)[("Jaan Ilumets", "Tiit Kõrvits")] == "against"


def test_sympathising_with_someone_is_a_side_taken_with_them():
    text = ("NAIROBI (Reuters) - Sprinter Faith Kipruto said on Friday she had been left out of "
            "the relay team.\n\n"
            "Two of the runners picked ahead of her said they sympathised with Kipruto but "
            "that the choice was not theirs.")
    assert pairs(text)[("runners", "Faith Kipruto")] == "favor"


def test_a_road_directorate_acting_in_the_lede_is_a_target_of_its_own():
    text = ("HIRTSHALS, Denmark (Reuters) - Denmark's road directorate will close the cliff "
            "road to Lønstrup for good next year because the sea is eating the cliff, it said "
            "on Monday.\n\n"
            "Café owner Ida Nordby said the closure would cut off the village from tourists.")
    assert pairs(text)[("Ida Nordby", "Denmark's road directorate")] == "against"


def test_a_body_named_in_full_is_no_second_organ_target():
    text = ("ADDIS ABABA (Reuters) - Ethiopia's civil aviation authority has suspended 12 pilots "
            "for failing a simulator check, it said on Friday.\n\n"
            "The Ethiopian Civil Aviation Authority said the checks would continue.")
    assert "Ethiopia's civil aviation authority" not in {t for _, t in pairs(text)}


def test_a_market_too_far_and_pay_not_told_are_objections_and_a_clearance_an_act():
    text = ("PATENGA, Bangladesh (Reuters) - Bangladesh will clear 200 food stalls from Patenga "
            "beach next month, the district administration said on Sunday.\n\n"
            "Vendors said the new market was too far from the beach for tourists to find, and "
            "that they had not been told how much they would be paid. A hotel owners' "
            "association welcomed the clearance.")
    got = pairs(text)
    assert got[("vendors", "Bangladesh")] == "against"
    assert got[("hotel owners' association", "district administration")] == "favor"


def test_a_union_in_a_region_of_a_country_is_the_doer_not_the_country():
    # "A farmers' union in northern Peru has sued ...": the union, labelled with its place
    text = ("LIMA (Reuters) - A farmers' union in northern Peru has sued mining company "
            "Minera Huaylas, accusing it of draining the wells of three villages.\n\n"
            "Minera Huaylas said its water permits were in order.")
    got = pairs(text)
    assert got[("farmers' union in northern Peru", "Minera Huaylas")] == "against"
    assert ("Peru", "Minera Huaylas") not in got


def test_a_union_head_aims_at_the_management_not_at_his_own_union():
    # ", head of the dockers' union": his own body; "Management simply ignores": the port
    # operator named before
    text = ("TALLINN (Reuters) - Dockers at Estonia's main port walked out on Tuesday.\n\n"
            "Port operator Baltic Quays said the strike was illegal because the union had not "
            "given notice.\n\n"
            '"We wrote to them twice. Management simply ignores it," said Rasmus Kalda, head '
            "of the dockers' union.")
    got = pairs(text)
    assert got[("Rasmus Kalda", "Baltic Quays")] == "against"
    assert ("Rasmus Kalda", "union") not in got


def test_a_national_association_that_docks_points_stands_against_the_club():
    # the lede's "Bolivia's football association has docked" is the association's act; its
    # word on the club it punished is its case against it; "the punishment" is its act
    text = ("LA PAZ (Reuters) - Bolivia's football association has docked Tecuanes six points "
            "and ordered the club to play two games behind closed doors after fans threw "
            "flares at the referee.\n\n"
            'Tecuanes president Aníbal Pedernera called the punishment "excessive".\n\n'
            "The association said clubs were responsible for the behaviour of their "
            "supporters inside the stadium, whoever they were.")
    got = pairs(text)
    assert got[("Aníbal Pedernera", "Bolivia's football association")] == "against"
    assert got[("Bolivia's football association", "Tecuanes")] == "against"


def test_a_capital_opening_a_lower_case_possessor_is_no_doer():
    # "Cycling's governing body docked": no body called "Cycling"
    text = ("GENEVA (Reuters) - Cycling's governing body on Monday docked the Zeta team 100 "
            "points for breaking its budget rules.\n\n"
            "The team said it would appeal.")
    assert "Cycling" not in {s for s, _ in pairs(text)}


def test_an_unnamed_national_fund_the_story_comes_back_to_is_a_target():
    # "because the national health fund had cut its budget. He accused the fund of ...":
    # the fund, by the story's own description
    text = ("LOVECH, Bulgaria (Reuters) - Nine nurses at Lovech's regional hospital resigned "
            "on Monday over unpaid overtime.\n\n"
            "Hospital director Rumen Karabelov said the hospital could not pay because the "
            "national health fund had cut its budget. He accused the fund of ignoring his "
            "letters.")
    assert pairs(text)[("Rumen Karabelov", "national health fund")] == "against"


def test_their_talk_set_against_ours_is_a_dismissal():
    # "He talks about faculties. We talk about whether we can eat": against him
    text = ("TBILISI (Reuters) - Rector Teimuraz Mirianashvili said on Monday that tuition fees "
            "would rise by a third.\n\n"
            '"He talks about budgets. We talk about whether we can pay the rent," said '
            "Nanuli Todorova, a student.")
    assert pairs(text)[("Nanuli Todorova", "Teimuraz Mirianashvili")] == "against"


def test_a_national_regulator_that_fines_is_a_target_of_its_own_unless_named():
    # "Latvia's competition council on Tuesday fined two dairies ... said it would appeal":
    # against the council, not Latvia; a regulator the next paragraph names is that body
    text = ("RIGA (Reuters) - Latvia's competition council on Tuesday fined two dairies for "
            "agreeing milk prices.\n\n"
            "The council said the dairies had swapped price lists.\n\n"
            "Piena Ceļš said it would appeal.")
    got = pairs(text)
    assert got[("Piena Ceļš", "Latvia's competition council")] == "against"
    assert not any(t == "Latvia" for _, t in got)
    named = ("STOCKHOLM (Reuters) - Sweden's financial regulator on Thursday fined Vilkas Bank "
             "for failing to stop scammers.\n\n"
             "Finansinspektionen said the bank had ignored warnings.\n\n"
             "Vilkas Bank said it would appeal.")
    assert "Sweden's financial regulator" not in {t for _, t in pairs(named)}


def test_a_fine_called_too_low_is_against_the_one_fined():
    # "said the fine was clearly too low for a company of its size": against the dairy,
    # not the council that fined it
    text = ("RIGA (Reuters) - Latvia's competition council on Tuesday fined the dairy Piena "
            "Ceļš 2 million euros for agreeing milk prices.\n\n"
            "The council said the dairy had swapped price lists with a rival.\n\n"
            "Consumer group Cenu Sargs said the fine was clearly too low for a company of its "
            "size.")
    got = pairs(text)
    assert got[("Cenu Sargs", "Piena Ceļš")] == "against"
    assert ("Cenu Sargs", "Latvia's competition council") not in got


def test_it_after_an_unnamed_bodys_words_is_that_body_and_the_company_its_firm():
    # "The metro operator said ... It accused the union of": the operator, though unnamed;
    # "the company had offered a 2 percent raise, well below inflation": the operator, and
    # a complaint
    text = ("PORTO, Portugal (Reuters) - Porto's metro shut down on Tuesday as workers "
            "staged a strike over pay.\n\n"
            "The drivers' union said the company had offered a 2 percent raise, well below "
            "inflation.\n\n"
            "The metro operator said the union's demand would cost 9 million euros a year. It "
            "accused the union of taking commuters hostage.")
    got = pairs(text)
    assert got[("metro operator", "drivers' union")] == "against"
    assert got[("drivers' union", "metro operator")] == "against"
    assert "Porto" not in {s for s, _ in got}


def test_a_city_governments_order_and_those_it_moves():
    # "Cobija's city government has ordered ...": the city acts; "the order was unfair" and a
    # member's "We are part of the square" are against it
    text = ("COBIJA, Bolivia (Reuters) - Cobija's city government has ordered about 40 car "
            "washers to leave the main square by March, saying they block traffic.\n\n"
            "The car washers said the order was unfair. \"We are part of the square,\" said "
            "one of them, a 16-year-old who gave only his first name, Yerko.")
    got = pairs(text)
    assert got[("car washers", "Cobija")] == "against"
    assert got[("Yerko", "Cobija")] == "against"


def test_the_organisers_are_the_body_the_story_calls_its_organiser():
    # "a decision by the organisers to double stall fees ... The organiser, Târg Mediaș,":
    # the traders' charge is against Târg Mediaș; a stallholder's cost too, her living told
    # where she is first named
    text = ("MEDIAS, Romania (Reuters) - Traders at the summer fair in the Romanian town of "
            "Mediaș say a decision by the organisers to double stall fees will force many "
            "craftsmen out.\n\n"
            "The organiser, Târg Mediaș, said the fee had not risen in eight years.\n\n"
            "Potter Gheorghița Ilie, who has sold at the fair for 20 years, said she would not "
            "come back. \"I would have to sell twice as many pots just to pay for the stall,\" "
            "she said.")
    got = pairs(text)
    assert got[("traders at the summer fair in the Romanian town of Mediaș", "Târg Mediaș")] \
        == "against"
    assert got[("Gheorghița Ilie", "Târg Mediaș")] == "against"


def test_a_flat_mention_in_the_speakers_own_description_leaves_the_reaction_and_a_gerund():
    # "Fishermen in Kigoma, the lake's biggest port in Tanzania, said the crackdown was
    # hitting the poorest hardest": the place in their description read flat is no side
    # taken, so the harm the act did counts; "welcomed the burning" is the act the lede told
    # ("officers burned")
    got = pairs("KIGOMA, Tanzania (Reuters) - Tanzanian fisheries officers burned 1,500 illegal "
                "nets on Lake Tanganyika this week, stepping up a crackdown the government says "
                "will save the lake's sardine stocks.\n\n"
                "Fishermen in Kigoma, the lake's biggest port in Tanzania, said the crackdown "
                "was hitting the poorest hardest.\n\n"
                "Conservationists welcomed the burning.")
    assert got[("fishermen in Kigoma", "Tanzania")] == "against"
    assert got[("conservationists", "Tanzania")] == "favor"


def test_a_lay_persons_cost_beyond_their_means_is_against_whoever_acted():
    # '"A legal net costs three times what I earn in a month," said X, a 38-year-old father
    # of four': a lay person (by age and family), a cost beyond their means
    got = pairs("KIGOMA, Tanzania (Reuters) - Tanzanian fisheries officers burned 1,500 illegal "
                "nets on Lake Tanganyika this week.\n\n"
                '"A legal net costs three times what I earn in a month," said Mbwana Ngowi, a '
                "38-year-old father of four.")
    assert got[("Mbwana Ngowi", "Tanzania")] == "against"


def test_a_planned_expansion_that_will_swallow_pastures_is_against_its_builder():
    # "say a planned expansion of its waste ponds will swallow pastures": the act, described,
    # and a harm, against the firm the story names next
    got = pairs("SAINSHAND, Mongolia (Reuters) - Herders near Mongolia's Sainshand oil refinery "
                "say a planned expansion of its waste ponds will swallow pastures.\n\n"
                "Tavan Petroleum Corp, which is owned by the state, wants to extend the ponds "
                "over 300 hectares of grazing land.\n\n"
                "The company said the ponds were safe.")
    assert got[("herders near Mongolia's Sainshand oil refinery", "Tavan Petroleum")] == \
        "against"


def test_the_head_of_an_unnamed_union_set_off_after_the_name_shares_its_side():
    # "said X, head of the port workers' union": an officer of the union the lede quoted
    got = pairs("BENGUELA, Angola (Reuters) - Angola has handed a concession to run the port "
                "of Namibe to a foreign operator, a move the port workers' union says could "
                "cost jobs.\n\n"
                '"We will not accept job cuts," said Benvindo Kalinda, head of the port '
                "workers' union.")
    assert got[("Benvindo Kalinda", "Angola")] == "against"


def test_they_after_a_clause_on_meetings_is_whoever_held_them():
    # 'said the meetings had been held in the capital. "They told us it is already decided"':
    # meetings tell no one anything; "they" is the firm, and the slight is against it
    got = pairs("DARKHAN, Mongolia (Reuters) - Darkhan Steel wants to build a slag dump on 200 "
                "hectares of pasture, the company said on Monday.\n\n"
                "The company said it had held 10 meetings with local families.\n\n"
                "Khishigbayar Tumur, who heads a herders' cooperative, said the meetings had "
                "been held in the capital. \"They told us it is already decided,\" she said.")
    assert got[("Khishigbayar Tumur", "Darkhan Steel")] == "against"


def test_an_offer_that_would_not_cover_a_need_is_a_complaint():
    # "said the company had offered compensation that would not cover even one winter's
    # fodder": an offer called too small, against the firm
    got = pairs("SELENGE, Mongolia (Reuters) - Selenge Gold Corp will move 30 herding families "
                "to make way for a new pit, the company said on Monday.\n\n"
                "The company said the families would be paid fairly.\n\n"
                "Herder Ganzug Batsukh said the company had offered compensation that would not "
                "cover even one winter's fodder.")
    assert got[("Ganzug Batsukh", "Selenge Gold")] == "against"


def test_a_party_that_expels_a_lawmaker_and_its_spokeswoman_are_against_him():
    # "North Macedonia's ruling Liberal Party expelled a lawmaker ..., saying": the lede's
    # doer (past "ruling"), a penalty handed out against the lawmaker the next sentence names;
    # "A party spokeswoman, X," speaks for it, "had been given several chances" and "Nobody is
    # above the rules" lay the fault at him; "the Liberals" are the party
    got = pairs("SKOPJE (Reuters) - North Macedonia's ruling Liberal Party expelled a lawmaker "
                "from Bitola on Friday after he voted against the government's budget, saying he "
                "had broken party discipline.\n\n"
                "Dimitar Velkoski, who has represented the city since 2020, said he had opposed "
                "the budget because it cut hospital funds.\n\n"
                "A party spokeswoman, Elena Stojkovska, said Velkoski had been given several "
                "chances to raise his concerns. \"Nobody is above the rules,\" she said.\n\n"
                "The opposition Civic Party said the expulsion showed the Liberals could not "
                "tolerate dissent.")
    assert got[("Liberal Party", "Dimitar Velkoski")] == "against"
    assert got[("Elena Stojkovska", "Dimitar Velkoski")] == "against"
    assert got[("Civic Party", "Liberal Party")] == "against"


def test_a_clause_with_its_own_pronoun_subject_ends_the_acts_targets():
    # "the migrants had refused it because they wanted to reach Malta": wanting to reach a
    # place is no act against it, and "because they" opens a clause of its own
    got = pairs("LINOSA, Italy (Reuters) - Survivors of a shipwreck off Linosa accused Italy's "
                "coast guard of ignoring their calls for help.\n\n"
                "Its spokesman, Commander Dario Ferrante-Lupo, said the boat had only been "
                "approached to offer help and that the migrants had refused it because they "
                "wanted to reach Malta.")
    assert ("migrants", "Malta") not in got


def test_the_provincial_government_of_a_province_named_with_an_adjective():
    # "Angola's coastal Benguela province ... accused the provincial government": Benguela
    got = pairs("BENGUELA, Angola (Reuters) - Nurses in Angola's coastal Benguela province went "
                "on strike on Monday over three months of unpaid wages.\n\n"
                "Nurses' leader Ana Cassoma accused the provincial government of caring more "
                "about a new airport than about its nurses.")
    assert got[("Ana Cassoma", "Benguela")] == "against"


def test_an_events_unnamed_organisers_are_a_target():
    # "Organisers of the Lake Turkana Festival cancelled ... criticised the organisers": the
    # body that runs the event, unnamed, a side of its own
    got = pairs("LODWAR, Kenya (Reuters) - Organisers of the Lake Turkana Festival cancelled the "
                "event on Friday after floods cut the road.\n\n"
                "Several tour operators criticised the organisers, saying they had been told too "
                "late.\n\n"
                "The county said it was in contact with the organisers.")
    assert got[("tour operators", "organisers")] == "against"


def test_disputed_the_results_is_against_whoever_found_them():
    # "Nile Remedies disputed the results": of the tests the authority reported
    got = pairs("KAMPALA (Reuters) - Uganda's drug authority has ordered Nile Remedies to recall "
                "a cough syrup after tests found a toxic solvent, the authority said.\n\n"
                "Nile Remedies disputed the results.\n\n"
                "The authority said it would publish the tests.")
    assert got[("Nile Remedies", "authority")] == "against"


def test_fighting_a_plan_by_a_monastery_and_its_monks_no_right():
    # "Villagers ... are fighting a plan by the Monastery of X": against the plan's maker;
    # "The monks ... They have no right to sell our water": the monastery's members
    got = pairs("KALAMATA, Greece (Reuters) - Villagers in Greece's Taygetos mountains are "
                "fighting a plan by the Monastery of Agios Nikandros to lease part of its olive "
                "groves to a developer for a hotel, saying it would drain their wells.\n\n"
                "\"The monks may restore their chapel. They have no right to sell our water,\" "
                "said Stavros Lekkas-Doulis, the village council head.\n\n"
                "The monastery said the lease would fund a new roof.")
    assert got[("villagers in Greece's Taygetos", "Monastery of Agios Nikandros")] == "against"
    assert got[("Stavros Lekkas-Doulis", "Monastery of Agios Nikandros")] == "against"


def test_a_patients_kin_losing_a_day_is_against_the_hospital_that_cut_the_service():
    # '"... my father will lose the whole day," said X, whose 80-year-old father has been on
    # dialysis': a patient's kin, a lay person, and a loss
    got = pairs("PLEVEN, Bulgaria (Reuters) - Danube Regional Hospital will suspend dialysis "
                "from January because it cannot find enough nephrologists, the hospital said.\n\n"
                "\"With the road, my father will lose the whole day, three days a week,\" said "
                "Velichka Baneva, whose 80-year-old father has been on dialysis since 2020.")
    assert got[("Velichka Baneva", "Danube Regional Hospital")] == "against"


def test_blame_laid_after_a_defence_and_a_custom_withdrawn():
    # "the course had been certified but that the race's organisers were responsible": the
    # blame is theirs; "she would not run with the organisers again": a custom withdrawn
    got = pairs("VILNIUS (Reuters) - Organisers of the Panevezys half marathon have annulled all "
                "results after the course was found to be short.\n\n"
                "The organisers said a cone had been misplaced.\n\n"
                "Lithuania's athletics federation said the course had been certified but that "
                "the race's organisers were responsible for setting it out.\n\n"
                "Runner Aistė Grinkevičiūtė said she would not run with the organisers again.")
    assert got[("Lithuania's athletics federation", "organisers")] == "against"
    assert got[("Aistė Grinkevičiūtė", "organisers")] == "against"


def test_a_state_commissioners_fine_and_the_grievance_of_those_the_fined_firm_hurt():
    # "Uganda's data protection commissioner has fined digital lender Mali Loans": the one
    # fined; a tailor's "a message calling me a thief" is against the lender, not the state
    # that fined it; "the fine was too small" is against the lender too
    got = pairs("KAMPALA (Reuters) - Uganda's data protection commissioner has fined digital "
                "lender Mali Loans 40 million shillings for sending messages about borrowers' "
                "debts to their relatives, the regulator said.\n\n"
                "\"My boss got a message calling me a thief over a small loan,\" said Namubiru "
                "Kisakye, a tailor in Kampala.\n\n"
                "Mali Loans said it had stopped the messages.\n\n"
                "Consumer groups said the fine was too small to stop the practice.")
    assert got[("Namubiru Kisakye", "Mali Loans")] == "against"
    assert got[("consumer groups", "Mali Loans")] == "against"


def test_the_one_punished_denying_the_wrong_is_against_the_punisher():
    # "has banned sprinter X ... 'I have never punched anyone in my life'": a denial by the one
    # punished; "His coach said they would appeal to the National Sports Tribunal" too
    got = pairs("KAMPALA (Reuters) - The Uganda Athletics Federation has banned sprinter Wasswa "
                "Ssempijja for two years after a brawl at a meeting in Gulu, the federation said "
                "on Monday.\n\n"
                "Ssempijja said he had been trying to calm the crowd. \"I have never punched "
                "anyone in my life,\" he said.\n\n"
                "His coach said they would appeal to the National Sports Tribunal.")
    assert got[("Wasswa Ssempijja", "Uganda Athletics Federation")] == "against"
    assert got[("coach", "Uganda Athletics Federation")] == "against"


def test_a_defence_lawyer_faulting_the_case_is_against_the_prosecutors_office():
    # "The prosecutor general's office said it would appeal ... the case had been built on a
    # witness who had changed his story": the office and its "prosecutors" are one target,
    # whose case the lawyer faults; its spokeswoman speaks for it
    got = pairs("RIGA (Reuters) - A Latvian court on Thursday acquitted a former customs chief of "
                "taking bribes, ruling that prosecutors had failed to prove the payments.\n\n"
                "The prosecutor general's office said it would appeal. A spokeswoman said "
                "prosecutors would ask for a retrial.\n\n"
                "His lawyer, Ieva Ozolkalne, said the case had been built on a witness who had "
                "changed his story three times.")
    assert got[("Ieva Ozolkalne", "prosecutor general's office")] == "against"
    assert ("prosecutor general's office spokeswoman", "prosecutor general's office") not in got


def test_a_rise_that_pushes_people_offline_is_a_harm():
    # "the rise would push more people offline": against whoever raised it
    got = pairs("LUSAKA (Reuters) - Lunsemfwa Telecom raised the price of data bundles by 40 "
                "percent on Monday.\n\n"
                "The Consumer Council of Zambia said the rise would push more people offline.\n\n"
                "Lunsemfwa Telecom said it would add cheaper night bundles.")
    assert got[("Consumer Council of Zambia", "Lunsemfwa Telecom")] == "against"


def test_a_loss_told_in_its_own_sentence_and_funds_released_late():
    # '"We waited for two weeks ... Now there is nothing left for the camels," said a herder':
    # the loss in a sentence of its own is still the lay speaker's; "the national government
    # had released funds late" is a fault
    got = pairs("NAIROBI (Reuters) - Swarms of desert locusts have destroyed pasture across "
                "Kenya's Isiolo county, and herders say the government's spraying teams came too "
                "late.\n\n"
                "\"We waited for two weeks for the planes. Now there is nothing left for the "
                "camels,\" said Guyo Jillo, a herder near the town of Isiolo.\n\n"
                "Abdia Dida, the county's livestock officer, said the national government had "
                "released funds late.")
    assert got[("Guyo Jillo", "Kenya")] == "against"
    assert got[("Abdia Dida", "Kenya")] == "against"


def test_a_regret_of_the_one_punished_is_no_denial():
    # "I should not have punched him": a regret, not a wrong denied (guard)
    got = pairs("KAMPALA (Reuters) - The Uganda Athletics Federation has banned sprinter Wasswa "
                "Ssempijja for two years after a brawl at a meeting in Gulu, the federation said "
                "on Monday.\n\n"
                "\"I should not have punched him,\" Ssempijja said.")
    assert got.get(("Wasswa Ssempijja", "Uganda Athletics Federation")) != "against"


def test_a_portfolio_ministry_that_speaks_through_its_officer_is_a_target_of_its_own():
    # "ordered the education ministry to reinstate ... Education ministry spokesman X": the
    # ministry, not the country; its spokesman is no officer of the teachers' union whose
    # name holds "Teachers", and "the union's strike had left schools without teachers" is
    # a harm charged; "secretary-general of the X Union" is her own union
    got = pairs("MANZINI, Eswatini (Reuters) - A labour court on Tuesday ordered the education "
                "ministry to reinstate 40 teachers who were dismissed after a strike.\n\n"
                "\"This is a victory for every teacher,\" said Zodwa Nhlengethwa, "
                "secretary-general of the Eswatini Teachers' Union. She said the ministry had "
                "ignored the teachers for a year.\n\n"
                "Education ministry spokesman Sandile Vilakati said the ministry was studying "
                "the judgment. He said the union's strike had left schools without teachers.")
    assert got[("Zodwa Nhlengethwa", "education ministry")] == "against"
    assert got[("Sandile Vilakati", "Eswatini Teachers' Union")] == "against"
    assert ("Zodwa Nhlengethwa", "Eswatini Teachers' Union") not in got
    assert ("Sandile Vilakati", "education ministry") not in got


def test_unnamed_authorities_act_is_the_local_body_that_answers_for_it():
    # "Authorities in ... Gagauzia have capped ..., a move dairy farmers in the town of X said
    # could force ... The regional executive committee said the cap was needed": the
    # committee's act, not the town the farmers live in
    got = pairs("CHISINAU (Reuters) - Authorities in Moldova's autonomous region of Gagauzia "
                "have capped the price of milk for two months, a move dairy farmers in the town "
                "of Ceadîr-Lunga said on Monday could force some of them to sell their cows.\n\n"
                "The regional executive committee said the cap was needed to protect "
                "pensioners. Dairy farmer Dmitri Uzun said the committee had not asked farmers "
                "before it acted.\n\n"
                "Pensioner Ivan Caraseni, 68, said he welcomed the cap. \"Every leu counts for "
                "us,\" he said in the town's market.")
    assert got[("Ivan Caraseni", "regional executive committee")] == "favor"
    assert got[("dairy farmers in the town of Ceadîr-Lunga",
                "regional executive committee")] == "against"
    assert not any(t == "Ceadîr-Lunga" for _, t in got)


def test_the_organisers_of_an_event_are_the_body_named_by_it_and_punished():
    # "has fined the organisers of its festival ... The festival committee, which runs the
    # event": the committee is punished; "the fine was not enough" is against it, not the
    # city; the mayor's office is the city's own voice
    got = pairs("ASUNCION (Reuters) - The city of Villarrica in southern Paraguay has fined the "
                "organisers of its festival 200 million guaranies after a stage collapsed during "
                "a concert, the mayor's office said on Thursday.\n\n"
                "The festival committee, which runs the event each year, said it would contest "
                "the fine in court.\n\n"
                "Zulma Benegas, whose daughter was hurt in the collapse, said the fine was not "
                "enough.")
    assert got[("mayor's office", "festival committee")] == "against"
    assert got[("festival committee", "Villarrica")] == "against"
    assert got[("Zulma Benegas", "festival committee")] == "against"
    assert ("mayor's office", "Villarrica") not in got


def test_a_lede_doer_set_off_by_an_aside_and_a_petition_against_its_act():
    # "The town council of Kuldīga, Latvia's ..., voted ... condemned the vote": the council's
    # vote, not Latvia's; "members would collect signatures for a referendum" is against it
    got = pairs("RIGA (Reuters) - The town council of Kuldīga, Latvia's oldest town, voted on "
                "Wednesday to close the town's only public swimming pool, saying repairs would "
                "cost too much.\n\n"
                "Swimmers' clubs condemned the vote. \"Children here will never learn to "
                "swim,\" said Gatis Zītare, 61, who coaches a club in the town. He said members "
                "would collect signatures for a referendum.")
    assert got[("Gatis Zītare", "Kuldīga town council")] == "against"
    assert got[("swimmers' clubs", "Kuldīga town council")] == "against"
    assert all(label == "neutral" for (_, t), label in got.items() if t == "Latvia")


def test_a_town_council_named_only_in_the_lede_is_the_doer_its_critics_face():
    # "Moundou city council has banned ..., a decision drivers say will cost them": the
    # council, named only there, is the doer; the union's strike "if the ban was not lifted"
    # and a driver's "Now I will have to sell my bike" (a trade before his name) are against
    # it; "accused the police of" makes the police a side, and the police chief its officer;
    # "This is not against the drivers" is no hostility, "It is against the criminals" no
    # reaction to the council
    got = pairs("MOUNDOU, Chad (Reuters) - Moundou city council has banned motorcycle taxis "
                "from carrying passengers after 8 p.m., a decision drivers say will cost them "
                "half their income.\n\n"
                "The city's police chief, Colonel Abdelkerim Zakaria, said robberies had fallen "
                "in towns with similar bans. \"This is not against the drivers. It is against "
                "the criminals who hide among them,\" he said.\n\n"
                "The drivers' union said it would strike on Monday if the ban was not lifted. "
                "Its leader, Mbaïlassem Nodjitoloum, accused the police of punishing honest "
                "drivers.\n\n"
                "\"At night I earn more than in the whole day. Now I will have to sell my bike,\" "
                "said driver Sarh Makaga, 31.")
    assert got[("drivers", "Moundou city council")] == "against"
    assert got[("drivers' union", "Moundou city council")] == "against"
    assert got[("Sarh Makaga", "Moundou city council")] == "against"
    assert got[("Mbaïlassem Nodjitoloum", "police")] == "against"
    assert got.get(("Abdelkerim Zakaria", "drivers")) in (None, "neutral")
    assert ("Abdelkerim Zakaria", "police") not in got
    assert got.get(("Abdelkerim Zakaria", "Moundou city council")) != "against"


def test_a_denial_of_what_another_speaker_said_is_against_them():
    # "The transport ministry said ... the island council had agreed to build ... Council
    # chairman X denied the council had agreed to anything": against the ministry, not his
    # own council
    got = pairs("FUNAFUTI, Tuvalu (Reuters) - Tuvalu's government will fence off the runway "
                "on Nukulaelae island, where families play football in the evenings, after a "
                "safety audit.\n\n"
                "The transport ministry said the fence would be finished by March and that the "
                "island council had agreed to build a sports field nearby.\n\n"
                "Youth groups criticised the plan. \"They are closing it without giving us "
                "anything first,\" said Talu Fetuao, who runs a football league.\n\n"
                "Lagoon Air, which flies to the island twice a week, said the fence would make "
                "landings safer.\n\n"
                "Council chairman Fetuao Vaitupu denied the council had agreed to anything. "
                "\"We were told about a plan, not asked to approve one,\" he said.")
    assert got[("Fetuao Vaitupu", "transport ministry")] == "against"
    assert ("Fetuao Vaitupu", "council") not in got


def test_a_quote_after_a_group_took_a_side_speaks_as_one_of_the_group():
    # "Scientists backed the ban. 'Without a pause, ...,' said biologist X": X backs it too,
    # though the quote names no one
    got = pairs("GITEGA, Burundi (Reuters) - Burundi will ban fishing on Lake Cohoha for three "
                "months, the environment ministry said on Wednesday.\n\n"
                "Fishermen said the ban would leave families without income.\n\n"
                "Scientists at the national university backed the ban. \"Without a pause, there "
                "will be no fish left to fight over,\" said biologist Kaneza Nshimirimana.")
    assert got[("Kaneza Nshimirimana", "Burundi")] == "favor"


def test_the_government_of_a_story_from_lome_is_togo_though_ghana_is_named():
    # "LOME (Reuters) - ... smuggled cloth from Ghana ... accused the government of": the
    # government of the capital the story names (Lomé, with its accent), not the one foreign
    # state it names
    got = pairs("LOME (Reuters) - Pepper sellers at Lomé's central market closed their stalls "
                "on Tuesday to protest against a new tax, which they say has pushed buyers to "
                "smuggled peppers from Ghana.\n\n"
                "\"We have never seen the market this empty,\" said Adjoa Akakpo, who has a "
                "stall near the entrance. She accused the government of listening only to big "
                "importers.")
    assert got[("Adjoa Akakpo", "Togo")] == "against"
    assert ("Adjoa Akakpo", "Ghana") not in got or got[("Adjoa Akakpo", "Ghana")] != "against"


def test_the_town_hall_is_the_towns_and_a_reply_that_doubts_it_is_against_it():
    # "The town hall said in a statement that payments had been delayed ... A traders'
    # association said it doubted that.": the town, answered
    got = pairs("OYEM, Gabon (Reuters) - Traders who lost their stalls in a fire at Oyem's "
                "central market accused the town hall of breaking its promise to pay them.\n\n"
                "\"The mayor promised us money in 15 days. It has been 35 days,\" said Angone "
                "Ekué, who sold shoes at the market.\n\n"
                "The town hall said in a statement that payments had been delayed because many "
                "traders had no documents. A traders' association said it doubted that.")
    assert got[("traders' association", "Oyem")] == "against"


def test_a_lede_on_the_state_government_of_a_place_makes_the_place_the_doer():
    # "The state government of Melekeok will limit visits to Palau's ...": the state, not
    # Palau the country its lede also names
    got = pairs("MELEKEOK, Palau (Reuters) - The state government of Melekeok will limit "
                "visits to Palau's Lake Olkeriil to 200 people a day from next month.\n\n"
                "Tour operators said the cap was arbitrary and would cost them bookings. "
                "\"Nobody showed us any study. They picked a number,\" said Bengi Airai, who "
                "runs boat tours.")
    assert got[("tour operators", "Melekeok")] == "against"
    assert got[("Bengi Airai", "Melekeok")] == "against"


def test_an_unnamed_agency_described_by_its_state_does_its_act_and_heads_its_director():
    # "The Central African Republic's river fisheries agency introduced the fee of 1,500 CFA
    # francs ... Its director, X,": the agency (no body called "CFA") charges the fee the
    # boat men protest, its director speaks for it, and "If I pay the agency, my children
    # don't eat" is against it; the cleft clears the boat men; where the boat men come from
    # ("from Congo") is no side they take
    got = pairs("MOBAYE, Central African Republic (Reuters) - Boat men who carry coffee across "
                "the river from Congo to Mobaye have stopped work in protest at a new landing "
                "fee, saying the charge leaves them almost nothing.\n\n"
                "The Central African Republic's river fisheries agency introduced the fee of "
                "1,500 CFA francs per boat this month. Its director, Harouna Dandobi, said the "
                "money would pay for a new jetty.\n\n"
                "\"If I pay the agency, my children don't eat,\" said Tiébilé Ouattenga, who "
                "has carried coffee for years. \"It is the agency that is ruining us, not the "
                "boat men.\"")
    assert got[("boat men", "agency")] == "against"
    assert got[("Tiébilé Ouattenga", "agency")] == "against"
    assert got[("Tiébilé Ouattenga", "boat men")] == "favor"
    assert ("Harouna Dandobi", "agency") not in got
    assert ("boat men", "Congo") not in got
    assert all(target != "CFA" for _, target in got)


def test_a_lay_loss_aims_at_the_division_the_lede_accuses_and_its_head_speaks_for_it():
    # "Farmers in St Vincent and the Grenadines accused the government's agriculture
    # division of ...": one country's name, the division a target; a farmer's "the bananas
    # are rotting" is against the division; its head is no critic of it, and her "We
    # understand the farmers' anger" sides with the farmers who spoke
    got = pairs("KINGSTOWN, St Vincent (Reuters) - Farmers in St Vincent and the Grenadines "
                "accused the government's agriculture division on Tuesday of leaving the "
                "island's only cold store broken for two months.\n\n"
                "\"We pick at dawn and by evening the bananas are rotting. No cold store, no "
                "export,\" said Adalbert Kerlin, who farms near Barrouallie.\n\n"
                "Growers at the Kingstown market said they had thrown away half their crop.\n\n"
                "The head of the agriculture division, Celestine Tisbert, said a new compressor "
                "had been ordered. \"We understand the growers' anger,\" she said.")
    assert got[("farmers in St Vincent and the Grenadines", "division")] == "against"
    assert got[("Adalbert Kerlin", "division")] == "against"
    assert ("Celestine Tisbert", "division") not in got
    assert got[("Celestine Tisbert", "growers at the Kingstown market")] == "favor"


def test_a_slight_and_an_unkept_promise_are_against_the_lede_state():
    # "hundreds of stallholders say nobody has told them where to trade": a slight; "the
    # promised stalls had not been built": a promise unkept
    got = pairs("ROSSO, Mauritania (Reuters) - Mauritania will move Rosso's river market to a "
                "new site outside the town, the government said on Monday, but hundreds of "
                "stallholders say nobody has told them where to trade in the meantime.\n\n"
                "A traders' union said the new site was far from the ferry and that the "
                "promised stalls had not been built.")
    assert got[("stallholders", "Mauritania")] == "against"
    assert got[("traders' union", "Mauritania")] == "against"


def test_a_body_mocked_by_a_group_has_the_group_against_it_not_its_president():
    # "Atar's regional council unveiled ... and was quickly mocked on social media by
    # residents who said": the mockers' side; "The council's president, X," is its officer
    got = pairs("ATAR, Mauritania (Reuters) - Atar's regional council unveiled a new logo for "
                "the town on Monday and was quickly mocked on social media by residents who "
                "said it looked like a bank's.\n\n"
                "The council's president, Toutou Mint Ebnou, said the design showed the town's "
                "future. She said the council had chosen it from 30 entries.")
    assert got[("residents", "council")] == "against"
    assert ("Toutou Mint Ebnou", "council") not in got


def test_a_corporation_in_a_district_is_no_district_and_a_harm_to_it_is_against_it():
    # "the state water corporation in the Sheikh Othman district ... The corporation said":
    # the corporation the story described, not the district; a teacher's lament is against
    # it
    got = pairs("MUKALLA, Yemen (Reuters) - Residents of Mukalla blocked roads on Sunday to "
                "protest against water cuts that have lasted a week.\n\n"
                "Protesters gathered outside the offices of the state water corporation in the "
                "Hamoud district. \"We have had no water for seven days and we cannot cook,\" "
                "said Othman Baobaid, a teacher.\n\n"
                "The corporation said in a statement that a pump had broken and that repairs "
                "would take days.")
    assert got[("Othman Baobaid", "state water corporation")] == "against"
    assert all("Hamoud" not in target for _, target in got)


def test_a_city_council_that_says_keeps_its_label_and_its_councillor_speaks_for_it():
    # "a rise in licence fees by the city council, which says": the council acts (its rows
    # say so), and "The council's transport councillor, X," is its officer
    got = pairs("BISSAU (Reuters) - Minibus drivers in Guinea-Bissau's capital Bissau stopped "
                "work on Monday to protest against a doubling of licence fees by the city "
                "council, which says the money will pay for a new bus station.\n\n"
                "\"Who earns twice as much as last year?\" said Elisa Tarrafal, who has driven a "
                "minibus for ten years. She said most drivers would have to work an extra "
                "month just to pay the fee.\n\n"
                "The council's transport councillor, Hédi Furna, said the old fee had not "
                "changed in 15 years.")
    assert got[("Elisa Tarrafal", "Bissau council")] == "against"
    assert ("Hédi Furna", "Bissau council") not in got


def test_a_state_corporation_named_again_is_a_target_and_its_cost_to_vendors_is_a_harm():
    # "Samoa's state shipping corporation will raise fares ... The corporation's chief
    # executive": the corporation, not Samoa; "the rise would eat most of their profit" and
    # a grandmother's "I will pay more for the ticket than I make" are against it; its chief
    # executive takes no side on his own state
    got = pairs("APIA (Reuters) - Samoa's state shipping corporation will raise fares on the "
                "ferry to the island of Manono by 25 percent from next month, it said on "
                "Tuesday.\n\n"
                "Market vendors who cross to sell fish in Apia said the rise would eat most of "
                "their profit. \"Now I will pay more for the ticket than I make from one "
                "basket,\" said Vaega Asau, a grandmother from Falealupo.\n\n"
                "The corporation's chief executive, Tuasivi Fono, said fuel had doubled in "
                "price. \"We are not making money on this route,\" he said.")
    assert got[("market vendors", "Samoa's state shipping corporation")] == "against"
    assert got[("Vaega Asau", "Samoa's state shipping corporation")] == "against"
    assert ("Tuasivi Fono", "Samoa") not in got


def test_the_plant_an_unnamed_company_runs_is_its_and_a_harm_laid_on_its_discharges_too():
    # "a state-owned fertiliser plant ... The company that runs the plant said it had cut its
    # discharges ... Environmental groups say the discharges are responsible for": against the
    # company
    got = pairs("SKHIRA, Tunisia (Reuters) - Fishermen in Skhira say waste from a state-owned "
                "fertiliser plant has killed the fish along the coast.\n\n"
                "The company that runs the plant said it had cut its discharges by half since "
                "2019.\n\n"
                "Environmental groups say the discharges are largely responsible for rising "
                "rates of asthma in the town.")
    assert got[("fishermen in Skhira", "company")] == "against"
    assert got[("environmental groups", "company")] == "against"


def test_aland_is_a_self_governing_target_its_regional_government_takes_no_side_on():
    # "Finland's autonomous Åland islands will ban ..., the regional government said": the
    # islands act (listed with their own government), and their government is no critic of
    # them
    got = pairs("MARIEHAMN, Finland (Reuters) - Finland's autonomous Åland islands will ban "
                "new jetties on the island of Eckerö, the regional government said on "
                "Monday.\n\n"
                "Hjalmar Wikström, who runs a boat yard in Jomala, said the ban would cost him "
                "half his orders. \"They want the islands to be a museum,\" he said.")
    assert got[("Hjalmar Wikström", "Åland")] == "against"
    assert ("regional government", "Åland") not in got


def test_a_street_musician_who_is_no_criminal_is_against_the_city_that_banned_him():
    # "We are not criminals": a living defended against the ban; "who has played near the
    # square" tells the living
    got = pairs("NAMUR, Belgium (Reuters) - The city of Namur has banned street musicians from "
                "its old town, saying shopkeepers had complained about noise.\n\n"
                "Violinist Ilie Stănescu, who has played on the Rue de Fer for nine years, said "
                "he would keep playing. \"We are not criminals. We bring people to the shops,\" "
                "he said.")
    assert got[("Ilie Stănescu", "Namur")] == "against"


def test_taking_advantage_of_growers_is_a_charge():
    # "They are taking advantage of us because we have nowhere else to sell": against the
    # exporter the lede accuses, though "advantage" reads warm
    got = pairs("ZAMORA, Ecuador (Reuters) - Cocoa growers in Zamora accused the province's "
                "biggest buyer, Yantzaza Cocoa Company, on Friday of cutting its price by a "
                "quarter.\n\n"
                "\"They are taking advantage of us because we have nowhere else to sell,\" said "
                "Sigrid Saraguro, who grows cocoa near Gualaquiza.\n\n"
                "Yantzaza Cocoa Company said it paid what buyers abroad paid.")
    assert got[("Sigrid Saraguro", "Yantzaza Cocoa Company")] == "against"


def test_a_new_site_too_far_away_is_a_complaint_against_whoever_moves_the_sellers():
    # "Sellers said the new market was too far from the visitors' route": against the body
    # that moves them
    got = pairs("AJLOUN, Jordan (Reuters) - Souvenir sellers at Ajloun castle were ordered out "
                "on Sunday by Jordan's Department of Antiquities, which said their stalls "
                "blocked the gate.\n\n"
                "About 20 sellers will be moved to a new market below the hill, the department "
                "said.\n\n"
                "Sellers said the new market was too far from the visitors' path.")
    assert got[("sellers", "Department of Antiquities")] == "against"


def test_a_fuel_importer_accused_in_the_lede_and_named_later_is_the_lay_losers_target():
    # "accusing the state fuel importer of hoarding ... 'Three litres does not feed my
    # family,' said X, who has driven ... The importer, Ruyigi Fuels,": against the importer
    got = pairs("GITEGA, Burundi (Reuters) - Minibus drivers in Burundi's capital Gitega went "
                "on strike on Monday over fuel shortages that have left long queues at petrol "
                "stations, accusing the state fuel importer of hoarding supplies.\n\n"
                "\"Three litres does not feed my family,\" said Lual Ndayishimiye, who has driven "
                "a minibus for ten years.\n\n"
                "The importer, Ruyigi Fuels, denied the accusation and said a shipment had been "
                "delayed.")
    assert got[("Lual Ndayishimiye", "Ruyigi Fuels")] == "against"


def test_a_return_on_condition_of_undoing_the_act_is_against_its_doer():
    # "the market would reopen only if the council reversed the rise": against the council
    got = pairs("WAU, South Sudan (Reuters) - Traders at Wau's central market closed their "
                "stalls after the city council doubled market fees.\n\n"
                "Council spokesman Lual Ruyigi said the fees paid for cleaning.\n\n"
                "A trader who gave only his first name, Malakal, said the market would reopen "
                "only if the council reversed the rise.")
    assert got[("Malakal", "council")] == "against"


def test_the_territorys_government_is_the_territory_a_lede_group_asks_to_undo_its_act():
    # "asked the territory's government ... to restore quality checks ... that were scrapped,
    # saying": the territory's state, as "the government" would be
    got = pairs("NOUMEA (Reuters) - Prawn farmers in New Caledonia asked the territory's "
                "government on Monday to restore export checks that were scrapped two years "
                "ago, saying cheap prawns had driven prices to a ten-year low.")
    assert [v for (s, t), v in got.items() if "farmers" in s and t == "New Caledonia"] == \
        ["against"]


def test_throwing_away_or_sitting_on_a_request_is_a_charge_against_the_doer():
    # "The government threw away the one thing that protected our name", "The ministry has
    # been sitting on our request since April": charges against the subject, not the object
    s = "The government threw away the one thing that protected our name."
    assert _cue_value(s, s.index("government")) == -1.0
    s = "The ministry has been sitting on our request since April."
    assert _cue_value(s, s.index("ministry")) == -1.0
    s = "The growers threw away the ministry's letter."
    assert _cue_value(s, s.index("ministry")) is None  # (the object, not the doer)
    s = "The ministry has been sitting on the beach all day."
    assert _cue_value(s, s.index("ministry")) is None  # (no request left waiting)


def test_a_municipality_named_for_its_town_in_the_lede_is_the_town_when_it_speaks_later():
    # "The municipality of Dili ordered ... The municipality said": the town (a capital's
    # own government, not its country), toward which the evicted complain
    got = pairs("DILI (Reuters) - The municipality of Dili ordered fruit sellers off the "
                "capital's main square on Monday, giving them a week to leave.\n\n"
                "\"Where will we go? They did not even come to talk to us,\" said Loes Nativel, "
                "who sells mangoes.\n\n"
                "The municipality said the sellers would get places in a new market next year.")
    assert got[("Loes Nativel", "Dili")] == "against"


def test_saying_a_group_deserves_more_sides_with_it():
    # "The boatmen deserve more": a side taken with the boatmen
    got = pairs("MUARA, Brunei (Reuters) - Ferrymen who carry passengers across the bay asked "
                "the government on Sunday to let them raise fares, saying fuel had doubled.\n\n"
                "\"The ferrymen deserve more. One dollar is nothing today,\" said Hamdan Bakar, "
                "a clerk who crosses the bay every day.")
    assert [v for (s, t), v in got.items() if s == "Hamdan Bakar" and "ferrymen" in t.lower()] \
        == ["favor"]


def test_nobody_checking_a_body_charges_it_with_unchecked_power():
    # "the mill weighs the cane and nobody checks the mill": against the mill's owner
    got = pairs("SAINT-PIERRE, Reunion (Reuters) - Cane growers blocked the gates of the "
                "Riviere sugar mill on Thursday, demanding a higher price.\n\n"
                "\"We are paid by the weight of our cane, but the mill weighs the cane and "
                "nobody checks the mill,\" said Xavier Boyer, who grows cane near the town.\n\n"
                "The mill's owner, Sucrerie Kobeli, said the price was set nationally.")
    assert got[("Xavier Boyer", "Sucrerie Kobeli")] == "against"


def test_the_company_complained_of_before_it_is_named_is_the_company_named_next():
    # "Nobody from the ferry company came ... The Gambia Ferry Services Company said": the
    # company named next by its noun, not the lone name before ("linking Banjul and Barra")
    got = pairs("BANJUL (Reuters) - Passengers were stranded on both banks of the River Gambia "
                "on Monday after one of the two ferries linking Banjul and Barra broke down.\n\n"
                "\"We slept at the terminal. Nobody from the ferry company came to tell us "
                "anything,\" said Awa Sillah, a fish trader.\n\n"
                "The Gambia River Ferry Company said a gearbox had failed.")
    assert got.get(("Awa Sillah", "Gambia River Ferry Company")) == "against"
    assert ("Awa Sillah", "Barra") not in got


def test_a_plea_unheard_since_a_date_is_a_charge_but_asking_for_a_thing_is_not():
    # "We have begged the port authority for a proper schedule since the summer": a plea long
    # unheard, against the one begged; "We asked for this after every crash since 2010": the
    # thing asked for, no one begged
    s = "We have begged the port authority for a proper schedule since the summer."
    assert _cue_value(s, s.index("port authority")) == -1.0
    s = "We asked for this rule after every crash since 2010."
    assert _cue_value(s, s.index("this rule")) is None


def test_a_state_run_body_in_a_groups_warning_is_the_body_the_story_names():
    # "warned that the island could lose ... after the state-run port authority cut the
    # ferry": the port authority, mentioned with its owner's word
    got = pairs("SCARBOROUGH, Tobago (Reuters) - Guesthouse owners in Tobago warned on Thursday "
                "that the island could lose a third of its bookings after the state-run port "
                "authority cut the fast ferry to one sailing a day.\n\n"
                "The port authority said one vessel was in dry dock.")
    assert [v for (s, t), v in got.items() if "owners" in s and t == "port authority"] == \
        ["against"]


def test_a_member_after_a_placed_group_shares_its_charge():
    # "Fishermen on Martinique's Atlantic coast ... accused the prefecture of abandoning them.
    # 'The boats cannot get out. And the prefecture sends us a brochure,' said X": one of the
    # group, whose quote's mood gives way to the group's charge
    got = pairs("FORT-DE-FRANCE, Martinique (Reuters) - Fishermen on Martinique's Atlantic coast "
                "said on Tuesday rotting seaweed had blocked their harbours for three weeks, and "
                "accused the prefecture of abandoning them.\n\n"
                "\"The smell makes the children sick. The boats cannot get out. And the "
                "prefecture sends us a brochure,\" said Lucien Albertine, who fishes from the "
                "north coast.")
    assert got[("Lucien Albertine", "prefecture")] == "against"


def test_a_protest_against_a_bodys_plan_is_against_the_body():
    # "blocked the main road to protest against the municipal council's plan": against it
    s = ("Minibus drivers blocked the main road on Friday to protest against the municipal "
         "council's plan to move the bus rank.")
    assert _cue_value(s, s.index("council")) == -1.0
    s = "Drivers protested against the council's plan."
    assert _cue_value(s, s.index("council")) == -1.0


def test_a_charge_after_a_parenthetical_attribution_is_the_attributed_speakers():
    # "Workers ... downed tools ..., their union said, accusing the owner, X, of ...": the
    # union accuses, not the workers its report is about
    got = pairs("MUTARE, Zimbabwe (Reuters) - Workers at a timber yard outside the town downed "
                "tools on Monday over three months of unpaid wages, their union said, accusing "
                "the owner, Vumba Sawmills, of using power cuts as an excuse.\n\n"
                "Vumba Sawmills said wages would be paid once output recovered.")
    assert got.get(("union", "Vumba Sawmills")) == "against"
    assert ("workers", "Vumba Sawmills") not in got


def test_a_strike_called_irresponsible_is_the_striking_groups_not_the_ministrys():
    # "Doctors ... began a strike ..., saying the health ministry had not paid ... The health
    # ministry ... called the strike 'irresponsible'": against the doctors who struck
    got = pairs("NAMPULA, Mozambique (Reuters) - Nurses at Nampula's provincial hospital began a "
                "strike on Tuesday, saying the health ministry had not paid their overtime.\n\n"
                "The health ministry said the arrears would be paid this month and called the "
                "strike \"irresponsible\".\n\n"
                "\"The nurses are right. The ministry should pay them,\" said Zaituni Muacua, a "
                "patient's daughter.")
    assert [v for (s, t), v in got.items() if s == "health ministry" and "nurses" in t.lower()] \
        == ["against"]
    assert ("health ministry", "health ministry") not in got


def test_a_promise_made_again_a_protest_after_an_act_and_work_treated_as_ones_own():
    # "the ministry had made the same promise in March": a promise not kept; "Dockworkers
    # blocked the quays after the port's operator brought in cranes": a protest at the act;
    # "had treated a young artist's work as its own piggy bank": a charge
    s = "He said the ministry had made the same promise in March."
    assert _cue_value(s, s.index("ministry")) == -1.0
    s = "Dockworkers blocked the quays on Friday after the port's operator brought in cranes."
    assert _cue_value(s, s.index("operator")) == -1.0
    s = "The lawyer said the label had treated a young artist's work as its own piggy bank."
    assert _cue_value(s, s.index("label")) == -1.0
    s = "The ministry said it had made a promise to the nurses."
    assert _cue_value(s, s.index("ministry")) is None  # (no promise made again)


def test_a_groups_protest_after_an_operators_act_is_against_the_operator_named_next():
    # "Hundreds of dockworkers ... blocked the quays after the port's operator brought in two
    # mobile cranes, saying ...  The operator, X, said": against X
    got = pairs("KISANGANI, Democratic Republic of Congo (Reuters) - Hundreds of dockworkers at "
                "the river port blocked the quays on Friday after the port's operator brought "
                "in two mobile cranes, saying the machines would cost them their jobs.\n\n"
                "The operator, Lualaba River Terminals, said no worker would be dismissed.")
    assert [v for (s, t), v in got.items() if "dockworkers" in s and
            t == "Lualaba River Terminals"] == ["against"]


def test_serving_the_wrong_side_is_a_charge_against_the_server():
    # "The ministry protects importers, not Angolan workers": the wrong side served
    s = "The ministry protects importers, not Angolan workers."
    assert _cue_value(s, s.index("ministry")) == -1.0
    s = "The ministry protects importers and workers alike."
    assert _cue_value(s, s.index("ministry")) is None  # (no side left out)


def test_a_body_told_to_compensate_a_group_sides_with_the_group():
    # "called the evictions 'heartless' and said the council should compensate the hawkers":
    # against the council, with the hawkers (not against both by the sentence's mood)
    got = pairs("SELEBI-PHIKWE, Botswana (Reuters) - The town council evicted 40 hawkers from "
                "the main market on Monday, saying their stalls were unsafe.\n\n"
                "Hawkers said they had not been warned.\n\n"
                "Ontiretse Marumo, an opposition councillor, called the evictions \"heartless\" "
                "and said the council should compensate the hawkers.")
    assert got[("Ontiretse Marumo", "hawkers")] == "favor"
    assert got[("Ontiretse Marumo", "town council")] == "against"
    s = "The council should compensate the hawkers."
    assert _cue_value(s, s.index("hawkers")) == 1.0
    s = "The council should not compensate the hawkers."
    assert _cue_value(s, s.index("hawkers")) is None


_DEMOLISHED = ("KASANE, Botswana (Reuters) - Kasane Town Council demolished more than 60 vendors' "
               "stalls at the town's river market overnight on Saturday, saying they blocked "
               "the road.\n\n\"They came at 3 a.m. with bulldozers. I lost my freezer and all "
               "my fish,\" said Tshiamo Kgaswane, who sold bream at the market for 12 years.")


def test_a_loss_after_a_pronoun_the_quote_aims_is_against_the_lede_doer():
    # "They came at 3 a.m. with bulldozers. I lost my freezer": the pronoun's sentence reads
    # flat, the loss after it still tells the vendor's side against the council that acted
    # (named once, as the lede's doer; and named again later)
    got = pairs(_DEMOLISHED)
    assert got[("Tshiamo Kgaswane", "Kasane Town Council")] == "against"
    got = pairs(_DEMOLISHED + "\n\nThe council said the vendors had been warned in March.")
    assert got[("Tshiamo Kgaswane", "Kasane Town Council")] == "against"


def test_a_protest_at_police_roadblocks_makes_the_police_a_side():
    # "to protest against what they called bribery at police roadblocks": the police are
    # charged; "We work for the police now, not for our children" is against them
    got = pairs("QUIPUNGO, Angola (Reuters) - Motorcycle taxi riders in the Angolan town of "
                "Quipungo stopped work on Tuesday to protest against what they called bribery "
                "at police roadblocks.\n\n"
                "\"If you refuse, they take the motorbike. We work for the police now, not for "
                "our children,\" said Vumbuka Tchikola, a rider for six years.\n\n"
                "A police spokesman said officers who took bribes would be punished.")
    assert got[("Vumbuka Tchikola", "police")] == "against"
    s = "We work for the police now, not for our families."
    assert _cue_value(s, s.index("police")) == -1.0
    s = "We work for the police and we are proud of it."
    assert _cue_value(s, s.index("police")) is None


def test_the_site_a_company_runs_is_the_company_and_a_harm_grown_since_its_act_is_a_charge():
    # "Muatua Minerals, which runs the quarry": every "the quarry" is the company's; "cases of
    # asthma had doubled since the quarry opened" lays the harm at its door
    got = pairs("NHAMATANDA, Mozambique (Reuters) - Villagers near a granite quarry in central "
                "Mozambique said on Friday that blasting at the quarry had cracked their "
                "houses.\n\n"
                "Muatua Minerals, which runs the quarry, said its blasting met national "
                "standards.\n\n"
                "A nurse at the village clinic, who asked not to be named, said cases of asthma "
                "among children had doubled since the quarry opened in 2022.")
    assert got[("nurse at the village clinic", "Muatua Minerals")] == "against"
    s = "Cases of asthma had doubled since the quarry opened."
    assert _cue_value(s, s.index("quarry")) == -1.0
    s = "Sales had doubled since the quarry opened."
    assert _cue_value(s, s.index("quarry")) is None


def test_a_lede_firm_charged_unnamed_is_the_firm_named_next():
    # "accused an oil exploration company of fencing off a water point ... Nangiro Petroleum,
    # which holds the licence, denied": the group's charge is against the firm named next
    got = pairs("LOKICHAR, Kenya (Reuters) - Herders near Lokichar accused an oil exploration "
                "company on Monday of fencing off a dry-season water point.\n\n"
                "Nangiro Petroleum, which holds the exploration licence, denied blocking "
                "access and said the fence protected a well.")
    assert got[("herders near Lokichar", "Nangiro Petroleum")] == "against"


def test_deciding_alone_and_taking_with_nothing_back_are_charges():
    # "Now the company decides alone what our work is worth": power used without those it
    # binds; "The council has collected fees for years and the traders have seen nothing for
    # it": a taking with nothing given back, against the taker, not the traders
    s = "Now the company decides alone what our work is worth."
    assert _cue_value(s, s.index("company")) == -1.0
    s = "Now the company decides what our work is worth."
    assert _cue_value(s, s.index("company")) != -1.0
    s = "The council has collected market fees for years and the traders have seen nothing for it."
    assert _cue_value(s, s.index("council")) == -1.0
    assert _cue_value(s, s.index("traders")) != -1.0


_NURSES = ("AMBANJA, Madagascar (Reuters) - Nurses at the main hospital in Ambanja, "
           "Madagascar's northernmost river port, stopped work on Tuesday over a shortage of "
           "syringes and bandages.\n\n\"We buy bandages with our own salaries. This is not a "
           "hospital, it is a warehouse,\" said Rivo Andrianasolo, who heads the hospital's "
           "nurses' union.\n\nThe health ministry said a shipment of supplies had reached the "
           "port last week. It accused the union of playing politics.")


def test_a_town_only_reached_is_a_place_and_an_unnamed_union_charged_is_a_side():
    # "supplies had reached the port" (the town, "Madagascar's northernmost river port") is
    # where things go, not whom the union head's "This is not a hospital" answers; "It
    # accused the union of playing politics" makes "the hospital's nurses' union" a side
    got = pairs(_NURSES)
    assert got[("Rivo Andrianasolo", "health ministry")] == "against"
    assert got[("health ministry", "nurses' union")] == "against"
    # (a union the story names keeps its name: no second, described one)
    named = pairs(_NURSES.replace("who heads the hospital's nurses' union", "who heads the "
                                  "Ambanja Nurses' Union"))
    assert not any(t == "nurses' union" for _, t in named)


_LEASE = ("KATIMA MULILO, Namibia (Reuters) - Fishermen in Katima Mulilo criticised "
          "Namibia's fisheries ministry on Monday for awarding a ten-year fishing lease on "
          "the river to a Zambian company, Lisiko Fisheries, saying local crews had been "
          "shut out. Lisiko Fisheries runs three lodges on the river.\n\nThe ministry said "
          "Lisiko Fisheries had offered the highest fee and that the tender had been open to "
          "all.\n\nMubita Sililo, who heads the trust of the villages along the river, "
          "welcomed the decision. The company had promised to hire villagers, he said.")


def test_a_decision_welcomed_is_the_deciders():
    # "criticised Namibia's fisheries ministry for awarding a lease ... welcomed the
    # decision": the ministry's decision (its state's), not the company that won the lease
    got = pairs(_LEASE)
    assert got[("Mubita Sililo", "Namibia")] == "favor"
    assert ("Mubita Sililo", "Lisiko Fisheries") not in got


def test_relief_that_others_are_spared_approves_the_act():
    # "Nothing will bring my brother back, but at least no other family will go through
    # this": the clinic's closure approved, not a loss charged to the ministry
    got = pairs("RUNDU, Namibia (Reuters) - Namibia's health ministry has closed a private "
                "clinic in Rundu after a 40-year-old man died there following a routine "
                "operation, the ministry said on Monday.\n\n"
                "\"Nothing will bring my brother back, but at least no other family will go "
                "through this in that place,\" said Likando Nalumino, the man's sister.")
    assert got[("Likando Nalumino", "Namibia")] == "favor"
    s = "She said Latvia would raise it with its allies."
    assert _cue_value(s, s.index("Latvia")) is None



_BORDER_FEE = ("NAKONDE, Zambia (Reuters) - Small traders who cross between Zambia and Tanzania "
               "at the Nakonde border post said on Thursday that a new processing fee on goods "
               "worth less than $500 would push them into smuggling.\n\n\"We carry a few bags of "
               "rice and salt. Now we must pay like a big truck. They are killing small "
               "business,\" said Mwenya Simwinga, who has traded at the border for ten "
               "years.\n\nThe Zambia Revenue Authority said the fee covered the cost of a new "
               "electronic clearance system that would cut waiting times at the border from "
               "hours to minutes.\n\nA spokesman for the authority said traders would be "
               "consulted before the fee took effect in January. An association of Tanzanian "
               "cross-border traders said it would ask its own government to raise the issue "
               "with Lusaka.")


def test_a_charge_the_lede_tells_is_the_body_that_answers_for_its_purpose():
    # "a new processing fee ... would push them into smuggling ... The Zambia Revenue
    # Authority said the fee covered the cost": a trader's "They are killing small
    # business" is aimed at the authority, not at Zambia named as where the border is
    got = pairs(_BORDER_FEE)
    assert got[("Mwenya Simwinga", "Zambia Revenue Authority")] == "against"
    assert ("Mwenya Simwinga", "Zambia") not in got
    # (a body that only criticises the charge is not its maker)
    got = pairs(_BORDER_FEE.replace("the fee covered the cost of", "the fee would hurt"))
    assert got.get(("Mwenya Simwinga", "Zambia Revenue Authority")) != "against"


def test_an_estate_is_a_firm_and_a_ledes_the_company_is_the_firm_named_next():
    # "asked the county government to stop the company from dumping waste ... Nzoia Valley
    # Estate said": an estate is a firm, the one "the company" meant
    got = pairs("MUMIAS, Kenya (Reuters) - Farmers near a sugar estate in western Kenya have "
                "asked the county government to stop the company from dumping waste into the "
                "river, saying their cattle are dying.\n\n"
                "Nzoia Valley Estate said its waste was treated before it reached the river.")
    assert got[("farmers", "Nzoia Valley Estate")] == "against"
    assert ("Nzoia Valley Estate", "Kenya") not in got


def test_a_district_council_named_by_its_town_keeps_its_council_label():
    # "accused the Kilolo district council of strangling their trade ... The council said":
    # the council, not the town of that name
    got = pairs("KILOLO, Tanzania (Reuters) - Potato farmers in Tanzania's southern highlands "
                "accused the Kilolo district council on Tuesday of strangling their trade with a "
                "new cess on every sack that leaves the district.\n\n"
                "The council said the cess was legal and would pay for feeder roads.")
    assert any(t == "Kilolo district council" and label == "against"
               for (_, t), label in got.items())
    assert not any(t == "Kilolo" for _, t in got)


def test_a_gift_the_speaker_cannot_use_is_held_against_its_giver():
    # "The board gave me a receipt and a promise, and I cannot plant with a promise": the
    # giver charged, not thanked
    got = pairs("MPIKA, Zambia (Reuters) - Bean farmers who sold their crop to the Grain "
                "Marketing Board in July said on Monday they had not been paid.\n\n"
                "\"I delivered 40 bags. The board gave me a receipt and a promise, and I cannot "
                "sow with a promise,\" said Chola Mwape, a farmer near Mpika.")
    assert got[("Chola Mwape", "Grain Marketing Board")] == "against"


def test_a_dismissal_the_named_side_tells_the_speakers_is_against_it():
    # "They hire people from the capital and tell us we are not skilled": against the firm
    # the pronoun means
    got = pairs("KALULUSHI, Zambia (Reuters) - Dozens of young men blocked the gate of a "
                "smelter near Kalulushi on Monday, saying the jobs went to outsiders.\n\n"
                "Chambishi Vale Metals, which runs the smelter, said most of its staff were "
                "local.\n\n"
                "\"They hire people from the capital and tell us we are not skilled,\" said "
                "Mwila Kasanda, 23.")
    assert got[("Mwila Kasanda", "Chambishi Vale Metals")] == "against"


def test_a_provincial_body_described_with_two_words_is_the_body_accused():
    # "accused the provincial health directorate of ignoring their requests": a target
    # though two words describe it; and "A doctor at the hospital" speaks as a person, the
    # hospital no body of the doctor's
    text = ("CUAMBA, Mozambique (Reuters) - Midwives at the district hospital in Cuamba said on "
            "Friday that they had run out of gloves, and accused the provincial health "
            "directorate of ignoring their orders.\n\n"
            "The directorate said supplies would arrive next week.\n\n"
            "A doctor at the hospital, who asked not to be named, said patients were being "
            "sent home.")
    got = pairs(text)
    assert any(s.startswith("midwives") and t == "directorate" and label == "against"
               for (s, t), label in got.items())
    assert not any(t == "doctor at the hospital" for _, t in got)


def test_a_quote_after_a_group_disputed_that_answers_the_claims_maker():
    # "The agency said farmers had been warned. Herders disputed that. 'Nobody heard any
    # warning,' said X": one of the group, against the claim's maker
    text = ("KAYES, Mali (Reuters) - Herders near Kayes say the river authority closed a "
            "dam gate without notice.\n\n"
            "The river authority said herders had been warned over local radio.\n\n"
            "Herders disputed that. \"Nobody heard any warning on the radio,\" said Moussa "
            "Diakité, who keeps 60 cattle.")
    assert pairs(text)[("Moussa Diakité", "river authority")] == "against"
    # (a quote after a plain sentence about the group is no answer to the authority)
    got = pairs(text.replace("Herders disputed that.", "Herders waited."))
    assert got.get(("Moussa Diakité", "river authority")) != "against"


def test_a_ledes_demonym_authorities_are_the_state_that_acted():
    # "Tunisian authorities have ordered the dye works ... The environment
    # directorate said": a reaction before the directorate is named answers the state's
    # order, not the body that later speaks for it
    text = ("TUNIS (Reuters) - Tunisian authorities have ordered the dye works of Kairouan's "
            "old quarter to connect to a new sewer within a year or close.\n\n"
            "\"Our workshops are older than the sewer. We cannot rebuild them in a year,\" said "
            "Habib Ben Romdhane-Saidi, who runs a family dye works.\n\n"
            "The environment directorate said the connection would be free.")
    got = pairs(text)
    assert got[("Habib Ben Romdhane-Saidi", "Tunisia")] == "against"
    assert ("Habib Ben Romdhane-Saidi", "environment directorate") not in got


def test_not_a_day_too_soon_approves_the_act():
    # 'said the ban had come "not a day too soon"': approval of the council that banned, not
    # a complaint (the ban's own word is no grievance)
    got = pairs("PADER, Uganda (Reuters) - Brick makers in northern Uganda's Pader district "
                "have criticised a ban on clay digging imposed by the district council, saying "
                "it has cost them their living.\n\n"
                "The council said the pits had flooded farms.\n\n"
                "Atim Lanyero, who leads a women's farming group, said the ban had come \"not a "
                "day too soon\".")
    assert got[("Atim Lanyero", "district council")] == "favor"


def test_a_district_councils_chairman_speaks_for_it_not_to_it():
    # "The district council's chairman, X, said": the council's own officer, no side on it
    got = pairs("PADER, Uganda (Reuters) - Brick makers criticised a ban on clay digging "
                "imposed by the district council.\n\n"
                "The district council's chairman, Okot Lagara, said the pits had flooded "
                "farms. Farmers backed the ban, he said.")
    assert not any(s == "Okot Lagara" for s, _ in got)


def test_a_ledes_unnamed_contractor_is_the_contractor_named_next():
    # "a contractor hired to rebuild a school has left the site ... The contractor, Mzuzu
    # Civil Works, said": the parents' complaint is against the firm named next
    got = pairs("RUMPHI, Malawi (Reuters) - Parents in the northern Malawian town of Rumphi say "
                "a contractor hired to rebuild a primary school has left the site "
                "half-finished, forcing about 600 pupils to study under trees.\n\n"
                "\"Our children sit on stones. When it rains, there is no school,\" said "
                "Tadala Mwenifumbo, whose daughter attends the school. She said the parents "
                "had written to the district council twice.\n\n"
                "The contractor, Mzuzu Civil Works, said it had stopped work because the "
                "education ministry had not paid its invoices. \"We cannot go on,\" its "
                "director, Yobe Nyasulu, said.\n\n"
                "The ministry said payments had been delayed by an audit.")
    assert got[("Tadala Mwenifumbo", "Mzuzu Civil Works")] == "against"
    assert ("Tadala Mwenifumbo", "education ministry") not in got


def test_a_quote_denying_what_a_claim_said_was_done_is_against_its_maker():
    # "It said the price had been agreed with a growers' committee. 'Nobody agreed to
    # anything,' said X": a denial of the claim, against its maker
    text = ("KILOSA, Tanzania (Reuters) - Cane growers complained about a lower price on "
            "Monday.\n\n"
            "Msowero Sugar said the new price had been agreed with a growers' committee.\n\n"
            "\"Nobody agreed to anything. We were told the price,\" said Halima Msangi-Kweka, "
            "a grower.")
    assert pairs(text)[("Halima Msangi-Kweka", "Msowero Sugar")] == "against"
    # (a denial of something the claim never said is no answer to it)
    got = pairs(text.replace("Nobody agreed to anything", "Nobody sleeps at night"))
    assert got.get(("Halima Msangi-Kweka", "Msowero Sugar")) != "against"


def test_supporting_a_group_takes_its_side_against_whom_it_opposes():
    # "said she supported the traders": against the council the traders asked to reverse
    # its decision
    text = ("TUNDUMA, Tanzania (Reuters) - Traders and porters in Tunduma have asked the town "
            "council to reverse its decision to move the market, saying it has emptied their "
            "stalls.\n\n"
            "The council said the new site was safer.\n\n"
            "Rehana Mwasumbi, a member of parliament, said she supported the traders.")
    got = pairs(text)
    assert got[("Rehana Mwasumbi", "town council")] == "against"
    got = pairs(text.replace("she supported the traders", "she had met the traders"))
    assert got.get(("Rehana Mwasumbi", "town council")) != "against"


def test_notice_and_nothing_else_is_a_charge_on_who_gave_it():
    # "They gave us one week's notice and nothing else": a slight, not a gift
    got = pairs("MUSOMA, Tanzania (Reuters) - A fish processing factory in Musoma has laid off "
                "about 300 workers.\n\n"
                "Mara Fish Processors said it had no choice.\n\n"
                "\"I have worked at the factory for 11 years. They gave us one week's notice and "
                "nothing else,\" said Nyamisi Wambura, who packed fish on the night shift.")
    assert got[("Nyamisi Wambura", "Mara Fish Processors")] == "against"


def test_an_offer_told_as_too_low_is_against_who_makes_it():
    # "the main buyer, X, is offering less than half of what it cost"; "I spent 500,000 ...
    # They offered me 200,000"
    got = pairs("NTCHEU, Malawi (Reuters) - Tobacco farmers in Malawi's Ntcheu district have "
                "refused to sell their leaf, saying the main buyer, Highland Leaf Traders, is "
                "offering less than half of what it cost them to grow.\n\n"
                "\"I spent 500,000 kwacha on fertiliser. They offered me 200,000 for the whole "
                "crop,\" said Mphatso Chirwa-Banda, a farmer.\n\n"
                "Highland Leaf Traders said prices followed world demand.")
    assert got[("Mphatso Chirwa-Banda", "Highland Leaf Traders")] == "against"
    assert any(s.startswith("tobacco farmers") and t == "Highland Leaf Traders" and
               label == "against" for (s, t), label in got.items())


def test_a_protest_at_the_municipal_offices_is_against_the_town():
    # "parked their bikes outside the municipal offices in Koboko to protest against a new
    # fee ... 'the municipality wants to squeeze us' ... The town clerk, X, said": the town
    # acts through its municipality, its clerk speaks for it
    text = ("KOBOKO, Uganda (Reuters) - Hundreds of motorcycle taxi riders parked their bikes "
            "outside the municipal offices in Koboko on Monday to protest against a new "
            "registration fee, which they said was more than most of them earn in a month.\n\n"
            "\"Now the municipality wants to squeeze us like rich men,\" said Ezati Anguyo, "
            "27.\n\n"
            "The town clerk, Night Acidri, said the fee would pay for road markings. A riders' "
            "leader said riders would stop work if the municipality did not suspend the fee.")
    got = pairs(text)
    assert got[("Ezati Anguyo", "Koboko")] == "against"
    assert ("Night Acidri", "Koboko") not in got
    assert any(s.startswith("motorcycle taxi riders") and t == "Koboko" and label == "against"
               for (s, t), label in got.items())


def test_a_firm_told_by_what_it_holds_is_the_firm_later_described_so():
    # "by soldiers acting for a mining company that holds the concession ... Kipushi Cobalt,
    # which holds the concession, said": the group's charge is against that firm
    got = pairs("KOLWEZI, Democratic Republic of Congo (Reuters) - Hundreds of artisanal miners "
                "were evicted from a cobalt site last week by soldiers acting for a mining "
                "company that holds the concession, according to a local rights group.\n\n"
                "The group, Voix des Creuseurs, said soldiers had burned the miners' "
                "shelters.\n\n"
                "Kipushi Cobalt, which holds the concession, said the miners had occupied the "
                "site illegally.")
    assert got[("Voix des Creuseurs", "Kipushi Cobalt")] == "against"


def test_a_ban_the_lede_gives_no_maker_is_the_body_that_defends_it():
    # "a ban on moving livestock, imposed after an outbreak ... The veterinary department
    # said the ban was necessary": the herders' complaint is against the department (but "a
    # government ban" has its maker)
    text = ("KASUNGU, Malawi (Reuters) - Cattle herders in Malawi's central Kasungu district say "
            "a ban on moving livestock, imposed after an outbreak of anthrax, has left them "
            "unable to sell animals to pay school fees.\n\n"
            "\"My daughter was sent home from school. I have 30 cows and I cannot sell one,\" "
            "said Madalitso Chavula, 52, a herder near the town of Kasungu. He said buyers from "
            "Lilongwe had stopped coming.\n\n"
            "The veterinary department said the ban was necessary to stop the disease spreading "
            "and that vaccination had begun.")
    got = pairs(text)
    assert got[("Madalitso Chavula", "veterinary department")] == "against"
    got = pairs(text.replace("say a ban", "say a government ban"))
    assert got.get(("Madalitso Chavula", "veterinary department")) != "against"


def test_many_who_accuse_are_the_group_the_sentence_named():
    # "hundreds of vendors are still selling from the roadside, and many accuse the
    # municipal council": the vendors; and "Its spokeswoman" after "The
    # council denied the accusation." speaks for the council, not the dateline's town
    text = ("MANICA, Mozambique (Reuters) - A year after a fire destroyed the central market in "
            "Manica, hundreds of vendors are still selling from the roadside, and many accuse "
            "the municipal council of handing the site to a developer.\n\n"
            "The council denied the accusation. Its spokeswoman, Graça Muianga-Tembe, said the "
            "new market would be built by a private partner because the council had no money.")
    got = pairs(text)
    assert got[("vendors", "council")] == "against"
    assert ("Graça Muianga-Tembe", "council") not in got


def test_a_province_that_speaks_for_its_government_is_a_target_and_a_river_bank_is_no_bank():
    # "ordered by provincial authorities ... according to the provincial government of
    # Lomami ... if the province helped pay": one target, the province; "stop every night on
    # the bank" is the river's bank, no lender that stands for it
    text = ("KABINDA, Democratic Republic of Congo (Reuters) - Boat owners on the Lomami river "
            "say a ban on night sailing, ordered by provincial authorities after a boat sank, "
            "is costing them half their income.\n\n"
            "At least 20 people died when the boat capsized, according to the provincial "
            "government of Lomami.\n\n"
            "\"A trip to Lubao takes two days. If we must stop every night on the bank, we lose "
            "a day and the passengers go by road,\" said Kabongo Mbayo, who owns two boats. He "
            "said owners were willing to fit lights and carry life jackets if the province "
            "helped pay for them.\n\n"
            "A fish seller, Tshala Ngandu, said the ban was \"the only sensible thing the "
            "government has done this year\".")
    got = pairs(text)
    assert got[("Kabongo Mbayo", "Lomami")] == "against"
    assert got[("Tshala Ngandu", "Lomami")] == "favor"
    a = toolkit.analyze(text)
    targets = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert all(text[x:y] != "bank" for t in targets.values() for x, y in t.mentions)


def test_an_act_described_as_robbery_in_marks_is_charged_at_its_maker():
    # 'He described the fine as "robbery dressed as regulation"': against whoever fined him,
    # though "fine" reads warm as an adjective
    text = ("MASAKA, Uganda (Reuters) - The Uganda Dairy Board said in a statement that its new "
            "rule would improve quality and that traders who broke it would be fined.\n\n"
            "Musa Kaweesa, a trader in Masaka, said he had been fined 500,000 shillings. He "
            "described the fine as \"robbery dressed as regulation\".")
    assert pairs(text)[("Musa Kaweesa", "Uganda Dairy Board")] == "against"


def test_fines_called_a_tax_are_charged_at_whoever_began_fining():
    # "after the road agency began fining overloaded lorries on the spot, a move hauliers
    # say has choked the route ... called the fines 'a tax on the poor driver'": both
    # against the agency that fines, not the drivers' own association the lede's drivers
    # resemble
    text = ("KABWE, Zambia (Reuters) - Truck drivers queued for two days at a weighbridge "
            "outside Kabwe after the road agency began fining overloaded lorries on the spot, a "
            "move hauliers say has choked the main route north.\n\n"
            "The National Roads Board said the fines were needed to protect the highway.\n\n"
            "The Long Distance Drivers Union called the fines \"a tax on the poor driver\".")
    got = pairs(text)
    assert got[("Long Distance Drivers Union", "National Roads Board")] == "against"
    assert got[("hauliers", "National Roads Board")] == "against"


def test_words_summed_as_a_claim_the_other_side_rejected_set_the_two_apart():
    # "Drivers said only one of the two scales was working, a claim the agency rejected":
    # the drivers against the agency as the agency against them
    text = ("MPANDA, Tanzania (Reuters) - The National Roads Agency began weighing every lorry "
            "on the Mpanda road this month.\n\n"
            "Drivers said only one of the two scales was working, a claim the agency rejected.")
    got = pairs(text)
    assert got[("Drivers", "National Roads Agency")] == "against"
    got = pairs(text.replace(", a claim the agency rejected", ""))
    assert got.get(("Drivers", "National Roads Agency")) != "against"


def test_the_administration_of_a_story_about_one_university_is_that_university():
    # "the administration had clearly mishandled the announcement": the university's (but
    # "the administration of former President X" is a government's)
    text = ("BUNIA, Democratic Republic of Congo (Reuters) - Students at the University of "
            "Bunia boycotted lectures on Wednesday over a rise in hostel fees.\n\n"
            "A lecturer who asked not to be named said the administration had clearly "
            "mishandled the announcement.")
    assert pairs(text)[("lecturer", "University of Bunia")] == "against"


def test_a_blamed_trade_named_again_is_a_target_but_not_for_its_own_member():
    # "blamed gold panners on the Kilembe river for silting up the canals ... 'The panners
    # dig all night'": the panners are a side of the story; "One gold panner, X, said the
    # panners had permits" speaks for them; "I don't blame the drivers" blames no one
    text = ("KASESE, Uganda (Reuters) - Rice farmers near Kasese blamed gold panners on the "
            "Kilembe river on Monday for silting up the canals that feed their paddies.\n\n"
            "\"The panners dig all night with lorries waiting,\" said Sarah Lukwago, who farms "
            "two acres.\n\n"
            "One gold panner, who gave only his first name, Chansa, said the panners had permits "
            "from the district and were being made scapegoats.")
    got = pairs(text)
    assert got[("rice farmers near Kasese", "gold panners")] == "against"
    assert got.get(("Chansa", "gold panners")) != "against"
    got = pairs(text.replace("blamed gold panners", "said they did not blame gold panners"))
    assert ("rice farmers near Kasese", "gold panners") not in got


def test_a_work_set_off_with_its_owners_name_stands_for_the_owner():
    # "the region's only juice factory stopped buying ... The factory, Isiro Fruit Processors,
    # said ... 'The factory made promises and broke them'": the firm; "said they doubted the
    # pasteuriser was broken" doubts what the firm said
    text = ("ISIRO, Democratic Republic of Congo (Reuters) - Orange farmers in northeastern "
            "Congo say tonnes of fruit are rotting because the region's only juice factory "
            "stopped buying in September.\n\n"
            "The factory, Isiro Fruit Processors, said it had halted purchases while it "
            "repaired a broken pasteuriser.\n\n"
            "\"The factory made promises and broke them,\" said Mapendo Likango, who farms near "
            "Isiro.\n\n"
            "Several farmers said they doubted the pasteuriser was broken.")
    got = pairs(text)
    assert got[("orange farmers in northeastern Congo", "Isiro Fruit Processors")] == "against"
    assert got[("Mapendo Likango", "Isiro Fruit Processors")] == "against"
    assert got[("farmers", "Isiro Fruit Processors")] == "against"
    got = pairs(text.replace("they doubted the pasteuriser was broken",
                             "they had seen the pasteuriser"))
    assert got.get(("farmers", "Isiro Fruit Processors")) != "against"


def test_a_denial_answers_the_group_whose_charge_it_echoes():
    # "Cocoa pickers ... saying their employer had ignored repeated warnings ... The
    # exporter, X, denied that it had ignored complaints": the firm against the pickers,
    # the pickers (and the picker quoted) against their employer, the firm named after
    text = ("BUMBA, Democratic Republic of Congo (Reuters) - Cocoa pickers in northern Congo "
            "walked off the job on Monday, saying their employer had ignored repeated warnings "
            "that workers were collapsing in the heat.\n\n"
            "\"They give us one bottle of water for the whole morning,\" said Bolumbu Engulu, "
            "who has worked the harvest for nine years.\n\n"
            "The exporter, Cacao du Fleuve, denied that it had ignored complaints.")
    got = pairs(text)
    assert got[("cocoa pickers", "Cacao du Fleuve")] == "against"
    assert got[("Cacao du Fleuve", "cocoa pickers")] == "against"


def test_an_echoed_figure_as_a_question_doubts_the_officials_body():
    # 'A ministry official told Reuters the permits took about a week ... "A week? I
    # applied on Oct. 10 and I am still waiting"': against the ministry; and a lede's "a
    # new rule requiring export permits ... has left warehouses full" is charged at the
    # body the next paragraph has introduce the permits
    text = ("PAKSE, Laos (Reuters) - Coffee exporters in southern Laos say a new rule "
            "requiring export permits for every shipment has left warehouses full and prices "
            "falling.\n\n"
            "The trade ministry introduced the permits in October to stop what it called "
            "\"uncontrolled\" exports. A ministry official told "
            "Reuters the permits took about a week to issue.\n\n"
            "\"A week? I applied on Oct. 10 and I am still waiting,\" said exporter Khamla "
            "Sisouphan.")
    got = pairs(text)
    assert got[("Khamla Sisouphan", "trade ministry")] == "against"
    assert got[("coffee exporters in southern Laos", "trade ministry")] == "against"
    got = pairs(text.replace("\"A week? I applied", "\"I applied"))
    assert got.get(("Khamla Sisouphan", "trade ministry")) != "against"


def test_a_ledes_national_regulator_is_the_public_body_named_later_and_the_bare_group():
    # "Tea growers on the slopes of Mount Mulanje in southern Malawi have accused the
    # national tea regulator of favouring estates ... Growers say": the board the story
    # names three paragraphs on, and the growers under the bare label they speak by;
    # "They want us to carry sacks down the mountain" charges whoever wants it
    text = ("MULANJE, Malawi (Reuters) - Tea growers on the slopes of Mount Mulanje in southern "
            "Malawi have accused the national tea regulator of favouring large estates with a "
            "rule that leaf be sold only at licensed factories.\n\n"
            "The rule took effect on Oct. 1. Growers say the nearest factory is a day's walk "
            "away.\n\n"
            "\"They want us to carry sacks down the mountain on our heads,\" said Chimwemwe "
            "Nkhoma, who grows tea near Phalombe.\n\n"
            "The Tea Board of Malawi said the rule would improve quality.")
    got = pairs(text)
    assert got[("growers", "Tea Board of Malawi")] == "against"
    assert got[("Chimwemwe Nkhoma", "Tea Board of Malawi")] == "against"


def test_a_lede_group_that_acts_without_speaking_takes_its_side():
    # "Fishermen at Nkhotakota Bay on Lake Malawi have accused lakeshore hotels of fencing
    # off the beach": the fishermen against the hotels, though they say nothing of their own
    text = ("NKHOTAKOTA, Malawi (Reuters) - Fishermen at Nkhotakota Bay on Lake Malawi have "
            "accused lakeshore hotels of fencing off stretches of beach where they land their "
            "canoes.\n\n"
            "The owner of one of the hotels, who asked not to be named, said the fences kept "
            "out thieves.")
    got = pairs(text)
    assert got[("fishermen at Nkhotakota Bay on Lake Malawi", "lakeshore hotels")] == "against"
    out = toolkit.analyze_text(text)
    assert [q["speaker"] for q in out["quotes"]] == ["owner of one of the hotels"]


def test_a_ledes_harm_done_by_an_unmade_act_is_charged_at_its_defender_or_doer():
    # "an insecticide spraying campaign against armyworms has killed most of their bees ...
    # The agriculture ministry said the spraying was necessary": against the ministry; "a
    # milk collection centre has cut the price it pays them" against the centre's owner
    text = ("KIRUNDO, Burundi (Reuters) - Beekeepers in Burundi's northern Kirundo province say "
            "an insecticide spraying campaign against armyworms has killed most of their "
            "bees.\n\n"
            "The agriculture ministry said the spraying was necessary to save the maize "
            "harvest.")
    assert pairs(text)[("beekeepers in Burundi's northern Kirundo province",
                        "agriculture ministry")] == "against"
    text = ("MUBENDE, Uganda (Reuters) - Dairy farmers around Mubende in central Uganda say a "
            "milk collection centre has cut the price it pays them by almost a third.\n\n"
            "The centre, run by the Mubende Dairy Farmers Union, now pays 700 shillings a "
            "litre. The union said the processor had cut its own price.")
    assert pairs(text)[("dairy farmers around Mubende in central Uganda",
                        "Mubende Dairy Farmers Union")] == "against"


def test_a_titled_storys_lede_blames_hotels_and_their_comfort_against_our_hardship():
    # a title line does not end the lede: "local officials blamed hotels for drawing too much
    # groundwater" makes the hotels a side; "The hotels filled their pools while our
    # grandmothers carried buckets" charges them
    text = ("Island declares emergency as water runs short\n\n"
            "ATHENS (AP) — The Greek island of Astypalaia declared a state of emergency on "
            "Wednesday after its reservoir ran low, and local officials blamed hotels for "
            "drawing too much groundwater.\n\n"
            "\"The hotels filled their pools while our grandmothers carried buckets,\" said "
            "Mayor Nikos Vrettos-Kalas.")
    got = pairs(text)
    assert got[("local officials", "hotels")] == "against"
    assert got[("Nikos Vrettos-Kalas", "hotels")] == "against"


def test_a_lede_groups_act_and_its_saying_share_one_label_and_an_echo_doubts_its_maker():
    # "Hundreds of vendors in the eastern Ugandan town of Bugiri refused ... to move to a new
    # market built by the municipal council ..., saying": one group, as it is labelled where
    # it speaks, against the council; '"Consulted? They called us to one meeting"' doubts
    # the clerk who said they had been consulted
    text = ("BUGIRI, Uganda (Reuters) - Hundreds of vendors in the eastern Ugandan town of Bugiri "
            "refused on Monday to move to a new market built by the municipal council on the "
            "edge of town, saying customers would not follow them there.\n\n"
            "The council has ordered all street trading in the town centre to end. "
            "Town clerk Aloysius Wandera said vendors had been consulted for more than a "
            "year.\n\n"
            "\"Consulted? They called us to one meeting and told us the decision,\" said Prossy "
            "Nabirye, who sells tomatoes on Main Street.")
    got = pairs(text)
    assert got[("vendors in the eastern Ugandan town of Bugiri", "council")] == "against"
    assert got[("Prossy Nabirye", "Aloysius Wandera")] == "against"


def test_a_departments_officials_are_the_department_and_heard_before_doubts_its_word():
    # "forest officials have stopped thousands of families ... Gujarat's forest department
    # said": the department, a side; "Riders say they have heard that before" after the
    # ministry's spokesman's promise doubts the ministry
    text = ("AHMEDABAD, India (Reuters) - Salt workers near Kharaghoda in western India say forest "
            "officials have stopped thousands of families from returning to the salt flats.\n\n"
            "Gujarat's forest department said in a statement that the permits were needed to "
            "protect the wild ass.")
    assert pairs(text)[("salt workers near Kharaghoda in western India",
                        "Gujarat's forest department")] == "against"
    text = ("MABANDA, Burundi (Reuters) - A fuel shortage has left motorcycle taxis idle in "
            "the southern town of Mabanda.\n\n"
            "The energy ministry said three tankers were on their way. Its spokesman, Didace "
            "Ndayizeye, told reporters that supplies should return to normal within weeks.\n\n"
            "Riders say they have heard that before.")
    assert pairs(text)[("riders", "energy ministry")] == "against"


def test_soldiers_who_act_in_a_lede_are_the_army_unit_named_later_and_the_unit_is_it():
    # "say soldiers enforcing a ban on small-mesh nets have burned their boats ... The army's
    # Fisheries Enforcement Unit ... denied": the soldiers are the unit, and so is "the
    # unit" a district chairman wants withdrawn, calling its conduct "a war on our people"
    text = ("BUVUMA, Uganda (Reuters) - Fishermen on Uganda's Buvuma islands say soldiers "
            "enforcing a ban on small nets have burned their boats.\n\n"
            "The army's Fisheries Enforcement Unit denied burning legal boats.\n\n"
            "District chairman Yusufu Mukasa said he had asked for the unit to be withdrawn, "
            "calling its conduct \"a war on our own people.\"")
    got = pairs(text)
    assert got[("fishermen on Uganda's Buvuma islands", "Fisheries Enforcement Unit")] == \
        "against"
    assert got[("Yusufu Mukasa", "Fisheries Enforcement Unit")] == "against"
    # troops only asked for are no one's act
    text = ("TOKYO (AP) - A governor asked the government on Tuesday to send troops to help "
            "deal with bears.\n\nThe Defence Ministry said it would consider the request.")
    assert ("governor", "Defence Ministry") not in pairs(text)


def test_he_has_said_that_since_doubts_the_manager_who_promised():
    # '"He has said that since July," said a farmer' after the manager promised to pay: the
    # manager's word doubted, the person's own
    text = ("KIREHE, Rwanda (Reuters) - Coffee farmers say a washing station has not paid "
            "them.\n\n"
            "Its manager, Innocent Bizimana, told Reuters the company would pay every franc by "
            "the end of the year.\n\n"
            "\"He has said that since July,\" said Josiane Mukeshimana, 50.")
    assert pairs(text)[("Josiane Mukeshimana", "Innocent Bizimana")] == "against"


def test_the_plants_operator_is_the_operator_named_later_and_its_plant():
    # "a claim the plant's operator rejected ... The operator, Lingayen Coal Power Corp.,
    # said": one body, and "the plant did" (not the weather) charges it; "they blame the
    # weather" right after the bureau blamed the rain is the bureau
    text = ("LINGAYEN, Philippines (Reuters) - Fish farmers in the northern Philippine town of "
            "Lingayen say a fish kill was caused by warm water from a coal-fired power plant, "
            "a claim the plant's operator rejected.\n\n"
            "The Bureau of Fisheries said heavy rain had killed the fish.\n\n"
            "\"Every year they blame the weather. The weather did not change, the plant did,\" "
            "said Romeo Dizon, a fish farmer.\n\n"
            "The operator, Lingayen Coal Power Corp., said its discharges met standards.")
    got = pairs(text)
    assert got[("fish farmers in the northern Philippine town of Lingayen",
                "Lingayen Coal Power")] == "against"
    assert got[("Romeo Dizon", "Lingayen Coal Power")] == "against"
    assert got[("Romeo Dizon", "Bureau of Fisheries")] == "against"


def test_a_ferry_lines_ended_service_and_an_unanswered_offer_charge_the_line():
    # "say the end of the island's only winter ferry link ... will cost them customers ...
    # Aegean Wave Lines, which ran the weekly service,": the line's act; the mayor's "the
    # company had not replied" charges it, "the decision" is the line's, not the mayor's
    # own town's; the line's "it had replied" rebuts him
    text = ("KASOS, Greece (Reuters) - Shop owners on the Greek island of Kasos say the end of "
            "the island's only winter ferry link to Athens will cost them customers.\n\n"
            "Aegean Wave Lines, which ran the weekly service, said it had lost money on the "
            "route for years.\n\n"
            "Mayor Nikitas Lambrakis called the decision \"a betrayal.\" He said the council "
            "had offered to cut port fees, but the company had not replied.\n\n"
            "A company spokeswoman said it had replied to the mayor's letter.")
    got = pairs(text)
    assert got[("shop owners on the Greek island of Kasos", "Aegean Wave Lines")] == "against"
    assert got[("Nikitas Lambrakis", "Aegean Wave Lines")] == "against"
    assert ("Nikitas Lambrakis", "Kasos") not in got
    assert got.get(("company spokeswoman", "Nikitas Lambrakis")) != "favor"


def test_an_order_closing_mines_is_the_agencys_that_keeps_them_closed():
    # "protested against an order closing 40 mines ... The National Mining Agency said the
    # mines ... would stay closed": the agency's order; "wants safe mines but gives us
    # nothing" charges it
    text = ("PAIPA, Colombia (Reuters) - Hundreds of coal miners in the Colombian province of "
            "Boyacá protested on Wednesday against an order closing 40 mines, saying the "
            "closures would leave thousands without work.\n\n"
            "The National Mining Agency said the mines had failed inspections and would stay "
            "closed until gas detectors were installed.\n\n"
            "\"The agency wants safe mines but gives us nothing to make them safe,\" said "
            "Jairo Mesa, a miner.")
    got = pairs(text)
    assert got[("coal miners in the Colombian province of Boyacá", "National Mining Agency")] \
        == "against"
    assert got[("Jairo Mesa", "National Mining Agency")] == "against"


def test_a_fashion_label_set_off_with_its_name_is_the_firm_a_lede_accuses():
    # "accused a Sucre fashion label of copying their designs ... The label, Wayra Textil,":
    # one firm, and "the company" after it is the same
    text = ("SUCRE, Bolivia (Reuters) - Weavers in the Bolivian village of Candelaria have "
            "accused a Sucre fashion label of copying their designs without payment.\n\n"
            "The label, Wayra Textil, said the designs were inspired by Andean culture.\n\n"
            "Weaver Basilia Mamani said nobody from the company had ever visited the village.")
    got = pairs(text)
    assert got[("weavers in the Bolivian village of Candelaria", "Wayra Textil")] == "against"
    assert got[("Basilia Mamani", "Wayra Textil")] == "against"


def test_a_body_that_doubled_the_fee_answers_for_the_ledes_fee_rise():
    # "say a sharp rise in marine park fees will put many of them out of business ... The
    # National Administration of Marine Parks (ANMP) doubled the daily fee": the body that
    # raised it, not the town they sail from
    text = ("INHASSORO, Mozambique (Reuters) - Boat operators in the Mozambican town of Inhassoro "
            "say a sharp rise in marine park fees will put many of them out of business.\n\n"
            "The National Administration of Marine Parks (ANMP) doubled the daily fee for each "
            "visitor this month.\n\n"
            "\"We carry six tourists a day when it is good,\" said Ana Sitoe, who has sailed from "
            "Inhassoro beach for 15 years.\n\n"
            "ANMP said in a statement that the fees had not changed since 2012.")
    got = pairs(text)
    assert got[("boat operators in the Mozambican town of Inhassoro",
                "National Administration of Marine Parks")] == "against"
    assert ("boat operators in the Mozambican town of Inhassoro", "Inhassoro") not in got


def test_a_place_with_a_governor_is_the_province_its_provincial_government_is():
    # "East Nusa Tenggara's governor" names a province, no person; "a provincial ban" and
    # "the provincial government" are its own
    text = ("WAINGAPU, Indonesia (Reuters) - Horse owners on the Indonesian island of Sumba say "
            "a provincial ban on child jockeys will end a racing tradition.\n\n"
            "East Nusa Tenggara's governor, Benny Laka, said the ban would apply from "
            "January.\n\n"
            "\"If the rule stays, the races will die,\" said Umbu Djawa, who owns three "
            "racehorses.\n\n"
            "A child rights official, Sri Rahayu, praised the provincial government for "
            "acting.")
    got = pairs(text)
    assert got[("horse owners on the Indonesian island of Sumba", "East Nusa Tenggara")] == \
        "against"
    assert got[("Sri Rahayu", "East Nusa Tenggara")] == "favor"


def test_a_ledes_silent_trade_officials_are_the_body_named_for_the_trade():
    # "accuse wildlife officials of ignoring their calls for help ... The Zambia Wildlife
    # Authority said": the authority; "cared more about tourists than about farmers"
    # charges it; officials who speak ("health officials warned") stay their own voice
    text = ("MFUWE, Zambia (Reuters) - Maize farmers near Mfuwe in eastern Zambia say elephants "
            "have destroyed their crops, and accuse wildlife officials of ignoring their calls "
            "for help.\n\n"
            "The Zambia Wildlife Authority said rangers had chased elephants from 30 "
            "villages.\n\n"
            "Local lawmaker Chanda Mwale said the authority cared more about tourists than "
            "about farmers.")
    got = pairs(text)
    assert got[("maize farmers near Mfuwe in eastern Zambia", "Zambia Wildlife Authority")] == \
        "against"
    assert got[("Chanda Mwale", "Zambia Wildlife Authority")] == "against"


def test_a_deal_that_rewarded_a_state_for_overfishing_is_against_it():
    text = ("The Shetland Fishermen's Association said the deal rewarded Norway for years of "
            "overfishing. The association said it had written to ministers.")
    assert pairs(text)[("Shetland Fishermen's Association", "Norway")] == "against"


def test_a_ledes_public_university_is_the_one_named_next_and_a_belittled_grant_doubts_it():
    # "staged a sit-in at a public university ... The State University of Brno said": the
    # university; '"A grant covers one month. The rent rises for every month,"' after its
    # rector offered a hardship grant doubts the university's word
    text = ("BRNO, Czech Republic (Reuters) - Hundreds of students in the Czech city of Brno "
            "staged a sit-in at a public university on Monday against a rise in dormitory "
            "rents, saying many of them would have to drop out.\n\n"
            "The State University of Brno said energy costs had doubled. Its rector, Jana "
            "Horáková, said students on low incomes could apply for a hardship grant.\n\n"
            "\"A grant covers one month. The rent rises for every month,\" said Petr Novák, a "
            "law student.")
    got = pairs(text)
    assert got[("students in the Czech city of Brno", "State University of Brno")] == "against"
    assert got[("Petr Novák", "State University of Brno")] == "against"
    # "a hospital district" is the district, no hospital named next
    text = ("HELSINKI (Reuters) - A ransomware attack has crippled computer systems at a "
            "hospital district in eastern Finland, the district said on Tuesday.\n\n"
            "The Karelia Hospital District said patient records appeared to have been "
            "encrypted.")
    assert ("district", "Karelia Hospital District") not in pairs(text)


def test_a_government_spraying_campaign_is_the_states_and_its_official_no_objector():
    # "say a government spraying campaign ... came too late": the state the story is filed
    # in, even for growers in it; the ministry's own official who says farmers "had refused"
    # is no objector to his ministry
    text = ("KUTAISI, Georgia (Reuters) - Hazelnut growers in western Georgia say a government "
            "spraying campaign against the stink bug came too late this summer.\n\n"
            "The agriculture ministry said in a statement that spraying had begun on "
            "schedule.\n\n"
            "An official at the ministry, who spoke on condition of anonymity, said some "
            "farmers had refused to let spraying teams into their orchards.")
    got = pairs(text)
    assert got[("hazelnut growers in western Georgia", "Georgia")] == "against"
    assert ("official at the ministry", "agriculture ministry") not in got


def test_a_capital_that_promises_and_sends_nothing_is_charged():
    text = ("SURKHET, Nepal (Reuters) - Apple growers in Nepal's Humla district say their fruit is "
            "rotting by the roadside.\n\n"
            "\"Every year it is the same story. Kathmandu promises a better road and sends "
            "nothing,\" said Ram Bahadur Shahi, a grower.")
    assert pairs(text)[("Ram Bahadur Shahi", "Nepal")] == "against"


def test_a_refused_move_and_a_bigger_share_charge_who_wants_and_takes_it():
    # "say they will not move to a new site ..., where the municipal assembly wants to
    # relocate the trade": against the assembly; "now pays more to the park than to me"
    # after "The national parks service, Andiparques, began charging": against the
    # service that runs the one park named
    text = ("SUNYANI, Ghana (Reuters) - Yam traders at Sunyani's main market say they will not "
            "move to a new site on the edge of town, where the Sunyani Municipal Assembly wants "
            "to relocate the wholesale trade.\n\n"
            "The assembly said trucks block the main road every day.")
    assert pairs(text)[("yam traders at Sunyani's main market", "Sunyani Municipal Assembly")] \
        == "against"
    text = ("CARAZ, Peru (Reuters) - Mountain guides in the Peruvian town of Caraz say a new daily "
            "fee for climbers entering Cordillera Blanca National Park will drive away their "
            "clients.\n\n"
            "The national parks service, Andiparques, began charging 65 soles a day this "
            "month and said the money would pay for rescue teams.\n\n"
            "\"A climber who spends ten days on the mountain now pays more to the park than to "
            "me,\" said guide Elmer Huerta.")
    got = pairs(text)
    assert got[("mountain guides in the Peruvian town of Caraz", "Andiparques")] == "against"
    assert got[("Elmer Huerta", "Andiparques")] == "against"


def test_costly_alternatives_a_government_pushes_and_funds_sent_late_charge_it():
    # "the alternatives the government promotes cost more than they earn": against the
    # state the story is filed in; a provincial minister's "the national government had
    # sent the funds late" blames the state, which is no government of hers
    text = ("KAHAMA, Tanzania (Reuters) - Gold miners in Tanzania's Kahama district say a ban on "
            "mercury will shut their pits, because the alternatives the government promotes "
            "cost more than they earn.")
    assert pairs(text)[("gold miners in Tanzania's Kahama district", "Tanzania")] == "against"
    text = ("SALTA, Argentina (Reuters) - Tobacco growers in Argentina's Salta province blocked a "
            "highway on Monday to demand a subsidy.\n\n"
            "Provincial economy minister Teresa Lamas denied that the money had been diverted "
            "and said the national government had sent the funds late.")
    assert pairs(text)[("Teresa Lamas", "Argentina")] == "against"


def test_a_company_by_whose_pumping_homes_crack_is_charged():
    # "cracks are spreading through their homes because of brine pumping by a salt company
    # ... The company, Srebrenik Salt Works,": the company named later, charged
    text = ("TUZLA, Bosnia (Reuters) - Residents of a village near the Bosnian town of Srebrenik "
            "say cracks are spreading through their homes because of brine pumping by a salt "
            "company.\n\n"
            "\"The wall of my kitchen split in two,\" said Amra Kovač, 61.\n\n"
            "The company, Srebrenik Salt Works, said its pumping met the limits of its permit.")
    assert pairs(text)[("residents of a village near the Bosnian town of Srebrenik",
                        "Srebrenik Salt Works")] == "against"


def test_calling_the_last_speakers_word_an_empty_promise_is_against_them():
    # 'wages would be paid "as soon as possible" ... Union leader X called that "an empty
    # promise"': against the owner whose word it was (not "called it", the act's)
    text = ("PLJEVLJA, Montenegro (Reuters) - Workers at the coal mine in the Montenegrin town of "
            "Pljevlja say they have not been paid for four months.\n\n"
            "The mine's owner, Adriatic Coal Holding, said falling prices had left it short of "
            "cash and that wages would be paid \"as soon as possible\" once a buyer was found. "
            "Union leader Goran Bulatović called that \"an empty promise\" and said the workers "
            "would stay at the gates until they were paid.")
    assert pairs(text)[("Goran Bulatović", "Adriatic Coal Holding")] == "against"


def test_a_city_officer_makes_the_dateline_city_the_actor_of_its_fines():
    # "fines ... introduced by the city this month ... The city's environment director,
    # Lucio Yumbo,": the city of the dateline acts, and its vendors are against it
    text = ("GUARANDA, Ecuador (Reuters) - Market vendors in the Ecuadorean city of Guaranda say "
            "fines for using plastic bags, introduced by the city this month, are aimed at poor "
            "traders.\n\n"
            "The city's environment director, Lucio Yumbo, said the ban applied to everyone.")
    assert pairs(text)[("market vendors in the Ecuadorean city of Guaranda", "Guaranda")] == \
        "against"


def test_heeding_one_side_only_is_a_charge():
    # "said the council listened only to shop owners": against the council
    text = ("MAKENI, Sierra Leone (AP) - The Makeni City Council said the ban was meant to reduce "
            "accidents.\n\n"
            "\"We carry the city,\" said Alusine Kargbo, secretary of the Bike Riders Union.\n\n"
            "The union said riders would strike again next week if the ban was not lifted, and "
            "said the council listened only to shop owners.")
    assert pairs(text)[("Bike Riders Union", "Makeni City Council")] == "against"


def test_a_ledes_city_council_ban_is_the_named_councils_and_a_member_of_a_group_takes_its_side():
    # "a strike against a city council ban ... The Makeni City Council said": the one council
    # named; and "Some traders welcomed the rule. Mariatu Kanu, who sells rice ..., said":
    # one of them, on its side
    text = ("MAKENI, Sierra Leone (AP) - Motorcycle taxi riders in the northern city of Makeni "
            "staged a one-day strike on Tuesday against a city council ban that keeps them out "
            "of the central market area, saying it has cut their earnings by half.\n\n"
            "The Makeni City Council said the ban was meant to reduce accidents.\n\n"
            "Some traders welcomed the rule. Mariatu Kanu, who sells rice at the market, said "
            "the walkways were finally clear.")
    got = pairs(text)
    assert got[("motorcycle taxi riders", "Makeni City Council")] == "against"
    assert got[("Mariatu Kanu", "Makeni City Council")] == "favor"


def test_an_offer_said_to_fall_short_is_against_who_made_it():
    # 'said the company had offered each fisherman $200, "less than what we earn"'
    text = ("ESMERALDAS, Ecuador (Reuters) - The refinery operator, Petrolera Costanera, said "
            "cleanup crews had removed most of the oil.\n\n"
            "Ambrosio Quiñónez, president of a fishing cooperative, said the company had offered "
            "each fisherman $200, \"less than what we earn in a good week.\"")
    assert pairs(text)[("Ambrosio Quiñónez", "Petrolera Costanera")] == "against"


def test_the_state_that_let_something_rot_is_the_country():
    # "For 20 years the state let the lifts rot": the story's state, charged
    text = ("TETOVO, North Macedonia (Reuters) - Hotel owners at the Popova Shapka ski resort "
            "above Tetovo have asked the government to reverse its decision to lease the "
            "resort's ageing lifts to a private company, warning that higher ticket prices would "
            "drive away the local skiers.\n\n"
            "The government said on Monday that the lease to Alpin Invest would bring 25 "
            "million euros of investment in new lifts.\n\n"
            "\"For 20 years the state let the lifts rot. Now they give them away and call it "
            "investment,\" said Driton Iseni, who owns a 40-room hotel near the lower station.")
    assert pairs(text)[("Driton Iseni", "North Macedonia")] == "against"


def test_a_ledes_unnamed_factory_is_the_one_named_after_it():
    # "say a sugar factory that buys their cane has not paid them ... the factory, Nyanseke
    # Sugar Limited,": the lede's factory is the company set off with it
    text = ("KIBAALE, Uganda (Reuters) - Sugarcane growers in western Uganda's Kibaale district "
            "say a sugar factory that buys their cane has not paid them for four months.\n\n"
            "The growers' association said the factory, Nyanseke Sugar Limited, owed its members "
            "about 3.2 billion shillings.")
    assert pairs(text)[("sugarcane growers in western Uganda's Kibaale district",
                        "Nyanseke Sugar Limited")] == "against"


def test_the_work_a_body_is_set_off_as_building_stands_for_it():
    # "against a planned flood wall ... Croatian Waters, the state agency building the wall,
    # says": the wall is the agency's
    text = ("KARLOVAC, Croatia (AP) - Residents of the Croatian town of Karlovac have collected "
            "more than 5,000 signatures against a planned flood wall along the Korana river, "
            "saying it would cut the town off from its beaches.\n\n"
            "Croatian Waters, the state agency building the wall, says the barrier is needed.")
    assert pairs(text)[("residents of the Croatian town of Karlovac", "Croatian Waters")] == \
        "against"


def test_a_supply_cut_and_favouring_others_are_charges():
    # "say the board has cut water deliveries": against it; "the board gave more water to
    # large farms than to families like his": so is that
    text = ("FIER, Albania (Reuters) - Olive growers around the Albanian city of Fier say the "
            "Fier Drainage Board has cut water deliveries through the main canal to two days a "
            "week, and that young trees are dying.\n\n"
            "The board said water levels were at their lowest in 30 years.\n\n"
            "\"The trees do not understand statements,\" said Arjan Tafaj, who farms olives. He "
            "said the board gave more water to large farms than to families like his.")
    got = pairs(text)
    assert got[("olive growers around the Albanian city of Fier", "Fier Drainage Board")] == \
        "against"
    assert got[("Arjan Tafaj", "Fier Drainage Board")] == "against"


def test_an_announced_cut_told_by_the_citys_own_utility_is_no_charge():
    # "Mexico City will cut water supplies ..., the city's water utility said": an
    # announcement of its own city's act, not a complaint
    text = ("MEXICO CITY (Reuters) - Mexico City will cut water supplies to another 1.5 million "
            "residents starting Monday, the city's water utility, Sacmex, said.")
    assert pairs(text).get(("Sacmex", "Mexico City")) != "against"


def test_they_who_would_do_the_act_a_body_planned_is_that_body():
    # 'against a health ministry plan to close the maternity ward ... "If they close the ward,
    # young families will simply leave"': the ministry, charged with the harm
    text = ("VUKOVAR, Croatia (Reuters) - Hundreds of people marched through the eastern Croatian "
            "town of Vukovar on Saturday against a health ministry plan to close the maternity "
            "ward at the town's hospital.\n\n"
            "The health ministry says the ward delivers too few babies.\n\n"
            "\"My daughter was born here,\" said Snježana Kovačević-Lukić, who organised the "
            "march. \"If they close the ward, young families will simply leave.\"")
    assert pairs(text)[("Snježana Kovačević-Lukić", "health ministry")] == "against"


def test_a_regions_ministry_named_by_its_portfolio_is_that_portfolios():
    # "asked the canton's economy ministry to revoke a permit ... The ministry said": the
    # economy ministry, in each of its mentions
    text = ("BIHAC, Bosnia (Reuters) - Rafting operators have asked the canton's economy "
            "ministry to revoke a permit it issued for a small hydropower plant upstream, "
            "warning that the plant could dry out the rapids.\n\n"
            "The Una-Sana canton's economy ministry issued the permit in March to Hidro Una. The "
            "ministry said the plant would take only a small share of the river's flow.")
    assert pairs(text)[("rafting operators", "economy ministry")] == "against"


def test_a_protesters_lay_loss_is_aimed_at_the_body_whose_decision_they_protest():
    # "have protested against the town council's decision ... 'Now we cannot afford to ride
    # through it'": the council, not the town it governs
    text = ("ZENICA, Bosnia (Reuters) - Retired miners in the central Bosnian town of Zenica have "
            "protested against the town council's decision to end free tram travel for people "
            "over 65.\n\n"
            "The council said the passes cost the town about 300,000 marks a year.\n\n"
            "\"We dug the coal that built this town. Now we cannot afford to ride through it,\" "
            "said Ragib Hodžić, 74, a retired welder who has joined the protests.")
    assert pairs(text)[("Ragib Hodžić", "council")] == "against"


def test_the_city_hall_of_a_story_about_a_named_city_is_that_city_not_a_village_in_it():
    # "villages around the northern city of Stip ... a mother from the village of Dolani ...
    # Nobody in the city hall has asked": Stip's city hall, neglecting her
    text = ("STIP, North Macedonia (AP) - Parents in villages around the eastern city of Stip "
            "kept about 150 children home from school on Tuesday after the municipality ended "
            "its contract with the company that drove them.\n\n"
            "\"My daughter walks five kilometres on a road with no lights. Nobody in the city "
            "hall has asked how she gets to school,\" said Elena Trajkovska, a mother from the "
            "village of Dolani.")
    got = pairs(text)
    assert got[("Elena Trajkovska", "Stip")] == "against"
    assert ("Elena Trajkovska", "Dolani") not in got


def test_a_grant_the_body_now_goes_back_on_is_a_charge():
    # '"The board approved my licence in 2016. Now it tells me it was never valid"'
    text = ("GISENYI, Rwanda (Reuters) - Boat owners on Lake Kivu have been ordered to stop "
            "carrying passengers.\n\n"
            "The Rwanda Maritime Safety Board said the boats failed inspection.\n\n"
            "\"The board approved my licence in 2016. Now it tells me it was never valid,\" said "
            "Jean-Bosco Habimana, whose boat carries 20 passengers.")
    assert pairs(text)[("Jean-Bosco Habimana", "Rwanda Maritime Safety Board")] == "against"


def test_a_buyer_that_promised_to_buy_and_now_rejects_is_charged():
    # "say a sugar mill that promised to buy their cane is now rejecting most of it"
    text = ("JINJA, Uganda (Reuters) - Sugarcane growers in Uganda's eastern Jinja district say a "
            "sugar mill that promised to buy their harvest is now rejecting most of their "
            "cane.\n\n"
            "The mill, Jinja Cane Processors, said it accepted only cane that met its "
            "standards.")
    assert pairs(text)[("sugarcane growers in Uganda's eastern Jinja district",
                        "Jinja Cane Processors")] == "against"


def test_a_governors_office_is_a_target_and_the_governor_is_its_own():
    # "a plan by the provincial governor's office ... The governor's office said": a party;
    # "Governor X said ... the move would go ahead": its head, no critic of it
    text = ("ERDENET, Mongolia (Reuters) - Stallholders at Erdenet's covered market closed their "
            "stalls on Friday against a plan by the provincial governor's office to move the "
            "market out of town.\n\n"
            "The governor's office said the market's roof was unsafe.\n\n"
            "A city council member, Oyuun Batsukh, said the plan had been drawn up \"in "
            "secret.\" Governor Ganzorig Tserendorj said he was open to talks but that the move "
            "would go ahead.")
    got = pairs(text)
    assert got[("Oyuun Batsukh", "governor's office")] == "against"
    assert ("Ganzorig Tserendorj", "governor's office") not in got


def test_custom_a_lay_speaker_says_will_be_lost_is_a_loss():
    # '"Nobody will take a bus to the edge of town to buy bread," said a baker': custom lost
    text = ("ERDENET, Mongolia (Reuters) - The provincial governor's office will move the town's "
            "market to the edge of town, the governor's office said.\n\n"
            "\"Our customers are pensioners who walk here. Nobody will take a bus to the edge of "
            "town to buy bread,\" said Altantsetseg Dulam, who has sold bread at the market for "
            "11 years.")
    assert pairs(text)[("Altantsetseg Dulam", "governor's office")] == "against"


def test_what_was_taken_from_the_speaker_is_a_charge_and_taking_none_a_defence():
    # '"They came with cement and closed my well"' (against); 'said the hotel group, X,
    # used treated wastewater "and not a single drop from the aquifer"' (its defence)
    text = ("GAFSA, Tunisia (AP) - Farmers near the Tunisian town of Gafsa have accused the "
            "regional water board of sealing their wells while letting a phosphate firm pump "
            "water.\n\n"
            "\"They came with a lorry and closed my well in one afternoon,\" said Habiba Trabelsi, "
            "47, who farms three hectares of olives.\n\n"
            "The water board said the wells had no permits. It said the firm, Gafsa Minerals, "
            "used recycled water \"and not a single drop from the aquifer.\"")
    got = pairs(text)
    assert got[("Habiba Trabelsi", "water board")] == "against"
    assert got[("water board", "Gafsa Minerals")] == "favor"


def test_the_order_a_lay_speaker_answers_is_the_orders_maker_named_once():
    # "after the provincial People's Committee ordered their removal ... said the order would
    # wipe out her family's income": the committee, though the story names it once
    text = ("HUE, Vietnam (Reuters) - Boat owners on the Perfume River have been told to move "
            "their floating homes within three months, after the provincial People's Committee "
            "ordered their removal to clear the riverbank.\n\n"
            "Le Thi Nga, who sells noodles from her boat, said the order would wipe out her "
            "family's income.")
    assert pairs(text)[("Le Thi Nga", "People's Committee")] == "against"


def test_faulty_goods_are_charged_to_their_supplier():
    # "said its contractor, X, had delivered faulty pumps": the supplier
    text = ("BALTI, Moldova (Reuters) - Farmers near the northern town of Balti say the state "
            "water agency has left their fields dry.\n\n"
            "The agency said its contractor, Hidrotehnica Nord, had delivered faulty pumps.\n\n"
            "Hidrotehnica Nord said the pumps were sound.")
    got = {(r.speaker, r.target): r for r in toolkit.analyze(text).stance}
    assert got[("state water agency", "Hidrotehnica Nord")].label == "against"
    assert got[("state water agency", "Hidrotehnica Nord")].score <= -0.5


def test_charges_of_money_taken_favour_withheld_debts_and_bread_taken():
    text = ("SMEDEREVO, Serbia (Reuters) - Hala Steel will close its rolling mill, putting 400 "
            "jobs at risk.\n\n"
            "\"They took the money and now they are taking the jobs,\" said Milan Jovanović, a "
            "union member, of the company. Growers say the buyer, Tutun Smederevo, owes farmers "
            "about 3 million euros.\n\n"
            "\"Mayor Ana Kostić wants to take the bread from 2,000 families,\" said Goran "
            "Ristić, a stallholder. \"Tutun Smederevo always finds money for its managers but "
            "never for us,\" said Vera Lukić, who grows tobacco.")
    got = pairs(text)
    assert got[("Milan Jovanović", "Hala Steel")] == "against"
    assert got[("Goran Ristić", "Ana Kostić")] == "against"
    assert got[("Vera Lukić", "Tutun Smederevo")] == "against"
    assert got[("growers", "Tutun Smederevo")] == "against"


def test_a_ledes_charged_foreign_owned_firm_is_the_one_named_next():
    # "accused a Chinese-owned plantation company of fencing off land ... The company, X,
    # said": the firm charged
    text = ("ATTAPEU, Laos (Reuters) - Cassava growers in southern Laos have accused a "
            "Chinese-owned plantation company of fencing off land their villages have farmed "
            "for decades.\n\n"
            "The company, Silver Leaf Agriculture, said it held a 30-year concession.")
    assert pairs(text)[("cassava growers in southern Laos", "Silver Leaf Agriculture")] == \
        "against"


def test_the_buyer_named_by_its_trade_is_the_firm_set_off_so():
    # "Tutun Strumica, the buyer, said ... the buyer owes farmers roughly 4 million euros"
    text = ("STRUMICA, North Macedonia (Reuters) - Tobacco growers say they have not been "
            "paid.\n\n"
            "Tutun Strumica, the buyer, said payments would be made in March.\n\n"
            "According to the growers' association, the buyer owes farmers roughly 4 million "
            "euros.")
    assert pairs(text)[("growers' association", "Tutun Strumica")] == "against"


def test_a_stranger_on_my_own_land_is_a_loss_and_a_man_from_the_capital_no_target():
    # '"Now a man from Lomé tells me I am a stranger on my own mountain"': a lay loss at the
    # firm that took the site; Lomé is only where the man comes from
    text = ("KPALIME, Togo (Reuters) - Guides near the town of Badou say a private company given "
            "the Akloa falls has tripled the entry fee.\n\n"
            "The company, Akloa Falls Tours, said the guides harassed visitors.\n\n"
            "\"I have guided here for 15 years. Now a man from Lomé tells me I am a stranger on "
            "my own hill,\" said Kossi Amenyo, 39, who lives in the village below the falls.")
    got = pairs(text)
    assert got[("Kossi Amenyo", "Akloa Falls Tours")] == "against"
    assert ("Kossi Amenyo", "Togo") not in got


def test_a_living_halved_is_a_loss_at_the_state_whose_checks_cut_it():
    # '"Before, I made four trips a day. Now I make two"' after Chile's checks
    text = ("TACNA, Peru (Reuters) - Bus drivers in the southern Peruvian city of Tacna say new "
            "Chilean border checks have cut their trips by half.\n\n"
            "Chile's customs service said the checks were needed to stop smuggling.\n\n"
            "\"Before, I made six trips a week. Now I make three,\" said Rosalía Apaza, who has "
            "driven the route for nine years.")
    assert pairs(text)[("Rosalía Apaza", "Chile")] == "against"


def test_a_firm_whose_spraying_killed_the_speakers_hives_is_charged():
    # "a pesticide sprayed on nearby fields by a large agricultural company killed hundreds
    # of their hives ... The company, X, denied": the firm named next, charged
    text = ("PLEVEN, Bulgaria (Reuters) - Beekeepers around the Bulgarian village of Gigen say a "
            "pesticide sprayed on nearby sunflower fields by a large farming company killed "
            "hundreds of their hives.\n\n"
            "The company, Gigen Agro Holding, denied using any banned product.")
    assert pairs(text)[("beekeepers around the Bulgarian village of Gigen",
                        "Gigen Agro Holding")] == "against"


def test_inspectors_named_by_their_field_act_for_the_body_so_named():
    # "fines by tax inspectors ... The Tax Administration said": the administration, and a
    # seamstress's "If the workshops close, where do we go?" is a loss at it
    text = ("TUTIN, Serbia (Reuters) - Owners of shoe workshops in the Serbian town of Tutin "
            "closed their doors on Friday in protest against what they called \"ruinous\" "
            "fines by tax inspectors.\n\n"
            "The Tax Administration said the fines followed the law.\n\n"
            "Emina Škrijelj, a seamstress, said she had worked without a contract for years. "
            "\"If the workshops close, where do we go?\"")
    got = pairs(text)
    assert got[("owners", "Tax Administration")] == "against"
    assert got[("Emina Škrijelj", "Tax Administration")] == "against"


def test_the_nationality_of_the_clients_work_is_for_is_no_target():
    # '"We sew for Italian brands"': whom the work is for, no side on Italy
    text = ("TUTIN, Serbia (Reuters) - Shoe workshops closed on Friday.\n\n"
            "\"We sew for Italian brands for a few euros a pair,\" said Edin Hodžić, who employs "
            "nine people.")
    assert not any(t == "Italy" for _, t in pairs(text))


def test_a_rule_said_to_halve_the_speakers_harvests_is_charged_to_its_maker():
    # "a new rule from the state's agriculture department limiting the fertiliser they can
    # use will halve their harvests": against the department
    text = ("TAUNGGYI, Myanmar (Reuters) - Cabbage farmers in Myanmar's Shan State say a new rule "
            "from the state's agriculture department limiting the pesticide they can use will "
            "halve their harvests.\n\n"
            "The department said runoff was killing fish in the lake.")
    assert pairs(text)[("cabbage farmers in Myanmar's Shan State", "department")] == "against"


def test_a_trader_from_a_country_is_where_the_trader_comes_from():
    # '"Last year a trader from Ghana paid me 25,000 CFA francs a sack"': no side on Ghana
    text = ("TAHOUA, Niger (Reuters) - Onion farmers say an export ban has left their harvest "
            "rotting.\n\n"
            "\"Last year a trader from Ghana paid me 25,000 CFA francs a sack. Now I cannot find "
            "a buyer,\" said Adamou Souley, who farms two hectares.")
    assert not any(t == "Ghana" for _, t in pairs(text))


def test_a_ledes_largest_cooperative_is_the_cooperative_named_next():
    # "say the region's largest cooperative has cut the rate it pays ... The cooperative, X,
    # said": the pickers against X
    text = ("ESTELI, Nicaragua (Reuters) - Tobacco pickers in the northern Nicaraguan province of "
            "Estelí say the region's largest cooperative has cut the rate it pays per bale by a "
            "third.\n\n"
            "The cooperative, Tabacos del Norte, said world prices had fallen.")
    assert pairs(text)[("tobacco pickers in the northern Nicaraguan province of Estelí",
                        "Tabacos del Norte")] == "against"


def test_a_penalty_called_disproportionate_is_against_whoever_imposed_it():
    # 'a penalty the club called "disproportionate"': against the body that fined it
    text = ("BRATISLAVA, Slovakia (AP) - Slovakia's hockey association on Tuesday fined club HK "
            "Zvolenec 30,000 euros after fans threw bottles at a referee, a penalty the club "
            "called \"disproportionate.\"")
    assert [label for (s, t), label in pairs(text).items()
            if s == "HK Zvolenec" and t.startswith("Slovakia")] == ["against"]


def test_an_officer_of_a_bodys_committee_is_no_critic_of_the_body():
    # "The federation's appeals committee said ... committee chairman X said": the
    # federation's own voice
    text = ("SKOPJE, North Macedonia (AP) - North Macedonia's basketball federation on Friday "
            "fined club KK Vardarec 10,000 euros after fans threw flares onto the court.\n\n"
            "The federation's appeals committee said stewards had failed to stop the fans. "
            "\"Basketball must have no tolerance for this, and clubs must take responsibility "
            "for their stands,\" committee chairman Zoran Petreski said.")
    assert not any(s == "Zoran Petreski" and "federation" in t for s, t in pairs(text))


def test_a_quoted_he_after_an_unnamed_official_is_that_official():
    # 'praised the umpire for stopping the match. "He did the right thing"': not the man named
    # before
    text = ("LISBON (AP) - Portugal's football league fined club Vitória Norte 20,000 euros "
            "after fans abused a visiting player.\n\n"
            "The club's president, Rui Matos-Campos, said the club would appeal.\n\n"
            "The player, striker Kwame Asiedu-Boateng, praised the referee for halting the game. "
            "\"He did the right thing,\" Asiedu-Boateng said.")
    assert ("Kwame Asiedu-Boateng", "Rui Matos-Campos") not in pairs(text)


def test_the_accused_bodys_denial_is_against_its_accuser():
    # "accused Namibia of withholding fees ... Namibia's fisheries ministry denied that any
    # fees were owed": against the accuser
    text = ("LUANDA, Angola (AP) - Angola's fisheries minister, Paulo Kiala, accused Namibia on "
            "Tuesday of withholding licence fees for boats fishing the shared waters, and warned "
            "that the joint patrol agreement could be suspended.\n\n"
            "\"They fish our waters every night. They should pay every month,\" Kiala told "
            "lawmakers. \"If Windhoek wants the patrols, it knows what to do.\"\n\n"
            "Namibia's fisheries ministry denied that any fees were owed, saying its last "
            "transfer was made in October.")
    assert pairs(text)[("Namibia's fisheries ministry", "Paulo Kiala")] == "against"


def test_it_after_and_in_a_bodys_statement_is_that_body_and_its_accused_union_named_later():
    # "The ministry said ..., and it accused the teachers' union of ... The union, X, said":
    # the ministry against the union named two paragraphs on
    text = ("CHISINAU, Moldova (AP) - Teachers at schools in the northern Moldovan town of Soroca "
            "walked out for a day on Thursday, saying a promised pay rise had not arrived.\n\n"
            "The education ministry said in a statement that the rise would come in February, "
            "and it accused the teachers' union of \"harming pupils\" with the walkout.\n\n"
            "\"We have waited since September,\" said Larisa Cojocaru, a maths teacher.\n\n"
            "The union, Educatia Azi, said further walkouts were possible.")
    got = pairs(text)
    assert got[("education ministry", "Educatia Azi")] == "against"
    assert not any(s == "Soroca" for s, _ in got)


def test_an_arrest_called_intimidation_is_against_whoever_charged_the_person():
    # "The directorate had accused X of ... said the arrest appeared designed to intimidate
    # reporters": against the directorate
    text = ("CLUJ, Romania (AP) - A court in Cluj on Friday ordered the release of a local "
            "journalist held for three days over a report on land sales.\n\n"
            "The National Anticorruption Directorate had accused Ilinca Dobre of blackmailing a "
            "businessman. The directorate said it would appeal.\n\n"
            "The press freedom group Presa Libera said the arrest appeared designed to "
            "intimidate reporters across the region.")
    assert pairs(text)[("Presa Libera", "National Anticorruption Directorate")] == "against"


def test_an_object_him_is_not_the_clauses_own_subject():
    # "Prime Minister X thanked him for his work": the other man, though X is a man too
    text = ("VILNIUS (AP) - Lithuania's transport minister resigned on Friday over a rail "
            "contract.\n\n"
            "Transport Minister Tomas Gedvila said he had done nothing wrong. \"I negotiated in "
            "the interest of Lithuania,\" he said.\n\n"
            "Prime Minister Peter Karosas thanked him for his work.")
    assert pairs(text)[("Peter Karosas", "Tomas Gedvila")] == "favor"


def test_a_ledes_unnamed_accuser_and_accused_are_the_bodies_named_next():
    # "A Spanish consumer group has accused the country's largest water supplier of ... The
    # group, X, said ... The supplier, Y, denied": X against Y, Y's denial against X
    text = ("MADRID (AP) - A Spanish consumer group has accused the country's largest water "
            "supplier of overcharging thousands of households by estimating their meter "
            "readings.\n\n"
            "The group, Agua Justa, said it had received 2,000 complaints this year. \"People "
            "are paying for water they never used,\" said its spokeswoman, Lucía Ferrándiz.\n\n"
            "The supplier, Aquanor Servicios, denied that it had overcharged anyone.")
    got = pairs(text)
    assert got[("Agua Justa", "Aquanor Servicios")] == "against"
    assert got[("Aquanor Servicios", "Agua Justa")] == "against"
    assert got[("Lucía Ferrándiz", "Aquanor Servicios")] == "against"


def test_a_foreign_minister_speaks_for_the_country_whose_ministry_spoke_before():
    # "Ecuador's foreign ministry accused Peru ... Foreign Minister X told reporters": her
    # reaction is aimed at Peru, not at her own country
    text = ("QUITO, Ecuador (AP) - Ecuador's foreign ministry on Monday accused Peru of holding "
            "up Ecuadorean banana trucks at the border crossing of Huaquillas.\n\n"
            "\"This is not a technical problem. It is a violation of our trade agreement,\" "
            "Foreign Minister Gabriela Pazmiño-Ortiz told reporters.\n\n"
            "Peru's foreign ministry rejected the accusation.")
    got = pairs(text)
    assert got[("Gabriela Pazmiño-Ortiz", "Peru")] == "against"
    assert ("Gabriela Pazmiño-Ortiz", "Ecuador") not in got


def test_an_officer_titled_by_another_kind_of_body_is_not_the_firms():
    # "Parents' association chairman X": an officer of the parents' body, who does not share
    # the stance the agency took
    text = ("AARHUS, Denmark (AP) - Skive municipality said on Wednesday it would stop using "
            "tablets in its schools.\n\n"
            "The data protection agency, Datarådet, said the municipality had failed to assess "
            "the risks. \"Schools cannot simply assume that a product is safe,\" its director, "
            "Sidsel Brandt, said.\n\n"
            "Parents' association chairman Henrik Mølgaard said the switch in the middle of the "
            "year would be hard for children.")
    assert ("Henrik Mølgaard", "skive municipality") not in pairs(text)


def test_members_not_consulted_is_their_bodys_complaint():
    # "Teachers were not consulted, according to the local teachers' union": left out of the
    # act the lede's doer did
    text = ("AARHUS, Denmark (AP) - Skive municipality said on Wednesday it would stop using "
            "tablets in its schools. The decision came after the country's data protection "
            "agency ruled that pupils' data was being sent abroad.\n\n"
            "The agency, Datarådet, said the municipality had failed to assess the risks. "
            "Teachers were not consulted, according to the local teachers' union.")
    assert pairs(text)[("local teachers' union", "skive municipality")] == "against"


def test_a_body_that_took_someones_organ_is_charged():
    # '"The hospital took his kidney and sent him home in three days"': against the hospital
    text = ("POKHARA, Nepal (AP) - Police have arrested two brokers accused of selling "
            "villagers' kidneys to a private hospital.\n\n"
            "\"The hospital took his kidney and sent him home in three days. Now he cannot "
            "work,\" said Sabitri Gurung, whose husband sold a kidney. The hospital, Fewa Care "
            "Hospital, said it was cooperating with police.")
    assert pairs(text)[("Sabitri Gurung", "Fewa Care Hospital")] == "against"


def test_welcoming_a_cancellation_favours_whoever_cancelled_and_a_withheld_apology_is_charged():
    # "The student federation welcomed the cancellation. 'He never apologised ...'"
    text = ("VALDIVIA, Chile (AP) - The University of Valdivia has cancelled a lecture by a "
            "former defence minister after student groups threatened to occupy the hall, a "
            "decision he called \"an act of censorship.\"\n\n"
            "Evaristo Larraín-Pozo, who oversaw the army during the 2019 protests, had been "
            "invited to speak. \"A university that cannot listen has stopped being a "
            "university,\" he told a radio station.\n\n"
            "The university's rector, Francisca Ulloa, said the decision had been taken to "
            "protect students.\n\n"
            "The student federation welcomed the cancellation. \"He never apologised for what "
            "happened,\" said its president, Benjamín Catrileo.")
    got = pairs(text)
    assert got[("student federation", "University of Valdivia")] == "favor"
    assert got[("Benjamín Catrileo", "Evaristo Larraín-Pozo")] == "against"


def test_a_fine_called_excessive_is_against_the_court_not_the_county_after_its_town():
    # "A court in Ennis, County Clare, fined a farmer ... said the fine was excessive"
    text = ("ENNIS, Ireland (AP) - A court in Ennis, County Clare, fined a farmer 3,000 euros on "
            "Monday for cutting hedgerows during the nesting season.\n\n"
            "The Irish Farmers' Association said the fine was excessive.")
    got = pairs(text)
    assert got[("Irish Farmers' Association", "court")] == "against"
    assert ("Irish Farmers' Association", "County Clare") not in got


def test_a_denial_told_before_its_participle_is_against_the_accuser():
    # "accused the department of ignoring warnings ... The department denied that, saying"
    text = ("PORT MORESBY (AP) - Hospitals have run out of antivenom, doctors say.\n\n"
            "The Department of Health said a shipment would arrive next week.\n\n"
            "Opposition lawmaker Peter Kaupa accused the department of ignoring warnings since "
            "June. The department denied that, saying the supplier had changed its schedule "
            "without notice.")
    got = pairs(text)
    assert got[("Department of Health", "Peter Kaupa")] == "against"
    assert got[("Peter Kaupa", "Department of Health")] == "against"


def test_a_province_is_no_supplier():
    # "Papua New Guinea's Central Province ... the supplier in Australia had changed"
    text = ("Clinics in Madang Province have run out of insulin, nurses say.\n\n"
            "The Health Department said the supplier had changed its delivery schedule.")
    assert ("Health Department", "Madang Province") not in pairs(text)


def test_a_ledes_body_with_a_relative_clause_made_the_decision():
    # "Heuvelland Koers, which organises the Omloop ..., has dropped ... called the decision
    # 'a betrayal'"; "The Association of Professional Riders backed the change."
    text = ("GERAARDSBERGEN, Belgium (AP) - Vlaamse Wielerkoers, which organises the Ronde "
            "van Zottegem, has dropped the race's steepest cobbled climb.\n\n"
            "The mayor of Elene, Sofie Claeys, called the decision \"a betrayal of the race.\"\n\n"
            "The Union of Professional Cyclists backed the change.")
    got = pairs(text)
    assert got[("Sofie Claeys", "Vlaamse Wielerkoers")] == "against"
    assert got[("Union of Professional Cyclists", "Vlaamse Wielerkoers")] == "favor"


def test_a_body_things_were_taken_from_is_the_one_named_next():
    # "seized 46 Roman amphorae from a diving company ... The company, Adria Deep Diving,"
    text = ("ZADAR, Croatia (AP) - Croatian police have seized 30 bronze coins from a salvage "
            "company near Pag, and the Culture Ministry says the coins were taken illegally "
            "from a protected wreck.\n\n"
            "The company, Pag Marine Works, said its divers had found the coins outside the "
            "zone.")
    assert pairs(text)[("Culture Ministry", "Pag Marine Works")] == "against"


def test_money_taken_from_a_pension_is_a_charge():
    # "said the bank had taken 400 leke a month from his 23,000-leke pension"
    text = ("Regulators ordered Banka Drini to refund fees.\n\n"
            "Arben Hoxha-Lika, 71, said the bank had taken 300 leke a month from his pension "
            "for two years.")
    assert pairs(text)[("Arben Hoxha-Lika", "Banka Drini")] == "against"


def test_having_done_more_than_anyone_is_praise():
    # 'said Breathnach-Tighe had "done more for this town than any merchant"'
    text = ("GALWAY, Ireland (AP) - The council voted to name a bridge after Máire Ní Fhloinn, "
            "a campaigner who died last year.\n\n"
            "Councillor Seán Ó Dálaigh said Ní Fhloinn had \"done more for this city than any "
            "mayor.\"")
    assert pairs(text)[("Seán Ó Dálaigh", "Máire Ní Fhloinn")] == "favor"


def test_thanking_the_titled_person_favours_them():
    # "The collector, Friedrich Amsel-Wend, handed ... Minister X thanked the collector and"
    text = ("SOFIA, Bulgaria (AP) - A stolen icon has been returned.\n\n"
            "The collector, Anton Weissgerber-Lind, handed the icon to diplomats on Friday. "
            "Culture Minister Stoyan Penev-Ralev thanked the collector and said other "
            "collectors should come forward.")
    assert pairs(text)[("Stoyan Penev-Ralev", "Anton Weissgerber-Lind")] == "favor"


def test_a_union_representative_working_at_the_firm_speaks_for_the_union():
    # "said union representative Kinga X, a level designer at the studio": the union's side
    text = ("The Gdańsk video game studio Amber Lantern will cut 60 jobs, the company said.\n\n"
            "The Polish Game Developers' Union accused the studio's management of hiding the "
            "losses. \"They lied to us for months,\" said union representative Zofia "
            "Krawiec-Nowak, a level designer at the studio.")
    assert pairs(text)[("Zofia Krawiec-Nowak", "Amber Lantern")] == "against"


def test_a_former_hand_and_a_case_firms_partner_are_no_side_of_the_company():
    # "a senior designer who worked at the studio" (or the company); "a partner at the firm
    # leading the case"
    text = ("The publisher Veltro Games will close its Lyon studio, cutting 120 jobs.\n\n"
            "\"The company lied to us and treated us cruelly,\" said Luc Garnier-Pons, a "
            "senior designer who worked at the company for eight years.\n\n"
            "The baker Farine Dorée agreed to pay 5 million euros to settle claims it fixed "
            "prices. \"That deserves accountability,\" said Hélène Vasseur, a partner at the "
            "firm leading the case.")
    got = pairs(text)
    assert got[("Luc Garnier-Pons", "Veltro Games")] == "against"
    assert got.get(("Hélène Vasseur", "Farine Dorée")) != "favor"


def test_a_body_named_where_someone_works_is_not_the_bank_described_before():
    # "attacks on the central bank ... the bank ... said Fernanda Souza, chief economist at
    # Banco Atlântico"
    text = ("BRASILIA (Reuters) - The president renewed his attacks on the central bank.\n\n"
            "\"Every time he criticises the bank, the currency weakens,\" said Lúcia Prado, "
            "chief economist at Banco Serrano.")
    assert ("Lúcia Prado", "Banco Serrano") not in pairs(text)


def test_a_decision_summed_up_after_the_lede_harms_those_who_say_so():
    # "One of Sweden's largest publishers, X, will use machine translation ..., a decision
    # translators say could end their profession"
    text = ("OSLO (AP) - One of Norway's largest publishers, Fjordlys & Dahl, will use machine "
            "translation for most of the crime novels it buys from abroad, the company said "
            "Monday, a decision translators say could end their profession in Norway within a "
            "decade.\n\n"
            "Publishing director Kari Vold-Nes said editors would check every book.")
    assert pairs(text)[("translators", "Fjordlys & Dahl")] == "against"


def test_damages_called_excessive_are_against_whoever_ordered_them():
    # "A Riga court has ordered the site to pay 80,000 euros in damages ... the damages were"
    text = ("VILNIUS, Lithuania (AP) - A court in Vilnius has ordered the news site Veidrodis to "
            "pay 60,000 euros in damages to a businessman.\n\n"
            "The Lithuanian Journalists' Union said the damages were excessive.")
    assert pairs(text)[("Lithuanian Journalists' Union", "court")] == "against"


def test_asking_an_authority_to_order_someone_is_against_them():
    # "they have asked the environment regulator to order the company to dim them"
    got = pairs("Astronomers have asked the Superintendency to order Minera Altamira to dim "
                "its floodlights. Minera Altamira said its lamps met the standard.")
    # (a firm, "Minera" opening its name, and so a side once it speaks)
    assert got[("astronomers", "Minera Altamira")] == "against"
    assert ("astronomers", "Superintendency") not in got
    assert ("astronomers", "Minera Altamira") not in pairs(
        "Astronomers have asked the regulator to order more tests at Minera Altamira.")


def test_a_ledes_unnamed_chain_is_the_one_named_three_paragraphs_on():
    # "A Taiwanese court has ordered a bubble tea chain to stop ... The chain, Golden Leaf
    # Tea, said it would appeal."
    text = ("TAIPEI, Taiwan (AP) - A court has ordered a bubble tea chain to stop using a "
            "name after ruling that it copied a family shop's branding.\n\n"
            "The shop has sold tea under that name since 1994.\n\n"
            "Lin Pei-shan, whose parents opened the shop, was pleased.\n\n"
            "The chain, Jade Leaf Tea, said it would appeal.")
    assert pairs(text)[("court", "Jade Leaf Tea")] == "against"


def test_a_cooperative_is_a_body_the_story_refers_back_to():
    # "from the cooperative, Alazani Growers, ... The cooperative's chairman ... the scandal
    # would hurt honest producers"
    text = ("TBILISI, Georgia (AP) - Georgia's National Wine Agency has suspended the export "
            "licence of a cooperative in Kakheti.\n\n"
            "The agency said tests of 40 bottles from the cooperative, Tsinandali Vintners, "
            "found grapes grown elsewhere.\n\n"
            "The cooperative's chairman, Giorgi Kvaratsa, denied that the wine had been "
            "mislabelled.\n\n"
            "Nino Tsereteli, who runs a winery in the same village, said the scandal would "
            "hurt honest producers.")
    got = pairs(text)
    assert got[("National Wine Agency", "Tsinandali Vintners")] == "against"
    assert got[("Nino Tsereteli", "Tsinandali Vintners")] == "against"


def test_a_lay_reaction_is_not_aimed_at_the_cooperative_that_speaks_for_them():
    # "the local fishermen's cooperative said ... 'The government loves the luzzu on
    # postcards, but it does not pay for one nail'"
    text = ("VALLETTA (Reuters) - The number of luzzu boats has fallen by a third, the local "
            "fishermen's cooperative said.\n\n"
            "\"A new plank costs a fortune,\" said Carmelo Zammit-Borg.\n\n"
            "The cooperative said grants covered only a fraction of the cost.")
    assert not any(s == "Carmelo Zammit-Borg" and "cooperative" in t for s, t in pairs(text))


def test_a_role_the_story_names_later_is_that_person():
    # "has banned a first-division referee for life ... the referee, Marcelo Quispaya-Vaca,
    # had received ..."; and his lawyer's appeal for him
    text = ("LA PAZ, Bolivia (AP) - The Bolivian Football Federation has banned a first-division "
            "referee for life over fixed matches.\n\n"
            "Its disciplinary committee said the referee, Rodrigo Mercado-Saavedra, had received "
            "money from a betting syndicate. Mercado-Saavedra's lawyer, Paola Arandia, said her "
            "client would appeal.")
    got = pairs(text)
    assert got[("Bolivian Football Federation", "Rodrigo Mercado-Saavedra")] == "against"
    assert got[("Paola Arandia", "Bolivian Football Federation")] == "against"


def test_signers_of_a_letter_accusing_a_role_named_later_are_against_them():
    # "dismissed its chief conductor after more than half of its musicians signed a letter
    # accusing him of humiliating players ... The conductor, Ottavio Vanzetti-Brandt,"
    text = ("OULU, Finland (AP) - The Oulu Chamber Orchestra has dismissed its chief conductor "
            "after more than half of its musicians signed a letter accusing him of humiliating "
            "players.\n\n"
            "The conductor, Matteo Rinaldi-Brandt, said he was shocked.")
    got = pairs(text)
    assert got[("musicians", "Matteo Rinaldi-Brandt")] == "against"
    assert got[("Oulu Chamber Orchestra", "Matteo Rinaldi-Brandt")] == "against"


def test_a_speakers_workplace_in_her_aside_is_no_target_and_an_excuse_recalled_is_against():
    # "A violinist ..., speaking on condition of anonymity because she still works for the
    # orchestra, said ... 'We were told it was the price of excellence'"
    text = ("OULU, Finland (AP) - The Oulu Chamber Orchestra has dismissed its chief conductor."
            "\n\nThe conductor, Matteo Rinaldi-Brandt, said he was shocked.\n\n"
            "A cellist, speaking on condition of anonymity because she still works for the "
            "orchestra, said the players had complained for years. \"We were told it was the "
            "price of excellence,\" she said.")
    got = pairs(text)
    assert ("cellist", "Oulu Chamber Orchestra") not in got
    assert got[("cellist", "Matteo Rinaldi-Brandt")] == "against"


def test_objectors_to_an_act_are_against_whom_it_serves():
    # "has renewed a water permit for a uranium exploration company ..., despite objections
    # from farmers who say drilling has lowered the water table"
    text = ("WINDHOEK, Namibia (Reuters) - Namibia's mines ministry has renewed a water permit "
            "for a uranium exploration company, despite objections from farmers who say "
            "drilling has dried their wells.\n\n"
            "The company, Omaruru Uranium Holdings, did not respond to a request for comment.")
    assert pairs(text)[("farmers", "Omaruru Uranium Holdings")] == "against"
    # "Yerevan's city hall has approved the demolition ..., overruling objections from
    # architects who say the building is one of the best examples of Armenian modernism"
    text = ("YEREVAN, Armenia (AP) - Yerevan's city hall has approved the demolition of a "
            "Soviet-era cinema, overruling objections from architects who say the building is "
            "a landmark.")
    assert pairs(text)[("architects", "Yerevan")] == "against"


def test_a_ledes_foreign_firm_is_the_one_named_later_and_no_state():
    # "signed a contract with a French technology company ... The company, Numérix
    # Patrimoine, said"
    text = ("TUNIS, Tunisia (AP) - The National Library has signed a contract with a French "
            "technology company to scan its manuscripts.\n\n"
            "The library said the work would take three years.\n\n"
            "The company, Scanlys Patrimoine, said the files would stay in Tunis.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    assert "France" not in found
    assert any(text[s:e] == "company" and s < 100 for s, e in found["Scanlys Patrimoine"].mentions)


def test_a_group_counted_as_a_share_is_labelled_by_its_people():
    # "Almost 80% of the 1,200 voters in Villarejo de Montes rejected the project"
    text = ("MADRID (Reuters) - An energy company, Eólica Serrana, plans a wind farm near the "
            "village.\n\n"
            "Almost 80% of the 1,200 voters in Villanueva del Monte rejected the project, the "
            "town hall said.")
    assert ("voters in Villanueva del Monte", "Eólica Serrana") in pairs(text)


def test_a_trust_named_then_broken_is_a_charge():
    text = ("DUBLIN (Reuters) - The bakery chain Crumb & Co said it had stopped selling the "
            "loaves.\n\n"
            '"People trusted the label. For a coeliac, that trust is everything, and Crumb & Co '
            'broke it," said Orla Brannigan, who heads the Coeliac Society of Ireland.')
    assert pairs(text)[("Orla Brannigan", "Crumb & Co")] == "against"


def test_a_body_described_by_its_members_is_the_one_named_next():
    # "Kenya's association of deaf people has accused the government of ... The Kenya
    # National Association of the Deaf said"; its lawyer speaks for it
    text = ("NAIROBI, Kenya (AP) - Kenya's association of deaf people has accused the "
            "government of breaking the constitution by dropping sign language interpreters "
            "from its briefings.\n\n"
            "The Kenya National Association of the Deaf said deaf Kenyans had missed "
            "evacuation orders.\n\n"
            "A lawyer for the association, Brian Simiyu, said the group had written to the "
            "Ministry of Information and would go to court if the interpreters were not "
            "restored within a week.")
    got = pairs(text)
    assert got[("Kenya National Association of the Deaf", "Kenya")] == "against"
    assert ("(narrator)", "Kenya") not in got
    assert ("Brian Simiyu", "Kenya National Association of the Deaf") not in got


def test_a_reversal_complained_of_is_against_who_made_it():
    text = ("RABAT, Morocco (Reuters) - The country's geology museum argued the stone "
            "belonged to the state.\n\n"
            'The herder, Lahcen Ouchen, said he had found it in the desert. "I found it on land '
            'where my father grazed goats. Now the museum says it is not mine," he said.')
    assert pairs(text)[("Lahcen Ouchen", "country's geology museum")] == "against"


def test_a_ledes_regulator_is_the_body_named_next_with_its_trade_in_its_name():
    text = ("MANILA (Reuters) - The Philippine gaming regulator suspended a private lottery "
            "operator on Monday after the same six numbers were drawn twice.\n\n"
            "The Philippine Amusement and Gaming Corporation said it would audit the machines "
            "used by the operator, Lucky Archipelago.\n\n"
            "Lucky Archipelago denied any wrongdoing.")
    got = pairs(text)
    assert got[("Philippine Amusement and Gaming Corporation", "Lucky Archipelago")] == "against"
    assert not any(s == "Philippine gaming regulator" for s, _ in got)


def test_a_rise_in_what_people_pay_is_charged_to_whoever_made_it():
    text = ("ATHENS, Greece (AP) - Families in a working-class district of Athens say their "
            "municipality has tripled the fee for exhuming the remains of relatives.\n\n"
            "The municipality of Nikaia-Rentis said the new fee covered the real cost.")
    assert pairs(text)[("families in a working-class district of Athens", "Nikaia-Rentis")] \
        == "against"


def test_a_ledes_body_speaking_as_it_keeps_its_country_and_its_noun():
    # "Taiwan's college entrance exam centre apologised for an error that it said ...": its
    # own country is no target; "the centre's solution" is the one centre that spoke
    text = ("TAIPEI, Taiwan (AP) - Taiwan's college entrance exam centre apologised on Friday "
            "for a translation error that it said may have affected about 40,000 students, but "
            "refused demands for a re-sit.\n\n"
            "The College Entrance Examination Center said all students would get full marks.\n\n"
            "An education professor, Huang Chih-ming, said the centre's solution was "
            "reasonable.")
    got = pairs(text)
    assert ("College Entrance Examination Center", "Taiwan") not in got
    assert got[("Huang Chih-ming", "College Entrance Examination Center")] == "favor"


def test_an_act_asked_of_a_body_is_aimed_at_whom_it_would_stop():
    text = ("LJUBLJANA, Slovenia (Reuters) - Anglers in northern Slovenia have asked the "
            "environment ministry to stop a ski resort from pumping water from a trout river, "
            "saying the river dropped to a trickle.\n\n"
            "The resort, Kranjska Gora Ski Centre, said it had respected its permit.")
    got = pairs(text)
    assert got[("Anglers", "Kranjska Gora Ski Centre")] == "against"
    # (but the body urged to undo its own act is its aim: "urged Azerbaijan to release him")
    text = ("NEW YORK (AP) - The Committee to Protect Journalists urged Azerbaijan to release "
            "the reporter, saying the charges were invented.")
    assert pairs(text)[("Committee to Protect Journalists", "Azerbaijan")] == "against"


def test_rents_pushed_up_are_charged_to_whoever_pushed_them():
    text = ("AGADIR, Morocco (Reuters) - Residents of the Moroccan surf village of Taghazout say "
            "a state-backed resort built on the hills above the village has pushed up rents.\n\n"
            "The resort's developer, Taghazout Bay Development, said it had created jobs.")
    got = pairs(text)
    assert got[("residents of the Moroccan surf village of Taghazout",
                "Taghazout Bay Development")] == "against"


def test_a_trust_given_for_years_is_spoken_of_when_broken():
    text = ("PRAGUE (Reuters) - Prosecutors charged an archivist, Ondrej Pavlik, with stealing "
            "rare books.\n\n"
            'The library\'s director, Hana Vrbova, spoke. "We trusted him with the keys to the '
            'vault for eleven years," she said.')
    assert pairs(text)[("Hana Vrbova", "Ondrej Pavlik")] == "against"


def test_what_a_speaker_will_prove_or_returned_is_no_one():
    text = ("TBILISI, Georgia (Reuters) - Georgia's chess federation has suspended a 19-year-old "
            "player for two years after an arbiter found a mobile phone hidden in a toilet "
            "cistern during the national championship, the federation said on Thursday.\n\n"
            "The player, Davit Natsvlishvili, denied using the phone and said it was not his. "
            '"I have never cheated in my life and I will prove it," he wrote on Facebook.\n\n'
            "The federation said the phone had been logged into a chess engine.")
    assert pairs(text)[("Davit Natsvlishvili", "Georgia's chess federation")] == "against"
    text = ("PRAGUE (Reuters) - Police charged an archivist, Ondrej Pavlik, with theft, his "
            "lawyer, Marek Sindelar, said.\n\n"
            "A dealer in Munich who bought one of the atlases said he had acted in good faith "
            "and had returned it.")
    assert not [p for p in pairs(text) if p[0] == "dealer in Munich"]


def test_charges_denied_through_a_lawyer_set_the_client_against_no_lawyer():
    text = ("PRAGUE (Reuters) - Police in Prague have charged a former archivist with stealing "
            "43 rare books, prosecutors said on Tuesday.\n\n"
            "The archivist, Ondrej Pavlik, 58, denies the charges, his lawyer, Marek Sindelar, "
            "said.")
    assert ("Ondrej Pavlik", "Marek Sindelar") not in pairs(text)


def test_a_body_named_as_the_organisers_is_what_a_runners_they_is():
    text = ("LISBON, Portugal (AP) - The Lisbon Marathon's course was 312 metres short, the "
            "race's organisers admitted on Wednesday.\n\n"
            "The organisers, Lisboa Run Events, said a barrier had been placed at the wrong "
            "turn.\n\n"
            '"I cried when I crossed the line. Now they tell me it never happened," Sara '
            "Bettencourt said.\n\n"
            "World Athletics said results from the race could not be ratified for records.")
    assert pairs(text)[("Sara Bettencourt", "Lisboa Run Events")] == "against"


def test_a_harm_done_enough_to_spoil_and_a_warning_ignored_are_against():
    text = ("SANTIAGO, Chile (AP) - Astronomers at the Cerro Morado Observatory say new "
            "floodlights at a copper mine 40 kilometres away have brightened the night sky "
            "enough to spoil some of their observations.\n\n"
            "The mine's owner, Minera Altiplano, said its lights complied with a standard.")
    assert pairs(text)[("astronomers at the Cerro Morado Observatory",
                        "Minera Altiplano")] == "against"
    text = ("WELLINGTON (AP) - The president of the Feilding Old Boys club, Hemi Tautahi, said "
            "members had offered to pay.\n\n"
            "The Manawatu District Council said the club had been warned twice in writing.")
    assert pairs(text)[("Manawatu District Council", "Feilding Old Boys")] == "against"


def test_buyers_against_a_saints_town_that_delays_their_permits():
    text = ("ROME (AP) - Foreign buyers who paid 1 euro each for abandoned houses in the Sicilian "
            "town of San Gerlando say the town hall has taken more than two years to approve "
            "their renovation plans.\n\n"
            "The town's mayor, Salvatore Indelicato, said the delays were caused by regional "
            "heritage rules, not by the town.\n\n"
            "A lawyer representing 11 of the buyers, Francesca Liotta, said they were considering "
            "suing the town for the return of their deposits.")
    got = {(a.lower(), b): label for (a, b), label in pairs(text).items()}
    assert got[("foreign buyers", "San Gerlando")] == "against"
    assert got[("francesca liotta", "San Gerlando")] == "against"


def test_a_warning_told_of_by_the_warned_lays_no_fault():
    from toolkit.stance.words import _WARNED_IN_TIME
    text = "The council said the club had been warned twice. The club said it had been warned once."
    assert _WARNED_IN_TIME.match(text, text.index("club had"))
    assert not _WARNED_IN_TIME.match(text, text.index("club said"))


def test_a_plea_turned_down_and_a_willingness_that_costs_nothing_are_charges():
    text = ("HELSINKI (AP) - A zoo will return its pandas to China.\n\n"
            "The zoo's chief executive, Saara Kettunen, said the company had asked the Finnish "
            "government for help last year but was turned down.")
    assert pairs(text)[("Saara Kettunen", "Finland")] == "against"
    text = ("HELSINKI (AP) - A zoo will return its pandas to China.\n\n"
            '"The government was happy to be photographed with the pandas, but not to help us '
            'keep them," the zoo\'s chief executive, Saara Kettunen, said of Finland.')
    assert pairs(text)[("Saara Kettunen", "Finland")] == "against"


def test_eyes_open_is_no_openness():
    text = ("HELSINKI (AP) - Hirvikoski Zoo will return its pandas.\n\n"
            "Finland's environment minister, Olli Vainikka, said Hirvikoski Zoo had \"made a bad "
            "bet with its eyes open.\"")
    assert pairs(text)[("Olli Vainikka", "Hirvikoski Zoo")] == "against"


def test_the_medium_that_quotes_a_speaker_is_no_target_of_theirs():
    text = ("TOKYO (Reuters) - A carmaker falsified emissions data, the Asahi Shimbun newspaper "
            "reported.\n\n"
            'The Asahi Shimbun quoted one engineer as saying that managers had pressured staff '
            '"by any means."')
    assert not any(s == "engineer" for s, _ in pairs(text))


def test_a_body_the_lede_leaves_unnamed_is_the_one_named_later():
    text = ("LONDON (AP) - A British illustrator says one of the country's biggest publishers "
            "used artificial intelligence to copy her style, a claim the publisher denies.\n\n"
            "Hannah Farrimond said she had worked with the publisher, Pellham Books, for nine "
            "years.\n\n"
            'Pellham Books said any resemblance was coincidental. "Foxes in watercolour are not '
            'owned by anyone," the company said.')
    got = pairs(text)
    assert got[("Hannah Farrimond", "Pellham Books")] == "against"
    assert got[("Pellham Books", "Hannah Farrimond")] == "against"
    text = ("OSLO (Reuters) - A Norwegian hospital has suspended an artificial intelligence tool "
            "that ranked heart attacks as low priority, the hospital said on Friday.\n\n"
            "Vestfjord University Hospital said no patient had died.\n\n"
            "The nurses' union, which had warned about the tool last year, said it welcomed the "
            "suspension.")
    got = pairs(text)
    assert got[("nurses' union", "Vestfjord University Hospital")] == "favor"
    assert not any(t == "Norway" for _, t in got)


def test_a_delay_and_bad_data_are_charges():
    text = ("BUDAPEST (AP) - Wheelchair users say the Budapest Transit Company appears in no hurry "
            "to fix the lifts.\n\n"
            "The Budapest Transit Company said spare parts had to be made to order.")
    assert pairs(text)[("wheelchair users", "Budapest Transit Company")] == "against"
    text = ("OSLO (Reuters) - Vestfjord University Hospital has suspended a tool made by "
            "Triagon.\n\n"
            "Triagon's chief executive, Mats Lindgård, said Vestfjord University Hospital had fed "
            "the system incomplete data.")
    assert pairs(text)[("Mats Lindgård", "Vestfjord University Hospital")] == "against"


def test_held_to_account_and_work_abandoned_are_charges():
    text = ("NAKURU (AP) - Residents planted banana trees in potholes.\n\n"
            "The county's roads executive, Faith Cherono, said repairs had been delayed because "
            "Rift Highway Builders had abandoned the work after being paid.\n\n"
            '"Rift Highway Builders will be held to account," she said.')
    assert pairs(text)[("Faith Cherono", "Rift Highway Builders")] == "against"


def test_a_region_that_opens_the_lede_is_the_government_of_the_story():
    text = ("HOBART, Australia (AP) - Tasmania will end public funding for greyhound racing by "
            "2029.\n\n"
            "The industry body, Greyhound Racing Tasmania, argued that injury rates had fallen "
            "and accused the government of ignoring its own data.")
    got = pairs(text)
    assert got[("Greyhound Racing Tasmania", "Tasmania")] == "against"
    assert ("Greyhound Racing Tasmania", "Australia") not in got


def test_a_body_that_opens_the_lede_saying_why_is_a_target():
    text = ("MURCIA, Spain (Reuters) - Spain's Segura river basin authority has refused to grant "
            "water to a planned surf park, saying the region's aquifers are too depleted.\n\n"
            "The developer, Olas del Sureste, said it would appeal.\n\n"
            "The Segura Irrigators' Association said it supported the decision.")
    got = {(a, b.removeprefix("Spain's ")): label for (a, b), label in pairs(text).items()}
    assert got[("Segura Irrigators' Association", "Segura river basin authority")] == "favor"
    assert got[("Olas del Sureste", "Segura river basin authority")] == "against"


def test_an_assurance_broken_and_a_decision_that_leaves_others_short():
    text = ("PORTO (AP) - Drones fell into a crowd during a show run by SkyCanvas.\n\n"
            "SkyCanvas said the drones were designed to land safely.\n\n"
            'Deputy mayor Rui Magalhães said: "SkyCanvas assured us this could never happen."')
    assert pairs(text)[("Rui Magalhães", "SkyCanvas")] == "against"
    text = ("ZAGREB (AP) - The Croatian Blood Agency will close six rural donation clinics next "
            "month, a decision that regular donors in the mountainous Lika region say will leave "
            "hospitals short of blood.\n\n"
            "The Croatian Blood Agency said mobile teams would visit the villages.")
    got = {(a.lower(), b): label for (a, b), label in pairs(text).items()}
    assert got[("regular donors in the mountainous lika region", "Croatian Blood Agency")] == \
        "against"


def test_a_wrong_kept_quiet_and_a_family_solicitor_is_no_officer():
    text = ("CORK (AP) - A family received the wrong ashes from Glenbrack Crematorium.\n\n"
            "The family's solicitor, Gráinne Keaveney, said the crematorium had known of the "
            "error since August but told the family only in October.")
    assert pairs(text)[("Gráinne Keaveney", "Glenbrack Crematorium")] == "against"


def test_the_manager_of_a_body_speaks_for_it():
    text = ("CORK (AP) - A family received the wrong ashes.\n\n"
            "The manager of Glenbrack Crematorium, Fergal Fitzmaurice, said a labelling error "
            "had happened and that the mix-up was a one-off.")
    assert ("Fergal Fitzmaurice", "Glenbrack Crematorium") not in pairs(text)


def test_the_speakers_own_unnamed_group_and_successive_governments():
    text = ("DUBLIN (AP) - Ireland has no inspector of crematoriums. The Department of Health "
            "said a bill was being drafted.\n\n"
            "Paudie Carmody, who chairs a national association of funeral directors, said the "
            "group had asked successive governments to regulate crematoriums and had been "
            "ignored.")
    got = pairs(text)
    assert got[("Paudie Carmody", "Ireland")] == "against"
    assert ("Paudie Carmody", "Department of Health") not in got


def test_their_in_a_quote_with_no_they_and_a_trust_rued():
    text = ("COPENHAGEN (AP) - A collector is suing an auction house.\n\n"
            "Asger Brinchmann said he bought the portrait at Kronholm Auctions in 2023. "
            '"I trusted their name more than my own eyes. That was my mistake, but it was their '
            'lie," he said.\n\nKronholm Auctions said it would not refund the sale.')
    row = next(r for r in toolkit.analyze_text(text)["stance"]
               if (r["speaker"], r["target"]) == ("Asger Brinchmann", "Kronholm Auctions"))
    assert row["label"] == "against" and row["score"] < -0.3
    assert any("their lie" in e for e in row["evidence"])


def test_welcoming_a_lottery_backs_whoever_runs_it():
    text = ("LJUBLJANA (AP) - Climbers will have to win a permit in a lottery, Triglav National "
            "Park said Monday.\n\n"
            "Guide Aljaz Kunstelj said the park had not consulted anyone.\n\n"
            "Jernej Podlipnik, who heads the mountain rescue service, welcomed the lottery.")
    assert pairs(text)[("Jernej Podlipnik", "Triglav National Park")] == "favor"


def test_the_law_a_wrong_breaks_is_no_target():
    text = ("ATHENS (AP) - Greece's coast guard rejected accusations by a charity.\n\n"
            "The charity, Sea Watchers, released video it said showed a Greek patrol boat near "
            "the island of Lesbos. "
            '"This is a pushback, and it is illegal under European and international law," the '
            "group's spokeswoman, Hanna Brückl, said.\n\n"
            "The European Commission said it had asked Athens for an explanation.")
    got = pairs(text)
    assert ("Hanna Brückl", "European Commission") not in got
    assert got[("Hanna Brückl", "Greece")] == "against"  # (the wrong's doer, as a reaction)


def test_a_lede_theatre_left_unnamed_is_the_theatre_named_next():
    text = ("BRATISLAVA (AP) - A publicly funded theatre in Bratislava has cancelled the premiere "
            "of a satirical play, a decision the playwright called \"censorship dressed up as "
            "safety.\"\n\n"
            "Radoslav Kmet, director of the Kruh Theatre, said the theatre had received "
            "threats.\n\n"
            "Playwright Petronela Krajcirova said the ministry had criticised the poster.")
    assert pairs(text)[("Petronela Krajcirova", "Kruh Theatre")] == "against"


def test_undercutting_is_a_charge():
    text = ("LYON (AP) - Fournil Doré was fined.\n\n"
            "Maryvonne Monteil, who heads the bakers' federation, said Fournil Doré had undercut "
            "small bakeries for a decade.")
    assert pairs(text)[("Maryvonne Monteil", "Fournil Doré")] == "against"


def test_an_apology_not_enough_is_aimed_at_the_body_the_lede_names_by_its_country():
    text = ("FARO, Portugal (Reuters) - Portugal's civil protection authority sent a tsunami "
            "warning to every mobile phone in the Algarve by mistake on Saturday night, sending "
            "thousands of tourists running uphill in the dark, the authority said on Sunday.\n\n"
            "The authority said an employee testing the alert system had selected a live "
            "template instead of a test one.\n\n"
            "Rui Fragoso, who runs a hotel in Albufeira, said some guests had fled barefoot and "
            "two elderly guests had been hurt on the stairs. \"People thought they were going to "
            "die. An apology by email is not enough,\" he said.\n\n"
            "Leonor Bras, a lawmaker from the opposition, said the government had ignored a 2024 "
            "audit that warned the system had no second check.")
    got = pairs(text)
    assert got[("Rui Fragoso", "authority")] == "against"
    assert ("Rui Fragoso", "Portugal") not in got


def test_a_customer_cheated_blames_the_one_punished_not_the_punisher():
    text = ("LYON (AP) - France's consumer fraud agency has fined a bakery chain 240,000 euros "
            "for selling bread made from frozen dough as artisanal.\n\n"
            "The agency said it had found industrial dough in 31 of the 38 shops the chain, "
            "Fournil Doré, runs in the region.\n\n"
            "Fournil Doré said it would appeal. Its chief executive, Thibaut Cazenave, said every "
            "loaf was baked by hand in its shops and that the agency had misread the rules.\n\n"
            "\"I paid for a baker's bread and got a factory's,\" said Gérald Pinault, a retired "
            "teacher who had bought his bread at the chain every day.")
    got = pairs(text)
    assert got[("Gérald Pinault", "Fournil Doré")] == "against"
    assert ("Gérald Pinault", "France's consumer fraud agency") not in got


def test_a_kins_grievance_is_not_aimed_at_their_own_kin():
    text = ("LEEUWARDEN (AP) - A Dutch regional newspaper group has apologised after an AI tool "
            "published obituaries of living people.\n\n"
            "Jelte Veldkamp, 78, learned of his own death from a neighbour. \"She brought "
            "flowers,\" Veldkamp said. His daughter, Willemijn Veldkamp, said the family had "
            "spent two days calling relatives. \"Nobody at the paper has called us,\" she said.\n\n"
            "Noordpost Media said the tool had mixed up names. Its editor-in-chief, Joukje "
            "Tjalsma, said the company had stopped using the tool.")
    got = pairs(text)
    assert got[("Willemijn Veldkamp", "Noordpost Media")] == "against"
    assert got[("Willemijn Veldkamp", "Jelte Veldkamp")] == "favor"  # (kin stand with their own)


def test_a_villages_ringers_accuse_and_money_found_for_others():
    text = ("LITTLE WYVERN, England (AP) - The bells of a 15th-century church in the English "
            "county of Somerset have fallen silent for the first time since World War II after "
            "an engineer found that the tower could "
            "no longer bear their swing, and the village's bell ringers accuse the diocese of "
            "leaving the building to rot.\n\n"
            "Winifred Penhaligon, who has led the ringers of St. Aldhelm's Church for 31 years, "
            "said the diocese had been told about the cracks six years ago. \"They found money "
            "for a new office in Wells and none for a tower that has stood for 500 years,\" she "
            "said.\n\n"
            "The Diocese of Bath and Wells said it had no central fund for church repairs and "
            "that parishes were responsible for their own buildings.\n\n"
            "Emrys Treharne, who chairs the parish council, said the village would raise what it "
            "could.")
    got = pairs(text)
    assert got[("village's bell ringers", "Diocese of Bath and Wells")] == "against"
    assert ("village", "Diocese of Bath and Wells") not in got
    assert got[("Winifred Penhaligon", "Diocese of Bath and Wells")] == "against"


def test_a_concern_brushed_off_and_words_out_of_context_are_grievances():
    text = ("WARSAW (AP) - Poland's volleyball federation has fired the head coach of the women's "
            "national team after messages in which he mocked players were leaked, the federation "
            "said Thursday.\n\n"
            "Italian coach Tullio Bertolazzi said the messages were private jokes and had been "
            "\"taken out of context.\"\n\n"
            "Team captain Karolina Sobczak said the players had raised concerns with the "
            "federation last year. \"We were told to focus on the season. Now that it is public, "
            "suddenly everyone is shocked,\" she said.")
    got = {(a, b.removeprefix("Poland's ")): label for (a, b), label in pairs(text).items()}
    assert got[("Karolina Sobczak", "volleyball federation")] == "against"
    assert got[("Tullio Bertolazzi", "volleyball federation")] == "against"


def test_a_premise_dismissed_as_a_fantasy_is_aimed_at_whoever_acted():
    text = ("LJUBLJANA, Slovenia (AP) - Slovenia's public health insurer will pay for new "
            "hearing aids for people over 70 only every eight years instead of every five, "
            "a cut that audiologists warn will leave thousands of older people struggling "
            "to hear.\n\n"
            "The Health Insurance Institute of Slovenia said the change would save about 4 "
            "million euros a year and that modern hearing aids lasted longer than older "
            "models. It said patients whose hearing worsened could still apply for an early "
            "replacement.\n\n"
            "Audiologist Polona Zorman said most hearing aids her clinic fitted were worn "
            'out after five years. "Batteries, tubes, microphones: everything wears out. '
            'Eight years is a fantasy," she said.\n\n'
            'Vesna Ambrožič, 74, said her hearing aid had already broken once. "When you '
            "cannot hear, you stop going out. The institute is saving money on our "
            'loneliness," she said.')
    assert pairs(text)[("Polona Zorman", "Health Insurance Institute of Slovenia")] == \
        "against"


def test_a_rush_the_council_insisted_on_is_blamed_on_the_council():
    text = ("TIMISOARA, Romania (AP) - A new computer system meant to speed up traffic in the "
            "western Romanian city of Timisoara has instead caused hours-long jams since it was "
            "switched on last week, and the city council wants the supplier to pay for the "
            "damage.\n\n"
            "Deputy Mayor Traian Vladescu said the software, supplied by the Bucharest firm "
            "SemaTrafic, had changed the timing of 140 junctions at once without any trial.\n\n"
            "SemaTrafic said the system needed about three weeks to learn the city's traffic "
            "patterns and that the council had insisted on switching all the junctions on "
            "before Christmas.")
    got = pairs(text)
    assert got[("SemaTrafic", "Timisoara council")] == "against"
    assert got[("Traian Vladescu", "SemaTrafic")] == "against"


def test_a_body_named_only_as_the_organisers_of_its_event_is_a_target():
    text = ("DUBLIN (AP) - The organisers of Ireland's national schools spelling bee have "
            "stripped last month's winner of her title after finding that the final round's "
            "word list had been shared in a parents' group chat the night before.\n\n"
            "The Irish Spelling Bee Trust said the 12-year-old winner had done nothing wrong "
            "herself but that the final could not stand.\n\n"
            "The girl's father, Daithi Rooney, said his daughter had learned thousands of words "
            "and was being punished for a leak she knew nothing about.")
    assert pairs(text)[("Daithi Rooney", "Irish Spelling Bee Trust")] == "against"


def test_a_complaint_filed_against_a_venue_makes_it_a_party():
    text = ("BERGEN, Norway (AP) - An animal welfare group has filed a complaint against "
            "Havhuset, Bergen's public aquarium, saying the giant Pacific octopus in its newest "
            "exhibit is kept in a tank too small and too bright for an animal that hides by "
            "day.\n\n"
            "Dyrevern Vest said visitors had filmed the octopus pressing itself against the "
            "glass for hours, which it called a sign of stress. \"This is an intelligent animal "
            "being used as a window display,\" the group's director, Ragnfrid Vestbo, said.")
    got = pairs(text)
    assert got[("Dyrevern Vest", "Havhuset")] == "against"
    assert got[("Ragnfrid Vestbo", "Havhuset")] == "against"


def test_a_refusal_by_someone_the_quote_names_is_no_objection_of_the_speaker():
    text = ("TURKU, Finland (AP) - A court in Turku has been asked to decide who owns a "
            "70-year-old sourdough starter after the two former partners of a well-known "
            "bakery split up and each said it was theirs.\n\n"
            "Baker Venla Raatikainen told the district court on Monday that the starter had "
            "come from her grandmother. Her former partner, Joonas Kaartinen, says the starter "
            "was kept alive for 15 years with the bakery's flour.\n\n"
            "Raatikainen said she had offered to share a portion of the starter and Kaartinen "
            "had refused.")
    got = pairs(text)
    assert ("Venla Raatikainen", "court") not in got
    assert got[("Venla Raatikainen", "Joonas Kaartinen")] == "against"


def test_a_radio_station_the_lede_describes_is_the_broadcaster_named_later():
    text = ("BRATISLAVA, Slovakia (AP) - A private Slovak radio station has replaced the "
            "presenters of its overnight and weekend shows with voices generated by artificial "
            "intelligence, and the journalists' union says at least nine people lost their "
            "jobs.\n\n"
            "Radio Dunaj said the synthetic presenters read news written by its own editors. "
            "\"Nobody is pretending these are people. We announce it every hour,\" programme "
            "director Marian Svehla said.\n\n"
            "The Slovak Syndicate of Journalists said the station had cut the jobs without "
            "consulting staff. One of the dismissed presenters, Lenka Bartosova, said she "
            "learned of the change from a colleague.")
    got = pairs(text)
    assert got[("Slovak Syndicate of Journalists", "Radio Dunaj")] == "against"
    assert got[("Lenka Bartosova", "Radio Dunaj")] == "against"
    assert ("Marian Svehla", "Radio Dunaj") not in got  # (its own programme director)


def test_the_city_of_the_dateline_that_acts_twice_as_the_city_is_a_target():
    text = ("ZAGREB, Croatia (AP) - An environmental group says the 25-metre spruce that went "
            "up as Zagreb's Christmas tree this week was cut from a protected forest in the "
            "Velebit mountains, and it has asked prosecutors to investigate.\n\n"
            "The group, Sumski Glas, said satellite images showed the tree had stood inside a "
            "nature park where felling is banned, and that the permit the city showed reporters "
            "was issued for a different plot. \"The city bought a symbol of peace from a crime "
            "scene,\" its coordinator, Ivna Kovacic, said.\n\n"
            "The city's tourist board said it had bought the tree from a licensed forestry "
            "company. The company, Goransko Drvo, denied any wrongdoing.")
    assert pairs(text)[("Sumski Glas", "Zagreb")] == "against"


def test_they_should_have_told_me_charges_whom_they_are():
    text = ("PODGORICA, Montenegro (AP) - Montenegro's handball federation has apologised "
            "after a singer performed the national anthem with a verse that was dropped from "
            "the official text.\n\n"
            "The federation said the singer, Andjela Raicevic, had been given the correct text. "
            "Raicevic said she had not been given any text. \"I sang it with my heart. If "
            "someone wanted a different version, they should have told me,\" she said.")
    got = {(a, b.removeprefix("Montenegro's ")): label for (a, b), label in pairs(text).items()}
    assert got[("Andjela Raicevic", "handball federation")] == "against"


def test_no_record_of_what_a_charge_blamed_on_its_crew_denies_it():
    text = ("TIMARU, New Zealand (AP) - Residents opened a time capsule buried in 1976 and found "
            "its letters turned to pulp by water.\n\n"
            "The Timaru Historical Society said the capsule had been dug up and reburied by a "
            "council road crew in 1999 and that the crew had probably cracked its seal.\n\n"
            "Timaru District Council said it had no record of the capsule being moved and that "
            "a capsule buried in clay would not stay dry for 50 years.")
    assert pairs(text)[("Timaru District Council", "Timaru Historical Society")] == "against"


def test_a_citys_authority_named_after_its_description_is_that_body():
    text = ("KRAKOW, Poland (AP) - Workers began cutting padlocks from a footbridge over the "
            "Vistula River in Krakow.\n\n"
            "The city's roads authority, ZDMK, said the locks weighed roughly eight tonnes.\n\n"
            "Street vendor Zenon Gruszka said the authority had ignored sellers' offers to help "
            "remove old locks.")
    assert pairs(text)[("Zenon Gruszka", "ZDMK")] == "against"


def test_a_chef_described_before_he_is_named_is_charged_by_the_lede():
    text = ("LJUBLJANA, Slovenia (AP) - A women's association in a Slovenian mountain village "
            "says a television chef copied 23 recipes from the cookbook its members wrote in "
            "1987, and it wants his publisher to withdraw his new book.\n\n"
            "The Bohinj Farm Women's Society said the chef's recipes for buckwheat dumplings "
            "repeated its members' text word for word, including a typing error. \"He even "
            "copied our mistake with the salt,\" its president, Toncka Rozina, said.\n\n"
            "Chef Aljosa Vrtacnik said he had grown up with the same dishes.")
    got = pairs(text)
    assert got[("Bohinj Farm Women's Society", "Aljosa Vrtacnik")] == "against"
    assert got[("Toncka Rozina", "Aljosa Vrtacnik")] == "against"


def test_a_request_answered_with_less_and_its_officer_after_the_body():
    text = ("DAUGAVPILS, Latvia (AP) - A security guard at the Latgale Art Gallery in the "
            "Latvian city of Daugavpils drew eyes with a ballpoint pen on two faceless figures in "
            "a 1920s painting, the gallery said on Monday, and it has ended its contract with "
            "the company that employed him.\n\n"
            "The gallery said the guard had drawn on the painting on his first day at work. Its "
            "director, Aivars Lace, said the gallery had asked the company for experienced staff "
            "and had been sent a student.\n\n"
            "The security firm, Drosiba Plus, said the guard had passed every check and that the "
            "gallery had refused to pay for training.")
    got = pairs(text)
    assert got[("Aivars Lace", "Drosiba Plus")] == "against"
    assert ("Aivars Lace", "Latgale Art Gallery") not in got
    assert got[("Drosiba Plus", "Latgale Art Gallery")] == "against"


def test_a_newcomer_who_bought_next_to_the_nuisance_is_charged():
    text = ("LITOMYSL, Czech Republic (AP) - A court has ordered a 120-year-old brass band to "
            "stop rehearsing in its clubhouse after 8 p.m., after a neighbour who moved in last "
            "year complained about the noise.\n\n"
            "The band's conductor, Vlastimil Bartu, said the Smetana Brass Band had rehearsed "
            "in the same building since 1904 and would appeal. \"He bought a house next to a "
            "brass band and now he wants silence,\" he said.\n\n"
            "The neighbour, software developer Matous Vrba, said he had offered to pay for "
            "soundproofing, which the band refused.")
    got = pairs(text)
    assert got[("Vlastimil Bartu", "Matous Vrba")] == "against"
    assert got[("Matous Vrba", "Smetana Brass Band")] == "against"


def test_an_officer_of_a_body_named_by_its_noun_speaks_for_it():
    text = ("BRATISLAVA (Reuters) - Several thousand people rallied outside the Slovak National "
            "Theatre after the culture ministry dismissed the directors of the theatre and of "
            "the national gallery, a move critics called political.\n\n"
            "The culture ministry said the dismissals followed an audit. The dismissed gallery "
            "director, Peter Benko, said he had never been shown any audit.")
    got = pairs(text)
    assert ("Peter Benko", "gallery") not in got


def test_being_left_out_by_a_station_named_tv_is_a_slight_at_the_station():
    text = ("KIHNU, Estonia (AP) - The small Estonian island of Kihnu has asked a regional "
            "television station to put it back on its weather map, after islanders noticed "
            "that a new graphics system had left the island out entirely.\n\n"
            "Rural municipality mayor Reet T\u00f5nts said fishermen and ferry passengers on Kihnu "
            "relied on the evening forecast. \"We have been on every map since the 14th "
            "century. A computer decided we do not exist,\" she said.\n\n"
            "L\u00e4\u00e4ne TV's editor-in-chief, Urmo Kruus, said the island had been removed by "
            "mistake when the station bought the new system. He said the station had "
            "received more than 200 emails about it.")
    assert pairs(text)[("Reet T\u00f5nts", "L\u00e4\u00e4ne TV")] == "against"


def test_a_firm_named_after_its_trade_is_what_the_trade_means():
    text = ("MALTON, England (AP) - The restored clock on the market hall of Malton was "
            "unveiled on Friday with a Roman \"IV\" where the original had shown \"IIII\".\n\n"
            "Historian Norbert Ackroyd said photographs from 1890 showed the four strokes and "
            "that the clockmaker had ignored the report he sent the town council.\n\n"
            "The clockmaker, Thwaite and Sons, said the council had approved the design in "
            "writing.")
    assert pairs(text)[("Norbert Ackroyd", "Thwaite and Sons")] == "against"


def test_being_the_only_one_who_pays_is_a_slight_at_the_body_that_dismissed_him():
    text = ("LOMZA, Poland (AP) - A second-division football club in eastern Poland has "
            "dismissed the student who played its bison mascot after he danced in front of "
            "visiting fans.\n\n"
            "Sok\u00f3\u0142 \u0141om\u017ca said the dance had provoked the visiting "
            "supporters and that the league had fined the club 15,000 zlotys.\n\n"
            "The student, Kacper Wilk, 21, said the club's marketing manager had told him to "
            "\"get the crowd going.\" \"Nobody said where the line was. Now I am the only one "
            "who pays for it,\" he said.\n\n"
            "The marketing manager, Edyta Gaw, said she had never asked him to mock the other "
            "team. \"Getting the crowd going means our crowd, not theirs,\" she said.")
    got = pairs(text)
    assert got[("Kacper Wilk", "Sok\u00f3\u0142 \u0141om\u017ca")] == "against"
    assert ("Edyta Gaw", "Sok\u00f3\u0142 \u0141om\u017ca") not in got  # its own officer


def test_a_demand_after_words_quoted_is_the_speakers_own_act():
    text = ("LISBON, Portugal (AP) - Portugal's postal service has withdrawn a new stamp "
            "celebrating the Azores after islanders noticed that its map left out Corvo.\n\n"
            "The Azores regional government said the omission was \"an insult to 380 people\" "
            "and asked the postal service, Correio Atlantico, to destroy the remaining "
            "sheets.\n\n"
            "Correio Atlantico said the designer had worked from an outdated map.")
    assert pairs(text)[("Azores regional government", "Correio Atlantico")] == "against"


def test_a_plea_for_loans_after_a_report_is_no_demand_on_the_ministry():
    text = ("LUDERITZ, Namibia (AP) - Oyster farmers lost most of their stock.\n\n"
            "The Namibian Oyster Association said such eruptions were natural but had become "
            "more frequent, and asked the fisheries ministry for emergency loans.")
    assert ("Namibian Oyster Association", "Namibia") not in pairs(text)


def test_two_sides_blaming_each_other_are_each_against_the_other():
    text = ("POPRAD, Slovakia (AP) - About 200 skiers were left hanging on a chairlift in the "
            "Low Tatras for nearly three hours on Sunday after the lift stopped, and the resort "
            "and the regional power company are blaming each other.\n\n"
            "The resort's operator, Dumbier Resorts, said a power cut had stopped the lift's "
            "main motor and that its backup engine had failed to start.\n\n"
            "The power distributor, Siet Stred, said its network had shown no outage in the "
            "area that afternoon. \"Our records show no fault on our lines. The problem was on "
            "the resort's side,\" spokesman Radoslav Kmet said.")
    got = pairs(text)
    assert got[("Dumbier Resorts", "Siet Stred")] == "against"
    assert got[("Siet Stred", "Dumbier Resorts")] == "against"
    assert got[("Radoslav Kmet", "Dumbier Resorts")] == "against"  # "the resort": the firm
    # named for resorts, not the distributor named last
    assert not any(target == "Low Tatras" for _, target in got)  # a mountain range


def test_a_citys_portfolio_officer_speaks_for_the_city():
    text = ("GHENT, Belgium (AP) - Blood donors in Ghent are being charged for parking at the "
            "hospital where they come to give blood.\n\n"
            "Sint-Amandus Hospital said its car park had been full of commuters.\n\n"
            "The city's health alderman, Sofie Van Laer, said she would raise the matter with "
            "the hospital's board and that a solution was likely within weeks.")
    assert ("Sofie Van Laer", "Ghent") not in pairs(text)


def test_the_club_in_its_supporters_words_is_their_own_club():
    text = ("MADRID (AP) - Real Madrid has agreed to sign French striker Antoine Lemaire from "
            "Lyon, the Spanish club announced Monday.\n\n"
            "Lyon president Jean-Marc Aulas said the club had received an offer it could not "
            "refuse.\n\n"
            "Lyon supporters' groups said the club had sold its best player without a plan to "
            "replace him.")
    got = pairs(text)
    assert ("lyon supporters' groups", "Real Madrid") not in got


PLOVDIV = ("PLOVDIV, Bulgaria (AP) - A driver in Plovdiv was fined 50 leva for parking in a "
           "disabled space that, he says, was painted around his car while he was at work.\n\n"
           "Photos posted by Georgi Nedelkov show fresh blue paint on the asphalt ending neatly "
           "at his tyres. \"The lines were not there at 8 a.m. When I came back they were under "
           "my car and a ticket was on the window,\" he said.\n\n"
           "The city's parking company, Gradski Parking, said its inspectors had acted correctly "
           "because the sign for the space had been put up on Monday, two days earlier.\n\n"
           "Deputy Mayor Rumyana Mladenova said the fine would be cancelled. \"This should never "
           "have happened,\" she said.")


def test_a_fine_the_lede_tells_without_who_laid_it_is_the_defenders():
    got = pairs(PLOVDIV)
    assert got[("Georgi Nedelkov", "Gradski Parking")] == "against"  # the ticket he found
    assert got[("Gradski Parking", "Georgi Nedelkov")] == "against"  # the fine stood by
    assert got[("Rumyana Mladenova", "Gradski Parking")] == "against"
    assert ("Georgi Nedelkov", "Plovdiv") not in got  # where the driver lives


def test_a_courtesy_then_a_denial_is_against_the_accusers():
    text = ("TAMPERE, Finland (AP) - Three students who won a city hackathon with a "
            "bus-tracking app say the city's transport company has released a near-copy of it "
            "without giving them credit.\n\n"
            "The students said Linja Tampere's new app used the same map design.\n\n"
            "\"They took our work and put their logo on it,\" said Aino Hakala, 22, one of the "
            "three.\n\n"
            "Linja Tampere said its app had been built by an outside contractor. \"We respect "
            "the students' work, but this app was not copied,\" its digital services manager, "
            "Petri Lahtela, said.")
    assert pairs(text)[("Petri Lahtela", "students")] == "against"


def test_the_paper_and_the_funeral_home_are_the_bodies_named_so():
    text = ("AARHUS, Denmark (AP) - A Danish regional newspaper has apologised for publishing "
            "the obituary of a retired ferry captain who is alive and well.\n\n"
            "Kystbladet said the obituary had been submitted by a funeral home that had "
            "confused two men with the same name.\n\n"
            "Captain Preben Ostergaard, 81, said he learned of his death from his barber. "
            "\"Nobody from the paper has called me,\" he said.\n\n"
            "The funeral home, Bedemand Lund & Son, said an employee had made a typing error.")
    got = pairs(text)
    assert got[("Kystbladet", "Bedemand Lund & Son")] == "against"
    assert got[("Preben Ostergaard", "Kystbladet")] == "against"


def test_a_ship_and_its_captain_stand_for_the_line_that_runs_them():
    text = ("FLORO, Norway (AP) - A cruise ship's anchor tore open a salmon pen off western "
            "Norway on Tuesday, letting about 30,000 farmed fish escape, the Norwegian "
            "Directorate of Fisheries said.\n\n"
            "The fish farmer, Sunnfjord Laks, said the ship had anchored less than 200 metres "
            "from its pens. \"The captain anchored on top of our farm. This was completely "
            "avoidable,\" operations manager Kari Hovdenak said.\n\n"
            "The cruise line, Polarstjerne Cruises, said the ship had anchored at a spot "
            "assigned by the local pilot service.")
    got = pairs(text)
    assert got[("Kari Hovdenak", "Polarstjerne Cruises")] == "against"
    assert got.get(("Norwegian Directorate of Fisheries", "Polarstjerne Cruises")) != "favor"


def test_a_warning_unheeded_then_hoped_heard_is_against_the_body():
    text = ("LJUBLJANA, Slovenia (AP) - The University of Ljubljana has annulled the election of "
            "its new rector after a fault in its electronic voting system counted some votes "
            "twice, its election commission said on Friday.\n\n"
            "The commission said 212 votes had been recorded twice.\n\n"
            "The runner-up, law professor Tanja Lesjak, said she had raised doubts about the "
            "system before the vote. \"Nobody listened then. I hope they listen now,\" she said."
            "\n\nThe software supplier said the fault had been caused by an update installed by "
            "the University of Ljubljana's own IT department.")
    assert pairs(text)[("Tanja Lesjak", "University of Ljubljana")] == "against"


def test_a_sum_cut_down_by_another_speaker_is_a_rebuttal_of_who_gave_it():
    text = ("MENZINGEN, Switzerland (AP) - The organist of a Swiss village church has resigned "
            "because the parish replaced its pipe organ with a digital instrument.\n\n"
            "The council's president, Urs Gwerder, said the old organ needed repairs costing "
            "about 400,000 Swiss francs, which the parish could not afford.\n\n"
            "An organ builder who inspected the instrument last year, Thomas Bucheli, said the "
            "repairs could probably have been done for half that amount.")
    assert pairs(text)[("Thomas Bucheli", "Urs Gwerder")] == "against"
    offered = ("BLANKENBERGE, Belgium (AP) - A carousel could fetch 400,000 euros, said Karel "
               "Tiel of the group Kermis Erfgoed.\n\n\"I offered it to the town for half the "
               "price two years ago,\" said its owner, Marc Verhaeg.")
    assert ("Marc Verhaeg", "Karel Tiel") not in pairs(offered)


def test_a_care_said_to_be_lacking_and_a_fault_laid_back_are_against():
    text = ("ARTZINIEGA, Spain (AP) - Residents of a Basque village woke up on Monday to find new "
            "road signs at both entrances spelling its name wrong, and the provincial roads "
            "agency says it will take a month to replace them.\n\n"
            "Mayor Iker Zubiaur said the signs read \"Artziniaga,\" a spelling the village "
            "dropped in 1980. \"Somebody copied an old map,\" he said.\n\n"
            "The roads agency, Errepideak Bizkaia, said the signs had been ordered from a list "
            "of place names supplied by the village itself in 2019.\n\n"
            "Miren Agirre, a retired teacher, said the mistake showed \"how little care\" the "
            "agency took with small villages.")
    got = pairs(text)
    assert got[("Errepideak Bizkaia", "Artziniega")] == "against"
    assert got[("Miren Agirre", "Errepideak Bizkaia")] == "against"


def test_a_regulars_lot_told_with_a_generic_you_is_a_grievance():
    text = ("MISKOLC, Hungary (AP) - The city-owned thermal baths in Miskolc have lowered the "
            "water temperature in their outdoor pools by four degrees to save on gas.\n\n"
            "The operator, Miskolci Furdo, said gas prices had tripled. \"We would rather have "
            "cooler pools than closed pools,\" its director, Zsolt Bakos, said.\n\n"
            "Erzsebet Palfi, 74, who has bathed there every morning for 20 years, said many of "
            "her friends had stopped coming. \"At 30 degrees you cannot sit still in the water. "
            "You shiver,\" she said.")
    assert pairs(text)[("Erzsebet Palfi", "Miskolci Furdo")] == "against"


def test_a_disqualification_stood_by_is_the_disqualifiers_side():
    text = ("KUOPIO, Finland (AP) - The winner of an ice fishing competition on a lake near "
            "Kuopio has been disqualified after a shop receipt for a pike was found in his bag, "
            "and he says someone put it there.\n\n"
            "Pekka Rasanen, 58, had won the first prize with a 7.4-kilogram pike. \"I have fished "
            "this lake for 40 years. I do not need to buy a fish,\" he told a newspaper.\n\n"
            "The organising angling club said the receipt was from a fish counter in Kuopio. Its "
            "chairwoman, Marja Toivo, said the decision was final.")
    got = pairs(text)
    assert got[("organising angling club", "Pekka Rasanen")] == "against"
    assert got[("Pekka Rasanen", "organising angling club")] == "against"


def test_a_demand_that_someone_end_an_act_and_respect_the_law_is_against_them():
    s = ('"Vietnam resolutely demands that China end these activities and respect '
         'international law," she said.')
    assert _cue_value(s, s.index("China")) == -1.0
    s = "The group demanded that the government respect the ruling."
    assert _cue_value(s, s.index("government")) == -1.0
    s = "The minister said that China would respect international law."
    assert _cue_value(s, s.index("China")) == 1.0


def test_a_defence_lawyer_calling_the_case_politically_motivated_is_against_the_prosecutor():
    text = ("SOFIA, Bulgaria (AP) - A former Bulgarian energy minister went on trial Monday on "
            "corruption charges.\n\nProsecutor Desislava Marinova told the court that Petar "
            "Stoyanchev had rewritten the tender rules. \"He wrote the rules himself,\" she "
            "said.\n\nHis lawyer, Krasimir Dobrev, said the case was politically motivated and "
            "that the tender had been approved by three independent auditors.")
    got = pairs(text)
    assert got[("Krasimir Dobrev", "Desislava Marinova")] == "against"
    assert got[("Krasimir Dobrev", "Petar Stoyanchev")] == "favor"


def test_welcoming_a_study_sides_with_the_researcher_who_led_it():
    text = ("COPENHAGEN, Denmark (AP) - People who took a diabetes drug were less likely to "
            "be diagnosed with dementia, according to a Danish study.\n\nThe researchers, led "
            "by Sofie Vestergaard of Aarhus University, compared the records of 120,000 people. "
            "\"The signal is strong,\" Vestergaard said.\n\nNorvik Pharma, which makes the drug, "
            "said it welcomed the study and was running two trials.")
    assert pairs(text)[("Norvik Pharma", "Sofie Vestergaard")] == "favor"


def test_an_official_of_the_other_capital_is_not_against_their_own_country():
    text = ("HANOI, Vietnam (AP) - Vietnam on Friday demanded that China withdraw a survey "
            "ship from its waters.\n\nIn Beijing, foreign ministry spokesman Liu Jianwei said "
            "the ship was operating \"in waters under China's jurisdiction\" and urged Hanoi to "
            "\"avoid complicating the situation.\"")
    got = pairs(text)
    assert got[("Liu Jianwei", "Vietnam")] == "against"
    assert ("Liu Jianwei", "China") not in got


def test_a_complaint_filed_with_a_body_accuses_for_its_filer_and_is_answered_by_the_accused():
    text = ("ZAGREB, Croatia (AP) - Croatian football club NK Istra 1961 has filed a complaint "
            "with the national federation accusing HNK Gorica of secretly approaching its "
            "17-year-old striker.\n\nIstra sporting director Marin Brajkovic said the player's "
            "father had been offered a house. \"They went behind our back, and they did it with "
            "a child,\" Brajkovic said.\n\nGorica denied any wrongdoing. Club president Nenad "
            "Simic said Gorica had spoken only to the player's agent, and called the complaint "
            "\"a tactic to keep a player who wants to leave.\"\n\nThe Croatian Football "
            "Federation said its disciplinary committee would examine the complaint.")
    got = pairs(text)
    assert got[("Marin Brajkovic", "HNK Gorica")] == "against"
    assert got[("Nenad Simic", "NK Istra")] == "against"
    assert ("Nenad Simic", "HNK Gorica") not in got
    assert ("Croatian Football Federation", "HNK Gorica") not in got


def test_an_expulsion_and_a_delay_called_names_are_their_doers():
    text = ("VILNIUS, Lithuania (AP) - Lithuania expelled a Belarusian diplomat on Monday after "
            "balloons forced Vilnius airport to shut down.\n\nBelarus's foreign ministry called "
            "the expulsion \"an unfriendly act based on fantasies\" and said it would respond.")
    assert pairs(text)[("Belarus's foreign ministry", "Lithuania")] == "against"
    text = ("TOKYO (AP) - Japan's transport ministry on Thursday ordered Hoshida Motors to recall "
            "about 310,000 vehicles.\n\nThe ministry said Hoshida had received 200 complaints "
            "but told regulators only in March. Transport Minister Kenji Takeda called the "
            "delay \"unacceptable\" and said the ministry would inspect the company.")
    assert pairs(text)[("Kenji Takeda", "Hoshida Motors")] == "against"


def test_rejecting_an_estimate_an_officer_gave_is_against_her_body():
    text = ("LILONGWE, Malawi (AP) - The World Health Organization said Tuesday that cholera has "
            "likely killed more people than reported.\n\nWHO's representative in Malawi, Dr. "
            "Agnes Kachingwe, said the agency estimated that about 260 people had died.\n\n"
            "Health Minister Peter Chisale rejected the estimate, saying the government "
            "counted only confirmed deaths.")
    got = pairs(text)
    assert got[("Peter Chisale", "World Health Organization")] == "against"
    assert ("Agnes Kachingwe", "World Health Organization") not in got


def test_a_charge_dismissed_in_the_same_sentence_is_against_who_laid_it():
    text = ("PRISTINA, Kosovo (AP) - Kosovo accused Serbia on Wednesday of sending armed groups "
            "across the border, a charge Belgrade dismissed as \"pure invention.\"")
    assert pairs(text)[("Belgrade", "Kosovo")] == "against"


def test_a_dateline_leader_governs_his_state_whoever_else_is_named():
    text = ("PRISTINA, Kosovo (AP) - Kosovo's prime minister accused Serbia on Wednesday of "
            "sending armed groups across the border.\n\nPrime Minister Besnik Halimi said "
            "police had found weapons. He said the government had evidence that three "
            "members of the group had trained at a Serbian army base.")
    got = pairs(text)
    assert got[("Besnik Halimi", "Serbia")] == "against"
    assert ("Besnik Halimi", "Kosovo") not in got


def test_one_of_a_group_that_questioned_the_authorities_decision_is_against_the_state():
    text = ("ZERMATT, Switzerland (AP) - Swiss authorities evacuated about 80 residents of a "
            "hamlet on Tuesday after geologists warned that a glacier could collapse.\n\n"
            "Residents were told they could not return for two weeks. Some questioned the "
            "decision. \"My family has farmed here for 300 years,\" said Anton Kalbermatten, "
            "67. \"Now a computer tells us to leave.\"")
    assert pairs(text)[("Anton Kalbermatten", "Switzerland")] == "against"


def test_welcoming_a_ruling_is_not_for_the_court_an_appeal_will_go_to():
    text = ("BRUSSELS (AP) - The European Commission on Thursday fined software company Corvid "
            "Systems 1.9 billion euros.\n\nCorvid Systems said it would appeal the decision at "
            "the EU's General Court.\n\nRival cloud providers welcomed the ruling. Ingrid "
            "Rustad, chief executive of storage firm Fjellsky, said the decision would give "
            "smaller companies \"a fighting chance.\"")
    got = pairs(text)
    assert got[("Ingrid Rustad", "European Commission")] == "favor"
    assert ("Ingrid Rustad", "General Court") not in got


def test_calling_the_decision_names_is_against_the_lede_body_that_made_it():
    text = ("LISBON, Portugal (AP) - The Lisbon Short Film Festival has withdrawn its top prize "
            "from a French director after organizers found that her film copied a 2019 student "
            "film from Brazil.\n\nThe director, Camille Roussin, said she had never seen the "
            "Brazilian film and called the decision \"a public execution without a trial.\"")
    assert pairs(text)[("Camille Roussin", "Lisbon Short Film Festival")] == "against"


def test_a_project_it_cancelled_is_its_subjects_decision():
    text = ("BELGRADE, Serbia (AP) - Serbia's government on Friday granted a mining company "
            "permission to build a lithium mine, reviving a project it cancelled three years "
            "ago.\n\nThe company, Drina Lithium, said it would meet European standards.\n\n"
            "Opposition leader Dragan Zivkovic called the decision \"a betrayal.\"")
    got = pairs(text)
    assert got[("Dragan Zivkovic", "Serbia")] == "against"
    assert ("Dragan Zivkovic", "Drina Lithium") not in got


def test_the_dateline_capitals_government_is_the_state_but_its_county_government_is_not():
    text = ("CHISINAU, Moldova (AP) - Moldovan police said they had uncovered a scheme to pay "
            "protesters.\n\nKremlin spokesman Arkady Sumin said Moscow did not interfere and "
            "described the accusations as \"traditional Russophobia\" by Chisinau's "
            "pro-Western government.")
    assert pairs(text)[("Arkady Sumin", "Moldova")] == "against"
    text = ("NAIROBI, Kenya (AP) - A court suspended fees that Nairobi's county government had "
            "imposed on traders.\n\nTrader Samuel Kiprotich said the fees were \"theft.\"")
    assert ("Samuel Kiprotich", "Kenya") not in pairs(text)


def test_a_party_lawmaker_after_the_partys_charge_speaks_for_the_party():
    text = ("CHISINAU, Moldova (AP) - President Elena Bordeianu said Moldova would not allow "
            "its elections to be bought.\n\nBut the opposition Party of Socialists accused the "
            "government of using the police to intimidate critics. \"Every time people take to "
            "the streets, the government finds a Russian behind them,\" said party lawmaker "
            "Vasile Cojocaru.")
    assert pairs(text)[("Vasile Cojocaru", "Moldova")] == "against"


def test_rejecting_any_suggestion_is_against_who_made_it():
    text = ("CHISINAU, Moldova (AP) - Moldovan police said they had uncovered a scheme in which "
            "protesters were paid, and accused a businessman living in Moscow of financing "
            "it.\n\nThe Kremlin rejected any suggestion that Russia was involved.")
    assert pairs(text)[("Kremlin", "Moldovan police")] == "against"


def test_a_refusal_and_a_plan_are_their_doers():
    text = ("NUUK, Greenland (AP) - Greenland's government on Wednesday refused a licence for a "
            "rare earths mine.\n\nNarsaq's mayor, Hans Olsvig, welcomed the refusal.")
    assert pairs(text)[("Hans Olsvig", "Greenland")] == "favor"
    text = ("BEIRUT (AP) - Lebanon's state electricity company said Monday it would raise "
            "tariffs by up to 40%.\n\nElectricite du Liban said the new rates would allow it to "
            "provide 10 hours of power a day.\n\nOwners of private generators welcomed the "
            "plan, saying it could lower their bills.")
    got = pairs(text)
    assert got[("owners", "Electricite du Liban")] == "favor"
    assert ("owners", "Lebanon") not in got


def test_holding_someone_responsible_is_against_them():
    text = ("NICOSIA, Cyprus (AP) - Police arrested two businessmen.\n\nGovernment spokeswoman "
            "Eleni Savvidou said the men were held illegally. \"We hold Ankara responsible for "
            "their safety,\" she said.")
    assert pairs(text)[("Eleni Savvidou", "Turkey")] == "against"
    assert pairs(text.replace("We hold", "We do not hold")).get(
        ("Eleni Savvidou", "Turkey")) != "against"


def test_a_charge_named_by_its_word_answers_whoever_used_the_word():
    text = ("NICOSIA, Cyprus (AP) - Police in the north arrested two men, a move the Cypriot "
            "government called \"a kidnapping.\"\n\nTurkish Cypriot officials said the men had "
            "been caught selling land. Their leader, Mehmet Kanatli, rejected the kidnapping "
            "charge.")
    got = pairs(text)
    assert got[("Mehmet Kanatli", "Cyprus")] == "against"
    assert ("Mehmet Kanatli", "Turkish Cypriot officials") not in got


def test_an_opposition_lawmaker_after_the_oppositions_charge_speaks_for_it():
    text = ("COLOMBO, Sri Lanka (AP) - Sri Lanka's government cancelled a wind farm deal.\n\n"
            "But the opposition accused the government of scaring away foreign investors. "
            "\"Who will come to Sri Lanka now?\" asked opposition lawmaker Harsha Amarasekara.")
    assert pairs(text)[("Harsha Amarasekara", "Sri Lanka")] == "against"


def test_an_embassy_is_its_states_not_the_hosts():
    text = ("BISHKEK, Kyrgyzstan (Reuters) - Kyrgyzstan's parliament voted to nationalise a "
            "cement plant owned by a Chinese company.\n\nThe Chinese embassy in Bishkek expressed "
            "\"serious concern\" and urged Kyrgyzstan to protect the rights of Chinese "
            "investors.")
    assert pairs(text)[("Chinese embassy in Bishkek", "Kyrgyzstan")] == "against"


def test_urging_someone_to_do_good_is_no_praise_of_them():
    text = ("BISHKEK, Kyrgyzstan (Reuters) - Kyrgyzstan's parliament voted to nationalise a "
            "cement plant owned by a Chinese company.\n\nThe Chinese embassy urged Kyrgyzstan "
            "to protect the rights of Chinese investors.")
    assert pairs(text).get(("Chinese embassy", "Kyrgyzstan")) != "favor"
    assert pairs(text.replace("urged Kyrgyzstan to protect", "voiced concern and urged "
                              "Kyrgyzstan to protect"))[("Chinese embassy", "Kyrgyzstan")] \
        == "against"


def test_a_position_past_defending_is_against_its_holder():
    text = ("CAIRO (AP) - Egypt asked the British Museum to return the Rosetta Stone.\n\n"
            "Some British historians support the request. Fiona Aldwych, an Egyptologist at the "
            "University of Durham, said the museum's position was \"increasingly hard to "
            "defend,\" but added that she did not expect the trustees to agree to a permanent "
            "return.")
    assert pairs(text)[("Fiona Aldwych", "British Museum")] == "against"


def test_a_trial_called_a_reprisal_is_against_the_court_that_held_it():
    text = ("CHISINAU, Moldova (Reuters) - A Moldovan court on Wednesday sentenced the governor "
            "of Gagauzia to seven years in prison.\n\nRussia's foreign ministry said the trial "
            "was \"a shameful political reprisal\" against the people of Gagauzia.")
    assert pairs(text)[("Russia's foreign ministry", "Moldovan court")] == "against"
    assert ("Russia's foreign ministry", "Moldovan court") not in pairs(
        text.replace("said the trial was", "said the trial judge was"))


def test_sentences_called_a_step_backwards_answer_the_court_that_passed_them():
    text = ("TBILISI, Georgia (Reuters) - A Georgian court on Monday sentenced three opposition "
            "leaders to eight months in prison.\n\nThe European Union's foreign policy spokesman "
            "said the sentences were \"another step backwards\" for democracy.")
    assert pairs(text)[("European Union's foreign policy spokesman", "Georgian court")] == \
        "against"


def test_the_ruling_party_is_no_courts_ruling():
    text = ("NEW DELHI (Reuters) - India's Supreme Court on Friday ordered the government to "
            "release data on electoral bonds.\n\nThe ruling Bharatiya Lok Party said it respected "
            "the ruling.")
    a = toolkit.analyze(text)
    court = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))[
        "Supreme Court"]
    assert [text[s:e] for s, e in court.mentions if text[s:e] == "ruling"] == ["ruling"]


def test_vouching_that_a_body_is_independent_is_favor():
    text = ("ABIDJAN, Ivory Coast (AP) - Ivory Coast's Constitutional Council on Monday barred the "
            "main opposition leader from the presidential election.\n\nGovernment spokesman "
            "Issouf Bamba said the council was independent and that its rulings applied to "
            "everyone.")
    assert pairs(text)[("Issouf Bamba", "Constitutional Council")] == "favor"


def test_executions_reported_by_a_rights_group_are_against_the_state_past_its_name():
    text = ("DUBAI (Reuters) - Saudi Arabia executed at least 345 people last year, the highest "
            "number in more than three decades, a London-based rights group said on Tuesday.")
    assert pairs(text)[("London-based rights group", "Saudi Arabia")] == "against"


def test_a_relationship_put_at_risk_is_a_charge_whatever_good_it_names():
    text = ("AVARUA, Cook Islands (Reuters) - The Cook Islands signed a deal with China.\n\n"
            "Opposition leader Mereana Tuatai said Prime Minister Teina Rongokea had risked the "
            "country's special relationship with New Zealand \"for a few promises from "
            "Beijing.\"")
    assert pairs(text)[("Mereana Tuatai", "Teina Rongokea")] == "against"


def test_aid_paused_to_a_country_is_against_it():
    text = ("AVARUA, Cook Islands (Reuters) - New Zealand said on Wednesday it would pause 18 "
            "million New Zealand dollars ($10 million) in aid to the Cook Islands after it signed "
            "a partnership agreement with China.")
    assert pairs(text)[("New Zealand", "Cook Islands")] == "against"


def test_a_pact_called_the_alliance_is_one_target_with_its_name():
    text = ("YEREVAN, Armenia (Reuters) - Armenia will stop paying its share of the budget of the "
            "Russian-led Collective Security Treaty Organization, the prime minister said.\n\n"
            "Prime Minister Aram Ghukasyan told parliament that the alliance had \"failed to "
            "fulfil its obligations\" in 2022.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    pact = found["Collective Security Treaty Organization"]
    assert [text[s:e] for s, e in pact.mentions][-1] == "alliance"
    assert pairs(text)[("Aram Ghukasyan", "Collective Security Treaty Organization")] == \
        "against"


def test_a_part_of_a_continent_is_a_place_no_target():
    text = ("YEREVAN, Armenia (Reuters) - Armenia froze its part in a Russian-led alliance.\n\n"
            "Russian foreign ministry spokeswoman Vasilisa Morozkina called the decision \"a "
            "mistake that serves those who want to push Russia out of the South Caucasus.\"")
    got = pairs(text)
    assert not any(t == "South Caucasus" for _, t in got)
    assert got[("Vasilisa Morozkina", "Armenia")] == "against"


def test_an_order_to_close_bases_is_against_the_one_ordered():
    text = ("DAKAR, Senegal (AFP) - Senegal's government on Thursday ordered France to close its "
            "remaining military bases in the country by the end of the year, saying the presence "
            "of foreign troops was \"incompatible with our sovereignty.\"")
    assert pairs(text)[("Senegal", "France")] == "against"


def test_giving_back_what_was_lost_is_favor_toward_those_it_is_given_to():
    text = ("SUVA, Fiji (AP) - Fiji's Great Council of Chiefs met on Monday for the first time in "
            "16 years after the government restored the body.\n\n\"Today we return to our chiefs "
            "the place they should never have lost,\" Prime Minister Isikeli Naqelevuki told the "
            "gathering.\n\nPravin Chand said the council should have no role in running the "
            "country.")
    assert pairs(text)[("Isikeli Naqelevuki", "Great Council of Chiefs")] == "favor"


def test_a_central_bank_that_opens_the_lede_is_a_target_of_its_own():
    text = ("PRISTINA, Kosovo (AP) - Kosovo's central bank on Thursday ended the use of the "
            "Serbian dinar in cash payments.\n\nSerbia's government called the decision \"a "
            "brutal attack on the Serb people.\"\n\nThe European Union's envoy, Tomas Reinholt, "
            "said the bank had acted without enough warning.")
    got = pairs(text)
    assert got[("Serbia", "Kosovo's central bank")] == "against"
    assert got[("Tomas Reinholt", "Kosovo's central bank")] == "against"


def test_the_banks_own_spokeswoman_takes_no_side_on_it():
    text = (WIRE / "lithuania-central-bank-halts-commemorative-coin-misspelled-town-collectors"
            ".txt").read_text(encoding="utf-8")
    got = pairs(text)
    assert ("Šarūnas Kazlauskas", "Lithuania's central bank") in got
    assert not any(s == "Aistė Raudonytė" for s, _ in got)


def test_being_treated_like_criminals_is_against_the_state_that_does_it():
    text = ("COLOMBO, Sri Lanka (Reuters) - Sri Lanka's navy arrested 23 Indian fishermen near "
            "the island of Katchatheevu on Tuesday.\n\nThe chief minister of India's Tamil Nadu "
            "state, Senthil Murugavel, demanded their release. \"Our fishermen are being treated "
            "like criminals for fishing in waters their grandfathers fished,\" he said.")
    assert pairs(text)[("Senthil Murugavel", "Sri Lanka")] == "against"


def test_where_a_rule_holds_and_a_bodys_figures_take_no_side():
    text = ("COLOMBO, Sri Lanka (Reuters) - Sri Lanka's navy arrested 23 Indian fishermen on "
            "Tuesday.\n\nNavy spokesman Commander Lasantha Dissawickrama said the trawlers were "
            "using bottom nets, which are banned in Sri Lanka because they destroy the seabed.\n\n"
            "More than 500 Indian fishermen were arrested by the Sri Lankan navy last year, "
            "according to figures from the Tamil Nadu government.")
    got = pairs(text)
    assert ("Lasantha Dissawickrama", "Sri Lanka") not in got
    assert not any(s.startswith("Tamil Nadu") for s, _ in got)


def test_those_a_regulator_suspends_answer_the_regulator_named_next():
    text = ("OUAGADOUGOU, Burkina Faso (Reuters) - Burkina Faso's communications regulator has "
            "suspended the BBC and Voice of America for two weeks after the broadcasters "
            "reported on an accusation against the army.\n\nThe Superior Council of "
            "Communication said the reports \"contained statements likely to create "
            "disorder.\"\n\nThe BBC said it was \"deeply concerned\" and stood by its reporting. "
            "Voice of America did not comment.\n\nHuman Rights Watch said the suspension was an "
            "attempt to stop citizens from learning about abuses.")
    got = pairs(text)
    assert got[("BBC", "Superior Council of Communication")] == "against"
    assert got[("Human Rights Watch", "Superior Council of Communication")] == "against"
    assert ("BBC", "Voice of America") not in got


def test_a_mediators_grave_concern_takes_no_side():
    text = ("ANKARA (Reuters) - Turkey sent a survey ship into waters claimed by Greece on "
            "Monday.\n\nGreek Prime Minister Nikos Stavrou called it \"a provocation.\"\n\nEU "
            "foreign policy chief Anna Lindqvist said she was \"deeply concerned\" and offered "
            "to mediate.")
    assert not any(s == "Anna Lindqvist" for s, _ in pairs(text))


def test_barring_a_countrys_passport_holders_is_against_it_and_its_ban_answers_the_lede():
    text = ("MALE, Maldives (AFP) - The Maldives will bar holders of Israeli passports from "
            "entering the country, President Abdulla Nasheed-Rasheed's office said on Tuesday.\n\n"
            "Israel's foreign ministry advised its citizens to avoid travel to the islands and "
            "called the ban \"regrettable.\"")
    got = pairs(text)
    assert got[("Abdulla Nasheed-Rasheed's office", "Israel")] == "against"
    assert got[("Israel's foreign ministry", "Maldives")] == "against"


def test_a_parliaments_act_is_its_states_and_letting_the_accused_walk_free_a_harm():
    text = ("BRATISLAVA, Slovakia (Reuters) - Slovakia's parliament voted on Thursday to abolish "
            "the special prosecutor's office.\n\nSpecial Prosecutor Ivan Kollarik said the "
            "change would let people accused of serious crimes walk free.")
    assert pairs(text)[("Ivan Kollarik", "Slovakia")] == "against"


def test_a_decision_to_leave_a_court_is_no_decision_of_the_court():
    text = ("BUDAPEST, Hungary (Reuters) - Hungary's parliament on Tuesday approved the "
            "country's withdrawal from the International Criminal Court.\n\nThe government said "
            "the court had become \"a political instrument.\"\n\nHungarian opposition leader "
            "Tamas Kardos said the decision would further isolate the country in Europe.")
    a = toolkit.analyze(text)
    court = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))[
        "International Criminal Court"]
    assert "decision" not in [text[s:e] for s, e in court.mentions]


def test_calling_a_parliaments_amendment_names_answers_its_state():
    text = ("TALLINN, Estonia (AP) - Estonia's parliament on Wednesday amended the constitution "
            "to strip citizens of Russia and Belarus of the right to vote in local elections.\n\n"
            "Russia's embassy in Tallinn called the amendment \"discrimination on ethnic "
            "grounds.\"")
    assert pairs(text)[("Russia's embassy in Tallinn", "Estonia")] == "against"


def test_the_object_of_the_speakers_verb_after_an_aside_on_them_is_judged():
    text = ("BUCHAREST, Romania (Reuters) - Romania's Constitutional Court on Friday annulled "
            "the first round of the presidential election.\n\n"
            "The candidate, Dorin Magureanu, who won the first round with about 23 percent of "
            "the vote, called the ruling \"a formalised coup d'etat\" and urged his supporters "
            "to protest peacefully.")
    assert pairs(text)[("Dorin Magureanu", "Constitutional Court")] == "against"


def test_he_is_the_subject_just_before_whose_gender_was_never_told():
    text = ("CHISINAU, Moldova (Reuters) - Transnistria cut heating on Wednesday after Russian "
            "gas stopped flowing through Ukraine.\n\n"
            "Transnistrian leader Vadim Krasnov said the region had enough gas for 10 days and "
            "blamed Chisinau and Kyiv for what he called \"a humanitarian catastrophe.\"\n\n"
            "Moldovan Energy Minister Sergiu Dabija said the government had offered to buy gas "
            "for the region, but that Transnistria's authorities had refused. He accused Moscow "
            "of using energy to destabilise Moldova ahead of parliamentary elections.")
    got = pairs(text)
    assert got[("Sergiu Dabija", "Russia")] == "against"
    assert ("Vadim Krasnov", "Russia") not in got


def test_standing_with_a_country_is_siding_with_it():
    text = ("MOGADISHU, Somalia (Reuters) - Somalia recalled its ambassador to Ethiopia on "
            "Tuesday.\n\nEgypt, which is locked in a dispute with Ethiopia over a dam on the "
            "Nile, said it stood with Somalia and condemned what it called Ethiopia's attempt "
            "to redraw the region's borders.")
    got = pairs(text)
    assert got[("Egypt", "Somalia")] == "favor"
    assert got[("Egypt", "Ethiopia")] == "against"


def test_an_invented_figure_rebuts_whoever_gave_it_though_the_capital_is_named():
    text = ("LIBREVILLE, Gabon (Reuters) - Gabonese voters approved a new constitution in a "
            "referendum, the interior ministry said on Monday.\n\n"
            "Interior Minister Hermann Mouloungui said 91.8 percent of voters had backed the "
            "text on a turnout of about 54 percent.\n\n"
            "Opposition figure Paulette Biyoghe said the turnout figure was invented and that "
            "many polling stations in Libreville had been almost empty.")
    assert pairs(text)[("Paulette Biyoghe", "Hermann Mouloungui")] == "against"


def test_calling_the_governments_peace_a_capitulation_is_against_it():
    text = ("YEREVAN, Armenia (Reuters) - Armenia and Azerbaijan have agreed on the text of a "
            "peace treaty.\n\n\"Every concession is followed by a new demand. This government "
            "calls it peace, we call it capitulation,\" said Anna Melkonyan, a lawmaker from the "
            "opposition Armenia Alliance.")
    assert pairs(text)[("Anna Melkonyan", "Armenia")] == "against"


def test_government_of_the_other_state_where_its_critics_are():
    text = (
        "ASTANA, Kazakhstan (AP) - Kazakhstan and Uzbekistan opened a new rail link on "
        "Monday after years of talks over its route.\n\n"
        "Kazakh Transport Minister Arman Seitkali said the line would cut freight costs.\n\n"
        "Critics in Tashkent disagree. Opposition activist Dilnoza Yusupova accused the "
        "government of selling farmland to build it and said the terms were kept secret.\n")
    got = pairs(text)
    assert got[("Dilnoza Yusupova", "Uzbekistan")] == "against"
    assert ("Dilnoza Yusupova", "Kazakhstan") not in got


def test_government_stays_the_datelines_where_the_other_state_comes_after():
    text = (
        "ASTANA, Kazakhstan (AP) - Kazakhstan and Uzbekistan opened a new rail link on "
        "Monday after years of talks over its route.\n\n"
        "Opposition activist Dilnoza Yusupova accused the government of giving in to "
        "pressure from Tashkent and said the terms were kept secret.\n")
    got = pairs(text)
    assert got[("Dilnoza Yusupova", "Kazakhstan")] == "against"


def test_blamed_party_answering_in_the_same_sentence_stands_against_the_blamer():
    text = (
        "CARACAS (AP) - Venezuela's government blamed the U.S. sanctions on Sunday for fuel "
        "shortages that left long queues at petrol stations, while Washington said the "
        "shortages were the result of years of corruption.\n\n"
        "Oil Minister Hector Prieto said refineries lacked spare parts.\n")
    got = pairs(text)
    assert got[("Washington", "Venezuela")] == "against"


def test_a_states_measure_named_bare_later_is_a_mention_of_that_state():
    text = (
        "TEHRAN (AP) - Iran's government blamed the U.S. oil embargo on Monday for a fall in "
        "exports.\n\n"
        "Oil Minister Javad Karimi said the embargo had ruined the country's refineries and "
        "was cruel to ordinary families.\n")
    got = pairs(text)
    assert got[("Javad Karimi", "United States")] == "against"
    from toolkit.speakers import registry

    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry(text, a.segmentation, []))
    assert "the embargo" in [text[s:e] for s, e in found["United States"].mentions]


def test_a_speaker_from_a_seat_of_government_takes_no_side_on_their_own_state():
    text = (
        "WASHINGTON (AP) - Cuba blamed the U.S. embargo for its blackout on Sunday.\n\n"
        "A State Department spokesman, Thomas Ridley, said the embargo did not stop Cuba from "
        "buying fuel. \"The Cuban people are paying for their government's failures,\" he "
        "said.\n")
    got = pairs(text)
    assert ("Thomas Ridley", "United States") not in got
    assert got[("Thomas Ridley", "Cuba")] == "against"


def test_a_quoted_dismissal_of_the_accusations_is_against_whoever_made_them():
    text = (
        "SANAA, Yemen (AP) - Rebels have detained 11 more aid workers, the U.N. said on "
        "Friday.\n\n"
        "Rebel official Abdulmalik Haidar said the detained staff were part of \"a spy "
        "network\" and would be put on trial.\n\n"
        "\"These are aid workers, not spies. The accusations are absurd,\" said Camilla "
        "Rosen, the U.N. humanitarian coordinator.\n")
    assert pairs(text)[("Camilla Rosen", "Abdulmalik Haidar")] == "against"


def test_no_before_an_adjective_and_its_noun_counts_the_subject_and_denies_nothing():
    from toolkit.stance.words import _cue_value

    assert _cue_value("As long as she stays, no corrupt official will go to prison.", 13) \
        is None
    assert _cue_value("She is no friend of ours.", 0) == -1.0  # (a predicate still denied)


def test_a_promise_then_and_now_is_a_promise_turned_against_its_maker():
    from toolkit.stance.words import _cue_value

    assert _cue_value("He promised to fight corruption, and now he wants to choose who "
                      "investigates him.", 0) == -1.0
    assert _cue_value("He promised to fight corruption and kept his word.", 0) != -1.0


def test_rigged_and_a_family_dynasty_are_charges():
    text = (
        "MORONI, Comoros (AFP) - President Anliane Moussa has appointed his son to run the "
        "government, a move opposition leaders called a step toward a family dynasty.\n\n"
        "Opposition leader Salim Djabir said Moussa had won a rigged election.\n")
    got = pairs(text)
    assert got[("opposition leaders", "Anliane Moussa")] == "against"
    assert got[("Salim Djabir", "Anliane Moussa")] == "against"


def test_an_act_said_to_end_any_hope_is_charged_with_the_loss():
    from toolkit.stance.words import _cue_value

    s = ("Mali's military government banned political meetings, a move party leaders said "
         "ended any hope of a return to civilian rule.")
    assert _cue_value(s, 0) == -1.0
    assert _cue_value("Mali's junta said it had hope of a return to civilian rule.", 0) == 1.0


def test_a_sham_and_a_boycott_stand_against_who_the_vote_serves():
    text = ("CONAKRY, Guinea (AP) - Guineans voted on Sunday in a referendum on a new "
            "constitution that would allow junta leader General Sékou Kourouma to run for "
            "president, in a vote the main opposition parties have called a sham and urged "
            "supporters to boycott.\n")
    assert pairs(text)[("main opposition parties", "Sékou Kourouma")] == "against"


def test_the_authorities_accused_of_a_deed_are_the_dateline_state():
    text = ("CONAKRY, Guinea (AP) - Guineans voted on Sunday.\n\nRights groups have accused "
            "the authorities of banning protests since the coup.\n")
    assert pairs(text)[("rights groups", "Guinea")] == "against"


def test_a_charge_denied_in_the_next_sentence_is_the_charge_of_its_titled_opener():
    text = ("PORT VILA, Vanuatu (AP) - Opposition leader Bakoa Naliupis accused Prime Minister "
            "Ralph Kalotiti of bowing to pressure from Beijing. China's embassy said it "
            "respected Vanuatu's \"independent choices\" and dismissed the accusation as "
            "groundless.\n")
    got = pairs(text)
    assert got[("China's embassy", "Bakoa Naliupis")] == "against"
    assert got.get(("China's embassy", "Vanuatu")) == "favor"  # respected, not dismissed


def test_a_suggestion_rejected_is_its_makers_not_whoever_its_clause_names():
    text = ("PORT VILA, Vanuatu (AP) - Prime Minister Ralph Kalotiti said the deal could limit "
            "the country's freedom.\n\nAustralia's Minister for International Development, "
            "Daniel Hargreaves, said Canberra remained committed and rejected the suggestion "
            "that it restricted Vanuatu's sovereignty.\n")
    got = pairs(text)
    assert got[("Daniel Hargreaves", "Ralph Kalotiti")] == "against"
    assert ("Daniel Hargreaves", "Vanuatu") not in got
    assert ("Daniel Hargreaves", "Australia") not in got  # his own country


def test_a_claim_owned_by_a_name_is_no_act_of_that_name():
    text = ("DOUALA, Cameroon (AP) - John Smith said he had won. The ruling party called "
            "Smith's claim \"premature and irresponsible.\"\n")
    assert pairs(text)[("ruling party", "John Smith")] == "against"


def test_a_country_that_owns_the_speakers_agency_or_the_medium_spoken_to_is_no_target():
    text = ("MADRID (AP) - The head of Spain's state weather agency AEMET, Lucía "
            "Montalbán-Ruiz, told lawmakers that the warning had come too late.\n")
    assert ("Lucía Montalbán-Ruiz", "Spain") not in pairs(text)
    text = ("BISSAU, Guinea-Bissau (Reuters) - President Braima Seidi Indami told a French "
            "broadcaster by telephone that he had been arrested in a coup.\n")
    assert ("Braima Seidi Indami", "France") not in pairs(text)


def test_a_call_for_someones_resignation_stands_against_them():
    text = ("RABAT, Morocco (Reuters) - Thousands marched on Sunday.\n\nThe Istiqlal party has "
            "called for the resignation of Prime Minister Karim Bennis.\n")
    assert pairs(text)[("Istiqlal", "Karim Bennis")] == "against"


def test_the_police_said_to_have_used_excessive_force_are_a_side():
    text = ("JAKARTA, Indonesia (AP) - Lawmakers scrapped an allowance on Monday.\n\nAmnesty "
            "International Indonesia said the police had used excessive force.\n")
    assert pairs(text)[("Amnesty International Indonesia", "police")] == "against"


def test_a_foreign_ministry_that_acts_in_narration_is_labelled_as_it_speaks():
    text = ("BEIJING (AP) - China summoned Tokyo's ambassador on Friday.\n\nTaiwan's foreign "
            "ministry thanked Prime Minister Emi Kimura for her concern and criticised Beijing "
            "for what it called intimidation.\n")
    got = pairs(text)
    assert got[("Taiwan's foreign ministry", "Emi Kimura")] == "favor"
    assert got[("Taiwan's foreign ministry", "China")] == "against"


def test_a_minister_named_alone_serves_the_state_whose_leader_the_story_names():
    text = ("JOHANNESBURG (AP) - Leaders adopted a declaration despite a boycott by the United "
            "States.\n\nSouth African President Kagiso Sebego said the summit had shown that "
            "multilateralism is alive.\n\nForeign Minister Lucinda Qwabe dismissed the "
            "criticism, saying South Africa had kept the door open. She said the U.S. decision "
            'to stay away was "regrettable but not our problem."\n')
    got = pairs(text)
    assert ("Lucinda Qwabe", "South Africa") not in got
    assert got[("Lucinda Qwabe", "United States")] == "against"


def test_the_lede_party_named_later_is_a_target_and_the_opposition_means_it():
    text = ("DAR ES SALAAM, Tanzania (AP) - Tanzania's main opposition party said on Thursday "
            "that at least 700 people had been killed, a figure the government dismissed as "
            '"exaggerated and irresponsible."\n\nChadema spokesman Faraji Kitundu said the '
            "party had gathered the figure from hospitals.\n\nGovernment spokesman Hassan "
            "Mkwawa said the death toll was far lower and accused the opposition of trying to "
            '"destroy the peace of the nation."\n')
    got = pairs(text)
    assert got[("Hassan Mkwawa", "Chadema")] == "against"
    assert got[("government", "Chadema")] == "against"


def test_one_armed_group_named_is_a_side_and_its_fighters_are_it():
    text = ("BAMAKO, Mali (Reuters) - Mali closed schools on Monday because a fuel blockade "
            "imposed by al Qaeda-linked militants has left buses unable to move.\n\nThe "
            "militant group JNIM has attacked hundreds of fuel tankers since September.\n\n"
            "Prime Minister Gen. Modibo Kanouté said the blockade was \"a desperate act by "
            'terrorists who have lost on the battlefield."\n')
    assert pairs(text)[("Modibo Kanouté", "JNIM")] == "against"


def test_her_after_the_act_is_someone_else_than_the_subject_a_long_aside_names():
    text = ("DUBLIN (Reuters) - Nóirín Ní Ghallchóir won the election, after a campaign in "
            "which she criticised the government.\n\nHer only rival, former minister Sorcha "
            "Cassidy of the governing Fine Gael party, conceded on Friday evening and "
            "congratulated her.\n")
    assert pairs(text)[("Sorcha Cassidy", "Nóirín Ní Ghallchóir")] == "favor"


def test_extrajudicial_is_a_cue_against():
    text = ("CARACAS, Venezuela (AP) - A U.S. strike killed four people, the latest in a "
            "campaign that Venezuela's government has called \"extrajudicial executions.\"\n")
    assert pairs(text)[("Venezuela", "United States")] == "against"


def test_the_group_a_leader_leads_takes_the_side_not_the_leader():
    text = ("COTONOU, Benin (Reuters) - Soldiers tried to remove President Romuald Houngbédji."
            "\n\nIn their broadcast, the soldiers, led by Lt. Col. Bertin Kakpo, accused "
            "Houngbédji of mismanaging the economy.\n")
    got = pairs(text)
    assert got[("soldiers", "Romuald Houngbédji")] == "against"
    assert ("Bertin Kakpo", "Romuald Houngbédji") not in got


def test_acting_to_protect_wrongdoers_is_a_charge_against_the_actor():
    text = ("ULAANBAATAR (Reuters) - The Democratic Party left the coalition last month.\n\n"
            "Prime Minister Batbayar Gansukh said the Democratic Party had brought down the "
            "government \"to protect the corrupt\" and vowed to stay on.\n\n"
            "The Democratic Party said it would name a candidate.")
    assert pairs(text)[("Batbayar Gansukh", "Democratic Party")] == "against"
    calm = ("ULAANBAATAR (Reuters) - The Democratic Party left the coalition last month.\n\n"
            "Prime Minister Batbayar Gansukh said the Democratic Party had brought down the "
            "government to protect the coal company from a takeover.\n\n"
            "The Democratic Party said it would name a candidate.")
    assert pairs(calm).get(("Batbayar Gansukh", "Democratic Party")) != "against"


def test_one_of_his_lawyers_stands_with_her_client():
    text = ("KAMPALA (Reuters) - A Ugandan court adjourned the treason trial of opposition "
            "leader Kato Ssemwogerere for the fifth time.\n\n"
            "\"Every adjournment is another month in prison for a man who has not been "
            "convicted of anything,\" said Martha Nakiwala, one of his lawyers.\n\n"
            "Information Minister Godfrey Tumwine said Ssemwogerere would have his day in "
            "court.")
    assert pairs(text)[("Martha Nakiwala", "Kato Ssemwogerere")] == "favor"
    other = text.replace("one of his lawyers", "a retired teacher")
    assert pairs(other).get(("Martha Nakiwala", "Kato Ssemwogerere")) != "favor"


def test_calling_for_someone_s_release_and_an_unnamed_lawyer_side_with_the_held():
    text = ("PHNOM PENH (Reuters) - A Cambodian court on Wednesday sentenced opposition activist "
            "Meas Dara to five years in prison for incitement, his lawyer said.\n\n"
            "\"He spread false information,\" said justice ministry spokesman Kim Sopheap.\n\n"
            "Ny Chanthou of the rights group Licadho said the verdict was \"another attempt "
            "to silence anyone who questions the government\" and called for Dara's release.")
    got = pairs(text)
    assert got[("Ny Chanthou", "Meas Dara")] == "favor"
    assert got[("lawyer", "Meas Dara")] == "favor"
    assert got[("Kim Sopheap", "Meas Dara")] == "against"
    plain = text.replace(" and called for Dara's release", ", and that Dara would appeal")
    assert pairs(plain).get(("Ny Chanthou", "Meas Dara")) != "favor"


def test_one_who_fights_corruption_is_praised_and_a_political_appointment_is_not():
    text = ("GUATEMALA CITY (Reuters) - President Clodoveo Morazán named Anabella Ayau as "
            "attorney general on Monday.\n\n"
            "\"Ayau is a prosecutor who fights corruption instead of protecting it,\" Morazán "
            "said.\n\n"
            "Lawmaker Xiomara Villatoro said Ayau was \"a political appointment\" and that "
            "Congress would scrutinise her work closely.")
    got = pairs(text)
    assert got[("Clodoveo Morazán", "Anabella Ayau")] == "favor"
    assert got[("Xiomara Villatoro", "Anabella Ayau")] == "against"
    # the pronoun after "instead of protecting" is the ill just named, not the appointee
    unnamed = text.replace("Ayau is a prosecutor who", "Guatemala will finally have a "
                           "prosecutor who")
    assert pairs(unnamed).get(("Clodoveo Morazán", "Anabella Ayau")) != "against"


def test_a_premier_with_no_country_serves_the_dateline_state():
    text = ("TAIPEI (Reuters) - Taiwan's parliament froze part of the defence budget on "
            "Friday, dealing a blow to plans to deter China.\n\n"
            "Premier Tseng Po-jen said the freeze would leave Taiwan \"dangerously exposed\".\n\n"
            "China's Taiwan Affairs Office said the government in Taipei was \"wasting the "
            "money of Taiwan compatriots\".")
    got = pairs(text)
    assert ("Tseng Po-jen", "Taiwan") not in got
    assert got[("Taiwan Affairs Office", "Taiwan")] == "against"
    # a region's premier is no officer of the national government
    state = ("PERTH, Australia (AP) - Western Australia Premier Mark Ellison accused the "
             "federal government on Thursday of \"robbing\" the state of billions of dollars "
             "in tax revenue.\n\n"
             "\"Canberra wants our mining money but won't pay for our hospitals,\" he said.")
    assert pairs(state)[("Mark Ellison", "Australia")] == "against"


def test_urging_people_to_resist_an_act_peacefully_is_against_its_maker():
    text = ("HARARE (Reuters) - Zimbabwe's ruling party on Saturday endorsed a plan to extend "
            "President Lovemore Mavhunga's term by two years. Mavhunga thanked the party.\n\n"
            "Kudakwashe Chinyoka, a leader of the war veterans' association, urged "
            "Zimbabweans to resist it peacefully.")
    assert pairs(text)[("Kudakwashe Chinyoka", "Lovemore Mavhunga")] == "against"


def test_the_government_of_a_story_filed_abroad_is_the_state_its_lede_names():
    text = ("NAIROBI (Reuters) - Sudan's paramilitary Rapid Support Forces swore in a rival "
            "government in the western city of Nyala on Saturday.\n\n"
            "RSF commander Adam Jiddo said the government would provide services in areas "
            "under RSF control.\n\n"
            "Egypt's foreign ministry said it rejected any step that threatened Sudan's unity.")
    got = pairs(text)
    assert not any(target == "Kenya" for _, target in got)
    assert got[("Egypt's foreign ministry", "Sudan")] == "against"


def test_a_judge_s_own_resignation_is_no_demand_and_a_court_reduced_to_a_shadow_is_pitied():
    text = ("ISLAMABAD (Reuters) - Pakistan's parliament passed a constitutional amendment on "
            "Thursday, prompting two Supreme Court judges to resign.\n\n"
            "Justice Kamran Lodhi wrote in his resignation letter that the amendment had "
            "\"reduced the Supreme Court to a shadow.\"\n\n"
            "The Supreme Court declined to comment.")
    assert pairs(text)[("Kamran Lodhi", "Supreme Court")] == "favor"
    demanded = ("ISLAMABAD (Reuters) - Pakistan's parliament passed a constitutional amendment "
                "on Thursday.\n\n"
                "Prime Minister Junaid Bhatti defended it. Opposition leader Nadeem Warraich "
                "said the party would march on Islamabad and demand his resignation.\n\n"
                "Bhatti said he would stay.")
    assert pairs(demanded)[("Nadeem Warraich", "Junaid Bhatti")] == "against"


def test_another_portfolio_s_ministry_is_no_mention_of_the_ministry_that_spoke():
    text = ("TRIPOLI (Reuters) - Fighting in Tripoli killed at least six people, the health "
            "ministry said.\n\n"
            "Prime Minister Fathi Zintani said all armed groups would be put under the "
            "interior ministry's command.\n\n"
            "The ministry said hospitals were full.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    spans = found["health ministry"].mentions
    assert spans and not any(text[s - 9:s] == "interior " for s, _ in spans)
    assert any(text[s - 7:s] == "health " for s, _ in spans)


def test_a_government_or_junta_spokesman_speaks_for_the_dateline_state():
    text = ("YANGON (Reuters) - Myanmar's military government held the first phase of an "
            "election on Sunday. China has backed the vote.\n\n"
            "\"The people have chosen peace and stability today,\" junta spokesman Kyaw Soe "
            "Lwin told reporters. He said Myanmar was proud of the vote.\n\n"
            "\"It is a ceremony to dress up a dictatorship,\" said Aung Myo Thant, a spokesman "
            "for the National Unity Government, of Myanmar's rulers.")
    got = pairs(text)
    assert ("Kyaw Soe Lwin", "Myanmar") not in got
    assert got[("Aung Myo Thant", "Myanmar")] == "against"


def test_a_minister_titled_without_a_country_serves_the_state_the_lede_opens_with():
    text = ("ASUNCION (Reuters) - Paraguay summoned Argentina's ambassador on Monday to protest "
            "a toll that Buenos Aires plans to charge barges on the Parana river.\n\n"
            "Foreign Minister Ramiro Cabañas said the toll \"violates treaties\" and that "
            "Paraguay would take the dispute to a regional court if Argentina did not suspend "
            "it.\n\n"
            "Argentina's transport secretary, Tomás Lavalle, said the fee would pay for "
            "dredging.")
    got = pairs(text)
    assert got[("Ramiro Cabañas", "Argentina")] == "against"
    assert ("Ramiro Cabañas", "Paraguay") not in got


def test_a_lawmaker_of_the_ruling_coalition_is_not_against_the_country_it_rules():
    text = ("PODGORICA (Reuters) - Montenegro's parliament voted on Friday to strip opposition "
            "leader Vuksan Vukotic of immunity over alleged vote buying.\n\n"
            "Vukotic said the vote was \"revenge by a government that is afraid of the "
            "truth.\"\n\n"
            "Radmila Radonjic, a lawmaker from the ruling coalition, said nobody in Montenegro "
            "was above the law.")
    got = pairs(text)
    assert got[("Vuksan Vukotic", "Montenegro")] == "against"
    assert ("Radmila Radonjic", "Montenegro") not in got


def test_a_country_refused_as_someone_s_playground_or_backyard_is_against_them():
    text = ("PRISTINA (Reuters) - Kosovo police detained a Serbian government official at a "
            "border crossing on Saturday, the interior ministry said.\n\n"
            "Interior Minister Besart Haxhiu said the official had entered Kosovo without "
            "announcing a political visit. \"Kosovo is not a playground for Belgrade's "
            "officials,\" he wrote on Facebook.")
    got = pairs(text)
    assert got[("Besart Haxhiu", "Serbia")] == "against"
    assert ("interior ministry", "Kosovo") not in got
    backyard = ("YEREVAN (Reuters) - Armenia will sign the partnership deal with the European "
                "Union next month, Prime Minister Nikol Avetyan said on Monday. \"Armenia is "
                "not Russia's backyard,\" he said.")
    assert pairs(backyard)[("Nikol Avetyan", "Russia")] == "against"


def test_a_demand_for_someone_s_immediate_release_sides_with_them():
    text = ("PRISTINA (Reuters) - Kosovo police detained Milan Stojkovic, a Serbian official, "
            "on Saturday.\n\n"
            "Serbia's office for Kosovo called the detention \"an abduction\" and demanded "
            "Stojkovic's immediate release.")
    assert pairs(text)[("Serbia's office for Kosovo", "Milan Stojkovic")] == "favor"


def test_a_ministry_named_with_its_country_is_not_the_dateline_state_s():
    text = ("LIMA (Reuters) - Peru broke off relations with Honduras on Wednesday after it "
            "granted asylum to former Prime Minister Mirtha Chirinos.\n\n"
            "Honduras' foreign ministry said it had acted under a 1954 convention and that "
            "Chirinos faced political persecution in Peru.")
    assert pairs(text)[("Honduras' foreign ministry", "Peru")] == "against"


def test_a_call_for_someone_to_be_freed_sides_with_them_and_a_travesty_is_against_the_court():
    text = ("DUSHANBE (Reuters) - A court in Tajikistan sentenced human rights lawyer Davron "
            "Sharipov to 12 years in prison on Wednesday, his family said.\n\n"
            "Human Rights Watch said the verdict was \"a travesty of justice\" and called for "
            "Sharipov to be freed.")
    got = pairs(text)
    assert got[("Human Rights Watch", "Davron Sharipov")] == "favor"
    assert got[("Human Rights Watch", "court")] == "against"


def test_kin_stand_with_their_own():
    text = ("LONDON (Reuters) - Police arrested Tom Barker on Monday over the fire.\n\n"
            "His mother, Jane Barker-Hill, said the police had treated Barker like a criminal "
            "for years.")
    assert pairs(text)[("Jane Barker-Hill", "Tom Barker")] == "favor"


def test_a_country_said_to_remain_the_main_partner_is_favoured():
    text = ("HONIARA (Reuters) - Solomon Islands signed a policing deal with China on Thursday, "
            "a deal Australia said could undermine security in the Pacific.\n\n"
            "Foreign Minister Collin Beti said the agreement was \"about capacity, not about "
            "choosing sides,\" and that Australia remained the country's main security "
            "partner.")
    assert pairs(text)[("Collin Beti", "Australia")] == "favor"


def test_an_unnamed_head_of_state_is_the_state_and_diego_garcia_is_a_place():
    text = ("MBABANE (Reuters) - Eswatini's king appointed a former central bank governor, "
            "Thulani Vilakati, as prime minister on Monday.\n\n"
            "PUDEMO spokesman Mlungisi Ndzimandze said only multiparty elections could end the "
            "crisis. \"The king picks, the people suffer,\" he said.")
    assert pairs(text)[("Mlungisi Ndzimandze", "Eswatini")] == "against"
    base = ("PORT LOUIS (Reuters) - Mauritius will let Britain keep operating the Diego Garcia "
            "air base, Foreign Minister Dhiren Seegobin said on Tuesday.")
    assert not any("Diego Garcia" in pair for pair in pairs(base))


def test_the_presidency_and_a_presidential_spokesman_speak_for_their_own_state():
    text = ("ACCRA (Reuters) - Ghana's president suspended the head of the electoral commission "
            "on Tuesday while a committee investigates a petition, his office said.\n\n"
            "The main opposition party said the suspension was an attack on the commission's "
            "independence.\n\n"
            "The presidency said the process followed the constitution and that the president "
            "would accept the committee's findings.")
    got = pairs(text)
    assert got[("main opposition party", "Ghana")] == "against"
    assert ("presidency", "Ghana") not in got and ("president's office", "Ghana") not in got
    spokesman = ("ASTANA (Reuters) - Kazakhstan's president on Monday proposed a referendum on "
                 "abolishing the Senate.\n\n"
                 "Presidential spokesman Askar Bekturov denied that the president intended to "
                 "use the new parliament to extend his own time in office.")
    assert ("Askar Bekturov", "Kazakhstan") not in pairs(spokesman)


def test_a_scheme_by_someone_s_allies_is_against_them():
    text = ("QUITO (Reuters) - Ecuador's interior minister survived a censure vote on Tuesday."
            "\n\nGovernment lawmakers said the censure was a political manoeuvre by allies of "
            "former President Rafael Correa, who lives in Belgium.")
    got = pairs(text)
    assert got[("government lawmakers", "Rafael Correa")] == "against"
    assert got.get(("government lawmakers", "Belgium")) != "against"


def test_what_a_speaker_calls_not_negotiable_they_hold_to():
    text = ("BRATISLAVA (Reuters) - Slovakia's parliament approved a constitutional amendment "
            "on Thursday declaring that national law takes precedence over European Union law, "
            "drawing a warning from Brussels.\n\n"
            "European Commission spokeswoman Katrien Dehaene said the Commission would analyse "
            "the text but that the primacy of EU law was \"not negotiable.\"")
    assert pairs(text).get(("Katrien Dehaene", "European Union")) != "against"


def test_one_said_to_have_condemned_violence_is_vouched_for():
    text = ("STOCKHOLM (Reuters) - Sweden ordered the expulsion of an imam, Abdulkarim Jaberi, on "
            "Tuesday after the Security Service said he posed a threat.\n\n"
            "Munir Tuqan, chairman of the mosque's association, said the community was "
            "\"shocked and afraid\" and that Jaberi had always condemned violence.")
    assert pairs(text)[("Munir Tuqan", "Abdulkarim Jaberi")] == "favor"


def test_a_spokesman_for_the_chancellery_is_no_critic_of_his_own_state():
    text = ("VIENNA (Reuters) - Austria's far-right Freedom Party demanded a referendum on the "
            "country's neutrality on Wednesday after the government agreed to join a European "
            "air defence initiative.\n\n"
            "A spokesman for the chancellery, Benedikt Leutgeb, said the government saw no need "
            "for a referendum.")
    assert ("Benedikt Leutgeb", "Austria") not in pairs(text)


def test_an_attempt_to_silence_someone_takes_their_side():
    text = ("MAPUTO (Reuters) - Mozambican prosecutors summoned opposition leader Jacinto "
            "Muianga on Monday, a move his supporters called an attempt to silence him.")
    assert pairs(text)[("supporters", "Jacinto Muianga")] == "favor"


def test_lies_dictated_from_a_capital_are_against_its_state():
    text = ("MANAGUA (Reuters) - Nicaragua expelled six United Nations staff on Thursday.\n\n"
            "Foreign Minister Rosendo Zeledón said the office had produced \"lies dictated from "
            "Washington\" and had never respected the country's sovereignty.\n\n"
            "The United States called the expulsion \"another step in the regime's war on its "
            "own people.\"")
    got = pairs(text)
    assert got[("Rosendo Zeledón", "United States")] == "against"
    assert got[("United States", "Nicaragua")] == "against"


def test_police_said_never_held_to_account_are_a_target():
    text = ("MAPUTO (Reuters) - Mozambican prosecutors summoned an opposition leader on Monday "
            "over deadly unrest.\n\n"
            "The Centre for Democracy and Human Rights, a Maputo-based rights group, said police "
            "had never been held to account for the killings and urged prosecutors to "
            "investigate officers as well.")
    assert pairs(text)[("Centre for Democracy and Human Rights", "police")] == "against"


def test_an_unnamed_head_of_state_named_by_nationality_is_the_state():
    text = ("BOGOTA (Reuters) - Colombia recalled its ambassador to the United States on "
            "Tuesday after Washington added the Colombian president to a sanctions list.\n\n"
            "U.S. State Department spokeswoman Shelby Dahlgren said Colombia had failed to "
            "cooperate.\n\n"
            "Opposition Senator Nohora Manotas said the president had \"brought this crisis on "
            "himself\" with his attacks on Washington.")
    assert pairs(text)[("Nohora Manotas", "Colombia")] == "against"


def test_the_speaker_of_a_region_s_assembly_is_no_officer_of_the_body_named_last():
    text = ("SARAJEVO (Reuters) - Bosnia's Central Election Commission stripped Bosnian Serb "
            "leader Radovan Stanišić of his mandate on Wednesday and called an early election "
            "in the region.\n\n"
            "The speaker of the region's assembly, Nedeljko Vukašin, said lawmakers would meet "
            "on Friday and accused the commission of \"carrying out a political order from "
            "abroad.\"")
    got = pairs(text)
    assert got[("Nedeljko Vukašin", "Central Election Commission")] == "against"
    assert ("Nedeljko Vukašin", "Radovan Stanišić") not in got


def test_a_threat_to_break_up_the_country_is_against_who_made_it():
    text = ("SARAJEVO (Reuters) - Bosnia's Central Election Commission stripped Bosnian Serb "
            "leader Radovan Stanišić of his mandate as president of the Serb Republic on "
            "Wednesday after his conviction for defying the international peace envoy became "
            "final, and called an early election in the region.\n\n"
            "Stanišić, who was sentenced to a year in prison and banned from politics for six "
            "years, said he would not recognise the decision. \"No commission in Sarajevo can "
            "remove a president elected by the people of Republika Srpska,\" he told a rally in "
            "Banja Luka.\n\n"
            "Emina Selmanović, a senior official of the main Bosniak party, said the decision "
            "showed that the state's institutions were finally working. \"For years he has "
            "threatened to break up this country. Today the law answered him,\" she said.")
    assert pairs(text)[("Emina Selmanović", "Radovan Stanišić")] == "against"


def test_a_decision_is_not_theirs_who_were_sentenced_and_banned():
    text = ("SARAJEVO (Reuters) - Bosnia's Central Election Commission stripped Bosnian Serb "
            "leader Radovan Stanišić of his mandate on Wednesday.\n\n"
            "Stanišić, who was sentenced to a year in prison and banned from politics for six "
            "years, said he would not recognise the decision.")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    decision = text.index("the decision") + 4
    assert not any(s == decision for s, _ in found["Radovan Stanišić"].mentions)


def test_no_one_safe_in_a_country_and_lost_control_are_charges():
    text = ("ALGIERS (Reuters) - An Algerian appeals court upheld a writer's sentence on "
            "Tuesday.\n\n"
            "French foreign ministry spokeswoman Maëlle Quesnoy said France regretted the "
            "decision and called on Algeria to release him.\n\n"
            "PEN International's Salima Ouadah said the case showed that \"no writer is safe\" "
            "in Algeria.")
    assert [label for (who, target), label in pairs(text).items()
            if who.endswith("Salima Ouadah") and target == "Algeria"] == ["against"]
    chile = ("SANTIAGO (Reuters) - Chile's Senate rejected on Wednesday a constitutional "
             "accusation against Security Minister Baldomero Vicuña.\n\n"
             "Opposition Senator Tomasa Montalva said the minister had \"lost control of the "
             "streets\" and that Chileans deserved better.")
    assert pairs(chile)[("Tomasa Montalva", "Baldomero Vicuña")] == "against"


def test_a_wrong_done_by_the_agent_of_a_passive_is_a_charge():
    text = ("BUENOS AIRES (Reuters) - Argentina's Senate voted on Thursday to override "
            "President Norberto Villaroel's veto of a law raising funding for people with "
            "disabilities.\n\n"
            "Disability groups, who had protested outside Congress for weeks, welcomed the "
            "vote. \"This is a victory for families who were abandoned by this government,\" "
            "said Griselda Etchart, head of a federation of care providers.")
    assert pairs(text)[("Griselda Etchart", "Argentina")] == "against"


def test_an_envoy_summoned_is_a_protest_to_his_state():
    text = ("COPENHAGEN (Reuters) - Denmark summoned the top U.S. diplomat in Copenhagen on "
            "Wednesday after a broadcaster reported that at least three Americans with ties to "
            "the U.S. administration had tried to stir up support for Greenland's secession, "
            "Foreign Minister Mogens Bjerrehave said.\n\n"
            "\"Any attempt to interfere in the internal affairs of the kingdom is "
            "unacceptable,\" Bjerrehave told reporters.")
    got = pairs(text)
    assert got[("Mogens Bjerrehave", "United States")] == "against"
    # support stirred up by others is none the speaker gives
    assert got.get(("Mogens Bjerrehave", "Greenland")) != "favor"


def test_the_baltic_state_is_the_story_s_estonia():
    text = ("TALLINN (Reuters) - Estonian President Raivo Kuusemets refused on Wednesday to "
            "sign a law that would force the country's largest Orthodox church to sever its "
            "ties with the Moscow Patriarchate.\n\n"
            "The law bars religious groups in Estonia from being run by a foreign church whose "
            "leaders have backed Russia's war in Ukraine.\n\n"
            "A Russian foreign ministry spokesman, Artyom Velichko, said the law was \"another "
            "step in the persecution of Orthodox believers\" in the Baltic state.")
    assert pairs(text)[("Artyom Velichko", "Estonia")] == "against"
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    baltic = text.index("Baltic state")
    assert (baltic, baltic + len("Baltic state")) in found["Estonia"].mentions


def test_every_country_an_epithet_names_is_a_country_of_the_places_list():
    for epithet, countries in toolkit.lexicon.country_epithets().items():
        for country in countries:
            assert toolkit.lexicon.places()[country.lower()][0] == "country", (epithet, country)


def test_capturing_the_judiciary_and_keeping_to_the_law():
    text = ("ACCRA (Reuters) - Ghana's President Ekow Gyasi-Kuffour suspended Chief Justice "
            "Efia Nyamekye on Tuesday pending an inquiry into petitions seeking her removal.\n\n"
            "Nyamekye's lawyer, Fiifi Obiri-Yeboah, said his client would challenge the "
            "suspension in the Supreme Court.\n\n"
            "The minority leader in parliament, Kwamena Sarfo, said the government was "
            "\"trying to capture the judiciary\" ahead of cases involving members of the "
            "ruling party.\n\n"
            "Justice Minister Abenaa Yensu rejected that, saying the president had \"followed "
            "the constitution to the letter.\"")
    got = pairs(text)
    assert got[("Kwamena Sarfo", "Ghana")] == "against"
    # the rebuttal is of Sarfo's claim; the report after it vouches for the president
    assert got[("Abenaa Yensu", "Ekow Gyasi-Kuffour")] == "favor"
    assert got[("Abenaa Yensu", "Kwamena Sarfo")] == "against"
    broke = text.replace("had \"followed", "had not \"followed")
    assert pairs(broke)[("Abenaa Yensu", "Ekow Gyasi-Kuffour")] == "against"


def test_they_who_do_to_the_speaker_what_the_lede_told():
    text = ("ASUNCION (Reuters) - Paraguay's Senate voted on Wednesday to expel opposition "
            "senator Fidelina Ozuna from the chamber for what the ruling Colorado Party "
            "called \"misuse of her office,\" a decision her supporters said was retaliation "
            "for her anti-corruption investigations.\n\n"
            "The motion passed with 31 votes in the 45-seat Senate, one more than the "
            "two-thirds majority needed.\n\n"
            "\"They are not expelling me, they are expelling every Paraguayan who is tired of "
            "corruption,\" Ozuna told reporters outside Congress after the vote.\n\n"
            "Colorado Party senator Zenón Florentín said Ozuna had \"repeatedly insulted\" her "
            "colleagues and used Senate staff for her campaign. \"This has nothing to do with "
            "her investigations,\" he said.\n\n"
            "The Organization of American States said it was following the case \"with "
            "concern.\"")
    got = pairs(text)
    assert got[("Fidelina Ozuna", "Senate")] == "against"
    assert ("Fidelina Ozuna", "Colorado Party") not in got  # they expel; it only spoke
    # a reprisal for her work wrongs her
    assert got[("supporters", "Fidelina Ozuna")] == "favor"


def test_a_brotherhood_and_a_front_are_bodies_and_the_group_is_the_one_named():
    text = ("AMMAN (Reuters) - Jordan banned the Muslim Brotherhood on Wednesday and ordered "
            "its assets seized, a week after authorities said they had foiled a plot by "
            "members of the group to attack targets inside the kingdom.\n\n"
            "Interior Minister Mazen Khreisat said anyone promoting the group's ideas would be "
            "held accountable under the law.\n\n"
            "The Islamic Action Front, the Brotherhood's political arm, said it had no links to "
            "the plot.")
    reg = registry_of(text)
    assert reg.entities["Muslim Brotherhood"].kind == "institution"
    assert reg.entities["Islamic Action Front"].kind == "institution"
    assert pairs(text)[("Mazen Khreisat", "Muslim Brotherhood")] == "against"


def test_a_court_judges_its_own_state():
    text = ("BRUSSELS (Reuters) - A Brussels court on Wednesday ordered the Belgian government "
            "to repatriate 11 children of Islamic State fighters held in camps in northeast "
            "Syria, saying the state had failed in its duty to protect them.\n\n"
            "Asylum and Migration Minister Bram Vleeschauwer said the government would study "
            "the ruling.")
    assert pairs(text)[("Brussels court", "Belgium")] == "against"


def test_people_shut_out_and_political_prisoners_held_are_charges():
    syria = ("DAMASCUS (Reuters) - Syria's interim president, Ghassan al-Zubaidi, named 70 "
             "members of the country's first post-war parliament on Sunday.\n\n"
             "The Syrian Democratic Forces, which control much of the northeast, said the "
             "interim government had \"excluded millions of Syrians\" from the process and that "
             "they would not recognise laws passed by the assembly.")
    assert pairs(syria)[("Syrian Democratic Forces", "Syria")] == "against"
    egypt = ("CAIRO (Reuters) - Egyptian President Adel Shawky pardoned jailed blogger Tarek "
             "Shukri on Monday, his family said.\n\n"
             "Human Rights Watch said thousands of other political prisoners remained behind "
             "bars in Egypt and called for their release.")
    assert pairs(egypt)[("Human Rights Watch", "Egypt")] == "against"


def test_a_title_the_story_names_its_holder_by_is_a_mention_of_him_before():
    text = ("NICOSIA (Reuters) - Cyprus President Kyriakos Pafitis on Tuesday rejected a "
            "proposal by the Turkish Cypriot leader for two separate states on the divided "
            "island, saying it would \"legitimise the occupation.\"\n\n"
            "Turkish Cypriot leader Tahsin Oztoprak said at the end of a two-day meeting hosted "
            "by the United Nations in Geneva that a federation had \"failed for 50 years.\"")
    a = toolkit.analyze(text)
    found = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))
    lede = text.index("Turkish Cypriot leader")
    assert (lede, lede + len("Turkish Cypriot leader")) in found["Tahsin Oztoprak"].mentions
    assert pairs(text)[("Kyriakos Pafitis", "Tahsin Oztoprak")] == "against"


KENYA = ("NAIROBI (Reuters) - Kenya's Senate voted on Thursday to remove Deputy President "
         "Ezekiel Chepkwony from office on five of 11 charges, including gross misconduct "
         "and undermining the cabinet, completing the first impeachment of a deputy "
         "president in the country's history.\n\n"
         "Chepkwony, who fell out with President Jeremiah Mwangangi after the 2022 election, "
         "did not appear for the final day of his trial. His lawyer, Bonface Nyamweya, told "
         "senators his client had been admitted to hospital with severe chest pains.\n\n"
         "\"This process was decided long before a single witness was heard,\" Chepkwony "
         "said in a statement read by his spokesman. \"I will challenge it in court.\"\n\n"
         "Senate Speaker Kassim Mwachiro said the house had followed the constitution and "
         "given the deputy president \"every opportunity to defend himself.\"\n\n"
         "The National Assembly had voted overwhelmingly on Tuesday to impeach Chepkwony, "
         "accusing him of inciting ethnic divisions and amassing wealth through corruption, "
         "charges he denies.\n\n"
         "Chepkwony's supporters said the impeachment was an attempt to sideline him ahead "
         "of the 2027 election. \"They fear his popularity,\" said Kipkemoi Korir, a trader "
         "in Eldoret.\n\n"
         "Mwangangi, who has not commented on the impeachment, is expected to nominate a new "
         "deputy within 14 days.\n\n"
         "Analysts said the vote deepened a rift within the ruling coalition. \"The "
         "president has won this battle, but he may have lost the Rift Valley,\" said Nduta "
         "Macharia, a political analyst in Nairobi.")


def test_the_one_a_vote_removes_answers_the_body_that_voted():
    got = pairs(KENYA)
    assert got[("Ezekiel Chepkwony", "Senate")] == "against"
    assert ("Ezekiel Chepkwony", "Jeremiah Mwangangi") not in got


def test_supporters_side_with_the_one_sidelined_and_a_feared_popularity_is_praise():
    got = pairs(KENYA)
    assert got[("Ezekiel Chepkwony's supporters", "Ezekiel Chepkwony")] == "favor"
    assert got[("Kipkemoi Korir", "Ezekiel Chepkwony")] == "favor"


def test_a_law_written_by_the_president_for_the_president_is_a_charge():
    text = ("MOGADISHU (Reuters) - Somalia's parliament approved a law on Saturday introducing "
            "direct elections, but opposition leaders said they would boycott any vote held "
            "under it.\n\n"
            "President Abdikarim Hirsi Gulaid said the law would end a clan-based system.\n\n"
            "\"This law was written by the president for the president,\" said former prime "
            "minister Abdirizak Gedi Samatar.")
    assert pairs(text)[("Abdirizak Gedi Samatar", "Abdikarim Hirsi Gulaid")] == "against"


def test_a_party_blamed_in_its_possessive_is_the_one_blamed():
    # "blaming the ruling Liberal Democratic Party's failure": the party, named with its
    # possessive, is the one the quitting partner and its leader are against
    text = ("TOKYO (Reuters) - Japan's junior coalition partner, the Renewal Party, said on "
        "Wednesday it would leave the government after 14 years, blaming the ruling Liberal "
        "Democratic Party's failure to tighten rules on political donations after a slush "
        "fund scandal.\n\n"
        "\"We cannot keep asking our supporters to defend a party that will not clean its "
        "own house,\" Renewal Party leader Shigeru Kuwabara told reporters after meeting "
        "Prime Minister Tsuyoshi Morioka.\n\n"
        "Morioka said he regretted the decision but would not accept \"a ban that leaves our "
        "party unable to function.\" The LDP has proposed disclosing donations above 50,000 "
        "yen rather than banning corporate gifts.\n\n"
        "Chief Cabinet Secretary Chiharu Hayashida said the government would seek support "
        "from opposition parties bill by bill. Without the Renewal Party, the LDP is "
        "roughly 30 seats short of a majority in the lower house.\n\n"
        "Opposition leader Katsumi Ogiwara said Morioka had \"lost the right to govern\" and "
        "should call an election.")
    got = pairs(text)
    assert got[("Renewal Party", "Liberal Democratic Party")] == "against"
    assert got[("Shigeru Kuwabara", "Liberal Democratic Party")] == "against"


def test_no_one_above_the_law_warns_the_one_the_pronoun_names():
    # the police chief's warning "however high the office he once held" is to the former
    # leader the police arrested, not to the country
    text = ("PORT LOUIS (Reuters) - Mauritian police arrested former Prime Minister Dhanraj "
        "Bhoyroo on Saturday in a money-laundering investigation, seizing cash and foreign "
        "currency from his home, in a case his party called a political vendetta by the new "
        "government.\n\n"
        "Police Commissioner Sooraj Gopee said officers had found about 100 million rupees "
        "in suitcases at the former leader's villa in Pamplemousses. \"No one is above the "
        "law, however high the office he once held,\" Gopee told a news conference.\n\n"
        "Bhoyroo, who led the Indian Ocean island nation for seven years before his "
        "coalition was routed in elections in November, was questioned for several hours "
        "and released on bail late on Saturday.\n\n"
        "His lawyer, Gaetan Lebrasse, said the money came from party donations that had "
        "been declared and accused the police of leaking details to the press \"to humiliate "
        "a man who has not been charged with anything.\"\n\n"
        "Bhoyroo's National Renewal Movement said the arrest was \"a vendetta dressed up as "
        "justice\" ordered by Prime Minister Kaviraj Dookhee and called on supporters to "
        "gather outside the court in Port Louis on Monday.\n\n"
        "Dookhee, who campaigned on a promise to clean up public finances, denied any role "
        "in the investigation. \"The police act independently. I learned of this on the "
        "radio like everyone else,\" he told reporters.\n\n"
        "Dookhee's government has set up a financial crimes commission to look into deals "
        "signed under the previous administration, including the sale of state land to "
        "hotel developers.\n\n"
        "Transparency campaigners welcomed the arrest but said the commission must also "
        "examine donations to the parties now in power. \"If this only goes one way, it is "
        "not an anti-corruption drive, it is a purge,\" said Shalini Ramkissoon of the "
        "Mauritius Integrity Forum.")
    got = pairs(text)
    assert got[("Sooraj Gopee", "Dhanraj Bhoyroo")] == "against"
    assert ("Sooraj Gopee", "Mauritius") not in got
    assert got[("National Renewal Movement", "Kaviraj Dookhee")] == "against"


def test_a_judge_who_reads_the_court_s_judgment_is_its_voice():
    text = ("KAMPALA (Reuters) - Uganda's Supreme Court ruled on Tuesday that civilians cannot "
        "be tried in military courts, a decision that could halt the court-martial of "
        "opposition politician Eriya Tibenda on charges of possessing firearms.\n\n"
        "In a judgment read by Chief Justice Alfonse Musoke, the court said military "
        "tribunals \"lack the independence and impartiality\" required by the constitution "
        "and ordered all pending cases against civilians moved to ordinary courts.\n\n"
        "Army chief General Hannington Lokeris rejected the ruling in a post on X, saying "
        "the judges had \"no business\" deciding how the army protects the country. Army "
        "spokesman Brigadier Cosmas Nsubuga later said the military would study the "
        "judgment.\n\n"
        "Tibenda's lawyer, Proscovia Namutebi, said her client had been held for 11 months "
        "on \"invented charges\" and should be released immediately. \"The court has stood up "
        "for the constitution today,\" Namutebi said.")
    got = pairs(text)
    assert ("Supreme Court", "Alfonse Musoke") not in got
    assert got[("Hannington Lokeris", "Supreme Court")] == "against"
    assert got[("Proscovia Namutebi", "Supreme Court")] == "favor"


def test_public_money_for_a_leader_s_friends_is_a_charge_against_him():
    text = (WIRE / "hungary-eu-funds-frozen-rule-of-law.txt").read_text(encoding="utf-8")
    assert "not to the prime minister's friends" in text
    assert pairs(text)[("Miklós Ligeti-Kovács", "Viktor Orsolya-Nagy")] == "against"


def test_no_one_above_the_law_in_a_place_is_no_warning_to_the_place():
    text = (WIRE / "bosnia-election-commission-strips-serb-leader-mandate-early-vote-envoy.txt"
            ).read_text(encoding="utf-8")
    assert "no one was above the law in Bosnia" in text
    assert pairs(text).get(("Wendelin Brauchle", "Bosnia")) != "against"


def test_votes_said_to_be_bought_are_a_charge_against_the_buyer():
    text = (
        "LUSAKA (Reuters) - Zambia's parliament passed a constitutional amendment on "
        "Thursday that adds 60 seats to the National Assembly and moves the date of general "
        "elections, a change opposition parties say is designed to keep President Oswald "
        "Chibesakunda in power.\n\n"
        "The bill passed with 131 votes, just above the two-thirds majority required, after "
        "opposition lawmakers walked out of the chamber in protest.\n\n"
        "Justice Minister Lungowe Kabwe said the new seats would give women, young people "
        "and people with disabilities \"a voice they have been denied for sixty years.\" She "
        "said the election date was being moved only to avoid the rainy season.\n\n"
        "Opposition leader Chisanga Sichilongo said the government had bought the votes of "
        "independent lawmakers with promises of ministerial posts. \"This is a president who "
        "is rewriting the rules because he knows he cannot win under the old ones,\" he told "
        "a rally in Kitwe.\n\n"
        "Chibesakunda, who was elected in 2021 on a promise to restore the rule of law, has "
        "denied any plan to extend his time in office.\n\n"
        "The Law Association of Zambia said the amendment had been rushed through without "
        "proper public consultation and that it was considering a challenge in the "
        "Constitutional Court. \"A constitution belongs to the people, not to the party in "
        "power,\" association president Mwaka Nkhata said.\n\n"
        "The Council of Churches in Zambia, which had called for a referendum on the "
        "changes, said it was \"deeply saddened\" by the vote.\n\n"
        "Analysts said the ruling party was likely to benefit most from the new seats, most "
        "of which will be in rural areas where it is strongest.")
    got = pairs(text)
    assert got[("Chisanga Sichilongo", "Zambia")] == "against"
    assert got[("Chisanga Sichilongo", "Oswald Chibesakunda")] == "against"


def test_a_campaign_is_a_mention_of_the_one_who_led_it():
    # "the campaign against the law had frightened elderly voters": Primoz Mlakar's, as the
    # story told ("who led the campaign against the law")
    text = (
        "LJUBLJANA (Reuters) - Slovenian voters rejected a law allowing assisted dying for "
        "terminally ill adults in a referendum on Sunday, dealing a blow to Prime Minister "
        "Brane Kovacic's government, which had backed the bill.\n\n"
        "About 53% of voters opposed the law, according to preliminary results from the "
        "state election commission, with turnout at 41%.\n\n"
        "\"People have said clearly that the state should help the sick to live, not to "
        "die,\" said Primoz Mlakar, who led the campaign against the law with the backing of "
        "the Catholic Church.\n\n"
        "Kovacic said he respected the result but that the debate \"is not over\" and that "
        "patients would keep asking for the right to choose.\n\n"
        "Urska Potocnik of the patients' group Dignity to the End said the campaign against "
        "the law had frightened elderly voters with \"false stories about forced deaths.\"")
    got = pairs(text)
    assert got[("Urska Potocnik", "Primoz Mlakar")] == "against"
    assert ("Urska Potocnik", "Slovenia") not in got


def test_trying_to_seize_power_is_a_coup_charged():
    text = (
        "BELGRADE (Reuters) - Serbia's government survived a no-confidence vote on "
        "Wednesday as thousands of students protested outside parliament, demanding early "
        "elections over a deadly building collapse they blame on corruption.\n\n"
        "Lawmakers voted 142 to 88 to keep Prime Minister Dusan Radojicic's cabinet in "
        "office. Opposition leader Nemanja Todorovic, who tabled the motion, said the "
        "government had \"blood on its hands\" and had lost the trust of the country.\n\n"
        "Radojicic told parliament Todorovic was trying to \"seize power on the street\" with "
        "the help of foreign-funded groups, a claim the students reject.\n\n"
        "\"Nobody pays us. We are here because our friends are dead and nobody has been "
        "punished,\" said Andjela Ivkovic, a 22-year-old law student.\n\n"
        "President Bogdan Stankovic said he would not call early elections before the end "
        "of next year.")
    got = pairs(text)
    assert got[("Dusan Radojicic", "Nemanja Todorovic")] == "against"
    assert got[("Nemanja Todorovic", "Serbia")] == "against"


def test_an_act_called_so_and_ordered_by_someone_is_charged_to_them():
    text = (
        "TIRANA (Reuters) - Albania's parliament voted on Thursday to lift the immunity of "
        "opposition leader Dashamir Toska, allowing prosecutors to arrest him in a "
        "corruption investigation into the sale of state land when he was a minister.\n\n"
        "The ruling Socialist Party's 80 lawmakers voted in favour, while opposition "
        "deputies blew whistles and threw papers at the speaker's podium.\n\n"
        "Toska called the vote \"a political execution ordered by Kujtim Dushku\" and said "
        "the prime minister wanted to remove his main rival before next year's election. \"I "
        "have nothing to hide and I will not run,\" he told reporters outside "
        "parliament.\n\n"
        "Dushku said the decision was a matter for the courts. \"In Albania today, nobody is "
        "untouchable,\" he said.\n\n"
        "The Special Prosecution Office said it had evidence that Toska had approved the "
        "sale of public land to a company linked to his brother at a fraction of its value.")
    got = pairs(text)
    assert got[("Dashamir Toska", "Kujtim Dushku")] == "against"
    assert got[("Special Prosecution Office", "Dashamir Toska")] == "against"


def test_a_message_sent_to_a_capital_is_to_its_government():
    # "would send a message to Ottawa about unfair federal policies": to Canada's
    # government, not to a city where something is done
    text = (
        "EDMONTON, Alberta (Reuters) - Alberta's chief electoral officer certified a "
        "petition on Monday calling for a referendum on the Canadian province leaving the "
        "country, clearing the way for a vote next year.\n\n"
        "Organiser Garth Brodeur said more than 240,000 Albertans had signed the petition "
        "because Ottawa \"treats this province like a bank machine.\"\n\n"
        "Premier Rhonda Hickerson, who opposes separation but has promised to respect the "
        "petition process, said the vote would send a message to Ottawa about unfair "
        "federal policies on oil and gas.\n\n"
        "Federal Intergovernmental Affairs Minister Gaetane Lachapelle said Canada was "
        "\"stronger together\" and accused Hickerson of playing with fire to win "
        "concessions.\n\n"
        "Chief Winona Arcand of the Treaty 6 First Nations said no referendum could "
        "override treaties signed with the Crown. \"Our treaties were not signed with "
        "Alberta, and Alberta cannot take them away,\" she said.")
    got = pairs(text)
    assert got[("Rhonda Hickerson", "Canada")] == "against"
    assert got[("Garth Brodeur", "Canada")] == "against"
    assert got[("Gaetane Lachapelle", "Rhonda Hickerson")] == "against"


def test_a_government_that_believed_its_prosecutor_innocent_sides_with_him():
    # "respected the ruling but disagreed with it and believed Valcarcel was innocent":
    # the belief is a report of its own, and clears him; the opposition's "should apologise
    # for having defended the attorney general" and "turned the prosecution service into a
    # political weapon" charge him and the government
    text = (
        "MADRID (Reuters) - Spain's Supreme Court convicted Attorney General Casimiro "
        "Valcarcel on Thursday of leaking confidential details of a tax fraud case against "
        "the partner of Madrid's regional president, the first time a sitting chief "
        "prosecutor has been found guilty of a crime.\n\n"
        "The court barred Valcarcel from holding office for two years and ordered him to "
        "pay 7,200 euros in damages to businesswoman Olalla Baranda, whose lawyers had "
        "offered prosecutors a plea deal that later appeared in the press.\n\n"
        "In a statement, the court said the attorney general had \"abused the trust placed "
        "in his office\" and broken the duty of confidentiality he owed to any suspect.\n\n"
        "Valcarcel, who has denied leaking the emails, said he would resign and appeal to "
        "the Constitutional Court. \"I acted to defend the truth against a lie that was "
        "being spread about my prosecutors,\" he said in a letter to staff.\n\n"
        "Government spokeswoman Nuria Cebrian said the cabinet respected the ruling but "
        "disagreed with it and believed Valcarcel was innocent.\n\n"
        "Opposition leader Fermin Espinar said Prime Minister Anselmo Villagrasa should "
        "apologise for having defended the attorney general for months. \"This government "
        "turned the prosecution service into a political weapon, and today the court has "
        "said so,\" he told reporters.\n\n"
        "Madrid regional president Iratxe Zubiri, Baranda's partner, called the verdict a "
        "victory for the rule of law.\n\n"
        "Baranda's tax fraud case, in which she is accused of defrauding the treasury of "
        "350,000 euros, has yet to come to trial. She denies wrongdoing.")
    got = pairs(text)
    assert got[("Nuria Cebrian", "Casimiro Valcarcel")] == "favor"
    assert got[("Fermin Espinar", "Casimiro Valcarcel")] == "against"
    assert got[("Fermin Espinar", "Spain")] == "against"
    assert got[("Supreme Court", "Casimiro Valcarcel")] == "against"


def test_a_claim_they_say_then_answered_is_disputed():
    # '"They say it is the end of democracy. For us, it is the beginning of a country without
    # fear"': the rights group whose statement "they" answers is disputed, not agreed with;
    # and "a change critics say clears the way" is the critics' report
    text = (
        "SAN SALVADOR (Reuters) - El Salvador's Congress approved a constitutional "
        "amendment on Thursday allowing presidents to seek re-election indefinitely and "
        "extending the presidential term to six years, a change critics say clears the way "
        "for President Teodulo Ardon to rule for life.\n\n"
        "The amendment passed with 57 votes in the 60-seat chamber, where Ardon's New Ideas "
        "party holds a large majority. It also moves the next presidential election forward "
        "by two years, to 2027.\n\n"
        "Congress speaker Lisandro Irigoyen said the reform gave \"all power to the "
        "Salvadoran people\" to decide how long a leader should govern. \"If the people want "
        "to keep a president, who are we to stop them?\" he said during the debate.\n\n"
        "Opposition lawmaker Crescencia Manrique, one of three who voted against, said "
        "democracy in El Salvador had \"died tonight\" and accused the ruling party of "
        "passing the change without public consultation.\n\n"
        "Ardon, who won a second term last year with more than 80% of the vote despite a "
        "constitutional ban on consecutive terms, has become one of Latin America's most "
        "popular leaders after a crackdown on street gangs that has cut the murder rate "
        "sharply.\n\n"
        "Rights group Voz Ciudadana said the amendment completed \"the dismantling of every "
        "check on presidential power,\" after the president's allies removed Supreme Court "
        "judges and the attorney general in 2021.\n\n"
        "The U.S. State Department said it was aware of the vote and that it was a matter "
        "for Salvadorans.\n\n"
        "Ardon dismissed his critics on social media. \"They say it is the end of democracy. "
        "For us, it is the beginning of a country without fear,\" he wrote.")
    got = pairs(text)
    assert got[("Teodulo Ardon", "Voz Ciudadana")] == "against"
    assert got[("Crescencia Manrique", "New Ideas")] == "against"
    assert "critics" in {q["speaker"] for q in toolkit.analyze_text(text)["quotes"]}


def test_one_removed_unconstitutionally_is_wronged_and_his_rivals_are_his_own():
    # the court's "acted unconstitutionally when they voted to remove House Speaker Varney
    # Korvah" sides with him; his "called on his rivals" names no one else
    text = (
        "MONROVIA (Reuters) - Liberia's Supreme Court ruled on Friday that a group of "
        "lawmakers acted unconstitutionally when they voted to remove House Speaker Varney "
        "Korvah, deepening a months-long standoff in the legislature.\n\n"
        "The court said any session held without the speaker or his deputy presiding was "
        "\"null and void,\" but it stopped short of ordering the lawmakers to reinstate "
        "Korvah.\n\n"
        "Krubo Gbowee, who leads the majority bloc that removed Korvah and elected her as "
        "speaker, said the ruling did not reverse their decision and that the House would "
        "continue to sit under her leadership.\n\n"
        "Korvah welcomed the judgment and called on his rivals to \"respect the rule of law "
        "and return to the chamber.\"")
    got = pairs(text)
    assert got[("Supreme Court", "Varney Korvah")] == "favor"
    assert got[("Varney Korvah", "Supreme Court")] == "favor"
    assert ("Varney Korvah", "Krubo Gbowee") not in got


def test_a_decision_called_a_trick_is_against_its_maker():
    text = ("KATHMANDU (AP) - Nepal's Election Commission on Thursday refused to register a new "
            "party formed by leaders of the youth protests that toppled the government in "
            "September, saying its founders had not submitted the required signatures.\n\n"
            "Commission spokesman Shaligram Dhungana said the party, the Citizens' Awakening "
            "Movement, could reapply once it had collected 10,000 signatures from at least "
            "seven provinces.\n\n"
            "Party leader Anish Poudyal called the decision \"a trick by the old parties to keep "
            "us off the ballot\" and said supporters would gather outside the commission's "
            "office on Friday.\n")
    assert pairs(text)[("Anish Poudyal", "Election Commission")] == "against"


def test_the_government_of_a_capital_datelined_alone_is_its_country():
    text = ("ST. GEORGE'S (Reuters) - Grenada's Senate on Wednesday passed a bill to replace "
            "Britain's Privy Council with the Caribbean Court of Justice as the island's final "
            "court of appeal, sending the question to a referendum in March.\n\n"
            "Attorney General Kerrie Bynoe said it was \"time for Grenadians to be judged by "
            "Caribbean judges who know our society.\"\n\n"
            "Opposition senator Ricky Holder said voters had twice rejected the change and "
            "accused the government of \"asking the same question until it gets the answer it "
            "wants.\"\n")
    assert pairs(text)[("Ricky Holder", "Grenada")] == "against"


def test_the_opposition_is_the_party_the_story_names_as_the_opposition():
    text = ("VALLETTA (Reuters) - Maltese Prime Minister Clayton Mizzi survived a no-confidence "
            "vote in parliament on Tuesday over a hospitals deal that a court annulled last "
            "year, after his Labour Party closed ranks behind him.\n\n"
            "The motion, brought by the opposition Nationalist Party, was defeated by 41 votes "
            "to 35.\n\n"
            "Mizzi said the deal had been signed by a previous cabinet and that his government "
            "had cooperated fully with investigators. He accused the opposition of \"using the "
            "courts to do what it cannot do at the ballot box.\"\n")
    assert pairs(text)[("Clayton Mizzi", "Nationalist Party")] == "against"


def test_a_harm_warded_off_is_no_blame_of_the_act_that_wards_it_off():
    text = ("MANAMA (Reuters) - Bahrain's Shura Council on Sunday approved a media law that "
            "would allow authorities to block news websites without a court order.\n\n"
            "Information Minister Nabeel al-Mahrooqi said the law would \"protect society from "
            "fake news\" and brought Bahrain in line with its Gulf neighbours.\n")
    assert pairs(text)[("Nabeel al-Mahrooqi", "Shura Council")] == "favor"


def test_a_pronoun_takes_the_gender_of_a_given_name_from_beyond_english():
    text = ("BAKU (AP) - A court in Azerbaijan on Thursday sentenced investigative journalist "
            "Farid Rustamzade to nine years in prison on smuggling charges.\n\n"
            "His lawyer, Sevda Huseynli, said they would appeal.\n\n"
            "The Committee to Protect Journalists called the sentence \"a grotesque abuse of "
            "the justice system\" and urged Azerbaijani authorities to release him.\n")
    found = pairs(text)
    assert found[("Committee to Protect Journalists", "Farid Rustamzade")] == "favor"
    assert ("Committee to Protect Journalists", "Sevda Huseynli") not in found


def test_a_country_s_top_court_unnamed_is_the_court_and_a_conviction_its_act():
    text = ("KUWAIT CITY (Reuters) - Kuwait's top court on Sunday upheld a three-year prison "
            "sentence against former lawmaker Bader al-Enezi for posts on social media.\n\n"
            "Enezi, who is abroad, wrote on X that the ruling was \"a verdict against every "
            "Kuwaiti who speaks his mind.\"\n\n"
            "Amnesty International urged Kuwait to quash the conviction, saying no one should "
            "be jailed for peaceful expression.\n")
    found = pairs(text)
    assert found[("Bader al-Enezi", "top court")] == "against"
    assert found[("Amnesty International", "top court")] == "against"
    assert found.get(("Amnesty International", "Kuwait")) != "favor"  # a principle, no praise


def test_no_one_jailed_clears_the_courts_but_no_one_should_be_jailed_is_a_principle():
    text = (WIRE / "vietnam-jails-environmental-activist-tax-evasion-rights-groups.txt") \
        .read_text()
    assert "no one was jailed for their views" in text
    assert pairs(text)[("Nguyen Minh Chau", "court")] == "favor"
    text = text.replace("no one was jailed", "no one should be jailed")
    assert ("Nguyen Minh Chau", "court") not in pairs(text) or \
        pairs(text)[("Nguyen Minh Chau", "court")] != "favor"


def test_the_subject_of_a_second_reported_clause_is_no_part_of_the_first():
    text = ("LOME (Reuters) - Togo's opposition leader Kodjo Amevi said on Monday his party "
            "would boycott the country's first Senate election.\n\n"
            "Government spokesman Yawovi Agbenyo said the boycott was \"a sign of weakness\" "
            "and that the Senate would strengthen democracy by giving regions a voice.\n")
    found = pairs(text)
    assert found[("Yawovi Agbenyo", "Senate")] == "favor"
    assert found[("Yawovi Agbenyo", "Kodjo Amevi")] == "against"  # the boycott is his


def test_an_office_left_unnamed_in_the_lede_is_its_holder_named_next():
    text = ("PORT VILA (AP) - The Speaker of Vanuatu's parliament suspended 12 opposition "
            "lawmakers on Wednesday, hours before they were due to table a no-confidence motion "
            "against Prime Minister Marcellino Tamata.\n\n"
            "Speaker Seule Tarimas said the lawmakers had insulted the chair during Tuesday's "
            "sitting and would be barred for the rest of the session.\n\n"
            "Opposition leader Iaris Kaltonga called the suspension \"a coward's way of saving "
            "a government that has lost its majority\" and said the group would go to the "
            "Supreme Court.\n")
    found = pairs(text)
    assert found[("Iaris Kaltonga", "Seule Tarimas")] == "against"
    assert ("Iaris Kaltonga", "Vanuatu") not in found


def test_a_captive_held_hostage_is_defended_and_a_good_expected_of_one_is_no_praise():
    text = ("MONROVIA (AP) - A majority of Liberia's House of Representatives voted on Monday "
            "to remove Speaker Fomba Kollie-Tarr from office.\n\n"
            "Kollie-Tarr said the vote was \"illegal, null and void\" and that he remained in "
            "office.\n\n"
            "Lawmakers who backed the move elected a new Speaker, Jartu Dorbor-Kpeh, who told "
            "reporters that the House \"cannot be held hostage by one man.\"\n")
    found = pairs(text)
    assert found[("Jartu Dorbor-Kpeh", "House of Representatives")] == "favor"
    assert found[("Fomba Kollie-Tarr", "House of Representatives")] == "against"
    text = (WIRE / "kyrgyzstan-parliament-strips-opposition-lawmaker-immunity-facebook-post.txt"
            ).read_text()
    assert "expected the authorities to respect freedom of expression" in text
    assert pairs(text).get(("European Union's delegation in Bishkek", "Kyrgyzstan")) != "favor"


def test_a_lawyer_first_unnamed_then_named_stands_with_the_client():
    text = ("FREETOWN (AP) - A Sierra Leone court on Tuesday sentenced a popular TikTok "
            "commentator, Abubakarr Jalloh, to two years in prison for \"defamatory\" videos about "
            "the president's family, his lawyer said.\n\n"
            "Lawyer Mariama Sankoh said the sentence was \"the harshest ever handed down for "
            "speech in this country\" and that they would appeal.\n")
    found = pairs(text)
    assert found[("Mariama Sankoh", "Abubakarr Jalloh")] == "favor"
    assert found[("Mariama Sankoh", "sierra leone court")] == "against"


def test_control_handed_to_a_body_by_any_of_its_names_is_against_it():
    text = ("REYKJAVIK (Reuters) - Iceland's parliament voted on Thursday to hold a referendum "
            "next year on whether to resume membership talks with the European Union.\n\n"
            "The Fisheries Federation, which represents boat owners, said EU membership would "
            "hand control of Iceland's fishing grounds to Brussels.\n")
    assert pairs(text)[("Fisheries Federation", "European Union")] == "against"


def test_an_act_called_unconstitutional_is_against_its_author():
    text = ("PODGORICA (Reuters) - Montenegro's parliament voted on Tuesday to dismiss the "
            "president of the Constitutional Court, Darinka Vujosevic.\n\n"
            "Lawmakers from the ruling coalition said Vujosevic had reached retirement age and "
            "could not legally remain in office. She said the vote was unconstitutional and that "
            "she would continue to come to work.\n")
    found = pairs(text)
    assert found[("Darinka Vujosevic", "Montenegro")] == "against"
    assert found[("lawmakers from the ruling coalition", "Darinka Vujosevic")] == "against"


def test_an_unnamed_monarch_who_acts_is_a_target_of_the_act():
    text = (WIRE / "tonga-king-dismisses-health-minister-privy-council-audit.txt").read_text()
    assert text.startswith("NUKU'ALOFA (AP) - Tonga's king has dismissed")
    assert pairs(text)[("Feleti Moengangongo", "king")] == "against"  # "called the dismissal
    # 'an overreach'"


def test_overstepping_a_constitutional_role_is_against_the_one_said_to():
    text = ("VILNIUS (Reuters) - Lithuanian President Gediminas Ruginis on Monday refused to "
            "appoint the prime minister's nominee for justice minister.\n\n"
            "Prime Minister Laimonas Sakalauskas said the president had overstepped his "
            "constitutional role and that he would not put forward another candidate.\n")
    assert pairs(text)[("Laimonas Sakalauskas", "Gediminas Ruginis")] == "against"


def test_a_reported_it_is_the_bill_of_the_speakers_own_clause_and_of_its_drafter():
    text = ("LIBREVILLE (Reuters) - Gabon's Senate on Wednesday rejected a bill that would "
            "have barred people with dual nationality from running for president or serving "
            "as ministers, dealing a setback to the government.\n\n"
            "Interior Minister Hervé Ngoua, who drafted the bill, said it would protect the "
            "country from \"foreign interference\" and that the government would bring it back "
            "next year.\n\n"
            "Senator Solenne Ekoga, who led the opposition to the bill, said it was aimed at "
            "excluding opposition leaders who had lived abroad.\n\n"
            "Opposition leader Arsène Mezui, who holds French and Gabonese passports, said he "
            "was \"relieved but not surprised.\" He said he would run in next year's election.\n")
    found = pairs(text)
    assert found[("Solenne Ekoga", "Hervé Ngoua")] == "against"
    assert ("Solenne Ekoga", "Gabon") not in found  # (the country the story names most)


def test_serving_as_ministers_is_a_post_not_the_government():
    text = ("LIBREVILLE (Reuters) - Gabon's Senate on Wednesday rejected a bill that would "
            "have barred people with dual nationality from running for president or serving "
            "as ministers, dealing a setback to the government. Ministers said they would "
            "bring it back.\n")
    a = toolkit.analyze(text)
    gabon = find_targets(text, a.segmentation, registry_of(text), None, list(a.quotes))["Gabon"]
    said = [(s, text[s:e]) for s, e in gabon.mentions if text[s:e] == "Ministers" or
            text[s:e] == "ministers"]
    assert said == [(text.index("Ministers"), "Ministers")]  # (not "serving as ministers")


def test_a_third_partys_he_is_the_client_not_the_lawyer():
    text = ("MORONI (AFP) - A court in the Comoros on Tuesday sentenced activist Saidali "
            "Moindjie to 18 months in prison for insulting the head of state in a series of "
            "Facebook videos.\n\n"
            "Prosecutors said the videos, in which Moindjie accused the government of stealing "
            "public money, had \"undermined the authority of the state.\" His "
            "lawyer, Rahamatou Bacar, said her client had only repeated allegations published "
            "by an audit office and would appeal.\n\n"
            "Rights group Amnesty International called the verdict \"an attack on freedom of "
            "expression\" and urged the authorities to release him.\n")
    found = pairs(text)
    assert found[("Amnesty International", "Saidali Moindjie")] == "favor"
    assert ("Amnesty International", "Rahamatou Bacar") not in found


def test_a_persons_own_party_stands_with_them_and_a_political_trial_is_a_charge():
    text = ("PORTO-NOVO (Reuters) - A court in Benin on Thursday sentenced Eustache Hounkpatin, "
            "the opposition mayor of a town near Porto-Novo, to five years in prison for "
            "embezzling public funds meant for a market.\n\n"
            "Prosecutors said Hounkpatin had diverted about 200 million CFA francs into a "
            "company owned by his brother-in-law.\n\n"
            "His party, Les Démocrates, said the trial was political and that the mayor had "
            "been targeted because he planned to run for parliament.\n")
    found = pairs(text)
    assert ("Les Démocrates", "Eustache Hounkpatin") not in found  # (his own party)
    assert found[("Les Démocrates", "court")] == "against"


def test_an_arrest_is_the_act_of_the_police_not_of_where_they_are():
    text = ("ROSEAU (Reuters) - Police in Dominica arrested opposition leader Hillary Seraphine "
            "on Saturday after a protest against the sale of passports turned violent.\n\n"
            "Police spokesman Inspector Kirwin Laville said Seraphine had been charged with "
            "inciting a riot and would appear in court on Monday.\n\n"
            "The opposition United Workers' Party said the arrest was \"a desperate attempt to "
            "silence the people\" and accused the government of selling the country's "
            "citizenship to criminals.\n")
    assert pairs(text)[("United Workers' Party", "Police")] == "against"


def test_the_channel_is_the_outlet_the_story_called_a_channel():
    text = ("NOUAKCHOTT (AFP) - Mauritania's media regulator on Monday suspended the private "
            "television channel Al Waha TV for one month over its coverage of protests against "
            "rising bread prices, saying it had broadcast \"calls to violence.\"\n\n"
            "The channel's director, Aminetou Mahjouba, said it had only shown what happened "
            "in the streets.\n\n"
            "The national journalists' union called the suspension an attack on press freedom "
            "and urged the regulator to reverse it.\n")
    found = pairs(text)
    assert found[("Mauritania's media regulator", "Al Waha TV")] == "against"
    assert found[("Aminetou Mahjouba", "Mauritania's media regulator")] == "against"


def test_the_vote_is_the_chambers_that_rejected_or_passed():
    text = (WIRE / "chile-senate-rejects-constitutional-accusation-security-minister-northern-"
                   "killings.txt").read_text()
    assert "Chile's Senate on Tuesday rejected" in text and " voted " not in text
    found = pairs(text)
    assert found[("Justicia Norte", "Senate")] == "against"  # "said the vote was 'a slap'"
    assert ("Justicia Norte", "Chile") not in found


def test_suspensions_called_illegal_are_against_who_suspended_on_a_given_day():
    text = ("KAMPALA (Reuters) - Uganda's parliamentary Speaker Annet Akena on Wednesday "
            "suspended 12 opposition lawmakers for three sittings after they walked out of a "
            "budget debate.\n\nOpposition chief whip Derrick Walusimbi said the suspensions were "
            "illegal because the lawmakers had not been allowed to defend themselves.\n")
    assert pairs(text)[("Derrick Walusimbi", "Annet Akena")] == "against"


def test_a_foreign_office_on_a_states_act_is_against_that_state():
    text = ("MANAGUA (Reuters) - Nicaragua has stripped former ambassador Bayardo Larios of his "
            "citizenship and seized his properties.\n\nLarios said he had learned of the "
            "decision from the news.\n\nThe U.S. State Department said the move was part of a "
            "\"campaign of repression\" and called for the decision to be reversed.\n")
    found = pairs(text)
    assert found[("U.S. State Department", "Nicaragua")] == "against"
    assert ("U.S. State Department", "Bayardo Larios") not in found


def test_making_an_example_of_someone_is_a_charge():
    text = ("HAVANA (AP) - A Havana court on Monday sentenced artist Leyanis Barrios to four "
            "years in prison for contempt.\n\nHer mother, Rosmery Barrios, said the trial lasted "
            "less than an hour. \"They want to make an example of her,\" she said.\n")
    assert pairs(text)[("Rosmery Barrios", "havana court")] == "against"


def test_an_observers_word_on_an_act_takes_no_side():
    text = (WIRE / "tech-layoffs.txt").read_text()
    assert "Analysts said" in text
    assert not any(s == "analysts" for s, _ in pairs(text))


def test_a_call_for_someone_to_be_put_on_trial_is_against_them():
    text = ("BEIRUT (Reuters) - A Lebanese judge on Wednesday charged Elie Nassif, a former "
            "central bank official, with embezzlement.\n\nDepositors' groups called for Nassif "
            "to be put on trial.\n")
    assert pairs(text)[("depositors' groups", "Elie Nassif")] == "against"


def test_a_border_left_open_is_no_openness_toward_the_minister():
    text = ("RIGA (Reuters) - Latvia's Saeima voted on Thursday to dismiss Interior Minister "
            "Laima Zvirbule over delays in building a fence on the border with Belarus.\n\n"
            "Opposition lawmaker Ingus Sprogis said the minister had \"left the border open for "
            "two years\" and that the fence was less than half finished.\n")
    assert pairs(text)[("Ingus Sprogis", "Laima Zvirbule")] == "against"


def test_a_ruling_is_not_the_act_of_the_judge_it_reinstated():
    text = ("ISLAMABAD (Reuters) - Pakistan's Supreme Court on Monday reinstated Justice Rabia "
            "Qazi of the Islamabad High Court, overturning her removal by the Supreme Judicial "
            "Council over remarks she made about intelligence agencies.\n\n"
            "Imtiaz Shaukat, president of the Islamabad Bar Association, called the ruling \"a "
            "victory for the independence of the judiciary\" and said lawyers would end their "
            "strike.\n")
    assert pairs(text)[("Imtiaz Shaukat", "Supreme Court")] == "favor"


def test_a_motion_faulted_is_its_movers_and_a_party_said_to_control_every_institution():
    text = (WIRE / "paraguay-deputies-reject-impeachment-attorney-general-colorado-allies.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    assert found[("Ariel Brítez", "Blas Cardozo")] == "against"  # "the motion was 'a
    # political show'": Cardozo led the impeachment effort, the chamber only voted it down
    assert found[("Blas Cardozo", "Colorado Party")] == "against"
    # "had always acted within the law": her own defence, no reaction to the chamber
    assert ("Zulma Insfrán", "Chamber of Deputies") not in found


def test_a_motion_filed_by_someone_unnamed_is_not_the_act_of_the_next_sentences_name():
    text = (WIRE / "montenegro-parliament-dismisses-justice-minister-spuz-prison-escape.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "backed the motion, which was filed by the opposition. Vukmirović is ...": the motion
    # is not his, so backing it is no favour to him
    assert not any(t == "Andrija Vukmirović" and lab == "favor"
                   for (s, t), lab in found.items())
    assert found[("Mirsad Kurpejović", "Andrija Vukmirović")] == "against"


def test_a_relative_clause_warning_ends_where_the_subjects_welcome_begins():
    text = (WIRE / "mongolia-constitutional-court-strikes-down-mining-wealth-fund-law.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "Mining companies, which had warned that the fund might be used ..., welcomed the
    # ruling": the welcome is the court's due; "the fund" is no name of the court
    assert found[("mining companies", "Constitutional Court")] == "favor"
    assert found[("Solongo Sükhbaatar", "Constitutional Court")] == "favor"


def test_an_arrest_by_a_peoples_police_on_a_weekday_is_the_states():
    text = (WIRE / "malawi-police-arrest-opposition-mp-sedition-facebook-post-soldiers.txt"
            ).read_text(encoding="utf-8")
    # "Malawian police on Tuesday arrested ... the arrest was meant to intimidate the
    # opposition": the state's arrest, as most gold stories have a people's police
    assert pairs(text)[("Khumbo Msowoya", "Malawi")] == "against"


def test_a_call_to_overturn_a_decision_and_a_not_to_the_words_quoted_before():
    text = (WIRE / "slovenia-national-assembly-blocks-pension-reform-referendum-opposition.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "would ask the Constitutional Court to overturn the decision": the Assembly's
    assert found[("Rok Kovačič", "National Assembly")] == "against"
    # 'the ruling coalition was "afraid of the voters"' ... "We are not afraid of anyone"
    assert found[("Bojan Gorjup", "Rok Kovačič")] == "against"


def test_a_newspaper_said_to_have_broken_the_law_is_charged_under_its_name():
    text = (WIRE / "solomon-islands-bars-newspaper-parliament-leaked-cabinet-logging-papers.txt"
            ).read_text(encoding="utf-8")
    # 'the newspaper had "broken the law ..."': the Honiara Herald the story called a
    # newspaper, not an unnamed "paper"
    found = pairs(text)
    assert found[("Casper Fono", "Honiara Herald")] == "against"
    assert not any(t == "paper" for _, t in found)


def test_an_appeal_seeking_a_longer_sentence_is_against_the_one_sentenced():
    text = (WIRE / "north-macedonia-court-jails-former-transport-minister-highway-tender-"
            "brother-in-law.txt").read_text(encoding="utf-8")
    assert pairs(text)[("prosecutor's office", "Vlado Ristovski")] == "against"


def test_the_opposition_spoken_of_is_the_one_the_story_titles_its_leader():
    text = (WIRE / "togo-constitutional-court-confirms-ruling-party-legislative-landslide-"
            "opposition-boycott.txt").read_text(encoding="utf-8")
    found = pairs(text)
    # "the opposition had lost because it had no programme": Dogbe's, not the court's
    assert found[("Essohana Kpatcha", "Mawuena Dogbe")] == "against"
    assert ("Essohana Kpatcha", "Constitutional Court") not in found


def test_playing_politics_is_a_charge_and_a_call_to_release_someone_is_for_them():
    text = (WIRE / "bulgaria-president-vetoes-anti-corruption-commission-law-coalition-"
            "override.txt").read_text(encoding="utf-8")
    # "said the president was playing politics": against him
    assert pairs(text)[("Galina Koleva", "Bozhidar Marinov")] == "against"
    text = (WIRE / "iraq-kurdistan-court-jails-journalist-defaming-officials-oil-smuggling.txt"
            ).read_text(encoding="utf-8")
    # "called on the regional authorities to release Omer": for Omer
    assert pairs(text)[("Committee to Protect Journalists", "Sarbast Omer")] == "favor"


def test_whom_others_criticise_is_no_target_and_a_hit_job_ordered_by_someone_is_theirs():
    text = (WIRE / "kazakhstan-senate-approves-foreign-funding-label-ngos-rights-groups.txt"
            ).read_text(encoding="utf-8")
    # "the label would stigmatise anyone who criticises the government": no side on it
    assert ("Zhandos Tolegenov", "Kazakhstan") not in pairs(text)
    text = (WIRE / "maldives-elections-commission-fines-opposition-party-foreign-"
            "donations.txt").read_text(encoding="utf-8")
    # 'the fine was "a political hit job" ordered by the government'
    assert pairs(text)[("Hamdhoon Shaheem", "Maldives")] == "against"


def test_the_site_is_the_news_website_named_and_a_ruling_party_unnamed_is_a_target():
    text = (WIRE / "kyrgyzstan-supreme-court-upholds-ban-news-website-border-reports.txt"
            ).read_text(encoding="utf-8")
    # "the independent news website Zhany Kun ... the site had repeatedly published
    # unverified reports": the website
    assert pairs(text)[("culture ministry", "Zhany Kun")] == "against"
    text = (WIRE / "armenia-parliament-strips-opposition-lawmaker-immunity-rally-seizure-"
            "power.txt").read_text(encoding="utf-8")
    found = pairs(text)
    # '"This is political revenge by the ruling party for our protests"'
    assert found[("Garnik Ohanjanyan", "ruling party")] == "against"
    # 'urged supporters at a rally in May to "take the government buildings by force"'
    assert found[("prosecutors", "Garnik Ohanjanyan")] == "against"


def test_a_lawmakers_unnamed_reaction_is_not_aimed_at_her_own_chamber():
    text = (WIRE / "honduras-congress-censures-defence-minister-used-helicopters-purchase.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "Lawmaker Dunia Anaya, who led the inquiry ... 'Somebody made a lot of money from this
    # deal'": at the minister the chamber censured, not at Congress
    assert found[("Dunia Anaya", "Olvin Canales")] == "against"
    assert ("Dunia Anaya", "Honduras' Congress") not in found


def test_a_decision_called_political_and_an_acts_wording_are_charges_against_its_maker():
    text = (WIRE / "serbia-media-regulator-revokes-tv-raskrsnica-licence-balanced-reporting.txt"
            ).read_text(encoding="utf-8")
    # "said the decision was political": the regulator's decision, charged
    assert pairs(text)[("Srđan Nikolić", "Regulatory Authority for Electronic Media")] == \
        "against"
    text = (WIRE / "mauritania-national-assembly-passes-online-insult-law-officials-prison.txt"
            ).read_text(encoding="utf-8")
    # "said the wording was so vague that it could be used against journalists": the law's
    # wording, the "it" after it no thing of its own
    assert pairs(text)[("Reporters Without Borders", "National Assembly")] == "against"


def test_a_report_called_a_whitewash_is_its_authors_and_trust_refused_is_against():
    text = (WIRE / "trinidad-integrity-commission-clears-works-minister-brother-road-"
            "contract.txt").read_text(encoding="utf-8")
    # "The commission said in its report ... Jagessar said the report was 'a whitewash'":
    # the report's author, not the minister it cleared
    assert pairs(text)[("Sharda Jagessar", "Integrity Commission")] == "against"
    text = (WIRE / "guatemala-congress-elects-electoral-tribunal-magistrates-opposition-"
            "walkout.txt").read_text(encoding="utf-8")
    # '"No one will trust the result of an election run by these people"'
    assert pairs(text)[("Lidia Xicará", "Congress")] == "against"


def test_police_ordered_to_release_a_detainee_are_a_side_held_to_account():
    text = (WIRE / "botswana-high-court-orders-release-activist-detained-without-charge.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "ordered police to release ... police had 'no power to hold a citizen indefinitely'"
    assert found[("Gomolemo Mmoloki", "police")] == "against"
    # "said he would sue the police. 'They wanted to frighten everyone'"
    assert found[("Tshepo Sechele", "police")] == "against"


def test_an_act_shown_to_uphold_the_rule_for_all_is_praised_not_charged():
    text = (WIRE / "colombia-council-of-state-annuls-senator-election-dual-nationality.txt"
            ).read_text(encoding="utf-8")
    # 'said the ruling proved that "the rules apply to everyone, including senators"'
    assert pairs(text)[("Eyra Bermúdez", "Council of State")] == "favor"
    text = (WIRE / "former-french-minister-charged-consultancy.txt").read_text(encoding="utf-8")
    # '"This shows that no one is above the law, not even a former minister"': a warning
    assert pairs(text).get(("Marc Delorme", "Laurent Besson")) != "favor"


def test_the_oppositions_officer_suspects_the_body_that_has_nothing_to_hide():
    text = (WIRE / "ghana-electoral-commission-rejects-opposition-voter-roll-audit-request.txt"
            ).read_text(encoding="utf-8")
    # "The opposition's general secretary, Esi Amponsah, ... 'If the commission has nothing
    # to hide, it should welcome an audit'": no officer of the commission, and against it
    assert pairs(text)[("Esi Amponsah", "Electoral Commission")] == "against"


def test_rules_said_to_favour_others_and_an_offence_gone_unpunished_are_charges():
    text = (WIRE / "nigeria-electoral-commission-refuses-register-alliance-national-renewal-"
            "party.txt").read_text(encoding="utf-8")
    # "Critics say the commission's rules favour established parties": a bias charged
    assert pairs(text)[("critics", "Independent National Electoral Commission")] == "against"
    # 'the ruling party had done "exactly the same thing" without being fined': an offence
    # said to go unpunished, charged to whoever did it
    assert _cue_value('He said the ruling party had done "exactly the same thing" without being '
                     'fined.', 12) == -1.0


def test_the_oppositions_officer_is_no_officer_of_a_ruling_party_named_before():
    text = ("ACCRA (Reuters) - Ghana's ruling Unity Party won Tuesday's by-election in Ashaiman. "
            "The opposition's general secretary, Esi Amponsah, said the Unity Party had bought "
            "votes with rice and cash.")
    # her party is not the ruling one named before her: the charge is hers against it
    assert pairs(text)[("Esi Amponsah", "Unity Party")] == "against"


def test_a_lede_body_that_refused_is_the_doer_but_not_against_its_own_judge_or_members():
    text = (WIRE / "costa-rica-comptroller-refuses-moin-port-expansion-contract.txt").read_text(
        encoding="utf-8")
    # "Costa Rica's Comptroller General's Office on Thursday refused to approve ... Public
    # Works Minister Ottoniel Quirós called the decision "a blow to thousands of jobs""
    assert pairs(text)[("Ottoniel Quirós", "Comptroller General's Office")] == "against"
    # "Kenya's High Court on Tuesday blocked ... Justice Enock Mwita said": its own judge
    found = pairs((WIRE / "kenya-haiti-court.txt").read_text(encoding="utf-8"))
    assert ("Enock Mwita", "High Court") not in found
    # "Chicago's City Council on Wednesday rejected ... Council members said residents could
    # not afford higher taxes": its own members
    found = pairs((WIRE / "property-tax-rejected.txt").read_text(encoding="utf-8"))
    assert ("council members", "City Council") not in found
    assert ("Raymond Kowalczyk", "City Council") not in found


def test_a_call_on_another_body_to_reject_an_act_is_against_its_maker():
    text = (WIRE / "barbados-house-of-assembly-passes-cybercrime-bill-false-statements.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "The Association of Caribbean Media Workers urged the Senate to reject the bill"
    assert found[("Association of Caribbean Media Workers", "Barbados' House of Assembly")] \
        == "against"
    assert ("Association of Caribbean Media Workers", "Senate") not in found
    # "Attorney General Haddon Callender said the law was needed to stop scams and fake
    # emergency warnings", after "despite objections from the opposition and press groups":
    # the act defended, and no objector
    assert found[("Haddon Callender", "Barbados' House of Assembly")] == "favor"


def test_a_lawyer_of_the_one_sentenced_and_the_posts_he_was_sentenced_over():
    text = (WIRE / "bahrain-appeals-court-upholds-sentence-former-lawmaker-pension-posts.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "upheld a six-month prison sentence for former lawmaker Jawad Al-Sayegh ...
    # Al-Sayegh's lawyer, Sabeeka Al-Khayat, said her client had only repeated criticism"
    assert found[("Sabeeka Al-Khayat", "Bahraini appeals court")] == "against"
    # 'the posts had "gone beyond criticism to insult" and that the court had applied the
    # law': the posts are their author's; the court cleared
    assert found[("public prosecution", "Jawad Al-Sayegh")] == "against"
    assert found[("public prosecution", "Bahraini appeals court")] == "favor"


def test_a_report_welcomed_is_its_authors_and_a_body_text_is_its_makers():
    text = (WIRE / "namibia-ombudsman-finds-police-excessive-force-windhoek-student-protest.txt"
            ).read_text(encoding="utf-8")
    # "In a report to parliament, the Ombudsman, Hendrina Garises, said ... The Namibia
    # National Students' Organisation welcomed the report and demanded that"
    found = pairs(text)
    assert found[("Namibia National Students' Organisation", "Hendrina Garises")] == "favor"
    assert ("Hendrina Garises", "Ombudsman") not in found
    text = (WIRE / "azerbaijan-foreign-ministry-summons-eu-envoy-european-parliament-"
            "resolution.txt").read_text(encoding="utf-8")
    found = pairs(text)
    # "a European Parliament resolution ... Ministry spokesman Vugar Gasimzade said the
    # resolution was "full of lies" and interfered in the work of Azerbaijan's courts"
    assert found[("Vugar Gasimzade", "European Parliament")] == "against"
    assert ("Vugar Gasimzade", "Azerbaijan") not in found
    # "Its author, Dutch member of the European Parliament Brechtje Oudkerk, said Baku's
    # reaction ...": the state by its capital, and not her own body or country
    assert found[("Brechtje Oudkerk", "Azerbaijan")] == "against"
    assert ("Brechtje Oudkerk", "European Parliament") not in found
    assert ("Brechtje Oudkerk", "Netherlands") not in found


def test_a_lower_case_parliament_named_again_is_the_state():
    text = (WIRE / "lebanon-parliament-extends-municipal-councils-term-postpones-elections.txt"
            ).read_text(encoding="utf-8")
    # "Lebanon's parliament ... voted to extend ... the extension was unconstitutional and
    # that parliament was "using every crisis as an excuse to avoid voters""
    assert pairs(text)[("Lebanese Association for Democratic Elections", "Lebanon")] == "against"


def test_a_bias_charged_a_party_leaders_own_party_and_a_report_upheld():
    text = (WIRE / "botswana-industrial-court-declares-teachers-strike-illegal-union-appeal.txt"
            ).read_text(encoding="utf-8")
    # '"The court has taken the employer's side on a technicality," union president
    # Gofaone Mmolawa said': a bias charged
    assert pairs(text)[("Gofaone Mmolawa", "Industrial Court")] == "against"
    text = (WIRE / "mongolia-election-commission-rejects-recount-songinokhairkhan-district.txt"
            ).read_text(encoding="utf-8")
    # "Civil Will leader Oyunchimeg Baasan said ... "They are hiding something"": her own
    # party is no one she reacts to; the commission that rejected the recount is
    found = pairs(text)
    assert found[("Oyunchimeg Baasan", "General Election Commission")] == "against"
    assert ("Oyunchimeg Baasan", "Civil Will") not in found
    text = (WIRE / "liberia-auditing-commission-road-fund-undocumented-spending-minister-"
            "disputes.txt").read_text(encoding="utf-8")
    # "In its report, the commission said ... the report confirmed what communities in the
    # southeast had been saying for years": the report's author upheld
    assert pairs(text)[("Naymote Partners for Democratic Development",
                        "General Auditing Commission")] == "favor"


def test_a_dismissal_defended_is_against_the_one_dismissed_and_a_president_not_his_state():
    text = (WIRE / "fiji-prime-minister-sacks-deputy-budget-criticism.txt").read_text(
        encoding="utf-8")
    # "Fiji's prime minister on Monday dismissed his deputy, Ratu Josaia Vakatawa ... the
    # dismissal was needed to "restore unity and discipline""
    assert pairs(text)[("prime minister's office", "Ratu Josaia Vakatawa")] == "against"
    # "Colombia's government on Monday suspended coal exports ... President Gustavo
    # Pérez-Arango said Colombia would not supply fuel": his state's act is his own
    found = pairs((WIRE / "colombia-president-coal-exports-israel-ban.txt").read_text(
        encoding="utf-8"))
    assert ("Gustavo Pérez-Arango", "Colombia") not in found


def test_an_outlet_named_after_the_lede_and_a_suspension_defended():
    text = (WIRE / "gabon-media-authority-suspends-weekly-president-health-article-union.txt"
            ).read_text(encoding="utf-8")
    found = pairs(text)
    # "Gabon's media regulator on Tuesday suspended a Libreville weekly ... the weekly Le
    # Veilleur had published": the outlet the lede leaves unnamed, not the capital's state
    assert found[("High Authority for Communication", "Le Veilleur")] == "against"
    assert ("High Authority for Communication", "Gabon") not in found
    # "Government spokesman Anaclet Nzamba-Koumba defended the decision, saying": for the
    # regulator, against the weekly it suspended
    assert found[("Anaclet Nzamba-Koumba", "High Authority for Communication")] == "favor"
    assert found[("Anaclet Nzamba-Koumba", "Le Veilleur")] == "against"


def test_a_rebuke_repeated_a_body_s_head_disputing_and_a_party_standing_by_its_man():
    text = (WIRE / "seychelles-constitutional-court-strikes-down-campaign-spending-cap-"
            "attorney-general.txt").read_text(encoding="utf-8")
    # '"The court has told the government that it cannot write the rules of an election to
    # suit itself," its leader, Rosemonde Dogley-Lalanne, said'
    assert pairs(text)[("Rosemonde Dogley-Lalanne", "Seychelles")] == "against"
    text = (WIRE / "sao-tome-assembly-approves-eu-fisheries-deal-artisanal-fishermen-object.txt"
            ).read_text(encoding="utf-8")
    # "The national association of artisanal fishermen disputed that. Its president,
    # Epifânio Cravid, said": the minister's claim disputed, by the head who speaks for it
    assert pairs(text)[("Epifânio Cravid", "Hermenegildo Afonso Trigueiros")] == "against"
    text = (WIRE / "suriname-prosecutors-charge-former-agriculture-minister-rice-subsidies-"
            "party.txt").read_text(encoding="utf-8")
    # "His party, Nieuw Suriname, said ... that it would stand by him"
    assert pairs(text)[("Nieuw Suriname", "Ravindre Jankipersad-Doerga")] == "favor"


def test_a_ministers_government_disagreeing_and_an_order_welcomed_after_its_day():
    text = (WIRE / "kosovo-constitutional-court-annuls-fuel-price-cap-decree-traders-"
            "minister.txt").read_text(encoding="utf-8")
    # "Economy Minister Arbnor Kastrati-Bajrami said the government disagreed with the
    # ruling but would respect it": his government's side, the respect a concession
    assert pairs(text)[("Arbnor Kastrati-Bajrami", "Constitutional Court")] == "against"
    text = (WIRE / "philippines-ombudsman-suspends-biliran-governor-hospital-equipment-"
            "purchase.txt").read_text(encoding="utf-8")
    # "The Philippines' Ombudsman on Friday ordered ... welcomed the order": the order's
    # maker, past the day between it and its verb
    assert pairs(text)[("group of provincial board members", "Philippines' Ombudsman")] == \
        "favor"


def test_a_dissolution_sought_a_ruling_said_to_apply_the_law_and_a_case_called_a_reprisal():
    found = pairs((WIRE / "kazakhstan-supreme-court-upholds-liquidation-environmental-group-"
                   "smelter-grants.txt").read_text(encoding="utf-8"))
    # "The justice ministry sought the dissolution of the group, Taza Ertis"
    assert found[("justice ministry", "Taza Ertis")] == "against"
    # "the ruling showed the law applied equally to all organisations"
    assert found[("justice ministry", "Supreme Court")] == "favor"
    # "The group's chairwoman, Botagoz Temirkhanova, said ... the case was punishment for
    # its campaign": against the one that acted against her group
    assert found[("Botagoz Temirkhanova", "justice ministry")] == "against"


def test_favours_to_kin_charged_and_an_appeal_against_the_ledes_penalty():
    text = (WIRE / "kenya-nyandarua-county-assembly-impeaches-governor-road-contracts-senate.txt"
            ).read_text(encoding="utf-8")
    # "The motion ... says Governor Muchiri Gachoki awarded contracts worth 600 million
    # shillings to companies linked to his relatives": a favour to his own, charged
    assert pairs(text)[("Kagure Kariithi", "Muchiri Gachoki")] == "against"
    text = (WIRE / "senegal-suspends-foreign-trawler-licences-artisanal-zone-vessel-owners-"
            "appeal.txt").read_text(encoding="utf-8")
    # "Senegal on Wednesday suspended the licences of 12 foreign trawlers ... The Senegalese
    # Association of Industrial Fishing Vessel Owners said it would appeal"
    assert pairs(text)[("Senegalese Association of Industrial Fishing Vessel Owners",
                        "Senegal")] == "against"


def test_a_change_voted_by_parliament_and_the_capital_that_decides_for_everyone():
    text = (WIRE / "mongolia-parliament-raises-copper-coal-royalties-mining-association-"
            "investors.txt").read_text(encoding="utf-8")
    # "Mongolia's parliament on Thursday voted to raise royalties ... the change would cut
    # investment": against the state whose parliament made the change
    assert pairs(text)[("Mongolian National Mining Association", "Mongolia")] == "against"
    text = (WIRE / "cape-verde-national-assembly-rejects-regional-governments-bill-islands.txt"
            ).read_text(encoding="utf-8")
    # '"Today the capital decided again for everyone else," she said'
    assert pairs(text)[("Adalgisa Querido", "Cape Verde")] == "against"
    # "The petition, filed by 40 senators led by Orawan Sukprasert, argues": no side on its
    # own authors
    found = pairs((WIRE / "thailand-constitutional-court-suspends-deputy-minister-rice-export-"
                   "shares.txt").read_text(encoding="utf-8"))
    assert ("petition", "Orawan Sukprasert") not in found
    assert found[("petition", "Thanapat Chaiwut")] == "against"


def test_police_officers_said_to_torture_and_a_pronoun_past_an_acts_noun():
    text = (WIRE / "sri-lanka-human-rights-commission-police-tortured-suspect-chilaw-officers.txt"
            ).read_text(encoding="utf-8")
    # "Sri Lanka's Human Rights Commission said on Thursday that police officers had
    # tortured a man": the force charged, a side of its own
    assert pairs(text)[("Human Rights Commission", "police")] == "against"
    text = (WIRE / "chile-comptroller-rules-maule-governor-consultancy-contract-illegal-"
            "coalition.txt").read_text(encoding="utf-8")
    # "... review the ruling. ... Lawmakers from the governor's own coalition said he should
    # step aside": the governor named last, not the comptroller whose ruling was
    found = pairs(text)
    assert found[("lawmakers from the governor's own coalition", "Emiliano Urrejola")] == \
        "against"
    assert ("lawmakers from the governor's own coalition", "Comptroller General") not in found


def test_a_promise_still_waited_for_and_help_to_a_relatives_company_are_charges():
    text = (WIRE / "kiribati-parliament-foreign-purse-seiners-land-tuna-catch-betio-cannery-"
            "fleet-owners.txt").read_text(encoding="utf-8")
    # '"Minister Tekinaiti promised us a new wharf two years ago, and we are still waiting,"
    # Hsu said': the promise not kept
    assert pairs(text)[("Hsu Ming-tang", "Rimeta Tekinaiti")] == "against"
    text = ("LILONGWE (Reuters) - Malawi's agriculture minister Yohane Kalua faced questions on "
            "Monday.\n\nOpposition lawmaker Chikumbutso Mbewe said Kalua had helped a company "
            "owned by his brother-in-law win a fertiliser contract.")
    assert pairs(text)[("Chikumbutso Mbewe", "Yohane Kalua")] == "against"


def test_a_removal_vote_welcomed_is_against_the_one_removed():
    text = (WIRE / "solomon-islands-guadalcanal-assembly-ousts-premier-logging-deal-court-"
            "challenge.txt").read_text(encoding="utf-8")
    # "voted on Wednesday to remove the province's premier, Derick Kuve ... Landowners from
    # Aola ... welcomed the vote": the removal of him, welcomed
    assert pairs(text)[("landowners from Aola", "Derick Kuve")] == "against"


def test_a_figure_set_against_what_the_government_says_disputes_it():
    text = ("MASERU (Reuters) - Lesotho's National Assembly passed a bill cutting the cabinet."
            "\n\nRetšelisitsoe Mofolo, who heads a budget watchdog, said the savings would "
            "probably be smaller than the government says.")
    assert pairs(text)[("Retšelisitsoe Mofolo", "Lesotho")] == "against"


def test_a_house_of_representatives_acts_by_its_name_not_after_its_subordinate_clause():
    text = ("NICOSIA (Reuters) - Cyprus's House of Representatives on Thursday rejected a bill "
            "to extend a freeze on home foreclosures, after the government and the banks "
            "lobbied against it.")
    found = pairs(text)
    # the body by its name, no group of "representatives"; and the government of the
    # "after" clause is no one the rejection is aimed at
    assert not any(s == "representatives" for s, _ in found)
    assert ("House of Representatives", "Cyprus") not in found
    text = ("NICOSIA (Reuters) - Cyprus's House of Representatives on Thursday condemned "
            "Turkey over the drilling.")
    assert pairs(text)[("House of Representatives", "Turkey")] == "against"


def test_a_suspension_challenged_is_against_its_maker_but_a_right_to_appeal_is_no_side():
    text = (WIRE / "ghana-president-suspends-chief-justice-petitions-opposition-judiciary.txt"
            ).read_text(encoding="utf-8")
    # "his client ... would challenge the suspension in the Supreme Court": against the
    # president who suspended her
    assert pairs(text)[("Fiifi Obiri-Yeboah", "Ekow Gyasi-Kuffour")] == "against"
    text = (WIRE / "gabon-media-authority-suspends-weekly-president-health-article-union.txt"
            ).read_text(encoding="utf-8")
    # "The weekly can appeal the suspension": a right told, no appeal made
    assert pairs(text)[("(narrator)", "High Authority for Communication")] == "neutral"


def test_a_laid_off_workers_loss_is_at_the_employer_that_cut_the_job():
    text = (WIRE / "mauritius-equal-opportunities-commission-hotel-group-older-workers-job-cuts-"
            "tribunal.txt").read_text(encoding="utf-8")
    # "the workers laid off by Île Bleue Resorts ... 'I gave that hotel 28 years, and they
    # replaced me'", said a former receptionist: the employer, not the commission
    found = pairs(text)
    assert found[("Soobrayen Jugoo", "Île Bleue Resorts")] == "against"
    assert ("Soobrayen Jugoo", "Equal Opportunities Commission") not in found


def test_a_legislature_that_defeats_the_government_is_a_body_of_its_own():
    text = (WIRE / "costa-rica-assembly-rejects-12-hour-shift-bill-labour-minister-industries-"
            "chamber.txt").read_text(encoding="utf-8")
    # "Costa Rica's Legislative Assembly on Monday rejected a bill ..., a defeat for the
    # government": the vote criticised is the Assembly's; a deputy's words are not against
    # the chamber she sits in
    found = pairs(text)
    assert found[("Chamber of Industries", "Legislative Assembly")] == "against"
    assert ("Yorleny Badilla", "Legislative Assembly") not in found


def test_a_name_whose_word_is_held_up_or_who_wants_all_for_others_is_charged():
    text = ("ZANZIBAR (Reuters) - Zanzibar passed a tourist insurance law.\n\nTourism Minister "
            "Rukia Nassor defended the fee.\n\n\"Minister Nassor calls it insurance. Our guests "
            "already have insurance, so now they will pay twice,\" said Ameir Khamis, who chairs "
            "a tour operators' forum.")
    assert pairs(text)[("Ameir Khamis", "Rukia Nassor")] == "against"
    text = ("TORSHAVN (Reuters) - The Faroe Islands' parliament voted to allow Sunday opening, "
            "proposed by trade minister Heðin Jacobsen.\n\n\"Jacobsen wants the cruise passengers "
            "to have everything and the shop assistants to have nothing,\" union chairwoman "
            "Sunniva Næs said.")
    assert pairs(text)[("Sunniva Næs", "Heðin Jacobsen")] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    # a word not kept
    ('Senator Tarnue Zarwolo said Finance Minister Garmai Dolo had told the Senate in June that '
     'salaries would be paid "within two weeks" and had not kept her word.',
     "Tarnue Zarwolo", "Garmai Dolo"),
    # promises heard before: a word no longer trusted
    ('"We have heard promises from Minister Dolo before," union head Korto Yarkpawolo said of '
     'Finance Minister Garmai Dolo.', "Korto Yarkpawolo", "Garmai Dolo"),
    # a door closed
    ('"Minister Taomia has closed the door on every investor who wanted to come," said Lisati '
     'Kelese, who chairs a business chamber, of Natural Resources Minister Seluka Taomia.',
     "Lisati Kelese", "Seluka Taomia"),
    # the speakers' money spent
    ('"Mušanović raises wages with our money and then congratulates himself," employers\' '
     'leader Dženan Čolić said of Labour Minister Edin Mušanović.', "Dženan Čolić",
     "Edin Mušanović"),
])
def test_broken_words_doors_closed_and_money_spent_are_charges(quote, speaker, target):
    text = "MONROVIA (Reuters) - Lawmakers met on Tuesday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    # a measure made for the few
    ('"Minister Tursunov\'s law is written for those who already have money," farmers\' leader '
     'Nodira Abdullaeva said of Agriculture Minister Sherzod Tursunov.', "Nodira Abdullaeva",
     "Sherzod Tursunov"),
    # a living handed to others
    ('"Mbaé has handed the trade to the big exporters," distiller Hadidja Ahamada said of '
     'Agriculture Minister Soulaimana Mbaé.', "Hadidja Ahamada", "Soulaimana Mbaé"),
    # a measure said to fail at its aim
    ('"Kapinga\'s tax will not stop one bet. It will only move it abroad," spokesman Fortunato '
     'Katumbela said of lawmaker Rosalina Kapinga.', "Fortunato Katumbela", "Rosalina Kapinga"),
])
def test_a_measure_for_the_few_a_trade_handed_away_or_a_measure_that_fails_are_charges(
        quote, speaker, target):
    text = "LUANDA (Reuters) - Lawmakers met on Thursday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    # the same act done by the mention while it paid
    ('"Tavoa approved the licences himself when the fees were good," broker Jacques Wari said '
     'of Trade Minister Noel Tavoa.', "Jacques Wari", "Noel Tavoa"),
    ('"Minister Sope signed those contracts herself when business was great," contractor Amos '
     'Tari said of Works Minister Leah Sope.', "Amos Tari", "Leah Sope"),
])
def test_the_same_act_done_by_the_mention_when_it_paid_is_a_charge(quote, speaker, target):
    text = "PORT VILA (Reuters) - Lawmakers met on Wednesday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    ('"The minister promised us in January that the price of bread would not go up this '
     'year," lawmaker Rania Haddad said of Supply Minister Omar Taweel.', "Rania Haddad",
     "Omar Taweel"),
    ('"Taweel assured bakers last year that the flour quota would never be cut," baker Sami '
     'Odeh said of Supply Minister Omar Taweel.', "Sami Odeh", "Omar Taweel"),
])
def test_a_promise_that_something_would_not_happen_recalled_is_a_charge(quote, speaker,
                                                                       target):
    text = "AMMAN (Reuters) - Bread prices rose on Sunday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "against"


def test_money_spent_by_one_who_pleads_none_for_the_speakers_is_a_charge():
    text = ("MUTARE, Zimbabwe (Reuters) - Workers went on strike on Monday.\n\n"
            '"Mayor Chikomo buys new cars for the council but says he has no money for our '
            'wages," said Tendai Moyo, a street sweeper, of Mayor Farai Chikomo.')
    assert pairs(text)[("Tendai Moyo", "Farai Chikomo")] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    # a decision taken before those it touches were asked
    ('"Minister Kalns decided first and asked us afterwards," Mayor Ieva Roze said of '
     'Environment Minister Andris Kalns.', "Ieva Roze", "Andris Kalns"),
    ('"Kalns signed first and consulted the town later," Mayor Ieva Roze said of Environment '
     'Minister Andris Kalns.', "Ieva Roze", "Andris Kalns"),
    # the lawful punished, the unlawful spared
    ('"Paredes is closing the registered workshops and leaving the illegal ones open," trader '
     'Rosa Chalco said of Trade Minister Iván Paredes.', "Rosa Chalco", "Iván Paredes"),
])
def test_asking_too_late_and_sparing_the_unlawful_are_charges(quote, speaker, target):
    text = "QUITO (Reuters) - The ministry acted on Monday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target", [
    # done where no one else did
    ('"Paredes has done in a month what nobody did in a decade," trader Rosa Chalco said of '
     'Trade Minister Iván Paredes.', "Rosa Chalco", "Iván Paredes"),
    # the speakers' own restored
    ('"For years we could not use the square. Paredes has given it back to us," trader Rosa '
     'Chalco said of Trade Minister Iván Paredes.', "Rosa Chalco", "Iván Paredes"),
])
def test_doing_what_nobody_did_and_giving_back_are_credits(quote, speaker, target):
    text = "QUITO (Reuters) - The ministry acted on Monday.\n\n" + quote
    assert pairs(text)[(speaker, target)] == "favor"


@pytest.mark.parametrize("quote", [
    # the lowly cut, the high kept
    '"The minister is cutting the nurses while sparing every director," union leader Oyun '
    'Gerel said.',
    '"Battulga is cutting the clerks and keeping the deputy ministers," union leader Oyun Gerel '
    'said.',
    # a public good sold off
    '"The minister has sold off the best plots," herder Oyun Gerel said.',
    # control handed to another
    '"Battulga wrote the law and handed the keys to his party," lawmaker Oyun Gerel said.',
    # a service refused to the mention's image
    '"We will not work for free to make the minister look good," teacher Oyun Gerel said.',
    # a role's mention opens a charge as a name does
    '"The minister decided first and told us later," herder Oyun Gerel said.',
])
def test_cuts_below_sell_offs_keys_handed_and_images_served_are_charges(quote):
    text = ("ULAANBAATAR (Reuters) - Health Minister Dashdorj Battulga cut 300 posts on "
            "Wednesday.\n\n" + quote)
    assert pairs(text)[("Oyun Gerel", "Dashdorj Battulga")] == "against"


@pytest.mark.parametrize("quote", [
    '"Larue has told every investor in the world to look at Mauritius instead," developer '
    'Rian Swartz said.',
    '"The minister has told all the hotel chains to go elsewhere," developer Rian Swartz '
    'said.',
])
def test_those_the_country_needs_sent_away_is_a_charge(quote):
    text = ("VICTORIA (Reuters) - Lands Minister Guy Larue banned land sales to foreigners on "
            "Tuesday.\n\n" + quote)
    assert pairs(text)[("Rian Swartz", "Guy Larue")] == "against"


def test_a_rule_the_mention_wants_for_the_speakers_alone_is_a_charge():
    text = ("KINGSTON (Reuters) - National Security Minister Everald Ashburn spoke on "
            "Tuesday.\n\n"
            '"Ashburn wants cameras on us but not on the criminals," union chief Delia Brown '
            "said.")
    assert pairs(text)[("Delia Brown", "Everald Ashburn")] == "against"


@pytest.mark.parametrize("quote", [
    # a lack laid bare
    '"The minister has never worked a day in a mine, and it shows," miner Tebogo Dintwe said.',
    # a reason to hold back
    '"Moroka has given every buyer a good reason to wait," miner Tebogo Dintwe said.',
    # an act given a kinder name
    '"Moroka is forcing a merger and calling it partnership," miner Tebogo Dintwe said.',
])
def test_a_lack_that_shows_a_reason_to_wait_and_a_kinder_name_are_charges(quote):
    text = "GABORONE (Reuters) - Minerals Minister Lesedi Moroka spoke on Tuesday.\n\n" + quote
    assert pairs(text)[("Tebogo Dintwe", "Lesedi Moroka")] == "against"


@pytest.mark.parametrize("quote", [
    '"Rokotuiwai has written this law for his friends," lawmaker Isikeli Tuilau said.',
    '"Rokotuiwai made the rules to fit one man," lawmaker Isikeli Tuilau said.',
])
def test_a_law_made_for_one_person_is_a_charge(quote):
    text = "SUVA (Reuters) - Attorney-General Jone Rokotuiwai spoke on Thursday.\n\n" + quote
    assert pairs(text)[("Isikeli Tuilau", "Jone Rokotuiwai")] == "against"


@pytest.mark.parametrize("place, dateline", [
    ("Gibraltar", "GIBRALTAR"),
    ("Hong Kong", "HONG KONG"),
    ("Guam", "HAGATNA, Guam"),
])
def test_a_territory_with_its_own_government_is_a_target(place, dateline):
    text = (f"{dateline} (Reuters) - Tankers were barred from the bay on Tuesday.\n\n"
            f'"{place} ignored every warning until the oil reached its own beaches," '
            "campaigner Begoña Tirado said.")
    assert pairs(text)[("Begoña Tirado", place)] == "against"


@pytest.mark.parametrize("act", [
    "wants to skip that step",
    "wants to bypass the council",
    "has sidestepped the council",
    "skipped the vote",
])
def test_a_step_skipped_or_a_body_bypassed_is_a_charge(act):
    text = ("VADUZ (Reuters) - Lawmaker Corina Wohlwend drafted the bill.\n\n"
            f'"Anyone who wants a vote can become a citizen. Wohlwend {act}," lawmaker '
            "Arno Frommelt said.")
    assert pairs(text)[("Arno Frommelt", "Corina Wohlwend")] == "against"


def test_an_undersecretary_is_a_person_named_again_by_a_capitalised_article():
    text = ("MANAMA (Reuters) - Bahrain capped school fee rises on Sunday.\n\n"
            "Education Ministry Undersecretary Nawal al-Mahmeed said schools must open their "
            'accounts.\n\n"Al-Mahmeed ignored every warning from the schools," school owner '
            "Abdulnabi al-Mannai said.")
    assert pairs(text)[("Abdulnabi al-Mannai", "Nawal al-Mahmeed")] == "against"


@pytest.mark.parametrize("quote", [
    '"Doorgakant has built a polling station in every embassy and put his own people behind '
    'the desk," Rosemay Sooknah said.',
    '"Doorgakant appointed his own loyalists to the board," Rosemay Sooknah said.',
])
def test_posts_filled_with_ones_own_people_are_a_charge(quote):
    text = ("PORT LOUIS (Reuters) - Electoral Reform Minister Anoop Doorgakant spoke on "
            "Tuesday.\n\n" + quote)
    assert pairs(text)[("Rosemay Sooknah", "Anoop Doorgakant")] == "against"


@pytest.mark.parametrize("quote", [
    '"Bockarie has passed a law for a refinery that does not exist," Sorie Kongoley said.',
    '"Bockarie promised jobs in a factory that doesn\'t exist," Sorie Kongoley said.',
])
def test_a_deed_for_what_does_not_exist_is_a_charge(quote):
    text = "FREETOWN (Reuters) - Mines Minister Mabinty Bockarie spoke on Wednesday.\n\n" + quote
    assert pairs(text)[("Sorie Kongoley", "Mabinty Bockarie")] == "against"


@pytest.mark.parametrize("quote", [
    '"The ministry has shared the quota among its friends," Lalaina Rabearivelo said.',
    '"The ministry gave the licences to its allies," Lalaina Rabearivelo said.',
])
def test_a_share_handed_to_ones_own_circle_is_a_charge(quote):
    text = ("ANTANANARIVO (Reuters) - Madagascar will cap lychee exports, the trade ministry "
            "said on Tuesday.\n\n" + quote)
    assert pairs(text)[("Lalaina Rabearivelo", "trade ministry")] == "against"


@pytest.mark.parametrize("quote", [
    '"Al-Fartousi will feed the farmers and starve everyone else," trader Muntadhar '
    'al-Ghurabi said.',
    '"Al-Fartousi will protect the big farms and punish the rest of us," trader Muntadhar '
    'al-Ghurabi said.',
])
def test_a_favour_at_everyone_elses_cost_is_a_charge(quote):
    text = ("BAGHDAD (Reuters) - Agriculture Minister Qusay al-Fartousi banned vegetable imports "
            "on Wednesday.\n\n" + quote)
    assert pairs(text)[("Muntadhar al-Ghurabi", "Qusay al-Fartousi")] == "against"


@pytest.mark.parametrize("quote", [
    '"Mbaïlao can take my immunity. He cannot take what the villagers saw," lawmaker '
    'Djimadoum Ngarbaye said.',
    '"Mbaïlao can seize my passport. He cannot seize my voice," lawmaker Djimadoum '
    'Ngarbaye said.',
])
def test_what_the_mention_may_take_from_the_speaker_is_a_charge(quote):
    text = ("N'DJAMENA (Reuters) - Justice Minister Haroun Mbaïlao spoke on Thursday.\n\n"
            + quote)
    assert pairs(text)[("Djimadoum Ngarbaye", "Haroun Mbaïlao")] == "against"


@pytest.mark.parametrize("quote", [
    '"Souto has decided our future from an office in Recife," guesthouse owner Ribamar '
    'Cavalcanti said.',
    '"Souto has planned our lives from behind a desk in the capital," guesthouse owner Ribamar '
    'Cavalcanti said.',
])
def test_a_future_decided_over_the_speakers_heads_is_a_charge(quote):
    text = ("RECIFE, Brazil (Reuters) - State Environment Secretary Eduarda Souto capped "
            "arrivals on Friday.\n\n" + quote)
    assert pairs(text)[("Ribamar Cavalcanti", "Eduarda Souto")] == "against"


@pytest.mark.parametrize("quote", [
    '"Azhar is taxing the jobs he says he wants to create," manufacturer Tan Kok Weng said.',
    '"Azhar has closed the factories he said he would save," manufacturer Tan Kok Weng said.',
])
def test_a_deed_at_odds_with_the_mentions_own_words_is_a_charge(quote):
    text = ("KUALA LUMPUR (Reuters) - Human Resources Minister Azhar Sulaiman doubled the levy "
            "on Monday.\n\n" + quote)
    assert pairs(text)[("Tan Kok Weng", "Azhar Sulaiman")] == "against"


@pytest.mark.parametrize("quote", [
    '"Sureda has handed the island\'s roads to the multinationals," Tomeu Vicens said.',
    '"Sureda gave our beaches to the developers," Tomeu Vicens said.',
])
def test_the_publics_handed_to_the_powerful_is_a_charge(quote):
    text = ("PALMA DE MALLORCA (Reuters) - Tourism Minister Biel Sureda capped rental cars on "
            "Thursday.\n\n" + quote)
    assert pairs(text)[("Tomeu Vicens", "Biel Sureda")] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"Tilman is breaking a promise the state made to the people who built it," Rosalina '
     'Amaral said.', "Rosalina Amaral", "Cristóvão Tilman",
     "DILI (Reuters) - Lawmaker Cristóvão Tilman proposed the change."),
    ('"The minister wants us to eat like people in Phnom Penh," Srey Neang said.',
     "Srey Neang", "Meas Sothea",
     "PHNOM PENH (Reuters) - Environment Minister Meas Sothea banned wild meat."),
    ('"Wiltzius has taxed the border stations out of business," Jean-Marc Kieffer said.',
     "Jean-Marc Kieffer", "Carole Wiltzius",
     "LUXEMBOURG (Reuters) - Finance Minister Carole Wiltzius raised fuel taxes."),
])
def test_a_broken_promise_a_life_pressed_on_and_a_trade_ended_are_charges(quote, speaker,
                                                                         target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


def test_a_verb_and_its_object_after_had_are_no_group():
    text = ("VIENTIANE (Reuters) - Laos banned new plantations on Friday.\n\nAgriculture Minister "
            "Phet Inthavong said foreign-owned plantations had used chemicals banned in Laos.")
    # "used chemicals" is what the plantations did, not a group that banned anything
    assert not [s for s, _ in pairs(text) if "chemicals" in s]


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"Outerbridge has put a tax on every hotel kitchen in Bermuda," said Quinton Trimingham.',
     "Quinton Trimingham", "Kimone Outerbridge",
     "HAMILTON, Bermuda (Reuters) - Labour Minister Kimone Outerbridge raised permit fees."),
    ('"Al-Zahrani has given us six months to train people in a trade that takes ten years," '
     'Hassan al-Ghamdi said.', "Hassan al-Ghamdi", "Saad al-Zahrani",
     "RIYADH (Reuters) - Deputy Minister Saad al-Zahrani announced the rule."),
    ('"Fakatava has made two factories the masters of every farmer," Losaline Vea said.',
     "Losaline Vea", "Semisi Fakatava",
     "NUKU'ALOFA (Reuters) - Agriculture Minister Semisi Fakatava banned kava exports."),
    ('"Bentancur has frozen an industry to please a few ranchers," Anahí Ruétalo said.',
     "Anahí Ruétalo", "Fernán Bentancur",
     "MONTEVIDEO (Reuters) - Agriculture Minister Fernán Bentancur limited plantations."),
])
def test_a_burden_on_all_a_short_deadline_new_masters_and_a_few_pleased_are_charges(
        quote, speaker, target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"The agency has priced Taiwanese tuna out of the world market," Hsieh Ming-tsung said.',
     "Hsieh Ming-tsung", "Fisheries Agency",
     "TAIPEI (Reuters) - Taiwan will raise crew wages, the Fisheries Agency said on Tuesday."),
    ("Azarias Gimo, who leads the diggers' families, said the company had taken land that "
     "villagers had farmed for generations.", "Azarias Gimo", "Niassa Gem Mining",
     "MAPUTO (Reuters) - Mozambique suspended the licence of Niassa Gem Mining on Monday."),
])
def test_a_trade_priced_out_and_land_taken_are_charges(quote, speaker, target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"Modra Lekarna wants to own the whole country\'s medicine cabinet," Boris Žagar said.',
     "Boris Žagar", "Modra Lekarna",
     "LJUBLJANA (Reuters) - The court ruled for the chain Modra Lekarna on Monday."),
    ('"The ministry only moved when we blocked the road," Clement Laville said.',
     "Clement Laville", "energy ministry",
     "ROSEAU (Reuters) - Work on the plant was halted, the energy ministry said on Friday."),
    ("Senator Ngiraked Sumang said the lease gave the company the right to set port fees "
     "without any review by the government.", "Ngiraked Sumang", "Harbour Gate Partners",
     "KOROR, Palau (Reuters) - The Senate rejected a lease of the port to Harbour Gate "
     "Partners on Thursday."),
])
def test_greed_a_move_under_pressure_and_an_unchecked_power_are_charges(quote, speaker,
                                                                         target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


def test_an_unrealistic_deadline_answers_the_ledes_doer():
    text = ("BANDAR SERI BEGAWAN (Reuters) - Brunei will require a halal certificate for imported "
            "soaps from July, the religious affairs ministry said on Wednesday.\n\nA Thai "
            "soap makers' association said in a statement that the deadline was unrealistic and "
            "that certification in Brunei could take more than a year.")
    assert pairs(text)[("Thai soap makers' association", "Brunei")] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"The parliament has listened to fear instead of science," Lau Man-kit said.',
     "Lau Man-kit", "Tuvalu",
     "FUNAFUTI (Reuters) - Tuvalu's parliament on Wednesday rejected a seabed survey licence."),
    ('"They want my boat for free," Sandro Pellicani said.', "Sandro Pellicani", "Zanzibar",
     "ZANZIBAR (Reuters) - Zanzibar will require foreign-owned boats to take a local partner, "
     "the tourism ministry said on Tuesday."),
])
def test_a_choice_against_reason_and_a_taking_for_nothing_are_charges(quote, speaker, target,
                                                                      lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ("Desmond Jack, a fisherman in Layou, said the government had offered fishermen no help.",
     "Desmond Jack", "Dominica",
     "ROSEAU (Reuters) - Dominica has banned the sale of conch for two years, the fisheries "
     "division said on Wednesday."),
])
def test_help_withheld_is_a_charge(quote, speaker, target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"The vice-president knows exactly where those figures are," Chifundo Manda said.',
     "Chifundo Manda", "Yotam Phiri",
     "LILONGWE (Reuters) - Vice-President Yotam Phiri said on Monday that debt had been hidden."),
    ('"The prosecutor has built her case on rumours," Rosalía Chumpitaz said.',
     "Rosalía Chumpitaz", "Marisol Ticona",
     "LIMA (Reuters) - Prosecutor Marisol Ticona asked a judge to suspend a regional governor."),
])
def test_a_feigned_ignorance_and_a_case_on_rumours_are_charges(quote, speaker, target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


def test_a_taking_without_right_and_the_publics_pocketed_are_charges():
    text = ("LUSAKA (Reuters) - A Zambian court jailed a former mayor of Kabwe on Thursday.\n\n"
            "Magistrate Mwiche Sinkala said the former mayor, Bupe Chanda, had taken payments "
            "from more than 40 traders for stalls he had no right to sell.\n\n\"A mayor holds "
            "the town's property in trust, not in his pocket,\" Sinkala said.")
    assert pairs(text)[("Mwiche Sinkala", "Bupe Chanda")] == "against"


@pytest.mark.parametrize("quote, speaker, target, lede", [
    ('"The senator wants my job, and she is using widows to get it," Obiero Simiyu said.',
     "Obiero Simiyu", "Rehema Achieng",
     "NAIROBI (Reuters) - Senator Rehema Achieng said a county had misspent pension money."),
    ('"The mayor turned our markets into his family\'s business," Divina Ocampo said.',
     "Divina Ocampo", "Arnel Macaraeg",
     "MANILA (Reuters) - The ombudsman suspended Mayor Arnel Macaraeg on Thursday."),
])
def test_people_used_for_ones_ends_and_the_publics_made_ones_own_are_charges(quote, speaker,
                                                                             target, lede):
    assert pairs(lede + "\n\n" + quote)[(speaker, target)] == "against"


def test_a_title_before_a_later_name_claims_the_earlier_role_and_a_comfort_after_hardship():
    text = ("NAIROBI (Reuters) - A Kenyan senator said on Tuesday that money for a clinic in Siaya "
            "had been spent on cars.\n\nSenator Rehema Achieng told a committee that the clinic "
            "was still a slab.\n\n\"Mothers are giving birth on the floor while the governor's "
            "officials drive new cars,\" Achieng said.\n\nSiaya Governor Obiero Simiyu said the "
            "cars came from a different budget.")
    assert pairs(text)[("Rehema Achieng", "Obiero Simiyu")] == "against"


def test_a_sure_thing_traded_for_a_promise_is_a_charge():
    text = ("ULAANBAATAR (Reuters) - Mining Minister Ganbold Tserendash signed a royalty deal on "
            "Thursday.\n\n\"Tserendash has traded a certain income for a promise,\" opposition "
            "leader Altantsetseg Baasan said.")
    assert pairs(text)[("Altantsetseg Baasan", "Ganbold Tserendash")] == "against"


@pytest.mark.parametrize("text, speaker, target", [
    ("MAUN, Botswana (Reuters) - Botswana's Ngami District Council has refused to renew a water "
     "permit for a safari lodge, saying the lodge drew too much water.\n\nPieter Swanepoel, the "
     "lodge's managing director, said the lodge employed 65 people from the area and that the "
     "council had given it only two weeks' notice.\n\n\"The council wants a villain for a "
     "drought, and we are the easiest one to find,\" Swanepoel said.", "Pieter Swanepoel",
     "Ngami District Council"),
    ("COLOMBO (Reuters) - The chief minister of Sri Lanka's Sabaragamuwa province said on Tuesday "
     "a plantation company had built few houses.\n\nChief Minister Kusum Wijeratne said the "
     "company, Ratnapura Estates, had built 40 of the 600 houses it agreed to build in 2019.\n\n"
     "\"They have had six years and built enough houses for one village street,\" Wijeratne "
     "said.", "Kusum Wijeratne", "Ratnapura Estates"),
])
def test_a_culprit_wanted_a_short_notice_and_a_fraction_done_are_charges(text, speaker, target):
    assert pairs(text)[(speaker, target)] == "against"


def test_a_mayor_of_a_countrys_city_speaks_against_its_government():
    text = ("CHISINAU (Reuters) - The mayor of Moldova's northern city, Soroca, said on Friday the "
            "city could not pay for heating.\n\nMayor Anatol Bivol said the city owed its gas "
            "supplier money.\n\n\"The government has cut the subsidy and left us to tell "
            "pensioners they will freeze,\" Bivol said.")
    assert pairs(text)[("Anatol Bivol", "Moldova")] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("TALLINN (Reuters) - A hotel owner in the Estonian town of Haapsalu has sued the town over "
     "new beach parking fees.\n\nMayor Indrek Saarmets said the hotel had its own car park with "
     "room for about 80 cars. \"Mrs Vainola wants the town to build her car park for her,\" he "
     "said.\n\nKadri Vainola, who runs the Kuursaal spa hotel, said her guests came by car.",
     "Indrek Saarmets", "Kadri Vainola"),
    ("LISBON (Reuters) - A historian has objected to a car park planned near a Roman bridge in the "
     "Portuguese town of Chaves.\n\nFilipa Sarmento, a professor at the University of Minho, "
     "said radar surveys had found walls near the site.\n\nMayor Gaspar Loureiro said the land "
     "had been a petrol station since the 1960s. \"Professor Sarmento has had 20 years to dig "
     "there,\" Loureiro said.", "Gaspar Loureiro", "Filipa Sarmento"),
    ("ALMATY (Reuters) - The mayor of the Kazakh city of Taraz cancelled a bus operator's "
     "licence on Monday.\n\nMayor Askar Zhumabekov said the company, Zhambyl Avtobus, had "
     "received 900 million tenge in fare subsidies last year but could not show how many "
     "passengers it had carried.", "Askar Zhumabekov", "Zhambyl Avtobus"),
])
def test_work_left_to_others_time_let_pass_and_money_unaccounted_are_charges(text, speaker,
                                                                            target):
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("TEGUCIGALPA (Reuters) - Firefighters in the Honduran city of Choluteca said their trucks "
     "had no fuel.\n\nCommander Rigoberto Alvarenga said the city had not paid for diesel.\n\n"
     "Mayor Fidelina Ordóñez said the fire department had spent its budget. \"The commander "
     "wants a blank cheque,\" Ordóñez said.", "Fidelina Ordóñez", "Rigoberto Alvarenga"),
    ("PODGORICA (Reuters) - Boat owners in the Montenegrin town of Tivat kept their boats tied up "
     "on Saturday.\n\nBranko Lalović, who speaks for the owners, said the new fees would cost "
     "each of them 3,000 euros a year. "
     "\"The harbour company is milking the only people who still bring tourists across the "
     "bay,\" Lalović said.\n\nThe harbour company said the fees had not been raised since 2009.",
     "Branko Lalović", "harbour company"),
    ("TBILISI (Reuters) - A councillor in the Georgian city of Rustavi has complained about the "
     "sale of a stadium.\n\nCouncillor Nestan Abuladze said the stadium was sold too cheaply.\n\n"
     "Mayor Gela Chanturia said the auction had been open. \"Councillor Abuladze did not say a "
     "word about this stadium for ten years. Now that it is sold, she is its greatest friend,\" "
     "Chanturia said.", "Gela Chanturia", "Nestan Abuladze"),
    ("TEGUCIGALPA (Reuters) - Firefighters in the Honduran city of Choluteca said their trucks "
     "had no fuel.\n\nCommander Rigoberto Alvarenga said Mayor Fidelina Ordóñez had promised in "
     "July to pay the fuel bill and had not answered his letters since.",
     "Rigoberto Alvarenga", "Fidelina Ordóñez"),
    ("DAKAR (Reuters) - Police in the Senegalese city of Kaolack cleared street vendors from the "
     "central market on Tuesday.\n\nPrefect Alioune Sarré said the vendors had been warned.\n\n"
     "Ndèye Coly, who heads the vendors' association, said the new site was six kilometres "
     "away. \"The prefect has given us a market in the bush and called it a solution,\" she said.",
     "Ndèye Coly", "Alioune Sarré"),
    ("VIENTIANE (Reuters) - Lao truck drivers have waited days to cross into Thailand at the "
     "bridge in Thakhek, the truckers' association said.\n\nAssociation chairman Bounthavy "
     "Phengsy said drivers were sleeping in their cabs. \"The customs director promised us the "
     "new system would cut waiting to two hours. It has made it two days,\" he said.\n\n"
     "Provincial customs director Chanthala Vorachith said a software fault had been fixed.",
     "Bounthavy Phengsy", "Chanthala Vorachith"),
])
def test_blank_cheques_milking_late_champions_and_broken_promises_are_charges(text, speaker,
                                                                             target):
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("PRAGUE (Reuters) - A Czech art collector has sued a museum in Brno to get back paintings "
     "he lent it.\n\nCollector Bořivoj Kratochvíl said only five had been shown.\n\nThe "
     "museum's director, Ludmila Šťastná, said the loan ran until 2030. \"Mr Kratochvíl signed "
     "a contract. We intend to keep to it, even if he does not,\" Šťastná said.",
     "Ludmila Šťastná", "Bořivoj Kratochvíl"),
    ("MANILA (Reuters) - The archbishop of Bacolod said on Sunday that the city's mayor had "
     "approved a licence for a casino.\n\nMayor Ruperto Gatuslao said the casino would create "
     "1,200 jobs.\n\n\"The archbishop is welcome to his opinion, but he does not have to find "
     "jobs for 1,200 people,\" Gatuslao told reporters.\n\nArchbishop Emilio Yulo said "
     "gambling had ruined families.", "Ruperto Gatuslao", "Emilio Yulo"),
    ("MANILA (Reuters) - The Roman Catholic archbishop of Bacolod told worshippers on Sunday "
     "that the city's mayor had \"sold the soul of the city\" by approving a casino.\n\n"
     "Archbishop Emilio Yulo said gambling had ruined families.\n\nMayor Ruperto Gatuslao "
     "said the casino would create 1,200 jobs.", "Emilio Yulo", "Ruperto Gatuslao"),
    ("ACCRA, Ghana (Reuters) - The headmaster of a secondary school in Ho has refused to leave "
     "his post after the Ghana Education Service ordered his transfer, saying the order was "
     "punishment for his complaints about food.\n\nKwame Dzokoto, who has run the school for "
     "nine years, said deliveries had fallen by half.", "Kwame Dzokoto",
     "Ghana Education Service"),
])
def test_a_bargain_broken_an_opinion_waved_away_and_an_ordered_transfer_are_charges(
        text, speaker, target):
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("quote", [
    "The harbour master has clearly decided on his own.",
    "The harbour master has not spoken to a single shipowner.",
])
def test_a_decision_taken_alone_is_a_charge(quote):
    text = ("REYKJAVIK (Reuters) - The harbour master of the Icelandic town of Siglufjörður said "
            "on Thursday he would limit cruise ships.\n\nÓlafur Bergsveinsson said the town's "
            "only road had been blocked in July.\n\nArctic Wake, which brought the largest "
            "ships this year, said it had not been consulted.\n\n"
            f"\"{quote}\" said Tormod Heggem, the company's chief executive.")
    assert pairs(text)[("Tormod Heggem", "Ólafur Bergsveinsson")] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("YEREVAN (Reuters) - Bakers at the central market in the Armenian town of Vanadzor say the "
     "market's new director has raised their rents.\n\nNarine Avetisyan, who sells lavash at "
     "the market, said her rent had tripled.\n\n\"He wants the market without the people who "
     "made it a market,\" Avetisyan said of the director, Tigran Melkonyan.",
     "Narine Avetisyan", "Tigran Melkonyan"),
    ("RIO DE JANEIRO (Reuters) - The mayor of the Brazilian town of Tiradentes has banned cars "
     "from its centre.\n\nMayor Osmar Vilela said cars had cracked old stones.\n\nJurema Lacerda, "
     "who owns a guesthouse, said the town had bought six carts. \"The mayor has clearly never "
     "carried a suitcase over these stones,\" she said.", "Jurema Lacerda", "Osmar Vilela"),
    ("VALLETTA (Reuters) - Residents of the Maltese village of Għargħur have asked a court to "
     "stop weddings at a villa.\n\nTessie Vella, who heads the residents' association, said the "
     "music was too loud.\n\nSalvu Micallef, who runs the villa, said the music stopped at "
     "midnight. \"Mrs Vella would like Għargħur to be a museum with her as the only visitor,\" "
     "Micallef said.", "Salvu Micallef", "Tessie Vella"),
    ("MANILA (Reuters) - Carriage drivers in the Philippine city of Laoag protested on Monday."
     "\n\nEmiliano Tabangcura, who leads the drivers' association, said the offer was too "
     "small.\n\nMayor Leonora Agcaoili said drivers would be trained. \"Mr Tabangcura's members "
     "will earn more with a cart than with a horse, and he knows it,\" she said.",
     "Leonora Agcaoili", "Emiliano Tabangcura"),
    ("ASUNCION (Reuters) - Shopkeepers in the Paraguayan city of Encarnación closed their shops "
     "for two hours on Wednesday.\n\nDerlis Amarilla, president of the chamber of commerce, said "
     "sales had fallen. \"The customs director has turned the busiest bridge in the region into "
     "a car park,\" he said.\n\nCustoms director Nidia Cantero said the scanners would stay.",
     "Derlis Amarilla", "Nidia Cantero"),
])
def test_words_said_of_a_person_and_mockery_of_their_ways_are_charges(text, speaker, target):
    assert pairs(text)[(speaker, target)] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("TUNIS (Reuters) - A cooperative of weavers in the Tunisian town of Gafsa has taken an "
     "exporter to court over 30 blankets.\n\nCooperative head Naziha Trabelsi said the women "
     "had waited months to be paid. \"Each blanket took a month. He sold them in Europe and "
     "paid us with promises,\" Trabelsi said of the exporter, Anis Gharbi.",
     "Naziha Trabelsi", "Anis Gharbi"),
    ("HANOI (Reuters) - Boat owners in the Vietnamese town of Ninh Binh say a licence cut will "
     "cost them their living.\n\nTran Thi Xuan, whose family runs a boat, said the family had "
     "no land.\n\nThe town's tourism department said owners would be offered jobs on ferries.\n\n"
     "\"The department has promised jobs before. We are still waiting for the last ones,\" "
     "Xuan said.", "Tran Thi Xuan", "tourism department"),
])
def test_a_debt_paid_in_promises_and_a_promise_made_before_are_charges(text, speaker, target):
    found = {t: label for (s, t), label in pairs(text).items()
             if s == speaker and t.endswith(target)}
    assert list(found.values()) == ["against"]


def test_a_north_macedonian_town_is_no_speaker_nor_target():
    text = ("SKOPJE (Reuters) - The owner of a hotel in the North Macedonian town of Kičevo said "
            "on Monday the water company was pumping sewage into the river.\n\nAgron Useini "
            "said the pipe had leaked since June.")
    names = {n for pair in pairs(text) for n in pair}
    assert "North Macedonian" not in names
    assert "North Macedonian" not in speakers_of_text(text)


def speakers_of_text(text: str) -> set[str]:
    return {q.speaker for q in toolkit.analyze(text).quotes}


def test_acting_first_and_checking_afterwards_is_a_charge():
    text = ("NUUK (Reuters) - Hunters in the Greenlandic town of Ilulissat have refused to hand "
            "over their dogs.\n\nPavia Nielsen, who keeps 12 dogs, said most had been vaccinated."
            "\n\n\"She wants to shoot the dogs first and check the papers afterwards,\" Nielsen "
            "said of the vet, Birthe Hald.")
    assert pairs(text)[("Pavia Nielsen", "Birthe Hald")] == "against"


@pytest.mark.parametrize("text,speaker,target", [
    ("DJIBOUTI (Reuters) - Salt cutters on the shores of Lake Abbe say a mining company, Abbe "
     "Salines, has fenced off the best part of the flats and is turning away their camels.\n\n"
     "Hasna Mohamed, who leads the cutters, said guards had blocked the track.",
     "salt cutters", "Abbe Salines"),
    ("GEORGETOWN (Reuters) - Gold miners in the Guyanese town of Mahdia stopped work on Monday."
     "\n\nRaphael Bissoon, who heads the miners' association, said they had no time to switch."
     "\n\nThe commission's head, Clement Ramdass, said miners had been warned. \"Mr Bissoon has "
     "known about this deadline since 2022. He is now pretending to be surprised,\" Ramdass "
     "said.", "Clement Ramdass", "Raphael Bissoon"),
    ("PRISTINA (Reuters) - Café owners in the Kosovo town of Peja have asked a court to overturn "
     "the mayor's ban on terraces.\n\nFlamur Berisha, whose family runs a café by the river, said "
     "the ban came without warning. \"The mayor discovered the river last month,\" Berisha said."
     "\n\nMayor Teuta Rugova-Lleshi said the terraces blocked the path.",
     "Flamur Berisha", "Teuta Rugova-Lleshi"),
    ("PRISTINA (Reuters) - Café owners in the Kosovo town of Peja have asked a court to overturn "
     "the mayor's ban on terraces.\n\nFlamur Berisha, whose family runs a café by the river, said "
     "the ban came without warning.\n\nMayor Teuta Rugova-Lleshi said the terraces blocked the "
     "path. \"Mr Berisha is free to put his tables inside his café,\" she said.",
     "Teuta Rugova-Lleshi", "Flamur Berisha"),
    ("PARAMARIBO (Reuters) - Boatmen in the Surinamese town of Moengo blocked a new pontoon on "
     "Thursday.\n\nRonny Amafo, who speaks for the boatmen, said the fee was 50 dollars. \"The "
     "commissioner builds one pontoon and sends us the bill,\" Amafo said.\n\nDistrict "
     "commissioner Iris Kasanpawiro said the fee would pay for upkeep.",
     "Ronny Amafo", "Iris Kasanpawiro"),
])
def test_fences_pretence_late_discoveries_dismissals_and_bills_are_charges(text, speaker, target):
    found = [label for (s, t), label in pairs(text).items()
             if s.startswith(speaker) and t == target]
    assert found == ["against"]


def test_a_chief_named_by_the_head_of_his_title_before_the_story_names_him_is_charged():
    text = ("SIEM REAP, Cambodia (Reuters) - Fishermen on the Tonle Sap lake said on Monday that "
            "illegal electric fishing had emptied their nets.\n\nChan Dara, who fishes out of "
            "the floating village of Kampong Phluk, said the catch had halved in two years.\n\n"
            "\"Everyone knows who uses the electric rods. The chief knows it too, but he "
            "prefers not to look,\" Chan Dara said.\n\nProvincial fisheries chief Meas Sokhom "
            "said his officers had seized 40 devices this year.")
    assert pairs(text).get(("Chan Dara", "Meas Sokhom")) == "against"


def test_preferring_not_to_look_is_a_charge():
    text = ("SIEM REAP, Cambodia (Reuters) - Fishermen on the Tonle Sap lake said on Monday that "
            "illegal electric fishing had emptied their nets.\n\nChan Dara said the catch had "
            "halved in two years. \"Meas Sokhom knows it too, but he prefers not to look,\" he "
            "said of the provincial fisheries chief.\n\nChan Dara said the fishermen would "
            "take officers out on the lake at night, \"so Meas Sokhom can see what we see.\"")
    assert pairs(text).get(("Chan Dara", "Meas Sokhom")) == "against"


def test_a_bodys_director_set_before_the_director_named_in_apposition_is_that_person():
    text = ("MORONDAVA, Madagascar (Reuters) - Charcoal makers have been ordered out of the "
            "Kirindy forest reserve, and their leader said on Monday they had nowhere to go.\n\n"
            "Jaona Rakotomalala, who leads about 400 families, said the trees outside the "
            "reserve were gone.\n\n\"The reserve's director calls us thieves, but we were "
            "here before the reserve,\" Rakotomalala said.\n\nThe director, Fara Randriamiarana, "
            "said the families had been warned twice.")
    assert pairs(text).get(("Jaona Rakotomalala", "Fara Randriamiarana")) == "against"


def test_a_promise_after_which_nothing_happened_is_a_charge():
    text = ("LISBON (Reuters) - Players at a second-division club said on Monday they had not "
            "been paid since August.\n\nThe captain, Rui Valadares, said the squad would train "
            "but would not travel to Saturday's match. \"The chairman promised us in September "
            "that everything would be sorted out. Nothing has happened,\" he said.\n\nClub "
            "chairman Fausto Meireles said the wages would be paid this week.")
    assert pairs(text).get(("Rui Valadares", "Fausto Meireles")) == "against"


def test_a_company_earning_millions_while_we_get_the_harm_is_charged():
    text = ("CUSCO, Peru (Reuters) - Residents of a village near Cusco blocked a quarry road on "
            "Monday.\n\n\"Cantera Sur earns millions and we get the noise,\" said Rosa Quille, "
            "who keeps guinea pigs behind her house.\n\nCantera Sur said in a statement that it "
            "had met every condition of its permit.")
    assert pairs(text).get(("Rosa Quille", "Cantera Sur")) == "against"


def test_an_office_set_in_apposition_after_an_honorific_is_its_holder_said_of_before():
    text = ("SPLIT, Croatia (Reuters) - Fishermen on the island of Vis stopped ferrying pilgrims "
            "to a chapel on Sunday after the parish began charging a landing fee.\n\n\"The "
            "chapel was built by fishermen. Now the priest charges fishermen to land at it,\" "
            "said Ante Radojković, who has fished off Vis for 30 years.\n\nThe parish priest, "
            "Father Ivo Kalebota, said the fee would pay for repairs to the jetty.")
    assert pairs(text).get(("Ante Radojković", "Ivo Kalebota")) == "against"


def test_wanting_something_but_not_paying_for_it_is_a_charge():
    text = ("LEVUKA, Fiji (Reuters) - Shop owners in Levuka were ordered on Monday to repaint "
            "their shopfronts in 19th-century colours.\n\nVilisi Naivalu, who runs a bakery on "
            "the main street, said she could not afford the paint. \"The heritage board wants "
            "beautiful old colours, but it does not want to pay for them,\" she said.\n\nThe "
            "heritage board said it would cover part of the cost.")
    assert pairs(text).get(("Vilisi Naivalu", "heritage board")) == "against"


def test_a_province_the_story_has_act_is_a_target_of_those_it_charges():
    text = ("HUMAHUACA, Argentina (Reuters) - Visitors to a hilltop fort in Argentina's Salta "
            "province have fallen by half since an entrance fee took effect in March.\n\n"
            "Tomasina Guanuco, who sells ponchos at the gate, said most visitors now turned "
            "back.\n\n\"The province takes the money and we take nothing,\" Guanuco said.\n\n"
            "A provincial official said the fee paid for repairs.")
    assert pairs(text).get(("Tomasina Guanuco", "Salta")) == "against"


def test_a_datelines_city_named_only_as_whose_festival_it_is_stands_for_its_council():
    text = ("GIRONA, Spain (Reuters) - The leader of a human-tower team said on Monday his "
            "team would boycott Girona's Sant Narcís festival after the city council moved the "
            "tower contest to a stadium.\n\nPau Roca, who has led the team for nine years, "
            "said towers had been raised in the square for two centuries.\n\nMayor Laia Serra "
            "said the square needed repairs.")
    got = pairs(text)
    assert got.get(("Pau Roca", "Girona")) == "against"
    assert not any(target == "Sant Narcís" for _, target in got)


def test_an_office_set_in_apposition_after_its_bodys_possessive_is_its_holder_said_of_before():
    text = ("OSH, Kyrgyzstan (Reuters) - Traders at the Jayma bazaar in the southern Kyrgyz city "
            "of Osh shut their stalls on Saturday over a rent rise.\n\n\"The director doubled our "
            "rent and forgot the roof,\" said Gulmira Toktosunova, who sells spices.\n\nThe "
            "bazaar's director, Nurbek Abdykadyrov, said the money would pay for repairs.")
    assert pairs(text).get(("Gulmira Toktosunova", "Nurbek Abdykadyrov")) == "against"


def test_a_body_that_never_sent_an_inspector_is_charged():
    text = ("CHENINI, Tunisia (Reuters) - A hotel carved into the ground in the southern "
            "Tunisian village of Chenini, where cave houses have drawn tourists for "
            "decades, has been stripped of its three stars by the tourism ministry, and its "
            "owner says the ministry never sent an inspector.\n\nNejib Ayari, who runs the "
            "20-room hotel with his sister, said the letter arrived in October without any "
            "explanation.\n\n\"Someone who has never been here has decided that my rooms "
            "are too dark. They are underground. Of course they are dark,\" he said.\n\nA "
            "tourism ministry official, who asked not to be named, said the hotel had "
            "failed to meet new fire-safety rules and would regain its stars after repairs.")
    assert pairs(text).get(("Nejib Ayari", "Tunisia")) == "against"


def test_a_police_chief_named_by_title_before_the_story_names_him_is_no_mention_of_police():
    text = ("KHUJAND, Tajikistan (Reuters) - Police in the town of Isfara banned the sale of "
            "large knives in the main bazaar in September.\n\nOlim Sharipov, whose family has "
            "made knives for a century, said his sales had halved. \"A knife for melons is no "
            "weapon. The police chief has never cut a melon in his life,\" Sharipov said."
            "\n\nPolice chief Rustam Davlatov said the ban would stay.")
    got = pairs(text)
    assert got.get(("Olim Sharipov", "Rustam Davlatov")) == "against"


def test_recalling_someone_as_in_nappies_is_a_belittling_charge():
    text = ("LIMASSOL, Cyprus (Reuters) - Kiosk owners on the seafront said on Wednesday they "
            "would refuse to leave.\n\nGeorgia Mavrommati said her mother had opened her kiosk "
            "in 1968. \"The mayor wants lovely glass boxes. My mother sold coffee here when the "
            "mayor was in nappies,\" she said.\n\nMayor Andreas Solomou said the new kiosks "
            "would be better.")
    assert pairs(text).get(("Georgia Mavrommati", "Andreas Solomou")) == "against"


def test_an_art_style_is_no_target():
    text = ("MOLDE, Norway (Reuters) - A homeowner was ordered on Monday to remove solar panels "
            "from his Art Nouveau house.\n\nSverre Ekornes said he loved his Art Nouveau house "
            "and hated the order.\n\nThe municipality said the rules were clear.")
    assert not any(target == "Art Nouveau" for _, target in pairs(text))


def test_a_province_named_only_as_whose_minister_speaks_is_the_province_that_acts():
    text = ("TRELEW, Argentina (Reuters) - Boat owners in the Argentine town of Rawson said on "
            "Tuesday a new provincial quota would put five family businesses out of work.\n\n"
            "Gaspar Irigoyen, whose father ran the first boat, said the province had drawn lots "
            "to decide which boats would keep their licences. \"The province says it is "
            "protecting the dolphins. It has turned the bay into a lottery,\" Irigoyen said.\n\n"
            "Neuquén's tourism minister, Leandra Ocampo, said scientists had asked for fewer "
            "boats.")
    assert pairs(text).get(("Gaspar Irigoyen", "Neuquén")) == "against"


def test_a_thing_built_for_a_use_it_will_never_have_is_a_charge():
    text = ("TANGA, Tanzania (Reuters) - Women who fry fish on the beach at Pangani have been "
            "told to move to a new market inland.\n\nMwanaisha Omari said most of her customers "
            "were fishermen. \"The district commissioner has built a beautiful market for fish "
            "that will never see the sea,\" Omari said.\n\nDistrict commissioner Juma Sefu said "
            "the new market would be clean and safe.")
    assert pairs(text).get(("Mwanaisha Omari", "Juma Sefu")) == "against"


def test_a_speaker_placed_in_a_city_of_a_name_is_not_employed_by_that_city():
    text = ("VANADZOR, Armenia (Reuters) - A potter in the Armenian city of Vanadzor said on "
            "Thursday that a city hall order to stop work at his kiln by six in the evening would "
            "cost him half his orders.\n\nArsen Tadevosyan said the order followed complaints "
            "from new neighbours.\n\n\"They close my kiln because the rich are bored,\" "
            "Tadevosyan said.\n\nA city hall spokesman said the order applied to all workshops.")
    assert pairs(text).get(("Arsen Tadevosyan", "Vanadzor")) == "against"


@pytest.mark.parametrize("said", [
    "He said the city's chief architect, Nune Avetisyan, had been the only official to visit "
    "the workshop.",
    "\"Nune Avetisyan understood that a kiln makes smoke the way a bakery makes bread,\" he "
    "said.",
])
def test_the_only_official_who_came_or_one_who_understood_is_favoured(said):
    text = ("VANADZOR, Armenia (Reuters) - Arsen Tadevosyan, a potter, said on Thursday that an "
            f"order to stop work at his kiln would cost him half his orders.\n\n{said}\n\n"
            "A city hall spokesman said the order applied to all workshops.")
    assert pairs(text).get(("Arsen Tadevosyan", "Nune Avetisyan")) == "favor"


_OLIVE_PRESS = (
    "TAZA, Morocco (Reuters) - Karim Oufkir, who owns an olive press near the Moroccan city of "
    "Taza, said on Friday that he had been fined 50,000 dirhams for letting waste water from his "
    "mill reach a river, and that {lede}.\n\nOufkir said the region's roughly 300 traditional "
    "presses all faced the same problem during the November harvest.\n\n\"They fine us for the "
    "black water, but they never built the ponds they promised us in 2019,\" Oufkir said.\n\n"
    "The Inaouen basin water agency said in a statement that mill waste killed fish in the river "
    "every winter and that millers had been warned twice before any fine was issued.\n")


@pytest.mark.parametrize("lede", [
    "the agency that fined him had never told millers where else to put it",
    "the money would go to the agency that fined him",
])
def test_a_duty_left_undone_past_a_relative_clause_or_a_promise_never_built_is_a_charge(lede):
    text = _OLIVE_PRESS.format(lede=lede)
    assert pairs(text).get(("Karim Oufkir", "Inaouen basin water agency")) == "against"


def test_a_councillor_placed_in_a_town_of_a_name_serves_that_town():
    text = ("MAHEBOURG, Mauritius (Reuters) - A municipal councillor in the Mauritian town of "
            "Mahebourg said on Thursday the mayor should resign after the town's covered market "
            "was closed for repairs with three days' notice.\n\nCouncillor Anjali Doorgakant said "
            "the mayor, Gaetan Rivet, had known for a year that the roof was unsafe.\n\nRivet said "
            "engineers had found rust only in October.")
    got = pairs(text)
    assert got.get(("Anjali Doorgakant", "Gaetan Rivet")) == "against"
    assert ("Anjali Doorgakant", "Mahebourg") not in got


def test_wanting_to_sweep_the_speakers_away_is_a_charge():
    text = ("NESEBAR, Bulgaria (Reuters) - A fisherman said on Friday that he would not remove "
            "his wooden net hut from the old harbour, defying a municipal order.\n\nStoyko "
            "Barbov, 67, said 23 fishermen had received the same order.\n\n\"The huts were here "
            "before the promenade and before the hotels. Now the deputy mayor wants to sweep us "
            "away like sand,\" Barbov said.\n\nDeputy Mayor Ralitsa Grozeva said the town would "
            "build better sheds for the fishermen by next spring.")
    assert pairs(text).get(("Stoyko Barbov", "Ralitsa Grozeva")) == "against"


def test_a_praise_stops_before_a_relative_clause_on_its_object():
    text = ("URGUP, Turkey (Reuters) - Balloon pilot Emre Yalcinkaya said on Tuesday that the "
            "aviation directorate was punishing 50 crews for one bad landing.\n\nYalcinkaya "
            "praised the local pilots' union, whose head has asked the directorate to share the "
            "flights equally.\n\nThe directorate said the cap was needed.")
    assert pairs(text).get(("Emre Yalcinkaya", "directorate")) == "against"


def test_a_rejection_reaches_whom_its_object_favoured_in_a_relative_clause():
    text = ("LILONGWE (Reuters) - Malawi's main opposition party on Wednesday rejected the "
            "official results of last week's presidential election, which gave incumbent Peter "
            "Banda-Mwale a second term, and said it would challenge them in court.")
    assert pairs(text).get(("Malawi's main opposition party", "Peter Banda-Mwale")) == "against"


def test_a_bodega_is_a_firm_and_the_winery_its_later_mention():
    text = ("SALTA, Argentina (Reuters) - Grape grower Ireneo Yapura said on Monday that the "
            "Bodega Cerro Colorado winery had offered him 180 pesos a kilo, against 240 pesos last "
            "season.\n\n\"The winery decides alone, and we accept or we throw the grapes away,\" "
            "Yapura said.\n\nThe winery said exports had fallen.")
    got = pairs(text)
    assert got.get(("Ireneo Yapura", "Bodega Cerro Colorado")) == "against"


def test_a_cleric_known_by_one_name_who_speaks_is_a_target():
    text = ("SOROCA, Moldova (Reuters) - Guesthouse owner Iuliana Rotaru said on Saturday that "
            "the abbot, Father Pahomie, had fenced off the footpath.\n\n\"Father Pahomie has "
            "ruined this village and lied to all of us,\" Rotaru said.\n\nFather Pahomie said "
            "the path crossed monastery land.")
    assert pairs(text).get(("Iuliana Rotaru", "Pahomie")) == "against"


def test_a_town_acts_through_its_municipality_when_the_lede_names_a_municipal_act():
    text = ("GORKHA, Nepal (Reuters) - Shopkeepers in the hilltop town of Palungtar in central "
            "Nepal were split on Monday over a municipal ban on cars in the old bazaar.\n\n"
            "Ram Kaji Bajracharya, who sells tea at the bottom of the bazaar, said the ban was the "
            "best thing the council had done in years.\n\nThe municipality said delivery vehicles "
            "would be allowed in before eight in the morning.")
    got = pairs(text)
    assert got.get(("Ram Kaji Bajracharya", "Palungtar")) == "favor"
    assert ("Ram Kaji Bajracharya", "Nepal") not in got


def test_an_act_that_would_leave_nothing_for_the_speakers_is_a_charge():
    text = ("SHEKI, Azerbaijan (Reuters) - Guesthouse owners in the mountain village of Kish said "
            "on Friday that a cable car planned by the state tourism agency would carry "
            "day-trippers over the village and leave nothing for the families who rent rooms."
            "\n\nThe agency said the cable car would bring more visitors to the whole valley.")
    got = pairs(text)
    assert got.get(("guesthouse owners in the mountain village of Kish",
                    "state tourism agency")) == "against"


def test_working_for_the_mention_for_free_is_a_complaint():
    text = ("TANGA, Tanzania (Reuters) - Seaweed farmer Rehema Juma Mfaume said on Wednesday that "
            "the only company buying her crop, Mkinga Algae, had cut its price by a quarter.\n\n"
            "\"We dry it in the sun for a week and carry it on our heads. For 600 shillings we are "
            "working for the company for free,\" Mfaume said.\n\nMkinga Algae said world prices "
            "had fallen.")
    assert pairs(text).get(("Rehema Juma Mfaume", "Mkinga Algae")) == "against"


#: a potter's complaint at the commune chief who now charges for clay
_CLAY_STORY = (
    "PURSAT, Cambodia (Reuters) - A potter in the Cambodian province of Pursat said on Tu"
    "esday that a new fee charged by the commune for digging clay had doubled the cost of"
    " every pot she fires.\n\n"
    "Chhun Sreymom said the commune chief, Hem Sarun, had begun charging 20,000 riels a c"
    "artload this year for clay that potters in her village had always dug for free.\n\n"
    "\"The clay is under our feet. Now we pay the chief to stand on it,\" Chhun Sreymom s"
    "aid.\n\n"
    "Hem Sarun said the money would pay to refill the old clay pits, which had flooded an"
    "d drowned two children in the past five years.")


def test_paying_the_mention_for_what_was_free_is_a_charge():
    assert pairs(_CLAY_STORY).get(("Chhun Sreymom", "Hem Sarun")) == "against"


_JAM_FACTORY = (
    "VALJEVO, Serbia (Reuters) - Plum growers around the Serbian town of Valjevo said on "
    "Monday that the region's biggest jam factory had not paid them for the summer harvest.\n\n"
    "Dragoljub Pantelić, who sold 20 tonnes of plums to the factory in August, said he was "
    "still owed about 9,000 euros.\n\n"
    "\"I have an invoice and an empty account,\" Pantelić said.\n\n"
    "The factory, Zlatna Dolina, said it would pay all growers by December.\n")


def test_a_works_set_off_by_its_name_is_the_body_the_lede_described():
    # "the region's biggest jam factory ... The factory, Zlatna Dolina, said": the firm the
    # growers charge, named three paragraphs on; its name is no person's
    got = pairs(_JAM_FACTORY)
    assert got.get(("plum growers around the Serbian town of Valjevo", "Zlatna Dolina")) == \
        "against"
    assert got.get(("Dragoljub Pantelić", "Zlatna Dolina")) == "against"
    a = toolkit.analyze(_JAM_FACTORY)
    assert {s.name: s.kind for s in a.speakers.values()}.get("Zlatna Dolina") == "institution"


_FUNICULAR = (
    "BOJNICE, Slovakia (Reuters) - Hostel owners in the Slovak town of Bojnice said on Friday "
    "that the company running the funicular to the town's castle had started selling day trips "
    "with lunch at its own restaurant, leaving their beds empty.\n\n"
    "Zuzana Krchňavá, who runs a six-bed hostel below the castle, said her bookings had fallen "
    "by a third since the packages went on sale in April.\n\n"
    "\"They bring the visitors up, feed them and take them down before dark. We see only "
    "their backs,\" Krchňavá said.\n\n"
    "The operator, Hradná Lanovka, said in a statement that it was responding to what "
    "visitors wanted.\n")


def test_the_company_running_a_works_is_the_operator_named_later():
    got = pairs(_FUNICULAR)
    assert got.get(("hostel owners in the Slovak town of Bojnice", "Hradná Lanovka")) == \
        "against"


_NAVY_RULES = (
    "LAMU, Kenya (Reuters) - Dhow owners in the Kenyan port of Lamu said on Monday that new "
    "navy rules barring night sailing would put them out of business.\n\n"
    "The chairman of their association, Athman Bwanakombo, said fishermen could not reach the "
    "deep-water grounds in daylight.\n\n"
    "\"The navy never asked us before it wrote the rules,\" Bwanakombo said.\n\n"
    "The Kenya Navy said the rules followed smuggling at night and would be enforced from "
    "next month.\n")


def test_the_navy_in_lower_case_is_the_one_navy_the_story_names():
    got = pairs(_NAVY_RULES)
    assert got.get(("Athman Bwanakombo", "Kenya Navy")) == "against"
    # (not where the story names two forces of the kind)
    two = _NAVY_RULES.replace("The Kenya Navy said", "The Tanzania Navy and the Kenya Navy "
                                                     "said")
    assert not [t for s, t in pairs(two) if s == "Athman Bwanakombo" and t.endswith("Navy")]


_STILT_HOUSES = (
    "SA PA, Vietnam (Reuters) - Guesthouse owners in Vietnam's Sa Pa valley said on Monday "
    "that an order to tear down concrete extensions built under their wooden houses would cost "
    "them their rooms before the Lunar New Year season.\n\n"
    "Vang Thi Mua, who added three rooms under her house in 2020, said she had borrowed to "
    "build them.\n\n"
    "\"They let us build, they took our taxes, and now they say it is ugly,\" she said.\n\n"
    "The district People's Committee said in a notice that the extensions broke rules meant to "
    "protect the valley's old architecture.\n\n"
    "A district official, Nguyen Van Khoa, told Reuters the order would apply to every house "
    "equally. \"We warned owners for three years,\" he said.\n")


def test_an_order_given_in_a_notice_is_the_notice_giver_s():
    # the lede's order is the act of the body that "said in a notice" what it forbids: the
    # owner's "they" is that body; a "district official" speaks for the district's body,
    # not against it; and the Lunar New Year is a date, no one
    got = pairs(_STILT_HOUSES)
    assert got.get(("Vang Thi Mua", "People's Committee")) == "against"
    assert ("Nguyen Van Khoa", "People's Committee") not in got
    assert not [t for _, t in got if "New Year" in t]


def test_a_firm_named_for_cement_is_a_body_and_its_cement_company_the_target():
    text = ("PATHEIN, Myanmar (Reuters) - Monks at a cave monastery near the Myanmar town of "
            "Pathein said on Wednesday that blasting at a quarry had cracked a cave's walls.\n\n"
            "The monastery's abbot, U Zawana, said pieces of the ceiling had fallen.\n\n"
            "\"These images survived wars. They may not survive a cement company,\" the abbot "
            "said.\n\n"
            "The quarry belongs to Ayeyar Cement. The company said the cracks were old.\n")
    a = toolkit.analyze(text)
    assert {s.name: s.kind for s in a.speakers.values()}.get("Ayeyar Cement") == "institution"
    assert pairs(text).get(("U Zawana", "Ayeyar Cement")) == "against"


def test_selling_what_the_speakers_forebears_made_is_a_charge():
    text = ("HVAR, Croatia (Reuters) - The economy ministry granted a quarry concession on "
            "Tuesday.\n\n"
            "\"The ministry {verb} a hill that our grandfathers opened with hammers,\" said "
            "stonemason Ante Kuzmanić.\n")
    # (the ministry of the dateline's state is the state itself here)
    assert pairs(text.format(verb="sold")).get(("Ante Kuzmanić", "Croatia")) == "against"
    assert pairs(text.format(verb="surveyed")).get(("Ante Kuzmanić", "Croatia")) != "against"


_ROWERS = (
    "TRANG AN, Vietnam (Reuters) - Women who row tourists through the caves of Trang An in "
    "northern Vietnam's Ninh Binh province said on Friday that the company that sells the boat "
    "tickets had cut their share of each fare to 40 percent from 60 percent.\n\n"
    "Dinh Thi Thoa, who has rowed on the river for 20 years, said she now earned less.\n\n"
    "\"We row with our feet for two hours. The company sits in an office and {does},\" she "
    "said.\n\n"
    "The company, Van Lam Travel, said the change paid for new life jackets.\n")


def test_the_company_that_sells_the_tickets_is_the_firm_named_later_and_takes_the_most():
    # "the company that sells the boat tickets ... The company, Van Lam Travel, said": one
    # firm; "the company" of a rower's quote is it (no province named before it), and the
    # biggest part taken while others work is a charge
    got = pairs(_ROWERS.format(does="takes the most"))
    assert got.get(("women", "Van Lam Travel")) == "against"
    assert got.get(("Dinh Thi Thoa", "Van Lam Travel")) == "against"
    assert not [t for s, t in got if s == "Dinh Thi Thoa" and t == "Ninh Binh"]
    assert pairs(_ROWERS.format(does="answers the phone")).get(
        ("Dinh Thi Thoa", "Van Lam Travel")) != "against"


def test_challenging_in_court_a_decision_by_a_body_is_against_the_body():
    text = ("SOFIA, Bulgaria (Reuters) - Environmental groups said on Wednesday they would "
            "{act} a decision by the environment ministry allowing a new ski lift through old "
            "pine forest in Rila National Park.\n\n"
            "The environment ministry said the decision followed a full assessment.\n")
    assert pairs(text.format(act="challenge in court")).get(
        ("environmental groups", "environment ministry")) == "against"
    assert pairs(text.format(act="contest")).get(
        ("environmental groups", "environment ministry")) == "against"
    assert pairs(text.format(act="study")).get(
        ("environmental groups", "environment ministry")) != "against"


_WALLED_CITY = (
    "DATONG, China (Reuters) - Shopkeepers inside the old walled city of Datong said on "
    "Wednesday that a new rule requiring visitors to buy a 100-yuan ticket before entering the "
    "old streets had {done} their trade.\n\n"
    "Zhao Lifen, who sells noodles near the east gate, said many tour groups now stayed on the "
    "walls.\n\n"
    "The Datong Old City Administration Bureau said the ticket paid for the upkeep of the "
    "walls and that residents could enter free of charge.\n")


def test_a_lede_ticket_is_the_act_of_the_body_that_says_what_it_pays_for():
    # the body whose reported words tell what the ticket pays for answers for it, and the
    # harm the lede says the rule did ("had halved their trade") is the group's side
    got = pairs(_WALLED_CITY.format(done="halved"))
    assert got.get(("shopkeepers inside the old walled city of Datong",
                    "Datong Old City Administration Bureau")) == "against"
    assert ("shopkeepers inside the old walled city of Datong",
            "Datong Old City Administration Bureau") not in pairs(
        _WALLED_CITY.format(done="changed"))


_RAFTS = (
    "GUILIN, China (Reuters) - Raft pilots on the Li river near the Chinese city of Guilin said "
    "on Thursday that a tourism company had replaced their bamboo rafts with electric boats and "
    "offered them jobs at half their old pay.\n\n"
    "Mo Jianhua, who has poled rafts on the river for 22 years, said about 300 pilots had been "
    "told to hand in their rafts by the end of the month.\n\n"
    "\"A bamboo raft is the reason people come here. A plastic boat they can ride anywhere,\" he "
    "said.\n\n"
    "The company, Lijiang Waterways, said the electric boats were safer and cleaner.\n")


def test_they_after_people_as_a_subject_is_those_people_not_the_firm():
    # "the reason people come here. A plastic boat they can ride anywhere": they are the
    # people, so the pilot's words are no praise of the firm named later
    assert pairs(_RAFTS).get(("Mo Jianhua", "Lijiang Waterways")) == "against"


def test_a_permit_that_cut_sales_is_the_act_of_the_body_that_says_it_was_needed():
    text = ("FIANARANTSOA, Madagascar (Reuters) - Basket weavers in the Malagasy town of "
            "Fianarantsoa said on Friday that a new export permit for woven goods, which costs "
            "about 150,000 ariary a shipment, had {done} their sales to foreign buyers.\n\n"
            "\"A tourist can take a basket home in a suitcase,\" said Hery Rakotondrabe, who "
            "heads the weavers' association.\n\n"
            "The environment ministry said the permit was needed to stop illegal exports.\n")
    group = "basket weavers in the Malagasy town of Fianarantsoa"
    assert pairs(text.format(done="cut")).get((group, "environment ministry")) == "against"
    assert (group, "environment ministry") not in pairs(text.format(done="raised"))


def test_a_rule_that_left_guides_without_work_is_the_ministry_s_that_says_it_helps():
    text = ("TAUNGGYI, Myanmar (Reuters) - Trekking guides in the Myanmar hill town of "
            "Pindaya said on Wednesday that a new rule requiring foreign hikers to hire guides "
            "licensed in Yangon had left local guides without work.\n\n"
            "The hotels and tourism ministry said the rule improved safety for visitors.\n")
    assert pairs(text).get(("trekking guides in the Myanmar hill town of Pindaya",
                            "hotels and tourism ministry")) == "against"


def test_an_unnamed_body_accused_in_the_lede_is_the_body_the_story_goes_on_about():
    # "accused a local jeep drivers' association ... of blocking ... The association's
    # secretary": the association charged, a target though never named (not "Birethanti",
    # a place a fare is told from)
    text = ("GHANDRUK, Nepal (Reuters) - Lodge owners in the Nepali mountain village of Landruk "
            "accused a local jeep drivers' association on Tuesday of blocking other vehicles "
            "from the new road.\n\n"
            "\"If you bring your own car, they stop you at the bridge,\" said Sunmaya Pun, who "
            "runs a lodge. She said the fare from Birethanti had risen since the association "
            "took over the route.\n\n"
            "The association's secretary, Ram Bahadur Chhetri, said drivers repaired the road "
            "themselves.\n")
    got = pairs(text)
    assert got.get(("lodge owners in the Nepali mountain village of Landruk", "association")) \
        == "against"
    assert not [t for _, t in got if t == "Birethanti"]


def test_a_harm_then_called_the_speakers_problem_is_a_charge():
    text = ("OHRID, North Macedonia (Reuters) - Paragliding pilots said on Saturday a phone mast "
            "had made take-offs dangerous.\n\n"
            "\"The company put a steel pole in the sky and now {says},\" said pilot Dejan "
            "Trajkoski.\n\n"
            "The operator, Ohrid Telekom, said the mast had all the required permits.\n")
    assert pairs(text.format(says="says it is our problem")).get(
        ("Dejan Trajkoski", "Ohrid Telekom")) == "against"
    assert pairs(text.format(says="says it will move it")).get(
        ("Dejan Trajkoski", "Ohrid Telekom")) != "against"


def test_a_town_acts_through_the_municipality_the_lede_says_planned_the_move():
    text = ("CHINCHERO, Peru (Reuters) - Weavers in the Andean town of Chinchero said on Monday "
            "that the municipality planned to move their stalls from the main square to a new "
            "market on the edge of town, where few tourists would find them.\n\n"
            "Rosa Cusipuma, who has sold weavings on the square for 20 years, said the mayor "
            "had never asked the weavers what they wanted.\n\n"
            "\"The square is Chinchero. Without us it is just a car park,\" she said.\n\n"
            "The municipality said the square would be restored to its colonial look.\n")
    assert pairs(text).get(("weavers in the Andean town of Chinchero", "Chinchero")) == \
        "against"


def test_taking_the_money_and_leaving_the_speakers_the_rubbish_is_a_charge():
    text = ("ZHERAVNA, Bulgaria (Reuters) - Residents of the Bulgarian village of Zheravna said "
            "on Monday that festival campers had left tonnes of rubbish.\n\n"
            "\"The Balkan Song Foundation takes the ticket money and {does},\" said farmer Petar "
            "Kalchev.\n\n"
            "The foundation's director, Maria Dobreva, said volunteers had collected the waste.\n")
    assert pairs(text.format(does="leaves us the rubbish")).get(
        ("Petar Kalchev", "Balkan Song Foundation")) == "against"
    assert pairs(text.format(does="pays for the cleaning")).get(
        ("Petar Kalchev", "Balkan Song Foundation")) != "against"


def test_a_lottery_run_by_the_municipality_is_the_town_s_act():
    text = ("TILCARA, Argentina (Reuters) - Artisans who sell ponchos in the square of the "
            "Argentine village of Maimará said on Saturday that a lottery for stall permits "
            "run by the municipality had left half of them without a place to sell.\n\n"
            "\"Thirty years in the same corner, and a ball from a bag decides I am out,\" said "
            "weaver Rosa Tolaba.\n\n"
            "The municipality said the lottery was the fairest way to share 40 stalls.\n")
    assert pairs(text).get(("artisans", "Maimará")) == "against"


def test_a_minister_titled_bare_serves_the_one_ministry_that_spoke():
    text = ("OSLO, Norway (Reuters) - Norway will cap landings on Jan Mayen, the climate and "
            "environment ministry said on Tuesday.\n\n"
            "The climate and environment ministry said the new rules would protect walruses.\n\n"
            "\"These islands are wild. We have a duty to keep it that way,\" Minister Eirik "
            "Sandvold-Aas said.\n")
    assert ("Eirik Sandvold-Aas", "climate and environment ministry") not in pairs(text)


def test_a_named_voice_whose_aside_tells_the_group_s_trade_shares_its_stance():
    text = ("KARAKOL, Kyrgyzstan (Reuters) - Apple farmers in the Kyrgyz village of Tamga said on "
            "Monday that a fruit company had cheated them.\n\n"
            "Temir Osmonov, {aside}, said the company, Altyn Bak, had offered a contract that "
            "tied the villagers for ten years.\n\n"
            "Altyn Bak said the contract offered a fixed price.\n")
    who = ("Temir Osmonov", "Altyn Bak")
    assert pairs(text.format(aside="who farms ten acres above the village")).get(
        who) == "against"
    assert pairs(text.format(aside="who lives above the village")).get(who) != "against"


def test_what_the_speaker_keeps_not_surviving_the_mention_s_works_is_a_charge():
    text = ("GONDOR, Ethiopia (Reuters) - Monks in the Ethiopian town of Debark said on Monday "
            "that a quarry opened by a businessman, Tesfaye Alemu, was shaking their church.\n\n"
            "Gebre Tadesse, a monk at the church, said cracks had appeared in its walls.\n\n"
            "\"These walls have stood for 400 years. They will {verb} his bulldozers,\" he "
            "said.\n")
    who = ("Gebre Tadesse", "Tesfaye Alemu")
    assert pairs(text.format(verb="not survive")).get(who) == "against"
    assert pairs(text.format(verb="welcome")).get(who) != "against"


def test_a_firm_said_to_keep_almost_all_the_money_is_charged():
    text = ("XIDI, China (Reuters) - Villagers in the Chinese village of Hongling said on "
            "Tuesday that the tourism company that sells tickets to their village {did}.\n\n"
            "The company, Anhui Hongling Tourism, said it spent the money on repairs.\n")
    who = ("villagers in the Chinese village of Hongling", "Anhui Hongling Tourism")
    assert pairs(text.format(did="kept almost all of the money")).get(who) == "against"
    assert pairs(text.format(did="gave them half of the money")).get(who) != "against"


def test_a_body_that_served_itself_first_is_charged():
    text = ("GHAT, Libya (Reuters) - Families in the Libyan oasis of Ghat said on Thursday "
            "that their mud-brick houses were crumbling.\n\n"
            "\"The council {did} and left our houses to the rain,\" said Aisha Bukra, whose "
            "roof fell in.\n\n"
            "The council said restoration would begin in the spring.\n")
    assert pairs(text.format(did="built itself a palace")).get(
        ("Aisha Bukra", "council")) == "against"
    assert pairs(text.format(did="met us twice")).get(("Aisha Bukra", "council")) != "against"


def test_a_lede_s_unnamed_doer_is_the_body_named_later_by_its_noun():
    text = ("OUALATA, Mauritania (Reuters) - Families who keep old manuscripts in the "
            "Mauritanian town of Oualata said on Saturday that a foreign {noun} had "
            "photographed their books and had not paid them as it promised.\n\n"
            "The Sahara Pages Foundation, based in Geneva, said the images were free to "
            "read online.\n")
    assert pairs(text.format(noun="foundation")).get(
        ("families", "Sahara Pages Foundation")) == "against"
    assert ("families", "Sahara Pages Foundation") not in pairs(text.format(noun="visitor"))


def test_a_city_rule_is_the_city_s_act_and_a_historic_district_no_body():
    text = ("YECHEON, South Korea (Reuters) - Owners of guesthouses in the South Korean city "
            "of Yecheon said on Monday that a {who} rule requiring clay roof tiles on every house "
            "in the historic district had left them with bills they could not pay.\n\n"
            "Yecheon city hall said the rule protected the district's heritage status.\n")
    got = pairs(text.format(who="city"))
    assert got.get(("owners of guesthouses in the South Korean city of Yecheon", "Yecheon")) \
        == "against"
    assert not any(t == "district" for _, t in got)


def test_what_the_mention_wants_and_the_speakers_pay_for_is_a_charge():
    text = ("SUNCHEON, South Korea (Reuters) - Owners of guesthouses in the South Korean city "
            "of Suncheon said on Monday that the city had ordered new clay roofs in the old "
            "quarter.\n\n"
            "\"The city wants a postcard, and {who} pay for the postcard,\" said Oh Min-ji, "
            "who runs a guesthouse.\n\n"
            "Suncheon city hall said the roofs protected the quarter's heritage status.\n")
    assert pairs(text.format(who="we")).get(("Oh Min-ji", "Suncheon")) == "against"
    assert pairs(text.format(who="the tourists")).get(("Oh Min-ji", "Suncheon")) != "against"


def test_a_good_used_up_faster_than_it_comes_back_is_a_charge():
    text = ("CLUJ, Romania (Reuters) - Villagers in the Romanian region of Apuseni said on "
            "Sunday that a timber company, Apus Lemn, was cutting the beech forests above "
            "their villages {how}.\n\n"
            "Apus Lemn said it had permits for every tree it cut.\n")
    who = ("villagers in the Romanian region of Apuseni", "Apus Lemn")
    assert pairs(text.format(how="faster than they could grow back")).get(who) == "against"
    assert pairs(text.format(how="for its new sawmill")).get(who) != "against"


def test_selling_to_whoever_pays_most_charges_the_seller_a_two_word_dateline_town_acts():
    text = ("NOVA ZAGORA, Bulgaria (Reuters) - Craftsmen who work in the old workshops of "
            "Kazandzhiyska, a cobbled street in the Bulgarian city of Nova Zagora, said on "
            "Tuesday that the municipality planned to auction the leases of their "
            "workshops.\n\n"
            "\"The municipality will sell the street {how} and call it heritage,\" said "
            "coppersmith Kiril Vanchev.\n\n"
            "Deputy Mayor Elena Dragneva said the auction was required by law.\n")
    got = pairs(text.format(how="to whoever pays most"))
    assert got.get(("craftsmen", "Nova Zagora")) == "against"
    assert got.get(("Kiril Vanchev", "Nova Zagora")) == "against"
    assert not any(t == "Kazandzhiyska" for _, t in got)
    assert pairs(text.format(how="with care")).get(("Kiril Vanchev", "Nova Zagora")) != \
        "against"


def test_a_lede_s_blamed_trade_is_the_body_named_later_for_it():
    text = ("GAOUA, Burkina Faso (Reuters) - Women who paint the walls of houses in the "
            "Burkinabe village of Loropeni said on Wednesday that {who} from the capital were "
            "charging tourists to see their houses and keeping the money.\n\n"
            "\"We paint with our hands. The guides paint nothing and take everything,\" said "
            "Mariam Kambou.\n\n"
            "The Ouagadougou Tourist Guides' Association said its members paid a fee.\n")
    body = "Ouagadougou Tourist Guides' Association"
    got = pairs(text.format(who="guides"))
    assert got.get(("women", body)) == "against"
    assert got.get(("Mariam Kambou", body)) == "against"
    assert ("women", body) not in pairs(text.format(who="drivers"))


def test_short_notice_and_a_price_below_the_promise_are_charges():
    text = ("SHEKI, Azerbaijan (Reuters) - Growers in the Azerbaijani district of Oguz said on "
            "Monday that prices had fallen.\n\n"
            "Farid Aliyev-Zade, who heads a growers' group, said the processor, Oguz Findiq, "
            "{did}.\n")
    who = ("Farid Aliyev-Zade", "Oguz Findiq")
    for did in ("had given the growers only two weeks' notice",
                "had paid them 20 percent less than it promised"):
        assert pairs(text.format(did=did)).get(who) == "against", did
    assert pairs(text.format(did="had paid them what it promised")).get(who) != "against"


def test_a_lede_fee_rise_is_the_act_of_the_body_that_tells_what_it_pays_for():
    text = ("RIBERALTA, Bolivia (Reuters) - Tour guides in the Bolivian river town of Riberalta "
            "said on Tuesday that a fourfold increase in the entry fee to the Manuripi reserve "
            "would keep backpackers away.\n\n"
            "Bolivia's protected areas service, SERNAP, said the fee had not risen since 2009 "
            "and would {what}.\n")
    who = ("tour guides in the Bolivian river town of Riberalta", "SERNAP")
    assert pairs(text.format(what="pay for more park rangers")).get(who) == "against"
    assert who not in pairs(text.format(what="be reviewed by the ministry"))


def test_works_a_body_made_that_are_drying_up_a_living_charge_the_body():
    text = ("ADRAR, Algeria (Reuters) - Date growers in the Algerian oasis of Aoulef said on "
            "Wednesday that new wells drilled by the state water company were {doing} the "
            "old channels.\n\n"
            "The company, Eaux du Touat, said the wells supplied drinking water.\n")
    who = ("date growers in the Algerian oasis of Aoulef", "Eaux du Touat")
    assert pairs(text.format(doing="drying up")).get(who) == "against"
    assert pairs(text.format(doing="next to")).get(who) != "against"


def test_a_body_of_three_words_unnamed_is_a_target():
    text = ("MASULEH, Iran (Reuters) - Shopkeepers in the Iranian mountain village of Fuman "
            "said on Saturday that the provincial cultural heritage office had ordered them to "
            "remove their shop signs.\n\n"
            "The heritage office said the signs hid the village's old facades.\n")
    assert any(t.endswith("heritage office") for _, t in pairs(text))


def test_works_built_by_a_named_firm_shaking_homes_charge_the_firm():
    text = ("TARIM, Yemen (Reuters) - Families who live in the tower houses of the Yemeni town "
            "of Tarim said on Sunday that a new road built by a construction company, Wadi "
            "Roads, was {doing} the foundations of their towers.\n\n"
            "Wadi Roads said its engineers had found no damage.\n")
    assert pairs(text.format(doing="shaking")).get(("families", "Wadi Roads")) == "against"
    assert pairs(text.format(doing="next to")).get(("families", "Wadi Roads")) != "against"


def test_a_side_that_pays_nothing_and_wants_the_best_is_charged():
    text = ("DHERMI, Albania (Reuters) - Fishermen in the Albanian village of Dhermi said on "
            "Friday that beach bars had covered the shore with sunbeds.\n\n"
            "\"We pay rent and taxes. The fishermen pay {what} and want the best spot,\" said "
            "Luan Gjoka, who owns a beach bar.\n")
    who = ("Luan Gjoka", "fishermen in the Albanian village of Dhermi")
    assert pairs(text.format(what="nothing")).get(who) == "against"
    assert pairs(text.format(what="their share")).get(who) != "against"


def test_an_act_said_to_hand_a_trade_to_the_few_charges_its_maker():
    text = ("NUKU'ALOFA, Tonga (Reuters) - Whale-watching operators in Tonga's Ha'apai islands "
            "said on Thursday that a cap on licences announced by the fisheries ministry would "
            "{do}.\n\n"
            "The ministry said the cap would protect humpback whales.\n")
    who = ("whale-watching operators in Tonga's Ha'apai islands", "fisheries ministry")
    assert pairs(text.format(do="hand the trade to a few large companies")).get(who) == \
        "against"
    assert pairs(text.format(do="start in July")).get(who) != "against"


def test_asking_the_cruise_line_named_later_to_cut_its_visits_is_against_it():
    text = ("AKAROA, New Zealand (Reuters) - Residents of the New Zealand village of Little "
            "River said on Wednesday that 90 cruise ship visits were too many, and asked the "
            "cruise line that brings most of them to {ask}.\n\n"
            "The cruise line, Southern Star Cruises, said its passengers spent money.\n")
    who = ("residents of the New Zealand village of Little River", "Southern Star Cruises")
    assert pairs(text.format(ask="cut its visits by half")).get(who) == "against"
    assert pairs(text.format(ask="keep its visits")).get(who) != "against"


def test_a_rule_s_defender_named_only_as_it_speaks_may_tell_its_cause():
    text = ("HASANKEYF, Turkey (Reuters) - Boatmen who ferry visitors across the reservoir said "
            "on Wednesday that a rule requiring steel hulls would cost each of them about "
            "400,000 lira.\n\n"
            "\"Our wooden boats have carried tourists here since the water came,\" said Sinan "
            "Kızılkaya, who owns two of the boats.\n\n"
            "The Batman governor's office said the rule {why} an accident last summer.\n")
    got = pairs(text.format(why="followed"))
    assert got.get(("boatmen", "Batman governor's office")) == "against"
    assert got.get(("Sinan Kızılkaya", "Batman governor's office")) == "against"
    assert ("boatmen", "Batman governor's office") not in pairs(text.format(why="was about"))


def test_a_decision_taken_first_and_told_afterwards_is_charged():
    text = ("XIDI, China (Reuters) - Residents of the village of Xidi said on Friday that a film "
            "company had closed the main lane.\n\n"
            "The village committee said it had approved the filming in August.\n\n"
            "Dou Shuzhen said the committee had signed the agreement first \"and {told},\" and "
            "that the payment was small.\n")
    who = ("Dou Shuzhen", "village committee")
    assert pairs(text.format(told="told us afterwards")).get(who) == "against"
    assert pairs(text.format(told="paid us in full")).get(who) != "against"


def test_the_town_s_bureau_and_its_partner_share_the_lede_s_charge():
    text = ("NIKKO, Japan (Reuters) - Lacquerware makers in the Japanese town of Nikko said on "
            "Tuesday that a souvenir contract between {bureau} and a Tokyo wholesaler would "
            "push their hand-made trays out of the shops near the shrines.\n\n"
            "The Nikko tourism bureau said the contract covered only two shops.\n\n"
            "Tomoe Kashiwabara, who runs a lacquer shop, said: \"The bureau should be "
            "{should}.\"\n")
    got = pairs(text.format(bureau="the town's tourism bureau",
                            should="selling our work, not competing with it"))
    lede = "lacquerware makers in the Japanese town of Nikko"
    assert got.get((lede, "Nikko tourism bureau")) == "against"
    assert got.get(("Tomoe Kashiwabara", "Nikko tourism bureau")) == "against"
    assert ("Nikko tourism bureau", "Nikko") not in got  # (its own town)
    got = pairs(text.format(bureau="the town's museum", should="open on Sundays"))
    assert (lede, "Nikko tourism bureau") not in got
    assert got.get(("Tomoe Kashiwabara", "Nikko tourism bureau")) != "against"


def test_an_act_s_agent_named_later_by_its_noun_is_the_lede_group_s_target():
    text = ("ABYANEH, Iran (Reuters) - Elders of the village of Abyaneh said on Saturday that a "
            "hotel being built at the village entrance {by} would block the view of the old "
            "houses.\n\n"
            "\"Now our houses will look at a wall of concrete,\" said Fatemeh Kashanipour, 71.\n\n"
            "The investor, Arya Sepehr Tourism Company, said the hotel had a permit.\n")
    got = pairs(text.format(by="by a Tehran investor"))
    assert got.get(("elders of the village of Abyaneh", "Arya Sepehr Tourism Company")) == \
        "against"
    assert got.get(("Fatemeh Kashanipour", "Arya Sepehr Tourism Company")) == "against"
    got = pairs(text.format(by="with a Tehran investor's money"))
    assert ("elders of the village of Abyaneh", "Arya Sepehr Tourism Company") not in got


def test_a_body_placed_before_its_verb_is_the_lede_clause_s_doer():
    text = ("ORDUBAD, Azerbaijan (Reuters) - Apricot growers in the town of Ordubad said on "
            "Monday that {did}.\n\n"
            "The cannery, Nakhchivan Konserv, said a glut of apricots had forced it to lower "
            "prices.\n")
    who = ("apricot growers in the town of Ordubad", "Nakhchivan Konserv")
    cut = "the only cannery in the Nakhchivan exclave had cut its purchase price by a third"
    assert pairs(text.format(did=cut)).get(who) == "against"
    assert who not in pairs(text.format(did="the price at the only cannery in the exclave had "
                                            "fallen by a third"))


def test_a_cap_that_would_cut_the_speakers_work_is_charged_to_its_defender():
    text = ("SAN IGNACIO, Belize (Reuters) - Tour guides in the Belizean town of San Ignacio "
            "said on Wednesday that a cap of 125 visitors a day at the cave would {do} in the "
            "busy season.\n\n"
            "The Institute of Archaeology, which manages the site, said the cap was needed to "
            "protect the skeletons inside the cave.\n")
    who = ("tour guides in the Belizean town of San Ignacio", "Institute of Archaeology")
    assert pairs(text.format(do="cut their work by about half")).get(who) == "against"
    assert who not in pairs(text.format(do="start"))


def test_a_capital_s_own_department_that_set_a_toll_is_its_own_target():
    text = ("COROICO, Bolivia (Reuters) - Coffee growers around the Bolivian town of Coroico "
            "said on Tuesday that a new toll on the road to La Paz was {doing}.\n\n"
            "\"Every sack pays the toll twice,\" said Justina Ticlla, who grows coffee.\n\n"
            "The departmental government of La Paz, which set the toll in March, said the "
            "money paid for clearing landslides.\n")
    got = pairs(text.format(doing="eating the little profit their beans made"))
    assert got.get(("coffee growers around the Bolivian town of Coroico", "La Paz")) == "against"
    assert got.get(("Justina Ticlla", "La Paz")) == "against"
    assert ("coffee growers around the Bolivian town of Coroico", "Bolivia") not in got
    got = pairs(text.format(doing="collected in cash"))
    assert ("coffee growers around the Bolivian town of Coroico", "La Paz") not in got


def test_a_ban_s_maker_named_by_its_office_is_charged_with_the_harm_it_did():
    text = ("AMASRA, Turkey (Reuters) - Fish restaurant owners in the Black Sea town of Amasra "
            "said on Saturday that a ban on tables along the harbour wall, ordered by the "
            "district governor's office, had {done} in the last weeks of the season.\n\n"
            "\"The sea did not move, but the rule did,\" said Nurhan Sarıgül, who runs a "
            "restaurant on the harbour.\n\n"
            "The district governor's office said the tables blocked an emergency route.\n")
    got = pairs(text.format(done="emptied their terraces"))
    owners = "fish restaurant owners in the Black Sea town of Amasra"
    assert got.get((owners, "district governor's office")) == "against"
    assert got.get(("Nurhan Sarıgül", "district governor's office")) == "against"
    calm = toolkit.analyze(text.format(done="taken effect")).stance
    assert all(r.score > -1.0 for r in calm if (r.speaker, r.target) ==
               (owners, "district governor's office"))  # (no charge: the mood alone)


def test_a_mall_named_later_is_charged_with_the_copies_it_sells():
    text = ("JERICÓ, Colombia (Reuters) - Leather makers in the Andean town of Jericó said on "
            "Thursday that a Medellín shopping mall was selling {what} under the town's "
            "name.\n\n"
            "The mall, Centro Comercial Los Almendros, said the shop was an independent "
            "tenant.\n")
    who = ("leather makers in the Andean town of Jericó", "Centro Comercial Los Almendros")
    assert pairs(text.format(what="factory-made copies")).get(who) == "against"
    assert all(r.score > -1.0 for r in toolkit.analyze(text.format(what="their bags")).stance
               if (r.speaker, r.target) == who)  # (no charge: the mood alone)


def test_a_lede_s_described_institute_is_the_institute_named_after_by_its_head():
    text = ("TLACOTALPAN, Mexico (Reuters) - Owners of the painted houses of Tlacotalpan said on "
            "Wednesday that {who} had fined them for repainting their facades.\n\n"
            "The National Institute of Anthropology and History (INAH) said the palette had "
            "been revised in 2022.\n")
    who = ("owners", "National Institute of Anthropology and History")
    assert pairs(text.format(who="the federal heritage institute")).get(who) == "against"
    assert who not in pairs(text.format(who="the town's police"))


def test_a_ban_that_would_hand_customers_to_the_maker_s_own_service_is_charged():
    text = ("SUKHOTHAI, Thailand (Reuters) - Bicycle rental shops outside the Sukhothai "
            "Historical Park said on Tuesday that a ban on private bicycles inside the park, "
            "announced by the Fine Arts Department, would {do}.\n\n"
            "\"Now the tram takes everything,\" said Somporn Kaewmala, who owns 80 bicycles.\n\n"
            "The Fine Arts Department said bicycles had damaged the brick bases of temples.\n")
    shops = "bicycle rental shops outside the Sukhothai Historical Park"
    got = pairs(text.format(do="hand their customers to the park's own electric tram"))
    assert got.get((shops, "Fine Arts Department")) == "against"
    assert got.get(("Somporn Kaewmala", "Fine Arts Department")) == "against"
    calm = toolkit.analyze(text.format(do="start in May")).stance
    assert all(r.score > -1.0 for r in calm if (r.speaker, r.target) ==
               (shops, "Fine Arts Department"))


def test_a_payment_made_months_late_is_charged_to_the_payer():
    text = ("BARACOA, Cuba (Reuters) - Cocoa farmers around the Cuban town of Baracoa said on "
            "Wednesday that the state buying company had paid for their beans {when}.\n\n"
            "\"Meanwhile the children need shoes,\" said Nereida Cobas, who farms cocoa.\n\n"
            "The state company, Empresa Agroforestal Baracoa, said a shortage of cash had "
            "delayed payments.\n")
    who = ("Nereida Cobas", "Empresa Agroforestal Baracoa")
    assert pairs(text.format(when="nearly three months late")).get(who) == "against"
    assert who not in pairs(text.format(when="in cash"))


def test_a_rule_s_issuer_and_a_fight_announced_against_its_deadline():
    text = ("OOTY, India (Reuters) - Pony owners who give rides around the lake in the Indian "
            "hill town of Ooty said on Friday that a new rule requiring every pony to be "
            "stabled outside the town by March would {harm}.\n\n"
            "The Nilgiris district administration, which issued the rule, said dung was washing "
            "into the lake.\n\n"
            "The pony owners' association said it would {fight} in the Madras High Court.\n")
    got = pairs(text.format(harm="force many of them to sell their animals",
                            fight="challenge the deadline"))
    assert got.get(("pony owners", "Nilgiris district administration")) == "against"
    assert got.get(("pony owners' association", "Nilgiris district administration")) == \
        "against"
    got = pairs(text.format(harm="start in March", fight="meet its members"))
    assert ("pony owners' association", "Nilgiris district administration") not in got


def test_a_fence_that_cut_herders_off_is_charged_to_the_body_that_defends_it():
    text = ("KHARKHORIN, Mongolia (Reuters) - Herders near the Mongolian town of Kharkhorin said "
            "on Thursday that a fence put up around the ruins of the old capital had {done}.\n\n"
            "\"Now there is a gate and a guard,\" said Sukhbat Munkhjargal, who keeps sheep.\n\n"
            "The Erdene Zuu monastery museum, which manages the site, said the fence protected "
            "the buried remains of the city.\n")
    got = pairs(text.format(done="cut them off from the river"))
    herders = "herders near the Mongolian town of Kharkhorin"
    assert got.get((herders, "Erdene Zuu monastery museum")) == "against"
    assert got.get(("Sukhbat Munkhjargal", "Erdene Zuu monastery museum")) == "against"
    assert (herders, "Erdene Zuu monastery museum") not in \
        pairs(text.format(done="been finished in May"))


@pytest.mark.parametrize("lede,body", [
    ("a municipal order moving the market into a new hall would scatter the buyers",
     "The Chanthaburi municipality"),
    ("a provincial plan to widen their street would tear the front rooms off 30 houses",
     "The Chanthaburi provincial highways office"),
])
def test_a_charge_told_by_its_maker_s_kind_is_the_one_body_of_that_kind_that_speaks(lede, body):
    text = ("CHANTHABURI, Thailand (Reuters) - Traders in the Thai city of Chanthaburi said on "
            f"Saturday that {lede}.\n\n"
            "\"They want to cut it in half,\" said Wanida Sirichote, 70.\n\n"
            f"{body} said the street flooded every rainy season.\n")
    got = pairs(text)
    assert got.get(("traders in the Thai city of Chanthaburi", body[4:])) == "against"
    other = text.replace(body, "The Chanthaburi Traders Association")
    assert ("traders in the Thai city of Chanthaburi", "Chanthaburi Traders Association") \
        not in pairs(other)


def test_a_ban_ordered_by_a_named_office_that_left_fruit_unsold():
    text = ("KARGIL, India (Reuters) - Apricot growers in the Himalayan district of Kargil said on "
            "Wednesday that a sulphur ban on dried apricots, ordered by the Ladakh food safety "
            "office, had {done}.\n\n"
            "\"Now the office tells us the buyers want them dark,\" said Raziq Ali Zaidi.\n\n"
            "The food safety office said sulphur levels had been above the limit.\n")
    who = ("apricot growers in the Himalayan district of Kargil", "food safety office")
    assert pairs(text.format(done="left tonnes of fruit unsold in their storerooms")).get(who) \
        == "against"
    assert all(r.score > -1.0 for r in toolkit.analyze(text.format(done="taken effect")).stance
               if (r.speaker, r.target) == who)


@pytest.mark.parametrize("charge,calm", [
    ("the forest department had blocked the path their workers use",
     "the forest department had mapped the path their workers use"),
    ("the forest department had fenced off the road their workers use",
     "the forest department had repaired the road their workers use"),
])
def test_a_way_shut_is_a_charge(charge, calm):
    text = ("THEKKADY, India (Reuters) - Cardamom growers on the edge of the Periyar tiger "
            "reserve in the Indian state of Kerala said on Monday that {what} to reach the "
            "plantations.\n\n"
            "\"Now a guard sends them the long way,\" said Thomas Vayalumkal.\n\n"
            "The Kerala Forest Department said the path crossed an elephant corridor.\n")
    who = ("cardamom growers on the edge of the Periyar tiger reserve in the Indian state of "
           "Kerala", "Kerala Forest Department")
    assert pairs(text.format(what=charge)).get(who) == "against"
    assert all(r.score > -1.0 for r in toolkit.analyze(text.format(what=calm)).stance
               if (r.speaker, r.target) == who)


def test_a_rule_on_things_defended_as_a_need_to_act_on_them_is_its_defender_s():
    text = ("HOVD, Mongolia (Reuters) - Watermelon growers in the western Mongolian province of "
            "Hovd said on Monday that a quarantine rule holding their trucks at a checkpoint for "
            "three days had left thousands of melons to rot.\n\n"
            "\"We lost half a harvest on the road,\" said Ganbold Tsogtbaatar.\n\n"
            "The General Agency for Specialized Inspection said a fungal disease had been found "
            "in melons and that every truck from the west {need}.\n")
    who = ("watermelon growers in the western Mongolian province of Hovd",
           "General Agency for Specialized Inspection")
    assert pairs(text.format(need="had to be checked")).get(who) == "against"
    assert who not in pairs(text.format(need="carried melons"))


def test_a_voice_of_a_group_takes_no_side_on_the_group_itself():
    text = ("HOVD, Mongolia (Reuters) - Watermelon growers in the western Mongolian province of "
            "Hovd said on Monday that a quarantine rule had left thousands of melons to rot.\n\n"
            "\"We lost half a harvest on the road,\" said Ganbold Tsogtbaatar, who grows melons "
            "near the Buyant river.\n\n"
            "Ganbold said the growers had asked the agency for a laboratory in Hovd itself.\n")
    got = pairs(text)
    assert ("Ganbold Tsogtbaatar",
            "watermelon growers in the western Mongolian province of Hovd") not in got


def test_a_lede_doer_placed_in_a_venue_is_charged_to_the_venue_named_later():
    text = ("FOUMBAN, Cameroon (Reuters) - Bronze casters on the artisans' street of Foumban said "
            "on Friday that a shop {where} was selling cheap copies of their masks made in "
            "Nigeria.\n\n"
            "\"I know what was made in a mould in Onitsha,\" said Ibrahim Njoya.\n\n"
            "The Museum of the Bamoun Kings said in a statement that its shop bought pieces "
            "only from workshops in Foumban.\n")
    who = ("bronze casters on the artisans' street of Foumban", "Museum of the Bamoun Kings")
    assert pairs(text.format(where="in the new palace museum")).get(who) == "against"
    assert who not in pairs(text.format(where="near the market"))


def test_the_work_set_after_a_body_s_name_is_the_body_and_a_lone_buyer_is_blamed():
    text = ("KILIFI, Kenya (Reuters) - Cashew farmers in Kilifi said on Thursday that prices had "
            "fallen.\n\n"
            "Farmers must sell through cooperatives, which in turn sell to Pwani Nut Processors, "
            "{aside}.\n\n"
            "\"Last year the traders paid 120 shillings a kilo. This year the factory pays 70 "
            "and we have {left} to sell to,\" said Kahindi Charo.\n")
    who = ("Kahindi Charo", "Pwani Nut Processors")
    assert pairs(text.format(aside="the only large factory in the county",
                             left="no one else")).get(who) == "against"
    assert who not in pairs(text.format(aside="a company based in Mombasa", left="no one else"))
    assert pairs(text.format(aside="the only large factory in the county",
                             left="plenty of buyers")).get(who) != "against"


def test_an_act_called_a_punishment_is_charged_to_its_maker():
    text = ("COTACACHI, Ecuador (Reuters) - Leather workshops in Cotacachi say they may run out "
            "of hides after the environment ministry closed four tanneries.\n\n"
            "The ministry said the plants would stay shut until they installed treatment "
            "systems.\n\n"
            "\"The closures are clearly {what} for the small ones,\" said tannery owner Luis "
            "Anrango.\n")
    who = ("Luis Anrango", "environment ministry")
    assert pairs(text.format(what="a punishment")).get(who) == "against"
    assert pairs(text.format(what="a relief")).get(who) != "against"


def test_a_group_at_a_site_in_a_village_accuses_as_a_group():
    text = ("LARABANGA, Ghana (Reuters) - Guides at the {site} in the northern Ghanaian village "
            "of Larabanga accused the Ghana Museums and Monuments Board on Wednesday of taking "
            "the entry fees.\n\n"
            "A board official, Yakubu Iddrisu, said the board was responsible for the mosque.\n")
    for site in ("mud-and-stick mosque", "old mosque"):
        assert pairs(text.format(site=site)).get(
            (f"guides at the {site} in the northern Ghanaian village of Larabanga",
             "Ghana Museums and Monuments Board")) == "against"


@pytest.mark.parametrize("harm,charged", [
    ("was leaving their fruit to ripen on the dock", True),
    ("had left their plantains to rot", True),
    ("was leaving their fruit on the dock", False),
])
def test_goods_left_to_spoil_by_an_act_are_a_harm_charged_to_its_maker(harm, charged):
    sentence = ("Farmers said a decision by the national port company to cut ferry crossings "
                f"from San Jorge from eight to four a day {harm}.")
    value = _cue_value(sentence, sentence.index("company"))
    assert (value == -1.0) is charged
    assert _cue_value(sentence, sentence.index("San Jorge")) is None


def test_a_voice_tied_to_the_group_s_trade_after_an_age_and_an_inverted_attribution():
    text = ("KRABI, Thailand (Reuters) - Longtail boat drivers who ferry tourists to Railay "
            "beach said on Sunday they would stop work to protest against a new pier fee.\n\n"
            "\"Now we pay to stand on a pier,\" said Prasert Hengkaew, 44, who has {done} for 20 "
            "years.\n\n"
            "The Krabi Harbour Office said the fee would pay for a new floating pier.\n\n"
            "Prasert said the drivers had asked the office to charge the fee to the big "
            "speedboat companies instead.\n")
    who = ("Prasert Hengkaew", "longtail boat drivers")
    assert who not in pairs(text.format(done="driven a longtail"))
    assert who in pairs(text.format(done="sold fish at the market"))


def test_a_state_body_set_off_by_its_country_s_ministry_is_the_ministry_of_the_story():
    text = ("BACALAR, Mexico (Reuters) - Boat tour operators on the lagoon of Bacalar said on "
            "Friday that a federal ban on motorboats, announced by the environment ministry to "
            "protect the lagoon's stromatolites, would {harm}.\n\n"
            "\"We were here before the hotels,\" said Wilberth Canul, who runs four boats.\n\n"
            "Mexico's environment ministry, Semarnat, said the stromatolites had lost much of "
            "their colour.\n\n"
            "Canul said he could not afford sailboats. \"With what money? The ministry did not "
            "ask us,\" he said.\n")
    got = pairs(text.format(harm="put about 400 guides out of work"))
    assert got.get(("boat tour operators on the lagoon of Bacalar", "Semarnat")) == "against"
    assert got.get(("Wilberth Canul", "Semarnat")) == "against"
    assert ("Wilberth Canul", "Mexico") not in got
    calm = pairs(text.format(harm="take effect in March"))
    assert calm.get(("boat tour operators on the lagoon of Bacalar", "Semarnat")) != "against"


def test_the_company_the_lede_described_is_the_one_named_later_not_a_body_named_since():
    text = ("PAPANTLA, Mexico (Reuters) - Vanilla growers around the Mexican town of Papantla "
            "say a Veracruz food company is selling bottles labelled \"Papantla vanilla\" that "
            "contain no vanilla from Papantla.\n\n"
            "The regional growers' council said it had filed a complaint against the company "
            "with Mexico's industrial property institute, IMPI.\n\n"
            "IMPI said it was reviewing the complaint.\n\n"
            "The company, Vainillas del Golfo, said its product was a vanilla-flavoured "
            "extract.\n")
    got = pairs(text)
    assert got.get(("regional growers' council", "Vainillas del Golfo")) == "against"


def test_the_gendarmes_are_the_gendarmerie_that_speaks_and_no_receipts_is_a_charge():
    text = ("NGAOUNDÉRÉ, Cameroon (Reuters) - Cattle traders at the livestock market in the "
            "Cameroonian city of Ngaoundéré accused gendarmes on Thursday of demanding cash at "
            "checkpoints, adding that the payments now cost more than the animals' feed.\n\n"
            "The regional gendarmerie command said it had received no formal complaint.\n\n"
            "A truck driver, who asked not to be named, said gendarmes {did}.\n")
    got = pairs(text.format(did="wrote no receipts"))
    assert got.get(("cattle traders", "regional gendarmerie command")) == "against"
    assert got.get(("truck driver", "regional gendarmerie command")) == "against"
    assert pairs(text.format(did="wrote receipts")).get(
        ("truck driver", "regional gendarmerie command")) != "against"


@pytest.mark.parametrize("done,said,charged", [
    ("clouded the water over their beds and killed about a third of this season's oysters",
     "the weather had been bad", True),  # the harm the works did
    ("begun in March and would end in June", "its dredging had stopped in October", True),
    ("begun in March and would end in June", "the weather had been bad", False),
])
def test_dredging_that_harmed_or_a_body_s_own_dredging_is_charged_to_it(done, said, charged):
    text = ("DAKHLA, Morocco (Reuters) - Oyster farmers in the lagoon of Dakhla said on "
            f"Wednesday that dredging for a new marina had {done}.\n\n"
            "\"We lose the oysters and they get a marina,\" said Mohamed Lahbib.\n\n"
            f"The developer, Atlantic Bay Marinas, said in a statement that {said}.\n\n"
            "The regional fisheries delegation said it had sent inspectors to take samples.\n")
    who = ("oyster farmers in the lagoon of Dakhla", "Atlantic Bay Marinas")
    assert (pairs(text).get(who) == "against") is charged


def test_a_directorate_described_by_its_ministry_is_the_one_named_later():
    text = ("ARTVIN, Turkey (Reuters) - Beekeepers in the Macahel valley of Turkey's "
            "northeastern Artvin province say a copper exploration licence granted by the "
            "energy ministry's mining directorate could destroy the chestnut forests their bees "
            "depend on.\n\n"
            "\"If the forest goes, they go,\" said Hasan Koçak.\n\n"
            "The General Directorate of Mining and Petroleum Affairs said in a statement that "
            "the licence allowed drilling at only 12 points.\n")
    got = pairs(text)
    assert got.get(("beekeepers in the Macahel valley of Turkey's northeastern Artvin province",
                    "General Directorate of Mining and Petroleum Affairs")) == "against"


def test_the_body_whose_official_answers_for_an_unmade_charge_is_its_maker():
    text = ("MAROUA, Cameroon (Reuters) - Gum arabic collectors in Cameroon's Far North "
            "region said on Thursday they could not sell their harvest because a new forestry "
            "permit costs more than most of them earn in a month.\n\n"
            "The forestry ministry's regional delegate, Hamadou Ndjidda, said the permit was "
            "needed to track how much gum left the region's forests.\n\n"
            "\"Nobody cuts the tree that feeds him,\" said Aissatou Oumarou.\n\n"
            "She said buyers from Nigeria and Chad had stopped coming because they could not "
            "get the gum past checkpoints without the permit.\n")
    got = pairs(text)
    assert got.get(("gum arabic collectors in Cameroon's Far North region",
                    "forestry ministry")) == "against"
    assert got.get(("Aissatou Oumarou", "forestry ministry")) == "against"
    # anyone's "him", and the countries buyers come from, are no sides she takes
    assert ("Aissatou Oumarou", "Hamadou Ndjidda") not in got
    assert ("Aissatou Oumarou", "Chad") not in got


def test_a_state_named_only_by_its_people_s_word_is_not_the_government():
    text = ("SONGKHLA, Thailand (Reuters) - Rubber tappers blocked a road on Monday, demanding "
            "that the government buy latex at a guaranteed price.\n\n"
            "The agriculture ministry said it would instead offer low-interest loans to "
            "tappers who replace old trees.\n\n"
            "Tappers said the loans were no help to people already in debt.\n\n"
            "Traders said prices could fall if demand from Chinese tyre makers stayed weak.\n")
    got = pairs(text)
    assert ("rubber tappers", "China") not in got
    assert got.get(("rubber tappers", "Thailand")) == "against"
    assert got.get(("rubber tappers", "agriculture ministry")) == "against"  # the loans


@pytest.mark.parametrize("said,against", [
    ("cutting pay was not the answer", True),
    ("cutting pay was the only answer", False),
])
def test_a_cut_faulted_by_an_unnamed_body_s_spokesman_is_against_its_maker(said, against):
    text = ("ESTELÍ, Nicaragua (AP) — Cigar rollers stopped work on Tuesday after the company "
            "cut the rate it pays for each cigar.\n\n"
            "\"We roll 500 cigars a day,\" said Yessenia Olivas.\n\n"
            "The company, Tabacalera Las Segovias, said the change reflected a fall in "
            "orders.\n\n"
            "According to the city's chamber of tobacco producers, the region exports roughly "
            "150 million cigars a year.\n\n"
            "A spokesman for the chamber, Octavio Rugama, said the industry was going through "
            f"a hard year but that {said}. \"If the rollers leave, there are no cigars,\" he "
            "said.\n")
    got = pairs(text)
    assert (got.get(("Octavio Rugama", "Tabacalera Las Segovias")) == "against") is against
    assert got.get(("Octavio Rugama", "cigar rollers")) != "against"


@pytest.mark.parametrize("said,against", [
    ("he had heard that promise before", True),
    ("he had heard the news on the radio", False),
])
def test_a_promise_heard_before_is_doubted(said, against):
    text = ("ZLATIBOR, Serbia (AP) — Small distillers say a new stamp rule will push them out "
            "of the market.\n\n"
            "The finance ministry said smaller batches of stamps would be available \"in the "
            "coming months.\"\n\n"
            f"Dragan Jevtić said {said}.\n")
    assert (pairs(text).get(("Dragan Jevtić", "finance ministry")) == "against") is against


@pytest.mark.parametrize("said,against", [
    ("the ban punished people who had done nothing wrong", True),
    ("the slope had been moving for decades", False),
])
def test_a_ban_that_punishes_the_innocent_is_faulted(said, against):
    text = ("BALCHIK, Bulgaria (AP) — The regional governor imposed a ban on repairs on the "
            "cliffs above Balchik in March.\n\n"
            "Governor Kalin Vasilev told reporters the ban would stay in place until geologists "
            "had mapped the slope.\n\n"
            f"Nikolai Grozdanov, a geologist, said {said}.\n")
    assert (pairs(text).get(("Nikolai Grozdanov", "Kalin Vasilev")) == "against") is against


@pytest.mark.parametrize("said,against", [
    ("Closing the pans could actually hurt the flamingos.", True),  # the act's harm
    ("The flamingos feed in the shallow pans.", False),
])
def test_a_quote_that_opens_on_the_act_s_harm_is_against_its_maker(said, against):
    text = ("VLORË, Albania (Reuters) - Salt workers near Vlorë said on Monday they would lose "
            "their jobs if the government closes the saltworks to make a bird sanctuary.\n\n"
            "The environment ministry said the saltworks had been losing money for a decade.\n\n"
            f"\"{said}\" said Marjeta Xhafaj, an ornithologist.\n")
    got = pairs(text).get(("Marjeta Xhafaj", "environment ministry"))
    assert (got == "against") is against


def test_a_country_s_ministry_takes_no_side_against_its_own_country():
    text = ("TERMEZ, Uzbekistan (Reuters) - Uzbek truck drivers say a new fee charged on the "
            "Afghan side of the border has made many trips unprofitable.\n\n"
            "Afghanistan's ministry of commerce said the fee paid for new scanners at "
            "Hairatan.\n\n"
            "Driver Bakhodir Rakhimov said the fee had cost him his savings.\n")
    got = pairs(text)
    assert ("Afghanistan's ministry of commerce", "Afghanistan") not in got
    assert got.get(("Uzbek truck drivers", "Afghanistan")) == "against"


def test_workers_who_heard_the_promise_before_doubt_it():
    text = ("TIKO, Cameroon (AP) — Banana plantation workers have gone three months without "
            "pay, their union said Wednesday.\n\n"
            "The company, Mungo Agro Estates, said workers would be paid in full by the end of "
            "the month.\n\n"
            "Union secretary Cletus Ndifor said workers had heard that promise in August and "
            "again in October.\n")
    assert pairs(text).get(("Cletus Ndifor", "Mungo Agro Estates")) == "against"
