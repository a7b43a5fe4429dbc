from __future__ import annotations

import csv
import io
import json

from conftest import run_cli

CONTRACT_KEYS = {"quotes", "hedges", "boosters", "voice", "stance"}


def test_analyze_json_follows_contract(sample_path):
    out = run_cli("analyze", "--format", "json", str(sample_path))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= CONTRACT_KEYS
    assert data["article"]["sentences"] == 27
    assert data["article"]["paragraphs"] == 13
    for q in data["quotes"]:
        assert {"start", "end", "kind", "speaker", "speaker_start", "speaker_end", "cue"} <= set(q)
        assert q["kind"] in {"direct", "partial", "indirect"}
    for v in data["voice"]:
        assert isinstance(v["speaker"], str) and isinstance(v["words"], int)


def test_analyze_json_equals_python_api(sample_path, sample_text):
    import toolkit

    out = run_cli("analyze", "--format", "json", str(sample_path))
    cli = json.loads(out.stdout)
    api = toolkit.analyze_text(sample_text)
    for key in CONTRACT_KEYS:
        assert cli[key] == api[key]


def test_analyze_table_and_csv(sample_path):
    table = run_cli("analyze", str(sample_path))
    assert table.returncode == 0
    assert "563 words, 27 sentences, 13 paragraphs" in table.stdout
    out = run_cli("analyze", "--format", "csv", "--table", "paragraphs", str(sample_path))
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 13 and rows[0]["article"] == str(sample_path)
    assert sum(int(r["sentences"]) for r in rows) == 27


def test_missing_file_is_one_clear_line(tmp_path):
    out = run_cli("analyze", str(tmp_path / "nope.txt"))
    assert out.returncode == 1
    expected = f"toolkit: error: {tmp_path / 'nope.txt'}: no such file"
    assert out.stderr.strip().splitlines() == [expected]
    assert "Traceback" not in out.stderr


def test_bad_inputs_never_traceback(tmp_path):
    cases = {"empty.txt": b"", "bin.txt": b"\x00\xff\x00", "x.docx": b"PK",
             "bad.json": b'{"text": ["a"]}', "bad.txt": b"\xff\xfe\x81\x8d\x8f\x90\x9d"}
    for name, data in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        out = run_cli("analyze", "--format", "json", str(p))
        assert out.returncode != 0, name
        assert out.stdout == ""
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and str(p) in lines[0] and "Traceback" not in out.stderr, name


def test_batch_goes_on_past_a_bad_article(tmp_path, sample_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = run_cli("analyze", "--format", "json", str(bad), str(sample_path))
    assert out.returncode == 1
    assert len(out.stdout.strip().splitlines()) == 1  # the good article still printed
    assert "1 of 2 articles failed" in out.stderr
