"""The first pass: where a cue stands among its sentence's clauses and mentions, and which rules apply to it
(``_slot``, giving a ``_Slot``).

Why a module of its own: the slot is everything that decides a cue's link besides its mentions, worked out by word
order alone; cues with equal slots link alike and share one link (cue_links' memo).  The second pass (``_resolve``)
turns the slot into the link.  The flags read here and nowhere else live here too: a body that "reports that" a
clause (no party to its acts), "as it <verb>", an adverbial phrase or the clause's means, an event's venue, the
source a noun names after "from", a topic of talks, an appeal's object, support hyphened to an actor ("the UN-backed
…"), a verb of deeming.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.between import _reciprocal_verb, _relation, _takes_two
from analysis.linking.clauses import _clause_start
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mends import _mend
from analysis.linking.mentions import _placed, _words_between
from analysis.linking.relations import _PASSIVES, _Evaluated, _Mend, _Relation, _Slot
from analysis.linking.scoring import RECIPROCAL
from analysis.linking.suspects import _suspects_unnamed, _victim_of_suspects
from analysis.linking.venues import _venue_of_talks
from analysis.linking.vocabulary import (
    _AND_VERB,
    _DEEM_VERBS,
    _INFINITIVE,
    _NUMBER,
    _PREDICATE,
    _PREDICATE_REACH,
    _RELATIONS_STATE,
    _SUBJECT_PLACE_WORDS,
    _SUPPORTED,
)
from analysis.tension import Cue
from analysis.text import BE_BEFORE

# A participle: after "is" it is a passive, which the speaker rule reads ("says 22 Ukrainian drones were shot down")
_PARTICIPLE_CUE = re.compile(r"[a-z]+(?:ed|en|wn|ing)\b", re.IGNORECASE)
# An observer's report: "reports that", "finds that" (not "says/announces that": a state mostly announces
# its own acts, "Belgium announces that all troops will be withdrawn from Afghanistan").
_REPORTED = re.compile(r"\b(?:reports?|reported|reporting|finds?|found|estimates?|estimated|documents?|documented|"
                       r"notes?|noted)\s+that\s+(?!(?:it|they|he|she|its|their|his|her|we|the country|the government)\b)",
                       re.IGNORECASE)
# ... or its report on a topic: "Human Rights Watch breaks a report on violence around the Colombia—Venezuela border"
_REPORT_ON = re.compile(r"\b(?:reports?|study|studies)\s+(?:on|into|about)\b",
                        re.IGNORECASE)
_TOPIC_ENDS = re.compile(r",|;|\b(?:and|but|while)\b")

# "Russia and Ukraine accuse each other": co-agents of any act against each other.
_EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
# Conflict cues' reach for cues.yaml's reciprocal words ("escalating conflicts"): the cue and this many
# characters after it.
_RECIPROCAL_REACH = 24

# The topic of talks as the means to an act: "discussed ways to ease diplomatic friction with China", "talks on
# how to end the war"
_TOPIC = re.compile(r"\s+(?:(?:on|about)\s+)?(?:the\s+)?(?:ways?|how|means|measures|steps|options|possibilities|"
                    r"plans|efforts|strategies)\s+(?:to|of|for)\b", re.IGNORECASE)
_ON_TOPIC = re.compile(r"\s+(?:on|over|about|regarding|concerning)\s+(?:the\s+)?(?:(?:future|status|fate)\s+of\s+"
                       r"(?:the\s+)?)?$", re.IGNORECASE)
# links-160: what co-agents' conflict that takes two sides (a state, "dispute", "tensions", or a reciprocal act,
# "clash") is "over" or "about", reached through the words of its topic: "China and Japan are locked in a dispute
# over remarks about Taiwan", "India and China clash over the status of Tibet" (Taiwan is the remarks' subject
# matter, no third party to the dispute)
_STATE_TOPIC = re.compile(r"\s+(?:over|about|regarding|concerning)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,3}?(?:(?:about|on|over|regarding|concerning|related\s+to|involving|"
                          r"surrounding|of)\s+(?:the\s+)?)?$")
_TOPIC_OF_TOPIC = re.compile(r"\s+(?:over|about|regarding|concerning)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                             r"(?:[a-z][\w-]*\s+){0,2}?(?:remarks?|comments?|statements?|claims?|reports?)\s+"
                             r"(?:about|on|over|regarding|concerning|"
                             r"related\s+to|involving|surrounding|of)\s+(?:the\s+)?$")
# A passive participle clause after a time conjunction: its patient is the sentence's subject
_BEING_BEFORE = re.compile(r"\b(?:after|before|while|when|upon)\s+(?:being|having\s+been)\s+(?:[a-z]+ly\s+)?$",
                           re.IGNORECASE)
_CO_PATIENT = re.compile(r"\s+and\s+(?:at\s+least\s+)?" + _NUMBER + r"\s+(?:more\s+|other\s+)?")
_FOLLOWING = re.compile(r"\b(?:following|after)\b", re.IGNORECASE)

# A cue in an adverbial phrase ("in support of", "in retaliation for", "in solidarity with") is the
# clause subject's, not the nearest actor's ("Houthis announce attacks on Israel in support of Iran").
_ADVERBIAL_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_MEANS_BEFORE = re.compile(r"\s+(?:[a-z]+\s+){0,3}in\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}")
_ADVERBIAL_AFTER = re.compile(r"\s+(?:of|for|with|against|at|over)\b", re.IGNORECASE)

# "Russia calls for an emergency meeting of the United Nations Security Council as it considers supplying
# S-300 missile systems to Syria": "it" after "as" goes on with the clause's subject, not the nearest name
# ("as it is ..." may be anything's state, and "they" often the people of an object: "shells Kurdish
# fighters as they advance").
_AS_IT = re.compile(r"\bas\s+it\s+(?!(?:is|was|has|had|will|would|may|might|could|can)\b)", re.IGNORECASE)

# "UN-backed", "the Russian government-funded television network RT America", "Iranian state-sponsored"
_QUALIFIER_JOIN = re.compile(r"(?:\s+(?:government|state|regime))?[-\u2013]", re.IGNORECASE)
_QUALIFIED_NAME = re.compile(r"\s+(?:(?:[A-Z0-9][\w.'\u2019-]*|of|for|the|and)\s+)*\(?")
# ... or, a few words on, in that noun's own complement, which names whom the support serves: "a European
# Union-funded school in the Palestinian village of Abu Nuwar", "signed a U.S.-backed deal with Israel", "a
# United Nations-backed multinational security mission to restore order to Port-au-Prince" (a comma or a
# longer run ends the noun phrase: "Rwandan-backed M23 rebels capture the town of Walikale in North Kivu,
# Democratic Republic of the Congo")
_QUALIFIED_COMPLEMENT = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?(?:in|to|with|for|from|into|on)\s+"
                                   r"(?:(?:the|a|an)\s+)?")
# An armed group or a coup backed is set against the state its complement names, not serving it:
# "Rwanda-backed M23 rebels in the Democratic Republic of the Congo", "a Russian-backed coup d'état plot in
# Romania", "the Turkish-backed offensive in Syria"
_ARMED_NOUN = re.compile(r"\b(?:rebel|rebels|militia|militias|militants?|separatists?|insurgents?|fighters|"
                         r"guerrillas?|paramilitar\w*|coup|coups|forces|groups?|offensives?|incursions?|invasions?)\b",
                         re.IGNORECASE)
# "Two South Korean journalists are arrested for trespassing the home of a North Korean envoy in Singapore":
# an actor named in the reason of a passive act with no agent is the object of the reason's own verb, not
# the act's counterpart (a wider rule, every agentless passive, was tried and dropped: docs/NOTEBOOK.md).
_FOR_GERUND = re.compile(r"\s+for\s+(?:allegedly\s+|illegally\s+|secretly\s+)?[a-z]+ing\b")

# A noun of an act, its actor after "from" (the cue may hold the "from": "opposition from"); not verbs ("withdraw
# from Syria", "expelled from the UK") nor trade, whose goods come from the actor ("imports from China")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_THE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
# links-229: … a closing quotation mark between: "threats of a "significant air attack" from Russia"
_FROM_QUOTED = re.compile(r"[\"\u201d]\s+from\s+(?:the\s+)?", re.IGNORECASE)
_FROM_NOUN = re.compile(r"\b(?:threats?|pressure|opposition|objections?|criticism|condemnation|accusations?|warnings?|"
                        r"demands?|proposals?|invitations?|visits?|aid|help|grants?|support|assistance|attacks?|"
                        r"intervention|protests?|complaints?|retaliation)(?:\s+from)?$", re.IGNORECASE)

# links-153: a demonym owning two acts joined by "and": "killed in Israeli strikes| and |attacks across Gaza" (the second
# act is the demonym's too, as if right after it; "in" before the demonym names no place)
_AND_GAP = re.compile(r"\s+and\s+")


def _owner_across_and(facts: _SentenceFacts, i: int, cs: int) -> bool:
    """Whether mention ``i``, a demonym, stands right before a conflict cue that ends right before "and" and the cue
    at ``cs``: it owns both acts."""
    mention = facts.ordered[i]
    if mention.text == mention.name or not mention.text[:1].isupper():
        return False
    spans = facts.conflict_spans
    j = bisect_left(spans, (facts.ends[i], 0))
    if j == len(spans) or facts.sentence[facts.ends[i]:spans[j][0]] != " ":
        return False
    return _AND_GAP.fullmatch(facts.sentence, spans[j][1], cs) is not None


def _slot(facts: _SentenceFacts, cue: Cue, reciprocal: re.Pattern[str]) -> _Slot:
    """Where ``cue`` stands among its sentence's clauses and mentions, and which of the rules apply to it: all its
    link depends on besides the mentions' codes, so that cues with equal slots can share one link."""
    sentence, ordered, starts, ends, breaks = facts.sentence, facts.ordered, facts.starts, facts.ends, facts.breaks
    n = len(ordered)
    cs, ce = cue.start, cue.end
    k = bisect_right(breaks, cs)
    held_out = cue.category == "threat" and _HELD_OUT_FORCE.match(sentence, cs) is not None
    if (held_out and k and not sentence[breaks[k - 1] + 1:cs].strip()
            and bisect_left(facts.starts, breaks[k - 1])
            == bisect_left(facts.starts, breaks[k] if k < len(breaks) else len(sentence))):
        k -= 1  # ", by force if necessary,": an aside naming no actor is the means of the clause before it
    before = bisect_right(ends, cs)  # mentions [first, before) end before the cue
    # mentions [after, last) start after the cue begins: one inside it is its object ("withdraw
    # from the ECOWAS", "released three Israeli hostages")
    after = bisect_right(starts, cs)
    # "between" or "by" ahead of the target changes the link: part of the slot
    relation, after, hosted = _relation(facts, cue, k, before, after, reciprocal)
    plain = relation == _Relation.PLAIN and after < n  # an actor after the cue, no words turning it
    # a cue right after a mention may be a compound's act ("the Russo-Ukrainian war"), one in an
    # adverbial phrase the subject's ("in support of Iran"): part of the slot
    # ("Israeli-occupied Golan Heights": a demonym hyphened to the cue is right before it too)
    adjacent = before > 0 and (sentence[ends[before - 1]:cs].strip() in ("", "-")
                               or _owner_across_and(facts, before - 1, cs))
    adverbial = ((_ADVERBIAL_BEFORE.search(sentence, max(0, cs - 4), cs) is not None
                  and _ADVERBIAL_AFTER.match(sentence, ce) is not None)
                 # "Israel kills two members of Islamic Jihad in an aerial attack near Damascus": the
                 # means of the clause's act, not its object's
                 # (force only, and a subject named first: "revokes Petro's visa following his
                 # participation in a pro-Palestinian demonstration", "Al Shabaab claims they killed
                 # 57 Ethiopian troops in an ambush" keep the nearest actor)
                 or (not adjacent and cue.category == "military_action" and before > 0
                     and _MEANS_BEFORE.fullmatch(sentence, ends[before - 1], cs) is not None
                     and _words_between(sentence, 0, starts[0]) <= _SUBJECT_PLACE_WORDS))
    lo = _clause_start(breaks, k)
    hi = _clause_end(facts, cue, k)
    if (not adverbial and before > 0 and facts.amid_at and ends[before - 1] > lo and relation == _Relation.PLAIN
            and (cue.category == "escalation" or _RELATIONS_STATE.match(sentence, cs) is not None
                 or reciprocal.search(sentence, cs, ce) is not None)):
        # "India asks Russia for weapons amid a border standoff with China": a state of relations or an escalation in
        # the act's circumstance, no actor named between "amid" and it, is the clause subject's, not the main verb's
        # object's (not others' acts, "amid protests over Israel's conduct of the war", "amid growing international
        # pressure"; nor after "its", which may be the object's: "calls for the unconditional surrender of Iran amid
        # its war with Israel"; nor with its actor after "of": "amid an escalating risk of Russian retaliatory
        # attacks")
        i = bisect_left(facts.amid_at, ends[before - 1])
        adverbial = (i < len(facts.amid_at) and facts.amid_at[i] < cs
                     # (not for the object an appeal asks to act: "urges Israel to show restraint amid escalating
                     # tensions with Iran" is Israel's state of relations, not the urging party's)
                     and not (_INFINITIVE.match(sentence, ends[before - 1]) is not None
                              and _APPEAL.search(sentence, max(lo, 0), starts[before - 1]) is not None)
                     and _AMID_OWN.fullmatch(sentence, facts.amid_at[i], cs) is not None
                     and (after >= n or _OF_ACTOR.search(sentence, max(ce, starts[after] - 12), starts[after]) is None))
    # co-agents of a conflict cue with no target stand on one side unless it takes two sides
    # (only actors joined in a list can be co-agents: no list, no search)
    one_sided = (bool(facts.gaps) and cue.weight > 0
                 and not _takes_two(sentence, reciprocal, cs, min(hi, ce + _RECIPROCAL_REACH))
                 and not _reciprocal_verb(sentence, reciprocal, max(lo, 0), cs, ce)
                 and not _EACH_OTHER.search(sentence, max(lo, 0), hi))
    # talks or a deal "in Doha, Qatar": the place after it is where, not the counterpart
    venue = plain and ((cue.category in RECIPROCAL and _placed(sentence, starts, after, facts.places))
                       # "boycotting next year's Eurovision Song Contest in Austria": an event's host is no
                       # counterpart of acts towards the event (a passive's unnamed agent may be the host: "Israeli
                       # chess players are denied travel visas to the … Championships in Saudi Arabia")
                       or (_EVENT_VENUE.fullmatch(sentence, ce, starts[after]) is not None
                           and BE_BEFORE.search(sentence, max(0, cs - 8), cs) is None
                           and (cue.weight < 0 or _protests_another(facts, after, hi))))
    # "The World Health Organization reports that the death toll from the civil war in Sudan":
    # a body reporting a clause is no party to its acts (a pronoun after "that" is; a state that
    # reports mostly reports its own: "Japan reports that seafood exports to China have resumed")
    reported = (before > 0 and ends[before - 1] > lo and ordered[before - 1].kind == "organisation"
                and (_REPORTED.search(sentence, ends[before - 1], cs) is not None
                     or _reports_on(sentence, ends[before - 1], cs)))
    conflict = cue.weight > 0  # the speaker is the counterpart of a conflict act only (see _with_speaker)
    # "... the United Nations Security Council as it considers supplying": the clause's subject acts
    as_it = before > 0 and _AS_IT.search(sentence, max(lo, ends[before - 1]), cs) is not None
    # "the UN-backed Integrated Food Security Phase Classification declares a famine in Gaza": what is
    # backed is the noun, no actor named further on
    qualifier = (plain and before > 0
                 and _QUALIFIER_JOIN.fullmatch(sentence, ends[before - 1], cs) is not None
                 and _SUPPORTED.fullmatch(sentence, cs, ce) is not None
                 and not _QUALIFIED_NAME.fullmatch(sentence, ce, starts[after])
                 and not (_QUALIFIED_COMPLEMENT.fullmatch(sentence, ce, starts[after])
                          and "," not in sentence[ce:starts[after]]
                          and not _ARMED_NOUN.search(sentence, ce, starts[after])))
    # "are arrested for trespassing the home of a North Korean envoy": the reason's object is no counterpart
    reason = (plain and _FOR_GERUND.match(sentence, ce) is not None
              and BE_BEFORE.search(sentence, max(0, cs - 8), cs) is not None)
    # "both leaders discussed ways to ease diplomatic friction with China": an actor in the topic of talks
    # is no party to them
    topic = (plain and cue.category == "consultation"
             and _TOPIC.match(sentence, ce) is not None)
    # "The Spanish government and the UK government reach an agreement on Gibraltar", "talks on Ukraine": what
    # co-agents' talks or deal are "on" is their topic, no third party to them
    topic = topic or (plain and cue.category in RECIPROCAL and before > 1 and facts.joined[before - 1]
                      and facts.codes[before - 2] != facts.codes[before - 1] and ends[before - 2] > lo
                      and _ON_TOPIC.fullmatch(sentence, ce, starts[after]) is not None)
    topic = topic or (plain and cue.weight > 0 and before > 1 and facts.joined[before - 1]
                      and facts.codes[before - 2] != facts.codes[before - 1] and ends[before - 2] > lo
                      and _takes_two(sentence, reciprocal, cs, ce)
                      and _STATE_TOPIC.fullmatch(sentence, ce, starts[after]) is not None)
    # ... and whatever a state is over, when the actor is the subject matter of that topic's words: "following
    # diplomatic tensions over remarks related to Taiwan" (China's tensions are with Japan, named before)
    topic = topic or (plain and cue.weight > 0 and _takes_two(sentence, reciprocal, cs, ce)
                      and _TOPIC_OF_TOPIC.fullmatch(sentence, ce, starts[after]) is not None)
    # "Three Somali special forces officers are killed and one U.S. officer seriously wounded": the actor after
    # "and" and a count is a second patient of the coordinated passive, no counterpart
    topic = topic or (plain and BE_BEFORE.search(sentence, max(0, cs - 8), cs) is not None
                      and _CO_PATIENT.fullmatch(sentence, ce, starts[after]) is not None)
    # "Cambodia and Thailand agree to negotiate a ceasefire following mediation efforts by the United States":
    # what follows "following" or "after" is another event, no counterpart of co-agents' deal (see _resolve)
    adjourned = (cue.category in RECIPROCAL and after < n
                 and _FOLLOWING.search(sentence, ce, starts[after]) is not None)
    # "... after being shot down by the Kuwaiti military": a passive with no subject of its own
    being = relation in _PASSIVES and _BEING_BEFORE.search(sentence, max(0, cs - 40), cs) is not None
    # "respond to threats from Iran", "despite strong opposition from China": the actor after "from" is the
    # source of the act a noun names
    from_source = (plain and _FROM_NOUN.fullmatch(sentence, cs, ce) is not None
                   and (_FROM.fullmatch(sentence, ce, starts[after]) is not None
                        or _FROM_QUOTED.fullmatch(sentence, ce, starts[after]) is not None
                        or (sentence[ce - 5:ce].lower() == " from"
                            and _THE.fullmatch(sentence, ce, starts[after]) is not None)))
    # "... says North Korea's launch was unacceptable": a cue predicated of a reported act (a protest, or another)
    evaluative = ((_Evaluated.PROTEST if cue.category == "protest" else _Evaluated.ACT)
                  if facts.saying and conflict and before > 1
                  and _PREDICATE.search(sentence, max(0, cs - _PREDICATE_REACH), cs) is not None
                  and not _PARTICIPLE_CUE.match(sentence, cs) else _Evaluated.NONE)
    mend = _Mend.FORCE_HELD_OUT if held_out and before > bisect_right(starts, lo) + 1 else _mend(
        facts, cue, plain, before, after, lo)
    # "in response to Israel's plans to annex the Jordan Valley": an act whose object is a place that names no actor
    place_object = ((named := _PLACE_OBJECT.match(sentence, ce)) is not None
                    and (after >= n or starts[after] >= named.end()))
    # "at the peace village … to discuss the topic of the June 12 summit in Singapore": the venue of later talks or
    # a deal is no counterpart of an earlier act either
    others_venue = (plain and not venue and _placed(sentence, starts, after, facts.places)
                    and _venue_of_talks(facts, ce, starts[after]))
    suspicion = _SUSPICION_BEFORE.search(sentence, max(0, cs - 80), cs) if before > 0 else None
    others_venue = others_venue or (after < n and after in facts.compared)  # (a comparison's standard: no target)
    return _Slot(k, before, after, relation, adjacent, adverbial, hi, one_sided, venue, reported, conflict,
                 as_it, qualifier, reason or topic or others_venue, adjourned, being, from_source, hosted, evaluative,
                 mend, place_object, suspicion.start() if suspicion is not None else -1,
                 before > 0 and (_AND_VERB.search(sentence, ends[before - 1], cs) is not None
                                 or _and_transitive(sentence, cue, ends[before - 1], lo)))


# "amid a border standoff", "amidst an escalating crisis", "despite the ceasefire" (no possessive: "amid its war")
_AMID_OWN = re.compile(r"(?:amid|amidst|despite)\s+(?!(?:its|their|his|her)\b)(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,3}",
                       re.IGNORECASE)
_OF_ACTOR = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
# An appeal to an actor to act: "urges Israel| to show restraint", "calls on Serbia| to de-escalate"
_APPEAL = re.compile(r"\b(?:urg(?:es?|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|"
                     r"press(?:es|ed|ing)?|encourag(?:es?|ed|ing))\b", re.IGNORECASE)

# An event, then where it is held: "from this year's Eurovision Song Contest in Tel Aviv, Israel", "from the Winter
# Olympics in PyeongChang, South Korea", "at next year's Winter Olympic Games in Milan and Cortina d'Ampezzo, Italy"
_EVENT_VENUE = re.compile(r"(?:\s+[\w'\u2019.-]+){0,8}?\s+(?:Contest|Olympics|Games|Cup|Festival|Championships?|Trophy|Expo|"
                          r"Prix|Paralympics)(?:\s+\d{4})?\s+(?:in|at)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|and|of|d['\u2019]\w+))*\s*,\s+)?")

# ... a boycott or protest of the event only when its reason names another actor (links-106): "boycotting … Eurovision
# in Austria in protest of Israel's participation", where "a diplomatic boycott of the Winter Olympics in Beijing, China,
# over human rights abuses" is against the host
_PROTEST_REASON = re.compile(r"\b(?:in\s+protest\s+(?:of|at|against|over)|over|because\s+of|due\s+to|against)\s+"
                             r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _protests_another(facts: _SentenceFacts, host: int, clause_end: int) -> bool:
    """Whether an actor other than the event's host (mention ``host``) is named after it in the clause as the reason
    of the act ("in protest of Israel's participation")."""
    for k in range(host + 1, len(facts.starts)):
        if facts.starts[k] >= clause_end:
            break
        if (facts.codes[k] != facts.codes[host]
                and _PROTEST_REASON.search(facts.sentence, max(0, facts.starts[k] - 60), facts.starts[k]) is not None):
            return True
    return False


# questioning in a raid on a hospital" names the raid as where, not what is punished)


# ... a capitalised name after "the" ("the Jordan Valley", "the West Bank")
_PLACE_OBJECT = re.compile(r"\s+the\s+(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*")

# "The United States notifies Turkey that it will cancel Turkey's purchase of F-35 fighter jets if the government
# goes ahead with purchasing Russia's S-400 missile defense system": an act its owner's possessive names ends its
# noun phrase before a condition; the condition's actors are no counterparts of it (a verb's are kept: "Belarus will
# use Russian nuclear weapons if the country is attacked by NATO" is a threat to NATO)
_POSSESSED = re.compile(r"\w['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}$")
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)

# "French Air Force Mirage 2000 fighter jets strike a convoy of around 40 pickups of an armed group that entered
# northern Chad from Libya": "that" then a verb opens a relative clause about the act's object (no actor named
# between); its actors are no counterparts of the act
# ... after an object of its own, a few words at least ("a shooting that killed two Israeli soldiers": the clause
# says what the act itself did, to whom)
_OBJECT_BETWEEN = re.compile(r"\s+(?:a|an|the|\d[\d,]*)\s+(?:[\w-]+\s+){2,}")
_SUBJECT_RELATIVE = re.compile(r"\bthat\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b")

# "The Lebanese Armed Forces arrest over 25 people on suspicion of attacking a UNIFIL convoy", "accuses two men of
# spying", "charged with": the act a suspicion or a charge names is the suspects', not the arresting or accusing
# subject's, and its actors are no counterparts of the arrest or the accusation
_SUSPICION = re.compile(r"\b(?:on\s+(?:the\s+)?suspicion\s+of|(?:suspected|accused|charged|convicted|guilty)\s+"
                        r"(?:of|with))\b", re.IGNORECASE)
# ... the suspicion's words right before the act: "on suspicion of| attacking"
_SUSPICION_BEFORE = re.compile(r"\b(?:on\s+(?:the\s+)?suspicion\s+of|(?:suspected|accused|charged|convicted|guilty)\s+"
                               r"(?:of|with))\s+(?:(?:allegedly|illegally|secretly|plotting|planning|conspiring|"
                               r"involvement\s+in|participating\s+in|taking\s+part\s+in)\s+)*(?:(?:a|an|the)\s+)?$",
                               re.IGNORECASE)

# links-150: a word between a cue and a verb coordinated by "and" after it: "strikes| to be war crimes |and vows" (not
# "threatens and warns Ukraine", one object for both verbs)
_WORD_BEFORE_AND = re.compile(r"\w")
# ... or the cue a noun after an article: "condemns the Russian drone incursion| and vows"
_DETERMINED_NOUN = re.compile(r"\b(?i:the|a|an|its|their|his|her|this|these|those)\s+(?:[\w.'\u2019-]+\s+){0,3}$")


def _clause_end(facts: _SentenceFacts, cue: Cue, clause: int) -> int:
    """Where the targets of ``cue``, in clause number ``clause``, end: the clause's end, or an earlier "amid" or
    "despite" (the act's circumstance), or for talks and deals, an earlier cause ("in response to" ...)."""
    breaks, amid_at, cause_at = facts.breaks, facts.amid_at, facts.cause_at
    ce = cue.end
    hi = breaks[clause] if clause < len(breaks) else len(facts.sentence)
    if amid_at:
        i = bisect_left(amid_at, ce)
        if i < len(amid_at) and amid_at[i] < hi:
            hi = amid_at[i]  # the cue's targets end where its circumstance begins
    if cue.category in RECIPROCAL and cause_at:
        i = bisect_left(cause_at, ce)
        if i < len(cause_at) and cause_at[i] < hi:
            hi = cause_at[i]  # talks or a deal take no counterpart from their cause
    and_verb = _AND_VERB.search(facts.sentence, ce, hi)
    if (and_verb is not None and cue.category != "protest"
            # (links-164: the act a verb of deeming names, whose victim is the speaker: "The European Union condemns
            # the Russian missile strike and promises more air defence systems to Ukraine" keeps Ukraine)
            and _DEEMED_ACT.search(facts.sentence, max(0, cue.start - 60), cue.start) is not None
            and (_WORD_BEFORE_AND.search(facts.sentence, ce, and_verb.start()) is not None
                 or _DETERMINED_NOUN.search(facts.sentence, max(0, cue.start - 40), cue.start))):
        # "Ukraine declares the Russian strikes to be war crimes and vows to support Moldova": a verb of saying or
        # commitment coordinated with the clause's own, after the cue's object, is the clause subject's; its object
        # is no counterpart of the cue (links-150) (not for a protest, whose object is mostly the next verb's too: "The
        # Chinese government condemns the "outrageous and unjustified" move and threatens countermeasures against the
        # United States")
        hi = and_verb.start()
    relative = _SUBJECT_RELATIVE.search(facts.sentence, ce, hi)
    if (relative is not None and bisect_left(facts.starts, ce) == bisect_left(facts.starts, relative.start())
            and _OBJECT_BETWEEN.fullmatch(facts.sentence, ce, relative.start()) is not None):
        hi = relative.start()  # the act's object, no actor, is the subject of a relative clause after it
    suspicion = _SUSPICION.search(facts.sentence, max(0, cue.start - 16), hi)
    if (suspicion is not None and suspicion.end() > cue.start and _suspects_unnamed(facts, suspicion.start())
            and _victim_of_suspects(facts, suspicion.end())):
        # "arrest over 25 people on suspicion of attacking a UNIFIL convoy": the suspects' act names no counterpart of
        # the arrest (nor of the suspicion itself)
        hi = max(suspicion.start(), ce)
    if _POSSESSED.search(facts.sentence, max(0, cue.start - 40), cue.start) is not None:
        condition = _CONDITION.search(facts.sentence, ce, hi)
        if condition is not None:
            hi = condition.start()  # an owned act takes no counterpart from a condition after it
    return hi


# Force held out as a verb's means (``_Mend.FORCE_HELD_OUT``; cues.yaml's threats "by force if necessary", "militarily
# if necessary" …)
_HELD_OUT_FORCE = re.compile(r"(?:by|with)\s+(?:force|military\s+means)\b|militarily\b", re.IGNORECASE)

# links-141: any verb right after "and" (no comma) that takes an object right after it: "… and closes the
# Consulate-General of the United Kingdom", "… with the French military and expels five French embassy workers": its
# subject is the clause's, not the earlier verb's object nor its own object's owner (a noun after "and" is followed
# by a preposition or nothing: "the Indian attacks and threats against …")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
_VERB_SHAPE = re.compile(r"[a-z]+(?:s|ed)$")
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                          r"several|all|\d[\d,]*|[A-Z][\w.'\u2019-]*)\b")

# links-151: a verb's base form, a cue of one word ("Israel Police … and detain two French consulate employees": a
# plural subject; not "missile and nuclear weapons programs", "de-escalation of tensions and peaceful resolution") when no
# "to" stands before it in its clause (an infinitive coordinated after an object, "urges Israel to halt attacks and
# allow aid", is the object's act)
_BASE_VERB = re.compile(r"[a-z]{3,}")
_TO_IN_CLAUSE = re.compile(r"\bto\b", re.IGNORECASE)


def _and_transitive(sentence: str, cue: Cue, lo: int, clause_lo: int) -> bool:
    """Whether ``cue`` is a verb right after "and" (nothing else after ``lo``) with its object right after it (its
    clause begins after ``clause_lo``)."""
    cs, ce = cue.start, cue.end
    word = cue.term.split()[0] if cue.term.strip() else ""
    if not (_VERB_SHAPE.fullmatch(word) or (_BASE_VERB.fullmatch(cue.term) and not word.endswith("ing")
                                            and _TO_IN_CLAUSE.search(sentence, max(0, clause_lo), cs) is None)):
        return False
    if _AND_BEFORE.search(sentence, max(lo, cs - 16), cs) is None:
        return False
    words = cue.term.split()
    if len(words) > 1:  # "closes the Consulate", not "crimes against humanity"
        return words[1].lower() not in ("against", "of", "on", "in", "for", "with", "to", "from", "by", "over")
    return _OBJECT_NEXT.match(sentence, ce) is not None


# links-150 cuts an "and" verb's object only for an act a verb of deeming names (links-164): "declares| the
# Russian strikes", "calls| the Russian strikes" (not "condemns the Russian missile strike and promises more air
# defence systems to Ukraine")
_DEEMED_ACT = re.compile(r"\b(?:" + _DEEM_VERBS + r"|dubs|dubbed)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}$",
                         re.IGNORECASE)


def _reports_on(sentence: str, start: int, cue_start: int) -> bool:
    """Whether a report or study on a topic stands between ``start`` and the cue, the cue in its topic: "breaks a
    report on violence around the border"; not "publishes a study on migration and sanctions Belarus"."""
    found = _REPORT_ON.search(sentence, start, cue_start)
    return found is not None and _TOPIC_ENDS.search(sentence, found.end(), cue_start) is None
