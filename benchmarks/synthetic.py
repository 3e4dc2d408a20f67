"""A synthetic news corpus from our own templates: many actors, many dates, realistic mix.

About half of the sentences name two or more actors (so carry pair rows); the rest name one actor
or none, as news text does.  Deterministic for a given seed, so benchmark runs compare.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

ACTORS = [
    ("the United States", "Washington", "American", "Trump"), ("China", "Beijing", "Chinese", "Xi Jinping"),
    ("Japan", "Tokyo", "Japanese", "Takaichi"), ("Russia", "Moscow", "Russian", "Putin"),
    ("Ukraine", "Kyiv", "Ukrainian", "Zelensky"), ("Taiwan", "Taipei", "Taiwanese", "Lai Ching-te"),
    ("India", "New Delhi", "Indian", "Modi"), ("Pakistan", "Islamabad", "Pakistani", "Shehbaz Sharif"),
    ("Israel", "Jerusalem", "Israeli", "Netanyahu"), ("Iran", "Tehran", "Iranian", "Pezeshkian"),
    ("South Korea", "Seoul", "South Korean", "Lee Jae-myung"), ("North Korea", "Pyongyang", "North Korean", "Kim Jong Un"),
    ("France", "Paris", "French", "Macron"), ("Germany", "Berlin", "German", "Merz"),
    ("the United Kingdom", "London", "British", "Starmer"), ("Turkey", "Ankara", "Turkish", "Erdogan"),
    ("Brazil", "Brasilia", "Brazilian", "Lula"), ("Venezuela", "Caracas", "Venezuelan", "Maduro"),
]
PAIR_TEMPLATES = [
    "{A} condemned {b_adj} military drills near the border on {day}.",
    "{A_leader} held talks with {B_leader} and both sides agreed to ease tensions.",
    "Officials in {A_cap} warned that {B} could face new sanctions if the dispute continues.",
    "{A} and {B} signed a trade agreement after months of negotiations.",
    "{A_adj} forces shelled positions held by {b_adj} troops, killing several soldiers.",
    "{A_leader} said relations with {B} were stable and praised the cooperation between the two governments.",
    "{A_cap} accused {B_cap} of provoking a crisis, a charge {B_cap} rejected.",
    "{A} did not threaten {B}, the spokesman said, calling for dialogue.",
    "Analysts said {A} and {B} might deepen their alliance despite domestic pressure.",
    "{A_adj} and {b_adj} diplomats met in Geneva to discuss the humanitarian situation.",
]
OTHER_TEMPLATES = [
    "{A_leader} spoke to reporters on {day} about the economy.",
    "The weather in {A_cap} was mild for the season.",
    "Markets closed higher on {day} after a quiet session.",
    "The ministry published its annual report, which ran to several hundred pages.",
    "{A_adj} officials declined to comment further.",
    "Turnout in the regional election was lower than expected.",
    "Local media reported long queues at petrol stations.",
    "The statement was released late in the evening.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _fill(template: str, rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    return template.format(
        A=a[0], A_cap=a[1], A_adj=a[2], A_leader=a[3], B=b[0], B_cap=b[1], b_adj=b[2], B_leader=b[3],
        day=rng.choice(DAYS),
    )


def generate(n_articles: int, *, seed: int = 7, sentences: tuple[int, int] = (8, 16),
             start: dt.date = dt.date(2025, 1, 1), days: int = 365) -> pd.DataFrame:
    """``n_articles`` articles with date, source, title and text (columns the loader understands)."""
    rng = random.Random(seed)
    rows = []
    for i in range(n_articles):
        n = rng.randint(*sentences)
        body = [_fill(rng.choice(PAIR_TEMPLATES if rng.random() < 0.5 else OTHER_TEMPLATES), rng) for _ in range(n)]
        body.append(f"Report number {i}.")  # makes every article unique, as real ones are
        rows.append({
            "date": (start + dt.timedelta(days=rng.randrange(days))).isoformat(),
            "source": rng.choice(["Wire A", "Wire B", "Daily C"]),
            "title": f"Synthetic article {i}",
            "text": " ".join(body),
        })
    return pd.DataFrame(rows)
