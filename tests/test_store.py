"""The embedded store: incremental ingest, version-driven re-scoring, crash safety, export."""

import signal
import subprocess
import sys

import pandas as pd
import pytest

from analysis import analyze
from analysis.store import Store, StoreError
from tests.conftest import ROOT
from tests.test_cli import cli


def sorted_table(t):
    return t.sort_values(["article_id", "sentence_id", "pair"]).reset_index(drop=True)


def test_stored_pair_table_equals_analyze(tmp_path, corpus_dir):
    with Store(tmp_path / "s.duckdb") as store:
        result = store.ingest([corpus_dir])
        assert result.articles_new == 6 and result.articles_scored == 6
        pd.testing.assert_frame_equal(sorted_table(store.pair_table()), sorted_table(analyze(corpus_dir)))


def test_reingesting_an_unchanged_corpus_reads_and_scores_nothing(tmp_path, corpus_dir):
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([corpus_dir])
        again = store.ingest([corpus_dir])
        assert again.files_unchanged == 6 and again.report.files_read == 0
        assert (again.articles_new, again.articles_scored, again.sentences_scored) == (0, 0, 0)


def test_a_new_file_is_the_only_work(tmp_path, corpus_dir):
    folder = tmp_path / "news"
    folder.mkdir()
    for f in corpus_dir.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([folder])
        (folder / "new.txt").write_text(" date 2025-04-01 India warned Pakistan.\nSource: Wire C")
        again = store.ingest([folder])
        assert (again.files_unchanged, again.report.files_read, again.articles_new, again.articles_scored) == (6, 1, 1, 1)
        assert "IND-PAK" in set(store.pair_table()["pair"])


def test_a_store_from_before_per_pair_tension_is_relinked_without_rescoring(tmp_path, corpus_dir):
    import duckdb

    from analysis.actors import load_dictionary

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    # What an older store looked like: no pair columns, articles stamped with the dictionary alone.
    con = duckdb.connect(str(path))
    for column in ("conflict", "cooperation", "cues"):
        con.execute(f"ALTER TABLE pairs DROP COLUMN {column}")
    con.execute("UPDATE articles SET dictionary_version = ?", [load_dictionary().version])
    con.close()
    with Store(path) as store:
        assert store.pending() == 6
        again = store.ingest([corpus_dir])
        assert again.articles_scored == 6 and again.sentences_scored == 0 and again.sentences_reused > 0
        pd.testing.assert_frame_equal(sorted_table(store.pair_table()), sorted_table(analyze(corpus_dir)))


def test_a_new_dictionary_reuses_every_unchanged_sentence_score(tmp_path, corpus_dir):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2025-01-01 Freedonia condemned Japan. China and Japan held talks.")
    extra = tmp_path / "mine.csv"
    extra.write_text("term,code,kind\nFreedonia,FRD,state\n")
    with Store(tmp_path / "s.duckdb") as store:
        first = store.ingest([folder])
        assert first.sentences_scored == 1  # only the China-Japan sentence holds a pair
        second = store.ingest([folder], actors=[extra])
        assert second.articles_scored == 1
        assert (second.sentences_reused, second.sentences_scored) == (1, 1)  # Freedonia's sentence is new work
        assert set(store.pair_table()["pair"]) == {"CHN-JPN", "FRD-JPN"}


def test_a_new_scorer_rescores_everything_it_produced(tmp_path, corpus_dir, monkeypatch):
    import analysis.store as store_module

    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([corpus_dir])
        monkeypatch.setattr(store_module, "scorer_version", lambda: "a-new-scorer")
        # a new scorer comes with changed data files or modules: a new fingerprint
        monkeypatch.setattr(store_module, "versions_fingerprint", lambda actors=(): "changed-files")
        again = store.ingest([corpus_dir])
        assert again.articles_scored == 6 and again.sentences_reused == 0 and again.sentences_scored > 0
        assert store.con.execute("SELECT DISTINCT scorer_version FROM pairs").fetchall() == [("a-new-scorer",)]


def test_an_unchanged_re_ingest_reads_no_dictionary_or_lexicon(tmp_path, corpus_dir, monkeypatch):
    import analysis.store as store_module

    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([corpus_dir])

        def loaded(*args, **kwargs):
            raise AssertionError("parsed the versions' data files for an unchanged corpus")

        for name in ("load_dictionary", "scorer_version", "default_lexicon"):
            monkeypatch.setattr(store_module, name, loaded)
        again = store.ingest([corpus_dir])
        assert again.files_unchanged == 6 and again.articles_scored == 0


def test_the_versions_fingerprint_follows_the_files_that_make_the_versions(tmp_path):
    from analysis.store import versions_fingerprint

    extra = tmp_path / "mine.csv"
    extra.write_text("term,code,kind\nFreedonia,FRD,state\n")
    before = versions_fingerprint([extra])
    assert versions_fingerprint([extra]) == before and versions_fingerprint() != before
    extra.write_text("term,code,kind\nFreedonia,FRD,state\nSylvania,SYL,state\n")
    assert versions_fingerprint([extra]) != before


def test_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(blocker / "s.duckdb")


def test_ingest_and_export_from_the_command_line(tmp_path, corpus_dir):
    db, out = tmp_path / "s.duckdb", tmp_path / "pairs.csv"
    first = cli("ingest", str(corpus_dir), "--db", str(db))
    assert first.returncode == 0 and "6 new articles" in first.stderr
    second = cli("ingest", str(corpus_dir), "--db", str(db))
    assert "6 files unchanged" in second.stderr and "0 articles scored" in second.stderr
    assert cli("export", "--db", str(db), "-o", str(out)).returncode == 0
    assert set(pd.read_csv(out)["pair"]) == set(analyze(corpus_dir)["pair"])
    assert cli("export", "--db", str(tmp_path / "none.duckdb"), "-o", str(out)).returncode == 1
    wrong = cli("export", "--db", str(db), "-o", str(tmp_path / "pairs.xlsx"))  # a usage error, as in `run`
    assert wrong.returncode == 2 and "pairs.xlsx: output must end with" in wrong.stderr


def test_an_ingest_killed_midway_leaves_the_store_consistent_and_the_next_run_finishes(tmp_path):
    from benchmarks.synthetic import generate

    corpus = tmp_path / "corpus.jsonl"
    generate(3000).to_json(corpus, orient="records", lines=True)
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "ingest", str(corpus), "--db", str(db)], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if line.startswith("progress:") and int(line.split()[1]) >= 600:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        stamped = store.con.execute("SELECT count(*) FROM articles WHERE scorer_version IS NOT NULL").fetchall()[0][0]
        assert 600 <= stamped < 3000  # earlier batches complete, the rest still to do
        orphans = store.con.execute("""SELECT count(*) FROM pairs p JOIN articles a USING (article_id)
                                        WHERE a.scorer_version IS NULL""").fetchall()[0][0]
        assert orphans == 0  # no half-written article
        again = store.ingest([corpus])
        assert again.articles_scored == 3000 - stamped and store.pending() == 0
        stored = sorted_table(store.pair_table())
    expected = sorted_table(analyze(corpus))
    pd.testing.assert_frame_equal(stored, expected)


def test_a_read_only_data_directory_is_a_clear_error(tmp_path, monkeypatch):
    import duckdb

    def refuse(*args, **kwargs):
        raise duckdb.IOException('IO Error: Cannot open file "s.duckdb": Read-only file system')

    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(StoreError, match=r"s\.duckdb: cannot open the store .*Read-only file system"):
        Store(tmp_path / "s.duckdb")


class _DiskFullAfter:
    """The store's connection, failing like a full disk once ``budget`` inserts have gone through."""

    def __init__(self, con, budget: int):
        self._con, self._budget = con, budget

    def execute(self, sql, *args):
        if sql.lstrip().startswith("INSERT INTO pairs"):
            if self._budget <= 0:
                import duckdb

                raise duckdb.IOException("IO Error: No space left on device")
            self._budget -= 1
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_a_full_disk_stops_with_a_clear_error_and_loses_nothing(tmp_path):
    from benchmarks.synthetic import generate

    corpus = tmp_path / "c.jsonl"
    generate(500).to_json(corpus, orient="records", lines=True)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        real = store.con
        store.con = _DiskFullAfter(real, budget=1)
        with pytest.raises(StoreError, match=r"s\.duckdb: cannot write .*No space left on device"):
            store.ingest([corpus])
        store.con = real
        done = store.con.execute("SELECT count(*) FROM articles WHERE scorer_version IS NOT NULL").fetchall()[0][0]
        assert done == 200  # the first batch; the failed one rolled back whole
        finished = store.ingest([corpus])
        assert finished.articles_scored == 300 and store.pending() == 0


def test_the_dashboard_names_the_upgrade_for_a_store_from_before_per_pair_tension(tmp_path, corpus_dir):
    import shutil

    import duckdb

    from analysis.snapshot import snapshot_dir
    from dashboard.sources import OutdatedStoreError, load_store

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([corpus_dir])
    load_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE pairs DROP COLUMN cues")
    con.close()
    shutil.rmtree(snapshot_dir(path))  # such a store was written before there were snapshots
    with pytest.raises(OutdatedStoreError, match="ingest"):
        load_store(path)


def test_a_bad_actor_file_is_still_a_usage_error_for_ingest(tmp_path, corpus_dir, capsys):
    from analysis.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("people: [{name: X}]")
    assert main(["ingest", str(corpus_dir), "--db", str(tmp_path / "s.duckdb"), "--actors", str(bad), "--quiet"]) == 2
    assert "bad.yaml" in capsys.readouterr().err


def test_the_ingest_summary_counts_in_the_singular_and_with_separators():
    from analysis.loading import LoadReport
    from analysis.store import IngestResult

    one = IngestResult("run", LoadReport(files_read=1, articles=1), files_unchanged=1, articles_new=1,
                       articles_scored=1, sentences_scored=1, pair_rows=1).summary()
    assert "1 file unchanged; 1 new article; 1 article scored (1 sentence scored" in one and "1 pair row written" in one
    many = IngestResult("run", LoadReport(files_read=40, articles=20_000), files_unchanged=40, pair_rows=12_345).summary()
    assert "40 files unchanged" in many and "12,345 pair rows written" in many


@pytest.mark.parametrize("name", ["seed.csv", "seed.parquet", "seed.jsonl", "notes.txt"])
def test_a_table_or_other_file_given_as_the_store_is_refused_and_left_alone(tmp_path, name):
    """DuckDB opens an existing CSV, Parquet or JSON file as an empty in-memory database: `ingest seeds --db
    seed.csv` said "47 pair rows written" and kept none (cliaudit26)."""
    from analysis.store import Store, StoreError

    table = tmp_path / name
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("ingest", str(ROOT / "seeds"), "--db", str(table))
    assert result.returncode == 3 and f"{table}: " in result.stderr, result.stderr
    assert table.read_text(encoding="utf-8") == "a,b\n1,2\n" and not (tmp_path / f"{table.stem}.snapshot").exists()
    with pytest.raises(StoreError):
        Store(table, read_only=True)


def test_a_store_in_a_missing_folder_is_refused_and_no_folder_made(tmp_path):
    db = tmp_path / "nonexist" / "t.duckdb"
    for command in (["ingest", str(ROOT / "seeds")], ["watch", "--feed", "https://example.org/rss", "--rounds", "1"]):
        result = cli(*command, "--db", str(db))
        assert result.returncode == 2 and f"no folder {db.parent}" in result.stderr, result.stderr
        assert not db.parent.exists()


def test_exporting_a_store_an_older_release_made_says_how_to_upgrade_it(tmp_path):
    """A store made before per-pair tension lacks the pairs' conflict column: export printed DuckDB's binder
    error as a traceback and exited 1, the code for "no store there" (cliaudit26)."""
    import duckdb

    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:  # the pairs table as the first stores had it
        con.execute("CREATE TABLE pairs (article_id VARCHAR, sentence_id INTEGER, pair VARCHAR)")
    result = cli("export", "--db", str(db), "-o", str(tmp_path / "old.parquet"))
    assert result.returncode == 3 and "Traceback" not in result.stderr, result.stderr
    assert "ingest into it once to upgrade it" in result.stderr


def test_a_file_that_lost_input_is_read_again_and_says_so_again(tmp_path):
    """A binary file failed on the first ingest, then passed as "1 file unchanged" with no word (cliaudit26)."""
    binary, good = tmp_path / "binary.txt", tmp_path / "a.txt"
    binary.write_bytes(bytes(range(256)) * 12)
    good.write_text("date: 2025-01-02\n\nChina condemned Japan.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    for _ in range(2):
        result = cli("ingest", str(binary), str(good), "--db", str(db))
        assert f"{binary}: binary file" in result.stderr, result.stderr
    assert "1 file unchanged" in result.stderr  # the good one is not read again


def test_a_changed_file_read_again_tells_new_articles_from_stored_ones_and_duplicates(tmp_path):
    """A touched or grown file read again counted its articles already stored as "duplicates merged": a file of
    2 stored articles, 1 new and its repeat said "3 articles from 1 file; 3 duplicates merged; 1 new article"."""
    news = tmp_path / "news.jsonl"
    news.write_text('{"date": "2025-01-02", "text": "China condemned Japan."}\n'
                    '{"date": "2025-01-03", "text": "Russia attacked Ukraine."}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert cli("ingest", str(news), "--db", str(db)).returncode == 0
    with news.open("a", encoding="utf-8") as grown:
        grown.write('{"date": "2025-01-04", "text": "India warned Pakistan."}\n' * 2)
    result = cli("ingest", str(news), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert ("3 articles from 1 file; 1 duplicate merged; 0 files unchanged; 1 new article; 2 already stored; "
            in result.stderr), result.stderr
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(news.read_bytes())
    with Store(db) as store:
        again = store.ingest([news, copy])
    # news.jsonl is unchanged; its copy repeats the 3 stored articles, and India's line twice
    assert (again.files_unchanged, again.articles_new, again.articles_already_stored, again.report.duplicates) == (
        1, 0, 3, 1)
