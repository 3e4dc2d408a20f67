"""Tension Tracker's dashboard: ``streamlit run dashboard/app.py [-- --corpus DIR ...]``.

Thin on purpose: the data comes from a source (dashboard.sources: the folder corpus in memory or the
DuckDB store, cached by dashboard.corpus), the figures from dashboard.figures, the widgets from
dashboard.components; the URL mirrors every filter (dashboard.url_sync) so a copied link
reproduces the view.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` puts only dashboard/ on the path

from dashboard.answers import view_for  # noqa: E402
from dashboard.components.about import render_about  # noqa: E402
from dashboard.components.charts import render_charts  # noqa: E402
from dashboard.components.downloads import render_downloads  # noqa: E402
from dashboard.components.filters import render_filters  # noqa: E402
from dashboard.components.key_figures import render_key_figures  # noqa: E402
from dashboard.components.layout import CHARTS_KEY, FIGURES_KEY, render_layout_css  # noqa: E402
from dashboard.components.owner import render_owner  # noqa: E402
from dashboard.components.source_text import render_source_panel, start_leading  # noqa: E402
from dashboard.components.uploads import render_uploads, with_session_uploads  # noqa: E402
from dashboard.components.what_changed import render_what_changed, start_what_changed  # noqa: E402
from dashboard.corpus import (  # noqa: E402
    corpus_paths,
    fingerprint,
    load_memory_source,
    load_store_source,
    merge,
    store_key,
    store_path,
)
from dashboard.first_paint import plotly_first  # noqa: E402
from dashboard.prefetch import rerun_started, start_other_periods  # noqa: E402
from dashboard.sources import MemorySource, OutdatedStoreError  # noqa: E402
from dashboard.state import notices_markdown  # noqa: E402
from dashboard.url_sync import NOTICES, follow_corpus_range, init_from_url, state_from_widgets, write_url  # noqa: E402


def main() -> None:
    rerun_started()
    st.set_page_config(page_title="Tension Tracker", page_icon="⚖️", layout="wide")
    with plotly_first():
        show_page()


def show_page() -> None:
    # The page's first element, before the corpus is opened: st.html is drawn by a lazily loaded chunk,
    # and sent after the title and notices its <style> reached the page after the columns it lays out
    # in 3 of 9 new sessions at a 900 px window (the side-by-side layout drawn for a frame or two).
    render_layout_css()
    source = open_source()
    universe = source.universe

    init_from_url(universe)
    follow_corpus_range(universe)
    # The widgets' values are in the session state before they are drawn (a link's, or the visitor's
    # last change): the view is asked first and the chart sent first, so that the browser starts on
    # Plotly.js, the longest part of drawing the page, before the sidebar's widgets.
    state = state_from_widgets(universe)

    st.title("Tension Tracker")
    st.caption(source.summary_text)
    render_about(source.versions)
    notices = st.session_state.get(NOTICES, [])
    if notices:  # one box, a line each: three boxes pushed the key figures and charts 250 px down at 900 px
        st.warning(notices_markdown(notices))
    if source.problems:
        count = len(source.problems)
        if not universe.articles:
            # Nothing to chart (a mistyped path, say): the reason is the page's news, not a folded detail.
            st.error("Nothing to chart. " + ("The input's problem:" if count == 1 else f"The {count} input problems:"))
            st.text("\n".join(source.problems[:200]))
        else:
            with st.expander(f"{count} input problem{'' if count == 1 else 's'}"):
                st.text("\n".join(source.problems[:200]))
    key_figures = st.container(key=FIGURES_KEY)  # above the charts, filled after them

    asked = time.perf_counter()
    view = view_for(source, state)
    view_seconds = time.perf_counter() - asked
    # "What changed" and the leading article read pair rows in DuckDB (no GIL) while the charts are
    # built in Python: they are started first and drawn after them.
    start_what_changed(source, view)
    start_leading(source, view)

    left, right = st.container(key=CHARTS_KEY).columns([3, 2], gap="large")
    with left:
        render_charts(source, view)
    with key_figures:
        render_key_figures(view.figures)
    render_filters(universe)
    render_uploads(source)
    render_owner(store_path())
    with right:
        render_source_panel(source, view, universe)
    # Below the charts: the panel is as tall as its sentences, and above them it pushed the
    # timeline, the view's first answer, out of the first screen.
    render_what_changed(source, view)
    render_downloads(source, view)
    write_url(state_from_widgets(universe), universe)
    # drawn: the same filters by the other periods are answered while the visitor reads this one, once the
    # server is idle
    start_other_periods(source, view, view_seconds)


def open_source():
    """The store when one is configured, else the folder corpus; a session's uploads joined to either."""
    db = store_path()
    if db is not None:
        if not db.is_file():
            st.error(f"No store at {db.name}: fill one with `python -m analysis ingest PATH... --db FILE`.")
            st.stop()
        try:
            store = load_store_source(str(db), store_key(db))
        except OutdatedStoreError as exc:
            st.error(str(exc))
            st.stop()
        return with_session_uploads(store, lambda base, uploads: base.with_uploads(uploads.pairs, uploads.articles))
    paths = corpus_paths()
    memory = load_memory_source(fingerprint(tuple(paths)), tuple(str(p) for p in paths))
    return with_session_uploads(memory, lambda base, uploads: MemorySource(merge(base.corpus, uploads)))


main()
