"""Base page: runs a service call, shows its French refusal on the page instead of leaving."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.majority import Outcome
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import error_label
from gcsms_desktop.services.errors import InvalidAssembly, ServiceError

if TYPE_CHECKING:
    from gcsms_desktop.gui.wizards.assembly.wizard import AssemblyWizard


def outcome_word(outcome: Outcome) -> str:
    """« adoptée », « rejetée », or « vote incomplet » while a voter has no recorded choice."""
    if not outcome.complete:
        return QCoreApplication.translate("AssemblyPage", "vote incomplet")
    return QCoreApplication.translate("AssemblyPage", "adoptée" if outcome.adopted else "rejetée")


class AssemblyPage(QWizardPage):
    key = ""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.setObjectName(f"page_{self.key}")
        self.setTitle(typography(title))
        if subtitle:
            self.setSubTitle(typography(subtitle))
        self.layout_ = QVBoxLayout(self)
        self.build()
        self.error_label = error_label()
        self.layout_.addWidget(self.error_label)

    @property
    def assembly_wizard(self) -> AssemblyWizard:
        return self.wizard()  # type: ignore[return-value]

    @property
    def record(self) -> AssemblyRecord:
        record = self.assembly_wizard.record
        assert record is not None  # pages read it once the assembly is prepared
        return record

    @property
    def version(self) -> int | None:
        """The version this window read: a write over another window's newer one is refused."""
        record = self.assembly_wizard.record
        return record.assembly.version if record is not None else None

    def build(self) -> None:
        """Create the widgets (subclasses)."""

    def load(self) -> None:
        """Fill the widgets from ``self.record`` (subclasses)."""

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.error_label.hide()
        self.load()

    def run(self, work: Callable[[], object]) -> bool:
        """Call a use case; on refusal show every reason on the page and stay."""
        try:
            work()
        except InvalidAssembly as error:
            self.show_errors(typography(error.headline) + "\n" + bullet_list([p.message for p in error.problems]))
            return False
        except ServiceError as error:
            self.show_errors(typography(str(error)))
            return False
        self.error_label.hide()
        self.assembly_wizard.reload()
        return True

    def show_errors(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
