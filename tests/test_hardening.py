"""Hostile and broken input: valid output or one clear line, in work linear in the size."""
from __future__ import annotations

import cProfile
import hashlib
import json
import pstats
import random

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.report import atomic_path

WORDS = ["said", "“", "”", '"', "he", "she", "Putin", "claimed", "that", "may", ".", ",",
         "according", "to", "the", "Mr.", "U.S.", "\n", "'s", "’", "Ukraine", "praised",
         "Kyiv", "told", "reporters", ":", "‘", "”,", "(", ")"]


def random_words(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


HOSTILE = {
    "random words with marks and verbs": random_words,
    "unbalanced quotation marks": lambda n: "“ ” \" ' ‘ said " * (n // 7),
    "a long run, then a reporting verb": lambda n: "a" * (5 * n) + " said " + "“" * n + " he.",
    "runs of dots and abbreviations": lambda n: "." * (5 * n) + "\n" + "Mr. " * n,
    "one paragraph of quotes": lambda n: " ".join(f"“Word {i},” Smith said."
                                                  for i in range(n // 4)),
    "many short paragraphs": lambda n: "\n".join(
        f"Jane Doe{i % 50} said the plan would fail. “No,” he said." for i in range(n // 12)),
}


def work(text: str) -> int:
    """Python function calls made analysing ``text``: a deterministic measure of work."""
    profile = cProfile.Profile()
    profile.enable()
    toolkit.analyze_text(text)
    profile.disable()
    return pstats.Stats(profile).total_calls


def check_spans(text: str, out: dict) -> None:
    for q in out["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["mention"]
    for key in ("hedges", "boosters"):
        for c in out[key]:
            assert text[c["start"]:c["end"]] == c["cue"]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_work_grows_linearly_with_hostile_input(name):
    make = HOSTILE[name]
    toolkit.analyze_text("Warm up. “Hi,” he said.")
    small, large = work(make(2000)), work(make(8000))
    assert large / small <= 4.7, (small, large)  # 4x the input, at most ~4x the work


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gives_valid_output(name):
    text = HOSTILE[name](3000)
    check_spans(text, toolkit.analyze_text(text))


def test_three_hundred_thousand_random_words():
    text = random_words(300_000)
    out = toolkit.analyze_text(text)
    check_spans(text, out)
    assert out["quotes"]  # the verbs and marks do make some quotes


@pytest.mark.parametrize("text", [
    "Heading Only\nAnother Heading\nA Third One",   # no sentences at all
    "普京表示，他随时准备与特朗普会面。" * 50,          # not English
    "Путин заявил: «Мы готовы к встрече».",
    "\u200b\u200b\ufeff   ",                        # invisible characters only
])
def test_odd_articles_analyse_cleanly(text):
    check_spans(text, toolkit.analyze_text(text))


def test_a_long_one_line_text_ending_in_a_full_stop_is_text_not_a_file_name():
    text = "Fan group Rovers Trust said the board had backed him in the summer. " * 5
    a = toolkit.analyze(text.strip())  # the system refuses a name this long: text, no OSError
    assert a.quotes and a.quotes[0].speaker == "Rovers Trust"


def test_fifty_megabyte_file_is_refused_in_one_line(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    res = run_cli("analyze", str(big))
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [
        f"toolkit: error: {big}: is 50 MB; the limit is 20 MB per article (split it)"]


@pytest.mark.parametrize("data,expect", [
    (b"", "the article is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\xff\xfe\x00\x00", "binary"),
])
def test_broken_files_one_line(tmp_path, data, expect):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    res = run_cli("analyze", "--format", "json", str(p))
    assert res.returncode == 1 and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1 and expect in res.stderr


def test_latin1_is_decoded_with_a_note_not_garbled(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("“Le café est fermé,” a dit Mme Dupont.".encode("cp1252"))
    res = run_cli("analyze", "--format", "json", str(p))
    assert res.returncode == 0
    assert "decoded as Windows-1252" in res.stderr
    out = json.loads(res.stdout)
    assert out["quotes"][0]["text"] == "Le café est fermé"


def test_input_files_are_never_modified(tmp_path, sample_path):
    p = tmp_path / "a.txt"
    p.write_bytes(sample_path.read_bytes())
    before = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    run_cli("analyze", "--format", "json", str(p))
    toolkit.analyze(p)
    assert (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + ["Jane", "Doe", "The", "mayor", "Russia", "Q&A", "!",
                                         "?", "'", "about", "300", "clearly"]), max_size=120))
def test_property_no_exception_and_spans_slice_back(words):
    text = " ".join(words)
    out = toolkit.analyze_text(text)
    check_spans(text, out)
    shares = [v["word_share"] for v in out["voice"]]
    if shares and sum(v["words"] for v in out["voice"]):
        assert abs(sum(shares) - 1) < 1e-9


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab .“”\"said he,\n")), max_size=80),
                min_size=2, max_size=5))
def test_property_results_do_not_depend_on_batch_order(texts):
    forward = [toolkit.analyze_text(t) for t in texts]
    backward = [toolkit.analyze_text(t) for t in reversed(texts)][::-1]
    assert forward == backward


def test_interrupted_write_leaves_nothing_and_keeps_the_old_file(tmp_path):
    final = tmp_path / "report.html"
    final.write_text("old complete report")
    with pytest.raises(KeyboardInterrupt), atomic_path(final) as tmp:
        tmp.write_text("half a rep")
        raise KeyboardInterrupt
    assert final.read_text() == "old complete report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    with atomic_path(final) as tmp:
        tmp.write_text("new complete report")
    assert final.read_text() == "new complete report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def _default_sigint() -> None:
    """Give the child Ctrl-C's default action: a test run started in the background by a
    shell inherits SIGINT ignored, and Python then keeps ignoring it, as a terminal user's
    toolkit would never be started."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_batch_leaves_no_partial_files(tmp_path, sample_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    articles = []
    total = 8
    for i in range(total):
        p = tmp_path / f"a{i}.txt"
        p.write_bytes(sample_path.read_bytes())
        articles.append(str(p))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "toolkit", "report", *articles, "--out",
                             str(out), "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob("*.html")):
        time.sleep(0.2)  # interrupt once the first report is out: mid-batch
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "toolkit: error: interrupted"
    assert "Traceback" not in err
    assert not list(out.glob(".*part*"))
    reports = list(out.glob("*.html"))
    assert 1 <= len(reports) < total
    for html in reports:
        assert html.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_reports_never_modify_their_input(tmp_path, sample_path):
    p = tmp_path / "a.txt"
    p.write_bytes(sample_path.read_bytes())
    before = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    assert run_cli("report", str(p), "--out", str(tmp_path / "out")).returncode == 0
    assert (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) == before


def test_analysis_restores_the_garbage_collector():
    import gc

    import toolkit
    from toolkit import analysis

    assert gc.isenabled()
    toolkit.analyze_text("The mayor said the bridge would reopen.")
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        toolkit.analyze_text("The mayor said the bridge would reopen.")
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with analysis._no_cyclic_gc():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
