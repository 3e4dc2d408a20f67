"""Sidebar filters.  Their keys are the URL's (dashboard.url_sync), so a link sets them.

The Pairs filter lists the corpus's ``PAIR_CHOICES`` most mentioned pairs (and any chosen), not all of them:
Streamlit's multiselect builds an element per option when it is first drawn, shown or not, and WCEP's 3,482
pairs were the largest part of a new session's drawing over a bare page (0.4 s, docs/NOTEBOOK.md, perf23).
Any other pair of the corpus is still chosen by typing it (its code, in either order, or its names): the
typed text is taken as a new option and read back as the pair's code; a text naming no pair is dropped with
a toast.  On a Streamlit without ``accept_new_options`` every pair is listed, as before.
"""

from __future__ import annotations

import inspect
import re

import streamlit as st

from dashboard.components.search import search_options
from dashboard.labels import actor_label, actor_options, category_label, pair_label, pair_name
from dashboard.state import PERIODS, Universe
from dashboard.url_sync import KEYS

PAIR_CHOICES = 300  # pairs listed in the Pairs filter: the corpus's most mentioned (WCEP: 3,482 pairs in all)
UNKNOWN_PAIR = "No pair {text!r} in the corpus: type a pair's code (e.g. IRN-USA) or its names, or use the Actors filter."


def typed_pairs() -> bool:
    """Whether this Streamlit lets a multiselect take a typed value (``accept_new_options``, 1.45 on)."""
    return "accept_new_options" in inspect.signature(st.multiselect).parameters


def pair_options(universe: Universe, chosen: list[str], listed: int = PAIR_CHOICES) -> list[str]:
    """The Pairs filter's options: the chosen pairs, then the ``listed`` most mentioned of the corpus
    (alphabetically when the universe has no ranking)."""
    ranking = list(universe.pair_ranking) or sorted(universe.pairs)
    return list(dict.fromkeys([*chosen, *ranking[:listed]]))


def _key(text: str) -> str:
    """A typed or listed form, compared: any dash a hyphen, spaces collapsed, case folded."""
    return re.sub(r"\s+", " ", text.replace("–", "-").replace("—", "-")).strip().casefold()


def resolve_pair(text: str, universe: Universe) -> str | None:
    """The corpus's pair a typed text names: its code in either order ("usa-irn"), its names ("Iran–United
    States", a hyphen for the dash, either order) or its label; None when it names none."""
    if text in universe.pairs:
        return text
    wanted = _key(text)
    for pair in universe.pairs:
        a, _, b = pair.partition("-")
        names = pair_name(pair)
        name_a, _, name_b = names.partition("–")
        forms = (pair, f"{b}-{a}", pair_label(pair), f"{name_a}-{name_b}", f"{name_b}-{name_a}",
                 f"{name_a} - {name_b}", f"{name_b} - {name_a}")
        if wanted in {_key(f) for f in forms}:
            return pair
    return None


def _read_typed_pairs(universe: Universe) -> None:
    """on_change of the Pairs filter: a typed value is read as the pair it names, or dropped with a toast."""
    kept: list[str] = []
    for value in st.session_state.get(KEYS["pairs"]) or []:
        pair = resolve_pair(str(value), universe)
        if pair is None:
            st.toast(UNKNOWN_PAIR.format(text=str(value)), icon=":material/help:")
        elif pair not in kept:
            kept.append(pair)
    st.session_state[KEYS["pairs"]] = kept


def render_filters(universe: Universe) -> None:
    st.sidebar.header("Filters")
    if universe.first_day and universe.last_day:
        st.sidebar.date_input("Date range", key=KEYS["dates"], min_value=universe.first_day,
                              max_value=universe.last_day)
    else:
        st.sidebar.caption("No dated articles: the date filter and the charts over time are empty.")
    search = search_options()
    st.sidebar.multiselect("Actors (pairs with any of them)", actor_options(universe.actors), key=KEYS["actors"],
                           format_func=actor_label, **search)
    chosen = list(st.session_state.get(KEYS["pairs"]) or [])
    if typed_pairs() and len(universe.pairs) > PAIR_CHOICES:
        listed = PAIR_CHOICES
        st.sidebar.multiselect(
            "Pairs", pair_options(universe, chosen, listed), key=KEYS["pairs"], format_func=pair_label,
            accept_new_options=True, on_change=_read_typed_pairs, args=(universe,), **search,
            placeholder="Choose or type a pair",
            help=f"The {listed} pairs most mentioned in the corpus are listed; type any other of its "
                 f"{len(universe.pairs):,} pairs by its code (e.g. IRN-USA) or its names, and press Enter.")
    else:
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
