"""VADER-style valence: VADER's lexicon and core rules, close to VADER's own analyser."""
from __future__ import annotations

import pytest

from toolkit.valence import scores


def compound(text: str) -> float:
    return scores(text)[0]


def test_lexicon_words_carry_their_sign():
    assert compound("The plan is good.") > 0.3
    assert compound("The plan is a disaster.") < -0.3
    assert scores("The bridge opened on Monday.") == (0.0, 0.0, 0.0)


def test_negation_flips_and_softens():
    good, not_good = compound("It is good."), compound("It is not good.")
    assert not_good < 0 < good and abs(not_good) < abs(good)
    assert compound("It isn't good.") < 0


def test_but_weights_what_follows():
    assert compound("The staff are kind, but the service is terrible.") < 0
    assert compound("The service is terrible, but the staff are kind.") > 0


def test_intensifiers_strengthen():
    assert compound("We are very worried.") < compound("We are worried.") < 0


def test_positive_and_negative_shares():
    c, pos, neg = scores("A great win, a terrible loss and a fair result.")
    assert 0 < pos < 1 and 0 < neg < 1


@pytest.mark.parametrize("text", [
    "The minister praised the brave rescue workers.",
    "Critics called the plan a reckless waste of money.",
    "We do not want to hurt our brothers.",
    "The results were intriguing and supported further research.",
    "Apologies are not enough.",
    "She keeps failing the people who trusted her.",
])
def test_agrees_in_sign_with_vaders_own_analyser(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    theirs = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert (compound(text) > 0) == (theirs > 0) and (compound(text) < 0) == (theirs < 0)


def test_privation_negates_like_not():
    assert compound("This is a company that has run out of easy wins.") < 0
    assert compound("The town suffers from a lack of good jobs.") < compound(
        "The town has good jobs.")
