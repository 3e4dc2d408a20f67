"""Imported once by the forkserver that starts scoring workers (see pipeline._context).

Importing this loads what every worker needs (the built-in actor dictionary, the cue lexicon,
the learned word weights, VADER's lexicon) into the server, which then forks each worker with
them in memory: a worker starts in milliseconds instead of importing and parsing them again.
"""

from __future__ import annotations

import gc

from analysis.actors import load_dictionary
from analysis.sentiment import sentiment
from analysis.tension import default_lexicon
from analysis.word_model import default_model

load_dictionary()
default_lexicon()
default_model()
sentiment("warm")
gc.freeze()  # the forked workers share these pages; their collections need not walk them
