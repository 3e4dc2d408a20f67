"""Tension Tracker's dashboard: ``streamlit run dashboard/app.py [-- --corpus DIR ...]``.

Thin on purpose: the corpus comes from dashboard.corpus (cached analysis), the tables from
dashboard.explore, the figures from dashboard.figures, the widgets from dashboard.components; the
URL mirrors every filter (dashboard.url_sync) so a copied link reproduces the view.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` puts only dashboard/ on the path

from dashboard.components.charts import render_charts  # noqa: E402
from dashboard.components.downloads import render_downloads  # noqa: E402
from dashboard.components.filters import render_filters  # noqa: E402
from dashboard.components.source_text import render_source_text  # noqa: E402
from dashboard.components.uploads import render_uploads, session_uploads  # noqa: E402
from dashboard.corpus import corpus_paths, fingerprint, load_corpus, merge  # noqa: E402
from dashboard.explore import aggregated, apply_filters, key_figures, pair_summary  # noqa: E402
from dashboard.url_sync import NOTICES, follow_corpus_range, init_from_url, state_from_widgets, write_url  # noqa: E402


def main() -> None:
    st.set_page_config(page_title="Tension Tracker", page_icon="⚖️", layout="wide")
    paths = corpus_paths()
    corpus = merge(load_corpus(fingerprint(tuple(paths)), tuple(str(p) for p in paths)), session_uploads())

    init_from_url(corpus.universe)
    follow_corpus_range(corpus.universe)
    render_filters(corpus.universe)
    render_uploads()
    state = state_from_widgets(corpus.universe)

    st.title("Tension Tracker")
    st.caption(f"{corpus.summary} · {corpus.versions}")
    for notice in st.session_state.get(NOTICES, []):
        st.warning(notice)
    if corpus.problems:
        with st.expander(f"{len(corpus.problems)} input problems"):
            st.text("\n".join(corpus.problems[:200]))

    filtered = apply_filters(corpus.slim, state)
    agg = aggregated(filtered, state.period)
    summary = pair_summary(filtered)
    figures = key_figures(filtered, agg, summary)
    a, b, c, d = st.columns(4)
    a.metric("Most tense pair", *(figures["most_tense"] and (figures["most_tense"][0], f"{figures['most_tense'][1]:+.2f}")
                                  or ("—", None)), delta_color="off")
    b.metric("Largest change", *(figures["largest_change"] and (figures["largest_change"][0],
                                                                f"{figures['largest_change'][1]:+.2f}") or ("—", None)),
             delta_color="inverse")
    c.metric("Articles", figures["articles"])
    d.metric("Pair mentions", figures["mentions"])

    left, right = st.columns([3, 2], gap="large")
    with left:
        render_charts(filtered, agg, summary, state.period)
    with right:
        render_source_text(corpus.articles, corpus.pairs, filtered)
    render_downloads(corpus.pairs, filtered, agg)
    write_url(state_from_widgets(corpus.universe))


main()
