"""score_articles in a process of its own, for a caller in which other threads run (the dashboard).

Such a caller cannot fork its workers (see pipeline._context): they start from a forkserver and
are sent every article's text in pickled chunks, and the caller's own process, busy pickling
and collecting, takes a share of the cores the workers need.  A process started from the
forkserver instead has no other thread, so score_articles there forks its workers from it, as
the command line does: the article table is sent once (its Arrow-backed columns pickle in
milliseconds), the workers are handed row numbers, and only the pair table comes back.

The forkserver imports pipeline.WORKER_PRELOAD (dictionary, lexicon, word weights, VADER)
before it forks anything, which takes seconds: warm_forkserver starts it while the caller is
still reading the corpus.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
from multiprocessing import forkserver
from multiprocessing.connection import Connection

import pandas as pd

from analysis.pipeline import WORKER_PRELOAD, _children_skip_main, score_articles


def available() -> bool:
    """Whether this platform has a forkserver (Linux and macOS do; Windows does not)."""
    return "forkserver" in mp.get_all_start_methods()


def _context() -> mp.context.ForkServerContext:
    context = mp.get_context("forkserver")
    context.set_forkserver_preload([WORKER_PRELOAD])  # no effect once the server runs: it is warm then
    return context


def warm_forkserver() -> None:
    """Start the forkserver (it loads what scoring needs in the background); returns at once."""
    _context()
    forkserver.ensure_running()


def _score(articles: pd.DataFrame, workers: int, scored, sender: Connection) -> None:
    """The child's work: the pair table, or the exception that stopped it, sent back whole."""
    def count(articles_done: int) -> None:
        with scored.get_lock():
            scored.value += articles_done

    try:
        result: object = score_articles(articles, workers=workers, progress=count)
    except BaseException as exc:  # noqa: BLE001 - handed to the caller, which raises it
        result = exc
    try:
        sender.send(result)
    except Exception as exc:  # noqa: BLE001 - an exception that does not pickle: its text goes instead
        sender.send(RuntimeError(f"scoring failed: {exc!r}; then: {result!r}"))
    finally:
        sender.close()


class ScoringProcess:
    """One article table being scored in a child process; ``scored`` counts articles done so far."""

    def __init__(self, articles: pd.DataFrame, workers: int):
        context = _context()
        self._scored = context.Value("q", 0)
        self._receiver, sender = context.Pipe(duplex=False)
        # Not daemonic: a daemonic process may not start the workers score_articles forks.  So that
        # a server stopped mid-analysis does not wait for it, it is stopped at exit.
        self._process = context.Process(target=_score, args=(articles, workers, self._scored, sender),
                                        name="scoring", daemon=False)
        with _children_skip_main(context):
            self._process.start()
        sender.close()
        atexit.register(self._stop)

    @property
    def scored(self) -> int:
        return int(self._scored.value)

    def pairs(self) -> pd.DataFrame:
        """The pair table once scoring is done (waits); the child's exception is raised here."""
        try:
            try:
                result = self._receiver.recv()
            except EOFError:
                self._process.join()
                raise RuntimeError(f"the scoring process ended without a result (exit code {self._process.exitcode})") from None
            self._process.join()
        finally:
            self._receiver.close()
            atexit.unregister(self._stop)
        if isinstance(result, BaseException):
            raise result
        return result

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
