"""Many articles at once: read a corpus, analyse every article, return tidy tables.

A corpus is a folder of article files (every supported format, recursively),
or one ``.jsonl`` / ``.csv`` file with a ``text`` column and any metadata
columns (``title``, ``outlet``, ``date``, ``url``, ``byline``, ``section``,
...; unknown columns are kept). A bad article does not stop the run: it is
recorded in :attr:`Corpus.failures` with the reason, and the rest go on.

Tables (pandas, one row per ...):

``articles``  article: ``article`` id, metadata, ``words``, ``sentences``,
              ``paragraphs``, ``quotes``, ``speakers``, ``top_speaker``,
              ``top_speaker_share``, ``hedges``, ``boosters``, ``hedges_per_100_words``
``voice``     (article, speaker): the voice columns plus ``article`` and metadata
``cues``      hedge or booster: the cue columns plus ``article``
``framing``   quote: ``article``, ``speaker``, ``cue``, ``framing`` plus metadata
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import Analysis, analyze
from .article import META_FIELDS, SUPPORTED, Article, from_text, load
from .errors import ArticleError, ToolkitError

if TYPE_CHECKING:
    import pandas as pd

#: metadata columns carried into every table
META = ("title", "outlet", "date", "section", "url", "byline")


@dataclass
class Corpus:
    """The analyses of a corpus, the metadata of each article, and the failures."""

    analyses: dict[str, Analysis] = field(default_factory=dict)
    meta: dict[str, dict[str, str | None]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def _with_meta(self, rows: list[dict]) -> pd.DataFrame:
        import pandas as pd

        extra = sorted({k for m in self.meta.values() for k in m} - set(META))
        cols = ["article", *META, *extra]
        frame = pd.DataFrame(rows)
        if frame.empty:
            return pd.DataFrame(columns=cols)
        meta = pd.DataFrame([{"article": a, **m} for a, m in self.meta.items()],
                            columns=cols)
        return frame.merge(meta, on="article", how="left")

    def articles(self) -> pd.DataFrame:
        keys = ("words", "sentences", "paragraphs", "quotes", "speakers", "top_speaker",
                "top_speaker_share", "hedges", "boosters", "hedges_per_100_words")
        rows = [{"article": a, **{k: x.summary()[k] for k in keys}}
                for a, x in self.analyses.items()]
        return self._with_meta(rows)

    def voice(self) -> pd.DataFrame:
        rows = [{"article": a, **r}
                for a, x in self.analyses.items() for r in x.voice_frame().to_dict("records")]
        return self._with_meta(rows)

    def cues(self) -> pd.DataFrame:
        rows = [{"article": a, **r}
                for a, x in self.analyses.items() for r in x.cues_frame().to_dict("records")]
        return self._with_meta(rows)

    def framing(self) -> pd.DataFrame:
        rows = [{"article": a, "speaker": q["speaker"], "cue": q["cue"], "framing": q["framing"]}
                for a, x in self.analyses.items() for q in x.quote_records() if q["cue"]]
        return self._with_meta(rows)


def _records(path: Path) -> Iterator[tuple[str, dict]]:
    """(id, record) for each row of a JSONL or CSV corpus file."""
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"{path.name}:{n}", {"__error__": f"not valid JSON ({exc.msg})"}
                    continue
                yield f"{path.name}:{n}", rec if isinstance(rec, dict) else {
                    "__error__": "each line must be a JSON object"}
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, rec in enumerate(csv.DictReader(fh), 2):
                yield f"{path.name}:{n}", rec


def read(source: str | Path) -> Iterator[tuple[str, Article | ArticleError, dict]]:
    """(id, article or the error, metadata) for every article of a corpus."""
    path = Path(source)
    if path.is_dir():
        for f in sorted(p for p in path.rglob("*") if p.is_file()
                        and p.suffix.lower() in SUPPORTED and p.name.lower() != "readme.md"):
            ident = str(f.relative_to(path))
            try:
                art = load(f)
            except ArticleError as exc:
                yield ident, exc, {}
                continue
            yield ident, art, {k: getattr(art, k) for k in META_FIELDS}
        return
    if not path.exists():
        raise ToolkitError(f"{path}: no such file or folder")
    if path.suffix.lower() not in (".jsonl", ".csv"):
        raise ToolkitError(f"{path}: a corpus is a folder, a .jsonl or a .csv file")
    for ident, rec in _records(path):
        if "__error__" in rec:
            yield ident, ArticleError(ident, rec["__error__"]), {}
            continue
        meta = {k: (str(v) if v not in (None, "") else None)
                for k, v in rec.items() if k != "text"}
        try:
            art = from_text(rec.get("text"), **{k: meta.get(k) for k in META_FIELDS})
        except ArticleError as exc:
            yield ident, ArticleError(ident, exc.problem), meta
            continue
        yield ident, art, meta


def analyze_corpus(source: str | Path) -> Corpus:
    """Analyse every article of ``source``; bad ones are listed, not fatal."""
    corpus = Corpus()
    for ident, art, meta in read(source):
        if isinstance(art, ArticleError):
            corpus.failures.append((ident, art.problem))
            continue
        corpus.analyses[ident] = analyze(art)
        corpus.meta[ident] = {k: meta.get(k) for k in meta}
    return corpus
