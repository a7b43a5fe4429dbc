"""Corpora: folders and JSONL/CSV files, bad articles listed, tidy tables, the corpus report."""
from __future__ import annotations

import csv
import json

from conftest import ROOT, run_cli

from toolkit.corpus import analyze_corpus

PRACTICE = ROOT / "data" / "practice"


def test_folder_corpus_tables():
    corpus = analyze_corpus(PRACTICE)
    assert sorted(corpus.analyses) == ["factory-closure.txt", "harbor-bridge-vote.md",
                                       "school-lunch-program.json"]
    arts = corpus.articles().set_index("article")
    assert arts.loc["harbor-bridge-vote.md", "outlet"] == "The Millbrook Ledger (fictional)"
    assert arts.loc["school-lunch-program.json", "date"] == "2026-02-17"
    voice = corpus.voice()
    assert set(voice["article"]) == set(corpus.analyses)
    shares = voice.groupby("article")["word_share"].sum()
    assert all(abs(s - 1) < 1e-9 for s in shares)
    assert {"hedge", "booster"} <= set(corpus.cues()["type"])
    framing = corpus.framing()
    assert set(framing["article"]) == set(corpus.analyses)
    assert (framing["cue"].str.lower() == "said").sum() >= 8
    # these articles quote with said/announced/according to, and one "but warned that"
    by_cue = dict(zip(framing["cue"].str.lower(), framing["framing"], strict=False))
    assert by_cue["warned"] == "charged"
    assert {f for c, f in by_cue.items() if c != "warned"} == {"neutral"}


def test_jsonl_corpus_with_bad_rows(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"text": "“It works,” Mayor Jane Porter said.", "outlet": "A", "section": "city"},
            {"text": 42, "outlet": "B"},
            "not an object",
            {"text": "   ", "outlet": "C"},
            {"text": "Ann Lee said the bridge may close.", "outlet": "B", "extra": "x"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    corpus = analyze_corpus(path)
    assert sorted(corpus.analyses) == ["c.jsonl:1", "c.jsonl:5"]
    problems = dict(corpus.failures)
    assert "'text' must be a string" in problems["c.jsonl:2"]
    assert "JSON object" in problems["c.jsonl:3"]
    assert "empty" in problems["c.jsonl:4"]
    assert "not valid JSON" in problems["c.jsonl:6"]
    arts = corpus.articles().set_index("article")
    assert arts.loc["c.jsonl:5", "extra"] == "x" and arts.loc["c.jsonl:1", "section"] == "city"


def test_csv_corpus_via_cli_writes_tables_and_lists_failures(tmp_path):
    path = tmp_path / "c.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "outlet", "date"])
        w.writeheader()
        w.writerow({"text": "“We won,” Coach Ana Silva said.", "outlet": "A",
                    "date": "2026-01-02"})
        w.writerow({"text": "", "outlet": "B", "date": "2026-01-03"})
    res = run_cli("corpus", str(path), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    assert "c.csv:3: the article is empty" in res.stderr and "1 of 2 articles failed" in res.stderr
    with (tmp_path / "out" / "voice.csv").open(encoding="utf-8") as fh:
        voice = list(csv.DictReader(fh))
    assert [(v["speaker"], v["outlet"]) for v in voice] == [("Ana Silva", "A")]


def test_corpus_report_notebook_runs_under_papermill(tmp_path):
    res = run_cli("corpus", str(PRACTICE), "--out", str(tmp_path), "--report")
    assert res.returncode == 0, res.stderr
    html = (tmp_path / "corpus_report.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64") >= 5
    assert "3 articles" in html and "hl-ipython3" not in html
    assert "Council Approves Harbor Bridge Repairs" in html
