"""The Alt+letter shortcuts of a window, as the user meets them: the menu bar's titles, the tabs, and the
buttons, check boxes, group boxes and buddied labels on screen; each menu's items apart (issue 14: Alt+A
opened a tab instead of the Aide menu, Alt+C was taken twice)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

MNEMONIC = re.compile(r"&(?!&)(\w)")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _mnemonic_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible widget of ``window`` whose text may hold a mnemonic."""
    texts: list[tuple[str, str]] = []
    for bar in window.findChildren(QMenuBar):
        if bar.isVisible():
            texts += [("menu", action.text()) for action in bar.actions() if action.isVisible()]
    for tabs in window.findChildren(QTabBar):
        if tabs.isVisible():
            texts += [("tab", tabs.tabText(index)) for index in range(tabs.count()) if tabs.isTabVisible(index)]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        parent = widget.parent()
        if isinstance(widget, QAbstractButton) and not (parent is not None and parent.inherits("QToolBar")):
            texts.append((widget.objectName() or type(widget).__name__, widget.text()))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append((widget.objectName() or "QGroupBox", widget.title()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append((widget.objectName() or "QLabel", widget.text()))
    return texts


def duplicates(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for where, text in texts:
        key = letter(text)
        if key:
            by_letter[key].append(f"{where}: {text}")
    return {key: found for key, found in by_letter.items() if len(found) > 1}


def window_duplicates(window: QWidget) -> dict[str, list[str]]:
    """The letters that two visible widgets (or a widget and a menu title) of ``window`` share."""
    return duplicates(_mnemonic_texts(window))


def menu_duplicates(menu: QMenu) -> dict[str, list[str]]:
    """The letters two items of ``menu`` share, then its submenus'."""
    found = duplicates([("action", action.text()) for action in menu.actions()
                        if action.isVisible() and not action.isSeparator()])
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.update({f"{submenu.title()} › {key}": value for key, value in menu_duplicates(submenu).items()})
    return found
