"""Add or edit one member: identity, nature and its named representatives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gcsms_desktop.domain.member_rules import check_member
from gcsms_desktop.domain.members import (
    LegalSector,
    Member,
    MemberCategory,
    PersonKind,
    Representative,
    suggest_key,
)
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import named, plain, table_item


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for label, value in items:
        combo.addItem(label, value)
    return combo


class MemberDialog(QDialog):
    def __init__(self, member: Member | None, other_keys: set[str], representatives_wanted: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Membre du groupement"))
        self.other_keys = other_keys
        self.representatives_wanted = representatives_wanted
        self.original_key = member.key if member else ""
        self.result_member: Member | None = None
        self._build()
        if member:
            self._load(member)
        else:
            self._add_representative_row()
        self.resize(640, 560)

    def _build(self) -> None:
        form = QFormLayout()
        self.name = named(QLineEdit(), "memberName")
        self.short_name = named(QLineEdit(), "memberShortName")
        self.category = _combo("memberCategory", [(c.label, c) for c in MemberCategory])
        self.person_kind = _combo("memberPersonKind", [(k.label, k) for k in PersonKind])
        self.sector = _combo("memberSector", [(s.label, s) for s in LegalSector])
        self.profit = named(QCheckBox(self.tr("à but lucratif")), "memberProfit")
        self.address = named(QLineEdit(), "memberAddress")
        self.siren = named(QLineEdit(), "memberSiren")
        self.finess = named(QLineEdit(), "memberFiness")
        self.category.currentIndexChanged.connect(self._category_changed)
        for label, widget in ((self.tr("Nom :"), self.name), (self.tr("Sigle :"), self.short_name),
                              (self.tr("Catégorie :"), self.category), (self.tr("Personne :"), self.person_kind),
                              (self.tr("Droit :"), self.sector), ("", self.profit),
                              (self.tr("Adresse :"), self.address),
                              (self.tr("SIREN (facultatif) :"), self.siren),
                              (self.tr("FINESS (facultatif) :"), self.finess)):
            form.addRow(label, widget)
        self.representatives = named(QTableWidget(0, 3), "representativesTable")
        self.representatives.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Qualité"), self.tr("Suppléant")])
        self.representatives.horizontalHeader().setStretchLastSection(False)
        self.representatives.setColumnWidth(0, 220)
        self.representatives.setColumnWidth(1, 220)
        self.representatives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = named(QPushButton(self.tr("Ajouter un représentant")), "addRepresentative")
        remove = named(QPushButton(self.tr("Retirer")), "removeRepresentative")
        add.clicked.connect(self._add_representative_row)
        remove.clicked.connect(lambda: self.representatives.removeRow(self.representatives.currentRow()))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch()
        self.errors = plain(named(QLabel(), "memberErrors"))
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #a4161a;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Représentants à l'assemblée générale :")))
        layout.addWidget(self.representatives)
        layout.addLayout(buttons_row)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def _category_changed(self) -> None:
        """Suggest the nature that goes with the category; the user may still change it."""
        category = self.category.currentData()
        if category.forced_sector is not None:
            self.sector.setCurrentIndex(self.sector.findData(category.forced_sector))
        if category is MemberCategory.LIBERAL_PROFESSIONAL:
            self.person_kind.setCurrentIndex(self.person_kind.findData(PersonKind.NATURAL))

    def _add_representative_row(self, rep: Representative | None = None) -> None:
        row = self.representatives.rowCount()
        self.representatives.insertRow(row)
        self.representatives.setItem(row, 0, QTableWidgetItem(rep.name if rep else ""))
        self.representatives.setItem(row, 1, QTableWidgetItem(rep.capacity if rep else ""))
        flag = QTableWidgetItem()
        flag.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        flag.setCheckState(Qt.CheckState.Checked if rep and rep.substitute else Qt.CheckState.Unchecked)
        self.representatives.setItem(row, 2, flag)

    def set_representative(self, row: int, name: str, capacity: str, substitute: bool = False) -> None:
        while self.representatives.rowCount() <= row:
            self._add_representative_row()
        table_item(self.representatives, row, 0).setText(name)
        table_item(self.representatives, row, 1).setText(capacity)
        table_item(self.representatives, row, 2).setCheckState(
            Qt.CheckState.Checked if substitute else Qt.CheckState.Unchecked)

    def _load(self, m: Member) -> None:
        self.name.setText(m.name)
        self.short_name.setText(m.short_name)
        self.category.setCurrentIndex(self.category.findData(m.category))
        self.person_kind.setCurrentIndex(self.person_kind.findData(m.person_kind))
        self.sector.setCurrentIndex(self.sector.findData(m.sector))
        self.profit.setChecked(m.profit_making)
        self.address.setText(m.address)
        self.siren.setText(m.siren)
        self.finess.setText(m.finess)
        for rep in m.representatives:
            self._add_representative_row(rep)
        self._contribution_share = m.contribution_share

    def member(self) -> Member:
        reps = []
        for row in range(self.representatives.rowCount()):
            name, capacity = (table_item(self.representatives, row, c).text().strip() for c in (0, 1))
            if name or capacity:
                substitute = table_item(self.representatives, row, 2).checkState() == Qt.CheckState.Checked
                reps.append(Representative(name, capacity, substitute))
        key = self.original_key or suggest_key(self.name.text(), self.short_name.text(), self.other_keys)
        return Member(
            key=key, name=self.name.text().strip(), short_name=self.short_name.text().strip(),
            person_kind=self.person_kind.currentData(), sector=self.sector.currentData(),
            profit_making=self.profit.isChecked(), category=self.category.currentData(),
            address=self.address.text().strip(), siren=self.siren.text().replace(" ", ""),
            finess=self.finess.text().replace(" ", "").upper(),
            representatives=tuple(reps), contribution_share=getattr(self, "_contribution_share", None),
        )

    def accept(self) -> None:
        member = self.member()
        problems = [p for p in check_member(member, "member", self.representatives_wanted) if p.is_error]
        if problems:
            self.errors.setText(bullet_list([p.message for p in problems]))
            return
        self.result_member = member
        super().accept()
