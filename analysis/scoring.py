"""One scored piece of text: sentiment, tension and the cues that explain the tension."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.actors import load_dictionary
from analysis.sentiment import sentiment
from analysis.tension import Cue, CueLexicon, combine, default_lexicon, lexicon_cues, without_disaster_casualties
from analysis.word_model import WordModel, default_model, for_learned_words, names_masked


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


def tension_cues(text: str, lexicon: CueLexicon | None = None, model: WordModel | None = None,
                 masked: str | None = None) -> list[Cue]:
    """Every contribution to ``text``'s tension: the lexicon's cues, then the learned words' cues.

    ``masked``: ``text`` with actor names blanked, when the caller has it (see word_model)."""
    return tension_cues_each([text], [masked], lexicon, model)[0]


def tension_cues_each(texts: Sequence[str], masked: Sequence[str | None], lexicon: CueLexicon | None = None,
                      model: WordModel | None = None) -> list[list[Cue]]:
    """``tension_cues`` of each text: the lexicon runs over all of them, then the learned words.

    One matcher at a time keeps its compiled pattern and tables in the CPU cache (see
    pipeline.articles_rows)."""
    lexicon = lexicon or default_lexicon()
    model = default_model() if model is None else model
    found = [lexicon_cues(text, lexicon) for text in texts]
    masks = [names if names is not None or not (cues or model.weights) else names_masked(text)
             for text, names, cues in zip(texts, masked, found)]
    found = [outside_names(cues, names) for cues, names in zip(found, masks)]
    # The learned words never read a word the lexicon counted (see word_model.for_learned_words).
    learned = [without_disaster_casualties(model.cues(text, for_learned_words(text, cues, names)), text, lexicon)
               if model.weights else [] for text, names, cues in zip(texts, masks, found)]
    return [cues + above_floor(cues, words) for cues, words in zip(found, learned)]


def outside_names(cues: list[Cue], masked: str | None) -> list[Cue]:
    """``cues`` less those that lie inside an actor's name (blanked in ``masked``).

    A name is no act: "Cooperation" of the Gulf Cooperation Council, "Fund" of the International
    Monetary Fund.  A cue that starts before a name and runs into it ("released three Israeli
    hostages") is kept, and so is one that starts inside a name and runs out of it: "U.S. military"
    is a name, "military aid" the act of "pauses all U.S. military aid to Ukraine"."""
    if not cues or masked is None:
        return cues
    kept = []
    for c in cues:
        if masked[c.start] != " ":
            kept.append(c)
        elif masked[c.end - 1] != " ":
            # the act begins where the name ends: its actor stands before it, as "Israeli" before "strikes"
            start = c.end - len(masked[c.start:c.end].lstrip(" "))
            kept.append(c._replace(term=masked[start:c.end], start=start))
    return kept


#: A sentence whose only cues are learned words, summing to less than this in absolute value, scores 0:
#: a statement with no conflict or cooperation cue stays neutral instead of taking a small number from
#: words like "phone" or "citing".  Chosen on the news fit split (python -m analysis.evaluate prints the
#: share of neutral sentences scoring exactly 0; python -m scripts.compare_fits --floor F compares floors).
#: Raised from 0.3 when the learned words were fitted with less penalty: more words, so more neutral
#: sentences collected a small sum of them.
LEARNED_FLOOR = 0.5


def above_floor(lexicon: Sequence[Cue], learned: list[Cue]) -> list[Cue]:
    """``learned`` unless it is all a sentence without lexicon cues has and sums below LEARNED_FLOOR."""
    if lexicon or not learned or abs(sum(c.weight for c in learned)) >= LEARNED_FLOOR:
        return learned
    return []


def scorer_version(lexicon: CueLexicon | None = None, model: WordModel | None = None) -> str:
    """Names the lexicon and weights that produced a score, for stamping stored results."""
    # The learned words are read with the built-in dictionary's names blanked: its version is part of the scorer.
    return (f"{(lexicon or default_lexicon()).version}+words-{(model or default_model()).version}"
            f"+names-{load_dictionary().version}")


def score_text(text: str) -> TextScore:
    """Score ``text`` (a sentence, usually): VADER sentiment, cue-based tension, and the cues."""
    cues = tension_cues(text)
    return TextScore(sentiment(text), combine(cues), cues)
