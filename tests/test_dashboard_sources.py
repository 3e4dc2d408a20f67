"""The folder source and the store source are one engine: the same corpus gives the same views."""

import datetime as dt
import json

import pandas as pd
import pyarrow as pa
import pytest

from analysis import run
from analysis.aggregate import aggregate
from analysis.store import Store
from dashboard.components.downloads import csv_bytes
from dashboard.corpus import Corpus, build
from dashboard.sources import MemorySource, StoreSource
from dashboard.state import ViewState
from dashboard.views_sql import label

STATES = [
    ViewState(),
    ViewState(period="M"),
    ViewState(period="D", actors=("JPN",)),
    ViewState(pairs=("CHN-JPN", "RUS-UKR"), sources=("Wire A",)),
    ViewState(start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 28), categories=("threat", "military_action")),
    ViewState(min_mentions=2, period="M"),
    ViewState(actors=("NOBODY",)),
]


@pytest.fixture(scope="module")
def sources(corpus_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    return MemorySource(build(run(corpus_dir))), StoreSource(path)


def _ingested(tmp_path, texts: dict[str, str]):
    """A folder of ``texts`` (file name: text) under tmp_path, ingested into tmp_path/s.duckdb."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([folder])
    return folder


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=False, atol=1e-9,
                                  check_dtype=False)


def test_both_sources_hold_the_same_universe(sources):
    memory, store = sources
    assert memory.universe == store.universe


def _same_view(mine, theirs):
    """Two sources' answers to one view state: the same sums, summary, key figures, article list and row count."""
    _same(mine.agg, theirs.agg)
    _same(mine.summary, theirs.summary)
    assert _rounded(mine.figures) == _rounded(theirs.figures)
    assert mine.article_ids == theirs.article_ids and mine.rows == theirs.rows


def _rounded(value):
    """Key figures with their floats rounded (sums in another order differ in the last bits)."""
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return type(value)(_rounded(v) for v in value)
    return round(value, 9) if isinstance(value, float) else value


@pytest.mark.parametrize("state", STATES, ids=range(len(STATES)))
def test_both_sources_give_the_same_view(sources, state):
    memory, store = sources
    mine, theirs = memory.view(state), store.view(state)
    _same_view(mine, theirs)
    _same(memory.rows(mine), store.rows(theirs))
    assert csv_bytes(mine.agg) == csv_bytes(theirs.agg)  # the two downloads of one view, byte for byte
    assert memory.labels(mine.article_ids) == store.labels(theirs.article_ids)
    for pair in [None, *mine.summary["pair"][:2]]:
        assert memory.articles_for(mine, pair, None, state.period) == store.articles_for(theirs, pair, None,
                                                                                          state.period)
    assert (mine.leading is None) == (theirs.leading is None)


def test_sums_added_in_another_order_download_as_the_same_csv():
    one = pd.DataFrame({"pair": ["CHN-JPN"], "tension_index": [0.1 + 0.2], "mentions": [3]})
    other = one.assign(tension_index=[0.3])
    assert one["tension_index"][0] != other["tension_index"][0]
    assert csv_bytes(one) == csv_bytes(other) == b"pair,tension_index,mentions\nCHN-JPN,0.3,3\n"


LEADING_STATES = [  # the article count groups the rows: categories, or pairs with fewer rows than the others
    ViewState(categories=("threat",)),
    ViewState(start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 28), categories=("threat", "military_action")),
    ViewState(pairs=("CHN-JPN",), period="D"),
    ViewState(pairs=("CHN-JPN", "RUS-UKR"), sources=("Wire A",)),
    ViewState(actors=("JPN",), min_mentions=2, period="M"),
]


@pytest.mark.parametrize("state", LEADING_STATES, ids=range(len(LEADING_STATES)))
def test_the_leading_articles_counted_with_the_view_are_the_ones_its_rows_give(sources, state):
    """View.leading, counted in the article count's pass over the rows, is articles_for's answer for the
    leading pair (which scans that pair's rows), in both sources."""
    for source in sources:
        view = source.view(state)
        if view.summary.empty:
            continue
        if view.leading is None:  # counted without grouping the rows (each article's own count, less others')
            assert not state.categories
            continue
        pair, ids = view.leading
        assert pair == view.summary["pair"].iloc[0] and ids
        assert ids == source.articles_for(view, pair, None, state.period)


def test_both_sources_give_the_same_article(sources):
    memory, store = sources
    for article_id in sorted(memory.universe.articles)[:3]:
        (art_m, rows_m), (art_s, rows_s) = memory.article(article_id), store.article(article_id)
        assert art_m is not None and art_s is not None
        assert art_m.to_dict() == art_s.to_dict()
        _same(rows_m, rows_s)
    assert memory.article("no-such-id")[0] is None and store.article("no-such-id")[0] is None


def test_uploads_join_only_the_session_that_made_them(sources):
    memory, store = sources
    extra = run(pd.DataFrame({"text": ["India and Pakistan agreed a ceasefire on Monday."], "date": ["2025-03-01"]}))
    mine = store.with_uploads(extra.pairs, extra.articles)
    assert "IND-PAK" in mine.universe.pairs and "IND-PAK" not in store.universe.pairs
    view = mine.view(ViewState(pairs=("IND-PAK",)))
    assert view.rows == len(extra.pairs) and len(mine.rows(view)) == len(extra.pairs)
    assert mine.article(extra.articles["article_id"].iloc[0])[0] is not None
    assert store.view(ViewState(pairs=("IND-PAK",))).rows == 0


@pytest.mark.parametrize("state", STATES[:3], ids=range(3))
def test_a_points_rows_are_its_first_articles_rows_in_both_sources(sources, state):
    memory, store = sources
    for source in (memory, store):
        view = source.view(state)
        for pair, start in view.agg[["pair", "period"]].head(4).itertuples(index=False):
            ids = source.articles_for(view, pair, start, state.period)[:2]
            expected = pd.concat([source.article(i)[1] for i in ids], ignore_index=True)
            got = source.point_rows(view, pair, start, state.period, 2)
            assert not got.empty and set(got["article_id"]) == set(ids)
            _same(got.sort_values(["article_id", "sentence_id", "pair"]),
                  expected.sort_values(["article_id", "sentence_id", "pair"]))
            own = source.point_rows(view, pair, start, state.period, 2, pair_only=True)
            assert not own.empty
            _same(own, got[got["pair"] == pair])


ROLLUP_STATES = [
    *[s for s in STATES if not s.categories],
    ViewState(actors=("JPN",), min_mentions=2),
    ViewState(sources=("Wire A", "Wire B"), start=dt.date(2025, 1, 15), end=dt.date(2025, 3, 2), period="D"),
    ViewState(pairs=("CHN-JPN",), min_mentions=1000),
    # no source filter: whole periods from the period rollups, the days of cut periods from pair_days
    ViewState(start=dt.date(2025, 1, 7), end=dt.date(2025, 2, 20), period="M"),
    ViewState(start=dt.date(2025, 1, 8), end=dt.date(2025, 3, 3), period="W", min_mentions=2),
    ViewState(start=dt.date(2025, 2, 1), end=dt.date(2025, 3, 31), period="M", actors=("JPN",)),
    ViewState(start=dt.date(2025, 1, 1), period="W", pairs=("CHN-JPN", "JPN-USA")),
    ViewState(end=dt.date(2025, 2, 5), period="D"),
    # one actor, every pair of it kept: the article count and list from article_actors
    ViewState(actors=("CHN",), sources=("Wire A",), start=dt.date(2025, 1, 10), period="W"),
    ViewState(actors=("USA",), end=dt.date(2025, 2, 28), period="D"),
]


CATEGORY_STATES = [
    ViewState(categories=("threat",)),
    ViewState(categories=("threat", "military_action", "protest"), period="M"),
    ViewState(categories=("threat",), min_mentions=2, period="D"),
    ViewState(categories=("threat", "agreement"), actors=("JPN",), period="W"),
    ViewState(categories=("protest", "threat"), pairs=("CHN-JPN",), sources=("Wire A",)),
    ViewState(categories=("threat", "military_action"), start=dt.date(2025, 1, 7), end=dt.date(2025, 2, 20)),
    ViewState(categories=("threat", "protest"), start=dt.date(2025, 1, 7), end=dt.date(2025, 3, 3), period="M",
              min_mentions=2),
    ViewState(categories=("no_such_category",)),
    # chosen pairs: the category rollup in pair order (views_sql.BY_PAIR), by day and cut by a span
    ViewState(categories=("threat",), pairs=("CHN-JPN", "RUS-UKR"), period="D", start=dt.date(2025, 2, 1)),
    ViewState(categories=("threat", "protest"), pairs=("CHN-JPN",), period="W", start=dt.date(2025, 1, 7),
              end=dt.date(2025, 3, 3)),
]
ROLLUP_STATES = [*ROLLUP_STATES, *CATEGORY_STATES]


@pytest.mark.parametrize("state", ROLLUP_STATES, ids=range(len(ROLLUP_STATES)))
def test_the_rollups_give_the_view_the_rows_give(sources, state):
    for source in sources:
        mine, theirs = source.views._rollup_view(state), source.views._rows_view(state)
        _same_view(mine, theirs)


@pytest.mark.parametrize("state", [ViewState(categories=("threat",), min_mentions=2, period="M"),
                                   ViewState(categories=("threat", "agreement"), actors=("USA",))], ids=range(2))
def test_a_category_filter_reads_rows_in_both_sources(sources, state):
    memory, store = sources
    mine, theirs = memory.view(state), store.view(state)
    _same_view(mine, theirs)
    rows = memory.rows(mine)
    assert mine.rows == len(rows)
    assert all(any(f'"category":"{c}"' in cues for c in state.categories) for cues in rows["cues"])


@pytest.mark.parametrize("period", ["D", "W", "M"])
def test_the_index_is_analysis_aggregate_s(sources, corpus_dir, period):
    result = run(corpus_dir)
    expected = aggregate(result.pairs, period, result.articles)
    for source in sources:
        _same(source.view(ViewState(period=period)).agg, expected)


def test_the_python_and_sql_category_rules_agree(sources):
    import duckdb

    from analysis.snapshot import COUNTED_CATEGORIES_SQL
    from dashboard.views_sql import counted_categories

    memory, _ = sources
    cues = sorted(set(memory.corpus.pairs["cues"].astype(str)))
    assert len(cues) > 3
    in_python = [sorted(c) for c in counted_categories(cues).to_pylist()]
    sql = f"SELECT {COUNTED_CATEGORIES_SQL.format(cues='c')} FROM unnest(?::VARCHAR[]) WITH ORDINALITY t(c, i) ORDER BY i"
    in_sql = [sorted(r[0] or []) for r in duckdb.connect().execute(sql, [cues]).fetchall()]
    assert in_python == in_sql


def test_months_of_a_span_name_the_snapshots_folders():
    from dashboard.views_sql import month_names, months_of

    assert month_names(pd.Timestamp("2025-01-27"), pd.Timestamp("2025-02-03")) == ["2025-01", "2025-02"]
    assert month_names(pd.Timestamp("2025-02-01"), pd.Timestamp("2025-03-01")) == ["2025-02"]
    dates = pa.chunked_array([pa.array([dt.datetime(2025, 2, 1), None], pa.timestamp("ns"))])
    assert months_of(dates).to_pylist() == ["2025-02", "undated"]


def test_rows_read_by_month_find_a_week_across_two_months_and_an_undated_article(tmp_path):
    folder = _ingested(tmp_path, {
        "jan.txt": " date 2025-01-31 China condemned Japan over the islands.\nSource: Wire A",
        "feb.txt": " date 2025-02-01 China threatened Japan again.\nSource: Wire A",
        "none.txt": "Russia and Ukraine exchanged prisoners.\nSource: Wire B"})
    for source in (MemorySource(build(run(folder))), StoreSource(tmp_path / "s.duckdb")):
        view = source.view(ViewState(period="W", pairs=("CHN-JPN",)))
        rows = source.point_rows(view, "CHN-JPN", pd.Timestamp("2025-01-27"), "W", 5)
        assert sorted(rows["date"].dt.strftime("%Y-%m-%d")) == ["2025-01-31", "2025-02-01"]
        undated = next(i for i in source.universe.articles if source.article(i)[0] is not None
                       and pd.isna(source.article(i)[0]["date"]))
        article, its_rows = source.article(undated)
        assert article is not None and set(its_rows["pair"]) == {"RUS-UKR"}


def _cues(*categories: str) -> str:
    return json.dumps([{"term": f"t{i}", "category": c, "weight": 0.5, "sentence_weight": 0.5, "link": "pair",
                        "start": 0, "end": 2, "modifiers": [], "source": "lexicon"} for i, c in enumerate(categories)])


def _constructed() -> MemorySource:
    """Rows made for the category rollup: an article whose rows of one pair carry different category
    sets (two of which a filter on threat and protest keeps), a row in both chosen categories, an
    article whose every row has the set {protest, threat}, and rows without a category."""
    rows = [  # article, day, source, sentence, pair, categories of its cues, conflict
        ("a1", "2025-01-06", "Wire A", 0, "CHN-JPN", ("threat",), 0.6),
        ("a1", "2025-01-06", "Wire A", 1, "CHN-JPN", ("protest", "threat"), 0.4),
        ("a1", "2025-01-06", "Wire A", 2, "CHN-JPN", ("agreement",), 0.0),
        ("a1", "2025-01-06", "Wire A", 3, "CHN-JPN", (), 0.0),
        ("a2", "2025-01-07", "Wire A", 0, "CHN-JPN", ("threat", "protest"), 0.9),
        ("a2", "2025-01-07", "Wire A", 1, "CHN-JPN", ("threat", "protest"), 0.3),
        ("a3", "2025-01-08", "Wire B", 0, "RUS-UKR", ("threat",), 0.7),
        ("a3", "2025-01-08", "Wire B", 1, "CHN-JPN", ("protest",), 0.2),
        ("a4", "2025-02-03", "Wire B", 0, "RUS-UKR", ("protest",), 0.5),
        ("a4", "2025-02-03", "Wire B", 1, "RUS-UKR", ("threat",), 0.1),
        ("a5", None, "Wire A", 0, "CHN-JPN", ("threat",), 0.8),
    ]
    pairs = pd.DataFrame([{
        "article_id": a, "date": pd.Timestamp(d) if d else pd.NaT, "source": src, "title": a, "sentence_id": s,
        "sentence": f"sentence {s} of {a}", "sentence_start": 0, "actor_a": p[:3], "actor_b": p[4:], "pair": p,
        "direction": "", "sentiment": 0.1 * s - 0.2, "tension": c - 0.1, "conflict": c, "cooperation": 0.1 * s,
        "cues": _cues(*cats)} for a, d, src, s, p, cats, c in rows])
    articles = pairs.drop_duplicates("article_id")[["article_id", "date", "source", "title"]].assign(
        url="", text="", origin="constructed")
    return MemorySource(Corpus(articles, pairs, "constructed"))


@pytest.mark.parametrize("state", [
    ViewState(categories=("threat", "protest")),
    ViewState(categories=("protest", "threat"), period="M", pairs=("CHN-JPN",)),
    ViewState(categories=("threat",), period="D", min_mentions=3),
    ViewState(categories=("threat", "agreement"), sources=("Wire A",)),
    ViewState(categories=("protest",), end=dt.date(2025, 1, 31)),
    ViewState(categories=("threat", "protest"), start=dt.date(2025, 1, 7), period="M"),
], ids=range(6))
def test_the_category_rollup_counts_a_row_in_two_chosen_categories_once(state):
    source = _constructed()
    mine, theirs = source.views._rollup_view(state), source.views._rows_view(state)
    _same_view(mine, theirs)


def test_the_category_rollup_gives_the_hand_counted_figures():
    view = _constructed().views._rollup_view(ViewState(categories=("threat", "protest"), period="M"))
    chn_jpn = view.summary.set_index("pair").loc["CHN-JPN"]
    # a1: two of its rows (one in both categories), a2: two, a3: one, a5 (undated): one
    assert chn_jpn["mentions"] == 6 and chn_jpn["articles"] == 4
    assert view.rows == 9 and view.figures["articles"] == 5
    january = view.agg.set_index(["pair", "period"]).loc[("CHN-JPN", pd.Timestamp("2025-01-01"))]
    assert january["mentions"] == 5 and january["articles"] == 3
    # the per-article conflict squared after the article's rows are summed: a1 (0.6 + 0.4), a2, a3
    assert january["conflict_total"] == pytest.approx(1.0 + 1.2 + 0.2)


@pytest.mark.parametrize("layout", [2, 3, 4, 5])
def test_a_snapshot_of_an_older_layout_still_opens(sources, tmp_path, layout):
    """A layout-5 snapshot (before the category rollup sorted by pair), a layout-4 one (before the
    articles' rows per actor too), a layout-3 one (before the category period rollups and the articles'
    titles in article_mentions too) and a layout-2 one (before the category rollup too) open as they are:
    what they lack is made at open (or its month files read), and every view and label is the same."""
    import shutil

    import duckdb

    from analysis.snapshot import ARTICLE_ROLLUPS, CATEGORY_PERIOD_ROLLUPS, MANIFEST, read_manifest, snapshot_dir

    memory, store = sources
    path = tmp_path / "old.duckdb"
    shutil.copy(store.path, path)
    folder = snapshot_dir(path)
    shutil.copytree(snapshot_dir(store.path), folder)
    manifest = read_manifest(folder)
    assert manifest is not None
    manifest["layout"] = layout
    for f in manifest.pop("sorted").values():
        (folder / f).unlink()
    lacking = [*(ARTICLE_ROLLUPS if layout <= 4 else []), *(CATEGORY_PERIOD_ROLLUPS.values() if layout <= 3 else []),
               *(["pair_day_categories"] if layout == 2 else [])]
    for table in lacking:
        for name in manifest["files"].pop(table).values():
            for f in name:
                (folder / f).unlink()
    for names in manifest["files"]["article_mentions"].values() if layout <= 3 else []:
        for f in names:
            duckdb.execute(f"COPY (SELECT * EXCLUDE (title) FROM read_parquet('{folder / f}', hive_partitioning = false)) "
                           f"TO '{folder / f}.old' (FORMAT parquet)")
            (folder / f"{f}.old").replace(folder / f)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    old = StoreSource(path)
    assert read_manifest(folder)["layout"] == layout  # opened as it is, not written again
    for state in [*CATEGORY_STATES, *STATES, ViewState(actors=("JPN",), period="M")]:
        mine, theirs = old.view(state), memory.view(state)
        _same_view(mine, theirs)
        assert old.labels(mine.article_ids) == memory.labels(theirs.article_ids)


def test_the_snapshots_week_rollup_splits_a_week_across_two_months_and_sums_to_the_same_view(tmp_path):
    """A week from January into February: the snapshot's week category rollup holds it in both months'
    files (each month is rewritten alone), and the view by week sums them to what the rows give."""
    from analysis.snapshot import read_manifest, snapshot_dir, snapshot_files

    folder = _ingested(tmp_path, {
        "jan.txt": " date 2025-01-31 China threatened Japan over the islands.\nSource: Wire A",
        "feb.txt": " date 2025-02-01 China threatened Japan again and Japan protested.\nSource: Wire B",
        "feb2.txt": " date 2025-02-12 Russia attacked Ukraine and threatened Kyiv.\nSource: Wire A"})
    manifest = read_manifest(snapshot_dir(tmp_path / "s.duckdb"))
    assert manifest is not None
    weeks = pd.read_parquet(snapshot_files(snapshot_dir(tmp_path / "s.duckdb"), manifest, "pair_week_categories"))
    week = weeks[(weeks["pair"] == "CHN-JPN") & (weeks["period"] == pd.Timestamp("2025-01-27"))]
    assert len(week) == 2 and week["mentions"].sum() == 2
    memory, store_source = MemorySource(build(run(folder))), StoreSource(tmp_path / "s.duckdb")
    for state in [ViewState(period="W", categories=("threat",)), ViewState(period="M", categories=("threat", "protest")),
                  ViewState(period="W", categories=("protest",), start=dt.date(2025, 1, 28))]:
        _same_view(store_source.view(state), memory.view(state))
        _same_view(store_source.view(state), store_source.views._rows_view(state))


@pytest.mark.parametrize("state", [
    ViewState(period="D", actors=("JPN",), min_mentions=2),
    ViewState(period="M", pairs=("CHN-JPN", "RUS-UKR"), categories=("threat",)),
    ViewState(start=dt.date(2025, 1, 7), end=dt.date(2025, 2, 20), sources=("Wire A",), min_mentions=2, period="W"),
], ids=range(3))
def test_a_view_pairs_articles_depend_on_its_span_sources_and_categories_alone(sources, state):
    """What the source text's leading article is kept by (dashboard.components.source_text): a pair the
    view shows has the same articles whatever its actor, pair, minimum and period filters."""
    import dataclasses

    for source in sources:
        view = source.view(state)
        plain = source.view(dataclasses.replace(state, actors=(), pairs=(), min_mentions=1, period="W"))
        assert not view.summary.empty
        for pair in view.summary["pair"]:
            assert source.articles_for(view, pair, None, state.period) == source.articles_for(plain, pair, None, "W")


@pytest.mark.parametrize("first, second", [
    (ViewState(pairs=("CHN-JPN", "RUS-UKR")), ViewState(pairs=("CHN-JPN", "RUS-UKR"), period="D", min_mentions=2)),
    (ViewState(actors=("JPN",), categories=("threat",)), ViewState(actors=("JPN",), categories=("threat",), period="M")),
    (ViewState(pairs=("CHN-JPN",)), ViewState(pairs=("CHN-JPN",), start=dt.date(2025, 2, 1))),
    (ViewState(pairs=("CHN-JPN",)), ViewState(pairs=("CHN-JPN",), categories=("threat",))),
], ids=range(4))
def test_a_views_articles_kept_from_another_view_are_the_ones_its_rows_give(corpus_dir, tmp_path, first, second):
    """The article count and list are kept per kept pairs, span, sources and categories
    (SqlViews._articles): a view asked after another gets the figures a fresh source's rows give it."""
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    for source in (MemorySource(build(run(corpus_dir))), StoreSource(path)):
        source.view(first)
        kept = source.views._rollup_view(second)
        fresh = source.views._rows_view(second)
        assert kept.figures["articles"] == fresh.figures["articles"]
        assert kept.article_ids == fresh.article_ids


def test_the_article_list_keeps_its_limit_with_the_leading_and_the_chosen_article_in_front():
    from types import SimpleNamespace

    from dashboard.components.source_text import _listed
    from dashboard.sources import ARTICLE_LIST_LIMIT

    view = SimpleNamespace(article_ids=[f"{i:016x}" for i in range(ARTICLE_LIST_LIMIT)])
    lead, chosen = "f" * 16, "e" * 16  # neither among the view's most mentioned
    listed = _listed(view, lead, chosen)
    assert len(listed) == ARTICLE_LIST_LIMIT and listed[:2] == [chosen, lead]
    assert listed[2:] == view.article_ids[:ARTICLE_LIST_LIMIT - 2]
    # Already listed, the lead moves to the front and nothing falls off.
    assert _listed(view, view.article_ids[7]) == [view.article_ids[7], *view.article_ids[:7], *view.article_ids[8:]]


def test_the_sources_filter_offers_single_outlets_and_an_article_counts_for_any_of_its_own(tmp_path):
    """WCEP's summaries cite several outlets in one source string ("BBC; AP via ABC News Australia"): 6,148
    strings as the filter's options, "Reuters" alone in 604 of them.  The filter offers outlets; an
    article counts, in its rows and in the articles per period (the index's denominator), when any of its
    outlets is chosen.  Both sources, one engine."""
    folder = _ingested(tmp_path, {
        "a.txt": " date 2025-01-06 China condemned Japan over the islands.\nSource: Wire A; Wire C",
        "b.txt": " date 2025-01-07 China threatened Japan with sanctions.\nSource: Wire B via Wire A",
        "c.txt": " date 2025-01-08 China and Japan held talks.\nSource: Wire C",
        "d.txt": " date 2025-01-09 The weather was fine in Paris.\nSource: Wire B",  # no pair: counted per period only
    })
    for source in (MemorySource(build(run(folder))), StoreSource(tmp_path / "s.duckdb")):
        assert source.universe.sources == {"Wire A", "Wire B", "Wire C"}
        for chosen, named, counted in [(("Wire A",), "ab", 2), (("Wire C",), "ac", 2), (("Wire B",), "b", 2),
                                       (("Wire B", "Wire C"), "abc", 4)]:
            view = source.view(ViewState(sources=chosen, period="M"))
            texts = {source.article(i)[0]["text"][:12] for i in view.article_ids}
            assert len(view.article_ids) == len(named), (chosen, texts)
            assert int(view.period_articles.sum()) == counted, chosen
            assert len(source.rows(view)) == view.rows > 0


def test_a_source_string_names_its_outlets_once_in_order():
    from dashboard.outlets import outlets

    assert outlets("BBC; AP via ABC News Australia; Fox News") == ("BBC", "AP", "ABC News Australia", "Fox News")
    assert outlets("Reuters;Reuters via  CNN ") == ("Reuters", "CNN")
    assert outlets("AFP, Reuters") == ("AFP, Reuters",)  # commas sit inside names and notes as often
    assert outlets("Wire A") == ("Wire A",) and outlets("") == ()


def test_the_sources_filter_offers_outlets_a_reader_would_pick_each_under_one_name(tmp_path):
    """WCEP's sources filter offered "2020", "2016–present", a 16-word note, "Reuters 2" beside "Reuters" and
    "9News", "9NEWS", "9 News" as three.  Years and notes are no outlets; spellings and second citations
    are one outlet, under its most used spelling, and choosing it keeps every article citing any of them."""
    folder = _ingested(tmp_path, {
        "a.txt": " date 2025-01-06 China condemned Japan over the islands.\nSource: France 24; 2016–present",
        "b.txt": " date 2025-01-07 China threatened Japan with sanctions.\nSource: FRANCE24; Reuters 2",
        "c.txt": " date 2025-01-08 China and Japan held talks.\nSource: France 24 via Reuters",
        "d.txt": " date 2025-01-09 China praised Japan.\nSource: ABC7; Previous record belonged to a-Ha with "
                 "198,000 paying guests, set in 1991 in Rio de Janeiro, Brazil",
    })
    for source in (MemorySource(build(run(folder))), StoreSource(tmp_path / "s.duckdb")):
        assert source.universe.sources == {"France 24", "Reuters", "ABC7"}
        # most cited first: alphabetically WCEP's list opened on "1 News", "20 minutos", "24 Digital"
        assert source.universe.source_ranking == ("France 24", "Reuters", "ABC7")
        assert len(source.view(ViewState(sources=("France 24",), period="M")).article_ids) == 3
        assert len(source.view(ViewState(sources=("Reuters",), period="M")).article_ids) == 2


def test_the_universe_ranks_the_pairs_most_mentioned_first(tmp_path):
    """The Pairs filter lists the corpus's most mentioned pairs (dashboard.components.filters): both sources
    rank them alike, ties by code."""
    folder = _ingested(tmp_path, {
        "a.txt": " date 2025-01-06 China condemned Japan over the islands.",
        "b.txt": " date 2025-01-07 China threatened Japan with sanctions.",
        "c.txt": " date 2025-01-08 Russia attacked Ukraine.",
        "d.txt": " date 2025-01-09 India and Pakistan held talks.",
    })
    for source in (MemorySource(build(run(folder))), StoreSource(tmp_path / "s.duckdb")):
        assert source.universe.pair_ranking == ("CHN-JPN", "IND-PAK", "RUS-UKR")
        assert set(source.universe.pair_ranking) == source.universe.pairs


def test_an_outlet_and_its_news_desk_its_initials_or_a_leading_the_are_one_outlet():
    """WCEP's sources filter offered "BBC News" (2,169 summaries) and "BBC" (1,565) as two outlets, and "The
    Washington Post" beside "Washington Post", "AP" beside "Associated Press": a reader choosing one missed
    the others' articles.  One outlet each, under the spelling most cited of all it joins."""
    from dashboard.outlets import named_as, outlet_names

    named = outlet_names(["BBC News", "BBC News; Associated Press", "BBC; AP", "AP News", "Washington Post",
                          "The Washington Post", "The Washington Post via AP", "Gulf News", "News", "Deutsche Welle",
                          "DW; Agence France-Presse", "AFP"])
    assert named["BBC; AP"] == ("BBC News", "AP") and named["AP News"] == ("AP",)
    assert named["BBC News; Associated Press"] == ("BBC News", "AP")
    assert named["Washington Post"] == named["The Washington Post"] == ("The Washington Post",)
    assert named["Deutsche Welle"] == ("DW",) and named["DW; Agence France-Presse"] == ("DW", "AFP")
    assert named["Gulf News"] == ("Gulf News",) and named["News"] == ("News",)  # no "Gulf" cited: its own name
    shown = {o for found in named.values() for o in found}
    assert shown == {"BBC News", "AP", "The Washington Post", "Gulf News", "News", "DW", "AFP"}
    # a link made before the join keeps its filter
    as_now = named_as(shown)
    assert [as_now(v) for v in ("BBC", "Washington Post", "Associated Press", "AP News", "Nowhere")] == [
        "BBC News", "The Washington Post", "AP", "AP", "Nowhere"]


@pytest.mark.parametrize(("source", "shown"), [
    ("Kyiv Independent; Kyiv Independent 2", "Kyiv Independent"),  # WCEP numbers a second citation
    ("Reuters; BBC News; BBC", "Reuters; BBC"),
    ("CNN; 2016–present", "CNN"),  # a span of years is no outlet
    ("2020", "2020"),  # nothing else to show: as given
    ("Wire A", "Wire A"),
])
def test_an_articles_caption_names_its_outlets_each_once(source, shown):
    assert label("2025-01-06", source, "Title") == f"2025-01-06 · {shown} · Title"


def test_outlets_cited_together_by_slash_comma_and_or_bar_are_each_offered_once():
    """WCEP's filter offered "Reuters", "Reuters²", "AP, Reuters", "AP/Reuters", "Reuters/AP", "Reuters|AP" and
    "AFP and Reuters" as outlets of their own (uiaudit28): choosing "Reuters" left their articles out."""
    from dashboard.outlets import outlet_names

    named = outlet_names(["Reuters", "AP", "AFP", "Reuters²", "AP, Reuters", "AP/Reuters via ABC Australia",
                          "Reuters|AP", "AFP and Reuters", "WBRC Birmingham, AL", "The Globe and Mail",
                          "Splash 24/7"])
    assert named["Reuters²"] == ("Reuters",)
    assert named["AP, Reuters"] == named["Reuters|AP"][::-1] == ("AP", "Reuters")
    assert named["AP/Reuters via ABC Australia"] == ("AP", "Reuters", "ABC Australia")
    assert named["AFP and Reuters"] == ("AFP", "Reuters")
    # a comma or "and" inside one name, and a slash between digits, stay
    assert named["WBRC Birmingham, AL"] == ("WBRC Birmingham, AL",)
    assert named["The Globe and Mail"] == ("The Globe and Mail",) and named["Splash 24/7"] == ("Splash 24/7",)


def test_an_outlet_whose_news_desk_is_another_outlet_stays_apart():
    """WCEP's "ABC" is often Australia's (13 of 59 citations), "ABC News" the American network's; "Fox" a station
    group beside "Fox News": the news-desk join folded each into the other."""
    from dashboard.outlets import named_as, outlet_names

    named = outlet_names(["ABC", "ABC News", "ABC News; Fox", "Fox News"])
    assert named["ABC"] == ("ABC",) and named["ABC News; Fox"] == ("ABC News", "Fox")
    assert named_as({"ABC", "ABC News", "Fox", "Fox News"})("ABC") == "ABC"


def test_outlet_names_leave_out_years_and_notes_and_join_spellings():
    from dashboard.outlets import is_outlet, outlet_names

    assert not [p for p in ("2020", "2016–present", "February 2018–present", "2001–2021",
                            'citing Aquino\'s charges of "graft"') if is_outlet(p)]
    assert all(is_outlet(p) for p in ("+972", "Pyeongchang 2018", "9News", "Official Gazette of the Republic of "
                                      "the Philippines", "arXiv at Cornell University", "Formula 1"))
    named = outlet_names(["9 News", "9 News; AP", "9NEWS", "9news via CNN2", "CNN", "AP 2; Channel 4 News",
                          "Fox8", "Channel 3"])
    assert named["9news via CNN2"] == ("9 News", "CNN") and named["9NEWS"] == ("9 News",)
    assert named["AP 2; Channel 4 News"] == ("AP", "Channel 4 News") and named["Fox8"] == ("Fox8",)
    assert named["Channel 3"] == ("Channel 3",)  # no "Channel" is cited: the number is the name's own


def _iran_usa() -> MemorySource:
    """IRN-USA as WCEP told it, made small: a prisoner swap in December 2019 naming the pair in six
    sentences with little conflict, then January 2020's strike and three
    follow-ups (three sentences of heavy conflict, then three of some), the chart's peak by month or week;
    and ISR-PSE, the most mentioned pair, in February."""
    rows = [("swap", "2019-12-07", s, "IRN-USA", 0.1) for s in range(6)]
    rows += [("strike", "2020-01-03", s, "IRN-USA", 0.9) for s in range(3)]
    rows += [(f"after{i}", f"2020-01-0{4 + i // 2}", 0, "IRN-USA", 0.3) for i in range(3)]  # the strike's week
    rows += [("gaza", "2020-02-10", s, "ISR-PSE", 0.5) for s in range(14)]
    pairs = pd.DataFrame([{
        "article_id": a, "date": pd.Timestamp(d), "source": "Wire", "title": a, "sentence_id": s,
        "sentence": f"sentence {s} of {a}", "sentence_start": 0, "actor_a": p[:3], "actor_b": p[4:], "pair": p,
        "direction": "", "sentiment": 0.0, "tension": c, "conflict": c, "cooperation": 0.0,
        "cues": _cues("fight")} for a, d, s, p, c in rows])
    articles = pairs.drop_duplicates("article_id")[["article_id", "date", "source", "title"]].assign(
        url="", text="", origin="constructed")
    return MemorySource(Corpus(articles, pairs, "constructed"))


def test_the_source_texts_caption_claims_no_peak_on_a_thin_period_nor_in_a_one_period_view():
    """By day over WCEP the caption called one sentence "the peak of its index", and on the seed's one date
    "in week of 2025-11-24, the peak" (uiaudit26): a highest point of fewer than MIN_SUPPORT mentions says how
    few, and a view of one period says it is the only one."""
    import datetime as dt

    from dashboard.answers import view_for
    from dashboard.components.source_text import _leading, _why
    from dashboard.explore import MIN_SUPPORT

    source = _iran_usa()
    january = dict(pairs=("IRN-USA",), start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 31))
    daily = ViewState(period="D", **january)
    pair, article, asked = _leading(source, view_for(source, daily))
    assert (pair, article, asked.mentions) == ("IRN-USA", "strike", 3) and MIN_SUPPORT > 3
    caption = _why(asked, "D")
    assert "on 2020-01-03" in caption and "peak" not in caption
    assert f"its highest index in this view, on 3 mentions: no period of the view names it {MIN_SUPPORT} times" in caption
    monthly = ViewState(period="M", **january)
    pair, article, asked = _leading(source, view_for(source, monthly))
    caption = _why(asked, "M")
    assert caption.endswith("in January 2020, the view's only period") and "peak" not in caption


def test_the_source_texts_caption_claims_no_conflict_where_the_pair_has_none():
    """A view of one cooperative article was said to open on "the article carrying most conflict" (uiaudit28)."""
    from dashboard.answers import view_for
    from dashboard.components.source_text import _leading, _why

    talks = pd.DataFrame([{
        "article_id": "talks", "date": pd.Timestamp("2026-03-02"), "source": "Wire", "title": "talks", "sentence_id": s,
        "sentence": f"sentence {s}", "sentence_start": 0, "actor_a": "CHN", "actor_b": "JPN", "pair": "CHN-JPN",
        "direction": "", "sentiment": 0.0, "tension": -0.5, "conflict": 0.0, "cooperation": 0.5,
        "cues": _cues("agreement")} for s in range(2)])
    articles = talks.drop_duplicates("article_id")[["article_id", "date", "source", "title"]].assign(
        url="", text="", origin="constructed")
    source = MemorySource(Corpus(articles, talks, "constructed"))
    pair, article, asked = _leading(source, view_for(source, ViewState(pairs=("CHN-JPN",))))
    assert (pair, article) == ("CHN-JPN", "talks")
    caption = _why(asked, "W")
    assert "conflict for CHN-JPN" not in caption and "carrying most conflict" not in caption
    assert caption.endswith("the view's only period, a period with no conflict for it")


@pytest.mark.parametrize("state", [ViewState(pairs=("IRN-USA",), period="M"), ViewState(pairs=("IRN-USA",)),
                                   ViewState(overlay=("IRN-USA",), period="M")], ids=["month", "week", "overlay"])
def test_the_source_text_opens_on_the_article_carrying_most_conflict_at_the_views_peak(state):
    """The panel opened on the article naming the pair most often over the span (WCEP: the 2019-12-07
    prisoner swap for IRN-USA by month or week), not on the strike that makes the chart's January peak;
    and with a pair overlaid, on the most mentioned pair of all (ISR-PSE), which the chart did not draw."""
    from dashboard.answers import view_for
    from dashboard.components.source_text import _leading, _why

    source = _iran_usa()
    view = view_for(source, state)
    pair, article, asked = _leading(source, view)
    assert (pair, article) == ("IRN-USA", "strike")
    assert asked.when <= pd.Timestamp("2020-01-03") < asked.when + pd.Timedelta(days=7)  # the strike's period
    assert "the peak of its index" in _why(asked, state.period)
