"""Explore articles in JupyterLab: pick a file or paste text, see every measure update.

``show(folder, article_path, text)`` first displays the static analysis of the
starting article (so the output is useful even where widgets do not run, such
as papermill or an HTML export), then the widgets: a file picker over the
folder's articles, a text box to paste into, and an output area that redraws
the highlighted article and the voice, certainty and stance tables on every
change.
"""
from __future__ import annotations

from pathlib import Path

from .analysis import analyze
from .article import SUPPORTED, load
from .errors import ToolkitError
from .highlight import STYLE, article_html, header_html, table_html


def analysis_html(analysis) -> str:
    """Everything the explorer shows for one article, as escaped HTML."""
    parts = [STYLE, header_html(analysis)]
    for title, frame, fmt in (
        ("Who speaks", analysis.voice_frame(), {"word_share": "{:.0%}", "quote_share": "{:.0%}"}),
        ("How sure each voice is", analysis.certainty_frame(), None),
        ("Where speakers stand", analysis.stance_frame().drop(columns=["evidence"]),
         {"score": "{:+.2f}"}),
    ):
        parts.append(f"<h3>{title}</h3>")
        parts.append(table_html(frame, fmt) if not frame.empty else "<p>Nothing found.</p>")
    parts.append("<h3>The article</h3>" + article_html(analysis))
    return "".join(parts)


def articles_in(folder: str | Path) -> list[Path]:
    """Article files under ``folder`` (every supported format), sorted."""
    root = Path(folder)
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                  and p.name.lower() != "readme.md")


def show(folder: str | Path = "../data", article_path: str | Path | None = None,
         text: str = "") -> None:
    """Display the explorer (static first, then the widgets)."""
    import ipywidgets as widgets
    from IPython.display import HTML, display

    def render(source) -> str:
        try:
            return analysis_html(analyze(source))
        except ToolkitError as exc:
            return f"<p><strong>Cannot analyse this:</strong> {_esc(str(exc))}</p>"

    start = text if text.strip() else (load(article_path) if article_path else None)
    if start is not None:
        display(HTML(render(start)))  # static output: survives papermill and HTML export
    files = articles_in(folder)
    picker = widgets.Dropdown(options=[("(paste text below)", "")] +
                              [(str(p.relative_to(folder)), str(p)) for p in files],
                              value=str(article_path) if article_path and
                              str(article_path) in {str(p) for p in files} else "",
                              description="Article:", layout=widgets.Layout(width="60%"))
    box = widgets.Textarea(value=text, placeholder="Paste an article here",
                           layout=widgets.Layout(width="100%", height="8em"))
    out = widgets.Output()

    def update(_=None) -> None:
        source = box.value if box.value.strip() else (load(picker.value) if picker.value
                                                      else None)
        out.clear_output()
        with out:
            if source is not None:
                display(HTML(render(source)))

    picker.observe(update, names="value")
    box.observe(update, names="value")
    display(widgets.VBox([picker, box, out]))


def _esc(value: str) -> str:
    from html import escape

    return escape(value)
