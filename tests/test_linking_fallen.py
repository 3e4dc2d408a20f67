"""links-242 (lex28b): "X are killed in fighting with Y" is Y's force on X."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.pipeline import analyze


@pytest.mark.parametrize(("text", "pair", "direction"), [
    ("Five Israeli soldiers from the Golani Brigade are killed in fighting with Hezbollah forces in southern Lebanon.",
     "ISR-LBN", "LBN>ISR"),
    ("A Cambodian soldier is killed in an exchange of fire with a Thai soldier.", "KHM-THA", "THA>KHM"),
    ("Three Thai soldiers are killed and 29 more injured during clashes with Cambodian soldiers.", "KHM-THA",
     "KHM>THA"),
])
def test_links_242_the_fallen_of_a_fight_with_a_foe_underwent_it(text: str, pair: str, direction: str) -> None:
    row = analyze(pd.DataFrame({"text": [text], "date": ["2024-10-20"]})).set_index("pair").loc[pair]
    assert row["direction"] == direction and row["tension"] > 0.7, (row["direction"], row["tension"])


def test_links_242_a_foe_not_named_right_after_with_changes_nothing() -> None:
    row = analyze(pd.DataFrame({"text": ["A Turkish soldier was killed in clashes with the Kurdistan Workers' Party in "
                                         "Duhok Governorate, Iraq."], "date": ["2024-10-20"]})).set_index("pair")
    assert "IRQ>TUR" not in set(row["direction"])
