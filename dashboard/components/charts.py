"""The chart tabs.  A click on a point, a cell or an edge picks an article for the source-text panel."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import figures
from dashboard.answers import filter_key, remembered, rows_key
from dashboard.components.search import search_options
from dashboard.coverage import empty_reason
from dashboard.evidence import explaining_sentence
from dashboard.explore import actor_mentions
from dashboard.labels import pair_label
from dashboard.source_protocol import DataSource
from dashboard.sources import View
from dashboard.state import CHARTS, DEFAULT_CHART, MAX_PANELS, MAX_TOP_ACTORS, MIN_PANELS, MIN_TOP_ACTORS
from dashboard.url_sync import KEYS

_LAST_PICK = "_last_chart_pick"
# Beside the charts on a wide page, 1,000 px under them on a narrow one: the click changed nothing in sight.
# (the pair first: older Streamlit folds a toast after about a hundred characters behind "view more")
OPENED = "Opened in Source text: an article naming {pair}, the sentence behind the click marked ({where})."
WHERE = "beside the charts, or below them on a narrow page"


def _pick(chart: str, event: object, source: DataSource, view: View) -> None:
    """Turn a chart selection into the selected article, once per new selection."""
    points = []
    try:
        points = list(event.selection.points) if event else []  # type: ignore[attr-defined]
    except AttributeError:
        return
    if not points:
        return
    point = points[0]
    signature = (chart, repr(sorted(point.items()) if isinstance(point, dict) else point))
    if st.session_state.get(_LAST_PICK) == signature:
        return
    st.session_state[_LAST_PICK] = signature
    custom = point.get("customdata") if isinstance(point, dict) else None
    pair, start = None, None
    if chart == "timeline" and isinstance(point, dict):
        pair, start = _timeline_point(point, custom)
    elif custom:  # network edges, heatmap cells and scatter bubbles carry their pair first
        pair = str(custom[0])
    elif chart == "heatmap" and isinstance(point, dict):
        a, b = sorted((str(point.get("x")), str(point.get("y"))))
        pair = f"{a}-{b}"
    if pair not in source.universe.pairs:  # a node of the network names one actor, not a pair
        return
    # A cell, an edge or a bubble is the pair's mean tension over the view: the article that weighs most
    # in it on the side it leans to (the timeline's point, an index of conflict, opens its most conflict).
    side = None if start is not None else _leaning_side(view, pair)
    ids = source.articles_for(view, pair, start, view.state.period, side)
    if ids:
        st.session_state[KEYS["article"]] = ids[0]
        st.session_state[KEYS["about"]] = pair  # the source text explains this pair's sentences first
        # and marks the one sentence that weighs most in the number clicked (the panel reads these rows next)
        _, rows = remembered(source, ("article", ids[0]), lambda: source.article(ids[0]))
        st.session_state[KEYS["sentence"]] = explaining_sentence(rows, pair, start is not None, side)
        st.toast(OPENED.format(where=WHERE, pair=pair_label(pair)), icon=":material/article:")


def _leaning_side(view: View, pair: str) -> str:
    """"conflict" when the pair's mean tension in the view is 0 or more (a red or grey cell), else
    "cooperation" (a green one)."""
    summary = view.summary
    mean = summary.loc[summary["pair"] == pair, "tension_mean"] if "tension_mean" in summary else pd.Series()
    return "cooperation" if len(mean) and float(mean.iloc[0]) < 0 else "conflict"


def _timeline_point(point: dict, custom: object) -> tuple[str | None, pd.Timestamp | None]:
    """The pair and period of a clicked timeline point.  A point on a time axis carries numbers alone
    (dashboard.figures.pair_traces._point_hover): its pair is its trace's legendgroup, its period its x.  A bar of
    the one-period chart carries the pair and the period first in its customdata (its x is the pair)."""
    if isinstance(custom, (list, tuple)) and len(custom) >= 2 and isinstance(custom[0], str):
        return str(custom[0]), pd.Timestamp(custom[1])
    pair, x = point.get("legendgroup"), point.get("x")
    if not pair or x is None:
        return None, None
    try:
        return str(pair), pd.Timestamp(x).normalize()
    except (TypeError, ValueError):
        return None, None


def _widget_key(chart: str) -> str:
    return f"{KEYS['top']}_{chart}"


def _follow_top(chart: str) -> None:
    st.session_state[KEYS["top"]] = st.session_state[_widget_key(chart)]


def _top_actors_input(chart: str, summary: pd.DataFrame) -> int:
    """How many actors the network and the heatmap show: one number (KEYS["top"], in the URL),
    with a number input in each of the two tabs; changing either changes both.  A view naming fewer
    actors says so under it: "Actors shown: 12" over a chart of the view's 8 said the wrong number."""
    key = _widget_key(chart)
    st.session_state[key] = st.session_state.get(KEYS["top"], figures.DEFAULT_TOP_ACTORS)
    st.number_input("Actors shown at most (those with most mentions)", min_value=MIN_TOP_ACTORS,
                    max_value=MAX_TOP_ACTORS, step=1, key=key, on_change=_follow_top, args=(chart,))
    top = int(st.session_state[key])
    named = len(actor_mentions(summary))
    if 0 < named < top:
        st.caption(f"The view names {named} actor{'' if named == 1 else 's'}: "
                   f"{'it is' if named == 1 else f'all {named} are'} shown.")
    return top


OVERLAY_CHOICES = 300  # pairs offered to overlay: the view's first by activity and change (and any chosen)


def _timeline_controls(source: DataSource, view: View) -> tuple[int, list[str]]:
    """How many panels, or which pairs to overlay as lines instead (both in the URL)."""
    activity = pair_activity(source, view)
    ranked = list(activity["pair"][:OVERLAY_CHOICES])
    chosen = list(st.session_state.get(KEYS["overlay"]) or [])
    options = list(dict.fromkeys([*chosen, *ranked]))
    left, right = st.columns([1, 3])
    # off when there is nothing to choose: an overlay draws its own pairs, a view of one pair one panel
    left.number_input("Pairs shown", min_value=MIN_PANELS, max_value=MAX_PANELS, step=1, key=KEYS["panels"],
                      disabled=bool(chosen) or len(activity) <= 1,
                      help="One panel per pair, for the pairs ranked first by their mentions in the view plus "
                           "their index's largest move (as shares of the highest of each).")
    right.multiselect("Or overlay these pairs as lines in one chart", options, key=KEYS["overlay"],
                      format_func=pair_label, max_selections=MAX_PANELS,
                      placeholder="Choose pairs to compare on one axis", **search_options())
    # .get: a link naming no pairs leaves the overlay unseeded (url_sync._seed_choices), and a bare run of the
    # script (a spawned worker re-running it as its main) registers no widget value
    return int(st.session_state[KEYS["panels"]]), list(st.session_state.get(KEYS["overlay"]) or [])


def _keep_unshown(*keys: str) -> None:
    """Keep the values of widgets this run does not draw: Streamlit forgets a widget's value at the end of a
    run that did not draw it, so the timeline's controls, back from another chart, came back as their defaults
    ("Pairs shown" 1, the overlay gone) and the link lost them.  Set by the script, the value stays until the
    widget is drawn again and takes it (Streamlit's documented way to keep a widget's state across pages)."""
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def render_charts(source: DataSource, view: View) -> None:
    """The chart the visitor chose (in the link as ``chart=``); ``source`` answers which articles lie
    behind a click.  One chart at a time rather than tabs: Streamlit builds every tab's figure on
    every rerun, so a filter change paid for four figures to show one."""
    if st.session_state.get(KEYS["chart"]) not in CHARTS:
        st.session_state[KEYS["chart"]] = DEFAULT_CHART
    chart = st.radio("Chart", list(CHARTS), format_func=CHARTS.__getitem__, key=KEYS["chart"], horizontal=True,
                     label_visibility="collapsed")
    summary = view.summary
    if summary.empty:
        # An empty chart's "No pair mentions match the filters" read like a calm year for a range inside a gap
        # of the corpus: the reason in words instead, with the stretches the corpus covers.
        st.info(empty_reason(source.universe, view.state), icon=":material/event_busy:")
        return
    question = filter_key(view.state)
    if chart != "time":
        _keep_unshown(KEYS["panels"], KEYS["overlay"])

    def figure(*args: object, build) -> object:  # a figure built once per source, view and controls
        return remembered(source, (chart, question, *args), build)

    if chart == "network":
        top = _top_actors_input("network", summary)
        event = st.plotly_chart(figure(top, build=lambda: figures.network(summary, top)), key="network",
                                on_select="rerun", selection_mode="points")
    elif chart == "heatmap":
        top = _top_actors_input("heatmap", summary)
        # A click's pick before the grid is drawn: the cells of the pair it opens are framed in this run, not the next.
        _pick(chart, st.session_state.get("heatmap"), source, view)
        framed = st.session_state.get(KEYS["about"]) if st.session_state.get(KEYS["article"]) else None
        event = st.plotly_chart(figure(top, framed, build=lambda: figures.heatmap(summary, top, framed)),
                                key="heatmap", on_select="rerun", selection_mode="points")
    elif chart == "scatter":
        event = st.plotly_chart(figure(build=lambda: figures.sentiment_tension(summary)), key="scatter",
                                on_select="rerun", selection_mode="points")
    else:
        chart = "timeline"
        panels, overlay = _timeline_controls(source, view)
        # theme=None: the figure carries Streamlit's look itself (figures.sent._unthemed), drawn once, not twice
        event = st.plotly_chart(timeline_figure(source, view, panels, overlay), key="timeline", on_select="rerun",
                                selection_mode="points", theme=None)
    _pick(chart, event, source, view)


def pair_activity(source: DataSource, view: View) -> pd.DataFrame:
    """The view's pairs by activity and change (``figures.pair_activity``), once per rows question,
    with the partial last period the key figures' largest change was found with (one rule, one answer)."""
    return remembered(source, ("pair_activity", rows_key(view)), lambda: figures.pair_activity(
        view.agg, period=view.state.period, partial=view.figures.get("partial"), covered=view.period_articles.index))


def view_last_day(source: DataSource, view: View) -> dt.date | None:
    """The view's last day with data: its end, or the corpus's last day when that comes first (a last
    period that ends after it is partial)."""
    ends = [d for d in (view.state.end, source.universe.last_day) if d is not None]
    return min(ends) if ends else None


def timeline_figure(source: DataSource, view: View, panels: int, overlay: list[str]) -> object:
    """The timeline of ``view``, built once per source, filters and controls (also asked ahead, by
    dashboard.prefetch, for the view's other periods); it uses the ranking _timeline_controls keeps."""
    question = rows_key(view)  # two filter states keeping the same pairs have the same timeline
    ranked = pair_activity(source, view)
    # the view's end is in rows_key and the corpus's last day is the source's own: no part of the question
    last_day = view_last_day(source, view)
    starts = [d for d in (view.state.start, source.universe.first_day) if d is not None]
    first_day = max(starts) if starts else None  # the view's start is in rows_key too
    chosen = len(view.state.pairs)  # not in rows_key: the title says whether the filters chose the pairs
    # the date range's end, not the corpus's ("data to 30 Apr" read as the corpus stopping there); the end is in rows_key
    range_end = last_day is not None and last_day == view.state.end and last_day != source.universe.last_day
    return remembered(source, ("timeline", question, panels, tuple(overlay), chosen),
                      lambda: figures.timeline(view.agg, view.state.period, panels, overlay, ranked, last_day,
                                               view.period_articles.index, first_day, chosen, range_end))
