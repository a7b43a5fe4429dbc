"""The colour-blind-safe palette every chart and highlight uses.

Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable
under the common colour-vision deficiencies. Speakers take colours in order
of their share of voice; the narrator is always grey.
"""
from __future__ import annotations

OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
NARRATOR = "#999999"
KIND_COLOURS = {"direct": "#0072B2", "partial": "#56B4E9", "indirect": "#E69F00"}
STANCE_COLOURS = {"against": "#D55E00", "neutral": "#DDDDDD", "favor": "#0072B2"}


def speaker_colours(names: list[str]) -> dict[str, str]:
    """A colour per speaker, in the given order (cycling after eight)."""
    return {n: OKABE_ITO[i % len(OKABE_ITO)] for i, n in enumerate(names)}
