"""Character-level normalisation shared by every scorer.

News text arrives with curly quotes, typographic dashes and invisible characters.  VADER and the
cue matcher both work on words, and a word glued to a curly quote (the seed's “great talk”) is a
word they cannot see.  Every substitution here maps one character to one character, so offsets
found in the normalised text index the original text unchanged: that is what lets the dashboard
highlight the exact words behind a score.
"""

from __future__ import annotations

import re

_ONE_TO_ONE = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u2026": ".",  # an ellipsis ends a sentence like a full stop
    # Invisible format characters become spaces: they must not glue or split words unseen.
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ",
    "\u200e": " ", "\u200f": " ", "\u202a": " ", "\u202b": " ", "\u202c": " ", "\u202d": " ", "\u202e": " ",
    "\u2066": " ", "\u2067": " ", "\u2068": " ", "\u2069": " ", "\x00": " ",
}
_FOLDS = tuple(_ONE_TO_ONE.items())

#: A word for matching: letters and digits; apostrophes and hyphens separate words, so
#: "Takaichi’s" yields "Takaichi" and "Japan-US" yields "Japan" and "US".
WORD_RE = re.compile(r"[^\W_]+")

# Words the scorers (analysis.tension) and the linking (analysis.linking) both look for around a cue.
#: The forms of "be" that make a participle after them a passive ("were suspended", "was attacked").
BE_FORMS = r"(?:is|are|was|were|be|been|being)"
#: A form of "be" ending the text searched: the cue after it is a passive participle.
BE_BEFORE = re.compile(r"\b" + BE_FORMS + r"\s+$", re.IGNORECASE)
#: "that": a reported clause ("reports that") or a relative one ("sanctions that were lifted").
THAT = re.compile(r"\bthat\b", re.IGNORECASE)
#: Words that deny the act after them: "did not", "never", "no longer" (the patterns built on them add "n't", which
#: takes no word boundary before it): an undoing word denied (analysis.tension), a defence refused (analysis.linking).
NEGATIONS = r"(?:not|never|no longer)"
#: A refusal of the act after it: "refuses", "refused", "refusal", "declines to".
REFUSALS = r"(?:refus|declin)\w*"


def normalise(text: str) -> str:
    """Return ``text`` with typography folded to ASCII look-alikes, same length, same offsets."""
    if text.isascii() and "\x00" not in text:  # NUL is the one ASCII key: most text needs no pass
        return text
    # One replace per character present, not str.translate: translate looks every character up in
    # a dict (100 µs for the seed article), the scans and replaces run in C (2 µs).  Order does not
    # matter: no replacement is itself a key.
    for typographic, plain in _FOLDS:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def words(text: str) -> list[str]:
    """The words of ``text`` as the matchers see them (used to compile dictionary entries)."""
    return WORD_RE.findall(normalise(text))
