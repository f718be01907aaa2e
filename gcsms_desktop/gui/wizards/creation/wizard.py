"""The creation wizard (Picard-style): pages listed in one place, each asking the domain in
``validatePage``, the groupement saved in ``accept()`` through ``gui.operations``."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from gcsms_desktop.gui.operations import ALL_GROUPEMENTS, Done, perform
from gcsms_desktop.gui.wizards.creation.capital_page import CapitalPage
from gcsms_desktop.gui.wizards.creation.governance_page import GovernancePage
from gcsms_desktop.gui.wizards.creation.identity_page import IdentityPage
from gcsms_desktop.gui.wizards.creation.members_page import MembersPage
from gcsms_desktop.gui.wizards.creation.objet_page import ObjetPage
from gcsms_desktop.gui.wizards.creation.page import CreationPage
from gcsms_desktop.gui.wizards.creation.review_page import ReviewPage
from gcsms_desktop.gui.wizards.creation.seat_page import SeatPage
from gcsms_desktop.gui.wizards.creation.state import PAGES, WizardState
from gcsms_desktop.gui.wizards.creation.statut_page import StatutPage
from gcsms_desktop.gui.wizards.style import shape_wizard
from gcsms_desktop.services.context import Services

PAGE_CLASSES: tuple[type[CreationPage], ...] = (
    IdentityPage, MembersPage, ObjetPage, StatutPage, SeatPage, CapitalPage, GovernancePage, ReviewPage,
)


class CreationWizard(QWizard):
    created = Signal(int, str)

    def __init__(self, services: Services, draft_id: int | None = None, parent: QWidget | None = None,
                 corrects: int | None = None) -> None:
        """``corrects``: the stored groupement whose unsigned convention this wizard corrects in place
        (domain.unsigned_convention); its draft is the wizard's own, dropped when the work is discarded."""
        super().__init__(parent)
        self.setObjectName("creationWizard")
        self.services = services
        self.draft_id = draft_id
        self.corrects = corrects
        self.state = WizardState(services.drafts.load(draft_id) if draft_id is not None else None,
                                 services.clock.today())
        self.setWindowTitle(self.tr("Corriger la convention (non signée)") if corrects is not None
                            else self.tr("Nouveau groupement"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Enregistrer le &brouillon"))
        self.customButtonClicked.connect(lambda _which: self.save_draft())
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_draft)
        self.pages: dict[str, CreationPage] = {}
        for index, page_class in enumerate(PAGE_CLASSES):
            page = page_class(self.state)
            self.pages[page.key] = page
            self.setPage(index, page)
        cast(ReviewPage, self.pages["review"]).go_to_page.connect(self.go_to)
        # the draft row holds something the user asked to keep (not the copy made to correct a convention)
        self.user_saved_draft = draft_id is not None and corrects is None
        self.autosaved_snapshot = self.state.saved_snapshot
        self.currentIdChanged.connect(self._page_changed)
        shape_wizard(self)

    def current_creation_page(self) -> CreationPage | None:
        page = self.currentPage()
        return page if isinstance(page, CreationPage) else None

    def go_to(self, key: str) -> None:
        """Back to the page that holds a problem (the review page's links)."""
        target = PAGES.index(key)
        while self.currentId() > target:
            self.back()

    def _store_current_page(self) -> None:
        page = self.current_creation_page()
        if page:
            page.store()

    def _page_changed(self, page_id: int) -> None:
        """Autosave when the user moves to another page. -1 is Qt resetting the wizard as it closes:
        what to keep was decided by :meth:`reject` (« Ne pas tenir compte » must not save it again)."""
        if page_id >= 0:
            self.autosave()

    def autosave(self) -> None:
        """Write the input to the draft at every page change, so a crash loses at most one page.

        An autosave is not the user's choice: closing still asks, and « Ne pas enregistrer »
        puts the draft back as the user last saved it (or removes it).
        """
        snapshot = self.state.snapshot()
        if snapshot != self.autosaved_snapshot:
            done = self._save_draft(self.state.draft())
            if done is not None:
                self.draft_id = done.value
                self.autosaved_snapshot = snapshot

    def _save_draft(self, data: dict[str, Any]) -> Done[int] | None:
        """Drafts are the only use of the file format here: the draft table keeps the JSON object."""
        return perform(self, lambda: self.services.drafts.save(self.draft_id, data))

    def save_draft(self) -> None:
        self._store_current_page()
        done = self._save_draft(self.state.draft())
        if done is None:
            return
        self.draft_id = done.value
        self.state.mark_saved()
        self.autosaved_snapshot = self.state.saved_snapshot
        self.user_saved_draft = True
        self.setWindowTitle(self.tr("Nouveau groupement — brouillon enregistré"))

    def _discard_unsaved(self) -> None:
        """« Ne pas enregistrer »: undo what autosave wrote since the user's last save."""
        if self.draft_id is None:
            return
        draft_id = self.draft_id
        if self.user_saved_draft:
            self._save_draft(self.state.saved_data())
        else:
            perform(self, lambda: self.services.drafts.delete(draft_id))

    def accept(self) -> None:
        self._store_current_page()
        groupement, corrects = self.state.groupement, self.corrects
        if corrects is not None:
            done = perform(self, lambda: self.services.groupements.correct_unsigned(corrects, groupement),
                           changes=ALL_GROUPEMENTS)
        else:
            done = perform(self, lambda: self.services.groupements.create(groupement), changes=ALL_GROUPEMENTS)
        if done is None:
            return
        groupement_id, draft_id = done.value, self.draft_id
        if draft_id is not None:
            perform(self, lambda: self.services.drafts.delete(draft_id))
        self.state.mark_saved()
        self.created.emit(groupement_id, groupement.denomination)
        super().accept()

    def reject(self) -> None:
        """Closing never loses input silently: offer to keep it as a draft."""
        self._store_current_page()
        if self.state.dirty:
            answer = QMessageBox.question(
                self, self.tr("Fermer l'assistant"),
                self.tr("Des informations n'ont pas été enregistrées. Les garder comme brouillon ?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_draft()
            else:
                self._discard_unsaved()
        super().reject()
