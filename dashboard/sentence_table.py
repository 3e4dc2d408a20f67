"""An article's pair rows as a compact HTML table: each sentence once, in full, and under it a line
per pair it names (the pair and direction in names, tension on its colour scale, sentiment), with
the cues that counted for the pair on a line of their own under its numbers.

A data grid cuts a sentence to its column's width; here it wraps, so the table reads at a glance
in the narrow panel beside the charts.  Sentences and cues are article text, untrusted: every
value is escaped with html.escape before it is put in markup; the only markup and styles are ours.
"""

from __future__ import annotations

import html

import pandas as pd

from dashboard.figures import actor_colour, tension_colour
from dashboard.highlight import sentence_mark
from dashboard.labels import actor_name, direction_label, signed

_TABLE = "width:100%;border-collapse:collapse;font-size:0.84rem;line-height:1.4"
_SENTENCE = "padding:6px 4px 2px;border-top:1px solid #ddd;color:#222"
_CELL = "padding:1px 6px 3px;vertical-align:top"
_CUES = "padding:0 6px 4px;vertical-align:top;color:#444;font-size:0.8rem"
_HEAD = "text-align:left;padding:2px 6px;color:#666;font-weight:600;border-bottom:1px solid #bbb"


def _pair_cell(pair: str) -> str:
    a, _, b = pair.partition("-")
    names = " – ".join(f'<span style="color:{actor_colour(code)};font-weight:600">{html.escape(actor_name(code))}'
                       f"</span>" for code in (a, b) if code)
    # The code unbroken: the narrow Pair column broke "ISR-PSE" at its hyphen, "ISR-" over "PSE".
    return f'{names} <span style="color:#888;white-space:nowrap">{html.escape(pair)}</span>'


def _number(value: float, coloured: bool) -> str:
    """A signed score; tension on its colour scale (sentiment runs the other way: plain)."""
    if pd.isna(value):
        return ""
    background = f"background:{tension_colour(float(value))};" if coloured else ""
    return (f'<span style="{background}padding:0 4px;border-radius:3px;font-variant-numeric:tabular-nums">'
            f"{signed(float(value))}</span>")


#: A row without a direction: an empty cell read as missing data (uiaudit28)
NO_DIRECTION = ('<span style="color:#999" title="No direction: both act together, or the words name neither as '
                'acting on the other">none</span>')


def _direction_cell(direction: str) -> str:
    """"Russia → Ukraine", or "none" in grey, its reason on hover."""
    shown = direction_label(direction)
    return html.escape(shown) if shown else NO_DIRECTION


def sentence_table_html(table: pd.DataFrame, marked: int | None = None) -> str:
    """``table``: one row per (sentence, pair) with sentence_id, sentence, pair, direction, tension
    (the pair's), sentiment, cues (already text: those that counted for the pair) and, when
    present, sentence_tension, in reading order.  ``marked``: the sentence_id of the sentence behind
    a clicked number, put first and marked as the article text marks it."""
    # The cues run under their pair's numbers, across three columns: as a fifth column in the narrow
    # panel they wrapped a word or two a line, five or six lines a pair.  The pair's names span both rows.
    head = "".join(f'<th style="{_HEAD}">{name}</th>' for name in ("Pair", "Direction", "Tension", "Sentiment"))
    body: list[str] = []
    groups = list(table.groupby("sentence_id", sort=True))
    groups.sort(key=lambda group: group[0] != marked)  # stable: the marked sentence first, the rest in order
    for sentence_id, rows in groups:
        text = html.escape(str(rows["sentence"].iloc[0] or ""))
        if sentence_id == marked:
            text = sentence_mark(text)
        own = ""
        if "sentence_tension" in rows:  # the sentence's own tension, beside each pair's below
            own = f' <span style="color:#888">sentence tension</span> {_number(rows["sentence_tension"].iloc[0], True)}'
        body.append(f'<tr><td colspan="4" style="{_SENTENCE}"><span style="color:#999">{int(sentence_id) + 1}.</span> '
                    f"{text}{own}</td></tr>")
        for row in rows.itertuples():
            cues = str(row.cues or "")
            span = ' rowspan="2"' if cues else ""
            body.append(
                f'<tr><td{span} style="{_CELL}">{_pair_cell(str(row.pair))}</td>'
                f'<td style="{_CELL}">{_direction_cell(str(row.direction or ""))}</td>'
                f'<td style="{_CELL}">{_number(row.tension, True)}</td><td style="{_CELL}">{_number(row.sentiment, False)}</td>'
                "</tr>")
            if cues:
                body.append(f'<tr><td colspan="3" style="{_CUES}"><span style="color:#888">cues:</span> '
                            f"{html.escape(cues)}</td></tr>")
    return (f'<div style="max-height:460px;overflow-y:auto"><table style="{_TABLE}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')
