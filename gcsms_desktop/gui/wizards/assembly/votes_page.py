"""Page 4: one resolution at a time, member by member, with the result and its rule live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.assembly import AgendaItem, AssemblyState, voters_on
from gcsms_desktop.domain.attendance import voters
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.majority import Choice, decide
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage
from gcsms_desktop.gui.widgets import cell_widget, plain


class VotesPage(AssemblyPage):
    key = "votes"

    def __init__(self) -> None:
        super().__init__(self.tr("Votes"), self.tr("La majorité dépend de la matière (art. R. 312-194-22)."))

    def build(self) -> None:
        self.no_quorum = plain(QLabel())
        self.no_quorum.setObjectName("noQuorum")
        self.no_quorum.setWordWrap(True)
        self.layout_.addWidget(self.no_quorum)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget()
        self.items.setObjectName("resolutionList")
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.items.currentRowChanged.connect(self._switch)
        row.addWidget(self.items, 2)
        right = QVBoxLayout()
        self.heading = plain(QLabel())
        self.heading.setObjectName("resolutionHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.text = plain(QLabel())
        self.text.setWordWrap(True)
        self.rule = plain(QLabel())
        self.rule.setObjectName("ruleLabel")
        self.rule.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("votesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Membre votant"), self.tr("Droits"), self.tr("Vote")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        unanimous = QPushButton(self.tr("&Unanimité pour"))
        unanimous.setObjectName("unanimousFor")
        unanimous.clicked.connect(lambda: self.set_all(Choice.FOR))
        self.outcome = plain(QLabel())
        self.outcome.setObjectName("outcomeLabel")
        self.outcome.setWordWrap(True)
        for widget in (self.heading, self.text, self.rule, self.table, unanimous, self.outcome):
            right.addWidget(widget)
        right.setStretch(3, 1)
        row.addLayout(right, 5)
        self.layout_.addWidget(self.body, 1)
        self.current = -1

    def load(self) -> None:
        result = self.record.result
        self.no_quorum.setVisible(not result.quorum.may_deliberate)
        self.body.setVisible(result.quorum.may_deliberate)
        self.no_quorum.setText(typography(result.quorum.explanation + " " + self.tr(
            "Aucune résolution n'est mise aux voix ; poursuivez pour clore la séance et convoquer à nouveau.")))
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in self.record.assembly.voted_items:
            self.items.addItem(typography(f"{number}. {item.title}"))
        self.items.blockSignals(False)
        self.current = -1
        if self.items.count():
            self.items.setCurrentRow(0)

    def _numbered(self, row: int) -> tuple[int, AgendaItem]:
        return self.record.assembly.voted_items[row]

    def _switch(self, row: int) -> None:
        if self.current >= 0 and self.current != row and not self.save_current():
            self.items.blockSignals(True)
            self.items.setCurrentRow(self.current)
            self.items.blockSignals(False)
            return
        self.current = row
        self._show(row)

    def _voters(self, item: AgendaItem) -> list[str]:
        return voters_on(item, self.record.assembly.attendance)

    def _show(self, row: int) -> None:
        number, item = self._numbered(row)
        self.heading.setText(typography(f"{number}. {item.title} — {item.matter.long_label}"))
        self.text.setText(typography(item.resolution))
        names = self.record.member_names
        keys = self._voters(item)
        self.table.setRowCount(len(keys))
        for index, key in enumerate(keys):
            self.table.setItem(index, 0, QTableWidgetItem(names.get(key, key)))
            self.table.setItem(index, 1, QTableWidgetItem(self.record.rights.member_text(key)))
            combo = QComboBox()
            combo.setObjectName(f"vote_{key}")
            combo.addItem("—", None)
            for choice in Choice:
                combo.addItem(choice.label.capitalize(), choice)
            combo.setCurrentIndex(max(0, combo.findData(item.choices.get(key))))
            combo.currentIndexChanged.connect(self._update_outcome)
            self.table.setCellWidget(index, 2, combo)
        self.table.setEnabled(self.record.assembly.state is AssemblyState.CONVENED)
        self._update_outcome()

    def choices(self) -> dict[str, Choice]:
        found = {}
        for index in range(self.table.rowCount()):
            combo = cell_widget(self.table, index, 2, QComboBox)
            if combo.currentData() is not None:
                found[combo.objectName().removeprefix("vote_")] = combo.currentData()
        return found

    def set_vote(self, key: str, choice: Choice) -> None:
        for index in range(self.table.rowCount()):
            combo = cell_widget(self.table, index, 2, QComboBox)
            if combo.objectName() == f"vote_{key}":
                combo.setCurrentIndex(combo.findData(choice))

    def set_all(self, choice: Choice) -> None:
        for index in range(self.table.rowCount()):
            combo = cell_widget(self.table, index, 2, QComboBox)
            combo.setCurrentIndex(combo.findData(choice))

    def _update_outcome(self, *_args: object) -> None:
        if self.current < 0:
            return
        _number, item = self._numbered(self.current)
        record = self.record
        outcome = decide(item.matter, self.choices(), voters(record.assembly.attendance), record.rights,
                         len(record.members), item.concerned_member)
        self.rule.setText(typography(self.tr("Règle : {0}").format(outcome.rule.label)))
        self.outcome.setText(typography(outcome.explanation))
        colour = "#2b7a0b" if outcome.adopted else ("#a4161a" if outcome.complete else "#555555")
        self.outcome.setStyleSheet(f"font-weight: bold; color: {colour};")

    def save_current(self) -> bool:
        if self.current < 0 or self.record.assembly.state is not AssemblyState.CONVENED:
            return True
        number, _item = self._numbered(self.current)
        wizard = self.assembly_wizard
        return self.run(lambda: wizard.services.assemblies.record_votes(
            wizard.saved_id(), number, self.choices(), self.version))

    def save(self) -> bool:
        return self.save_current()
