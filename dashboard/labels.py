"""The words readers see for the codes the data holds: actor and pair names, cue categories, directions.

The pair table speaks in codes ("CHN-JPN", "military_action", "RUS>UKR") because codes are stable
and short; a reader should not have to know them.  Everything shown in a selector, a hover, a
legend or a table goes through here, so one code reads the same everywhere.  No Streamlit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from analysis.word_model import MODEL_CATEGORY

PAIR_DASH = "–"  # en dash between two names: "China–Japan"
_CATEGORY_WORDS = {"de_escalation": "de-escalation", MODEL_CATEGORY: "learned word"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    # The built-in dictionary: the one the corpus was read with, loaded once per process (and
    # already loaded when the dashboard analysed a folder).
    from analysis.actors import load_dictionary

    return dict(load_dictionary().names)


def actor_name(code: str) -> str:
    """The actor's display name ("China" for CHN); the code itself when the dictionary has none."""
    return _names().get(code, code)


# The built-in organisations whose display name is their acronym, spelled out for the selectors: the
# Actors filter offered "APEC", "ECOWAS", "UNRWA" by code alone.  Display only: the dictionary's names
# are what the matcher reads (UNRWA has no other), and a new name there would change what it finds.
FULL_NAMES = {
    "NATO": "North Atlantic Treaty Organization", "ASEAN": "Association of Southeast Asian Nations",
    "ECOWAS": "Economic Community of West African States",
    "OSCE": "Organization for Security and Co-operation in Europe", "G7": "Group of Seven", "G20": "Group of 20",
    "BRICS": "Brazil, Russia, India, China, South Africa and partners",
    "APEC": "Asia-Pacific Economic Cooperation", "QUAD": "Quadrilateral Security Dialogue",
    "AUKUS": "Australia–UK–US security pact", "IAEA": "International Atomic Energy Agency",
    "WHO": "World Health Organization", "WTO": "World Trade Organization", "IMF": "International Monetary Fund",
    "OPEC": "Organization of the Petroleum Exporting Countries", "UNHCR": "UN refugee agency",
    "UNRWA": "UN Relief and Works Agency for Palestine Refugees", "CIS": "Commonwealth of Independent States",
    "CSTO": "Collective Security Treaty Organization",
    "UNESCO": "UN Educational, Scientific and Cultural Organization", "UNICEF": "UN Children's Fund",
}


def actor_label(code: str) -> str:
    """"CHN · China", "APEC · Asia-Pacific Economic Cooperation": the code and the name in full, for
    selectors and legends.  A code that is its name written with underscores reads as the name
    ("Arab League", not "ARAB_LEAGUE · Arab League"); an unknown code stays the code."""
    name = FULL_NAMES.get(code) or actor_name(code)
    if name.casefold() == code.replace("_", " ").casefold():
        return name
    return f"{code} · {name}"


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    from analysis.actors import load_dictionary

    return frozenset(load_dictionary().codes_of_kind("organisation"))


def actor_options(codes: Iterable[str]) -> list[str]:
    """The Actors filter's order: states by code, then international bodies by code.  The filter takes the
    first label containing what a reader types, and by code alone "Russia" and Enter chose BRICS ("BRICS ·
    Brazil, Russia, India, China…" sorts before "RUS · Russia"), "Australia" AUKUS (uiaudit27)."""
    bodies = _organisations()
    return sorted(codes, key=lambda code: (code in bodies, code))


def pair_name(pair: str) -> str:
    """"China–Japan" for "CHN-JPN"."""
    a, sep, b = pair.partition("-")
    return f"{actor_name(a)}{PAIR_DASH}{actor_name(b)}" if sep else actor_name(pair)


def pair_label(pair: str) -> str:
    """"CHN-JPN · China–Japan"."""
    return f"{pair} · {pair_name(pair)}"


def direction_label(direction: str) -> str:
    """"Russia → Ukraine" for "RUS>UKR"; "" when word order showed no direction."""
    source, sep, target = (direction or "").partition(">")
    return f"{actor_name(source)} → {actor_name(target)}" if sep else ""


def category_label(category: str) -> str:
    """A cue category in plain words: "military action", "de-escalation", "learned word"."""
    return _CATEGORY_WORDS.get(category, category.replace("_", " "))


# A cue's modifier (analysis.tension: "prevention:halt", "negation:not") in plain words: "offensive (−0.57)" read
# as if "offensive" were a cooperation word, where a halt had turned it (uiaudit28)
_MODIFIER_WORDS = {"prevention": "turned by", "negation": "negated by", "hedge": "hedged by", "undoing": "undone by",
                   "object": "the object of", "intent": "only intended:", "refusal": "refused:", "demand": "only demanded:",
                   "absence": "absent:", "concession": "conceded:", "denied": "denied:"}


def modifier_words(modifier: str) -> str:
    """'turned by “halt”' for "prevention:halt"; a modifier of no known kind as its kind and word."""
    kind, sep, word = modifier.partition(":")
    if not sep:
        return kind
    return f"{_MODIFIER_WORDS.get(kind, kind)} “{word}”"


def signed(value: float, decimals: int = 2) -> str:
    """"+0.23" or "−0.28": a signed figure with a true minus sign, as the axes and captions write it
    (Python's "-0.28" put a hyphen beside figures written "−" elsewhere)."""
    text = f"{round(value, decimals) + 0.0:+.{decimals}f}"  # + 0.0: -0.001 is "+0.00", not "−0.00"
    return "−" + text[1:] if text.startswith("-") else text


def signed_all(values: Iterable[float], decimals: int = 2) -> list[str]:
    """``signed`` for each of ``values`` ("n/a" for a missing one): a chart's hover texts.  Plotly's hover
    formats numbers with a hyphen ("%{y:.2f}" gives "-0.28"), where its axes and the page write "−"."""
    return [signed(float(v), decimals) if math.isfinite(v) else "n/a" for v in values]


def plain_cue_title(title: str) -> str:
    """A cue's hover title ("military_action +0.95 (…)") with its leading category in plain words."""
    category, sep, rest = title.partition(" ")
    return f"{category_label(category)}{sep}{rest}"
