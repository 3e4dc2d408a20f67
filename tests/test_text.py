from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import _ONE_TO_ONE, normalise, words


def test_typography_is_folded_and_offsets_survive():
    text = "Trump called it a “great talk” — Takaichi’s reply\u00a0followed…"
    folded = normalise(text)
    assert folded == "Trump called it a \"great talk\" - Takaichi's reply followed."
    assert len(folded) == len(text)
    assert words(text)[-4:] == ["Takaichi", "s", "reply", "followed"]


def test_plain_ascii_is_returned_as_it_is():
    text = "China and Japan held talks."
    assert normalise(text) is text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_ONE_TO_ONE, "a", " ", "é", "İ", "\x00", "'", "\n"]), max_size=60)
       | st.text(max_size=60))
def test_normalise_maps_each_character_on_its_own(text):
    assert normalise(text) == "".join(_ONE_TO_ONE.get(ch, ch) for ch in text)
