"""PETRARCH2's CAMEO verb dictionary turned into contiguous cue terms with Goldstein weights.

Why: the verb dictionary (openeventdata/petrarch2, MIT) is the field's vocabulary of news events,
each verb and verb phrase tied to a CAMEO code; GDELT weights an event by its code's Goldstein
score.  PETRARCH matches its patterns on a parse tree; the cue lexicon matches word sequences, so
only what stays a run of consecutive words is kept: every verb with its inflections, and the
patterns whose words follow each other once actor slots at either end are dropped.  Synsets
(``&WEAPON``) are expanded; a pattern with a slot between its words cannot be contiguous and is
skipped, as are patterns coded ``---`` (no event).

Statements (CAMEO 01), appeals (02) and codes with Goldstein 0 are not tension: their verbs
("said", "urged", "appealed") go to a separate neutral list, never cues.

The format (see the dictionary's header and PETRARCH2's docs/source/dictionaries.rst):

* ``&NAME`` opens a synset, ``+WORDS`` lines are its members (``_`` joins words; a member or a
  label ending in ``_`` gets no generated plural).
* ``---  NAME   [code]  ---`` opens a verb block; ``[code]`` is the default for its verbs, ``---``
  none.  Verb lines follow: ``VERB {FORMS} [code] # comment``; a ``+`` marks a multi-word verb
  (``+BLOW_UP {+BLEW_UP ...}``); ``{...}`` lists the other forms (empty: none), else the regular
  ones are generated.
* ``- PATTERN [code] # VERB`` lines: ``*`` is the verb, ``$`` the source, ``+`` the target, ``%``
  a compound actor, ``^`` any skipped words, ``(...)`` a prepositional phrase, ``{...}`` a noun
  phrase, ``A/B`` either word; ``[a:b]`` codes the event both ways (the first non-empty is taken).
  The comment names the verb the pattern was written for: only that verb's forms are used.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from analysis.text import words

NEUTRAL = "neutral"
#: CAMEO roots that carry no tension by themselves: statements and appeals.
NEUTRAL_ROOTS = ("01", "02")
#: Words a pattern may add to a statement or appeal verb and stay a neutral term ("called on").
PARTICLES = frozenset("""about after against along around as at back by down for from in into of off on onto out over
    through to toward towards up upon with within""".split())
#: A pattern expanding to more terms than this (synsets multiply) is skipped: every term costs the
#: lexicon's one regular expression compile time and scan time.
MAX_TERMS_PER_PATTERN = 1000
#: Synsets with more phrases than this (&WEAPON, &AIRCRAFT, &CURRENCY: long lists of makes and
#: currencies, plurals included) are not expanded; their patterns are skipped.
MAX_SYNSET = 40
_SLOTS = frozenset("$+%^")
_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


@dataclass(frozen=True)
class CameoTerm:
    term: str  # lower-case words separated by single spaces
    code: str
    goldstein: float
    category: str  # a cue category of cues.yaml, or "neutral"
    weight: float  # |goldstein| / 10; 0 for neutral terms

    @property
    def side(self) -> int:
        """+1 conflict (negative Goldstein), -1 cooperation, 0 neutral."""
        if self.category == NEUTRAL or self.goldstein == 0:
            return 0
        return 1 if self.goldstein < 0 else -1


@dataclass
class _Verb:
    forms: list[str]  # the base first; lower-case, words separated by spaces
    code: str | None  # None: the block's code


@dataclass
class _Block:
    name: str
    code: str | None
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # (pattern, code, verb named)


# ---------------------------------------------------------------- inflections

_VOWELS = set("aeiou")


def _double_final(word: str) -> list[str]:
    """Stems for -ed/-ing: consonant-vowel-consonant endings may double ("ban" -> "bann").

    One syllable always doubles; longer words double when the last syllable is stressed
    ("expel" -> "expelled") and not otherwise ("visit"), which spelling cannot tell: both are
    kept, and the form that is not a word never matches anything."""
    if (len(word) >= 3 and word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS
            and word[-3] not in _VOWELS and word[-1].isalpha()):
        syllables = len(re.findall(r"[aeiouy]+", word))
        doubled = word + word[-1]
        return [doubled] if syllables == 1 else [word, doubled]
    return [word]


def regular_forms(base: str) -> list[str]:
    """The base and its regular -s, -ed and -ing forms, in both -ize and -ise spellings.

    A multi-word verb inflects its first word ("call off" -> "called off")."""
    head, *tail = base.split()
    heads = [head]
    for ours, other in (("ize", "ise"), ("ise", "ize"), ("yze", "yse")):
        if head.endswith(ours) and len(head) > 5:  # not "seize"
            heads.append(head[: -len(ours)] + other)
            break
    forms = [f for h in heads for f in _inflect(h)]
    return list(dict.fromkeys(" ".join([f, *tail]) for f in forms))


def _inflect(head: str) -> list[str]:
    forms = [head]
    if re.search(r"(s|x|z|ch|sh)$", head):
        forms.append(head + "es")
    elif re.search(r"[^aeiou]y$", head):
        forms.append(head[:-1] + "ies")
    else:
        forms.append(head + "s")
    if head.endswith("e"):
        forms.append(head + "d")
        forms.append(head[:-2] + "ying" if head.endswith("ie") else
                     head + "ing" if head.endswith(("ee", "ye", "oe")) else head[:-1] + "ing")
    elif re.search(r"[^aeiou]y$", head):
        forms += [head[:-1] + "ied", head + "ing"]
    else:
        for stem in _double_final(head):
            forms += [stem + "ed", stem + "ing"]
    return forms


def plural(phrase: str) -> str:
    """PETRARCH's regular plural of a synset phrase: on the last word, +s, y -> ies, ss -> sses."""
    parts = phrase.split()
    last = parts[-1]
    if last.endswith("ss"):
        last += "es"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif not last.endswith("s"):
        last += "s"
    return " ".join([*parts[:-1], last])


def _words(token: str) -> str:
    """Lower-case words as the cue matcher sees them ("U.N._MISSION" -> "u n mission")."""
    return " ".join(words(token.replace("_", " ").lower()))


# ---------------------------------------------------------------- parsing


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _first_code(raw: str) -> str | None:
    """``[042:043]`` -> "042", ``[:173]`` -> "173", ``[---]`` -> None, ``[080!]`` -> "080"."""
    for part in raw.split(":"):
        digits = re.sub(r"[^0-9]", "", part)
        if digits and "---" not in part:
            return digits
        if "---" in part:
            return None
    return None


def parse(text: str) -> tuple[dict[str, list[str]], list[_Block]]:
    """Synsets (label -> phrases, plurals included) and verb blocks of a verb dictionary's text."""
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    current_synset: str | None = None
    synset_plurals = True
    block: _Block | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("<"):
            current_synset = None if not line.strip() else current_synset
            continue
        if line.startswith("~") or line.startswith("########"):
            block = None
            continue
        if line.startswith("&"):
            label = line.split()[0]
            synset_plurals = not label.endswith("_")
            current_synset = label.rstrip("_")
            synsets[current_synset] = []
            block = None
            continue
        if current_synset is not None and line.startswith("+") and block is None:
            body, _ = _strip_comment(line[1:])
            member = body.strip()
            if not member:
                continue
            phrase = _words(member.rstrip("_"))
            synsets[current_synset].append(phrase)
            if synset_plurals and not member.endswith("_"):
                synsets[current_synset].append(plural(phrase))
            continue
        match = _BLOCK.match(line)
        if match:
            current_synset = None
            block = _Block(match.group(1), _first_code(match.group(2)))
            blocks.append(block)
            continue
        if block is None:
            continue
        body, comment = _strip_comment(line)
        if body.startswith("-"):
            codes = _CODE.findall(body)
            if not codes:
                continue
            pattern = _CODE.sub(" ", body[1:]).strip()
            code = _first_code(codes[-1])
            named = comment.split(",")[0].split()[0] if comment.split() else ""
            if code is not None:
                block.patterns.append((pattern, code, named))
            continue
        block.verbs.append(_parse_verb(body))
    for label in synsets:
        synsets[label] = list(dict.fromkeys(synsets[label]))
    return synsets, blocks


def _parse_verb(body: str) -> _Verb:
    codes = _CODE.findall(body)
    code = _first_code(codes[0]) if codes else None
    explicit_null = bool(codes) and code is None
    body = _CODE.sub(" ", body)
    irregular = re.search(r"\{([^}]*)\}", body)
    head = body[: irregular.start()] if irregular else body
    base = _words(head.strip().lstrip("+"))
    if irregular is not None:
        others = [_words(f.lstrip("+")) for f in irregular.group(1).split()]
        forms = [base, *others]
    else:
        forms = regular_forms(base)
    verb = _Verb(list(dict.fromkeys(f for f in forms if f)), code)
    if explicit_null:
        verb.code = "---"
    return verb


# ---------------------------------------------------------------- conversion


def _tokens(pattern: str) -> list[str]:
    """A pattern's tokens with brackets dropped."""
    return pattern.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split()


def expand_pattern(pattern: str, verb_forms: list[str], synsets: Mapping[str, list[str]]) -> list[str] | None:
    """The contiguous terms a pattern stands for, or None when its words cannot follow each other
    (or it needs a synset larger than MAX_SYNSET, or expands to more than MAX_TERMS_PER_PATTERN).

    Slots ($ + % ^) at either end are dropped; one between words breaks the run.  Patterns with
    words before the verb ("GUNMEN * ", "POLICE * (WITH DEMONSTRATOR)") are skipped: the verb's own
    term marks the event, and frequent nouns ("people", "police") as first words of phrases would
    cost the matcher a lookup at each of their many occurrences.  Articles are
    not written out: the matcher skips "a", "an" and "the" inside a phrase ("expelled the
    ambassador" matches "expel ambassador")."""
    tokens = _tokens(pattern.replace("**", "*"))
    while tokens and tokens[0] in _SLOTS:
        tokens.pop(0)
    while tokens and tokens[-1] in _SLOTS:
        tokens.pop()
    if not tokens or tokens[0] != "*" or any(t in _SLOTS for t in tokens) or not verb_forms:
        return None
    choices: list[list[str]] = []
    for token in tokens:
        if token == "*":
            choices.append(verb_forms)
        elif token.startswith("&"):
            members = synsets.get(token.rstrip("_"))
            if not members or len(members) > MAX_SYNSET:
                return None
            choices.append(members)
        else:
            alternatives = [_words(t) for t in token.split("/") if t]
            if not alternatives:
                return None
            choices.append(alternatives)
    size = 1
    for choice in choices:
        size *= len(choice)
    if size > MAX_TERMS_PER_PATTERN:
        return None
    return [" ".join(w for w in combo if w) for combo in product(*choices)]


def read_goldstein(path: Path) -> dict[str, float]:
    """CAMEO code -> Goldstein weight from a TSV with cameo_code and goldstein columns."""
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        out = {}
        for row_no, row in enumerate(reader, start=2):
            try:
                out[row["cameo_code"].strip()] = float(row["goldstein"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}, row {row_no}: expected cameo_code and goldstein ({exc})") from None
    return out


def goldstein_of(code: str, goldstein: Mapping[str, float]) -> float | None:
    """A code's weight, else its nearest parent's ("1722" -> "172" -> "17")."""
    for k in range(len(code), 1, -1):
        if code[:k] in goldstein:
            return goldstein[code[:k]]
    return None


def category_of(code: str, roots: Mapping[str, str]) -> str | None:
    """The cue category whose CAMEO root is the longest prefix of ``code`` (cues.yaml's cameo_roots)."""
    best = None
    for root, category in roots.items():
        if code.startswith(root) and (best is None or len(root) > len(best[0])):
            best = (root, category)
    return best[1] if best else None


def _neutral(code: str, weight: float | None) -> bool:
    return code[:2] in NEUTRAL_ROOTS or weight == 0


def convert(text: str, goldstein: Mapping[str, float], roots: Mapping[str, str],
            exclude: Iterable[str] = (), verb_roots: Iterable[str] | None = None,
            ) -> tuple[list[CameoTerm], dict[str, int]]:
    """The verb dictionary ``text`` as cue and neutral terms, and counts of what was left out.

    A term coded on both sides (conflict and cooperation) is dropped as ambiguous; a term that is
    both neutral and a cue stays neutral (CAMEO uses it for statements); among several codes on one
    side the largest |Goldstein| wins.  ``exclude``: base verbs to leave out (words whose common use
    in news is a noun or not an event, e.g. "match"); their patterns are kept.
    ``verb_roots``: the CAMEO roots whose verbs count on their own (None: all); patterns, verb and
    object together, count whatever their code.  Neutral verbs are always kept.
    """
    synsets, blocks = parse(text)
    excluded = {_words(e) for e in exclude}
    verb_roots = None if verb_roots is None else set(verb_roots)
    found: dict[str, list[tuple[str, float, str]]] = {}
    skipped = {"verbs": 0, "verbs_whose_root_needs_an_object": 0, "patterns": 0, "patterns_the_verb_says_alone": 0,
               "patterns_not_contiguous_or_too_large": 0, "codes_without_weight": 0,
               "codes_without_category": 0, "ambiguous_terms": 0}

    def add(term: str, code: str) -> None:
        weight = goldstein_of(code, goldstein)
        if weight is None:
            skipped["codes_without_weight"] += 1
            return
        if _neutral(code, weight):
            found.setdefault(term, []).append((code, weight, NEUTRAL))
            return
        category = category_of(code, roots)
        if category is None:
            skipped["codes_without_category"] += 1
            return
        found.setdefault(term, []).append((code, weight, category))

    for block in blocks:
        for verb in block.verbs:
            skipped["verbs"] += 1
            code = block.code if verb.code is None else verb.code
            if code is None or code == "---" or verb.forms[0] in excluded:
                continue
            if (verb_roots is not None and code[:2] not in verb_roots
                    and not _neutral(code, goldstein_of(code, goldstein))):
                skipped["verbs_whose_root_needs_an_object"] += 1
                continue
            for form in verb.forms:
                add(form, code)
        by_name = {v.forms[0].replace(" ", "_"): v for v in block.verbs}
        for pattern, code, named in block.patterns:
            skipped["patterns"] += 1
            named_verb = _verb_named(named, block, by_name)
            verb_code = None if named_verb is None else (block.code if named_verb.code is None else named_verb.code)
            verb_alone = (named_verb is not None and named_verb.forms[0] not in excluded and verb_code not in (None, "---")
                          and (verb_roots is None or str(verb_code)[:2] in verb_roots
                               or _neutral(str(verb_code), goldstein_of(str(verb_code), goldstein))))
            if verb_alone and _same_reading(code, str(verb_code), goldstein, roots):
                skipped["patterns_the_verb_says_alone"] += 1
                continue  # "killed in clash": "killed" alone already says it
            verb_forms = named_verb.forms if named_verb is not None else [f for v in block.verbs for f in v.forms]
            content = [t.lower() for t in _tokens(pattern) if t not in ("*", "**") and t not in _SLOTS]
            if named_verb is not None and named_verb.forms[0] in excluded and all(w in PARTICLES for w in content):
                # "fire at": the excluded verb's base and -s forms read as nouns ("a fire at"); its
                # -ed and -ing forms stay ("fired at").
                verb_forms = [f for f in verb_forms if f.split()[0].endswith(("ed", "ing"))]
            terms = expand_pattern(pattern, verb_forms, synsets)
            if terms is None:
                skipped["patterns_not_contiguous_or_too_large"] += 1
                continue
            if _neutral(code, goldstein_of(code, goldstein)) and any(w not in PARTICLES for w in content):
                continue  # an appeal *for something*: the something may be a cue, so not neutral as a whole
            for term in terms:
                add(term, code)
    out: list[CameoTerm] = []
    for term, codes in sorted(found.items()):
        if any(c[2] == NEUTRAL for c in codes):
            code, weight, _ = next(c for c in codes if c[2] == NEUTRAL)
            out.append(CameoTerm(term, code, weight, NEUTRAL, 0.0))
            continue
        sides = {c[1] < 0 for c in codes}
        if len(sides) > 1:
            skipped["ambiguous_terms"] += 1
            continue
        code, weight, category = max(codes, key=lambda c: (abs(c[1]), c[0]))
        out.append(CameoTerm(term, code, weight, category, round(abs(weight) / 10, 3)))
    return out, skipped


def _verb_named(named: str, block: _Block, by_name: Mapping[str, _Verb]) -> _Verb | None:
    """The verb a pattern's comment names (by any of its forms), if it is in the block."""
    key = named.lower()
    verb = by_name.get(key)
    if verb is None:
        verb = next((v for v in block.verbs if key.replace("_", " ") in v.forms), None)
    return verb


def _same_reading(code: str, verb_code: str, goldstein: Mapping[str, float], roots: Mapping[str, str]) -> bool:
    """Whether a pattern's code says what its verb's own code says: same category, or both neutral."""
    mine, theirs = goldstein_of(code, goldstein), goldstein_of(verb_code, goldstein)
    if _neutral(code, mine) or _neutral(verb_code, theirs):
        return _neutral(code, mine) and _neutral(verb_code, theirs)
    return category_of(code, roots) == category_of(verb_code, roots)


# ---------------------------------------------------------------- the data file

COLUMNS = ("term", "cameo", "goldstein", "category", "weight")


def write_terms(terms: Iterable[CameoTerm], path: Path, header: Iterable[str]) -> None:
    lines = [f"# {h}" if h else "#" for h in header]
    lines.append("\t".join(COLUMNS))
    lines += [f"{t.term}\t{t.code}\t{t.goldstein:g}\t{t.category}\t{t.weight:g}" for t in terms]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_terms(path: Path) -> list[CameoTerm]:
    """The generated file; a bad row raises with the file and line."""
    out = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("term\t"):
            continue
        parts = line.split("\t")
        try:
            term, code, goldstein, category, weight = parts
            out.append(CameoTerm(term, code, float(goldstein), category, float(weight)))
        except ValueError as exc:
            raise ValueError(f"{path}, line {line_no}: expected {' '.join(COLUMNS)} separated by tabs ({exc})") from None
    return out
