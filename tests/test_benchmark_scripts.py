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
