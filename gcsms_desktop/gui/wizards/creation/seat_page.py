"""Page 5: siège (Art. 3), durée (Art. 5), place and dates of signature and approval."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

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
        form.addRow(self.tr("Siège :"), self.seat)
        form.addRow(self.tr("Lieu de signature :"), self.place)
        form.addRow(self.tr("Durée :"), self.indefinite)
        form.addRow(self.tr("ou durée déterminée :"), self.years)
        form.addRow("", QLabel(self.tr("Une durée déterminée court à compter du lendemain de la publication de "
                                       "l'arrêté d'approbation (article 5).")))
        self.layout_.addLayout(form)
        box = QGroupBox(self.tr("Approbation (art. R. 312-194-18) — la personnalité morale court de la publication"))
        dates_form = QFormLayout(box)
        self.dates: dict[str, OptionalDateEdit] = {}
        for name, label in DATE_LABELS:
            self.dates[name] = OptionalDateEdit(self.tr("connue"), f"date_{name}")
            dates_form.addRow(self.tr(label) + " :", self.dates[name])
        self.layout_.addWidget(box)
        self.layout_.addStretch()

    def load(self) -> None:
        d = self.state.data
        self.seat.setText(d.get("seat_address", ""))
        self.place.setText(d.get("signature_place", ""))
        years = d.get("duration_years")
        self.indefinite.setChecked(years is None)
        self.years.setValue(years or 10)
        self.years.setDisabled(years is None)
        for name, editor in self.dates.items():
            editor.set_iso((d.get("dates") or {}).get(name))

    def store(self) -> None:
        d = self.state.data
        d["seat_address"] = self.seat.text().strip()
        d["signature_place"] = self.place.text().strip()
        d["duration_years"] = None if self.indefinite.isChecked() else self.years.value()
        d["dates"] = {name: editor.iso() for name, editor in self.dates.items()}
