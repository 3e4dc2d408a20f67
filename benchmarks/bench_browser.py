"""The dashboard's speed as a visitor feels it, in a real browser, beside the command line on the same corpus.

    python -m benchmarks.bench_browser [--articles 19000] [--corpus PATH] [--changes 3] [--workers 1]
                                       [--sessions 3] [--floor 3] [--compare OTHER_CHECKOUT]

Generates a Reuters-21578-sized newswire corpus (benchmarks/make_corpus.py: 19,000 articles of
150-200 words) unless --corpus names one, times `python -m analysis run` on it (a subprocess,
wall time), then serves the dashboard on it (`streamlit run dashboard/app.py -- --corpus PATH`)
and drives Debian's Chromium with Playwright:

* cold first open: navigation until the figures are shown and the app is idle, on a fresh
  server (the analysis runs in it), with whether and when progress was shown meanwhile;
* new sessions on the warm server (each a new browser context: a new Streamlit session), median,
  and as new tabs of one browser that opened the page before (Streamlit's and Plotly's scripts
  in its cache), each with when the script had run (the server's part) and the bytes received;
* the floor Streamlit itself sets: the same new-session time for a minimal Streamlit page with one
  small Plotly chart (FLOOR_APP), served alike in the same browser, median of --floor sessions,
  so the dashboard's new session can be given as a ratio to it;
* the floor for a filter change: a minimal page with a period radio and one chart, redrawn on each
  click (FLOOR_CHANGE_APP), with a three-point chart and with a six-panel chart shaped like the
  timeline, click to idle, --changes rounds of three;
* filter changes through the widgets (period buttons, an actor, a pair, the date range, and
  undoing them; the dates are the first days of the corpus's first month, two then three),
  each from the click or key press until idle, p50/p95, split: until the page sees the rerun
  start, the rerun and its drawing until the page takes its last websocket message, and the
  drawing left after it until idle; with the bytes each change received.

--interleave N measures new sessions only, A/B interleaved: this checkout, --compare's and (unless
--floor 0) the floor page, each on a warm server of its own (started from its checkout, with its own
.streamlit settings), N rounds of one new visitor each, the order reversed every other round; with
each session's CPU time in the browser's renderer process and in the server's process, the median
of the paired differences and how many rounds this checkout won (on a shared machine the load moves
between two runs more than most changes do).  --throttle MBIT,MS has Chromium emulate a visitor's
link (e.g. 20,40): Streamlit serves its scripts uncompressed, so a first visit over a real network
is bound by their 8 MB more than by this machine's CPU.

"Idle": Streamlit's app root reports its script state `notRunning`, no element is marked stale,
no element is still Streamlit's grey placeholder (`stSkeleton`: a widget not drawn yet; a new session's
sidebar widgets stayed so up to 2 s after the rest was idle), a chart is on screen, and (after a change)
the first visible chart is a new Plotly figure,
staying so for IDLE_SETTLE seconds (a rerun that triggers another would otherwise count as done).
The cold open is split into the server's start (until its health endpoint answers), the server's
stages (the dashboard's own log line: loading, scoring, the views), the script done and the page
drawn.  --compare measures another checkout's dashboard (e.g. main's worktree) first, on the
same corpus in the same browser, for a before/after in one run.
Prints each figure, its ratio to its target, and the load average before and after.
"""

from __future__ import annotations

import argparse
import contextlib
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
from benchmarks.streamlit_server import CHROMIUM, CHROMIUM_ARGS, DASHBOARD, ROOT, streamlit_server

IDLE_SETTLE = 0.3
# The least a Streamlit page with a chart can cost a new visitor: Streamlit's page and websocket, one script run,
# React and Plotly drawing one small chart.
FLOOR_APP = """import plotly.graph_objects as go
import streamlit as st

st.title("Floor")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))
"""
# The least a filter change can cost: a minimal page whose only widget picks the period, a rerun that only
# sends a new figure, and Plotly drawing it anew (Streamlit gives a changed figure a new element).  PANELS 0:
# one three-point chart; 6: a chart shaped like the dashboard's timeline (six panels of an index line, its band
# and mention bars, two columns, one time axis), as many points as the 19,000-article corpus's periods.
FLOOR_CHANGE_APP = """import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

PANELS = {panels}
st.title("Floor")
period = st.radio("Aggregate by", ["month", "day", "week"], horizontal=True)
points = {{"month": 5, "week": 18, "day": 120}}[period]
if not PANELS:
    st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2] if period == "month" else [points, 1, 2])))
else:
    fig = make_subplots(rows=PANELS, cols=2, shared_xaxes="all")
    x = list(range(points))
    for i in range(PANELS):
        row, col = i // 2 * 2 + 1, i % 2 + 1
        y = [(7 * i + 3 * k) % 11 for k in x]
        fig.add_trace(go.Scatter(x=x + x[::-1], y=[v + 1 for v in y] + [max(v - 1, 0) for v in y][::-1],
                                 fill="toself", line_width=0, hoverinfo="skip"), row=row, col=col)
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines+markers", customdata=[[i, k] for k in x]), row=row, col=col)
        fig.add_trace(go.Bar(x=x, y=[v + 2 for v in y]), row=row + 1, col=col)
    fig.update_layout(height=700, showlegend=False)
    st.plotly_chart(fig, on_select="rerun", selection_mode="points", key="timeline")
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
# A drawn figure's identity and a print of its content: Plotly may be handed the new figure's traces in
# the old array (the timeline's by month after by week kept its data array), so either changing counts.
_PRINT_JS = """(g) => g.data.length + '|' + g.data.map(t => (t.x || []).length + ':' + String((t.x || [])[0]))
    .join(',') + '|' + ((g.layout.title || {}).text || '')"""
_MARK_JS = """() => {
    const g = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.offsetParent !== null && g.data);
    const print = """ + _PRINT_JS + """;
    window.__benchFigure = g ? g.data : null;
    window.__benchPrint = g ? print(g) : null;
}"""
_IDLE_JS = """(needNew) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (document.querySelector('[data-stale="true"]')) return false;
    if (document.querySelector('[data-testid="stSkeleton"]')) return false;
    const g = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.offsetParent !== null && g.data);
    // filters that keep no row draw no chart but say so (dashboard/coverage.py's note): that note is the new view
    if (!g) return [...document.querySelectorAll('[data-testid^="stAlert"]')].some(a => a.offsetParent !== null);
    const print = """ + _PRINT_JS + """;
    return !needNew || g.data !== window.__benchFigure || print(g) !== window.__benchPrint;
}"""


# What a drawn page shows: an exception, and how many points its visible charts hold (a dashboard on a corpus it
# could not read draws its charts empty and says "No dated articles").
_CONTENT_JS = """() => {
    const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(g => g.offsetParent !== null && g.data);
    return {exception: document.querySelectorAll('[data-testid="stException"]').length,
            points: plots.reduce((n, g) => n + g.data.reduce((m, t) => m + ((t.x || t.z || t.lat || []).length), 0), 0),
            text: document.body.innerText.slice(0, 100000)};
}"""
EMPTY_NOTES = ("No dated articles",)


def page_problem(content: dict) -> str | None:
    """Why a page drawn on a corpus is not the dashboard's charts (``_CONTENT_JS``'s reading), else None."""
    if content.get("exception"):
        return "the page shows an exception"
    for note in EMPTY_NOTES:
        if note in content.get("text", ""):
            return f"the page says {note!r}: the server read no corpus (its path, its cwd?)"
    if not content.get("points"):
        return "the page's charts hold no points"
    return None


def check_page(page, what: str) -> None:
    """Fails loudly when ``page`` shows an error or empty charts instead of the dashboard on its corpus."""
    problem = page_problem(page.evaluate(_CONTENT_JS))
    if problem:
        raise RuntimeError(f"{what}: {problem}; not measured")


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


_RECEIVED: dict[int, dict] = {}  # each page's live counter, by id(page), for the filter changes' bytes


def _received(page) -> dict:
    """Counts the websocket bytes the page receives (Streamlit's deltas: figure JSON, widgets, text)."""
    seen = _RECEIVED[id(page)] = {"bytes": 0, "frames": 0}

    def frame(payload) -> None:
        seen["bytes"] += len(payload)
        seen["frames"] += 1
        seen.setdefault("at", []).append(time.perf_counter())  # when each frame came (a change's split)
    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    return seen


def cold_open(browser, base: str, check: bool = True) -> dict:
    """Open the first page, sampling what it shows until it is idle with figures; with the moment the
    script had finished (``script_done``: the server's part over, the rest is the browser's).
    ``check``: fail unless the page shows the dashboard's charts with points (check_page)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    received = _received(page)
    t0 = time.perf_counter()
    page.goto(base, wait_until="commit")
    progress_first, spinner_first, script_done = None, None, None
    progress_texts: list[str] = []
    while True:
        state = page.evaluate(_STATE_JS)
        now = time.perf_counter() - t0
        if progress_first is not None and state["state"] == "notRunning" and not state["progress"]:
            script_done = now if script_done is None else script_done
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
    if check:
        check_page(page, f"the first open of {base}")
    context.close()
    return {"seconds": done, "progress_first": progress_first, "progress_texts": progress_texts,
            "spinner_first": spinner_first, "script_done": script_done, "received": received["bytes"]}


_SCRIPT_DONE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
        && !document.querySelector('[data-testid="stProgress"]');
}"""


def new_session(browser, base: str, context=None, network: tuple[float, float] | None = None) -> tuple[dict, Any, Any]:
    """A new Streamlit session: a new browser context (a first visit, nothing cached) unless ``context``
    is given (a new tab of a visitor whose browser has Streamlit's and Plotly's scripts cached).
    Its times: until idle, and until the script had run (the server's part, websocket included).
    ``network``: (megabits per second, milliseconds of latency) Chromium emulates, a visitor not on
    this machine."""
    context = context or browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    if network is not None:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        rate = network[0] * 1e6 / 8
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": network[1],
                                                      "downloadThroughput": rate, "uploadThroughput": rate})
    received = _received(page)
    t0 = time.perf_counter()
    page.goto(base, wait_until="commit")
    page.wait_for_function(_SCRIPT_DONE_JS, polling="raf", timeout=CHANGE_TIMEOUT * 1000)
    script = time.perf_counter() - t0
    seconds = wait_idle(page, False, CHANGE_TIMEOUT) - t0
    return {"seconds": seconds, "script": script, "received": received["bytes"]}, page, context


def new_sessions(browser, base: str, count: int) -> tuple[list[dict], Any, Any]:
    """``count`` new sessions one after another: their times, and the last one's page and context, kept open."""
    times, page, context = [], None, None
    for _ in range(max(1, count)):
        if context is not None:
            context.close()
        timing, page, context = new_session(browser, base)
        times.append(timing)
    return times, page, context


def new_tabs(browser, base: str, count: int) -> list[dict]:
    """``count`` new sessions as new tabs of one browser that has opened the page once (its cache warm)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    first = new_session(browser, base, context)[1]
    first.close()
    times = []
    for _ in range(max(1, count)):
        timing, page, _ = new_session(browser, base, context)
        page.close()
        times.append(timing)
    context.close()
    return times


def floor_sessions(browser, count: int, log: Path | None) -> tuple[list[dict], list[dict]]:
    """New-session times of FLOOR_APP on a server of its own, after one first visit that warms it: as new
    visitors, and as new tabs of one browser."""
    with tempfile.TemporaryDirectory(prefix="bench_floor_") as folder:
        app = Path(folder) / "floor_app.py"
        app.write_text(FLOOR_APP, encoding="utf-8")
        with streamlit_server(app=app, log=log) as (_, base):
            new_session(browser, base)[2].close()
            times, _, context = new_sessions(browser, base, count)
            context.close()
            tabs = new_tabs(browser, base, count)
    return times, tabs


def floor_changes(browser, panels: int, rounds: int, log: Path | None) -> list[float]:
    """Click-to-idle seconds of FLOOR_CHANGE_APP's period changes (day, week, month; ``rounds`` times)."""
    with tempfile.TemporaryDirectory(prefix="bench_floor_") as folder:
        app = Path(folder) / "floor_change_app.py"
        app.write_text(FLOOR_CHANGE_APP.format(panels=panels), encoding="utf-8")
        with streamlit_server(app=app, log=log) as (_, base):
            timing, page, context = new_session(browser, base)
            times = []
            for _ in range(max(1, rounds)):
                for name in ("day", "week", "month"):  # month is the first shown
                    page.evaluate(_MARK_JS)
                    t0 = time.perf_counter()
                    page.locator('[data-testid="stRadio"] label').filter(has_text=name).first.click()
                    times.append(wait_idle(page, True, CHANGE_TIMEOUT) - t0)
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


# The script state's changes as the page sees them, each with the page's clock (for a change's split).
_OBSERVE_JS = """() => {
    window.__benchStates = [];
    const app = document.querySelector('[data-testid="stApp"]');
    new MutationObserver(() => window.__benchStates.push([performance.now(), app.getAttribute('data-test-script-state')]))
        .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


# Whether the script state changed since the trigger (_OBSERVE_JS's records, emptied at the click).  Any change:
# a fast rerun's running and notRunning may reach the observer in one callback, which reads only the last.
_RERUN_SEEN_JS = "() => window.__benchStates.length > 0"


def _split(click_ms: float, states: list, total: float, frames: list[float]) -> dict:
    """A change's parts: until the page saw the script run (the click's handling and the rerun
    request's trip), from there until the page took the rerun's last websocket message (the script,
    and the browser drawing what it sent as it came: Chromium reports a frame when the page's main
    thread takes it, after the drawing before it, so the two cannot be told apart from the page)
    and what was left to draw after it, until idle.  ``frames``: the seconds after the click each
    frame was taken."""
    running = [t for t, state in states if state == "running"]
    if not running or not frames:
        return {}
    start = (running[0] - click_ms) / 1000
    last = max(frames)
    return {"to_rerun": start, "rerun": max(0.0, last - start), "after": max(0.0, total - last)}


_SHOWN_PERIOD_JS = """() => [...document.querySelectorAll('[data-testid="stRadio"] label')]
    .find(l => l.querySelector('input:checked') && ['day', 'week', 'month'].includes(l.innerText.trim()))
    ?.innerText.trim() || null"""


def filter_changes(page, rounds: int, actor: str, pair: str) -> list[tuple[str, float, dict]]:
    """Each change as (name, seconds from the action that triggers the rerun to idle, its split and the
    bytes received).

    A change is prepared (a selector opened, a name typed, a first day picked) and then
    triggered by one click or key press: only the trigger is timed."""
    page.evaluate(_OBSERVE_JS)
    received = _RECEIVED.get(id(page), {"bytes": 0})
    days = page.locator('[role="gridcell"]:not([aria-disabled="true"])')

    def nothing() -> None:
        pass

    def period(name: str):
        return nothing, lambda: page.locator('[data-testid="stRadio"] label').filter(has_text=name).first.click()

    def choose(label: str, option: str):
        # the option whose label starts with the code ("IRN · Iran"): Enter would take the list's first
        # entry, which newer Streamlit makes "Select all" (of the filtered options)
        item = page.locator('[role="option"]').filter(has_text=re.compile(rf"^{re.escape(option)}\b"))

        def prepare() -> None:
            box = _multiselect(page, label)
            box.locator("input").click()
            box.locator("input").fill(option)  # filters the options: no rerun yet
            item.first.wait_for(timeout=30_000)
        return prepare, lambda: item.first.click()

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

    # the periods in turn, starting after the one shown, so that every click changes it (a corpus of
    # years opens by month, a few months' corpus by week).  Waited for: read once right after a new
    # session's idle, the checked period was sometimes not found, and the steps then began with the
    # period already shown, a click that draws nothing new ("period: month: not idle after 60 s").
    page.wait_for_function(_SHOWN_PERIOD_JS, polling="raf", timeout=CHANGE_TIMEOUT * 1000)
    shown = page.evaluate(_SHOWN_PERIOD_JS)
    periods = ["month", "day", "week"]
    at = periods.index(shown) + 1
    steps = [*((f"period: {name}", *period(name)) for name in periods[at:] + periods[:at]),
             ("actor: choose", *choose("Actors", actor)), ("actor: clear", *clear("Actors")),
             ("pair: choose", *choose("Pairs", pair)), ("pair: clear", *clear("Pairs")),
             ("dates: 2 days", first_day(1), lambda: days.nth(2).click()),
             ("dates: 3 days", first_day(0), lambda: days.nth(2).click())]
    times = []
    for _ in range(rounds):
        for name, prepare, trigger in steps:
            prepare()
            page.evaluate(_MARK_JS)
            click_ms = page.evaluate("() => { window.__benchStates = []; return performance.now(); }")
            bytes_before, frames_before = received["bytes"], len(received.get("at", []))
            t0 = time.perf_counter()
            trigger()
            try:
                # Every step reruns the script: idle counts only once the page has seen the script state
                # change.  Without this, a view seen before (its figure already different from the one
                # marked) could pass for idle before its rerun began, timed at 0.02 s ("actor: clear").
                page.wait_for_function(_RERUN_SEEN_JS, polling="raf", timeout=CHANGE_TIMEOUT * 1000)
                total = wait_idle(page, True, CHANGE_TIMEOUT) - t0
                frames = [t - t0 for t in received.get("at", [])[frames_before:] if t - t0 <= total]
                split = _split(click_ms, page.evaluate("() => window.__benchStates"), total, frames)
                times.append((name, total, {**split, "bytes": received["bytes"] - bytes_before}))
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


def analysed_line(log: Path) -> str:
    """The dashboard's own account of its first open's server stages (dashboard.corpus), "" when absent."""
    text = log.read_text(errors="replace") if log.is_file() else ""
    found = re.findall(r"tension-tracker corpus analysed: (.*)", text)
    return found[-1].strip() if found else ""


def measure(browser, app: Path, corpus: Path, args, log: Path) -> dict:
    """Cold open, new sessions, new tabs and filter changes of one checkout's dashboard on ``corpus``."""
    started = time.perf_counter()
    # another checkout is only read: no bytecode written into it
    env = None if app == DASHBOARD else {"PYTHONDONTWRITEBYTECODE": "1"}
    with streamlit_server(["--corpus", str(corpus)], log=log, app=app, env=env, cwd=app.parent.parent) as (_, base):
        healthy = time.perf_counter() - started
        cold = cold_open(browser, base)
        warm, page, context = new_sessions(browser, base, args.sessions)
        changes = filter_changes(page, args.changes, args.actor, args.pair)
        context.close()
        tabs = new_tabs(browser, base, args.sessions)
    return {"healthy": healthy, "cold": cold, "warm": warm, "tabs": tabs, "changes": changes,
            "server": analysed_line(log)}


def _sessions_text(times: list[dict]) -> str:
    seconds = [t["seconds"] for t in times]
    return (f"median {statistics.median(seconds):.2f} s ({', '.join(f'{t:.2f}' for t in seconds)}); the script done "
            f"at {statistics.median(t['script'] for t in times):.2f} s, {statistics.median(t['received'] for t in times):,.0f}"
            " bytes received")


def report(name: str, result: dict, cli: float, floor: list[dict], floor_tabs: list[dict], changes_rounds: int) -> None:
    cold = result["cold"]
    ratio = cold["seconds"] / cli
    seen = (f"progress shown from {cold['progress_first']:.1f} s: " + " | ".join(cold["progress_texts"][:3])
            + (" ... " + cold["progress_texts"][-1] if len(cold["progress_texts"]) > 3 else "")
            if cold["progress_first"] is not None else "no progress shown")
    print(f"== {name}")
    print(f"cold first open: {cold['seconds']:.1f} s = {ratio:.2f} x the command line (target <= "
          f"{COLD_RATIO_TARGET}); {seen}")
    done = f"{cold['script_done']:.1f} s" if cold["script_done"] is not None else "not seen"
    print(f"  server healthy {result['healthy']:.1f} s after its start; the script done at {done}, drawn and idle at "
          f"{cold['seconds']:.1f} s; {cold['received']:,} bytes received")
    if result["server"]:
        print(f"  the server's stages: {result['server']}")
    warm = statistics.median(t["seconds"] for t in result["warm"])
    tabs = statistics.median(t["seconds"] for t in result["tabs"])
    against, tabs_against = "", ""
    if floor:
        against = f"; {warm / statistics.median(t['seconds'] for t in floor):.2f} x the floor"
        tabs_against = f"; {tabs / statistics.median(t['seconds'] for t in floor_tabs):.2f} x the floor's"
    print(f"new session on the warm server (new visitor): {_sessions_text(result['warm'])}{against} "
          f"(target <= {WARM_TARGET} s)")
    print(f"new session as a new tab (browser cache warm): {_sessions_text(result['tabs'])}{tabs_against}")
    changes = result["changes"]
    seconds = [s for _, s, _ in changes]
    print(f"filter change, click to idle ({len(seconds)} changes): p50 {statistics.median(seconds):.2f} s, "
          f"p95 {percentile(seconds, 0.95):.2f} s, max {max(seconds):.2f} s (target <= {CHANGE_TARGET} s)")
    per_round = len(seconds) // max(1, changes_rounds)
    if changes_rounds > 1:
        first, later = seconds[:per_round], seconds[per_round:]
        print(f"  first round (new states, and undos back to one seen): p50 {statistics.median(first):.2f} s, "
              f"max {max(first):.2f} s; later rounds (every state seen before): p50 {statistics.median(later):.2f} s, "
              f"max {max(later):.2f} s")
    by_kind: dict[str, list[float]] = {}
    for kind, sec, _ in changes:
        by_kind.setdefault(kind, []).append(sec)
    print("  " + ", ".join(f"{kind} {statistics.median(v):.2f}" for kind, v in by_kind.items()))
    for label, part in (("first round", changes[:per_round]), ("later rounds", changes[per_round:])):
        splits = [split for _, _, split in part if "rerun" in split]
        if splits:
            print(f"  {label}, median split: until the rerun starts "
                  f"{statistics.median(x['to_rerun'] for x in splits):.2f} s, the rerun and its drawing until the page "
                  f"took its last message {statistics.median(x['rerun'] for x in splits):.2f} s, drawing after it "
                  f"{statistics.median(x['after'] for x in splits):.2f} s; "
                  f"{statistics.median(x['bytes'] for x in splits):,.0f} bytes received")
    print("  each change: " + "; ".join(
        f"{kind} {sec:.2f} = {split.get('to_rerun', 0):.2f}+{split.get('rerun', 0):.2f}+{split.get('after', 0):.2f}"
        f" ({split.get('bytes', 0) / 1000:.0f} kB)" for kind, sec, split in changes))


def _cpu_seconds(pid: int) -> float:
    """A process's user and system CPU time (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed_session(browser, base: str, server_pid: int, network: tuple[float, float] | None) -> dict:
    """One new visitor (new_session), with the CPU its renderer process and the server spent on it."""
    before = _cpu_seconds(server_pid)
    timing, page, context = new_session(browser, base, network=network)
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    context.close()
    return {**timing, "renderer_cpu": metrics.get("ProcessTime", float("nan")),
            "server_cpu": _cpu_seconds(server_pid) - before}


def interleaved(browser, corpus: Path, args) -> None:
    """New sessions of this checkout, --compare's and the floor page, alternated round by round."""
    apps = [("compared", args.compare.resolve())] if args.compare else []
    apps.append(("this checkout", ROOT))
    times: dict[str, list[dict]] = {}
    with contextlib.ExitStack() as stack:
        bases = {}
        for name, root in apps:
            env = None if root == ROOT else {"PYTHONDONTWRITEBYTECODE": "1"}
            server, base = stack.enter_context(streamlit_server(["--corpus", str(corpus)], app=root / "dashboard" / "app.py",
                                                                env=env, cwd=root))
            cold_open(browser, base)  # the analysis, and a first session
            bases[name] = (server.pid, base)
        if args.floor > 0:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench_floor_")))
            (folder / "floor_app.py").write_text(FLOOR_APP, encoding="utf-8")
            server, base = stack.enter_context(streamlit_server(app=folder / "floor_app.py"))
            new_session(browser, base)[2].close()
            bases["floor"] = (server.pid, base)
        print(f"servers warm; load average {load_average()}", flush=True)
        names = list(bases)
        for round_ in range(args.interleave):
            for name in names if round_ % 2 == 0 else names[::-1]:
                times.setdefault(name, []).append(_timed_session(browser, bases[name][1], bases[name][0],
                                                                 args.throttle))
    for name, rows in times.items():
        print(f"{name}: new session {_sessions_text(rows)}; renderer CPU median "
              f"{statistics.median(r['renderer_cpu'] for r in rows):.2f} s, server CPU median "
              f"{statistics.median(r['server_cpu'] for r in rows):.2f} s")
    if "compared" in times:
        pairs = list(zip(times["compared"], times["this checkout"], strict=True))
        gains = [a["seconds"] - b["seconds"] for a, b in pairs]
        print(f"this checkout against the compared one, round by round: median gain {statistics.median(gains):+.2f} s "
              f"({', '.join(f'{g:+.2f}' for g in gains)}); faster in {sum(g > 0 for g in gains)} of {len(gains)}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; --corpus and --compare made absolute, as each server runs in its own checkout (a
    relative corpus read from the compared checkout's folder was no corpus: its page empty, 18 kB)."""
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
    parser.add_argument("--compare", type=Path, default=None,
                        help="another checkout of the project (e.g. main's worktree): its dashboard is measured "
                             "first, on the same corpus in the same browser, for a before/after in one run")
    parser.add_argument("--server-log", type=Path, default=None, help="keep the server's output in this file")
    parser.add_argument("--interleave", type=int, default=0,
                        help="only new sessions: N rounds alternating this checkout, --compare's and the floor page")
    parser.add_argument("--throttle", type=lambda text: tuple(float(x) for x in text.split(",")), default=None,
                        metavar="MBIT,MS", help="with --interleave: the visitor's link as Chromium emulates it, "
                                                "e.g. 20,40 (20 Mbit/s, 40 ms)")
    args = parser.parse_args(argv)
    args.corpus = args.corpus.resolve() if args.corpus is not None else None
    args.compare = args.compare.resolve() if args.compare is not None else None
    return args


def main() -> None:
    args = parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="bench_browser_"))
    corpus = args.corpus
    if corpus is None:
        corpus = folder / "newswire.jsonl"
        write_newswire(args.articles, corpus)
    articles, first, last = corpus_facts(corpus)
    print(f"corpus: {corpus} ({articles} articles, {first} to {last}); load average before: {load_average()}")
    if args.interleave > 0:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                interleaved(browser, corpus, args)
            finally:
                browser.close()
        print(f"load average after: {load_average()}")
        return
    cli = time_cli(corpus, args.workers)
    print(f"command line `python -m analysis run` (--workers {args.workers}): {cli:.1f} s")
    apps = [(f"compared: {args.compare}", args.compare.resolve() / "dashboard" / "app.py")] if args.compare else []
    apps.append((f"this checkout: {ROOT}", DASHBOARD))
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for i, (name, app) in enumerate(apps):
                log = args.server_log if args.server_log and i == len(apps) - 1 else folder / f"server{i}.log"
                results.append((name, measure(browser, app, corpus, args, log)))
                print(f"  ({name} measured; load average {load_average()})", flush=True)
            floor, floor_tabs = floor_sessions(browser, args.floor, None) if args.floor > 0 else ([], [])
            floor_small = floor_changes(browser, 0, args.changes, None) if args.floor > 0 else []
            floor_panels = floor_changes(browser, 6, args.changes, None) if args.floor > 0 else []
        finally:
            browser.close()
    if floor:
        print(f"floor: a one-chart Streamlit page, new session: {_sessions_text(floor)}")
        print(f"floor as a new tab (browser cache warm): {_sessions_text(floor_tabs)}")
        for what, times in (("one small chart", floor_small), ("a six-panel chart shaped like the timeline",
                                                                 floor_panels)):
            print(f"floor filter change (a period radio, {what}; {len(times)} changes): p50 "
                  f"{statistics.median(times):.2f} s, p95 {percentile(times, 0.95):.2f} s "
                  f"({', '.join(f'{t:.2f}' for t in times)})")
    for name, result in results:
        report(name, result, cli, floor, floor_tabs, args.changes)
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
