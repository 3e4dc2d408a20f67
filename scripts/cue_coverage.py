"""Share of real news sentences the cue lexicon sees at all: ``python scripts/cue_coverage.py``.

Why: the lexicon's sides are checked against labelled sets (analysis.evaluate), but a lexicon can
be right where it speaks and silent on most news.  This counts, over the WCEP news summaries in
../shared/data (unlabelled), the sentences and summaries with at least one lexicon cue, per side,
and the lexicon's most frequent terms, so a change to the vocabulary shows what it adds.

    python scripts/cue_coverage.py [--news ../shared/data/news_wcep_dev.jsonl] [--top 25]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.sentences import split_sentences  # noqa: E402
from analysis.tension import default_lexicon, lexicon_cues  # noqa: E402

DEFAULT_NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news_wcep_dev.jsonl"


def read_texts(path: Path) -> list[str]:
    texts = []
    for line_no, line in enumerate(path.open(encoding="utf-8"), start=1):
        if not line.strip():
            continue
        try:
            texts.append(str(json.loads(line)["text"]))
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{path}, line {line_no}: skipped, not a JSON object with a text ({exc})", file=sys.stderr)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="JSON lines with a 'text' field")
    parser.add_argument("--top", type=int, default=25, help="how many of the most frequent terms to list")
    args = parser.parse_args(argv)
    if not args.news.is_file():
        print(f"{args.news}: not found (the WCEP news lives in ../shared/data; pass --news FILE)", file=sys.stderr)
        return 1
    lexicon = default_lexicon()
    texts = read_texts(args.news)
    sentences = with_cue = conflict = cooperation = summaries_with_cue = 0
    terms: Counter[str] = Counter()
    for text in texts:
        any_cue = False
        for start, end in split_sentences(text):
            cues = lexicon_cues(text[start:end], lexicon)
            sentences += 1
            if cues:
                any_cue = True
                with_cue += 1
                conflict += any(c.weight > 0 for c in cues)
                cooperation += any(c.weight < 0 for c in cues)
                terms.update(c.term.lower() for c in cues)
        summaries_with_cue += any_cue
    print(f"{args.news.name}: {len(texts)} summaries, {sentences} sentences; lexicon {lexicon.version}")
    print(f"  sentences with a lexicon cue   {with_cue / sentences:.3f}  ({with_cue})")
    print(f"    with a conflict-side cue     {conflict / sentences:.3f}")
    print(f"    with a cooperation-side cue  {cooperation / sentences:.3f}")
    print(f"  summaries with a lexicon cue   {summaries_with_cue / len(texts):.3f}  ({summaries_with_cue})")
    print(f"  most frequent terms: {', '.join(f'{t} {n}' for t, n in terms.most_common(args.top))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
