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
from analysis.linking.clauses import _clause_start, clause_breaks
from analysis.linking.companies import _unmarked, _without_homes
from analysis.linking.facts import _sentence_facts, _SentenceFacts
from analysis.linking.mentions import _actor_at, _group_end, _owner_at, _placed, _subject
from analysis.linking.relations import _Carried, _Slot
from analysis.linking.resolve import _resolve
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
from analysis.linking.slot import _slot
from analysis.linking.version import VERSION
from analysis.linking.vocabulary import _BLAMED_ACTS, _COMPANY_HOME, _PREVENTION
from analysis.tension import Cue, default_lexicon
from analysis.text import BE_BEFORE

__all__ = [
    'BOTH_LINKED', 'CONTEXT_RULE', 'CueLink', 'FACTORS', 'MODEL_RULE', 'NONE', 'ONE', 'ONE_LINKED', 'PAIR',
    'PairScore', 'RECIPROCAL', 'SAME', 'THIRD', 'UNLINKED', 'UNLINKED_CUE', 'VERSION', 'WAR_TERMS', 'clause_breaks',
    'cue_links', 'factor_table', 'pair_link', 'pair_score'
]


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


def _memo(memo: dict, slot: _Slot, link: CueLink,
          cue: Cue) -> CueLink:
    """``link``, kept for the cues of the same slot after it unless ``cue``'s modifiers make it its own."""
    if not cue.modifiers:
        memo[slot] = link
    return link
