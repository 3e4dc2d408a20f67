"""Companies named with their home state ("British consumer goods company Reckitt Benckiser"): their acts
are not their home's.

Why a module of its own: a home's code is marked (``_COMPANY_HOME``) while links are worked out, and taken out of the
finished links' sources (``_without_homes``); ``_unmarked`` strips the mark where a rule reads codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.linking.scoring import CueLink
from analysis.linking.vocabulary import _COMPANY_HOME, _RELATIONS_STATE
from analysis.tension import Cue


def _without_homes(sentence: str, cues: Sequence[Cue], links: list[CueLink]) -> list[CueLink]:
    """``links`` with companies' homes (codes marked ``_COMPANY_HOME``) taken out of their sources and
    deciders and kept, unmarked, as targets; links shared among cues stay shared.  A state of relations
    keeps the home: "American electronics maker Apple … blaming trade tensions with China" names tensions
    between the United States and China (not a war or skirmishes, which a company does not wage: "accuses
    French energy and petroleum company TotalEnergies of committing war crimes")."""
    done: dict[tuple[int, bool], CueLink] = {}
    out = []
    for cue, link in zip(cues, links):
        relations = _RELATIONS_STATE.fullmatch(sentence, cue.start, cue.end) is not None
        new = done.get((id(link), relations))
        if new is None:
            new = done[(id(link), relations)] = (
                CueLink(_unmarked(link.sources), _unmarked(link.targets), link.mutual, _unmarked(link.deciders),
                        sides=link.sides, backers=link.backers)
                if relations else
                CueLink(frozenset(c for c in link.sources if not c.startswith(_COMPANY_HOME)),
                        _unmarked(link.targets), link.mutual,
                        frozenset(c for c in link.deciders if not c.startswith(_COMPANY_HOME)),
                        sides=link.sides, backers=link.backers))
        out.append(new)
    return out


def _unmarked(codes: frozenset[str]) -> frozenset[str]:
    return frozenset(c.removeprefix(_COMPANY_HOME) for c in codes)
