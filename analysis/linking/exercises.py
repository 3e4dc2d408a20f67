"""Exercises named after their parties in one compound word: the parties' joint show of force, not force between them.

Why a module of its own: a compound of actors right before a cue makes them its parties acting with each other ("the
Russo-Ukrainian war", ``resolve``), which read "Russian–Belarusian military exercises" as a show of force between
Russia and Belarus (+0.40, audit of WCEP pair rows); the two hold them together, as "joint exercises" say (links-239).
Their co-agents stand on one side, as "Russia and Belarus hold military exercises" does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

_EXERCISE_TERM = re.compile(r"(?:[\w-]+\s+)*(?:exercises?|drills?|war\s+games|manoeuvres?|maneuvers?)", re.IGNORECASE)
_JOINT_DASH = re.compile(r"\s*[-\u2013\u2014/]\s*")


def _with_joint_exercises(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a conflict cue of exercises right after a compound of two or more actors ("Russian–Belarusian
    military exercises") linking them on one side, with no target (links-239)."""
    sentence, starts, ends = facts.sentence, facts.starts, facts.ends
    for i, cue in enumerate(cues):
        link = links[i]
        if cue.weight <= 0 or not link.mutual or _EXERCISE_TERM.fullmatch(cue.term) is None:
            continue
        last = bisect_right(ends, cue.start) - 1
        if last < 1 or sentence[ends[last]:cue.start].strip() or facts.codes[last - 1] == facts.codes[last]:
            continue
        if _JOINT_DASH.fullmatch(sentence, ends[last - 1], starts[last]) is None:
            continue
        links[i] = CueLink(link.sources | link.targets, frozenset(), False, link.deciders)
    return links
