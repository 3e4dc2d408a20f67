"""Learned word weights: the part of tension the lexicon's rules do not catch, still word by word.

A logistic regression over the lexicon's score and the presence of each content word (stop words
left out, so that function words learned from UN prose cannot move news scores), fitted on the
human-labelled development set by scripts/fit_word_weights.py.  Its coefficients are divided by
the lexicon's coefficient, so a word's weight is in the lexicon's own units and adds to the
lexicon cues' sum:

    tension = tanh( Σ lexicon cue contributions + Σ weight(word) for each distinct word present )

Each weighted word present becomes a cue (source "model") with its span, so every part of the
score can still be highlighted and read.  The weights file is data: inspect it, prune it, refit it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from analysis.actors import load_dictionary
from analysis.tension import Cue
from analysis.trie_regex import compile_terms

WEIGHTS_PATH = Path(__file__).parent / "data" / "word_weights.tsv"
#: The same word pattern as the fitting vectoriser: letters only, two or more.
TOKEN_RE = re.compile(r"\b[^\W\d_]{2,}\b")
MODEL_CATEGORY = "learned"


@dataclass
class WordModel:
    weights: dict[str, float] = field(default_factory=dict)
    version: str = "none"

    @cached_property
    def _regex(self) -> re.Pattern | None:
        # Only the weighted words, as one trie: the scan skips every other word in C.
        return compile_terms([(w,) for w in self.weights if TOKEN_RE.fullmatch(w)])

    def cues(self, text: str, masked: str | None = None) -> list[Cue]:
        """One cue per distinct weighted word, at its first occurrence outside actor names.

        ``masked`` is ``names_masked(text)`` when the caller already has it (the pipeline does).
        """
        if not self.weights or self._regex is None:
            return []
        masked = names_masked(text) if masked is None else masked
        lowered = masked.lower()
        if len(lowered) != len(text):  # rare characters whose lower case is longer: keep offsets exact
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in masked)
        seen: set[str] = set()
        cues: list[Cue] = []
        weights = self.weights
        for match in self._regex.finditer(lowered):
            word = match.group()
            weight = weights.get(word)
            if weight is None or word in seen:
                continue
            seen.add(word)
            start, end = match.span()
            cues.append(Cue(text[start:end], MODEL_CATEGORY, weight, start, end, (), "model"))
        return cues

    def save(self, path: Path, header: Sequence[str] = ()) -> None:
        lines = [f"# {h}" for h in header] + [f"# version\t{self.version}", "word\tweight"]
        lines += [f"{w}\t{v:.5f}" for w, v in sorted(self.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_model(path: Path = WEIGHTS_PATH) -> WordModel:
    """The weights file; a missing file means no learned part (the lexicon alone)."""
    if not path.is_file():
        return WordModel()
    weights: dict[str, float] = {}
    version = "unversioned"
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# version\t"):
            version = line.split("\t", 1)[1].strip()
            continue
        if not line.strip() or line.startswith("#") or line == "word\tweight":
            continue
        try:
            word, value = line.split("\t")
            weights[word.strip().lower()] = float(value)
        except ValueError as exc:
            raise ValueError(f"{path}, line {line_no}: expected 'word<TAB>weight' ({exc})") from None
    return WordModel(weights, version)


@lru_cache(maxsize=1)
def default_model() -> WordModel:
    return read_model()


def names_masked(text: str) -> str:
    """``text`` with the built-in dictionary's names blanked (see ActorDictionary.mask_names).

    Always the built-in dictionary, never a user's extra files: a sentence's scores then depend
    on the scorer alone, which is what lets the store reuse them across actor dictionaries.
    """
    return load_dictionary().mask_names(text)


def fit_word_model(texts: Sequence[str], conflict: Sequence[bool], lexicon_sums: Sequence[float], *,
                   c: float = 0.2, min_df: int = 2, prune: float = 0.1, version: str = "",
                   masked: Sequence[str] | None = None) -> WordModel:
    """Fit the weights (needs scikit-learn, a development dependency).

    ``lexicon_sums`` is each text's sum of lexicon cue weights, the one feature the rules give;
    ``masked`` the texts with names blanked, when the caller has them (cross-validation does).
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = CountVectorizer(binary=True, stop_words=list(ENGLISH_STOP_WORDS), min_df=min_df,
                                 token_pattern=TOKEN_RE.pattern)
    words = vectoriser.fit_transform(masked if masked is not None else [names_masked(t) for t in texts])
    lexicon_scale = 3.0  # less L2 penalty on the lexicon's coefficient than on any single word's
    features = sp.hstack([words, sp.csr_matrix(np.asarray(lexicon_sums, dtype=float)[:, None] * lexicon_scale)]).tocsr()
    model = LogisticRegression(C=c, max_iter=5000).fit(features, np.asarray(conflict, dtype=bool))
    coef = model.coef_[0]
    lexicon_coef = coef[-1] * lexicon_scale
    if lexicon_coef <= 0:
        raise ValueError("the lexicon's coefficient came out non-positive: the labels disagree with its sides")
    vocabulary = vectoriser.get_feature_names_out()
    weights = {w: float(v / lexicon_coef) for w, v in zip(vocabulary, coef[:-1]) if abs(v / lexicon_coef) >= prune}
    return WordModel(weights, version)
