"""Tension from categorised cues, each one an explanation.

A sentence's tension is tanh of the sum of its cues' contributions, so it stays in (-1, 1), is 0
when no cue is present, and every part of it is a cue with a span the dashboard can highlight:

    contribution = side × weight(category) × Π factor(modifier)

side is +1 for conflict categories and -1 for cooperation ones; weights come from the Goldstein
scale (data/cues.yaml says which CAMEO roots each category stands for).  Modifiers within a few
words before a cue, in the same clause, change it: negation ("did not pressure"), prevention
("avoid escalating tensions") and hedging ("could", "might": a threat of an act, not the act, as
the Caldara–Iacoviello index separates them).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, cast

import yaml

from analysis.text import WORD_RE, normalise, words
from analysis.trie_regex import after_boundary, compile_terms

LEXICON_PATH = Path(__file__).parent / "data" / "cues.yaml"
CONFLICT, COOPERATION = "conflict", "cooperation"
_CLAUSE_BREAK = re.compile(r"[;:,()\[\]]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)


class Cue(NamedTuple):
    """One contribution to a score: ``text[start:end]`` is ``term``.

    A NamedTuple, not a dataclass: sentences make hundreds of thousands of them, and a frozen
    dataclass costs several times as much to build."""

    term: str
    category: str
    weight: float  # signed contribution after modifiers: > 0 conflict, < 0 cooperation
    start: int
    end: int
    modifiers: tuple[str, ...] = ()  # e.g. ("negation:not",)
    source: str = "lexicon"  # "lexicon" or "model" (the learned word weights)

    def as_dict(self) -> dict:
        return {"term": self.term, "category": self.category, "weight": round(self.weight, 4),
                "start": self.start, "end": self.end, "modifiers": list(self.modifiers), "source": self.source}


class TermMatcher:
    """Longest-match lookup of (multi-)word terms, a trailing * matching any ending of a word."""

    def __init__(self, terms: dict[str, object]):
        self._exact: dict[str, list[tuple[tuple[str, ...], object, str]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], object, str]]] = {}
        lengths = set()
        for term, label in terms.items():
            parts = self._compile(term)
            if not parts:
                continue
            head, rest = parts[0], tuple(parts[1:])
            if head.endswith("*"):
                stem = head[:-1]
                self._prefix.setdefault(stem, []).append((rest, label, term))
                lengths.add(len(stem))
            else:
                self._exact.setdefault(head, []).append((rest, label, term))
        for table in (self._exact, self._prefix):
            for options in table.values():
                options.sort(key=lambda o: -len(o[0]))
        self._lengths = sorted(lengths, reverse=True)
        self._memo: dict[str, list[tuple[tuple[str, ...], object, str]]] = {}
        self._labels: dict[str, tuple[object, str]] = {}
        self._regex = compile_terms([tuple(self._compile(t)) for t in terms], ignore_case=True)
        # Lower-cased text with a case-sensitive pattern is twice as fast as IGNORECASE.
        self._lower_regex = (after_boundary(re.compile(self._regex.pattern)) if self._regex is not None
                             else None)

    def matches(self, text: str, lowered: str | None = None) -> list[tuple[int, int, object, str]]:
        """(start, end, label, term) of every term in ``text``, in order; ``lowered`` is ``text.lower()``."""
        if self._regex is None or self._lower_regex is None:
            return []
        lowered = text.lower() if lowered is None else lowered
        labels = self._labels
        out = []
        if len(lowered) == len(text):  # offsets survive (they do not for e.g. "İ")
            for match in self._lower_regex.finditer(" " + lowered):
                matched = match.group(1)
                hit = labels.get(matched) or self._label(matched)
                start, end = match.span(1)
                out.append((start - 1, end - 1, hit[0], hit[1]))
        else:
            for match in self._regex.finditer(text):
                hit = self._label(match.group().lower())
                start, end = match.span()
                out.append((start, end, hit[0], hit[1]))
        return out

    def _label(self, matched: str) -> tuple[object, str]:
        """What a matched text (lower case) stands for: its longest term's label and the term."""
        hit = self._labels.get(matched)
        if hit is None:
            found = next(self.find([w.lower() for w in WORD_RE.findall(matched)]), None)
            hit = (found[2], found[3]) if found else (None, "")
            if len(self._labels) < 200_000:
                self._labels[matched] = hit
        return hit

    @staticmethod
    def _compile(term: str) -> list[str]:
        star = term.strip().endswith("*")
        parts = [w.lower() for w in words(term.strip().rstrip("*"))]
        if parts and star:
            parts[-1] += "*"
        return parts

    def _options(self, token: str) -> list[tuple[tuple[str, ...], object, str]]:
        """Every term that can start at ``token``, longest first; memoised, words repeat a lot."""
        options = self._memo.get(token)
        if options is None:
            options = list(self._exact.get(token, ()))
            for k in self._lengths:
                if len(token) >= k:
                    options.extend(self._prefix.get(token[:k], ()))
            options.sort(key=lambda o: -len(o[0]))
            if len(self._memo) < 200_000:
                self._memo[token] = options
        return options

    def find(self, tokens: Sequence[str]) -> Iterator[tuple[int, int, object, str]]:
        """Yield (first token, last token + 1, label, term) for non-overlapping longest matches."""
        i, n = 0, len(tokens)
        while i < n:
            best = None
            for rest, label, term in self._options(tokens[i]):
                k = len(rest)
                if i + k < n and all(_word_matches(tokens[i + 1 + j], rest[j]) for j in range(k)):
                    best = (k, label, term)
                    break
            if best is None:
                i += 1
                continue
            yield i, i + best[0] + 1, best[1], best[2]
            i += best[0] + 1


def _word_matches(token: str, pattern: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


@dataclass(frozen=True)
class Category:
    name: str
    side: str
    weight: float

    @property
    def signed(self) -> float:
        return self.weight if self.side == CONFLICT else -self.weight


class CueLexicon:
    """The lexicon file compiled for matching; ``version`` names it in stored results."""

    def __init__(self, path: Path = LEXICON_PATH):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.version = f"cues-v{doc.get('version', 0)}"
        self.categories: dict[str, Category] = {}
        cue_terms: dict[str, object] = {}
        for name, spec in doc["categories"].items():
            side = spec["side"]
            if side not in (CONFLICT, COOPERATION):
                raise ValueError(f"{path}: category {name}: side must be conflict or cooperation")
            category = Category(name, side, float(spec["weight"]))
            self.categories[name] = category
            for term in spec["terms"]:
                cue_terms.setdefault(str(term), category)
        for term in doc.get("ignore") or []:
            cue_terms[str(term)] = None  # matched so that nothing inside it is
        mods = doc.get("modifiers", {})
        self.window = int(mods.get("window", 4))
        self.factors: dict[str, float] = {}
        mod_terms: dict[str, object] = {}
        for kind in ("negation", "prevention", "hedge"):
            spec = mods.get(kind) or {}
            self.factors[kind] = float(spec.get("factor", 1.0))
            for term in spec.get("terms", []):
                mod_terms.setdefault(str(term), kind)
        self.cues = TermMatcher(cue_terms)
        self.modifiers = TermMatcher(mod_terms)

    def side_of(self, category: str) -> str:
        return self.categories[category].side if category in self.categories else ""


@lru_cache(maxsize=1)
def default_lexicon() -> CueLexicon:
    return CueLexicon()


def lexicon_cues(text: str, lexicon: CueLexicon | None = None) -> list[Cue]:
    """The lexicon's cues in ``text``, modifiers applied."""
    lexicon = lexicon or default_lexicon()
    norm = normalise(text)
    lowered = norm.lower()
    found = [hit for hit in lexicon.cues.matches(norm, lowered) if hit[2] is not None]
    if not found:
        return []
    mods = lexicon.modifiers.matches(norm, lowered)
    if not mods:
        return [Cue(text[start:end], cast(Category, label).name, cast(Category, label).signed, start, end)
                for start, end, label, _term in found]
    cues: list[Cue] = []
    governing: list[tuple[int, int]] = []  # spans of modifiers that govern a cue
    for start, end, label, _term in found:
        category = cast(Category, label)
        factor, applied = 1.0, []
        for m_start, m_end, mod_label, _m_term in mods:
            kind = cast(str, mod_label)
            if m_end > start:
                break
            between = norm[m_end:start]
            if len(between) > 20 * lexicon.window or len(WORD_RE.findall(between)) > lexicon.window:
                continue
            if _CLAUSE_BREAK.search(between):
                continue
            factor *= lexicon.factors[kind]
            applied.append(f"{kind}:{text[m_start:m_end]}")
            governing.append((m_start, m_end))
        cues.append(Cue(text[start:end], category.name, category.signed * factor, start, end, tuple(applied)))
    if not governing:
        return cues
    # A word that is both a cue and a modifier ("ease friction") speaks through what it governs.
    return [c for c in cues if c.modifiers or not any(g0 <= c.start < g1 for g0, g1 in governing)]


def combine(cues: Sequence[Cue]) -> float:
    """Tension from cue contributions: tanh of their sum, 0.0 without cues."""
    return math.tanh(sum(c.weight for c in cues)) if cues else 0.0
