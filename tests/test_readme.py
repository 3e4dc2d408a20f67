"""The README is the user's manual: its column tables and commands must match the code."""

from analysis.schema import AGGREGATE_COLUMNS, ARTICLE_COLUMNS, PAIR_COLUMNS, markdown_table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_table_is_documented_exactly_as_defined():
    for columns in (PAIR_COLUMNS, AGGREGATE_COLUMNS, ARTICLE_COLUMNS):
        assert markdown_table(columns) in README


def test_the_two_set_up_commands_are_the_ones_ci_and_make_run():
    assert "make dashboard" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "streamlit run dashboard/app.py" in makefile and "pytest" in makefile
