"""Every question a dashboard view asks, written once, in SQL, whatever holds the rows.

The questions run in DuckDB against three relations:

* ``pairs``: one row per pair per sentence, the columns the filters and sums read (article_id,
  sentence_id, actor_a, actor_b, pair, date, source, sentiment, tension, conflict, cooperation)
  and ``categories`` (VARCHAR[]: the categories of the cues that counted for the row's pair,
  computed once when the relation is made, so no query parses cues JSON), and ``month`` (the
  snapshot's month folder: a month constant opens that month's files alone);
* ``articles``: article_id, date, source, title, url, text, origin (all articles: the tension
  index's denominator counts the articles without pairs too);
* ``pair_rows``: the pair table's full rows (analysis.schema.PAIR_COLUMNS), for an article's
  sentences and for downloads.
* the rollups of analysis.snapshot (``pair_days``, ``source_days``, ``article_mentions``,
  ``pair_day_categories``): sums per pair, day and source, articles per day and source, pair rows
  per article, and sums per pair, day, source and category set.  A view's sums are answered from
  them alone, so a filter change reads thousands of sums instead of millions of rows; rows are read
  for the article count and list when pairs or categories are chosen (an article names several
  pairs), the articles behind a point, one article and downloads.

A folder corpus registers its frames as these relations (DuckDB reads Arrow in place); the store
gives views over its Parquet snapshot.  A session's uploads are registered on that session's own
cursor as ``upload_*`` relations and joined by UNION ALL there, so they never reach another session.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.aggregate import from_sums
from analysis.schema import AGGREGATE_COLUMNS, PAIR_COLUMNS, conform, empty
from analysis.snapshot import (
    ARTICLE_ROLLUPS,
    ROLLUPS,
    SUM_COLUMNS,
    UNDATED,
    article_actors_sql,
    article_mentions_sql,
    category_period_sql,
    pair_day_categories_sql,
    pair_days_sql,
    source_days_sql,
    summed_columns,
)
from analysis.tension import default_lexicon
from analysis.word_model import MODEL_CATEGORY
from dashboard.changes import partial_period
from dashboard.explore import key_figures
from dashboard.outlets import outlet_table, shown_source
from dashboard.state import Universe, ViewState

ARTICLE_LIST_LIMIT = 500
POINT_ARTICLE_LIMIT = 50
PAIR_VIEW_COLUMNS = ("article_id", "sentence_id", "actor_a", "actor_b", "pair", "date", "source", "sentiment",
                     "tension", "conflict", "cooperation", "categories")
ARTICLE_VIEW_COLUMNS = ("article_id", "date", "source", "title", "url", "text", "origin")
_PERIOD_UNIT = {"D": "day", "W": "week", "M": "month"}
_PERIOD_LENGTH = {"D": pd.DateOffset(days=1), "W": pd.DateOffset(weeks=1), "M": pd.DateOffset(months=1)}

def categories() -> list[str]:
    """Cue categories a user can filter on: the lexicon's, and the learned words."""
    return [*default_lexicon().categories, MODEL_CATEGORY]


@dataclass
class View:
    agg: pd.DataFrame
    summary: pd.DataFrame
    figures: dict
    article_ids: list[str]
    rows: int
    state: ViewState = field(default_factory=ViewState)
    #: The leading pair (the summary's first) and its articles with most rows of it, most first (at most
    #: POINT_ARTICLE_LIMIT): ``articles_for(view, pair, None, period)``'s answer, when the article count
    #: grouped the rows anyway (None: not known, ask articles_for).
    leading: tuple[str, list[str]] | None = None
    #: Every article of each period of the view's span and sources, by period start (the index's
    #: denominators): the periods with articles, those that name none of the view's pairs too, which
    #: ``agg`` (one row per pair and period) cannot tell from periods without any article.
    period_articles: pd.Series = field(default_factory=lambda: pd.Series(dtype="int64"))


#: Per period unit, the rollup of pair_days summed over sources and the days of each period, made in
#: memory when a source opens (the snapshot's files are unchanged): a view with no source filter sums
#: these instead of pair_days (by month, ten thousand rows instead of six hundred thousand at 10 M pair
#: rows).  Counts and sums are additive across sources and days (an article has one of each).
PERIOD_ROLLUPS = {"D": "pair_dates", "W": "pair_weeks", "M": "pair_months"}


def period_rollup_sql(pair_days: str, period: str) -> str:
    """The rollup ``PERIOD_ROLLUPS[period]`` from the relation ``pair_days``: per pair and period start
    (NULL for undated rows), every sum of pair_days."""
    sums = summed_columns()
    return f"""SELECT pair, date_trunc('{_PERIOD_UNIT[period]}', day)::TIMESTAMP AS period,
                      any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b, {sums}
               FROM {pair_days} GROUP BY ALL"""


#: Per period unit, pair_day_categories summed over sources and the days of each period, as
#: ``PERIOD_ROLLUPS`` are pair_days' (the article id of a split (pair, article) group kept).  The week
#: and month ones are the snapshot's (analysis.snapshot.CATEGORY_PERIOD_ROLLUPS), made at open for a
#: snapshot written before them.
CATEGORY_PERIOD_ROLLUPS = {"D": "pair_date_categories", "W": "pair_week_categories", "M": "pair_month_categories"}


#: The day category rollup and its day view once more in pair order: a view of chosen pairs sums these.
#: Held in memory, a rollup read month by month has every pair in each of its blocks, and a filter on a
#: few pairs reads it whole; in pair order it skips the blocks of the other pairs (the store reads the
#: snapshot's copy sorted by pair, analysis.snapshot.SORTED, from its file).  A view of every pair sums the
#: month-ordered ones, whose blocks a date span skips, which pair order would not.  A source without the
#: sorted copy (a folder, an older snapshot) gives the same relation under both names.
BY_PAIR = {"pair_day_categories": "pair_day_categories_by_pair", "pair_date_categories": "pair_date_categories_by_pair"}


def category_period_rollup_sql(pair_day_categories: str, period: str) -> str:
    """The rollup ``CATEGORY_PERIOD_ROLLUPS[period]`` from the relation ``pair_day_categories``.  By day,
    its rows as they are, with their day as the period: summed over sources they are barely fewer (a
    day's rows of a pair and category set come from few sources), so they are not copied."""
    if period == "D":
        return f"SELECT *, day AS period FROM {pair_day_categories}"
    return category_period_sql(pair_day_categories, period)


def add_period_rollups(con: duckdb.DuckDBPyConnection, prefix: str = "") -> None:
    """``PERIOD_ROLLUPS`` and ``CATEGORY_PERIOD_ROLLUPS`` on ``con`` (the categories' day one a view), from
    its ``{prefix}pair_days`` and ``{prefix}pair_day_categories``; a category rollup already on ``con``
    (read from the snapshot) is kept."""
    for period, name in PERIOD_ROLLUPS.items():
        con.execute(f"CREATE OR REPLACE TABLE {prefix}{name} AS {period_rollup_sql(prefix + 'pair_days', period)}")
    for period, name in CATEGORY_PERIOD_ROLLUPS.items():
        kind = "VIEW" if period == "D" else "TABLE"
        con.execute(f"CREATE {kind} IF NOT EXISTS {prefix}{name} AS "
                    f"{category_period_rollup_sql(prefix + 'pair_day_categories', period)}")
    con.execute(f"CREATE VIEW IF NOT EXISTS {prefix}{BY_PAIR['pair_date_categories']} AS "
                f"{category_period_rollup_sql(prefix + BY_PAIR['pair_day_categories'], 'D')}")


def counted_categories(cues: Iterable[str]) -> pa.Array:
    """Per row, the categories of the cues that counted for its pair (weight != 0), as list<string>
    (analysis.snapshot.COUNTED_CATEGORIES_SQL is the same rule in SQL).

    Parsed once per distinct cues text (many rows share one), when a frame becomes a relation."""
    cache: dict[str, list[str]] = {}
    out: list[list[str]] = []
    for text in cues:
        found = cache.get(text)
        if found is None:
            found = sorted({c["category"] for c in json.loads(text) if c["weight"]}) if text else []
            if len(cache) < 100_000:
                cache[text] = found
        out.append(found)
    return pa.array(out, type=pa.list_(pa.string()))


def months_of(dates: pa.ChunkedArray) -> pa.ChunkedArray:
    """Each date's month as the snapshot's folders name it ('YYYY-MM', or analysis.snapshot.UNDATED)."""
    return pc.fill_null(pc.strftime(dates.cast(pa.timestamp("us")), format="%Y-%m"), UNDATED)


def month_names(low: pd.Timestamp, high: pd.Timestamp) -> list[str]:
    """The months of the dates from ``low`` up to (not including) ``high``."""
    first, last = pd.Timestamp(low).to_period("M"), (pd.Timestamp(high) - pd.Timedelta(microseconds=1)).to_period("M")
    return [str(m) for m in pd.period_range(first, max(first, last), freq="M")]


def frame_relations(pairs: pd.DataFrame, articles: pd.DataFrame) -> dict[str, pa.Table]:
    """A pair table and its article table as the Arrow tables ``pair_rows`` and ``articles``."""
    rows = pa.Table.from_pandas(conform(pairs, PAIR_COLUMNS), preserve_index=False)
    rows = rows.append_column("categories", counted_categories(pairs["cues"].astype(str).tolist()))
    rows = rows.append_column("month", months_of(rows["date"]))
    art = articles.reindex(columns=list(ARTICLE_VIEW_COLUMNS))
    art = art.assign(**{c: art[c].astype("string").fillna("") for c in ARTICLE_VIEW_COLUMNS if c != "date"},
                     date=pd.to_datetime(art["date"]))
    art_table = pa.Table.from_pandas(art, preserve_index=False)
    art_table = art_table.append_column("month", months_of(art_table["date"]))
    relations = {"pair_rows": rows, "articles": art_table}
    con = duckdb.connect()
    try:
        con.register("pair_rows", relations["pair_rows"])
        con.register("articles", relations["articles"])
        relations["pair_days"] = con.sql(pair_days_sql("pair_rows")).to_arrow_table()
        relations["source_days"] = con.sql(source_days_sql("articles")).to_arrow_table()
        relations["article_mentions"] = con.sql(article_mentions_sql("pair_rows")).to_arrow_table()
        relations["pair_day_categories"] = con.sql(pair_day_categories_sql("pair_rows")).to_arrow_table()
        relations["article_actors"] = con.sql(article_actors_sql("pair_rows")).to_arrow_table()
        con.register("pair_days", relations["pair_days"])
        for period, name in PERIOD_ROLLUPS.items():
            relations[name] = con.sql(period_rollup_sql("pair_days", period)).to_arrow_table()
        con.register("pair_day_categories", relations["pair_day_categories"])
        for period, name in CATEGORY_PERIOD_ROLLUPS.items():
            relations[name] = con.sql(category_period_rollup_sql("pair_day_categories", period)).to_arrow_table()
        for name, by_pair in BY_PAIR.items():  # in memory already: a scan of an Arrow table skips no blocks
            relations[by_pair] = relations[name]
    finally:
        con.close()
    return relations


def register_frames(con: duckdb.DuckDBPyConnection, relations: dict[str, pa.Table], prefix: str = "") -> None:
    """``frame_relations``' tables on ``con`` as ``{prefix}pair_rows``, ``{prefix}pairs``, ``{prefix}articles``."""
    con.register(f"{prefix}pair_rows", relations["pair_rows"])
    con.register(f"{prefix}articles", relations["articles"])
    for name in dict.fromkeys((*ROLLUPS, *ARTICLE_ROLLUPS, *PERIOD_ROLLUPS.values(),
                               *CATEGORY_PERIOD_ROLLUPS.values(), *BY_PAIR.values())):
        con.register(f"{prefix}{name}", relations[name])
    con.execute(f"CREATE OR REPLACE TEMP VIEW {prefix}pairs AS SELECT {', '.join(PAIR_VIEW_COLUMNS)}, month "
                f"FROM {prefix}pair_rows")


#: The relation of each source string's outlets, registered on every cursor (``SqlViews.cursor``).
SOURCE_OUTLETS = "source_outlets"


def _span_and_sources(state: ViewState, day: bool = False) -> tuple[list[str], list]:
    """The date-span and news-source clauses, which rows and articles share (``day``: on the rollups'
    ``day``, the date's midnight, which selects the same rows)."""
    clauses: list[str] = []
    params: list = []
    date = "day" if day else "date"
    if state.start:
        clauses.append(f"{date} >= ?")
        params.append(dt.datetime.combine(state.start, dt.time()))
    if state.end:
        clauses.append(f"{date} < ?")
        params.append(dt.datetime.combine(state.end, dt.time()) + dt.timedelta(days=1))
    if state.sources:  # outlets (dashboard.outlets): a source string naming any of them
        clauses.append(f"source IN (SELECT source FROM {SOURCE_OUTLETS} WHERE list_contains(?, outlet))")
        params.append(list(state.sources))
    return clauses, params


def _in(column: str, values: list) -> str:
    """``column IN (?, ...)``: a list of constants the Parquet scan can check against row-group statistics."""
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "FALSE"


def _actors_and_pairs(state: ViewState) -> tuple[list[str], list]:
    """The actor and pair clauses, which the rows and the rollups share."""
    clauses: list[str] = []
    params: list = []
    if state.actors:
        clauses.append("(list_contains(?, actor_a) OR list_contains(?, actor_b))")
        params += [list(state.actors), list(state.actors)]
    if state.pairs:
        clauses.append(_in("pair", list(state.pairs)))
        params += list(state.pairs)
    return clauses, params


def filtered_sql(state: ViewState, kept_pairs: list[str] | None = None) -> tuple[str, list]:
    """The rows that pass every filter (a query over v_pairs); pairs below the minimum mentions dropped last.

    ``kept_pairs``: the pairs the minimum mentions keeps, when already known (from the rollups), which
    spares a count over the rows."""
    clauses, params = _span_and_sources(state)
    chosen, chosen_params = _actors_and_pairs(state)
    clauses += chosen
    params += chosen_params
    if kept_pairs is not None and state.min_mentions > 1:
        clauses.append(_in("pair", kept_pairs))
        params += kept_pairs
    if state.categories:
        any_category, category_params = _any_category(state.categories)
        clauses.append(any_category)
        params += category_params
    where = " AND ".join(clauses) or "TRUE"
    filtered = f"SELECT * FROM v_pairs WHERE {where}"
    if state.min_mentions > 1 and kept_pairs is None:
        filtered = (f"WITH f AS ({filtered}) SELECT * FROM f WHERE pair IN "
                    f"(SELECT pair FROM f GROUP BY pair HAVING count(*) >= ?)")
        params.append(state.min_mentions)
    return filtered, params


def _chosen_sums(state: ViewState) -> tuple[str, list]:
    """A query (and its parameters) of the rollup rows that pass ``state``'s filters but the minimum
    mentions, each with its period (pair, period, actor_a, actor_b and the sums; a pair and period may
    come in several rows, to be summed)."""
    if state.categories:
        return _category_sums(state)
    columns = f"pair, actor_a, actor_b, {', '.join(SUM_COLUMNS)}"
    return _period_rows(state, "v_pair_days", f"v_{PERIOD_ROLLUPS[state.period]}", columns)


def _period_rows(state: ViewState, days_rollup: str, period_rollup: str, columns: str,
                 extra: str = "TRUE", extra_params: tuple = ()) -> tuple[str, list]:
    """The rows (period, ``columns``) of a day rollup and its period rollup that pass ``state``'s
    filters but the minimum mentions and the categories, and ``extra`` (a clause both rollups answer).

    With a source filter, the day rollup (the period rollups drop the source), its days truncated to
    the period.  Without one, whole periods inside the span from the period rollup, and the days of
    a period the span cuts from the day rollup, so the sums are the same."""
    unit = _PERIOD_UNIT[state.period]
    chosen, chosen_params = _actors_and_pairs(state)
    chosen, chosen_params = [*chosen, extra], [*chosen_params, *extra_params]
    days, day_params = _span_and_sources(state, day=True)

    def from_days(cut: list[str]) -> str:
        where = " AND ".join([*days, *chosen, *cut])
        return f"SELECT date_trunc('{unit}', day)::TIMESTAMP AS period, {columns} FROM {days_rollup} WHERE {where}"
    if state.sources:
        return from_days([]), [*day_params, *chosen_params]
    whole: list[str] = []  # the periods the span holds whole
    whole_params: list = []
    if state.start:
        whole.append("period >= ?")
        whole_params.append(dt.datetime.combine(state.start, dt.time()))
    if state.end:
        whole.append(f"period + INTERVAL 1 {unit} <= ?")
        whole_params.append(dt.datetime.combine(state.end, dt.time()) + dt.timedelta(days=1))
    periods = f"SELECT period, {columns} FROM {period_rollup} WHERE {' AND '.join([*whole, *chosen])}"
    if not whole or state.period == "D":
        return periods, [*whole_params, *chosen_params]
    cut = " AND ".join(w.replace("period", f"date_trunc('{unit}', day)") for w in whole)
    return (f"{periods} UNION ALL {from_days([f'NOT ({cut})'])}",
            [*whole_params, *chosen_params, *day_params, *chosen_params, *whole_params])


#: Article counts and lists kept per SqlViews (``SqlViews._articles``): each is a count and at most
#: ARTICLE_LIST_LIMIT ids, so a few dozen weigh little.
ARTICLES_KEPT = 64


def _articles_key(state: ViewState, summary: pd.DataFrame) -> Hashable:
    """What a view's article count and list depend on: the pairs it keeps (its summary's, whatever actor,
    pair or minimum filter chose them), its span, sources and categories; not its period."""
    return (tuple(sorted(summary["pair"].tolist())), state.start, state.end, tuple(sorted(state.sources)),
            tuple(sorted(state.categories)))


def _any_category(categories: Iterable[str]) -> tuple[str, list]:
    """The clause "the row's categories hold any of ``categories``" (list_contains per category: several
    times faster than list_has_any over millions of lists)."""
    chosen = list(categories)
    return "(" + " OR ".join(["list_contains(categories, ?)"] * len(chosen)) + ")" if chosen else "FALSE", chosen


def _category_sums(state: ViewState) -> tuple[str, list]:
    """``_chosen_sums`` with cue categories chosen, from ``pair_day_categories`` (analysis.snapshot) and its
    period rollups (``CATEGORY_PERIOD_ROLLUPS``): their rows whose category set has any chosen
    category, each row of the pairs counted once.  The (pair, article) groups whose rows have several
    sets come per set with their article id: the sets the filter keeps are summed per article here,
    so an article counts once and its conflict is squared after the sum, as the rows give them."""
    sums = ", ".join(SUM_COLUMNS)
    any_category, category_params = _any_category(state.categories)
    days, periods = "pair_day_categories", CATEGORY_PERIOD_ROLLUPS[state.period]
    if state.pairs:  # a filter on pairs: the copies in pair order (BY_PAIR), whose other pairs' blocks it skips
        days, periods = BY_PAIR[days], BY_PAIR.get(periods, periods)
    kept, params = _period_rows(state, f"v_{days}", f"v_{periods}", f"pair, article_id, actor_a, actor_b, {sums}",
                                any_category, tuple(category_params))
    per_article = ", ".join(
        "1::BIGINT AS articles" if c == "articles" else
        "sum(conflict_total) * sum(conflict_total) AS conflict_article_sq" if c == "conflict_article_sq" else
        f"sum({c}) AS {c}" for c in SUM_COLUMNS)
    return (f"""WITH kept AS ({kept})
        SELECT period, pair, actor_a, actor_b, {sums} FROM kept WHERE article_id IS NULL
        UNION ALL
        SELECT any_value(period) AS period, pair, any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b,
               {per_article}
        FROM kept WHERE article_id IS NOT NULL GROUP BY pair, article_id""", params)


#: The relations every question reads as ``v_{name}`` (with a session's uploads joined, when it has any).
_PLAIN_RELATIONS = tuple(dict.fromkeys(("pairs", "articles", "pair_rows", *ROLLUPS, *ARTICLE_ROLLUPS,
                                        *PERIOD_ROLLUPS.values(),
                                        *CATEGORY_PERIOD_ROLLUPS.values(), *BY_PAIR.values())))


class SqlViews:
    """The view questions over ``pairs``, ``articles`` and ``pair_rows``.

    They are views in ``con``'s catalogue (the store), or ``frames``: ``frame_relations``' Arrow
    tables, registered on each cursor (a registration belongs to one connection; it copies nothing).
    ``uploads``: a session's own relations, joined to every query of this object and to no other."""

    def __init__(self, con: duckdb.DuckDBPyConnection, frames: dict[str, pa.Table] | None = None,
                 uploads: dict[str, pa.Table] | None = None):
        self.con = con
        self.frames = frames
        self.uploads = uploads
        self._articles_kept: OrderedDict[Hashable, tuple[int, list[str], tuple[str, list[str]] | None]] = OrderedDict()
        self._articles_lock = threading.Lock()
        self.last_day: dt.date | None = None  # the data's last day, known once universe() has run
        self._outlets: pa.Table | None = None  # outlet_table of every article's source, made at the first cursor
        if frames is None and uploads is None:
            # The store's v_* relations are its own views, made once in the catalogue every cursor shares:
            # made per cursor, binding them (reading the Parquet files' schemas) cost tens of milliseconds
            # on every question, several times per rerun.  A cursor with uploads shadows them with
            # temporary views of its own (temp comes first in DuckDB's search path).
            for name in _PLAIN_RELATIONS:
                con.execute(f"CREATE OR REPLACE VIEW v_{name} AS SELECT * FROM {name}")

    def with_uploads(self, uploads: dict[str, pa.Table] | None) -> SqlViews:
        return SqlViews(self.con, self.frames, uploads)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own (the connection is shared by every session's thread) with v_* relations
        and the sources' outlets (SOURCE_OUTLETS)."""
        cur = self._cursor()
        if self._outlets is None:  # two threads may both make it: the same table
            self._outlets = outlet_table(r[0] for r in cur.execute("SELECT DISTINCT source FROM v_source_days "
                                                                   "WHERE source <> ''").fetchall())
        cur.register(SOURCE_OUTLETS, self._outlets)
        return cur

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self.con.cursor()
        if self.frames is not None:
            register_frames(cur, self.frames)
        if self.uploads is None:
            if self.frames is not None:  # the registrations are this cursor's: so are the views over them
                for name in _PLAIN_RELATIONS:
                    cur.execute(f"CREATE TEMP VIEW v_{name} AS SELECT * FROM {name}")
            return cur
        register_frames(cur, self.uploads, prefix="upload_")
        cur.execute("CREATE TEMP VIEW v_pairs AS SELECT * FROM pairs UNION ALL BY NAME SELECT * FROM upload_pairs")
        cur.execute("CREATE TEMP VIEW v_pair_rows AS SELECT * FROM pair_rows UNION ALL BY NAME "
                    "SELECT * FROM upload_pair_rows")
        cur.execute(f"""CREATE TEMP VIEW v_articles AS SELECT {', '.join(ARTICLE_VIEW_COLUMNS)}, month FROM articles
            UNION ALL SELECT {', '.join(ARTICLE_VIEW_COLUMNS)}, month FROM upload_articles
            WHERE article_id NOT IN (SELECT article_id FROM articles)""")
        for name in ("pair_days", "article_mentions", "pair_day_categories", *ARTICLE_ROLLUPS, *PERIOD_ROLLUPS.values(),
                     *CATEGORY_PERIOD_ROLLUPS.values(), *BY_PAIR.values()):
            cur.execute(f"CREATE TEMP VIEW v_{name} AS SELECT * FROM {name} UNION ALL BY NAME SELECT * FROM upload_{name}")
        cur.execute(f"""CREATE TEMP VIEW v_source_days AS SELECT * FROM source_days UNION ALL BY NAME
            {source_days_sql("(SELECT * FROM upload_articles WHERE article_id NOT IN (SELECT article_id FROM articles))")}""")
        return cur

    def _partial(self, agg: pd.DataFrame, state: ViewState, per_period: pd.Series) -> pd.Timestamp | None:
        """The view's last period when the data stop inside it: its end, or the data's last day."""
        ends = [d for d in (state.end, self.last_day) if d is not None]
        return partial_period(agg, state.period, min(ends) if ends else None, per_period.index)

    def universe(self) -> Universe:
        cur = self.cursor()
        try:
            actors = {r[0] for r in cur.execute("SELECT DISTINCT actor_a FROM v_pair_days UNION "
                                                "SELECT DISTINCT actor_b FROM v_pair_days").fetchall()}
            ranking = [r[0] for r in cur.execute("SELECT pair FROM v_pair_days GROUP BY pair "
                                                 "ORDER BY sum(mentions) DESC, pair").fetchall()]
            # the outlets the filter's join knows (outlet_names over every article's source), of the sources
            # of pair rows: one naming of each outlet for both
            sources = [r[0] for r in cur.execute(f"""SELECT o.outlet FROM {SOURCE_OUTLETS} o JOIN
                (SELECT source, sum(mentions) AS mentions FROM v_pair_days WHERE source <> '' GROUP BY source) p
                USING (source) GROUP BY o.outlet ORDER BY sum(p.mentions) DESC, lower(o.outlet), o.outlet""").fetchall()]
            ids = {r[0] for r in cur.execute("SELECT article_id FROM v_article_mentions").fetchall()}
            first, last = cur.execute("SELECT min(date), max(date) FROM v_article_mentions").fetchall()[0]
            # every article's day (the index's denominator's), not only those naming a pair
            days = tuple(d for (d,) in cur.execute("SELECT DISTINCT day::DATE FROM v_source_days WHERE day IS NOT NULL "
                                                   "ORDER BY 1").fetchall())
        finally:
            cur.close()
        self.last_day = _day(last)
        return Universe(frozenset(actors), frozenset(ranking), frozenset(sources), frozenset(categories()),
                        frozenset(ids), _day(first), self.last_day, tuple(sources), days, tuple(ranking))

    def view(self, state: ViewState) -> View:
        """The figures of the rows passing ``state``, from the rollups (``_rows_view`` gives the same from
        the rows; the tests hold them equal)."""
        return self._rollup_view(state)

    def _rows_view(self, state: ViewState) -> View:
        """``view`` from the rows (a cue category is a property of single rows, not of the rollups' sums)."""
        # The minimum mentions is applied to the per-article sums below, not in the rows' query, which
        # then counted them in a second scan of every matching row.
        filtered, params = filtered_sql(replace(state, min_mentions=1))
        unit = _PERIOD_UNIT[state.period]
        cur = self.cursor()
        try:
            # One pass over the rows: per pair, period and article, the sums every answer below is made of.
            cur.execute(f"""
                CREATE TEMP TABLE per_article AS
                SELECT pair, date_trunc('{unit}', date)::TIMESTAMP AS period, article_id,
                       any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b, count(*) AS mentions,
                       sum(sentiment) AS sentiment_sum, sum(sentiment * sentiment) AS sentiment_sq,
                       sum(tension) AS tension_sum, sum(tension * tension) AS tension_sq,
                       sum(conflict) AS conflict_total, sum(cooperation) AS cooperation_total
                FROM ({filtered}) GROUP BY ALL""", params)
            if state.min_mentions > 1:
                cur.execute("DELETE FROM per_article WHERE pair IN (SELECT pair FROM per_article GROUP BY pair "
                            "HAVING sum(mentions) < ?)", [state.min_mentions])
            # The sums analysis.aggregate.period_sums makes (undated rows left out); from_sums makes the figures.
            sums = cur.execute("""
                SELECT pair, period, sum(mentions) AS mentions, count(*) AS articles,
                       sum(sentiment_sum) AS sentiment_sum, sum(sentiment_sq) AS sentiment_sq,
                       sum(tension_sum) AS tension_sum, sum(tension_sq) AS tension_sq,
                       sum(conflict_total) AS conflict_total, sum(cooperation_total) AS cooperation_total,
                       sum(conflict_total * conflict_total) AS conflict_article_sq
                FROM per_article WHERE period IS NOT NULL GROUP BY ALL ORDER BY pair, period""").df()
            per_period = self._per_period(cur, state, "v_source_days", "day", "sum(articles)")
            summary = cur.execute("""
                SELECT pair, any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b,
                       sum(mentions)::BIGINT AS mentions, count(DISTINCT article_id) AS articles,
                       sum(sentiment_sum) / sum(mentions) AS sentiment_mean,
                       sum(tension_sum) / sum(mentions) AS tension_mean
                FROM per_article GROUP BY pair ORDER BY mentions DESC, pair""").df()
            mentions, articles = cur.execute(
                "SELECT coalesce(sum(mentions), 0), count(DISTINCT article_id) FROM per_article").fetchall()[0]
            ids = [r[0] for r in cur.execute(f"""
                SELECT article_id FROM per_article GROUP BY article_id ORDER BY sum(mentions) DESC, article_id
                LIMIT {ARTICLE_LIST_LIMIT}""").fetchall()]
        finally:
            cur.close()
        agg = from_sums(sums, per_period) if not sums.empty else empty(AGGREGATE_COLUMNS)
        per_period = per_period.sort_index()
        figures = key_figures(agg, summary, int(mentions), int(articles), period=state.period,
                              partial=self._partial(agg, state, per_period), period_articles=per_period)
        return View(agg, summary, figures, ids, int(mentions), state, period_articles=per_period)

    def _rollup_view(self, state: ViewState) -> View:
        """``view`` without the category filter, from the rollups: the same sums, summed per period
        (``_chosen_sums``) instead of per row.  Only the article count and list read rows, and only
        when pairs are chosen (an article names several pairs, so its count is not a sum over pairs)."""
        chosen, params = _chosen_sums(state)
        totals = ", ".join(f"sum({c}) AS {c}" for c in SUM_COLUMNS)
        cur = self.cursor()
        try:
            # Per pair and period (NULL: undated), the pairs below the minimum dropped: the timeline's
            # sums, and the summary's (which counts the undated rows too).
            cur.execute(f"CREATE TEMP TABLE period_sums AS SELECT pair, period, any_value(actor_a) AS actor_a, "
                        f"any_value(actor_b) AS actor_b, {totals} FROM ({chosen}) GROUP BY pair, period", params)
            if state.min_mentions > 1:
                cur.execute("DELETE FROM period_sums WHERE pair IN (SELECT pair FROM period_sums GROUP BY pair "
                            "HAVING sum(mentions) < ?)", [state.min_mentions])
            sums = cur.execute(f"""SELECT pair, period, {', '.join(SUM_COLUMNS)} FROM period_sums
                WHERE period IS NOT NULL ORDER BY pair, period""").df()
            per_period = self._per_period(cur, state, "v_source_days", "day", "sum(articles)")
            summary = cur.execute("""
                SELECT pair, any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b,
                       sum(mentions)::BIGINT AS mentions, sum(articles)::BIGINT AS articles,
                       sum(sentiment_sum) / sum(mentions) AS sentiment_mean,
                       sum(tension_sum) / sum(mentions) AS tension_mean
                FROM period_sums GROUP BY pair ORDER BY mentions DESC, pair""").df()
            mentions = int(summary["mentions"].sum())
            articles, ids, leading = self._articles(cur, state, summary)
        finally:
            cur.close()
        agg = from_sums(sums, per_period) if not sums.empty else empty(AGGREGATE_COLUMNS)
        per_period = per_period.sort_index()
        figures = key_figures(agg, summary, mentions, int(articles), period=state.period,
                              partial=self._partial(agg, state, per_period), period_articles=per_period)
        return View(agg, summary, figures, ids, mentions, state, leading, per_period)

    def _articles(self, cur: duckdb.DuckDBPyConnection, state: ViewState,
                  summary: pd.DataFrame) -> tuple[int, list[str], tuple[str, list[str]] | None]:
        """The view's article count and list (most rows first), kept per ``_articles_key``: another period,
        or a minimum that keeps the same pairs, asks the same question, which reads rows when pairs or
        categories are chosen.  When it groups the rows per article, it counts the leading pair's rows
        too, which gives ``View.leading`` (the source-text panel's first article) from the same pass
        instead of a second scan of the leading pair's rows."""
        key = _articles_key(state, summary)
        with self._articles_lock:
            found = self._articles_kept.get(key)
            if found is not None:
                self._articles_kept.move_to_end(key)
                return found
        lead = str(summary["pair"].iloc[0]) if not summary.empty else None
        counts, counts_params, counted_lead = self._article_counts(cur, state, summary, lead)
        cur.execute(f"CREATE TEMP TABLE article_counts AS {counts}", counts_params)
        articles = int(cur.execute("SELECT count(*) FROM article_counts").fetchall()[0][0])
        ids = [r[0] for r in cur.execute(f"""SELECT article_id FROM article_counts
            ORDER BY mentions DESC, article_id LIMIT {ARTICLE_LIST_LIMIT}""").fetchall()]
        leading = None
        if counted_lead and lead is not None:  # _point_articles' order: most rows of the pair, then the id
            leading = (lead, [r[0] for r in cur.execute(f"""SELECT article_id FROM article_counts
                WHERE lead_mentions > 0 ORDER BY lead_mentions DESC, article_id LIMIT {POINT_ARTICLE_LIMIT}""")
                .fetchall()])
        cur.execute("DROP TABLE article_counts")
        with self._articles_lock:
            self._articles_kept[key] = (articles, ids, leading)
            while len(self._articles_kept) > ARTICLES_KEPT:
                self._articles_kept.popitem(last=False)
        return articles, ids, leading

    @staticmethod
    def _article_counts(cur: duckdb.DuckDBPyConnection, state: ViewState, summary: pd.DataFrame,
                        lead: str | None = None) -> tuple[str, list, bool]:
        """A query (and its parameters) for each article's rows among the chosen pairs (``summary``'s);
        articles with none are left out.  True third when the query groups the rows themselves: it then
        counts each article's rows of the pair ``lead`` too (``lead_mentions``).

        An article names several pairs, so this is no sum over the rollup.  Every pair chosen (no pair,
        actor or minimum filter): each article's own count.  Else the rows of the chosen pairs are
        counted, or, when the pairs not chosen have fewer rows, those are counted and taken off each
        article's own count; a Parquet scan skips the row groups of the other pairs.  One actor's pairs,
        all of them: each article's rows naming the actor, from ``article_actors``."""
        span, params = _span_and_sources(state)
        where = " AND ".join(span) or "TRUE"
        chosen = summary["pair"].tolist()
        # Every pair's mentions in the span and sources, from the month rollup where it can answer.  Without
        # the categories: a pair with rows in the span but none in the categories is then an "other" pair,
        # whose exclusion changes no count, and the category sums (per article) are not made twice.
        spanned, spanned_params = _chosen_sums(replace(state, actors=(), pairs=(), min_mentions=1, period="M",
                                                       categories=()))
        everyone = cur.execute(f"SELECT pair, any_value(actor_a), any_value(actor_b), sum(mentions) FROM ({spanned}) "
                               "GROUP BY pair", spanned_params).fetchall()
        chosen_set = set(chosen)
        others = [pair for pair, _, _, _ in everyone if pair not in chosen_set]
        if not state.categories and len(state.actors) == 1 and not state.pairs:
            # Every pair naming the actor kept (no minimum dropped one): each article's rows naming it,
            # grouped per article at ingest (analysis.snapshot.article_actors_sql).
            actor = state.actors[0]
            if {pair for pair, a, b, _ in everyone if actor in (a, b)} == chosen_set:
                days, day_params = _span_and_sources(state, day=True)
                return (f"SELECT article_id, mentions FROM v_article_actors WHERE actor = ? AND "
                        f"{' AND '.join(days) or 'TRUE'}", [actor, *day_params], False)
        lead_count = "count(*) FILTER (WHERE pair = ?) AS lead_mentions"
        if state.categories:  # an article's rows in the categories: no rollup keeps articles apart
            pairs = f" AND {_in('pair', chosen)}" if others else ""
            any_category, category_params = _any_category(state.categories)
            return (f"SELECT article_id, count(*) AS mentions, {lead_count} FROM v_pairs WHERE {where} AND "
                    f"{any_category}{pairs} GROUP BY article_id",
                    [lead, *params, *category_params, *(chosen if others else [])], True)
        own = f"SELECT article_id, mentions FROM v_article_mentions WHERE {where}"
        if not others:
            return own, params, False
        other_mentions = sum(n for pair, _, _, n in everyone if pair not in chosen_set)
        if int(summary["mentions"].sum()) <= other_mentions:
            return (f"SELECT article_id, count(*) AS mentions, {lead_count} FROM v_pairs WHERE {where} AND "
                    f"{_in('pair', chosen)} GROUP BY article_id", [lead, *params, *chosen], True)
        return (f"""SELECT o.article_id, o.mentions - coalesce(x.n, 0) AS mentions FROM ({own}) o
            LEFT JOIN (SELECT article_id, count(*) AS n FROM v_pairs WHERE {where} AND {_in('pair', others)}
                       GROUP BY article_id) x USING (article_id)
            WHERE o.mentions > coalesce(x.n, 0)""", [*params, *params, *others], False)

    @staticmethod
    def _per_period(cur: duckdb.DuckDBPyConnection, state: ViewState, relation: str, date: str,
                    count: str) -> pd.Series:
        """All articles per period of the span and sources (the index's denominator), by period start."""
        clauses, params = _span_and_sources(state, day=date == "day")
        unit = _PERIOD_UNIT[state.period]
        per_period = cur.execute(f"""
            SELECT date_trunc('{unit}', {date})::TIMESTAMP AS period, {count} AS n FROM {relation}
            WHERE {date} IS NOT NULL AND {' AND '.join(clauses) or 'TRUE'} GROUP BY ALL""", params).df()
        return per_period.set_index("period")["n"]

    def articles_for(self, view: View, pair: str | None, start: pd.Timestamp | None, period: str,
                     side: str | None = None) -> list[str]:
        cur = self.cursor()
        try:
            return self._point_articles(cur, view, pair, start, period, POINT_ARTICLE_LIMIT, side)
        finally:
            cur.close()

    @staticmethod
    def _kept_pairs(view: View) -> list[str] | None:
        """The pairs the minimum mentions keeps (None: no minimum): the view's summary lists exactly them,
        so no question about the view's rows counts them again (with a category filter that count
        was a scan of every matching row, for each point asked)."""
        if view.state.min_mentions <= 1:
            return None
        return view.summary["pair"].tolist()

    def _point_articles(self, cur: duckdb.DuckDBPyConnection, view: View, pair: str | None,
                        start: pd.Timestamp | None, period: str, limit: int, side: str | None = None) -> list[str]:
        """The articles with most rows of ``pair`` (any) in the period from ``start`` (any), of ``state``'s rows,
        ties going to the one carrying most cue weight for the pair; for a period, those carrying most of
        the pair's conflict first.

        A period's point is its tension index, the pair's conflict per 100 articles: the articles that
        weigh most in it explain it.  Ranked by rows alone, one-paragraph summaries (one row each) tied
        and went by their id, a hash: a click on IRN-USA's January 2020 peak opened "sends 3,000 more
        soldiers" before the strike on Soleimani, and "what changed", which reads the first few, quoted
        its "most conflict" from whichever five came first.

        ``side`` ("conflict" or "cooperation"): the articles carrying most of the pair's weight on that
        side first, whatever the period: a heatmap cell or a network edge is the pair's mean tension
        over the view, and of its articles the one that weighs most in it, on the side the number leans
        to, explains it.  Ranked by rows, as the view's leading article is, every WCEP summary tied at one
        and a red IRN-USA cell opened whichever said most of conflict and cooperation together.

        The pair and the period's bounds are constants the Parquet scan checks against row-group
        statistics (pairs are sorted by pair, files are months), so it reads little of the rows."""
        kept = self._kept_pairs(view)
        if kept is not None and pair:
            kept = [pair] if pair in set(kept) else []
        filtered, params = filtered_sql(view.state, kept)
        clauses = []
        if pair:
            clauses.append("pair = ?")
            params = [*params, pair]
        if start is not None:  # its months too: a month's files are then the only ones opened
            low = pd.Timestamp(start)
            high = low + _PERIOD_LENGTH[period]
            months = month_names(low, high)
            clauses.append(f"date >= ? AND date < ? AND date_trunc('{_PERIOD_UNIT[period]}', date)::TIMESTAMP = ? "
                           f"AND {_in('month', months)}")
            params = [*params, low.to_pydatetime(), high.to_pydatetime(), low.to_pydatetime(), *months]
        where = " AND ".join(clauses) or "TRUE"
        # The view's leading article: the one naming the pair most often, and of those (every WCEP summary
        # names it once) the one saying most about it, conflict and cooperation, not the first by id
        order = "count(*) DESC, sum(conflict + cooperation) DESC" if start is None else "sum(conflict) DESC, count(*) DESC"
        if side in ("conflict", "cooperation"):  # a constant column name, never the caller's text
            order = f"sum({side}) DESC, count(*) DESC"
        return [r[0] for r in cur.execute(f"""
            SELECT article_id FROM ({filtered}) WHERE {where} GROUP BY article_id
            ORDER BY {order}, article_id LIMIT {int(limit)}""", params).fetchall()]

    def point_rows(self, view: View, pair: str, start: pd.Timestamp, period: str, articles: int,
                   pair_only: bool = False) -> pd.DataFrame:
        """The full pair rows of the ``articles`` articles behind one point (a pair in a period, most
        conflict first, as articles_for ranks them), in one query: the "what changed" panel read
        them an article at a time, a scan of every pair row per article.  ``pair_only``: the rows of
        ``pair`` alone (the panel's question), a constant the scan checks against the row groups'
        statistics: the month's rows are sorted by pair, so an article's rows of every pair lie in
        every row group of the month."""
        cur = self.cursor()
        try:
            ids = self._point_articles(cur, view, pair, start, period, articles)
            # The articles' own date lies in the period: its months skip the other months' files of
            # the rows, the sentences and the articles (the date alone skips those of the rows only).
            low = pd.Timestamp(start)
            high = low + _PERIOD_LENGTH[period]
            months = month_names(low, high)
            only = ("pair = ?", [pair]) if pair_only else ("TRUE", [])
            rows = cur.execute(f"""
                SELECT * FROM v_pair_rows WHERE {_in('article_id', ids)} AND date >= ? AND date < ?
                    AND {_in('month', months)} AND {only[0]}
                ORDER BY article_id, sentence_id, pair""",
                [*ids, low.to_pydatetime(), high.to_pydatetime(), *months, *only[1]]).df()
        finally:
            cur.close()
        return _pair_table(rows)

    def labels(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        cur = self.cursor()
        try:
            # From the rollup, in memory: the articles' files hold the ids of every month, which a
            # list of hundreds of ids cannot skip.
            found = {aid: label(date, source, title) for aid, date, source, title in cur.execute(
                "SELECT article_id, date, source, title FROM v_article_mentions "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
        finally:
            cur.close()
        return {i: found[i] for i in ids if i in found}

    def held(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` the data holds, whether or not they name a pair (an upload's repeats of it)."""
        if not ids:
            return set()
        cur = self.cursor()
        try:
            return held_ids(cur, "v_articles", ids)
        finally:
            cur.close()

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame]:
        cur = self.cursor()
        try:
            # Its month, from the rollup (in memory), skips the other months' article files.
            dated = cur.execute("SELECT date FROM v_article_mentions WHERE article_id = ? LIMIT 1",
                                [article_id]).fetchall()
            month = ([f"{pd.Timestamp(dated[0][0]):%Y-%m}" if pd.notna(dated[0][0]) else UNDATED] if dated else [])
            found = cur.execute(f"SELECT {', '.join(ARTICLE_VIEW_COLUMNS)} FROM v_articles WHERE article_id = ? "
                                f"AND {'month = ?' if month else 'TRUE'} LIMIT 1", [article_id, *month]).df()
            if found.empty:
                return None, empty(PAIR_COLUMNS)
            # The article's date and month, constants, skip the other months' files.
            date = found["date"].iloc[0]
            on_date = (("date = ? AND month = ?", [pd.Timestamp(date).to_pydatetime(), f"{pd.Timestamp(date):%Y-%m}"])
                       if pd.notna(date) else ("date IS NULL AND month = ?", [UNDATED]))
            rows = cur.execute(f"SELECT * FROM v_pair_rows WHERE article_id = ? AND {on_date[0]} "
                               "ORDER BY sentence_id, pair", [article_id, *on_date[1]]).df()
        finally:
            cur.close()
        return found.set_index("article_id").iloc[0], _pair_table(rows)

    def rows(self, view: View) -> pd.DataFrame:
        cur = self.cursor()
        try:
            filtered, params = filtered_sql(view.state, self._kept_pairs(view))
            rows = cur.execute(f"""
                SELECT r.* FROM v_pair_rows r SEMI JOIN ({filtered}) f
                    ON r.article_id = f.article_id AND r.sentence_id = f.sentence_id AND r.pair = f.pair
                ORDER BY r.article_id, r.sentence_id, r.pair""", params).df()
        finally:
            cur.close()
        return _pair_table(rows)


def _pair_table(rows: pd.DataFrame) -> pd.DataFrame:
    return conform(rows, PAIR_COLUMNS) if not rows.empty else empty(PAIR_COLUMNS)


def _day(value: object) -> dt.date | None:
    return pd.Timestamp(value).date() if value is not None and pd.notna(value) else None


def held_ids(cur: duckdb.DuckDBPyConnection, relation: str, ids: list[str]) -> set[str]:
    """Those of ``ids`` an article ``relation`` ("articles", "v_articles": a constant, never the caller's text)
    holds."""
    return {r[0] for r in cur.execute(f"SELECT article_id FROM {relation} "
                                      "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}


def label(date: object, source: str, title: str) -> str:
    day = pd.Timestamp(date).strftime("%Y-%m-%d") if pd.notna(date) else "undated"
    return f"{day} · {shown_source(source) if source else 'unknown source'} · {title}"[:140]
