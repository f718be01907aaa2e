"""The signal each kind of input widget emits when the user changes it: a page listens to all of them,
whatever its layout, to check its input again (errors cleared as soon as they are fixed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDateTimeEdit, QDoubleSpinBox, QLineEdit, QPlainTextEdit,
    QSpinBox, QTextEdit, QWidget,
)


def connect_edits(root: QWidget, slot: Callable[..., object]) -> None:
    """Connect ``slot`` to the change signal of every input widget and item model under ``root``."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QDateTimeEdit):  # QDateEdit, QTimeEdit
            widget.dateTimeChanged.connect(slot)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(slot)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(slot)
