import subprocess
import sys

import pandas as pd
import pytest

from analysis.cli import parse_interval
from tests.conftest import ROOT


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True, text=True)


def test_run_writes_the_table_and_a_summary(tmp_path):
    out = tmp_path / "pairs.parquet"
    result = cli("run", "seeds", "-o", str(out))
    assert result.returncode == 0, result.stderr
    table = pd.read_parquet(out)
    assert {"CHN-JPN", "JPN-USA"} <= set(table.pair)
    assert "read 1 article from 1 file" in result.stderr and "pair rows" in result.stderr


def test_bad_inputs_are_listed_and_the_good_ones_written(tmp_path):
    (tmp_path / "good.txt").write_text("China condemned Japan.")
    (tmp_path / "bad.json").write_text("{not json")
    out = tmp_path / "o.csv"
    result = cli("run", str(tmp_path), "-o", str(out))
    assert result.returncode == 0
    assert "bad.json" in result.stderr and "not valid JSON" in result.stderr
    assert len(pd.read_csv(out)) == 1


def test_the_summary_tells_inputs_lost_from_inputs_kept_with_a_warning(tmp_path):
    """"5 inputs lost — skipped or flagged:" listed 6 reasons, among them an undated article that was kept
    and a file decoded as Windows-1252 that lost nothing.  Each fate is counted and listed apart."""
    (tmp_path / "a.jsonl").write_text('{"text": "Russia attacked Ukraine.", "date": "2025-01-02"}\n{not json\n'
                                      '{"text": "Iran threatened Israel.", "date": "2025-13-45"}\n')
    (tmp_path / "latin.txt").write_bytes(b"date 2025-01-03 Fran\xe7ais: France and Germany signed a deal.")
    (tmp_path / "empty.txt").write_text("")
    result = cli("run", str(tmp_path), "-o", str(tmp_path / "o.csv"))
    assert result.returncode == 0, result.stderr
    (summary,) = [line for line in result.stderr.splitlines() if line.startswith("read ")]
    assert "2 inputs lost; 2 inputs kept with a warning — lost: not valid JSON ×1, empty file ×1; " in summary
    kept = summary.split("; kept with a warning: ")[1]
    assert "invalid date" in kept and "not UTF-8" in kept and "skipped or flagged" not in summary


def test_exit_codes_nothing_read_bad_output_and_bad_actor_file(tmp_path):
    assert cli("run", str(tmp_path / "missing"), "-o", str(tmp_path / "o.csv")).returncode == 1
    assert cli("run", "seeds", "-o", str(tmp_path / "o.xlsx")).returncode == 2
    (tmp_path / "o.csv").mkdir()  # the output's own name taken by a folder: the write fails
    result = cli("run", "seeds", "-o", str(tmp_path / "o.csv"))
    assert result.returncode == 3 and "cannot write" in result.stderr
    (tmp_path / "o.csv").rmdir()
    bad = tmp_path / "bad.yaml"
    bad.write_text("people: [{name: X}]")
    result = cli("run", "seeds", "-o", str(tmp_path / "o.csv"), "--actors", str(bad))
    assert result.returncode == 2 and "bad.yaml" in result.stderr
    bad.write_text("states:\n  XXX: {name: X, names: [X]\n")  # a brace never closed
    result = cli("run", "seeds", "-o", str(tmp_path / "o.csv"), "--actors", str(bad))
    # the file and its line, as a CSV's errors say them; yaml's own text named "<unicode string>"
    assert result.returncode == 2 and f"{bad}, line 3: not valid YAML" in result.stderr, result.stderr
    assert "from line 2" in result.stderr and "<unicode string>" not in result.stderr


@pytest.mark.parametrize("command", [["run", "seeds"], ["run", "seeds", "--engine", "dask"], ["export"]])
def test_an_output_in_a_missing_folder_is_refused_and_no_folder_made(tmp_path, command):
    """`run ... -o /nonexist/x.csv` created /nonexist without a word: a mistyped folder got the table."""
    out = tmp_path / "nonexist" / ("x.parquet" if "dask" in command else "x.csv")
    result = cli(*command, "-o", str(out))
    assert result.returncode == 2, result.stderr
    assert f"no folder {out.parent}" in result.stderr and "create it first" in result.stderr
    assert not out.parent.exists()


@pytest.mark.parametrize("command", [["run", "seeds"], ["run", "seeds", "--engine", "dask"], ["export"]])
@pytest.mark.parametrize("below", [[], ["sub"]])
def test_a_file_in_the_outputs_path_is_named_a_usage_error(tmp_path, command, below):
    """`-o notes.txt/x.csv` said "cannot write (File exists)" and exited 3: which part of the path, and why
    "exists"?  The file is named, exit 2 as for a missing folder, and no "create it first" (a folder where
    a file is)."""
    (tmp_path / "notes.txt").write_text("keep me")
    out = tmp_path.joinpath("notes.txt", *below, "x.parquet" if "dask" in command else "x.csv")
    result = cli(*command, "-o", str(out))
    assert result.returncode == 2, result.stderr
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in result.stderr, result.stderr
    assert "create it first" not in result.stderr and "File exists" not in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_a_file_not_in_utf8_is_named_with_its_first_bad_line(tmp_path):
    """"not UTF-8: decoded as Windows-1252" named the file and left its thousands of lines to search."""
    (tmp_path / "latin.txt").write_bytes(b"date 2025-01-03\nFrance and Germany signed a deal.\nFran\xe7ais.\n")
    (tmp_path / "latin.jsonl").write_bytes(b'{"text": "Russia attacked Ukraine.", "date": "2025-01-02"}\n'
                                           b'{"text": "Fran\xe7ais: France and Germany signed a deal."}\n')
    result = cli("run", str(tmp_path / "latin.txt"), str(tmp_path / "latin.jsonl"), "-o", str(tmp_path / "o.csv"))
    assert result.returncode == 0, result.stderr
    assert "latin.txt: not UTF-8 (first at line 3)" in result.stderr, result.stderr
    assert "latin.jsonl: not UTF-8 (first at line 2)" in result.stderr, result.stderr


def test_actors_flag_extends_the_dictionary(tmp_path):
    (tmp_path / "a.txt").write_text("Freedonia condemned Japan.")
    extra = tmp_path / "mine.csv"
    extra.write_text("term,code,kind\nFreedonia,FRD,state\n")
    out = tmp_path / "o.jsonl"
    assert cli("run", str(tmp_path / "a.txt"), "-o", str(out), "--actors", str(extra)).returncode == 0
    assert list(pd.read_json(out, lines=True).pair) == ["FRD-JPN"]


@pytest.mark.parametrize("text", ["¹s", "٣", "15", "2h"])
def test_watch_interval_reads_ascii_numbers_only(text):
    if text.isascii():
        assert parse_interval(text) > 0
    else:
        with pytest.raises(ValueError, match="interval"):
            parse_interval(text)


def test_every_option_of_every_command_says_what_it_does():
    """`--help` is the manual a user reads first: `watch --feed` and `export --table` showed bare flags."""
    import argparse

    from analysis.cli import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    bare = [f"{name} {action.option_strings[-1]}" for name, parser in sub.choices.items()
            for action in parser._actions
            if action.option_strings and not isinstance(action, argparse._HelpAction) and not action.help]
    assert bare == []


def test_evaluates_help_names_its_timelines_command_without_rest_quotes():
    """README documents `python -m analysis.evaluate timelines`; the help named only --data and --held-out, under
    a description in reST's double backquotes (cliaudit26)."""
    result = subprocess.run([sys.executable, "-m", "analysis.evaluate", "--help"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0 and "evaluate timelines" in result.stdout and "``" not in result.stdout


def test_the_commands_summaries_count_in_words_and_thousands(tmp_path):
    """"1 articles stored", "2001 articles stored", "found 1090 pair rows (526 pairs)" (cliaudit26)."""
    run = cli("run", "seeds", "-o", str(tmp_path / "o.csv"))
    ingest = cli("ingest", "seeds", "--db", str(tmp_path / "s.duckdb"))
    assert "found 47 pair rows (6 pairs)" in run.stderr, run.stderr
    assert "1 article stored" in ingest.stderr and "1 articles" not in ingest.stderr, ingest.stderr


def test_a_file_skipped_for_its_type_is_named(tmp_path):
    """`run folder/` said "2 files skipped" and named neither (cliaudit26)."""
    (tmp_path / "a.txt").write_text("date: 2025-01-02\n\nChina condemned Japan.", encoding="utf-8")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    result = cli("run", str(tmp_path), "-o", str(tmp_path / "o.csv"), "--quiet")
    assert result.returncode == 0 and f"{tmp_path / 'doc.pdf'}: skipped: unsupported file type '.pdf'" in result.stderr


def test_watch_with_no_feed_anywhere_is_a_usage_error(tmp_path):
    """`watch --db none.duckdb` polled nothing every round, "0 new articles", and exited 0 (cliaudit26)."""
    result = cli("watch", "--rounds", "1", "--every", "1s", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2 and "holds no feeds" in result.stderr, result.stderr


@pytest.mark.parametrize("command", [["run", "seeds", "-o", "o.csv"], ["ingest", "seeds", "--db", "s.duckdb"]])
def test_a_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path, command):
    """`--scheduler tcp://…` without `--engine dask` was ignored without a word: the run went on locally."""
    result = cli(*command, "--scheduler", "tcp://127.0.0.1:8786", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"usage: python -m analysis {command[0]}" in result.stderr
    assert "error: --scheduler goes with --engine dask" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing read, nothing written


def test_ingest_workers_without_the_dask_engine_is_a_usage_error(tmp_path):
    """`ingest --workers 4` on the default engine scored in one process and said nothing (cliaudit27)."""
    result = cli("ingest", "seeds", "--db", "s.duckdb", "--workers", "4", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "usage: python -m analysis ingest" in result.stderr
    assert "error: ingest's --workers goes with --engine dask" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_usage_line_names_the_command_the_user_typed():
    """`tension-tracker --help` said "usage: python -m analysis"."""
    from pathlib import Path

    script = Path(sys.executable).parent / "tension-tracker"
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    typed = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert typed.returncode == 0 and typed.stdout.startswith("usage: tension-tracker "), typed.stdout
    assert cli("--help").stdout.startswith("usage: python -m analysis ")


def test_the_progress_bar_has_the_articles_total_once_they_are_read(tmp_path):
    """The bar of `run` counted articles with no total ("300article [00:00, 598article/s]"): no share done, no
    time left.  Its total is the articles', known once reading ends, and read within a chunk here."""
    from benchmarks.synthetic import generate

    generate(300, seed=3).to_json(tmp_path / "news.jsonl", orient="records", lines=True)
    result = cli("run", str(tmp_path / "news.jsonl"), "-o", str(tmp_path / "o.csv"))
    assert result.returncode == 0, result.stderr
    assert "100%" in result.stderr and "300/300 [" in result.stderr, result.stderr[-500:]
