"""The view's other periods asked ahead (dashboard.prefetch): kept as the app asks them, and only after a quick view."""

from dataclasses import replace

import pandas as pd

from analysis import run
from dashboard.answers import filter_key, kept_questions, rows_key, view_for
from dashboard.components.charts import timeline_figure
from dashboard.components.what_changed import _panel_question, panel_answers
from dashboard.corpus import build
from dashboard.prefetch import QUICK_VIEW_SECONDS, other_periods, rerun_started, start_other_periods
from dashboard.sources import MemorySource
from dashboard.state import ViewState


def _source() -> MemorySource:
    frame = pd.DataFrame({"text": ["China and Japan signed a trade pact.", "China condemned Japan over the islands.",
                                   "Russia condemned Ukraine over the attack."],
                          "date": ["2024-01-03", "2024-02-07", "2024-03-11"], "source": "wire"})
    return MemorySource(build(run(frame)))


def test_other_periods_are_the_two_not_shown():
    assert other_periods(view_for(_source(), ViewState(period="W"))) == ["D", "M"]


def test_a_quick_views_other_periods_timelines_and_panels_are_kept_as_the_app_asks_them():
    source = _source()
    view = view_for(source, ViewState(period="W", chart="time", panels=4))
    start_other_periods(source, view, 0.01, idle=0.01).result(timeout=60)
    kept = kept_questions(source)
    for period in ("D", "M"):
        question = filter_key(replace(view.state, period=period))
        assert ("view", question) in kept
        other = view_for(source, replace(view.state, period=period))
        # the last part: how many pairs the filters name (none here), which the title words
        assert ("timeline", rows_key(other), 4, (), 0) in kept
        assert _panel_question(source, other)[0] in kept  # "what changed", drawn under every chart
    # the app's own questions for the month find the figure and the panel's sentences built ahead
    month = view_for(source, replace(view.state, period="M"))
    assert timeline_figure(source, month, 4, []) is timeline_figure(source, month, 4, [])
    assert panel_answers(source, month) is panel_answers(source, month)
    assert len(kept_questions(source)) == len(kept)


def test_a_slow_view_asks_nothing_ahead():
    source = _source()
    view = view_for(source, ViewState(period="W"))
    before = kept_questions(source)
    assert start_other_periods(source, view, QUICK_VIEW_SECONDS + 1) is None
    assert kept_questions(source) == before


def test_a_rerun_starting_before_the_server_is_idle_drops_the_guesses():
    source = _source()
    view = view_for(source, ViewState(period="W"))
    before = kept_questions(source)
    waiting = start_other_periods(source, view, 0.01, idle=0.5)
    rerun_started()  # the next click
    waiting.result(timeout=60)
    assert kept_questions(source) == before
