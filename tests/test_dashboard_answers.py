"""Answers kept per data source (dashboard.answers): asked once, never served for other data."""

import datetime as dt
import gc
import weakref

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import run
from dashboard import answers
from dashboard.answers import ENTRIES, filter_key, kept_questions, remembered, rows_key, view_for
from dashboard.corpus import build
from dashboard.sources import MemorySource
from dashboard.state import ViewState
from tests.conftest import ROOT


class Source:
    """Any object can hold answers; a plain one keeps these tests about the cache alone."""


def counter():
    calls = []

    def answer():
        calls.append(1)
        return len(calls)
    return calls, answer


def test_an_answer_is_computed_once_per_source_and_question():
    source, (calls, answer) = Source(), counter()
    assert remembered(source, ("view", 1), answer) == 1
    assert remembered(source, ("view", 1), answer) == 1
    assert len(calls) == 1
    assert remembered(source, ("view", 2), answer) == 2  # another question is asked


def test_another_source_never_gets_the_first_ones_answers():
    # a changed corpus or a new store snapshot is a new source object (dashboard.corpus)
    old, new, (calls, answer) = Source(), Source(), counter()
    remembered(old, "q", answer)
    assert remembered(new, "q", answer) == 2
    assert len(calls) == 2


def test_a_dropped_source_takes_its_answers_with_it():
    # Followed by weak references, not by counting the cache's sources: answers an earlier test started
    # in a worker thread may add or drop other sources at any moment (a count flaked on one CI run).
    source, answer = Source(), Source()
    remembered(source, "q", lambda kept=answer: kept)
    dropped_source, dropped_answer = weakref.ref(source), weakref.ref(answer)
    assert source in answers._kept
    del source, answer
    gc.collect()
    assert dropped_source() is None and dropped_answer() is None


def test_answers_kept_are_bounded_oldest_first_out():
    source, (calls, answer) = Source(), counter()
    for i in range(ENTRIES + 5):
        remembered(source, i, answer)
    kept = kept_questions(source)
    assert len(kept) == ENTRIES and kept[0] == 5 and kept[-1] == ENTRIES + 4
    remembered(source, 0, answer)  # dropped: asked again
    assert len(calls) == ENTRIES + 6


def test_the_question_is_the_filters_and_period_not_the_article_chart_or_controls():
    base = ViewState(actors=("CHN",), period="M")
    assert filter_key(base) == filter_key(ViewState(actors=("CHN",), period="M", article="a1", top=5, panels=3,
                                                    overlay=("CHN-JPN",), chart="network"))
    assert filter_key(base) != filter_key(ViewState(actors=("CHN",), period="W"))
    assert filter_key(base) != filter_key(ViewState(actors=("JPN",), period="M"))
    assert filter_key(base) != filter_key(ViewState(actors=("CHN",), period="M", min_mentions=2))
    assert filter_key(base) != filter_key(ViewState(actors=("CHN",), period="M", start=dt.date(2024, 1, 2)))


def test_filters_keeping_the_same_pairs_ask_the_same_questions_of_their_rows(corpus_dir):
    """Choosing every pair (or a minimum every pair passes) keeps the view's rows as they are: the timeline's
    and the "what changed" panel's questions (keyed by rows_key) are the same, and so are their answers
    asked afresh."""
    from dashboard import figures
    from dashboard.components.what_changed import _panel_question

    source = MemorySource(build(run(corpus_dir)))
    everything = source.view(ViewState(period="W"))
    pairs = tuple(everything.summary["pair"])
    same = source.view(ViewState(period="W", pairs=pairs))
    fewer = source.view(ViewState(period="W", pairs=pairs[1:]))
    assert filter_key(same.state) != filter_key(everything.state) and rows_key(same) == rows_key(everything)
    assert len(fewer.summary) < len(everything.summary) and rows_key(fewer) != rows_key(everything)
    assert rows_key(source.view(ViewState(period="M"))) != rows_key(everything)
    pd.testing.assert_frame_equal(figures.pair_activity(same.agg), figures.pair_activity(everything.agg))
    (_, mine), (_, theirs) = _panel_question(source, same), _panel_question(source, everything)
    (ends, changes, found), (their_ends, their_changes, their_found) = mine(), theirs()
    assert ends == their_ends and [c for c, _ in changes] == [c for c, _ in their_changes] and found == their_found
    for pair, period in everything.agg[["pair", "period"]].itertuples(index=False):  # what the panel reads
        pd.testing.assert_frame_equal(source.point_rows(same, pair, period, "W", 5, pair_only=True),
                                      source.point_rows(everything, pair, period, "W", 5, pair_only=True))


def _source(texts: list[str]) -> MemorySource:
    frame = pd.DataFrame({"text": texts, "date": ["2024-01-03", "2024-02-07"][: len(texts)], "source": "wire"})
    return MemorySource(build(run(frame)))


def test_view_for_asks_the_view_once_and_carries_the_callers_state():
    source = _source(["China and Japan signed a trade pact.", "China condemned Japan over the islands."])
    first = view_for(source, ViewState(period="M"))
    again = view_for(source, ViewState(period="M", article="x", chart="network"))
    assert again.agg is first.agg  # the answer kept, not asked again
    assert again.state.article == "x" and again.state.chart == "network"
    assert view_for(source, ViewState(period="W")).agg is not first.agg


def test_a_changed_corpus_is_answered_from_its_own_data():
    old = _source(["China and Japan signed a trade pact."])
    new = _source(["China and Japan signed a trade pact.", "Russia condemned Ukraine over the attack."])
    assert view_for(old, ViewState()).rows == 1
    assert view_for(new, ViewState()).rows == 2


def test_the_app_shows_an_edited_corpus_not_a_kept_view(monkeypatch, tmp_path):
    from dashboard.corpus import fingerprint

    (tmp_path / "a.txt").write_text(" date 2024-01-03 China and Japan signed a trade pact.\nSource: Wire A",
                                    encoding="utf-8")
    monkeypatch.setenv("TENSION_TRACKER_CORPUS", str(tmp_path))
    monkeypatch.delenv("TENSION_TRACKER_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=180).run()
    assert not at.exception
    before = next(m.value for m in at.metric if m.label == "Articles naming a pair")
    (tmp_path / "b.txt").write_text(" date 2024-02-07 Russia condemned Ukraine over the attack.\nSource: Wire A",
                                    encoding="utf-8")
    fingerprint.clear()  # the corpus's files are looked at every 10 s: look now
    at.run()
    assert not at.exception
    after = next(m.value for m in at.metric if m.label == "Articles naming a pair")
    assert (before, after) == ("1", "2")


def test_an_answer_started_ahead_is_waited_for_not_asked_again():
    import threading

    source, calls, release = Source(), [], threading.Event()

    def slow():
        calls.append(1)
        release.wait(10)
        return "answer"
    answers.ahead(source, "q", slow)
    while not calls:  # the worker has started it
        threading.Event().wait(0.01)
    release.set()
    assert remembered(source, "q", slow) == "answer"
    assert len(calls) == 1


def test_an_answer_that_raised_is_asked_again():
    source = Source()

    def broken():
        raise RuntimeError("the store went away")
    with pytest.raises(RuntimeError, match="went away"):
        remembered(source, "q", broken)
    assert remembered(source, "q", lambda: "fine") == "fine"


MB = 2**20


def test_answers_are_bounded_by_bytes_least_recently_asked_out(monkeypatch):
    monkeypatch.setenv(answers.BUDGET_ENV, "3.5")  # room for three answers of a megabyte
    first, second = Source(), Source()
    remembered(first, "a", lambda: "a" * MB)
    remembered(second, "b", lambda: "b" * MB)
    remembered(first, "c", lambda: "c" * MB)
    remembered(first, "a", lambda: "never asked")  # asked again: now the most recent
    remembered(second, "d", lambda: "d" * MB)  # over the budget: "b", asked least recently, goes
    assert kept_questions(first) == ["c", "a"]
    assert kept_questions(second) == ["d"]
    assert answers.kept_bytes() <= 3.5 * MB


def test_an_answer_larger_than_the_budget_is_returned_but_not_kept(monkeypatch):
    monkeypatch.setenv(answers.BUDGET_ENV, "1")
    source, (calls, answer) = Source(), counter()
    remembered(source, "small", answer)
    assert len(calls) == 1
    assert remembered(source, "huge", lambda: "x" * (2 * MB)) == "x" * (2 * MB)
    assert kept_questions(source) == ["small"]


def test_the_budget_setting_is_read_with_a_documented_default(monkeypatch):
    monkeypatch.delenv(answers.BUDGET_ENV, raising=False)
    assert answers.budget_bytes() == answers.DEFAULT_BUDGET_MB * MB
    monkeypatch.setenv(answers.BUDGET_ENV, "not a number")
    assert answers.budget_bytes() == answers.DEFAULT_BUDGET_MB * MB
    monkeypatch.setenv(answers.BUDGET_ENV, "64")
    assert answers.budget_bytes() == 64 * MB


def test_a_view_and_its_figure_are_estimated_by_the_data_they_hold():
    from dashboard.answer_size import estimated_bytes
    from dashboard.figures import timeline

    source = _source(["China and Japan signed a trade pact.", "China condemned Japan over the islands."])
    view = view_for(source, ViewState(period="D"))
    small = estimated_bytes(view)
    assert small >= view.agg.memory_usage(deep=True).sum() + view.summary.memory_usage(deep=True).sum()
    periods = pd.date_range("2024-01-01", periods=2000, freq="D")
    big_agg = pd.concat([view.agg.iloc[[0]]] * len(periods), ignore_index=True).assign(period=periods)
    figure = timeline(big_agg, "D")
    assert estimated_bytes(figure) > estimated_bytes(timeline(view.agg, "D")) + 2000 * 8
    assert estimated_bytes(big_agg) > 100 * estimated_bytes(view.agg.iloc[[0]]) / 2

