"""What became of each input a visitor added: a line a file (and one for a pasted article), kept under the upload.

Built from the loader's own report (analysis.loading: each issue names its file, and line or row; ``said``
picks the ones the commands print too) and the analysed articles (their ``origin`` names the file they came
from), in plain functions the tests call; dashboard.components.uploads only stores and draws the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import Analysis
from analysis.loading import counted, said
from analysis.pipeline import union
from analysis.readers import LoadIssue
from dashboard.sources import public_origin
from dashboard.state import notices_markdown

#: Said of every undated article kept: the charts are over time, and one without a date counts in the
#: key figures but sits on no chart (the loader never invents a date).
UNDATED = "on no chart until it has a date"
LEVELS = ("ok", "warning", "error")
MARKS = {"ok": "✓", "warning": "⚠", "error": "✗"}


@dataclass
class Fate:
    """One input's fate: its name, how it went ("ok", "warning": kept with a caveat or with lines lost,
    "error": nothing of it added) and what happened, with the loader's messages (file:line: why) below."""

    name: str
    level: str
    text: str
    details: list[str] = field(default_factory=list)


@dataclass
class UploadReport:
    """An upload's (or a paste's) summary and each input's fate, kept in the session until the next one."""

    kind: str  # "files" or "paste": which part of the form it is drawn under
    summary: str
    fates: list[Fate]

    @property
    def level(self) -> str:
        """"error" when nothing was added, "warning" when something went wrong, else "ok": the box's colour."""
        worst = max((f.level for f in self.fates), key=LEVELS.index, default="error")
        return "error" if all(f.level == "error" for f in self.fates) else worst if worst == "ok" else "warning"

    def markdown(self) -> str:
        """The report as Markdown, a line each, the visitor's own words (file names, messages quoting a
        file's content) escaped: Streamlit renders a box's text as Markdown."""
        lines = []
        for fate in self.fates:
            # a paste's one line goes without: the box's colour says it, and a leading mark became its icon
            mark = "" if self.kind == "paste" else f"{MARKS[fate.level]} "
            lines.append(f"{mark}{fate.name}: {fate.text}")
            lines.extend(f"↳ {detail}" for detail in fate.details)
        body = notices_markdown(lines)
        # the summary in bold, the files' lines under it
        return f"**{notices_markdown([self.summary])}**  \n{body}" if self.summary else body


@dataclass(frozen=True)
class Held:
    """Which of an upload's articles the dashboard's data held before it (the corpus's or the store's copy is
    kept, and the upload's is not added again), and what to call that data."""

    ids: frozenset[str] = frozenset()
    where: str = "the corpus"


def refused(name: str, reason: str) -> Fate:
    """A file the upload's caps kept out, not read."""
    return Fate(name, "error", f"not read ({reason})")


def _belongs(origin: str, path: str) -> bool:
    return origin == path or origin.startswith(path + ":")


def _articles_fate(name: str, origins: pd.DataFrame, issues: list[LoadIssue], earlier: set[str],
                   with_pairs: set[str], held: Held = Held()) -> Fate:
    """The fate of one input whose articles are ``origins`` (article_id, date) and issues ``issues``."""
    details = [f"{public_origin(i.origin)}: {i.message}" for i in issues if said(i)]
    merged = [i for i in issues if i.level == "info" and i.message.startswith("duplicate of")]
    if origins.empty and merged:  # every article of it read before in this upload: nothing lost
        firsts = sorted({public_origin(i.message.removeprefix("duplicate of ").removesuffix("; merged"))
                         for i in merged})
        return Fate(name, "warning", f"nothing new: its {counted(len(merged), 'article')} repeat"
                                     f"{'s' if len(merged) == 1 else ''} {', '.join(firsts[:3])}"
                                     f"{' …' if len(firsts) > 3 else ''}", details)
    if origins.empty:
        whole = [i.message for i in issues if i.level == "error" and ":" not in public_origin(i.origin)]
        why = "; ".join(whole) or "no article could be read"
        # the reason is the file's own (binary, empty, no text column): its lines have none to add
        return Fate(name, "error", f"failed, nothing added ({why})", [] if len(whole) == len(details) else details)
    ids = list(origins["article_id"])
    again = sum(1 for i in ids if i in earlier)
    there = sum(1 for i in ids if i not in earlier and i in held.ids)  # the data's own copy stays
    added = len(ids) - again - there
    parts = [f"{counted(added, 'article')} added"] if added else []
    if again:
        parts.append(f"{counted(again, 'article')} uploaded before in this session, replaced by this copy")
    if there:
        parts.append(f"{counted(there, 'article')} already in {held.where}, not added again" if added or again else
                     f"nothing new: {'its article is' if there == 1 else f'its {there:,} articles are'} already in "
                     f"{held.where}")
    no_pair = sum(1 for i in ids if i not in with_pairs)
    if len(ids) == 1 and no_pair:
        parts.append("it names no pair of actors, so it is on no chart")
    elif no_pair:
        parts.append(f"{no_pair:,} of them name{'s' if no_pair == 1 else ''} no pair of actors, so "
                     f"{'it is' if no_pair == 1 else 'they are'} on no chart")
    undated = int(origins["date"].isna().sum())
    if undated == 1:
        parts.append(f"{'undated' if len(ids) == 1 else '1 undated'}: counted in the figures, {UNDATED}")
    elif undated:
        parts.append(f"{undated:,} undated: counted in the figures, {UNDATED.replace('it has', 'they have')}")
    if merged:
        parts.append(f"{counted(len(merged), 'repeat')} of an article read before merged into it")
    lost = [public_origin(i.origin) for i in issues if i.level == "error"]
    if lost:
        rows = sum(1 for o in lost if ":row " in o)
        lines = sum(1 for o in lost if ":line " in o)
        parts.extend(f"{counted(n, noun)} skipped" for n, noun in
                     ((lines, "line"), (rows, "row"), (len(lost) - lines - rows, "input")) if n)
    level = "warning" if (undated or lost or no_pair or there or any(i.level == "warning" for i in issues)) else "ok"
    return Fate(name, level, "; ".join(parts), details)


def file_fates(files: Iterable[tuple[str, Path]], analysis: Analysis, earlier: set[str],
               held: Held = Held()) -> list[Fate]:
    """Each uploaded file's fate, in upload order: ``files`` pairs each name the visitor gave with the path
    it was read from; ``earlier`` holds the ids of the articles this session uploaded before, ``held`` those
    the dashboard's data held already."""
    articles = analysis.articles
    paths = articles["origin"].astype(str).str.replace(r":(line|row) \d+.*$", "", regex=True)
    with_pairs = set(analysis.pairs["article_id"])
    fates = []
    for name, path in files:
        where = str(path)
        fates.append(_articles_fate(name, articles.loc[paths == where, ["article_id", "date"]],
                                    [i for i in analysis.report.issues if _belongs(i.origin, where)],
                                    earlier, with_pairs, held))
    return fates


def files_report(files: list[tuple[str, Path]], rejected: list[Fate], analysis: Analysis | None,
                 earlier: set[str], held: Held = Held()) -> UploadReport:
    """The report of one upload: the files read (``analysis`` of them, None when none was) and those refused."""
    fates = file_fates(files, analysis, earlier, held) if analysis is not None else []
    read = (analysis.report.summary() if analysis is not None else "no file read")
    total = len(files) + len(rejected)
    summary = f"Uploaded {counted(total, 'file')}: {read}" + (
        f"; {counted(len(rejected), 'file')} not read" if rejected else "")
    return UploadReport("files", summary, fates + rejected)


def paste_report(analysis: Analysis, earlier: set[str], held: Held = Held()) -> UploadReport:
    """The report of one pasted article."""
    fate = _articles_fate("Pasted article", analysis.articles[["article_id", "date"]], analysis.report.issues,
                          earlier, set(analysis.pairs["article_id"]), held)
    if not analysis.articles.empty and analysis.articles["date"].isna().all():
        fate.details.append("Give it a date above and analyse it again to chart it.")
    elif not analysis.articles.empty:
        fate.text += f" (dated {pd.Timestamp(analysis.articles['date'].iloc[0]).date().isoformat()})"
    return UploadReport("paste", "", [fate])


def joined(old: Analysis | None, new: Analysis) -> Analysis:
    """The session's uploads after ``new``: an article uploaded again replaces the earlier copy (a pasted
    article given its date then is charted, where the undated copy stayed in its place)."""
    if old is None:
        return new
    return union(without(old, set(new.articles["article_id"])), new)


def without(analysis: Analysis, ids: Iterable[str]) -> Analysis:
    """``analysis`` less the articles ``ids`` (and their pair rows): what a session keeps of an upload is only
    what the dashboard's data did not hold already."""
    gone = set(ids)
    return Analysis(analysis.articles[~analysis.articles["article_id"].isin(gone)].reset_index(drop=True),
                    analysis.pairs[~analysis.pairs["article_id"].isin(gone)].reset_index(drop=True),
                    analysis.report, analysis.dictionary_version, analysis.scorer_version)


def uploaded_ids(analysis: Analysis | None) -> set[str]:
    return set() if analysis is None else set(analysis.articles["article_id"])
