"""Claim stance: whether a headline supports, refutes or merely reports a claim.

Refuting words, the hedging cues of :mod:`toolkit.hedging`, questions and
overlap with the claim, weighted by ``lexicons/claim_stance.csv`` (learned from
the Emergent training claims).
"""
from __future__ import annotations

from collections import Counter

from .. import linear
from .words import _TOK, _stem

REFUTING = frozenset({
    "fake", "fraud", "hoax", "hoaxes", "false", "deny", "denies", "denied", "not", "despite",
    "nope", "doubt", "doubts", "bogus", "debunk", "debunks", "debunked", "prank", "pranks",
    "retract", "retracts", "myth", "untrue", "no", "never", "isn't", "wasn't", "didn't",
    "doesn't", "won't", "satire", "satirical", "lie", "lies", "misleading", "wrong", "refute",
    "refutes", "refuted", "dismiss", "dismisses", "dismissed", "rejects", "rejected", "scam",
    "unfounded", "baseless", "rubbish", "nonsense", "nothing", "actually"})


def claim_features(headline: str, claim: str) -> dict[str, float]:
    """Features of a headline judged against a claim."""
    from ..hedging import find_cues
    from ..segment import segment

    ht = [t.lower() for t in _TOK.findall(headline)]
    hs = [_stem(t) for t in ht]
    claim_words = {_stem(t.lower()) for t in _TOK.findall(claim) if t[:1].isalnum()}
    f: Counter = Counter()
    for w in hs:
        f["w=" + w] += 1
    for a, b in zip(hs, hs[1:], strict=False):
        f["b=" + a + "_" + b] += 1
    f["refute"] = sum(t in REFUTING for t in ht)
    f["q"] = float("?" in headline)
    f["q_end"] = float(headline.strip().endswith("?"))
    words = {w for w in hs if w[:1].isalnum()}
    f["overlap"] = len(words & claim_words) / max(1, len(claim_words))
    if headline.strip():
        cues = find_cues(headline, segment(headline), [])
        f["hedges"] = len(cues.hedges)
        for h in cues.hedges:
            f["hcat=" + h.category] += 1
        f["boost"] = len(cues.boosters)
    f["len"] = min(len(ht), 40) / 40
    return {k: x for k, x in f.items() if x}


def claim_stance(headline: str, claim: str) -> str:
    """Whether ``headline`` supports (``for``), refutes (``against``) or merely
    reports (``observing``) ``claim``."""
    return linear.load("claim_stance").predict(claim_features(headline, claim))
