"""Mends of a link already worked out by word order (``_Mend``): the first pass's choice of mend (``_mend``)
and the second pass's application of it (``_mended``).

Why a module of its own: each mend is a narrow exception (an entry barred, a deployment "of", foreign support, "the
country's" act, a protested act, a reduced passive, an owner who is no actor, force held out, "both countries", force
a punishment is for, a force noun's agent after its object); they share their shape, and ``_Mend``'s members say more.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.clauses import _clause_start
from analysis.linking.facts import _BY, _DEMONYM_PERSON, _SentenceFacts
from analysis.linking.mentions import _agent_form, _group_end, _placed, _subject
from analysis.linking.relations import _PASSIVES, _Mend, _Slot
from analysis.linking.venues import _DEPLOY, _hosted
from analysis.linking.vocabulary import _ATTRIBUTIVE, _BY_AGENT_REACH, _COMPANY_HOME, _PAST_PARTICIPLE
from analysis.tension import Cue
from analysis.text import BE_BEFORE

# "Travelers from Iran and Yemen are blocked from entering the United States": a passive keeping the subject out of
# a state is that state's act against the subject's (the cue, then "from entering" right before the actor)
# ("citizens of North Korea, Venezuela, and Chad will be restricted from travelling to the United States")
_ENTRY_BARRED = re.compile(r"(?:block|bann|barr|prohibit|prevent|restrict)\w*", re.IGNORECASE)
_ENTERING = re.compile(r"\s+from\s+(?:entering|travell?ing\s+to|coming\s+to|visiting)\s+(?:the\s+)?",
                       re.IGNORECASE)

# "reviewing deployment of U.S. strategic assets ... to South Korea": the owner after "of" deploys (its destination
# hosts it, as above)
_DEPLOYMENT_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "Putin stated that the end of all foreign military and intelligence support to Ukraine": foreign support is
# others', not the clause subject's (not "foreign aid", the donor's own: "the United States could withhold foreign aid")
_FOREIGN_SUPPORT = re.compile(r"support\w*|backing", re.IGNORECASE)
_FOREIGN = re.compile(r"\bforeign\s+(?:(?:military|intelligence|financial|economic|humanitarian|and|or),?\s+){0,4}$",
                      re.IGNORECASE)

# "The United States removes NATO ally Turkey from the Joint Strike Fighter program, following the country's
# acquisition of the Russian S-400 missile system": an act owned by a possessive noun that names no actor is not
# the clause subject's (the sentence's subject a participle clause would take); "its" and "their" mostly are the
# subject's ("Turkey formally applies to join the BRICS, citing the lack of progress in its accession to the EU")
_UNNAMED_OWNER = re.compile(r"\b(?:the\s+(?:country|government|nation|state|regime|kingdom|republic|administration)"
                            r"['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
# ... but after a participle of saying the country is the sentence subject's own: "Russia withdraws from the grain deal,
# announcing the country's suspension of Black Sea shipments to Ukraine"
_SAYING_PARTICIPLE = re.compile(r",\s+(?:announcing|saying|citing|stating|declaring|defending|explaining|justifying|"
                                r"adding|noting|claiming)\b[^,;]*$", re.IGNORECASE)

# Force named as a noun ("attacks", "airstrikes", "the shelling"), then its place or object, then "by" and its agent:
# "attacks in southern Syria by Israel", "a raid on her home in Nabi Salih by the Israeli army" (not a participle's "by",
# "an attack on a base used by U.S. troops", nor a gerund's)
_FORCE_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|bombings?|bombardments?|shelling|"
                         r"raids?|incursions?|invasion|offensive)", re.IGNORECASE)
# Between the object's last actor and "by", only more of a place or object phrase: names, commas, a preposition with
# its noun, a time word (links-106: a verb or another noun between gives the "by" to something else: "Israel's
# offensive in Gaza is labelled a genocide by South Africa", "airstrikes on Gaza continue despite calls for a ceasefire
# by France", "the invasion of Ukraine prompts new sanctions by the European Union")
_AGENT_AFTER_OBJECT = re.compile(r"(?:\s*,|\s+(?:yesterday|today|overnight|last\s+(?:night|week))|\s+[A-Z][\w'\u2019.-]*"
                                 r"|\s+(?:in|on|at|near|against|across|along|into|inside|over|of|outside|around)"
                                 r"(?:\s+(?:the|a|an|its|their|his|her))?(?:\s+(?:[a-z]+ern|north|south|east|west|central))?"
                                 r"(?:\s+(?!(?:by|and|or)\b)[a-z][\w-]*)?){0,6}"
                                 r"\s+by\s+(?!\w+ing\b)(?:the\s+)?")

# ``_AGENT_AFTER_OBJECT`` only with no actor owning the force noun already ("Russian attacks on Kyiv are called
# terrorism by Germany")
_OWNED_FORCE = re.compile(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+)?|\s+")

# A punishment, its object (no clause break), then "for" and the act it punishes: "sentences Hadi Matar to 25 years in
# prison for the stabbing attack on", "arrests two men for their role in the bombing of" (the verb's last actor before
# the cue at most 30 characters before the verb: the punisher named right before it); an active verb only: a passive's
# subject or a noun's owner is the punished, already the act's source ("Russian officials are sentenced for a 2016
# coup attempt in Montenegro", "receives a 9-month sentence for fatally shooting Palestinian teen …")
_PUNISHED_FOR = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\blife\s)"
                           r"(?<!\bprison\s)(?<!year\s)(?<!month\s)(?<!\bare\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)"
                           r"(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)"
                           r"\b(?P<verb>(?:sentenc|convict|charg|arrest|jail|indict|detain|extradit|execut|prosecut|"
                           r"imprison|punish)\w*)\b[^,;:.]{0,100}?\b(?P<for>for)\s+(?:(?:the|his|her|their|its|a|an|"
                           r"allegedly|alleged|involvement|participation|participating|role|carrying|out|plotting|"
                           r"planning|in|of)\s+)*(?:(?!(?:in|during|after|at|on|since|from|with|while|near)\b)[\w-]+\s+){0,3}$",
                           re.IGNORECASE)  # (no preposition among the last words, links-106: "detain a Hamas commander for

# A verb of protest, then an act done to someone named after "of" (the objective genitive): "condemns the exclusion
# of Taiwan", "protest the arrest of 12 Hong Kong activists" (an act "of" its agent is not among these nouns:
# "condemns the actions of Russia")
_PROTEST_VERB = re.compile(r"\b(?:condemn|denounc|criticiz|criticis|deplor|protest|decr[iy]|slam|lambast|"
                           r"censur)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PATIENT_ACT = (r"(?:arrests?|detentions?|killings?|murders?|assassinations?|executions?|exclusion|expulsions?|"
                r"invasion|occupation|annexation|bombings?|shelling|imprisonment|abductions?|kidnappings?|persecution|"
                r"sentencing|deportations?|seizures?|jailing|treatment|mistreatment|torture|harassment|blockade)")
_PATIENT_ACT_OF = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _PATIENT_ACT
                             + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_PATIENT_ACT_ITSELF = re.compile(r"(?:[\w-]+\s+){0,2}?" + _PATIENT_ACT, re.IGNORECASE)
_OF_PATIENT = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# ... the act's agent after "by", a few words after the patient: "the killing of Iranian protesters by Israel"
_BY_AGENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$", re.IGNORECASE)
# ... or, for a removal, the body after "from": "the exclusion of Taiwan from the World Health Organization"
_REMOVAL = re.compile(r"\b(?:exclusion|expulsions?|deportations?|suspension|removal|ouster)\b", re.IGNORECASE)
_FROM_AGENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$", re.IGNORECASE)

# The irregular past participles of force (beside ``_PAST_PARTICIPLE``), in a full passive only ("are shot dead in
# Karachi, Pakistan"; "Venezuelan civilians shot at Guyanese soldiers" is the past tense) (links-188: "found dead",
# "are found dead at a hotel in Bangkok, Thailand": the place did nothing)
_IRREGULAR_PARTICIPLE = re.compile(r"shot|hit|struck|slain|found\s+dead")
_FOUND_DEAD = re.compile(r"found\s+dead")
_CONJUNCTION_BEFORE = re.compile(r"\b(?:after|as|when|while|before|since|because|until|and)\s+(?:the\s+)?$",
                                 re.IGNORECASE)

# A reduced passive's participle, then its preposition (``_Mend.REDUCED_PASSIVE``; links-188: past a second passive of
# the wounded, "are killed| and another is injured| in a fire in … Russia")
_REDUCED_PASSIVE = re.compile(r"(?:\s+dead|\s+to\s+death)?(?P<wounded>\s+and\s+(?:another|(?:\d+|[a-z]+)\s+others?)\s+"
                              r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:injured|wounded|hurt))?"
                              r"\s+(?:in|at|on|near|along|off|during|while|after|over|since|last|earlier|outside|inside|"
                              r"for|from)\b", re.IGNORECASE)
_CAPTIVE = re.compile(r"\b(?:hostages?|captives?|detainees?|prisoners?|abductees?)\b", re.IGNORECASE)
_IN_PLACE_RIGHT_AFTER = re.compile(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)
# (links-210: "border guards", "peacekeepers", "crew members", "nationals", "citizens", "journalists", "workers")
_SERVICE_PERSON = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:soldiers?|troops|officers?|servicem[ae]n|civilians?|"
                             r"sailors?|pilots?|diplomats?|officials?|crew|people|persons?|migrants?|refugees?|"
                             r"guards?|peacekeepers?|crew\s+members|nationals?|citizens?|journalists?|workers?)\b")
_DETAINED_IN = re.compile(r"\s+(?:at\s+(?:[\w-]+\s+){1,4})?in\s+(?:the\s+)?$", re.IGNORECASE)
# ... an expulsion's state "from": "All 23 Russian diplomats expelled from the UK"
_EXPELLED_FROM = re.compile(r"(?:expelled|deported|ousted)\s+from\s+(?:the\s+)?$", re.IGNORECASE)

# An owner who is no actor (``_Mend.UNLISTED_OWNER``): a person named by title, or a name with a possessive, right
# before the act, after a function word (no title of the actor's own: "Israel's Prime Minister's visit", "special
# counsel Robert Mueller's investigation", "Somali president Hassan Sheikh Mohamud meet"), and no day or month
# ("Tuesday's suicide bombing")
_DAYS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Today|Yesterday")
_UNLISTED_OWNER = re.compile(rf"(?!(?:{_DAYS})\b)"
                             r"(?:(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Cardinal|Archbishop|Patriarch|"
                             r"Sheikh|Emir|Sultan)(?:\s+[A-Z][\w.'\u2019-]*)+(?:['\u2019]s?)?"
                             r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['\u2019]s?)\s+$")
# ... and the guard above reads only the match's first word, which a search may start a word early ("Easter
# Sunday's suicide bombing", "Christmas Day's"): the possessive's own word is no day, month or holiday either
_OWNER_WHEN = re.compile(rf"\b(?:{_DAYS}|Day|Eve|Christmas|Easter|Ramadan|Eid|Year|Week|Weekend)['\u2019]s?\s+$")
_OWNER_AFTER_WORD = re.compile(r"\b(?:for|of|to|on|about|with|and|that|after|before|during|against|over|at|from|"
                               r"the)\s+$")

# ... a full passive after the person: "are (seriously) wounded", "have been killed"
_PERSON_BE = re.compile(r"\s+(?:are|were|is|was|(?:have|has|had)\s+been)\s+(?:[a-z]+ly\s+)?")
# ... or the second passive of the wounded after the dead (links-188): "are killed and another is| injured"
_PERSON_BE_SECOND = re.compile(_PERSON_BE.pattern + r"(?:killed|shot\s+dead|found\s+dead)\s+and\s+"
                               r"(?:another|(?:\d+|[a-z]+)\s+others?)\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?")
# ... and an act in its adjunct: "are seriously wounded after a knife attack", "were killed during an attack", "are
# wounded by a bombing in Kirkuk, Iraq" (links-207: "by a" with no actor as the agent, ``_no_agent_after``)
_PASSIVE_ADJUNCT_ACT = re.compile(r"\s+(?:are|were|is|was|(?:have|has|had)\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)"
                                  r"\s+(?:after|in|during|following|by)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}")

# (links-202: not the "with" of a border, "are killed near the border with Armenia": a place, no counterpart)
_WITH_BEFORE = re.compile(r"(?<!\bborder\s)(?<!\bborders\s)(?<!\bfrontier\s)(?<!\bboundary\s)\bwith\b", re.IGNORECASE)

# "Both countries" as the act's subject (``_Mend.BOTH_STATES``): not after a preposition ("between the two
# countries"), a few words at most before the act
_BOTH_STATES = re.compile(r"(?<!\bbetween\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bin\s)"
                          r"(?<!\bfrom\s)(?<!\bamong\s)(?<!\bby\s)"
                          r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|nations|states|governments|sides)\s+"
                          r"(?:(?:have|has|had|will|would|to|also|then|jointly|now|are|were)\s+)*(?:[a-z]+\s+){0,2}$")


def _two_named(facts: _SentenceFacts, before: int) -> frozenset[str]:
    """The two actors named last together (joined, "Israel and Hamas") among mentions [.., ``before``), if they are
    two; with none joined, the two actors the sentence names before, if it names just two, each maybe in a clause of
    its own ("… reported in Cambodia while a Thai soldier is shot dead on the border as both countries exchange
    artillery fire"); else none."""
    codes, joined = facts.codes, facts.joined
    i = before - 1
    while i > 0 and not joined[i]:
        i -= 1
    if i == 0:
        named = frozenset(codes[:before])
        return named if len(named) == 2 and not any(joined[:before]) else frozenset()
    group = frozenset(codes[i - 1:i + 1])
    return group if len(group) == 2 and not (i > 1 and joined[i - 1]) else frozenset()


# links-188's "found dead" or second passive: not when a fighting counterpart is named after the place (links-193): "are
# killed and two others are wounded in southern Lebanon during clashes with| Hezbollah fighters", "during ground
# operations against| Hezbollah" (a lone full passive keeps its older reading: "Two United States troops are killed in a
# raid against ISIL in Iraq" names the patients' own raid, not the place's state as their killer)
_COUNTERPART_LATER = re.compile(r"\b(?:clash(?:es)?|fighting|fights?|battles?|firefights?|gunfights?|gunfire|"
                                r"skirmish(?:es)?|exchanges?\s+of\s+fire|operations?|offensives?|attacks?|assaults?|"
                                r"raids?|ambush(?:es)?|strikes?|shelling|fire)\s+(?:with|against|by|from)\s+"
                                r"(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_COUNTERPART_REACH = 16


def _no_agent_after(facts: _SentenceFacts, cue: Cue, after: int) -> bool:
    """Whether the first actor after a full passive's ``cue`` (mention ``after``) is named as a place, not as a
    counterpart after "with" ("in an exchange of fire with a Thai soldier", "in clashes with Pakistani forces"), and
    no "by" names an actor as the agent ("expelled from an embassy in Paris by French authorities")."""
    sentence, starts = facts.sentence, facts.starts
    if _WITH_BEFORE.search(sentence, cue.end, starts[after]) is not None:
        return False
    by = _BY.search(sentence, cue.end, starts[after] + 60)
    return by is None or bisect_left(starts, by.end()) == bisect_left(starts, by.end() + _BY_AGENT_REACH)


def _counterpart_later(facts: _SentenceFacts, cue: Cue, after: int) -> bool:
    """Whether the clause of ``cue`` names a fighting counterpart after the place (mention ``after``): "… in southern
    Lebanon during clashes with Hezbollah fighters" (links-193)."""
    sentence, starts = facts.sentence, facts.starts
    clause_end = next((b for b in facts.breaks if b > starts[after]), len(sentence))
    for counterpart in _COUNTERPART_LATER.finditer(sentence, cue.end, clause_end):
        j = bisect_left(starts, counterpart.end())
        if j < len(starts) and starts[j] <= counterpart.end() + _COUNTERPART_REACH and starts[j] < clause_end:
            return True
    return False


def _mend(facts: _SentenceFacts, cue: Cue, plain: bool, slot_before: int, after: int, lo: int) -> _Mend:
    """Which of the mends (``_Mend``; their regexes say more) applies to ``cue``, whose clause begins at
    ``lo`` and whose first actor after is mention ``after`` (mentions [.., ``slot_before``) end before it), ``plain``
    when no words turn that actor."""
    sentence, starts = facts.sentence, facts.starts
    cs, ce = cue.start, cue.end
    if plain:
        if (BE_BEFORE.search(sentence, max(0, cs - 8), cs) is not None
                and _ENTRY_BARRED.fullmatch(sentence, cs, ce) and _ENTERING.fullmatch(sentence, ce, starts[after])):
            return _Mend.ENTRY_BARRED
        if (_DEPLOY.fullmatch(sentence, cs, ce) and _DEPLOYMENT_OF.fullmatch(sentence, ce, starts[after])
                and _agent_form(sentence, facts.ordered[after])):
            return _Mend.DEPLOYMENT_OF
    if (slot_before > 0 and facts.ends[slot_before - 1] > lo
            and ((regular := _PAST_PARTICIPLE.fullmatch(sentence, cs, ce) is not None)
                 or _IRREGULAR_PARTICIPLE.fullmatch(sentence, cs, ce) is not None)
            and (reduced := _REDUCED_PASSIVE.match(sentence, ce)) is not None
            and ((person := _DEMONYM_PERSON.match(sentence, facts.ends[slot_before - 1], cs)) is not None
                 or (person := _SERVICE_PERSON.match(sentence, facts.ends[slot_before - 1], cs)) is not None)
            and ((regular and not sentence[person.end():cs].strip() and reduced.group("wounded") is None)
                 # "Two U.S. citizens are seriously wounded after a knife attack in Amsterdam Centraal station": the
                 # full passive, its agent not named
                 or (plain and _PERSON_BE.fullmatch(sentence, person.end(), cs) is not None
                     and reduced.group("wounded") is None and not _FOUND_DEAD.fullmatch(sentence, cs, ce)
                     and _no_agent_after(facts, cue, after))
                 # links-188: "found dead", or a second passive of the wounded ("… are found dead at a hotel in Bangkok,
                 # Thailand"), not when the next actor opens a clause ("… are injured after Cambodia shells"); not for
                 # captives, whose captors held them ("Two Israeli hostages are found dead in a tunnel in Rafah, Gaza"),
                 # nor with a fighting counterpart named after the place (links-193); the second passive alike when the
                 # place right after "in" read as its agent ("… and another is injured in Bangkok, Thailand")
                 or ((plain or (_PERSON_BE_SECOND.fullmatch(sentence, person.end(), cs) is not None
                                and after < len(starts) and _IN_PLACE_RIGHT_AFTER.fullmatch(sentence, ce, starts[after])
                                and not _ATTRIBUTIVE.match(sentence, facts.ends[_group_end(facts.joined, after) - 1])))
                     and (_PERSON_BE.fullmatch(sentence, person.end(), cs) is not None
                          or _PERSON_BE_SECOND.fullmatch(sentence, person.end(), cs) is not None)
                     and after < len(starts) and _CAPTIVE.search(person.group()) is None
                     and _CONJUNCTION_BEFORE.search(sentence, max(0, starts[after] - 16), starts[after]) is None
                     and _no_agent_after(facts, cue, after) and not _counterpart_later(facts, cue, after)))):
        return _Mend.REDUCED_PASSIVE
    if (plain and slot_before > 0 and facts.ends[slot_before - 1] > lo and cue.weight > 0
            and _no_agent_after(facts, cue, after)
            and ((person := _DEMONYM_PERSON.match(sentence, facts.ends[slot_before - 1], cs)) is not None
                 or (person := _SERVICE_PERSON.match(sentence, facts.ends[slot_before - 1], cs)) is not None)
            and _PASSIVE_ADJUNCT_ACT.fullmatch(sentence, person.end(), cs) is not None):
        # "… are seriously wounded after a knife attack in Amsterdam": the act of the passive's adjunct was done to
        # its subject, by nobody named
        return _Mend.REDUCED_PASSIVE
    if plain and after < len(starts):
        if (cue.weight > 0 and _PROTEST_VERB.fullmatch(sentence, cs, ce + 1)
                and _PATIENT_ACT_OF.fullmatch(sentence, ce, starts[after])):
            return _Mend.PROTESTED_PATIENT
        if (_PROTEST_VERB.search(sentence, max(0, lo, cs - 60), cs) is not None
                and _PATIENT_ACT_ITSELF.fullmatch(sentence, cs, ce) and _OF_PATIENT.fullmatch(sentence, ce, starts[after])):
            return _Mend.PROTESTED_ACT
    if (cue.weight < 0 and _FOREIGN_SUPPORT.fullmatch(sentence, cs, ce)
            and _FOREIGN.search(sentence, max(0, lo, cs - 60), cs) is not None):
        return _Mend.FOREIGN_SUPPORT
    if (slot_before > 1 and _BOTH_STATES.search(sentence, max(lo, facts.ends[slot_before - 1]), cs) is not None
            and _two_named(facts, slot_before)):
        return _Mend.BOTH_STATES
    if (slot_before > 0 and facts.ends[slot_before - 1] > lo
            and (owner := _UNLISTED_OWNER.search(sentence, facts.ends[slot_before - 1], cs)) is not None
            and _OWNER_WHEN.search(owner.group()) is None
            and _OWNER_AFTER_WORD.search(sentence, facts.ends[slot_before - 1], owner.start()) is not None):
        return _Mend.UNLISTED_OWNER
    if (plain and cue.category == "military_action" and (t := _group_end(facts.joined, after)) < len(starts)
            and _AGENT_AFTER_OBJECT.fullmatch(sentence, facts.ends[t - 1], starts[t]) is not None
            and not (slot_before > 0 and _OWNED_FORCE.fullmatch(sentence, facts.ends[slot_before - 1], cs) is not None)
            and _FORCE_NOUN.fullmatch(sentence, cs, ce) is not None
            and bisect_right(facts.breaks, cs) == bisect_right(facts.breaks, starts[t])):
        return _Mend.AGENT_AFTER_OBJECT
    if (cue.category == "military_action" and slot_before > 0 and facts.ends[slot_before - 1] > lo
            and _PUNISHED_FOR.search(sentence, max(0, lo, facts.ends[slot_before - 1] - 30), cs) is not None):
        return _Mend.PUNISHED_FOR
    if (slot_before == bisect_right(starts, lo)
            and _UNNAMED_OWNER.search(sentence, max(0, lo, cs - 60), cs) is not None
            and _SAYING_PARTICIPLE.search(sentence, max(0, cs - 120), cs) is None):
        return _Mend.UNNAMED_OWNER
    return _Mend.NONE


def _mended(facts: _SentenceFacts, cue: Cue, slot: _Slot, last: int, sources: frozenset[str],
            targets: frozenset[str], mutual: bool) -> tuple[frozenset[str], frozenset[str], bool]:
    """``sources``, ``targets`` and ``mutual`` of ``cue`` as the slot's mend (``_Mend``) changes them; mentions
    [.., last) are the cue's clause's."""
    mend = slot.mend
    if mend == _Mend.ENTRY_BARRED and sources and targets:
        return targets, sources, False
    if mend == _Mend.DEPLOYMENT_OF:
        sentence, ordered, starts, ends, codes, joined = (facts.sentence, facts.ordered, facts.starts, facts.ends,
                                                          facts.codes, facts.joined)
        cs, after = cue.start, slot.after
        t = _group_end(joined, after)
        # ("the Russian deployment of North Korean soldiers against Ukraine": an owner right before the act
        # deploys what follows "of" with it)
        sources, targets, mutual = (frozenset(codes[after:t]) | (sources if slot.adjacent else frozenset()),
                                    frozenset(), False)
        if t < last and not _hosted(sentence, ordered[t], cs, cs, ends[t - 1], starts[t], ends[t]):
            targets = frozenset(codes[t:_group_end(joined, t)]) - sources
        return sources, targets, mutual
    if mend in (_Mend.PROTESTED_PATIENT, _Mend.PROTESTED_ACT):
        codes, joined, starts, ends = facts.codes, facts.joined, facts.starts, facts.ends
        t = _group_end(joined, slot.after)
        agent = (frozenset(codes[t:_group_end(joined, t)]) if t < last
                 and (_BY_AGENT_AFTER.fullmatch(facts.sentence, ends[t - 1], starts[t])
                      or (_REMOVAL.search(facts.sentence, cue.start, starts[slot.after]) is not None
                          and _FROM_AGENT_AFTER.fullmatch(facts.sentence, ends[t - 1], starts[t])))
                 else frozenset())
        if mend == _Mend.PROTESTED_PATIENT:
            return sources, agent - sources, False
        return agent, frozenset(codes[slot.after:t]) - agent, False
    if mend == _Mend.REDUCED_PASSIVE:
        # (a passive's agent read after "in", turned to the sources, was only the place: the subject's actors, now the
        # targets, underwent it, links-193)
        patients = frozenset(facts.codes[slot.before - 1:slot.before]) | (
            targets if slot.relation in _PASSIVES else sources)
        after = slot.after
        agent = (frozenset(facts.codes[after:after + 1]) if cue.category == "coercion" and after < last
                 and facts.ordered[after].kind == "state"
                 and (_DETAINED_IN.fullmatch(facts.sentence, cue.end, facts.starts[after])
                      or _EXPELLED_FROM.fullmatch(facts.sentence, cue.start, facts.starts[after]))
                 else frozenset())
        return agent - patients, patients, False
    if mend == _Mend.AGENT_AFTER_OBJECT:
        t = _group_end(facts.joined, slot.after)
        agents = frozenset(facts.codes[t:_group_end(facts.joined, t)])
        return agents, frozenset(facts.codes[slot.after:t]) - agents, False
    if mend == _Mend.PUNISHED_FOR:
        sentence, starts = facts.sentence, facts.starts
        lo = _clause_start(facts.breaks, slot.clause)
        punished = _PUNISHED_FOR.search(sentence, max(0, lo, facts.ends[slot.before - 1] - 30), cue.start)
        assert punished is not None
        # the punished, named between the verb and "for" ("sentences two Ukrainian soldiers for killing"), did it
        agents = frozenset(facts.codes[i] for i in range(bisect_left(starts, punished.end("verb")),
                                                         bisect_left(starts, punished.start("for")))
                           if not _placed(sentence, starts, i, facts.places))
        return agents, targets - agents, False
    if mend == _Mend.UNNAMED_OWNER:
        referent = _referent(facts, cue.start, targets)
        return referent, targets - referent, False
    if mend == _Mend.FOREIGN_SUPPORT:
        return frozenset(), targets, False
    if mend == _Mend.UNLISTED_OWNER:
        return frozenset(), targets, False
    if mend == _Mend.BOTH_STATES:
        both = _two_named(facts, slot.before)
        if (BE_BEFORE.search(facts.sentence, max(0, cue.start - 8), cue.start) is not None
                and not facts.sentence[cue.start:cue.end].lower().endswith("ing")):
            # "marking the first time both countries were intercepted": in a passive they underwent the act together
            # (not a progressive, "both countries are fighting": reader24)
            return sources - both, targets | both, False
        targets = targets - both
        return both, targets, not targets and not slot.one_sided
    if mend == _Mend.FORCE_HELD_OUT:
        starts, places = facts.starts, facts.places
        first = bisect_right(starts, _clause_start(facts.breaks, slot.clause))
        subject = _subject(facts.sentence, starts, facts.codes, facts.joined, first, slot.before, places)
        threatened = frozenset(facts.codes[i] for i in range(first, slot.before)
                               if not _placed(facts.sentence, starts, i, places)) - subject
        return (subject, threatened, False) if subject and threatened else (sources, targets, mutual)
    return sources, targets, mutual


# ... a state named as an origin is no referent: "seizes 2.4 metric tons of cocaine … from a ship from Panama,
# reportedly one of the country's largest drug busts" (the United Kingdom's)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _referent(facts: _SentenceFacts, cue_start: int, targets: frozenset[str]) -> frozenset[str]:
    """The state "the country's" (``_UNNAMED_OWNER``) before ``cue_start`` refers to: the one state named before it
    other than the act's ``targets``, or, of two or more, the one that is not the sentence's subject (the subject's
    own would be "its": "The United States removes NATO ally Turkey from the Joint Strike Fighter program,
    following the country's acquisition of the Russian S-400 missile system"); else none."""
    n = bisect_left(facts.starts, cue_start)
    states = {facts.codes[i] for i in range(n) if facts.ordered[i].kind == "state"
              and not facts.codes[i].startswith(_COMPANY_HOME)
              and not _placed(facts.sentence, facts.starts, i, facts.places)
              and _FROM_BEFORE.search(facts.sentence, max(0, facts.starts[i] - 6), facts.starts[i]) is None} - targets
    if len(states) > 1:
        states -= _subject(facts.sentence, facts.starts, facts.codes, facts.joined, 0, n, facts.places)
    return frozenset(states) if len(states) == 1 else frozenset()
