"""Scale-out: the same per-article scoring, run on a Dask cluster.

`python -m analysis run|ingest ... --engine dask [--scheduler ADDRESS]` reads JSONL or Parquet
inputs as a Dask DataFrame, scores each partition with exactly the function the default engine
uses (analysis.pipeline.articles_rows, through score_articles), and writes a partitioned Parquet
dataset: one file per input partition.  Without an address it starts a LocalCluster on this
machine (one single-threaded worker process per core asked for); with one it joins an existing
cluster, whose workers need this project installed (same code, same data files).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.loading import articles_from_frame
from analysis.pipeline import score_articles
from analysis.schema import ARTICLE_COLUMNS, PAIR_COLUMNS, empty

if TYPE_CHECKING:
    import dask.dataframe as dd

DASK_SUFFIXES = (".jsonl", ".ndjson", ".parquet")


class EngineError(ValueError):
    """Inputs the Dask engine cannot take; the message names them."""


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """JSONL and Parquet files among ``paths`` (folders searched recursively)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in candidates:
            if f.suffix.lower() in DASK_SUFFIXES:
                files.append(f)
            elif not path.is_dir():
                raise EngineError(f"{f}: the dask engine reads .jsonl and .parquet inputs")
    if not files:
        raise EngineError(f"no .jsonl or .parquet input in {', '.join(map(str, paths))}")
    return files


def bad_jsonl_lines(paths: Sequence[str | Path], limit: int = 5) -> list[str]:
    """"FILE: line N" for the first ``limit`` lines of the JSONL inputs that are no JSON object, read on the client.

    Asked only after a run failed: pandas' read_json, which the cluster runs on each block of a file, stops the
    whole run at a bad line with "Expected object or value at position 99", naming neither file nor line."""
    import json

    found: list[str] = []
    for f in input_files(paths):
        if f.suffix.lower() == ".parquet":
            continue
        with f.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    ok = isinstance(json.loads(line), dict)
                except ValueError:
                    ok = False
                if not ok:
                    found.append(f"{f}: line {number}")
                    if len(found) >= limit:
                        return found
    return found


def read_failure(exc: Exception, paths: Sequence[str | Path]) -> EngineError:
    """A cluster's failure to read the inputs as the message a user can act on: the bad lines by file and number
    when a JSONL line is no JSON (the default engine names and skips each; this one reads whole blocks)."""
    bad = bad_jsonl_lines(paths)
    if not bad:
        return EngineError(f"the dask engine could not read the inputs ({exc})")
    return EngineError("not valid JSON, which the dask engine cannot skip (it reads each file in blocks): "
                       + "; ".join(bad) + ". Fix or remove those lines, or run without --engine dask, which names "
                       "and skips each bad line and keeps the rest")


@contextlib.contextmanager
def explained_read_failures(paths: Sequence[str | Path]) -> Iterator[None]:
    """Around the cluster's reading of ``paths``: a failure to read them (pandas' ValueError) as ``read_failure``."""
    try:
        yield
    except EngineError:
        raise
    except ValueError as exc:
        raise read_failure(exc, paths) from exc


def _read(files: list[Path], blocksize: int):
    import dask.dataframe as dd

    jsonl = [str(f) for f in files if f.suffix.lower() != ".parquet"]
    parquet = [str(f) for f in files if f.suffix.lower() == ".parquet"]
    parts = []
    if jsonl:
        parts.append(dd.read_json(jsonl, lines=True, blocksize=blocksize, dtype=False))
    if parquet:
        parts.append(dd.read_parquet(parquet))
    frame = parts[0] if len(parts) == 1 else dd.concat(parts)
    return frame.astype(str) if jsonl else frame


def _articles(partition: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    partition = partition.replace({"None": None, "nan": None, "NaT": None})
    return articles_from_frame(partition, today=today).articles


def _score(partition: pd.DataFrame, actors: tuple[str, ...]) -> pd.DataFrame:
    return score_articles(partition, actors=actors)


def _unknown(partition: pd.DataFrame, known: frozenset[str]) -> pd.DataFrame:
    return partition[~partition["article_id"].isin(known)] if known else partition


class ShuffleLifecycleFilter(logging.Filter):
    """Leaves out the P2P shuffle's "Shuffle … initialized by task …" and "Shuffle … deactivated due to stimulus …":
    distributed logs both at WARNING on every run whose articles are merged across partitions, though nothing is
    wrong.  Its other warnings (a shuffle restarted, a worker lost) still pass."""

    ROUTINE = ("Shuffle %s initialized by task", "Shuffle %s deactivated due to stimulus")

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(self.ROUTINE))


def _quiet_shuffle_log() -> None:
    """Add ShuffleLifecycleFilter to the (in-process) scheduler's shuffle logger, once."""
    shuffle_log = logging.getLogger("distributed.shuffle._scheduler_plugin")
    if not any(isinstance(f, ShuffleLifecycleFilter) for f in shuffle_log.filters):
        shuffle_log.addFilter(ShuffleLifecycleFilter())


def client_for(scheduler: str | None, workers: int):
    """A client on ``scheduler``, or on a new LocalCluster of ``workers`` processes (closed with the client).

    The LocalCluster's scheduler and workers log WARNING and above only (distributed's INFO lines are its
    bookkeeping, not the user's business) and not the shuffle's routine WARNING lines: a command's stderr
    is its problems and its summary."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    _quiet_shuffle_log()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           host="127.0.0.1", silence_logs=logging.WARNING)
    client = Client(cluster)
    client._owned_cluster = cluster  # type: ignore[attr-defined]  # closed together in close_client
    return client


def close_client(client) -> None:
    cluster = getattr(client, "_owned_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def score_on_dask(paths: Sequence[str | Path], *, actors: Sequence[str | Path] = (), blocksize: int = 16 * 2**20,
                  today: dt.date | None = None, known: frozenset[str] = frozenset()) -> tuple[dd.DataFrame, dd.DataFrame]:
    """Lazy Dask frames (articles, pairs) for the inputs, leaving out ``known`` article ids."""
    files = input_files(paths)
    raw = _read(files, blocksize)
    today = today or dt.date.today()
    article_meta = empty(ARTICLE_COLUMNS)
    articles = raw.map_partitions(_articles, today, meta=article_meta)
    # The same article in two partitions is one article, as in the default engine.
    articles = articles.drop_duplicates(subset=["article_id"], split_out=articles.npartitions)
    articles = articles.map_partitions(_unknown, known, meta=article_meta)
    pairs = articles.map_partitions(_score, tuple(str(a) for a in actors), meta=empty(PAIR_COLUMNS))
    return articles, pairs


def run_on_dask(paths: Sequence[str | Path], output: str | Path, *, scheduler: str | None = None, workers: int = 2,
                actors: Sequence[str | Path] = (), blocksize: int = 16 * 2**20) -> dict:
    """Score ``paths`` on a cluster and write the pair table as a partitioned Parquet dataset."""
    client = client_for(scheduler, workers)
    try:
        with explained_read_failures(paths):
            _, pairs = score_on_dask(paths, actors=actors, blocksize=blocksize)
            pairs.to_parquet(str(output), write_index=False, overwrite=True)
        written = pd.read_parquet(output, columns=["pair"])
        return {"rows": len(written), "partitions": pairs.npartitions, "workers": len(client.scheduler_info()["workers"])}
    finally:
        close_client(client)
