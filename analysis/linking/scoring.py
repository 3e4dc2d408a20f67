"""How much each cue counts for a pair: the link classes, their factors, and ``pair_score``.

Why a module of its own: this is what the rest of the project reads of linking (``CueLink``, ``pair_link``,
``pair_score``, ``FACTORS``; analysis/pipeline.py, analysis/evaluate.py), and it depends on no word-order rule.  A
cue counts for a pair in full when it links both actors on opposite sides (``PAIR``), by ``ONE_LINKED`` when it links
one of them and the other takes no part in it (``ONE``), by ``UNLINKED`` when it links neither or both on the same side
(``NONE``, ``SAME``), and by 0 when a third party prevents it (``THIRD``); a conflict act that links one actor only
as what it was done to (its target or place) and the other not at all counts as ``UNDERGONE``, by ``UNLINKED`` as well
(links-226); see the package docstring.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from analysis.tension import Cue

PAIR, ONE, SAME, NONE = "pair", "one", "same", "none"
# An act a third party prevents or refuses, for the pair of its own parties: "Egypt invites Fatah and Hamas
# to Cairo in a bid to halt violent protests at the Israeli-Gazan border" does not make Israel and the
# Palestinians cooperate, nor "China signals opposition to U.S. arms sales to Taiwan" set the US against
# Taiwan; the turned cue counts 0 for them (and as turned for the third party's pairs).
THIRD = "third"
#: links-226: a conflict act that links one actor of the pair only as its target or place, the other not at all: the
#: other is a bystander of what was done to the one ("Five Italian soldiers are wounded by a bombing in Kirkuk,
#: Iraq" for Iraq and Italy; "fuel trucks arriving in Mali from … the Ivory Coast" ambushed).  Done to one actor by
#: nobody named, it says nothing of the pair, as a cue linking neither does; done by one actor (a source) to
#: something else, it still tells of the doer, who stays ``ONE``.
UNDERGONE = "undergone"
BOTH_LINKED = 1.0
ONE_LINKED = 0.25  # μ
UNLINKED = 0.1  # λ
#: How learned word cues (source "model") are linked: "position" (the lexicon's word-order rules),
#: "unlinked" (they count as linking no actor) or "sentence" (they count in full for every pair).
MODEL_RULE = "position"
#: How cues that do not link both actors of a pair count for it: "strongest" (the strongest on each
#: side, by its factor) or "sum" (each by its factor).
CONTEXT_RULE = "strongest"

#: Categories whose co-agents act with each other: agreeing or talking together is agreeing or
#: talking with each other (cues.yaml's category names).
RECIPROCAL = frozenset({"agreement", "consultation"})


class CueLink(NamedTuple):
    """The actors one cue stands between: codes on each side; ``mutual``: all act with each other."""

    sources: frozenset[str]
    targets: frozenset[str]
    mutual: bool = False
    #: who prevents or refuses the act, when the cue is turned by such a modifier: the sentence's subject
    #: before the modifier's word
    deciders: frozenset[str] = frozenset()
    #: a standing state of a place named as its attribute ("the Israeli-occupied Golan Heights", links-205): the
    #: concern of its own parties only
    standing: bool = False
    #: a war term's sides named in its own phrase (links-212): those before it (a possessor, a compound, "its" for the
    #: sentence's subject) and those after it ("against", "with", "on", "between" …); not part of equality
    sides: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: actors named before a war term with material support ("weapons", "troops", "drones" …) between, each with the
    #: actors named between it and the war term (links-212: they took a side); not part of equality
    backers: tuple[tuple[str, frozenset[str]], ...] = ()
    #: actors named as the act's doers that it does not link as sources (links-253: after "carried out by", or the
    #: clause's subject list before its verb): no bystanders of it; not part of equality
    agents: frozenset[str] = frozenset()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CueLink):
            return self[:5] == other[:5]
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:5])


UNLINKED_CUE = CueLink(frozenset(), frozenset())


class PairScore(NamedTuple):
    """One pair's share of a sentence: the tension and its parts, and each cue's link and factor."""

    tension: float
    conflict: float
    cooperation: float
    direction: str
    links: tuple[str, ...]
    factors: tuple[float, ...]


def factor_table(one: float = ONE_LINKED, unlinked: float = UNLINKED, undergone: float | None = None,
                 ) -> dict[str, float]:
    """The factor of each link class; ``undergone`` (links-226) is ``unlinked`` unless given (``one`` before)."""
    return {PAIR: BOTH_LINKED, ONE: one, UNDERGONE: unlinked if undergone is None else undergone, SAME: unlinked,
            NONE: unlinked, THIRD: 0.0}


FACTORS = factor_table()


def _war_party(link: CueLink, a: str, b: str) -> bool:
    """Whether the pair (a, b), one in a war term's link and one not, still has a part in the war (links-212): the two
    are named on its opposite sides in its own phrase, or the one outside backs the other's opponent with material
    support (named before the war term, the other not named between)."""
    before, after = link.sides
    if (a in before and b in after) or (b in before and a in after):
        return True
    x, z = (a, b) if a in link.sources or a in link.targets else (b, a)
    return any(code == z and x not in between for code, between in link.backers)


def _sided(cues: Sequence[Cue], links: Sequence[CueLink], link: CueLink, other: str) -> bool:
    """Whether the doers of a conflict act (``link``'s sources) also act for ``other`` in a cooperation cue, which
    sets ``other`` against what the act was done to (links-226 keeps ONE_LINKED then): "Yemen's Houthis announce
    attacks on Israel in support of Iran" for Iran and Israel."""
    return bool(link.sources) and any(cue.weight < 0 and other in each.targets and each.sources & link.sources
                                      for cue, each in zip(cues, links))


def _direction(arrows: list[tuple[str, float]], total: float) -> str:
    """The pair's direction (links-228): the first event cue relating it not against the side of its tension, else the
    first.
    "Turkey threatens to "strangle" the United States-backed Syrian Border Security Force …, while Syria vows to crush
    it and expel American military personnel" is conflict between Syria and the United States: Syria's crushing and
    expelling set its direction, not the backing named first (whole-WCEP: 28 rows turned, 11 better, 4 worse, where the
    tension's own sign was wrong)."""
    if total:
        for arrow, weight in arrows:
            if weight * total >= 0:  # (a cue a modifier turned to 0, "detained … is released", on no side)
                return arrow
    return arrows[0][0] if arrows else ""


# links-178: an act under a condition ("vows to target 52 sites … if Iran strikes any Americans") is no event that
# happened: it sets a pair's direction only when no act outside a condition does (the act threatened in return)
_CONDITIONS = frozenset({"hedge:if", "hedge:unless"})


def pair_link(link: CueLink, a: str, b: str) -> tuple[str, str]:
    """How ``link`` concerns the pair (a, b): its class, and "SRC>TGT" when it sets them apart."""
    sources, targets = link.sources, link.targets
    a_in = a in sources or a in targets
    b_in = b in sources or b in targets
    if a_in and b_in:
        # Direction only when each actor stands on one side ("Tokyo and Beijing intensified ... China": no).
        if a in sources and b in targets:
            return PAIR, ("" if link.mutual or a in targets or b in sources else f"{a}>{b}")
        if b in sources and a in targets:
            return PAIR, ("" if link.mutual or b in targets or a in sources else f"{b}>{a}")
        return (PAIR, "") if link.mutual else (SAME, "")
    return (ONE, "") if a_in or b_in else (NONE, "")


def _co_agents(link: CueLink, a: str, b: str) -> bool:
    """Whether a and b both act in ``link`` (are both among its sources) rather than both undergo it."""
    return a in link.sources and b in link.sources


#: links-211: a war or a state of relations named with both its sides ("Russia's hybrid warfare against NATO", "Vietnam's
#: past hostilities with the United States") is theirs: for a pair of one side and a bystander it links neither, as a
#: mutual conflict does (links-204)
WAR_TERMS = frozenset({"war", "wars", "warfare", "hostilities", "conflict", "conflicts", "fighting", "tensions",
                       "tension", "dispute", "disputes", "stand-off", "standoff", "rivalry", "feud", "crisis"})


def pair_score(cues: Sequence[Cue], links: Sequence[CueLink], a: str, b: str,
               factors: dict[str, float] = FACTORS, model_rule: str = MODEL_RULE,
               context: str = CONTEXT_RULE) -> PairScore:
    """The pair (a, b)'s tension from the sentence's cues, each weighted by how it links the pair.

    Cues that link both actors count in full; of the others (context: linking one actor, or none)
    only the strongest on each side counts, by its factor, the rest by 0.  A sentence full of violence
    that names two actors in passing ("… arrested in Poland for planning an attack inspired by the
    attacks of Norwegian mass murderer Anders Behring Breivik") gives the pair the context's tone,
    not its volume.  ``context`` "sum" counts every context cue by its factor (links-21 and before),
    for the comparison analysis/evaluate.py prints."""
    conditional = ""
    arrows: list[tuple[str, float]] = []  # the arrows of event cues relating the pair, in order, with their weights
    classes: list[str] = []
    weights: list[float] = []
    strongest = {True: -1, False: -1}  # side (conflict?) -> index of the strongest context cue
    seen: dict[int, tuple[str, str]] = {}  # cue_links shares one link among cues that link alike
    for i, (cue, link) in enumerate(zip(cues, links)):
        if cue.source != "lexicon" and model_rule == "sentence":
            kind, arrow = PAIR, ""
        else:
            known = seen.get(id(link))
            if known is None:
                known = seen[id(link)] = pair_link(link, a, b)
            kind, arrow = known
            if kind == SAME and cue.category in RECIPROCAL and _co_agents(link, a, b):
                kind = PAIR
            if kind == ONE and cue.weight > 0 and _war_party(link, a, b):
                pass  # links-212: the two took opposite sides of the war it names
            elif (kind == ONE and cue.weight > 0
                    and (link.standing or (link.mutual and len(link.sources | link.targets) >= 2)
                         or (link.sources and link.targets and cue.term.lower() in WAR_TERMS))):
                # links-204: a conflict two named actors wage with each other ("the Israel–Hamas war", "tensions
                # between North Korea and the United States") is their business: for a pair holding one of them and a
                # bystander it is context that links neither ("antisemitic incidents in Denmark since the Israel–Hamas
                # war began")
                kind = NONE
            elif (kind == ONE and cue.weight > 0 and not (a in link.sources or b in link.sources)
                  and not _sided(cues, links, link, b if a in link.targets else a)
                  and not (a in link.agents or b in link.agents)):
                kind = UNDERGONE  # links-226: the one actor underwent it, the other is a bystander
            if kind == PAIR and link.deciders and a not in link.deciders and b not in link.deciders:
                kind, arrow = THIRD, ""
            if arrow and cue.source == "lexicon":
                if _CONDITIONS.intersection(cue.modifiers):
                    conditional = conditional or arrow
                else:
                    arrows.append((arrow, cue.weight))
        factor = factors[kind]
        classes.append(kind)
        weights.append(factor)
        if kind != PAIR and cue.weight and factor and context == "strongest":
            side = cue.weight > 0
            best = strongest[side]
            if best < 0 or abs(cue.weight) * factor > abs(cues[best].weight) * weights[best]:
                if best >= 0:
                    weights[best] = 0.0
                strongest[side] = i
            else:
                weights[i] = 0.0
    total = conflict = cooperation = 0.0
    for cue, factor in zip(cues, weights):
        weight = cue.weight * factor
        total += weight
        if weight > 0:
            conflict += weight
        elif weight < 0:
            cooperation -= weight
    direction = _direction(arrows, total)
    return PairScore(math.tanh(total) if cues else 0.0, conflict, cooperation, direction or conditional, tuple(classes),
                     tuple(weights))
