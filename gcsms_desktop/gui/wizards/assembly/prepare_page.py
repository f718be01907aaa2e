"""Page 1: date, time, place, urgency, agenda, documents to attach."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QTimeEdit

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.assembly_checks import check_preparation
from gcsms_desktop.domain.convocation import earliest_meeting_date
from gcsms_desktop.domain.problems import errors_only
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import date_edit, to_date, to_qdate
from gcsms_desktop.gui.wizards.assembly.agenda_editor import AgendaEditor
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage


class PreparePage(AssemblyPage):
    key = "prepare"

    def __init__(self) -> None:
        super().__init__(self.tr("Préparer l'assemblée"),
                         self.tr("Date, lieu et ordre du jour : la convocation les reprend (art. R. 312-194-20)."))

    def build(self) -> None:
        form = QFormLayout()
        self.meeting_date = date_edit("meetingDate")
        self.meeting_time = QTimeEdit()
        self.meeting_time.setObjectName("meetingTime")
        self.meeting_time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.urgent = QCheckBox(self.tr("Urgence (convocation 48 heures à l'avance)"))
        self.urgent.setObjectName("urgent")
        self.documents = QPlainTextEdit()
        self.documents.setObjectName("documents")
        self.documents.setPlaceholderText(self.tr("Une pièce par ligne : comptes de l'exercice, budget…"))
        self.documents.setMaximumHeight(70)
        form.addRow(self.tr("Date :"), self.meeting_date)
        form.addRow(self.tr("Heure :"), self.meeting_time)
        form.addRow(self.tr("Lieu :"), self.place)
        form.addRow("", self.urgent)
        self.layout_.addLayout(form)
        self.agenda = AgendaEditor()
        self.agenda.setObjectName("agendaEditor")
        self.layout_.addWidget(self.agenda, 1)
        documents_form = QFormLayout()
        documents_form.addRow(self.tr("Documents joints :"), self.documents)
        self.layout_.addLayout(documents_form)

    def load(self) -> None:
        wizard = self.assembly_wizard
        if wizard.assembly_id is None:
            g = wizard.groupement
            self.meeting_date.setDate(to_qdate(earliest_meeting_date(date.today(), g.governance, False)
                                               + timedelta(days=1)))
            self.meeting_time.setTime(QTime(14, 0))
            self.place.setText(g.seat_address)
            self.agenda.set_items((), g.members)
            return
        a = self.record.assembly
        self.meeting_date.setDate(to_qdate(a.meeting_date))
        hours, _, minutes = a.meeting_time.partition(":")
        self.meeting_time.setTime(QTime(int(hours or 0), int(minutes or 0)))
        self.place.setText(a.place)
        self.urgent.setChecked(a.urgent)
        self.documents.setPlainText("\n".join(a.documents))
        self.agenda.set_items(a.agenda, self.record.members)
        editable = not wizard.state_locked_for(self.key)
        for widget in (self.meeting_date, self.meeting_time, self.place, self.urgent, self.documents):
            widget.setEnabled(editable)
        self.agenda.set_read_only(not editable)

    def assembly(self) -> Assembly:
        return Assembly(
            to_date(self.meeting_date.date()), self.place.text().strip(), self.meeting_time.time().toString("HH:mm"),
            self.urgent.isChecked(), agenda=tuple(self.agenda.items),
            documents=tuple(line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard = self.assembly_wizard
        if wizard.state_locked_for(self.key):
            return True
        assembly = self.assembly()
        names = {m.key: m.name for m in wizard.groupement.members}
        problems = errors_only(check_preparation(assembly, names))
        if problems:
            self.show_errors(bullet_list([p.message for p in problems]))
            return False
        if wizard.assembly_id is None:
            return self.run(lambda: wizard.created_assembly(
                wizard.services.assemblies.prepare(wizard.groupement_id, assembly)))
        return self.run(lambda: wizard.services.assemblies.update_preparation(wizard.saved_id(), assembly,
                                                                                 self.version))
