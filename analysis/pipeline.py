"""Articles → the pair table: one row per unordered actor pair per sentence.

Work is skipped where no pair needs it: one scan of each article for names decides whether it can
hold a pair at all (most news names one actor or none: those are not even split into sentences);
actors are matched on the sentences of the rest, and VADER and the cues run only on sentences
that hold two or more distinct actors.
What remains costs per pair sentence: the explanation (every cue and mention, with spans, as JSON)
is built for each one, and each cue is linked to the pair it concerns (analysis.linking).  A
few articles at a time go through each stage in turn (see articles_rows);
benchmarks/bench_pipeline.py compares the whole to plain VADER over every sentence (README,
"Speed").  With ``workers > 1`` articles are scored in worker processes (forked, or from a
forkserver that has the dictionary and lexicon loaded: see _context), handed chunks of text by
length, sending their rows back as Arrow columns; score_tables does it while the articles are
still being read, which is how the command line streams a corpus of any size.  An article table
already in memory is scored by this process beside ``workers - 1`` forked from it, which are sent
row numbers, not texts (see _frame_tables).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import math
import multiprocessing as mp
import sys
import threading
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa

from analysis import explain_json
from analysis.actors import ActorDictionary, Mention, _as_day, blank, load_dictionary
from analysis.linking import cue_links, pair_score
from analysis.loading import LoadReport, articles_from_frame, load_articles
from analysis.schema import PAIR_COLUMNS, frame_from_tables, table_from_rows
from analysis.scoring import scorer_version, tension_cues, tension_cues_each
from analysis.sentences import keeps_all_text, split_sentences
from analysis.sentiment import sentiment
from analysis.tension import Cue, CueLexicon, default_lexicon
from analysis.text import normalise
from analysis.word_model import WordModel, default_model

FRAME_ROWS = 50_000


@dataclass
class Analysis:
    """Everything one run produced: the article table, the pair table and the load report."""

    articles: pd.DataFrame
    pairs: pd.DataFrame
    report: LoadReport
    dictionary_version: str = ""
    scorer_version: str = ""


class SentenceScore(NamedTuple):
    """A sentence's scores: they depend on the scorer only, never on the actor dictionary."""

    sentiment: float
    tension: float
    conflict: float
    cooperation: float
    cues: list[Cue]

    def cues_json(self) -> str:
        """The cues with their exact weights, as the store keeps a sentence's (see from_stored)."""
        return explain_json.cues_json(self.cues, exact=True)

    @classmethod
    def from_stored(cls, sentiment: float, tension: float, conflict: float, cooperation: float,
                    cues_json: str) -> SentenceScore:
        # A pair row's cues hold the sentence's weight as sentence_weight (see explain_json.pair_cues_json).
        cues = [Cue(c["term"], c["category"], c.get("sentence_weight", c["weight"]), c["start"], c["end"],
                    tuple(c["modifiers"]), c["source"]) for c in json.loads(cues_json or "[]")]
        return cls(sentiment, tension, conflict, cooperation, cues)


class PairSentence(NamedTuple):
    """A sentence naming two or more distinct actors: the only sentences worth scoring."""

    sentence_id: int
    start: int
    sentence: str
    mentions: list[Mention]
    masked: str | None = None  # the sentence with names blanked, when the actor scan gave it


def pair_sentences(article: dict, dictionary: ActorDictionary) -> list[PairSentence]:
    """The article's sentences that hold a pair, with their mentions (depends on the dictionary only)."""
    return pair_sentences_each([article], dictionary)[0]


def pair_sentences_each(articles: Sequence[dict], dictionary: ActorDictionary) -> list[list[PairSentence]]:
    """``pair_sentences`` of each article, one stage at a time over all of them (see articles_rows)."""
    out: list[list[PairSentence]] = [[] for _ in articles]
    # One scan of the whole text for names: a text naming nobody, or one actor by a one-word name
    # (half of news articles), holds no pair and is not even split into sentences.
    norms = [normalise(article["text"]) for article in articles]
    scanned = [(article["text"], dictionary.name_matches(norm)) for article, norm in zip(articles, norms)]
    may_pair, can_pair = dictionary.may_pair, dictionary.can_pair
    # A text whose sentences leave nothing out (most news) holds a pair only where its names, read
    # whole, can name two actors: a third of those may_pair lets through name one (Japan, Tokyo),
    # and need no split either.  Elsewhere a sentence range may read names the whole text does not.
    kept = [i for i, (_, whole) in enumerate(scanned)
            if may_pair(whole) and (can_pair(whole) or not keeps_all_text(norms[i]))]
    if not kept:
        return out
    spans_each = [split_sentences(scanned[i][0]) for i in kept]
    # With the built-in dictionary, the actor scan also gives the names the learned words must not
    # read (word_model.names_masked): no second scan of each pair sentence.
    built_in = dictionary is load_dictionary()
    days: dict[int, dt.date | None] = {}  # by the date object's id: the articles hold each alive meanwhile
    for i, spans in zip(kept, spans_each):
        text, whole = scanned[i]
        names: list[list[tuple[int, int]] | None] | None = [[] for _ in spans] if built_in else None
        date = articles[i].get("date")
        if id(date) in days:
            day = days[id(date)]
        else:
            day = days[id(date)] = _day(date)
        found_all = dictionary.match_sentences(text, spans, day, names, whole=whole, pairs_only=True)
        found_pairs = out[i]
        for sentence_id, ((start, end), found) in enumerate(zip(spans, found_all)):
            if len(found) >= 2 and len({m.code for m in found}) >= 2:
                sentence = text[start:end]
                sentence_names = names[sentence_id] if names is not None else None
                masked = blank(sentence, sentence_names, start) if sentence_names is not None else None
                found_pairs.append(PairSentence(sentence_id, start, sentence, found, masked))
    return out


_DAYS: dict[tuple, dt.date | None] = {}


def _day(date: object) -> dt.date | None:
    """``_as_day`` of an article's date, remembered: a corpus has a few thousand dates at most.

    Keyed with the value's type and time zone too: equal instants in two zones are two days."""
    key = (type(date), getattr(date, "tzinfo", None), date)
    try:
        return _DAYS[key]
    except KeyError:
        day = _as_day(date)
        if len(_DAYS) < 100_000:
            _DAYS[key] = day
        return day
    except TypeError:  # an unhashable value: read it every time
        return _as_day(date)


def score_sentence(sentence: str, lexicon: CueLexicon, model: WordModel | None = None,
                   masked: str | None = None) -> SentenceScore:
    return _scored(sentiment(sentence), tension_cues(sentence, lexicon, model, masked))


def _scored(sentence_sentiment: float, cues: list[Cue]) -> SentenceScore:
    total = conflict = cooperation = 0.0
    for cue in cues:  # one pass for the score and both sides (tension.combine's sum, in its order)
        weight = cue.weight
        total += weight
        if weight > 0:
            conflict += weight
        elif weight < 0:
            cooperation -= weight
    return SentenceScore(sentence_sentiment, math.tanh(total) if cues else 0.0, conflict, cooperation, cues)


def mentions_json(item: PairSentence) -> str:
    """The sentence's mentions with spans relative to the sentence."""
    return explain_json.mentions_json(item.mentions, item.start)


def rows_for(article: dict, item: PairSentence, score: SentenceScore, mentions: str | None = None) -> list[tuple]:
    """The pair rows (schema order) of one scored pair sentence, each with its pair's share of the cues."""
    mentions = mentions_json(item) if mentions is None else mentions
    codes = sorted({m.code for m in item.mentions})
    cues = score.cues
    links = cue_links(item.sentence, item.mentions, item.start, cues) if cues else []
    head = (article["article_id"], article.get("date"), article.get("source", ""), article.get("title", ""),
            item.sentence_id, item.sentence, item.start)
    rows = []
    written: dict[tuple, str] = {}  # pairs a sentence's cues link alike share one JSON text
    for a, b in combinations(codes, 2):
        pair = pair_score(cues, links, a, b)
        text = written.get(pair.links)
        if text is None:
            text = written[pair.links] = explain_json.pair_cues_json(cues, pair.links, pair.factors)
        rows.append((*head, a, b, f"{a}-{b}", pair.direction, score.sentiment, pair.tension, score.tension,
                     pair.conflict, pair.cooperation, text, mentions))
    return rows


#: Text scored together, stage by stage (see articles_rows): consecutive articles up to this many
#: characters; and pair sentences scored together at most.
STAGE_CHARS = 150_000
SCORE_BATCH = 256


def stage_batches(articles: Sequence[dict], chars: int | None = None) -> Iterator[Sequence[dict]]:
    """``articles`` in consecutive runs of about ``chars`` (STAGE_CHARS) characters of text each.

    Cut by text, not by a number of articles: a batch of twenty newswire stories and one of twenty
    one-line news summaries hold ten times the work apart, and the short ones, twenty at a time,
    left each stage too little text to keep its tables in the CPU cache."""
    chars = STAGE_CHARS if chars is None else chars
    first = size = 0
    for i, article in enumerate(articles):
        size += len(article["text"])
        if size >= chars:
            yield articles[first:i + 1]
            first, size = i + 1, 0
    if first < len(articles):
        yield articles[first:]


def articles_rows(articles: Sequence[dict], dictionary: ActorDictionary, lexicon: CueLexicon) -> list[tuple]:
    """The pair rows of ``articles`` (tuples in schema order), scored stage by stage.

    A batch of articles at a time (stage_batches), each stage (actors, VADER, lexicon cues,
    learned words, rows) runs over all their pair sentences before the next begins.  Sentence by
    sentence, the stages evict each other's tables and compiled patterns from the CPU cache: the
    same work took 10-15 % more time that way (benchmarks/bench_pipeline.py's corpus, one
    process).  The rows are the same.
    """
    rows: list[tuple] = []
    for batch in stage_batches(articles):
        rows.extend(batch_rows(batch, dictionary, lexicon))
    return rows


def batch_rows(articles: Sequence[dict], dictionary: ActorDictionary, lexicon: CueLexicon) -> list[tuple]:
    """articles_rows of one stage batch."""
    items = [(article, item) for article, found in zip(articles, pair_sentences_each(articles, dictionary))
             for item in found]
    scores = score_pair_sentences([item for _, item in items], lexicon)
    rows: list[tuple] = []
    for (article, item), score in zip(items, scores):
        rows.extend(rows_for(article, item, score))
    return rows


def score_pair_sentences(items: Sequence[PairSentence], lexicon: CueLexicon) -> list[SentenceScore]:
    """``score_sentence`` of each pair sentence, one stage at a time (see articles_rows for why).

    A few hundred at a time: over thousands, each stage's own intermediate lists outgrow the cache
    and the gain is gone (1,000 articles a batch measured slower than sentence by sentence)."""
    model = default_model()
    scores: list[SentenceScore] = []
    for first in range(0, len(items), SCORE_BATCH):
        part = items[first:first + SCORE_BATCH]
        sentiments = [sentiment(item.sentence) for item in part]
        cues = tension_cues_each([item.sentence for item in part], [item.masked for item in part], lexicon, model)
        scores += [_scored(sentence_sentiment, sentence_cues) for sentence_sentiment, sentence_cues in zip(sentiments, cues)]
    return scores


# -- worker processes ----------------------------------------------------------------------------
#: Workers take the articles in chunks of about this many characters of text, not a number of
#: articles: real news runs from a headline to thousands of words, and a chunk must be worth the
#: round trip (pickling the texts there, the rows' Arrow buffer back) yet small enough that both
#: workers stay busy to the end.
CHUNK_CHARS = 200_000
#: Below this many characters of text in all, one process scores: starting the workers and
#: handing the work round costs more than the second core gives back
#: (benchmarks/bench_workers.py --threshold measures where they break even).
PARALLEL_MIN_CHARS = 1_000_000
#: Chunks sent to the workers and not yet collected, per worker: enough to keep them busy,
#: few enough that a streamed corpus is never read far ahead of its scoring.
CHUNKS_AHEAD = 3
#: Imported by a forkserver before it forks any worker (see _context).
WORKER_PRELOAD = "analysis.worker_preload"

_WORKER: dict = {}


def _init_worker(actor_files: tuple[str, ...]) -> None:
    # Forked from a parent or a warmed forkserver, the process holds these already (cached per
    # process): loading them here costs nothing then, and a whole load under spawn.
    _WORKER["dictionary"] = load_dictionary(actor_files)
    _WORKER["lexicon"] = default_lexicon()
    # What this process holds now lives as long as it does: full collections need not walk it
    # (see _collector_skips_older_objects), and pages a fork shares with its parent stay shared.
    gc.freeze()


@contextmanager
def _collector_skips_older_objects() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects that existed before scoring began.

    Its full collections otherwise walk every object in the process (dictionaries, lexicons, the
    article table, pandas and all else imported) a few times a run: about 8 % of one process's
    time on benchmarks/bench_pipeline.py's corpus.  Objects made while scoring are collected as
    before.  Left alone when objects are frozen already (by a pre-forking server, say): unfreezing
    them is their owner's business.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _score_chunk(chunk: list[dict]) -> bytes:
    return _arrow_bytes(articles_rows(chunk, _WORKER["dictionary"], _WORKER["lexicon"]))


def _arrow_bytes(rows: list[tuple]) -> bytes:
    # Rows go back as one Arrow IPC buffer: the parent reads it without unpickling a Python object
    # per value (tuples cost the parent 0.24-0.33 s of CPU a run, competing with the workers).
    table = table_from_rows(rows, PAIR_COLUMNS)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _chunks(records: Iterable[dict], chars: int) -> Iterator[list[dict]]:
    """``records`` in consecutive chunks of at least ``chars`` characters of text (the last may be less)."""
    chunk: list[dict] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += len(record["text"])
        if size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _shared_dates(chunk: list[dict]) -> list[dict]:
    """The chunk's records with equal dates as one object (copies: the caller's records stay as they are).

    Pickle writes an object it has written before as a reference: one date object per day, not a
    pd.Timestamp per article, leaves the parent less than half the pickling.  Equal instants in two
    time zones stay two objects (their days differ)."""
    seen: dict = {}
    out = []
    for record in chunk:
        date = record.get("date")
        if date is not None:
            with suppress(TypeError):  # an unhashable value goes as it is
                record = {**record, "date": seen.setdefault((type(date), getattr(date, "tzinfo", None), date), date)}
        out.append(record)
    return out


def _context() -> mp.context.BaseContext:
    """fork when it is safe, else a forkserver that has the dictionary and lexicon loaded already.

    fork copies a process with everything loaded, at no cost; but forking a process in which
    other threads run (a progress bar's monitor, Streamlit's server) can copy a lock one of them
    holds, and the child hangs.  A forkserver is a fresh single-threaded process that imports
    WORKER_PRELOAD once and forks each worker from there: each starts warm, where spawn would
    import everything and load the data files again in every worker.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in mp.get_all_start_methods():
        context = mp.get_context("forkserver")
        context.set_forkserver_preload([WORKER_PRELOAD])  # no effect once the server runs: it is warm then
        return context
    return mp.get_context("spawn")


@contextmanager
def _children_skip_main(context: mp.context.BaseContext) -> Iterator[None]:
    """Start children that do not import the parent's ``__main__`` script.

    spawn and forkserver children import the parent's main script (as ``__mp_main__``) so that
    functions defined there unpickle.  The workers need nothing from it (their functions live
    here); and under Streamlit the main script is the dashboard, which would run again, whole,
    in every worker.  While the children start, a bare module stands in for it.
    """
    if context.get_start_method() == "fork":
        yield
        return
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()  # started outside the window: the stand-in is needed only while forking
    main = sys.modules.get("__main__")
    stand_in = types.ModuleType("__main__")
    sys.modules["__main__"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("__main__") is stand_in:  # Streamlit may have installed a new script meanwhile
            sys.modules["__main__"] = main  # type: ignore[assignment]  # None only if nothing was there


def _records(articles: pd.DataFrame, rows: int = 1000) -> Iterator[dict]:
    """The article table's rows as dicts, a slice at a time (never the whole table as dicts at once)."""
    names = ("article_id", "date", "source", "title", "text")
    for first in range(0, len(articles), rows):
        # Column by column (DataFrame.to_dict builds each row through pandas: several times slower).
        part = articles.iloc[first:first + rows]
        columns = [part[name].tolist() if name != "date" else _dates(part[name]) for name in names]
        for article_id, date, source, title, text in zip(*columns):
            yield {"article_id": article_id, "date": date, "source": source, "title": title, "text": text}


def _dates(dates: pd.Series) -> list:
    """The column's dates as Timestamps, None where missing: one object per distinct date.

    A slice of news holds a few distinct dates: each is made into a Timestamp once, not once per
    article, and articles_rows reads each one's day once (by identity, see pair_sentences_each)."""
    if dates.dtype.kind != "M":  # not datetime64 (an article table built by hand): each value as it is
        return [None if missing else date for date, missing in zip(dates.tolist(), dates.isna().tolist())]
    codes, distinct = pd.factorize(dates)
    stamps = [*distinct.tolist(), None]  # code -1 (NaT) reads the last
    return [stamps[code] for code in codes.tolist()]


def score_tables(records: Iterable[dict], *, actors: Sequence[str | Path] = (), workers: int = 1,
                 progress: Callable[[int], None] | None = None) -> Iterator[pa.Table]:
    """The pair rows of article records (dicts with article_id, date, source, title, text), as Arrow
    tables in the articles' order, produced while ``records`` is still being read.

    With ``workers > 1``, workers start only once PARALLEL_MIN_CHARS of text are waiting, and at
    most CHUNKS_AHEAD chunks per worker are read ahead of the rows handed out: memory stays
    bounded however long ``records`` runs.
    """
    actor_files = tuple(str(p) for p in actors)
    dictionary, lexicon = load_dictionary(actor_files), default_lexicon()
    default_model()  # loaded before any fork: every forked worker has it
    chunks = _chunks(records, CHUNK_CHARS)
    waiting: list[list[dict]] = []
    if workers > 1:
        size = 0
        for chunk in chunks:
            waiting.append(chunk)
            size += sum(len(r["text"]) for r in chunk)
            if size >= PARALLEL_MIN_CHARS:
                break
        else:
            workers = 1  # too little text for workers to gain
    if workers <= 1:
        with _collector_skips_older_objects():
            for chunk in _chained(waiting, chunks):
                rows: list[tuple] = []
                for batch in stage_batches(chunk):
                    rows.extend(batch_rows(batch, dictionary, lexicon))
                    if len(rows) >= FRAME_ROWS:  # tuples cost several times their Arrow columns
                        yield table_from_rows(rows, PAIR_COLUMNS)
                        rows = []
                if rows:
                    yield table_from_rows(rows, PAIR_COLUMNS)
                if progress:
                    progress(len(chunk))
        return
    context = _context()
    with _children_skip_main(context):
        pool = context.Pool(workers, initializer=_init_worker, initargs=(actor_files,))
    with pool:
        pending: deque = deque()
        for chunk in _chained(waiting, chunks):
            pending.append((pool.apply_async(_score_chunk, (_shared_dates(chunk),)), len(chunk)))
            while len(pending) >= CHUNKS_AHEAD * workers:
                yield _collected(pending.popleft(), progress)
        while pending:
            yield _collected(pending.popleft(), progress)


def _chained(first: list[list[dict]], rest: Iterator[list[dict]]) -> Iterator[list[dict]]:
    yield from first
    first.clear()  # the parent keeps no chunk once a worker has it
    yield from rest


def _collected(entry: tuple, progress: Callable[[int], None] | None) -> pa.Table:
    result, articles = entry
    table = pa.ipc.open_stream(result.get()).read_all()
    if progress:
        progress(articles)
    return table


def score_articles(articles: pd.DataFrame, *, actors: Sequence[str | Path] = (), workers: int = 1,
                   progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """The pair table (schema.PAIR_COLUMNS) of an article table."""
    lengths = articles["text"].str.len().tolist() if workers > 1 and len(articles) else []
    if sum(lengths) >= PARALLEL_MIN_CHARS and _context().get_start_method() == "fork":
        tables = list(_frame_tables(articles, lengths, tuple(str(p) for p in actors), workers, progress))
    else:
        tables = list(score_tables(_records(articles), actors=actors, workers=workers, progress=progress))
    return frame_from_tables(tables, PAIR_COLUMNS)


#: The article table forked workers read their slices of (see _frame_tables): set while they start.
_FORKED_ARTICLES: list[pd.DataFrame] = []
#: Towards the end, slices shrink down to this share of CHUNK_CHARS (see _slices).
TAIL_SHARE = 8


def _frame_tables(articles: pd.DataFrame, lengths: Sequence[int], actor_files: tuple[str, ...], workers: int,
                  progress: Callable[[int], None] | None) -> Iterator[pa.Table]:
    """score_tables' tables for a whole article table in memory: this process and ``workers - 1``
    forked from it score it together.

    A forked worker holds the parent's table already: it is sent no text, and builds its records
    itself.  Every process takes the next slice of row numbers from one shared counter, the
    parent too: left to wait for a pool, it spent its core on the pool's threads and on taking
    buffers in while the workers shared the other, and a pool's start-up was one fork more.  A
    worker keeps its rows (an Arrow buffer a slice) until the counter runs out, then sends them
    all: sent as they come, a full pipe would stall it until the parent, busy scoring, read them.
    The slices shrink towards the end (see _slices) so that the processes finish together."""
    dictionary, lexicon = load_dictionary(actor_files), default_lexicon()
    default_model()  # loaded before the fork: every worker has it
    slices = _slices(lengths, CHUNK_CHARS, processes=workers)
    context = mp.get_context("fork")
    taken = context.Value("q", 0)  # slices handed out so far, to whichever process asked first
    tables: list[pa.Table | None] = [None] * len(slices)
    children: list[tuple[mp.process.BaseProcess, mp.connection.Connection]] = []
    _FORKED_ARTICLES[:] = [articles]
    try:
        with _collector_skips_older_objects():  # frozen before the fork: the workers share that too
            for _ in range(workers - 1):
                receiver, sender = context.Pipe(duplex=False)
                child: mp.process.BaseProcess = context.Process(target=_slice_worker,
                                                                args=(sender, taken, slices, actor_files), daemon=True)
                child.start()
                sender.close()
                children.append((child, receiver))
            for index in _taking(taken, len(slices)):
                first, stop = slices[index]
                tables[index] = table_from_rows(_slice_rows(articles, first, stop, dictionary, lexicon), PAIR_COLUMNS)
                if progress:
                    progress(stop - first)
        for child, receiver in children:
            for index, data in _worker_results(receiver):
                tables[index] = pa.ipc.open_stream(data).read_all()
                if progress:
                    progress(slices[index][1] - slices[index][0])
            child.join()
    finally:
        for child, receiver in children:
            if child.is_alive():  # this process failed or was interrupted: the workers' rows are not wanted
                child.terminate()
                child.join()
            receiver.close()
        _FORKED_ARTICLES.clear()
    yield from (table for table in tables if table is not None)


def _slice_rows(articles: pd.DataFrame, first: int, stop: int, dictionary, lexicon) -> list[tuple]:
    """The pair rows of rows ``first:stop`` of the article table, as the parent and its workers score them."""
    return articles_rows(list(_records(articles.iloc[first:stop])), dictionary, lexicon)


def _taking(taken, count: int) -> Iterator[int]:
    """The numbers of the slices this process takes, each handed out once among all the processes."""
    while True:
        with taken.get_lock():
            index = taken.value
            if index >= count:
                return
            taken.value = index + 1
        yield index


def _slice_worker(sender, taken, slices: list[tuple[int, int]], actor_files: tuple[str, ...]) -> None:
    """A forked worker of _frame_tables: scores the slices it takes, then sends (number, Arrow buffer) of
    each, then None; or ("error", traceback) when scoring failed."""
    try:
        _init_worker(actor_files)
        articles = _FORKED_ARTICLES[0]
        done = []
        for index in _taking(taken, len(slices)):
            first, stop = slices[index]
            done.append((index, _arrow_bytes(_slice_rows(articles, first, stop, _WORKER["dictionary"],
                                                         _WORKER["lexicon"]))))
        for item in done:
            sender.send(item)
        sender.send(None)
    except BaseException:  # noqa: BLE001 - the parent raises it
        import traceback

        sender.send(("error", traceback.format_exc()))
    finally:
        sender.close()


def _worker_results(receiver) -> Iterator[tuple[int, bytes]]:
    while True:
        try:
            item = receiver.recv()
        except EOFError:
            raise RuntimeError("a scoring worker ended without sending its rows (killed?)") from None
        if item is None:
            return
        if item[0] == "error":
            raise RuntimeError(f"a scoring worker failed:\n{item[1]}")
        yield item


def _slices(lengths: Sequence[int], chars: int, *, processes: int = 1) -> list[tuple[int, int]]:
    """Row ranges of consecutive texts of at least ``chars`` characters each (the last may be less), as _chunks cuts.

    With ``processes`` > 1 taking them in turn, the slices shrink once less than two each of
    ``chars`` remain, to a share of what remains (at least ``chars / TAIL_SHARE``): the last
    slice to finish is small, and no process waits long for another."""
    remaining = sum(lengths) if processes > 1 else 0
    floor = max(1, chars // TAIL_SHARE)
    out: list[tuple[int, int]] = []
    first = size = 0
    target = chars
    for i, length in enumerate(lengths):
        if not size and processes > 1:
            target = min(chars, max(floor, remaining // (2 * processes)))
        size += length
        if size >= target:
            out.append((first, i + 1))
            first = i + 1
            remaining -= size
            size = 0
    if first < len(lengths):
        out.append((first, len(lengths)))
    return out


def run(source: str | Path | Iterable[str | Path] | pd.DataFrame, *, actors: Sequence[str | Path] = (),
        workers: int = 1, progress: Callable[[int], None] | None = None) -> Analysis:
    """Load ``source`` (paths or a DataFrame of articles) and score it; keeps the load report."""
    loaded = articles_from_frame(source) if isinstance(source, pd.DataFrame) else load_articles(source)
    pairs = score_articles(loaded.articles, actors=actors, workers=workers, progress=progress)
    return Analysis(loaded.articles, pairs, loaded.report,
                    load_dictionary(tuple(str(p) for p in actors)).version, scorer_version())


def union(first: Analysis, second: Analysis) -> Analysis:
    """``first`` plus the articles of ``second`` it does not hold (same content id = same article)."""
    fresh = set(second.articles["article_id"]) - set(first.articles["article_id"])
    articles = pd.concat([first.articles, second.articles[second.articles["article_id"].isin(fresh)]],
                         ignore_index=True)
    pairs = pd.concat([first.pairs, second.pairs[second.pairs["article_id"].isin(fresh)]], ignore_index=True)
    return Analysis(articles, pairs, second.report, second.dictionary_version, second.scorer_version)


def analyze(source: str | Path | Iterable[str | Path] | pd.DataFrame, *, actors: Sequence[str | Path] = (),
            workers: int = 1) -> pd.DataFrame:
    """The pair table of ``source``: paths (files, folders) or a DataFrame of articles."""
    return run(source, actors=actors, workers=workers).pairs
