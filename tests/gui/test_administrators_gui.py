"""The administrateurs' history and « Élire un administrateur… » in the « Vie du groupement » tab, with
real widgets on a real file (art. 14, R. 312-194-21 3°, R. 312-194-23)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gcsms_desktop.gui.widgets import to_qdate
from tests.documents.test_convention_pdf import flat
from tests.gui.tables import column_texts
from tests.integration.test_administrators import election_assembly

SHOTS = None


@pytest.fixture
def vitre_panel(window, example_text):
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    election_assembly(window.services)  # deliberation 2029-1 of matter 3°
    window.refresh()
    window.tabs.setCurrentWidget(window.membership)
    return window.membership


def mandates_stored(window) -> int:
    with sqlite3.connect(window.services.path) as connection:
        return connection.execute("SELECT COUNT(*) FROM administrator_mandates").fetchone()[0]


def test_history_then_an_election_through_the_dialog(vitre_panel, window, qtbot):
    box = vitre_panel.administrators
    assert [flat(t) for t in column_texts(box.table, 2)] == ["Didier Lemoine"]
    assert flat(box.in_office.text()).startswith("Aucun administrateur en fonctions au 30 juin 2030")
    dialog = box.elect()
    assert dialog is not None and dialog.objectName() == "electionDialog"
    dialog.member.setCurrentIndex(dialog.member.findData("C"))
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Karine Fournier", "Paul Texier"]
    dialog.person.setCurrentText("Paul Texier")
    assert dialog.deliberation.currentData() == "2029-1"
    dialog.own_start.setChecked(True)  # elected ahead: takes office the day after Didier Lemoine's term
    dialog.start.setDate(to_qdate(date(2030, 1, 15)))
    if SHOTS:
        dialog.resize(1280, 720)
        dialog.grab().save(f"{SHOTS}/election-dialog.png")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.recorded_number == 1
    qtbot.waitUntil(lambda: len(column_texts(box.table, 2)) == 2)  # refreshed on data_changed
    assert [flat(t) for t in column_texts(box.table, 2)] == ["Didier Lemoine", "Paul Texier"]
    assert [flat(t) for t in column_texts(box.table, 1)] == ["Premier administrateur", "Élection"]
    assert flat(box.in_office.text()).startswith("En fonctions au 30 juin 2030 : Paul Texier")
    assert flat(window.view.fields["administrator"].text()).startswith("Paul Texier (EHPAD public de La Guerche)")
    if SHOTS:
        window.resize(1280, 720)
        window.grab().save(f"{SHOTS}/administrators-tab.png")


def test_a_refused_election_shows_why_and_writes_nothing(vitre_panel, window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog = vitre_panel.administrators.elect()
    dialog.member.setCurrentIndex(dialog.member.findData("C"))
    dialog.person.setCurrentText("Jean Inconnu")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "« Jean Inconnu » n’est ni le membre" in flat(dialog.problems.text())
    assert "R. 312-194-23" in flat(dialog.problems.text())
    assert mandates_stored(window) == 0
