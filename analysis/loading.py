"""Paths → one article table and a report of every input's fate.

Nothing is dropped silently: each file is read, skipped (with the reason) or failed (with the
file, and row or line), and each article is kept, merged into an identical one already read, or
rejected.  One bad file never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.dates import DateError, out_of_range_message, parse_date, representable
from analysis.readers import (
    FIELD_ALIASES,
    READERS,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    LoadIssue,
    Record,
    decode,
    jsonl_line,
    record_from_mapping,
    split_jsonl_lines,
)
from analysis.schema import ARTICLE_COLUMNS, conform, empty

MAX_FILE_BYTES = 200 * 1024 * 1024
#: Longer article texts are cut here (with a warning naming the input): no news article is this
#: long, and scoring a 50 MB "article" would hold up everything behind it.
MAX_ARTICLE_CHARS = 1_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass
class LoadReport:
    """What happened to every input: counts for the summary, issues for the details."""

    files_read: int = 0
    files_failed: int = 0
    files_skipped: int = 0
    articles: int = 0
    duplicates: int = 0
    undated: int = 0
    issues: list[LoadIssue] = field(default_factory=list)

    def add(self, issue: LoadIssue) -> None:
        self.issues.append(issue)

    @property
    def errors(self) -> list[LoadIssue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[LoadIssue]:
        return [i for i in self.issues if i.level == "warning"]

    def summary(self) -> str:
        parts = [f"{counted(self.articles, 'article')} from {counted(self.files_read, 'file')}"]
        if self.duplicates:
            parts.append(f"{counted(self.duplicates, 'duplicate')} merged")
        if self.undated:
            parts.append(f"{self.undated:,} undated")
        if self.files_skipped:
            parts.append(f"{counted(self.files_skipped, 'file')} skipped")
        if self.files_failed:
            parts.append(f"{counted(self.files_failed, 'file')} failed")
        errors = len(self.errors)
        if errors:
            parts.append(f"{counted(errors, 'input')} lost")
        kept = len(self.kept_with_warnings())
        if kept:
            parts.append(f"{counted(kept, 'input')} kept with a warning")
        return "; ".join(parts)

    def kept_with_warnings(self) -> set[str]:
        """The inputs (files or records) read with a warning and not lost: an undated or re-decoded
        article was counted among the "inputs lost" of the command's summary."""
        lost = {i.origin for i in self.errors}
        return {i.origin for i in self.warnings} - lost

    def reasons(self, level: str | None = None) -> Counter:
        """Issues counted by message kind (the text before any parenthesis, its dates left out), for the
        summary: those of ``level`` ("error": lost, "warning": kept with a caveat), or all but the infos."""
        return Counter(_DAY.sub("…", i.message.split(" (")[0]) for i in self.issues
                       if (i.level == level if level else i.level != "info"))


def said(issue: LoadIssue) -> bool:
    """Whether a load issue is told to the person who gave the inputs (the commands' stderr, the dashboard's
    upload report): every lost or flagged input, and every file skipped for its type ("2 files skipped"
    named neither, cliaudit26); not each duplicate merged, which the summary counts."""
    return issue.level != "info" or issue.message.startswith("skipped")


def counted(n: int, noun: str) -> str:
    """"1 article", "2 articles", "29,274 articles": summaries are read by people (the dashboard's first line,
    the commands' reports)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


@dataclass
class LoadResult:
    articles: pd.DataFrame
    report: LoadReport


def article_id(text: str) -> str:
    """Stable content id: the same words give the same id whatever the file or spacing."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def default_title(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def clean_text(text: str) -> str:
    """Control characters out (they break CSV, JSON and terminals), line breaks kept."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip().strip("\ufeff").strip()


def iter_files(paths: Iterable[str | Path], report: LoadReport) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(child)
                else:
                    report.files_skipped += 1
                    report.add(LoadIssue(str(child), f"skipped: unsupported file type {child.suffix or '(none)'!r}", "info"))
        elif path.is_file():
            files.append(path)
        else:
            report.files_failed += 1
            report.add(LoadIssue(str(path), "no such file or folder"))
    return files


def read_records(path: Path, report: LoadReport, max_bytes: int = MAX_FILE_BYTES) -> list[Record]:
    """One file's records; its failures go into ``report``."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        report.files_failed += 1
        report.add(LoadIssue(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                             f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
        return []
    try:
        size = path.stat().st_size
        if size > max_bytes:
            report.files_failed += 1
            report.add(LoadIssue(str(path), f"file too large ({size / 2**20:.0f} MiB > {max_bytes / 2**20:.0f} MiB)"))
            return []
        raw = path.read_bytes()
    except OSError as exc:
        report.files_failed += 1
        report.add(LoadIssue(str(path), f"cannot read file ({exc.strerror or exc})"))
        return []
    if not raw.strip():
        report.files_failed += 1
        report.add(LoadIssue(str(path), "empty file"))
        return []
    try:
        decoded = decode(raw)
    except ValueError as exc:
        report.files_failed += 1
        report.add(LoadIssue(str(path), str(exc)))
        return []
    for note in decoded.notes:
        report.add(LoadIssue(str(path), note, "warning"))
    records: list[Record] = []
    issues_before = len(report.issues)
    try:
        for item in reader(path, decoded.text):
            if isinstance(item, LoadIssue):
                report.add(item)
            else:
                records.append(item)
    except Exception as exc:  # a reader bug or a library failure must not stop the other files
        report.add(LoadIssue(str(path), f"could not be parsed ({exc.__class__.__name__}: {exc})"))
    undated = undated_issue(path, len(records), sum(1 for r in records if not r.date))
    if undated is not None:
        report.add(undated)
    if records:
        report.files_read += 1
    else:
        report.files_failed += 1
        if not any(i.level == "error" for i in report.issues[issues_before:]):
            report.add(nothing_read(path))
    return records


def nothing_read(path: Path) -> LoadIssue:
    """A file read without an error that gave no article: a CSV of a header alone was counted among the
    "files failed" and named nowhere, so that nobody could tell which file it was or why."""
    what = "no row under its header" if path.suffix.lower() in (".csv", ".tsv") else "no article found"
    return LoadIssue(str(path), f"{what}; nothing read")


def load_articles(paths: str | Path | Iterable[str | Path], *, today: dt.date | None = None,
                  max_bytes: int = MAX_FILE_BYTES) -> LoadResult:
    """Read files and folders (recursively) into the article table (schema.ARTICLE_COLUMNS)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = LoadReport()
    records = (rec for path in iter_files(paths, report) for rec in read_records(path, report, max_bytes))
    return _collect(records, report, today or dt.date.today())


#: JSONL files larger than this are read line by line while they are scored (see stream_articles),
#: never whole: a million articles make a gigabyte file.  Smaller ones are read as any other file.
STREAM_JSONL_BYTES = 8 * 1024 * 1024
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def stream_articles(paths: str | Path | Iterable[str | Path], report: LoadReport, *,
                    today: dt.date | None = None, max_bytes: int = MAX_FILE_BYTES,
                    on_file: Callable[[int, int], None] | None = None) -> Iterator[dict]:
    """The article rows of ``load_articles``, one at a time, while the files are being read.

    Memory holds one file of the ordinary kinds at a time and one line of a large JSONL file
    (which has no size limit here), plus the content id and origin of every article kept, to
    merge duplicates across the whole run (about 200 bytes an article).  ``report`` is complete
    once the iterator is exhausted; its article counts grow as rows are yielded.  ``on_file(n, files)`` is
    called as the n-th of the ``files`` listed starts being read: a progress bar's total before the articles'
    is known.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = iter_files(paths, report)

    def file_by_file() -> Iterator[Record]:
        for number, path in enumerate(files, 1):
            if on_file is not None:
                on_file(number, len(files))
            yield from file_records(path, report, max_bytes)

    for row in unique_rows(file_by_file(), report, today or dt.date.today()):
        report.articles += 1
        report.undated += row["date"] is None
        yield row


def unique_rows(records: Iterable[Record], report: LoadReport, today: dt.date,
                seen: dict[str, str] | None = None) -> Iterator[dict]:
    """The article rows of ``records``, each content once: a repeat is merged into the first, reported.

    ``seen`` (article id → where it was first read) carries over between calls: `ingest` reads its files
    one at a time, and a repeat in the next file is a duplicate of the input as much as one in the same."""
    seen = {} if seen is None else seen
    for record in records:
        row = normalise_record(record, report, today)
        if row is None:
            continue
        first = seen.get(row["article_id"])
        if first is not None:
            report.duplicates += 1
            report.add(LoadIssue(record.origin, f"duplicate of {first}; merged", "info"))
            continue
        seen[row["article_id"]] = record.origin
        yield row


def undated_issue(path: Path, records: int, undated: int) -> LoadIssue | None:
    """A file's articles read with no date at all, said once for the file: a CSV without a date column
    was read without a word, and its articles then fell out of every chart (an unreadable date is said
    per article, by normalise_record)."""
    if not undated:
        return None
    which = ("its one article" if records == 1 else f"all {records:,} of its articles" if undated == records
             else f"{undated:,} of its {records:,} articles")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        where = "a 'date:' line at the top or in front matter"
    elif suffix in (".html", ".htm"):
        where = "the page's metadata"
    else:
        kind = "column" if suffix in (".csv", ".tsv") else "field"
        where = f"a {kind} named {', '.join(FIELD_ALIASES['date'][:6])} …"
    return LoadIssue(str(path), f"no date, kept undated ({which}; a date is read from {where})", "warning")


def file_records(path: Path, report: LoadReport, max_bytes: int = MAX_FILE_BYTES) -> Iterable[Record]:
    """One file's records, a large JSONL file a line at a time (no size limit), any other file read whole."""
    if path.suffix.lower() in _JSONL_SUFFIXES:
        try:
            large = path.stat().st_size > STREAM_JSONL_BYTES
        except OSError:
            large = False  # read_records reports it
        if large and _plain_bytes(path):
            return _jsonl_lines(path, report)
    return read_records(path, report, max_bytes)


def _plain_bytes(path: Path) -> bool:
    """UTF-8 or single-byte text a line at a time can decode (no UTF-16, no binary): else read whole."""
    try:
        with path.open("rb") as f:
            sample = f.read(4096)
    except OSError:
        return False
    return not sample.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in sample


def _jsonl_lines(path: Path, report: LoadReport) -> Iterator[Record]:
    """read_jsonl's records and issues (same line numbers), reading one line at a time."""
    found = undated = 0
    for record in jsonl_range(path, report):
        found += 1
        undated += not record.date
        yield record
    jsonl_file_read(path, report, found, undated)


def jsonl_range(path: Path, report: LoadReport, start: int = 0, end: int | None = None,
                first_line: int = 1) -> Iterator[Record]:
    """The records of a JSONL file's lines from byte ``start`` (a line's start, numbered ``first_line``) up to byte
    ``end`` (a line's end; None: the file's end); each bad line is an issue naming file and line, and skipped.

    The whole file for the streaming reader; a block of it for the Dask engine, which reads a large file in
    blocks on several workers (see jsonl_blocks) and says the file's own fate once all are read."""
    noted = False
    line_no = first_line - 1
    try:
        with path.open("rb") as f:
            f.seek(start)
            for raw in f:
                if start == 0 and line_no == 0 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", errors="replace")
                    if not noted:
                        report.add(LoadIssue(str(path), f"not UTF-8 (first at line {line_no + 1}): lines decoded as "
                                                        "Windows-1252", "warning"))
                        noted = True
                for line in split_jsonl_lines(text):
                    line_no += 1
                    if not line.strip():
                        continue
                    record = jsonl_line(line, f"{path}:line {line_no}")
                    if isinstance(record, LoadIssue):
                        report.add(record)
                    else:
                        yield record
                if end is not None and f.tell() >= end:
                    break
    except OSError as exc:
        report.add(LoadIssue(str(path), f"cannot read file ({exc.strerror or exc})"))


def jsonl_file_read(path: Path, report: LoadReport, found: int, undated: int) -> None:
    """A JSONL file's own fate once its lines are all read: read, or failed (empty, or no line an article), and
    its undated articles said once."""
    note = undated_issue(path, found, undated)
    if note is not None:
        report.add(note)
    if found:
        report.files_read += 1
    else:
        report.files_failed += 1
        if _is_empty(path):
            report.add(LoadIssue(str(path), "empty file"))
        elif not any(i.level == "error" and i.origin.startswith(str(path)) for i in report.issues):
            report.add(nothing_read(path))


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False  # said as "cannot read file"


def jsonl_blocks(path: Path, blocksize: int) -> list[tuple[int, int | None, int]]:
    """(start, end, first line) of the blocks of about ``blocksize`` bytes a large JSONL file is read in, each
    ending at a line's end, so that its lines are numbered as when it is read whole; [(0, None, 1)], the whole
    file, for a file that is not larger, or not to be read a line at a time (UTF-16, binary).

    Reads the file once, a block at a time, counting its line ends."""
    try:
        split = path.stat().st_size > blocksize and _plain_bytes(path)
    except OSError:
        split = False  # the reader reports it
    if not split:
        return [(0, None, 1)]
    blocks: list[tuple[int, int | None, int]] = []
    start, first_line = 0, 1
    with path.open("rb") as f:
        while chunk := f.read(blocksize):
            chunk += f.readline()  # to the end of the line the block stops in
            blocks.append((start, start + len(chunk), first_line))
            start += len(chunk)
            first_line += chunk.count(b"\n")
    return blocks


def articles_from_frame(frame: pd.DataFrame, *, today: dt.date | None = None) -> LoadResult:
    """A caller's DataFrame of articles (columns named by any of the field aliases) → the article table."""
    report = LoadReport()

    def records():
        for i, row in enumerate(frame.to_dict("records")):
            origin = row.get("origin")  # a caller's own (a feed's item): its issues then name it
            item = record_from_mapping(row, origin if isinstance(origin, str) and origin else f"row {i}")
            if isinstance(item, LoadIssue):
                report.add(item)
            else:
                yield item

    return _collect(records(), report, today or dt.date.today())


def _collect(records: Iterable[Record], report: LoadReport, today: dt.date) -> LoadResult:
    rows = list(unique_rows(records, report, today))
    report.articles = len(rows)
    report.undated = sum(1 for r in rows if r["date"] is None)
    frame = conform(pd.DataFrame(rows), ARTICLE_COLUMNS) if rows else empty(ARTICLE_COLUMNS)
    return LoadResult(frame, report)


def normalise_record(record: Record, report: LoadReport, today: dt.date) -> dict | None:
    """A Record → an article row; date problems become warnings, never an invented date."""
    controls = len(_CONTROL.findall(record.text))
    if controls:
        report.add(LoadIssue(record.origin, f"{controls} control characters (NUL and others) replaced by spaces",
                             "warning"))
    text = clean_text(record.text)
    if not text:
        report.add(LoadIssue(record.origin, "no article text"))
        return None
    if len(text) > MAX_ARTICLE_CHARS:
        report.add(LoadIssue(record.origin, f"article of {len(text):,} characters cut to the first "
                                            f"{MAX_ARTICLE_CHARS:,}", "warning"))
        text = text[:MAX_ARTICLE_CHARS]
    try:
        day = parse_date(record.date)
    except DateError as exc:
        report.add(LoadIssue(record.origin, f"{exc}; kept undated", "warning"))
        day = None
    if day is not None and not representable(day):
        report.add(LoadIssue(record.origin, out_of_range_message(day), "warning"))
        day = None
    if day is not None and day > today + dt.timedelta(days=1):
        report.add(LoadIssue(record.origin, f"date {day.isoformat()} is in the future; kept as given", "warning"))
    title = clean_text(record.title)[:300] or default_title(text)
    return {
        "article_id": article_id(text),
        "date": pd.Timestamp(day) if day else None,
        "source": clean_text(record.source)[:200],
        "title": title,
        "url": clean_text(record.url)[:2000],
        "text": text,
        "origin": record.origin,
    }
