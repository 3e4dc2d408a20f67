"""The dashboard's speed as a visitor feels it, in a real browser, beside the command line on the same corpus.

    python -m benchmarks.bench_browser [--articles 19000] [--corpus PATH] [--changes 3] [--workers 1]
                                       [--sessions 3] [--floor 3]

Generates a Reuters-21578-sized newswire corpus (benchmarks/make_corpus.py: 19,000 articles of
150-200 words) unless --corpus names one, times `python -m analysis run` on it (a subprocess,
wall time), then serves the dashboard on it (`streamlit run dashboard/app.py -- --corpus PATH`)
and drives Debian's Chromium with Playwright:

* cold first open: navigation until the figures are shown and the app is idle, on a fresh
  server (the analysis runs in it), with whether and when progress was shown meanwhile;
* new sessions on the warm server (each a new browser context: a new Streamlit session), median;
* the floor Streamlit itself sets: the same new-session time for a minimal Streamlit page with one
  small Plotly chart (FLOOR_APP), served alike in the same browser, median of --floor sessions,
  so the dashboard's new session can be given as a ratio to it;
* filter changes through the widgets (period buttons, an actor, a pair, the date range, and
  undoing them; the dates are the first days of the corpus's first month, two then three),
  each from the click or key press until idle, p50/p95.

"Idle": Streamlit's app root reports its script state `notRunning`, no element is marked stale,
a chart is on screen, and (after a change) the first visible chart is a new Plotly figure,
staying so for IDLE_SETTLE seconds (a rerun that triggers another would otherwise count as done).
Prints each figure, its ratio to its target, and the load average before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.make_corpus import write_newswire
from benchmarks.streamlit_server import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server

IDLE_SETTLE = 0.3
# The least a Streamlit page with a chart can cost a new visitor: Streamlit's page and websocket, one script run,
# React and Plotly drawing one small chart.
FLOOR_APP = """import plotly.graph_objects as go
import streamlit as st

st.title("Floor")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))
"""
COLD_TIMEOUT = 900.0
CHANGE_TIMEOUT = 60.0
COLD_RATIO_TARGET, WARM_TARGET, CHANGE_TARGET = 1.5, 1.5, 0.5

# The page's state, read in the page: script state, charts shown, stale elements, progress text.
_STATE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(g => g.offsetParent !== null && g.data);
    const progress = [...document.querySelectorAll('[data-testid="stProgress"]')].map(p => p.innerText.trim());
    return {state: app ? app.getAttribute('data-test-script-state') : null,
            stale: document.querySelectorAll('[data-stale="true"]').length,
            plots: plots.length, progress: progress,
            spinner: document.querySelectorAll('[data-testid="stSpinner"]').length,
            exception: document.querySelectorAll('[data-testid="stException"]').length};
}"""
_MARK_JS = """() => {
    const g = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.offsetParent !== null && g.data);
    window.__benchFigure = g ? g.data : null;
}"""
_IDLE_JS = """(needNew) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (document.querySelector('[data-stale="true"]')) return false;
    const g = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.offsetParent !== null && g.data);
    if (!g) return false;
    return !needNew || g.data !== window.__benchFigure;
}"""


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def time_cli(corpus: Path, workers: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "analysis", "run", str(corpus), "-o", str(Path(folder) / "pairs.parquet"),
                   "--quiet", "--workers", str(workers)]
        t0 = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True)
        return time.perf_counter() - t0


def wait_idle(page, needs_new_figure: bool, timeout: float) -> float:
    """Seconds (perf_counter) when the page became idle and stayed so for IDLE_SETTLE."""
    deadline = time.perf_counter() + timeout
    while True:
        left = max(1.0, (deadline - time.perf_counter()) * 1000)
        page.wait_for_function(_IDLE_JS, arg=needs_new_figure, polling="raf", timeout=left)
        idle_at = time.perf_counter()
        time.sleep(IDLE_SETTLE)
        if page.evaluate(_IDLE_JS, needs_new_figure):
            return idle_at
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not settle")


def cold_open(browser, base: str) -> dict:
    """Open the first page, sampling what it shows until it is idle with figures."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(base, wait_until="commit")
    progress_first, spinner_first = None, None
    progress_texts: list[str] = []
    while True:
        state = page.evaluate(_STATE_JS)
        now = time.perf_counter() - t0
        if state["progress"]:
            progress_first = now if progress_first is None else progress_first
            if not progress_texts or progress_texts[-1] != state["progress"][0]:
                progress_texts.append(state["progress"][0])
        if state["spinner"] and spinner_first is None:
            spinner_first = now
        if state["exception"]:
            raise RuntimeError("the app showed an exception on its first open")
        if state["state"] == "notRunning" and state["plots"] and not state["stale"]:
            break
        if now > COLD_TIMEOUT:
            raise TimeoutError("the first open did not finish")
        time.sleep(0.1)
    done = wait_idle(page, False, CHANGE_TIMEOUT) - t0
    context.close()
    return {"seconds": done, "progress_first": progress_first, "progress_texts": progress_texts,
            "spinner_first": spinner_first}


def new_session(browser, base: str) -> tuple[float, Any, Any]:
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(base, wait_until="commit")
    return wait_idle(page, False, CHANGE_TIMEOUT) - t0, page, context


def new_sessions(browser, base: str, count: int) -> tuple[list[float], Any, Any]:
    """``count`` new sessions one after another: their times, and the last one's page and context, kept open."""
    times, page, context = [], None, None
    for _ in range(max(1, count)):
        if context is not None:
            context.close()
        seconds, page, context = new_session(browser, base)
        times.append(seconds)
    return times, page, context


def floor_sessions(browser, count: int, log: Path | None) -> list[float]:
    """New-session times of FLOOR_APP on a server of its own, after one first visit that warms it."""
    with tempfile.TemporaryDirectory(prefix="bench_floor_") as folder:
        app = Path(folder) / "floor_app.py"
        app.write_text(FLOOR_APP, encoding="utf-8")
        with streamlit_server(app=app, log=log) as (_, base):
            new_session(browser, base)[2].close()
            times, _, context = new_sessions(browser, base, count)
            context.close()
    return times


def _multiselect(page, label: str):
    # by the start of its label: "Actors (pairs with any of them)" holds "pairs" too
    return page.locator('[data-testid="stMultiSelect"]').filter(has_text=re.compile("^" + re.escape(label))).first


def _choose(page, label: str, option: str) -> None:
    box = _multiselect(page, label)
    box.locator("input").click()
    box.locator("input").fill(option)
    page.locator('[role="option"]').filter(has_text=option).first.wait_for(timeout=30_000)


def filter_changes(page, rounds: int, actor: str, pair: str) -> list[tuple[str, float]]:
    """Each change as (name, seconds from the action that triggers the rerun to idle).

    A change is prepared (a selector opened, a name typed, a first day picked) and then
    triggered by one click or key press: only the trigger is timed."""
    days = page.locator('[role="gridcell"]:not([aria-disabled="true"])')

    def nothing() -> None:
        pass

    def period(name: str):
        return nothing, lambda: page.locator('[data-testid="stRadio"] label').filter(has_text=name).first.click()

    def choose(label: str, option: str):
        def prepare() -> None:
            box = _multiselect(page, label)
            box.locator("input").click()
            box.locator("input").fill(option)  # filters the options: no rerun yet
            page.locator('[role="option"]').filter(has_text=option).first.wait_for(timeout=30_000)
        return prepare, lambda: page.keyboard.press("Enter")

    def clear(label: str):
        return lambda: _multiselect(page, label).locator("input").click(), lambda: page.keyboard.press("Backspace")

    def open_calendar() -> None:
        # the sidebar's header lies over the input's top edge: the calendar button, forced
        page.get_by_role("button", name="Choose date range").click(force=True)
        days.first.wait_for(timeout=30_000)

    def first_day(index: int):  # a day of the calendar's first month (the corpus's first days)
        def prepare() -> None:
            open_calendar()
            days.nth(index).click()
        return prepare

    steps = [("period: month", *period("month")), ("period: day", *period("day")),
             ("period: week", *period("week")),
             ("actor: choose", *choose("Actors", actor)), ("actor: clear", *clear("Actors")),
             ("pair: choose", *choose("Pairs", pair)), ("pair: clear", *clear("Pairs")),
             ("dates: 2 days", first_day(1), lambda: days.nth(2).click()),
             ("dates: 3 days", first_day(0), lambda: days.nth(2).click())]
    times = []
    for _ in range(rounds):
        for name, prepare, trigger in steps:
            prepare()
            page.evaluate(_MARK_JS)
            t0 = time.perf_counter()
            trigger()
            try:
                times.append((name, wait_idle(page, True, CHANGE_TIMEOUT) - t0))
            except Exception as exc:
                shot = Path(tempfile.gettempdir()) / "bench_browser_failed.png"
                page.screenshot(path=str(shot), full_page=True)
                raise RuntimeError(f"{name}: not idle after {CHANGE_TIMEOUT:.0f} s ({page.evaluate(_STATE_JS)}; "
                                   f"screenshot {shot})") from exc
            page.keyboard.press("Escape")
    return times


def corpus_facts(corpus: Path) -> tuple[int, dt.date, dt.date]:
    """Articles, first and last day of a JSONL corpus (for the date filter)."""
    days, n = [], 0
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                n += 1
                day = json.loads(line).get("date")
                if day:
                    days.append(str(day)[:10])
    return n, dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=19_000, help="articles to generate (without --corpus)")
    parser.add_argument("--corpus", type=Path, default=None, help="a JSONL corpus to use instead of generating one")
    parser.add_argument("--changes", type=int, default=3, help="rounds of the nine filter changes")
    parser.add_argument("--workers", type=int, default=1, help="the command line's --workers (default: its default)")
    parser.add_argument("--actor", default="JPN", help="actor code chosen in the actor filter")
    parser.add_argument("--pair", default="JPN-USA", help="pair code chosen in the pair filter")
    parser.add_argument("--sessions", type=int, default=3, help="new sessions timed on the warm server")
    parser.add_argument("--floor", type=int, default=3,
                        help="new sessions timed on a minimal one-chart Streamlit page (0: skip the floor)")
    parser.add_argument("--server-log", type=Path, default=None, help="keep the server's output in this file")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="bench_browser_"))
    corpus = args.corpus
    if corpus is None:
        corpus = folder / "newswire.jsonl"
        write_newswire(args.articles, corpus)
    articles, first, last = corpus_facts(corpus)
    print(f"corpus: {corpus} ({articles} articles, {first} to {last}); load average before: {load_average()}")
    cli = time_cli(corpus, args.workers)
    print(f"command line `python -m analysis run` (--workers {args.workers}): {cli:.1f} s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            with streamlit_server(["--corpus", str(corpus)], log=args.server_log) as (_, base):
                cold = cold_open(browser, base)
                warm_times, page, context = new_sessions(browser, base, args.sessions)
                changes = filter_changes(page, args.changes, args.actor, args.pair)
                context.close()
            floor = floor_sessions(browser, args.floor, None) if args.floor > 0 else []
        finally:
            browser.close()
    ratio = cold["seconds"] / cli
    seen = (f"progress shown from {cold['progress_first']:.1f} s: " + " | ".join(cold["progress_texts"][:3])
            + (" ... " + cold["progress_texts"][-1] if len(cold["progress_texts"]) > 3 else "")
            if cold["progress_first"] is not None else "no progress shown")
    print(f"cold first open: {cold['seconds']:.1f} s = {ratio:.2f} x the command line (target <= "
          f"{COLD_RATIO_TARGET}); {seen}")
    warm = statistics.median(warm_times)
    each = ", ".join(f"{t:.2f}" for t in warm_times)
    if floor:
        base_s = statistics.median(floor)
        print(f"floor: a one-chart Streamlit page, new session: median {base_s:.2f} s "
              f"({', '.join(f'{t:.2f}' for t in floor)})")
        against = f"; {warm / base_s:.2f} x the floor"
    else:
        against = ""
    print(f"new session on the warm server: median {warm:.2f} s ({each}){against} (target <= {WARM_TARGET} s)")
    seconds = [s for _, s in changes]
    print(f"filter change, click to idle ({len(seconds)} changes): p50 {statistics.median(seconds):.2f} s, "
          f"p95 {percentile(seconds, 0.95):.2f} s, max {max(seconds):.2f} s (target <= {CHANGE_TARGET} s)")
    per_round = len(seconds) // max(1, args.changes)
    if args.changes > 1:
        first, later = seconds[:per_round], seconds[per_round:]
        print(f"  first round (new states, and undos back to one seen): p50 {statistics.median(first):.2f} s, "
              f"max {max(first):.2f} s; later rounds (every state seen before): p50 {statistics.median(later):.2f} s, "
              f"max {max(later):.2f} s")
    by_kind: dict[str, list[float]] = {}
    for name, s in changes:
        by_kind.setdefault(name, []).append(s)
    print("  " + ", ".join(f"{name} {statistics.median(v):.2f}" for name, v in by_kind.items()))
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
