"""Page 1: date, time, place, urgency, the members' request (R. 312-194-20), agenda, documents to attach."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QTimeEdit

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.convocation import earliest_meeting_date
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.widgets import DATE_FIELD_WIDTH, date_edit, leaves_on_tab, to_date, to_qdate
from gcsms_desktop.gui.wizards.assembly.agenda_editor import AgendaEditor
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage
from gcsms_desktop.gui.wizards.assembly.request_box import RequestBox


class PreparePage(AssemblyPage):
    key = "prepare"

    def __init__(self) -> None:
        super().__init__(self.tr("Préparer l'assemblée"),
                         self.tr("Date, lieu et ordre du jour : la convocation les reprend (art. R. 312-194-20)."))

    def build(self) -> None:
        form = QFormLayout()
        self._loading = False
        self.meeting_date = date_edit("meetingDate")
        self.meeting_time = QTimeEdit()
        self.meeting_time.setObjectName("meetingTime")
        self.meeting_time.setDisplayFormat("HH:mm")
        self.meeting_time.setMaximumWidth(DATE_FIELD_WIDTH)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.urgent = QCheckBox(typography(self.tr("Urgence (convocation 48 heures à l'avance)")))
        self.urgent.setObjectName("urgent")
        self.documents = leaves_on_tab(QPlainTextEdit())
        self.documents.setObjectName("documents")
        self.documents.setPlaceholderText(typography(self.tr("Une pièce par ligne : comptes de l'exercice, budget…")))
        self.documents.setMaximumHeight(70)
        self.meeting_date.dateChanged.connect(self._date_changed)
        form.addRow(typography(self.tr("Date :")), self.meeting_date)
        form.addRow(typography(self.tr("Heure :")), self.meeting_time)
        form.addRow(typography(self.tr("Lieu :")), self.place)
        form.addRow("", self.urgent)
        self.layout_.addLayout(form)
        self.request = RequestBox(self._members_on)  # R312-194-20: asked for by a third of the members
        self.urgent.toggled.connect(self.request.set_urgent)
        self.layout_.addWidget(self.request)
        self.register(self.meeting_date, self.meeting_time, self.place, self.urgent, self.documents)
        self.agenda = AgendaEditor()
        self.agenda.setObjectName("agendaEditor")
        self.layout_.addWidget(self.agenda, 1)
        documents_form = QFormLayout()
        documents_form.addRow(typography(self.tr("Documents joints :")), self.documents)
        self.layout_.addLayout(documents_form)

    def load(self) -> None:
        self._loading = True  # the members are asked once, for the date loaded
        try:
            self._load()
        finally:
            self._loading = False

    def _load(self) -> None:
        wizard = self.assembly_wizard
        if wizard.assembly_id is None:
            g = wizard.groupement
            self.meeting_date.setDate(to_qdate(earliest_meeting_date(wizard.services.clock.today(), g.governance, False)
                                               + timedelta(days=1)))
            self.meeting_time.setTime(QTime(14, 0))
            self.place.setText(g.seat_address)
            self.agenda.set_items((), self._members_on(to_date(self.meeting_date.date())))
            self.request.set_request((), None, wizard.services.clock.today(), g.governance)
            return
        a = self.record.assembly
        self.meeting_date.setDate(to_qdate(a.meeting_date))
        hours, _, minutes = a.meeting_time.partition(":")
        self.meeting_time.setTime(QTime(int(hours or 0), int(minutes or 0)))
        self.place.setText(a.place)
        self.urgent.setChecked(a.urgent)
        self.documents.setPlainText("\n".join(a.documents))
        self.agenda.set_items(a.agenda, self.record.members)
        self.request.set_request(a.requested_by, a.requested_on, wizard.services.clock.today(),
                                 self.record.groupement.governance)
        self.request.set_urgent(a.urgent)
        editable = not self.locked
        self.request.set_read_only(not editable)
        for widget in (self.meeting_date, self.meeting_time, self.place, self.urgent, self.documents):
            widget.setEnabled(editable)
        self.agenda.set_read_only(not editable)

    def _members_on(self, on: date) -> tuple[Member, ...]:
        """The members in force on the meeting date, asked of the services (art. 8: admissions count
        from their publication, departures end membership)."""
        wizard = self.assembly_wizard
        done = self.perform(lambda: wizard.services.assemblies.members_on(wizard.groupement_id, on))
        return done.value if done is not None else self.agenda.members

    def _date_changed(self, *_args: object) -> None:
        if not self._loading and self.meeting_date.isEnabled() and self.wizard() is not None:
            self.agenda.set_members(self._members_on(to_date(self.meeting_date.date())))

    def assembly(self) -> Assembly:
        requested_by, requested_on = self.request.request()
        return Assembly(
            to_date(self.meeting_date.date()), self.place.text().strip(), self.meeting_time.time().toString("HH:mm"),
            self.urgent.isChecked(), agenda=tuple(self.agenda.items),
            documents=tuple(line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()),
            requested_by=requested_by, requested_on=requested_on)

    def problems(self) -> list[Problem] | None:
        """The services judge the agenda with the members in force on the meeting date (art. 8, 8-3)."""
        if self.locked:
            return []
        wizard, assembly = self.assembly_wizard, self.assembly()
        asked = self.perform(lambda: wizard.services.assemblies.check_preparation(wizard.groupement_id, assembly))
        return asked.value if asked is not None else None

    def save(self) -> bool:
        wizard = self.assembly_wizard
        if self.locked:
            return True
        assembly = self.assembly()
        if wizard.assembly_id is None:
            return self.run(lambda: wizard.created_assembly(
                wizard.services.assemblies.prepare(wizard.groupement_id, assembly)))
        return self.run(lambda: wizard.services.assemblies.update_preparation(wizard.saved_id(), assembly,
                                                                                 self.version))
