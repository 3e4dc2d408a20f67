"""What the charts compute on a view's small tables (the pair summary, the aggregated series), no Streamlit.

Filtering and aggregating the rows is dashboard.views_sql's job (one SQL engine for every source);
what is left here works on its results, a few rows per pair.
"""

from __future__ import annotations

import pandas as pd

# Mentions a pair (or a pair's period) needs before it can headline the key figures.
MIN_SUPPORT = 5


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
    # Plain groupings, heads and tails: named aggregations cost several times more on a view by day.
    span_articles = float(agg.drop_duplicates("period")["period_articles"].sum())
    totals = agg.groupby("pair")[["conflict_total", "mentions"]].sum().rename(columns={"conflict_total": "conflict"})
    totals = totals[totals["mentions"] >= min_support]
    if not totals.empty and span_articles > 0:
        totals["index"] = 100.0 * totals["conflict"] / span_articles
        top = totals.sort_values(["index", "mentions"], ascending=[False, False]).iloc[0]
        figures["most_tense"] = (str(top.name), float(top["index"]), int(top["mentions"]))
    supported = agg.loc[agg["mentions"] >= min_support, ["pair", "period", "tension_index", "mentions"]]
    supported = supported.sort_values(["pair", "period"])
    grouped = supported.groupby("pair", sort=True)
    columns = ["tension_index", "mentions", "period"]
    first = grouped.head(1).set_index("pair")[columns].set_axis(["first", "first_mentions", "first_period"], axis=1)
    last = grouped.tail(1).set_index("pair")[columns].set_axis(["last", "last_mentions", "last_period"], axis=1)
    ends = first.join(last).assign(size=grouped.size())
    ends = ends[ends["size"] >= 2]
    if not ends.empty:
        change = ends["last"] - ends["first"]
        pair = change.abs().idxmax()
        row = ends.loc[pair]
        figures["largest_change"] = (str(pair), float(change[pair]), int(row["first_mentions"]),
                                     int(row["last_mentions"]), row["first_period"], row["last_period"])
    return figures
