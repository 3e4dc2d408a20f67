"""Thousands of (multi-)word terms found in text by looking its words up, not by a compiled regex.

Why: one trie-shaped regular expression of every actor name and cue (analysis.trie_regex) scans
fast, but Python's regex *parser* takes more than a second to compile it, and every CLI run,
dashboard cold open, spawned worker and test paid that before reading a word.  Here the terms go
into a word-level trie of dicts, built in milliseconds.  A small regex of the first two
characters of the terms' first words finds, in C, the words of a text that may start a term; each
distinct word is looked up once in a dict (memoised: news repeats its words), in bulk, in C; only
the words that do start a term are walked further, word by word, in Python.

That is slower per character than the full trie regex, so a scanner that has read as much text
as compiling that regex would cost compiles it then and scans with it from there on (the classic
rent-or-buy rule: never more than twice the cost of the better choice made in hindsight).  A CLI
run, a dashboard and a test never get there; a run over millions of articles gets the regex's
speed after its first few megabytes.

The matches are exactly the trie regex's (tests/test_term_scan.py holds them to it on random
text): a term is a sequence of words, a word being a run of letters and digits (``[^\\W_]+``);
consecutive words of a term stand in the text with one to three separators between them
(``[\\s'.\\-]{1,3}``: "Self-Defense Forces", "U.S." = the words U and S); a match starts and ends
on word boundaries; a word ending in ``*`` matches any word it starts.  Where several terms can
start at a word, the one the regex's alternation tries first wins: at each word an exact word
before wildcards, longer wildcard stems before shorter ones, and a longer term before the shorter
one it extends.  Matching is case-sensitive (callers lower-case the text and the terms where case
must not matter).  Matches do not overlap; the scan resumes after the end of the last one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress
from typing import NamedTuple

from analysis.trie_regex import trie_pattern

_WORD = re.compile(r"[^\W_]+")
#: trie_regex.SEPARATOR, then the whole next word (the separators run to a word character or fail).
_GAP_WORD = re.compile(r"[\s'.\-]{1,3}([^\W_]+)")
_MEMO_LIMIT = 300_000
#: Compiling the trie regex costs about as much CPU as reading this many characters of text word by
#: word per character of its terms, for the cue lexicon (python -m benchmarks.bench_startup --jsonl).
TEXT_PER_TERM_CHARACTER = 30
_GROUP = re.Match.group


class TermMatch(NamedTuple):
    """One term found: ``text[first:last]`` is ``matched``.

    It answers ``group()``, ``span()``, ``start()`` and ``end()`` as the trie regex's match does
    (group 1 is the whole term too), so callers take either without telling them apart."""

    matched: str
    first: int
    last: int

    def group(self, index: int = 0) -> str:
        return self.matched

    def span(self, index: int = 0) -> tuple[int, int]:
        return self.first, self.last

    def start(self, index: int = 0) -> int:
        return self.first

    def end(self, index: int = 0) -> int:
        return self.last


class _Node:
    """Terms' next words from here: exact words, wildcard stems (longest first), and whether one ends here."""

    __slots__ = ("exact", "wild", "stem_lengths", "end")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.wild: dict[str, _Node] = {}  # stem -> node
        self.stem_lengths: tuple[int, ...] = ()  # of the stems, longest first
        self.end = False

    def options(self, word: str) -> list[_Node]:
        """Where ``word`` leads from here, in the order the trie regex tries it: the exact word,
        then the stems it starts with, longest first (a look-up per stem length, not per stem:
        the cues have hundreds of stems, and every new word of a text is asked once)."""
        out = []
        child = self.exact.get(word)
        if child is not None:
            out.append(child)
        for length in self.stem_lengths:
            if len(word) >= length:
                child = self.wild.get(word[:length])
                if child is not None:
                    out.append(child)
        return out


class TermScanner:
    """Every term of a set in a text, found word by word (see the module docstring for the rules)."""

    def __init__(self, terms: Iterable[tuple[str, ...]], *, break_even: int = TEXT_PER_TERM_CHARACTER):
        """``break_even``: characters of text read word by word that cost as much as compiling the
        trie regex, per character of the terms (where candidate words are rarer, more)."""
        self._root = _Node()
        nodes = [self._root]
        kept = []
        for term in terms:
            if not term:
                continue
            kept.append(term)
            node = self._root
            for word in term:
                wild = word.endswith("*")
                stem = word[:-1] if wild else word
                if not _WORD.fullmatch(stem):
                    raise ValueError(f"term {' '.join(term)!r}: {word!r} is not a word of letters and digits")
                children = node.wild if wild else node.exact
                child = children.get(stem)
                if child is None:
                    child = children[stem] = _Node()
                    nodes.append(child)
                node = child
            node.end = True
        for node in nodes:  # longer stems first: the regex's trie tries the longer literal path first
            node.stem_lengths = tuple(sorted({len(stem) for stem in node.wild}, reverse=True))
        self._first: dict[str, list[_Node]] = {}  # a word of text -> where it leads from the root
        self._heads = _heads_pattern(self._root)
        self._terms = kept
        # Text to read word by word before the trie regex has paid for its compiling (see finditer).
        self._budget = break_even * sum(len(word) + 1 for term in kept for word in term)
        self._regex: re.Pattern | None = None

    def __bool__(self) -> bool:
        return bool(self._root.exact or self._root.wild)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[TermMatch | re.Match]:
        """The terms in ``text[:endpos]`` that start at or after ``pos``, in order, not overlapping.

        As a regex that opens on a look-behind: a word that runs across ``pos`` starts no term,
        and a word cut by ``endpos`` is read as it stands there ("Japan" of "Japanese").

        Once this scanner has read, word by word, as much text as compiling the trie regex of
        its terms costs, it compiles it and scans with it from then on (the same matches, found
        by the C engine alone): a short run never pays for the compile, a long one pays for it
        once it is cheaper than going on word by word."""
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if self._regex is None and self._heads is not None:
            self._budget -= endpos - pos
            if self._budget < 0:
                self._regex = re.compile(f"(?<![^\\W_])({trie_pattern(self._terms)})")
        if self._regex is not None:
            return self._regex.finditer(text, pos, endpos)
        return self._scan(text, pos, endpos)

    def _scan(self, text: str, pos: int, endpos: int) -> Iterator[TermMatch]:
        if self._heads is None:
            return
        heads = list(self._heads.finditer(text, pos, endpos))
        if not heads:
            return
        first = self._first
        words = list(map(_GROUP, heads))
        leads = list(map(first.get, words))  # where each word leads: None for a word not seen before
        if None in leads:
            options = self._root.options
            new = {word: options(word) for word, lead in zip(words, leads) if lead is None}
            if len(first) + len(new) > _MEMO_LIMIT:
                first.clear()
            first.update(new)
            leads = [new[word] if lead is None else lead for word, lead in zip(words, leads)]
        resume = 0
        for head, lead in zip(compress(heads, leads), filter(None, leads)):
            start = head.start()
            if start < resume:
                continue
            end = _walk(lead, text, head.end(), endpos)
            if end >= 0:
                resume = end
                yield TermMatch(text[start:end], start, end)


def _heads_pattern(root: _Node) -> re.Pattern | None:
    """A small pattern matching every word of text that may start a term (and some that do not).

    Why not the first words themselves: thousands of them would again be a pattern slow to
    compile.  Their first two characters are a pattern of one branch per first character (a
    class of second characters), quick to compile; it lets the C engine skip most words, and the
    dict look-up of each word it stops at says whether a term starts there."""
    seconds: dict[str, set[str]] = {}  # first character -> second characters ("" for any or none)
    for word in [*root.exact, *root.wild]:
        seconds.setdefault(word[0], set()).add(word[1:2])
    if not seconds:
        return None
    branches = []
    for char, after in sorted(seconds.items()):
        head = re.escape(char)
        if "" in after:  # a one-character word, or a one-character stem: any word starting with it
            branches.append(head)
        else:
            branches.append(f"{head}[{''.join(re.escape(c) for c in sorted(after))}]")
    return re.compile(f"(?<![^\\W_])(?:{'|'.join(branches)})[^\\W_]*")


def _walk(options: list[_Node], text: str, end: int, endpos: int) -> int:
    """Where the first term (in the trie regex's order) through one of ``options`` ends, the word
    before ending at ``end``; -1 when none does."""
    following = None
    looked = False
    for node in options:
        if node.exact or node.wild:
            if not looked:
                following, looked = _GAP_WORD.match(text, end, endpos), True
            if following is not None:
                found = _walk(node.options(following.group(1)), text, following.end(), endpos)
                if found >= 0:
                    return found
        if node.end:
            return end
    return -1
