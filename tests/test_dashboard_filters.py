"""The Pairs filter's list and the pairs a visitor types in it (dashboard.components.filters)."""

from dashboard.components.filters import PAIR_CHOICES, pair_options, resolve_pair
from dashboard.state import Universe

U = Universe(actors=frozenset({"CHN", "JPN", "USA", "IRN"}),
             pairs=frozenset({"CHN-JPN", "JPN-USA", "IRN-USA", "CHN-USA"}),
             pair_ranking=("CHN-JPN", "IRN-USA", "JPN-USA", "CHN-USA"))


def test_the_list_is_the_chosen_pairs_then_the_most_mentioned():
    assert pair_options(U, [], listed=2) == ["CHN-JPN", "IRN-USA"]
    # a chosen pair outside the listed ones stays an option (a link's, or one typed), not listed twice
    assert pair_options(U, ["CHN-USA", "CHN-JPN"], listed=2) == ["CHN-USA", "CHN-JPN", "IRN-USA"]
    assert len(pair_options(U, [])) == min(PAIR_CHOICES, len(U.pairs))
    # no ranking (a universe made without one): alphabetically, as before
    assert pair_options(Universe(pairs=U.pairs), [], listed=2) == ["CHN-JPN", "CHN-USA"]


def test_a_typed_pair_is_read_by_its_code_in_either_order_or_by_its_names():
    for typed in ("JPN-USA", "usa-jpn", " Usa-Jpn ", "Japan–United States", "united states - japan",
                  "JPN-USA · Japan–United States"):
        assert resolve_pair(typed, U) == "JPN-USA", typed
    assert resolve_pair("Iran-United States", U) == "IRN-USA"


def test_a_typed_text_naming_no_pair_of_the_corpus_is_none():
    for typed in ("Japan", "CHN-IRN", "RUS-UKR", "", "<b>x</b>"):
        assert resolve_pair(typed, U) is None, typed
