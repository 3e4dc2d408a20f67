"""The sentiment × tension scatter: a bubble per pair, as large as its mentions, for the pairs with most
mentions; the most mentioned labelled where a label covers no bubble and no other label, the large bubbles
drawn as rings with a dot at the centre that opens their own pair.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.loading import counted
from dashboard.figures.colours import TENSION_SCALE, _rgba
from dashboard.figures.titles import MODEBAR_ROOM, TITLE_BLOCK_3, TITLE_SMALL, _empty, _heading, _title
from dashboard.labels import pair_name, signed_all

SCATTER_LABELS = 12
SCATTER_OPACITY = 0.85  # the scatter's bubbles, a click or not: overlapping ones show through each other a little
SCATTER_PAIRS = 300
# The scatter's bubbles: SCATTER_MIN_PX wide for a pair named once, SCATTER_MIN_PX + SCATTER_GROW_PX for the view's
# most mentioned (by the square root of mentions: area tells the count).  48 px at most covered the smaller bubbles
# of a crowded cloud: clicking RUS-UKR's centre (531 mentions) opened SOM-USA, drawn on top of it.
SCATTER_MIN_PX, SCATTER_GROW_PX = 8, 28
# A bubble this wide or wider is a ring over a pale fill, with a dot at its centre: the bubbles inside it read as
# their own, and the dot is its pair's own place to click (Plotly's click goes to the smallest marker under the
# pointer, so a smaller bubble on a large one's centre took it).
SCATTER_RING_PX = 20
SCATTER_RING_FILL = 0.3  # the ring's fill, as alpha
SCATTER_CENTRE_PX = 6  # the centre dot: 3 px of radius is the least Plotly's hover counts, so no marker beats it

# The scatter's plot area at its narrowest (measured in Chromium: 376 × 375 px at a 900 px window, beside the
# source text; wider windows give it more width, never less height).  Labels are placed at this size: their
# centres are in data units, so a wider plot only moves them further from every other bubble and label.
SCATTER_PLOT_PX = (360.0, 375.0)
LABEL_FONT_PX = 12
_LABEL_CHAR, _LABEL_H = 7.5, 16.0  # px a label's character (counted wide) and its line take at LABEL_FONT_PX
_LABEL_GAPS = (3.0, 10.0, 20.0, 34.0, 50.0, 70.0, 95.0, 125.0)  # px between a bubble's edge and its label, nearest first
_LABEL_ANGLES = tuple(math.radians(a) for a in (90, 270, 0, 180, 45, 135, 315, 225, 22.5, 157.5, 337.5, 202.5,
                                                67.5, 112.5, 292.5, 247.5))


def _label_places(points: list[tuple[float, float, float]], text: list[str], span: float = 2.1,
                  limit: int = SCATTER_LABELS, size: tuple[float, float] = SCATTER_PLOT_PX
                  ) -> list[tuple[float, float] | None]:
    """Each point's label centre (x, y in data units), or None.

    Points are (x, y, diameter px), most important first.  A label goes where its box covers no bubble
    (every point's, not only the labelled ones': a label lying on a bubble reads as that bubble's name,
    as "ISR-LBN" on RUS-UKR's did) and no label placed before it, and its leader line crosses no label:
    the nearest such place around its bubble, up to ``_LABEL_GAPS[-1]`` px away, else none.  The plot is
    ``size`` px showing ``span`` units on each axis, its smallest in the dashboard (``SCATTER_PLOT_PX``).
    """
    sx, sy = size[0] / span, size[1] / span
    xy = np.array([(x * sx, y * sy) for x, y, _ in points], dtype=float).reshape(-1, 2)
    radii = np.array([d / 2 + 1.5 for _, _, d in points], dtype=float)
    half_w, half_h = span / 2 * sx, span / 2 * sy
    boxes: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float, float, float]] = []
    out: list[tuple[float, float] | None] = [None] * len(points)
    for i, label in enumerate(text):
        if len(boxes) >= limit:
            break
        w, h = _LABEL_CHAR * len(label) + 6, _LABEL_H
        (px, py), r = xy[i], radii[i]
        for gap in _LABEL_GAPS:
            found = None
            for angle in _LABEL_ANGLES:
                cx = px + math.cos(angle) * (r + gap + w / 2)
                cy = py + math.sin(angle) * (r + gap + h / 2)
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if box[0] < -half_w or box[2] > half_w or box[1] < -half_h or box[3] > half_h:
                    continue
                dx = np.maximum(np.abs(xy[:, 0] - cx) - w / 2, 0)
                dy = np.maximum(np.abs(xy[:, 1] - cy) - h / 2, 0)
                if np.any(dx * dx + dy * dy < radii * radii):
                    continue
                if any(box[0] < b[2] + 2 and b[0] - 2 < box[2] and box[1] < b[3] + 2 and b[1] - 2 < box[3] for b in boxes):
                    continue
                line = (px, py, cx, cy)
                if any(_crosses(line, b) for b in boxes):
                    continue
                if any(_crosses(seg, box) for seg in lines):
                    continue
                found = (cx, cy, line)
                break
            if found:
                cx, cy, line = found
                boxes.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
                lines.append(line)
                out[i] = (cx / sx, cy / sy)
                break
    return out


def _crosses(line: tuple[float, float, float, float], box: tuple[float, float, float, float], steps: int = 24) -> bool:
    """Whether a segment passes through a box (points along it, a few px apart at these lengths)."""
    x0, y0, x1, y1 = line
    return any(box[0] <= x0 + (x1 - x0) * t / steps <= box[2] and box[1] <= y0 + (y1 - y0) * t / steps <= box[3]
               for t in range(steps + 1))


SCATTER_HOVER = ("<b>%{customdata[0]} · %{customdata[3]}</b><br>sentiment %{customdata[4]}<br>tension "
                 "%{customdata[5]}<br>mentions %{customdata[1]:,}<br>articles %{customdata[2]:,}<extra></extra>")


def _tension_rgba(tension: float, alpha: float, darker: float = 1.0) -> str:
    """TENSION_SCALE's colour for a tension in [-1, 1] (the colour scale the bubbles had), as rgba; ``darker``
    scales its channels (a ring's edge, darker than its fill)."""
    at = (min(max(tension, -1.0), 1.0) + 1) / 2
    stops = [(float(str(p)), str(c)) for p, c in TENSION_SCALE]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
        if at <= p1:
            t = (at - p0) / (p1 - p0)
            rgb = [int(c0[i:i + 2], 16) * (1 - t) + int(c1[i:i + 2], 16) * t for i in (1, 3, 5)]
            r, g, b = (round(v * darker) for v in rgb)
            return f"rgba({r},{g},{b},{alpha})"
    return _rgba(stops[-1][1], alpha)


def sentiment_tension(summary: pd.DataFrame, labels: int = SCATTER_LABELS, max_pairs: int = SCATTER_PAIRS) -> go.Figure:
    """Each pair's mean sentiment against its mean tension; bubble size = mentions.

    A large corpus has thousands of pairs, most named once, whose means sit at the extremes and
    bury the pairs that matter: the ``max_pairs`` with most mentions are drawn, largest on top.
    Only the pairs with most mentions are labelled, and only where their labels do not collide;
    every bubble names its pair on hover and opens its article on a click.
    """
    title = "Sentiment × tension per pair"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    shown = summary.sort_values("mentions", ascending=False, kind="stable").head(max_pairs)
    top = max(shown["mentions"].max(), 1)
    sizes = [SCATTER_MIN_PX + SCATTER_GROW_PX * math.sqrt(m / top) for m in shown["mentions"]]
    places = _label_places(list(zip(shown["sentiment_mean"], shown["tension_mean"], sizes)), list(shown["pair"]),
                           limit=labels)
    labelled = [i for i, place in enumerate(places) if place]
    which = (counted(len(shown), "pair") if len(shown) == len(summary)
             else f"the {len(shown):,} of {len(summary):,} pairs with most mentions")
    title = _heading("Sentiment × tension per pair", f"{which} · size: mentions",
                     "every pair labelled · click a bubble to read" if len(labelled) == len(shown) else
                     f"labelled: the {len(labelled)} with most mentions that fit · hover for the rest · click to read")
    # The smallest drawn last, on top: drawn under RUS-UKR's bubble (531 mentions), IND-PAK's (53) beside it was
    # a rim inside the larger one.  A small bubble covers little of a large one, whose outline shows around it.
    order = list(range(len(shown)))
    tension = [float(t) for t in shown["tension_mean"].iloc[order]]
    ringed = [sizes[i] >= SCATTER_RING_PX for i in order]
    fill = [_tension_rgba(t, SCATTER_RING_FILL if ring else 1.0) for t, ring in zip(tension, ringed)]
    edge = [_tension_rgba(t, 1.0, darker=0.6) if ring else "#333" for t, ring in zip(tension, ringed)]
    custom = [[p, int(m), int(a), pair_name(p), x, y] for p, m, a, x, y in
              zip(shown["pair"].iloc[order], shown["mentions"].iloc[order], shown["articles"].iloc[order],
                  signed_all(shown["sentiment_mean"].iloc[order]), signed_all(shown["tension_mean"].iloc[order]))]
    fig = go.Figure(go.Scatter(
        x=shown["sentiment_mean"].iloc[order], y=shown["tension_mean"].iloc[order], mode="markers", name="pairs",
        marker=dict(size=[sizes[i] for i in order], color=fill, opacity=SCATTER_OPACITY,
                    line=dict(width=[2.5 if ring else 1 for ring in ringed], color=edge)),
        # A click selects its bubble, and Plotly faded every other one to a fifth: pale pink on white, their
        # tension colours unreadable.  The others stay as drawn; the clicked one is drawn opaque.
        selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=SCATTER_OPACITY)),
        customdata=custom, hovertemplate=SCATTER_HOVER,
    ))
    # The ringed bubbles' centres, on top of every bubble: each opens its own pair, whatever lies under it.
    centres = [k for k, ring in enumerate(ringed) if ring]
    if centres:
        fig.add_trace(go.Scatter(
            x=[shown["sentiment_mean"].iloc[order[k]] for k in centres],
            y=[shown["tension_mean"].iloc[order[k]] for k in centres], mode="markers", name="centres",
            marker=dict(size=SCATTER_CENTRE_PX, color=[edge[k] for k in centres], line=dict(width=1, color="#fff")),
            selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1)),
            customdata=[custom[k] for k in centres], hovertemplate=SCATTER_HOVER))
    # The labels are annotations at the places _label_places found beside or near their bubbles, clear of every
    # bubble; a label set apart has a thin line to its bubble's edge.
    annotations = []
    for i in labelled:
        x, y = places[i]  # type: ignore[misc]
        bx, by = float(shown["sentiment_mean"].iloc[i]), float(shown["tension_mean"].iloc[i])
        # The line from the label (centred on ax, ay) to its bubble's edge, on every label: in a plot wider than
        # SCATTER_PLOT_PX a label beside its bubble moves away from it, and "ISR-LBN" stood alone by another's.
        annotations.append(dict(text=str(shown["pair"].iloc[i]), font=dict(size=LABEL_FONT_PX, color="#111"),
                                x=bx, y=by, ax=x, ay=y, axref="x", ayref="y", showarrow=True, arrowhead=0,
                                arrowwidth=1, arrowcolor="#666", standoff=sizes[i] / 2))
    height = 430 + MODEBAR_ROOM + TITLE_BLOCK_3
    heading, margin_top = _title(title, TITLE_BLOCK_3, height, font=TITLE_SMALL)
    fig.update_layout(title=heading,
                      xaxis=dict(range=[-1.05, 1.05],
                                 title="mean sentiment (VADER's tone)"),
                      yaxis=dict(range=[-1.05, 1.05], title="mean tension (+ conflict, − cooperation)"),
                      height=height, margin=dict(t=margin_top, b=40), showlegend=False, annotations=annotations)
    fig.add_hline(y=0, line=dict(color="#bbb", width=1))
    fig.add_vline(x=0, line=dict(color="#bbb", width=1))
    return fig
