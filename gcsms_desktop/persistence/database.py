"""The SQLite file: checked before any write, upgraded in one transaction after a backup copy.

Opening a file follows one order, so that a file we should not touch is never written:
1. a missing or empty file is a new base (created only when the caller allows it);
2. anything else is inspected through SQLite without writing: not SQLite, another program's
   base, or a revision this version does not know → refused untouched;
3. ``PRAGMA quick_check``: a damaged base is refused with the newest backup named;
4. an old revision is copied with the online backup API, then upgraded in a single transaction
   (an interrupted upgrade leaves the file exactly at its old revision);
5. a file or folder we cannot write is opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from gcsms_desktop.persistence.backups import (
    copy_database, file_uri, is_sqlite_file, kill_point, latest_backup, unique_path,
)
from gcsms_desktop.persistence.sqlite_connection import BUSY_TIMEOUT_MS, control_transactions, writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that opening an up-to-date file does
# not import Alembic (half of the start-up time); a test checks it against Alembic's own head.
SCHEMA_HEAD = "0010"
UPGRADE_MARKER_SUFFIX = ".mise-a-jour"  # beside the base while an upgrade runs; names its backup


class DatabaseError(Exception):
    """A database file that cannot be opened or upgraded; the message is for the user."""


class ReadOnlyDatabase(DatabaseError):
    """A write was asked of a base opened read-only."""


class UpgradeFailed(DatabaseError):
    """The upgrade failed and was rolled back; ``backup_path`` is the copy made just before."""

    def __init__(self, message: str, backup_path: Path | None) -> None:
        super().__init__(message)
        self.backup_path = backup_path


class DamagedDatabase(DatabaseError):
    """``PRAGMA quick_check`` found damage; ``backup_path`` is the newest backup found, if any."""

    def __init__(self, message: str, backup_path: Path | None) -> None:
        super().__init__(message)
        self.backup_path = backup_path


def explain(path: Path, error: Exception) -> str:
    """A French sentence for the usual SQLite failures, without SQL or library jargon."""
    reason = str(getattr(error, "orig", None) or error).lower()
    if "not a database" in reason or "malformed" in reason:
        detail = "ce fichier n'est pas une base GCSMS Desktop, ou il est endommagé"
    elif "locked" in reason or "busy" in reason:
        detail = "la base est utilisée par un autre programme ; fermez-le puis réessayez"
    elif "readonly" in reason or "read-only" in reason or "permission" in reason:
        detail = "vous n'avez pas le droit d'écrire dans ce fichier ou ce dossier"
    elif "unable to open" in reason or isinstance(error, OSError):
        detail = "le fichier ou son dossier n'est pas accessible"
    else:
        detail = "erreur inattendue de la base de données"
    return f"Impossible d'ouvrir la base « {path} » : {detail}."


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """The application's engine; ``read_only`` opens the file with SQLite's ``mode=ro``."""
    if read_only:
        uri = file_uri(path, "ro")
        engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False))
    else:
        engine = create_engine(f"sqlite:///{path}")
    control_transactions(engine)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision, read without Alembic (None for a new file)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _transactional_engine(engine: Engine) -> Engine:
    """An engine whose transactions include DDL (SQLAlchemy's pysqlite recipe).

    pysqlite commits by itself before CREATE/ALTER/DROP: the driver's own transaction handling is
    switched off and BEGIN is emitted here, so the whole upgrade commits or rolls back as one.
    Foreign keys are off during the upgrade (batch mode recreates tables; the pragma cannot
    change inside a transaction) and checked before the commit.
    """
    migrating = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(migrating, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(migrating, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    statements = iter(range(1, 1 << 62))

    @event.listens_for(migrating, "before_cursor_execute")
    def _count(*_args: object) -> None:
        kill_point("upgrade", next(statements))  # test-only hook, see backups.KILL_POINT_VARIABLE

    return migrating


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the file to ``revision`` in one transaction: all of the upgrade, or none of it."""
    from alembic import command

    config = alembic_config()
    migrating = _transactional_engine(engine)
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"clés étrangères rompues après la mise à jour : {broken[:5]}")
    finally:
        migrating.dispose()


@dataclass(frozen=True)
class FileState:
    """What a file holds, read without writing to it."""

    tables: frozenset[str]
    revision: str | None
    integrity: str

    @property
    def is_empty(self) -> bool:
        return not self.tables


def inspect_file(path: Path, writable: bool) -> FileState:
    """Tables, revision and ``quick_check`` of an existing SQLite file, read without writing.

    Read-only first (recent SQLite reads through a hot journal left by an interrupted transaction
    without rolling it back); read-write only if that fails on such a journal and we may write.
    """
    try:
        return _inspect(path, "ro")
    except sqlite3.OperationalError as error:
        if writable and "read" in str(error).lower():
            return _inspect(path, "rw")
        raise


def _inspect(path: Path, mode: str) -> FileState:
    connection = sqlite3.connect(file_uri(path, mode), uri=True)
    try:
        tables = frozenset(name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        integrity = "ok" if not tables else connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    finally:
        connection.close()
    return FileState(tables, revision, integrity)


def check_restorable(path: Path) -> None:
    """Raise a French DatabaseError unless ``path`` is a sound GCSMS base (read without writing)."""
    if not is_sqlite_file(path):
        raise DatabaseError(f"« {path} » n'est pas une sauvegarde GCSMS Desktop (ce n'est pas une base SQLite).")
    state = inspect_file(path, writable=False)
    if state.integrity != "ok":
        raise DatabaseError(f"La sauvegarde « {path} » est endommagée : choisissez-en une autre.")
    if state.revision is None or state.revision not in ({SCHEMA_HEAD} | known_revisions()):
        raise DatabaseError(f"« {path} » n'est pas une sauvegarde GCSMS Desktop, ou elle vient d'une version plus "
                            "récente de l'application.")


def is_writable(path: Path) -> bool:
    """Can we write the file and create its journal beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def upgrade_marker(path: Path) -> Path:
    return path.with_name(path.name + UPGRADE_MARKER_SUFFIX)


class Database:
    """One SQLite file, brought to the latest schema when opened.

    ``create``: a missing file becomes a new base (False: refused, so a typo never shows an empty
    base). ``read_only``: None detects it from the file's permissions. ``backups_dir``: where the
    automatic backups are, to name the newest one when the file is damaged.
    """

    def __init__(self, path: Path, *, create: bool = True, read_only: bool | None = None,
                 backups_dir: Path | None = None) -> None:
        self.path = Path(path)
        self.backups_dir = backups_dir
        self.backup_path: Path | None = None
        self.upgraded_from: str | None = None  # the revision this opening upgraded from, if any
        self.interrupted_upgrade: Path | None = None  # the backup of an upgrade a kill cut short
        try:
            self.read_only = self._open(create, read_only)
        except DatabaseError:
            raise
        except Exception as error:  # sqlite3/SQLAlchemy errors: not a database, locked, read-only…
            raise DatabaseError(explain(self.path, error)) from error
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session_factory = sessionmaker(writer(self.engine), expire_on_commit=False)

    def _open(self, create: bool, read_only: bool | None) -> bool:
        """Open the engine; returns whether the base is read-only."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            self._create(create)
            return False
        writable = is_writable(self.path) if read_only is None else not read_only
        state = self._check(writable)
        if state.is_empty or state.revision != SCHEMA_HEAD:
            self._refuse_foreign(state)
            if not writable:
                raise DatabaseError(f"Impossible d'ouvrir la base « {self.path} » : elle est en lecture seule et "
                                    "doit être mise à jour pour cette version ; copiez-la dans un dossier où vous "
                                    "pouvez écrire, puis ouvrez la copie.")
            self.engine = make_engine(self.path)
            self._upgrade(state.revision)
            return False
        self._forget_marker()
        self.engine = make_engine(self.path, read_only=not writable)
        return not writable

    def _create(self, create: bool) -> None:
        if not create:
            raise DatabaseError(f"La base « {self.path} » n'existe pas (vérifiez le chemin).")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(self.path)
        upgrade(self.engine)

    def _check(self, writable: bool) -> FileState:
        if not is_sqlite_file(self.path):
            raise DatabaseError(f"Impossible d'ouvrir la base « {self.path} » : ce fichier n'est pas une base "
                                "GCSMS Desktop, ou il est endommagé.")
        try:
            state = inspect_file(self.path, writable)
        except sqlite3.DatabaseError as error:
            if any(word in str(error).lower() for word in ("malformed", "corrupt", "not a database")):
                raise self._damaged() from error
            raise
        if state.integrity != "ok":
            raise self._damaged()
        return state

    def _damaged(self) -> DamagedDatabase:
        newest = latest_backup(self.path, self.backups_dir)
        advice = (f"La sauvegarde la plus récente est « {newest} » : restaurez-la (Fichier › Restaurer une "
                  f"sauvegarde…, ou « gcsms-desktop restore {newest} »)." if newest else
                  "Aucune sauvegarde n'a été trouvée ; gardez ce fichier tel quel et demandez de l'aide.")
        return DamagedDatabase(f"La base « {self.path} » est endommagée (le contrôle d'intégrité de SQLite a "
                               f"échoué). Elle n'a pas été modifiée. {advice}", newest)

    def _refuse_foreign(self, state: FileState) -> None:
        """Another program's SQLite file, or a revision we do not know: refused before any write."""
        if state.is_empty:
            return
        if state.revision is None:
            raise DatabaseError(f"Impossible d'ouvrir la base « {self.path} » : c'est un fichier SQLite d'un autre "
                                "programme, pas une base GCSMS Desktop. Il n'a pas été modifié.")
        if state.revision not in known_revisions():
            raise DatabaseError(f"Impossible d'ouvrir la base « {self.path} » : elle a été écrite par une version "
                                f"plus récente de GCSMS Desktop (schéma {state.revision}) ou par un autre "
                                "programme. Elle n'a pas été modifiée ; installez la dernière version.")

    def _upgrade(self, revision: str | None) -> None:
        """Back up, leave a marker naming the backup, upgrade in one transaction, remove the marker."""
        marker = upgrade_marker(self.path)
        if marker.exists():
            self.interrupted_upgrade = Path(marker.read_text(encoding="utf-8").strip() or self.path)
        if revision is not None:
            self.backup_path = self._backup(revision)
            marker.write_text(str(self.backup_path), encoding="utf-8")
        try:
            upgrade(self.engine)
            self.upgraded_from = revision
        except Exception as error:
            raise UpgradeFailed(self._failure_message(error), self.backup_path) from error
        finally:  # committed or rolled back and reported now: nothing is left interrupted
            marker.unlink(missing_ok=True)

    def _failure_message(self, error: Exception) -> str:
        backup = (f" La copie faite juste avant est « {self.backup_path} » ; vous pouvez la restaurer (Fichier › "
                  f"Restaurer une sauvegarde…, ou « gcsms-desktop restore {self.backup_path} »)."
                  if self.backup_path else "")
        return (f"La mise à jour de la base « {self.path} » a échoué et a été annulée : la base est restée dans "
                f"son état précédent.{backup} Détail : {error}")

    def _forget_marker(self) -> None:
        """An up-to-date base with a marker: the upgrade committed but the marker was not removed."""
        marker = upgrade_marker(self.path)
        if marker.exists() and is_writable(self.path):
            marker.unlink(missing_ok=True)

    def _backup(self, revision: str) -> Path:
        """Copy the file before changing its schema, never over an older copy (online backup API)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = unique_path(self.path.with_name(f"{self.path.stem}.avant-{revision}-{stamp}{self.path.suffix}"))
        return copy_database(self.path, target)

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the open base at ``target`` (or a free name beside it)."""
        return copy_database(self.path, target)

    def session(self, write: bool = False) -> Session:
        """A session for one unit of work; ``write`` takes the write lock when it begins."""
        return (self.write_session_factory if write else self.session_factory)()

    def close(self) -> None:
        self.engine.dispose()
