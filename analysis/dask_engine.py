"""Scale-out: the same per-article scoring, run on a Dask cluster.

`python -m analysis run|ingest ... --engine dask [--scheduler ADDRESS]` reads JSONL or Parquet
inputs as a Dask DataFrame (JSONL with the default engine's reader, a block of a large file a task:
a bad line is named by file and line and skipped, as there), scores each partition with exactly the
function the default engine uses (analysis.pipeline.articles_rows, through score_articles), and
writes a partitioned Parquet dataset: one file per input partition.  Without an address it starts
a LocalCluster on this machine (one single-threaded worker process per core asked for); with one
it joins an existing cluster, whose workers need this project installed (same code, same data files).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.loading import (
    LoadReport,
    articles_from_frame,
    file_records,
    jsonl_blocks,
    jsonl_file_read,
    jsonl_range,
    normalise_record,
)
from analysis.pipeline import score_articles
from analysis.readers import LoadIssue, Record
from analysis.schema import ARTICLE_COLUMNS, PAIR_COLUMNS, conform, empty

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


@contextlib.contextmanager
def explained_read_failures(paths: Sequence[str | Path]) -> Iterator[None]:
    """Around the cluster's reading of ``paths``: a Parquet input it cannot read (pyarrow's ValueError) as an
    EngineError naming the inputs, not a traceback.  (A bad JSONL line stops nothing: see read_jsonl_block.)"""
    try:
        yield
    except EngineError:
        raise
    except ValueError as exc:
        raise EngineError(f"the dask engine could not read {', '.join(map(str, paths))} ({exc})") from exc


@dataclass(frozen=True)
class JsonlBlock:
    """A JSONL file, or a block of a large one (bytes start to end, its first line numbered first_line)."""

    path: Path
    start: int = 0
    end: int | None = None  # None: the whole file, read as the default engine reads it
    first_line: int = 1


@dataclass
class BlockRead:
    """What a worker read of one block: its issues (each bad line named by file and line, and skipped), and its
    records with and without a date, from which a split file's own fate is said once all its blocks are read."""

    report: LoadReport
    records: int = 0
    undated: int = 0

    def to_json(self) -> str:
        """As text, which travels in a Dask frame's column (an object column is made a string one)."""
        report = self.report
        return json.dumps({"records": self.records, "undated": self.undated, "files_read": report.files_read,
                           "files_failed": report.files_failed,
                           "issues": [[i.origin, i.message, i.level] for i in report.issues]})

    @classmethod
    def from_json(cls, text: str) -> BlockRead:
        data = json.loads(text)
        report = LoadReport(files_read=data["files_read"], files_failed=data["files_failed"],
                            issues=[LoadIssue(*issue) for issue in data["issues"]])
        return cls(report, data["records"], data["undated"])


def jsonl_input_blocks(files: Sequence[Path], blocksize: int) -> list[JsonlBlock]:
    """The blocks the JSONL ``files`` are read in, one task each: a large file is read by several workers."""
    return [JsonlBlock(f, start, end, first_line) for f in files for start, end, first_line in jsonl_blocks(f, blocksize)]


def read_jsonl_block(block: JsonlBlock, today: dt.date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A block's article rows, read by the default engine's JSONL reader (a bad line is named and skipped,
    the rest kept), and what became of its lines: a BlockRead, in a frame of one row (READ_META) so that the
    cluster computes it in one graph with the frames it writes.  pandas' read_json, which this engine ran
    before, stopped the whole run at the first bad line."""
    read = BlockRead(LoadReport())
    if block.end is None:
        records: Iterable[Record] = file_records(block.path, read.report)
    else:
        records = jsonl_range(block.path, read.report, block.start, block.end, block.first_line)
    rows = []
    for record in records:
        read.records += 1
        read.undated += not record.date
        row = normalise_record(record, read.report, today)
        if row is not None:
            rows.append(row)
    articles = conform(pd.DataFrame(rows), ARTICLE_COLUMNS) if rows else empty(ARTICLE_COLUMNS)
    return articles, pd.DataFrame({"read": [read.to_json()]})


#: The frame of a block's BlockRead, as JSON (see read_jsonl_block).
READ_META = pd.DataFrame({"read": pd.Series([], dtype=str)})


def blocks_report(blocks: Sequence[JsonlBlock], reads: Sequence[BlockRead], parquet: Sequence[Path]) -> LoadReport:
    """The run's LoadReport from its blocks' reads: a file read whole has said its own fate; a split file's is
    said here, once, as the default engine says it (its undated articles, read or failed, its first line that is
    not UTF-8)."""
    report = LoadReport(files_read=len(parquet))
    split: dict[Path, list[BlockRead]] = {}
    for block, read in zip(blocks, reads, strict=True):
        if block.end is None:
            report.files_read += read.report.files_read
            report.files_failed += read.report.files_failed
            report.issues.extend(read.report.issues)
        else:
            split.setdefault(block.path, []).append(read)
    for path, file_reads in split.items():
        not_utf8_said = False
        for read in file_reads:
            for issue in read.report.issues:
                if issue.origin == str(path) and issue.message.startswith("not UTF-8"):
                    if not_utf8_said:
                        continue  # a later block's first, after the file's
                    not_utf8_said = True
                report.add(issue)
        jsonl_file_read(path, report, sum(r.records for r in file_reads), sum(r.undated for r in file_reads))
    return report


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


@dataclass
class DaskScoring:
    """A scoring on Dask, lazy until its caller computes what it writes together with ``counts``: the articles
    (leaving out those already known), their pair rows, and what the summary says of the reading."""

    articles: dd.DataFrame
    pairs: dd.DataFrame
    blocks: list[JsonlBlock]
    parquet: list[Path]
    counts: tuple  # lazy: the blocks' reads (READ_META), articles read (duplicates too), unique articles, undated

    def report(self, counts: tuple) -> LoadReport:
        """The run's LoadReport from ``counts`` computed: every bad line and failed file named, as the default
        engine names them, and the articles counted."""
        reads, read, unique, undated = counts
        report = blocks_report(self.blocks, [BlockRead.from_json(r) for r in reads["read"]], self.parquet)
        report.articles, report.duplicates, report.undated = int(unique), int(read - unique), int(undated)
        return report


def score_on_dask(paths: Sequence[str | Path], *, actors: Sequence[str | Path] = (), blocksize: int = 16 * 2**20,
                  today: dt.date | None = None, known: frozenset[str] = frozenset()) -> DaskScoring:
    """Lazy Dask frames (articles, pairs) for the inputs, leaving out ``known`` article ids.

    A JSONL file is read by the default engine's reader, a block of about ``blocksize`` bytes a task: a bad line
    is named by file and line in the report and skipped, as the default engine does."""
    import dask
    import dask.dataframe as dd

    files = input_files(paths)
    today = today or dt.date.today()
    article_meta = empty(ARTICLE_COLUMNS)
    blocks = jsonl_input_blocks([f for f in files if f.suffix.lower() != ".parquet"], blocksize)
    parquet = [f for f in files if f.suffix.lower() == ".parquet"]
    blocks_read = [dask.delayed(read_jsonl_block, nout=2)(block, today) for block in blocks]
    parts = []
    if blocks_read:
        parts.append(dd.from_delayed([frame for frame, _ in blocks_read], meta=article_meta, verify_meta=False))
        reads = dd.from_delayed([read for _, read in blocks_read], meta=READ_META, verify_meta=False)
    else:
        reads = dd.from_pandas(READ_META, npartitions=1)
    if parquet:
        parts.append(dd.read_parquet([str(f) for f in parquet]).map_partitions(_articles, today, meta=article_meta))
    read = parts[0] if len(parts) == 1 else dd.concat(parts)
    # The same article in two partitions is one article, as in the default engine.
    unique = read.drop_duplicates(subset=["article_id"], split_out=read.npartitions)
    counts = (reads, read.shape[0], unique.shape[0], unique["date"].isna().sum())
    articles = unique.map_partitions(_unknown, known, meta=article_meta)
    pairs = articles.map_partitions(_score, tuple(str(a) for a in actors), meta=empty(PAIR_COLUMNS))
    return DaskScoring(articles, pairs, blocks, parquet, counts)


def run_on_dask(paths: Sequence[str | Path], output: str | Path, *, scheduler: str | None = None, workers: int = 2,
                actors: Sequence[str | Path] = (), blocksize: int = 16 * 2**20) -> dict:
    """Score ``paths`` on a cluster and write the pair table as a partitioned Parquet dataset; "report" is the
    LoadReport of the inputs, as the default engine's."""
    import dask

    client = client_for(scheduler, workers)
    try:
        with explained_read_failures(paths):
            scoring = score_on_dask(paths, actors=actors, blocksize=blocksize)
            _, *counts = dask.compute(scoring.pairs.to_parquet(str(output), write_index=False, overwrite=True,
                                                               compute=False), *scoring.counts)
        written = pd.read_parquet(output, columns=["pair"])
        return {"rows": len(written), "partitions": scoring.pairs.npartitions,
                "workers": len(client.scheduler_info()["workers"]), "report": scoring.report(counts)}
    finally:
        close_client(client)
