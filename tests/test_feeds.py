"""Feeds served from 127.0.0.1 by the test itself: new items once, failing feeds reported, others go on."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from analysis.feeds import FetchError, feed_urls, fetch, ingest_feeds, read_feed
from analysis.store import Store
from tests.test_cli import cli

LONG = ("China and Japan agreed to hold regular talks on maritime safety after months of friction. " * 8).strip()
PAGE = ("<html><head><title>Page</title></head><body><nav>menu</nav><article><h1>Kyiv and Moscow</h1><p>"
        + "Russian forces attacked Ukraine overnight, and Kyiv condemned Moscow for the strikes on civilians. " * 6
        + "</p></article><footer>footer</footer></body></html>")


def rss(base: str) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire RSS</title>
    <item><title>Talks</title><link>{base}/story/talks</link><pubDate>Mon, 06 Jan 2025 10:00:00 +0000</pubDate>
      <description>{LONG}</description></item>
    <item><title>Strikes</title><link>{base}/page/strikes.html</link><pubDate>Tue, 07 Jan 2025 10:00:00 +0000</pubDate>
      <description>Overnight strikes.</description></item>
    </channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Atom</title>
    <entry><title>Alliance</title><link href="{base}/story/alliance"/><id>{base}/story/alliance</id>
      <updated>2025-01-08T09:00:00Z</updated>
      <content type="html">&lt;p&gt;{"Japan and the United States reaffirmed their alliance in Tokyo. " * 12}&lt;/p&gt;</content>
    </entry></feed>"""


@pytest.fixture(scope="module")
def server():
    hits: Counter = Counter()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def do_GET(self):  # noqa: N802 - the http.server API
            hits[self.path] += 1
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/rss.xml":
                body, kind = rss(base), "application/rss+xml"
            elif self.path == "/atom.xml":
                body, kind = atom(base), "application/atom+xml"
            elif self.path == "/page/strikes.html":
                body, kind = PAGE, "text/html"
            elif self.path == "/future.xml":  # an item dated past what the tables hold
                body, kind = rss(base).replace("Mon, 06 Jan 2025", "Mon, 06 Jan 2999"), "application/rss+xml"
            elif self.path == "/slow.xml":
                time.sleep(3)
                body, kind = rss(base), "application/rss+xml"
            elif self.path == "/broken.xml":
                self.send_error(500, "broken")
                return
            else:
                self.send_error(404)
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", hits
    httpd.shutdown()


def quick(url: str) -> bytes:
    return fetch(url, timeout=1.0, retries=1, backoff=0.05)


def test_new_items_are_ingested_once_and_pages_fetched_once(tmp_path, server):
    base, hits = server
    with Store(tmp_path / "s.duckdb") as store:
        results, ingest = ingest_feeds(store, [f"{base}/rss.xml", f"{base}/atom.xml"], fetcher=quick)
        assert [r.new for r in results] == [2, 1] and ingest.articles_new == 3
        assert results[0].pages_fetched == 1 and hits["/page/strikes.html"] == 1
        pairs = set(store.pair_table()["pair"])
        assert {"CHN-JPN", "RUS-UKR", "JPN-USA"} <= pairs
        texts = store.table("articles")["text"].tolist()
        assert not any("menu" in t or "footer" in t for t in texts)  # the page's main text only
        again, ingest2 = ingest_feeds(store, [f"{base}/rss.xml", f"{base}/atom.xml"], fetcher=quick)
        assert [r.skipped_known for r in again] == [2, 1] and ingest2.articles_new == 0
        assert hits["/page/strikes.html"] == 1  # no refetch of a known URL


def test_a_failing_or_slow_feed_is_reported_and_the_others_go_on(tmp_path, server):
    base, _ = server
    with Store(tmp_path / "s.duckdb") as store:
        results, ingest = ingest_feeds(store, [f"{base}/broken.xml", f"{base}/slow.xml", f"{base}/atom.xml",
                                               f"{base}/missing.xml"], fetcher=quick)
        errors = {r.url.rsplit("/", 1)[1]: r.error for r in results}
        assert "HTTP 500" in errors["broken.xml"] and "2 attempts" in errors["broken.xml"]
        assert "timed out" in errors["slow.xml"].lower()
        assert "HTTP 404" in errors["missing.xml"] and "after 1 attempt)" in errors["missing.xml"]  # no retry on 404
        assert errors["atom.xml"] == "" and ingest.articles_new == 1


def test_fetch_refuses_other_schemes_and_backs_off():
    with pytest.raises(FetchError, match="only http"):
        fetch("file:///etc/passwd")
    waits = []
    with pytest.raises(FetchError):
        fetch("http://127.0.0.1:9/none", timeout=0.5, retries=2, backoff=0.5, sleep=waits.append)
    assert waits == [0.5, 1.0]


def test_feed_urls_from_arguments_and_files(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttp://a/rss\n\nhttp://b/atom  # comment\nhttp://a/rss\n")
    yaml_file = tmp_path / "feeds.yaml"
    yaml_file.write_text("feeds: [http://c/rss]\n")
    assert feed_urls(["http://z/rss"], [listing, yaml_file]) == ["http://z/rss", "http://a/rss", "http://b/atom",
                                                                  "http://c/rss"]


def test_a_feed_items_load_warning_reaches_the_user_naming_the_feed_and_item(tmp_path, server):
    base, _ = server
    for command in (["ingest"], ["watch", "--rounds", "1"]):
        result = cli(*command, "--feed", f"{base}/future.xml", "--db", str(tmp_path / f"{command[0]}.duckdb"))
        # the CLI printed no warning at all, and the store's origin read "row 0"
        assert result.returncode == 0, result.stderr
        assert f"warning: {base}/future.xml, item 1: date 2999-01-06 is outside" in result.stderr, result.stderr
    with Store(tmp_path / "ingest.duckdb") as store:
        assert set(store.table("articles")["origin"]) == {f"{base}/future.xml, item 1", f"{base}/future.xml, item 2"}


def test_a_broken_feeds_file_names_its_line_and_ends_as_a_usage_error(tmp_path):
    broken = tmp_path / "feeds.yaml"
    broken.write_text("feeds: [http://a/rss\n")  # a bracket never closed: a traceback before
    for command in ("ingest", "watch"):
        result = cli(command, "--feeds-file", str(broken), "--db", str(tmp_path / "s.duckdb"))
        assert result.returncode == 2 and f"{broken}, line 2: not valid YAML" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    shaped = tmp_path / "shaped.yaml"
    shaped.write_text("feeds: 5\n")
    with pytest.raises(ValueError, match="expected a list of feed URLs"):
        feed_urls([], [shaped])


def test_read_feed_rejects_what_is_not_a_feed(server):
    base, _ = server
    records, result = read_feed(f"{base}/page/strikes.html", set(), quick)
    assert records == [] and "not a readable RSS or Atom feed" in result.error


def test_ingest_and_watch_commands(tmp_path, server):
    base, _ = server
    db = tmp_path / "s.duckdb"
    first = cli("ingest", "--feed", f"{base}/atom.xml", "--feed", f"{base}/broken.xml", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "1 new" in first.stderr and "feed failed" in first.stderr and "HTTP 500" in first.stderr
    # the feed's sentences count in the summary (it said "1 articles scored (0 sentences scored")
    assert int(re.search(r"\((\d+) sentences scored", first.stderr).group(1)) > 0, first.stderr
    watched = cli("watch", "--feed", f"{base}/rss.xml", "--every", "1s", "--rounds", "2", "--db", str(db))
    assert watched.returncode == 0, watched.stderr
    assert "round 1: 2 new articles" in watched.stderr and "round 2: 0 new articles" in watched.stderr
    assert cli("watch", "--feed", f"{base}/rss.xml", "--every", "soon").returncode == 2
