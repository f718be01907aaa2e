"""Shared fixtures: a real SQLite file per test, migrated like the application does."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log of unexpected errors (and any default base) goes to a throwaway folder, not the home.
os.environ.setdefault("GCSMS_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="gcsms-tests-"))
# The suite's today (services.clock): late enough for every act its tests record (PVs signed and avenants
# published in 2026–2029), and the same whatever the real date. Tests of the rule set their own today.
SUITE_TODAY = "2030-06-30"
os.environ["GCSMS_DESKTOP_TODAY"] = SUITE_TODAY  # also for the bases built once per session or module

from gcsms_desktop.services.context import Services, open_services  # noqa: E402
from tests.prepared import (  # noqa: E402
    build_empty, build_signed_tilleuls, build_tilleuls_by_the_command_line, build_vitre_with_history, copy_of,
    own_data_folder, shared_base,
)

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "gcsms_desktop" / "resources"  # package data (paths.resources_dir())
EXAMPLES = RESOURCES / "examples"


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (automatic backups) of each test is its own, never the real one."""
    folder = tmp_path / "donnees"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("GCSMS_DESKTOP_DATA_DIR", str(folder / "gcsms-desktop"))
    return folder / "gcsms-desktop"


@pytest.fixture(autouse=True)
def suite_today(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test starts at the suite's today (inherited by the subprocesses it starts); one that sets
    its own with ``monkeypatch.setenv("GCSMS_DESKTOP_TODAY", …)`` gets it back for the next test."""
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", SUITE_TODAY)
    return SUITE_TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gcsms.sqlite"


@pytest.fixture(scope="session")
def empty_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new base, migrated as the application creates one, made once per run: ``services`` copies it."""
    folder = tmp_path_factory.mktemp("empty")
    with own_data_folder(folder):
        build_empty(folder / "gcsms.sqlite")
    return folder / "gcsms.sqlite"


@pytest.fixture
def services(db_path: Path, empty_base: Path) -> Iterator[Services]:
    """The use cases on the test's base: a new one of its own (a copy of ``empty_base``: migrating costs
    more), unless the module's ``db_path`` already holds a file (an older release's base, for instance)."""
    if not db_path.exists():
        shutil.copy(empty_base, db_path)
    opened = open_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def example_text() -> Callable[[str], str]:
    def read(name: str) -> str:
        return (EXAMPLES / f"{name}.json").read_text(encoding="utf-8")
    return read


# Prepared bases, built once per test module (tests.prepared): read them, or ask for a copy to write.
signed_tilleuls_base = shared_base("signed_tilleuls_base", build_signed_tilleuls, "signed-tilleuls.sqlite")
vitre_history_base = shared_base("vitre_history_base", build_vitre_with_history, "vitre.sqlite")
tilleuls_base = shared_base("tilleuls_base", build_tilleuls_by_the_command_line, "base.sqlite")


@pytest.fixture
def tilleuls(tilleuls_base: Path, db_path: Path) -> Iterator[Services]:
    """The use cases on a base of the test's own holding the Tilleuls (a copy of the module's base)."""
    shutil.copy(tilleuls_base, db_path)
    opened = open_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def signed_tilleuls_copy(signed_tilleuls_base: Path, tmp_path: Path) -> Path:
    """A copy of the signed Tilleuls base of its own, for a test that writes to it."""
    return copy_of(signed_tilleuls_base, tmp_path)
