"""Actors in text: a dated dictionary and a one-pass matcher.

All names (and sources, which block the names inside them) go into one term scanner
(analysis.term_scan: a word-level trie, built in milliseconds where the trie-shaped regular
expression of every name took more than a second to compile in every process), so an article is
scanned once whatever the dictionary's size; the longest name wins ("South Korea" over "Korea",
"Japan Times" — a source — over "Japan"), and the matched words are then looked up to say what the name stands for.

What a person stands for depends on the article's date (PETRARCH's dated actor dictionaries): an
alias shared by several people ("Bush", "Lee") goes to whoever held a role at that date, and is left
out when the date cannot decide between codes.  "she"/"he"/"his"... resolve to the person named
last (of that gender where known) in the same or the two previous sentences.

States have dates too: a 1987 article's "Moscow" is the Soviet Union's government and its
"Yugoslav" the SFRY, not today's Russia and Serbia.  A state entry, or one of its names, may carry
``from``/``until``; a name several states share over time resolves to the state valid on the
article's date (undated articles: today's map), and names of a state that has ended ("Soviet" in
2020) stand for no actor: they are history, not a party to today's news.  A person who served a
state that has since ended stands, after its end, for its declared successor (Gorbachev in 1995:
Russia), or for nobody when it has none (Czechoslovakia split in two).

In a sentence that reports a sports contest ("France defeats Croatia 4–2 in the World Cup final"),
the states named are its teams, athletes and venue: their names are no actors there, unless the
sentence also says what states do around the sport (a ban, a boycott, an ambassador, tensions), by the
word lists of data/actors/contests.yaml (see ``ActorDictionary._reports_contest``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, cast

import yaml

from analysis.data_cache import without_collector, yaml_document
from analysis.sentences import split_sentences
from analysis.term_scan import TermMatch, TermScanner
from analysis.text import WORD_RE, normalise, words

DATA_DIR = Path(__file__).parent / "data" / "actors"
KINDS = ("state", "person", "institution", "organisation", "group")
# What the words around a name say about it: "pro-Iranian", "anti-Syria", "ethnic Albanian", "the
# Russian language", where a thing was made or registered ("Russian-made rockets", "a
# Swedish-registered vessel", "a Saudi-owned weekly") and money ("US $50 million", "Japanese yen")
# name no actor: nobody acts.  "US-led", "Syrian-backed" and "UN-brokered" do name one.  (Places —
# "in Iraq" — stay actors: the hand-coded PLOVER events code them as targets as often as not.)
_NOT_ACTOR_BEFORE = re.compile(r"(?:\b(?:pro|anti|non)-|\bethnic\s+)$", re.IGNORECASE)
_NOT_ACTOR_AFTER = re.compile(
    r"[\s-]+(?:language|speakers?|speaking|dialect)\b"
    r"|-(?:made|built|manufactured|produced|designed|registered|flagged|owned|style|born)\b"
    r"|\s?\$|\s+(?:dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pesos?|francs?|pounds? sterling)\b",
    re.IGNORECASE)
# A state's name, then a comma and a US state or a Canadian province, names a town there ("a fire in a building in
# Lebanon, Pennsylvania", "Paris, Texas", "Moscow, Idaho", "Peru, Indiana"); "Georgia" there only with its country
# after it ("Athens, Georgia, United States": "Tbilisi, Georgia" is the country's capital); the town's chain ends there
# ("In Canada, British Columbia Premier David Eby announces" opens a clause on the state).
_US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
              "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
              "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
              "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
              "Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|"
              "Nova Scotia|New Brunswick|British Columbia")
_TOWN_IN_A_STATE = re.compile(r",\s+(?:(?:" + _US_STATES + r")(?![\w-])(?!,?\s+(?:and|or)\b)(?=\s*(?:[,.;:)]|$|\s[a-z]))"
                              r"|Georgia,\s+(?:United\s+States|U\.S\.|US|USA)(?![\w-]))")
# A ship's prefix: "the USS Georgia cruise-missile submarine", "HMAS Canberra", "INS Delhi" name a ship, not a state.
_SHIP_BEFORE = re.compile(r"\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|RFS)\s+$")
# Cheap guards before _NOT_ACTOR_AFTER runs: it can only match after "-" or "$", or after one
# space and a word starting with one of these letters (language, speakers, dollars, yen, ...).
# (_NOT_ACTOR_BEFORE likewise needs "o-", "i-", "n-" or "c" and white space just before the name.)
_AFTER_FIRST = frozenset("-$")
_AFTER_SECOND = frozenset("$ldsyrpfLDSYRPF-\t\n\r ")
#: contests.yaml's keys (see ActorDictionary._reports_contest).
_CONTEST_KEYS = ("sport", "result", "relations")
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PRONOUN_REACH = 2  # sentences back that a pronoun may reach
# A capitalised word right before a capitalised pronoun, mid-sentence: the pronoun ends a name.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*\s+$")
#: Characters of text per character of the names that, read word by word, cost what compiling their
#: trie regex costs (capitalised words are the candidates: rarer than the cues' lower-case words).
_NAMES_BREAK_EVEN = 130
#: A name found in text: the scanner's own match, or its trie regex's (they answer alike).
Name = TermMatch | re.Match


class ActorDictionaryError(ValueError):
    """An actor file that cannot be used; the message names the file and the entry."""


class Mention(NamedTuple):
    """One actor found in text: ``text[start:end]`` is the matched text (a NamedTuple: cheap to build)."""

    code: str
    text: str
    start: int
    end: int
    kind: str
    name: str
    via: str = ""  # "pronoun" when the mention is a pronoun resolved to a person

    def as_dict(self) -> dict:
        return {"code": self.code, "text": self.text, "start": self.start, "end": self.end,
                "kind": self.kind, "name": self.name, "via": self.via}


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[Role, ...]
    gender: str = ""

    def code_at(self, day: dt.date | None) -> str | None:
        """The code this person stands for on ``day``: the role held then, else the last one before."""
        if not self.roles:
            return None
        if day is None:
            return self.roles[-1].code
        active = [r for r in self.roles if r.active(day)]
        if active:
            return active[-1].code
        past = [r for r in self.roles if r.end is not None and r.end <= day]
        if past:
            return max(past, key=lambda r: r.end or dt.date.min).code
        return self.roles[0].code  # not yet in office: still a national of that state

    def title_at(self, day: dt.date | None) -> str:
        if day is not None:
            for role in reversed(self.roles):
                if role.active(day):
                    return role.title
            return "former " + self.roles[-1].title if any(r.end and r.end <= day for r in self.roles) else ""
        return ""

    def in_office(self, day: dt.date) -> bool:
        return any(r.active(day) for r in self.roles)


@dataclass(frozen=True, slots=True)
class _Fixed:
    code: str
    kind: str
    name: str
    adjective: bool = False  # "Bosnian", "Serb": in "Bosnian Serb" the second names a people, not Serbia


@dataclass(frozen=True, slots=True)
class _People:
    people: tuple[Person, ...]

    def resolve(self, day: dt.date | None) -> Person | None:
        if len(self.people) == 1:
            return self.people[0]
        if day is not None:
            active = [p for p in self.people if p.in_office(day)]
            if active and len({p.code_at(day) for p in active}) == 1:
                return active[0]
            if active:
                return None
        codes = {p.code_at(day) for p in self.people}
        if len(codes) == 1:
            return self.people[-1]
        return None


@dataclass(frozen=True, slots=True)
class _Claim:
    """One state's hold on a name over [start, end)."""

    start: dt.date | None
    end: dt.date | None
    target: _Fixed
    origin: str  # the file that made the claim, for messages

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class _Dated:
    """A name that stands for different states over time ("Moscow": SUN until 1991-12-26, then RUS).

    Claims from later files come first, so a user's file overrides within its dates and the
    built-in claims fill the rest; claims of one file never overlap (checked when loading).
    """

    claims: tuple[_Claim, ...]

    def resolve(self, day: dt.date | None) -> _Fixed | None:
        if day is None:  # no date: today's map, the claim that has not ended
            return next((c.target for c in self.claims if c.end is None), None)
        return next((c.target for c in self.claims if c.holds(day)), None)


@dataclass(frozen=True, slots=True)
class _StateSpan:
    """When a state existed, and who speaks for its former officials after its end."""

    start: dt.date | None
    end: dt.date | None
    successor: str


_BLOCK = _Fixed("", "source", "")


@dataclass
class ActorDictionary:
    """Every name the matcher knows, compiled into a first-word index.

    Built from the data files in ``analysis/data/actors`` plus any user files, later files winning
    for the same term.  ``version`` is a hash of all their contents, stamped on results.
    """

    terms: dict[tuple[str, ...], object] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # code -> display name
    version: str = ""
    _scanner: TermScanner | None = field(default=None, repr=False)
    _by_text: dict = field(default_factory=dict, repr=False)  # matched text -> (words, target)
    _people_at: dict = field(default_factory=dict, repr=False)  # (id of a name's people, day) -> (code, name)
    states: dict[str, _StateSpan] = field(default_factory=dict)  # code -> its dates, for states that have them
    _dated_at: dict = field(default_factory=dict, repr=False)  # (id of a dated name, day) -> _Fixed or None
    _term_origin: dict = field(default_factory=dict, repr=False)  # key of an undated state name -> its file
    #: A name's words -> a pattern of words that, in the same sentence, say the name is something else
    #: ("Georgia" beside "Atlanta" or another US state is the US state): sources.yaml ``not_with``.
    not_with: dict[tuple[str, ...], re.Pattern] = field(default_factory=dict)
    #: A state's name that a US state shares -> the country's own towns: "<town>, Georgia." is the country only after
    #: one of them or an actor's name ("Tbilisi, Georgia", "Armenia, Georgia"): sources.yaml ``chain_towns``.
    chain_towns: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: Words that say a sentence reports a sports contest, whose states then stand for teams and athletes:
    #: contests.yaml's ``sport``, ``result`` and ``relations`` (see ``_reports_contest``).
    contest_words: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in _CONTEST_KEYS})
    #: A person's ``surnames`` (people files): a name's words -> the people it names only in a text that has
    #: named them in full before it ("Liverpool" is Nicholas Liverpool only after "Nicholas Liverpool").
    after_full_name: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    _contest: tuple[re.Pattern, re.Pattern, re.Pattern] | None = field(default=None, repr=False)
    #: A gated name's people for whom it is a plain alias (a user's "Patrushev" beside an imported person's
    #: surname), read when the text has named no gated person in full yet.
    _ungated: dict[tuple[str, ...], _People] = field(default_factory=dict, repr=False)

    @classmethod
    @without_collector
    def load(cls, extra: Sequence[str | Path] = ()) -> ActorDictionary:
        files = sorted(DATA_DIR.glob("*.yaml")) + [Path(p) for p in extra]
        digest = hashlib.sha256()
        self = cls()
        for path in files:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise ActorDictionaryError(f"{path}: cannot read actor file ({exc.strerror or exc})") from exc
            digest.update(path.name.encode() + b"\0" + raw)
            if path.suffix.lower() in (".csv", ".tsv"):
                self._add_csv(path, raw)
            else:
                self._add_yaml(path, raw)
        self.version = digest.hexdigest()[:12]
        self._compile()
        return self

    def codes_of_kind(self, kind: str) -> set[str]:
        """Every code the dictionary gives mentions of ``kind`` (e.g. the organisations)."""
        fixed = [c.target for t in self.terms.values() if isinstance(t, _Dated) for c in t.claims]
        fixed += [t for t in self.terms.values() if isinstance(t, _Fixed)]
        return {t.code for t in fixed if t.kind == kind and t.code}

    def state_at(self, code: str, day: dt.date | None) -> str:
        """``code`` as of ``day``: a state that has ended by then gives way to its successor ("" if none)."""
        seen = 0
        while (span := self.states.get(code)) is not None and span.end is not None \
                and (day is None or span.end <= day) and seen < 8:
            code, seen = span.successor, seen + 1
        return code

    # -- building ------------------------------------------------------------------------------
    def _add_term(self, term: str, target: object, path: Path | None = None) -> None:
        key = tuple(words(term))
        if not key:
            return
        current = self.terms.get(key)
        if path is not None and isinstance(current, _Dated) and any(c.origin == str(path) for c in current.claims):
            claim = next(c for c in current.claims if c.origin == str(path))
            raise ActorDictionaryError(
                f"{path}: {term!r} is claimed by {claim.target.code} ({_span_text(claim)}) and, for all dates, by "
                f"{getattr(target, 'code', '?')}; give the latter from/until")
        self.terms[key] = target
        if path is not None:
            self._term_origin[key] = str(path)

    def _add_dated_term(self, path: Path, term: str, claim: _Claim) -> None:
        """Add a dated claim on ``term``: it joins the other dates' claims instead of replacing them."""
        key = tuple(words(term))
        if not key:
            return
        current = self.terms.get(key)
        if isinstance(current, _Dated):
            older = current.claims
        elif isinstance(current, _Fixed) and current.code:
            older = (_Claim(None, None, current, self._term_origin.get(key, "")),)
        else:
            older = ()
        for other in older:
            if other.origin == claim.origin and _overlap(other, claim):
                raise ActorDictionaryError(
                    f"{path}: {term!r} is claimed by {other.target.code} and {claim.target.code} on overlapping "
                    f"dates ({_span_text(other)} and {_span_text(claim)}); give one of them from/until")
        mine = tuple(c for c in older if c.origin == claim.origin)
        rest = tuple(c for c in older if c.origin != claim.origin)
        self.terms[key] = _Dated(mine + (claim,) + rest)  # this file's claims before earlier files'

    def _add_person(self, person: Person, aliases: Iterable[str], surnames: Iterable[str] = ()) -> None:
        old = self.persons.get(person.name)
        if old is not None:  # a user file redefines a person: drop the old aliases' link to them
            for key, gated in list(self.after_full_name.items()):
                if person.name in gated:
                    self.after_full_name[key] = gated - {person.name}
            for key, target in list(self.terms.items()):
                if isinstance(target, _People) and old in target.people:
                    rest = tuple(p for p in target.people if p is not old)
                    if rest:
                        self.terms[key] = _People(rest)
                    else:
                        del self.terms[key]
        self.persons[person.name] = person
        surnames = list(surnames)
        for term in [person.name, *aliases, *surnames]:
            key = tuple(words(term))
            if not key:
                continue
            if term in surnames:
                self.after_full_name[key] = self.after_full_name.get(key, frozenset()) | {person.name}
            current = self.terms.get(key)
            if isinstance(current, _People) and key != tuple(words(person.name)):
                self.terms[key] = _People(current.people + (person,))
            else:
                self.terms[key] = _People((person,))

    def _add_yaml(self, path: Path, raw: bytes) -> None:
        try:
            doc = yaml_document(raw.decode("utf-8-sig"), path.name) or {}  # parsed once per version of the file
        except yaml.MarkedYAMLError as exc:  # the file and line, as for CSV; yaml's own text names "<unicode string>"
            mark = exc.problem_mark or exc.context_mark
            where = f"{path}, line {mark.line + 1}" if mark is not None else str(path)
            opened = (f"; {exc.context} from line {exc.context_mark.line + 1}"
                      if exc.context and exc.context_mark is not None and exc.problem else "")
            raise ActorDictionaryError(f"{where}: not valid YAML ({exc.problem or exc.context}{opened})") from exc
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ActorDictionaryError(f"{path}: not valid YAML ({exc})") from exc
        stem = path.stem.lower()
        if isinstance(doc, list) and (stem == "people" or all(isinstance(d, dict) and "roles" in d for d in doc)):
            doc = {"people": doc}
        elif stem == "states" and isinstance(doc, dict) and "states" not in doc:
            doc = {"states": doc}
        elif stem == "organisations" and isinstance(doc, dict) and "organisations" not in doc:
            doc = {"organisations": doc}
        if not isinstance(doc, dict):
            raise ActorDictionaryError(f"{path}: expected a mapping with states, organisations, people, sources")
        for code, entry in (doc.get("states") or {}).items():
            self._add_state(path, str(code), entry)
        for code, entry in (doc.get("organisations") or {}).items():
            entry = entry or {}
            name = entry.get("name", code)
            self.names[str(code)] = name
            for term in entry.get("names", []):
                self._add_term(str(term), _Fixed(str(code), "organisation", name))
        for i, entry in enumerate(doc.get("people") or []):
            self._add_person_entry(path, i, entry)
        for term in (doc.get("sources") or []) + (doc.get("not_actors") or []):
            self._add_term(str(term), _BLOCK)
        for name, context in _name_lists(doc, "not_with", path, "the words beside it", "words or phrases"):
            self.not_with[name] = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(str(c)) for c in context) + r")(?!\w)")  # "Georgia, U.S.," too
        for name, towns in _name_lists(doc, "chain_towns", path, "its country's towns", "towns"):
            self.chain_towns[name] = frozenset(str(t) for t in towns)
        contests = doc.get("contests") or {}
        if not isinstance(contests, dict) or set(contests) - set(_CONTEST_KEYS):
            raise ActorDictionaryError(f"{path}: contests: expected a mapping with {', '.join(_CONTEST_KEYS)}")
        for key, listed in contests.items():
            if not isinstance(listed, list):
                raise ActorDictionaryError(f"{path}: contests: {key}: expected a list of words or phrases")
            self.contest_words[key] += [str(w) for w in listed if str(w).strip()]

    def _add_state(self, path: Path, code: str, entry: dict) -> None:
        if not isinstance(entry, dict):
            raise ActorDictionaryError(f"{path}: state {code}: expected a mapping of names")
        name = entry.get("name", code)
        self.names[code] = name
        try:
            start, end = _as_date(entry.get("from")), _as_date(entry.get("until"))
        except ValueError as exc:
            raise ActorDictionaryError(f"{path}: state {code}: from/until must be dates YYYY-MM-DD ({exc})") from exc
        if start is not None or end is not None or entry.get("successor"):
            self.states[code] = _StateSpan(start, end, str(entry.get("successor") or ""))
        for field_name, kind in (("names", "state"), ("adjectives", "state"), ("capitals", "state"),
                                 ("institutions", "institution"), ("groups", "group")):
            target = _Fixed(code, kind, name, field_name == "adjectives")
            for item in entry.get(field_name) or []:
                term, name_start, name_end = _dated_name(path, code, item)
                lo = max((d for d in (start, name_start) if d is not None), default=None)
                hi = min((d for d in (end, name_end) if d is not None), default=None)
                if lo is None and hi is None:
                    self._add_term(term, target, path)
                elif lo is None or hi is None or lo < hi:
                    self._add_dated_term(path, term, _Claim(lo, hi, target, str(path)))

    def _add_person_entry(self, path: Path, i: int, entry: dict) -> None:
        try:
            roles = tuple(
                Role(str(code), str(title), _as_date(start), _as_date(end))
                for code, title, start, end in entry["roles"]
            )
            person = Person(str(entry["name"]), roles, str(entry.get("gender") or ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise ActorDictionaryError(
                f"{path}: person #{i + 1} ({entry.get('name', '?') if isinstance(entry, dict) else repr(entry)}): "
                f"needs name and roles as [code, title, start, end] ({exc})"
            ) from exc
        lists = {k: entry.get(k) or [] for k in ("aliases", "surnames")}
        for key, listed in lists.items():
            if not isinstance(listed, list):
                raise ActorDictionaryError(f"{path}: person #{i + 1} ({person.name}): {key}: expected a list of names")
        self._add_person(person, [str(a) for a in lists["aliases"]], [str(a) for a in lists["surnames"]])

    def _add_csv(self, path: Path, raw: bytes) -> None:
        """CSV/TSV rows: term, code, kind (state|institution|organisation|group|person|source), start, end."""
        text = raw.decode("utf-8-sig")
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        for line_no, row in enumerate(csv.DictReader(text.splitlines(), dialect=dialect), start=2):
            term, code = (row.get("term") or "").strip(), (row.get("code") or "").strip()
            kind = (row.get("kind") or "state").strip() or "state"
            if not term or (not code and kind != "source"):
                raise ActorDictionaryError(f"{path}, line {line_no}: needs term and code")
            if kind == "source":
                self._add_term(term, _BLOCK)
            elif kind == "person":
                try:
                    role = Role(code, row.get("title") or "", _as_date(row.get("start")), _as_date(row.get("end")))
                except ValueError as exc:
                    raise ActorDictionaryError(f"{path}, line {line_no}: {exc}") from exc
                name = (row.get("name") or term).strip()
                self._add_person(Person(name, (role,), (row.get("gender") or "").strip()), [term])
            elif kind in KINDS:
                self.names.setdefault(code, code)
                self._add_term(term, _Fixed(code, kind, self.names[code]))
            else:
                raise ActorDictionaryError(f"{path}, line {line_no}: unknown kind {kind!r}")

    def _compile(self) -> None:
        self._by_text.clear()
        self._people_at.clear()
        self._dated_at.clear()
        pronouns = [(w,) for p in _PRONOUNS for w in (p, p.capitalize())]
        self._scanner = TermScanner([*self.terms, *pronouns], break_even=_NAMES_BREAK_EVEN)
        self._ungated = {}
        for key, gated in self.after_full_name.items():
            target = self.terms.get(key)
            if isinstance(target, _People) and gated:
                plain = tuple(p for p in target.people if p.name not in gated)
                if plain:
                    self._ungated[key] = _People(plain)
        sport, result, relations = (self.contest_words[k] for k in _CONTEST_KEYS)
        self._contest = (re.compile(_SCORE + "|" + _words_pattern(sport)), re.compile(_words_pattern(result)),
                         re.compile(_words_pattern(relations))) if sport and result else None

    def _reports_contest(self, norm: str, start: int, end: int) -> bool:
        """Whether norm[start:end], a sentence, reports a sports contest (contests.yaml): a word of sport
        or a score, a word of result, and no word of relations (what states do around sport)."""
        if self._contest is None:
            return False
        sentence = norm[start:end]  # searched alone: endpos would make its end a false end of text
        sport, result, relations = self._contest
        return (sport.search(sentence) is not None and result.search(sentence) is not None
                and relations.search(sentence) is None)

    # -- matching ------------------------------------------------------------------------------
    def mask_names(self, text: str) -> str:
        """``text`` with every name the dictionary knows blanked out (same length, same offsets).

        Learned word weights must say how tense a sentence is, never who is in it: fitted on UN
        prose, "Israel" and "Libya" would learn conflict and "States" (of "Member States")
        cooperation, and every sentence naming them would carry that prior.  Names, sources and
        place names are blanked whatever they resolve to on a date; pronouns are kept.
        """
        if self._scanner is None:
            return text
        lookup = self._lookup
        spans = [m.span() for m in self._scanner.finditer(normalise(text)) if lookup(m.group())[1] is not None]
        return blank(text, spans)  # pronouns (target None) stay

    def name_matches(self, norm: str) -> list[Name]:
        """Every name in the whole of ``norm`` (a normalised text), in order."""
        return list(self._scanner.finditer(norm)) if self._scanner is not None else []

    def may_pair(self, whole: Sequence[Name]) -> bool:
        """Whether a text whose ``name_matches`` are ``whole`` can hold a sentence naming two actors.

        Not when it names nobody (pronouns aside), or only one name, written as one word, however
        often: a pair needs two codes, and one name's text stands for one target on a day.  Exact
        (the caller need not split the text to know): a scan of the sentences' range of the text
        finds the whole-text scan's matches within it, except where a match runs across either end
        of the range or the range ends inside a word (a name cut short there: "Japan" of
        "Japanese").  One-word matches do not run across an end that falls between words, and
        split_sentences' first sentence starts, and its last ends, between words
        (tests/test_sentences.py holds it to that).  With no name at all, even a cut could add one
        name at most."""
        lookup = self._lookup
        first = None
        for match in whole:
            matched = match.group()
            if matched == first:
                continue
            key, target = lookup(matched)
            if target is None:  # a pronoun
                continue
            if first is not None or len(key) != 1 or key[0] != matched:
                return True
            first = matched
        return False

    def can_pair(self, whole: Sequence[Name]) -> bool:
        """Whether the names ``whole`` (a scan's matches, in order) can name two actors: a stricter
        test than ``may_pair``, for a caller that knows no sentence scan would read other names.

        match_sentences(pairs_only=True) finds no pair where it is false (see _two_names)."""
        return _two_names(whole, self._lookup)

    def _lookup(self, matched: str) -> tuple[tuple[str, ...], object]:
        """The words of a matched name and what they stand for (None: a pronoun), once per text."""
        found = self._by_text.get(matched)
        if found is None:  # the same few hundred names recur: split and look up each once
            if len(self._by_text) > 100_000:
                self._by_text.clear()
            key = tuple(WORD_RE.findall(matched))
            found = self._by_text[matched] = (key, self.terms.get(key))
        return found

    def match_sentences(
        self, text: str, spans: Sequence[tuple[int, int]], day: dt.date | None = None,
        names: list[list[tuple[int, int]] | None] | None = None, *,
        whole: Sequence[Name] | None = None, pairs_only: bool = False,
    ) -> list[list[Mention]]:
        """Mentions per sentence span of ``text``, pronouns resolved across sentences.

        With ``names`` (one empty list per span), also collects the span of every name matched in
        each sentence, whatever it resolves to: what ``mask_names`` of that sentence alone would
        blank.  A sentence a match runs into or out of gets None there (its mask must be redone
        on the sentence alone).

        ``whole``: ``name_matches`` of the text, when the caller has it (the scan is not redone
        where it gives what a scan of the sentences' range gives).  ``pairs_only``: the caller
        wants sentences naming two actors only, so a text with fewer than two distinct names
        gets no mentions at all (most news names one actor or none: the mentions are not built).
        """
        result: list[list[Mention]] = [[] for _ in spans]
        if not spans or self._scanner is None:
            return result
        norm = normalise(text)
        first, last = spans[0][0], spans[-1][1] + 1
        found = _within(whole, norm, first, last) if whole is not None else None
        if found is None:
            found = list(self._scanner.finditer(norm, first, last - 1))
        lookup = self._lookup
        if pairs_only and not _two_names(found, lookup):
            return result
        starts = [s for s, _ in spans]
        recent: list[tuple[int, Person, Mention]] = []  # persons named, newest last
        named_in_full: set[str] = set()  # people this text has named by more than a surname (after_full_name)
        adjective_end = -2  # end of the last demonym matched
        for match in found:
            start, end = match.span()
            s_idx = bisect_right(starts, start) - 1
            s_end = spans[s_idx][1]
            if end > s_end:  # a name never runs across a sentence boundary, nor counts between sentences
                if names is not None and start < s_end:  # (a dateline or a sign-off the splitter left out)
                    for j in range(s_idx, bisect_right(starts, end - 1)):
                        names[j] = None
                continue
            key, target = lookup(match.group())
            if names is not None and target is not None:
                sentence_names = names[s_idx]
                if sentence_names is not None:
                    sentence_names.append((start, end))
            if target is None:  # a pronoun
                if match.group()[:1].isupper() and _NAME_BEFORE.search(norm, max(spans[s_idx][0], start - 40), start):
                    continue  # "Chinese Vice Premier Liu He": a capitalised word then "He" is a name
                if recent:
                    mention = _resolve_pronoun(recent, s_idx, _PRONOUNS[key[0].lower()], text, start, end)
                    if mention is not None:
                        result[s_idx].append(mention)
                continue
            if key in self.not_with and self.not_with[key].search(norm, spans[s_idx][0], s_end):
                continue
            if end < s_end and norm[end] == "." and len(key) > 1 and len(key[-1]) == 1:
                end += 1  # keep the final dot of "U.S."
            before = norm[start - 2:start] if start >= 2 else ""  # "o-" of "pro-", "c " of "ethnic "
            if ((before[1:] == "-" and before[:1] in "oinOIN" or before[1:].isspace() and before[:1] in "cC \t\n\r")
                    and _NOT_ACTOR_BEFORE.search(norm, max(0, start - 8), start)) \
                    or ((norm[end:end + 1] in _AFTER_FIRST or norm[end + 1:end + 2] in _AFTER_SECOND)
                        and _NOT_ACTOR_AFTER.match(norm, end, min(end + 20, s_end))) \
                    or (before[:1] == "S" and before[1:].isspace() and _SHIP_BEFORE.search(norm, max(0, start - 8), start)):
                continue
            if key in self.chain_towns and self._us_state_in_chain(key, norm, start, end, spans[s_idx], result[s_idx]):
                continue  # "in Brunswick, Georgia.": the US state named like the country
            if type(target) is _Dated:  # a name whose state depends on the date: once per (name, day)
                dated = self._dated_at.get((id(target), day), _UNSEEN)
                if dated is _UNSEEN:
                    if len(self._dated_at) > 100_000:
                        self._dated_at.clear()
                    dated = self._dated_at[(id(target), day)] = target.resolve(day)
                if dated is None:  # a state that did not exist on that day: history, no actor
                    continue
                target = dated
            if type(target) is _Fixed:
                if (target.kind == "state" and not target.adjective and norm[end:end + 1] == ","
                        and _TOWN_IN_A_STATE.match(norm, end)):
                    continue  # "Lebanon, Pennsylvania": a town named like the state
                if target.adjective:
                    if start == adjective_end + 1 and norm[adjective_end] == " ":
                        continue  # "Bosnian Serbs", "Croatian Serb refugees": a people within a state
                    adjective_end = end
                if not target.code:  # a source, or a name that stands for nobody
                    continue
                result[s_idx].append(Mention(target.code, text[start:end], start, end, target.kind, target.name))
                continue
            if ((len(key) == 1 or len(key) == 2 and key[0].lower() in _NAME_PARTICLES)
                    and _someone_else(norm, start, end, spans[s_idx])):
                continue
            mention = self._person_mention(cast(_People, target), text, start, end, day)
            if mention is not None:
                if mention.name in self.after_full_name.get(key, ()) and mention.name not in named_in_full:
                    # "Liverpool" alone: the city or the club; or someone for whom it is a plain alias
                    plain = self._ungated.get(key)
                    mention = self._person_mention(plain, text, start, end, day) if plain is not None else None
                    if mention is None:
                        continue
                elif mention.name not in self.after_full_name.get(key, ()):
                    named_in_full.add(mention.name)
                result[s_idx].append(mention)
                recent.append((s_idx, self.persons[mention.name], mention))
        if self._contest is not None:  # a sports contest's states are its teams, athletes and venue: no actors
            for s_idx, mentions in enumerate(result):
                if len(mentions) > 1 and len({m.code for m in mentions}) > 1 \
                        and any(m.kind == "state" for m in mentions) and self._reports_contest(norm, *spans[s_idx]):
                    result[s_idx] = [m for m in mentions if m.kind != "state"]
        return result

    def _us_state_in_chain(self, key: tuple[str, ...], norm: str, start: int, end: int, sentence: tuple[int, int],
                           found: Sequence[Mention]) -> bool:
        """Whether norm[start:end], a name in ``chain_towns``, closes a chain of place names whose town is not its
        country's ("in Brunswick, Georgia.", "Clayton County, Georgia, ruling"): the US state named alike.  Not
        after an actor's name ("Tbilisi, Georgia", a list "Armenia, Georgia, and Azerbaijan"), nor as a clause's
        subject ("On Monday, Georgia declared"): the chain's name ends a phrase (a comma, a full stop, a bracket)."""
        if norm[start - 2:start] != ", " or not _CHAIN_END.match(norm, end, sentence[1]):
            return False
        town = _CHAIN_TOWN.search(norm, max(sentence[0], start - 60), start - 2)
        if town is None or (found and found[-1].end >= town.start()):
            return False
        named = town.group()
        return not any(named == t or named.endswith(" " + t) for t in self.chain_towns[key])

    def _person_mention(self, target: _People, text: str, start: int, end: int, day: dt.date | None) -> Mention | None:
        key = (id(target), day)
        resolved = self._people_at.get(key)
        if resolved is None:  # who a name stands for on a day: asked again for every mention
            person = target.resolve(day)
            code = self.state_at(person.code_at(day) or "", day) if person is not None else None
            resolved = self._people_at[key] = (code, person.name) if person is not None and code else ("", "")
            if len(self._people_at) > 100_000:
                self._people_at.clear()
        code, name = resolved
        return Mention(code, text[start:end], start, end, "person", name) if code else None


# The town before ", Georgia" (its capitalised words), and what may follow a chain's last name: its end.
_CHAIN_TOWN = re.compile(r"[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*)*$")
_CHAIN_END = re.compile(r"\s*(?:[,.;:)]|$)")


# Capitalised words that may stand next to a lone surname that does name the leader: titles ("President
# Kim", "Chairman Kim"), what a leader heads ("the Trump administration"), times ("On Monday Kim said").
_BESIDE_A_LEADER = frozenset(
    "president prime minister premier chancellor chairman leader mr mrs ms dr general gen king queen prince "
    "supreme secretary senator governor vice foreign defence defense comrade marshal sheikh emir ayatollah pope "
    "crown sultan speaker president-elect administration government regime cabinet doctrine era "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tomorrow tonight "
    # function words, capitalised where they open a sentence ("After Kim met Trump")
    "a an the and but or nor so yet if as at by for from in into of on onto to with within without after before "
    "when while since until once then there here this that these those it its he she they we i you his her their "
    "our my your who whom whose which what why how where meanwhile also still only even both either neither "
    "during despite amid among between against about above below under over through upon later earlier "
    "according".split())
# A surname with its particle is still a lone surname: "Turki al-Maliki" is not Nouri al-Maliki.
_NAME_PARTICLES = frozenset("al el bin ibn abu de da del di van von le la".split())
_NEXT_NAME = re.compile(r"\s([A-Z][\w-]*\.?)")
_PREVIOUS_NAME = re.compile(r"([A-Z][\w-]*)[\u201c\u201d\"]?\s[\u201c\u201d\"]?$")


def _name_lists(doc: dict, key: str, path: Path, mapped: str, listed: str) -> list[tuple[tuple[str, ...], list]]:
    """``doc[key]``, a mapping of a name to a non-empty list, as (the name's words, the list) pairs; a clear error
    naming the file and the key otherwise (``not_with``, ``chain_towns``)."""
    entries = doc.get(key) or {}
    if not isinstance(entries, dict):
        raise ActorDictionaryError(f"{path}: {key}: expected a mapping of a name to {mapped}")
    for name, values in entries.items():
        if not isinstance(values, list) or not values:
            raise ActorDictionaryError(f"{path}: {key}: {name}: expected a list of {listed}")
    return [(tuple(WORD_RE.findall(str(name))), values) for name, values in entries.items()]


def _within(whole: Sequence[Name], norm: str, first: int, last: int) -> list[Name] | None:
    """The names of ``whole`` (a scan of norm) that a scan of norm[first:last - 1] would find, when
    they are exactly what scanning that range alone finds; else None.

    They are, unless a match runs across either end (the range scan starts or stops inside it),
    or the range stops before a word character (cut short, "Japanese" reads "Japan" there)."""
    if last - 1 < len(norm) and not _NON_WORD.match(norm, last - 1):
        return None
    out = []
    for match in whole:
        start, end = match.span()
        if end < first:
            continue
        if start >= last:
            break
        if start < first or end >= last:
            return None
        out.append(match)
    return out


_NON_WORD = re.compile(r"[\W_]")
# A score: "2–1", "6-3", "93–85", "17½–10½" (not a year's range, a sum of money, "10–15%" or "1,000–1,500").
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# ... nor a model ("Boeing 737-800", "A321-200"), dates ("on 12–14 March", "September 23–24"), a range of a quantity
# ("2–3 km", "1–2 million people", "aged 18–60") or a time ("10:00–12:00").
_SCORE = (r"(?<![\d$–:-])(?<!\d[.,])(?<![A-Za-z])(?<!Boeing )(?<!Airbus )" + "".join(rf"(?<!{m} )" for m in _MONTHS)
          + r"\d{1,3}½?\s?[–-]\s?\d{1,3}½?(?![\d%:]|[.,–-]\d|\s?percent|[A-Z]{1,3}\b|\s?(?:km|kilomet\w*|miles?|"
          r"million|billion|thousand|years?|days?|hours?|people|" + "|".join(_MONTHS) + r")\b)")


def _words_pattern(listed: Sequence[str]) -> str:
    """Whole words or phrases as written; one in lower case also with a capital first letter, but not as the
    first part of a compound name ("Border–Gavaskar Trophy" is no border) (none listed: never)."""
    exact = {w for w in listed if w}
    capital = {w[:1].upper() + w[1:] for w in exact if w[:1].islower()} - exact
    if not exact:
        return r"(?!)"

    def alternatives(forms: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    pattern = r"(?<!\w)(?:" + alternatives(exact) + r")(?!\w)"
    if capital:
        pattern += r"|(?<!\w)(?:" + alternatives(capital) + r")(?!\w)(?![–-]\w)"
    return pattern


def _two_names(found: Sequence[Name], lookup) -> bool:
    """Whether ``found`` can name two actors (pronouns aside): a pair needs two codes.

    One name's text always stands for the same target on a day, and a name of a fixed actor
    ("Japan", "Japanese", "Tokyo") only ever gives that actor's code: a text whose names are all
    fixed, with one code between them (a third of the news texts that pass ``may_pair``), holds no
    pair.  A person or a dated name may stand for another code: it counts as a second name.
    Pronouns name only persons named before them, so they add nothing here."""
    first = None
    code = None
    for match in found:
        matched = match.group()
        if matched == first:
            continue
        target = lookup(matched)[1]
        if target is None:  # a pronoun
            continue
        if type(target) is not _Fixed:
            if first is not None:
                return True
            first, code = matched, _ANY
            continue
        if not target.code:  # a source, or a name that stands for nobody
            continue
        if first is None:
            first, code = matched, target.code
        elif code is _ANY or target.code != code:
            return True
    return False


#: _two_names: the first name found may stand for any code.
_ANY = object()


def _someone_else(norm: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a lone surname ("Kim", "Park", "Rudd") is part of another person's name.

    A capitalised word right before or after it that is no title, function word or time reads as
    a given name or another part of the name: "Kim Wall", "Amber Rudd", "Finsbury Park", "Philip
    \"Phil Wizard\" Kim", "Sharon L. Gleason".  Sentences in title case are left alone: there every
    word is capitalised."""
    s_start, s_end = sentence
    words_in = WORD_RE.findall(norm, s_start, s_end)
    if len(words_in) >= 6 and sum(w[:1].isupper() for w in words_in) > 0.75 * len(words_in):
        return False
    for match in (_NEXT_NAME.match(norm, end, s_end), _PREVIOUS_NAME.search(norm, max(s_start, start - 40), start)):
        if match is None:
            continue
        word = match.group(1).rstrip(".").lower()
        if word and word not in _BESIDE_A_LEADER:
            return True
    return False


def blank(text: str, spans: Sequence[tuple[int, int]], offset: int = 0) -> str:
    """``text`` with each (start, end) span, less ``offset``, replaced by as many spaces."""
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        start, end = start - offset, end - offset
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _resolve_pronoun(recent, s_idx: int, gender: str, text: str, start: int, end: int) -> Mention | None:
    for r_idx, person, mention in reversed(recent):
        if s_idx - r_idx > _PRONOUN_REACH:
            return None
        if not person.gender or person.gender == gender:
            return Mention(mention.code, text[start:end], start, end, "person", person.name, "pronoun")
    return None


_UNSEEN = object()


def _dated_name(path: Path, code: str, item: object) -> tuple[str, dt.date | None, dt.date | None]:
    """A name as written in a state entry: a string, or {name: ..., from: ..., until: ...}."""
    if not isinstance(item, dict):
        return str(item), None, None
    try:
        return str(item["name"]), _as_date(item.get("from")), _as_date(item.get("until"))
    except (KeyError, ValueError) as exc:
        raise ActorDictionaryError(
            f"{path}: state {code}: a dated name needs name and from/until as YYYY-MM-DD, got {item!r} ({exc})") from exc


def _overlap(a: _Claim, b: _Claim) -> bool:
    return (a.end is None or b.start is None or b.start < a.end) and (b.end is None or a.start is None or a.start < b.end)


def _span_text(claim: _Claim) -> str:
    return f"{claim.target.code} {claim.start or '...'} to {claim.end or '...'}"


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "" or value == "null":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


@lru_cache(maxsize=8)
def _cached_dictionary(extra: tuple[str, ...]) -> ActorDictionary:
    return ActorDictionary.load(extra)


def load_dictionary(extra: Sequence[str | Path] = ()) -> ActorDictionary:
    """The built-in dictionary plus ``extra`` files (YAML or CSV), loaded once per process."""
    return _cached_dictionary(tuple(str(p) for p in extra))


def find_actors(
    text: str, date: dt.date | str | None = None, dictionary: ActorDictionary | None = None
) -> list[Mention]:
    """All actor mentions in ``text``, in order, read as of ``date`` (None: no date known)."""
    dictionary = dictionary or load_dictionary()
    day = _as_day(date)
    spans = split_sentences(text)
    return [m for sentence in dictionary.match_sentences(text, spans, day) for m in sentence]


def _as_day(date: object) -> dt.date | None:
    if date is None:
        return None
    try:
        import pandas as pd

        if date is pd.NaT or (isinstance(date, float) and date != date):
            return None
        if isinstance(date, pd.Timestamp):
            return date.date()
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    try:
        return _as_date(date)
    except ValueError:
        return None
