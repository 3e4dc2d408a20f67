"""Draw a fresh sample of real news sentences for the team to label (labels/README.md says how they were labelled).

    python -m scripts.draw_label_sample [--data ../shared/data] [--pairs 240] [--single 60] [--seed 20261129]
                                        [--out labels/todo_check.jsonl]

Why a second sample: the rules of analysis/linking/ and the cues have been read against rows of the same
development corpus the first sample (labels/news_wcep_sample.jsonl) was drawn from, so its held-back split measures
a score its authors have looked at the neighbours of.  A sample drawn after the rules, from sentences no label file
holds, labelled without seeing any score, checks the held-back figures once more.  It is never fitted on.

Sentences in which the actor dictionary finds two or more actors (at most six pairs) are drawn from the pair table,
the others from the corpus's sentences; every sentence already in a label file is skipped.  Each item carries what
labels/GUIDELINES.md asks the labeller to see: the sentence, its summary as context, the matcher's actors and pairs.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pandas as pd

from analysis.actors import find_actors
from analysis.labelled import NEWS_CORPUS, PROJECT_ROOT, WCEP_LABELS
from analysis.pipeline import analyze
from analysis.sentences import split_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MAX_PAIRS = 6


def labelled_sentences(folder: Path) -> set[str]:
    """Every sentence any label file in ``folder`` holds."""
    out: set[str] = set()
    for path in folder.glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                out.add(json.loads(line)["sentence"])
    return out


def draw(corpus: Path, n_pairs: int, n_single: int, seed: int, skip: set[str]) -> list[dict]:
    docs = pd.read_json(corpus, lines=True)
    docs["date"] = docs["date"].astype(str)
    table = analyze(docs[["date", "title", "text", "source"]])
    by_sentence = table.groupby(["sentence", "date"], sort=True)["pair"].agg(lambda p: sorted(set(p)))
    paired = [(s, str(d)[:10], pairs) for (s, d), pairs in by_sentence.items()
              if s not in skip and len(pairs) <= MAX_PAIRS]
    contexts = {}
    singles = []
    for text, date in zip(docs["text"], docs["date"]):
        for start, end in split_sentences(text):
            sentence = text[start:end].strip()
            contexts.setdefault(sentence, text)
            if sentence not in skip:
                singles.append((sentence, date))
    with_pairs = set(by_sentence.index.get_level_values(0))
    singles = sorted({(s, d) for s, d in singles if s not in with_pairs and len(s) > 20})
    rng = random.Random(seed)
    chosen = rng.sample(paired, min(n_pairs, len(paired))) + [
        (s, d, []) for s, d in rng.sample(singles, min(n_single, len(singles)))]
    rng.shuffle(chosen)
    items = []
    for k, (sentence, date, pairs) in enumerate(chosen):
        actors = [f"{m.code}:{m.text}" for m in find_actors(sentence, date)]
        context = contexts.get(sentence, sentence)
        items.append({"id": f"check-{k:04d}", "date": date, "sentence": sentence,
                      "context": context if len(context) <= 1200 else "", "actors": actors, "pairs": pairs})
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pairs", type=int, default=240, help="sentences naming two or more actors")
    parser.add_argument("--single", type=int, default=60, help="sentences naming fewer")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "labels" / "todo_check.jsonl")
    args = parser.parse_args()
    items = draw(args.data / NEWS_CORPUS, args.pairs, args.single, args.seed, labelled_sentences(WCEP_LABELS.parent))
    with args.out.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} sentences to label -> {args.out}")


if __name__ == "__main__":
    main()
