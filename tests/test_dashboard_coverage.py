"""dashboard.coverage: the corpus's covered stretches and gaps, in words."""

import datetime as dt

from dashboard.coverage import covered_stretches, empty_reason, gap_around, stretches_text
from dashboard.state import Universe, ViewState


def _days(*spans: tuple[str, str]) -> tuple[dt.date, ...]:
    out: set[dt.date] = set()
    for a, b in spans:
        first, last = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        out |= {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}
    return tuple(sorted(out))


WCEP = _days(("2017-01-01", "2020-12-31"), ("2024-07-01", "2026-03-28"))


def test_wceps_gap_is_named_by_month_with_the_stretches_the_corpus_covers():
    universe = Universe(days=WCEP)
    state = ViewState(start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31), pairs=("RUS-UKR",))
    assert empty_reason(universe, state) == ("The corpus has no articles from Jan 2021 to Jun 2024; it covers "
                                             "Jan 2017 – Dec 2020 and Jul 2024 – Mar 2026. Choose dates in those stretches.")
    assert gap_around(WCEP, dt.date(2020, 12, 1), dt.date(2022, 1, 1)) is None  # December 2020 has articles


def test_a_range_with_articles_says_the_filters_keep_none_and_which_filters():
    state = ViewState(start=dt.date(2018, 1, 1), end=dt.date(2018, 12, 31), pairs=("RUS-UKR",), min_mentions=3)
    assert empty_reason(Universe(days=WCEP), state) == (
        "The corpus has articles in this date range, but the filters keep none of them "
        "(pair RUS-UKR; at least 3 mentions per pair).")
    assert empty_reason(Universe(), ViewState()) == "The corpus has articles, but the filters keep none of them."


def test_short_gaps_are_named_by_day_and_many_stretches_are_counted():
    days = _days(*[(f"2025-{m:02d}-01", f"2025-{m:02d}-03") for m in range(1, 13, 2)])
    assert len(covered_stretches(days)) == 6
    assert stretches_text(covered_stretches(days)) == ("Jan 2025, Mar 2025, May 2025, Jul 2025 and "
                                                       "2 more stretches to Nov 2025")
    assert gap_around(days, dt.date(2025, 2, 10), dt.date(2025, 2, 12)) == (dt.date(2025, 1, 4), dt.date(2025, 2, 28))
    said = empty_reason(Universe(days=days), ViewState(start=dt.date(2025, 2, 10), end=dt.date(2025, 2, 12)), short=True)
    assert said == "The corpus has no articles from 4 Jan 2025 to 28 Feb 2025: no article to show."
