"""Pair rows of real news judged by an analyst, judged again against the code as it is now.

The AUCs of ``analysis.evaluate`` compare conflict with cooperation on pairs an annotator labelled one or the other;
they cannot see a pair that takes no part in a sentence's event and still gets its tension (a bystander), which is
what a reader of the dashboard meets most.  labels/news_wcep_pair_audit.jsonl holds pair rows drawn at random from
WCEP's pair table and judged as an analyst reads them: for that pair, conflict, cooperation or neither, and who acts
on whom (labels/README.md says how they were drawn and by whom).  A row is right when the pair's tension now has the
label's side (|tension| < ``NEUTRAL_BAND`` is neither; a pair no longer found is neither) and any direction it states
is the label's, where the label gives one; rows the analyst marked unclear are counted apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.loading import article_id
from analysis.pipeline import analyze

PAIR_AUDIT = Path(__file__).resolve().parent.parent / "labels" / "news_wcep_pair_audit.jsonl"
#: A pair's tension nearer 0 than this reads as neither conflict nor cooperation (the audits' rule)
NEUTRAL_BAND = 0.1


def read_pair_audit(path: Path = PAIR_AUDIT) -> list[dict]:
    """The judged pair rows (none when the file is missing)."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def side_of(tension: float) -> str:
    return "conflict" if tension >= NEUTRAL_BAND else "cooperation" if tension <= -NEUTRAL_BAND else "neutral"


def verdict(label: str, direction: str, tension: float, found_direction: str) -> str:
    """"right" or "wrong" for one judged row against the pair's tension and direction as scored now."""
    if side_of(tension) != label:
        return "wrong"
    return "wrong" if direction and found_direction and found_direction != direction else "right"


def judged(items: list[dict]) -> pd.DataFrame:
    """Each item with the pair's tension and direction as scored now, and its verdict ("unclear" kept as the
    analyst marked it)."""
    if not items:
        return pd.DataFrame(columns=["split", "stratum", "verdict"])
    texts = pd.DataFrame([{"text": t["sentence"], "date": t["date"]} for t in items]).drop_duplicates("text")
    rows = analyze(texts)
    found = {(r.article_id, r.pair): (float(r.tension), str(r.direction or "")) for r in rows.itertuples()}
    records = []
    for item in items:
        tension, direction = found.get((article_id(item["sentence"]), item["pair"]), (0.0, ""))
        result = "unclear" if item.get("unclear") else verdict(item["label"], item.get("direction", ""), tension,
                                                               direction)
        records.append({**item, "tension_now": tension, "direction_now": direction, "verdict": result})
    return pd.DataFrame(records)


def audit_figures(items: list[dict]) -> pd.DataFrame:
    """Per split and stratum (and all): rows, right, wrong, unclear, and the share right of the rows judged clear."""
    table = judged(items)
    if table.empty:
        return pd.DataFrame()
    out = {}
    for split, part in table.groupby("split", sort=False):
        for stratum, rows in [*part.groupby("stratum", sort=False), ("all", part)]:
            counts = rows["verdict"].value_counts()
            right, wrong = int(counts.get("right", 0)), int(counts.get("wrong", 0))
            out[(split, stratum)] = {"rows": len(rows), "right": right, "wrong": wrong,
                                     "unclear": int(counts.get("unclear", 0)),
                                     "share_right": right / (right + wrong) if right + wrong else float("nan")}
    return pd.DataFrame(out).T
