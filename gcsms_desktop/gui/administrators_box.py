"""The administrateurs of the groupement over time, in the « Vie du groupement » tab: the founding one and
each mandate since, who is in office today, and « Élire un administrateur… » (art. 14, R. 312-194-23)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gcsms_desktop.domain.french import sentence_case, typography
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.mandate_text import deliberation_text, end_text, in_office_text, period_text
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.dialogs.election_dialog import ElectionDialog
from gcsms_desktop.gui.table_models import RowsTableModel, fit_columns, read_only_view
from gcsms_desktop.gui.widgets import plain
from gcsms_desktop.services.context import Services


def administrator_rows(history: History | None) -> list[list[str]]:
    """One row per office, oldest first: number, kind, person, member, period, end, deliberation."""
    if history is None:
        return []
    return [[str(o.mandate.number) if o.mandate else "", sentence_case(o.kind.label), o.person_name,
             history.name(o.member_key), typography(period_text(o)), typography(end_text(o)),
             typography(deliberation_text(o))] for o in history.administration.offices]


def in_office_line(history: History | None, today: date) -> str:
    if history is None:
        return ""
    office = history.office(today)
    return typography(in_office_text(history.administration, today,
                                     history.name(office.member_key) if office else ""))


class AdministratorsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Administrateurs"))
        self.setObjectName("administratorsBox")
        self.services: Services | None = None
        self.groupement_id: int | None = None
        self.history: History | None = None
        self.today = date.today()
        self.model = RowsTableModel(self, [self.tr("N°"), self.tr("Nature"), self.tr("Administrateur"),
                                           self.tr("Membre"), self.tr("Mandat"), self.tr("Fin"),
                                           self.tr("Délibération")])
        self.table = read_only_view("administratorsTable", self.model, 5, wrap=True)
        self.in_office = plain(QLabel())
        self.in_office.setObjectName("administratorInOffice")
        self.in_office.setWordWrap(True)
        self.elect_button = QPushButton(self.tr("É&lire un administrateur…"))
        self.elect_button.setObjectName("elect_administrator")
        self.elect_button.clicked.connect(lambda: self.elect())
        row = QHBoxLayout()
        row.addWidget(self.in_office, 1)
        row.addWidget(self.elect_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def show_history(self, services: Services | None, groupement_id: int | None, history: History | None,
                     today: date, read_only: bool) -> None:
        self.services, self.groupement_id, self.history, self.today = services, groupement_id, history, today
        self.model.set_rows(administrator_rows(history))
        fit_columns(self.table)
        self.in_office.setText(in_office_line(history, today))
        self.elect_button.setEnabled(history is not None and not read_only)

    def elect(self) -> ElectionDialog | None:
        """Open the dialog (non-blocking); the tab reloads on the write's data_changed."""
        services, groupement_id, history = self.services, self.groupement_id, self.history
        if services is None or groupement_id is None or history is None:
            return None
        found = operations.perform(self, lambda: services.administrators.deliberations(groupement_id))
        if found is None:
            return None
        dialog = ElectionDialog(services, groupement_id, history.standing(self.today).members, found.value,
                                self.today, self)
        dialog.open()
        return dialog
