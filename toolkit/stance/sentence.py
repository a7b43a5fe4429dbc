"""Target sentiment: the learned sentence model of ``target_sentiment``.

The words around and governing a mention, the sentence's and the clause's
polarity (TextBlob's Pattern lexicon), negation, VADER's valence, weighted
by ``lexicons/target_sentiment.csv`` (learned from NewsMTSC's training file by
``benchmarks/train_stance_models.py``).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache

from .. import linear, valence
from .words import NEGATIONS, _polarity, _view

#: VADER-style valence features are scaled by this (chosen by grouped CV on NewsMTSC
#: train: macro-F1 0.662 without them, 0.669 / 0.672 / 0.671 at scale 1 / 3 / 5 with
#: VADER's own analyser; a second score for a window around the mention added nothing)
VADER_SCALE = 3.0


def _vader_features(sentence: str) -> tuple[tuple[str, float], ...]:
    """The sentence's VADER-style valence (:mod:`toolkit.valence`), scaled."""
    c, p, n = valence.scores(sentence)
    k = VADER_SCALE
    return (("vc", c * k), ("vpos", p * k), ("vneg", n * k))


def target_features(sentence: str, start: int, end: int) -> dict[str, float]:
    """Features of the sentence as seen from the mention ``sentence[start:end]``."""
    v = _view(sentence)
    f: Counter = Counter()
    if not v.spans:
        return f
    low, st = v.low, v.stems
    idx = [i for i, (s, e) in enumerate(v.spans) if s < end and e > start] or [0]
    lo, hi = min(idx), max(idx)
    for i in range(len(st)):
        if lo <= i <= hi:
            continue
        left = i < lo
        d = lo - i if left else i - hi
        w = st[i]
        w_name, n3, n8 = "w=" + w, "n3=" + w, "n8=" + w
        l5, r5, l1, r1, l2, r2 = ("L5=" + w, "R5=" + w, "L1=" + w, "R1=" + w, "L2=" + w,
                                  "R2=" + w)
        f[w_name] += 1
        if d <= 8:
            f[n8] += 1
            if d <= 5:
                f[l5 if left else r5] += 1
                if d <= 3:
                    f[n3] += 1
                    if d == 1:
                        f[l1 if left else r1] += 1
                    elif d == 2:
                        f[l2 if left else r2] += 1
        p = v.lex[i]
        if p:
            f["lex_all"] += p
            if d <= 3:
                f["lex3"] += p
            if d <= 8:
                f["lex8"] += p
    for i in range(max(0, lo - 6), min(len(st) - 1, hi + 7)):
        f["b=" + st[i] + "_" + st[i + 1]] += 1
    f["pol"], f["sub"] = v.pol, v.sub
    f["wpol"], f["wsub"] = _polarity(list(low[max(0, lo - 6):hi + 7]))
    f["negwin"] = float(any(low[i] in NEGATIONS
                            for i in range(max(0, lo - 4), min(len(low), hi + 5))))
    f["first"] = float(lo <= 2)
    marks = sentence[:start].count("“") + sentence[:start].count('"')
    f["inquote"] = float(marks % 2 == 1)
    for name, x in _vader_features(sentence):
        f[name] = x
    return {k: x for k, x in f.items() if x}  # zeros dropped; negative values kept


TOKEN_TYPES = ("w", "n3", "n8", "L5", "R5", "L1", "R1", "L2", "R2")


@cache
def _weights_by_type() -> dict[str, dict[str, tuple[float, ...]]]:
    """The target-sentiment weights split by feature type: ``{"w": {stem: weights}, ...}``."""
    out: dict[str, dict[str, tuple[float, ...]]] = {t: {} for t in (*TOKEN_TYPES, "b")}
    for name, w in linear.load("target_sentiment").weights.items():
        kind, sep, rest = name.partition("=")
        if sep and kind in out:
            out[kind][rest] = w
    return out


@cache
def _near_weights() -> dict[str, tuple[tuple[float, ...] | None, ...]]:
    """Per stem, its weights by position near a mention in one tuple, so one look-up
    serves every position type: ``(n8, n3, L5, R5, L1, R1, L2, R2)``."""
    by = _weights_by_type()
    kinds = ("n8", "n3", "L5", "R5", "L1", "R1", "L2", "R2")
    stems = set().union(*(by[k] for k in kinds))
    return {w: tuple(by[k].get(w) for k in kinds) for w in stems}


def target_scores(sentence: str, start: int, end: int) -> dict[str, float]:
    """The target-sentiment model's scores, equal to ``model.scores(target_features(...))``
    but summed from per-sentence cached weights: judging several mentions in one
    sentence costs little more than judging one."""
    model = linear.load("target_sentiment")
    get = model.weights.get
    found: list[tuple[float, ...] | None] = [model.bias]
    add = found.append  # weight tuples of features with value 1, summed at the end

    v = _view(sentence)
    if not v.spans:
        return dict(zip(model.labels, model.bias, strict=True))
    lo, hi = v.covering(start, end)
    # features of every word whatever its distance (w=, lex_all) are summed once per
    # sentence; the mention's own words are taken back out; only the words within
    # eight of the mention are read one by one
    w_all, w_each, lex_total, near, bigrams = _sentence_sums(sentence)
    add(w_all)
    for i in range(lo, hi + 1):
        if w_each[i] is not None:
            add(tuple(-c for c in w_each[i]))
    lex_all = lex_total - sum(v.lex[lo:hi + 1])
    lex3 = lex8 = 0.0
    stems, lex = v.stems, v.lex
    for side in (0, 1):  # 0: left of the mention, 1: right
        edge, step = (lo, -1) if side == 0 else (hi, 1)
        for d in range(1, 9):  # the words within eight of the mention, nearest first
            i = edge + step * d
            if i < 0 or i >= len(stems):
                break
            entry = near[i]
            if entry is not None:  # (n8, n3, L5, R5, L1, R1, L2, R2)
                add(entry[0])
                if d <= 5:
                    add(entry[2 + side])
                    if d <= 3:
                        add(entry[1])
                        if d == 1:
                            add(entry[4 + side])
                        elif d == 2:
                            add(entry[6 + side])
            p = lex[i]
            if p:
                lex8 += p
                if d <= 3:
                    lex3 += p
    found.extend(bigrams[max(0, lo - 6):min(len(stems) - 1, hi + 7)])
    wpol, wsub = _polarity(list(v.low[max(0, lo - 6):hi + 7]))
    negwin = any(v.low[i] in NEGATIONS for i in range(max(0, lo - 4), min(len(v.low), hi + 5)))
    marks = sentence[:start].count("“") + sentence[:start].count('"')
    for name, x in (("lex_all", lex_all), ("lex3", lex3), ("lex8", lex8), ("pol", v.pol),
                    ("sub", v.sub), ("wpol", wpol), ("wsub", wsub), ("negwin", float(negwin)),
                    ("first", float(lo <= 2)), ("inquote", float(marks % 2 == 1)),
                    *_vader_features(sentence)):
        w = get(name) if x else None
        if w is not None:
            add(tuple(c * x for c in w))
    totals = [sum(col) for col in zip(*(w for w in found if w is not None), strict=True)]
    return dict(zip(model.labels, totals, strict=True))


@lru_cache(maxsize=4096)
def _sentence_sums(sentence: str) -> tuple[tuple[float, ...], list, float, list, list]:
    """Per sentence, looked up once for all its mentions: the summed ``w=`` weights of
    all its words, each word's own ``w=`` weights (None when the model has none), the
    summed word polarity, each word's weights by position near a mention (see
    :func:`_near_weights`) and each bigram's weights (``b=``, from word i to i + 1)."""
    model = linear.load("target_sentiment")
    w_get = _weights_by_type()["w"].get
    v = _view(sentence)
    each = [w_get(w) for w in v.stems]
    total = [0.0] * len(model.labels)
    for wt in each:
        if wt is not None:
            for k, c in enumerate(wt):
                total[k] += c
    near_get = _near_weights().get
    bigram = _weights_by_type()["b"].get
    st = v.stems
    return (tuple(total), each, sum(v.lex), [near_get(w) for w in st],
            [bigram(st[i] + "_" + st[i + 1]) for i in range(len(st) - 1)])


def clear_caches() -> None:
    """Forget cached sentences (benchmarks use it to time every article cold)."""
    _view.cache_clear()
    _sentence_sums.cache_clear()
    valence.clear_caches()


#: a harm warded off ("would protect society from fake news"): its words say nothing of
#: whoever wards it off, so they are blanked when the mention stands before them
_WARDED_OFF = re.compile(r"\b(?:protect|shield|safeguard|guard|defend|rescue|spare|sav)"
                         r"(?:e|es|s|ed|d|ing)? (?:[\w'’-]+ ){0,3}?from "
                         r"((?:[\w'’-]+ ){0,3}[\w'’-]+)", re.IGNORECASE)


def _lean(sentence: str, start: int, end: int) -> float:
    """How far the sentence leans for (+) or against (-) the mention, in -1..1: the
    model's positive minus negative probability (a softmax over its label scores), so
    weak evidence still has a direction and a confident reading counts more."""
    if not sentence.strip():
        return 0.0
    if " from " in sentence:
        for m in _WARDED_OFF.finditer(sentence):
            if m.start() >= end:
                a, b = m.span(1)
                sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    scores = target_scores(sentence, start, end)
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return (exp.get("positive", 0.0) - exp.get("negative", 0.0)) / total


def target_sentiment(sentence: str, start: int, end: int) -> str:
    """Sentiment of ``sentence`` toward the mention at ``sentence[start:end]``:
    ``negative``, ``neutral`` or ``positive``."""
    if not sentence.strip():
        return "neutral"
    scores = target_scores(sentence, start, end)
    return max(scores, key=scores.get)
