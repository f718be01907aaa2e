"""The « Vie du groupement » tab: members and droits on a chosen date, the timeline of changes,
the deadlines, and the wizards that record a change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu,
    QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.change_text import avenant_status
from gcsms_desktop.domain.changes import Change, ChangeKind
from gcsms_desktop.domain.deadlines import Deadline
from gcsms_desktop.domain.deletions import change_deletion_problem, change_losses
from gcsms_desktop.domain.french import format_date, sentence_case, typography
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.standing import Standing
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.dialogs import confirm_loss
from gcsms_desktop.gui.administrators_box import AdministratorsBox
from gcsms_desktop.gui.dialogs.avenant_dates_dialog import AvenantDatesDialog
from gcsms_desktop.gui.dialogs.dates_dialog import ask_dates
from gcsms_desktop.gui.member_actions import MemberTableActions
from gcsms_desktop.gui.context_menus import buttons_menu
from gcsms_desktop.gui.undo import Undoable, undo_stack
from gcsms_desktop.gui.pdf_output import documents_folder, print_pdf, save_pdf
from gcsms_desktop.gui.table_models import RowsTableModel, current_key, fit_columns, read_only_view, select_key
from gcsms_desktop.gui.widgets import date_edit, plain, to_date, to_qdate
from gcsms_desktop.gui.wizards.change.wizard import ChangeWizard
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.membership import DeletedChange

LATE = QBrush(QColor("#a4161a"))


def membership_file_name(kind: str, on: date, number: int | None, period: tuple[date, date] | None = None) -> str:
    """« 2027-03-01 registre des parts.pdf »: dated like the assembly documents (gui.assembly_documents)."""
    start, end = period or (on, on)
    return {"avenant": f"{on:%Y-%m-%d} avenant n° {number}.pdf",
            "shares-register": f"{on:%Y-%m-%d} registre des parts.pdf",
            "rights": f"{on:%Y-%m-%d} tableau des droits sociaux.pdf",
            "consolidated": f"{on:%Y-%m-%d} convention consolidée.pdf",
            "changes": f"{start:%Y-%m-%d} au {end:%Y-%m-%d} changements.pdf"}[kind]


# --- what the tab shows, computed without widgets (off the GUI thread for a large groupement) ------------

@dataclass(frozen=True)
class StandingRows:
    on: date
    standing: Standing | None
    rows: list[list[str]]
    keys: list[str]


@dataclass(frozen=True)
class MembershipData:
    history: History | None
    standing: StandingRows
    timeline: list[list[str]]
    numbers: list[int]
    deadlines: list[Deadline]
    last_deletion_problem: str | None = None  # why the last change may not be deleted (domain.deletions)


def standing_rows(history: History | None, on: date) -> StandingRows:
    if history is None:
        return StandingRows(on, None, [], [])
    s = history.standing(on)
    capital = s.capital
    rows = [[m.display_name, capital.numbers_text_of(m.key) if capital else "—",
             str(capital.parts_of(m.key)) if capital else "—", s.droits_text(m.key), s.percent_text(m.key)]
            for m in s.members]
    return StandingRows(on, s, rows, [m.key for m in s.members])


def timeline_rows(history: History | None, at_publication: str) -> list[list[str]]:
    if history is None:
        return []

    def effect(change: Change) -> str:
        on = history.effective_on(change)
        return format_date(on) if on else at_publication

    return [[str(c.number), format_date(c.act_date), typography(history.describe(c)), effect(c), avenant_status(c)]
            for c in history.changes]


def load_membership(services: Services | None, groupement_id: int | None, on: date, today: date,
                    at_publication: str, history: History | None = None) -> MembershipData:
    """Everything the tab shows for ``groupement_id``; ``history`` when the caller read it already."""
    if services is None or groupement_id is None:
        return MembershipData(None, standing_rows(None, on), [], [], [])
    past = history if history is not None else services.membership.history(groupement_id)
    last = past.changes[-1].number if past.changes else None
    problem = services.membership.deletion_problem(groupement_id, last) if last is not None else None
    return MembershipData(past, standing_rows(past, on), timeline_rows(past, at_publication),
                          [c.number for c in past.changes], services.membership.deadlines(groupement_id, today),
                          problem)


class MembershipPanel(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membershipPanel")
        self.services: Services | None = None
        self.groupement_id: int | None = None
        self.history: History | None = None
        self.last_deletion_problem: str | None = None
        self.large = False  # a large groupement loads in a worker thread (operations.LARGE_GROUPEMENT)
        self._request = 0  # the latest load asked for: a slower, older one is not shown over it
        self._standing_request = 0  # the same for the situation at the chosen date
        self._today = today  # given by a test; otherwise the services' clock, once a base is open
        self._date_chosen = False  # the situation's date follows today until the user picks one
        self.on = date_edit("standingDate", self.today)
        self.on.dateChanged.connect(lambda _d: self._date_changed())
        self.standing_model = RowsTableModel(self, [self.tr("Membre"), self.tr("Parts (numéros)"), self.tr("Parts"),
                                                    self.tr("Droits"), self.tr("%")])
        self.standing_model.numeric_columns = frozenset({2, 3, 4})
        self.standing = read_only_view("standingTable", self.standing_model, 1)
        self.member_actions = MemberTableActions(self.standing, self._member_context)
        self.note = plain(QLabel())
        self.note.setObjectName("standingNote")
        self.note.setWordWrap(True)
        self.timeline_model = RowsTableModel(self, [self.tr("N°"), self.tr("Acte"), self.tr("Changement"),
                                                    self.tr("Prise d'effet"), self.tr("Avenant")])
        self.timeline = read_only_view("timelineTable", self.timeline_model, 2, wrap=True)
        self.timeline.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        self.timeline.doubleClicked.connect(lambda _i: self.edit_avenant_dates())
        buttons_menu(self.timeline, lambda: [self.dates_button, self.delete_button], "changeMenu")
        self.deadlines = QListWidget()
        self.deadlines.setObjectName("deadlinesList")
        self.deadlines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._group(self.tr("Membres et droits sociaux"), self._standing_box()))
        splitter.addWidget(self._group(self.tr("Chronologie des changements"), self.timeline))
        splitter.addWidget(self._group(self.tr("Échéances"), self.deadlines))
        self.administrators = AdministratorsBox()
        splitter.addWidget(self.administrators)
        splitter.setSizes([260, 200, 140, 160])
        layout.addWidget(splitter)
        operations.data_events().data_changed.connect(self._data_changed)
        self.show_groupement(None, None)
    # --- layout ----------------------------------------------------------------------------------

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.record_button = QToolButton()
        self.record_button.setObjectName("membership_record")
        self.record_button.setText(self.tr("En&registrer un changement"))
        self.record_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.record_button)
        for kind in ChangeKind:
            action = menu.addAction(sentence_case(kind.label) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self.record(k))
        self.record_button.setMenu(menu)
        self.dates_button = QPushButton(self.tr("Da&tes de l'avenant…"))
        self.dates_button.setObjectName("membership_avenant_dates")
        self.dates_button.clicked.connect(lambda: self.edit_avenant_dates())
        self.delete_button = QPushButton(self.tr("&Supprimer le changement…"))
        self.delete_button.setObjectName("membership_delete_change")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.print_button = QToolButton()
        self.print_button.setObjectName("membership_print")
        self.print_button.setText(self.tr("&Imprimer"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.save_button = QToolButton()
        self.save_button.setObjectName("membership_save")
        self.save_button.setText(self.tr("Enregistrer en &PDF"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        self.print_actions, self.save_actions = {}, {}
        for document, text in (("avenant", self.tr("Avenant sélectionné…")),
                               ("shares-register", self.tr("Registre des parts…")),
                               ("rights", self.tr("Tableau des droits sociaux à la date…")),
                               ("consolidated", self.tr("Convention consolidée à la date…")),
                               ("changes", self.tr("Changements entre deux dates…"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=document: self.print_document(k))
            self.print_actions[document] = action
            saving = save_menu.addAction(text)
            saving.triggered.connect(lambda _c=False, k=document: self.save_document(k))
            action.changed.connect(lambda a=action, b=saving: b.setEnabled(a.isEnabled()))  # enabled alike
            self.save_actions[document] = saving
        self.print_button.setMenu(menu)
        self.save_button.setMenu(save_menu)
        row.addWidget(self.record_button)
        row.addWidget(self.dates_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch()
        caption = QLabel(self.tr("Situation a&u :"))
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

    def _member_context(self) -> tuple[Services, int, date] | None:
        """The base, groupement and date the members table shows (its card and corrections use them)."""
        if self.services is None or self.groupement_id is None:
            return None
        return self.services, self.groupement_id, self.chosen_date()

    # --- display ---------------------------------------------------------------------------------

    @property
    def today(self) -> date:
        """The services' clock (services.clock): one today for the situation, deadlines and acts."""
        if self._today is not None:
            return self._today
        return self.services.clock.today() if self.services is not None else date.today()

    def _follow_today(self) -> None:
        """Before the user picks a date, the situation is shown at the services' today."""
        if not self._date_chosen and self.chosen_date() != self.today:
            self.on.blockSignals(True)
            self.on.setDate(to_qdate(self.today))
            self.on.blockSignals(False)

    def show_groupement(self, services: Services | None, groupement_id: int | None, *, large: bool = False,
                        select: int | None = None) -> None:
        """Load and show ``groupement_id`` (in a worker thread when ``large``)."""
        self.services, self.groupement_id, self.large = services, groupement_id, large
        self._follow_today()
        on, today, at_publication = self.chosen_date(), self.today, self.tr("à la publication")
        self._load(lambda: load_membership(services, groupement_id, on, today, at_publication), select)

    def loader(self, services: Services | None, groupement_id: int | None,
               large: bool) -> tuple[Callable[[History | None], MembershipData], Callable[[MembershipData], None]]:
        """For the main window: (work, apply) to load this tab with the rest of a selection in one read.
        ``work`` takes the history the main window read; it touches no widget."""
        self.services, self.groupement_id, self.large = services, groupement_id, large
        self._follow_today()
        self._request += 1
        request, on, today, at_publication = self._request, self.chosen_date(), self.today, self.tr("à la publication")

        def work(history: History | None) -> MembershipData:
            return load_membership(services, groupement_id, on, today, at_publication, history)

        return work, lambda data: self._apply(request, data, None)

    def _load(self, work: Callable[[], MembershipData], select: int | None) -> None:
        self._request += 1
        request = self._request
        operations.load(self, work, lambda data: self._apply(request, data, select), in_background=self.large,
                        label=self.tr("Chargement de la vie du groupement…"))

    def _apply(self, request: int, data: MembershipData, select: int | None) -> None:
        if request != self._request:
            return  # a later load was asked for meanwhile
        self.history, self.last_deletion_problem = data.history, data.last_deletion_problem
        self.record_button.setEnabled(self.history is not None and not self._read_only())
        self.print_button.setEnabled(self.history is not None)
        self.save_button.setEnabled(self.history is not None)
        self._show_standing(data.standing)
        self.timeline_model.set_rows(data.timeline, data.numbers)
        fit_columns(self.timeline)
        select_key(self.timeline, select)
        self._show_deadlines(data.deadlines)
        self.administrators.show_history(self.services, self.groupement_id, data.history, self.today,
                                         self._read_only())
        self._selection_changed()
        if data.standing.on != self.chosen_date():  # the date was changed while this was loading
            self._date_changed()

    def stop_listening(self) -> None:
        """The window showing this tab was closed: later writes are none of its business."""
        operations.data_events().data_changed.disconnect(self._data_changed)

    def _data_changed(self, groupement_id: int) -> None:
        """A write announced by operations.perform: reload if it touched the groupement shown here."""
        if self.services is not None and groupement_id == self.groupement_id:
            self._refresh(self.selected_number())

    def _read_only(self) -> bool:
        """A read-only base: nothing can be recorded, everything can be printed."""
        return self.services is not None and self.services.read_only

    def chosen_date(self) -> date:
        return to_date(self.on.date())

    def set_date(self, on: date) -> None:
        self.on.setDate(to_qdate(on))

    def _date_changed(self) -> None:
        self._date_chosen = True
        history, on = self.history, self.chosen_date()
        self._standing_request += 1
        request = self._standing_request
        operations.load(self, lambda: standing_rows(history, on), lambda rows: self._standing_loaded(request, rows),
                        in_background=self.large, label=self.tr("Calcul de la situation à la date…"))

    def _standing_loaded(self, request: int, rows: StandingRows) -> None:
        if request == self._standing_request and rows.on == self.chosen_date():
            self._show_standing(rows)

    def _show_standing(self, loaded: StandingRows) -> None:
        self._standing_request += 1  # an older computation for another date is not shown over this one
        self.standing_model.set_rows(loaded.rows, loaded.keys)
        fit_columns(self.standing)
        s = loaded.standing
        if s is None:
            self.note.setText(self.tr("Aucun groupement sélectionné."))
            return
        notes = []
        if s.dissolved_on:
            notes.append(self.history.dissolution_note(s.on) if self.history is not None else
                         self.tr("Groupement dissous le {0} (art. 20).").format(format_date(s.dissolved_on)))
        if s.regularised_on:
            notes.append(self.tr("Droits sociaux régularisés au 1er janvier {0} (art. 9-1) : un membre admis depuis "
                                 "n'en a pas encore.").format(self.chosen_date().year))
        elif not s.january_regularisation:
            notes.append(self.tr("Droits sociaux du jour : la convention ne prévoit pas de régularisation au "
                                 "1er janvier (art. 9-1)."))
        self.note.setText(typography(" ".join(notes)))

    def _show_deadlines(self, deadlines: list[Deadline]) -> None:
        self.deadlines.clear()
        for deadline in deadlines:
            when = format_date(deadline.due) if deadline.due else self.tr("sans date")
            item = QListWidgetItem(typography(f"{when} — {deadline.text}"))
            if deadline.overdue(self.today):
                item.setForeground(LATE)
            self.deadlines.addItem(item)

    def selected_number(self) -> int | None:
        number = current_key(self.timeline)
        return number if isinstance(number, int) else None

    def _selection_changed(self) -> None:
        number = self.selected_number()
        change = self.history.change(number) if self.history and number is not None else None
        self.dates_button.setEnabled(change is not None and not self._read_only())
        self.print_actions["avenant"].setEnabled(change is not None and change.needs_avenant)
        problem = self.deletion_problem(change)
        self.delete_button.setEnabled(change is not None and problem is None and not self._read_only())
        self.delete_button.setToolTip(typography(problem or ""))

    def deletion_problem(self, change: Change | None) -> str | None:
        """Why ``change`` may not be deleted (domain.deletions): the last one's reason was read with the
        assemblies held; an earlier one is refused for the changes recorded after it, or its avenant."""
        if change is None or self.history is None:
            return None
        if change.number == self.history.changes[-1].number:
            return self.last_deletion_problem
        return change_deletion_problem(change, self.history)

    def _refresh(self, select: int | None = None) -> None:
        self.show_groupement(self.services, self.groupement_id, large=self.large, select=select)

    # --- actions ---------------------------------------------------------------------------------

    def record(self, kind: ChangeKind) -> ChangeWizard | None:
        if self.services is None or self.groupement_id is None or self._read_only():
            return None
        wizard = ChangeWizard(self.services, self.groupement_id, kind, self.today, self)
        wizard.finished.connect(lambda result: self._recorded(wizard) if result else None)
        wizard.open()
        return wizard

    def _recorded(self, wizard: ChangeWizard) -> None:
        """Shown already when the wizard announced its write (data_changed); otherwise reloaded once."""
        number = wizard.recorded_number
        if self.timeline_model.row_of(number) < 0:
            self._refresh(number)
        else:
            select_key(self.timeline, number)
        self.status.emit(self.tr("Changement enregistré : avenant n° {0}.").format(wizard.recorded_number))

    def edit_avenant_dates(self, dates_dialog: AvenantDatesDialog | None = None) -> bool:
        number = self.selected_number()
        change = self.history.change(number) if self.history and number is not None else None
        if change is None or self.services is None or self._read_only():
            return False
        dialog = dates_dialog or AvenantDatesDialog(self.tr("Avenant n° {0}").format(number), change.avenant, self,
                                                    self.today)
        if dates_dialog is None and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        services, groupement_id, history = self.services, self.groupement_id, self.history
        assert groupement_id is not None and number is not None and history is not None  # a change is selected
        version = history.groupement.version
        done = operations.perform(self, lambda: services.membership.set_avenant_dates(
            groupement_id, number, dialog.dates(), version), changes=groupement_id)
        return done is not None

    def delete_selected(self, confirmed: bool = False) -> DeletedChange | None:
        """Delete the selected change (the last, its avenant not signed), after saying what is lost."""
        number = self.selected_number()
        change = self.history.change(number) if self.history and number is not None else None
        if change is None or self.services is None or self._read_only() or self.deletion_problem(change):
            return None
        if not confirmed and not confirm_loss.confirm_loss(
                self, self.tr("Supprimer le changement"),
                self.tr("Supprimer le changement n° {0} ({1}) ?").format(change.number, change.kind.label),
                change_losses(change), self.tr("Supprimer"),
                self.tr("Son avenant n'est pas signé : aucun acte signé n'est touché.")):
            return None
        services, groupement_id, history = self.services, self.groupement_id, self.history
        assert groupement_id is not None and number is not None and history is not None  # a change is selected
        version = history.groupement.version
        done = operations.perform(self, lambda: services.membership.delete(groupement_id, number, version),
                                  changes=groupement_id)
        if done is None:
            return None
        self.status.emit(self.tr("Changement n° {0} supprimé ; son numéro ira au prochain changement.").format(number))
        deleted = done.value
        undo_stack().push(Undoable(self.tr("la suppression du changement n° {0}").format(number), groupement_id,
                                   lambda: services.membership.restore(deleted)))
        return deleted

    def print_document(self, kind: str, period: tuple[date, date] | None = None) -> bool:
        """« Imprimer › … »: Qt's print dialog, then the printer."""
        chosen = self._document(kind, period)
        return chosen is not None and print_pdf(self, chosen[1].removesuffix(".pdf"), chosen[0])

    def save_document(self, kind: str, period: tuple[date, date] | None = None) -> Path | None:
        """« Enregistrer en PDF › … »: into Documents/<groupement>, under a dated name."""
        chosen = self._document(kind, period)
        if chosen is None or self.services is None or self.groupement_id is None:
            return None
        folder = documents_folder(self.services.groupements.get(self.groupement_id).denomination)
        return save_pdf(self, self.tr("Enregistrer en PDF"), folder / chosen[1], chosen[0])

    def _document(self, kind: str, period: tuple[date, date] | None) -> tuple[Callable[[], bytes], str] | None:
        if self.services is None or self.groupement_id is None:
            return None
        printing, gid, on = self.services.printing, self.groupement_id, self.chosen_date()
        if kind == "changes" and period is None:
            answer = ask_dates(self, self.tr("Changements entre deux dates"), self.tr(
                "Les changements qui ont pris effet entre ces deux dates, et la situation à chacune d'elles."),
                [(self.tr("Du :"), date(on.year, 1, 1)), (self.tr("Au :"), on)])
            if answer is None:
                return None
            period = (answer[0], answer[1])
        number = self.selected_number()
        render = {
            "avenant": lambda: printing.avenant(gid, cast(int, number)),  # the action needs a selected change
            "shares-register": lambda: printing.shares_register(gid, on),
            "rights": lambda: printing.rights_table(gid, on),
            "consolidated": lambda: printing.convention(gid, at=on),
            "changes": lambda: printing.changes(gid, *cast("tuple[date, date]", period)),  # asked above
        }[kind]
        return render, membership_file_name(kind, on, number, period)
