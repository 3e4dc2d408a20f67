"""The time axis the timeline's panels and its overlaid lines share: every period from the first to the last,
the long runs without articles cut out of it (a dotted seam where each was), ticks on period starts the data
use, and the index axis's top.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.explore import covered_periods

#: A period's step (a day, a week, a month) as a frequency pandas generates in one vectorised pass (from a period
#: start: a midnight, a Monday, a month's first day), where a DateOffset (one_period.STEPS) adds one step at a time.
_RANGE_FREQUENCIES = {"D": "D", "W": "7D", "M": "MS"}
TICK_FORMATS = {"D": "%Y-%m-%d", "W": "%Y-%m-%d", "M": "%b %Y"}


def _span(agg: pd.DataFrame, period: str, covered: pd.Index | None = None) -> tuple[pd.DatetimeIndex, pd.DatetimeIndex]:
    """Every period from the first to the last, and the ones with articles (``covered``'s and the table's)."""
    covered = covered_periods(agg, covered)
    periods = pd.date_range(covered.min(), covered.max(), freq=_RANGE_FREQUENCIES.get(period, _RANGE_FREQUENCIES["W"]))
    return periods.union(covered), covered


# A run of periods no article covers at least this long is cut out of the time axis: WCEP's
# 2021–2023 took a third of every panel's width and held nothing.
CUT_GAP = pd.Timedelta(days=183)


def _cut_gaps(periods: pd.DatetimeIndex, covered: pd.DatetimeIndex) -> tuple[list[dict], list[tuple]]:
    """Plotly rangebreaks for the long runs of uncovered periods, and each run's (first, last) period.

    Half a period of space stays on either side, so the bars of the periods around a cut keep their
    width; points keep their dates, so hovers and clicks are unchanged."""
    present = np.isin(periods.values, covered.values)
    breaks: list[dict] = []
    runs: list[tuple] = []
    start = None
    for i, here in enumerate(present):
        if not here and start is None:
            start = i
        elif here and start is not None:
            before, after = periods[start - 1], periods[i]
            if after - before >= CUT_GAP and start > 0:
                half = (periods[start] - before) / 2
                breaks.append(dict(bounds=[(before + half).isoformat(), (after - half).isoformat()]))
                runs.append((periods[start], periods[i - 1]))
            start = None
    return breaks, runs


def _thinned(periods: pd.DatetimeIndex, runs: list[tuple]) -> pd.DatetimeIndex:
    """``periods`` without those inside a cut run but its first, whose empty value still breaks the line:
    the axis shows none of them, and by day WCEP's 3.5 empty years were 40 % of every trace's points."""
    if not runs:
        return periods
    inside = np.zeros(len(periods), dtype=bool)
    for first, last in runs:
        inside |= (periods > first) & (periods <= last)
    return periods[~inside]


# Time-axis ticks at most, in a panel of the two columns and across the chart's width: a "2024-06-27" label
# is about 60 px at timeline_panels.TICK_FONT.
PANEL_TICKS, WIDE_TICKS = 7, 10
# Tick spacings tried from the finest, per period kind: every k-th period (an int) or the first period shown
# in each calendar block of so many months (a string: "3M" a quarter, "12M" a year).
_TICK_STEPS: dict[str, tuple[int | str, ...]] = {
    "D": (1, 2, 7, 14, "1M", "3M", "6M", "12M", "24M", "60M"),
    "W": (1, 2, 4, "3M", "6M", "12M", "24M", "60M"),
    "M": ("1M", "2M", "3M", "6M", "12M", "24M", "60M"),
}


#: The share of a calendar step's mean spacing two ticks must keep apart: a February is 0.92 of a mean month.
CALENDAR_SLACK = 0.85


def _period_ticks(periods: pd.DatetimeIndex, runs: list[tuple], period: str, most: int) -> list[str]:
    """The time axis's ticks, as day strings: at most about ``most`` of the periods the axis shows, the first
    of each block of a step, so each tick is a period start the data uses (a week's Monday).

    Plotly's own ticks fell on month starts by week, and after a cut-out run on the cut's bound, half a
    period before the first period shown (by week over WCEP "2024-06-27", a Thursday).  A tick closer to
    the one before it than the step's spacing (a segment ending just before a cut) is left out: their labels
    would overlap, the cut taking next to no width.  (Half the spacing let WCEP's "Jul 2024", where the data
    resume, and "Jan 2025" six months later overlap in every panel: the labels are sized for ``most`` evenly
    spread ticks, and slanted, need that spacing.)"""
    inside = np.zeros(len(periods), dtype=bool)
    for first, last in runs:
        inside |= (periods >= first) & (periods <= last)
    shown = periods[~inside]
    if shown.empty:
        return []
    segment = np.cumsum(np.r_[True, np.diff(np.flatnonzero(~inside)) > 1])  # which uncut stretch each is in
    steps = _TICK_STEPS.get(period, _TICK_STEPS["W"])
    for step in steps:
        if isinstance(step, int):
            position = np.concatenate([np.arange((segment == k).sum()) for k in np.unique(segment)])
            block = segment * len(shown) + position // step
            spacing = float(step)
        else:
            months = int(step[:-1])
            block = (shown.year * 12 + shown.month - 1).to_numpy() // months
            # calendar blocks differ in length: against their mean, a 30-day September left October's tick out
            # (by day, July to December named 07-01, 08-01, 09-01, 11-01: uiaudit28)
            spacing = CALENDAR_SLACK * len(shown) / max(1, len(np.unique(block)))
        starts = np.flatnonzero(np.r_[True, np.diff(block) != 0])
        kept = [starts[0]]
        for i in starts[1:]:
            if i - kept[-1] >= spacing:
                kept.append(i)
        if len(kept) <= most:
            break
    return [f"{shown[i]:%Y-%m-%d}" for i in kept]


def _axis_periods(agg: pd.DataFrame, period: str, covered: pd.Index | None, most: int
                  ) -> tuple[pd.DatetimeIndex, pd.DatetimeIndex, list[dict], list[tuple], list[str]]:
    """What a time chart's axis needs, the same for the panels and the overlaid lines: the periods its traces
    run over (``_span``'s, ``_thinned``), the covered ones, the rangebreaks and cut runs (``_cut_gaps``), and at
    most about ``most`` ticks (``_period_ticks``)."""
    periods, covered = _span(agg, period, covered)
    cuts, runs = _cut_gaps(periods, covered)
    ticks = _period_ticks(periods, runs, period, most)
    return _thinned(periods, runs), covered, cuts, runs, ticks


def _seams(cuts: list[dict], axes: list[tuple[str, str]]) -> list[dict]:
    """A dotted line where each cut run was taken out, across each of ``axes`` (x, y): only the title said
    "Jan 2021–Jun 2024 cut out", and a line ran on from Jan 2020 to Jul 2024 as if the years between were there
    (at 900 px the two ticks either side of the cut were also the closest).  At the break's upper bound, which
    the axis keeps (a value inside a break is not drawn)."""
    return [dict(type="line", xref=x, yref=f"{y} domain", x0=cut["bounds"][1], x1=cut["bounds"][1], y0=0, y1=1,
                 line=dict(color=SEAM_COLOUR, width=1, dash="dot"), layer="below")
            for cut in cuts for x, y in axes]


SEAM_COLOUR = "#9a9a9a"
#: How far above the highest index the axis may reach to show a band's top: a thin period's interval can be many
#: times its index, and an axis fitted to it would flatten every line.
BAND_REACH = 2.5


def _index_ceiling(frame: pd.DataFrame, headroom: float) -> float:
    """The index axis's top: room above the highest index, and the top of the 95 % band as well (IRN-USA by
    month: January 2020's band reached 6.37 on an axis cut at 5.51, so the band ran off the chart), up to
    ``BAND_REACH`` times the highest index."""
    top = float(frame["tension_index"].max()) if not frame.empty else 0.0
    high = float(frame["index_high"].max()) if "index_high" in frame and frame["index_high"].notna().any() else 0.0
    band = min(high * 1.05, top * BAND_REACH)
    return max(headroom, band, 0.1)
