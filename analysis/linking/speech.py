"""Reported speech: the speaker of a clause, and a conflict cue predicated of a reported act.

Why a module of its own: "Nikki Haley says North Korea's launch of a missile over Japan was "unacceptable"" links the
speaker and the act's agent (a protest is the speaker's against the agent, another act the agent's against the
speaker); a speaker is no agent of an act undergone or supposed in the clause reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from analysis.actors import Mention
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _agent_form, _group, _words_between
from analysis.linking.relations import _Evaluated, _Relation, _Slot
from analysis.linking.vocabulary import _COUNT, _DEEM_VERBS, _POSTED_TO, _PREDICATE, _PREDICATE_REACH
from analysis.tension import Cue
from analysis.text import BE_BEFORE, THAT

# Between a speaker and the subject of what is said: "Russian Foreign Minister Sergei Lavrov says that the"
# (an auxiliary or adverb may stand before the verb: "Beijing continues to maintain that", "China has long
# insisted", "Russia has repeatedly claimed")
_SAYING = (r"(?:\s+[A-Z][\w.'\u2019-]*)*\s*,?\s+"
           r"(?:(?:has|have|had|continues\s+to|continued\s+to|long|repeatedly|also|again|still|publicly|"
           r"previously|consistently|now)\s+)*"
           r"(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|states|stated|argues?|"
           r"argued|alleges?|alleged|believes?|believed)"
           r"\s+(?:that\s+)?")

_SAYS = re.compile(_SAYING + r"(?:the\s+|" + _COUNT + r")?")
# ... or the agent of the act its clause's subject names: "Nikki Haley says North Korea's launch", "North Korea
# says that the recent flight of U.S. aircraft"
_SAYS_OF_ACT = re.compile(_SAYING + r"(?:[a-z][\w-]*\s+){0,4}")

# Only when the envoy's verb follows, the envoy's name maybe between ("Russian Special Envoy to Afghanistan Zamir
# Kabulov denies allegations"): as the object ("expels Venezuela's ambassador to Peru to protest", "Chinese
# ambassador to Israel Du Wei is found dead in his home in Tel Aviv") the title says nothing of later acts.
_TITLE_WORDS = 5  # "Permanent Representative to the": the words of an envoy's title


def _with_speaker(facts: _SentenceFacts, cue: Cue, slot: _Slot, first: int, s: int, sources: frozenset[str],
                  targets: frozenset[str], mutual: bool, by_agents: bool) -> tuple[frozenset[str], frozenset[str]]:
    """``sources`` and ``targets`` of a conflict cue in a clause a speaker reports, where the speaker takes a
    side: a cue predicated of another's act sets the speaker against the act's agent, and an act reported with
    no other party named is done to the speaker (mentions [s, before) are the cue's nearest actors)."""
    sentence, ordered, starts, ends = facts.sentence, facts.ordered, facts.starts, facts.ends
    codes, joined, places = facts.codes, facts.joined, facts.places
    before, after = slot.before, slot.after
    cs, ce = cue.start, cue.end
    evaluation = (_evaluation(sentence, starts, ends, codes, joined, ordered, first, before, cs, places)
                  if slot.evaluative != _Evaluated.NONE and slot.relation == _Relation.PLAIN and before > first + 1
                  # (a target after "that" belongs to the next reported clause: "... was "unacceptable" and that
                  # North Korea has violated")
                  and (not targets or THAT.search(sentence, ce, starts[after]) is not None) else None)
    if evaluation is not None:
        # "Nikki Haley says North Korea's launch of a missile over Japan was "absolutely unacceptable"": a
        # protest predicated of another's act is the speaker's, against the act's agent; an act so named
        # ("... the flight of U.S. aircraft ... amounts to a declaration of war") the agent's, against the
        # speaker, as the speaker rule below reads it
        speaker, agent = evaluation
        return (speaker, agent) if slot.evaluative == _Evaluated.PROTEST else (agent, speaker)
    if (not targets and sources and not mutual and first < s < before and not by_agents and slot.conflict
            and not slot.hosted):
        # "Russia says Ukraine shelled the plant", "China insists Taiwan must be unified by force": an
        # act the speaker reports with no other party named is done to the speaker (a body that
        # says so is an observer, as one that reports)
        speaker = _speaker(sentence, starts, ends, codes, joined, ordered, first, s)
        if (not speaker and (_SMALL_CLAUSE.search(sentence, ends[before - 1], min(len(sentence), ce + 8)) is not None
                             or (_NAMES_AFTER.search(sentence, max(0, starts[s] - 24), starts[s]) is not None
                                 and not sentence[ends[before - 1]:cs].strip()))
                and _DEEMS_AFTER.search(sentence, max(0, starts[s] - 24), starts[s]) is not None):
            # "Shehbaz Sharif declares the Indian attacks to be an act of war": the act a speaker declares or calls
            # something is predicated of, as the speaker says it
            speaker = _speaker(sentence, starts, ends, codes, joined, ordered, first, s, _DEEMS)
        if speaker and not speaker & sources:
            targets = speaker
            if BE_BEFORE.search(sentence, max(0, cs - 8), cs):
                # "The Russian Defense Ministry says 22 Ukrainian drones were shot down", "IDF Spokesman
                # says several Hezbollah operatives have been captured": the subject of a passive with no
                # agent underwent the act, which the speaker claims as its own
                sources, targets = speaker, sources
    return sources, targets


_DEEMS = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*)*\s*,?\s+(?:(?:has|have|had|also|again|publicly)\s+)*" + _DEEM_VERBS
                    + r"\s+(?:the\s+|" + _COUNT + r")?")
_DEEMS_AFTER = re.compile(r"\b" + _DEEM_VERBS + r"\s+(?:the\s+|" + _COUNT + r")?$", re.IGNORECASE)

# links-154: a verb of naming needs no "to be" or "as" when the act stands right after its owner: "Ukraine calls the
# Russian strikes war crimes" (not "calls the Russian ambassador to protest")
_NAMES_AFTER = re.compile(r"\b(?:calls|called|terms|termed|labels|labell?ed|brands|branded|dubs|dubbed)\s+the\s+$",
                          re.IGNORECASE)
# ... and the predicate after the object, up to the cue: "to be", "as", "a" … ("the Indian attacks| to be| an act of war")
_SMALL_CLAUSE = re.compile(r"\b(?:to\s+be|as)\b", re.IGNORECASE)


def _evaluation(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
                ordered: list[Mention], first: int, before: int, cs: int,
                places: set[int]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The speaker and the agent of an act a speaker's clause evaluates, when a cue at ``cs`` is predicated of
    that clause's subject ("Nikki Haley says North Korea's launch of a missile over Japan was "absolutely
    unacceptable""): the agent is the first actor after the verb of saying, named as an agent (a possessive,
    a demonym, an abbreviation) a few words into the subject and before the predicate; else None."""
    predicate = _PREDICATE.search(sentence, max(0, cs - _PREDICATE_REACH), cs)
    if predicate is None:
        return None
    for a in range(first + 1, before):
        if ends[a] > predicate.start():
            return None
        if (not _SAYS_OF_ACT.fullmatch(sentence, ends[a - 1], starts[a]) or a in places
                or not _agent_form(sentence, ordered[a])):
            continue
        speaker = _speaker(sentence, starts, ends, codes, joined, ordered, first, a, _SAYS_OF_ACT)
        agent = frozenset(_group(codes, joined, a)[:bisect_left(starts, predicate.start()) - a])
        return (speaker, agent - speaker) if speaker and agent - speaker else None
    return None


def _speaker(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
             ordered: list[Mention], first: int, s: int, says: re.Pattern[str] = _SAYS) -> frozenset[str]:
    """The actors who say the clause whose subject is mention ``s``: the mentions right before it (a
    name and title between allowed), a verb of saying between (``says``), none of them a body."""
    j = s - 1
    if not says.fullmatch(sentence, ends[j], starts[s]):
        return frozenset()
    if (j > first and ordered[j].kind == "organisation" and not joined[j]
            and _words_between(sentence, ends[j - 1], starts[j]) <= _TITLE_WORDS
            and _POSTED_TO.search(sentence, ends[j - 1], starts[j]) is not None):
        # "U.S. Ambassador to the United Nations Nikki Haley says": the body is the envoy's post, and the
        # envoy's state speaks
        j -= 1
    i = j
    while i > first and joined[i]:
        i -= 1
    if any(m.kind == "organisation" for m in ordered[i:j + 1]):
        return frozenset()
    return frozenset(codes[i:j + 1])
