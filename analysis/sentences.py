"""Sentence splitting that keeps character offsets.

Why not pysbd or syntok: both split the seed correctly, but cost 6 and 5 times as much as VADER
itself per sentence (benchmarks/bench_splitters.py: pysbd 279 µs, syntok 211 µs, VADER 46 µs), and the
pipeline's budget is to cost no more than running VADER over every sentence.  This splitter is a
single regular-expression pass with the rules news text needs: abbreviations ("Mr.", "Jan.",
"Gen."), initials ("George W. Bush"), dotted acronyms ("U.S.") that end a sentence only before a
word that starts one, closing quotes and brackets, and paragraph breaks.  tests/test_sentences.py
holds the hard cases.

Newswire conventions end a story without a full stop, and two stories read as one sentence would
pair actors that never met: digests separate items with "- - - -", stories end with "REUTER" or
"(Reporting by ...; Editing by ...)", bylines stand on their own line.  These are cut out of every
sentence and end the one before.  A dateline ("TOKYO, March 3 -", "WASHINGTON (Reuters) -")
starts a sentence and is left out of it: the city says where the story was filed, not who acted.
"""

from __future__ import annotations

import re

from analysis.text import normalise

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj sgt capt cpt adm cmdr gov sen rep rev hon pres supt insp st mt
    ft jr sr messrs mme mlle jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
    thur thurs fri sat sun approx dept univ assn bros inc corp ltd co cos plc llc vs v etc al cf ca
    ave blvd rd
    """.split()
)
# These end with a full stop without ending the sentence only before a number ("No. 10", "p. 4").
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "para", "art", "sec", "ch", "op"])
# After a dotted acronym ("U.S.") or "etc.", only these words open a new sentence.
_SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there here but and
    or so yet however meanwhile in on at for after before when while if as since although though
    despite during according mr mrs ms dr
    """.split()
)

# A dateline: a city ("LONDON", "New York") followed by a date, an agency or both, then a dash.
# A bare "LONDON -" is not taken for one: "NATO - Russia council meets" would lose an actor.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf",[ ]{_MONTH}[ ]\d{{1,2}}"
_AGENCY = r"[ ]?\((?:Reuters|Xinhua|Kyodo|Yonhap|Bloomberg|[A-Z]{2,6})\)"
_DATELINE = rf"[A-Z][A-Za-z'/-]+(?:[ ][A-Z][A-Za-z'/-]*)*(?:{_DATE}(?:{_AGENCY})?|{_AGENCY})[ ]+-{{1,2}}(?=\s)"
# Text that belongs to no sentence and ends the one before: digest separators ("- - - -", a line
# of dashes), sign-offs ("REUTER", a "Reuter" line, "(Reporting by ...)"), byline lines ("By Jane
# Doe").  Only texts holding one of _CUT_MARKS are split with these: most news has none, and the
# pattern with them scans every "R", "(" and "-" of a text.
_CUT = (r"-(?<!\S-)(?:[ \t]+-){2,}(?!\S)|\n[ \t]*-{3,}[ \t]*(?=\n|\Z)"
        r"|R(?<!\SR)EUTERS?(?!\S)|\n[ \t]*Reuters?[ \t]*(?=\n|\Z)"
        r"|\((?:[Aa]dditional[ ])?(?:[Rr]eporting|[Ww]riting|[Ee]diting)[ ]by[^()\n]{0,400}\)"
        r"|\n[ \t]*By[ \t]+[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|and|de|da|van|von|al|bin|el),?){0,6}[ \t]*(?=\n|\Z)")
_CUT_MARKS = ("- -", "---", "EUTER", "euter", "\nBy ", "ing by")
_SIGN_OFFS = frozenset(["Reuter", "Reuters", "REUTER", "REUTERS"])
_BYLINE = re.compile(r"By[ \t]+[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|and|de|da|van|von|al|bin|el),?){0,6}")
# A candidate boundary: end punctuation, closing quotes or brackets, then white space; a blank
# line; a line that opens with a dateline; or (in newswire text) a cut.
_BOUNDARY_SOURCE = rf"""[.!?]+["')\]]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*{_DATELINE})"""
# The same matches, written to open on one class of every boundary's first character: a pattern
# that opens on a class lets the engine skip, in C, to the next such character, where one that
# opens on alternatives is tried at every position of the text (twice the time of the scan).
_BOUNDARY = re.compile(rf"""[.!?\n](?:(?<=[.!?])[.!?]*["')\]]*(?=\s)|(?<=\n)[ \t]*\n|(?<=\n)(?=[ \t]*{_DATELINE}))""")
_NEWSWIRE_BOUNDARY = re.compile(rf"""{_BOUNDARY_SOURCE}|(?P<cut>{_CUT})""")
# What opens a story's first sentence and is left out of it: a dateline, after a sign-off or a
# byline when the text has lost its line breaks ("... said. Reuter TOKYO, March 3 - Japan ...").
_STORY_HEAD = re.compile(rf"(?:Reuters?[ ]+)?(?:By(?:[ ][A-Z][\w.'-]+){{1,4}}\s+)?{_DATELINE}\s*")
_NEXT_WORD = re.compile(r"""\s+["'(\[]*([^\s]*)""")
_OPENING = "\"'(["


def _is_boundary(before: str, mark: str, next_word: str) -> bool:
    if not next_word:
        return True
    first = next_word[0]
    if first.islower() or first in ",;:)-":
        return False
    if mark[0] != ".":
        return True  # ! and ? end a sentence before any capital or digit
    if len(before) == 1 and before.isupper():
        return False  # an initial: "George W. Bush"
    token = before.lower()
    if "." in before or token in {"etc", "al"}:
        return next_word.strip("\"'()[]").lower() in _SENTENCE_OPENERS  # "the U.S. The" ends, "the U.S. Navy" not
    return not (token in _ABBREVIATIONS or (token in _NUMBER_ABBREVIATIONS and first.isdigit()))


#: A "sentence" longer than this (a run-on line, a table, a wall of text without full stops) is cut
#: at white space: VADER's "but" rule is quadratic in a sentence's words, and no reader reads a
#: 20,000-character sentence as one statement either.
MAX_SENTENCE_CHARS = 2000


def _cap(spans: list[tuple[int, int]], norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = norm.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            _append(norm, start, cut, out)
            start = cut
        _append(norm, start, end, out)
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) character span of each sentence of ``text``, whitespace trimmed."""
    norm = normalise(text)
    spans: list[tuple[int, int]] = []
    start = 0
    # Each scan for a mark costs far less than the checks it spares every sentence of most news.
    wire = any(mark in norm for mark in _CUT_MARKS) or norm.startswith("By ")
    heads = wire or " -" in norm  # a dateline needs its dash (without heads, see keeps_all_text)
    for match in (_NEWSWIRE_BOUNDARY if wire else _BOUNDARY).finditer(norm):
        end = match.end()
        mark = match.group()
        if match.lastgroup == "cut":
            _append(norm, start, match.start(), spans, heads)
            start = end
            continue
        if mark[0] != "\n":
            word_start = max(norm.rfind(" ", 0, match.start()), norm.rfind("\n", 0, match.start())) + 1
            before = norm[word_start:match.start()].lstrip(_OPENING)
            nxt = _NEXT_WORD.match(norm, end)
            if not _is_boundary(before, mark, nxt.group(1) if nxt else ""):
                continue
        _append(norm, start, end, spans, heads)
        start = end
    _append(norm, start, len(norm), spans, heads)
    if len(norm) > MAX_SENTENCE_CHARS and any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = _cap(spans, norm)
    return spans


def keeps_all_text(norm: str) -> bool:
    """Whether ``split_sentences`` of ``norm`` (a normalised text) leaves nothing out but white space.

    It does unless the text has a newswire mark (a cut, a sign-off, a byline) or a dash that a
    dateline needs: only those make it drop text.  A caller that scanned the whole text then knows
    that the sentences hold every match of the scan, without splitting it (pipeline.pair_sentences_each)."""
    return not (" -" in norm or norm.startswith("By ") or any(mark in norm for mark in _CUT_MARKS))


def _append(norm: str, start: int, end: int, spans: list[tuple[int, int]], heads: bool = False) -> None:
    """Add the span, white space trimmed; with ``heads``, a dateline, sign-off or byline left out."""
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if heads and end > start and norm[start].isupper():
        if norm.find(" -", start, start + 120) != -1 and (head := _STORY_HEAD.match(norm, start, end)):
            start = head.end()  # a dateline (" -" found first: the match costs more than the find)
        elif end - start < 8 and norm[start:end] in _SIGN_OFFS:  # "... said. Reuter" ends the text
            return
        elif norm.startswith("By ", start) and (byline := _BYLINE.match(norm, start, end)) and byline.end() == end:
            return  # a byline opening the text
    if end > start:
        spans.append((start, end))
