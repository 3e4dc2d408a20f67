"""Force against an armed group in a state: no act against that state.

Why a module of its own: "The Nigerian Air Force launches precision airstrikes against pro-coup forces in Cotonou in
support of the Beninese government" and "a French soldier was killed during operations against militants in Mali"
read as force against Benin and Mali, the places the fighters are in (a place force is used in is its target:
``resolve``); rebels, militants, putschists or the Islamic State fought there are no act against the state that the
fight may well serve (links-237).  An armed group an actor names ("al-Shabaab", coded to Somalia as CAMEO does) is an
actor of its own, and left as the word order links it.  Nor is the state the force serves its target: "… in support
of the Beninese government", "on behalf of", "at the request of" name whom the act is for (links-238).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _group_end
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

# "against| pro-coup forces| in |Cotonou", "on| Islamic State targets| in |Syria", "against| ISIL militants| in
# |Afghanistan's …": a preposition of force, a few words, a noun of fighters or a jihadist group's name (maybe with its
# fighters or sites), then "in", "inside", "near" or "across" and the place's words before its state's name
_ARMED_FOE_NOUN = (r"(?:rebels?|militias?|militants?|separatists?|insurgents?|guerrillas?|jihadists?|terrorists?|"
                   r"putschists?|mutineers?|gunmen|bandits|(?:pro-coup|coup|rebel|militant|insurgent|jihadist|Islamist|"
                   r"separatist|armed)\s+(?:forces|fighters|groups?))")
_ARMED_FOE_NAME = r"(?:the\s+)?(?:Islamic\s+State|ISIL|ISIS|IS|Daesh|al-Qaeda|Al-Qaeda|al-Qaida|Al-Qaida)"
_ARMED_FOE_SITE = (r"(?:militants?|fighters|targets?|positions?|camps?|hideouts?|group|groups|bases?|strongholds?|"
                   r"forces|cells?|members)")
_ARMED_FOE = re.compile(r"\b(?:against|on|targeting|at)\s+(?:the\s+|a\s+|an\s+)?(?:suspected\s+)?"
                        r"(?:(?:[\w'\u2019-]+\s+){0,3}?" + _ARMED_FOE_NOUN + r"|" + _ARMED_FOE_NAME + r")"
                        r"(?:\s+" + _ARMED_FOE_SITE + r")?\s+(?:in|inside|near|across)\s+(?:the\s+)?"
                        r"(?:(?!(?:and|or|with|by|from|to)\b)[\w'\u2019-]+\s+){0,3}?$", re.IGNORECASE)
_ARMED_FOE_REACH = 100  # the phrase's length at most, and the force cue at most so far before it
_CLAUSE_END = re.compile(r"[;:.!?]")
# links-250: a jihadist group's name ("against Islamic State targets in Syria") is every state's foe: force on it
# takes no target from the state it is in, whoever does it
_ARMED_FOE_JIHADIST = re.compile(r"\b(?:Islamic\s+State|ISIL|ISIS|Daesh|al-Qa[ei]da|(?:al-|Jabhat\s+)?Nusra|Tahrir\s+al-Sham|"
                                 r"al-Shabaab|Boko\s+Haram|jihadists?)\b", re.IGNORECASE)
# ... but force a named state does on other fighters in another state ("Iran fires missiles at militant groups in
# Pakistan's Balochistan province", "Turkey launches an offensive against Kurdish militants in northern Syria") is
# a strike across a border, against that state too, unless the sentence has the force with or for that state: words
# of support or company right before its name, or "with" and its forces
_FORCE_WITH = re.compile(r"\b(?:in\s+support\s+of|on\s+behalf\s+of|at\s+the\s+(?:request|invitation|behest)\s+of|"
                         r"in\s+defen[cs]e\s+of|alongside|jointly\s+with|together\s+with|"
                         r"in\s+(?:cooperation|coordination|concert|partnership)\s+with|(?:backed|supported)\s+by|"
                         r"(?<!war\s)(?<!fight\s)with)\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_WITH_PLAIN = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_WITH_FORCES = re.compile(r"^\s+(?:[\w-]+\s+)?(?:army|armed\s+forces|forces|troops|military|government|"
                                r"authorities|soldiers|security\s+forces)\b", re.IGNORECASE)
_FORCE_WITH_REACH = 40


def _named_in_doer(facts: _SentenceFacts, t: int, sources: frozenset[str]) -> bool:
    """Whether the place's name (mention ``t``) is a word of a doer's name, "The Armed Forces of DR Congo … in the
    Congo's North Kivu province": a place that may be the doer's own, however coded."""
    word = re.compile(r"\b" + re.escape(facts.ordered[t].text.strip()) + r"\b", re.IGNORECASE)
    return any(facts.codes[j] in sources and j != t and word.search(m.text) is not None
               for j, m in enumerate(facts.ordered))


def _force_with_place(facts: _SentenceFacts, place: frozenset[str]) -> bool:
    """Whether the sentence names the state ``place`` stands for right after words of support or company
    (``_FORCE_WITH``): "in support of the Beninese government", "alongside Iraqi forces", "with the Malian army"."""
    sentence, starts, ends = facts.sentence, facts.starts, facts.ends
    for j, at in enumerate(starts):
        if facts.codes[j] not in place:
            continue
        found = _FORCE_WITH.search(sentence, max(0, at - _FORCE_WITH_REACH), at)
        if found is None:
            continue
        if (_FORCE_WITH_PLAIN.search(sentence, found.start(), at) is not None
                and _FORCE_WITH_FORCES.match(sentence[ends[j]:]) is None):
            continue  # (plain "with": only its forces or government, not "clashes with Syria")
        return True
    return False


def _with_armed_foes(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the conflict cues of force against an armed group in a state (``_ARMED_FOE``), the words of
    the group itself ("militants", "coup" of "pro-coup forces") and the act before them, taking no target from that
    state (links-237)."""
    sentence, starts = facts.sentence, facts.starts
    for t, at in enumerate(starts):
        found = _ARMED_FOE.search(sentence, max(0, at - _ARMED_FOE_REACH), at)
        if found is None or bisect_left(starts, found.start()) != t:
            continue  # (an actor named inside the phrase: the group is an actor, or the place is not the group's)
        place = frozenset(facts.codes[t:_group_end(facts.joined, t)])
        lo = max(0, found.start() - _ARMED_FOE_REACH)
        jihadist = _ARMED_FOE_JIHADIST.search(found.group()) is not None
        with_place: bool | None = None
        for i, cue in enumerate(cues):
            link = links[i]
            if (cue.weight <= 0 or not lo <= cue.start < at or not link.targets & place or link.mutual
                    or _CLAUSE_END.search(sentence, cue.end, found.start()) is not None):
                continue
            if (not jihadist and cue.category != "armed_group" and link.sources - place
                    and not _named_in_doer(facts, t, link.sources)):  # links-250: a strike across a border by a
                # named state (the group's own words stay the state's no act)
                if with_place is None:
                    with_place = _force_with_place(facts, place)
                if not with_place:
                    continue
            links[i] = link._replace(targets=link.targets - place)
    return links


# links-238: whom an act is for, named after it: "in support of the Beninese government", "on behalf of the Swedish
# Foxtrot", "at the request of", "in defence of"
_SERVED = re.compile(r"\b(?:in\s+support\s+of|on\s+behalf\s+of|at\s+the\s+request\s+of|in\s+defen[cs]e\s+of)\s+"
                     r"(?:the\s+)?$", re.IGNORECASE)
_SERVED_REACH = 30
# ... for acts of force, pressure and threat ("chanting slogans in support of Iranian leaders" protests against Israel,
# no matter whom for)
_SERVED_ACTS = frozenset({"military_action", "escalation", "armed_group", "coercion", "threat"})


def _with_served(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the conflict cues of force, pressure or threat before the words of whom the act is for
    (``_SERVED``) taking no target from the actor named right after them, unless it is named between the cue and those
    words too ("spying on diasporic Hong Kongers on behalf of the … Hong Kong government") (links-238)."""
    sentence, starts, ends = facts.sentence, facts.starts, facts.ends
    for t, at in enumerate(starts):
        found = _SERVED.search(sentence, max(0, at - _SERVED_REACH), at)
        if found is None:
            continue
        served = frozenset(facts.codes[t:_group_end(facts.joined, t)])
        for i, cue in enumerate(cues):
            link = links[i]
            if (cue.weight <= 0 or cue.category not in _SERVED_ACTS or cue.end > found.start()
                    or not link.targets & served or link.mutual
                    or _CLAUSE_END.search(sentence, cue.end, found.start()) is not None):
                continue
            between = bisect_left(starts, cue.start)  # (the cue's own words may name the patient: "sentences a
            # Norwegian-Iranian man … for spying on behalf of Iranian intelligence")
            named = frozenset(facts.codes[j] for j in range(between, t) if ends[j] <= found.start())
            if link.targets & served - named:
                links[i] = link._replace(targets=link.targets - (served - named))
    return links
