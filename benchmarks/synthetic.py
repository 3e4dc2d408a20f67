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


# -- newswire: long economic articles with few actor pairs (the shape of Reuters-21578) ---------
CITIES = ["NEW YORK", "TOKYO", "LONDON", "WASHINGTON", "CHICAGO", "FRANKFURT", "PARIS", "SYDNEY", "TORONTO",
          "HONG KONG", "SINGAPORE", "ZURICH", "BRUSSELS", "OTTAWA", "HOUSTON"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
COMPANIES = ["Allied Ferro Corp", "Northgate Mining Inc", "Kestrel Foods Ltd", "Harbour Bancorp", "Tamsin Oil Co",
             "Greyfield Industries", "Orwell Chemical Corp", "Pinecrest Savings Bank", "Vantor Electric Co",
             "Bellamy Textile Mills", "Crossbow Airlines Inc", "Delmar Steel Corp"]
COMMODITIES = ["wheat", "corn", "soybeans", "sugar", "coffee", "cocoa", "crude oil", "copper", "tin", "rubber"]
NEWSWIRE_TEMPLATES = [
    "{company} said it expects first quarter earnings to rise to about {n} cts a share from {m} cts a year ago.",
    "The company said net income for the year was {n} mln dlrs, up from {m} mln dlrs, on revenues of {r} billion dlrs.",
    "{company} said its board approved a two-for-one stock split and raised the quarterly dividend to {n} cts.",
    "Analysts said the results were in line with expectations and that the outlook for the second half was stable.",
    "The central bank said money supply rose {p} pct in the week, after a revised rise of {q} pct the week before.",
    "Dealers said {commodity} prices eased in thin trading as buyers waited for the next government crop report.",
    "Exports of {commodity} in the season to date totalled {n},000 tonnes against {m},000 tonnes a year earlier.",
    "The ministry forecast that output would reach {n} mln tonnes this year, slightly above last year's estimate.",
    "Traders said the market remained cautious ahead of the monthly trade figures due later in the week.",
    "{company} said it had agreed to acquire the assets of a privately held distributor for an undisclosed sum.",
    "The offer, worth about {n} mln dlrs, is subject to approval by shareholders and regulatory agencies.",
    "Interest rates on three-month deposits were quoted at {p} pct, unchanged from the previous close.",
    "The bank said it would cut its prime lending rate to {p} pct from {q} pct effective tomorrow.",
    "Shares of {company} closed {q} dlrs higher at {n} dlrs in active trading on the exchange.",
    "The figures compare with a loss of {m} mln dlrs in the same period of the previous year.",
    "A company spokesman declined to comment on reports that it was considering further plant closures.",
    "Inventories at the end of the month stood at {n} mln barrels, down from {m} mln barrels a month earlier.",
    "The statement said the measures were aimed at stabilising prices and supporting the domestic industry.",
    "Officials in {A_cap} said the budget deficit for the fiscal year would be about {n} billion dlrs.",
    "{A_adj} officials said they saw no need for further action on interest rates in the near term.",
]
NEWSWIRE_PAIR_TEMPLATES = [
    "{A} and {B} agreed to hold further talks on {commodity} import quotas next month.",
    "{A_adj} trade officials accused {B} of dumping {commodity} on world markets below cost.",
    "{A} said it would retaliate if {B} did not lift its tariffs on {commodity} by the end of the month.",
    "Officials from {A_cap} and {B_cap} signed an agreement to cooperate on energy supplies.",
    "{A} warned {B} that the trade dispute could harm relations between the two countries.",
]


def newswire(n_articles: int, *, seed: int = 11, words: tuple[int, int] = (150, 200), pair_share: float = 0.06,
             start: dt.date = dt.date(1987, 2, 26), days: int = 120) -> pd.DataFrame:
    """``n_articles`` newswire articles of about ``words`` words each: a dateline, economic prose in
    which few sentences (``pair_share``) name two international actors, and a "REUTER" sign-off."""
    rng = random.Random(seed)
    rows = []
    for i in range(n_articles):
        day = start + dt.timedelta(days=rng.randrange(days))
        target = rng.randint(*words)
        body: list[str] = []
        count = 0
        while count < target:
            templates = NEWSWIRE_PAIR_TEMPLATES if rng.random() < pair_share else NEWSWIRE_TEMPLATES
            a, b = rng.sample(ACTORS, 2)
            sentence = rng.choice(templates).format(
                A=a[0], A_cap=a[1], A_adj=a[2], B=b[0], B_cap=b[1], company=rng.choice(COMPANIES),
                commodity=rng.choice(COMMODITIES), n=rng.randint(2, 950), m=rng.randint(2, 950),
                r=rng.randint(1, 40), p=f"{rng.uniform(0.1, 9.9):.1f}", q=f"{rng.uniform(0.1, 9.9):.2f}")
            body.append(sentence[0].upper() + sentence[1:])
            count += len(sentence.split())
        dateline = f"{rng.choice(CITIES)}, {MONTHS[day.month - 1]} {day.day} - "
        text = dateline + " ".join(body) + f" Reference {i}.\n REUTER"
        rows.append({"date": day.isoformat(), "source": "Reuters", "title": body[0][:80].upper(), "text": text})
    return pd.DataFrame(rows)
