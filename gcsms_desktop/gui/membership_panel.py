"""The « Vie du groupement » tab: members and droits on a chosen date, the timeline of changes,
the deadlines, and the wizards that record a change."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.change_text import avenant_status
from gcsms_desktop.domain.changes import Change, ChangeKind
from gcsms_desktop.domain.french import format_date, sentence_case, typography
from gcsms_desktop.domain.history import History
from gcsms_desktop.gui.dialogs.avenant_dates_dialog import AvenantDatesDialog
from gcsms_desktop.gui.dialogs.dates_dialog import ask_dates
from gcsms_desktop.gui.pdf_output import save_pdf
from gcsms_desktop.gui.user_errors import run_guarded
from gcsms_desktop.gui.widgets import date_edit, plain, read_only_table, table_item, to_date, to_qdate
from gcsms_desktop.gui.wizards.change.wizard import ChangeWizard
from gcsms_desktop.services.context import Services

LATE = QBrush(QColor("#a4161a"))


def membership_file_name(kind: str, on: date, number: int | None) -> str:
    return {"avenant": f"avenant-{number}.pdf", "shares-register": f"registre-des-parts-{on.isoformat()}.pdf",
            "rights": f"droits-sociaux-{on.isoformat()}.pdf",
            "consolidated": f"convention-consolidee-{on.isoformat()}.pdf",
            "changes": "changements.pdf"}[kind]


def fill(widget: QTableWidget, rows: list[list[str]], keys: list[object] | None = None) -> None:
    """Refill a table. Emptied first: setting items over the old rows of a table whose columns fit
    their contents re-measured every row at each item (61 s for 1 000 members, now linear)."""
    widget.setRowCount(0)
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            widget.setItem(r, c, item)
    widget.resizeRowsToContents()


class MembershipPanel(QWidget):
    status = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membershipPanel")
        self.services: Services | None = None
        self.groupement_id: int | None = None
        self.history: History | None = None
        self.today = today or date.today()
        self.on = date_edit("standingDate", self.today)
        self.on.dateChanged.connect(lambda _d: self._show_standing())
        self.standing = read_only_table("standingTable", [self.tr("Membre"), self.tr("Parts (numéros)"),
                                                          self.tr("Parts"), self.tr("Droits"), self.tr("%")], 1)
        self.note = plain(QLabel())
        self.note.setObjectName("standingNote")
        self.note.setWordWrap(True)
        self.timeline = read_only_table("timelineTable", [self.tr("N°"), self.tr("Acte"), self.tr("Changement"),
                                                self.tr("Prise d'effet"), self.tr("Avenant")], 2)
        self.timeline.itemSelectionChanged.connect(self._selection_changed)
        self.timeline.doubleClicked.connect(lambda _i: self.edit_avenant_dates())
        self.deadlines = QListWidget()
        self.deadlines.setObjectName("deadlinesList")
        self.deadlines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._group(self.tr("Membres et droits sociaux"), self._standing_box()))
        splitter.addWidget(self._group(self.tr("Chronologie des changements"), self.timeline))
        splitter.addWidget(self._group(self.tr("Échéances"), self.deadlines))
        splitter.setSizes([260, 200, 140])
        layout.addWidget(splitter)
        self.show_groupement(None, None)

    # --- layout ----------------------------------------------------------------------------------

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.record_button = QToolButton()
        self.record_button.setObjectName("membership_record")
        self.record_button.setText(self.tr("&Enregistrer un changement"))
        self.record_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.record_button)
        for kind in ChangeKind:
            action = menu.addAction(sentence_case(kind.label) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self.record(k))
        self.record_button.setMenu(menu)
        self.dates_button = QPushButton(self.tr("&Dates de l'avenant…"))
        self.dates_button.setObjectName("membership_avenant_dates")
        self.dates_button.clicked.connect(lambda: self.edit_avenant_dates())
        self.print_button = QToolButton()
        self.print_button.setObjectName("membership_print")
        self.print_button.setText(self.tr("&Imprimer"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_actions = {}
        for document, text in (("avenant", self.tr("Avenant sélectionné")),
                               ("shares-register", self.tr("Registre des parts")),
                               ("rights", self.tr("Tableau des droits sociaux à la date")),
                               ("consolidated", self.tr("Convention consolidée à la date")),
                               ("changes", self.tr("Changements entre deux dates…"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=document: self.print_document(k))
            self.print_actions[document] = action
        self.print_button.setMenu(menu)
        row.addWidget(self.record_button)
        row.addWidget(self.dates_button)
        row.addWidget(self.print_button)
        row.addStretch()
        caption = QLabel(self.tr("&Situation au :"))
        caption.setBuddy(self.on)
        row.addWidget(caption)
        row.addWidget(self.on)
        return row

    def _standing_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.standing)
        layout.addWidget(self.note)
        return box

    @staticmethod
    def _group(title: str, content: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(content)
        return group

    # --- display ---------------------------------------------------------------------------------

    def show_groupement(self, services: Services | None, groupement_id: int | None) -> None:
        self.services, self.groupement_id = services, groupement_id
        self.history = services.membership.history(groupement_id) if services and groupement_id is not None else None
        self.record_button.setEnabled(self.history is not None and not self._read_only())
        self.print_button.setEnabled(self.history is not None)
        self._show_standing()
        self._show_timeline()
        self._show_deadlines()

    def _read_only(self) -> bool:
        """A read-only base: nothing can be recorded, everything can be printed."""
        return self.services is not None and self.services.read_only

    def set_date(self, on: date) -> None:
        self.on.setDate(to_qdate(on))

    def _show_standing(self) -> None:
        if self.history is None:
            fill(self.standing, [])
            self.note.setText(self.tr("Aucun groupement sélectionné."))
            return
        on = to_date(self.on.date())
        s = self.history.standing(on)
        capital = s.capital
        rows = []
        for m in s.members:
            rows.append([m.display_name, capital.numbers_text_of(m.key) if capital else "—",
                         str(capital.parts_of(m.key)) if capital else "—", s.droits_text(m.key), s.percent_text(m.key)])
        fill(self.standing, rows, [m.key for m in s.members])
        notes = []
        if s.dissolved_on:
            notes.append(self.tr("Groupement dissous le {0} (art. 20).").format(format_date(s.dissolved_on)))
        if s.regularised_on:
            notes.append(self.tr("Droits sociaux régularisés au 1er janvier {0} (art. 9-1) : un membre admis depuis "
                                 "n'en a pas encore.").format(on.year))
        self.note.setText(typography(" ".join(notes)))

    def _show_timeline(self) -> None:
        h = self.history
        changes = h.changes if h else ()
        rows = [[str(c.number), format_date(c.act_date), typography(h.describe(c)), self._effect(c),
                 avenant_status(c)] for c in changes] if h else []
        fill(self.timeline, rows, [c.number for c in changes])
        self._selection_changed()

    def _effect(self, change: Change) -> str:
        on = self.history.effective_on(change) if self.history else None
        return format_date(on) if on else self.tr("à la publication")

    def _show_deadlines(self) -> None:
        self.deadlines.clear()
        if self.services is None or self.groupement_id is None:
            return
        for deadline in self.services.membership.deadlines(self.groupement_id, self.today):
            when = format_date(deadline.due) if deadline.due else self.tr("sans date")
            item = QListWidgetItem(typography(f"{when} — {deadline.text}"))
            if deadline.overdue(self.today):
                item.setForeground(LATE)
            self.deadlines.addItem(item)

    def selected_number(self) -> int | None:
        row = self.timeline.currentRow()
        item = self.timeline.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self) -> None:
        number = self.selected_number()
        change = self.history.change(number) if self.history and number is not None else None
        self.dates_button.setEnabled(change is not None and not self._read_only())
        self.print_actions["avenant"].setEnabled(change is not None and change.needs_avenant)

    def _refresh(self, select: int | None = None) -> None:
        self.show_groupement(self.services, self.groupement_id)
        numbers = [table_item(self.timeline, r, 0).data(Qt.ItemDataRole.UserRole)
                   for r in range(self.timeline.rowCount())]
        if select in numbers:
            self.timeline.selectRow(numbers.index(select))
        self.changed.emit()

    # --- actions ---------------------------------------------------------------------------------

    def record(self, kind: ChangeKind) -> ChangeWizard | None:
        if self.services is None or self.groupement_id is None or self._read_only():
            return None
        wizard = ChangeWizard(self.services, self.groupement_id, kind, self.today, self)
        wizard.finished.connect(lambda result: self._recorded(wizard) if result else None)
        wizard.open()
        return wizard

    def _recorded(self, wizard: ChangeWizard) -> None:
        self._refresh(wizard.recorded_number)
        self.status.emit(self.tr("Changement enregistré : avenant n° {0}.").format(wizard.recorded_number))

    def edit_avenant_dates(self, dates_dialog: AvenantDatesDialog | None = None) -> bool:
        number = self.selected_number()
        change = self.history.change(number) if self.history and number is not None else None
        if change is None or self.services is None or self._read_only():
            return False
        dialog = dates_dialog or AvenantDatesDialog(self.tr("Avenant n° {0}").format(number), change.avenant, self)
        if dates_dialog is None and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        services, groupement_id = self.services, self.groupement_id
        assert groupement_id is not None and number is not None  # a change is selected in a loaded groupement
        done = run_guarded(self, lambda: services.membership.set_avenant_dates(
            groupement_id, number, dialog.dates(), self.history.groupement.version if self.history else None))
        self._refresh(number)
        return done

    def print_document(self, kind: str, period: tuple[date, date] | None = None) -> None:
        if self.services is None or self.groupement_id is None:
            return
        printing, gid, on = self.services.printing, self.groupement_id, to_date(self.on.date())
        if kind == "changes" and period is None:
            answer = ask_dates(self, self.tr("Changements entre deux dates"), self.tr(
                "Les changements qui ont pris effet entre ces deux dates, et la situation à chacune d'elles."),
                [(self.tr("Du :"), date(on.year, 1, 1)), (self.tr("Au :"), on)])
            if answer is None:
                return
            period = (answer[0], answer[1])
        number = self.selected_number()
        render = {
            "avenant": lambda: printing.avenant(gid, cast(int, number)),  # the action needs a selected change
            "shares-register": lambda: printing.shares_register(gid, on),
            "rights": lambda: printing.rights_table(gid, on),
            "consolidated": lambda: printing.convention(gid, at=on),
            "changes": lambda: printing.changes(gid, *cast("tuple[date, date]", period)),  # asked above
        }[kind]
        suggested = self.services.path.parent / membership_file_name(kind, on, number)
        save_pdf(self, self.tr("Imprimer"), suggested, render)
