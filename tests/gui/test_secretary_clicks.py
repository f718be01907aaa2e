"""Issue 14's measure: the secretary's common job — convene an AG (letters printed), record attendance and
votes, close the séance, sign and print its procès-verbal — counted in real clicks, at most 30 (53 before)."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QTimer
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWizard

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.gui.widgets import to_qdate
from tests.gui.clicks import Clicks

CLICK_BUDGET = 30


def test_convene_record_close_sign_and_print_an_ag_in_at_most_30_clicks(qtbot, window, example_text, tmp_path,
                                                                           monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    clicks = Clicks(qtbot)
    printed: list[str] = []

    def save_dialog(_parent, _title, suggested):
        clicks.answer(f"file dialog: Enregistrer {suggested.name}")
        printed.append(suggested.name)
        return tmp_path / suggested.name

    def question(*_args, **_kwargs):
        clicks.answer(f"question: {_args[1] if len(_args) > 1 else ''}")
        return QMessageBox.StandardButton.No  # « L'ouvrir maintenant ? » (where the print path still asks)

    def print_dialog(dialog: QPrintDialog) -> int:  # the user clicks « Imprimer » in Qt's print dialog
        clicks.answer("print dialog: Imprimer")
        name = f"impression-{len(printed) + 1}.pdf"
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        printed.append(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("gcsms_desktop.gui.pdf_output.choose_pdf_path", save_dialog)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)

    # Convene: the toolbar's « Nouvelle assemblée générale »
    toolbar = window.findChild(type(window.addToolBar("probe")), "mainToolbar")
    clicks.mouse(toolbar.widgetForAction(window.assembly_action), "Nouvelle assemblée générale")
    wizard = window.assemblies.findChild(QWizard, "assemblyWizard")
    prepare = wizard.currentPage()
    clicks.mouse(prepare.meeting_date, "date de la réunion")
    prepare.meeting_date.setDate(to_qdate(date(2026, 12, 15)))  # typed: 15/12/2026
    agenda = prepare.agenda
    for matter, resolution in ((Matter.ACCOUNTS, "L'assemblée générale approuve les comptes de l'exercice 2025."),
                               (Matter.BUDGET, "L'assemblée générale adopte le budget 2027.")):
        clicks.choose(f"matière {matter.name}")
        agenda.new_matter.setCurrentIndex(agenda.new_matter.findData(matter))
        clicks.mouse(agenda.findChild(QPushButton, "addItem"), "Ajouter le point")
        clicks.type(agenda.resolution, resolution)
    clicks.mouse(wizard.button(QWizard.WizardButton.NextButton), "Suivant")
    convene = wizard.currentPage()
    assert convene.objectName() == "page_convene"
    clicks.mouse(convene.print_button, "Convoquer et imprimer les convocations")
    assert wizard.record.assembly.state is AssemblyState.CONVENED
    clicks.mouse(wizard.button(QWizard.WizardButton.NextButton), "Suivant")
    # Record: attendance, then one unanimous vote per resolution
    attendance = wizard.currentPage()
    clicks.mouse(attendance.everyone, "Tous présents")
    clicks.mouse(wizard.button(QWizard.WizardButton.NextButton), "Suivant")
    votes = wizard.currentPage()
    assert votes.objectName() == "page_votes"
    unanimous = votes.findChild(QPushButton, "unanimousFor")
    clicks.mouse(unanimous, "Unanimité pour")
    item = votes.items.item(1)
    clicks.mouse(votes.items.viewport(), "résolution 2")  # the click below lands on the second line
    votes.items.setCurrentItem(item)
    clicks.mouse(unanimous, "Unanimité pour")
    clicks.mouse(wizard.button(QWizard.WizardButton.NextButton), "Suivant")
    # Close
    close = wizard.currentPage()
    clicks.type(close.secretary, "Paul Durand")
    clicks.type(close.scrutineer, "Anne Petit")
    clicks.mouse(wizard.button(QWizard.WizardButton.FinishButton), "Clore la séance")
    assert not wizard.isVisible()
    # Sign (the dates dialog answered with a real click on OK), then print the PV
    panel = window.assemblies

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = dialog.findChild(QDialogButtonBox) if dialog is not None else None
        assert buttons is not None
        clicks.mouse(buttons.button(QDialogButtonBox.StandardButton.Ok), "OK")

    QTimer.singleShot(0, press_ok)
    clicks.mouse(panel.buttons["sign"], "Signer le procès-verbal")
    record = window.services.assemblies.record(panel.selected_id())
    assert record.assembly.state is AssemblyState.SIGNED
    clicks.menu(panel.print_actions["minutes"], "Imprimer › Procès-verbal")
    assert len(printed) == 2  # the letters, then the PV, each through the print dialog
    letters, minutes = (len(PdfReader(tmp_path / name).pages) for name in printed)  # pages printed as images
    services, assembly_id = window.services, panel.selected_id()
    assert letters == len(PdfReader(io.BytesIO(services.printing.convocations(groupement_id, assembly_id))).pages)
    assert minutes == len(PdfReader(io.BytesIO(services.printing.minutes(groupement_id, assembly_id))).pages)
    print(f"\n{clicks.count} clicks ({clicks.typed} fields typed):\n" + "\n".join(clicks.log))
    assert clicks.count <= CLICK_BUDGET, "\n".join(clicks.log)
