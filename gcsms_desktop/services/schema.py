"""The base's schema revision, and what opening it did (« gcsms-desktop migrate »).

Opening a base already brings it to the newest revision, after a backup copy beside it
(``persistence.database``); this service only tells what happened, as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gcsms_desktop.persistence.database import Database, current_revision


@dataclass(frozen=True)
class SchemaStatus:
    revision: str | None  # the base's revision now
    upgraded_from: str | None  # the revision before this opening upgraded it; None when it was up to date
    backup_path: Path | None  # the copy made before the upgrade

    @property
    def upgraded(self) -> bool:
        return self.upgraded_from is not None


class SchemaService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def status(self) -> SchemaStatus:
        """The revision read from the base itself, and the upgrade its opening made, if any."""
        database = self.database
        return SchemaStatus(current_revision(database.engine), database.upgraded_from, database.backup_path)
