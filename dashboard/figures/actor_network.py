"""The actor network: the actors with most mentions on a circle, their strongest pairs as edges coloured by
mean tension and as wide as their mentions, with a dot on each edge to hover and click.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analysis.loading import counted
from dashboard.explore import actor_mentions, among_top_actors, top_actors
from dashboard.figures.colours import TENSION_SCALE, TENSION_TICKS, _coloured, actor_colour, tension_colour
from dashboard.figures.titles import TITLE_BLOCK_3, TITLE_SMALL, _empty, _heading, _short, _title
from dashboard.labels import actor_name, pair_name, signed_all
from dashboard.state import DEFAULT_TOP_ACTORS


def _circle(actors: list[str]) -> dict[str, tuple[float, float]]:
    """Actors clockwise from just right of the top, in the order given (most mentioned first).

    Half a step off the vertical, no actor sits straight above or below the centre, so every
    label can be written sideways, away from the circle: labels written above and below collided
    with their neighbours' ("GBR · United Kingdom" over "CHN · China")."""
    n = max(len(actors), 1)
    return {a: (math.sin(2 * math.pi * (i + 0.5) / n), math.cos(2 * math.pi * (i + 0.5) / n))
            for i, a in enumerate(actors)}


def _outward(x: float) -> str:
    """Where a node's label goes so that it points away from the circle's centre: to the side."""
    return "middle right" if x >= 0 else "middle left"


def _edge_handles(segments: list[tuple[float, float, float, float]], gap: float = 0.12) -> list[tuple[float, float]]:
    """A point on each edge to hover and click: its midpoint, or nearer one end when an earlier
    edge's point is already there (on a circle every diameter has its midpoint at the centre)."""
    placed: list[tuple[float, float]] = []
    for x0, y0, x1, y1 in segments:
        for t in (0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8):
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            if all(math.hypot(x - px, y - py) >= gap for px, py in placed):
                break
        placed.append((x, y))
    return placed


#: The network's x range either side of the circle's centre (radius 1) and its side margins in pixels:
#: the room of the actors' labels, written outward from the circle.
NETWORK_X_RANGE = 2.1
NETWORK_SIDE = 60
#: Above this many actors a label is the code alone (the name is in its hover) and the x range narrows to
#: NETWORK_CODES_X_RANGE: with 30 names written out the circle took 40 % of the chart's height and its labels ran
#: into each other (uiaudit27).
NETWORK_NAMED_ACTORS = 16
NETWORK_CODES_X_RANGE = 1.45


def network(summary: pd.DataFrame, top: int = DEFAULT_TOP_ACTORS) -> go.Figure:
    """The ``top`` actors with most mentions on a circle, their strongest pairs as edges.

    Edge colour = mean tension, width = mentions; a dot on each edge carries its hover and its
    click (a line trace can be clicked only at its ends).  At most two edges per actor shown, so
    the drawing stays a picture of who matters to whom rather than a tangle.
    """
    title = "Actor network"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    actors = top_actors(summary, top)
    pairs = among_top_actors(summary, top)
    edges = pairs.nlargest(2 * len(actors), "mentions") if not pairs.empty else pairs
    # The title's own line short, the rest in the smaller lines under it: one long line ran past the chart's
    # right edge, where it was clipped ("…their 24 stronges"), in the 470 px the chart has at an 800 px window.
    title = _heading("Actor network", f"the {counted(len(actors), 'actor')} with most mentions and their {len(edges)} strongest "
                     f"{'pair' if len(edges) == 1 else 'pairs'}",
                     "edge colour: mean tension · width: mentions · click a dot on an edge to read its article")
    pos = _circle(actors)
    named = len(actors) <= NETWORK_NAMED_ACTORS
    x_range = NETWORK_X_RANGE if named else NETWORK_CODES_X_RANGE
    top_mentions = max(int(edges["mentions"].max()) if not edges.empty else 1, 1)
    fig = go.Figure()
    segments = []
    for row in edges.itertuples():
        (x0, y0), (x1, y1) = pos[row.actor_a], pos[row.actor_b]
        segments.append((x0, y0, x1, y1))
        fig.add_trace(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", showlegend=False, hoverinfo="skip",
            line=dict(color=tension_colour(row.tension_mean), width=1 + 9 * row.mentions / top_mentions),
        ))
    handles = _edge_handles(segments)
    if not edges.empty:
        fig.add_trace(go.Scatter(
            x=[h[0] for h in handles], y=[h[1] for h in handles], mode="markers", showlegend=False, name="pairs",
            marker=dict(size=11, color=[tension_colour(t) for t in edges["tension_mean"]],
                        line=dict(width=1.5, color="#333")),
            customdata=[[p, int(m), t, pair_name(p)] for p, m, t in
                        zip(edges["pair"], edges["mentions"], signed_all(edges["tension_mean"]))],
            hovertemplate=("<b>%{customdata[0]} · %{customdata[3]}</b><br>mentions %{customdata[1]:,}"
                           "<br>tension %{customdata[2]}<br>click to read an article<extra></extra>"),
        ))
    totals = actor_mentions(summary)
    mentions = {a: int(totals[a]) for a in actors}
    biggest = max(mentions.values(), default=1) or 1
    fig.add_trace(go.Scatter(
        x=[pos[a][0] for a in actors], y=[pos[a][1] for a in actors], mode="markers+text", showlegend=False,
        text=[_coloured(f"{a} · {_short(actor_name(a), 16)}" if named and actor_name(a) != a else a, a)
              for a in actors],
        textposition=[_outward(pos[a][0]) for a in actors], name="actors", cliponaxis=False,
        marker=dict(size=[12 + 18 * mentions[a] / biggest for a in actors], color=[actor_colour(a) for a in actors],
                    line=dict(width=1, color="#fff")),
        # a click on an edge dot selects it, and Plotly faded every other point, the actors' names too, to
        # near-unreadable: the actors stay as drawn
        unselected=dict(marker=dict(opacity=1), textfont=dict(color="#222")),
        customdata=[[a, mentions[a], actor_name(a)] for a in actors],
        hovertemplate="<b>%{customdata[0]} · %{customdata[2]}</b><br>mentions %{customdata[1]:,}<extra></extra>",
    ))
    # An invisible trace carries the colour bar for the edges.
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                             marker=dict(colorscale=TENSION_SCALE, cmin=-1, cmax=1, color=[0], showscale=True,
                                         colorbar=dict(title=dict(text="mean tension", side="top"), orientation="h",
                                                       y=-0.02, yanchor="top", len=0.6, thickness=12,
                                                       **TENSION_TICKS))))
    # The circle takes the column's whole width (the colour bar lies under it, not beside it), with
    # room beside it for labels written outward ("USA · United States" was cut at the column's edge);
    # cliponaxis lets a long one run into the margin rather than vanish.  The room is part range (it
    # narrows with the column) and part margin, in pixels (it does not): with ±1.95 and 10 px margins,
    # "GBR · United Kingdom" (the label on the circle's left) was cut at the figure's edge in the 440 px
    # a 900 px window gives the chart; ±NETWORK_X_RANGE and NETWORK_SIDE px keep 20 characters whole down
    # to about 380 px, and take 8 % off the circle's radius at 1400 px.
    heading, margin_top = _title(title, TITLE_BLOCK_3, 560, font=TITLE_SMALL)
    fig.update_layout(title=heading, xaxis=dict(visible=False, range=[-x_range, x_range]),
                      yaxis=dict(visible=False, scaleanchor="x", range=[-1.3, 1.3]),
                      height=560, margin=dict(t=margin_top, b=70, l=NETWORK_SIDE, r=NETWORK_SIDE))
    return fig
