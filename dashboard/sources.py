"""Where the views get their tables: an analysed corpus in memory, or the DuckDB store via SQL.

Both answer the same questions for a ViewState: the aggregated series, the per-pair summary, the
key figures, the articles behind the view, one article with its rows, the rows to download.  The
app does not know which one it talks to.

The store source copies the store's tables into an in-memory DuckDB database once per store
version (DuckDB lets one process write a file, so the dashboard never holds the file open while
`python -m analysis ingest` runs); every filter and aggregation then runs as SQL there, and only
the small aggregated tables come back to Python.  A session's uploads join the query as a
registered DataFrame, so they stay in that session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import duckdb
import pandas as pd

from analysis.aggregate import from_sums
from analysis.schema import AGGREGATE_COLUMNS, PAIR_COLUMNS, conform, empty
from dashboard.explore import (
    aggregated,
    apply_filters,
    articles_for,
    categories,
    key_figures,
    pair_summary,
    period_article_counts,
)
from dashboard.state import Universe, ViewState

ARTICLE_LIST_LIMIT = 500


@dataclass
class View:
    agg: pd.DataFrame
    summary: pd.DataFrame
    figures: dict
    article_ids: list[str]
    rows: int
    state: ViewState = field(default_factory=ViewState)
    filtered: pd.DataFrame | None = field(default=None, repr=False)  # memory source only


def label(date: object, source: str, title: str) -> str:
    day = pd.Timestamp(date).strftime("%Y-%m-%d") if pd.notna(date) else "undated"
    return f"{day} · {source or 'unknown source'} · {title}"[:140]


class MemorySource:
    """An analysed corpus held in pandas (the folder corpus, plus a session's uploads)."""

    def __init__(self, corpus):
        self.corpus = corpus
        self.universe: Universe = corpus.universe
        self.summary_text, self.versions, self.problems = corpus.summary, corpus.versions, corpus.problems
        self._by_id = corpus.articles.set_index("article_id")

    def view(self, state: ViewState) -> View:
        filtered = apply_filters(self.corpus.slim, state)
        agg = aggregated(filtered, state.period, period_article_counts(self.corpus.articles, state))
        summary = pair_summary(filtered)
        counts = filtered["article_id"].value_counts()
        ids = [str(a) for a, n in counts.items() if n > 0][:ARTICLE_LIST_LIMIT]
        figures = key_figures(agg, summary, len(filtered), int(filtered["article_id"].nunique()))
        return View(agg, summary, figures, ids, len(filtered), state, filtered)

    def articles_for(self, view: View, pair: str | None, start: pd.Timestamp | None, period: str) -> list[str]:
        return articles_for(view.filtered, pair, start, period)

    def labels(self, ids: list[str]) -> dict[str, str]:
        rows = self._by_id.loc[[i for i in ids if i in self._by_id.index]]
        return {i: label(r.date, r.source, r.title) for i, r in zip(rows.index, rows.itertuples())}

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame]:
        if article_id not in self._by_id.index:
            return None, empty(PAIR_COLUMNS)
        pairs = self.corpus.pairs
        return self._by_id.loc[article_id], pairs[pairs["article_id"] == article_id]

    def rows(self, view: View) -> pd.DataFrame:
        positions = cast(pd.DataFrame, view.filtered)["row"].to_numpy()  # a memory view keeps its rows
        pairs = self.corpus.pairs
        return pairs if len(positions) == len(pairs) else pairs.iloc[positions]


#: The categories of the cues that counted for a pair row (weight != 0 in its cues JSON).
_COUNTED_CATEGORIES = ("list_distinct(list_transform(list_filter(json_extract({cues}, '$[*]'), "
                       "lambda c: CAST(c->>'weight' AS DOUBLE) <> 0), lambda c: c->>'category'))")

_LOAD_SQL = """
CREATE TABLE articles AS SELECT article_id, date, source, title, url, text, origin FROM s.articles
    WHERE scorer_version IS NOT NULL;
CREATE TABLE sentences AS SELECT article_id, sentence_id, sentence_start, sentence, sentiment, tension, mentions
    FROM s.sentences;
CREATE TABLE pairs AS
    SELECT p.article_id, p.sentence_id, p.actor_a, p.actor_b, p.pair, p.direction, p.date, p.source, p.sentiment,
           p.tension, {counted} AS categories, p.conflict, p.cooperation, p.cues
    FROM s.pairs p;
""".replace("{counted}", _COUNTED_CATEGORIES.format(cues="p.cues"))

_PERIOD_UNIT = {"D": "day", "W": "week", "M": "month"}


class StoreSource:
    """The DuckDB store, queried with SQL; the session's uploads (a pair table) join each query."""

    def __init__(self, path: Path, uploads_pairs: pd.DataFrame | None = None,
                 uploads_articles: pd.DataFrame | None = None, _con: duckdb.DuckDBPyConnection | None = None):
        self.path = path
        self.con = _con or load_store(path)
        self.uploads_pairs = uploads_pairs if uploads_pairs is not None and not uploads_pairs.empty else None
        self.uploads_articles = uploads_articles
        self._uploads_frame = self._as_store_rows(self.uploads_pairs) if self.uploads_pairs is not None else None
        self.universe = self._universe()
        n_articles = self._one("SELECT count(*) FROM articles")
        self.summary_text = f"{n_articles} articles in the store {path.name}" + (
            f"; plus {len(cast(pd.DataFrame, uploads_articles))} uploaded in this session"
            if self.uploads_pairs is not None else "")
        self.versions = "; ".join(f"{k} {v}" for k, v in self._q(
            "SELECT 'dictionary', dictionary_version FROM meta UNION ALL SELECT 'scorer', scorer_version FROM meta"
        ).fetchall() if v)
        from dashboard.corpus import public_origin

        self.problems = [f"{public_origin(o)}: {m}" for o, m in self._q(
            "SELECT origin, message FROM reports WHERE level <> 'info' LIMIT 200").fetchall()]

    def with_uploads(self, pairs: pd.DataFrame | None, articles: pd.DataFrame | None) -> StoreSource:
        return StoreSource(self.path, pairs, articles, self.con)

    # -- SQL plumbing ----------------------------------------------------------------------------
    @staticmethod
    def _as_store_rows(up: pd.DataFrame) -> pd.DataFrame:
        """A session's pair table in the columns of the store's pairs (plus cues), once per session."""
        return pd.DataFrame({
            "article_id": up["article_id"].astype(str), "sentence_id": up["sentence_id"],
            "actor_a": up["actor_a"].astype(str), "actor_b": up["actor_b"].astype(str),
            "pair": up["pair"].astype(str), "direction": up["direction"].astype(str), "date": up["date"],
            "source": up["source"].astype(str), "sentiment": up["sentiment"], "tension": up["tension"],
            "conflict": up["conflict"], "cooperation": up["cooperation"], "cues": up["cues"].astype(str),
        })

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self.con.cursor()
        if self._uploads_frame is not None:
            cur.register("uploads_raw", self._uploads_frame)
            cur.execute("""CREATE TEMP VIEW all_pairs AS
                SELECT * FROM pairs UNION ALL
                SELECT article_id, sentence_id, actor_a, actor_b, pair, direction, date, source, sentiment, tension,
                       """ + _COUNTED_CATEGORIES.format(cues="cues") + """, conflict, cooperation, cues
                FROM uploads_raw""")
        else:
            cur.execute("CREATE TEMP VIEW all_pairs AS SELECT * FROM pairs")
        if self.uploads_articles is not None and self.uploads_pairs is not None:
            cur.register("uploads_articles_raw", pd.DataFrame({
                "article_id": self.uploads_articles["article_id"].astype(str),
                "date": self.uploads_articles["date"], "source": self.uploads_articles["source"].astype(str)}))
            cur.execute("""CREATE TEMP VIEW all_articles AS
                SELECT article_id, date, source FROM articles UNION ALL
                SELECT article_id, date, source FROM uploads_articles_raw
                WHERE article_id NOT IN (SELECT article_id FROM articles)""")
        else:
            cur.execute("CREATE TEMP VIEW all_articles AS SELECT article_id, date, source FROM articles")
        return cur

    def _q(self, sql: str, params: list | None = None) -> duckdb.DuckDBPyConnection:
        """A query on its own cursor: the connection is shared by every session's thread."""
        return self.con.cursor().execute(sql, params or [])

    def _one(self, sql: str, params: list | None = None):
        return self._q(sql, params).fetchall()[0][0]

    @staticmethod
    def _where(state: ViewState) -> tuple[str, list]:
        clauses, params = StoreSource._span_and_sources(state)
        if state.actors:
            clauses.append("(list_contains(?, actor_a) OR list_contains(?, actor_b))")
            params += [list(state.actors), list(state.actors)]
        if state.pairs:
            clauses.append("list_contains(?, pair)")
            params.append(list(state.pairs))
        if state.categories:
            clauses.append("list_has_any(categories, ?)")
            params.append(list(state.categories))
        where = " AND ".join(clauses) or "TRUE"
        filtered = f"SELECT * FROM all_pairs WHERE {where}"
        if state.min_mentions > 1:
            filtered = (f"WITH f AS ({filtered}) SELECT * FROM f WHERE pair IN "
                        f"(SELECT pair FROM f GROUP BY pair HAVING count(*) >= ?)")
            params.append(state.min_mentions)
        return filtered, params

    @staticmethod
    def _article_where(state: ViewState) -> tuple[str, list]:
        """The filters that apply to all articles (the index's denominator): dates and sources."""
        clauses, params = StoreSource._span_and_sources(state)
        return " AND ".join(clauses) or "TRUE", params

    @staticmethod
    def _span_and_sources(state: ViewState) -> tuple[list[str], list]:
        """The date-span and news-source clauses, which rows and articles share."""
        clauses: list[str] = []
        params: list = []
        if state.start:
            clauses.append("date >= ?")
            params.append(dt.datetime.combine(state.start, dt.time()))
        if state.end:
            clauses.append("date < ?")
            params.append(dt.datetime.combine(state.end, dt.time()) + dt.timedelta(days=1))
        if state.sources:
            clauses.append("list_contains(?, source)")
            params.append(list(state.sources))
        return clauses, params

    def _universe(self) -> Universe:
        cur = self._cursor()
        actors = {r[0] for r in cur.execute("SELECT DISTINCT actor_a FROM all_pairs UNION SELECT DISTINCT actor_b "
                                            "FROM all_pairs").fetchall()}
        pairs = {r[0] for r in cur.execute("SELECT DISTINCT pair FROM all_pairs").fetchall()}
        sources = {r[0] for r in cur.execute("SELECT DISTINCT source FROM all_pairs WHERE source <> ''").fetchall()}
        ids = {r[0] for r in cur.execute("SELECT DISTINCT article_id FROM all_pairs").fetchall()}
        first, last = cur.execute("SELECT min(date), max(date) FROM all_pairs").fetchall()[0]
        cur.close()
        return Universe(frozenset(actors), frozenset(pairs), frozenset(sources), frozenset(categories()),
                        frozenset(ids), first.date() if first else None, last.date() if last else None)

    # -- the questions -------------------------------------------------------------------------
    def view(self, state: ViewState) -> View:
        filtered, params = self._where(state)
        unit = _PERIOD_UNIT[state.period]
        cur = self._cursor()
        # The sums analysis.aggregate.period_sums makes; from_sums turns them into the figures.
        sums = cur.execute(f"""
            WITH per_article AS (
                SELECT pair, date_trunc('{unit}', date) AS period, article_id, count(*) AS mentions,
                       sum(sentiment) AS sentiment_sum, sum(sentiment * sentiment) AS sentiment_sq,
                       sum(tension) AS tension_sum, sum(tension * tension) AS tension_sq,
                       sum(conflict) AS conflict_total, sum(cooperation) AS cooperation_total
                FROM ({filtered}) WHERE date IS NOT NULL GROUP BY ALL)
            SELECT pair, period, sum(mentions) AS mentions, count(*) AS articles,
                   sum(sentiment_sum) AS sentiment_sum, sum(sentiment_sq) AS sentiment_sq,
                   sum(tension_sum) AS tension_sum, sum(tension_sq) AS tension_sq,
                   sum(conflict_total) AS conflict_total, sum(cooperation_total) AS cooperation_total,
                   sum(conflict_total * conflict_total) AS conflict_article_sq
            FROM per_article GROUP BY ALL ORDER BY pair, period""", params).df()
        article_where, article_params = self._article_where(state)
        per_period = cur.execute(f"""
            SELECT date_trunc('{unit}', date) AS period, count(*) AS n FROM all_articles
            WHERE date IS NOT NULL AND {article_where} GROUP BY ALL""", article_params).df()
        summary = cur.execute(f"""
            SELECT pair, any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b, count(*) AS mentions,
                   count(DISTINCT article_id) AS articles, avg(sentiment) AS sentiment_mean,
                   avg(tension) AS tension_mean
            FROM ({filtered}) GROUP BY pair ORDER BY mentions DESC, pair""", params).df()
        counts = cur.execute(f"""
            SELECT count(*), count(DISTINCT article_id) FROM ({filtered})""", params).fetchall()[0]
        ids = [r[0] for r in cur.execute(f"""
            SELECT article_id FROM ({filtered}) GROUP BY article_id ORDER BY count(*) DESC, article_id
            LIMIT {ARTICLE_LIST_LIMIT}""", params).fetchall()]
        cur.close()
        agg = from_sums(sums, per_period.set_index("period")["n"]) if not sums.empty else empty(AGGREGATE_COLUMNS)
        figures = key_figures(agg, summary, int(counts[0]), int(counts[1]))
        return View(agg, summary, figures, ids, int(counts[0]), state)

    def articles_for(self, view: View, pair: str | None, start: pd.Timestamp | None, period: str) -> list[str]:
        filtered, params = self._where(view.state)
        clauses = []
        if pair:
            clauses.append("pair = ?")
            params = [*params, pair]
        if start is not None:
            clauses.append(f"date_trunc('{_PERIOD_UNIT[period]}', date) = ?")
            params = [*params, pd.Timestamp(start).to_pydatetime()]
        where = " AND ".join(clauses) or "TRUE"
        cur = self._cursor()
        ids = [r[0] for r in cur.execute(f"""SELECT article_id FROM ({filtered}) WHERE {where}
                                             GROUP BY article_id ORDER BY count(*) DESC LIMIT 50""", params).fetchall()]
        cur.close()
        return ids

    def labels(self, ids: list[str]) -> dict[str, str]:
        found = {}
        if ids:
            for aid, date, source, title in self._q(
                    "SELECT article_id, date, source, title FROM articles WHERE list_contains(?, article_id)",
                    [ids]).fetchall():
                found[aid] = label(date, source, title)
        if self.uploads_articles is not None:
            for r in self.uploads_articles.itertuples():
                if r.article_id in ids:
                    found[r.article_id] = label(r.date, r.source, r.title)
        return {i: found[i] for i in ids if i in found}

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame]:
        if self.uploads_articles is not None and article_id in set(self.uploads_articles["article_id"]):
            art = self.uploads_articles.set_index("article_id").loc[article_id]
            up = cast(pd.DataFrame, self.uploads_pairs)  # set together with uploads_articles
            return art, up[up["article_id"] == article_id]
        rows = self._q("SELECT * FROM articles WHERE article_id = ?", [article_id]).df()
        if rows.empty:
            return None, empty(PAIR_COLUMNS)
        return rows.set_index("article_id").iloc[0], self._full_rows("p.article_id = ?", [article_id])

    def _full_rows(self, where: str, params: list, cur: duckdb.DuckDBPyConnection | None = None) -> pd.DataFrame:
        frame = (cur or self.con.cursor()).execute(f"""
            SELECT p.article_id, a.date, a.source, a.title, p.sentence_id, s.sentence, s.sentence_start,
                   p.actor_a, p.actor_b, p.pair, p.direction, s.sentiment, p.tension, s.tension AS sentence_tension,
                   p.conflict, p.cooperation, p.cues, s.mentions
            FROM pairs p JOIN sentences s USING (article_id, sentence_id) JOIN articles a USING (article_id)
            WHERE {where} ORDER BY p.article_id, p.sentence_id, p.pair""", params).df()
        return conform(frame, PAIR_COLUMNS) if not frame.empty else empty(PAIR_COLUMNS)

    def rows(self, view: View) -> pd.DataFrame:
        filtered, params = self._where(view.state)
        cur = self._cursor()
        keys = cur.execute(f"SELECT DISTINCT article_id, sentence_id, pair FROM ({filtered})", params).df()
        cur.register("wanted", keys)
        frame = self._full_rows("(p.article_id, p.sentence_id, p.pair) IN (SELECT (article_id, sentence_id, pair) "
                                "FROM wanted)", [], cur)
        cur.close()
        if self.uploads_pairs is not None:
            mine = self.uploads_pairs.merge(keys, on=["article_id", "sentence_id", "pair"])
            frame = pd.concat([frame, conform(mine, PAIR_COLUMNS)], ignore_index=True)
        return frame


class OutdatedStoreError(ValueError):
    """The store lacks columns this dashboard reads; the message says how to upgrade it."""


def load_store(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of the store's tables (the file is attached read-only, copied, detached)."""
    con = duckdb.connect()
    con.execute("ATTACH ? AS s (READ_ONLY)", [str(path)])
    try:
        columns = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = 's' AND table_name = 'pairs'").fetchall()}
        if "cues" not in columns:
            raise OutdatedStoreError(f"{path.name} was written before per-pair tension: run `python -m analysis "
                                     f"ingest --db {path.name}` once to re-link its pairs (no sentence is scored again).")
        con.execute(_LOAD_SQL)
        con.execute("""CREATE TABLE meta AS SELECT
            (SELECT max(dictionary_version) FROM s.runs WHERE finished = (SELECT max(finished) FROM s.runs))
                AS dictionary_version,
            (SELECT max(scorer_version) FROM s.runs WHERE finished = (SELECT max(finished) FROM s.runs))
                AS scorer_version""")
        con.execute("""CREATE TABLE reports AS SELECT origin, level, message FROM s.load_reports
            WHERE run_id = (SELECT run_id FROM s.runs ORDER BY finished DESC LIMIT 1)""")
    finally:
        con.execute("DETACH s")
    return con

