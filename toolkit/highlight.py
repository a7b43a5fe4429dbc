"""The article as HTML, with quotes, hedges and boosters marked.

Article text is untrusted (scraped pages, readers' tips): every piece of it
that reaches HTML -- body, title, speaker names, cue words -- goes through
:func:`html.escape`. Markup is built only from the toolkit's own tags.
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .palette import NARRATOR, speaker_colours

if TYPE_CHECKING:
    from .analysis import Analysis

STYLE = """
<style>
.tk-article{font-family:Georgia,serif;line-height:1.6;max-width:46em}
.tk-article p{margin:0 0 .8em}
.tk-article h3{font-family:sans-serif;font-size:1.05em;margin:1.2em 0 .4em}
.tk-dateline{font-variant:small-caps;font-weight:bold}
.tk-q{border-radius:3px;padding:0 .1em}
.tk-hedge{text-decoration:underline wavy #D55E00;text-underline-offset:3px}
.tk-boost{font-weight:bold;text-decoration:underline double #009E73}
.tk-legend{font-family:sans-serif;font-size:.85em;margin:.5em 0 1em}
.tk-legend span{display:inline-block;margin-right:1em}
.tk-sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle;
margin-right:.3em}
.tk-summary{font-family:sans-serif}
.tk-box{background:#f4f6f8;border-left:4px solid #0072B2;padding:.6em .9em;font-size:1.05em}
.tk-summary td,.tk-summary th{padding:2px 8px;text-align:left}
</style>
"""


def _hex_to_rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def article_html(analysis: Analysis, *, highlight: bool = True) -> str:
    """The escaped article, with marks around quotes, hedges and boosters.

    Each block is cut at every span edge; every piece is wrapped in the tags of
    the spans covering it. Overlapping spans therefore still give well-nested
    HTML, and no span can leak past its block.
    """
    text = analysis.text
    colours = speaker_colours([r.speaker for r in analysis.voice])
    spans: list[tuple[int, int, int, str]] = []  # start, end, layer, opening tag
    if highlight:
        for q in analysis.quotes:
            colour = colours.get(q.speaker or "", NARRATOR)
            who = escape(q.speaker or "unattributed", quote=True)
            style = f"background:{_hex_to_rgba(colour, 0.22)};border-bottom:2px solid {colour}"
            spans.append((q.start, q.end, 0,
                          f'<span class="tk-q" style="{style}" title="{who} ({q.kind})">'))
        for layer, cls, cues in ((1, "tk-hedge", analysis.hedges),
                                 (2, "tk-boost", analysis.boosters)):
            for c in cues:
                label = "hedge" if layer == 1 else "booster"
                spans.append((c.start, c.end, layer, f'<span class="{cls}" '
                              f'title="{label}: {escape(c.category, quote=True)}">'))
    parts = []
    dateline = ""  # a wire dateline is shown at the start of its paragraph
    for block in analysis.segmentation.blocks:
        if block.kind == "dateline":
            dateline = f'<span class="tk-dateline">{escape(text[block.start:block.end])}</span> '
            continue
        inside = [(max(a, block.start), min(b, block.end), layer, tag)
                  for a, b, layer, tag in spans if a < block.end and b > block.start]
        cuts = sorted({block.start, block.end, *(a for a, *_ in inside),
                       *(b for _, b, *_ in inside)})
        chunks = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            covering = sorted((s for s in inside if s[0] <= a and s[1] >= b),
                              key=lambda s: s[2])
            piece = escape(text[a:b])
            chunks.append("".join(s[3] for s in covering) + piece + "</span>" * len(covering))
        body, dateline = dateline + "".join(chunks), ""
        tag = {"title": "h2", "heading": "h3"}.get(block.kind, "p")
        parts.append(f"<{tag}>{body}</{tag}>")
    return STYLE + legend_html(analysis, colours) + '<div class="tk-article">' + \
        "\n".join(parts) + "</div>"


def legend_html(analysis: Analysis, colours: dict[str, str] | None = None) -> str:
    colours = colours or speaker_colours([r.speaker for r in analysis.voice])
    items = [f'<span><i class="tk-sw" style="background:{c}"></i>{escape(name)}</span>'
             for name, c in colours.items()]
    items.append('<span><span class="tk-hedge">hedge</span></span>')
    items.append('<span><span class="tk-boost">booster</span></span>')
    return '<div class="tk-legend">' + "".join(items) + "</div>"


def summary_html(analysis: Analysis) -> str:
    """A compact summary for notebooks: figures, the voice table, the article."""
    s = analysis.summary()
    title = escape(s["title"] or (analysis.article.path or "Untitled article"))
    rows = "".join(
        f"<tr><th>{escape(str(k))}</th><td>{escape(str(v))}</td></tr>"
        for k, v in s.items() if k in ("words", "sentences", "paragraphs", "quotes",
                                       "speakers", "hedges", "boosters")
    )
    voice = "".join(
        f"<tr><td>{escape(r.speaker)}</td><td>{r.quotes}</td><td>{r.words}</td>"
        f"<td>{r.word_share:.0%}</td></tr>" for r in analysis.voice
    )
    vtable = (f"<table class='tk-summary'><tr><th>speaker</th><th>quotes</th><th>words</th>"
              f"<th>share</th></tr>{voice}</table>") if voice else ""
    return (f"{STYLE}<div class='tk-summary'><h3>{title}</h3><table>{rows}</table>{vtable}"
            f"</div>{article_html(analysis)}")


def table_html(frame, formats: dict[str, str] | None = None) -> str:
    """A pandas table as HTML with every cell escaped (pandas' Styler does not
    escape by default, and speaker names and evidence come from the article)."""
    import hashlib

    styler = frame.style.format(formats or {}, escape="html").format_index(escape="html",
                                                                             axis=1)
    # a table id from the table's content, not pandas' random one: the same article
    # gives the same report, byte for byte
    digest = hashlib.sha1(frame.to_csv().encode("utf-8")).hexdigest()[:10]
    return styler.set_uuid(digest).hide(axis="index").to_html()


def display_title(analysis: Analysis, override: str | None = None) -> str:
    """The title to show: an override, the article's own, or its file name."""
    if override:
        return override
    if analysis.article.title:
        return analysis.article.title
    if analysis.article.path:
        from pathlib import Path

        return Path(analysis.article.path).stem.replace("-", " ").replace("_", " ").capitalize()
    return "Untitled article"


def header_html(analysis: Analysis, title: str | None = None) -> str:
    """The report's header: title, source line, and the key figures in words."""
    s = analysis.summary()
    meta = " · ".join(escape(str(s[k])) for k in ("outlet", "date", "url") if s.get(k))
    facts = (f"{s['words']:,} words · {s['sentences']} sentences · "
             f"{s['paragraphs']} paragraphs · {s['headings']} section headings")
    voice = escape(summary_sentence(analysis))
    notes = "".join(f"<p><em>Note: {escape(n)}</em></p>" for n in s["notes"])
    return (f"<div class='tk-summary'><h1>{escape(display_title(analysis, title))}</h1>"
            + (f"<p>{meta}</p>" if meta else "")
            + f"<p><strong>{facts}</strong></p><p class='tk-box'>{voice}</p>{notes}</div>")


def summary_sentence(analysis: Analysis) -> str:
    """The article's key figures in words (plain text, not HTML)."""
    s = analysis.summary()
    voice = list(analysis.voice)
    parts = []
    if voice:
        top = voice[0]
        women = sum(1 for r in voice if r.gender == "female")
        parts.append(f"{s['quotes']} quotes from {len(voice)} speakers")
        parts.append(f"{top.speaker} holds {top.word_share:.0%} of quoted words")
        parts.append(f"{women} {'woman' if women == 1 else 'women'} quoted")
    else:
        parts.append("no attributed quotes")
    narrator = sum(1 for c in analysis.hedges if c.speaker is None)
    parts.append(f"{s['hedges']} hedges, {s['hedges_per_100_words']:.1f} per 100 words, "
                 f"{narrator} in the narrator's voice")
    if s["boosters"]:
        parts.append(f"{s['boosters']} boosters")
    return "; ".join(parts) + "."


def corpus_header_html(corpus, source: object) -> str:
    """The corpus report's header: what was read, what failed, the totals."""
    arts = corpus.articles()
    n = len(arts)
    words = int(arts["words"].sum()) if n else 0
    quotes = int(arts["quotes"].sum()) if n else 0
    failed = "".join(f"<li>{escape(i)}: {escape(p)}</li>" for i, p in corpus.failures)
    return (f"<div class='tk-summary'><h1>Corpus report</h1><p>{escape(str(source))}</p>"
            f"<p class='tk-box'>{n} articles, {words:,} words, {quotes} quotes.</p>"
            + (f"<p>Could not read:</p><ul>{failed}</ul>" if failed else "") + "</div>")
