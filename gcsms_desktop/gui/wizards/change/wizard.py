"""ChangeWizard: one kind of change (adhésion, retrait…), recorded through the services (``gui.operations``)
in ``accept()``, when the user presses « Enregistrer » on the review page; nothing is written before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QWidget, QWizard

from gcsms_desktop.domain.changes import Change, ChangeKind
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.operations import perform
from gcsms_desktop.gui.wizards.change.deliberation_page import DeliberationPage
from gcsms_desktop.gui.wizards.change.details_page import DetailsPage
from gcsms_desktop.gui.wizards.change.review_page import ReviewPage
from gcsms_desktop.gui.wizards.page import WizardPage
from gcsms_desktop.gui.wizards.style import shape_wizard
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.errors import ServiceError


class ChangeWizard(QWizard):
    def __init__(self, services: Services, groupement_id: int, kind: ChangeKind, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeWizard")
        self.services, self.groupement_id, self.kind = services, groupement_id, kind
        self.history = services.membership.history(groupement_id)
        self.recorded_number: int | None = None
        self.setWindowTitle(self.tr("Enregistrer : {0}").format(kind.label))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Enregistrer"))
        today = today or services.clock.today()
        self.details = DetailsPage(self.history, kind, today)
        self.deliberation = DeliberationPage(kind, services.membership.deliberations(groupement_id, kind), today)
        self.review = ReviewPage()
        self.pages: dict[str, WizardPage] = {}
        for page in (self.details, self.deliberation, self.review):  # the pages, in order
            self.pages[page.key] = page
            self.addPage(page)
        shape_wizard(self, 860, 620)

    def change(self) -> Change:
        return replace(self.details.change(), deliberation=self.deliberation.deliberation(),
                       avenant=self.deliberation.avenant())

    def check(self, change: Change) -> list[Problem]:
        """The domain's problems with ``change`` as the services see it (a deliberation cited by a number
        the register does not hold is one of them), after what the pages could not read."""
        try:
            problems = self.services.membership.check(self.groupement_id, change)
        except ServiceError as error:
            problems = [Problem("deliberation", str(error))]
        return self.details.input_problems() + problems

    def accept(self) -> None:
        if self.details.input_problems():  # the review page shows them; Enregistrer is disabled
            return
        change, version = self.change(), self.history.groupement.version
        done = perform(self, lambda: self.services.membership.record(self.groupement_id, change, version),
                       changes=self.groupement_id)
        if done is not None:
            self.recorded_number = done.value
            super().accept()
