"""Édition › Annuler (Ctrl+Z): the last actions done since the application was opened that can be taken
back cheaply — each registered by the window that did it with the use case that undoes it (a
correction recorded is withdrawn, services.details.DetailsService.withdraw). The undo runs through the
one GUI path (operations.perform); the use case still refuses what the law no longer allows (a
correction a convocation has used), in French."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Undoable:
    text: str  # « la correction de « EHPAD Les Glycines » »: what « Annuler » names
    groupement_id: int
    undo: Callable[[], object]  # the use case that takes it back


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done: list[Undoable] = []

    def push(self, action: Undoable) -> None:
        self.done.append(action)
        self.changed.emit()

    def clear(self) -> None:
        """Another base opened: what was done in the previous one is not undone here."""
        self.done.clear()
        self.changed.emit()

    @property
    def last(self) -> Undoable | None:
        return self.done[-1] if self.done else None

    def undo(self, parent: QWidget | None) -> bool:
        """Take back the last action; it leaves the stack even when refused (it can no longer be undone)."""
        action = self.last
        if action is None:
            return False
        from gcsms_desktop.gui import operations  # not at start-up: it imports the services' errors

        self.done.pop()
        self.changed.emit()
        return operations.perform(parent, action.undo, changes=action.groupement_id) is not None


_stack: UndoStack | None = None


def undo_stack() -> UndoStack:
    global _stack
    if _stack is None:
        _stack = UndoStack(QCoreApplication.instance())
    return _stack
