import html
import json

import pandas as pd

from analysis import run
from dashboard.highlight import article_html, quote_html, spans_for


def test_hostile_text_is_escaped_and_actors_and_cues_marked(corpus_dir):
    result = run(corpus_dir / "xss.txt")
    text = result.articles.iloc[0]["text"]
    page = article_html(text, spans_for(result.pairs), {"CHN": "#111111", "JPN": "#222222"})
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "onerror=&quot;" in page
    assert 'style="color:#111111' in page and "China</span>" in page
    assert "<mark" in page and "condemned" in page


def test_overlapping_spans_and_text_are_preserved():
    text = "A <b>bold</b> claim & more"
    spans = [(0, 1, "actor", "CHN"), (2, 13, "conflict", 'protest "+0.40"'), (5, 9, "actor", "JPN")]
    page = article_html(text, spans, {})
    stripped = pd.Series([page]).str.replace(r"<[^>]+>", "", regex=True)[0]
    assert html.unescape(stripped) == text
    assert "&quot;+0.40&quot;" in page


def test_out_of_range_spans_are_ignored():
    assert "xyz" in article_html("xyz", [(2, 10, "actor", "CHN"), (-1, 1, "actor", "CHN")], {})



def test_only_cues_that_counted_for_a_rows_pair_are_marked():
    from analysis import analyze

    sentence = "France praised Germany; Russia threatened Poland."
    rows = analyze(pd.DataFrame({"text": [sentence]}))
    fra_deu = rows[rows["pair"] == "DEU-FRA"].copy()
    # A cue that does not count for the pair has weight 0 in the row's cues (as with lambda = 0).
    fra_deu["cues"] = fra_deu["cues"].str.replace('"weight":0.06,', '"weight":0.0,', regex=False)
    marked = {sentence[s:e] for s, e, kind, _ in spans_for(fra_deu) if kind in ("conflict", "cooperation")}
    assert marked == {"praised"}
    everything = {sentence[s:e] for s, e, kind, _ in spans_for(rows) if kind in ("conflict", "cooperation")}
    assert {"praised", "threatened"} <= everything


def test_a_cues_mark_says_what_it_counted_for_each_pair_shown_and_for_the_sentence():
    """The table beside the text lists a pair's weights: a mark that said only the sentence's weight ("+0.95")
    beside the table's "+0.24" for the same word contradicted it (uiaudit26)."""
    from analysis import analyze

    sentence = "Washington sent more air-defence systems to Kyiv to counter Russia's invasion."
    rows = analyze(pd.DataFrame({"text": [sentence], "date": ["2024-06-01"]}))
    invasion = sentence.index("invasion")

    def title(shown):
        return next(label for s, e, kind, label in spans_for(shown) if s == invasion and kind == "conflict")

    counted = {r.pair: c["weight"] for r in rows.itertuples() for c in json.loads(r.cues)
               if c["term"] == "invasion" and c["weight"]}
    sentence_weight = next(c["sentence_weight"] for c in json.loads(rows.iloc[0]["cues"]) if c["term"] == "invasion")
    assert counted["RUS-UKR"] == sentence_weight and 0 < counted["UKR-USA"] < sentence_weight  # linked; aid's sides
    assert title(rows[rows["pair"] == "RUS-UKR"]).endswith(f"+{sentence_weight:.2f} for RUS-UKR")
    aid = title(rows[rows["pair"] == "UKR-USA"])
    assert f"+{counted['UKR-USA']:.2f} for UKR-USA" in aid and aid.endswith(f"(+{sentence_weight:.2f} in the sentence)")
    every = title(rows)
    assert "for RUS-UKR" in every and "for UKR-USA" in every


def test_an_armed_group_says_on_hover_that_it_counts_as_its_home_states_actor():
    """CAMEO codes an armed group to its home state: "Boko Haram" counts as NGA, and a bare "NGA" on hover let
    "Boko Haram militants open fire on civilians in Chad" read as Nigeria's act (uiaudit26)."""
    from analysis import analyze

    text = "Boko Haram militants open fire on civilians in Chad."
    rows = analyze(pd.DataFrame({"text": [text], "date": ["2024-01-01"]}))
    page = article_html(text, spans_for(rows), {"NGA": "#123456", "TCD": "#654321"})
    assert 'title="NGA · Nigeria: Boko Haram, an armed group, counted as this state&#x27;s actor' in page
    assert 'style="color:#123456' in page  # still in its state's colour
    assert 'title="TCD · Chad"' in page


def _article_html_by_scanning(text, spans, colours):
    """The plain definition article_html's sweep must equal: every span tested at every cut."""
    import html as _html

    from dashboard.highlight import mark_piece

    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _html.escape(text[a:b], quote=True).replace("\n", "<br>")
        for _start, _end, kind, label in [s for s in spans if s[0] <= a and b <= s[1]]:
            piece = mark_piece(piece, kind, label, colours)
        out.append(piece)
    return f'<div style="line-height:1.7;font-size:0.97rem;white-space:normal">{"".join(out)}</div>'


def test_the_sweep_marks_exactly_what_scanning_every_span_marks():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    kinds = st.sampled_from(["actor", "conflict", "cooperation", "learned-conflict", "learned-cooperation"])
    span = st.tuples(st.integers(-2, 40), st.integers(-2, 42), kinds, st.sampled_from(["USA", "military_action +0.95"]))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab <&\n", max_size=40), st.lists(span, max_size=12))
    def check(text, spans):
        assert article_html(text, spans, {"USA": "#123456"}) == _article_html_by_scanning(text, spans, {"USA": "#123456"})

    check()


def _cue(sentence: str, term: str, weight: float) -> dict:
    start = sentence.index(term)
    return {"term": term, "weight": weight, "sentence_weight": weight, "category": "military action",
            "start": start, "end": start + len(term), "modifiers": [], "source": "lexicon"}


def test_a_quoted_sentence_is_never_cut_before_the_cues_it_lists():
    # WCEP: "Russia designates filmmaker ... and …" listed "opposing (+0.40), war (+0.95)", both cut off
    sentence = ("Russia designates filmmaker and teacher Pavel Talankin, the co-director and subject of the 2025 "
                "documentary film Mr Nobody Against Putin, as a foreign agent after authorities accuse him of "
                "spreading disinformation about the government and opposing the war in Ukraine, state media say.")
    assert len(sentence) > 240 and sentence.index("war in Ukraine") > 240
    cues = json.dumps([_cue(sentence, "accuse", 0.1), _cue(sentence, "opposing", 0.4), _cue(sentence, "war", 0.95),
                       {**_cue(sentence, "government", 0.0)}])  # counted for another pair only
    quoted = quote_html(sentence, cues)
    assert "opposing</mark>" in quoted and ">war</mark>" in quoted and "in Ukraine" in quoted
    assert quoted.count("<mark") == 3  # the cue that did not count for the pair stays plain
    assert quoted.endswith("…") and "state media say" not in quoted  # cut after the last cue, on a word
    short = quote_html("A attacked B.", json.dumps([_cue("A attacked B.", "attacked", 0.9)]))
    assert "…" not in short and "attacked</mark>" in short


def test_a_quoted_sentence_is_escaped():
    sentence = "<script>alert(1)</script> A attacked B."
    quoted = quote_html(sentence, json.dumps([_cue(sentence, "attacked", 0.9)]))
    assert "<script>" not in quoted and "&lt;script&gt;" in quoted


def test_the_sentence_behind_a_click_is_marked_around_its_own_marks_and_escaped(corpus_dir):
    """The clicked point's article opened with nothing saying which of its sentences made the number."""
    from dashboard.highlight import SENTENCE_STYLE, sentence_span

    result = run(corpus_dir / "xss.txt")
    text, rows = result.articles.iloc[0]["text"], result.pairs
    sentence_id = int(rows["sentence_id"].iloc[0])
    span = sentence_span(rows, sentence_id)
    assert span is not None and text[span[0]:span[1]] == rows["sentence"].iloc[0]
    assert sentence_span(rows, 99) is None and sentence_span(rows, None) is None
    page = article_html(text, [*spans_for(rows), span], {"CHN": "#111111"})
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page
    # every piece of the sentence marked, around the actors' and cues' own marks (given before it)
    assert f'style="{SENTENCE_STYLE}"><span title="CHN · China"' in page and f'style="{SENTENCE_STYLE}"><mark' in page
    unmarked = article_html(text, spans_for(rows), {})
    assert SENTENCE_STYLE not in unmarked
