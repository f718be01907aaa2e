"""The « Assemblées » tab: the groupement's assemblies, their result, and what can be done next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_actions import WIZARD_ACTIONS, WRITING_ACTIONS, AssemblyAction, allowed_actions
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.convocation import second_convocation_deadline
from gcsms_desktop.domain.deletions import assembly_losses
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.input_bounds import text_problem
from gcsms_desktop.domain.register_seal import RegisterVerdict
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.assembly_documents import file_name, renderer
from gcsms_desktop.gui.dialogs import confirm_loss
from gcsms_desktop.gui.dialogs.cancel_assembly_dialog import CancelAssemblyDialog
from gcsms_desktop.gui.dialogs.dates_dialog import ask_dates
from gcsms_desktop.gui.pdf_output import documents_folder, print_pdf, save_pdf
from gcsms_desktop.gui.table_models import RowsTableModel, current_key, fit_columns, read_only_view, select_key
from gcsms_desktop.gui.widgets import escape
from gcsms_desktop.gui.wizards.assembly.page import outcome_word
from gcsms_desktop.gui.wizards.assembly.wizard import AssemblyWizard
from gcsms_desktop.gui.context_menus import buttons_menu
from gcsms_desktop.gui.undo import Undoable, undo_stack
from gcsms_desktop.services.assemblies import Cancellation, DeletedAssembly
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.errors import ServiceError
from gcsms_desktop.services.printing import ConvocationMailing

FileKey = tuple[str, int, int, int, bytes] | None
Checked = tuple[object, RegisterVerdict | None]


def file_key(path: Path, groupement_id: int) -> FileKey:
    """Changes with every commit to the base, by this app or another program: its time, its size and
    SQLite's file change counter (header bytes 24–27, bumped by every write transaction)."""
    try:
        stat = path.stat()
        with path.open("rb") as file:
            file.seek(24)
            counter = file.read(4)
    except OSError:
        return None
    return str(path), groupement_id, stat.st_mtime_ns, stat.st_size, counter


def checked_verdict(services: Services, groupement_id: int, checked: Checked) -> Checked:
    """The register's seal, checked again whenever the file changed since the last check (any write,
    this app's or another program's): a large register is read once, not at every click. ``verify``
    and printing always check in full."""
    key = file_key(services.path, groupement_id)
    if key is None or key != checked[0]:
        return key, services.register.verify(groupement_id)
    return checked


def read_record(services: Services, assembly_id: int) -> AssemblyRecord:
    """The assembly with its result computed (quorum, majorities): in the worker thread, not at display."""
    record = services.assemblies.record(assembly_id)
    _ = record.result  # a cached property
    return record


@dataclass(frozen=True)
class AssembliesData:
    """What the tab shows, read without widgets (off the GUI thread for a large groupement)."""

    key: FileKey
    rows: list[list[str]]
    ids: list[int]
    selected: int | None
    record: AssemblyRecord | None
    checked: Checked


def load_assemblies(services: Services | None, groupement_id: int | None, select: int | None, checked: Checked,
                    second_label: str) -> AssembliesData:
    if services is None or groupement_id is None:
        return AssembliesData(None, [], [], None, None, (None, None))
    key = file_key(services.path, groupement_id)
    summaries = services.assemblies.list(groupement_id)
    rows = [[format_date(a.meeting_date), a.state.label + (second_label if a.second_convocation else ""), a.place,
             str(a.item_count)] for a in summaries]
    ids = [a.id for a in summaries]
    selected = select if select in ids else (ids[-1] if ids else None)
    record = read_record(services, selected) if selected is not None else None
    return AssembliesData(key, rows, ids, selected, record, checked_verdict(services, groupement_id, checked))


class AssembliesPanel(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assembliesPanel")
        self.services: Services | None = None
        self.groupement_id: int | None = None
        self.large = False  # a large groupement loads in a worker thread (operations.LARGE_GROUPEMENT)
        self.record: AssemblyRecord | None = None  # the selected assembly as last read, for the display
        self._loaded_key: FileKey = None
        self._request = 0  # the latest load asked for: a slower, older one is not shown over it
        self._checked: Checked = (None, None)
        self._select_next: int | None = None  # the assembly the next reload selects (the wizard's)
        self.model = RowsTableModel(self, [self.tr("Date"), self.tr("État"), self.tr("Lieu"), self.tr("Points")])
        self.model.numeric_columns = frozenset({3})
        self.table = read_only_view("assembliesTable", self.model, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.continue_selected())
        buttons_menu(self.table, lambda: list(self.buttons.values()), "assemblyMenu")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("new", self.tr("&Nouvelle assemblée…"), self.new_assembly),
                                ("continue", self.tr("&Continuer…"), self.continue_selected),
                                ("sign", self.tr("&Signer le procès-verbal…"), self.sign_selected),
                                ("erratum", self.tr("E&rratum…"), self.add_erratum),
                                ("second", self.tr("Seconde c&onvocation…"), self.convene_again),
                                ("delete", self.tr("S&upprimer…"), self.delete_selected),
                                ("cancel", self.tr("Annu&ler l'assemblée…"), self.cancel_selected),
                                ("uncancel", self.tr("Réta&blir l'assemblée"), self.uncancel_selected)):
            button = QPushButton(text)
            button.setObjectName(f"assembly_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
            self.buttons[key] = button
        self.print_button = QToolButton()
        self.print_button.setObjectName("assembly_print")
        self.print_button.setText(self.tr("&Imprimer"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.save_button = QToolButton()
        self.save_button.setObjectName("assembly_save")
        self.save_button.setText(self.tr("Enregistrer en &PDF"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        self.print_actions, self.save_actions = {}, {}
        for kind, text in (("convocations", self.tr("Convocations")), ("sendings", self.tr("Liste des envois")),
                           ("attendance", self.tr("Feuille de présence")),
                           ("minutes", self.tr("Procès-verbal")), ("register", self.tr("Registre des délibérations")),
                           ("extract", self.tr("Extrait d'une délibération…")),
                           ("cancellation", self.tr("Lettres d'annulation"))):
            action = menu.addAction(text + "…" if not text.endswith("…") else text)
            action.setObjectName(f"assembly_print_{kind}")
            action.triggered.connect(lambda _c=False, k=kind: self.print_document(k))
            self.print_actions[kind] = action
            saving = save_menu.addAction(text + "…" if not text.endswith("…") else text)
            saving.setObjectName(f"assembly_save_{kind}")
            saving.triggered.connect(lambda _c=False, k=kind: self.save_document(k))
            action.changed.connect(lambda a=action, b=saving: b.setEnabled(a.isEnabled()))  # enabled alike
            self.save_actions[kind] = saving
        menu.addSeparator()
        self.emails_action = menu.addAction(self.tr("Préparer les courriels de convocation…"))
        self.emails_action.setObjectName("assembly_emails")
        self.emails_action.triggered.connect(lambda: self.prepare_emails())
        self.print_actions["convocations"].changed.connect(
            lambda: self.emails_action.setEnabled(self.print_actions["convocations"].isEnabled()))
        self.print_button.setMenu(menu)
        self.save_button.setMenu(save_menu)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch()
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)  # _describe escapes what comes from the base
        self.result.setObjectName("assemblyResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.altered = QLabel()
        self.altered.setObjectName("registerAlteredBanner")
        self.altered.setTextFormat(Qt.TextFormat.PlainText)
        self.altered.setWordWrap(True)
        self.altered.setStyleSheet("background: #fde2e1; color: #a4161a; padding: 6px; font-weight: bold;")
        self.altered.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.altered)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.result, 3)
        operations.data_events().data_changed.connect(self._data_changed)
        self.show_groupement(None, None)

    # --- display ------------------------------------------------------------------------------

    def show_groupement(self, services: Services | None, groupement_id: int | None, select: int | None = None, *,
                        large: bool = False) -> None:
        """Load and show the assemblies of ``groupement_id`` (in a worker thread when ``large``)."""
        work, apply = self.loader(services, groupement_id, large, select)
        operations.load(self, work, apply, in_background=large, label=self.tr("Chargement des assemblées…"))

    def loader(self, services: Services | None, groupement_id: int | None, large: bool,
               select: int | None = None) -> tuple[Callable[[], AssembliesData], Callable[[AssembliesData], None]]:
        """(work, apply): ``work`` reads everything the tab shows and touches no widget; the main window
        runs it with the rest of a selection."""
        self.services, self.groupement_id, self.large = services, groupement_id, large
        self._request += 1
        request, checked, second = self._request, self._checked, self.tr(" (seconde convocation)")
        return (lambda: load_assemblies(services, groupement_id, select, checked, second),
                lambda data: self._apply(request, data))

    def _apply(self, request: int, data: AssembliesData) -> None:
        if request != self._request:
            return  # a later load was asked for meanwhile
        self._loaded_key, self._checked, self.record = data.key, data.checked, data.record
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(data.rows, data.ids)
            fit_columns(self.table)
            select_key(self.table, data.selected)
        finally:
            self.table.selectionModel().blockSignals(False)
        self._show_seal()
        self.buttons["new"].setEnabled(self.groupement_id is not None)
        self.print_actions["register"].setEnabled(self.groupement_id is not None and not self.register_altered)
        self._show_record(self.record)

    def stop_listening(self) -> None:
        """The window showing this tab was closed: later writes are none of its business."""
        operations.data_events().data_changed.disconnect(self._data_changed)

    def _data_changed(self, groupement_id: int) -> None:
        """A write announced by operations.perform: reload if it touched the groupement shown here."""
        if self.services is not None and groupement_id == self.groupement_id:
            self._refresh()

    @property
    def register_altered(self) -> bool:
        verdict = self._checked[1]
        return verdict is not None and not verdict.intact

    def _show_seal(self) -> None:
        """Say plainly when the signed minutes were changed outside the app (the register's seal)."""
        verdict = self._checked[1]
        if verdict is None or verdict.intact:
            self.altered.hide()
            return
        self.altered.setText(typography(self.tr(
            "Registre des délibérations altéré hors de l'application : {0} Le registre, les extraits et les "
            "procès-verbaux signés ne sont plus imprimés ; restaurez une sauvegarde faite avant la modification."
        ).format(verdict.broken)))
        self.altered.show()

    def selected_id(self) -> int | None:
        key = current_key(self.table)
        return key if isinstance(key, int) else None

    def selected_record(self) -> AssemblyRecord | None:
        """The selected assembly read now (an action needs its latest version)."""
        assembly_id = self.selected_id()
        return self.services.assemblies.record(assembly_id) if assembly_id is not None and self.services else None

    def _selection_changed(self) -> None:
        """Another row: its assembly is read (in a worker thread for a large groupement), then shown."""
        assembly_id, services = self.selected_id(), self.services
        if assembly_id is None or services is None:
            self.record = None
            self._show_record(None)
            return
        if self.record is not None and self.record.assembly.id == assembly_id:
            self._show_record(self.record)
            return
        self._request += 1
        request = self._request
        operations.load(self, lambda: read_record(services, assembly_id),
                        lambda record: self._record_loaded(request, record), in_background=self.large,
                        label=self.tr("Chargement de l'assemblée…"))

    def _record_loaded(self, request: int, record: AssemblyRecord) -> None:
        if request == self._request and record.assembly.id == self.selected_id():
            self.record = record
            self._show_record(record)

    def allowed(self, record: AssemblyRecord | None) -> frozenset[AssemblyAction]:
        """What the domain allows on ``record`` (domain.assembly_actions); nothing that writes on a
        read-only base."""
        if record is None:
            return frozenset()
        allowed = allowed_actions(record.assembly.state, record.result.quorum.may_deliberate)
        if self.services is not None and self.services.read_only:
            allowed -= WRITING_ACTIONS
        return allowed

    def _show_record(self, record: AssemblyRecord | None) -> None:
        allowed, a = self.allowed(record), AssemblyAction
        self.buttons["continue"].setEnabled(bool(allowed & WIZARD_ACTIONS))
        self.buttons["sign"].setEnabled(a.SIGN in allowed)
        self.buttons["erratum"].setEnabled(a.ADD_ERRATUM in allowed)
        self.buttons["second"].setEnabled(a.CONVENE_AGAIN in allowed)
        self.buttons["delete"].setEnabled(a.DELETE in allowed)
        self.buttons["cancel"].setEnabled(a.CANCEL in allowed)
        self.buttons["uncancel"].setEnabled(a.UNCANCEL in allowed)
        for key in ("delete", "cancel", "uncancel"):  # shown only where they apply: the row stays short
            self.buttons[key].setVisible(self.buttons[key].isEnabled())
        self.print_actions["convocations"].setEnabled(a.PRINT_CONVOCATIONS in allowed)
        self.print_actions["sendings"].setEnabled(a.PRINT_CONVOCATIONS in allowed)
        self.print_actions["cancellation"].setEnabled(a.PRINT_CANCELLATION in allowed)
        self.print_actions["attendance"].setEnabled(a.PRINT_ATTENDANCE in allowed)
        # An altered register certifies nothing: no register, extract or signed PV is printed (services refuse).
        signed = record is not None and record.assembly.state is AssemblyState.SIGNED
        self.print_actions["minutes"].setEnabled(a.PRINT_MINUTES in allowed and not (signed and self.register_altered))
        self.print_actions["extract"].setEnabled(a.PRINT_EXTRACT in allowed and not self.register_altered)
        if self.services is not None and self.services.read_only:  # a read-only base: printing only
            for button in self.buttons.values():
                button.setEnabled(False)
        self.result.setText(typography(self._describe(record)) if record else self.tr(
            "Aucune assemblée sélectionnée. « Nouvelle assemblée… » prépare l'ordre du jour et les convocations."))

    def _describe(self, record: AssemblyRecord) -> str:
        """Rich text for the bold headings; every text from the base is escaped (titles, errata…)."""
        a = record.assembly
        lines = [f"<b>{escape(format_date(a.meeting_date))} — {escape(a.state.label)}</b>"]
        if a.cancelled_on is not None:
            lines.append(escape(self.tr("Annulée le {0}{1}.").format(
                format_date(a.cancelled_on), f" : {a.cancellation_reason}" if a.cancellation_reason else "")))
        if a.attendance:
            lines.append(escape(record.result.quorum.explanation))
        for number, item, outcome in record.result.outcomes:
            label = f"n° {item.deliberation_number}" if item.deliberation_number else f"{number}."
            lines.append(f"<b>{escape(label)} {escape(item.title)}</b> : {escape(outcome_word(outcome))} — "
                         f"{escape(outcome.explanation)}")
        if a.register_first_page:
            last = a.register_first_page + (a.register_page_count or 1) - 1
            lines.append(self.tr("Registre des délibérations : pages {0} à {1}.").format(a.register_first_page, last))
        lines += [escape(self.tr("Erratum du {0} : {1}").format(format_date(e.recorded_on), e.text)) for e in a.errata]
        return "<br>".join(lines)

    def _refresh(self, select: int | None = None) -> None:
        if select is None:
            select = self._select_next if self._select_next is not None else self.selected_id()
        self._select_next = None
        self.show_groupement(self.services, self.groupement_id, select, large=self.large)

    def _select_after_reload(self, assembly_id: int) -> None:
        """The assembly wizard saved ``assembly_id`` and is closing: the reload its announcement causes
        selects it (a new assembly too)."""
        self._select_next = assembly_id

    def _saved(self, assembly_id: int | None) -> None:
        """The assembly wizard saved ``assembly_id``: reloaded unless already shown as the base now stands
        (it may have announced its write with data_changed too), then selected."""
        if self.services is None or self.groupement_id is None:
            return
        if (assembly_id is not None and self.model.row_of(assembly_id) >= 0
                and file_key(self.services.path, self.groupement_id) == self._loaded_key):
            select_key(self.table, assembly_id)
        else:
            self._refresh(assembly_id)

    # --- actions ---------------------------------------------------------------------------------

    def new_assembly(self) -> AssemblyWizard | None:
        return self._open_wizard(None)

    def continue_selected(self) -> AssemblyWizard | None:
        record = self.selected_record()
        if not self.allowed(record) & WIZARD_ACTIONS:
            return None
        return self._open_wizard(self.selected_id())

    def _open_wizard(self, assembly_id: int | None) -> AssemblyWizard | None:
        if self.services is None or self.groupement_id is None or self.services.read_only:
            return None
        wizard = AssemblyWizard(self.services, self.groupement_id, assembly_id, self)
        wizard.changed.connect(self._select_after_reload)  # then data_changed reloads the tab, once
        wizard.open()
        return wizard

    def sign_selected(self, signed_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None or AssemblyAction.SIGN not in self.allowed(record):
            return False
        if signed_on is None:
            assert self.services is not None  # a record is selected in an open base
            today = self.services.clock.today()  # signed today at the latest (domain.act_dates)
            answer = ask_dates(self, self.tr("Signer le procès-verbal"), self.tr(
                "Le procès-verbal signé prend les pages suivantes du registre des délibérations ; il ne pourra plus "
                "être modifié (une erreur se corrige par un erratum)."), [(self.tr("Signé le :"), today)], [today])
            if answer is None:
                return False
            signed_on = answer[0]
        services, assembly_id, version = self.services, record.assembly.id, record.assembly.version
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = operations.perform(self, lambda: services.assemblies.sign(assembly_id, signed_on, version),
                                  changes=self.groupement_id)
        if done is not None:
            self.status.emit(self.tr("Procès-verbal signé : registre, pages {0} à {1}.").format(*done.value))
        return done is not None

    def add_erratum(self, text: str | None = None, recorded_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None or AssemblyAction.ADD_ERRATUM not in self.allowed(record):
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Erratum"), self.tr(
                "Correction à joindre au procès-verbal (la séance close ne se modifie plus) :"))
            if not ok:
                return False

        services, assembly_id = self.services, record.assembly.id
        assert services is not None and assembly_id is not None  # a record shown comes from the open base

        def record_erratum() -> None:
            # The service stores the text as given: its bounds are checked here (docs/regles-et-choix.md).
            problem = text_problem(text, "errata.text")
            if problem is not None:
                raise ServiceError(f"Erratum refusé : {problem}")
            services.assemblies.add_erratum(assembly_id, text, recorded_on or services.clock.today())

        return operations.perform(self, record_erratum, changes=self.groupement_id) is not None

    def convene_again(self, meeting: date | None = None, sent_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None:
            return False
        first = record.assembly.meeting_date
        if meeting is None or sent_on is None:
            deadline = second_convocation_deadline(first, record.assembly.urgent)
            assert self.services is not None  # a record is selected in an open base
            today = self.services.clock.today()  # convocations sent today at the latest (domain.act_dates)
            answer = ask_dates(self, self.tr("Seconde convocation"), typography(self.tr(
                "Sans quorum, l'assemblée est convoquée à nouveau, au plus tard le {0} ; elle délibère alors quel "
                "que soit le nombre des membres présents ou représentés (art. R. 312-194-22).").format(
                format_date(deadline))), [(self.tr("Réunion le :"), deadline),
                                          (self.tr("Convocations envoyées le :"), max(today,
                                                                                      first + timedelta(days=1)))],
                [None, today])
            if answer is None:
                return False
            meeting, sent_on = answer
        services, assembly_id = self.services, record.assembly.id
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = operations.perform(self, lambda: services.assemblies.convene_again(assembly_id, meeting, sent_on),
                                  changes=self.groupement_id)
        if done is None:
            return False
        self._saved(done.value)  # shown by data_changed: the new assembly is selected
        return True

    def delete_selected(self, confirmed: bool = False) -> DeletedAssembly | None:
        """Delete the selected assembly in preparation, after saying what is lost (domain.deletions)."""
        record = self.selected_record()
        if record is None or AssemblyAction.DELETE not in self.allowed(record):
            return None
        if not confirmed and not confirm_loss.confirm_loss(
                self, self.tr("Supprimer l'assemblée"), self.tr("Supprimer l'assemblée du {0} ?").format(
                    format_date(record.assembly.meeting_date)), assembly_losses(record.assembly),
                self.tr("Supprimer"), self.tr("Aucun membre n'a été convoqué : rien d'autre n'est touché.")):
            return None
        services, assembly_id, version = self.services, record.assembly.id, record.assembly.version
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = operations.perform(self, lambda: services.assemblies.delete(assembly_id, version),
                                  changes=self.groupement_id)
        if done is None:
            return None
        self.status.emit(self.tr("Assemblée du {0} supprimée.").format(format_date(record.assembly.meeting_date)))
        deleted, groupement_id = done.value, self.groupement_id
        if groupement_id is not None:  # Édition › Annuler puts it back
            text = self.tr("la suppression de l'assemblée du {0}").format(format_date(record.assembly.meeting_date))
            undo_stack().push(Undoable(text, groupement_id, lambda: services.assemblies.restore(deleted)))
        return deleted

    def cancel_selected(self, on: date | None = None, reason: str = "") -> bool:
        """Cancel the selected convened assembly: its day and reason asked, then its letters may be printed."""
        record = self.selected_record()
        if record is None or AssemblyAction.CANCEL not in self.allowed(record):
            return False
        services = self.services
        assert services is not None  # a record is selected in an open base
        if on is None:
            dialog = CancelAssemblyDialog(record.assembly, services.clock.today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            on, reason = dialog.values()
        assembly_id, version, cancelled_on = record.assembly.id, record.assembly.version, on
        assert assembly_id is not None  # a record shown comes from the open base
        done = operations.perform(self, lambda: services.assemblies.cancel(assembly_id, cancelled_on, reason, version),
                                  changes=self.groupement_id)
        if done is not None:
            self.status.emit(self.tr("Assemblée annulée : Imprimer › Lettres d'annulation prépare une lettre par "
                                     "membre."))
            if self.groupement_id is not None:
                undo_stack().push(Undoable(self.tr("l'annulation de l'assemblée du {0}").format(
                    format_date(record.assembly.meeting_date)), self.groupement_id,
                    lambda: services.assemblies.uncancel(assembly_id)))
        return done is not None

    def uncancel_selected(self) -> Cancellation | None:
        """Undo the cancellation of the selected assembly: convened again, as before."""
        record = self.selected_record()
        if record is None or AssemblyAction.UNCANCEL not in self.allowed(record):
            return None
        services, assembly_id, version = self.services, record.assembly.id, record.assembly.version
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = operations.perform(self, lambda: services.assemblies.uncancel(assembly_id, version),
                                  changes=self.groupement_id)
        if done is None:
            return None
        undone = done.value
        if self.groupement_id is not None:
            undo_stack().push(Undoable(self.tr("le rétablissement de l'assemblée du {0}").format(
                format_date(record.assembly.meeting_date)), self.groupement_id,
                lambda: services.assemblies.cancel(undone.assembly_id, undone.cancelled_on, undone.reason)))
        return undone

    def print_document(self, kind: str, deliberation: str | None = None) -> bool:
        """« Imprimer › … »: Qt's print dialog, then the printer."""
        chosen = self._document(kind, deliberation)
        if chosen is None or self.services is None:
            return False
        render, name = chosen
        return print_pdf(self, name.removesuffix(".pdf"), render)

    def save_document(self, kind: str, deliberation: str | None = None) -> Path | None:
        """« Enregistrer en PDF › … »: into Documents/<groupement>, under a dated name."""
        chosen = self._document(kind, deliberation)
        if chosen is None or self.services is None or self.groupement_id is None:
            return None
        render, name = chosen
        folder = documents_folder(self.services.groupements.get(self.groupement_id).denomination)
        return save_pdf(self, self.tr("Enregistrer en PDF"), folder / name, render)

    def _document(self, kind: str, deliberation: str | None) -> tuple[Callable[[], bytes], str] | None:
        """What to render and the file name it goes under; for an extract, the deliberation is asked."""
        if self.services is None or self.groupement_id is None:
            return None
        printing, gid, aid = self.services.printing, self.groupement_id, self.selected_id()
        record = self.selected_record()
        if kind == "extract":
            if deliberation is None:
                agenda = record.assembly.agenda if record else ()
                numbers = [i.deliberation_number for i in agenda if i.deliberation_number]
                if not numbers:
                    QMessageBox.information(self, self.tr("Extrait"), self.tr("Aucune délibération à extraire."))
                    return None
                deliberation, ok = QInputDialog.getItem(self, self.tr("Extrait certifié conforme"),
                                                        self.tr("Délibération :"), numbers, 0, False)
                if not ok:
                    return None
        meeting = record.assembly.meeting_date if record else None
        name = file_name(kind, meeting, deliberation or "", self.services.clock.today())
        return renderer(printing, gid, aid, kind, deliberation), name

    def prepare_emails(self) -> ConvocationMailing | None:
        """« Préparer les courriels de convocation… » of the selected (convened) assembly."""
        record = self.selected_record()
        if self.services is None or self.groupement_id is None or record is None:
            return None
        from gcsms_desktop.gui.convocation_emails import prepare_emails

        return prepare_emails(self, self.services, self.groupement_id, record)
