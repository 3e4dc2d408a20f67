"""What each data source has answered, kept per source and question, so a state seen before costs nothing.

A filter undone, a period chosen again, a second visitor opening the same default view: each asks
a question already answered (a view's sums, a built figure, the "what changed" panel's sentences).
The answers are kept on the source object itself (a weak key): every version of the data is its
own source object (a corpus fingerprint or a store snapshot makes a new one in dashboard.corpus, a
session's uploads a joined one of its own), so an answer can never outlive the data it came from,
and a source dropped from Streamlit's resource cache takes its answers with it.  The question is
the part of the view state it depends on (``filter_key``), never the whole URL: choosing an
article or a chart does not ask the view again.

Kept answers are shared by sessions and must not be modified (nothing here or in the figures does).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TypeVar

from dashboard.state import DEFAULT_CHART, DEFAULT_PANELS, DEFAULT_TOP_ACTORS, ViewState

T = TypeVar("T")
ENTRIES = 48  # answers kept per source: a few dozen views and their figures, bounded for large stores

_lock = threading.Lock()
_kept: weakref.WeakKeyDictionary[object, OrderedDict[Hashable, object]] = weakref.WeakKeyDictionary()


def filter_key(state: ViewState) -> ViewState:
    """The part of ``state`` a view's rows depend on (filters and period), without the article read, the
    chart shown or its own controls."""
    return replace(state, article="", top=DEFAULT_TOP_ACTORS, panels=DEFAULT_PANELS, overlay=(), chart=DEFAULT_CHART)


def remembered(source: object, question: Hashable, answer: Callable[[], T]) -> T:
    """``answer()``, computed once per ``source`` and ``question`` while the source lives (the last
    ENTRIES questions kept).  Two sessions asking at once may both compute it; both get a right answer."""
    with _lock:
        kept = _kept.get(source)
        if kept is None:
            kept = _kept[source] = OrderedDict()
        if question in kept:
            kept.move_to_end(question)
            return kept[question]  # type: ignore[return-value]
    value = answer()
    with _lock:
        kept[question] = value
        while len(kept) > ENTRIES:
            kept.popitem(last=False)
    return value


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
