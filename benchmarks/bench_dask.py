"""Dask engine throughput with 1 and 2 LocalCluster workers on the same corpus, and the ratio.

    python -m benchmarks.bench_dask [--articles 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from analysis.dask_engine import run_on_dask
from benchmarks.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        generate(args.articles).to_json(corpus, orient="records", lines=True)
        times = {}
        for workers in (1, 2):
            t0 = time.perf_counter()
            stats = run_on_dask([corpus], Path(folder) / f"out-{workers}.parquet", workers=workers,
                                blocksize=2 * 2**20)
            times[workers] = time.perf_counter() - t0
            print(f"{workers} worker(s): {times[workers]:7.1f} s  {args.articles / times[workers]:7.0f} articles/s  "
                  f"({stats['rows']} pair rows, {stats['partitions']} partitions)")
    print(f"ratio 2 workers / 1 worker (throughput): {times[1] / times[2]:.2f}x")


if __name__ == "__main__":
    main()
