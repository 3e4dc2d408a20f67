"""What an easing, a ban or a state's own means reach: exemptions, banned support, air defence and military spending
that is no cooperation (cues.yaml v153–v154, analysis/tension.py; the browser audit's rows, 28th session)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.pipeline import analyze


def _rows(text: str, date: str = "2025-01-15") -> pd.DataFrame:
    return analyze(pd.DataFrame({"text": [text], "date": [date]})).set_index("pair")


def _terms(row: pd.Series) -> dict[str, float]:
    return {c["term"]: c["weight"] for c in json.loads(row["cues"])}


def test_v153_a_states_own_air_defence_is_no_cooperation() -> None:
    rows = _rows("The United Arab Emirates's air defence systems intercept six ballistic missiles and 125 drones "
                 "launched by Iran.", "2026-03-01")
    row = rows.loc["ARE-IRN"]
    assert all(w >= 0 for w in _terms(row).values()), _terms(row)
    assert row["tension"] > 0.9 and row["direction"] == "IRN>ARE"


@pytest.mark.parametrize(("text", "pair"), [
    ("Washington sent more air-defence systems to Kyiv to counter Russia's invasion.", "UKR-USA"),
    ("The European Union condemns the Russian missile strike and promises more air defence systems to Ukraine.",
     "EU-UKR"),
    ("Germany supplies air defence systems to Ukraine.", "DEU-UKR"),
])
def test_v153_air_defence_supplied_to_another_still_cooperates(text: str, pair: str) -> None:
    assert _rows(text).loc[pair]["tension"] < 0


@pytest.mark.parametrize(("text", "pair", "term"), [
    ("China tightens export controls on dual-use items to Japan, banning shipments that could support the Japanese "
     "military.", "CHN-JPN", "support"),
    ("China bans visits by United States military ships to Hong Kong.", "CHN-USA", "visits"),
])
def test_what_a_ban_verb_bans_is_no_cooperation(text: str, pair: str, term: str) -> None:
    row = _rows(text, "2026-01-06").loc[pair]
    terms = _terms(row)
    assert terms[term] == 0.0 and row["tension"] > 0.5, terms
    assert row["direction"] == "CHN>" + pair[4:]


def test_a_ban_lifted_still_eases() -> None:
    row = _rows("The Biden administration partially lifts a three-year-old ban on American weapons sales to Saudi "
                "Arabia.").loc["SAU-USA"]
    assert row["tension"] < 0


@pytest.mark.parametrize("text", [
    "Japan announces it will boost military spending and invest in its military to counter a perceived threat from "
    "North Korea and China.",
    "Japan announces it will raise military spending and invests in counterstrike missiles to counter a perceived "
    "threat from North Korea and China.",
])
def test_v154_a_states_own_military_spending_is_no_cooperation(text: str) -> None:
    rows = _rows(text)
    for pair in ("CHN-JPN", "JPN-PRK"):
        terms = _terms(rows.loc[pair])
        assert all(w >= 0 for w in terms.values()) and rows.loc[pair]["tension"] > 0.5, terms


def test_v154_investment_in_anothers_defence_still_cooperates() -> None:
    assert _rows("Germany invests in Ukraine's defence industry.").loc["DEU-UKR"]["tension"] < 0


@pytest.mark.parametrize(("text", "pair", "date"), [
    ('U.S. president Donald Trump\'s administration exempts smartphones and computers from all "reciprocal" tariffs, '
     "including the base 10% on all countries and the 125% levies imposed on Chinese imports.", "CHN-USA", "2025-04-12"),
    ("China publishes a list of 16 U.S. goods that will be temporarily exempted from its retaliatory import tariffs.",
     "CHN-USA", "2018-09-11"),
])
def test_an_exemption_from_a_measure_eases_it(text: str, pair: str, date: str) -> None:
    row = _rows(text, date).loc[pair]
    assert row["tension"] < 0 and all(w <= 0 for w in _terms(row).values()), _terms(row)


def test_an_exemption_refused_eases_nothing() -> None:
    row = _rows("The United States refuses to exempt India from tariffs on steel.").loc["IND-USA"]
    assert row["tension"] > 0.3 and row["direction"] == "USA>IND"
