"""The README is the user's manual: its column tables and commands must match the code."""

from analysis.schema import AGGREGATE_COLUMNS, ARTICLE_COLUMNS, PAIR_COLUMNS, markdown_table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_table_is_documented_exactly_as_defined():
    for columns in (PAIR_COLUMNS, AGGREGATE_COLUMNS, ARTICLE_COLUMNS):
        assert markdown_table(columns) in README


def test_the_two_set_up_commands_are_the_ones_ci_and_make_run():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make dashboard" in quick_start and "make test" in quick_start
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith(("#", "set ", "cd "))]
    assert ci == ["make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert "streamlit run dashboard/app.py" in makefile and "pytest" in makefile


def library_example() -> str:
    section = README.split("\n## Library\n", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_library_example_runs_and_prints_what_its_comments_say(monkeypatch, capsys):
    code = library_example()
    monkeypatch.chdir(ROOT)  # it reads seeds/, as from a clone's root
    exec(compile(code, "README.md (Library)", "exec"), {})
    printed = capsys.readouterr().out
    expected = [line.split("#", 1)[1].strip() for line in code.splitlines() if line.startswith("print(") and "#" in line]
    assert len(expected) == 3
    for text in expected:
        assert text in printed
