"""The SQLite file: engine with foreign keys on, Alembic upgrade with a backup copy first."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from gcsms_desktop.persistence.sqlite_connection import control_transactions, writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that opening an up-to-date file does
# not import Alembic (half of the start-up time); a test checks it against Alembic's own head.
SCHEMA_HEAD = "0004"


class DatabaseError(Exception):
    """A database file that cannot be opened or upgraded; the message is for the user."""


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


def make_engine(path: Path) -> Engine:
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


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision, read without Alembic (None for a new file)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


class Database:
    """One SQLite file, brought to the latest schema when opened."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.backup_path: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = make_engine(self.path)
            self._migrate()
        except DatabaseError:
            raise
        except Exception as error:  # sqlite3/SQLAlchemy errors: not a database, locked, read-only…
            raise DatabaseError(explain(self.path, error)) from error
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session_factory = sessionmaker(writer(self.engine), expire_on_commit=False)

    def _migrate(self) -> None:
        current = current_revision(self.engine)
        if current == SCHEMA_HEAD:
            return
        if current is not None and self.path.exists() and self.path.stat().st_size > 0:
            self.backup_path = self._backup(current)
        upgrade(self.engine)

    def _backup(self, revision: str) -> Path:
        """Copy the file before changing its schema: nothing lost if an upgrade goes wrong."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.avant-{revision}-{stamp}{self.path.suffix}")
        shutil.copy2(self.path, target)
        return target

    def session(self, write: bool = False) -> Session:
        """A session for one unit of work; ``write`` takes the write lock when it begins."""
        return (self.write_session_factory if write else self.session_factory)()

    def close(self) -> None:
        self.engine.dispose()
