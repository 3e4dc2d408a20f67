"""The page's one piece of CSS: the charts and the source text stack when the main area is narrow.

Streamlit stacks columns only below a 640 px window.  At a 1000 px window with the sidebar open, the
main area is about 540 px: three fifths of it left the charts 290 px (the heatmap's twelve columns
piled their codes on each other, the timeline's panel captions ran into each other) and the source
text 200 px, and the four key figures cut their labels ("Articles namin…").  A container query
reads the width of the main area itself, whatever the window and the sidebar do: below
``STACK_BELOW_PX`` the source text goes under the charts and the key figures two to a row.
"""

from __future__ import annotations

import streamlit as st

CHARTS_KEY = "charts_and_text"  # st.container keys: Streamlit gives each the class st-key-KEY
FIGURES_KEY = "key_figures"
STACK_BELOW_PX = 860  # the charts need about 500 px; at 3:2 that is a main area of 860


def layout_css() -> str:
    """The style sheet: the keyed containers' columns stack (charts) or wrap two by two (key figures)."""
    charts, figures = f".st-key-{CHARTS_KEY}", f".st-key-{FIGURES_KEY}"
    return (f"<style>{charts}, {figures} {{ container-type: inline-size; }}"
            f"@container (max-width: {STACK_BELOW_PX}px) {{"
            f'{charts} [data-testid="stHorizontalBlock"] {{ flex-direction: column; }}'
            f'{charts} [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] '
            "{ width: 100% !important; flex: 1 1 100% !important; }"
            f'{figures} [data-testid="stHorizontalBlock"] {{ flex-wrap: wrap; row-gap: 0.5rem; }}'
            f'{figures} [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] '
            "{ min-width: calc(50% - 1rem) !important; flex: 1 1 calc(50% - 1rem) !important; }"
            "}</style>")


def render_layout_css() -> None:
    st.html(layout_css())
