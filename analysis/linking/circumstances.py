"""Circumstances of an act: its cause ("in response to", "in retaliation for"), "amid"/"as", and a
prevention modifier ("to counter Russia's invasion").

Why a module of its own: an act named as a clause's cause or circumstance by an agent was done to the clause's
subject (``_responder``, ``_circumstance_responder``); a cue under a prevention modifier with an actor between them is
that actor's act, set against the actors named before the modifier (``_countered``, ``_countered_link``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from analysis.linking.companies import _unmarked
from analysis.linking.facts import _CAUSE_WORDS, _SentenceFacts
from analysis.linking.mentions import _compound, _group, _subject
from analysis.linking.relations import _Slot
from analysis.linking.scoring import CueLink
from analysis.linking.vocabulary import _PREVENTION
from analysis.tension import Cue
from analysis.text import THAT

# Not "counter-" or "fighter" compounds: "counter-drone operations", "fighter jets" oppose no one.
_AGAINST = re.compile(r"\b(?:counter\w*(?!-)|against|deter\w*|resist\w*|repel\w*|oppos\w*|combat\w*|"
                      r"fight(?:s|ing)?)\b", re.IGNORECASE)

# The cause's words, then its act's owner: "in response to the U.S. attacks", "in retaliation for Israel's".
_CAUSE_OWNER = re.compile(r"(?:" + _CAUSE_WORDS + r")\s+(?:(?:the|a|an|recent|last|latest|earlier|overnight|"
                          r"continued|ongoing)\s+)*", re.IGNORECASE)

# A "that" opening a clause whose subject is the speaker itself ("says that it welcomes"): its causes are still the
# speaker's acts'
_THAT_NOT_ITS_OWN = re.compile(r"\bthat\b(?!\s+(?:it|its|they|their|he|his|she|her|we|our)\b)", re.IGNORECASE)

# ... but a cause reached back across the comma was done to the recipient of the subject's giving, not to the giver:
# "Germany sends air-defence systems to Ukraine, in response to Russian missile attacks" (the attacks are on Ukraine,
# Germany helps it)
_GIVING_TO = re.compile(r"\b(?:sends?|sent|sending|delivers?|delivered|delivering|supplies|supply|supplied|"
                        r"supplying|gives?|gave|giving|provides?|provided|providing|transfers?|transferred|"
                        r"ships?|shipped|pledges?|pledged|donates?|donated|grants?|granted|offers?|offered)\b"
                        r"[^,;:]*?\bto\s+(?:the\s+)?$", re.IGNORECASE)

# A demonym or a state's name, then a title before a person's name: "U.S. president Donald Trump"
_TITLED = re.compile(r"\S+\s+(?:[a-z][\w-]*\s+){1,3}")

_PROTESTED_COOPERATION = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:es|ed)?)\s+against\s+"
                                    r"(?:the\s+)?$", re.IGNORECASE)


def _countered_link(facts: _SentenceFacts, cue: Cue, slot: _Slot, first: int) -> CueLink | None:
    """The link of ``cue`` as an act countered by the actors named before its own (``_countered``), or None."""
    sentence, starts, ends, codes, joined = facts.sentence, facts.starts, facts.ends, facts.codes, facts.joined
    before = slot.before
    # "peace plan for ending the Russo-Ukrainian War": a compound's act is its parties', whatever
    # modifier stands before it (see the compound rule in _resolve)
    # (a passive after "after being" is its agent's act, whoever is countered before it: "combat operations
    # against Iran after being mistakenly shot down by the Kuwaiti military"; every passive was tried and
    # dropped: "property confiscated by the Cuban government" is countered by "lawsuits … against")
    # (links-141: nor a verb after "and", whose subject is the clause's: "… joint counterterrorism operations with the
    # French military and expels five French embassy workers")
    if before <= first + 1 or slot.being or slot.and_verb or (slot.adjacent and joined[before - 1]
                                             and _compound(sentence, starts, ends, before - 2, before)):
        return None
    owner = before - 1
    while owner > first and joined[owner]:
        owner -= 1
    if (cue.weight < 0 and not cue.modifiers
            and _PROTESTED_COOPERATION.search(sentence, max(0, starts[owner] - 40), starts[owner]) is not None):
        # (links-162: nor a cooperation protested against, whose counterpart is its own: "Pakistanis protest against
        # American support for Israel" is the United States' support of Israel, no support of Pakistan)
        return None
    countered = _countered(sentence, cue, starts, ends, codes, joined, first, before)
    if countered is not None and facts.homes:
        # ("lawsuits … against dozens of Cuban companies … concerning property confiscated by the
        # Cuban government": what is opposed may be a company's)
        countered = countered._replace(sources=_unmarked(countered.sources), targets=_unmarked(countered.targets))
    return countered


# A circumstance's word and what may stand before its act's owner: "as| Chinese", "amid an| Azerbaijani"
# (after "as", no article: "confirms Brigadier General Jeffrey D. Smiley as the American wounded", "as the United
# Nations warns of" name no act done to the subject)
_CIRCUMSTANCE_OWNER = re.compile(r"\b(?:as\s+|(?:amid|amidst)\s+(?:(?:the|a|an|new|fresh|renewed|continued|ongoing|"
                                 r"continuing|full-scale|large-scale|major|massive|heavy|further)\s+){0,3})$",
                                 re.IGNORECASE)


def _circumstance_responder(facts: _SentenceFacts, first: int, owner: int, sources: frozenset[str]) -> frozenset[str]:
    """The subject of the clause (mentions [first, ..)) whose circumstance, after "as" or "amid", names an act by
    mention ``owner`` right after those words; else none."""
    sentence, starts = facts.sentence, facts.starts
    if owner <= first:
        return frozenset()
    near = _CIRCUMSTANCE_OWNER.search(sentence, max(0, starts[owner] - 40), starts[owner])
    if near is None:
        return frozenset()
    return _subject(sentence, starts, facts.codes, facts.joined, first, bisect_left(starts, near.start()),
                    facts.places) - sources


def _responder(sentence: str, starts: list[int], codes: list[str], joined: list[bool], places: set[int],
               cause_at: list[int], first: int, lo: int, owner: int, sources: frozenset[str],
               own_target: bool, kinds: list[str]) -> frozenset[str]:
    """The subject of a clause whose cause ("in response to", "in retaliation to" …) names an act by
    mention ``owner``, when the owner follows the cause's words closely; else none.  Mentions [first, ..) are the
    clause's, which begins at ``lo``; a cause that opens it reaches back to the sentence's subject, unless the act
    names its own target (``own_target``); across the comma, the state a giving before it went "to" (mentions'
    ``kinds``) is the one the cause was done to."""
    if (owner > first and codes[owner - 1] == codes[owner]
            and _TITLED.fullmatch(sentence, starts[owner - 1], starts[owner]) is not None):
        owner -= 1  # ("U.S. president Donald Trump": the person's title names the state before the name)
    i = bisect_left(cause_at, starts[owner]) - 1
    if i >= 0 and cause_at[i] < starts[first] and not sentence[lo + 1:cause_at[i]].strip(" ,") and not own_target:
        # "The Nigerian government says that it welcomes assistance from the United States ..., but adds that its
        # sovereignty must be respected, in response to U.S. president Donald Trump threatening military action":
        # a cause opening its clause after a comma is the sentence's act's; its subject responds
        first = 0
        that = _THAT_NOT_ITS_OWN
        for r in range(bisect_left(starts, lo) - 1, 0, -1):
            if kinds[r] == "state" and _GIVING_TO.search(sentence, 0, starts[r]) is not None:
                # the recipient of the subject's giving, a state ("sends a letter to the United Nations, in
                # response to Iranian threats" is no threat to the UN), not the cause's own owner
                recipient = frozenset(_group(codes, joined, r)) - sources
                if recipient:
                    return recipient
                break
    else:
        that = THAT
    if (i < 0 or cause_at[i] < starts[first] or not _CAUSE_OWNER.fullmatch(sentence, cause_at[i], starts[owner])
            # "UNICEF reports that children are malnourished due to the Israeli blockade": the cause is
            # the reported clause's, not the subject's act
            or that.search(sentence, starts[first], cause_at[i])):
        return frozenset()
    limit = bisect_left(starts, cause_at[i])
    return _subject(sentence, starts, codes, joined, first, limit, places) - sources


def _countered(sentence: str, cue: Cue, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
               first: int, before: int) -> CueLink | None:
    """"... to Kyiv to counter Russia's invasion": Russia's act, opposed by the actors named before "counter".

    The cue's owner is the group of actors just before it, after an opposing word ("counter",
    "against", "deter" ...) or a prevention modifier of the cue that follows the earlier actors."""
    owner = before - 1
    while owner > first and joined[owner]:
        owner -= 1
    if owner <= first:
        return None
    gap_start, gap_end = ends[owner - 1], starts[owner]
    opposed = _AGAINST.search(sentence, gap_start, gap_end) is not None
    if not opposed:
        for modifier in cue.modifiers:
            if modifier.startswith(_PREVENTION):
                at = sentence.rfind(modifier[len(_PREVENTION):], gap_start, gap_end)
                if at >= 0:
                    opposed = True
                    break
    if not opposed:
        return None
    owners = frozenset(codes[owner:before])
    if owners == {codes[owner - 1]}:
        return None  # "Trump pauses all U.S. military aid to Ukraine": one actor's own act, stopped
    return CueLink(owners, frozenset(codes[first:owner]))
