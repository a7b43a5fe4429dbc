"""Reports for 20 articles: the naive papermill + nbconvert loop against ``toolkit report``.

    python benchmarks/bench_reports.py [--articles 20]

The naive loop is what the issue describes, one article after the other:
``papermill notebooks/article_report.ipynb out.ipynb -p article_path X`` then
``jupyter nbconvert --to html --no-input out.ipynb``. The toolkit runs the same
notebook through a pool of warm kernels (one per core) with HTML exported in
the worker. Both run in this one process's lifetime, on copies of the sample
article; prints both times and the ratio (goal >= 8x).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "putin-year-end-press-conference.txt"
NOTEBOOK = ROOT / "notebooks" / "article_report.ipynb"
BIN = Path(sys.executable).parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "articles"
        src.mkdir()
        paths = []
        for i in range(args.articles):
            p = src / f"article-{i:02d}.txt"
            shutil.copyfile(SAMPLE, p)
            paths.append(p)
        naive_out = tmp / "naive"
        naive_out.mkdir()
        t0 = time.perf_counter()
        for p in paths:
            nb = naive_out / f"{p.stem}.ipynb"
            subprocess.run([BIN / "papermill", NOTEBOOK, nb, "-p", "article_path", p,
                            "--cwd", NOTEBOOK.parent], check=True, capture_output=True)
            subprocess.run([BIN / "jupyter", "nbconvert", "--to", "html", "--no-input", nb],
                           check=True, capture_output=True)
        naive = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "toolkit", "report", *map(str, paths),
                        "--out", tmp / "toolkit"], check=True, capture_output=True, cwd=ROOT)
        ours = time.perf_counter() - t0
        made = len(list((tmp / "toolkit").glob("article-*.html")))
    print(f"naive loop (papermill CLI + jupyter nbconvert, one by one), {args.articles} "
          f"articles: {naive:.1f} s ({naive / args.articles:.2f} s per report)")
    print(f"python -m toolkit report (warm kernel pool), {made} reports: {ours:.1f} s "
          f"({ours / args.articles:.2f} s per report)")
    print(f"speed-up: {naive / ours:.1f}x (goal >= 8x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
