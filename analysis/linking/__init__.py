"""Which of a sentence's cues concern which actor pair: per-pair tension.

A sentence naming three states rarely says the same thing about all three pairs.  "Washington
sent more air-defence systems to Kyiv to counter Russia's invasion" is aid between the United
States and Ukraine and an invasion by Russia; copying the sentence's one tension to every pair
would make the aid count for Russia too.  So each cue is linked to the actors it stands between,
within its clause (PETRARCH's source-verb-target, cut down to word order):

* the actor named nearest before the cue is its source, the one nearest after it its target
  ("China condemned Japan", "Russia's invasion of Ukraine");
* an actor named as a place ("in Saudi Arabia", "near the Lebanese border") is passed over for the
  actor named before it in the clause: where an act happens is not who does it.  With no actor
  before it, a place that qualifies the clause's opening words stands for its people ("Protesters
  in Iran attacked the British embassy"); one further on leaves the cue without a source ("... is
  sentenced to death in Saudi Arabia for a terror attack against Spanish actors");
* actors named in one compound word right before the cue ("the Russo-Ukrainian war", "the
  Israel–Hamas ceasefire") are its parties, acting with each other, whatever is named after it; so
  are those of a compound after it that qualifies relations, talks, a war … ("the thaw in US-China
  relations");
* the object of one act is no source of the next one after "and" ("restrictions on Iran and
  warnings against travel to Italy"): the first act's source is;
* a country closing a chain of place names after a comma is that place ("a Russian drone attack on
  Dnipro, Ukraine, kills four"): the chain's commas end no clause;
* talks or a deal "in" a place have it as their venue, not their counterpart ("sign a unity deal in
  Cairo"; "talks in Qatar between the United States and the Taliban" are theirs), where force in a
  place hits it; so has an event any act is towards ("boycotting next year's Eurovision Song Contest in Austria",
  not a passive's: "are denied travel visas to the … Championships in Saudi Arabia");
* a "by" between the cue and its target marks the passive and swaps them ("Ukraine was attacked
  by Russia"), unless a gerund follows it ("retaliates by launching strikes against Hamas") or, for force, an agent
  that is no actor and then a place ("are shot by a security guard at a textile mill in Karachi, Pakistan": the
  patient underwent it, the place did nothing; so people named by nationality in a full passive with no agent, "are
  shot dead in Karachi, Pakistan", "are seriously wounded after a knife attack in Amsterdam"); so
  does an "in" right after a passive ("Two Ukrainians are killed in Russian airstrikes"), or after a count of
  the wounded, a count or "from" when the actor qualifies the act ("50 Palestinians are killed and dozens of others
  are injured in Israeli attacks", "are killed in two Israeli attacks", "is released from Iranian custody");
* an act named as a clause's cause ("in response to the U.S. attacks", "in retaliation for Israel's
  strikes") by an agent (a person, a possessive, a demonym) was done to the clause's subject, unless
  the cause belongs to a reported clause ("reports that …") or the act is a place's war; talks and
  deals take no counterpart from their cause;
* what follows "amid" (or "despite") is the act's circumstance: a cue before it takes no target from it, a cue
  inside it keeps the clause's subject ("India raises its alert amid a border standoff with China"), a state of
  relations or an escalation there the subject's, not the main verb's object's, with no actor between ("India asks
  Russia for weapons amid a border standoff with China"; not after "its", nor an actor after "of");
* a cue in an adverbial phrase ("in support of Iran", "in retaliation for ...") is the act of the
  clause's subject, whoever is named between them;
* a verb right after "Subject, the appositive," takes the subject, or the appositive's actor, as its
  source ("Nikki Haley, the U.S. Ambassador to the United Nations, accuses Iran"), a passive only with
  its agent named;
* a body (an organisation) that "reports that" or "finds that" a clause is no party to its acts;
* a clause that opens on a participle, or on "and" and a verb, after a comma and names no actor
  before the cue takes the sentence's subject, its first actor not named as a place, as the source
  ("Iran begins Operation Martyr Soleimani, launching ballistic missiles at United States facilities";
  "The White House tells Congress that Iran complies, and promises to impose sanctions on Iran");
* actors joined by "and", a comma, "or" or a hyphen share their role ("China and Russia condemned
  Japan": two sources, co-agents, not opposed to each other), an article after "and" or "or" too
  ("Israel and the United States");
* a group after "between" or "among", or co-agents with no target, act with each other ("talks
  between Russia and Ukraine", "Japan and China clashed"), unless "by" names them as an earlier
  verb's agents ("blamed by the United States and India for the Mumbai terror attacks") or the act
  is conflict that takes one side (cues.yaml ``reciprocal`` lists the kinds that take two, not the "war" of "war
  games"): "Russian and Syrian warplanes carry out airstrikes" is no conflict between Russia and Syria, nor "French
  and Egyptian warships hold joint war games" between France and Egypt;
* co-agents of an agreement or of talks are each other's counterparts, whoever else they act
  towards ("Israel and Hamas have agreed to a ceasefire and to his peace plan": a deal between
  Israel and Hamas too), where co-agents of other acts stand on one side ("China and Russia
  condemned Japan");
* a cue under a prevention modifier with an actor between them is that actor's act, set against
  the actors named before the modifier ("... to Kyiv to counter Russia's invasion");
* "as it <verb>" goes on with the clause's subject ("Russia calls for a meeting of the UN Security
  Council as it considers supplying S-300 missile systems to Syria"), and force named as the clause's
  means is its subject's ("Israel kills two members of Islamic Jihad in an aerial attack near Damascus");
* support hyphened to an actor ("the UN-backed Integrated Food Security Phase Classification declares a
  famine in Gaza") goes to the noun it qualifies, not to an actor named further on;
* an agentless passive's reason ("are arrested for trespassing the home of a North Korean envoy") and
  what follows a time adjunct after "by" ("detained by NFL security … after holding the Sudanese flag")
  name no counterpart;
* mediators and monitors are no parties to the deal they bring about between others ("Egypt brokered a
  truce between Israel and Hamas", "after mediation by the United Arab Emirates"), nor is a speaker who
  announces that a deal between others holds; co-agents' deal takes no counterpart after "following";
* the country an envoy is posted to ("the United States envoy to Israel criticized") or named in a law's
  title ("the Hong Kong Human Rights and Democracy Act") is passed over as a source, and two demonyms
  hyphened before a person ("Israeli-American hostage") are one person's nationalities;
* force named as a noun, then its place or object, then "by" and an actor ("Iran denies attacks in southern Syria by
  Israel") is that actor's against the place or object;
* force named as the reason of an active punishment ("A court in New York, United States sentences Hadi Matar to 25
  years in prison for the stabbing attack on British author Salman Rushdie") is the punished's act (the actors named
  between the verb and "for"), not the punisher's;
* a speaker's reported clause may open on a count ("Taiwan says 19 Chinese military aircraft"), an agentless
  passive there being the speaker's act; "during" after a passive names its agent as "in" does; a passive
  after "after being" was done to the sentence's subject; the actor after "and" and a count in a
  coordinated passive is a second patient; a participle clause takes no source from the main verb's
  object; the topic of talks ("discussed ways to ease friction with China") and the parties of a later
  event ("following escalating conflict between Israel and Hezbollah") are no counterparts;
* the destination of a deployment ("deploy surveillance aircraft to Japan", "troops deployed in Poland") hosts it
  and is no target of it, unless named as a border, a state's region, or after "into", "against", "near";
* a conflict cue predicated of a reported act ("Nikki Haley says North Korea's launch of a missile over Japan was
  "unacceptable"") links the speaker and the act's agent: a protest is the speaker's against the agent, another
  act ("... amounts to a declaration of war") the agent's against the speaker;
* the party told "that it …" is no source of the act reported ("Israel informs the U.S. State Department that it
  will launch an imminent ground invasion"), nor is a reduced relative clause's agent ("targeting a vehicle used by
  Hezbollah") the cue's, nor "the country's" act the clause subject's, nor a topic after "about" a source; "between"
  after a place noun names a place ("the two main passages between Spain and France"); a cause opening its clause
  after a comma, and an act a demonym owns after "by" or "after" ("set back by the U.S. airstrikes"), were done to
  the sentence's or clause's subject; after "after" only right behind a passive, whose subject (after a report's
  "that": "… finds that Iran's nuclear program may have been set back by a few months after the U.S. airstrikes") it
  was done to;
* a reciprocal phrase may open on the word before the cue ("Iran and Israel exchanged strikes", "exchange artillery
  fire"): its co-agents act against each other; the venue of later talks ("the June 12 summit in Singapore") is no
  counterpart of an earlier cue either ("the peace village");
* an act "on suspicion of", "suspected of", "accused of" … after an active verb's object that no actor names ("arrest
  over 25 people on suspicion of attacking a UNIFIL convoy") is the suspects', and its victim no counterpart of the
  arrest (the suspect named, or the principal served, "spying for Hungary", stays);
* an appositive to the clause's object that names an act ("announces Operation Bunyanun Marsoos, the start of
  large-scale military action against India") is the clause subject's act; the actors blamed after the comma closing
  an act's clause (", blaming Israel and the United States") did it, to its other actors;
* a participle right after a noun ("those killed in a United States airstrike") is a reduced passive whose agent is
  the actor qualifying an act of force after "in a", and the patients named right after the clause ("—among them
  …") underwent it;
* an act a speaker declares or calls something ("declares the Indian attacks to be an act of war") is done to the
  speaker; a verb of commitment after "and" ("… and vows further retaliation") is the clause subject's; a retaliation
  with no target answers the agents of the sentence's earlier act; an actor named as a comparison's standard ("make
  Iranian sanctions look somewhat tame", "than …") takes no part in the acts around it;
* the object of a verb of saying or commitment coordinated by "and" after a cue's own object ("declares the Russian
  strikes to be war crimes and vows to support Moldova") is no counterpart of the cue (a protest's is); a verb's base
  form after "and" with its object ("… in Jerusalem and detain two French consulate employees") takes the clause's
  subject as the "-s" forms do, not a backer hyphened to it ("United States-supported Somali forces"); a lone source's
  own place after "from" is where its act sets out, no target ("launch a ballistic missile from Yemen towards Ben
  Gurion Airport in Israel": the next actor of the clause is); a demonym right before one act owns the act after
  "and" too ("killed in Israeli strikes and attacks across Gaza"); an act a speaker "calls" something, right after
  its owner, is done to the speaker with no "to be" ("Ukraine calls the Russian strikes war crimes"); a force's agent
  after "conducted by" is the subject of the verb after its place ("attacks conducted by the Israel Defense Forces on
  the Gaza Strip reportedly kill"); force in a passive whose patient no actor names hits the place named after its
  agent ("Airstrikes are carried out by the Israeli Air Force across several areas of Beirut"); the source's own
  forces or people ("the withdrawal of Polish forces from Iraq") are no target of its act, the actor they are taken
  "from" is; a clause opening on a verb after a comma goes on with the clause before it, whose subject its "and" verb
  takes (", closes the British Council in Russia and closes the Consulate-General of the United Kingdom").

A cue then counts for a pair in full when it links both actors on opposite sides (``pair``),
by ``ONE_LINKED`` when it links one of them and the other takes no part in it (``one``), and by
``UNLINKED`` when it links neither, or both on the same side (``none``, ``same``), and by 0 when it
links both but a third party prevents it (``third``); of these context
cues only the strongest on each side counts (``CONTEXT_RULE``), the others by 0.  A conflict two named actors wage
with each other (a mutual link: "the Israel–Hamas war", "tensions between North Korea and the United States") counts
for a pair of one of them and a bystander as a cue that links neither (links-204), unless the war's own phrase names
the two on its opposite sides or the bystander sends one side material support (links-212).  The factors lie
in [0, 1], so a pair's cue weight never exceeds the sentence's and never flips its sign; the pair's
tension is tanh of the sum, as the sentence's is.  The factors were chosen on the PLOVER events
(analysis/evaluate.py prints the comparison; README shows the table).

Linking reads only the sentence, its mentions and its cues: it is recomputed cheaply whenever the
actor dictionary changes, from stored sentence scores.  All patterns are compiled once, and each
cue looks its actors up by bisection among the few mentions of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.actors import Mention
from analysis.linking.agents import (
    _BY_BEFORE,
    _TIME_GERUND_REACH,
    _led_by_agent,
    _named_among,
    _object_after_agent,
    _object_of_act,
    _own_after_gerund,
    _patient_subject,
    _punished_offence,
)
from analysis.linking.between import _reciprocal_verb, _relation, _takes_two
from analysis.linking.circumstances import _circumstance_responder, _countered_link, _responder
from analysis.linking.clauses import _clause_start, clause_breaks
from analysis.linking.companies import _unmarked, _without_homes
from analysis.linking.coordination import _FRONTED
from analysis.linking.facts import _CAUSE, _sentence_facts, _SentenceFacts
from analysis.linking.mends import _FROM_BEFORE, _mend, _mended
from analysis.linking.mentions import (
    _LOCATIVE_REACH,
    _REPORT_OPENS,
    _actor_at,
    _agent_form,
    _compound,
    _group_end,
    _owner_at,
    _placed,
    _subject,
    _words_between,
)
from analysis.linking.relations import _PASSIVES, _Carried, _Evaluated, _Mend, _Relation, _Slot
from analysis.linking.scoring import (
    BOTH_LINKED,
    CONTEXT_RULE,
    FACTORS,
    MODEL_RULE,
    NONE,
    ONE,
    ONE_LINKED,
    PAIR,
    RECIPROCAL,
    SAME,
    THIRD,
    UNLINKED,
    UNLINKED_CUE,
    WAR_TERMS,
    CueLink,
    PairScore,
    factor_table,
    pair_link,
    pair_score,
)
from analysis.linking.speech import _with_speaker
from analysis.linking.suspects import _suspects_unnamed, _victim_of_suspects
from analysis.linking.venues import _between_after_venue, _venue_of_talks, _with_after_venue
from analysis.linking.version import VERSION
from analysis.linking.vocabulary import (
    _AND_VERB,
    _BLAMED_ACTS,
    _COMPANY_HOME,
    _COUNT,
    _DEEM_VERBS,
    _INFINITIVE,
    _NUMBER,
    _POSTED_TO,
    _PREDICATE,
    _PREDICATE_REACH,
    _PREVENTION,
    _RELATIONS_STATE,
    _SUBJECT_PLACE_WORDS,
    _SUPPORTED,
)
from analysis.tension import Cue, default_lexicon
from analysis.text import BE_BEFORE

__all__ = [
    'BOTH_LINKED', 'CONTEXT_RULE', 'CueLink', 'FACTORS', 'MODEL_RULE', 'NONE', 'ONE', 'ONE_LINKED', 'PAIR',
    'PairScore', 'RECIPROCAL', 'SAME', 'THIRD', 'UNLINKED', 'UNLINKED_CUE', 'VERSION', 'WAR_TERMS', 'clause_breaks',
    'cue_links', 'factor_table', 'pair_link', 'pair_score'
]


# (a participle after "is" is a passive, which the speaker rule reads: "says 22 Ukrainian drones were shot down")
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

# What stands between an act's object and the next act for the object to be no source: "and", maybe
# a few words ("sanctions on Iran and increased warnings", "… Iran, and threatens"), the object's
# possessive noun before it ("condemn Erdoğan's comments and declare their support for France").
_AND_NEXT = re.compile(r"(?:['\u2019]s?\s+[a-z][\w-]*)?\s*,?\s*and\s+(?:[a-z][\w-]*\s+){0,2}$")

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
# A clause opening on a participle after a comma, or on "and" and a verb ("…, and promises to impose new
# sanctions on Iran's ballistic missile program"): its actor is the sentence's subject.
_PARTICIPLE = re.compile(r",\s+(?:and\s+|then\s+)?[a-z]+ing\b|,\s+and\s+(?:also\s+|then\s+|later\s+)?"
                         r"(?!(?:the|a|an|its|his|her|their|this|that|these|those|other|others|several|many|some|"
                         r"officials|police|authorities|forces|troops|protesters|rebels|militants|residents|"
                         r"civilians|people|citizens|members|leaders|soldiers|students|workers|demonstrators|"
                         r"fighters|activists|lawmakers|ministers|nations|countries|states|dozens|"
                         r"hundreds|thousands|millions|tens)\b)(?:[a-z]*[a-rt-z]s|[a-z]+ed)\b")
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

_ENVOY_NAME = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*)*\s+")

# A sentence whose subject names no actor, up to the direct object of its verb: "A roadside bomb strikes a",
# "The second rocket attack hits the" (a word count from the start was tried and dropped: docs/NOTEBOOK.md)
_OBJECT_FIRST = re.compile(r"(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}"
                           # (a verb of saying opens a clause, whose subject may be an actor: "The military
                           # reports the Israeli army bombed Gaza City")
                           r"(?!(?:says|said|reports|reported|confirms|confirmed|claims|claimed|warns|warned|"
                           r"announces|announced|states|stated|adds|added|notes|noted)\b)"
                           r"[a-z][\w-]*(?:s|ed)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}")

# "Nikki Haley, the U.S. Ambassador to the United Nations, accuses Iran": the phrase between the commas.
_APPOSITIVE = re.compile(r"\s+(?:the|a|an|former|then|in|at|during|on|speaking|after|while)\s", re.IGNORECASE)
_APPOSITIVE_SUBJECT_WORDS = 6
# What a compound of actors names when it qualifies it: "US-China relations", "the Israel–Hamas war".
_RELATION_NOUN = re.compile(r"\s+(?:relations|relationship|ties|talks|negotiations|trade|tensions?|dispute|"
                            r"rivalry|war|conflict|border|summit|deal|agreement|accord|ceasefire|truce|peace|"
                            r"rapprochement|d[eé]tente)\b", re.IGNORECASE)

# A noun of an act, its actor after "from" (the cue may hold the "from": "opposition from"); not verbs ("withdraw
# from Syria", "expelled from the UK") nor trade, whose goods come from the actor ("imports from China")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_THE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
_FROM_NOUN = re.compile(r"\b(?:threats?|pressure|opposition|objections?|criticism|condemnation|accusations?|warnings?|"
                        r"demands?|proposals?|invitations?|visits?|aid|help|grants?|support|assistance|attacks?|"
                        r"intervention|protests?|complaints?|retaliation)(?:\s+from)?$", re.IGNORECASE)

# "Israel informs the U.S. State Department that it will launch an imminent ground invasion of southern Lebanon": the
# party told, the nearest actor before a cue after "that it", is no source of the act reported; "it" is the teller
_TOLD = re.compile(r"\b(?:informs?|informed|notif(?:y|ies|ied)|tells?|told|assures?|assured|briefs?|briefed|"
                   r"warns?|warned)\s+(?:the\s+)?$", re.IGNORECASE)
# (not "they", nor "it" with an obligation or a threat on it: "The United States told Ukraine that it must stop strikes
# on Russian oil refineries", "warns Britain and France that they will become parties": the party told)
_THAT_IT = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*)*\s*,?\s+that\s+(?:it|he|she)\s+"
                      r"(?!must\b|should\b|has\s+to\b|had\s+to\b|needs\s+to\b|risks\b|will\s+face\b|would\s+face\b)")

# "Twitter suspends a network of accounts … spreading fake news and propaganda, mostly about Qatar and the war in
# Yemen": an actor named as a topic is passed over as a source, like a place
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)
_GERUND_NEXT = re.compile(r"\s+[a-z]+ing\b")

# ... unless the act names its own target: "Israeli forces strike Syrian military sites ..., in response to Syrian
# government attacks on the local Druze population" (within the clause that target is often the subject named as a
# noun, "in response to Trump's tariffs on the country", so read only across the comma)
_OWN_TARGET = re.compile(r"\s+(?:on|against|targeting|upon)\b", re.IGNORECASE)


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
    return _without_homes(sentence, cues, out) if facts.homes else out


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


# An actor owning a force (a demonym or possessive), the force, a preposition and its place or object, and a verb
# right after that place ("that" or "which" between): the verb's subject is the force (links-146)
_FORCE_OWNED_BEFORE = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|"
                                 r"bombings?|bombardments?|shelling|raids?|forces|troops|soldiers)\s+(?:on|in|across|near|"
                                 r"at|against|along|throughout|over|into|targeting)\s+(?:[\w'\u2019-]+\s+){0,8}?")
_FORCE_PLACE_TAIL = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?:reportedly|allegedly)\s+)?")
# links-156: ... or the force, a participle of doing it, "by" and the actor, then the preposition: "Early morning attacks
# conducted by the |Israel Defense Forces| on the |Gaza Strip| reportedly kill at least 91 Palestinians"
_FORCE_BY_AGENT = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|air\s+strikes?|bombings?|bombardments?|shelling|raids?)"
                             r"\s+(?:(?:reportedly|allegedly)\s+)?(?:carried\s+out|conducted|launched|staged)\s+by\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
_FORCE_AGENT_PLACE = re.compile(r"\s+(?:on|in|across|near|at|against|along|throughout|over|into|targeting)\s+"
                                r"(?:[\w'\u2019-]+\s+){0,8}?")
# ... the verb taking its object: a count, "the" or a name ("kill at least 72 Palestinians"; not a noun, "a Hezbollah
# ammunition depot", nor "in retaliation")
_FORCE_VERB_OBJECT = re.compile(r"\s+(?:" + _COUNT + r"|the\s|[A-Z])")
# A verb of sending, summoning or going whose object or destination is followed by an infinitive of purpose
# ("summons the ambassador to protest", "sends troops to Libya to help"): not a verb of asking (links-147)
# (links-208: "write to" a body, "Burkina Faso, Mali, and Niger write to the United Nations Security Council to denounce")
_PURPOSE_VERB = re.compile(r"\b(?:summon(?:s|ed)?|sends?|sent|deploy(?:s|ed)?|dispatch(?:es|ed)?|(?:writes?|wrote)\s+to\b|"
                           r"(?:travels?|travell?ed|arrives?|arrived)\s+(?:to|in)\b)")
# ... with no other infinitive (``_INFINITIVE``) between the verb and the object ("travels to Alaska to meet with
# Trump to discuss", "deploys the police to secure …"), nor a cause ("in response to threats from")
_TO_BEFORE = re.compile(r"\bto\s+$")

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


# ... force held out as a verb's means (cues.yaml's threats "by force if necessary", "militarily if necessary" …)
_HELD_OUT_FORCE = re.compile(r"(?:by|with)\s+(?:force|military\s+means)\b|militarily\b", re.IGNORECASE)


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


def _sources(facts: _SentenceFacts, cue: Cue, slot: _Slot, first: int, lo: int,
             carried: _Carried | None) -> tuple[frozenset[str], int, int, bool]:
    """The sources of ``cue`` (mentions [first, ..) are its clause's, ``lo`` the clause's start): the subject of
    the sentence or clause where a participle, an appositive, "as it" or an adverbial phrase says so, else the
    actors nearest before it that are not named as a place or a topic (the teller, where they were told "that
    it …": ``_informer``).  Also the mentions [s, end) those nearest
    actors are (``s`` = ``end`` = ``slot.before`` when the sources are not the nearest), and whether they are
    an earlier verb's agents ("blamed by the United States and India for")."""
    sentence, ordered, starts, ends = facts.sentence, facts.ordered, facts.starts, facts.ends
    codes, joined, breaks, places = facts.codes, facts.joined, facts.breaks, facts.places
    before, k = slot.before, slot.clause
    cs = cue.start
    sources: frozenset[str] = frozenset()
    end = s = before
    by_agents = False  # the sources are an earlier verb's agents: "blamed by the United States and India for"
    if before == first and first and _PARTICIPLE.match(sentence, lo):
        sources = _subject(sentence, starts, codes, joined, 0, first, places)
        if sources and _OBJECT_FIRST.fullmatch(sentence, 0, starts[codes.index(next(iter(sources)))]):
            # "A roadside bomb strikes a United Nations vehicle in Aguelhok, Kidal, Mali, killing three
            # Chadian peacekeepers": the first actor is the main verb's object, and the subject no actor
            sources = frozenset()
    elif (before == first and first and (adjunct := _TIME_GERUND_CLAUSE.match(sentence, lo)) is not None
          and cs <= adjunct.end() + _TIME_GERUND_REACH and "," not in sentence[adjunct.end():cs]
          and _PRONOUN_OBJECT.match(sentence, cue.end) is None and _PASSIVE_VERB.search(sentence, 0, lo) is None
          and not _punished_offence(sentence, 0, lo, lo, sentence.rfind(" ", lo, adjunct.end()) + 1)
          and not _own_after_gerund(facts, _subject(sentence, starts, codes, joined, 0, first, places), cue.end)):
        # "Orbán meets with Putin in Moscow, Russia, after meeting with Zelenskyy": an "after VERBing" adjunct after a
        # comma is the sentence subject's act, as a participle's (links-186; not after a punitive verb, links-192)
        sources = _subject(sentence, starts, codes, joined, 0, first, places)
    elif (before == first and first and (apposed := _APPOSED_OBJECT.match(sentence, lo)) is not None
          and apposed.end() <= cue.end and _words_between(sentence, ends[first - 1], lo) >= _OBJECT_WORDS
          and not _FRONTED.fullmatch(sentence, 0, lo)):
        # "Pakistan announces Operation Bunyanun Marsoos, the start of large-scale military action against India": an
        # appositive to the object (no actor) of the clause before names the same act, its subject's
        sources = _subject(sentence, starts, codes, joined, 0, first, places)
    elif before == first and first and k == 2 and (_after_appositive(sentence, breaks, cs)
                                                    or _after_name_appositive(sentence, breaks, cs)) and (
            slot.relation in _PASSIVES or not BE_BEFORE.search(sentence, max(0, cs - 8), cs)):
        # "Nikki Haley, the U.S. Ambassador to the United Nations, accuses Iran": the subject and
        # its appositive name the source (in the passive only with its agent named: "X, an IRGC
        # commander, was killed in yesterday's airstrikes in Beirut" names no agent)
        sources = _subject(sentence, starts, codes, joined, 0, first, places)
    elif slot.as_it and before > first + 1:
        sources = _subject(sentence, starts, codes, joined, first, before, places)
    elif slot.adverbial and before > first + 1:
        # "announce attacks on Israel in support of Iran": the clause's subject supports
        sources = _subject(sentence, starts, codes, joined, first, before, places)
    elif before > first:
        s = before - 1
        while s > first and joined[s]:
            s -= 1
        # "injured in Russian airstrikes": a demonym right before the act is its owner, not a place
        owner = (slot.adjacent and ordered[before - 1].text != ordered[before - 1].name
                 and before - 1 not in facts.compared)  # ("make Iranian sanctions look tame": a standard, no owner)
        # ("mostly about Qatar and the war in Yemen": a topic, never the subject, a possessive one being the act's
        # owner: "speaks out about China's religious freedom violations")
        # (a name before a gerund is that act's agent: "an emergency meeting regarding Russia shelling Ukrainian nuclear
        # plants")
        topic = (not owner and _ABOUT_BEFORE.search(sentence, max(0, starts[s] - _LOCATIVE_REACH), starts[s]) is not None
                 and not _agent_form(sentence, ordered[s]) and _GERUND_NEXT.match(sentence, ends[end - 1]) is None)
        if not owner and (_placed(sentence, starts, s, places) or topic
                          or (s > first and _POSTED_TO.search(sentence, max(0, starts[s] - _LOCATIVE_REACH - 8),
                                                              starts[s]) is not None
                              and _ENVOY_NAME.fullmatch(sentence, ends[before - 1], cs) is not None)):
            if s > first:
                end = s  # the place is passed over for the actor named before it
                s -= 1
                while s > first and joined[s]:
                    s -= 1
            elif topic or _words_between(sentence, lo + 1, starts[s]) > _SUBJECT_PLACE_WORDS:
                end = s  # "... is sentenced in Saudi Arabia for a terror attack": no source is known
        sources = frozenset() if slot.reported else frozenset(codes[s:end])
        if (s > first and (_FORCE_OWNED_BEFORE.fullmatch(sentence, ends[s - 1], starts[s]) is not None
                           or (_FORCE_AGENT_PLACE.fullmatch(sentence, ends[s - 1], starts[s]) is not None
                               and _FORCE_BY_AGENT.search(sentence, max(0, starts[s - 1] - 60), starts[s - 1])))
                and _FORCE_PLACE_TAIL.fullmatch(sentence, ends[end - 1], cs) is not None
                and _FORCE_VERB_OBJECT.match(sentence, cue.end) is not None and "," not in sentence[ends[s - 1]:cs]):
            # "Israeli attacks across the Gaza Strip kill at least 72 Palestinians", "Israeli airstrikes on Lebanon
            # kill": the place or object of a force owned by the actor before it is no subject of the verb after
            # it; the force's owner is (links-146)
            d = s - 1
            while d > first and joined[d]:
                d -= 1
            if not slot.reported:
                sources = frozenset(codes[d:s])
            s, end = d, s
        if slot.suspected > ends[end - 1] and _suspects_unnamed(facts, slot.suspected):
            # "The Lebanese Armed Forces arrest over 25 people on suspicion of attacking a UNIFIL convoy": the act
            # is the suspects', the subject's object, named by no actor
            sources = frozenset()
        by_agents = _BY_BEFORE.search(sentence, max(0, starts[s] - 8), starts[s]) is not None
        if (carried is not None and carried.clause == k and carried.targets_from == s and carried.targets_to == end
                and _AND_NEXT.match(sentence, ends[end - 1], cs)):
            # "announces restrictions on Iran and warnings against travel to Italy": the object
            # of the act before "and" is no source of the one after it; that act's source is
            sources = carried.sources
        if end == before and s > first and (informer := _informer(facts, first, s, end)):
            # "Israel informs the U.S. State Department that it will launch an imminent ground invasion of southern
            # Lebanon": the teller, not the party told, does what "it" does
            sources = informer
        if slot.being and s > first:
            # "Three U.S. Air Force F-15E fighter jets crash in Kuwait during combat operations against Iran
            # after being mistakenly shot down by the Kuwaiti military": the sentence's subject underwent it
            sources = _subject(sentence, starts, codes, joined, first, before, places) or sources
        if (s > first and _TO_BEFORE.search(sentence, max(0, cs - 4), cs) is not None
                and (verb := _PURPOSE_VERB.search(sentence, ends[first], starts[s])) is not None
                and _INFINITIVE.search(sentence, verb.end(), starts[s]) is None
                and _CAUSE.search(sentence, verb.end(), cs) is None
                and (purposer := _subject(sentence, starts, codes, joined,
                                         _reported_first(facts, first, verb.start()),
                                         bisect_left(starts, verb.start()), places))
                and not purposer & sources):
            # "Turkey summons United States Ambassador John R. Bass to protest …", "Erdoğan announces he will send
            # troops to Libya to help the Government of National Accord": the infinitive of purpose after a verb of
            # sending or summoning is its subject's, not its object's or destination's (links-147)
            sources, s, end = purposer, before, before
        if (slot.and_verb and (s > first or (lo > 0 and _LIST_PREDICATE.match(sentence, lo) is not None))
                and (subject := _and_subject(facts, cue, first, lo, s))):
            # "… declares the Indian attacks to be an act of war and vows further retaliation": the second verb's
            # subject is the clause's, not the first verb's object
            sources, s, end = subject, before, before
    return sources, s, end, by_agents


def _reported_first(facts: _SentenceFacts, first: int, verb_start: int) -> int:
    """The first mention of the clause a "that" opens before ``verb_start`` (links-161: "Zelenskyy states that North
    Korean troops have been deployed to Ukraine to fight alongside the Russian military": the troops are the senders'
    subject, not the speaker), else ``first``."""
    lo = facts.ends[first] if first < len(facts.ends) else verb_start
    last = max(_CLAUSE_THAT.finditer(facts.sentence, lo, verb_start), key=lambda m: m.start(), default=None)
    if last is None:
        return first
    after = bisect_left(facts.starts, last.end())
    return after if after < bisect_left(facts.starts, verb_start) else first


# An appositive after a comma that names an act, its head a noun of an event's course or kind: ", the start of", ", a
# series of", ", a move welcomed by" (not a person's or a place's: "Hafiz Muhammad Saeed, the suspected mastermind of
# the 2008 attacks", "Doklam, a meeting point"); after a verb and its object, this many words or more after the
# clause's last actor ("announces| Operation Bunyanun Marsoos,")
_APPOSED_OBJECT = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:start|beginning|launch|onset|resumption|"
                             r"continuation|escalation|expansion|series|wave|round|string|campaign|operation|offensive|"
                             r"move|step|response|retaliation|phase)\b", re.IGNORECASE)
_OBJECT_WORDS = 2

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

# ... then a verb (a modal, an auxiliary or one of causing) whose subject that noun phrase is, up to the next cue
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
_TIME_GERUND_CLAUSE = re.compile(r",\s+(?:after|before|upon|while)\s+(?!being\b|having\b)[a-z]{3,}ing\b", re.IGNORECASE)

_PRONOUN_OBJECT = re.compile(r"\s+(?:with\s+|to\s+)?(?:them|him|her|it|us|his|her|their|its)\b", re.IGNORECASE)
_PASSIVE_VERB = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)

# "by| blocking": a means adjunct's gerund, the cue
_BY_MEANS = re.compile(r"\bby\s+$", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# ... not an act the main verb's object is accused "of" ("accuses Iran of an act of aggression by supplying missiles"),
# nor in a clause after "that" ("alleging that the UAE violated the Genocide Convention by supplying weapons")
_OF_WORD = re.compile(r"\bof\b", re.IGNORECASE)
_CLAUSE_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# After a passive's agent, its object: "attack by Iran| on |U.S. forces"
_AGENT_THEN_OBJECT = re.compile(r"\s+(?:on|against|upon|targeting)\s+(?:the\s+)?", re.IGNORECASE)

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


# a verb of saying before its clause with no "that" and a lower-case article: "Azerbaijan says| an Armenian missile attack"
_SAYS_A = re.compile(r"\b(?:says|said|claims|claimed|reports|reported|states|stated)\s+(?=(?:a|an|the)\s)")
# a fronted adverbial phrase before the clause's subject: "After Israeli strikes on Beirut, "
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:After|Following|Amid|Amidst|As|Despite|Hours\s+after|Days\s+after|In\s+response\s+to)\b"
                      r"[^,;]{0,160},\s*")
# ... a backer hyphened to the subject's noun, which the next actor names: "United States|-supported |Somali forces"
_BACKER_GAP = re.compile(r"(?:\s+(?:government|state|regime))?[-\u2013]" + _SUPPORTED.pattern + r"\s+(?:the\s+)?",
                         re.IGNORECASE)
_AND_SUBJECT_WORDS = 4  # words before the subject of a verb after "and": "Prime Minister of| Georgia"
# links-159: a clause opening on a finite verb and its object after a comma: ", closes the British Council"
_LIST_PREDICATE = re.compile(r",\s+(?:also\s+|then\s+)?[a-z]+(?:s|ed)\s+(?:the|a|an|its|their|his|her|\d)\b")


def _and_subject(facts: _SentenceFacts, cue: Cue, first: int, lo: int, s: int) -> frozenset[str]:
    """The subject of the verb ``cue`` after "and": the clause's first actor among mentions [first, s), after the
    clause's last "that" or verb of saying (the said clause's subject: "Sierra Leone says that Guinea has detained …
    and seized"); a verb ``_AND_VERB`` does not list (links-141) only when that actor opens its clause, a few words
    at most after its start ("An airstrike on a biscuit shop kills five Bangladeshi nationals … and wounds 33 others":
    the first verb's object, no subject)."""
    sentence, starts = facts.sentence, facts.starts
    fronted = _FRONTED_ADVERBIAL.match(sentence, lo)
    if fronted is not None:  # "After Israeli strikes on Beirut, Hezbollah … condemns Israel and threatens" (reader25)
        lo = fronted.end()
        first = max(first, bisect_left(starts, lo))
        if first >= s:
            return frozenset()
    if lo > 0 and _LIST_PREDICATE.match(sentence, lo) is not None and lo in facts.breaks:
        # "The Russian Federation expels 23 British diplomats, closes the British Council in Russia and closes the
        # Consulate-General of the United Kingdom": a clause opening on a verb after a comma goes on with the clause
        # before it, whose subject it shares (links-159)
        k = facts.breaks.index(lo)
        prev_lo = facts.breaks[k - 1] if k else -1
        prev = _subject(sentence, starts, facts.codes, facts.joined, bisect_right(starts, prev_lo), first, facts.places)
        if prev and _words_between(sentence, prev_lo, starts[bisect_right(starts, prev_lo)]) <= _AND_SUBJECT_WORDS:
            return prev
    opens = sorted([m.end() for m in _REPORT_OPENS.finditer(sentence, lo, starts[s])]
                   + [m.end() for m in _SAYS_A.finditer(sentence, lo, starts[s])])
    if opens:
        lo = opens[-1]
        first = max(first, bisect_left(starts, lo))
        if first >= s:
            return frozenset()
    subject = _subject(sentence, starts, facts.codes, facts.joined, first, s, facts.places)
    i = next((i for i in range(first, s) if not _placed(sentence, starts, i, facts.places)), s)
    if subject and i < s and _BACKER_GAP.fullmatch(sentence, facts.ends[i], starts[i + 1]) is not None:
        # "United States-supported Somali forces shoot and kill 10 Somalis": the backer hyphened to the subject's
        # noun is no subject; the noun's own actor is (links-151)
        subject = frozenset(facts.codes[i + 1:_group_end(facts.joined, i + 1)])
    if (subject and _AND_VERB.search(sentence, facts.ends[s], cue.start) is None
            and _words_between(sentence, lo, starts[first]) > _AND_SUBJECT_WORDS):
        return frozenset()
    return subject


def _informer(facts: _SentenceFacts, first: int, s: int, end: int) -> frozenset[str]:
    """The teller of a clause "that it …" told to mentions [s, end), the actors nearest before a cue after it: the
    subject before the verb of telling ("Israel informs the U.S. State Department that it will launch an imminent
    ground invasion of southern Lebanon": Israel's invasion, not the State Department's); else none."""
    sentence, starts, ends = facts.sentence, facts.starts, facts.ends
    if _THAT_IT.match(sentence, ends[end - 1]) is None:
        return frozenset()
    while s > first and not sentence[ends[s - 1]:starts[s]].strip():
        s -= 1  # ("the U.S. State Department": one name in two mentions)
    if s == first or _TOLD.search(sentence, max(0, starts[s] - 24), starts[s]) is None:
        return frozenset()
    return _subject(sentence, starts, facts.codes, facts.joined, first, s, facts.places)


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


# ... and links-150 cuts an "and" verb's object only for an act a verb of deeming names (links-164): "declares| the
# Russian strikes", "calls| the Russian strikes" (not "condemns the Russian missile strike and promises more air
# defence systems to Ukraine")
_DEEMED_ACT = re.compile(r"\b(?:" + _DEEM_VERBS + r"|dubs|dubbed)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}$",
                         re.IGNORECASE)


def _reports_on(sentence: str, start: int, cue_start: int) -> bool:
    """Whether a report or study on a topic stands between ``start`` and the cue, the cue in its topic: "breaks a
    report on violence around the border"; not "publishes a study on migration and sanctions Belarus"."""
    found = _REPORT_ON.search(sentence, start, cue_start)
    return found is not None and _TOPIC_ENDS.search(sentence, found.end(), cue_start) is None


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
_CONDITION_HINT = re.compile(r"\b(?:if|should|in the event of|in case of)\b", re.IGNORECASE)
_DEFENDED_IF = re.compile(r"\b(?:defend\w*|support(?:s|ed|ing)?|help(?:s|ed|ing)?|aid(?:s|ed|ing)|assist\w*|"
                          r"protect\w*|interven\w*|come to the (?:aid|defen[cs]e))\b(?P<object>[^;.]*?)"
                          r"(?P<even>\beven\s+)?\b(?:if|should|in the event of|in case of)\b", re.IGNORECASE)
_DEFENCE_REFUSED = re.compile(r"(?:\bnot|\bnever|\bno longer|n't|\brefus\w*|\bdeclin\w*)\s+(?:to\s+)?(?:\w+\s+){0,2}$",
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


# links-179: hostages rescued or recovered ("Israel recovers the bodies of two hostages in Gaza", "rescues four
# hostages from Gaza") name the holders' hostage-taking, done to the rescuer's side: not the rescuer's act on the place
# or the holders it takes them from
_RESCUING = re.compile(r"\b(?:rescu|recover|retriev|liberat)\w*\s+(?:the\s+)?(?:(?:bodies|body|remains)\s+of\s+)?"
                       r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

# links-201: the holders named after the hostages, "held by jihadists", "held captive by Hamas"
_HELD_BY = re.compile(r"\bheld\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?", re.IGNORECASE)


def _with_rescued(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the hostages a rescue or recovery names (``_RESCUING``) as the act of the actors they were
    held by or in, on the rescuer: the link's sources and targets swapped when its sources are the rescuer's."""
    sentence = facts.sentence
    for i, cue in enumerate(cues):
        link = links[i]
        if (cue.weight <= 0 or not link.sources or link.mutual or not cue.term.lower().startswith(("hostage", "captive"))):
            continue
        found = _RESCUING.search(sentence, max(0, cue.start - 60), cue.start)
        if found is None:
            continue
        held = _HELD_BY.search(sentence, cue.end, min(len(sentence), cue.end + 60))
        if held is not None and (bisect_left(facts.starts, held.end()) == len(facts.starts)
                                 or facts.starts[bisect_left(facts.starts, held.end())] != held.end()):
            continue  # (links-201: held by holders no actor names, "… in Burkina Faso held by jihadists": no place's act)
        limit = bisect_left(facts.starts, found.start())
        rescuers = (_subject(sentence, facts.starts, facts.codes, facts.joined, 0, limit, facts.places)
                    if limit and _placed(sentence, facts.starts, limit - 1, facts.places) else
                    _actor_at(sentence, facts.starts, facts.ends, facts.codes, facts.joined, facts.places,
                              found.start()))
        if rescuers and link.sources <= rescuers:
            links[i] = CueLink(link.targets - rescuers, link.sources, False, link.deciders)
    return links


# "Khamenei praises Operation Martyr Soleimani for giving a 'slap on the face' to the United States": the praise's
# object is named, no actor, right after it; the actors after "for" and a gerund are the praised act's counterparts,
# not the praise's.  With an actor before "for" it is the praise's ("Putin thanks Trump for sharing intelligence").
_PRAISING = re.compile(r"(?:prais|commend|laud|hail|applaud|thank|congratulat)", re.IGNORECASE)
_PRAISED_FOR = re.compile(r"[^,;:]*?\bfor\s+[a-z]+ing\b")


def _with_praised_for(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` without the targets a praise names only after "for" and a gerund behind its own object."""
    sentence, starts, codes = facts.sentence, facts.starts, facts.codes
    for i, cue in enumerate(cues):
        if cue.weight >= 0 or not links[i].targets or _PRAISING.match(cue.term) is None:
            continue
        found = _PRAISED_FOR.match(sentence, cue.end)
        if found is None:
            continue
        k = bisect_left(starts, cue.end)
        if k < len(starts) and starts[k] < found.end():
            continue  # an actor is praised for its act
        before = frozenset(codes[:bisect_left(starts, cue.start)])
        links[i] = links[i]._replace(targets=links[i].targets & before)
    return links


# "… confirms the death of Quds Force Commander Qasem Soleimani in an airstrike, blaming Israel and the United States":
# the actors blamed (or held responsible) after the comma closing an act's clause did the act; the act's other actors
# underwent it (without any, the clause's subject, who blames: "Pakistan confirms an attack on its soldiers, blaming
# India").  Only when the blame ends its clause: "blaming X for the crisis" names its own act.
_BLAMING = re.compile(r",\s+(?:and\s+)?(?:blaming|holding)\s+(?:the\s+)?$", re.IGNORECASE)
_BLAME_ENDS = re.compile(r"\s*(?:responsible(?:\s+for\s+(?:it|the\s+(?:attack|strike|bombing|incident|killing)s?))?)?"
                         r"\s*(?:[.;:]|$)", re.IGNORECASE)


def _with_blamed(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the agents a blame after the clause names (``_BLAMING``) as the sources of its conflict acts."""
    sentence, starts, ends, codes, joined = facts.sentence, facts.starts, facts.ends, facts.codes, facts.joined
    for b in range(len(starts)):
        if _BLAMING.search(sentence, max(0, starts[b] - 24), starts[b]) is None or (b and joined[b]):
            continue
        t = _group_end(joined, b)
        if _BLAME_ENDS.match(sentence, ends[t - 1]) is None:
            continue
        blamed = frozenset(codes[b:t])
        comma = sentence.rfind(",", 0, starts[b])
        k = bisect_right(facts.breaks, comma - 1)  # the clause the blame closes
        lo = _clause_start(facts.breaks, k)
        for i, cue in enumerate(cues):
            if (cue.category in _BLAMED_ACTS and cue.weight > 0 and lo < cue.start and cue.end <= comma
                    and not links[i].deciders):
                link = links[i]
                targets = (link.sources | link.targets) - blamed or _subject(
                    sentence, starts, codes, joined, 0, b, facts.places) - blamed
                links[i] = CueLink(blamed, targets)
    return links


# A retaliation names the act it answers: "… declares the Indian attacks to be an act of war and vows further
# retaliation" is Pakistan's against India
_RETALIATION = re.compile(r"(?:retaliat|revenge|reprisal|aveng|counter-?attack|counterstrike)", re.IGNORECASE)

# "killed … in an airstrike", "the assassination of … in a targeted killing": an act of force named after "in a"
# right behind an earlier act of force of its clause, words of the means maybe between
# (the words between are the means' modifiers, no "response to" or "role in": reader24)
_MEANS_OF_ACT = re.compile(r"\bin\s+an?\s+(?:(?!response\b|retaliation\b|reprisal\b|part\b|role\b)[a-z][\w-]*\s+){0,2}$")
# ... and the earlier act's clause runs on to it: a relative clause or an involvement between names another act
# ("Israel kills a Hezbollah commander it says was involved in a rocket attack on the Golan Heights")
_NOT_MEANS_BETWEEN = re.compile(r"\b(?:who|whom|which|that|it\s+says|says|said|involved|responsible|behind|accused|"
                                r"suspected|blamed)\b", re.IGNORECASE)
_MEANS_REACH = 40


def _with_means(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with the act of force named as the means of an earlier act of force of its clause ("The Israeli
    army says that it killed the deputy head of Hezbollah's Redwan Force … in a strike in Nabatieh, Lebanon", "the
    assassination of General Qasem Soleimani in a targeted killing in Baghdad, Iraq") linked as that act: its
    sources, and its targets besides its own.  The actor nearest before the means is the earlier act's patient
    (Hezbollah, Soleimani), not the means' agent; the place after it (Iraq) stays the means' target, as for an act
    of force anywhere (a strike in Syria concerns Syria), but no longer the patient's counterpart."""
    breaks = facts.breaks
    earlier = -1  # the clause's last act of force with sources
    for i, cue in enumerate(cues):
        if cue.weight <= 0:
            continue
        if (earlier >= 0 and bisect_right(breaks, cues[earlier].start) == bisect_right(breaks, cue.start)
                and (cue.category == "military_action" or _qualifies_force(facts.sentence, cues, i))
                and _MEANS_OF_ACT.search(facts.sentence, max(0, cue.start - _MEANS_REACH), cue.start) is not None
                and _NOT_MEANS_BETWEEN.search(facts.sentence, cues[earlier].end, cue.start) is None):
            act = links[earlier]
            links[i] = CueLink(act.sources, act.targets | (links[i].targets - act.sources))
            continue
        # (another act between breaks the chain: "strikes … in retaliation for the death of an American civil
        # contractor in a rocket attack" is no means of the strikes)
        earlier = i if cue.category == "military_action" and links[i].sources and not links[i].mutual else -1
    return links


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


# links-208: a complaint lodged "to" or "with" a body is lodged before it, as a forum, not against it: "Lebanon files a new
# complaint to the UN Security Council over Israel's ceasefire violations", "South Korea will file a complaint with the
# World Trade Organization over Japanese government export controls"; the actor its grounds name after "over",
# "against", "about" … is its target; with no other actor named there, the body stays the target (links-213)
_COMPLAINT = re.compile(r"complain\w*|protests?|grievances?", re.IGNORECASE)
_FORUM_BEFORE = re.compile(r"\s+(?:to|with|before)\s+(?:the\s+)?")
_FORUM_AT = re.compile(r"(?:complaints?|grievances?)\s+at\s+(?:the\s+)?", re.IGNORECASE)  # not "protests at"
_COMPLAINT_GROUNDS = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:over|against|about|regarding|concerning|on)\s+"
                                r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_COMPLAINT_GROUNDS_REACH = 40
#: links-213: a place named in the grounds ("over KFOR's handling of the unrest in northern Kosovo") is no other party
_GROUNDS_PLACE = re.compile(r"\b(?:in|inside|across|near)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_OTHER_GROUNDS_REACH = 80


def _other_grounds(facts: _SentenceFacts, g: int, end: int, own: frozenset[str]) -> bool:
    """Whether a complaint's grounds, after its forum ending at ``end`` (mention ``g`` on), name an actor other than
    ``own`` (the complainant and the forum), not as a place, in the same clause (links-213)."""
    sentence, starts, codes = facts.sentence, facts.starts, facts.codes
    clause = bisect_right(facts.breaks, end)
    for j in range(g, len(starts)):
        if starts[j] > end + _OTHER_GROUNDS_REACH or bisect_right(facts.breaks, starts[j]) != clause:
            break
        if (codes[j].removeprefix(_COMPANY_HOME) not in own
                and _GROUNDS_PLACE.search(sentence, max(end, starts[j] - 30), starts[j]) is None):
            return True
    return False


def _with_forums(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a complaint's forum (``_COMPLAINT``, then ``_FORUM_BEFORE`` a body) no target of it, and the actor
    named in its grounds after the forum (``_COMPLAINT_GROUNDS``) its target instead (links-208)."""
    sentence, starts, ends, codes, joined, ordered = (facts.sentence, facts.starts, facts.ends, facts.codes,
                                                      facts.joined, facts.ordered)
    for i, cue in enumerate(cues):
        if cue.weight <= 0 or _COMPLAINT.fullmatch(sentence, cue.start, cue.end) is None:
            continue
        f = bisect_left(starts, cue.end)
        if (f >= len(starts) or ordered[f].kind != "organisation"
                or (_FORUM_BEFORE.fullmatch(sentence, cue.end, starts[f]) is None
                    and _FORUM_AT.fullmatch(sentence, cue.start, starts[f]) is None)):
            continue
        g = _group_end(joined, f)
        forum = frozenset(codes[f:g])
        grounds: frozenset[str] = frozenset()
        if (g < len(starts) and starts[g] <= ends[g - 1] + _COMPLAINT_GROUNDS_REACH
                and bisect_right(facts.breaks, ends[g - 1]) == bisect_right(facts.breaks, starts[g])
                and _COMPLAINT_GROUNDS.fullmatch(sentence, ends[g - 1], starts[g]) is not None):
            grounds = frozenset(codes[g:_group_end(joined, g)])
        link = links[i]
        if not _other_grounds(facts, g, ends[g - 1], _unmarked(link.sources | forum)):
            continue  # (links-213: no other actor named in the grounds, "… with the EU over sanctions on Chinese firms")
        if not link.targets & forum:
            continue
        targets = ((link.targets - forum) | grounds) - link.sources
        links[i] = link._replace(targets=targets, mutual=False)
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
            if material is None or _WAR_MATERIAL_WITHHELD.search(sentence[ends[j]:material.start()]):
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


def _qualifies_force(sentence: str, cues: Sequence[Cue], i: int) -> bool:
    """Whether cue ``i`` qualifies an act of force right after it ("a targeted killing"; not "a disputed border
    area")."""
    return (i + 1 < len(cues) and cues[i + 1].category == "military_action"
            and _QUALIFIER_GAP.fullmatch(sentence, cues[i].end, cues[i + 1].start) is not None)


_QUALIFIER_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")


def _with_answered(cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a retaliation that has sources and no target set against the agents of the sentence's earlier
    conflict act whose sources are others."""
    for i, cue in enumerate(cues):
        link = links[i]
        if not link.sources or link.targets or link.mutual or not _RETALIATION.match(cue.term):
            continue
        for j in range(i):
            earlier = links[j]
            if cues[j].weight > 0 and earlier.sources and not earlier.mutual and not earlier.sources & link.sources:
                links[i] = link._replace(targets=earlier.sources)
                break
    return links


def _after_appositive(sentence: str, breaks: list[int], cue_start: int) -> bool:
    """Whether the clause holding a cue at ``cue_start`` is the predicate of "Subject, the appositive,":
    the sentence's first two breaks are commas around a phrase opening on an article or "former", the
    subject before it is short, and the cue opens the clause."""
    first, second = breaks[0], breaks[1]
    return (sentence[first] == "," and sentence[second] == ","
            and _APPOSITIVE.match(sentence, first + 1, second) is not None
            and len(sentence[:first].split()) <= _APPOSITIVE_SUBJECT_WORDS
            and len(sentence[second + 1:cue_start].split()) <= 1)


# links-189: "The Saudi ambassador to the United Nations, Abdul Aziz al-Wasel, calls for an extension of the arms embargo
# on Iran": a title's noun phrase, then the person's name between commas, then the predicate
_NAME_APPOSITIVE = re.compile(r"\s*[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|(?:al|el|bin|ibn|de|da|van|von|der|"
                              r"le|la|du|dos|das)\b[\w'\u2019-]*)){1,4}\s*")
_TITLE_WORD = re.compile(r"\b(?:minister|ambassador|president|spokes(?:man|woman|person)|envoy|secretary|chancellor|"
                         r"leader|chief|commander|premier|representative|head|general|king|emir|prince|director|"
                         r"governor|speaker|adviser|advisor|official)\b", re.IGNORECASE)
_NOT_SUBJECT_OPENING = re.compile(r"\s*(?:In|At|On|During|After|Before|Following|Amid|Despite|As|While|When|Since|"
                                  r"According|Speaking)\b")
_NAME_APPOSITIVE_SUBJECT_WORDS = 9
_NAME_APPOSITIVE_PREDICATE_WORDS = 10


def _after_name_appositive(sentence: str, breaks: list[int], cue_start: int) -> bool:
    """Whether the clause holding a cue at ``cue_start`` is the predicate of "Title phrase, Person Name,": the
    sentence's first two breaks are commas around a name of two to five words, the subject before it a short noun
    phrase holding a title ("The Saudi ambassador to the United Nations"), and the cue a few words into the
    predicate (links-189)."""
    first, second = breaks[0], breaks[1]
    return (sentence[first] == "," and sentence[second] == ","
            and _NAME_APPOSITIVE.fullmatch(sentence, first + 1, second) is not None
            and len(sentence[:first].split()) <= _NAME_APPOSITIVE_SUBJECT_WORDS
            and _TITLE_WORD.search(sentence, 0, first) is not None
            and _NOT_SUBJECT_OPENING.match(sentence) is None
            and len(sentence[second + 1:cue_start].split()) <= _NAME_APPOSITIVE_PREDICATE_WORDS)


def _memo(memo: dict, slot: _Slot, link: CueLink,
          cue: Cue) -> CueLink:
    """``link``, kept for the cues of the same slot after it unless ``cue``'s modifiers make it its own."""
    if not cue.modifiers:
        memo[slot] = link
    return link
