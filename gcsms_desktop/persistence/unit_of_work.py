"""One session per user action, committed or rolled back as a whole (cosmicpython)."""

from __future__ import annotations

from types import TracebackType

from gcsms_desktop.persistence.assembly_repository import AssemblyRepository
from gcsms_desktop.persistence.change_repository import ChangeRepository
from gcsms_desktop.persistence.database import Database
from gcsms_desktop.persistence.repositories import DraftRepository, GroupementRepository


class UnitOfWork:
    """``with uow: …; uow.commit()`` — anything not committed is rolled back on exit."""

    groupements: GroupementRepository
    drafts: DraftRepository
    assemblies: AssemblyRepository
    changes: ChangeRepository

    def __init__(self, database: Database) -> None:
        self.database = database

    def __enter__(self) -> UnitOfWork:
        self.session = self.database.session()
        self.groupements = GroupementRepository(self.session)
        self.drafts = DraftRepository(self.session)
        self.assemblies = AssemblyRepository(self.session)
        self.changes = ChangeRepository(self.session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
