"""A sparse linear classifier whose weights are a data file.

The stance models are trained offline by ``benchmarks/train_stance_models.py``
(scikit-learn logistic regression) and shipped as CSV rows ``feature, label,
weight`` in ``toolkit/lexicons/``; the bias of each label is the row with
feature ``__bias__``. Scoring is a dot product over the features present, so
prediction needs no scikit-learn and no numpy, and a newsroom can read which
words push a label.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from . import lexicon

BIAS = "__bias__"


@dataclass(frozen=True)
class LinearModel:
    """Per feature, one weight for each of ``labels`` (in that order); ``bias`` likewise."""

    labels: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    bias: tuple[float, ...]

    def scores(self, features: Mapping[str, float]) -> dict[str, float]:
        """Label -> raw score (bias plus weighted features)."""
        out = list(self.bias)
        n = len(out)
        get = self.weights.get
        for name, value in features.items():
            w = get(name)
            if w is not None:
                for i in range(n):
                    out[i] += w[i] * value
        return dict(zip(self.labels, out, strict=True))

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """Label -> softmax probability."""
        s = self.scores(features)
        top = max(s.values())
        exp = {k: math.exp(v - top) for k, v in s.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def predict(self, features: Mapping[str, float]) -> str:
        s = self.scores(features)
        return max(self.labels, key=lambda label: s[label])


@cache
def load(name: str) -> LinearModel:
    """The model stored in ``lexicons/<name>.csv``."""
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    labels: list[str] = []
    for r in lexicon.rows(name):
        label, w = r["label"], float(r["weight"])
        if label not in labels:
            labels.append(label)
        if r["feature"] == BIAS:
            bias[label] = w
        else:
            weights.setdefault(r["feature"], {})[label] = w
    order = tuple(labels)
    return LinearModel(order,
                       {f: tuple(w.get(label, 0.0) for label in order)
                        for f, w in weights.items()},
                       tuple(bias.get(label, 0.0) for label in order))
