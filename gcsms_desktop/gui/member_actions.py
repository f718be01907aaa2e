"""What a user does to one member from any table (the Édition menu, context menus, a double-click):
open its card, correct its representatives or contact details; and the groupement's own contact
details. Each write runs through the one GUI path (operations.perform) and can be undone (gui.undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QListWidget, QMenu, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.member_card import MemberCard
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.dialogs.correction_dialog import CorrectionDialog
from gcsms_desktop.gui.table_models import current_key
from gcsms_desktop.gui.undo import Undoable, undo_stack
from gcsms_desktop.gui.widgets import named, plain
from gcsms_desktop.services.context import Services


def tr(text: str) -> str:
    return QCoreApplication.translate("member_actions", text)


def correct_member(parent: QWidget | None, services: Services, groupement_id: int, key: str, on: date,
                   dialog: CorrectionDialog | None = None) -> bool:
    """Ask the correction (a test may pass its own ``dialog``) and record it; True when recorded."""
    done = operations.perform(parent, lambda: (services.membership.history(groupement_id),
                                               services.details.card(groupement_id, key, on)))
    if done is None:
        return False
    history, card = done.value
    if dialog is None:
        dialog = CorrectionDialog(tr("Corriger « {0} »").format(card.member.name), on,
                                  lambda c: services.details.check(groupement_id, c), card.member, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    return _record(parent, services, groupement_id, dialog.correction(), history.groupement.version,
                   f"la correction de « {card.member.name} »")


def correct_contact(parent: QWidget | None, services: Services, groupement_id: int,
                    dialog: CorrectionDialog | None = None) -> bool:
    """The groupement's e-mail and phone from a date (no deliberation)."""
    today = services.clock.today()
    done = operations.perform(parent, lambda: services.membership.history(groupement_id))
    if done is None:
        return False
    history = done.value
    if dialog is None:
        dialog = CorrectionDialog(tr("Coordonnées du groupement"), today,
                                  lambda c: services.details.check(groupement_id, c),
                                  contact=history.contact_on(today), parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    return _record(parent, services, groupement_id, dialog.correction(), history.groupement.version,
                   "la correction des coordonnées du groupement")


def _record(parent: QWidget | None, services: Services, groupement_id: int, correction: DetailsCorrection,
            version: int, text: str) -> bool:
    done = operations.perform(parent, lambda: services.details.correct(groupement_id, correction, version),
                              changes=groupement_id)
    if done is None:
        return False
    number = done.value
    undo_stack().push(Undoable(text, groupement_id, lambda: services.details.withdraw(groupement_id, number)))
    return True


class MemberCardDialog(QDialog):
    """A member's card on a date: status, parts and droits, contacts, representatives over time, acts."""

    def __init__(self, services: Services, groupement_id: int, key: str, on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberCard")
        self.services, self.groupement_id, self.key, self.on = services, groupement_id, key, on
        layout = QVBoxLayout(self)
        self.title = named(plain(QLabel()), "memberCardTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        box = QGroupBox(self.tr("Situation"))
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for name, label in (("status", self.tr("Qualité")), ("parts", self.tr("Parts")), ("droits", self.tr("Droits")),
                            ("address", self.tr("Adresse")), ("email", self.tr("Courriel")),
                            ("phone", self.tr("Téléphone")), ("representatives", self.tr("Représentants")),
                            ("substitutes", self.tr("Suppléants"))):
            value = named(plain(QLabel()), f"card_{name}")
            value.setWordWrap(True)
            self.fields[name] = value
            form.addRow(label + " :", value)
        layout.addWidget(box)
        self.fields["history"] = named(plain(QLabel()), "card_history")  # long: a line of its own, wrapped
        self.fields["history"].setWordWrap(True)
        layout.addWidget(self.fields["history"])
        layout.addWidget(QLabel(self.tr("Actes et corrections :")))
        self.events = named(QListWidget(), "memberEvents")
        self.events.setWordWrap(True)
        layout.addWidget(self.events, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        self.correct_button = named(QPushButton(self.tr("&Corriger représentants et coordonnées…")), "correctMember")
        self.correct_button.setEnabled(not services.read_only)
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.clicked.connect(self.correct)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.reload()

    def reload(self) -> bool:
        done = operations.perform(self, lambda: self.services.details.card(self.groupement_id, self.key, self.on))
        if done is None:
            return False
        self.show_card(done.value)
        return True

    def show_card(self, card: MemberCard) -> None:
        m = card.member
        self.setWindowTitle(self.tr("Fiche de « {0} »").format(m.name))
        self.title.setText(self.tr("{0} — au {1}").format(m.display_name, format_date(card.on)))
        titulars = [f"{r.name}, {r.capacity}" if r.capacity else r.name for r in m.titular_representatives]
        values = {"status": card.status, "parts": card.parts, "droits": card.droits, "address": m.address,
                  "email": m.email or "—", "phone": m.phone or "—", "representatives": "; ".join(titulars) or "—",
                  "substitutes": ", ".join(r.name for r in m.representatives if r.substitute) or "—",
                  "history": card.representation}
        for name, value in values.items():
            self.fields[name].setText(typography(value))
        self.events.clear()
        for on, line in card.events:
            self.events.addItem(typography(f"{format_date(on)} — {line}"))
        if not card.events:
            self.events.addItem(self.tr("Aucun acte ni correction depuis la convention."))

    def correct(self) -> None:
        if correct_member(self, self.services, self.groupement_id, self.key, self.on):
            self.reload()


Context = Callable[[], "tuple[Services, int, date] | None"]  # the services, groupement shown and its date


class MemberTableActions(QObject):
    """A members table's double-click (the member's card) and context menu (card, correction), for the
    member of the selected row; ``context`` tells which base, groupement and date the table shows."""

    def __init__(self, view: QTableView, context: Context) -> None:
        super().__init__(view)
        self.view, self.context = view, context
        self.card: MemberCardDialog | None = None  # the last card opened (kept alive while shown)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)
        view.doubleClicked.connect(lambda _index: self.open_card())

    def selected(self) -> tuple[Services, int, date, str] | None:
        key, found = current_key(self.view), self.context()
        if not isinstance(key, str) or found is None:
            return None
        return (*found, key)

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.setObjectName("memberMenu")
        chosen = self.selected()
        card = menu.addAction(tr("&Fiche du membre…"))
        card.triggered.connect(lambda _c=False: self.open_card())
        correct = menu.addAction(tr("&Corriger représentants et coordonnées…"))
        correct.triggered.connect(lambda _c=False: self.correct())
        card.setEnabled(chosen is not None)
        correct.setEnabled(chosen is not None and not chosen[0].read_only)
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        self.menu().popup(self.view.viewport().mapToGlobal(pos))

    def open_card(self) -> MemberCardDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        services, groupement_id, on, key = chosen
        self.card = MemberCardDialog(services, groupement_id, key, on, self.view.window())
        self.card.open()
        return self.card

    def correct(self, dialog: CorrectionDialog | None = None) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        services, groupement_id, on, key = chosen
        return correct_member(self.view.window(), services, groupement_id, key, on, dialog)
