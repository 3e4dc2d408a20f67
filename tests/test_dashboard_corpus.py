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


def test_the_warm_up_names_the_preload_and_threshold_of_the_pipeline():
    import analysis.pipeline as pipeline
    import dashboard.scoring_warmup as warmup

    assert warmup.WORKER_PRELOAD == pipeline.WORKER_PRELOAD
    assert warmup.LARGE_CORPUS_BYTES == pipeline.PARALLEL_MIN_CHARS


def test_corpus_bytes_counts_the_files_of_the_suffixes_asked(tmp_path):
    (tmp_path / "a.jsonl").write_text("x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y" * 5)
    (tmp_path / "notes.bin").write_bytes(b"z" * 7)
    assert corpus.corpus_bytes([tmp_path], {".jsonl", ".txt"}) == 15
    assert corpus.corpus_bytes([tmp_path]) == 22
    assert corpus.corpus_bytes([tmp_path / "a.jsonl", tmp_path / "missing"]) == 10
