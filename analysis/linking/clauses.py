"""Where a sentence's clauses end: the breaks every rule counts clauses by.

Why a module of its own: a cue's actors are sought within its clause, and the breaks (punctuation and words such as
"but", "which", "while") are the one thing every rule family reads; a short bracketed aside ends no clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Clause breaks: these characters (a comma or dash only before a space) and these words.  The words
# are found with str.find on the lower-cased sentence: a regular expression of alternatives tried at
# every character cost more than the rest of the linking together.
_BREAK_MARKS = re.compile(r"[;:()\[\]\u2014\u2013,-]")
_BREAK_WORDS = ("but", "while", "whereas", "however", "although", "though", "which", "who", "whom", "whose",
                "where", "when")
_BREAK = re.compile(r"[;:()\[\]\u2014]|,(?=\s)|\s(?=[\u2013-]\s)|\b(?:" + "|".join(_BREAK_WORDS) + r")\b", re.IGNORECASE)

# A bracketed aside of up to three words and no clause of its own ("(DMZ)", "(US$327 million)") does
# not end the clause around it.
_ASIDE_CHARS = 40
_SHORT_ASIDE = re.compile(r"\s*[^\s,;:()\[\]]+(?:\s+[^\s,;:()\[\]]+){0,2}\s*")


def _clause_start(breaks: list[int], clause: int) -> int:
    """Where clause number ``clause`` begins: the break before it, or -1 for the sentence's first."""
    return breaks[clause - 1] if clause else -1


def clause_breaks(sentence: str, lowered: str | None = None) -> list[int]:
    """Offsets where a clause ends in ``sentence``, in order; ``lowered`` is ``sentence.lower()``."""
    lowered = sentence.lower() if lowered is None else lowered
    if len(lowered) != len(sentence):  # offsets would shift (e.g. "İ"): the slower pattern
        return _past_asides(sentence, [m.start() for m in _BREAK.finditer(sentence)])
    n = len(sentence)
    out = []
    for m in _BREAK_MARKS.finditer(sentence):
        at = m.start()
        mark = sentence[at]
        if mark == ",":
            if at + 1 < n and sentence[at + 1].isspace():
                out.append(at)
        elif mark in "-\u2013":
            if 0 < at < n - 1 and sentence[at - 1].isspace() and sentence[at + 1].isspace():
                out.append(at - 1)
        else:
            out.append(at)
    words = _word_positions(lowered, _BREAK_WORDS)
    if words:
        out += words
        out.sort()
    return _past_asides(sentence, out)


def _past_asides(sentence: str, breaks: list[int]) -> list[int]:
    """``breaks`` without the brackets of a short aside: "in the Korean Demilitarized Zone (DMZ) in
    accordance with agreements made with South Korea" is one clause, North Korea its source."""
    if "(" not in sentence:
        return breaks
    drop: set[int] = set()
    for i, at in enumerate(breaks[:-1]):
        # the aside's closing bracket is the next break: an aside holding a clause of its own
        # ("(which denies it)") still breaks
        close = breaks[i + 1]
        if (sentence[at] == "(" and sentence[close] == ")" and close - at <= _ASIDE_CHARS
                and _SHORT_ASIDE.fullmatch(sentence, at + 1, close)):
            drop.update((at, close))
    return [b for b in breaks if b not in drop] if drop else breaks


def _word_positions(lowered: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` stands as a whole word in ``lowered``, in order."""
    n = len(lowered)
    out = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lowered[at - 1].isalnum()) and (end == n or not lowered[end].isalnum()):
                out.append(at)
            at = lowered.find(word, end)
    if len(words) > 1:
        out.sort()
    return out
