"""The fallen of a fight "with" a foe: "X are killed in fighting with Y" is Y's force on X.

Why a module of its own: "Five Israeli soldiers from the Golani Brigade are killed in fighting with Hezbollah forces in
southern Lebanon" named the Israeli soldiers, the passive's subject, as the source of their own deaths (ISR>LBN), for the
passive's "in" names no agent and the foe stands after "with" (links-242).  Only a casualty word after a form of "be"
and right before "in" a fight "with" an actor named right after it ("with Hezbollah forces", "with a Thai soldier"):
the actors right before the form of "be", in the clause, underwent the fight's force and the death, the foe did them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.scoring import CueLink
from analysis.tension import Cue
from analysis.text import BE_FORMS

_FALLEN_WORD = re.compile(r"(?:killed|wounded|injured|slain)", re.IGNORECASE)
# the form of "be" right before the casualty word (an adverb allowed): "are killed", "have been killed", "were reportedly
# killed"
_FALLEN_BE = re.compile(r"\b" + BE_FORMS + r"\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# after it: another count of the fallen ("and 32 others are wounded"), then "in" the fight "with" and the foe's article
_FALLEN_IN_FIGHT = re.compile(
    r"(?:\s*,?\s+(?:and|while)\s+(?:[\w-]+\s+){0,3}(?:" + BE_FORMS + r"\s+)?(?:killed|wounded|injured))?"
    r"(?:\s+(?:on\s+\w+|overnight|yesterday|today))?"
    r"\s+(?:in|during|amid)\s+(?:an?\s+|the\s+)?(?:(?:heavy|fierce|renewed|new|ongoing|deadly|armed|border|"
    r"cross-border)\s+)*(?P<fight>fighting|clash|clashes|battles?|firefights?|gunfights?|gun\s+battles?|gunbattles?|"
    r"skirmish(?:es)?|exchanges?\s+of\s+fire|exchanges?\s+of\s+gunfire|engagements?)\s+with\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE)
# the foe named right after "with": its mention starts there
_FALLEN_REACH = 220


def _with_fallen(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a casualty word's, and its fight's, source the foe named right after "with" and its target the
    actors right before the passive's form of "be" in the clause (``_FALLEN_IN_FIGHT``); other links as they were."""
    for i, cue in enumerate(cues):
        if links[i].mutual or _FALLEN_WORD.fullmatch(cue.term) is None:
            continue
        if _FALLEN_BE.search(facts.sentence, max(0, cue.start - 24), cue.start) is None:
            continue
        foe = None
        for j in range(bisect_left(facts.starts, cue.end), len(facts.starts)):
            if facts.starts[j] - cue.end > _FALLEN_REACH:
                break
            fight = _FALLEN_IN_FIGHT.fullmatch(facts.sentence, cue.end, facts.starts[j])
            if fight is not None:
                foe = (j, fight)
                break
        if foe is None:
            continue
        j, fight = foe
        last = bisect_left(facts.starts, cue.start) - 1  # the patients: the actors right before the casualty word
        if last < 0 or any(facts.ends[last] <= b < cue.start for b in facts.breaks) or last in facts.places:
            continue
        first = last
        while first > 0 and facts.joined[first]:
            first -= 1
        end = j + 1
        while end < len(facts.joined) and facts.joined[end]:
            end += 1
        patients = frozenset(facts.codes[first:last + 1])
        foes = frozenset(facts.codes[j:end]) - patients
        if not foes or not patients:
            continue
        fight_at = cue.end + fight.start("fight")
        for k, other in enumerate(cues):
            if k == i or other.start == fight_at:
                links[k] = CueLink(foes, patients, False, links[k].deciders)
    return links
