"""The README is the user's manual: its column tables and commands must match the code, and its links and
docs/'s resolve."""

import re

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


PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: its text lower-cased, punctuation dropped, spaces to '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading anchors by its text
    text = text.replace("`", "").replace("*", "").strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def prose(text: str) -> str:
    """The page without code blocks and code spans, where a ](...) is code, not a link."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    return re.sub(r"`[^`]*`", "", text)


def anchors(page) -> set[str]:
    seen: dict[str, int] = {}
    for line in prose(page.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} +(.+?)[ #]*$", line)
        if heading:
            slug = github_slug(heading.group(1))
            seen[slug] = seen.get(slug, -1) + 1
            if seen[slug]:  # GitHub numbers a repeated heading's anchor: -1, -2 ...
                seen[f"{slug}-{seen[slug]}"] = 0
    return set(seen)


def broken_links(pages) -> list[str]:
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", prose(page.read_text(encoding="utf-8"))):
            if re.match(r"[a-z][a-z0-9+.-]*:|//", target):
                continue  # a web address, not a file of the repository
            path, _, anchor = target.partition("#")
            dest = (page.parent / path) if path else page
            where = f"{page.relative_to(ROOT) if page.is_relative_to(ROOT) else page.name}: {target}"
            if not dest.exists():
                broken.append(f"{where} (no such file)")
            elif anchor and (dest.suffix != ".md" or anchor not in anchors(dest)):
                broken.append(f"{where} (no heading with that anchor)")
    return broken


def test_github_slugs_drop_punctuation_as_github_does():
    assert github_slug("Tracking over time: the store") == "tracking-over-time-the-store"
    assert github_slug("What the figures say, and what they do not") == "what-the-figures-say-and-what-they-do-not"
    assert github_slug("The seed, pair by pair") == "the-seed-pair-by-pair"
    assert github_slug("Sentiment × tension") == "sentiment--tension"
    assert github_slug("`pair_days` and Scale-out") == "pair_days-and-scale-out"


def test_every_relative_link_in_the_readme_and_docs_resolves():
    assert len(PAGES) > 1
    assert broken_links(PAGES) == []


def test_a_broken_link_is_caught(tmp_path):
    page = tmp_path / "page.md"
    (tmp_path / "other.md").write_text("# Other\n\n## Its part\n", encoding="utf-8")
    page.write_text("# Page\n\n[fine](other.md#its-part) [self](#page) [web](https://example.org/x)\n"
                    "`[code](nowhere.md)`\n\n[gone](missing.md) [no anchor](other.md#no-part) [nor here](#nope)\n",
                    encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in broken_links([page])] == [
        "missing.md (no such file)", "other.md#no-part (no heading with that anchor)",
        "#nope (no heading with that anchor)"]
