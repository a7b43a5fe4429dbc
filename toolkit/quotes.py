"""Find quotations: direct, partial and indirect (placeholder until issue 3 lands)."""
from __future__ import annotations

from .model import Quote
from .segment import Segmentation


def find_quotes(text: str, seg: Segmentation) -> list[Quote]:
    return []
