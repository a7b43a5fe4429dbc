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
_EXPORTER = None


@dataclass(frozen=True)
class ReportResult:
    """What became of one article: paths written, or the error."""

    source: str
    notebook: Path | None = None
    html: Path | None = None
    error: str | None = None
    summary: dict | None = None  # the article's key figures, for the index page

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


def _start_worker(cwd: str) -> None:
    """Start a report worker: its warm kernel (:func:`toolkit.pool.start_worker`), then the
    HTML templates, loaded here while the kernel is still importing the toolkit."""
    from .pool import start_worker

    start_worker(cwd)
    warm_exporter()


def warm_exporter():
    """The HTML exporter (input excluded, parameter cells removed), built once per
    process: building it loads and compiles its templates."""
    global _EXPORTER
    if _EXPORTER is None:
        from nbconvert import HTMLExporter
        from nbconvert.preprocessors import TagRemovePreprocessor

        _EXPORTER = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                                 exclude_output_prompt=True)
        _EXPORTER.register_preprocessor(
            TagRemovePreprocessor(remove_cell_tags=set(REMOVE_TAGS), enabled=True),
            enabled=True)
        _EXPORTER.from_notebook_node(__import__("nbformat").v4.new_notebook())
    return _EXPORTER


def export_html(nb_path: Path, html_path: Path, nb=None) -> None:
    """Static HTML of an executed notebook (read from ``nb_path`` unless the node ``nb``
    is given): outputs only, no code, no parameters."""
    import nbformat

    if nb is None:
        nb = nbformat.read(str(nb_path), as_version=4)
    body, _ = warm_exporter().from_notebook_node(nb)
    with atomic_path(html_path) as tmp:
        tmp.write_text(body, encoding="utf-8")


def _unique_slug(slug: str, taken: set[str]) -> str:
    name, n = slug, 2
    while name in taken:
        name, n = f"{slug}-{n}", n + 1
    taken.add(name)
    return name


def _report_one(source: str, notebook: str, out_dir: str, slug: str, params: dict,
                warm: bool) -> ReportResult:
    """Write one article's notebook and HTML (runs in a pool worker, or cold)."""
    from papermill.exceptions import PapermillExecutionError

    from .analysis import analyze

    out = Path(out_dir)
    nb_out, html_out = out / f"{slug}.ipynb", out / f"{slug}.html"
    try:
        summary = analyze(load(source)).summary()
    except ToolkitError as exc:
        return ReportResult(source, error=getattr(exc, "problem", str(exc)))
    run_params = {**params, "article_path": str(Path(source).resolve())}
    cwd = str(Path(notebook).resolve().parent)
    error = executed = None
    with atomic_path(nb_out) as tmp:
        try:
            if warm:
                from .pool import execute

                executed = execute(notebook, str(tmp), run_params, cwd)
            else:
                import papermill

                from .pool import quiet_kernel_manager

                executed = papermill.execute_notebook(
                    notebook, str(tmp), parameters=run_params, progress_bar=False,
                    log_output=False, cwd=cwd, language="python",
                    kernel_manager_class=quiet_kernel_manager())
        except PapermillExecutionError as exc:
            error = f"the notebook failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
    if error:
        return ReportResult(source, notebook=nb_out, error=error, summary=summary)
    export_html(nb_out, html_out, executed)
    return ReportResult(source, notebook=nb_out, html=html_out, summary=summary)


def run_reports(paths: list[str | Path], out_dir: str | Path, *,
                parameters: dict[str, object] | None = None,
                notebook: str | Path | None = None, workers: int | None = None,
                progress: bool = False) -> list[ReportResult]:
    """Write ``OUT/<slug>.ipynb`` and ``OUT/<slug>.html`` for each article, and
    ``OUT/index.html`` linking them all. Results come back in the order given.

    ``workers`` warm kernels run in parallel (default: one per core, or a plain
    cold run for a single article); ``workers=0`` runs each article cold with
    plain papermill.
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from multiprocessing import get_context

    from tqdm import tqdm

    from .pool import default_workers

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
    results: dict[int, ReportResult] = {}
    jobs: list[tuple[int, str, str]] = []
    for i, path in enumerate(paths):
        try:
            article = load(path)  # a bad file fails here, before any kernel starts
        except ToolkitError as exc:
            results[i] = ReportResult(str(path), error=getattr(exc, "problem", str(exc)))
            continue
        jobs.append((i, str(path), _unique_slug(article.slug, taken)))
    if workers is None:  # one article: a cold run beats starting a pool
        workers = default_workers() if len(jobs) > 1 else 0
    bar = tqdm(total=len(jobs), unit="report", disable=not progress or not jobs)
    if workers <= 0:
        for i, path, slug in jobs:
            results[i] = _report_one(path, str(nb), str(out), slug, params, warm=False)
            bar.update()
    elif jobs:
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs)),
                                 mp_context=get_context("spawn"), initializer=_start_worker,
                                 initargs=(str(nb.resolve().parent),)) as pool:
            futures = {pool.submit(_report_one, path, str(nb), str(out), slug, params, True): i
                       for i, path, slug in jobs}
            try:
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    bar.update()
            except KeyboardInterrupt:
                bar.close()
                pool.shutdown(wait=True, cancel_futures=True)  # in-flight reports finish
                raise
    bar.close()
    ordered = [results[i] for i in sorted(results)]
    write_index(out, ordered)
    return ordered


CORPUS_NOTEBOOK = NOTEBOOK.parent / "corpus_report.ipynb"


def run_corpus_report(source: str | Path, out_dir: str | Path, group_by: str = "outlet"
                      ) -> Path:
    """Run ``notebooks/corpus_report.ipynb`` on a corpus; write ``OUT/corpus_report.ipynb``
    and ``OUT/corpus_report.html``. A failing notebook raises a ToolkitError (its
    notebook, with the error cell, is kept)."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .pool import quiet_kernel_manager

    out = Path(out_dir)
    params = check_parameters(CORPUS_NOTEBOOK, {"corpus_path": str(Path(source).resolve()),
                                                "group_by": group_by})
    nb_out, html_out = out / "corpus_report.ipynb", out / "corpus_report.html"
    with atomic_path(nb_out) as tmp:
        try:
            executed = papermill.execute_notebook(
                str(CORPUS_NOTEBOOK), str(tmp), parameters=params, progress_bar=False,
                log_output=False, cwd=str(CORPUS_NOTEBOOK.parent), language="python",
                kernel_manager_class=quiet_kernel_manager())
        except PapermillExecutionError as exc:
            executed = None
            error = (f"the corpus notebook failed in cell {exc.exec_count}: "
                     f"{exc.ename}: {exc.evalue}")
    if executed is None:
        raise ToolkitError(f"{nb_out}: {error}")
    export_html(nb_out, html_out, executed)
    return html_out


def write_index(out: Path, results: list[ReportResult]) -> Path:
    """``OUT/index.html``: every report with its key figures, failures listed last."""
    from html import escape

    from .highlight import STYLE

    rows = []
    for r in results:
        if not r.ok:
            continue
        s = r.summary or {}
        title = s.get("title") or Path(r.source).stem
        top = s.get("top_speaker")
        share = s.get("top_speaker_share")
        rows.append(
            f"<tr><td><a href=\"{escape(r.html.name, quote=True)}\">{escape(title)}</a></td>"
            f"<td>{s.get('words', '')}</td><td>{s.get('quotes', '')}</td>"
            f"<td>{s.get('speakers', '')}</td>"
            f"<td>{escape(top) + f' ({share:.0%})' if top else '&ndash;'}</td>"
            f"<td>{s.get('hedges_per_100_words', '')}</td></tr>")
    failed = "".join(f"<li>{escape(r.source)}: {escape(r.error or '')}</li>"
                     for r in results if not r.ok)
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Reports</title>"
            f"{STYLE}</head><body class='tk-summary'><h1>Reports</h1>"
            f"<table><tr><th>article</th><th>words</th><th>quotes</th><th>speakers</th>"
            f"<th>most quoted (share of quoted words)</th><th>hedges per 100 words</th></tr>"
            f"{''.join(rows)}</table>"
            + (f"<h2>Failed</h2><ul>{failed}</ul>" if failed else "") + "</body></html>")
    index = out / "index.html"
    with atomic_path(index) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return index
