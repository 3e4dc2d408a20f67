"""A store of synthetic scored rows, made directly in SQL, for benchmarks at millions of pair rows.

    python -m benchmarks.synthetic_store OUT.duckdb --pair-rows 10000000 [--no-snapshot]

Scoring ten million pair rows through the pipeline takes hours on a small machine; the dashboard's
speed depends on the rows' shape, not on how they were scored.  So the rows are synthesised in the
store's own schema: ten pair rows per article (two per sentence, five sentences), a skewed choice
among 30 actors, 20 sources, two years of dates (1 % undated), cues drawn from a few JSON templates
of the lexicon's categories, article texts of about 1.5 kB.  Deterministic for a given size.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

_CUE = ('{{"term":"{term}","category":"{category}","weight":{weight},"sentence_weight":{weight},"link":"pair",'
        '"start":0,"end":8,"modifiers":[],"source":"lexicon"}}')
CUES = ["[]"] + ["[" + ",".join(_CUE.format(term=t, category=c, weight=w) for t, c, w in cues) + "]" for cues in [
    [("threatened", "threat", 0.3)], [("attacked", "military_action", 0.6)], [("agreed", "agreement", -0.4)],
    [("protested", "protest", 0.2), ("talks", "consultation", -0.2)], [("sanctions", "coercion", 0.4)],
    [("alliance", "alliance", -0.3)], [("drills", "escalation", 0.0)],
]]


def make(path: Path, pair_rows: int, snapshot: bool = True) -> None:
    from analysis.store import Store

    articles = max(1, pair_rows // 10)
    with Store(path) as store:
        con = store.con
        # A uniform number in [0, 1) from a row number and a stream: deterministic, unlike random().
        con.execute("CREATE OR REPLACE TEMP MACRO unit(n, k) AS (hash(n, k) % 1000003) / 1000003.0")
        con.execute(f"""INSERT INTO articles
            SELECT substr(md5(i::VARCHAR), 1, 16), CASE WHEN i % 100 = 0 THEN NULL
                       ELSE TIMESTAMP '2024-01-01' + INTERVAL (i % 730) DAY END,
                   'Wire ' || (i % 20), 'Synthetic article ' || i, '',
                   repeat('Officials met and talked about the region. ', 35) || i,
                   'synthetic.jsonl:line ' || i, now(), 'synthetic', 'synthetic'
            FROM range({articles}) t(i)""")
        con.execute(f"""INSERT INTO sentences
            SELECT substr(md5(a::VARCHAR), 1, 16), s, s * 120, 'Sentence ' || s || ' of article ' || a ||
                       ' where two governments met, talked and disagreed about many things.',
                   unit(a * 5 + s, 1) * 2 - 1, unit(a * 5 + s, 2) * 2 - 1, 0, 0, '[]', '[]', 'synthetic'
            FROM range({articles}) t(a), range(5) u(s)""")
        con.execute(f"""INSERT INTO pairs BY NAME
            WITH r AS (
                SELECT j, j // 10 AS a, (j % 10) // 2 AS s, floor(30 * pow(unit(j, 3), 3))::INT AS x,
                       (floor(30 * pow(unit(j, 4), 3))::INT + 1 + (j % 7)) % 30 AS y, unit(j, 5) AS u,
                       unit(j, 6) AS v
                FROM range({articles * 10}) t(j))
            SELECT substr(md5(a::VARCHAR), 1, 16) AS article_id, s AS sentence_id,
                   printf('C%02d', least(x, y)) AS actor_a, printf('C%02d', greatest(x, y)) AS actor_b,
                   printf('C%02d-C%02d', least(x, y), greatest(x, y)) AS pair, 'mutual' AS direction,
                   CASE WHEN a % 100 = 0 THEN NULL ELSE TIMESTAMP '2024-01-01' + INTERVAL (a % 730) DAY END AS date,
                   'Wire ' || (a % 20) AS source, u * 2 - 1 AS sentiment, v * 2 - 1 AS tension,
                   'synthetic' AS dictionary_version, 'synthetic' AS scorer_version,
                   CASE WHEN v > 0.5 THEN v - 0.5 ELSE 0 END AS conflict,
                   CASE WHEN v < 0.5 THEN 0.5 - v ELSE 0 END AS cooperation,
                   (?::VARCHAR[])[1 + (j * 7 + a) % {len(CUES)}] AS cues
            FROM r WHERE x <> y""", [CUES])
        con.execute("INSERT INTO runs VALUES ('synthetic', now(), now(), 1, 0, ?, ?, 0, 0, 'synthetic', 'synthetic')",
                    [articles, articles])
        if snapshot:
            store.write_snapshot()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pair-rows", type=int, default=1_000_000)
    parser.add_argument("--no-snapshot", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    make(args.out, args.pair_rows, snapshot=not args.no_snapshot)
    print(f"synthetic store {args.out.name}: about {args.pair_rows} pair rows in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
