"""« Imprimer… » prints, « Enregistrer en PDF… » saves into Documents/<groupement> under dated names with
« Ouvrir » in the status bar, « Préparer les courriels » writes one .eml per member (only the OS dialogs
are patched)."""

from __future__ import annotations

import io
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.gui.saved_notice import SavedNotice
from gcsms_desktop.gui.widgets import to_qdate
from tests.assembly_factories import attend, convened, held, vote_all
from tests.gui.test_assembly_wizard import click_next, prepare, tilleuls_window  # noqa: F401 - fixture
from tests.integration.test_assemblies import TILLEULS_KEYS

DENOMINATION = "Groupement de coopération médico-sociale Les Tilleuls"


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's Documents folder (QStandardPaths: $HOME/Documents without an XDG user-dirs file)."""
    monkeypatch.setenv("HOME", str(tmp_path / "maison"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return tmp_path / "maison" / "Documents"


@pytest.fixture
def held_assembly(tilleuls_window) -> int:  # noqa: F811
    services = tilleuls_window.services
    assembly_id = convened(services, "1")
    attend(services, assembly_id, TILLEULS_KEYS)
    vote_all(services, assembly_id)
    held(services, assembly_id)
    tilleuls_window.assemblies.show_groupement(services, 1, select=assembly_id)
    return assembly_id


def test_imprimer_sends_every_page_to_the_printer(qtbot, tilleuls_window, held_assembly, tmp_path,  # noqa: F811
                                                  monkeypatch):
    printed = tmp_path / "imprimante.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # the user picks a printer and clicks « Imprimer »
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    tilleuls_window.assemblies.print_actions["minutes"].trigger()
    expected = PdfReader(io.BytesIO(tilleuls_window.services.printing.minutes(1, held_assembly))).pages
    pages = PdfReader(printed).pages
    assert len(pages) == len(expected) >= 2
    assert abs(float(pages[0].mediabox.width) - 595) < 3 and abs(float(pages[0].mediabox.height) - 842) < 3  # A4


def test_only_the_pages_chosen_in_the_dialog_are_printed(qtbot, tilleuls_window, tmp_path):  # noqa: F811
    from gcsms_desktop.gui.pdf_output import paint_pages

    services = tilleuls_window.services
    letters = services.printing.convocations(1, convened(services, "1"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pages-3-4.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)  # the second member's letter and pouvoir
    assert paint_pages(printer, letters) == 2
    assert len(PdfReader(tmp_path / "pages-3-4.pdf").pages) == 2


def test_cancelled_print_dialog_prints_nothing(qtbot, tilleuls_window, held_assembly, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    assert tilleuls_window.assemblies.print_document("minutes") is False


def test_saved_into_documents_under_dated_names_then_opened_from_the_status_bar(
        qtbot, tilleuls_window, held_assembly, documents, monkeypatch):  # noqa: F811
    suggested: list[str] = []

    def save_dialog(_parent, _title, path, filters):
        suggested.append(path)
        return path, filters  # the user accepts the name offered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    panel = tilleuls_window.assemblies
    panel.save_actions["minutes"].trigger()
    panel.save_actions["convocations"].trigger()
    folder = documents / DENOMINATION
    assert [Path(p) for p in suggested] == [folder / "2026-12-15 AG — procès-verbal.pdf",
                                            folder / "2026-12-15 AG — convocations.pdf"]
    assert all(Path(p).stat().st_size > 0 for p in suggested)  # two files, no collision
    notice = tilleuls_window.findChild(SavedNotice, "savedNotice")
    assert notice.isVisible() and "2026-12-15 AG — convocations.pdf" in notice.label.text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [suggested[1], str(folder)]


def test_emails_prepared_from_the_convene_page_then_the_sending_recorded(qtbot, tilleuls_window, documents,  # noqa: F811
                                                                        monkeypatch):
    window = tilleuls_window
    window.services.details.correct(1, DetailsCorrection("GLY", date(2026, 11, 22), email="direction@glycines.fr"))
    opened: list[Path] = []
    monkeypatch.setattr("gcsms_desktop.gui.convocation_emails.open_in_system", opened.append)
    window.new_assembly()
    wizard = window.assemblies.findChild(QWizard, "assemblyWizard")
    prepare(qtbot, wizard)
    click_next(qtbot, wizard)
    convene = wizard.currentPage()
    convene.sent_on.setDate(to_qdate(date(2026, 11, 30)))
    qtbot.mouseClick(convene.emails_button, Qt.MouseButton.LeftButton)  # « Oui »: sent on 30 November
    folder = documents / DENOMINATION / "2026-12-15 AG — courriels de convocation"
    [eml] = list(folder.glob("*.eml"))
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "EHPAD Les Glycines <direction@glycines.fr>" and opened == [folder]
    notice = window.findChild(SavedNotice, "savedNotice")
    assert "1 courriel(s) prêt(s)" in notice.label.text() and "16 membre(s) par la poste" in notice.label.text()
    assert "Association Ty Coz" in notice.label.toolTip()  # who goes by post, named
    record = window.services.assemblies.record(wizard.saved_id())
    assert record.assembly.state is AssemblyState.CONVENED and record.assembly.convocation_date == date(2026, 11, 30)

