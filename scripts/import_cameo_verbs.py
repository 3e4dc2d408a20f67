"""Rebuild analysis/data/cues_cameo.tsv from PETRARCH2's CAMEO verb dictionary.

Why: the hand-written cues.yaml misses much of news English ("shelled", "expelled diplomats",
"fired a missile"); PETRARCH2's verb dictionary is the field's list of it, each verb and verb
phrase with a CAMEO code, and GDELT weights events by their code's Goldstein score.  This script
turns it into cue terms (analysis/petrarch_verbs.py says how) with weight |Goldstein| / 10, the
category from the CAMEO roots each category of cues.yaml lists, and a neutral list (statements,
appeals, Goldstein 0).  The engine reads the file beside cues.yaml; cues.yaml wins where both
have a term.

    python scripts/import_cameo_verbs.py [--verbs ../shared/reference/petrarch2_CAMEO.2.0_verbs.txt]
        [--goldstein ../shared/reference/cameo_goldstein_quad.tsv] [--out analysis/data/cues_cameo.tsv]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.petrarch_verbs import NEUTRAL, CameoTerm, convert, read_goldstein, write_terms  # noqa: E402
from analysis.tension import CAMEO_PATH, LEXICON_PATH, CueLexicon  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference"
REBUILD = "python scripts/import_cameo_verbs.py"

#: Base verbs left out as single words: in news their common sense is a noun or not an event
#: ("a football match", "a fire broke out", "a stone's throw"); PETRARCH tells them apart with a
#: parse, the lexicon cannot.  Their phrase patterns ("fired a rocket") are kept.
AMBIGUOUS_VERBS = (
    "match", "stone", "fire", "hit", "storm", "pit", "hammer", "conflict", "struggle", "engage", "target", "pound",
    "blast", "base", "place", "post", "set", "station", "stage", "position", "pose", "arrange", "race", "rush",
    "speed", "back", "mark", "hold", "hang", "take", "go", "come", "get", "make", "give", "put", "run", "leave",
    "move", "turn", "lead", "face", "press", "force", "order", "charge", "fine", "sentence", "die", "rip", "whip",
    "slap", "kick", "check", "close", "cut", "drop", "end", "head", "open", "plan", "report", "return", "show",
    "state", "term", "view", "work", "object", "host", "house", "land", "level", "name", "note", "call", "ask",
    "hear", "meet", "deal", "air", "arm", "back", "bar", "block", "book", "bound", "claim", "club", "cover",
    "crown", "date", "dress", "drive", "field", "file", "fix", "flag", "free", "ground", "guard", "lift", "line",
    "list", "lock", "mount", "pick", "play", "point", "power", "rank", "rate", "round", "rule", "score", "seat",
    "share", "shape", "sign", "stand", "step", "stock", "stop", "table", "tie", "time", "top", "track", "trade",
    "train", "trip", "vote", "watch", "wave", "weigh", "will", "wind", "word", "yield", "bomb", "shell", "strike",
    "march", "bill", "best", "defeat", "mar", "break", "tear", "catch", "overturn", "contain", "remove", "tax",
    "campaign", "rally", "damage", "counter", "bid", "crash", "beat", "burn", "hurt", "suffer", "lose", "fail",
    "harry", "marshal", "curb", "parade", "surround", "risk", "contaminate", "head to", "exile", "patrol",
    # "pulls out of the deal" (a withdrawal), "pulled from shelves", "pulls Android from Huawei phones"
    "pull",
    # adjectives in news: "the most corrupt country", "corrupt officials"; "appropriate measures",
    # "at the appropriate time" (all 7 in the WCEP summaries; CAMEO's 171 is seizing property)
    "corrupt", "appropriate",
    # not force in news: "overcoming the crisis", "eradicating poverty", "people residing in Gaza"
    # (CAMEO 190 and 192)
    "overcome", "eradicate", "reside",
    # a sport in news ("freestyle wrestling", "the 2017 Wrestling World Cup"), not CAMEO's 180 force
    "wrestle",
    # a group or an object in news ("cyber scamming rings", "a smuggling ring", "the ring road"), not
    # CAMEO's 190 encirclement
    "ring",
    # a title, a plan or a tournament in news ("wins the 2017 U.S. Masters", "a master plan"), not CAMEO's
    # 190 subduing
    "master",
    # a surprise win in news ("Israel upsets host nation South Korea 2-1", "an upset victory"), not
    # CAMEO's 140 protest
    "upset",
    # an adjective in news ("the terror alert from moderate to high", "moderate injuries", "moderate
    # Islam"), not CAMEO's 170 coercion
    "moderate",
)
#: CAMEO roots whose verbs count alone: threats and material conflict (13 to 20), where the verb
#: names the act ("shelled", "seized").  Elsewhere a bare verb is too general to read without a
#: parse ("found", "increase", "control" are 06 material cooperation; "travel", "go to" 04
#: consult): there only phrase patterns count, and cues.yaml holds the words.
VERB_ROOTS = ("13", "14", "15", "16", "17", "18", "19", "20")


def category_roots(lexicon_path: Path) -> dict[str, str]:
    """CAMEO root code -> cue category, from the ``cameo_roots`` each category of cues.yaml lists."""
    doc = yaml.safe_load(lexicon_path.read_text(encoding="utf-8"))
    roots: dict[str, str] = {}
    for name, spec in doc["categories"].items():
        for entry in spec.get("cameo_roots") or []:
            code = str(entry).split()[0]
            if code in roots:
                raise ValueError(f"{lexicon_path}: CAMEO root {code} listed under both {roots[code]} and {name}")
            roots[code] = name
    return roots


def said_by_hand(terms: list[CameoTerm], lexicon_path: Path) -> tuple[list[CameoTerm], int]:
    """``terms`` without those cues.yaml already says: a phrase holding a hand-written cue of its own
    side ("expelled diplomats" holds expel*), a word a hand-written term matches ("seized").

    Why: the engine lets cues.yaml win anyway, and every phrase left out is one lookup less
    in the hot path.  Phrases that turn a hand cue's side ("ended the blockade") stay.  After
    editing cues.yaml, rebuild."""
    hand = CueLexicon(lexicon_path, cameo_path=None)
    kept, dropped = [], 0
    for term in terms:
        words = term.term.split()
        found = list(hand.cues.find(words))
        whole = any(start == 0 and end == len(words) for start, end, _label, _t in found)
        conflict = term.goldstein < 0
        same_side = term.category != NEUTRAL and any(
            label is not None and (getattr(label, "side", "") == "conflict") == conflict for *_, label, _t in found)
        if whole or (len(words) > 1 and same_side):
            dropped += 1
            continue
        kept.append(term)
    return kept, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbs", type=Path, default=REFERENCE / "petrarch2_CAMEO.2.0_verbs.txt")
    parser.add_argument("--goldstein", type=Path, default=REFERENCE / "cameo_goldstein_quad.tsv")
    parser.add_argument("--lexicon", type=Path, default=LEXICON_PATH, help="cues.yaml, for the categories' CAMEO roots")
    parser.add_argument("--out", type=Path, default=CAMEO_PATH)
    args = parser.parse_args(argv)
    for path in (args.verbs, args.goldstein, args.lexicon):
        if not path.is_file():
            print(f"{path}: not found (the reference files live in ../shared/reference; pass --verbs/--goldstein)",
                  file=sys.stderr)
            return 1
    terms, counts = convert(args.verbs.read_text(encoding="utf-8", errors="replace"), read_goldstein(args.goldstein),
                            category_roots(args.lexicon), exclude=AMBIGUOUS_VERBS,
                            verb_roots=VERB_ROOTS)
    header = [
        "CAMEO cue terms: generated, do not edit (edit cues.yaml, which wins where both have a term).",
        f"Rebuild: {REBUILD} (reads ../shared/reference/{args.verbs.name} and {args.goldstein.name}).",
        "Source: PETRARCH2's CAMEO verb dictionary, openeventdata/petrarch2 @ 676801cd",
        "petrarch2/data/dictionaries/CAMEO.2.0.txt; MIT licence, Copyright (c) 2015 Open Event Data Alliance.",
        "Goldstein weights: GDELT's CAMEO lookup tables.",
        "weight = |goldstein| / 10; negative Goldstein is conflict (raises tension), positive cooperation.",
        "category 'neutral' (CAMEO 01 statements, 02 appeals, Goldstein 0): never a cue, and not a learned word.",
        "Left out: terms cues.yaml already says (its words, or a phrase holding a cue of the same side).",
    ]
    terms, dropped = said_by_hand(terms, args.lexicon)
    counts["terms_cues_yaml_already_says"] = dropped
    write_terms(terms, args.out, header)
    by_category = Counter(t.category for t in terms)
    print(f"{args.out}: {len(terms)} terms ({', '.join(f'{c} {n}' for c, n in sorted(by_category.items()))})")
    print("  " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
