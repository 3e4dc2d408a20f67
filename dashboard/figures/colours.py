"""Each actor's one colour and the colours of tension, the same in every chart and in the text beside them (the
source text and the "what changed" panel use ``actor_colour`` too): an actor's colour never depends on the
corpus or the other actors shown, and tension runs from green (cooperation, -1) through grey to red
(conflict, +1) on one fixed range, so colours compare across charts and filters.  Actors' colours are
neither red nor green.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

TENSION_SCALE = [[0.0, "#1a9850"], [0.5, "#d9d9d9"], [1.0, "#d73027"]]
# The colour bar's ends in words: a bar from -1 to 1 titled "tension" left the reader to guess which
# end was conflict.
TENSION_TICKS = dict(tickvals=[-1, -0.5, 0, 0.5, 1], ticktext=["−1 cooperation", "−0.5", "0", "+0.5", "+1 conflict"])

# Actor colours: dark enough to read as bold text on white, and no red or green, which mean
# conflict and cooperation.
ACTOR_PALETTE = ["#1f4e9c", "#d46a00", "#7b3fa0", "#8c564b", "#c2408f", "#0f8b9b", "#8a8a00", "#5f5f5f",
                 "#3b9ad9", "#b8860b", "#393b79", "#a05a2c", "#e377c2", "#5254a3", "#7b4173", "#2f6b6b"]
# The actors most often in international news each keep a colour of their own, chosen so that
# the ones often named together (ISR, PSE, USA, IRN, LBN; RUS, UKR) differ; every other code is
# hashed into a second palette, stable across runs and corpora.  Hashed into the first, other actors
# shared the common ones' colours: "United States–Yemen" in one navy, Canada in Israel's blue (uiaudit26).
# The next 14 most often named (WCEP's heatmap's top 30) each keep one of the second palette's colours,
# chosen apart from the actors they are named with (India and Pakistan, Saudi Arabia and Yemen, Israel and
# Lebanon); every other actor is hashed into it, so two rarer actors, or a rarer one and one of those 14,
# may share a colour, never with the 16 first.
FIXED_ACTOR_COLOURS = {"USA": 0, "CHN": 1, "RUS": 2, "PSE": 3, "GBR": 4, "IRN": 5, "EU": 6, "SYR": 7, "ISR": 8,
                       "UKR": 9, "FRA": 10, "TUR": 11, "JPN": 12, "DEU": 13, "PRK": 14, "UN": 15}
OTHER_ACTOR_PALETTE = ["#0e6e8c", "#a6761d", "#8e6c8a", "#4a6fe3", "#d98c1f", "#6d597a", "#b5651d", "#2e86ab",
                       "#4e79a7", "#f28e2b", "#c9a227", "#80655e", "#3d5a80", "#6b4226"]
SECOND_ACTOR_COLOURS = {"PAK": 0, "IRQ": 1, "VEN": 2, "ITA": 3, "LBN": 4, "AFG": 5, "CAN": 6, "KOR": 7, "AUS": 8,
                        "IND": 9, "SAU": 10, "ESP": 11, "ARE": 12, "YEM": 13}
INDEX_COLOUR, MENTIONS_COLOUR = "#333333", "#9aa4b1"  # a pair's own panel needs no colour of its own


def actor_colour(code: str) -> str:
    """The actor's one colour: fixed for the 30 most common actors, else a hash of the code into the second
    palette."""
    index = FIXED_ACTOR_COLOURS.get(code)
    if index is not None:
        return ACTOR_PALETTE[index]
    second = SECOND_ACTOR_COLOURS.get(code)
    if second is None:
        second = zlib.crc32(code.encode("utf-8")) % len(OTHER_ACTOR_PALETTE)
    return OTHER_ACTOR_PALETTE[second]


def actor_colours(actors: Iterable[str]) -> dict[str, str]:
    """Each actor's colour, shared by charts and text; an actor's colour never depends on the others listed."""
    return {a: actor_colour(a) for a in actors}


def _coloured(text: str, code: str) -> str:
    """Plotly rich text in the actor's colour (tick labels, node labels)."""
    return f'<span style="color:{actor_colour(code)}">{text}</span>'


def tension_colour(value: float) -> str:
    value = max(-1.0, min(1.0, value))
    if value >= 0:
        lo, hi, t = (217, 217, 217), (215, 48, 39), value
    else:
        lo, hi, t = (217, 217, 217), (26, 152, 80), -value
    r, g, b = (round(lo[k] + (hi[k] - lo[k]) * t) for k in range(3))
    return f"rgb({r},{g},{b})"


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"
