"""Page 2: members (table with add / edit / remove) and associés, kept apart (no vote)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
)

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.members import Associate, Member
from gcsms_desktop.gui.dialogs.member_dialog import MemberDialog
from gcsms_desktop.gui.widgets import named
from gcsms_desktop.gui.wizards.creation.page import CreationPage


class MembersPage(CreationPage):
    key = "members"
    subtitle = "Au moins deux membres (art. R. 312-194-1), chacun avec ses représentants nommés."

    def build(self) -> None:
        self.members: list[Member] = []
        self.table = named(QTableWidget(0, 4), "membersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Membre"), self.tr("Nature"), self.tr("Représentants"),
                                              self.tr("Identifiant")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.layout_.addWidget(self.table)
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("&Ajouter un membre…"), "addMember", self.add_member),
                                 (self.tr("&Modifier…"), "editMember", self.edit_member),
                                 (self.tr("&Retirer"), "removeMember", self.remove_member)):
            button = named(QPushButton(text), name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch()
        self.layout_.addLayout(row)
        self.layout_.addWidget(QLabel(self.tr("Associés (art. 6) — professionnels associés par convention, "
                                              "sans droit de vote :")))
        self.associates = named(QTableWidget(0, 3), "associatesTable")
        self.associates.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Profession"), self.tr("Adresse")])
        self.associates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.associates.setMaximumHeight(120)
        self.layout_.addWidget(self.associates)
        row = QHBoxLayout()
        add = named(QPushButton(self.tr("Ajouter un associé")), "addAssociate")
        remove = named(QPushButton(typography(self.tr("Retirer l'associé"))), "removeAssociate")
        add.clicked.connect(lambda: self.associates.insertRow(self.associates.rowCount()))
        remove.clicked.connect(lambda: self.associates.removeRow(self.associates.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        self.layout_.addLayout(row)

    def _representatives_wanted(self) -> int:
        return self.state.groupement.governance.representatives_per_member

    def _dialog(self, member: Member | None) -> MemberDialog:
        others = {m.key for m in self.members if member is None or m.key != member.key}
        return MemberDialog(member, others, self._representatives_wanted(), self)

    def _ask(self, member: Member | None) -> Member | None:
        """Run the member dialog; the dialog is released at once (it belongs to this page)."""
        dialog = self._dialog(member)
        result = dialog.result_member if dialog.exec() else None
        dialog.deleteLater()
        return result

    def add_member(self) -> None:
        member = self._ask(None)
        if member:
            self.members.append(member)
            self._refresh()

    def edit_member(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        member = self._ask(self.members[row])
        if member:
            self.members[row] = member
            self._refresh()

    def remove_member(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        answer = QMessageBox.question(self, self.tr("Retirer un membre"),
                                      self.tr("Retirer « {0} » de la liste des membres ?")
                                      .format(self.members[row].name))
        if answer == QMessageBox.StandardButton.Yes:
            del self.members[row]
            self._refresh()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            reps = ", ".join(r.name + (" (suppléant)" if r.substitute else "") for r in m.representatives)
            for column, text in enumerate((m.display_name, f"{m.person_kind.label}, {m.sector.label}", reps, m.key)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.store()

    def load(self) -> None:
        g = self.state.groupement
        self.associates.setRowCount(len(g.associates))  # before _refresh(), which stores the table
        for row, a in enumerate(g.associates):
            for column, text in enumerate((a.name, a.profession, a.address)):
                self.associates.setItem(row, column, QTableWidgetItem(text))
        self.members = list(g.members)
        self._refresh()

    def store(self) -> None:
        associates = []
        for row in range(self.associates.rowCount()):
            items = [self.associates.item(row, c) for c in range(3)]
            values = [item.text().strip() if item is not None else "" for item in items]
            if any(values):
                associates.append(Associate(*values))
        self.state.update(members=tuple(self.members), associates=tuple(associates))
