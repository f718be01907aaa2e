"""Start-up helpers of the GUI."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

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
    assert shown and shown[0].startswith("Une erreur inattendue s'est produite. L'action en cours n'a pas été enregistrée")
    assert "No space left on device" in shown[0]
    assert "Traceback" in capsys.readouterr().err, "the details stay available for support"
