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

They are bounded two ways: at most ``ENTRIES`` questions per source, and at most ``budget_bytes()``
bytes of answers in the whole process (``estimated_bytes``; the least recently asked go first,
across sources).  At ten million pair rows one view by day and its figures weigh tens of megabytes
while a view of a few pairs by month weighs kilobytes, so the byte budget is what bounds memory;
the count keeps many tiny answers from piling up.  The budget is
``TENSION_TRACKER_ANSWER_MB`` megabytes (default ``DEFAULT_BUDGET_MB``); an answer larger than the
whole budget is returned to its askers but not kept.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from dashboard.answer_size import estimated_bytes
from dashboard.state import DEFAULT_CHART, DEFAULT_PANELS, DEFAULT_TOP_ACTORS, ViewState

T = TypeVar("T")
# answers kept per source: many small answers cost bookkeeping even within the byte budget; a filter state
# asks about a dozen (its view, figure, panels' answers, and its other periods' views asked ahead)
ENTRIES = 96
DEFAULT_BUDGET_MB = 256  # answers kept in the whole process: a few dozen large views (a day timeline at 10 M rows)
BUDGET_ENV = "TENSION_TRACKER_ANSWER_MB"
AHEAD_WORKERS = 2


@dataclass
class _Entry:
    future: Future
    used: int  # the global clock at its last ask: the least recently asked entry goes first
    size: int = 0  # estimated bytes, once answered (an answer still being computed counts 0 and stays)


_lock = threading.Lock()
_clock = itertools.count()
_kept: weakref.WeakKeyDictionary[object, OrderedDict[Hashable, _Entry]] = weakref.WeakKeyDictionary()
_workers = ThreadPoolExecutor(max_workers=AHEAD_WORKERS, thread_name_prefix="answers-ahead")


def budget_bytes() -> int:
    """The bytes of answers kept in this process: ``TENSION_TRACKER_ANSWER_MB`` megabytes, else the default."""
    text = os.environ.get(BUDGET_ENV, "").strip()
    try:
        megabytes = float(text) if text else DEFAULT_BUDGET_MB
    except ValueError:
        megabytes = DEFAULT_BUDGET_MB
    return max(0, int(megabytes * 2**20))


def rows_key(view) -> Hashable:  # a View (dashboard.views_sql): not imported, which imports this module's users
    """What a view's aggregated rows are made of: the pairs it keeps (its summary's), its span, sources,
    categories and period; its actor, pair and minimum filters only choose those pairs.

    A question about those rows (the timeline's ranking and figure, the "what changed" panel) is then the
    same question for two filter states that keep the same pairs: a minimum of 50 mentions on three
    pairs that all have more asks nothing new."""
    state = view.state
    return (state.period, tuple(sorted(view.summary["pair"].tolist())), state.start, state.end,
            tuple(sorted(state.sources)), tuple(sorted(state.categories)))


def filter_key(state: ViewState) -> ViewState:
    """The part of ``state`` a view's rows depend on (filters and period), without the article read, the
    chart shown or its own controls."""
    return replace(state, article="", about="", sentence=None, top=DEFAULT_TOP_ACTORS, panels=DEFAULT_PANELS, overlay=(),
                   chart=DEFAULT_CHART)


def remembered(source: object, question: Hashable, answer: Callable[[], T]) -> T:
    """``answer()``, computed once per ``source`` and ``question`` while the source lives and the
    answer is among the last ENTRIES of its source and within the byte budget; an answer that raised
    is forgotten, so the next asker tries again."""
    with _lock:
        kept = _kept.get(source)
        if kept is None:
            kept = _kept[source] = OrderedDict()
        entry = kept.get(question)
        mine = entry is None
        if entry is None:
            entry = kept[question] = _Entry(Future(), next(_clock))
        else:
            entry.used = next(_clock)
            kept.move_to_end(question)
    future = entry.future
    if mine:
        try:
            result = answer()
        except BaseException as exc:
            with _lock:
                if kept.get(question) is entry:
                    del kept[question]
            future.set_exception(exc)
            raise
        future.set_result(result)
        size = estimated_bytes(result)
        with _lock:
            entry.size = size
            while len(kept) > ENTRIES:
                kept.popitem(last=False)
            _within_budget(budget_bytes())
    return future.result()


def _within_budget(budget: int) -> None:
    """Drop the least recently asked answers, of any source, until the kept ones fit ``budget`` (under _lock)."""
    books = [(kept, q, e) for kept in list(_kept.values()) for q, e in kept.items()]
    total = sum(e.size for _, _, e in books)
    if total <= budget:
        return
    for kept, question, entry in sorted(books, key=lambda b: b[2].used):
        if total <= budget:
            break
        if entry.size and kept.get(question) is entry:
            del kept[question]
            total -= entry.size


def kept_bytes() -> int:
    """The estimated bytes of every answer kept, all sources (for tests and diagnostics)."""
    with _lock:
        return sum(e.size for kept in list(_kept.values()) for e in kept.values())


def ahead(source: object, question: Hashable, answer: Callable[[], object]) -> None:
    """Start answering ``question`` in a worker thread; a later ``remembered`` of it waits for that answer.
    ``answer`` must not call Streamlit (a worker thread has no script context)."""
    in_background(lambda: remembered(source, question, answer))


def in_background(work: Callable[[], object]) -> Future:
    """Run ``work`` (``remembered`` questions asked in a chain, each needing the one before) in a worker
    thread; the future tells when it is done (its result and errors are dropped).  ``work`` must not call
    Streamlit."""
    return _workers.submit(_quietly, work)


def _quietly(work: Callable[[], object]) -> None:
    # an answer that raised is forgotten by remembered: the script asks again and shows the error
    with contextlib.suppress(BaseException):
        work()


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
