""""between" and "among", co-agents and reciprocal acts: how the actors after a cue stand to it
(``_relation``).

Why a module of its own: a group after "between" or "among", or co-agents with no target, act with each other ("talks
between Russia and Ukraine"), unless "by" names them as an earlier verb's agents or the act is conflict that takes one
side (cues.yaml ``reciprocal``); a reciprocal phrase may open on the word before the cue ("exchanged strikes").
Mediators, hosts and monitors are no parties to the deal they bring about between others ("Egypt brokered a truce
between Israel and Hamas", "a peace deal mediated by the United States"), and "between" after a place noun names a
place ("the two main passages between Spain and France").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _group
from analysis.linking.passives import _AGENT_ENDS, _passive
from analysis.linking.relations import _NOT_MEDIATED, _Relation
from analysis.linking.scoring import RECIPROCAL
from analysis.linking.venues import _hosted
from analysis.tension import Cue
from analysis.text import THAT

# (a host only of a deal or talks: "will boycott informal meetings hosted by Hungary" boycotts Hungary)
_HOSTED = re.compile(r"\bhosted\s+by\b", re.IGNORECASE)
# ("after mediation by the United Arab Emirates", "through the mediation of Qatar": the mediation's own
# phrase, whatever preposition brings it)
_MEDIATED = re.compile(r"\b(?:mediated|brokered|facilitated)\s+by\b|\bmediation\s+(?:by|of)\s+(?:the\s+)?$|"
                       r"\bunder the auspices of\b", re.IGNORECASE)
# A mediator's verb between the actor and an act whose parties follow "between": "Egypt brokered a truce
# between Israel and Hamas", "the Egyptian-mediated ceasefire between Israel and Hamas", "interest in hosting
# the planned summit meeting between …", "peacekeepers to monitor a ceasefire agreement between Armenia and
# Azerbaijan": the actor before it is no party to the act (the mediation itself, with both, still is).
_BROKER = re.compile(r"\b(?:mediat\w*|broker\w*|facilitat\w*|host(?:s|ed|ing)?|monitor\w*|overse(?:e[sn]?|eing|ers?)|"
                     r"oversaw|supervis\w*|"
                     r"guarant\w*)\b", re.IGNORECASE)

# A place between a state of relations (or a word before it) and "between": "tensions in the region between",
# "heightened tensions in the Persian Gulf between"
_PLACE_BETWEEN = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|across|along|around|near|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?")

# "Protesters block the two main passages between Spain and France": "between" after a place noun names a place,
# not parties to the act (a conflict that takes two sides, or talks, still are theirs: "clashes at the border
# between India and China")
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:passages?|borders?|crossings?|routes?|roads?|highways?|bridges?|tunnels?|"
                                r"straits?)\s+$", re.IGNORECASE)

# "French and Egyptian warships hold joint war games": the "war" of war games is an exercise, which takes no sides
_GAMES = re.compile(r"[\s-]*games\b", re.IGNORECASE)


def _takes_two(sentence: str, reciprocal: re.Pattern[str], start: int, end: int) -> bool:
    """Whether a word of conflict that takes two sides (cues.yaml's ``reciprocal``) stands in [start, end), not
    counting the "war" of "war games"."""
    return any(_GAMES.match(sentence, m.end()) is None for m in reciprocal.finditer(sentence, start, end))


# The words right before a cue, up to three: "exchanged| strikes", "exchange| artillery fire", "exchange heavy| fire"
_WORDS_BEFORE = re.compile(r"(?:[\w-]+\s+){1,3}$")
_WORD = re.compile(r"[\w-]+")


def _reciprocal_verb(sentence: str, reciprocal: re.Pattern[str], lo: int, cs: int, ce: int) -> bool:
    """Whether a reciprocal phrase of cues.yaml opens a word or a few before the cue at ``sentence[cs:ce]`` and ends
    in it or just after it, a word or two maybe between its own ("Iran and Israel exchanged strikes": the cue is
    "strikes", the phrase "exchang* strikes"; "both countries exchange artillery fire": "exchang* fire");
    ``lo``: the clause's start."""
    words = _WORDS_BEFORE.search(sentence, max(lo, cs - 40), cs)
    if words is None:
        return False
    starts = [w.start() for w in _WORD.finditer(sentence, words.start(), cs)]
    tail = [w.start() for w in _WORD.finditer(sentence, cs, min(len(sentence), ce + 24))][:3]
    for v, at in enumerate(starts):
        verb = _WORD.match(sentence, at)
        assert verb is not None
        # the verb, then what it exchanges, maybe past a word or two of qualifiers (the cue's own words may be those)
        for rest in [*starts[v + 1:], *tail][:3]:
            found = reciprocal.match(verb.group() + " " + sentence[rest:rest + 40])
            if found is not None and rest + found.end() - len(verb.group()) - 1 >= ce:
                return True
    return False


def _relation(facts: _SentenceFacts, cue: Cue, k: int, before: int, after: int,
              reciprocal: re.Pattern[str]) -> tuple[_Relation, int, bool]:
    """How the actors after ``cue`` stand to it (``_Relation``), as the words between the cue and mention
    ``after`` say; the first of those actors (moved past a place passed over for an agent after "during");
    and whether that actor is the destination, the host, of a deployment."""
    sentence, starts, ends, breaks, mutual_at = facts.sentence, facts.starts, facts.ends, facts.breaks, facts.mutual_at
    if after >= len(starts):
        return _Relation.PLAIN, after, False
    ce = cue.end
    relation = _Relation.PLAIN
    target_at = starts[after]
    i = bisect_left(mutual_at, ce)
    hosted = cue.weight > 0 and _hosted(sentence, facts.ordered[after], breaks[k - 1] if k else 0,
                                        ends[before - 1] if before else 0, ce, target_at, ends[after])
    if hosted:
        pass  # "deploy surveillance aircraft to Japan": the destination hosts the act, no relation to it
    elif (i < len(mutual_at) and mutual_at[i] < target_at and _AGENT_ENDS.search(sentence, ce, mutual_at[i])
            and before > 0 and ends[before - 1] > (breaks[k - 1] if k else -1)):
        # "The United States deploys additional military forces to the Middle East following escalating
        # conflict between Israel and Hezbollah": the parties of another event, no target of an act
        # whose actor is named (with none, the act may be that event's: "the deadliest strikes since a
        # ceasefire ended a year of fighting between Israel and Hezbollah")
        relation = _Relation.OTHER_EVENT
    elif i < len(mutual_at) and mutual_at[i] < target_at:
        relation = _between(facts, cue, before, after, mutual_at[i], reciprocal)
    else:
        relation, after = _passive(facts, cue, after, target_at, reciprocal)
    if relation not in _NOT_MEDIATED and (_MEDIATED.search(sentence, ce, target_at)
                                          or (cue.weight < 0 and _HOSTED.search(sentence, ce, target_at))):
        # "Armenia and Azerbaijan sign a peace deal mediated by the United States": the actors
        # after are the mediators, no counterpart; the deal is between the clause's actors
        relation = _Relation.MEDIATED
    return relation, after, hosted


def _between(facts: _SentenceFacts, cue: Cue, before: int, after: int, between_at: int,
             reciprocal: re.Pattern[str]) -> _Relation:
    """The relation of ``cue`` to the actors after the "between" (or "among") at ``between_at``: their mutual act,
    their state of relations, or a deal the actor before the cue brokers between them."""
    sentence, ends, codes, joined = facts.sentence, facts.ends, facts.codes, facts.joined
    cs, ce = cue.start, cue.end
    # "Conte blames the recession on trade tensions between the United States and China",
    # "amid heightened tensions between Iran and the United States": a state of relations
    # named with "between" is those actors' alone, not the clause subject's too
    # (not an act of force across it, "heavy shelling is reported across the border between Israel and Lebanon", nor
    # one whose source the clause names, "Azerbaijan blockades the Lachin corridor road between Armenia and …")
    if (_PLACE_NOUN_BEFORE.search(sentence, max(ce, between_at - 24), between_at) is not None
            and cue.category not in RECIPROCAL and not reciprocal.search(sentence, cs, ce)
            and cue.category != "military_action"
            and (before == 0 or bisect_right(facts.breaks, ends[before - 1]) != bisect_right(facts.breaks, cs))):
        return _Relation.PLACE_BETWEEN
    gap = sentence[ce:between_at].split()
    if ((not gap and reciprocal.search(sentence, cs, ce))
            or (len(gap) == 1 and reciprocal.search(sentence, ce, between_at))
            # "amid heightened tensions in the Persian Gulf between the United States and Iran": a
            # place may stand between the state and its parties
            or (_PLACE_BETWEEN.fullmatch(sentence, ce, between_at)
                and reciprocal.search(sentence, cs, between_at))):
        return _Relation.RELATIONS_BETWEEN
    if before > 0 and (_BROKER.search(sentence, ends[before - 1], cs)
                       # "The United States announces that the ceasefire between Israel and
                       # Lebanon will be extended": the speaker is no party either, unless
                       # named among the parties ("a UK source said that ... a phone call
                       # between Johnson and German Chancellor Merkel")
                       or (THAT.search(sentence, ends[before - 1], cs) is not None
                           and sentence[between_at:between_at + 7].lower() == "between"
                           and codes[before - 1] not in _group(codes, joined, after))):
        return _Relation.BROKER  # "Egypt brokered a truce between Israel and Hamas": Egypt is no party
    return _Relation.BETWEEN
