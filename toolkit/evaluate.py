"""Score the toolkit against a newsroom's own gold annotations.

Gold files follow the team's format (one JSON file per article)::

    {"id": "slug", "text_file": "path/relative/to/this/file.txt",
     "quotes": [{"content": "exact substring", "speaker": "Full Name",
                 "kind": "direct|partial|indirect", "cue": "said", "optional": false}],
     "hedges": [{"cue": "may", "in": "unique snippet holding the cue"}],
     "boosters": [{"cue": "clearly", "in": "..."}],
     "stance": [{"speaker": "Full Name", "target": "Target", "label": "favor|against"}]}

Matching follows the published conventions: spans are trimmed of white
space and edge punctuation; a predicted quote matches a gold quote when they
share at least ``overlap`` of the longer span (greedy, one to one); a speaker
is right when it is the gold name or the same person's surname or full-name
variant; a prediction matching an *optional* gold quote is neither a hit nor
a false alarm. Hedge and booster cues match when they share characters and
the prediction is at most three times the gold cue (or 30 characters).
Share-of-voice distance is the total variation distance between gold and
predicted quoted-word shares per speaker (0 = identical, 1 = disjoint).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import analyze
from .article import load
from .errors import ToolkitError

EDGE = " \t\r\n\"'“”‘’«»,.;:!?—–-()[]"
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "president", "prime", "minister", "sen",
                         "senator", "rep", "gov", "governor", "gen", "lt", "col", "sir", "the",
                         "a", "an", "mayor", "judge", "professor", "prof", "chief"})


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space and edge punctuation."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def _name_tokens(name: str | None) -> list[str]:
    """Lower-case name words, titles dropped ("Dr", "the"), but not an acronym that spells
    one ("broadcaster DR")."""
    toks = [re.sub(r"[’']s$", "", t, flags=re.I) for t in re.findall(r"[\w’']+", name or "")]
    return [t.lower() for t in toks if t.lower() not in TITLE_WORDS or
            (len(t) > 1 and t.isupper())]


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Same person: equal names, same surname, or at least half the name words shared. A
    name made only of title words ("senator", for "A senator who asked not to be named")
    is the same only as itself."""
    p, g = _name_tokens(pred), _name_tokens(gold)
    if not p or not g:
        return bool(pred and gold) and pred.strip().lower() == gold.strip().lower()
    if p[-1] == g[-1] or p == g:
        return True
    return len(set(p) & set(g)) / len(set(p) | set(g)) >= 0.5


def stance_hit(pred: list[dict], gold: dict) -> dict | None:
    """The predicted pair that stands for a gold one: the same speaker and target by
    :func:`same_speaker`, an exact match first (so "Tourism Mechelen" is not read as the
    city "Mechelen" when the output has both)."""
    near = [p for p in pred if same_speaker(p["speaker"], gold["speaker"]) and
            same_speaker(p["target"], gold["target"])]
    exact = (_name_tokens(gold["speaker"]), _name_tokens(gold["target"]))
    return next((p for p in near if (_name_tokens(p["speaker"]), _name_tokens(p["target"]))
                 == exact), near[0] if near else None)


def cue_hit(g: tuple[int, int], p: tuple[int, int]) -> bool:
    return min(g[1], p[1]) > max(g[0], p[0]) and (p[1] - p[0]) <= max(3 * (g[1] - g[0]), 30)


@dataclass
class GoldArticle:
    """One gold file, located in its article text."""

    id: str
    path: Path
    text: str
    quotes: list[dict]
    hedges: list[tuple[int, int]] = field(default_factory=list)
    boosters: list[tuple[int, int]] = field(default_factory=list)
    stance: list[dict] = field(default_factory=list)


def load_gold(path: Path) -> GoldArticle:
    """Read one gold JSON file; every locator must be found in the article text."""
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ToolkitError(f"{path}: cannot read the gold file ({exc})") from None
    if not isinstance(g, dict) or "text_file" not in g:
        raise ToolkitError(f"{path}: a gold file is an object with a 'text_file' field")
    tpath = (path.parent / g["text_file"]).resolve()
    text = load(tpath).text
    quotes = []
    for q in g.get("quotes", []):
        i = text.find(q.get("content", "\0"))
        if i < 0:
            raise ToolkitError(f"{path}: quote not found in {tpath.name}: "
                               f"{q.get('content', '')[:60]!r}")
        quotes.append({"span": trim(text, i, i + len(q["content"])), "speaker": q.get("speaker"),
                       "kind": q.get("kind", "direct"), "optional": bool(q.get("optional"))})
    cues: dict[str, list[tuple[int, int]]] = {}
    for key in ("hedges", "boosters"):
        cues[key] = []
        for h in g.get(key, []):
            i, j = text.find(h.get("in", "\0")), h.get("in", "").find(h.get("cue", "\0"))
            if i < 0 or j < 0:
                raise ToolkitError(f"{path}: {key} locator not found: {h}")
            cues[key].append((i + j, i + j + len(h["cue"])))
    return GoldArticle(g.get("id", path.stem), tpath, text, quotes, cues["hedges"],
                       cues["boosters"], g.get("stance", []))


def _match(gold: list[dict], pred: list[tuple[int, int]], thr: float) -> dict[int, int]:
    cands = sorted(((overlap_ratio(g["span"], p), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(pred)), reverse=True)
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for r, gi, pi in cands:
        if r < thr:
            break
        if gi in pairs or pi in used_p:
            continue
        pairs[gi] = pi
        used_p.add(pi)
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _voice_distance(art: GoldArticle, voice: list[dict]) -> float | None:
    gw: Counter = Counter()
    for q in art.quotes:
        if not q["optional"] and q["speaker"]:
            gw[q["speaker"]] += len(art.text[q["span"][0]:q["span"][1]].split())
    pw: Counter = Counter()
    for v in voice:
        target = next((g for g in gw if same_speaker(v["speaker"], g)), f"?{v['speaker']}")
        pw[target] += v["words"]
    if not gw or not pw:
        return None
    gt, pt = sum(gw.values()), sum(pw.values())
    return 0.5 * sum(abs(gw[k] / gt - pw[k] / pt) for k in set(gw) | set(pw))


def evaluate_articles(articles: list[GoldArticle], overlap: float = 0.5) -> dict:
    """Scores over a list of gold articles (see the module docstring)."""
    c: Counter = Counter()
    tvds: list[float] = []
    stance_right = stance_all = 0
    for art in articles:
        out = analyze(load(art.path)).to_dict()
        pred = [trim(art.text, q["start"], q["end"]) for q in out["quotes"]]
        pairs = _match(art.quotes, pred, overlap)
        for gi, g in enumerate(art.quotes):
            if g["optional"]:
                continue
            if gi in pairs:
                c["tp"] += 1
                p = out["quotes"][pairs[gi]]
                right = same_speaker(p["speaker"], g["speaker"]) if g["speaker"] \
                    else not p["speaker"]
                c["speaker"] += right
            else:
                c["fn"] += 1
        c["fp"] += sum(1 for pi in range(len(pred)) if pi not in pairs.values())
        for key in ("hedges", "boosters"):
            gold = getattr(art, key)
            if gold:
                spans = [(h["start"], h["end"]) for h in out[key]]
                c[f"{key}_tp"] += sum(any(cue_hit(g, p) for p in spans) for g in gold)
                c[f"{key}_fp"] += sum(not any(cue_hit(g, p) for g in gold) for p in spans)
                c[f"{key}_fn"] += sum(not any(cue_hit(g, p) for p in spans) for g in gold)
        d = _voice_distance(art, out["voice"])
        if d is not None:
            tvds.append(d)
        for s in art.stance:
            stance_all += 1
            hit = stance_hit(out["stance"], s)
            stance_right += bool(hit and hit["label"] == s["label"])
    res: dict = {"articles": len(articles), "quotes": _prf(c["tp"], c["fp"], c["fn"])}
    res["quotes"]["speaker_accuracy"] = round(c["speaker"] / c["tp"], 4) if c["tp"] else 0.0
    for key in ("hedges", "boosters"):
        if c[f"{key}_tp"] + c[f"{key}_fn"]:
            res[key] = _prf(c[f"{key}_tp"], c[f"{key}_fp"], c[f"{key}_fn"])
    if tvds:
        res["voice_distance"] = round(sum(tvds) / len(tvds), 4)
    if stance_all:
        res["stance_accuracy"] = round(stance_right / stance_all, 4)
    return res


def evaluate_folder(folder: str | Path, overlap: float = 0.5) -> dict:
    """Score every ``*.json`` gold file in ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ToolkitError(f"{folder}: not a folder of gold files")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ToolkitError(f"{folder}: no gold files (*.json) found")
    return evaluate_articles([load_gold(f) for f in files], overlap)


def format_scores(res: dict) -> str:
    """The scores as a short readable table."""
    lines = [f"articles: {res['articles']}"]
    for key in ("quotes", "hedges", "boosters"):
        if key in res:
            r = res[key]
            extra = f"  speaker accuracy {r['speaker_accuracy']:.3f}" if key == "quotes" else ""
            lines.append(f"{key:9s} precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
                         f"F1 {r['f1']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}){extra}")
    if "voice_distance" in res:
        lines.append(f"share-of-voice distance {res['voice_distance']:.3f} (0 = identical)")
    if "stance_accuracy" in res:
        lines.append(f"stance accuracy {res['stance_accuracy']:.3f}")
    return "\n".join(lines)
