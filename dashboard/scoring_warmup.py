"""The scoring workers' forkserver, started as a large corpus begins to be read rather than once it has been.

Streamlit's threads keep a large folder corpus's workers from being forked from the server's process:
they come from a forkserver (analysis.pipeline._context) that first imports what scoring needs,
seconds of one core.  Left to the scoring, that start followed the reading of the corpus and the
parent's own loading of the dictionary; started before the reading, it runs beside both.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Sequence
from contextlib import suppress
from multiprocessing import forkserver
from pathlib import Path

from analysis.loading import LoadReport, iter_files
from analysis.pipeline import PARALLEL_MIN_CHARS, WORKER_PRELOAD


def corpus_bytes(paths: Sequence[str | Path]) -> int:
    """The size on disk of the files the loader will read from ``paths`` (``iter_files``'s choice:
    supported suffixes, no hidden files): an upper bound on their text, known before they are read."""
    total = 0
    for f in iter_files(paths, LoadReport()):
        with suppress(OSError):
            total += f.stat().st_size
    return total


def warm_up_scoring(paths: Sequence[str | Path]) -> bool:
    """Start the forkserver when these files hold enough text for workers; returns whether it was started."""
    if "forkserver" not in mp.get_all_start_methods() or corpus_bytes(paths) < PARALLEL_MIN_CHARS:
        return False
    mp.get_context("forkserver").set_forkserver_preload([WORKER_PRELOAD])
    forkserver.ensure_running()  # returns at once; the server imports WORKER_PRELOAD meanwhile
    return True
