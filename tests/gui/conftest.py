"""GUI fixtures: French translators, isolated settings, a main window on a fresh database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from gcsms_desktop.gui.main_window import MainWindow
from gcsms_desktop.gui.settings import Settings
from gcsms_desktop.gui.translations import install_french
from gcsms_desktop.services.context import open_services


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, qapp, services, settings) -> MainWindow:
    install_french(qapp)
    main = MainWindow(services, open_services, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.loaded)  # the data is loaded just after the first paint
    return main


@pytest.fixture(autouse=True)
def no_print_dialog(monkeypatch):
    """Qt's print dialog is modal: a test that does not answer it (its own monkeypatch) sees it cancelled
    instead of waiting forever."""
    from PySide6.QtWidgets import QDialog
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
