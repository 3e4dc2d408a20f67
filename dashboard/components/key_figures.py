"""The row of key figures above the charts: each says how many mentions stand behind it."""

from __future__ import annotations

import streamlit as st

from dashboard.figures import few_articles_words
from dashboard.labels import pair_name, signed

_UNITS = {"D": "days", "W": "weeks", "M": "months"}
_FORMATS = {"D": "%Y-%m-%d", "W": "week of %Y-%m-%d", "M": "%b %Y"}


def render_key_figures(figures: dict) -> None:
    most, change = figures["most_tense"], figures["largest_change"]
    support = figures.get("min_support", 1)
    why = (f"Only pairs and periods with at least {support} mentions count; the index is the pair's conflict weight "
           "(its sentences' conflict cues, summed) per 100 articles of the view, so one article can add more than 1.")
    period = figures.get("period", "W")
    step = (f"The largest move of a pair's index from one period to the next, with at least {support} mentions "
            f"at one end (at the later end itself when it is a partial last period) and at most "
            f"{figures.get('max_step', 3)} {_UNITS.get(period, 'periods')} apart (two periods years apart are not "
            "compared: the news between them is missing), whose two ends' 95 % intervals do not overlap (a change "
            "the data cannot tell from noise is no move; a period without the pair is 0, so a flare from quiet counts). "
            "A fall that undoes the rise into it (a rise at least half its size just before) is shown by that rise, "
            "the fall named after it: a spike is told by the line going up. The timeline ranks its pairs by the "
            "same moves. The index is conflict weight per 100 articles.")
    when = _FORMATS.get(period, "%Y-%m-%d")
    a, b, c, d = st.columns(4)
    if most:
        a.metric("Most tense pair", most[0], f"{most[2]:,} mentions · index {most[1]:.2f}", delta_color="off",
                 delta_arrow="off", help=why)
        # The metric shows the code; its names in words under it ("ISR-PSE" alone asked the reader to decode).
        # A view of few articles says what its index is: the seed's one article read "index 423.75".
        few = few_articles_words(figures.get("span_articles", 0), most[1], "the view")
        a.caption(pair_name(most[0]) + (f" · {few}" if few else ""))
    elif figures.get("no_conflict"):
        a.metric("Most tense pair", "—", "no conflict reported", delta_color="off", delta_arrow="off", help=why)
    else:
        a.metric("Most tense pair", "—", f"no pair with {support}+ mentions", delta_color="off", delta_arrow="off",
                 help=why)
    if change:
        pair, delta, first_n, last_n, first, last = change
        # A rise in tension is bad news: red.  The arrow and colour are set, not read from the delta's text: Streamlit
        # takes a text starting with a hyphen for a fall, and a true minus sign ("−3.10", as the page writes
        # negatives) for a rise.
        rising = delta > 0
        b.metric("Largest change", pair, f"{signed(delta)} index", delta_color="red" if rising else "green",
                 delta_arrow="up" if rising else "down", help=step)
        # A caption wraps; the metric's one-line description cut this to "6→43 mentions, 20…".
        said = f"{pair_name(pair)}: {first_n:,} → {last_n:,} mentions, {first.strftime(when)} → {last.strftime(when)}"
        undone = figures.get("largest_change_undone")
        if undone:  # the larger fall after the headlined rise, named second (explore.headline_steps)
            said += (f"; then {signed(undone[0])} to {undone[1]:,} mention{'' if undone[1] == 1 else 's'} in "
                     f"{undone[2].strftime(when)}")
        b.caption(said)
    else:
        b.metric("Largest change", "—", delta_color="off", delta_arrow="off", help=step)
        # A caption, not the metric's one-line delta, which cut this to "no pair with two periods of 5+ me…".
        said = (f"No pair moved beyond its 95 % interval between two periods near each other with {support}+ "
                "mentions at one end.")
        unsure = figures.get("unsure_change")
        if unsure:  # what did rise, and why it is no headline: the interval says it could be noise
            pair, delta, first_n, last_n, first, last = unsure
            said += (f" The largest step, {pair_name(pair)} {signed(delta)} ({first.strftime(when)} → "
                     f"{last.strftime(when)}, {first_n:,} → {last_n:,} mentions), is within it: too few articles "
                     "carry it to tell it from chance.")
        b.caption(said)
    # The header counts every article; this counts those that name a pair, which only the label can say.
    c.metric("Articles naming a pair", f"{figures['articles']:,}",
             help="Articles in the view with at least one sentence naming two actors (a pair); the header counts "
                  "every article of the corpus, most of which name one actor or none.")
    d.metric("Pair mentions", f"{figures['mentions']:,}", help="Sentences naming a pair, counted once per pair they name.")
