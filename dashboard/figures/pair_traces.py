"""One pair over time, as the traces both time charts draw (the panels and the overlaid lines): the pair's rows
on every period of the axis, the index line with its 95 % band, a point on each period that names the pair
(its hover and what a click opens), whiskers where no band can show the interval, the dotted step into a
partial last period, and the mention bars.

Each trace is a plain dict for ``sent._figure``, kept small: day strings for dates, float32 arrays for
numbers, no point on a quiet run the line draws anyway.  By day over WCEP's years these traces were most of
the day view's JSON and of the browser's work on each filter change.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from dashboard.figures.colours import _rgba
from dashboard.figures.sent import HOVER_DECIMALS, PLAIN_DECIMALS
from dashboard.figures.titles import _stop_words
from dashboard.labels import signed_all


def period_totals(agg: pd.DataFrame) -> pd.Series | None:
    """Each period's article count (the table's ``period_articles``, one value a period), for the periods a
    pair is not named in; None when the table has no such column."""
    if "period_articles" not in agg:
        return None
    return agg.groupby("period")["period_articles"].max()


def _filled(rows: pd.DataFrame, periods: pd.DatetimeIndex, covered: pd.DatetimeIndex,
            period_articles: pd.Series | None = None) -> pd.DataFrame:
    """The pair's rows on every period of the span.

    A covered period (one the table has for any pair) without the pair reports no conflict: index
    and mentions 0, and the period's own article count (``period_articles``, by period: a quiet month's
    hover read "articles 0 of 0").  A period nothing covers (a gap in the corpus or the filters) stays
    NaN, so the line breaks there instead of inventing a value."""
    out = rows.set_index("period").reindex(periods).rename_axis("period")
    quiet = out["mentions"].isna() & out.index.isin(covered)
    for column in ("tension_index", "index_low", "index_high", "mentions", "articles"):
        out.loc[quiet, column] = 0
    if period_articles is not None and "period_articles" in out:
        out.loc[quiet, "period_articles"] = period_articles.reindex(out.index[quiet]).to_numpy()
    out = out.reset_index()
    out["day"] = out["period"].dt.strftime("%Y-%m-%d")  # once: the band, the line and the bars all send it
    return out


def _band(rows: pd.DataFrame) -> tuple[list, list]:
    """The interval as closed polygons, one per run of consecutive periods with data (None between).

    The periods as day strings, sliced from plain lists: iterating the period column gave a
    Timestamp object per point, most of the band's building time."""
    xs: list = []
    ys: list = []
    present = rows["tension_index"].notna().to_numpy()
    days = _days(rows)
    # rounded as the other float arrays (sent._plain): the band's corners went in full, 15 decimals, a sixth of the
    # day view's bytes
    high = rows["index_high"].round(PLAIN_DECIMALS).tolist()
    low = rows["index_low"].round(PLAIN_DECIMALS).tolist()
    start = None
    for i in range(len(rows) + 1):
        if i < len(rows) and present[i]:
            start = i if start is None else start
            continue
        if start is not None:
            xs += [*days[start:i], *days[start:i][::-1], days[start], None]
            ys += [*high[start:i], *low[start:i][::-1], high[start], None]
            start = None
    return xs, ys


def _corners(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows a line (and a band) through them needs: not the inside of a run where the index and its
    interval hold one value, which a straight segment between the run's ends draws the same.  By day over
    WCEP's nine years most of a panel's 2,100 periods are quiet runs at 0, and their points were most of
    the day view's data (docs/NOTEBOOK.md, 2026-11-27).  A NaN equals nothing, so a gap's edges stay."""
    if len(rows) < 3:
        return rows
    same = np.ones(len(rows) - 2, dtype=bool)
    for column in ("tension_index", "index_low", "index_high"):
        v = rows[column].to_numpy(dtype=float, na_value=np.nan)
        same &= (v[1:-1] == v[:-2]) & (v[1:-1] == v[2:])
    return rows[np.r_[True, ~same, True]]


def _days(rows: pd.DataFrame) -> list[str]:
    """The periods as day strings: a datetime column went out as "2017-01-01T00:00:00.000000000", three
    times as long, on every point of every trace (by day over WCEP's years, a megabyte per timeline)."""
    return (rows["day"] if "day" in rows else rows["period"].dt.strftime("%Y-%m-%d")).tolist()


def _floats(values: pd.Series) -> np.ndarray:
    """A numeric column as float32, half the memory of float64's in the kept answers: the hover shows two
    decimals and the counts are whole numbers well within its precision (sent rounded, ``sent._plain``)."""
    return values.to_numpy(dtype=np.float32, na_value=np.nan)


#: A timeline point's hover numbers, in ``_point_hover``'s customdata column order (the mean tension, signed
#: with a true minus, is the trace's ``text``).
_POINT_HOVER_COLUMNS = ("mentions", "articles", "index_low", "index_high", "period_articles")


#: A period's date in a hover, as the period reads ("2020-01-01" for a month read as a day).
HOVER_DATES = {"D": "%{x|%Y-%m-%d}", "W": "week of %{x|%Y-%m-%d}", "M": "%{x|%B %Y}"}


def _hover_date(period: str) -> str:
    return HOVER_DATES.get(period, HOVER_DATES["W"])


def _point_hover(rows: pd.DataFrame, pair: str, period: str = "W") -> tuple[np.ndarray, str, list[str]]:
    """``one_period._hover`` for the points of one pair on a time axis: numbers only, one float array, with the pair
    written into the template and the period read from the point's x.

    An object array (strings and numbers) is deep-copied by Plotly, measured by the answer cache, and
    serialised to JSON element by element, a Python object per cell: on a timeline by day, tens of
    thousands of them on every new figure.  A float array is copied in one piece and sent as rounded
    numbers (``sent._plain``).  A click names its pair by the trace's ``legendgroup`` and its period by its ``x``
    (dashboard.components.charts).  The mean tension is the third value, as text: a signed figure with a true
    minus (Plotly's d3-format writes a hyphen), one short string a point, the trace's ``text``, which a
    markers-only trace does not draw."""
    custom = np.column_stack([(rows[c].round(HOVER_DECIMALS) if c in ("index_low", "index_high")
                               else rows[c]).to_numpy(dtype=np.float32) for c in _POINT_HOVER_COLUMNS])
    template = (f"<b>{pair}</b><br>{_hover_date(period)}<br>index %{{y:.2f}} "
                "(95%: %{customdata[2]:.2f}–%{customdata[3]:.2f})<br>mentions %{customdata[0]:,}"
                "<br>articles %{customdata[1]:,} of %{customdata[4]:,}<br>mean tension %{text}<extra></extra>")
    return custom, template, signed_all(rows["tension_mean"])


def _isolated(rows: pd.DataFrame) -> pd.Series:
    """Periods with data whose neighbours have none: the band cannot show their interval."""
    present = rows["tension_index"].notna()
    return present & ~present.shift(1, fill_value=False) & ~present.shift(-1, fill_value=False)


def _partial_segment(rows: pd.DataFrame, pair: str, colour: str, partial: pd.Timestamp, last_day: dt.date,
                     axes: tuple[str, str], period: str = "W", range_end: bool = False) -> list[dict]:
    """The step into the partial last period, dotted, ending on an open marker whose hover says so, and whether
    the corpus's data or the chosen date range ends there (``range_end``).  Two traces: the step's line has no
    hover, so the whole period before it keeps its own (a marker of size 0 still took the hover, and the
    complete February read "partial period" over WCEP, uiaudit26)."""
    segment = rows.iloc[-2:] if len(rows) >= 2 and pd.notna(rows["tension_index"].iloc[-2]) else rows.iloc[-1:]
    end = segment.iloc[-1:]
    custom, template, text = _point_hover(end, pair, period)
    template = template.replace("<extra></extra>", f"<br><i>partial period: {_stop_words(last_day, range_end)}</i>"
                                                   "<extra></extra>")
    step = dict(type="scatter", x=segment["period"], y=segment["tension_index"], mode="lines",
                name=f"{pair} partial", legendgroup=pair, showlegend=False, hoverinfo="skip",
                line=dict(color=colour, width=1.6, dash="dot"), xaxis=axes[0], yaxis=axes[1])
    marker = dict(type="scatter", x=end["period"], y=end["tension_index"], mode="markers",
                  name=f"{pair} partial end", legendgroup=pair, showlegend=False,
                  marker=dict(symbol="circle-open", size=8, color=colour, line=dict(width=1.6)),
                  customdata=custom, text=text, hovertemplate=template, xaxis=axes[0], yaxis=axes[1])
    return [step, marker]


def _index_traces(rows: pd.DataFrame, pair: str, colour: str, band_alpha: float, axes: tuple[str, str],
                  partial: pd.Timestamp | None = None, last_day: dt.date | None = None,
                  period: str = "W", range_end: bool = False) -> list[dict]:
    """The index line and its band for one pair, on ``axes`` (x, y), and a marker on each period that names the
    pair (``_pair_points``); whiskers only on isolated periods, which have no band (on hundreds of weeks, a
    whisker on every point hides the line).  A ``partial`` last period (the data stop on ``last_day``) is
    drawn apart: dotted, with an open marker."""
    xs, ys = _band(_corners(rows))
    segment: list[dict] = []
    if partial is not None and last_day is not None and len(rows) and rows["period"].iloc[-1] == partial \
            and pd.notna(rows["tension_index"].iloc[-1]):
        segment = _partial_segment(rows, pair, colour, partial, last_day, axes, period, range_end)
        rows = rows.copy()
        rows.loc[rows.index[-1], "tension_index"] = np.nan  # the solid line stops at the last whole period
    x, y = axes
    band = dict(type="scatter", x=xs, y=ys, mode="lines", fill="toself", fillcolor=_rgba(colour, band_alpha),
                line=dict(width=0, color=colour), legendgroup=pair, showlegend=False, hoverinfo="skip",
                name=f"{pair} interval", xaxis=x, yaxis=y)
    # The line alone: Plotly draws it as one path, where markers are an element per point, and a click
    # cannot select a line without markers; hover and clicks are the points' (``_pair_points``).
    drawn = _corners(rows)
    line = dict(type="scatter", x=_days(drawn), y=_floats(drawn["tension_index"]), mode="lines", name=f"{pair} line",
                legendgroup=pair, connectgaps=False, line=dict(color=colour, width=1.6), hoverinfo="skip",
                showlegend=False, xaxis=x, yaxis=y)
    points = _pair_points(rows, pair, colour, axes, period)
    whiskers = _whiskers(rows, pair, colour, axes)
    return [t for t in (band, line, points, whiskers) if t is not None] + segment


def _pair_points(rows: pd.DataFrame, pair: str, colour: str, axes: tuple[str, str], period: str = "W") -> dict:
    """A marker on each period that names the pair (and on an isolated period, which no line shows), with
    its hover, and what a click opens: the article behind it.  Not on the quiet periods the line crosses at
    0, which have no article to open: by day over WCEP's nine years a panel's 2,100 periods named its pair
    on 90 to 550 days, and Plotly's element per marker (and per error bar, and per bar) was most of the
    browser's time on every filter change (docs/NOTEBOOK.md, 2026-11-27, branch dayview)."""
    alone = _isolated(rows)
    shown = rows[(rows["mentions"] > 0) & rows["tension_index"].notna() | alone]
    custom, template, text = _point_hover(shown, pair, period)
    return dict(
        type="scatter", x=_days(shown), y=_floats(shown["tension_index"]), mode="markers", name=pair,
        legendgroup=pair, marker=dict(size=6 if len(rows) <= 60 else 4, color=colour),
        customdata=custom, text=text, hovertemplate=template, showlegend=False, xaxis=axes[0], yaxis=axes[1],
    )


def _whiskers(rows: pd.DataFrame, pair: str, colour: str, axes: tuple[str, str]) -> dict | None:
    """The interval of each isolated period (``_isolated``: no band can show it) as a whisker, a trace of
    its own with no marker, hover or click (the point under it has them); None when there is none.

    Not error bars on every point with NaN where none is wanted: sent as plain JSON (``sent._SentFigure``), a
    NaN is a null, which Plotly reads as 0 and draws as a whisker of no length, one element per point (1,408
    on WCEP's day view), and it gave every point an error-bar group even when NaN."""
    alone = rows[_isolated(rows)]
    if alone.empty:
        return None
    return dict(type="scatter", x=_days(alone), y=_floats(alone["tension_index"]), mode="markers",
                name=f"{pair} whiskers", legendgroup=pair, showlegend=False, hoverinfo="skip",
                marker=dict(size=0, opacity=0, color=colour),
                error_y=dict(type="data", symmetric=False, array=_floats(alone["index_high"] - alone["tension_index"]),
                             arrayminus=_floats(alone["tension_index"] - alone["index_low"]), color=colour,
                             thickness=1, width=2),
                xaxis=axes[0], yaxis=axes[1])


# The shortest period of each kind (a day, a week, February): bars are as wide as it, less the gap between
# them, whichever periods have one.  Plotly's own width is the least distance between two bars, which grew
# with the gaps once the periods without mentions had no bar.
_PERIOD_MS = {"D": 86_400_000, "W": 7 * 86_400_000, "M": 28 * 86_400_000}
PANEL_BARGAP, OVERLAID_BARGAP = 0.15, 0.2  # Plotly's bargap the panels set, and its default


def _mention_bars(rows: pd.DataFrame, pair: str, colour: str, axes: tuple[str, str],
                  partial: pd.Timestamp | None = None, period: str = "W", slot: tuple[int, int] = (0, 1),
                  gap: float = PANEL_BARGAP) -> dict:
    """The pair's mentions as bars, on the periods that have any (a bar of 0 is still an element Plotly
    draws), each ``1 - gap`` of the shortest period wide; ``slot`` (k, n): the k-th of n pairs' bars side by
    side in each period, as Plotly's grouped bars were."""
    # The pair (the template's, and the trace's legendgroup) and the period (the bar's x): all its hover
    # shows and all a click needs, with no per-point object (``_point_hover``).  A partial last period's
    # bar is pale: its count is of part of a period.
    rows = rows[rows["mentions"] > 0]
    group = _PERIOD_MS.get(period, _PERIOD_MS["W"]) * (1 - gap)
    k, n = slot
    bars = dict(type="bar", x=_days(rows), y=_floats(rows["mentions"]), name=f"{pair} mentions", legendgroup=pair,
                showlegend=False, marker_color=colour, width=group / n, offset=-group / 2 + k * group / n,
                hovertemplate=f"<b>{pair}</b><br>{_hover_date(period)}<br>mentions %{{y:,}}<extra></extra>",
                xaxis=axes[0], yaxis=axes[1])
    if partial is not None:
        bars["marker_opacity"] = np.where(rows["period"].to_numpy() == np.datetime64(partial), 0.35, 1.0)
    return bars
