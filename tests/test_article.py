from __future__ import annotations

import json

import pytest

from toolkit.article import load, slugify
from toolkit.errors import ArticleError


def test_txt_is_read_without_newline_translation(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Headline Here\r\nBody text, “quoted.”\r\n".encode())
    art = load(p)
    assert art.text == "Headline Here\r\nBody text, “quoted.”\r\n"
    assert art.title == "Headline Here"
    assert art.format == "text"


def test_sample_article_loads_unchanged(sample_path, sample_text):
    art = load(sample_path)
    assert art.text == sample_text
    assert art.slug == "putin-year-end-press-conference"


def test_markdown_front_matter(tmp_path):
    p = tmp_path / "story.md"
    p.write_text("---\ntitle: A Title\noutlet: The Gazette\ndate: 2024-12-19\n---\n"
                 "The body starts here. It goes on.\n", encoding="utf-8")
    art = load(p)
    assert art.title == "A Title" and art.outlet == "The Gazette" and art.date == "2024-12-19"
    assert art.text == "The body starts here. It goes on.\n"


def test_json_article(tmp_path):
    p = tmp_path / "story.json"
    p.write_text(json.dumps({"text": "Body here. More.", "title": "T", "url": "https://x.test/a",
                             "byline": "A. Writer"}), encoding="utf-8")
    art = load(p)
    assert (art.text, art.title, art.url, art.byline) == ("Body here. More.", "T",
                                                          "https://x.test/a", "A. Writer")


def test_html_article_main_text(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(f"Sentence number {i} of the report says something plain." for i in range(30))
    p.write_text(f"<html><head><title>Big Story</title></head><body><nav>Home | About</nav>"
                 f"<article><h1>Big Story</h1><p>{body}</p><p>The mayor said the plan "
                 f"would work.</p></article><footer>Copyright</footer></body></html>",
                 encoding="utf-8")
    art = load(p)
    assert "The mayor said the plan would work." in art.text
    assert "Copyright" not in art.text
    assert art.title == "Big Story"


@pytest.mark.parametrize("name,content,problem", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"   \n\n", "the article is empty"),
    ("bin.txt", b"\x00\x01\x02binary", "binary"),
    ("doc.pdf", b"%PDF-1.4", "unknown format"),
    ("bad.json", b"{not json", "not valid JSON"),
    ("list.json", b"[1, 2]", "must be an object"),
    ("num.json", b'{"text": 42}', "'text' must be a string"),
    ("notext.json", b'{"title": "x"}', "no 'text' field"),
    ("nothing.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
])
def test_bad_input_names_file_and_problem(tmp_path, name, content, problem):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        load(p)
    assert str(p) in str(info.value)
    assert problem in str(info.value)


def test_windows_1252_is_decoded_with_a_note(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("He said \u201cno\u201d to the caf\u00e9 plan.".encode("cp1252"))
    art = load(p)
    assert "\u201cno\u201d" in art.text and "café" in art.text
    assert any("Windows-1252" in n for n in art.notes)


def test_slugify():
    assert slugify("Putin's Q&A: 2024!") == "putin-s-q-a-2024"
    assert slugify("???") == "article"
