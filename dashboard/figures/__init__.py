"""Plotly figures as pure functions of small, already aggregated tables (tests call them directly).

The timeline charts the tension index (analysis.aggregate), which grows with reported conflict;
the other charts show mean tension per pair.  Colour conventions everywhere: tension runs from
green (cooperation, -1) through grey (0) to red (conflict, +1), on the same fixed range, so colours
compare across charts and filters.  Each actor has one colour of its own (``actor_colour``), the
same in every chart, every article and every corpus.

Real corpora name hundreds of actors and thousands of pairs: the network and the heatmap show the
actors with most mentions (a number the reader widens), and the scatter labels only the pairs
with most mentions whose labels do not collide, the rest on hover.

One module per chart, so that a reader looking for one opens its module:

- ``timeline_panels``: the timeline's entry (``timeline``) and its small multiples, a panel per pair ranked
  by ``pair_activity``; ``overlay``: the chosen pairs as lines in one chart; ``one_period``: a view of one
  period as bars.  The first two share ``time_axis`` (the periods shown, the cuts, the ticks) and
  ``pair_traces`` (one pair's line, band, points, whiskers and mention bars).
- ``actor_network``, ``tension_heatmap``, ``scatter`` (sentiment × tension).
- ``colours``: each actor's colour and tension's; ``titles``: the titles' place, shape and words, and the
  empty figure; ``sent``: the time charts' figures built from dicts and sent as plain JSON.

This module re-exports the names the app, its components and the tests use as ``dashboard.figures.X``.
"""

from dashboard.figures.actor_network import network
from dashboard.figures.colours import ACTOR_PALETTE, FIXED_ACTOR_COLOURS, actor_colour, actor_colours, tension_colour
from dashboard.figures.overlay import OVERLAY_LABEL_PX
from dashboard.figures.pair_traces import OVERLAID_BARGAP, PANEL_BARGAP
from dashboard.figures.scatter import (
    SCATTER_LABELS,
    SCATTER_PAIRS,
    SCATTER_PLOT_PX,
    SCATTER_RING_FILL,
    SCATTER_RING_PX,
    sentiment_tension,
)
from dashboard.figures.sent import PLAIN_DECIMALS, STREAMLIT_FONT
from dashboard.figures.tension_heatmap import HEATMAP_BAR_ROOM, heatmap
from dashboard.figures.time_axis import BAND_REACH, WIDE_TICKS
from dashboard.figures.timeline_panels import (
    ONE_PANEL_INDEX,
    PANEL_CAPTION_LINE,
    PANEL_INDEX,
    PANEL_TITLE,
    pair_activity,
    timeline,
)
from dashboard.figures.titles import FEW_ARTICLES, few_articles_words

# Used as figures.X by dashboard.components.charts and the tests since figures was one module.
from dashboard.labels import signed_all
from dashboard.state import DEFAULT_TOP_ACTORS

__all__ = [
    "ACTOR_PALETTE", "BAND_REACH", "DEFAULT_TOP_ACTORS", "FEW_ARTICLES", "FIXED_ACTOR_COLOURS", "HEATMAP_BAR_ROOM",
    "ONE_PANEL_INDEX", "OVERLAID_BARGAP", "OVERLAY_LABEL_PX", "PANEL_BARGAP", "PANEL_CAPTION_LINE", "PANEL_INDEX",
    "PANEL_TITLE", "PLAIN_DECIMALS", "SCATTER_LABELS", "SCATTER_PAIRS", "SCATTER_PLOT_PX", "SCATTER_RING_FILL",
    "SCATTER_RING_PX", "STREAMLIT_FONT", "WIDE_TICKS", "actor_colour", "actor_colours", "few_articles_words",
    "heatmap", "network", "pair_activity", "sentiment_tension", "signed_all", "tension_colour", "timeline",
]
