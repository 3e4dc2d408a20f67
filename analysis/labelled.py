"""The labelled sentences the learned words are fitted on and the scores are measured against.

Three sets, two domains: UN prose (../shared/data/un_quadclass_dev.tsv, quad classes: 1 and 3
conflict, 2 and 4 cooperation, 0 neutral), news (../shared/data/plover_gsr_cameo.jsonl, the CAMEO
manual's example news sentences, the side of each event's PLOVER category) and real news
(labels/news_wcep_sample.jsonl in this project: Wikipedia Current-events sentences labelled by
the team, see labels/README.md).  Fitting only on UN prose made UN artefacts into cues
("committee", "reported"); news labels are what let a word's weight mean the same in news.

Everything fitted is cross-validated per set: a set's figures come from weights fitted on the
other folds of that set plus every other set, never on the sentences scored.
"""

from __future__ import annotations

import csv
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.scoring import above_floor, outside_names
from analysis.tension import CueLexicon, default_lexicon, lexicon_cues
from analysis.word_model import (
    TOKEN_RE,
    WordModel,
    cue_candidates,
    fit_word_model,
    for_learned_words,
    lexicon_words,
    names_masked,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WCEP_LABELS = PROJECT_ROOT / "labels" / "news_wcep_sample.jsonl"
#: A second sample, drawn and labelled after the rules were written (scripts/draw_label_sample.py): never fitted on
WCEP_CHECK = PROJECT_ROOT / "labels" / "news_wcep_check.jsonl"
UN_FILE, PLOVER_FILE = "un_quadclass_dev.tsv", "plover_gsr_cameo.jsonl"
CONFLICT_CLASSES, COOPERATION_CLASSES = {1, 3}, {2, 4}  # see analysis/evaluate.py for why this grouping
CONFLICT_EVENTS = {"DEMAND", "REJECT", "THREATEN", "PROTEST", "COERCE", "FIGHT", "DISAPPROVE", "ASSAULT",
                   "SANCTION", "MOBILIZE", "INVESTIGATE"}
COOPERATION_EVENTS = {"AGREE", "RETREAT", "SUPPORT", "CONCEDE", "CONSULT", "AID", "COOPERATE"}
SIDES = {"conflict": 1, "neutral": 0, "cooperation": -1}
#: Weight of one news sentence relative to one UN sentence in the fit.  Chosen with FIT_C by the
#: cross-validated figures (python -m scripts.compare_fits): weighting news twice cost UN prose
#: more than it gave news.
NEWS_WEIGHT = 1.0
#: The fit's settings (see scripts/fit_word_weights.py), chosen by the same cross-validation.  With
#: the fit held to reviewed candidate words, a weight of 0.05 is still a cue a person chose, and
#: pruning at 0.05 instead of 0.1 kept more of them at equal figures.
FIT_C, FIT_PENALTY, FIT_PRUNE = 0.1, "l2", 0.05
FIT = {"c": FIT_C, "penalty": FIT_PENALTY, "prune": FIT_PRUNE}
FOLDS = 5


@dataclass(frozen=True)
class Example:
    text: str
    label: int  # +1 conflict, 0 neutral, -1 cooperation
    domain: str  # "un", "plover" or "wcep"


def un_examples(path: Path) -> list[Example]:
    out = []
    for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
        q = int(row["quadclass"])
        out.append(Example(row["text"], 1 if q in CONFLICT_CLASSES else -1 if q in COOPERATION_CLASSES else 0, "un"))
    return out


def plover_examples(path: Path) -> list[Example]:
    out = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        event = json.loads(line)
        side = 1 if event["event"] in CONFLICT_EVENTS else -1 if event["event"] in COOPERATION_EVENTS else None
        if side is not None and event.get("text"):
            out.append(Example(event["text"], side, "plover"))
    return out


def wcep_items(path: Path = WCEP_LABELS, split: str | None = None) -> list[dict]:
    """The team's labelled news sentences (all, or one split: "fit" or "test", never fitted on)."""
    if not path.is_file():
        return []
    items = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [i for i in items if split is None or i.get("split") == split]


def wcep_examples(path: Path = WCEP_LABELS, split: str = "fit") -> list[Example]:
    """The fit split of the labelled news sentences; "mixed" ones have no single side and are left out."""
    return [Example(item["sentence"], SIDES[item["sentence_label"]], "wcep")
            for item in wcep_items(path, split) if item.get("sentence_label") in SIDES]


def all_examples(data: Path, wcep: Path = WCEP_LABELS) -> list[Example]:
    return un_examples(data / UN_FILE) + plover_examples(data / PLOVER_FILE) + wcep_examples(wcep)


NEWS_CORPUS = "news_wcep_dev.jsonl"
#: A learned word must be a word of news: in at least this many of the real news summaries.
NEWS_MIN_COUNT = 5
#: ... and in at least this many labelled news sentences the fit reads.
NEWS_LABELLED_MIN = 0
#: Whether a learned word must also occur in the labelled news (PLOVER, labels/): it kept every
#: UN word that ~970 news sentences never happen to say ("welcomes" is common in real news but
#: rare in the labelled sample), so UN prose lost most of its cues.  The real-news vocabulary
#: (NEWS_MIN_COUNT summaries) already keeps UN-only words ("minustah", "laundering") out.
LABELLED_NEWS_ONLY = False
#: Whether the fit reads only the words of data/learned_cue_candidates.txt, each held to its side.
#: Fitted on every content word, the learned part scored below the lexicon alone on news
#: (cross-validated), carrying UN prose's style words; ``python -m scripts.compare_fits
#: --all-words`` measures that fit beside this one.
FROM_CANDIDATES = True


def news_vocabulary(path: Path, min_count: int = NEWS_MIN_COUNT) -> set[str] | None:
    """Common words of news: written in lower case in at least ``min_count`` summaries of the
    unlabelled news corpus (None without it).  Lower case keeps out the names the actor
    dictionary does not know ("Omar", "Laden", "Islamic State"): a name is not a cue."""
    from collections import Counter

    from analysis.word_model import TOKEN_RE

    if not path.is_file():
        return None
    counts: Counter = Counter()
    for line in path.open(encoding="utf-8"):
        if line.strip():
            counts.update({w for w in TOKEN_RE.findall(json.loads(line).get("text", "")) if w.islower()})
    return {w for w, n in counts.items() if n >= min_count}


@dataclass
class Prepared:
    """Each example's lexicon sum and text as the learned words read it, computed once."""

    examples: list[Example]
    sums: list[float]
    masked: list[str]
    excluded: set[str]
    vocabulary: set[str] | None = None
    cued: list[bool] | None = None  # whether the lexicon found any cue (the learned-word floor needs it)


def prepare(examples: Sequence[Example], lexicon: CueLexicon | None = None,
            vocabulary: set[str] | None = None) -> Prepared:
    lexicon = lexicon or default_lexicon()
    sums, masked, cued = [], [], []
    for ex in examples:
        names = names_masked(ex.text)
        cues = outside_names(lexicon_cues(ex.text, lexicon), names)
        sums.append(sum(c.weight for c in cues))
        cued.append(bool(cues))
        masked.append(for_learned_words(ex.text, cues, names))
    return Prepared(list(examples), sums, masked, lexicon_words([e.text for e in examples], lexicon), vocabulary,
                    cued)


def fit(prepared: Prepared, rows: Sequence[int] | None = None, *, c: float = FIT_C,
        news_weight: float = NEWS_WEIGHT, prune: float = FIT_PRUNE, penalty: str = FIT_PENALTY,
        version: str = "", labelled_news_only: bool = LABELLED_NEWS_ONLY,
        from_candidates: bool = FROM_CANDIDATES) -> WordModel:
    rows = range(len(prepared.examples)) if rows is None else rows
    ex = prepared.examples
    # With labelled_news_only, a learned word must also be seen in labelled news, not in UN prose
    # alone (see LABELLED_NEWS_ONLY for why that is off).
    seen: dict[str, int] = {}
    for i in rows:
        if ex[i].domain != "un":
            for w in {w.lower() for w in TOKEN_RE.findall(prepared.masked[i])}:
                seen[w] = seen.get(w, 0) + 1
    in_news = {w for w, n in seen.items() if n >= NEWS_LABELLED_MIN}
    if not labelled_news_only:
        vocabulary = prepared.vocabulary
    else:
        vocabulary = in_news if prepared.vocabulary is None else in_news & prepared.vocabulary
    return fit_word_model(
        [ex[i].text for i in rows], [ex[i].label for i in rows], [prepared.sums[i] for i in rows], c=c,
        masked=[prepared.masked[i] for i in rows], excluded=prepared.excluded, version=version, prune=prune,
        penalty=penalty, vocabulary=vocabulary, sides=cue_candidates() if from_candidates else None,
        sample_weight=[1.0 if ex[i].domain == "un" else news_weight for i in rows])


def folds_of(indices: Sequence[int], labels: Sequence[int], k: int = FOLDS, seed: int = 0) -> list[list[int]]:
    """k test folds of ``indices`` with the same share of each label (a fixed shuffle: runs repeat)."""
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    for value in sorted(set(labels)):
        idx = [i for i, y in zip(indices, labels) if y == value]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[j % k].append(i)
    return [sorted(f) for f in folds]


def out_of_fold(prepared: Prepared, domain: str, *, k: int = FOLDS, **fit_args) -> dict[int, float]:
    """Tension of each example of ``domain`` from weights fitted without its fold."""
    ex = prepared.examples
    mine = [i for i, e in enumerate(ex) if e.domain == domain]
    scores: dict[int, float] = {}
    for test in folds_of(mine, [ex[i].label for i in mine], k):
        held = set(test)
        model = fit(prepared, [i for i in range(len(ex)) if i not in held], **fit_args)
        for i in test:
            learned = model.cues(ex[i].text, prepared.masked[i])
            if prepared.cued is not None and not prepared.cued[i]:
                learned = above_floor([], learned)  # as the shipped scorer reads a learned-only sentence
            scores[i] = math.tanh(prepared.sums[i] + sum(c.weight for c in learned)) if (
                learned or prepared.sums[i]) else 0.0
    return scores


def contradictions(scored: Sequence[Sequence]) -> tuple[int, int]:
    """How many explanations count the same words on both sides: (span counted with both signs,
    word counted with both signs), over each text's cues (anything with start, end, term, weight)."""
    spans = words = 0
    for cues in scored:
        by_span: dict[tuple[int, int], set[bool]] = {}
        by_word: dict[str, set[bool]] = {}
        for c in cues:
            if c.weight:
                by_span.setdefault((c.start, c.end), set()).add(c.weight > 0)
                by_word.setdefault(c.term.lower(), set()).add(c.weight > 0)
        spans += any(len(v) > 1 for v in by_span.values())
        words += any(len(v) > 1 for v in by_word.values())
    return spans, words
