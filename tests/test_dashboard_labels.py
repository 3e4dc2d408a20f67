import html

import pandas as pd

from dashboard.labels import (
    actor_label,
    actor_options,
    category_label,
    direction_label,
    pair_label,
    pair_name,
    plain_cue_title,
)
from dashboard.sentence_table import sentence_table_html


def test_codes_read_as_names():
    assert pair_label("CHN-JPN") == "CHN-JPN · China–Japan"
    assert pair_name("RUS-UKR") == "Russia–Ukraine"
    assert actor_label("CHN") == "CHN · China" and actor_label("NATO") == "NATO · North Atlantic Treaty Organization"
    assert actor_label("QQQ") == "QQQ"  # unknown codes stay codes
    assert direction_label("RUS>UKR") == "Russia → Ukraine" and direction_label("") == ""


def test_categories_read_as_plain_words():
    assert category_label("military_action") == "military action"
    assert category_label("de_escalation") == "de-escalation"
    assert category_label("learned") == "learned word"
    assert category_label("threat") == "threat"
    assert plain_cue_title("military_action +0.95 (negation)") == "military action +0.95 (negation)"


def test_sentence_table_shows_sentences_names_and_escapes_them():
    table = pd.DataFrame({
        "sentence_id": [0, 0, 1], "sentence": ["<script>x()</script> China & Japan", "<script>x()</script> China & Japan",
                                               "Russia attacked Ukraine."],
        "pair": ["CHN-JPN", "CHN-USA", "RUS-UKR"], "direction": ["", "", "RUS>UKR"], "sentiment": [0.1, 0.1, -0.5],
        "tension": [0.5, 0.5, 0.9], "cues": ["<b>condemned</b> (+0.40)", "", "attacked (+0.95)"],
    })
    page = sentence_table_html(table)
    assert "<script" not in page and "<b>" not in page
    assert html.escape("<script>x()</script> China & Japan") in page and "&lt;b&gt;condemned" in page
    assert page.count("China &amp; Japan") == 1  # a sentence once, its pairs under it
    assert "Russia → Ukraine" in page and "Ukraine</span>" in page and "+0.90" in page
    assert page.count(">none</span>") == 2  # a pair without a direction says so (its cell was empty: uiaudit28)


def test_sentence_table_gives_the_cues_a_line_of_their_own_not_a_narrow_column():
    """In the seed view the cue column wrapped "spoke with (-0.05), escalating (-0.04), tensions (+0.14)" to
    five or six lines per pair: the cues run under the pair's numbers, across three columns."""
    table = pd.DataFrame({"sentence_id": [0, 0], "sentence": ["Trump spoke with Takaichi."] * 2,
                          "pair": ["CHN-JPN", "CHN-TWN"], "direction": ["JPN>CHN", ""], "sentiment": [-0.6, -0.6],
                          "tension": [0.32, 0.08], "cues": ["spoke with (-0.05), escalating (-0.17)", ""]})
    page = sentence_table_html(table)
    assert ">Cues<" not in page and page.count("<th ") == 4
    assert '<td colspan="3"' in page and "spoke with (-0.05), escalating (-0.17)</td>" in page
    assert page.count('rowspan="2"') == 1  # a pair without cues takes one row


def test_a_pairs_code_is_never_broken_at_its_hyphen():
    """At a 1000 px window the source text's Pair column showed "Israel – Palestine ISR-" over "PSE"."""
    table = pd.DataFrame({"sentence_id": [0], "sentence": ["Israel releases Palestinian prisoners."], "pair": ["ISR-PSE"],
                          "direction": ["ISR>PSE"], "sentiment": [-0.5], "tension": [-0.41], "cues": [""]})
    assert '<span style="color:#888;white-space:nowrap">ISR-PSE</span>' in sentence_table_html(table)


def test_every_actor_of_the_dictionary_reads_as_code_and_name_in_full():
    """The Actors filter offered APEC, ECOWAS, UNRWA by code alone and "ARAB_LEAGUE · Arab League"."""
    from analysis.actors import load_dictionary

    assert actor_label("APEC") == "APEC · Asia-Pacific Economic Cooperation"
    assert actor_label("UNRWA") == "UNRWA · UN Relief and Works Agency for Palestine Refugees"
    assert actor_label("ARAB_LEAGUE") == "Arab League"
    bare = [code for code in load_dictionary().names if actor_label(code) == code]
    assert bare == []


def test_negative_figures_take_a_minus_sign_in_the_table_the_marks_and_the_panel_captions():
    """The sentence table's "-0.81", a cue mark's "−" hover and a timeline panel's "largest move -7.5": hyphens
    beside figures written "−" on the axes and in the cue lists (labels.signed)."""
    from dashboard.figures.timeline_panels import _panel_caption
    from dashboard.highlight import quote_html, spans_for

    table = pd.DataFrame({"sentence_id": [0], "sentence": ["Israel releases Palestinian prisoners."],
                          "pair": ["ISR-PSE"], "direction": [""], "sentiment": [-0.81], "tension": [-0.41], "cues": [""]})
    page = sentence_table_html(table)
    assert "−0.81" in page and "−0.41" in page and ">-0." not in page
    cues = '[{"term": "releases", "category": "deescalation", "weight": -0.4, "start": 7, "end": 15, "modifiers": []}]'
    assert 'title="deescalation −0.40"' in quote_html("Israel releases prisoners.", cues)
    rows = pd.DataFrame({"sentence_start": [0], "mentions": ["[]"], "cues": [cues]})
    assert spans_for(rows) == [(7, 15, "cooperation", "deescalation −0.40")]
    row = pd.Series({"largest_move": -7.5, "move_period": pd.Timestamp("2024-08-01"), "mentions": 531})
    assert _panel_caption(row, "M") == "531 mentions · largest move −7.5 (Aug 2024)"
    assert _panel_caption(row, "W") == "531 mentions · largest move −7.5 (week of 2024-08-01)"


def test_actor_options_list_states_before_the_bodies_whose_names_list_them():
    # The Actors filter takes the first label containing the typed text: "Russia" chose BRICS, "Australia" AUKUS.
    options = actor_options(["RUS", "BRICS", "AUKUS", "AUS", "CHN", "EU"])
    assert options == ["AUS", "CHN", "RUS", "AUKUS", "BRICS", "EU"]
    for typed, wanted in (("Russia", "RUS"), ("Australia", "AUS"), ("China", "CHN")):
        assert next(code for code in options if typed.casefold() in actor_label(code).casefold()) == wanted
