"""Articles a visitor adds: uploaded files or a pasted article, analysed in their session only."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import streamlit as st

from analysis import Analysis, run
from analysis.actors import load_dictionary
from analysis.loading import load_articles
from analysis.pipeline import score_articles
from analysis.scoring import scorer_version
from dashboard.source_protocol import DataSource
from dashboard.upload_report import Fate, Held, UploadReport, files_report, joined, paste_report, refused, uploaded_ids, without

UPLOAD_TYPES = ["txt", "md", "csv", "tsv", "json", "jsonl", "html", "htm"]
MAX_FILES = 20
MAX_FILE_MB = 10  # also .streamlit/config.toml's server.maxUploadSize
MAX_PASTE_CHARS = 200_000
SESSION_KEY = "uploaded_analysis"
JOINED_KEY = "source_with_uploads"
REPORT_KEY = "upload_report"  # the last upload's (or paste's) UploadReport, shown until the next one
GENERATION_KEY = "upload_generation"  # the uploader's key number: a new, empty uploader after each upload


def _add(new: Analysis) -> None:
    """Keep ``new`` with the session's earlier uploads (a copy uploaded again replaces the earlier one)."""
    st.session_state[SESSION_KEY] = joined(st.session_state.get(SESSION_KEY), new)


def save_uploads(files: list, folder: str | Path) -> list[Path]:
    """Uploaded files written under ``folder``, each in a numbered folder of its own (two uploads may share
    a name) under its own name: the load report names a file by its name, and the visitor's "news.jsonl:line
    2" read "000-news.jsonl:line 2" when the number was part of it."""
    paths = []
    for i, f in enumerate(files):
        path = Path(folder) / f"{i:03d}" / (Path(f.name).name or "upload")
        path.parent.mkdir()
        path.write_bytes(f.getvalue())
        paths.append(path)
    return paths


def check_uploads(files: list) -> tuple[list, list[Fate]]:
    """The files within the caps, and the fate of each one refused (not read)."""
    kept, refused_ = [], []
    for i, f in enumerate(files):
        if i >= MAX_FILES:
            refused_.append(refused(f.name, f"over the limit of {MAX_FILES} files per upload"))
        elif f.size > MAX_FILE_MB * 2**20:
            refused_.append(refused(f.name, f"{f.size / 2**20:.1f} MB is over the {MAX_FILE_MB} MB limit"))
        else:
            kept.append(f)
    return kept, refused_


def _held(source: DataSource, analysis: Analysis) -> Held:
    """Which of ``analysis``'s articles ``source`` holds already."""
    return Held(frozenset(source.held(list(analysis.articles["article_id"]))), source.data_name)


def _analyse_files(files: list, rejected: list[Fate], source: DataSource) -> tuple[Analysis | None, UploadReport]:
    """The files' analysis (None when no article could be read) and the upload's report."""
    earlier = uploaded_ids(session_uploads())
    if not files:
        return None, files_report([], rejected, None, earlier)
    with st.status(f"Analysing {len(files)} file(s)…", expanded=True) as status, \
            tempfile.TemporaryDirectory(prefix="tension-upload-") as folder:
        paths = save_uploads(files, folder)
        bar = st.progress(0.0, text="reading files")
        loaded = load_articles(paths)
        total, done = max(1, len(loaded.articles)), [0]

        def tick(n: int) -> None:
            done[0] += n
            bar.progress(min(1.0, done[0] / total), text=f"{done[0]:,} of {total:,} articles scored")

        pairs = score_articles(loaded.articles, progress=tick)
        bar.progress(1.0, text="done")
        analysis = Analysis(loaded.articles, pairs, loaded.report, load_dictionary().version, scorer_version())
        held = _held(source, analysis)
        report = files_report([(f.name, path) for f, path in zip(files, paths)], rejected, analysis, earlier, held)
        analysis = without(analysis, held.ids - earlier)  # the data's own copy stays; the session keeps the rest
        status.update(label=f"Uploaded: {loaded.report.summary()}", state="complete", expanded=False)
    return (analysis if not analysis.articles.empty else None), report


def _show(report: UploadReport | None, kind: str) -> None:
    """The last upload's report, under the part of the form it came from, until the next upload."""
    if report is None or report.kind != kind:
        return
    box = {"ok": st.success, "warning": st.warning, "error": st.error}[report.level]
    box(report.markdown())


def _finish(analysis: Analysis | None, report: UploadReport) -> None:
    """Keep the analysis and the report, then draw the page again: the corpus was built before the button
    ran, and the report shown after the rerun is the one kept (a box drawn now would be wiped by it)."""
    if analysis is not None:
        _add(analysis)
    st.session_state[REPORT_KEY] = report
    st.rerun()


def render_uploads(source: DataSource) -> None:
    """The form; ``source`` is the data its uploads join (with the session's earlier uploads)."""
    with st.sidebar.expander("Add articles (this session only)", expanded=REPORT_KEY in st.session_state):
        report = st.session_state.get(REPORT_KEY)
        # A new key after each upload: a fresh, empty uploader, where the files read stayed listed as if unused.
        generation = st.session_state.get(GENERATION_KEY, 0)
        files = st.file_uploader("Files", type=UPLOAD_TYPES, accept_multiple_files=True,
                                 key=f"upload_files_{generation}")
        if files and st.button("Analyse uploaded files", key="upload_go"):
            kept, rejected = check_uploads(files)
            analysis, done = _analyse_files(kept, rejected, source)
            st.session_state[GENERATION_KEY] = generation + 1
            _finish(analysis, done)
        _show(report, "files")
        st.divider()
        text = st.text_area("Or paste an article", key="paste_text", max_chars=MAX_PASTE_CHARS)
        day = st.date_input("Its date", value=None, key="paste_date",
                            help="Without one, the article counts in the figures but is on no chart.")
        outlet = st.text_input("Its source", key="paste_source", max_chars=200)
        if st.button("Analyse pasted article", key="paste_go", disabled=not (text or "").strip()):
            frame = pd.DataFrame({"text": [text], "date": [day.isoformat() if isinstance(day, dt.date) else None],
                                  "source": [outlet]})
            earlier = uploaded_ids(session_uploads())
            with st.status("Analysing the pasted article…") as status:
                analysis = run(frame)
                status.update(label=f"Pasted: {analysis.report.summary()}", state="complete")
            held = _held(source, analysis)
            pasted = paste_report(analysis, earlier, held)
            analysis = without(analysis, held.ids - earlier)
            _finish(analysis if not analysis.articles.empty else None, pasted)
        _show(report, "paste")


def session_uploads() -> Analysis | None:
    return st.session_state.get(SESSION_KEY)


Source = TypeVar("Source")


def with_session_uploads(base: Source, join: Callable[[Source, Analysis], Source]) -> Source:
    """``base`` with this session's uploads joined in, joined once per (base, uploads).

    Joining runs the store's filter-option queries again, or rebuilds the folder corpus with the
    uploads in it: work that every rerun, each filter change, would otherwise repeat.  A new
    upload or a new version of the base (a fresh ingest) makes a new join.
    """
    uploads = session_uploads()
    if uploads is None:
        return base
    held = st.session_state.get(JOINED_KEY)
    if held is not None and held[0] is base and held[1] is uploads:
        return held[2]
    joined = join(base, uploads)
    st.session_state[JOINED_KEY] = (base, uploads, joined)
    return joined
