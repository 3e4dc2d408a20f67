"""links-241 (lex28b): a verdict a verb of naming predicates of its object is the speaker's, at the object's actors."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.pipeline import analyze


def _row(text: str, pair: str) -> tuple[float, str, dict[str, str]]:
    rows = analyze(pd.DataFrame({"text": [text], "date": ["2018-03-23"]})).set_index("pair")
    row = rows.loc[pair]
    return float(row["tension"]), str(row["direction"]), {c["term"]: c["link"] for c in json.loads(row["cues"])}


@pytest.mark.parametrize(("text", "pair", "term", "direction"), [
    ("Turkey calls a statement of European Union support for Greek Cypriots 'unacceptable'.", "EU-TUR",
     "unacceptable", "TUR>EU"),
    ("Turkey calls a statement of European Union support for Greek Cypriots 'unacceptable'.", "CYP-TUR",
     "unacceptable", "TUR>CYP"),
    ('The government of Mauritius calls the UK an "illegal colonial occupier".', "GBR-MUS", "illegal", "MUS>GBR"),
])
def test_links_241_a_verdict_is_the_speakers_at_its_objects_actors(text: str, pair: str, term: str,
                                                                   direction: str) -> None:
    tension, arrow, links = _row(text, pair)
    assert links[term] == "pair" and arrow == direction and tension > 0, (tension, arrow, links)


def test_links_241_a_place_in_the_object_is_no_target() -> None:
    _, _, links = _row('Benny Gantz describes "the leak of the prime minister\'s secret flight to Saudi Arabia" as '
                       '"an irresponsible move".', "ISR-SAU")
    assert links["irresponsible"] != "pair", links
