import pandas as pd
import pytest

from analysis import AGGREGATE_COLUMNS, aggregate, analyze
from analysis.schema import names


@pytest.fixture(scope="module")
def table():
    frame = pd.DataFrame({
        "text": ["China condemned Japan.", "China and Japan agreed a deal.", "China threatened Japan.",
                 "Russia attacked Ukraine."],
        "date": ["2025-01-06", "2025-01-08", "2025-01-20", "2025-02-03"],  # Mon, Wed, Mon, Mon
    })
    return analyze(frame)


def test_weekly_periods_start_on_monday(table):
    out = aggregate(table, "W")
    assert list(out.columns) == names(AGGREGATE_COLUMNS)
    cj = out[out.pair == "CHN-JPN"]
    assert list(cj.period.dt.strftime("%Y-%m-%d")) == ["2025-01-06", "2025-01-20"]
    assert list(cj.mentions) == [2, 1] and list(cj.articles) == [2, 1]


def test_monthly_and_daily(table):
    assert aggregate(table, "M").groupby("pair").size().to_dict() == {"CHN-JPN": 1, "RUS-UKR": 1}
    assert len(aggregate(table, "D")) == 4


def test_mean_and_spread(table):
    week = aggregate(table, "W").iloc[0]
    rows = table[table.date < "2025-01-13"]
    assert week.tension_mean == pytest.approx(rows.tension.mean())
    assert week.tension_std == pytest.approx(rows.tension.std())
    assert aggregate(table, "W").iloc[1].tension_std == 0.0  # one mention: no spread


def test_unknown_frequency_is_refused(table):
    with pytest.raises(ValueError, match="freq"):
        aggregate(table, "Y")


def _rows(specs):
    """Pair rows from (article, date, pair, tension, conflict, cooperation) tuples."""
    frame = pd.DataFrame(specs, columns=["article_id", "date", "pair", "tension", "conflict", "cooperation"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["sentiment"] = 0.0
    return frame


def _articles(counts):
    """An article table with ``n`` dated articles per month: {"2025-01": n}."""
    dates = [f"{month}-15" for month, n in counts.items() for _ in range(n)]
    return pd.DataFrame({"article_id": [f"x{i}" for i in range(len(dates))], "date": pd.to_datetime(dates)})


def test_a_crisis_month_full_of_talks_rises_while_the_mean_falls():
    quiet = [("q1", "2025-01-10", "A-B", 0.96, 2.0, 0.0)]  # one incident: near +1 alone
    crisis = [(f"c{i}", "2025-02-10", "A-B", 0.96, 2.0, 0.0) for i in range(10)]
    crisis += [(f"t{i}", "2025-02-11", "A-B", -0.76, 0.0, 1.0) for i in range(30)]  # talks, aid, exchanges
    out = aggregate(_rows(quiet + crisis), "M", articles=_articles({"2025-01": 100, "2025-02": 100})).set_index("period")
    jan, feb = out.loc["2025-01-01"], out.loc["2025-02-01"]
    assert feb.tension_mean < jan.tension_mean
    assert feb.tension_index > jan.tension_index
    assert (jan.tension_index, feb.tension_index) == pytest.approx((2.0, 20.0))
    assert (feb.conflict_total, feb.cooperation_total, feb.period_articles) == (20.0, 30.0, 100)


def test_one_mention_has_a_wider_interval_than_a_hundred():
    one = [("a", "2025-01-10", "A-B", 0.76, 1.0, 0.0)]
    many = [(f"m{i}", "2025-02-10", "A-B", 0.76, 1.0, 0.0) for i in range(100)]
    # Same index (1 per 100 articles) from one article and from a hundred.
    out = aggregate(_rows(one + many), "M", articles=_articles({"2025-01": 100, "2025-02": 10_000}))
    jan, feb = out.set_index("period").loc["2025-01-01"], out.set_index("period").loc["2025-02-01"]
    assert jan.tension_index == pytest.approx(feb.tension_index)
    assert jan.index_low <= jan.tension_index <= jan.index_high
    assert (jan.index_high - jan.index_low) > 5 * (feb.index_high - feb.index_low)
    assert jan.index_low == 0.0  # never below zero


def test_the_index_divides_by_all_articles_of_the_period():
    rows = _rows([("a", "2025-01-10", "A-B", 0.76, 1.0, 0.0), ("b", "2025-01-12", "A-B", 0.76, 1.0, 0.0)])
    base = aggregate(rows, "M", articles=_articles({"2025-01": 50})).iloc[0]
    doubled = aggregate(rows, "M", articles=_articles({"2025-01": 100})).iloc[0]
    assert doubled.tension_index == pytest.approx(base.tension_index / 2)
    assert doubled.tension_mean == base.tension_mean
    counted = aggregate(rows, "M", articles=pd.Series({pd.Timestamp("2025-01-01"): 100})).iloc[0]
    assert counted.tension_index == pytest.approx(doubled.tension_index)
    # Without an article table the pair table's own articles are the denominator.
    assert aggregate(rows, "M").iloc[0].period_articles == 2


def test_undated_rows_are_left_out_of_every_figure():
    rows = _rows([("a", "2025-01-10", "A-B", 0.76, 1.0, 0.0), ("u", None, "A-B", 0.96, 5.0, 0.0)])
    out = aggregate(rows, "M", articles=_articles({"2025-01": 10}))
    assert len(out) == 1 and out.iloc[0].mentions == 1 and out.iloc[0].conflict_total == 1.0
    assert aggregate(rows.iloc[1:], "M").empty


def test_store_sql_aggregation_equals_the_library(corpus_dir, tmp_path):
    from analysis import run
    from analysis.store import Store
    from dashboard.sources import StoreSource
    from dashboard.state import ViewState

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    analysis = run(corpus_dir)
    for period in ("W", "M"):
        stored = StoreSource(path).view(ViewState(period=period)).agg
        expected = aggregate(analysis.pairs, period, articles=analysis.articles)
        pd.testing.assert_frame_equal(stored, expected, check_exact=False, atol=1e-9)
    sources = ViewState(period="M", sources=("Wire A",))
    stored = StoreSource(path).view(sources).agg
    wire_a = analysis.articles[analysis.articles["source"] == "Wire A"]
    expected = aggregate(analysis.pairs[analysis.pairs["source"] == "Wire A"], "M", articles=wire_a)
    pd.testing.assert_frame_equal(stored, expected, check_exact=False, atol=1e-9)
