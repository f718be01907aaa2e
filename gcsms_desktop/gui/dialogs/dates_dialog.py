"""A small dialog asking for one or more dates, with an explanation above."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gcsms_desktop.gui.widgets import date_edit, plain, to_date, to_qdate


class DatesDialog(QDialog):
    def __init__(self, title: str, text: str, fields: list[tuple[str, date]], parent: QWidget | None = None,
                 latest: Sequence[date | None] = ()) -> None:
        """``latest[i]``, when given, is the last date field ``i`` accepts: today for an act already done
        (domain.act_dates), none for a planned date."""
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = plain(QLabel(text))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.editors: list[QDateEdit] = []
        for index, (caption, value) in enumerate(fields):
            editor = date_edit(value=value)
            last = latest[index] if index < len(latest) else None
            if last is not None:
                editor.setMaximumDate(to_qdate(last))
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


def ask_dates(parent: QWidget, title: str, text: str, fields: list[tuple[str, date]],
              latest: Sequence[date | None] = ()) -> list[date] | None:
    dialog = DatesDialog(title, text, fields, parent, latest)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
