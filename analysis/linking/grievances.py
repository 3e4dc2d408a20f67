"""Sentence-wide passes about grievances: blame after the clause (", blaming Israel and the United
States"), praise "for" a gerund, complaints lodged "to" or "with" a body over another's act.

Why a module of its own: the actors blamed did the acts; the forum a complaint is lodged with is no target of it, the
actor of its grounds after "over" is (links-114, links-208, links-213).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analysis.linking.clauses import _clause_start
from analysis.linking.companies import _unmarked
from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _group_end, _subject
from analysis.linking.scoring import CueLink
from analysis.linking.vocabulary import _BLAMED_ACTS, _COMPANY_HOME
from analysis.tension import Cue

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
