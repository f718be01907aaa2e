"""Second page: the AG deliberation the change executes (from the register, or declared) and the
avenant's first dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from gcsms_desktop.domain.changes import ChangeKind, Deliberation
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.gui.widgets import OptionalDateEdit, date_edit, no_later_than, to_date, to_qdate
from gcsms_desktop.gui.wizards.page import WizardPage

DECLARED = "__declared__"
NONE = "__none__"


class DeliberationPage(WizardPage):
    key = "deliberation"
    object_name = "changeDeliberationPage"

    def __init__(self, kind: ChangeKind, register: list[Deliberation], today: date | None = None) -> None:
        # build() reads them; ``today``: the deliberation and the avenant's steps are past acts (act_dates)
        self.kind, self.deliberations, self.today = kind, register, today
        super().__init__(self.tr("Délibération et avenant"),
                         self.tr("La délibération de l'assemblée générale qui décide ce changement, et les dates de "
                                 "l'avenant à transmettre au préfet (art. 21)."))
        self._source_changed()

    def build(self) -> None:
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.source = QComboBox()
        self.source.setObjectName("deliberationSource")
        if not self.kind.needs_deliberation:
            self.source.addItem(self.tr("Aucune : retrait notifié par le membre (art. 8-2)"), NONE)
        for d in self.deliberations:
            assert d.decided_on is not None and d.matter is not None  # always known for the app's register
            verdict = self.tr("adoptée à l'unanimité") if d.unanimous else (
                self.tr("adoptée") if d.adopted else self.tr("rejetée"))
            self.source.addItem(typography(f"n° {d.number} du {format_date(d.decided_on)} — {d.matter.long_label} "
                                           f"({verdict})"), d.number)
        self.source.addItem(self.tr("Délibération hors registre (assemblée tenue avant l'application)…"), DECLARED)
        self.source.currentIndexChanged.connect(self._source_changed)
        form.addRow(typography(self.tr("Délibération :")), self.source)
        self.register(self.source)
        self.declared_date = date_edit("deliberation_date")
        self.declared_number = QLineEdit()
        self.declared_number.setObjectName("deliberation_number")
        self.adopted = QCheckBox(self.tr("adoptée"))
        self.adopted.setObjectName("deliberation_adopted")
        self.unanimous = QCheckBox(typography(self.tr("à l'unanimité des membres présents ou représentés")))
        self.unanimous.setObjectName("deliberation_unanimous")
        for label, widget in ((self.tr("Date de l'assemblée :"), self.declared_date),
                              (self.tr("Numéro (facultatif) :"), self.declared_number),
                              ("", self.adopted), ("", self.unanimous)):
            form.addRow(label, widget)
        self.signed = OptionalDateEdit(self.tr("Avenant signé le"), "avenant_signature")
        self.sent = OptionalDateEdit(self.tr("Transmis au préfet le"), "avenant_sent")
        form.addRow(self.signed)
        form.addRow(self.sent)
        if self.today is not None:
            self.declared_date.setDate(to_qdate(self.today))
            no_later_than(self.declared_date, self.today)
            self.signed.no_later_than(self.today)
            self.sent.no_later_than(self.today)
        self.layout_.addStretch()

    def _source_changed(self) -> None:
        declared = self.source.currentData() == DECLARED
        for widget in (self.declared_date, self.declared_number, self.adopted, self.unanimous):
            widget.setEnabled(declared)

    def choose(self, data: str) -> None:
        self.source.setCurrentIndex(self.source.findData(data))

    def deliberation(self) -> Deliberation:
        data = self.source.currentData()
        if data == NONE:
            return Deliberation()
        if data == DECLARED:
            return Deliberation(to_date(self.declared_date.date()), self.declared_number.text().strip(), None,
                                self.adopted.isChecked(), self.unanimous.isChecked())
        return Deliberation(number=data)  # the service takes the register's record of it

    def avenant(self) -> ApprovalDates:
        return ApprovalDates(self.signed.value(), self.sent.value())
