"""« Élire un administrateur… »: the AG's election, re-election or replacement of the administrateur
(art. 14, R. 312-194-21 3°, R. 312-194-23). A thin widget: the choices become a domain ``Mandate``;
checking and recording are the service's (services.administrators), run through ``operations.perform``."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.administrator import eligible_people
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.mandates import EndReason, Mandate
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.problems import errors_only
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.widgets import date_edit, error_label, named, no_later_than, to_date
from gcsms_desktop.services.context import Services

DECLARED = "declared"  # the deliberation combo's last entry: an AG whose PV is not in the application


class ElectionDialog(QDialog):
    def __init__(self, services: Services, groupement_id: int, members: tuple[Member, ...],
                 deliberations: list[Deliberation], today: date, parent: QWidget | None = None) -> None:
        """``members``: those in force today; ``deliberations``: the register's adopted ones of matter 3°."""
        super().__init__(parent)
        self.setObjectName("electionDialog")
        self.setWindowTitle(self.tr("Élire un administrateur"))
        self.services, self.groupement_id, self.members = services, groupement_id, members
        self.recorded_number: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(typography(self.tr(
            "L'assemblée générale élit l'administrateur parmi les membres personnes physiques ou les représentants "
            "des membres personnes morales, pour la durée fixée par la convention, renouvelable ; elle peut le "
            "révoquer à tout moment (art. 14 de la convention, art. R. 312-194-21 3° et R. 312-194-23).")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.member = named(QComboBox(), "electionMember")
        for m in members:
            self.member.addItem(m.display_name, m.key)
        self.person = named(QComboBox(), "electionPerson")
        self.person.setEditable(True)
        self.member.currentIndexChanged.connect(lambda _i: self._fill_people())
        form.addRow(self.tr("&Membre :"), self.member)
        form.addRow(self.tr("&Personne élue :"), self.person)
        self.deliberation = named(QComboBox(), "electionDeliberation")
        for d in deliberations:
            assert d.decided_on is not None  # the register's deliberations have their meeting's date
            self.deliberation.addItem(typography(self.tr("n° {0} du {1}").format(d.number, format_date(d.decided_on))),
                                      d.number)
        self.deliberation.addItem(self.tr("Délibération hors registre (assemblée tenue avant l'application)"), DECLARED)
        self.deliberation.currentIndexChanged.connect(lambda _i: self._declared_changed())
        form.addRow(self.tr("&Délibération :"), self.deliberation)
        self.declared_date = date_edit("electionDeliberationDate", today)
        no_later_than(self.declared_date, today)
        self.declared_number = named(QLineEdit(), "electionDeliberationNumber")
        self.adopted = named(QCheckBox(self.tr("adoptée")), "electionAdopted")
        form.addRow(self.tr("Date de la délibération :"), self.declared_date)
        form.addRow(self.tr("Numéro (facultatif) :"), self.declared_number)
        form.addRow("", self.adopted)
        self.own_start = named(QCheckBox(self.tr("Le mandat commence un autre jour que la délibération :")),
                               "electionOwnStart")
        self.start = date_edit("electionStart", today)
        self.start.setEnabled(False)
        self.own_start.toggled.connect(self.start.setEnabled)
        form.addRow(self.own_start, self.start)
        self.reason = named(QComboBox(), "electionReason")
        self.reason.addItem(self.tr("— aucun mandat interrompu —"), None)
        for reason in EndReason:
            self.reason.addItem(reason.label, reason.value)
        form.addRow(self.tr("&Remplacement avant le terme :"), self.reason)
        layout.addLayout(form)
        self.problems = error_label()
        self.problems.setObjectName("electionProblems")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enregistrer l'élection"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_people()
        self._declared_changed()
        self.resize(640, self.sizeHint().height())

    def _fill_people(self) -> None:
        key = self.member.currentData()
        member = next((m for m in self.members if m.key == key), None)
        self.person.clear()
        self.person.addItems(eligible_people(member) if member else [])

    def _declared_changed(self) -> None:
        declared = self.deliberation.currentData() == DECLARED
        for widget in (self.declared_date, self.declared_number, self.adopted):
            widget.setEnabled(declared)

    def mandate(self) -> Mandate:
        """The choices as the domain's mandate (a register number, or the declared deliberation)."""
        chosen = self.deliberation.currentData()
        if chosen == DECLARED:
            deliberation = Deliberation(to_date(self.declared_date.date()), self.declared_number.text().strip(),
                                        Matter.ADMINISTRATOR, self.adopted.isChecked())
        else:
            deliberation = Deliberation(number=chosen or "")
        reason = self.reason.currentData()
        return Mandate(self.member.currentData() or "", self.person.currentText().strip(), deliberation,
                       to_date(self.start.date()) if self.own_start.isChecked() else None,
                       EndReason(reason) if reason else None)

    def accept(self) -> None:
        """Checked by the service first (every reason shown here), then recorded in one unit of work."""
        mandate = self.mandate()
        checked = operations.perform(self, lambda: self.services.administrators.check(self.groupement_id, mandate))
        if checked is None:
            return
        problems = errors_only(checked.value)
        if problems:
            self.problems.setText(typography("\n".join(f"• {p.message}" for p in problems)))
            self.problems.show()
            return
        done = operations.perform(self, lambda: self.services.administrators.elect(self.groupement_id, mandate),
                                  changes=self.groupement_id)
        if done is not None:
            self.recorded_number = done.value
            super().accept()
