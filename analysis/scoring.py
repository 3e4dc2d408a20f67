"""One scored piece of text: sentiment, tension and the cues that explain the tension."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.sentiment import sentiment
from analysis.tension import Cue, combine, default_lexicon, lexicon_cues


@dataclass(frozen=True)
class TextScore:
    sentiment: float
    tension: float
    cues: list[Cue] = field(default_factory=list)

    @property
    def conflict(self) -> float:
        """Sum of the conflict-side contributions (>= 0)."""
        return sum(c.weight for c in self.cues if c.weight > 0)

    @property
    def cooperation(self) -> float:
        """Sum of the cooperation-side contributions, as a positive number."""
        return -sum(c.weight for c in self.cues if c.weight < 0)


def score_text(text: str) -> TextScore:
    """Score ``text`` (a sentence, usually): VADER sentiment, cue-based tension, and the cues."""
    cues = lexicon_cues(text, default_lexicon())
    return TextScore(sentiment(text), combine(cues), cues)
