"""A cue's sources: the clause's subject, and the exceptions that pass it over or reach past it.

Why a module of its own: the source is the actor named nearest before the cue, but not a place, an envoy's post or a
party told "that it …"; a verb after "Subject, the appositive," or "Title, Name," takes
the subject; a participle clause or an "and" verb after a comma takes the sentence's subject; a speaker's reported
clause may open on a count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.agents import _BY_BEFORE, _TIME_GERUND_REACH, _own_after_gerund, _punished_offence
from analysis.linking.coordination import _FRONTED
from analysis.linking.facts import _CAUSE, _SentenceFacts
from analysis.linking.mentions import (
    _LOCATIVE_REACH,
    _REPORT_OPENS,
    _agent_form,
    _group_end,
    _placed,
    _subject,
    _words_between,
)
from analysis.linking.relations import _PASSIVES, _Carried, _Slot
from analysis.linking.suspects import _suspects_unnamed
from analysis.linking.vocabulary import _AND_VERB, _COUNT, _INFINITIVE, _POSTED_TO, _SUBJECT_PLACE_WORDS, _SUPPORTED, _TITLE_WORD
from analysis.tension import Cue
from analysis.text import BE_BEFORE

# What stands between an act's object and the next act for the object to be no source: "and", maybe
# a few words ("sanctions on Iran and increased warnings", "… Iran, and threatens"), the object's
# possessive noun before it ("condemn Erdoğan's comments and declare their support for France").
_AND_NEXT = re.compile(r"(?:['\u2019]s?\s+[a-z][\w-]*)?\s*,?\s*and\s+(?:[a-z][\w-]*\s+){0,2}$")

# A clause opening on a participle after a comma, or on "and" and a verb ("…, and promises to impose new
# sanctions on Iran's ballistic missile program"): its actor is the sentence's subject.
_PARTICIPLE = re.compile(r",\s+(?:and\s+|then\s+)?[a-z]+ing\b|,\s+and\s+(?:also\s+|then\s+|later\s+)?"
                         r"(?!(?:the|a|an|its|his|her|their|this|that|these|those|other|others|several|many|some|"
                         r"officials|police|authorities|forces|troops|protesters|rebels|militants|residents|"
                         r"civilians|people|citizens|members|leaders|soldiers|students|workers|demonstrators|"
                         r"fighters|activists|lawmakers|ministers|nations|countries|states|dozens|"
                         r"hundreds|thousands|millions|tens)\b)(?:[a-z]*[a-rt-z]s|[a-z]+ed)\b")

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

_TIME_GERUND_CLAUSE = re.compile(r",\s+(?:after|before|upon|while)\s+(?!being\b|having\b)[a-z]{3,}ing\b", re.IGNORECASE)

_PRONOUN_OBJECT = re.compile(r"\s+(?:with\s+|to\s+)?(?:them|him|her|it|us|his|her|their|its)\b", re.IGNORECASE)
_PASSIVE_VERB = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)

_CLAUSE_THAT = re.compile(r"\bthat\b", re.IGNORECASE)

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
