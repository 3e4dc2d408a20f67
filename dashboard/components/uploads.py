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
from analysis.pipeline import score_articles, union
from analysis.scoring import scorer_version
from dashboard.sources import public_origin

UPLOAD_TYPES = ["txt", "md", "csv", "tsv", "json", "jsonl", "html", "htm"]
MAX_FILES = 20
MAX_FILE_MB = 10  # also .streamlit/config.toml's server.maxUploadSize
MAX_PASTE_CHARS = 200_000
SESSION_KEY = "uploaded_analysis"
JOINED_KEY = "source_with_uploads"


def _add(new: Analysis) -> None:
    """Keep ``new`` with the session's earlier uploads."""
    old = st.session_state.get(SESSION_KEY)
    st.session_state[SESSION_KEY] = new if old is None else union(old, new)


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


def check_uploads(files: list) -> tuple[list, list[str]]:
    """The files within the caps, and a message for each one refused."""
    kept, refused = [], []
    for i, f in enumerate(files):
        if i >= MAX_FILES:
            refused.append(f"{f.name}: over the limit of {MAX_FILES} files per upload")
        elif f.size > MAX_FILE_MB * 2**20:
            refused.append(f"{f.name}: {f.size / 2**20:.1f} MB is over the {MAX_FILE_MB} MB limit")
        else:
            kept.append(f)
    return kept, refused


def _analyse_files(files: list) -> Analysis:
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
        for issue in loaded.report.issues:
            if issue.level != "info":
                st.warning(f"{public_origin(issue.origin)}: {issue.message}")
        status.update(label=f"Uploaded: {loaded.report.summary()}", state="complete", expanded=False)
    return analysis


def render_uploads() -> None:
    with st.sidebar.expander("Add articles (this session only)"):
        files = st.file_uploader("Files", type=UPLOAD_TYPES, accept_multiple_files=True, key="upload_files")
        if files and st.button("Analyse uploaded files", key="upload_go"):
            kept, refused = check_uploads(files)
            for message in refused:
                st.error(message)
            if kept:
                _add(_analyse_files(kept))
                st.rerun()  # the corpus was built before this button ran: show the uploads now
        st.divider()
        text = st.text_area("Or paste an article", key="paste_text", max_chars=MAX_PASTE_CHARS)
        day = st.date_input("Its date", value=None, key="paste_date")
        source = st.text_input("Its source", key="paste_source", max_chars=200)
        if st.button("Analyse pasted article", key="paste_go", disabled=not (text or "").strip()):
            frame = pd.DataFrame({"text": [text], "date": [day.isoformat() if isinstance(day, dt.date) else None],
                                  "source": [source]})
            with st.status("Analysing the pasted article…") as status:
                analysis = run(frame)
                status.update(label=f"Pasted: {analysis.report.summary()}", state="complete")
            _add(analysis)
            st.rerun()


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
