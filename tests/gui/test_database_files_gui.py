"""The main window and database files: backups, restores, read-only bases, missing and damaged bases."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gcsms_desktop.app import choose_start_database
from gcsms_desktop.domain.changes import ChangeKind
from gcsms_desktop.gui import database_dialogs
from gcsms_desktop.gui.database_dialogs import MissingChoice
from gcsms_desktop.gui.main_window import MainWindow
from gcsms_desktop.persistence import database as database_module
from gcsms_desktop.services.context import open_services
from tests.integration.test_database_files import FIXTURES, damage, fingerprint, upgrade_in_a_process


def damaged_with_a_backup(path, example_text):  # noqa: ANN001, ANN201 - test helper
    """A base holding the Tilleuls, backed up, then damaged on disk."""
    services = open_services(path)
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    services.backups.take()
    services.close()
    damage(path)
    return path


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_missing_recent_base_is_not_created_unless_asked(window, tmp_path, monkeypatch):
    missing = tmp_path / "cle-usb" / "gcsms.sqlite"
    before = window.services.path
    monkeypatch.setattr(database_dialogs, "ask_missing_database", lambda _parent, _path: MissingChoice.CANCEL)
    assert not window.open_recent(missing)
    assert not missing.exists() and not missing.parent.exists() and window.services.path == before
    monkeypatch.setattr(database_dialogs, "ask_missing_database", lambda _parent, _path: MissingChoice.CREATE)
    assert window.open_recent(missing)
    assert missing.exists() and window.services.path == missing


def test_a_missing_recent_base_can_be_searched_for(window, tmp_path, monkeypatch):
    moved = tmp_path / "ailleurs.sqlite"
    open_services(moved).close()
    monkeypatch.setattr(database_dialogs, "ask_missing_database", lambda _parent, _path: MissingChoice.SEARCH)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    assert window.open_recent(tmp_path / "disparue.sqlite")
    assert window.services.path == moved and not (tmp_path / "disparue.sqlite").exists()


def test_the_missing_base_question_offers_three_answers(qapp, tmp_path):
    box, choices = database_dialogs.missing_database_box(None, tmp_path / "absente.sqlite")
    assert [button.text() for button in choices] == ["Rechercher…", "Créer une base vide ici", "Annuler"]
    assert str(tmp_path / "absente.sqlite") in box.text() and "Aucune base n\u2019a été créée" in box.text()
    assert choices[box.defaultButton()] is MissingChoice.CANCEL


def test_a_mistyped_db_for_the_gui_is_asked_about_never_created(qapp, tmp_path, monkeypatch):
    typo = tmp_path / "gcms.sqlite"
    monkeypatch.setattr(database_dialogs, "ask_missing_database", lambda _parent, _path: MissingChoice.CANCEL)
    assert choose_start_database(typo, explicit=True) is None
    assert not typo.exists()
    assert choose_start_database(typo, explicit=False) == typo, "the default base is created on first launch"


def test_a_read_only_base_shows_a_banner_and_disables_writing(qtbot, qapp, tmp_path, settings, example_text,
                                                              monkeypatch):
    path = tmp_path / "protegee.sqlite"
    services = open_services(path)
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    services.close()
    monkeypatch.setattr(database_module, "is_writable", lambda _path: False)
    window = MainWindow(open_services(path), open_services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    banner = window.findChild(type(window.read_only_banner), "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "lecture seule" in banner.text()
    assert "(lecture seule)" in window.windowTitle()
    for action in (window.new_action, window.import_action, window.assembly_action, window.resume_action,
                   window.restore_action):
        assert not action.isEnabled(), action.objectName()
    assert window.print_action.isEnabled() and window.export_action.isEnabled() and window.backup_action.isEnabled()
    assert not any(button.isEnabled() for button in window.assemblies.buttons.values())
    assert not window.membership.record_button.isEnabled()
    assert window.membership.record(next(iter(ChangeKind))) is None, "no wizard on a read-only base"


def test_a_writable_base_has_no_banner(window):
    assert not window.read_only_banner.isVisible()
    assert window.new_action.isEnabled() and window.import_action.isEnabled()


def test_an_automatic_backup_is_taken_once_a_day_when_a_base_opens(qtbot, window, data_folder, tmp_path):
    qtbot.waitUntil(lambda: "sauvegarde automatique" in window.statusBar().currentMessage())  # a worker takes it
    backups = window.services.backups.list()
    assert len(backups) == 1 and backups[0].path.parent == data_folder / "sauvegardes"
    assert "sauvegarde automatique" in window.statusBar().currentMessage()
    window.open_database(window.services.path)
    assert len(window.services.backups.list()) == 1


def test_save_a_backup_then_restore_it_from_the_menu(window, tmp_path, monkeypatch, example_text):
    window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    chosen = tmp_path / "ma-sauvegarde.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    window.backup_action.trigger()
    assert chosen.exists() and "Sauvegarde enregistrée" in window.statusBar().currentMessage()
    window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh()
    assert window.groupement_list.count() == 2
    listed: list[list[str]] = []

    def pick(_parent, _title, _label, labels, *_args):  # noqa: ANN001, ANN202
        listed.append(labels)
        return labels[-1], True  # « Autre fichier… »

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    assert window.restore_backup()
    assert listed[0][-1] == "Autre fichier…" and " à " in listed[0][0], "the automatic backup, dated"
    assert asked and "va être remplacée" in asked[0]
    assert window.groupement_list.count() == 1
    assert informed and "a été restaurée" in informed[0] and "La base remplacée est gardée" in informed[0]


def test_the_gui_never_exports_over_the_open_base_or_a_sqlite_file(window, monkeypatch, example_text):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    before = fingerprint(window.services.path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(window.services.path), ""))
    window.export_json()
    assert window.save_convention(groupement_id, window.services.path) is False
    assert len(shown) == 2 and all(str(window.services.path) in text for text in shown)
    assert fingerprint(window.services.path) == before


def test_a_damaged_base_offers_its_latest_backup(window, tmp_path, monkeypatch, example_text, data_folder):
    path = damaged_with_a_backup(tmp_path / "abimee.sqlite", example_text)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert window.open_database(path)
    assert asked and "est endommagée" in asked[0] and "Remplacer la base par cette copie" in asked[0]
    assert window.services.path == path and window.groupement_list.count() == 1


def test_an_interrupted_upgrade_is_reported_with_its_backup(window, tmp_path, monkeypatch):
    path = tmp_path / "ancienne.sqlite"
    shutil.copy(FIXTURES / "0001-tilleuls-vitre.sqlite", path)
    assert upgrade_in_a_process(path, "upgrade:16").returncode == -9
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert window.open_database(path)
    assert asked and "avait été interrompue" in asked[0] and "restée intacte" in asked[0]
    assert ".avant-0001-" in asked[0]
    assert window.groupement_list.count() == 3


def test_opening_another_programs_file_says_so_and_leaves_it(window, tmp_path, monkeypatch):
    from tests.integration.test_database_files import other_programs_file

    photos = other_programs_file(tmp_path / "photos.sqlite")
    before = fingerprint(photos)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not window.open_database(photos)
    assert shown and "SQLite d'un autre programme" in shown[0]
    assert fingerprint(photos) == before and window.services.path != photos


def test_a_failed_upgrade_says_so_and_offers_the_copy_made_before(window, tmp_path, monkeypatch):
    import sqlite3

    path = tmp_path / "ancienne.sqlite"
    shutil.copy(FIXTURES / "0001-tilleuls-vitre.sqlite", path)
    with sqlite3.connect(path) as connection:  # a table a later revision creates: the upgrade fails
        connection.execute("CREATE TABLE membership_changes (id INTEGER PRIMARY KEY)")
    before = window.services.path
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.open_database(path)
    [backup] = tmp_path.glob("ancienne.avant-0001-*.sqlite")
    assert asked and "a échoué et a été annulée" in asked[0] and str(backup) in asked[0]
    assert window.services.path == before


def test_at_start_up_a_damaged_base_is_restored_from_its_latest_backup(qapp, tmp_path, monkeypatch, example_text):
    from gcsms_desktop.app import open_start_services

    path = damaged_with_a_backup(tmp_path / "gcsms.sqlite", example_text)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    services = open_start_services(path)
    try:
        assert asked and "est endommagée" in asked[0]
        assert services is not None and len(services.groupements.list()) == 1
    finally:
        if services is not None:
            services.close()



def test_no_automatic_backup_of_a_base_whose_register_was_altered(qtbot, qapp, signed_tilleuls_copy, settings,
                                                                  data_folder):
    """Its copy would push the good backups, the ones to restore, out of the ten kept."""
    database = signed_tilleuls_copy
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE agenda_items SET resolution = 'Autre texte' WHERE position = 0")
    main = MainWindow(open_services(database), open_services, settings)
    try:
        qtbot.waitUntil(lambda: main.loaded and "sauvegarde automatique" in main.statusBar().currentMessage())
        assert not list((data_folder / "sauvegardes").glob("*.sqlite"))
        assert "pas de sauvegarde automatique : le registre des délibérations de « Groupement de coopération " \
               "médico-sociale Les Tilleuls » a été altéré" in main.statusBar().currentMessage()
    finally:
        main.close()
