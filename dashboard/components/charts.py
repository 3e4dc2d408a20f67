"""The chart tabs.  A click on a point or a cell picks an article for the source-text panel."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import figures
from dashboard.explore import actor_matrix
from dashboard.source_protocol import DataSource
from dashboard.sources import View
from dashboard.url_sync import KEYS

_LAST_PICK = "_last_chart_pick"


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
    if chart == "timeline" and custom:
        pair, start = str(custom[0]), pd.Timestamp(custom[1])
    elif chart in ("network", "scatter") and custom:
        pair = str(custom[0])
    elif chart == "heatmap" and isinstance(point, dict):
        a, b = sorted((str(point.get("x")), str(point.get("y"))))
        pair = f"{a}-{b}"
    ids = source.articles_for(view, pair, start, view.state.period)
    if ids:
        st.session_state[KEYS["article"]] = ids[0]


def render_charts(source: DataSource, view: View) -> None:
    """The four chart tabs of a View; ``source`` answers which articles lie behind a click."""
    agg, summary = view.agg, view.summary
    over_time, net, heat, scatter = st.tabs(["Over time", "Network", "Heatmap", "Sentiment × tension"])
    with over_time:
        event = st.plotly_chart(figures.timeline(agg), key="timeline", on_select="rerun", selection_mode="points")
        _pick("timeline", event, source, view)
    with net:
        event = st.plotly_chart(figures.network(summary), key="network", on_select="rerun", selection_mode="points")
        _pick("network", event, source, view)
    with heat:
        event = st.plotly_chart(figures.heatmap(actor_matrix(summary)), key="heatmap", on_select="rerun",
                                selection_mode="points")
        _pick("heatmap", event, source, view)
    with scatter:
        event = st.plotly_chart(figures.sentiment_tension(summary), key="scatter", on_select="rerun",
                                selection_mode="points")
        _pick("scatter", event, source, view)
