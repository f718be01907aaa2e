"""The main window on a database with groupements: lists, details, print, open another base."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QMessageBox

from gcsms_desktop.gui import operations

from tests.conftest import EXAMPLES


def test_main_window_shows_members_droits_and_parts(qtbot, window, example_text):
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh()
    assert window.groupement_list.count() == 1
    assert window.windowTitle().startswith("GCSMS Desktop")
    members = window.view.members_model
    assert members.rowCount() == 3
    assert members.rows[0][3] == "26\u00a0%" and members.rows[0][4] == "26/100"
    parts = window.view.parts_model
    assert parts.rows[0][1] == "nos 01 à 26"
    assert parts.rows[-1] == ["Total", "nos 1 à 100", "100", "250\u202f000\u00a0€"]
    assert window.print_action.isEnabled()


def test_the_groupement_view_says_since_when_it_is_a_legal_person(qtbot, window, example_text):
    """R. 312-194-18: legal personality from the publication of the approval order (Vitré: 30 October
    2026); the Tilleuls example is signed but its order not yet published."""
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh()
    person = window.view.findChild(QLabel, "field_person")
    texts = {}
    for row in range(window.groupement_list.count()):
        window.groupement_list.setCurrentRow(row)
        qtbot.waitUntil(lambda: operations.in_flight() == 0)
        texts[window.groupement_list.currentItem().text()] = person.text()
    vitre = next(text for name, text in texts.items() if "Vitré" in name)
    tilleuls = next(text for name, text in texts.items() if "Tilleuls" in name)
    assert vitre.startswith("personne morale depuis le 30 octobre 2026, date de publication de l’arrêté")
    assert tilleuls.startswith("pas encore personne morale")


def test_print_convention_writes_a_pdf(qtbot, window, example_text, tmp_path, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    target = tmp_path / "convention.pdf"
    assert window.save_convention(groupement_id, target)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Les Tilleuls" in text and "Article 22" in text
    assert "Convention enregistrée" in window.statusBar().currentMessage()


def test_print_to_an_unwritable_place_shows_a_french_message(qtbot, window, example_text, tmp_path, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not window.save_convention(groupement_id, tmp_path / "absent" / "x.pdf")
    assert shown and "n\u2019a pas pu être lu ou écrit" in shown[0]


def test_open_another_database_and_remember_it(qtbot, window, tmp_path, settings):
    other = tmp_path / "autre.sqlite"
    window.open_database(other)
    assert window.services.path == other
    assert window.groupement_list.count() == 0
    assert settings.recent_databases()[0] == other
    assert any(a.text() == str(other) for a in window.recent_menu.actions())


def test_a_corrupt_database_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("pas une base")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = window.services.path
    window.open_database(junk)
    assert window.services.path == before
    assert shown and "Impossible d'ouvrir la base « " + str(junk) + " »" in shown[0]
    assert "n'est pas une base GCSMS Desktop" in shown[0] and "SQL" not in shown[0]


def test_keyboard_shortcuts_exist_for_main_actions(window):
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.open_action.shortcut().toString() == "Ctrl+O"


def test_examples_folder_is_shipped():
    assert (EXAMPLES / "tilleuls-17-parts.json").exists()


def test_an_empty_base_points_at_the_shipped_examples_folder(window):
    window.refresh()
    text = window.view.empty.text()
    assert window.view.empty.isVisibleTo(window)
    (folder,) = re.findall(r"des exemples sont fournis dans le dossier « (.+) »\.$", text)
    assert (Path(folder) / "tilleuls-17-parts.json").is_file()


def test_importing_a_bad_file_from_the_menu_explains_and_saves_nothing(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gcsms-desktop/groupement", "version": 1, "groupement": {"members": "A et B"}}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.import_action.trigger()
    assert shown and "Fichier refusé, rien n\u2019a été enregistré\u00a0:" in shown[0]
    assert "• groupement.denomination\u00a0: champ obligatoire manquant." in shown[0]
    assert "• groupement.members\u00a0: une liste [ … ] est attendue." in shown[0]
    assert window.services.groupements.list() == [] and window.groupement_list.count() == 0
