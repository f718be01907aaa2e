"""Everything the GUI and the command line need for one database file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from gcsms_desktop.paths import backups_dir as default_backups_dir
from gcsms_desktop.persistence.database import Database
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.administrators import AdministratorService
from gcsms_desktop.services.assemblies import AssemblyService
from gcsms_desktop.services.backups import BackupService
from gcsms_desktop.services.clock import Clock
from gcsms_desktop.services.details import DetailsService
from gcsms_desktop.services.drafts import DraftService
from gcsms_desktop.services.groupements import GroupementService
from gcsms_desktop.services.membership import MembershipService
from gcsms_desktop.services.printing import PrintingService
from gcsms_desktop.services.register import RegisterService
from gcsms_desktop.services.schema import SchemaService


@dataclass
class Services:
    database: Database
    groupements: GroupementService
    drafts: DraftService
    printing: PrintingService
    assemblies: AssemblyService
    membership: MembershipService
    register: RegisterService
    backups: BackupService
    schema: SchemaService
    details: DetailsService
    administrators: AdministratorService
    clock: Clock = field(default_factory=Clock)  # the one « today » of every use case, the GUI and the CLI

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def read_only(self) -> bool:
        """The file or its folder cannot be written: reading and printing only."""
        return self.database.read_only

    def close(self) -> None:
        self.database.close()


def open_services(path: Path, *, create: bool = True, backups_dir: Path | None = None,
                  clock: Clock | None = None) -> Services:
    """Open (creating or upgrading) the database at ``path`` and build the use cases on it.

    ``create=False`` refuses a missing file (a typo, an unplugged USB stick) instead of creating
    an empty base; ``backups_dir`` defaults to ``sauvegardes/`` in the data folder; ``clock`` to the
    computer's date or ``GCSMS_DESKTOP_TODAY`` (services.clock).
    """
    clock = clock or Clock()
    backups = backups_dir or default_backups_dir()
    database = Database(path, create=create, backups_dir=backups)
    factory = partial(UnitOfWork, database)  # a fresh unit of work per use case: factory(write=True)
    return Services(database, GroupementService(factory, clock), DraftService(factory, clock),
                    PrintingService(factory, clock), AssemblyService(factory, clock),
                    MembershipService(factory, clock), RegisterService(factory, clock),
                    BackupService(database, backups), SchemaService(database), DetailsService(factory, clock),
                    AdministratorService(factory, clock), clock)
