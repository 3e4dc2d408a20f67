"""The timeline's chosen pairs ("overlay these pairs") as lines in one chart, index over mentions, each line
labelled at its end in the right margin instead of a legend, the labels moved apart where lines end close
together.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.pair_traces import OVERLAID_BARGAP, _filled, _index_traces, _mention_bars, period_totals
from dashboard.figures.sent import _axis_key, _figure, _grid
from dashboard.figures.time_axis import TICK_FORMATS, WIDE_TICKS, _axis_periods, _index_ceiling, _seams
from dashboard.figures.titles import TITLE_SMALL, _cut_note, _few_per_period, _heading, _partial_note, _plural, _short, _title
from dashboard.labels import pair_name

# The overlaid lines' colours, one per chosen pair in the order chosen (the panels draw theirs in one grey).
PALETTE = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
           "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"]
OVERLAY_BOTTOM = 64  # px under the overlaid chart: its slanted date labels at the layout's font size
OVERLAY_NAME_CHARS = 18  # an overlaid line's pair name in the right margin, shortened to
# An end label's height: its two lines (code at 12 px, name at 11 px) at Plotly's line spacing of 1.3, and some air
OVERLAY_LABEL_PX = 34
OVERLAY_HEIGHT = 540


def _overlaid(agg: pd.DataFrame, period: str, pairs: list[str], partial: pd.Timestamp | None = None,
              last_day: dt.date | None = None, covered: pd.Index | None = None, range_end: bool = False) -> go.Figure:
    """The chosen pairs as lines in one chart, each labelled at its last point instead of a legend."""
    layout, refs = _grid(2, 1, shared_xaxes=True, row_heights=(0.72, 0.28), vertical_spacing=0.06)
    index_axes, bar_axes = refs[0][0], refs[1][0]
    periods, covered, cuts, runs, ticks = _axis_periods(agg, period, covered, WIDE_TICKS)
    totals = period_totals(agg)
    ends: list[tuple[str, float, str]] = []
    data: list[dict] = []
    for i, pair in enumerate(pairs):
        rows = _filled(agg[agg["pair"] == pair], periods, covered, totals)
        colour = PALETTE[i % len(PALETTE)]
        data += _index_traces(rows, pair, colour, 0.15, index_axes, partial, last_day, period, range_end)
        data.append(_mention_bars(rows, pair, colour, bar_axes, partial, period, (i, len(pairs)), OVERLAID_BARGAP))
        ends.append((pair, float(rows[rows["tension_index"].notna()]["tension_index"].iloc[-1]), colour))
    shown = agg[agg["pair"].isin(pairs)]
    ceiling = _index_ceiling(shown, float(shown["tension_index"].max()) * 1.15)
    # The labels sit in the right margin, at the height of each line's last value (moved apart
    # when lines end close together): a legend box would take the plot's width and be clipped.
    # Code over name, the name shortened: on one line the labels took 190 px, and the lines had 170 px of the
    # 440 the chart gets at a 900 px window.
    names = {pair: _short(pair_name(pair), OVERLAY_NAME_CHARS) for pair, _, _ in ends}
    # The timeline's heading (``_heading``): a <sup> line after another left a blank line's gap between them; the
    # cut's dates and the partial period's note on lines of their own (after the first, clipped at 900 px).
    lines = ["band: 95 % interval · click a point to read its article", f"gaps: no data{_cut_note(runs)}",
             *([note] if (note := _partial_note(partial, last_day, range_end)) else []), *_few_per_period(shown)]
    heading, margin_top = _title(_heading(f"Tension index of {_plural(len(pairs), 'chosen pair', 'chosen pairs')}",
                                          *lines), 42 + 14 * len(lines), OVERLAY_HEIGHT, font=TITLE_SMALL)
    # The labels' gap in pixels, as the index axis is drawn (the figure's height less its margins, times the axis's
    # share): a ninth of the axis's range left two-line labels touching, and more so once the labels pushed past
    # its top had stretched the range (WCEP's six pairs, at 900 and 1,400 px).  None rises past the top; those that
    # do not fit above the axis's foot go on down beside the bars.
    domain = layout[_axis_key(index_axes[1])]["domain"]
    axis_px = (OVERLAY_HEIGHT - margin_top - OVERLAY_BOTTOM) * (domain[1] - domain[0])
    gap = ceiling * OVERLAY_LABEL_PX / axis_px
    heights = _spread([min(v, ceiling) for _, v, _ in ends], gap, high=ceiling - gap / 2)
    annotations = [dict(x=1.0, xref="paper", y=y, yref=index_axes[1], yanchor="middle", align="left",
                        text=f'<b>{pair}</b><br><span style="font-size:11px">{names[pair]}</span>',
                        showarrow=False, xanchor="left", xshift=6, font=dict(color=colour, size=12))
                   for (pair, _, colour), y in zip(ends, heights)]
    right = 14 + math.ceil(max(max(len(p) * 7.5, len(n) * 6.0) for p, n in names.items()))
    pad = (periods.max() - periods.min()) * 0.01
    for key in [k for k in layout if k.startswith("xaxis")]:
        layout[key].update(type="date", tickformat=TICK_FORMATS.get(period, "%Y-%m-%d"),
                           range=[periods.min() - pad, periods.max() + pad], tickmode="array", tickvals=ticks)
        if cuts:
            layout[key].update(rangebreaks=cuts)
    if cuts:
        layout["shapes"] = _seams(cuts, [index_axes, bar_axes])
    layout[_axis_key(index_axes[1])].update(title=dict(text="conflict weight per 100 articles"), range=[0, ceiling])
    layout[_axis_key(bar_axes[1])].update(title=dict(text="mentions"), rangemode="tozero", tickformat=",~g")
    # "overlay": each pair's bars sit where their own offset puts them (``_mention_bars``' slot); the bottom
    # margin holds the slanted date labels (b=40 cut their lower half)
    layout.update(annotations=annotations, title=heading, height=OVERLAY_HEIGHT, showlegend=False, barmode="overlay",
                  margin=dict(t=margin_top, b=OVERLAY_BOTTOM, r=right))
    return _figure(data, layout)


def _spread(values: list[float], gap: float, high: float | None = None) -> list[float]:
    """``values`` moved apart, as little as needed, so that neighbours are at least ``gap`` apart
    (end labels of lines that end close together); the order is kept.  ``high``: none above it (the top of
    the axis): those pushed past it come back down, and the ones under them with them."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = list(values)
    for prev, cur in zip(order, order[1:]):
        out[cur] = max(out[cur], out[prev] + gap)
    if high is not None and order:
        out[order[-1]] = min(out[order[-1]], high)
        for above, cur in zip(order[::-1], order[-2::-1]):
            out[cur] = min(out[cur], out[above] - gap)
    return out
