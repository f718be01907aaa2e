"""« Assemblée demandée par des membres » (R. 312-194-20): who asked, when, whether they are a third of
the members in force that day, and until when the administrateur has to convene it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gcsms_desktop.domain.assembly_request import deadline_text, third_text
from gcsms_desktop.domain.french import sentence_case, typography
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.members import Member
from gcsms_desktop.gui.widgets import date_edit, plain_label, to_date, to_qdate

MembersOn = Callable[[date], tuple[Member, ...]]


class RequestBox(QWidget):
    """The checkbox, then (when ticked) the date of the request, the members in force that day to tick,
    the third and the deadline. ``members_on`` asks the services for the members in force on a date."""

    def __init__(self, members_on: MembersOn) -> None:
        super().__init__()
        self.members_on, self.urgent = members_on, False
        self.governance = Governance()  # the groupement's, given by set_request
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.requested = QCheckBox(typography(self.tr("Assemblée demandée par des membres (art. R. 312-194-20)")))
        self.requested.setObjectName("requestedByMembers")
        layout.addWidget(self.requested)
        self.details = QWidget()
        self.details.setObjectName("requestDetails")
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.requested_on = date_edit("requestedOn")
        self.requesters = QListWidget()
        self.requesters.setObjectName("requesters")
        self.requesters.setMaximumHeight(110)
        self.third = plain_label("requestThird")
        self.deadline = plain_label("requestDeadline")
        self.deadline.setWordWrap(True)
        form.addRow(typography(self.tr("Demande reçue le :")), self.requested_on)
        form.addRow(typography(self.tr("Membres demandeurs :")), self.requesters)
        form.addRow(self.third)
        form.addRow(self.deadline)
        layout.addWidget(self.details)
        self.details.setVisible(False)
        self.requested.toggled.connect(self._toggled)
        self.requested_on.dateChanged.connect(self._date_changed)
        self.requesters.itemChanged.connect(self._update)

    # --- reading and writing ------------------------------------------------------------------------

    def set_request(self, requested_by: tuple[str, ...], requested_on: date | None, default_day: date,
                    governance: Governance) -> None:
        """Show a stored request (none: the box unticked, the date on ``default_day``)."""
        self.governance = governance
        self.requested.blockSignals(True)
        self.requested.setChecked(requested_on is not None or bool(requested_by))
        self.requested.blockSignals(False)
        self.requested_on.blockSignals(True)
        self.requested_on.setDate(to_qdate(requested_on or default_day))
        self.requested_on.blockSignals(False)
        self.details.setVisible(self.requested.isChecked())
        self._fill(set(requested_by))

    def request(self) -> tuple[tuple[str, ...], date | None]:
        """(requested_by, requested_on) as the domain's Assembly holds them; empty when not ticked."""
        if not self.requested.isChecked():
            return (), None
        return self.checked_keys(), to_date(self.requested_on.date())

    def checked_keys(self) -> tuple[str, ...]:
        items = (self.requesters.item(i) for i in range(self.requesters.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def set_checked(self, keys: set[str]) -> None:
        for i in range(self.requesters.count()):
            item = self.requesters.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def set_urgent(self, urgent: bool) -> None:
        self.urgent = urgent
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.requested, self.requested_on, self.requesters):
            widget.setEnabled(not read_only)

    # --- reactions --------------------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        if on and self.requesters.count() == 0:
            self._fill(set())
        self._update()

    def _date_changed(self, *_args: object) -> None:
        self._fill(set(self.checked_keys()))

    def _fill(self, checked: set[str]) -> None:
        """The members in force on the day of the request, those in ``checked`` ticked."""
        members = self.members_on(to_date(self.requested_on.date())) if self.requested.isChecked() else ()
        self.requesters.blockSignals(True)
        self.requesters.clear()
        for member in members:
            item = QListWidgetItem(member.display_name)
            item.setData(Qt.ItemDataRole.UserRole, member.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.key in checked else Qt.CheckState.Unchecked)
            self.requesters.addItem(item)
        self.requesters.blockSignals(False)
        self._update()

    def _update(self, *_args: object) -> None:
        if not self.requested.isChecked():
            self.third.setText("")
            self.deadline.setText("")
            return
        self.third.setText(typography(third_text(len(self.checked_keys()), self.requesters.count())))
        self.deadline.setText(typography(sentence_case(
            deadline_text(to_date(self.requested_on.date()), self.governance, self.urgent)) + "."))
