"""Plotly figures as pure functions of small, already aggregated tables (tests call them directly).

The timeline charts the tension index (analysis.aggregate), which grows with reported conflict;
the other charts show mean tension per pair.  Colour conventions everywhere: tension runs from
green (cooperation, -1) through grey (0) to red (conflict, +1), on the same fixed range, so colours
compare across charts and filters.  Each actor has one colour of its own (``actor_colour``), the
same in every chart, every article and every corpus.

Real corpora name hundreds of actors and thousands of pairs: the network and the heatmap show the
actors with most mentions (a number the reader widens), and the scatter labels only the pairs
with most mentions whose labels do not collide, the rest on hover.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import zlib
from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots
from plotly.utils import PlotlyJSONEncoder

from dashboard.changes import partial_period
from dashboard.explore import (
    MIN_SUPPORT,
    actor_matrix,
    actor_mentions,
    among_top_actors,
    covered_periods,
    headline_moves,
    top_actors,
)
from dashboard.labels import actor_label, actor_name, pair_name, signed, signed_all
from dashboard.state import DEFAULT_PANELS, DEFAULT_TOP_ACTORS, MAX_PANELS

TENSION_SCALE = [[0.0, "#1a9850"], [0.5, "#d9d9d9"], [1.0, "#d73027"]]
# The colour bar's ends in words: a bar from -1 to 1 titled "tension" left the reader to guess which
# end was conflict.
TENSION_TICKS = dict(tickvals=[-1, -0.5, 0, 0.5, 1], ticktext=["−1 cooperation", "−0.5", "0", "+0.5", "+1 conflict"])
PALETTE = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
           "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"]
# Actor colours: dark enough to read as bold text on white, and no red or green, which mean
# conflict and cooperation.
ACTOR_PALETTE = ["#1f4e9c", "#d46a00", "#7b3fa0", "#8c564b", "#c2408f", "#0f8b9b", "#8a8a00", "#5f5f5f",
                 "#3b9ad9", "#b8860b", "#393b79", "#a05a2c", "#e377c2", "#5254a3", "#7b4173", "#2f6b6b"]
# The actors most often in international news each keep a colour of their own, chosen so that
# the ones often named together (ISR, PSE, USA, IRN, LBN; RUS, UKR) differ; every other code is
# hashed into the palette, which is stable across runs and corpora but may repeat a colour.
FIXED_ACTOR_COLOURS = {"USA": 0, "CHN": 1, "RUS": 2, "PSE": 3, "GBR": 4, "IRN": 5, "EU": 6, "SYR": 7, "ISR": 8,
                       "UKR": 9, "FRA": 10, "TUR": 11, "JPN": 12, "DEU": 13, "PRK": 14, "UN": 15}
INDEX_COLOUR, MENTIONS_COLOUR = "#333333", "#9aa4b1"  # a pair's own panel needs no colour of its own
SCATTER_LABELS = 12
SCATTER_OPACITY = 0.85  # the scatter's bubbles, a click or not: overlapping ones show through each other a little
SCATTER_PAIRS = 300
# The scatter's bubbles: SCATTER_MIN_PX wide for a pair named once, SCATTER_MIN_PX + SCATTER_GROW_PX for the view's
# most mentioned (by the square root of mentions: area tells the count).  48 px at most covered the smaller bubbles
# of a crowded cloud: clicking RUS-UKR's centre (531 mentions) opened SOM-USA, drawn on top of it.
SCATTER_MIN_PX, SCATTER_GROW_PX = 8, 28
# A bubble this wide or wider is a ring over a pale fill, with a dot at its centre: the bubbles inside it read as
# their own, and the dot is its pair's own place to click (Plotly's click goes to the smallest marker under the
# pointer, so a smaller bubble on a large one's centre took it).
SCATTER_RING_PX = 20
SCATTER_RING_FILL = 0.3  # the ring's fill, as alpha
SCATTER_CENTRE_PX = 6  # the centre dot: 3 px of radius is the least Plotly's hover counts, so no marker beats it


def actor_colour(code: str) -> str:
    """The actor's one colour: fixed for the most common actors, else a hash of the code."""
    index = FIXED_ACTOR_COLOURS.get(code)
    if index is None:
        index = zlib.crc32(code.encode("utf-8")) % len(ACTOR_PALETTE)
    return ACTOR_PALETTE[index]


def actor_colours(actors: Iterable[str]) -> dict[str, str]:
    """Each actor's colour, shared by charts and text; an actor's colour never depends on the others listed."""
    return {a: actor_colour(a) for a in actors}


def _coloured(text: str, code: str) -> str:
    """Plotly rich text in the actor's colour (tick labels, node labels)."""
    return f'<span style="color:{actor_colour(code)}">{text}</span>'


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Pixels kept free above every title: Plotly shows its modebar (about 26 px high) in the figure's top
# right corner on hover, where it covered a title's words ("by me[icons]ntions").
MODEBAR_ROOM = 30
# Plotly.js anchors a title's "top" about one line below the top of its first line's letters
# (measured in Chromium: a title anchored 30 px down showed its letters from 14-15 px down).
TITLE_ASCENT = 16


def _title(text: str, block: int, height: int, **style: object) -> tuple[dict, int]:
    """A title whose letters start ``MODEBAR_ROOM`` px under the top of a figure ``height`` px tall, and
    the top margin that holds it: ``block`` px for the title's lines and the space under them."""
    top = MODEBAR_ROOM + block
    return dict(text=text, yref="container", y=1 - (MODEBAR_ROOM + TITLE_ASCENT) / height, yanchor="top",
                **style), top


# px for a heading of three lines (``_heading``) and the space under it.
TITLE_BLOCK_3 = 70
TITLE_SMALL = dict(size=11)  # the title's font: its lines under the first (Plotly spaces every line by it)


def _heading(first: str, *lines: str) -> str:
    """A chart's title as the timeline's: its name at 15 px, then lines at the title's font (``TITLE_SMALL``).

    Plotly never wraps a title: a line too long for the chart is clipped at its right edge ("Actor network:
    the 12 actors with most mentions, their 24 stronges" in the 470 px the chart has at an 800 px window).
    The name stays short and the rest goes in the small lines, each under about 90 characters.

    The small lines are of normal weight and grey, as the page's captions: Streamlit sends a title wrapped in
    ``<b>``, and four or five lines of 11 px bold under the name read as one dark block (``SUBTITLE_STYLE``)."""
    return "<br>".join([f'<span style="font-size:15px">{first}</span>',
                        *(f'<span style="{SUBTITLE_STYLE}">{line}</span>' for line in lines)])


SUBTITLE_STYLE = "font-weight:normal;color:#555"  # a chart title's lines under its name


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _empty(title: str, message: str, sent: bool = False) -> go.Figure:
    """A figure saying why there is nothing to draw.  ``sent``: for a chart sent without Streamlit's theme
    (the timeline's, dashboard.components.charts), which drew go.Figure's default template instead: the
    title in Arial, centred, unlike every other title of the page."""
    heading, top = _title(title, 40, 420)
    layout = dict(title=heading, annotations=[dict(text=message, showarrow=False, x=0.5, y=0.5, xref="paper",
                                                   yref="paper", font=dict(size=14))],
                  xaxis=dict(visible=False), yaxis=dict(visible=False), height=420, margin=dict(t=top))
    if sent:
        return _figure([], layout)
    fig = go.Figure()
    fig.update_layout(**layout)
    return fig


@functools.lru_cache(maxsize=32)
def _grid_layout(rows: int, cols: int, **subplots: object) -> tuple[dict, tuple[tuple[tuple[str, str], ...], ...]]:
    """make_subplots' layout (axes, domains, template) as a plain dict, and each cell's (xaxis, yaxis) trace
    references, once per grid shape.  Figures are then built whole from dicts in one go.Figure call:
    make_subplots, add_trace(row=, col=) and update_yaxes(row=, col=) validate and re-walk the figure at
    every call, which cost most of a timeline's building time.  Callers copy the layout (``_grid``)."""
    fig = make_subplots(rows=rows, cols=cols, **subplots)
    refs = tuple(tuple((cell[0].trace_kwargs["xaxis"], cell[0].trace_kwargs["yaxis"]) for cell in row)
                 for row in fig._grid_ref)
    return fig.layout.to_plotly_json(), refs


def _grid(rows: int, cols: int, **subplots: object) -> tuple[dict, tuple[tuple[tuple[str, str], ...], ...]]:
    text, refs = _grid_text(rows, cols, **subplots)
    return json.loads(text), refs


@functools.lru_cache(maxsize=32)
def _grid_text(rows: int, cols: int, **subplots: object) -> tuple[str, tuple[tuple[tuple[str, str], ...], ...]]:
    """The grid's layout as JSON text: a fresh copy is one json.loads, several times faster than a deepcopy."""
    layout, refs = _grid_layout(rows, cols, **subplots)
    return json.dumps(layout), refs


class _SentFigure(go.Figure):
    """A figure whose ``to_dict`` hands over its own traces and layout instead of a deep copy.

    st.plotly_chart asks ``to_dict`` only to serialise it, on every rerun that shows it; the deep copy
    walked every point (an object per hover value) and cost more than building the timeline.  The
    figures are kept answers shared by sessions and are never modified (dashboard.answers), so there
    is nothing a copy would protect.

    Its arrays go as plain JSON numbers, not as Plotly 6's typed arrays (base64): Streamlit hands a new
    chart to Plotly twice, the second time a copy with its theme applied again, and Plotly.react redraws
    a figure whole when it holds typed arrays (each decoded anew), whatever its ``datarevision`` says;
    with plain arrays, ``datarevision`` and no template (``_unthemed``) the second pass is a no-op
    (docs/NOTEBOOK.md, sixteenth session, dayview2)."""

    def to_dict(self) -> dict:
        figure: dict = {"data": _plain(self._data), "layout": _containers(self._layout)}
        if self._frame_objs:
            figure["frames"] = _containers([frame._props for frame in self._frame_objs])
        return figure


#: Decimals a float array keeps in the JSON: the hover shows two, and float32 values (``_floats``) written
#: as JSON numbers in full ("0.30000001192092896") tripled their size.
PLAIN_DECIMALS = 4


def _plain(value: object) -> object:
    """``_containers(value)`` with each float array rounded to PLAIN_DECIMALS as float64 (which Plotly's JSON
    encoder writes short), a NaN as None.

    Plotly's JSON encoder writes a NaN as "NaN", finds it in the text, then parses the whole text and writes
    it again to make it null: three passes over the figure instead of one, on every rerun that shows it and
    in ``_figure``'s digest (a gap in a line is a NaN).  None is written null in the first pass: the same
    JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, (dict, list, tuple, np.ndarray)) for v in value):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        rounded = np.round(value.astype(np.float64), PLAIN_DECIMALS)
        missing = np.isnan(rounded)
        if not missing.any():
            return rounded
        gapped = rounded.astype(object)
        gapped[missing] = None
        return gapped
    return value


def _containers(value: object) -> object:
    """``value`` with its dicts and lists copied (the caller's copy to hand out) and everything else
    shared: arrays and strings are only read."""
    if isinstance(value, dict):
        return {k: _containers(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, (dict, list, tuple)) for v in value):
        return [_containers(v) for v in value]
    return value


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from the traces and layout this module built, not validated by Plotly again: validation
    walked every point of every trace, much of a new timeline's building time on each filter change.
    The JSON sent is the same (tests/test_dashboard_figures.py checks each kind against a validated copy).
    Its columns are NumPy arrays, not pandas Series, which Plotly deep-copies once here at a cost of
    milliseconds each."""
    fig = _SentFigure(data=[_arrays(trace) for trace in data], layout=_unthemed(layout), _validate=False)
    fig._layout.pop("template", None)  # go.Figure puts Plotly's default template into a layout without one
    # What tells Plotly.react that a figure is new: a digest of its JSON, so that the same figure always
    # has the same one and another figure (Streamlit may hand it to the same chart) another.
    text = json.dumps(fig.to_dict(), cls=PlotlyJSONEncoder, sort_keys=True)
    fig._layout["datarevision"] = f"{zlib.crc32(text.encode()):08x}"
    return fig


#: Streamlit's light theme (its Plotly template, as the dashboard shows it) written into the layout of the
#: figures sent with ``theme=None`` (dashboard.components.charts: the timeline's): Streamlit's theme adds a
#: template, and a figure with any template is drawn twice whole (``_SentFigure``).
STREAMLIT_FONT = '"Source Sans", sans-serif'
THEME_TEXT, THEME_HEADING, THEME_GRID, THEME_BORDER = "#808495", "#2F2D2B", "#e6eaf1", "#DCD8D4"
_LOOK = dict(font=dict(family=STREAMLIT_FONT, size=12, color=THEME_TEXT), paper_bgcolor="#FFFFFF",
             plot_bgcolor="#FFFFFF", margin=dict(pad=8),
             hoverlabel=dict(bgcolor="#FFFFFF", bordercolor=THEME_BORDER,
                             font=dict(family=STREAMLIT_FONT, size=12, color=THEME_TEXT)),
             # what Streamlit's on_select sets when a figure leaves them out: set here, no second pass
             clickmode="event+select", hovermode="closest", dragmode="pan")
_X_LOOK = dict(showgrid=False, zeroline=False)
_Y_LOOK = dict(gridcolor=THEME_GRID, zerolinecolor=THEME_GRID, ticklabelposition="outside")


def _unthemed(layout: dict) -> dict:
    """``layout`` without a template, in Streamlit's look (``_LOOK``); its own settings win."""
    out = {k: v for k, v in layout.items() if k != "template"}
    for key, value in _LOOK.items():
        out[key] = {**value, **out[key]} if isinstance(value, dict) and isinstance(out.get(key), dict) \
            else out.get(key, value)
    for key in [k for k in out if k.startswith(("xaxis", "yaxis"))]:
        out[key] = {**(_X_LOOK if key.startswith("x") else _Y_LOOK), **out[key]}
    title = out.get("title")
    if isinstance(title, dict):
        font = {"family": STREAMLIT_FONT, "color": THEME_HEADING, **title.get("font", {})}
        out["title"] = {"x": 0, "xanchor": "left", "pad": dict(l=4), **title, "font": font,
                        "text": f"<b>{title['text']}</b>" if title.get("text") else title.get("text")}
    return out


def _arrays(props: dict) -> dict:
    """``props`` (a trace, or a part of one such as its error bars) with each pandas column as a NumPy
    array, which Plotly sends alike."""
    return {k: v.to_numpy() if isinstance(v, (pd.Series, pd.Index)) else _arrays(v) if isinstance(v, dict) else v
            for k, v in props.items()}


def _axis_key(ref: str) -> str:
    """A trace's axis reference ("x3") as its layout key ("xaxis3")."""
    return f"{ref[0]}axis{ref[1:]}"


STEPS = {"D": pd.DateOffset(days=1), "W": pd.DateOffset(weeks=1), "M": pd.DateOffset(months=1)}
#: The same steps as frequencies pandas generates in one vectorised pass (from a period start: a
#: midnight, a Monday, a month's first day), where a DateOffset adds one step at a time.
_RANGE_FREQUENCIES = {"D": "D", "W": "7D", "M": "MS"}
TICK_FORMATS = {"D": "%Y-%m-%d", "W": "%Y-%m-%d", "M": "%b %Y"}


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _filled(rows: pd.DataFrame, periods: pd.DatetimeIndex, covered: pd.DatetimeIndex) -> pd.DataFrame:
    """The pair's rows on every period of the span.

    A covered period (one the table has for any pair) without the pair reports no conflict: index
    and mentions 0.  A period nothing covers (a gap in the corpus or the filters) stays NaN, so the
    line breaks there instead of inventing a value."""
    out = rows.set_index("period").reindex(periods).rename_axis("period")
    quiet = out["mentions"].isna() & out.index.isin(covered)
    for column in ("tension_index", "index_low", "index_high", "mentions", "articles"):
        out.loc[quiet, column] = 0
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
    # rounded as the other float arrays (_plain): the band's corners went in full, 15 decimals, a sixth of the
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


HOVER_DECIMALS = 4  # hover shows two: full-precision floats only made each point's JSON longer


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
    decimals and the counts are whole numbers well within its precision (sent rounded, ``_plain``)."""
    return values.to_numpy(dtype=np.float32, na_value=np.nan)


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


#: A timeline point's hover numbers, in ``_point_hover``'s customdata column order (the mean tension, signed
#: with a true minus, is the trace's ``text``).
_POINT_HOVER_COLUMNS = ("mentions", "articles", "index_low", "index_high", "period_articles")


#: A period's date in a hover, as the period reads ("2020-01-01" for a month read as a day).
HOVER_DATES = {"D": "%{x|%Y-%m-%d}", "W": "week of %{x|%Y-%m-%d}", "M": "%{x|%B %Y}"}


def _hover_date(period: str) -> str:
    return HOVER_DATES.get(period, HOVER_DATES["W"])


def _point_hover(rows: pd.DataFrame, pair: str, period: str = "W") -> tuple[np.ndarray, str, list[str]]:
    """``_hover`` for the points of one pair on a time axis: numbers only, one float array, with the pair
    written into the template and the period read from the point's x.

    An object array (strings and numbers) is deep-copied by Plotly, measured by the answer cache, and
    serialised to JSON element by element, a Python object per cell: on a timeline by day, tens of
    thousands of them on every new figure.  A float array is copied in one piece and sent as rounded
    numbers (``_plain``).  A click names its pair by the trace's ``legendgroup`` and its period by its ``x``
    (dashboard.components.charts).  The mean tension is the third value, as text: a signed figure with a true
    minus (Plotly's d3-format writes a hyphen), one short string a point, the trace's ``text``, which a
    markers-only trace does not draw."""
    custom = np.column_stack([(rows[c].round(HOVER_DECIMALS) if c in ("index_low", "index_high")
                               else rows[c]).to_numpy(dtype=np.float32) for c in _POINT_HOVER_COLUMNS])
    template = (f"<b>{pair}</b><br>{_hover_date(period)}<br>index %{{y:.2f}} "
                "(95%: %{customdata[2]:.2f}–%{customdata[3]:.2f})<br>mentions %{customdata[0]:,}"
                "<br>articles %{customdata[1]:,} of %{customdata[4]:,}<br>mean tension %{text}<extra></extra>")
    return custom, template, signed_all(rows["tension_mean"])


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


def _pair_title(pair: str) -> str:
    """"China–Japan" with each name in its actor's colour, and the codes after it, grey."""
    a, sep, b = pair.partition("-")
    if not sep:
        return _coloured(actor_name(pair), pair)
    return (f"{_coloured(f'<b>{_short(actor_name(a), 20)}</b>', a)}–{_coloured(f'<b>{_short(actor_name(b), 20)}</b>', b)}"
            f' <span style="color:#888">{pair}</span>')


TWO_LINE_BARS = 6  # the one-period chart's bars labelled on two lines (names, then codes) at most


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


#: A view or period with fewer articles than this says in words what its index is: "conflict per 100 articles"
#: over the seed's one article put bars above 1,000, correct and baffling.
FEW_ARTICLES = 20


def few_articles_words(articles: int, index: float, where: str, at_most: bool = False) -> str:
    """"only 1 article in the period: index = its conflict weight × 100 (4.24 → 423.75)", or "" when ``articles`` is
    0 or not few (``FEW_ARTICLES``).  ``index``: an example value, the largest shown.  ``at_most``: ``articles`` is
    the most of any period's ("at most 3 articles a period: …")."""
    if not 0 < articles < FEW_ARTICLES:
        return ""
    per = "its conflict weight" if articles == 1 and not at_most else "conflict weight per article"
    many = _plural(articles, 'article', 'articles')
    return (f"{f'at most {many} {where}' if at_most else f'only {many} in {where}'}: index = {per} × 100 "
            f"({index / 100:.2f} → {index:,.2f})")


def _few_per_period(agg: pd.DataFrame) -> list[str]:
    """The timeline's line for a view whose periods all have few articles (a small corpus by day or week)."""
    if "period_articles" not in agg or agg.empty:
        return []
    few = few_articles_words(int(agg["period_articles"].max()), float(agg["tension_index"].max()), "a period",
                             at_most=True)
    return [few] if few else []


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
    layout[_axis_key(y1)].update(title=dict(text="conflict per 100 articles"), rangemode="tozero", tickformat=",~g")
    layout[_axis_key(y2)].update(title=dict(text="mentions"), rangemode="tozero", tickformat=",~g")
    lines = ["the only period · whiskers: 95 % interval · click a bar to read its article"]
    if shown != whole:  # a line of its own: after the first one it was clipped at an 800 px window
        lines = [f"the date range's days of the only period ({whole.split(' ', 1)[1]})",
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


# Tick spacings tried from the finest, per period kind: every k-th period (an int) or the first period shown
# in each calendar block of so many months (a string: "3M" a quarter, "12M" a year).
_TICK_STEPS: dict[str, tuple[int | str, ...]] = {
    "D": (1, 2, 7, 14, "1M", "3M", "6M", "12M", "24M", "60M"),
    "W": (1, 2, 4, "3M", "6M", "12M", "24M", "60M"),
    "M": ("1M", "2M", "3M", "6M", "12M", "24M", "60M"),
}


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
            spacing = len(shown) / max(1, len(np.unique(block)))
        starts = np.flatnonzero(np.r_[True, np.diff(block) != 0])
        kept = [starts[0]]
        for i in starts[1:]:
            if i - kept[-1] >= spacing:
                kept.append(i)
        if len(kept) <= most:
            break
    return [f"{shown[i]:%Y-%m-%d}" for i in kept]


def _seams(cuts: list[dict], axes: list[tuple[str, str]]) -> list[dict]:
    """A dotted line where each cut run was taken out, across each of ``axes`` (x, y): only the title said
    "Jan 2021–Jun 2024 cut out", and a line ran on from Jan 2020 to Jul 2024 as if the years between were there
    (at 900 px the two ticks either side of the cut were also the closest).  At the break's upper bound, which
    the axis keeps (a value inside a break is not drawn)."""
    return [dict(type="line", xref=x, yref=f"{y} domain", x0=cut["bounds"][1], x1=cut["bounds"][1], y0=0, y1=1,
                 line=dict(color=SEAM_COLOUR, width=1, dash="dot"), layer="below")
            for cut in cuts for x, y in axes]


SEAM_COLOUR = "#9a9a9a"


def _cut_note(runs: list[tuple]) -> str:
    """"Jan 2021–May 2024 cut out (no articles)" for the axis's one cut run, "4 spans without articles cut
    out" for several: their dates, four of them under RUS and Reuters, ran the title's line past the
    chart's right edge, where it was clipped mid-sentence."""
    if not runs:
        return ""
    if len(runs) > 1:
        return f" · {len(runs)} spans without articles cut out (upright dotted lines)"
    (a, b), = runs
    return f" · upright dotted line: {a:%b %Y}–{b:%b %Y} cut out (no articles)"


def _isolated(rows: pd.DataFrame) -> pd.Series:
    """Periods with data whose neighbours have none: the band cannot show their interval."""
    present = rows["tension_index"].notna()
    return present & ~present.shift(1, fill_value=False) & ~present.shift(-1, fill_value=False)


def _partial_segment(rows: pd.DataFrame, pair: str, colour: str, partial: pd.Timestamp, last_day: dt.date,
                     axes: tuple[str, str], period: str = "W", range_end: bool = False) -> dict:
    """The step into the partial last period, dotted, ending on an open marker (its hover says so, and whether the
    corpus's data or the chosen date range ends there: ``range_end``)."""
    segment = rows.iloc[-2:] if len(rows) >= 2 and pd.notna(rows["tension_index"].iloc[-2]) else rows.iloc[-1:]
    custom, template, text = _point_hover(segment, pair, period)
    template = template.replace("<extra></extra>", f"<br><i>partial period: {_stop_words(last_day, range_end)}</i>"
                                                   "<extra></extra>")
    sizes = [0] * (len(segment) - 1) + [8]
    return dict(type="scatter", x=segment["period"], y=segment["tension_index"], mode="lines+markers",
                name=f"{pair} partial", legendgroup=pair, showlegend=False,
                line=dict(color=colour, width=1.6, dash="dot"),
                marker=dict(symbol="circle-open", size=sizes, color=colour, line=dict(width=1.6)),
                customdata=custom, text=text, hovertemplate=template, xaxis=axes[0], yaxis=axes[1])


def _index_traces(rows: pd.DataFrame, pair: str, colour: str, band_alpha: float, axes: tuple[str, str],
                  partial: pd.Timestamp | None = None, last_day: dt.date | None = None,
                  period: str = "W", range_end: bool = False) -> list[dict]:
    """The index line and its band for one pair, on ``axes`` (x, y), and a marker on each period that names the
    pair (``_pair_points``); whiskers only on isolated periods, which have no band (on hundreds of weeks, a
    whisker on every point hides the line).  A ``partial`` last period (the data stop on ``last_day``) is
    drawn apart: dotted, with an open marker."""
    xs, ys = _band(_corners(rows))
    segment = None
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
    return [t for t in (band, line, points, whiskers, segment) if t is not None]


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

    Not error bars on every point with NaN where none is wanted: sent as plain JSON (``_SentFigure``), a
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


def _stop_words(last_day: dt.date, range_end: bool) -> str:
    """Why the data stop on ``last_day``: "data to 30 Apr 2019" read as the corpus's end when the date range
    ended there and the corpus went on for years."""
    return f"date range ends {last_day:%-d %b %Y}" if range_end else f"corpus ends {last_day:%-d %b %Y}"


def _partial_note(partial: pd.Timestamp | None, last_day: dt.date | None, range_end: bool = False) -> str:
    if partial is None or last_day is None:
        return ""
    return f"dotted, open ○: partial last period ({_stop_words(last_day, range_end)})"


# A panel's parts in pixels, top to bottom: its title, the index, a gap, the mentions, the space
# before the next panel's title.  The gap holds half of the index's "0" and half of the mentions'
# top label (TICK_FONT px each), which overlapped when it was 8 px.
PANEL_TITLE, PANEL_INDEX, PANEL_GAP, PANEL_BARS, PANEL_AFTER = 40, 120, 20, 40, 22
PANEL_HEIGHT = PANEL_TITLE + PANEL_INDEX + PANEL_GAP + PANEL_BARS + PANEL_AFTER
ONE_PANEL_INDEX, ONE_PANEL_BARS = 260, 70  # the index and the mentions of a timeline of one pair
# The margins hold the axes' labels by hand (40 px below: the date labels Plotly slants when they crowd).
PANEL_MARGINS = dict(b=40, l=48, r=16)
TICK_FONT = 11
# Time-axis ticks at most, in a panel of the two columns and across the chart's width: a "2024-06-27" label
# is about 60 px at TICK_FONT.
PANEL_TICKS, WIDE_TICKS = 7, 10
SELECTED_OUTLINE = "#111"  # the frame of the heatmap's cells of the pair whose article is open


# A panel's caption line under its title, when the panels stand two to a row: a 11 px line of about 30
# characters, the 170 px a panel has in the 440 px the chart gets at a 900 px window.
PANEL_CAPTION_LINE = 14


def _panel_caption(row: pd.Series, period: str, two_lines: bool = False) -> str:
    """"531 mentions · largest move +17.3 (2024-09-23)"; with ``two_lines`` the move on a line of its own:
    two panels to a row, the one line ran into the next panel's at a 900 px window and the right panel's was
    clipped at the chart's edge ("(2020-01-03")."""
    move = float(row["largest_move"])
    fmt = TICK_FORMATS.get(period, "%Y-%m-%d")
    when = "" if pd.isna(row["move_period"]) else f" ({pd.Timestamp(row['move_period']).strftime(fmt)})"
    moved = f"{'<br>' if two_lines else ' · '}largest move {signed(move, 1)}{when}" if move else ""
    return f"{int(row['mentions']):,} mentions{moved}"


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
    periods, covered = _span(agg, period, covered)
    cuts, runs = _cut_gaps(periods, covered)
    ticks = _period_ticks(periods, runs, period, PANEL_TICKS if cols == 2 else WIDE_TICKS)
    periods = _thinned(periods, runs)
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
        rows = _filled(by_pair[pair], periods, covered)
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
    lines = [f"{ranked_by}conflict per 100 articles, band 95 %",
             ("one scale in every panel · mentions under each" if n > 1 else "mentions under it")
             + " · click a point to read its article",
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


def _spread(values: list[float], gap: float, high: float | None = None) -> list[float]:
    """``values`` moved apart, as little as needed, so that neighbours are at least ``gap`` apart
    (end labels of lines that end close together); the order is kept.  ``high``: none above it (the top of
    the axis): those pushed past it come back down, and the ones under them with them."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = list(values)
    for prev, cur in zip(order, order[1:]):
        out[cur] = max(out[cur], out[prev] + gap)
    if high is not None and order:
        out[order[-1]] = min(out[order[-1]], high)
        for above, cur in zip(order[::-1], order[-2::-1]):
            out[cur] = min(out[cur], out[above] - gap)
    return out


OVERLAY_BOTTOM = 64  # px under the overlaid chart: its slanted date labels at the layout's font size
OVERLAY_NAME_CHARS = 18  # an overlaid line's pair name in the right margin, shortened to
# An end label's height: its two lines (code at 12 px, name at 11 px) at Plotly's line spacing of 1.3, and some air
OVERLAY_LABEL_PX = 34
OVERLAY_HEIGHT = 540


def _overlaid(agg: pd.DataFrame, period: str, pairs: list[str], partial: pd.Timestamp | None = None,
              last_day: dt.date | None = None, covered: pd.Index | None = None, range_end: bool = False) -> go.Figure:
    """The chosen pairs as lines in one chart, each labelled at its last point instead of a legend."""
    layout, refs = _grid(2, 1, shared_xaxes=True, row_heights=(0.72, 0.28), vertical_spacing=0.06)
    index_axes, bar_axes = refs[0][0], refs[1][0]
    periods, covered = _span(agg, period, covered)
    cuts, runs = _cut_gaps(periods, covered)
    ticks = _period_ticks(periods, runs, period, WIDE_TICKS)
    periods = _thinned(periods, runs)
    ends: list[tuple[str, float, str]] = []
    data: list[dict] = []
    for i, pair in enumerate(pairs):
        rows = _filled(agg[agg["pair"] == pair], periods, covered)
        colour = PALETTE[i % len(PALETTE)]
        data += _index_traces(rows, pair, colour, 0.15, index_axes, partial, last_day, period, range_end)
        data.append(_mention_bars(rows, pair, colour, bar_axes, partial, period, (i, len(pairs)), OVERLAID_BARGAP))
        ends.append((pair, float(rows[rows["tension_index"].notna()]["tension_index"].iloc[-1]), colour))
    shown = agg[agg["pair"].isin(pairs)]
    ceiling = _index_ceiling(shown, float(shown["tension_index"].max()) * 1.15)
    # The labels sit in the right margin, at the height of each line's last value (moved apart
    # when lines end close together): a legend box would take the plot's width and be clipped.
    # Code over name, the name shortened: on one line the labels took 190 px, and the lines had 170 px of the
    # 440 the chart gets at a 900 px window.
    names = {pair: _short(pair_name(pair), OVERLAY_NAME_CHARS) for pair, _, _ in ends}
    # The timeline's heading (``_heading``): a <sup> line after another left a blank line's gap between them; the
    # cut's dates and the partial period's note on lines of their own (after the first, clipped at 900 px).
    lines = ["band: 95 % interval · click a point to read its article", f"gaps: no data{_cut_note(runs)}",
             *([note] if (note := _partial_note(partial, last_day, range_end)) else []), *_few_per_period(shown)]
    heading, margin_top = _title(_heading(f"Tension index of {_plural(len(pairs), 'chosen pair', 'chosen pairs')}",
                                          *lines), 42 + 14 * len(lines), OVERLAY_HEIGHT, font=TITLE_SMALL)
    # The labels' gap in pixels, as the index axis is drawn (the figure's height less its margins, times the axis's
    # share): a ninth of the axis's range left two-line labels touching, and more so once the labels pushed past
    # its top had stretched the range (WCEP's six pairs, at 900 and 1,400 px).  None rises past the top; those that
    # do not fit above the axis's foot go on down beside the bars.
    domain = layout[_axis_key(index_axes[1])]["domain"]
    axis_px = (OVERLAY_HEIGHT - margin_top - OVERLAY_BOTTOM) * (domain[1] - domain[0])
    gap = ceiling * OVERLAY_LABEL_PX / axis_px
    heights = _spread([min(v, ceiling) for _, v, _ in ends], gap, high=ceiling - gap / 2)
    annotations = [dict(x=1.0, xref="paper", y=y, yref=index_axes[1], yanchor="middle", align="left",
                        text=f'<b>{pair}</b><br><span style="font-size:11px">{names[pair]}</span>',
                        showarrow=False, xanchor="left", xshift=6, font=dict(color=colour, size=12))
                   for (pair, _, colour), y in zip(ends, heights)]
    right = 14 + math.ceil(max(max(len(p) * 7.5, len(n) * 6.0) for p, n in names.items()))
    pad = (periods.max() - periods.min()) * 0.01
    for key in [k for k in layout if k.startswith("xaxis")]:
        layout[key].update(type="date", tickformat=TICK_FORMATS.get(period, "%Y-%m-%d"),
                           range=[periods.min() - pad, periods.max() + pad], tickmode="array", tickvals=ticks)
        if cuts:
            layout[key].update(rangebreaks=cuts)
    if cuts:
        layout["shapes"] = _seams(cuts, [index_axes, bar_axes])
    layout[_axis_key(index_axes[1])].update(title=dict(text="conflict per 100 articles"), range=[0, ceiling])
    layout[_axis_key(bar_axes[1])].update(title=dict(text="mentions"), rangemode="tozero", tickformat=",~g")
    # "overlay": each pair's bars sit where their own offset puts them (``_mention_bars``' slot); the bottom
    # margin holds the slanted date labels (b=40 cut their lower half)
    layout.update(annotations=annotations, title=heading, height=OVERLAY_HEIGHT, showlegend=False, barmode="overlay",
                  margin=dict(t=margin_top, b=OVERLAY_BOTTOM, r=right))
    return _figure(data, layout)


def _circle(actors: list[str]) -> dict[str, tuple[float, float]]:
    """Actors clockwise from just right of the top, in the order given (most mentioned first).

    Half a step off the vertical, no actor sits straight above or below the centre, so every
    label can be written sideways, away from the circle: labels written above and below collided
    with their neighbours' ("GBR · United Kingdom" over "CHN · China")."""
    n = max(len(actors), 1)
    return {a: (math.sin(2 * math.pi * (i + 0.5) / n), math.cos(2 * math.pi * (i + 0.5) / n))
            for i, a in enumerate(actors)}


def tension_colour(value: float) -> str:
    value = max(-1.0, min(1.0, value))
    if value >= 0:
        lo, hi, t = (217, 217, 217), (215, 48, 39), value
    else:
        lo, hi, t = (217, 217, 217), (26, 152, 80), -value
    r, g, b = (round(lo[k] + (hi[k] - lo[k]) * t) for k in range(3))
    return f"rgb({r},{g},{b})"


def _outward(x: float) -> str:
    """Where a node's label goes so that it points away from the circle's centre: to the side."""
    return "middle right" if x >= 0 else "middle left"


def _edge_handles(segments: list[tuple[float, float, float, float]], gap: float = 0.12) -> list[tuple[float, float]]:
    """A point on each edge to hover and click: its midpoint, or nearer one end when an earlier
    edge's point is already there (on a circle every diameter has its midpoint at the centre)."""
    placed: list[tuple[float, float]] = []
    for x0, y0, x1, y1 in segments:
        for t in (0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8):
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            if all(math.hypot(x - px, y - py) >= gap for px, py in placed):
                break
        placed.append((x, y))
    return placed


#: The network's x range either side of the circle's centre (radius 1) and its side margins in pixels:
#: the room of the actors' labels, written outward from the circle.
NETWORK_X_RANGE = 2.1
NETWORK_SIDE = 60


def network(summary: pd.DataFrame, top: int = DEFAULT_TOP_ACTORS) -> go.Figure:
    """The ``top`` actors with most mentions on a circle, their strongest pairs as edges.

    Edge colour = mean tension, width = mentions; a dot on each edge carries its hover and its
    click (a line trace can be clicked only at its ends).  At most two edges per actor shown, so
    the drawing stays a picture of who matters to whom rather than a tangle.
    """
    title = "Actor network"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    actors = top_actors(summary, top)
    pairs = among_top_actors(summary, top)
    edges = pairs.nlargest(2 * len(actors), "mentions") if not pairs.empty else pairs
    # The title's own line short, the rest in the smaller lines under it: one long line ran past the chart's
    # right edge, where it was clipped ("…their 24 stronges"), in the 470 px the chart has at an 800 px window.
    title = _heading("Actor network", f"the {len(actors)} actors with most mentions and their {len(edges)} strongest pairs",
                     "edge colour: mean tension · width: mentions · click a dot on an edge to read its article")
    pos = _circle(actors)
    top_mentions = max(int(edges["mentions"].max()) if not edges.empty else 1, 1)
    fig = go.Figure()
    segments = []
    for row in edges.itertuples():
        (x0, y0), (x1, y1) = pos[row.actor_a], pos[row.actor_b]
        segments.append((x0, y0, x1, y1))
        fig.add_trace(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", showlegend=False, hoverinfo="skip",
            line=dict(color=tension_colour(row.tension_mean), width=1 + 9 * row.mentions / top_mentions),
        ))
    handles = _edge_handles(segments)
    if not edges.empty:
        fig.add_trace(go.Scatter(
            x=[h[0] for h in handles], y=[h[1] for h in handles], mode="markers", showlegend=False, name="pairs",
            marker=dict(size=11, color=[tension_colour(t) for t in edges["tension_mean"]],
                        line=dict(width=1.5, color="#333")),
            customdata=[[p, int(m), t, pair_name(p)] for p, m, t in
                        zip(edges["pair"], edges["mentions"], signed_all(edges["tension_mean"]))],
            hovertemplate=("<b>%{customdata[0]} · %{customdata[3]}</b><br>mentions %{customdata[1]:,}"
                           "<br>tension %{customdata[2]}<br>click to read an article<extra></extra>"),
        ))
    totals = actor_mentions(summary)
    mentions = {a: int(totals[a]) for a in actors}
    biggest = max(mentions.values(), default=1) or 1
    fig.add_trace(go.Scatter(
        x=[pos[a][0] for a in actors], y=[pos[a][1] for a in actors], mode="markers+text", showlegend=False,
        text=[_coloured(f"{a} · {_short(actor_name(a), 16)}" if actor_name(a) != a else a, a) for a in actors],
        textposition=[_outward(pos[a][0]) for a in actors], name="actors", cliponaxis=False,
        marker=dict(size=[12 + 18 * mentions[a] / biggest for a in actors], color=[actor_colour(a) for a in actors],
                    line=dict(width=1, color="#fff")),
        # a click on an edge dot selects it, and Plotly faded every other point, the actors' names too, to
        # near-unreadable: the actors stay as drawn
        unselected=dict(marker=dict(opacity=1), textfont=dict(color="#222")),
        customdata=[[a, mentions[a], actor_name(a)] for a in actors],
        hovertemplate="<b>%{customdata[0]} · %{customdata[2]}</b><br>mentions %{customdata[1]:,}<extra></extra>",
    ))
    # An invisible trace carries the colour bar for the edges.
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                             marker=dict(colorscale=TENSION_SCALE, cmin=-1, cmax=1, color=[0], showscale=True,
                                         colorbar=dict(title=dict(text="mean tension", side="top"), orientation="h",
                                                       y=-0.02, yanchor="top", len=0.6, thickness=12,
                                                       **TENSION_TICKS))))
    # The circle takes the column's whole width (the colour bar lies under it, not beside it), with
    # room beside it for labels written outward ("USA · United States" was cut at the column's edge);
    # cliponaxis lets a long one run into the margin rather than vanish.  The room is part range (it
    # narrows with the column) and part margin, in pixels (it does not): with ±1.95 and 10 px margins,
    # "GBR · United Kingdom" (the label on the circle's left) was cut at the figure's edge in the 440 px
    # a 900 px window gives the chart; ±NETWORK_X_RANGE and NETWORK_SIDE px keep 20 characters whole down
    # to about 380 px, and take 8 % off the circle's radius at 1400 px.
    heading, margin_top = _title(title, TITLE_BLOCK_3, 560, font=TITLE_SMALL)
    fig.update_layout(title=heading, xaxis=dict(visible=False, range=[-NETWORK_X_RANGE, NETWORK_X_RANGE]),
                      yaxis=dict(visible=False, scaleanchor="x", range=[-1.3, 1.3]),
                      height=560, margin=dict(t=margin_top, b=70, l=NETWORK_SIDE, r=NETWORK_SIDE))
    return fig


#: Column labels stand upright up to this many actors, slanted beyond.
UPRIGHT_COLUMNS = 8
#: Pixels under the heatmap's grid for its colour bar and the bar's words.
HEATMAP_BAR_ROOM = 60


FEW_VEIL = 0.6  # how much white covers a heatmap cell of fewer than MIN_SUPPORT mentions


def heatmap(summary: pd.DataFrame, top: int = DEFAULT_TOP_ACTORS, framed: str | None = None) -> go.Figure:
    """Actor × actor mean tension for the ``top`` actors with most mentions; blank where a pair never occurs.

    Plotly cannot select a heatmap cell, so an invisible marker sits on each filled cell: it
    carries the pair for a click and the names and mentions for the hover.  ``framed``: the pair
    whose article is open (the cell clicked), its two cells framed.
    """
    title = "Mean tension by actor pair"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    actors = top_actors(summary, top)
    pairs = among_top_actors(summary, top)
    matrix = actor_matrix(pairs, actors)
    few = pairs[pairs["mentions"] < MIN_SUPPORT]
    title = _heading("Mean tension by actor pair", f"the {len(actors)} actors with most mentions, most first",
                     "click a cell to read its article"
                     + (f" · pale: fewer than {MIN_SUPPORT} mentions" if not few.empty else ""))
    cell = max(14, min(34, 640 // max(len(actors), 1)))
    # The colour bar lies under the grid, as the network's does: beside it, it took a fifth of a
    # narrow column and squeezed twelve columns into a sliver with their codes piled on each other.
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=actors, y=actors, zmin=-1, zmax=1, colorscale=TENSION_SCALE,
        colorbar=dict(title=dict(text="mean tension", side="top"), orientation="h", y=-0.02, yanchor="top",
                      len=0.8, thickness=12, **TENSION_TICKS),
        hoverinfo="skip", xgap=1, ygap=1,
    ))
    if not few.empty:
        # A pair named once coloured its cell as deeply as one named hundreds of times (WCEP's Israel–Ukraine,
        # the grid's greenest cell, is one sentence about Eurovision): a white veil pales the cells with fewer
        # mentions than the key figures ask for, cell for cell.  No hover of its own: the cells' markers answer.
        veil = actor_matrix(few, actors).notna()
        fig.add_trace(go.Heatmap(
            z=veil.where(veil).astype(float).to_numpy(), x=actors, y=actors, name="few mentions", showscale=False,
            colorscale=[[0, "white"], [1, "white"]], opacity=FEW_VEIL, hoverinfo="skip", xgap=1, ygap=1))
    xs, ys, custom = [], [], []
    for row in pairs.itertuples():
        for x, y in ((row.actor_a, row.actor_b), (row.actor_b, row.actor_a)):
            xs.append(x)
            ys.append(y)
            custom.append([row.pair, int(row.mentions), signed(float(row.tension_mean)), pair_name(row.pair)])
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", showlegend=False, name="cells", customdata=custom,
        # invisible even when selected: the clicked cell's frame is a shape (below)
        marker=dict(symbol="square", size=cell, opacity=0),
        selected=dict(marker=dict(opacity=0)),
        unselected=dict(marker=dict(opacity=0)),
        hovertemplate=("<b>%{customdata[0]} · %{customdata[3]}</b><br>tension %{customdata[2]}"
                       "<br>mentions %{customdata[1]:,}<br>click to read an article<extra></extra>"),
    ))
    ticks = [_coloured(_short(actor_label(a), 26), a) for a in actors]
    height = cell * len(actors) + 100 + MODEBAR_ROOM + 96 + TITLE_BLOCK_3 - 50 + HEATMAP_BAR_ROOM
    # the column labels sit on top, under the title
    heading, margin_top = _title(title, 96 + TITLE_BLOCK_3 - 50, height, font=TITLE_SMALL)
    # The axes end at the outer cells' edges: left to autorange, they also fitted the invisible click
    # markers and framed the grid in an empty grey border.
    edges = [-0.5, len(actors) - 0.5]
    fig.update_layout(
        title=heading, height=height,
        margin=dict(t=margin_top, b=30 + HEATMAP_BAR_ROOM),
        xaxis=dict(tickvals=actors, ticktext=[_coloured(a, a) for a in actors], side="top", showgrid=False,
                   range=edges, zeroline=False,
                   # three-letter codes touch from about ten columns in the dashboard's chart width ("CHNUKR")
                   tickangle=-45 if len(actors) > UPRIGHT_COLUMNS else 0),
        yaxis=dict(tickvals=actors, ticktext=ticks, range=edges[::-1], showgrid=False, zeroline=False),
        plot_bgcolor="#fafafa", shapes=_cell_frames(framed, actors),
    )
    return fig


def _cell_frames(pair: str | None, actors: list[str]) -> list[dict]:
    """A frame round each of ``pair``'s two cells, in data coordinates (a cell is one unit of its category
    axes): it is the cell's size at any width.  A selected marker framed the clicked cell before: a square
    of the cell's height in pixels, half a cell's width in a wide chart.  None for a pair not in the grid."""
    a, _, b = (pair or "").partition("-")
    if a not in actors or b not in actors:
        return []
    place = {actor: i for i, actor in enumerate(actors)}
    return [dict(type="rect", xref="x", yref="y", x0=place[x] - 0.5, x1=place[x] + 0.5, y0=place[y] - 0.5,
                 y1=place[y] + 0.5, line=dict(color=SELECTED_OUTLINE, width=3), fillcolor="rgba(0,0,0,0)",
                 layer="above") for x, y in ((a, b), (b, a))]


# The scatter's plot area at its narrowest (measured in Chromium: 376 × 375 px at a 900 px window, beside the
# source text; wider windows give it more width, never less height).  Labels are placed at this size: their
# centres are in data units, so a wider plot only moves them further from every other bubble and label.
SCATTER_PLOT_PX = (360.0, 375.0)
LABEL_FONT_PX = 12
_LABEL_CHAR, _LABEL_H = 7.5, 16.0  # px a label's character (counted wide) and its line take at LABEL_FONT_PX
_LABEL_GAPS = (3.0, 10.0, 20.0, 34.0, 50.0, 70.0, 95.0, 125.0)  # px between a bubble's edge and its label, nearest first
_LABEL_ANGLES = tuple(math.radians(a) for a in (90, 270, 0, 180, 45, 135, 315, 225, 22.5, 157.5, 337.5, 202.5,
                                                67.5, 112.5, 292.5, 247.5))


def _label_places(points: list[tuple[float, float, float]], text: list[str], span: float = 2.1,
                  limit: int = SCATTER_LABELS, size: tuple[float, float] = SCATTER_PLOT_PX
                  ) -> list[tuple[float, float] | None]:
    """Each point's label centre (x, y in data units), or None.

    Points are (x, y, diameter px), most important first.  A label goes where its box covers no bubble
    (every point's, not only the labelled ones': a label lying on a bubble reads as that bubble's name,
    as "ISR-LBN" on RUS-UKR's did) and no label placed before it, and its leader line crosses no label:
    the nearest such place around its bubble, up to ``_LABEL_GAPS[-1]`` px away, else none.  The plot is
    ``size`` px showing ``span`` units on each axis, its smallest in the dashboard (``SCATTER_PLOT_PX``).
    """
    sx, sy = size[0] / span, size[1] / span
    xy = np.array([(x * sx, y * sy) for x, y, _ in points], dtype=float).reshape(-1, 2)
    radii = np.array([d / 2 + 1.5 for _, _, d in points], dtype=float)
    half_w, half_h = span / 2 * sx, span / 2 * sy
    boxes: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float, float, float]] = []
    out: list[tuple[float, float] | None] = [None] * len(points)
    for i, label in enumerate(text):
        if len(boxes) >= limit:
            break
        w, h = _LABEL_CHAR * len(label) + 6, _LABEL_H
        (px, py), r = xy[i], radii[i]
        for gap in _LABEL_GAPS:
            found = None
            for angle in _LABEL_ANGLES:
                cx = px + math.cos(angle) * (r + gap + w / 2)
                cy = py + math.sin(angle) * (r + gap + h / 2)
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if box[0] < -half_w or box[2] > half_w or box[1] < -half_h or box[3] > half_h:
                    continue
                dx = np.maximum(np.abs(xy[:, 0] - cx) - w / 2, 0)
                dy = np.maximum(np.abs(xy[:, 1] - cy) - h / 2, 0)
                if np.any(dx * dx + dy * dy < radii * radii):
                    continue
                if any(box[0] < b[2] + 2 and b[0] - 2 < box[2] and box[1] < b[3] + 2 and b[1] - 2 < box[3] for b in boxes):
                    continue
                line = (px, py, cx, cy)
                if any(_crosses(line, b) for b in boxes):
                    continue
                if any(_crosses(seg, box) for seg in lines):
                    continue
                found = (cx, cy, line)
                break
            if found:
                cx, cy, line = found
                boxes.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
                lines.append(line)
                out[i] = (cx / sx, cy / sy)
                break
    return out


def _crosses(line: tuple[float, float, float, float], box: tuple[float, float, float, float], steps: int = 24) -> bool:
    """Whether a segment passes through a box (points along it, a few px apart at these lengths)."""
    x0, y0, x1, y1 = line
    return any(box[0] <= x0 + (x1 - x0) * t / steps <= box[2] and box[1] <= y0 + (y1 - y0) * t / steps <= box[3]
               for t in range(steps + 1))


SCATTER_HOVER = ("<b>%{customdata[0]} · %{customdata[3]}</b><br>sentiment %{customdata[4]}<br>tension "
                 "%{customdata[5]}<br>mentions %{customdata[1]:,}<br>articles %{customdata[2]:,}<extra></extra>")


def _tension_rgba(tension: float, alpha: float, darker: float = 1.0) -> str:
    """TENSION_SCALE's colour for a tension in [-1, 1] (the colour scale the bubbles had), as rgba; ``darker``
    scales its channels (a ring's edge, darker than its fill)."""
    at = (min(max(tension, -1.0), 1.0) + 1) / 2
    stops = [(float(str(p)), str(c)) for p, c in TENSION_SCALE]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
        if at <= p1:
            t = (at - p0) / (p1 - p0)
            rgb = [int(c0[i:i + 2], 16) * (1 - t) + int(c1[i:i + 2], 16) * t for i in (1, 3, 5)]
            r, g, b = (round(v * darker) for v in rgb)
            return f"rgba({r},{g},{b},{alpha})"
    return _rgba(stops[-1][1], alpha)


def sentiment_tension(summary: pd.DataFrame, labels: int = SCATTER_LABELS, max_pairs: int = SCATTER_PAIRS) -> go.Figure:
    """Each pair's mean sentiment against its mean tension; bubble size = mentions.

    A large corpus has thousands of pairs, most named once, whose means sit at the extremes and
    bury the pairs that matter: the ``max_pairs`` with most mentions are drawn, largest on top.
    Only the pairs with most mentions are labelled, and only where their labels do not collide;
    every bubble names its pair on hover and opens its article on a click.
    """
    title = "Sentiment × tension per pair"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    shown = summary.sort_values("mentions", ascending=False, kind="stable").head(max_pairs)
    top = max(shown["mentions"].max(), 1)
    sizes = [SCATTER_MIN_PX + SCATTER_GROW_PX * math.sqrt(m / top) for m in shown["mentions"]]
    places = _label_places(list(zip(shown["sentiment_mean"], shown["tension_mean"], sizes)), list(shown["pair"]),
                           limit=labels)
    labelled = [i for i, place in enumerate(places) if place]
    which = (f"{len(shown):,} pairs" if len(shown) == len(summary)
             else f"the {len(shown):,} of {len(summary):,} pairs with most mentions")
    title = _heading("Sentiment × tension per pair", f"{which} · size: mentions",
                     "every pair labelled · click a bubble to read" if len(labelled) == len(shown) else
                     f"labelled: the {len(labelled)} with most mentions that fit · hover for the rest · click to read")
    # The smallest drawn last, on top: drawn under RUS-UKR's bubble (531 mentions), IND-PAK's (53) beside it was
    # a rim inside the larger one.  A small bubble covers little of a large one, whose outline shows around it.
    order = list(range(len(shown)))
    tension = [float(t) for t in shown["tension_mean"].iloc[order]]
    ringed = [sizes[i] >= SCATTER_RING_PX for i in order]
    fill = [_tension_rgba(t, SCATTER_RING_FILL if ring else 1.0) for t, ring in zip(tension, ringed)]
    edge = [_tension_rgba(t, 1.0, darker=0.6) if ring else "#333" for t, ring in zip(tension, ringed)]
    custom = [[p, int(m), int(a), pair_name(p), x, y] for p, m, a, x, y in
              zip(shown["pair"].iloc[order], shown["mentions"].iloc[order], shown["articles"].iloc[order],
                  signed_all(shown["sentiment_mean"].iloc[order]), signed_all(shown["tension_mean"].iloc[order]))]
    fig = go.Figure(go.Scatter(
        x=shown["sentiment_mean"].iloc[order], y=shown["tension_mean"].iloc[order], mode="markers", name="pairs",
        marker=dict(size=[sizes[i] for i in order], color=fill, opacity=SCATTER_OPACITY,
                    line=dict(width=[2.5 if ring else 1 for ring in ringed], color=edge)),
        # A click selects its bubble, and Plotly faded every other one to a fifth: pale pink on white, their
        # tension colours unreadable.  The others stay as drawn; the clicked one is drawn opaque.
        selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=SCATTER_OPACITY)),
        customdata=custom, hovertemplate=SCATTER_HOVER,
    ))
    # The ringed bubbles' centres, on top of every bubble: each opens its own pair, whatever lies under it.
    centres = [k for k, ring in enumerate(ringed) if ring]
    if centres:
        fig.add_trace(go.Scatter(
            x=[shown["sentiment_mean"].iloc[order[k]] for k in centres],
            y=[shown["tension_mean"].iloc[order[k]] for k in centres], mode="markers", name="centres",
            marker=dict(size=SCATTER_CENTRE_PX, color=[edge[k] for k in centres], line=dict(width=1, color="#fff")),
            selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1)),
            customdata=[custom[k] for k in centres], hovertemplate=SCATTER_HOVER))
    # The labels are annotations at the places _label_places found beside or near their bubbles, clear of every
    # bubble; a label set apart has a thin line to its bubble's edge.
    annotations = []
    for i in labelled:
        x, y = places[i]  # type: ignore[misc]
        bx, by = float(shown["sentiment_mean"].iloc[i]), float(shown["tension_mean"].iloc[i])
        # The line from the label (centred on ax, ay) to its bubble's edge, on every label: in a plot wider than
        # SCATTER_PLOT_PX a label beside its bubble moves away from it, and "ISR-LBN" stood alone by another's.
        annotations.append(dict(text=str(shown["pair"].iloc[i]), font=dict(size=LABEL_FONT_PX, color="#111"),
                                x=bx, y=by, ax=x, ay=y, axref="x", ayref="y", showarrow=True, arrowhead=0,
                                arrowwidth=1, arrowcolor="#666", standoff=sizes[i] / 2))
    height = 430 + MODEBAR_ROOM + TITLE_BLOCK_3
    heading, margin_top = _title(title, TITLE_BLOCK_3, height, font=TITLE_SMALL)
    fig.update_layout(title=heading, xaxis=dict(range=[-1.05, 1.05], title="mean sentiment (VADER)"),
                      yaxis=dict(range=[-1.05, 1.05], title="mean tension (+ conflict, − cooperation)"),
                      height=height, margin=dict(t=margin_top, b=40), showlegend=False, annotations=annotations)
    fig.add_hline(y=0, line=dict(color="#bbb", width=1))
    fig.add_vline(x=0, line=dict(color="#bbb", width=1))
    return fig
