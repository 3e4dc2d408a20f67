"""Words several rule families read: counts, an evaluation's predicate, a passive's attributive agent and past
participle, support participles, the prevention modifier's prefix, locatives, envoys' titles, compound joins, states of
relations, companies' home mark, infinitives, verbs of commitment after "and", verbs of deeming, the blamed acts.

Why a module of its own: these patterns are shared by rules of different families (the first pass's slot, the
second pass's sources, the sentence-wide passes), and no one family's module is below all of them; each pattern is
compiled once, here, and the families import it.  A pattern used by one family lives in that family's module.
"""

from __future__ import annotations

import re

# A count or an article before what is said's subject: "Taiwan says 19 Chinese military aircraft entered its
# ADIZ", "Azerbaijan says an Armenian missile attack on the city of Barda killed at least four civilians"
# A number in words or figures ("two", "1,200", "dozens of"): one list for the counts below
_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|hundreds\s+of|"
           r"thousands\s+of)")
_COUNT = r"(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|up\s+to)\s+)?(?:" + _NUMBER + r"|a|an)\s+"

# An evaluation predicated of that subject: "... was "absolutely unacceptable"", "... amounts to a declaration of
# war" (a few words between; searched up to the cue)
_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|amounts?\s+to|amounted\s+to|constitutes?|constituted)\s+"
                        r"(?:[\w\"\u201c\u201d'\u2019-]+\s+){0,3}[\"\u201c]?$", re.IGNORECASE)
_PREDICATE_REACH = 60

# A passive's agent after "in" (passives.py's ``_IN_AGENT``), after a count of the wounded only when named as the act's
# qualifier ("in Israeli attacks", "in a Hezbollah drone
# strike"), not as a place ("are killed and two others injured in the Central African Republic during two attacks";
# right after the verb a place stays the agent: "is arrested in Switzerland")
_ATTRIBUTIVE = re.compile(r"(?:['\u2019]s)?[\s-]+(?!(?:and|or|during|on|in|at|after|before|while|as|when|with|by|near|"
                          r"for|since|amid|following|over|to|from|of|despite)\b)[A-Za-z]")

# "The UN-backed Integrated Food Security Phase Classification declares a famine in Gaza": a participle of
# support hyphened to an actor qualifies the noun after it, which is what is backed or funded; an actor is
# its object only as (part of) that noun's name ("the Turkish-backed Free Syrian Army", "the UN-backed
# Special Tribunal for Lebanon"), not one named after a verb ("Rwandan-backed M23 rebels capture the town
# of Walikale in North Kivu, Democratic Republic of the Congo") or in the noun's complement ("a Russian-
# backed coup d'état plot in Romania").  Support only: a place after "Israeli-occupied" ("the Golan Heights
# in Syria") is the occupied land's.
_SUPPORTED = re.compile(r"(?:backed|funded|financed|sponsored|supported|armed)", re.IGNORECASE)

_PREVENTION = "prevention:"

# An actor named as a place ("an Iranian attack on a base in Saudi Arabia injures ...", "Russian
# forces in Syria attacked ...") is where the act happens, not who acts: an earlier actor of the
# clause is the source.  Matched on the few characters before a mention.
_LOCATIVE = re.compile(r"\b(?:in|near|inside|outside|at|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)

# "after the United States envoy to Israel criticized the report": the country an envoy is posted to completes
# the title; the envoy acts for the actor named before it.
_POSTED_TO = re.compile(r"\b(?:envoys?|ambassadors?|emissar(?:y|ies)|representatives?|consuls?|"
                        r"charg[eé]s? d['\u2019]affaires)\s+(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)

# "Protesters in Iran", "Fighting in Sudan": a place this many words or fewer into its clause.
_SUBJECT_PLACE_WORDS = 3

_COMPOUND_JOINS = ("-", "\u2013", "\u2014", "/")

_RELATIONS_STATE = re.compile(r"(?:tensions?|relations|ties|frictions?|disputes?|rivalry)", re.IGNORECASE)
_COMPANY_HOME = "\x00"  # marks a company's home's code in cue_links' codes while links are worked out

_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z][\w-]*\b")

# A past participle (one word), read before the preposition after it: "arrested in", "killed during"
_PAST_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)")

_BY_AGENT_REACH = 16  # "by the French", "by French authorities": an actor named this close after "by" is the agent

# A verb of saying or commitment coordinated by "and" with no comma: "… and vows further retaliation" (these verbs
# only, for "and" before a noun is the commoner: "the Indian attacks and threats")
_AND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?(?:vows|vowed|pledges|pledged|promises|promised|threatens|"
                       r"threatened|warns|warned|orders|ordered|announces|announced|urges|urged|demands|demanded|"
                       r"calls\s+for|called\s+for)\b", re.IGNORECASE)

# A verb that predicates something of its object, then the object: "declares the Indian attacks to be an act of war",
# "calls the Russian strikes a war crime", "describes the Israeli raid as"
_DEEM_VERBS = (r"(?:declares?|declared|deems?|deemed|considers?|considered|calls?|called|describes?|described|terms?|"
               r"termed|labels?|labell?ed|brands?|branded)")

_BLAMED_ACTS = frozenset({"military_action", "coercion"})

# A title's head word: the subject of "Title phrase, Person Name," (links-189, sources) and a title before "of" (links-225,
# facts).
_TITLE_WORD = re.compile(r"\b(?:minister|ambassador|president|spokes(?:man|woman|person)|envoy|secretary|chancellor|"
                         r"leader|chief|commander|premier|representative|head|general|king|emir|prince|director|"
                         r"governor|speaker|adviser|advisor|official)\b", re.IGNORECASE)
