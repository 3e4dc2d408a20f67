"""Many visitors at once: concurrent sessions exploring filters on a large store, in one server process.

    python benchmarks/bench_sessions.py [--articles 100000] [--sessions 20] [--changes 5] [--db FILE]

Builds (or reuses) a store of synthetic articles, then runs N Streamlit sessions concurrently in
this process, as a server would (AppTest runs each session's script in its own thread and shares
the process's caches), each making a series of filter changes.  Prints errors, latency and the
process's memory before and after, so the bound given by the shared cache is visible.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--changes", type=int, default=5)
    parser.add_argument("--db", default=None, help="an existing store to use instead of building one")
    args = parser.parse_args()
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")
    from streamlit.testing.v1 import AppTest

    from analysis.store import Store

    folder = tempfile.mkdtemp()
    db = Path(args.db) if args.db else Path(folder) / "store.duckdb"
    if not args.db:
        corpus = Path(folder) / "corpus.jsonl"
        generate(args.articles, sentences=(14, 24)).to_json(corpus, orient="records", lines=True)
        t0 = time.perf_counter()
        with Store(db) as store:
            store.ingest([corpus])
        print(f"built a store of {args.articles} articles in {time.perf_counter() - t0:.0f} s")
    os.environ["TENSION_TRACKER_DB"] = str(db)
    app = str(ROOT / "dashboard" / "app.py")
    process = psutil.Process()
    warm = AppTest.from_file(app, default_timeout=600).run()  # the first session loads the store into the cache
    rss_warm = process.memory_info().rss / 2**20
    pairs = warm.sidebar.multiselect[1].options
    actors = warm.sidebar.multiselect[0].options
    latencies, errors = [], []
    lock = threading.Lock()
    peak = [rss_warm]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], process.memory_info().rss / 2**20)
            time.sleep(0.05)

    def session(i: int) -> None:
        rng = random.Random(i)
        at = AppTest.from_file(app, default_timeout=600)
        t0 = time.perf_counter()
        at.run()
        moves = [
            lambda: at.sidebar.multiselect[0].set_value(rng.sample(actors, 2)),
            lambda: at.sidebar.multiselect[1].set_value(rng.sample(pairs, 3)),
            lambda: at.sidebar.radio[0].set_value(rng.choice(["D", "W", "M"])),
            lambda: at.sidebar.number_input[0].set_value(rng.choice([1, 10, 100])),
            lambda: at.sidebar.multiselect[2].set_value([rng.choice(["threat", "alliance", "coercion"])]),
            lambda: at.sidebar.multiselect[1].set_value([]),
        ]
        times = [time.perf_counter() - t0]
        for _ in range(args.changes):
            rng.choice(moves)()
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
            if at.exception:
                with lock:
                    errors.append(f"session {i}: {at.exception[0].message[:200]}")
        with lock:
            latencies.extend(times)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(args.sessions) as pool:
        list(pool.map(session, range(args.sessions)))
    wall = time.perf_counter() - t0
    stop.set()
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"{args.sessions} concurrent sessions x {args.changes} filter changes in {wall:.1f} s: "
          f"{len(errors)} errors")
    for e in errors[:5]:
        print("  ", e)
    print(f"per run (open or change, under contention): median {statistics.median(latencies) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms")
    print(f"memory: {rss_warm:.0f} MiB with the store loaded, peak {peak[0]:.0f} MiB with {args.sessions} sessions "
          f"({(peak[0] - rss_warm) / args.sessions:.1f} MiB a session)")


if __name__ == "__main__":
    main()
