"""Venues and hosts: talks or a deal "in" a place, a deployment's destination, the parties "between" or
"with" named after a venue.

Why a module of its own: a place where talks happen or forces are deployed is no counterpart of the act ("sign a
unity deal in Cairo", "deploy surveillance aircraft to Japan"), but "talks in Qatar between the United States and
the Taliban" are theirs; these rules decide which actors a venue or a host passes over.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.actors import Mention
from analysis.linking.coordination import _POSSESSIVE_S
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _group_end

# "Australia and Canada deploy surveillance aircraft to Japan", "3,000 U.S. troops are deployed in Poland": the
# destination of a deployment hosts it, no target of it (on WCEP most destinations are allies: docs/NOTEBOOK.md).
# A deploy verb between the act's source and the cue (or the cue itself), then what is deployed, then "to", "in"
# or "at" right before the actor, maybe after a chain of places ("to Kadena Air Base in Okinawa Prefecture,
# Japan"); not "into", "against", "near", "off the coast of", "the border with" or a cause ("in response to").
_DEPLOY = re.compile(r"\bdeploy\w*", re.IGNORECASE)
_DESTINATION = re.compile(r"(?:\s+(?!(?:against|with|near|off|into|toward|towards|from|targeting|along|by|if|than|"
                          r"response|reaction|retaliation|due|close|closer|next|threats?|opposition|solidarity|"
                          r"according|respond|responding|that)\b)[\w'\u2019.()-]+){0,12}?"
                          r"\s+(?:to|in|at)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|the|in))*\s*,\s+)?")
# ... but a border named with the state is the front ("deploy border guards at the Belarus–Latvia border")
_BORDER_AFTER = re.compile(r"(?:\s*[-\u2013/]\s*(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)?\s+borders?\b")

# Between talks and their venue: "summit in| Singapore", "talks in Doha,| Qatar"
_VENUE_GAP = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*\s*,\s+)?")


def _venue_of_talks(facts: _SentenceFacts, cue_end: int, place_at: int) -> bool:
    """Whether talks or a deal after a cue ending at ``cue_end`` stand right before the place at ``place_at``: the
    place is their venue."""
    talks = facts.talks_end
    i = bisect_right(talks, cue_end)
    return i < len(talks) and talks[i] < place_at and any(
        _VENUE_GAP.fullmatch(facts.sentence, end, place_at) is not None for end in talks[i:bisect_left(talks, place_at)])


def _hosted(sentence: str, mention: Mention, lo: int, source_end: int, ce: int, target_at: int,
            target_end: int) -> bool:
    """Whether ``mention``, the first actor after a conflict cue at ``sentence[cs:ce]``, is the destination of a
    deployment ("deploy surveillance aircraft to Japan", "troops are deployed in Poland"): a deploy verb from the
    clause's last actor before the cue (``source_end``; ``lo``: the clause's start) through the cue (ending at
    ``ce``), and only
    what is deployed and "to", "in" or "at" between the cue and the actor.  A state's region ("to Syria's Idlib
    Governorate"), a demonym ("to Russian-occupied territories") or its border ("at the Belarus–Latvia border")
    names a place held or a front, not a host."""
    if _DEPLOY.search(sentence, max(lo, source_end), ce) is None or not _DESTINATION.fullmatch(sentence, ce, target_at):
        return False
    text, name = mention.text, mention.name
    return (not sentence.startswith(_POSSESSIVE_S, target_end) and not _BORDER_AFTER.match(sentence, target_end)
            and not (text != name and not text.replace(".", "").isupper()))


def _between_after_venue(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
                         mutual_at: list[int], venue: int, last: int) -> frozenset[str]:
    """The actors named after "between" right after a venue (mentions from ``venue`` on), as codes; or none."""
    t = venue + 1
    while t < last and joined[t]:
        t += 1
    if t >= last:
        return frozenset()
    i = bisect_left(mutual_at, ends[t - 1])
    if i == len(mutual_at) or mutual_at[i] > starts[t] or sentence[ends[t - 1]:mutual_at[i]].strip(" ,"):
        return frozenset()
    u = t + 1
    while u < last and joined[u]:
        u += 1
    return frozenset(codes[t:u])


# ... "with" and the counterparts (their officials "from" them) right after the venue
_WITH_AFTER_VENUE = re.compile(r"\s*,?\s+with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:from\s+(?:the\s+)?)?")


def _with_after_venue(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
                      venue: int, last: int) -> frozenset[str]:
    """The actors named after "with" right after a venue (mentions from ``venue`` on), as codes; or none: "a summit
    in Bogotá with migration officials from Peru and Ecuador" is held with Peru and Ecuador."""
    t = _group_end(joined, venue)
    if t >= last or _WITH_AFTER_VENUE.fullmatch(sentence, ends[t - 1], starts[t]) is None:
        return frozenset()
    return frozenset(codes[t:_group_end(joined, t)])
