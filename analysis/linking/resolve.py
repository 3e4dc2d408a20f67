"""The second pass: a cue's link (its sources and targets) from its slot (``_resolve``).

Why a module of its own: it is where the rule families meet: it takes the nearest actors before and after the cue,
lets the slot's relation turn them (``_oriented``), then applies the sources, agents, speech, circumstances, venues
and mends rules in their order, and carries a source past "and" to the next act.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.agents import (
    _led_by_agent,
    _named_among,
    _object_after_agent,
    _object_of_act,
    _own_after_gerund,
    _patient_subject,
    _punished_offence,
)
from analysis.linking.circumstances import _circumstance_responder, _countered_link, _responder
from analysis.linking.clauses import _clause_start
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mends import _FROM_BEFORE, _mended
from analysis.linking.mentions import _REPORT_OPENS, _agent_form, _compound, _group_end, _subject
from analysis.linking.relations import _PASSIVES, _Carried, _Relation, _Slot
from analysis.linking.scoring import CueLink
from analysis.linking.sources import _CLAUSE_THAT, _PASSIVE_VERB, _PRONOUN_OBJECT, _sources
from analysis.linking.speech import _with_speaker
from analysis.linking.venues import _between_after_venue, _with_after_venue
from analysis.tension import Cue

# What a compound of actors names when it qualifies it: "US-China relations", "the Israel–Hamas war".
_RELATION_NOUN = re.compile(r"\s+(?:relations|relationship|ties|talks|negotiations|trade|tensions?|dispute|"
                            r"rivalry|war|conflict|border|summit|deal|agreement|accord|ceasefire|truce|peace|"
                            r"rapprochement|d[eé]tente)\b", re.IGNORECASE)

# A cause read back across a comma is done to the sentence's subject (links-79) unless the act names its own target:
# "Israeli forces strike Syrian military sites ..., in response to Syrian government attacks on the local Druze
# population" (within the clause that target is often the subject named as a noun, "in response to Trump's tariffs on
# the country", so read only across the comma)
_OWN_TARGET = re.compile(r"\s+(?:on|against|targeting|upon)\b", re.IGNORECASE)


def _resolve(facts: _SentenceFacts, cue: Cue, slot: _Slot, carried: _Carried | None,
             reciprocal: re.Pattern[str]) -> tuple[CueLink, _Carried | None]:
    """``cue``'s link, from its slot; and the act whose source an act after "and" may carry on (``carried``, as
    it was if this act has no plain source and target).  The rules, in order: an act countered by the actors
    before it; its sources, the actors nearest before it (``_sources``); a compound's parties; its targets, the
    actors nearest after it, oriented by the slot's relation (``_oriented``); a cause's responder; a speaker's
    part (``_with_speaker``); an owner's act after "by" done to the subject (``_patient_subject``); and the mends
    (``_mended``)."""
    sentence, starts, ends, codes, joined = facts.sentence, facts.starts, facts.ends, facts.codes, facts.joined
    before, after, relation = slot.before, slot.after, slot.relation
    cs, ce = cue.start, cue.end
    lo = _clause_start(facts.breaks, slot.clause)
    first = bisect_right(starts, lo)  # first mention of the clause
    last = bisect_left(starts, slot.clause_end)
    countered = _countered_link(facts, cue, slot, first)
    if countered is not None:
        return countered, carried
    sources, s, end, by_agents = _sources(facts, cue, slot, first, lo, carried)
    if (sources and end == before and before > 0 and slot.relation == _Relation.PLAIN and cue.category in _REPORTED_ACTS
            and _REPORTED_ACT.fullmatch(sentence, ends[before - 1], cs) is not None
            and (_UNDER_ACT.search(sentence, max(0, cs - 8), cs) is not None
                 or (_HYPOTHETICAL.search(sentence, ce, slot.clause_end) is not None
                     and _OWN_THREAT.search(sentence, max(0, cs - 24), cs) is None))):
        # "… she suggested that a military strike on Taiwan could pose …", "Ukraine's Infrastructure Minister says the
        # ports … are under blockade": a speaker is no agent of an act undergone or supposed in the clause reported,
        # whose subject is a noun phrase naming no actor (an act the speaker's state reports as done is mostly its
        # own: "The Israeli military says the strike targeted …", "Trump says the implementation of 50% tariffs")
        # (links-128)
        sources = frozenset()
    elif (sources and s < end == before and slot.relation == _Relation.PLAIN
          and _VERB_AFTER_OBJECT.match(sentence, ends[before - 1], cs) is not None
          and _object_of_act(facts, starts[s])):
        # "a military strike on Taiwan could pose a "survival-threatening situation" for Japan": the object of an act a
        # noun names, that noun phrase the subject of the verb after it, is no source of what that verb says (links-129)
        sources = frozenset()
    means_object: frozenset[str] = frozenset()
    if (sources and end == before and s > first and slot.relation == _Relation.PLAIN
            and _BY_MEANS.search(sentence, max(0, cs - 4), cs) is not None and _GERUND.match(sentence, cs) is not None
            and "," not in sentence[ends[before - 1]:cs] and not _OF_WORD.search(sentence, ends[before - 1], cs)
            and not _CLAUSE_THAT.search(sentence, ends[s - 1], starts[s])):
        # "Russia stops three Ukrainian Navy vessels from passing under the Kerch Strait Bridge by blocking it": the act
        # of a "by VERBing" adjunct is the clause subject's, done to the main verb's object (links-130)
        # (the reported clause's subject, past "says", no speaker: "Israel says Hamas violated the ceasefire by firing
        # rockets at Israel" is Hamas's firing: reader25)
        # (to the subject's first character: the verb's lookahead needs the capital after it)
        opens = [m.end() for m in _REPORT_OPENS.finditer(sentence, lo, starts[s] + 1) if m.end() <= starts[s]]
        said = max(first, bisect_left(starts, max(opens))) if opens else first
        subject = _subject(sentence, starts, codes, joined, said, s, facts.places) if said < s else frozenset()
        if subject and not subject & sources:
            sources, means_object = subject, sources
    if (sources and end == before and s > first and slot.relation == _Relation.PLAIN and not means_object
            and (adjunct := _TIME_GERUND.search(sentence, max(ends[before - 1], cs - 48), cs)) is not None
            and (adjunct.group(1) is not None or _GERUND.fullmatch(cue.term.split()[0] if cue.term.split() else ""))
            and "," not in sentence[adjunct.end():cs] and _PRONOUN_OBJECT.match(sentence, ce) is None
            and _PASSIVE_VERB.search(sentence, starts[first], adjunct.start()) is None
            and not _CLAUSE_THAT.search(sentence, ends[s - 1], starts[s])):
        # "Trump announces he will cancel the tariffs on Denmark, … and the United Kingdom after reaching an agreement
        # with NATO", "Orbán meets with Putin in Moscow, after meeting with Zelenskyy": the act of an "after VERBing"
        # adjunct is the clause subject's, not the main verb's object's (links-186)
        opens = [m.end() for m in _REPORT_OPENS.finditer(sentence, lo, starts[s] + 1) if m.end() <= starts[s]]
        said = max(first, bisect_left(starts, max(opens))) if opens else first
        subject = _subject(sentence, starts, codes, joined, said, s, facts.places) if said < s else frozenset()
        if (subject and not subject & sources and not _own_after_gerund(facts, subject, ce)
                and not _punished_offence(sentence, starts[said], starts[s], adjunct.start(),
                                          adjunct.start(1) if adjunct.group(1) is not None else cs)):
            sources = subject
    targets: frozenset[str] = frozenset()
    mutual = False
    # "Israeli-American hostage Edan Alexander", "a French-Iranian academic": two demonyms hyphened before a
    # person name one person's two nationalities, no two parties acting with each other
    dual = end - s == 2 and (s + 1) in facts.dual_nationals
    if (slot.adjacent and len(sources) > 1 and end == before and not dual
            and _compound(sentence, starts, ends, s, before)):
        # "the Russo-Ukrainian war", "the Israel–Hamas ceasefire": the pair named in one word
        # is the act's own, whatever is named after it ("… war and a meeting between Trump and Putin")
        return CueLink(sources, frozenset(), True), carried
    if relation == _Relation.PASSIVE_AGENT_ENDS:
        sources, targets = frozenset(), sources
    elif (after < last and not slot.venue and relation not in (_Relation.MEDIATED, _Relation.OTHER_EVENT, _Relation.PLACE_BETWEEN)
          and not slot.qualifier and not slot.reason_or_topic
          and not slot.hosted and not (slot.adjourned and len(sources) > 1)):
        t = after + 1
        while t < last and joined[t]:
            t += 1
        targets = frozenset(codes[after:t])
        if (relation == _Relation.PLAIN and len(targets) > 1 and _compound(sentence, starts, ends, after, t)
                and _RELATION_NOUN.match(sentence, ends[t - 1])):
            # "the thaw in US-China relations": the act is between the compound's parties
            return CueLink(targets, frozenset(), True), carried
        if (len(sources) == 1 and targets == sources and relation == _Relation.PLAIN
                and _FROM_REGION.search(sentence, max(0, starts[after] - 32), starts[after]) is not None
                and not (s < before and _FROM_BEFORE.search(sentence, max(0, starts[s] - 12), starts[s]))):
            # "The Houthis launch a ballistic missile from Yemen towards Ben Gurion Airport in Israel": the source's own
            # place after "from" is where the act sets out, no target; the next actor of the clause may be (links-152)
            # (one actor only: "a refusal to negotiate a deal in good faith" from Hamas and Israel" is the two's
            # refusal towards each other, a held-back row that links28's links-148 turned to "same"; not when the
            # source stands after "from" too: "deliveries of jets from American aviation company Boeing and to suspend
            # purchases of … parts from U.S. companies" names no purchaser)
            targets = frozenset(codes[t:_group_end(joined, t)]) - sources if t < last else frozenset()
        if (len(sources) == 1 and targets == sources and relation == _Relation.PLAIN and t - after == 1
                and _OWN_PEOPLE.match(sentence, ends[after]) is not None
                and facts.ordered[after].text != facts.ordered[after].name):
            # "announces the withdrawal of Polish forces from Iraq": the source's own people or forces, a demonym
            # owning the act's object, are no target of it; the actor they are taken "from" is (links-158) (not one they
            # stay in or go to, a host: "agrees to keep about 400 U.S. troops in Syria", "the deployment of … U.S. troops
            # to Saudi Arabia", "in the custody of U.S. troops in Iraq")
            targets = (frozenset(codes[t:_group_end(joined, t)]) - sources
                       if t < last and _OWN_PEOPLE_FROM.fullmatch(sentence, ends[after], starts[t]) else frozenset())
        if sources and relation == _Relation.PLAIN:
            carried = _Carried(slot.clause, after, t, sources)
        if slot.from_source and len(set(codes[after:t])) == 1:
            # (one actor: a group after "from" would become co-agents, "rejects proposals from Israel and the
            # United States" no deal between them)
            sources, targets = targets, sources
        sources, targets, mutual = _oriented(slot, sources, targets)
    elif slot.venue and (between := _between_after_venue(sentence, starts, ends, codes, joined, facts.mutual_at,
                                                         after, last)):
        targets, mutual = between, True  # "talks begin in Qatar between the United States and the Taliban"
    elif slot.venue and (partners := _with_after_venue(sentence, starts, ends, codes, joined, after, last)):
        targets = partners - sources  # "host a summit in Bogotá with migration officials from Peru and Ecuador"
    elif len(sources) > 1 and not by_agents and not slot.one_sided and not dual and not slot.hosted:
        mutual = True  # "Japan and China clashed"
    if (not targets and sources and facts.cause_at and first <= s < before and not slot.hosted
            and not slot.place_object  # (its object named: the act was done to that place, not to the responder)
            and not reciprocal.search(sentence, cs, ce)  # "in response to the Gaza war": a place's war
            and _agent_form(sentence, facts.ordered[s])):
        # "Iran's parliament votes to close the Strait of Hormuz in response to the U.S. attacks": an
        # act named as the cause of the clause's own act was done to the clause's subject
        targets = _responder(sentence, starts, codes, joined, facts.places - facts.territory, facts.cause_at, first,
                             lo, s, sources, _OWN_TARGET.match(sentence, ce) is not None,
                             [m.kind for m in facts.ordered])
    if not targets and means_object:
        targets = means_object
    if (not targets and sources and relation in _PASSIVES and after < last
            and (on := _AGENT_THEN_OBJECT.match(sentence, ends[_group_end(joined, after) - 1])) is not None):
        # "the January 8, 2020 attack by Iran on U.S. forces": the object after the passive's agent is its target
        # (links-131)
        t = bisect_left(starts, on.end())
        if t < last and starts[t] == on.end():
            targets = frozenset(codes[t:_group_end(joined, t)]) - sources
    if (not targets and sources and relation in _PASSIVES and after < last and cue.category == "military_action"
            and (at := _AGENT_THEN_PLACE.match(sentence, ends[_group_end(joined, after) - 1])) is not None):
        # "Airstrikes are carried out by the Israeli Air Force across several areas of Beirut, Lebanon": force whose
        # patient no actor names hits the place after its agent (links-157)
        t = bisect_left(starts, at.end())
        if t < last and starts[t] == at.end():
            targets = frozenset(codes[t:_group_end(joined, t)]) - sources
    if (not targets and sources and cue.weight > 0 and cue.category == "military_action"
            and (at := _ACT_THEN_PLACE.match(sentence, ce)) is not None):
        # "Russia strikes Dnipro, Ukraine", "Ukrainian drones strike Kazan, Russia", "The Houthis target Eilat, Israel":
        # the state closing the chain of places force hit is its target (links-198)
        t = bisect_left(starts, at.end())
        # (past the clause's end: the chain's commas end it)
        if t < len(starts) and starts[t] == at.end() and _CHAIN_CLOSED.match(sentence, ends[_group_end(joined, t) - 1]):
            targets = frozenset(codes[t:_group_end(joined, t)]) - sources
    if (not targets and sources and not mutual and first <= s < before and slot.conflict
            and _OWN_PLACE_AFTER.match(sentence, ce) is None):
        # "Taiwan scrambles navy ships and jets as Chinese warships … sail through the Taiwan Strait", "declare martial
        # law … amid an Azerbaijani invasion": an act named in the circumstance of the clause's own act, its owner
        # right after "as" or "amid", was done to the clause's subject (links-132)
        targets = _circumstance_responder(facts, first, s, sources)
    sources, targets = _with_speaker(facts, cue, slot, first, s, sources, targets, mutual, by_agents)
    if not targets and sources and slot.adjacent and first < s < before and end == before and slot.conflict:
        # "Iran's nuclear program was set back by the U.S. airstrikes": an act its owner's demonym names, after "by"
        # or "after", was done to the clause's subject
        targets = _patient_subject(facts, first, s, ce) - sources
    if relation in _PASSIVES and sources and not targets and slot.clause_end < len(sentence):
        # "for those killed in a United States airstrike—among them Qasem Soleimani": the patients a passive left
        # unnamed, named after the clause
        targets = _named_among(facts, slot.clause_end) - sources
    if relation == _Relation.PASSIVE_AGENT and sources and not targets:
        targets = _object_after_agent(facts, cue, slot, last) - sources
    if relation == _Relation.PLAIN and targets and (agents := _led_by_agent(facts, cue, slot, last)):
        sources = agents - targets
    sources, targets, mutual = _mended(facts, cue, slot, last, sources, targets, mutual)
    return CueLink(sources, targets, mutual), carried


# links-152: "from", maybe a region of the place: "launch a ballistic missile from| Yemen", "fires … missiles from western|
# Iran" (links-155)
_FROM_REGION = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                          r"south-?west)(?:ern)?\s+)?$", re.IGNORECASE)

# links-158: a demonym's own people or forces: "Polish| forces", "Russian| diplomats"
_OWN_PEOPLE = re.compile(r"\s+(?:(?:military|armed|special|security|naval|air|ground|government)\s+)?(?:forces|troops|"
                         r"soldiers|personnel|diplomats|citizens|nationals|officials|contingent|peacekeepers|"
                         r"servicemen|service\s+members|embassy|ambassador|envoy|consulate|mission)\b", re.IGNORECASE)

# ... then "from" and the place they leave: "Polish forces| from |Iraq", "U.S. troops and assets from |Somalia"
_OWN_PEOPLE_FROM = re.compile(r"\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?")

# links-157: after a passive's agent, the place force hit: "carried out by the Israeli Air Force| across several areas
# of |Beirut", "allegedly carried out by the Israel Defense Forces| near |Damascus"
_AGENT_THEN_PLACE = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*){0,4}(?:\s+(?:forces|troops|soldiers|military|army|police|"
                               r"warplanes|jets|drones|aircraft))?\s+(?:in|across|near|into|inside|throughout|over|at)\s+(?:the\s+)?"
                               r"(?:(?:[a-z][\w-]*)\s+){0,3}?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,\s+)?(?=[A-Z])")

# links-198: an act of force, maybe its verb after a weapon, then a chain of places closed by a state: "strikes| Dnipro,
# |Ukraine", "guided bombs target| Zaporizhzhia, |Ukraine", "strikes| the port of Mukalla, |Yemen"; the state closes the
# chain (a comma, a full stop, "with", "killing" … or the end after it), so it is the place, not a new clause's subject
_ACT_THEN_PLACE = re.compile(r"(?:\s+(?:hit|hits|struck|strike|strikes|target|targets|targeted|pound|pounds|pounded|"
                             r"shell|shells|shelled|bomb|bombs|bombed|attack|attacks|attacked))?\s+(?:the\s+(?:city|town|"
                             r"village|port|region|province|oblast|district|capital)\s+of\s+)?"
                             r"(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+){1,3}(?=[A-Z])")
_CHAIN_CLOSED = re.compile(r"\s*(?:[,.;]|$|\s(?:with|killing|injuring|wounding|damaging|overnight|on|in)\b)")

# links-132 not for an act with its own place or object right after it: "as Russian troops advance in Donetsk", "as
# Iranian proxies attack shipping in the Red Sea" (reader25); not "on": "amid Israeli airstrikes on the country" names
# the subject
_OWN_PLACE_AFTER = re.compile(r"\s+(?:(?:shipping|vessels|ships|tankers|civilians|positions|targets|bases)\b|"
                              r"(?:in|at|into|across|along)\s)", re.IGNORECASE)

# A speaker, a verb of saying, then the reported clause's subject, a noun phrase naming no actor, up to the cue (no
# possessive: "China says its drills" are China's own): "'s Infrastructure Minister Volodymyr Omelyan says the ports
# of Berdiansk and Mariupol are effectively under", "suggested that a"
_REPORTED_ACT = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][\w.'\u2019-]*)*\s*,?\s+(?:(?:has|have|had|also|again|publicly|"
                           r"previously|now|further)\s+)*(?:says?|said|claims?|claimed|suggests?|suggested|states|stated|"
                           r"argues?|argued|alleges?|alleged|warns?|warned|adds?|added)\s+(?:that\s+)?(?:the|a|an)\s+"
                           r"[^;:\u2014]*")
# ... an act undergone ("are under| blockade") or supposed ("a military strike on Taiwan| could pose")
_UNDER_ACT = re.compile(r"\bunder\s+(?:an?\s+)?$", re.IGNORECASE)
# ... but a retaliation, a preemptive strike or the speaker's own act supposed is the speaker's threat: "Iran says a
# retaliatory strike on Israel could come within days" (reader25)
_OWN_THREAT = re.compile(r"\b(?:retaliatory|preemptive|pre-emptive|punitive|its|our|their|his|her)\s+(?:[a-z][\w-]*\s+)?$",
                         re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:could|might|would|may)\b", re.IGNORECASE)
# ... the acts it reads so (not a state of relations nor talks, whose parties a speaker is: "says the tensions with")
_REPORTED_ACTS = frozenset({"military_action", "coercion", "threat"})

# An act noun's object (agents.py's ``_OBJECT_OF_ACT``: "strike on| Taiwan"), then a verb (a modal, an auxiliary or
# one of causing) whose subject that noun phrase is, up to the next cue
_VERB_AFTER_OBJECT = re.compile(r"\s+(?:(?:could|would|might|may|will|can|must|is|was|are|were|has|have|had)\s+"
                                r"(?:not\s+)?(?:[a-z][\w-]*\s+){0,2}|(?:poses?|posed|threatens?|threatened|triggers?|"
                                r"triggered|sparks?|sparked|prompts?|prompted|leads?\s+to|led\s+to|causes?|caused)\s+)"
                                r"[^,;:\u2014]*$")

# links-186: a time adjunct's gerund, the cue or a few words before it: "after| reaching an |agreement", "after |meeting"
# (not a passive's "after being attacked", "after having been")
# (the gerund the cue itself only: "after disputed Belarusian President" names an adjective; not a gerund whose
# object is a pronoun, "after accusing them of selling information to the U.S.", "after conferring with his advisers",
# nor after a passive: "is returned to a penal colony after refusing deportation to Lithuania" is a person's act)
_TIME_GERUND = re.compile(r"\b(?:after|before|upon|while)\s+(?!being\b|having\b)(?:([a-z]{3,}ing)"
                          r"(?:\s+(?:a|an|the|its|their|his|her|new|joint|bilateral|trade|peace|security|defen[cs]e)){0,3}"
                          r"\s+)?$", re.IGNORECASE)

# "by| blocking": a means adjunct's gerund, the cue
_BY_MEANS = re.compile(r"\bby\s+$", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# ... not an act the main verb's object is accused "of" ("accuses Iran of an act of aggression by supplying missiles"),
# nor in a clause after "that" ("alleging that the UAE violated the Genocide Convention by supplying weapons")
_OF_WORD = re.compile(r"\bof\b", re.IGNORECASE)

# After a passive's agent, its object: "attack by Iran| on |U.S. forces"
_AGENT_THEN_OBJECT = re.compile(r"\s+(?:on|against|upon|targeting)\s+(?:the\s+)?", re.IGNORECASE)


def _oriented(slot: _Slot, sources: frozenset[str],
              targets: frozenset[str]) -> tuple[frozenset[str], frozenset[str], bool]:
    """``sources`` and ``targets`` (the actors nearest before and after a cue) as the slot's relation turns them,
    and whether they act with each other."""
    relation = slot.relation
    if relation == _Relation.BETWEEN:
        return sources, targets, True
    if relation == _Relation.BROKER:
        return frozenset(), targets, True
    if relation == _Relation.RELATIONS_BETWEEN:
        # (one actor after "between" leaves the other party to the clause: "a confrontation
        # between its Navy and the U.S.'s")
        return (frozenset() if len(targets) > 1 else sources), targets, True
    if relation in _PASSIVES:
        sources, targets = targets, sources
        # "in a joint operation by Iran and Pakistan", "the deal signed by the US and China": the
        # agents of a passive act that takes two sides, with no other party, act together ("assisted
        # by colleagues in Switzerland and the United States" does not; "attacks by Russia and Iran"
        # stand on one side)
        return sources, targets, (relation == _Relation.PASSIVE_JOINT_AGENTS and not targets and len(sources) > 1
                                  and not slot.one_sided)
    return sources, targets, False
