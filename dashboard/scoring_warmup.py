"""The scoring forkserver started first thing in app.py, while Streamlit imports the rest of the app.

A large folder corpus is scored from a forkserver (analysis.scoring_process) that must first import
what scoring needs: seconds of one core.  Started here, on the first run of the script, that
overlaps the app's own imports, the browser loading Streamlit's page and the corpus being read,
instead of following them.  Standard library only, so that it runs before pandas is imported.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing import forkserver

from dashboard.corpus_config import corpus_bytes, corpus_paths, store_path

#: analysis.pipeline.WORKER_PRELOAD (not imported from there: that would import pandas first).
WORKER_PRELOAD = "analysis.worker_preload"
#: analysis.pipeline.PARALLEL_MIN_CHARS: a corpus of fewer bytes is scored without workers.
LARGE_CORPUS_BYTES = 1_000_000

_started: list[bool] = []


def warm_up_scoring() -> bool:
    """Start the forkserver once per process, when a folder corpus large enough for workers is configured."""
    if _started or "forkserver" not in mp.get_all_start_methods():
        return False
    _started.append(True)
    if store_path() is not None or corpus_bytes(corpus_paths()) < LARGE_CORPUS_BYTES:
        return False
    mp.get_context("forkserver").set_forkserver_preload([WORKER_PRELOAD])
    forkserver.ensure_running()
    return True
