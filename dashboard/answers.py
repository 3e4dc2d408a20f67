"""What each data source has answered, kept per source and question, so a state seen before costs nothing.

A filter undone, a period chosen again, a second visitor opening the same default view: each asks
a question already answered (a view's sums, a built figure, the "what changed" panel's sentences).
The answers are kept on the source object itself (a weak key): every version of the data is its
own source object (a corpus fingerprint or a store snapshot makes a new one in dashboard.corpus, a
session's uploads a joined one of its own), so an answer can never outlive the data it came from,
and a source dropped from Streamlit's resource cache takes its answers with it.  The question is
the part of the view state it depends on (``filter_key``), never the whole URL: choosing an
article or a chart does not ask the view again.

An answer is kept as a future from the moment it is asked: a second asker (another session, or the
script catching up with a question started ``ahead``) waits for the first instead of asking again.
``ahead`` asks in a worker thread, so that DuckDB's queries (which run without the GIL) overlap the
script's own Python work, such as building a figure.

Kept answers are shared by sessions and must not be modified (nothing here or in the figures does).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TypeVar

from dashboard.state import DEFAULT_CHART, DEFAULT_PANELS, DEFAULT_TOP_ACTORS, ViewState

T = TypeVar("T")
ENTRIES = 48  # answers kept per source: a few dozen views and their figures, bounded for large stores
AHEAD_WORKERS = 2

_lock = threading.Lock()
_kept: weakref.WeakKeyDictionary[object, OrderedDict[Hashable, Future]] = weakref.WeakKeyDictionary()
_workers = ThreadPoolExecutor(max_workers=AHEAD_WORKERS, thread_name_prefix="answers-ahead")


def filter_key(state: ViewState) -> ViewState:
    """The part of ``state`` a view's rows depend on (filters and period), without the article read, the
    chart shown or its own controls."""
    return replace(state, article="", top=DEFAULT_TOP_ACTORS, panels=DEFAULT_PANELS, overlay=(), chart=DEFAULT_CHART)


def remembered(source: object, question: Hashable, answer: Callable[[], T]) -> T:
    """``answer()``, computed once per ``source`` and ``question`` while the source lives (the last
    ENTRIES questions kept); an answer that raised is forgotten, so the next asker tries again."""
    with _lock:
        kept = _kept.get(source)
        if kept is None:
            kept = _kept[source] = OrderedDict()
        found = kept.get(question)
        mine = found is None
        future: Future = Future() if found is None else found
        if mine:
            kept[question] = future
        else:
            kept.move_to_end(question)
    if mine:
        try:
            future.set_result(answer())
        except BaseException as exc:
            with _lock:
                if kept.get(question) is future:
                    del kept[question]
            future.set_exception(exc)
            raise
        with _lock:
            while len(kept) > ENTRIES:
                kept.popitem(last=False)
    return future.result()


def ahead(source: object, question: Hashable, answer: Callable[[], object]) -> None:
    """Start answering ``question`` in a worker thread; a later ``remembered`` of it waits for that answer.
    ``answer`` must not call Streamlit (a worker thread has no script context)."""
    _workers.submit(_quietly, source, question, answer)


def _quietly(source: object, question: Hashable, answer: Callable[[], object]) -> None:
    # an answer that raised is forgotten by remembered: the script asks again and shows the error
    with contextlib.suppress(BaseException):
        remembered(source, question, answer)


def kept_questions(source: object) -> list[Hashable]:
    """The questions kept for ``source``, oldest first (for tests and diagnostics)."""
    with _lock:
        return list(_kept.get(source, ()))


def view_for(source, state: ViewState):
    """``source.view(state)``, asked once per filter state; the view carries ``state`` itself (its article,
    chart and controls), which the answer does not depend on."""
    question = filter_key(state)
    view = remembered(source, ("view", question), lambda: source.view(question))
    return replace(view, state=state)
