"""The SQLite file: engine with foreign keys on, Alembic upgrade with a backup copy first."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """A database file that cannot be opened or upgraded; the message is for the user."""


def _enable_foreign_keys(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
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
            raise DatabaseError(f"Impossible d'ouvrir la base « {self.path} » : {error}") from error
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    def _migrate(self) -> None:
        current = current_revision(self.engine)
        head = head_revision()
        if current == head:
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

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()
