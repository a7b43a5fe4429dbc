"""Plain result types shared by the measuring layers.

Every span is a pair of offsets into the article text. These dataclasses are
the package's vocabulary: the quote finder makes :class:`Quote` objects with a
speaker *mention*; the speaker resolver fills in the canonical speaker; the
measures read both. Nothing here does any work.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation.

    ``start``/``end`` cover what was said (for a direct quote, the words inside
    the marks). ``kind`` is ``direct``, ``partial`` or ``indirect``. ``cue`` is
    the reporting verb or phrase the quote hangs on (``said``, ``according
    to``), with its span; ``mention_start``/``mention_end`` is the span of the
    speaker mention the attribution rests on (``Putin``, ``he``, ``the
    ministry``). ``speaker`` is the canonical speaker id once resolved.
    """

    start: int
    end: int
    kind: str
    paragraph: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    speaker: str | None = None
    #: how the speaker was found: "explicit" (a mention next to the cue),
    #: "continued" (no new attribution: the previous quote's speaker) or None.
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """A canonical speaker: ``name`` is the fullest name the article gives.

    ``kind`` is ``person``, ``institution`` or ``anonymous``; ``gender`` is
    ``female``, ``male`` or ``unknown``, inferred from the article's own
    honorifics and pronouns (and a given-names list as a last resort).
    ``mentions`` are the spans that refer to this speaker.
    """

    name: str
    kind: str = "person"
    gender: str = "unknown"
    title: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Cue:
    """A hedge or booster cue: span, cue text, category."""

    start: int
    end: int
    cue: str
    category: str
    sentence: int = 0
    #: canonical speaker whose quote holds the cue, or None for the narrator
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class StanceRow:
    """Where ``speaker`` stands toward ``target``: ``favor``/``against``/``neutral``."""

    speaker: str
    target: str
    label: str
    score: float
    evidence: tuple[tuple[int, int], ...] = ()
