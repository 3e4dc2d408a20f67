"""The page's one piece of CSS: the charts and the source text stack when the main area is narrow.

Streamlit stacks columns only below a 640 px window.  At a 1000 px window with the sidebar open, the
main area is about 540 px: three fifths of it left the charts 290 px (the heatmap's twelve columns
piled their codes on each other, the timeline's panel captions ran into each other) and the source
text 200 px, and the four key figures cut their labels ("Articles namin…").  A container query
reads the width of the main area itself, whatever the window and the sidebar do: below
``STACK_BELOW_PX`` the source text goes under the charts, the "what changed" cards under each other
(three cards in 540 px were 135 px each, two or three words a line), and the key figures and the
four download buttons two to a row (four of them cut "Pair table (CSV)" and "(Parquet)" alike to
"Pair table …", so the two formats could not be told apart).
"""

from __future__ import annotations

import streamlit as st

CHARTS_KEY = "charts_and_text"  # st.container keys: Streamlit gives each the class st-key-KEY
FIGURES_KEY = "key_figures"
CHANGES_KEY = "what_changed_cards"
DOWNLOADS_KEY = "downloads"
STACKED = (CHARTS_KEY, CHANGES_KEY)  # their columns go under each other when narrow
PAIRED = (FIGURES_KEY, DOWNLOADS_KEY)  # their columns wrap two to a row when narrow
TAGS = '[data-testid="stMultiSelectTagsContainer"]'
TOAST = '[data-testid="stToastContainer"]'  # the toasts' fixed box (Streamlit 1.53 and 1.67 alike)
TOAST_BOTTOM = "1rem"
STACK_BELOW_PX = 860  # the charts need about 500 px; at 3:2 that is a main area of 860


def layout_css() -> str:
    """The style sheet: the keyed containers' columns stack (``STACKED``) or wrap two by two (``PAIRED``)."""
    stacked, paired = [f".st-key-{k}" for k in STACKED], [f".st-key-{k}" for k in PAIRED]
    rows = ", ".join(f'{k} [data-testid="stHorizontalBlock"]' for k in stacked)
    stacked_columns = ", ".join(f'{k} [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]' for k in stacked)
    wraps = ", ".join(f'{k} [data-testid="stHorizontalBlock"]' for k in paired)
    paired_columns = ", ".join(f'{k} [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]' for k in paired)
    return (f"<style>{', '.join(stacked + paired)} {{ container-type: inline-size; }}"
            # A multiselect keeps its chips on one line that scrolls sideways: the overlay of 5 pairs showed 2,
            # with no sign of the other 3.  They wrap, each chip in sight.
            f'{TAGS} {{ flex-wrap: wrap; overflow-x: visible; row-gap: 2px; }}'
            f'div:has(> {TAGS}) {{ max-height: none !important; }}'
            # A chart click's toast (dashboard.components.charts) stood in the top right corner, over the page's
            # title at a 900 px window; at the foot of the window it covers neither the title nor the chart
            # clicked, and points the way the source text is on a narrow page, below.
            f"{TOAST} {{ top: auto !important; bottom: {TOAST_BOTTOM}; }}"
            f"@container (max-width: {STACK_BELOW_PX}px) {{"
            f"{rows} {{ flex-direction: column; }}"
            f"{stacked_columns} {{ width: 100% !important; flex: 1 1 100% !important; }}"
            f"{wraps} {{ flex-wrap: wrap; row-gap: 0.5rem; }}"
            f"{paired_columns} {{ min-width: calc(50% - 1rem) !important; flex: 1 1 calc(50% - 1rem) !important; }}"
            "}</style>")


def render_layout_css() -> None:
    st.html(layout_css())
