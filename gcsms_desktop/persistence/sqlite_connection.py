"""How every connection to the SQLite file behaves: foreign keys, waiting for the other writer, and
transactions the application (not the driver) begins.

Python's sqlite3 module begins transactions lazily and commits on its own before some statements,
so two windows could both read « the next register page is 8 » and both write it. Here the driver's
own handling is switched off and each unit of work says how it begins: ``BEGIN`` for a read,
``BEGIN IMMEDIATE`` for a use case that writes, which takes the file's write lock at its start, so
the numbers it allocates and the rows it checks cannot change under it. A second writer waits
(``busy_timeout``) instead of failing at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event

BUSY_TIMEOUT_MS = 15_000  # a second window waits this long for the first one's write to finish
BEGIN_OPTION = "sqlite_begin"
IMMEDIATE = "IMMEDIATE"


def _on_connect(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # the "begin" listener below emits BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def control_transactions(engine: Engine) -> None:
    """Install the behaviour above on ``engine`` (SQLite only)."""
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin."""
    return engine.execution_options(**{BEGIN_OPTION: IMMEDIATE})
