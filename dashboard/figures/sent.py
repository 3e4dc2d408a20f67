"""How the figures built from dicts are made and sent: grids laid out once per shape, no second validation by
Plotly, and JSON that the browser redraws only when it changed.

The time charts (timeline_panels, overlay, one_period) build their traces and layout as plain dicts on a grid
from ``_grid``; ``_figure`` wraps them unvalidated in a ``_SentFigure``, which hands its own parts to Streamlit's
serialiser as plain, rounded JSON numbers, in Streamlit's look without a template (``_unthemed``) and with a
digest of its JSON as its ``datarevision``.  make_subplots, add_trace and Plotly's validation walked every
point at every call, and a deep copy on every rerun cost more than building the figure.  The network, the
heatmap and the scatter are small and use Plotly's own calls.
"""

from __future__ import annotations

import functools
import json
import zlib

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots
from plotly.utils import PlotlyJSONEncoder


@functools.lru_cache(maxsize=32)
def _grid_layout(rows: int, cols: int, **subplots: object) -> tuple[dict, tuple[tuple[tuple[str, str], ...], ...]]:
    """make_subplots' layout (axes, domains, template) as a plain dict, and each cell's (xaxis, yaxis) trace
    references, once per grid shape.  Figures are then built whole from dicts in one go.Figure call:
    make_subplots, add_trace(row=, col=) and update_yaxes(row=, col=) validate and re-walk the figure at
    every call, which cost most of a timeline's building time.  Callers copy the layout (``_grid``)."""
    fig = make_subplots(rows=rows, cols=cols, **subplots)
    refs = tuple(tuple((cell[0].trace_kwargs["xaxis"], cell[0].trace_kwargs["yaxis"]) for cell in row)
                 for row in fig._grid_ref)
    return fig.layout.to_plotly_json(), refs


def _grid(rows: int, cols: int, **subplots: object) -> tuple[dict, tuple[tuple[tuple[str, str], ...], ...]]:
    text, refs = _grid_text(rows, cols, **subplots)
    return json.loads(text), refs


@functools.lru_cache(maxsize=32)
def _grid_text(rows: int, cols: int, **subplots: object) -> tuple[str, tuple[tuple[tuple[str, str], ...], ...]]:
    """The grid's layout as JSON text: a fresh copy is one json.loads, several times faster than a deepcopy."""
    layout, refs = _grid_layout(rows, cols, **subplots)
    return json.dumps(layout), refs


def _axis_key(ref: str) -> str:
    """A trace's axis reference ("x3") as its layout key ("xaxis3")."""
    return f"{ref[0]}axis{ref[1:]}"


class _SentFigure(go.Figure):
    """A figure whose ``to_dict`` hands over its own traces and layout instead of a deep copy.

    st.plotly_chart asks ``to_dict`` only to serialise it, on every rerun that shows it; the deep copy
    walked every point (an object per hover value) and cost more than building the timeline.  The
    figures are kept answers shared by sessions and are never modified (dashboard.answers), so there
    is nothing a copy would protect.

    Its arrays go as plain JSON numbers, not as Plotly 6's typed arrays (base64): Streamlit hands a new
    chart to Plotly twice, the second time a copy with its theme applied again, and Plotly.react redraws
    a figure whole when it holds typed arrays (each decoded anew), whatever its ``datarevision`` says;
    with plain arrays, ``datarevision`` and no template (``_unthemed``) the second pass is a no-op
    (docs/NOTEBOOK.md, sixteenth session, dayview2)."""

    def to_dict(self) -> dict:
        figure: dict = {"data": _plain(self._data), "layout": _containers(self._layout)}
        if self._frame_objs:
            figure["frames"] = _containers([frame._props for frame in self._frame_objs])
        return figure


#: Decimals a float array keeps in the JSON: the hover shows two, and float32 values (``pair_traces._floats``) written
#: as JSON numbers in full ("0.30000001192092896") tripled their size.
PLAIN_DECIMALS = 4
HOVER_DECIMALS = 4  # hover shows two: full-precision floats only made each point's JSON longer


def _plain(value: object) -> object:
    """``_containers(value)`` with each float array rounded to PLAIN_DECIMALS as float64 (which Plotly's JSON
    encoder writes short), a NaN as None.

    Plotly's JSON encoder writes a NaN as "NaN", finds it in the text, then parses the whole text and writes
    it again to make it null: three passes over the figure instead of one, on every rerun that shows it and
    in ``_figure``'s digest (a gap in a line is a NaN).  None is written null in the first pass: the same
    JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, (dict, list, tuple, np.ndarray)) for v in value):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        rounded = np.round(value.astype(np.float64), PLAIN_DECIMALS)
        missing = np.isnan(rounded)
        if not missing.any():
            return rounded
        gapped = rounded.astype(object)
        gapped[missing] = None
        return gapped
    return value


def _containers(value: object) -> object:
    """``value`` with its dicts and lists copied (the caller's copy to hand out) and everything else
    shared: arrays and strings are only read."""
    if isinstance(value, dict):
        return {k: _containers(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, (dict, list, tuple)) for v in value):
        return [_containers(v) for v in value]
    return value


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from the traces and layout a time chart built, not validated by Plotly again: validation
    walked every point of every trace, much of a new timeline's building time on each filter change.
    The JSON sent is the same (tests/test_dashboard_figures.py checks each kind against a validated copy).
    Its columns are NumPy arrays, not pandas Series, which Plotly deep-copies once here at a cost of
    milliseconds each."""
    fig = _SentFigure(data=[_arrays(trace) for trace in data], layout=_unthemed(layout), _validate=False)
    fig._layout.pop("template", None)  # go.Figure puts Plotly's default template into a layout without one
    # What tells Plotly.react that a figure is new: a digest of its JSON, so that the same figure always
    # has the same one and another figure (Streamlit may hand it to the same chart) another.
    text = json.dumps(fig.to_dict(), cls=PlotlyJSONEncoder, sort_keys=True)
    fig._layout["datarevision"] = f"{zlib.crc32(text.encode()):08x}"
    return fig


#: Streamlit's light theme (its Plotly template, as the dashboard shows it) written into the layout of the
#: figures sent with ``theme=None`` (dashboard.components.charts: the timeline's): Streamlit's theme adds a
#: template, and a figure with any template is drawn twice whole (``_SentFigure``).
STREAMLIT_FONT = '"Source Sans", sans-serif'
THEME_TEXT, THEME_HEADING, THEME_GRID, THEME_BORDER = "#808495", "#2F2D2B", "#e6eaf1", "#DCD8D4"
_LOOK = dict(font=dict(family=STREAMLIT_FONT, size=12, color=THEME_TEXT), paper_bgcolor="#FFFFFF",
             plot_bgcolor="#FFFFFF", margin=dict(pad=8),
             hoverlabel=dict(bgcolor="#FFFFFF", bordercolor=THEME_BORDER,
                             font=dict(family=STREAMLIT_FONT, size=12, color=THEME_TEXT)),
             # what Streamlit's on_select sets when a figure leaves them out: set here, no second pass
             clickmode="event+select", hovermode="closest", dragmode="pan")
_X_LOOK = dict(showgrid=False, zeroline=False)
_Y_LOOK = dict(gridcolor=THEME_GRID, zerolinecolor=THEME_GRID, ticklabelposition="outside")


def _unthemed(layout: dict) -> dict:
    """``layout`` without a template, in Streamlit's look (``_LOOK``); its own settings win."""
    out = {k: v for k, v in layout.items() if k != "template"}
    for key, value in _LOOK.items():
        out[key] = {**value, **out[key]} if isinstance(value, dict) and isinstance(out.get(key), dict) \
            else out.get(key, value)
    for key in [k for k in out if k.startswith(("xaxis", "yaxis"))]:
        out[key] = {**(_X_LOOK if key.startswith("x") else _Y_LOOK), **out[key]}
    title = out.get("title")
    if isinstance(title, dict):
        font = {"family": STREAMLIT_FONT, "color": THEME_HEADING, **title.get("font", {})}
        out["title"] = {"x": 0, "xanchor": "left", "pad": dict(l=4), **title, "font": font,
                        "text": f"<b>{title['text']}</b>" if title.get("text") else title.get("text")}
    return out


def _arrays(props: dict) -> dict:
    """``props`` (a trace, or a part of one such as its error bars) with each pandas column as a NumPy
    array, which Plotly sends alike."""
    return {k: v.to_numpy() if isinstance(v, (pd.Series, pd.Index)) else _arrays(v) if isinstance(v, dict) else v
            for k, v in props.items()}
