"""Throughput of the whole pipeline against plain VADER over every sentence, in one run.

Prints articles/s, sentences/s, peak memory, and two ratios measured on the same corpus in the
same process: (VADER alone time) / (pipeline time) with 1 process and with 2 workers, and the scaling
from one process to two workers.  Ratios, not seconds, are what compare across noisy machines.

The synthetic corpus here is dense: about every other sentence names an actor pair, the pipeline's
worst case, so it prints no target.  README's speed targets (one process >= 1.2x plain VADER, two
workers >= 1.7x one process) are read on newswire, where few sentences name two actors, and on real
news, by benchmarks/bench_workers.py over interleaved rounds.

    python -m benchmarks.bench_pipeline [--articles 4000] [--workers 2] [--seed-text] [--stages]

--stages adds where one process spends its time, stage by stage, on the same corpus.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.loading import articles_from_frame
from analysis.pipeline import score_articles
from analysis.sentences import split_sentences
from analysis.vader_fast import FastSentimentIntensityAnalyzer
from benchmarks.synthetic import generate


def best_of(repeats: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also time each stage of the pipeline on its own")
    parser.add_argument("--seed-text", action="store_true",
                        help="use the seed article's real prose, repeated, instead of the synthetic templates")
    args = parser.parse_args()

    if args.seed_text:
        import pandas as pd

        from analysis.loading import load_articles

        seed = load_articles(Path(__file__).resolve().parent.parent / "seeds").articles.iloc[0]
        frame = pd.DataFrame({"text": [f"{seed.text} Report {i}." for i in range(args.articles)], "date": seed.date})
    else:
        frame = generate(args.articles)
    articles = articles_from_frame(frame).articles
    texts = list(articles["text"])
    sentences = [t[a:b] for t in texts for a, b in split_sentences(t)]
    analyzer = SentimentIntensityAnalyzer()  # plain VADER, the baseline
    score_articles(articles.head(50))  # load dictionary, lexicon and VADER once, outside the timings

    vader_s, _ = best_of(args.repeats, lambda: [analyzer.polarity_scores(s) for s in sentences])
    fast = FastSentimentIntensityAnalyzer()
    fast_s, _ = best_of(args.repeats, lambda: [fast.compound(s) for s in sentences])
    one_s, table = best_of(args.repeats, lambda: score_articles(articles))
    many_s, table_n = best_of(args.repeats, lambda: score_articles(articles, workers=args.workers))
    assert len(table) == len(table_n)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n_art, n_sent = len(articles), len(sentences)
    print(f"corpus: {n_art} articles, {n_sent} sentences, {len(table)} pair rows "
          f"({table['sentence_id'].size and table.groupby(['article_id', 'sentence_id']).ngroups} sentences with pairs)")
    print(f"VADER alone, every sentence : {vader_s:7.2f} s  {n_sent / vader_s:9.0f} sentences/s")
    print(f"pipeline, 1 process         : {one_s:7.2f} s  {n_sent / one_s:9.0f} sentences/s  {n_art / one_s:8.0f} articles/s")
    print(f"pipeline, {args.workers} workers         : {many_s:7.2f} s  {n_sent / many_s:9.0f} sentences/s  "
          f"{n_art / many_s:8.0f} articles/s")
    print(f"peak memory (this process)  : {peak_mib:7.0f} MiB")
    print(f"exact fast VADER compound (analysis.vader_fast), every sentence: {fast_s:.2f} s, "
          f"{vader_s / fast_s:.2f}x faster than VADER")
    print(f"ratio VADER / pipeline (1 process): {vader_s / one_s:.2f}")
    print(f"ratio VADER / pipeline ({args.workers} workers): {vader_s / many_s:.2f}")
    print(f"scaling 1 -> {args.workers} workers: {one_s / many_s:.2f}x")
    print("(a dense corpus, the worst case: README's targets are read on newswire by benchmarks/bench_workers.py)")
    if args.stages:
        print_stages(articles, args.repeats, vader_s)


def print_stages(articles, repeats: int, vader_s: float) -> None:
    """Each stage of score_articles timed alone on the same corpus, the collector paused.

    Their sum is the stages' own work; the whole pipeline's time also holds its collections and
    the glue between stages."""
    from analysis.actors import _as_day, load_dictionary
    from analysis.explain_json import cues_json
    from analysis.pipeline import mentions_json, pair_sentences, rows_for, score_sentence
    from analysis.schema import PAIR_COLUMNS, frame_from_tables, table_from_rows
    from analysis.sentiment import sentiment
    from analysis.tension import default_lexicon, lexicon_cues
    from analysis.word_model import default_model

    records = articles[["article_id", "date", "source", "title", "text"]].to_dict("records")
    dictionary, lexicon, model = load_dictionary(), default_lexicon(), default_model()
    spans = [split_sentences(r["text"]) for r in records]
    items = [(r, p) for r in records for p in pair_sentences(r, dictionary)]
    scores = [score_sentence(p.sentence, lexicon, masked=p.masked) for _, p in items]
    mentions = [mentions_json(p) for _, p in items]
    rows = [row for (r, p), s, m in zip(items, scores, mentions) for row in rows_for(r, p, s, m)]
    stages = [
        ("split sentences", lambda: [split_sentences(r["text"]) for r in records]),
        ("match actors", lambda: [dictionary.match_sentences(r["text"], sp, _as_day(r["date"]))
                                  for r, sp in zip(records, spans)]),
        ("VADER compound, pair sentences", lambda: [sentiment(p.sentence) for _, p in items]),
        ("lexicon cues and modifiers", lambda: [lexicon_cues(p.sentence, lexicon) for _, p in items]),
        ("learned word cues", lambda: [model.cues(p.sentence, p.masked) for _, p in items]),
        ("sentence cues and mentions as JSON", lambda: ([cues_json(s.cues) for s in scores],
                                                        [mentions_json(p) for _, p in items])),
        ("pair rows (linking, pair cues JSON, tuples)", lambda: [row for (r, p), s, m in zip(items, scores, mentions)
                                                                 for row in rows_for(r, p, s, m)]),
        ("DataFrame in the schema", lambda: frame_from_tables([table_from_rows(rows, PAIR_COLUMNS)], PAIR_COLUMNS)),
    ]
    print(f"stages, 1 process ({len(items)} pair sentences, {sum(len(s) for s in spans)} sentences; "
          "garbage collection paused, see below):")
    total = 0.0
    for name, fn in stages:
        # The lists kept above for the later stages hold about a million objects: with the collector
        # on, a stage that allocates pays for scanning them, which the pipeline (keeping only rows)
        # does not.  Paused, each stage shows its own work.
        gc.collect()
        gc.disable()
        try:
            seconds, _ = best_of(repeats, fn)
        finally:
            gc.enable()
        total += seconds
        print(f"  {name:32s} {seconds:6.3f} s  {seconds / vader_s:5.2f} of VADER alone")
    print(f"  {'sum of stages':32s} {total:6.3f} s  {total / vader_s:5.2f} of VADER alone "
          "(the whole pipeline's time above also holds its collections and the glue between stages)")


if __name__ == "__main__":
    main()
