"""The dashboard in a real browser: Debian's Chromium driven by Playwright against `streamlit run`.

Marked `browser`.  Outside CI they skip when /usr/bin/chromium is missing; in CI (CI=true) they
fail instead, so a missing browser can never pass for a green run (`make test` installs it).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.streamlit_server import streamlit_server
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts"
FIRST_PLOT_POINTS = "document.querySelector('.js-plotly-plot').querySelectorAll('.scatterlayer .trace .points path').length"


@contextmanager
def _serve(corpus: Path | None, logs: list[Path] | None = None) -> Iterator[str]:
    """`streamlit run` on ``corpus`` (None: the seeds), on a free port; yields its base URL.  ``logs``
    receives the path of the server's log, for a test to show when the page does not come."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing: `make test` installs it with apt-get")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    env = {} if corpus is None else {"TENSION_TRACKER_CORPUS": str(corpus)}
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "streamlit.log"
        if logs is not None:
            logs.append(log)
        started = False
        try:
            with streamlit_server(env=env, unset=("TENSION_TRACKER_CORPUS", "TENSION_TRACKER_DB"), log=log,
                                  timeout=60) as (_, base):
                started = True
                yield base
        except RuntimeError:
            if started:
                raise
            pytest.fail("streamlit did not become healthy:\n" + log.read_text(errors="replace")[-2000:])


@pytest.fixture(scope="module")
def server(corpus_dir):
    with _serve(corpus_dir) as base:
        yield base


@pytest.fixture(scope="module")
def seed_server():
    with _serve(None) as base:
        yield base


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield chromium
        chromium.close()


def _open(browser, url, width=1500, accept_downloads=False):
    page = browser.new_page(viewport={"width": width, "height": 1100}, accept_downloads=accept_downloads)
    page.goto(url)
    # The first page waits for the corpus's analysis, in worker processes: slow on a loaded machine.
    page.get_by_text("Pair mentions").first.wait_for(timeout=180_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=180_000)
    return page


def _wait_for_a_drawn_chart(page) -> None:
    """Until the run has ended and a chart with data is shown (not the first paint's blank one)."""
    page.get_by_text("Showing the article").first.wait_for(timeout=60_000)  # the automatic article's caption
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && (g.data || []).length && !(g.layout?.title?.text || '').includes('appear here'))",
                           timeout=90_000)


def _points(page) -> int:
    return page.locator(".js-plotly-plot").first.locator(".scatterlayer .trace .points path").count()


def test_loads_filter_updates_chart_and_url_and_link_reproduces_view(browser, server):
    page = _open(browser, server)
    # the first chart on the page is the first paint's blank one until the run ends (dashboard/first_paint.py):
    # read the timeline's points once it has replaced it (one CI run read the blank chart's 0)
    page.wait_for_function(f"() => {FIRST_PLOT_POINTS} > 0", timeout=90_000)
    weekly = _points(page)
    page.get_by_text("day", exact=True).click()
    page.wait_for_function("() => location.search.includes('period=D')", timeout=90_000)
    page.wait_for_function(f"() => {FIRST_PLOT_POINTS} !== {weekly}", timeout=90_000)
    daily = _points(page)
    assert daily > weekly  # two articles in one week are two days
    link = page.url
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    other = _open(browser, link)
    assert "period=D" in other.url
    assert other.get_by_role("radio", name="day").is_checked()
    other.wait_for_function(f"() => {FIRST_PLOT_POINTS} === {daily}", timeout=90_000)
    page.close()
    other.close()


def _shown_after_a_history_step(page, period: str, chart: str, search: str) -> None:
    """Until the run the browser's Back or Forward started has drawn ``period`` and ``chart`` and ended; then the
    address bar must still say ``search``: before, the run wrote the session's view back over the entry."""
    from playwright.sync_api import expect

    expect(page.get_by_role("radio", name=chart, exact=True)).to_be_checked(timeout=60_000)
    expect(page.get_by_role("radio", name=period, exact=True)).to_be_checked(timeout=60_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.wait_for_timeout(500)  # the rewrite came 0.3 s after the step
    assert page.evaluate("() => location.search") == search
    assert page.get_by_role("radio", name=chart, exact=True).is_checked()


def test_back_and_forward_move_between_the_views_seen(browser, server):
    """A filter change and two chart changes are three history entries; Back and Forward show each entry's view
    (the URL's state is the view).  Before, Back changed the address bar for 0.3 s and the heatmap stayed."""
    import streamlit
    from packaging.version import Version

    if Version(streamlit.__version__) < Version("1.65"):
        pytest.skip(f"Streamlit {streamlit.__version__} reruns on Back with the query string the app last wrote")
    page = _open(browser, server)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    radio = page.locator('[data-testid="stMain"] [data-testid="stRadio"]')
    steps = [("day", "?period=D"), ("Network", "?period=D&chart=network"), ("Heatmap", "?period=D&chart=heatmap")]
    for name, search in steps:
        (radio.get_by_text(name, exact=True) if name != "day" else page.get_by_text("day", exact=True)).click()
        page.wait_for_function("search => location.search === search", arg=search, timeout=90_000)
        page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.go_back()
    _shown_after_a_history_step(page, "day", "Network", "?period=D&chart=network")
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && (g.layout?.title?.text || '').includes('Actor network'))", timeout=90_000)
    page.go_back()
    _shown_after_a_history_step(page, "day", "Over time", "?period=D")
    page.go_back()
    _shown_after_a_history_step(page, "week", "Over time", "")
    page.go_forward()
    _shown_after_a_history_step(page, "day", "Over time", "?period=D")
    page.go_forward()
    page.go_forward()
    _shown_after_a_history_step(page, "day", "Heatmap", "?period=D&chart=heatmap")
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && (g.layout?.title?.text || '').includes('Mean tension'))", timeout=90_000)
    page.close()


def test_hostile_article_text_shows_as_text_and_runs_nothing(browser, server, corpus_dir):
    from analysis import load_articles

    hostile = load_articles(corpus_dir / "xss.txt").articles.iloc[0]["article_id"]
    page = _open(browser, f"{server}/?article={hostile}")
    page.get_by_text("window.__xss = 1", exact=False).first.wait_for(timeout=90_000)
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("script:has-text('__xss')").count() == 0
    assert page.locator("img[onerror]").count() == 0
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "hostile-article.png"), full_page=True)
    page.close()


def test_a_script_in_the_link_is_dropped_with_a_notice(browser, server):
    page = _open(browser, f"{server}/?pairs=%3Cscript%3Ewindow.__xss%3D3%3C/script%3E&period=%3Cimg%20src=x%3E")
    page.get_by_text("Link: dropped unknown pairs").wait_for(timeout=90_000)
    assert page.evaluate("() => window.__xss") is None
    page.close()


def test_a_links_values_in_its_notices_are_text_not_links(browser, server):
    """Streamlit renders a warning as Markdown: "?cats=[x](//ev.il)" put a link to click in the link's notice, and
    a bare "www.ev.il" was linked too.  One box says all the notices, a line each, and links nowhere."""
    page = _open(browser, f"{server}/?cats=%5Bx%5D(//ev.il)&pairs=www.ev.il&sources=http://ev.il&sentence=3",
                 width=900)
    page.get_by_text("Link: dropped unknown cue categories").wait_for(timeout=90_000)
    alerts = page.locator("[data-testid=stAlert]", has_text="Link: ")
    assert alerts.count() == 1 and alerts.locator("a").count() == 0
    text = alerts.inner_text().replace("\u200b", "")
    for line in ("Link: dropped unknown cue categories ([x](//ev.il)).", "Link: dropped unknown pairs (www.ev.il).",
                 "Link: dropped unknown sources (http://ev.il).",
                 "Link: dropped sentence 3: a sentence is numbered within its article, and the link names no article."):
        assert line in text, text
    page.close()


# Where a trace's point sits on the page, for the visible chart whose title starts with `title`.
_POINT_XY = """([title, traceName, pair]) => {
    const gd = [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => g.offsetParent !== null && (g.layout?.title?.text || '').includes(title));
    const trace = gd.data.find(t => t.name === traceName);
    const i = trace.customdata.findIndex(c => c[0] === pair);
    const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
    return [box.left + gd._fullLayout.xaxis.d2p(trace.x[i]), box.top + gd._fullLayout.yaxis.d2p(trace.y[i])];
}"""


@pytest.mark.parametrize(("tab", "title", "trace"), [("Heatmap", "Mean tension", "cells"),
                                                     ("Network", "Actor network", "pairs")])
def test_clicking_a_heatmap_cell_or_a_network_edge_opens_its_article(browser, server, tab, title, trace):
    page = _open(browser, server)
    page.get_by_text("this view's most mentioned pair").wait_for(timeout=60_000)
    assert page.get_by_text("Russian forces attacked Ukraine").count() == 0  # another article opens first
    page.locator('[data-testid="stMain"] [data-testid="stRadio"]').get_by_text(tab, exact=True).click()
    page.wait_for_function("() => location.search.includes('chart=')", timeout=90_000)  # the choice is in the link
    page.wait_for_function(f"() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           f" && (g.layout?.title?.text || '').includes('{title}'))", timeout=90_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)  # (as for the bubble below: no place read mid-run)
    x, y = page.evaluate(_POINT_XY, [title, trace, "RUS-UKR"])
    page.mouse.move(x, y)
    page.locator(".hoverlayer").get_by_text("RUS-UKR · Russia–Ukraine").first.wait_for(timeout=90_000)  # the hover
    page.mouse.click(x, y)
    page.get_by_text("Russian forces attacked Ukraine").first.wait_for(timeout=60_000)
    page.wait_for_function("() => location.search.includes('article=')", timeout=90_000)
    # the article is read for the pair clicked, and the link says so
    page.wait_for_function("() => location.search.includes('about=RUS-UKR')", timeout=90_000)
    page.get_by_text("Read for RUS-UKR").first.wait_for(timeout=60_000)
    if tab == "Heatmap":  # the pair's two cells framed, as wide as the cells (figures.tension_heatmap._cell_frames)
        page.wait_for_function("""() => [...document.querySelectorAll('.js-plotly-plot')].some(g =>
            g.offsetParent !== null && (g.layout.shapes || []).length === 2)""", timeout=60_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"click-{tab.lower()}.png"), full_page=True)
    page.close()


@pytest.fixture(scope="module")
def nested_server(tmp_path_factory):
    """RUS-UKR named in nine articles and IND-PAK in one, by the same words: IND-PAK's bubble sits on RUS-UKR's
    centre (WCEP's SOM-USA lay so on RUS-UKR's)."""
    folder = tmp_path_factory.mktemp("nested")
    for day in range(6, 15):
        # a second sentence of its own, naming no pair: identical articles are merged as duplicates
        (folder / f"r{day}.txt").write_text(f" date 2025-01-{day:02d} Russian forces attacked Ukraine, killing "
                                            f"civilians. Report number {day}.\nSource: Wire A", encoding="utf-8")
    (folder / "p.txt").write_text(" date 2025-01-20 Indian forces attacked Pakistan, killing civilians.\nSource: Wire B",
                                  encoding="utf-8")
    with _serve(folder) as base:
        yield base


# Where a scatter bubble's centre sits on the page (its x and y as Plotly computed them: the trace sends them packed).
_BUBBLE_XY = """(pair) => {
    const gd = [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => g.offsetParent !== null && (g.layout?.title?.text || '').includes('Sentiment'));
    const k = gd._fullData.findIndex(t => t.name === 'pairs');
    const point = gd.calcdata[k].find(p => gd._fullData[k].customdata[p.i][0] === pair);
    const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
    return [box.left + gd._fullLayout.xaxis.c2p(point.x), box.top + gd._fullLayout.yaxis.c2p(point.y)];
}"""


def test_clicking_the_centre_of_the_largest_bubble_opens_its_own_pair(browser, nested_server):
    page = _open(browser, f"{nested_server}/?chart=scatter")
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && (g.layout?.title?.text || '').includes('Sentiment'))", timeout=90_000)
    # the run done first: a bubble's place read while later elements still arrive may move before the click (a
    # lowest-releases CI run clicked beside it), and the hover label is Plotly's own, not the same words elsewhere
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    x, y = page.evaluate(_BUBBLE_XY, "RUS-UKR")
    page.mouse.move(x, y)
    page.locator(".hoverlayer").get_by_text("RUS-UKR · Russia–Ukraine").first.wait_for(timeout=90_000)
    page.mouse.click(x, y)
    page.wait_for_function("() => location.search.includes('about=')", timeout=90_000)
    assert "about=RUS-UKR" in page.evaluate("() => location.search")
    page.close()


# Where a timeline trace's point sits on the page: the trace's own panel (its x and y axes).
_TIMELINE_POINT_XY = """([traceName, type]) => {
    const gd = [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => g.offsetParent !== null && (g.layout?.title?.text || '').includes('Tension index'));
    gd.scrollIntoView({block: 'center'});  // a lower panel may start below the window
    const k = gd._fullData.findIndex(t => t.name === traceName && t.type === type);
    const trace = gd._fullData[k];
    const point = gd.calcdata[k].find(p => Number.isFinite(p.y) && p.y > 0);  // x and y already as numbers
    const axis = name => gd._fullLayout[name[0] + 'axis' + name.slice(1)];
    const xa = axis(trace.xaxis || 'x'), ya = axis(trace.yaxis || 'y');
    const box = gd.querySelector('.main-svg').getBoundingClientRect();
    return [box.left + xa._offset + xa.l2p(point.x), box.top + ya._offset + ya.l2p(point.y) + (type === 'bar' ? 4 : 0)];
}"""


@pytest.mark.parametrize("period", ["W", "D"])
def test_clicking_a_point_in_a_timeline_panel_opens_its_article(browser, server, period):
    """By week, and by day, where a pair's series is mostly quiet days: the line crosses them without
    markers and the points on the days naming the pair carry the hover and the click."""
    page = _open(browser, f"{server}/?period={period}")
    page.get_by_text("this view's most mentioned pair").wait_for(timeout=60_000)
    assert page.get_by_text("Russian forces attacked Ukraine").count() == 0  # another article opens first
    page.get_by_text("Russia–Ukraine").first.wait_for(timeout=90_000)  # the panel's title names the pair
    _click_timeline_point(page, "RUS-UKR", page.get_by_text("Russian forces attacked Ukraine"))
    page.wait_for_function("() => location.search.includes('article=')", timeout=90_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"click-timeline-{period}.png"), full_page=True)
    page.close()


# The axis labels of every chart drawn that stand partly outside their chart (and so are cut off).
_LABELS_OUTSIDE = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .filter(g => g.offsetParent !== null && (g.data || []).length)
    .flatMap(g => {
        const box = g.querySelector('svg.main-svg').getBoundingClientRect();
        return [...g.querySelectorAll('g[class$="tick"] text')].filter(t => {
            const r = t.getBoundingClientRect();
            return r.width && (r.left < box.left - 1 || r.right > box.right + 1
                               || r.top < box.top - 1 || r.bottom > box.bottom + 1);
        }).map(t => `${(g.layout?.title?.text || '').slice(0, 30)}: ${t.textContent}`);
    })"""


@pytest.mark.parametrize("view", ["period=M", "period=W", "period=D", "overlay=RUS-UKR,CHN-JPN", "chart=network",
                                  "chart=heatmap", "chart=scatter"])
def test_no_chart_cuts_off_its_axis_labels(browser, server, view):
    page = _open(browser, f"{server}/?{view}")
    _wait_for_a_drawn_chart(page)
    assert page.evaluate(_LABELS_OUTSIDE) == []
    page.close()


# Every text of every chart drawn (titles, labels, annotations) that reaches past its chart's edges, where Plotly
# clips it; and the neighbouring tick labels of one axis that lie over each other (slanted ones: parallel
# boxes overlap when their distance across their slant is under a line's height).
_TEXT_PAST_THE_EDGE = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .filter(g => g.offsetParent !== null && (g.data || []).length)
    .flatMap(g => {
        const box = g.querySelector('svg.main-svg').getBoundingClientRect();
        return [...g.querySelectorAll('svg.main-svg text')].filter(t => {
            const r = t.getBoundingClientRect();
            return r.width && (r.left < box.left - 1 || r.right > box.right + 1);
        }).map(t => t.textContent.slice(0, 60));
    })"""
_TICKS_OVERLAPPING = r"""() => [...document.querySelectorAll('.js-plotly-plot')]
    .filter(g => g.offsetParent !== null && (g.data || []).length)
    .flatMap(g => [...g.querySelectorAll('g.xaxislayer-above, g.yaxislayer-above')].flatMap(layer => {
        const texts = [...layer.querySelectorAll('g[class$="tick"] text')].filter(t => t.getBoundingClientRect().width);
        // where a label is anchored (its rotation's centre), on the page
        const anchor = t => new DOMPoint(+t.getAttribute('x') || 0, +t.getAttribute('y') || 0)
            .matrixTransform(t.getScreenCTM());
        return texts.slice(1).map((b, i) => [texts[i], b]).filter(([a, b]) => {
            const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
            const turned = (a.getAttribute('transform') || '').match(/rotate\((-?[\d.]+)/);
            const angle = turned ? parseFloat(turned[1]) * Math.PI / 180 : 0;
            if (Math.abs(angle) > 0.01) {  // parallel slanted lines: their distance across the slant
                const lines = Math.max(1, a.querySelectorAll('tspan.line').length, b.querySelectorAll('tspan.line').length);
                const pa = anchor(a), pb = anchor(b);
                const across = Math.abs((pb.x - pa.x) * Math.sin(angle) - (pb.y - pa.y) * Math.cos(angle));
                return across < (0.95 + 1.3 * (lines - 1)) * parseFloat(getComputedStyle(a).fontSize);
            }
            return !(ra.right <= rb.left || rb.right <= ra.left || ra.bottom <= rb.top || rb.bottom <= ra.top);
        }).map(([a, b]) => `${a.textContent} / ${b.textContent}`);
    }))"""


def _settled(page) -> None:
    """Wait (up to 15 s) until every chart's text is inside it and no tick labels overlap: a chart is first laid
    out at another width, then resized to its column, and read in between it showed labels past its edge."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):  # the asserts after it say what stayed wrong
        page.wait_for_function(f"() => ({_TEXT_PAST_THE_EDGE})().length + ({_TICKS_OVERLAPPING})().length === 0",
                               timeout=15_000)


@pytest.mark.parametrize("view", ["chart=network", "chart=heatmap", "chart=scatter", "period=W",
                                  "overlay=RUS-UKR,CHN-JPN"])
def test_at_an_800_px_window_no_chart_clips_its_text_or_piles_its_labels(browser, server, view):
    """The chart has about 470 px at an 800 px window (the sidebar open, the source text under it): the
    network's, the heatmap's and the scatter's one-line titles ran past its right edge and were clipped
    ("…their 24 stronges", "…most mentions, mos", "…click a bubble t")."""
    page = _open(browser, f"{server}/?{view}", width=800)
    _wait_for_a_drawn_chart(page)
    _settled(page)
    assert page.evaluate(_TEXT_PAST_THE_EDGE) == []
    assert page.evaluate(_TICKS_OVERLAPPING) == []
    page.close()


@pytest.mark.parametrize("view", ["period=M", "period=W", "chart=scatter", "overlay=RUS-UKR,CHN-JPN"])
def test_at_a_900_px_window_no_chart_clips_its_text(browser, server, view):
    """At a 900 px window the source text stays beside the charts, which get 440 px, less than at 800 px: the
    timeline's first title line, "Tension index of the 6 pairs ranked first by mentions and largest move",
    was clipped at "largest m" on the WCEP news."""
    page = _open(browser, f"{server}/?{view}", width=900)
    _wait_for_a_drawn_chart(page)
    _settled(page)
    assert page.evaluate(_TEXT_PAST_THE_EDGE) == []
    assert page.evaluate(_TICKS_OVERLAPPING) == []
    page.close()


def test_at_a_900_px_window_overlaid_lines_keep_most_of_the_chart_width(browser, server):
    """The overlay's end labels took 190 px of the 440 the chart has at a 900 px window: the lines had 170."""
    page = _open(browser, f"{server}/?overlay=RUS-UKR,CHN-JPN", width=900)
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && ((g.layout.title || {}).text || '').includes('chosen pairs'))", timeout=90_000)
    _settled(page)
    share = page.evaluate("""() => { const g = [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => g.offsetParent !== null && ((g.layout.title || {}).text || '').includes('chosen pairs'));
        return g._fullLayout._size.w / g._fullLayout.width; }""")
    assert share >= 0.55
    page.close()


def test_at_an_800_px_window_the_seeds_one_period_chart_keeps_its_title_whole(browser, seed_server):
    """"Tension index in the week of 2025-11-24, the only period (95 % interval)" was clipped at "(95 %"."""
    page = _open(browser, seed_server, width=800)
    page.get_by_text("the only period").first.wait_for(timeout=90_000)
    _settled(page)
    assert page.evaluate(_TEXT_PAST_THE_EDGE) == []
    assert page.evaluate(_TICKS_OVERLAPPING) == []
    page.close()


def test_the_seeds_one_date_shows_one_bar_per_pair_and_opens_its_article(browser, seed_server):
    page = _open(browser, seed_server)
    page.get_by_text("One period only").wait_for(timeout=60_000)
    page.get_by_text("the only period").first.wait_for(timeout=90_000)
    assert page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => (g.layout?.title?.text || '').includes('the only period'))._fullLayout.xaxis.type""") == "category"
    # every pair's slanted label whole inside the chart (a fixed bottom margin once cut them to "…Japan")
    assert page.evaluate(_LABELS_OUTSIDE) == []
    assert page.evaluate(_TICKS_OVERLAPPING) == []
    page.get_by_text("this view's most mentioned pair").wait_for(timeout=60_000)  # its article, open at once
    page.locator("table").first.wait_for(timeout=90_000)  # its sentences, drawn after the caption
    x, y = page.evaluate(_TIMELINE_POINT_XY, ["tension index", "bar"])
    page.mouse.click(x, y)
    page.wait_for_function("() => location.search.includes('article=')", timeout=90_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "seed-one-date.png"), full_page=True)
    page.close()


_RECORD_PROGRESS_TEXTS = """
window.__progressTexts = [];
new MutationObserver(() => {
  for (const bar of document.querySelectorAll('[data-testid="stProgress"]')) {
    const text = bar.innerText.trim();
    if (text && !window.__progressTexts.includes(text)) window.__progressTexts.push(text);
  }
  if (window.__barBeforeFigures === undefined
      && [...document.querySelectorAll('.js-plotly-plot')].some(g => (g.data || []).length))
    window.__barBeforeFigures = window.__progressTexts.length > 0;
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
"""


def test_the_first_open_shows_the_analysis_progress_then_the_figures(browser, tmp_path):
    """A corpus of a few thousand newswire articles takes seconds to analyse: long enough that the
    first visitor must see a progress bar, not a blank page, and then the figures."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from benchmarks.make_corpus import write_newswire

    # 6,000, not 2,000: one lowest-releases CI run analysed 2,000 in 0.8 s and its page never drew the
    # bar (its log and page text showed the analysis done); a bar that lives a few seconds is what
    # a user waiting on a real corpus sees, and what this test is about
    write_newswire(6000, tmp_path / "newswire.jsonl")
    logs: list[Path] = []
    with _serve(tmp_path, logs) as base:
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        # Every text the bar ever shows, recorded in the page as it renders: polling from here can miss
        # a stage that a fast machine passes in less than one round trip (CI saw only the last stage).
        page.add_init_script(_RECORD_PROGRESS_TEXTS)
        page.goto(base)
        bar = page.locator('[data-testid="stProgress"]')
        # the bar as the page recorded it, not as this process polls it: a fast analysis (the lowest
        # releases' CI run) can show and remove it between two polls
        try:
            page.wait_for_function("() => window.__progressTexts.length > 0", timeout=60_000)
        except PlaywrightTimeout:
            # (one lowest-releases CI run timed out here and passed on a rerun: what the page and the
            # server showed is what the next such failure must say)
            pytest.fail("no progress bar within 60 s; the page shows "
                        f"{page.inner_text('body')[:1500]!r}; the server's log ends "
                        f"{logs[0].read_text(errors='replace')[-3000:]!r}")
        page.locator(".js-plotly-plot").first.wait_for(timeout=180_000)
        page.get_by_text("Pair mentions").first.wait_for(timeout=180_000)
        bar.first.wait_for(state="detached", timeout=60_000)
        # the bar came before the figures (read as the page rendered: on a fast machine the figures
        # may already be drawn by the time the test looks)
        assert page.evaluate("() => window.__barBeforeFigures") is True
        # Any of the analysis's stages: the frontend may render only the last of messages that arrive
        # together (the lowest releases' CI run saw "Preparing the views…" alone)
        texts = page.evaluate("() => window.__progressTexts")
        stages = ("Reading the corpus", "articles scored", "Preparing the views")
        assert texts and all(any(stage in t for stage in stages) for t in texts), texts
        page.close()


_SCRIPT_DONE = ("() => document.querySelector('[data-testid=\"stApp\"]')"
                "?.getAttribute('data-test-script-state') === 'notRunning'")
# When the page opened its websocket: the chunks asked after it are the elements' own (lazily loaded), the
# ones before it Streamlit's page itself.
_STAMP_WEBSOCKET = """(() => {
    const Original = window.WebSocket;
    window.WebSocket = function (...args) {
        window.__websocketAt = window.__websocketAt ?? performance.now();
        return new Original(...args);
    };
    window.WebSocket.prototype = Original.prototype;
    Object.assign(window.WebSocket, Original);
})();"""
# How many of the elements' chunks were asked before the largest one, Plotly.js (its name differs
# between Streamlit releases: PlotlyChart.*.js, or index.*.js in 1.53).
_ASKED_BEFORE_PLOTLY = """() => {
    const lazy = performance.getEntriesByType('resource')
        .filter(r => r.name.endsWith('.js') && r.startTime >= window.__websocketAt);
    const plotly = lazy.reduce((a, b) => (b.decodedBodySize > a.decodedBodySize ? b : a));
    return {before: lazy.filter(r => r.startTime < plotly.startTime).map(r => r.name.split('/').pop()),
            plotly: plotly.name.split('/').pop(), size: plotly.decodedBodySize, lazy: lazy.length};
}"""


def test_a_new_session_asks_for_the_chart_script_before_the_widgets(browser, server):
    """Streamlit fetches Plotly.js (megabytes) when a chart element is first drawn; the sidebar's widgets
    are drawn before the main area, and their chunks used to queue ahead of it (about thirty of them).
    A blank chart at the sidebar's top (dashboard.first_paint) has it asked first, and is gone once the
    script has run.  (A first open shows a waiting chart at once: the session measured is a later one.)

    On a loaded machine the frontend may take the blank chart and its clearing in one render and never
    draw it (the lowest releases' CI run saw that once, with 36 chunks first): up to three new sessions
    are tried, and one must ask for Plotly first.  Without the blank chart none does."""
    _open(browser, server).close()
    tries = []
    for _ in range(3):
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        page.add_init_script(_STAMP_WEBSOCKET)
        page.goto(server)
        page.locator(".js-plotly-plot").first.wait_for(timeout=90_000)
        page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
        asked = page.evaluate(_ASKED_BEFORE_PLOTLY)
        assert asked["size"] > 1_000_000, asked  # Plotly.js, the largest of the elements' chunks
        tries.append(asked)
        if len(asked["before"]) <= 2:  # at most its own wrapper's chunks before it
            break
        page.close()
    assert len(tries[-1]["before"]) <= 2, tries
    page.get_by_text("Pair mentions").first.wait_for(timeout=90_000)
    assert page.locator('[data-testid="stSidebar"] .js-plotly-plot').count() == 0
    assert page.locator(".js-plotly-plot").count() == 1  # the timeline alone
    page.close()


# When the key figures' first value and the sidebar's date input are first in the page (performance.now()).
_STAMP_FIRST_SEEN = """(() => {
    window.__seen = {};
    const parts = {figures: '.st-key-key_figures [data-testid="stMetricValue"]',
                   dates: '[data-testid="stSidebar"] [data-testid="stDateInput"]'};
    new MutationObserver(() => {
        for (const [name, selector] of Object.entries(parts))
            if (!(name in window.__seen) && document.querySelector(selector)) window.__seen[name] = performance.now();
    }).observe(document, {subtree: true, childList: true});
})();"""


def test_a_new_session_draws_the_key_figures_before_the_sidebar_widgets(browser, server):
    """A new visitor saw the key figures as grey placeholders until the last of the page's lazily loaded
    chunks had come (4.6-5.4 s on a loaded machine), in the same frame as the sidebar's widgets: their
    Metric chunk was asked after the sidebar widgets' forty.  The first run asks for it right after Plotly's
    (dashboard.first_paint), so the figures are drawn before the date input.  A new browser context per
    try: the chunks come from the server, not the cache.  Up to three tries on a loaded machine."""
    _open(browser, server).close()
    tries = []
    for _ in range(3):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.add_init_script(_STAMP_FIRST_SEEN)
        page.goto(server)
        page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
        page.locator('[data-testid="stSidebar"] [data-testid="stDateInput"]').first.wait_for(timeout=90_000)
        page.locator('.st-key-key_figures [data-testid="stMetricValue"]').first.wait_for(timeout=90_000)
        seen = page.evaluate("() => window.__seen")
        tries.append(seen)
        context.close()
        if seen["figures"] < seen["dates"]:
            break
    assert tries[-1]["figures"] < tries[-1]["dates"], tries


_CHART_AND_TEXT_BOXES = """() => {
    const chart = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.offsetParent !== null)
        .getBoundingClientRect();
    const text = [...document.querySelectorAll('h3')].find(h => h.innerText.includes('Source text'))
        .getBoundingClientRect();
    return {chart: [chart.left, chart.top, chart.right, chart.bottom, chart.width],
            text: [text.left, text.top, text.right, text.bottom]};
}"""


@pytest.mark.parametrize(("width", "stacked"), [(1000, True), (1500, False)])
def test_the_source_text_goes_under_the_charts_when_the_main_area_is_narrow(browser, server, width, stacked):
    """At a 1000 px window with the sidebar open the charts had 290 px beside the source text: the heatmap's
    twelve columns were a sliver with their codes piled together (dashboard.components.layout)."""
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.goto(server)
    page.get_by_text("Pair mentions").first.wait_for(timeout=180_000)
    page.get_by_text("Source text").first.wait_for(timeout=90_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=90_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.wait_for_timeout(500)  # the last elements' layout
    boxes = page.evaluate(_CHART_AND_TEXT_BOXES)
    chart, text = boxes["chart"], boxes["text"]
    if stacked:
        assert text[1] >= chart[3] - 1, boxes  # the source text starts under the chart
        assert chart[4] >= 500, boxes
    else:
        assert text[0] >= chart[2] - 1 and text[1] < chart[3], boxes  # beside it
    page.close()


def test_an_upload_with_a_bad_line_names_the_file_and_line_and_the_rest_loads(browser, server, tmp_path):
    """The report read "000-news.jsonl:line 2: not valid JSON (Unterminated string starting at)": the name
    the upload was saved under, and json's message cut before its position."""
    upload = tmp_path / "news.jsonl"
    upload.write_text('{"date": "2025-03-20", "text": "India and Pakistan exchanged fire across the border."}\n'
                      '{"date": "2025-03-21", "text": "broken\n'
                      '{"date": "2025-03-22", "text": "Brazil and Argentina signed a trade agreement."}\n',
                      encoding="utf-8")
    page = _open(browser, server)
    page.get_by_text("Add articles (this session only)").click()
    page.locator('[data-testid="stSidebar"] input[type=file]').set_input_files(str(upload))
    page.get_by_text("Analyse uploaded files").click()
    page.get_by_text("plus 2 uploaded in this session").wait_for(timeout=120_000)  # the two good lines
    # under the upload, and kept there (it was drawn in the status box, which the rerun wiped)
    report = page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]')
    assert report.inner_text().splitlines()[1:] == [
        "⚠ news.jsonl: 2 articles added; 1 line skipped",
        "↳ news.jsonl:line 2: not valid JSON (Unterminated string starting at column 32)"]
    page.get_by_text("1 input problem").click()
    problem = page.locator('[data-testid="stMain"]').get_by_text("news.jsonl:line 2: not valid JSON", exact=False).first
    problem.wait_for(timeout=60_000)
    assert problem.inner_text().strip() == "news.jsonl:line 2: not valid JSON (Unterminated string starting at column 32)"
    page.close()


# Each scatter label's box and each bubble's circle, in page px, and the pairs of them that touch.
_SCATTER_LABELS_ON_BUBBLES = """() => {
    const gd = [...document.querySelectorAll('.js-plotly-plot')]
        .find(g => g.offsetParent !== null && (g.layout?.title?.text || '').includes('Sentiment'));
    // annotations, or a trace's text beside its markers (how the labels were drawn before)
    const labels = [...gd.querySelectorAll('g.annotation .annotation-text-g text, .scatterlayer .trace .textpoint text')]
        .map(t => [t.textContent, t.getBoundingClientRect()]);
    const bubbles = [...gd.querySelectorAll('.scatterlayer .trace .points path')].map(p => p.getBoundingClientRect())
        .map(r => [r.left + r.width / 2, r.top + r.height / 2, r.width / 2 - 1]);
    const found = [];
    labels.forEach(([name, r], i) => {
        bubbles.forEach(([x, y, radius]) => {
            const dx = Math.max(r.left - x, 0, x - r.right), dy = Math.max(r.top - y, 0, y - r.bottom);
            if (dx * dx + dy * dy < radius * radius) found.push(`${name} on a bubble at ${Math.round(x)},${Math.round(y)}`);
        });
        labels.slice(i + 1).forEach(([other, o]) => {
            if (r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom) found.push(`${name} / ${other}`);
        });
    });
    return [labels.length, found];
}"""

_CROWD = ["France", "Germany", "Italy", "Spain", "Poland", "Turkey", "Egypt", "Brazil", "Mexico", "Canada", "India",
          "Pakistan", "Japan", "China", "Russia", "Ukraine"]


@pytest.fixture(scope="module")
def crowded_server(tmp_path_factory):
    """A corpus whose scatter is one crowd of pairs: one sentence or a few per pair, of a few kinds."""
    folder = tmp_path_factory.mktemp("crowd")
    kinds = ["{a} condemned {b} over the border.", "{a} and {b} signed a trade agreement.",
             "{a} threatened {b} with sanctions.", "{a} criticised {b} and praised its envoy."]
    n = 0
    for i, a in enumerate(_CROWD):
        for j, b in enumerate(_CROWD[i + 1:i + 6]):
            for k in range(1 + (i + j) % 4):
                n += 1
                text = " ".join(kinds[(i + j + m) % len(kinds)].format(a=a, b=b) for m in range(1 + k % 2))
                (folder / f"c{n:03d}.txt").write_text(f" date 2025-01-{1 + n % 28:02d} {text}\nSource: Wire A",
                                                      encoding="utf-8")
    with _serve(folder) as base:
        yield base


@pytest.mark.parametrize("width", [900, 1400])
def test_no_scatter_label_lies_on_a_bubble_or_another_label(browser, crowded_server, width):
    """WCEP's scatter: "ISR-LBN" lay on RUS-UKR's bubble and read as its name; most labels sat on some bubble
    of the crowd.  Measured as drawn: each label's text box against every bubble's circle and every label."""
    page = _open(browser, f"{crowded_server}/?chart=scatter", width=width)
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           " && (g.layout?.title?.text || '').includes('Sentiment'))", timeout=90_000)
    _settled(page)
    count, found = page.evaluate(_SCATTER_LABELS_ON_BUBBLES)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"scatter-crowd-{width}.png"), full_page=True)
    assert count >= 6 and found == []
    page.close()


_MANY = ["France", "Germany", "Italy", "Spain", "Poland", "Turkey", "Egypt", "Brazil", "Mexico", "Canada", "India",
         "Pakistan", "Japan", "China", "Russia", "Ukraine", "Iran", "Israel", "Kenya", "Nigeria", "Chile", "Peru",
         "Norway", "Sweden", "Greece", "Zimbabwe", "Zambia"]


@pytest.fixture(scope="module")
def many_pairs_server(tmp_path_factory):
    """351 pairs, one mention each: more than the Pairs filter lists (PAIR_CHOICES), ZMB-ZWE last by code."""
    folder = tmp_path_factory.mktemp("many")
    for n, (a, b) in enumerate((a, b) for i, a in enumerate(_MANY) for b in _MANY[i + 1:]):
        (folder / f"m{n:03d}.txt").write_text(f" date 2025-01-{1 + n % 28:02d} {a} and {b} held talks.\nSource: Wire A",
                                              encoding="utf-8")
    with _serve(folder) as base:
        yield base


def test_a_pair_the_filter_does_not_list_is_chosen_by_typing_its_code_or_names(browser, many_pairs_server):
    """The Pairs filter lists the 300 most mentioned pairs (perf23): any other is typed, in either order, and
    read back as its code; a text naming no pair is dropped with a toast."""
    page = _open(browser, many_pairs_server)
    pairs = page.locator('[data-testid="stMultiSelect"]').filter(has=page.get_by_text("Pairs", exact=True))
    box = pairs.locator("input")  # its combobox's name changes with its chips on Streamlit 1.53
    box.click()
    box.fill("ZMB-ZWE")
    options = page.get_by_role("option")  # Streamlit 1.53's list and 1.67's alike
    options.filter(has_text="ZMB-ZWE").first.wait_for(timeout=10_000)  # only the typed text's "Add" option
    assert not any(text.startswith("ZMB-ZWE ·") for text in options.all_inner_texts())  # not listed
    box.fill("zwe-zmb")
    options.filter(has_text="zwe-zmb").first.wait_for(timeout=10_000)
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('pairs=ZMB-ZWE')", timeout=60_000)
    pairs.filter(has_text="ZMB-ZWE · Zambia–Zimbabwe").wait_for(timeout=30_000)  # the chip, named
    box.click()
    box.fill("Atlantis")
    options.filter(has_text="Atlantis").first.wait_for(timeout=10_000)
    page.keyboard.press("Enter")
    page.get_by_text("No pair 'Atlantis' in the corpus").wait_for(timeout=60_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=60_000)
    assert "Atlantis" not in pairs.inner_text() and "pairs=ZMB-ZWE" in page.url and "Atlantis" not in page.url
    page.close()


_MOVES = {("Russia", "Ukraine", "Russian", "Ukrainian"), ("China", "Japan", "Chinese", "Japanese"),
          ("Iran", "Israel", "Iranian", "Israeli")}


@pytest.fixture(scope="module")
def changes_server(tmp_path_factory):
    """Three pairs whose index rose from one week to the next, 5 mentions each week: three "what changed" cards."""
    folder = tmp_path_factory.mktemp("changes")
    for a, b, adj_a, adj_b in sorted(_MOVES):
        calm = (f"{a} and {b} held talks in Geneva. {a} praised {b}. {adj_a} envoys thanked {b}. {a} and {b} "
                f"agreed to cooperate. {a} welcomed {adj_b} talks.")
        tense = [f"{adj_a} forces attacked {b}.", f"{a} shelled {adj_b} cities.", f"{a} bombed {b} overnight.",
                 f"{a} threatened {b} with more strikes.", f"{adj_a} troops killed {adj_b} soldiers."]
        (folder / f"{a}-1.txt").write_text(f" date 2025-01-06 {calm}\nSource: Wire A", encoding="utf-8")
        # five articles: one carrying all the conflict has a 95 % interval from 0, a move within noise (no card)
        for i, sentence in enumerate(tense):
            (folder / f"{a}-2{i}.txt").write_text(f" date 2025-01-15 {sentence}\nSource: Wire A", encoding="utf-8")
    with _serve(folder) as base:
        yield base


# The main area's download buttons whose label is cut (an ellipsis), and the "what changed" cards' widths.
_NARROW_PARTS = """() => {
    const cut = [...document.querySelectorAll('[data-testid="stDownloadButton"] button')]
        .filter(b => [...b.querySelectorAll('p, div')].some(e => e.scrollWidth > e.clientWidth + 1))
        .map(b => b.innerText);
    const cards = [...document.querySelectorAll('[data-testid="stColumn"]')]
        .filter(c => c.innerText.includes('Index rose') && !c.querySelector('[data-testid="stColumn"]'))
        .map(c => Math.round(c.getBoundingClientRect().width));
    return {cut, cards, labels: [...document.querySelectorAll('[data-testid="stDownloadButton"] button')]
                                 .map(b => b.innerText)};
}"""


def test_at_a_900_px_window_the_downloads_and_the_cards_keep_their_words(browser, changes_server):
    """At a 900 px window the four download buttons read "Pair table …" and "Aggregate…" twice (CSV and
    Parquet could not be told apart), and the three "what changed" cards were 135 px wide."""
    page = _open(browser, changes_server, width=900)
    page.get_by_text("What changed").first.wait_for(timeout=90_000)
    page.get_by_text("Aggregated (Parquet)").first.wait_for(timeout=90_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.wait_for_timeout(500)
    found = page.evaluate(_NARROW_PARTS)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "narrow-cards-downloads-900.png"), full_page=True)
    assert len(found["labels"]) == 4 and found["cut"] == [], found
    assert len(found["cards"]) == 3 and min(found["cards"]) >= 300, found
    page.close()


def _click_timeline_point(page, pair: str, opened) -> None:
    """Hover and click the pair's point in its timeline panel until ``opened`` (a locator) shows.  A click that
    lands while a rerun redraws the chart selects nothing (1 in 4 at load 9, on main too): a reader clicks again;
    each try first waits for the script to finish and finds the point anew, and the hover must name the pair."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(4):
        try:
            page.wait_for_function(_SCRIPT_DONE, timeout=60_000)
            x, y = page.evaluate(_TIMELINE_POINT_XY, [pair, "scatter"])
            page.mouse.move(x, y)
            page.locator(".hoverlayer").get_by_text(pair).first.wait_for(timeout=30_000)
            page.mouse.click(x, y)
            opened.first.wait_for(timeout=30_000)
            return
        except PlaywrightTimeout:
            if attempt == 3:
                raise


@pytest.mark.parametrize("width", [1400, 900])
def test_a_timeline_click_marks_its_sentence_and_the_link_marks_it_again(browser, server, width):
    """The click opened the article behind the point and marked none of its sentences: which one made it?
    The sentence is marked in the text and first in the table, and the link alone marks it again."""
    page = _open(browser, f"{server}/?period=W", width=width)
    page.get_by_text("Russia–Ukraine").first.wait_for(timeout=90_000)
    _click_timeline_point(page, "RUS-UKR", page.get_by_text("Russian forces attacked Ukraine"))
    page.wait_for_function("() => location.search.includes('sentence=1')", timeout=60_000)
    link = page.url
    SCREENSHOTS.mkdir(exist_ok=True)
    for opened in (page, _open(browser, link, width=width)):
        marks = opened.locator('[title="The sentence behind the number clicked"]')
        marks.first.wait_for(timeout=60_000)
        opened.wait_for_function(_SCRIPT_DONE, timeout=60_000)
        marked = " ".join(marks.all_inner_texts())
        assert "Russian forces attacked Ukraine" in marked and "Kyiv" not in marked
        assert opened.get_by_text("Sentence 1, marked yellow").count() == 1
        marks.first.scroll_into_view_if_needed()
        opened.screenshot(path=str(SCREENSHOTS / f"click-sentence-{width}.png"))
        opened.close()


# Whether the first toast's box and the page title's box overlap, as drawn in the window.
_TOAST_ON_TITLE = """() => {
    const t = document.querySelector('[data-testid="stToast"]').getBoundingClientRect();
    const h = document.querySelector('h1').getBoundingClientRect();
    return !(t.right <= h.left || h.right <= t.left || t.bottom <= h.top || h.bottom <= t.top);
}"""


def test_at_a_900_px_window_a_chart_click_says_where_the_article_opened(browser, server):
    """At 900 px the source text is under the charts, about 1,000 px below the point clicked: the click
    seemed to do nothing.  A toast says where the article went."""
    page = _open(browser, f"{server}/?period=W", width=900)
    page.get_by_text("this view's most mentioned pair").wait_for(timeout=60_000)
    page.get_by_text("Russia–Ukraine").first.wait_for(timeout=90_000)
    toast = page.locator('[data-testid="stToast"]').filter(has_text="Opened in Source text")
    _click_timeline_point(page, "RUS-UKR", toast)
    assert "RUS-UKR · Russia–Ukraine" in toast.first.inner_text()
    # it stood in the top right corner, over the page's title: at the window's foot it covers neither
    page.evaluate("document.querySelector('h1').scrollIntoView()")
    assert page.evaluate(_TOAST_ON_TITLE) is False
    page.wait_for_function("() => location.search.includes('article=')", timeout=60_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "click-toast-900.png"))
    page.close()


# Each chip of the overlay's box: whether it lies inside the box as drawn (not scrolled out of it).
_OVERLAY_CHIPS = """() => {
    const box = document.querySelector('.st-key-f_overlay [data-testid="stMultiSelect"]');
    // (the tags' own container has a test id from Streamlit 1.5x on; before it, the select's value box holds them)
    const tags = box.querySelector('[data-testid="stMultiSelectTagsContainer"]')
        || box.querySelector('[data-baseweb="tag"]').parentElement;
    const frame = tags.parentElement.getBoundingClientRect();
    // a chip: the outermost element holding one pair's label alone
    const chips = [...tags.querySelectorAll('*')].filter(e => e instanceof HTMLElement
        && /^[A-Z_]+-[A-Z_]+ · /.test(e.innerText.trim())
        && !e.innerText.trim().includes(String.fromCharCode(10)) && getComputedStyle(e).display !== 'contents'
        && !(e.parentElement.innerText.trim() === e.innerText.trim() && e.parentElement !== tags
             && getComputedStyle(e.parentElement).display !== 'contents'));
    return chips.map(s => {
        const r = s.getBoundingClientRect();
        return [s.innerText, r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.bottom <= frame.bottom + 1];
    });
}"""


def test_the_overlay_box_shows_every_chosen_pair(browser, server):
    """The overlay of 5 pairs showed 2 chips in its box, the others scrolled out of sight with no "+3"."""
    pairs = ["RUS-UKR", "CHN-JPN", "CHN-USA", "JPN-USA"]
    page = _open(browser, f"{server}/?overlay={','.join(pairs)}", width=1400)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.wait_for_timeout(500)
    chips = page.evaluate(_OVERLAY_CHIPS)
    assert len(chips) >= 4 and all(inside for _, inside in chips), chips
    page.close()


def test_the_four_downloads_arrive_one_after_another(browser, server):
    """Clicking the four download buttons in turn lost the fourth file (2 of 2 runs) and two clicks 0.3 s apart
    lost both: each click reran the script, which registered new deferred files while the browser fetched the
    one it had ("MediaFileStorageError: Deferred file … not found").  A download now runs no script."""
    page = _open(browser, f"{server}/?period=M", width=1400, accept_downloads=True)
    page.get_by_text("Aggregated (Parquet)").first.wait_for(timeout=90_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    names = {"Pair table (CSV)": "pairs.csv", "Pair table (Parquet)": "pairs.parquet",
             "Aggregated (CSV)": "monthly.csv", "Aggregated (Parquet)": "monthly.parquet"}
    for label in names:  # as a reader clicks them in turn, 0.3 s apart
        page.locator('[data-testid="stDownloadButton"] button').filter(has_text=label).click()
        page.wait_for_timeout(300)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    for _ in range(120):  # each file arrives within a minute, or never
        if len(downloads) >= len(names):
            break
        page.wait_for_timeout(500)
    # named for what they hold: "tension-pairs_2025-01-06_to_2025-03-28.csv", "tension-monthly_….csv"
    named = [(re.fullmatch(r"tension-(\w+)_\d{4}-\d\d-\d\d_to_\d{4}-\d\d-\d\d\.(\w+)", d.suggested_filename), d)
             for d in downloads]
    assert all(m for m, _ in named), [d.suggested_filename for d in downloads]
    got = {f"{m[1]}.{m[2]}": Path(d.path()).read_bytes() for m, d in named if m}
    assert sorted(got) == sorted(names.values()), sorted(got)
    assert got["pairs.csv"].startswith(b"article_id,") and got["monthly.csv"].count(b"\n") > 1
    assert got["pairs.parquet"][:4] == b"PAR1" and got["monthly.parquet"][:4] == b"PAR1"
    page.close()


def _pick_another_article(page) -> None:
    """Open the source text's article list and choose its second article."""
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Article (or click")
    box.locator("input").click()
    page.locator('[role="option"]').nth(1).click()


def test_an_article_picked_from_the_list_reruns_the_source_text_alone(browser, server):
    """The article list and the toggle under it change the source text alone: a pick reran the whole page (the
    view, the charts, the filters, "what changed": about a hundred messages, and the browser redrew the page).
    The panel is a fragment now: a pick sends the panel's few elements, and the link still names the article."""
    page = _open(browser, server)
    _wait_for_a_drawn_chart(page)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    frames = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(len(payload))))
    page.reload()  # the listener sees the page's websocket from its start
    _wait_for_a_drawn_chart(page)
    page.wait_for_function(_SCRIPT_DONE, timeout=90_000)
    page.wait_for_timeout(1000)
    before = len(frames)
    _pick_another_article(page)
    page.wait_for_function("() => location.search.includes('article=')", timeout=60_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=60_000)
    page.wait_for_timeout(1000)
    sent = len(frames) - before
    assert 0 < sent < 30, sent
    assert page.locator(".js-plotly-plot").first.is_visible()  # the chart stays as drawn
    page.close()


def test_an_article_picked_from_the_list_unframes_the_heatmap_cells_of_the_pair_clicked(browser, server):
    """The heatmap frames the pair a click opened its article for; an article picked from the list is read for no
    pair, so the frame goes: the source text's fragment reruns the whole page when the heatmap is shown."""
    page = _open(browser, f"{server}/?chart=heatmap")
    title = "Mean tension"
    page.wait_for_function(f"() => [...document.querySelectorAll('.js-plotly-plot')].some(g => g.offsetParent !== null"
                           f" && (g.layout?.title?.text || '').includes('{title}'))", timeout=90_000)
    framed = """(n) => [...document.querySelectorAll('.js-plotly-plot')].some(g =>
        g.offsetParent !== null && (g.layout?.title?.text || '').includes('Mean tension')
        && (g.layout.shapes || []).length === n)"""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(4):  # a click landing while a rerun redraws the chart selects nothing: click again
        try:
            page.wait_for_function(_SCRIPT_DONE, timeout=60_000)
            x, y = page.evaluate(_POINT_XY, [title, "cells", "RUS-UKR"])
            page.mouse.move(x, y)
            page.get_by_text("RUS-UKR · Russia–Ukraine").first.wait_for(timeout=30_000)
            page.mouse.click(x, y)
            page.wait_for_function("() => location.search.includes('about=RUS-UKR')", timeout=30_000)
            break
        except PlaywrightTimeout:
            if attempt == 3:
                raise
    page.wait_for_function(framed, arg=2, timeout=60_000)
    page.wait_for_function(_SCRIPT_DONE, timeout=60_000)
    _pick_another_article(page)
    page.wait_for_function("() => !location.search.includes('about=')", timeout=60_000)
    page.wait_for_function(framed, arg=0, timeout=60_000)
    page.close()


def test_bench_browser_runs_two_rounds_of_filter_changes_through_a_view_the_filters_empty():
    # benchmarks/bench_browser.py's second round chooses an actor within the first round's three days: no row, no
    # chart, the dashboard's note instead (dashboard/coverage.py); the bench once waited for a chart there until it
    # gave up, so the README's figures could not be measured again
    import subprocess
    import sys

    import streamlit
    from packaging.version import Version

    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing: `make test` installs it with apt-get")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    if Version(streamlit.__version__) < Version("1.67"):
        # the bench measures the newest releases: it opens the date range's calendar by the button Streamlit 1.67
        # draws; 1.53's BaseWeb picker has none and commits a range by other clicks
        pytest.skip(f"bench_browser drives Streamlit 1.67's date picker, not {streamlit.__version__}'s")
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_browser", "--articles", "1500", "--changes", "2",
                           "--sessions", "1", "--floor", "0"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "filter change, click to idle (18 changes)" in done.stdout
