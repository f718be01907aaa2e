"""Base of the assembly pages: the wizard's page pattern, each step's use case saved as the user moves
on (through ``gui.operations``), then the assembly read again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.majority import Outcome
from gcsms_desktop.gui.operations import perform_in_background
from gcsms_desktop.gui.wizards.page import WizardPage

if TYPE_CHECKING:
    from gcsms_desktop.gui.wizards.assembly.wizard import AssemblyWizard


NEUTRAL = "#555555"  # a state nothing was entered for yet: neither green nor red


def outcome_word(outcome: Outcome) -> str:
    """« adoptée », « rejetée », or « vote incomplet » while a voter has no recorded choice."""
    if not outcome.complete:
        return QCoreApplication.translate("AssemblyPage", "vote incomplet")
    return QCoreApplication.translate("AssemblyPage", "adoptée" if outcome.adopted else "rejetée")


class AssemblyPage(WizardPage):
    @property
    def assembly_wizard(self) -> AssemblyWizard:
        return self.wizard()  # type: ignore[return-value]

    @property
    def record(self) -> AssemblyRecord:
        return self.assembly_wizard.record  # type: ignore[return-value]  # set once the assembly exists

    @property
    def version(self) -> int | None:
        """The version this window read: a write over another window's newer one is refused."""
        record = self.assembly_wizard.record
        return record.assembly.version if record is not None else None

    @property
    def locked(self) -> bool:
        """The assembly's state no longer lets this page change anything: it only shows."""
        return self.assembly_wizard.state_locked_for(self.key)

    def run(self, work: Callable[[], object]) -> bool:
        """Save one step through the application's one path, then read the assembly again; the wizard
        announces the groupement it changed once, when it closes (not at each step: every view of a
        large groupement reloading behind the wizard after each step made a whole AG last 45 s).
        The domain was asked first (``problems``): a refusal here is one the page could not foresee
        (another window wrote first), shown in a message box."""
        wizard = self.assembly_wizard
        if self.perform(work) is None:
            return False
        self.error_label.hide()
        wizard.saved()
        return True

    def run_in_background(self, work: Callable[[], object], label: str, then: Callable[[], None]) -> None:
        """Save a long step (closing the séance of a large groupement) in a worker thread behind the
        progress dialog, then read the assembly again and go on with ``then``; a refusal is shown in a
        message box and the user stays on the page."""
        wizard = self.assembly_wizard

        def done(_value: object) -> None:
            self.error_label.hide()
            wizard.saved()
            then()

        perform_in_background(self, work, label=label, on_done=done)
