"""Plotly figures as pure functions of small, already aggregated tables (tests call them directly).

The timeline charts the tension index (analysis.aggregate), which grows with reported conflict;
the other charts show mean tension per pair.  Colour conventions: tension runs from green
(cooperation, -1) through grey (0) to red (conflict, +1), on the same fixed range, so colours
compare across charts and filters.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

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


STEPS = {"D": pd.DateOffset(days=1), "W": pd.DateOffset(weeks=1), "M": pd.DateOffset(months=1)}
TICK_FORMATS = {"D": "%Y-%m-%d", "W": "%Y-%m-%d", "M": "%b %Y"}


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _filled(rows: pd.DataFrame, periods: pd.DatetimeIndex, covered: pd.DatetimeIndex) -> pd.DataFrame:
    """The pair's rows on every period of the span.

    A covered period (one the table has for any pair) without the pair reports no conflict: index
    and mentions 0.  A period nothing covers (a gap in the corpus or the filters) stays NaN, so the
    line breaks there instead of inventing a value."""
    out = rows.set_index("period").reindex(periods).rename_axis("period")
    quiet = out["mentions"].isna() & out.index.isin(covered)
    for column in ("tension_index", "index_low", "index_high", "mentions", "articles"):
        out.loc[quiet, column] = 0
    return out.reset_index()


def _band(rows: pd.DataFrame) -> tuple[list, list]:
    """The interval as closed polygons, one per run of consecutive periods with data (None between)."""
    xs: list = []
    ys: list = []
    present = rows["tension_index"].notna().to_numpy()
    start = None
    for i in range(len(rows) + 1):
        if i < len(rows) and present[i]:
            start = i if start is None else start
            continue
        if start is not None:
            run = rows.iloc[start:i]
            xs += [*run["period"], *run["period"][::-1], run["period"].iloc[0], None]
            ys += [*run["index_high"], *run["index_low"][::-1], run["index_high"].iloc[0], None]
            start = None
    return xs, ys


def _hover(rows: pd.DataFrame) -> tuple[list, str]:
    custom = list(zip(rows["pair"], rows["period"].dt.strftime("%Y-%m-%d"), rows["mentions"], rows["articles"],
                      rows["index_low"], rows["index_high"], rows["tension_mean"], rows["period_articles"]))
    template = ("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>index %{y:.2f} "
                "(95%: %{customdata[4]:.2f}–%{customdata[5]:.2f})<br>mentions %{customdata[2]}"
                "<br>articles %{customdata[3]} of %{customdata[7]}<br>mean tension %{customdata[6]:.2f}<extra></extra>")
    return custom, template


def timeline(agg: pd.DataFrame, period: str = "W", max_pairs: int = 12) -> go.Figure:
    """The tension index per pair per period with its 95 % band, and the mentions behind it as bars.

    Periods without data stay gaps (no line drawn across them); a corpus with a single period gets
    one bar per pair instead of a time axis (which would otherwise zoom to milliseconds)."""
    title = "Tension index per period (band: 95 % interval)"
    if agg.empty:
        return _empty(title, "No dated pair mentions match the filters.")
    top = list(agg.groupby("pair")["mentions"].sum().sort_values(ascending=False).index[:max_pairs])
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.72, 0.28], vertical_spacing=0.06)
    single = agg["period"].nunique() == 1
    if single:
        day = agg["period"].iloc[0]
        rows = agg[agg["pair"].isin(top)].set_index("pair").loc[top].reset_index()
        custom, template = _hover(rows)
        colours = [PALETTE[i % len(PALETTE)] for i in range(len(rows))]
        fig.add_trace(go.Bar(
            x=rows["pair"], y=rows["tension_index"], name="tension index", marker_color=colours, customdata=custom,
            hovertemplate=template, showlegend=False,
            error_y=dict(type="data", symmetric=False, array=rows["index_high"] - rows["tension_index"],
                         arrayminus=rows["tension_index"] - rows["index_low"], color="#555"),
        ), row=1, col=1)
        fig.add_trace(go.Bar(x=rows["pair"], y=rows["mentions"], marker_color=colours, showlegend=False,
                             name="mentions", customdata=custom,
                             hovertemplate="<b>%{x}</b><br>mentions %{y}<extra></extra>"), row=2, col=1)
        fig.update_xaxes(type="category", row=1, col=1)
        fig.update_xaxes(type="category", title_text="pair", row=2, col=1)
        when = {"D": f"on {day:%Y-%m-%d}", "M": f"in {day:%B %Y}"}.get(period, f"in the week of {day:%Y-%m-%d}")
        title = f"Tension index {when}, the only period (95 % interval)"
    else:
        periods = pd.date_range(agg["period"].min(), agg["period"].max(), freq=STEPS.get(period, STEPS["W"]))
        covered = pd.DatetimeIndex(agg["period"].unique())
        periods = periods.union(covered)
        for i, pair in enumerate(top):
            rows = _filled(agg[agg["pair"] == pair], periods, covered)
            rows["pair"] = pair
            colour = PALETTE[i % len(PALETTE)]
            xs, ys = _band(rows)
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=_rgba(colour, 0.15),
                                     line=dict(width=0, color=colour), legendgroup=pair, showlegend=False,
                                     hoverinfo="skip", name=f"{pair} interval"), row=1, col=1)
            custom, template = _hover(rows)
            fig.add_trace(go.Scatter(
                x=rows["period"], y=rows["tension_index"], mode="lines+markers", name=pair, legendgroup=pair,
                connectgaps=False, line=dict(color=colour), customdata=custom, hovertemplate=template,
                # Whiskers too: a band needs two neighbouring periods, an isolated period has none.
                error_y=dict(type="data", symmetric=False, array=rows["index_high"] - rows["tension_index"],
                             arrayminus=rows["tension_index"] - rows["index_low"], color=colour, thickness=1,
                             width=2),
            ), row=1, col=1)
            fig.add_trace(go.Bar(x=rows["period"], y=rows["mentions"], name=f"{pair} mentions", legendgroup=pair,
                                 showlegend=False, marker_color=colour, customdata=custom,
                                 hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>mentions %{y}"
                                               "<extra></extra>"), row=2, col=1)
        fig.update_xaxes(type="date", tickformat=TICK_FORMATS.get(period, "%Y-%m-%d"), row=1, col=1)
        fig.update_xaxes(type="date", tickformat=TICK_FORMATS.get(period, "%Y-%m-%d"), title_text="period",
                         row=2, col=1)
    fig.update_yaxes(title_text="conflict per 100 articles", rangemode="tozero", row=1, col=1)
    fig.update_yaxes(title_text="mentions", rangemode="tozero", row=2, col=1)
    fig.update_layout(title=title, height=520, legend_title="pair", barmode="group", margin=dict(t=50, b=40))
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
