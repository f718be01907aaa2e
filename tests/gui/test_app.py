"""Start-up helpers of the GUI."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from gcsms_desktop import error_log
from gcsms_desktop.app import show_unexpected_errors


def test_an_unexpected_error_is_shown_in_french_not_as_a_bare_traceback(qapp, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    show_unexpected_errors()
    try:
        raise OSError(28, "No space left on device")
    except OSError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and shown[0].startswith(
        "Une erreur inattendue s\u2019est produite. L\u2019action en cours n\u2019a pas été enregistrée")
    assert "No space left on device" in shown[0]
    assert "Traceback" in capsys.readouterr().err, "the details stay available for support"


def test_an_unexpected_error_goes_to_the_log_and_the_dialog_says_where(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("GCSMS_DESKTOP_DATA_DIR", str(tmp_path / "donnees"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    show_unexpected_errors()
    name = "Association <b>Les Glycines</b>, 3 rue de Brest"  # personal data: in the dialog, never in the log

    def failing_action(member_id: int) -> None:
        raise KeyError(name)

    try:
        failing_action(42)
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log = tmp_path / "donnees" / "gcsms-desktop.log"
    assert shown and str(log) in shown[0] and "journal" in shown[0]
    written = log.read_text(encoding="utf-8")
    assert "builtins.KeyError" in written and "in failing_action" in written and "Traceback" not in shown[0]
    assert "Glycines" not in written and "Brest" not in written


def test_the_log_rotates_at_one_megabyte(tmp_path, monkeypatch):
    monkeypatch.setenv("GCSMS_DESKTOP_DATA_DIR", str(tmp_path))
    try:
        raise ValueError("x")
    except ValueError as error:
        caught = error
    monkeypatch.setattr(error_log, "describe_without_data", lambda _error: "trace " * 100)
    for _ in range(2500):  # about 1.5 Mo
        path = error_log.log_unexpected(caught)
    assert path == tmp_path / "gcsms-desktop.log" and (tmp_path / "gcsms-desktop.log.1").exists()
    assert path is not None and path.stat().st_size <= error_log.MAX_BYTES
