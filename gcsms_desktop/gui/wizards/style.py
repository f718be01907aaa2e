"""One look for the creation, assembly and change wizards: Qt's modern style (title and subtitle in a
header), the size the screen allows, and « Étape n sur N » at the head of each page's subtitle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard, QWizardPage

from gcsms_desktop.gui.screen_fit import fit_to_screen

WIZARD_WIDTH = 980
WIZARD_HEIGHT = 680


def shape_wizard(wizard: QWizard, width: int = WIZARD_WIDTH, height: int = WIZARD_HEIGHT) -> None:
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    fit_to_screen(wizard, width, height)


def step_text(page: QWizardPage) -> str:
    """« Étape 3 sur 5 », from the page's place among its wizard's pages ("" outside a wizard)."""
    wizard = page.wizard()
    if wizard is None:
        return ""
    ids = wizard.pageIds()
    position = next((n for n, page_id in enumerate(ids, start=1) if wizard.page(page_id) is page), 0)
    if not position:
        return ""
    return QCoreApplication.translate("WizardStyle", "Étape {0} sur {1}").format(position, len(ids))
