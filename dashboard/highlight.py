"""An article as safe HTML: every actor in its colour, every cue red (conflict) or green (cooperation).

Article text is untrusted.  The text is cut at every span boundary and each piece is escaped
with html.escape before any markup is added, so a "<script>" in an article arrives as the
characters < s c r i p t >.  The only markup is ours: <span>, <mark>, <br>, with styles built
from fixed palettes and numbers, and titles built from escaped values.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable

import pandas as pd

from dashboard.labels import actor_label, modifier_words, plain_cue_title, signed

CONFLICT_STYLE = "background:#f8d0cc;border-bottom:2px solid #d73027"
COOPERATION_STYLE = "background:#d4eed8;border-bottom:2px solid #1a9850"
# Learned word cues are many and individually small: a thin underline, no background.
LEARNED_STYLES = {"conflict": "border-bottom:1px dashed #d73027", "cooperation": "border-bottom:1px dashed #1a9850"}
# The sentence behind a clicked number: a yellow ground under its actors' and cues' own marks (a ring drawn round each
# piece between two marks broke the sentence into boxes).
SENTENCE_STYLE = "background:#ffe780"
SENTENCE_TITLE = "The sentence behind the number clicked"
# An armed group is counted as its home state's actor (CAMEO's convention, analysis/data/actors): an actor mark's
# label "NGA|group|Boko Haram" says so on hover, where a bare "NGA" let "Boko Haram … in Chad" read as Nigeria's
# own act (uiaudit26).
GROUP = "|group|"
GROUP_NOTE = "an armed group, counted as this state's actor (CAMEO's convention)"


def spans_for(rows: pd.DataFrame) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, label) in article offsets, from an article's pair rows (deduplicated).

    A cue is marked when it counted for the pair of some row given (weight != 0 in that row's cues), labelled
    with what it counted for each of those pairs, and for the sentence when that differs: the table beside
    the text lists the pair's weights, and a mark saying the sentence's "+1.00" beside a table's "+0.25"
    contradicted it (uiaudit26)."""
    actors: set[tuple[int, int, str, str]] = set()
    cues: dict[tuple[int, int, str], tuple[str, float, dict[str, float]]] = {}
    has_pairs = "pair" in rows.columns
    for sentence_start, sentence_rows in rows.groupby("sentence_start"):
        offset = int(sentence_start)
        for m in json.loads(sentence_rows.iloc[0]["mentions"] or "[]"):
            group = f"{GROUP}{m['text']}" if m.get("kind") == "group" else ""
            actors.add((offset + m["start"], offset + m["end"], "actor", m["code"] + group))
        pairs = sentence_rows["pair"] if has_pairs else [""] * len(sentence_rows)
        for pair, row_cues in zip(pairs, sentence_rows["cues"]):
            for c in counted_cues(row_cues):
                weight = c.get("sentence_weight", c["weight"])
                side = "conflict" if weight > 0 else "cooperation"
                if c.get("source") == "model":
                    side = "learned-" + side
                head = c["category"] + (f" ({', '.join(modifier_words(m) for m in c['modifiers'])})"
                                        if c["modifiers"] else "")
                mark = cues.setdefault((offset + c["start"], offset + c["end"], side), (head, weight, {}))
                mark[2][pair] = c["weight"]
    return sorted([*actors, *((start, end, side, _cue_label(*mark)) for (start, end, side), mark in cues.items())])


def _cue_label(head: str, sentence_weight: float, pairs: dict[str, float]) -> str:
    """"military action +0.25 for NGA-TCD (+0.95 in the sentence)"; the sentence's weight alone when no pair
    is known; "in the sentence" left out when every pair counted the cue in full."""
    named = {pair: weight for pair, weight in pairs.items() if pair}
    if not named:
        return f"{head} {signed(sentence_weight)}"
    counted = ", ".join(f"{signed(weight)} for {pair}" for pair, weight in sorted(named.items()))
    if all(round(weight, 2) == round(sentence_weight, 2) for weight in named.values()):
        return f"{head} {counted}"
    return f"{head} {counted} ({signed(sentence_weight)} in the sentence)"


def sentence_mark(html_text: str, title: str = SENTENCE_TITLE) -> str:
    """``html_text`` (already escaped and marked) wrapped as the sentence behind a clicked number: one look in
    the article text and in the sentence table."""
    return f'<span title="{title}" style="{SENTENCE_STYLE}">{html_text}</span>'


def sentence_span(rows: pd.DataFrame, sentence_id: int | None) -> tuple[int, int, str, str] | None:
    """The span (in article offsets) of the sentence ``sentence_id`` of an article's pair rows, to mark
    as the one behind a click (put it last among the spans: it then wraps the cues' marks); None when
    the rows have no such sentence."""
    if sentence_id is None or rows.empty:
        return None
    found = rows[rows["sentence_id"] == sentence_id]
    if found.empty:
        return None
    start = int(found["sentence_start"].iloc[0])
    return start, start + len(str(found["sentence"].iloc[0] or "")), "sentence", SENTENCE_TITLE


def counted_cues(cues: str) -> list[dict]:
    """The cues of a pair row's cues JSON that counted for its pair (weight != 0)."""
    return [c for c in json.loads(cues or "[]") if c["weight"]]


def article_html(text: str, spans: Iterable[tuple[int, int, str, str]], colours: dict[str, str]) -> str:
    """``text`` escaped, with each span marked; overlapping spans nest as flat pieces."""
    return f'<div style="line-height:1.7;font-size:0.97rem;white-space:normal">{_marked(text, spans, colours)}</div>'


QUOTE_LIMIT = 240  # characters of a quoted sentence shown when no counted cue lies further on


def quote_html(sentence: str, cues: str, limit: int = QUOTE_LIMIT) -> str:
    """A sentence quoted as evidence: escaped, its cues that counted for the pair marked red or green,
    cut after ``limit`` characters only where no counted cue lies beyond the cut.

    Cut at a fixed length, a long sentence lost the very words its cue list named (WCEP's "Russia
    designates filmmaker ... and …" listed "opposing (+0.40), war (+0.95)", both past the cut)."""
    counted = [c for c in counted_cues(cues) if 0 <= c["start"] < c["end"] <= len(sentence)]
    cut = max([limit, *(c["end"] for c in counted)])
    if cut < len(sentence):
        space = sentence.rfind(" ", cut, cut + 30)  # end on a word when one ends near
        cut = space if space > 0 else cut
    shown = sentence[:cut]
    spans = [(c["start"], c["end"], "conflict" if c["weight"] > 0 else "cooperation",
              f"{c['category']} {signed(c['weight'])}") for c in counted]
    return _marked(shown, spans, {}) + ("…" if cut < len(sentence) else "")


def _marked(text: str, spans: Iterable[tuple[int, int, str, str]], colours: dict[str, str]) -> str:
    """``text`` escaped, each span marked (actors in their colours, cues red or green), without a wrapper."""
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    # One sweep over the cuts with the spans open at each (a long article has thousands of cues:
    # testing every span at every cut was quadratic).  Every start and end is a cut, so a span
    # open at a piece's start covers the whole piece; pieces nest in the order spans were given.
    by_start = sorted(range(len(spans)), key=lambda i: spans[i][0])
    opened: list[int] = []
    next_span = 0
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b], quote=True).replace("\n", "<br>")
        while next_span < len(by_start) and spans[by_start[next_span]][0] <= a:
            opened.append(by_start[next_span])
            next_span += 1
        if opened:
            opened = sorted(i for i in opened if spans[i][1] > a)
        for _start, _end, kind, label in (spans[i] for i in opened):
            piece = mark_piece(piece, kind, label, colours)
        out.append(piece)
    return "".join(out)


def mark_piece(piece: str, kind: str, label: str, colours: dict[str, str]) -> str:
    """One escaped piece of text wrapped in the mark of one span that covers it."""
    if kind == "actor":
        code, _, group = label.partition(GROUP)
        colour = colours.get(code, "#444")
        title = html.escape(actor_label(code) + (f": {group}, {GROUP_NOTE}" if group else ""), quote=True)
        return (f'<span title="{title}" style="color:{colour};font-weight:600;'
                f'border-bottom:2px dotted {colour}">{piece}</span>')
    title = html.escape(label if kind == "sentence" else plain_cue_title(label), quote=True)
    if kind == "sentence":
        return sentence_mark(piece, title)
    if kind.startswith("learned-"):
        return f'<span title="{title}" style="{LEARNED_STYLES[kind[8:]]}">{piece}</span>'
    style = CONFLICT_STYLE if kind == "conflict" else COOPERATION_STYLE
    return f'<mark title="{title}" style="{style};padding:0 1px">{piece}</mark>'


def legend_html(actors: Iterable[str], colours: dict[str, str], names: dict[str, str] | None = None) -> str:
    """Each actor in its colour (with its name, from ``names``), then what the marks mean in words."""
    names = names or {}
    items = [f'<span style="color:{colours.get(a, "#444")};font-weight:600;margin-right:0.8em">'
             f"{html.escape(names.get(a, a))}</span>" for a in actors]
    return ('<div style="font-size:0.85rem;line-height:1.8">' + "".join(items) + "<br>"
            + f'<mark style="{CONFLICT_STYLE}">red</mark> = conflict cue, '
            + f'<mark style="{COOPERATION_STYLE}">green</mark> = cooperation cue, '
            + f'<span style="{LEARNED_STYLES["conflict"]}">dashed underline</span> = learned word '
            + "(red leaning to conflict, green to cooperation); hover a mark for its category and weight</div>")
