"""Import dated leaders and officials of 1980-2014 from PETRARCH2's Phoenix actor dictionary.

Why: the hand-curated ``people.yaml`` knows the leaders that today's news names; 1980s-2000s news
names thousands of others (prime ministers, foreign and defence ministers, generals) whose dated
roles the Phoenix dictionary (openeventdata/petrarch2, MIT) already records, e.g.
``[USAGOV 810120-890120]``.  This script turns the people among its entries into
``analysis/data/actors/phoenix_people.yaml``, conservatively: only people (not offices, places
or agents such as "foreign minister"), only state roles (government, military, intelligence),
only roles overlapping 1980-2014, only names that say who someone is (full names of two or more
words, and a lone surname only where nobody else in the file shares it and it is no common word
or name the dictionary already knows).  A lone surname is written as the person's ``surnames``, which
name them only in a text that has named them in full first, as news does: "Liverpool" alone is the
city or the club, "Edwards" or "Woods" someone else, unless "Nicholas Liverpool" came before.
People already in ``people.yaml`` are left out: the
hand-curated file wins.  Codes are the state of the role's time: Phoenix codes Soviet officials
RUS and Czechoslovak ones CZE; they become SUN and CSK before 1991-12-26 and 1993-01-01.

    python scripts/import_phoenix_actors.py [--reference ../shared/reference] [--news FILE] [--output FILE] [--all]

Rerunnable: the output is rebuilt from the reference files alone, deterministically.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTORS_FILE = "petrarch2_Phoenix.Countries.actors.txt"
AGENTS_FILE = "petrarch2_Phoenix.agents.txt"
OUTPUT = ROOT / "analysis" / "data" / "actors" / "phoenix_people.yaml"
WINDOW = (dt.date(1980, 1, 1), dt.date(2014, 12, 31))

# Phoenix role codes are a state code and a sector; these sectors are the state acting.
STATE_ROLES = {
    "GOV": "government", "GOVMIL": "defence", "MIL": "military", "SPY": "intelligence",
    "GOVSPY": "intelligence", "GOVCOP": "police", "GOVJUD": "justice", "GOVBUS": "economy",
    "GOVAGR": "agriculture", "GOVEDU": "education", "GOVHLH": "health", "GOVDEV": "development",
    "GOVLAB": "labour", "GOVENV": "environment", "GOVHRI": "human rights", "GOVMED": "media",
    "GOVREF": "refugees", "GOVREL": "religious affairs",
}
# The people imported by default: those with one of these roles whom Phoenix's coders gave other
# spellings or titled forms as they met them in news ("+PRESIDENT_REAGAN"): heads of state and
# government, ministers, generals that news named.  --all adds every official of CountryInfo's
# cabinet lists (about 16,600), at a cost in load time (the names' regex compiles in Python).
OFFICE_BEFORE = dt.date(1930, 1, 1)  # "Politbyuro TsK KPSS" [RUSGOV 1917-1991] is an office, not a person
CORE_ROLES = {"GOV", "GOVMIL", "MIL", "SPY", "GOVSPY"}
# CAMEO country codes that are not this dictionary's (ISO 3166-1 alpha-3 plus SUN, DDR, CSK, YUG, SCG, XKX).
CAMEO_TO_OURS = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "USR": "SUN", "FRY": "YUG"}
# A role under a code before (or after) that state existed is the state of its time: Phoenix codes
# Gorbachev RUSGOV 1985-1991 and Havel CZEGOV 1989-1992.  Same dates as states.yaml.
BEFORE = {"RUS": ("SUN", dt.date(1991, 12, 26)), "CZE": ("CSK", dt.date(1993, 1, 1)),
          "SVK": ("CSK", dt.date(1993, 1, 1)), "SCG": ("YUG", dt.date(2003, 2, 4))}
AFTER = {"YUG": ("SCG", dt.date(2003, 2, 4)), "SCG": ("SRB", dt.date(2006, 6, 5))}
# Words that make a name an office, a title or a group, not a person's name.
NOT_NAME_WORDS = {"A.K.A.", "AKA", "ADMINISTRATION", "GOVERNMENT", "CABINET", "REGIME", "PARTY", "COUNCIL", "MINISTRY", "OF",
                  "THE", "FORMER", "EX", "LATE", "MR.", "MRS.", "MS.", "DR.", "GEN.", "GOV.", "SEN.", "REP.",
                  "COL.", "LT.", "MAJ.", "CAPT.", "ADM.", "SIR", "LORD", "LADY", "PRINCE", "PRINCESS", "SHEIKH",
                  "SHEIK", "EMIR", "AMIR", "KING", "QUEEN", "SULTAN", "AYATOLLAH", "MULLAH", "FAMILY", "&"}
# Agent words that are also parts of names (John Major, John Atta Mills, Pak Pong-ju, Lothar de Maiziere).
NAME_LIKE = {"DE", "MAN", "Y", "A", "AD", "FA", "SAINT", "LAND", "CHRISTIAN", "BIRD", "BISHOP", "GREEN", "ABBOT",
             "PAK", "MILLS", "FIELD", "DEAN", "CROOK", "MAJOR", "JUNIOR", "GUN", "LAW", "MASS", "AT", "KING"}
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le",
             "bin", "ibn", "al", "el", "y", "e", "ter", "ould", "ben"}
_RESTRICTION = re.compile(r"\[\s*([A-Z0-9]+)\s*([^\]]*)\]")


class PhoenixFormatError(ValueError):
    """A line of the Phoenix file that cannot be read; the message names the file and line."""


@dataclass
class Restriction:
    code: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class Entry:
    """One Phoenix record: its phrases (primary first) and its codes, default or dated."""

    line: int
    names: list[str] = field(default_factory=list)
    restrictions: list[Restriction] = field(default_factory=list)
    default: str = ""


@dataclass
class ImportedPerson:
    name: str
    aliases: list[str]
    roles: list[tuple[str, str, dt.date | None, dt.date | None]]
    surnames: list[str] = field(default_factory=list)


def phoenix_date(text: str, where: str) -> dt.date:
    """YYYYMMDD or YYMMDD; two-digit years up to 30 are 20xx (PETRARCH's dstr_to_ordate)."""
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if len(text) == 6:
            year = int(text[:2])
            return dt.date(year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:6]))
    except ValueError as exc:
        raise PhoenixFormatError(f"{where}: bad date {text!r} ({exc})") from exc
    raise PhoenixFormatError(f"{where}: bad date {text!r} (expected YYMMDD or YYYYMMDD)")


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


def parse_actor_file(lines: Iterable[str], source: str = ACTORS_FILE, problems: list[str] | None = None) -> list[Entry]:
    """Phoenix/TABARI actor records, grouped as PETRARCH groups them.

    A record is a primary phrase, ``+`` synonyms and tab-indented ``[CODE date-date]``
    restrictions.  As in PETRARCH's reader, a phrase without ``+`` joins the current record while
    that record has no code yet (Phoenix lists some synonyms so), and starts a new one after.
    A line that cannot be read is reported in ``problems`` (file and line) and skipped; without
    ``problems`` it raises PhoenixFormatError.
    """
    entries: list[Entry] = []
    current: Entry | None = None
    for number, raw in enumerate(lines, start=1):
        where = f"{source}, line {number}"
        if raw.startswith(("\t", " ")) and "[" in _strip_comment(raw):
            try:
                if current is None:
                    raise PhoenixFormatError(f"{where}: a date restriction before any actor")
                match = _RESTRICTION.search(_strip_comment(raw))
                if match is None:
                    raise PhoenixFormatError(f"{where}: expected [CODE date-date], got {raw.strip()!r}")
                current.restrictions.append(_restriction(match.group(1), match.group(2).strip(), where))
            except PhoenixFormatError as exc:
                if problems is None:
                    raise
                problems.append(str(exc))
            continue
        text = _strip_comment(raw)
        if not text.strip() or text.lstrip().startswith("<"):
            continue
        synonym = text.startswith("+")
        phrase, _, code = text.lstrip("+").partition("[")
        phrase = " ".join(phrase.replace("_", " ").split())
        if not phrase:
            continue
        if current is None or (not synonym and (current.restrictions or current.default)):
            current = Entry(number)
            entries.append(current)
        current.names.append(phrase)
        if code and not synonym:
            current.default = code.partition("]")[0].split()[0] if code.strip(" ]") else ""
    return entries


def _restriction(code: str, rest: str, where: str) -> Restriction:
    rest = rest.strip()
    if not rest:
        return Restriction(code, None, None)
    if rest[0] in "<>":
        day = phoenix_date(rest[1:], where)
        return Restriction(code, None, day) if rest[0] == "<" else Restriction(code, day, None)
    start, dash, end = rest.partition("-")
    if not dash:
        raise PhoenixFormatError(f"{where}: expected date-date, <date or >date, got {rest!r}")
    first, last = phoenix_date(start, where), phoenix_date(end, where)
    if last < first:
        raise PhoenixFormatError(f"{where}: the end {end} is before the start {start}")
    return Restriction(code, first, last)


def agent_words(lines: Iterable[str]) -> set[str]:
    """Every word of the agents file's phrases ("MINISTER", "TROOPS"...): generic, never a name."""
    found: set[str] = set()
    for raw in lines:
        text = _strip_comment(raw)
        if "[" not in text or "=" in text:
            continue
        phrase = re.sub(r"!\w+!|\{[^}]*\}", " ", text.partition("[")[0])
        found.update(w for w in phrase.replace("_", " ").upper().split() if w.isalpha())
    return found


def display_name(phrase: str) -> str:
    """'MIKHAIL S. GORBACHEV' -> 'Mikhail S. Gorbachev', 'LOTHAR DE MAIZIERE' -> 'Lothar de Maiziere'."""
    out = []
    for i, word in enumerate(phrase.split()):
        lower = word.lower()
        if i and lower in PARTICLES:
            out.append(lower)
            continue
        parts = re.split(r"([-'.])", lower)
        out.append("".join(p if p in "-'." else _cap(p) for p in parts))
    return " ".join(out)


def _cap(part: str) -> str:
    if not part:
        return part
    if part.startswith("mc") and len(part) > 2:
        return "Mc" + part[2:].capitalize()
    return part.capitalize()


def fold(name: str) -> str:
    """Case- and accent-blind form of a name, to find the same person in people.yaml."""
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().replace(".", " ").split())


def state_roles(entry: Entry, codes: set[str]) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    """The entry's dated state roles within 1980-2014, each coded to the state of its time."""
    roles = []
    for r in entry.restrictions:
        if r.start is None and r.end is None:
            continue  # an undated default ("[USAELI]") says what someone is, not an office held
        country, sector = r.code[:3], r.code[3:]
        country = CAMEO_TO_OURS.get(country, country)
        if sector not in STATE_ROLES or country not in codes:
            continue
        if (r.start is not None and r.start > WINDOW[1]) or (r.end is not None and r.end <= WINDOW[0]):
            continue
        for code, start, end in _split_by_state(country, r.start, r.end):
            roles.append((code, STATE_ROLES[sector], start, end))
    roles.sort(key=lambda role: (role[2] or dt.date.min, role[3] or dt.date.max))
    return roles


def _split_by_state(code: str, start: dt.date | None, end: dt.date | None):
    if code in BEFORE:
        earlier, boundary = BEFORE[code]
        if start is None or start < boundary:
            if end is not None and end <= boundary:
                return [(earlier, start, end)]
            return [(earlier, start, boundary), *_split_by_state(code, boundary, end)]
    if code in AFTER:
        later, boundary = AFTER[code]
        if end is None or end > boundary:
            if start is not None and start >= boundary:
                return _split_by_state(later, start, end)
            return [(code, start, boundary), *_split_by_state(later, boundary, end)]
    return [(code, start, end)]


def is_name(phrase: str, generic: set[str], places: frozenset[str] = frozenset()) -> bool:
    """A phrase that names a person: no title, office or agent word, no leading place ("SOVIET LEADER ...")."""
    words = phrase.split()
    if not words or fold(words[0]) in places or words[0] in generic or any(
            w in NOT_NAME_WORDS or (w in generic and w not in NAME_LIKE) for w in words):
        return False
    return all(re.fullmatch(r"[A-Z][A-Z'.\-]*", w) for w in words) and not any(w.endswith("'S") for w in words)


def build_people(entries: list[Entry], generic: set[str], codes: set[str], curated: set[str],
                 known_terms: set[str], everyone: bool = False) -> tuple[list[ImportedPerson], dict[str, int]]:
    """People to import, and counts of what was left out and why."""
    skipped: dict[str, int] = defaultdict(int)
    places = frozenset(t for t in known_terms if " " not in t)
    candidates: dict[str, list[tuple[Entry, list]]] = defaultdict(list)
    surnames: dict[str, set[str]] = defaultdict(set)  # a word of a name -> whose names have it (all Phoenix people)
    for entry in entries:
        if entry.default or not entry.restrictions:
            skipped["not a person (a country, office or group)"] += 1
            continue
        full = [n for n in entry.names if len(n.split()) >= 2 and is_name(n, generic, places)]
        if not full:
            skipped["no full personal name"] += 1
            continue
        for other in entry.names:
            for word in other.split():
                surnames[word].add(full[0])
        roles = state_roles(entry, codes)
        if not roles:
            skipped["no state role in 1980-2014"] += 1
            continue
        if any(start is not None and start < OFFICE_BEFORE for _, _, start, _ in roles):
            skipped["an office, not a person (a state role since before 1930)"] += 1
            continue
        if not everyone and not (len(entry.names) > 1 and any(
                r.code[3:] in CORE_ROLES and r.code[:3] in codes | set(CAMEO_TO_OURS) for r in entry.restrictions)):
            skipped["not a leader news named (no other spelling in Phoenix; --all imports them)"] += 1
            continue
        candidates[full[0]].append((entry, roles))
    people = []
    for primary, found in sorted(candidates.items()):
        if len({role[0] for _, roles in found for role in roles}) > 1 and len(found) > 1:
            skipped["one name, several people of different states"] += 1
            continue
        names = [n for entry, _ in found for n in entry.names]
        full = list(dict.fromkeys(display_name(n) for n in names if len(n.split()) >= 2 and is_name(n, generic, places)))
        if any(fold(n) in curated for n in full):
            skipped["already in people.yaml"] += 1
            continue
        full = [n for n in full if fold(n) not in known_terms]
        if not full:
            skipped["every name already means something else"] += 1
            continue
        lone = [n for n in names if len(n.split()) == 1]
        surname = primary.split()[-1]
        if len(surnames[surname]) == 1:
            lone.append(surname)
        lone_names = [display_name(w) for w in dict.fromkeys(lone) if _distinctive(w, generic, known_terms, surnames)]
        # (code and title break ties of dates: set order is not the same from run to run)
        roles = sorted({role for _, rs in found for role in rs},
                       key=lambda r: (r[2] or dt.date.min, r[3] or dt.date.max, r[0], r[1]))
        # a surname spelt with its letters ("DAVUTOĞLU" beside "AHMET DAVUTOGLU"): its full name too, or news's
        # "Ahmet Davutoğlu" would never name him in full, and "Davutoğlu" alone never count (the matcher folds no ğ)
        spelt = [f[: len(f) - len(f.split()[-1])] + lone for lone in lone_names if not lone.isascii()
                 for f in full if f.split()[-1] != lone and fold(f.split()[-1]) == fold(lone)]
        # Phoenix transliterates Russian given names one way ("Nikolay Patrushev"); news writes them another
        variants = [" ".join([alt, *f.split()[1:]]) for f in full for alt in GIVEN_NAME_VARIANTS.get(f.split()[0], ())]
        variants = [v for v in variants if v not in full and fold(v) not in known_terms and fold(v) not in curated]
        people.append(ImportedPerson(full[0], list(dict.fromkeys(full[1:] + spelt + variants)), roles,
                                     [n for n in dict.fromkeys(lone_names) if n not in full]))
    return people, dict(skipped)


def _distinctive(word: str, generic: set[str], known_terms: set[str], surnames: dict[str, set[str]]) -> bool:
    """A lone surname that can only mean one person: long, no common word, in nobody else's name."""
    return (len(word) >= 5 and word.isalpha() and word not in generic and fold(word) not in known_terms
            and len(surnames.get(word, ())) <= 1 and fold(word) not in COMMON_WORDS)


def _common_words(news: Path | None) -> set[str]:
    """Lower-case words: those of real news prose (a surname written so there is a word: "marks"),
    VADER's lexicon and the learned word weights."""
    found: set[str] = set()
    if news is not None and news.exists():
        for line in news.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                text = json.loads(line).get("text") or ""
            except (ValueError, AttributeError):
                continue
            found.update(w for w in re.findall(r"\b[a-z]+\b", text))
    for path in (ROOT / "analysis" / "data" / "word_weights.tsv",):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                word = line.split("\t", 1)[0].strip()
                if word.isalpha() and word.islower():
                    found.add(word)
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        found.update(w for w in SentimentIntensityAnalyzer().lexicon if w.isalpha())
    except ImportError:  # pragma: no cover - a dependency of the project
        pass
    return found


COMMON_WORDS: set[str] = set()

# Given names Phoenix spells by one transliteration of Russian (and its neighbours'), with the spellings news uses.
GIVEN_NAME_VARIANTS: dict[str, tuple[str, ...]] = {
    "Nikolay": ("Nikolai",), "Sergey": ("Sergei",), "Dmitriy": ("Dmitry",), "Yuriy": ("Yury", "Yuri"),
    "Aleksandr": ("Alexander",), "Aleksey": ("Alexei", "Alexey"), "Andrey": ("Andrei",), "Yevgeniy": ("Yevgeny",),
    "Valeriy": ("Valery",), "Anatoliy": ("Anatoly",), "Vitaliy": ("Vitaly",), "Georgiy": ("Georgy",),
    "Vasiliy": ("Vasily",), "Grigoriy": ("Grigory",), "Arkadiy": ("Arkady",), "Leonid": (), "Viktor": ("Victor",),
}


def write_yaml(people: list[ImportedPerson], out: Path, command: str) -> None:
    lines = [
        "# Leaders and officials of 1980-2014 with dated roles, imported from the Phoenix actor dictionary:",
        "# openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.Countries.actors.txt",
        "# (MIT licence, Copyright (c) 2014 Open Event Data Alliance).  Generated: do not edit by hand;",
        "# correct people in people.yaml (it wins: people named there are left out here) and rebuild with",
        f"#   {command}",
        "# Surnames name a person only in a text that has named them in full before (\"Liverpool\" alone is the city).",
        "# Roles: [code, sector, start, end] (Phoenix's government/military sectors, not exact titles);",
        "# codes are the state of the role's time (SUN, CSK, YUG, SCG where Phoenix wrote RUS, CZE, SCG).",
        f"# {len(people)} people.",
    ]
    for p in people:
        roles = ", ".join(f"[{code}, {json.dumps(title)}, {start or 'null'}, {end or 'null'}]"
                          for code, title, start, end in p.roles)
        aliases = ", ".join(json.dumps(a, ensure_ascii=False) for a in p.aliases)
        lone = ", ".join(json.dumps(a, ensure_ascii=False) for a in p.surnames)
        lines.append(f"- {{name: {json.dumps(p.name, ensure_ascii=False)}, aliases: [{aliases}], surnames: [{lone}], "
                     f"roles: [{roles}]}}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _dictionary_facts(data_dir: Path) -> tuple[set[str], set[str], set[str]]:
    """State codes, curated people's names (folded) and every other term, from the built-in files."""
    codes: set[str] = set()
    curated: set[str] = set()
    terms: set[str] = set()
    for path in sorted(data_dir.glob("*.yaml")):
        if path.name == OUTPUT.name:
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if path.stem == "people":
            for person in doc:
                for n in [person["name"], *(person.get("aliases") or [])]:
                    curated.add(fold(str(n)))
            continue
        if path.stem == "states":
            for code, entry in doc.items():
                codes.add(str(code))
                for key in ("names", "adjectives", "capitals", "institutions", "groups"):
                    for item in entry.get(key) or []:
                        terms.add(fold(str(item["name"] if isinstance(item, dict) else item)))
        elif path.stem == "organisations":
            for entry in doc.values():
                terms.update(fold(str(n)) for n in entry.get("names", []))
        else:
            for key in ("sources", "not_actors"):
                terms.update(fold(str(n)) for n in doc.get(key) or [])
    return codes, curated, terms | curated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference",
                        help="folder holding the Phoenix files (default: ../shared/reference)")
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news_wcep_dev.jsonl",
                        help="news prose whose lower-case words no lone surname may be (default: ../shared/data/...)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--all", action="store_true", help="every official, not only the leaders news named")
    args = parser.parse_args(argv)
    try:
        actor_lines = (args.reference / ACTORS_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
        agent_lines = (args.reference / AGENTS_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        print(f"{exc.filename}: cannot read ({exc.strerror}); pass --reference DIR", file=sys.stderr)
        return 2
    COMMON_WORDS.update(_common_words(args.news))
    codes, curated, terms = _dictionary_facts(OUTPUT.parent)
    problems: list[str] = []
    entries = parse_actor_file(actor_lines, str(args.reference / ACTORS_FILE), problems)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    people, skipped = build_people(entries, agent_words(agent_lines), codes, curated, terms, args.all)
    write_yaml(people, args.output, "python scripts/import_phoenix_actors.py [--reference ../shared/reference]"
               + (" --all" if args.all else ""))
    print(f"{len(entries)} Phoenix records read; {len(people)} people written to {args.output}")
    for reason, count in sorted(skipped.items(), key=lambda kv: -kv[1]):
        print(f"  left out, {reason}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
