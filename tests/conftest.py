"""Shared fixtures: the seed, its analysis (computed once), and a folder writer for inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a07f1ce101bb271a.txt"


@pytest.fixture(scope="session", autouse=True)
def _data_cache(tmp_path_factory):
    """The derived copies of the data files (analysis.data_cache) go to a folder of this session,
    not the user's: the suite starts from none, and the processes it starts share it."""
    saved = os.environ.get("TENSION_TRACKER_CACHE")
    os.environ["TENSION_TRACKER_CACHE"] = str(tmp_path_factory.mktemp("data_cache"))
    yield
    if saved is None:
        del os.environ["TENSION_TRACKER_CACHE"]
    else:
        os.environ["TENSION_TRACKER_CACHE"] = saved


@pytest.fixture(autouse=True)
def _own_main_module():
    """Every test ends with pytest's own ``__main__``: ``AppTest`` leaves its script there, and a process
    spawned later (dask's workers, the pipeline's pool) re-runs that script and fails on its "__args"
    (the ingest-on-dask test failed after the dashboard's ``AppTest.from_function`` tests)."""
    import sys

    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_analysis():
    from analysis import run

    return run(SEED)


@pytest.fixture(scope="session")
def seed_pairs(seed_analysis):
    return seed_analysis.pairs


@pytest.fixture
def write(tmp_path: Path):
    """write("name.ext", content) → path; bytes are written as they are."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


ARTICLES = {
    "a1.txt": " date 2025-01-06 China condemned Japan over the disputed islands. Tokyo protested to Beijing.\nSource: Wire A",
    "a2.txt": " date 2025-01-08 Japan and the United States reaffirmed their alliance and agreed to deepen cooperation."
              "\nSource: Wire B",
    "a3.txt": " date 2025-02-03 Russian forces attacked Ukraine, killing civilians. Kyiv condemned Moscow.\nSource: Wire A",
    "a4.txt": " date 2025-02-10 China threatened Japan with sanctions. The United States urged China and Japan to "
              "avoid escalating tensions.\nSource: Wire B",
    "a5.txt": " date 2025-03-03 Japan and China held talks and agreed to ease tensions.\nSource: Wire A",
    "xss.txt": " date 2025-03-04 <script>window.__xss = 1</script> China condemned Japan "
               "<img src=x onerror=\"window.__xss = 2\"> again.\nSource: <b>Evil</b>",
}


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """A small dated corpus made by the tests: several pairs, sources, months, and a hostile article."""
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store_file(corpus_dir, tmp_path_factory) -> Path:
    """A DuckDB store ingested from ``corpus_dir``: the dashboard's store-backed views (``--db``) against the folder."""
    from analysis.store import Store

    path = tmp_path_factory.mktemp("store") / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    return path
