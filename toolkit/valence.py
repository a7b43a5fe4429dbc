"""Valence: a fast VADER-style sentiment score of a sentence.

VADER (Hutto & Gilbert 2014, MIT licence) rates about 7,500 words and
emoticons from -4 to +4 and adjusts them by rules. This module reads VADER's
own lexicon from the ``vaderSentiment`` package and applies its core rules --
intensifiers just before a word (``deeply concerned``), a negation among the
three words before it (``did not help``: the valence times -0.74; this module also
reads privation, ``ran out of`` and ``lack of``, as a negation), and ``but``
weighting the words after it 1.5 times and those before it half -- then
normalises the sum as VADER does (``x / sqrt(x**2 + 15)``). It leaves out
VADER's rules for capitals, exclamation marks and emoji, which news copy
rarely uses, and runs several times faster than VADER's analyser, which
matters because the stance model reads it for every sentence it judges.
"""
from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from importlib import resources

_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: the "great-" of a great-grandparent, which is no valence word
_GREAT_GRAND = re.compile(r"\b(?:[Gg]reat-)+(?=grand)")
ALPHA = 15.0  # VADER's normalisation constant
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
BUT_BEFORE, BUT_AFTER = 0.5, 1.5
DAMPING = (1.0, 0.95, 0.9)  # an intensifier one, two or three words before
#: privation, which VADER's rules leave out, negates like "not": "has run out of easy wins"
RUN_OUT = frozenset({"run", "ran", "runs", "running"})
LACKING = frozenset({"lack", "lacks", "lacking", "devoid", "absence"})


@cache
def _rules() -> tuple[dict[str, float], frozenset[str], dict[str, float]]:
    """VADER's lexicon (word -> mean valence), negation words and intensifiers."""
    from vaderSentiment import vaderSentiment as vs

    raw = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    lexicon = {}
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            lexicon[parts[0]] = float(parts[1])
    return lexicon, frozenset(vs.NEGATE), dict(vs.BOOSTER_DICT)


@lru_cache(maxsize=8192)
def scores(text: str) -> tuple[float, float, float]:
    """``(compound, positive, negative)`` of ``text``: compound in -1..1, positive and
    negative as VADER's shares of the text's valence (0..1)."""
    lexicon, negate, boosters = _rules()
    if "reat-" in text:  # "my great-grandfather": kin, no praise
        text = _GREAT_GRAND.sub("", text)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    vals: list[float] = []
    but = -1
    for i, w in enumerate(words):
        if w == "but":
            but = i
        v = lexicon.get(w)
        if v is None or w in boosters:
            vals.append(0.0)
            continue
        for k in (1, 2, 3):
            if i - k < 0:
                break
            b = boosters.get(words[i - k])
            if b:
                v += (b if v > 0 else -b) * DAMPING[k - 1]
        if any(words[j] in negate or words[j].endswith("n't") or
               (words[j] == "of" and j >= 1 and (words[j - 1] in LACKING or (
                   words[j - 1] == "out" and j >= 2 and words[j - 2] in RUN_OUT)))
               for j in range(max(0, i - 3), i)):
            v *= NEGATION_SCALAR  # (also "has run out of easy wins", "a lack of trust")
        vals.append(v)
    if but >= 0:
        vals = [v * (BUT_BEFORE if i < but else BUT_AFTER if i > but else 1.0)
                for i, v in enumerate(vals)]
    total = sum(vals)
    compound = max(-1.0, min(1.0, total / math.sqrt(total * total + ALPHA)))
    pos = sum(v + 1 for v in vals if v > 0)
    neg = sum(1 - v for v in vals if v < 0)
    neutral = sum(1 for v in vals if v == 0)
    whole = pos + neg + neutral
    if not whole:
        return 0.0, 0.0, 0.0
    return compound, pos / whole, neg / whole


def clear_caches() -> None:
    """Forget cached texts (benchmarks time every article cold)."""
    scores.cache_clear()
