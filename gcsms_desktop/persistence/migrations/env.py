"""Alembic environment, batch mode on because SQLite cannot alter most things in place.

The application runs it on the connection handed over by ``database.upgrade`` (one transaction,
after a backup copy: « gcsms-desktop migrate », or simply opening the base). A developer runs it
with Alembic's own command line and the repository's ``alembic.ini``, naming a development base
with ``-x db=PATH`` (docs/migrations.md)::

    alembic -c alembic.ini -x db=dev.sqlite revision --autogenerate --rev-id 0005 -m "…"
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from gcsms_desktop.persistence.models import Base

USAGE = ("Base à migrer non précisée : utilisez « gcsms-desktop --db FICHIER migrate » (copie de sauvegarde "
         "faite avant), ou, pour développer, « alembic -c alembic.ini -x db=FICHIER … » (docs/migrations.md).")


def run_on(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_from_alembic_command_line() -> None:
    """``alembic -x db=PATH …``: a development base, without the application's backup copy."""
    path = context.get_x_argument(as_dictionary=True).get("db")
    if context.is_offline_mode() or not path:
        raise SystemExit(USAGE)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            run_on(connection)
            connection.commit()
    finally:
        engine.dispose()


handed_over = context.config.attributes.get("connection")
if handed_over is not None:
    run_on(handed_over)
else:
    run_from_alembic_command_line()
