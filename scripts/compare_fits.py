"""Cross-validated figures of one learned-word fit setting, without writing the weights file.

    python -m scripts.compare_fits [--data ../shared/data] [--c 0.1] [--news-weight 1.0] [--prune 0.15]
                                   [--floor 0.5] [--labelled-news-only] [--scale 1.0] [--all-words]

Why: choosing the fit's settings means comparing many of them on the same folds, and
`python -m analysis.evaluate` measures only the shipped one (and takes minutes for the pair
figures).  This prints, per setting, what evaluate prints for the learned words: UN, PLOVER and
labelled-news ROC AUC out of fold (5 folds, the same folds), the share of neutral sentences scoring
exactly 0, and the held-back news split scored by the fit on everything (it never sees that split).
``--scale`` multiplies every learned weight against the lexicon's, to test the balance of the two.
Needs requirements-dev.txt (scikit-learn).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from analysis import labelled, scoring
from analysis.evaluate import roc_auc
from analysis.tension import default_lexicon, lexicon_cues
from analysis.word_model import WordModel, for_learned_words, names_masked

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _tension(lexicon_sum: float, cued: bool, learned: list, scale: float) -> float:
    if not cued:
        learned = scoring.above_floor([], learned)
    total = lexicon_sum + scale * sum(c.weight for c in learned)
    return math.tanh(total) if (learned or lexicon_sum) else 0.0


def out_of_fold(prepared: labelled.Prepared, domain: str, scale: float, **fit_args) -> tuple[float, float]:
    """(ROC AUC conflict against cooperation, share of neutral scoring 0) of ``domain``, out of fold."""
    ex = prepared.examples
    mine = [i for i, e in enumerate(ex) if e.domain == domain]
    scores: dict[int, float] = {}
    for test in labelled.folds_of(mine, [ex[i].label for i in mine]):
        held = set(test)
        model = labelled.fit(prepared, [i for i in range(len(ex)) if i not in held], **fit_args)
        for i in test:
            learned = model.cues(ex[i].text, prepared.masked[i])
            scores[i] = _tension(prepared.sums[i], bool(prepared.cued and prepared.cued[i]), learned, scale)
    sided = [i for i in mine if ex[i].label]
    neutral = [i for i in mine if not ex[i].label]
    auc = roc_auc([scores[i] for i in sided], [ex[i].label > 0 for i in sided])
    zero = sum(scores[i] == 0 for i in neutral) / len(neutral) if neutral else float("nan")
    return auc, zero


def held_back(model: WordModel, scale: float) -> tuple[float, float]:
    """(ROC AUC, share of neutral scoring 0) on the labelled news test split, sentence level."""
    lexicon = default_lexicon()
    items = labelled.wcep_items(split="test")
    scores = []
    for item in items:
        text = item["sentence"]
        cues = lexicon_cues(text, lexicon)
        learned = model.cues(text, for_learned_words(text, cues, names_masked(text)))
        scores.append(_tension(sum(c.weight for c in cues), bool(cues), learned, scale))
    sided = [k for k, t in enumerate(items) if t["sentence_label"] in ("conflict", "cooperation")]
    neutral = [k for k, t in enumerate(items) if t["sentence_label"] == "neutral"]
    auc = roc_auc([scores[k] for k in sided], [items[k]["sentence_label"] == "conflict" for k in sided])
    return auc, sum(scores[k] == 0 for k in neutral) / max(len(neutral), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--c", type=float, default=labelled.FIT_C)
    parser.add_argument("--news-weight", type=float, default=labelled.NEWS_WEIGHT)
    parser.add_argument("--prune", type=float, default=labelled.FIT_PRUNE)
    parser.add_argument("--floor", type=float, default=scoring.LEARNED_FLOOR)
    parser.add_argument("--labelled-news-only", action="store_true",
                        help="a learned word must also occur in the labelled news sentences (the earlier rule)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--all-words", action="store_true",
                        help="fit every content word, not only data/learned_cue_candidates.txt (the earlier rule)")
    args = parser.parse_args()
    scoring.LEARNED_FLOOR = args.floor  # above_floor reads the module's value at each call
    examples = labelled.all_examples(args.data)
    prepared = labelled.prepare(examples, vocabulary=labelled.news_vocabulary(args.data / labelled.NEWS_CORPUS))
    fit_args = {"c": args.c, "news_weight": args.news_weight, "prune": args.prune,
                "labelled_news_only": args.labelled_news_only, "from_candidates": not args.all_words}
    for domain in ("un", "plover", "wcep"):
        auc, zero = out_of_fold(prepared, domain, args.scale, **fit_args)
        print(f"{domain:7s} cross-validated ROC AUC {auc:.3f}   neutral scoring 0: {zero:.3f}")
    model = labelled.fit(prepared, **fit_args)
    auc, zero = held_back(model, args.scale)
    print(f"held-back news ROC AUC {auc:.3f}   neutral scoring 0: {zero:.3f}   ({len(model.weights)} learned words)")


if __name__ == "__main__":
    main()
