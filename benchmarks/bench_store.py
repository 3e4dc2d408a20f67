"""Incremental ingest into the store: a second run over an unchanged corpus must cost <= 5 % of the first.

    python -m benchmarks.bench_store [--articles 20000] [--files 40] [--cli]

Writes a synthetic corpus as several JSONL files, ingests it into a fresh store, ingests it again
unchanged, then once more with an extra actor dictionary (a new dictionary version), and prints
the times, the ratio and how many sentence scores were reused.  --cli also times
``python -m analysis ingest`` as a subprocess (process start included): a first ingest, an
unchanged re-ingest and, for scale, the start-up alone (``python -c "import analysis.cli"``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.store import Store
from benchmarks.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--cli", action="store_true", help="also time the command line as a subprocess")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus = root / "corpus"
        corpus.mkdir()
        frame = generate(args.articles)
        per = -(-len(frame) // args.files)
        for i in range(args.files):
            frame.iloc[i * per:(i + 1) * per].to_json(corpus / f"part-{i:03d}.jsonl", orient="records", lines=True)
        extra = root / "extra.csv"
        extra.write_text("term,code,kind\nGeneva,CHE,state\n")
        with Store(root / "store.duckdb") as store:
            t0 = time.perf_counter()
            first = store.ingest([corpus])
            first_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            again = store.ingest([corpus])
            again_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            new_dict = store.ingest([corpus], actors=[extra])
            new_dict_s = time.perf_counter() - t0
            rows = store.count("pairs")
        if args.cli:
            cli_times = [_cli_seconds(["-m", "analysis", "ingest", str(corpus), "--db", str(root / "cli.duckdb"),
                                       "--quiet"]) for _ in range(2)]
            startup = _cli_seconds(["-c", "import analysis.cli"])
    print(f"corpus: {args.articles} articles in {args.files} files, {rows} pair rows stored")
    print(f"first ingest           : {first_s:8.2f} s  ({first.sentences_scored} sentences scored)")
    print(f"unchanged re-ingest    : {again_s:8.2f} s  ({again.files_unchanged} files unchanged, "
          f"{again.sentences_scored} sentences scored)")
    print(f"ratio re-ingest / first: {again_s / first_s:8.3%}   target <= 5%")
    print(f"new dictionary version : {new_dict_s:8.2f} s  ({new_dict.sentences_reused} sentence scores reused, "
          f"{new_dict.sentences_scored} scored)")
    if args.cli:
        print(f"command line, python -m analysis ingest (process start included): first {cli_times[0]:.2f} s, "
              f"unchanged re-ingest {cli_times[1]:.2f} s; start-up alone (import analysis.cli) {startup:.2f} s")


def _cli_seconds(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=Path(__file__).resolve().parent.parent)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
