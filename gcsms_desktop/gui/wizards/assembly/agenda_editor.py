"""Agenda editor: the list of points on the left, the selected point's details on the right."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from gcsms_desktop.domain.assembly import AgendaItem
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.majority import rule_for
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member
from gcsms_desktop.gui.widgets import leaves_on_tab, plain


class AgendaEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.members: tuple[Member, ...] = ()
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.new_matter = QComboBox()
        self.new_matter.setObjectName("newMatter")
        for matter in Matter:
            self.new_matter.addItem(typography(matter.long_label), matter)
        add = QPushButton(self.tr("&Ajouter le point"))
        add.setObjectName("addItem")
        add.clicked.connect(self.add_selected_matter)
        remove = QPushButton(self.tr("&Retirer"))
        remove.setObjectName("removeItem")
        remove.clicked.connect(self.remove_current)
        up, down = QPushButton(self.tr("Monter")), QPushButton(self.tr("Descendre"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        left = QVBoxLayout()
        left.addWidget(self.list)
        adding = QHBoxLayout()
        adding.addWidget(self.new_matter, 1)
        adding.addWidget(add)
        left.addLayout(adding)
        moving = QHBoxLayout()
        for button in (up, down, remove):
            moving.addWidget(button)
        left.addLayout(moving)
        self.details = QWidget()
        form = QFormLayout(self.details)
        self.matter = QComboBox()
        self.matter.setObjectName("itemMatter")
        for matter in Matter:
            self.matter.addItem(typography(matter.long_label), matter)
        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.resolution = leaves_on_tab(QPlainTextEdit())
        self.resolution.setObjectName("itemResolution")
        self.resolution.setPlaceholderText(self.tr("Texte de la résolution soumise au vote (vide pour un point "
                                                   "d'information hors liste ; le résumé des débats se saisit "
                                                   "pendant la séance, page « Débats et votes »)"))
        self.concerned = QComboBox()
        self.concerned.setObjectName("itemConcerned")
        self.rule = plain(QLabel())
        self.rule.setWordWrap(True)
        self.rule.setObjectName("itemRule")
        form.addRow(typography(self.tr("Matière :")), self.matter)
        form.addRow(typography(self.tr("Intitulé :")), self.title)
        form.addRow(typography(self.tr("Résolution :")), self.resolution)
        form.addRow(typography(self.tr("Membre concerné :")), self.concerned)
        form.addRow(typography(self.tr("Majorité :")), self.rule)
        for signal in (self.matter.currentIndexChanged, self.title.textEdited, self.resolution.textChanged,
                       self.concerned.currentIndexChanged):
            signal.connect(self._store)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.details, 3)
        self._loading = False
        self._show(-1)

    def set_items(self, items: tuple[AgendaItem, ...], members: tuple[Member, ...]) -> None:
        """The agenda, and the members in force on the meeting date (who may be named for exclusion)."""
        self.items = list(items)
        self._fill_members(members)
        self._refresh_list(0 if items else -1)

    def set_members(self, members: tuple[Member, ...]) -> None:
        """The meeting date moved: offer the members in force on the new date, items kept as typed."""
        if tuple(m.key for m in members) == tuple(m.key for m in self.members):
            return
        self._fill_members(members)
        self._show(self.list.currentRow())

    def _fill_members(self, members: tuple[Member, ...]) -> None:
        self.members = members
        self.concerned.blockSignals(True)
        self.concerned.clear()
        self.concerned.addItem(self.tr("— aucun —"), None)
        for member in members:
            self.concerned.addItem(member.name, member.key)
        self.concerned.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        editors = (QPushButton, QComboBox, QLineEdit, QPlainTextEdit)
        for widget in [w for kind in editors for w in self.findChildren(kind)]:
            widget.setEnabled(not read_only)
        self.list.setEnabled(True)

    def add_selected_matter(self) -> None:
        matter: Matter = self.new_matter.currentData()
        title = (matter.label[0].upper() + matter.label[1:] if matter is not Matter.OTHER
                 else self.tr("Questions diverses"))
        self.items.append(AgendaItem(matter, title))
        self._refresh_list(len(self.items) - 1)
        self.title.setFocus()
        self.title.selectAll()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.items[row]
            self._refresh_list(min(row, len(self.items) - 1))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < len(self.items) and row >= 0:
            self.items[row], self.items[row + step] = self.items[row + step], self.items[row]
            self._refresh_list(row + step)

    def _refresh_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, item in enumerate(self.items, start=1):
            self.list.addItem(typography(f"{number}. {item.title}  [{item.matter.reference}]"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(select)
        self._show(select)

    def _show(self, row: int) -> None:
        self.details.setEnabled(0 <= row < len(self.items))
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self._loading = True
        self.matter.setCurrentIndex(self.matter.findData(item.matter))
        self.title.setText(item.title)
        self.resolution.setPlainText(item.resolution)
        self.concerned.setCurrentIndex(max(0, self.concerned.findData(item.concerned_member)))
        self._loading = False
        self._update_rule(item)

    def _store(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.items):
            return
        matter: Matter = self.matter.currentData()
        concerned = self.concerned.currentData() if matter is Matter.EXCLUSION else None
        item = replace(self.items[row], matter=matter, title=self.title.text(),
                       resolution=self.resolution.toPlainText(), concerned_member=concerned)
        self.items[row] = item
        self.list.item(row).setText(typography(f"{row + 1}. {item.title}  [{item.matter.reference}]"))
        self._update_rule(item)

    def _update_rule(self, item: AgendaItem) -> None:
        self.concerned.setEnabled(item.matter is Matter.EXCLUSION and self.isEnabled())
        self.rule.setText(typography(self.tr("point d'information, non mis aux voix") if item.is_information
                                     else rule_for(item.matter).label))
