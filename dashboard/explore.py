"""What the charts compute on a view's small tables (the pair summary, the aggregated series), no Streamlit.

Filtering and aggregating the rows is dashboard.views_sql's job (one SQL engine for every source);
what is left here works on its results, a few rows per pair.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
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


def named_pairs(summary: pd.DataFrame, pairs: tuple[str, ...] = (), overlay: tuple[str, ...] = ()) -> list[str]:
    """The pairs a view is about, for the panels beside its charts (the source text, "what changed"): the
    overlaid ones (the lines the timeline draws), else the chosen ones, those of ``summary`` (the view's
    pairs) only; [] when the view names none, and the panels read every pair.

    With ``overlay=IRN-ISR,IRN-USA,ISR-LBN`` in the link, the source text opened on ISR-PSE (the most
    mentioned pair of all) and "what changed" listed RUS-UKR: neither was on the chart."""
    if not overlay and not pairs:
        return []
    # the named pairs' membership only: a set of every pair (3,500 on WCEP, an Arrow string column read one
    # element at a time) cost 2 ms a call, five calls a rerun (docs/NOTEBOOK.md, perf25)
    asked = list(dict.fromkeys((*overlay, *pairs)))
    present = set(summary.loc[summary["pair"].isin(asked), "pair"]) if not summary.empty else set()
    for named in (overlay, pairs):
        kept = [p for p in dict.fromkeys(named) if p in present]
        if kept:
            return kept
    return []


def peak(agg: pd.DataFrame, pairs: list[str], min_support: int = MIN_SUPPORT) -> tuple[str, pd.Timestamp] | None:
    """The highest point of ``pairs``' timelines: the pair and period of their largest tension index, among
    the periods with ``min_support`` mentions (any period when none has that many: one sentence in a thin
    week is no peak while a better-supported one exists); ties to more mentions, then the earlier period, then
    the pair's code (the row order differs between the in-memory and SQL sources).
    None when none of ``pairs`` has a dated row."""
    rows = agg[agg["pair"].isin(pairs)] if not agg.empty else agg
    if rows.empty:
        return None
    backed = rows[rows["mentions"] >= min_support]
    rows = backed if not backed.empty else rows
    top = rows.sort_values(["tension_index", "mentions", "period", "pair"], ascending=[False, False, True, True],
                           kind="stable").iloc[0]
    return str(top["pair"]), pd.Timestamp(top["period"])


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


def covered_periods(agg: pd.DataFrame, covered: pd.Index | None = None) -> pd.DatetimeIndex:
    """The view's periods with articles, sorted: ``covered`` (the periods of its span and sources that
    hold any article, ``View.period_articles``) with ``agg``'s own.  ``agg`` alone knows only the
    periods its pairs are named in: with one pair chosen, its quiet months were no period at all, so the
    timeline cut them out as "no articles" and the largest change stepped over them."""
    own = pd.DatetimeIndex(agg["period"].unique()).astype("datetime64[ns]")
    if covered is not None and len(covered):
        own = own.union(pd.DatetimeIndex(covered).astype("datetime64[ns]"))
    return own.sort_values()


def period_pair_grid(agg: pd.DataFrame, covered: pd.Index | None = None,
                     values: tuple[str, str] = ("tension_index", "mentions")
                     ) -> tuple[pd.DatetimeIndex, pd.Index, np.ndarray, np.ndarray]:
    """The periods and pairs of ``agg`` (sorted), and its two ``values`` columns (the tension index and
    mentions unless said) as period × pair arrays (0 where a pair has no row in a period, or a NaN).
    ``covered``: the view's periods with articles (``covered_periods``), each a row of the grid even where no
    pair of ``agg`` is named.

    The aggregated table has one row per pair and period, so its values are put in place by their codes;
    grouping and unstacking them (as a table with repeated keys needs, summed) cost tens of milliseconds
    by day at ten million pair rows, on every filter change."""
    period_codes, periods = pd.factorize(agg["period"], sort=True)
    pair_codes, pairs = pd.factorize(agg["pair"], sort=True)
    cells = period_codes.astype(np.int64) * len(pairs) + pair_codes
    if (period_codes < 0).any() or (pair_codes < 0).any() or (cells.size and np.bincount(cells).max() > 1):
        wide = agg.groupby(["period", "pair"], sort=True)[list(values)].sum().unstack("pair")
        return _on_periods(pd.DatetimeIndex(wide.index), wide.columns.get_level_values("pair").unique(),
                           wide[values[0]].fillna(0.0).to_numpy(dtype=float),
                           wide[values[1]].fillna(0).to_numpy(dtype=float), covered)
    index = np.zeros((len(periods), len(pairs)))
    mentions = np.zeros((len(periods), len(pairs)))
    index[period_codes, pair_codes] = agg[values[0]].fillna(0.0).to_numpy(dtype=float)
    mentions[period_codes, pair_codes] = agg[values[1]].fillna(0).to_numpy(dtype=float)
    return _on_periods(pd.DatetimeIndex(periods), pd.Index(pairs), index, mentions, covered)


def _on_periods(periods: pd.DatetimeIndex, pairs: pd.Index, index: np.ndarray, mentions: np.ndarray,
                covered: pd.Index | None) -> tuple[pd.DatetimeIndex, pd.Index, np.ndarray, np.ndarray]:
    """The grid with a row of zeros for each covered period it lacks (a period where no pair is named)."""
    if covered is None or len(covered) == 0:
        return periods, pairs, index, mentions
    every = periods.astype("datetime64[ns]").union(pd.DatetimeIndex(covered).astype("datetime64[ns]"))
    if len(every) == len(periods):
        return periods, pairs, index, mentions
    at = every.get_indexer(periods.astype("datetime64[ns]"))
    full_index, full_mentions = np.zeros((len(every), len(pairs))), np.zeros((len(every), len(pairs)))
    full_index[at], full_mentions[at] = index, mentions
    return every, pairs, full_index, full_mentions


def supported_steps(agg: pd.DataFrame, min_support: int = MIN_SUPPORT, period: str = "W",
                    partial: pd.Timestamp | None = None, covered: pd.Index | None = None
                    ) -> tuple[pd.DatetimeIndex, pd.Index, np.ndarray, np.ndarray]:
    """Each pair's index change from one covered period of the view to the next, where it is a move.

    Returns the periods, the pairs that can move (below), the changes (a step × pair array, NaN where
    the step is no move) and their mentions (period × pair).  A covered period without the pair counts as 0, so a pair that
    flares from quiet moves (Iran–Israel from a handful of mentions in May 2025 to dozens in June).
    A step is a move when ``min_support`` mentions stand behind one of its two ends (one stray
    sentence moves no pair) and its periods are at most ``MAX_STEP_PERIODS`` apart (2020 against
    2024 across a corpus's gap is two eras, not a change).  A move into the ``partial`` last period,
    whose articles and mentions the data stop short of, needs ``min_support`` mentions in that
    period itself: a pair not yet named in a month's first days has not calmed ("fell 4.38 → 0.00"
    in a corpus's last days of March), a pair named often there has moved (and the newest move is
    the one a live feed is read for).  And the change must exceed its uncertainty: the two ends' 95 %
    intervals (``index_low``–``index_high``) must not overlap, a period without the pair being [0, 0].
    WCEP by week with IRN-USA chosen headlined "−11.72 (21 → 3 mentions)" into a week of 37 articles
    (≈120 normally) whose band spanned 0–9.5, overlapping the 21-mention week's 6.5–24.1; a flare from
    quiet whose own band stays above 0 (Iran–Israel, 0 → 44 mentions in June 2025) still moves.  Mentions
    alone could not say it: 5 of them in a thin week weigh more than 5 in a busy one, and one article
    naming a pair five times is one observation.  The timeline's ranking and the key figures' largest change
    both read it: one rule, one answer.  ``covered``: the view's periods with articles
    (``covered_periods``), so that a view of one pair steps through its quiet periods as the view of
    every pair does.

    Only the pairs that can move are in the grid: a step needs ``min_support`` mentions at one of its
    ends, so a pair never named that often in one period has none.  By day over WCEP's nine years that
    left 8 of 3,495 pairs, and the grid of all of them (1,980 days × 3,495 pairs) was most of the day
    view's building time (docs/NOTEBOOK.md, 2026-11-27, branch dayview).  The periods stay every period
    of the view, so each pair still steps through the quiet ones."""
    periods, pairs, changes, mentions, _, _, _ = _steps(agg, min_support, period, partial, covered)
    return periods, pairs, changes, mentions


def _steps(agg: pd.DataFrame, min_support: int, period: str, partial: pd.Timestamp | None,
           covered: pd.Index | None) -> tuple[pd.DatetimeIndex, pd.Index, np.ndarray, np.ndarray, np.ndarray,
                                              np.ndarray | None, np.ndarray | None]:
    """``supported_steps``' periods, pairs, changes and mentions, with the index grid and the 95 %
    interval grids (None when the table has no intervals) that ``headline_moves`` reads too."""
    movable = agg[agg.groupby("pair", sort=False)["mentions"].transform("max") >= min_support]
    covered = covered_periods(agg, covered)
    periods, pairs, index, mentions = period_pair_grid(movable, covered)
    low, high = _bands(movable, covered)
    if len(periods) < 2:
        return periods, pairs, np.full((0, len(pairs)), np.nan), mentions, index, low, high
    real = (np.ones((len(periods) - 1, len(pairs)), dtype=bool) if low is None or high is None
            else (low[1:] > high[:-1]) | (high[1:] < low[:-1]))
    changes = np.where(_comparable(periods, mentions, min_support, period, partial) & real,
                       index[1:] - index[:-1], np.nan)
    return periods, pairs, changes, mentions, index, low, high


def _comparable(periods: pd.DatetimeIndex, mentions: np.ndarray, min_support: int, period: str,
                partial: pd.Timestamp | None) -> np.ndarray:
    """Which steps (step × pair) ``supported_steps`` compares at all: ``min_support`` mentions at one end (in a
    ``partial`` last period, in that period itself) and at most ``MAX_STEP_PERIODS`` apart."""
    backed = np.maximum(mentions[1:], mentions[:-1]) >= min_support
    if partial is not None:
        into = periods[1:] == pd.Timestamp(partial)
        backed[into] = mentions[1:][into] >= min_support  # a partial period stands behind its move itself
    numbers = _period_numbers(pd.Series(periods), period).to_numpy()
    near = (numbers[1:] - numbers[:-1]) <= MAX_STEP_PERIODS
    return backed & near[:, None]


def largest_unsure_step(agg: pd.DataFrame, min_support: int = MIN_SUPPORT, period: str = "W",
                        partial: pd.Timestamp | None = None, covered: pd.Index | None = None
                        ) -> tuple[str, float, int, int, pd.Timestamp, pd.Timestamp] | None:
    """The largest step ``supported_steps`` compares but does not count as a move, its two ends' 95 %
    intervals overlapping: (pair, change, mentions before, after, period before, after), or None.  For a
    view with no move at all, so the key figures can say what rose and why it is not a headline: India–
    Pakistan's Pulwama and Balakot month over WCEP rose 0 → 3.89 on a handful of articles, and the card
    read only "no pair moved" (uiaudit27)."""
    periods, pairs, _, mentions, index, _, _ = _steps(agg, min_support, period, partial, covered)
    if len(periods) < 2 or not len(pairs):
        return None
    size = np.where(_comparable(periods, mentions, min_support, period, partial),
                    np.abs(index[1:] - index[:-1]), -1.0)
    step, col = np.unravel_index(int(size.argmax()), size.shape)
    if size[step, col] <= 0:
        return None
    return (str(pairs[col]), float(index[step + 1, col] - index[step, col]), int(mentions[step, col]),
            int(mentions[step + 1, col]), periods[step], periods[step + 1])


class Headlines(NamedTuple):
    """Each movable pair's headline move (``headline_moves``): arrays over ``pairs``.  ``start`` and
    ``end`` index ``periods`` (-1: the pair has no move), ``value`` is the index's change from start to
    end, and ``fall``/``fall_mentions`` the larger fall the headlined rise was followed by (NaN, 0: none)."""
    periods: pd.DatetimeIndex
    pairs: pd.Index
    mentions: np.ndarray
    value: np.ndarray
    start: np.ndarray
    end: np.ndarray
    fall: np.ndarray
    fall_mentions: np.ndarray


def headline_moves(agg: pd.DataFrame, min_support: int = MIN_SUPPORT, period: str = "W",
                   partial: pd.Timestamp | None = None, covered: pd.Index | None = None) -> Headlines:
    """Each pair's headline move: its largest move of ``supported_steps``, unless that move is a fall
    that undoes the rise into it, which then headlines.

    The project promises a line that rises when a relation sours, and an analyst looks for that rise.
    WCEP by month headlined IRN-USA "−5.12, Jan → Feb 2020" (the fall after Soleimani's killing, larger
    than the +4.57 rise into it because the index went lower than before the spike) and IND-PAK "−2.93,
    May → Jun 2025" (after the May fighting): true, but the wrong half of the story, and the fall alone
    reads as good news.  The rise into a fall: from the fall's earlier period (the peak) back one
    period at a time while the index was lower the period before, at most ``MAX_STEP_PERIODS`` periods
    back from the peak, the first start that makes it a move by ``supported_steps``' own tests
    (``min_support`` mentions at one end, the two 95 % intervals apart) and at least half the fall, so
    the rise built most of the level the fall leaves.  The shortest such rise is the sharp one:
    IRN-USA's is Dec 2019 → Jan 2020, +4.57, not the creep from October before it; IND-PAK climbed over
    two months (0 → 6 → 11 mentions, Mar → Apr → May 2025), neither step beyond its noise but the two
    together clear of it: its rise is Mar → May, +2.93.  A fall stands when nothing rose into it (a pair calming from the
    level the view opens on) or the rise was too small to have built it (+0.9 then −8 is a fall from a
    level held before, not the end of a spike): a calming relation is news too.  The fall is not lost:
    ``fall`` keeps it for the key figure to name second.  A headline rise is ranked by its own size,
    not by the fall's: the timeline's ranking and the key figure read the same moves."""
    periods, pairs, changes, mentions, index, low, high = _steps(agg, min_support, period, partial, covered)
    n = len(pairs)
    value, start, end = np.zeros(n), np.full(n, -1), np.full(n, -1)
    fall, fall_mentions = np.full(n, np.nan), np.zeros(n, dtype=int)
    if changes.size == 0:
        return Headlines(periods, pairs, mentions, value, start, end, fall, fall_mentions)
    size = np.where(np.isnan(changes), -1.0, np.abs(changes))
    step = size.argmax(axis=0)
    moved = size[step, np.arange(n)] >= 0
    start[moved], end[moved] = step[moved], step[moved] + 1
    value[moved] = changes[step[moved], np.flatnonzero(moved)]
    numbers = _period_numbers(pd.Series(periods), period).to_numpy()
    for col in np.flatnonzero(moved & (value < 0)):
        peak = trough = int(step[col])
        while trough > 0 and index[trough - 1, col] < index[trough, col] \
                and numbers[peak] - numbers[trough - 1] <= MAX_STEP_PERIODS:
            trough -= 1
            rise = index[peak, col] - index[trough, col]
            real = low is None or high is None or low[peak, col] > high[trough, col]
            if rise >= -value[col] / 2 and real and max(mentions[trough, col], mentions[peak, col]) >= min_support:
                fall[col], fall_mentions[col] = value[col], int(mentions[peak + 1, col])
                start[col], end[col], value[col] = trough, peak, rise
                break
    return Headlines(periods, pairs, mentions, value, start, end, fall, fall_mentions)


def _bands(agg: pd.DataFrame, covered: pd.Index) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The 95 % intervals (``index_low``–``index_high``) as period × pair grids, a covered period without
    the pair being [0, 0] (nothing reported, no doubt about it); None, None for a table without the
    interval columns, whose uncertainty is not known, so every step passes."""
    if not {"index_low", "index_high"} <= set(agg.columns):
        return None, None
    _, _, low, high = period_pair_grid(agg, covered, ("index_low", "index_high"))
    return low, high


def key_figures(agg: pd.DataFrame, summary: pd.DataFrame, mentions: int, articles: int,
                min_support: int = MIN_SUPPORT, period: str = "W", partial: pd.Timestamp | None = None,
                period_articles: pd.Series | None = None) -> dict:
    """Most tense pair and largest change, by the tension index, only where enough mentions stand behind it.

    Most tense: the pair's conflict over the whole span per 100 articles of the span, among pairs
    with at least ``min_support`` mentions.  Largest change: the largest headline move of
    ``supported_steps`` (``partial``: the view's partial last period; ``headline_moves``: a fall that
    undoes the rise into it headlines the rise), the timeline's rule, so one stray sentence cannot
    make a headline, years apart are not compared, a spike is shown by its rise, and the first view's
    two answers agree.  ``largest_change_undone``: when the headline is such a rise, the fall after it
    (change, mentions after, period after), which the figure names second.
    ``summary`` is kept for callers; the figures come from ``agg``.  ``articles``: the articles
    that name a pair.  ``period_articles``: every article of each period of the view's span and sources
    (``View.period_articles``), the span's denominator: ``agg``'s own periods are those its pairs are
    named in, which made one chosen pair's index larger than the same pair's among all pairs.
    """
    figures: dict = {"articles": articles, "mentions": mentions, "most_tense": None, "largest_change": None,
                     "largest_change_undone": None, "unsure_change": None, "no_conflict": False,
                     "min_support": min_support, "max_step": MAX_STEP_PERIODS, "period": period, "partial": partial}
    if agg.empty:
        return figures
    # Plain groupings, heads and tails: named aggregations cost several times more on a view by day.
    known = period_articles is not None and len(period_articles) > 0
    span_articles = float(period_articles.sum() if known else  # type: ignore[union-attr]
                          agg.drop_duplicates("period")["period_articles"].sum())
    figures["span_articles"] = int(span_articles)  # the index's denominator: the key figures explain a small one
    totals = agg.groupby("pair")[["conflict_total", "mentions"]].sum().rename(columns={"conflict_total": "conflict"})
    totals = totals[totals["mentions"] >= min_support]
    if not totals.empty and span_articles > 0:
        totals["index"] = 100.0 * totals["conflict"] / span_articles
        top = totals.sort_values(["index", "mentions"], ascending=[False, False]).iloc[0]
        if top["index"] > 0:
            figures["most_tense"] = (str(top.name), float(top["index"]), int(top["mentions"]))
        else:  # "Most tense pair ESP-PRT · index 0.00" named a pair with no conflict at all (uiaudit27)
            figures["no_conflict"] = True
    covered = period_articles.index if known else None  # type: ignore[union-attr]
    heads = headline_moves(agg, min_support, period, partial, covered)
    if (heads.start >= 0).any():
        each = np.flatnonzero(heads.start >= 0)
        col = int(each[np.argmax(np.abs(heads.value[each]))])  # the first pair of the largest headline
        first, last = int(heads.start[col]), int(heads.end[col])
        figures["largest_change"] = (str(heads.pairs[col]), float(heads.value[col]), int(heads.mentions[first, col]),
                                     int(heads.mentions[last, col]), heads.periods[first], heads.periods[last])
        if not np.isnan(heads.fall[col]):
            # the fall that undid the headlined rise, named second: (change, mentions after, period after)
            figures["largest_change_undone"] = (float(heads.fall[col]), int(heads.fall_mentions[col]),
                                                heads.periods[last + 1])
    else:
        figures["unsure_change"] = largest_unsure_step(agg, min_support, period, partial, covered)
    return figures
