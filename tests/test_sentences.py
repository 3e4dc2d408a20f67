import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sentences import keeps_all_text, split_sentences
from analysis.text import normalise


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


# Newswire conventions, in the style of Reuters-21578: a story ends without a full stop, so each
# convention must end the sentence before it, and none is part of a sentence.
DIGEST = """JAPAN, U.S. AGREE ON CHIP TARIFFS
TOKYO, March 3 - Japan and the U.S. agreed to cut tariffs on semiconductors, trade officials said
 REUTER
 - - - -
BRAZIL WARNS ARGENTINA OVER BEEF
BRASILIA, March 3 - Brazil warned Argentina it would retaliate against new beef quotas
 - - - -
Kenya and Uganda signed a rail accord on Tuesday - - - Iran threatened Israel with reprisals
 Reuter
"""


def test_a_digest_splits_at_every_separator_and_sign_off():
    assert sentences(DIGEST) == [
        "JAPAN, U.S. AGREE ON CHIP TARIFFS",
        "Japan and the U.S. agreed to cut tariffs on semiconductors, trade officials said",
        "BRAZIL WARNS ARGENTINA OVER BEEF",
        "Brazil warned Argentina it would retaliate against new beef quotas",
        "Kenya and Uganda signed a rail accord on Tuesday",
        "Iran threatened Israel with reprisals",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (Reuters) - China criticised Canada on Monday.", ["China criticised Canada on Monday."]),
        ("TOKYO, Nov 21 (Reuters) - Japan met India.", ["Japan met India."]),
        ("Washington, Sept. 4 (AP) -- Russia and Ukraine traded accusations.",
         ["Russia and Ukraine traded accusations."]),
        ("By Jane Doe\nLONDON, March 3 - Britain and France agreed on quotas.", ["Britain and France agreed on quotas."]),
        # Line breaks lost (JSON exports): the sign-off and the dateline still end and open stories.
        ("Egypt and Sudan met, officials said REUTER CAIRO, March 4 - Libya warned Chad.",
         ["Egypt and Sudan met, officials said", "Libya warned Chad."]),
        ("Talks ended on Friday. Reuter LONDON, March 3 - Italy met Spain.", ["Talks ended on Friday.", "Italy met Spain."]),
        ("Britain and France agreed, the ministry said.\n(Reporting by Jane Doe; Editing by John Smith)\n"
         "Chile and Peru signed a deal", ["Britain and France agreed, the ministry said.", "Chile and Peru signed a deal"]),
        ("India and Pakistan talked\n---\nCuba and Mexico traded", ["India and Pakistan talked", "Cuba and Mexico traded"]),
    ],
)
def test_datelines_bylines_and_sign_offs_open_or_end_stories_and_belong_to_none(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    ["NATO - Russia council meets in Brussels.", "US - China talks resume.", "By contrast, China said no.",
     "He cited Reuters and AP reports.", "Prices rose 3 - 4 percent."],
)
def test_prose_that_looks_like_newswire_stays_whole(text):
    assert sentences(text) == [text]


STORY_SENTENCES = ["Japan and China held talks", "Russia warned Ukraine.", "The U.S. Navy sailed", "Prices rose 3 - 4 percent",
                   "He said \u201cno.\u201d", "Mr. Smith met Gen. Lee in Jan. 2024"]
DATELINES = ["", "TOKYO, March 3 - ", "WASHINGTON (Reuters) - ", "London, Nov. 21 (AP) -- "]
SEPARATORS = ["\n - - - -\n", " - - - ", "\n---\n", "\n REUTER\n", " REUTER ", "\nReuter\n",
              "\n(Reporting by Jane Doe; Editing by John Smith)\n", "\nBy Jane Doe\n"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATELINES), st.lists(st.sampled_from(STORY_SENTENCES), min_size=1, max_size=3),
                          st.sampled_from(SEPARATORS)), min_size=1, max_size=5))
def test_no_sentence_reaches_across_a_newswire_separator(stories):
    text, ranges = "", []
    for dateline, body, separator in stories:
        begin = len(text) + len(dateline)
        text += dateline + " ".join(body)
        ranges.append((begin, len(text)))
        text += separator
    spans = split_sentences(text)
    for a, b in spans:
        assert text[a:b] == text[a:b].strip() and text[a:b]
        assert any(begin <= a and b <= end for begin, end in ranges), (text[a:b], text)


_PIECES = ["China", "Japanese", " ", "\n", "\n\n", ".", "!", "?", "\"", ")", "(", "-", " - ", "- - - -", "---", "REUTER",
           "Reuter", "(Reporting by Jane Doe)", "\nBy John Smith\n", "TOKYO, March 3 -", "WASHINGTON (Reuters) -", "U.S.",
           "Mr.", "No.", "etc.", "e", "x" * 1990, "The", "\u2026", "\u201c", "\u00a0", "_", "3", "al."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_sentences_start_and_end_between_words(parts):
    # actors.ActorDictionary.may_pair relies on it: a name scan of the sentences' range then
    # finds no one-word name the whole-text scan does not.
    text = "".join(parts)
    spans = split_sentences(text)
    norm = normalise(text)
    if spans:
        first, last = spans[0][0], spans[-1][1]
        assert first == 0 or not re.match(r"[^\W_]", norm[first - 1])
        assert last == len(norm) or not re.match(r"[^\W_]", norm[last])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_a_text_that_keeps_all_its_text_has_every_character_but_white_space_in_a_sentence(parts):
    # pipeline.pair_sentences_each relies on it: the whole-text name scan then holds every name the
    # sentences hold, and a text whose names cannot pair is not split.
    text = "".join(parts)
    norm = normalise(text)
    spans = split_sentences(text)
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    left_out = [i for i, char in enumerate(norm) if i not in covered and not char.isspace()]
    if keeps_all_text(norm):
        assert not left_out, (text, left_out)


def test_newswire_marks_and_datelines_are_what_makes_the_splitter_leave_text_out():
    assert keeps_all_text("China and Japan met. Russia said so.")
    for text in ("TOKYO, March 3 (Reuters) - Japan spoke.", "Japan spoke.\nREUTER", "Japan spoke.\nBy Jane Doe\nChina.",
                 "Japan spoke. - - - - China spoke."):
        assert not keeps_all_text(normalise(text))
        kept = "".join(text[a:b] for a, b in split_sentences(text))
        assert len("".join(kept.split())) < len("".join(text.split())), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", "\n", " ", "\t", '"', "'", ")", "]", "(", "a", "A", "x.", "\n\n",
                                 " - ", "LONDON, Jan. 3 -", "TOKYO (Reuters) -", "New York, March 3 --"]),
                max_size=30).map("".join))
def test_the_boundary_pattern_finds_what_its_plain_alternatives_find(text):
    from analysis.sentences import _BOUNDARY, _BOUNDARY_SOURCE

    plain = re.compile(_BOUNDARY_SOURCE)
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)]
