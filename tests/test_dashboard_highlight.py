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
