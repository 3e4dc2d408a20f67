"""When each part of a new session's page first appears, for two dashboards served side by side, interleaved.

    python -m benchmarks.first_seen http://localhost:8501 http://localhost:8502 --rounds 10

Each session is a new browser context (no cached chunks: a new visitor), on a server already warm
(open each URL once before).  A MutationObserver stamps the first moment each part is in the page
(ms from navigation); the two URLs alternate which goes first, round by round.  Printed: each part's
median per URL and the median paired gain of the second over the first.  Why: the key figures (st.metric)
are lazily loaded chunks that a new visitor saw as grey placeholders after the chart (docs/NOTEBOOK.md, ui21).
"""

from __future__ import annotations

import argparse
import statistics

from benchmarks.streamlit_server import CHROMIUM, CHROMIUM_ARGS

PARTS = {"title": "h1", "key figures": '.st-key-key_figures [data-testid="stMetricValue"]',
         "chart": ".js-plotly-plot .main-svg .scatterlayer .trace", "radio": '[data-testid="stRadio"]',
         "date input": '[data-testid="stSidebar"] [data-testid="stDateInput"]',
         "multiselect": '[data-testid="stSidebar"] [data-testid="stMultiSelect"]',
         "downloads": '[data-testid="stDownloadButton"]'}
STAMP = """(parts => {
    window.__seen = {};
    new MutationObserver(() => {
        for (const [name, selector] of Object.entries(parts))
            if (!(name in window.__seen) && document.querySelector(selector)) window.__seen[name] = performance.now();
    }).observe(document, {subtree: true, childList: true, attributes: true});
})(%s);"""
DONE = ("() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === "
        "'notRunning' && document.querySelector('[data-testid=\"stDownloadButton\"]')")


def session(browser, url: str) -> dict[str, float]:
    import json

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.add_init_script(STAMP % json.dumps(PARTS))
        page.goto(url)
        page.wait_for_function(DONE, timeout=300_000)
        page.wait_for_timeout(1500)  # parts drawn after the run's end
        return page.evaluate("() => window.__seen")
    finally:
        context.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", help="base URL of the first dashboard (A)")
    parser.add_argument("second", help="base URL of the second dashboard (B)")
    parser.add_argument("--rounds", type=int, default=10, help="sessions of each, interleaved (default 10)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    seen: dict[str, list[dict[str, float]]] = {args.first: [], args.second: []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for r in range(args.rounds):
            for url in (args.first, args.second) if r % 2 == 0 else (args.second, args.first):
                seen[url].append(session(browser, url))
        browser.close()
    a, b = seen[args.first], seen[args.second]
    print(f"{'first seen (ms)':14s} {'A':>7s} {'B':>7s}  B earlier by (paired median), in")
    for part in PARTS:
        pairs = [(x[part], y[part]) for x, y in zip(a, b) if part in x and part in y]
        if not pairs:
            continue
        gains = [x - y for x, y in pairs]
        print(f"{part:14s} {statistics.median(x for x, _ in pairs):7.0f} {statistics.median(y for _, y in pairs):7.0f}"
              f"  {statistics.median(gains):6.0f}  {sum(g > 0 for g in gains)} of {len(gains)}")


if __name__ == "__main__":
    main()
