"""What changed between the view's last two periods: the pairs whose index moved most, and the
sentences that moved it.  Pure pandas, no Streamlit (dashboard.components.what_changed draws it).

The tension index counts conflict only (analysis.aggregate), so a rise is explained by the
conflict sentences of the later period and a fall by those of the earlier period, which the later
one no longer repeats.  A move counts only when at least ``min_support`` mentions stand behind
one of its two periods, so a single sentence cannot headline the panel; the support of both
periods is reported beside every move.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.explore import MIN_SUPPORT
from dashboard.highlight import counted_cues

SENTENCE_COLUMNS = ["article_id", "sentence_id", "sentence", "tension", "conflict", "cues"]


@dataclass(frozen=True)
class Change:
    """One pair's move of the index from the view's second-last period to its last."""

    pair: str
    before: pd.Timestamp
    after: pd.Timestamp
    index_before: float
    index_after: float
    mentions_before: int
    mentions_after: int

    @property
    def delta(self) -> float:
        return self.index_after - self.index_before

    @property
    def rising(self) -> bool:
        return self.delta > 0

    @property
    def explaining_period(self) -> pd.Timestamp:
        """The period whose conflict sentences explain the move (the later one for a rise)."""
        return self.after if self.rising else self.before


def last_two_periods(agg: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The view's last two periods with data; None for a view of fewer than two periods."""
    periods = sorted(pd.DatetimeIndex(agg["period"].unique())) if not agg.empty else []
    return (periods[-2], periods[-1]) if len(periods) >= 2 else None


def biggest_changes(agg: pd.DataFrame, limit: int = 3, min_support: int = MIN_SUPPORT) -> list[Change]:
    """The ``limit`` pairs whose index moved most (either way) between the view's last two periods.

    A pair absent from one of the two periods had index 0 there (the period is covered, the pair
    was not reported).  Pairs whose larger period has fewer than ``min_support`` mentions are left
    out; ties go to the pair with more mentions, then to the code.
    """
    ends = last_two_periods(agg)
    if ends is None:
        return []
    before, after = ends
    rows = agg[agg["period"].isin([before, after])]
    index = rows.pivot_table(index="pair", columns="period", values="tension_index", aggfunc="sum")
    mentions = rows.pivot_table(index="pair", columns="period", values="mentions", aggfunc="sum")
    index = index.reindex(columns=[before, after]).fillna(0.0)
    mentions = mentions.reindex(columns=[before, after]).fillna(0).astype(int)
    table = pd.DataFrame({"index_before": index[before], "index_after": index[after],
                          "mentions_before": mentions[before], "mentions_after": mentions[after]})
    table = table[table[["mentions_before", "mentions_after"]].max(axis=1) >= min_support]
    table["size"] = (table["index_after"] - table["index_before"]).abs()
    table["support"] = table["mentions_before"] + table["mentions_after"]
    table = table[table["size"] > 0].rename_axis("pair").reset_index()
    table = table.sort_values(["size", "support", "pair"], ascending=[False, False, True], kind="stable").head(limit)
    return [Change(str(r.pair), before, after, float(r.index_before), float(r.index_after), int(r.mentions_before),
                   int(r.mentions_after)) for r in table.itertuples()]


def cue_text(cues: str) -> str:
    """The cues that counted for the pair, with their weights: "attacked (+0.90), condemned (+0.60)"."""
    return ", ".join(f"{c['term']} ({c['weight']:+.2f})" for c in counted_cues(cues))


def moving_sentences(rows: pd.DataFrame, pair: str, limit: int = 3) -> pd.DataFrame:
    """The pair's sentences that weigh most in its index: most conflict first, then largest |tension|.

    ``rows``: pair rows (as DataSource.article returns them) of the articles of the explaining
    period; rows of other pairs are ignored and a sentence repeated word for word (wire copies)
    is shown once.
    """
    mine = rows[rows["pair"] == pair] if not rows.empty else rows
    if mine.empty:
        return pd.DataFrame(columns=SENTENCE_COLUMNS)
    mine = mine.assign(_size=mine["tension"].abs().fillna(0.0), conflict=mine["conflict"].fillna(0.0))
    mine = mine.sort_values(["conflict", "_size"], ascending=[False, False], kind="stable")
    mine = mine.drop_duplicates("sentence").head(limit)
    out = mine[["article_id", "sentence_id", "sentence", "tension", "conflict"]].copy()
    out["cues"] = [cue_text(c) for c in mine["cues"]]
    return out.reset_index(drop=True)
