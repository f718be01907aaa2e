"""Read-only table models for the main window: members with droits, parts of the capital."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gcsms_desktop.domain.french import format_euros, group_thousands
from gcsms_desktop.domain.groupement import Groupement


class RowsTableModel(QAbstractTableModel):
    """Rows of display strings with headers; right-aligns the columns listed as numeric."""

    headers: tuple[str, ...] = ()
    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class MembersTableModel(RowsTableModel):
    headers = ("Membre", "Nature", "Représentants", "Droits sociaux", "Fraction")
    numeric_columns = frozenset({3, 4})

    def show(self, g: Groupement | None) -> None:
        if g is None:
            self.set_rows([])
            return
        rights = {r.member_key: r for r in g.rights()}
        rows = []
        for m in g.members:
            r = rights[m.key]
            reps = ", ".join(x.name + (" (suppléant)" if x.substitute else "") for x in m.representatives)
            rows.append([m.display_name, f"{m.person_kind.label}, {m.sector.label}", reps, r.percent_text,
                         r.fraction_text])
        self.set_rows(rows)


class PartsTableModel(RowsTableModel):
    headers = ("Membre", "Numéros", "Nombre de parts", "Valeur")
    numeric_columns = frozenset({2, 3})

    def show(self, g: Groupement | None) -> None:
        if g is None or g.capital is None:
            self.set_rows([])
            return
        c = g.capital
        rows = []
        for m in g.members:
            count = c.parts_of(m.key)
            if count:
                rows.append([m.display_name, c.numbers_text_of(m.key), group_thousands(count),
                             format_euros(count * c.unit_value_cents)])
        rows.append(["Total", f"nos 1 à {c.total_parts}", group_thousands(c.total_parts), format_euros(c.total_cents)])
        self.set_rows(rows)
