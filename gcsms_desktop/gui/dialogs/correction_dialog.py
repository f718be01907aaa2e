"""Correct a member's representatives and contact details from a date, or the groupement's contact
details: no deliberation, kept in history (art. 13-1 of the model convention; domain.member_details).

The fields open with what is in office on the chosen date; only what the user changes is recorded.
The service judges the correction (``check``) before the dialog closes, and the reasons are shown in
the dialog, cleared as soon as the input changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.member_details import DetailsCorrection, GroupementContact
from gcsms_desktop.domain.members import Member, Representative
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.widgets import date_edit, error_label, named, to_date

Checker = Callable[[DetailsCorrection], list[Problem]]


class CorrectionDialog(QDialog):
    """``member`` as in office on ``on`` (None: the groupement's ``contact``); ``check`` asks the service."""

    def __init__(self, title: str, on: date, check: Checker, member: Member | None = None,
                 contact: GroupementContact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(title)
        self.member, self.contact, self.check = member, contact or GroupementContact(), check
        layout = QVBoxLayout(self)
        intro = QLabel(typography(self.tr(
            "Un membre désigne lui-même ses représentants (art. 13-1 de la convention) : aucune délibération "
            "n'est nécessaire. La correction vaut à partir de la date choisie ; les convocations et feuilles de "
            "présence des assemblées à partir de cette date l'utilisent, les actes antérieurs ne changent pas.")
            if member else self.tr("Courriel et téléphone du groupement à partir de la date choisie (le siège se "
                                   "modifie par avenant, art. 3).")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = date_edit("correctionDate", on)
        self.start.setMaximumWidth(160)
        form.addRow(self.tr("À &partir du :"), self.start)
        self.address = named(QLineEdit(member.address if member else ""), "correctionAddress")
        self.email = named(QLineEdit(member.email if member else self.contact.email), "correctionEmail")
        self.phone = named(QLineEdit(member.phone if member else self.contact.phone), "correctionPhone")
        if member:
            form.addRow(self.tr("A&dresse :"), self.address)
        form.addRow(self.tr("&Courriel :"), self.email)
        form.addRow(self.tr("&Téléphone :"), self.phone)
        layout.addLayout(form)
        self.table = named(QTableWidget(0, 3), "correctionRepresentatives")
        if member:
            layout.addWidget(QLabel(self.tr("Représentants à l'assemblée générale :")))
            layout.addWidget(self._representatives_table(member.representatives))
        self.errors = error_label()
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enregistrer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.address, self.email, self.phone):
            field.textChanged.connect(lambda _t: self.errors.hide())
        self.start.dateChanged.connect(lambda _d: self.errors.hide())
        self.table.itemChanged.connect(lambda _i: self.errors.hide())
        self.resize(640, self.sizeHint().height())

    def _representatives_table(self, current: tuple[Representative, ...]) -> QWidget:
        table = self.table
        table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Qualité"), self.tr("Suppléant")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in every field of the dialog
        for rep in current:
            self.add_representative(rep)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(table, 1)
        side = QVBoxLayout()
        add = named(QPushButton(self.tr("&Ajouter")), "addRepresentative")
        add.clicked.connect(lambda: self.add_representative(None))
        remove = named(QPushButton(self.tr("&Retirer")), "removeRepresentative")
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
        side.addWidget(add)
        side.addWidget(remove)
        side.addStretch(1)
        row.addLayout(side)
        table.setMinimumHeight(120)
        return box

    def add_representative(self, rep: Representative | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(rep.name if rep else ""))
        self.table.setItem(row, 1, QTableWidgetItem(rep.capacity if rep else ""))
        flag = QTableWidgetItem()
        flag.setCheckState(_checked(rep.substitute if rep else False))
        self.table.setItem(row, 2, flag)
        return row

    def representatives(self) -> tuple[Representative, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name, capacity, flag = (self.table.item(row, c) for c in range(3))
            if name is None or not (name.text().strip() or (capacity and capacity.text().strip())):
                continue  # an empty row left by « Ajouter »
            found.append(Representative(name.text().strip(), capacity.text().strip() if capacity else "",
                                        bool(flag and flag.checkState() == _checked(True))))
        return tuple(found)

    def correction(self) -> DetailsCorrection:
        """What changed from the fields as they opened (None for the rest)."""
        on = to_date(self.start.date())
        email, phone = self.email.text().strip(), self.phone.text().strip()
        m = self.member
        if m is None:
            return DetailsCorrection("", on, email=_changed(email, self.contact.email),
                                     phone=_changed(phone, self.contact.phone))
        reps = self.representatives()
        return DetailsCorrection(m.key, on, reps if reps != m.representatives else None,
                                 _changed(self.address.text().strip(), m.address), _changed(email, m.email),
                                 _changed(phone, m.phone))

    def accept(self) -> None:
        problems = [p for p in self.check(self.correction()) if p.is_error]
        if problems:
            self.errors.setText(typography("\n".join(f"• {p.message}" for p in problems)))
            self.errors.show()
            return
        super().accept()


def _changed(value: str, before: str) -> str | None:
    return value if value != before else None


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
