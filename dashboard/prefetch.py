"""The view's other periods, asked ahead once the server is idle.

Choosing another period ("Aggregate by") is the change a reader makes most, and each period is a
view of its own: new to the server, it costs a DuckDB aggregation, a new timeline and a new "what
changed" panel before the browser can draw anything.  After a rerun has drawn its page, the same
filters by the other periods are answered in a worker thread (dashboard.answers.in_background):
view, timeline and the panel's sentences, every question the rerun asks anew for another period
(the source text's leading article, read at the peak of each period's timeline, is not asked ahead), so that the click finds them
all kept.  With the panel left out, a period's first visit still read its sentences during the
rerun, in a worker that took the GIL from the script sending the new timeline, and the script waited
for them at its end (docs/NOTEBOOK.md, perf20).

Only once no rerun (of any session) has started for IDLE_SECONDS: answered at once, the guesses
took the GIL and the cores from the next click's own rerun and from the browser drawing it (in a
browser benchmark clicking every half second, filter changes were slower with them than without).
And only when this view was quick to answer: on a store where a view takes seconds, guessing would
take the cores from the visitors' own questions, and the byte budget of kept answers from views
asked for.
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import Future
from dataclasses import replace

from dashboard.answers import in_background, view_for
from dashboard.components.charts import timeline_figure
from dashboard.components.what_changed import panel_answers
from dashboard.source_protocol import DataSource
from dashboard.sources import View
from dashboard.state import PERIODS

QUICK_VIEW_SECONDS = 0.5  # a view answered within this is cheap enough to answer for the other periods unasked
IDLE_SECONDS = 1.0  # the guesses wait this long after the last rerun's start, and are dropped if another starts

_reruns = itertools.count(1)
_last_rerun = [0]


def rerun_started() -> None:
    """Called at the start of every rerun: guesses waiting for the server to be idle are dropped."""
    _last_rerun[0] = next(_reruns)


def other_periods(view: View) -> list[str]:
    """The periods the view is not aggregated by, in the menu's order."""
    return [p for p in PERIODS if p != view.state.period]


def start_other_periods(source: DataSource, view: View, seconds: float,
                        idle: float = IDLE_SECONDS) -> Future | None:
    """Answer ``view``'s filters by every other period in a worker thread (the view, the timeline with
    the same controls when the timeline is shown, and the "what changed" panel, drawn under every chart)
    once the server has been idle for ``idle`` seconds, when ``view`` took at most QUICK_VIEW_SECONDS to
    answer.  The future completes when they are answered, or at once when a rerun started meanwhile; None
    when the view was slow."""
    if seconds > QUICK_VIEW_SECONDS:
        return None
    state, seen = view.state, _last_rerun[0]
    done: Future[None] = Future()

    def answer() -> None:
        for period in other_periods(view):
            if _last_rerun[0] != seen:
                return
            other = view_for(source, replace(state, period=period))
            if state.chart == "time":  # the timeline (state.CHARTS)
                timeline_figure(source, other, state.panels, list(state.overlay))
            if _last_rerun[0] != seen:
                return
            panel_answers(source, other)

    def when_idle() -> None:
        if _last_rerun[0] != seen:
            done.set_result(None)
            return
        in_background(answer).add_done_callback(lambda _: done.set_result(None))
    timer = threading.Timer(idle, when_idle)
    timer.daemon = True
    timer.start()
    return done
