"""The cues and mentions columns as JSON text, written without building a dict per cue.

Every pair sentence carries its explanation (a JSON list of cues, another of mentions); at a few
cues a sentence, ``json.dumps`` of a dict per cue was the largest single cost of the pipeline
after VADER.  These writers format the same objects directly, escaping strings with ``json``'s own
C encoder, and produce byte for byte what ``json.dumps(..., ensure_ascii=False,
separators=(",", ":"))`` of ``Cue.as_dict()`` / ``Mention.as_dict()`` gives (tests/test_explain_json.py
compares them on hostile text).
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring  # the C encoder, as json.dumps(ensure_ascii=False) uses

from analysis.actors import Mention
from analysis.tension import Cue


def cues_json(cues: Sequence[Cue], exact: bool = False) -> str:
    """``cues`` as a JSON list, weights rounded to 4 decimals.

    ``exact`` keeps every digit of the weights: the store's sentences keep their cues so, because
    pair rows are recomputed from them (linking.pair_score) and must equal a fresh scoring's."""
    if not cues:
        return "[]"
    parts = []
    fragments = _exact_fragments if exact else _fragments
    for c in cues:
        # A cue's JSON is its words and weight (the same few thousand recur) around its span.
        key = (c.term, c.category, c.weight, c.modifiers, c.source)
        around = fragments.get(key)
        if around is None:
            around = _cue_fragments(c, exact)
            if len(fragments) < 200_000 and c.weight:  # 0.0 and -0.0 are one key, two texts
                fragments[key] = around
        parts.append(f"{around[0]}{c.start:d},\"end\":{c.end:d}{around[1]}")
    return "[" + ",".join(parts) + "]"


_fragments: dict[tuple, tuple[str, str]] = {}
_exact_fragments: dict[tuple, tuple[str, str]] = {}


def _cue_fragments(c: Cue, exact: bool = False) -> tuple[str, str]:
    modifiers = ",".join(encode_basestring(m) for m in c.modifiers)
    return (f'{{"term":{encode_basestring(c.term)},"category":{encode_basestring(c.category)},'
            f'"weight":{(c.weight if exact else round(c.weight, 4))!r},"start":',
            f',"modifiers":[{modifiers}],"source":{encode_basestring(c.source)}}}')


def mentions_json(mentions: Sequence[Mention], offset: int = 0) -> str:
    """``mentions`` with spans made relative to a sentence starting at ``offset``."""
    if not mentions:
        return "[]"
    parts = []
    fragments = _mention_fragments
    # Unpacked, not read by field name: a NamedTuple's fields cost a lookup each.
    for code, text, start, end, kind, name, via in mentions:
        key = (code, text, kind, name, via)  # the same names recur: format each once
        around = fragments.get(key)
        if around is None:
            around = (f'{{"code":{encode_basestring(code)},"text":{encode_basestring(text)},"start":',
                      f',"kind":{encode_basestring(kind)},"name":{encode_basestring(name)},"via":{encode_basestring(via)}}}')
            if len(fragments) < 200_000:
                fragments[key] = around
        parts.append(f'{around[0]}{start - offset:d},"end":{end - offset:d}{around[1]}')
    return "[" + ",".join(parts) + "]"


_mention_fragments: dict[tuple, tuple[str, str]] = {}


def pair_cues_json(cues: Sequence[Cue], links: Sequence[str], factors: Sequence[float]) -> str:
    """A pair row's ``cues`` column: every cue of the sentence, with what it gives this pair.

    ``weight`` is the cue's contribution to the pair's tension (its sentence weight times the
    factor of its ``link``: 0 when it does not count for the pair), ``sentence_weight`` its
    contribution to the sentence's."""
    if not cues:
        return "[]"
    parts = []
    fragments = _pair_fragments
    for c, link, factor in zip(cues, links, factors):
        term, category, weight, start, end, modifiers, source = c  # unpacked: see mentions_json
        key = (term, category, weight, modifiers, source, link, factor)
        around = fragments.get(key)
        if around is None:
            around = _pair_cue_fragments(c, link, factor)
            if len(fragments) < 200_000 and weight:  # 0.0 and -0.0 are one key, two texts
                fragments[key] = around
        parts.append(f"{around[0]}{start:d},\"end\":{end:d}{around[1]}")
    return "[" + ",".join(parts) + "]"


_pair_fragments: dict[tuple, tuple[str, str]] = {}


def pair_weight(weight: float, factor: float) -> float:
    """A cue's weight for a pair as the JSON holds it (rounded; never -0.0)."""
    return round(weight * factor, 4) + 0.0


def _pair_cue_fragments(c: Cue, link: str, factor: float) -> tuple[str, str]:
    modifiers = ",".join(encode_basestring(m) for m in c.modifiers)
    return (f'{{"term":{encode_basestring(c.term)},"category":{encode_basestring(c.category)},'
            f'"weight":{pair_weight(c.weight, factor)!r},"sentence_weight":{round(c.weight, 4)!r},'
            f'"link":{encode_basestring(link)},"start":',
            f',"modifiers":[{modifiers}],"source":{encode_basestring(c.source)}}}')
