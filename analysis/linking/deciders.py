"""Sentence-wide passes for acts a third party decides: prevention and refusal (deciders), seeking
(demands, appeals, proposals) and defence under a condition.

Why a module of its own: these rules read the links of several cues of a sentence at once, after every cue has its
own: "China signals opposition to U.S. arms sales to Taiwan" (the decider), "Japan might authorize its forces to
support the United States if China attempted a blockade … against Taiwan" (the defenders named before a condition).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _actor_at, _group_end, _owner_at
from analysis.linking.scoring import CueLink
from analysis.linking.vocabulary import _BLAMED_ACTS, _PREVENTION
from analysis.tension import Cue
from analysis.text import NEGATIONS, REFUSALS


def _with_deciders(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
                   places: set[int], cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the deciders of each cue a prevention modifier turned (refusals name their refuser in
    too many places: "Ukraine's refusal", "a refusal ... from Hamas and Israel").  The decider is an actor
    right before the modifier's word ("the US exit from the agreement", "Russia's withdrawal from"), else
    the subject of the modifier's clause: the first actor after the last "that" (or verb of saying before
    a name) before it, or the sentence's first ("Egypt invites Fatah and Hamas to Cairo in a bid to halt
    violent protests"); none when no actor stands there, or when the prevention is itself negated."""
    for i, cue in enumerate(cues):
        turned = next((m for m in cue.modifiers if m.startswith(_PREVENTION)), None)
        if turned is None or any(m.startswith(("negation:", "absence:")) for m in cue.modifiers):
            continue  # (a prevention that failed, "failing to prevent deaths from US drone strikes on Yemen", is none)
        word = turned.partition(":")[2]
        # (the modifier's last whole-word occurrence before its cue)
        at = next((m.start() for m in reversed(list(re.finditer(r"\b" + re.escape(word) + r"\b",
                                                                sentence[:cue.start])))), -1)
        # (an appeal's addressee decides nothing: "calls on Israel to stop its bombardments" reports
        # bombardments going on; tried and dropped)
        deciders = _actor_at(sentence, starts, ends, codes, joined, places, at) if at >= 0 else frozenset()
        if deciders:
            links[i] = links[i]._replace(deciders=deciders)
    return links


# An end of fighting, a peace or a deal that a third party demands, urges, proposes or plans is not done, and
# not the warring pair's own step: "Trump issues a new 12-day ultimatum to Russia to end the war in Ukraine",
# "Modi urges Zelenskyy to end the Russo-Ukrainian War".  The seeker (the actor right before the word, "the U.S.
# proposal", else its clause's subject) is the act's decider, so the act counts for the seeker's pairs and by 0 for
# the pair of two others (``THIRD``); "Putin calls for a ceasefire in Ukraine" stays Russia's own step.  Not when
# the sought act is accepted or agreed to before it ("Israel accepts the U.S. proposal for a ceasefire").
_SEEKING = re.compile(r"\b(?:ultimatums?|urg(?:es?|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for|upon)|"
                      r"demand(?:s|ed|ing)?|propos(?:es?|ed|ing|als?)|(?:peace\s+)?plans?\s+(?:for|to)|"
                      r"appeal(?:s|ed|ing)?\s+(?:to|for)|"
                      r"(?:talks|negotiations)(?:\s+with\s+[^,;]{1,40}?)?\s+(?:on|over|about|regarding|to\s+discuss|focusing\s+on))\b",
                      re.IGNORECASE)
# links-177: an offer to mediate, host or hold talks ("offers to mediate between Iran and the U.S.")
_OFFERING = re.compile(r"\b(?:offer(?:s|ed|ing)?|volunteer(?:s|ed|ing)?)\s+to\b", re.IGNORECASE)
_PROPOSING = re.compile(r"(?:propos|plan|initiative)", re.IGNORECASE)
_TALKS_TOPIC = re.compile(r"(?:talks|negotiations)\b", re.IGNORECASE)
_NO_SEEKER = frozenset({""})  # a decider no actor is: the act counts for no pair
_ACCEPTING = re.compile(r"\b(?:accept|agree|approv|sign|endors|adopt|implement)", re.IGNORECASE)
_SOUGHT_CATEGORIES = frozenset({"de_escalation", "agreement"})


def _with_sought(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the seeker of each cooperation act a demand, appeal or proposal before it seeks (``_SEEKING``)
    as the act's decider."""
    sentence, starts, ends, codes, joined = facts.sentence, facts.starts, facts.ends, facts.codes, facts.joined
    for i, cue in enumerate(cues):
        if cue.weight >= 0 or cue.source != "lexicon":
            continue
        turned = next((m for m in cue.modifiers if m.startswith(_PREVENTION)), None)
        if (cue.category in _SOUGHT_CATEGORIES or cue.category == "consultation") and not links[i].deciders and (
                _PROPOSING.match(cue.term) is not None):
            # (links-181: a proposal a possessive owns, "using their proposed peace plan", is its owner's)
            owners = _owner_at(sentence, ends, codes, joined, cue.start, "")
            if owners:
                links[i] = links[i]._replace(deciders=owners)
                continue
        if cue.category == "consultation" and not links[i].deciders:
            # (links-177: talks or a mediation offered, "volunteers to act as a mediator in talks between Zelenskyy
            # and Russia", "Japan offers to mediate between Iran and the U.S.", are the offerer's, no step of the two)
            stop = max(sentence.rfind(";", 0, cue.start), 0)
            offers = [m for m in _OFFERING.finditer(sentence, stop, min(len(sentence), cue.end + 4))
                      if m.start() <= cue.start]
            if offers:
                offerers = _actor_at(sentence, starts, ends, codes, joined, facts.places, offers[-1].start())
                if offerers:
                    links[i] = links[i]._replace(deciders=offerers)
            continue
        if cue.category not in _SOUGHT_CATEGORIES and not any(m.startswith("undoing:") for m in cue.modifiers) and (
                turned is None or cue.category not in _BLAMED_ACTS):
            continue  # (an ended conflict: "to end the war")
        stop = max(sentence.rfind(";", 0, cue.start), 0)
        # (links-175: a conflict's end (a prevention) the seeking names before it, "their peace plan for ending the
        # war", "talks with Russia on ending the war", is sought by the seeker, not decided by the clause's subject)
        upto = cue.start
        if links[i].deciders:
            if turned is None:
                continue
            upto = sentence.rfind(turned.partition(":")[2], stop, cue.start)
            if upto < 0:
                continue
        seeks = [m for m in _SEEKING.finditer(sentence[stop:upto])]
        if not seeks:
            continue
        at = stop + seeks[-1].start()
        if _ACCEPTING.search(sentence, stop, at):
            continue
        seekers = _owner_at(sentence, ends, codes, joined, at, seeks[-1].group(0))
        if not seekers and links[i].deciders:
            continue  # (an appeal's addressee: "calls on Israel to stop its bombardments" keeps the stop's decider)
        seekers = seekers or _actor_at(sentence, starts, ends, codes, joined, facts.places, at)
        if not seekers and _TALKS_TOPIC.match(seeks[-1].group(0)) is not None:
            # (links-180: a war's end that is only the topic of talks no actor holds, "says that Europe has no role in
            # any peace negotiations on ending the war in Ukraine", is no one's step: the talks count, not the end)
            seekers = _NO_SEEKER
        if seekers:
            links[i] = links[i]._replace(deciders=seekers)
    return links


# "Japan might authorize its forces to support the United States if China attempted a blockade … against Taiwan":
# the defenders named before a condition stand against the act the condition names, besides its own target.  Not
# the conditions of talks or deals ("Iran will talk to the United States if China agrees": no defence before it),
# nor a conflict threatened on a condition ("threatens to stop aid to Palestine if they do not agree").
# (links-197, a second reading's mends: the defence takes an actor as its object, "help ease tensions" does not, or the
# subject's own people or forces, "protect its troops in Syria", whose place defends nothing; a defence refused, "will
# not help Kyiv if …", or conceded, "even if", stands against no one; the condition opens on its subject, so "Europe
# should condemn Russia's attacks" is no condition; and an ally who is the condition's subject, "Belarus would support
# Russia if Moscow launched a new offensive", is not set against itself)
# (cue_links runs the defence pass only when a condition's words stand in the sentence)
_CONDITION_HINT = re.compile(r"\b(?:if|should|in the event of|in case of)\b", re.IGNORECASE)
_DEFENDED_IF = re.compile(r"\b(?:defend\w*|support(?:s|ed|ing)?|help(?:s|ed|ing)?|aid(?:s|ed|ing)|assist\w*|"
                          r"protect\w*|interven\w*|come to the (?:aid|defen[cs]e))\b(?P<object>[^;.]*?)"
                          r"(?P<even>\beven\s+)?\b(?:if|should|in the event of|in case of)\b", re.IGNORECASE)
# A defence refused or denied before its verb: "will not defend", "refuses to help", "no longer supports"
_DEFENCE_REFUSED = re.compile(r"(?:\b" + NEGATIONS + r"|n't|\b" + REFUSALS + r")\s+(?:to\s+)?(?:\w+\s+){0,2}$",
                              re.IGNORECASE)
_DEFENDED_OWN = re.compile(r"\s*(?:its|their|his|her)\s+(?:own\s+)?(?:troops|forces|soldiers|citizens|nationals|people|"
                           r"interests|personnel|bases|allies|territory|sovereignty|embassy|embassies|ships|vessels)\b",
                           re.IGNORECASE)
_RIGHT_BEFORE_ACTOR = re.compile(r"\s*(?:(?:the|an?)\s+)?", re.IGNORECASE)


def _with_defended(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the defenders named before a condition as targets of the conflict acts the condition names."""
    sentence, starts, codes, joined, places = facts.sentence, facts.starts, facts.codes, facts.joined, facts.places
    for found in _DEFENDED_IF.finditer(sentence):
        verb, condition = found.start(), found.end()
        if found.group("even") or _DEFENCE_REFUSED.search(sentence, max(0, verb - 40), verb):
            continue
        start = max((b for b in facts.breaks if b < verb), default=-1) + 1
        stop = min((b for b in facts.breaks if b > condition), default=len(sentence))
        defenders = {codes[k] for k in range(bisect_left(starts, start), bisect_left(starts, verb)) if k not in places}
        # the defence's object: an actor right after the verb, or the subject's own people or forces
        k = bisect_left(starts, found.start("object"))
        if k < len(starts) and starts[k] < condition and _RIGHT_BEFORE_ACTOR.fullmatch(
                sentence, found.start("object"), starts[k]) and k not in places:
            defenders.update(codes[j] for j in range(k, _group_end(joined, k)) if starts[j] < condition)
        elif not _DEFENDED_OWN.match(sentence, found.start("object")):
            continue
        # the condition's subject: the actors it opens on, the act's own sources
        k = bisect_left(starts, condition)
        if (not defenders or k == len(starts) or starts[k] >= stop
                or not _RIGHT_BEFORE_ACTOR.fullmatch(sentence, condition, starts[k])):
            continue
        subject = set(codes[k:_group_end(joined, k)])
        if defenders & subject:
            continue
        for i, cue in enumerate(cues):
            link = links[i]
            if (cue.weight <= 0 or cue.source != "lexicon" or not (condition <= cue.start < stop)
                    or any(m.startswith(("negation", "absence")) for m in cue.modifiers)
                    or not link.sources or not link.sources <= subject or link.deciders or link.mutual):
                continue
            added = frozenset(defenders) - link.sources
            if added:
                links[i] = link._replace(targets=link.targets | added)
    return links
