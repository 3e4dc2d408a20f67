"""The Dask engine gives the default engine's rows, on a real LocalCluster of two workers."""

import pandas as pd
import pytest

from analysis import analyze
from analysis.schema import PAIR_COLUMNS, conform
from analysis.store import Store
from benchmarks.synthetic import generate
from tests.test_cli import cli

KEY = ["article_id", "sentence_id", "pair"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask")
    frame = generate(240, seed=11)
    frame.iloc[:150].to_json(folder / "a.jsonl", orient="records", lines=True)
    frame.iloc[100:].to_parquet(folder / "b.parquet")  # 50 articles in both files: one article each
    return folder


def expected(folder):
    return analyze(pd.concat([pd.read_json(folder / "a.jsonl", lines=True, dtype=False), pd.read_parquet(folder / "b.parquet")]))


def test_run_on_a_two_worker_local_cluster_writes_the_same_rows(inputs, tmp_path):
    out = tmp_path / "pairs.parquet"
    result = cli("run", str(inputs / "a.jsonl"), str(inputs / "b.parquet"), "-o", str(out), "--engine", "dask",
                 "--workers", "2")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "on 2 dask workers" in result.stderr
    got = conform(pd.read_parquet(out), PAIR_COLUMNS).sort_values(KEY).reset_index(drop=True)
    want = expected(inputs).sort_values(KEY).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)


def test_ingest_on_dask_fills_the_store_like_the_default_engine(inputs, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        result = store.ingest_dask([inputs], workers=2)
        assert result.articles_new == 240 and result.articles_scored == 240
        got = store.pair_table().sort_values(KEY).reset_index(drop=True)
        again = store.ingest_dask([inputs], workers=2)
        assert again.articles_scored == 0  # nothing new: nothing scored
    assert not (tmp_path / "parquet").exists()  # the cluster's hand-over datasets are not left behind
    pd.testing.assert_frame_equal(got, expected(inputs).sort_values(KEY).reset_index(drop=True))


def test_the_dask_engine_names_inputs_it_cannot_take(tmp_path):
    (tmp_path / "a.txt").write_text("China condemned Japan.")
    result = cli("run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.parquet"), "--engine", "dask")
    assert result.returncode == 1 and "a.txt" in result.stderr and ".jsonl and .parquet" in result.stderr


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_a_line_that_is_no_json_is_named_and_skipped_as_the_default_engine_does(tmp_path, command):
    """The Dask engine stopped the whole run at a bad JSONL line (cliaudit26: a traceback; then "not valid JSON,
    which the dask engine cannot skip", exit 1): every other line and file was lost.  It reads JSONL with the
    default engine's reader now: the line named by file and line, the rest scored, exit 0, the same words."""
    broken, good = tmp_path / "broken.jsonl", tmp_path / "good.jsonl"
    broken.write_text('{"date": "2025-01-02", "text": "China condemned Japan."}\n{"date": oops\n'
                      '{"date": "2025-01-03", "text": "Russia attacked Ukraine."}\n', encoding="utf-8")
    good.write_text('{"date": "2025-01-04", "text": "India warned Pakistan."}\n', encoding="utf-8")
    where = ["-o", str(tmp_path / "o.parquet")] if command == "run" else ["--db", str(tmp_path / "s.duckdb")]
    result = cli(command, str(broken), str(good), *where, "--engine", "dask")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert f"error: {broken}:line 2: not valid JSON (Expecting value at column 10)" in result.stderr
    assert "3 articles from 2 files; 1 input lost" in result.stderr, result.stderr[-2000:]
    if command == "run":
        assert set(pd.read_parquet(tmp_path / "o.parquet").pair) == {"CHN-JPN", "RUS-UKR", "IND-PAK"}
    else:
        with Store(tmp_path / "s.duckdb") as store:
            assert set(store.pair_table().pair) == {"CHN-JPN", "RUS-UKR", "IND-PAK"}


def test_a_file_of_no_json_alone_reads_nothing_and_exits_1_as_the_default_engine(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    out = tmp_path / "o.parquet"
    result = cli("run", str(bad), "-o", str(out), "--engine", "dask")
    assert result.returncode == 1 and f"{bad}:line 1: not valid JSON" in result.stderr, result.stderr[-2000:]
    assert "no article could be read" in result.stderr and not out.exists()


def test_a_large_file_read_in_blocks_names_the_lines_the_default_engine_names(tmp_path, monkeypatch):
    """A file larger than a block is read by several workers: its lines keep their numbers, its own fate (undated,
    not UTF-8 from line N) is said once, and its articles are the default engine's.  Run without a cluster."""
    import datetime as dt

    import analysis.loading as loading
    from analysis.dask_engine import BlockRead, blocks_report, jsonl_input_blocks, read_jsonl_block

    lines = []
    for i in range(400):
        lines.append(f'{{"date": "2025-01-{1 + i % 28:02d}", "text": "China condemned Japan on day {i}."}}'.encode())
        if i % 97 == 5:
            lines.append(b'{"text": oops')
        if i % 150 == 7:
            lines.append(f'{{"text": "Fran\u00e7ais: France and Germany signed deal {i}."}}'.encode("cp1252"))
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"\n".join(lines) + b"\n")
    blocks = jsonl_input_blocks([big], blocksize=2_000)
    assert len(blocks) > 10 and blocks[0].end is not None
    today = dt.date(2025, 6, 1)
    frames, reads = zip(*(read_jsonl_block(block, today) for block in blocks), strict=True)
    report = blocks_report(blocks, [BlockRead.from_json(read["read"].iloc[0]) for read in reads], [])
    monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 0)  # the default engine reads it a line at a time too
    default = loading.LoadReport()
    rows = list(loading.stream_articles(big, default, today=today))
    assert [str(i) for i in report.issues] == [str(i) for i in default.issues]
    assert [str(i) for i in report.errors] == [f"{big}:line {n}: not valid JSON (Expecting value at column 10)"
                                               for n in (7, 106, 205, 303, 402)]
    assert "not UTF-8 (first at line 10)" in str(report.warnings[0]) and "3 of its 403 articles" in str(report.issues[-1])
    assert (report.files_read, report.files_failed) == (1, 0)
    assert list(pd.concat(frames).article_id) == [row["article_id"] for row in rows]


def test_a_partition_with_dates_the_tables_cannot_hold_still_loads():
    import datetime as dt

    from analysis.dask_engine import _articles

    partition = pd.DataFrame({"date": ["2999-01-01", "0001-01-01", "2025-01-01"],
                              "text": ["China condemned Japan.", "India warned Pakistan.", "Chile met Peru."]}).astype(str)
    articles = _articles(partition, dt.date(2025, 6, 1))
    assert str(articles["date"].dtype) == "datetime64[ns]"
    assert articles["date"].isna().tolist() == [True, True, False]


def test_ingest_on_dask_writes_the_snapshot_the_default_engine_writes(inputs, tmp_path):
    import duckdb

    from analysis.snapshot import TABLES, read_manifest, snapshot_dir, snapshot_files
    from dashboard.sources import StoreSource
    from dashboard.state import ViewState

    def snapshot(path):
        folder = snapshot_dir(path)
        manifest = read_manifest(folder)
        tables = {t: duckdb.sql(f"SELECT * FROM read_parquet({snapshot_files(folder, manifest, t)!r}) "
                                "ORDER BY ALL").df() for t in TABLES}
        return sorted(manifest["files"]["pairs"]), tables

    with Store(tmp_path / "dask.duckdb") as store:
        store.ingest_dask([inputs], workers=2)
    with Store(tmp_path / "default.duckdb") as store:
        store.ingest(frame=pd.concat([pd.read_json(inputs / "a.jsonl", lines=True, dtype=False),
                                      pd.read_parquet(inputs / "b.parquet")]))
    (dask_months, dask_tables), (default_months, default_tables) = (snapshot(tmp_path / "dask.duckdb"),
                                                                    snapshot(tmp_path / "default.duckdb"))
    assert dask_months == default_months and len(dask_months) > 1
    for table in TABLES:
        mine, theirs = dask_tables[table], default_tables[table]
        if table == "articles":  # where each engine read an article (its origin) may differ
            mine, theirs = mine.drop(columns="origin"), theirs.drop(columns="origin")
        pd.testing.assert_frame_equal(mine, theirs, check_exact=False, atol=1e-12)
    state = ViewState(period="M")
    pd.testing.assert_frame_equal(StoreSource(tmp_path / "dask.duckdb").view(state).agg,
                                  StoreSource(tmp_path / "default.duckdb").view(state).agg)


def test_workers_1_on_dask_means_one_worker_and_not_given_means_two(inputs, tmp_path):
    """`run --engine dask --workers 1` started 2 workers: --workers defaulted to 1, which Dask read as "not given"."""
    one = cli("run", str(inputs / "a.jsonl"), "-o", str(tmp_path / "one.parquet"), "--engine", "dask", "--workers", "1")
    assert one.returncode == 0 and "scored on 1 dask worker in" in one.stderr, one.stderr[-2000:]
    default = cli("run", str(inputs / "a.jsonl"), "-o", str(tmp_path / "two.parquet"), "--engine", "dask")
    assert default.returncode == 0 and "scored on 2 dask workers in" in default.stderr, default.stderr[-2000:]


def test_the_local_clusters_routine_log_lines_stay_off_stderr(inputs, tmp_path):
    """distributed's own lines ("… distributed.shuffle._scheduler_plugin - WARNING - Shuffle … initialized by
    task …", "… deactivated due to stimulus …") filled the command's stderr on every run."""
    import logging

    result = cli("run", str(inputs), "-o", str(tmp_path / "o.parquet"), "--engine", "dask")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "distributed." not in result.stderr and " - INFO - " not in result.stderr, result.stderr[-2000:]
    from analysis.dask_engine import ShuffleLifecycleFilter

    restarted = logging.LogRecord("distributed.shuffle._scheduler_plugin", logging.WARNING, "", 0,
                                  "Shuffle %s restarted due to stimulus '%s", ("id", "s"), None)
    assert ShuffleLifecycleFilter().filter(restarted)  # a warning that means something still shows
