"""Page 2: the day the letters go out, checked against the delay, and the letters to print."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_checks import check_can_convene
from gcsms_desktop.domain.convocation import check_convocation, latest_convocation_date, notice_text
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.input_bounds import LATEST_DATE
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage
from gcsms_desktop.gui.widgets import date_edit, plain, to_date, to_qdate


class ConvenePage(AssemblyPage):
    key = "convene"

    def __init__(self) -> None:
        super().__init__(self.tr("Convoquer les membres"),
                         self.tr("Convocation écrite, quinze jours au moins à l'avance, 48 heures en urgence "
                                 "(art. R. 312-194-20)."))

    def build(self) -> None:
        form = QFormLayout()
        self.sent_on = date_edit("convocationDate")
        self.sent_on.dateChanged.connect(self._check)
        form.addRow(typography(self.tr("Envoi des convocations le :")), self.sent_on)
        self.layout_.addLayout(form)
        self.register(self.sent_on)
        self.delay = plain(QLabel())
        self.delay.setObjectName("delayLabel")
        self.delay.setWordWrap(True)
        self.layout_.addWidget(self.delay)
        buttons = QHBoxLayout()
        self.convene_button = QPushButton(typography(self.tr("&Convoquer : enregistrer la date d'envoi")))
        self.convene_button.setObjectName("conveneButton")
        self.convene_button.clicked.connect(self.convene)
        self.print_button = QPushButton(self.tr("&Imprimer les convocations…"))
        self.print_button.setObjectName("printConvocations")
        self.print_button.clicked.connect(self.print_convocations)
        self.emails_button = QPushButton(self.tr("Préparer les c&ourriels…"))
        self.emails_button.setObjectName("prepareEmails")
        self.emails_button.setToolTip(self.tr("Un courriel par membre ayant une adresse électronique, sa lettre et "
                                              "son pouvoir joints ; les autres sont convoqués par la poste."))
        self.emails_button.clicked.connect(lambda: self.prepare_emails())
        self.save_button = QPushButton(self.tr("Enregistrer en P&DF…"))
        self.save_button.setObjectName("saveConvocations")
        self.save_button.clicked.connect(lambda: self.assembly_wizard.save_document("convocations"))
        buttons.addWidget(self.convene_button)
        buttons.addWidget(self.emails_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        self.layout_.addLayout(buttons)
        self.layout_.addStretch()

    def load(self) -> None:
        a = self.record.assembly
        today = self.assembly_wizard.services.clock.today()
        # Convocations are sent today at the latest (domain.act_dates); a recorded date is shown as it is.
        self.sent_on.setMaximumDate(to_qdate(today if a.state is AssemblyState.DRAFT else LATEST_DATE))
        self.sent_on.setDate(to_qdate(a.convocation_date or min(today, self._latest())))
        self._update_state()

    def _latest(self) -> date:
        a = self.record.assembly
        return latest_convocation_date(a.meeting_date, self.record.groupement.governance, a.urgent)

    def _update_state(self) -> None:
        convened = self.record.assembly.state is not AssemblyState.DRAFT
        self.sent_on.setEnabled(not convened)
        self.convene_button.setEnabled(not convened)
        # Printing the letters is sending them: before the date is recorded, one click does both.
        self.print_button.setText(self.tr("&Imprimer les convocations…") if convened
                                  else typography(self.tr("Convoquer et &imprimer les convocations…")))
        self.print_button.setEnabled(convened or not self.locked)
        self.save_button.setEnabled(convened)
        self._check()

    def _check(self, *_args: object) -> None:
        a, g = self.record.assembly, self.record.groupement
        problems = check_convocation(to_date(self.sent_on.date()), a.meeting_date, g.governance, a.urgent,
                                     a.first_meeting_date)
        if a.state is not AssemblyState.DRAFT:
            assert a.convocation_date is not None  # set when the assembly was convened
            text = self.tr("Assemblée convoquée le {0}. Imprimez les lettres et joignez-y les documents.").format(
                format_date(a.convocation_date))
        elif problems:
            text = problems[0].message
        elif a.second_convocation:
            text = self.tr("Seconde convocation : réunion au plus tard quinze jours (huit en urgence) après la "
                           "première (art. R. 312-194-22).")
        else:
            text = self.tr("Délai respecté : {0} au moins avant la réunion du {1} (au plus tard le {2}).").format(
                notice_text(g.governance, a.urgent), format_date(a.meeting_date), format_date(self._latest()))
        self.delay.setText(typography(text))
        self.delay.setStyleSheet("color: #a4161a;" if problems and a.state is AssemblyState.DRAFT else "")

    def problems(self) -> list[Problem]:
        """R312-194-20: the notice, and the agenda judged with the members in force on the meeting date."""
        if self.record.assembly.state is not AssemblyState.DRAFT:
            return []
        record = self.record
        assembly = replace(record.assembly, convocation_date=to_date(self.sent_on.date()))
        return check_can_convene(assembly, record.member_names, record.groupement.governance)

    def save(self) -> bool:
        if self.record.assembly.state is not AssemblyState.DRAFT:
            return True
        wizard = self.assembly_wizard
        return self.run(lambda: wizard.services.assemblies.convene(
            wizard.saved_id(), to_date(self.sent_on.date()), self.version))

    def print_convocations(self) -> None:
        """Print the letters, recording the date of sending first if it is not yet (issue 14: one click
        fewer than « Convoquer » then « Imprimer »)."""
        if self.record.assembly.state is AssemblyState.DRAFT and not self.convene():
            return
        self.assembly_wizard.print_document("convocations")

    def prepare_emails(self) -> bool:
        """The e-mails, dated as the page says; for an assembly not yet convened, the sending is then
        confirmed and recorded like « Convoquer » (same checks). True once the convocation is recorded."""
        from gcsms_desktop.gui.convocation_emails import confirm_sending, prepare_emails

        wizard = self.assembly_wizard
        draft = self.record.assembly.state is AssemblyState.DRAFT
        if draft and (problems := [p for p in self.problems() if p.is_error]):
            self.delay.setText(typography(problems[0].message))
            return False
        assembly_id = wizard.saved_id()
        record = wizard.services.assemblies.record(assembly_id) if draft else self.record
        mailing = prepare_emails(self, wizard.services, wizard.groupement_id, record,
                                 to_date(self.sent_on.date()) if draft else None)
        if mailing is None or not draft or not mailing.emails:
            return not draft and mailing is not None
        return confirm_sending(self, mailing) and self.convene()

    def convene(self) -> bool:
        """« Convoquer » and « Suivant » alike: asked, then saved."""
        done = self.check_and_save()
        self._update_state()
        return done
