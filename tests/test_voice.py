"""Share of voice: per speaker and by gender, shares sum to one."""
from __future__ import annotations

import math

import toolkit
from toolkit.voice import by_group


def test_voice_shares_sum_to_one(sample_text):
    a = toolkit.analyze(sample_text)
    assert math.isclose(sum(r.word_share for r in a.voice), 1.0)
    assert math.isclose(sum(r.quote_share for r in a.voice), 1.0)
    top = a.voice[0]
    assert top.speaker == "Vladimir Putin" and top.quotes == 12  # 11 in the gold + the pledge
    assert top.first_paragraph == 0


def test_voice_counts_words_by_kind():
    text = ("Mayor Jane Porter opened the bridge. “It took six years,” Porter said. "
            "Engineer Sam Cole said the steel came from Ohio.")
    a = toolkit.analyze(text)
    rows = {r.speaker: r for r in a.voice}
    assert rows["Jane Porter"].direct == 1 and rows["Jane Porter"].words == 4
    assert rows["Sam Cole"].indirect == 1 and rows["Sam Cole"].words == 5
    assert math.isclose(rows["Sam Cole"].word_share, 5 / 9)


def test_voice_by_gender_and_frame_columns():
    text = ("Anna Kowalski met Peter Brandt. “We agreed,” she said. “It opens soon,” he said. "
            "Kowalski said the deal was final.")
    a = toolkit.analyze(text)
    groups = by_group(list(a.voice), "gender")
    assert set(groups) == {"female", "male"}
    assert math.isclose(sum(g["word_share"] for g in groups.values()), 1.0)
    frame = a.voice_frame()
    assert list(frame.columns) == ["speaker", "kind", "gender", "quotes", "direct", "partial",
                                   "indirect", "words", "word_share", "quote_share",
                                   "first_paragraph"]


def test_voice_by_frame_sums_to_one(sample_text):
    a = toolkit.analyze(sample_text)
    by_kind = a.voice_by("kind").set_index("kind")
    assert set(by_kind.index) == {"person", "institution"}
    assert math.isclose(by_kind["word_share"].sum(), 1.0)
    assert by_kind.loc["institution", "speakers"] == 1  # Kyiv
    assert a.voice_by("gender").set_index("gender").loc["male", "speakers"] == 4
