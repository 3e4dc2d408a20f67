"""The date path, fuzzed over years 1-9999: loading never raises; a date the tables can hold
(1677-10-01..2262-04-11) is kept exactly; any other becomes undated with a warning naming its origin."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze, load_articles
from analysis.dates import FIRST_DAY, LAST_DAY, DateError, parse_date, representable
from analysis.loading import articles_from_frame
from analysis.schema import ARTICLE_COLUMNS, conform

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WRITTEN = {
    "iso": lambda d: d.isoformat(),
    "iso timestamp": lambda d: f"{d.isoformat()}T10:30:00Z",
    "day month year": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year:04d}",
    "month day, year": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year:04d}",
    "RFC 822": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year:04d} 10:00:00 +0000",
}
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
# Every year, with the edges of the tables' range and of the two-digit-year trap drawn often.
DAYS = st.one_of(
    st.dates(),
    st.dates(FIRST_DAY - dt.timedelta(days=3), FIRST_DAY + dt.timedelta(days=3)),
    st.dates(LAST_DAY - dt.timedelta(days=3), LAST_DAY + dt.timedelta(days=3)),
    st.dates(dt.date(1, 1, 1), dt.date(120, 12, 31)),
)


def as_value(day: dt.date, form: str) -> object:
    """``day`` as a caller might hand it over: a string in one of the forms, or a date object."""
    if form == "date":
        return day
    if form == "datetime":
        return dt.datetime(day.year, day.month, day.day, 12, 0)
    return WRITTEN[form](day)


FORMS = st.sampled_from(["date", "datetime", *WRITTEN])


@FUZZ
@given(day=DAYS, form=st.sampled_from(list(WRITTEN)))
def test_every_written_form_of_every_year_reads_as_written(day, form):
    assert parse_date(WRITTEN[form](day)) == day


@FUZZ
@given(day=DAYS, form=FORMS)
def test_loading_keeps_a_representable_date_exactly_and_names_the_row_of_any_other(day, form):
    frame = pd.DataFrame({"text": ["Japan and China talked.", "India met Pakistan."],
                          "date": pd.Series([as_value(day, form), "2025-01-02"], dtype="object")})
    result = articles_from_frame(frame, today=dt.date(2025, 6, 1))  # must not raise
    assert str(result.articles["date"].dtype) == "datetime64[ns]"
    assert result.articles["date"][1] == pd.Timestamp(2025, 1, 2)
    warnings = [str(i) for i in result.report.warnings if "outside the range" in i.message]
    if representable(day):
        assert result.articles["date"][0] == pd.Timestamp(day)
        assert warnings == []
    else:
        assert pd.isna(result.articles["date"][0])
        assert warnings == [f"row 0: date {day.isoformat()} is outside the range the tables can hold "
                            f"(1677\u20132262); kept undated"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=DAYS, form=st.sampled_from(list(WRITTEN)))
def test_a_file_with_any_date_loads_and_says_which_line(tmp_path, day, form):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"date": WRITTEN[form](day), "text": "Japan and China talked."}) + "\n"
                    + json.dumps({"date": "2025-01-02", "text": "India met Pakistan."}) + "\n")
    result = load_articles(path, today=dt.date(2025, 6, 1))
    assert len(result.articles) == 2
    dates = dict(zip(result.articles["text"], result.articles["date"]))
    if representable(day):
        assert dates["Japan and China talked."] == pd.Timestamp(day)
    else:
        assert pd.isna(dates["Japan and China talked."])
        assert any(f"a.jsonl:line 1: date {day.isoformat()} is outside" in str(i) for i in result.report.warnings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.integers(), st.floats(), st.booleans(), st.text(max_size=40),
                       st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                            max_size=2)))
def test_any_json_value_as_a_date_never_stops_loading(tmp_path, value):
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"date": value, "text": "Japan and China talked."}) + "\n")
    result = load_articles(path, today=dt.date(2025, 6, 1))
    assert len(result.articles) == 1
    day = result.articles["date"][0]
    assert pd.isna(day) or pd.Timestamp(FIRST_DAY) <= day <= pd.Timestamp(LAST_DAY)


@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.dates(), st.datetimes(), st.text(max_size=30), st.floats(),
                                 st.datetimes(timezones=st.timezones()).map(pd.Timestamp),
                                 st.sampled_from(["2999-01-01", "0001-01-01", "7 Nov 2999", "2025-01-01T00:00+09:00",
                                                  "Thu, 27 Nov 2025 10:00:00 +0000", "NaT", ""])),
                       max_size=6))
def test_conform_never_raises_on_dates(values):
    frame = conform(pd.DataFrame({"date": pd.Series(values, dtype="object")}), ARTICLE_COLUMNS)
    assert str(frame["date"].dtype) == "datetime64[ns]" and len(frame) == len(values)


def test_conform_reads_strings_in_two_time_zones_at_their_local_wall_time():
    # pandas 2 returns such a column as objects with a warning, pandas 3 raises: both end here.
    frame = conform(pd.DataFrame({"date": ["2025-01-01T00:00+09:00", "Thu, 27 Nov 2025 10:00:00 +0000"]}),
                    ARTICLE_COLUMNS)
    assert frame["date"].tolist() == [pd.Timestamp(2025, 1, 1), pd.Timestamp(2025, 11, 27, 10)]


def test_conform_keeps_what_fits_and_blanks_what_does_not():
    frame = conform(pd.DataFrame({"date": ["2999-01-01", "2025-03-04", "0001-01-01", "7 Nov 2025"]}), ARTICLE_COLUMNS)
    assert frame["date"].tolist()[1::2] == [pd.Timestamp(2025, 3, 4), pd.Timestamp(2025, 11, 7)]
    assert frame["date"][::2].isna().all()


def test_analyze_takes_a_frame_with_dates_pandas_cannot_hold():
    frame = pd.DataFrame({"text": ["China condemned Japan.", "India warned Pakistan."],
                          "date": [dt.datetime(2999, 1, 1), dt.datetime(2025, 1, 1)]})
    table = analyze(frame)
    assert set(table["pair"]) == {"CHN-JPN", "IND-PAK"}
    assert table.set_index("pair")["date"].isna().to_dict() == {"CHN-JPN": True, "IND-PAK": False}


@pytest.mark.parametrize(("value", "expected"), [
    ("Mon, 01 Jan 0001 00:00:00 +0000", dt.date(1, 1, 1)), ("1 January 0099", dt.date(99, 1, 1)),
    ("7 Nov 2999", dt.date(2999, 11, 7)), ("12 October 1492", dt.date(1492, 10, 12)),
    ("1750-03-01", dt.date(1750, 3, 1)), ("9999-12-31T23:59:59Z", dt.date(9999, 12, 31)),
    ("01 Jan 99 10:00:00 +0100", dt.date(1999, 1, 1)), ("27-11-2025", dt.date(2025, 11, 27)),
])
def test_four_digit_years_are_read_as_written(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["10000-01-01", "0000-01-01", "1700000000"])
def test_years_no_calendar_has_are_refused(value):
    with pytest.raises(DateError):
        parse_date(value)


@pytest.mark.parametrize(("text", "reason"), [("not-a-date", "(no digits: not a date)"),
                                              ("12 March", "(no four-digit year)")])
def test_a_date_without_a_year_says_why_it_is_not_read(text, reason):
    """"unrecognised date 'not-a-date' (no year)" read as if a year were all the text lacked."""
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == f"unrecognised date {text!r} {reason}"
