"""Dev check that a change to the pipeline leaves the pair table exactly as it was.

    python -m benchmarks.check_pairs --save /tmp/pairs_news.parquet --jsonl ../shared/data/news_wcep_dev.jsonl
    python -m benchmarks.check_pairs --against /tmp/pairs_news.parquet --jsonl ../shared/data/news_wcep_dev.jsonl
    python -m benchmarks.check_pairs --save /tmp/pairs_wire.parquet --articles 19000   # generated newswire

Run ``--save`` on the branch before the change (main, say), then ``--against`` on the changed
branch: every column of every row must be equal, floats to the last bit, in one process and
with workers (``--workers``, forced past pipeline.PARALLEL_MIN_CHARS).  Speed work must not move
one value: the tests hold the pieces, this holds the whole on real-sized corpora.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import analysis.pipeline as pipeline
from analysis.loading import articles_from_frame
from benchmarks.synthetic import newswire


def corpus(jsonl: Path | None, articles: int) -> pd.DataFrame:
    frame = newswire(articles) if jsonl is None else pd.read_json(jsonl, lines=True, dtype=False)
    return articles_from_frame(frame).articles


def differences(got: pd.DataFrame, expected: pd.DataFrame) -> list[str]:
    """What differs between two pair tables, column by column (empty: identical)."""
    if list(got.columns) != list(expected.columns):
        return [f"columns differ: {list(got.columns)} != {list(expected.columns)}"]
    if len(got) != len(expected):
        return [f"{len(got)} rows, expected {len(expected)}"]
    out = []
    for name in expected.columns:
        a, b = got[name].reset_index(drop=True), expected[name].reset_index(drop=True)
        same = (a == b) | (a.isna() & b.isna())
        if str(a.dtype) != str(b.dtype):
            out.append(f"{name}: dtype {a.dtype}, expected {b.dtype}")
        if not bool(same.all()):
            row = int((~same).to_numpy().argmax())
            out.append(f"{name}: {int((~same).sum())} rows differ, first at row {row}: {a[row]!r} != {b[row]!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the pair table (one process) to this Parquet file")
    action.add_argument("--against", type=Path, help="compare with the pair table in this Parquet file")
    parser.add_argument("--jsonl", type=Path, default=None, help="a JSONL corpus instead of generated newswire")
    parser.add_argument("--articles", type=int, default=19_000, help="generated newswire articles (no --jsonl)")
    parser.add_argument("--workers", type=int, default=2, help="also compare the table scored by this many workers")
    args = parser.parse_args()

    articles = corpus(args.jsonl, args.articles)
    pairs = pipeline.score_articles(articles)
    if args.save:
        pairs.to_parquet(args.save, index=False)
        print(f"saved {len(pairs)} pair rows of {len(articles)} articles to {args.save}")
        return
    expected = pd.read_parquet(args.against)
    failed = False
    runs = [("1 process", pairs)]
    if args.workers > 1:
        saved = pipeline.PARALLEL_MIN_CHARS
        pipeline.PARALLEL_MIN_CHARS = 0
        try:
            runs.append((f"{args.workers} workers", pipeline.score_articles(articles, workers=args.workers)))
        finally:
            pipeline.PARALLEL_MIN_CHARS = saved
    for name, got in runs:
        # Through Parquet as the saved table went, so that both sides carry the same types.
        found = differences(pd.read_parquet(_round_trip(got)), expected)
        print(f"{name}: {len(got)} pair rows, " + ("identical" if not found else "DIFFERENT"))
        for line in found:
            print(f"  {line}")
        failed |= bool(found)
    sys.exit(1 if failed else 0)


def _round_trip(frame: pd.DataFrame):
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    buffer.seek(0)
    return buffer


if __name__ == "__main__":
    main()
