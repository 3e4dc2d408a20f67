"""How the multiselects match what a visitor types, on the Streamlit releases that let us say.

Streamlit 1.5x's default is a fuzzy match (letters in order, anywhere) with "Select N matches" as the
first option: typing "Iran" and Enter in the actors filter chose twelve actors, Switzerland ("Sw-i-tze-
r-l-a-n-d") and Sierra Leone among them, and the charts said nothing of it.  Here a typed word matches
the labels that contain it ("Iran" finds "IRN · Iran", "ira" Iran and Iraq) and Enter takes the first
match alone.  The lowest release the project supports (1.53) has neither parameter; it gets none.
"""

from __future__ import annotations

import inspect
from typing import Any

import streamlit as st


def search_options() -> dict[str, Any]:
    """Keyword arguments for ``st.multiselect``: a substring match, and no bulk "select all matches"."""
    accepted = inspect.signature(st.multiselect).parameters
    wanted: dict[str, Any] = {"filter_mode": "contains", "select_all": False}
    return {name: value for name, value in wanted.items() if name in accepted}
