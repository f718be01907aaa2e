"""Windows sized for the screen they open on: a 1280×720 laptop shows the whole window, its buttons and
its status bar (issue 14: the wizard's Suivant/Annuler were cut in half, the main window's status bar,
where confirmations appear, was off screen).

Light on purpose: the main window imports it before its first paint."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's title bar and borders, outside the geometry Qt resizes (unknown before the window
# is shown): what a 1280×720 desktop's title bar (about 30–37 px) and borders take, with a little margin.
FRAME_WIDTH = 16
FRAME_HEIGHT = 44


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen (or the primary screen) not taken by task bars and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, width_limit(), height_limit())


def width_limit() -> int:
    return 1280 - FRAME_WIDTH


def height_limit() -> int:
    return 720 - FRAME_HEIGHT


def fitted_size(width: int, height: int, area: QRect) -> tuple[int, int]:
    """``width``×``height``, or less so that the window and its frame fit in ``area``."""
    return min(width, area.width() - FRAME_WIDTH), min(height, area.height() - FRAME_HEIGHT)


def fit_to_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Resize ``window`` to its preferred size, capped by the available part of its screen."""
    fitted = fitted_size(width, height, area if area is not None else available_area(window))
    window.resize(*fitted)
