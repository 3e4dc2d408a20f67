import html

import pandas as pd

from analysis import run
from dashboard.highlight import article_html, spans_for


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


def _article_html_by_scanning(text, spans, colours):
    """The plain definition article_html's sweep must equal: every span tested at every cut."""
    import html as _html

    from dashboard.highlight import CONFLICT_STYLE, COOPERATION_STYLE, LEARNED_STYLES, plain_cue_title

    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _html.escape(text[a:b], quote=True).replace("\n", "<br>")
        for _start, _end, kind, label in [s for s in spans if s[0] <= a and b <= s[1]]:
            title = _html.escape(label if kind == "actor" else plain_cue_title(label), quote=True)
            if kind == "actor":
                colour = colours.get(label, "#444")
                piece = (f'<span title="{title}" style="color:{colour};font-weight:600;'
                         f'border-bottom:2px dotted {colour}">{piece}</span>')
            elif kind.startswith("learned-"):
                piece = f'<span title="{title}" style="{LEARNED_STYLES[kind[8:]]}">{piece}</span>'
            else:
                style = CONFLICT_STYLE if kind == "conflict" else COOPERATION_STYLE
                piece = f'<mark title="{title}" style="{style};padding:0 1px">{piece}</mark>'
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
