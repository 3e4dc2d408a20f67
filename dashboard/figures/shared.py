"""What every chart shares: each actor's colour and the tension colours, the titles' place and shape, and the
figure that says why there is nothing to draw.

An actor keeps one colour in every chart, article and corpus (``actor_colour``: the source text and the
"what changed" panel use it too), and tension runs from green (cooperation, -1) through grey to red
(conflict, +1) on one fixed range, so colours compare across charts and filters.  A title starts under
Plotly's modebar (``_title``), its name on a short first line and the rest in grey lines under it
(``_heading``): Plotly never wraps a title.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import plotly.graph_objects as go

from dashboard.figures.sent import _figure
from dashboard.labels import actor_name

TENSION_SCALE = [[0.0, "#1a9850"], [0.5, "#d9d9d9"], [1.0, "#d73027"]]
# The colour bar's ends in words: a bar from -1 to 1 titled "tension" left the reader to guess which
# end was conflict.
TENSION_TICKS = dict(tickvals=[-1, -0.5, 0, 0.5, 1], ticktext=["−1 cooperation", "−0.5", "0", "+0.5", "+1 conflict"])
# Actor colours: dark enough to read as bold text on white, and no red or green, which mean
# conflict and cooperation.
ACTOR_PALETTE = ["#1f4e9c", "#d46a00", "#7b3fa0", "#8c564b", "#c2408f", "#0f8b9b", "#8a8a00", "#5f5f5f",
                 "#3b9ad9", "#b8860b", "#393b79", "#a05a2c", "#e377c2", "#5254a3", "#7b4173", "#2f6b6b"]
# The actors most often in international news each keep a colour of their own, chosen so that
# the ones often named together (ISR, PSE, USA, IRN, LBN; RUS, UKR) differ; every other code is
# hashed into the palette, which is stable across runs and corpora but may repeat a colour.
FIXED_ACTOR_COLOURS = {"USA": 0, "CHN": 1, "RUS": 2, "PSE": 3, "GBR": 4, "IRN": 5, "EU": 6, "SYR": 7, "ISR": 8,
                       "UKR": 9, "FRA": 10, "TUR": 11, "JPN": 12, "DEU": 13, "PRK": 14, "UN": 15}
INDEX_COLOUR, MENTIONS_COLOUR = "#333333", "#9aa4b1"  # a pair's own panel needs no colour of its own


def actor_colour(code: str) -> str:
    """The actor's one colour: fixed for the most common actors, else a hash of the code."""
    index = FIXED_ACTOR_COLOURS.get(code)
    if index is None:
        index = zlib.crc32(code.encode("utf-8")) % len(ACTOR_PALETTE)
    return ACTOR_PALETTE[index]


def actor_colours(actors: Iterable[str]) -> dict[str, str]:
    """Each actor's colour, shared by charts and text; an actor's colour never depends on the others listed."""
    return {a: actor_colour(a) for a in actors}


def _coloured(text: str, code: str) -> str:
    """Plotly rich text in the actor's colour (tick labels, node labels)."""
    return f'<span style="color:{actor_colour(code)}">{text}</span>'


def tension_colour(value: float) -> str:
    value = max(-1.0, min(1.0, value))
    if value >= 0:
        lo, hi, t = (217, 217, 217), (215, 48, 39), value
    else:
        lo, hi, t = (217, 217, 217), (26, 152, 80), -value
    r, g, b = (round(lo[k] + (hi[k] - lo[k]) * t) for k in range(3))
    return f"rgb({r},{g},{b})"


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


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
