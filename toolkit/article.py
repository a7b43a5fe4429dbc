"""Load an article from a file: plain text, Markdown, JSON or an HTML page.

An :class:`Article` holds the text every offset in the toolkit points into,
plus what is known about it (title, outlet, date, url, byline). Text files
are decoded as UTF-8 without newline translation, exactly as
``open(path, encoding="utf-8", newline="")`` would read them, so offsets agree
with any other tool that reads the file that way.

Supported formats, chosen by file extension:

``.txt``
    The whole file is the article. A first line that looks like a headline
    becomes the title (see :mod:`toolkit.segment`).
``.md`` / ``.markdown``
    Optional YAML front matter (``---`` ... ``---``) with ``title``,
    ``outlet``, ``date``, ``url``, ``byline``; the body is the article.
``.json``
    One object with a string ``text`` and optional ``title``, ``outlet``,
    ``date``, ``url``, ``byline``.
``.html`` / ``.htm``
    A news page; the main text and metadata are extracted with trafilatura.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ArticleError

META_FIELDS = ("title", "outlet", "date", "url", "byline")
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = sorted(TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES)

# Above this size a file is refused before it is read: a news article is
# kilobytes, a long report a few megabytes; tens of megabytes is a wrong file
# (a database dump, a scraped site), and analysing it would take minutes.
MAX_BYTES = 20 * 1024 * 1024
# Fewer words than this extracted from an HTML page means no article was found.
MIN_HTML_WORDS = 12


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it.

    ``text`` is the string every span in the toolkit indexes into.
    ``notes`` records anything done to the input that a reader should know,
    such as a fallback decoding.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    byline: str | None = None
    path: str | None = None
    format: str = "text"
    notes: tuple[str, ...] = field(default=())

    @property
    def slug(self) -> str:
        """A file-name-safe identifier: the file's stem, else the title."""
        base = Path(self.path).stem if self.path else (self.title or "article")
        return slugify(base)


def slugify(value: str, max_len: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens (``"Putin's Q&A"`` -> ``putin-s-q-a``)."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug[:max_len].strip("-") or "article"


def decode(data: bytes, source: object) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes as UTF-8, or as Windows-1252 with a note.

    Binary data (NUL bytes, many control characters) is refused rather than
    turned into garbage text.
    """
    if b"\x00" in data[:65536]:
        raise ArticleError(source, "looks like binary data, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(
            source,
            f"is not valid UTF-8 (byte {utf8_error.start}) and not Windows-1252 either; "
            "re-save it as UTF-8",
        ) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 1000):
        raise ArticleError(source, "looks like binary data, not text")
    return text, (f"not valid UTF-8 (byte {utf8_error.start}); decoded as Windows-1252",)


def _check_text(text: object, source: object) -> str:
    if not isinstance(text, str):
        raise ArticleError(source, f"'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise ArticleError(source, "the article is empty")
    return text


def _meta(values: dict, source: object) -> dict[str, str | None]:
    meta: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = values.get(key)
        if value is None:
            meta[key] = None
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            meta[key] = str(value)
        elif hasattr(value, "isoformat"):  # YAML dates
            meta[key] = value.isoformat()
        else:
            raise ArticleError(source, f"'{key}' must be a string, not {type(value).__name__}")
    return meta


def from_text(text: str, **meta: str | None) -> Article:
    """Make an :class:`Article` from a string (the title is guessed if not given)."""
    return _build(text, "<text>", "text", meta, path=None)


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _load_markdown(raw: str, path: Path) -> Article:
    import yaml

    meta: dict = {}
    body = raw
    match = FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            where = f" (line {line + 2})" if line is not None else ""
            raise ArticleError(path, f"front matter is not valid YAML{where}") from None
        if not isinstance(loaded, dict):
            raise ArticleError(path, "front matter must be a mapping of keys to values")
        meta = loaded
        body = raw[match.end():]
    return _build(body, path, "markdown", meta)


def _load_json(raw: str, path: Path) -> Article:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(obj, dict):
        raise ArticleError(path, "JSON must be an object with a 'text' field")
    if "text" not in obj:
        raise ArticleError(path, "JSON object has no 'text' field")
    return _build(obj["text"], path, "json", obj)


def _load_html(raw: str, path: Path) -> Article:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                                include_tables=False)
    except Exception as exc:  # trafilatura raises many kinds on odd markup
        raise ArticleError(path, f"could not parse the HTML page ({type(exc).__name__})") from None
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = doc.get("text") or ""
    # trafilatura falls back to any text on the page (a menu, a footer); an
    # article has at least a few sentences' worth of words.
    if len(text.split()) < MIN_HTML_WORDS or not re.search(r"[.!?]", text):
        raise ArticleError(path, "no article text found in the HTML page")
    meta = {
        "title": doc.get("title"),
        "outlet": doc.get("sitename"),
        "date": doc.get("date"),
        "url": doc.get("url"),
        "byline": doc.get("author"),
    }
    return _build(text, path, "html", meta)


def _build(text: object, source: object, fmt: str, meta: dict, *,
           path: str | Path | None = "") -> Article:
    """Check the text and metadata, guess a missing title, make the Article."""
    from .segment import segment  # segment sits beside article; import kept lazy

    text = _check_text(text, source)
    values = _meta(meta, source)
    if values["title"] is None:
        values["title"] = segment(text).title_text
    path = str(source) if path == "" else (str(path) if path is not None else None)
    return Article(text=text, path=path, format=fmt, **values)


def load(path: str | Path) -> Article:
    """Read an article file; raise :class:`ArticleError` naming the file and the problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        shown = suffix or "(no extension)"
        raise ArticleError(path, f"unknown format '{shown}'; use one of {', '.join(SUPPORTED)}")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read it ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    if size > MAX_BYTES:
        raise ArticleError(path, f"is {size / (1024 * 1024):.0f} MB; the limit is "
                                 f"{MAX_BYTES // (1024 * 1024)} MB per article (split it)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read it ({exc.strerror or exc})") from None
    raw, notes = decode(data, path)
    if suffix in MARKDOWN_SUFFIXES:
        article = _load_markdown(raw, path)
    elif suffix in JSON_SUFFIXES:
        article = _load_json(raw, path)
    elif suffix in HTML_SUFFIXES:
        article = _load_html(raw, path)
    else:
        article = _build(raw, path, "text", {})
    if notes:
        article = replace(article, notes=article.notes + notes)
    return article
