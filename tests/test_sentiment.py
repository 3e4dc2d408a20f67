"""The fast VADER must give VADER's exact scores: it replaces it for speed only."""

from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.sentiment import sentiment
from analysis.vader_fast import FastSentimentIntensityAnalyzer

PLAIN = SentimentIntensityAnalyzer()
FAST = FastSentimentIntensityAnalyzer()

HARD_CASES = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as \U0001f498 and \U0001f48b and \U0001f601",
    "Not bad at all", "no no good", "never so good", "without doubt great", "the bomb was great",
    "not the shit", "It was not very good, but not terrible either??", "NO. Absolutely NOT good!!!!",
    "Trump did not pressure Takaichi to retract her statements.",
    "China condemned Takaichi's November 7 parliamentary response.", "", "   ", "!!!", "kind of",
]


def test_hard_cases_score_exactly_as_vader():
    for text in HARD_CASES:
        assert FAST.polarity_scores(text) == PLAIN.polarity_scores(text), text
        assert FAST.compound(text) == PLAIN.polarity_scores(text)["compound"], text


WORDS = st.sampled_from(
    "good bad not never no so this without doubt kind of sort very extremely but least at great "
    "horrible attack peace war love hate nor or the a GOOD BAD VERY ! ? :) :( n't isn't "
    "bomb shit ass bus stop yeah right kiss death to die for beating heart just enough".split()
)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join))
def test_generated_word_salads_score_exactly_as_vader(text):
    assert FAST.polarity_scores(text) == PLAIN.polarity_scores(text)
    assert FAST.compound(text) == PLAIN.polarity_scores(text)["compound"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_scores_exactly_as_vader(text):
    assert FAST.polarity_scores(text) == PLAIN.polarity_scores(text)
    assert FAST.compound(text) == PLAIN.polarity_scores(text)["compound"]


def test_typography_does_not_hide_words():
    assert sentiment("a \u201cgreat talk\u201d") == PLAIN.polarity_scores('a "great talk"')["compound"] > 0
