"""File formats → raw article records.

Each reader takes a path and its decoded text and yields either a ``Record`` or a ``LoadIssue``:
a broken row is reported with its line and the reader goes on with the next one.  Field names
are matched loosely (date/published/pubDate, text/body/content...) because real exports differ.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "maintext", "description", "summary"),
    "date": ("date", "published", "published_at", "publishedat", "pubdate", "publish_date", "publication_date",
             "datetime", "timestamp", "created_at", "time", "day", "seendate"),
    "title": ("title", "headline", "name"),
    "source": ("source", "publisher", "outlet", "sitename", "site_name", "domain", "agency", "source_name"),
    "url": ("url", "link", "href", "source_url", "permalink"),
}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
TABLE_SUFFIXES = {".csv", ".tsv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | {".json", ".jsonl", ".ndjson", ".html", ".htm"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class Record:
    text: str
    origin: str
    date: object = None
    title: str = ""
    source: str = ""
    url: str = ""


@dataclass(frozen=True)
class LoadIssue:
    origin: str  # file, with line or row where it applies
    message: str
    level: str = "error"  # "error": input lost; "warning": kept with a caveat; "info": skipped by design

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class Decoded:
    text: str
    notes: list[str] = field(default_factory=list)


def decode(raw: bytes) -> Decoded:
    """Bytes → text: BOMs honoured, UTF-8 preferred, Windows-1252 as the fallback (noted)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return Decoded(raw.decode(codec, errors="replace"))
    sample = raw[:4096]
    if b"\x00" in sample and sample.count(b"\x00") > len(sample) // 4:
        half = len(sample) // 2
        if sample[1::2].count(0) > 0.9 * half:
            return Decoded(raw.decode("utf-16-le", errors="replace"), ["decoded as UTF-16 (no BOM)"])
        if sample[0::2].count(0) > 0.9 * half:
            return Decoded(raw.decode("utf-16-be", errors="replace"), ["decoded as UTF-16 (no BOM)"])
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    if controls >= 16 and controls > len(sample) // 10:  # a few stray control bytes are text with noise
        raise ValueError("binary file, not text (over 10% control bytes)")
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        # the first line that is not UTF-8: a file of thousands of lines named alone left the reader to hunt
        line = raw.count(b"\n", 0, exc.start) + 1
        return Decoded(raw.decode("cp1252", errors="replace"),
                       [f"not UTF-8 (first at line {line}): decoded as Windows-1252"])


def pick(row: dict, name: str) -> str:
    """The first non-empty field of ``row`` among ``name``'s aliases (case-insensitive)."""
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for alias in FIELD_ALIASES[name]:
        value = lowered.get(alias)
        if value is not None and not (isinstance(value, float) and value != value):
            if isinstance(value, (dict, list)):
                continue
            text = str(value).strip()
            if text:
                return text
    return ""


def record_from_mapping(row: dict, origin: str) -> Record | LoadIssue:
    text = pick(row, "text")
    if not text:
        return LoadIssue(origin, f"no text field (looked for {', '.join(FIELD_ALIASES['text'][:4])}, ...)")
    return Record(text, origin, pick(row, "date") or None, pick(row, "title"), pick(row, "source"), pick(row, "url"))


# -- plain text: the seed's format, front matter, Markdown ------------------------------------------

_SEED_DATE = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(date|title|source|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(.+?)\s*$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")


def read_text(path: Path, content: str) -> Iterator[Record | LoadIssue]:
    meta: dict[str, str] = {}
    body = content.replace("\r\n", "\n").replace("\r", "\n")
    if body.startswith("---\n"):
        end = body.find("\n---", 4)
        if end != -1:
            try:
                front = yaml.safe_load(body[4:end])
                if isinstance(front, dict):
                    meta.update({str(k).lower(): str(v) for k, v in front.items() if v is not None})
                    body = body[end + 4:].split("\n", 1)[1] if "\n" in body[end + 4:] else ""
            except yaml.YAMLError as exc:
                yield LoadIssue(f"{path}:line 1",
                                f"front matter is not valid YAML ({exc.__class__.__name__}); read as text", "warning")
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    # Header lines at the top: the seed's " date YYYY-MM-DD text..." or "Date: ..." / "Title: ..." lines.
    while lines:
        seed = _SEED_DATE.match(lines[0])
        header = _HEADER.match(lines[0])
        if seed and "date" not in meta:
            meta["date"] = seed.group(1)
            lines[0] = lines[0][seed.end():]
            if lines[0].strip():
                break
            lines.pop(0)
        elif header and header.group(1).lower() not in meta and len(lines[0]) < 200:
            meta[header.group(1).lower()] = header.group(2)
            lines.pop(0)
        elif (heading := _MD_HEADING.match(lines[0])) and "title" not in meta:
            meta["title"] = heading.group(1)
            lines.pop(0)
        else:
            break
        while lines and not lines[0].strip():
            lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and (src := _SOURCE_LINE.match(lines[-1])) and "source" not in meta:
        meta["source"] = src.group(1)
        lines.pop()
    text = "\n".join(lines).strip()
    if not text:
        yield LoadIssue(str(path), "no article text")
        return
    yield Record(text, str(path), meta.get("date"), meta.get("title", ""), meta.get("source", ""), meta.get("url", ""))


# -- tables --------------------------------------------------------------------------------------

def read_table(path: Path, content: str) -> Iterator[Record | LoadIssue]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield LoadIssue(str(path), "empty table")
        return
    except csv.Error as exc:
        yield LoadIssue(f"{path}:line 1", f"unreadable header ({exc})")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if not any(h.lower() in FIELD_ALIASES["text"] for h in header):
        expected = list(FIELD_ALIASES["text"][:4])
        yield LoadIssue(str(path), f"no text column: columns are {header[:10]}; expected one of {expected}")
        return
    row_no = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield LoadIssue(f"{path}:line {line}", f"broken row, rest of file unreadable ({exc})")
            return
        row_no += 1
        if not row or not any(cell.strip() for cell in row):
            continue
        origin = f"{path}:row {row_no} (line {line})"
        if len(row) != len(header):
            yield LoadIssue(origin, f"expected {len(header)} fields, found {len(row)}; row skipped")
            continue
        yield record_from_mapping(dict(zip(header, row)), origin)


# -- JSON ----------------------------------------------------------------------------------------

def _object_record(item: object, origin: str) -> Record | LoadIssue:
    if isinstance(item, dict):
        return record_from_mapping(item, origin)
    return LoadIssue(origin, f"not an object ({type(item).__name__})")


def _json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong, and where on its line: json's own message ends where its position was cut off
    ("Unterminated string starting at"), which left a reader of an upload's report hanging."""
    at = "" if exc.msg.endswith(" at") else " at"
    return f"not valid JSON ({exc.msg}{at} column {exc.colno})"


def read_json(path: Path, content: str) -> Iterator[Record | LoadIssue]:
    try:
        doc = json.loads(content)
    except json.JSONDecodeError as exc:
        yield LoadIssue(f"{path}:line {exc.lineno}", _json_problem(exc))
        return
    if isinstance(doc, dict):
        for key in ("articles", "items", "data", "results", "entries"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if isinstance(doc, dict):
        yield record_from_mapping(doc, str(path))
    elif isinstance(doc, list):
        for i, item in enumerate(doc, start=1):
            origin = f"{path}:item {i}"
            yield _object_record(item, origin)
    else:
        yield LoadIssue(str(path), f"JSON must be an object or a list of objects, not {type(doc).__name__}")


#: What ends a JSONL line: "\n" (after an optional "\r") or a lone "\r"; not the other breaks str.splitlines()
#: knows (U+2028, U+2029, U+0085), which JSON allows unescaped in a string: a line holding one was cut in two, and
#: both halves lost as "not valid JSON".
_JSONL_BREAK = re.compile(r"\r\n|\r|\n")


def split_jsonl_lines(text: str) -> list[str]:
    """The lines of JSONL ``text`` (a line break at its end ends its last line, as for splitlines)."""
    return _JSONL_BREAK.split(text.removesuffix("\n").removesuffix("\r"))


def read_jsonl(path: Path, content: str) -> Iterator[Record | LoadIssue]:
    for line_no, line in enumerate(split_jsonl_lines(content), start=1):
        if line.strip():
            yield jsonl_line(line, f"{path}:line {line_no}")


def jsonl_line(line: str, origin: str) -> Record | LoadIssue:
    """One JSONL line's record, or what is wrong with it (shared by the streaming reader)."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return LoadIssue(origin, _json_problem(exc))
    return _object_record(item, origin)


# -- HTML ----------------------------------------------------------------------------------------

def html_main_text(content: str) -> dict:
    """Main text and metadata of an HTML page by trafilatura (boilerplate, navigation and scripts
    dropped); the dict's "text" is empty when no main text was found."""
    import trafilatura

    doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, include_tables=False)
    data = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    return {**data, "text": (data.get("text") or "").strip()}


# A page's declared publication date: <meta property="article:published_time" content="...">
# and its like, or JSON-LD's "datePublished".
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_META_ATTR = re.compile(r"""\b(property|name|itemprop|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_DATE_META = frozenset(["article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                        "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date"])
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{1,64})"')


def declared_date(content: str) -> str | None:
    """The publication date the page's metadata declares, as written.

    trafilatura's date finder drops any date it finds implausible (before 1995 or in the future)
    without a word; the loader must see such a date to keep the article undated with a warning
    naming the file, as it does for every other format."""
    for tag in _META_TAG.findall(content[:200_000]):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                 for m in _META_ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        if key in _DATE_META and (attrs.get("content") or "").strip():
            return attrs["content"].strip()
    found = _JSON_LD_DATE.search(content[:200_000])
    return found.group(1) if found else None


def read_html(path: Path, content: str) -> Iterator[Record | LoadIssue]:
    data = html_main_text(content)
    text = data["text"]
    if not text:
        yield LoadIssue(str(path), "no main text found in the HTML")
        return
    yield Record(text, str(path), data.get("date") or declared_date(content), data.get("title") or "",
                 data.get("sitename") or "", data.get("url") or "")


READERS = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_table for s in TABLE_SUFFIXES},
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}
