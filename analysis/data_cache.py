"""Derived copies of the data files, kept in the user's cache folder so that a process need not
rebuild them from the YAML and TSV sources every time it starts.

Why: every CLI run, dashboard start and spawned worker parsed about 250 kB of actor YAML and
filtered 28,000 generated CAMEO terms against the hand-curated cues before it could read a word;
PyYAML's constructor runs in Python even with libyaml's parser.  The sources stay the only thing
people edit: an entry is found by a digest of the exact bytes it was derived from (and of the
code that derives it), so an edited file is never served a stale copy; it simply misses, is built
from the source, and its new copy is written beside the old.

The copies are ``marshal`` data (plain containers, strings and numbers: loading them runs no
code, unlike pickle), each written to a temporary file and renamed into place, so processes
starting together never read half a file; a file that fails its checksum is rebuilt.  Where the
folder cannot be written the value is built as before and nothing is stored.

``TENSION_TRACKER_CACHE`` names the folder (``off``: no cache); else ``$XDG_CACHE_HOME/tension-tracker``
or ``~/.cache/tension-tracker``.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import yaml

ENV = "TENSION_TRACKER_CACHE"
#: Bumped whenever what a cache file holds changes shape.
FORMAT = b"tension-tracker data cache 1"
_MAGIC = b"TTDC1"
_KEEP = 4  # entries kept per kind (one per recent version of its source)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader when built with it
_P = ParamSpec("_P")
_R = TypeVar("_R")


def cache_dir() -> Path | None:
    """Where the derived copies live (None: caching is off)."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return None if configured.strip().lower() in ("", "off") else Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or ""
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except (RuntimeError, KeyError):  # no home directory to be found
        return None
    return root / "tension-tracker" if root.is_absolute() else None  # never a "~" folder in the working directory


def source_digest(*parts: bytes) -> str:
    """A digest of the bytes a value is derived from, with the cache's format and Python's marshal version."""
    digest = hashlib.sha256(FORMAT + b"\0" + f"{sys.version_info[:2]}/{marshal.version}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()[:32]


def code_of(*modules: str) -> bytes:
    """The source of the named modules, for a key: a change to the code that derives a value is a new key."""
    out = []
    for name in modules:
        module = sys.modules.get(name)
        origin = module.__file__ if module is not None else getattr(importlib.util.find_spec(name), "origin", None)
        out.append(name.encode() + b"\0" + (Path(origin).read_bytes() if origin else b""))
    return b"\0".join(out)


def cached(kind: str, digest: str, build: Callable[[], Any]) -> Any:
    """The value of ``build()`` (marshal-able data), from the cache when an entry of ``kind`` was
    derived from the same bytes (``digest``: source_digest of them), else built and stored."""
    folder = cache_dir()
    path = folder / f"{kind}-{digest}.marshal" if folder is not None else None
    if path is not None:
        found = _read(path)
        if found is not None:
            return found[0]
    value = build()
    if path is not None:
        _write(path, kind, value)
    return value


def _read(path: Path) -> tuple[Any] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, payload = data[:len(_MAGIC) + 32], data[len(_MAGIC) + 32:]
    if head != _MAGIC + hashlib.sha256(payload).digest():
        return None  # cut short or damaged: rebuilt and written again
    try:
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: Path, kind: str, value: Any) -> None:
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not plain data: nothing to keep
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)  # atomic: a reader sees the old state or the whole new file
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path.parent, kind)
    except OSError:  # a read-only or full disk: the value was built, the next process builds it again
        return


def _prune(folder: Path, kind: str) -> None:
    """Drop all but the newest few entries of ``kind`` (copies of sources since edited), and
    temporary files an hour old (left by a process killed while writing)."""
    entries = []
    for entry in folder.glob(f"{kind}-*.marshal"):
        try:
            entries.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    for _mtime, entry in sorted(entries, reverse=True)[_KEEP:]:
        entry.unlink(missing_ok=True)
    for entry in folder.glob(f".{kind}-*.tmp"):
        try:
            if entry.stat().st_mtime < time.time() - 3600:
                entry.unlink(missing_ok=True)
        except OSError:
            continue


# -- YAML documents ------------------------------------------------------------------------------
def yaml_document(text: str, name: str) -> Any:
    """``yaml.safe_load(text)`` (libyaml's loader where built), from the cache when this exact text
    was parsed before; ``name`` (the file's) names its entries.  Parse errors raise as yaml's own."""
    digest = source_digest(text.encode("utf-8", "surrogatepass"), yaml.__version__.encode(), _YAML_LOADER.__name__.encode())
    folder = cache_dir()
    path = folder / f"yaml-{_safe(name)}-{digest}.marshal" if folder is not None else None
    if path is not None:
        found = _read(path)
        if found is not None:
            return _decode(found[0])
    document = yaml.load(text, Loader=_YAML_LOADER)
    if path is not None:
        encoded = _encode(document)
        if encoded is not _UNCACHEABLE:
            _write(path, f"yaml-{_safe(name)}", encoded)
    return document


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name)[:60]


_UNCACHEABLE = object()


def _encode(value: Any) -> Any:
    """A YAML document as marshal data: a date becomes a one-item tuple of its ordinal (the safe
    loader makes no tuples of its own here: a document holding anything else, a timestamp with a
    time or an ordered map, is not cached)."""
    kind = type(value)
    if kind is dict:
        out = {}
        for key, item in value.items():
            key, item = _encode(key), _encode(item)
            if key is _UNCACHEABLE or item is _UNCACHEABLE:
                return _UNCACHEABLE
            out[key] = item
        return out
    if kind is list:
        items = [_encode(item) for item in value]
        return _UNCACHEABLE if any(item is _UNCACHEABLE for item in items) else items
    if kind is dt.date:
        return (value.toordinal(),)
    if value is None or kind in (str, int, float, bool):
        return value
    return _UNCACHEABLE


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        return {_decode(key): _decode(item) for key, item in value.items()}
    if kind is list:
        return [_decode(item) for item in value]
    if kind is tuple:
        return dt.date.fromordinal(value[0])
    return value


# -- building without the collector --------------------------------------------------------------
@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a block that builds many lasting objects.

    Why: building the tables allocates hundreds of thousands of objects that all live on, and
    every few thousand allocations the collector walks them all again looking for garbage there
    is none of (a quarter of the loaders' time).  The previous state is restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_collector(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run with the collector paused (see collector_paused)."""

    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with collector_paused():
            return function(*args, **kwargs)

    return paused
