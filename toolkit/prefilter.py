"""Regular expressions that skip, in one substring test, the texts they cannot match.

Python's ``re`` tries a pattern at every position of the text unless the pattern opens
with a literal, and most of the toolkit's rules open with ``\\b`` or a character class
(``\\b[Tt]he (?:city|town)['’]s mayor``): a search over a whole article then costs tens
of microseconds even where the article never says *mayor*. This module reads a
pattern's syntax tree once, at its first use, and finds a small set of literal strings at least
one of which every match must contain (*city's*, *city’s*, *town's*, *town’s* above, as
in RE2's prefilters and code search's trigram index). A text, or a span of it, that holds
none of them cannot match, and the search is skipped after a few ``str.find`` calls.

The set comes from the pattern itself, never from a hand-written list, so a rule edited
later cannot fall out of step with its guard. Where no useful set exists (patterns
that ignore case, or whose every part is optional or a word class) the pattern answers
as it always did. The wrapper has the methods and attributes of ``re.Pattern``, with
the same results.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache, partial
from re import _constants as _c
from re import _parser as _p
from typing import Any

_CAP = 16  # most strings kept in a set of alternatives (each costs one substring test)
_MIN_LENGTH = 3  # shorter strings occur in nearly every text and would skip nothing


@lru_cache(maxsize=4096)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:
    """``re.compile(pattern, flags)``, with a substring prefilter where one can exist.

    Cached like ``re``'s own compilation, for the patterns rules build per name or per
    noun as they run (bounded, since those grow with the corpus)."""
    compiled = re.compile(pattern, flags)
    if flags & re.IGNORECASE or not isinstance(pattern, str):
        return compiled
    return Prefiltered(compiled)


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings at least one of which every match of ``pattern`` contains, or None.

    None where the pattern ignores case or no set of at most 16 strings of three
    characters or more is required. Lookarounds and anchors consume nothing and add no
    requirement; optional parts, classes such as ``\\w`` and back-references end a run
    of literals.
    """
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    _, needed = _info(_p.parse(pattern.pattern, pattern.flags))
    if needed is None or min(len(s) for s in needed) < _MIN_LENGTH:
        return None
    # a string that holds another of the set adds nothing: "tennis courts" has "tennis court"
    kept = [s for s in needed if not any(t != s and t in s for t in needed)]
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


# For each node of the syntax tree, ``_info`` gives (exact, needed): ``exact`` the set of
# every string the node can consume (None if not small and finite), ``needed`` a set
# of strings one of which every string it consumes contains (None if none is known).

def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more useful of two requirement sets: the longer shortest string up to six
    characters (longer strings are all rare enough), then fewer strings to test."""
    if a is None or not a:
        return b
    if b is None or not b:
        return a
    return max(a, b, key=lambda s: (min(6, *map(len, s)), -len(s), min(map(len, s))))


def _info(items: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of a sequence of parsed items."""
    run: frozenset[str] | None = frozenset({""})  # the exact strings of the current run
    whole = True  # every item so far had an exact set
    needed: frozenset[str] | None = None
    for item in items:
        exact, need = _item(item)
        if exact is not None and run is not None and len(run) * len(exact) <= _CAP:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        needed = _better(needed, _useful(run))
        needed = _better(needed, need)
        run = exact if exact is not None and len(exact) <= _CAP else frozenset({""})
    if whole:
        return run, _useful(run)
    return None, _better(needed, _useful(run))


def _useful(strings: frozenset[str] | None) -> frozenset[str] | None:
    """A set as a requirement: None if it holds the empty string (no requirement)."""
    if not strings or "" in strings:
        return None
    return strings


def _item(item: tuple[Any, Any]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of one parsed item."""
    op, av = item
    if op is _c.LITERAL:
        s = frozenset({chr(av)})
        return s, s
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset({""}), None  # consumes nothing
    if op is _c.IN:
        chars = _charset(av)
        return (chars, _useful(chars)) if chars is not None else (None, None)
    if op is _c.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _info(sub)
    if op is _c.ATOMIC_GROUP:
        return _info(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, need = _info(sub)
        if low == 0:
            if high == 1 and exact is not None and len(exact) < _CAP:
                return exact | {""}, None
            return None, None
        if low == high == 1:
            return exact, need
        if exact is not None and low == high and len(exact) == 1 and low <= 8:
            (s,) = exact
            return frozenset({s * low}), _useful(frozenset({s * low}))
        return None, need
    return None, None  # any character, categories, back-references, conditionals


def _branch(alternatives: list[Any]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of an alternation: the union of its alternatives' sets."""
    exact: frozenset[str] | None = frozenset()
    needed: frozenset[str] | None = frozenset()
    for alternative in alternatives:
        e, n = _info(alternative)
        exact = exact | e if exact is not None and e is not None else None
        if exact is not None and len(exact) > _CAP:
            exact = None
        needed = needed | n if needed is not None and n is not None else None
    return exact, needed


def _charset(av: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a small class of literals (``[Tt]``, ``['’]``), else None."""
    chars: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            chars.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] < 8:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= 8 else None


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Prefiltered:
    """A compiled pattern that answers "no match" at once for a text without any of
    its required strings; otherwise the pattern's own answer. Same methods and
    attributes as ``re.Pattern``.

    The required strings are worked out at the first call, not at import: a story
    calls about half of the rules, and a one-article command should not pay for the
    rest. From then on a pattern without them answers through the ``re.Pattern``
    methods themselves, at no extra cost. The test is made on the whole string,
    whatever ``pos`` and ``endpos`` say, and remembered for the last string seen:
    rules call a pattern on one article's text at many positions, and one answer per
    article costs a few substring tests in all. (The memo keeps a reference to that
    last string until the next one.)
    """

    __slots__ = ("_pattern", "_memo", "_needed", "pattern", "flags", "groups",
                 "groupindex") + _METHODS

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._memo: tuple[str | None, bool] = (None, False)
        self._needed: tuple[str, ...] | None = None
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    def __repr__(self) -> str:
        return f"prefilter.compile({self.pattern!r}, {self.flags!r})"

    @property
    def needed(self) -> tuple[str, ...] | None:
        """The strings one of which every match contains (None: no useful set)."""
        return required_strings(self._pattern)

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Work out the required strings, bind the methods for good, answer the call."""
        self._needed = required_strings(self._pattern)
        for method in _METHODS:
            if self._needed is None:
                setattr(self, method, getattr(self._pattern, method))
            else:
                setattr(self, method, getattr(self, "_" + method))
        return getattr(self, name)(*args, **kwargs)

    def _absent(self, string: str) -> bool:
        """Whether no required string occurs anywhere in ``string``."""
        seen, absent = self._memo
        if string is seen:
            return absent
        absent = not any(s in string for s in self._needed)  # type: ignore[union-attr]
        self._memo = (string, absent)
        return absent

    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(string) else self._pattern.search(string, pos, endpos)

    def _match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(string) else self._pattern.match(string, pos, endpos)

    def _fullmatch(self, string: str, pos: int = 0,
                   endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(string) else self._pattern.fullmatch(string, pos, endpos)

    def _finditer(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._absent(string):
            return iter(())
        return self._pattern.finditer(string, pos, endpos)

    def _findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._pattern.findall(string, pos, endpos)

    def _sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._pattern.sub(repl, string, count)

    def _subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self._pattern.subn(repl, string, count)

    def _split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self._absent(string) else self._pattern.split(string, maxsplit)
