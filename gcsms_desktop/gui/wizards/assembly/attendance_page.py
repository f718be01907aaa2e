"""Page 3: one row per member — present (who sits), represented (proxy to whom) or absent —
with the quorum computed live by the domain (R312-194-22).

The sheet is a model (one list per column, filled in one pass) shown by a table view whose delegate
creates a combo box only for the cell being edited: three widgets a member made 3 000 widgets and
a million list entries at 1 000 members (8 s to open, 600 MiB)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QWidget,
)

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.attendance import AttendanceLine, Presence, check_attendance
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.domain.quorum import compute_quorum
from gcsms_desktop.gui.table_models import COLUMN_SAMPLE, HeadedTableModel
from gcsms_desktop.gui.wizards.assembly.page import NEUTRAL, AssemblyPage
from gcsms_desktop.gui.widgets import plain

Index = QModelIndex | QPersistentModelIndex
NAME, RIGHTS, PRESENCE, REPRESENTATIVE, PROXY = range(5)
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
COMBO_ARROW = 32  # px added to an editable column: the editor's arrow and frame
TEXT_MARGIN = 12  # px around a cell's text
MAX_HOLDER_WIDTH = 320  # px: the proxy column fits most names; a longer one is in the cell's tooltip
DIMMED = Qt.ItemFlag.ItemIsSelectable  # a cell that does not apply to the row's presence: greyed, skipped by Tab


class AttendanceModel(HeadedTableModel):
    """The attendance sheet of one assembly: the member's presence, who sits for it, who holds its proxy.

    ``DisplayRole`` is what the user reads; ``EditRole`` the value (a ``Presence``, a name, a member key).
    """

    attendance_changed = Signal()  # once per user change, once for « Tous présents »

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.keys: list[str] = []
        self.names: dict[str, str] = {}
        self.rights: list[str] = []
        self.representatives: list[list[str]] = []
        self.presence: list[Presence] = []
        self.representative: list[str] = []
        self.proxy: list[str | None] = []
        self.proxies_allowed = False
        self.editable = False

    def show(self, record: AssemblyRecord, editable: bool) -> None:
        """Every member of ``record`` with its recorded line (absent when none): one reset."""
        lines = {line.member_key: line for line in record.assembly.attendance}
        self.beginResetModel()
        self.keys = [m.key for m in record.members]
        self.names = dict(record.member_names)
        self.rights = [record.rights.member_text(m.key) for m in record.members]
        self.representatives = [[r.name for r in m.representatives] for m in record.members]
        self.presence, self.representative, self.proxy = [], [], []
        for member, names in zip(record.members, self.representatives, strict=True):
            line = lines.get(member.key, AttendanceLine(member.key))
            self.presence.append(line.presence)
            self.representative.append(line.representative or (names[0] if names else ""))
            self.proxy.append(line.proxy_holder)
        self.proxies_allowed = record.proxies_allowed
        self.editable = editable
        self.endResetModel()

    def lines(self) -> tuple[AttendanceLine, ...]:
        """The sheet as the domain reads it: a name only for a member present, a holder only for one
        represented."""
        return tuple(AttendanceLine(key, presence,
                                    representative.strip() if presence is Presence.PRESENT else "",
                                    proxy if presence is Presence.REPRESENTED else None)
                     for key, presence, representative, proxy in zip(self.keys, self.presence, self.representative,
                                                                     self.proxy, strict=True))

    def row_of(self, key: str) -> int:
        return self.keys.index(key)

    def proxy_choices(self) -> list[tuple[str, str | None]]:
        """(name, key) of the members a proxy may go to — those present — after a blank entry; the same list
        for every row (a member cannot be present and represented, and the domain refuses a proxy to
        oneself)."""
        return [("", None)] + [(self.names[key], key) for key, presence in zip(self.keys, self.presence, strict=True)
                               if presence is Presence.PRESENT]

    def set_line(self, row: int, presence: Presence, proxy_holder: str | None = None) -> None:
        """One member's presence (and the holder of its proxy), announced once."""
        self.presence[row] = presence
        if proxy_holder is not None:
            self.proxy[row] = proxy_holder
        self._row_changed(row)
        self.attendance_changed.emit()

    def set_everyone(self, presence: Presence) -> None:
        """Every member at once: one repaint, one announcement (not one per row)."""
        self.presence = [presence] * len(self.keys)
        if self.keys:
            self.dataChanged.emit(self.index(0, PRESENCE), self.index(len(self.keys) - 1, PROXY))
        self.attendance_changed.emit()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, PRESENCE), self.index(row, PROXY))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.keys)


    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column, presence = index.column(), self.presence[index.row()]
        if column == REPRESENTATIVE and presence is not Presence.PRESENT:
            return DIMMED
        if column == PROXY and presence is not Presence.REPRESENTED:
            return DIMMED
        return EDITABLE if self.editable and column >= PRESENCE else SHOWN

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole:
            return {PRESENCE: self.presence[row], REPRESENTATIVE: self.representative[row],
                    PROXY: self.proxy[row]}.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return self.names[self.keys[row]]
            if column == RIGHTS:
                return self.rights[row]
            if column == PRESENCE:
                return self.presence[row].label.capitalize()
            if column == REPRESENTATIVE:
                return self.representative[row]
            holder = self.proxy[row]
            return self.names.get(holder, holder) if holder else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RIGHTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row, column = index.row(), index.column()
        if column == PRESENCE and isinstance(value, Presence):
            if value is Presence.REPRESENTED and not self.proxies_allowed:
                return False
            if value is self.presence[row]:
                return True
            self.set_line(row, value)
            return True
        if column == REPRESENTATIVE and isinstance(value, str):
            self.representative[row] = value.strip()
            self.dataChanged.emit(index, index)
            return True
        if column == PROXY and (value is None or isinstance(value, str)):
            self.proxy[row] = value
            self._row_changed(row)
            self.attendance_changed.emit()
            return True
        return False



class AttendanceDelegate(QStyledItemDelegate):
    """A combo box for the one cell being edited: the presences (« représenté » greyed when the convention
    or the number of members forbids proxies), the member's representatives (a name may be typed), or
    the members present who may hold the proxy."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, AttendanceModel)
        combo = QComboBox(parent)
        column = index.column()
        if column == PRESENCE:
            combo.setObjectName("presenceEditor")
            for value in Presence:
                combo.addItem(value.label.capitalize(), value)
            if not model.proxies_allowed:
                items = combo.model()
                assert isinstance(items, QStandardItemModel)
                item = items.item(combo.findData(Presence.REPRESENTED))
                item.setEnabled(False)
        elif column == REPRESENTATIVE:
            combo.setObjectName("representativeEditor")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(model.representatives[index.row()])
            line = combo.lineEdit()
            assert line is not None  # an editable combo box has its line edit
            line.returnPressed.connect(lambda: self.commitData.emit(combo))  # Enter records the name typed
        else:
            combo.setObjectName("proxyEditor")
            for name, key in model.proxy_choices():
                combo.addItem(name, key)
        if column != REPRESENTATIVE:  # a choice made in the list is recorded at once
            combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        if index.column() == REPRESENTATIVE:
            editor.setEditText(value or "")
            return
        found = editor.findData(value)
        if found < 0 and value is not None:  # a holder recorded before it was marked absent: still shown
            model = index.model()
            assert isinstance(model, AttendanceModel)
            editor.addItem(model.names.get(value, value), value)
            found = editor.count() - 1
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        if index.column() == REPRESENTATIVE:
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                             index: Index) -> None:
        editor.setGeometry(option.rect)


class AttendancePage(AssemblyPage):
    key = "attendance"

    def __init__(self) -> None:
        super().__init__(self.tr("Feuille de présence"),
                         self.tr("Cochez les présents ; une procuration ne va qu'à un membre présent, qui n'en "
                                 "détient qu'une (art. R. 312-194-20)."))

    def build(self) -> None:
        self.model = AttendanceModel(self)
        self.model.headers = (self.tr("Membre"), self.tr("Droits"), self.tr("Présence"), self.tr("Représentant"),
                              self.tr("Procuration donnée à"))
        self.model.attendance_changed.connect(self._entered)
        self.entered = False  # a presence was recorded or entered: before, no quorum verdict in red
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(AttendanceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.CurrentChanged | triggers.DoubleClicked | triggers.SelectedClicked
                                   | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.setTabKeyNavigation(True)  # Tab goes from cell to cell, editing each
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)  # an editor fits
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(COLUMN_SAMPLE)
        self.layout_.addWidget(self.table, 1)
        self.quorum = plain(QLabel())
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.layout_.addWidget(self.quorum)
        buttons = QHBoxLayout()
        self.everyone = everyone = QPushButton(self.tr("&Tous présents"))
        everyone.setObjectName("allPresent")
        everyone.clicked.connect(self.all_present)
        sheet = QPushButton(self.tr("Imprimer la &feuille de présence…"))
        sheet.setObjectName("printAttendance")
        sheet.clicked.connect(self._print)
        buttons.addWidget(everyone)
        buttons.addStretch()
        buttons.addWidget(sheet)
        self.layout_.addLayout(buttons)

    def load(self) -> None:
        record = self.record
        convened = record.assembly.state is AssemblyState.CONVENED
        self.model.show(record, editable=convened)
        self._fit_columns()
        self.everyone.setEnabled(convened)
        self.entered = bool(record.assembly.attendance)
        self._changed()

    def _fit_columns(self) -> None:
        """Columns fitted once, on a bounded sample of rows; a combo's arrow fits in the editable ones."""
        self.table.resizeColumnsToContents()
        widest = max(self.table.fontMetrics().horizontalAdvance(p.label.capitalize()) for p in Presence)
        self.table.setColumnWidth(PRESENCE, max(self.table.columnWidth(PRESENCE), widest + TEXT_MARGIN))
        for column in (PRESENCE, REPRESENTATIVE, PROXY):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COMBO_ARROW)
        names = min(self.table.sizeHintForColumn(NAME), MAX_HOLDER_WIDTH)  # a holder's name is a member's name
        self.table.setColumnWidth(PROXY, max(self.table.columnWidth(PROXY), names + COMBO_ARROW))

    def store(self) -> None:
        """A name still being typed in a cell (the page left with a keyboard shortcut) is recorded first."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)

    def lines(self) -> tuple[AttendanceLine, ...]:
        return self.model.lines()

    def set_presence(self, key: str, presence: Presence, proxy_holder: str | None = None) -> None:
        self.model.set_line(self.model.row_of(key), presence, proxy_holder)

    def all_present(self) -> None:
        """One quorum update for the whole sheet, whatever the number of members."""
        self.model.set_everyone(Presence.PRESENT)

    def _entered(self) -> None:
        self.entered = True
        self._changed()

    def _changed(self) -> None:
        if not self.entered:  # nothing entered yet: a neutral state, not « quorum non atteint » in red
            self.quorum.setText(typography(self.tr(
                "En attente de la présence : indiquez les présents et les représentés (ou « Tous présents ») ; "
                "le quorum s'affiche alors.")))
            self.quorum.setStyleSheet(f"font-weight: bold; color: {NEUTRAL};")
            return
        quorum = compute_quorum(self.lines(), self.record.rights, self.record.assembly.second_convocation)
        self.quorum.setText(typography(quorum.explanation))
        colour = "#2b7a0b" if quorum.may_deliberate else "#a4161a"
        self.quorum.setStyleSheet(f"font-weight: bold; color: {colour};")

    def _print(self) -> None:
        if self.record.assembly.state is AssemblyState.CONVENED and not self.check_and_save():
            return
        self.assembly_wizard.print_document("attendance")

    def problems(self) -> list[Problem]:
        """R312-194-20: proxies only with more than two members, one each, to a member present."""
        record = self.record
        if record.assembly.state is not AssemblyState.CONVENED:
            return []
        return check_attendance(self.lines(), record.member_names, record.proxies_allowed)

    def save(self) -> bool:
        if self.record.assembly.state is not AssemblyState.CONVENED:
            return True
        wizard = self.assembly_wizard
        lines = self.lines()
        return self.run(lambda: wizard.services.assemblies.record_attendance(wizard.saved_id(), lines, self.version))

