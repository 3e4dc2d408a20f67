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
