"""Passives and their "by" agents.

Why a module of its own: a "by" between a cue and its target marks the passive and swaps them ("Ukraine was attacked
by Russia"), unless a gerund follows it; "in" after a passive, a count of the wounded or "from" can name the agent
too ("Two Ukrainians are killed in Russian airstrikes"); a "by" after an active verb's object names its owner, and a
participle right after a noun is a reduced passive ("those killed in a United States airstrike").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _agent_form, _group_end, _placed, _subject
from analysis.linking.relations import _Relation
from analysis.linking.scoring import RECIPROCAL, CueLink
from analysis.linking.vocabulary import _ATTRIBUTIVE, _BY_AGENT_REACH, _PAST_PARTICIPLE
from analysis.tension import Cue
from analysis.text import BE_BEFORE

_JOINT = re.compile(r"joint(?:ly)?\b", re.IGNORECASE)  # "a joint operation", "jointly hosted"

# "are killed in Russian airstrikes", "were wounded in an Israeli strike": the passive's agent after "in" (below).

# ... or after "during", a count of the wounded maybe between ("are killed and 13 injured during Israeli
# airstrikes"), a place maybe before it ("in the Gaza Strip during Israeli airstrikes")
# (or a longer count, a verb of its own: "At least 50 Palestinians are killed and dozens of others are injured in
# Israeli attacks", "Three U.S. service members are killed and five others are seriously wounded in an Iranian
# missile strike")
_WOUNDED_TOO = (r"(?:\s+and\s+(?:(?:at\s+least|more\s+than|over|nearly|about|around|up\s+to)\s+)?(?:[\w,]+\s+){1,4}?"
                r"(?:(?:are|were|is|was)\s+)?(?:(?:seriously|critically|severely|lightly|slightly)\s+)?"
                r"(?:injured|wounded|hurt|(?:reported\s+)?missing))?")
# (a count may stand before the agent, "from" for "in": "Five Palestinians are killed in two Israeli attacks", "are
# killed from Israeli attacks across the Gaza Strip")
_IN_AGENT = re.compile(_WOUNDED_TOO + r"\s+(?:in|from)\s+(?:(?:a|an|the)\s+)?(?:(?:series|wave|number)\s+of\s+|"
                       r"(?:two|three|four|five|several|multiple|separate|overnight|renewed|continued)\s+)*",
                       re.IGNORECASE)
_IN_AGENT_RIGHT_AFTER = re.compile(r"\s+in\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)

# The passive's agent after "during" (links-199: "after" or "following" an agent's act too, "Two Lebanese soldiers are
# killed after an Israeli strike", "Five Afghan migrants are killed after Iranian border guards open fire")
_DURING_AGENT = re.compile(_WOUNDED_TOO + r"\s+(?:during|after|following)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_PLACE_BEFORE_DURING = re.compile(_WOUNDED_TOO + r"\s+(?:in|across|near|at|throughout)\s+(?:the\s+)?",
                                  re.IGNORECASE)

# "A performer ... is detained by NFL security on the field after holding the Sudanese and Palestinian flags":
# the passive's agent phrase ends at a time adjunct; an actor named after it is not the agent, and the act
# keeps only its patient.  (Prepositions as ends were tried and dropped: "by SEBIN agents in Caracas",
# "by a bombing in Kirkuk, Iraq" name the agent's state as a place.)
_AGENT_ENDS = re.compile(r"\b(?:after|before|during|following|since)\b")

# "... believed they were targeting a vehicle used by Hezbollah to transport rockets": the cue's object, then a
# participle of its own before "by": a reduced relative clause, whose agent is no agent of the cue
# (not a participle that says how the act itself was done: "strikes on the power grid ordered by Moscow", "the
# shelling of the village launched by Turkey")
_RELATIVE_BY = re.compile(r"\s+(?:a|an|the|its|their|his|her|this|these|those|\d[\d,.]*)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                          r"(?!(?:launched|conducted|ordered|mounted|perpetrated|staged|orchestrated|committed|led|"
                          r"carried|executed|unleashed|waged|initiated)\s)[a-z]+(?:ed|en|wn)\s+$")

# links-203: the state a border is "with", after a passive's agent that is no actor, is where it acted, as a place is
# ("are killed in an ambush by Islamic State fighters near the border with Burkina Faso")
_BORDER_WITH = re.compile(r"\b(?:near|at|along|on|across|close\s+to)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
                          r"(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _passive(facts: _SentenceFacts, cue: Cue, after: int, target_at: int,
             reciprocal: re.Pattern[str]) -> tuple[_Relation, int]:
    """Whether ``cue`` is a passive whose agent the actor after it (mention ``after``, at ``target_at``) is:
    after "by", or after "in" or "during" an act that actor qualifies; and the agent's mention."""
    sentence, starts, ends, joined, passive = facts.sentence, facts.starts, facts.ends, facts.joined, facts.passive
    cs, ce = cue.start, cue.end
    relation = _Relation.PLAIN
    i = bisect_left(passive, ce)
    if i < len(passive) and passive[i] < target_at and _RELATIVE_BY.fullmatch(sentence, ce, passive[i]):
        pass  # "targeting a vehicle used by Hezbollah": the agent of another participle, the target's own
    elif i < len(passive) and passive[i] < target_at and _object_owned_by(facts, cue, passive[i]):
        pass  # "China bans visits by United States military ships": the owner of the verb's object, its target
    elif i < len(passive) and passive[i] < target_at:
        relation = _Relation.PASSIVE_AGENT
        if _AGENT_ENDS.search(sentence, passive[i] + 2, target_at):
            # "is detained by NFL security on the field ... after holding the Sudanese flag"
            relation = _Relation.PASSIVE_AGENT_ENDS
        elif (cue.category == "military_action" and target_at > passive[i] + 2 + _BY_AGENT_REACH
              and (_placed(sentence, starts, after, facts.places)
                   or _BORDER_WITH.search(sentence, max(0, target_at - 24), target_at) is not None)
              and not _AGENT_ENDS.search(sentence, ce, passive[i])
              and _STATE_AGENT.match(sentence, passive[i] + 2) is None):
            # "Two Chinese nationals are shot by a security guard at a textile mill in Karachi, Pakistan": force by
            # an agent that is no actor, then a place, which is where it acted, not who (a state's police arresting
            # in its land is its own: "is arrested by SEBIN agents in Caracas"; and the "by" is the cue's own, no
            # later event's: "exchange gunfire … during a crisis caused by a terrorist attack in India-administered
            # Kashmir")
            relation = _Relation.PASSIVE_AGENT_ENDS
    elif BE_BEFORE.search(sentence, max(0, cs - 8), cs) or _reduced_passive_agent(facts, cue, after, target_at):
        if _IN_AGENT.fullmatch(sentence, ce, target_at) and (
                _IN_AGENT_RIGHT_AFTER.fullmatch(sentence, ce, target_at)
                or _ATTRIBUTIVE.match(sentence, ends[_group_end(joined, after) - 1])):
            relation = _Relation.PASSIVE_AGENT  # "Two Ukrainians are killed in Russian airstrikes": the passive's agent
        elif (after + 1 < len(starts) and _PLACE_BEFORE_DURING.fullmatch(sentence, ce, target_at)
              and _DURING_AGENT.fullmatch(sentence, ends[after], starts[after + 1])):
            # "Eight Palestinians are killed and 13 injured in the Gaza Strip during Israeli
            # airstrikes": the place is passed over for the agent after "during"
            after += 1
            relation = _Relation.PASSIVE_AGENT
        elif _DURING_AGENT.fullmatch(sentence, ce, target_at):
            relation = _Relation.PASSIVE_AGENT  # "Fifteen rescue workers are killed during an Israeli airstrike"
    if relation == _Relation.PASSIVE_AGENT and (cue.category in RECIPROCAL or _JOINT.match(sentence, cs)
                                                or reciprocal.search(sentence, cs, ce)):
        relation = _Relation.PASSIVE_JOINT_AGENTS  # a passive whose agents act together (see _oriented)
    return relation, after


# links-139: an active verb's object, then "by": the object's owner ("China bans visits by United States military
# ships", "vetoed a plan by Israel", "condemns the use of violence by Belarusian authorities"), no passive agent
_OBJECT_BY = re.compile(r"\s+(?:(?:a|an|the|any|its|their|his|her|this|these|those)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                        r"|(?!(?:is|was|has|this|us|as|always|perhaps)\s)[a-z]+s\s+)"
                        r"(?<!ed\s)(?<!en\s)(?<!ly\s)$")
_NOUN_BEFORE_CUE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|these|those|any|of|by|following|after|amid|"
                              r"despite|in|for|over|with|on|against|to|from)\s+$|['\u2019]s?\s+$",
                              re.IGNORECASE)


def _object_owned_by(facts: _SentenceFacts, cue: Cue, by_at: int) -> bool:
    """Whether the "by" at ``by_at`` follows an object of the active verb ``cue``, naming that object's owner, no
    agent of the cue: the verb stands after no article, possessive or auxiliary "be", and its object opens with a
    determiner or is a bare plural noun ("bans visits by")."""
    sentence, cs = facts.sentence, cue.start
    return (" " not in cue.term.strip() and _OBJECT_BY.fullmatch(sentence, cue.end, by_at) is not None
            and BE_BEFORE.search(sentence, max(0, cs - 12), cs) is None
            and _NOUN_BEFORE_CUE.search(sentence, max(0, cs - 10), cs) is None)


# ... the noun before a reduced passive: a word that is no auxiliary, pronoun subject or name ("those| killed", "people|
# wounded")
_PLAIN_NOUN_BEFORE = re.compile(r"\b(?!(?:have|has|had|having|who|which|that|they|he|she|it|we|I|you|and|or|also|"
                                r"reportedly|allegedly)\b)[a-z]+\s+$")
_IN_AN = re.compile(r"\s+in\s+(?:a|an)\s+", re.IGNORECASE)
_ACT_AFTER_REACH = 24
_WORDS_ONLY = re.compile(r"[\s\w-]*")


def _reduced_passive_agent(facts: _SentenceFacts, cue: Cue, after: int, target_at: int) -> bool:
    """Whether ``cue`` is a participle right after a noun no actor names ("for those killed in a United States
    airstrike"), no auxiliary "have" before it: a reduced passive, whose agent is the actor after "in a", named as the
    agent (``_agent_form``, or by its own name) of an act of force right after it (not a place: "a U.S. service member
    killed in Somalia",
    "detained in Belarus", nor a place's qualifier, "smashed in a Lebanese civilian home")."""
    sentence, cs, ce = facts.sentence, cue.start, cue.end
    if (_PAST_PARTICIPLE.fullmatch(sentence, cs, ce) is None or _IN_AN.fullmatch(sentence, ce, target_at) is None
            or _PLAIN_NOUN_BEFORE.search(sentence, max(0, cs - 24), cs) is None
            or not (_agent_form(sentence, facts.ordered[after])
                    or facts.ordered[after].text == facts.ordered[after].name)):
        return False
    before = bisect_right(facts.ends, cs)
    if before and not sentence[facts.ends[before - 1]:cs].strip():
        return False  # ("Russia killed in ...": an actor right before is the verb's subject)
    end = facts.ends[after]
    spans = facts.conflict_spans
    i = bisect_left(spans, (end, 0))
    return (i < len(spans) and spans[i][0] - end <= _ACT_AFTER_REACH
            and _WORDS_ONLY.fullmatch(sentence, end, spans[i][0]) is not None)


# A state's own forces as the agent, whose state is the place's (links-106): "Two Afghan migrants are shot by border
# guards in Iran", "A Chinese national is shot dead by police in Karachi, Pakistan" (a security guard is no state's)
# (in lower case: "by Baloch Nationalist Army gunmen" names an armed group, no state's army)
_STATE_AGENT = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:police(?:men)?|police\s+officers?|"
                          r"border\s+(?:guards?|police)|soldiers?|troops|(?:security\s+|armed\s+)?forces|army|military|coast\s*guards?|gendarmes?|"
                          r"gendarmerie|navy|snipers?)\b(?!\s+(?:gunmen|militants|rebels|fighters))")


# links-230: a passive relative clause after a comma, ", which has been rejected by X": its antecedent is what the
# sentence's subject asked or offered ("call for an immediate 21-day ceasefire …, which has been rejected by Israeli
# Prime Minister Benjamin Netanyahu"), so the rejection's target is that subject
_RELATIVE_PASSIVE = re.compile(r",\s+which\s+(?:(?:has|have|had)\s+been|is|was|were|are)\s+(?:[a-z]+ly\s+)?$",
                               re.IGNORECASE)
_SUBJECT_LIST_COMMA = re.compile(r",\s+(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)
_REJECTION = re.compile(r"(?:rejected|refused|dismissed|opposed|vetoed|condemned|denounced|critici[sz]ed|blocked)$",
                        re.IGNORECASE)


def _with_rejected_asks(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a rejection in a passive relative clause (``_RELATIVE_PASSIVE``) of what a cooperation cue before
    it names set against the sentence's subject, when the rejection has an agent and no target of its own."""
    sentence = facts.sentence
    for i, cue in enumerate(cues):
        link = links[i]
        if (not link.sources or link.targets or link.mutual or cue.weight <= 0 or not _REJECTION.match(cue.term)
                or _RELATIVE_PASSIVE.search(sentence, max(0, cue.start - 40), cue.start) is None
                or not any(c.weight < 0 and c.end <= cue.start for c in cues[:i])):
            continue
        limit = bisect_left(facts.starts, cues[0].start)
        subject = _subject(sentence, facts.starts, facts.codes, facts.joined, 0, limit, facts.places)
        k = next((k for k in range(limit) if facts.codes[k] in subject), limit)
        while (k + 1 < limit and not _placed(sentence, facts.starts, k + 1, facts.places)
               and _SUBJECT_LIST_COMMA.fullmatch(sentence, facts.ends[k], facts.starts[k + 1]) is not None):
            # "The United States, the European Union, and several other countries call for": a list its last
            # member, no actor, left unjoined
            k += 1
            subject |= {facts.codes[k]}
        if subject and not subject & link.sources:
            links[i] = CueLink(link.sources, subject)
    return links
