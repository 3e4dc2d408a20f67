"""The view engine (dashboard.views_sql) on the folder corpus, and the key figures on its results."""

import pandas as pd
import pytest

from analysis import run
from dashboard.corpus import build
from dashboard.explore import MAX_STEP_PERIODS, actor_matrix, key_figures
from dashboard.sources import MemorySource
from dashboard.state import ViewState
from dashboard.views_sql import counted_categories


@pytest.fixture(scope="module")
def analysis(corpus_dir):
    return run(corpus_dir)


@pytest.fixture(scope="module")
def source(analysis):
    return MemorySource(build(analysis))


def test_universe_lists_what_the_corpus_holds(source):
    u = source.universe
    assert {"CHN", "JPN", "USA", "RUS", "UKR"} <= u.actors and "CHN-JPN" in u.pairs
    assert {"Wire A", "Wire B"} <= u.sources and "threat" in u.categories
    assert (u.first_day.isoformat(), u.last_day.isoformat()) == ("2025-01-06", "2025-03-04")


@pytest.mark.parametrize(
    ("state", "expected_pairs"),
    [
        (ViewState(actors=("RUS",)), {"RUS-UKR"}),
        (ViewState(pairs=("JPN-USA",)), {"JPN-USA"}),
        (ViewState(sources=("Wire B",)), {"JPN-USA", "CHN-JPN", "CHN-USA"}),
        (ViewState(start=pd.Timestamp("2025-02-01").date(), end=pd.Timestamp("2025-02-28").date()),
         {"RUS-UKR", "CHN-JPN", "CHN-USA", "JPN-USA"}),
        (ViewState(categories=("military_action",)), {"RUS-UKR"}),
    ],
)
def test_each_filter_keeps_only_matching_rows(source, state, expected_pairs):
    view = source.view(state)
    assert set(view.summary["pair"]) == expected_pairs
    assert set(source.rows(view)["pair"]) == expected_pairs and len(source.rows(view)) == view.rows


def test_minimum_mentions_drops_rare_pairs(source, analysis):
    counts = analysis.pairs["pair"].value_counts()
    kept = set(source.view(ViewState(min_mentions=3)).summary["pair"])
    assert kept == {str(p) for p, n in counts.items() if n >= 3}


def test_summary_matrix_and_key_figures(source, analysis):
    view = source.view(ViewState(period="M"))
    matrix = actor_matrix(view.summary)
    assert matrix.loc["CHN", "JPN"] == matrix.loc["JPN", "CHN"]
    agg = view.agg
    figures = key_figures(agg, view.summary, view.rows, analysis.pairs["article_id"].nunique(), min_support=1,
                          period="M")
    assert figures["mentions"] == len(analysis.pairs) and figures["articles"] == 6
    by_conflict = agg.groupby("pair")["conflict_total"].sum()
    assert figures["most_tense"][0] == by_conflict.idxmax()
    assert figures["most_tense"][2] == agg[agg["pair"] == by_conflict.idxmax()]["mentions"].sum()
    # a period here is one or two articles, whose 95 % bands reach down to 0: no step is told from noise
    assert figures["largest_change"] is None
    without_bands = agg.drop(columns=["index_low", "index_high"])
    assert key_figures(without_bands, view.summary, view.rows, 6, min_support=1, period="M")["largest_change"]


def test_key_figures_need_support():
    rows = pd.DataFrame({
        "pair": ["A-B", "A-B", "C-D", "C-D"],
        "period": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-01-01", "2025-02-01"]),
        "mentions": [1, 1, 40, 60], "conflict_total": [5.0, 0.0, 2.0, 9.0], "period_articles": [100, 100, 100, 100],
        "tension_index": [5.0, 0.0, 2.0, 9.0],
    })
    figures = key_figures(rows, pd.DataFrame(), 102, 200, min_support=5, period="M")
    assert figures["most_tense"][0] == "C-D" and figures["most_tense"][2] == 100
    assert figures["most_tense"][1] == pytest.approx(100 * 11 / 200)
    assert figures["largest_change"][:4] == ("C-D", 7.0, 40, 60)
    unsupported = key_figures(rows, pd.DataFrame(), 102, 200, min_support=1, period="M")
    assert unsupported["largest_change"][0] == "C-D" and unsupported["most_tense"][0] == "C-D"
    assert key_figures(rows, pd.DataFrame(), 102, 200, min_support=500, period="M")["most_tense"] is None


def test_articles_behind_a_point(source):
    view = source.view(ViewState())
    assert len(source.articles_for(view, "RUS-UKR", None, "W")) == 1
    assert source.articles_for(view, "CHN-JPN", pd.Timestamp("2025-01-06"), "W")
    assert not source.articles_for(view, "CHN-JPN", pd.Timestamp("2024-01-01"), "W")


def test_a_rows_categories_are_those_of_the_cues_that_counted_for_its_pair():
    frame = pd.DataFrame({"text": ["France praised Germany; Russia threatened Poland."], "date": ["2025-01-01"]})
    pairs = run(frame).pairs
    assert '"term":"threatened","category":"threat","weight":0.06,' in pairs.loc[0, "cues"]  # DEU-FRA, linked by neither
    pairs.loc[0, "cues"] = pairs.loc[0, "cues"].replace('"weight":0.06,', '"weight":0.0,')
    found = dict(zip(pairs["pair"], counted_categories(pairs["cues"]).to_pylist()))
    assert "threat" in found["POL-RUS"] and "threat" not in found["DEU-FRA"]


def test_largest_change_is_a_step_between_near_periods_never_across_years():
    """WCEP's IRN-USA: 6 mentions in 2018-01 and 43 in 2026-03 made "Largest change" +7.50 across eight
    years; the change is a step between consecutive covered periods at most MAX_STEP_PERIODS apart,
    with MIN_SUPPORT mentions at one end at least (the end itself when it is a partial last period)."""
    rows = pd.DataFrame({
        "pair": ["IRN-USA", "IRN-USA", "IRN-USA", "RUS-UKR", "RUS-UKR", "RUS-UKR"],
        "period": pd.to_datetime(["2018-01-01", "2026-03-01", "2026-01-01", "2024-06-01", "2024-08-01",
                                  "2024-12-01"]),
        "mentions": [6, 43, 3, 20, 30, 25], "conflict_total": [1.0, 60.0, 0.1, 5.0, 12.0, 30.0],
        "period_articles": [500, 700, 600, 800, 800, 800], "tension_index": [0.2, 8.6, 0.02, 0.6, 1.5, 3.8],
    })
    figures = key_figures(rows, pd.DataFrame(), 127, 100, min_support=5, period="M")
    # 2018-01 is never compared (77 months before the next covered period); IRN-USA's flare from 3
    # mentions in 2026-01 to 43 in 2026-03 is a move: 43 stand behind it.
    pair, change, first_n, last_n, first, last = figures["largest_change"]
    assert (pair, first_n, last_n, first, last) == ("IRN-USA", 3, 43, pd.Timestamp("2026-01-01"),
                                                    pd.Timestamp("2026-03-01"))
    assert change == pytest.approx(8.58)
    assert figures["max_step"] == MAX_STEP_PERIODS == 3
    # March 2026 partial (the data stop in it): its 43 mentions stand behind the move themselves
    partial = key_figures(rows, pd.DataFrame(), 127, 100, min_support=5, period="M",
                          partial=pd.Timestamp("2026-03-01"))["largest_change"]
    assert partial[0] == "IRN-USA"
    # a fall into a partial month named twice is no move: RUS-UKR's 2024-08 → 2024-12 is four months
    # apart, its 2024-06 → 2024-08 two, and that one counts
    fallen = rows.assign(mentions=[6, 2, 6, 20, 30, 25], tension_index=[0.2, 0.0, 8.0, 0.6, 1.5, 3.8])
    change = key_figures(fallen, pd.DataFrame(), 127, 100, min_support=5, period="M",
                         partial=pd.Timestamp("2026-03-01"))["largest_change"]
    assert change[0] == "RUS-UKR" and change[2:] == (20, 30, pd.Timestamp("2024-06-01"), pd.Timestamp("2024-08-01"))
    assert change[1] == pytest.approx(0.9)
    unmarked = key_figures(fallen, pd.DataFrame(), 127, 100, min_support=5, period="M")["largest_change"]
    assert unmarked[:2] == ("IRN-USA", pytest.approx(-8.0))  # 6 → 2 mentions, in a month not named partial
    weekly = rows.assign(period=pd.to_datetime(["2018-01-01", "2018-01-22", "2018-01-15", "2024-06-03",
                                                "2024-06-10", "2024-07-22"]))
    # by week: IRN-USA 2018-01-15 → 2018-01-22, a step of +8.58 (3 → 43 mentions)
    assert key_figures(weekly, pd.DataFrame(), 127, 100, min_support=5, period="W")["largest_change"][0] == "IRN-USA"


def test_the_key_figures_largest_change_is_the_timelines_largest_move():
    """The first view showed "Largest change ISR-PSE" beside a timeline caption naming IRN-ISR's June
    2025 rise (from under 5 mentions): one rule now gives both."""
    from dashboard.figures import pair_activity

    rows = pd.DataFrame({
        "pair": ["IRN-ISR", "IRN-ISR", "ISR-PSE", "ISR-PSE"],
        "period": pd.to_datetime(["2025-05-01", "2025-06-01", "2025-05-01", "2025-06-01"]),
        "mentions": [2, 44, 60, 50], "conflict_total": [0.5, 80.0, 40.0, 20.0],
        "period_articles": [400, 400, 400, 400], "tension_index": [0.1, 12.0, 10.0, 5.0],
    })
    change = key_figures(rows, pd.DataFrame(), 156, 100, min_support=5, period="M")["largest_change"]
    ranked = pair_activity(rows, period="M").set_index("pair")
    assert change[0] == "IRN-ISR" == ranked["largest_move"].abs().idxmax()
    assert change[1] == pytest.approx(ranked.loc["IRN-ISR", "largest_move"]) == pytest.approx(11.9)


def test_one_chosen_pair_keeps_the_views_periods_so_its_key_figures_are_those_among_all_pairs(tmp_path):
    """WCEP with pairs=CHN-JPN showed "index 0.09" for the pair the full view puts at 0.03, and IND-PAK's
    largest change as "Nov 2018 → Feb 2019": the chosen pair's rows hold only the months it is named
    in, so the span's denominator lost the other months' articles and the step jumped its quiet months.
    The view keeps every period's articles (View.period_articles): the same pair, the same figures."""
    texts = {"2025-01-{:02d}": "Russian forces attacked Ukraine near town {}.",
             "2025-02-{:02d}": "China and Japan held talks on trade, meeting {}.",
             "2025-03-{:02d}": "Russian forces attacked Ukraine near city {}."}
    for month, text in texts.items():
        for i in range(5):
            day = month.format(i + 3)
            (tmp_path / f"{day}.txt").write_text(f" date {day} {text.format(i)}\nSource: Wire", encoding="utf-8")
    source = MemorySource(build(run(tmp_path)))
    everything = source.view(ViewState(period="M"))
    one = source.view(ViewState(period="M", pairs=("RUS-UKR",)))
    assert list(one.agg["period"]) == list(pd.to_datetime(["2025-01-01", "2025-03-01"]))  # February names none
    assert one.figures["most_tense"] == everything.figures["most_tense"]
    assert one.figures["most_tense"][0] == "RUS-UKR"
    # January → February (a fall to 0: not named among 5 articles), not January → March (no change)
    assert one.figures["largest_change"] == everything.figures["largest_change"]
    assert one.figures["largest_change"][4:] == (pd.Timestamp("2025-01-01"), pd.Timestamp("2025-02-01"))
    assert list(one.period_articles.index) == list(everything.period_articles.index)
    assert one.period_articles.sum() == 15


def test_a_periods_point_opens_the_article_that_weighs_most_in_its_index():
    """A WCEP summary names a pair in one sentence, so the articles of a point tied on rows and went by
    their id: a click on IRN-USA's January 2020 peak opened a troop deployment, and "what changed" quoted
    the "most conflict" of whichever five articles came first.  The point's index is the pair's conflict:
    the article carrying most of it comes first."""
    frame = pd.DataFrame({"text": ["Russia and Ukraine held talks in Istanbul, round 0.",
                                   "Russian forces attacked Ukraine, killing civilians in town 0.",
                                   "Russia and Ukraine exchanged prisoners, batch 0."],
                          "date": ["2025-02-03", "2025-02-05", "2025-02-07"]})
    analysis = run(frame)
    source = MemorySource(build(analysis))
    rows = analysis.pairs[analysis.pairs["pair"] == "RUS-UKR"]
    attack = rows.loc[rows["conflict"].idxmax(), "article_id"]
    assert attack == max(rows["article_id"]) and len(rows) == 3  # last by id: ranked by rows alone, it came last
    view = source.view(ViewState(period="M"))
    month = pd.Timestamp("2025-02-01")
    assert source.articles_for(view, "RUS-UKR", month, "M")[0] == attack
    # the view's leading article: of those naming the pair as often, the one saying most about it
    assert source.articles_for(view, "RUS-UKR", None, "M")[0] == attack
    assert set(source.point_rows(view, "RUS-UKR", month, "M", 1, pair_only=True)["article_id"]) == {attack}


def test_only_pairs_that_can_move_make_the_grid_and_still_step_through_every_period():
    """By day over WCEP the steps' grid was 1,980 days × 3,495 pairs for the 8 pairs ever named 5 times in
    a day, most of the day view's building time.  A pair never named ``min_support`` times in one period
    has no move and is left out of it; the others keep every period of the view (C-D's February, where
    A-B is not named, is a 0 that A-B steps through), and the ranking still lists every pair."""
    from dashboard.explore import supported_steps
    from dashboard.figures import pair_activity

    rows = pd.DataFrame({
        "pair": ["A-B", "A-B", "C-D", "C-D"],
        "period": pd.to_datetime(["2025-01-01", "2025-03-01", "2025-02-01", "2025-03-01"]),
        "mentions": [8, 6, 2, 4], "conflict_total": [8.0, 1.0, 2.0, 4.0],
        "period_articles": [100, 100, 100, 100], "tension_index": [8.0, 1.0, 2.0, 4.0],
    })
    periods, pairs, changes, mentions = supported_steps(rows, min_support=5, period="M")
    assert list(pairs) == ["A-B"] and len(periods) == 3 and mentions.shape == (3, 1)
    assert changes[:, 0] == pytest.approx([-8.0, 1.0])  # January → February's 0 → March
    ranked = pair_activity(rows, period="M").set_index("pair")
    assert ranked.loc["C-D", "mentions"] == 6 and ranked.loc["C-D", "largest_move"] == 0.0
    assert pd.isna(ranked.loc["C-D", "move_period"]) and ranked.loc["A-B", "largest_move"] == pytest.approx(-8.0)


def test_a_move_must_exceed_its_uncertainty():
    """WCEP by week with pairs=IRN-USA headlined "↓ −11.72 (21 → 3 mentions)" into a week of 37 articles
    (≈120 normally) whose 95 % band spans 0–9.5, overlapping the 21-mention week's 6.5–24.1: no move
    the data can tell from noise.  A step is a move only when the two ends' intervals do not overlap;
    a flare from quiet (no mentions: [0, 0]) still is one when its own interval stays above 0."""
    rows = pd.DataFrame({
        "pair": ["IRN-USA", "IRN-USA", "IRN-USA", "IRN-USA", "IRN-ISR"],
        "period": pd.to_datetime(["2026-02-23", "2026-03-02", "2026-03-16", "2026-03-23", "2026-03-23"]),
        "mentions": [11, 21, 3, 12, 9], "conflict_total": [14.8, 18.4, 1.3, 3.6, 7.0],
        "period_articles": [130, 120, 37, 95, 95],
        "tension_index": [11.42, 15.30, 3.58, 3.79, 7.37],
        "index_low": [2.93, 6.54, 0.0, 0.21, 2.1],
        "index_high": [19.91, 24.06, 9.48, 7.37, 12.6],
    })
    change = key_figures(rows, pd.DataFrame(), 56, 100, min_support=5, period="W")["largest_change"]
    # IRN-ISR's flare from quiet (0 → 9 mentions, its band 2.1–12.6 clear of 0) is the largest real move
    assert change[:4] == ("IRN-ISR", pytest.approx(7.37), 0, 9)
    alone = key_figures(rows[rows["pair"] == "IRN-USA"], pd.DataFrame(), 47, 100, min_support=5, period="W")
    assert alone["largest_change"] is None  # every IRN-USA step's two bands overlap
    # the same steps without known intervals are moves, as before
    bare = rows.drop(columns=["index_low", "index_high"])
    assert key_figures(bare, pd.DataFrame(), 56, 100, min_support=5, period="W")["largest_change"][:4] == (
        "IRN-USA", pytest.approx(-11.72), 21, 3)
    # with no move, the key figures still name the largest step and say it is within its noise (uiaudit27: India-
    # Pakistan's Pulwama month read only "no pair moved")
    assert alone["unsure_change"][:4] == ("IRN-USA", pytest.approx(-11.72), 21, 3)
    assert alone["unsure_change"][4:] == (pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-16"))
    assert key_figures(rows, pd.DataFrame(), 56, 100, min_support=5, period="W")["unsure_change"] is None


def test_a_view_without_conflict_has_no_most_tense_pair():
    """"Most tense pair ESP-PRT · index 0.00" named a pair of a view without any conflict (uiaudit27)."""
    rows = _series("ESP-PRT", ["2025-01-01", "2025-02-01"], [0.0, 0.0], [6, 7])
    figures = key_figures(rows, pd.DataFrame(), 13, 13, min_support=5, period="M")
    assert figures["most_tense"] is None and figures["no_conflict"]
    assert key_figures(_series("ESP-PRT", ["2025-01-01"], [0.5], [6]), pd.DataFrame(), 6, 6, min_support=5,
                       period="M")["most_tense"][0] == "ESP-PRT"


def _series(pair: str, months: list[str], index: list[float], mentions: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"pair": pair, "period": pd.to_datetime(months), "mentions": mentions,
                         "conflict_total": [i * 4.0 for i in index], "period_articles": 400,
                         "tension_index": index})


def test_a_fall_that_undoes_a_rise_is_headlined_by_the_rise():
    """WCEP by month headlined IRN-USA "−5.12, Jan → Feb 2020", the fall after Soleimani's killing,
    larger than the rise into it: the analyst looks for the rise.  The rise headlines, the fall is
    named second, and the timeline's ranking shows the same move."""
    from dashboard.figures import pair_activity

    rows = _series("IRN-USA", ["2019-11-01", "2019-12-01", "2020-01-01", "2020-02-01"],
                   [0.5, 0.6, 4.6, 0.2], [3, 4, 40, 6])
    figures = key_figures(rows, pd.DataFrame(), 53, 100, min_support=5, period="M")
    assert figures["largest_change"][:4] == ("IRN-USA", pytest.approx(4.0), 4, 40)
    assert figures["largest_change"][4:] == (pd.Timestamp("2019-12-01"), pd.Timestamp("2020-01-01"))
    assert figures["largest_change_undone"] == (pytest.approx(-4.4), 6, pd.Timestamp("2020-02-01"))
    ranked = pair_activity(rows, period="M").set_index("pair")
    assert ranked.loc["IRN-USA", "largest_move"] == pytest.approx(4.0)
    assert ranked.loc["IRN-USA", "move_period"] == pd.Timestamp("2020-01-01")


def test_a_lone_fall_still_headlines():
    """A fall with no rise before it (the view opens on the high level), or after a rise too small to have
    built it, is the pair's move: a relation calming is news too."""
    lone = _series("IND-PAK", ["2025-05-01", "2025-06-01"], [3.0, 0.1], [30, 4])
    figures = key_figures(lone, pd.DataFrame(), 34, 100, min_support=5, period="M")
    assert figures["largest_change"][:2] == ("IND-PAK", pytest.approx(-2.9))
    assert figures["largest_change_undone"] is None
    small = _series("IND-PAK", ["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"],
                    [2.5, 2.5, 3.0, 0.1], [25, 25, 30, 4])
    assert key_figures(small, pd.DataFrame(), 84, 100, min_support=5,
                       period="M")["largest_change"][:2] == ("IND-PAK", pytest.approx(-2.9))


def test_a_rise_over_two_periods_that_a_fall_undoes_headlines_whole():
    """WCEP's IND-PAK: 0 → 6 → 11 mentions, Mar → Apr → May 2025, neither step beyond its 95 % interval,
    then 11 → 1 in June: "−2.93, May → Jun" headlined.  The rise from the trough to the peak, clear of
    its noise, is the move: +2.93, Mar → May, the June fall named second."""
    rows = _series("IND-PAK", ["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"],
                   [0.0, 2.04, 2.93, 0.0], [0, 6, 11, 1]).assign(
        index_low=[0.0, 0.0, 0.83, 0.0], index_high=[0.0, 4.12, 5.03, 0.0])
    rows = rows[rows["mentions"] > 0]
    covered = pd.Series(400, index=pd.to_datetime(["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"]))
    figures = key_figures(rows, pd.DataFrame(), 18, 100, min_support=5, period="M", period_articles=covered)
    assert figures["largest_change"] == ("IND-PAK", pytest.approx(2.93), 0, 11, pd.Timestamp("2025-03-01"),
                                         pd.Timestamp("2025-05-01"))
    assert figures["largest_change_undone"] == (pytest.approx(-2.93), 1, pd.Timestamp("2025-06-01"))


def test_the_pairs_a_view_names_are_the_overlaid_else_the_chosen_ones_of_its_own():
    from dashboard.explore import named_pairs

    summary = pd.DataFrame({"pair": ["ISR-PSE", "IRN-USA", "IRN-ISR", "RUS-UKR"]})
    assert named_pairs(summary, (), ("IRN-ISR", "IRN-USA", "ISR-LBN")) == ["IRN-ISR", "IRN-USA"]  # ISR-LBN: not in it
    assert named_pairs(summary, ("RUS-UKR",), ()) == ["RUS-UKR"]
    assert named_pairs(summary, ("RUS-UKR",), ("ISR-LBN",)) == ["RUS-UKR"]
    assert named_pairs(summary) == []
    assert named_pairs(summary, ("IRN-USA", "IRN-USA"), ("ISR-LBN", "IRN-USA")) == ["IRN-USA"]
    # a view that names no pair is answered without reading its pairs (a set of WCEP's 3,500, read one Arrow
    # string at a time, was 2 ms a call and five calls a rerun)
    assert named_pairs(pd.DataFrame({"other": [1]})) == []
    arrow = pd.DataFrame({"pair": pd.array(["ISR-PSE", "IRN-USA"], dtype="string[pyarrow]")})
    assert named_pairs(arrow, ("IRN-USA", "XXX-YYY")) == ["IRN-USA"]


def test_the_peak_is_the_highest_supported_point_of_the_named_pairs():
    from dashboard.explore import peak

    agg = pd.DataFrame({"pair": ["A-B", "A-B", "A-B", "C-D"],
                        "period": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01", "2020-02-01"]),
                        "mentions": [6, 9, 1, 20], "tension_index": [2.0, 5.0, 30.0, 9.0]})
    assert peak(agg, ["A-B"]) == ("A-B", pd.Timestamp("2020-02-01"))  # March: one mention, no peak
    assert peak(agg, ["A-B", "C-D"]) == ("C-D", pd.Timestamp("2020-02-01"))
    assert peak(agg, ["A-B"], min_support=50) == ("A-B", pd.Timestamp("2020-03-01"))  # none supported: the highest
    assert peak(agg, ["E-F"]) is None


def test_a_tied_peak_goes_to_the_first_pair_by_code_whatever_the_row_order():
    from dashboard.explore import peak

    agg = pd.DataFrame({"pair": ["C-D", "A-B"], "period": pd.to_datetime(["2020-02-01", "2020-02-01"]),
                        "mentions": [9, 9], "tension_index": [5.0, 5.0]})
    assert peak(agg, ["A-B", "C-D"]) == ("A-B", pd.Timestamp("2020-02-01"))
    assert peak(agg.iloc[::-1], ["A-B", "C-D"]) == ("A-B", pd.Timestamp("2020-02-01"))
