import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.state import Universe, ViewState, default_period, notices_markdown, parse, to_params

U = Universe(actors=frozenset({"CHN", "JPN", "USA"}), pairs=frozenset({"CHN-JPN", "JPN-USA"}),
             sources=frozenset({"Wire A", "Wire, B"}), categories=frozenset({"threat", "alliance"}),
             articles=frozenset({"0123456789abcdef"}), first_day=dt.date(2025, 1, 1), last_day=dt.date(2025, 12, 31))


def test_round_trip_of_a_full_state():
    state = ViewState(dt.date(2025, 2, 1), dt.date(2025, 3, 1), ("CHN",), ("CHN-JPN",), ("threat",),
                      ("Wire, B",), 3, "M", "0123456789abcdef")
    parsed = parse(to_params(state), U)
    assert parsed.state == state and parsed.notices == []


def test_defaults_leave_the_link_empty():
    assert to_params(ViewState()) == {}


def test_unknown_and_malformed_values_are_dropped_with_notices():
    parsed = parse({"actors": "CHN,XXX", "pairs": "usa-jpn,AAA-BBB", "period": "Y", "min": "-3", "start": "2025-13-01",
                    "article": "../../etc/passwd", "evil": "1", "cats": "threat,<script>"}, U)
    assert parsed.state.actors == ("CHN",)
    assert parsed.state.pairs == ("JPN-USA",)  # pairs are unordered: usa-jpn is JPN-USA
    assert parsed.state.categories == ("threat",)
    assert (parsed.state.period, parsed.state.min_mentions, parsed.state.start, parsed.state.article) == ("W", 1, None, "")
    text = " ".join(parsed.notices)
    for word in ("actors", "pairs", "period", "minimum", "start", "article", "evil", "cue categories"):
        assert word in text


def test_a_number_out_of_range_is_called_so_not_malformed():
    parsed = parse({"panels": "40", "top": "x1"}, U)
    assert "Link: dropped number of timeline panels out of range (40); use 1 to 12." in parsed.notices
    assert any(n.startswith("Link: dropped malformed") and "(x1)" in n for n in parsed.notices)


def test_the_every_pair_switch_travels_in_the_link():
    assert to_params(ViewState(every=True)) == {"every": "1"} and parse({"every": "1"}, U).state.every
    assert not parse({"every": "0"}, U).state.every and parse({"every": "0"}, U).notices == []
    dropped = parse({"every": "yes please"}, U)
    assert not dropped.state.every and any("every-pair switch" in n for n in dropped.notices)


def test_start_after_end_drops_both():
    parsed = parse({"start": "2025-05-01", "end": "2025-04-01"}, U)
    assert parsed.state.start is None and parsed.state.end is None and parsed.notices


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["start", "end", "actors", "pairs", "cats", "sources", "min", "period", "article",
                                        "panels", "overlay", "chart", "every", "x"]),
                       st.one_of(st.text(max_size=50), st.lists(st.text(max_size=20), max_size=4)), max_size=9))
def test_no_link_raises(params):
    parsed = parse(params, U)
    assert set(parsed.state.actors) <= U.actors and set(parsed.state.pairs) <= U.pairs
    assert parse(to_params(parsed.state), U).state == parsed.state


@pytest.mark.parametrize("raw", ["¹", "٣", "１"])
def test_digits_from_other_scripts_are_dropped_with_a_notice(raw):
    parsed = parse({"min": raw}, U)
    assert parsed.state.min_mentions == 1 and any("minimum mentions" in n for n in parsed.notices)


def test_the_number_of_actors_shown_travels_in_the_link():
    assert to_params(ViewState(top=20)) == {"top": "20"}
    assert parse({"top": "20"}, U).state.top == 20
    for raw in ("1", "61", "ten", "²"):
        parsed = parse({"top": raw}, U)
        assert parsed.state.top == ViewState().top and any("actors shown" in n for n in parsed.notices)


def test_timeline_panels_and_overlaid_pairs_travel_in_the_link():
    state = ViewState(panels=3, overlay=("JPN-USA", "CHN-JPN"))
    assert to_params(state) == {"panels": "3", "overlay": "JPN-USA,CHN-JPN"}  # the reader's order is kept
    assert parse(to_params(state), U).state == state
    parsed = parse({"overlay": "usa-jpn,AAA-BBB", "panels": "13"}, U)
    assert parsed.state.overlay == ("JPN-USA",) and parsed.state.panels == ViewState().panels
    text = " ".join(parsed.notices)
    assert "overlaid pairs" in text and "timeline panels" in text
    for raw in ("0", "ten", "²"):
        assert parse({"panels": raw}, U).state.panels == ViewState().panels


def test_the_chart_shown_travels_in_the_link():
    assert to_params(ViewState(chart="heatmap")) == {"chart": "heatmap"}
    assert to_params(ViewState()) == {}  # the timeline, the default, leaves the link
    assert parse({"chart": "Network"}, U).state.chart == "network"
    parsed = parse({"chart": "pie"}, U)
    assert parsed.state.chart == ViewState().chart and any("unknown chart" in n for n in parsed.notices)


def test_the_pair_an_article_was_opened_for_travels_with_the_article():
    state = ViewState(article="0123456789abcdef", about="CHN-JPN")
    assert to_params(state) == {"article": "0123456789abcdef", "about": "CHN-JPN"}
    assert parse(to_params(state), U).state == state
    assert parse({"article": "0123456789abcdef", "about": "jpn-chn"}, U).state.about == "CHN-JPN"
    assert to_params(ViewState(about="CHN-JPN")) == {}  # without its article it means nothing
    assert parse({"about": "CHN-JPN"}, U).state.about == ""
    parsed = parse({"article": "0123456789abcdef", "about": "<b>x</b>"}, U)
    assert parsed.state.about == "" and any("unknown pair the article is read for" in n for n in parsed.notices)


def test_a_corpus_spanning_years_opens_by_month_and_its_links_stay_short():
    years = Universe(first_day=dt.date(2017, 1, 1), last_day=dt.date(2026, 3, 28))
    weeks = Universe(first_day=dt.date(2025, 1, 1), last_day=dt.date(2026, 1, 1))
    assert default_period(years) == "M" and default_period(weeks) == "W" and default_period(Universe()) == "W"
    assert parse({}, years).state.period == "M"
    assert parse({}, weeks).state.period == "W"
    # The link leaves out the corpus's own default and keeps any other choice, both ways round.
    assert to_params(ViewState(period="M"), default_period(years)) == {}
    assert to_params(ViewState(period="W"), default_period(years)) == {"period": "W"}
    assert parse({"period": "W"}, years).state.period == "W"
    assert parse(to_params(ViewState(period="D"), "M"), years).state.period == "D"


def test_a_hand_typed_link_names_the_period_as_the_radio_does():
    """The radio says "day", "week", "month"; a reader typing ``period=day`` means D, not an unknown period."""
    years = Universe(first_day=dt.date(2017, 1, 1), last_day=dt.date(2026, 1, 1))
    for word, code in (("day", "D"), ("Week", "W"), ("MONTH", "M")):
        parsed = parse({"period": word}, years)
        assert parsed.state.period == code and parsed.notices == []
    assert parse({"period": "fortnight"}, years).notices


def test_a_link_naming_an_outlet_by_an_older_spelling_keeps_its_filter():
    """The sources filter joins an outlet's spellings and second citations under one name ("France24" and
    "FRANCE 24" are France 24, "Reuters 2" is Reuters): a link made before names them the old way."""
    outlets = replace(U, sources=frozenset({"France 24", "Reuters", "Wire, B"}))
    parsed = parse({"sources": ["France24", "Reuters 2", "Wire, B"]}, outlets)
    assert parsed.state.sources == ("France 24", "Reuters", "Wire, B") and parsed.notices == []
    assert parse({"sources": ["Nowhere"]}, outlets).notices == ["Link: dropped unknown sources (Nowhere)."]


def test_the_sentence_behind_a_click_travels_with_the_article_numbered_as_the_table_numbers_it():
    """A click marked nothing of the article it opened: the link names the sentence behind the number."""
    state = ViewState(article="0123456789abcdef", about="CHN-JPN", sentence=2)
    assert to_params(state) == {"article": "0123456789abcdef", "about": "CHN-JPN", "sentence": "3"}
    assert parse(to_params(state), U).state == state
    assert parse({"article": "0123456789abcdef", "sentence": "1"}, U).state.sentence == 0
    assert to_params(ViewState(sentence=2)) == {}  # without its article it means nothing
    assert parse({"sentence": "3"}, U).state.sentence is None
    for raw in ("-1", "2.5", "__import__('os')", "³"):
        parsed = parse({"article": "0123456789abcdef", "sentence": raw}, U)
        assert parsed.state.sentence is None and any("malformed sentence number" in n for n in parsed.notices), raw
    for raw in ("0", "100001"):  # whole numbers, but no sentence's
        parsed = parse({"article": "0123456789abcdef", "sentence": raw}, U)
        assert parsed.state.sentence is None and any("sentence number out of range" in n for n in parsed.notices), raw


def test_a_sentence_or_pair_without_its_article_is_reported_not_dropped_silently():
    """A shared link cut before its article ("?sentence=3") opened the view with no word of the sentence: a sentence
    is numbered within its article (every article has a sentence 3), so none is guessed, and the reader is told."""
    parsed = parse({"sentence": "3", "about": "jpn-chn"}, U)
    assert parsed.state.sentence is None and parsed.state.about == ""
    assert "Link: dropped sentence 3: a sentence is numbered within its article, and the link names no article." \
        in parsed.notices
    assert "Link: dropped the pair to read an article for (CHN-JPN): the link names no article." in parsed.notices
    parsed = parse({"article": "fedcba9876543210", "sentence": "3"}, U)  # an article this corpus lacks
    assert any(n.endswith("dropped sentence 3: a sentence is numbered within its article, and its article is "
                          "dropped.") for n in parsed.notices)
    assert parse({"article": "0123456789abcdef", "sentence": "3", "about": "CHN-JPN"}, U).notices == []


def test_a_span_wholly_outside_the_corpus_or_a_value_given_twice_is_reported():
    """start after the corpus's last day showed its last day alone, end before its first day its first day, and a
    repeated parameter was read by its first value: all without a word."""
    parsed = parse({"start": "2026-03-01"}, U)
    assert parsed.state.start is None
    assert parsed.notices == ["Link: dropped start date 2026-03-01, after the corpus's last day (2025-12-31)."]
    parsed = parse({"end": "2024-06-01"}, U)
    assert parsed.state.end is None
    assert parsed.notices == ["Link: dropped end date 2024-06-01, before the corpus's first day (2025-01-01)."]
    assert parse({"start": "2024-12-01"}, U).notices == []  # a span reaching past the corpus's: its days are all there
    parsed = parse({"period": ["D", "M"], "chart": ["network", "heatmap"]}, U)
    assert (parsed.state.period, parsed.state.chart) == ("D", "network")
    assert parsed.notices == ["Link: kept the first of several values for chart, period."]
    parsed = parse({"min": "1,000", "article": "0123456789abcdef", "about": "CHN-JPN,JPN-USA"}, U)  # comma-separated
    assert (parsed.state.min_mentions, parsed.state.about) == (1, "CHN-JPN")
    assert parsed.notices == ["Link: kept the first of several values for about, min."]
    many = [f"A{i:02d}-B{i:02d}" for i in range(14)]
    parsed = parse({"overlay": ",".join(many)}, replace(U, pairs=frozenset(many)))
    assert parsed.state.overlay == tuple(many[:12])
    assert parsed.notices == ["Link: overlaid the first 12 pairs; dropped 2 more."]


def test_notices_quote_a_links_values_as_text_never_as_markdown():
    """Streamlit renders a warning as Markdown: "?cats=[x](//ev.il)" put a link to click in the notice."""
    notices = parse({"cats": "[x](//ev.il)", "actors": "<b>", "pairs": "$x$,_a_"}, U).notices
    shown = notices_markdown(notices)
    assert shown.count("  \n") == len(notices) - 1
    assert "[x](" not in shown and "\\[x\\]\\(\\/\\/ev\\.il\\)" in shown and "\\<B\\>" in shown
    assert "\\$x\\$" in shown and "\\_a\\_" in shown
    # GFM links a bare "www.x", "http://x" or "a@b.c" after reading the escapes: a zero-width space breaks each
    shown = notices_markdown(parse({"sources": ["www.ev.il", "http://ev.il", "me@ev.il"]}, U).notices)
    assert "www\u200b\\." in shown and "http\\:\u200b\\/\\/" in shown and "me\\@\u200bev" in shown
