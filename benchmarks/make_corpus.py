"""Write a newswire corpus (benchmarks/synthetic.newswire) as JSONL, for the streaming benchmarks.

    python benchmarks/make_corpus.py --articles 1000000 -o /tmp/big.jsonl

Generated and written a block at a time: a million articles (about 1.2 GB) never sit in memory.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import newswire  # noqa: E402

BLOCK = 20_000


def write_newswire(articles: int, output: str | Path) -> None:
    """``articles`` newswire articles as JSONL at ``output``, a block at a time."""
    with open(output, "w", encoding="utf-8") as out:
        for block, first in enumerate(range(0, articles, BLOCK)):
            frame = newswire(min(BLOCK, articles - first), seed=11 + block)
            # unique across blocks too: each block's "Reference i" restarts at 0
            frame["text"] = frame["text"].str.replace(" Reference ", f" Reference {block}-", regex=False)
            frame.to_json(out, orient="records", lines=True, force_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    write_newswire(args.articles, args.output)
    print(f"wrote {args.articles} articles to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
