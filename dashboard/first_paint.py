"""A session's first run sends a blank chart element before anything else, so the browser starts on Plotly.js first.

Streamlit's page fetches a chart's JavaScript (PlotlyChart, 4.7 MB, the longest part of a new session
in the browser) only when the first chart element arrives.  The dashboard's chart comes after the
title, the chart picker and the timeline's controls, and the sidebar's widgets come right after it:
their forty-odd small chunks were asked at the same moment and, six connections to the one server at
a time, the Plotly chunk waited behind them (docs/NOTEBOOK.md, 2026-11-27).  A tiny blank chart as
the page's very first element puts the Plotly chunk first in that queue; it is cleared at the end of
the run, before the visitor has anything else to look at.  Later runs of the session send nothing
(the chunk is loaded by then); the empty slot keeps the page's element positions the same in every run.

The key figures (st.metric) are lazily loaded too, and were asked after the sidebar widgets' chunks:
React drew them, grey placeholders till then, in the frame the last widget chunk came in, after the
chart.  A blank metric right after the blank chart has their chunk asked second, and the figures drawn
once their run's element arrives (docs/NOTEBOOK.md, ui21).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import plotly.graph_objects as go
import streamlit as st

SENT = "_first_paint_chart_sent"
HEIGHT = 10  # pixels: the least Plotly draws


def blank_figure() -> go.Figure:
    """An invisible chart: no data, no axes, a transparent background, no mode bar."""
    fig = go.Figure()
    fig.update_layout(height=HEIGHT, margin=dict(t=0, b=0, l=0, r=0), xaxis_visible=False, yaxis_visible=False,
                      paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)", showlegend=False)
    return fig


@contextmanager
def plotly_first() -> Iterator[None]:
    """Run the page's script inside: on a session's first run a blank chart is its first element, cleared
    when the script ends (or stops)."""
    slot, metric = st.sidebar.empty(), st.sidebar.empty()
    if not st.session_state.get(SENT):
        st.session_state[SENT] = True
        slot.plotly_chart(blank_figure(), config={"staticPlot": True, "displayModeBar": False})
        # the key figures' chunk asked right after Plotly's, not behind the sidebar widgets' forty
        metric.metric(" ", "", label_visibility="collapsed")
    try:
        yield
    finally:
        slot.empty()
        metric.empty()
