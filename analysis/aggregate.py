"""Pair rows → per pair per period figures, the series the dashboard charts.

The headline figure is the tension index: the pair's conflict-side cue weight per 100 articles of
the period, normalised by ALL articles of the period (as the Caldara–Iacoviello geopolitical risk
index divides threat words by all articles).  The mean tension of a pair's sentences falls when a
crisis fills coverage with talks, aid and sanctions around the fighting, and a single incident in a
quiet month already sits near +1; the index instead grows with how much conflict is reported, and
the division by all articles makes periods of different news volume comparable.

Everything here is computed from per-period sums (``period_sums``), which the dashboard's store
also produces in SQL; ``from_sums`` turns either into the figures, so there is one definition.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.schema import AGGREGATE_COLUMNS, conform, empty

# Period codes: weekly periods ending Sunday start on Monday.
FREQUENCIES = {"D": "D", "W": "W-SUN", "M": "M"}
# Two-sided 95 % normal quantile for the index interval.
Z95 = 1.959963984540054
SUM_COLUMNS = ("mentions", "articles", "sentiment_sum", "sentiment_sq", "tension_sum", "tension_sq",
               "conflict_total", "cooperation_total", "conflict_article_sq")


def _check(freq: str) -> None:
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The start of each date's period (day, Monday, first of the month)."""
    _check(freq)
    return dates.dt.to_period(FREQUENCIES[freq]).dt.start_time


def period_sums(table: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Per pair per period: counts and the sums every figure is made of.

    ``conflict_article_sq`` is the sum over articles of the square of the pair's conflict weight in
    that article: the index's spread comes from it.  Undated rows are left out.
    """
    _check(freq)
    dated = table[table["date"].notna()]
    if dated.empty:
        return pd.DataFrame({"pair": pd.Series(dtype="string"), "period": pd.Series(dtype="datetime64[ns]"),
                             **{c: pd.Series(dtype="float64") for c in SUM_COLUMNS}})
    conflict = dated["conflict"] if "conflict" in dated.columns else pd.Series(0.0, index=dated.index)
    cooperation = dated["cooperation"] if "cooperation" in dated.columns else pd.Series(0.0, index=dated.index)
    rows = pd.DataFrame({
        "pair": dated["pair"].astype(str).to_numpy(),
        "period": period_start(dated["date"], freq).to_numpy(),
        "article_id": dated["article_id"].astype(str).to_numpy(),
        "sentiment": dated["sentiment"].to_numpy(dtype=float),
        "tension": dated["tension"].to_numpy(dtype=float),
        "conflict": conflict.to_numpy(dtype=float),
        "cooperation": cooperation.to_numpy(dtype=float),
    })
    rows["sentiment_sq"] = rows["sentiment"] ** 2
    rows["tension_sq"] = rows["tension"] ** 2
    per_article = rows.groupby(["pair", "period", "article_id"], sort=False).agg(
        mentions=("tension", "size"), sentiment_sum=("sentiment", "sum"), sentiment_sq=("sentiment_sq", "sum"),
        tension_sum=("tension", "sum"), tension_sq=("tension_sq", "sum"), conflict_total=("conflict", "sum"),
        cooperation_total=("cooperation", "sum"),
    )
    per_article["conflict_article_sq"] = per_article["conflict_total"] ** 2
    per_article["articles"] = 1
    return per_article.groupby(["pair", "period"], sort=True)[list(SUM_COLUMNS)].sum().reset_index()


def period_articles(articles: pd.DataFrame | pd.Series, freq: str) -> pd.Series:
    """Articles per period: from an article table (a ``date`` column) or already counted.

    A Series is taken as counts indexed by period start; a table is counted, undated articles left out.
    """
    _check(freq)
    if isinstance(articles, pd.Series):
        counts = articles.copy()
        counts.index = pd.DatetimeIndex(counts.index)
        return counts.astype("int64")
    dated = articles["date"].dropna()
    if dated.empty:
        return pd.Series(dtype="int64", index=pd.DatetimeIndex([]))
    return period_start(dated, freq).value_counts().sort_index().astype("int64")


def _std(total: pd.Series, squares: pd.Series, n: pd.Series) -> pd.Series:
    """Sample standard deviation from sums (0 for a single value)."""
    var = (squares - total ** 2 / n) / (n - 1).where(n > 1)
    return np.sqrt(var.clip(lower=0.0)).fillna(0.0)


def from_sums(sums: pd.DataFrame, articles_per_period: pd.Series | None = None) -> pd.DataFrame:
    """The aggregate table from ``period_sums`` (or the same columns from SQL).

    ``articles_per_period`` gives every article of each period (Series indexed by period start).
    A period it lacks (or all, without it) falls back to the pair's own articles, the least the
    period can hold; a period's count is never taken below the pair's own articles.

    The interval treats the period's conflict as a compound Poisson sum over its articles: the
    variance of Σx is estimated by Σx² (x = the pair's conflict weight in one article), so one
    article carrying all the weight gives an interval as wide as the index itself, and many articles
    sharing it a narrow one.  An index of 0 has no band: no conflict was reported.
    """
    if sums.empty:
        return empty(AGGREGATE_COLUMNS)
    out = sums.copy()
    n = out["mentions"].astype(float)
    out["sentiment_mean"] = out["sentiment_sum"] / n
    out["sentiment_std"] = _std(out["sentiment_sum"], out["sentiment_sq"], n)
    out["tension_mean"] = out["tension_sum"] / n
    out["tension_std"] = _std(out["tension_sum"], out["tension_sq"], n)
    if articles_per_period is None:
        base = out["articles"].astype(float)
    else:
        base = out["period"].map(articles_per_period).astype(float).fillna(out["articles"].astype(float))
    base = np.maximum(base.astype(float), out["articles"].astype(float))
    out["period_articles"] = base
    out["tension_index"] = 100.0 * out["conflict_total"] / base
    half = Z95 * 100.0 * np.sqrt(out["conflict_article_sq"].clip(lower=0.0)) / base
    out["index_low"] = (out["tension_index"] - half).clip(lower=0.0)
    out["index_high"] = out["tension_index"] + half
    return conform(out, AGGREGATE_COLUMNS)


def aggregate(table: pd.DataFrame, freq: str = "W", articles: pd.DataFrame | pd.Series | None = None) -> pd.DataFrame:
    """Mentions, articles, mean and spread of sentiment and tension, and the tension index per pair per period.

    ``freq`` is D (day), W (weeks starting Monday) or M (calendar month).  ``articles`` is the
    article table of the whole corpus (or its counts per period, see ``period_articles``): the
    index divides by all of a period's articles.  Without it the index divides by the distinct
    articles of the pair table in the period, that is only articles naming some pair, so it reads
    higher than with the article table.  Undated rows have no period and are left out here; they
    stay in the pair table.
    """
    _check(freq)
    sums = period_sums(table, freq)
    if sums.empty:
        return empty(AGGREGATE_COLUMNS)
    if articles is None:
        dated = table[table["date"].notna()]
        counts = period_start(dated["date"], freq).groupby(dated["article_id"].astype(str).to_numpy()).first()
        per_period = counts.value_counts()
    else:
        per_period = period_articles(articles, freq)
    return from_sums(sums, per_period)
