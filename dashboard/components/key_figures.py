"""The row of key figures above the charts: each says how many mentions stand behind it."""

from __future__ import annotations

import streamlit as st


def render_key_figures(figures: dict) -> None:
    most, change = figures["most_tense"], figures["largest_change"]
    support = figures.get("min_support", 1)
    why = f"Only pairs and periods with at least {support} mentions count; the index is conflict per 100 articles."
    a, b, c, d = st.columns(4)
    if most:
        a.metric("Most tense pair", most[0], f"{most[2]} mentions · index {most[1]:.2f}", delta_color="off",
                 delta_arrow="off", help=why)
    else:
        a.metric("Most tense pair", "—", f"no pair with {support}+ mentions", delta_color="off", delta_arrow="off",
                 help=why)
    if change:
        pair, delta, first_n, last_n, first, last = change
        # A rise in tension is bad news: "inverse" shows it red.
        b.metric("Largest change", pair, f"{delta:+.2f} index", delta_color="inverse", help=why)
        # A caption wraps; the metric's one-line description cut this to "6→43 mentions, 20…".
        b.caption(f"{first_n} → {last_n} mentions, {first:%Y-%m-%d} → {last:%Y-%m-%d}")
    else:
        b.metric("Largest change", "—", f"no pair with two periods of {support}+ mentions", delta_color="off",
                 delta_arrow="off", help=why)
    c.metric("Articles", figures["articles"])
    d.metric("Pair mentions", figures["mentions"])
