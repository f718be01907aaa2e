"""GUI start-up: application, French translators, database (migrated with a backup), window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from gcsms_desktop.gui.main_window import MainWindow
from gcsms_desktop.gui.qt_support import unsupported_binding_message
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


UNEXPECTED = ("Une erreur inattendue s'est produite. L'action en cours n'a pas été enregistrée ; "
              "les données déjà enregistrées ne sont pas touchées.\n\nDétail : {0}")


def show_unexpected_errors() -> None:
    """Never a bare traceback: an error no use case expected is shown in French (and kept on stderr).

    Each use case runs in one unit of work, rolled back when it raises, so nothing half-done is stored.
    """
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        traceback.print_exception(kind, error, trace)
        QMessageBox.critical(QApplication.activeWindow(), "GCSMS Desktop", UNEXPECTED.format(error))

    sys.excepthook = hook


def run_gui(database: Path) -> int:
    app = make_application()
    refused = unsupported_binding_message()
    if refused:  # better no window than one that aborts later with the user's work in it
        print(refused, file=sys.stderr)
        QMessageBox.critical(None, "GCSMS Desktop", refused)
        return 3
    show_unexpected_errors()
    try:
        services = open_services(database)
    except DatabaseError as error:
        QMessageBox.critical(None, "GCSMS Desktop", describe(error))
        return 2
    window = MainWindow(services, open_services)
    window.show()
    return app.exec()
