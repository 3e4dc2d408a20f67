"""What a process pays before it reads a word, and what the term scans cost once it does.

    python -m benchmarks.bench_startup                                   # this tree
    python -m benchmarks.bench_startup --before /tmp/old_tree            # and another, with ratios
    python -m benchmarks.bench_startup --jsonl ../shared/data/news_wcep_dev.jsonl --before /tmp/old_tree

Every figure comes from fresh subprocesses (median of ``--runs``), so each pays the cold start a
CLI run, a dashboard's first open or a spawned worker pays: the imports, the actor dictionary
(``load_dictionary``), the cue lexicon (``default_lexicon``) and the learned words
(``default_model``, its matcher built), and the wall time of ``python -m analysis run seeds``.
The data cache (analysis.data_cache) is a folder of this run's, filled before the first sample;
"three loaders, cache cold" times them once more with an empty one (a first start, or the first
after a data file was edited).
With ``--jsonl``, also the CPU time of the three scans over the first ``--texts`` articles (the
names in the whole text, the cues and the learned words in its lower case), and for this tree
where reading word by word and compiling the trie regex break even (analysis.term_scan).
``--pipeline``: instead, the CPU seconds of the loaders and of scoring all of ``--jsonl`` twice
in one process (the scanners' regexes compile when they pay).  ``--before`` runs the same in
another checkout (``git archive <commit> | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LOADERS = """
import json, time
t0 = time.perf_counter()
from analysis.actors import load_dictionary
from analysis.tension import default_lexicon
from analysis.word_model import default_model
t1 = time.perf_counter()
load_dictionary()
t2 = time.perf_counter()
default_lexicon()
t3 = time.perf_counter()
default_model().cues("peace talks", masked="peace talks")  # its matcher is built on first use
t4 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "load_dictionary": t2 - t1, "default_lexicon": t3 - t2,
                  "default_model": t4 - t3}))
"""

_SCANS = """
import json, sys, time
from analysis.actors import load_dictionary
from analysis.tension import default_lexicon
from analysis.text import normalise
from analysis.word_model import default_model
texts = [normalise(json.loads(line)["text"]) for line, _ in zip(open(sys.argv[1], encoding="utf-8"), range(int(sys.argv[2])))]
lowered = [t.lower() for t in texts]
names, cues, model = load_dictionary(), default_lexicon().cues, default_model()
model.cues("peace talks", masked="peace talks")
out = {"characters": sum(map(len, texts))}
t = time.process_time(); [names.name_matches(x) for x in texts]; out["names"] = time.process_time() - t
t = time.process_time(); [cues.matches(x, y) for x, y in zip(texts, lowered)]; out["cues"] = time.process_time() - t
t = time.process_time(); [model.cues(y, masked=y) for y in lowered]; out["learned words"] = time.process_time() - t
print(json.dumps(out))
"""

_PIPELINE = """
import json, sys, time
from pathlib import Path
from benchmarks.check_pairs import corpus
import analysis.pipeline as pipeline
from analysis.actors import load_dictionary
from analysis.tension import default_lexicon
from analysis.word_model import default_model
articles = corpus(Path(sys.argv[1]), 0)
t0 = time.process_time()
load_dictionary(); default_lexicon(); default_model()
t1 = time.process_time()
pipeline.score_articles(articles)
t2 = time.process_time()
pipeline.score_articles(articles)
t3 = time.process_time()
print(json.dumps({"loaders": t1 - t0, "first pass": t2 - t1, "second pass": t3 - t2}))
"""

_BREAK_EVEN = """
import json, sys, time
from analysis.actors import load_dictionary
from analysis.tension import default_lexicon
from analysis.text import normalise
texts = [normalise(json.loads(line)["text"]) for line, _ in zip(open(sys.argv[1], encoding="utf-8"), range(int(sys.argv[2])))]
out = {}
for name, scanner, sample in (("names", load_dictionary()._scanner, texts),
                              ("cues", default_lexicon().cues._lower_scanner, [t.lower() for t in texts])):
    term_chars = sum(len(word) + 1 for term in scanner._terms for word in term)
    scanner._budget = 10 ** 12
    t = time.process_time(); [list(scanner.finditer(x)) for x in sample]; words = time.process_time() - t
    scanner._budget = -1
    t = time.process_time(); scanner.finditer(""); compile_s = time.process_time() - t
    t = time.process_time(); [list(scanner.finditer(x)) for x in sample]; regex = time.process_time() - t
    chars = sum(map(len, sample))
    extra = (words - regex) / chars  # CPU per character read word by word rather than by the regex
    out[name] = {"compile_s": compile_s, "word_by_word_s": words, "regex_s": regex, "characters": chars,
                 "break_even_chars_per_term_char": compile_s / extra / term_chars if extra > 0 else None}
print(json.dumps(out))
"""


def _env(tree: Path, cache: str | None) -> dict[str, str]:
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    if cache is not None:
        env["TENSION_TRACKER_CACHE"] = cache
    return env


def _run_json(tree: Path, code: str, *args: str, cache: str | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=tree, capture_output=True, text=True, check=False,
                          env=_env(tree, cache))
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaders_sample(tree: Path, cache: str, cold_cache: str) -> dict[str, float]:
    sample = _run_json(tree, _LOADERS, cache=cache)
    sample["three loaders"] = sample["load_dictionary"] + sample["default_lexicon"] + sample["default_model"]
    cold = _run_json(tree, _LOADERS, cache=cold_cache)
    sample["three loaders, cache cold"] = cold["load_dictionary"] + cold["default_lexicon"] + cold["default_model"]
    return sample


def _seed_sample(tree: Path, out: str, cache: str) -> float:
    """Wall time of a cold ``python -m analysis run seeds --quiet`` in ``tree``."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "run", "seeds", "--quiet", "--out", out],
                   cwd=tree, check=True, capture_output=True, env=_env(tree, cache))
    return time.perf_counter() - t


def measure(trees: list[Path], runs: int, jsonl: Path | None, texts: int) -> list[dict]:
    """Medians per tree; the trees take turns within each run, so load from other processes falls
    on all of them alike."""
    loads: list[list[dict]] = [[] for _ in trees]
    seeds: list[list[float]] = [[] for _ in trees]
    scans: list[list[dict]] = [[] for _ in trees]
    with tempfile.TemporaryDirectory() as tmp:
        caches = [f"{tmp}/cache{k}" for k in range(len(trees))]
        for tree, cache in zip(trees, caches):  # fills the cache (where the tree has one)
            _run_json(tree, _LOADERS, cache=cache)
        for i in range(runs):
            for k, tree in enumerate(trees):
                loads[k].append(_loaders_sample(tree, caches[k], f"{tmp}/cold{k}_{i}"))
                seeds[k].append(_seed_sample(tree, f"{tmp}/s{k}_{i}.csv", caches[k]))
                if jsonl is not None and i < max(1, runs // 2):
                    scans[k].append(_run_json(tree, _SCANS, str(jsonl), str(texts), cache=caches[k]))
    out = []
    for k in range(len(trees)):
        row: dict = {"loaders": {key: statistics.median(s[key] for s in loads[k]) for key in loads[k][0]},
                     "seed run wall": statistics.median(seeds[k])}
        if scans[k]:
            row["scans"] = {key: statistics.median(s[key] for s in scans[k]) for key in scans[k][0]}
        out.append(row)
    return out


def _show(label: str, now: dict, before: dict | None) -> None:
    print(f"\n{label}")
    rows = [(f"  {k}", v, before["loaders"][k] if before else None) for k, v in now["loaders"].items()]
    rows.append(("  run seeds (wall)", now["seed run wall"], before["seed run wall"] if before else None))
    for key, value in now.get("scans", {}).items():
        if key != "characters":
            rows.append((f"  scan CPU: {key}", value, before["scans"][key] if before and "scans" in before else None))
    for name, value, old in rows:
        line = f"{name:<28} {value:8.3f} s"
        if old is not None:
            line += f"   before {old:8.3f} s   now/before {value / old:6.2f}"
        print(line)
    if "scans" in now:
        print(f"  (scans over {now['scans']['characters']:,.0f} characters)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, help="another checkout to measure the same way")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure (the median is shown)")
    parser.add_argument("--jsonl", type=Path, help="news (one JSON object with 'text' a line) to time the scans on")
    parser.add_argument("--texts", type=int, default=8000, help="articles of --jsonl to scan")
    parser.add_argument("--pipeline", action="store_true",
                        help="only: CPU of the loaders and of two passes of the pipeline over all of --jsonl, per tree")
    args = parser.parse_args(argv)
    jsonl = args.jsonl.resolve() if args.jsonl else None
    trees = [ROOT] + ([args.before.resolve()] if args.before else [])
    if args.pipeline:
        if jsonl is None:
            parser.error("--pipeline needs --jsonl")
        for tree in trees:
            row = _run_json(tree, _PIPELINE, str(jsonl))
            print(f"{tree}: CPU " + ", ".join(f"{k} {v:.2f} s" for k, v in row.items()))
        return
    now, before = (measure(trees, args.runs, jsonl, args.texts) + [None])[:2]
    _show(f"this tree ({ROOT})" + (f" against {args.before}" if before else ""), now, before)
    if jsonl is not None:
        print("\nbreak-even of reading word by word and compiling the trie regex (this tree):")
        for name, row in _run_json(ROOT, _BREAK_EVEN, str(jsonl), str(args.texts), cache="off").items():
            ratio = row["break_even_chars_per_term_char"]
            print(f"  {name:<6} compile {row['compile_s']:.3f} s; scan {row['word_by_word_s']:.3f} s word by word, "
                  f"{row['regex_s']:.3f} s by regex over {row['characters']:,} characters; break-even after "
                  + (f"{ratio:.0f} characters of text per character of the terms" if ratio else "never"))


if __name__ == "__main__":
    main()
