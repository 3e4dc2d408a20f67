"""Refit analysis/data/word_weights.tsv from the labelled development set.

    python -m scripts.fit_word_weights [--data ../shared/data] [--c 0.2]

Conflict = quad classes 1 and 3, cooperation = 2 and 4 (see analysis/evaluate.py for why this
grouping, not 1-2 against 3-4).  `python -m analysis.evaluate` reports the cross-validated
figures of exactly this fit; the shipped weights are the fit on the whole development set.
Needs requirements-dev.txt (scikit-learn).
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from analysis.evaluate import DEFAULT_DATA, UN_FILE, labelled_un, read_un
from analysis.tension import default_lexicon, lexicon_cues
from analysis.word_model import WEIGHTS_PATH, fit_word_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--c", type=float, default=0.2, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args()
    texts, conflict = labelled_un(read_un(args.data / UN_FILE))
    lexicon = default_lexicon()
    sums = [sum(c.weight for c in lexicon_cues(t, lexicon)) for t in texts]
    model = fit_word_model(texts, conflict, sums, c=args.c)
    digest = hashlib.sha256(repr(sorted(model.weights.items())).encode()).hexdigest()[:8]
    model.version = f"un-dev-c{args.c}-{digest}"
    model.save(args.out, header=[
        "Learned word weights, in lexicon units (a weight adds to the sum of lexicon cue weights).",
        f"Fitted by scripts/fit_word_weights.py --c {args.c} on {UN_FILE} ({len(texts)} sentences:",
        "conflict = quad classes 1 and 3, cooperation = 2 and 4), lexicon " + lexicon.version + ".",
        "Text of the data: United Nations Parallel Corpus; labels: javierosorio/keep_it_local (MIT).",
        "Actor names (the built-in dictionary's) are blanked before fitting and scoring: a name is not a cue.",
        "Words with |weight| < 0.1 are pruned.  Edit or delete lines freely; delete the file for lexicon only.",
    ])
    print(f"wrote {args.out}: {len(model.weights)} words, version {model.version}")


if __name__ == "__main__":
    main()
