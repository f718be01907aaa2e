"""Where things live: bundled resources and the user's data folder (platformdirs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "gcsms-desktop"
DATA_DIR_VARIABLE = "GCSMS_DESKTOP_DATA_DIR"  # tests and portable installs choose the data folder
LOG_NAME = "gcsms-desktop.log"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """``~/.local/share/gcsms-desktop`` on Linux, the equivalent elsewhere, or $GCSMS_DESKTOP_DATA_DIR."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """``gcsms.sqlite`` in the data folder."""
    return data_dir() / "gcsms.sqlite"


def backups_dir() -> Path:
    """The automatic backups: ``sauvegardes/`` in the data folder."""
    return data_dir() / "sauvegardes"


def log_path() -> Path:
    """The log of unexpected errors, beside the default database (rotated, see ``error_log``)."""
    return data_dir() / LOG_NAME
