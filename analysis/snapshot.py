"""The store's Parquet snapshot: what the dashboard serves, written by ingest, read without the store's lock.

Layout, beside the store file ``NAME.duckdb``::

    NAME.snapshot/manifest.json
    NAME.snapshot/{articles,pairs,sentences,<each of ROLLUPS>}/month=YYYY-MM/<generation>-<n>.parquet
    NAME.snapshot/{...}/month=undated/...

Why this layout: DuckDB lets one process hold a store file for writing, so a dashboard reading the
file would fight every ingest for the lock, and copying it into memory does not scale.  Parquet
files are read by any number of processes while ingest writes new ones.  A month is the unit of
change: news arrives dated, so a day's ingest touches the latest month or two, and only those
partitions are written again (undated articles have their own partition).  The pairs are sorted by
pair inside a partition, so a pair filter skips most row groups; they carry ``categories`` (the
categories of the cues that counted for the pair), computed once here, so no query parses cues.

Beside the rows, the same run writes rollups of them (``ROLLUPS``), so a dashboard answers a
view without reading every row: ``pair_days`` holds per pair, day and news source every sum
analysis.aggregate.from_sums needs (counts and sums are additive across days and sources because
an article has one date and one source; so is the per-article conflict square, summed per
article first); ``source_days`` the articles per day and source (the tension index's
denominator); ``article_mentions`` each article's pair rows and its title (the key figures' article
count, the article list when no pair is chosen, and the list's labels, without reading the articles);
``pair_day_categories`` pair_days' sums per category set as well (a view with a cue-category
filter; ``pair_day_categories_sql`` says why a set), and ``pair_week_categories`` and
``pair_month_categories`` those summed over sources and each week or month (``category_period_sql``),
which a dashboard otherwise made from it every time it opened; ``article_actors`` each article's rows
naming each actor (the article count and list of a view of one actor, ``article_actors_sql``).
They are partitioned by month like the rows, so a month and its rollups are always rewritten together.

A dashboard holds ``pair_day_categories`` in memory and filters it by pair: read month by month, every
block of it spans every pair, and a filter on three pairs reads it whole.  So the snapshot keeps it a
second time, derived from its month files: one file of every month's rows sorted by pair and day
(``SORTED``, listed under the manifest's ``sorted``), which a dashboard reads from the file for views
of chosen pairs (dashboard.views_sql.BY_PAIR), skipping the other pairs' row groups, with no sort at
open.  It is written again from the month files whenever they change (a sort of the rollup, not of
the rows), and named by generation like them.

The manifest names every file a reader may read, with each month's signature (its scored articles
and their version stamps).  A run compares the signatures with the store's, writes the changed
months to new files, and then replaces the manifest in one rename: a reader sees the old snapshot
or the new one, never half a partition.  Files of the generation before are deleted one run later,
so a dashboard still reading them is not cut off mid-query.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import duckdb

MANIFEST = "manifest.json"
#: The category rollups by week and month, per period unit (the day one is pair_day_categories itself).
CATEGORY_PERIOD_ROLLUPS = {"W": "pair_week_categories", "M": "pair_month_categories"}
ROLLUPS = ("pair_days", "source_days", "article_mentions", "pair_day_categories", *CATEGORY_PERIOD_ROLLUPS.values())
#: Rollups as large as the articles times their actors: read from their files like the rows, never held
#: in memory.
ARTICLE_ROLLUPS = ("article_actors",)
TABLES = ("articles", "pairs", "sentences", *ROLLUPS, *ARTICLE_ROLLUPS)
#: A snapshot written with another layout (say, before the rollups) is written again whole by ingest.
LAYOUT = 6
#: Layouts whose month files the current one keeps as they are: it only adds files derived from them
#: (layout 5 lacks the ``SORTED`` files), which the next ingest writes without writing a month again.
EXTENDED_LAYOUTS = (5,)
#: Layouts a dashboard still opens as they are, so a store whose ingest is running still opens: what
#: they lack is made at open (dashboard.sources): layout 2 lacks ``pair_day_categories`` (made from the
#: rows), layouts 2 and 3 the category period rollups (made from it) and ``article_mentions``' title
#: (read from the articles), layouts 2 to 4 ``article_actors`` (a view summing the rows when asked),
#: layouts 2 to 5 the ``SORTED`` files (the month files are read instead).
READABLE_LAYOUTS = (2, 3, 4, 5, LAYOUT)
#: Rollups a dashboard holds in memory and filters by pair, kept once more as one file of every month's
#: rows sorted by these columns (the month a column of the file, as the month files' folders give it).
SORTED = {"pair_day_categories": ("pair", "day")}
UNDATED = "undated"
REPORTS_KEPT = 200  # the dashboard lists at most this many input problems

#: The categories of the cues that counted for a pair row (weight != 0 in its cues JSON).
COUNTED_CATEGORIES_SQL = ("list_distinct(list_transform(list_filter(json_extract({cues}, '$[*]'), "
                          "lambda c: CAST(c->>'weight' AS DOUBLE) <> 0), lambda c: c->>'category'))")

_MONTH = "coalesce(strftime({date}, '%Y-%m'), '" + UNDATED + "')"

#: Per table: the rows of the scored articles, with their month, as the snapshot holds them.
_SELECT = {
    "articles": f"""SELECT article_id, date, source, title, url, text, origin, {_MONTH.format(date='date')} AS month
                    FROM articles WHERE scorer_version IS NOT NULL""",
    "pairs": f"""SELECT p.article_id, p.sentence_id, p.actor_a, p.actor_b, p.pair, p.direction, p.date, p.source,
                        p.sentiment, p.tension, p.conflict, p.cooperation,
                        {COUNTED_CATEGORIES_SQL.format(cues='p.cues')} AS categories, p.cues,
                        {_MONTH.format(date='a.date')} AS month
                 FROM pairs p JOIN articles a USING (article_id) WHERE a.scorer_version IS NOT NULL""",
    "sentences": f"""SELECT s.article_id, s.sentence_id, s.sentence_start, s.sentence, s.sentiment, s.tension,
                            s.mentions, {_MONTH.format(date='a.date')} AS month
                     FROM sentences s JOIN articles a USING (article_id) WHERE a.scorer_version IS NOT NULL""",
}


def pair_days_sql(pairs: str, keep: str = "") -> str:
    """Per pair, day and source of the relation ``pairs`` (pair rows): the sums of from_sums.

    Summed per article first (an article has one day and one source), so ``articles`` counts
    distinct articles and ``conflict_article_sq`` is the sum of each article's conflict squared,
    as analysis.aggregate.period_sums makes them.  ``keep``: more columns to group by (", month")."""
    return f"""
        SELECT pair, day, source{keep}, any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b,
               sum(mentions)::BIGINT AS mentions, count(*)::BIGINT AS articles,
               sum(sentiment_sum) AS sentiment_sum, sum(sentiment_sq) AS sentiment_sq,
               sum(tension_sum) AS tension_sum, sum(tension_sq) AS tension_sq,
               sum(conflict_total) AS conflict_total, sum(cooperation_total) AS cooperation_total,
               sum(conflict_total * conflict_total) AS conflict_article_sq
        FROM (SELECT pair, article_id, date_trunc('day', date)::TIMESTAMP AS day, source{keep},
                     any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b, count(*) AS mentions,
                     sum(sentiment) AS sentiment_sum, sum(sentiment * sentiment) AS sentiment_sq,
                     sum(tension) AS tension_sum, sum(tension * tension) AS tension_sq,
                     sum(conflict) AS conflict_total, sum(cooperation) AS cooperation_total
              FROM {pairs} GROUP BY ALL)
        GROUP BY ALL"""


def pair_day_categories_sql(pairs: str, keep: str = "") -> str:
    """Per pair, day, source and *category set* of the relation ``pairs``: pair_days' sums over the rows
    whose counted categories are exactly that set (sorted), for the rows with at least one category.

    Why a set as the key: a row counts in every category of its set, so a rollup per single category
    counts a row once per chosen category it has.  Keyed by the whole set, each row sits in exactly
    one rollup row, and "the rows with any of the chosen categories" is a filter over rollup rows
    (``list_has_any(categories, chosen)``) that counts every row once.  Rows without a category are
    left out: no category filter keeps them.

    ``articles`` and ``conflict_article_sq`` are per article, and an article's rows of one pair may
    carry different sets, of which a filter keeps some: those (pair, article) groups keep their
    ``article_id`` (one rollup row per set they have), to be summed per article after the filter;
    the others, an article's rows of the pair all of one set, are summed over articles
    (``article_id`` NULL).  ``keep``: more columns to group by (", month")."""
    return f"""
        WITH per_article AS (
            SELECT pair, article_id, date_trunc('day', date)::TIMESTAMP AS day, source{keep},
                   list_sort(categories) AS categories, any_value(actor_a) AS actor_a,
                   any_value(actor_b) AS actor_b, count(*) AS mentions,
                   sum(sentiment) AS sentiment_sum, sum(sentiment * sentiment) AS sentiment_sq,
                   sum(tension) AS tension_sum, sum(tension * tension) AS tension_sq,
                   sum(conflict) AS conflict_total, sum(cooperation) AS cooperation_total,
                   count(*) OVER (PARTITION BY pair, article_id) AS sets
            FROM {pairs} WHERE len(categories) > 0
            GROUP BY pair, article_id, day, source{keep}, list_sort(categories))
        SELECT pair, day, source{keep}, categories, CASE WHEN sets > 1 THEN article_id END AS article_id,
               any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b,
               sum(mentions)::BIGINT AS mentions, count(*)::BIGINT AS articles,
               sum(sentiment_sum) AS sentiment_sum, sum(sentiment_sq) AS sentiment_sq,
               sum(tension_sum) AS tension_sum, sum(tension_sq) AS tension_sq,
               sum(conflict_total) AS conflict_total, sum(cooperation_total) AS cooperation_total,
               sum(conflict_total * conflict_total) AS conflict_article_sq
        FROM per_article GROUP BY pair, day, source{keep}, categories, CASE WHEN sets > 1 THEN article_id END"""


def source_days_sql(articles: str, keep: str = "") -> str:
    """Articles (with pairs or not) per day and source of the relation ``articles``."""
    return f"""SELECT date_trunc('day', date)::TIMESTAMP AS day, source{keep}, count(*)::BIGINT AS articles
               FROM {articles} GROUP BY ALL"""


def article_mentions_sql(pairs: str, keep: str = "") -> str:
    """Per article of the relation ``pairs`` (pair rows with their article's ``title``): its date, source
    and title (the rows') and its pair rows."""
    return f"""SELECT article_id, any_value(date) AS date, any_value(source) AS source{keep},
                      count(*)::BIGINT AS mentions, any_value(title) AS title
               FROM {pairs} GROUP BY article_id{keep}"""


def article_actors_sql(pairs: str, keep: str = "") -> str:
    """Per actor and article of the relation ``pairs`` (pair rows): the article's day and source and its
    rows naming the actor.

    Why: the article count and list of a view of one actor's pairs are each article's rows naming the
    actor, which the rows give only by grouping millions of them per article on every such view; here
    they are grouped once, and a view reads the actor's rows of this rollup as they are (one per article,
    as an article has one day and one source)."""
    return f"""SELECT actor, article_id, date_trunc('day', any_value(date))::TIMESTAMP AS day,
                      any_value(source) AS source{keep}, count(*)::BIGINT AS mentions
               FROM (SELECT actor_a AS actor, article_id, date, source{keep} FROM {pairs}
                     UNION ALL SELECT actor_b AS actor, article_id, date, source{keep} FROM {pairs})
               GROUP BY actor, article_id{keep}"""


_PERIOD_UNIT = {"D": "day", "W": "week", "M": "month"}
#: Every sum of the rollups, in their column order.
SUM_COLUMNS = ("mentions", "articles", "sentiment_sum", "sentiment_sq", "tension_sum", "tension_sq",
               "conflict_total", "cooperation_total", "conflict_article_sq")


def summed_columns() -> str:
    """Every sum of the rollups, summed again over a coarser grouping (counts stay integers)."""
    return ", ".join(f"sum({c})::{'BIGINT' if c in ('mentions', 'articles') else 'DOUBLE'} AS {c}" for c in SUM_COLUMNS)


def category_period_sql(pair_day_categories: str, period: str, keep: str = "") -> str:
    """The relation ``pair_day_categories`` summed over sources and the days of each ``period`` ("W" or
    "M"): per pair, period start (NULL for undated rows), category set and the article id of a split
    (pair, article) group, every sum.  ``keep``: more columns to group by (", month": a week across
    two months is then two rows, one per month, which a view sums again as it sums any rollup rows)."""
    return f"""SELECT pair, date_trunc('{_PERIOD_UNIT[period]}', day)::TIMESTAMP AS period, categories, article_id{keep},
                      any_value(actor_a) AS actor_a, any_value(actor_b) AS actor_b, {summed_columns()}
               FROM {pair_day_categories} GROUP BY ALL"""


_SELECT["pair_days"] = pair_days_sql(f"({_SELECT['pairs']})", ", month")
_SELECT["pair_day_categories"] = pair_day_categories_sql(f"({_SELECT['pairs']})", ", month")
_SELECT["source_days"] = source_days_sql(f"({_SELECT['articles']})", ", month")
_SELECT["article_actors"] = article_actors_sql(f"({_SELECT['pairs']})", ", month")
_SELECT["article_mentions"] = article_mentions_sql(
    f"(SELECT p.*, a.title FROM ({_SELECT['pairs']}) p JOIN articles a USING (article_id))", ", month")
#: The day category rollup of the months being written, made once for the rollups summed from it.
_DAY_CATEGORIES = "snapshot_pair_day_categories"
for _period, _name in CATEGORY_PERIOD_ROLLUPS.items():
    _SELECT[_name] = category_period_sql(_DAY_CATEGORIES, _period, ", month")
# Pairs sorted so a pair filter skips row groups; articles and sentences are read by article id, so
# sorted by it; row groups small enough that a month's file has many to skip.
_ORDER = {"pairs": " ORDER BY pair", "pair_days": " ORDER BY pair, day", "pair_day_categories": " ORDER BY pair, day",
          "pair_week_categories": " ORDER BY pair, period", "pair_month_categories": " ORDER BY pair, period",
          "article_actors": " ORDER BY actor, article_id",
          "articles": " ORDER BY article_id", "sentences": " ORDER BY article_id, sentence_id"}
ROW_GROUP_ROWS = 16384


def sql_literal(path: str | Path) -> str:
    """``path`` as an SQL string literal (a quote in it doubled), for the file lists of ``read_parquet``."""
    return "'" + str(path).replace("'", "''") + "'"


def snapshot_dir(store_path: Path) -> Path:
    """Where the snapshot of the store at ``store_path`` lives."""
    return store_path.with_name(store_path.stem + ".snapshot")


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def month_signatures(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Per month, a digest of its scored articles and their stamps: it changes whenever the month's rows do."""
    rows = con.execute(f"""
        SELECT {_MONTH.format(date='date')} AS month, count(*),
               bit_xor(hash(article_id, dictionary_version, scorer_version))
        FROM articles WHERE scorer_version IS NOT NULL GROUP BY ALL""").fetchall()
    return {month: f"{n}:{digest}" for month, n, digest in rows}


def write_snapshot(con: duckdb.DuckDBPyConnection, folder: Path) -> list[str]:
    """Bring the snapshot in ``folder`` up to the store behind ``con``; the months written again, sorted.

    ``con`` may be read-only: only the snapshot's files are written."""
    folder.mkdir(parents=True, exist_ok=True)
    old = read_manifest(folder) or {}
    if old.get("layout") not in (LAYOUT, *EXTENDED_LAYOUTS):  # keep none of another layout's files (they are
        old = {"files": old.get("files", {})} if old else {}   # deleted a run later)
    old_signatures: dict[str, str] = old.get("signatures", {})
    signatures = month_signatures(con)
    changed = sorted(m for m, sig in signatures.items() if old_signatures.get(m) != sig)
    kept = old.get("files", {}) if "layout" in old else {}
    files: dict[str, dict[str, list[str]]] = {t: {m: f for m, f in kept.get(t, {}).items()
                                                  if m in signatures and m not in changed} for t in TABLES}
    generation = uuid.uuid4().hex[:12]
    staging = folder / f".staging-{generation}"
    con.execute("CREATE OR REPLACE TEMP TABLE snapshot_months AS SELECT unnest(?::VARCHAR[]) AS month", [changed])
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {_DAY_CATEGORIES} AS SELECT * FROM ({_SELECT['pair_day_categories']})
                    WHERE month IN (SELECT month FROM snapshot_months)""")
    try:
        if changed:
            staging.mkdir()
            for table in TABLES:
                select = f"SELECT * FROM {_DAY_CATEGORIES}" if table == "pair_day_categories" else _SELECT[table]
                con.execute(f"""COPY (SELECT * FROM ({select}) WHERE month IN (SELECT month FROM snapshot_months)
                                      {_ORDER.get(table, "")})
                                TO '{staging / table}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (month),
                                                         ROW_GROUP_SIZE {ROW_GROUP_ROWS})""")
                files[table].update(_move_into_place(staging / table, folder / table, generation))
        for table in TABLES:
            if not any(files[table].values()):  # an empty table still needs a file with its columns
                empty = folder / table / f"empty-{generation}.parquet"
                empty.parent.mkdir(parents=True, exist_ok=True)
                con.execute(f"COPY (SELECT * EXCLUDE (month) FROM ({_SELECT[table]}) WHERE false) TO '{empty}' "
                            "(FORMAT parquet)")
                files[table] = {"": [str(empty.relative_to(folder))]}
        sorted_files = _write_sorted(con, folder, files, old if "layout" in old else {}, staging, generation)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        con.execute(f"DROP TABLE IF EXISTS {_DAY_CATEGORIES}")
        con.execute("DROP TABLE IF EXISTS snapshot_months")
    manifest = {"layout": LAYOUT, "generation": generation, "signatures": signatures, "files": files,
                "sorted": sorted_files, **_meta(con)}
    _replace(folder / MANIFEST, json.dumps(manifest, indent=1, default=str))
    _delete_unlisted(folder, [manifest, old])
    return changed


def _write_sorted(con: duckdb.DuckDBPyConnection, folder: Path, files: dict[str, dict[str, list[str]]],
                  old: dict, staging: Path, generation: str) -> dict[str, str]:
    """The ``SORTED`` files of the month files ``files`` lists: table → file, relative to ``folder``.

    Kept from the manifest ``old`` when it was derived from the same month files; written again from
    every month's files otherwise (a month written, added or gone; or none yet: a snapshot of an
    ``EXTENDED_LAYOUTS`` layout).  A table with no month files has none: a dashboard reads its empty
    file instead."""
    out: dict[str, str] = {}
    for table, order in SORTED.items():
        months = files[table]
        if "" in months or not months:
            continue
        if table in old.get("sorted", {}) and old.get("files", {}).get(table) == months:
            out[table] = old["sorted"][table]
            continue
        names = ", ".join(sql_literal(folder / f) for names in months.values() for f in names)
        staging.mkdir(exist_ok=True)
        staged = staging / f"{table}-sorted.parquet"
        con.execute(f"""COPY (SELECT * FROM read_parquet([{names}], hive_partitioning = true,
                                                        hive_types = {{'month': VARCHAR}})
                              ORDER BY {', '.join(order)})
                        TO '{staged}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP_ROWS})""")
        target = folder / table / f"sorted-{generation}.parquet"
        os.replace(staged, target)
        out[table] = str(target.relative_to(folder))
    return out


def _move_into_place(staged: Path, target: Path, generation: str) -> dict[str, list[str]]:
    """The staged month folders' files moved under ``target`` with this generation's names: month → files."""
    placed: dict[str, list[str]] = {}
    if not staged.is_dir():
        return placed
    for part in sorted(staged.iterdir()):
        month = part.name.partition("=")[2]
        (target / part.name).mkdir(parents=True, exist_ok=True)
        names = []
        for i, f in enumerate(sorted(part.glob("*.parquet"))):
            dest = target / part.name / f"{generation}-{i}.parquet"
            os.replace(f, dest)
            names.append(f"{target.name}/{part.name}/{dest.name}")
        placed[month] = names
    return placed


def _meta(con: duckdb.DuckDBPyConnection) -> dict:
    """The last run's versions and input problems, which the dashboard shows beside the data."""
    versions = con.execute("""SELECT dictionary_version, scorer_version FROM runs
                              ORDER BY finished DESC NULLS LAST LIMIT 1""").fetchall()
    reports = con.execute(f"""SELECT origin, level, message FROM load_reports
        WHERE run_id = (SELECT run_id FROM runs ORDER BY finished DESC NULLS LAST LIMIT 1) AND level <> 'info'
        LIMIT {REPORTS_KEPT}""").fetchall()
    dictionary, scorer = versions[0] if versions else (None, None)
    return {"dictionary_version": dictionary, "scorer_version": scorer,
            "reports": [{"origin": o, "level": lvl, "message": m} for o, lvl, m in reports]}


def _replace(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (a rename is atomic within one file system)."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _delete_unlisted(folder: Path, manifests: list[dict]) -> None:
    """Parquet files neither this manifest nor the one before names (the previous generation's readers
    may still be reading the latter)."""
    keep = {f for m in manifests for table in m.get("files", {}).values() for names in table.values() for f in names}
    keep |= {f for m in manifests for f in m.get("sorted", {}).values()}
    for table in TABLES:
        for f in (folder / table).rglob("*.parquet") if (folder / table).is_dir() else []:
            if str(f.relative_to(folder)) not in keep:
                f.unlink(missing_ok=True)
        for part in (folder / table).iterdir() if (folder / table).is_dir() else []:
            if part.is_dir() and not any(part.iterdir()):
                part.rmdir()


def snapshot_files(folder: Path, manifest: dict, table: str) -> list[str]:
    """The absolute paths of one table's files, as the manifest lists them."""
    return [str(folder / f) for names in manifest["files"][table].values() for f in names]


def sorted_file(folder: Path, manifest: dict, table: str) -> str | None:
    """The absolute path of ``table``'s ``SORTED`` file (None: the snapshot has none; read its month files)."""
    name = manifest.get("sorted", {}).get(table)
    return str(folder / name) if name else None
