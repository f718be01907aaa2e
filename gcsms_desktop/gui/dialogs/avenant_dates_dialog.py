"""Fill in an avenant's dates as they come: signed, sent to the préfet, approved, published."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.gui.widgets import OptionalDateEdit


class AvenantDatesDialog(QDialog):
    def __init__(self, title: str, current: ApprovalDates, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        """``today``: each step is recorded once done, so no field goes past it (domain.act_dates)."""
        super().__init__(parent)
        self.setObjectName("avenantDatesDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(typography(self.tr(
            "Cochez chaque date connue. Une adhésion ou une exclusion prend effet à la publication de l'avenant "
            "(art. 8-1, 8-3) ; une date enregistrée ne se modifie plus.")))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.fields = {
            "signature": OptionalDateEdit(self.tr("Signé le"), "signature"),
            "sent_to_prefect": OptionalDateEdit(self.tr("Transmis au préfet le"), "sent_to_prefect"),
            "approval_order": OptionalDateEdit(self.tr("Approuvé par arrêté du"), "approval_order"),
            "publication": OptionalDateEdit(self.tr("Publié le"), "publication"),
        }
        for name, field in self.fields.items():
            field.set_value(getattr(current, name))
            if getattr(current, name) is not None:
                field.lock()
            elif today is not None:
                field.no_later_than(today)
            layout.addWidget(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def dates(self) -> ApprovalDates:
        return ApprovalDates(**{name: field.value() for name, field in self.fields.items()})
