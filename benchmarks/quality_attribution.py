"""Quote and speaker quality on PolNeAR (US political news, brat attributions).

Runs the analysis in-process on every article of a split and scores it with
the referee's own matching (``../shared/tools/score.py``), so the figures
equal ``python ../shared/tools/score.py ../shared/datasets/polnear/SPLIT --polnear``.

    python benchmarks/quality_attribution.py dev            # figures
    python benchmarks/quality_attribution.py dev --errors   # plus every miss and false alarm

Tune on dev; report test without tuning on it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from _referee import DATASETS, referee  # noqa: E402

import toolkit  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=("dev", "test"))
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    ref = referee()
    arts = ref.load_polnear(DATASETS / "polnear" / args.split)
    if args.limit:
        arts = arts[:args.limit]
    t0 = time.perf_counter()
    tally: Counter = Counter()
    for art in arts:
        out = toolkit.analyze(toolkit.load_article(art["path"])).to_dict()
        text = art["text"]
        pred = [{**q, "span": ref.trim(text, q["start"], q["end"])} for q in out["quotes"]]
        gold = art["quotes"]
        pairs = dict(ref.match_quotes(gold, pred, text, 0.5))
        matched_p = set(pairs.values())
        for gi, g in enumerate(gold):
            quoted = g["kind"] == "direct"
            keys = ["all"] + (["quoted"] if quoted else []) + (["speech"] if g["speech"] else [])
            if gi in pairs:
                p = pred[pairs[gi]]
                right = ref.speaker_right(g, p, text)
                for k in keys:
                    tally[f"{k}_tp"] += 1
                    tally[f"{k}_spk"] += right
                if args.errors and not right:
                    print(f"SPEAKER {art['id']}: gold={g['speaker']!r} pred={p['speaker']!r} "
                          f"mention={p.get('mention')!r} | {text[g['span'][0]:g['span'][1]][:80]}")
            else:
                for k in keys:
                    tally[f"{k}_fn"] += 1
                if args.errors and (g["speech"] or quoted):
                    a, b = g["span"]
                    print(f"MISS {art['id']}: cue={g['cue']!r} src={g['speaker']!r} | "
                          f"{text[max(0, a - 60):a]!r} [[{text[a:b][:100]}]]")
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                tally["fp"] += 1
                # a false alarm that shares words with a gold attribution is a boundary
                # disagreement (e.g. PolNeAR joins "A," she said, "B." into one span)
                near = any(min(g["span"][1], p["span"][1]) > max(g["span"][0], p["span"][0])
                           for g in gold)
                tally["fp_overlapping_gold"] += near
                if args.errors:
                    tag = "FALSE~" if near else "FALSE"
                    print(f"{tag} {art['id']}: {p['kind']} cue={p['cue']!r} "
                          f"spk={p['speaker']!r} | {text[p['start']:p['end']][:100]}")
    secs = time.perf_counter() - t0

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    tp, fp = tally["all_tp"], tally["fp"]
    res = {"split": args.split, "articles": len(arts), "seconds": round(secs, 2),
           "precision": ratio(tp, tp + fp), "recall_all": ratio(tp, tp + tally["all_fn"]),
           "recall_quoted": ratio(tally["quoted_tp"], tally["quoted_tp"] + tally["quoted_fn"]),
           "recall_speech_verb": ratio(tally["speech_tp"],
                                       tally["speech_tp"] + tally["speech_fn"]),
           "false_alarms": fp, "false_alarms_overlapping_gold": tally["fp_overlapping_gold"],
           "speaker_accuracy": ratio(tally["all_spk"], tp),
           "speaker_accuracy_quoted": ratio(tally["quoted_spk"], tally["quoted_tp"]),
           "speaker_accuracy_speech_verb": ratio(tally["speech_spk"], tally["speech_tp"])}
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
