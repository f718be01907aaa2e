"""Aide › Guide: the French guide (from the creation to a signed procès-verbal, with the legal delays),
read from the package data ``resources/guide/guide-fr.html``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gcsms_desktop.domain.french import NBSP, NNBSP, typography
from gcsms_desktop.gui.screen_fit import fit_to_screen
from gcsms_desktop.gui.widgets import leaves_on_tab, named
from gcsms_desktop.paths import resources_dir

GUIDE = ("guide", "guide-fr.html")


def guide_html() -> str:
    """The guide's HTML with French spacing (« : », « ; », « » ») applied to its text. Qt's HTML reader
    folds a narrow no-break space like any white space: the guide uses the no-break space instead."""
    return typography(resources_dir().joinpath(*GUIDE).read_text(encoding="utf-8")).replace(NNBSP, NBSP)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide de GCSMS Desktop"))
        self.browser = named(leaves_on_tab(QTextBrowser()), "guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 680)
