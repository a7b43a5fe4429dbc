"""Split an article into blocks (title, headings, paragraphs), sentences and tokens.

Everything is a pair of offsets into the one article text; nothing is copied
and searched again. The segmenter is rule-based and needs no downloaded
data: TextBlob's ``.sentences`` and ``.words`` need NLTK's punkt models,
which are not available offline, and a trained model would be slower than the
whole analysis budget. The rules cover what news copy throws at it:

* abbreviations that never end a sentence (``Mr.``, ``Lt. Gen.``, initials)
  and ones that sometimes do (``U.S.``, ``Inc.``, ``a.m.``), which end one
  only when a typical sentence opener follows;
* decimals and numbers (``3.5``, ``$1.2bn``) never split;
* closing quotation marks after the full stop stay with their sentence, and
  a lower-case word after ``?”`` (``“Why?” he asked.``) does not start one;
* lines without final punctuation, short and capitalised, are headings
  (``Ukraine War and Kursk Region``), not sentences; a heading-like first
  line is the title;
* a wire-service dateline opening the first paragraph (``DENVER (AP) —``,
  ``KYIV, Ukraine (Reuters) -``) is its own ``dateline`` block: a place
  name there is where the story was filed, not a voice or a target.

The abbreviation lists live in ``lexicons/segmentation.csv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .lexicon import abbreviations

# A block is one run of non-empty lines separated by line breaks.
_LINE = re.compile(r"[^\r\n]+")
# Candidate sentence ends: terminal punctuation, any closing quotes/brackets,
# then white space or the block's end. A match may only begin where a run of
# terminal punctuation begins (the lookbehind), and the quantifiers are
# possessive, so a run of 100,000 dots is read once, not once per dot.
# (the first mark matched before the look-behind: a plain character first lets the engine
# skip ahead, several times faster than a look-behind at every position)
_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"”’'»)\]]*+(?=\s|$)")
_WORD_CHARS = ".’'-_"
_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*+|[^\w\s]")
_HEADING_FINAL = ".!?:;,"
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘'«([¿¡"
# CITY[, Region][, Mon. 5] [(Agency)] dash: at least three capitals in a row first (accented
# ones too: "ASUNCIÓN, Paraguay (AP) —", "BOGOTÁ", Latin Extended-A's "TŘEBÍČ", "ŁÓDŹ" and
# Extended-B's Romanian "BRAȘOV", "TÂRGU MUREȘ")
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
#: the rest of a region's word after its capital: hyphens join its parts ("Timor-Leste")
_REGION_WORD = r"[\w.'’]+(?:-[\w.'’]+)*+"
_DATELINE = re.compile(
    rf"(?:[{_CAPS}][{_CAPS}.'’]{{2,}}|[{_CAPS}]{{2}}(?=[ -][{_CAPS}]{{2}}))"  # ("LA PAZ")
    rf"(?:[ -][{_CAPS}][{_CAPS}.'’]+){{0,3}}"
    rf"(?:,\s?[{_CAPS}]{_REGION_WORD}(?:\s(?:(?:of|and|de|del|da|do|du|la|le)\s)?"
    rf"[{_CAPS}]{_REGION_WORD}){{0,2}}){{0,2}}"  # ("DOUGLAS, Isle of Man", "DILI, Timor-Leste")
    r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"(?:\s?\([A-Za-z][^()\r\n]{0,40}\))?"
    r"\s?(?:—|–|--|-)\s(?=[A-Z0-9\"“‘'])")


@dataclass(frozen=True, slots=True)
class Block:
    """A line of the article: ``kind`` is ``title``, ``heading``, ``dateline`` or
    ``paragraph``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and the index of the paragraph it sits in."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Segmentation:
    """The article cut into blocks and sentences. All spans index ``text``."""

    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]

    @cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        """Body paragraphs, in order (headings and the title excluded)."""
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    @cached_property
    def sentences_by_paragraph(self) -> tuple[tuple[Sentence, ...], ...]:
        """Sentences grouped by the index of their paragraph."""
        groups: list[list[Sentence]] = [[] for _ in self.paragraphs]
        for s in self.sentences:
            groups[s.paragraph].append(s)
        return tuple(tuple(g) for g in groups)

    @cached_property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "heading")

    @property
    def title(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "title"), None)

    @property
    def title_text(self) -> str | None:
        t = self.title
        return self.text[t.start:t.end] if t else None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest before it)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                lo = mid + 1
            else:
                hi = mid
        return max(lo - 1, 0)

    def opens_sentence(self, pos: int) -> bool:
        """Whether ``pos`` opens its sentence, past an opening quotation mark or a wire
        dateline ("PRAGUE (Reuters) - Hotels in ..."): a capital there may be only the
        sentence's first word, not a name."""
        before = self.text[self.sentences[self.sentence_at(pos)].start:pos].strip(' "“')
        return not before or before.endswith(("-", "—", "–", ")"))

    @property
    def word_count(self) -> int:
        return sum(count_words(self.text, p.start, p.end) for p in self.paragraphs)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _title_case(text: str, start: int, end: int) -> bool:
    """A headline written in title case (``Black Lawmakers Rip Donald Trump.``)."""
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    if not 3 <= len(words) <= 25:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.85  # names alone do not make a sentence a headline


def _is_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].rstrip(_CLOSERS + " \t")
    if not line or line[-1] in _HEADING_FINAL or line[-1] == "…":
        return False
    first = text[start]
    if first in _OPENERS or not (first.isupper() or first.isdigit()):
        return False
    return len(line.split()) <= 20 and len(line) <= 160


def blocks(text: str) -> list[Block]:
    """Lines of the article classified as title, heading or paragraph."""
    out: list[Block] = []
    dateline_possible = True  # only the first paragraph can open with a dateline
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start == end:
            continue
        kind = "paragraph"
        if _is_heading(text, start, end):
            kind = "heading" if out else "title"
        elif not out and _title_case(text, start, end):
            kind = "title"  # a title-case headline, even one ending in a full stop
        if kind == "paragraph" and dateline_possible:
            m = _DATELINE.match(text, start, end)
            # (a short first line with no dateline is a headline the title test missed,
            # "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'": the
            # dateline may open the next paragraph)
            dateline_possible = not m and not out and end - start <= 120
            if m and m.end() < end:
                d_end = _trim(text, start, m.end())[1]
                out.append(Block(start, d_end, "dateline"))
                start = _trim(text, m.end(), end)[0]
        out.append(Block(start, end, kind))
    if out and out[0].kind == "title" and len(out) == 1:
        out[0] = Block(out[0].start, out[0].end, "paragraph")  # a one-line text is body
    return out


def _next_word(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos].isspace():
        pos += 1
    stop = pos
    while stop < end and not text[stop].isspace():
        stop += 1
    return text[pos:stop]


def _is_boundary(text: str, dot_start: int, after: int, end: int) -> bool:
    nxt = _next_word(text, after, end)
    if not nxt:
        return False
    first = nxt[0]
    if first in _OPENERS:
        pass
    elif not (first.isupper() or first.isdigit()):
        return False
    if text[dot_start] != ".":
        return True  # ! ? … end a sentence before a capital
    if after - dot_start > 1 and text[dot_start:dot_start + 3] == "...":
        return True
    word = _word_before(text, max(0, dot_start - 40), dot_start + 1).lstrip("'’-")
    core = word.rstrip(".").lower()
    abbrev = abbreviations()
    if not core:
        return True
    if core in abbrev.never_final:
        # "No. 10" abbreviates a number; "Natarajan said no. 'Not a single file'" ends
        return core == "no" and word[:1] == "n" and not first.isdigit()
    if len(core) == 1 and core.isalpha():
        return False  # an initial: "George W. Bush"
    if core in abbrev.maybe_final and word[:1].islower() and core not in LOWER_ABBREVIATIONS:
        return True  # "fell ill." is no "Ill.", "to miss." no "Miss.": a state is capitalised
    if core in LOWER_ABBREVIATIONS and first in _OPENERS:
        return True  # 'until 2 a.m. "People have not slept"': a quotation opens a sentence
    if core in abbrev.maybe_final or re.fullmatch(r"(?:[a-z]\.)+[a-z]", core):
        return nxt.strip(_OPENERS).split("’")[0].lower() in abbrev.openers
    return True


#: abbreviations written in lower case ("5 p.m.", "et al."); every other one of the
#: maybe-final list (states, firms) is capitalised
LOWER_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc", "al"})


def _word_before(text: str, lo: int, end: int) -> str:
    """The run of word characters, dots, apostrophes and hyphens that ends at ``end``
    (not reaching back before ``lo``): the word a full stop closes."""
    k = end
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in _WORD_CHARS):
        k -= 1
    return text[k:end]


def sentences_in(text: str, start: int, end: int, paragraph: int = 0) -> list[Sentence]:
    """Sentences inside ``text[start:end]`` as spans into ``text``."""
    out: list[Sentence] = []
    s = start
    for m in _END.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            a, b = _trim(text, s, m.end())
            if a < b:
                out.append(Sentence(a, b, paragraph))
            s = m.end()
    a, b = _trim(text, s, end)
    if a < b:
        out.append(Sentence(a, b, paragraph))
    return out


@lru_cache(maxsize=8)
def segment(text: str) -> Segmentation:
    """Cut ``text`` into blocks and sentences (headings are not sentences).

    Cached for the last few texts: loading an article (to guess its title) and
    analysing it segment the same text.
    """
    bl = blocks(text)
    sents: list[Sentence] = []
    p = 0
    for b in bl:
        if b.kind == "paragraph":
            sents.extend(sentences_in(text, b.start, b.end, p))
            p += 1
    return Segmentation(text, tuple(bl), tuple(sents))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` as spans into ``text``."""
    end = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*+")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of words in ``text[start:end]`` (punctuation excluded)."""
    end = len(text) if end is None else end
    return len(_WORD.findall(text, start, end))
