"""Share of voice: how many quotes and quoted words each speaker gets.

A pure function of the resolved quotes. Words are counted inside each quote's
span; shares are fractions of all *attributed* quoted words and quotes, so
they sum to 1 whenever anyone is quoted.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Quote, Speaker
from .segment import count_words

KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True, slots=True)
class VoiceRow:
    """One speaker's share of voice in one article."""

    speaker: str
    kind: str
    gender: str
    quotes: int
    direct: int
    partial: int
    indirect: int
    words: int
    word_share: float
    quote_share: float
    first_paragraph: int


def share_of_voice(text: str, quotes: list[Quote], speakers: dict[str, Speaker]) -> list[VoiceRow]:
    """One row per speaker, most quoted words first."""
    tally: dict[str, dict] = {}
    for q in quotes:
        if not q.speaker:
            continue
        t = tally.setdefault(q.speaker, {"quotes": 0, "words": 0, "first": q.paragraph,
                                         **dict.fromkeys(KINDS, 0)})
        t["quotes"] += 1
        t[q.kind] += 1
        t["words"] += count_words(text, q.start, q.end)
        t["first"] = min(t["first"], q.paragraph)
    total_words = sum(t["words"] for t in tally.values())
    total_quotes = sum(t["quotes"] for t in tally.values())
    rows = []
    for name, t in tally.items():
        sp = speakers.get(name) or Speaker(name)
        rows.append(VoiceRow(
            speaker=name, kind=sp.kind, gender=sp.gender, quotes=t["quotes"],
            direct=t["direct"], partial=t["partial"], indirect=t["indirect"], words=t["words"],
            word_share=t["words"] / total_words if total_words else 0.0,
            quote_share=t["quotes"] / total_quotes if total_quotes else 0.0,
            first_paragraph=t["first"],
        ))
    rows.sort(key=lambda r: (-r.words, -r.quotes, r.first_paragraph, r.speaker))
    return rows


def by_group(rows: list[VoiceRow], key: str) -> dict[str, dict[str, float]]:
    """Voice totals grouped by a speaker attribute (``gender`` or ``kind``)."""
    out: dict[str, dict[str, float]] = {}
    total_w = sum(r.words for r in rows) or 1
    total_q = sum(r.quotes for r in rows) or 1
    for r in rows:
        g = out.setdefault(getattr(r, key), {"speakers": 0, "quotes": 0, "words": 0})
        g["speakers"] += 1
        g["quotes"] += r.quotes
        g["words"] += r.words
    for g in out.values():
        g["word_share"] = g["words"] / total_w
        g["quote_share"] = g["quotes"] / total_q
    return out
