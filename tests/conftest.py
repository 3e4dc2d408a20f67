"""Shared fixtures: the seed, its analysis (computed once), and a folder writer for inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a07f1ce101bb271a.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_analysis():
    from analysis import run

    return run(SEED)


@pytest.fixture(scope="session")
def seed_pairs(seed_analysis):
    return seed_analysis.pairs


@pytest.fixture
def write(tmp_path: Path):
    """write("name.ext", content) → path; bytes are written as they are."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
