"""The scoring forkserver started as a large corpus begins to be read (dashboard.scoring_warmup)."""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing import forkserver

import pytest

from dashboard.scoring_warmup import PARALLEL_MIN_CHARS, corpus_bytes, warm_up_scoring


def test_corpus_bytes_counts_the_files_the_loader_reads(tmp_path):
    (tmp_path / "a.jsonl").write_text("x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y" * 5)
    (tmp_path / "notes.bin").write_bytes(b"z" * 7)  # not a corpus file type
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.jsonl").write_text("w" * 3)  # a hidden folder is not read
    assert corpus_bytes([tmp_path]) == 15
    assert corpus_bytes([tmp_path / "a.jsonl", tmp_path / "missing"]) == 10


def test_a_small_corpus_starts_no_forkserver(tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_text('{"text": "China warned Japan."}\n')
    assert warm_up_scoring([small]) is False
    big = tmp_path / "big.bin"  # large, but not of a suffix the corpus reads
    big.write_bytes(b" " * PARALLEL_MIN_CHARS)
    assert warm_up_scoring([tmp_path]) is False


@pytest.mark.skipif("forkserver" not in mp.get_all_start_methods(), reason="no forkserver on this platform")
def test_a_large_corpus_starts_the_forkserver(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * PARALLEL_MIN_CHARS)
    assert warm_up_scoring([big]) is True
    assert forkserver._forkserver._forkserver_pid is not None  # running: the scoring's workers fork from it


def test_bare_paths_after_the_double_dash_are_the_corpus_and_a_stores_file_is_not():
    """``streamlit run dashboard/app.py -- news.jsonl`` opened on the seed article without a word: only
    ``--corpus`` was read."""
    from pathlib import Path

    from dashboard.corpus import DEFAULT_CORPUS, corpus_paths, store_path

    assert corpus_paths(["news.jsonl", "more/"], {}) == [Path("news.jsonl"), Path("more")]
    assert corpus_paths(["--corpus", "news/"], {}) == [Path("news/")]
    assert corpus_paths(["--db", "s.duckdb"], {}) == [DEFAULT_CORPUS] and store_path(["--db", "s.duckdb"], {}) == Path(
        "s.duckdb")


def test_only_the_dashboards_own_command_line_names_a_corpus(monkeypatch):
    """AppTest runs the app inside pytest, whose arguments ("tests", "not browser") are no corpus."""
    from pathlib import Path

    from dashboard.corpus import DEFAULT_CORPUS, ROOT, corpus_paths

    monkeypatch.setattr("sys.argv", ["/usr/lib/python3/pytest", "tests", "-m", "not browser"])
    assert corpus_paths(None, {}) == [DEFAULT_CORPUS]
    monkeypatch.setattr("sys.argv", [str(ROOT / "dashboard" / "app.py"), "news.jsonl"])
    assert corpus_paths(None, {}) == [Path("news.jsonl")]
