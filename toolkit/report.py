"""Run the report notebook per article with papermill and export static HTML.

This is the edge of the package that touches kernels and files. For each
article it checks the article loads (a bad file fails fast, before a kernel
starts), executes ``notebooks/article_report.ipynb`` with papermill, and
exports HTML in the same process with nbconvert's ``HTMLExporter`` (input
cells excluded, the injected-parameters cell removed by its tag).

Every file is written to a temporary name in the output folder and renamed
into place, so an interrupted run never leaves a half-written report and an
existing report is replaced only by a complete one. One failing article does
not stop the batch: its executed notebook (with papermill's error cell) is
kept, and the failure is returned in its :class:`ReportResult`.
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .article import load
from .errors import ToolkitError

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "article_report.ipynb"
REMOVE_TAGS = ("injected-parameters", "parameters", "remove-cell")


@dataclass(frozen=True)
class ReportResult:
    """What became of one article: paths written, or the error."""

    source: str
    notebook: Path | None = None
    html: Path | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@contextlib.contextmanager
def atomic_path(final: Path):
    """Yield a temporary path beside ``final``; rename it into place on success."""
    fd, tmp = tempfile.mkstemp(prefix=f".{final.stem}.part-", suffix=final.suffix,
                               dir=final.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, final)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The notebook's declared parameters (name -> papermill's description)."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


TRUE = frozenset({"true", "yes", "1", "on"})
FALSE = frozenset({"false", "no", "0", "off"})


def check_parameters(notebook: Path, given: dict[str, object]) -> dict[str, object]:
    """Check parameters against the notebook's ``parameters`` cell and convert them.

    Unknown names are refused. A value for a parameter whose default is
    ``True``/``False`` must say true or false; one whose default is a whole
    number must be one. Everything else stays the exact string given, so
    ``007`` stays ``"007"`` (papermill's own ``-p`` would make it ``7``).
    """
    declared = notebook_parameters(notebook)
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise ToolkitError(
            f"unknown notebook parameter(s) {', '.join(unknown)}; "
            f"{notebook.name} takes {', '.join(sorted(declared))}"
        )
    out: dict[str, object] = {}
    for name, value in given.items():
        default = str(declared[name].get("default", ""))
        if not isinstance(value, str):
            out[name] = value
        elif default in ("True", "False"):
            if value.lower() not in TRUE | FALSE:
                raise ToolkitError(f"parameter {name} takes true or false, not {value!r}")
            out[name] = value.lower() in TRUE
        elif re.fullmatch(r"-?\d+", default):
            if not re.fullmatch(r"-?\d+", value.strip()):
                raise ToolkitError(f"parameter {name} takes a whole number, not {value!r}")
            out[name] = int(value)
        else:
            out[name] = value
    return out


def export_html(nb_path: Path, html_path: Path) -> None:
    """Static HTML of an executed notebook: outputs only, no code, no parameters."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(str(nb_path), as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=set(REMOVE_TAGS), enabled=True), enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    with atomic_path(html_path) as tmp:
        tmp.write_text(body, encoding="utf-8")


def _unique_slug(slug: str, taken: set[str]) -> str:
    name, n = slug, 2
    while name in taken:
        name, n = f"{slug}-{n}", n + 1
    taken.add(name)
    return name


def run_reports(paths: list[str | Path], out_dir: str | Path, *,
                parameters: dict[str, object] | None = None,
                notebook: str | Path | None = None) -> list[ReportResult]:
    """Write ``OUT/<slug>.ipynb`` and ``OUT/<slug>.html`` for each article."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    nb = Path(notebook) if notebook else NOTEBOOK
    if not nb.is_file():
        raise ToolkitError(f"{nb}: report notebook not found")
    if "article_path" in (parameters or {}):
        raise ToolkitError("article_path comes from the PATH arguments; do not pass it with -p")
    params = check_parameters(nb, dict(parameters or {}))
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolkitError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    taken: set[str] = set()
    results: list[ReportResult] = []
    for path in paths:
        try:
            article = load(path)
        except ToolkitError as exc:
            results.append(ReportResult(str(path), error=exc.problem
                                        if hasattr(exc, "problem") else str(exc)))
            continue
        slug = _unique_slug(article.slug, taken)
        nb_out, html_out = out / f"{slug}.ipynb", out / f"{slug}.html"
        run_params = {**params, "article_path": str(Path(path).resolve())}
        error = None
        with atomic_path(nb_out) as tmp:
            try:
                papermill.execute_notebook(str(nb), str(tmp), parameters=run_params,
                                           progress_bar=False, log_output=False,
                                           cwd=str(nb.parent), language="python")
            except PapermillExecutionError as exc:
                error = f"the notebook failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
        if error:
            results.append(ReportResult(str(path), notebook=nb_out, error=error))
            continue
        export_html(nb_out, html_out)
        results.append(ReportResult(str(path), notebook=nb_out, html=html_out))
    return results
