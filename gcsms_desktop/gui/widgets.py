"""Small reusable input widgets, and the plain-text labels that show user data."""

from __future__ import annotations

import html
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem, QTextEdit, QWidget,
)

from gcsms_desktop.domain.input_bounds import EARLIEST_DATE, LATEST_DATE


_Named = TypeVar("_Named", bound=QObject)


def named(widget: _Named, name: str) -> _Named:
    """The widget with its object name: PySide6 accepts ``objectName=`` in constructors, its stubs do not."""
    widget.setObjectName(name)
    return widget


_Widget = TypeVar("_Widget", bound=QWidget)
_MultiLine = TypeVar("_MultiLine", bound=QPlainTextEdit | QTextEdit)

DATE_FIELD_WIDTH = 160  # « 22/11/2026 » and the calendar button: a form does not stretch it to 1 000 px


def leaves_on_tab(editor: _MultiLine) -> _MultiLine:
    """A multi-line field that Tab leaves, as every other field (Ctrl+Tab would be needed otherwise):
    nobody types a tab character into a convention's preamble or a resolution."""
    editor.setTabChangesFocus(True)
    return editor


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell this code filled (``QTableWidget.item`` is typed as possibly None)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName()} : pas d'élément en ({row}, {column})")
    return item


def cell_widget(table: QTableWidget, row: int, column: int, kind: type[_Widget]) -> _Widget:
    """The widget of the class this code put in a cell (``cellWidget`` is typed as a plain QWidget)."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, kind):
        raise LookupError(f"{table.objectName()} : pas de {kind.__name__} en ({row}, {column})")
    return widget


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(name: str = "", value: date | None = None) -> QDateEdit:
    """A French date field with a calendar: 22/11/2026."""
    editor = QDateEdit()
    editor.setObjectName(name)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd/MM/yyyy")
    editor.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))  # the domain's plausible dates
    editor.setDate(to_qdate(value) if value else QDate.currentDate())
    editor.setMaximumWidth(DATE_FIELD_WIDTH)
    return editor


def no_later_than(editor: QDateEdit, today: date) -> None:
    """The date of an act already done: today at the latest (domain.act_dates), the calendar says so."""
    editor.setMaximumDate(to_qdate(today))


def plain(label: QLabel) -> QLabel:
    """Show the text as typed: a name holding ``<img src=…>`` or ``<span style=…>`` is not HTML.

    Why: QLabel guesses rich text by default, so an imported name could show an image, a link or
    large red text and fake a displayed result. Every label that shows user data goes through here.
    """
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(name: str = "") -> QLabel:
    label = plain(QLabel())
    if name:
        label.setObjectName(name)
    return label


def escape(text: str) -> str:
    """User data inside a rich-text label: ``<`` and ``&`` shown as typed; quotes left for typography."""
    return html.escape(text, quote=False)


def message_text(text: str) -> str:
    """Text for the static QMessageBox functions, which guess rich text from the first line.

    Plain messages are left untouched; one that Qt would read as HTML (a name with markup quoted
    in it) is converted to HTML that shows it literally.
    """
    if QtGuiNamespace.mightBeRichText(text):
        return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
    return text


def error_label() -> QLabel:
    """Where a page shows, in red, why it cannot go on (hidden until then)."""
    label = plain(QLabel())
    label.setObjectName("pageErrors")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4161a;")
    label.hide()
    return label


class OptionalDateEdit(QWidget):
    """A date that may be unknown yet: a check box enables the calendar."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.known = QCheckBox(label)
        self.known.setObjectName(f"{name}_known")
        self.editor = date_edit(f"{name}_date")
        self.editor.setEnabled(False)
        self.known.toggled.connect(self.editor.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.editor)
        layout.addStretch()

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        d = self.editor.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))

    def iso(self) -> str | None:
        value = self.value()
        return value.isoformat() if value else None

    def set_iso(self, text: str | None) -> None:
        try:
            self.set_value(date.fromisoformat(text) if text else None)
        except ValueError:
            self.set_value(None)

    def no_later_than(self, today: date) -> None:
        """An act already done: today at the latest (domain.act_dates), and today when still unknown."""
        no_later_than(self.editor, today)
        if not self.known.isChecked():
            self.editor.setDate(to_qdate(today))

    def lock(self) -> None:
        """A recorded date is shown, not rewritten."""
        self.known.setEnabled(False)
        self.editor.setEnabled(False)
