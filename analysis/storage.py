"""Tables to and from files, the format chosen by the extension."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMATS = (".csv", ".parquet", ".jsonl")


class StorageError(OSError):
    """The table could not be written or read; the message names the file."""


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise StorageError(f"{path}: unsupported output format {suffix or '(none)'!r}; use {', '.join(FORMATS)}")
    return suffix


def write_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Write ``table`` to .csv, .parquet or .jsonl (dates as ISO strings in text formats)."""
    path = Path(path)
    suffix = _suffix(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".partial")
        if suffix == ".csv":
            table.to_csv(tmp, index=False, date_format="%Y-%m-%d")
        elif suffix == ".parquet":
            table.to_parquet(tmp, index=False)
        else:
            table.to_json(tmp, orient="records", lines=True, date_format="iso", force_ascii=False)
        tmp.replace(path)  # a reader never sees half a file
    except OSError as exc:
        raise StorageError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return path


def read_table(path: str | Path, columns: tuple | None = None) -> pd.DataFrame:
    """Read a table written by write_table; ``columns`` (a schema) restores dtypes."""
    from analysis.schema import conform

    path = Path(path)
    suffix = _suffix(path)
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_json(path, orient="records", lines=True, dtype=False)
    except (OSError, ValueError) as exc:
        raise StorageError(f"{path}: cannot read ({exc})") from exc
    return conform(frame, columns) if columns else frame
