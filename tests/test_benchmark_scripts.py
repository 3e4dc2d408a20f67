"""The benchmark scripts' command lines (their figures are printed, never asserted)."""

import subprocess
import sys

from tests.conftest import ROOT

TREE_MEMORY = str(ROOT / "benchmarks" / "tree_memory.py")


def test_tree_memory_prints_its_usage_on_help_and_without_a_command():
    shown = subprocess.run([sys.executable, TREE_MEMORY, "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and "COMMAND" in shown.stdout  # (it tried to run "--help" as a command)
    missing = subprocess.run([sys.executable, TREE_MEMORY], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "COMMAND" in missing.stdout


def test_tree_memory_runs_the_command_and_passes_on_its_exit_code():
    done = subprocess.run([sys.executable, TREE_MEMORY, "--", sys.executable, "-c", "raise SystemExit(3)"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "peak PSS of the process tree" in done.stderr


def test_bench_browser_makes_its_paths_absolute_for_servers_run_in_other_checkouts(tmp_path, monkeypatch):
    # the compared server runs with its checkout as cwd: a relative --corpus there was no corpus (an empty page)
    from benchmarks.bench_browser import parse_args

    monkeypatch.chdir(tmp_path)
    args = parse_args(["--corpus", "news.jsonl", "--compare", "base"])
    assert args.corpus == tmp_path / "news.jsonl" and args.compare == tmp_path / "base"


def test_bench_browser_refuses_a_page_with_an_error_or_empty_charts():
    from benchmarks.bench_browser import page_problem

    drawn = {"exception": 0, "points": 480, "text": "Tension Tracker\nActors"}
    assert page_problem(drawn) is None
    assert "exception" in page_problem({**drawn, "exception": 1})
    assert "no corpus" in page_problem({**drawn, "text": "No dated articles: the date filter and the charts over time"
                                                         " are empty."})
    assert "no points" in page_problem({**drawn, "points": 0})
