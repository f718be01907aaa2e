"""Optimistic concurrency: each aggregate two windows can edit counts its writes in ``version``."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from gcsms_desktop.persistence.conflicts import StaleVersion


def bump_version(session: Session, model: type, row_id: int, expected: int | None, what: str) -> None:
    """Count one more write to the row; refused (StaleVersion) when the caller read another version."""
    statement = update(model).where(model.id == row_id)  # type: ignore[attr-defined]
    if expected is not None:
        statement = statement.where(model.version == expected)  # type: ignore[attr-defined]
    if session.execute(statement.values(version=model.version + 1)).rowcount != 1:  # type: ignore[attr-defined]
        raise StaleVersion(what)
