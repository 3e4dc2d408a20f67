"""Where one process's time goes, stage by stage: CPU seconds of each stage of score_articles.

    python -m benchmarks.stage_split --jsonl ../shared/data/news_wcep_dev.jsonl [--runs 3]
    python -m benchmarks.stage_split --articles 19000                              # generated newswire

cProfile inflates Python calls against C (a regex scan looks cheap beside the loops around it);
this wraps each stage's function with a CPU clock instead and prints the best of ``--runs``.  The
term scanners' regexes are compiled first, as they are by the time bench_workers' rounds run
(analysis.term_scan compiles them once a process has read enough text).  What no stage holds
(the loops between the stages, reading records, dates, garbage collection) is printed as "between".
"""

from __future__ import annotations

import argparse
import functools
import gc
import time
from collections import Counter
from pathlib import Path

import pandas as pd

import analysis.pipeline as pipeline
from analysis.actors import ActorDictionary
from analysis.loading import articles_from_frame
from analysis.term_scan import TermScanner
from benchmarks.synthetic import newswire

#: (object, function name, stage), in the pipeline's order
STAGES = [
    (ActorDictionary, "name_matches", "actor scan, whole text"),
    (pipeline, "split_sentences", "sentence split"),
    (ActorDictionary, "match_sentences", "mentions per sentence"),
    (pipeline, "blank", "names masked"),
    (pipeline, "sentiment", "sentiment (VADER)"),
    (pipeline, "tension_cues_each", "tension cues"),
    (pipeline, "rows_for", "linking, rows, JSON"),
    (pipeline, "table_from_rows", "Arrow tables"),
    (pipeline, "frame_from_tables", "pair frame"),
]


def _compile_scanners() -> int:
    """Every term scanner alive compiles its trie regex now, as a long run's have."""
    count = 0
    for obj in gc.get_objects():
        if isinstance(obj, TermScanner) and obj._regex is None and obj._heads is not None:
            obj._budget = -1
            list(obj.finditer("x"))
            count += 1
    return count


def _timed(owner: object, name: str, stage: str, spent: Counter) -> None:
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - started

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, default=None, help="a JSONL corpus instead of generated newswire")
    parser.add_argument("--articles", type=int, default=19_000, help="generated newswire articles (no --jsonl)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    frame = newswire(args.articles) if args.jsonl is None else pd.read_json(args.jsonl, lines=True, dtype=False)
    articles = articles_from_frame(frame).articles
    print(f"load (read and articles_from_frame): {time.perf_counter() - started:.2f} s wall")
    pipeline.score_articles(articles.head(200))  # dictionary, lexicon and VADER loaded
    print(f"scanners compiled: {_compile_scanners()}")
    spent: Counter = Counter()
    for owner, name, stage in STAGES:
        _timed(owner, name, stage, spent)
    best: tuple[float, float, dict] | None = None
    for _ in range(args.runs):
        spent.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        pipeline.score_articles(articles)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if best is None or cpu < best[0]:
            best = (cpu, wall, dict(spent))
    assert best is not None
    cpu, wall, stages = best
    print(f"score_articles, 1 process: {cpu:.2f} s CPU ({wall:.2f} s wall), best of {args.runs}")
    for _, _, stage in STAGES:
        print(f"  {stage:26s} {stages.get(stage, 0.0):6.2f} s  {stages.get(stage, 0.0) / cpu:6.1%}")
    between = cpu - sum(stages.values())
    print(f"  {'between':26s} {between:6.2f} s  {between / cpu:6.1%}")


if __name__ == "__main__":
    main()
