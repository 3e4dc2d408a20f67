"""Property-based: no text makes the engine raise, scores stay in range, spans index their text."""

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze, find_actors, score_text

NEWSY = st.lists(
    st.sampled_from(["China", "Japan", "U.S.", "Takaichi", "she", "her", "attack", "did not", "avoid", "tensions",
                     "great talk", "\u201c", "\u201d", "\u2019s", ".", ",", " ", "\n\n", "Mr.", "Kyodo News", "-",
                     "\u200b", "\u202e", "\U0001f600", "\x00"]),
    max_size=40,
).map("".join)
TEXT = st.one_of(st.text(max_size=300), NEWSY)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_score_text_never_raises_and_stays_in_range(text):
    s = score_text(text)
    assert -1 <= s.tension <= 1 and -1 <= s.sentiment <= 1
    for cue in s.cues:
        assert text[cue.start:cue.end] == cue.term


@SETTINGS
@given(TEXT, st.one_of(st.none(), st.dates().map(str)))
def test_find_actors_never_raises_and_spans_index_the_text(text, date):
    for m in find_actors(text, date):
        assert text[m.start:m.end] == m.text and m.code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_analyze_never_raises_and_rows_trace_back(texts):
    table = analyze(pd.DataFrame({"text": texts, "date": "2025-11-27"}))
    assert table["tension"].between(-1, 1).all() and table["sentiment"].between(-1, 1).all()
    assert (table["actor_a"] < table["actor_b"]).all()
