"""Base class of the creation pages: the wizards' page pattern on the creation wizard's working state —
load from it, store into it, and ask the domain about this page's part of the groupement."""

from __future__ import annotations

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.wizards.creation.state import PAGE_TITLES, WizardState
from gcsms_desktop.gui.wizards.page import WizardPage


class CreationPage(WizardPage):
    subtitle = ""

    def __init__(self, state: WizardState) -> None:
        self.state = state  # build() may read it
        super().__init__("")
        self.setTitle(typography(self.tr(PAGE_TITLES[self.key])))
        if self.subtitle:
            self.setSubTitle(typography(self.tr(self.subtitle)))

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        """Going back keeps what was typed (Qt's default would reset the fields)."""
        self.store()

    def problems(self) -> list[Problem]:
        """The domain's problems whose input this page holds."""
        return self.state.problems_for(self.key)
