import math

import pandas as pd

from analysis.schema import PAIR_COLUMNS, conform, empty, frame_from_tables, names, table_from_rows

ROWS = [
    ("a1", pd.Timestamp("2025-11-07"), "Kyodo", "Title “quoted”", 0, "Xi met Takaichi.", 0, "CHN", "JPN",
     "CHN-JPN", "", 0.25, -0.5, -0.6, 0.0, 0.5, "[]", "[]"),
    ("a2", None, None, "", 3, "日本と中国", 120, "CHN", "JPN", "CHN-JPN", "CHN>JPN", -0.1, 0.7, 0.7, 0.9, 0.0,
     '[{"term":"war"}]', "[]"),
    ("a3", pd.Timestamp("2026-01-01"), "", "t", 1, "s", 5, "RUS", "UKR", "RUS-UKR", "", math.nan, 0.0, 0.0, 0.0, 0.0,
     "[]", "[]"),
]


def test_rows_through_arrow_give_what_conform_gives():
    expected = conform(pd.DataFrame.from_records(ROWS, columns=names(PAIR_COLUMNS)), PAIR_COLUMNS)
    got = frame_from_tables([table_from_rows(ROWS[:2], PAIR_COLUMNS), table_from_rows(ROWS[2:], PAIR_COLUMNS)],
                            PAIR_COLUMNS)
    pd.testing.assert_frame_equal(got, expected)
    assert got.loc[1, "source"] == "" and pd.isna(got.loc[1, "date"])  # missing text is "", a missing date NaT


def test_no_rows_give_the_empty_table():
    pd.testing.assert_frame_equal(frame_from_tables([table_from_rows([], PAIR_COLUMNS)], PAIR_COLUMNS),
                                  empty(PAIR_COLUMNS))
    pd.testing.assert_frame_equal(frame_from_tables([], PAIR_COLUMNS), empty(PAIR_COLUMNS))
