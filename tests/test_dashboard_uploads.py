"""The "Add articles" form: every uploaded file's (and a pasted article's) fate is said under it, and stays.

A browser audit found the upload's summary and warnings drawn in the status box and then wiped by the
rerun that shows the uploads: on the store nothing was said anywhere, a binary file alone gave no word at
all, a 21st file's refusal vanished, and an undated pasted article joined the figures and no chart, unsaid.
"""

import datetime as dt

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.test_dashboard_app import APP, APP_TIMEOUT, metric, widget

GOOD = (b'{"date":"2026-03-20","title":"Test A","text":"France accuses Germany of violating the treaty."}\n'
        b'{"date":"2026-03-21","title":"Test B","text":"France and Germany sign a cooperation agreement."}\n')
BAD = (b'{"date":"2026-03-22","text":"Norway condemns Sweden over a border shooting."}\n'
       b'{"date":"2026-03-22","title":"broken", "text": "Finland\n'
       b'{"date":"2026-03-23","text":"Norway and Sweden hold talks to ease tensions."}\n')
BINARY = bytes(range(256)) * 8
NODATE = b'title,text,source\n"Nodate","Chile attacks Peru troops at the border.","TestWire"\n'


def _open(monkeypatch, corpus_dir, store=None) -> AppTest:
    monkeypatch.setenv("TENSION_TRACKER_CORPUS", str(corpus_dir))
    if store is None:
        monkeypatch.delenv("TENSION_TRACKER_DB", raising=False)
    else:
        monkeypatch.setenv("TENSION_TRACKER_DB", str(store))
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    return at


def _upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    if not hasattr(at, "file_uploader"):  # the lowest Streamlit the project supports (1.53) has no AppTest uploader
        import streamlit

        pytest.skip(f"AppTest on Streamlit {streamlit.__version__} cannot upload a file")
    at.file_uploader[0].set_value([(name, body, "text/plain") for name, body in files]).run()
    at.button(key="upload_go").click().run()
    assert not at.exception
    return at


def _report(at: AppTest) -> str:
    """The sidebar's report box(es), as plain text (Markdown's escapes out)."""
    import re

    boxes = [*at.sidebar.success, *at.sidebar.warning, *at.sidebar.error]
    return "\n".join(re.sub(r"\\(.)", r"\1", b.value) for b in boxes)


@pytest.mark.parametrize("backend", ["corpus", "store"])
def test_each_uploaded_file_is_named_with_its_fate_and_the_report_stays(monkeypatch, corpus_dir, store_file, backend):
    at = _open(monkeypatch, corpus_dir, store_file if backend == "store" else None)
    before = int(metric(at, "Articles naming a pair"))
    _upload(at, [("good.jsonl", GOOD), ("bad.jsonl", BAD), ("binary.txt", BINARY), ("nodate.csv", NODATE)])
    report = _report(at)
    assert "Uploaded 4 files: 5 articles from 3 files" in report
    assert "✓ good.jsonl: 2 articles added" in report
    assert "⚠ bad.jsonl: 2 articles added; 1 line skipped" in report
    assert "bad.jsonl:line 2: not valid JSON" in report
    assert "✗ binary.txt: failed, nothing added (binary file, not text" in report
    assert "⚠ nodate.csv: 1 article added; undated: counted in the figures, on no chart until it has a date" in report
    assert "000" not in report and "/tmp" not in report  # the visitor's names, never the server's paths
    assert int(metric(at, "Articles naming a pair")) == before + 5
    assert at.file_uploader[0].value in (None, [])  # the files read leave the uploader, not listed as if unused
    widget(at, "radio", "Aggregate by").set_value("M").run()  # the next rerun keeps the report
    assert _report(at) == report


@pytest.mark.parametrize("backend", ["corpus", "store"])
def test_a_copy_of_an_article_the_data_holds_is_said_so_and_not_counted_twice(monkeypatch, corpus_dir, store_file,
                                                                               backend):
    """An uploaded copy of a corpus article was reported "added"; on the store its pairs were counted twice."""
    at = _open(monkeypatch, corpus_dir, store_file if backend == "store" else None)
    before = {label: int(metric(at, label)) for label in ("Articles naming a pair", "Pair mentions")}
    copy = b'{"date":"2025-01-06","text":"China condemned Japan over the disputed islands. Tokyo protested to Beijing."}\n'
    _upload(at, [("copy.jsonl", copy)])
    where = "the store" if backend == "store" else "the corpus"
    assert f"copy.jsonl: nothing new: its article is already in {where}" in _report(at)
    assert {label: int(metric(at, label)) for label in before} == before
    _upload(at, [("both.jsonl", copy + GOOD[:GOOD.index(b"\n") + 1])])
    assert f"both.jsonl: 1 article added; 1 article already in {where}, not added again" in _report(at)
    assert int(metric(at, "Articles naming a pair")) == before["Articles naming a pair"] + 1


def test_a_binary_file_alone_is_said_to_have_failed(monkeypatch, corpus_dir):
    at = _open(monkeypatch, corpus_dir)
    before = metric(at, "Articles naming a pair")
    _upload(at, [("binary.txt", BINARY)])
    assert [e.value for e in at.sidebar.error] != []  # nothing was added: an error, not a warning
    report = _report(at)
    assert "Uploaded 1 file: 0 articles from 0 files; 1 file failed" in report
    assert "✗ binary.txt: failed, nothing added (binary file, not text (over 10% control bytes))" in report
    assert metric(at, "Articles naming a pair") == before
    assert at.file_uploader[0].value in (None, [])


def test_a_file_over_the_limit_is_named_not_read_and_the_others_are_read(monkeypatch, corpus_dir):
    from dashboard.components.uploads import MAX_FILES

    at = _open(monkeypatch, corpus_dir)
    files = [(f"m{i:02d}.txt", f"date: 2026-01-{i:02d}\n\nBrazil and Argentina held talks, round {i}.".encode())
             for i in range(1, MAX_FILES + 2)]
    _upload(at, files)
    report = _report(at)
    assert f"Uploaded {MAX_FILES + 1} files: {MAX_FILES} articles from {MAX_FILES} files; 1 file not read" in report
    assert f"✗ m{MAX_FILES + 1}.txt: not read (over the limit of {MAX_FILES} files per upload)" in report
    assert report.count("1 article added") == MAX_FILES


def test_an_undated_pasted_article_is_said_to_be_on_no_chart_and_a_dated_copy_replaces_it(monkeypatch, corpus_dir):
    at = _open(monkeypatch, corpus_dir)
    at.text_area(key="paste_text").set_value("India and Pakistan agreed a ceasefire on Monday.").run()
    at.button(key="paste_go").click().run()
    report = _report(at)
    assert [w.value for w in at.sidebar.warning] != []
    assert "Pasted article: 1 article added; undated: counted in the figures, on no chart until it has a date" \
        in report and "Give it a date above and analyse it again" in report
    assert metric(at, "Articles naming a pair") == "7"
    at.date_input(key="paste_date").set_value(dt.date(2025, 3, 10))
    at.button(key="paste_go").click().run()
    assert [s.value for s in at.sidebar.success] != []
    assert "Pasted article: 1 article uploaded before in this session, replaced by this copy " \
           "(dated 2025-03-10)" in _report(at)
    assert metric(at, "Articles naming a pair") == "7"  # the dated copy in the undated one's place, not beside it
    uploads = at.session_state["uploaded_analysis"]
    assert len(uploads.articles) == 1 and uploads.articles["date"].notna().all()


def test_the_report_names_files_by_the_visitors_names_and_counts_what_it_adds(tmp_path):
    """The pure function behind the box: a file's lines lost, its undated articles, those naming no pair,
    those uploaded before, and a header-only CSV (which failed unnamed)."""
    from analysis import run
    from dashboard.upload_report import files_report, refused

    names = {"good.jsonl": GOOD, "nodate.csv": NODATE, "header.csv": b"title,text\n",
             "nopair.txt": b"date: 2026-01-02\n\nThe weather was fine all week.",
             "again.csv": NODATE}
    files = []
    for i, (name, body) in enumerate(names.items()):
        path = tmp_path / f"{i:03d}" / name
        path.parent.mkdir()
        path.write_bytes(body)
        files.append((name, path))
    analysis = run([p for _, p in files])
    first = analysis.articles.loc[analysis.articles["origin"].str.contains("good.jsonl:line 1"), "article_id"]
    report = files_report(files, [refused("late.txt", "over the limit of 20 files per upload")], analysis,
                          set(first))
    lines = {f.name: (f.level, f.text, f.details) for f in report.fates}
    assert lines["good.jsonl"] == ("ok", "1 article added; 1 article uploaded before in this session, replaced by "
                                         "this copy", [])
    assert lines["nodate.csv"][0] == "warning" and "undated: counted in the figures" in lines["nodate.csv"][1]
    assert lines["header.csv"] == ("error", "failed, nothing added (no row under its header; nothing read)", [])
    assert lines["nopair.txt"][:2] == ("warning", "1 article added; it names no pair of actors, so it is on no "
                                                  "chart")
    assert lines["again.csv"][:2] == ("warning", "nothing new: its 1 article repeats nodate.csv:row 1 (line 2)")
    assert lines["late.txt"] == ("error", "not read (over the limit of 20 files per upload)", [])
    assert report.level == "warning" and "late\\.txt" in report.markdown()


def test_uploaded_again_replaces_the_earlier_copy():
    from analysis import run
    from dashboard.upload_report import joined

    undated = run(pd.DataFrame({"text": ["India and Pakistan agreed a ceasefire."], "date": [None]}))
    dated = run(pd.DataFrame({"text": ["India and Pakistan agreed a ceasefire."], "date": ["2025-03-10"]}))
    both = joined(undated, dated)
    assert len(both.articles) == 1 and both.articles["date"].notna().all()
    assert len(both.pairs) == len(dated.pairs) and set(both.pairs["date"].dropna()) == set(dated.pairs["date"])
