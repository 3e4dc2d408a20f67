"""Where the views get their tables: an analysed corpus in memory, or the DuckDB store.

Both are the same engine (dashboard.views_sql: every view question written once in SQL) over
different relations: the folder corpus registers its frames with DuckDB, which reads them in place;
the store gives its tables.  The app does not know which one it talks to.  A session's uploads join
the queries of that session only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import duckdb
import pandas as pd

from analysis.loading import counted
from analysis.snapshot import (
    ARTICLE_ROLLUPS,
    READABLE_LAYOUTS,
    ROLLUPS,
    TABLES,
    article_actors_sql,
    pair_day_categories_sql,
    read_manifest,
    snapshot_dir,
    snapshot_files,
    sorted_file,
    sql_literal,
    write_snapshot,
)
from dashboard.state import Universe, ViewState
from dashboard.views_sql import (
    ARTICLE_LIST_LIMIT,
    BY_PAIR,
    SqlViews,
    View,
    add_period_rollups,
    frame_relations,
    held_ids,
    label,
)

__all__ = ["ARTICLE_LIST_LIMIT", "MemorySource", "OutdatedStoreError", "StoreSource", "View", "label",
           "load_store", "public_origin"]


def public_origin(origin: str) -> str:
    """An input's name as visitors may see it: the file name and its row or line, never the server's path."""
    path, sep, where = origin.partition(":")
    return Path(path).name + sep + where


class AnalysedCorpus(Protocol):
    """What a memory source reads of an analysed corpus (dashboard.corpus.Corpus)."""

    articles: pd.DataFrame
    pairs: pd.DataFrame
    summary: str
    problems: list[str]
    versions: str


class _SqlSource:
    """The DataSource questions, answered by the one SQL engine."""

    views: SqlViews
    universe: Universe

    def view(self, state: ViewState) -> View:
        return self.views.view(state)

    def articles_for(self, view: View, pair: str | None, start: pd.Timestamp | None, period: str,
                     side: str | None = None) -> list[str]:
        return self.views.articles_for(view, pair, start, period, side)

    def point_rows(self, view: View, pair: str, start: pd.Timestamp, period: str, articles: int,
                   pair_only: bool = False) -> pd.DataFrame:
        return self.views.point_rows(view, pair, start, period, articles, pair_only)

    def labels(self, ids: list[str]) -> dict[str, str]:
        return self.views.labels(ids)

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame]:
        return self.views.article(article_id)

    def held(self, ids: list[str]) -> set[str]:
        return self.views.held(ids)

    def rows(self, view: View) -> pd.DataFrame:
        return self.views.rows(view)


class MemorySource(_SqlSource):
    """An analysed corpus held in memory (the folder corpus, plus a session's uploads merged in)."""

    data_name = "the corpus"  # what an upload's report calls it

    def __init__(self, corpus: AnalysedCorpus):
        self.corpus = corpus
        self.summary_text, self.versions, self.problems = corpus.summary, corpus.versions, corpus.problems
        self.views = SqlViews(duckdb.connect(), frame_relations(corpus.pairs, corpus.articles))
        self.universe = self.views.universe()


class StoreSource(_SqlSource):
    """The DuckDB store; the session's uploads (a pair table and its articles) join each query."""

    data_name = "the store"

    def __init__(self, path: Path, uploads_pairs: pd.DataFrame | None = None,
                 uploads_articles: pd.DataFrame | None = None, _con: duckdb.DuckDBPyConnection | None = None):
        self.path = path
        self.con = _con or load_store(path)
        if uploads_pairs is not None and uploads_articles is not None and not uploads_articles.empty:
            # an uploaded copy of a stored article is the stored one: its pairs counted twice otherwise (the
            # folder corpus's union keeps the first copy the same way)
            stored = held_ids(self.con.cursor(), "articles", list(uploads_articles["article_id"]))
            uploads_articles = uploads_articles[~uploads_articles["article_id"].isin(stored)]
            uploads_pairs = uploads_pairs[~uploads_pairs["article_id"].isin(stored)]
        has_uploads = uploads_pairs is not None and not uploads_pairs.empty and uploads_articles is not None
        uploads = frame_relations(uploads_pairs, uploads_articles) if has_uploads else None
        self.views = SqlViews(self.con, uploads=uploads)
        self.universe = self.views.universe()
        n_articles = self._one("SELECT count(*) FROM articles")
        self.summary_text = f"{counted(n_articles, 'article')} in the store {path.name}" + (
            f"; plus {len(uploads_articles):,} uploaded in this session" if has_uploads else "")  # type: ignore[arg-type]
        self.versions = "; ".join(f"{k} {v}" for k, v in self.con.cursor().execute(
            "SELECT 'dictionary', dictionary_version FROM meta UNION ALL SELECT 'scorer', scorer_version FROM meta"
        ).fetchall() if v)
        self.problems = [f"{public_origin(o)}: {m}" for o, m in self.con.cursor().execute(
            "SELECT origin, message FROM reports WHERE level <> 'info' LIMIT 200").fetchall()]

    def with_uploads(self, pairs: pd.DataFrame | None, articles: pd.DataFrame | None) -> StoreSource:
        return StoreSource(self.path, pairs, articles, self.con)

    def _one(self, sql: str):
        return self.con.cursor().execute(sql).fetchall()[0][0]


class OutdatedStoreError(ValueError):
    """The store lacks columns this dashboard reads; the message says how to upgrade it."""


def load_store(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose ``articles``, ``pairs``, ``sentences`` are views over the store's Parquet
    snapshot (analysis.snapshot): only the rollups are copied into memory, and the store file itself is never opened while its
    snapshot exists, so an ingest can write it meanwhile.  A store without a snapshot (written before
    there were snapshots, or before its rollups) gets one here, once, when no ingest holds it; an older
    readable layout (analysis.snapshot.READABLE_LAYOUTS) gets what it lacks in memory: the category
    rollup from its rows, the category period rollups from that, the articles' titles from the articles,
    each article's rows per actor (a view summing the rows)."""
    folder = snapshot_dir(path)
    manifest = read_manifest(folder)
    if manifest is None or manifest.get("layout") not in READABLE_LAYOUTS:
        _first_snapshot(path, folder)
        manifest = read_manifest(folder)
        assert manifest is not None  # write_snapshot always writes one
    con = duckdb.connect()
    # Every question opens the Parquet files again: their footers (schemas, row-group statistics) are
    # kept in memory instead of read and decoded each time.  A snapshot's files are never rewritten in
    # place (each generation has new names), so a kept footer cannot be stale.
    con.execute("SET GLOBAL parquet_metadata_cache = true")
    for table in TABLES:
        if table not in manifest["files"]:  # a rollup later than the snapshot: made below from its rows
            continue
        files = ", ".join(sql_literal(f) for f in snapshot_files(folder, manifest, table))
        # The rollups are read on every rerun and are small beside the rows: held in memory, decoded once.
        if table in ROLLUPS:
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet([{files}])")
        else:  # ``month`` from the file's folder: a query naming a month opens that month's file alone
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM {_by_month(files, manifest['files'][table])}")
    if "pair_day_categories" not in manifest["files"]:  # a layout-2 snapshot: its next ingest writes it
        con.execute(f"CREATE TABLE pair_day_categories AS {pair_day_categories_sql('pairs')}")
    # The category rollup in pair order (views_sql.BY_PAIR): a view over the snapshot's copy sorted by pair,
    # whose row groups a pair filter skips by their statistics.  Not held in memory: summed in DuckDB it is
    # as fast as an in-memory copy (1-2 ms apart), which cost 450 MiB and 1.5-3 s at open at 10 M pair rows.
    # A snapshot before layout 6 has none: the month-ordered table under this name too.
    ordered = sorted_file(folder, manifest, "pair_day_categories")
    con.execute(f"CREATE VIEW {BY_PAIR['pair_day_categories']} AS SELECT * FROM "
                + (f"read_parquet({sql_literal(ordered)})" if ordered else "pair_day_categories"))
    for table in ARTICLE_ROLLUPS:  # layouts 2 to 4: summed from the rows when asked, until the next ingest
        if table not in manifest["files"]:
            con.execute(f"CREATE VIEW {table} AS {article_actors_sql('pairs', ', month')}")
    if "title" not in {r[0] for r in con.execute("DESCRIBE article_mentions").fetchall()}:  # layouts 2 and 3
        con.execute("""CREATE OR REPLACE TABLE article_mentions AS
            SELECT m.*, a.title FROM article_mentions m LEFT JOIN (SELECT article_id, title FROM articles) a
            USING (article_id)""")
    # made here from pair_days (the category ones from pair_day_categories for a snapshot written before them)
    add_period_rollups(con)
    # The pair's own date (its article's): a date bound then skips the other months' pair files.
    con.execute("""CREATE VIEW pair_rows AS
        SELECT p.article_id, p.date, a.source, a.title, p.sentence_id, s.sentence, s.sentence_start, p.actor_a,
               p.actor_b, p.pair, p.direction, s.sentiment, p.tension, s.tension AS sentence_tension, p.conflict,
               p.cooperation, p.cues, s.mentions, p.month
        FROM pairs p JOIN sentences s ON s.article_id = p.article_id AND s.sentence_id = p.sentence_id
                                         AND s.month = p.month
        JOIN articles a ON a.article_id = p.article_id AND a.month = p.month""")
    con.execute("CREATE TABLE meta AS SELECT ?::VARCHAR AS dictionary_version, ?::VARCHAR AS scorer_version",
                [manifest.get("dictionary_version"), manifest.get("scorer_version")])
    con.execute("CREATE TABLE reports (origin VARCHAR, level VARCHAR, message VARCHAR)")
    reports = [(r["origin"], r["level"], r["message"]) for r in manifest.get("reports", [])]
    if reports:
        con.executemany("INSERT INTO reports VALUES (?, ?, ?)", reports)
    return con


def _by_month(files: str, months: dict[str, list[str]]) -> str:
    """A ``read_parquet`` of ``files`` with their ``month`` (the folder ``month=…`` they sit in): a filter on
    it skips every other month's file, which a filter on the date does not do for a table without one
    (sentences) or joined to the one that has it (the rows of an article).  An empty table's one
    file sits in no month folder; it has no month either."""
    if "" in months:
        return f"(SELECT *, NULL::VARCHAR AS month FROM read_parquet([{files}]))"
    return f"read_parquet([{files}], hive_partitioning = true, hive_types = {{'month': VARCHAR}})"


def _first_snapshot(path: Path, folder: Path) -> None:
    how = f"run `python -m analysis ingest --db {path.name}` once (it writes the snapshot; no article is scored again)"
    try:
        store = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise OutdatedStoreError(f"{path.name} has no current snapshot for the dashboard and cannot be read now "
                                 f"({exc}): {how}.") from exc
    try:
        columns = {r[0] for r in store.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'pairs'").fetchall()}
        if "cues" not in columns:
            raise OutdatedStoreError(f"{path.name} was written before per-pair tension: run `python -m analysis "
                                     f"ingest --db {path.name}` once to re-link its pairs (no sentence is scored again).")
        write_snapshot(store, folder)
    finally:
        store.close()
