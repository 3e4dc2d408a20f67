"""Which corpus or store the dashboard reads, from its command line or the environment.

Standard library only: app.py reads it before it imports pandas, Plotly or the analysis (see
dashboard.scoring_warmup), and dashboard.corpus re-exports it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection, Sequence
from contextlib import suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "seeds"
ENV_VAR = "TENSION_TRACKER_CORPUS"


def store_path(argv: Sequence[str] | None = None, environ: dict | None = None) -> Path | None:
    """The store to read, when one is configured: --db FILE on the command line, else $TENSION_TRACKER_DB."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", default=None)
    known, _ = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    value = known.db or (os.environ if environ is None else environ).get("TENSION_TRACKER_DB", "")
    return Path(value) if value and value.strip() else None


def corpus_paths(argv: Sequence[str] | None = None, environ: dict | None = None) -> list[Path]:
    """The configured corpus folders: --corpus on the command line, else the environment, else seeds/."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", nargs="+", default=None)
    known, _ = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if known.corpus:
        return [Path(p) for p in known.corpus]
    env = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if env.strip():
        return [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return [DEFAULT_CORPUS]


def corpus_bytes(paths: Sequence[str | Path], suffixes: Collection[str] | None = None) -> int:
    """The size on disk of the corpus files (of these suffixes, else of every file): an upper bound on
    their text, known before they are read."""
    total = 0
    for root in map(Path, paths):
        files = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
        for f in files:
            if suffixes is None or f.suffix.lower() in suffixes:
                with suppress(OSError):
                    total += f.stat().st_size
    return total
