"""Refit analysis/data/word_weights.tsv from the labelled sentences (UN prose and news).

    python -m scripts.fit_word_weights [--data ../shared/data] [--c 0.05] [--penalty l2]

Fits on every labelled set analysis.labelled knows: the UN quad-class dev set, the PLOVER
news events and the team's labelled news sentences (labels/news_wcep_sample.jsonl).
`python -m analysis.evaluate` reports the cross-validated figures of exactly this fit; the
shipped weights are the fit on all of it.  Needs requirements-dev.txt (scikit-learn).
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from analysis.labelled import FIT, NEWS_CORPUS, NEWS_WEIGHT, all_examples, fit, news_vocabulary, prepare
from analysis.tension import default_lexicon
from analysis.word_model import WEIGHTS_PATH

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--c", type=float, default=FIT["c"], help="inverse penalty strength")
    parser.add_argument("--penalty", choices=["l1", "l2"], default=FIT["penalty"])
    parser.add_argument("--prune", type=float, default=FIT["prune"])
    parser.add_argument("--news-weight", type=float, default=NEWS_WEIGHT)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args()
    examples = all_examples(args.data)
    prepared = prepare(examples, vocabulary=news_vocabulary(args.data / NEWS_CORPUS))
    model = fit(prepared, c=args.c, penalty=args.penalty, prune=args.prune, news_weight=args.news_weight)
    digest = hashlib.sha256(repr(sorted(model.weights.items())).encode()).hexdigest()[:8]
    model.version = f"un-news-{args.penalty}-c{args.c}-{digest}"
    counts = Counter(e.domain for e in examples)
    model.save(args.out, header=[
        "Learned word weights, in lexicon units (a weight adds to the sum of lexicon cue weights).",
        f"Fitted by scripts/fit_word_weights.py --c {args.c} --penalty {args.penalty} --prune {args.prune} "
        f"--news-weight {args.news_weight}",
        f"(ordinal: cooperation < neutral < conflict) on {counts['un']} UN sentences (un_quadclass_dev.tsv: 1 and 3",
        f"conflict, 2 and 4 cooperation, 0 neutral), {counts['plover']} PLOVER news events and {counts['wcep']} labelled",
        "news sentences (labels/news_wcep_sample.jsonl); lexicon " + default_lexicon().version + ".",
        "Text: United Nations Parallel Corpus (labels javierosorio/keep_it_local, MIT); CAMEO manual examples",
        "(openeventdata/PLOVER, CC BY-SA 4.0); Wikipedia Current events (CC BY-SA 4.0).",
        "Never words: names (the built-in dictionary's), words the lexicon reads, stop words, data/never_cues.txt.",
        f"Words with |weight| < {args.prune} are pruned.  Edit or delete lines freely; delete the file for lexicon only.",
    ])
    print(f"wrote {args.out}: {len(model.weights)} words, version {model.version}")


if __name__ == "__main__":
    main()
