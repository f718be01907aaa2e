"""Base class of the creation pages: load from / store into the wizard state, validate by
asking the domain, and show its French messages on the page itself."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import error_label
from gcsms_desktop.gui.wizards.creation.state import PAGE_TITLES, WizardState


class CreationPage(QWizardPage):
    key = ""
    subtitle = ""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self.setObjectName(f"page_{self.key}")
        self.setTitle(self.tr(PAGE_TITLES[self.key]))
        if self.subtitle:
            self.setSubTitle(self.subtitle)
        self.layout_ = QVBoxLayout(self)
        self.build()
        self.error_label = error_label()
        self.layout_.addWidget(self.error_label)

    def build(self) -> None:
        """Create the page's widgets (subclasses)."""

    def load(self) -> None:
        """Fill the widgets from ``self.state.data`` (subclasses)."""

    def store(self) -> None:
        """Write the widgets into ``self.state.data`` (subclasses)."""

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.error_label.hide()
        self.load()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        """Going back keeps what was typed (Qt's default would reset the fields)."""
        self.store()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.store()
        errors = [p for p in self.state.problems_for(self.key) if p.is_error]
        self.error_label.setVisible(bool(errors))
        self.error_label.setText(bullet_list([p.message for p in errors]))
        return not errors
