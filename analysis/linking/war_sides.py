"""Sentence-wide passes about wars and their sides: a war term's sides and material backers (links-212,
216), support for an armed group "in" a state, occupations named as a place's attribute, mines and roadside bombs
a vehicle struck.

Why a module of its own: these rules set fields of ``CueLink`` (``sides``, ``backers``, ``standing``) that
``pair_score`` reads for bystanders of a war, or take a place's state out of an act's targets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.linking.companies import _unmarked
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _group_end
from analysis.linking.scoring import WAR_TERMS, CueLink
from analysis.linking.vocabulary import _COMPANY_HOME
from analysis.tension import Cue
from analysis.text import BE_BEFORE

# links-205: an occupation named as a place's attribute, "the occupied West Bank", "Turkish-occupied Afrin, Syria",
# "Russian-occupied territories of Ukraine": the participle after an article, a preposition or an occupier's demonym
# hyphened to it, before a name or a word of territory
_OCCUPIED_WORD = re.compile(r"[Oo]ccupied")
_OCCUPIED_BEFORE = re.compile(r"(?:\b(?:the|an?|in|of|on|into|from|to|at|across|throughout)\s+|[-\u2013])$",
                              re.IGNORECASE)
_OCCUPIED_PLACE_AFTER = re.compile(r"\s+(?=[A-Z]|territor)")
# ... and the words of the place's name up to its state: "| Golan Heights in |Syria", "| Afrin, |Syria", "| territories
# of |Ukraine" (no lower-case word but these: "in Russian-occupied Donetsk sentences two Colombians" names no state)
_OCCUPIED_PLACE_WORDS = re.compile(r"(?:\s*(?:[A-Z][\w'\u2019.-]*|territor(?:y|ies)|areas?|parts?|regions?|of|in|the|,))*"
                                   r"\s*")
_OCCUPIED_PLACE_REACH = 48


def _with_occupied_places(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with an occupation named as a place's attribute (``_OCCUPIED_BEFORE``) linked as the standing state of
    that place: its occupier the demonym hyphened to it, the occupied the state its place's name closes on (none:
    nobody), and no other actor of the clause (links-205): "A court in Russian-occupied Donetsk sentences two
    Colombians" occupies no Colombians.  With no occupier named ("the occupied West Bank") the link stays as the
    clause reads it.  Either way, for the pair of one party and a bystander it counts as a cue that links neither
    (``pair_score``)."""
    sentence, starts, ends, codes, joined = facts.sentence, facts.starts, facts.ends, facts.codes, facts.joined
    for i, cue in enumerate(cues):
        cs, ce = cue.start, cue.end
        if (cue.weight <= 0 or not _OCCUPIED_WORD.fullmatch(sentence, cs, ce)
                or _OCCUPIED_BEFORE.search(sentence, max(0, cs - 12), cs) is None
                or _OCCUPIED_PLACE_AFTER.match(sentence, ce) is None):
            continue
        occupier: frozenset[str] = frozenset()
        if cs > 0 and sentence[cs - 1] in "-\u2013":
            j = bisect_right(ends, cs - 1) - 1
            if j >= 0 and ends[j] == cs - 1:
                occupier = frozenset(codes[j:j + 1])
        if not occupier:
            # (no occupier named, "in the occupied West Bank": the clause's actors may be it, "Israel announces 22 new
            # settlements in the occupied West Bank"; the link stays, a bystander's context only)
            links[i] = links[i]._replace(standing=True)
            continue
        occupied: frozenset[str] = frozenset()
        t = bisect_left(starts, ce)
        if (t < len(starts) and starts[t] <= ce + _OCCUPIED_PLACE_REACH
                and _OCCUPIED_PLACE_WORDS.fullmatch(sentence, ce, starts[t]) is not None):
            occupied = frozenset(codes[t:_group_end(joined, t)]) - occupier
        links[i] = CueLink(occupier, occupied, standing=True)
    return links


# links-206: support "for" or "to" an armed group "in" a state, "Rwanda's military support for the M23 rebel movement in
# Kivu, Democratic Republic of the Congo", "providing support to the M23 rebel group in eastern …": the group is no
# actor, and the state it fights in no recipient of the support (a group backed is set against that state, as
# ``_ARMED_NOUN`` says of "Rwanda-backed M23 rebels in …")
# (links-215: not support for a fight against the group, "US announces support for the fight against Islamist militants
# in Somalia", nor "to" an infinitive of purpose, "Burundi sends troops to fight M23 rebels in the DR Congo")
_FIGHT_WORD = r"(?:fight\w*|combat\w*|counter\w*|battl\w*|against|war|wars|struggle|campaign|offensive|operations?)"
_PURPOSE_INFINITIVE = (r"(?:fight|combat|counter|battle|defeat|help|protect|defend|tackle|crush|confront|repel|drive|push|"
                       r"hunt|rout|target|attack|contain|stop|quell|suppress|end|root|wipe|eliminate|neutrali[sz]e|"
                       r"secure|assist|support|aid|back|bolster|reinforce|train|disarm|pursue)")
_ARMED_RECIPIENT = re.compile(r"\s+(?:for|to(?!\s+" + _PURPOSE_INFINITIVE + r"\b))\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:(?!" + _FIGHT_WORD + r"\b)[\w'\u2019-]+\s+){0,3}?(?:rebels?|militias?|"
                              r"militants|separatists|insurgents|guerrillas|paramilitar\w*)(?:\s+(?:group|groups|movement|"
                              r"movements|forces|fighters))?\s+(?:in|inside|across)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                              r"(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*,\s+)?", re.IGNORECASE)


def _with_armed_recipients(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a cooperation cue's support for an armed group in a state (``_ARMED_RECIPIENT``) taking no target
    from that state (links-206)."""
    sentence, starts, codes, joined = facts.sentence, facts.starts, facts.codes, facts.joined
    for i, cue in enumerate(cues):
        if cue.weight >= 0 or not links[i].targets:
            continue
        t = bisect_left(starts, cue.end)
        if t < len(starts) and _ARMED_RECIPIENT.fullmatch(sentence, cue.end, starts[t]) is not None:
            place = frozenset(codes[t:_group_end(joined, t)])
            if links[i].targets & place:
                links[i] = links[i]._replace(targets=links[i].targets - place, mutual=False)
    return links


# links-212: the sides a war term's own phrase names: a possessor or a compound before it ("Russia's war", "the
# Israel–Hamas war", "its war" for the sentence's subject), a complement after it ("against Ukraine", "with Israel",
# "between Armenia and Azerbaijan"); and the actors who back one side with material support before it ("North Korea
# has sent 3,000 more soldiers to bolster Russia's war on Ukraine")
_WAR_SIDE_BEFORE = re.compile(r"(?:['\u2019]s?\s+|\s*[-\u2013\u2014/]\s*|\s+)(?:(?!(?:about|in|on|of|for|the|a|an|to|with|amid|"
                              r"during|over|against|from|by|since|after|before|and|or)\b)[a-z][\w-]*\s+){0,3}")
_WAR_SIDE_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)
_WAR_SIDE_AFTER = re.compile(r"\s+(?:against|with|on|between|upon)\s+(?:the\s+)?")
_WAR_SIDE_CHAIN = re.compile(r"\s*(?:[-\u2013/]|and|,\s*and)\s*(?:the\s+)?")
_WAR_SIDE_REACH = 40
_WAR_MATERIAL = re.compile(r"\b(?:weapons?|arms|armaments|troops|soldiers|drones?|missiles?|munitions|ammunition|aid|"
                           r"supplies|supplied|supplying|funding|funds|financ\w*|mercenaries|fighters|military\s+"
                           r"(?:equipment|assistance|support))\s+(?:[\w-]+\s+){0,2}?to\s", re.IGNORECASE)
_WAR_MATERIAL_REACH = 120
# links-216: support withheld, denied or blamed is no backing ("Germany halts weapons exports to Israel", "China denies
# sending weapons to Russia", "the United States accuses North Korea of supplying missiles to Russia": the accuser),
# and backing goes to an actor named right after its "to" ("sending troops to its border during Russia's war": none)
_WAR_MATERIAL_WITHHELD = re.compile(r"\b(?:halt\w*|stop\w*|suspend\w*|ban|bans|banned|banning|bar|bars|barred|block\w*|"
                                    r"refus\w*|den(?:y|ies|ied|ying)|no|not|never|without|cut\w*|freez\w*|embargo\w*|"
                                    r"accus\w*|condemn\w*|critici[sz]\w*|warn\w*|sanction\w*|restrict\w*|end(?:s|ed|ing)?)\b",
                                    re.IGNORECASE)
_WAR_MATERIAL_RECIPIENT_REACH = 12  # "to bolster Russia's war": a verb between "to" and the side backed
# links-217: "n't" and "declin… to" withhold the support only when they govern its verb, right before it ("says it
# didn't send weapons to Russia", "declines to send Taurus missiles"), not in a clause between ("which hasn't
# acknowledged the deployment, has sent troops", "despite declining public support, sends weapons": reader32)
_WAR_MATERIAL_NEGATED = re.compile(r"(?:\w*n['\u2019]t|\bdeclin\w*\s+to)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _withheld(stretch: str) -> bool:
    """Whether the words between a backer and its support withhold, deny or blame it (links-216), read after the
    stretch's last comma: a clause between commas is an aside ("Germany, which does not want a wider conflict,
    sends missiles to Ukraine", "The United States, despite falling support, sends weapons": reader32), where
    the verb that withholds stands after it ("China, however, denies sending weapons")."""
    return _WAR_MATERIAL_WITHHELD.search(stretch[stretch.rfind(",") + 1:]) is not None


def _with_war_sides(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with each war term's sides named in its phrase and its material backers (links-212)."""
    sentence, starts, ends, codes = facts.sentence, facts.starts, facts.ends, facts.codes
    for i, cue in enumerate(cues):
        if cue.term.lower() not in WAR_TERMS or cue.weight <= 0:
            continue
        before: set[str] = set()
        cursor, pattern = cue.start, _WAR_SIDE_BEFORE
        for j in range(bisect_left(starts, cue.start) - 1, -1, -1):
            if (ends[j] > cursor or cursor - ends[j] > _WAR_SIDE_REACH
                    or pattern.fullmatch(sentence, ends[j], cursor) is None):
                break
            before.add(codes[j])
            cursor, pattern = starts[j], _WAR_SIDE_CHAIN
        if (starts and starts[0] < cue.start and _WAR_SIDE_PRONOUN.search(sentence[max(0, cue.start - 40):cue.start])
                and any(c.weight < 0 and codes[0] in k.sources for c, k in zip(cues, links))
                and not _WAR_MATERIAL_WITHHELD.search(sentence[ends[0]:cue.start])):  # (links-216: "China denies …")
            before.add(codes[0])  # "Hamas thanks Iran for its support during its war with Israel": the thanker's
        after: set[str] = set()
        cursor, pattern = cue.end, _WAR_SIDE_AFTER
        for j in range(bisect_left(starts, cue.end), len(starts)):
            if starts[j] - cursor > _WAR_SIDE_REACH or pattern.fullmatch(sentence, cursor, starts[j]) is None:
                break
            after.add(codes[j])
            cursor, pattern = ends[j], _WAR_SIDE_CHAIN
        backers = []
        before_cue = bisect_left(starts, cue.start)
        for j in range(before_cue):
            material = _WAR_MATERIAL.search(sentence, ends[j], cue.start) if cue.start - ends[j] <= _WAR_MATERIAL_REACH \
                else None
            if material is None or _withheld(sentence[ends[j]:material.start()]) \
                    or _WAR_MATERIAL_NEGATED.search(sentence, ends[j], material.start()):
                continue
            k = bisect_left(starts, material.end())
            if k < before_cue and starts[k] - material.end() <= _WAR_MATERIAL_RECIPIENT_REACH:
                backers.append((codes[j], frozenset(codes[j + 1:before_cue])))
        links[i] = links[i]._replace(sides=(_unmarked(frozenset(before)), _unmarked(frozenset(after))),
                                     backers=tuple((code.removeprefix(_COMPANY_HOME), _unmarked(between))
                                                   for code, between in backers))
    return links


# links-209: a vehicle that struck a mine or a roadside bomb: "Two French soldiers are killed after their armoured vehicle
# hits a roadside bomb in Mali", "civilians travelling from Burkina Faso are killed after their vehicle struck a landmine
# near the village of Boni in Mali's Mopti Region": nobody named laid it, so its force and the deaths it caused have no
# source; the victims and the place underwent them (links-214: the passive of the vehicle's people, the bomb itself)
_STRUCK_MINE = re.compile(r"\b(?:their|its|his|her|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:vehicles?|cars?|bus|truck|trucks|"
                          r"convoy|carrier|tank|patrol|boat|ship|vessel|minibus|van)\s+(?:hits?|struck|strikes|ran\s+over|"
                          r"runs\s+over|drove\s+over|triggered|triggers|detonated)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:bomb|mine|landmine|land\s+mine|IED|explosive\s+device|explosive)\b", re.IGNORECASE)
#: links-214: the mine's layer named after it, "an explosive device planted by Hamas in Gaza"
_MINE_LAID_BY = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:planted|laid|placed|left|set)\s+by\s", re.IGNORECASE)


def _with_struck_mines(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the acts of force up to a mine or a roadside bomb a vehicle struck (``_STRUCK_MINE``) done by
    nobody named to the actors they linked (links-209), unless a "by" names the act's agent."""
    sentence, starts = facts.sentence, facts.starts
    struck = _STRUCK_MINE.search(sentence)
    if (struck is None or " by " in sentence[:struck.end()]
            or _MINE_LAID_BY.match(sentence, struck.end()) is not None
            or bisect_left(starts, struck.start()) < bisect_left(starts, struck.end())):
        return links  # (links-214: "… planted by Hamas", "a Russian anti-tank mine": its source is named)
    for i, cue in enumerate(cues):
        link = links[i]
        if (cue.start < struck.end() and cue.weight > 0 and cue.category == "military_action" and link.sources
                and not link.mutual
                and (cue.start >= struck.start() or BE_BEFORE.search(sentence, max(0, cue.start - 8), cue.start))):
            links[i] = link._replace(sources=frozenset(), targets=link.sources | link.targets)
    return links
