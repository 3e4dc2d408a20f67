"""The app as a user drives it, through Streamlit's AppTest (no browser)."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.highlight import SENTENCE_STYLE
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
APP_TIMEOUT = 180  # the first run analyses the corpus in worker processes: slow on a loaded machine


def open_app(monkeypatch, folder=None, **params) -> AppTest:
    if folder is not None:
        monkeypatch.setenv("TENSION_TRACKER_CORPUS", str(folder))
    else:
        monkeypatch.delenv("TENSION_TRACKER_CORPUS", raising=False)
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def url(at) -> dict[str, str]:
    """The app's query parameters, one value each: AppTest keeps them as lists on Streamlit 1.53, as strings later."""
    return {key: value[0] if isinstance(value, list) and len(value) == 1 else value
            for key, value in dict(at.query_params).items()}


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def link_notices(at) -> list[str]:
    """The link's notices, a line each of the one warning box that holds them, as plain text."""
    import re

    return [re.sub(r"\\(.)", r"\1", line).replace("\u200b", "") for w in at.warning for line in w.value.split("  \n")]


def widget(at, kind, label):
    return next(w for w in getattr(at.sidebar, kind) if w.label.startswith(label))


def test_opens_on_the_seeds_with_no_set_up(monkeypatch):
    at = open_app(monkeypatch)
    assert not at.exception
    assert metric(at, "Articles naming a pair") == "1" and metric(at, "Pair mentions") == "47"
    assert len(at.get("plotly_chart")) == 1  # the timeline: only the chart shown is built
    assert "CHN-JPN · China–Japan" in widget(at, "multiselect", "Pairs").options


@pytest.mark.parametrize(("chart", "marker"), [("network", '"name":"actors"'), ("heatmap", '"type":"heatmap"'),
                                               ("scatter", "Sentiment"), ("time", "Tension index")])
def test_each_chart_opens_from_the_link_alone(monkeypatch, chart, marker):
    at = open_app(monkeypatch, chart=chart)
    assert not at.exception and not at.warning
    (shown,) = at.get("plotly_chart")
    assert marker in shown.proto.spec.replace(" ", "") or marker in shown.proto.spec


@pytest.mark.parametrize(
    ("kind", "label", "value", "param"),
    [
        ("multiselect", "Actors", ["RUS"], "actors"),
        ("multiselect", "Pairs", ["JPN-USA"], "pairs"),
        ("multiselect", "Cue categories", ["military_action"], "cats"),
        ("multiselect", "News sources", ["Wire B"], "sources"),
        ("number_input", "Minimum mentions", 3, "min"),
        ("radio", "Aggregate by", "M", "period"),
    ],
)
def test_each_filter_changes_the_view_and_the_url(monkeypatch, corpus_dir, kind, label, value, param):
    at = open_app(monkeypatch, corpus_dir)
    before = metric(at, "Pair mentions")
    widget(at, kind, label).set_value(value).run()
    assert not at.exception
    assert param in at.query_params
    if kind != "radio":
        assert metric(at, "Pair mentions") != before


def test_date_range_filter(monkeypatch, corpus_dir):
    import datetime as dt

    at = open_app(monkeypatch, corpus_dir)
    at.sidebar.date_input[0].set_value((dt.date(2025, 2, 1), dt.date(2025, 2, 28))).run()
    assert metric(at, "Articles naming a pair") == "2"
    assert at.query_params["start"] in ("2025-02-01", ["2025-02-01"]) and at.query_params["end"] in ("2025-02-28", ["2025-02-28"])


def test_a_link_sets_the_widgets_and_the_view(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir, pairs="CHN-JPN", period="M", min="2", start="2025-01-01")
    assert widget(at, "multiselect", "Pairs").value == ["CHN-JPN"]
    assert widget(at, "radio", "Aggregate by").value == "M"
    assert widget(at, "number_input", "Minimum mentions").value == 2
    assert not at.warning
    widget(at, "multiselect", "Pairs").set_value(["CHN-JPN", "JPN-USA"]).run()
    assert at.query_params["pairs"] in ("CHN-JPN,JPN-USA", ["CHN-JPN,JPN-USA"])


def _go_back_to(monkeypatch, at, **params) -> AppTest:
    """The browser's Back or Forward to the entry ``params``: Streamlit 1.65+ reruns with that entry's URL and marks
    the run a history navigation (dashboard.url_sync.history_navigation)."""
    from dashboard import url_sync

    monkeypatch.setattr(url_sync, "history_navigation", lambda: True)
    at.query_params.clear()
    at.query_params.update(params)
    at.run()
    monkeypatch.setattr(url_sync, "history_navigation", lambda: False)
    return at


def test_back_shows_the_entrys_view_and_leaves_its_url(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    opening = metric(at, "Articles naming a pair")
    widget(at, "multiselect", "Pairs").set_value(["CHN-JPN"]).run()
    assert metric(at, "Articles naming a pair") != opening
    widget(at, "radio", "Aggregate by").set_value("M").run()
    at.radio(key="f_chart").set_value("network").run()
    assert url(at) == {"pairs": "CHN-JPN", "period": "M", "chart": "network"}
    _go_back_to(monkeypatch, at, pairs="CHN-JPN", period="M")
    assert not at.exception and at.radio(key="f_chart").value == "time"
    assert url(at) == {"pairs": "CHN-JPN", "period": "M"}  # not written back over by the session's view
    _go_back_to(monkeypatch, at)  # the opening view: the lists the entry names none of are emptied
    assert widget(at, "multiselect", "Pairs").value == [] and widget(at, "radio", "Aggregate by").value == "W"
    assert url(at) == {} and metric(at, "Articles naming a pair") == opening
    _go_back_to(monkeypatch, at, pairs="CHN-JPN", period="M", chart="network")  # Forward, past two entries
    assert widget(at, "multiselect", "Pairs").value == ["CHN-JPN"] and at.radio(key="f_chart").value == "network"
    assert url(at) == {"pairs": "CHN-JPN", "period": "M", "chart": "network"}
    at.radio(key="f_chart").set_value("heatmap").run()  # a change after it is the next entry, as before
    assert url(at) == {"pairs": "CHN-JPN", "period": "M", "chart": "heatmap"} and not at.warning


def test_an_ordinary_rerun_keeps_the_sessions_view_over_a_stale_url(monkeypatch, corpus_dir):
    # a run not marked as Back or Forward (a click that landed meanwhile, or Streamlit before 1.65, which reruns on
    # Back with the query string the app last wrote): the widgets win and are written to the URL, as before
    at = open_app(monkeypatch, corpus_dir, chart="network")
    at.query_params.clear()
    at.run()
    assert at.radio(key="f_chart").value == "network" and url(at) == {"chart": "network"}


def test_back_resends_only_the_widgets_it_changes(monkeypatch, corpus_dir):
    # a widget the script sets is sent again with its value (set_value): WCEP's pairs list is 115 kB
    at = open_app(monkeypatch, corpus_dir, pairs="CHN-JPN", chart="network")
    at.radio(key="f_chart").set_value("heatmap").run()
    _go_back_to(monkeypatch, at, pairs="CHN-JPN", chart="network")
    assert at.radio(key="f_chart").value == "network" and at.radio(key="f_chart").proto.set_value
    sent = {w.label: w.proto.set_value for w in at.get("multiselect")}
    assert not any(sent.values()), sent


def test_back_to_a_links_entry_gives_its_notices_again(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir, pairs="XXX-YYY")
    assert any("dropped unknown pairs" in line for line in link_notices(at))
    at.radio(key="f_chart").set_value("network").run()
    _go_back_to(monkeypatch, at, chart="network")
    assert not at.warning
    _go_back_to(monkeypatch, at, pairs="XXX-YYY")
    assert any("dropped unknown pairs" in line for line in link_notices(at))
    assert at.radio(key="f_chart").value == "time" and url(at) == {}  # the link's view, its URL cleaned


def test_history_navigation_is_streamlits_mark_on_the_run(monkeypatch):
    from types import SimpleNamespace

    from dashboard import url_sync

    for ctx, expected in ((SimpleNamespace(is_history_navigation=True), True),
                          (SimpleNamespace(is_history_navigation=False), False),
                          (SimpleNamespace(), False),  # Streamlit before 1.65 has no such mark
                          (None, False)):  # outside a run
        monkeypatch.setattr(url_sync, "get_script_run_ctx", lambda ctx=ctx: ctx)
        assert url_sync.history_navigation() is expected


def test_the_pairs_filter_lists_the_most_mentioned_pairs_and_keeps_a_chosen_one(monkeypatch, corpus_dir):
    """WCEP's 3,482 pairs were 0.4 s of a new session's drawing: the filter lists the corpus's PAIR_CHOICES most
    mentioned, and a pair chosen outside them (a link's, or one typed) stays chosen and listed."""
    from dashboard.components import filters

    monkeypatch.setattr(filters, "PAIR_CHOICES", 1)
    at = open_app(monkeypatch, corpus_dir)
    assert [o.split(" · ")[0] for o in widget(at, "multiselect", "Pairs").options] == ["CHN-JPN"]
    at = open_app(monkeypatch, corpus_dir, pairs="RUS-UKR")
    pairs = widget(at, "multiselect", "Pairs")
    assert pairs.value == ["RUS-UKR"] and [o.split(" · ")[0] for o in pairs.options] == ["RUS-UKR", "CHN-JPN"]
    assert "type any other of its 4 pairs" in pairs.help
    assert metric(at, "Articles naming a pair") == "1"
    assert not at.exception and not at.warning


def test_lists_a_link_leaves_empty_are_sent_as_on_every_rerun(monkeypatch, corpus_dir):
    # A multiselect the script seeds is sent with a one-time value (set_value): the session's first rerun
    # then sent the pairs list again, a message the browser had not cached (115 kB over WCEP's pairs).
    at = open_app(monkeypatch, corpus_dir, pairs="CHN-JPN")
    seeded = {w.label: w.proto.set_value for w in at.get("multiselect")}
    assert seeded.pop("Pairs") is True  # a list the link names is still seeded
    assert seeded and not any(seeded.values()), seeded
    assert widget(at, "multiselect", "Actors").value == [] and widget(at, "multiselect", "News sources").value == []


def test_the_timeline_is_sent_without_streamlits_theme_and_carries_its_look(monkeypatch, corpus_dir):
    # Streamlit's theme adds a template, and Plotly draws a chart with one twice whole on every new figure
    # (dashboard.figures.sent._SentFigure): the timeline brings the theme's look in its own layout instead.
    import json

    at = open_app(monkeypatch, corpus_dir)
    (chart,) = at.get("plotly_chart")
    spec = json.loads(chart.proto.spec)
    assert chart.proto.theme == "" and "template" not in spec["layout"]
    assert spec["layout"]["font"]["family"].startswith('"Source Sans"') and spec["layout"]["datarevision"]
    at.radio(key="f_chart").set_value("network").run()
    (other,) = at.get("plotly_chart")
    assert other.proto.theme == "streamlit"  # the other charts keep Streamlit's theme


def test_bad_links_give_notices_never_errors(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir, pairs="ZZZ-QQQ", period="<script>", start="yesterday",
                  article="/etc/passwd", corpus="/etc")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "pairs" in warnings and "period" in warnings and "start" in warnings and "article" in warnings
    assert "/etc" not in " ".join(str(v) for v in at.query_params.values())
    # one box for them all, and the link's own words never rendered as Markdown: "[x](//ev.il)" was a link to click
    at = open_app(monkeypatch, corpus_dir, cats="[x](//ev.il)", pairs="$X^2$", sources="**B**")
    (box,) = at.warning
    assert "[x](//ev.il)" not in box.value and "\\[x\\]\\(\\/\\/ev\\.il\\)" in box.value
    assert "$X" not in box.value.replace("\\$", "") and "**" not in box.value.replace("\\*", "")
    assert any("[x](//ev.il)" in n for n in link_notices(at)) and len(link_notices(at)) == 3
    assert metric(at, "Articles naming a pair") == "6"  # the link named no file: the configured corpus is shown


def test_source_text_highlights_and_escapes(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    from analysis import load_articles

    hostile = load_articles(corpus_dir / "xss.txt").articles.iloc[0]["article_id"]
    at.selectbox(key="article_list").set_value(hostile).run()
    assert not at.exception
    bodies = " ".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;" in bodies and "<script" not in bodies
    assert "article" in at.query_params
    assert "<table" in bodies and "China" in bodies  # the sentence table, with names


def html_text(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def test_source_text_opens_on_the_article_with_most_mentions_and_follows_the_filters(monkeypatch, corpus_dir):
    at = open_app(monkeypatch)
    assert "this view's most mentioned pair" in " ".join(c.value for c in at.caption)
    assert "<table" in html_text(at)  # an article and its sentences, with no click
    assert "article" not in at.query_params  # the automatic choice is not part of the link
    at = open_app(monkeypatch, corpus_dir)
    widget(at, "multiselect", "Pairs").set_value(["RUS-UKR"]).run()
    assert "Russian forces attacked Ukraine" in html_text(at)
    assert "Russia → Ukraine" in html_text(at)  # the table's direction, in names
    assert "article" not in at.query_params


def test_sentence_table_shows_sentences_not_ids(monkeypatch):
    from analysis import run
    from tests.conftest import SEED

    at = open_app(monkeypatch)
    first = run(SEED).pairs.sort_values("sentence_id").iloc[0]["sentence"]
    import html as html_lib

    assert html_lib.escape(first[:60]) in html_text(at)
    assert "China" in html_text(at) and "sentence_id" not in html_text(at)


def test_legend_and_filters_speak_plain_words(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    options = widget(at, "multiselect", "Cue categories").options
    assert {"military action", "de-escalation", "learned word"} <= set(options)
    assert not [o for o in options if "_" in o]
    assert "CHN · China" in widget(at, "multiselect", "Actors").options
    legend = html_text(at)
    assert "= conflict cue" in legend and "= cooperation cue" in legend and "dashed underline</span> = learned word" in legend


def test_versions_live_in_about_the_data_and_survive_an_upload(monkeypatch, corpus_dir):
    import re

    at = open_app(monkeypatch, corpus_dir)
    about = next(e for e in at.expander if e.label == "About the data")
    versions = " ".join(c.value for c in about.caption)
    assert [c.value for c in at.caption if "dictionary" in c.value] == [versions]  # not in the title's caption
    assert re.search(r"dictionary [0-9a-f]{12}, scorer \S+", versions)
    at.text_area(key="paste_text").set_value("India and Pakistan agreed a ceasefire on Monday.").run()
    at.button(key="paste_go").click().run()
    about = next(e for e in at.expander if e.label == "About the data")
    after = " ".join(c.value for c in about.caption)
    assert after == versions and "dictionary ," not in after


def test_top_actors_control_sets_both_charts_and_the_link(monkeypatch, corpus_dir):
    import json

    at = open_app(monkeypatch, corpus_dir, top="3", chart="heatmap")
    assert at.number_input(key="f_top_heatmap").value == 3
    at.number_input(key="f_top_heatmap").set_value(4).run()
    assert not at.exception and at.query_params["top"] in ("4", ["4"])
    at.session_state["f_chart"] = "network"  # the other chart the number governs
    at.run()
    assert at.query_params["chart"] in ("network", ["network"]) and at.number_input(key="f_top_network").value == 4
    network = next(c for c in at.get("plotly_chart") if '"name":"actors"' in c.proto.spec.replace(" ", ""))
    nodes = next(t for t in json.loads(network.proto.spec)["data"] if t.get("name") == "actors")
    assert len(nodes["x"]) == 4
    at.number_input(key="f_top_network").set_value(12).run()
    assert "top" not in at.query_params  # the default leaves the link


@pytest.mark.parametrize("other", ["network", "heatmap", "scatter"])
def test_the_timelines_controls_survive_a_visit_to_another_chart(monkeypatch, corpus_dir, other):
    """Streamlit forgets the value of a widget a run does not draw: back from another chart, "Pairs shown"
    came back as 1 and the overlay empty, and the link lost both (uiaudit26)."""
    at = open_app(monkeypatch, corpus_dir, panels="3")
    at.radio(key="f_chart").set_value(other).run()
    at.radio(key="f_chart").set_value("time").run()
    assert at.number_input(key="f_panels").value == 3 and at.query_params["panels"] in ("3", ["3"])
    at.multiselect(key="f_overlay").set_value(["CHN-JPN", "JPN-USA"]).run()
    at.radio(key="f_chart").set_value(other).run()
    assert at.query_params["overlay"] in ("CHN-JPN,JPN-USA", ["CHN-JPN,JPN-USA"])
    at.radio(key="f_chart").set_value("time").run()
    assert not at.exception and at.multiselect(key="f_overlay").value == ["CHN-JPN", "JPN-USA"]


@pytest.mark.parametrize("chart", ["network", "heatmap"])
def test_a_view_of_fewer_actors_than_asked_says_how_many_are_shown(monkeypatch, corpus_dir, chart):
    """WCEP's four chosen pairs name 8 actors: the network and the heatmap drew 8 under "Actors shown: 12".
    The number is the most shown, and a caption under it says the view's own count."""
    at = open_app(monkeypatch, corpus_dir, chart=chart, pairs="CHN-JPN,RUS-UKR")
    assert not at.exception
    assert at.number_input(key=f"f_top_{chart}").value == 12
    assert at.number_input(key=f"f_top_{chart}").label.startswith("Actors shown at most")
    assert "The view names 4 actors: all 4 are shown." in [c.value for c in at.caption]
    at.number_input(key=f"f_top_{chart}").set_value(3).run()
    assert not [c.value for c in at.caption if c.value.startswith("The view names")]


def test_downloads_are_offered(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    assert len(at.get("download_button")) == 4


def test_a_pasted_article_joins_the_view_in_this_session(monkeypatch, corpus_dir):
    import datetime as dt

    at = open_app(monkeypatch, corpus_dir)
    at.text_area(key="paste_text").set_value("India and Pakistan agreed a ceasefire on Monday.").run()
    at.date_input(key="paste_date").set_value(dt.date(2025, 3, 10))
    at.button(key="paste_go").click().run()
    assert not at.exception
    assert metric(at, "Articles naming a pair") == "7"
    assert "IND-PAK · India–Pakistan" in widget(at, "multiselect", "Pairs").options


def test_upload_caps_refuse_too_many_and_too_large_files():
    from types import SimpleNamespace

    from dashboard.components.uploads import MAX_FILE_MB, MAX_FILES, check_uploads

    files = [SimpleNamespace(name=f"f{i}.txt", size=10) for i in range(MAX_FILES + 2)]
    files[0].size = MAX_FILE_MB * 2**20 + 1
    kept, refused = check_uploads(files)
    assert len(kept) == MAX_FILES - 1 and len(refused) == 3
    assert refused[0].name == "f0.txt" and "MB" in refused[0].text and "limit of" in refused[-1].text


@pytest.mark.parametrize("chosen", [None, "pick"])
def test_the_leading_worker_reads_the_article_the_panel_shows_before_the_panel_asks(corpus_dir, chosen):
    """start_leading's worker asks the panel's next questions as the panel asks them: the list's labels,
    and the text and rows of the article shown (the leading one, or the reader's choice)."""

    def script(folder, chosen):
        import streamlit as st

        from analysis import run
        from dashboard.answers import kept_questions
        from dashboard.components.source_text import _leading, start_leading
        from dashboard.corpus import build
        from dashboard.sources import MemorySource
        from dashboard.state import ViewState

        source = MemorySource(build(run(folder)))
        view = source.view(ViewState())
        if chosen:  # a reader's choice: an article that is not the leading one
            st.session_state["f_article"] = sorted(set(view.article_ids) - {_leading(source, view)[1]})[0]
        start_leading(source, view).result()
        shown = st.session_state.get("f_article") or _leading(source, view)[1]
        asked = kept_questions(source)
        st.write(f"{('article', shown) in asked} {sum(q[0] == 'labels' for q in asked)}")

    at = AppTest.from_function(script, default_timeout=APP_TIMEOUT, args=(str(corpus_dir), chosen)).run()
    assert not at.exception
    assert at.markdown[0].value == "True 1"


def _pick_app(chart: str, point: dict, folder: str, sentence: bool = False) -> str | None:
    """Run charts._pick on a selection event as Streamlit delivers it; return the chosen article (with
    ``sentence``: the article and the sentence marked, "article sentence")."""

    def script(chart, point, folder):
        from types import SimpleNamespace

        import streamlit as st

        from analysis import run
        from dashboard.components.charts import _pick
        from dashboard.corpus import build
        from dashboard.sources import MemorySource
        from dashboard.state import ViewState

        source = MemorySource(build(run(folder)))
        _pick(chart, SimpleNamespace(selection=SimpleNamespace(points=[point])), source, source.view(ViewState()))
        st.write(st.session_state.get("f_article") or "none")
        st.write(str(st.session_state.get("f_sentence")))

    at = AppTest.from_function(script, default_timeout=APP_TIMEOUT, args=(chart, point, folder)).run()
    assert not at.exception
    return f"{at.markdown[0].value} {at.markdown[1].value}" if sentence else at.markdown[0].value


@pytest.mark.parametrize(
    ("chart", "point"),
    [
        ("timeline", {"customdata": ["RUS-UKR", "2025-02-03", 1, 1]}),
        # a point on a time axis: numbers alone in its customdata, the pair its trace's, the period its x
        ("timeline", {"legendgroup": "RUS-UKR", "x": "2025-02-03", "customdata": [1.0, 1.0, 0.0, 0.4, 0.3, 4.0]}),
        ("network", {"customdata": ["RUS-UKR", 1, 0.5]}),
        ("scatter", {"customdata": ["RUS-UKR", 1, 1]}),
        ("heatmap", {"x": "UKR", "y": "RUS", "z": 0.5}),
    ],
)
def test_clicking_a_chart_selects_the_article_behind_it(corpus_dir, chart, point):
    from analysis import load_articles

    expected = load_articles(corpus_dir / "a3.txt").articles.iloc[0]["article_id"]
    assert _pick_app(chart, point, str(corpus_dir)) == expected


def test_the_store_gives_the_same_view_as_the_folder(monkeypatch, corpus_dir, store_file):
    folder = open_app(monkeypatch, corpus_dir)
    monkeypatch.setenv("TENSION_TRACKER_DB", str(store_file))
    stored = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not stored.exception
    for name in ("Articles naming a pair", "Pair mentions", "Most tense pair", "Largest change"):
        assert metric(stored, name) == metric(folder, name), name
    for kind, label, value in (("multiselect", "Pairs", ["CHN-JPN"]), ("radio", "Aggregate by", "M"),
                               ("multiselect", "Cue categories", ["military_action"])):
        widget(stored, kind, label).set_value(value).run()
        widget(folder, kind, label).set_value(value).run()
        assert metric(stored, "Pair mentions") == metric(folder, "Pair mentions")
    # an empty view (no CHN-JPN row with a military action cue) says why instead of drawing an empty chart: alike
    assert len(stored.get("plotly_chart")) == len(folder.get("plotly_chart"))
    assert [i.value for i in stored.info] == [i.value for i in folder.info] != []


def test_store_article_view_and_pasted_article(monkeypatch, store_file, corpus_dir):
    import datetime as dt

    from analysis import load_articles

    monkeypatch.setenv("TENSION_TRACKER_DB", str(store_file))
    hostile = load_articles(corpus_dir / "xss.txt").articles.iloc[0]["article_id"]
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT)
    at.query_params["article"] = hostile
    at.run()
    bodies = " ".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;" in bodies and "<script" not in bodies
    at.text_area(key="paste_text").set_value("India and Pakistan agreed a ceasefire on Monday.").run()
    at.date_input(key="paste_date").set_value(dt.date(2025, 3, 1))
    at.button(key="paste_go").click().run()
    assert not at.exception and metric(at, "Articles naming a pair") == "7"


def test_a_missing_store_is_explained(monkeypatch, tmp_path):
    monkeypatch.setenv("TENSION_TRACKER_DB", str(tmp_path / "none.duckdb"))
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    assert "python -m analysis ingest" in " ".join(e.value for e in at.error)


def test_owner_mode_exists_only_with_a_key_and_only_for_the_right_key(monkeypatch, corpus_dir, tmp_path):
    from analysis.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest([corpus_dir])
    monkeypatch.setenv("TENSION_TRACKER_DB", str(db))
    monkeypatch.delenv("TENSION_TRACKER_OWNER_KEY", raising=False)
    visitor = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not [t for t in visitor.text_input if t.label == "Owner key"]

    monkeypatch.setenv("TENSION_TRACKER_OWNER_KEY", "s3cret-key")
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    at.text_input(key="owner_key_input").set_value("wrong")
    at.button(key="owner_login").click().run()
    assert "not the owner key" in " ".join(e.value for e in at.error)
    assert not [t for t in at.text_area if t.key == "owner_feeds"]
    # A visitor's pasted article stays in the session: the store is untouched.
    at.text_area(key="paste_text").set_value("India and Pakistan agreed a ceasefire.").run()
    at.button(key="paste_go").click().run()
    with Store(db) as store:
        assert store.count("articles") == 6

    at.text_input(key="owner_key_input").set_value("s3cret-key")
    at.button(key="owner_login").click().run()
    assert not at.exception and any(s.value == "Owner mode" for s in at.success)
    at.text_area(key="owner_feeds").set_value("https://example.org/rss.xml\nhttps://example.org/atom.xml").run()
    at.button(key="owner_save_feeds").click().run()
    with Store(db) as store:
        assert sorted(store.feeds()) == ["https://example.org/atom.xml", "https://example.org/rss.xml"]
    at.text_area(key="owner_feeds").set_value("file:///etc/passwd").run()
    at.button(key="owner_save_feeds").click().run()
    assert "not http(s) feed URLs" in " ".join(e.value for e in at.error)


@pytest.mark.parametrize("backend", ["folder", "store"])
def test_uploads_are_joined_once_not_on_every_filter_change(monkeypatch, corpus_dir, store_file, backend):
    import pandas as pd

    from analysis import run
    from dashboard.components.uploads import JOINED_KEY, SESSION_KEY

    monkeypatch.setenv("TENSION_TRACKER_CORPUS", str(corpus_dir))
    if backend == "store":
        monkeypatch.setenv("TENSION_TRACKER_DB", str(store_file))
    else:
        monkeypatch.delenv("TENSION_TRACKER_DB", raising=False)
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT)
    at.session_state[SESSION_KEY] = run(pd.DataFrame({"text": ["Brazil and Argentina signed a trade pact."],
                                                      "date": ["2025-06-01"]}))
    at.run()
    assert not at.exception
    joined = at.session_state[JOINED_KEY][2]
    assert "ARG-BRA · Argentina–Brazil" in widget(at, "multiselect", "Pairs").options  # the upload is in the view
    widget(at, "radio", "Aggregate by").set_value("M").run()
    widget(at, "multiselect", "Pairs").set_value(["ARG-BRA"]).run()
    assert not at.exception
    assert metric(at, "Pair mentions") == "1"
    assert at.session_state[JOINED_KEY][2] is joined  # the same join served every rerun


def timeline_spec(at) -> dict:
    import json

    return json.loads(at.get("plotly_chart")[0].proto.spec)  # the first tab, "Over time"


def index_lines(spec: dict) -> list[str]:
    """The pairs' index lines (a partial last period's dotted step is its pair's too, not a line of its own)."""
    return [t["name"] for t in spec["data"] if t.get("mode") == "markers" and t["name"] == t["legendgroup"]]


def test_timeline_panels_and_overlaid_pairs_are_controls_in_the_link(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir, panels="2")
    assert at.number_input(key="f_panels").value == 2 and len(index_lines(timeline_spec(at))) == 2
    at.number_input(key="f_panels").set_value(3).run()
    assert not at.exception and at.query_params["panels"] in ("3", ["3"])
    spec = timeline_spec(at)
    assert len(index_lines(spec)) == 3 and len({t["yaxis"] for t in spec["data"] if t.get("mode") == "markers"}) == 3
    at.multiselect(key="f_overlay").set_value(["RUS-UKR", "CHN-JPN"]).run()
    assert not at.exception and at.query_params["overlay"] in ("RUS-UKR,CHN-JPN", ["RUS-UKR,CHN-JPN"])
    spec = timeline_spec(at)
    assert index_lines(spec) == ["RUS-UKR", "CHN-JPN"] and {t["yaxis"] for t in spec["data"]} <= {"y", "y2"}
    assert at.number_input(key="f_panels").disabled  # the overlay replaces the panels
    at.multiselect(key="f_overlay").set_value([]).run()
    at.number_input(key="f_panels").set_value(6).run()
    assert "overlay" not in at.query_params and "panels" not in at.query_params  # defaults leave the link
    linked = open_app(monkeypatch, corpus_dir, overlay="UKR-RUS", panels="99")
    assert linked.multiselect(key="f_overlay").value == ["RUS-UKR"]
    assert any("timeline panels" in w.value for w in linked.warning)


def test_what_changed_shows_the_pairs_that_moved_with_their_sentences_and_opens_the_article(monkeypatch, write):
    from analysis import load_articles

    write("w1.txt", " date 2025-01-06 Russia and Ukraine held talks in Geneva. Russia praised Ukraine. Russian "
                    "envoys thanked Ukraine. Russia and Ukraine agreed to cooperate. Russia welcomed Ukrainian talks."
                    "\nSource: Wire A")
    # The second week's conflict in five articles: one article carrying it all has a 95 % interval from 0
    # (analysis.aggregate.from_sums), which overlaps the first week's [0, 0]: within noise, no card.
    attacks = ["Russian forces attacked Ukraine.", "Russia shelled Ukrainian cities.", "Moscow bombed Kyiv overnight.",
               "Russia threatened Ukraine with more strikes.", "Russian troops killed Ukrainian soldiers."]
    files = [write(f"w2{i}.txt", f" date 2025-01-14 {text}\nSource: Wire A") for i, text in enumerate(attacks)]
    moved = files[1]  # the article whose sentence weighs most
    at = open_app(monkeypatch, moved.parent)
    assert "What changed" in [s.value for s in at.subheader]
    panel = html_text(at)
    assert "Russia" in panel and "RUS-UKR" in panel and "Russia shelled Ukrainian cities" in panel
    said = " ".join(m.value for m in at.markdown)
    assert "Index rose" in said and "support 5 → 5 mentions" in said
    # the corpus ends on the week's Tuesday: its last period is named partial
    assert any("week of 2025-01-13, to 14 January" in c.value for c in at.caption)
    assert "cues: attack" in panel
    buttons = [b for b in at.button if b.label == "Open the article"]
    assert buttons
    buttons[0].click().run()
    expected = load_articles(moved).articles.iloc[0]["article_id"]
    assert at.query_params["article"] in (expected, [expected])
    # the panel is under the charts, the source text at the page's top: the click says where the article went
    assert [t.value for t in at.toast] == [
        "Opened in Source text, above: the article's sentences for RUS-UKR first, the one quoted marked."]
    # the sentence quoted is the one marked in the article
    assert at.query_params["sentence"] in ("1", ["1"])
    assert f'style="{SENTENCE_STYLE}">Russia shelled Ukrainian cities' in html_text(at).split("<table")[1]


def test_a_rerun_of_a_view_seen_before_compares_no_periods_again(monkeypatch, corpus_dir):
    """"What changed" read the view's last two periods twice more on every rerun (its moves within noise and its
    unmeasured pairs: 14 of a 56 ms rerun on WCEP); they are kept with the panel's answer, asked once per view."""
    import dashboard.changes

    at = open_app(monkeypatch, corpus_dir)
    said = [c.value for c in at.caption]
    calls = []
    real = dashboard.changes._last_two
    monkeypatch.setattr(dashboard.changes, "_last_two", lambda *a, **k: calls.append(a) or real(*a, **k))
    at.run()
    assert calls == [] and not at.exception
    assert [c.value for c in at.caption] == said and "What changed" in [s.value for s in at.subheader]


def test_largest_change_says_its_support_and_span_in_full(monkeypatch, write):
    write("c1.txt", " date 2025-01-06 Russia and Ukraine signed a trade agreement. Russia praised Ukraine. "
                    "Russian envoys thanked Ukraine. Russia and Ukraine agreed to cooperate. Russia welcomed "
                    "Ukrainian talks.\nSource: Wire A")
    # five articles, so that the week's 95 % band stays clear of the first week's (one article's reaches 0)
    for i, text in enumerate(["Russian forces attacked Ukraine.", "Russia shelled Ukrainian cities.",
                              "Moscow bombed Kyiv overnight.", "Russia threatened Ukraine with more strikes.",
                              "Russian troops killed Ukrainian soldiers."]):
        moved = write(f"c{i + 2}.txt", f" date 2025-01-14 {text}\nSource: Wire A")
    at = open_app(monkeypatch, moved.parent)
    assert metric(at, "Largest change") == "RUS-UKR"
    assert "Russia–Ukraine: 5 → 5 mentions, week of 2025-01-06 → week of 2025-01-13" in [c.value for c in at.caption]
    # the most tense pair's names in words under its code
    # (six articles: what the index counts follows it)
    assert metric(at, "Most tense pair") == "RUS-UKR" and any(c.value.startswith("Russia–Ukraine · only 6 articles")
                                                              for c in at.caption)
    assert "periods with at least 5" not in at.metric[1].help and "at most 3 weeks apart" in at.metric[1].help
    _assert_change_delta(at, "+", "UP", "RED")  # a rise in tension: red


def _assert_change_delta(at, sign: str, direction: str, colour: str) -> None:
    from streamlit.proto.Metric_pb2 import Metric as MetricProto

    (change,) = [m for m in at.metric if m.label == "Largest change"]
    assert change.delta.startswith(sign) and change.delta.endswith(" index")
    assert change.proto.direction == MetricProto.MetricDirection.Value(direction)
    assert change.proto.color == MetricProto.MetricColor.Value(colour)


def test_a_fall_is_written_with_a_minus_sign_and_shown_falling_and_green(monkeypatch, write):
    """The largest change's delta read "-3.10 index", a hyphen beside figures written "−" elsewhere on the page;
    written "−", Streamlit would read it as a rise (it looks for a hyphen): the arrow and colour are set."""
    for i, text in enumerate(["Russian forces attacked Ukraine.", "Russia shelled Ukrainian cities.",
                              "Moscow bombed Kyiv overnight.", "Russia threatened Ukraine with more strikes.",
                              "Russian troops killed Ukrainian soldiers."]):
        write(f"f{i + 2}.txt", f" date 2025-01-06 {text}\nSource: Wire A")
    calm = write("f1.txt", " date 2025-01-14 Russia and Ukraine signed a trade agreement. Russia praised Ukraine. "
                           "Russian envoys thanked Ukraine. Russia and Ukraine agreed to cooperate. Russia welcomed "
                           "Ukrainian talks.\nSource: Wire A")
    at = open_app(monkeypatch, calm.parent)
    assert metric(at, "Largest change") == "RUS-UKR"
    _assert_change_delta(at, "−", "DOWN", "GREEN")


def test_a_pair_named_in_one_period_only_is_listed_by_its_mentions_not_as_a_fall(monkeypatch, write):
    """The WCEP audit's "Israel–Palestine: Index fell 4.38 → 0.00, support 17 → 0 mentions" in a partial
    last month: a pair no longer named has no index to compare."""
    write("g1.txt", " date 2025-01-06 Russian forces attacked Ukraine. Russia shelled Ukrainian cities. "
                    "Moscow bombed Kyiv overnight. Russia threatened Ukraine with more strikes. Russian troops "
                    "killed Ukrainian soldiers.\nSource: Wire A")
    last = write("g2.txt", " date 2025-01-14 France and Germany signed a trade agreement.\nSource: Wire A")
    at = open_app(monkeypatch, last.parent)
    assert "Index fell" not in " ".join(m.value for m in at.markdown)
    (note,) = [c.value for c in at.caption if c.value.startswith("Not compared")]
    assert ("Russia–Ukraine RUS-UKR, 5 mentions in week of 2025-01-06, no mentions in week of 2025-01-13, to "
            "14 January") in note


def test_the_key_figures_say_what_they_count(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    (articles,) = [m for m in at.metric if m.label.startswith("Articles")]
    assert articles.label == "Articles naming a pair" and "name a pair" not in (articles.help or "")
    assert "naming two actors" in articles.help and "header counts every article" in articles.help


def test_the_seeds_one_date_has_nothing_to_compare_and_one_bar_per_pair(monkeypatch):
    at = open_app(monkeypatch)
    assert any("One period only" in c.value for c in at.caption)
    # said in a caption, which wraps: the metric's one-line delta cut it to "no pair with two periods of 5+ me…"
    assert ("No pair moved beyond its 95 % interval between two periods near each other with 5+ mentions at one "
            "end.") in [c.value for c in at.caption]
    assert not [m for m in at.metric if m.label == "Largest change"][0].delta
    spec = timeline_spec(at)
    assert spec["layout"]["xaxis"]["type"] == "category"
    assert not [b for b in at.button if b.label == "Open the article"]


def test_a_corpus_path_that_does_not_exist_is_named_on_the_page(monkeypatch, tmp_path):
    at = open_app(monkeypatch, tmp_path / "typo.jsonl")
    assert not at.exception
    (error,) = at.error
    assert error.value.startswith("Nothing to chart")
    assert "typo.jsonl: no such file or folder" in " ".join(t.value for t in at.text)
    assert str(tmp_path) not in " ".join(t.value for t in at.text)  # the file's name, never the server's path


def test_an_article_opened_for_a_pair_explains_that_pair_first(monkeypatch, corpus_dir):
    """A click on IRN-USA's cell opened an article naming six pairs and listed all six, IRN-USA fifth, with
    every pair's cues marked: the link's ``about`` is the pair the article was opened for."""
    from analysis import load_articles

    article = load_articles(corpus_dir / "a4.txt").articles.iloc[0]["article_id"]
    at = open_app(monkeypatch, corpus_dir, article=article, about="usa-chn")
    assert not at.exception and not at.warning
    table = html_text(at).split("<table")[1]
    assert "CHN-USA</span>" in table and "CHN-JPN</span>" not in table and "JPN-USA</span>" not in table
    assert any(c.value.startswith("Read for CHN-USA · China–United States: its 1 sentence") for c in at.caption)
    assert at.query_params["about"] in ("CHN-USA", ["CHN-USA"])  # kept in the link
    at.toggle(key="f_every").set_value(True).run()
    second = html_text(at).split("<table")[1].split("The United States urged")[1]  # the sentence naming all three
    assert second.index("CHN-USA</span>") < second.index("CHN-JPN</span>")  # every pair, the one read for first
    assert at.query_params["every"] in ("1", ["1"])  # in the link (uiaudit26: reopened, it showed one pair)
    again = open_app(monkeypatch, corpus_dir, article=article, about="usa-chn", every="1")
    assert not again.exception and again.toggle(key="f_every").value
    assert "CHN-JPN</span>" in html_text(again).split("<table")[1]
    other = load_articles(corpus_dir / "a1.txt").articles.iloc[0]["article_id"]
    at.selectbox(key="article_list").set_value(other).run()
    assert at.query_params["article"] in (other, [other])
    assert "about" not in at.query_params  # a pick from the list is read for no one pair


def test_a_click_marks_the_sentence_behind_the_number_and_a_link_reproduces_it(monkeypatch, corpus_dir):
    """A click opened the article behind a point but marked none of its sentences: which one made the number?
    China-United States' cell opens a4, whose second sentence alone names the pair."""
    from analysis import load_articles

    article = load_articles(corpus_dir / "a4.txt").articles.iloc[0]["article_id"]
    assert _pick_app("heatmap", {"x": "USA", "y": "CHN", "z": 0.1}, str(corpus_dir), sentence=True) == f"{article} 1"
    # the link as the click leaves it, read for a pair of both sentences: the second marked, and first in the table
    at = open_app(monkeypatch, corpus_dir, article=article, about="CHN-JPN", sentence="2")
    assert not at.exception and not at.warning
    assert at.query_params["sentence"] in ("2", ["2"])
    assert any(c.value.startswith("Sentence 2, marked yellow") for c in at.caption)
    page = html_text(at)
    text, table = page.split("<table")[0], page.split("<table")[1]
    marked = f'title="The sentence behind the number clicked" style="{SENTENCE_STYLE}">'
    assert text.count(marked) >= 1 and "threatened" not in "".join(p.split("</span>")[0] for p in text.split(marked))
    assert marked + "The United States urged" in table
    assert table.index("The United States urged") < table.index("China threatened Japan")
    # a pick from the list marks none, and drops it from the link
    other = load_articles(corpus_dir / "a1.txt").articles.iloc[0]["article_id"]
    at.selectbox(key="article_list").set_value(other).run()
    assert "sentence" not in at.query_params and marked not in html_text(at)


def test_a_link_naming_a_sentence_the_article_lacks_marks_none(monkeypatch, corpus_dir):
    from analysis import load_articles

    article = load_articles(corpus_dir / "a4.txt").articles.iloc[0]["article_id"]
    at = open_app(monkeypatch, corpus_dir, article=article, sentence="40")
    assert not at.exception and SENTENCE_STYLE not in html_text(at) and "sentence" not in at.query_params
    # said, once: the link was followed without a word of the sentence it named
    assert [w.value for w in at.warning] == ["Link: this article has no sentence 40 naming two actors; none is marked."]
    at.radio(key="f_chart").set_value("heatmap").run()
    assert not at.warning


def test_a_link_cut_before_its_article_says_why_its_sentence_is_not_shown(monkeypatch, corpus_dir):
    """"?sentence=2&about=CHN-USA", the article's id lost when pasted: nothing marked, nothing said."""
    at = open_app(monkeypatch, corpus_dir, sentence="2", about="CHN-USA")
    assert not at.exception and SENTENCE_STYLE not in html_text(at)
    warnings = link_notices(at)
    assert len(at.warning) == 1  # one box, a line each
    assert "Link: dropped sentence 2: a sentence is numbered within its article, and the link names no article." \
        in warnings
    assert "Link: dropped the pair to read an article for (CHN-USA): the link names no article." in warnings
    assert "sentence" not in at.query_params and "about" not in at.query_params


def test_a_link_reading_an_article_for_a_pair_it_does_not_name_says_so(monkeypatch, corpus_dir):
    from analysis import load_articles

    article = load_articles(corpus_dir / "a4.txt").articles.iloc[0]["article_id"]
    named = load_articles(corpus_dir / "a1.txt").articles.iloc[0]["article_id"]
    at = open_app(monkeypatch, corpus_dir, article=named, about="CHN-USA")
    assert not at.exception and "about" not in at.query_params
    assert [w.value for w in at.warning] == [
        "Link: this article names no CHN-USA · China–United States, the pair the link reads it for."]
    assert not open_app(monkeypatch, corpus_dir, article=article, about="CHN-USA").warning


def test_a_link_naming_a_sentence_the_table_does_not_show_marks_none(monkeypatch, corpus_dir):
    """Read for CHN-USA, a4's table shows its second sentence alone; a hand-made link naming the first (China and
    Japan's) marked it in the text and said "first in the table", which lacked it."""
    from analysis import load_articles

    article = load_articles(corpus_dir / "a4.txt").articles.iloc[0]["article_id"]
    at = open_app(monkeypatch, corpus_dir, article=article, about="CHN-USA", sentence="1")
    assert not at.exception and SENTENCE_STYLE not in html_text(at) and "sentence" not in at.query_params
    assert [w.value for w in at.warning] == ["Link: sentence 1 does not name CHN-USA · China–United States, the pair "
                                             "the article is read for; none is marked."]
    # the caption says which sentence the link points to, not that it weighs most (a card marks the one it quoted)
    at = open_app(monkeypatch, corpus_dir, article=article, about="CHN-USA", sentence="2")
    (said,) = [c.value for c in at.caption if c.value.startswith("Sentence 2, marked yellow")]
    assert "the link points to" in said and '"What changed" card' in said


def test_the_article_opened_at_first_is_read_for_the_leading_pair(monkeypatch, corpus_dir):
    at = open_app(monkeypatch, corpus_dir)
    assert any(c.value.startswith("Read for CHN-JPN · China–Japan") for c in at.caption)
    assert "about" not in at.query_params  # the automatic choice stays out of the link


def test_an_uploads_bad_line_is_reported_by_its_own_file_name_and_line_and_the_rest_loads(tmp_path):
    """A visitor's news.jsonl with a broken second line was reported as "000-news.jsonl:line 2: not valid
    JSON (Unterminated string starting at)": the number the upload was saved under, and json's message cut
    before its position."""
    from types import SimpleNamespace

    from analysis import run
    from dashboard.components.uploads import save_uploads
    from dashboard.corpus import build

    lines = ['{"date": "2025-11-20", "text": "China condemned Taiwan after warning shots."}',
             '{"date": "2025-11-21", "text": "India and Pakistan agreed to resume talks.',
             '{"date": "2025-11-22", "text": "Japan protested to China over a detention."}']
    body = "\n".join(lines).encode()
    files = [SimpleNamespace(name=name, getvalue=lambda: body) for name in ("news.jsonl", "news.jsonl")]
    paths = save_uploads(files, tmp_path)
    assert len(set(paths)) == 2 and {p.name for p in paths} == {"news.jsonl"}  # two of one name, both kept
    corpus = build(run(paths[:1]))
    assert corpus.problems == ["news.jsonl:line 2: not valid JSON (Unterminated string starting at column 32)"]
    assert len(corpus.articles) == 2 and {"CHN-TWN", "CHN-JPN"} <= set(corpus.pairs["pair"])


def test_about_the_data_says_what_the_timeline_shows(monkeypatch):
    """It said "charts average over mentions" above a timeline of the tension index, conflict per 100
    articles, which averages nothing: a reader comparing its numbers with the heatmap's had no key."""
    at = open_app(monkeypatch)
    about = " ".join(m.value for m in next(e for e in at.expander if e.label == "About the data").markdown)
    assert "**tension index**" in about and "per 100 articles" in about
    assert "charts average over mentions" not in about


def test_a_typed_word_in_a_multiselect_matches_labels_containing_it_and_enter_takes_one(monkeypatch):
    """Typing "Iran" and Enter in the actors filter chose twelve actors (Streamlit's fuzzy match found
    Switzerland and Sierra Leone, and "Select 12 matches" was the option Enter took): every multiselect
    matches by substring and offers no bulk choice of the matches (dashboard.components.search)."""
    import inspect

    import streamlit as st

    if "filter_mode" not in inspect.signature(st.multiselect).parameters:
        pytest.skip("this Streamlit release has one way of matching (no filter_mode)")
    from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

    at = open_app(monkeypatch)
    widgets = at.get("multiselect")
    assert {w.label for w in widgets} >= {"Actors (pairs with any of them)", "Pairs", "News sources",
                                          "Or overlay these pairs as lines in one chart"}
    for w in widgets:
        assert w.proto.filter_mode == SelectWidgetFilterMode.FILTER_MODE_CONTAINS, w.label
        assert w.proto.select_all == 0, w.label


def test_a_view_with_no_pair_says_so_in_what_changed_not_one_period(monkeypatch, corpus_dir):
    """A minimum above every pair's mentions left the charts empty, and "What changed" said "One period only:
    nothing to compare. The chart shows each pair's index in it": there was no period and no chart."""
    at = open_app(monkeypatch, corpus_dir, min="100000")
    captions = [c.value for c in at.caption]
    assert "No pair mentions match the filters: nothing to compare." in captions
    assert not any("One period only" in c for c in captions)


def test_the_key_figures_count_with_thousands_separators(monkeypatch):
    """WCEP's figures read "8671" and "17332 mentions"; a reader counts digits to tell 1733 from 17332."""
    import sys

    # AppTest leaves its script as __main__, which a process spawned later re-runs (test_dask_engine's workers
    # failed on this script's "__args"): the test's own __main__ is put back after it
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])

    def script():
        import pandas as pd

        from dashboard.components.key_figures import render_key_figures

        render_key_figures({"most_tense": ("ISR-PSE", 2.68, 1_820), "articles": 8_671, "mentions": 17_332,
                            "largest_change": ("IRN-ISR", 12.2, 1_200, 4_400, pd.Timestamp("2025-05-01"),
                                               pd.Timestamp("2025-06-01")), "period": "M", "min_support": 5})

    at = AppTest.from_function(script, default_timeout=APP_TIMEOUT).run()
    assert metric(at, "Articles naming a pair") == "8,671" and metric(at, "Pair mentions") == "17,332"
    assert [m.delta for m in at.metric if m.label == "Most tense pair"] == ["1,820 mentions · index 2.68"]
    assert "Iran–Israel: 1,200 → 4,400 mentions, May 2025 → Jun 2025" in [c.value for c in at.caption]


def test_a_headlined_rise_names_the_fall_after_it(monkeypatch):
    """WCEP's IRN-USA by month to 2020 headlined "−5.12, Jan → Feb 2020"; the rise into the spike headlines
    now (explore.headline_moves), red and up, and the fall that undid it is named second, not lost."""
    import sys

    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])

    def script():
        import pandas as pd

        from dashboard.components.key_figures import render_key_figures

        render_key_figures({"most_tense": ("IRN-USA", 0.58, 193), "articles": 181, "mentions": 193,
                            "largest_change": ("IRN-USA", 4.57, 6, 26, pd.Timestamp("2019-12-01"),
                                               pd.Timestamp("2020-01-01")),
                            "largest_change_undone": (-5.12, 4, pd.Timestamp("2020-02-01")),
                            "period": "M", "min_support": 5})

    at = AppTest.from_function(script, default_timeout=APP_TIMEOUT).run()
    assert [m.delta for m in at.metric if m.label == "Largest change"] == ["+4.57 index"]
    assert ("Iran–United States: 6 → 26 mentions, Dec 2019 → Jan 2020; then −5.12 to 4 mentions in Feb 2020"
            in [c.value for c in at.caption])


def test_pairs_shown_is_off_when_the_view_has_one_pair(monkeypatch, corpus_dir):
    """With pairs=IRN-USA the WCEP page still offered "Pairs shown 6", which changed nothing."""
    one = open_app(monkeypatch, corpus_dir, pairs="RUS-UKR")
    assert one.number_input(key="f_panels").disabled
    assert not open_app(monkeypatch, corpus_dir).number_input(key="f_panels").disabled


def test_a_cell_or_edge_opens_the_article_that_weighs_most_in_the_pairs_tension(tmp_path):
    """A heatmap cell and a network edge opened the article naming the pair most often (the view's leading
    article), here one with two sentences of talks, though the cell is red: the pair's tension over the view
    leans to conflict, and the article carrying most of it, the attack, explains it (as a timeline point
    opens the one carrying most of its index)."""
    texts = {"a1": "Russia and Ukraine held talks in Istanbul. Russia and Ukraine met again in Geneva.",
             "a2": "Russian forces attacked Ukraine, killing dozens of civilians and destroying a hospital.",
             "a3": "Russia bombed Ukraine's power plants in a deadly missile strike."}
    for i, (name, text) in enumerate(texts.items()):
        (tmp_path / f"{name}.txt").write_text(f" date 2025-02-0{i + 3} {text}\nSource: Wire", encoding="utf-8")
    from analysis import run

    pairs = run(tmp_path).pairs
    mine = pairs[pairs["pair"] == "RUS-UKR"]
    assert mine["tension"].mean() > 0 and mine.groupby("article_id").size().max() == 2
    attack = mine.loc[mine["conflict"].idxmax(), "article_id"]
    talks = mine.groupby("article_id").size().idxmax()
    assert attack != talks
    for chart, point in (("heatmap", {"x": "UKR", "y": "RUS", "z": 0.5}), ("network", {"customdata": ["RUS-UKR", 3, 0.5]})):
        assert _pick_app(chart, point, str(tmp_path)) == attack


# Two stretches years apart, as WCEP's dev file has none from January 2021 to June 2024.
GAPPED = {
    "g1.txt": " date 2019-03-04 Russian forces attacked Ukraine, killing civilians. Kyiv condemned Moscow.\nSource: Wire A",
    "g2.txt": " date 2019-03-26 Russian forces shelled Ukraine again. Kyiv condemned Moscow.\nSource: Wire B",
    "g3.txt": " date 2024-07-08 China condemned Japan over the disputed islands. Tokyo protested to Beijing.\nSource: Wire A",
    "g4.txt": " date 2024-07-29 Russian forces attacked Ukraine, killing civilians.\nSource: Wire A",
}


@pytest.fixture(scope="module")
def gapped_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gapped")
    for name, text in GAPPED.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_date_range_in_a_gap_of_the_corpus_says_so_and_names_what_the_corpus_covers(monkeypatch, gapped_dir):
    """"No article matches the filters" over 2022 read like a calm year: the corpus has no articles then."""
    at = open_app(monkeypatch, gapped_dir, pairs="RUS-UKR", start="2022-01-01", end="2022-12-31")
    said = [i.value for i in at.info]
    assert ("The corpus has no articles from 27 Mar 2019 to 7 Jul 2024; it covers Mar 2019 and Jul 2024. "
            "Choose dates in those stretches.") in said
    assert "The corpus has no articles from 27 Mar 2019 to 7 Jul 2024: no article to show." in said  # the source text
    assert not at.get("plotly_chart") and not any("match the filters" in s for s in said)
    # nothing to download: the four buttons are off, and say why
    buttons = at.get("download_button")
    assert len(buttons) == 4 and all(b.proto.disabled and "Nothing to download" in b.proto.help for b in buttons)


def test_an_empty_view_with_articles_in_its_dates_says_the_filters_keep_none(monkeypatch, gapped_dir):
    at = open_app(monkeypatch, gapped_dir, pairs="CHN-JPN", start="2019-03-01", end="2019-03-31")
    assert ("The corpus has articles in this date range, but the filters keep none of them (pair CHN-JPN)."
            in [i.value for i in at.info])
    opened = open_app(monkeypatch, gapped_dir)
    assert not any(b.proto.disabled for b in opened.get("download_button"))


def test_a_date_range_ending_inside_a_period_says_the_range_ends_it_not_the_corpus(monkeypatch, gapped_dir):
    """"partial (data to 26 Mar)" under a range ending on 26 March read as the corpus's end; it goes on to 2024."""
    import json

    at = open_app(monkeypatch, gapped_dir, start="2019-02-25", end="2019-03-26", period="W")
    title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert "partial last period (date range ends 26 Mar 2019)" in title
    whole = open_app(monkeypatch, gapped_dir, start="2019-02-25", period="W")
    title = json.loads(whole.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert "partial last period (corpus ends 29 Jul 2024)" in title


def test_the_seeds_one_article_says_what_its_index_of_hundreds_means(monkeypatch):
    """The seed's one article: "index 493.25" and bars above 1,000 "conflict per 100 articles", right and baffling."""
    import json

    at = open_app(monkeypatch)
    # (498.75 since links-165 set China against Japan in the seed's conditional blockade; 493.25 since links31
    # hedged the quoted "survival-threatening situation" a strike "could pose")
    said = "only 1 article in the view: index = its conflict weight × 100 (4.93 → 493.25)"
    assert f"China–Japan · {said}" in [c.value for c in at.caption]
    title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert "only 1 article in the period: index = its conflict weight × 100 (4.93 → 493.25)" in title


def test_a_small_corpus_timeline_says_what_its_index_counts(monkeypatch, corpus_dir):
    import json

    at = open_app(monkeypatch, corpus_dir, period="W")
    title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert "at most 2 articles a period: index = conflict weight per article × 100" in title
    at = open_app(monkeypatch, corpus_dir, period="W", overlay="CHN-JPN")
    title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert "articles a period: index = conflict weight per article × 100" in title


def test_downloads_are_named_for_what_they_hold():
    import datetime as dt

    from dashboard.components.downloads import file_names

    assert file_names(dt.date(2017, 1, 1), dt.date(2026, 3, 28), "M") == (
        "tension-pairs_2017-01-01_to_2026-03-28", "tension-monthly_2017-01-01_to_2026-03-28")
    assert file_names(None, None, "W") == ("tension-pairs_undated", "tension-weekly_undated")


def test_a_view_with_no_move_names_its_largest_step_and_why_it_is_none(monkeypatch, tmp_path):
    """uiaudit27: India-Pakistan's Pulwama month read only "No pair moved"; the card now names what rose and
    says it is within its noise.  A week without the pair, then one article naming it five times."""
    shelling = " ".join(["Russian forces shelled Ukrainian towns."] * 5)
    (tmp_path / "news.jsonl").write_text(
        json.dumps({"date": "2025-03-04", "title": "Talks", "text": "France and Germany met in Paris.",
                    "source": "Wire"}) + "\n"
        + json.dumps({"date": "2025-03-11", "title": "Front", "text": shelling, "source": "Wire"}) + "\n",
        encoding="utf-8")
    at = open_app(monkeypatch, tmp_path, period="W")
    (said,) = [c.value for c in at.caption if c.value.startswith("No pair moved")]
    assert "The largest step, Russia–Ukraine +" in said and "0 → 5 mentions" in said
    assert "within it" in said


def test_an_articles_title_is_shown_as_written_not_as_markdown(monkeypatch, tmp_path):
    """A caption renders Markdown: the title "*Talks* in [Paris](//ev.il)" read as italics and a link (uiaudit27)."""
    (tmp_path / "news.jsonl").write_text(json.dumps(
        {"date": "2025-03-04", "title": "*Talks* in [Paris](//ev.il)", "text": "France and Germany met in Paris.",
         "source": "Wire", "url": "https://example.org/a_b"}) + "\n", encoding="utf-8")
    at = open_app(monkeypatch, tmp_path)
    (header,) = [c.value for c in at.caption if "Talks" in c.value]
    assert r"\*Talks\* in \[Paris\]\(\/\/ev\.il\)" in header
    # escaped with no zero-width space: GFM still makes the bare address a link (state._BARE_LINK)
    assert header.endswith(r"https\:\/\/example\.org\/a\_b")
