"""The one GUI path to the services: errors in French, one data-changed signal, work off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from gcsms_desktop.gui import operations
from gcsms_desktop.services.errors import ServiceError


def test_a_write_announces_its_groupement_once(qtbot):
    seen: list[int] = []
    operations.data_events().data_changed.connect(seen.append)
    done = operations.perform(None, lambda: None, changes=7)
    assert done is not None and done.value is None
    assert seen == [7]


def test_a_read_announces_nothing_and_gives_its_value(qtbot):
    seen: list[int] = []
    operations.data_events().data_changed.connect(seen.append)
    assert operations.perform(None, lambda: 42) == operations.Done(42)
    assert seen == []


def test_an_expected_error_is_shown_in_french_and_changes_nothing(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    seen: list[int] = []
    operations.data_events().data_changed.connect(seen.append)

    def refuse() -> None:
        raise ServiceError("Cette assemblée est déjà close.")

    assert operations.perform(None, refuse, changes=3) is None
    assert shown == ["Cette assemblée est déjà close."]
    assert seen == []


def test_background_work_runs_off_the_gui_thread_and_reports_in_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[bool] = []
    results: list[int] = []
    seen: list[int] = []
    operations.data_events().data_changed.connect(seen.append)

    def work() -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        return 5

    def done(value: int) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        results.append(value)

    operations.perform_in_background(parent, work, label="Calcul…", on_done=done, changes=2)
    qtbot.waitUntil(lambda: results == [5], timeout=5000)
    assert threads == [False, True]
    assert seen == [2]


def test_background_error_is_shown_in_french(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refuse() -> None:
        raise ServiceError("Base occupée par une autre fenêtre.")

    operations.perform_in_background(parent, refuse, label="Calcul…")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Base occupée par une autre fenêtre."]
