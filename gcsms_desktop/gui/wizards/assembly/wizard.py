"""The assembly wizard: each page saves its step through the services (``gui.operations``) as the user
moves on, so a wizard closed half-way loses nothing; reopened, it starts where the assembly stands.
Every step is a use case of its own, hence no single save in ``accept()``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_actions import AssemblyAction, state_allowing
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.gui.assembly_documents import file_name, renderer
from gcsms_desktop.gui.operations import announce
from gcsms_desktop.gui.pdf_output import documents_folder, print_pdf, save_pdf
from gcsms_desktop.gui.wizards.assembly.attendance_page import AttendancePage
from gcsms_desktop.gui.wizards.assembly.close_page import ClosePage
from gcsms_desktop.gui.wizards.assembly.convene_page import ConvenePage
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage
from gcsms_desktop.gui.wizards.assembly.prepare_page import PreparePage
from gcsms_desktop.gui.wizards.assembly.votes_page import VotesPage
from gcsms_desktop.gui.wizards.style import shape_wizard
from gcsms_desktop.services.context import Services

PAGE_CLASSES: tuple[Callable[[], AssemblyPage], ...] = (PreparePage, ConvenePage, AttendancePage, VotesPage, ClosePage)
# The state in which the domain allows each page's step (domain.assembly_actions).
EDITABLE_IN = {key: state_allowing(action) for key, action in (
    ("prepare", AssemblyAction.PREPARE), ("convene", AssemblyAction.CONVENE),
    ("attendance", AssemblyAction.RECORD_SESSION), ("votes", AssemblyAction.RECORD_SESSION),
    ("close", AssemblyAction.CLOSE))}


class AssemblyWizard(QWizard):
    changed = Signal(int)  # assembly id, when the wizard closes after saving something (before data_changed)

    def __init__(self, services: Services, groupement_id: int, assembly_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assemblyWizard")
        self.services = services
        self.groupement_id = groupement_id
        self.groupement: Groupement = services.groupements.get(groupement_id)
        self.assembly_id = assembly_id
        self.wrote = False  # a step was saved: announced once, when the wizard closes
        self.record: AssemblyRecord | None = services.assemblies.record(assembly_id) if assembly_id else None
        self.setWindowTitle(self.tr("Assemblée générale — {0}").format(self.groupement.denomination))
        self.pages: dict[str, AssemblyPage] = {}
        for index, page_class in enumerate(PAGE_CLASSES):
            page = page_class()
            self.pages[page.key] = page
            self.setPage(index, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Clore la séance"))
        if self.record is not None and self.record.assembly.state is AssemblyState.CONVENED:
            self.setStartId(list(self.pages).index("attendance"))
        shape_wizard(self)
        self.finished.connect(self._closed)

    def reject(self) -> None:
        """Every page saves when left; only a first preparation not yet saved could be lost: ask."""
        page = self.currentPage()
        unsaved = isinstance(page, PreparePage) and self.assembly_id is None and bool(page.agenda.items)
        if unsaved and QMessageBox.question(
                self, self.tr("Abandonner la préparation"),
                self.tr("L'ordre du jour saisi n'est pas encore enregistré (il l'est en passant à la page "
                        "suivante). L'abandonner ?")) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    def state_locked_for(self, key: str) -> bool:
        return self.record is not None and self.record.assembly.state is not EDITABLE_IN[key]

    def saved_id(self) -> int:
        """The assembly's id once the preparation page has saved it."""
        if self.assembly_id is None:
            raise LookupError("assemblée pas encore enregistrée")
        return self.assembly_id

    def created_assembly(self, assembly_id: int) -> None:
        self.assembly_id = assembly_id

    def saved(self) -> None:
        """A page saved its step: the assembly is read again; the views learn it when the wizard closes."""
        self.wrote = True
        self.reload()

    def reload(self) -> None:
        if self.assembly_id is not None:
            self.record = self.services.assemblies.record(self.assembly_id)

    def _closed(self, _result: int) -> None:
        """Closed (finished or cancelled; ``finished``, not ``done``, which QWizard may refuse): if anything
        was saved, the assembly is named to the panel that opened the wizard, then the write is announced
        once to every view (``gui.operations``)."""
        if self.wrote and self.assembly_id is not None:
            self.wrote = False
            self.changed.emit(self.assembly_id)
            announce(self.groupement_id)

    def print_document(self, kind: str) -> bool:
        """Qt's print dialog, then the printer (gui.pdf_output)."""
        assert self.record is not None  # printing follows the preparation
        name = file_name(kind, self.record.assembly.meeting_date)
        return print_pdf(self, name.removesuffix(".pdf"),
                         renderer(self.services.printing, self.groupement_id, self.assembly_id, kind))

    def save_document(self, kind: str) -> Path | None:
        """Into Documents/<groupement>, under « 2026-12-11 AG — convocations.pdf »."""
        assert self.record is not None  # saving follows the preparation
        name = file_name(kind, self.record.assembly.meeting_date)
        folder = documents_folder(self.record.groupement.denomination)
        return save_pdf(self, self.tr("Enregistrer en PDF"), folder / name,
                        renderer(self.services.printing, self.groupement_id, self.assembly_id, kind))
