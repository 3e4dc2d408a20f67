"""Sidebar filters.  Their keys are the URL's (dashboard.url_sync), so a link sets them."""

from __future__ import annotations

import streamlit as st

from dashboard.components.search import search_options
from dashboard.labels import actor_label, category_label, pair_label
from dashboard.state import PERIODS, Universe
from dashboard.url_sync import KEYS


def render_filters(universe: Universe) -> None:
    st.sidebar.header("Filters")
    if universe.first_day and universe.last_day:
        st.sidebar.date_input("Date range", key=KEYS["dates"], min_value=universe.first_day,
                              max_value=universe.last_day)
    else:
        st.sidebar.caption("No dated articles: the date filter and the charts over time are empty.")
    search = search_options()
    st.sidebar.multiselect("Actors (pairs with any of them)", sorted(universe.actors), key=KEYS["actors"],
                           format_func=actor_label, **search)
    st.sidebar.multiselect("Pairs", sorted(universe.pairs), key=KEYS["pairs"], format_func=pair_label, **search)
    st.sidebar.multiselect("Cue categories (rows with any of them)", sorted(universe.categories), key=KEYS["cats"],
                           format_func=category_label, **search)
    st.sidebar.multiselect("News sources", list(universe.source_ranking) or sorted(universe.sources),
                           key=KEYS["sources"], **search,
                           help="Single outlets, most cited first, each under one name (\"France24\" and \"FRANCE "
                                "24\" are France 24, a second citation \"Reuters 2\" is Reuters): an article citing "
                                "several (\"BBC; AP via ABC\") counts when any of them is chosen.")
    st.sidebar.number_input("Minimum mentions per pair", min_value=1, max_value=1_000_000, step=1, key=KEYS["min"])
    st.sidebar.radio("Aggregate by", list(PERIODS), format_func=PERIODS.get, horizontal=True, key=KEYS["period"])
