"""Page 3: one row per member — present (who sits), represented (proxy to whom) or absent —
with the quorum computed live by the domain (R312-194-22)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
)

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.attendance import AttendanceLine, Presence, check_attendance
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.domain.quorum import compute_quorum
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage
from gcsms_desktop.gui.widgets import cell_widget, plain

PRESENCE, REPRESENTATIVE, PROXY = 2, 3, 4


class AttendancePage(AssemblyPage):
    key = "attendance"

    def __init__(self) -> None:
        super().__init__(self.tr("Feuille de présence"),
                         self.tr("Cochez les présents ; une procuration ne va qu'à un membre présent, qui n'en "
                                 "détient qu'une (art. R. 312-194-20)."))

    def build(self) -> None:
        self._bulk = False
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Membre"), self.tr("Droits"), self.tr("Présence"),
                                              self.tr("Représentant"), self.tr("Procuration donnée à")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        self.quorum = plain(QLabel())
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.layout_.addWidget(self.quorum)
        buttons = QHBoxLayout()
        everyone = QPushButton(self.tr("&Tous présents"))
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
        lines = {line.member_key: line for line in record.assembly.attendance}
        self.proxy_holders = self._proxy_holders()
        self._bulk = True  # one quorum update at the end, not one per row
        self.table.setRowCount(0)
        self.table.setRowCount(len(record.members))
        for row, member in enumerate(record.members):
            line = lines.get(member.key, AttendanceLine(member.key))
            name = QTableWidgetItem(member.name)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(record.rights.member_text(member.key)))
            presence = QComboBox()
            presence.setObjectName(f"presence_{member.key}")
            for value in Presence:
                presence.addItem(value.label.capitalize(), value)
            if not record.proxies_allowed:
                # « représenté »: no proxy possible
                cast(QStandardItemModel, presence.model()).item(1).setEnabled(False)
            presence.setCurrentIndex(presence.findData(line.presence))
            representative = QComboBox()
            representative.setEditable(True)
            representative.setObjectName(f"representative_{member.key}")
            representative.addItems([r.name for r in member.representatives])
            representative.setEditText(line.representative or (member.representatives[0].name
                                                                if member.representatives else ""))
            proxy = QComboBox()
            proxy.setObjectName(f"proxy_{member.key}")
            proxy.setModel(self.proxy_holders)  # one list for every row (a member choosing itself is refused)
            proxy.setCurrentIndex(max(0, proxy.findData(line.proxy_holder)))
            for column, widget in ((PRESENCE, presence), (REPRESENTATIVE, representative), (PROXY, proxy)):
                self.table.setCellWidget(row, column, widget)
            presence.currentIndexChanged.connect(self._changed)
            proxy.currentIndexChanged.connect(self._changed)
        self.table.setEnabled(record.assembly.state is AssemblyState.CONVENED)
        self._bulk = False
        self._changed()

    def _proxy_holders(self) -> QStandardItemModel:
        """The members a proxy may go to, built once: a list per row made N² widgets items (1 000 members:
        a million entries, 600 MiB)."""
        model = QStandardItemModel(self)
        blank = QStandardItem("")
        blank.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(blank)
        for member in self.record.members:
            item = QStandardItem(member.name)
            item.setData(member.key, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        return model

    def lines(self) -> tuple[AttendanceLine, ...]:
        result = []
        for row, member in enumerate(self.record.members):
            presence: Presence = cell_widget(self.table, row, PRESENCE, QComboBox).currentData()
            representative = cell_widget(self.table, row, REPRESENTATIVE, QComboBox).currentText().strip()
            proxy = cell_widget(self.table, row, PROXY, QComboBox).currentData()
            result.append(AttendanceLine(member.key, presence,
                                         representative if presence is Presence.PRESENT else "",
                                         proxy if presence is Presence.REPRESENTED else None))
        return tuple(result)

    def set_presence(self, key: str, presence: Presence, proxy_holder: str | None = None) -> None:
        row = [m.key for m in self.record.members].index(key)
        combo = cell_widget(self.table, row, PRESENCE, QComboBox)
        combo.setCurrentIndex(combo.findData(presence))
        if proxy_holder is not None:
            holder = cell_widget(self.table, row, PROXY, QComboBox)
            holder.setCurrentIndex(holder.findData(proxy_holder))

    def all_present(self) -> None:
        self._bulk = True
        try:
            for member in self.record.members:
                self.set_presence(member.key, Presence.PRESENT)
        finally:
            self._bulk = False
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._bulk:
            return
        lines = self.lines()
        for row, line in enumerate(lines):
            self.table.cellWidget(row, REPRESENTATIVE).setEnabled(line.presence is Presence.PRESENT)
            self.table.cellWidget(row, PROXY).setEnabled(line.presence is Presence.REPRESENTED)
        quorum = compute_quorum(lines, self.record.rights, self.record.assembly.second_convocation)
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
