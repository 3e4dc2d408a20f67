"""The "what changed" panel: the pairs whose index moved most between the view's last two periods,
each with the sentences that moved it and a button that opens their article.

The computation is dashboard.changes; this reads the rows of at most ``ARTICLES_PER_PAIR`` articles for each of
``PAIRS`` pairs through the DataSource protocol, one query per pair, so the panel stays cheap on a large store.
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard.answers import ahead, remembered, rows_key
from dashboard.changes import (
    Change,
    PanelChanges,
    last_two_periods,
    moving_sentences,
    panel_changes,
    period_label,
    sentences_heading,
)
from dashboard.components.charts import view_last_day
from dashboard.components.layout import CHANGES_KEY
from dashboard.explore import MIN_SUPPORT, named_pairs
from dashboard.figures import actor_colour
from dashboard.highlight import quote_html
from dashboard.labels import actor_name, signed
from dashboard.source_protocol import DataSource
from dashboard.sources import View
from dashboard.url_sync import KEYS

PAIRS = 3
ARTICLES_PER_PAIR = 5
SENTENCES_PER_PAIR = 2
_QUOTE = "margin:4px 0;padding:2px 8px;border-left:3px solid #ccc;font-size:0.86rem;color:#222"


OPENED = "Opened in Source text, above: the article's sentences for {pair} first, the one quoted marked."


def _open(article_id: str, pair: str, sentence_id: int) -> None:
    st.session_state[KEYS["article"]] = article_id
    st.session_state[KEYS["about"]] = pair
    st.session_state[KEYS["sentence"]] = sentence_id  # the sentence quoted, marked in the article
    # The panel is under the charts and the source text at the page's top: a click changed nothing in sight.
    st.toast(OPENED.format(pair=pair), icon=":material/article:")


def sentences_for(source: DataSource, view: View, change: Change) -> pd.DataFrame:
    """The pair's weightiest sentences in the period that explains its move (a few articles read)."""
    # The pair's own rows only: moving_sentences reads no other, and the pair's rows skip the others' row groups.
    rows = source.point_rows(view, change.pair, change.explaining_period, view.state.period, ARTICLES_PER_PAIR,
                             pair_only=True)
    return moving_sentences(rows, change.pair, SENTENCES_PER_PAIR)


def _named_agg(view: View) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The view's rows the panel compares, and the pairs it is limited to: the pairs the view names
    (explore.named_pairs: overlaid, else chosen), else every pair (an empty tuple).  With three pairs
    overlaid the panel listed RUS-UKR, which the chart did not draw."""
    named = tuple(named_pairs(view.summary, view.state.pairs, view.state.overlay))
    if not named or set(named) >= set(view.summary["pair"]):
        return view.agg, ()
    return view.agg[view.agg["pair"].isin(named)], named


def _nothing_to_compare(view: View) -> str:
    """Why the panel has no two periods: no pair at all (a minimum above every pair's mentions: the chart is
    empty), the pairs the view names never dated (their articles carry no date), or one period only."""
    if view.agg.empty:
        return "No pair mentions match the filters: nothing to compare."
    agg, named = _named_agg(view)
    if named and agg.empty:
        one = len(named) == 1
        return (f"The {'pair' if one else 'pairs'} this view names ({', '.join(named)}) {'has' if one else 'have'} "
                "no dated mentions: nothing to compare over time.")
    return "One period only: nothing to compare. The chart shows each pair's index in it."


def _panel_question(source: DataSource, view: View):
    """The panel's question (the view's filters, and the pairs it names) and how to answer it: the view's
    last two periods, its biggest changes, each with its sentences (pair rows read for every change), and the
    moves it lists in words (``PanelChanges``: within noise, unmeasured), asked once per view, not per rerun."""
    agg, named = _named_agg(view)

    def answer() -> tuple[tuple | None, list[tuple[Change, pd.DataFrame]], PanelChanges]:
        ends = last_two_periods(agg, view.period_articles.index)
        if ends is None:
            return None, [], PanelChanges([], [], [])
        found = panel_changes(agg, PAIRS, MIN_SUPPORT, view.period_articles.index)
        return ends, [(change, sentences_for(source, view, change)) for change in found.biggest], found
    return ("what_changed", rows_key(view), named), answer


def start_what_changed(source: DataSource, view: View) -> None:
    """Start reading the panel's sentences in a worker thread (dashboard.answers.ahead): the app draws
    the charts meanwhile and the panel's place is filled last."""
    ahead(source, *_panel_question(source, view))


def panel_answers(source: DataSource, view: View
                  ) -> tuple[tuple | None, list[tuple[Change, pd.DataFrame]], PanelChanges]:
    """The panel's answers, once per source and filter state (dashboard.answers)."""
    return remembered(source, *_panel_question(source, view))


def _colour_dot(code: str) -> str:
    return f'<span style="color:{actor_colour(code)}">●</span>'


def _pair_names(pair: str) -> str:
    a, _, b = pair.partition("-")
    return f"{actor_name(a)}–{actor_name(b)}" if b else actor_name(pair)


def _mentions(count: int, when: str) -> str:
    if count == 0:
        return f"no mentions in {when}"
    return f"{count:,} mention{'' if count == 1 else 's'} in {when}"


def render_what_changed(source: DataSource, view: View) -> None:
    period = view.state.period
    ends, changes, found = panel_answers(source, view)
    st.subheader("What changed")
    if ends is None:
        st.caption(_nothing_to_compare(view))
        return
    before, after = ends
    named = _named_agg(view)[1]
    last_day = view_last_day(source, view)
    labels = {before: period_label(before, period, last_day), after: period_label(after, period, last_day)}
    partial = labels[after] != period_label(after, period)
    among = ("the overlaid pairs" if view.state.overlay and set(named) <= set(view.state.overlay) else
             "the chosen pairs") if named else "the pairs"
    st.caption(f"Among {among}, those whose tension index moved most from {labels[before]} to {labels[after]} "
               f"(the view's last two periods with articles; only pairs with {MIN_SUPPORT}+ mentions in each of them "
               "and a move larger than its uncertainty, as in the key figures), "
               "each with the conflict sentences that weigh most in the period that explains the move."
               + (" The last period is partial: the data stop before it ends, so it holds fewer articles "
                  "and mentions than a whole one." if partial else ""))
    unmeasured = found.unmeasured
    if unmeasured:
        # A pair no longer named (or newly named) has no index to compare: "fell 4.38 → 0.00" read as calm.
        st.caption(f"Not compared (fewer than {MIN_SUPPORT} mentions in one period): " + "; ".join(
            f"{_pair_names(c.pair)} {c.pair}, {_mentions(c.mentions_before, labels[before])}, "
            f"{_mentions(c.mentions_after, labels[after])}" for c in unmeasured) + ".")
    noise = found.noise
    if noise:
        # RUS-UKR "fell 4.86 → 4.58" had a card although the key figures call such a move no change.
        st.caption("Within noise (the two periods' 95 % intervals overlap, so the index may not have moved): "
                   + "; ".join(f"{_pair_names(c.pair)} {c.pair} {c.index_before:.2f} → {c.index_after:.2f}"
                               for c in noise) + ".")
    if not changes:
        st.info(f"No pair with {MIN_SUPPORT}+ mentions in each of the last two periods moved beyond its uncertainty.")
        return
    # keyed: the cards go under each other when the main area is narrow (dashboard.components.layout)
    for column, (change, sentences) in zip(st.container(key=CHANGES_KEY).columns(len(changes)), changes):
        with column, st.container(border=True):
            a, _, b = change.pair.partition("-")
            st.html(f'<div style="font-weight:600">{_colour_dot(a)} {html.escape(actor_name(a))} – {_colour_dot(b)} '
                    f'{html.escape(actor_name(b))} <span style="color:#888;font-weight:400">'
                    f"{html.escape(change.pair)}</span></div>")
            arrow = "rose" if change.rising else "fell"
            st.markdown(f"Index {arrow} **{change.index_before:.2f} → {change.index_after:.2f}** "
                        f"({signed(_shown_delta(change.index_before, change.index_after))}) · support "
                        f"{change.mentions_before:,} → {change.mentions_after:,} mentions")
            when = labels[change.explaining_period]
            if sentences.empty:
                st.caption(f"No conflict sentence of this pair in {when} (the filters keep none).")
                continue
            st.caption(sentences_heading(change, when))
            for i, row in enumerate(sentences.itertuples()):
                # Article text is untrusted: escaped (quote_html), never read as markdown (no links, no images).
                # The cues that counted are marked in the sentence, and a long one is never cut before them.
                text = quote_html(str(row.sentence or ""), str(row.cues_json or "[]"))
                cues = f" · cues: {html.escape(row.cues)}" if row.cues else ""
                st.html(f'<blockquote style="{_QUOTE}">{text}<br><span style="color:#666;'
                        f'font-size:0.8rem">tension {signed(row.tension)}{cues}</span></blockquote>')
                st.button("Open the article", key=f"what_changed_{change.pair}_{i}", on_click=_open,
                          args=(str(row.article_id), change.pair, int(row.sentence_id)), type="tertiary",
                          icon=":material/article:")


def _shown_delta(before: float, after: float) -> float:
    """The move between the two figures as shown (two decimals), so the card's arithmetic adds up: "1.69 → 8.40
    (+6.72)" read one cent off, from the unrounded 1.686 and 8.404 (uiaudit26)."""
    return round(after, 2) - round(before, 2)
