"""Errors the toolkit reports to people, as one clear line each.

Every problem a user can cause (a missing file, an unreadable encoding, an
empty article, an unknown format, a bad parameter) is raised as a
:class:`ToolkitError`. The command line prints ``str(error)`` on stderr and
exits non-zero; it never shows a traceback for these.
"""
from __future__ import annotations


class ToolkitError(Exception):
    """A problem with the user's input or request, explained in one line."""


class ArticleError(ToolkitError):
    """An article that cannot be read: names the file and the problem."""

    def __init__(self, source: object, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")
