"""The view's other periods, asked ahead while the visitor reads this one.

Choosing another period ("Aggregate by") is the change a reader makes most, and each period is a
view of its own: new to the server, it costs a DuckDB aggregation and a new timeline before the
browser can draw anything.  After a rerun has drawn its page, the same filters by the other periods
are answered in a worker thread (dashboard.answers.in_background), view and timeline, so that the
click finds them kept.  Only when this view was quick to answer: on a store where a view takes
seconds, guessing would take the cores from the visitor's own questions, and the byte budget of
kept answers from views asked for.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace

from dashboard.answers import in_background, view_for
from dashboard.components.charts import timeline_figure
from dashboard.source_protocol import DataSource
from dashboard.sources import View
from dashboard.state import PERIODS

QUICK_VIEW_SECONDS = 0.5  # a view answered within this is cheap enough to answer for the other periods unasked


def other_periods(view: View) -> list[str]:
    """The periods the view is not aggregated by, in the menu's order."""
    return [p for p in PERIODS if p != view.state.period]


def start_other_periods(source: DataSource, view: View, seconds: float) -> Future | None:
    """Answer ``view``'s filters by every other period in a worker thread (the view, and the timeline with
    the same controls when the timeline is shown), when ``view`` took at most QUICK_VIEW_SECONDS to answer;
    the worker's future, or None."""
    if seconds > QUICK_VIEW_SECONDS:
        return None
    state = view.state

    def answer() -> None:
        for period in other_periods(view):
            other = view_for(source, replace(state, period=period))
            if state.chart == "timeline":
                timeline_figure(source, other, state.panels, list(state.overlay))
    return in_background(answer)
