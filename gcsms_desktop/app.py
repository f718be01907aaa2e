"""GUI start-up: application, French translators, database (migrated with a backup), window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from gcsms_desktop.gui.main_window import MainWindow
from gcsms_desktop.gui.translations import install_french
from gcsms_desktop.gui.user_errors import describe
from gcsms_desktop.persistence.database import DatabaseError
from gcsms_desktop.services.context import open_services


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("GCSMS Desktop")
    app.setOrganizationName("gcsms-desktop")
    install_french(app)
    return app


def run_gui(database: Path) -> int:
    app = make_application()
    try:
        services = open_services(database)
    except DatabaseError as error:
        QMessageBox.critical(None, "GCSMS Desktop", describe(error))
        return 2
    window = MainWindow(services, open_services)
    window.show()
    return app.exec()
