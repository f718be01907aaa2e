"""The one path from a window to the services (after Anki's ``aqt/operations``).

Every user action that reads or writes through the services goes through :func:`perform` (quick
work, run at once under a wait cursor) or :func:`perform_in_background` (work that may take more
than a moment: run in a worker thread while a modal progress dialog keeps the window alive).
Both turn the expected failures of a use case into a French message box, never a traceback, and,
after a write, announce it once with ``data_events().data_changed(groupement_id)``: every panel
listens to that signal and refreshes itself, so no caller has to know who shows what.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.gui.user_errors import describe
from gcsms_desktop.gui.widgets import message_text
from gcsms_desktop.interchange.reader import FormatError
from gcsms_desktop.services.errors import ServiceError

T = TypeVar("T")

EXPECTED_ERRORS: tuple[type[Exception], ...] = (FormatError, InvalidGroupement, ServiceError, OSError)
ALL_GROUPEMENTS = -1  # data_changed argument when the list of groupements itself changed (import, restore…)
PROGRESS_DELAY_MS = 400  # the progress dialog appears only for work that lasts longer than this


def tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


class DataEvents(QObject):
    """Emitted after every successful write: the groupement whose books changed."""

    data_changed = Signal(int)


_events: DataEvents | None = None


def data_events() -> DataEvents:
    """The application's one emitter (created on first use, after the QApplication)."""
    global _events
    if _events is None:
        _events = DataEvents(QCoreApplication.instance())
    return _events


@dataclass(frozen=True)
class Done(Generic[T]):
    """A use case that succeeded, with what it returned (always true, even when ``value`` is None)."""

    value: T


def show_error(parent: QWidget | None, error: Exception) -> None:
    QMessageBox.warning(parent, "GCSMS Desktop", message_text(describe(error)))


def announce(groupement_id: int | None) -> None:
    """Tell every view that the books of ``groupement_id`` (or the list, ``ALL_GROUPEMENTS``) changed."""
    if groupement_id is not None:
        data_events().data_changed.emit(groupement_id)


def perform(parent: QWidget | None, work: Callable[[], T], *, changes: int | None = None) -> Done[T] | None:
    """Run ``work`` now with a wait cursor; on an expected error show it in French and return None.

    ``changes`` is the groupement a successful write touched (``ALL_GROUPEMENTS`` for the list);
    leave it None for reads.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        value = work()
    except EXPECTED_ERRORS as error:
        QApplication.restoreOverrideCursor()
        show_error(parent, error)
        return None
    except BaseException:
        QApplication.restoreOverrideCursor()
        raise
    QApplication.restoreOverrideCursor()
    announce(changes)
    return Done(value)


class _Worker(QThread):
    """Runs the work off the GUI thread and keeps its value or its exception for the GUI thread."""

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.value: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.error = error


_in_flight = 0  # background operations started and not yet reported: tests and benchmarks wait on it


_running: set[QThread] = set()  # kept here, not by a widget: a closed window must not destroy a live thread


def in_flight() -> int:
    """How many background operations have not reported yet (0 when the window shows everything asked)."""
    return _in_flight


def wait_all() -> None:
    """Let every worker thread end (before the base it uses is closed, or the application quits)."""
    for worker in list(_running):
        worker.wait()


def perform_in_background(parent: QWidget | None, work: Callable[[], T], *, label: str,
                          on_done: Callable[[T], None] | None = None, changes: int | None = None) -> QThread:
    """Run ``work`` in a worker thread; a modal progress dialog (after a short delay) keeps the
    window responsive but closed to other clicks. ``on_done`` runs in the GUI thread on success.

    The services open one unit of work per call, so the work may use them from the thread; it must
    not touch widgets.
    """
    worker = _Worker(work)
    _running.add(worker)
    app = QCoreApplication.instance()
    if app is not None and not app.property("gcsmsWaitsForWorkers"):
        app.setProperty("gcsmsWaitsForWorkers", True)
        app.aboutToQuit.connect(wait_all)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle(tr("Veuillez patienter"))
    dialog.setCancelButton(None)  # no cancel button: the work cannot be interrupted safely
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    global _in_flight
    _in_flight += 1

    def finished() -> None:
        global _in_flight
        worker.wait()  # ``finished`` is emitted just before the thread ends: let it end before deleting it
        _running.discard(worker)
        QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.deleteLater()
        worker.deleteLater()
        _in_flight -= 1
        error = worker.error
        if isinstance(error, EXPECTED_ERRORS):
            show_error(parent, error)
        elif error is not None:
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            announce(changes)
            if on_done is not None:
                on_done(worker.value)  # type: ignore[arg-type]  # the worker keeps what work() returned

    worker.finished.connect(finished)
    QTimer.singleShot(0, worker.start)
    return worker


LARGE_GROUPEMENT = 500  # members: above this, loading a groupement's views may take more than a moment


def load(parent: QWidget | None, work: Callable[[], T], on_done: Callable[[T], None], *, in_background: bool,
         label: str) -> None:
    """A read whose result a view shows: at once for a small groupement, in a worker thread with the
    progress dialog for a large one (``in_background``), so the window never freezes. ``on_done`` runs
    in the GUI thread, and not at all when the read failed (the error was shown)."""
    if in_background:
        perform_in_background(parent, work, label=label, on_done=on_done)
        return
    done = perform(parent, work)
    if done is not None:
        on_done(done.value)
