"""VADER sentiment on normalised text.

VADER strips ASCII punctuation from word edges, not curly quotes: “great talk” would hide
"great".  The text is normalised first (analysis.text), then scored as is.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.text import normalise


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER's compound score of ``text`` in [-1, 1]."""
    return float(_analyzer().polarity_scores(normalise(text))["compound"])
