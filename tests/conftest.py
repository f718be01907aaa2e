"""Shared fixtures: a real SQLite file per test, migrated like the application does."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log of unexpected errors (and any default base) goes to a throwaway folder, not the home.
os.environ.setdefault("GCSMS_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="gcsms-tests-"))

from gcsms_desktop.services.context import Services, open_services  # noqa: E402

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gcsms.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = open_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def example_text() -> Callable[[str], str]:
    def read(name: str) -> str:
        return (EXAMPLES / f"{name}.json").read_text(encoding="utf-8")
    return read
