"""Issue 14, item 7: ergonomics as the secretary meets it — Tab, Alt+letters, neutral first states,
errors cleared when fixed, discarding that discards, one wizard style, icon, French file dialogs, the
guide, columns and date fields of a sensible width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication, QDateEdit, QFileDialog, QLabel, QMenu, QMessageBox, QPlainTextEdit, QPushButton, QTextEdit, QWidget,
    QWizard,
)

from gcsms_desktop.domain.changes import ChangeKind
from gcsms_desktop.gui.file_dialogs import platform_dialog_available
from gcsms_desktop.gui.table_models import RowsTableModel, read_only_view
from gcsms_desktop.gui.widgets import DATE_FIELD_WIDTH
from gcsms_desktop.gui.wizards.change.wizard import ChangeWizard
from tests.assembly_factories import attend, convened
from tests.gui.mnemonics import menu_duplicates, window_duplicates
from tests.gui.typing import type_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tilleuls(window, example_text, monkeypatch):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return window


def every_page(wizard: QWizard):
    """Each page of ``wizard`` in turn, shown as the user would see it (restarted on it)."""
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        QApplication.processEvents()
        yield wizard.currentPage()


def opened_wizards(window, qtbot):
    """The creation wizard, the assembly wizard on a convened assembly, a change wizard per kind."""
    creation = window.new_groupement()
    creation.reject = creation.hide  # closed without the « garder ? » question
    yield creation
    assembly_id = convened(window.services, "1")
    window.assemblies.show_groupement(window.services, 1, select=assembly_id)
    assembly = window.assemblies.continue_selected()
    yield assembly
    assembly.done(0)
    for kind in ChangeKind:
        change = ChangeWizard(window.services, 1, kind, parent=window)
        qtbot.addWidget(change)
        change.show()
        yield change
        change.done(0)


def test_tab_leaves_every_multi_line_field(qtbot, tilleuls):
    walked = 0
    for wizard in opened_wizards(tilleuls, qtbot):
        for _page in every_page(wizard):
            for editor in wizard.findChildren(QPlainTextEdit) + wizard.findChildren(QTextEdit):
                assert editor.tabChangesFocus(), f"{wizard.objectName()} {editor.objectName()}"
                walked += 1
    assert walked >= 6
    creation = tilleuls.new_groupement()
    preamble = creation.pages["identity"].preamble
    preamble.setFocus()
    qtbot.waitUntil(preamble.hasFocus)
    qtbot.keyClick(preamble, Qt.Key.Key_Tab)
    assert not preamble.hasFocus() and "\t" not in preamble.toPlainText()
    creation.reject = creation.hide


def test_alt_letters_are_unique_in_every_window_menu_and_wizard_page(qtbot, tilleuls):
    window = tilleuls
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "É&dition", "Aid&e"]
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Groupement", "&Assemblées générales",
                                                          "&Vie du groupement"]
    convened(window.services, "1")  # the assemblies tab with an assembly: every button shown
    window.refresh()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window_duplicates(window) == {}, window.tabs.tabText(index)
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu) and menu_duplicates(menu) == {}, action.text()
    for wizard in opened_wizards(window, qtbot):
        for page in every_page(wizard):
            assert window_duplicates(wizard) == {}, page.objectName()


def test_the_duplicate_checker_finds_a_shared_letter(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("&Continuer…"))
    layout.addWidget(QPushButton("Seconde &convocation…"))
    box.show()
    assert list(window_duplicates(box)) == ["c"]


def test_date_fields_keep_a_date_width(qtbot, tilleuls):
    seen = 0
    for wizard in opened_wizards(tilleuls, qtbot):
        for _page in every_page(wizard):
            for editor in wizard.findChildren(QDateEdit):
                assert editor.maximumWidth() <= DATE_FIELD_WIDTH, editor.objectName()
                if editor.isVisible():
                    assert editor.width() <= DATE_FIELD_WIDTH
                    seen += 1
    assert seen >= 3


def test_one_wizard_style_and_the_step_in_each_subtitle(qtbot, tilleuls):
    for wizard in opened_wizards(tilleuls, qtbot):
        assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle
        count = len(wizard.pageIds())
        for number, page in enumerate(every_page(wizard), start=1):
            assert page.subTitle().startswith(f"Étape {number} sur {count}"), page.subTitle()
            every_page_again = page.subTitle().count("Étape")
            assert every_page_again == 1  # not repeated when the page is entered again


def test_discarding_the_creation_wizard_keeps_no_draft(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    wizard = window.new_groupement()
    identity = wizard.pages["identity"]
    type_text(qtbot, identity.denomination, "Groupement de coopération sociale Les Aulnes")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.pages["members"]
    assert window.services.drafts.list()  # the autosave on changing page (a crash loses one page at most)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert window.services.drafts.list() == []  # « Ne pas tenir compte » really discards
    assert not window.resume_action.isEnabled()


def test_the_attendance_and_votes_pages_open_neutral(qtbot, tilleuls):
    window = tilleuls
    assembly_id = convened(window.services, "1")
    window.assemblies.show_groupement(window.services, 1, select=assembly_id)
    wizard = window.assemblies.continue_selected()
    attendance = wizard.currentPage()
    assert attendance.quorum.text().startswith("En attente de la présence")
    assert "#a4161a" not in attendance.quorum.styleSheet()
    qtbot.mouseClick(attendance.everyone, Qt.MouseButton.LeftButton)
    assert attendance.quorum.text().startswith("Quorum atteint")
    wizard.reject()
    attend(window.services, assembly_id, ["GLY", "TYC", "SBS", "KAV", "ADC", "HC35", "SSIAD", "ESJ", "RDS"])
    wizard = window.assemblies.continue_selected()
    attendance = wizard.currentPage()
    assert attendance.quorum.text().startswith("Quorum atteint")  # recorded: the verdict at once
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    votes = wizard.currentPage()
    assert votes.objectName() == "page_votes"
    assert votes.outcome.text().startswith("Vote incomplet\u00a0: 9\u00a0membres sans vote")
    assert "Rejetée" not in votes.outcome.text() and "#a4161a" not in votes.outcome.styleSheet()
    qtbot.mouseClick(votes.findChild(QPushButton, "unanimousFor"), Qt.MouseButton.LeftButton)
    assert votes.outcome.text().startswith("Adoptée")
    wizard.reject()


def test_an_error_disappears_as_soon_as_it_is_fixed(qtbot, window):
    wizard = window.new_groupement()
    wizard.reject = wizard.hide
    identity = wizard.pages["identity"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert identity.error_label.isVisible() and "dénomination" in identity.error_label.text()
    type_text(qtbot, identity.denomination, "Groupement de coopération sociale Les Aulnes")
    qtbot.waitUntil(lambda: not identity.error_label.isVisible())
    assert wizard.currentPage() is identity  # fixed, not moved on
    identity.denomination.clear()  # wrong again: said when the user tries to go on, not while typing
    QApplication.processEvents()
    assert not identity.error_label.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert identity.error_label.isVisible()


def test_the_application_has_its_icon_shipped_as_package_data(qapp, window):
    from gcsms_desktop.app import make_application

    make_application([])
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    assert (ROOT / "gcsms_desktop" / "resources" / "icons" / "gcsms-desktop.png").is_file()
    package_data = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/icons/*"' in package_data and '"resources/guide/*.html"' in package_data
    spec = (ROOT / "packaging" / "gcsms-desktop.spec").read_text(encoding="utf-8")
    assert '"gcsms_desktop" / "resources"' in spec  # the whole folder is bundled


def test_qt_file_dialog_reads_french(qtbot, window, tmp_path):
    dialog = QFileDialog(window, "Imprimer", str(tmp_path), "Documents PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
    assert labels["lookInLabel"] == "&Regarder dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
    assert QCoreApplication.translate("QWizard", "Cancel") == "Annuler"  # qtbase_fr still answers the rest


@pytest.mark.parametrize(("platform", "environ", "gtk", "native"), [
    ("win32", {}, False, True),
    ("darwin", {}, False, True),
    ("linux", {}, True, False),  # a bare X session, a kiosk: Qt's own dialog
    ("linux", {"XDG_CURRENT_DESKTOP": "KDE"}, True, False),  # KDE's plug-in is not in PySide6's wheels
    ("linux", {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, True, True),
    ("linux", {"XDG_CURRENT_DESKTOP": "GNOME"}, False, False),  # no GTK theme plug-in installed
    ("linux", {"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}, False, True),
    ("linux", {"QT_QPA_PLATFORMTHEME": "qt5ct"}, True, False),
])
def test_the_platform_dialog_is_used_only_where_there_is_one(platform, environ, gtk, native):
    assert platform_dialog_available(platform, environ, gtk) is native


def test_the_guide_is_in_the_aide_menu_with_the_legal_delays(qtbot, window):
    guide_action = window.findChild(type(window.new_action), "guideAction")
    assert guide_action.shortcut().toString() == "F1"
    guide_action.trigger()
    dialog = window.findChild(QWidget, "guideDialog")
    assert dialog.isVisible()
    text = dialog.browser.document().toRawText()  # toPlainText() would turn no-break spaces into spaces
    for needed in ("au moins 15\u00a0jours", "48\u00a0heures", "au moins la moitié des droits",
                   "dans les 15\u00a0jours (8\u00a0jours en urgence)", "unanimité", "au moins 6\u00a0mois",
                   "notifiée au préfet dans les 15\u00a0jours", "Signer le procès-verbal"):
        assert needed in text, needed
    assert not re.search(r" [:;?!»]|« ", text), "French spacing"
    assert dialog.width() <= 1280 and dialog.height() <= 720


def test_a_name_beyond_the_measured_rows_is_not_clipped(qtbot):
    model = RowsTableModel(headers=["Membre", "Parts (numéros)", "Droits"])
    long_name = "Association départementale des amis et parents de personnes handicapées mentales (ADAPEI)"
    rows = [[f"Membre {n}", f"n° {n}", "1/100"] for n in range(99)] + [[long_name, "n° 100", "1/100"]]
    model.set_rows(rows)
    view = read_only_view("standing", model, 1)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(long_name)
