import datetime as dt
import math
import re

import numpy as np
import pandas as pd
import pytest

from analysis import run
from dashboard import figures
from dashboard.explore import actor_mentions, among_top_actors, top_actors
from dashboard.figures.scatter import _label_places, _tension_rgba
from dashboard.figures.timeline_panels import _panel_caption
from dashboard.state import DEFAULT_TOP_ACTORS, ViewState


@pytest.fixture(scope="module")
def tables(corpus_dir):
    from dashboard.corpus import build
    from dashboard.sources import MemorySource

    view = MemorySource(build(run(corpus_dir))).view(ViewState(period="W"))
    return view.agg, view.summary


def wide_summary(n_actors: int = 40) -> pd.DataFrame:
    """A summary like a large corpus's: every pair of ``n_actors`` codes, mentions falling with rank."""
    codes = [f"A{i:02d}" for i in range(n_actors)]
    rows = []
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            mentions = max(1, 400 // (i + 1) - int(b[1:]))
            rows.append({"pair": f"{a}-{b}", "actor_a": a, "actor_b": b, "mentions": mentions, "articles": mentions,
                         "sentiment_mean": math.sin(len(rows)) * 0.3, "tension_mean": math.cos(len(rows)) * 0.3})
    return pd.DataFrame(rows).sort_values("mentions", ascending=False, ignore_index=True)


def trace(fig, name):
    return next(t for t in fig.data if t.name == name)


def points(fig):
    """Each pair's points: its hover, and what a click opens (the line under them is "PAIR line")."""
    return [t for t in fig.data if t.type == "scatter" and t.mode == "markers" and t.name == t.legendgroup]


def test_timeline_has_an_index_line_band_and_mention_bars_per_pair(tables):
    agg, _ = tables
    fig = figures.timeline(agg, "W")
    main = points(fig)
    bands = [t for t in fig.data if t.type == "scatter" and t.fill == "toself"]
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in main} == set(agg["pair"]) == {t.legendgroup for t in bands} == {t.legendgroup for t in bars}
    assert all("mentions" in t.hovertemplate and "95%" in t.hovertemplate for t in main)
    assert all(t.error_y.array is None for t in main)  # an isolated period's whisker is a trace of its own
    assert fig.layout.xaxis.type == "date"


def test_an_isolated_period_shows_its_interval_as_a_whisker_of_its_own(tables):
    """Only the isolated period (its neighbours uncovered: no band) has a whisker, in a trace with no hover,
    and the points carry no error bars: as plain JSON a point's NaN whisker became a null, drawn as 0."""
    agg, _ = tables
    row = agg.iloc[0]
    weeks = pd.to_datetime(["2025-01-06", "2025-01-20", "2025-01-27"])  # 2025-01-13 has no article at all
    one = pd.DataFrame([{**row.to_dict(), "period": w, "index_low": 1.0, "tension_index": 2.0 + k,
                         "index_high": 4.0 + k} for k, w in enumerate(weeks)])
    fig = figures.timeline(one, "W", covered=pd.DatetimeIndex(weeks))
    (whiskers,) = [t for t in fig.data if t.name == f"{row['pair']} whiskers"]
    assert list(whiskers.x) == ["2025-01-06"] and whiskers.hoverinfo == "skip" and whiskers.legendgroup == row["pair"]
    assert list(whiskers.error_y.array) == [2.0] and list(whiskers.error_y.arrayminus) == [1.0]
    assert all(t.error_y.array is None for t in points(fig))
    sent = fig.to_dict()["data"]
    assert not any("error_y" in t for t in sent if t.get("name") != f"{row['pair']} whiskers")


def test_timeline_points_carry_their_numbers_alone_and_a_click_names_pair_and_period(tables):
    """A point's hover numbers are one float array (no object per point); its pair is in the template and
    the trace's legendgroup, its period its x: what charts._pick reads from a click."""
    agg, _ = tables
    fig = figures.timeline(agg, "W")
    for line in points(fig):
        pair = line.legendgroup
        assert line.customdata.dtype.kind == "f" and f"<b>{pair}</b>" in line.hovertemplate
        shown = agg[agg["pair"] == pair].set_index("period")
        for x, custom in zip(pd.DatetimeIndex(line.x), line.customdata):
            if x in shown.index:  # a period the pair has (the others are filled in with 0 or left empty)
                assert custom[0] == shown.at[x, "mentions"] and custom[1] == shown.at[x, "articles"]
                assert custom[4] == shown.at[x, "period_articles"]
    for bars in (t for t in fig.data if t.type == "bar"):
        assert bars.customdata is None and f"<b>{bars.legendgroup}</b>" in bars.hovertemplate


def test_timeline_gives_each_pair_a_panel_index_over_mentions_titled_with_names(tables):
    agg, _ = tables
    fig = figures.timeline(agg, "W", panels=4)
    main = points(fig)
    bars = {t.legendgroup: t for t in fig.data if t.type == "bar"}
    assert [t.name for t in main] == list(figures.pair_activity(agg)["pair"][:4])
    assert len({t.yaxis for t in main}) == 4  # one panel per pair, not four lines in one chart
    def layout_axis(name):
        return fig.layout[name[0] + "axis" + name[1:]]

    def shared(name):
        return layout_axis(name).matches or name

    assert len({shared(t.xaxis) for t in main + list(bars.values())}) == 1  # one time axis for every panel
    for line in main:
        bar = bars[line.name]
        index_y, bar_y = layout_axis(line.yaxis), layout_axis(bar.yaxis)
        assert bar_y.domain[1] < index_y.domain[0]  # the mentions right under the pair's own index
        assert layout_axis(bar.xaxis).domain == layout_axis(line.xaxis).domain
        assert list(index_y.range) == list(fig.layout.yaxis.range)  # one index scale in every panel
    titles = " ".join(a.text for a in fig.layout.annotations)
    assert "China" in titles and "Japan" in titles and "CHN-JPN" in titles and "mentions" in titles


def test_panels_count_and_overlaid_pairs_as_end_labelled_lines(tables):
    agg, _ = tables
    one = figures.timeline(agg, "W", panels=1)
    assert len(points(one)) == 1
    fig = figures.timeline(agg, "W", overlay=["RUS-UKR", "CHN-JPN", "ZZZ-QQQ"])
    main = points(fig)
    assert [t.name for t in main] == ["RUS-UKR", "CHN-JPN"]  # unknown pairs are skipped
    assert {t.yaxis for t in main} == {"y"} and fig.layout.showlegend is False
    labels = [a.text for a in fig.layout.annotations]
    assert any("RUS-UKR" in t and "Russia" in t for t in labels) and any("CHN-JPN" in t for t in labels)
    assert len({t.marker.color for t in main}) == 2


def test_overlaid_lines_end_labels_take_little_of_the_width(tables):
    """The labels at the lines' ends, "IRN-USA Iran–United States" on one line, took a 190 px margin: at a 900 px
    window the lines had 170 px of the chart's 440.  Code over name now, the name at most 18 characters."""
    agg, _ = tables
    fig = figures.timeline(agg, "W", overlay=["RUS-UKR", "CHN-JPN"])
    assert fig.layout.margin.r <= 130
    assert all("<br>" in a.text for a in fig.layout.annotations)
    assert "<sup>" not in fig.layout.title.text  # the heading's lines, no blank gap between two <sup> lines


def _label_px(fig) -> list[float]:
    """Each overlaid end label's centre, in px from the figure's top, as Plotly places it on the index axis."""
    layout = fig.layout
    axis = layout.yaxis
    plot = layout.height - layout.margin.t - layout.margin.b
    (low, high), (d0, d1) = axis.range, axis.domain
    return [layout.margin.t + (1 - d0 - (a.y - low) / (high - low) * (d1 - d0)) * plot for a in layout.annotations]


@pytest.mark.parametrize("ends", [(5.0, 5.1, 5.2, 5.3, 5.4, 5.5), (0.0, 0.0, 0.1, 0.0, 0.2, 0.1), (1, 9, 9.9, 10, 10, 10)])
def test_overlaid_end_labels_of_lines_ending_close_together_do_not_touch(ends):
    """WCEP's six pairs overlaid: their two-line end labels touched, code on the name above, at 900 and
    1,400 px (a tenth of the axis's range apart, and the range stretched by labels pushed past its top)."""
    pairs = [f"A{i}-B{i}" for i in range(len(ends))]
    agg = _agg([(p, day, 6, value) for p, end in zip(pairs, ends)
                for day, value in (("2025-01-06", 10.0), ("2025-01-13", 2.0), ("2025-01-20", end))])
    fig = figures.timeline(agg, "W", overlay=pairs)
    centres = sorted(_label_px(fig))
    assert len(centres) == len(pairs)
    assert min(b - a for a, b in zip(centres, centres[1:])) >= figures.OVERLAY_LABEL_PX - 0.01
    top = fig.layout.margin.t + (1 - fig.layout.yaxis.domain[1]) * (fig.layout.height - fig.layout.margin.t
                                                                    - fig.layout.margin.b)
    assert centres[0] - figures.OVERLAY_LABEL_PX / 2 >= top - 0.01  # none above the axis, into the heading
    assert centres[-1] + figures.OVERLAY_LABEL_PX / 2 <= fig.layout.height  # nor below the figure


def _agg(rows):
    frame = pd.DataFrame(rows, columns=["pair", "period", "mentions", "tension_index"])
    frame["period"] = pd.to_datetime(frame["period"])
    frame["articles"] = frame["mentions"]
    frame["period_articles"] = 100
    frame["tension_mean"] = 0.5
    frame["index_low"] = frame["tension_index"] / 2
    frame["index_high"] = frame["tension_index"] * 2
    return frame


@pytest.mark.parametrize("overlay", [(), ("A-B",)])
def test_a_long_run_without_articles_is_cut_out_of_the_time_axis(overlay):
    """WCEP has no articles from 2021 to May 2024: the empty years took a third of each panel's width."""
    import json

    import plotly.graph_objects as go
    import plotly.io as pio

    months = [*pd.date_range("2020-01-01", "2020-12-01", freq="MS"), *pd.date_range("2024-06-01", "2024-09-01", freq="MS")]
    agg = _agg([("A-B", str(m.date()), 6, 1.0) for m in months] + [("C-D", "2020-03-01", 6, 2.0)])
    fig = figures.timeline(agg, "M", overlay=overlay)
    axes = [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("xaxis")]
    assert axes and all(len(a.rangebreaks) == 1 for a in axes)
    low, high = (pd.Timestamp(b) for b in axes[0].rangebreaks[0].bounds)
    assert pd.Timestamp("2020-12-01") < low < pd.Timestamp("2021-01-01")  # December's bar keeps its width
    assert pd.Timestamp("2024-05-01") < high < pd.Timestamp("2024-06-01")
    assert "Jan 2021–May 2024 cut out (no articles)" in fig.layout.title.text
    validated = go.Figure(fig.to_dict())  # rangebreaks as Plotly checks them
    assert json.loads(pio.to_json(validated))["layout"]["xaxis"]["rangebreaks"] == json.loads(
        pio.to_json(fig))["layout"]["xaxis"]["rangebreaks"]
    # the cut periods are not sent, but the first, whose empty value breaks the line; periods as days
    line = trace(fig, "A-B line")
    assert list(line.x).count("2021-01-01") == 1 and "2021-02-01" not in line.x and "2024-05-01" not in line.x
    assert "2024-06-01" in line.x and pd.isna(line.y[list(line.x).index("2021-01-01")])
    # a gap of two months stays on the axis, a gap as a gap
    short = _agg([("A-B", "2025-01-01", 3, 1.0), ("A-B", "2025-04-01", 5, 4.0)])
    assert not figures.timeline(short, "M").layout.xaxis.rangebreaks


def test_periods_without_data_are_gaps_not_lines():
    agg = _agg([("A-B", "2025-01-01", 3, 1.0), ("A-B", "2025-04-01", 5, 4.0)])
    fig = figures.timeline(agg, "M")
    line = next(t for t in fig.data if t.name.endswith(" line"))
    assert len(line.x) == 4 and line.connectgaps is False
    assert pd.isna(line.y[1]) and pd.isna(line.y[2])
    band = next(t for t in fig.data if t.type == "scatter" and t.fill == "toself")
    assert list(band.x).count(None) == 2  # two separate polygons, none across the gap


def test_a_period_other_pairs_cover_is_zero_for_a_pair_not_named_in_it():
    agg = _agg([("A-B", "2025-01-01", 3, 1.0), ("C-D", "2025-02-01", 2, 2.0), ("A-B", "2025-04-01", 5, 4.0)])
    fig = figures.timeline(agg, "M")
    line = trace(fig, "A-B line")
    assert line.y[1] == 0 and pd.isna(line.y[2])  # February: others reported, A-B nothing; March: no data


def drawn_at(line, days) -> np.ndarray:
    """The drawn line's value on each of ``days``: straight between its points, as Plotly draws it."""
    xs = np.array([pd.Timestamp(x).value for x in line.x], dtype=float)
    return np.interp([pd.Timestamp(d).value for d in days], xs, np.asarray(line.y, dtype=float))


@pytest.mark.parametrize("overlay", [(), ("A-B", "C-D")])
def test_a_cut_is_drawn_where_it_is_as_a_dotted_line_across_each_panel(overlay):
    """WCEP's panels ran a line from Jan 2020 to Jul 2024, and only the title said the years between were cut out:
    a dotted line marks the seam on the index and the bars of every panel (at the break's upper bound, which the
    axis keeps), and the title names it."""
    months = [*pd.date_range("2020-01-01", "2020-12-01", freq="MS"), *pd.date_range("2024-06-01", "2024-09-01", freq="MS")]
    agg = _agg([(p, str(m.date()), 6, 1.0) for m in months for p in ("A-B", "C-D")])
    fig = figures.timeline(agg, "M", overlay=overlay)
    (cut,) = fig.layout.xaxis.rangebreaks
    seams = [s for s in fig.layout.shapes if s.line.dash == "dot"]
    axes = sorted(k for k in fig.layout.to_plotly_json() if k.startswith("xaxis"))
    assert len(seams) == len(axes) and {s.xref for s in seams} == {"x" + k[5:] for k in axes}
    assert all(s.x0 == s.x1 == cut.bounds[1] and (s.y0, s.y1) == (0, 1) and s.yref.endswith(" domain") for s in seams)
    assert "upright dotted line: Jan 2021–May 2024 cut out (no articles)" in fig.layout.title.text
    assert not figures.timeline(agg[agg["period"] < "2021-01-01"], "M", overlay=overlay).layout.shapes  # no cut


def test_a_chosen_pairs_quiet_periods_are_zero_not_cut_out_as_without_articles():
    """WCEP with pairs=CHN-JPN: its table holds only the months naming it, so the timeline read the others
    as periods without data and cut "Sep 2018–Oct 2019 … cut out (no articles)" though thousands of
    articles were there.  The view's periods with articles (``covered``) make them zeros, as among all pairs."""
    agg = _agg([("A-B", "2020-01-01", 3, 1.0), ("A-B", "2020-12-01", 5, 4.0)])
    covered = pd.date_range("2020-01-01", "2021-02-01", freq="MS")
    fig = figures.timeline(agg, "M", covered=covered)
    line = trace(fig, "A-B line")
    drawn = drawn_at(line, covered)
    assert list(drawn[1:11]) == [0] * 10 and drawn[-1] == 0 and list(drawn[[0, 11]]) == [1.0, 4.0]
    assert len(line.x) < len(covered)  # the quiet runs' insides are not sent: a straight segment draws them
    assert not fig.layout.xaxis.rangebreaks and "no articles" not in fig.layout.title.text
    assert "cut out (no articles)" in figures.timeline(agg, "M").layout.title.text  # its own periods alone
    # one period of its own among several with articles: a time axis, not the one-period bars
    alone = _agg([("A-B", "2020-03-01", 3, 1.0)])
    assert figures.timeline(alone, "M", covered=covered).layout.xaxis.type == "date"


@pytest.mark.parametrize("overlay", [(), ("A-B",)])
def test_several_cut_spans_are_counted_not_listed_so_the_title_line_fits(overlay):
    """Under actors=RUS and the Reuters sources the small multiples' title listed four cut spans' dates and ran
    past the chart's right edge, clipped at "click a"."""
    import re

    agg = _agg([("A-B", day, 3, 1.0) for day in ("2017-01-01", "2017-12-01", "2018-12-01", "2019-12-01", "2020-12-01")])
    title = figures.timeline(agg, "M", overlay=overlay).layout.title.text
    assert "4 spans without articles cut out" in title
    lines = [re.sub(r"<[^>]+>", "", line) for line in title.split("<br>")]
    assert max(len(line) for line in lines) <= 95, lines


def test_a_single_date_gives_one_bar_per_pair_on_a_category_axis(seed_pairs):
    from analysis import aggregate

    agg = aggregate(seed_pairs, "W")
    assert agg["period"].nunique() == 1
    fig = figures.timeline(agg, "W")
    assert fig.layout.xaxis.type == "category" and fig.layout.xaxis2.type == "category"
    index_bars = [t for t in fig.data if t.type == "bar" and t.yaxis == "y"]
    assert len(index_bars) == 1 and set(index_bars[0].x) <= set(agg["pair"])
    assert index_bars[0].error_y.array is not None
    assert agg["period"].iloc[0].strftime("%Y-%m-%d") in fig.layout.title.text


def test_top_actors_rank_by_mentions_and_limit_the_pairs():
    summary = wide_summary()
    totals = actor_mentions(summary)
    assert list(totals) == sorted(totals, reverse=True)
    top = top_actors(summary, 5)
    assert top == list(totals.index[:5]) and top[0] == "A00"
    kept = among_top_actors(summary, 5)
    assert set(kept["actor_a"]) | set(kept["actor_b"]) <= set(top) and len(kept) == 10  # 5 choose 2


def test_network_shows_only_the_top_actors_and_their_strongest_pairs():
    summary = wide_summary()
    fig = figures.network(summary, top=6)
    nodes = trace(fig, "actors")
    assert [c[0] for c in nodes.customdata] == top_actors(summary, 6)
    edges = [t for t in fig.data if t.mode == "lines"]
    assert len(edges) <= 12 and len(edges) == len(trace(fig, "pairs").x)
    fig = figures.network(summary)
    assert len(trace(fig, "actors").x) == DEFAULT_TOP_ACTORS


@pytest.mark.parametrize("top", [2, 5, DEFAULT_TOP_ACTORS, 20])
def test_network_labels_are_written_sideways_and_never_share_a_line(top):
    # Labels written above and below the circle collided with their neighbours' at 12 actors.
    nodes = trace(figures.network(wide_summary(), top=top), "actors")
    assert set(nodes.textposition) <= {"middle right", "middle left"}
    for side in ("middle right", "middle left"):
        ys = sorted(y for y, where in zip(nodes.y, nodes.textposition) if where == side)
        assert all(b - a > 0.05 for a, b in zip(ys, ys[1:])), ys
    for x, where in zip(nodes.x, nodes.textposition):
        assert (x >= 0) == (where == "middle right")


def test_a_network_of_many_actors_labels_them_by_code_on_a_larger_circle():
    """uiaudit27: 30 actors with their names written out took 40 % of the chart's height and their labels ran
    into each other ("PAK · Pakistan" over "ARE · United Arab Emirates").  Past NETWORK_NAMED_ACTORS a label
    is the code (the name stays in the hover), and the room for labels narrows, so the circle grows."""
    from dashboard.figures.actor_network import NETWORK_NAMED_ACTORS, NETWORK_X_RANGE

    summary = wide_summary()
    few, many = figures.network(summary, top=NETWORK_NAMED_ACTORS), figures.network(summary, top=30)
    plain = [re.sub(r"<[^>]+>", "", t) for t in trace(many, "actors").text]
    assert plain == [c[0] for c in trace(many, "actors").customdata]  # codes alone
    assert all(" · " in re.sub(r"<[^>]+>", "", t) or len(t) < 40 for t in trace(few, "actors").text)
    assert few.layout.xaxis.range[1] == NETWORK_X_RANGE > many.layout.xaxis.range[1]
    assert "%{customdata[2]}" in trace(many, "actors").hovertemplate  # the name, on hover


def test_network_edges_coloured_by_tension_sized_by_mentions_and_clickable(tables):
    _, summary = tables
    fig = figures.network(summary)
    edges = [t for t in fig.data if t.mode == "lines"]
    handles = trace(fig, "pairs")
    pairs = [c[0] for c in handles.customdata]
    assert sorted(pairs) == sorted(summary["pair"]) and len(edges) == len(pairs)
    widths = {p: t.line.width for p, t in zip(pairs, edges)}
    assert widths[summary.iloc[0]["pair"]] == max(widths.values())
    # Every edge's dot lies on its edge, and no two dots share a place (clicks reach each pair).
    for (x, y), t in zip(zip(handles.x, handles.y), edges):
        (x0, x1), (y0, y1) = t.x, t.y
        assert abs((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)) < 1e-9
    spots = {(round(x, 3), round(y, 3)) for x, y in zip(handles.x, handles.y)}
    assert len(spots) == len(pairs)
    assert "China–Japan" in " ".join(c[3] for c in handles.customdata)


def test_edge_dots_of_crossing_diameters_do_not_coincide():
    summary = wide_summary(8)
    fig = figures.network(summary, top=8)
    handles = trace(fig, "pairs")
    points = list(zip(handles.x, handles.y))
    assert min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:]) >= 0.1


def test_heatmap_is_limited_symmetric_on_the_tension_range_and_clickable():
    summary = wide_summary()
    fig = figures.heatmap(summary, top=7)
    cells = fig.data[0]
    assert (cells.zmin, cells.zmax) == (-1, 1)
    assert list(cells.x) == top_actors(summary, 7) == list(cells.y)
    z = pd.DataFrame(cells.z)
    assert z.equals(z.T)
    clicks = trace(fig, "cells")
    assert len(clicks.x) == 2 * len(among_top_actors(summary, 7))  # each pair's two cells
    assert {c[0] for c in clicks.customdata} == set(among_top_actors(summary, 7)["pair"])


def test_heatmap_pales_the_cells_of_pairs_named_too_rarely_to_read():
    """WCEP's greenest cell, Israel–Ukraine at −0.48, is one sentence ("Ukraine withdraws from this year's
    Eurovision Song Contest in Tel Aviv"): coloured as deeply as a pair named hundreds of times."""
    from dashboard.explore import MIN_SUPPORT

    summary = wide_summary()
    summary.loc[summary["pair"] == "A05-A06", "mentions"] = 1
    assert (among_top_actors(summary, 7)["mentions"] < MIN_SUPPORT).sum() == 1
    fig = figures.heatmap(summary, top=7)
    veil = trace(fig, "few mentions")
    z = pd.DataFrame(veil.z, index=veil.y, columns=veil.x)
    veiled = sorted((row, col) for row in z.index for col in z.columns if pd.notna(z.at[row, col]))
    assert veiled == [("A05", "A06"), ("A06", "A05")]  # NaN, no veil, elsewhere
    assert veil.hoverinfo == "skip" and 0 < veil.opacity < 1
    assert {c for _, c in veil.colorscale} == {"white"}
    assert f"pale: fewer than {MIN_SUPPORT} mentions" in fig.layout.title.text
    names = [t.name for t in fig.data]
    assert names.index("few mentions") < names.index("cells")  # the click markers stay on top
    plain = figures.heatmap(wide_summary(), top=7)
    assert "few mentions" not in [t.name for t in plain.data] and "pale" not in plain.layout.title.text


def test_heatmap_stays_a_readable_size_at_sixty_actors():
    small, large = figures.heatmap(wide_summary(), top=5), figures.heatmap(wide_summary(60), top=60)
    # (the title's third line, which holds what its first ran past the chart's edge with, is 20 px more)
    assert small.layout.height >= 300 and large.layout.height <= 14 * 60 + 260 + figures.HEATMAP_BAR_ROOM


def test_heatmap_column_codes_slant_where_a_default_view_would_crowd_them():
    # twelve actors, the default, made "CHN" and "UKR" touch ("CHNUKR") upright in the dashboard
    assert figures.heatmap(wide_summary(), top=figures.DEFAULT_TOP_ACTORS).layout.xaxis.tickangle == -45
    assert figures.heatmap(wide_summary(), top=5).layout.xaxis.tickangle == 0
    # thirty slanted codes ran into each other in a column's 12 px ("USAISRRUS", uiaudit26): upright, smaller
    thirty = figures.heatmap(wide_summary(), top=30).layout.xaxis
    assert thirty.tickangle == -90 and thirty.tickfont.size == 10


def test_heatmap_axes_end_at_the_outer_cells():
    # autorange fitted the invisible click markers too, and framed the grid in an empty grey border
    fig = figures.heatmap(wide_summary(), top=7)
    assert tuple(fig.layout.xaxis.range) == (-0.5, 6.5) and tuple(fig.layout.yaxis.range) == (6.5, -0.5)
    assert fig.data[0].y[0] == top_actors(wide_summary(), 7)[0]  # the most mentioned actor still on top


@pytest.mark.parametrize("build", [figures.heatmap, figures.network])
def test_colour_bars_say_which_end_is_conflict_and_under_the_chart(build):
    bar = next(t for t in build(wide_summary(), top=7).data
               if getattr(t, "colorbar", None) is not None and t.colorbar.tickvals
               or getattr(getattr(t, "marker", None), "showscale", False))
    colorbar = bar.colorbar if bar.type == "heatmap" else bar.marker.colorbar
    ends = dict(zip(colorbar.tickvals, colorbar.ticktext))
    assert "cooperation" in ends[-1] and "conflict" in ends[1]
    assert colorbar.orientation == "h"  # beside a narrow chart it squeezed the heatmap's grid


@pytest.mark.parametrize(("period", "shown", "absent"), [("M", "%{x|%B %Y}", "%Y-%m-%d"),
                                                          ("W", "week of %{x|%Y-%m-%d}", None)])
def test_timeline_hovers_name_the_period_as_it_reads(period, shown, absent):
    # a month's point read "2020-01-01" on hover, as if it were one day
    agg = pd.DataFrame({"pair": ["A-B"] * 3, "period": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
                        "mentions": [5, 6, 7], "articles": [5, 6, 7], "tension_index": [1.0, 2.0, 3.0],
                        "index_low": [0.5, 1.0, 2.0], "index_high": [1.5, 3.0, 4.0], "tension_mean": [0.1, 0.2, 0.3],
                        "period_articles": [50, 60, 70], "conflict_total": [0.5, 1.2, 2.1]})
    hovers = [t.hovertemplate for t in figures.timeline(agg, period).data if t.hovertemplate]
    assert hovers and all(shown in h for h in hovers)
    assert absent is None or not any(absent in h for h in hovers)


def test_heatmap_names_actors_beside_codes(tables):
    _, summary = tables
    fig = figures.heatmap(summary)
    assert any("CHN · China" in t for t in fig.layout.yaxis.ticktext)


def test_scatter_bubbles_scale_with_mentions_and_few_labels(tables):
    _, summary = tables
    fig = figures.sentiment_tension(summary)
    sizes = dict(zip([c[0] for c in fig.data[0].customdata], fig.data[0].marker.size))
    assert sizes[summary.iloc[0]["pair"]] == max(sizes.values())
    big = figures.sentiment_tension(wide_summary(70))  # 2,415 pairs
    assert 0 < len(big.layout.annotations) <= figures.SCATTER_LABELS
    drawn = [c[0] for c in trace(big, "pairs").customdata]
    assert len(drawn) == figures.SCATTER_PAIRS and "A00-A01" in drawn  # the most mentioned, each with a hover
    assert "300 of 2,415 pairs" in big.layout.title.text


def crowded_summary(n: int = 300, seed: int = 3) -> pd.DataFrame:
    """WCEP's scatter: a few hundred pairs in one cloud left of centre, the largest inside it."""
    rng = np.random.default_rng(seed)
    mentions = np.maximum(1, (800 / np.arange(1, n + 1) ** 0.8).astype(int))
    return pd.DataFrame({"pair": [f"A{i:02d}-B{i:03d}" for i in range(n)], "mentions": mentions, "articles": mentions,
                         "sentiment_mean": np.clip(rng.normal(-0.1, 0.22, n), -1, 1),
                         "tension_mean": np.clip(rng.normal(0.2, 0.18, n), -1, 1)})


def scatter_geometry(fig, width: float, height: float = figures.SCATTER_PLOT_PX[1]):
    """Bubbles (centre, radius) and label boxes in px of a plot ``width`` × ``height`` over the figure's ranges,
    the label's characters counted as 7 px (Source Sans at 12 px is narrower still)."""
    x0, x1 = fig.layout.xaxis.range
    y0, y1 = fig.layout.yaxis.range
    px = lambda x: (x - x0) / (x1 - x0) * width  # noqa: E731
    py = lambda y: (y - y0) / (y1 - y0) * height  # noqa: E731
    pairs = trace(fig, "pairs")
    bubbles = [(px(x), py(y), d / 2) for x, y, d in zip(pairs.x, pairs.y, pairs.marker.size)]
    boxes = [(px(a.ax) - 3.5 * len(a.text) - 2, py(a.ay) - 7, px(a.ax) + 3.5 * len(a.text) + 2, py(a.ay) + 7)
             for a in fig.layout.annotations]
    return bubbles, boxes


@pytest.mark.parametrize("width", [figures.SCATTER_PLOT_PX[0], 376, 468, 604, 900])
def test_scatter_labels_lie_on_no_bubble_and_no_other_label(width):
    """"ISR-LBN" sat on RUS-UKR's bubble, the largest but one, and read as its name: the labels had avoided
    each other only.  At the plot's narrowest and wider, no label box touches any bubble or label."""
    fig = figures.sentiment_tension(crowded_summary())
    bubbles, boxes = scatter_geometry(fig, width)
    assert len(boxes) >= 8  # most of the twelve find a place, with a line to their bubble
    on_bubble = [(b, c) for b in boxes for c in bubbles
                 if (max(b[0] - c[0], 0, c[0] - b[2]) ** 2 + max(b[1] - c[1], 0, c[1] - b[3]) ** 2) < c[2] ** 2]
    assert on_bubble == []
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    labelled = {a.text for a in fig.layout.annotations}
    assert labelled <= set(crowded_summary()["pair"][:figures.SCATTER_LABELS])
    assert all(a.showarrow and a.axref == "x" for a in fig.layout.annotations)


def test_a_scatter_with_every_pair_labelled_sends_no_reader_to_hover_for_the_rest():
    """The seed's six pairs, all labelled, read "labelled: the 6 with most mentions that fit · hover for the rest"."""
    few = crowded_summary(4)
    few["sentiment_mean"], few["tension_mean"] = [-0.6, 0.6, -0.6, 0.6], [0.6, 0.6, -0.6, -0.6]
    title = figures.sentiment_tension(few).layout.title.text
    assert "every pair labelled" in title and "the rest" not in title
    assert "hover for the rest" in figures.sentiment_tension(crowded_summary()).layout.title.text


def test_scatter_labels_never_overlap():
    # Ten bubbles on one spot: their labels go round it, none on another's place.
    crowded = _label_places([(0.0, 0.0, 10.0)] * 10, ["CHN-JPN"] * 10)
    assert 4 <= sum(1 for p in crowded if p) <= 10
    apart = _label_places([(-0.8, -0.8, 10.0), (0.0, 0.0, 10.0), (0.8, 0.8, 10.0)], ["A-B", "C-D", "E-F"])
    assert all(apart)


def test_an_actor_keeps_its_colour_whatever_else_is_listed():
    one = figures.actor_colours(["CHN", "JPN"])
    other = figures.actor_colours(["AAA", "CHN", "JPN", "ZZZ", "USA"])
    assert one["CHN"] == other["CHN"] and one["JPN"] == other["JPN"]
    from dashboard.figures.colours import OTHER_ACTOR_PALETTE

    assert figures.actor_colour("XYZ") == figures.actor_colour("XYZ") in OTHER_ACTOR_PALETTE
    fixed = [figures.actor_colour(c) for c in figures.FIXED_ACTOR_COLOURS]
    assert len(set(fixed)) == len(fixed)
    assert figures.actor_colour("ISR") != figures.actor_colour("PSE") != figures.actor_colour("USA")
    # no other actor takes a common actor's colour (uiaudit26: Yemen was the United States' navy, Canada Israel's blue)
    from analysis.actors import load_dictionary

    others = {figures.actor_colour(code) for code in load_dictionary().names if code not in figures.FIXED_ACTOR_COLOURS}
    assert not others & set(fixed) and len(others) == len(OTHER_ACTOR_PALETTE)
    from dashboard.figures.colours import SECOND_ACTOR_COLOURS

    second = [figures.actor_colour(c) for c in SECOND_ACTOR_COLOURS]  # the next 14 most named: one each
    assert len(set(second)) == len(second) == len(OTHER_ACTOR_PALETTE)
    assert not {"#d73027", "#1a9850"} & {*figures.ACTOR_PALETTE, *OTHER_ACTOR_PALETTE}  # red and green mean tension


@pytest.mark.parametrize("build", [figures.timeline, figures.network, figures.sentiment_tension, figures.heatmap])
def test_empty_tables_give_an_explaining_figure(build):
    fig = build(pd.DataFrame(columns=["pair", "period", "mentions", "articles", "tension_mean", "actor_a", "actor_b",
                                      "sentiment_mean", "tension_index", "index_low", "index_high"]))
    assert fig.layout.annotations and "No" in fig.layout.annotations[0].text


def test_pairs_rank_by_mentions_plus_their_largest_supported_move():
    agg = _agg([
        ("A-B", "2025-01-01", 40, 1.0), ("A-B", "2025-02-01", 40, 1.2), ("A-B", "2025-03-01", 40, 1.1),  # busy, flat
        ("C-D", "2025-01-01", 5, 0.5), ("C-D", "2025-02-01", 6, 6.0), ("C-D", "2025-03-01", 5, 0.5),  # flares
        ("E-F", "2025-01-01", 1, 0.0), ("E-F", "2025-02-01", 1, 9.0),  # one sentence: its move does not count
        ("G-H", "2025-01-01", 2, 0.1),
    ])
    ranked = figures.pair_activity(agg, period="M").set_index("pair")
    assert ranked.loc["C-D", "largest_move"] == pytest.approx(5.5)  # the rise; the fall as large comes later
    assert ranked.loc["C-D", "move_period"] == pd.Timestamp("2025-02-01")
    assert ranked.loc["E-F", "largest_move"] == 0.0
    assert ranked.loc["A-B", "largest_move"] == 0.0  # 1.0 → 1.2 inside its bands (0.5–2, 0.6–2.4): no move
    assert list(ranked.index[:2]) == ["C-D", "A-B"]  # 16/120 + 5.5/5.5 beats 120/120 + 0/5.5
    assert list(ranked.index[2:]) == ["G-H", "E-F"] or list(ranked.index[2:]) == ["E-F", "G-H"]
    assert ranked.loc["A-B", "mentions"] == 120
    with_support_one = figures.pair_activity(agg, min_support=1, period="M").set_index("pair")
    assert with_support_one.loc["E-F", "largest_move"] == pytest.approx(9.0)
    assert figures.pair_activity(agg.iloc[:0]).empty


def test_pair_activity_ranks_the_same_from_rows_split_per_pair_and_period(tables):
    """One row per pair and period is put in place by its codes; a table with a pair and period in
    several rows is summed per cell first: both give the same ranking."""
    agg, _ = tables
    split = pd.concat([agg, agg.assign(tension_index=0.0, mentions=0)], ignore_index=True).sample(frac=1, random_state=1)
    pd.testing.assert_frame_equal(figures.pair_activity(split), figures.pair_activity(agg))
    ranked = figures.pair_activity(agg).set_index("pair")
    assert ranked["mentions"].to_dict() == agg.groupby("pair")["mentions"].sum().to_dict()


def test_a_pair_falling_silent_in_a_covered_period_is_a_move_to_zero():
    agg = _agg([("A-B", "2025-01-01", 8, 3.0), ("C-D", "2025-02-01", 9, 0.5)])
    ranked = figures.pair_activity(agg, period="M").set_index("pair")
    assert ranked.loc["A-B", "largest_move"] == pytest.approx(-3.0)
    assert ranked.loc["C-D", "largest_move"] == pytest.approx(0.5)


@pytest.mark.parametrize("kind", ["panels", "overlaid", "single period"])
def test_timelines_built_without_validation_send_the_json_plotly_validates(kind, tables, seed_pairs):
    """The timeline skips Plotly's validation for speed (figures.sent._figure): what it sends must be what a
    validated copy of it sends, so a misspelt property or a wrong value type still fails here."""
    import json

    import plotly.graph_objects as go
    import plotly.io as pio
    from plotly.utils import PlotlyJSONEncoder

    from analysis import aggregate

    agg, _ = tables
    if kind == "single period":
        fig = figures.timeline(aggregate(seed_pairs, "W"), "W")
    else:
        overlay = sorted(set(agg["pair"]))[:3] if kind == "overlaid" else ()
        fig = figures.timeline(agg, "W", overlay=overlay)
    validated = go.Figure(fig.to_dict())  # raises on an unknown property or a value of the wrong type
    # compared as plain JSON (Plotly's own to_dict sends typed arrays, this figure plain numbers) and without
    # the default template go.Figure adds (this figure carries none: figures.sent._unthemed)
    checked = {"data": validated._data, "layout": {k: v for k, v in validated._layout.items() if k != "template"}}
    assert json.loads(pio.to_json(fig, validate=False)) == json.loads(json.dumps(checked, cls=PlotlyJSONEncoder))
    sent = pio.to_json(fig, validate=False)
    assert '"bdata"' not in sent and '"template"' not in sent and '"datarevision"' in sent


def _months(pairs, last="2026-03-01"):
    rows = []
    for pair, values in pairs.items():
        periods = pd.date_range(end=last, periods=len(values), freq="MS")
        rows += [(pair, str(p.date()), m, i) for p, (m, i) in zip(periods, values)]
    return _agg(rows)


def test_a_timeline_with_gaps_is_written_by_plotlys_encoder_in_one_pass():
    """A gap in a line (a period nothing covers, a partial last period) is a NaN: Plotly's JSON encoder wrote
    "NaN", found it, then parsed the whole figure's text and wrote it again to make it null, on every rerun
    that showed it.  The figure hands over None instead: no NaN in the first pass, and the same JSON."""
    import datetime as dt
    import json

    import plotly.io as pio
    from plotly.utils import PlotlyJSONEncoder

    agg = _months({"ISR-PSE": [(30, 6.0), (17, 4.38), (0, 0.0)], "IRN-USA": [(5, 1.0), (9, 2.05), (43, 8.04)]})
    fig = figures.timeline(agg, "M", last_day=dt.date(2026, 3, 28))
    assert pd.isna(trace(fig, "ISR-PSE line").y[-1])  # the gap, as the figure keeps it
    first_pass = json.JSONEncoder(default=PlotlyJSONEncoder().default).encode(fig.to_dict())
    assert "NaN" not in first_pass
    assert json.loads(first_pass) == json.loads(pio.to_json(fig, validate=False))
    assert json.loads(first_pass)["data"][1]["y"][-1] is None


def test_the_bands_corners_are_sent_rounded_like_the_other_values(tables):
    """The band (its corners as plain lists) went in full, 15 decimals, a sixth of the day view's bytes."""
    import json

    import plotly.io as pio

    agg, _ = tables
    agg = agg.assign(index_low=agg["index_low"] + 1 / 3, index_high=agg["index_high"] + 2 / 3)
    sent = json.loads(pio.to_json(figures.timeline(agg, "W"), validate=False))
    bands = [t for t in sent["data"] if t.get("fill") == "toself"]
    values = [v for t in bands for v in t["y"] if v is not None]
    assert values and all(v == round(v, figures.PLAIN_DECIMALS) for v in values)


def test_a_partial_last_period_is_drawn_apart_dotted_with_an_open_marker_and_a_pale_bar():
    """WCEP ends on 28 March 2026: ISR-PSE, unnamed in March's first weeks, dropped to 0 on the solid line."""
    import datetime as dt

    agg = _months({"ISR-PSE": [(30, 6.0), (17, 4.38), (0, 0.0)], "IRN-USA": [(5, 1.0), (9, 2.05), (43, 8.04)]})
    fig = figures.timeline(agg, "M", last_day=dt.date(2026, 3, 28))
    line, partial = trace(fig, "ISR-PSE line"), trace(fig, "ISR-PSE partial")
    assert pd.isna(line.y[-1]) and line.y[-2] == pytest.approx(4.38)  # the solid line stops at February
    assert list(pd.DatetimeIndex(partial.x)) == [pd.Timestamp("2026-02-01"), pd.Timestamp("2026-03-01")]
    assert partial.line.dash == "dot" and partial.hoverinfo == "skip"  # February's hover stays its own (uiaudit26)
    end = trace(fig, "ISR-PSE partial end")
    assert list(pd.DatetimeIndex(end.x)) == [pd.Timestamp("2026-03-01")] and end.marker.symbol == "circle-open"
    assert end.legendgroup == "ISR-PSE" and "partial period: corpus ends 28 Mar 2026" in end.hovertemplate
    assert list(trace(fig, "IRN-USA mentions").marker.opacity) == [1.0, 1.0, 0.35]
    assert list(trace(fig, "ISR-PSE mentions").marker.opacity) == [1.0, 1.0]  # no bar for March's 0
    assert "partial last period (corpus ends 28 Mar 2026)" in fig.layout.title.text
    whole = figures.timeline(agg, "M", last_day=dt.date(2026, 3, 31))  # March whole: nothing apart
    assert not [t for t in whole.data if t.name.endswith("partial")] and "partial" not in whole.layout.title.text
    overlaid = figures.timeline(agg, "M", overlay=["ISR-PSE"], last_day=dt.date(2026, 3, 28))
    assert trace(overlaid, "ISR-PSE partial").line.dash == "dot"
    assert "1 chosen pair<" in overlaid.layout.title.text  # not "1 chosen pairs"


def test_a_period_that_does_not_name_the_pair_hovers_with_its_own_article_count():
    """WCEP's March 2026 holds 43 IRN-USA mentions, but ISR-PSE's open marker there read "articles 0 of 0": a
    period the pair is not named in had no article count (uiaudit26)."""
    import datetime as dt

    agg = _agg([("ISR-PSE", "2026-01-01", 30, 6.0), ("ISR-PSE", "2026-02-01", 17, 4.38),
                ("IRN-USA", "2026-01-01", 5, 1.0), ("IRN-USA", "2026-02-01", 9, 2.05), ("IRN-USA", "2026-03-01", 43, 8.04)])
    march = 73
    agg.loc[agg["period"] == pd.Timestamp("2026-03-01"), "period_articles"] = march
    fig = figures.timeline(agg, "M", last_day=dt.date(2026, 3, 28))
    end = trace(fig, "ISR-PSE partial end")
    assert end.customdata[0][0] == 0 and end.customdata[0][4] == march > 0  # mentions 0 of the month's articles
    overlaid = figures.timeline(agg, "M", overlay=["ISR-PSE", "IRN-USA"], last_day=dt.date(2026, 3, 28))
    assert trace(overlaid, "ISR-PSE partial end").customdata[0][4] == march


def test_a_partial_last_period_says_whether_the_date_range_or_the_corpus_ends_it():
    """A date range ending on 30 Apr 2019 was captioned "partial (data to 30 Apr)", read as the corpus's end."""
    import datetime as dt

    agg = _months({"IND-PAK": [(30, 6.0), (17, 4.38), (5, 2.0)]})
    ranged = figures.timeline(agg, "M", last_day=dt.date(2026, 3, 28), range_end=True)
    assert "partial last period (date range ends 28 Mar 2026)" in ranged.layout.title.text
    assert "partial period: date range ends 28 Mar 2026" in trace(ranged, "IND-PAK partial end").hovertemplate
    overlaid = figures.timeline(agg, "M", overlay=["IND-PAK"], last_day=dt.date(2026, 3, 28), range_end=True)
    assert "date range ends" in overlaid.layout.title.text and "corpus" not in overlaid.layout.title.text
    assert "corpus ends 28 Mar 2026" in figures.timeline(agg, "M", last_day=dt.date(2026, 3, 28)).layout.title.text


def test_a_panels_index_zero_and_its_mentions_label_do_not_overlap(tables):
    """The index axis's "0" sat on the mentions axis's top label ("49") in every panel: the gap between
    the two axes must hold half of each label, at a readable size."""
    agg, _ = tables
    fig = figures.timeline(agg, "W", panels=4)
    plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    for line in points(fig):
        bar = trace(fig, f"{line.name} mentions")
        index_y, bar_y = fig.layout["yaxis" + line.yaxis[1:]], fig.layout["yaxis" + bar.yaxis[1:]]
        index_font, bar_font = index_y.tickfont.size, bar_y.tickfont.size
        assert index_font >= 11 and bar_font >= 11
        gap = (index_y.domain[0] - bar_y.domain[1]) * plot_height
        assert gap >= (index_font + bar_font) / 2 + 2


def test_the_panels_margins_are_fixed_so_plotly_draws_them_once(tables):
    """Plotly (and Streamlit's theme) turn automargin on: a slanted date label reaching past the margins
    made Plotly draw the whole twelve-axis timeline twice on every filter change.  Every axis of the panels
    has it off, and the bottom margin holds a slanted date label (11 px, about 35 px tall at 30 degrees)."""
    agg, _ = tables
    fig = figures.timeline(agg, "D", panels=4)
    axes = [k for k in fig.layout.to_plotly_json() if k.startswith(("xaxis", "yaxis"))]
    assert len(axes) == 16 and all(fig.layout[k].automargin is False for k in axes)
    assert fig.layout.margin.b >= 40


def test_one_panel_reads_in_the_singular():
    agg = _months({"IRN-USA": [(5, 1.0), (9, 2.05), (43, 8.04)], "RUS-UKR": [(20, 3.0), (30, 2.0), (25, 1.0)]})
    title = figures.timeline(agg, "M", panels=1).layout.title.text
    assert "1 pairs" not in title and "Tension index of the pair ranked first" in title
    alone = figures.timeline(agg[agg["pair"] == "IRN-USA"], "M").layout.title.text
    assert "Tension index of the view's one pair" in alone and "ranked" not in alone
    # both of the view's two pairs shown: none was left out, so none "ranked first"
    assert "the view's 2 pairs" in figures.timeline(agg, "M").layout.title.text


@pytest.mark.parametrize("build", ["timeline", "overlay", "one_period", "network", "heatmap", "scatter", "empty"])
def test_every_title_sits_below_the_modebar(build, tables, seed_pairs):
    """Plotly's modebar (about 26 px, top right, on hover) covered the timeline's title ("by me[icons]ntions"):
    each title starts under room kept for it, and the top margin holds both."""
    from analysis import aggregate

    agg, summary = tables
    fig = {"timeline": lambda: figures.timeline(agg, "W"),
           "overlay": lambda: figures.timeline(agg, "W", overlay=["RUS-UKR"]),
           "one_period": lambda: figures.timeline(aggregate(seed_pairs, "W"), "W"),
           "network": lambda: figures.network(summary), "heatmap": lambda: figures.heatmap(summary),
           "scatter": lambda: figures.sentiment_tension(summary),
           "empty": lambda: figures.timeline(agg.iloc[:0], "W")}[build]()
    title = fig.layout.title
    assert title.yref == "container" and title.yanchor == "top"
    # px between the figure's top and the title's anchor, which Plotly.js sets about a line (16 px) under
    # the top of its letters; the modebar takes the first 28 px
    above = (1 - title.y) * fig.layout.height
    assert above >= 28 + 16 and fig.layout.margin.t >= above + 20


@pytest.mark.parametrize("build", ["timeline", "overlay", "one_period", "network", "heatmap", "scatter"])
def test_a_titles_lines_under_its_name_are_plain_not_bold(build, tables, seed_pairs):
    """Streamlit sends a chart's title wrapped in <b>: the four or five 11 px lines under the name ("by mentions
    and largest move · conflict per 100 articles, band 95 %", "gaps: no data · …") read as one dark bold block
    at 900 and 1400 px.  The name stays bold; each line under it is of normal weight and grey, as a caption."""
    import re

    from analysis import aggregate

    agg, summary = tables
    fig = {"timeline": lambda: figures.timeline(agg, "W"),
           "overlay": lambda: figures.timeline(agg, "W", overlay=["RUS-UKR"]),
           "one_period": lambda: figures.timeline(aggregate(seed_pairs, "W"), "W"),
           "network": lambda: figures.network(summary), "heatmap": lambda: figures.heatmap(summary),
           "scatter": lambda: figures.sentiment_tension(summary)}[build]()
    first, *rest = fig.layout.title.text.split("<br>")
    assert rest and "font-weight" not in first
    for line in rest:
        assert re.fullmatch(r'<span style="font-weight:normal;color:#555">.+</span>(</b>)*', line), line


@pytest.mark.parametrize("overlay", [(), ("A-B", "C-D")])
def test_a_dense_series_marks_and_bars_only_the_periods_naming_its_pair(overlay):
    """By day over WCEP's nine years a panel had 2,100 periods and named its pair on 90 to 550 of them:
    a marker, an error bar and a bar per period were 52,000 elements for Plotly to draw on every filter
    change.  The line crosses the quiet days at 0; markers (hover, clicks) and bars are on the days with
    mentions, the bars a day wide (less the gap) wherever they fall, side by side when overlaid."""
    days = pd.date_range("2025-01-01", periods=400, freq="D")
    named = {"A-B": days[[3, 4, 200, 390]], "C-D": days[[0, 150, 399]]}
    agg = _agg([(pair, str(d.date()), 2, 1.5) for pair, when in named.items() for d in when])
    fig = figures.timeline(agg, "D", overlay=overlay, covered=days)
    for k, (pair, when) in enumerate(named.items()):
        line, dots, bars = trace(fig, f"{pair} line"), trace(fig, pair), trace(fig, f"{pair} mentions")
        # the zeros drawn (as straight runs between corners, not a point a day), not hovered
        assert list(drawn_at(line, days)) == [1.5 if d in when else 0.0 for d in days] and len(line.x) < 20
        assert line.mode == "lines" and line.hoverinfo == "skip"
        assert list(dots.x) == list(bars.x) == [str(d.date()) for d in when] and dots.mode == "markers"
        assert dots.legendgroup == pair and len(dots.customdata) == len(when)  # what a click reads
        group = 86_400_000 * (1 - (figures.OVERLAID_BARGAP if overlay else figures.PANEL_BARGAP))
        n = len(overlay) or 1
        assert bars.width == pytest.approx(group / n)
        assert bars.offset == pytest.approx(-group / 2 + (k if overlay else 0) * group / n)


@pytest.mark.parametrize("overlay", [(), ("A-B",)])
@pytest.mark.parametrize("period", ["W", "M"])
def test_time_ticks_fall_on_the_period_starts_shown_also_after_a_cut(period, overlay):
    """By week over WCEP the tick after the cut-out 2021-2024 read "2024-06-27", a Thursday: Plotly put it on
    the cut's bound, half a week before the first week shown; its other ticks fell on month starts."""
    freq = "W-MON" if period == "W" else "MS"
    before = pd.date_range("2019-01-01", "2020-12-31", freq=freq)
    after = pd.date_range("2024-06-20", "2025-12-31", freq=freq)
    agg = _agg([(pair, str(p.date()), 3, 1.0) for p in before.append(after) for pair in ("A-B", "C-D")])
    fig = figures.timeline(agg, period, overlay=overlay)
    assert fig.layout.xaxis.rangebreaks  # the cut is there
    axes = [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("xaxis")]
    for axis in axes:
        ticks = pd.DatetimeIndex(axis.tickvals)
        assert axis.tickmode == "array" and 3 <= len(ticks) <= figures.WIDE_TICKS
        assert ticks.isin(before.append(after)).all()  # each a period the axis shows: a Monday, a 1st
        assert after[0] in ticks  # where the data resume
        gaps = np.diff(ticks.values[ticks < after[0]]).astype("timedelta64[D]").astype(int)
        assert max(gaps[1:]) <= 1.1 * min(gaps[1:])  # regular steps after the first (its block may be partial)


def test_monthly_ticks_by_day_skip_no_month():
    """By day from July to December 2024 the axis named 07-01, 08-01, 09-01, 11-01: September's 30 days were fewer
    than the months' mean spacing, so October's tick was left out (uiaudit28)."""
    from dashboard.figures.time_axis import PANEL_TICKS, _period_ticks

    days = pd.date_range("2024-07-01", "2024-12-31", freq="D")
    assert _period_ticks(days, [], "D", PANEL_TICKS) == [f"2024-{m:02d}-01" for m in range(7, 13)]
    february = pd.date_range("2024-01-01", "2024-04-30", freq="D")
    assert _period_ticks(february, [], "D", PANEL_TICKS) == ["2024-01-01", "2024-02-01", "2024-03-01",
                                                                     "2024-04-01"]


def test_a_timelines_datarevision_names_its_content(tables):
    """Plotly.react redraws only when ``datarevision`` changes: one figure rebuilt keeps it, another
    (Streamlit may hand it to the same chart) has another."""
    agg, _ = tables
    first, again = figures.timeline(agg, "W"), figures.timeline(agg, "W")
    fewer = figures.timeline(agg, "W", panels=2)
    assert first.layout.datarevision == again.layout.datarevision != fewer.layout.datarevision


def test_an_empty_timeline_is_drawn_in_the_dashboards_look(tables):
    """The timeline is sent without Streamlit's theme: its empty figure (a minimum above every pair's mentions)
    came with go.Figure's default template, its title in Arial and centred, unlike every other title."""
    agg, _ = tables
    fig = figures.timeline(agg.iloc[:0], "W")
    assert not fig.layout.template.to_plotly_json()
    assert fig.layout.font.family == figures.STREAMLIT_FONT and fig.layout.title.xanchor == "left"
    assert "No dated pair mentions" in fig.layout.annotations[0].text


@pytest.mark.parametrize("overlay", [(), ("A-B",)])
@pytest.mark.parametrize("period", ["W", "M"])
def test_no_two_time_ticks_are_closer_than_the_axis_spacing(period, overlay):
    """WCEP's shape: 2017-2020, a cut, July 2024 to March 2026.  By month the panels' ticks were Jan 2017 ...
    Jan 2020, Jul 2024, Jan 2025, Jan 2026: the six months between the two after the cut were half a tick's
    room, and their slanted labels overlapped in every panel at every window width."""
    freq = "W-MON" if period == "W" else "MS"
    before = pd.date_range("2017-01-01", "2020-12-31", freq=freq)
    after = pd.date_range("2024-07-01", "2026-03-28", freq=freq)
    shown = before.append(after)
    pairs = ("A-B", "C-D", "E-F", "G-H")  # four: the panels in two columns, PANEL_TICKS each
    agg = _agg([(pair, str(p.date()), 3, 1.0) for p in shown for pair in pairs])
    fig = figures.timeline(agg, period, overlay=overlay)
    for axis in [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("xaxis")]:
        at = np.flatnonzero(shown.isin(pd.DatetimeIndex(axis.tickvals)))
        assert len(at) == len(axis.tickvals) >= 3
        assert np.diff(at).min() >= 0.75 * len(shown) / len(at), list(axis.tickvals)


@pytest.mark.parametrize("pairs", [6, 12])
def test_the_one_period_charts_labels_take_one_line_when_the_bars_are_many(pairs):
    """A week of WCEP's news is one period of twelve pairs: their slanted labels, names over codes, lay over
    each other ("Iran–Israel IRN-ISR" across "Israel–Palestine").  Six bars keep both lines."""
    codes = ["CHN", "JPN", "USA", "TWN", "RUS", "UKR", "ISR", "IRN"]
    names = [f"{a}-{b}" for i, a in enumerate(codes) for b in codes[i + 1:]][:pairs]
    fig = figures.timeline(_agg([(p, "2025-06-09", 20 - i, 1.0) for i, p in enumerate(names)]), "W")
    axis = fig.layout.xaxis2
    assert axis.type == "category" and len(axis.ticktext) == pairs
    assert all(("<br>" in t) == (pairs <= 6) for t in axis.ticktext)
    assert all("Japan" in t for t, p in zip(axis.ticktext, axis.tickvals) if "JPN" in p)


def test_counts_in_titles_captions_and_hovers_have_thousands_separators(tables):
    """A count is never shown as "3494 pairs" or "mentions 1820": every hover's count is d3-formatted with ","
    and the titles' counts with Python's."""
    import re

    agg, summary = tables
    many = wide_summary(60)  # 1,770 pairs
    scatter = figures.sentiment_tension(many)
    assert "the 300 of 1,770 pairs with most mentions" in scatter.layout.title.text
    bare = re.compile(r"(?:mentions|articles|of) %\{[^}:|]*\}")
    built = [scatter, figures.network(summary), figures.heatmap(summary), figures.timeline(agg, "W"),
             figures.timeline(agg, "W", overlay=list(agg["pair"].unique()[:2])),
             figures.timeline(agg[agg["period"] == agg["period"].iloc[0]], "W")]
    templates = [t.hovertemplate for fig in built for t in fig.data if t.hovertemplate]
    assert templates and not [t for t in templates if bare.search(t)]
    assert _panel_caption(pd.Series({"mentions": 17_332, "largest_move": 0.0, "move_period": pd.NaT}),
                          "W") == "17,332 mentions"


@pytest.mark.parametrize(("period", "first", "last", "title", "line"), [
    ("M", dt.date(2025, 6, 2), dt.date(2025, 6, 8), "Tension index from 2025-06-02 to 2025-06-08", "only period, June 2025"),
    ("W", dt.date(2025, 11, 27), dt.date(2025, 11, 27), "Tension index on 2025-11-27", "only period, the week of 2025-11-24"),
    ("M", dt.date(2025, 6, 1), dt.date(2025, 6, 30), "Tension index in June 2025", "the only period ·"),
    ("M", None, None, "Tension index in June 2025", "the only period ·"),
])
def test_the_one_period_chart_names_the_days_it_shows(tables, period, first, last, title, line):
    """A one-week date range by month was titled "Tension index in June 2025", the seed's one day by week "in
    the week of 2025-11-24": the title names the view's days when they are not the whole period."""
    agg, _ = tables
    start = pd.Timestamp("2025-06-01") if period == "M" else pd.Timestamp("2025-11-24")
    one = agg[agg["period"] == agg["period"].iloc[0]].assign(period=start)
    fig = figures.timeline(one, period, last_day=last, first_day=first)
    text = fig.layout.title.text
    assert f">{title}</span>" in text and line in text
    assert all(title.split("index ")[1] in t.hovertemplate for t in fig.data if t.name == "tension index")


@pytest.mark.parametrize("overlay", [(), ("A-B", "C-D")])
def test_every_timeline_title_line_fits_the_chart_at_a_900_px_window(overlay):
    """The chart has 440 px at a 900 px window: about 50 characters of a title's 15 px first line and 88 of its
    11 px lines.  WCEP's cut and partial month made "band: 95 % interval · click a point to read its article ·
    Jan 2021–Jun 2024 cut out (no articles)" (98) and "Tension index of the 6 pairs ranked first by mentions and
    largest move" (70), both clipped."""
    import re

    months = [*pd.date_range("2020-01-01", "2020-12-01", freq="MS"), *pd.date_range("2024-06-01", "2024-09-01", freq="MS")]
    agg = _agg([(p, str(m.date()), 6, 1.0) for m in months for p in ("A-B", "C-D", "E-F", "G-H", "I-J", "K-L")])
    fig = figures.timeline(agg, "M", overlay=overlay, last_day=dt.date(2024, 9, 12))
    first, *rest = [re.sub(r"<[^>]+>", "", line) for line in fig.layout.title.text.split("<br>")]
    assert "cut out" in " ".join(rest) and "partial" in " ".join(rest)
    assert len(first) <= 50, first
    assert not [line for line in rest if len(line) > 88]


def test_a_timeline_of_one_pair_gets_the_height_of_a_chart_not_of_a_panel(tables):
    """WCEP's "Pairs: ISR-PSE": one 120 px panel, a strip across a mostly empty chart for the view that asks
    for one pair in detail.  Its index is drawn 260 px tall; six pairs keep their 120 px panels."""
    agg, _ = tables
    def index_px(fig, axis="yaxis"):
        low, high = fig.layout[axis].domain
        return (high - low) * (fig.layout.height - fig.layout.margin.t - fig.layout.margin.b)
    one = figures.timeline(agg[agg["pair"] == agg["pair"].iloc[0]], "W")
    assert index_px(one) == pytest.approx(figures.ONE_PANEL_INDEX, abs=1)
    assert "every panel" not in one.layout.title.text and "mentions under it" in one.layout.title.text
    several = figures.timeline(agg, "W", panels=4)
    assert index_px(several) == pytest.approx(figures.PANEL_INDEX, abs=1)


def test_the_one_period_chart_separates_thousands_on_its_axes():
    """The seed's one period drew its index axis "0, 500, 1000": no thousands separator where every other
    figure has one."""
    agg = _agg([("CHN-JPN", "2025-11-24", 11, 1200.0), ("JPN-USA", "2025-11-24", 6, 300.0)])
    layout = figures.timeline(agg, "W").layout
    axes = [layout[k] for k in layout.to_plotly_json() if k.startswith("yaxis")]
    assert len(axes) == 2 and all(axis.tickformat == ",~g" for axis in axes)


def test_a_clicked_heatmap_cell_is_framed_whole_at_any_width_and_the_others_stay_bare():
    """A click on a cell opened its article but left no mark on the grid; then the mark was the selected
    marker, a square of the cell's height in px, half the cell's width in a wide chart.  The pair's two
    cells are framed by shapes in data coordinates: a category axis's unit is one cell, at any width."""
    summary = wide_summary()
    clicks = trace(figures.heatmap(summary, top=7), "cells")
    assert clicks.marker.opacity == clicks.selected.marker.opacity == clicks.unselected.marker.opacity == 0
    assert figures.heatmap(summary, top=7).layout.shapes == ()
    fig = figures.heatmap(summary, top=7, framed="A01-A03")
    actors = list(fig.layout.xaxis.tickvals)
    frames = fig.layout.shapes
    assert len(frames) == 2 and all(f.xref == "x" and f.yref == "y" and f.type == "rect" for f in frames)
    cells = {(actors[round((f.x0 + f.x1) / 2)], actors[round((f.y0 + f.y1) / 2)]) for f in frames}
    assert cells == {("A01", "A03"), ("A03", "A01")}
    assert all(f.x1 - f.x0 == 1 and f.y1 - f.y0 == 1 for f in frames)  # the cell exactly, edge to edge
    assert figures.heatmap(summary, top=7, framed="A01-A30").layout.shapes == ()  # a pair not in the grid


def test_the_network_keeps_its_actors_readable_when_an_edge_is_selected():
    """After a click on an edge dot the actors' names faded to near-unreadable (Plotly dims unselected points)."""
    actors = trace(figures.network(wide_summary(), top=7), "actors")
    assert actors.unselected.marker.opacity == 1 and actors.unselected.textfont.color == "#222"


def _four_daily_pairs():
    """Four pairs by day with a large move each, as WCEP's IRN-USA, RUS-UKR, CHN-JPN and IND-PAK by day."""
    days = pd.date_range("2024-09-01", periods=30, freq="D")
    rows = [(p, str(d.date()), 5 + (i % 7) * k, (i % 5) * 4.0 * k) for k, p in
            enumerate(("RUS-UKR", "IRN-USA", "IND-PAK", "CHN-JPN"), 1) for i, d in enumerate(days)]
    return _agg(rows)


def test_two_panels_to_a_row_put_the_largest_move_on_a_line_of_its_own():
    """At a 900 px window a panel of the two-to-a-row timeline has about 170 px: WCEP's one-line caption "531
    mentions · largest move +17.3 (2024-09-23)" ran into the next panel's and the right one's was clipped at
    "(2020-01-03".  Two to a row, the move goes on a second line of at most 32 characters (about 170 px at 11 px),
    and the panel's title room grows by that line so the caption does not reach the panel above."""
    import re

    agg = _four_daily_pairs()
    fig = figures.timeline(agg, "D", panels=4)
    captions = [a.text for a in fig.layout.annotations if "mentions" in a.text]
    assert len(captions) == 4
    for caption in captions:
        lines = [re.sub(r"<[^>]+>", "", line) for line in caption.split("<br>")]
        assert len(lines) == 3 and lines[2].startswith("largest move "), lines  # title, mentions, move
        assert max(len(line) for line in lines[1:]) <= 32, lines
    # the heading says what a move is: ISR-PSE's "largest move +3.4 (Apr 2018)" stood beside visible swings of
    # 2024–25 whose bands overlapped (uiaudit28)
    assert "largest move: the largest step between two periods whose 95 % bands do not overlap" in fig.layout.title.text
    # the panel's top (its title and caption) has a line's more room than a panel of one caption line
    index_y = [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("yaxis") and fig.layout[k].nticks == 4]
    bars_y = [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("yaxis") and fig.layout[k].tickvals]
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    below_first_row = min(y.domain[0] for y in bars_y if y.domain[1] > 0.6)
    second_row_top = max(y.domain[1] for y in index_y if y.domain[1] < 0.6)
    assert (below_first_row - second_row_top) * plot_px >= figures.PANEL_TITLE + figures.PANEL_CAPTION_LINE
    # one column: the caption stays on one line
    one = figures.timeline(agg, "D", panels=2)
    assert all(a.text.count("<br>") == 1 for a in one.layout.annotations if "mentions" in a.text)


@pytest.mark.parametrize(("panels", "chosen", "title"), [
    (4, 4, "Tension index of the 4 chosen pairs"),
    (4, 0, "Tension index of the view's 4 pairs"),
    (2, 4, "Tension index of the 2 pairs ranked first of the 4 chosen"),
    (2, 0, "Tension index of the 2 pairs ranked first"),
    (1, 4, "Tension index of the pair ranked first of the 4 chosen"),
])
def test_the_timeline_title_says_ranked_first_only_when_pairs_were_left_out(panels, chosen, title):
    """"Pairs: IRN-USA, RUS-UKR, CHN-JPN, IND-PAK" drew the four chosen pairs under "Tension index of the 4 pairs
    ranked first", as if others had been left out."""
    fig = figures.timeline(_four_daily_pairs(), "D", panels=panels, filtered=chosen)
    text = fig.layout.title.text
    assert f">{title}</span>" in text, text
    assert ("ranked first" in text) == (panels < 4)
    assert ("in order of mentions and largest move" in text) == (panels == 4)


def test_a_clicked_scatter_bubble_leaves_the_others_coloured_and_small_bubbles_lie_on_top():
    """A click on CHN-JPN left the other bubbles near-white (Plotly fades the unselected points to a fifth) and
    IND-PAK's bubble, beside RUS-UKR's ten times larger one, was drawn under it."""
    summary = pd.DataFrame({"pair": ["RUS-UKR", "IRN-USA", "IND-PAK", "CHN-JPN"], "mentions": [531, 281, 53, 27],
                            "articles": [500, 250, 50, 25], "sentiment_mean": [-0.4, -0.02, -0.3, 0.08],
                            "tension_mean": [0.5, 0.36, 0.51, 0.13]})
    bubbles = trace(figures.sentiment_tension(summary), "pairs")
    assert bubbles.unselected.marker.opacity == bubbles.marker.opacity >= 0.8
    drawn = [c[0] for c in bubbles.customdata]  # in drawing order: the last on top
    assert drawn.index("IND-PAK") > drawn.index("RUS-UKR")
    sizes = list(bubbles.marker.size)
    assert sizes == sorted(sizes, reverse=True)


def test_a_large_bubble_is_a_ring_with_its_own_centre_dot_over_the_bubbles_inside_it():
    """SOM-USA's small bubble, drawn on top of RUS-UKR's 531 mentions near its centre, took the click on that
    centre (Plotly gives a click to the smallest marker under the pointer).  A large bubble is a ring over a pale
    fill, the bubbles inside it seen whole, and a dot at its centre, on top of them all, opens its own pair."""
    summary = pd.DataFrame({"pair": ["RUS-UKR", "IRN-USA", "SOM-USA", "CHN-JPN"], "mentions": [531, 281, 12, 3],
                            "articles": [500, 250, 12, 3], "sentiment_mean": [-0.4, -0.02, -0.4, 0.3],
                            "tension_mean": [0.5, 0.36, 0.5, 0.1]})
    fig = figures.sentiment_tension(summary)
    bubbles, centres = trace(fig, "pairs"), trace(fig, "centres")
    assert list(fig.data).index(centres) > list(fig.data).index(bubbles)  # drawn last: on top
    assert [c[0] for c in centres.customdata] == ["RUS-UKR", "IRN-USA"]  # the ringed ones, with their hover
    assert (centres.x[0], centres.y[0]) == (-0.4, 0.5) and centres.marker.size <= 6  # Plotly's least hover radius
    assert centres.hovertemplate == bubbles.hovertemplate
    drawn = [c[0] for c in bubbles.customdata]
    size = dict(zip(drawn, bubbles.marker.size))
    assert size["RUS-UKR"] <= 36 and size["RUS-UKR"] >= figures.SCATTER_RING_PX > size["SOM-USA"]
    colour = dict(zip(drawn, bubbles.marker.color))
    assert colour["RUS-UKR"].endswith(f",{figures.SCATTER_RING_FILL})") and colour["SOM-USA"].endswith(",1.0)")
    assert dict(zip(drawn, bubbles.marker.line.width))["RUS-UKR"] > dict(zip(drawn, bubbles.marker.line.width))["SOM-USA"]
    assert _tension_rgba(1, 1.0) == "rgba(215,48,39,1.0)" and _tension_rgba(-1, 0.5) == "rgba(26,152,80,0.5)"


@pytest.mark.parametrize("overlay", [(), ("A-B",), ("A-B", "C-D")])
def test_the_index_axis_reaches_the_top_of_the_band_within_reason(overlay):
    """IRN-USA by month: January 2020's band reached 6.37 on an axis cut at 5.51 (the index's 4.24 × 1.3), so the
    band ran off the top of the chart.  A thin period's band many times the index does not flatten the lines."""
    months = [str(m.date()) for m in pd.date_range("2019-07-01", "2020-06-01", freq="MS")]
    agg = _agg([(p, m, 20, 4.24 if m == "2020-01-01" else 1.0) for p in ("A-B", "C-D") for m in months])
    agg["index_high"] = agg["tension_index"] * 1.5
    fig = figures.timeline(agg, "M", overlay=overlay)
    tops = [fig.layout[k].range[1] for k in fig.layout.to_plotly_json() if k.startswith("yaxis")
            and fig.layout[k].title.text != "mentions" and fig.layout[k].range and fig.layout[k].range[0] == 0
            and fig.layout[k].range[1] < 20]
    assert tops and min(tops) >= 4.24 * 1.5
    agg.loc[agg["period"] == pd.Timestamp("2019-08-01"), "index_high"] = 42.0
    fig = figures.timeline(agg, "M", overlay=overlay)
    tops = [fig.layout[k].range[1] for k in fig.layout.to_plotly_json() if k.startswith("yaxis")
            and fig.layout[k].range and fig.layout[k].range[1] not in (20, 40)]
    assert max(tops) <= 4.24 * figures.BAND_REACH + 1e-9
def _hovers(fig):
    """Every hover text of ``fig`` as a browser shows it: each trace's template filled for each point, numbers
    formatted as d3-format does (a hyphen-minus for a negative)."""
    def value(trace, name, k):
        if name.startswith("customdata"):
            return trace.customdata[k][int(name[len("customdata["):-1])]
        return {"x": trace.x, "y": trace.y, "text": trace.text}[name][k]

    def fill(trace, k):
        def one(match):
            shown = value(trace, match.group(1), k)
            spec = match.group(2) or ""
            if spec.startswith(":"):
                return format(float(shown), spec[1:])
            return str(shown)
        return re.sub(r"%\{([a-z]+(?:\[\d+\])?)([:|][^}]*)?\}", one, trace.hovertemplate)

    return [fill(t, k) for t in fig.data if t.hovertemplate for k in range(len(t.x))]


def test_hover_numbers_write_a_negative_with_the_true_minus_as_the_axes_do(tables):
    """Plotly's hover formats numbers with d3-format, which writes "-0.42": beside axes, key figures and captions
    that write "−0.42".  Every hover of every chart, with cooperation (negative tension and sentiment) to show."""
    agg, summary = tables
    agg = agg.assign(tension_mean=-agg["tension_mean"].abs() - 0.42)
    summary = summary.assign(tension_mean=-summary["tension_mean"].abs() - 0.42,
                             sentiment_mean=-summary["sentiment_mean"].abs() - 0.31)
    one = agg[agg["period"] == agg["period"].iloc[0]]
    built = {"timeline": figures.timeline(agg, "W"), "overlay": figures.timeline(agg, "W", overlay=tuple(agg["pair"][:2])),
             "one period": figures.timeline(one, "W"), "network": figures.network(summary),
             "partial": figures.timeline(agg, "W", last_day=agg["period"].max().date() + dt.timedelta(days=1)),
             "heatmap": figures.heatmap(summary), "scatter": figures.sentiment_tension(summary)}
    for name, fig in built.items():
        hovers = _hovers(fig)
        assert any("tension −" in h for h in hovers), name  # each chart shows a negative tension, with a minus
        hyphened = [h for h in hovers if re.search(r"-\d", re.sub(r"\d{4}-\d\d-\d\d", "DATE", h))]
        assert not hyphened, (name, hyphened[:2])
    assert any("sentiment −" in h for h in _hovers(built["scatter"]))
    assert any("partial period" in h and "tension −" in h for h in _hovers(built["partial"]))
    # the numbers themselves are right: a tension of −0.5 reads "−0.50", −0.001 "+0.00" (no "−0.00")
    assert figures.signed_all([-0.5, 0.25, -0.001, float("nan")]) == ["−0.50", "+0.25", "+0.00", "n/a"]


@pytest.mark.parametrize("width", [380, 440, 700])
def test_the_networks_left_labels_stay_inside_the_figure_in_a_narrow_column(width):
    """At a 900 px window (a chart 440 px wide) "GBR · United Kingdom", the label on the circle's left, was
    cut at the figure's edge: its room was ±1.95 of range and 10 px of margin.  The label, written leftward
    from its node (about 6 px a character at the chart's font, and the node's radius), must end inside."""
    from dashboard.figures import network

    others = ["RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "FRA", "GBR", "SYR", "LBN", "IND"]  # GBR 9th of 12: left
    summary = pd.DataFrame({"pair": [f"{a}-USA" for a in others], "actor_a": others, "actor_b": ["USA"] * 11,
                            "mentions": [100 - 5 * i for i in range(11)], "tension_mean": [0.1] * 11})
    fig = network(summary)
    layout = fig.layout
    actors = next(t for t in fig.data if t.name == "actors")
    low, high = layout.xaxis.range
    plot = width - layout.margin.l - layout.margin.r
    height = layout.height - layout.margin.t - layout.margin.b
    # scaleanchor: the axis with more pixels per unit takes a wider range (Plotly's constrain="range")
    per_unit = min(plot / (high - low), height / (layout.yaxis.range[1] - layout.yaxis.range[0]))
    centre = layout.margin.l + plot / 2
    for x, text, size in zip(actors.x, actors.text, actors.marker.size):
        if x >= 0:
            continue
        chars = len(re.sub(r"<[^>]+>", "", text))
        left = centre + x * per_unit - size / 2 - 3 - 6 * chars
        assert left >= 0, (text, left)


def test_few_articles_say_what_the_index_counts():
    assert figures.few_articles_words(1, 423.75, "the view") == (
        "only 1 article in the view: index = its conflict weight × 100 (4.24 → 423.75)")
    assert figures.few_articles_words(12, 1234.5, "the period") == (
        "only 12 articles in the period: index = conflict weight per article × 100 (12.35 → 1,234.50)")
    assert figures.few_articles_words(0, 5.0, "the view") == figures.few_articles_words(figures.FEW_ARTICLES, 5.0, "x") == ""
