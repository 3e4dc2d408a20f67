"""The charts' titles and the words in them.  A title starts under Plotly's modebar (``_title``), names its
chart on a short first line and says the rest in grey lines under it (``_heading``), as Plotly never wraps a
title; those lines' notes (spans cut out of the time axis, a partial last period, periods of few articles),
names shortened and counts in words are here too, and the figure that says why there is nothing to draw.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.colours import _coloured
from dashboard.figures.sent import _figure
from dashboard.labels import actor_name

# Pixels kept free above every title: Plotly shows its modebar (about 26 px high) in the figure's top
# right corner on hover, where it covered a title's words ("by me[icons]ntions").
MODEBAR_ROOM = 30
# Plotly.js anchors a title's "top" about one line below the top of its first line's letters
# (measured in Chromium: a title anchored 30 px down showed its letters from 14-15 px down).
TITLE_ASCENT = 16


def _title(text: str, block: int, height: int, **style: object) -> tuple[dict, int]:
    """A title whose letters start ``MODEBAR_ROOM`` px under the top of a figure ``height`` px tall, and
    the top margin that holds it: ``block`` px for the title's lines and the space under them."""
    top = MODEBAR_ROOM + block
    return dict(text=text, yref="container", y=1 - (MODEBAR_ROOM + TITLE_ASCENT) / height, yanchor="top",
                **style), top


# px for a heading of three lines (``_heading``) and the space under it.
TITLE_BLOCK_3 = 70
TITLE_SMALL = dict(size=11)  # the title's font: its lines under the first (Plotly spaces every line by it)


def _heading(first: str, *lines: str) -> str:
    """A chart's title as the timeline's: its name at 15 px, then lines at the title's font (``TITLE_SMALL``).

    Plotly never wraps a title: a line too long for the chart is clipped at its right edge ("Actor network:
    the 12 actors with most mentions, their 24 stronges" in the 470 px the chart has at an 800 px window).
    The name stays short and the rest goes in the small lines, each under about 90 characters.

    The small lines are of normal weight and grey, as the page's captions: Streamlit sends a title wrapped in
    ``<b>``, and four or five lines of 11 px bold under the name read as one dark block (``SUBTITLE_STYLE``)."""
    return "<br>".join([f'<span style="font-size:15px">{first}</span>',
                        *(f'<span style="{SUBTITLE_STYLE}">{line}</span>' for line in lines)])


SUBTITLE_STYLE = "font-weight:normal;color:#555"  # a chart title's lines under its name


def _empty(title: str, message: str, sent: bool = False) -> go.Figure:
    """A figure saying why there is nothing to draw.  ``sent``: for a chart sent without Streamlit's theme
    (the timeline's, dashboard.components.charts), which drew go.Figure's default template instead: the
    title in Arial, centred, unlike every other title of the page."""
    heading, top = _title(title, 40, 420)
    layout = dict(title=heading, annotations=[dict(text=message, showarrow=False, x=0.5, y=0.5, xref="paper",
                                                   yref="paper", font=dict(size=14))],
                  xaxis=dict(visible=False), yaxis=dict(visible=False), height=420, margin=dict(t=top))
    if sent:
        return _figure([], layout)
    fig = go.Figure()
    fig.update_layout(**layout)
    return fig


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _pair_title(pair: str) -> str:
    """"China–Japan" with each name in its actor's colour, and the codes after it, grey."""
    a, sep, b = pair.partition("-")
    if not sep:
        return _coloured(actor_name(pair), pair)
    return (f"{_coloured(f'<b>{_short(actor_name(a), 20)}</b>', a)}–{_coloured(f'<b>{_short(actor_name(b), 20)}</b>', b)}"
            f' <span style="color:#888">{pair}</span>')


#: A view or period with fewer articles than this says in words what its index is: "conflict per 100 articles"
#: over the seed's one article put bars above 1,000, correct and baffling.
FEW_ARTICLES = 20


def few_articles_words(articles: int, index: float, where: str, at_most: bool = False) -> str:
    """"only 1 article in the period: index = its conflict weight × 100 (4.24 → 423.75)", or "" when ``articles`` is
    0 or not few (``FEW_ARTICLES``).  ``index``: an example value, the largest shown.  ``at_most``: ``articles`` is
    the most of any period's ("at most 3 articles a period: …")."""
    if not 0 < articles < FEW_ARTICLES:
        return ""
    per = "its conflict weight" if articles == 1 and not at_most else "conflict weight per article"
    many = _plural(articles, 'article', 'articles')
    return (f"{f'at most {many} {where}' if at_most else f'only {many} in {where}'}: index = {per} × 100 "
            f"({index / 100:.2f} → {index:,.2f})")


def _few_per_period(agg: pd.DataFrame) -> list[str]:
    """The timeline's line for a view whose periods all have few articles (a small corpus by day or week)."""
    if "period_articles" not in agg or agg.empty:
        return []
    few = few_articles_words(int(agg["period_articles"].max()), float(agg["tension_index"].max()), "a period",
                             at_most=True)
    return [few] if few else []


def _cut_note(runs: list[tuple]) -> str:
    """"Jan 2021–May 2024 cut out (no articles)" for the axis's one cut run, "4 spans without articles cut
    out" for several: their dates, four of them under RUS and Reuters, ran the title's line past the
    chart's right edge, where it was clipped mid-sentence."""
    if not runs:
        return ""
    if len(runs) > 1:
        return f" · {len(runs)} spans without articles cut out (upright dotted lines)"
    (a, b), = runs
    return f" · upright dotted line: {a:%b %Y}–{b:%b %Y} cut out (no articles)"


def _stop_words(last_day: dt.date, range_end: bool) -> str:
    """Why the data stop on ``last_day``: "data to 30 Apr 2019" read as the corpus's end when the date range
    ended there and the corpus went on for years."""
    return f"date range ends {last_day:%-d %b %Y}" if range_end else f"corpus ends {last_day:%-d %b %Y}"


def _partial_note(partial: pd.Timestamp | None, last_day: dt.date | None, range_end: bool = False) -> str:
    if partial is None or last_day is None:
        return ""
    return f"dotted, open ○: partial last period ({_stop_words(last_day, range_end)})"
