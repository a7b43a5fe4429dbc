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

from .palette import KIND_COLOURS, OKABE_ITO
from .segment import count_words

if TYPE_CHECKING:
    from .analysis import Analysis


def _canvas(title: str, height: float, width: float = 7.5):
    """A new figure with one titled axes (constrained layout)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.subplots()
    ax.set_title(title)
    return fig, ax


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555",
            transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def voice_chart(analysis: Analysis, top: int = 12) -> Figure:
    """Quoted words per speaker, stacked by quote kind (direct/partial/indirect)."""
    rows = list(analysis.voice)[:top]
    fig, ax = _canvas("Share of voice: quoted words by speaker", 0.5 * max(len(rows), 2) + 1.4)
    if not rows:
        return _empty(fig, ax, "No attributed quotes found in this article.")
    words_by_kind = {k: [0] * len(rows) for k in KIND_COLOURS}
    row_of = {r.speaker: i for i, r in enumerate(rows)}
    for q in analysis.quotes:
        if q.speaker in row_of:
            words_by_kind[q.kind][row_of[q.speaker]] += count_words(analysis.text, q.start,
                                                                    q.end)
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


def voice_groups_chart(analysis: Analysis) -> Figure:
    """Share of quoted words by speaker gender and by speaker kind, side by side."""
    fig = Figure(figsize=(7.5, 2.6), layout="constrained")
    axes = fig.subplots(1, 2)
    fig.suptitle("Share of quoted words by gender and by kind of speaker")
    for ax, key in zip(axes, ("gender", "kind"), strict=True):
        frame = analysis.voice_by(key)
        if frame.empty:
            _empty(fig, ax, "No attributed quotes.")
            continue
        frame = frame.sort_values("word_share")
        ax.barh(frame[key].astype(str), frame["word_share"],
                color=[OKABE_ITO[i % len(OKABE_ITO)] for i in range(len(frame))])
        for y, v in enumerate(frame["word_share"]):
            ax.text(v, y, f" {v:.0%}", va="center", fontsize=9)
        ax.set_xlim(0, 1.15)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(f"share of quoted words, by {key}")
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def voices_along_article(analysis: Analysis, top: int = 8) -> Figure:
    """Where voices sit: one row per speaker, a mark in each paragraph they speak in,
    and hedges (x) and boosters (+) along the bottom row for the whole article."""
    from .palette import speaker_colours

    speakers = [r.speaker for r in analysis.voice][:top]
    n_par = max(len(analysis.segmentation.paragraphs), 1)
    fig, ax = _canvas("Where voices and hedges fall, paragraph by paragraph",
                      0.45 * (len(speakers) + 1) + 1.5)
    if not speakers and not analysis.hedges:
        return _empty(fig, ax, "No quotes or hedges to place.")
    colours = speaker_colours(speakers)
    rows = [*speakers, "hedges / boosters"]
    for y, name in enumerate(speakers):
        for q in analysis.quotes:
            if q.speaker == name:
                ax.scatter(q.paragraph + 1, y, s=90, color=colours[name], alpha=0.8,
                           marker={"direct": "o", "partial": "D", "indirect": "s"}[q.kind])
    y = len(speakers)
    seg = analysis.segmentation
    for c in analysis.hedges:
        ax.scatter(seg.sentences[c.sentence].paragraph + 1, y, marker="x", color="#D55E00")
    for c in analysis.boosters:
        ax.scatter(seg.sentences[c.sentence].paragraph + 1, y, marker="+", s=80,
                   color="#009E73")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0.5, n_par + 0.5)
    ax.set_xticks(range(1, n_par + 1))
    ax.set_xlabel("paragraph (circle: direct quote, diamond: partial, square: reported)")
    ax.grid(axis="x", color="#eeeeee")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def certainty_chart(analysis: Analysis) -> Figure:
    """Hedges and boosters per 100 words: the narrator against each quoted speaker."""
    frame = analysis.certainty_frame()
    frame = frame[frame["words"] > 0]
    fig, ax = _canvas("How sure each voice is: hedges and boosters per 100 words",
                      0.5 * max(len(frame), 2) + 1.4)
    if frame.empty or (frame["hedges"].sum() + frame["boosters"].sum()) == 0:
        return _empty(fig, ax, "No hedges or boosters found.")
    ys = range(len(frame))
    ax.barh([y - 0.2 for y in ys], frame["hedges_per_100"], height=0.4, color="#D55E00",
            label="hedges (uncertainty)")
    ax.barh([y + 0.2 for y in ys], frame["boosters_per_100"], height=0.4, color="#009E73",
            label="boosters (certainty)")
    labels = [f"{v} ({w} words)" for v, w in zip(frame["voice"], frame["words"], strict=True)]
    ax.set_yticks(list(ys), labels)
    ax.invert_yaxis()
    ax.set_xlabel("cues per 100 words spoken")
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def cue_categories_chart(analysis: Analysis) -> Figure:
    """Hedges by category (modal, epistemic verb, attribution...) and boosters."""
    frame = analysis.cues_frame()
    fig, ax = _canvas("Certainty cues by kind", 3.2)
    if frame.empty:
        return _empty(fig, ax, "No hedges or boosters found.")
    counts = frame.groupby(["type", "category"]).size().sort_values()
    colours = ["#D55E00" if t == "hedge" else "#009E73" for t, _ in counts.index]
    ax.barh([f"{c.replace('_', ' ')} ({t})" for t, c in counts.index], counts.values,
            color=colours)
    ax.set_xlabel("cues in the article")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def stance_heatmap(analysis: Analysis, top: int = 8) -> Figure:
    """Speaker x target stance scores (-1 against ... +1 favor), narrator last."""
    rows = [r for r in analysis.stance]
    fig, ax = _canvas("Where speakers stand: stance toward people and places", 3.6)
    if not rows:
        return _empty(fig, ax, "No speaker mentions a person or place.")
    weight: dict[str, float] = {}
    for r in rows:
        weight[r.target] = weight.get(r.target, 0) + abs(r.score) + 0.01 * len(r.evidence)
    targets = sorted(weight, key=lambda t: -weight[t])[:top]
    speakers = []
    for r in rows:
        if r.speaker not in speakers:
            speakers.append(r.speaker)
    speakers = [s for s in speakers if s != "(narrator)"][:top] + \
        (["(narrator)"] if "(narrator)" in speakers else [])
    grid = [[float("nan")] * len(targets) for _ in speakers]
    for r in rows:
        if r.speaker in speakers and r.target in targets:
            grid[speakers.index(r.speaker)][targets.index(r.target)] = r.score
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("stance", ["#D55E00", "#F7F7F7", "#0072B2"])
    cmap.set_bad("#FFFFFF")
    im = ax.imshow(grid, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(targets)), targets, rotation=30, ha="right")
    ax.set_yticks(range(len(speakers)), speakers)
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v == v:  # not NaN
                ax.text(j, i, f"{v:+.1f}", ha="center", va="center", fontsize=9)
    cbar = fig.colorbar(im, ax=ax, shrink=0.8)
    cbar.set_label("against  ←  stance  →  favor")
    ax.set_xlabel("target")
    return fig


# ---- corpus charts (toolkit.corpus.Corpus) ---------------------------------------------

def corpus_speakers_chart(corpus, top: int = 15) -> Figure:
    """The most-quoted speakers across a corpus, by quoted words."""
    voice = corpus.voice()
    fig, ax = _canvas("Most-quoted speakers across the corpus",
                      0.35 * min(top, max(len(voice), 2)) + 1.6)
    if voice.empty:
        return _empty(fig, ax, "No attributed quotes in the corpus.")
    g = voice.groupby("speaker").agg(words=("words", "sum"), articles=("article", "nunique"))
    g = g.sort_values("words", ascending=False).head(top)
    ax.barh(g.index, g["words"], color=OKABE_ITO[0])
    for i, (w, n) in enumerate(zip(g["words"], g["articles"], strict=True)):
        ax.text(w, i, f"  {n} article{'s' if n != 1 else ''}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("quoted words")
    ax.set_xlim(0, g["words"].max() * 1.25)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def corpus_share_chart(corpus, group_by: str, key: str) -> Figure:
    """Share of quoted words by ``key`` (gender or kind) within each ``group_by`` group."""
    voice = corpus.voice()
    fig, ax = _canvas(f"Share of quoted words by {key}, per {group_by}", 3.4)
    if voice.empty or group_by not in voice:
        return _empty(fig, ax, f"No quotes, or no '{group_by}' in the metadata.")
    table = voice.fillna({group_by: "(unknown)"}).pivot_table(
        index=group_by, columns=key, values="words", aggfunc="sum", fill_value=0)
    _stacked_barh(ax, table.div(table.sum(axis=1), axis=0), key)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of quoted words")
    return fig


def corpus_hedging_chart(corpus) -> Figure:
    """Hedges per 100 words in each article, by date (articles without a date left out)."""
    import pandas as pd

    arts = corpus.articles()
    fig, ax = _canvas("Hedging over time: hedges per 100 words, one dot per article", 3.2)
    dates = pd.to_datetime(arts["date"], errors="coerce") if "date" in arts else None
    if dates is None or dates.isna().all():
        return _empty(fig, ax, "No article has a date.")
    ok = dates.notna()
    ax.scatter(dates[ok], arts.loc[ok, "hedges_per_100_words"], color=OKABE_ITO[5])
    ax.set_ylabel("hedges per 100 words")
    ax.set_xlabel("publication date")
    fig.autofmt_xdate()
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def corpus_framing_chart(corpus, group_by: str) -> Figure:
    """Attributions by framing class (said / claimed / admitted ...) per group."""
    framing = corpus.framing()
    fig, ax = _canvas(f"How each {group_by} attributes: reporting verbs by framing", 3.4)
    if framing.empty or group_by not in framing:
        return _empty(fig, ax, f"No attributions, or no '{group_by}' in the metadata.")
    table = framing.fillna({group_by: "(unknown)", "framing": "other"}).pivot_table(
        index=group_by, columns="framing", values="cue", aggfunc="count", fill_value=0)
    _stacked_barh(ax, table, "framing")
    ax.set_xlabel("attributions")
    return fig


def _stacked_barh(ax, table, legend_title: str) -> None:
    """One horizontal bar per row of ``table``, stacked by its columns, legend below."""
    left = [0.0] * len(table)
    for i, col in enumerate(table.columns):
        ax.barh(table.index.astype(str), table[col], left=left,
                color=OKABE_ITO[i % len(OKABE_ITO)], label=str(col))
        left = [a + b for a, b in zip(left, table[col], strict=True)]
    ax.legend(title=legend_title, frameon=False, loc="upper center",
              bbox_to_anchor=(0.5, -0.22), ncol=6)
