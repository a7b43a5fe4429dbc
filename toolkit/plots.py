"""Matplotlib charts of an analysis. Each function returns a Figure.

Figures are built with the object-oriented API (``matplotlib.figure.Figure``),
so no global pyplot state leaks between articles in a batch. Colours come
from :mod:`toolkit.palette` (colour-blind safe). Every chart has a title and
labelled axes a reader understands without the surrounding text, and says so
plainly when there is nothing to draw.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from .palette import KIND_COLOURS, NARRATOR, OKABE_ITO

if TYPE_CHECKING:
    from .analysis import Analysis


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555",
            transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def voice_chart(analysis: Analysis, top: int = 12) -> Figure:
    """Quoted words per speaker, stacked by quote kind (direct/partial/indirect)."""
    rows = list(analysis.voice)[:top]
    fig = Figure(figsize=(7.5, 0.5 * max(len(rows), 2) + 1.4), layout="constrained")
    ax = fig.subplots()
    ax.set_title("Share of voice: quoted words by speaker")
    if not rows:
        return _empty(fig, ax, "No attributed quotes found in this article.")
    words_by_kind = {k: [0] * len(rows) for k in KIND_COLOURS}
    for q in analysis.quotes:
        for i, r in enumerate(rows):
            if q.speaker == r.speaker:
                from .segment import count_words

                words_by_kind[q.kind][i] += count_words(analysis.text, q.start, q.end)
    names = [r.speaker for r in rows]
    left = [0] * len(rows)
    for kind, colour in KIND_COLOURS.items():
        vals = words_by_kind[kind]
        ax.barh(names, vals, left=left, color=colour, label=kind, edgecolor="white")
        left = [a + b for a, b in zip(left, vals, strict=True)]
    for i, r in enumerate(rows):
        ax.text(left[i], i, f"  {r.word_share:.0%}", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("quoted words")
    ax.set_xlim(0, max(left) * 1.15 or 1)
    ax.legend(title="quote kind", loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def paragraph_chart(analysis: Analysis) -> Figure:
    """Words per paragraph, with the quoted share of each paragraph darker."""
    frame = analysis.paragraphs_frame()
    fig = Figure(figsize=(7.5, 3.2), layout="constrained")
    ax = fig.subplots()
    ax.set_title("Article structure: words per paragraph")
    if frame.empty:
        return _empty(fig, ax, "No paragraphs found.")
    quoted = [0] * len(frame)
    from .segment import count_words

    for q in analysis.quotes:
        quoted[q.paragraph] += count_words(analysis.text, q.start, q.end)
    numbers = [i + 1 for i in frame["paragraph"]]
    ax.bar(numbers, frame["words"], color=NARRATOR, label="narration")
    ax.bar(numbers, quoted, color=OKABE_ITO[0], label="inside quotes")
    ax.set_xlabel("paragraph (in reading order)")
    ax.set_ylabel("words")
    ax.set_xticks(numbers)
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
