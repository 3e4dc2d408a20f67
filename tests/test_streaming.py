"""`python -m analysis run` streams: read, scored and written a chunk at a time, with the same
rows, files and load report as the whole-corpus library calls."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis.cli as cli
import analysis.loading as loading
import analysis.pipeline as pipeline
from analysis import PAIR_COLUMNS, analyze, read_table
from analysis.cli import main
from analysis.loading import LoadReport, load_articles, stream_articles
from analysis.storage import TableWriter, write_table


def _corpus(folder) -> None:
    text = "China warned Japan. Russia and Ukraine agreed a truce."
    lines = [f'{{"text": "On day {i}, {text}", "date": "2025-02-{i % 27 + 1:02d}"}}' for i in range(30)]
    lines[5] = "{broken"
    lines[7] = lines[6]  # a duplicate
    lines.insert(9, "[1, 2]")
    (folder / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text("Tokyo and Beijing traded accusations.", encoding="utf-8")


@pytest.mark.parametrize("line_by_line", [False, True])
def test_streamed_articles_and_report_are_those_of_load_articles(tmp_path, monkeypatch, line_by_line):
    _corpus(tmp_path)
    if line_by_line:
        monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 0)
    whole = load_articles(tmp_path)
    report = LoadReport()
    rows = list(stream_articles(tmp_path, report))
    assert [r["article_id"] for r in rows] == list(whole.articles["article_id"])
    # the same issues; a file read line by line interleaves its own with the merges
    assert sorted(map(str, report.issues)) == sorted(map(str, whole.report.issues))
    assert report.summary() == whole.report.summary()


@pytest.mark.parametrize("ext", ["csv", "parquet", "jsonl"])
def test_cli_run_in_many_pieces_writes_the_file_write_table_writes(tmp_path, monkeypatch, ext):
    (tmp_path / "in").mkdir()
    _corpus(tmp_path / "in")
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 150)  # a piece every two articles
    monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 0)
    monkeypatch.setattr(cli, "WRITE_ROWS", 3)  # written in several pieces
    expected = write_table(analyze(tmp_path / "in"), tmp_path / f"whole.{ext}")
    out = tmp_path / f"streamed.{ext}"
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    pd.testing.assert_frame_equal(read_table(out, PAIR_COLUMNS), read_table(expected, PAIR_COLUMNS))
    if ext != "parquet":
        assert out.read_bytes() == expected.read_bytes()
    assert not out.with_name(out.name + ".partial").exists()


@pytest.mark.parametrize("ext", ["csv", "parquet", "jsonl"])
def test_a_table_without_rows_is_written_with_its_columns(tmp_path, ext):
    writer = TableWriter(tmp_path / f"o.{ext}")
    writer.write(analyze(pd.DataFrame({"text": ["Japan spoke."]})))
    back = read_table(writer.close(), PAIR_COLUMNS)
    assert back.empty and list(back.columns) == [c.name for c in PAIR_COLUMNS]
