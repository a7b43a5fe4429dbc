"""Learn which uncertainty cues to trust from the Szeged Wikipedia training documents.

Reads ``../shared/datasets/szeged-wiki/wiki.xml``, keeps the training documents
(position 0, 1 or 2 modulo 5; positions 3 and 4 are held out for scoring),
and for every word sequence annotated as a cue counts how often it is a cue
against how often it occurs at all. Writes ``toolkit/lexicons/hedges_learned.csv``
with each cue's precision, support and Szeged class, for cues seen as a cue at
least ``--min-support`` times with precision at least ``--min-precision``.

    python benchmarks/learn_hedge_cues.py
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _referee import DATASETS, ROOT  # noqa: E402

OUT = ROOT / "toolkit" / "lexicons" / "hedges_learned.csv"
WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
CLASS = {"speculation_modal_probable_": "adverb_adjective",
         "speculation_hypo_doxastic _": "epistemic_verb",
         "speculation_hypo_condition _": "conditional",
         "speculation_hypo_investigation _": "epistemic_verb"}


def training_sentences(path: Path):
    """(plain text, [(cue start, cue end, class)]) for each training sentence."""
    xml = path.read_text(encoding="utf-8")
    docs = re.findall(r"<Document\b.*?</Document>", xml, flags=re.S)
    for i, doc in enumerate(docs):
        if i % 5 in (3, 4):
            continue
        for part in re.findall(r'<DocumentPart type="Text">(.*?)</DocumentPart>', doc, flags=re.S):
            for sent in re.findall(r"<Sentence[^>]*>(.*?)</Sentence>", part, flags=re.S):
                plain, cues = "", []
                for m in re.finditer(r'<ccue type="([^"]*)"[^>]*>(.*?)</ccue>|([^<]+)|<[^>]+>',
                                     sent):
                    if m.group(2) is not None:
                        c = unescape(m.group(2))
                        cues.append((len(plain), len(plain) + len(c), m.group(1)))
                        plain += c
                    elif m.group(3) is not None:
                        plain += unescape(m.group(3))
                yield plain, cues


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-support", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.3)
    args = ap.parse_args()
    src = DATASETS / "szeged-wiki" / "wiki.xml"
    as_cue: Counter = Counter()
    classes: dict[str, Counter] = defaultdict(Counter)
    sentences = list(training_sentences(src))
    for plain, cues in sentences:
        for a, b, cls in cues:
            key = " ".join(w.lower() for w in WORD.findall(plain[a:b]))
            if key and len(key.split()) <= 4:
                as_cue[key] += 1
                classes[key][cls] += 1
    seen: Counter = Counter()
    keys_by_len = defaultdict(set)
    for k in as_cue:
        keys_by_len[len(k.split())].add(k)
    for plain, _ in sentences:
        words = [w.lower() for w in WORD.findall(plain)]
        for n, keys in keys_by_len.items():
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i:i + n])
                if gram in keys:
                    seen[gram] += 1
    rows = []
    for k, c in as_cue.items():
        prec = c / max(seen[k], c)
        if c >= args.min_support and prec >= args.min_precision:
            cls = classes[k].most_common(1)[0][0]
            rows.append((k, round(prec, 3), c, max(seen[k], c), CLASS.get(cls, "epistemic_verb")))
    rows.sort(key=lambda r: (-r[1], -r[2]))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Uncertainty cues learned from the Szeged Uncertainty Corpus, Wikipedia part\n"
                 "# (Vincze 2014; CoNLL-2010 weasel data re-annotated), training documents only\n"
                 "# (positions 0-2 modulo 5 of wiki.xml). precision = times annotated as a cue /\n"
                 "# times the words occur; support = times annotated as a cue.\n"
                 f"# Kept: support >= {args.min_support}, precision >= {args.min_precision}. "
                 "Made by benchmarks/learn_hedge_cues.py.\n"
                 "# Source: Szeged Uncertainty Corpus (wiki.xml), via meyersbs/uncertainty.\n"
                 "# Licence: CC BY-SA (derived from the corpus, same licence).\n"
                 "cue,precision,support,occurrences,category\n")
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
    print(f"{len(rows)} cues written to {OUT.relative_to(ROOT)} "
          f"from {len(sentences)} training sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
