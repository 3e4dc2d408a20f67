import pandas as pd
import pytest

from analysis import run
from dashboard import figures
from dashboard.explore import actor_matrix, aggregated, apply_filters, pair_summary, prepare
from dashboard.state import ViewState


@pytest.fixture(scope="module")
def tables(corpus_dir):
    filtered = apply_filters(prepare(run(corpus_dir).pairs), ViewState())
    summary = pair_summary(filtered)
    return aggregated(filtered, "W"), summary, actor_matrix(summary)


def test_timeline_has_an_index_line_band_and_mention_bars_per_pair(tables):
    agg, _, _ = tables
    fig = figures.timeline(agg, "W")
    main = [t for t in fig.data if t.type == "scatter" and t.mode == "lines+markers"]
    bands = [t for t in fig.data if t.type == "scatter" and t.fill == "toself"]
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in main} == set(agg["pair"]) == {t.legendgroup for t in bands} == {t.legendgroup for t in bars}
    assert all("mentions" in t.hovertemplate and "95%" in t.hovertemplate for t in main)
    assert all(t.error_y.array is not None for t in main)  # isolated periods show their interval too
    assert {t.yaxis for t in bars} == {"y2"} and {t.yaxis for t in main} == {"y"}
    assert fig.layout.xaxis.type == "date"


def _agg(rows):
    frame = pd.DataFrame(rows, columns=["pair", "period", "mentions", "tension_index"])
    frame["period"] = pd.to_datetime(frame["period"])
    frame["articles"] = frame["mentions"]
    frame["period_articles"] = 100
    frame["tension_mean"] = 0.5
    frame["index_low"] = frame["tension_index"] / 2
    frame["index_high"] = frame["tension_index"] * 2
    return frame


def test_periods_without_data_are_gaps_not_lines():
    agg = _agg([("A-B", "2025-01-01", 3, 1.0), ("A-B", "2025-04-01", 5, 4.0)])
    fig = figures.timeline(agg, "M")
    line = next(t for t in fig.data if t.type == "scatter" and t.mode == "lines+markers")
    assert len(line.x) == 4 and line.connectgaps is False
    assert pd.isna(line.y[1]) and pd.isna(line.y[2])
    band = next(t for t in fig.data if t.type == "scatter" and t.fill == "toself")
    assert list(band.x).count(None) == 2  # two separate polygons, none across the gap


def test_a_period_other_pairs_cover_is_zero_for_a_pair_not_named_in_it():
    agg = _agg([("A-B", "2025-01-01", 3, 1.0), ("C-D", "2025-02-01", 2, 2.0), ("A-B", "2025-04-01", 5, 4.0)])
    fig = figures.timeline(agg, "M")
    line = next(t for t in fig.data if t.type == "scatter" and t.mode == "lines+markers" and t.name == "A-B")
    assert line.y[1] == 0 and pd.isna(line.y[2])  # February: others reported, A-B nothing; March: no data


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


def test_network_edges_coloured_by_tension_and_sized_by_mentions(tables):
    _, summary, _ = tables
    fig = figures.network(summary)
    edges = [t for t in fig.data if t.mode == "lines"]
    assert len(edges) == len(summary)
    widths = {t.customdata[0][0]: t.line.width for t in edges}
    top = summary.iloc[0]["pair"]
    assert widths[top] == max(widths.values())


def test_heatmap_is_symmetric_on_the_tension_range(tables):
    _, _, matrix = tables
    fig = figures.heatmap(matrix)
    assert (fig.data[0].zmin, fig.data[0].zmax) == (-1, 1)
    assert list(fig.data[0].x) == list(matrix.columns)


def test_scatter_bubbles_scale_with_mentions(tables):
    _, summary, _ = tables
    fig = figures.sentiment_tension(summary)
    sizes = dict(zip(summary["pair"], fig.data[0].marker.size))
    assert sizes[summary.iloc[0]["pair"]] == max(sizes.values())


@pytest.mark.parametrize("build", [figures.timeline, figures.network, figures.sentiment_tension])
def test_empty_tables_give_an_explaining_figure(build):
    fig = build(pd.DataFrame(columns=["pair", "period", "mentions", "articles", "tension_mean", "actor_a", "actor_b",
                                      "sentiment_mean", "tension_index", "index_low", "index_high"]))
    assert fig.layout.annotations and "No" in fig.layout.annotations[0].text
