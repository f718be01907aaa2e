"""A small dialog asking for one or more dates, with an explanation above."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gcsms_desktop.gui.widgets import date_edit, plain, to_date


class DatesDialog(QDialog):
    def __init__(self, title: str, text: str, fields: list[tuple[str, date]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = plain(QLabel(text))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.editors: list[QDateEdit] = []
        for caption, value in fields:
            editor = date_edit(value=value)
            form.addRow(caption, editor)
            self.editors.append(editor)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> list[date]:
        return [to_date(editor.date()) for editor in self.editors]


def ask_dates(parent: QWidget, title: str, text: str, fields: list[tuple[str, date]]) -> list[date] | None:
    dialog = DatesDialog(title, text, fields, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
