"""Where things live: bundled resources and the user's data folder (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "gcsms-desktop"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_database_path() -> Path:
    """``~/.local/share/gcsms-desktop/gcsms.sqlite`` on Linux, the equivalent elsewhere."""
    return user_data_path(APP_NAME, appauthor=False) / "gcsms.sqlite"


def backups_dir() -> Path:
    """The automatic backups: ``sauvegardes/`` in the data folder."""
    return user_data_path(APP_NAME, appauthor=False) / "sauvegardes"
