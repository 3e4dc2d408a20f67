"""Which sentence of an article is behind a clicked number.

A click on a chart opens the article that weighs most in the number (dashboard.views_sql ranks the
articles); within it, the sentence that weighs most for the pair is the one the source text marks.
The same rule as the article's: a period's point is the pair's tension index, conflict per 100
articles, so the sentence with most of the pair's conflict; a cell, edge or bubble sums the pair over
the view, so the sentence saying most about it, conflict and cooperation.  Ties go to the earlier
sentence, the one a reader meets first.
"""

from __future__ import annotations

import pandas as pd


def explaining_sentence(rows: pd.DataFrame, pair: str, in_period: bool, side: str | None = None) -> int | None:
    """The sentence_id of the sentence of ``rows`` (an article's pair rows, as DataSource.article gives
    them) that weighs most for ``pair``: most conflict when ``in_period`` (a timeline point), most of
    ``side`` ("conflict" or "cooperation") when given (a heatmap cell, a network edge: the side the
    pair's mean tension leans to), else most conflict and cooperation; None when the article does not
    name the pair."""
    mine = rows[rows["pair"] == pair] if not rows.empty else rows
    if mine.empty:
        return None
    conflict = mine["conflict"].fillna(0.0).astype(float)
    cooperation = mine["cooperation"].fillna(0.0).astype(float)
    weight = {"conflict": conflict, "cooperation": cooperation}.get(
        side or "", conflict if in_period else conflict + cooperation)
    ranked = pd.DataFrame({"weight": weight.to_numpy(), "sentence_id": mine["sentence_id"].astype(int).to_numpy()})
    ranked = ranked.sort_values(["weight", "sentence_id"], ascending=[False, True], kind="stable")
    return int(ranked["sentence_id"].iloc[0])
