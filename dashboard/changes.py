"""What changed between the view's last two periods: the pairs whose index moved most, and the
sentences that moved it.  Pure pandas, no Streamlit (dashboard.components.what_changed draws it).

The tension index counts conflict only (analysis.aggregate), so a rise is explained by the
conflict sentences of the later period and a fall by those of the earlier period, which the later
one no longer repeats.  A move is measured only when at least ``min_support`` mentions stand behind
each of its two periods: "17 → 0 mentions" is no fall of the index but a pair no longer named (on
real news, often because the last period is a corpus's partial month), and "1 → 5" rests on a
single sentence before.  Such pairs are listed apart (``unmeasured_changes``), by their mentions,
never as a move.  A last period the data stop inside is named as partial (``period_label``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.explore import MIN_SUPPORT, covered_periods
from dashboard.highlight import counted_cues
from dashboard.labels import modifier_words, signed

SENTENCE_COLUMNS = ["article_id", "sentence_id", "sentence", "tension", "conflict", "cues", "cues_json"]


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


def sentences_heading(change: Change, when: str) -> str:
    """What a card's quoted sentences are (``when``: their period, ``explaining_period``'s label): the
    later period's for a rise, the earlier's for a fall.  "No longer reported" only when the pair's
    conflict went to 0: RUS-UKR falling 4.86 → 4.58 with 12 mentions left was called "Conflict no
    longer reported"."""
    if change.rising:
        return f"Most conflict: sentences of {when}"
    if change.index_after <= 0:
        return f"Conflict no longer reported: the sentences of {when} that weighed most"
    return f"Conflict reported less: the sentences of {when} that weighed most"


def last_two_periods(agg: pd.DataFrame, covered: pd.Index | None = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The view's last two periods with data; None for a view of fewer than two periods.  ``covered``: the
    view's periods with articles (explore.covered_periods): with pairs=ISR-PSE alone, its own last two
    (January and February 2026) were compared where the view of every pair compares February and March."""
    periods = list(covered_periods(agg, covered)) if not agg.empty else []
    return (periods[-2], periods[-1]) if len(periods) >= 2 else None


_PERIOD_ENDS = {"D": pd.offsets.Day(0), "W": pd.offsets.Day(6), "M": pd.offsets.MonthEnd(0)}
_PERIOD_FORMATS = {"D": "%Y-%m-%d", "W": "week of %Y-%m-%d", "M": "%B %Y"}


def period_last_day(start: pd.Timestamp, period: str) -> pd.Timestamp:
    """The last day of the period that begins on ``start`` (a day, a week from Monday, a month)."""
    return pd.Timestamp(start) + _PERIOD_ENDS.get(period, _PERIOD_ENDS["W"])


def partial_period(agg: pd.DataFrame, period: str, last_day: dt.date | None,
                   covered: pd.Index | None = None) -> pd.Timestamp | None:
    """The view's last period when its data stop (``last_day``) before the period ends, else None.

    A partial month holds a part of a month's articles and mentions: a pair quiet in its first
    week drops to 0 there (WCEP's ISR-PSE in March 2026, to 28 March) though nothing calmed.
    ``covered``: the view's periods with articles (explore.covered_periods), whose last may name
    none of ``agg``'s pairs."""
    if last_day is None or agg.empty or period == "D":
        return None
    last = pd.Timestamp(covered_periods(agg, covered).max())
    return last if pd.Timestamp(last_day) < period_last_day(last, period) else None


def period_label(start: pd.Timestamp, period: str, last_day: dt.date | None = None) -> str:
    """"March 2026", or "March 2026, to 28 March" when the data stop (``last_day``: the view's or the
    corpus's last day) before the period ends: a partial period has fewer articles and fewer mentions
    than a whole one, and a reader comparing it with the one before must know."""
    text = pd.Timestamp(start).strftime(_PERIOD_FORMATS.get(period, "%Y-%m-%d"))
    if last_day is None or period == "D":
        return text
    last = pd.Timestamp(last_day)
    if pd.Timestamp(start) <= last < period_last_day(start, period):
        return f"{text}, to {last.day} {last:%B}"
    return text


def _last_two(agg: pd.DataFrame, covered: pd.Index | None = None
              ) -> tuple[pd.Timestamp, pd.Timestamp, pd.DataFrame] | None:
    """The last two periods and, per pair, its index and mentions in each (0 where it has no row)."""
    ends = last_two_periods(agg, covered)
    if ends is None:
        return None
    before, after = ends
    rows = agg[agg["period"].isin([before, after])]
    bands = ["index_low", "index_high"] if {"index_low", "index_high"} <= set(agg.columns) else []
    if rows.empty:  # the view's pairs named in neither
        return before, after, pd.DataFrame(columns=["index_before", "index_after", "mentions_before",
                                                    "mentions_after", "within_noise"], index=pd.Index([], name="pair"))
    # One grouping for both columns: pivot_table drops a pair whose index is NaN from one of them only.
    wide = rows.groupby(["pair", "period"])[["tension_index", "mentions", *bands]].sum().unstack("period")
    index = wide["tension_index"].reindex(columns=[before, after]).fillna(0.0)
    mentions = wide["mentions"].reindex(columns=[before, after]).fillna(0).astype(int)
    table = pd.DataFrame({"index_before": index[before], "index_after": index[after],
                          "mentions_before": mentions[before], "mentions_after": mentions[after]})
    if bands:  # a period without the pair is [0, 0], as explore.supported_steps reads it
        low = wide["index_low"].reindex(columns=[before, after]).fillna(0.0)
        high = wide["index_high"].reindex(columns=[before, after]).fillna(0.0)
        table["within_noise"] = ~((low[after] > high[before]) | (high[after] < low[before]))
    else:  # no known uncertainty: every move is one
        table["within_noise"] = False
    return before, after, table


def _compare(ends: tuple[pd.Timestamp, pd.Timestamp, pd.DataFrame] | None, min_support: int
             ) -> tuple[pd.Timestamp, pd.Timestamp, pd.DataFrame] | None:
    """``_last_two``'s answer ``ends`` cut to the pairs with ``min_support`` mentions in each period whose
    index moved, largest move first (ties to more mentions, then the code), with a ``pair`` column."""
    if ends is None:
        return None
    before, after, table = ends
    table = table[table[["mentions_before", "mentions_after"]].min(axis=1) >= min_support]
    table = table.assign(size=(table["index_after"] - table["index_before"]).abs(),
                         support=table["mentions_before"] + table["mentions_after"])
    table = table[table["size"] > 0].rename_axis("pair").reset_index()
    table = table.sort_values(["size", "support", "pair"], ascending=[False, False, True], kind="stable")
    return before, after, table


def biggest_changes(agg: pd.DataFrame, limit: int = 3, min_support: int = MIN_SUPPORT,
                    covered: pd.Index | None = None) -> list[Change]:
    """The ``limit`` pairs whose index moved most (either way) between the view's last two periods
    (``covered``: its periods with articles), among those with at least ``min_support`` mentions in
    each and whose move exceeds its uncertainty; ties go to the pair with more mentions, then to the code.

    Exceeds its uncertainty as in the key figures (explore.supported_steps): the two periods' 95 %
    intervals (``index_low``–``index_high``) do not overlap.  RUS-UKR "fell 4.86 → 4.58 (−0.28)" got a
    card while the key figures, by that rule, called no such move a change; such moves are listed apart
    (``noise_changes``).
    """
    return panel_changes(agg, limit, min_support, covered).biggest


def noise_changes(agg: pd.DataFrame, limit: int = 3, min_support: int = MIN_SUPPORT,
                  covered: pd.Index | None = None) -> list[Change]:
    """The pairs with ``min_support`` mentions in each of the last two periods whose index moved within
    its uncertainty (the two 95 % intervals overlap), largest move first: said in words, not as a card."""
    return panel_changes(agg, limit, min_support, covered).noise


def unmeasured_changes(agg: pd.DataFrame, limit: int = 3, min_support: int = MIN_SUPPORT,
                       covered: pd.Index | None = None) -> list[Change]:
    """The pairs with ``min_support`` mentions in one of the last two periods and fewer in the other
    (newly named, or no longer), most mentions first: their index is not compared, their mentions
    are the news.  The changes carry both periods' index and mentions, as ``biggest_changes``'s do."""
    return _unmeasured(_last_two(agg, covered), limit, min_support)


def _unmeasured(ends: tuple[pd.Timestamp, pd.Timestamp, pd.DataFrame] | None, limit: int,
                min_support: int) -> list[Change]:
    """``unmeasured_changes`` from ``_last_two``'s answer."""
    if ends is None:
        return []
    before, after, table = ends
    counts = table[["mentions_before", "mentions_after"]]
    # support set before filtering: a Series assigned to an empty frame would become its rows
    table = table.assign(support=counts.max(axis=1))
    table = table[(table["support"] >= min_support) & (counts.min(axis=1) < min_support)]
    table = table.rename_axis("pair").reset_index()
    table = table.sort_values(["support", "pair"], ascending=[False, True], kind="stable").head(limit)
    return _as_changes(table, before, after)


@dataclass(frozen=True)
class PanelChanges:
    """What the "what changed" panel shows of a view: ``biggest_changes``, ``noise_changes`` and
    ``unmeasured_changes``, read from one comparison of the last two periods."""

    biggest: list[Change]
    noise: list[Change]
    unmeasured: list[Change]


def panel_changes(agg: pd.DataFrame, limit: int = 3, min_support: int = MIN_SUPPORT,
                  covered: pd.Index | None = None) -> PanelChanges:
    """``biggest_changes``, ``noise_changes`` and ``unmeasured_changes`` at once: each of the three read
    the last two periods anew (a groupby and an unstack), and the panel asked the last two on every rerun
    (14 of a 56 ms rerun on WCEP, docs/NOTEBOOK.md, perf25); asked once per view with its sentences now."""
    ends = _last_two(agg, covered)
    compared = _compare(ends, min_support)
    if compared is None:
        return PanelChanges([], [], _unmeasured(ends, limit, min_support))
    before, after, table = compared
    noisy = table["within_noise"].astype(bool)
    return PanelChanges(_as_changes(table[~noisy].head(limit), before, after),
                        _as_changes(table[noisy].head(limit), before, after), _unmeasured(ends, limit, min_support))


def _as_changes(table: pd.DataFrame, before: pd.Timestamp, after: pd.Timestamp) -> list[Change]:
    """``_last_two``'s rows (with a ``pair`` column) as Changes between ``before`` and ``after``."""
    return [Change(str(r.pair), before, after, float(r.index_before), float(r.index_after), int(r.mentions_before),
                   int(r.mentions_after)) for r in table.itertuples()]


def _shown_term(term: str) -> str:
    """A cue's words as listed: a gap phrase's span can open a quotation it does not close ('designates the
    United States Department of Defense as a "terrorist organization', uiaudit28), whose quote marks go."""
    if (term.count('"') % 2) or (term.count("\u201c") != term.count("\u201d")):
        return term.replace('"', "").replace("\u201c", "").replace("\u201d", "")
    return term


def cue_text(cues: str) -> str:
    """The cues that counted for the pair, with their weights: "attacked (+0.90), ballistic (learned, +0.23)".

    The one wording of a row's cues, on the "what changed" cards and in the source text's table: the
    table listed only the lexicon's cues, so a card's "ballistic (+0.23)" (a learned word, which counts
    in the pair's tension and is underlined in the text) was missing beside the same sentence."""
    return ", ".join(f"{_shown_term(c['term'])} ({''.join(modifier_words(m) + ', ' for m in c.get('modifiers') or ())}"
                     f"{'learned, ' if c.get('source') == 'model' else ''}{signed(c['weight'])})"
                     for c in counted_cues(cues))


def moving_sentences(rows: pd.DataFrame, pair: str, limit: int = 3) -> pd.DataFrame:
    """The pair's conflict-side sentences that weigh most in its index: most conflict first, then
    largest tension.

    Only sentences on the conflict side (conflict weight and tension above 0): the panel lists them
    as "most conflict", and a talks sentence with one conflict word (tension -0.56) there reads as
    conflict.  ``rows``: pair rows (as DataSource.article returns them) of the articles of the
    explaining period; rows of other pairs are ignored and a sentence repeated word for word (wire
    copies) is shown once.
    """
    mine = rows[rows["pair"] == pair] if not rows.empty else rows
    if not mine.empty:
        mine = mine[(mine["conflict"].fillna(0.0) > 0) & (mine["tension"].fillna(0.0) > 0)]
    if mine.empty:
        return pd.DataFrame(columns=SENTENCE_COLUMNS)
    mine = mine.assign(_size=mine["tension"].abs().fillna(0.0), conflict=mine["conflict"].fillna(0.0))
    mine = mine.sort_values(["conflict", "_size"], ascending=[False, False], kind="stable")
    mine = mine.drop_duplicates("sentence").head(limit)
    out = mine[["article_id", "sentence_id", "sentence", "tension", "conflict"]].copy()
    out["cues"] = [cue_text(c) for c in mine["cues"]]
    out["cues_json"] = mine["cues"].to_numpy()  # where each cue sits in the sentence, to mark it there
    return out.reset_index(drop=True)
