"""Shared fixtures: the sample article and small helpers."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "putin-year-end-press-conference.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    with open(SAMPLE, encoding="utf-8", newline="") as fh:
        return fh.read()


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``python -m toolkit ARGS`` as a user would."""
    return subprocess.run([sys.executable, "-m", "toolkit", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def registry_of(text: str):
    """The name registry the analysis of ``text`` builds: who and what it names."""
    import toolkit
    from toolkit.speakers import registry

    a = toolkit.analyze(text)
    return registry(text, a.segmentation, list(a.quotes))
