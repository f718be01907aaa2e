"""Everything the GUI and the command line need for one database file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from gcsms_desktop.persistence.database import Database
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.assemblies import AssemblyService
from gcsms_desktop.services.drafts import DraftService
from gcsms_desktop.services.groupements import GroupementService
from gcsms_desktop.services.membership import MembershipService
from gcsms_desktop.services.printing import PrintingService
from gcsms_desktop.services.register import RegisterService


@dataclass
class Services:
    database: Database
    groupements: GroupementService
    drafts: DraftService
    printing: PrintingService
    assemblies: AssemblyService
    membership: MembershipService
    register: RegisterService

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()


def open_services(path: Path) -> Services:
    """Open (creating or upgrading) the database at ``path`` and build the use cases on it."""
    database = Database(path)
    factory = partial(UnitOfWork, database)  # a fresh unit of work per use case: factory(write=True)
    return Services(database, GroupementService(factory), DraftService(factory), PrintingService(factory),
                    AssemblyService(factory), MembershipService(factory), RegisterService(factory))
