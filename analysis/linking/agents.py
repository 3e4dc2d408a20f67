"""Agents and objects named around an act noun or a time adjunct: "attack by Iran on U.S. forces", "a
blockade on Yemen led by a Saudi Arabian coalition", "those killed … —among them", "after VERBing", the punished's
offence "for" a punishment, a conflict act's object.

Why a module of its own: these rules, read by the second pass (``_resolve``, ``_sources``), find who did an act a noun
or an adjunct names when word order alone would give it to the clause's subject or object.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _REPORT_OPENS, _agent_form, _group_end, _placed, _subject
from analysis.linking.relations import _Slot
from analysis.tension import Cue
from analysis.text import BE_BEFORE

_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)

# "Iran's nuclear program was set back by the U.S. airstrikes", "... after the U.S. airstrikes"
# (not "after": "Germany sends more tanks to Ukraine after the Russian offensive", "closes its embassy in Kyiv after
# the Russian invasion" name a time, the subject no patient)
_BY_AFTER_OWNER = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# ... or "after" when a passive stands right before it, its patient the passive's subject: "Iran's nuclear program may
# have only been set back by a few months after the U.S. airstrikes" (the passive's verb, then a few words: not an
# active verb's time, "Germany sends more tanks to Ukraine after the Russian offensive")
# (a verb of damage only, links-106: "Finland's application to NATO was accelerated after the Russian invasion", "Germany's
# embassy in Kyiv was closed for two days after the Russian missile strikes" name a time, no act on the subject)
_PASSIVE_AFTER_OWNER = re.compile(r"\b(?:been|is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:set\s+back|damaged|destroyed|hit|struck|"
                                  r"disrupted|crippled|knocked\s+out|wiped\s+out|weakened|degraded|devastated|razed|"
                                  r"flattened|level(?:l)?ed|obliterated|gutted)\b(?:\s+[\w-]+){0,5}?\s+after\s+(?:the\s+)?$",
                                  re.IGNORECASE)
# ... the act ending its noun phrase and its clause's verb before it: not a noun's qualifier ("approval of the
# ceasefire agreement by the Israeli war cabinet"), nor the subject of a verb after it ("Syrian government forces
# backed by Russian airstrikes recapture the city", "regions directly affected by the Russian invasion comes into
# effect")
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\"\u201d])|\s+(?:and|or|but|while|in|on|at|against|from|during|including|"
                         r"that|which|who|as|after|since|of|to|for|with|near|across|over|into)\b", re.IGNORECASE)

# "—among them", ", including": members of the noun before, right after a clause's end; a title of a few capitalised
# words maybe before the actor ("among them Quds Force Commander Qasem Soleimani")
_AMONG_THEM = re.compile(r"\s*[,\u2014\u2013-]?\s*(?:among\s+them|among\s+whom|including)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}")


def _named_among(facts: _SentenceFacts, clause_end: int) -> frozenset[str]:
    """The actors "among them" or "including" names right after the clause ending at ``clause_end``, else none."""
    among = _AMONG_THEM.match(facts.sentence, clause_end)
    if among is None:
        return frozenset()
    i = bisect_left(facts.starts, clause_end)
    if i == len(facts.starts) or facts.starts[i] > among.end():
        return frozenset()
    return frozenset(facts.codes[i:_group_end(facts.joined, i)])


# links-140: a noun's agent right after it, then its object: "the January 8 attack by Iran on U.S. forces", "a state
# visit by South Korean president Yoon Suk Yeol to the Philippines" (a few words of the agent's noun phrase between)
_RIGHT_BY = re.compile(r"\s+by\s+")
_OBJECT_AFTER_AGENT = re.compile(r"(?:\s+[\w.'\u2019-]+){0,4}?\s+(?:on|against|upon|targeting|into|to)\s+(?:the\s+)?"
                                 r"(?:[a-z][\w-]*\s+){0,2}")
_VERB_FORM = re.compile(r"(?:ed|en|wn)$", re.IGNORECASE)

_VENUE_HEAD = re.compile(r"\s+(?:embassy|embassies|consulate|consulates|mission|missions|parliament|capital)\b",
                         re.IGNORECASE)


def _object_after_agent(facts: _SentenceFacts, cue: Cue, slot: _Slot, last: int) -> frozenset[str]:
    """The actors of the object named after the agent of the noun ``cue`` ("attack by Iran on U.S. forces"): "by"
    right after the cue, the agent's noun phrase, then "on", "against", "to" … and the object; else none."""
    sentence, starts, ends, after = facts.sentence, facts.starts, facts.ends, slot.after
    cs, ce = cue.start, cue.end
    by = _RIGHT_BY.match(sentence, ce)
    if (by is None or after >= last or _VERB_FORM.search(cue.term) or BE_BEFORE.search(sentence, max(0, cs - 12), cs)
            or _BY_BEFORE.search(sentence, max(0, cs - 12), cs) is not None):
        return frozenset()
    if sentence[by.end():starts[after]].strip().lower() not in ("", "the", "any", "a", "an"):
        return frozenset()
    t = _group_end(facts.joined, after)
    if t >= last or _OBJECT_AFTER_AGENT.fullmatch(sentence, ends[t - 1], starts[t]) is None:
        return frozenset()
    u = _group_end(facts.joined, t)
    if _VENUE_HEAD.match(sentence, ends[u - 1]) is not None:
        return frozenset()  # "a protest by Iranian exiles to the French embassy": a venue, no object (reader25)
    return frozenset(facts.codes[t:u])


# links-142: an act noun, its object, then a participle of doing it and "by": "a blockade on Yemen led by a Saudi Arabian
# coalition", "the blockade of Qatar imposed by Saudi Arabia": the agent after "by" did it, not the clause's subject
# (the Yemenis protesting it, nor the object's own demonym)
_LED_BY = re.compile(r"\s+(?:led|imposed|enforced|carried\s+out|launched|conducted|waged|ordered|mounted|staged|"
                     r"perpetrated)\s+by\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?")
# (the words between lower-case: "The United States| strikes militias in Iraq led by Iranian commanders" is a verb's
# subject, no noun phrase: reader25)
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _led_by_agent(facts: _SentenceFacts, cue: Cue, slot: _Slot, last: int) -> frozenset[str]:
    """The actors after "led by", "imposed by" … right after the object (mention ``slot.after`` and those joined to
    it) of the noun ``cue``, in its clause; else none."""
    sentence, starts = facts.sentence, facts.starts
    cs = cue.start
    if _ARTICLE_BEFORE.search(sentence, max(0, cs - 40), cs) is None or _VERB_FORM.search(cue.term):
        return frozenset()
    t = _group_end(facts.joined, slot.after)
    if t >= last or _LED_BY.fullmatch(sentence, facts.ends[t - 1], starts[t]) is None:
        return frozenset()
    return frozenset(facts.codes[t:_group_end(facts.joined, t)])


def _patient_subject(facts: _SentenceFacts, first: int, owner: int, cue_end: int) -> frozenset[str]:
    """The subject of the clause (mentions [first, owner)) when "by" or "after" stands right before mention ``owner``,
    the owner (a demonym, a possessive) of the act after it, which ends its noun phrase at ``cue_end``: the act was
    done to that subject; else none."""
    sentence, starts = facts.sentence, facts.starts
    if not _agent_form(sentence, facts.ordered[owner]) or _PHRASE_END.match(sentence, cue_end) is None:
        return frozenset()
    if _BY_AFTER_OWNER.search(sentence, max(0, starts[owner] - 24), starts[owner]) is not None:
        return _subject(sentence, starts, facts.codes, facts.joined, first, owner, facts.places)
    passive = _PASSIVE_AFTER_OWNER.search(sentence, max(0, starts[owner] - 80), starts[owner])
    if passive is None:
        return frozenset()
    # the passive's subject: after the last "that" of a report before it ("A preliminary assessment by the U.S.
    # Defense Intelligence Agency finds that Iran's nuclear program …": not the assessment's author)
    opens = [m.end() for m in _REPORT_OPENS.finditer(sentence, 0, passive.start())]
    return _subject(sentence, starts, facts.codes, facts.joined, max(first, bisect_left(starts, opens[-1]) if opens
                                                                      else first),
                    bisect_left(starts, passive.start()), facts.places)


# An act a noun names, then its object: "strike on| Taiwan", "invasion of| Ukraine"
_OBJECT_OF_ACT = re.compile(r"\s+(?:on|against|of|into)\s+(?:the\s+)?", re.IGNORECASE)


def _own_after_gerund(facts: _SentenceFacts, subject: frozenset[str], at: int) -> bool:
    """Whether the first actor after ``at`` (a time adjunct's gerund), a few words on and before any comma, is one of
    the ``subject``'s, which the subject's own act hardly names as its object: "Japan protests to China after detaining
    a Japanese businessman" (links-192)."""
    sentence, starts = facts.sentence, facts.starts
    j = bisect_left(starts, at)
    return (j < len(starts) and starts[j] <= at + _TIME_GERUND_REACH and facts.codes[j] in subject
            and facts.ordered[j].text != facts.ordered[j].name and not _placed(sentence, starts, j, facts.places)
            and "," not in sentence[at:starts[j]])


def _punished_offence(sentence: str, verb_from: int, verb_to: int, adjunct_at: int, gerund_at: int) -> bool:
    """Whether a punitive or reactive verb (``_PUNITIVE_VERB``) stands in [``verb_from``, ``verb_to``), before the
    object, so that the time adjunct at ``adjunct_at`` names the object's offence: not the punisher's grounds (the
    gerund at ``gerund_at``), nor once the offence is named between the verb and the adjunct (links-192)."""
    verb = _PUNITIVE_VERB.search(sentence, verb_from, verb_to)
    return (verb is not None and _GROUNDS_GERUND.match(sentence, gerund_at) is None
            and _OFFENCE_NAMED.search(sentence, verb.end(), adjunct_at) is None)


def _object_of_act(facts: _SentenceFacts, at: int) -> bool:
    """Whether the mention starting at ``at`` is the object of a conflict act a cue names right before it."""
    spans = facts.conflict_spans
    i = bisect_right(spans, (at, at)) - 1
    return i >= 0 and _OBJECT_OF_ACT.fullmatch(facts.sentence, spans[i][1], at) is not None


_TIME_GERUND_REACH = 40

# A time adjunct's act (``_TIME_GERUND``) is not the subject's after a punitive or reactive main verb on another's
# person or state, whose offence the adjunct names: "China
# sanctions a U.S. congressman after visiting Taiwan", "India summons the Bangladeshi envoy after attacking Hindu
# temples", "Japan protests to China after detaining a Japanese businessman" (the subject's own envoy recalled or
# summoned stays the subject's: "Turkey summons its chargé d'affaires to Egypt after accusing …") (links-192)
_PUNITIVE_VERB = re.compile(r"\b(?:sanction(?:s|ed)?|expel(?:s|led)?|ban(?:s|ned)?|arrest(?:s|ed)?|detain(?:s|ed)?|"
                            r"summon(?:s|ed)|execut(?:es|ed)|hang(?:s|ed)|protest(?:s|ed)?|sentenc(?:es|ed)|"
                            r"deport(?:s|ed)?|convict(?:s|ed)?|jail(?:s|ed)?|imprison(?:s|ed)?|punish(?:es|ed)?|"
                            r"condemn(?:s|ed)?|denounc(?:es|ed)|rebuk(?:es|ed)|reprimand(?:s|ed)?)\b"
                            r"(?!\s+(?:its|their|his|her|our|own)\b)", re.IGNORECASE)
# ... but the punisher's own grounds, an accusation or finding ("expels three Russian diplomats … after accusing the
# Russian embassy of helping …"), or a state's agreement ("Poland bans Russian trucks after reaching an agreement with
# Ukraine"), or any act once the object's offence is named before the adjunct ("expels a Belarusian diplomat accused
# of espionage after cooperating with Romanian and Hungarian intelligence services")
_GROUNDS_GERUND = re.compile(r"(?:accus|alleg|claim|cit|sa|find|discover|uncover|investigat|conclud|determin|"
                             r"identify|establish|learn|confirm|report|reach|sign|agree)ing\b", re.IGNORECASE)
_OFFENCE_NAMED = re.compile(r"\b(?:(?:accused|suspected|convicted|charged|guilty)\s+of|for|over)\b", re.IGNORECASE)
