"""Where the dashboard's corpus comes from, and the scoring forkserver started for a large one
before the app's imports."""

from __future__ import annotations

from multiprocessing import forkserver

import pytest

import analysis.pipeline as pipeline
import dashboard.scoring_warmup as warmup
from dashboard.corpus_config import ENV_VAR, corpus_bytes


def test_the_warm_up_names_the_preload_and_threshold_of_the_pipeline():
    assert warmup.WORKER_PRELOAD == pipeline.WORKER_PRELOAD
    assert warmup.LARGE_CORPUS_BYTES == pipeline.PARALLEL_MIN_CHARS


def test_corpus_bytes_counts_the_files_of_the_suffixes_asked(tmp_path):
    (tmp_path / "a.jsonl").write_text("x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y" * 5)
    (tmp_path / "notes.bin").write_bytes(b"z" * 7)
    assert corpus_bytes([tmp_path], {".jsonl", ".txt"}) == 15
    assert corpus_bytes([tmp_path]) == 22
    assert corpus_bytes([tmp_path / "a.jsonl", tmp_path / "missing"]) == 10


def test_a_small_corpus_or_a_store_starts_no_forkserver(tmp_path, monkeypatch):
    small = tmp_path / "small.jsonl"
    small.write_text('{"text": "China warned Japan."}\n')
    monkeypatch.setenv(ENV_VAR, str(small))
    monkeypatch.setattr(warmup, "_started", [])
    assert warmup.warm_up_scoring() is False
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * warmup.LARGE_CORPUS_BYTES)
    monkeypatch.setenv(ENV_VAR, str(big))
    monkeypatch.setenv("TENSION_TRACKER_DB", str(tmp_path / "store.duckdb"))
    monkeypatch.setattr(warmup, "_started", [])
    assert warmup.warm_up_scoring() is False


@pytest.mark.skipif("forkserver" not in __import__("multiprocessing").get_all_start_methods(), reason="no forkserver")
def test_a_large_corpus_starts_the_forkserver_once(tmp_path, monkeypatch):
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * warmup.LARGE_CORPUS_BYTES)
    monkeypatch.setenv(ENV_VAR, str(big))
    monkeypatch.delenv("TENSION_TRACKER_DB", raising=False)
    monkeypatch.setattr(warmup, "_started", [])
    assert warmup.warm_up_scoring() is True
    assert forkserver._forkserver._forkserver_pid is not None  # running: scoring's workers fork from it
    assert warmup.warm_up_scoring() is False  # once per process
