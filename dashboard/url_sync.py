"""The URL and the widgets, kept in step: a copied link reproduces the view.

On a session's first run the query parameters seed the widgets' session state (dashboard.state
parses them and drops what it does not know, with a notice).  After the widgets have run, the
state they show is written back to the URL, defaults left out.

Back and Forward: each change the app writes is a new history entry (Streamlit's pushState), and on the
browser's popstate Streamlit 1.65 and later rerun the session with the URL the browser went to, marked as
a history navigation.  That URL is the view: the widgets are seeded from it again, as on a first run.
Without this the session's widgets won and the run wrote them back over the entry (during a history rerun
Streamlit writes with replaceState), so Back changed the address bar for a moment and then nothing.
Streamlit 1.53-1.64 rerun on popstate with the query string the app last wrote, not the URL's: there is
nothing to follow, and Back and Forward do nothing there.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.state import (
    DEFAULT_CHART,
    DEFAULT_PANELS,
    DEFAULT_TOP_ACTORS,
    Universe,
    ViewState,
    default_period,
    parse,
    to_params,
)

KEYS = {"dates": "f_dates", "actors": "f_actors", "pairs": "f_pairs", "cats": "f_cats", "sources": "f_sources",
        "min": "f_min", "period": "f_period", "article": "f_article", "top": "f_top",
        "panels": "f_panels", "overlay": "f_overlay", "chart": "f_chart", "about": "f_about",
        "sentence": "f_sentence", "every": "f_every"}
_INITIALISED = "_url_initialised"
_FULL_RANGE = "_full_date_range"
NOTICES = "_url_notices"
# The pair and sentence the link named, kept to tell a reader the panel could not honour them (an article
# naming no such pair, or no such sentence): they were dropped without a word.
LINKED = "_url_linked"


def _full_range(universe: Universe) -> tuple[dt.date, dt.date] | None:
    if universe.first_day and universe.last_day:
        return universe.first_day, universe.last_day
    return None


def history_navigation() -> bool:
    """Whether this run is the browser's Back or Forward (Streamlit 1.65+ marks it; a widget change that lands
    before the run starts clears the mark, so a click made meanwhile wins over the URL)."""
    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def init_from_url(universe: Universe) -> None:
    """Seed the widgets from the link: once per session, and again on Back or Forward."""
    again = bool(st.session_state.get(_INITIALISED))
    if again and not history_navigation():
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    parsed = parse(params, universe)
    state = parsed.state
    # Back or Forward: only what differs is set, a widget whose value the script sets being sent again with it
    # (the pairs list, 115 kB on WCEP: see _seed_choices).  The lists a first run leaves unseeded are emptied.
    put = _put_changed if again else _put
    full = _full_range(universe)
    if full:  # a date widget refuses values outside its range: clamp to the corpus's span
        start = min(max(state.start or full[0], full[0]), full[1])
        end = max(min(state.end or full[1], full[1]), start)
        put(KEYS["dates"], (start, end))
    for key, values in (("actors", state.actors), ("pairs", state.pairs), ("cats", state.categories),
                        ("sources", state.sources), ("overlay", state.overlay)):
        if again:
            _put_changed(KEYS[key], list(values))
        else:
            _seed_choices(KEYS[key], values)
    put(KEYS["min"], state.min_mentions)
    put(KEYS["period"], state.period)
    put(KEYS["article"], state.article or None)
    put(KEYS["top"], state.top)
    put(KEYS["panels"], state.panels)
    put(KEYS["chart"], state.chart)
    put(KEYS["about"], state.about or None)
    put(KEYS["sentence"], state.sentence)
    put(KEYS["every"], state.every)
    st.session_state[NOTICES] = parsed.notices
    st.session_state[LINKED] = {"about": state.about or None, "sentence": state.sentence}
    st.session_state[_INITIALISED] = True


def _put(key: str, value: object) -> None:
    st.session_state[key] = value


def _put_changed(key: str, value: object) -> None:
    """Set ``key`` unless it holds ``value`` already (a list and a tuple of the same items are the same)."""
    current = st.session_state.get(key)
    if isinstance(value, (list, tuple)):
        same = tuple(current or ()) == tuple(value)
    else:
        same = key in st.session_state and current == value and type(current) is type(value)
    if not same:
        st.session_state[key] = value


def from_link(key: str, value: object) -> bool:
    """Whether ``value`` of ``KEYS[key]`` is the link's, not yet reported: True once, so a notice about it is
    given once."""
    linked = st.session_state.get(LINKED) or {}
    if value is None or linked.get(key) != value:
        return False
    linked[key] = None
    return True


def _seed_choices(key: str, values: tuple[str, ...]) -> None:
    """A multiselect's choices from the link, only when it names some: a widget whose value the script
    sets is sent with that value once (Streamlit's ``set_value``), so the session's first rerun sent it
    again without it, a new message the browser had not cached.  The pairs list is 115 kB over WCEP's
    3,500 pairs: the first filter change a visitor made re-sent and re-built it (docs/NOTEBOOK.md,
    sixteenth session, dayview2).  Empty is the widget's own default."""
    if values:
        st.session_state[key] = list(values)


def follow_corpus_range(universe: Universe) -> None:
    """Keep "all dates" meaning all dates when uploads widen the corpus's span."""
    full, previous = _full_range(universe), st.session_state.get(_FULL_RANGE)
    shown = tuple(st.session_state.get(KEYS["dates"]) or ())
    was_everything = bool(previous) and shown == previous
    if full and (not shown or (was_everything and full != previous)):
        st.session_state[KEYS["dates"]] = full
    st.session_state[_FULL_RANGE] = full


def state_from_widgets(universe: Universe) -> ViewState:
    """What the widgets show now, as a ViewState (the full date range counts as no bound)."""
    get = st.session_state.get
    start = end = None
    dates = get(KEYS["dates"])
    full = _full_range(universe)
    if isinstance(dates, (tuple, list)) and len(dates) == 2 and full:
        start = dates[0] if dates[0] != full[0] else None
        end = dates[1] if dates[1] != full[1] else None
    return ViewState(
        start=start, end=end,
        actors=tuple(get(KEYS["actors"]) or ()), pairs=tuple(get(KEYS["pairs"]) or ()),
        categories=tuple(get(KEYS["cats"]) or ()), sources=tuple(get(KEYS["sources"]) or ()),
        min_mentions=int(get(KEYS["min"]) or 1), period=get(KEYS["period"]) or default_period(universe),
        article=get(KEYS["article"]) or "", top=int(get(KEYS["top"]) or DEFAULT_TOP_ACTORS),
        panels=int(get(KEYS["panels"]) or DEFAULT_PANELS), overlay=tuple(get(KEYS["overlay"]) or ()),
        chart=get(KEYS["chart"]) or DEFAULT_CHART, about=(get(KEYS["about"]) or "") if get(KEYS["article"]) else "",
        sentence=_sentence(get(KEYS["sentence"])) if get(KEYS["article"]) else None,
        every=bool(get(KEYS["every"])),
    )


def _sentence(value: object) -> int | None:
    """The marked sentence's id as the session holds it (set by a click or a link), or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def write_url(state: ViewState, universe: Universe) -> None:
    """Put ``state`` in the address bar (only when it changed, to spare the browser history)."""
    wanted = to_params(state, default_period(universe))
    current = {key: (st.query_params.get_all(key) if key == "sources" else st.query_params.get(key))
               for key in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)
