"""Small questions about the mentions around a position: the group a mention opens, whether it is named as
a place, a clause's subject, whether a mention reads as an agent, who owns the word at a position.

Why a module of its own: every rule family asks these; they read only the sentence and the mention lists.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.actors import Mention
from analysis.linking.vocabulary import _COMPOUND_JOINS, _LOCATIVE

# The clause a decider is the subject of begins after a verb of saying or announcing and its "that": "The
# United States says that Russia and Ukraine agree to cease all military attacks"
# (without "that" only before a name: "Qatar announces Israel and Hamas have agreed to stop the fighting", not
# "Mexico confirms it has suspended all shipments of fuel to Cuba to avoid punitive tariffs")
_REPORT_OPENS = re.compile(r"\b(?:says?|said|states?|stated|announces?|announced|claims?|claimed|reports?|reported|"
                           r"confirms?|confirmed|adds?|added|tells?|told)\b(?:(?:\s+\w+){0,3}?\s+that\b|"
                           r"(?=\s+(?:the\s+)?[A-Z]))|\bthat\b")

_LOCATIVE_REACH = 16


def _actor_at(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
              places: set[int], at: int) -> frozenset[str]:
    """Who does the word at ``at``: the actors right before it ("the US exit", "Russia's withdrawal", "the U.S.
    proposal"), else its clause's subject, the first actor after the last "that" (or verb of saying before a name)
    before it, or the sentence's first; none when no actor stands before it."""
    limit = bisect_left(starts, at)
    if not limit:
        return frozenset()
    if sentence[ends[limit - 1]:at].strip() in ("", "'s", "\u2019s"):
        first = limit - 1
        while first and joined[first]:
            first -= 1
        return frozenset(codes[first:limit])
    opens = [m.end() for m in _REPORT_OPENS.finditer(sentence, 0, at)]
    first = bisect_left(starts, opens[-1]) if opens else 0
    return _subject(sentence, starts, codes, joined, first, limit, places)


# links-175: a seeking owned by a possessive pronoun ("accuses Brazil and China of using their proposed peace plan for
# ending the Russo-Ukrainian War") is the pronoun's referent's: the nearest actors before it ("its", "his", "her" one
# actor, "their" any); talks "with" a counterpart ("announced the opening of peace talks with Russia on ending the
# war") are sought by the nearest actors before them, not by the counterpart or an earlier clause's subject.
_OWNED_SEEKING = re.compile(r"\b(?P<pronoun>its|their|his|her)\s+(?:(?:own|new|proposed|joint|latest|revised|"
                            r"twelve-point|\d+-point|so-called)\s+){0,2}$", re.IGNORECASE)
# (only for a referent a preposition or a gerund separates from the pronoun; a subject's own is the clause's)
_OWNER_NOT_SUBJECT = re.compile(r"\b(?:of|for|to|by|with|on|from|[a-z]+ing)\b", re.IGNORECASE)
_SEEKING_WITH = re.compile(r"(?:talks|negotiations)\s+with\b", re.IGNORECASE)


def _owner_at(sentence: str, ends: list[int], codes: list[str], joined: list[bool], at: int,
              seeking: str) -> frozenset[str]:
    """The owner of the seeking at ``at`` a possessive pronoun or a "with" names (``_OWNED_SEEKING``,
    ``_SEEKING_WITH``): the nearest actors before it; none when neither names it."""
    owned = _OWNED_SEEKING.search(sentence, max(0, at - 60), at)
    if owned is None and _SEEKING_WITH.match(seeking) is None:
        return frozenset()
    before = owned.start() if owned is not None else at
    last = bisect_right(ends, before)
    if owned is not None and (not last or _OWNER_NOT_SUBJECT.search(sentence, ends[last - 1], before) is None):
        return frozenset()  # (the subject's own: "the United States and Israel announce their plans to withdraw")
    while last:
        first = last - 1
        while first and joined[first]:
            first -= 1
        if owned is None or owned.group("pronoun").lower() == "their" or last - first == 1:
            return frozenset(codes[first:last])
        last = first
    return frozenset()


def _agent_form(sentence: str, mention: Mention) -> bool:
    """Whether ``mention`` reads as an act's agent when it stands before the act: a person, a possessive
    ("Israel's"), a demonym ("Israeli", "Russian": the state's name with another ending) or an
    abbreviation ("U.S."); not a territory's name used as a place ("the Gaza genocide")."""
    text, name = mention.text, mention.name
    return (mention.kind == "person" or sentence.startswith(("'s", "\u2019s"), mention.end)
            or (text != name and text[:3] == name[:3]) or text.replace(".", "").isupper())


def _words_between(sentence: str, start: int, end: int) -> int:
    return len(sentence[max(0, start):end].split())


def _placed(sentence: str, starts: list[int], i: int, places: set[int]) -> bool:
    """Whether mention ``i`` is named as a place: after a locative word, or closing a chain of places."""
    return i in places or _LOCATIVE.search(sentence, max(0, starts[i] - _LOCATIVE_REACH), starts[i]) is not None


# links-176: a sentence opening on a noun (no preposition) and a place ("Police in Baku, Azerbaijan, raid …",
# "Protesters in Iran") names that place's people as its subject, as the slot's rule for the act's own source does
_PEOPLE_IN_PLACE = re.compile(r"(?!(?:In|At|On|During|After|Before|Following|Near|Across|Throughout|Inside|Outside|"
                              r"From|Amid|Despite|Since|Until|As|While|When)\b)[A-Z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                              r"(?:in|near|at|inside|outside)\s+(?:the\s+)?$")
# a place's name and the comma before its state's ("in Kyiv, Ukraine")
_PLACE_COMMA = re.compile(r"[^,;]*,\s*")


def _subject(sentence: str, starts: list[int], codes: list[str], joined: list[bool], first: int,
             limit: int, places: set[int]) -> frozenset[str]:
    """The first actor among mentions [first, limit) not named as a place, with the actors joined to it.  A state
    named after a comma right behind a place of its own is that place's state ("During a meeting in Kyiv, Ukraine,
    Prime Minister of India Narendra Modi urges …": India is the subject)."""
    placed_before = -1
    for s in range(first, limit):
        if _placed(sentence, starts, s, places) or (
                s > first and placed_before == s - 1 and codes[s] == codes[s - 1]
                and _PLACE_COMMA.fullmatch(sentence, starts[s - 1], starts[s]) is not None):
            if s == 0 and _PEOPLE_IN_PLACE.match(sentence, 0, starts[s]) is not None:
                return frozenset(codes[:1])  # (links-176: "Police in Baku, Azerbaijan, raid …": the place's people)
            placed_before = s
            continue
        t = s + 1
        while t < limit and joined[t]:
            t += 1
        return frozenset(codes[s:t])
    return frozenset()


def _group_end(joined: list[bool], i: int) -> int:
    """The index after mention ``i`` and the mentions joined after it."""
    t = i + 1
    while t < len(joined) and joined[t]:
        t += 1
    return t


def _group(codes: list[str], joined: list[bool], i: int) -> list[str]:
    """The codes of mention ``i`` and the mentions joined after it ("Israel and Hamas")."""
    t = i + 1
    while t < len(codes) and joined[t]:
        t += 1
    return codes[i:t]


def _compound(sentence: str, starts: list[int], ends: list[int], first: int, last: int) -> bool:
    """Whether mentions [first, last), which stand right before a cue, are joined by hyphens, dashes or
    slashes alone: one compound word naming the act's parties."""
    return all(sentence[ends[i - 1]:starts[i]].strip() in _COMPOUND_JOINS for i in range(first + 1, last))
