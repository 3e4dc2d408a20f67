"""What a reader may want to know about the numbers, kept out of the way in an expander."""

from __future__ import annotations

import streamlit as st


def render_about(versions: str) -> None:
    with st.expander("About the data"):
        st.markdown(
            "**Tension** of a sentence runs from −1 (cooperation) to +1 (conflict): the sum of its cue words "
            "(a lexicon of conflict and cooperation phrases, and learned words), squashed into that range. "
            "A pair's tension counts fully only the cues that link its two actors. "
            "**Sentiment** is VADER's tone of the sentence, −1 negative to +1 positive. A **mention** is one "
            "sentence naming both actors of a pair.\n\n"
            "The timeline and the key figures show the **tension index**: a pair's conflict cue weight per 100 "
            "articles of the period, all of the period's articles counted (so a month with twice the news does "
            "not read as twice the tension), with its 95 % interval. The network, the heatmap and the "
            "sentiment × tension chart average tension and sentiment over the pair's mentions.\n\n"
            "Colours: green = cooperation, grey = neutral, red = conflict, on the same scale in every chart. "
            "Each actor keeps its colour everywhere: the 30 actors most often in the news have one of their own, "
            "and two rarer actors may share one (their names are always written beside it).")
        st.caption(f"Versions (a score changes only when these do): {versions or 'not recorded'}")
