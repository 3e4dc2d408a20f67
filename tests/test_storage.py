import pandas as pd
import pytest

from analysis import PAIR_COLUMNS, read_table, write_table
from analysis.storage import StorageError


@pytest.mark.parametrize("ext", ["csv", "parquet", "jsonl"])
def test_round_trip_keeps_the_schema(seed_pairs, tmp_path, ext):
    path = write_table(seed_pairs, tmp_path / f"pairs.{ext}")
    back = read_table(path, PAIR_COLUMNS)
    pd.testing.assert_frame_equal(back, seed_pairs, check_exact=False)


def test_unknown_extension_is_refused(seed_pairs, tmp_path):
    with pytest.raises(StorageError, match=r"pairs\.xlsx"):
        write_table(seed_pairs, tmp_path / "pairs.xlsx")


def test_unwritable_place_names_the_file(seed_pairs, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot write"):
        write_table(seed_pairs, blocker / "pairs.csv")
