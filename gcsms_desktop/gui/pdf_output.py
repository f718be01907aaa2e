"""Ask where to save a printed document, write it atomically, offer to open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gcsms_desktop.gui import operations
from gcsms_desktop.gui.widgets import message_text
from gcsms_desktop.services.files import write_atomically


def tr(text: str) -> str:
    return QCoreApplication.translate("pdf_output", text)


def choose_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), tr("Documents PDF (*.pdf)"))
    return Path(path) if path else None


def write_pdf(parent: QWidget, path: Path, render: Callable[[], bytes], ask_to_open: bool = True) -> bool:
    """Render with a wait cursor; French message on failure; nothing half-written."""
    done = operations.perform(parent, lambda: write_atomically(path, render())) is not None
    if done and ask_to_open and QMessageBox.question(
            parent, tr("Document enregistré"),
            message_text(tr("Le document a été enregistré dans\n{0}\n\nL'ouvrir maintenant ?").format(path))) \
            == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return done


def save_pdf(parent: QWidget, title: str, suggested: Path, render: Callable[[], bytes]) -> Path | None:
    path = choose_pdf_path(parent, title, suggested)
    if path is not None and write_pdf(parent, path, render):
        return path
    return None
