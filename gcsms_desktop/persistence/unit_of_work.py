"""One session per user action, committed or rolled back as a whole (cosmicpython)."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import OperationalError

from gcsms_desktop.persistence.assembly_repository import AssemblyRepository
from gcsms_desktop.persistence.change_repository import ChangeRepository
from gcsms_desktop.persistence.conflicts import DatabaseBusy
from gcsms_desktop.persistence.database import Database, ReadOnlyDatabase
from gcsms_desktop.persistence.details_repository import DetailsRepository
from gcsms_desktop.persistence.mandate_repository import MandateRepository
from gcsms_desktop.persistence.register_repository import RegisterRepository
from gcsms_desktop.persistence.repositories import DraftRepository, GroupementRepository


class UnitOfWork:
    """``with uow: …; uow.commit()`` — anything not committed is rolled back on exit.

    A writing unit (``write=True``) takes the file's write lock when it begins (``BEGIN IMMEDIATE``):
    everything it reads stays true until it commits, so the numbers it allocates are its own.
    """

    groupements: GroupementRepository
    drafts: DraftRepository
    assemblies: AssemblyRepository
    changes: ChangeRepository
    register: RegisterRepository
    details: DetailsRepository
    mandates: MandateRepository

    def __init__(self, database: Database, write: bool = False) -> None:
        self.database = database
        self.write = write

    def __enter__(self) -> UnitOfWork:
        if self.write and self.database.read_only:
            raise ReadOnlyDatabase(f"La base « {self.database.path} » est en lecture seule (fichier ou dossier "
                                   "protégé en écriture) : rien n'a été enregistré.")
        self.session = self.database.session(self.write)
        if self.write:
            try:
                self.session.connection()  # begins now, waiting for another writer to finish
            except OperationalError as error:
                self.session.close()
                raise _busy_or(error) from error
        self.groupements = GroupementRepository(self.session)
        self.drafts = DraftRepository(self.session)
        self.assemblies = AssemblyRepository(self.session)
        self.changes = ChangeRepository(self.session)
        self.register = RegisterRepository(self.session)
        self.details = DetailsRepository(self.session)
        self.mandates = MandateRepository(self.session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.session.rollback()
        self.session.close()
        if isinstance(exc, OperationalError) and _is_busy(exc):
            raise DatabaseBusy() from exc

    def commit(self) -> None:
        self.session.commit()

    def others_commits(self) -> tuple[object, ...]:
        """Moves whenever another connection — another window, program or a hand edit — committed to
        the file since this connection last asked (SQLite's ``PRAGMA data_version``, per connection,
        hence the connection's own token). Cheap: what read caches compare before serving."""
        connection = self.session.connection()
        token = connection.connection.info.setdefault("gcsms_token", object())
        return token, connection.exec_driver_sql("PRAGMA data_version").scalar()

    def refresh(self) -> None:
        """Write what is pending and forget what was loaded: the next reads see the rows as stored."""
        self.session.flush()
        self.session.expire_all()


def _is_busy(error: OperationalError) -> bool:
    reason = str(error.orig).lower()
    return "locked" in reason or "busy" in reason


def _busy_or(error: OperationalError) -> Exception:
    return DatabaseBusy() if _is_busy(error) else error
