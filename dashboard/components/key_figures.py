"""The row of key figures above the charts."""

from __future__ import annotations

import streamlit as st


def render_key_figures(figures: dict) -> None:
    most, change = figures["most_tense"], figures["largest_change"]
    a, b, c, d = st.columns(4)
    if most:
        a.metric("Most tense pair", most[0], f"{most[1]:+.2f} mean tension", delta_color="off")
    else:
        a.metric("Most tense pair", "—")
    if change:
        # A rise in tension is bad news: "inverse" shows it red.
        b.metric("Largest change", change[0], f"{change[1]:+.2f} first to last period", delta_color="inverse")
    else:
        b.metric("Largest change", "—")
    c.metric("Articles", figures["articles"])
    d.metric("Pair mentions", figures["mentions"])
