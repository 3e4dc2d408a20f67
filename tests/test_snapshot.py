"""The store's Parquet snapshot: written by ingest month by month, served to the dashboard without the store."""

import shutil
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis.snapshot import MANIFEST, read_manifest, snapshot_dir
from analysis.store import Store
from dashboard.sources import StoreSource
from dashboard.state import ViewState
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
