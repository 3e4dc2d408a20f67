"""An article beside the charts: its text with actors and cues highlighted, and its sentences.

It opens on the article carrying most conflict for the pair at the highest point of the view's
timeline (the pairs the view names, else its most mentioned pair: ``_leading_question``), so there
is always something to read and it is what the chart's peak is made of (the article with most pair
mentions overall is often a list of countries).  A pick in the list or a
click in a chart replaces it (``KEYS["article"]``, in the URL); the automatic choice stays out of
the URL and follows the filters.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard.answers import in_background, remembered
from dashboard.changes import cue_text, period_label
from dashboard.coverage import empty_reason
from dashboard.explore import MIN_SUPPORT, named_pairs, peak
from dashboard.figures import actor_colours
from dashboard.highlight import article_html, legend_html, sentence_span, spans_for
from dashboard.labels import actor_label, pair_label
from dashboard.sentence_table import sentence_table_html
from dashboard.source_protocol import DataSource
from dashboard.sources import ARTICLE_LIST_LIMIT, View, label
from dashboard.state import Universe, ViewState, markdown_escaped
from dashboard.url_sync import KEYS, from_link, state_from_widgets, write_url

LIST_KEY = "article_list"  # the selectbox; KEYS["article"] holds only a reader's own choice


ALL_PAIRS_KEY = KEYS["every"]  # the toggle: every pair of the article, not only the one it is read for (in the link)


def _choose() -> None:
    st.session_state[KEYS["article"]] = st.session_state[LIST_KEY]
    st.session_state[KEYS["about"]] = None  # picked from the list: read for no one pair
    st.session_state[KEYS["sentence"]] = None  # nor behind any number


def focus_pair(about: str | None, filtered: tuple[str, ...], lead_pair: str | None, automatic: bool,
               named: set[str]) -> str | None:
    """The pair the article is read for: the one clicked (``about``), else the first pair the view
    filters on, else, for the article opened automatically, the view's leading pair; only one the
    article names (``named``).

    A click on IRN-USA's cell opened an article naming six pairs, and its table listed all six, IRN-USA
    fifth, with the other pairs' cues marked in the text: nothing said which sentences were why."""
    for pair in (about, *filtered, lead_pair if automatic else None):
        if pair and pair in named:
            return pair
    return None


class Lead(NamedTuple):
    """The article the panel opens on, as a question: its pair, the period it is read in (None: the whole
    span), how many pairs the view names (explore.named_pairs; 0: none, the most mentioned pair is read),
    and the question of its articles (dashboard.answers) with how to answer it."""

    pair: str
    when: pd.Timestamp | None
    named: int
    question: tuple
    answer: Callable[[], list[str]]
    mentions: int = 0  # the pair's mentions in ``when``: a peak of fewer than MIN_SUPPORT is no peak to claim
    periods: int = 0  # the view's periods with rows: one period has no peak
    conflict: float = 0.0  # the pair's conflict weight in ``when``: none, and its articles rank by mentions alone


def _leading_question(source: DataSource, view: View) -> Lead | None:
    """The article most relevant to the view, as a question; None for an empty view.

    Most relevant: the article carrying most conflict weight for the pair at the highest point of the view's
    timeline (explore.peak), among the pairs the view names (overlaid, else chosen: explore.named_pairs),
    else of its most mentioned pair; the article a click on that point opens (articles_for ranks a period's
    articles by the pair's conflict).  The chart plots the tension index, the pair's conflict per 100
    articles, so those are the articles its peak is made of, and the one a reader looks at first.

    It was the article naming the most mentioned pair most often over the whole span: for IRN-USA,
    July 2019 to June 2020 by month, or December 2019 to February 2020 by week, the 2019-12-07
    prisoner swap (a long article naming the pair in many sentences, with little conflict) rather than
    the killing of Soleimani that makes the chart's January 2020 peak; with three pairs overlaid it
    opened on ISR-PSE, none of them.  A pair with no dated row keeps that rule."""
    if view.summary.empty:
        return None
    state = view.state
    named = named_pairs(view.summary, state.pairs, state.overlay)
    top = peak(view.agg, named or [str(view.summary.iloc[0]["pair"])])
    # A pair of the view passes its actor, pair and minimum filters, so its articles depend on the span,
    # sources and categories alone (and on the period, when read in one).
    scope = (state.start, state.end, state.sources, state.categories)
    if top is not None:
        pair, when = top
        at = view.agg[(view.agg["pair"] == pair) & (view.agg["period"] == when)]
        return Lead(pair, when, len(named), ("leading", pair, state.period, when, *scope),
                    lambda: source.articles_for(view, pair, when, state.period),
                    int(at["mentions"].sum()), int(view.agg["period"].nunique()), float(at["conflict_total"].sum()))
    pair = named[0] if named else str(view.summary.iloc[0]["pair"])
    known = getattr(view, "leading", None)  # counted with the view's articles, when it grouped their rows
    return Lead(pair, None, len(named), ("leading", pair, None, None, *scope),
                (lambda: list(known[1])) if known is not None and known[0] == pair
                else lambda: source.articles_for(view, pair, None, state.period))


def start_leading(source: DataSource, view: View) -> Future | None:
    """Start looking for the leading article in a worker thread (dashboard.answers.in_background): it reads
    every row of the leading pair, which DuckDB does while the script builds the charts.  Then the same
    worker asks what the panel asks next, as the panel will ask it: the list's labels and the shown
    article's text and rows (a scan of its month's rows, which the script otherwise waited for after
    the charts).  The future tells when the worker is done (None: an empty view asks nothing)."""
    asked = _leading_question(source, view)
    if asked is None:
        return None
    question, answer = asked.question, asked.answer
    chosen = _chosen(source)

    def chain() -> None:
        found = remembered(source, question, answer)
        ids = _listed(view, found[0] if found else None, chosen)
        if not ids:
            return
        labels = remembered(source, ("labels", tuple(ids)), lambda: source.labels(ids))
        shown = chosen if chosen in labels else next(iter(labels), None)
        if shown is not None:
            remembered(source, ("article", shown), lambda: source.article(shown))
    return in_background(chain)


def _chosen(source: DataSource) -> str | None:
    """The article the reader chose (a pick in the list, a click in a chart, a link), if the corpus has it."""
    chosen = st.session_state.get(KEYS["article"])
    return chosen if chosen and chosen in source.universe.articles else None


def _leading(source: DataSource, view: View) -> tuple[str | None, str | None, Lead | None]:
    """The pair the panel opens on, its article (``_leading_question``), and the question itself."""
    asked = _leading_question(source, view)
    if asked is None:
        return None, None, None
    found = remembered(source, asked.question, asked.answer)
    return asked.pair, (found[0] if found else None), asked


def _why(asked: Lead, period: str) -> str:
    """What the caption says the automatic article is (``_leading_question``'s choice)."""
    pair = pair_label(asked.pair)
    if asked.when is None:
        whose = "a pair this view names" if asked.named else "this view's most mentioned pair"
        return f"the article naming {pair}, {whose}, most often"
    when = _in_period(asked.when, period)
    if asked.conflict <= 0:
        # no conflict for the pair there: its articles rank by mentions, and none is "carrying most conflict"
        # (uiaudit28: a cooperative upload, scored -0.64, was said to be)
        only = ", the view's only period" if asked.periods == 1 else ""
        return f"the article naming {pair} most often {when}{only}, a period with no conflict for it"
    if asked.periods == 1:
        whose = {0: "this view's most mentioned pair", 1: "the pair this view names"}.get(asked.named, "a pair the view names")
        return f"the article carrying most conflict for {pair}, {whose}, {when}, the view's only period"
    peak_of = {0: "the peak of its index, this view's most mentioned pair",
               1: "the peak of its index in this view"}.get(asked.named, "the highest point of the pairs the view names")
    if asked.mentions < MIN_SUPPORT:
        # (uiaudit26: "the peak of its index" by day over WCEP was one sentence)
        where = {0: "its highest index, this view's most mentioned pair",
                 1: "its highest index in this view"}.get(asked.named, "the highest point of the pairs the view names")
        peak_of = (f"{where}, on {asked.mentions} mention{'' if asked.mentions == 1 else 's'}: no period of the view "
                   f"names {'it' if asked.named <= 1 else 'them'} {MIN_SUPPORT} times")
    return f"the article carrying most conflict for {pair} {when}, {peak_of}"


def _in_period(when: pd.Timestamp, period: str) -> str:
    """"on 2019-07-06", "in the week of 2024-07-08", "in July 2024": a period as a caption's phrase."""
    label = period_label(when, period)
    return {"D": f"on {label}", "W": f"in the {label}"}.get(period, f"in {label}")


def _listed(view: View, lead: str | None, chosen: str | None = None) -> list[str]:
    """The list's articles: the one chosen if the view's list lacks it, the leading article, then the
    view's, at most ARTICLE_LIST_LIMIT.

    The leading article need not be among the view's most mentioned; put in front, it pushed the
    list past the limit the caption promises ("501 listed (at most 500)")."""
    ids = list(view.article_ids)
    listed = [lead, *(i for i in ids if i != lead)] if lead else ids
    if chosen and chosen not in listed:
        listed = [chosen, *listed]
    return listed[:ARTICLE_LIST_LIMIT]


_WHOLE_PAGE = "_source_text_in_page_run"  # set by the page's run just before it draws the panel
_FRAMED = "_source_text_heatmap_framed"  # the pair the page's run framed in the heatmap, if it showed it


def render_source_panel(source: DataSource, view: View, universe: Universe) -> None:
    """The source text as a fragment of the page (``st.fragment``): a pick in its article list or its
    toggle reruns the panel alone, as nothing else on the page depends on them, instead of the whole
    page (the view, the charts, the filters and "what changed" asked and sent again).  The address bar
    follows the panel's state either way.  Drawn after the charts, so the page's run knows what the
    heatmap framed."""
    st.session_state[_WHOLE_PAGE] = True
    st.session_state[_FRAMED] = _framed(state_from_widgets(universe))
    _source_fragment(source, view, universe)


@st.fragment
def _source_fragment(source: DataSource, view: View, universe: Universe) -> None:
    # A rerun of the fragment alone finds no mark: the page's run set it just before calling it.
    alone = not st.session_state.pop(_WHOLE_PAGE, False)
    render_source_text(source, view)
    if not alone:
        return  # the page's run writes the address bar at its end
    now = state_from_widgets(universe)
    if now.chart == "heatmap" and _framed(now) != st.session_state.get(_FRAMED):
        st.rerun()  # the heatmap frames the pair the article is read for (charts.render_charts): the whole page
    write_url(now, universe)


def _framed(state: ViewState) -> str:
    """The pair the heatmap frames (dashboard.components.charts): the one an opened article is read for."""
    return state.about if state.article else ""


def render_source_text(source: DataSource, view: View) -> None:
    st.subheader("Source text")
    lead_pair, lead, asked = _leading(source, view)
    chosen = st.session_state.get(KEYS["article"])
    ids = _listed(view, lead, _chosen(source))
    if not ids:
        st.session_state[KEYS["article"]] = None
        st.info(empty_reason(source.universe, view.state, short=True))
        return
    labels: dict[str, str] = remembered(source, ("labels", tuple(ids)), lambda: source.labels(ids))
    if not labels:
        st.info(empty_reason(source.universe, view.state, short=True))
        return
    if chosen not in labels:
        chosen = st.session_state[KEYS["article"]] = st.session_state[KEYS["sentence"]] = None
    article_id = chosen or next(iter(labels))
    st.session_state[LIST_KEY] = article_id
    st.selectbox("Article (or click a point, cell, edge dot or bubble in a chart)", list(labels),
                 format_func=labels.__getitem__, key=LIST_KEY, on_change=_choose)
    if not chosen:
        why = (_why(asked, view.state.period) if asked is not None and article_id == lead
               else "the article with most pair mentions in this view")
        st.caption(f"Showing {why}. {len(labels):,} listed (at most {ARTICLE_LIST_LIMIT:,}), most pair mentions first.")
    article, rows = remembered(source, ("article", article_id), lambda: source.article(article_id))
    if article is None:
        st.info("That article is no longer in the corpus.")
        return
    actors = sorted(set(rows["actor_a"]) | set(rows["actor_b"]))
    colours = actor_colours(actors)
    # Escaped: a title is the article's own text, and a caption renders Markdown ("*bold* title" read in italics);
    # the address stays a link (uiaudit27)
    st.caption(markdown_escaped(label(article["date"], article["source"], article["title"]))
               + (f" · {markdown_escaped(str(article['url']), links=True)}" if article.get("url") else ""))
    about = st.session_state.get(KEYS["about"])
    if about and about not in set(rows["pair"]):
        st.session_state[KEYS["about"]] = None  # out of the link too
        if from_link("about", about):
            st.warning(f"Link: this article names no {pair_label(about)}, the pair the link reads it for.")
    focus = focus_pair(st.session_state.get(KEYS["about"]), view.state.pairs, lead_pair, not chosen,
                       set(rows["pair"]))
    shown = rows
    if focus is not None:
        shown = own = rows[rows["pair"] == focus]
        others = rows["pair"].nunique() - 1
        if others and st.session_state.get(ALL_PAIRS_KEY):  # the toggle's value, drawn under the caption
            shown = rows
        sentences = own["sentence_id"].nunique()
        st.caption(f"Read for {pair_label(focus)}: its {sentences} sentence{'' if sentences == 1 else 's'} "
                   + ("in the table; cues marked in the text are those that counted for it."
                      if shown is own else "first in the table; cues marked are those of every pair."))
        if others:
            st.toggle(f"Every pair of the article ({others} other{'' if others == 1 else 's'})", key=ALL_PAIRS_KEY)
        elif ALL_PAIRS_KEY in st.session_state:  # not drawn: keep the reader's choice for the next article
            st.session_state[ALL_PAIRS_KEY] = st.session_state[ALL_PAIRS_KEY]
    marked = _marked_sentence(shown, chosen, focus, set(rows["sentence_id"]))
    st.html(legend_html(actors, colours, {a: actor_label(a) for a in actors}))
    # Every actor is marked; the cues only where they counted for the pairs the table shows; last, the
    # sentence behind the click, around its marks.
    spans = [s for s in spans_for(rows) if s[2] == "actor"] + [s for s in spans_for(shown) if s[2] != "actor"]
    around = sentence_span(rows, marked)
    st.html(article_html(article["text"], spans + ([around] if around else []), colours))
    st.html(sentence_table_html(sentence_rows(shown, focus), marked))


def _marked_sentence(shown: pd.DataFrame, chosen: str | None, focus: str | None, named: set[int]) -> int | None:
    """The sentence behind the number the reader clicked (KEYS["sentence"], in the link), said in a caption;
    None, and out of the link, when the article shown was not opened for one or the table does not show it
    (a hand-made link naming a sentence of another pair); a link's sentence not shown is said so (``named``:
    the sentences of the article that name a pair)."""
    sentence = st.session_state.get(KEYS["sentence"])
    if chosen is None or sentence is None or sentence not in set(shown["sentence_id"]):
        st.session_state[KEYS["sentence"]] = None
        if chosen is not None and sentence is not None and from_link("sentence", sentence):
            number = int(sentence) + 1
            st.warning(f"Link: sentence {number} does not name {pair_label(focus)}, the pair the article is read for; "
                       "none is marked." if sentence in named and focus else
                       f"Link: this article has no sentence {number} naming two actors; none is marked.")
        return None
    # The link says which sentence, not why: a chart click marks the one weighing most for the pair, a "what
    # changed" card the one it quoted (of two per pair, maybe both in this article).
    for_pair = f" for {pair_label(focus)}" if focus else ""
    st.caption(f"Sentence {int(sentence) + 1}, marked yellow in the text and first in the table, is the one the "
               f"link points to: a chart click marks the sentence weighing most{for_pair}, a \"What changed\" "
               "card the sentence it quoted.")
    return int(sentence)


def sentence_rows(shown: pd.DataFrame, focus: str | None) -> pd.DataFrame:
    """The sentence table's rows: each pair row's cues as text (those that counted for its pair, with
    their weight for it, as the "what changed" cards word them), the ``focus`` pair first in each sentence."""
    table = shown[["sentence_id", "sentence", "pair", "direction", "sentiment", "tension", "sentence_tension",
                   "cues"]].copy()
    table["cues"] = [cue_text(cues) for cues in table["cues"]]
    # The pair read for first in each sentence, then the others by code.
    table["_other"] = table["pair"] != focus
    return table.sort_values(["sentence_id", "_other", "pair"], kind="stable")
