"""The substring prefilter in front of the rules' regular expressions: which strings a
pattern requires, and that a prefiltered pattern answers exactly as ``re`` does."""
from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path
from pkgutil import iter_modules

import pytest

from toolkit import hedging, mentions, prefilter, quotes, speakers, stance
from toolkit.prefilter import required_strings

WIRE = Path(__file__).parent / "fixtures" / "wire"


@pytest.mark.parametrize(("pattern", "needed"), [
    # a run of literals through a small class and an alternation: every spelling
    (r"\b[Tt]he (?:city|town)['’]s mayor\b",
     {"The city's mayor", "The city’s mayor", "The town's mayor", "The town’s mayor",
      "the city's mayor", "the city’s mayor", "the town's mayor", "the town’s mayor"}),
    # an optional part splits the run; the longer side is the more selective
    (r"\b(?:pelota|tennis) courts?\b", {"pelota court", "tennis court"}),
    (r"x{3}yz", {"xxxyz"}),
    (r"(?:foo)+bar", {"foo", "bar"}),  # either half: both are required
    (r"(?:abc|)def", {"def"}),
    (r"\bnot against (?:the |our )?$", {"not against "}),
    (r"(?<=said )(?!no)\w+ claims", {" claims"}),  # lookarounds consume nothing
])
def test_required_strings(pattern: str, needed: set[str]) -> None:
    got = required_strings(re.compile(pattern))
    assert got is not None
    if len(needed) > 1 and len(got) == 1:
        assert got[0] in needed
    else:
        assert set(got) == needed


@pytest.mark.parametrize("pattern", [
    r"\w+", r"a|b", r"(abc)?", r"(?i)mayor", r"(?i:mayor)", r"[A-Z][a-z]+ [a-z]+",
    r"(\w+) \1", r"(?:mayor|)", r"\bof\b",
])
def test_no_useful_requirement(pattern: str) -> None:
    """Case-insensitive rules, optional or class-only parts and strings under three
    characters give no prefilter: the pattern then answers by itself."""
    assert required_strings(re.compile(pattern)) is None


def test_case_insensitive_pattern_is_plain() -> None:
    assert isinstance(prefilter.compile(r"mayor", re.IGNORECASE), re.Pattern)


def test_compile_is_cached() -> None:
    assert prefilter.compile(r"\bthe mayor said\b") is prefilter.compile(r"\bthe mayor said\b")


_TEXTS = [
    "The city's mayor said on Monday that the plan would go ahead.",
    "No one from the town hall spoke.",
    "",
    "the city’s mayor\nthe town's mayor, the town's mayor.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_same_answers_as_re(text: str) -> None:
    """Every method, with and without positions, on texts with and without the
    required strings, gives what ``re`` gives."""
    source = r"\b[Tt]he (city|town)['’]s (mayor)\b"
    plain, wrapped = re.compile(source), prefilter.compile(source)
    assert isinstance(wrapped, prefilter.Prefiltered)
    for pos, endpos in [(0, len(text)), (4, len(text)), (0, 10), (-3, 1000), (20, 5)]:
        for name in ("search", "match", "fullmatch"):
            a = getattr(plain, name)(text, pos, endpos)
            b = getattr(wrapped, name)(text, pos, endpos)
            assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in plain.finditer(text, pos, endpos)] == \
            [m.span() for m in wrapped.finditer(text, pos, endpos)]
        assert plain.findall(text, pos, endpos) == wrapped.findall(text, pos, endpos)
    assert plain.sub("X", text) == wrapped.sub("X", text)
    assert plain.subn(r"\2", text, 1) == wrapped.subn(r"\2", text, 1)
    assert plain.split(text) == wrapped.split(text)
    assert (wrapped.pattern, wrapped.flags, wrapped.groups) == \
        (plain.pattern, plain.flags, plain.groups)


def test_memo_follows_the_string() -> None:
    """The answer remembered for one text is not reused for another."""
    wrapped = prefilter.compile(r"\b[Tt]he mayor's office\b")
    assert wrapped.search("Nothing here.") is None
    assert wrapped.search("It was the mayor's office.").group(0) == "the mayor's office"
    assert wrapped.search("Nothing here either.") is None


def test_match_names_the_pattern_inside() -> None:
    """A match's ``.re`` is the compiled pattern inside; rules compare ``.pattern``."""
    wrapped = prefilter.compile(r"\bthe council of ([A-Z]\w+)")
    m = wrapped.search("He wrote to the council of Europe.")
    assert m is not None and m.re.pattern == wrapped.pattern and m.group(1) == "Europe"


def _rules() -> list[tuple[str, prefilter.Prefiltered]]:
    found, seen = [], set()
    parts = [import_module(f"{package.__name__}.{m.name}")
             for package in (stance, speakers) for m in iter_modules(package.__path__)]
    for module in (*parts, quotes, mentions, hedging):
        for name, value in vars(module).items():
            if isinstance(value, prefilter.Prefiltered) and value.needed and \
                    id(value) not in seen:  # a rule another module imports: once
                seen.add(id(value))
                found.append((f"{module.__name__}.{name}", value))
    return found


def test_every_rule_match_holds_a_required_string() -> None:
    """On real stories, every match of every prefiltered rule of the engine contains
    one of the strings its prefilter requires, so no rule loses a match to it."""
    rules = _rules()
    assert len(rules) > 300
    texts = [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))[::40]]
    assert len(texts) > 60
    for name, rule in rules:
        needed, inner = rule.needed, re.compile(rule.pattern, rule.flags)
        for text in texts:
            for m in inner.finditer(text):
                assert any(s in m.group(0) for s in needed), (name, m.group(0))
