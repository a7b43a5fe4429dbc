"""Resolve speaker mentions to canonical speakers."""
from __future__ import annotations

from .model import Quote, Speaker
from .segment import Segmentation


def resolve(text: str, seg: Segmentation,
            quotes: list[Quote]) -> tuple[list[Quote], dict[str, Speaker]]:
    return list(quotes), {}
