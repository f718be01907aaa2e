"""Page 4: statut (Art. 2) derived from the members, chosen only when membership is mixed;
and the accounting regime that follows (R312-194-16)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.statut import Statut, accounting_regime, derive_statut
from gcsms_desktop.gui.wizards.creation.page import CreationPage
from gcsms_desktop.gui.widgets import named, plain


class StatutPage(CreationPage):
    key = "statut"
    subtitle = "Personne morale de droit public ou de droit privé (article 2)."

    def build(self) -> None:
        self.reason = plain(named(QLabel(), "statutReason"))
        self.reason.setWordWrap(True)
        self.layout_.addWidget(self.reason)
        self.group = QButtonGroup(self)
        self.buttons: dict[Statut, QRadioButton] = {}
        for statut in Statut:
            button = named(QRadioButton(statut.label), f"statut_{statut.value}")
            self.group.addButton(button)
            self.buttons[statut] = button
            self.layout_.addWidget(button)
            button.toggled.connect(self._update_regime)
        self.regime = plain(named(QLabel(), "accountingRegime"))
        self.regime.setWordWrap(True)
        self.layout_.addWidget(self.regime)
        self.layout_.addStretch()

    def _chosen(self) -> Statut | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def _update_regime(self) -> None:
        g = self.state.groupement
        statut = self._chosen()
        if statut is None:
            self.regime.setText("")
            return
        regime = accounting_regime(statut, g.exercises_missions, g.members)
        self.regime.setText(typography(self.tr("Règles budgétaires et comptables (art. R. 312-194-16) : {0}.")
                                       .format(regime.label)))

    def load(self) -> None:
        g = self.state.groupement
        derived = derive_statut(g.members)
        self.reason.setText(derived.reason)
        chosen = derived.fixed or g.statut_choice
        self.group.setExclusive(False)
        for statut, button in self.buttons.items():
            button.setChecked(statut is chosen)
            button.setEnabled(derived.members_choose)
        self.group.setExclusive(True)
        self._update_regime()

    def store(self) -> None:
        g = self.state.groupement
        derived = derive_statut(g.members)
        # A fixed statut is not stored as a choice: it follows the members if they change.
        self.state.update(statut_choice=None if derived.fixed else self._chosen())
