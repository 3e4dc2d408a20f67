"""Sentence-wide passes about acts of force: force named as an earlier act's means ("in a" strike), a
retaliation with no target answering the sentence's earlier act, hostages rescued or recovered.

Why a module of its own: each reads the links of other cues of the sentence (the earlier act, the rescue) to set one
cue's link.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _actor_at, _placed, _subject
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

# links-179: hostages rescued or recovered ("Israel recovers the bodies of two hostages in Gaza", "rescues four
# hostages from Gaza") name the holders' hostage-taking, done to the rescuer's side: not the rescuer's act on the place
# or the holders it takes them from
_RESCUING = re.compile(r"\b(?:rescu|recover|retriev|liberat)\w*\s+(?:the\s+)?(?:(?:bodies|body|remains)\s+of\s+)?"
                       r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

# links-201: the holders named after the hostages, "held by jihadists", "held captive by Hamas"
_HELD_BY = re.compile(r"\bheld\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?", re.IGNORECASE)


def _with_rescued(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the hostages a rescue or recovery names (``_RESCUING``) as the act of the actors they were
    held by or in, on the rescuer: the link's sources and targets swapped when its sources are the rescuer's."""
    sentence = facts.sentence
    for i, cue in enumerate(cues):
        link = links[i]
        if (cue.weight <= 0 or not link.sources or link.mutual or not cue.term.lower().startswith(("hostage", "captive"))):
            continue
        found = _RESCUING.search(sentence, max(0, cue.start - 60), cue.start)
        if found is None:
            continue
        held = _HELD_BY.search(sentence, cue.end, min(len(sentence), cue.end + 60))
        if held is not None and (bisect_left(facts.starts, held.end()) == len(facts.starts)
                                 or facts.starts[bisect_left(facts.starts, held.end())] != held.end()):
            continue  # (links-201: held by holders no actor names, "… in Burkina Faso held by jihadists": no place's act)
        limit = bisect_left(facts.starts, found.start())
        rescuers = (_subject(sentence, facts.starts, facts.codes, facts.joined, 0, limit, facts.places)
                    if limit and _placed(sentence, facts.starts, limit - 1, facts.places) else
                    _actor_at(sentence, facts.starts, facts.ends, facts.codes, facts.joined, facts.places,
                              found.start()))
        if rescuers and link.sources <= rescuers:
            links[i] = CueLink(link.targets - rescuers, link.sources, False, link.deciders)
    return links


# A retaliation names the act it answers: "… declares the Indian attacks to be an act of war and vows further
# retaliation" is Pakistan's against India
_RETALIATION = re.compile(r"(?:retaliat|revenge|reprisal|aveng|counter-?attack|counterstrike)", re.IGNORECASE)

# "killed … in an airstrike", "the assassination of … in a targeted killing": an act of force named after "in a"
# right behind an earlier act of force of its clause, words of the means maybe between
# (the words between are the means' modifiers, no "response to" or "role in": reader24)
_MEANS_OF_ACT = re.compile(r"\bin\s+an?\s+(?:(?!response\b|retaliation\b|reprisal\b|part\b|role\b)[a-z][\w-]*\s+){0,2}$")
# ... and the earlier act's clause runs on to it: a relative clause or an involvement between names another act
# ("Israel kills a Hezbollah commander it says was involved in a rocket attack on the Golan Heights")
_NOT_MEANS_BETWEEN = re.compile(r"\b(?:who|whom|which|that|it\s+says|says|said|involved|responsible|behind|accused|"
                                r"suspected|blamed)\b", re.IGNORECASE)
_MEANS_REACH = 40


def _with_means(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the act of force named as the means of an earlier act of force of its clause ("The Israeli
    army says that it killed the deputy head of Hezbollah's Redwan Force … in a strike in Nabatieh, Lebanon", "the
    assassination of General Qasem Soleimani in a targeted killing in Baghdad, Iraq") linked as that act: its
    sources, and its targets besides its own.  The actor nearest before the means is the earlier act's patient
    (Hezbollah, Soleimani), not the means' agent; the place after it (Iraq) stays the means' target, as for an act
    of force anywhere (a strike in Syria concerns Syria), but no longer the patient's counterpart."""
    breaks = facts.breaks
    earlier = -1  # the clause's last act of force with sources
    for i, cue in enumerate(cues):
        if cue.weight <= 0:
            continue
        if (earlier >= 0 and bisect_right(breaks, cues[earlier].start) == bisect_right(breaks, cue.start)
                and (cue.category == "military_action" or _qualifies_force(facts.sentence, cues, i))
                and _MEANS_OF_ACT.search(facts.sentence, max(0, cue.start - _MEANS_REACH), cue.start) is not None
                and _NOT_MEANS_BETWEEN.search(facts.sentence, cues[earlier].end, cue.start) is None):
            act = links[earlier]
            links[i] = CueLink(act.sources, act.targets | (links[i].targets - act.sources))
            continue
        # (another act between breaks the chain: "strikes … in retaliation for the death of an American civil
        # contractor in a rocket attack" is no means of the strikes)
        earlier = i if cue.category == "military_action" and links[i].sources and not links[i].mutual else -1
    return links


def _qualifies_force(sentence: str, cues: Sequence[Cue], i: int) -> bool:
    """Whether cue ``i`` qualifies an act of force right after it ("a targeted killing"; not "a disputed border
    area")."""
    return (i + 1 < len(cues) and cues[i + 1].category == "military_action"
            and _QUALIFIER_GAP.fullmatch(sentence, cues[i].end, cues[i + 1].start) is not None)


_QUALIFIER_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")


# links-229: a threat "of" an act named right after it, a few words between ("threats of Israeli retaliation towards
# Hezbollah", "threats of a "significant air attack" from Russia"): the threat is the act's agent's, against its target
_THREAT_NOUN = re.compile(r"(?:threats?|warnings?|fears?|risk)$", re.IGNORECASE)
_THREAT_OF = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?[\"\u201c]?(?:[\w-]+\s+){0,3}")


# links-252: a threat named as the circumstance of the clause's act ("closes its airspace amidst an imminent threat of
# …", "following U.S. warnings of …") is not what the clause's subject voices
_THREAT_CIRCUMSTANCE = re.compile(r"\b(?:amid|amidst|despite|due\s+to|following|after|because\s+of|over|in\s+response\s+to|"
                                  r"given|under)\s+(?:[\w.'\u2019-]+\s+){0,3}$", re.IGNORECASE)


def _with_threatened_acts(sentence: str, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a threat of an act of conflict named right after it linked as that act, when the act has an
    agent: a threat's holder is who would act, not the clause's subject (the airlines of "cancel flights … in Lebanon
    due to threats of Israeli retaliation towards Hezbollah", the governments of "close their embassies …, following
    threats of a "significant air attack" from Russia")."""
    for i in range(len(cues) - 1):
        act = links[i + 1]
        if (act.sources and not act.mutual and cues[i + 1].weight > 0 and _THREAT_NOUN.match(cues[i].term)
                and _THREAT_OF.fullmatch(sentence, cues[i].end, cues[i + 1].start) is not None):
            # (an act with no target of its own is against the threat's other party: "the threat of Russian drones"
            # for the airport in Poland the threat's clause names)
            own = links[i]
            if (own.sources - act.sources and act.targets - own.sources and not act.sources & act.targets
                    and _THREAT_CIRCUMSTANCE.search(sentence, max(0, cues[i].start - 60), cues[i].start) is None):
                continue  # links-252: a threat the clause's own subject voices of another's act on a third ("The
                # United States issues warnings of a Russian attack on Ukraine") stays the subject's
            links[i] = CueLink(act.sources, act.targets or (own.sources | own.targets) - act.sources)
    return links


def _with_answered(cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a retaliation that has sources and no target set against the agents of the sentence's earlier
    conflict act whose sources are others."""
    for i, cue in enumerate(cues):
        link = links[i]
        if not link.sources or link.targets or link.mutual or not _RETALIATION.match(cue.term):
            continue
        for j in range(i):
            earlier = links[j]
            if cues[j].weight > 0 and earlier.sources and not earlier.mutual and not earlier.sources & link.sources:
                links[i] = link._replace(targets=earlier.sources)
                break
    return links
