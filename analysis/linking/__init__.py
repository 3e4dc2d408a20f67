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
  takes (", closes the British Council in Russia and closes the Consulate-General of the United Kingdom");
  an extradition's counterpart is the state named after its "to", not the person's nationality ("New Zealand extradites
  German hacker … Kim Dotcom to the United States"), its source a passive's "from" ("is extradited from Bulgaria");
  force against an armed group no actor names takes no target from the state it is in ("airstrikes against pro-coup
  forces in Cotonou"), nor from the state it is "in support of" or "on behalf of"; exercises after a compound of actors
  ("Russian–Belarusian military exercises") are theirs on one side, not force between them.

A cue then counts for a pair in full when it links both actors on opposite sides (``pair``),
by ``ONE_LINKED`` when it links one of them and the other takes no part in it (``one``), and by
``UNLINKED`` when it links neither, or both on the same side (``none``, ``same``), and by 0 when it
links both but a third party prevents it (``third``); a conflict act that links one of them only as its target
or place, the other not at all, counts by ``UNLINKED`` too (``undergone``, links-226: the other is a bystander of
what was done to the one, "Five Italian soldiers are wounded by a bombing in Kirkuk, Iraq"); of these context
cues only the strongest on each side counts (``CONTEXT_RULE``), the others by 0.  A conflict two named actors wage
with each other (a mutual link: "the Israel–Hamas war", "tensions between North Korea and the United States") counts
for a pair of one of them and a bystander as a cue that links neither (links-204), unless the war's own phrase names
the two on its opposite sides or the bystander sends one side material support (links-212).  The factors lie
in [0, 1], so a pair's cue weight never exceeds the sentence's and never flips its sign; the pair's
tension is tanh of the sum, as the sentence's is.  The factors were chosen on the PLOVER events
(analysis/evaluate.py prints the comparison; README shows the table).

The package, a job a module (callers import the public names from ``analysis.linking`` itself):

* ``linker`` – ``cue_links``, the entry point: the sentence's facts, each cue's slot and link, the sentence-wide passes;
* ``facts`` – what is read of a sentence once, before any cue (``_SentenceFacts``); ``clauses`` – its clause breaks;
  ``coordination`` – which actors are joined ("and", commas, hyphens, lists, chains of place names); ``mentions`` –
  small questions about the mentions around a position (a group, a place, a clause's subject, an agent's form);
* ``relations`` – the slot (``_Slot``) and its enums, what the first pass records; ``slot`` – the first pass, by word
  order; ``resolve`` – the second pass, the slot turned into sources and targets;
* the rule families both passes call: ``passives`` ("by" agents, "in" after a passive, reduced passives); ``between``
  ("between", "among", co-agents, reciprocal acts); ``venues`` (talks "in" a place, a deployment's host); ``suspects``
  ("on suspicion of"); ``agents`` (an act noun's agent and object, time adjuncts, punishments); ``speech`` (speakers
  and their evaluations); ``sources`` (the clause's subject and the appositive, envoy, informer and "and" rules);
  ``circumstances`` (causes, "amid", "as", prevention); ``mends`` (``_Mend``: narrow mends of a worked-out link);
  ``companies`` (companies' homes);
* the sentence-wide passes over the finished links: ``deciders`` (prevention, seeking, defence under a condition),
  ``force`` (means, retaliation answered, hostages rescued), ``grievances`` (blame, praise, complaints), ``war_sides``
  (a war's sides and backers, armed recipients, occupations, mines), ``extraditions`` (an extradition's destination),
  ``armed_foes`` (force against armed groups in a state, or for a state), ``exercises`` (exercises after a compound),
  ``doers`` (an act's doers named but not linked: no bystanders);
* ``verdicts`` (lex28b): a verdict a verb of naming predicates of its object ("Turkey calls a statement of European Union
  support for Greek Cypriots "unacceptable"") is the speaker's, at the actors the object names;
* ``fallen`` (lex28b): the fallen of a fight "with" a foe ("Five Israeli soldiers … are killed in fighting with
  Hezbollah forces") underwent the foe's force;
* ``scoring`` – the link classes, their factors and ``pair_score``; ``vocabulary`` – the patterns several families
  share; ``version`` – ``VERSION`` and the rules' history.

Linking reads only the sentence, its mentions and its cues: it is recomputed cheaply whenever the
actor dictionary changes, from stored sentence scores.  All patterns are compiled once, and each
cue looks its actors up by bisection among the few mentions of its sentence.
"""

from __future__ import annotations

from analysis.linking.clauses import clause_breaks
from analysis.linking.linker import cue_links
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
    UNDERGONE,
    UNLINKED,
    UNLINKED_CUE,
    WAR_TERMS,
    CueLink,
    PairScore,
    factor_table,
    pair_link,
    pair_score,
)
from analysis.linking.version import VERSION

__all__ = [
    "BOTH_LINKED", "CONTEXT_RULE", "CueLink", "FACTORS", "MODEL_RULE", "NONE", "ONE", "ONE_LINKED", "PAIR",
    "PairScore", "RECIPROCAL", "SAME", "THIRD", "UNDERGONE", "UNLINKED", "UNLINKED_CUE", "VERSION", "WAR_TERMS", "clause_breaks",
    "cue_links", "factor_table", "pair_link", "pair_score"
]
