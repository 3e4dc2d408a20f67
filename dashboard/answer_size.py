"""An estimate of the memory a kept answer holds, so dashboard.answers can bound its answers by bytes.

At ten million pair rows one view by day holds a few hundred thousand aggregated rows and its
timeline figure tens of thousands of points, while a view of three pairs by month holds a few
hundred: a bound by count alone keeps either forty-eight small answers or forty-eight large ones.
The estimate need not be exact, only proportional and cheap beside the answer's own cost: frames
and arrays are measured by their buffers (pandas' ``memory_usage``, numpy's ``nbytes``), containers
are walked, a Plotly figure by the dicts it is made of.  An object met twice (a frame two answers
share, a figure's repeated column) is counted once per estimate.
"""

from __future__ import annotations

import dataclasses
import sys

import numpy as np
import pandas as pd

_SAMPLE = 2000  # elements of an object array measured; the rest are taken to be alike
_MAX_DEPTH = 12  # figures nest a few levels; deeper structures are counted by their own size only


def estimated_bytes(answer: object) -> int:
    """About how many bytes ``answer`` keeps alive."""
    return _size(answer, set(), 0)


def _size(obj: object, seen: set[int], depth: int) -> int:
    if obj is None or isinstance(obj, (bool, int, float)):
        return 0  # small scalars are shared or cost less than the structures holding them
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, (str, bytes, bytearray)):
        return sys.getsizeof(obj)
    if isinstance(obj, pd.DataFrame):
        return int(obj.memory_usage(index=True, deep=True).sum())
    if isinstance(obj, (pd.Series, pd.Index)):
        return int(obj.memory_usage(deep=True))
    if isinstance(obj, np.ndarray):
        return int(obj.nbytes) + (_objects_size(obj, seen, depth) if obj.dtype == object else 0)
    if depth >= _MAX_DEPTH:
        return sys.getsizeof(obj)
    if isinstance(obj, dict):
        return sys.getsizeof(obj) + sum(_size(k, seen, depth + 1) + _size(v, seen, depth + 1) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return sys.getsizeof(obj) + sum(_size(x, seen, depth + 1) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return sys.getsizeof(obj) + sum(_size(getattr(obj, f.name), seen, depth + 1) for f in dataclasses.fields(obj))
    figure = _plotly_parts(obj)
    if figure is not None:
        return sys.getsizeof(obj) + _size(figure, seen, depth + 1)
    return sys.getsizeof(obj)


def _objects_size(array: np.ndarray, seen: set[int], depth: int) -> int:
    """An object array's elements, from an even sample of at most _SAMPLE of them scaled up.

    Walking every element of a day timeline's hover data (hundreds of thousands of cells) took
    about a second, in the asking session's thread, before its answer was returned."""
    flat = array.ravel()
    if flat.size <= _SAMPLE:
        return sum(_size(x, seen, depth + 1) for x in flat)
    sample = flat[:: flat.size // _SAMPLE][:_SAMPLE]
    return int(sum(_size(x, seen, depth + 1) for x in sample) * flat.size / len(sample))


def _plotly_parts(obj: object) -> tuple | None:
    """A Plotly figure's traces and layout as the plain dicts it holds them in (no copy), else None."""
    data, layout = getattr(obj, "_data", None), getattr(obj, "_layout", None)
    if isinstance(data, (list, tuple)) and isinstance(layout, dict):
        return (data, layout)
    return None
