"""Stance of speakers toward targets."""
from __future__ import annotations

from .model import Quote, Speaker, StanceRow
from .segment import Segmentation


def stance(text: str, seg: Segmentation, quotes: list[Quote],
           speakers: dict[str, Speaker]) -> list[StanceRow]:
    return []
