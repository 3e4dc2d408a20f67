"""How well the scores agree with people: ``python -m analysis.evaluate [--data DIR]``.

``python -m analysis.evaluate timelines [--data DIR]`` checks the tension index on dated real news
instead (see analysis/timelines.py).

Reads the development sets in ../shared/data (see its README for sources and licences):

* un_quadclass_dev.tsv — UN sentences hand-labelled with CAMEO quad classes: ROC AUC of tension
  for conflict against cooperation, the share with the right sign, and figures per class.  The
  learned word weights are cross-validated: each fold's figures come from weights fitted on the
  other folds, never from the shipped weights (which saw every sentence).

  Which classes are conflict: shared/README describes 1 and 2 as conflict, 3 and 4 as cooperation,
  but the sentences say otherwise.  Class 1 reads "1,045 soldiers were killed", class 2 "enacted
  counter-terrorism legislation and strengthened regional cooperation", class 3 "Council members
  expressed deep concern at the reports of renewed fighting", class 4 "stresses the urgency of
  disbanding illegal armed groups".  That is 1 material conflict, 2 material cooperation, 3 verbal
  conflict, 4 verbal cooperation, so 1-2 against 3-4 splits deeds from words, not conflict from
  cooperation.  The numbers agree: the hand-written lexicon, never fitted to these labels,
  separates 1+3 from 2+4 far better than 1+2 from 3+4 (this command prints both).  So conflict
  here is 1 and 3, cooperation 2 and 4; the literal 1-2 against 3-4 figure is printed as well.
* plover_gsr_cameo.jsonl — CAMEO-manual sentences with hand-coded source and target actors and a
  PLOVER event category: precision and recall of find_actors on state actors, recall of gold
  source–target pairs among the pairs analyze finds, and the share of events whose tension sign
  matches the side of their category.  Per pair (evaluate_pair_links): on the row of each event's
  gold pair, the sign agreement and ROC AUC of the pair's tension under several linking factors,
  against the sentence's tension on the same rows, also split by how many states the sentence names.

Every figure is printed beside the same figure for VADER alone (negated compound: higher = more
conflict), the baseline the README compares against.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, product
from pathlib import Path

import pandas as pd

from analysis.actors import find_actors, load_dictionary
from analysis.labelled import CONFLICT_EVENTS, COOPERATION_EVENTS
from analysis.loading import article_id
from analysis.pair_audit import NEUTRAL_BAND, audit_figures, read_pair_audit
from analysis.pipeline import analyze
from analysis.scoring import outside_names, score_text
from analysis.sentiment import sentiment
from analysis.tension import Cue, CueLexicon, combine, default_lexicon, lexicon_cues
from analysis.word_model import fit_word_model, names_masked

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
UN_FILE, PLOVER_FILE = "un_quadclass_dev.tsv", "plover_gsr_cameo.jsonl"
CONFLICT_CLASSES, COOPERATION_CLASSES = {1, 3}, {2, 4}  # see the module docstring
README_CONFLICT_CLASSES, README_COOPERATION_CLASSES = {1, 2}, {3, 4}
FOLDS = 5
# CAMEO's country codes where they differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = {"IGO", "NGO", "IMG", "ISM", "MNC", "UIS"}


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    frame = pd.DataFrame({"s": scores, "y": positive})
    ranks = frame["s"].rank(method="average")
    n_pos = int(frame["y"].sum())
    n_neg = len(frame) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    return float((ranks[frame["y"]].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


@dataclass
class UNResult:
    n: int
    fold_aucs: list[float]
    auc: float  # pooled over the out-of-fold scores
    sign_right: float
    lexicon_auc: float  # the lexicon alone: nothing fitted
    baseline_auc: float
    baseline_sign_right: float
    readme_grouping_auc: float  # classes 1-2 against 3-4, as shared/README groups them
    readme_grouping_baseline_auc: float
    readme_grouping_lexicon_auc: float
    per_class: pd.DataFrame


def read_un(path: Path) -> pd.DataFrame:
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    return pd.DataFrame({"text": [r["text"] for r in rows], "quadclass": [int(r["quadclass"]) for r in rows]})


def labelled_un(frame: pd.DataFrame) -> tuple[list[str], list[bool]]:
    """Texts of the conflict and cooperation classes, and whether each is conflict."""
    keep = frame[frame["quadclass"].isin(CONFLICT_CLASSES | COOPERATION_CLASSES)]
    return list(keep["text"]), [q in CONFLICT_CLASSES for q in keep["quadclass"]]


def stratified_folds(labels: Sequence[bool], k: int = FOLDS, seed: int = 0) -> list[list[int]]:
    """k test folds with the same share of each label (a fixed shuffle, so runs repeat)."""
    import random

    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    for value in (True, False):
        idx = [i for i, y in enumerate(labels) if y == value]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[j % k].append(i)
    return [sorted(f) for f in folds]


def lexicon_alone(text: str, lexicon: CueLexicon) -> list[Cue]:
    """The lexicon's cues as the scorer counts them: those inside an actor's name left out."""
    return outside_names(lexicon_cues(text, lexicon), names_masked(text))


def cross_validated_tension(texts: Sequence[str], conflict: Sequence[bool], k: int = FOLDS,
                            ) -> tuple[list[float], list[float]]:
    """Out-of-fold tension for every text, and each fold's ROC AUC."""
    lexicon = default_lexicon()
    sums = [sum(c.weight for c in lexicon_alone(t, lexicon)) for t in texts]
    masked = [names_masked(t) for t in texts]  # once, not once per fold
    scores = [0.0] * len(texts)
    aucs = []
    for test in stratified_folds(conflict, k):
        held = set(test)
        train = [i for i in range(len(texts)) if i not in held]
        model = fit_word_model([texts[i] for i in train], [conflict[i] for i in train], [sums[i] for i in train],
                               masked=[masked[i] for i in train])
        for i in test:
            scores[i] = math.tanh(sums[i] + sum(c.weight for c in model.cues(texts[i], masked[i])))
        aucs.append(roc_auc([scores[i] for i in test], [conflict[i] for i in test]))
    return scores, aucs


#: Words whose presence tells what a quad class holds: deeds of conflict, words of conflict, deeds
#: of cooperation, words of cooperation.
MARKER_WORDS = ("killed", "attacks", "arrested", "concern", "condemns", "threat", "assistance", "training",
                "cooperation", "welcomes", "urges", "dialogue")


def label_check(frame: pd.DataFrame, k: int = FOLDS) -> tuple[pd.DataFrame, dict[str, float]]:
    """What the quad classes hold, read from the data rather than from its README.

    Returns the share of each class's sentences containing each marker word, and the
    cross-validated ROC AUC of a TF-IDF logistic regression (shared/README's reference model,
    needs scikit-learn) for each grouping: the grouping the labels support is the one words
    separate best.  That the README's own reference figures (VADER 0.61, TF-IDF about 0.80) match
    the 1-2 against 3-4 grouping here shows which grouping they were computed on.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    lowered = frame["text"].str.lower()
    shares = pd.DataFrame({w: lowered.str.contains(rf"\b{w}\b").groupby(frame["quadclass"]).mean()
                           for w in MARKER_WORDS}).T.round(3)
    labelled = frame[frame["quadclass"] > 0].reset_index(drop=True)
    aucs: dict[str, float] = {}
    for name, positive in (("1+3 vs 2+4", CONFLICT_CLASSES), ("1+2 vs 3+4", README_CONFLICT_CLASSES)):
        y = labelled["quadclass"].isin(positive).to_numpy()
        scores = np.zeros(len(labelled))
        for test in stratified_folds(list(y), k):
            train = np.setdiff1d(np.arange(len(labelled)), test)
            vectoriser = TfidfVectorizer(min_df=2, ngram_range=(1, 2), sublinear_tf=True)
            x_train = vectoriser.fit_transform(labelled["text"].iloc[train])
            model = LogisticRegression(C=4, max_iter=3000).fit(x_train, y[train])
            scores[test] = model.predict_proba(vectoriser.transform(labelled["text"].iloc[test]))[:, 1]
        aucs[name] = roc_auc(list(scores), list(y))
    return shares, aucs


def evaluate_un(frame: pd.DataFrame, k: int = FOLDS, out_of_fold: dict[int, float] | None = None,
                folds: Sequence[Sequence[int]] = ()) -> UNResult:
    """``out_of_fold``: tension of each row of ``frame`` from the shipped fit's cross-validation
    (evaluate_news), with its ``folds``; without it, weights fitted on these UN rows alone."""
    texts, conflict = labelled_un(frame)
    if out_of_fold is not None:
        rows = list(frame.index[frame["quadclass"].isin(CONFLICT_CLASSES | COOPERATION_CLASSES)])
        scores = [out_of_fold[r] for r in rows]
        aucs = []
        for fold in folds:
            sided = [r for r in fold if r in set(rows)]
            aucs.append(roc_auc([out_of_fold[r] for r in sided], [frame.at[r, "quadclass"] in CONFLICT_CLASSES
                                                                 for r in sided]))
    else:
        scores, aucs = cross_validated_tension(texts, conflict, k)
    lexicon = default_lexicon()
    labelled = frame[frame["quadclass"].isin(CONFLICT_CLASSES | COOPERATION_CLASSES)].assign(
        tension=scores,
        lexicon=[combine(lexicon_alone(t, lexicon)) for t in texts],
        vader=[-sentiment(t) for t in texts],
    )
    y = pd.Series(conflict, index=labelled.index)

    def sign_right(col: str) -> float:
        s = labelled[col]
        return float(((s > 0) & y).sum() + ((s < 0) & ~y).sum()) / len(labelled)

    irrelevant = frame[~frame["quadclass"].isin(CONFLICT_CLASSES | COOPERATION_CLASSES)]
    irrelevant = irrelevant.assign(tension=[out_of_fold[r] for r in irrelevant.index] if out_of_fold is not None
                                   else [score_text(t).tension for t in irrelevant["text"]],
                                   vader=[-sentiment(t) for t in irrelevant["text"]])
    every = pd.concat([labelled[["quadclass", "tension", "vader"]], irrelevant[["quadclass", "tension", "vader"]]])
    per_class = every.groupby("quadclass").agg(
        sentences=("tension", "size"), tension_mean=("tension", "mean"),
        share_positive=("tension", lambda s: (s > 0).mean()), share_negative=("tension", lambda s: (s < 0).mean()),
        share_zero=("tension", lambda s: (s == 0).mean()),
        vader_share_positive=("vader", lambda s: (s > 0).mean()),
        vader_share_negative=("vader", lambda s: (s < 0).mean()),
    )
    readme = labelled["quadclass"].isin(README_CONFLICT_CLASSES)
    return UNResult(
        len(labelled), aucs, roc_auc(labelled["tension"], y), sign_right("tension"),
        roc_auc(labelled["lexicon"], y), roc_auc(labelled["vader"], y), sign_right("vader"),
        roc_auc(labelled["tension"], readme), roc_auc(labelled["vader"], readme), roc_auc(labelled["lexicon"], readme),
        per_class,
    )


@dataclass
class PloverResult:
    events: int
    actor_precision: float
    actor_recall: float
    pair_recall: float
    sign_right: float
    baseline_sign_right: float
    actor_counts: tuple[int, int, int] = (0, 0, 0)  # true positives, false positives, false negatives


def _gold_codes(entries: object) -> list[str]:
    if not isinstance(entries, list):
        return []
    # mypy reads dict.get(key, <Any>) as possibly None; the default is the code itself, a str.
    return [CAMEO_TO_ISO.get(e.get("code", ""), e.get("code", "")) for e in entries if isinstance(e, dict)]  # type: ignore[misc]


def _comparable(code: str, organisations: set[str]) -> str:
    return "IGO" if code in organisations else code


def evaluate_plover(events: list[dict]) -> PloverResult:
    dictionary = load_dictionary()
    organisations = dictionary.codes_of_kind("organisation")
    tp = fp = fn = 0
    gold_pairs_total = gold_pairs_found = 0
    signs = base_signs = signed_events = 0
    frame = pd.DataFrame({"text": [e["text"] for e in events]})  # dates in this file are placeholders
    pairs = analyze(frame)
    found_pairs: dict[str, set[tuple[str, ...]]] = {}
    for row in pairs.itertuples():
        found_pairs.setdefault(row.article_id, set()).add(
            tuple(sorted((_comparable(row.actor_a, organisations), _comparable(row.actor_b, organisations)))))
    for event in events:
        text = event["text"]
        sources, targets = _gold_codes(event.get("source")), _gold_codes(event.get("target"))
        gold_states = {c for c in sources + targets if c not in NON_STATE}
        found = {m.code for m in find_actors(text, dictionary=dictionary) if m.code not in organisations}
        tp += len(found & gold_states)
        fp += len(found - gold_states)
        fn += len(gold_states - found)
        if targets:
            gold = {tuple(sorted(p)) for p in product(sources, targets) if p[0] != p[1]}
        else:
            gold = {tuple(sorted(p)) for p in combinations(set(sources), 2)}
        have = found_pairs.get(article_id(text), set())
        gold_pairs_total += len(gold)
        gold_pairs_found += len(gold & have)
        side = 1 if event["event"] in CONFLICT_EVENTS else -1 if event["event"] in COOPERATION_EVENTS else 0
        if side:
            signed_events += 1
            t = score_text(text).tension
            signs += (t > 0 and side > 0) or (t < 0 and side < 0)
            v = -sentiment(text)
            base_signs += (v > 0 and side > 0) or (v < 0 and side < 0)
    return PloverResult(
        len(events), tp / (tp + fp) if tp + fp else float("nan"), tp / (tp + fn) if tp + fn else float("nan"),
        gold_pairs_found / gold_pairs_total if gold_pairs_total else float("nan"),
        signs / signed_events, base_signs / signed_events, (tp, fp, fn),
    )


# -- per-pair tension on PLOVER's gold pairs ------------------------------------------------------
#: (label, ONE_LINKED μ, UNLINKED λ, learned-word rule) settings compared by evaluate_pair_links; the rule
#: "summed" is "position" with every context cue counted (linking.pair_score's context "sum"); a conflict act linking
#: one actor only as its target, the other a bystander (linking's UNDERGONE, links-226), counts by λ, or by μ under
#: the rule "undergone at mu" (links-225 and before).
PAIR_SETTINGS: tuple[tuple[str, float, float, str], ...] = (
    ("mu=1 lambda=1 (context cues in full, strongest per side)", 1.0, 1.0, "position"),
    ("mu=0.5 lambda=0.5", 0.5, 0.5, "position"),
    ("mu=0.5 lambda=0.1", 0.5, 0.1, "position"),
    ("mu=0.5 lambda=0", 0.5, 0.0, "position"),
    ("mu=0.25 lambda=0.25", 0.25, 0.25, "position"),
    ("mu=0.25 lambda=0.1 (chosen)", 0.25, 0.1, "position"),
    ("mu=0.25 lambda=0", 0.25, 0.0, "position"),
    ("mu=0.1 lambda=0", 0.1, 0.0, "position"),
    ("mu=0 lambda=0", 0.0, 0.0, "position"),
    ("mu=0.25 lambda=0.1, learned words unlinked", 0.25, 0.1, "unlinked"),
    ("mu=0.25 lambda=0.1, learned words count in full", 0.25, 0.1, "sentence"),
    ("mu=0.25 lambda=0.1, every context cue summed (links-21)", 0.25, 0.1, "summed"),
    ("mu=0.25 lambda=0.1, a conflict act's lone target at mu (links-225)", 0.25, 0.1, "undergone at mu"),
)


def _sign_right(scores: Sequence[float], conflict: Sequence[bool]) -> float:
    if not scores:
        return float("nan")
    return sum((t > 0 and y) or (t < 0 and not y) for t, y in zip(scores, conflict)) / len(scores)


def evaluate_pair_links(events: list[dict], settings: Sequence[tuple[str, float, float, str]] = PAIR_SETTINGS,
                        ) -> pd.DataFrame:
    """Per-pair tension against the sentence's on the rows of PLOVER's gold pairs.

    For each event of a conflict or cooperation category whose gold source-target pair the
    pipeline finds in a sentence, the pair's row is scored under each linking setting and under
    the sentence-level tension (the same cues, every one counting in full for every pair).  Rows:
    the settings; columns: sign agreement and ROC AUC of conflict against cooperation on all
    such rows, on sentences naming exactly two states and on those naming three or more.
    """
    from analysis.linking import cue_links, factor_table, pair_score
    from analysis.pipeline import pair_sentences, score_pair_sentences

    dictionary = load_dictionary()
    organisations = dictionary.codes_of_kind("organisation")
    lexicon = default_lexicon()
    cases = []  # (conflict?, states named, item, score, code a, code b)
    for event in events:
        side = 1 if event["event"] in CONFLICT_EVENTS else -1 if event["event"] in COOPERATION_EVENTS else 0
        if not side:
            continue
        sources, targets = _gold_codes(event.get("source")), _gold_codes(event.get("target"))
        if targets:
            gold = {tuple(sorted(p)) for p in product(sources, targets) if p[0] != p[1]}
        else:
            gold = {tuple(sorted(p)) for p in combinations(set(sources), 2)}
        items = pair_sentences({"text": event["text"], "date": None}, dictionary)
        for item, score in zip(items, score_pair_sentences(items, lexicon)):
            codes = sorted({m.code for m in item.mentions})
            states = len([c for c in codes if c not in organisations])
            for a, b in combinations(codes, 2):
                if (a, b) in gold:
                    cases.append((side > 0, states, item, score, a, b))
    links_of = {id(item): cue_links(item.sentence, item.mentions, item.start, score.cues)
                for _, _, item, score, _, _ in cases}
    unlinked_words = {id(item): cue_links(item.sentence, item.mentions, item.start, score.cues, "unlinked")
                      for _, _, item, score, _, _ in cases}
    columns: dict[str, list[float]] = {}

    def figures(label: str, scores: list[float]) -> None:
        row = []
        for keep in (lambda n: True, lambda n: n == 2, lambda n: n >= 3):
            chosen = [(t, c[0]) for t, c in zip(scores, cases) if keep(c[1])]
            ts, ys = [t for t, _ in chosen], [y for _, y in chosen]
            row += [len(chosen), _sign_right(ts, ys), roc_auc(ts, ys) if chosen else float("nan")]
        columns[label] = row

    figures("sentence-level tension (before)", [score.tension for _, _, _, score, _, _ in cases])
    for label, one, unlinked, rule in settings:
        factors = factor_table(one, unlinked, one if rule == "undergone at mu" else None)
        figures(label, [pair_score(score.cues, (unlinked_words if rule == "unlinked" else links_of)[id(item)], a, b,
                                   factors, "position" if rule in ("summed", "undergone at mu") else rule,
                                   "sum" if rule == "summed" else "strongest").tension
                        for _, _, item, score, a, b in cases])
    names = [f"{part} {what}" for part in ("all", "2 states", "3+ states") for what in ("rows", "sign right", "AUC")]
    table = pd.DataFrame(columns, index=names).T
    return table.astype({n: int for n in names if n.endswith("rows")})


def evaluate_held_out(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures on labelled sentences nothing was fitted on: the shipped scores, no refitting.

    For a held-back half of the UN data (same columns as the dev file).  Rows: the two
    groupings; columns: ROC AUC of tension, of the lexicon alone and of VADER alone, and the
    share of sentences whose tension sign is right.
    """
    lexicon = default_lexicon()
    labelled = frame[frame["quadclass"].isin(CONFLICT_CLASSES | COOPERATION_CLASSES)]
    texts = list(labelled["text"])
    tension = [score_text(t).tension for t in texts]
    lexicon_only = [combine(lexicon_alone(t, lexicon)) for t in texts]
    vader = [-sentiment(t) for t in texts]
    rows = {}
    for name, positive in (("conflict 1+3 vs cooperation 2+4", CONFLICT_CLASSES),
                           ("classes 1+2 vs 3+4 (shared/README's grouping)", README_CONFLICT_CLASSES)):
        y = list(labelled["quadclass"].isin(positive))
        right = sum((t > 0 and p) or (t < 0 and not p) for t, p in zip(tension, y)) / len(y) if y else float("nan")
        rows[name] = {"sentences": len(y), "tension_auc": roc_auc(tension, y), "lexicon_auc": roc_auc(lexicon_only, y),
                      "vader_auc": roc_auc(vader, y), "tension_sign_right": right}
    table = pd.DataFrame(rows).T
    return table.astype({"sentences": int})


def evaluate_news(data: Path) -> dict:
    """The figures on news, and on UN prose, of the learned words as they are fitted now.

    Per labelled set: ROC AUC (conflict against cooperation) of tension cross-validated (each
    fold scored by weights fitted without it, on the other sets and folds), of the lexicon alone
    and of VADER alone, and the share of neutral sentences scoring exactly 0.  Then the held-back
    test split of the team's news labels, scored with the shipped weights (which never saw it),
    sentence by sentence and pair by pair, and how many explanations count the same words on
    both sides (must be none)."""
    from analysis import labelled

    examples = labelled.all_examples(data)
    prepared = labelled.prepare(examples, vocabulary=labelled.news_vocabulary(data / labelled.NEWS_CORPUS))
    lexicon = default_lexicon()
    sets = {}
    out_un: tuple[dict[int, float], list[list[int]]] = ({}, [])
    for domain in ("un", "plover", "wcep"):
        idx = [i for i, e in enumerate(examples) if e.domain == domain]
        if not idx:
            continue
        scores = labelled.out_of_fold(prepared, domain)
        if domain == "un":  # UN examples come first, in the file's order: example i is row i
            out_un = (scores, labelled.folds_of(idx, [examples[i].label for i in idx]))
        sided = [i for i in idx if examples[i].label]
        y = [examples[i].label > 0 for i in sided]
        neutral = [i for i in idx if not examples[i].label]
        sets[domain] = {
            "sentences": len(idx), "tension_auc": roc_auc([scores[i] for i in sided], y),
            "lexicon_auc": roc_auc([combine(lexicon_alone(examples[i].text, lexicon)) for i in sided], y),
            "vader_auc": roc_auc([-sentiment(examples[i].text) for i in sided], y),
            "neutral_zero": (sum(scores[i] == 0 for i in neutral) / len(neutral)) if neutral else float("nan"),
        }
    test = labelled.wcep_items(split="test")
    out: dict = {"sets": pd.DataFrame(sets).T, "test": None, "pairs": None, "un": out_un, "check": None}
    if test:
        out["test"], out["pairs"] = held_back_figures(test, lexicon)
    check = labelled.wcep_items(labelled.WCEP_CHECK)
    if check:
        figures, pairs = held_back_figures(check, lexicon)
        out["check"] = {**figures, "pairs": pairs, "actor_pairs": labelled_pair_precision(check)}
    labelled_items = labelled.wcep_items()
    out["actor_pairs"] = labelled_pair_precision(labelled_items) if labelled_items else None
    out["pair_audit"] = audit_figures(read_pair_audit())
    news_texts = [e.text for e in examples if e.domain != "un"] + [t["sentence"] for t in test + check]
    spans, words = labelled.contradictions([score_text(t).cues for t in news_texts])
    out["contradictions"] = (spans, words, len(news_texts))
    return out


def held_back_figures(items: list[dict], lexicon: CueLexicon) -> tuple[dict, pd.DataFrame]:
    """Labelled news sentences no fit ever read, scored with the shipped weights: sentence figures and pair figures."""
    sided_items = [t for t in items if t["sentence_label"] in ("conflict", "cooperation")]
    y = [t["sentence_label"] == "conflict" for t in sided_items]
    by_id = {t["id"]: score_text(t["sentence"]) for t in items}
    neutral_scores = [by_id[t["id"]] for t in items if t["sentence_label"] == "neutral"]
    figures = {
        "sentences": len(items), "sided": len(sided_items),
        "tension_auc": roc_auc([by_id[t["id"]].tension for t in sided_items], y),
        "lexicon_auc": roc_auc([combine(lexicon_alone(t["sentence"], lexicon)) for t in sided_items], y),
        "vader_auc": roc_auc([-sentiment(t["sentence"]) for t in sided_items], y),
        "neutral_zero": (sum(s.tension == 0 for s in neutral_scores) / len(neutral_scores)
                         if neutral_scores else float("nan")),
    }
    return figures, _pair_figures(items)


def _pair_figures(items: list[dict]) -> pd.DataFrame:
    """Pair rows of labelled sentences against the pair labels: per-pair and sentence tension.

    ``pairs`` … ``per_pair_sign_right``: the pairs labelled conflict or cooperation; ``neutral_pairs`` and the
    mean absolute tension of their rows, per pair and sentence level (lower: less relation read into pairs the
    labeller saw none between, which the AUC, over related pairs only, cannot tell)."""
    frame = pd.DataFrame({"text": [t["sentence"] for t in items], "date": [t.get("date") for t in items]})
    rows = analyze(frame)
    have = {(r.article_id, r.pair): r for r in rows.itertuples()}
    records = []
    for t in items:
        aid = article_id(t["sentence"])
        states = {p for pair in t["pairs"] for p in pair.split("-")}
        for pair, lab in t["pairs"].items():
            if lab not in ("conflict", "cooperation", "neutral"):
                continue
            row = have.get((aid, pair))
            if row is None:
                continue
            records.append({"label": lab, "conflict": lab == "conflict", "two_actors": len(states) == 2,
                            "pair": row.tension, "sentence": getattr(row, "sentence_tension", row.tension)})
    table = pd.DataFrame(records, columns=["label", "conflict", "two_actors", "pair", "sentence"])
    figures = {}
    for name, every in (("all pairs", table), ("sentences naming two actors", table[table["two_actors"]]),
                        ("sentences naming three or more", table[~table["two_actors"]])):
        part, neutral = every[every["label"] != "neutral"], every[every["label"] == "neutral"]
        if part.empty:
            continue
        figures[name] = {"pairs": len(part), "per_pair_auc": roc_auc(part["pair"], part["conflict"]),
                         "sentence_auc": roc_auc(part["sentence"], part["conflict"]),
                         "per_pair_sign_right": float(((part["pair"] > 0) == part["conflict"]).where(
                             part["pair"] != 0).mean()),
                         "neutral_pairs": len(neutral), "neutral_abs_pair": float(neutral["pair"].abs().mean()),
                         "neutral_abs_sentence": float(neutral["sentence"].abs().mean())}
    return pd.DataFrame(figures).T


def labelled_pair_precision(items: list[dict]) -> dict[str, float]:
    """Actor pairs found by analyze in the labelled news sentences, against the labeller's verdicts.

    A pair the labeller marked ``invalid`` names an actor the sentence does not have (Georgia the
    US state, the Paris Agreement, SDF the Syrian Democratic Forces); every other labelled verdict
    confirms both actors.  Pairs the labeller never saw (found now, not when labelling) are counted
    apart: precision is over the labelled ones."""
    frame = pd.DataFrame({"text": [t["sentence"] for t in items], "date": [t.get("date") for t in items]})
    rows = analyze(frame)
    found: dict[str, set[str]] = {}
    for aid, pair in zip(rows["article_id"], rows["pair"]):
        found.setdefault(aid, set()).add(pair)
    valid = invalid = unlabelled = invalid_labels = 0
    for t in items:
        pairs = found.get(article_id(t["sentence"]), set())
        invalid_labels += sum(v == "invalid" for v in t["pairs"].values())
        for pair in pairs:
            verdict = t["pairs"].get(pair)
            if verdict is None:
                unlabelled += 1
            elif verdict == "invalid":
                invalid += 1
            else:
                valid += 1
    return {"valid": valid, "invalid": invalid, "unlabelled": unlabelled, "invalid_labels": invalid_labels,
            "precision": valid / (valid + invalid) if valid + invalid else float("nan")}


def print_news(news: dict) -> None:
    print("\nLearned words, cross-validated per set (5 folds; conflict vs cooperation ROC AUC; share of neutral "
          "sentences scoring exactly 0):")
    print("    " + news["sets"].round(3).to_string().replace("\n", "\n    "))
    if news["test"]:
        t = news["test"]
        print(f"Held-back news (labels/news_wcep_sample.jsonl split 'test', {t['sentences']} sentences, never fitted): "
              f"ROC AUC tension {t['tension_auc']:.3f}, lexicon alone {t['lexicon_auc']:.3f}, VADER {t['vader_auc']:.3f} "
              f"({t['sided']} conflict or cooperation); neutral scoring 0: {t['neutral_zero']:.3f}")
        print("  pair by pair (labelled pairs found by analyze; neutral_*: the pairs labelled neutral, their rows' mean")
        print("  absolute tension, per pair and sentence level, lower is better):")
        print("    " + news["pairs"].round(3).to_string().replace("\n", "\n    "))
    if news.get("actor_pairs"):
        a = news["actor_pairs"]
        print(f"Actor pairs in all labelled news sentences (labels/news_wcep_sample.jsonl): precision {a['precision']:.3f} "
              f"({a['valid']} confirmed, {a['invalid']} the labeller marked invalid, of {a['invalid_labels']} invalid "
              f"labels; {a['unlabelled']} pairs found that were not labelled)")
    if news.get("check"):
        c = news["check"]
        a = c["actor_pairs"]
        print(f"Fresh held-back news (labels/news_wcep_check.jsonl, {c['sentences']} sentences drawn and labelled after "
              f"the rules, never fitted on nor read for them; see labels/README.md): ROC AUC tension "
              f"{c['tension_auc']:.3f}, lexicon alone {c['lexicon_auc']:.3f}, VADER {c['vader_auc']:.3f} "
              f"({c['sided']} conflict or cooperation); neutral scoring 0: {c['neutral_zero']:.3f}")
        print("    " + c["pairs"].round(3).to_string().replace("\n", "\n    "))
        print(f"  actor pairs: precision {a['precision']:.3f} ({a['valid']} confirmed, {a['invalid']} marked invalid)")
    audit = news.get("pair_audit")
    if audit is not None and not audit.empty:
        print("Pair rows of WCEP judged by an analyst (labels/news_wcep_pair_audit.jsonl: 'dev' read while writing "
              "rules, 'check' drawn\n  after them and never read for one; right: the pair's tension on the label's side, "
              f"|tension| < {NEUTRAL_BAND} neither, and its direction, if any, the label's):")
        shown = audit.astype({c: int for c in ("rows", "right", "wrong", "unclear")}).round(3)
        print("    " + shown.to_string().replace("\n", "\n    "))
    spans, words, n = news["contradictions"]
    print(f"Explanations counting the same words on both sides (news sentences): {spans} of {n} by span, "
          f"{words} of {n} by word")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["timelines"]:
        from analysis import timelines

        return timelines.main(argv[1:], DEFAULT_DATA)
    # (the docstring's first line without its reST quotes; "timelines" named, which the parser does not define:
    # cliaudit26 found the help silent about it)
    parser = argparse.ArgumentParser(
        prog="python -m analysis.evaluate", description=__doc__.splitlines()[0].replace("``", ""),
        epilog="python -m analysis.evaluate timelines [--data DIR] checks the tension index against known crises "
               "on dated real news instead (its own --help).")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"folder with {UN_FILE} and {PLOVER_FILE}")
    parser.add_argument("--held-out", type=Path, metavar="TSV",
                        help="score a labelled file nothing was fitted on (text, quadclass) with the shipped weights")
    args = parser.parse_args(argv)
    if args.held_out is not None:
        try:
            frame = read_un(args.held_out)
        except (OSError, KeyError, ValueError, UnicodeDecodeError) as exc:
            print(f"{args.held_out}: cannot read a text/quadclass TSV ({exc})", file=sys.stderr)
            return 1
        print(f"Held-out UN sentences ({args.held_out.name}; shipped weights, nothing refitted):")
        print("    " + evaluate_held_out(frame).round(3).to_string().replace("\n", "\n    "))
        return 0
    un_path, plover_path = args.data / UN_FILE, args.data / PLOVER_FILE
    missing = [p for p in (un_path, plover_path) if not p.is_file()]
    if missing:
        print(f"evaluation data not found: {', '.join(map(str, missing))}\n"
              f"It lives in ../shared/data beside the project (not shipped with it); pass --data DIR.", file=sys.stderr)
        return 1
    un_frame = read_un(un_path)
    news = evaluate_news(args.data)  # cross-validates the shipped fit on every set, UN prose included
    un = evaluate_un(un_frame, out_of_fold=news["un"][0], folds=news["un"][1])
    print(f"UN quad classes ({un_path.name}, {un.n} conflict or cooperation sentences; conflict = classes 1 and 3)")
    print("                                   Tension Tracker   VADER alone")
    print(f"  ROC AUC conflict vs cooperation  {un.auc:15.3f}   {un.baseline_auc:11.3f}   "
          f"({FOLDS}-fold cross-validated; lexicon alone, nothing fitted: {un.lexicon_auc:.3f})")
    print(f"    per fold: {', '.join(f'{a:.3f}' for a in un.fold_aucs)}")
    print(f"  sign right                       {un.sign_right:15.3f}   {un.baseline_sign_right:11.3f}")
    print(f"  classes 1-2 against 3-4 (shared/README's grouping: deeds against words)  "
          f"{un.readme_grouping_auc:.3f}   {un.readme_grouping_baseline_auc:.3f}   "
          f"(lexicon alone: {un.readme_grouping_lexicon_auc:.3f})")
    print("  per quad class (1 material conflict, 2 material cooperation, 3 verbal conflict, 4 verbal cooperation,")
    print("  0 irrelevant (neutral in the fit); tension out of fold for every class;")
    print("  vader_* columns: VADER alone, negated compound, higher = more conflict):")
    print("    " + un.per_class.round(3).to_string().replace("\n", "\n    "))
    shares, tfidf = label_check(un_frame)
    print("\nWhat the quad classes hold (share of each class's sentences containing the word):")
    print("    " + shares.to_string().replace("\n", "\n    "))
    print("  TF-IDF logistic regression (shared/README's reference model), 5-fold ROC AUC: "
          + ", ".join(f"{name} {auc:.3f}" for name, auc in tfidf.items()))
    events = [json.loads(line) for line in plover_path.open(encoding="utf-8") if line.strip()]
    pl = evaluate_plover(events)
    print(f"\nPLOVER gold standard ({plover_path.name}, {pl.events} events)")
    tp, fp, fn = pl.actor_counts
    print(f"  state actors: precision {pl.actor_precision:.3f}, recall {pl.actor_recall:.3f} "
          f"({tp} found and gold, {fp} found but not gold, {fn} gold but not found)")
    print(f"  gold source-target pairs found by analyze: {pl.pair_recall:.3f}")
    print("                                   Tension Tracker   VADER alone")
    print(f"  tension sign matches event side  {pl.sign_right:15.3f}   {pl.baseline_sign_right:11.3f}")
    print("\nPer-pair tension on the gold pair's row (PLOVER events of a conflict or cooperation category whose")
    print("gold pair is found in a sentence; AUC: conflict against cooperation; mu: factor of a cue linking one")
    print("actor of the pair, lambda: of a cue linking neither or both on one side; see analysis/linking/scoring.py):")
    print("    " + evaluate_pair_links(events).round(3).to_string().replace("\n", "\n    "))
    print_news(news)
    return 0


if __name__ == "__main__":
    sys.exit(main())
