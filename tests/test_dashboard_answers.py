"""Answers kept per data source (dashboard.answers): asked once, never served for other data."""

import datetime as dt
import gc

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import run
from dashboard import answers
from dashboard.answers import ENTRIES, filter_key, kept_questions, remembered, view_for
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
    source = Source()
    remembered(source, "q", lambda: "a" * 1000)
    count = len(answers._kept)
    del source
    gc.collect()
    assert len(answers._kept) == count - 1


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
    before = next(m.value for m in at.metric if m.label == "Articles")
    (tmp_path / "b.txt").write_text(" date 2024-02-07 Russia condemned Ukraine over the attack.\nSource: Wire A",
                                    encoding="utf-8")
    fingerprint.clear()  # the corpus's files are looked at every 10 s: look now
    at.run()
    assert not at.exception
    after = next(m.value for m in at.metric if m.label == "Articles")
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
