"""Page 6: capital (Art. 7) with automatic part numbering, or contribution keys without capital;
live totals and droits (Art. 9-1) computed by the domain."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit, QRadioButton, QSpinBox, QTableWidget,
    QTableWidgetItem,
)

from gcsms_desktop.domain.capital import Capital, ContributionKind, Subscription, founding_capital
from gcsms_desktop.domain.french import (
    NBSP, format_decimal, format_euros, format_percent, parse_decimal, parse_euros, plural, typography,
)
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.voting_rights import compute_rights, total_contribution_share
from gcsms_desktop.gui.wizards.creation.page import CreationPage
from gcsms_desktop.gui.widgets import cell_widget, named, plain, table_item

NAME, PARTS, NUMBERS, KIND, DESCRIPTION, VALUE, SHARE, RIGHTS = range(8)
CAPITAL_COLUMNS = (PARTS, NUMBERS, KIND, DESCRIPTION, VALUE)


class CapitalPage(CreationPage):
    key = "capital"
    subtitle = "Parts sociales numérotées et droits sociaux, ou droits selon la contribution aux charges."

    def build(self) -> None:
        self.with_capital = named(QRadioButton(self.tr("Avec capital, divisé en parts sociales")), "withCapital")
        self.without_capital = named(QRadioButton(self.tr("Sans capital : droits proportionnels à la contribution aux "
                                                    "charges")), "withoutCapital")
        group = QButtonGroup(self)
        group.addButton(self.with_capital)
        group.addButton(self.without_capital)
        self.with_capital.toggled.connect(self._mode_changed)
        self.layout_.addWidget(self.with_capital)
        self.layout_.addWidget(self.without_capital)
        form = QFormLayout()
        self.unit_value = named(QLineEdit("500"), "unitValue")
        self.unit_value.setMaximumWidth(140)
        self.unit_value.textChanged.connect(self._recompute)
        form.addRow(typography(self.tr("Valeur d'une part (€) :")), self.unit_value)
        self.layout_.addLayout(form)
        self.register(self.unit_value)
        self.table = named(QTableWidget(0, 8), "capitalTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Membre"), self.tr("Parts"), self.tr("Numéros"), self.tr("Apport"),
            self.tr("Description de l'apport en nature"), self.tr("Valeur"), self.tr("Contribution (%)"),
            self.tr("Droits")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table)
        self.totals = plain(named(QLabel(), "capitalTotals"))
        self.totals.setWordWrap(True)
        self.layout_.addWidget(self.totals)
        self.members: list[Member] = []
        self._loading = False

    # --- widgets per row --------------------------------------------------------------------

    def _row_widgets(self, row: int, parts: int, kind: ContributionKind, description: str, share: str) -> None:
        spin = named(QSpinBox(), f"parts_{row}")
        spin.setRange(0, 100000)
        spin.setValue(parts)
        spin.valueChanged.connect(self._recompute)
        self.table.setCellWidget(row, PARTS, spin)
        combo = named(QComboBox(), f"kind_{row}")
        for k in ContributionKind:
            if k.allowed:
                combo.addItem(k.label, k)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.table.setCellWidget(row, KIND, combo)
        self.table.setCellWidget(row, DESCRIPTION, named(QLineEdit(description), f"description_{row}"))
        share_edit = named(QLineEdit(share), f"share_{row}")
        share_edit.textChanged.connect(self._recompute)
        self.table.setCellWidget(row, SHARE, share_edit)
        for column in (NUMBERS, VALUE, RIGHTS):
            self.table.setItem(row, column, QTableWidgetItem(""))

    def parts_spin(self, row: int) -> QSpinBox:
        return cell_widget(self.table, row, PARTS, QSpinBox)

    def share_edit(self, row: int) -> QLineEdit:
        return cell_widget(self.table, row, SHARE, QLineEdit)

    def _mode_changed(self) -> None:
        on = self.with_capital.isChecked()
        self.unit_value.setEnabled(on)
        for column in CAPITAL_COLUMNS:
            self.table.setColumnHidden(column, not on)
        self.table.setColumnHidden(SHARE, on)
        self._recompute()

    # --- live computation (domain) ----------------------------------------------------------

    def _capital(self, unit_value_cents: int) -> Capital:
        """The founders' parts numbered and their apports valued by the domain (art. 7)."""
        return founding_capital(unit_value_cents, [
            Subscription(m.key, self.parts_spin(row).value(),
                         cell_widget(self.table, row, KIND, QComboBox).currentData(),
                         cell_widget(self.table, row, DESCRIPTION, QLineEdit).text())
            for row, m in enumerate(self.members)])

    def _members_with_shares(self) -> tuple[Member, ...]:
        return tuple(replace(m, contribution_share=parse_decimal(self.share_edit(row).text()))
                     for row, m in enumerate(self.members))

    def _recompute(self) -> None:
        if self._loading:
            return
        if not self.members:
            self.totals.setText(self.tr("Ajoutez d'abord les membres."))
            return
        unit = parse_euros(self.unit_value.text()) or 0
        if self.with_capital.isChecked() and unit <= 0:
            self.totals.setText(typography(self.tr("« {0} » n'est pas une valeur de part : tapez un montant en euros, "
                                                   "par exemple 500 ou 2 500,50.")).format(self.unit_value.text()))
            return
        if self.with_capital.isChecked():
            capital = self._capital(unit)
            rights = compute_rights(capital, tuple(self.members))
            for row, m in enumerate(self.members):
                table_item(self.table, row, NUMBERS).setText(capital.numbers_text_of(m.key))
                table_item(self.table, row, VALUE).setText(format_euros(capital.value_of(m.key)))
                table_item(self.table, row, RIGHTS).setText(f"{rights[row].percent_text} ({rights[row].fraction_text})"
                                                     if capital.total_parts else "")
            self.totals.setText(typography(self.tr("Total : {0} de {1}, soit un capital de {2}.")).format(
                plural(capital.total_parts, "part"), format_euros(unit), format_euros(capital.total_cents)))
        else:
            members = self._members_with_shares()
            rights = compute_rights(None, members)
            total = total_contribution_share(members)
            for row in range(len(members)):
                table_item(self.table, row, RIGHTS).setText(format_percent(rights[row].share))
            self.totals.setText(typography(self.tr("Total des contributions : {0} (100 {1}% attendus).")).format(
                format_percent(Fraction(total) / 100), NBSP))

    # --- state ------------------------------------------------------------------------------

    def load(self) -> None:
        g = self.state.groupement
        self._loading = True  # widgets are rebuilt below; compute once at the end
        self.members = list(g.members)
        capital = g.capital
        self.with_capital.setChecked(capital is not None)
        self.without_capital.setChecked(capital is None)
        if capital is not None and capital.unit_value_cents:
            self.unit_value.setText(format_decimal(Decimal(capital.unit_value_cents) / 100).replace("\u202f", " "))
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            self.table.setItem(row, NAME, QTableWidgetItem(m.display_name))
            given = capital.contributions_of(m.key) if capital else ()
            kind = given[0].kind if given else ContributionKind.CASH
            description = given[0].description if given else ""
            parts = capital.parts_of(m.key) if capital else 1
            share = str(m.contribution_share) if m.contribution_share is not None else ""
            self._row_widgets(row, parts, kind, description, share)
        self._loading = False
        self._mode_changed()

    def store(self) -> None:
        with_capital = self.with_capital.isChecked()
        members = self._members_with_shares() if not with_capital else tuple(
            replace(m, contribution_share=None) for m in self.members)
        # Members added or removed since this page was filled keep their own input on the members page.
        keys = [m.key for m in self.members]
        if keys != [m.key for m in self.state.groupement.members]:
            return
        self.state.update(members=members,
                          capital=self._capital(parse_euros(self.unit_value.text()) or 0) if with_capital else None)
