"""An extradition's counterpart: the state the person is handed to, not the person's nationality.

Why a module of its own: "New Zealand extradites German hacker … Kim Dotcom to the United States to face charges" is
judicial cooperation between New Zealand and the United States (CAMEO 063), whom the word order alone missed for the
person's demonym right after the verb (links-236); a passive's "from" names the extraditing state ("is extradited
from Bulgaria to Morocco").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

# The destination: "to" (or "back to", "over to") and the article right before an actor's name, after the person named
# and at most a few commas of apposition ("extradites Rubén Oseguera González, the son of Nemesio Oseguera Cervantes,
# to the United States"); not past a clause's end or a relative clause ("…, who is wanted in Moldova")
_EXTRADITION_VERB = re.compile(r"extradit(?:e|es|ed|ing)$", re.IGNORECASE)
_EXTRADITED_TO = re.compile(r"(?:(?!\b(?:who|whom|which|where|while|after|before|because|since|but)\b)[^;:.!?])"
                            r"{0,160}?\b(?:back\s+|over\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# links-240: an act on an extradition named as a noun right after it ("approves the extradition of Do Kwon to", "refuses
# extradition of a Ukrainian to Germany", "approves a Ukrainian national's extradition to Germany") has the same
# counterpart
_EXTRADITION_NOUN = re.compile(r"\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w'\u2019.-]+\s+){0,4}?extraditions?\b",
                               re.IGNORECASE)
_EXTRADITED_FROM = re.compile(r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:]")
# links-251: a state owning the extradition ("condemns Canada's extradition of Meng Wanzhou to the United States") is
# its doer, and the act on it is on that state, not on the destination (a person's nationality owning it, "a Ukrainian
# national's extradition", stays)
_STATE_OWNS = re.compile(r"[\u2019']s?\s+extraditions?\b", re.IGNORECASE)


def _actor_after(facts: _SentenceFacts, start: int, pattern: re.Pattern[str]) -> int | None:
    """The first mention after ``start`` whose text right before it, from ``start``, matches ``pattern``."""
    for i in range(bisect_left(facts.starts, start), len(facts.starts)):
        if pattern.fullmatch(facts.sentence, start, facts.starts[i]) is not None:
            return i
    return None


def _with_extradited(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with an extradition verb's target the state named after its "to" (the requesting state), not the
    actors named between (the person's nationality); its source the state named after a "from" between, if any
    (a passive's), else the link's own sources; so for an act on an extradition named right after it
    (``_EXTRADITION_NOUN``, links-240).  The words naming the person handed over, between the verb and the
    destination ("German hacker", "29 alleged cartel members"), are no act towards the destination."""
    for i, cue in enumerate(cues):
        link = links[i]
        if link.mutual:
            continue
        at = cue.end
        if _EXTRADITION_VERB.match(cue.term) is None:
            noun = _EXTRADITION_NOUN.match(facts.sentence, cue.end)
            if noun is None or _CLAUSE_MARK.search(noun.group()) is not None:
                continue
            if any(_STATE_OWNS.match(facts.sentence, facts.ends[j]) is not None
                   for j in range(bisect_left(facts.starts, cue.end), len(facts.starts))
                   if facts.ends[j] <= noun.end()):
                continue  # links-251: the state owning the extradition is its doer, the act's counterpart
            at = noun.end()
        dest = _actor_after(facts, at, _EXTRADITED_TO)
        if dest is None:
            continue
        to = frozenset({facts.codes[dest]})
        sources = link.sources
        if (origin := _actor_after(facts, at, _EXTRADITED_FROM)) is not None and origin < dest:
            sources = frozenset({facts.codes[origin]})
        if not sources or sources & to:
            continue
        links[i] = CueLink(sources, to, False, link.deciders)
        for j, other in enumerate(cues):
            if j != i and cue.end <= other.start and other.end <= facts.starts[dest] and not links[j].mutual:
                links[j] = CueLink(links[j].sources - to, links[j].targets - to, False, links[j].deciders)
    return links
