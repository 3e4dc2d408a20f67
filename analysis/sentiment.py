"""VADER sentiment on normalised text.

VADER strips ASCII punctuation from word edges, not curly quotes: “great talk” would hide
"great".  The text is normalised first (analysis.text), then scored by VADER's rules
(analysis.vader_fast gives VADER's exact scores at a fraction of its cost).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.text import normalise
from analysis.vader_fast import FastSentimentIntensityAnalyzer


@lru_cache(maxsize=1)
def _analyzer() -> FastSentimentIntensityAnalyzer:
    return FastSentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER's compound score of ``text`` in [-1, 1]."""
    return float(_analyzer().compound(normalise(text)))
