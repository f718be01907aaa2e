"""The secretary's session in the assembly wizard: a summary of the debates on each point (an
information point keeps its debates and is never put to the vote), the opening and closing hours,
and the PV printed from them (art. 13-2)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QWizard

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.attendance import Presence
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from tests.documents.test_convention_pdf import flat
from tests.gui.test_assembly_wizard import click_next, prepare
from tests.gui.typing import type_text
from tests.integration.test_assemblies import TILLEULS_KEYS


@pytest.fixture
def tilleuls_window(window, example_text, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return window


def test_debates_on_each_point_and_the_session_hours_reach_the_pv(qtbot, tilleuls_window, tmp_path, monkeypatch):
    window = tilleuls_window
    window.new_assembly()
    wizard = window.assemblies.findChild(QWizard, "assemblyWizard")
    wizard.resize(1280, 720)
    prepare(qtbot, wizard)  # comptes (2°), admission (6°)
    editor = wizard.currentPage().agenda
    editor.new_matter.setCurrentIndex(editor.new_matter.findData(Matter.OTHER))
    editor.add_selected_matter()  # « Questions diverses », no resolution: an information point
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # convened with the default date
    attendance = wizard.currentPage()
    for key in TILLEULS_KEYS[:9]:
        attendance.set_presence(key, Presence.PRESENT)
    click_next(qtbot, wizard)

    votes = wizard.currentPage()
    assert votes.objectName() == "page_votes" and votes.items.count() == 3  # every point, information too
    type_text(qtbot, votes.debates, "Le trésorier présente les comptes ; aucune question.")
    votes.set_all(Choice.FOR)
    votes.items.setCurrentRow(1)
    votes.set_all(Choice.FOR)
    votes.items.setCurrentRow(2)
    assert not votes.table.isVisible() and not votes.outcome.isVisible()
    assert "pas mis aux voix" in votes.text.text()
    type_text(qtbot, votes.debates, "Mme Le Goff annonce la fête du groupement le 12 juin.")
    qtbot.wait(20)  # the layout settles
    wizard.grab().save(str(tmp_path / "votes.png"))
    click_next(qtbot, wizard)

    close = wizard.currentPage()
    assert close.objectName() == "page_close"
    type_text(qtbot, close.secretary, "Paul Durand")
    type_text(qtbot, close.scrutineer, "Anne Petit")
    type_text(qtbot, close.opened_at, "16:40")
    type_text(qtbot, close.closed_at, "14:05")
    wizard.grab().save(str(tmp_path / "close.png"))
    click_next_or_finish = wizard.button(QWizard.WizardButton.FinishButton)
    click_next_or_finish.click()
    assert wizard.isVisible() and close.error_label.isVisible()  # closed before it opened: refused
    assert "l’heure de clôture suit l’heure d’ouverture" in close.error_label.text()
    close.opened_at.clear()
    close.closed_at.clear()
    type_text(qtbot, close.opened_at, "14h05")
    type_text(qtbot, close.closed_at, "16:40")
    click_next_or_finish.click()
    assert not wizard.isVisible()

    record = window.services.assemblies.record(window.assemblies.selected_id())
    a = record.assembly
    assert a.state is AssemblyState.HELD and (a.opened_at, a.closed_at) == ("14:05", "16:40")
    assert [i.deliberation_number for i in a.agenda] == ["2026-1", "2026-2", None]  # the information: no number
    assert a.agenda[2].debates == "Mme Le Goff annonce la fête du groupement le 12 juin."
    assert a.agenda[2].choices == {} and a.agenda[2].is_information

    target = tmp_path / "pv.pdf"
    monkeypatch.setattr("gcsms_desktop.gui.pdf_output.choose_pdf_path", lambda *a: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.assemblies.save_document("minutes")  # « Imprimer » goes to the printer: the file is saved
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages))
    assert "La séance est ouverte à 14 h 05 sous la présidence de Marie Le Goff" in text
    assert "la séance est levée à 16 h 40" in text
    assert "Débats. Le trésorier présente les comptes ; aucune question." in text
    assert "Point 3 — Questions diverses Point d’information, non mis aux voix. Débats. Mme Le Goff annonce" in text
