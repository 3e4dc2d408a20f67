"""Pair rows → per pair per period figures, the series the dashboard charts."""

from __future__ import annotations

import pandas as pd

from analysis.schema import AGGREGATE_COLUMNS, conform, empty

# Period codes: weekly periods ending Sunday start on Monday.
FREQUENCIES = {"D": "D", "W": "W-SUN", "M": "M"}


def aggregate(table: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """Mentions, articles, and mean and spread of sentiment and tension per pair per period.

    ``freq`` is D (day), W (weeks starting Monday) or M (calendar month).  Undated rows have no
    period and are left out here; they stay in the pair table.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    dated = table[table["date"].notna()]
    if dated.empty:
        return empty(AGGREGATE_COLUMNS)
    period = dated["date"].dt.to_period(FREQUENCIES[freq]).dt.start_time
    grouped = dated.assign(period=period).groupby(["pair", "period"], sort=True, observed=True)
    out = grouped.agg(
        mentions=("article_id", "size"),
        articles=("article_id", "nunique"),
        sentiment_mean=("sentiment", "mean"),
        sentiment_std=("sentiment", "std"),
        tension_mean=("tension", "mean"),
        tension_std=("tension", "std"),
    ).reset_index()
    out[["sentiment_std", "tension_std"]] = out[["sentiment_std", "tension_std"]].fillna(0.0)
    return conform(out, AGGREGATE_COLUMNS)
