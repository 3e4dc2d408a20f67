"""The scoring workers' forkserver started first thing in app.py, while Streamlit imports the rest of the app.

Streamlit's threads keep a large folder corpus's workers from being forked from the server's process:
they come from a forkserver (analysis.pipeline._context) that first imports what scoring needs,
seconds of one core.  Left to the scoring, that start followed the app's imports and the reading of
the corpus; started here, on the first run of the script, it overlaps them and the browser loading
Streamlit's page.  Standard library only, so that it runs before pandas is imported.
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
