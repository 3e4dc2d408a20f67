"""The one definition of every table the project produces.

The pair table is what the CLI writes, what the dashboard reads and what the README documents;
tests check all three against this module, so a column cannot be added in one place only.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas dtype name
    meaning: str


ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "Stable id: the first 16 hex digits of SHA-256 of the article's whitespace-folded text."),
    Column("date", "datetime64[ns]", "Publication date; NaT when the article has no usable date (never invented)."),
    Column("source", "string", "News outlet or agency (\"Source: NAME\", a source field, or the HTML's site name)."),
    Column("title", "string", "Title from the file's metadata, else the first words of the text."),
    Column("url", "string", "Link to the original, when the input had one."),
    Column("text", "string", "The article's text, which every span in the pair table indexes (via sentence_start)."),
    Column("origin", "string", "Where it was read: file path, with ':row N (line M)' for CSV/TSV, ':line N' for JSONL, "
                               "':item N' for a JSON list; a feed item's 'FEED_URL, item N'."),
)

PAIR_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "The article the sentence belongs to (see the article table)."),
    Column("date", "datetime64[ns]", "The article's date; NaT for undated articles."),
    Column("source", "string", "The article's news source."),
    Column("title", "string", "The article's title."),
    Column("sentence_id", "int64", "0-based position of the sentence in the article."),
    Column("sentence", "string", "The sentence text; cue and mention spans index it."),
    Column("sentence_start", "int64", "Character offset of the sentence in the article text."),
    Column("actor_a", "string", "First actor code of the pair (alphabetically): ISO 3166-1 alpha-3 or an organisation code."),
    Column("actor_b", "string", "Second actor code of the pair."),
    Column("pair", "string", "actor_a-actor_b, e.g. \"JPN-USA\": the unordered pair."),
    Column("direction", "string",
           "\"SRC>TGT\" when a cue links the pair's actors as source and target (see Per-pair tension), else empty."),
    Column("sentiment", "float64", "VADER compound score of the sentence, in [-1, 1]."),
    Column("tension", "float64",
           "The pair's tension: tanh of the sum of the cue weights for this pair, in [-1, 1]: > 0 conflict, "
           "< 0 cooperation, 0 when no cue counts for the pair."),
    Column("sentence_tension", "float64",
           "The sentence's tension: tanh of the sum of all its cues' sentence weights (the same for every pair of it)."),
    Column("conflict", "float64", "Sum of the pair's conflict-side cue weights (>= 0); conflict - cooperation is the sum "
           "inside the pair's tanh."),
    Column("cooperation", "float64", "Sum of the pair's cooperation-side cue weights, as a positive number."),
    Column("cues", "string",
           "JSON list of every cue of the sentence: term, category, weight (its contribution to this pair, 0 when it "
           "does not count for it), sentence_weight (to the sentence), link (pair, one, same, none or third), start, end (in "
           "sentence), modifiers, source."),
    Column("mentions", "string", "JSON list of the sentence's actor mentions: code, text, start, end, kind, name, via."),
)

AGGREGATE_COLUMNS: tuple[Column, ...] = (
    Column("pair", "string", "The actor pair."),
    Column("period", "datetime64[ns]", "Start of the period (day, week starting Monday, or month)."),
    Column("mentions", "int64", "Pair rows (sentence mentions of the pair) in the period."),
    Column("articles", "int64", "Distinct articles mentioning the pair in the period."),
    Column("sentiment_mean", "float64", "Mean sentiment of the pair's sentences."),
    Column("sentiment_std", "float64", "Standard deviation of sentiment (0 for a single mention)."),
    Column("tension_mean", "float64", "Mean tension of the pair's sentences."),
    Column("tension_std", "float64", "Standard deviation of tension (0 for a single mention)."),
    Column("conflict_total", "float64", "Sum of the conflict-side cue weight of the pair's sentences."),
    Column("cooperation_total", "float64", "Sum of the cooperation-side cue weight of the pair's sentences."),
    Column("period_articles", "int64",
           "All articles of the period (not only those naming the pair): the index's denominator."),
    Column("tension_index", "float64",
           "100 × conflict_total / period_articles: conflict weight per 100 articles; rises when relations sour."),
    Column("index_low", "float64", "Lower end of the index's 95 % interval (compound Poisson over articles; >= 0)."),
    Column("index_high", "float64", "Upper end of the index's 95 % interval; wide when few articles carry the weight."),
)


def names(columns: tuple[Column, ...]) -> list[str]:
    return [c.name for c in columns]


def empty(columns: tuple[Column, ...]) -> pd.DataFrame:
    """A zero-row frame with the schema's columns and dtypes."""
    return conform(pd.DataFrame({c.name: [] for c in columns}), columns)


def conform(frame: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """``frame`` with exactly the schema's columns, in order, cast to their dtypes."""
    out = pd.DataFrame(index=frame.index)
    for col in columns:
        values = frame[col.name] if col.name in frame.columns else pd.Series(index=frame.index, dtype="object")
        if col.dtype.startswith("datetime"):
            out[col.name] = table_dates(values)
        elif col.dtype == "string":
            out[col.name] = values.astype("string").fillna("")
        else:
            out[col.name] = values.astype(col.dtype)
    return out.reset_index(drop=True)


def table_dates(values: pd.Series) -> pd.Series:
    """``values`` as datetime64[ns]: whatever is unreadable, or outside what [ns] can hold, is NaT.

    Why not ``pd.to_datetime(errors="coerce")`` alone: pandas 3 reads "2999-01-01" into a wider
    unit instead of NaT, and the cast to [ns] then raises for the whole column; time zones are
    dropped (the local wall time kept, as analysis.dates keeps the local calendar day)."""
    if values.dtype == "datetime64[ns]":
        return values
    parsed: pd.Series | None
    try:
        # "mixed": each string read on its own; pandas 3 otherwise takes the first one's format
        # for all and turns the rest (a "7 Nov 2025" after a "2025-01-01") into NaT.
        with warnings.catch_warnings():  # pandas 2: mixed time zones warn, then come back as objects
            warnings.simplefilter("ignore", FutureWarning)
            parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    except (ValueError, TypeError, OverflowError):  # pandas 3: mixed time zones raise
        parsed = None
    if parsed is None or not pd.api.types.is_datetime64_any_dtype(parsed):  # one value at a time
        parsed = pd.Series([_one_date(v) for v in values], index=values.index, dtype="object")
        parsed = pd.to_datetime(parsed, errors="coerce", utc=True)
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    inside = (parsed >= pd.Timestamp.min) & (parsed <= pd.Timestamp.max)
    return parsed.where(inside).astype("datetime64[ns]")


def _one_date(value: object) -> pd.Timestamp | None:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None
    if stamp is pd.NaT:
        return None
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


_ARROW_TYPES = {"string": pa.large_string(), "int64": pa.int64(), "float64": pa.float64(),
                "datetime64[ns]": pa.timestamp("ns")}


def arrow_schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.dtype]) for c in columns])


def table_from_rows(rows: Sequence[tuple], columns: tuple[Column, ...]) -> pa.Table:
    """Row tuples (in the schema's order) as an Arrow table of the schema's types.

    Why Arrow: a column at a time in C, compact in memory, sent between processes as one buffer,
    and its strings become the frame's strings without a copy (frame_from_tables)."""
    schema = arrow_schema(columns)
    values = list(zip(*rows)) if rows else [()] * len(columns)
    arrays = []
    for column, kind, items in zip(columns, schema.types, values):
        array = pa.array(items, type=kind)
        arrays.append(array.fill_null("") if column.dtype == "string" and array.null_count else array)
    return pa.Table.from_arrays(arrays, schema=schema)


def frame_from_tables(tables: Sequence[pa.Table], columns: tuple[Column, ...]) -> pd.DataFrame:
    """The tables (from table_from_rows) as one frame in the schema: what ``conform`` would give."""
    if not tables:
        return empty(columns)
    table = pa.concat_tables(tables) if len(tables) > 1 else tables[0]
    return table.to_pandas(types_mapper={pa.large_string(): pd.StringDtype()}.get)


def markdown_table(columns: tuple[Column, ...]) -> str:
    """The README's column table, generated so docs and code cannot drift apart."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in columns]
    return "\n".join(lines)
