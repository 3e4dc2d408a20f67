"""Which days the corpus has articles on, in words: an empty view inside a gap of the corpus is not a calm one.

WCEP's dev corpus has no article from January 2021 to June 2024: a date range there showed "No article matches
the filters", which read like a year without tension.  ``empty_reason`` says instead that the corpus has no
articles then and names the stretches it covers; a range with articles where the filters keep none says that.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Sequence

from dashboard.state import Universe, ViewState

#: Days without an article at least this many in a row split the corpus's coverage into stretches.
GAP_DAYS = 31
#: Stretches named at most; the rest are counted.
NAMED_STRETCHES = 4


def covered_stretches(days: Sequence[dt.date], gap: int = GAP_DAYS) -> list[tuple[dt.date, dt.date]]:
    """The runs of ``days`` (sorted) with fewer than ``gap`` empty days between neighbours."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if runs and (day - runs[-1][1]).days <= gap:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _whole_months(first: dt.date, last: dt.date) -> bool:
    return first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]


def _span(first: dt.date, last: dt.date, months: bool, sep: str) -> str:
    fmt = "%b %Y" if months else "%-d %b %Y"
    a, b = first.strftime(fmt), last.strftime(fmt)
    return a if a == b else f"{a}{sep}{b}"


def stretches_text(runs: list[tuple[dt.date, dt.date]]) -> str:
    """"Jan 2017 – Dec 2020 and Jul 2024 – Mar 2026" (by month: a stretch is weeks long at least)."""
    named = [_span(a, b, True, " – ") for a, b in runs[:NAMED_STRETCHES]]
    if len(runs) > NAMED_STRETCHES:
        named.append(f"{len(runs) - NAMED_STRETCHES} more stretch{'' if len(runs) == NAMED_STRETCHES + 1 else 'es'} "
                     f"to {runs[-1][1]:%b %Y}")
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def gap_around(days: Sequence[dt.date], start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The corpus's empty days around ``start``–``end`` when none of ``days`` (sorted) falls in it, else None."""
    if not days:
        return None
    low, high = start or days[0], end or days[-1]
    i = bisect.bisect_left(days, low)
    if i < len(days) and days[i] <= high:
        return None
    first = days[i - 1] + dt.timedelta(days=1) if i > 0 else low
    last = days[i] - dt.timedelta(days=1) if i < len(days) else high
    return first, last


def empty_reason(universe: Universe, state: ViewState, short: bool = False) -> str:
    """Why a view holds nothing: the corpus has no articles in its date range (naming the stretches it covers,
    unless ``short``: the source text's line beside the chart's, which names them), or it has some and the other
    filters keep none of them."""
    gap = gap_around(universe.days, state.start, state.end)
    if gap is not None:
        first, last = gap
        said = f"The corpus has no articles from {_span(first, last, _whole_months(first, last), ' to ')}"
        if short:
            return said + ": no article to show."
        return f"{said}; it covers {stretches_text(covered_stretches(universe.days))}. Choose dates in those stretches."
    kept = "the filters keep none of them" + (f" ({_filters_text(state)})" if _filters_text(state) else "")
    if state.start or state.end:
        return f"The corpus has articles in this date range, but {kept}."
    return f"The corpus has articles, but {kept}."


def _filters_text(state: ViewState) -> str:
    """The view's filters other than its dates, in a few words: "pair RUS-UKR; at least 5 mentions"."""
    parts = []
    for name, values in (("pair", state.pairs), ("actor", state.actors), ("cue category", state.categories),
                         ("source", state.sources)):
        if values:
            shown = ", ".join(values[:3]) + (f" and {len(values) - 3} more" if len(values) > 3 else "")
            parts.append(f"{name}{'' if len(values) == 1 else 's'} {shown}")
    if state.min_mentions > 1:
        parts.append(f"at least {state.min_mentions} mentions per pair")
    return "; ".join(parts)
