"""Learned word weights: the part of tension the lexicon's rules do not catch, still word by word.

An ordinal logistic regression (cooperation < neutral < conflict) over the lexicon's score and
the presence of each content word, fitted on labelled UN prose and news by
scripts/fit_word_weights.py.  Its coefficients are divided by the lexicon's coefficient, so a
word's weight is in the lexicon's own units and adds to the lexicon cues' sum:

    tension = tanh( Σ lexicon cue contributions + Σ weight(word) for each distinct word present )

Each weighted word present becomes a cue (source "model") with its span, so every part of the
score can still be highlighted and read.  The weights file is data: inspect it, prune it, refit it.

What a learned word may never be, so that an explanation never contradicts itself or carries a
topic: a word the lexicon reads (learned words are read on the text with the lexicon's cues
blanked, and the fit never sees those words either), a modifier, a stop word, or a word of
data/never_cues.txt (institutions, offices, places, times, numbers, reporting verbs) or of the lexicon's
neutral list (statements and appeals: "encourages").  Neutral
sentences sit between the two sides in the fit, so words that mark neither side come out near
zero and are pruned: a plain statement scores 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from analysis.actors import blank, load_dictionary
from analysis.tension import Cue, CueLexicon, default_lexicon
from analysis.term_scan import TermScanner

WEIGHTS_PATH = Path(__file__).parent / "data" / "word_weights.tsv"
NEVER_CUES_PATH = Path(__file__).parent / "data" / "never_cues.txt"
CANDIDATES_PATH = Path(__file__).parent / "data" / "learned_cue_candidates.txt"
#: The same word pattern as the fitting vectoriser: letters only, two or more.
TOKEN_RE = re.compile(r"\b[^\W\d_]{2,}\b")
MODEL_CATEGORY = "learned"


@dataclass
class WordModel:
    weights: dict[str, float] = field(default_factory=dict)
    version: str = "none"

    @cached_property
    def _scanner(self) -> TermScanner:
        # Only the weighted words, looked up word by word (analysis.term_scan: nothing to compile).
        return TermScanner([(w,) for w in self.weights if TOKEN_RE.fullmatch(w)])

    def cues(self, text: str, masked: str | None = None) -> list[Cue]:
        """One cue per distinct weighted word, at its first occurrence outside actor names.

        ``masked`` is ``names_masked(text)`` when the caller already has it (the pipeline does).
        """
        if not self.weights or not self._scanner:
            return []
        masked = names_masked(text) if masked is None else masked
        lowered = masked.lower()
        if len(lowered) != len(text):  # rare characters whose lower case is longer: keep offsets exact
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in masked)
        seen: set[str] = set()
        cues: list[Cue] = []
        weights = self.weights
        for match in self._scanner.finditer(lowered):
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


def read_never_cues(path: Path = NEVER_CUES_PATH) -> frozenset[str]:
    """The words that are never learned cues (data/never_cues.txt)."""
    if not path.is_file():
        return frozenset()
    found: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        found.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(found)


@lru_cache(maxsize=1)
def never_cues() -> frozenset[str]:
    """never_cues.txt and the lexicon's neutral words: a statement or an appeal ("said", "encourages")
    is no cue of either side, so it is no learned word either (cues.yaml ``neutral``)."""
    return read_never_cues() | {term for term in default_lexicon().neutral_terms if " " not in term}


def read_cue_candidates(path: Path = CANDIDATES_PATH) -> dict[str, int]:
    """The words the fit may learn, each with its side (+1 conflict, -1 cooperation), from
    data/learned_cue_candidates.txt; a line names its side first ("conflict: war shelling")."""
    sides = {"conflict": 1, "cooperation": -1}
    found: dict[str, int] = {}
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, words = line.partition(":")
        side = sides.get(name.strip())
        if side is None:
            raise ValueError(f"{path}, line {line_no}: expected 'conflict:' or 'cooperation:' and words, "
                             f"got {line[:40]!r}")
        for word in words.lower().split():
            if found.setdefault(word, side) != side:
                raise ValueError(f"{path}, line {line_no}: {word!r} is on both sides")
    return found


@lru_cache(maxsize=1)
def cue_candidates() -> dict[str, int]:
    """The shipped candidates, read once: cross-validation fits many times."""
    return read_cue_candidates()


def read_model(path: Path = WEIGHTS_PATH) -> WordModel:
    """The weights file; a missing file means no learned part (the lexicon alone).

    Words of never_cues.txt and the lexicon's neutral words are dropped even when a hand-edited file
    lists them."""
    if not path.is_file():
        return WordModel()
    weights: dict[str, float] = {}
    version = "unversioned"
    never = never_cues()
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# version\t"):
            version = line.split("\t", 1)[1].strip()
            continue
        if not line.strip() or line.startswith("#") or line == "word\tweight":
            continue
        try:
            word, value = line.split("\t")
            weight = float(value)
        except ValueError as exc:
            raise ValueError(f"{path}, line {line_no}: expected 'word<TAB>weight' ({exc})") from None
        word = word.strip().lower()
        if word not in never:
            weights[word] = weight
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


def for_learned_words(text: str, cues: Sequence[Cue], masked: str | None = None) -> str:
    """``text`` as the learned words read it: names blanked (``masked``, when the caller has it)
    and every lexicon cue's span blanked, so a word the lexicon already counts is never counted
    again, with the other sign, by the learned words."""
    masked = names_masked(text) if masked is None else masked
    return blank(masked, [(c.start, c.end) for c in cues if c.source != "model"]) if cues else masked


def lexicon_words(texts: Iterable[str], lexicon: CueLexicon) -> set[str]:
    """Every word of ``texts`` that the lexicon reads on its own (a cue or a modifier): the fit
    leaves them out, so no weights file can hold a word that is also a lexicon cue."""
    return {w for w in _words_of(texts) if lexicon.cues.matches(w) or lexicon.modifiers.matches(w)}


def _words_of(texts: Iterable[str]) -> set[str]:
    return {w.lower() for t in texts for w in TOKEN_RE.findall(t)}


def fit_word_model(texts: Sequence[str], labels: Sequence[int | bool], lexicon_sums: Sequence[float], *,
                   c: float = 0.2, min_df: int = 2, prune: float = 0.1, version: str = "", penalty: str = "l2",
                   masked: Sequence[str] | None = None, sample_weight: Sequence[float] | None = None,
                   excluded: Iterable[str] = (), vocabulary: set[str] | None = None,
                   sides: Mapping[str, int] | None = None) -> WordModel:
    """Fit the weights (needs scikit-learn, a development dependency).

    ``labels``: +1 conflict, 0 neutral, -1 cooperation (True/False read as +1/-1).  The fit is an
    ordinal logistic regression by the binary reduction (each text once per threshold, "above
    cooperation" and "conflict", with shared word coefficients), so neutral text pulls a word
    towards zero instead of being left out.  ``lexicon_sums`` is each text's sum of lexicon cue
    weights, the one feature the rules give; ``masked`` the texts as the learned words read them
    (names and lexicon cues blanked: see for_learned_words), when the caller has them;
    ``excluded`` words the lexicon reads, which must not come back as learned words;
    ``vocabulary``, when given, the only words that may become cues (e.g. words of real news, so
    that UN prose's own words, "minustah", cannot); ``sides``, when given, the only words the fit
    reads at all, each with the side (+1 conflict, -1 cooperation) its weight must have
    (read_cue_candidates): the other words are no features, so they absorb nothing a cue should carry.

    A word keeps its weight only when its sign is the sign of its own association with the
    labels (its smoothed log odds of conflict against cooperation): a weight that only corrects
    the lexicon or another word ("unjustifiable" learned as cooperation because UN sentences that
    say it also say "condemns") explains nothing to a reader, and is dropped.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
    from sklearn.linear_model import LogisticRegression

    y = np.asarray([(1 if v else -1) if isinstance(v, (bool, np.bool_)) else int(v) for v in labels])
    weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    stop = set(ENGLISH_STOP_WORDS) | never_cues() | {w.lower() for w in excluded}
    if sides is not None:
        stop |= {w for w in _words_of(masked if masked is not None else texts) if w not in sides}
    vectoriser = CountVectorizer(binary=True, stop_words=sorted(stop), min_df=min_df, token_pattern=TOKEN_RE.pattern)
    words = vectoriser.fit_transform(masked if masked is not None else [names_masked(t) for t in texts])
    lexicon_scale = 3.0  # less L2 penalty on the lexicon's coefficient than on any single word's
    sums = sp.csr_matrix(np.asarray(lexicon_sums, dtype=float)[:, None] * lexicon_scale)
    n = len(y)
    # Threshold 1: above cooperation (neutral or conflict); threshold 2: conflict.  The second
    # threshold's own intercept is the last column; the first's is the model's intercept.
    base = sp.hstack([words, sums]).tocsr()
    features = sp.vstack([sp.hstack([base, sp.csr_matrix((n, 1))]),
                          sp.hstack([base, sp.csr_matrix(np.ones((n, 1)))])]).tocsr()
    target = np.concatenate([y >= 0, y >= 1])
    both = np.concatenate([weight, weight])
    if target.all() or not target.any():
        raise ValueError("the labels hold one side only: nothing to fit")
    l1 = penalty == "l1"  # sparse: a word either marks a side clearly or is no cue at all
    options: dict = {"solver": "liblinear" if l1 else "lbfgs"}
    if LogisticRegression().penalty == "deprecated":  # scikit-learn 1.8+: the penalty is l1_ratio alone
        options["l1_ratio"] = 1.0 if l1 else 0.0
    else:
        options["penalty"] = penalty
    model = LogisticRegression(C=c, max_iter=5000, **options).fit(
        features, target, sample_weight=both)
    coef = model.coef_[0]
    lexicon_coef = coef[-2] * lexicon_scale
    if lexicon_coef <= 0:
        raise ValueError("the lexicon's coefficient came out non-positive: the labels disagree with its sides")
    names = vectoriser.get_feature_names_out()
    # Each word's own association: weighted counts of conflict and cooperation texts holding it.
    presence = words.T.tocsr()
    in_conflict = presence @ (weight * (y > 0))
    in_cooperation = presence @ (weight * (y < 0))
    prior = np.log((weight * (y > 0)).sum() / max((weight * (y < 0)).sum(), 1e-9))
    association = np.log((in_conflict + 0.5) / (in_cooperation + 0.5)) - prior
    weights = {}
    for w, v, a in zip(names, coef[:-2] / lexicon_coef, association):
        if abs(v) >= prune and v * a > 0 and (vocabulary is None or w in vocabulary) \
                and (sides is None or v * sides[str(w)] > 0):
            weights[str(w)] = float(v)
    return WordModel(weights, version)
