import pandas as pd
import pytest

from analysis import run
from dashboard.explore import actor_matrix, aggregated, apply_filters, articles_for, key_figures, pair_summary, prepare, universe
from dashboard.state import ViewState


@pytest.fixture(scope="module")
def slim(corpus_dir):
    return prepare(run(corpus_dir).pairs)


def test_universe_lists_what_the_corpus_holds(slim):
    u = universe(slim)
    assert {"CHN", "JPN", "USA", "RUS", "UKR"} <= u.actors and "CHN-JPN" in u.pairs
    assert {"Wire A", "Wire B"} <= u.sources and "threat" in u.categories
    assert (u.first_day.isoformat(), u.last_day.isoformat()) == ("2025-01-06", "2025-03-04")


@pytest.mark.parametrize(
    ("state", "expected_pairs"),
    [
        (ViewState(actors=("RUS",)), {"RUS-UKR"}),
        (ViewState(pairs=("JPN-USA",)), {"JPN-USA"}),
        (ViewState(sources=("Wire B",)), {"JPN-USA", "CHN-JPN", "CHN-USA"}),
        (ViewState(start=pd.Timestamp("2025-02-01").date(), end=pd.Timestamp("2025-02-28").date()),
         {"RUS-UKR", "CHN-JPN", "CHN-USA", "JPN-USA"}),
        (ViewState(categories=("military_action",)), {"RUS-UKR"}),
    ],
)
def test_each_filter_keeps_only_matching_rows(slim, state, expected_pairs):
    assert set(apply_filters(slim, state)["pair"].astype(str)) == expected_pairs


def test_minimum_mentions_drops_rare_pairs(slim):
    counts = slim["pair"].value_counts()
    kept = set(apply_filters(slim, ViewState(min_mentions=3))["pair"].astype(str))
    assert kept == {str(p) for p, n in counts.items() if n >= 3}


def test_summary_matrix_and_key_figures(slim):
    filtered = apply_filters(slim, ViewState())
    summary = pair_summary(filtered)
    matrix = actor_matrix(summary)
    assert matrix.loc["CHN", "JPN"] == matrix.loc["JPN", "CHN"]
    agg = aggregated(filtered, "M")
    figures = key_figures(agg, summary, len(filtered), filtered["article_id"].nunique(), min_support=1)
    assert figures["mentions"] == len(filtered) and figures["articles"] == 6
    by_conflict = agg.groupby("pair")["conflict_total"].sum()
    assert figures["most_tense"][0] == by_conflict.idxmax()
    assert figures["most_tense"][2] == agg[agg["pair"] == by_conflict.idxmax()]["mentions"].sum()
    assert figures["largest_change"] is not None


def test_key_figures_need_support():
    rows = pd.DataFrame({
        "pair": ["A-B", "A-B", "C-D", "C-D"],
        "period": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-01-01", "2025-02-01"]),
        "mentions": [1, 1, 40, 60], "conflict_total": [5.0, 0.0, 2.0, 9.0], "period_articles": [100, 100, 100, 100],
        "tension_index": [5.0, 0.0, 2.0, 9.0],
    })
    figures = key_figures(rows, pd.DataFrame(), 102, 200, min_support=5)
    assert figures["most_tense"][0] == "C-D" and figures["most_tense"][2] == 100
    assert figures["most_tense"][1] == pytest.approx(100 * 11 / 200)
    assert figures["largest_change"][:4] == ("C-D", 7.0, 40, 60)
    unsupported = key_figures(rows, pd.DataFrame(), 102, 200, min_support=1)
    assert unsupported["largest_change"][0] == "C-D" and unsupported["most_tense"][0] == "C-D"
    assert key_figures(rows, pd.DataFrame(), 102, 200, min_support=500)["most_tense"] is None


def test_articles_behind_a_point(slim):
    filtered = apply_filters(slim, ViewState())
    ids = articles_for(filtered, "RUS-UKR")
    assert len(ids) == 1
    assert articles_for(filtered, "CHN-JPN", pd.Timestamp("2025-01-06"), "W")



def test_a_rows_categories_are_those_of_the_cues_that_counted_for_its_pair():
    from dashboard.explore import CATEGORY_PREFIX

    frame = pd.DataFrame({"text": ["France praised Germany; Russia threatened Poland."], "date": ["2025-01-01"]})
    pairs = run(frame).pairs
    assert '"term":"threatened","category":"threat","weight":0.06,' in pairs.loc[0, "cues"]  # DEU-FRA, linked by neither
    pairs.loc[0, "cues"] = pairs.loc[0, "cues"].replace('"weight":0.06,', '"weight":0.0,')
    slim = prepare(pairs).set_index(pairs["pair"])
    assert bool(slim.loc["POL-RUS", CATEGORY_PREFIX + "threat"])
    assert not slim.loc["DEU-FRA", CATEGORY_PREFIX + "threat"]
