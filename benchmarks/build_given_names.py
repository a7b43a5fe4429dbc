"""Rebuild ``toolkit/lexicons/given_names.csv`` from the US Census 1990 name files.

    python benchmarks/build_given_names.py DIR

``DIR`` holds the Census Bureau's ``dist.male.first`` and ``dist.female.first``
(1990 Census, "frequently occurring names", public domain; also shipped in the
``names`` package on PyPI). A name gets a gender when at least 95% of the people
bearing it in the Census sample are of that sex (each list's percentages are
weighted by the sexes' shares of the 1990 population); the rest are ambiguous
and left out. Names already in the file (curated, international) are kept as
they are.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "toolkit" / "lexicons" / "given_names.csv"
SHARE = {"male": 0.487, "female": 0.513}  # 1990 Census population by sex
MIN_SHARE = 0.95

HEADER = """# Given names with the gender they usually signal in English-language news. Used only
# as a last resort, when an article's own honorifics and pronouns do not tell a speaker's
# gender; ambiguous names are left out.
# Source: curated common and international names (compiled for this project; they win),
# plus the US Census Bureau 1990 frequently occurring first names (dist.male.first,
# dist.female.first) where one sex holds >= 95% of a name's bearers; built by
# benchmarks/build_given_names.py.
# Licence: public domain (US Census data; the curated names are CC0).
"""


def read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main() -> int:
    src = Path(sys.argv[1])
    male, female = read(src / "dist.male.first"), read(src / "dist.female.first")
    rows = [r for r in csv.DictReader(line for line in OUT.read_text(encoding="utf-8")
                                      .splitlines() if not line.startswith("#"))]
    curated = {r["name"]: r["gender"] for r in rows}
    added = 0
    for name in sorted(set(male) | set(female)):
        if name in curated:
            continue
        m, f = male.get(name, 0.0) * SHARE["male"], female.get(name, 0.0) * SHARE["female"]
        if m / (m + f) >= MIN_SHARE:
            curated[name] = "male"
        elif f / (m + f) >= MIN_SHARE:
            curated[name] = "female"
        else:
            continue
        added += 1
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "gender"])
        for name in sorted(curated):
            w.writerow([name, curated[name]])
    print(f"{len(curated)} names ({added} from the Census lists) -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
