"""Command line: ``python -m toolkit analyze | report | evaluate``.

Problems with the user's input print one line on stderr (``toolkit: error:
FILE: problem``) and exit non-zero; no traceback unless ``--debug`` is given.
Batches go on past a bad article and list the failures at the end.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import ToolkitError

TABLES = ("quotes", "voice", "cues", "stance", "paragraphs")
EXIT_ERROR, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 2, 3, 130


def _err(message: str) -> None:
    print(f"toolkit: error: {message}", file=sys.stderr)


def _frame(analysis, table: str):
    return getattr(analysis, f"{table}_frame")()


def _print_table(analysis) -> None:
    import pandas as pd

    s = analysis.summary()
    name = s["title"] or s["path"] or "article"
    print(name)
    print("=" * min(len(name), 79))
    print(f"{s['words']} words, {s['sentences']} sentences, {s['paragraphs']} paragraphs, "
          f"{s['quotes']} quotes from {s['speakers']} speakers, "
          f"{s['hedges']} hedges, {s['boosters']} boosters")
    with pd.option_context("display.width", 120, "display.max_colwidth", 60,
                           "display.max_rows", 500):
        for table, cols in (("voice", ["speaker", "kind", "gender", "quotes", "words",
                                       "word_share"]),
                            ("quotes", ["kind", "speaker", "cue", "paragraph", "text"]),
                            ("cues", ["type", "cue", "category", "speaker"]),
                            ("stance", ["speaker", "target", "label", "score"])):
            frame = _frame(analysis, table)
            print(f"\n{table} ({len(frame)})")
            if not frame.empty:
                print(frame[cols].to_string(index=False))


def cmd_analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze
    from .article import load

    failures: list[str] = []
    for i, path in enumerate(args.paths):
        try:
            article = load(path)
            for note in article.notes:
                print(f"toolkit: note: {path}: {note}", file=sys.stderr)
            analysis = analyze(article)
        except ToolkitError as exc:
            _err(str(exc))
            failures.append(str(path))
            continue
        if args.format == "json":
            print(json.dumps(analysis.to_dict(), ensure_ascii=True))
        elif args.format == "csv":
            frame = _frame(analysis, args.table)
            frame.insert(0, "article", str(path))
            sys.stdout.write(frame.to_csv(index=False, header=(i == 0)))
        else:
            if i:
                print()
            _print_table(analysis)
    if failures and len(args.paths) > 1:
        _err(f"{len(failures)} of {len(args.paths)} articles failed: {', '.join(failures)}")
    return EXIT_ERROR if failures else 0


def _parse_params(pairs: list[list[str]] | None) -> dict[str, str]:
    return {name: value for name, value in (pairs or [])}


def cmd_report(args: argparse.Namespace) -> int:
    from .report import run_reports

    results = run_reports(args.paths, args.out, parameters=_parse_params(args.param),
                          notebook=args.notebook, workers=args.workers,
                          progress=sys.stderr.isatty())
    failed = [r for r in results if not r.ok]
    for r in results:
        if r.ok:
            print(r.html)
    for r in failed:
        _err(f"{r.source}: {r.error}")
    if failed:
        _err(f"{len(failed)} of {len(results)} reports failed")
    return EXIT_ERROR if failed else 0


def cmd_corpus(args: argparse.Namespace) -> int:
    from .corpus import analyze_corpus
    from .report import atomic_path

    corpus = analyze_corpus(args.source)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolkitError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    for name in ("articles", "voice", "cues", "framing"):
        target = out / f"{name}.csv"
        with atomic_path(target) as tmp:
            getattr(corpus, name)().to_csv(tmp, index=False)
        print(target)
    if args.report:
        from .report import run_corpus_report

        print(run_corpus_report(args.source, out, group_by=args.group_by))
    for ident, problem in corpus.failures:
        _err(f"{ident}: {problem}")
    if corpus.failures:
        total = len(corpus.failures) + len(corpus.analyses)
        _err(f"{len(corpus.failures)} of {total} articles failed")
    return EXIT_ERROR if corpus.failures else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_folder, format_scores

    scores = evaluate_folder(args.gold, overlap=args.overlap)
    if args.format == "json":
        print(json.dumps(scores))
    else:
        print(format_scores(scores))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m toolkit",
        description="Measure who speaks, how sure the story is, and where speakers stand.")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("analyze", help="analyse articles; print JSON, a table or CSV")
    a.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .md, .json or .html article")
    a.add_argument("--format", choices=("json", "table", "csv"), default="table")
    a.add_argument("--table", choices=TABLES, default="quotes",
                   help="which table --format csv prints (default: quotes)")
    a.set_defaults(func=cmd_analyze)

    r = sub.add_parser("report", help="write HTML reports with the article notebook")
    r.add_argument("paths", nargs="+", metavar="PATH")
    r.add_argument("--out", type=Path, default=Path("reports"), help="output folder")
    r.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="notebook parameter (repeatable); values stay strings")
    r.add_argument("--notebook", type=Path, default=None,
                   help="report notebook (default: notebooks/article_report.ipynb)")
    r.add_argument("--workers", type=int, default=None,
                   help="warm kernels in parallel (default: one per core; 0: cold papermill)")
    r.set_defaults(func=cmd_report)

    c = sub.add_parser("corpus", help="analyse a folder or a JSONL/CSV of articles into tables")
    c.add_argument("source", type=Path, help="folder of articles, or .jsonl/.csv with 'text'")
    c.add_argument("--out", type=Path, default=Path("reports/corpus"),
                   help="folder for articles.csv, voice.csv, cues.csv, framing.csv")
    c.add_argument("--report", action="store_true",
                   help="also write corpus_report.html (notebooks/corpus_report.ipynb)")
    c.add_argument("--group-by", default="outlet",
                   help="metadata column the report compares groups by (default: outlet)")
    c.set_defaults(func=cmd_corpus)

    e = sub.add_parser("evaluate", help="score the toolkit against gold annotations")
    e.add_argument("gold", type=Path, help="folder of gold JSON files")
    e.add_argument("--overlap", type=float, default=0.5,
                   help="shared characters / longer span for a quote match (default 0.5)")
    e.add_argument("--format", choices=("table", "json"), default="table")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ToolkitError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an internal bug: one line unless --debug
        if args.debug:
            raise
        _err(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug for details")
        return EXIT_INTERNAL
