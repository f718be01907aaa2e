"""The « Assemblées » tab: the groupement's assemblies, their result, and what can be done next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.assembly import AssemblyState, second_convocation_needed
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.convocation import second_convocation_deadline
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.input_bounds import text_problem
from gcsms_desktop.domain.register_seal import RegisterVerdict
from gcsms_desktop.gui.assembly_documents import file_name, renderer
from gcsms_desktop.gui.dialogs.dates_dialog import ask_dates
from gcsms_desktop.gui.pdf_output import save_pdf
from gcsms_desktop.gui.user_errors import run_guarded
from gcsms_desktop.gui.widgets import escape, read_only_table
from gcsms_desktop.gui.wizards.assembly.page import outcome_word
from gcsms_desktop.gui.wizards.assembly.wizard import AssemblyWizard
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.errors import ServiceError


class AssembliesPanel(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assembliesPanel")
        self.services: Services | None = None
        self.groupement_id: int | None = None
        self._checked: tuple[object, RegisterVerdict | None] = (None, None)
        self.table = read_only_table("assembliesTable", [self.tr("Date"), self.tr("État"), self.tr("Lieu"),
                                                         self.tr("Points")], 2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.continue_selected())
        self.buttons = {}
        row = QHBoxLayout()
        for key, text, slot in (("new", self.tr("&Nouvelle assemblée…"), self.new_assembly),
                                ("continue", self.tr("&Continuer…"), self.continue_selected),
                                ("sign", self.tr("&Signer le procès-verbal…"), self.sign_selected),
                                ("erratum", self.tr("&Erratum…"), self.add_erratum),
                                ("second", self.tr("Seconde &convocation…"), self.convene_again)):
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
        self.print_actions = {}
        for kind, text in (("convocations", self.tr("Convocations")), ("attendance", self.tr("Feuille de présence")),
                           ("minutes", self.tr("Procès-verbal")), ("register", self.tr("Registre des délibérations")),
                           ("extract", self.tr("Extrait d'une délibération…"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=kind: self.print_document(k))
            self.print_actions[kind] = action
        self.print_button.setMenu(menu)
        row.addWidget(self.print_button)
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
        self.show_groupement(None, None)

    # --- display ------------------------------------------------------------------------------

    def show_groupement(self, services: Services | None, groupement_id: int | None, select: int | None = None) -> None:
        self.services, self.groupement_id = services, groupement_id
        rows = services.assemblies.list(groupement_id) if services and groupement_id is not None else []
        self.table.setRowCount(0)  # emptied first: refilling over old rows is quadratic (see membership_panel.fill)
        self.table.setRowCount(len(rows))
        for index, summary in enumerate(rows):
            when = QTableWidgetItem(format_date(summary.meeting_date))
            when.setData(Qt.ItemDataRole.UserRole, summary.id)
            state = summary.state.label + (self.tr(" (seconde convocation)") if summary.second_convocation else "")
            for column, text in enumerate((None, state, summary.place, str(summary.item_count))):
                self.table.setItem(index, column, when if text is None else QTableWidgetItem(text))
        ids = [r.id for r in rows]
        self.table.selectRow(ids.index(select) if select in ids else len(rows) - 1)
        self._show_seal()
        self.buttons["new"].setEnabled(groupement_id is not None)
        self.print_actions["register"].setEnabled(groupement_id is not None and not self.register_altered)
        self._selection_changed()

    def _verdict(self) -> RegisterVerdict | None:
        """The register's seal, checked again whenever the file changed since the last check (any write,
        this app's or another program's, changes its size or time): a large register is read once, not
        at every click. ``verify`` and printing always check in full."""
        if self.services is None or self.groupement_id is None:
            self._checked = (None, None)
            return None
        try:
            stat = self.services.path.stat()
            key = (str(self.services.path), self.groupement_id, stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None
        if key is None or key != self._checked[0]:
            self._checked = (key, self.services.register.verify(self.groupement_id))
        return self._checked[1]

    @property
    def register_altered(self) -> bool:
        verdict = self._checked[1]
        return verdict is not None and not verdict.intact

    def _show_seal(self) -> None:
        """Say plainly when the signed minutes were changed outside the app (the register's seal)."""
        verdict = self._verdict()
        if verdict is None or verdict.intact:
            self.altered.hide()
            return
        self.altered.setText(typography(self.tr(
            "Registre des délibérations altéré hors de l'application : {0} Le registre, les extraits et les "
            "procès-verbaux signés ne sont plus imprimés ; restaurez une sauvegarde faite avant la modification."
        ).format(verdict.broken)))
        self.altered.show()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_record(self) -> AssemblyRecord | None:
        assembly_id = self.selected_id()
        return self.services.assemblies.record(assembly_id) if assembly_id is not None and self.services else None

    def _selection_changed(self) -> None:
        record = self.selected_record()
        state = record.assembly.state if record else None
        self.buttons["continue"].setEnabled(state in (AssemblyState.DRAFT, AssemblyState.CONVENED))
        self.buttons["sign"].setEnabled(state is AssemblyState.HELD)
        self.buttons["erratum"].setEnabled(bool(state and state.locked))
        self.buttons["second"].setEnabled(bool(record and second_convocation_needed(record.assembly, record.result)))
        self.print_actions["convocations"].setEnabled(state is not None and state is not AssemblyState.DRAFT)
        self.print_actions["attendance"].setEnabled(state is not None and state is not AssemblyState.DRAFT)
        # An altered register certifies nothing: no register, extract or signed PV is printed (services refuse).
        self.print_actions["minutes"].setEnabled(bool(state and state.locked) and not (
            state is AssemblyState.SIGNED and self.register_altered))
        self.print_actions["extract"].setEnabled(state is AssemblyState.SIGNED and not self.register_altered)
        if self.services is not None and self.services.read_only:  # a read-only base: printing only
            for button in self.buttons.values():
                button.setEnabled(False)
        self.result.setText(typography(self._describe(record)) if record else self.tr(
            "Aucune assemblée sélectionnée. « Nouvelle assemblée… » prépare l'ordre du jour et les convocations."))

    def _describe(self, record: AssemblyRecord) -> str:
        """Rich text for the bold headings; every text from the base is escaped (titles, errata…)."""
        a = record.assembly
        lines = [f"<b>{escape(format_date(a.meeting_date))} — {escape(a.state.label)}</b>"]
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
        self.show_groupement(self.services, self.groupement_id, select if select is not None else self.selected_id())

    # --- actions ---------------------------------------------------------------------------------

    def new_assembly(self) -> AssemblyWizard | None:
        return self._open_wizard(None)

    def continue_selected(self) -> AssemblyWizard | None:
        record = self.selected_record()
        if record is None or record.assembly.state.locked:
            return None
        return self._open_wizard(self.selected_id())

    def _open_wizard(self, assembly_id: int | None) -> AssemblyWizard | None:
        if self.services is None or self.groupement_id is None or self.services.read_only:
            return None
        wizard = AssemblyWizard(self.services, self.groupement_id, assembly_id, self)
        wizard.changed.connect(lambda saved_id: self._refresh(saved_id))
        wizard.finished.connect(lambda _result: self._refresh(wizard.assembly_id))
        wizard.open()
        return wizard

    def sign_selected(self, signed_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None or record.assembly.state is not AssemblyState.HELD:
            return False
        if signed_on is None:
            answer = ask_dates(self, self.tr("Signer le procès-verbal"), self.tr(
                "Le procès-verbal signé prend les pages suivantes du registre des délibérations ; il ne pourra plus "
                "être modifié (une erreur se corrige par un erratum)."), [(self.tr("Signé le :"), date.today())])
            if answer is None:
                return False
            signed_on = answer[0]
        pages: list[tuple[int, int]] = []
        services, assembly_id = self.services, record.assembly.id
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = run_guarded(self, lambda: pages.append(services.assemblies.sign(
            assembly_id, signed_on, record.assembly.version)))
        if done:
            self.status.emit(self.tr("Procès-verbal signé : registre, pages {0} à {1}.").format(*pages[0]))
        self._refresh()
        return done

    def add_erratum(self, text: str | None = None, recorded_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None or not record.assembly.state.locked:
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
            services.assemblies.add_erratum(assembly_id, text, recorded_on or date.today())

        done = run_guarded(self, record_erratum)
        self._refresh()
        return done

    def convene_again(self, meeting: date | None = None, sent_on: date | None = None) -> bool:
        record = self.selected_record()
        if record is None:
            return False
        first = record.assembly.meeting_date
        if meeting is None or sent_on is None:
            deadline = second_convocation_deadline(first, record.assembly.urgent)
            answer = ask_dates(self, self.tr("Seconde convocation"), typography(self.tr(
                "Sans quorum, l'assemblée est convoquée à nouveau, au plus tard le {0} ; elle délibère alors quel "
                "que soit le nombre des membres présents ou représentés (art. R. 312-194-22).").format(
                format_date(deadline))), [(self.tr("Réunion le :"), deadline),
                                          (self.tr("Convocations envoyées le :"), max(date.today(),
                                                                                      first + timedelta(days=1)))])
            if answer is None:
                return False
            meeting, sent_on = answer
        created: list[int] = []
        services, assembly_id = self.services, record.assembly.id
        assert services is not None and assembly_id is not None  # a record shown comes from the open base
        done = run_guarded(self, lambda: created.append(
            services.assemblies.convene_again(assembly_id, meeting, sent_on)))
        self._refresh(created[0] if created else None)
        return done

    def print_document(self, kind: str, deliberation: str | None = None) -> None:
        if self.services is None or self.groupement_id is None:
            return
        printing, gid, aid = self.services.printing, self.groupement_id, self.selected_id()
        if kind == "extract":
            if deliberation is None:
                record = self.selected_record()
                agenda = record.assembly.agenda if record else ()
                numbers = [i.deliberation_number for i in agenda if i.deliberation_number]
                if not numbers:
                    QMessageBox.information(self, self.tr("Extrait"), self.tr("Aucune délibération à extraire."))
                    return
                deliberation, ok = QInputDialog.getItem(self, self.tr("Extrait certifié conforme"),
                                                        self.tr("Délibération :"), numbers, 0, False)
                if not ok:
                    return
        suggested = self.services.path.parent / file_name(kind, deliberation or "")
        save_pdf(self, self.tr("Imprimer"), suggested, renderer(printing, gid, aid, kind, deliberation))
