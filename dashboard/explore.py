"""Tables behind the views: filtering, aggregation and key figures, in pandas, no Streamlit.

The pair table carries each row's sentence, cues and mentions as text; the charts need none of
that.  ``prepare`` makes once per corpus a slim frame (categorical codes, one boolean column per
cue category) on which a filter change is a few vectorised masks and a group-by.
"""

from __future__ import annotations

import json

import pandas as pd

from analysis import aggregate
from analysis.tension import default_lexicon
from analysis.word_model import MODEL_CATEGORY
from dashboard.state import Universe, ViewState

CATEGORY_PREFIX = "cat_"


def categories() -> list[str]:
    """Cue categories a user can filter on: the lexicon's, and the learned words."""
    return [*default_lexicon().categories, MODEL_CATEGORY]


def prepare(pairs: pd.DataFrame) -> pd.DataFrame:
    """The slim frame the charts filter: one row per pair row, no text."""
    slim = pd.DataFrame({
        "row": range(len(pairs)),
        "date": pairs["date"].to_numpy(),
        "pair": pairs["pair"].astype("category"),
        "actor_a": pairs["actor_a"].astype("category"),
        "actor_b": pairs["actor_b"].astype("category"),
        "source": pairs["source"].astype("category"),
        "article_id": pairs["article_id"].astype("category"),
        "sentiment": pairs["sentiment"].to_numpy(),
        "tension": pairs["tension"].to_numpy(),
    })
    names = categories()
    found: dict[str, list] = {name: [] for name in names}
    cache: dict[str, set[str]] = {}
    for cues in pairs["cues"]:
        present = cache.get(cues)
        if present is None:
            present = {c["category"] for c in json.loads(cues)} if cues else set()
            if len(cache) < 100_000:
                cache[cues] = present
        for name in names:
            found[name].append(name in present)
    for name in names:
        slim[CATEGORY_PREFIX + name] = found[name]
    return slim


def universe(slim: pd.DataFrame) -> Universe:
    dates = slim["date"].dropna()
    return Universe(
        actors=frozenset(slim["actor_a"].cat.categories) | frozenset(slim["actor_b"].cat.categories),
        pairs=frozenset(slim["pair"].cat.categories),
        sources=frozenset(s for s in slim["source"].cat.categories if s),
        categories=frozenset(categories()),
        articles=frozenset(slim["article_id"].cat.categories),
        first_day=dates.min().date() if not dates.empty else None,
        last_day=dates.max().date() if not dates.empty else None,
    )


def apply_filters(slim: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Rows that pass every filter; pairs below the minimum mentions dropped last."""
    mask = pd.Series(True, index=slim.index)
    if state.start is not None:
        mask &= slim["date"] >= pd.Timestamp(state.start)
    if state.end is not None:
        mask &= slim["date"] < pd.Timestamp(state.end) + pd.Timedelta(days=1)
    if state.actors:
        chosen = list(state.actors)
        mask &= slim["actor_a"].isin(chosen) | slim["actor_b"].isin(chosen)
    if state.pairs:
        mask &= slim["pair"].isin(list(state.pairs))
    if state.sources:
        mask &= slim["source"].isin(list(state.sources))
    if state.categories:
        cols = [CATEGORY_PREFIX + c for c in state.categories if CATEGORY_PREFIX + c in slim.columns]
        if cols:
            mask &= slim[cols].any(axis=1)
    out = slim[mask]
    if state.min_mentions > 1 and not out.empty:
        counts = out["pair"].value_counts()
        out = out[out["pair"].isin(counts.index[counts >= state.min_mentions])]
    return out


def aggregated(filtered: pd.DataFrame, period: str) -> pd.DataFrame:
    """Per pair per period, via the library's one aggregation."""
    return aggregate(filtered[["article_id", "date", "pair", "sentiment", "tension"]], period)


def pair_summary(filtered: pd.DataFrame) -> pd.DataFrame:
    """One row per pair over the whole filtered span."""
    if filtered.empty:
        return pd.DataFrame(columns=["pair", "actor_a", "actor_b", "mentions", "articles", "sentiment_mean",
                                     "tension_mean"])
    grouped = filtered.groupby("pair", observed=True)
    out = grouped.agg(
        actor_a=("actor_a", "first"), actor_b=("actor_b", "first"), mentions=("tension", "size"),
        articles=("article_id", "nunique"), sentiment_mean=("sentiment", "mean"), tension_mean=("tension", "mean"),
    ).reset_index()
    out["pair"] = out["pair"].astype(str)
    out["actor_a"] = out["actor_a"].astype(str)
    out["actor_b"] = out["actor_b"].astype(str)
    return out.sort_values("mentions", ascending=False, ignore_index=True)


def actor_matrix(summary: pd.DataFrame) -> pd.DataFrame:
    """Actor × actor mean tension (symmetric; NaN where a pair never occurs)."""
    actors = sorted(set(summary["actor_a"]) | set(summary["actor_b"]))
    matrix = pd.DataFrame(float("nan"), index=actors, columns=actors)
    for row in summary.itertuples():
        matrix.loc[row.actor_a, row.actor_b] = row.tension_mean
        matrix.loc[row.actor_b, row.actor_a] = row.tension_mean
    return matrix


def key_figures(agg: pd.DataFrame, summary: pd.DataFrame, mentions: int, articles: int) -> dict:
    """Most tense pair, largest change over the period, articles, mentions."""
    figures: dict = {"articles": articles, "mentions": mentions, "most_tense": None, "largest_change": None}
    if not summary.empty:
        top = summary.sort_values(["tension_mean", "mentions"], ascending=[False, False]).iloc[0]
        figures["most_tense"] = (top["pair"], float(top["tension_mean"]))
    if not agg.empty:
        ordered = agg.sort_values("period")
        spans = ordered.groupby("pair")["tension_mean"].agg(["first", "last", "size"])
        spans = spans[spans["size"] >= 2]
        if not spans.empty:
            change = (spans["last"] - spans["first"])
            pair = change.abs().idxmax()
            figures["largest_change"] = (pair, float(change[pair]))
    return figures


def articles_for(filtered: pd.DataFrame, pair: str | None = None, period_start: pd.Timestamp | None = None,
                 period: str = "W") -> list[str]:
    """Article ids behind a chart point (a pair, optionally one period), most mentions first."""
    rows = filtered
    if pair:
        rows = rows[rows["pair"] == pair]
    if period_start is not None:
        end = period_start + {"D": pd.Timedelta(days=1), "W": pd.Timedelta(days=7)}.get(period, pd.DateOffset(months=1))
        rows = rows[(rows["date"] >= period_start) & (rows["date"] < end)]
    counts = rows["article_id"].value_counts()
    return [str(a) for a, n in counts.items() if n > 0]
