"""Where the dashboard's articles come from, and the cache that keeps their analysis.

The corpus is the seeds by default, or folders named on the command line
(``streamlit run dashboard/app.py -- --corpus DIR [DIR...]``, or the paths alone after ``--``) or in the environment variable
TENSION_TRACKER_CORPUS (paths separated by the OS path separator).  Never from a link.

The analysis is cached on a fingerprint of the corpus files (path, size, modification time), so
editing or adding a file re-analyses and an unchanged corpus opens from the cache; the cache key
is that short string, not a DataFrame Streamlit would have to hash on every run.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis import Analysis
from analysis.actors import load_dictionary
from analysis.loading import LoadReport, iter_files, load_articles
from analysis.pipeline import score_articles, union
from analysis.scoring import scorer_version
from analysis.snapshot import MANIFEST, snapshot_dir
from dashboard.scoring_warmup import warm_up_scoring
from dashboard.sources import MemorySource, StoreSource, public_origin

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "seeds"
ENV_VAR = "TENSION_TRACKER_CORPUS"
CACHE_ENTRIES = 2  # corpora kept analysed per server process: bounds the app's memory
ANALYSIS_WORKERS = max(1, min(4, os.cpu_count() or 1))  # a large corpus is scored on every core
PROGRESS_EVERY = 0.25  # seconds between progress bar updates while a corpus is analysed


@dataclass
class Corpus:
    articles: pd.DataFrame
    pairs: pd.DataFrame
    summary: str
    problems: list[str] = field(default_factory=list)
    versions: str = ""


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The dashboard's command line: ``--corpus PATH...``, ``--db FILE``, or bare paths (the corpus too).

    Bare paths were ignored, so ``streamlit run dashboard/app.py -- news.jsonl`` opened on the seed
    article without a word; parsed with ``--db`` in one parser, a store's file is never taken for one."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", nargs="+", default=None)
    parser.add_argument("--db", default=None)
    parser.add_argument("paths", nargs="*", default=[])
    known, _ = parser.parse_known_args(list(_own_arguments() if argv is None else argv))
    return known


def _own_arguments() -> list[str]:
    """The arguments after ``--`` of ``streamlit run dashboard/app.py``, which puts the script first in
    sys.argv.  Under another program, pytest driving AppTest say, the arguments are its own: its
    "tests" and "not browser" are no corpus."""
    if not sys.argv or Path(sys.argv[0]).resolve() != ROOT / "dashboard" / "app.py":
        return []
    return sys.argv[1:]


def store_path(argv: Sequence[str] | None = None, environ: dict | None = None) -> Path | None:
    """The store to read, when one is configured: --db FILE on the command line, else $TENSION_TRACKER_DB."""
    value = _arguments(argv).db or (os.environ if environ is None else environ).get("TENSION_TRACKER_DB", "")
    return Path(value) if value and value.strip() else None


def store_key(path: Path) -> str:
    """Changes whenever an ingest writes the store's snapshot (its manifest is replaced whole), or the
    store itself while it has no snapshot yet."""
    parts = []
    for f in (snapshot_dir(path) / MANIFEST, path):
        try:
            st_ = f.stat()
            parts.append(f"{st_.st_size}:{st_.st_mtime_ns}")
        except OSError:
            parts.append("-")
    return "|".join(parts)


@st.cache_resource(max_entries=CACHE_ENTRIES, show_spinner="Reading the store…")
def load_store_source(path: str, key: str):
    """The store's source, once per version of its snapshot, shared by every session."""
    return StoreSource(Path(path))


def corpus_paths(argv: Sequence[str] | None = None, environ: dict | None = None) -> list[Path]:
    """The configured corpus folders and files: --corpus (or bare paths) on the command line, else the
    environment, else seeds/."""
    known = _arguments(argv)
    if known.corpus or known.paths:
        return [Path(p) for p in [*(known.corpus or []), *known.paths]]
    env = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if env.strip():
        return [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return [DEFAULT_CORPUS]


@st.cache_data(ttl=10, max_entries=16, show_spinner=False)
def fingerprint(paths: Sequence[Path]) -> str:
    """Changes whenever a corpus file is added, removed, resized or modified (looked at most every
    10 s: walking a folder of many thousand files on every rerun would cost more than the rerun)."""
    digest = hashlib.sha256()
    for f in iter_files(paths, LoadReport()):  # the files the loader reads, no others
        try:
            stat = f.stat()
        except OSError:
            continue
        digest.update(f"{f}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def build(analysis: Analysis) -> Corpus:
    """Everything the views need from one analysis (done once per corpus, then cached)."""
    problems = [f"{public_origin(i.origin)}: {i.message}" for i in analysis.report.issues if i.level != "info"]
    return Corpus(analysis.articles, analysis.pairs, analysis.report.summary(), problems,
                  versions_text(analysis))


def versions_text(analysis: Analysis) -> str:
    """Which dictionary and scorer produced the scores ("" when the analysis does not say)."""
    parts = [f"{name} {value}" for name, value in (("dictionary", analysis.dictionary_version),
                                                   ("scorer", analysis.scorer_version)) if value]
    return ", ".join(parts)


class Analysing:
    """One corpus's analysis, run once in a thread of its own and shared by every session.

    A session that opens while it runs shows how far it has got (articles scored of the total)
    instead of a blank spinner, and a session that leaves does not stop it: the next visitor
    finds it further on or done.  Scoring is analysis.pipeline's, with its worker processes.
    """

    def __init__(self, paths: tuple[str, ...]):
        self.paths = paths
        self.total = 0
        self.scored = 0
        self.stage = "Reading the corpus…"
        self.source: MemorySource | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.seconds: dict[str, float] = {}  # each stage's wall time, for the server's log

    def start(self) -> Analysing:
        threading.Thread(target=self._run, name="corpus-analysis", daemon=True).start()
        return self

    def _count(self, articles: int) -> None:
        self.scored += articles

    def _timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] = now - started
        return now

    def _run(self) -> None:
        try:
            analysis = self._analysis()
            started = time.perf_counter()
            self.source = MemorySource(build(analysis))
            self._timed("views", started)
            # One line in the server's log: where a first open's time went (benchmarks.bench_browser reads it).
            print("tension-tracker corpus analysed: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()),
                  file=sys.stderr, flush=True)
        except BaseException as exc:  # noqa: BLE001 - handed to the sessions waiting, which raise it
            self.error = exc
        finally:
            self.done.set()

    def _analysis(self) -> Analysis:
        # analysis.run's steps, apart so that the total is known before scoring starts
        started = time.perf_counter()
        if ANALYSIS_WORKERS > 1:
            warm_up_scoring(self.paths)  # its seconds of imports beside the reading
        loaded = load_articles([Path(p) for p in self.paths])
        self.total = len(loaded.articles)
        started = self._timed("loading", started)
        self.stage = "Scoring articles"
        pairs = score_articles(loaded.articles, workers=ANALYSIS_WORKERS, progress=self._count)
        started = self._timed("scoring", started)
        self.stage = "Preparing the views…"
        analysis = Analysis(loaded.articles, pairs, loaded.report, load_dictionary().version, scorer_version())
        self._timed("versions", started)
        return analysis

    def status(self) -> tuple[float, str]:
        """The share done and what is being done, for a progress bar."""
        if self.total and self.stage == "Scoring articles":
            return (min(self.scored / self.total, 1.0),
                    f"Analysing the corpus: {self.scored:,} of {self.total:,} articles scored")
        return (1.0 if self.stage.startswith("Preparing") else 0.0), self.stage


@st.cache_resource(max_entries=CACHE_ENTRIES, show_spinner=False)
def analysing(key: str, paths: tuple[str, ...]) -> Analysing:
    """The corpus's analysis, started by the first session to ask; ``key`` is the fingerprint.

    cache_resource, not cache_data: every session shares the one read-only corpus, where
    cache_data would unpickle a fresh copy of a possibly gigabyte-sized corpus on every rerun.
    Nothing may modify it (merge builds new frames)."""
    return Analysing(paths).start()


def waiting_figure() -> go.Figure:
    """An empty chart where the charts will be, while the corpus is analysed.

    Streamlit fetches Plotly.js (several MB the browser must compile) only when a page shows its
    first chart: shown during the analysis, that happens while the server works instead of after it,
    on the way to the first real chart."""
    fig = go.Figure()
    fig.update_layout(height=260, margin=dict(t=20, b=20, l=20, r=20), xaxis_visible=False, yaxis_visible=False,
                      annotations=[dict(text="The charts appear here once the corpus is analysed.", showarrow=False,
                                        x=0.5, y=0.5, xref="paper", yref="paper", font=dict(color="#888"))])
    return fig


def load_memory_source(key: str, paths: tuple[str, ...]) -> MemorySource:
    """The analysed folder corpus behind the views, with a progress bar while it is being analysed."""
    job = analysing(key, paths)
    if not job.done.is_set():
        bar = st.progress(*job.status())
        frame = st.empty()
        frame.plotly_chart(waiting_figure(), key="analysis_waiting")
        while not job.done.wait(PROGRESS_EVERY):
            bar.progress(*job.status())
        bar.empty()
        frame.empty()
    if job.error is not None:
        analysing.clear()  # the next visit tries again
        raise job.error
    assert job.source is not None  # done without an error
    return job.source


def merge(base: Corpus, extra: Analysis | None) -> Corpus:
    """The corpus plus a session's own uploads (kept in that session only)."""
    if extra is None or extra.articles.empty:
        return base
    merged = union(Analysis(base.articles, base.pairs, extra.report), extra)
    corpus = build(merged)
    corpus.summary = f"{base.summary}; plus {len(merged.articles) - len(base.articles):,} uploaded in this session"
    # The merged analysis carries the upload's versions: keep the corpus's, and name the upload's
    # only when they differ (an upload is scored by this process, the corpus maybe by another).
    uploaded = versions_text(extra)
    corpus.versions = base.versions if uploaded in ("", base.versions) else f"{base.versions}; uploads: {uploaded}"
    corpus.problems = base.problems + corpus.problems
    return corpus
