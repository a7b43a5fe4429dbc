"""Reports in a real browser: headless Chromium (Debian's package) driven by Playwright.

Checks what a reader sees: the charts rendered as images, the highlighted
article is there, and an article carrying <script>, onerror= and javascript:
markup ran nothing when its report was opened.
"""
from __future__ import annotations

import shutil

import pytest
from conftest import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOSTILE = (
    "<script>window.__pwned = 'title'</script> Breaking News\n"
    "Mayor Jane Porter <img src=x onerror=\"window.__pwned = 'img'\"> opened the bridge. "
    "“Click <a href=\"javascript:window.__pwned='link'\" id=\"evil\">here</a>,” Porter said.\n"
    "<svg onload=\"window.__pwned = 'svg'\"></svg> The council may vote on Monday.\n")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.fail("chromium is not installed (.ci/run installs Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory, sample_path):
    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    res = run_cli("report", str(sample_path), str(hostile), "--out", str(folder / "out"))
    assert res.returncode == 0, res.stderr
    return folder / "out"


def test_report_renders_charts_and_the_highlighted_article(browser, reports):
    page = browser.new_page()
    page.goto((reports / "putin-year-end-press-conference.html").as_uri())
    images = page.eval_on_selector_all(
        "img", "els => els.map(e => [e.complete, e.naturalWidth, e.naturalHeight])")
    charts = [i for i in images if i[1] >= 400]
    assert len(charts) >= 6 and all(done and w > 0 and h > 0 for done, w, h in charts)
    assert page.locator(".tk-article p").count() >= 13
    assert page.locator(".tk-article .tk-q").count() >= 15
    assert page.locator(".tk-hedge").count() >= 11
    assert "Vladimir Putin holds" in page.inner_text(".tk-box")
    page.close()


def test_hostile_article_runs_nothing_in_the_browser(browser, reports):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((reports / "hostile.html").as_uri())
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    body = page.inner_text("body")
    assert "<script>window.__pwned = 'title'</script>" in body  # shown as text
    assert page.locator("#evil").count() == 0  # no live link made from the article
    assert page.locator(".tk-article img, .tk-article svg, .tk-article script").count() == 0
    assert not errors
    page.close()


def test_index_page_links_each_report(browser, reports):
    page = browser.new_page()
    page.goto((reports / "index.html").as_uri())
    links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
    assert sorted(links) == ["hostile.html", "putin-year-end-press-conference.html"]
    page.close()
