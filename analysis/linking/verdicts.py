"""A verdict a speaker passes on a thing: "X calls [NP] "unacceptable"": X its source, the actors inside NP its targets.

Why a module of its own: "Turkey calls a statement of European Union support for Greek Cypriots in a dispute over
offshore resources "unacceptable"" is Turkey's protest at the European Union and the Greek Cypriots, whom the word
order alone missed: the verdict comes last, after the thing judged, with no actor after it and Turkey far before it
(links-241).  Only a verdict word (cues.yaml's protest words of judgement, "unacceptable", "condemnable", "unjustified",
"a provocation" …) right after its object, with "as", "to be", an article or a quotation mark between; the object
names the targets, and the speaker is the group of actors right before the verb, in its clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

# the words of judgement a verb of naming predicates of its object (the cue's own term)
_VERDICT_TERM = re.compile(r"(?:unacceptable|condemnable|unjustified|unjustifiable|provocation|provocative|"
                           r"illegitimate|unlawful|illegal|outrageous|reprehensible|deplorable|irresponsible|"
                           r"hostile|baseless|unfounded|absurd|interference|aggression|violation)", re.IGNORECASE)
# the verb of naming and its object up to the verdict: "calls a statement of … "|unacceptable", "describes the move as
# an |illegal", "brands the visit a |provocation" (not "calls on", "calls for": an appeal)
_NAMING_VERB = re.compile(r"\b(?:calls|called|calling|call|deems|deemed|deeming|describes|described|describing|"
                          r"terms|termed|labels|labell?ed|labell?ing|brands|branded|branding|dubs|dubbed)\s+"
                          r"(?!(?:on|upon|for|off|in|out|back)\b)", re.IGNORECASE)
# what stands right before the verdict: its object's end, then "as", "to be", an article, one or two qualifiers, a quote
_BEFORE_VERDICT = re.compile(r"""(?:\s+(?:as|to\s+be))?\s+["\u201c']?(?:(?:an?|the)\s+)?(?:(?:very|completely|totally|"""
                             r"""absolutely|wholly|entirely|deeply|highly|clear|blatant|gross|serious|dangerous|"""
                             r"""unprecedented|political|military|new|further|direct)\s+){0,2}["\u201c']?$""",
                             re.IGNORECASE)
# a noun verdict ("a provocation", "an act of aggression") needs its own article, quote, "as" or "to be" before it: in
# "calls the incident "part of a pattern of Russian aggression against Europe"" the aggression is Russia's, no verdict
_VERDICT_NOUN = re.compile(r"(?:provocation|interference|aggression|violation)", re.IGNORECASE)
_MARKED_TAIL = re.compile(r"""["\u201c']|\b(?:as|be|an?|the)\b""", re.IGNORECASE)
# a place or a destination inside the object is no target: "describes "the leak of the prime minister's secret flight to
# Saudi Arabia" as "an irresponsible move""
_PLACE_BEFORE = re.compile(r"\b(?:to|in|at|near|into|from|inside|over)\s+(?:the\s+)?$", re.IGNORECASE)
# the object runs within one clause: no semicolon, colon, sentence end, nor a comma and a verb's "and"
_VERDICT_OBJECT_BREAK = re.compile(r"[;:!?]|\.\s|,\s+(?:and|but|while|saying|calling|adding)\b", re.IGNORECASE)
_VERDICT_REACH = 200


def _with_verdicts(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with a verdict word's source the actors right before the verb of naming that predicates it of its
    object, and its targets the actors named in that object (``_NAMING_VERB`` … ``_BEFORE_VERDICT``), when both are
    named and none of the sources is a target; other links as they were."""
    for i, cue in enumerate(cues):
        if links[i].mutual or cue.weight <= 0 or _VERDICT_TERM.fullmatch(cue.term) is None:
            continue
        lo = max(0, cue.start - _VERDICT_REACH)
        verb = None
        for found in _NAMING_VERB.finditer(facts.sentence, lo, cue.start):
            verb = found
        if verb is None or _VERDICT_OBJECT_BREAK.search(facts.sentence, verb.end(), cue.start) is not None:
            continue
        # the object's own words end before "as", the article, the quotation mark
        tail = _BEFORE_VERDICT.search(facts.sentence, verb.end(), cue.start)
        if tail is None or tail.start() <= verb.end():
            continue
        if _VERDICT_NOUN.fullmatch(cue.term) is not None and _MARKED_TAIL.search(tail.group()) is None:
            continue
        inside = range(bisect_left(facts.starts, verb.end()), bisect_right(facts.ends, tail.start()))
        targets = frozenset(facts.codes[j] for j in inside if facts.ends[j] <= tail.start() and j not in facts.places
                            and _PLACE_BEFORE.search(facts.sentence, max(0, facts.starts[j] - 12),
                                                     facts.starts[j]) is None)
        speaker = bisect_right(facts.ends, verb.start()) - 1
        if not targets or speaker < 0:
            continue
        if any(facts.ends[speaker] <= b < verb.start() for b in facts.breaks) or speaker in facts.places:
            continue  # the actor before the verb is in another clause, or a place
        first = speaker
        while first > 0 and facts.joined[first]:
            first -= 1
        sources = frozenset(facts.codes[first:speaker + 1])
        targets -= sources
        if not targets or not sources:
            continue
        links[i] = CueLink(sources, targets, False, links[i].deciders)
    return links
