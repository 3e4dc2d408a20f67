"""A news source as the outlets it names, for the sources filter.

A WCEP summary cites its several outlets in one source string ("BBC; AP via ABC News Australia; Fox
News"): 6,148 strings over 29,274 summaries, the filter's options, and "Reuters" alone in 604 of them,
so a visitor looking for Reuters had to pick hundreds and the link carried them all (11 kB).  The filter
offers single outlets instead, and an article counts when any of its outlets is chosen.  The stored
source stays as the corpus gave it (the article's caption shows it whole)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyarrow as pa

# "A; B" lists outlets, "A via B" is A's report as B carried it: both are outlets of the article.  Commas are
# not split: in WCEP's strings they join outlets ("AFP, Reuters") as often as they sit inside a name or a note
# ("WBRC Birmingham, AL", "…198,000 paying guests…").
_SEPARATORS = re.compile(r"\s*;\s*|\s+via\s+")


def outlets(source: str) -> tuple[str, ...]:
    """The outlets ``source`` names, in order, each once ("" names none)."""
    return tuple(dict.fromkeys(part for part in (p.strip() for p in _SEPARATORS.split(source or "")) if part))


def outlet_table(sources: Iterable[str]) -> pa.Table:
    """(source, outlet) for each outlet of each distinct source: what the SQL filter joins a chosen outlet
    to the sources that name it through (a few thousand rows, where the rows filtered are millions)."""
    pairs = [(source, outlet) for source in dict.fromkeys(sources) for outlet in outlets(source)]
    return pa.table({"source": pa.array([s for s, _ in pairs], pa.string()),
                     "outlet": pa.array([o for _, o in pairs], pa.string())})
