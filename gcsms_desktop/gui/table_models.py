"""Read-only table models: rows of plain strings filled in one pass with one reset.

A ``QTableWidget`` refilled while on screen re-measures its rows at every item (quadratic: 61 s for
1 000 members); a model hands the view all its rows at once, and the view is sized once after the
reset (``fit_columns``), on a bounded sample of rows.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gcsms_desktop.domain.french import format_euros, group_thousands
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member


Index = QModelIndex | QPersistentModelIndex
SIZING_SAMPLE = 200  # a table this short has its rows fitted to wrapped text: never thousands
CELL_MARGIN = 16  # a cell's padding and grid line around its text
MAX_FITTED_WIDTH = 640  # a column fitted to its longest text stays this narrow; the tooltip shows the rest
COLUMN_SAMPLE = 50  # rows measured when the columns are fitted (a column wider than these stays resizable)


class HeadedTableModel(QAbstractTableModel):
    """A flat table with one header per column: what every table model of the app shares."""

    headers: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class RowsTableModel(HeadedTableModel):
    """Rows of display strings with headers; right-aligns the columns listed as numeric.

    Each row may carry a key (a member key, an assembly id, a change number) for the selection,
    and a foreground brush (a late deadline in red).
    """

    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None, headers: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        if headers is not None:
            self.headers = tuple(headers)
        self.rows: list[list[str]] = []
        self.keys: list[Hashable] = []
        self.brushes: dict[int, QBrush] = {}

    def set_rows(self, rows: list[list[str]], keys: Sequence[Hashable] | None = None,
                 brushes: dict[int, QBrush] | None = None) -> None:
        """Replace every row at once: one reset, whatever the number of rows."""
        self.beginResetModel()
        self.rows = rows
        self.keys = list(keys) if keys is not None else []
        self.brushes = brushes or {}
        self.endResetModel()

    def key(self, row: int) -> Hashable | None:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def row_of(self, key: Hashable | None) -> int:
        """The row showing ``key``, or -1."""
        try:
            return self.keys.index(key)
        except ValueError:
            return -1

    def column(self, column: int) -> list[str]:
        return [row[column] for row in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.brushes.get(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None



def member_rows(g: Groupement | None, in_office: Callable[[Member], Member] | None = None) -> list[list[str]]:
    """The members with their droits (computed off the GUI thread for a large groupement); with
    ``in_office``, each member's representatives as corrected since (art. 13-1)."""
    if g is None:
        return []
    rights = {r.member_key: r for r in g.rights()}
    rows = []
    for founder in g.members:
        m = in_office(founder) if in_office is not None else founder
        r = rights[m.key]
        reps = ", ".join(x.name + (" (suppléant)" if x.substitute else "") for x in m.representatives)
        rows.append([m.display_name, f"{m.person_kind.label}, {m.sector.label}", reps, r.percent_text,
                     r.fraction_text])
    return rows


def part_rows(g: Groupement | None) -> list[list[str]]:
    if g is None or g.capital is None:
        return []
    c = g.capital
    rows = []
    for m in g.members:
        count = c.parts_of(m.key)
        if count:
            rows.append([m.display_name, c.numbers_text_of(m.key), group_thousands(count),
                         format_euros(count * c.unit_value_cents)])
    rows.append(["Total", f"nos 1 à {c.total_parts}", group_thousands(c.total_parts), format_euros(c.total_cents)])
    return rows


class MembersTableModel(RowsTableModel):
    headers = ("Membre", "Nature", "Représentants", "Droits sociaux", "Fraction")
    numeric_columns = frozenset({3, 4})

    def show(self, g: Groupement | None) -> None:
        self.set_rows(member_rows(g))


class PartsTableModel(RowsTableModel):
    headers = ("Membre", "Numéros", "Nombre de parts", "Valeur")
    numeric_columns = frozenset({2, 3})

    def show(self, g: Groupement | None) -> None:
        self.set_rows(part_rows(g))


def read_only_view(name: str, model: RowsTableModel, stretch: int, wrap: bool = False) -> QTableView:
    """A list of rows to read and select (one row at a time, keyboard too); column ``stretch`` takes the
    width left. Columns are fitted by ``fit_columns`` after each reset, never measured row by row.
    ``wrap``: long texts go on several lines while the table is short (``SIZING_SAMPLE`` rows); a longer
    table keeps one line a row, the whole text in the tooltip."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(COLUMN_SAMPLE)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    if wrap:
        header.sectionResized.connect(lambda *_args: fit_rows(view))
    fit_columns(view)
    return view


def fit_columns(view: QTableView) -> None:
    """Fit the columns to their header and the first rows (a bounded sample), once per reset; then widen
    each column that does not stretch to its longest text anywhere in the table (issue 14: a member's name
    beyond the sample was clipped while the stretching column stayed half empty)."""
    view.resizeColumnsToContents()
    model, header = view.model(), view.horizontalHeader()
    if isinstance(model, RowsTableModel) and model.rows and not view.wordWrap():
        metrics = view.fontMetrics()
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            longest = max(model.column(column), key=len)  # by characters: one string measured, not every row
            wanted = min(metrics.horizontalAdvance(longest) + CELL_MARGIN, MAX_FITTED_WIDTH)
            if wanted > view.columnWidth(column):
                view.setColumnWidth(column, wanted)
    fit_rows(view)


def fit_rows(view: QTableView) -> None:
    """Rows as high as their wrapped text, only for a short table (never thousands of rows measured)."""
    if view.wordWrap() and view.model().rowCount() <= SIZING_SAMPLE:
        view.resizeRowsToContents()


def select_key(view: QTableView, key: Hashable | None, fallback_last: bool = False) -> None:
    """Select the row showing ``key`` (or the last row when asked), or nothing."""
    model = view.model()
    assert isinstance(model, RowsTableModel)
    row = model.row_of(key)
    if row < 0 and fallback_last:
        row = model.rowCount() - 1
    if row >= 0:
        view.selectRow(row)
    else:
        view.clearSelection()
        view.setCurrentIndex(QModelIndex())


def current_key(view: QTableView) -> Hashable | None:
    model = view.model()
    assert isinstance(model, RowsTableModel)
    index = view.currentIndex()
    return model.key(index.row()) if index.isValid() else None
