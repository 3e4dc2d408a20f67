"""The filtered pair table and the aggregated table, as CSV and Parquet.

Files are built only when a button is clicked (a callable ``data``), not on every rerun: at a
million pair rows, writing them takes seconds.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pandas as pd
import streamlit as st

from analysis.loading import counted
from dashboard.components.layout import DOWNLOADS_KEY
from dashboard.source_protocol import DataSource
from dashboard.sources import View


def _parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as CSV, its floats to 12 significant digits: the store's sums, added in another order than the
    folder corpus's, differed from them in the 17th (uiaudit27), and no figure here means more than a few."""
    return frame.to_csv(index=False, date_format="%Y-%m-%d", float_format="%.12g").encode("utf-8")


def _later(build: Callable[[pd.DataFrame], bytes], frame: Callable[[], pd.DataFrame]) -> Callable[[], bytes]:
    return lambda: build(frame())


_PERIOD_WORDS = {"D": "daily", "W": "weekly", "M": "monthly"}


def file_names(first: dt.date | None, last: dt.date | None, period: str) -> tuple[str, str]:
    """The two downloads' file names (no extension), saying what they hold: "tension-pairs_2017-01-01_to_2026-03-28"
    and "tension-monthly_…".  Every view downloaded as "pairs.csv" left a reader's folder of files no one could
    tell apart (uiaudit26)."""
    span = f"{first.isoformat()}_to_{last.isoformat()}" if first and last else "undated"
    return f"tension-pairs_{span}", f"tension-{_PERIOD_WORDS.get(period, period)}_{span}"


def render_downloads(source: DataSource, view: View) -> None:
    agg = view.agg
    universe = source.universe
    pairs_name, agg_name = file_names(view.state.start or universe.first_day, view.state.end or universe.last_day,
                                      view.state.period)

    def rows() -> pd.DataFrame:  # the full rows (sentences, cues) of the filtered view, built on click
        return source.rows(view)

    st.subheader("Downloads")
    st.caption(f"{counted(view.rows, 'pair row')} and {counted(len(agg), 'aggregated row')} match the filters.")
    # keyed: two buttons to a row when the main area is narrow (dashboard.components.layout)
    a, b, c, d = st.container(key=DOWNLOADS_KEY).columns(4)
    # Off when there is nothing to download: four live buttons over an empty view gave files of headers alone.
    no_rows, no_agg = view.rows == 0, agg.empty
    why = "Nothing to download: no pair row matches the filters."
    # A click runs no script (on_click="ignore"): a rerun registered new deferred files while the browser was
    # fetching the one it had been given, and clicks in turn lost all files but one ("Deferred file … not found")
    a.download_button("Pair table (CSV)", _later(csv_bytes, rows), f"{pairs_name}.csv", "text/csv", key="dl_pairs_csv",
                      on_click="ignore", disabled=no_rows, help=why if no_rows else None)
    b.download_button("Pair table (Parquet)", _later(_parquet, rows), f"{pairs_name}.parquet", "application/octet-stream",
                      key="dl_pairs_parquet", on_click="ignore", disabled=no_rows, help=why if no_rows else None)
    c.download_button("Aggregated (CSV)", _later(csv_bytes, lambda: agg), f"{agg_name}.csv", "text/csv", key="dl_agg_csv",
                      on_click="ignore", disabled=no_agg, help=why if no_agg else None)
    d.download_button("Aggregated (Parquet)", _later(_parquet, lambda: agg), f"{agg_name}.parquet",
                      "application/octet-stream", key="dl_agg_parquet", on_click="ignore", disabled=no_agg,
                      help=why if no_agg else None)
