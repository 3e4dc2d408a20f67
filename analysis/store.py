"""The embedded store: a DuckDB file that grows day by day without re-reading or re-scoring.

Tables: files (what was read, by size and modification time), articles, sentences (a pair
sentence's scores, stamped with the scorer version), pairs (one row per pair per sentence,
stamped with both versions), load_reports and runs.

Incremental by construction:
* a file whose size and modification time are unchanged is not read again;
* an article already stored (same content id) is not stored twice;
* an article is (re)scored only when its stamps differ from the current dictionary and scorer
  versions.  Sentence scores depend on the scorer only, pairs on the dictionary only, so a new
  dictionary re-matches actors and reuses every stored sentence score whose sentence and scorer
  are unchanged: it re-scores only sentences that newly hold a pair.  A pair row's tension is the
  sentence's cues linked to the pair (analysis/linking/), which depends on the mentions and the
  cues: it is recomputed from the stored sentence scores, and the articles' dictionary stamp names
  the linking rules too (pair_stamp), so new rules re-link every article without re-scoring it.

Each batch of articles is written in one transaction together with its version stamps: a process
killed in the middle (kill -9 included) leaves earlier batches complete and the interrupted one
absent, and the next run picks the unstamped articles up again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from analysis.actors import load_dictionary
from analysis.linking import VERSION as LINKING_VERSION
from analysis.loading import LoadReport, counted, file_records, iter_files, unique_rows
from analysis.pipeline import (
    PairSentence,
    SentenceScore,
    mentions_json,
    pair_sentences,
    rows_for,
    score_pair_sentences,
)
from analysis.readers import LoadIssue
from analysis.schema import PAIR_COLUMNS, conform, empty
from analysis.scoring import scorer_version
from analysis.tension import default_lexicon

DEFAULT_DB = Path("data") / "tension.duckdb"
ENV_DB = "TENSION_TRACKER_DB"
BATCH = 200
#: articles read (and inserted) at a time from one file, and pending articles fetched at a time for
#: scoring: what ingest holds in memory, whatever the size of the file or of the store
INSERT_ROWS = PENDING_ROWS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, articles INTEGER, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, date TIMESTAMP, source VARCHAR, title VARCHAR, url VARCHAR, text VARCHAR,
    origin VARCHAR, ingested_at TIMESTAMP, dictionary_version VARCHAR, scorer_version VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, sentence_id INTEGER, sentence_start INTEGER, sentence VARCHAR, sentiment DOUBLE,
    tension DOUBLE, conflict DOUBLE, cooperation DOUBLE, cues VARCHAR, mentions VARCHAR, scorer_version VARCHAR,
    PRIMARY KEY (article_id, sentence_id));
CREATE TABLE IF NOT EXISTS pairs (
    article_id VARCHAR, sentence_id INTEGER, actor_a VARCHAR, actor_b VARCHAR, pair VARCHAR, direction VARCHAR,
    date TIMESTAMP, source VARCHAR, sentiment DOUBLE, tension DOUBLE, dictionary_version VARCHAR,
    scorer_version VARCHAR, conflict DOUBLE, cooperation DOUBLE, cues VARCHAR);
-- A store from before per-pair tension gains the pair's own columns; its articles' stamps (without the
-- linking version) no longer match, so the next ingest re-links them from the stored sentence scores.
ALTER TABLE pairs ADD COLUMN IF NOT EXISTS conflict DOUBLE;
ALTER TABLE pairs ADD COLUMN IF NOT EXISTS cooperation DOUBLE;
ALTER TABLE pairs ADD COLUMN IF NOT EXISTS cues VARCHAR;
CREATE TABLE IF NOT EXISTS load_reports (
    run_id VARCHAR, reported_at TIMESTAMP, origin VARCHAR, level VARCHAR, message VARCHAR);
CREATE TABLE IF NOT EXISTS fetched (url VARCHAR PRIMARY KEY, fetched_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS feeds (url VARCHAR PRIMARY KEY, added_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS versions (
    fingerprint VARCHAR PRIMARY KEY, dictionary_version VARCHAR, scorer_version VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, files_read INTEGER, files_unchanged INTEGER,
    articles_new INTEGER, articles_scored INTEGER, sentences_scored INTEGER, sentences_reused INTEGER,
    dictionary_version VARCHAR, scorer_version VARCHAR);
"""


class StoreError(OSError):
    """The store cannot be opened or written; the message names the file and why."""


@dataclass
class IngestResult:
    run_id: str
    report: LoadReport
    files_unchanged: int = 0
    articles_new: int = 0
    #: articles read that the store held already (a changed file read again): neither new nor duplicates of the input
    articles_already_stored: int = 0
    articles_scored: int = 0
    sentences_scored: int = 0
    sentences_reused: int = 0
    pair_rows: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        stored = f"; {self.articles_already_stored:,} already stored" if self.articles_already_stored else ""
        return (f"{self.report.summary()}; {counted(self.files_unchanged, 'file')} unchanged; "
                f"{counted(self.articles_new, 'new article')}{stored}; {counted(self.articles_scored, 'article')} scored "
                f"({counted(self.sentences_scored, 'sentence')} scored, {self.sentences_reused:,} reused); "
                f"{counted(self.pair_rows, 'pair row')} written")


def pair_stamp(dictionary_version: str) -> str:
    """What the pair rows depend on besides the scorer: the actor dictionary and the linking rules."""
    return f"{dictionary_version}+{LINKING_VERSION}"


def default_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


# Where DuckDB writes its magic in a database file, and the table formats a store path must not end with.
_DUCKDB_MAGIC = (8, b"DUCK")
_TABLE_SUFFIXES = (".csv", ".tsv", ".parquet", ".json", ".jsonl")


def _check_store_file(path: Path) -> None:
    """Refuse a path that holds, or names, a table rather than a store.  DuckDB opens an existing CSV, Parquet or
    JSON file as an empty in-memory database, so "ingest --db pairs.csv" reported rows written and kept none, and
    "export --db pairs.csv" then failed on DuckDB's "Cannot launch in-memory database in read-only mode"
    (cliaudit26)."""
    if path.suffix.lower() in _TABLE_SUFFIXES:
        raise StoreError(f"{path}: a store is a DuckDB file (e.g. data/tension.duckdb), not a {path.suffix} table; "
                         "`run -o FILE` and `export -o FILE` write tables")
    if path.is_file() and path.stat().st_size:
        offset, magic = _DUCKDB_MAGIC
        with path.open("rb") as head:
            if head.read(offset + len(magic))[offset:] != magic:
                raise StoreError(f"{path}: not a store: the file exists and is not a DuckDB database")


class Store:
    """One DuckDB file.  Open it for a run of work, close it after (DuckDB allows one writer)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else default_path()
        _check_store_file(self.path)
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
        except (OSError, duckdb.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ingest --------------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path] = (), *, frame: pd.DataFrame | None = None,
               actors: Sequence[str | Path] = (), progress: Callable[[int], None] | None = None,
               today: dt.date | None = None) -> IngestResult:
        """Read new or changed inputs, store new articles, (re)score what the versions require."""
        run_id = uuid.uuid4().hex[:12]
        report = LoadReport()
        result = IngestResult(run_id, report)
        started = dt.datetime.now()
        today = today or dt.date.today()
        seen: dict[str, str] = {}  # every article read by this run: a repeat is a duplicate of the input
        for path in iter_files(list(paths), report):
            self._ingest_file(path, report, result, today, seen)
        if frame is not None:
            from analysis.loading import articles_from_frame

            loaded = articles_from_frame(frame, today=today)
            report.issues.extend(loaded.report.issues)
            report.articles += loaded.report.articles
            report.duplicates += loaded.report.duplicates
            new = self._insert_articles(loaded.articles)
            result.articles_new += new
            result.articles_already_stored += len(loaded.articles) - new
        # Versions come from a stat of the files that make them when those are unchanged since a
        # run computed them: an unchanged re-ingest then never parses the dictionary or lexicon.
        fingerprint = versions_fingerprint(actors)
        known = self.con.execute("SELECT dictionary_version, scorer_version FROM versions WHERE fingerprint = ?",
                                 [fingerprint]).fetchall()
        if known:
            dictionary_version, scorer = known[0]
        else:
            dictionary_version, scorer = load_dictionary(tuple(str(a) for a in actors)).version, scorer_version()
            self.con.execute("INSERT OR REPLACE INTO versions VALUES (?, ?, ?)", [fingerprint, dictionary_version, scorer])
        if self._pending_count(pair_stamp(dictionary_version), scorer):  # articles carry the pair stamp
            self._score_pending(load_dictionary(tuple(str(a) for a in actors)), result, progress)
        self._record_run(result, started, dictionary_version, scorer)
        self.write_snapshot()
        return result

    def _pending_count(self, dictionary_version: str, scorer: str) -> int:
        return int(self.con.execute(
            "SELECT count(*) FROM articles WHERE dictionary_version IS DISTINCT FROM ? "
            "OR scorer_version IS DISTINCT FROM ?", [dictionary_version, scorer]).fetchall()[0][0])

    def _ingest_file(self, path: Path, report: LoadReport, result: IngestResult, today: dt.date,
                     seen: dict[str, str]) -> None:
        """Store the new articles of one file, unless it is unchanged since it was read.  Of its articles, each is
        counted once: new, already stored (a changed file's articles read before) or a duplicate of the input
        (a repeat within this run, merged: ``seen`` holds the run's articles)."""
        try:
            stat = path.stat()
        except OSError as exc:
            report.add(LoadIssue(str(path), f"cannot read file ({exc.strerror or exc})"))
            report.files_failed += 1
            return
        key = str(path.resolve())
        found = self.con.execute("SELECT size, mtime_ns FROM files WHERE path = ?", [key]).fetchall()
        known = found[0] if found else None
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            result.files_unchanged += 1
            return
        kept = new = 0
        rows: list[dict] = []
        losses = sum(1 for issue in report.issues if issue.level == "error")
        try:
            self.con.begin()
            # a large JSONL file line by line: memory holds a batch
            for row in unique_rows(file_records(path, report), report, today, seen):
                report.articles += 1
                report.undated += row["date"] is None
                rows.append(row)
                if len(rows) >= INSERT_ROWS:
                    new, kept, rows = new + self._insert_articles(pd.DataFrame(rows)), kept + len(rows), []
            if rows:
                new, kept = new + self._insert_articles(pd.DataFrame(rows)), kept + len(rows)
            if sum(1 for issue in report.issues if issue.level == "error") == losses:
                self.con.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                                 [key, stat.st_size, stat.st_mtime_ns, kept, dt.datetime.now()])
            else:  # a file that lost input is read again next time, and says so again (cliaudit26: a binary file
                # failed once, then passed as "unchanged" with exit 0); its articles read are stored, not re-scored
                self.con.execute("DELETE FROM files WHERE path = ?", [key])
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc
        except BaseException:
            self.con.rollback()
            raise
        result.articles_new += new
        result.articles_already_stored += kept - new

    def _insert_articles(self, articles: pd.DataFrame) -> int:
        if articles.empty:
            return 0
        frame = articles.drop_duplicates("article_id")[["article_id", "date", "source", "title", "url", "text", "origin"]]
        frame = frame.assign(ingested_at=dt.datetime.now(), dictionary_version=None, scorer_version=None)
        frame["date"] = pd.to_datetime(frame["date"])
        before = self.count("articles")
        self.con.register("incoming", frame)
        try:
            self.con.execute("""
                INSERT INTO articles SELECT i.* FROM incoming i
                WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = i.article_id)""")
        finally:
            self.con.unregister("incoming")
        return self.count("articles") - before

    def _score_pending(self, dictionary, result: IngestResult, progress: Callable[[int], None] | None) -> None:
        lexicon = default_lexicon()
        scorer = scorer_version()
        after = ""  # pages in article_id order, so that memory holds one page of texts, not the store's
        while True:
            pending = self.con.execute(
                """SELECT article_id, date, source, title, text FROM articles
                   WHERE (dictionary_version IS DISTINCT FROM ? OR scorer_version IS DISTINCT FROM ?) AND article_id > ?
                   ORDER BY article_id LIMIT ?""", [pair_stamp(dictionary.version), scorer, after, PENDING_ROWS]).df()
            if pending.empty:
                return
            after = pending["article_id"].iloc[-1]
            for start in range(0, len(pending), BATCH):
                batch = pending.iloc[start:start + BATCH]
                self._score_batch(batch, dictionary, lexicon, scorer, result)
                if progress:
                    progress(len(batch))

    def _score_batch(self, batch: pd.DataFrame, dictionary, lexicon, scorer: str, result: IngestResult) -> None:
        ids = list(batch["article_id"])
        stored = {
            (r[0], r[1]): r for r in self.con.execute(
                """SELECT article_id, sentence_id, sentence, sentiment, tension, conflict, cooperation, cues, scorer_version
                   FROM sentences WHERE article_id IN (SELECT unnest(?))""", [ids]).fetchall()
        }
        items = []  # (article, pair sentence, its stored row when that can be reused)
        for article in batch.to_dict("records"):
            if pd.isna(article["date"]):
                article["date"] = None
            for item in pair_sentences(article, dictionary):
                old = stored.get((article["article_id"], item.sentence_id))
                items.append((article, item, old if old is not None and old[2] == item.sentence
                              and old[8] == scorer else None))
        stamp = pair_stamp(dictionary.version)
        fresh = iter(score_pair_sentences([item for _, item, old in items if old is None], lexicon))
        sentence_rows, pair_rows = [], []
        for article, item, old in items:
            if old is not None:
                score = SentenceScore.from_stored(old[3], old[4], old[5], old[6], old[7])
                cues = old[7]
                result.sentences_reused += 1
            else:
                score = next(fresh)
                cues = score.cues_json()
                result.sentences_scored += 1
            mentions = mentions_json(item)
            sentence_rows.append(_sentence_row(article["article_id"], item, score, cues, mentions, scorer))
            for row in rows_for(article, item, score, mentions):
                pair_rows.append((row[0], row[4], row[7], row[8], row[9], row[10], article["date"],
                                  article.get("source") or "", row[11], row[12], stamp, scorer, row[14], row[15],
                                  row[16]))
        sentences = pd.DataFrame(sentence_rows, columns=["article_id", "sentence_id", "sentence_start", "sentence",
                                                         "sentiment", "tension", "conflict", "cooperation", "cues",
                                                         "mentions", "scorer_version"])
        pairs = pd.DataFrame(pair_rows, columns=["article_id", "sentence_id", "actor_a", "actor_b", "pair", "direction",
                                                 "date", "source", "sentiment", "tension", "dictionary_version",
                                                 "scorer_version", "conflict", "cooperation", "cues"])
        self._write_batch(ids, sentences, pairs, stamp, scorer)
        result.articles_scored += len(ids)
        result.pair_rows += len(pairs)

    def _write_batch(self, ids: list[str], sentences: pd.DataFrame, pairs: pd.DataFrame, dictionary_version: str,
                     scorer: str) -> None:
        """Replace the rows of ``ids`` and stamp them, all in one transaction."""
        pairs = pairs.assign(date=pd.to_datetime(pairs["date"]))
        try:
            self.con.begin()
            self.con.execute("DELETE FROM sentences WHERE article_id IN (SELECT unnest(?))", [ids])
            self.con.execute("DELETE FROM pairs WHERE article_id IN (SELECT unnest(?))", [ids])
            if not sentences.empty:
                self.con.register("new_sentences", sentences)
                self.con.execute("INSERT INTO sentences SELECT * FROM new_sentences")
                self.con.unregister("new_sentences")
            if not pairs.empty:
                self.con.register("new_pairs", pairs)
                self.con.execute("INSERT INTO pairs BY NAME SELECT * FROM new_pairs")
                self.con.unregister("new_pairs")
            self.con.execute("UPDATE articles SET dictionary_version = ?, scorer_version = ? "
                             "WHERE article_id IN (SELECT unnest(?))", [dictionary_version, scorer, ids])
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc

    def _import_parquet(self, folder: Path, dictionary_version: str, scorer: str, result: IngestResult) -> None:
        """Read a scored Parquet dataset into the store in one transaction (all or nothing)."""
        arts, prs = str(folder / "articles" / "*.parquet"), str(folder / "pairs" / "*.parquet")
        before = self.count("articles")
        try:
            self.con.begin()
            self.con.execute(f"""CREATE TEMP TABLE incoming_ids AS SELECT DISTINCT article_id FROM read_parquet('{arts}')""")
            self.con.execute(f"""INSERT INTO articles
                SELECT article_id, date, source, title, url, text, origin, now(), NULL, NULL FROM read_parquet('{arts}') a
                WHERE NOT EXISTS (SELECT 1 FROM articles s WHERE s.article_id = a.article_id)""")
            self.con.execute("DELETE FROM sentences WHERE article_id IN (SELECT article_id FROM incoming_ids)")
            self.con.execute("DELETE FROM pairs WHERE article_id IN (SELECT article_id FROM incoming_ids)")
            # A pair row's cues carry each cue's sentence_weight: the sentence's own sides are summed from them
            # (SentenceScore.from_stored reads sentence_weight too).
            self.con.execute(f"""INSERT INTO sentences
                SELECT DISTINCT ON (article_id, sentence_id) article_id, sentence_id, sentence_start, sentence, sentiment,
                       sentence_tension,
                       coalesce(list_sum(list_filter(CAST(json_extract(cues, '$[*].sentence_weight') AS DOUBLE[]),
                                                     lambda w: w > 0)), 0),
                       -coalesce(list_sum(list_filter(CAST(json_extract(cues, '$[*].sentence_weight') AS DOUBLE[]),
                                                      lambda w: w < 0)), 0),
                       cues, mentions, ? FROM read_parquet('{prs}')""", [scorer])
            self.con.execute(f"""INSERT INTO pairs BY NAME
                SELECT article_id, sentence_id, actor_a, actor_b, pair, direction, date, source, sentiment, tension,
                       ? AS dictionary_version, ? AS scorer_version, conflict, cooperation, cues
                FROM read_parquet('{prs}')""", [dictionary_version, scorer])
            self.con.execute("UPDATE articles SET dictionary_version = ?, scorer_version = ? "
                             "WHERE article_id IN (SELECT article_id FROM incoming_ids)", [dictionary_version, scorer])
            counts = self.con.execute(f"""SELECT (SELECT count(*) FROM incoming_ids), (SELECT count(*) FROM
                read_parquet('{prs}')), (SELECT count(DISTINCT (article_id, sentence_id)) FROM read_parquet('{prs}'))
                """).fetchall()[0]
            self.con.execute("DROP TABLE incoming_ids")
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(f"{self.path}: cannot import {folder} ({exc})") from exc
        result.articles_new = self.count("articles") - before
        result.articles_scored, result.pair_rows, result.sentences_scored = (int(c) for c in counts)

    def ingest_dask(self, paths: Iterable[str | Path], *, scheduler: str | None = None, workers: int = 2,
                    actors: Sequence[str | Path] = (), today: dt.date | None = None) -> IngestResult:
        """Score the inputs' new or stale articles on a Dask cluster and store them (see dask_engine)."""
        import dask

        from analysis.dask_engine import client_for, close_client, explained_read_failures, score_on_dask

        paths = list(paths)
        run_id = uuid.uuid4().hex[:12]
        result = IngestResult(run_id, LoadReport())
        started = dt.datetime.now()
        dictionary = load_dictionary(tuple(str(a) for a in actors))
        scorer = scorer_version()
        current = frozenset(r[0] for r in self.con.execute(
            "SELECT article_id FROM articles WHERE dictionary_version = ? AND scorer_version = ?",
            [pair_stamp(dictionary.version), scorer]).fetchall())
        out = self.path.parent / "parquet" / run_id  # the partitioned dataset the cluster writes
        client = client_for(scheduler, workers)
        try:
            with explained_read_failures(paths):
                scoring = score_on_dask(paths, actors=actors, today=today, known=current)
                _, _, *counts = dask.compute(
                    scoring.articles.to_parquet(str(out / "articles"), write_index=False, compute=False),
                    scoring.pairs.to_parquet(str(out / "pairs"), write_index=False, compute=False), *scoring.counts)
            self._import_parquet(out, pair_stamp(dictionary.version), scorer, result)
            result.report = scoring.report(counts)  # each bad line and failed file named, as the default engine does
        finally:
            close_client(client)
            # The dataset is only the hand-over from the cluster: stored or not, it is not kept.
            shutil.rmtree(out, ignore_errors=True)
            with contextlib.suppress(OSError):
                out.parent.rmdir()  # only when no other run's dataset is there
        result.articles_already_stored = result.report.articles - result.articles_new
        self._record_run(result, started, dictionary.version)
        self.write_snapshot()
        return result

    def write_snapshot(self) -> list[str]:
        """Bring the Parquet snapshot the dashboard serves (analysis.snapshot) up to the store: the months
        written again."""
        from analysis.snapshot import snapshot_dir, write_snapshot

        try:
            return write_snapshot(self.con, snapshot_dir(self.path))
        except (OSError, duckdb.Error) as exc:
            raise StoreError(f"{snapshot_dir(self.path)}: cannot write the snapshot ({exc})") from exc

    def _record_run(self, result: IngestResult, started: dt.datetime, dictionary_version: str,
                    scorer: str | None = None) -> None:
        now = dt.datetime.now()
        issues = [(result.run_id, now, i.origin, i.level, i.message) for i in result.report.issues]
        self.con.begin()
        if issues:
            self.con.executemany("INSERT INTO load_reports VALUES (?, ?, ?, ?, ?)", issues)
        self.con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            result.run_id, started, now, result.report.files_read, result.files_unchanged, result.articles_new,
            result.articles_scored, result.sentences_scored, result.sentences_reused, dictionary_version,
            scorer or scorer_version()])
        self.con.commit()

    # -- reading -------------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"files", "articles", "sentences", "pairs", "load_reports", "runs", "fetched"}:
            raise ValueError(f"no table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])

    def pair_table(self) -> pd.DataFrame:
        """The stored pair table in the schema's columns (the same table `analyze` returns)."""
        frame = self.con.execute("""
            SELECT p.article_id, a.date, a.source, a.title, p.sentence_id, s.sentence, s.sentence_start,
                   p.actor_a, p.actor_b, p.pair, p.direction, s.sentiment, p.tension, s.tension AS sentence_tension,
                   p.conflict, p.cooperation, p.cues, s.mentions
            FROM pairs p JOIN sentences s USING (article_id, sentence_id) JOIN articles a USING (article_id)
            ORDER BY a.date NULLS LAST, p.article_id, p.sentence_id, p.pair""").df()
        return conform(frame, PAIR_COLUMNS) if not frame.empty else empty(PAIR_COLUMNS)

    def table(self, name: str) -> pd.DataFrame:
        """One of the store's tables.  A store an older release made lacks columns the newer reads: it is upgraded
        by the next ingest, which a read-only export cannot do, so it says so instead of DuckDB's binder error."""
        if name not in {"pairs", "articles", "sentences", "files", "load_reports", "runs", "fetched"}:
            raise ValueError(f"no table {name!r}; choose pairs, articles, sentences, files, load_reports or runs")
        try:
            return self.pair_table() if name == "pairs" else self.con.execute(f"SELECT * FROM {name}").df()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read its {name} table, as a store an older release made lacks "
                             f"what this one reads: ingest into it once to upgrade it (`python -m analysis ingest "
                             f"FILES --db {self.path}`; stored articles are re-linked, not re-read) ({exc})") from exc

    def known_urls(self) -> set[str]:
        """URLs never to fetch again: stored articles' and every feed item already read."""
        rows = self.con.execute("SELECT url FROM articles WHERE url <> '' UNION SELECT url FROM fetched").fetchall()
        return {r[0] for r in rows}

    def remember_urls(self, urls: Iterable[str]) -> None:
        urls = [u for u in dict.fromkeys(urls) if u]
        if urls:
            now = dt.datetime.now()
            self.con.executemany("INSERT OR IGNORE INTO fetched VALUES (?, ?)", [(u, now) for u in urls])

    def feeds(self) -> list[str]:
        """The feed URLs kept in the store (edited from the dashboard in owner mode)."""
        return [r[0] for r in self.con.execute("SELECT url FROM feeds ORDER BY added_at, url").fetchall()]

    def set_feeds(self, urls: Iterable[str]) -> None:
        urls = [u.strip() for u in dict.fromkeys(urls) if u.strip()]
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"not http(s) feed URLs: {', '.join(bad[:3])}")
        now = dt.datetime.now()
        self.con.begin()
        self.con.execute("DELETE FROM feeds")
        if urls:
            self.con.executemany("INSERT INTO feeds VALUES (?, ?)", [(u, now) for u in urls])
        self.con.commit()

    def pending(self) -> int:
        """Articles whose rows are missing or stale for the current versions."""
        return int(self.con.execute(
            "SELECT count(*) FROM articles WHERE dictionary_version IS DISTINCT FROM ? "
            "OR scorer_version IS DISTINCT FROM ?", [pair_stamp(load_dictionary().version), scorer_version()]).fetchall()[0][0])



#: What the dictionary and scorer versions are computed from: the data files and the code that reads them.
_PACKAGE = Path(__file__).resolve().parent


def versions_fingerprint(actors: Sequence[str | Path] = ()) -> str:
    """Changes whenever a file the versions depend on may have: the package's data files and
    modules, and the extra actor files, by path, size and modification time (stat only, nothing
    parsed).  Equal fingerprints give equal versions; a changed one means computing them again."""
    digest = hashlib.sha256()
    files = sorted(p for p in (_PACKAGE / "data").rglob("*") if p.is_file())
    files += sorted(_PACKAGE.glob("*.py")) + [Path(a) for a in actors]
    for f in files:
        try:
            stat = f.stat()
            digest.update(f"{f.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{f}\0missing\n".encode())
    return digest.hexdigest()[:16]


def _sentence_row(article_id: str, item: PairSentence, score: SentenceScore, cues: str, mentions: str,
                  scorer: str) -> tuple:
    return (article_id, item.sentence_id, item.start, item.sentence, score.sentiment, score.tension, score.conflict,
            score.cooperation, cues, mentions, scorer)
