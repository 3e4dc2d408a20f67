"""An article beside the charts: its text with actors and cues highlighted, and its sentences."""

from __future__ import annotations

import json

import streamlit as st

from dashboard.figures import actor_colours
from dashboard.highlight import article_html, legend_html, spans_for
from dashboard.source_protocol import DataSource
from dashboard.sources import View, label
from dashboard.url_sync import KEYS


def render_source_text(source: DataSource, view: View) -> None:
    st.subheader("Source text")
    ids = list(view.article_ids)
    chosen = st.session_state.get(KEYS["article"])
    if chosen and chosen not in ids and chosen in source.universe.articles:
        ids = [chosen, *ids]
    if not ids:
        st.session_state[KEYS["article"]] = None
        st.info("No article matches the filters.")
        return
    labels = source.labels(ids)
    if chosen not in labels:
        st.session_state[KEYS["article"]] = None
    st.selectbox("Article (or click a point or cell in a chart)", list(labels), format_func=labels.__getitem__,
                 key=KEYS["article"], index=None, placeholder="Choose an article")
    article_id = st.session_state.get(KEYS["article"])
    if not article_id:
        st.caption(f"{len(ids)} articles listed (at most 500), those with most pair mentions first.")
        return
    article, rows = source.article(article_id)
    if article is None:
        st.info("That article is no longer in the corpus.")
        return
    actors = sorted(set(rows["actor_a"]) | set(rows["actor_b"]))
    colours = actor_colours(actors)
    st.caption(label(article["date"], article["source"], article["title"])
               + (f" · {article['url']}" if article.get("url") else ""))
    st.html(legend_html(actors, colours))
    st.html(article_html(article["text"], spans_for(rows), colours))
    table = rows[["sentence_id", "pair", "direction", "sentiment", "tension", "cues"]].copy()
    table["cues"] = [", ".join(f"{c['term']} ({c['weight']:+.2f})" for c in json.loads(cues)
                               if c.get("source") != "model") for cues in table["cues"]]
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"sentiment": st.column_config.NumberColumn(format="%.2f"),
                                "tension": st.column_config.NumberColumn(format="%.2f")})
