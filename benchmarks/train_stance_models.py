"""Train the stance models and write their weights into the package.

    pip install -e '.[train]'                     # scikit-learn, for training only
    python benchmarks/train_stance_models.py

* target sentiment: NewsMTSC ``train.jsonl`` (Hamborg & Donnay 2021, MIT licence),
  NB-LR over :func:`toolkit.stance.target_features` (one-vs-rest logistic
  regressions over naive-Bayes log-count-ratio scaled features, Wang & Manning
  2012; chosen by grouped CV: macro-F1 0.662 against 0.645 for plain logistic
  regression, C=0.2 best of 0.03-0.5; VADER valence features raise it to 0.672);
  writes ``toolkit/lexicons/target_sentiment.csv``.
* claim stance: the Emergent headlines of the *training* claims only (claims
  numbered by first appearance, positions 0-2 modulo 5; 3-4 are held out),
  over :func:`toolkit.stance.claim_features`; writes ``toolkit/lexicons/claim_stance.csv``.

Prints grouped cross-validation figures on the training data. Features seen
fewer than ``--min-count`` times are dropped so the files stay small.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _referee import DATASETS, ROOT  # noqa: E402

from toolkit.linear import BIAS  # noqa: E402
from toolkit.stance import claim_features, target_features  # noqa: E402

NAMES = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def newsmtsc(path: Path):
    X, y, groups = [], [], []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        for t in row["targets"]:
            X.append(target_features(row["sentence_normalized"], t["from"], t["to"]))
            y.append(NAMES[float(t["polarity"])])
            groups.append(row["primary_gid"].rsplit("_", 2)[0])
    return X, y, groups


def emergent(path: Path):
    X, y, groups = [], [], []
    claims: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            k = claims.setdefault(row["claimId"], len(claims))
            if k % 5 in (3, 4):
                continue
            X.append(claim_features(row["articleHeadline"], row["claimHeadline"]))
            y.append(row["articleHeadlineStance"])
            groups.append(k)
    return X, y, groups


def _nb_ratios(A, positive, alpha: float = 1.0):
    """Naive-Bayes log-count ratios of each feature for one class against the rest
    (Wang & Manning 2012, "Baselines and bigrams"), over feature magnitudes."""
    import numpy as np

    mag = abs(A)
    p = alpha + np.asarray(mag[positive].sum(0)).ravel()
    q = alpha + np.asarray(mag[~positive].sum(0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def _nb_lr(A, y, C: float):
    """One-vs-rest logistic regressions over NB-scaled features, folded back into one
    linear model: per label, weights ``r * w`` and its intercept (so the package scores
    it exactly like any other weights file)."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    labels = sorted(set(y))
    y = np.asarray(y)
    coef, bias = [], []
    for label in labels:
        positive = y == label
        r = _nb_ratios(A, positive)
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        m.fit(A @ sp.diags(r), positive)
        coef.append(r * m.coef_[0])
        bias.append(m.intercept_[0])
    return labels, np.vstack(coef), np.array(bias)


def fit(name: str, X, y, groups, C: float, min_count: int, header: str,
        nb: bool = False) -> None:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import GroupKFold, cross_val_predict

    seen = Counter(k for f in X for k in f)
    X = [{k: v for k, v in f.items() if seen[k] >= min_count} for f in X]
    vec = DictVectorizer()
    A = vec.fit_transform(X).tocsr()
    if nb:
        pred = np.empty(len(y), dtype=object)
        for tr, te in GroupKFold(5).split(A, y, groups):
            labels, coef, bias = _nb_lr(A[tr], [y[i] for i in tr], C)
            pred[te] = np.array(labels)[np.argmax(A[te] @ coef.T + bias, axis=1)]
        pred = pred.astype(str)
        labels, coef, bias = _nb_lr(A, y, C)
    else:
        model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        pred = cross_val_predict(model, A, y, cv=GroupKFold(5), groups=groups)
        model.fit(A, y)
        labels, coef, bias = list(model.classes_), model.coef_, model.intercept_
    macro = f1_score(y, pred, average="macro")
    print(f"{name}: {A.shape[0]} examples, {A.shape[1]} features; grouped 5-fold CV "
          f"accuracy {accuracy_score(y, pred):.4f}, macro-F1 {macro:.4f}")
    out = ROOT / "toolkit" / "lexicons" / f"{name}.csv"
    names = vec.get_feature_names_out()
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["feature", "label", "weight"])
        for li, label in enumerate(labels):
            w.writerow([BIAS, label, f"{bias[li]:.5f}"])
        for fi, feat in enumerate(names):
            for li, label in enumerate(labels):
                weight = coef[li, fi]
                if abs(weight) >= 0.01:
                    w.writerow([feat, label, f"{weight:.4f}"])
    print(f"  wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    X, y, g = newsmtsc(DATASETS / "newsmtsc" / "train.jsonl")
    fit("target_sentiment", X, y, g, 0.2, args.min_count,
        "# Target-dependent sentiment: NB-LR weights (one-vs-rest logistic regressions over\n"
        "# naive-Bayes-scaled features, Wang & Manning 2012, folded into one weight per\n"
        "# feature and label) over the features of toolkit.stance.target_features.\n"
        "# Made by benchmarks/train_stance_models.py.\n"
        "# Source: trained on NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021).\n"
        "# Licence: MIT (as the NewsMTSC data).\n", nb=True)
    X, y, g = emergent(DATASETS / "emergent" / "url-versions-2015-06-14-clean.csv")
    fit("claim_stance", X, y, g, 0.1, args.min_count,
        "# Headline stance toward a claim: logistic-regression weights over the features of\n"
        "# toolkit.stance.claim_features. Made by benchmarks/train_stance_models.py.\n"
        "# Source: trained on the Emergent headlines of the training claims (Ferreira &\n"
        "# Vlachos, NAACL 2016), claims 0-2 modulo 5. Licence: CC BY 4.0 for the weights;\n"
        "# the dataset itself states none and is used for evaluation and training only.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
