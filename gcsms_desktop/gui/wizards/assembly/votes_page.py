"""Page 4: one agenda point at a time: the summary of its debates (information points and « questions
diverses » included, never put to the vote by it) and, for a resolution, the votes member by member
with the result and its rule live.

The votes are a model shown by a table view whose delegate creates a combo box only for the cell being
edited (a combo box a voter took 375 ms a resolution at 1 000 members)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPlainTextEdit, QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.assembly import AgendaItem, AssemblyState, voters_on
from gcsms_desktop.domain.attendance import voters
from gcsms_desktop.domain.french import plural, typography
from gcsms_desktop.domain.majority import Choice, decide
from gcsms_desktop.gui.wizards.assembly.page import NEUTRAL, AssemblyPage
from gcsms_desktop.gui.table_models import COLUMN_SAMPLE, HeadedTableModel
from gcsms_desktop.gui.widgets import plain

Index = QModelIndex | QPersistentModelIndex
NAME, RIGHTS, VOTE = range(3)
DEBATES_HEIGHT = 110  # a few lines beside the votes table
QWIDGETSIZE_MAX = 16_777_215  # Qt's « no maximum »
NO_CHOICE = "—"
COMBO_ARROW = 32  # px added to the vote column: the editor's arrow and frame
TEXT_MARGIN = 12  # px around a cell's text


class VotesModel(HeadedTableModel):
    """The voters on one resolution, their droits and their choice (None while not recorded)."""

    votes_changed = Signal()  # once per user change, once for « Unanimité pour »

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.keys: list[str] = []
        self.names: list[str] = []
        self.rights: list[str] = []
        self.chosen: list[Choice | None] = []
        self.editable = False

    def show(self, keys: list[str], names: list[str], rights: list[str], choices: Mapping[str, Choice],
             editable: bool) -> None:
        self.beginResetModel()
        self.keys, self.names, self.rights = keys, names, rights
        self.chosen = [choices.get(key) for key in keys]
        self.editable = editable
        self.endResetModel()

    def choices(self) -> dict[str, Choice]:
        return {key: choice for key, choice in zip(self.keys, self.chosen, strict=True) if choice is not None}

    def set_choice(self, row: int, choice: Choice | None) -> None:
        self.chosen[row] = choice
        self.dataChanged.emit(self.index(row, VOTE), self.index(row, VOTE))
        self.votes_changed.emit()

    def set_all(self, choice: Choice) -> None:
        """Every voter at once: one repaint, one outcome computed (not one per voter)."""
        self.chosen = [choice] * len(self.keys)
        if self.keys:
            self.dataChanged.emit(self.index(0, VOTE), self.index(len(self.keys) - 1, VOTE))
        self.votes_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.keys)


    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == VOTE and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole:
            return self.chosen[row] if column == VOTE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return self.names[row]
            if column == RIGHTS:
                return self.rights[row]
            choice = self.chosen[row]
            return choice.label.capitalize() if choice is not None else NO_CHOICE
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RIGHTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if (not index.isValid() or index.column() != VOTE or role != Qt.ItemDataRole.EditRole or not self.editable
                or not (value is None or isinstance(value, Choice))):
            return False
        if value is not self.chosen[index.row()]:
            self.set_choice(index.row(), value)
        return True



class VoteDelegate(QStyledItemDelegate):
    """A combo box (« — », pour, contre, abstention) for the one vote being edited, recorded when chosen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("voteEditor")
        combo.addItem(NO_CHOICE, None)
        for choice in Choice:
            combo.addItem(choice.label.capitalize(), choice)
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                             index: Index) -> None:
        editor.setGeometry(option.rect)


class VotesPage(AssemblyPage):
    key = "votes"

    def __init__(self) -> None:
        super().__init__(self.tr("Débats et votes"),
                         self.tr("Pour chaque point, le résumé des débats porté au procès-verbal ; pour chaque "
                                 "résolution, les votes (la majorité dépend de la matière, art. R. 312-194-22)."))

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
        self.model = VotesModel(self)
        self.model.headers = (self.tr("Membre votant"), self.tr("Droits"), self.tr("Vote"))
        self.model.votes_changed.connect(self._update_outcome)
        self.table = QTableView()
        self.table.setObjectName("votesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(VoteDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.CurrentChanged | triggers.DoubleClicked | triggers.SelectedClicked
                                   | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)  # an editor fits
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(COLUMN_SAMPLE)
        unanimous = QPushButton(self.tr("&Unanimité pour"))
        unanimous.setObjectName("unanimousFor")
        unanimous.clicked.connect(lambda: self.set_all(Choice.FOR))
        self.unanimous = unanimous
        self.outcome = plain(QLabel())
        self.outcome.setObjectName("outcomeLabel")
        self.outcome.setWordWrap(True)
        self.debates = QPlainTextEdit()
        self.debates.setObjectName("debatesText")
        self.debates.setPlaceholderText(self.tr("Résumé des débats sur ce point (procès-verbal) : interventions, "
                                                "questions, réponses. Ce texte ne met pas le point aux voix."))
        self.debates.setTabChangesFocus(True)
        self.debates.setMaximumHeight(DEBATES_HEIGHT)
        debates_label = plain(QLabel(typography(self.tr("Débats :"))))
        debates_label.setBuddy(self.debates)
        for widget in (self.heading, self.text, debates_label, self.debates, self.rule, self.table, unanimous,
                       self.outcome):
            right.addWidget(widget)
        right.setStretch(5, 1)
        self.right = right
        row.addLayout(right, 5)
        self.layout_.addWidget(self.body, 1)
        self.points: tuple[tuple[int, AgendaItem], ...] = ()
        self.current = -1
        self.fit_pending = True  # the columns are fitted at the first resolution shown after load()

    def load(self) -> None:
        result = self.record.result
        self.no_quorum.setVisible(not result.quorum.may_deliberate)
        self.body.setVisible(result.quorum.may_deliberate)
        self.no_quorum.setText(typography(result.quorum.explanation + " " + self.tr(
            "Aucune résolution n'est mise aux voix ; poursuivez pour clore la séance et convoquer à nouveau.")))
        self.items.blockSignals(True)
        self.items.clear()
        self.points = tuple(enumerate(self.record.assembly.agenda, start=1))
        for number, item in self.points:
            self.items.addItem(typography(f"{number}. {item.title}"))
        self.items.blockSignals(False)
        self.current = -1
        self.fit_pending = True
        if self.items.count():
            self.items.setCurrentRow(0)

    def _numbered(self, row: int) -> tuple[int, AgendaItem]:
        """The point shown at ``row``, read from the record saved last (every point is listed)."""
        return self.points[row][0], self.record.assembly.agenda[self.points[row][0] - 1]

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
        self.debates.setPlainText(item.debates)
        self.debates.setReadOnly(self.record.assembly.state is not AssemblyState.CONVENED)
        voted = not item.is_information
        for widget in (self.rule, self.table, self.unanimous, self.outcome):
            widget.setVisible(voted)
        self.debates.setMaximumHeight(DEBATES_HEIGHT if voted else QWIDGETSIZE_MAX)  # the page is all debates
        self.right.setStretch(3, 0 if voted else 1)
        if not voted:
            self.text.setText(typography(self.tr("Point d'information : il n'est pas mis aux voix.")))
            return
        self.text.setText(typography(item.resolution))
        names, rights = self.record.member_names, self.record.rights
        keys = self._voters(item)
        self.model.show(keys, [names.get(key, key) for key in keys], [rights.member_text(key) for key in keys],
                        item.choices, self.record.assembly.state is AssemblyState.CONVENED)
        if self.fit_pending:  # the same voters' names and droits from one resolution to the next: fitted once
            self.fit_pending = False
            self.table.resizeColumnsToContents()  # on a bounded sample of rows
            widest = max(self.table.fontMetrics().horizontalAdvance(c.label.capitalize()) for c in Choice)
            self.table.setColumnWidth(VOTE, max(self.table.columnWidth(VOTE), widest + TEXT_MARGIN) + COMBO_ARROW)
        self._update_outcome()

    def choices(self) -> dict[str, Choice]:
        return self.model.choices()

    def set_vote(self, key: str, choice: Choice) -> None:
        self.model.set_choice(self.model.keys.index(key), choice)

    def set_all(self, choice: Choice) -> None:
        """One outcome computed after all the votes are set, not one per voter (quadratic: 1 000
        members took 35 s)."""
        self.model.set_all(choice)

    def _update_outcome(self, *_args: object) -> None:
        if self.current < 0:
            return
        _number, item = self._numbered(self.current)
        if item.is_information:
            return
        record = self.record
        outcome = decide(item.matter, self.choices(), voters(record.assembly.attendance), record.rights,
                         len(record.members), item.concerned_member)
        self.rule.setText(typography(self.tr("Règle : {0}").format(outcome.rule.label)))
        if outcome.complete:
            self.outcome.setText(typography(outcome.explanation))
        else:  # no « Rejetée » before every vote is entered
            missing = len(outcome.tally.missing)
            self.outcome.setText(typography(self.tr(
                "Vote incomplet : {0} sans vote ; indiquez le vote de chacun (ou « Unanimité pour »).").format(
                plural(missing, self.tr("membre")))))
        colour = NEUTRAL if not outcome.complete else ("#2b7a0b" if outcome.adopted else "#a4161a")
        self.outcome.setStyleSheet(f"font-weight: bold; color: {colour};")

    def save_current(self) -> bool:
        if self.current < 0 or self.record.assembly.state is not AssemblyState.CONVENED:
            return True
        number, item = self._numbered(self.current)
        wizard = self.assembly_wizard
        debates = self.debates.toPlainText().strip()
        if debates != item.debates and not self.run(lambda: wizard.services.assemblies.record_debates(
                wizard.saved_id(), number, debates, self.version)):
            return False
        if item.is_information:
            return True
        return self.run(lambda: wizard.services.assemblies.record_votes(
            wizard.saved_id(), number, self.choices(), self.version))

    def save(self) -> bool:
        return self.save_current()
