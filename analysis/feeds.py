"""Live news feeds: RSS and Atom read with feedparser, linked pages fetched politely.

Politeness is part of the contract: every request carries a user agent and a timeout, failures
are retried with exponential backoff, and a URL already stored (or already tried) is never fetched
again.  Where a feed carries only a summary, the linked page's main text is extracted with
trafilatura.  One feed failing (an error, a timeout, a malformed document) is reported and the
others go on.
"""

from __future__ import annotations

import html
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import feedparser
import pandas as pd

from analysis.readers import html_main_text

if TYPE_CHECKING:
    from analysis.store import IngestResult

USER_AGENT = "TensionTracker/0.1 (news tension research; feed reader)"
TIMEOUT_S = 15.0
RETRIES = 2
BACKOFF_S = 1.0
FULL_TEXT_CHARS = 600  # a feed entry shorter than this is a summary: fetch the page
MAX_PAGE_BYTES = 5 * 2**20


class FetchError(OSError):
    """A URL that could not be fetched after the retries; the message says why."""


def fetch(url: str, *, timeout: float = TIMEOUT_S, retries: int = RETRIES, backoff: float = BACKOFF_S,
          sleep: Callable[[float], None] = time.sleep) -> bytes:
    """GET ``url`` with a user agent and timeout, retrying transient failures with backoff."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    last, attempts = "", 0
    for attempt in range(retries + 1):
        attempts += 1
        try:
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
                return response.read(MAX_PAGE_BYTES + 1)[:MAX_PAGE_BYTES]
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
            if exc.code < 500 and exc.code != 429:
                break  # a client error will not get better by asking again
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            last = str(getattr(exc, "reason", exc)) or exc.__class__.__name__
        if attempt < retries:
            sleep(backoff * 2**attempt)
    raise FetchError(f"{url}: {last} (after {attempts} attempt{'s' if attempts > 1 else ''})")


@dataclass
class FeedResult:
    url: str
    entries: int = 0
    new: int = 0
    skipped_known: int = 0
    pages_fetched: int = 0
    error: str = ""
    problems: list[str] = field(default_factory=list)


def _entry_text(entry) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    text = max(parts, key=len) if parts else entry.get("summary", "") or entry.get("description", "")
    if "<" in text:
        found = html_main_text(f"<html><body><article>{text}</article></body></html>")["text"]
        # trafilatura finds nothing in some short snippets: then the tags are simply dropped.
        text = found or html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def _page_text(url: str, fetcher: Callable[[str], bytes]) -> str:
    return html_main_text(fetcher(url).decode("utf-8", errors="replace"))["text"]


def read_feed(url: str, known: set[str], fetcher: Callable[[str], bytes] = fetch) -> tuple[list[dict], FeedResult]:
    """The new articles of one feed (records the loader understands) and what happened."""
    result = FeedResult(url)
    try:
        raw = fetcher(url)
    except FetchError as exc:
        result.error = str(exc)
        return [], result
    parsed = feedparser.parse(raw)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        result.error = f"{url}: not a readable RSS or Atom feed ({parsed.get('bozo_exception', 'malformed')})"
        return [], result
    source = parsed.feed.get("title", "") or url
    records = []
    for entry in parsed.entries:
        result.entries += 1
        link = entry.get("link", "") or entry.get("id", "")
        if link and link in known:
            result.skipped_known += 1
            continue
        text = _entry_text(entry)
        if len(text) < FULL_TEXT_CHARS and link.lower().startswith(("http://", "https://")):
            try:
                page = _page_text(link, fetcher)
                result.pages_fetched += 1
                if len(page) > len(text):
                    text = page
            except FetchError as exc:
                result.problems.append(f"{exc}; kept the feed's summary")
        known.add(link)
        if not text:
            result.problems.append(f"{link or url}: entry without text; skipped")
            continue
        records.append({"text": text, "title": entry.get("title", ""), "url": link, "source": source,
                        "date": entry.get("published") or entry.get("updated") or None,
                        "origin": f"{url}, item {result.entries}"})
        result.new += 1
    return records, result


def feed_urls(urls: Iterable[str] = (), files: Iterable[str | Path] = ()) -> list[str]:
    """Feed URLs from the command line and from files (one per line, # comments; or a YAML list)."""
    out = [u.strip() for u in urls if u.strip()]
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        if Path(path).suffix.lower() in (".yaml", ".yml"):
            import yaml

            try:
                doc = yaml.safe_load(text) or []
            except yaml.MarkedYAMLError as exc:  # the file and line, never a traceback
                mark = exc.problem_mark or exc.context_mark
                line = f", line {mark.line + 1}" if mark is not None else ""
                raise ValueError(f"{path}{line}: not valid YAML ({exc.problem or exc.context})") from exc
            except yaml.YAMLError as exc:
                raise ValueError(f"{path}: not valid YAML ({exc})") from exc
            items = doc.get("feeds", []) if isinstance(doc, dict) else doc
            if not isinstance(items, list):
                raise ValueError(f"{path}: expected a list of feed URLs (under 'feeds'), not {type(items).__name__}")
            out += [str(u).strip() for u in items if str(u).strip()]
        else:
            out += [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]
    return list(dict.fromkeys(out))


def ingest_feeds(store, urls: Iterable[str], *, fetcher: Callable[[str], bytes] = fetch, actors=(),
                 progress=None) -> tuple[list[FeedResult], IngestResult]:
    """Read every feed, store what is new, score it; one feed's failure never stops the others."""
    known = store.known_urls()
    records, results = [], []
    for url in urls:
        items, result = read_feed(url, known, fetcher)
        records += items
        results.append(result)
    store.remember_urls([r["url"] for r in records if r["url"]])
    frame = pd.DataFrame(records) if records else None
    ingest = store.ingest([], frame=frame, actors=actors, progress=progress)
    return results, ingest
