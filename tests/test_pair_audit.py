"""Pair rows judged by an analyst, judged again against the code as it is (analysis.pair_audit)."""

import datetime as dt

import pytest

from analysis.pair_audit import PAIR_AUDIT, audit_figures, judged, read_pair_audit, side_of, verdict


@pytest.mark.parametrize(("tension", "side"), [(0.5, "conflict"), (0.1, "conflict"), (0.09, "neutral"),
                                                (-0.09, "neutral"), (-0.1, "cooperation"), (0.0, "neutral")])
def test_a_tension_within_the_band_reads_as_neither_side(tension, side):
    assert side_of(tension) == side


def test_a_row_is_right_on_the_labels_side_and_wrong_on_its_reversed_direction():
    assert verdict("conflict", "RUS>UKR", 0.9, "RUS>UKR") == "right"
    assert verdict("conflict", "RUS>UKR", 0.9, "") == "right"  # no direction stated: not judged
    assert verdict("conflict", "", 0.9, "UKR>RUS") == "right"  # the label gives none
    assert verdict("conflict", "RUS>UKR", 0.9, "UKR>RUS") == "wrong"
    assert verdict("neutral", "", 0.23, "") == "wrong"  # a bystander given a quarter of an act's weight
    assert verdict("cooperation", "", 0.05, "") == "wrong"


def test_the_rows_are_scored_as_the_code_scores_them_now():
    items = [
        {"split": "check", "stratum": "2", "date": "2025-02-03", "pair": "RUS-UKR", "label": "conflict",
         "direction": "RUS>UKR", "unclear": False, "sentence": "Russian forces attacked Ukraine, killing civilians."},
        {"split": "check", "stratum": "2", "date": "2025-02-03", "pair": "RUS-UKR", "label": "cooperation",
         "direction": "", "unclear": False, "sentence": "Russian forces attacked Ukraine, killing civilians."},
        {"split": "check", "stratum": "zero", "date": "2025-02-03", "pair": "CHN-RUS", "label": "neutral",
         "direction": "", "unclear": False, "sentence": "Russian forces attacked Ukraine, killing civilians."},
        {"split": "dev", "stratum": "2", "date": "2025-03-03", "pair": "CHN-JPN", "label": "cooperation",
         "direction": "", "unclear": True, "sentence": "Japan and China held talks and agreed to ease tensions."},
    ]
    table = judged(items)
    assert list(table["verdict"]) == ["right", "wrong", "right", "unclear"]  # a pair not found is neither side
    assert table["tension_now"].iloc[0] > 0.5 and table["direction_now"].iloc[0] == "RUS>UKR"
    figures = audit_figures(items)
    assert figures.loc[("check", "all"), ["rows", "right", "wrong", "unclear"]].tolist() == [3, 2, 1, 0]
    assert figures.loc[("dev", "all"), "unclear"] == 1


def test_the_shipped_audit_file_is_well_formed():
    items = read_pair_audit()
    assert PAIR_AUDIT.is_file() and len(items) == 400
    assert len({i["id"] for i in items}) == len(items)
    assert {i["split"] for i in items} == {"dev", "check"}
    assert {i["label"] for i in items} == {"conflict", "cooperation", "neutral"}
    for item in items:
        dt.date.fromisoformat(item["date"])
        a, b = item["pair"].split("-", 1)
        assert a < b and item["sentence"]
        assert item["direction"] in ("", f"{a}>{b}", f"{b}>{a}"), item
