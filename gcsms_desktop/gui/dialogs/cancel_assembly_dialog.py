"""Cancel a convened assembly: the day (from the convocations to the meeting day, not after today)
and an optional reason printed on the letters (domain.deletions)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.gui.widgets import date_edit, leaves_on_tab, plain, to_date, to_qdate


class CancelAssemblyDialog(QDialog):
    def __init__(self, assembly: Assembly, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelAssemblyDialog")
        self.setWindowTitle(self.tr("Annuler l'assemblée"))
        layout = QVBoxLayout(self)
        text = plain(QLabel(typography(self.tr(
            "L'assemblée du {0} a été convoquée : elle ne se supprime pas. Annulée, elle reste dans les livres avec "
            "la date et le motif de l'annulation, et ne peut plus être poursuivie. Imprimez ensuite une lettre "
            "d'annulation par membre (Imprimer › Lettres d'annulation) ; ses points iront à une prochaine "
            "assemblée, convoquée de nouveau (art. R. 312-194-20).").format(format_date(assembly.meeting_date)))))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        latest = min(today, assembly.meeting_date)  # not after today, nor after the meeting day
        self.on = date_edit("cancelledOn", latest)
        if assembly.convocation_date is not None:
            self.on.setMinimumDate(to_qdate(min(assembly.convocation_date, latest)))
        self.on.setMaximumDate(to_qdate(latest))
        self.on.setMaximumWidth(self.on.sizeHint().width() + 40)
        form.addRow(self.tr("Annulée le :"), self.on)
        self.reason = leaves_on_tab(QPlainTextEdit())
        self.reason.setObjectName("cancellationReason")
        self.reason.setPlaceholderText(self.tr("Facultatif : imprimé sur les lettres d'annulation"))
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("Motif :"), self.reason)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Annuler l'assemblée"))
        ok.setObjectName("cancelAssemblyAccept")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ne rien changer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> tuple[date, str]:
        return to_date(self.on.date()), self.reason.toPlainText().strip()
