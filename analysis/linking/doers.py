"""Actors named as a conflict act's doers that its link does not take as sources: no bystanders of it (links-253).

Why a module of its own: links-226 counts a conflict act for a pair of the one actor it was done to and another it
does not link as a bystander (``UNDERGONE``); but the other may be named as the act's doer where the link missed it:
after "carried out by" ("Iran condemns strikes on Yemen carried out by the United States") or as a member of the
clause's subject list before the act's verb ("the Iranian foreign minister, the Iraqi ambassador, and the Syrian envoy
condemn the United States").  Those are kept ONE_LINKED by scoring (``CueLink.agents``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.linking.facts import _SentenceFacts
from analysis.linking.scoring import CueLink
from analysis.tension import Cue

# "strikes on Yemen| carried out by the |United States": a few words of the act's place or object, then its agent
_NAMED_BY = re.compile(r"^[^;:.!?,]{0,60}?\b(?:carried\s+out|conducted|perpetrated|staged)\s+by\s+(?:the\s+)?$",
                       re.IGNORECASE)
# "the Syrian| envoy |condemn": the subject's noun and no form of "be" before the verb (a passive's subject underwent
# the act: "Five Italian soldiers are wounded")
_SUBJECT_TO_VERB = re.compile(r"^(?:[\u2019']s)?\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|by|of|in|on|at|"
                              r"to|for|from|with|after|and|or)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the Iranian| foreign minister, the |Iraqi": a list's members, each a few words, a comma and maybe "and"
_SUBJECT_LIST_GAP = re.compile(r"^(?:\s+[\w-]+){0,3},\s+(?:and\s+|or\s+)?(?:the\s+)?$", re.IGNORECASE)
# ... the list opening its clause: the sentence's start or a comma before its first member
_SUBJECT_OPENS = re.compile(r"(?:^|,)\s*(?:the\s+)?$", re.IGNORECASE)


def _with_named_agents(facts: _SentenceFacts, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with ``agents``: actors named as a conflict act's doers by ``_NAMED_BY`` after it, or as the subject
    list of two or more opening its clause right before its verb (``_SUBJECT_TO_VERB``, ``_SUBJECT_LIST_GAP``,
    ``_SUBJECT_OPENS``), that it does not link as sources."""
    sentence, starts, ends, codes = facts.sentence, facts.starts, facts.ends, facts.codes
    for i, cue in enumerate(cues):
        link = links[i]
        if cue.weight <= 0 or link.mutual or not link.targets:
            continue
        named: set[str] = set()
        after = bisect_left(starts, cue.end)
        for j in range(after, min(after + 3, len(starts))):
            if _NAMED_BY.match(sentence[cue.end:starts[j]]) is not None:
                named.add(codes[j])
                break
        last = bisect_left(starts, cue.start) - 1
        if last >= 1 and _SUBJECT_TO_VERB.match(sentence[ends[last]:cue.start]) is not None:
            j, first = last, last
            while j > 0 and _SUBJECT_LIST_GAP.match(sentence[ends[j - 1]:starts[j]]) is not None:
                j -= 1
                if _SUBJECT_OPENS.search(sentence, max(0, starts[j] - 8), starts[j]) is not None:
                    first = j  # (the list's widest start opening a clause)
            if first < last:
                named.update(codes[first:last + 1])  # (a list of two or more, opening its clause)
        agents = frozenset(named) - link.sources - link.targets
        if agents:
            links[i] = link._replace(agents=agents)
    return links
