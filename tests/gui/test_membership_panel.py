"""The « Vie du groupement » tab and the change wizard, driven with real widgets on a real file."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pypdf import PdfReader

from gcsms_desktop.domain.changes import ChangeKind
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.gui.dialogs.avenant_dates_dialog import AvenantDatesDialog
from gcsms_desktop.gui.widgets import to_qdate
from tests.documents.test_convention_pdf import flat
from tests.gui.tables import column_texts, row_count
from tests.membership_factories import vitre_with_history

FOUGERES = "Groupement de coopération sociale de Fougères"


def cells(table, column: int) -> list[str]:
    return [flat(t) for t in column_texts(table, column)]


@pytest.fixture
def vitre_panel(window, example_text):
    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    window.tabs.setCurrentWidget(window.membership)
    return window.membership


def test_date_selector_shows_members_and_droits_as_they_stood(vitre_panel):
    panel = vitre_panel
    panel.set_date(date(2027, 1, 31))
    assert cells(panel.standing, 0) == ["Centre hospitalier de Vitré", "CCAS de Vitré", "EHPAD public de La Guerche"]
    panel.set_date(date(2028, 1, 1))
    assert cells(panel.standing, 0)[-1] == "Association Les Genêts"
    assert cells(panel.standing, 1)[-1] == "nos 50 à 54, nos 101 à 120"
    assert cells(panel.standing, 3)[-1] == "25/120"
    panel.set_date(date(2029, 1, 1))
    assert "EHPAD public de La Guerche" not in cells(panel.standing, 0)
    assert cells(panel.timeline, 3) == ["1er février 2027", "1er juin 2027", "31 décembre 2028"]
    deadlines = [flat(panel.deadlines.item(i).text()) for i in range(panel.deadlines.count())]
    assert any("Avenant n° 3" in d and "à envoyer au préfet" in d for d in deadlines)


def test_art_8_2_two_member_withdrawal_in_the_wizard_says_one_consistent_date(window, example_text, qtbot):
    """Art. 8-2 and 20: the wizard, its review, the timeline and the standing agree: ADMR is a member on
    31 December 2027, the groupement is dissolved of right on 1 January 2028; nothing else is recorded."""
    window.services.groupements.import_json(example_text("fougeres-sans-capital"))
    window.refresh()
    wizard = window.membership.record(ChangeKind.WITHDRAWAL)
    details = wizard.details
    details.act_date.setDate(to_qdate(date(2027, 5, 20)))
    details.member.setCurrentIndex(details.member.findData("ADMR"))
    consequence = flat(details.consequence.text())
    assert "Le retrait prendra effet le 31 décembre 2027" in consequence
    assert "entraîne de plein droit la dissolution" in consequence
    assert "dissous de plein droit le 1er janvier 2028" in consequence
    assert "20 mai" not in consequence
    wizard.next()
    wizard.next()
    assert wizard.review.isComplete()
    review = flat(wizard.review.problems_label.text())
    assert "dissous de plein droit le 1er janvier 2028" in review and "20 mai" not in review
    assert "Prise d’effet : 31 décembre 2027." in flat(wizard.review.summary.text())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert cells(window.membership.timeline, 2) == ["retrait de « ADMR du Pays de Fougères »"]
    panel = window.membership
    panel.set_date(date(2027, 12, 31))
    qtbot.waitUntil(lambda: "ADMR du Pays de Fougères" in cells(panel.standing, 0))
    assert "dissous" not in panel.note.text()
    panel.set_date(date(2028, 1, 1))
    qtbot.waitUntil(lambda: "ADMR du Pays de Fougères" not in cells(panel.standing, 0))
    assert "dissous de plein droit le 1er janvier 2028" in flat(panel.note.text())
    deadlines = [flat(panel.deadlines.item(i).text()) for i in range(panel.deadlines.count())]
    assert any("constate la dissolution" in d for d in deadlines)
    assert any("16 janvier 2028" in d and "préfet" in d for d in deadlines)


def test_exclusion_with_two_members_cannot_be_saved(window, example_text):
    window.services.groupements.import_json(example_text("fougeres-sans-capital"))
    window.refresh()
    wizard = window.membership.record(ChangeKind.EXCLUSION)
    assert "impossible" in wizard.details.consequence.text()
    wizard.next()
    wizard.deliberation.choose("__declared__")
    wizard.deliberation.adopted.setChecked(True)
    wizard.next()
    assert not wizard.review.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "R. 312-194-10" in flat(wizard.review.problems_label.text())
    wizard.reject()
    assert window.services.membership.history(FOUGERES).changes == ()


def test_admission_through_the_wizard_then_publication_dates(vitre_panel, qtbot, monkeypatch):
    from tests.factories import member

    panel = vitre_panel
    wizard = panel.record(ChangeKind.ADMISSION)
    wizard.details.act_date.setDate(to_qdate(date(2026, 12, 15)))
    wizard.details.edit_new_member(member("E", "Association Les Hortensias"))
    wizard.details.parts.setValue(10)
    wizard.next()
    wizard.deliberation.choose("2026-2")
    wizard.next()
    assert wizard.review.isComplete(), wizard.review.problems_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    panel.timeline.selectRow(row_count(panel.timeline) - 1)
    assert cells(panel.timeline, 4)[-1] == "à signer"
    dialog = AvenantDatesDialog("Avenant", ApprovalDates(), panel)
    for name, day in (("signature", date(2027, 1, 5)), ("sent_to_prefect", date(2027, 1, 6)),
                      ("approval_order", date(2027, 2, 10)), ("publication", date(2027, 3, 1))):
        dialog.fields[name].known.setChecked(True)
        dialog.fields[name].editor.setDate(to_qdate(day))
    assert panel.edit_avenant_dates(dialog)
    assert cells(panel.timeline, 4)[-1] == "publié le 1er mars 2027"
    panel.set_date(date(2027, 3, 1))
    assert "nos 121 à 130" in cells(panel.standing, 1)


def test_print_the_shares_register_from_the_panel(vitre_panel, tmp_path, monkeypatch):
    target = tmp_path / "registre.pdf"
    monkeypatch.setattr("gcsms_desktop.gui.pdf_output.choose_pdf_path", lambda *a: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    vitre_panel.set_date(date(2029, 1, 1))
    vitre_panel.save_document("shares-register")
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages))
    assert "Arrêté au 1er janvier 2029" in text and "nos 50 à 54 Association Les Genêts" in text


def test_an_unreadable_debt_amount_is_said_not_dropped(window, example_text):
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh()
    wizard = window.membership.record(ChangeKind.WITHDRAWAL)
    wizard.details.debts.setText("douze mille")
    wizard.next()
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "Montant de la part des dettes illisible : « douze mille »" in flat(wizard.review.problems_label.text())
    wizard.reject()
    assert window.services.membership.history(1).changes == ()


def test_art_8_4_the_withdrawal_page_proposes_the_share_of_the_debts_by_the_droits(window, example_text, qtbot):
    """Art. 8-4 and 9-2: the groupement's debts on the exit day, split by the droits in force that day
    (46/100 on 31 December 2027), give the outgoing member's share; still editable; printed in the avenant."""
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh()
    wizard = window.membership.record(ChangeKind.WITHDRAWAL)
    details = wizard.details
    details.act_date.setDate(to_qdate(date(2027, 3, 1)))
    details.member.setCurrentIndex(details.member.findData("C"))
    details.group_debts.setText("12 000")
    assert details.debts.text() == "5\u202f520,00"
    assert flat(details.debt_share.text()) == flat(
        "Part proposée : 5 520 €, soit sa part, proportionnelle à ses droits sociaux (46/100) au jour de sa "
        "sortie, le 31 décembre 2027, des dettes et charges du groupement de 12 000 € (art. 8-4 et 9-2).")
    details.group_debts.setText("10 000,01")  # 4 600,0046 €: the left-over cent goes to the largest remainder
    assert details.debts.text() == "4\u202f600,01"
    details.debts.setText("4 700")  # the user's amount is kept when the debts change again
    details.group_debts.setText("12 000")
    assert details.debts.text() == "4 700"
    details.debts.setText("")
    details.group_debts.setText("12 000,00")
    assert details.debts.text() == "5\u202f520,00"
    wizard.next()
    wizard.next()
    assert wizard.review.isComplete(), wizard.review.problems_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    change = window.services.membership.history(1).changes[-1]
    assert change.payload.debts_cents == 552_000
    pdf = window.services.printing.avenant(1, change.number)
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert flat("s’élève à 5 520 €, soit sa part, proportionnelle à ses droits sociaux (46/100) au jour de sa sortie, "
                "le 31 décembre 2027, des dettes et charges du groupement à cette date (art. 9-2)") in text


def test_art_8_4_debts_typed_unreadable_or_for_a_member_without_droits_are_said(window, example_text):
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh()
    wizard = window.membership.record(ChangeKind.EXCLUSION)
    details = wizard.details
    details.group_debts.setText("beaucoup")
    assert "Montant des dettes illisible : « beaucoup »" in flat(details.debt_share.text())
    assert details.debts.text() == ""
    wizard.reject()


def test_r312_194_20_a_requested_assembly_not_yet_convened_is_among_the_deadlines(window, example_text):
    from gcsms_desktop.domain.assembly import Assembly
    from tests.assembly_factories import agenda
    from tests.integration.test_assemblies import TILLEULS_KEYS

    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.services.assemblies.prepare(groupement_id, Assembly(
        date(2026, 12, 15), "Siège", agenda=agenda(), requested_by=tuple(TILLEULS_KEYS[:6]),
        requested_on=date(2026, 11, 20)))
    window.refresh(select_id=groupement_id)
    window.tabs.setCurrentWidget(window.membership)
    deadlines = [flat(window.membership.deadlines.item(i).text())
                 for i in range(window.membership.deadlines.count())]
    assert any("Assemblée demandée le 20 novembre 2026 par « EHPAD Les Glycines (GLY) »" in d
               and "à convoquer au plus tard le 5 décembre 2026" in d for d in deadlines), deadlines
