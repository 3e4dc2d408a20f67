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
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple, cast

from analysis.data_cache import cached, code_of, source_digest, without_collector, yaml_document
from analysis.term_scan import TermScanner
from analysis.text import BE_FORMS, NEGATIONS, REFUSALS, THAT, WORD_RE, normalise, words
from analysis.trie_regex import trie_source

LEXICON_PATH = Path(__file__).parent / "data" / "cues.yaml"
#: Terms generated from PETRARCH2's CAMEO verb dictionary (scripts/import_cameo_verbs.py).
CAMEO_PATH = Path(__file__).parent / "data" / "cues_cameo.tsv"
CONFLICT, COOPERATION = "conflict", "cooperation"
# (a comma between digits groups thousands, no clause: "Hamas releases 2,500 prisoners")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|(?<!\d),|,(?!\d)|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)
# Where a modifier's reach ends: a clause break, a quotation mark, or a word that opens another
# clause.  "fire and fury like the world has never seen" if North Korea threatens": the "never"
# belongs to "seen", and the threat under "if" is not denied.  "by" opens the means, not the act:
# in "stopped the vessels by blocking the strait" the blocking is done, not prevented.
_SCOPE_BREAK = re.compile(_CLAUSE_BREAK.pattern + r'|["\u201c\u201d]|\b(?:if|when|whenever|because|unless|although|'
                          r"though|after|before|since|until|who|which|whose|where|by)\b", re.IGNORECASE)

# A quotation that opens right after the modifier is what it governs: 'promises "fire and fury"'.
# A modifier followed by "and" or "or" is coordinated with the act after it ("stop and seize").
_COORDINATED = re.compile(r"\s*(?:and|or)\b", re.IGNORECASE)
# "to" right before a later modifier: its purpose clause ("withdrawing from the region to avoid clashing")
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
# ... unless what the first prevention ends is a plan to do it ("abandons its plan to suspend military aid")
_PLAN_TO = re.compile(r"\b(?:plans?|decisions?|threats?|proposals?|bids?|orders?|moves?|attempts?|efforts?|"
                      r"intentions?|pledges?|promises?|vows?)\s+to\s*$", re.IGNORECASE)
# a noun prevention ("a freeze on", "suspension of") governs its own noun phrase, not one after "and":
# "an asset freeze on Iranian officials and new sanctions on the Revolutionary Guards"
_AND_WORD = re.compile(r"\band\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r'^\s*["\u201c]')
# ... and so is one that opens right at the act, its subject before it: 'if Iran "strikes any Americans"' (the act is
# quoted, still under "if")
_QUOTE_AT_CUE = re.compile(r'(?<=\w)\s+["\u201c]$')
# A refusal of the verb right after it: "refused to condemn", "declines to impose", "refusal to arrest"
# (not "refuses to repatriate fighters captured in Syria": the refused verb is no cue)
_REFUSED_VERB = re.compile(REFUSALS + r"\s+to\s+(?:join\s+(?:in\s+)?(?:the\s+)?)?")
_AND_OR = re.compile(r"\b(?:and|or|but)\b", re.IGNORECASE)
_OBJECT_OF = re.compile(r"\b(?:on|of|against|for|from)\b", re.IGNORECASE)
# A list of names after a preposition ("from the United States, Australia, and the European Union",
# "between Russia and Ukraine"): names are capitalised words, "of" and "the" inside them.
_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][\w'\u2019.-]*)*"
# (two names join by "and" or "or", three or more by commas: "from Egypt, and Hamas agrees" is a clause)
_NAME_LIST = re.compile(r"(?<![\w-])(?:from|with|to|of|on|against|for|between|among|in)\s+" + _NAME
                        + r"(?:(?:\s*,\s*" + _NAME + r")+(?:\s*,?\s+(?:and|or)\s+" + _NAME + r")?"
                        + r"|\s+(?:and|or)\s+" + _NAME + r")")
_COERCION = "coercion"
# Between a negation and the refusal it denies: one word at most, and not "not only"
_DENIAL_GAP = re.compile(r"\s+(?!only\b)(?:\w+\s+)?", re.IGNORECASE)
# The two kinds of undoing word (the lexicon's modifiers.undoing), and the form of "be" a participle needs
_PASSIVE, _INTRANSITIVE = "passive", "intransitive"
_BE_LAST = re.compile(r"\b" + BE_FORMS + r"\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)  # text.BE_BEFORE, an adverb allowed
# An intransitive undoing word after these is a noun, an adjective or an infinitive, not the act's verb
_NOT_A_VERB = re.compile(r"\b(?:the|a|an|its|their|his|her|to|of)\s+$", re.IGNORECASE)
# A cue after a preposition (articles, names and hyphened words between) is what the subject is about
# (an article only first: in "Meanwhile in Syria the ceasefire collapsed" the ceasefire is the subject)
_OBJECT_BEFORE = re.compile(r"\b(?i:of|for|into|about|over|against|on|in|from|with)\s+(?:(?i:the|a|an|its|their|his|"
                            r"her)\s+)?(?:(?:[A-Z][\w'\u2019.-]*|\w+-\w+)\s+){0,3}$")
# A verb alone is the clause's verb only when no noun follows it: "talks collapsed." or "... collapsed
# after", not "amid stalled peace talks" or "the recently collapsed deal"
_VERB_END = re.compile(r"\s*(?:$|[,.;:!?)\]\u2014\u2013\"'\u201d]|(?:in|on|at|after|before|over|amid|as|and|but|or|"
                       r"when|while|because|following|with|without|since|for|to|again|last|this|today|"
                       r"yesterday|overnight|once|until|under|within|despite|by|due|earlier|later|[a-z]+ly)\b)",
                       re.IGNORECASE)
# A new clause's subject between an act and an undoing word: "strikes … as buildings collapsed"
_OTHER_SUBJECT = re.compile(r"\b(?:as|amid|amidst|despite|while|whereas|though|although)\s+\S", re.IGNORECASE)
# An undoing word denied: "the deal did not collapse", "the ceasefire has not expired"
_NEGATED_BEFORE = re.compile(r"\b" + NEGATIONS + r"\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$", re.IGNORECASE)


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

    def __init__(self, terms: dict[str, object], *, regex: bool = True):
        """``regex=False``: a lookup table only (``find``), for checking terms against terms."""
        self._exact: dict[str, list[tuple[tuple[str, ...], object, str]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], object, str]]] = {}
        lengths = set()
        compiled = [(self._compile(term), label, term) for term, label in terms.items()]
        compiled = [c for c in compiled if c[0]]
        compiled += _written_out(compiled)
        for parts, label, term in compiled:
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
        # Lower-cased text scanned for lower-case terms (analysis.term_scan: nothing to compile);
        # the IGNORECASE regex is for the rare text whose lower case changes its length, built
        # when first needed (compiling a pattern of thousands of terms takes a while).
        self._term_words = [tuple(parts) for parts, _label, _term in compiled] if regex else []
        self._lower_scanner = TermScanner(self._term_words) if regex else None

    @cached_property
    def _regex(self) -> re.Pattern | None:
        source = trie_source(self._term_words, ignore_case=True)
        return re.compile(source, re.IGNORECASE) if source is not None else None

    def matches(self, text: str, lowered: str | None = None) -> list[tuple[int, int, object, str]]:
        """(start, end, label, term) of every term in ``text``, in order; ``lowered`` is ``text.lower()``."""
        if not self._lower_scanner:
            return []
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) != len(text):
            # "İ" lowers to two characters; re.IGNORECASE reads it as "i", and so does the scan then.  The
            # regex (about a second to compile for the cues) stays for a text this leaves another length.
            lowered = text.replace("İ", "i").lower()
        labels = self._labels
        out = []
        if len(lowered) == len(text):  # offsets survive
            for match in self._lower_scanner.finditer(lowered):
                matched = match.group()
                hit = labels.get(matched) or self._label(matched)
                start, end = match.span()
                out.append((start, end, hit[0], hit[1]))
        else:
            for match in cast(re.Pattern, self._regex).finditer(text):
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
        """The lower-cased words of ``term``; any of them written with a trailing * keeps it ("recall*
        its ambassador" matches "recalled its ambassador", as "escalat*" matches "escalating")."""
        parts: list[str] = []
        for token in term.split():
            pieces = [w.lower() for w in words(token.rstrip("*"))]
            if pieces and token.endswith("*"):
                pieces[-1] += "*"
            parts.extend(pieces)
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

    def covers(self, tokens: Sequence[str]) -> bool:
        """Whether one term matches exactly ``tokens`` (lower-case words), all of them."""
        if not self._options(tokens[0]):
            return False
        found = next(self.find(tokens), None)
        return found is not None and found[0] == 0 and found[1] == len(tokens)

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


def _written_out(compiled: list[tuple[list[str], object, str]]) -> list[tuple[list[str], object, str]]:
    """Copies of the multi-word terms with a word ending in *, that word replaced by each word another
    term has in the same place after the same words that it would match: an exact word, or a longer
    wildcard stem.

    Why: the scan tries an exact word before a wildcard at each word, and a longer stem before a
    shorter one, as the trie regex's alternation does; so a one-word term "recalled" (a CAMEO
    phrase's first word) would end the match there and "recall* its ambassador" would never be
    tried, nor would "releas* a statement" after "release*".  Written out, "recalled its ambassador"
    lies on the other word's own path, where the longer term is tried first.  The copies keep their
    term's label and name."""
    queue = [c for c in compiled if len(c[0]) > 1 and any(w.endswith("*") for w in c[0][:-1])]
    if not queue:
        return []
    following: dict[tuple[str, ...], set[str]] = {}  # the words before -> the words that follow them
    for parts, _label, _term in compiled:
        for i, word in enumerate(parts):
            following.setdefault(tuple(parts[:i]), set()).add(word)
    words_after = {prefix: sorted(words) for prefix, words in following.items()}
    seen = {tuple(parts) for parts, _label, _term in compiled}
    out: list[tuple[list[str], object, str]] = []
    while queue:
        parts, label, term = queue.pop()
        for i, word in enumerate(parts[:-1]):
            if not word.endswith("*"):
                continue
            stem = word[:-1]
            after = words_after.get(tuple(parts[:i]), [])
            for other in after[bisect_left(after, stem):bisect_left(after, stem + "\U0010ffff")]:
                if other != word and (not other.endswith("*") or len(other) > len(word)):
                    copy = [*parts[:i], other, *parts[i + 1:]]
                    if tuple(copy) not in seen:
                        seen.add(tuple(copy))
                        out.append((copy, label, term))
                        queue.append((copy, label, term))
    return out


def _word_matches(token: str, pattern: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


_ARTICLES = frozenset(("a", "an", "the"))
_NEXT_WORD = re.compile(r"[\s'.\-]{1,3}([^\W_]+)")  # trie_regex's word separator, then a word
_PHRASE_END = object()


class PhraseTable:
    """Multi-word terms found by extending a one-word hit word by word ("expelled" -> "expelled diplomats").

    Why not in the trie regex: thousands of CAMEO phrases would make its pattern megabytes long,
    seconds to compile in every process and slower to scan; cues are few per sentence, so
    walking a dict from each hit costs little.  An article in the text ("expelled *the*
    ambassador") is skipped where the phrase has no word of its own there."""

    def __init__(self, phrases: dict[tuple[str, ...], object]):
        self._root: dict[str, dict] = {}
        for phrase, label in phrases.items():
            node = self._root.setdefault(phrase[0], {})
            for word in phrase[1:]:
                node = node.setdefault(word, {})
            node[_PHRASE_END] = (label, " ".join(phrase))

    @property
    def heads(self) -> dict[str, dict]:
        """First words of phrases (a dict, for fast membership tests)."""
        return self._root

    def extend(self, lowered: str, head: str, end: int) -> tuple[int, object, str] | None:
        """The longest phrase starting with the word ``head`` (which ends at ``end``): (end, label, term)."""
        node = self._root.get(head)
        best = None
        while node:
            match = _NEXT_WORD.match(lowered, end)
            if match is None:
                break
            word = match.group(1)
            child = node.get(word)
            if child is None:
                if word in _ARTICLES:
                    end = match.end()
                    continue
                break
            node, end = child, match.end()
            hit = node.get(_PHRASE_END)
            if hit is not None:
                best = (end, hit[0], hit[1])
        return best


@dataclass(frozen=True)
class Category:
    name: str
    side: str
    weight: float

    @property
    def signed(self) -> float:
        return self.weight if self.side == CONFLICT else -self.weight


#: The label of a phrase's first word that is not a cue by itself: matched only to start a phrase.
_HEAD = "phrase head"
# What stands right before a word inside a sentence (not at its start or after a quotation mark)
_MID_SENTENCE = re.compile(r"[\w,;)]\s+$")
_GAP_HEAD = "gap phrase head"  # a gap phrase's first word that is no cue of its own (cues.yaml gap_phrases)
_BROKEN_BY_ACTS = frozenset({"agreement", "de_escalation"})  # what "despite" sets an act against
_HYPHENS = "-\u2010\u2011"  # (not the dashes normalise() turns into "-": "it would—never—attack")
_IGNORED = "ignored gap phrase"  # a gap phrase that names no act: "signs the … Act into law"
_DENYING = frozenset({"negation", "absence"})  # modifiers that deny a refusal after them ("no violation")
# "no" reaches its own noun: not across a preposition or a verb ("no role in any peace negotiations", "no one
# died in the attacks", "no criminal record is arrested"), but through what names an absent act's evidence or
# aim ("no evidence of any threat", "no plans to discuss", "no interest in discussing")
_ABSENCE_STOP = re.compile(r"\b(?:of|for|about|to|in|on|with|from|against|by|at|over|after|is|are|was|were|be|been|"
                           r"being|has|have|had|will|would|can|could|may|might)\b", re.IGNORECASE)
_ABSENCE_ACROSS = re.compile(r"\s*(?:\w+\s+)?(?:(?:evidence|signs?|indications?|proof)\s+of|(?:warrants?|orders?)\s+for|"
                             r"(?:plans?|intentions?|intent|interest)\s+(?:of|to|in))\s", re.IGNORECASE)
# A possessive between a ruling-out and its act makes the act another's, which the ruling out opposes but
# does not call off ("rules out Israel's plan to annex the West Bank")
_OWNED_ACT = re.compile(r"\b(?!(?:day|week|month|year|today|tomorrow|yesterday|weekend|night)['\u2019])\w+['\u2019]s?\s",
                        re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s+(?:or|nor)\s+", re.IGNORECASE)  # "no one was killed or injured"


class _Denial(NamedTuple):
    """The last cue a negation or an absence governed: its end, its tag ("absence:no"), and whether it was
    conflict; the cues right after it in the same noun are denied alike."""

    end: int
    tag: str
    absence: bool
    conflict: bool


def _denial_factor(lexicon: CueLexicon, absence: bool, conflict: bool) -> float:
    """An absent conflict counts nothing ("no casualties"); an absent cooperation, and any act negated, as a
    negated act ("no deal has been reached", "did not attack")."""
    return lexicon.factors["absence"] if absence and conflict else lexicon.factors["negation"]


class GapPhrase(NamedTuple):
    """One of cues.yaml's gap phrases: a head joined to its object across up to ``window`` words.

    ``label``: the category the joined span takes (None: the head's own; ``_IGNORED``: the head is no
    cue).  The phrase does not join after a word of ``not_after`` among the three before the head
    ("a video of two Israeli hostages is released"), nor across a word of ``not_between`` ("orders U.S.
    troops to leave": an expulsion orders others' people out)."""

    heads: tuple[tuple[str, ...], ...]
    objects: tuple[tuple[str, ...], ...]
    label: object
    window: int
    not_after: frozenset[str] = frozenset()
    not_between: frozenset[str] = frozenset()
    #: words right after the object that undo the phrase (cues v160: ``not_then``'s verbs, maybe "the", then one of its
    #: objects: "funds Iraqi militias fighting the Islamic State" is no support against Iraq)
    not_then: re.Pattern[str] | None = None

    def may_start(self, word: str) -> bool:
        """Whether an object can begin at ``word`` (a quick test before matching whole objects)."""
        exact, wild = _object_starts(self.objects)
        return word in exact or any(_word_matches(word, w) for w in wild)


def _not_then(spec: dict | None) -> re.Pattern[str] | None:
    """A gap phrase's ``not_then`` (its ``verbs``, maybe "the", then one of its ``objects``) as a pattern matched
    right after the phrase's object, on lower-cased text."""
    if not spec:
        return None
    def alternatives(items: list) -> str:
        return "|".join(r"\s+".join(re.escape(w) for w in str(o).lower().split()) for o in items)

    # (``gap``: up to so many words before the verb, "is recalled to Kyiv to become", cues v161)
    gap = r"(?:\s+[\w'\u2019-]+){0," + str(int(spec.get("gap", 0))) + r"}?"
    return re.compile(gap + r"\s+(?:" + alternatives(spec["verbs"]) + r")\s+(?:the\s+)?(?:"
                      + alternatives(spec["objects"]) + r")\b")


@cache  # (one entry per gap phrase of the lexicon)
def _object_starts(objects: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first words of ``objects``: those matched exactly, and those ending in "*"."""
    firsts = {o[0] for o in objects}
    return frozenset(w for w in firsts if not w.endswith("*")), tuple(w for w in firsts if w.endswith("*"))


# The capitalised words of a name after a cue ("Sanctions Committee on North Korea"), and the body a name
# before it is "of" or "for" ("Office for the Coordination of Humanitarian Affairs")
_NAME_AFTER = re.compile(r"(?:\s+(?:(?:of|for|and|on|the)\s+){0,2}[A-Z][\w'\u2019-]*){0,8}")
_BODY_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)\s+(?:for|of)\s+(?:the\s+)?$")


# The small words a headline leaves in lower case ("Strikes on Nuclear Program"); a sentence of names has verbs
# too ("Theresa May meets with Donald Trump at the White House" is no headline)
_TITLE_SMALL = frozenset("a an the of on in at to for and or but nor by with from as vs via into onto over after "
                         "per than".split())


def _title_case(norm: str) -> bool:
    """Whether ``norm`` is written in title case (a headline): every word capitalised but a headline's small
    ones, so that a capital inside it marks no name ("Iran Threatens US Bases After Strikes on Nuclear Program")."""
    words = WORD_RE.findall(norm)
    return len(words) >= 4 and all(w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_SMALL for w in words)


def _in_body_name(norm: str, start: int, end: int, bodies: frozenset[str],
                  opener: re.Pattern[str] | None = None) -> bool:
    """Whether the cue at ``norm[start:end]`` is a word of a body's or an office's name (cues.yaml
    ``body_names``): capitalised inside the sentence, in a name with a body's word after it, or whose word
    before "of" or "for" ahead of the cue is one, or itself one; or a word of an operation's or an exercise's
    name (``name_openers``: "Operation Peace Spring" is an offensive, "Operation Inherent Resolve" a war)."""
    if not norm[start].isupper() or not _MID_SENTENCE.search(norm, max(0, start - 3), start):
        return False
    if opener is not None and opener.search(norm, max(0, start - 80), start):
        return True
    if norm[start:end].split()[-1] in bodies:
        return True
    tail = _NAME_AFTER.match(norm, end)
    if tail is not None and tail.end() > end and any(
            word.removesuffix("'s").removesuffix("\u2019s") in bodies for word in norm[end:tail.end()].split()):
        return True
    before = _BODY_BEFORE.search(norm, max(0, start - 60), start)
    return before is not None and before.group(1) in bodies


def _check_terms_are_text(doc: object, path: Path, where: str = "") -> None:
    """Raise on a list entry YAML read as something other than text: a bare ``no``, ``yes``, ``on`` or
    ``off`` is a truth value in YAML 1.1, and would silently match the word "False" instead."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            _check_terms_are_text(value, path, f"{where}.{key}" if where else str(key))
    elif isinstance(doc, list):
        for i, item in enumerate(doc):
            if isinstance(item, (dict, list)):
                _check_terms_are_text(item, path, f"{where}[{i}]")
            elif not isinstance(item, str):
                raise ValueError(f"{path}: {where}[{i}] is {item!r}, not a word: YAML reads a bare no, yes, on, "
                                 f"off, true or false as a truth value and a number as a number; quote it "
                                 f"(\"no\")")


class CueLexicon:
    """The lexicon files compiled for matching; ``version`` names them in stored results.

    cues.yaml (hand-curated) and cues_cameo.tsv (generated from CAMEO): a CAMEO term is left out
    wherever a hand-curated term (cue, ignored phrase or neutral word) matches its words.  Hand
    terms weigh their category's weight; CAMEO terms their own, |Goldstein| / 10.
    ``neutral_terms``: words and phrases that are never cues (statements, appeals)."""

    @without_collector
    def __init__(self, path: Path = LEXICON_PATH, cameo_path: Path | None = CAMEO_PATH):
        doc = yaml_document(path.read_text(encoding="utf-8"), path.name)
        _check_terms_are_text(doc, path)
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
            # Every verb before every object ("withdraws from" × "the World Health Organization"):
            # a product too long to write out by hand, and wrong the day one list is edited alone.
            for compound in spec.get("compounds") or []:
                for verb in compound["verbs"]:
                    for obj in compound["objects"]:
                        cue_terms.setdefault(f"{verb} {obj}", category)
        for term in doc.get("ignore") or []:
            cue_terms[str(term)] = None  # matched so that nothing inside it is
        hand_neutral = [str(t) for t in doc.get("neutral") or []]
        version = f"cues-v{doc.get('version', 0)}"
        phrases: dict[tuple[str, ...], object] = {}
        cameo_neutral: list[str] = []
        if cameo_path is not None and cameo_path.is_file():
            version += f"+cameo-{_file_digest(cameo_path)}"
            cameo_neutral = self._add_cameo(cameo_path, cue_terms, hand_neutral, phrases)
        self.version = version
        self.neutral_terms: frozenset[str] = frozenset(hand_neutral) | frozenset(cameo_neutral)
        self.phrases = PhraseTable(phrases)
        mods = doc.get("modifiers", {})
        self.window = int(mods.get("window", 4))
        self.factors: dict[str, float] = {}
        # modifier words that govern only cues of some categories ("remove": a measure, an aid, a tie)
        self.modifier_only: dict[str, frozenset[str]] = {}
        mod_terms: dict[str, object] = {}
        for kind in ("negation", "absence", "prevention", "hedge", "intent", "refusal", "demand", "concession"):
            spec = mods.get(kind) or {}
            self.factors[kind] = float(spec.get("factor", 1.0))
            for term in spec.get("terms", []):
                mod_terms.setdefault(str(term), kind)
            for term, names in (spec.get("only") or {}).items():
                self.modifier_only[str(term).lower()] = frozenset(str(n) for n in names)
        undoing = mods.get("undoing") or {}
        self.factors["undoing"] = float(undoing.get("factor", 1.0))
        undo_terms: dict[str, object] = {str(t): _PASSIVE for t in undoing.get("passive") or []}
        undo_terms.update({str(t): _INTRANSITIVE for t in undoing.get("intransitive") or []})
        # what after an undoing word says the act took place ("a missile test … ends in failure")
        not_before = [str(t).lower() for t in undoing.get("not_before") or []]
        self.undoing_not_before: re.Pattern[str] | None = re.compile(
            r"\s+" + _phrase_pattern(not_before).pattern, re.IGNORECASE) if not_before else None
        # undoing words that undo only acts of some categories ("the meeting ended" undid nothing)
        self.undoing_only: dict[str, frozenset[str]] = {
            str(term).lower(): frozenset(str(n) for n in names) for term, names in (undoing.get("only") or {}).items()}
        self.cues = TermMatcher(cue_terms)
        self.modifiers = TermMatcher(mod_terms)
        self.undoings = TermMatcher(undo_terms) if undo_terms else None
        gaps = doc.get("gap_phrases") or {}
        self.gap_window = int(gaps.get("window", 5))
        # (an object may be several words: "into law"; a phrase's window defaults to the section's)
        self.gap_phrases: list[GapPhrase] = [
            GapPhrase(tuple(tuple(str(h).lower().split()) for h in spec["heads"]),
                      tuple(tuple(str(o).lower().split()) for o in spec["objects"]),
                      _IGNORED if spec.get("ignore") else
                      self.categories[spec["category"]] if spec.get("category") else None,
                      int(spec.get("window", self.gap_window)),
                      frozenset(str(w).lower() for w in spec.get("not_after") or ()),
                      frozenset(str(w).lower() for w in spec.get("not_between") or ()),
                      _not_then(spec.get("not_then")))
            for spec in gaps.get("phrases") or []]
        # A phrase with a category of its own may start on a word that is no cue ("launches two rockets":
        # "launches" is none): its heads are matched apart and count only when their object follows.
        gap_heads: dict[str, object] = {str(h): _GAP_HEAD for spec in gaps.get("phrases") or []
                                        if spec.get("category") or spec.get("ignore") for h in spec["heads"]}
        self.gap_heads = TermMatcher(gap_heads) if gap_heads else None
        self.body_names: frozenset[str] = frozenset(str(t) for t in doc.get("body_names") or [])
        openers = [str(t) for t in doc.get("name_openers") or []]
        # (a name's words after its opener: capitalised, maybe joined by "of", "the", "and" or a hyphen)
        self.name_opener: re.Pattern[str] | None = re.compile(
            r"\b(?:" + "|".join(re.escape(t) for t in openers) + r")\s+(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|the|and)\s+)*){0,4}$"
        ) if openers else None
        self.states: tuple[str, ...] = tuple(str(t).lower() for t in doc.get("states") or [])
        self.reciprocal = _phrase_pattern([*self.states, *(str(t).lower() for t in doc.get("reciprocal") or [])])
        disasters = doc.get("disasters") or {}
        self.disasters = TermMatcher({str(t): True for t in disasters.get("terms") or []})
        # what may follow an attack as well as an accident (a ship that catches fire or sinks): a disaster only
        # in a sentence that names no attack (``attacks``)
        self.aftermaths = TermMatcher({str(t): True for t in disasters.get("aftermaths") or []})
        self.attacks = _phrase_pattern([str(t).lower() for t in disasters.get("attacks") or []])
        self.casualties: tuple[str, ...] = tuple(str(t).lower() for t in disasters.get("casualties") or [])
        self.epidemics = TermMatcher({str(t): True for t in disasters.get("epidemics") or []})
        self.epidemic_measures = _phrase_pattern([str(t).lower() for t in disasters.get("measures") or []])
        self._gap_objects: dict[str, list[GapPhrase]] = {}
        self._casualty_words: dict[str, bool] = {}

    def is_casualty(self, word: str) -> bool:
        """Whether ``word`` (lower case) is one of the disasters' casualty words; remembered per word."""
        found = self._casualty_words.get(word)
        if found is None:
            found = any(_word_matches(word, pattern) for pattern in self.casualties)
            if len(self._casualty_words) < 200_000:
                self._casualty_words[word] = found
        return found

    def gap_objects(self, head: str) -> list[GapPhrase]:
        """Every gap phrase ``head`` (a hit's lower-case text) heads, in the lexicon's order.

        Remembered per text: the same few hundred hits recur, and trying each phrase's heads on
        every hit cost more than the rest of the gap phrase search."""
        found = self._gap_objects.get(head)
        if found is None:
            words_ = head.split()
            found = [phrase for phrase in self.gap_phrases
                     if any(len(h) == len(words_) and all(map(_word_matches, words_, h)) for h in phrase.heads)]
            if len(self._gap_objects) < 200_000:
                self._gap_objects[head] = found
        return found

    def _add_cameo(self, path: Path, cue_terms: dict[str, object], hand_neutral: list[str],
                   phrases: dict[tuple[str, ...], object]) -> list[str]:
        """Add the CAMEO file's terms the hand-curated ones leave free; return its neutral terms.

        Which terms those are depends only on the two files (and this code), so it is worked out
        once per version of them and kept in the user's cache (analysis.data_cache)."""
        sides = {name: category.side for name, category in self.categories.items()}
        digest = source_digest(
            path.read_bytes(), repr((list(cue_terms.items()), hand_neutral, sides)).encode(),
            code_of(__name__, "analysis.petrarch_verbs", "analysis.text", "analysis.data_cache"))
        kept, heads, neutral = cached("cameo-terms", digest, lambda: _free_cameo_terms(path, cue_terms, hand_neutral, sides))
        labels: dict[tuple[str, float], Category] = {}
        for term_words, category, weight in kept:
            label = labels.get((category, weight))
            if label is None:
                label = labels[(category, weight)] = Category(category, sides[category], weight)
            if len(term_words) == 1:
                cue_terms.setdefault(term_words[0], label)
            else:
                phrases.setdefault(tuple(term_words), label)
        for head in heads:
            cue_terms[head] = _HEAD
        return list(neutral)

    def side_of(self, category: str) -> str:
        return self.categories[category].side if category in self.categories else ""


@lru_cache(maxsize=1)
def default_lexicon() -> CueLexicon:
    return CueLexicon()


def _free_cameo_terms(path: Path, cue_terms: dict[str, object], hand_neutral: list[str],
                      sides: dict[str, str]) -> tuple[list[tuple[tuple[str, ...], str, float]], list[str], list[str]]:
    """The CAMEO file's terms no hand-curated term (cue, ignored phrase or neutral word) matches:
    (words, category, weight) of each cue term and phrase in the file's order, the first words of
    phrases to add as phrase heads, and the neutral terms."""
    from analysis.petrarch_verbs import NEUTRAL, read_terms

    hand = TermMatcher({**cue_terms, **{t: None for t in hand_neutral}}, regex=False)
    kept: list[tuple[tuple[str, ...], str, float]] = []
    neutral: list[str] = []
    words_taken = set(cue_terms)
    phrase_heads: dict[str, None] = {}
    for entry in read_terms(path):
        term_words = tuple(entry.term.split())
        if not term_words:
            continue
        if hand.covers(term_words):
            continue  # a hand-curated term says what these words are
        if entry.category == NEUTRAL:
            neutral.append(" ".join(term_words))
            continue
        if entry.category not in sides:
            raise ValueError(f"{path}: term {entry.term!r}: category {entry.category!r} is not in cues.yaml")
        kept.append((term_words, entry.category, entry.weight))
        if len(term_words) == 1:
            words_taken.add(term_words[0])
        else:
            phrase_heads.setdefault(term_words[0])
    heads = []
    for head in phrase_heads:  # a phrase's first word is matched, to start the phrase, when nothing else is
        if head not in words_taken and not hand.covers((head,)):
            heads.append(head)
            words_taken.add(head)
    return kept, heads, neutral


def _file_digest(path: Path) -> str:
    """A short digest of a data file: stored results name the exact generated terms that made them."""
    import hashlib

    return hashlib.sha1(path.read_bytes()).hexdigest()[:8]


def _with_phrases(hits: list[tuple[int, int, object, str]], lowered: str,
                  phrases: PhraseTable) -> list[tuple[int, int, object, str]]:
    """Hits extended to the longest phrase starting at their word; hits a phrase covers are dropped.

    Only one-word hits that start a phrase are looked at: most hits start none, and they cost
    one dict lookup each."""
    heads = phrases.heads
    if not any(lowered[start:end] in heads for start, end, _label, _term in hits):
        return hits
    out: list[tuple[int, int, object, str]] = []
    covered_to = -1
    for start, end, label, term in hits:
        if start < covered_to:
            continue
        word = lowered[start:end]
        if word in heads:
            longer = phrases.extend(lowered, word, end)
            if longer is not None:
                end, label, term = longer
        covered_to = end
        out.append((start, end, label, term))
    return out


def _is_measure(term: str, lexicon: CueLexicon) -> bool:
    """Whether a cue's ``term`` is one of the measures taken against an epidemic (cues.yaml ``disasters``):
    the whole term, or its first and last words joined, which is what a gap phrase's head and object say
    ("closes all land borders" as "closes borders")."""
    if lexicon.epidemic_measures.fullmatch(term):
        return True
    words = term.split()
    return len(words) > 2 and lexicon.epidemic_measures.fullmatch(f"{words[0]} {words[-1]}") is not None


def without_disaster_casualties(cues: list[Cue], text: str, lexicon: CueLexicon) -> list[Cue]:
    """``cues`` less their casualty words when ``text`` names a disaster, and less the measures taken
    against an epidemic when it names one (cues.yaml ``disasters``)."""
    if not cues or not lexicon.casualties:
        return cues
    # (a phrase only when listed whole: "found dead"; "launches a missile" is no casualty word)
    casualties = [c for c in cues if (" " not in c.term or c.term.lower() in lexicon.casualties)
                  and lexicon.is_casualty(c.term.lower())]
    measures = [c for c in cues if c.weight > 0 and _is_measure(c.term, lexicon)]
    if not casualties and not measures:
        return cues
    norm = normalise(text)
    lowered = norm.lower()
    if casualties and not lexicon.disasters.matches(norm, lowered) and not (
            lexicon.aftermaths.matches(norm, lowered) and not lexicon.attacks.search(norm)):
        # ("a Russian oil tanker catches fire … after being hit by a Ukrainian naval drone, killing two crew
        # members": the fire followed an attack, whose dead count)
        casualties = []
    if measures and not lexicon.epidemics.matches(norm, lowered):
        measures = []
    if not casualties and not measures:
        return cues
    return [c for c in cues if c not in casualties and c not in measures]


# A captive's captivity told beside the release that ends it is the released person's story, not the news: "North
# Korea releases imprisoned Canadian pastor Hyeon Soo Lim", "freed in Afghanistan after being detained by the Taliban",
# "swap prisoners …, including 24 Ukrainian Navy sailors detained by Russia" (the release is the event, CAMEO 0841;
# the detention, 0.6 against the release's 0.5, had turned such rows to conflict)
_CAPTIVITY = re.compile(r"(?:captured|detained|imprisoned|jailed|kidnapped|abducted|arrested|held\s+(?:captive|hostage))",
                        re.IGNORECASE)
_RELEASE = re.compile(r"\b(?:releas\w*|free[sd]?|freeing|swap\w*|exchang\w*)\b", re.IGNORECASE)
RELEASED = "released"  # the modifier tag a captivity told beside its release carries (weight 0)


# ... but not a captivity that is news of its own (reader26, cues v135): a finite passive of the main clause ("Two
# French nationals are detained in Iran, a week after Tehran released a French tourist"; a relative clause's is the
# captive's story: "Ahoo Daryaei, who was arrested after …"), nor one the release is apart from ("but", "while", a
# semicolon, "days after")
_FINITE_PASSIVE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$",
                             re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_APART = re.compile(r";|\bbut\b|\bwhile\b|\b(?:days?|weeks?|hours?|months?|years?)\s+(?:after|before|later)\b",
                    re.IGNORECASE)


def without_captivity_released(cues: list[Cue], text: str) -> list[Cue]:
    """``cues`` with the captivity words counting 0 when a release of captives is among them (cues v134, v135)."""
    releases = [c for c in cues if c.weight < 0 and c.category == "de_escalation" and _RELEASE.search(c.term)]
    if not releases:
        return cues

    def told_with_release(c: Cue) -> bool:
        before = text[max(0, c.start - 40):c.start]
        if _FINITE_PASSIVE.search(before) and not _RELATIVE_BEFORE.search(before):
            return False
        return any(_APART.search(text, min(r.end, c.end), max(r.start, c.start)) is None for r in releases)

    return [c._replace(weight=0.0, modifiers=(*c.modifiers, RELEASED))
            if c.weight > 0 and _CAPTIVITY.fullmatch(c.term) and told_with_release(c) else c for c in cues]


def _phrase_pattern(terms: Sequence[str]) -> re.Pattern:
    """One case-blind pattern for ``terms``: words apart by spaces or hyphens, a trailing * any ending."""
    alternatives = []
    for term in sorted(set(terms), key=len, reverse=True):
        words = [re.escape(w.rstrip("*")) + (r"[\w-]*" if w.endswith("*") else "") for w in re.split(r"[\s-]+", term) if w]
        if words:
            alternatives.append(r"[\s-]+".join(words))
    return re.compile(r"\b(?:" + "|".join(alternatives or ["(?!)"]) + r")\b", re.IGNORECASE)


def _is_state(matched: str, states: Sequence[str]) -> bool:
    """Whether a one-word cue names a state of relations (cues.yaml ``states``), not an act."""
    return " " not in matched and any(_word_matches(matched, pattern) for pattern in states)


def _with_gap_phrases(found: list[tuple[int, int, object, str]], text: str, norm: str, lowered: str,
                      lexicon: CueLexicon) -> list[tuple[int, int, object, str]]:
    """Hits joined with their object across gap words ("released three Israeli hostages").

    The head's category, or the phrase's own ("withdraws half of its embassy staff" is coercion, not
    the withdrawal's de-escalation), stands for the whole span; hits inside it (the "hostages" that
    would count as hostage-taking) are dropped.  The object must follow in the same clause within the
    phrase's window of words (``GapPhrase.window``).  A head that is no cue (``_GAP_HEAD``) counts only joined
    to a phrase of its own category; alone it is dropped.  A phrase that is ``_IGNORED`` drops its head
    alone: "signs a bill imposing new sanctions on Russia into law" keeps the sanctions."""
    if len(lowered) != len(norm):  # ("İ" lowers to two characters): offsets must stay the text's
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)
    out: list[tuple[int, int, object, str]] = []
    covered_to = -1
    for start, end, label, term in found:
        if start < covered_to or (label is _GAP_HEAD and start and text[start - 1] in _HYPHENS):
            continue  # (a head closing a compound adjective is no act: "the American-supplied missiles")
        joined: tuple[int, str, object] | None = None
        phrases = lexicon.gap_objects(lowered[start:end])
        words_after: list[re.Match] = []
        before: set[str] = set()
        if phrases:  # the words after the head in its clause, as far as the widest window reaches
            reach = max(p.window for p in phrases) + max(len(o) for p in phrases for o in p.objects)
            for match in WORD_RE.finditer(lowered, end):
                # (up to the word's first character, so that a comma before a digit is seen as the thousands' it is)
                if len(words_after) >= reach or _CLAUSE_BREAK.search(norm, end, match.start() + 1):
                    break
                words_after.append(match)
            before = set(WORD_RE.findall(lowered[max(0, start - 48):start])[-3:])
        texts_after = [m.group(0) for m in words_after]
        for phrase in phrases:
            if (label is _GAP_HEAD and phrase.label is None) or phrase.not_after & before:
                continue
            for at in range(min(phrase.window, len(words_after))):
                if phrase.not_between and texts_after[at] in phrase.not_between:
                    break
                if not phrase.may_start(texts_after[at]):
                    continue
                hit = next((o for o in phrase.objects if at + len(o) <= len(words_after) and all(
                    _word_matches(texts_after[at + k], w) for k, w in enumerate(o))), None)
                if hit is not None:
                    last = words_after[at + len(hit) - 1]
                    if phrase.not_then is not None and phrase.not_then.match(lowered, last.end()) is not None:
                        break  # (cues v160: the object's own fight undoes the phrase)
                    joined = (last.end(), lowered[words_after[at].start():last.end()], phrase.label)
                    break
            if joined is not None:
                break
        if joined is not None:
            if joined[2] is _IGNORED:
                continue  # the head is no cue; what the span holds still counts
            end, term = joined[0], f"{term} … {joined[1]}"
            if joined[2] is not None:
                label = joined[2]
        elif label is _GAP_HEAD:
            continue
        covered_to = end
        out.append((start, end, label, term))
    return out


def lexicon_cues(text: str, lexicon: CueLexicon | None = None) -> list[Cue]:
    """The lexicon's cues in ``text``, modifiers applied."""
    lexicon = lexicon or default_lexicon()
    norm = normalise(text)
    lowered = norm.lower()
    hits = lexicon.cues.matches(norm, lowered)
    if hits and lexicon.phrases.heads:
        hits = _with_phrases(hits, lowered, lexicon.phrases)
    found = [hit for hit in hits if hit[2] is not None and hit[2] is not _HEAD]
    if lexicon.gap_heads is not None:
        # a head a cue covers is that cue's ("launches missiles"); one longer than the cue it starts on is
        # tried first ("withdrawal of its diplomats" before the withdrawal's de-escalation)
        heads = [h for h in lexicon.gap_heads.matches(norm, lowered)
                 if not any(s <= h[0] and h[1] <= e for s, e, *_ in found)]
        if heads:
            found = sorted(found + heads, key=lambda hit: (hit[0], -hit[1]))
    if not found:
        return []
    if lexicon.gap_phrases:
        found = _with_gap_phrases(found, text, norm, lowered, lexicon)
        if not found:
            return []
    # (a headline's test only when a cue is capitalised inside the text: in a headline every cue is)
    title_case = any(hit[0] and norm[hit[0]].isupper() for hit in found) and _title_case(norm)
    if (lexicon.body_names or lexicon.name_opener is not None) and not title_case:
        found = [hit for hit in found
                 if not _in_body_name(norm, hit[0], hit[1], lexicon.body_names, lexicon.name_opener)]
        if not found:
            return []
    mods = lexicon.modifiers.matches(norm, lowered)
    undone = lexicon.undoings.matches(norm, lowered) if lexicon.undoings is not None else []
    if mods:
        # a modifier's word inside an ignored phrase is the phrase's: "there is no doubt that Russia invaded"
        ignored = [(h[0], h[1]) for h in hits if h[2] is None]
        if ignored:
            mods = [m for m in mods if not any(s <= m[0] and m[1] <= e for s, e in ignored)]
        # A modifier's word inside a longer cue is that cue's ("cut" of "cut ties with Taiwan and
        # establish relations with China" governs nothing after it); one as long as the cue ("ease
        # friction": "ease" is a cue and a modifier) still governs.
        mods = [m for m in mods if not any(s <= m[0] and m[1] <= e and e - s > m[1] - m[0] for s, e, *_ in found)
                # closing a compound adjective, it governs nothing: "a long-delayed maritime boundary agreement"
                and not (m[0] and text[m[0] - 1] in _HYPHENS and norm[m[0] - 2:m[0] - 1].isalpha())
                # nor a denial opening one: "a no-fly zone imposed for the papal visit" ("a would-be attack"
                # stays hedged)
                and not (m[2] in _DENYING and text[m[1]:m[1] + 1] in _HYPHENS and norm[m[1] + 1:m[1] + 2].isalpha())
                # nor a capitalised one inside a sentence, a name's: "the Foal Eagle and Key Resolve military
                # drills", "Just Stop Oil protesters"
                and not (norm[m[0]].isupper() and not title_case
                         and _MID_SENTENCE.search(norm, max(0, m[0] - 3), m[0]))]
    if undone:
        # as for modifiers: an undoing word inside a longer cue is that cue's ("Talks ease tensions"), and
        # a capitalised one a name's ("the Ceasefire Collapse Party")
        undone = [u for u in undone if norm[u[0]].islower()
                  and not any(s <= u[0] and u[1] <= e and e - s > u[1] - u[0] for s, e, *_ in found)]
    if not mods and not undone and not any(cast(Category, hit[2]).name == _COERCION for hit in found):
        return without_captivity_released(without_disaster_casualties(
            [Cue(text[start:end], cast(Category, label).name, cast(Category, label).signed, start, end)
             for start, end, label, _term in found], text, lexicon), text)
    cues: list[Cue] = []
    governing: list[tuple[int, int]] = []  # spans of modifiers that govern a cue
    # A modifier governs the one act it stands before, not every cue after it: in "urging her to
    # avoid escalating tensions" what is avoided is the escalating; the tensions are there.
    spent: set[int] = set()
    # What a refusal refuses runs on past its first act: "rejected a US offer to host a summit to hammer
    # out a framework agreement for peace" refuses the summit, the agreement and the peace too.  Those
    # count nothing (the refusal and its first act carry the conflict) until the clause ends, "and", "or"
    # or "but" begins another act, or a conflict cue stands between.  (end of the last refused act, its tag)
    refused: tuple[int, str] | None = None
    absent: _Denial | None = None
    # refusals right after a negation ("did not violate", "has not breached", "never rejected")
    denied = {i for i in range(1, len(mods)) if mods[i][2] == "refusal" and mods[i - 1][2] in _DENYING
              and _DENIAL_GAP.fullmatch(norm, mods[i - 1][1], mods[i][0])} if mods else set()
    for start, end, label, _term in found:
        category = cast(Category, label)
        if refused is not None:
            between = norm[refused[0]:start]
            if category.signed < 0 and _runs_on(between):
                cues.append(Cue(text[start:end], category.name, 0.0, start, end, (refused[1],)))
                refused = (end, refused[1])
                continue
            refused = None
        if (absent is not None
                and (not norm[absent.end:start].strip()
                     or (absent.absence and _ALTERNATIVE.fullmatch(norm, absent.end, start) is not None))
                and not _is_state(lowered[start:end], lexicon.states)
                and (absent.absence or (category.signed > 0) == absent.conflict)):
            # "no further terror attacks", "will not attend peace talks": a denial reaches the noun its first
            # cue opens (not a state after it, "did not ease tensions"; after a verb negated, only a cue of the
            # verb's side, which a compound's parts share: "failing to accept deportations" fails the accepting)
            factor = _denial_factor(lexicon, absent.absence, category.signed > 0)
            cues.append(Cue(text[start:end], category.name, category.signed * factor or 0.0, start, end,
                            (absent.tag,)))
            absent = absent._replace(end=end)
            continue
        absent = None
        factor, applied = 1.0, []
        for m_index, (m_start, m_end, mod_label, _m_term) in enumerate(mods):
            kind = cast(str, mod_label)
            if m_end > start:
                break
            if m_index in spent:
                continue
            between = norm[m_end:start]
            if len(between) > 20 * lexicon.window or _reach_words(between) > lexicon.window:
                continue
            if _SCOPE_BREAK.search(_QUOTE_AT_CUE.sub("", _OPENING_QUOTE.sub("", between, count=1), count=1)):
                continue
            if _COORDINATED.match(between):
                continue  # "attempt to stop and seize a tanker": a verb beside the act, not governing it
            if kind == "prevention" and lowered.endswith((" on", " of"), m_start, m_end) and _AND_WORD.search(between):
                continue  # "an asset freeze on Iranian officials and new sanctions": the freeze's own object ended
            if kind == "prevention" and any(
                    m_end <= later[0] and later[1] <= start and _TO_BEFORE.search(norm, m_end, later[0])
                    and not _PLAN_TO.search(norm, m_end, later[0])
                    for later in mods[m_index + 1:]):
                # "withdrawing from the region to avoid clashing with its NATO ally": the purpose clause's own
                # modifier governs its act, not one that ended at its object before "to" (a prevention of a
                # prevention, "agreed to end the suspension of talks", stays two)
                continue
            if m_index in denied:
                # "claiming that the test did not violate the 2015 nuclear deal": a denied violation
                # neither refuses the deal nor makes one; it counts nothing (the denial is the
                # negated refusal's own cue)
                if category.signed < 0:
                    factor = 0.0
                    applied.append(f"denied:{text[m_start:m_end]}")
                spent.add(m_index)
                continue
            if (kind == "refusal" and category.signed > 0
                    and _REFUSED_VERB.fullmatch(lowered, m_start, start)):
                # "India declined to condemn Russia", "refuse to break relations with Taiwan": a conflict
                # act refused is one not done, as a negated act is; the refusal then speaks through it
                factor *= lexicon.factors["negation"]
                applied.append(f"{kind}:{text[m_start:m_end]}")
                governing.append((m_start, m_end))
                spent.add(m_index)
                continue
            if kind == "refusal" and category.signed > 0:
                # "rejects the accusations and calls for talks": what is refused is a dispute, left as
                # it is (both words conflict), and the refusal reaches no further cue.
                spent.add(m_index)
                continue
            if kind == "concession" and (category.signed > 0 or category.name not in _BROKEN_BY_ACTS):
                # "despite strong opposition from China": the opposition is there, a conflict as it is; and
                # only a deal or a truce is what an act breaks ("Despite US military aid, Ukraine lost
                # Avdiivka" had the aid)
                spent.add(m_index)
                continue
            if (kind == "prevention" and lowered.endswith(("ed", "en"), m_start, m_end)
                    and _BE_LAST.search(norm, max(0, m_start - 24), m_start)):
                continue  # a passive takes no object: "aid to Mali would be suspended over Mali's support"
            only = lexicon.modifier_only.get(lowered[m_start:m_end])
            if only is not None and category.name not in only:
                continue  # "remove the Confederate battle flag" undoes no battle
            if kind == "absence" and lowered[m_start:m_end] == "no" and _ABSENCE_STOP.search(between) \
                    and not _ABSENCE_ACROSS.match(between):
                continue  # "no immediate claim for the attack", "a driver with no criminal record is arrested"
            if kind == "absence" and lowered[m_start:m_end] != "no" and _OWNED_ACT.search(between):
                continue  # "the United States rules out Israel's plan to annex the West Bank": another's act
            if kind == "absence":
                # "no casualties are reported": an absent conflict is no act, where "did not attack" is
                # restraint; "no deal has been reached" is a negated cooperation (talks that failed)
                factor *= _denial_factor(lexicon, True, category.signed > 0)
                absent = _Denial(end, f"{kind}:{text[m_start:m_end]}", True, category.signed > 0)
            elif kind == "prevention" and _is_state(lowered[start:end], lexicon.states):
                factor = 0.0  # easing friction reports friction that is there: neither side
            else:
                factor *= lexicon.factors[kind]
                if kind == "negation":
                    absent = _Denial(end, f"{kind}:{text[m_start:m_end]}", False, category.signed > 0)
            applied.append(f"{kind}:{text[m_start:m_end]}")
            if kind in ("refusal", "concession"):  # "rejected" stays a cue too: the refusal is an act of its own
                # (a truce broken runs on as a refused offer does: "despite a ceasefire agreement in place")
                refused = (end, applied[-1])
            elif kind != "demand":  # and so does "demanded"
                governing.append((m_start, m_end))
            spent.add(m_index)
        if ((not applied or (_banned_verb(cues) and all(a.startswith("hedge:") for a in applied)))
                and category.signed < 0 and _sanctioned(cues, governing, norm, start, lexicon)):
            # The object of a sanction is no cooperation: "tariffs on all goods imported from European
            # Union countries"; and what follows it in the clause runs on, as after a refusal
            refused = (end, f"object:{cues[-1].term}")
            cues.append(Cue(text[start:end], category.name, 0.0, start, end, (refused[1],)))
            continue
        cues.append(Cue(text[start:end], category.name, category.signed * factor or 0.0, start, end,  # not -0.0
                        tuple(applied)))
    if _EXEMPTION.search(norm):
        cues = _exempted(cues, norm, mods, lexicon)
    if undone:
        _undo(cues, governing, undone, text, norm, lexicon)
    if governing:
        # A word that is both a cue and a modifier ("ease friction") speaks through what it governs.
        cues = [c for c in cues if c.modifiers or not any(g0 <= c.start < g1 for g0, g1 in governing)]
    return without_captivity_released(without_disaster_casualties(cues, text, lexicon), text)


def _sanctioned(cues: list[Cue], governing: list[tuple[int, int]], norm: str, start: int,
                lexicon: CueLexicon) -> bool:
    """Whether a cooperation cue at ``start`` is the object of the sanction just before it: a coercion
    cue in force (not lifted, not a modifier's own word: "pulls out of") and a preposition between,
    within twice a modifier's reach ("25% tariffs on an additional US$16 billion worth of imports from
    the United States").  "sanctions relief" (no preposition) is the relief it says."""
    if not cues or cues[-1].category != _COERCION or cues[-1].weight <= 0:
        return False
    if any(g0 <= cues[-1].start < g1 for g0, g1 in governing):
        return False
    between = norm[cues[-1].end:start]
    return ((_OBJECT_OF.search(between) is not None or _banned_verb(cues)) and _runs_on(between)
            and _reach_words(between) <= 2 * lexicon.window)


# lex28b: a ban's verb takes its object with no preposition: "banning shipments that could support the Japanese
# military", "bans visits by United States military ships" (what is banned is not done; a support that could be
# is banned all the same, so a hedge before it does not keep it)
_BAN_VERB = re.compile(r"bans|banned|banning", re.IGNORECASE)


def _banned_verb(cues: list[Cue]) -> bool:
    """Whether the last cue is a ban's verb (not the noun: "lifts a ban on weapons sales" lifts the ban)."""
    return bool(cues) and _BAN_VERB.fullmatch(cues[-1].term) is not None


# lex28b: an exemption from a measure eases it ("exempts smartphones and computers from all "reciprocal" tariffs, including
# the base 10% on all countries and the 125% levies imposed on Chinese imports", "a list of 16 U.S. goods that will be
# temporarily exempted from its retaliatory import tariffs", "grants Hungary a one-year exemption from sanctions").
_EXEMPTION = re.compile(r"\bexempt(?:s|ed|ing|ions?)?\b", re.IGNORECASE)
# Its reach: the rest of its clause, a list the measure opens ("including", "such as") with it.
_EXEMPTION_END = re.compile(r"[;:()\[\]]|\b(?:but|while|whereas|however|after|because|despite|although|though|unless|"
                            r"if|when|until|since|as)\b|(?<!\d),(?!\d)(?!\s*(?:including|such as|notably|especially|"
                            r"in particular)\b)", re.IGNORECASE)
# A modifier right before the exemption (its words, at most three between) turns it: "refusal to exempt India",
# "suspending the de minimis exemption", "asked for an exemption"
_EXEMPTION_TURNED = re.compile(r"^\s*(?:(?:to|the|a|an|its|their|any|all|of|for|from)\s+)*(?:[\w-]+\s+){0,2}$",
                               re.IGNORECASE)


def _exempted(cues: list[Cue], norm: str, mods: list, lexicon: CueLexicon) -> list[Cue]:
    """The measures an exemption reaches, in order: the first eased (the prevention factor: an exemption is
    an easing of it, as "lower tariffs" is), the rest counting nothing (one easing, however long the list
    of levies exempted from); a coercion cue before the exemption stays as it is."""
    out = list(cues)
    for ex in _EXEMPTION.finditer(norm):
        if any(m[1] <= ex.start() and _EXEMPTION_TURNED.match(norm[m[1]:ex.start()]) is not None for m in mods):
            continue
        stop = _EXEMPTION_END.search(norm, ex.end())
        end = stop.start() if stop is not None else len(norm)
        first = True
        for i, c in enumerate(out):
            if not (ex.end() <= c.start < end) or c.category != _COERCION or c.weight <= 0 or c.modifiers:
                continue
            tag = f"exemption:{norm[ex.start():ex.end()]}"
            factor = lexicon.factors["prevention"] if first else 0.0
            out[i] = c._replace(weight=c.weight * factor or 0.0, modifiers=(tag,))
            first = False
    return out


def _undo(cues: list[Cue], governing: list[tuple[int, int]], undone: list, text: str, norm: str,
          lexicon: CueLexicon) -> None:
    """Undo, in place, the act right before each undoing word: "development aid to Mali would be
    suspended", "Talks between Russia and Ukraine collapsed".  The act is the word's subject, so the
    nearest cue before it in its clause (a participle counts only after a form of "be"), when nothing
    governs that cue already; a state ("tensions eased") is left to its own cues, as "ease friction" is."""
    factor = lexicon.factors["undoing"]
    for u_start, u_end, kind, _term in undone:
        end_at = u_start
        if any(g0 <= u_start < g1 for g0, g1 in governing):
            continue  # already a modifier governing an act after it
        if kind == _PASSIVE:
            be = _BE_LAST.search(norm, max(0, u_start - 24), u_start)
            if be is None:
                continue
            end_at = be.start()
        elif (_NOT_A_VERB.search(norm, max(0, u_start - 12), u_start)
              or not _VERB_END.match(norm, u_end)):
            continue  # "the collapse of ISIL", "amid stalled peace talks", "scheduled to expire": no act undone
        if lexicon.undoing_not_before is not None and lexicon.undoing_not_before.match(norm, u_end):
            continue
        if _NEGATED_BEFORE.search(norm, max(0, end_at - 24), end_at):
            continue  # "the deal between Russia and Ukraine did not collapse"
        for i in range(len(cues) - 1, -1, -1):
            cue = cues[i]
            if cue.end > end_at:
                continue
            between = norm[cue.end:end_at]
            # (a relative clause, "sanctions on Iran that were lifted under the 2015 deal", tells its noun's past)
            if (not cue.modifiers and cue.weight and _runs_on(between) and not THAT.search(between)
                    and not _OTHER_SUBJECT.search(between)
                    and _reach_words(between) <= 2 * lexicon.window
                    and not _is_state(cue.term.lower(), lexicon.states)
                    # the subject's head, not what it is about: "an inquiry into British war crimes in
                    # Iraq has been abandoned", "the deadline for their withdrawal expires"
                    and not _OBJECT_BEFORE.search(norm, max(0, cue.start - 48), cue.start)
                    and not any(g0 <= cue.start < g1 for g0, g1 in governing)
                    and cue.category in lexicon.undoing_only.get(norm[u_start:u_end].lower(), (cue.category,))):
                cues[i] = cue._replace(weight=cue.weight * factor, modifiers=(f"undoing:{text[u_start:u_end]}",))
                governing.append((u_start, u_end))
            break


def _runs_on(between: str) -> bool:
    """Whether what a refusal refuses, or a sanction hits, runs on across ``between`` to the next act:
    no clause or scope break, and no "and", "or" or "but" beginning another act.  A list of names after
    a preposition is one noun phrase: in "rejects proposals from the United States, Australia, and the
    European Union to initiate a ceasefire" its commas and "and" begin no act."""
    if ("," in between or " and " in between or " or " in between) and between != between.lower():
        between = _NAME_LIST.sub(" N", between)
    return not _SCOPE_BREAK.search(between) and not _AND_OR.search(between)


# A name of several capitalised words counts as one word of a modifier's reach: "withdraws from the
# Intermediate-Range Nuclear Forces Treaty" is as near as "withdraws from the INF Treaty".
# ("the 2015 Joint Comprehensive Plan of Action agreement": "of", "the", "and", "for" inside a name too)
_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019]*(?:(?:\s+(?:of|the|and|for|on))*[\s-]+[A-Z][\w'\u2019]*)+")


def _reach_words(between: str) -> int:
    """How many words apart a modifier and a cue stand, a name of several words counting as one."""
    count = len(WORD_RE.findall(between))
    if count > 1 and between != between.lower():
        count = len(WORD_RE.findall(_NAME_RUN.sub("N", between)))
    return count


def combine(cues: Sequence[Cue]) -> float:
    """Tension from cue contributions: tanh of their sum, 0.0 without cues."""
    return math.tanh(sum(c.weight for c in cues)) if cues else 0.0
