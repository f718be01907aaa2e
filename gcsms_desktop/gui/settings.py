"""User settings declared once with their defaults (after Picard's option registry)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings

ORGANISATION = "gcsms-desktop"
RECENT_LIMIT = 8


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.store = settings or QSettings(ORGANISATION, "gcsms-desktop")

    def recent_databases(self) -> list[Path]:
        value = self.store.value("recent_databases", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in cast("list[str]", value or [])]

    def remember_database(self, path: Path) -> None:
        recent = [p for p in self.recent_databases() if p != path]
        self.store.setValue("recent_databases", [str(p) for p in [path, *recent][:RECENT_LIMIT]])
