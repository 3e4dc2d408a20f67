"""Scoring in a child process started from the forkserver: the rows of this process, the articles
counted as they are scored, and a failure raised in the caller rather than lost."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.pipeline import articles_from_frame, score_articles
from analysis.scoring_process import ScoringProcess, available

pytestmark = pytest.mark.skipif(not available(), reason="no forkserver on this platform")


def _articles(n: int = 30) -> pd.DataFrame:
    texts = [f"On day {i}, China warned Japan. Russia and Ukraine agreed a truce in Geneva." for i in range(n)]
    frame = pd.DataFrame({"text": texts, "date": [f"2025-02-{i % 28 + 1:02d}" for i in range(n)]})
    return articles_from_frame(frame).articles


def test_the_child_gives_the_rows_of_this_process_and_counts_every_article():
    articles = _articles()
    job = ScoringProcess(articles, workers=2)
    pairs = job.pairs()
    pd.testing.assert_frame_equal(pairs, score_articles(articles))
    assert len(pairs) and job.scored == len(articles)


def test_a_failure_in_the_child_is_raised_in_the_caller():
    job = ScoringProcess(_articles().drop(columns=["text"]), workers=2)
    with pytest.raises(KeyError, match="text"):
        job.pairs()
