"""The application's icon (title bars, task bar, Alt+Tab): package data in ``resources/icons``; the
PNG is drawn from the SVG beside it, so that start-up needs no SVG plug-in."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gcsms_desktop.paths import resources_dir

ICON = ("icons", "gcsms-desktop.png")


def application_icon() -> QIcon:
    return QIcon(str(resources_dir().joinpath(*ICON)))


def set_application_icon(app: QApplication) -> None:
    """Every window, wizard and dialog of the application shows it, unless it sets its own."""
    app.setWindowIcon(application_icon())
