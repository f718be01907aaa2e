"""Page 5: siège (Art. 3), durée (Art. 5), place and dates of signature and approval."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.gui.widgets import OptionalDateEdit, named
from gcsms_desktop.gui.wizards.creation.page import CreationPage

DATE_LABELS = (
    ("signature", "Signée le"), ("sent_to_prefect", "Transmise au préfet le"),
    ("approval_order", "Arrêté d'approbation du"), ("publication", "Publiée au recueil des actes administratifs le"),
)


class SeatPage(CreationPage):
    key = "seat"
    subtitle = "Où siège le groupement, pour combien de temps, et où en est son approbation."

    def build(self) -> None:
        form = QFormLayout()
        self.seat = named(QLineEdit(), "seatAddress")
        self.seat.setPlaceholderText(self.tr("Adresse complète du siège"))
        self.place = named(QLineEdit(), "signaturePlace")
        self.place.setPlaceholderText(self.tr("Ville où la convention est signée"))
        self.indefinite = named(QCheckBox(self.tr("Durée indéterminée")), "durationIndefinite")
        self.years = named(QSpinBox(), "durationYears")
        self.years.setRange(1, 99)
        self.years.setSuffix(self.tr(" ans"))
        self.years.setMaximumWidth(120)
        self.indefinite.toggled.connect(lambda on: self.years.setDisabled(on))
        form.addRow(typography(self.tr("Siège :")), self.seat)
        form.addRow(typography(self.tr("Lieu de signature :")), self.place)
        form.addRow(typography(self.tr("Durée :")), self.indefinite)
        form.addRow(typography(self.tr("ou durée déterminée :")), self.years)
        form.addRow("", QLabel(typography(self.tr("Une durée déterminée court à compter du lendemain de la "
                                                  "publication de l'arrêté d'approbation (article 5)."))))
        self.layout_.addLayout(form)
        self.register(self.seat, self.place, self.years)
        box = QGroupBox(self.tr("Approbation (art. R. 312-194-18) — la personnalité morale court de la publication"))
        dates_form = QFormLayout(box)
        self.dates: dict[str, OptionalDateEdit] = {}
        for name, label in DATE_LABELS:
            self.dates[name] = OptionalDateEdit(self.tr("connue"), f"date_{name}")
            dates_form.addRow(typography(self.tr(label) + " :"), self.dates[name])
        self.layout_.addWidget(box)
        self.layout_.addStretch()

    def load(self) -> None:
        g = self.state.groupement
        self.seat.setText(g.seat_address)
        self.place.setText(g.signature_place)
        years = g.duration.years
        self.indefinite.setChecked(years is None)
        self.years.setValue(years or 10)
        self.years.setDisabled(years is None)
        for name, editor in self.dates.items():
            editor.set_value(getattr(g.dates, name))

    def store(self) -> None:
        self.state.update(
            seat_address=self.seat.text().strip(), signature_place=self.place.text().strip(),
            duration=Duration(None if self.indefinite.isChecked() else self.years.value()),
            dates=ApprovalDates(**{name: editor.value() for name, editor in self.dates.items()}))
