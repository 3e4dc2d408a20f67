"""What cue_links reads of one sentence before it links any cue (``_SentenceFacts``).

Why a module of its own: the mentions' order, codes and joins, the clause breaks, the words "amid", "between",
"by", causes and chains, places, companies' homes and the like are found once per sentence, then read by every
cue's rules; most of the patterns here serve that one reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from analysis.actors import Mention
from analysis.linking.clauses import _word_positions, clause_breaks
from analysis.linking.coordination import _BETWEEN, _MUTUAL_WORDS, _apposed, _coordination
from analysis.linking.scoring import RECIPROCAL
from analysis.linking.vocabulary import _COMPANY_HOME, _COMPOUND_JOINS, _TITLE_WORD
from analysis.tension import Cue

_PASSIVE_WORDS = ("by",)

# links-218: "The Moldovan Prime Minister, Dorin Recean, accuses the Russian Government": a state's capitalised title,
# a comma, then that state's own person: one actor (joined), but the comma opens the person's appositive, a clause
# break as around any name (links-189's rule), not a list's comma.
_OWN_PERSON_AFTER_TITLE = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*){1,4}\s*,\s*")
# links-225 (reader33): the title before the state, "The Prime Minister of Slovakia, Eduard Heger, accuses Russia": a
# bare comma between them, the title's capitalised words and "of" before the state; and either form only where the
# person's closing comma opens the predicate, not a list's next member ("The French President, Emmanuel Macron, and
# Germany's chancellor …", "talks between the Armenian Prime Minister, Nikol Pashinyan, and …" stay one subject).
_BARE_COMMA = re.compile(r"\s*,\s*")
_TITLE_OF_BEFORE = re.compile(r"(?:^|\s)(?:(?:[A-Z][\w.'\u2019-]*|of)\s+){1,6}of\s+(?:the\s+)?$")
_APPOSITIVE_CLOSES = re.compile(r"\s*,(?!\s*(?:and|or|as\s+well\s+as)\b)")

# "The conversation occurred amid rising strains between Tokyo and Beijing": what follows "amid" is
# the act's circumstance, so a cue before it takes no target from it; a cue inside it keeps the
# clause's subject as its source ("India raises its alert amid a border standoff with China").  So for "despite":
# "both countries continue to launch attacks despite U.S. claims of a ceasefire" are no attacks on the United States.
_AMID_WORDS = ("amid", "amidst", "despite")
# "An emergency meeting of Ukraine's security council is convened in response to the Russian blockade":
# what follows these is the cause of talks or a deal, not their counterpart.
_CAUSE_WORDS = r"in (?:response|reaction|retaliation) (?:to|for)|because of|due to|in protest (?:at|against|of)"
_CAUSE = re.compile(r"\b(?:" + _CAUSE_WORDS + r")\b", re.IGNORECASE)

_SAYING_VERB = re.compile(r"\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|states|stated|"
                          r"argues?|argued|alleges?|alleged|believes?|believed)\b")

_CAUSE_HINTS = ("response", "reaction", "retaliation", "because", "due to", "protest")

_BY = re.compile(r"\bby\b", re.IGNORECASE)

# The rest of a law's title after a name in it: "Hong Kong| Human Rights and Democracy Act", "Taiwan| Relations
# Act" (not "the United Nations Law of the Sea Treaty")
_LAW_TITLE = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019-]*|and|of|for|on|the|&))*?\s+(?:Act|Bill|Law)\b(?!\s+of\b)")

_BY_GERUND = re.compile(r"by\s+\w+ing\b", re.IGNORECASE)

_AMID = re.compile(r"\b(?:" + "|".join(_AMID_WORDS) + r")\b", re.IGNORECASE)
_START = attrgetter("start")

# A state's land, sea or sky named with its demonym or possessive: "Polish airspace", "on Danish soil", "Russia's
# territory"
_TERRITORY = re.compile(r"(?:['\u2019]s)?\s+(?:airspace|territory|territorial\s+waters|soil|waters)\b", re.IGNORECASE)

# links-187: the rest of a place name holding a mention, then the chain's comma: "Gaza| City, |Palestine"
_CHAIN_GAP = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){0,3}\s*,\s*")

# A person after two hyphened demonyms: "Israeli-American hostage", "a Dutch-Somali terror convict", "Finnish-Canadian
# fashion mogul" (a few words may qualify the noun)
_DEMONYM_PERSON = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:man|men|woman|women|citizens?|nationals?|journalists?|"
                             r"academics?|researchers?|authors?|writers?|activists?|hostages?|rabbis?|businessm[ae]n|"
                             r"businesswom[ae]n|moguls?|convicts?|fighters?|girls?|boys?|students?|professors?|"
                             r"scientists?|lawyers?|doctors?|workers?|detainees?|prisoners?|captives?|tourists?|"
                             r"actors?|actress(?:es)?|singers?|rappers?|footballers?|players?|dual)\b"
                             # (the noun of an act between two states is none: "the Russian-Ukrainian prisoner
                             # exchange")
                             r"(?!\s+(?:exchanges?|swaps?|deals?|releases?|talks|transfers?))")

# "British consumer goods company Reckitt Benckiser agrees to buy U.S. baby formula maker Mead Johnson", "Chinese
# telecommunications giant Huawei sues the U.S. Federal Communications Commission": a state's name or demonym
# before a company noun (a few words may qualify it) names the company's home, and the company's own act is
# not the state's; as a target it stays ("the United States sanctions two Chinese shipping companies").  Not a
# state's own company ("Russian state-owned energy company Gazprom will stop supplying gas to Austria").
_COMPANY = re.compile(r"\s+(?!(?:state|state-owned|state-run|government-owned|policy|decision|drone|military|"
                      r"security|defen[cs]e|peace|war)\b)(?:[a-z][\w-]*\s+){0,3}"
                      r"(?:company|companies|firms?|corporations?|conglomerates?|giants?|airlines?|automakers?|"
                      r"carmakers?|manufacturers?|makers?|producers?|retailers?|operators?|suppliers?|exporters?|"
                      r"insurers?|multinationals?)\b")
# A state's own company, named: it acts for its state ("Russian energy company Gazprom cuts off gas deliveries to
# Poland")
_STATE_COMPANY = re.compile(r"\s+(?:Gazprom|Rosneft|Rosatom|Transneft|Rostec|Naftogaz|Saudi Aramco|Aramco|Sinopec|"
                            r"PetroChina|CNOOC|CNPC|Pemex|PDVSA|NIOC|ADNOC|QatarEnergy|Sonatrach|COSCO)\b")

# "France will use €195 million in interest from Russian assets to fund a military aid package": the owner of
# assets another uses is passed over for the act's source, like a place
_ASSETS = re.compile(r"(?:['\u2019]s)?\s+(?:(?:frozen|seized|immobili[sz]ed|sovereign|state|central\s+bank)\s+)*"
                     r"(?:assets|reserves)\b", re.IGNORECASE)


class _SentenceFacts(NamedTuple):
    """What cue_links reads of one sentence before it links any cue: worked out once per sentence, so that
    each cue only bisects these lists and never scans the text again.  Mentions are indexed in their order in
    the sentence, offsets are the sentence's (not the article's).  Read-only once made."""

    sentence: str
    ordered: list[Mention]  #: the mentions, by start
    starts: list[int]
    ends: list[int]
    #: each mention's actor code; a company's home carries the ``_COMPANY_HOME`` mark (no source: see
    #: ``_without_homes``)
    codes: list[str]
    #: ``joined[i]``: mention i is coordinated with mention i - 1 ("China and Russia"): they share a role
    joined: list[bool]
    gaps: list[tuple[int, int]]  #: the text spans between joined mentions (a comma there breaks no clause)
    homes: list[int]  #: the mentions named as a company's home ("Chinese telecom giant Huawei")
    breaks: list[int]  #: clause breaks, without those inside a list or a chain of place names
    passive: list[int]  #: where "by" stands (not "by" and a gerund: "retaliates by launching")
    mutual_at: list[int]  #: where "between", "among", "amongst" stand
    cause_at: list[int]  #: where a cause's words stand ("in response to", "due to" ...)
    amid_at: list[int]  #: where "amid", "amidst", "despite" stand
    saying: bool  #: whether a verb of saying stands anywhere (a speaker's evaluation needs one)
    places: set[int]  #: mentions named as a place: a chain's last name, a law's title, territory, assets
    territory: set[int]  #: the mentions of ``places`` that name a state's airspace, territory or soil
    dual_nationals: set[int]  #: "Israeli-American hostage": the second of two demonyms naming one person
    talks_end: list[int]  #: where the sentence's talks and deals (``RECIPROCAL`` cues) end: their venue may follow
    conflict_spans: list[tuple[int, int]]  #: the spans of the sentence's conflict cues, in order
    compared: set[int]  #: mentions named as a comparison's standard ("than Russia's"), in ``places`` too


def _own_person_apposed(sentence: str, state_start: int, state_end: int, person_start: int, person_end: int) -> bool:
    """Whether a state and its own person are a title and the person's name between commas, the subject of what
    follows: "The Moldovan Prime Minister, Dorin Recean, accuses" (links-218), "The Prime Minister of Slovakia,
    Eduard Heger, accuses" (links-225); not a list's member ("…, Emmanuel Macron, and Germany's chancellor")."""
    if _APPOSITIVE_CLOSES.match(sentence, person_end) is None:
        return False
    if _OWN_PERSON_AFTER_TITLE.fullmatch(sentence, state_end, person_start) is not None:
        return True
    return (_BARE_COMMA.fullmatch(sentence, state_end, person_start) is not None
            and (title := _TITLE_OF_BEFORE.search(sentence[:state_start])) is not None
            and _TITLE_WORD.search(title.group()) is not None)


def _sentence_facts(sentence: str, mentions: Sequence[Mention], offset: int,
                    cues: Sequence[Cue] = ()) -> _SentenceFacts:
    """The facts of ``sentence`` every cue's link reads (see ``_SentenceFacts``); mention spans are in
    article offsets (``offset`` = the sentence's start), ``cues``' spans in the sentence's."""
    ordered = sorted(mentions, key=_START)
    starts = [m.start - offset for m in ordered]
    ends = [m.end - offset for m in ordered]
    codes = [m.code for m in ordered]
    n = len(ordered)
    joined, gaps = _coordination(sentence, starts, ends, codes, [m.kind for m in ordered])
    # a company's home: no source (its mark is taken off the links' codes at the end)
    # (a demonym or an abbreviation, an adjective: a name may be a verb's subject, "China orders its airlines")
    homes = [i for i in range(n) if ordered[i].text != ordered[i].name
             and (company := _COMPANY.match(sentence, ends[i])) is not None
             and not _STATE_COMPANY.match(sentence, company.end())]
    for i in homes:
        codes[i] = _COMPANY_HOME + codes[i]
    lowered = sentence.lower()
    breaks = clause_breaks(sentence, lowered)
    # "by" and "between" found once per sentence: each cue then bisects, never rescans the text.
    exact = len(lowered) == len(sentence)
    passive = _word_positions(lowered, _PASSIVE_WORDS) if exact else [m.start() for m in _BY.finditer(sentence)]
    if passive:
        passive = [p for p in passive if not _BY_GERUND.match(sentence, p)]
    mutual_at = (_word_positions(lowered, _MUTUAL_WORDS) if exact
                 else [m.start() for m in _BETWEEN.finditer(sentence)])
    saying = _SAYING_VERB.search(sentence) is not None  # a speaker's evaluation (below) needs a verb of saying
    cause_at = ([m.start() for m in _CAUSE.finditer(sentence)]
                if any(word in lowered for word in _CAUSE_HINTS) else [])
    amid_at = ((_word_positions(lowered, _AMID_WORDS) if exact else [m.start() for m in _AMID.finditer(sentence)])
               if "amid" in lowered or "despite" in lowered else [])
    if gaps and breaks:  # "China, Russia and Iran": a comma inside a list is no clause break
        apposing = {sentence.index(",", ends[i - 1]) for i in range(1, n)
                    if joined[i] and ordered[i].kind == "person" and ordered[i - 1].code == ordered[i].code
                    and _own_person_apposed(sentence, starts[i - 1], ends[i - 1], starts[i], ends[i])}
        breaks = [b for b in breaks if b in apposing or not any(g0 <= b < g1 for g0, g1 in gaps)]
    # "on Dnipro, Ukraine": the country closing a chain of place names is that place
    places: set[int] = set()
    if breaks and n:
        chain_commas: set[int] = set()
        floor = 0
        for i in range(n):
            # "in Sabra, Gaza City, Palestine": a chain whose middle name holds a mention goes on past it (links-187)
            if not (i and _CHAIN_GAP.fullmatch(sentence, ends[i - 1], starts[i])):
                floor = ends[i - 1] if i else 0
            apposed = _apposed(sentence, starts[i], ends[i], floor)
            if apposed is not None:
                chain_commas.update(apposed[0])
                if apposed[1]:
                    places.add(i)
        if chain_commas:
            breaks = [b for b in breaks if b not in chain_commas]
    if "Act" in sentence or "Bill" in sentence or "Law" in sentence:
        # "signs the Hong Kong Human Rights and Democracy Act into law despite strong opposition from China":
        # a country named in a law's title is passed over as a source, like a place
        places.update(i for i in range(n) if _LAW_TITLE.match(sentence, ends[i]))
    # "19 Russian drones penetrating up to 250 km into Polish airspace during an overnight air attack on Ukraine":
    # a state's airspace, territory or soil is a place, no source of the acts after it
    # (for the act's source only: "the first person killed on Israeli soil due to Palestinian rocket fire" was
    # killed in Israel, the responder a cause is done to)
    territory = {i for i in range(n) if _TERRITORY.match(sentence, ends[i])} - places
    places |= territory
    if "assets" in lowered or "reserves" in lowered:
        places.update(i for i in range(n) if _ASSETS.match(sentence, ends[i]))
    # "sanctions that would "make Iranian sanctions look somewhat tame"", "harsher than Russia's": an actor named as the
    # standard of a comparison takes no part in the acts around it, as a source (like a place) or as a target
    compared = ({i for i in range(n) if _COMPARED_BEFORE.search(sentence, max(0, starts[i] - 12), starts[i])
                 or (_MAKE_BEFORE.search(sentence, max(0, starts[i] - 16), starts[i])
                     and _LOOK_AFTER.match(sentence, ends[i]))}
                if " than " in lowered or " look" in lowered or " seem" in lowered else set())
    places |= compared
    dual_nationals = {i for i in range(1, n) if joined[i] and sentence[ends[i - 1]:starts[i]] in _COMPOUND_JOINS
                      and _DEMONYM_PERSON.match(sentence, ends[i]) is not None
                      and ordered[i].text != ordered[i].name and ordered[i - 1].text != ordered[i - 1].name}
    talks_end = sorted(c.end for c in cues if c.category in RECIPROCAL)
    conflict_spans = sorted((c.start, c.end) for c in cues if c.weight > 0)
    return _SentenceFacts(sentence, ordered, starts, ends, codes, joined, gaps, homes, breaks, passive, mutual_at,
                          cause_at, amid_at, saying, places, territory, dual_nationals, talks_end, conflict_spans,
                          compared)


# A comparison's standard: "than (the)", "make| Iranian| sanctions look"
_COMPARED_BEFORE = re.compile(r"\bthan\s+(?:the\s+|those\s+of\s+(?:the\s+)?|that\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_MAKE_BEFORE = re.compile(r"\b(?:make|makes|made|making)\s+(?:the\s+)?$", re.IGNORECASE)
_LOOK_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,2}\s+(?:look|looks|seem|seems|appear|appears)\b")
