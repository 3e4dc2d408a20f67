"""Ingest in batches: a file's articles inserted, and pending ones scored, a page at a time, as one whole."""

import json

import pandas as pd

import analysis.store as store_module
from analysis import analyze
from analysis.store import Store


def sorted_table(t):
    return t.sort_values(["article_id", "sentence_id", "pair"]).reset_index(drop=True)


def test_paged_ingest_stores_what_analyze_finds_and_counts_duplicates_once(tmp_path, monkeypatch):
    texts = [f"Japan and China signed a trade pact on day {i}. Russia condemned Ukraine." for i in range(7)]
    path = tmp_path / "news.jsonl"
    lines = [{"date": f"2025-03-0{1 + i % 5}", "text": t, "source": "Wire"} for i, t in enumerate(texts)]
    lines.append(lines[2])  # a repeat, in a later batch than its first
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    monkeypatch.setattr(store_module, "INSERT_ROWS", 3)
    monkeypatch.setattr(store_module, "PENDING_ROWS", 2)
    monkeypatch.setattr(store_module, "BATCH", 1)
    with Store(tmp_path / "s.duckdb") as store:
        result = store.ingest([path])
        assert (result.articles_new, result.articles_scored, result.report.duplicates) == (7, 7, 1)
        expected = analyze(pd.DataFrame(lines[:7]))
        pd.testing.assert_frame_equal(sorted_table(store.pair_table()), sorted_table(expected))
