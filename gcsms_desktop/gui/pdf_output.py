"""Printing and saving a document: « Imprimer… » prints through Qt's print dialog; « Enregistrer en PDF… »
asks where (the user's Documents folder, a subfolder per groupement, a name carrying the date and the
kind) and writes the file atomically, then offers to open it without another modal dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from gcsms_desktop.gui import operations
from gcsms_desktop.gui.saved_notice import offer_to_open
from gcsms_desktop.services.files import write_atomically

PDF_FILTER = "Documents PDF (*.pdf)"
PRINT_DPI = 300  # enough for text on paper; a page image stays below 40 MB


def tr(text: str) -> str:
    return QCoreApplication.translate("pdf_output", text)


# --- where files go ----------------------------------------------------------------------------------

def folder_name(denomination: str) -> str:
    """The groupement's folder under Documents: its dénomination, without what file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", denomination).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:80].rstrip(" .") or "GCSMS"


def documents_folder(denomination: str) -> Path:
    """« Documents/<dénomination> »: the user's Documents folder (QStandardPaths), one subfolder per
    groupement — never the application's hidden data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base or Path.home()) / folder_name(denomination)


def choose_pdf_path(parent: QWidget, title: str, suggested: Path, filters: str = PDF_FILTER) -> Path | None:
    """The save dialog, opened in the suggested folder (created if needed: it is the user's Documents)."""
    try:
        suggested.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the dialog lets the user pick another folder
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), tr(filters))
    return Path(path) if path else None


def write_pdf(parent: QWidget, path: Path, render: Callable[[], bytes], ask_to_open: bool = True) -> bool:
    """Render with a wait cursor and write; French message on failure; nothing half-written. Once written,
    « Ouvrir » is offered in the status bar (no second dialog)."""
    done = operations.perform(parent, lambda: write_atomically(path, render())) is not None
    if done and ask_to_open:
        offer_to_open(parent, path)
    return done


def save_pdf(parent: QWidget, title: str, suggested: Path, render: Callable[[], bytes],
             filters: str = PDF_FILTER) -> Path | None:
    """The one save path: choose the file, then write the rendered bytes (PDF today; ODT or DOCX
    renderers go through here with their own ``filters``)."""
    path = choose_pdf_path(parent, title, suggested, filters)
    if path is not None and write_pdf(parent, path, render):
        return path
    return None


# --- printing ----------------------------------------------------------------------------------------

def print_pdf(parent: QWidget, title: str, render: Callable[[], bytes]) -> bool:
    """« Imprimer… »: the document is rendered, Qt's print dialog is shown, each chosen page is drawn on
    the printer as an image (QtPdf). False when the user cancelled or the document could not be made."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    done = operations.perform(parent, render)
    if done is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, _page_count(done.value))  # « Pages de … à … » offered in the dialog
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return operations.perform(parent, lambda: paint_pages(printer, done.value)) is not None


def paint_pages(printer: object, pdf: bytes) -> int:
    """Draw the PDF's pages (those the print dialog kept) on ``printer``; returns how many were drawn."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise OSError(tr("Le document n'a pas pu être préparé pour l'impression."))
    first, last = 1, document.pageCount()
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or last, last)
    if first > last:
        raise OSError(tr("Aucune page à imprimer dans l'intervalle choisi."))
    printer.setFullPage(True)  # the PDF pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("L'imprimante n'a pas pu être ouverte."))
    dpi = min(printer.resolution(), PRINT_DPI)
    try:
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            target = _fitted(painter.viewport(), image)
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    document.close()
    return last - first + 1


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _fitted(area: QRect, image: QImage) -> QRect:
    """The largest rectangle of the image's proportions centred in ``area``."""
    scale = min(area.width() / max(image.width(), 1), area.height() / max(image.height(), 1))
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)
