"""Scoring in worker processes: the same rows as one process, whichever way the workers start,
and never a second run of the caller's main script (the dashboard's app.py under Streamlit)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pandas as pd

import analysis.pipeline as pipeline
from analysis import analyze
from tests.conftest import ROOT


def _frame(n: int = 24) -> pd.DataFrame:
    texts = [f"On day {i}, China warned Japan. Russia and Ukraine agreed a truce. Markets were calm." for i in range(n)]
    return pd.DataFrame({"text": texts, "date": [f"2025-01-{i % 28 + 1:02d}" for i in range(n)]})


def test_forked_workers_give_the_rows_of_one_process(monkeypatch):
    frame = _frame()
    one = analyze(frame)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)  # several chunks a worker, collected in order
    pd.testing.assert_frame_equal(analyze(frame, workers=2), one)


def test_forked_workers_are_sent_row_numbers_of_the_table_not_its_texts(tmp_path):
    """In a fresh process (no other thread runs: workers fork), with the records path made to fail."""
    script = tmp_path / "rows.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import pandas as pd
        import analysis.pipeline as pipeline
        from tests.test_workers import _frame

        def no_records(chunk):
            raise AssertionError("the parent handed out records instead of row numbers")

        articles = pipeline.articles_from_frame(_frame()).articles
        one = pipeline.score_articles(articles)
        pipeline.PARALLEL_MIN_CHARS = 0
        pipeline.CHUNK_CHARS = 200
        pipeline._score_chunk = no_records
        assert pipeline._context().get_start_method() == "fork"
        done = []
        pd.testing.assert_frame_equal(pipeline.score_articles(articles, workers=2, progress=done.append), one)
        print(sum(done), len(done))
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    articles, slices = map(int, result.stdout.split())
    assert articles == len(_frame()) and slices > 2  # every article counted, a slice at a time


def test_streamed_records_scored_by_workers_give_the_rows_of_one_process(monkeypatch):
    """The command line's way: records read as they come, sent to the workers in chunks."""
    articles = pipeline.articles_from_frame(_frame()).articles
    one = pipeline.score_articles(articles)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    tables = list(pipeline.score_tables(pipeline._records(articles), workers=2))
    assert len(tables) > 2
    pd.testing.assert_frame_equal(pipeline.frame_from_tables(tables, pipeline.PAIR_COLUMNS), one)


def test_slices_of_the_table_are_cut_as_chunks_of_records_are():
    lengths = [50, 60, 10, 200, 5]
    records = [{"text": "x" * n} for n in lengths]
    chunks = [len(chunk) for chunk in pipeline._chunks(records, 100)]
    assert pipeline._slices(lengths, 100) == [(0, 2), (2, 4), (4, 5)]
    assert [stop - first for first, stop in pipeline._slices(lengths, 100)] == chunks
    assert pipeline._slices([], 100) == []
    assert pipeline._slices([100, 100], 100) == [(0, 1), (1, 2)]


def test_too_little_text_for_workers_is_scored_in_this_process(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a corpus below PARALLEL_MIN_CHARS")

    monkeypatch.setattr(pipeline, "_context", no_pool)
    assert not analyze(_frame(3), workers=2).empty


def test_chunks_are_cut_by_characters_of_text():
    records = [{"text": "x" * n} for n in (50, 60, 10, 200, 5)]
    sizes = [[len(r["text"]) for r in chunk] for chunk in pipeline._chunks(records, 100)]
    assert sizes == [[50, 60], [10, 200], [5]]


def test_workers_started_beside_other_threads_do_not_run_the_main_script_again(tmp_path):
    """Under Streamlit, threads run (so no fork) and the main module is the dashboard script,
    without a ``__name__`` guard: its side effect must happen once, in the parent only."""
    marker = tmp_path / "main-ran"
    script = tmp_path / "app_like.py"
    script.write_text(textwrap.dedent(f"""
        import sys, threading
        sys.path.insert(0, {str(ROOT)!r})
        with open({str(marker)!r}, "a") as f:
            f.write("ran\\n")
        import pandas as pd
        import analysis.pipeline as pipeline
        from analysis import analyze
        pipeline.PARALLEL_MIN_CHARS = 0
        pipeline.CHUNK_CHARS = 200
        stop = threading.Event()
        threading.Thread(target=stop.wait).start()  # a server thread, as Streamlit's
        try:
            texts = [f"On day {{i}}, China warned Japan. Russia and Ukraine agreed a truce." for i in range(16)]
            frame = pd.DataFrame({{"text": texts, "date": "2025-01-02"}})
            pd.testing.assert_frame_equal(analyze(frame, workers=2), analyze(frame))
            print(pipeline._context().get_start_method())
        finally:
            stop.set()
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["forkserver"]
    assert marker.read_text().splitlines() == ["ran"]


def test_the_guard_is_what_keeps_spawned_children_off_the_main_script(tmp_path):
    """Without _children_skip_main a spawned child imports the script again (the test above would
    not notice a regression if children never imported it)."""
    marker = tmp_path / "main-ran"
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent(f"""
        import multiprocessing as mp, os, sys
        sys.path.insert(0, {str(ROOT)!r})
        with open({str(marker)!r}, "a") as f:
            f.write(mp.current_process().name + "\\n")
        import analysis.pipeline as pipeline
        if mp.current_process().name == "MainProcess":
            context = mp.get_context("spawn")
            guarded = sys.argv[1] == "guarded"
            if guarded:
                with pipeline._children_skip_main(context):
                    pool = context.Pool(1)
            else:
                pool = context.Pool(1)
            with pool:
                print(pool.apply(os.getpid) != os.getpid())
    """))
    for mode, expected in (("unguarded", 2), ("guarded", 1)):
        marker.unlink(missing_ok=True)
        result = subprocess.run([sys.executable, str(script), mode], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert len(marker.read_text().splitlines()) == expected, (mode, marker.read_text())


def test_slices_for_several_processes_shrink_towards_the_end_and_cover_every_row():
    lengths = [10] * 1000  # 10,000 characters
    slices = pipeline._slices(lengths, 1000, processes=2)
    assert slices[0] == (0, 100) and slices[-1][1] == 1000
    assert all(a[1] == b[0] for a, b in zip(slices, slices[1:]))  # consecutive, none skipped
    sizes = [stop - first for first, stop in slices]
    assert sizes[-2] < sizes[0] and min(sizes[:-1]) * 10 >= 1000 // pipeline.TAIL_SHARE
    assert pipeline._slices(lengths, 1000, processes=1) == pipeline._slices(lengths, 1000)


def test_a_failing_forked_worker_is_reported_not_lost(tmp_path):
    """The parent scores beside its forked workers: a worker's error must still reach the caller."""
    script = tmp_path / "failing.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        import analysis.pipeline as pipeline
        from tests.test_workers import _frame

        articles = pipeline.articles_from_frame(_frame()).articles
        pipeline.PARALLEL_MIN_CHARS = 0
        pipeline.CHUNK_CHARS = 200
        parent = os.getpid()
        real = pipeline.articles_rows

        def fails_in_a_worker(*args):
            if os.getpid() != parent:
                raise ValueError("broken in the worker")
            time.sleep(0.2)  # the worker takes slices too
            return real(*args)

        pipeline.articles_rows = fails_in_a_worker
        try:
            pipeline.score_articles(articles, workers=2)
        except RuntimeError as exc:
            print("raised", "broken in the worker" in str(exc))
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["raised", "True"]
