"""Tables behind the views: filtering, aggregation and key figures, in pandas, no Streamlit.

The pair table carries each row's sentence, cues and mentions as text; the charts need none of
that.  ``prepare`` makes once per corpus a slim frame (categorical codes, one boolean column per
cue category) on which a filter change is a few vectorised masks and a group-by.
"""

from __future__ import annotations

import json

import pandas as pd

from analysis import aggregate
from analysis.aggregate import period_articles
from analysis.tension import default_lexicon
from analysis.word_model import MODEL_CATEGORY
from dashboard.state import Universe, ViewState

CATEGORY_PREFIX = "cat_"
# Mentions a pair (or a pair's period) needs before it can headline the key figures.
MIN_SUPPORT = 5


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
        "conflict": pairs["conflict"].to_numpy(dtype=float),
        "cooperation": pairs["cooperation"].to_numpy(dtype=float),
    })
    names = categories()
    found: dict[str, list] = {name: [] for name in names}
    cache: dict[str, set[str]] = {}
    for cues in pairs["cues"]:
        present = cache.get(cues)
        if present is None:
            # The categories of the cues that counted for the row's pair (weight != 0).
            present = {c["category"] for c in json.loads(cues) if c["weight"]} if cues else set()
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


def period_article_counts(articles: pd.DataFrame, state: ViewState) -> pd.Series:
    """All articles per period within the view's dates and sources: the tension index's denominator.

    Actor, pair and category filters choose which conflict is counted, not how much news there
    was, so they leave the denominator alone."""
    mask = articles["date"].notna()
    if state.start is not None:
        mask &= articles["date"] >= pd.Timestamp(state.start)
    if state.end is not None:
        mask &= articles["date"] < pd.Timestamp(state.end) + pd.Timedelta(days=1)
    if state.sources:
        mask &= articles["source"].isin(list(state.sources))
    return period_articles(articles.loc[mask, ["date"]], state.period)


def aggregated(filtered: pd.DataFrame, period: str, articles: pd.Series | pd.DataFrame | None = None) -> pd.DataFrame:
    """Per pair per period, via the library's one aggregation; ``articles``: see analysis.aggregate."""
    columns = ["article_id", "date", "pair", "sentiment", "tension", "conflict", "cooperation"]
    return aggregate(filtered[columns], period, articles=articles)


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


def actor_mentions(summary: pd.DataFrame) -> pd.Series:
    """Pair mentions naming each actor, most first (ties by code, so the order is stable)."""
    if summary.empty:
        return pd.Series(dtype="int64")
    both = pd.concat([summary[["actor_a", "mentions"]].set_axis(["actor", "mentions"], axis=1),
                      summary[["actor_b", "mentions"]].set_axis(["actor", "mentions"], axis=1)])
    totals = both.groupby("actor")["mentions"].sum().reset_index()
    totals = totals.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return pd.Series(totals["mentions"].astype("int64").to_numpy(), index=totals["actor"].astype(str).to_numpy())


def top_actors(summary: pd.DataFrame, n: int) -> list[str]:
    """The ``n`` actors named in most pair mentions, most first."""
    return list(actor_mentions(summary).index[: max(n, 0)])


def among_top_actors(summary: pd.DataFrame, n: int) -> pd.DataFrame:
    """The summary's pairs whose two actors are both among the ``n`` with most mentions."""
    keep = top_actors(summary, n)
    return summary[summary["actor_a"].isin(keep) & summary["actor_b"].isin(keep)]


def actor_matrix(summary: pd.DataFrame, actors: list[str] | None = None) -> pd.DataFrame:
    """Actor × actor mean tension (symmetric; NaN where a pair never occurs), in the order of
    ``actors`` (default: every actor of the summary, sorted)."""
    if actors is None:
        actors = sorted(set(summary["actor_a"]) | set(summary["actor_b"]))
    matrix = pd.DataFrame(float("nan"), index=actors, columns=actors)
    shown = set(actors)
    for row in summary.itertuples():
        if row.actor_a not in shown or row.actor_b not in shown:
            continue
        matrix.loc[row.actor_a, row.actor_b] = row.tension_mean
        matrix.loc[row.actor_b, row.actor_a] = row.tension_mean
    return matrix


def key_figures(agg: pd.DataFrame, summary: pd.DataFrame, mentions: int, articles: int,
                min_support: int = MIN_SUPPORT) -> dict:
    """Most tense pair and largest change, by the tension index, only where enough mentions stand behind it.

    Most tense: the pair's conflict over the whole span per 100 articles of the span, among pairs
    with at least ``min_support`` mentions.  Largest change: the index from the pair's first to its
    last period that each have ``min_support`` mentions, so one stray sentence cannot make a
    headline.  ``summary`` is kept for callers; the figures come from ``agg``.
    """
    figures: dict = {"articles": articles, "mentions": mentions, "most_tense": None, "largest_change": None,
                     "min_support": min_support}
    if agg.empty:
        return figures
    span_articles = float(agg.groupby("period")["period_articles"].first().sum())
    totals = agg.groupby("pair").agg(conflict=("conflict_total", "sum"), mentions=("mentions", "sum"))
    totals = totals[totals["mentions"] >= min_support]
    if not totals.empty and span_articles > 0:
        totals["index"] = 100.0 * totals["conflict"] / span_articles
        top = totals.sort_values(["index", "mentions"], ascending=[False, False]).iloc[0]
        figures["most_tense"] = (str(top.name), float(top["index"]), int(top["mentions"]))
    supported = agg[agg["mentions"] >= min_support].sort_values("period")
    ends = supported.groupby("pair").agg(first=("tension_index", "first"), last=("tension_index", "last"),
                                         first_mentions=("mentions", "first"), last_mentions=("mentions", "last"),
                                         first_period=("period", "first"), last_period=("period", "last"),
                                         size=("period", "size"))
    ends = ends[ends["size"] >= 2]
    if not ends.empty:
        change = ends["last"] - ends["first"]
        pair = change.abs().idxmax()
        row = ends.loc[pair]
        figures["largest_change"] = (str(pair), float(change[pair]), int(row["first_mentions"]),
                                     int(row["last_mentions"]), row["first_period"], row["last_period"])
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
