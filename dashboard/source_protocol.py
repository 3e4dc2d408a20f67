"""What the dashboard's components read from a data source, as one type.

dashboard.sources has two sources over one SQL engine, the analysed folder corpus (MemorySource) and the store
(StoreSource); the components take either without knowing which.  This Protocol
names the part of them the components use, so mypy checks each source and each component against
the same seam, and a new source knows what it has to answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

import pandas as pd

from dashboard.state import Universe, ViewState

if TYPE_CHECKING:
    from dashboard.sources import MemorySource, StoreSource, View


@runtime_checkable
class DataSource(Protocol):
    #: What the visitor is told the data is ("the corpus", "the store"), as in an upload's report
    data_name: str

    @property
    def universe(self) -> Universe:
        """Everything the corpus holds (dates, actors, pairs, sources, article ids): the filters' choices."""
        ...

    def view(self, state: ViewState) -> View:
        """The aggregated series, pair summary and key figures of the rows the filters keep."""
        ...

    def articles_for(self, view: View, pair: str | None, start: pd.Timestamp | None, period: str,
                     side: str | None = None) -> list[str]:
        """The articles behind a clicked point: one pair (or all) in one period (or all); ``side``
        ("conflict" or "cooperation"): those carrying most of the pair's weight on that side first."""
        ...

    def point_rows(self, view: View, pair: str, start: pd.Timestamp, period: str, articles: int,
                   pair_only: bool = False) -> pd.DataFrame:
        """The full pair rows of the first ``articles`` articles behind a point (as articles_for ranks them);
        ``pair_only``: only those of ``pair``."""
        ...

    def labels(self, ids: list[str]) -> dict[str, str]:
        """A short label (date · source · title) per article id."""
        ...

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame]:
        """One article (None when unknown) and its pair rows."""
        ...

    def held(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` the source holds (an upload says which of its articles it already had)."""
        ...

    def rows(self, view: View) -> pd.DataFrame:
        """The full pair rows of a view, for download."""
        ...


def _both_sources_conform(memory: MemorySource, store: StoreSource) -> tuple[DataSource, DataSource]:
    """Never called: mypy checks here that both of dashboard.sources' classes are DataSources."""
    return memory, store
