"""Tables to and from files, the format chosen by the extension."""

from __future__ import annotations

from pathlib import Path
from typing import cast

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


class TableWriter:
    """A table written piece by piece (``write`` each frame, then ``close``): memory holds one piece.

    Same files as write_table gives for the pieces' concatenation: Parquet row groups appended
    by one ParquetWriter, CSV and JSONL appended (the CSV header once).  Written under a
    ``.partial`` name and renamed by ``close``: a reader never sees half a file.  ``discard``
    removes the partial file (when the run fails).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.suffix = _suffix(self.path)
        self.tmp = self.path.with_name(self.path.name + ".partial")
        self.rows = 0
        self.pieces = 0
        self._empty: pd.DataFrame | None = None
        self._parquet = None
        self._text = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.suffix != ".parquet":
                self._text = self.tmp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise StorageError(f"{self.path}: cannot write ({exc.strerror or exc})") from exc

    def write(self, table: pd.DataFrame) -> None:
        if table.empty:  # kept for its columns: written only if no row ever comes (see close)
            self._empty = table
            return
        self._write(table)

    def _write(self, table: pd.DataFrame) -> None:
        try:
            if self.suffix == ".parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                if self._parquet is None:
                    arrow = pa.Table.from_pandas(table, preserve_index=False)
                    self._parquet = pq.ParquetWriter(self.tmp, arrow.schema)
                else:
                    arrow = pa.Table.from_pandas(table, schema=self._parquet.schema,
                                                 preserve_index=False)
                cast(pq.ParquetWriter, self._parquet).write_table(arrow)
            elif self.suffix == ".csv":
                table.to_csv(self._text, index=False, header=not self.pieces, date_format="%Y-%m-%d")
            else:
                table.to_json(self._text, orient="records", lines=True, date_format="iso", force_ascii=False)
        except OSError as exc:
            raise StorageError(f"{self.path}: cannot write ({exc.strerror or exc})") from exc
        self.rows += len(table)
        self.pieces += 1

    def close(self) -> Path:
        if not self.pieces and self._empty is not None:
            self._write(self._empty)
        try:
            if self._parquet is not None:
                self._parquet.close()
            if self._text is not None:
                self._text.close()
            self.tmp.replace(self.path)
        except OSError as exc:
            raise StorageError(f"{self.path}: cannot write ({exc.strerror or exc})") from exc
        return self.path

    def discard(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._text is not None:
            self._text.close()
        self.tmp.unlink(missing_ok=True)


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
