"""The "what changed" computation (dashboard.changes) on constructed tables and on a real analysis."""

import json

import pandas as pd
import pytest

from dashboard.changes import (
    biggest_changes,
    cue_text,
    last_two_periods,
    moving_sentences,
    period_label,
    sentences_heading,
    unmeasured_changes,
)


def _agg(rows):
    frame = pd.DataFrame(rows, columns=["pair", "period", "mentions", "tension_index"])
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def test_the_pairs_that_moved_most_between_the_last_two_periods_with_their_support():
    agg = _agg([
        ("A-B", "2025-01-01", 50, 9.0),  # an old big move: not between the last two periods
        ("A-B", "2025-02-01", 20, 1.0), ("A-B", "2025-03-01", 20, 1.5),
        ("C-D", "2025-02-01", 6, 4.0), ("C-D", "2025-03-01", 7, 0.5),  # fell
        ("E-F", "2025-03-01", 8, 2.0),  # new in the last period: from 0, not compared
        ("G-H", "2025-02-01", 1, 0.0), ("G-H", "2025-03-01", 2, 30.0),  # a handful of mentions: left out
    ])
    assert last_two_periods(agg) == (pd.Timestamp("2025-02-01"), pd.Timestamp("2025-03-01"))
    changes = biggest_changes(agg, limit=3, min_support=5)
    assert [c.pair for c in changes] == ["C-D", "A-B"]
    fell = changes[0]
    assert fell.delta == pytest.approx(-3.5) and not fell.rising
    assert (fell.mentions_before, fell.mentions_after) == (6, 7)
    assert fell.explaining_period == pd.Timestamp("2025-02-01")  # the conflict no longer reported
    (new,) = unmeasured_changes(agg, min_support=5)
    assert (new.pair, new.mentions_before, new.mentions_after) == ("E-F", 0, 8)
    assert [c.pair for c in biggest_changes(agg, limit=5, min_support=1)][0] == "G-H"


def test_a_pair_no_longer_named_in_a_partial_last_period_is_no_fall_of_its_index():
    """WCEP's Israel–Palestine: 17 mentions in February 2026, none in March 2026, the corpus's last and
    partial month; "Index fell 4.38 → 0.00" read as "Gaza calmed"."""
    agg = _agg([("ISR-PSE", "2026-02-01", 17, 4.38), ("IRN-USA", "2026-02-01", 9, 2.05),
                ("IRN-USA", "2026-03-01", 43, 8.04), ("ISR-PSE", "2025-12-01", 30, 6.0)])
    assert [c.pair for c in biggest_changes(agg, min_support=5)] == ["IRN-USA"]
    (gone,) = unmeasured_changes(agg, min_support=5)
    assert (gone.pair, gone.mentions_before, gone.mentions_after) == ("ISR-PSE", 17, 0)
    march = pd.Timestamp("2026-03-01")
    assert period_label(march, "M", pd.Timestamp("2026-03-28").date()) == "March 2026, to 28 March"
    assert period_label(march, "M", pd.Timestamp("2026-03-31").date()) == "March 2026"  # whole
    assert period_label(pd.Timestamp("2026-02-01"), "M", pd.Timestamp("2026-03-28").date()) == "February 2026"
    week = pd.Timestamp("2026-03-23")  # a Monday
    assert period_label(week, "W", pd.Timestamp("2026-03-28").date()) == "week of 2026-03-23, to 28 March"
    assert period_label(week, "W", pd.Timestamp("2026-03-29").date()) == "week of 2026-03-23"


def test_one_chosen_pair_compares_the_views_last_two_periods_not_its_own():
    """With pairs=ISR-PSE alone its last two months with rows (January and February 2026) were compared,
    where the view of every pair compares February with March, the corpus's last month, in which Israel–
    Palestine is not named: one pair, two answers.  The view's periods with articles give one."""
    agg = _agg([("ISR-PSE", "2026-01-01", 30, 6.0), ("ISR-PSE", "2026-02-01", 17, 4.38)])
    covered = pd.to_datetime(["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"])
    assert last_two_periods(agg, covered) == (pd.Timestamp("2026-02-01"), pd.Timestamp("2026-03-01"))
    assert biggest_changes(agg, min_support=5, covered=covered) == []
    (gone,) = unmeasured_changes(agg, min_support=5, covered=covered)
    assert (gone.pair, gone.mentions_before, gone.mentions_after) == ("ISR-PSE", 17, 0)
    # named in neither of the view's last two periods: nothing to list, nothing raised
    early = _agg([("A-B", "2025-01-01", 30, 6.0), ("A-B", "2025-02-01", 17, 4.0)])
    assert biggest_changes(early, covered=covered) == [] and unmeasured_changes(early, covered=covered) == []


def test_one_period_has_nothing_to_compare():
    agg = _agg([("A-B", "2025-01-01", 50, 9.0), ("C-D", "2025-01-01", 5, 1.0)])
    assert last_two_periods(agg) is None and biggest_changes(agg) == []
    assert biggest_changes(agg.iloc[:0]) == []


def _cues(*terms):
    return json.dumps([{"term": t, "weight": w, "category": "x", "source": "lexicon"} for t, w in terms])


def test_moving_sentences_are_the_pairs_most_conflicted_once_each_with_their_cues():
    rows = pd.DataFrame([
        ("a1", 0, "Talks went well.", "A-B", -0.5, 0.0, _cues(("talks", -0.5))),
        ("a1", 1, "A attacked B.", "A-B", 0.9, 1.4, _cues(("attacked", 0.9), ("ignored", 0.0))),
        ("a2", 0, "A attacked B.", "A-B", 0.9, 1.4, _cues(("attacked", 0.9))),  # a wire copy
        ("a2", 1, "A threatened B.", "A-B", 0.6, 0.7, _cues(("threatened", 0.6))),
        # cooperation on the whole, though one conflict word counted: not "most conflict"
        ("a3", 0, "A postpones attacking B after talks.", "A-B", -0.56, 0.95, _cues(("attacking", 0.95))),
        ("a2", 2, "A bombed C.", "A-C", 0.99, 3.0, _cues(("bombed", 1.0))),  # another pair
    ], columns=["article_id", "sentence_id", "sentence", "pair", "tension", "conflict", "cues"])
    out = moving_sentences(rows, "A-B", limit=3)
    assert list(out["sentence"]) == ["A attacked B.", "A threatened B."]  # conflict-side sentences only
    assert out.iloc[0]["cues"] == "attacked (+0.90)"  # a cue that did not count is not shown
    assert out.iloc[0]["article_id"] == "a1"
    assert moving_sentences(rows, "X-Y").empty and moving_sentences(rows.iloc[:0], "A-B").empty
    assert cue_text("[]") == ""


def test_on_a_real_analysis_the_sentences_name_the_pair(corpus_dir):
    from analysis import run

    pairs = run(corpus_dir).pairs
    out = moving_sentences(pairs, "RUS-UKR")
    assert not out.empty and "Russian forces attacked Ukraine" in out.iloc[0]["sentence"]
    assert "attack" in out.iloc[0]["cues"]


def test_no_pair_named_in_one_period_only_gives_an_empty_list():
    agg = _agg([("A-B", "2025-01-06", 5, 0.0), ("A-B", "2025-01-13", 5, 9.0), ("C-D", "2025-01-13", 1, 1.0)])
    assert unmeasured_changes(agg, min_support=5) == []


def test_a_fall_is_no_longer_reported_only_when_the_pairs_conflict_went_to_zero():
    """WCEP's RUS-UKR fell 4.86 → 4.58 with 12 mentions left, and its card said "Conflict no longer reported"."""
    from dashboard.changes import Change

    week, later = pd.Timestamp("2026-03-16"), pd.Timestamp("2026-03-23")
    less = Change("RUS-UKR", week, later, 4.86, 4.58, 14, 12)
    assert sentences_heading(less, "week of 2026-03-16") == (
        "Conflict reported less: the sentences of week of 2026-03-16 that weighed most")
    gone = Change("RUS-UKR", week, later, 4.86, 0.0, 14, 6)
    assert sentences_heading(gone, "week of 2026-03-16").startswith("Conflict no longer reported")
    rose = Change("RUS-UKR", week, later, 1.0, 4.58, 14, 12)
    assert sentences_heading(rose, "week of 2026-03-23") == "Most conflict: sentences of week of 2026-03-23"


def test_signed_figures_use_a_true_minus_sign():
    """A card read "(-0.28)" with a hyphen beside figures written "−0.28" elsewhere."""
    from dashboard.labels import signed

    assert (signed(-0.28), signed(0.23), signed(-10.531, 1), signed(0.0)) == ("−0.28", "+0.23", "−10.5", "+0.00")
    assert cue_text(json.dumps([{"term": "ceasefire", "category": "de_escalation", "weight": -0.3}])) == "ceasefire (−0.30)"


def test_a_learned_word_is_listed_where_it_counted_on_the_card_and_in_the_source_table():
    """A WCEP card listed "ballistic (+0.23)" (a learned word of analysis/data/word_weights.tsv) for a sentence
    whose row in the source table did not: the table dropped the model's cues, which count in the pair's
    tension and are underlined in the text.  One wording for both, the learned word named so."""
    cues = json.dumps([{"term": "fired a ballistic missile", "category": "military_action", "weight": 0.9},
                       {"term": "ballistic", "category": "learned", "weight": 0.23, "source": "model"},
                       {"term": "talks", "category": "diplomacy", "weight": 0.0}])
    assert cue_text(cues) == "fired a ballistic missile (+0.90), ballistic (learned, +0.23)"
    from dashboard.components.source_text import sentence_rows

    row = {"sentence_id": 1, "sentence": "Iran fired a ballistic missile at Israel.", "pair": "IRN-ISR",
           "direction": "IRN>ISR", "sentiment": -0.4, "tension": 0.8, "sentence_tension": 0.8, "cues": cues}
    assert list(sentence_rows(pd.DataFrame([row]), "IRN-ISR")["cues"]) == [cue_text(cues)]


def test_a_move_within_its_uncertainty_gets_no_card_and_is_said_to_be_noise():
    """RUS-UKR "Index fell 4.86 → 4.58 (−0.28)" had a card while the key figures (explore.supported_steps)
    call a move whose two 95 % intervals overlap no change: the panel follows the same rule."""
    from dashboard.changes import noise_changes

    agg = _agg([("RUS-UKR", "2025-02-01", 14, 4.86), ("RUS-UKR", "2025-03-01", 12, 4.58),
                ("IRN-ISR", "2025-02-01", 6, 0.5), ("IRN-ISR", "2025-03-01", 40, 9.0)])
    agg["index_low"] = [3.1, 2.9, 0.1, 7.0]
    agg["index_high"] = [6.6, 6.3, 0.9, 11.0]
    assert [c.pair for c in biggest_changes(agg, min_support=5)] == ["IRN-ISR"]
    (noise,) = noise_changes(agg, min_support=5)
    assert (noise.pair, noise.index_before, noise.index_after) == ("RUS-UKR", 4.86, 4.58)
    # without the interval columns no uncertainty is known: every move is one, none is noise
    bare = agg.drop(columns=["index_low", "index_high"])
    assert [c.pair for c in biggest_changes(bare, min_support=5)] == ["IRN-ISR", "RUS-UKR"] and not noise_changes(bare)


def test_the_panel_compares_the_pairs_the_view_names():
    """With overlay=IRN-ISR,IRN-USA,ISR-LBN in the link, "what changed" listed RUS-UKR, which the chart did
    not draw: the panel compares the overlaid pairs (else the chosen ones, else every pair)."""
    from types import SimpleNamespace

    from dashboard.components.what_changed import _named_agg
    from dashboard.state import ViewState

    agg = _agg([("RUS-UKR", "2025-02-01", 50, 1.0), ("RUS-UKR", "2025-03-01", 50, 20.0),
                ("IRN-USA", "2025-02-01", 9, 1.0), ("IRN-USA", "2025-03-01", 9, 2.0)])
    summary = pd.DataFrame({"pair": ["RUS-UKR", "IRN-USA"]})
    view = SimpleNamespace(agg=agg, summary=summary, state=ViewState(overlay=("IRN-ISR", "IRN-USA")))
    shown, named = _named_agg(view)
    assert named == ("IRN-USA",) and set(shown["pair"]) == {"IRN-USA"}
    shown, named = _named_agg(SimpleNamespace(agg=agg, summary=summary, state=ViewState()))
    assert named == () and set(shown["pair"]) == {"RUS-UKR", "IRN-USA"}


def test_named_pairs_without_dated_rows_are_no_single_period():
    """The panel said "One period only" for a view of many periods whose named pairs had no dated rows
    (reader25): it says why there is nothing to compare."""
    from types import SimpleNamespace

    from dashboard.components.what_changed import _nothing_to_compare
    from dashboard.state import ViewState

    agg = _agg([("RUS-UKR", "2025-02-01", 50, 1.0), ("RUS-UKR", "2025-03-01", 50, 20.0)])
    summary = pd.DataFrame({"pair": ["RUS-UKR", "IRN-USA"]})
    view = SimpleNamespace(agg=agg, summary=summary, state=ViewState(pairs=("IRN-USA",)))
    assert _nothing_to_compare(view).startswith("The pair this view names (IRN-USA) has no dated mentions")
    one = SimpleNamespace(agg=agg.head(1), summary=summary, state=ViewState())
    assert _nothing_to_compare(one).startswith("One period only")


def test_panel_changes_are_the_three_lists_read_from_one_comparison():
    """The panel's cards, its moves within noise and its unmeasured pairs were three readings of the last two
    periods on every rerun (14 of a 56 ms rerun on WCEP); ``panel_changes`` gives the same three lists at once,
    kept with the panel's sentences per view."""
    from dashboard.changes import PanelChanges, noise_changes, panel_changes

    agg = _agg([("RUS-UKR", "2025-02-01", 14, 4.86), ("RUS-UKR", "2025-03-01", 12, 4.58),
                ("IRN-ISR", "2025-02-01", 6, 0.5), ("IRN-ISR", "2025-03-01", 40, 9.0),
                ("C-D", "2025-02-01", 6, 4.0), ("C-D", "2025-03-01", 7, 0.5),
                ("E-F", "2025-03-01", 8, 2.0), ("G-H", "2025-02-01", 17, 3.0)])
    agg["index_low"] = [3.1, 2.9, 0.1, 7.0, 3.5, 0.2, 1.0, 2.0]
    agg["index_high"] = [6.6, 6.3, 0.9, 11.0, 4.5, 0.8, 3.0, 4.0]
    covered = pd.to_datetime(["2025-02-01", "2025-03-01", "2025-04-01"])
    for rows, where in ((agg, None), (agg, covered), (agg.drop(columns=["index_low", "index_high"]), None),
                        (agg.iloc[:0], None), (agg[agg["period"] == "2025-02-01"], None)):
        for limit in (1, 3):
            found = panel_changes(rows, limit, 5, where)
            assert found == PanelChanges(biggest_changes(rows, limit, 5, where), noise_changes(rows, limit, 5, where),
                                         unmeasured_changes(rows, limit, 5, where))
    found = panel_changes(agg, 3, 5)
    assert ([c.pair for c in found.biggest], [c.pair for c in found.noise], [c.pair for c in found.unmeasured]) == (
        ["IRN-ISR", "C-D"], ["RUS-UKR"], ["G-H", "E-F"])


def test_a_cards_move_is_the_difference_of_the_figures_it_shows():
    """"1.69 → 8.40 (+6.72)" read one cent off: the move came from the unrounded 1.686 and 8.404 (uiaudit26)."""
    from dashboard.components.what_changed import _shown_delta
    from dashboard.labels import signed

    assert f"{1.686:.2f} → {8.404:.2f} ({signed(_shown_delta(1.686, 8.404))})" == "1.69 → 8.40 (+6.71)"
    assert signed(_shown_delta(4.86, 4.58)) == "−0.28"


def test_a_turned_cue_says_what_turned_it_in_plain_words():
    """"offensive (−0.57)" read as if "offensive" were a cooperation word, where "orders a halt to offensive cyber
    operations" had turned it (uiaudit28); the text's hover said "(prevention:halt)"."""
    from dashboard.highlight import spans_for
    from dashboard.labels import plain_cue_title

    cues = json.dumps([{"term": "offensive", "category": "military_action", "weight": -0.57, "start": 18, "end": 27,
                        "modifiers": ["prevention:halt"]},
                       {"term": "attack", "category": "military_action", "weight": -0.48, "start": 40, "end": 46,
                        "modifiers": ["negation:not"]}])
    assert cue_text(cues) == "offensive (turned by “halt”, −0.57), attack (negated by “not”, −0.48)"
    rows = pd.DataFrame({"sentence_start": [0], "mentions": ["[]"], "cues": [cues]})
    assert [plain_cue_title(label) for *_, label in spans_for(rows)] == ["military action (turned by “halt”) −0.57",
                                                        "military action (negated by “not”) −0.48"]


def test_a_cue_spanning_an_opening_quote_is_listed_without_it():
    cues = json.dumps([{"term": 'designates the Department of Defense as a "terrorist organization',
                        "category": "coercion", "weight": 0.6}, {"term": '"fire and fury"', "category": "threat",
                                                                  "weight": 0.6}])
    assert cue_text(cues) == ('designates the Department of Defense as a terrorist organization (+0.60), '
                              '"fire and fury" (+0.60)')
