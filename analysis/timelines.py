"""Does the tension index rise when relations sour?  Checked on real dated news.

``python -m analysis.evaluate timelines [--data DIR]`` analyses ../shared/data/news_wcep_dev.jsonl
(dated one-paragraph summaries from Wikipedia's Current events portal), aggregates it by month and,
for each known crisis the data covers (``EVENTS``), compares the pair's index in the event months
with its level in the months before.  The rule held-back news will be judged by: the event months'
index is at least the level of the months before plus one standard deviation of the pair's monthly
series.  The same is printed for the mean tension, the figure the index replaced.  An event whose
months name the pair fewer than ``MIN_EVENT_MENTIONS`` times is reported as not covered by the data
and left out of the count (and the count over all events is printed too).

Months the corpus does not cover (it has a gap of years) are skipped, not counted as calm; a
covered month in which the pair is never named has index 0 (nothing reported), but no mean
tension (there is nothing to average), so the mean's baseline uses only months that name the pair.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.aggregate import aggregate, period_articles

WCEP_FILE = "news_wcep_dev.jsonl"
MONTHS_BEFORE = 6
# An event the corpus names the pair fewer times than this in its months is not covered by the data:
# the rule is about events the news reports, and one or two sentences are no report of a crisis (the
# dev data has one summary naming China and Japan in November 2025, and it is about seafood exports).
MIN_EVENT_MENTIONS = 5


@dataclass(frozen=True)
class Event:
    pair: str
    months: tuple[str, ...]  # "YYYY-MM"
    description: str


# The first six are the crises the shared data's README names; the rest were found in the data by
# looking for the months a pair's coverage jumps, and checked against the summaries' titles.
EVENTS: tuple[Event, ...] = (
    Event("IRN-USA", ("2020-01",), "US strike kills Qasem Soleimani; Iranian missiles on US bases in Iraq"),
    Event("IND-PAK", ("2019-02", "2019-03"), "Pulwama attack and the Balakot air strikes"),
    Event("IND-PAK", ("2025-04", "2025-05"), "Pahalgam attack and Operation Sindoor"),
    Event("ARM-AZE", ("2020-09", "2020-10", "2020-11"), "Second Nagorno-Karabakh war"),
    Event("IRN-ISR", ("2024-10",), "Iranian missile attack on Israel and Israel's strikes on Iran"),
    Event("CHN-JPN", ("2025-11",), "China's reprisals over Prime Minister Takaichi's remarks on Taiwan"),
    Event("PRK-USA", ("2017-08", "2017-09"), "'Fire and fury': missile over Japan, sixth nuclear test"),
    Event("RUS-UKR", ("2018-11",), "Kerch Strait incident"),
    Event("SYR-TUR", ("2019-10",), "Turkish offensive into north-eastern Syria"),
    Event("SYR-TUR", ("2020-02",), "Turkish and Syrian forces clash in Idlib"),
    Event("ISR-LBN", ("2024-09", "2024-10"), "Pager attacks, air campaign and ground invasion of Lebanon"),
    Event("IRN-ISR", ("2025-06",), "Twelve-Day War"),
    Event("IRN-USA", ("2025-06",), "US strikes on Iranian nuclear sites"),
    Event("KHM-THA", ("2025-07",), "Cambodia-Thailand border clashes"),
    Event("AFG-PAK", ("2025-10",), "Afghanistan-Pakistan border clashes"),
    Event("USA-VEN", ("2026-01",), "US strikes in Venezuela"),
    Event("IRN-ISR", ("2026-03",), "Iranian strikes on Israel"),
)

# GPR-style risk words, after Caldara and Iacoviello, "Measuring Geopolitical Risk", American
# Economic Review 112(4), 2022, Table 1: the search categories of their index, threats (war,
# military build-up, nuclear and terror threats) and acts (beginning and escalation of war, terror
# acts), reduced to single words and phrases one can match in a sentence.
RISK_WORDS: tuple[str, ...] = (
    "war", "wars", "warfare", "military", "militaries", "troops", "soldiers", "armed forces", "attack", "attacks",
    "attacked", "terror", "terrorist", "terrorists", "terrorism", "missile", "missiles", "nuclear threat",
    "nuclear weapon", "nuclear weapons", "bomb", "bombs", "bombing", "airstrike", "airstrikes", "air strike",
    "air strikes", "invasion", "invade", "invaded", "hostilities", "threat of war", "war threat", "offensive",
    "shelling", "artillery", "insurgents", "militants", "army",
)


def risk_pattern(words: Iterable[str] = RISK_WORDS) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def risk_share(articles: pd.DataFrame, words: Iterable[str] = RISK_WORDS) -> pd.Series:
    """Per month, the percentage of articles (title and text) containing a risk word: a GPR-style series."""
    dated = articles[articles["date"].notna()]
    text = dated["title"].fillna("").astype(str) + " " + dated["text"].fillna("").astype(str)
    hit = text.str.contains(risk_pattern(words))
    month = dated["date"].dt.to_period("M").dt.start_time
    return (100.0 * hit.groupby(month.to_numpy()).mean()).rename("risk_share")


def corpus_index(agg: pd.DataFrame) -> pd.Series:
    """Per period, conflict weight over all pair rows per 100 articles: the index of the whole corpus."""
    grouped = agg.groupby("period")
    return (100.0 * grouped["conflict_total"].sum() / grouped["period_articles"].first()).rename("corpus_index")


def monthly(agg: pd.DataFrame, pair: str, column: str, covered: pd.DatetimeIndex, fill: float | None) -> pd.Series:
    """The pair's monthly ``column`` over the covered months; months without the pair get ``fill``."""
    rows = agg[agg["pair"] == pair].set_index("period")[column]
    series = rows.reindex(covered)
    return series.fillna(fill) if fill is not None else series


@dataclass(frozen=True)
class Check:
    event_level: float
    before_level: float
    sd: float
    months_before: int
    sd_then: float = float("nan")  # SD of the covered months before the event: what was known then

    @property
    def rises(self) -> bool:
        return bool(self.event_level >= self.before_level + self.sd)

    @property
    def rises_then(self) -> bool:
        """The same rule against the SD of the months before the event alone.  The whole series'
        SD holds later months too: a war two years on raises the bar an earlier incident must
        clear, which no one reading the chart at the time would have seen."""
        return bool(self.event_level >= self.before_level + self.sd_then)


def check_event(series: pd.Series, months: Sequence[str], before: int = MONTHS_BEFORE) -> Check:
    """Event months' mean against the mean of the ``before`` covered months before the first.

    ``series`` is indexed by month start over covered months only, so gaps are skipped; NaN
    entries (no value that month) are left out of both levels and of the standard deviation.
    """
    starts = [pd.Timestamp(f"{m}-01") for m in months]
    event = series.reindex(starts)
    history = series[series.index < min(starts)].dropna()
    earlier = history.iloc[-before:]
    nan = float("nan")
    return Check(float(event.mean()) if event.notna().any() else nan,
                 float(earlier.mean()) if len(earlier) else nan,
                 float(series.dropna().std()) if series.notna().sum() > 1 else nan, len(earlier),
                 float(history.std()) if len(history) > 1 else nan)


def event_table(agg: pd.DataFrame, covered: pd.DatetimeIndex, events: Sequence[Event] = EVENTS) -> pd.DataFrame:
    """One row per event: index and mean tension in the event months, before, SD, and whether it rose."""
    rows = []
    for event in events:
        index = check_event(monthly(agg, event.pair, "tension_index", covered, 0.0), event.months)
        mean = check_event(monthly(agg, event.pair, "tension_mean", covered, None), event.months)
        mentions = monthly(agg, event.pair, "mentions", covered, 0.0)
        starts = [pd.Timestamp(f"{m}-01") for m in event.months]
        rows.append({
            "pair": event.pair, "months": ",".join(event.months), "event": event.description,
            "mentions": (named := int(mentions.reindex(starts).fillna(0).sum())),
            "covered": named >= MIN_EVENT_MENTIONS,
            "index": index.event_level, "index_before": index.before_level, "index_sd": index.sd,
            "index_rises": index.rises, "index_sd_then": index.sd_then, "index_rises_then": index.rises_then,
            "mean": mean.event_level, "mean_before": mean.before_level,
            "mean_sd": mean.sd, "mean_rises": mean.rises,
        })
    return pd.DataFrame(rows)


def read_wcep(path: Path) -> pd.DataFrame:
    """The JSONL as an article frame (date, title, text, source, url); bad lines are named and skipped."""
    import json

    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{path}: line {number}: not JSON ({exc}); skipped", file=sys.stderr)
    return pd.DataFrame.from_records(records, columns=["date", "title", "text", "source", "url"])


def main(argv: Sequence[str] | None = None, default_data: Path | None = None) -> int:
    from analysis.pipeline import run

    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate timelines", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data, help=f"folder with {WCEP_FILE}")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    path = (args.data or Path(".")) / WCEP_FILE
    if not path.is_file():
        print(f"{path}: not found; it lives in ../shared/data beside the project; pass --data DIR", file=sys.stderr)
        return 1
    analysis = run(read_wcep(path), workers=args.workers)
    articles = analysis.articles
    agg = aggregate(analysis.pairs, "M", articles=articles)
    counts = period_articles(articles, "M")
    covered = pd.DatetimeIndex(counts.index[counts > 0]).sort_values()
    print(f"{path.name}: {len(articles)} articles, {len(analysis.pairs)} pair rows, {len(covered)} covered months "
          f"({covered.min():%Y-%m}..{covered.max():%Y-%m}, gaps skipped)")
    table = event_table(agg, covered)
    print(f"\nEvent months against the {MONTHS_BEFORE} covered months before; rises = event >= before + 1 SD of the "
          "pair's monthly series (rises_then: + 1 SD of the months before the event)")
    print("tension_index (conflict per 100 articles; 0 in covered months without the pair) | tension_mean (months "
          "naming the pair)")
    shown = table.drop(columns=["event"]).round(2)
    print(shown.to_string(index=False))
    for row in table.itertuples():
        print(f"  {row.pair} {row.months}: {row.event}")
    covered_events = table[table["covered"]]
    print(f"\nindex rises in {int(covered_events['index_rises'].sum())} of {len(covered_events)} covered events; "
          f"mean tension rises in {int(covered_events['mean_rises'].sum())} of {len(covered_events)}")
    print(f"against the SD of the months before each event alone (index_sd_then: what was known at the time), "
          f"the index rises in {int(covered_events['index_rises_then'].sum())} of {len(covered_events)}")
    for row in table[~table["covered"]].itertuples():
        print(f"  not covered (fewer than {MIN_EVENT_MENTIONS} mentions of the pair in its months): {row.pair} "
              f"{row.months}, {row.mentions} mention{'s' if row.mentions != 1 else ''}")
    print(f"all {len(table)} listed events: index rises in {int(table['index_rises'].sum())}, "
          f"mean tension in {int(table['mean_rises'].sum())}")
    index = corpus_index(agg).reindex(covered)
    risk = risk_share(articles).reindex(covered)
    rows = analysis.pairs[analysis.pairs["date"].notna()]
    mean = rows.groupby(rows["date"].dt.to_period("M").dt.start_time)["tension"].mean().reindex(covered)
    print(f"\nMonth by month over {len(covered)} covered months, Pearson correlation with the GPR-style risk share "
          f"(% of articles with a word of {len(RISK_WORDS)} threat and act words, Caldara-Iacoviello 2022):")
    print(f"  corpus tension index (all pairs' conflict per 100 articles)  {index.corr(risk):.3f}")
    print(f"  corpus mean tension (all pair rows)                          {mean.corr(risk):.3f}")
    print(f"  risk share: mean {risk.mean():.1f} %, range {risk.min():.1f}-{risk.max():.1f} %")
    return 0 if np.isfinite(index.corr(risk)) else 1
