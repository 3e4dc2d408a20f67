import pytest

from analysis.sentences import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met U.S. officials in Jan. 2024. The talks went well.",
         ["Mr. Smith met U.S. officials in Jan. 2024.", "The talks went well."]),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ("It was in the U.S. The next day, Gen. Lee arrived.", ["It was in the U.S.", "The next day, Gen. Lee arrived."]),
        ("The U.S. Navy sailed. China protested.", ["The U.S. Navy sailed.", "China protested."]),
        ("He said \u201cgreat talk.\u201d Then he left!", ["He said \u201cgreat talk.\u201d", "Then he left!"]),
        ('"Are you sure?" she asked. Yes.', ['"Are you sure?" she asked.', "Yes."]),
        ("Dr. A. B. Jones (Ret.) spoke. It rained.", ["Dr. A. B. Jones (Ret.) spoke.", "It rained."]),
        ("See No. 10 Downing Street. He said no. Then left.", ["See No. 10 Downing Street.", "He said no.", "Then left."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
        ("Wait\u2026 What happened?", ["Wait\u2026", "What happened?"]),
    ],
)
def test_hard_cases_split_where_a_reader_would(text, expected):
    assert sentences(text) == expected


def test_spans_index_the_original_text_with_curly_punctuation():
    text = "Trump said \u201cgreat talk.\u201d  Takaichi\u2019s reply came."
    for a, b in split_sentences(text):
        assert text[a:b] == text[a:b].strip() and text[a:b]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_has_no_sentences(text):
    assert split_sentences(text) == []
