"""Speed of the full analysis, against TextBlob's tagger and sentiment, and its linearity.

    python benchmarks/bench_analyze.py

Prints, all measured in this run on one core after warm-up:
* ``analyze_text`` on the sample article, milliseconds per article (target <= 5 ms), with
  the per-sentence caches cleared before every run, as for an article never seen before;
* the baseline: TextBlob's PatternTagger plus PatternAnalyzer over the same sentences,
  and the ratio analyze / baseline (target <= 1.0), the two timed in alternation so
  that the machine's drift does not fall on one of them;
* an article 100 times longer: time ratio against the sample (target <= 120).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402
from toolkit.analysis import clear_caches  # noqa: E402
from toolkit.segment import segment  # noqa: E402

SAMPLE = ROOT / "data" / "putin-year-end-press-conference.txt"


def per_call(fn, repeat: int) -> float:
    """Median seconds per call over ``repeat`` timed calls."""
    fn()  # warm-up: lexicons and caches loaded
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def interleaved(a, b, repeat: int) -> tuple[float, float, float]:
    """Median seconds per call of ``a`` and of ``b``, and the median of their per-round
    ratio, timed in alternation: on a shared machine the speed drifts by a fifth within
    a minute, so two blocks timed one after the other can disagree by that much."""
    a()
    b()
    ta, tb = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        a()
        t1 = time.perf_counter()
        b()
        t2 = time.perf_counter()
        ta.append(t1 - t0)
        tb.append(t2 - t1)
    return (statistics.median(ta), statistics.median(tb),
            statistics.median(x / y for x, y in zip(ta, tb, strict=True)))


def main() -> int:
    from textblob.en.sentiments import PatternAnalyzer
    from textblob.en.taggers import PatternTagger

    text = SAMPLE.read_text(encoding="utf-8")
    sentences = [text[s.start:s.end] for s in segment(text).sentences]
    tagger, analyzer = PatternTagger(), PatternAnalyzer()

    def baseline() -> None:
        for s in sentences:
            tagger.tag(s)
            analyzer.analyze(s)

    def analyze_cold() -> None:
        clear_caches()  # per-text caches would flatter a repeated article
        toolkit.analyze_text(text)

    ours, base, ratio = interleaved(analyze_cold, baseline, 400)
    long_text = "\n".join([text] * 100)
    def analyze_long() -> None:
        clear_caches()
        toolkit.analyze_text(long_text)

    long = per_call(analyze_long, 5)
    print(f"analyze_text, sample article ({len(text):,} chars, {len(sentences)} sentences): "
          f"{ours * 1000:.2f} ms per article (target <= 5 ms)")
    print(f"baseline, TextBlob PatternTagger + PatternAnalyzer over the same sentences: "
          f"{base * 1000:.2f} ms")
    print(f"ratio analyze_text / baseline, median of 400 alternating rounds: {ratio:.2f} "
          f"(target <= 1.0)")
    print(f"article x100 ({len(long_text):,} chars): {long * 1000:.1f} ms; "
          f"ratio to x1: {long / ours:.1f} (target <= 120)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
