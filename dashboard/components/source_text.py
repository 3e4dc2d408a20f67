"""An article beside the charts: its text with actors and cues highlighted, and its sentences."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard.figures import actor_colours
from dashboard.highlight import article_html, legend_html, spans_for
from dashboard.url_sync import KEYS


def _label(row: pd.Series) -> str:
    day = row["date"].strftime("%Y-%m-%d") if pd.notna(row["date"]) else "undated"
    return f"{day} · {row['source'] or 'unknown source'} · {row['title']}"[:140]


def render_source_text(articles: pd.DataFrame, pairs: pd.DataFrame, filtered: pd.DataFrame) -> None:
    st.subheader("Source text")
    ids = [str(a) for a, n in filtered["article_id"].value_counts().items() if n > 0]
    if not ids:
        st.info("No article matches the filters.")
        return
    chosen = st.session_state.get(KEYS["article"])
    if chosen and chosen not in ids:
        ids = [chosen, *ids] if chosen in set(articles["article_id"]) else ids
    by_id = articles.set_index("article_id")
    labels = {i: _label(by_id.loc[i]) for i in ids[:500]}
    if chosen not in labels:
        st.session_state[KEYS["article"]] = None
    st.selectbox("Article (or click a point or cell in a chart)", list(labels), format_func=labels.get,
                 key=KEYS["article"], index=None, placeholder="Choose an article")
    article_id = st.session_state.get(KEYS["article"])
    if not article_id:
        st.caption(f"{len(ids)} articles match the filters; the one with most pair mentions is listed first.")
        return
    article = by_id.loc[article_id]
    rows = pairs[pairs["article_id"] == article_id]
    actors = sorted(set(rows["actor_a"]) | set(rows["actor_b"]))
    colours = actor_colours(actors)
    st.caption(_label(article) + (f" · {article['url']}" if article["url"] else ""))
    st.html(legend_html(actors, colours))
    st.html(article_html(article["text"], spans_for(rows), colours))
    table = rows[["sentence_id", "pair", "direction", "sentiment", "tension", "cues"]].copy()
    table["cues"] = [", ".join(f"{c['term']} ({c['weight']:+.2f})" for c in json.loads(cues)
                               if c.get("source") != "model") for cues in table["cues"]]
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"sentiment": st.column_config.NumberColumn(format="%.2f"),
                                "tension": st.column_config.NumberColumn(format="%.2f")})
