"""Newswire text through the whole pipeline: no pair across the items of a digest, no dateline city
or agency as an actor (sentence-level cases are in tests/test_sentences.py)."""

import pandas as pd

from analysis import analyze, find_actors
from tests.test_sentences import DIGEST


def test_a_digest_pairs_actors_within_items_only():
    table = analyze(pd.DataFrame({"text": [DIGEST], "date": ["1987-03-03"]}))
    assert set(table["pair"]) == {"JPN-USA", "ARG-BRA", "KEN-UGA", "IRN-ISR"}


def test_a_dateline_city_and_the_agency_are_no_actors():
    text = ("Washington, March 3 (Reuters) - Japan and South Korea agreed to share intelligence.\n"
            "(Reporting by Jane Doe in Seoul; Editing by John Smith)\n"
            "London (AP) - Britain urged calm, the AP said, citing Reuters")
    found = [(m.code, m.text) for m in find_actors(text, "2025-01-06")]
    assert found == [("JPN", "Japan"), ("KOR", "South Korea"), ("GBR", "Britain")]


def test_a_dateline_in_a_story_read_from_a_file_is_left_out(tmp_path):
    (tmp_path / "story.txt").write_text(
        " date 1987-03-03 WASHINGTON, March 3 - Canada and Mexico agreed on autos, officials said\n REUTER\n")
    table = analyze(tmp_path)
    assert list(table["pair"]) == ["CAN-MEX"]
    assert table["sentence"][0] == "Canada and Mexico agreed on autos, officials said"
