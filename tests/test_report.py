"""End to end: the report notebook under papermill, exported to static HTML."""
from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, run_cli


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, sample_path):
    out = tmp_path_factory.mktemp("reports")
    res = run_cli("report", str(sample_path), "--out", str(out))
    assert res.returncode == 0, res.stderr
    return out, res


def test_report_writes_html_and_notebook(sample_report):
    out, res = sample_report
    html = out / "putin-year-end-press-conference.html"
    assert res.stdout.strip() == str(html)
    assert html.is_file() and (out / "putin-year-end-press-conference.ipynb").is_file()
    assert not list(out.glob(".*part*")), "temporary files left behind"


def test_report_keeps_the_kernels_own_log_lines_off_the_users_terminal(sample_report):
    # the kernel's start-up warning (and, under Ctrl-C while it starts, a traceback) is no
    # message for the user: stderr stays empty on a clean run
    _, res = sample_report
    assert "IPKernelApp" not in res.stderr and "Traceback" not in res.stderr, res.stderr


def test_report_html_has_charts_and_no_code(sample_report):
    out, _ = sample_report
    html = (out / "putin-year-end-press-conference.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64") >= 6  # voice, groups, strip, certainty x2, stance
    assert "Share of voice" in html or "Who speaks" in html
    assert "import toolkit" not in html
    assert "article_path" not in html  # neither the parameters nor the injected cell
    assert "hl-ipython3" not in html  # no highlighted code input anywhere
    assert not re.search(r"class=\"[^\"]*jp-InputPrompt", html)
    assert "563 words" in html


def test_report_notebook_ran_with_injected_parameters(sample_report, sample_path):
    out, _ = sample_report
    nb = json.loads((out / "putin-year-end-press-conference.ipynb").read_text())
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert len(injected) == 1
    assert str(sample_path.resolve()) in "".join(injected[0]["source"])


def test_report_refuses_unknown_parameter(tmp_path, sample_path):
    res = run_cli("report", str(sample_path), "--out", str(tmp_path), "-p", "colour", "red")
    assert res.returncode == 1
    assert "unknown notebook parameter(s) colour" in res.stderr
    assert "Traceback" not in res.stderr
    assert not list(tmp_path.iterdir())


def test_report_batch_continues_past_bad_article(tmp_path, sample_path):
    bad = tmp_path / "in" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x00")
    out = tmp_path / "out"
    res = run_cli("report", str(bad), str(sample_path), "--out", str(out))
    assert res.returncode == 1
    assert "broken.txt" in res.stderr and "1 of 2 reports failed" in res.stderr
    assert (out / "putin-year-end-press-conference.html").is_file()


def test_notebook_default_parameters_point_at_the_sample():
    import papermill

    params = papermill.inspect_notebook(str(ROOT / "notebooks" / "article_report.ipynb"))
    assert params["article_path"]["default"].strip('"') == \
        "../data/putin-year-end-press-conference.txt"
    assert (ROOT / "notebooks" / params["article_path"]["default"].strip('"')).is_file()


def report_of(tmp_path, name: str, text: str) -> str:
    """Write ``text`` as ``name``.txt, report it, return the HTML."""
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    res = run_cli("report", str(article), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    return (tmp_path / "out" / f"{name}.html").read_text(encoding="utf-8")


HOSTILE_ARTICLE = (
    "<script>alert('title')</script> Breaking\n"
    "Mayor <b>Jane</b> Porter opened the bridge. <img src=x onerror=alert(1)> "
    "“Click <a href=\"javascript:alert(2)\">here</a> now,” Porter said.\n"
    "<script>document.body.innerHTML='pwned'</script> The council may vote on Monday.\n")


def test_report_escapes_article_text_everywhere(tmp_path):
    html = report_of(tmp_path, "hostile", HOSTILE_ARTICLE)
    for raw in ("<script>alert", "<script>document", "<img src=x onerror", "<b>Jane</b>",
                '<a href="javascript:'):
        assert raw not in html, raw
    # the markup is shown as text (nbconvert may write ' or &#x27; for quotes in text)
    assert re.search(r"&lt;script&gt;alert\((?:'|&#x27;)title(?:'|&#x27;)\)&lt;/script&gt;",
                     html)
    assert "onerror=alert(1)&gt;" in html


def test_parameters_reach_the_notebook_as_the_same_strings(tmp_path, sample_path):
    marker = tmp_path / "pwned"
    title = f'He said "007"\nand left\'; __import__("os").system("touch {marker}") #'
    res = run_cli("report", str(sample_path), "--out", str(tmp_path), "-p", "title", title,
                  "-p", "highlight", "false")
    assert res.returncode == 0, res.stderr
    assert not marker.exists()
    nb = json.loads((tmp_path / "putin-year-end-press-conference.ipynb").read_text())
    injected = "".join(next(c for c in nb["cells"]
                            if "injected-parameters" in c["metadata"].get("tags", []))["source"])
    namespace: dict = {}
    exec(injected, {}, namespace)  # the injected cell is plain assignments of literals
    assert namespace["title"] == title and namespace["highlight"] is False
    html = (tmp_path / "putin-year-end-press-conference.html").read_text(encoding="utf-8")
    assert re.search(r"He said (?:\"|&quot;)007(?:\"|&quot;)", html)
    assert 'class="tk-q"' not in html  # highlight off: no quote marks in the article


def test_parameter_types_are_checked(tmp_path, sample_path):
    res = run_cli("report", str(sample_path), "--out", str(tmp_path), "-p", "highlight", "maybe")
    assert res.returncode == 1 and "parameter highlight takes true or false" in res.stderr
    res = run_cli("report", str(sample_path), "--out", str(tmp_path), "-p", "article_path", "x")
    assert res.returncode == 1 and "comes from the PATH arguments" in res.stderr
    assert not list(tmp_path.iterdir())


TABLE_HOSTILE = (
    "Senator Ann Lee praised Mayor Tom Hale <script>alert(7)</script> on Monday.\n"
    "“Hale <img src=x onerror=alert(8)> failed us,” Governor Bo Reyes said.\n")


def test_tables_escape_speaker_names_and_evidence(tmp_path):
    html = report_of(tmp_path, "tables", TABLE_HOSTILE)
    assert "Tom Hale" in html and "<td" in html  # the stance evidence table is there
    for raw in ("<script>alert(7)", "<img src=x onerror=alert(8)"):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(7)&lt;/script&gt;" in html


def test_table_html_escapes_cells():
    import pandas as pd

    from toolkit.highlight import table_html

    html = table_html(pd.DataFrame({"speaker": ["<b>x</b>"], "share": [0.5]}), {"share": "{:.0%}"})
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html and "50%" in html


def _outputs(nb_path):
    nb = json.loads(nb_path.read_text())
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code" or "injected-parameters" in cell["metadata"].get("tags", []):
            continue
        out.append([(o["output_type"], {k: v for k, v in o.get("data", {}).items()})
                    for o in cell.get("outputs", [])])
    return out


def test_warm_pool_gives_the_same_outputs_as_cold_papermill(tmp_path, sample_path):
    warm = run_cli("report", str(sample_path), "--out", str(tmp_path / "warm"), "--workers", "1")
    cold = run_cli("report", str(sample_path), "--out", str(tmp_path / "cold"), "--workers", "0")
    assert warm.returncode == 0 and cold.returncode == 0, warm.stderr + cold.stderr
    name = "putin-year-end-press-conference.ipynb"
    warm_out, cold_out = _outputs(tmp_path / "warm" / name), _outputs(tmp_path / "cold" / name)
    assert sum(len(c) for c in cold_out) >= 8
    assert warm_out == cold_out  # same HTML, same PNG bytes, cell by cell


def test_pool_batch_with_index_and_a_failing_notebook(tmp_path, sample_path):
    a, b = tmp_path / "in" / "first.txt", tmp_path / "in" / "second.txt"
    a.parent.mkdir()
    a.write_bytes(sample_path.read_bytes())
    b.write_text("Mayor Jane Porter opened the bridge. “It took six years,” Porter said.\n")
    broken_nb = tmp_path / "broken.ipynb"
    nb = json.loads((ROOT / "notebooks" / "article_report.ipynb").read_text())
    nb["cells"].append({"cell_type": "code", "metadata": {}, "execution_count": None,
                        "outputs": [], "source": "assert 'Putin' in analysis.text"})
    broken_nb.write_text(json.dumps(nb))
    out = tmp_path / "out"
    res = run_cli("report", str(a), str(b), "--out", str(out), "--notebook", str(broken_nb))
    assert res.returncode == 1
    assert "second.txt" in res.stderr and "AssertionError" in res.stderr
    assert (out / "first.html").is_file() and not (out / "second.html").exists()
    failed_nb = json.loads((out / "second.ipynb").read_text())  # kept, with the error cell
    assert any(o.get("ename") == "AssertionError"
               for c in failed_nb["cells"] for o in c.get("outputs", []))
    index = (out / "index.html").read_text()
    assert 'href="first.html"' in index and "second.txt" in index and "Failed" in index
    assert not list(out.glob(".*part*"))


def test_reports_for_every_practice_article(tmp_path):
    practice = sorted(p for p in (ROOT / "data" / "practice").iterdir() if p.name != "README.md")
    assert {p.suffix for p in practice} == {".md", ".json", ".txt"}
    res = run_cli("report", *map(str, practice), "--out", str(tmp_path))
    assert res.returncode == 0, res.stderr
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for p in practice:
        assert (tmp_path / f"{p.stem}.html").is_file()
    assert "Council Approves Harbor Bridge Repairs" in index  # the Markdown title
    assert "District Expands Free School Lunches" in index    # the JSON title


def test_explore_notebook_degrades_to_static_output(tmp_path):
    import papermill

    from toolkit.report import export_html

    out = tmp_path / "explore.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / "explore.ipynb"), str(out),
                               cwd=str(ROOT / "notebooks"), progress_bar=False)
    export_html(out, tmp_path / "explore.html")
    html = (tmp_path / "explore.html").read_text(encoding="utf-8")
    assert "Vladimir Putin holds" in html and 'class="tk-q"' in html
    nb = json.loads(out.read_text())
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
               for c in nb["cells"] for o in c.get("outputs", []))  # the live widgets too


def test_explorer_lists_articles_and_renders_escaped_html():
    from toolkit.explore import analysis_html, articles_in

    files = [p.name for p in articles_in(ROOT / "data")]
    assert "putin-year-end-press-conference.txt" in files and "README.md" not in files
    html = analysis_html(toolkit_analyze("“<b>Hi</b>,” Mayor Jane <i>Porter</i> said."))
    assert "<b>Hi</b>" not in html and "&lt;b&gt;Hi&lt;/b&gt;" in html


def toolkit_analyze(text):
    import toolkit

    return toolkit.analyze(text)


def test_targets_parameter(tmp_path, sample_path):
    from toolkit.stance import parse_targets

    assert parse_targets(None) is None and parse_targets("") is None
    assert parse_targets('{"Green Party": ["the Greens"]}') == {"Green Party": ["the Greens"]}
    assert parse_targets("Green Party|the Greens; Jane Doe") == {
        "Green Party": ["the Greens"], "Jane Doe": []}
    res = run_cli("report", str(sample_path), "--out", str(tmp_path), "-p", "targets",
                  "Kremlin|Moscow")
    assert res.returncode == 0, res.stderr


def test_highlighted_article_keeps_the_dateline_in_its_paragraph():
    import toolkit
    from toolkit.highlight import article_html

    html = article_html(toolkit.analyze("Council votes\n\nDENVER (AP) — The mayor said the "
                                        "vote <b>was</b> close."))
    assert '<p><span class="tk-dateline">DENVER (AP) —</span> The mayor' in html
    assert "&lt;b&gt;was&lt;/b&gt;" in html  # still escaped
