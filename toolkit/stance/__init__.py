"""Stance: where each speaker stands toward the people, places and claims in a story.

Three public pieces:

``target_sentiment(sentence, start, end)``
    ``negative``/``neutral``/``positive`` toward the mention at
    ``sentence[start:end]``. Plain sentence polarity is not stance, so the
    model reads the words *around and governing* the mention: words by
    distance and side (``criticized X`` versus ``X criticized``), bigrams
    near it, the polarity of the sentence, the mention's clause and window
    (from TextBlob's shipped Pattern lexicon, with its negation flip),
    negation near the mention, sentence position and quotation, and VADER's
    valence of the sentence. The weights
    (``lexicons/target_sentiment.csv``) were learned from NewsMTSC's
    training file by ``benchmarks/train_stance_models.py``.
``claim_stance(headline, claim)``
    ``for``/``against``/``observing``: whether a headline supports, refutes
    or merely reports a claim, from refuting words, the hedging cues of
    :mod:`toolkit.hedging`, questions, overlap with the claim and the
    headline's words; weights learned from the Emergent training claims.
``stance(text, seg, quotes, speakers, registry)``
    per (speaker, target) in an article: every sentence a speaker's quote
    touches is evidence for each target mentioned in it (third-person
    pronouns inside the quote resolved to the person meant); the narrator's
    own sentences are the narrator's evidence. Targets are found
    automatically (people, and countries merged with their capitals,
    aliases and demonyms: ``Ukraine``, ``Kyiv``, ``Ukrainian forces``) or
    given by the user with aliases.

The modules, each importing only those above it in this list:

* :mod:`~toolkit.stance.words`: stance words, the for and against language of a clause;
* :mod:`~toolkit.stance.sentence`: the learned sentence model (``target_sentiment``);
* :mod:`~toolkit.stance.claims`: claim stance (``claim_stance``);
* :mod:`~toolkit.stance.targets`: who and what can be a target (``find_targets``);
* :mod:`~toolkit.stance.actors`: who did what to whom (acts, doers, employers, groups);
* :mod:`~toolkit.stance.reactions`: quotes that answer the story's act unnamed;
* :mod:`~toolkit.stance.pairs`: the (speaker, target) pairs of an article (``stance``).
"""
from __future__ import annotations

from .claims import claim_features, claim_stance
from .pairs import STANCE_THRESHOLD, stance
from .reactions import REACTION_PRIOR
from .sentence import clear_caches, target_features, target_scores, target_sentiment
from .targets import NARRATOR, Target, find_targets, parse_targets
from .words import stance_cues

__all__ = [
    "NARRATOR",
    "REACTION_PRIOR",
    "STANCE_THRESHOLD",
    "Target",
    "claim_features",
    "claim_stance",
    "clear_caches",
    "find_targets",
    "parse_targets",
    "stance",
    "stance_cues",
    "target_features",
    "target_scores",
    "target_sentiment",
]
