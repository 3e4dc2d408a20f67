"""A news source as the outlets it names, for the sources filter.

A WCEP summary cites its several outlets in one source string ("BBC; AP via ABC News Australia; Fox
News"): 6,148 strings over 29,274 summaries, the filter's options, and "Reuters" alone in 604 of them,
so a visitor looking for Reuters had to pick hundreds and the link carried them all (11 kB).  The filter
offers single outlets instead, and an article counts when any of its outlets is chosen.  The stored
source stays as the corpus gave it (the article's caption shows it whole)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pyarrow as pa

# "A; B" lists outlets, "A via B" is A's report as B carried it: both are outlets of the article.  Commas are
# not split: in WCEP's strings they join outlets ("AFP, Reuters") as often as they sit inside a name or a note
# ("WBRC Birmingham, AL", "…198,000 paying guests…").
_SEPARATORS = re.compile(r"\s*;\s*|\s+via\s+")


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


def _key(name: str) -> str:
    """Spellings of one outlet share a key: "France 24", "France24" and "FRANCE 24"; "9News" and "9 News"."""
    return re.sub(r"[\s.\-_]+", "", name.casefold())


def named_as(names: Iterable[str]) -> Callable[[str], str]:
    """A link's outlet as the filter names it now (``outlet_names``): a link made before a spelling or a second
    citation was joined ("France24", "Reuters 2") keeps its filter; an outlet not among ``names`` is kept as given."""
    by_key = {_key(name): name for name in names}

    def name(value: str) -> str:
        key = _key(value)
        if key not in by_key and re.search(r"\D[23]$", key):
            key = key[:-1]
        return by_key.get(key, value)
    return name


def outlet_names(sources: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each distinct source string's outlets as the filter offers them: notes and years left out, an
    outlet's spellings under one name (the one most source strings use), and a second citation ("Reuters 2",
    "CNN2", "AP 2": WCEP numbers a second article from one outlet) under its outlet's name.  The names depend
    on every spelling in ``sources``: the filter's options and the SQL join's are made from one call."""
    parts = {source: [p for p in outlets(source) if is_outlet(p)] for source in dict.fromkeys(sources)}
    uses: dict[str, dict[str, int]] = {}
    for found in parts.values():
        for part in found:
            spellings = uses.setdefault(_key(part), {})
            spellings[part] = spellings.get(part, 0) + 1
    # "reuters2" -> "reuters" when "Reuters" is cited too; "France 24" ("france24") ends in two digits and stays
    # ("ABC7", "Fox8" are stations of their own: only a 2 or a 3 numbers a citation)
    merged = {key: key[:-1] if re.search(r"\D[23]$", key) and key[:-1] in uses else key for key in uses}
    names: dict[str, str] = {}
    for key in set(merged.values()):
        counts = uses[key]
        names[key] = min(counts, key=lambda spelling: (-counts[spelling], spelling))
    return {source: tuple(dict.fromkeys(names[merged[_key(p)]] for p in found)) for source, found in parts.items()}


def outlet_table(sources: Iterable[str]) -> pa.Table:
    """(source, outlet) for each outlet of each distinct source (``outlet_names``): what the SQL filter
    joins a chosen outlet to the sources that name it through, and the filter's options (a few thousand
    rows, where the rows filtered are millions)."""
    pairs = [(source, outlet) for source, named in outlet_names(sources).items() for outlet in named]
    return pa.table({"source": pa.array([s for s, _ in pairs], pa.string()),
                     "outlet": pa.array([o for _, o in pairs], pa.string())})
