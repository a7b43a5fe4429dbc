"""Hedges and boosters."""
from __future__ import annotations

from .model import Cue, Quote
from .segment import Segmentation


def find_cues(text: str, seg: Segmentation, quotes: list[Quote]) -> tuple[list[Cue], list[Cue]]:
    return [], []
