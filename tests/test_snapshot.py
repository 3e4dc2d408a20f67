"""The store's Parquet snapshot: written by ingest month by month, served to the dashboard without the store."""

import json
import shutil
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis.snapshot import LAYOUT, MANIFEST, read_manifest, snapshot_dir
from analysis.store import Store
from dashboard.sources import StoreSource
from dashboard.state import ViewState
from dashboard.views_sql import BY_PAIR
from tests.conftest import ROOT


@pytest.fixture
def store_path(tmp_path, corpus_dir):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_dir, folder)
    (folder / "undated.txt").write_text("Germany praised France for the summit.\nSource: Wire C", encoding="utf-8")
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([folder])
    return path


def test_ingest_writes_one_partition_per_month_and_one_for_undated_articles(store_path):
    folder = snapshot_dir(store_path)
    assert folder == store_path.with_name("s.snapshot")
    manifest = read_manifest(folder)
    assert sorted(manifest["files"]["pairs"]) == ["2025-01", "2025-02", "2025-03", "undated"]
    for table in ("articles", "pairs", "sentences"):
        for month, files in manifest["files"][table].items():
            assert files and all((folder / f).is_file() and f"month={month}" in f for f in files)
    pairs = pd.read_parquet(folder / manifest["files"]["pairs"]["2025-02"][0])
    assert set(pairs["pair"]) == {"RUS-UKR", "CHN-JPN", "CHN-USA", "JPN-USA"}
    assert "threat" in {c for cats in pairs["categories"] for c in cats}


def test_a_run_rewrites_only_the_months_it_changed(store_path, tmp_path):
    before = read_manifest(snapshot_dir(store_path))
    with Store(store_path) as store:
        assert store.write_snapshot() == []  # nothing changed: nothing written
        new = tmp_path / "more"
        new.mkdir()
        (new / "n.txt").write_text(" date 2025-04-01 India warned Pakistan.\nSource: Wire C", encoding="utf-8")
        store.ingest([new])
    after = read_manifest(snapshot_dir(store_path))
    assert sorted(after["files"]["pairs"]) == ["2025-01", "2025-02", "2025-03", "2025-04", "undated"]
    for month in ("2025-01", "2025-02", "2025-03", "undated"):
        assert after["files"]["pairs"][month] == before["files"]["pairs"][month]
    assert "IND-PAK" in StoreSource(store_path).universe.pairs


def test_the_dashboard_reads_the_snapshot_while_an_ingest_holds_the_store(store_path):
    expected = StoreSource(store_path).view(ViewState()).rows
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from analysis.store import Store; s = Store(sys.argv[1]); print('open', flush=True); "
        "time.sleep(60)"), str(store_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        t0 = time.monotonic()
        source = StoreSource(store_path)
        assert source.view(ViewState()).rows == expected and time.monotonic() - t0 < 30
    finally:
        holder.kill()
        holder.wait()


def test_a_store_without_a_snapshot_gets_one_on_first_open(store_path):
    expected = StoreSource(store_path).view(ViewState(period="M"))
    shutil.rmtree(snapshot_dir(store_path))
    again = StoreSource(store_path).view(ViewState(period="M"))
    assert (snapshot_dir(store_path) / MANIFEST).is_file()
    pd.testing.assert_frame_equal(expected.agg, again.agg)


def _month_rows(folder, manifest, table: str) -> pd.DataFrame:
    """Every month file's rows of ``table``, with their month, in one order (to compare row sets)."""
    frames = [pd.read_parquet(folder / f).assign(month=month) for month, names in manifest["files"][table].items()
              for f in names]
    return _in_one_order(pd.concat(frames, ignore_index=True))


def _in_one_order(rows: pd.DataFrame) -> pd.DataFrame:
    rows = rows.assign(categories=rows["categories"].map(tuple))
    return rows.sort_values(list(rows.columns), na_position="first", ignore_index=True)


def _sorted_rows(store_path) -> tuple[pd.DataFrame, str]:
    folder = snapshot_dir(store_path)
    manifest = read_manifest(folder)
    name = manifest["sorted"]["pair_day_categories"]
    rows = pd.read_parquet(folder / name)
    assert list(rows["pair"]) == sorted(rows["pair"])  # in pair order across months
    for _, days in rows.groupby("pair", sort=False)["day"]:
        assert days.dropna().is_monotonic_increasing and days.isna().sum() in (0, len(days) - days.notna().sum())
    pd.testing.assert_frame_equal(_in_one_order(rows), _month_rows(folder, manifest, "pair_day_categories"))
    return rows, name


def test_the_category_rollup_is_kept_in_one_file_sorted_by_pair_and_read_from_it(store_path):
    """The month files' rows of pair_day_categories, every month in one file sorted by pair, which the
    dashboard reads for chosen pairs, in that order (so a pair filter skips the other pairs' row groups,
    views_sql.BY_PAIR)."""
    rows, _ = _sorted_rows(store_path)
    assert rows["month"].nunique() == 4  # three months and the undated articles
    held = StoreSource(store_path).con.execute(f"SELECT pair FROM {BY_PAIR['pair_day_categories']}").fetchall()
    assert [p for (p,) in held] == list(rows["pair"])


def test_an_ingest_of_another_month_writes_the_sorted_rollup_again_from_every_month(store_path, tmp_path):
    _, before = _sorted_rows(store_path)
    new = tmp_path / "more"
    new.mkdir()
    (new / "n.txt").write_text(" date 2025-04-01 India threatened Pakistan.\nSource: Wire C", encoding="utf-8")
    with Store(store_path) as store:
        store.ingest([new])
        rows, after = _sorted_rows(store_path)
        assert after != before and "IND-PAK" in set(rows["pair"]) and rows["month"].nunique() == 5
        assert (snapshot_dir(store_path) / before).is_file()  # a reader of the manifest before may still read it
        assert store.write_snapshot() == [] and _sorted_rows(store_path)[1] == after  # nothing changed: kept
    assert not (snapshot_dir(store_path) / before).is_file()  # deleted one run later


def test_a_layout_5_snapshot_gains_the_sorted_rollup_without_writing_a_month_again(store_path):
    folder = snapshot_dir(store_path)
    manifest = read_manifest(folder)
    (folder / manifest.pop("sorted")["pair_day_categories"]).unlink()
    manifest["layout"] = 5
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with Store(store_path) as store:
        assert store.write_snapshot() == []
    after = read_manifest(folder)
    assert after["layout"] == LAYOUT and after["files"] == manifest["files"]
    _sorted_rows(store_path)


def test_the_synthetic_store_has_the_layout_ingest_writes(tmp_path):
    """benchmarks.synthetic_store writes its snapshot as ingest does (the sorted category rollup too), so the
    10 M benchmark measures the layout a user's store has; its views from the rollups are the rows'."""
    from benchmarks.synthetic_store import make

    path = tmp_path / "synthetic.duckdb"
    make(path, 3000)
    manifest = read_manifest(snapshot_dir(path))
    assert manifest["layout"] == LAYOUT
    _sorted_rows(path)
    source = StoreSource(path)
    pairs = tuple(sorted(source.universe.pairs))[:3]
    state = ViewState(pairs=pairs, categories=("threat",), period="D")
    mine, theirs = source.views._rollup_view(state), source.views._rows_view(state)
    pd.testing.assert_frame_equal(mine.agg, theirs.agg, check_exact=False, atol=1e-9, check_dtype=False)
    assert mine.rows == theirs.rows > 0
