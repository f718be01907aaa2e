"""Alembic environment: runs on the connection handed over by ``database.upgrade``.

Batch mode is on because SQLite cannot alter most things in place.
"""

from __future__ import annotations

from alembic import context

from gcsms_desktop.persistence.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic's CLI is used directly
    raise SystemExit("Utilisez « gcsms-desktop migrate » : la base est choisie par l'application.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
