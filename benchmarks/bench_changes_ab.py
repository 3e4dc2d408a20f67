"""Filter changes of two checkouts, A/B interleaved in one run: the nine changes of bench_browser on each.

    python -m benchmarks.bench_changes_ab --corpus PATH --compare OTHER_CHECKOUT [--rounds 6]
                                          [--actor IRN] [--pair IRN-USA] [--fresh]

Each checkout's dashboard runs on a warm server of its own (started from its checkout); every round opens
a new session on each, in an order reversed every other round, and times bench_browser.filter_changes
(the period buttons, an actor, a pair, the date range; click to idle).  On a shared machine the load
moves between the two halves of bench_browser's --compare run (the compared checkout first, this one a
minute later) more than a change does; here both sides see the same load, round by round.  A session
whose change does not settle is reported and left out (bench_browser's "period: month" step sometimes
never sees the new figure, on either checkout).

The servers keep their answers from round to round (dashboard.answers), so after the first round every
state is one the server has answered before and only the browser's part differs.  --fresh starts each
checkout's server anew every round (its cold open, then the new session whose changes are timed), so that
every round times the states a visitor meets first, as bench_browser's first round does.

Prints each round's changes, each checkout's p50/p95 and per-kind medians, the paired difference per kind,
and the load average before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
from pathlib import Path

from benchmarks import bench_browser as bb
from benchmarks.streamlit_server import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a JSONL corpus")
    parser.add_argument("--compare", type=Path, required=True, help="the other checkout (e.g. main's code)")
    parser.add_argument("--rounds", type=int, default=6, help="new sessions on each checkout")
    parser.add_argument("--actor", default="IRN", help="actor code chosen in the actor filter")
    parser.add_argument("--pair", default="IRN-USA", help="pair code chosen in the pair filter")
    parser.add_argument("--fresh", action="store_true",
                        help="a new server for each checkout every round: every change a state the server has "
                             "not answered before")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()  # each server runs in its own checkout: a relative path would be no corpus
    from playwright.sync_api import sync_playwright

    roots = {"compared": args.compare.resolve(), "this checkout": ROOT}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in roots}
    paired: dict[str, list[float]] = {}
    print(f"corpus {args.corpus}; load average before: {bb.load_average()}", flush=True)
    with sync_playwright() as p, contextlib.ExitStack() as stack:  # the browser and servers close first
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        stack.callback(browser.close)

        def serve(name: str, servers: contextlib.ExitStack) -> str:
            root = roots[name]
            env = None if root == ROOT else {"PYTHONDONTWRITEBYTECODE": "1"}  # another checkout is only read
            _, base = servers.enter_context(streamlit_server(["--corpus", str(args.corpus)],
                                                             app=root / "dashboard" / "app.py", env=env, cwd=root))
            bb.cold_open(browser, base)  # the analysis, and a first session
            return base

        bases = {} if args.fresh else {name: serve(name, stack) for name in roots}
        print(("servers started anew each round" if args.fresh else "servers warm")
              + f"; load average {bb.load_average()}", flush=True)
        for round_ in range(args.rounds):
            got: dict[str, dict[str, float]] = {}
            for name in list(roots) if round_ % 2 == 0 else list(roots)[::-1]:
                with contextlib.ExitStack() as servers:
                    base = serve(name, servers) if args.fresh else bases[name]
                    _, page, context = bb.new_session(browser, base)
                    try:
                        changes = bb.filter_changes(page, 1, args.actor, args.pair)
                    except RuntimeError as exc:
                        print(f"round {round_}, {name}: left out ({str(exc)[:90]})", flush=True)
                        continue
                    finally:
                        context.close()
                got[name] = {kind: seconds for kind, seconds, _ in changes}
                for kind, seconds in got[name].items():
                    times[name].setdefault(kind, []).append(seconds)
                print(f"round {round_}, {name}: " + ", ".join(f"{k} {s:.2f}" for k, s in got[name].items()), flush=True)
            if len(got) == 2:
                for kind in got["compared"]:
                    paired.setdefault(kind, []).append(got["compared"][kind] - got["this checkout"][kind])
    for name, kinds in times.items():
        every = [s for values in kinds.values() for s in values]
        if every:
            print(f"{name}: p50 {statistics.median(every):.2f} s, p95 {bb.percentile(every, 0.95):.2f} s over "
                  f"{len(every)} changes; " + ", ".join(f"{k} {statistics.median(v):.2f}" for k, v in kinds.items()))
    if paired:
        print("this checkout against the compared one, paired rounds, median gain: " + ", ".join(
            f"{k} {statistics.median(v):+.2f} s (faster in {sum(g > 0 for g in v)} of {len(v)})"
            for k, v in paired.items()))
    print(f"load average after: {bb.load_average()}")


if __name__ == "__main__":
    main()
