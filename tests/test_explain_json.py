"""The hand-written JSON of cues and mentions equals json.dumps of their dicts, on any text."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.actors import Mention
from analysis.explain_json import cues_json, mentions_json, pair_cues_json
from analysis.tension import Cue


def reference(items, offset=0):
    dicts = [c.as_dict() for c in items]
    if offset:
        dicts = [{**d, "start": d["start"] - offset, "end": d["end"] - offset} for d in dicts]
    return json.dumps(dicts, ensure_ascii=False, separators=(",", ":"))


HOSTILE = ['"quoted"', "back\\slash", "tab\tnew\nline", "\x00\x1f\x7f", "ünï ✓ 🙂 \u202e", "\ud800", "</script>"]
texts = st.one_of(st.sampled_from(HOSTILE), st.text())
weights = st.floats(min_value=-50, max_value=50, allow_nan=False) | st.sampled_from([0.0, -0.0, 1.0, 1e-9, 0.33335])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.builds(Cue, texts, texts, weights, st.integers(0, 10**6), st.integers(0, 10**6),
                          st.lists(texts, max_size=3).map(tuple), st.sampled_from(["lexicon", "model"])), max_size=5))
def test_cues_json_is_what_json_dumps_writes(cues):
    assert cues_json(cues) == reference(cues)
    assert [c["term"] for c in json.loads(cues_json(cues))] == [c.term for c in cues]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.builds(Mention, texts, texts, st.integers(0, 10**6), st.integers(0, 10**6), texts, texts,
                          st.sampled_from(["", "pronoun"])), max_size=5), st.integers(0, 1000))
def test_mentions_json_is_what_json_dumps_writes_with_sentence_offsets(mentions, offset):
    assert mentions_json(mentions, offset) == reference(mentions, offset)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.builds(Cue, texts, texts, weights, st.integers(0, 10**6), st.integers(0, 10**6),
                                    st.lists(texts, max_size=3).map(tuple), st.sampled_from(["lexicon", "model"])),
                          st.sampled_from([("pair", 1.0), ("one", 0.25), ("none", 0.1), ("same", 0.0)])), max_size=5))
def test_pair_cues_json_is_what_json_dumps_writes(cues_links):
    cues = [c for c, _ in cues_links]
    links = [link for _, (link, _) in cues_links]
    factors = [factor for _, (_, factor) in cues_links]
    dicts = [{"term": c.term, "category": c.category, "weight": round(c.weight * f, 4) + 0.0,
              "sentence_weight": round(c.weight, 4), "link": link, "start": c.start, "end": c.end,
              "modifiers": list(c.modifiers), "source": c.source} for c, link, f in zip(cues, links, factors)]
    assert pair_cues_json(cues, links, factors) == json.dumps(dicts, ensure_ascii=False, separators=(",", ":"))
