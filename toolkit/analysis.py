"""One article's full analysis: the pipeline, and the result object.

``analyze(path_or_text)`` runs every layer in order (load -> segment -> quotes
-> speakers -> voice, hedges, stance) and returns an :class:`Analysis`.
Its :meth:`Analysis.to_dict` is the JSON contract of ``python -m toolkit
analyze --format json``; its ``*_frame`` methods are tidy pandas views for
notebooks (pandas is imported only when a frame is asked for).

JSON contract (extra keys are additions, never changes)::

    {"quotes":   [{"start", "end", "kind", "speaker", "speaker_start",
                   "speaker_end", "cue", ...}],
     "hedges":   [{"start", "end", "cue", "category"}],
     "boosters": [{"start", "end", "cue", "category"}],
     "voice":    [{"speaker", "words", ...}],
     "stance":   [{"speaker", "target", "label", "score", ...}],
     "article":  {"title", "words", "sentences", "paragraphs", ...}}
"""
from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import hedging, quotes, speakers, stance, voice
from .article import Article, from_text, load
from .model import Cue, Quote, Speaker, StanceRow
from .segment import Segmentation, count_words, segment

if TYPE_CHECKING:
    import pandas as pd


def _fields(obj) -> dict:
    """A dataclass's fields as a dict (shallow: the JSON view needs no deep copy)."""
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


@dataclass(frozen=True)
class Analysis:
    """Everything measured in one article. All spans index ``article.text``."""

    article: Article
    segmentation: Segmentation
    quotes: tuple[Quote, ...]
    speakers: dict[str, Speaker]
    hedges: tuple[Cue, ...]
    boosters: tuple[Cue, ...]
    stance: tuple[StanceRow, ...]
    voice: tuple[voice.VoiceRow, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def words(self) -> int:
        return self.segmentation.word_count

    def summary(self) -> dict:
        """Headline figures of the article, as plain numbers."""
        seg = self.segmentation
        top = self.voice[0] if self.voice else None
        return {
            "title": self.article.title,
            "outlet": self.article.outlet,
            "date": self.article.date,
            "url": self.article.url,
            "path": self.article.path,
            "words": self.words,
            "sentences": len(seg.sentences),
            "paragraphs": len(seg.paragraphs),
            "headings": len(seg.headings),
            "quotes": len(self.quotes),
            "speakers": len(self.voice),
            "top_speaker": top.speaker if top else None,
            "top_speaker_share": round(top.word_share, 4) if top else None,
            "hedges": len(self.hedges),
            "boosters": len(self.boosters),
            "hedges_per_100_words": round(100 * len(self.hedges) / self.words, 2)
            if self.words else 0.0,
            "hedged_sentences": len({c.sentence for c in self.hedges}),
            "notes": list(self.article.notes),
        }

    def quote_records(self) -> list[dict]:
        """One dict per quote, as in the JSON contract (``to_dict()["quotes"]``)."""
        text = self.text
        out = []
        for q in self.quotes:
            sp = self.speakers.get(q.speaker) if q.speaker else None
            out.append({
                "start": q.start, "end": q.end, "kind": q.kind,
                "speaker": q.speaker, "speaker_start": q.mention_start,
                "speaker_end": q.mention_end, "cue": q.cue,
                "text": text[q.start:q.end],
                "mention": text[q.mention_start:q.mention_end]
                if q.mention_start is not None else None,
                "speaker_kind": sp.kind if sp else None,
                "speaker_gender": sp.gender if sp else None,
                "paragraph": q.paragraph, "attribution": q.attribution,
                "framing": hedging.framing_of(q.cue),
                "words": count_words(text, q.start, q.end),
            })
        return out

    def stance_records(self) -> list[dict]:
        """One dict per (speaker, target), evidence as sentences (``to_dict()["stance"]``)."""
        return [{**_fields(s), "evidence": [self.text[a:b] for a, b in s.evidence]}
                for s in self.stance]

    def to_dict(self) -> dict:
        """The JSON contract (see the module docstring)."""
        return {
            "quotes": self.quote_records(),
            "hedges": [_fields(c) for c in self.hedges],
            "boosters": [_fields(c) for c in self.boosters],
            "voice": [_fields(r) for r in self.voice],
            "stance": self.stance_records(),
            "speakers": [{"name": s.name, "kind": s.kind, "gender": s.gender, "title": s.title,
                          "mentions": len(s.mentions)} for s in self.speakers.values()],
            "article": self.summary(),
        }

    # ---- pandas views -------------------------------------------------------
    def quotes_frame(self) -> pd.DataFrame:
        """One row per quote: ``start, end, kind, speaker, speaker_kind,
        speaker_gender, cue, framing, paragraph, words, text, mention, attribution``."""
        import pandas as pd

        cols = ["start", "end", "kind", "speaker", "speaker_kind", "speaker_gender", "cue",
                "framing", "paragraph", "words", "text", "mention", "attribution"]
        return pd.DataFrame([{c: q[c] for c in cols} for q in self.quote_records()],
                            columns=cols)

    def voice_frame(self) -> pd.DataFrame:
        """One row per speaker: ``speaker, kind, gender, quotes, direct, partial,
        indirect, words, word_share, quote_share, first_paragraph``."""
        import pandas as pd

        cols = list(voice.VoiceRow.__dataclass_fields__)
        return pd.DataFrame([asdict(r) for r in self.voice], columns=cols)

    def voice_by(self, key: str = "gender") -> pd.DataFrame:
        """Share of voice grouped by a speaker attribute, ``gender`` or ``kind``: one row per
        group with ``speakers, quotes, words, word_share, quote_share``."""
        import pandas as pd

        if key not in ("gender", "kind"):
            raise ValueError("voice_by groups by 'gender' or 'kind'")
        groups = voice.by_group(list(self.voice), key)
        cols = [key, "speakers", "quotes", "words", "word_share", "quote_share"]
        return pd.DataFrame([{key: k, **v} for k, v in groups.items()], columns=cols)

    def cues_frame(self) -> pd.DataFrame:
        """One row per cue, in reading order: ``type`` (hedge, booster),
        ``start, end, cue, category, sentence, speaker`` (speaker empty: the narrator)."""
        import pandas as pd

        cols = ["type", "start", "end", "cue", "category", "sentence", "speaker"]
        rows = [{"type": "hedge", **asdict(c)} for c in self.hedges]
        rows += [{"type": "booster", **asdict(c)} for c in self.boosters]
        rows.sort(key=lambda r: r["start"])
        return pd.DataFrame(rows, columns=cols)

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence: ``sentence, start, end, paragraph, hedges, boosters,
        hedged, text``."""
        import pandas as pd

        rows = hedging.hedged_sentences(self.segmentation, list(self.hedges),
                                        list(self.boosters))
        for r in rows:
            r["text"] = self.text[r["start"]:r["end"]]
        cols = ["sentence", "start", "end", "paragraph", "hedges", "boosters", "hedged", "text"]
        return pd.DataFrame(rows, columns=cols)

    def certainty_frame(self) -> pd.DataFrame:
        """Narrator versus each speaker: ``voice, words, hedges, boosters, hedges_per_100,
        boosters_per_100`` (the narrator's row is ``(narrator)``)."""
        import pandas as pd

        rows = hedging.certainty_by_voice(self.text, self.segmentation, list(self.quotes),
                                          list(self.hedges), list(self.boosters))
        cols = ["voice", "words", "hedges", "boosters", "hedges_per_100", "boosters_per_100"]
        return pd.DataFrame(rows, columns=cols)

    def framing_frame(self) -> pd.DataFrame:
        """How the journalist attributes: one row per (framing, cue) with ``quotes`` and
        ``speakers`` (framing: neutral, distancing, concession, factive, charged, intent)."""
        import pandas as pd

        q = self.quotes_frame()
        q = q[q["cue"].notna()].assign(cue=lambda d: d["cue"].str.lower())
        cols = ["framing", "cue", "quotes", "speakers"]
        if q.empty:
            return pd.DataFrame(columns=cols)
        out = q.groupby(["framing", "cue"], dropna=False).agg(
            quotes=("kind", "size"),
            speakers=("speaker", lambda s: ", ".join(sorted({x for x in s if x}))))
        return out.reset_index().sort_values(["framing", "quotes"],
                                             ascending=[True, False])[cols]

    def stance_frame(self) -> pd.DataFrame:
        """One row per (speaker, target): ``speaker, target, label, score, evidence``."""
        import pandas as pd

        cols = ["speaker", "target", "label", "score", "evidence"]
        return pd.DataFrame(self.stance_records(), columns=cols)

    def paragraphs_frame(self) -> pd.DataFrame:
        """One row per body paragraph: ``paragraph, start, end, words, sentences``."""
        import pandas as pd

        seg = self.segmentation
        counts = [0] * len(seg.paragraphs)
        for s in seg.sentences:
            counts[s.paragraph] += 1
        return pd.DataFrame([
            {"paragraph": i, "start": p.start, "end": p.end,
             "words": count_words(self.text, p.start, p.end), "sentences": counts[i]}
            for i, p in enumerate(seg.paragraphs)
        ], columns=["paragraph", "start", "end", "words", "sentences"])

    def _repr_html_(self) -> str:
        from .highlight import summary_html

        return summary_html(self)


def clear_caches() -> None:
    """Forget every per-text cache (segmentations, paragraph tokens, sentence views).

    Results never depend on them; benchmarks clear them to time articles cold.
    """
    from .mentions import _text_tokens, _tokens_of

    segment.cache_clear()
    _tokens_of.cache_clear()
    _text_tokens.cache_clear()
    stance.clear_caches()


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while an article is analysed.

    The analysis allocates many small tuples and makes no reference cycles, so the
    collector only walks an ever larger heap for nothing: on a 400,000-character
    article that is a fifth of the time (reference counting still frees memory).
    It is switched back on afterwards, also on error."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def run(article: Article, targets: Mapping[str, list[str]] | None = None) -> Analysis:
    """Run every layer on a loaded article (``targets``: extra stance targets with aliases)."""
    with _no_cyclic_gc():
        return _run(article, targets)


def _run(article: Article, targets: Mapping[str, list[str]] | None) -> Analysis:
    text = article.text
    seg = segment(text)
    found = quotes.find_quotes(text, seg)
    names = speakers.registry(text, seg, found)
    resolved, people = speakers.resolve(text, seg, found, names)
    cues = hedging.find_cues(text, seg, resolved)
    rows = voice.share_of_voice(text, resolved, people)
    st = stance.stance(text, seg, resolved, people, names, targets)
    return Analysis(article=article, segmentation=seg, quotes=tuple(resolved), speakers=people,
                    hedges=tuple(cues.hedges), boosters=tuple(cues.boosters), stance=tuple(st),
                    voice=tuple(rows))


def analyze(source: str | Path | Article,
            targets: Mapping[str, list[str]] | None = None) -> Analysis:
    """Analyse an article given as a file path, an :class:`Article`, or raw text.

    A ``str`` that names an existing file is read as a path; any other string
    is article text. ``targets`` adds stance targets, ``{name: [aliases]}``.
    """
    if isinstance(source, Article):
        return run(source, targets)
    if isinstance(source, Path):
        return run(load(source), targets)
    if "\n" not in source and len(source) < 4096 and Path(source).suffix and _is_file(source):
        return run(load(source), targets)
    return run(from_text(source), targets)


def _is_file(source: str) -> bool:
    """Whether a one-line string names an existing file; a sentence too long to be a file
    name (the system refuses it) is text."""
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def analyze_text(text: str) -> dict:
    """The analysis of ``text`` as the JSON-contract dict (``analyze --format json``).

    Blank text gives empty lists rather than an error, so batch callers can
    pass every sentence of a corpus through without special cases.
    """
    if isinstance(text, str) and not text.strip():
        return run(Article(text=text)).to_dict()
    return run(from_text(text)).to_dict()
