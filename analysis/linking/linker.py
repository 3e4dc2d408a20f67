"""``cue_links``, the entry point: every cue's link for one sentence.

Why a module of its own: it strings the passes together: the sentence's facts once, each cue's slot (first pass) and
link (second pass, shared among cues of equal slots), then the sentence-wide passes, each run only when its words
occur in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.actors import Mention
from analysis.linking.armed_foes import _with_armed_foes, _with_served
from analysis.linking.companies import _without_homes
from analysis.linking.deciders import _CONDITION_HINT, _with_deciders, _with_defended, _with_sought
from analysis.linking.doers import _with_named_agents
from analysis.linking.exercises import _with_joint_exercises
from analysis.linking.extraditions import _with_extradited
from analysis.linking.facts import _sentence_facts
from analysis.linking.fallen import _with_fallen
from analysis.linking.force import _with_answered, _with_means, _with_rescued, _with_threatened_acts
from analysis.linking.grievances import _with_blamed, _with_forums, _with_praised_for
from analysis.linking.passives import _with_rejected_asks
from analysis.linking.relations import _Carried, _Slot
from analysis.linking.resolve import _resolve
from analysis.linking.scoring import MODEL_RULE, UNLINKED_CUE, CueLink
from analysis.linking.slot import _slot
from analysis.linking.verdicts import _with_verdicts
from analysis.linking.war_sides import (
    _with_armed_recipients,
    _with_occupied_places,
    _with_struck_mines,
    _with_war_sides,
)
from analysis.tension import Cue, default_lexicon


def cue_links(sentence: str, mentions: Sequence[Mention], offset: int, cues: Sequence[Cue],
              model_rule: str = MODEL_RULE) -> list[CueLink]:
    """Each cue's link; mention spans are in article offsets (``offset`` = the sentence's start).

    The sentence is read once (``_sentence_facts``); then each cue's slot (``_slot``: its clause, the mentions
    around it, how the words between say they relate, and which rules apply) decides its link
    (``_resolve``).  Cues with modifiers get links of their own; the others share one link per slot."""
    if not cues:
        return []
    facts = _sentence_facts(sentence, mentions, offset, cues)
    reciprocal = default_lexicon().reciprocal
    out = []
    # Cues between the same mentions of the same clause link alike (most learned word cues do):
    # worked out once per slot, and the link shared, which pair_score's own memo relies on.
    memo: dict[_Slot, CueLink] = {}
    # the clause, target group and sources of the last act with both: a source to carry past "and"
    carried: _Carried | None = None
    for cue in cues:
        if cue.source != "lexicon" and model_rule != "position":
            out.append(UNLINKED_CUE)
            continue
        slot = _slot(facts, cue, reciprocal)
        if not cue.modifiers:
            known = memo.get(slot)
            if known is not None:
                out.append(known)
                continue
        link, carried = _resolve(facts, cue, slot, carried, reciprocal)
        out.append(_memo(memo, slot, link, cue))
    out = _with_deciders(sentence, facts.starts, facts.ends, facts.codes, facts.joined, facts.places, cues, out)
    out = _with_sought(facts, cues, out)
    if _CONDITION_HINT.search(sentence):
        out = _with_defended(facts, cues, out)
    if " for " in sentence:
        out = _with_praised_for(facts, cues, out)
    if "blam" in sentence or "responsible" in sentence:
        out = _with_blamed(facts, cues, out)
    out = _with_answered(cues, out)
    if " of " in sentence:
        out = _with_threatened_acts(sentence, cues, out)
    if ", which " in sentence:
        out = _with_rejected_asks(facts, cues, out)
    if "hostage" in sentence or "captive" in sentence:
        out = _with_rescued(facts, cues, out)
    if " in a" in sentence:
        out = _with_means(facts, cues, out)
    if "ccupied" in sentence:
        out = _with_occupied_places(facts, cues, out)
    if " in " in sentence:
        out = _with_armed_recipients(facts, cues, out)
    if "complain" in sentence or "protest" in sentence or "grievance" in sentence:
        out = _with_forums(facts, cues, out)
    if "war" in sentence or "conflict" in sentence or "fighting" in sentence or "hostilities" in sentence:
        out = _with_war_sides(facts, cues, out)
    if "mine" in sentence or "bomb" in sentence or "IED" in sentence or "explosive" in sentence:
        out = _with_struck_mines(facts, cues, out)
    if " in " in sentence or " near " in sentence or " inside " in sentence or " across " in sentence:
        out = _with_armed_foes(facts, cues, out)
    if " of " in sentence:
        out = _with_served(facts, cues, out)
    if "xercise" in sentence or "drill" in sentence or "war games" in sentence or "anoeuvre" in sentence or (
            "aneuver" in sentence):
        out = _with_joint_exercises(facts, cues, out)
    if "xtradit" in sentence:
        out = _with_extradited(facts, cues, out)
    if "all" in sentence or "deem" in sentence or "escrib" in sentence or "erm" in sentence or "label" in sentence or (
            "brand" in sentence or "dub" in sentence):
        out = _with_verdicts(facts, cues, out)
    if " with " in sentence and ("killed" in sentence or "wounded" in sentence or "injured" in sentence or (
            "slain" in sentence)):
        out = _with_fallen(facts, cues, out)
    out = _without_homes(sentence, cues, out) if facts.homes else out
    return _with_named_agents(facts, cues, out)


def _memo(memo: dict, slot: _Slot, link: CueLink,
          cue: Cue) -> CueLink:
    """``link``, kept for the cues of the same slot after it unless ``cue``'s modifiers make it its own."""
    if not cue.modifiers:
        memo[slot] = link
    return link
