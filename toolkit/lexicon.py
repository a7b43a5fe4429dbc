"""Word lists and rules, read once from the CSV files in ``toolkit/lexicons/``.

The lists are data so a newsroom can read and extend them without touching
code. Each file starts with ``#`` comment lines giving its source and
licence, then a header row; ``lexicons/README.md`` indexes them. Loading is
cached: the files are parsed once per process.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.csv`` as dicts (comment lines skipped)."""
    raw = resources.files("toolkit").joinpath("lexicons", f"{name}.csv").read_text("utf-8")
    body = "\n".join(line for line in raw.splitlines() if not line.startswith("#"))
    return tuple(
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(io.StringIO(body))
    )


def words(name: str, column: str = "word", **where: str) -> frozenset[str]:
    """Lower-cased values of ``column`` in rows matching every ``where`` condition."""
    return frozenset(
        r[column].lower()
        for r in rows(name)
        if all(r.get(k) == v for k, v in where.items())
    )


@dataclass(frozen=True)
class Abbreviations:
    """Segmentation lists: see ``lexicons/segmentation.csv``."""

    never_final: frozenset[str]
    maybe_final: frozenset[str]
    openers: frozenset[str]


@cache
def abbreviations() -> Abbreviations:
    return Abbreviations(
        never_final=words("segmentation", role="never_final"),
        maybe_final=words("segmentation", role="maybe_final"),
        openers=words("segmentation", role="opener"),
    )


@dataclass(frozen=True)
class Verb:
    """One reporting-verb form: see ``lexicons/reporting_verbs.csv``."""

    lemma: str
    framing: str
    speech: bool
    complement: str


@cache
def reporting_verbs() -> dict[str, Verb]:
    """Every inflected form -> its :class:`Verb` (first listing wins)."""
    out: dict[str, Verb] = {}
    for r in rows("reporting_verbs"):
        verb = Verb(r["lemma"], r["framing"], r["speech"] == "yes", r["complement"])
        for form in r["forms"].split():
            out.setdefault(form.lower(), verb)
    return out


@dataclass(frozen=True)
class Title:
    """A title, honorific or role noun: see ``lexicons/titles.csv``."""

    word: str
    kind: str
    gender: str
    leader: bool
    means: str = ""  # the full word an abbreviation stands for: gov -> governor


@cache
def titles() -> dict[str, Title]:
    return {r["title"].lower(): Title(r["title"].lower(), r["kind"], r["gender"] or "unknown",
                                      r["leader"] == "yes", r.get("means") or "")
            for r in rows("titles")}


@cache
def places() -> dict[str, tuple[str, str]]:
    """Place name (lower case) -> (kind, country)."""
    return {r["name"].lower(): (r["kind"], r["country"]) for r in rows("places")}


@cache
def dateline_cities() -> dict[str, str]:
    """A city that stands alone in a wire dateline (lower case) -> its country:
    ``johannesburg`` -> ``South Africa`` (capitals are in :func:`places`)."""
    return {r["city"].lower(): r["country"] for r in rows("dateline_cities")}


@cache
def region_adjectives() -> dict[str, str]:
    """A region's own adjective (lower case) -> the region: ``scottish`` -> ``Scotland``."""
    return {r["adjective"].lower(): r["name"] for r in rows("places") if r.get("adjective")}


@cache
def country_epithets() -> dict[str, frozenset[str]]:
    """An epithet for a country (``baltic``, lower case) -> the countries it can stand for
    (empty: any country): ``the Baltic state`` is Estonia, Latvia or Lithuania."""
    return {r["epithet"].lower(): frozenset(c for c in r["countries"].split(";") if c)
            for r in rows("country_epithets")}


@cache
def demonyms() -> frozenset[str]:
    """Nationality words (lower case): ``russian``, ``guyanese``."""
    return frozenset(w for w, (kind, _) in places().items() if kind == "demonym")


@cache
def source_nouns() -> dict[str, str]:
    """Head noun -> ``institution`` or ``anonymous`` (company-name words are institutions)."""
    return {r["word"].lower(): "institution" if r["kind"] == "company" else r["kind"]
            for r in rows("sources")}


@cache
def institution_nouns() -> frozenset[str]:
    """Head nouns of bodies that speak (``ministry``, ``union``, ``systems``)."""
    return frozenset(w for w, kind in source_nouns().items() if kind == "institution")


@cache
def company_words() -> frozenset[str]:
    """Words that end a company's name (``Systems``, ``Construction``, ``Health``)."""
    return frozenset(r["word"].lower() for r in rows("sources") if r["kind"] == "company")


class _AccentBlind(dict):
    """A dict of plain-letter keys that also finds a key's accented spelling (``andrés``
    is ``andres``), so a list of given names needs no accented copies."""

    def _plain(self, key: object) -> object:
        """``key`` as stored: itself, or its accent-free spelling when only that is."""
        if isinstance(key, str) and not key.isascii() and not dict.__contains__(self, key):
            return fold(key)
        return key

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, self._plain(key))

    def __missing__(self, key: str) -> str:
        plain = self._plain(key)
        if plain != key and dict.__contains__(self, plain):
            return dict.__getitem__(self, plain)
        raise KeyError(key)

    def get(self, key: str, default: str | None = None) -> str | None:
        return dict.get(self, self._plain(key), default)


def fold(word: str) -> str:
    """``word`` without its accents: ``andrés`` -> ``andres``."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@cache
def given_names() -> dict[str, str]:
    """Given name (lower case) -> gender; accented spellings find their plain entry."""
    return _AccentBlind((r["name"].lower(), r["gender"]) for r in rows("given_names"))


def word_pattern(words) -> re.Pattern:
    """A regex matching any of ``words`` as a whole word, built as a trie of shared
    prefixes (``accuse(?:d|s)?``): several times faster than a plain alternation
    over hundreds of words, and it cannot backtrack far. Match it on lower-cased text."""
    trie: dict = {}
    for w in sorted(set(words)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(r"\b" + build(trie) + r"\b")
