"""The dashboard's analysis of a folder corpus: a large one scored in a child process gives the
pair table of analysis.run."""

from __future__ import annotations

import pandas as pd
import pytest

import dashboard.corpus as corpus
from analysis import run
from analysis.scoring_process import available
from tests.conftest import ROOT


@pytest.mark.skipif(not available(), reason="no forkserver on this platform")
def test_a_large_corpus_scored_in_a_child_process_gives_the_rows_of_run(monkeypatch):
    monkeypatch.setattr(corpus, "PARALLEL_MIN_CHARS", 0)  # the seeds count as large
    monkeypatch.setattr(corpus, "ANALYSIS_WORKERS", 2)
    job = corpus.Analysing((str(ROOT / "seeds"),)).start()
    assert job.done.wait(120)
    assert job.error is None and job.source is not None
    assert set(job.seconds) >= {"loading", "scoring", "views"}
    expected = run(ROOT / "seeds").pairs
    pd.testing.assert_frame_equal(job.source.corpus.pairs.reset_index(drop=True), expected.reset_index(drop=True))
    assert job.status()[0] == 1.0
