"""The timeline's entry and its default form, the small multiples.

``timeline`` is what the app (dashboard.components.charts) and the tests call: it hands a view of one period
to one_period and chosen pairs to overlay, and draws any other view as a panel per pair, index over mentions,
for the pairs ranked first by activity and change (``pair_activity``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.changes import partial_period
from dashboard.explore import MIN_SUPPORT, covered_periods, headline_moves
from dashboard.figures.colours import INDEX_COLOUR, MENTIONS_COLOUR
from dashboard.figures.one_period import _single_period
from dashboard.figures.overlay import _overlaid
from dashboard.figures.pair_traces import _filled, _index_traces, _mention_bars, period_totals
from dashboard.figures.sent import _axis_key, _figure, _grid
from dashboard.figures.time_axis import PANEL_TICKS, TICK_FORMATS, WIDE_TICKS, _axis_periods, _index_ceiling, _seams
from dashboard.figures.titles import (
    MODEBAR_ROOM,
    TITLE_SMALL,
    _cut_note,
    _empty,
    _few_per_period,
    _heading,
    _pair_title,
    _partial_note,
    _title,
)
from dashboard.labels import signed
from dashboard.state import DEFAULT_PANELS, MAX_PANELS


def timeline(agg: pd.DataFrame, period: str = "W", panels: int = DEFAULT_PANELS,
             overlay: Iterable[str] = (), ranked: pd.DataFrame | None = None,
             last_day: dt.date | None = None, covered: pd.Index | None = None,
             first_day: dt.date | None = None, filtered: int = 0, range_end: bool = False) -> go.Figure:
    """The tension index per pair per period with its 95 % band, and the mentions behind it as bars.

    By default the ``panels`` pairs that rank first by activity and change (``pair_activity``) get
    a small panel each, index over mentions, on one time axis and one index scale, so shapes
    compare without a dozen lines tangling in one chart; the panel's title names the pair.  Pairs
    in ``overlay`` are drawn instead as lines in one chart, labelled at their ends.  Periods
    without data stay gaps (no line drawn across them); a corpus with a single period gets one
    bar per pair instead of a time axis.  ``ranked``: ``pair_activity(agg)`` when the caller has it.
    ``last_day``: the view's last day with data; a last period it falls inside is drawn as partial.
    ``covered``: the view's periods with articles (``View.period_articles``' periods): a period there
    that names none of ``agg``'s pairs is a 0, not a gap, so one chosen pair draws as among all pairs.
    ``first_day``: the view's first day with data (the one-period chart names its days).
    ``filtered``: how many pairs the view's filters name (the title calls the panels the chosen pairs).
    ``range_end``: ``last_day`` is the chosen date range's end, not the corpus's last day (the corpus goes on).
    """
    title = "Tension index per period (band: 95 % interval)"
    if agg.empty:
        return _empty(title, "No dated pair mentions match the filters.", sent=True)
    if len(covered_periods(agg, covered)) == 1:
        return _single_period(agg, period, MAX_PANELS, first_day, last_day)
    chosen = [p for p in dict.fromkeys(overlay) if p in set(agg["pair"])]
    partial = partial_period(agg, period, last_day, covered)
    if chosen:
        return _overlaid(agg, period, chosen[:MAX_PANELS], partial, last_day, covered, range_end)
    ranked = (pair_activity(agg, covered=covered) if ranked is None else ranked).head(max(1, panels))
    return _small_multiples(agg, period, ranked, partial, last_day, covered, filtered, range_end)


def pair_activity(agg: pd.DataFrame, min_support: int = MIN_SUPPORT, period: str = "W",
                  partial: pd.Timestamp | None = None, covered: pd.Index | None = None) -> pd.DataFrame:
    """The view's pairs ranked by activity and change, the order of the timeline's panels.

    A reader's first question is "what is going on, and what moved": a pair ranks by the sum of
    its mentions in the view (as a share of the most mentioned pair's) and its index's largest
    move (as a share of the largest move of any pair), so a busy steady pair and a quieter pair
    that flared both come up.  A move is a step of ``explore.supported_steps``, and a pair's largest
    move its ``explore.headline_moves`` (a fall undoing the rise into it is shown by the rise), the rule
    the key figures' "largest change" follows too, so the two never disagree.
    ``covered``: the view's periods with articles (``explore.covered_periods``).
    Columns: pair, mentions, largest_move (signed), move_period (the move's later period), score.
    """
    columns = ["pair", "mentions", "largest_move", "move_period", "score"]
    if agg.empty:
        return pd.DataFrame(columns=columns)
    heads = headline_moves(agg, min_support, period, partial, covered)
    out = agg.groupby("pair", sort=True)["mentions"].sum().fillna(0).astype(int).to_frame()
    out["largest_move"] = 0.0
    out["move_period"] = pd.NaT
    if len(heads.pairs) and len(heads.periods):  # the pairs that can move: the others keep no move
        moved = heads.start >= 0  # a fall undoing the rise into it is headlined by that rise
        out.loc[heads.pairs, "largest_move"] = np.where(moved, heads.value, 0.0)
        out.loc[heads.pairs, "move_period"] = pd.DatetimeIndex(heads.periods[np.maximum(heads.end, 0)]).where(
            moved, pd.NaT)
    top_mentions = max(int(out["mentions"].max()), 1)
    top_move = float(out["largest_move"].abs().max())
    out["score"] = out["mentions"] / top_mentions + (out["largest_move"].abs() / top_move if top_move > 0 else 0.0)
    out = out.rename_axis("pair").reset_index()
    out = out.sort_values(["score", "mentions", "pair"], ascending=[False, False, True], kind="stable")
    return out[columns].reset_index(drop=True)


# A panel's parts in pixels, top to bottom: its title, the index, a gap, the mentions, the space
# before the next panel's title.  The gap holds half of the index's "0" and half of the mentions'
# top label (TICK_FONT px each), which overlapped when it was 8 px.
PANEL_TITLE, PANEL_INDEX, PANEL_GAP, PANEL_BARS, PANEL_AFTER = 40, 120, 20, 40, 22
ONE_PANEL_INDEX, ONE_PANEL_BARS = 260, 70  # the index and the mentions of a timeline of one pair
# The margins hold the axes' labels by hand (40 px below: the date labels Plotly slants when they crowd).
PANEL_MARGINS = dict(b=40, l=48, r=16)
TICK_FONT = 11
# A panel's caption line under its title, when the panels stand two to a row: a 11 px line of about 30
# characters, the 170 px a panel has in the 440 px the chart gets at a 900 px window.
PANEL_CAPTION_LINE = 14


def _panel_caption(row: pd.Series, period: str, two_lines: bool = False) -> str:
    """"531 mentions · largest move +17.3 (2024-09-23)"; with ``two_lines`` the move on a line of its own:
    two panels to a row, the one line ran into the next panel's at a 900 px window and the right panel's was
    clipped at the chart's edge ("(2020-01-03")."""
    move = float(row["largest_move"])
    # a week named as the rest of the page names it, by its Monday: a bare "(2019-12-30)" read as that day (uiaudit27)
    fmt = "week of %Y-%m-%d" if period == "W" else TICK_FORMATS.get(period, "%Y-%m-%d")
    when = "" if pd.isna(row["move_period"]) else f" ({pd.Timestamp(row['move_period']).strftime(fmt)})"
    moved = f"{'<br>' if two_lines else ' · '}largest move {signed(move, 1)}{when}" if move else ""
    return f"{int(row['mentions']):,} mentions{moved}"


def _small_multiples(agg: pd.DataFrame, period: str, ranked: pd.DataFrame, partial: pd.Timestamp | None = None,
                     last_day: dt.date | None = None, covered: pd.Index | None = None, filtered: int = 0,
                     range_end: bool = False) -> go.Figure:
    pairs = list(ranked["pair"])
    n = len(pairs)
    cols = 2 if n > 3 else 1
    # two to a row, a caption takes two lines (``_panel_caption``) when any panel has a move to name
    two_lines = cols == 2 and bool((ranked["largest_move"] != 0).any())
    title_px = PANEL_TITLE + (PANEL_CAPTION_LINE if two_lines else 0)
    grid = math.ceil(n / cols)
    layout, refs = _grid(2 * grid, cols, shared_xaxes="all", horizontal_spacing=0.09)
    periods, covered, cuts, runs, ticks = _axis_periods(agg, period, covered, PANEL_TICKS if cols == 2 else WIDE_TICKS)
    totals = period_totals(agg)
    frame = agg[agg["pair"].isin(pairs)]
    top = float(frame["tension_index"].max()) if not frame.empty else 1.0
    by_pair = dict(tuple(frame.groupby("pair", sort=False)))
    ceiling = _index_ceiling(frame, top * 1.3)
    # One pair (a pair chosen, or one panel asked for) gets the chart's height: at a panel's 120 px the view one
    # pair asks for in detail was a strip across a mostly empty chart.
    index_px, bars_px = (PANEL_INDEX, PANEL_BARS) if n > 1 else (ONE_PANEL_INDEX, ONE_PANEL_BARS)
    panel_height = title_px + index_px + PANEL_GAP + bars_px + PANEL_AFTER
    plot_height = panel_height * grid
    data: list[dict] = []
    annotations: list[dict] = []
    for i, pair in enumerate(pairs):
        g, c = i // cols, i % cols
        index_axes, bar_axes = refs[2 * g][c], refs[2 * g + 1][c]
        rows = _filled(by_pair[pair], periods, covered, totals)
        data += _index_traces(rows, pair, INDEX_COLOUR, 0.12, index_axes, partial, last_day, period, range_end)
        data.append(_mention_bars(rows, pair, MENTIONS_COLOUR, bar_axes, partial, period))
        # Domains by hand: make_subplots spaces all rows alike, which glues a panel's title to the
        # bars of the panel above it.
        top_px = g * panel_height + title_px
        index_domain = [1 - (top_px + index_px) / plot_height, 1 - top_px / plot_height]
        bars_top = top_px + index_px + PANEL_GAP
        bars_domain = [1 - (bars_top + bars_px) / plot_height, 1 - bars_top / plot_height]
        layout[_axis_key(index_axes[1])].update(range=[0, ceiling], nticks=4 if n > 1 else 7, domain=index_domain,
                                                tickfont=dict(size=TICK_FONT))
        peak = int(rows["mentions"].max()) if rows["mentions"].notna().any() else 0
        # Only the tallest bar's count: a 0 there would sit on the index's 0 just above.
        layout[_axis_key(bar_axes[1])].update(range=[0, max(peak, 1)], tickvals=[peak], ticktext=[f"{peak:,}"],
                                              domain=bars_domain,
                                              tickfont=dict(size=TICK_FONT, color="#777"), showgrid=False)
        annotations.append(dict(text=(f"{_pair_title(pair)}<br><span style=\"font-size:11px;color:#666\">"
                                      f"{_panel_caption(ranked.iloc[i], period, two_lines)}</span>"),
                                xref=f"{index_axes[0]} domain", yref=f"{index_axes[1]} domain", x=0.5, y=1.0,
                                yanchor="bottom", showarrow=False, font=dict(size=13), align="center"))
    for key in [k for k in layout if k.startswith("xaxis")]:
        layout[key].update(type="date", tickformat=TICK_FORMATS.get(period, "%Y-%m-%d"), tickfont=dict(size=TICK_FONT),
                           tickmode="array", tickvals=ticks)
        if cuts:
            layout[key].update(rangebreaks=cuts)
    if cuts:
        layout["shapes"] = _seams(cuts, [refs[2 * (i // cols) + row][i % cols] for i in range(n) for row in (0, 1)])
    _fixed_margins(layout)
    which = _which_panels(n, int(agg["pair"].nunique()), filtered)
    everyone = n >= agg["pair"].nunique()
    # every pair of the view shown: the ranking orders the panels, it chose none of them
    ranked_by = ("" if n == 1 and everyone else
                 "in order of mentions and largest move · " if everyone else "by mentions and largest move · ")
    note = _partial_note(partial, last_day, range_end)
    # The heading's first line short (``_heading``): "…ranked first by mentions and largest move" on it was
    # clipped at "largest m" in the 440 px the chart has at a 900 px window.
    lines = [f"{ranked_by}conflict weight per 100 articles, band 95 %",
             ("one scale in every panel · mentions under each" if n > 1 else "mentions under it")
             + " · click a point to read its article",
             # uiaudit28: ISR-PSE's "largest move +3.4 (Apr 2018)" beside visible swings of 2024–25 that were no moves
             *(["largest move: the largest step between two periods whose 95 % bands do not overlap"]
               if bool((ranked["largest_move"].iloc[:n] != 0).any()) else []),
             f"gaps: no data{_cut_note(runs)}", *([note] if note else []), *_few_per_period(agg[agg["pair"].isin(pairs)])]
    block = 42 + 14 * len(lines)
    heading, margin_top = _title(_heading(f"Tension index of {which}", *lines), block,
                                 plot_height + MODEBAR_ROOM + block + PANEL_MARGINS["b"], font=TITLE_SMALL)
    layout.update(
        annotations=annotations, title=heading,
        height=plot_height + margin_top + PANEL_MARGINS["b"], showlegend=False,
        margin=dict(PANEL_MARGINS, t=margin_top))
    return _figure(data, layout)


def _which_panels(n: int, pairs: int, chosen: int = 0) -> str:
    """Which pairs the ``n`` panels are, of the view's ``pairs``: "ranked first" only when some are left out
    (four pairs chosen in the filters were titled "the 4 pairs ranked first", as if others had lost).
    ``chosen``: how many pairs the filters name (0: none, the view's pairs are whatever the data holds)."""
    if n >= pairs:
        if chosen:
            return f"the {n} chosen pairs" if n > 1 else "the chosen pair"
        return "the view's one pair" if n == 1 else f"the view's {n} pairs"
    of = f" of the {pairs} chosen" if chosen else ""
    return f"the {n} pairs ranked first{of}" if n > 1 else f"the pair ranked first{of}"


def _fixed_margins(layout: dict) -> None:
    """Every axis of ``layout`` without automargin: Plotly (and Streamlit's theme) turn it on, and when a
    label reaches past the margins (a slanted date, a bar axis's count) Plotly draws the whole figure a
    second time with wider margins: on the twelve-axis timeline, a large part of the browser's work on
    every filter change (docs/NOTEBOOK.md, 2026-11-27, branch speed6).  PANEL_MARGINS holds the labels
    instead, and a last date label past the figure's right edge is hidden rather than narrowing every panel."""
    for key in [k for k in layout if k.startswith(("xaxis", "yaxis"))]:
        layout[key]["automargin"] = False
