"""``python -m analysis``: the command line over the library.

Exit codes: 0 when something was analysed and written (even if some inputs failed: the summary
lists them), 1 when nothing could be read, 2 for usage errors, 3 when the output could not be
written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.actors import ActorDictionaryError, load_dictionary
from analysis.loading import LoadReport, counted, said, stream_articles
from analysis.pipeline import score_tables
from analysis.schema import PAIR_COLUMNS, empty, frame_from_tables
from analysis.storage import FORMATS, StorageError, TableWriter, write_table

if TYPE_CHECKING:
    from analysis.feeds import FeedResult

PROGRESS_MIN_ARTICLES = 200  # below this a run takes about a second: no bar
WRITE_ROWS = 50_000  # pair rows held before `run` writes them (one Parquet row group)


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    """The commands' parser; ``prog`` is how the user started it (None: argparse's name of the script run, so
    the console script's usage line says tension-tracker; ``python -m analysis`` passes its own words)."""
    parser = argparse.ArgumentParser(prog=prog, description="Tension Tracker: news → actor-pair tension.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="analyse articles and write the pair table")
    run.add_argument("paths", nargs="+", help="files or folders (.txt .md .csv .tsv .json .jsonl .html)")
    run.add_argument("-o", "--output", required=True, help=f"output file: {', '.join(FORMATS)}")
    run.add_argument("--actors", action="append", default=[], metavar="FILE",
                     help="extra actor dictionary (YAML or CSV), overriding the built-in one; repeatable")
    run.add_argument("--workers", type=int, default=None,
                     help="worker processes (default 1; with --engine dask: LocalCluster workers, default 2)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="dask: score .jsonl/.parquet inputs on a Dask cluster; -o names a Parquet dataset")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="an existing Dask scheduler (tcp://host:8786); default: a LocalCluster")
    run.add_argument("--quiet", action="store_true", help="no progress bar or summary")

    ingest = sub.add_parser("ingest", help="add new or changed articles to the store, scoring only what changed")
    ingest.add_argument("paths", nargs="*", help="files or folders")
    ingest.add_argument("--db", default=None, help="store file (default $TENSION_TRACKER_DB or data/tension.duckdb)")
    ingest.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary")
    ingest.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed; repeatable")
    ingest.add_argument("--feeds-file", action="append", default=[], metavar="FILE",
                        help="feed URLs, one per line (or a YAML list under 'feeds')")
    ingest.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="dask: score new .jsonl/.parquet inputs on a Dask cluster")
    ingest.add_argument("--scheduler", default=None, metavar="ADDRESS", help="an existing Dask scheduler")
    ingest.add_argument("--workers", type=int, default=None,
                        help="LocalCluster workers with --engine dask (default 2)")
    ingest.add_argument("--quiet", action="store_true", help="no progress or summary")

    watch = sub.add_parser("watch", help="keep polling feeds and ingesting what is new")
    watch.add_argument("--feed", action="append", default=[], metavar="URL",
                       help="an RSS or Atom feed; repeatable (the store's own feed list is polled too)")
    watch.add_argument("--feeds-file", action="append", default=[], metavar="FILE",
                       help="feed URLs, one per line (or a YAML list under 'feeds')")
    watch.add_argument("--every", default="15m", help="interval: 90s, 15m, 2h (default 15m)")
    watch.add_argument("--rounds", type=int, default=0, help="stop after this many rounds (0: never)")
    watch.add_argument("--db", default=None, help="store file (default $TENSION_TRACKER_DB or data/tension.duckdb)")
    watch.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary")
    watch.add_argument("--quiet", action="store_true", help="no per-feed lines or round summaries")

    export = sub.add_parser("export", help="write a table of the store to .csv, .parquet or .jsonl")
    export.add_argument("--db", default=None, help="store file (default $TENSION_TRACKER_DB or data/tension.duckdb)")
    export.add_argument("-o", "--output", required=True, help=f"output file: {', '.join(FORMATS)}")
    export.add_argument("--table", default="pairs", help="the table to write (default pairs: the pair table)",
                        choices=["pairs", "articles", "sentences", "files", "load_reports", "runs"])
    return parser


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if getattr(args, "scheduler", None) and args.engine != "dask":  # it was ignored without a word
        _command_parser(parser, args.command).error("--scheduler goes with --engine dask: "
                                                    "the default engine uses no Dask scheduler")
    if args.command == "ingest" and args.workers is not None and args.engine != "dask":  # ignored without a word too
        _command_parser(parser, "ingest").error("ingest's --workers goes with --engine dask: the default engine "
                                                "scores a store's new articles in one process")
    commands = {"run": run_command, "ingest": ingest_command, "export": export_command, "watch": watch_command}
    return commands[args.command](args)


def _command_parser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    """The parser of ``command``, whose error() names it in the usage line, as argparse's own errors do."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[command]


def workers_asked(args: argparse.Namespace) -> int:
    """--workers, or the engine's default when it is not given: 1 process for the default engine, 2 LocalCluster
    workers for Dask (a default of 1 for both made an explicit `--workers 1` on Dask mean 2)."""
    if args.workers is not None:
        return args.workers
    return 2 if args.engine == "dask" else 1


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def _no_folder(output: str) -> bool:
    """Whether ``output``'s folder is missing, said on stderr: a mistyped folder ("-o /nonexist/x.csv") was
    created, and the table written where nobody would look.  A usage error, exit 2, as a wrong format is.

    A file where a folder of the path should be ("-o notes.txt/x.csv") is the same mistake, named as such:
    it failed at the write as "cannot write (File exists)", exit 3, and "create it first" would ask for a
    folder where a file is."""
    folder = Path(output).parent
    if folder.is_dir():
        return False
    # The nearest part of the path that exists: a file there is what stops it.
    blocking = next((part for part in (folder, *folder.parents) if part.exists()), None)
    if blocking is not None and not blocking.is_dir():
        print(f"error: {output}: {blocking} is a file, not a folder (the path goes through it)",
              file=sys.stderr)
    else:
        print(f"error: {output}: no folder {folder} (create it first: a file's folder is not made for you)",
              file=sys.stderr)
    return True


def run_command(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        return run_dask_command(args)
    if not args.output.lower().endswith(FORMATS):
        print(f"error: {args.output}: output must end with {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    if _no_folder(args.output):
        return 2
    if workers_asked(args) < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        dictionary = load_dictionary(args.actors)
    except ActorDictionaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = LoadReport()
    try:
        writer = TableWriter(args.output)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    bar = _LazyBar(args.quiet)
    pairs: set[str] = set()
    try:
        # Read, scored and written a chunk at a time: memory holds a few chunks, not the corpus.
        articles = bar.totalled(stream_articles(args.paths, report, on_file=bar.file_started), report)
        held: list = []  # written WRITE_ROWS at a time: a Parquet row group or append per chunk costs more than the rows
        for table in score_tables(articles, actors=args.actors, workers=workers_asked(args), progress=bar.update):
            pairs.update(table.column("pair").unique().to_pylist())
            held.append(table)
            if sum(t.num_rows for t in held) >= WRITE_ROWS:
                writer.write(frame_from_tables(held, PAIR_COLUMNS))
                held = []
        if held:
            writer.write(frame_from_tables(held, PAIR_COLUMNS))
        bar.close()
        _print_issues(report)
        if not report.articles:
            writer.discard()
            print(f"error: no article could be read ({report.summary()})", file=sys.stderr)
            return 1
        writer.write(empty(PAIR_COLUMNS))  # the columns, when no article held a pair
        writer.close()
    except StorageError as exc:
        writer.discard()
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except BaseException:
        writer.discard()
        raise
    elapsed = time.perf_counter() - started
    _say(args, f"read {report.summary()}" + fates(report))
    _say(args, f"found {counted(writer.rows, 'pair row')} ({counted(len(pairs), 'pair')}) in {elapsed:.1f}s; "
               f"dictionary {dictionary.version}; wrote {args.output}")
    return 0


def _print_issues(report: LoadReport) -> None:
    """Each lost or flagged input (see loading.said) on stderr, by file and line: printed even with --quiet."""
    for issue in report.issues:
        if said(issue):
            print(f"{issue.level}: {issue}", file=sys.stderr)


def fates(report: LoadReport) -> str:
    """Why inputs were lost, and why others were kept with a warning, apart: one list "skipped or
    flagged" under "5 inputs lost" counted an undated article that was kept, and a file decoded as
    Windows-1252 that lost nothing, among the lost."""
    parts = []
    for level, words in (("error", "lost"), ("warning", "kept with a warning")):
        reasons = report.reasons(level)
        if reasons:
            parts.append(f"{words}: " + ", ".join(f"{reason} ×{n}" for reason, n in reasons.most_common()))
    return f" — {'; '.join(parts)}" if parts else ""


class _LazyBar:
    """A progress bar that appears once PROGRESS_MIN_ARTICLES are scored (a short run shows none).

    Its total is the articles' once all are read (reading runs a few chunks ahead of scoring, and a run
    smaller than a chunk is read whole before any is scored); until then it says which file of how many
    is being read: counting articles beforehand would read the corpus twice.

    Without tqdm's monitor thread: a thread running would stop the workers from being forked
    (see pipeline._context)."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.done = 0
        self.total: int | None = None
        self.file = ""
        self.bar = None

    def file_started(self, number: int, files: int) -> None:
        self.file = f"file {number:,}/{files:,}" if files > 1 else ""
        if self.bar is not None:
            self.bar.set_description_str(self.file, refresh=False)

    def totalled(self, articles: Iterator[dict], report: LoadReport) -> Iterator[dict]:
        """``articles``, and the bar's total once they are all read (``report`` counts them)."""
        yield from articles
        self.total, self.file = report.articles, ""
        if self.bar is not None:
            self.bar.total = self.total
            self.bar.set_description_str("", refresh=False)
            self.bar.refresh()

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif not self.quiet and self.done >= PROGRESS_MIN_ARTICLES:
            from tqdm import tqdm

            tqdm.monitor_interval = 0
            self.bar = tqdm(initial=self.done, total=self.total, desc=self.file, unit="article", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress_printer(args: argparse.Namespace, total_label: str) -> Callable[[int], None] | None:
    """A line per batch on stderr: readable in logs and by the crash test, unlike a redrawn bar."""
    if args.quiet:
        return None
    done = [0]

    def report(n: int) -> None:
        done[0] += n
        # the count bare (no thousands separator: read by scripts, as the crash test does), the noun agreeing
        label = total_label.replace("articles", "article", 1) if done[0] == 1 else total_label
        print(f"progress: {done[0]} {label}", file=sys.stderr, flush=True)

    return report


def ingest_command(args: argparse.Namespace) -> int:
    # The actor files are read only when something is to be scored (an unchanged re-ingest reads
    # none): a bad one is reported then, still as a usage error.
    from analysis.feeds import feed_urls, ingest_feeds
    from analysis.store import Store, StoreError

    try:
        feeds = feed_urls(args.feed, args.feeds_file)
    except OSError as exc:
        print(f"error: cannot read feeds file ({exc})", file=sys.stderr)
        return 2
    except ValueError as exc:  # a YAML feeds file that does not parse: its file and line
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.paths and not feeds:
        print("error: give files or folders, or --feed URL", file=sys.stderr)
        return 2
    if args.db and _no_folder(args.db):  # the store's own folder is made only for the default path
        return 2
    if args.engine == "dask" and workers_asked(args) < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    feed_results: list[FeedResult] = []
    try:
        with Store(args.db) as store:
            if args.engine == "dask":
                result = store.ingest_dask(args.paths, scheduler=args.scheduler, workers=workers_asked(args),
                                           actors=args.actors)
            else:
                result = store.ingest(args.paths, actors=args.actors,
                                      progress=_progress_printer(args, "articles scored"))
            if feeds:
                feed_results, feed_ingest = ingest_feeds(store, feeds, actors=args.actors)
                result.articles_new += feed_ingest.articles_new
                result.articles_already_stored += feed_ingest.articles_already_stored
                result.articles_scored += feed_ingest.articles_scored
                result.sentences_scored += feed_ingest.sentences_scored
                result.sentences_reused += feed_ingest.sentences_reused
                result.pair_rows += feed_ingest.pair_rows
                result.report.issues.extend(feed_ingest.report.issues)  # e.g. an item's date kept undated
            total = store.count("articles")
            path = store.path
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except ActorDictionaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # the dask engine's EngineError: inputs it cannot take
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for feed in feed_results:
        _say(args, _feed_line(feed))
    _print_issues(result.report)
    _say(args, f"ingested into {path} in {time.perf_counter() - started:.1f}s: {result.summary()}; "
               f"{counted(total, 'article')} stored")
    nothing_read = bool(args.paths) and result.report.files_read == 0 and result.files_unchanged == 0
    feeds_failed = bool(feed_results) and all(f.error for f in feed_results)
    return 1 if (nothing_read and not feed_results) or (feeds_failed and not args.paths) else 0


def _feed_line(feed) -> str:
    if feed.error:
        return f"feed failed: {feed.error}"
    line = (f"feed {feed.url}: {counted(feed.entries, 'item')}, {feed.new:,} new, {feed.skipped_known:,} already known, "
            f"{counted(feed.pages_fetched, 'page')} fetched")
    return line + "".join(f"\n  {p}" for p in feed.problems)


_UNITS = {"s": 1, "m": 60, "h": 3600}


def parse_interval(text: str) -> float:
    text = text.strip().lower()
    if not text.isascii():  # "¹" and "٣" pass isdigit() but are no number float() reads
        raise ValueError(f"interval {text!r}: use e.g. 90s, 15m or 2h")
    if text and text[-1] in _UNITS and text[:-1].replace(".", "", 1).isdigit():
        seconds = float(text[:-1]) * _UNITS[text[-1]]
    elif text.replace(".", "", 1).isdigit():
        seconds = float(text)
    else:
        raise ValueError(f"interval {text!r}: use e.g. 90s, 15m or 2h")
    if seconds <= 0:
        raise ValueError("interval must be positive")
    return seconds


def watch_command(args: argparse.Namespace) -> int:
    from analysis.feeds import feed_urls, ingest_feeds
    from analysis.store import ENV_DB, Store, StoreError

    try:
        every = parse_interval(args.every)
        feeds = feed_urls(args.feed, args.feeds_file)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not feeds and not args.db and not os.environ.get(ENV_DB):
        print("error: give --feed URL, --feeds-file FILE, or a --db whose feeds were set in the dashboard",
              file=sys.stderr)
        return 2
    if args.db and _no_folder(args.db):
        return 2
    rounds = 0
    try:
        while True:
            rounds += 1
            try:
                with Store(args.db) as store:  # opened per round: between rounds others may read the file
                    round_feeds = list(dict.fromkeys([*feeds, *store.feeds()]))
                    if not round_feeds:  # (cliaudit26: it polled nothing, "0 new articles" a round, exit 0)
                        print(f"error: {store.path} holds no feeds: give --feed URL or --feeds-file FILE, or set "
                              "its feeds in the dashboard's owner mode", file=sys.stderr)
                        return 2
                    results, ingest = ingest_feeds(store, round_feeds, actors=args.actors)
            except StoreError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 3
            for feed in results:
                _say(args, _feed_line(feed))
            _print_issues(ingest.report)
            _say(args, f"round {rounds}: {counted(ingest.articles_new, 'new article')}, "
                       f"{counted(ingest.pair_rows, 'pair row')}")
            if args.rounds and rounds >= args.rounds:
                return 0
            time.sleep(every)
    except KeyboardInterrupt:
        _say(args, f"stopped after {rounds} rounds")
        return 0


def export_command(args: argparse.Namespace) -> int:
    from analysis.store import Store, StoreError, default_path

    if not args.output.lower().endswith(FORMATS):  # a usage error, as in `run`: exit 2, not 3
        print(f"error: {args.output}: output must end with {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    if _no_folder(args.output):
        return 2
    path = args.db or default_path()
    if not Path(path).exists():
        print(f"error: {path}: no store there (create one with `python -m analysis ingest`)", file=sys.stderr)
        return 1
    try:
        with Store(path, read_only=True) as store:
            table = store.table(args.table)
        write_table(table, args.output)
    except (StoreError, StorageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    print(f"wrote {counted(len(table), 'row')} of {args.table} to {args.output}", file=sys.stderr)
    return 0


def run_dask_command(args: argparse.Namespace) -> int:
    from analysis.dask_engine import EngineError, run_on_dask

    if not args.output.lower().endswith(".parquet"):
        print("error: with --engine dask the output is a Parquet dataset: -o OUT.parquet", file=sys.stderr)
        return 2
    if _no_folder(args.output):
        return 2
    workers = workers_asked(args)
    if workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        stats = run_on_dask(args.paths, args.output, scheduler=args.scheduler, workers=workers, actors=args.actors)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {args.output}: cannot write ({exc})", file=sys.stderr)
        return 3
    report = stats["report"]
    _print_issues(report)
    if not report.articles:
        shutil.rmtree(args.output, ignore_errors=True)  # the dataset of no rows, as the default engine's table
        print(f"error: no article could be read ({report.summary()})", file=sys.stderr)
        return 1
    _say(args, f"read {report.summary()}" + fates(report))
    _say(args, f"scored on {counted(stats['workers'], 'dask worker')} in {time.perf_counter() - started:.1f}s: "
               f"{counted(stats['rows'], 'pair row')} in {counted(stats['partitions'], 'partition')}; "
               f"wrote {args.output}")
    return 0
