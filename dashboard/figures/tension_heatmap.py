"""The heatmap: mean tension by actor pair for the actors with most mentions, pale where a pair has few
mentions, with an invisible marker on each cell to click (Plotly cannot select a heatmap cell) and a frame
round the cells of the pair whose article is open.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.loading import counted
from dashboard.explore import MIN_SUPPORT, actor_matrix, among_top_actors, top_actors
from dashboard.figures.colours import TENSION_SCALE, TENSION_TICKS, _coloured
from dashboard.figures.titles import MODEBAR_ROOM, TITLE_BLOCK_3, TITLE_SMALL, _empty, _heading, _short, _title
from dashboard.labels import actor_label, pair_name, signed
from dashboard.state import DEFAULT_TOP_ACTORS

#: Column labels stand upright up to this many actors, slanted beyond, and vertical in a smaller font beyond
#: SLANTED_COLUMNS: slanted, thirty codes in a column's 12 px ran into each other ("USAISRRUS", uiaudit26).
UPRIGHT_COLUMNS = 8
SLANTED_COLUMNS = 20
#: Pixels under the heatmap's grid for its colour bar and the bar's words.
HEATMAP_BAR_ROOM = 60


FEW_VEIL = 0.6  # how much white covers a heatmap cell of fewer than MIN_SUPPORT mentions
SELECTED_OUTLINE = "#111"  # the frame of the heatmap's cells of the pair whose article is open


def heatmap(summary: pd.DataFrame, top: int = DEFAULT_TOP_ACTORS, framed: str | None = None) -> go.Figure:
    """Actor × actor mean tension for the ``top`` actors with most mentions; blank where a pair never occurs.

    Plotly cannot select a heatmap cell, so an invisible marker sits on each filled cell: it
    carries the pair for a click and the names and mentions for the hover.  ``framed``: the pair
    whose article is open (the cell clicked), its two cells framed.
    """
    title = "Mean tension by actor pair"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    actors = top_actors(summary, top)
    pairs = among_top_actors(summary, top)
    matrix = actor_matrix(pairs, actors)
    few = pairs[pairs["mentions"] < MIN_SUPPORT]
    title = _heading("Mean tension by actor pair", f"the {counted(len(actors), 'actor')} with most mentions, most first",
                     "click a cell to read its article"
                     + (f" · pale: fewer than {MIN_SUPPORT} mentions" if not few.empty else ""))
    cell = max(14, min(34, 640 // max(len(actors), 1)))
    # The colour bar lies under the grid, as the network's does: beside it, it took a fifth of a
    # narrow column and squeezed twelve columns into a sliver with their codes piled on each other.
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=actors, y=actors, zmin=-1, zmax=1, colorscale=TENSION_SCALE,
        colorbar=dict(title=dict(text="mean tension", side="top"), orientation="h", y=-0.02, yanchor="top",
                      len=0.8, thickness=12, **TENSION_TICKS),
        hoverinfo="skip", xgap=1, ygap=1,
    ))
    if not few.empty:
        # A pair named once coloured its cell as deeply as one named hundreds of times (WCEP's Israel–Ukraine,
        # the grid's greenest cell, is one sentence about Eurovision): a white veil pales the cells with fewer
        # mentions than the key figures ask for, cell for cell.  No hover of its own: the cells' markers answer.
        veil = actor_matrix(few, actors).notna()
        fig.add_trace(go.Heatmap(
            z=veil.where(veil).astype(float).to_numpy(), x=actors, y=actors, name="few mentions", showscale=False,
            colorscale=[[0, "white"], [1, "white"]], opacity=FEW_VEIL, hoverinfo="skip", xgap=1, ygap=1))
    xs, ys, custom = [], [], []
    for row in pairs.itertuples():
        for x, y in ((row.actor_a, row.actor_b), (row.actor_b, row.actor_a)):
            xs.append(x)
            ys.append(y)
            custom.append([row.pair, int(row.mentions), signed(float(row.tension_mean)), pair_name(row.pair)])
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", showlegend=False, name="cells", customdata=custom,
        # invisible even when selected: the clicked cell's frame is a shape (below)
        marker=dict(symbol="square", size=cell, opacity=0),
        selected=dict(marker=dict(opacity=0)),
        unselected=dict(marker=dict(opacity=0)),
        hovertemplate=("<b>%{customdata[0]} · %{customdata[3]}</b><br>tension %{customdata[2]}"
                       "<br>mentions %{customdata[1]:,}<br>click to read an article<extra></extra>"),
    ))
    ticks = [_coloured(_short(actor_label(a), 26), a) for a in actors]
    height = cell * len(actors) + 100 + MODEBAR_ROOM + 96 + TITLE_BLOCK_3 - 50 + HEATMAP_BAR_ROOM
    # the column labels sit on top, under the title
    heading, margin_top = _title(title, 96 + TITLE_BLOCK_3 - 50, height, font=TITLE_SMALL)
    # The axes end at the outer cells' edges: left to autorange, they also fitted the invisible click
    # markers and framed the grid in an empty grey border.
    edges = [-0.5, len(actors) - 0.5]
    fig.update_layout(
        title=heading, height=height,
        margin=dict(t=margin_top, b=30 + HEATMAP_BAR_ROOM),
        xaxis=dict(tickvals=actors, ticktext=[_coloured(a, a) for a in actors], side="top", showgrid=False,
                   range=edges, zeroline=False,
                   # three-letter codes touch from about ten columns in the dashboard's chart width ("CHNUKR")
                   tickangle=0 if len(actors) <= UPRIGHT_COLUMNS else -45 if len(actors) <= SLANTED_COLUMNS else -90,
                   tickfont=dict(size=10) if len(actors) > SLANTED_COLUMNS else None),
        yaxis=dict(tickvals=actors, ticktext=ticks, range=edges[::-1], showgrid=False, zeroline=False),
        plot_bgcolor="#fafafa", shapes=_cell_frames(framed, actors),
    )
    return fig


def _cell_frames(pair: str | None, actors: list[str]) -> list[dict]:
    """A frame round each of ``pair``'s two cells, in data coordinates (a cell is one unit of its category
    axes): it is the cell's size at any width.  A selected marker framed the clicked cell before: a square
    of the cell's height in pixels, half a cell's width in a wide chart.  None for a pair not in the grid."""
    a, _, b = (pair or "").partition("-")
    if a not in actors or b not in actors:
        return []
    place = {actor: i for i, actor in enumerate(actors)}
    return [dict(type="rect", xref="x", yref="y", x0=place[x] - 0.5, x1=place[x] + 0.5, y0=place[y] - 0.5,
                 y1=place[y] + 0.5, line=dict(color=SELECTED_OUTLINE, width=3), fillcolor="rgba(0,0,0,0)",
                 layer="above") for x, y in ((a, b), (b, a))]
