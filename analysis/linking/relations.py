"""What the first pass records of a cue (its slot) for the second pass to act on.

Why a module of its own: ``_Slot`` is both the first pass's result (``_slot``) and the memo key of ``cue_links``, and
its enums (``_Relation``: how the actors after a cue stand to it; ``_Mend``: a mend of the link already worked out;
``_Evaluated``: a cue predicated of a reported act) are read by most rule families; ``_Carried`` is the act an act
after "and" may carry its source from.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class _Relation(IntEnum):
    """How the actors named after a cue stand to it, as the words between them say (a slot's ``relation``)."""

    #: no such words: the first actor after the cue is its target ("China condemned Japan")
    PLAIN = 0
    #: "talks between Russia and Ukraine": the actors after "between" or "among" act with each other
    BETWEEN = 1
    #: "Ukraine was attacked by Russia", "Two Ukrainians are killed in Russian airstrikes": a passive, whose agent
    #: the actor after it is; source and target swap
    PASSIVE_AGENT = 2
    #: "trade tensions between the United States and China": a state of relations named with "between" is its
    #: parties' alone, not the clause subject's too
    RELATIONS_BETWEEN = 3
    #: "in a joint operation by Iran and Pakistan", "the deal signed by the US and China": a passive whose agents
    #: act together
    PASSIVE_JOINT_AGENTS = 4
    #: "a peace deal mediated by the United States": the actors after mediate or host it, no counterpart
    MEDIATED = 5
    #: "is detained by NFL security on the field ... after holding the Sudanese flag": a passive whose agent's
    #: phrase ends at a time adjunct; the actor after it is no counterpart, the subject underwent the act
    PASSIVE_AGENT_ENDS = 6
    #: "Egypt brokered a truce between Israel and Hamas": the actor before the cue brokers, no party
    BROKER = 7
    #: "deploys forces to the Middle East following escalating conflict between Israel and Hezbollah": the
    #: parties of another event, no target of an act whose actor is named
    OTHER_EVENT = 8
    #: "Protesters block the two main passages between Spain and France": the actors after "between" a place
    #: noun name the place, no party to the act
    PLACE_BETWEEN = 9


_PASSIVES = (_Relation.PASSIVE_AGENT, _Relation.PASSIVE_JOINT_AGENTS)  # the relations that swap source and target
_NOT_MEDIATED = (_Relation.BETWEEN, _Relation.BROKER)  # the parties after "between" are no mediators


class _Mend(IntEnum):
    """Mends of a link already worked out (links-73, links-76; a slot's ``mend``; their regexes above say more)."""

    NONE = 0
    #: "Travelers from Iran and Yemen are blocked from entering the United States": the destination bars the
    #: travellers' states; the arrow turns
    ENTRY_BARRED = 1
    #: "reviewing deployment of U.S. strategic assets ... to South Korea": the actor after "of" deploys
    DEPLOYMENT_OF = 2
    #: "Putin stated that the end of all foreign military and intelligence support to Ukraine": foreign support
    #: is others', no source's
    FOREIGN_SUPPORT = 3
    #: "..., following the country's acquisition of the Russian S-400 missile system": an act owned by a
    #: possessive noun that names no actor, with no actor before it in its clause, is the one state it can
    #: refer to (``_referent``), else no source's
    UNNAMED_OWNER = 4
    #: "President of Palau Thomas Remengesau Jr. condemns the exclusion of Taiwan from the World Health
    #: Organization": a protest at an act done to an actor is not against that actor, but against the act's agent
    #: after "by", if named
    PROTESTED_PATIENT = 5
    #: "The United States condemns the detention of Canadian citizens by China": the act protested is the agent's
    #: after "by" (none named, nobody's), done to the actor after "of", not the protester's
    PROTESTED_ACT = 6
    #: "A Russian-American citizen arrested in Yekaterinburg …", "Two Israeli soldiers killed in Lebanon": a
    #: participle right after a person named by nationality, then a preposition, is a reduced passive whose
    #: patient is that person (``_REDUCED_PASSIVE``); a detention's state "in" (an expulsion's "from") is its agent
    REDUCED_PASSIVE = 7
    #: "… could endanger plans for Pope Francis visit to Iraq": an act whose owner, a person by title or a
    #: possessive name that is no actor, is named right before it, is that owner's, no actor's before it
    #: (``_UNLISTED_OWNER``)
    UNLISTED_OWNER = 8
    #: "China vows to take Taiwan by force if necessary", "… must eventually be unified with the mainland, by force if
    #: necessary, and insists …": force held out as the means of the clause's verb is its subject's threat against
    #: the actors named between them (``_HELD_OUT_FORCE``)
    FORCE_HELD_OUT = 9
    #: "… accusing Trinidad and Tobago and the U.S. … as both countries carry out joint military exercises": "both
    #: countries" ("the two countries", "both sides" …) as the act's subject are the two actors named last together
    #: (``_BOTH_STATES``)
    BOTH_STATES = 10
    #: "A court in New York, United States sentences Hadi Matar to 25 years in prison for the stabbing attack on …":
    #: force named as the reason of a punishment is the punished's act, not the punisher's (``_PUNISHED_FOR``)
    PUNISHED_FOR = 11
    #: "Iran denies attacks in southern Syria by Israel": force named as a noun, its place or object, then its agent
    #: after "by" (``_AGENT_AFTER_OBJECT``)
    AGENT_AFTER_OBJECT = 12


class _Evaluated(IntEnum):
    """A conflict cue predicated of an act a speaker reports (a slot's ``evaluative``)."""

    NONE = 0
    #: "... says the flight of U.S. aircraft ... amounts to a declaration of war": the act's agent's, against the
    #: speaker
    ACT = 1
    #: "Nikki Haley says North Korea's launch ... was "absolutely unacceptable"": the speaker's protest, against
    #: the act's agent
    PROTEST = 2


class _Slot(NamedTuple):
    """What decides a cue's link besides its mentions: cue_links' memo key.  Cues of one sentence with equal
    slots link alike, and share one CueLink (pair_score's memo is keyed on the link's identity).  Every
    field is an int, a bool or an IntEnum: hashable, and equal exactly when their values are.

    Not quite all: a few rules of ``_resolve`` read the cue's own span or the source carried from an earlier act
    (the appositive and envoy rules in ``_sources``, the "and" carry, the speaker rules), so a later cue of the
    same slot takes the first one's link even where its own would differ ("Judge Ghassan Ouiedat, a Lebanese
    prosecutor, imposes a travel ban ...": "ban" shares "imposes"' Lebanese source).  8 of the 19,110 WCEP
    cues (docs/NOTEBOOK.md, 2026-11-27); kept as it is, links being what they were."""

    clause: int  #: the cue's clause: how many clause breaks stand before it
    before: int  #: mentions [.., before) end before the cue
    #: mentions [after, ..) start after the cue begins (one inside it is its object: "withdraw from the
    #: ECOWAS"); past a place passed over for the agent after "during"
    after: int
    relation: _Relation
    adjacent: bool  #: the cue stands right after a mention ("the Russo-Ukrainian war")
    adverbial: bool  #: the cue is in an adverbial phrase ("in support of Iran") or the clause's means
    clause_end: int  #: where the cue's clause (its targets) ends: a break, "amid", or a deal's cause
    one_sided: bool  #: co-agents of a conflict cue with no target stand on one side
    venue: bool  #: talks or a deal "in" a place: the place after it is where, not the counterpart
    reported: bool  #: a body reports the clause: no party to its acts
    conflict: bool  #: the cue is conflict (a positive weight)
    as_it: bool  #: "as it <verb>": the clause's subject acts
    qualifier: bool  #: "the UN-backed ...": support hyphened to an actor goes to the noun it qualifies
    reason_or_topic: bool  #: the actor after is in an agentless passive's reason, a talk's topic, or a co-patient
    adjourned: bool  #: "following" or "after" stands between a deal and the actor after: another event
    being: bool  #: "after being shot down by ...": a passive with no subject of its own
    from_source: bool  #: "threats from Iran": the actor after "from" is the source of the act a noun names
    hosted: bool  #: the actor after is a deployment's destination, its host
    evaluative: _Evaluated
    mend: _Mend
    #: "Israel's plans to annex the Jordan Valley": the act's object, right after it, is a place that names no actor
    place_object: bool
    #: "arrest over 25 people on suspicion of attacking": where the suspicion's words right before the cue begin, else
    #: -1 (the suspects', not the arresting subject's act)
    suspected: int = -1
    #: "… declares the Indian attacks to be an act of war and vows further retaliation": a verb coordinated with the
    #: clause's own by "and" stands between the cue and the actors before it, whose subject is the clause's
    and_verb: bool = False


class _Carried(NamedTuple):
    """The last act with both a source and a target: an act after "and" whose nearest actors are that act's
    targets takes its sources (see ``_sources``)."""

    clause: int
    targets_from: int  #: the act's targets are mentions [targets_from, targets_to)
    targets_to: int
    sources: frozenset[str]
