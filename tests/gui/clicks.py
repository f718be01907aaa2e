"""Count the user's clicks in a GUI flow: every qtbot.mouseClick and keyClick made through :class:`Clicks`,
every choice in a menu or a list (open, then choose: two), every OS dialog or message box answered. Typing
text in a field is typing, counted apart."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tests.gui.typing import type_text


@dataclass
class Clicks:
    qtbot: object
    count: int = 0
    typed: int = 0  # fields typed into
    log: list[str] = field(default_factory=list)

    def _add(self, what: str, clicks: int = 1) -> None:
        self.count += clicks
        self.log.append(f"{self.count:>2} {what}")

    def mouse(self, widget: QWidget, what: str = "") -> None:
        self._add(what or widget.objectName() or type(widget).__name__)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            what: str = "") -> None:
        self._add(what or f"key {key.name}")
        self.qtbot.keyClick(widget, key, modifier)  # type: ignore[attr-defined]

    def type(self, widget: QWidget, text: str) -> None:
        """Click into the field (one click), then type."""
        self.mouse(widget)
        self.typed += 1
        type_text(self.qtbot, widget, text)

    def menu(self, action: QAction, what: str = "") -> None:
        """Open the menu, choose the item: two clicks."""
        self._add(what or action.text(), 2)
        action.trigger()

    def choose(self, what: str) -> None:
        """Open a drop-down list and pick an entry: two clicks (the caller sets the choice)."""
        self._add(what, 2)

    def answer(self, what: str) -> None:
        """An OS dialog or a message box answered (patched in tests): one click."""
        self._add(what)
