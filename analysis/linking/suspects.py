"""Acts "on suspicion of", "suspected of", "accused of" … after an active verb's object that no actor names.

Why a module of its own: "arrest over 25 people on suspicion of attacking a UNIFIL convoy" is the suspects' act, not
the arresting subject's, and its victim is no counterpart of the arrest (links-112).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.linking.facts import _SentenceFacts
from analysis.linking.mentions import _placed

# The suspicion's act is the unnamed suspects' when a verb and its object (no actor) stand between the actor named
# last before the suspicion and its words ("arrest over 25 people on suspicion of", "executes a man convicted of"): a
# word that is no preposition, then a determiner or a count; not a passive or a relative clause, whose subject is the
# suspect ("Two Russians are arrested on suspicion of", "X, who is suspected of"), nor a noun after the actor ("the
# Russian hacker group accused of")
_VERB_OBJECT = re.compile(r"\b(?!(?:of|off|in|on|at|near|from|to|for|with|by|against|into|over|under|and|or|the|a|an)\b)"
                          r"[a-z]+\s+(?:a|an|the|his|her|their|its|over|some|more\s+than|at\s+least|\d[\d,]*|one|two|"
                          r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|many)\b")
_SUSPECT_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|who)\b")
# ... and the actor after is the suspects' victim when a conflict cue a few words after the phrase acts on it ("of
# attacking| a UNIFIL convoy and| United Nations peacekeepers", "of the murder of| Swedish journalist"), not one
# served ("spying for Hungary", "helping Russia")
_SUSPICION_REACH = 30
_VICTIM_GAP = re.compile(r"(?!.*\b(?:for|with|to|by|from|into)\b)[^,;:]*$", re.IGNORECASE | re.DOTALL)


def _suspects_unnamed(facts: _SentenceFacts, phrase_start: int) -> bool:
    """Whether the suspicion's words at ``phrase_start`` follow an active verb's object, the suspects, no actor: the
    actor named last before them (not as a place) is not the suspect (``_VERB_OBJECT``)."""
    i = bisect_right(facts.ends, phrase_start) - 1
    while i > 0 and _placed(facts.sentence, facts.starts, i, facts.places):
        i -= 1  # ("a Russian ship in Odesa suspected of": the place is passed over)
    return (i >= 0 and _VERB_OBJECT.search(facts.sentence, facts.ends[i], phrase_start) is not None
            and _SUSPECT_PASSIVE.search(facts.sentence, facts.ends[i], phrase_start) is None)


def _victim_of_suspects(facts: _SentenceFacts, phrase_end: int) -> bool:
    """Whether a conflict cue a few words after the suspicion's words (ending at ``phrase_end``) acts on the first
    actor after it: the suspects' victim."""
    spans = facts.conflict_spans
    i = bisect_left(spans, (phrase_end, 0))
    if i == len(spans) or spans[i][0] - phrase_end > _SUSPICION_REACH:
        return False
    cue_end = spans[i][1]
    a = bisect_left(facts.starts, cue_end)
    return a < len(facts.starts) and _VICTIM_GAP.match(facts.sentence, cue_end, facts.starts[a]) is not None
