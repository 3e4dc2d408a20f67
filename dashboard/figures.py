"""Plotly figures as pure functions of small, already aggregated tables (tests call them directly).

Colour conventions everywhere: tension runs from green (cooperation, -1) through grey (0) to red
(conflict, +1), on the same fixed range, so colours compare across charts and filters.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

TENSION_SCALE = [[0.0, "#1a9850"], [0.5, "#d9d9d9"], [1.0, "#d73027"]]
PALETTE = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
           "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"]


def actor_colours(actors: list[str]) -> dict[str, str]:
    """One stable colour per actor (the order of the sorted codes), shared by charts and text."""
    return {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(sorted(actors))}


def _empty(title: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title, annotations=[dict(text=message, showarrow=False, x=0.5, y=0.5,
                                                     xref="paper", yref="paper")],
                      xaxis_visible=False, yaxis_visible=False, height=420)
    return fig


def timeline(agg: pd.DataFrame, rolling: int = 3, max_pairs: int = 12) -> go.Figure:
    """Mean tension per pair per period, markers for periods, a dashed rolling mean beside each."""
    title = "Tension over time (mean per period; dashed: rolling mean)"
    if agg.empty:
        return _empty(title, "No dated pair mentions match the filters.")
    top = agg.groupby("pair")["mentions"].sum().sort_values(ascending=False).index[:max_pairs]
    fig = go.Figure()
    for i, pair in enumerate(top):
        rows = agg[agg["pair"] == pair].sort_values("period")
        colour = PALETTE[i % len(PALETTE)]
        fig.add_trace(go.Scatter(
            x=rows["period"], y=rows["tension_mean"], mode="lines+markers", name=pair, legendgroup=pair,
            line=dict(color=colour), customdata=list(zip([pair] * len(rows), rows["period"].dt.strftime("%Y-%m-%d"),
                                                         rows["mentions"], rows["articles"])),
            hovertemplate=("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>tension %{y:.2f}"
                           "<br>mentions %{customdata[2]}<br>articles %{customdata[3]}<extra></extra>"),
        ))
        if len(rows) >= 2:
            smooth = rows["tension_mean"].rolling(rolling, min_periods=1).mean()
            fig.add_trace(go.Scatter(
                x=rows["period"], y=smooth, mode="lines", name=f"{pair} rolling", legendgroup=pair,
                showlegend=False, line=dict(color=colour, dash="dash", width=1), hoverinfo="skip",
            ))
    fig.update_layout(title=title, yaxis=dict(range=[-1.05, 1.05], title="tension (+ conflict, − cooperation)"),
                      xaxis_title="period", height=420, legend_title="pair", margin=dict(t=50, b=40))
    fig.add_hline(y=0, line=dict(color="#999", width=1))
    return fig


def _circle(actors: list[str]) -> dict[str, tuple[float, float]]:
    n = max(len(actors), 1)
    return {a: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, a in enumerate(actors)}


def _tension_colour(value: float) -> str:
    value = max(-1.0, min(1.0, value))
    if value >= 0:
        lo, hi, t = (217, 217, 217), (215, 48, 39), value
    else:
        lo, hi, t = (217, 217, 217), (26, 152, 80), -value
    r, g, b = (round(lo[k] + (hi[k] - lo[k]) * t) for k in range(3))
    return f"rgb({r},{g},{b})"


def network(summary: pd.DataFrame, max_edges: int = 60) -> go.Figure:
    """Actors as nodes on a circle, pairs as edges: colour = mean tension, width = mentions."""
    title = "Actor network (edge colour: mean tension; width: mentions)"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    edges = summary.nlargest(max_edges, "mentions")
    actors = sorted(set(edges["actor_a"]) | set(edges["actor_b"]))
    pos = _circle(actors)
    top = max(edges["mentions"].max(), 1)
    fig = go.Figure()
    for row in edges.itertuples():
        (x0, y0), (x1, y1) = pos[row.actor_a], pos[row.actor_b]
        fig.add_trace(go.Scatter(
            x=[x0, (x0 + x1) / 2, x1], y=[y0, (y0 + y1) / 2, y1], mode="lines", showlegend=False,
            line=dict(color=_tension_colour(row.tension_mean), width=1 + 9 * row.mentions / top),
            customdata=[[row.pair, row.mentions, row.tension_mean]] * 3,
            hovertemplate="<b>%{customdata[0]}</b><br>mentions %{customdata[1]}<br>tension %{customdata[2]:.2f}<extra></extra>",
        ))
    degree = pd.concat([edges[["actor_a", "mentions"]].rename(columns={"actor_a": "actor"}),
                        edges[["actor_b", "mentions"]].rename(columns={"actor_b": "actor"})]).groupby("actor")["mentions"].sum()
    fig.add_trace(go.Scatter(
        x=[pos[a][0] for a in actors], y=[pos[a][1] for a in actors], mode="markers+text", text=actors,
        textposition="top center", showlegend=False,
        marker=dict(size=[10 + 20 * degree[a] / degree.max() for a in actors], color="#444"),
        customdata=[[a, int(degree[a])] for a in actors],
        hovertemplate="<b>%{customdata[0]}</b><br>mentions %{customdata[1]}<extra></extra>",
    ))
    # An invisible trace carries the colour bar for the edges.
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                             marker=dict(colorscale=TENSION_SCALE, cmin=-1, cmax=1, color=[0], showscale=True,
                                         colorbar=dict(title="tension"))))
    fig.update_layout(title=title, xaxis=dict(visible=False), yaxis=dict(visible=False, scaleanchor="x"),
                      height=480, margin=dict(t=50, b=20))
    return fig


def heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Actor × actor mean tension; blank where a pair never occurs."""
    title = "Mean tension by actor pair"
    if matrix.empty:
        return _empty(title, "No pair mentions match the filters.")
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=list(matrix.columns), y=list(matrix.index), zmin=-1, zmax=1,
        colorscale=TENSION_SCALE, colorbar=dict(title="tension"), hoverongaps=False,
        hovertemplate="%{y} – %{x}<br>tension %{z:.2f}<extra></extra>",
    ))
    fig.update_layout(title=title, height=max(360, 28 * len(matrix) + 120), yaxis=dict(autorange="reversed"),
                      margin=dict(t=50, b=40))
    return fig


def sentiment_tension(summary: pd.DataFrame) -> go.Figure:
    """Each pair's mean sentiment against its mean tension; bubble size = mentions."""
    title = "Sentiment against tension per pair (size: mentions)"
    if summary.empty:
        return _empty(title, "No pair mentions match the filters.")
    top = max(summary["mentions"].max(), 1)
    fig = go.Figure(go.Scatter(
        x=summary["sentiment_mean"], y=summary["tension_mean"], mode="markers+text", text=summary["pair"],
        textposition="top center",
        marker=dict(size=[8 + 40 * math.sqrt(m / top) for m in summary["mentions"]], color=summary["tension_mean"],
                    colorscale=TENSION_SCALE, cmin=-1, cmax=1, line=dict(width=1, color="#333")),
        customdata=list(zip(summary["pair"], summary["mentions"], summary["articles"])),
        hovertemplate=("<b>%{customdata[0]}</b><br>sentiment %{x:.2f}<br>tension %{y:.2f}"
                       "<br>mentions %{customdata[1]}<br>articles %{customdata[2]}<extra></extra>"),
    ))
    fig.update_layout(title=title, xaxis=dict(range=[-1.05, 1.05], title="mean sentiment (VADER)"),
                      yaxis=dict(range=[-1.05, 1.05], title="mean tension"), height=460, margin=dict(t=50, b=40))
    return fig
