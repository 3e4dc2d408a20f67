"""A news source as the outlets it names, for the sources filter.

A WCEP summary cites its several outlets in one source string ("BBC; AP via ABC News Australia; Fox
News"): 6,148 strings over 29,274 summaries, the filter's options, and "Reuters" alone in 604 of them,
so a visitor looking for Reuters had to pick hundreds and the link carried them all (11 kB).  The filter
offers single outlets instead, and an article counts when any of its outlets is chosen.  The stored
source stays as the corpus gave it (the article's caption shows it whole)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable

import pyarrow as pa

# "A; B" lists outlets, "A via B" is A's report as B carried it: both are outlets of the article.  Commas are
# not split: in WCEP's strings they join outlets ("AFP, Reuters") as often as they sit inside a name or a note
# ("WBRC Birmingham, AL", "…198,000 paying guests…").
# "A/B" cites both too ("AP/Reuters", "Reuters/ABC News Australia"), between two names only: "24/7 Wall St." is one.
_SEPARATORS = re.compile(r"\s*;\s*|\s+via\s+|(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")


def outlets(source: str) -> tuple[str, ...]:
    """The outlets ``source`` names, in order, each once ("" names none)."""
    return tuple(dict.fromkeys(part for part in (p.strip() for p in _SEPARATORS.split(source or "")) if part))


# A part no reader would pick as an outlet: WCEP's source fields also hold a year or a span ("2020",
# "2016–present", "February 2018–present") and, now and then, a note ("Previous record belonged to a-Ha with
# 198,000 paying guests, …", "citing Aquino's charges of …").
_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)"
_DATE_ONLY = re.compile(rf"^{_MONTH}?(?:\d{{1,2}}\s+)?(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:present|now|"
                        rf"{_MONTH}?(?:1[89]|20)\d\d))?$", re.IGNORECASE)
NOTE_WORDS = 12  # more words than an outlet's name has ("Office of the Prime Minister of the Federal Democratic
# Republic of Ethiopia": 11; the a-Ha note has 16)


def is_outlet(part: str) -> bool:
    """Whether a part of a source string names an outlet (a year, a span of years or a note does not)."""
    return (bool(re.search(r"[^\W_]", part)) and not _DATE_ONLY.match(part) and len(part.split()) <= NOTE_WORDS
            and '"' not in part)  # "+972" is a magazine; a quotation is a note's


# One outlet under its name and its initials, WCEP citing both: the news agencies and broadcasters most cited.
_ALIASES = {"associatedpress": "ap", "deutschewelle": "dw", "agencefrancepresse": "afp"}


def _key(name: str) -> str:
    """Spellings of one outlet share a key: "France 24", "France24" and "FRANCE 24"; "9News" and "9 News"; "The
    Washington Post" and "Washington Post"; "Associated Press" and "AP" (``_ALIASES``); "Reuters²" and "Reuters2"
    (a second citation, ``_joined``)."""
    key = re.sub(r"[\s.\-_]+", "", re.sub(r"^the\s+", "", name.strip().casefold())).translate(_SUPERSCRIPTS)
    return _ALIASES.get(key, key)


# Outlets whose "News" desk is another outlet: "ABC" in WCEP is often Australia's (13 of its 59 citations), "ABC
# News" the American network's; "Fox" a station group beside "Fox News"
_OWN_DESK = frozenset({"abc", "fox"})


_SUPERSCRIPTS = str.maketrans("²³", "23")


def _desk_of(key: str) -> str | None:
    """The outlet ``key`` is the "News" desk of ("bbc" for "bbcnews"), None when it is none or ``_OWN_DESK``'s."""
    if key.endswith("news") and len(key) > 4 and key[:-4] not in _OWN_DESK:
        return key[:-4]
    return None


def _joined(key: str, known: Container[str]) -> str:
    """The outlet ``key`` belongs to among ``known`` keys: "reuters" for a second citation "reuters2" (only a 2
    or a 3 numbers a citation: "ABC7", "Fox8" are stations of their own), "bbc" for "bbcnews" (an outlet's
    "News" desk, "BBC News" beside "BBC", "AP News" beside "AP": the filter offered both, and a reader choosing
    "BBC" missed the 2,169 WCEP summaries citing "BBC News"); the key itself when ``known`` lacks the shorter."""
    if re.search(r"\D[23]$", key) and key[:-1] in known:
        key = key[:-1]
    desk_of = _desk_of(key)
    if desk_of is not None and desk_of in known:
        key = desk_of
    return key


def named_as(names: Iterable[str]) -> Callable[[str], str]:
    """A link's outlet as the filter names it now (``outlet_names``): a link made before a spelling, a second
    citation or a news desk was joined ("France24", "Reuters 2", "BBC" for "BBC News") keeps its filter; an
    outlet not among ``names`` is kept as given."""
    by_key = {_key(name): name for name in names}
    for key, shown in list(by_key.items()):  # "BBC" for the outlet now named "BBC News"
        desk_of = _desk_of(key)
        if desk_of is not None:
            by_key.setdefault(desk_of, shown)

    def name(value: str) -> str:
        return by_key.get(_joined(_key(value), by_key), value)
    return name


def outlet_names(sources: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each distinct source string's outlets as the filter offers them: notes and years left out, an
    outlet's spellings under one name (the one most source strings use, of all it joins), and a second citation ("Reuters 2",
    "CNN2", "AP 2": WCEP numbers a second article from one outlet) or its news desk ("BBC News", "AP News")
    under its outlet's name (``_joined``).  The names depend on every spelling in ``sources``: the filter's
    options and the SQL join's are made from one call."""
    parts = {source: [p for p in outlets(source) if is_outlet(p)] for source in dict.fromkeys(sources)}
    parts = _comma_lists_split(parts)
    uses: dict[str, dict[str, int]] = {}
    for found in parts.values():
        for part in found:
            spellings = uses.setdefault(_key(part), {})
            spellings[part] = spellings.get(part, 0) + 1
    # "France 24" ("france24") ends in two digits and stays
    merged = {key: _joined(key, uses) for key in uses}
    # each outlet under the spelling most cited of all it joins: "NBC News" (415 WCEP summaries) over "NBC" (38)
    counts: dict[str, dict[str, int]] = {}
    for key, joined in merged.items():
        counts.setdefault(joined, {}).update(uses[key])
    names = {key: min(spellings, key=lambda spelling: (-spellings[spelling], spelling))
             for key, spellings in counts.items()}
    return {source: tuple(dict.fromkeys(names[merged[_key(p)]] for p in found)) for source, found in parts.items()}


def shown_source(source: str) -> str:
    """A source string as an article's caption shows it: its outlets, each once, without the years and notes
    WCEP's fields also hold ("Kyiv Independent; Kyiv Independent 2" reads "Kyiv Independent"); the string as
    given when it names no outlet."""
    names = outlet_names([source]).get(source, ())
    return "; ".join(names) if names else source


_LISTED = re.compile(r"\s*[,|]\s*|\s+and\s+")


def _comma_lists_split(parts: dict[str, list[str]]) -> dict[str, list[str]]:
    """A part that lists outlets cited alone elsewhere ("AP, Reuters", "AFP and Reuters", "Reuters|AP") as those
    outlets: commas and "and" also sit inside names and notes ("WBRC Birmingham, AL", "Fox and Friends"), so only
    a list whose every piece is an outlet of its own is split (WCEP's filter offered "AP, Reuters" beside "AP" and
    "Reuters", uiaudit28)."""
    alone = {_key(p) for found in parts.values() for p in found if not _LISTED.search(p)}

    def split(part: str) -> list[str]:
        pieces = [piece.strip() for piece in _LISTED.split(part)]
        return pieces if len(pieces) > 1 and all(piece and _key(piece) in alone for piece in pieces) else [part]
    return {source: list(dict.fromkeys(piece for p in found for piece in split(p))) for source, found in parts.items()}


def outlet_table(sources: Iterable[str]) -> pa.Table:
    """(source, outlet) for each outlet of each distinct source (``outlet_names``): what the SQL filter
    joins a chosen outlet to the sources that name it through, and the filter's options (a few thousand
    rows, where the rows filtered are millions)."""
    pairs = [(source, outlet) for source, named in outlet_names(sources).items() for outlet in named]
    return pa.table({"source": pa.array([s for s, _ in pairs], pa.string()),
                     "outlet": pa.array([o for _, o in pairs], pa.string())})
