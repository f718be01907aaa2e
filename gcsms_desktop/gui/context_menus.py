"""A table's context menu made of its panel's buttons: right-click a row and get what the buttons above
it offer for that row, enabled as they are (the domain decides which are; the menu only mirrors them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QMenu, QTableView


def buttons_menu(view: QTableView, buttons: Callable[[], Sequence[QAbstractButton]], name: str) -> None:
    """Right-click on ``view``: its row selected, then a menu of ``buttons()`` that apply to it."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            view.selectRow(index.row())
        menu = menu_of(view, buttons(), name)
        if menu.actions():
            menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)


def menu_of(view: QTableView, buttons: Sequence[QAbstractButton], name: str) -> QMenu:
    menu = QMenu(view)
    menu.setObjectName(name)
    for button in buttons:
        if button.isHidden():
            continue
        action = menu.addAction(button.text())
        action.setEnabled(button.isEnabled())
        action.triggered.connect(lambda _checked=False, b=button: b.click())
    return menu
