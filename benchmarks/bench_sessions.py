"""Many visitors at once: concurrent browser sessions exploring filters on a large store.

    python -m benchmarks.bench_sessions [--articles 100000] [--sessions 20] [--changes 3] [--db FILE]

Builds (or reuses) a store of synthetic articles, starts `streamlit run` on it on 127.0.0.1, and
opens N pages at once in Debian's Chromium (each page is a Streamlit session), each making a
series of filter changes through the URL and the period buttons.  Prints errors, the time for a
page to show its figures, and the server process's memory when the store is loaded and at its
peak with all sessions, so the bound given by the shared cache (one copy of the store for every
session) is visible.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks.streamlit_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server
from benchmarks.synthetic import generate


def build_store(articles: int, folder: Path) -> Path:
    from analysis.store import Store

    corpus = folder / "corpus.jsonl"
    generate(articles, sentences=(14, 24)).to_json(corpus, orient="records", lines=True)
    db = folder / "store.duckdb"
    t0 = time.perf_counter()
    with Store(db) as store:
        store.ingest([corpus])
    print(f"built a store of {articles} articles in {time.perf_counter() - t0:.0f} s")
    return db


async def session(browser, base: str, i: int, changes: int, pairs: list[str], results: dict) -> None:
    rng = random.Random(i)
    page = await browser.new_page(viewport={"width": 1300, "height": 900})
    times, errors = [], 0
    try:
        for step in range(changes + 1):
            params = "" if step == 0 else "?" + "&".join(
                [f"pairs={','.join(rng.sample(pairs, 3))}", f"period={rng.choice('DWM')}",
                 f"min={rng.choice([1, 10, 100])}"])
            t0 = time.perf_counter()
            await page.goto(base + "/" + params)
            await page.get_by_text("Pair mentions").first.wait_for(timeout=120_000)
            await page.locator(".js-plotly-plot").first.wait_for(timeout=120_000)
            times.append(time.perf_counter() - t0)
            errors += await page.locator('[data-testid="stException"]').count()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop at the first failure
        errors += 1
        results.setdefault("messages", []).append(f"session {i}: {exc.__class__.__name__}: {str(exc)[:120]}")
    finally:
        await page.close()
    results.setdefault("times", []).extend(times)
    results["errors"] = results.get("errors", 0) + errors


async def drive(base: str, sessions: int, changes: int, pairs: list[str]) -> dict:
    from playwright.async_api import async_playwright

    results: dict = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        await asyncio.gather(*(session(browser, base, i, changes, pairs, results) for i in range(sessions)))
        await browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--changes", type=int, default=3)
    parser.add_argument("--db", default=None, help="an existing store to use instead of building one")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    db = Path(args.db) if args.db else build_store(args.articles, folder)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        pairs = [r[0] for r in con.execute("SELECT pair FROM pairs GROUP BY pair ORDER BY count(*) DESC "
                                           "LIMIT 40").fetchall()]
    with streamlit_server(env={"TENSION_TRACKER_DB": str(db)}) as (server, base):
        proc = psutil.Process(server.pid)
        asyncio.run(drive(base, 1, 0, pairs))  # one session loads the store into the shared cache
        loaded = proc.memory_info().rss / 2**20
        peak = [loaded]
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], proc.memory_info().rss / 2**20)
                time.sleep(0.1)

        threading.Thread(target=sample, daemon=True).start()
        t0 = time.perf_counter()
        results = asyncio.run(drive(base, args.sessions, args.changes, pairs))
        wall = time.perf_counter() - t0
        stop.set()
    times = sorted(results.get("times", []))
    print(f"{args.sessions} concurrent browser sessions x {args.changes + 1} views in {wall:.1f} s: "
          f"{results.get('errors', 0)} errors")
    for message in results.get("messages", [])[:5]:
        print("  ", message)
    if times:
        print(f"time for a page to show its figures under that load: median {statistics.median(times):.1f} s, "
              f"p95 {times[int(0.95 * (len(times) - 1))]:.1f} s")
    print(f"server memory: {loaded:.0f} MiB with the store loaded, peak {peak[0]:.0f} MiB with {args.sessions} "
          f"sessions ({(peak[0] - loaded) / args.sessions:.1f} MiB a session)")


if __name__ == "__main__":
    main()
