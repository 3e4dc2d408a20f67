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


def test_timeline_has_a_line_per_pair_with_hover_and_rolling_mean(tables):
    agg, _, _ = tables
    fig = figures.timeline(agg)
    main = [t for t in fig.data if t.mode == "lines+markers"]
    rolling = [t for t in fig.data if t.line.dash == "dash"]
    assert {t.name for t in main} == set(agg["pair"])
    assert rolling and all("mentions" in t.hovertemplate and "articles" in t.hovertemplate for t in main)


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
                                      "sentiment_mean"]))
    assert fig.layout.annotations and "No" in fig.layout.annotations[0].text
