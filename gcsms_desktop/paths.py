"""Where things live: bundled resources and the user's data folder (platformdirs)."""

from __future__ import annotations

import atexit
import os
import sys
from contextlib import ExitStack
from functools import cache
from pathlib import Path

APP_NAME = "gcsms-desktop"
DATA_DIR_VARIABLE = "GCSMS_DESKTOP_DATA_DIR"  # tests and portable installs choose the data folder
LOG_NAME = "gcsms-desktop.log"


_extracted = ExitStack()  # resources copied out of a zipped install, removed when the process ends
atexit.register(_extracted.close)


@cache
def resources_dir() -> Path:
    """The package data folder ``gcsms_desktop/resources`` (fonts, translations, schema, examples).

    Read through ``importlib.resources``, so it is found wherever the package is installed (a
    wheel, an editable install). ReportLab and Qt need real files: from Python 3.12 a zipped
    install is extracted once for the process. In a PyInstaller bundle, the spec copies the folder
    to the same place under ``sys._MEIPASS``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "gcsms_desktop" / "resources"
    beside = Path(__file__).parent / "resources"
    if beside.is_dir():  # an ordinary install: no need to import importlib.resources at start-up (issue 11)
        return beside
    from importlib.resources import as_file, files

    return _extracted.enter_context(as_file(files("gcsms_desktop") / "resources"))


def examples_dir() -> Path:
    """The example groupements shipped with the application (JSON files to import)."""
    return resources_dir() / "examples"


def data_dir() -> Path:
    """``~/.local/share/gcsms-desktop`` on Linux, the equivalent elsewhere, or $GCSMS_DESKTOP_DATA_DIR."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path  # imported when needed: start-up shows its window first

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
