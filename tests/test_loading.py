import datetime as dt
import json

import pytest

from analysis import load_articles
from analysis.dates import DateError, parse_date
from analysis.loading import article_id


def test_seed_format_date_text_and_source(seed_path):
    r = load_articles(seed_path)
    (a,) = r.articles.to_dict("records")
    assert a["date"].date() == dt.date(2025, 11, 27)
    assert a["source"] == "ANI"
    assert a["text"].startswith("US President Donald Trump")
    assert not a["text"].rstrip().endswith("ANI")
    assert r.report.errors == []


def test_every_format_in_a_folder_is_read_recursively(write, tmp_path):
    write("a.txt", "No date here. Japan and China talked.")
    write("sub/b.md", "---\ntitle: Front matter\ndate: November 7, 2025\nsource: Reuters\n---\nIndia met Pakistan.")
    write("c.csv", 'date,title,text\n2025-01-02,T1,"Russia attacked Ukraine, officials said."\n')
    write("d.tsv", "published\tbody\n2025-01-03\tIsrael and Iran clashed.\n")
    write("e.json", json.dumps([{"published": "Thu, 27 Nov 2025 10:00:00 +0000", "content": "Brazil and Argentina."}]))
    write("f.jsonl", json.dumps({"date": "2025-01-04", "text": "France and Germany."}) + "\n")
    write("g.html", "<html><head><title>H</title></head><body><article><p>Kenya and Uganda signed a deal "
                    "on trade after long talks between the two governments over many months.</p></article></body></html>")
    write("notes.pdf", b"%PDF-1.4")
    r = load_articles(tmp_path)
    texts = set(r.articles["text"])
    assert {"No date here. Japan and China talked.", "India met Pakistan.", "Israel and Iran clashed.",
            "Brazil and Argentina.", "France and Germany."} <= texts
    assert any(t.startswith("Kenya and Uganda") for t in texts)
    md = r.articles[r.articles.text == "India met Pakistan."].iloc[0]
    assert (md.title, md.source, md.date.date()) == ("Front matter", "Reuters", dt.date(2025, 11, 7))
    undated = r.articles[r.articles.text.str.startswith("No date")].iloc[0]
    assert undated.date is None or str(undated.date) == "NaT"
    assert r.report.files_skipped == 1 and "notes.pdf" in str(r.report.issues)
    assert r.report.articles == 7 and r.report.undated == 2  # a.txt and the HTML have no date


def test_duplicates_collapse_into_one_stable_id(write, tmp_path):
    write("a.txt", "Japan and China talked.")
    write("b.txt", "Japan  and China\ntalked.")
    r = load_articles(tmp_path)
    assert len(r.articles) == 1 and r.report.duplicates == 1
    assert r.articles.article_id[0] == article_id("Japan and China talked.")


def test_bad_rows_are_named_and_the_rest_loads(write, tmp_path):
    write("good.txt", "Japan and China talked.")
    write("rows.csv", 'date,text\n2025-01-01,"Fine row."\n2025-01-02,"extra",field\n2025-02-30,"Bad date row."\n')
    write("lines.jsonl", '{"text": "ok one"}\n{broken\n[1, 2]\n{"text": "ok two"}\n')
    write("empty.txt", "")
    write("binary.txt", bytes(range(256)) * 10)
    write("nocol.csv", "a,b\n1,2\n")
    r = load_articles(tmp_path)
    assert set(r.articles.text) == {"Japan and China talked.", "Fine row.", "Bad date row.", "ok one", "ok two"}
    messages = [str(i) for i in r.report.issues]
    assert any("rows.csv:row 2" in m and "expected 2 fields" in m for m in messages)
    assert any("rows.csv:row 3" in m and "2025-02-30" in m and "kept undated" in m for m in messages)
    # json's message with its position ("Expecting property name … at column 2"), which it leaves out of
    # its msg: "Unterminated string starting at" ended there
    assert any("lines.jsonl:line 2" in m and "not valid JSON (Expecting property name" in m
               and m.endswith("at column 2)") for m in messages)
    assert any("lines.jsonl:line 3" in m and "not an object" in m for m in messages)
    assert any("empty.txt" in m and "empty file" in m for m in messages)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any("nocol.csv" in m and "no text column" in m for m in messages)
    assert r.report.files_failed == 3


def test_encodings_bom_utf16_and_latin1(write, tmp_path):
    write("u16.txt", "Japan met China.".encode("utf-16"))
    write("bom.txt", "\ufeffRussia met Ukraine.".encode("utf-8"))
    write("latin.txt", "Fran\xe7ois met Germany.".encode("latin-1"))
    r = load_articles(tmp_path)
    assert {"Japan met China.", "Russia met Ukraine.", "Fran\xe7ois met Germany."} == set(r.articles.text)
    assert any("Windows-1252" in str(i) for i in r.report.warnings)


def test_missing_path_is_reported():
    r = load_articles(["/no/such/place"])
    assert r.articles.empty and "no such file" in str(r.report.errors[0])


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-11-27", dt.date(2025, 11, 27)), ("November 7, 2025", dt.date(2025, 11, 7)),
     ("7 Nov 2025", dt.date(2025, 11, 7)), ("Thu, 27 Nov 2025 10:00:00 +0000", dt.date(2025, 11, 27)),
     ("2025-11-27T23:59:00+09:00", dt.date(2025, 11, 27)), ("", None), (None, None)],
)
def test_common_date_forms_parse(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "Nov 2025", "sometime", "2025"])
def test_unusable_dates_are_refused_not_invented(value):
    with pytest.raises(DateError):
        parse_date(value)


def test_the_summary_counts_with_thousands_separators():
    """The dashboard's first line read "29274 articles from 1 file" on the WCEP news."""
    from analysis.loading import LoadReport

    report = LoadReport(files_read=1, articles=29_274, duplicates=1_009, undated=2_000)
    assert report.summary() == "29,274 articles from 1 file; 1,009 duplicates merged; 2,000 undated"


@pytest.mark.parametrize("line_by_line", [False, True])
def test_articles_with_no_date_are_named_once_per_file_and_kept(tmp_path, monkeypatch, line_by_line):
    """A CSV without a date column was read without a word: its articles fell out of every chart and no line of
    the report named the file."""
    from analysis import loading
    from analysis.loading import LoadReport, stream_articles

    (tmp_path / "nodate.csv").write_text('title,text,source\nA,"China condemned Japan.",X\nB,"Iran met Iraq.",Y\n')
    (tmp_path / "dated.csv").write_text('date,text\n2025-01-02,"Russia attacked Ukraine."\n')
    (tmp_path / "some.jsonl").write_text('{"text": "India met Pakistan."}\n{"text": "Peru met Chile.", '
                                         '"date": "2025-01-03"}\n')
    (tmp_path / "bare.txt").write_text("Tokyo and Beijing traded accusations.")
    if line_by_line:
        monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 0)
    report = LoadReport()
    rows = list(stream_articles(tmp_path, report))
    assert len(rows) == 6 and report.undated == 4
    warned = {i.origin: i.message for i in report.warnings}
    assert warned[str(tmp_path / "nodate.csv")].startswith("no date, kept undated (all 2 of its articles; "
                                                           "a date is read from a column named date, published")
    assert warned[str(tmp_path / "some.jsonl")].startswith("no date, kept undated (1 of its 2 articles; "
                                                           "a date is read from a field named date")
    assert "'date:' line" in warned[str(tmp_path / "bare.txt")]
    assert str(tmp_path / "dated.csv") not in warned and not report.errors
    assert "4 inputs kept with a warning" not in report.summary() and "3 inputs kept with a warning" in report.summary()


def test_streaming_says_which_file_of_how_many_it_starts(tmp_path):
    """The command's progress bar names the file being read while the articles' total is not yet known."""
    from analysis.loading import LoadReport, stream_articles

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("China condemned Japan.", encoding="utf-8")
    started: list[tuple[int, int]] = []
    list(stream_articles(tmp_path, LoadReport(), on_file=lambda number, files: started.append((number, files))))
    assert started == [(1, 2), (2, 2)]


@pytest.mark.parametrize("large", [False, True])
def test_a_jsonl_line_holding_a_unicode_line_separator_is_one_line(tmp_path, monkeypatch, large):
    """JSON allows U+2028, U+2029 and U+0085 unescaped in a string (json.dumps(ensure_ascii=False) writes them so),
    and str.splitlines() breaks lines at them: the line was cut in two and both halves lost as "not valid JSON"."""
    import analysis.loading as loading

    if large:
        monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 0)  # read a line at a time
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"date": "2025-01-02", "text": "China condemned\u2028Japan.\u0085"}, ensure_ascii=False)
                    + "\r\n{oops\n" + json.dumps({"text": "Russia\u2029attacked Ukraine."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    report = loading.LoadReport()
    rows = list(loading.stream_articles(path, report))
    assert len(rows) == 2 and [str(i) for i in report.errors] == [
        f"{path}:line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_a_file_that_gives_no_article_and_no_error_is_named_with_why(write, tmp_path, monkeypatch):
    """A CSV of a header alone (and a JSONL file of blank lines) was counted among the "files failed" and named
    nowhere: the command's stderr and the dashboard's upload report could not say which file it was."""
    import analysis.loading as loading

    header = write("header.csv", "title,text,source\n")
    blank = write("blank.jsonl", "\n\n  \n")
    for path in (header, blank):
        r = load_articles(path)
        assert r.report.files_failed == 1 and [i.level for i in r.report.issues] == ["error"], path
        assert str(r.report.issues[0]).startswith(str(path) + ": ")
    assert "no row under its header" in str(load_articles(header).report.issues[0])
    monkeypatch.setattr(loading, "STREAM_JSONL_BYTES", 1)  # the line-at-a-time reader says it too
    report = loading.LoadReport()
    assert not list(loading.stream_articles(blank, report))
    assert [i.message for i in report.issues] == ["no article found; nothing read"]
