"""Backups and restores, the same for the GUI (Fichier › Sauvegarder…, Restaurer…) and the CLI.

A backup is a consistent copy taken with SQLite's online backup API, while the base is open. The
automatic ones go to the data folder (``sauvegardes/``), one a day, the last ten kept. Restoring
first backs up the current base, so a restore can itself be undone.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gcsms_desktop.paths import backups_dir
from gcsms_desktop.persistence.backups import BackupFolder, pre_upgrade_backups, restore_database, unique_path
from gcsms_desktop.persistence.database import Database, DatabaseError, check_restorable
from gcsms_desktop.services.errors import ServiceError
from gcsms_desktop.services.files import check_output


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken_at: datetime
    size: int


class BackupService:
    """Backups of one open base; ``directory`` is where the automatic ones go."""

    def __init__(self, database: Database, directory: Path | None = None) -> None:
        self.database = database
        self.folder = BackupFolder(directory or backups_dir(), database.path)

    @property
    def directory(self) -> Path:
        return self.folder.directory

    def list(self) -> list[BackupSummary]:
        """This base's backups, newest first: those of the data folder and those made beside it
        before an upgrade (dated by their file's modification time)."""
        found = [BackupSummary(b.path, b.taken_at, b.size) for b in self.folder.list()]
        for path in pre_upgrade_backups(self.database.path):
            stat = path.stat()
            taken_at = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
            found.append(BackupSummary(path, taken_at, stat.st_size))
        return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns), reverse=True)

    def take(self) -> Path:
        """A backup now, in the data folder (never over an older one)."""
        return self.folder.take(self.database.path)

    def daily_due(self) -> bool:
        return self.folder.daily_due()

    def take_daily(self) -> Path | None:
        """The automatic backup: one a day, the last ten kept. None when today's exists."""
        return self.folder.take_daily(self.database.path)

    def save_to(self, target: Path) -> Path:
        """A backup where the user chose; never over an existing file (the open base least of all)."""
        target = target.expanduser()
        check_output(target, overwrite=False, protected=(self.database.path,))
        return self.database.backup_to(target)


def restore(database_path: Path, backup: Path, directory: Path | None = None) -> Path | None:
    """Replace the base at ``database_path`` with ``backup``; returns the copy of the base made first.

    The base must be closed by the caller (the GUI reopens it after). The chosen file is checked
    first: only a GCSMS base can be restored. Its content is written through SQLite's backup API,
    in one transaction of the base's own journal.
    """
    backup, database_path = backup.expanduser(), database_path.expanduser()
    if not backup.is_file():
        raise ServiceError(f"La sauvegarde « {backup} » n'existe pas.")
    if database_path.exists() and backup.resolve() == database_path.resolve():
        raise ServiceError(f"« {backup} » est la base elle-même, pas une sauvegarde.")
    try:
        check_restorable(backup)
    except DatabaseError as error:
        raise ServiceError(str(error)) from None
    safety = _keep_current(database_path, BackupFolder(directory or backups_dir(), database_path))
    try:
        restore_database(backup, database_path)
    except sqlite3.OperationalError as error:  # locked by another program, or write-protected
        raise ServiceError(f"La base « {database_path} » n'a pas pu être remplacée ({explain_reason(error)}) ; "
                           "elle n'a pas été modifiée.") from None
    except sqlite3.DatabaseError:  # the current file is too damaged to be written page by page
        _replace_whole_file(backup, database_path)
    return safety


def explain_reason(error: sqlite3.OperationalError) -> str:
    reason = str(error).lower()
    if "locked" in reason or "busy" in reason:
        return "elle est utilisée par un autre programme ; fermez-le puis réessayez"
    if "readonly" in reason or "read-only" in reason:
        return "le fichier ou son dossier est protégé en écriture"
    return str(error)


def _keep_current(database_path: Path, folder: BackupFolder) -> Path | None:
    """Back up the base about to be replaced; a damaged one is copied byte for byte instead."""
    if not database_path.exists() or database_path.stat().st_size == 0:
        return None
    try:
        return folder.take(database_path)
    except sqlite3.OperationalError as error:  # locked: replacing it now would break another writer
        raise ServiceError(f"La base « {database_path} » n'a pas pu être remplacée ({explain_reason(error)}) ; "
                           "elle n'a pas été modifiée.") from None
    except sqlite3.DatabaseError:
        target = unique_path(folder.new_path().with_suffix(".endommagee.sqlite"))
        shutil.copy2(database_path, target)
        return target


def _replace_whole_file(backup: Path, database_path: Path) -> None:
    temporary = database_path.with_name(f".restauration-{database_path.name}")
    shutil.copy2(backup, temporary)
    temporary.replace(database_path)
    Path(f"{database_path}-journal").unlink(missing_ok=True)
