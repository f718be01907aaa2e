"""A whole assemblée générale driven through the GUI (prepare → convene → attendance → votes →
close → sign → print), on a real database."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QLabel, QListWidget, QMessageBox, QPushButton,
    QStyleOptionViewItem, QWidget, QWizard,
)

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.attendance import Presence
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.gui.widgets import to_qdate
from gcsms_desktop.gui.wizards.assembly.attendance_page import PRESENCE, PROXY, REPRESENTATIVE
from tests.gui.tables import row_count, text
from tests.gui.typing import type_text
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS

MEETING = date(2026, 12, 15)


def click_next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


@pytest.fixture
def tilleuls_window(window, example_text, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return window


def prepare(qtbot, wizard) -> None:
    page = wizard.currentPage()
    page.meeting_date.setDate(to_qdate(MEETING))
    page.place.clear()
    type_text(qtbot, page.place, "Salle du conseil, Rennes")
    editor = page.agenda
    editor.new_matter.setCurrentIndex(editor.new_matter.findData(Matter.ACCOUNTS))
    qtbot.mouseClick(editor.findChild(type(wizard.button(QWizard.WizardButton.NextButton)), "addItem"),
                     Qt.MouseButton.LeftButton)
    editor.title.selectAll()
    type_text(qtbot, editor.title, "Approbation des comptes 2025")
    editor.resolution.setPlainText("L'assemblée générale approuve les comptes de l'exercice 2025.")
    editor.new_matter.setCurrentIndex(editor.new_matter.findData(Matter.ADMISSION))
    editor.add_selected_matter()
    editor.resolution.setPlainText("L'assemblée générale admet l'association Les Genêts.")


def test_a_whole_assembly_through_the_gui(qtbot, tilleuls_window, tmp_path, monkeypatch):
    window = tilleuls_window
    window.new_assembly()
    wizard = window.assemblies.findChild(QWizard, "assemblyWizard")
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Annuler"
    prepare(qtbot, wizard)
    assert wizard.currentPage().agenda.rule.text().startswith("unanimité des membres présents")
    click_next(qtbot, wizard)
    # convene: a date too late is refused on the page with the date that works
    convene = wizard.currentPage()
    assert convene.objectName() == "page_convene"
    convene.sent_on.setDate(to_qdate(date(2026, 12, 5)))
    assert "au plus tard le 30 novembre 2026" in convene.delay.text()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is convene and convene.error_label.isVisible()
    convene.sent_on.setDate(to_qdate(date(2026, 11, 30)))
    click_next(qtbot, wizard)
    # attendance: live quorum
    attendance = wizard.currentPage()
    assert attendance.objectName() == "page_attendance"
    for key in TILLEULS_KEYS[:8]:
        attendance.set_presence(key, Presence.PRESENT)
    assert attendance.quorum.text().startswith("Quorum non atteint\u00a0: 8/17")
    attendance.set_presence(TILLEULS_KEYS[8], Presence.REPRESENTED, proxy_holder=TILLEULS_KEYS[0])
    assert attendance.quorum.text().startswith("Quorum atteint\u00a0: 9/17")
    click_next(qtbot, wizard)
    # votes: unanimity shortcut on the first, one abstention on the second
    votes = wizard.currentPage()
    assert votes.objectName() == "page_votes" and votes.items.count() == 2
    qtbot.mouseClick(votes.findChild(type(wizard.button(QWizard.WizardButton.NextButton)), "unanimousFor"),
                     Qt.MouseButton.LeftButton)
    assert votes.outcome.text().startswith("Adoptée à la majorité")
    votes.items.setCurrentRow(1)
    votes.set_all(Choice.FOR)
    votes.set_vote("SBS", Choice.ABSTENTION)
    assert votes.outcome.text().startswith("Rejetée\u00a0: l\u2019unanimité")
    click_next(qtbot, wizard)
    close = wizard.currentPage()
    assert close.president.text() == "Marie Le Goff"  # the administrateur presides by default
    type_text(qtbot, close.secretary, "Paul Durand")
    type_text(qtbot, close.scrutineer, "Anne Petit")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    record = window.services.assemblies.record(window.assemblies.selected_id())
    assert record.assembly.state is AssemblyState.HELD
    assert [i.deliberation_number for i in record.assembly.agenda] == ["2026-1", "2026-2"]
    assert "n°\u00a02026-2 Admission" in window.assemblies.result.text()
    # sign, then print the PV
    assert window.assemblies.sign_selected(date(2026, 12, 16))
    assert "Procès-verbal signé : registre, pages 1 à" in window.statusBar().currentMessage()
    target = tmp_path / "pv.pdf"
    monkeypatch.setattr("gcsms_desktop.gui.pdf_output.choose_pdf_path", lambda *a: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.assemblies.save_document("minutes")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Délibération n° 2026-1" in text and "Paul Durand" in text


def test_locked_assembly_cannot_be_continued_only_corrected(qtbot, tilleuls_window):
    from tests.assembly_factories import attend, convened, held, vote_all

    services = tilleuls_window.services
    assembly_id = convened(services, "1")
    attend(services, assembly_id, TILLEULS_KEYS)
    vote_all(services, assembly_id)
    held(services, assembly_id)
    panel = tilleuls_window.assemblies
    panel.show_groupement(services, 1, select=assembly_id)
    assert not panel.buttons["continue"].isEnabled() and panel.continue_selected() is None
    assert panel.buttons["erratum"].isEnabled()
    assert panel.add_erratum("Lire « Durand » au lieu de « Durant ».", date(2026, 12, 18))
    assert "Erratum du 18 décembre 2026" in panel.result.text()


def test_without_quorum_the_panel_offers_a_second_convocation(qtbot, tilleuls_window):
    from tests.assembly_factories import attend, convened, held

    services = tilleuls_window.services
    assembly_id = convened(services, "1")
    attend(services, assembly_id, TILLEULS_KEYS[:3])
    held(services, assembly_id)
    panel = tilleuls_window.assemblies
    panel.show_groupement(services, 1, select=assembly_id)
    assert panel.buttons["second"].isEnabled() and panel.buttons["sign"].isEnabled()
    assert panel.convene_again(date(2026, 12, 28), date(2026, 12, 16))
    assert row_count(panel.table) == 2
    assert "seconde convocation" in text(panel.table, 1, 1)
    wizard = panel.continue_selected()
    assert wizard.currentPage().objectName() == "page_attendance"
    wizard.currentPage().set_presence("GLY", Presence.PRESENT)
    assert "seconde convocation" in wizard.currentPage().quorum.text()
    wizard.reject()


def test_reopening_a_convened_assembly_starts_at_the_attendance(qtbot, tilleuls_window):
    from tests.assembly_factories import convened

    assembly_id = convened(tilleuls_window.services, "1")
    panel = tilleuls_window.assemblies
    panel.show_groupement(tilleuls_window.services, 1, select=assembly_id)
    wizard = panel.continue_selected()
    assert wizard.currentPage().objectName() == "page_attendance"
    assert wizard.state_locked_for("prepare") and wizard.state_locked_for("convene")
    assert not wizard.state_locked_for("attendance")
    wizard.reject()


def test_cancelling_an_unsaved_agenda_asks_first(qtbot, window, example_text, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    wizard = window.assemblies.new_assembly()
    wizard.currentPage().agenda.add_selected_matter()
    asked = []

    def question(*a, **_k):
        asked.append(a[2])
        return QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.reject()
    assert asked and "pas encore enregistré" in asked[0] and wizard.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard.reject()
    assert not wizard.isVisible()


def proxy_editor(attendance, row: int) -> QComboBox:
    """The combo box the table's delegate gives the user to choose who holds ``row``'s proxy."""
    table = attendance.table
    index = table.model().index(row, PROXY)
    editor = table.itemDelegate().createEditor(table.viewport(), QStyleOptionViewItem(), index)
    table.itemDelegate().setEditorData(editor, index)
    return editor


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_all_present_then_a_proxy_to_oneself_is_refused_on_the_page(qtbot, tilleuls_window):
    """R312-194-20: a proxy goes to another member present; every row offers the same list of members."""
    from tests.assembly_factories import convened

    window = tilleuls_window
    assembly_id = convened(window.services, TILLEULS)
    window.refresh()
    window.assemblies.show_groupement(window.services, window.current_groupement_id(), assembly_id)
    wizard = window.assemblies.continue_selected()
    attendance = wizard.currentPage()
    qtbot.mouseClick(attendance.findChild(QPushButton, "allPresent"), Qt.MouseButton.LeftButton)
    assert attendance.quorum.text().startswith("Quorum atteint\u00a0: 17/17")
    proxy, other = proxy_editor(attendance, 1), proxy_editor(attendance, 2)
    assert combo_texts(proxy) == combo_texts(other)
    assert proxy.count() == 18 and proxy.itemText(0) == ""
    attendance.set_presence(TILLEULS_KEYS[1], Presence.REPRESENTED, proxy_holder=TILLEULS_KEYS[1])
    click_next(qtbot, wizard)
    assert wizard.currentPage() is attendance
    assert "ne peut pas se donner procuration à lui-même" in attendance.error_label.text()
    wizard.reject()


def test_the_attendance_sheet_is_edited_with_the_keyboard(qtbot, tilleuls_window):
    """F2 or typing opens a combo box in the cell only; Tab records it and goes on to the next cell. A proxy
    goes to one of the members present; the member's representative may be typed."""
    from tests.assembly_factories import convened

    window = tilleuls_window
    assembly_id = convened(window.services, TILLEULS)
    window.assemblies.show_groupement(window.services, window.current_groupement_id(), assembly_id)
    wizard = window.assemblies.continue_selected()
    attendance = wizard.currentPage()
    table, names = attendance.table, attendance.record.member_names
    assert not table.findChildren(QComboBox), "no combo box before a cell is edited"
    qtbot.mouseClick(attendance.findChild(QPushButton, "allPresent"), Qt.MouseButton.LeftButton)
    table.setCurrentIndex(table.model().index(2, PRESENCE))
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QComboBox) and editor.objectName() == "presenceEditor"
    assert combo_texts(editor) == ["Présent", "Représenté", "Absent"] and editor.currentText() == "Présent"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # « Représenté »
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert attendance.lines()[2].presence is Presence.REPRESENTED
    assert table.currentIndex().column() == PROXY, "the representative's cell, for a member absent, is skipped"
    proxy = table.indexWidget(table.currentIndex())
    assert isinstance(proxy, QComboBox) and proxy.objectName() == "proxyEditor"
    assert proxy.count() == 17 and names[TILLEULS_KEYS[2]] not in combo_texts(proxy), "the members present only"
    proxy.setCurrentIndex(proxy.findData(TILLEULS_KEYS[0]))
    proxy.activated.emit(proxy.currentIndex())
    assert attendance.lines()[2].proxy_holder == TILLEULS_KEYS[0]
    assert text(table, 2, PROXY) == names[TILLEULS_KEYS[0]]
    table.setEditTriggers(table.editTriggers() & ~QAbstractItemView.EditTrigger.CurrentChanged)
    table.setCurrentIndex(table.model().index(3, REPRESENTATIVE))
    assert table.indexWidget(table.currentIndex()) is None
    qtbot.keyClick(table, Qt.Key.Key_F2)
    typed = table.indexWidget(table.currentIndex())
    assert isinstance(typed, QComboBox) and typed.isEditable()
    line = typed.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(qtbot, line, "Jeanne Martin")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert attendance.lines()[3].representative == "Jeanne Martin"
    assert text(table, 3, REPRESENTATIVE) == "Jeanne Martin"
    table.setCurrentIndex(table.model().index(4, REPRESENTATIVE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    typed = table.indexWidget(table.currentIndex())
    assert isinstance(typed, QComboBox)
    line = typed.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(qtbot, line, "Louis Garnier")  # no Enter: the page is left with « Suivant »
    attendance.store()
    assert attendance.lines()[4].representative == "Louis Garnier"
    wizard.reject()


def test_the_agenda_names_for_exclusion_the_members_in_force_on_the_meeting_date(qtbot, window, example_text):
    """Art. 8 and 8-3: D, admitted (avenant published 1 February 2027), may be excluded by a 2029 AG;
    C, whose withdrawal took effect on 31 December 2028, may not — the services say so, the page shows it."""
    from tests.membership_factories import vitre_with_history

    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    wizard = window.assemblies.new_assembly()
    page = wizard.currentPage()
    editor = page.agenda
    page.meeting_date.setDate(to_qdate(date(2028, 6, 15)))
    editor.new_matter.setCurrentIndex(editor.new_matter.findData(Matter.EXCLUSION))
    qtbot.mouseClick(editor.findChild(QPushButton, "addItem"), Qt.MouseButton.LeftButton)
    assert editor.concerned.findData("C") > 0 and editor.concerned.findData("D") > 0  # both members in 2028
    editor.concerned.setCurrentIndex(editor.concerned.findData("C"))
    assert editor.items[0].concerned_member == "C"
    page.meeting_date.setDate(to_qdate(date(2029, 3, 15)))
    assert editor.concerned.findData("C") == -1, "C left on 31 December 2028: not offered any more"
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and wizard.assembly_id is None, "nothing saved"
    assert ("Point 1\u00a0: «\u00a0EHPAD public de La Guerche\u00a0» n'est pas membre du groupement le 15 mars 2029"
            in page.error_label.text().replace("’", "'"))
    editor.concerned.setCurrentIndex(editor.concerned.findData("D"))
    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "page_convene"
    record = window.services.assemblies.record(wizard.assembly_id)
    assert record.assembly.agenda[0].concerned_member == "D"
    assert [m.key for m in record.members] == ["A", "B", "D"]
    wizard.reject()


def test_r312_194_20_the_preparation_page_records_an_assembly_requested_by_a_third(qtbot, tilleuls_window):
    """R. 312-194-20: « se réunit de droit à la demande d'au moins un tiers de ses membres »: the page
    counts the members ticked against those in force on the request day and shows the deadline."""
    window = tilleuls_window
    window.new_assembly()
    wizard = window.assemblies.findChild(QWizard, "assemblyWizard")
    prepare(qtbot, wizard)
    page = wizard.currentPage()
    box = page.findChild(QWidget, "requestDetails")
    requested = page.findChild(QCheckBox, "requestedByMembers")
    assert not box.isVisibleTo(page)
    requested.setChecked(True)
    assert box.isVisibleTo(page)
    page.findChild(QDateEdit, "requestedOn").setDate(to_qdate(date(2026, 11, 20)))
    requesters = page.findChild(QListWidget, "requesters")
    assert requesters.count() == 17
    for row in range(5):
        requesters.item(row).setCheckState(Qt.CheckState.Checked)
    third = page.findChild(QLabel, "requestThird")
    assert third.text() == typography("5 membres sur 17 : le tiers n'est pas atteint (art. R. 312-194-20)")
    assert page.findChild(QLabel, "requestDeadline").text() == (
        "À convoquer au plus tard le 5 décembre 2026, pour une réunion au plus tard le 20 décembre 2026.")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "5 membres sur 17 le 20 novembre 2026" in page.error_label.text()
    requesters.item(5).setCheckState(Qt.CheckState.Checked)
    assert third.text() == typography("6 membres sur 17 : le tiers est atteint (art. R. 312-194-20)")
    page.urgent.setChecked(True)  # 48 hours' notice after the last day to convene
    assert page.findChild(QLabel, "requestDeadline").text().endswith("au plus tard le 7 décembre 2026.")
    page.urgent.setChecked(False)
    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "page_convene"
    stored = window.services.assemblies.record(wizard.assembly_id).assembly
    assert stored.requested_by == tuple(TILLEULS_KEYS[:6]) and stored.requested_on == date(2026, 11, 20)
    wizard.back()
    assert requested.isChecked() and third.text().startswith("6 membres sur 17")
