"""toolkit: who speaks in a news article, how sure the story is, where speakers stand.

The public API is small and stable::

    import toolkit
    a = toolkit.analyze("data/putin-year-end-press-conference.txt")  # -> Analysis
    a.voice_frame()                  # share of voice, one row per speaker
    toolkit.analyze_text("...")      # the JSON-contract dict
    toolkit.load_article(path)       # -> Article

Heavy libraries (pandas, matplotlib, papermill) are imported only by the
functions that need them, so ``import toolkit`` stays fast.
"""
from __future__ import annotations

from .analysis import Analysis, analyze, analyze_text
from .article import Article, from_text
from .article import load as load_article
from .errors import ArticleError, ToolkitError

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "ArticleError",
    "ToolkitError",
    "analyze",
    "analyze_text",
    "from_text",
    "load_article",
    "__version__",
]
