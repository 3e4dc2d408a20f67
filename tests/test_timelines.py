import pandas as pd
import pytest

from analysis.timelines import MIN_EVENT_MENTIONS, Event, check_event, corpus_index, event_table, main, monthly, risk_share


def _months(*months):
    return pd.DatetimeIndex([pd.Timestamp(f"{m}-01") for m in months])


def test_event_months_are_compared_with_the_covered_months_before_skipping_gaps():
    # 2019-01..2019-06 covered, then a gap of years, then the event month.
    covered = _months("2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06", "2024-07")
    series = pd.Series([1.0, 1.0, 1.0, 1.0, 3.0, 1.0, 10.0], index=covered)
    check = check_event(series, ["2024-07"])
    assert check.months_before == 6 and check.before_level == pytest.approx(8 / 6)
    assert check.sd == pytest.approx(series.std()) and check.rises


def test_a_month_within_one_sd_of_the_months_before_does_not_count_as_a_rise():
    series = pd.Series([1.0, 3.0, 1.0, 3.0, 1.0, 3.0, 3.0], index=_months(*[f"2020-0{i}" for i in range(1, 8)]))
    assert not check_event(series, ["2020-07"]).rises


def test_months_without_the_pair_count_as_zero_for_the_index_and_are_skipped_for_the_mean():
    covered = _months("2020-01", "2020-02", "2020-03")
    agg = pd.DataFrame({"pair": ["A-B", "A-B"], "period": _months("2020-01", "2020-03"), "mentions": [1, 9],
                        "tension_index": [2.0, 9.0], "tension_mean": [0.9, 0.4]})
    assert list(monthly(agg, "A-B", "tension_index", covered, 0.0)) == [2.0, 0.0, 9.0]
    table = event_table(agg, covered, [Event("A-B", ("2020-03",), "test")]).iloc[0]
    assert table["index_rises"] and not table["mean_rises"]
    assert table["index_before"] == pytest.approx(1.0) and table["mean_before"] == pytest.approx(0.9)
    assert table["mentions"] == 9 and table["covered"]


def test_an_event_the_corpus_barely_names_is_not_covered():
    covered = _months("2020-01", "2020-02")
    agg = pd.DataFrame({"pair": ["A-B"], "period": _months("2020-02"), "mentions": [MIN_EVENT_MENTIONS - 1],
                        "tension_index": [0.1], "tension_mean": [-0.4]})
    table = event_table(agg, covered, [Event("A-B", ("2020-02",), "test")]).iloc[0]
    assert not table["covered"]


def test_risk_share_counts_articles_with_threat_or_act_words():
    articles = pd.DataFrame({
        "date": pd.to_datetime(["2020-01-02", "2020-01-03", "2020-01-04", "2020-02-01"]),
        "title": ["", "", "", ""],
        "text": ["Troops crossed the border.", "A trade deal was signed.", "Warsaw hosts a fair.",
                 "A missile was launched."],
    })
    share = risk_share(articles)
    assert share[pd.Timestamp("2020-01-01")] == pytest.approx(100 / 3)  # "Warsaw" is not "war"
    assert share[pd.Timestamp("2020-02-01")] == 100.0


def test_corpus_index_sums_all_pairs_over_the_period_articles():
    agg = pd.DataFrame({"period": _months("2020-01", "2020-01"), "conflict_total": [1.0, 3.0],
                        "period_articles": [200, 200]})
    assert corpus_index(agg)[pd.Timestamp("2020-01-01")] == pytest.approx(2.0)


def test_missing_data_is_explained(tmp_path, capsys):
    assert main(["--data", str(tmp_path)]) == 1
    assert "news_wcep_dev.jsonl" in capsys.readouterr().err


def test_a_later_war_raises_the_whole_series_sd_but_not_the_sd_known_at_the_time():
    # An incident in month 7 of a quiet pair; a war two years on makes the whole series' SD large.
    months = [f"2018-{m:02d}" for m in range(1, 13)] + [f"2022-{m:02d}" for m in range(1, 7)]
    values = [0.2, 0.4, 0.2, 0.3, 0.1, 0.2, 1.2, 0.3, 0.2, 0.3, 0.2, 0.3] + [20.0, 25.0, 18.0, 22.0, 19.0, 21.0]
    series = pd.Series(values, index=_months(*months))
    check = check_event(series, ["2018-07"])
    assert not check.rises and check.rises_then
    assert check.sd_then == pytest.approx(pd.Series(values[:6]).std())
