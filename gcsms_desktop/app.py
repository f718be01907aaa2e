"""GUI start-up: application, French translators, database (migrated with a backup), window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gcsms_desktop.gui.app_icon import set_application_icon
from gcsms_desktop.gui.main_window import MainWindow
from gcsms_desktop.gui.qt_support import unsupported_binding_message
from gcsms_desktop.gui.translations import install_french

# Start-up shows the main window before SQLAlchemy, Alembic, the services and the domain are imported
# (issue 11: cold start ≤ 1.5× a bare PySide6 window): those are imported in the functions that use
# them, which run after the first paint.
if TYPE_CHECKING:
    from gcsms_desktop.services.context import Services


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast("QApplication | None", QApplication.instance()) or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("GCSMS Desktop")
    app.setOrganizationName("gcsms-desktop")
    set_application_icon(app)
    install_french(app)
    return app


UNEXPECTED = ("Une erreur inattendue s'est produite. L'action en cours n'a pas été enregistrée ; "
              "les données déjà enregistrées ne sont pas touchées.\n\nDétail : {0}")
LOGGED = ("\n\nLe détail technique est enregistré dans le journal :\n{0}\n\n"
          "Joignez ce fichier à votre demande d'aide (il ne contient ni noms ni adresses).")
NOT_LOGGED = "\n\nLe journal {0} n'a pas pu être écrit."


def unexpected_message(error: BaseException) -> str:
    """The French dialog text: what happened to the user's work, and where the log is."""
    from gcsms_desktop import error_log
    from gcsms_desktop.domain.french import typography
    from gcsms_desktop.os_errors import french_reason
    from gcsms_desktop.paths import log_path
    from gcsms_desktop.persistence.failures import storage_failure

    failure = storage_failure(error)
    if failure is not None:  # a base locked or made read-only after it was opened: no bug, no log
        return failure
    detail = f"{french_reason(error)} ({error})" if isinstance(error, OSError) else str(error) or type(error).__name__
    written = error_log.log_unexpected(error, "interface graphique")
    return typography(UNEXPECTED).format(detail) + (
        typography(LOGGED).format(written) if written else typography(NOT_LOGGED).format(log_path()))


def show_unexpected_errors() -> None:
    """Never a bare traceback: an error no use case expected is shown in French, logged with its
    traceback in the rotating log of the data folder (and kept on stderr).

    Each use case runs in one unit of work, rolled back when it raises, so nothing half-done is stored.
    """
    from gcsms_desktop import error_log

    install_unexpected_errors_hook()
    error_log.install()


def install_unexpected_errors_hook() -> None:
    """The hook of :func:`show_unexpected_errors` alone: start-up installs it before the window is
    shown, and the log (``logging``, not needed until an error) after the first paint."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        from gcsms_desktop.gui.widgets import message_text

        traceback.print_exception(kind, error, trace)
        if issubclass(kind, KeyboardInterrupt):
            return
        QMessageBox.critical(QApplication.activeWindow(), "GCSMS Desktop", message_text(unexpected_message(error)))

    sys.excepthook = hook


def choose_start_database(database: Path, explicit: bool) -> Path | None:
    """The base to open. A ``--db`` that does not exist is asked about, never created unasked.

    The default base is created silently on first launch: starting the app is asking for it.
    """
    if not explicit or database.exists():
        return database
    from gcsms_desktop.gui import database_dialogs
    from gcsms_desktop.gui.database_dialogs import MissingChoice

    choice = database_dialogs.ask_missing_database(None, database)
    if choice is MissingChoice.SEARCH:
        return database_dialogs.search_database(None, database.parent if database.parent.is_dir() else Path.home())
    return database if choice is MissingChoice.CREATE else None


def open_start_services(database: Path, parent: QWidget | None = None) -> Services | None:
    """Open the base; a failed upgrade or a damaged base offers to restore its backup first."""
    from gcsms_desktop.gui import database_dialogs
    from gcsms_desktop.gui.user_errors import describe
    from gcsms_desktop.gui.widgets import message_text
    from gcsms_desktop.persistence.database import DamagedDatabase, DatabaseError, UpgradeFailed
    from gcsms_desktop.services.backups import restore
    from gcsms_desktop.services.context import open_services
    from gcsms_desktop.services.errors import ServiceError

    try:
        return open_services(database)
    except (UpgradeFailed, DamagedDatabase) as error:
        if error.backup_path is None or not database_dialogs.offer_restore(parent, describe(error),
                                                                           error.backup_path):
            if error.backup_path is None:
                QMessageBox.critical(parent, "GCSMS Desktop", message_text(describe(error)))
            return None
        try:
            restore(database, error.backup_path)
            return open_services(database)
        except (DatabaseError, ServiceError, OSError) as again:
            QMessageBox.critical(parent, "GCSMS Desktop", message_text(describe(again)))
            return None
    except DatabaseError as error:
        QMessageBox.critical(parent, "GCSMS Desktop", message_text(describe(error)))
        return None


def with_valid_clock(services: Services, parent: QWidget | None = None) -> Services | None:
    """A GCSMS_DESKTOP_TODAY that is not a date (services.clock) is said in French and nothing opens:
    every act is judged against today."""
    from gcsms_desktop.gui.widgets import message_text
    from gcsms_desktop.services.errors import ServiceError

    try:
        services.clock.today()
    except ServiceError as error:
        services.close()
        QMessageBox.critical(parent, "GCSMS Desktop", message_text(str(error)))
        return None
    return services


EXIT_NOT_OPENED = 2
PAINT_WAIT_MS = 2000


def run_gui(database: Path, explicit: bool = False) -> int:
    """``explicit``: the base was named with ``--db`` (a typo must not create an empty base).

    The main window is shown first, with its menus and a « Chargement… » list; the base is opened
    (upgraded, backed up) and read only after that first paint, with everything it needs imported then.
    """
    app = make_application()
    refused = unsupported_binding_message()
    if refused:  # better no window than one that aborts later with the user's work in it
        print(refused, file=sys.stderr)
        QMessageBox.critical(None, "GCSMS Desktop", refused)
        return 3
    install_unexpected_errors_hook()
    chosen = choose_start_database(database, explicit)
    if chosen is None:
        return 0
    window = MainWindow.starting(chosen)
    opened: list[bool] = []
    failed: list[Exception] = []

    def open_once() -> None:
        if opened:
            return
        opened.append(True)
        try:
            open_after_first_paint(app, window, chosen)
        except Exception as error:  # noqa: BLE001 - re-raised below, to the command line's boundary
            failed.append(error)
            close_and_exit(app, window, EXIT_NOT_OPENED)

    window.painted.connect(open_once)
    window.show()
    QTimer.singleShot(PAINT_WAIT_MS, open_once)  # a window started minimized may not be painted at once
    code = app.exec()
    if failed:  # as when the base was opened before the window: cli.main reports it and logs it (exit 70)
        raise failed[0]
    return code


def close_and_exit(app: QApplication, window: MainWindow, code: int) -> None:
    """End start-up with ``code``, not the 0 of the last window closed."""
    app.setQuitOnLastWindowClosed(False)
    window.close()
    app.exit(code)


def open_after_first_paint(app: QApplication, window: MainWindow, database: Path) -> None:
    """The second half of start-up, once the empty window is on screen: the log, the base, the data.

    A base that cannot be opened (damaged, upgrade failed and no restore) ends the application with
    exit code 2, as it did before any window was shown. The data is read by ``window.load`` in the
    event loop, as before: an unexpected error there is shown by the hook, the window stays."""
    from gcsms_desktop import error_log
    from gcsms_desktop.services.context import open_services

    error_log.install()
    services = open_start_services(database, window)
    if services is not None:
        services = with_valid_clock(services, window)
    if services is None or window.loaded is None:  # not opened, or the window was closed meanwhile
        if services is not None:
            services.close()
        close_and_exit(app, window, EXIT_NOT_OPENED if services is None else 0)
        return
    try:
        window.attach(services, open_services)
    except BaseException:
        services.close()
        raise
    QTimer.singleShot(0, window.load)
