"""Tension Tracker's analysis library: dated news articles → actor-pair sentiment and tension.

Pure Python with no UI import; the dashboard and the CLI are thin layers over these functions.
"""

from analysis.actors import ActorDictionary, Mention, find_actors, load_dictionary
from analysis.aggregate import aggregate
from analysis.loading import LoadReport, LoadResult, load_articles
from analysis.pipeline import Analysis, analyze, run
from analysis.schema import AGGREGATE_COLUMNS, ARTICLE_COLUMNS, PAIR_COLUMNS
from analysis.scoring import TextScore, score_text
from analysis.storage import read_table, write_table
from analysis.tension import Cue

__all__ = [
    "AGGREGATE_COLUMNS", "ARTICLE_COLUMNS", "PAIR_COLUMNS", "ActorDictionary", "Analysis", "Cue", "LoadReport",
    "LoadResult", "Mention", "TextScore", "aggregate", "analyze", "find_actors", "load_articles", "load_dictionary",
    "read_table", "run", "score_text", "write_table",
]
