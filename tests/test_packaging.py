"""`pip install .` gives the library with its data files and the `tension-tracker` command.

The wheel is built from a copy of what packaging reads (pyproject.toml, requirements.txt, README.md,
analysis/), so the build leaves nothing in the repository; it is installed without dependencies
into a folder of its own and used from another folder, as another project would use it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT, SEED


def requirements(path: Path) -> list[Requirement]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [Requirement(line) for line in lines if line and not line.startswith("-")]


def metadata_requirements(metadata: str) -> list[Requirement]:
    return [Requirement(line.split(":", 1)[1]) for line in metadata.splitlines() if line.startswith("Requires-Dist:")]


def key(req: Requirement) -> tuple:
    """What a requirement means, whatever the spelling (older setuptools write lxml-html-clean for lxml_html_clean)."""
    return canonicalize_name(req.name), frozenset(req.extras), frozenset(map(str, req.specifier)), str(req.marker)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "requirements.txt", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "analysis", source / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: setuptools comes from requirements-dev.txt, so the build needs no download.
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                    "-w", str(out), "-q"], check=True, capture_output=True)
    (built,) = out.glob("tension_tracker-*.whl")
    return built


def test_the_wheel_holds_every_data_file_and_the_command(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "analysis" / "data").rglob("*") if p.is_file()}
    assert data and data <= names
    assert not {n for n in names if n.split("/")[0] not in ("analysis",) and ".dist-info/" not in n}
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "tension-tracker = analysis.cli:main" in entry_points


def test_the_wheel_depends_on_exactly_requirements_txt(wheel):
    metadata = zipfile.ZipFile(wheel).read(next(n for n in zipfile.ZipFile(wheel).namelist()
                                                if n.endswith(".dist-info/METADATA"))).decode()
    assert {key(r) for r in metadata_requirements(metadata)} == {key(r) for r in requirements(ROOT / "requirements.txt")}


def test_the_installed_command_runs_on_the_installed_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(target),
                    str(wheel), "-q"], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    # The console script pip wrote, run by this interpreter (its #! line names it too).
    command = [sys.executable, str(target / "bin" / "tension-tracker")]
    done = subprocess.run([*command, "run", str(SEED), "-o", "pairs.csv", "--quiet"], cwd=elsewhere, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "pairs.csv").read_text(encoding="utf-8").count("JPN-USA") > 0
    where = subprocess.run([sys.executable, "-c", "import analysis; print(analysis.__file__)"], cwd=elsewhere,
                           env=env, capture_output=True, text=True, check=True).stdout
    assert Path(where.strip()).is_relative_to(target)
    missing = subprocess.run([*command, "run", str(tmp_path / "no-such-folder"), "-o", "out.csv", "--quiet"],
                             cwd=elsewhere, env=env, capture_output=True, text=True)
    assert missing.returncode == 1  # main's return value is the process's exit code


def test_dev_requirements_and_the_lowest_constraints_agree():
    """Every lower bound of the requirements files has its pin in constraints-lowest.txt, and no more."""
    pins = {canonicalize_name(r.name): r for r in requirements(ROOT / "constraints-lowest.txt")}
    bounded = requirements(ROOT / "requirements.txt") + requirements(ROOT / "requirements-dev.txt")
    for req in bounded:
        lower = [Version(s.version) for s in req.specifier if s.operator in (">=", "==")]
        pin = pins.get(canonicalize_name(req.name))
        assert pin is not None, f"constraints-lowest.txt: no pin for {req.name}"
        assert [Version(s.version) for s in pin.specifier] == lower, f"constraints-lowest.txt: {pin} is not {req}'s lower bound"
    assert set(pins) == {canonicalize_name(r.name) for r in bounded}

