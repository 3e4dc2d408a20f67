"""Why the project splits sentences itself: cost per sentence of its splitter, pysbd and syntok, beside VADER.

    python -m benchmarks.bench_splitters [--copies 20]

pysbd and syntok are not project dependencies (pip install pysbd syntok to compare); a missing one
is skipped.  The text is the seed article repeated.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from analysis.loading import load_articles
from analysis.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def per_sentence(fn, n: int, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    text = "\n\n".join([load_articles(ROOT / "seeds").articles.iloc[0]["text"]] * args.copies)
    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    n = len(sentences)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    rows = [("VADER (per sentence scored)", per_sentence(lambda: [vader.polarity_scores(s) for s in sentences], n)),
            ("analysis.sentences", per_sentence(lambda: split_sentences(text), n))]
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        rows.append(("pysbd", per_sentence(lambda: seg.segment(text), n)))
    except ImportError:
        print("pysbd not installed: skipped")
    try:
        import syntok.segmenter as syntok

        rows.append(("syntok", per_sentence(lambda: [s for p in syntok.analyze(text) for s in p], n)))
    except ImportError:
        print("syntok not installed: skipped")
    print(f"{n} sentences")
    for name, us in rows:
        print(f"{name:30s} {us:8.1f} µs a sentence   {us / rows[0][1]:5.2f}x VADER")


if __name__ == "__main__":
    main()
