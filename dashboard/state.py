"""The dashboard's view state and its URL form: what a shared link carries.

Pure functions, no Streamlit: ``parse`` turns query parameters into a ViewState and a list of
notices (unknown actors, malformed dates... are dropped, never raised), ``to_params`` gives the
parameters for a state, leaving out what equals the default so links stay short.  A link names
only values from the loaded corpus (codes, pairs, sources, article ids): never a file, never
anything that is evaluated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from dashboard.outlets import named_as

PERIODS = {"D": "day", "W": "week", "M": "month"}
DEFAULT_PERIOD = "W"
LONG_SPAN_DAYS = 730  # a corpus spanning more than two years opens by month: a weekly line of years is a comb
DEFAULT_TOP_ACTORS = 12  # actors in the network and the heatmap: readable on any corpus
MIN_TOP_ACTORS, MAX_TOP_ACTORS = 2, 60
DEFAULT_PANELS = 6  # timeline panels: the pairs ranked first by activity and change
MIN_PANELS, MAX_PANELS = 1, 12
# The charts, one shown at a time (only the one shown is built: a filter change pays for one figure).
CHARTS = {"time": "Over time", "network": "Network", "heatmap": "Heatmap", "scatter": "Sentiment × tension"}
DEFAULT_CHART = "time"
MAX_SENTENCE = 100_000  # a sentence number in a link: an article's sentences are far fewer
MAX_PARAM_LENGTH = 4000  # a longer value is not a link anyone made by hand or by this app
# The parameters that take one value: a link repeating one (period=D&period=M) is read by its first.
SINGLE = ("start", "end", "min", "period", "article", "top", "panels", "chart", "about", "sentence")
_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Universe:
    """What the loaded corpus holds: the only values a link may name."""

    actors: frozenset[str] = frozenset()
    pairs: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    #: ``sources`` most cited first (by pair mentions), the order the filter offers them in: alphabetically,
    #: WCEP's 3,242 outlets opened on "1 News", "20 minutos", "24 Digital" and Reuters was far down the list
    source_ranking: tuple[str, ...] = ()
    #: The days with at least one article, sorted (dashboard.coverage: an empty view in a gap of the corpus says so)
    days: tuple[dt.date, ...] = ()
    #: ``pairs`` most mentioned first: the Pairs filter lists the first of them (dashboard.components.filters)
    pair_ranking: tuple[str, ...] = ()


@dataclass(frozen=True)
class ViewState:
    start: dt.date | None = None
    end: dt.date | None = None
    actors: tuple[str, ...] = ()
    pairs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_mentions: int = 1
    period: str = DEFAULT_PERIOD
    article: str = ""
    top: int = DEFAULT_TOP_ACTORS
    panels: int = DEFAULT_PANELS
    overlay: tuple[str, ...] = ()  # pairs drawn as lines in one timeline instead of the panels
    chart: str = DEFAULT_CHART
    # The pair the article was opened for (a click on its point, cell, edge or bubble): the source text
    # explains that pair's sentences first, with the cues that counted for it.
    about: str = ""
    # The sentence of the article behind the number clicked (its sentence_id; the link numbers it from 1, as
    # the sentence table does): the source text marks it, and the table shows it first.  A click on IRN-USA's
    # point opened a summary of nine sentences and nothing said which one the point was about.
    sentence: int | None = None
    # The source text shows every pair of its article, not only the one it is read for (its toggle).
    every: bool = False

    def with_article(self, article_id: str) -> ViewState:
        return replace(self, article=article_id)


@dataclass
class Parsed:
    state: ViewState
    notices: list[str] = field(default_factory=list)


def _values(raw: object, split: bool = True) -> list[str]:
    """A parameter's values: repeated parameters, and for codes comma-separated lists too."""
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    out: list[str] = []
    for item in items[:500]:
        text = str(item)[:MAX_PARAM_LENGTH]
        parts = text.split(",") if split else [text]
        out.extend(v.strip() for v in parts if v.strip())
    return out


# Markdown's punctuation (CommonMark's escapable ASCII) and "@", which GFM makes a mail link of.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


# Where GFM finds a bare link in text ("www.", "http://", "a@b.c"): it does so after the escapes are read, so a
# zero-width space breaks the pattern instead.
_BARE_LINK = re.compile(r"(?i)(?<=www)(?=\.)|(?<=:)(?=//)|(?<=@)")


def markdown_escaped(text: str, links: bool = False) -> str:
    """``text`` shown as written where Streamlit renders Markdown: every punctuation mark escaped, and bare links
    broken unless ``links`` (``_BARE_LINK``).  Untrusted text (a link's values, an article's title) otherwise
    renders: "[x](//ev.il)" as a link, "$x^2$" as a formula, "*bold*" in italics."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text if links else _BARE_LINK.sub("\u200b", text))


def notices_markdown(notices: list[str]) -> str:
    """The link's notices as one Markdown text, a line each, every punctuation mark escaped: a notice quotes the
    link's values, and Streamlit renders a warning's text as Markdown, so "?cats=[x](//ev.il)" was a link to
    click in the notice, "$x^2$" a formula, "**x**" bold, and "?pairs=www.ev.il" a link too (``_BARE_LINK``)."""
    return "  \n".join(markdown_escaped(notice) for notice in notices)


def _known(name: str, values: Iterable[str], allowed: frozenset[str], notices: list[str],
           normalise=lambda v: v) -> tuple[str, ...]:
    kept: list[str] = []
    dropped: list[str] = []
    for value in values:
        value = normalise(value)
        (kept if value in allowed else dropped).append(value)
    if dropped:
        shown = ", ".join(_short(v) for v in dropped[:5]) + (" …" if len(dropped) > 5 else "")
        notices.append(f"Link: dropped unknown {name} ({shown}).")
    return tuple(dict.fromkeys(kept))


def _short(value: str, limit: int = 24) -> str:
    value = "".join(ch for ch in value if ch.isprintable())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _whole(params: Mapping[str, object], key: str, low: int, high: int, default: int, name: str,
           notices: list[str], hint: bool = True) -> int:
    """A whole number parameter in [low, high]; anything else is dropped with a notice (ASCII digits
    only: '¹'.isdigit() is True)."""
    if key not in params:
        return default
    raw = (_values(params[key]) or [""])[0]
    whole = raw.isascii() and raw.isdigit()
    if whole and low <= int(raw) <= high:
        return int(raw)
    # (a number out of range is no malformed one: "dropped malformed number of timeline panels (40)", uiaudit26)
    problem = f"{name} out of range" if whole else f"malformed {name}"
    notices.append(f"Link: dropped {problem} ({_short(raw)})" + (f"; use {low} to {high}." if hint else "."))
    return default


def _pair(value: str) -> str:
    parts = value.upper().split("-")
    return "-".join(sorted(parts)) if len(parts) == 2 else value


def _date(name: str, raw: object, universe: Universe, notices: list[str]) -> dt.date | None:
    values = _values(raw)
    if not values:
        return None
    try:
        day = dt.date.fromisoformat(values[0])
    except ValueError:
        notices.append(f"Link: dropped malformed {name} date ({_short(values[0])}); use YYYY-MM-DD.")
        return None
    if universe.first_day and universe.last_day and not (
        universe.first_day - dt.timedelta(days=366) <= day <= universe.last_day + dt.timedelta(days=366)
    ):
        notices.append(f"Link: dropped {name} date {day.isoformat()}, far outside the corpus.")
        return None
    return day


def _overlay(pairs: tuple[str, ...], notices: list[str]) -> tuple[str, ...]:
    """The overlaid pairs, at most MAX_PANELS lines: the rest dropped with a notice."""
    if len(pairs) > MAX_PANELS:
        notices.append(f"Link: overlaid the first {MAX_PANELS} pairs; dropped {len(pairs) - MAX_PANELS} more.")
    return pairs[:MAX_PANELS]


def default_period(universe: Universe) -> str:
    """The period a view opens with: weeks, or months when the corpus spans years (GPR's unit):
    hundreds of weekly points make every panel a comb of spikes and leave most weeks without a
    pair's mention, while a month gathers enough mentions per point to read a level."""
    if universe.first_day and universe.last_day and (universe.last_day - universe.first_day).days > LONG_SPAN_DAYS:
        return "M"
    return DEFAULT_PERIOD


def parse(params: Mapping[str, object], universe: Universe) -> Parsed:
    """Query parameters → a ViewState; anything unknown or malformed is dropped with a notice."""
    notices: list[str] = []
    start = _date("start", params.get("start"), universe, notices) if "start" in params else None
    end = _date("end", params.get("end"), universe, notices) if "end" in params else None
    if start and end and start > end:
        notices.append("Link: start date after end date; both dropped.")
        start = end = None
    # A span wholly after or before the corpus's was narrowed to its one last or first day, without a word.
    if start and universe.last_day and start > universe.last_day:
        notices.append(f"Link: dropped start date {start.isoformat()}, after the corpus's last day "
                       f"({universe.last_day.isoformat()}).")
        start = None
    if end and universe.first_day and end < universe.first_day:
        notices.append(f"Link: dropped end date {end.isoformat()}, before the corpus's first day "
                       f"({universe.first_day.isoformat()}).")
        end = None
    several = sorted(k for k in SINGLE if k in params and len(_values(params[k])) > 1)  # repeated, or "D,M"
    if several:
        notices.append(f"Link: kept the first of several values for {', '.join(several)}.")
    min_mentions = _whole(params, "min", 1, 1_000_000, 1, "minimum mentions", notices, hint=False)
    period = default_period(universe)
    if "period" in params:
        raw = (_values(params["period"]) or [""])[0].upper()
        # A hand-typed link says what the radio shows ("period=day"); links the app writes say D, W, M.
        raw = {name.upper(): code for code, name in PERIODS.items()}.get(raw, raw)
        if raw in PERIODS:
            period = raw
        else:
            notices.append(f"Link: dropped unknown period ({_short(raw)}); use D, W or M (or day, week, month).")
    top = _whole(params, "top", MIN_TOP_ACTORS, MAX_TOP_ACTORS, DEFAULT_TOP_ACTORS, "number of actors shown", notices)
    panels = _whole(params, "panels", MIN_PANELS, MAX_PANELS, DEFAULT_PANELS, "number of timeline panels", notices)
    chart = DEFAULT_CHART
    if "chart" in params:
        raw = (_values(params["chart"]) or [""])[0].lower()
        if raw in CHARTS:
            chart = raw
        else:
            notices.append(f"Link: dropped unknown chart ({_short(raw)}); use {', '.join(CHARTS)}.")
    article = ""
    if "article" in params:
        raw = (_values(params["article"]) or [""])[0]
        if _ID.match(raw) and raw in universe.articles:
            article = raw
        else:
            notices.append(f"Link: dropped unknown article ({_short(raw)}).")
    # A pair to read an article for and a sentence of it mean something only with their article: a link
    # naming one without it (cut short when pasted, or written by hand) was followed without a word.  A
    # sentence is numbered within its article, so its number alone never tells which article: said, not guessed.
    without = ("the link names no article" if "article" not in params
               else "its article is dropped" if not article else "")
    about = ""
    if "about" in params:
        found = _known("pair the article is read for", _values(params["about"])[:1], universe.pairs, notices, _pair)
        if found and without:
            notices.append(f"Link: dropped the pair to read an article for ({found[0]}): {without}.")
        about = found[0] if found and article else ""
    sentence = None
    if "sentence" in params:  # its number as the table shows it, from 1; whether the article has it, the panel checks
        number = _whole(params, "sentence", 1, MAX_SENTENCE, 0, "sentence number", notices, hint=False)
        if number and without:
            notices.append(f"Link: dropped sentence {number}: a sentence is numbered within its article, and "
                           f"{without}.")
        sentence = number - 1 if number and article else None
    every = False
    if "every" in params:
        raw = (_values(params["every"]) or [""])[0]
        every = raw in ("1", "true")
        if not every and raw not in ("0", "false"):
            notices.append(f"Link: dropped malformed every-pair switch ({_short(raw)}); use every=1.")
    known = {"start", "end", "min", "period", "article", "actors", "pairs", "cats", "sources", "top", "panels",
             "overlay", "chart", "about", "sentence", "every"}
    unknown = sorted(k for k in params if k not in known)
    if unknown:
        notices.append(f"Link: ignored unknown parameters ({', '.join(_short(k) for k in unknown[:5])}).")
    state = ViewState(
        start=start,
        end=end,
        actors=_known("actors", _values(params.get("actors", [])), universe.actors, notices, str.upper),
        pairs=_known("pairs", _values(params.get("pairs", [])), universe.pairs, notices, _pair),
        categories=_known("cue categories", _values(params.get("cats", [])), universe.categories, notices),
        sources=_known("sources", _values(params.get("sources", []), split=False), universe.sources, notices,
                       named_as(universe.sources) if "sources" in params else str),
        min_mentions=min_mentions,
        period=period,
        article=article,
        top=top,
        panels=panels,
        overlay=_overlay(_known("overlaid pairs", _values(params.get("overlay", [])), universe.pairs, notices, _pair),
                         notices),
        chart=chart,
        about=about,
        sentence=sentence,
        every=every,
    )
    return Parsed(state, notices)


def to_params(state: ViewState, period: str = DEFAULT_PERIOD) -> dict[str, str | list[str]]:
    """The query parameters for ``state``; defaults are left out (``period``: the corpus's default
    period, default_period).  Codes are joined by commas; sources (free text that may hold commas)
    are repeated parameters."""
    params: dict[str, str | list[str]] = {}
    if state.start:
        params["start"] = state.start.isoformat()
    if state.end:
        params["end"] = state.end.isoformat()
    for key, values in (("actors", state.actors), ("pairs", state.pairs), ("cats", state.categories)):
        if values:
            params[key] = ",".join(values)
    if state.sources:
        params["sources"] = list(state.sources)
    if state.min_mentions != 1:
        params["min"] = str(state.min_mentions)
    if state.period != period:
        params["period"] = state.period
    if state.article:
        params["article"] = state.article
        if state.about:
            params["about"] = state.about
        if state.sentence is not None:
            params["sentence"] = str(state.sentence + 1)
    if state.top != DEFAULT_TOP_ACTORS:
        params["top"] = str(state.top)
    if state.panels != DEFAULT_PANELS:
        params["panels"] = str(state.panels)
    if state.overlay:
        params["overlay"] = ",".join(state.overlay)
    if state.chart != DEFAULT_CHART:
        params["chart"] = state.chart
    if state.every:
        params["every"] = "1"
    return params
