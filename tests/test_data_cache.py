"""The derived copies of the data files: the same values as the sources give, never stale, safe to lose."""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
import time
from pathlib import Path

import pytest
import yaml

from analysis import data_cache
from analysis.actors import ActorDictionary, find_actors
from analysis.data_cache import cached, collector_paused, source_digest, yaml_document
from analysis.petrarch_verbs import NEUTRAL, CameoTerm, write_terms
from analysis.tension import CueLexicon, lexicon_cues


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(data_cache.ENV, str(folder))
    return folder


DOCUMENT = """
states:
  XYZ: {name: Freedonia, from: 1933-01-01, names: [Freedonia, {name: Old Freedonia, until: 1940-05-01}]}
people:
  - {name: Rufus Firefly, roles: [[XYZ, president, 1933-01-01, null]], weight: 1.5, 3: [yes, no, ~]}
2020-02-03: a date as a key
"""


def test_a_yaml_document_is_the_same_from_the_cache(cache):
    parsed = yaml.safe_load(DOCUMENT)
    first = yaml_document(DOCUMENT, "mine.yaml")
    assert list(cache.glob("yaml-mine.yaml-*.marshal"))
    again = yaml_document(DOCUMENT, "mine.yaml")
    assert first == again == parsed
    assert type(again["people"][0]["roles"][0][2]) is dt.date and dt.date(2020, 2, 3) in again
    assert list(again) == list(parsed)  # the mapping's order too


def test_a_document_the_cache_cannot_hold_is_parsed_each_time(cache):
    text = "at: 2001-12-14t21:59:43.10-05:00\nordered: !!omap [{a: 1}, {b: 2}]\n"
    assert yaml_document(text, "odd.yaml") == yaml.safe_load(text)
    assert not list(cache.glob("*.marshal"))


def test_a_parse_error_is_yaml_s_own(cache):
    with pytest.raises(yaml.YAMLError):
        yaml_document("states: [unclosed\n", "bad.yaml")


def _actor_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(f"states:\n  XYZ: {{name: {name}, names: [{name}]}}\n", encoding="utf-8")
    return path


def test_an_edited_actor_file_is_read_again(cache, tmp_path):
    path = _actor_file(tmp_path, "Freedonia")
    first = ActorDictionary.load([path])
    assert [m.code for m in find_actors("Freedonia and Sylvania met.", dictionary=first)] == ["XYZ"]
    assert ActorDictionary.load([path]).terms == first.terms  # the second load read the cached copy
    path = _actor_file(tmp_path, "Sylvania")
    edited = ActorDictionary.load([path])
    assert [m.text for m in find_actors("Freedonia and Sylvania met.", dictionary=edited)] == ["Sylvania"]
    assert edited.version != first.version


def test_the_built_in_dictionary_is_the_same_with_and_without_the_cache(cache, monkeypatch):
    cold = ActorDictionary.load()  # writes the cache
    warm = ActorDictionary.load()  # reads it
    monkeypatch.setenv(data_cache.ENV, "off")
    plain = ActorDictionary.load()
    assert not list(Path(cache).glob("*.tmp"))
    for built in (cold, warm):
        assert list(built.terms.items()) == list(plain.terms.items())
        assert built.persons == plain.persons and built.names == plain.names and built.states == plain.states
        assert built.version == plain.version
        assert [(k, v.pattern) for k, v in built.not_with.items()] == [(k, v.pattern) for k, v in plain.not_with.items()]


def _lexicon(folder: Path, rows: list[tuple[str, str, float, str, float]], hand: str = "seiz*") -> CueLexicon:
    (folder / "cues.yaml").write_text(
        "version: 1\ncategories:\n"
        f"  coercion: {{side: conflict, weight: 0.6, terms: [{hand}]}}\n"
        "  agreement: {side: cooperation, weight: 0.5, terms: [agree*]}\n", encoding="utf-8")
    write_terms([CameoTerm(*r) for r in rows], folder / "cues_cameo.tsv", ["test"])
    return CueLexicon(folder / "cues.yaml", folder / "cues_cameo.tsv")


ROWS = [("seized", "1711", -9.2, "coercion", 0.92), ("shelled", "194", -10.0, "coercion", 1.0),
        ("expel ambassador", "166", -7.0, "coercion", 0.7), ("said", "010", 0.0, NEUTRAL, 0.0)]


def test_edited_lexicon_files_are_read_again(cache, tmp_path):
    first = _lexicon(tmp_path, ROWS)
    assert list(cache.glob("cameo-terms-*.marshal"))
    assert [c.weight for c in lexicon_cues("Troops shelled the town.", first)] == [1.0]
    assert [c.weight for c in lexicon_cues("Troops shelled the town.", _lexicon(tmp_path, ROWS))] == [1.0]
    # The generated file edited: its new weight counts.
    edited = _lexicon(tmp_path, [("shelled", "194", -10.0, "coercion", 0.5), *ROWS[2:]])
    assert [c.weight for c in lexicon_cues("Troops shelled the town.", edited)] == [0.5]
    # cues.yaml edited: a hand term now covers the generated one, which is left out.
    hand = _lexicon(tmp_path, ROWS, hand="shell*")
    assert [c.weight for c in lexicon_cues("Troops shelled the town.", hand)] == [0.6]
    assert [c.term for c in lexicon_cues("Iran seized a tanker.", hand)] == ["seized"]


def test_the_built_in_lexicon_is_the_same_with_and_without_the_cache(cache, monkeypatch):
    cold, warm = CueLexicon(), CueLexicon()
    monkeypatch.setenv(data_cache.ENV, "off")
    plain = CueLexicon()
    for built in (cold, warm):
        assert built.version == plain.version and built.neutral_terms == plain.neutral_terms
        assert built.cues._term_words == plain.cues._term_words
        assert list(built.cues._exact.items()) == list(plain.cues._exact.items())
        assert list(built.cues._prefix.items()) == list(plain.cues._prefix.items())
        assert built.phrases.heads == plain.phrases.heads
        assert built.modifiers._term_words == plain.modifiers._term_words


def test_a_damaged_entry_is_rebuilt(cache):
    digest = source_digest(b"source")
    assert cached("thing", digest, lambda: {"a": [1, 2.5, "x"]}) == {"a": [1, 2.5, "x"]}
    (entry,) = cache.glob("thing-*.marshal")
    entry.write_bytes(entry.read_bytes()[:-3])  # cut short
    assert cached("thing", digest, lambda: "rebuilt") == "rebuilt"
    assert cached("thing", digest, lambda: "not called") == "rebuilt"  # and written again


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(data_cache.ENV, str(blocker / "cache"))
    assert cached("thing", source_digest(b"x"), lambda: [1]) == [1]
    monkeypatch.setenv(data_cache.ENV, "off")
    assert data_cache.cache_dir() is None
    assert cached("thing", source_digest(b"x"), lambda: [2]) == [2]


def test_processes_writing_one_entry_at_once_leave_a_whole_file(cache):
    value = {"terms": [f"term {i}" for i in range(50_000)]}
    digest = source_digest(b"shared")
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(cached("race", digest, lambda: value))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [value] * 6
    assert [p.name for p in cache.iterdir()] == [f"race-{digest}.marshal"]  # no temporary file left behind
    assert cached("race", digest, lambda: None) == value


def test_old_entries_of_a_kind_are_pruned(cache):
    for i in range(data_cache._KEEP + 3):
        cached("thing", source_digest(str(i).encode()), lambda i=i: i)
    assert len(list(cache.glob("thing-*.marshal"))) == data_cache._KEEP


def test_the_collector_is_restored_as_it_was():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_temporary_file_left_by_a_killed_writer_is_removed_later(cache):
    cache.mkdir()
    left = cache / ".thing-abc.tmp"
    left.write_bytes(b"half")
    recent = cache / ".thing-def.tmp"
    recent.write_bytes(b"being written")
    os.utime(left, (time.time() - 7200, time.time() - 7200))
    cached("thing", source_digest(b"y"), lambda: 1)
    assert not left.exists() and recent.exists()


def test_the_folder_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv(data_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert data_cache.cache_dir() == tmp_path / "tension-tracker"
    monkeypatch.setenv(data_cache.ENV, str(tmp_path / "elsewhere"))
    assert data_cache.cache_dir() == tmp_path / "elsewhere"
