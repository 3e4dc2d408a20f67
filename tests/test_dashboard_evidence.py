import pandas as pd

from dashboard.evidence import explaining_sentence


def _rows(*rows: tuple[int, str, float, float]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["sentence_id", "pair", "conflict", "cooperation"])


def test_a_periods_point_marks_the_sentence_with_most_of_the_pairs_conflict():
    rows = _rows((0, "CHN-JPN", 0.2, 0.0), (1, "CHN-JPN", 0.0, 0.9), (2, "CHN-JPN", 0.7, 0.0), (2, "CHN-USA", 2.0, 0))
    assert explaining_sentence(rows, "CHN-JPN", in_period=True) == 2  # the index is conflict: the talks don't count
    assert explaining_sentence(rows, "CHN-JPN", in_period=False) == 1  # a cell sums both sides: the talks weigh most
    assert explaining_sentence(rows, "CHN-USA", in_period=True) == 2


def test_ties_go_to_the_earlier_sentence_and_an_article_without_the_pair_marks_none():
    rows = _rows((3, "CHN-JPN", 0.5, None), (1, "CHN-JPN", 0.5, None), (2, "CHN-JPN", None, None))
    assert explaining_sentence(rows, "CHN-JPN", in_period=False) == 1
    assert explaining_sentence(rows, "RUS-UKR", in_period=True) is None
    assert explaining_sentence(rows.iloc[:0], "CHN-JPN", in_period=True) is None
