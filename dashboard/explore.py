"""What the charts compute on a view's small tables (the pair summary, the aggregated series), no Streamlit.

Filtering and aggregating the rows is dashboard.views_sql's job (one SQL engine for every source);
what is left here works on its results, a few rows per pair.
"""

from __future__ import annotations

import pandas as pd

# Mentions a pair (or a pair's period) needs before it can headline the key figures.
MIN_SUPPORT = 5
# The most periods apart two periods of a pair may be for "largest change" to compare them: a
# month with two quiet months between is a step; 2018 against 2026 is no change but two eras.
MAX_STEP_PERIODS = 3


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


def _period_numbers(periods: pd.Series, period: str) -> pd.Series:
    """Each period's number on a calendar count of ``period``s (months, weeks or days): the
    difference of two is how many periods apart they are, gaps in the data included."""
    if period == "M":
        return periods.dt.year * 12 + periods.dt.month
    days = (periods - pd.Timestamp("1970-01-05")).dt.days  # a Monday: weeks start on Mondays
    return days // 7 if period == "W" else days


def key_figures(agg: pd.DataFrame, summary: pd.DataFrame, mentions: int, articles: int,
                min_support: int = MIN_SUPPORT, period: str = "W") -> dict:
    """Most tense pair and largest change, by the tension index, only where enough mentions stand behind it.

    Most tense: the pair's conflict over the whole span per 100 articles of the span, among pairs
    with at least ``min_support`` mentions.  Largest change: the largest move of a pair's index
    from one period to its next, both with ``min_support`` mentions and at most
    ``MAX_STEP_PERIODS`` ``period``s apart, so one stray sentence cannot make a headline and
    years apart are not compared.  ``summary`` is kept for callers; the figures come from
    ``agg``.  ``articles``: the articles that name a pair.
    """
    figures: dict = {"articles": articles, "mentions": mentions, "most_tense": None, "largest_change": None,
                     "min_support": min_support, "max_step": MAX_STEP_PERIODS, "period": period}
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
    steps = agg.loc[agg["mentions"] >= min_support, ["pair", "period", "tension_index", "mentions"]]
    steps = steps.sort_values(["pair", "period"], kind="stable")
    previous = steps.groupby("pair", sort=False)[["period", "tension_index", "mentions"]].shift(1)
    number = _period_numbers(steps["period"], period)
    apart = number - _period_numbers(previous["period"], period)
    steps = steps.assign(first=previous["tension_index"], first_mentions=previous["mentions"],
                         first_period=previous["period"], change=steps["tension_index"] - previous["tension_index"])
    steps = steps[previous["period"].notna() & (apart <= MAX_STEP_PERIODS)]
    if not steps.empty:
        row = steps.loc[steps["change"].abs().idxmax()]
        figures["largest_change"] = (str(row["pair"]), float(row["change"]), int(row["first_mentions"]),
                                     int(row["mentions"]), row["first_period"], row["period"])
    return figures
