from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.segment import blocks, count_words, segment, sentences_in, tokens


def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text).sentences]


def test_every_sentence_span_slices_back_to_its_text(sample_text):
    seg = segment(sample_text)
    assert len(seg.sentences) == 27
    for s in seg.sentences:
        piece = sample_text[s.start:s.end]
        assert piece == piece.strip() and piece
        p = seg.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end


def test_sample_headings_are_not_sentences(sample_text):
    seg = segment(sample_text)
    heads = [sample_text[h.start:h.end] for h in seg.headings]
    assert heads[0] == "Ukraine War and Kursk Region"
    assert "Condemnation of Ukrainian ‘Terrorist Acts’" in heads
    assert len(heads) == 6
    assert len(seg.paragraphs) == 13
    sentence_texts = {sample_text[s.start:s.end] for s in seg.sentences}
    assert not sentence_texts & set(heads)


def test_abbreviations_do_not_end_sentences():
    text = ("Lt. Gen. Igor Kirillov was killed. Mr. Smith met U.S. President-elect Donald Trump "
            "on Monday. George W. Bush spoke at 9 a.m. on Tuesday.")
    assert sents(text) == [
        "Lt. Gen. Igor Kirillov was killed.",
        "Mr. Smith met U.S. President-elect Donald Trump on Monday.",
        "George W. Bush spoke at 9 a.m. on Tuesday.",
    ]


def test_abbreviation_at_sentence_end_splits_before_an_opener():
    assert sents("He moved to the U.S. The move was hard.") == [
        "He moved to the U.S.", "The move was hard."]


def test_decimals_and_money_do_not_split():
    assert sents("Growth was 3.5 percent. It cost $1.2 billion.") == [
        "Growth was 3.5 percent.", "It cost $1.2 billion."]


def test_closing_quote_stays_with_sentence_and_lowercase_continues():
    text = "“Why not?” he asked. “We will win.” She left."
    assert sents(text) == ["“Why not?” he asked.", "“We will win.”", "She left."]


def test_quote_spanning_sentences_splits_inside_but_keeps_offsets():
    text = "“There is no logic. They are losing,” he said."
    out = sents(text)
    assert out == ["“There is no logic.", "They are losing,” he said."]


def test_title_and_headings():
    text = "Storm Hits Coast\nThe storm hit on Monday.\nDamage Report\nRoofs were torn off."
    kinds = [b.kind for b in blocks(text)]
    assert kinds == ["title", "paragraph", "heading", "paragraph"]
    assert segment(text).title_text == "Storm Hits Coast"


def test_single_line_text_is_body_not_title():
    assert [b.kind for b in blocks("Just one line")] == ["paragraph"]


def test_crlf_offsets_are_kept():
    text = "First para here.\r\n\r\nSecond one.\r\n"
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == ["First para here.", "Second one."]


def test_tokens_and_words():
    text = "U.S. troops, Putin’s men: 3.5 km."
    toks = [text[a:b] for a, b in tokens(text)]
    assert "Putin’s" in toks and "3.5" in toks and "," in toks
    assert count_words(text) == 6  # U.S, troops, Putin’s, men, 3.5, km


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?“”\"\nAZ’'0")), max_size=200))
def test_sentences_always_slice_back(text):
    for s in segment(text).sentences:
        piece = text[s.start:s.end]
        assert piece and piece == piece.strip()
    for s in sentences_in(text, 0, len(text)):
        assert 0 <= s.start < s.end <= len(text)


def test_wire_datelines_are_their_own_block():
    cases = {
        "DENVER (AP) — The council met.": "DENVER (AP) —",
        "KYIV, Ukraine (AP) — Russia struck.": "KYIV, Ukraine (AP) —",
        "WASHINGTON, Jan. 5 (Reuters) - Officials said so.": "WASHINGTON, Jan. 5 (Reuters) -",
        "NEW YORK -- A man said so.": "NEW YORK --",
        "ASUNCIÓN, Paraguay (AP) — A candidate conceded.": "ASUNCIÓN, Paraguay (AP) —",
        "LA PAZ, Bolivia (AP) - Congress voted.": "LA PAZ, Bolivia (AP) -",
        "DOUGLAS, Isle of Man (Reuters) - Doctors warned.": "DOUGLAS, Isle of Man (Reuters) -",
        "PORT OF SPAIN, Trinidad and Tobago (AP) — Police said so.":
            "PORT OF SPAIN, Trinidad and Tobago (AP) —",
        "DILI, Timor-Leste (Reuters) - Timor-Leste will not approve it.":
            "DILI, Timor-Leste (Reuters) -",
        "BISSAU, Guinea-Bissau, Oct. 5 (Reuters) - Officers said so.":
            "BISSAU, Guinea-Bissau, Oct. 5 (Reuters) -",
    }
    for text, dateline in cases.items():
        s = segment(text)
        assert [b.kind for b in s.blocks] == ["dateline", "paragraph"]
        assert text[s.blocks[0].start:s.blocks[0].end] == dateline
        assert text[s.sentences[0].start:].startswith(text[len(dateline) + 1:])
    for text in ("NATO — the alliance — said so.", "The UN - and NATO - said so."):
        assert [b.kind for b in segment(text).blocks] == ["paragraph"]


def test_the_tokens_of_any_range_are_those_of_tokenizing_that_range(sample_text):
    from toolkit.mentions import Tokens

    text = sample_text
    for start, end in [(0, len(text)), (5, 120), (17, 18), (100, 2000), (2001, 2003),
                       (len(text) - 50, len(text)), (text.index("Putin"), text.index("Putin") + 3)]:
        got, want = Tokens.of(text, start, end), Tokens._make(text, start, end)
        assert (got.spans, got.low, got.caps) == (want.spans, want.low, want.caps), (start, end)


def test_a_lower_case_word_that_spells_a_state_abbreviation_ends_a_sentence():
    from toolkit.segment import segment
    text = ("A passenger said the crew had been slow when the first people fell ill. "
            "“By then half the ship was sick,” she said.")
    assert len(segment(text).sentences) == 2
    text = "He lives in Springfield, Ill. He moved there in 2001."
    assert len(segment(text).sentences) == 2


def test_a_dateline_after_a_headline_the_title_test_misses_is_its_own_block():
    text = ("Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\n"
            "WASHINGTON -- President Obama dedicated the museum on Saturday.\n")
    kinds = [(b.kind, text[b.start:b.end]) for b in blocks(text)]
    assert ("dateline", "WASHINGTON --") in kinds
    long_first = ("A first paragraph that runs on " * 6 +
                  "and ends here.\n\nPARIS - Not a dateline.\n")
    assert "dateline" not in [b.kind for b in blocks(long_first)]


def test_a_quotation_after_a_time_of_day_opens_a_sentence():
    text = 'Drilling went on until 2 a.m. "People have not slept," she said.'
    assert sents(text) == ["Drilling went on until 2 a.m.", '"People have not slept," she said.']
    assert len(sents("The meeting starts at 8 p.m. Monday in the town hall.")) == 1


def test_a_dateline_in_latin_extended_capitals_is_its_own_block():
    for text, dateline in {"PELHŘIMOV, Czech Republic (Reuters) - A town voted.":
                           "PELHŘIMOV, Czech Republic (Reuters) -",
                           "ŁÓDŹ, Poland (AP) — Workers struck.": "ŁÓDŹ, Poland (AP) —"}.items():
        first = blocks(text)[0]
        assert (first.kind, text[first.start:first.end]) == ("dateline", dateline)


def test_a_romanian_dateline_in_latin_extended_b_capitals_is_its_own_block():
    text = "TÂRGU MUREȘ, Romania (Reuters) - The city will fine residents."
    first = blocks(text)[0]
    assert (first.kind, text[first.start:first.end]) == ("dateline",
                                                         "TÂRGU MUREȘ, Romania (Reuters) -")
