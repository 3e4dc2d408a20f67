"""The timeline of a view with one period only (the seed's one day, a short date range): a bar per pair,
index over mentions, and no time axis, which would zoom to milliseconds.  The title names the days shown.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.colours import INDEX_COLOUR, MENTIONS_COLOUR
from dashboard.figures.sent import HOVER_DECIMALS, _axis_key, _figure, _grid
from dashboard.figures.titles import TITLE_SMALL, _heading, _pair_title, _title, few_articles_words
from dashboard.labels import signed_all

TWO_LINE_BARS = 6  # the one-period chart's bars labelled on two lines (names, then codes) at most
STEPS = {"D": pd.DateOffset(days=1), "W": pd.DateOffset(weeks=1), "M": pd.DateOffset(months=1)}


def _shown_days(day: pd.Timestamp, period: str, first_day: dt.date | None, last_day: dt.date | None) -> tuple[str, str]:
    """Words for the days a one-period chart shows, and for its whole period: the period's name when the
    view's days cover it ("in June 2025"), else those days ("from 2025-06-02 to 2025-06-08"): a one-week
    date range by month was titled "in June 2025", the seed's one day by week "in the week of 2025-11-24"."""
    whole = {"D": f"on {day:%Y-%m-%d}", "M": f"in {day:%B %Y}"}.get(period, f"in the week of {day:%Y-%m-%d}")
    start, end = day.date(), (day + STEPS.get(period, STEPS["W"]) - pd.Timedelta(days=1)).date()
    low, high = max(start, first_day or start), min(end, last_day or end)
    if (low, high) == (start, end) or low > high:
        return whole, whole
    return (f"on {low:%Y-%m-%d}" if low == high else f"from {low:%Y-%m-%d} to {high:%Y-%m-%d}"), whole


def _hover(rows: pd.DataFrame) -> tuple[np.ndarray, str]:
    # One object array, not a list of tuples: Plotly validates and copies a list element by element
    # (by day, most of a timeline's building time) and an array in one piece.
    # The mean tension as text, signed with a true minus (``signed_all``): Plotly's "%{...:.2f}" wrote "-0.28".
    columns = [rows["pair"], rows["period"].dt.strftime("%Y-%m-%d"), rows["mentions"], rows["articles"],
               *(rows[c].round(HOVER_DECIMALS) for c in ("index_low", "index_high")),
               pd.Series(signed_all(rows["tension_mean"]), index=rows.index), rows["period_articles"]]
    custom = np.empty((len(rows), len(columns)), dtype=object)
    for i, column in enumerate(columns):
        custom[:, i] = column.to_numpy(dtype=object)
    template = ("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>index %{y:.2f} "
                "(95%: %{customdata[4]:.2f}–%{customdata[5]:.2f})<br>mentions %{customdata[2]:,}"
                "<br>articles %{customdata[3]:,} of %{customdata[7]:,}<br>mean tension %{customdata[6]}<extra></extra>")
    return custom, template


def _single_period(agg: pd.DataFrame, period: str, max_pairs: int, first_day: dt.date | None = None,
                   last_day: dt.date | None = None) -> go.Figure:
    """One period only (the seed, or a short date range): one bar per pair, no time axis (it would zoom to
    milliseconds).  ``first_day``, ``last_day``: the view's days with data, which the title names."""
    top = list(agg.groupby("pair")["mentions"].sum().sort_values(ascending=False).index[:max_pairs])
    layout, refs = _grid(2, 1, shared_xaxes=True, row_heights=(0.72, 0.28), vertical_spacing=0.06)
    (x1, y1), (x2, y2) = refs[0][0], refs[1][0]
    day = agg["period"].iloc[0]
    rows = agg[agg["pair"].isin(top)].set_index("pair").loc[top].reset_index()
    custom, template = _hover(rows)
    shown, whole = _shown_days(day, period, first_day, last_day)
    template = template.replace("%{customdata[1]}", shown)  # the days shown; customdata[1] is the period a click opens
    # One neutral colour, as in the panels: a colour per pair would clash with the actors' own.
    colours = [INDEX_COLOUR] * len(rows)
    # Names over codes while there is room for two lines; more bars than that, the names alone (the hover has
    # the code): a week of WCEP's news gave twelve bars whose slanted two-line labels lay over each other.
    names = [_pair_title(p).split(' <span')[0] for p in rows["pair"]]
    ticks = [f"{n}<br>{p}" for n, p in zip(names, rows["pair"])] if len(rows) <= TWO_LINE_BARS else names
    data = [
        dict(type="bar", x=rows["pair"], y=rows["tension_index"], name="tension index", marker_color=colours,
             customdata=custom, hovertemplate=template, showlegend=False,
             error_y=dict(type="data", symmetric=False, array=rows["index_high"] - rows["tension_index"],
                          arrayminus=rows["tension_index"] - rows["index_low"], color="#555"),
             xaxis=x1, yaxis=y1),
        dict(type="bar", x=rows["pair"], y=rows["mentions"], marker_color=MENTIONS_COLOUR, showlegend=False,
             name="mentions", customdata=custom, hovertemplate="<b>%{x}</b><br>mentions %{y:,}<extra></extra>",
             xaxis=x2, yaxis=y2),
    ]
    layout[_axis_key(x1)].update(type="category")
    # The slanted labels' room worked out here, not by automargin, which draws the figure twice (a short date
    # range on any corpus is one period: bench_browser's "dates: 2 days" went 0.47 -> 0.66 s with it)
    angle = 40 if len(rows) > 5 else 0
    layout[_axis_key(x2)].update(type="category", tickvals=list(rows["pair"]), ticktext=ticks, tickangle=-angle,
                                 automargin=False)
    bottom = _label_room(names, 2 if len(rows) <= TWO_LINE_BARS else 1, angle)
    # thousands separated: the seed's one-article index reached "1000" beside "1,000" elsewhere
    layout[_axis_key(y1)].update(title=dict(text="conflict weight per 100 articles"), rangemode="tozero", tickformat=",~g")
    layout[_axis_key(y2)].update(title=dict(text="mentions"), rangemode="tozero", tickformat=",~g")
    lines = ["the only period · whiskers: 95 % interval · click a bar to read its article"]
    if shown != whole:  # a line of its own: after the first one it was clipped at an 800 px window
        lines = [f"the days shown of the only period, {whole.split(' ', 1)[1]}",
                 "whiskers: 95 % interval · click a bar to read its article"]
    few = few_articles_words(int(rows["period_articles"].iloc[0]) if "period_articles" in rows else 0,
                             float(rows["tension_index"].max()), "the period")
    if few:  # the seed's one article drew bars up to 1,000 "conflict per 100 articles"
        lines.append(few)
    heading, margin_top = _title(_heading(f"Tension index {shown}", *lines), 42 + 14 * len(lines), 560, font=TITLE_SMALL)
    layout.update(title=heading, height=560, barmode="group", margin=dict(t=margin_top, b=bottom))
    return _figure(data, layout)


LABEL_CHAR_PX, LABEL_LINE_PX = 7.0, 15.0  # a tick label's bold 12 px character and line, as drawn


def _label_room(names: list[str], lines: int, angle: float) -> int:
    """Pixels under an axis for category labels of ``lines`` lines, the longest of ``names`` first, slanted
    by ``angle`` degrees."""
    longest = max((len(re.sub(r"<[^>]+>", "", n)) for n in names), default=0) * LABEL_CHAR_PX
    rad = math.radians(angle)
    return math.ceil(longest * math.sin(rad) + lines * LABEL_LINE_PX * math.cos(rad)) + 20
