"""Page 7: governance choices (Art. 8, 9-1, 13, 14, 19) and the administrateur (R312-194-23)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QSpinBox,
)

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.administrator import Administrator, eligible_people
from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.gui.widgets import OptionalDateEdit, named, plain
from gcsms_desktop.gui.wizards.creation.page import CreationPage

NUMBERS = (
    ("convocation_days", "Délai de convocation", " jours", 1, 365),
    ("urgent_convocation_hours", "Délai en urgence", " heures", 1, 720),
    ("representatives_per_member", "Représentants par membre", "", 1, 20),
    ("meetings_per_year", "Assemblées par an (au moins)", "", 1, 12),
    ("administrator_term_years", "Mandat de l'administrateur", " ans", 1, 20),
    ("withdrawal_notice_months", "Préavis de retrait", " mois", 0, 24),
    ("exclusion_hearing_days", "Convocation à l'audition", " jours", 1, 120),
    ("exclusion_formal_notices", "Mises en demeure avant exclusion", "", 0, 10),
    ("settlement_days", "Règlement des comptes du sortant", " jours", 1, 365),
    ("transfer_meeting_months", "Réunion sur une cession", " mois", 1, 24),
    ("conciliators", "Conciliateurs", "", 1, 9),
    ("conciliation_months", "Délai de conciliation", " mois", 1, 24),
)


class GovernancePage(CreationPage):
    key = "governance"
    subtitle = "Les valeurs proposées sont celles du CASF et de la convention type."

    def build(self) -> None:
        president = QGroupBox(typography(self.tr("Présidence de l'assemblée générale")))
        president_form = QFormLayout(president)
        self.president_admin = named(QRadioButton(typography(self.tr("L'administrateur"))), "presidentAdministrator")
        self.president_other_choice = named(QRadioButton(typography(self.tr("Autre :"))), "presidentOtherChoice")
        self.president_other = named(QLineEdit(), "presidentOther")
        self.president_other_choice.toggled.connect(self.president_other.setEnabled)
        president_form.addRow(self.president_admin)
        president_form.addRow(self.president_other_choice, self.president_other)
        self.layout_.addWidget(president)
        self.proxies = named(QCheckBox(self.tr("Vote par procuration autorisé (un mandat au plus par membre)")),
                             "proxiesAllowed")
        self.proxies_hint = plain(named(QLabel(), "proxiesHint"))
        self.proxies_hint.setWordWrap(True)
        self.layout_.addWidget(self.proxies)
        self.layout_.addWidget(self.proxies_hint)
        self.january = named(QCheckBox(typography(self.tr(
            "Droits sociaux régularisés au 1er janvier suivant les changements (art. 9-1 de la convention type)"))),
            "januaryRegularisation")
        self.january.setToolTip(typography(self.tr(
            "Coché : clause de la convention type, « la régularisation est effectuée au 1er janvier suivant la date "
            "des changements effectifs ». Décoché : les droits suivent chaque changement dès sa prise d'effet.")))
        self.layout_.addWidget(self.january)
        grid_box = QGroupBox(self.tr("Délais et nombres"))
        grid = QGridLayout(grid_box)
        self.spins: dict[str, QSpinBox] = {}
        for index, (name, label, suffix, low, high) in enumerate(NUMBERS):
            spin = named(QSpinBox(), name)
            spin.setRange(low, high)
            spin.setSuffix(self.tr(suffix))
            spin.setMaximumWidth(120)
            self.spins[name] = spin
            grid.addWidget(QLabel(self.tr(label) + " :"), index // 2, (index % 2) * 2)
            grid.addWidget(spin, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.layout_.addWidget(grid_box)
        admin = QGroupBox(typography(self.tr("Administrateur (élu par l'assemblée générale, art. R. 312-194-23)")))
        admin_form = QFormLayout(admin)
        self.administrator = named(QComboBox(), "administrator")
        self.elected_on = OptionalDateEdit(self.tr("déjà élu le"), "electedOn")
        admin_form.addRow(typography(self.tr("Personne :")), self.administrator)
        admin_form.addRow(typography(self.tr("Élection :")), self.elected_on)
        self.layout_.addWidget(admin)

    def load(self) -> None:
        g = self.state.groupement
        gov = g.governance
        self.president_admin.setChecked(gov.president_is_administrator)
        self.president_other_choice.setChecked(not gov.president_is_administrator)
        self.president_other.setText(gov.president_other)
        self.president_other.setEnabled(not gov.president_is_administrator)
        possible = proxies_possible(len(g.members))
        self.proxies.setEnabled(possible)
        self.proxies.setChecked(gov.proxies_allowed and possible)
        self.proxies_hint.setText("" if possible else self.tr(
            "Le groupement ne compte que deux membres : le vote par procuration n'est pas possible "
            "(art. R. 312-194-20)."))
        self.january.setChecked(gov.january_regularisation)
        for name, spin in self.spins.items():
            spin.setValue(getattr(gov, name))
        self.administrator.clear()
        self.administrator.addItem(self.tr("À élire lors de la première assemblée"), None)
        for member in g.members:
            for person in eligible_people(member):
                self.administrator.addItem(f"{person} — {member.name}", (member.key, person))
        current = g.administrator
        wanted = (current.member_key, current.person_name) if current else None
        matches = [i for i in range(self.administrator.count()) if self.administrator.itemData(i) == wanted]
        self.administrator.setCurrentIndex(matches[0] if matches and wanted else 0)
        self.elected_on.set_value(current.elected_on if current else None)

    def store(self) -> None:
        presides = self.president_admin.isChecked()
        counts: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}  # delays and counts
        governance = replace(
            self.state.groupement.governance, **counts,
            president_is_administrator=presides,
            president_other=self.president_other.text().strip() if not presides else "",
            proxies_allowed=self.proxies.isChecked() and self.proxies.isEnabled(),
            january_regularisation=self.january.isChecked())
        chosen = self.administrator.currentData()
        administrator = None if chosen is None else Administrator(chosen[0], chosen[1], self.elected_on.value())
        self.state.update(governance=governance, administrator=administrator)
