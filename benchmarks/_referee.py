"""Load the team's referee (``../shared/tools/score.py``) as a module.

Benchmarks reuse its gold loaders and matching rules so their figures agree
with the referee's; the datasets are read from ``../shared/datasets``.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"


def referee():
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        sys.exit(f"benchmark: {path} not found (the shared folder sits beside the repository)")
    spec = importlib.util.spec_from_file_location("referee_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
