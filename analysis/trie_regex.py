"""Thousands of (multi-)word terms compiled into one regular expression shaped as a trie.

Why: a plain alternation ``Japan|Japanese|...`` makes the regex engine try every term at every
position; a Python loop over words costs a few microseconds per word.  A character trie shares
prefixes (``Japan(?:ese)?``), so the engine walks the text once, in C, whatever the number of
terms.  What a match *means* is then looked up in a dict by the matched words.

Compiling such a pattern is the catch: Python's regex parser takes over a second on the actor
names.  So the matchers find terms with analysis.term_scan (a word-level trie, the same matches,
nothing to compile), which compiles this pattern only once it has read enough text to pay for it;
the cue lexicon also compiles one, case-insensitive, for the rare text whose lower case changes
its length.  This module defines what a match is: the scanner is tested against it.

A term is a sequence of words.  Words in the text may be separated by spaces, hyphens,
apostrophes or dots (so "Self-Defense Forces" matches "Self Defense Forces", and "U.S." the words
U and S); a match starts and ends on word boundaries; a word ending in ``*`` matches any ending.
Where terms share a start, longer ones are tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SEPARATOR = r"[\s'.\-]{1,3}"
_WORD_CHAR = r"[^\W_]"
_LOOK_BEHIND = f"(?<!{_WORD_CHAR})"
_END = ("END",)
_SEP = ("SEP",)
_WILD = ("WILD",)
_BOUNDARY = ("B",)


def _atoms(words: tuple[str, ...]) -> list:
    atoms: list = []
    for i, word in enumerate(words):
        if i:
            atoms.append(_SEP)
        wild = word.endswith("*")
        atoms.extend(word[:-1] if wild else word)
        if wild:
            atoms.append(_WILD)
        atoms.append(_BOUNDARY)
    return atoms


def _render(node: dict) -> str:
    def order(atom) -> tuple:
        # Literal characters first (they lead to longer terms), the wildcard last.
        return (atom == _WILD, atom == _SEP, atom == _BOUNDARY, str(atom))

    branches = []
    for atom in sorted((a for a in node if a is not _END), key=order):
        child = node[atom]
        if atom is _SEP:
            head = SEPARATOR
        elif atom is _WILD:
            head = _WORD_CHAR + "*"
        elif atom is _BOUNDARY:
            head = f"(?!{_WORD_CHAR})"
        else:
            head = re.escape(atom)
        rest = _render(child) if any(a is not _END for a in child) else ""
        if rest:
            rest = f"(?:{rest})" + ("?" if _END in child else "")
        branches.append(head + rest)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_pattern(terms: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> str | None:
    """The trie-shaped source of a pattern matching any of ``terms``, without its opening guard."""
    root: dict = {}
    for words in terms:
        if not words:
            continue
        node = root
        for atom in _atoms(tuple(w.lower() if ignore_case else w for w in words)):
            node = node.setdefault(atom, {})
        node[_END] = True
    return _render(root) if root else None


def compile_terms(terms: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> re.Pattern | None:
    """One pattern matching any of ``terms`` (tuples of words); None when there are none."""
    source = trie_pattern(terms, ignore_case=ignore_case)
    if source is None:
        return None
    return re.compile(_LOOK_BEHIND + source, re.IGNORECASE if ignore_case else 0)


def trie_source(terms: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> str | None:
    """The text of compile_terms' pattern, uncompiled (compiling a large one takes time: do it once)."""
    source = trie_pattern(terms, ignore_case=ignore_case)
    return _LOOK_BEHIND + source if source is not None else None


def compile_after_boundary(terms: Iterable[tuple[str, ...]]) -> re.Pattern | None:
    """What ``after_boundary(compile_terms(terms))`` gives, compiled once: for a large dictionary
    the regex compiler, not the trie, is the cost of building it."""
    source = trie_pattern(terms)
    return re.compile(f"[\\W_]({source})") if source is not None else None


def after_boundary(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (from compile_terms) opening on the character before a term, the term in group 1.

    Search ``" " + text`` and take group 1's span less one.  Why: a pattern that opens on a
    look-behind has the engine try the whole trie at every position of the text; one that opens
    on a character class lets it skip, in C, to the next character that is not part of a word
    (12 % less time for the cue lexicon, 18 % for the actor scan; nothing for the learned words,
    whose time is in the words found, so they keep the look-behind).
    """
    return re.compile(after_boundary_source(pattern.pattern), pattern.flags)


def after_boundary_source(source: str) -> str:
    """after_boundary's pattern text for a trie_source text."""
    return f"[\\W_]({source.removeprefix(_LOOK_BEHIND)})"
