"""The main window's « Édition » menu: undo the last action (Ctrl+Z), and what corrects the books without a
deliberation — a member's card and representatives, the groupement's contact details. The actions act on
the member selected in the tab shown (Groupement or Vie du groupement)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gcsms_desktop.gui.undo import undo_stack

if TYPE_CHECKING:
    from gcsms_desktop.gui.main_window import MainWindow
    from gcsms_desktop.gui.wizards.creation.wizard import CreationWizard
    from gcsms_desktop.gui.member_actions import MemberTableActions


def tr(text: str) -> str:
    return QCoreApplication.translate("edit_menu", text)


class EditMenu(QObject):
    """A child of the window: the undo stack's signal is let go of when the window is destroyed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(tr("É&dition"), window)
        self.menu.setObjectName("editMenu")
        self.undo_action = self._add(tr("&Annuler"), self.undo, "undoAction", QKeySequence.StandardKey.Undo)
        self.menu.addSeparator()
        self.card_action = self._add(tr("&Fiche du membre…"), self.open_card, "memberCardAction", "Ctrl+M")
        self.correct_action = self._add(tr("&Corriger représentants et coordonnées…"), self.correct_member,
                                        "correctMemberAction", "Ctrl+K")
        self.contact_action = self._add(tr("C&oordonnées du groupement…"), self.correct_contact, "contactAction")
        self.convention_action = self._add(tr("Corriger la con&vention non signée…"), self.correct_convention,
                                           "correctConventionAction")
        self.menu.addSeparator()
        self.menu.addAction(window.delete_action)  # also in Fichier: deleting a book created by mistake
        self.menu.aboutToShow.connect(self.update)
        undo_stack().changed.connect(self.update)
        self.update()

    def _add(self, text: str, slot: Callable[[], object], name: str,
             shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = self.window._action(text, slot, shortcut, name)  # its shortcut set once the window is painted
        self.menu.addAction(action)
        return action

    def _table(self) -> MemberTableActions | None:
        window = self.window
        if not hasattr(window, "membership"):  # « Chargement… »: no base yet
            return None
        return window.membership.member_actions if window.tabs.currentWidget() is window.membership else \
            window.view.member_actions

    @Slot()
    def update(self) -> None:
        last = undo_stack().last
        self.undo_action.setText(tr("&Annuler {0}").format(last.text) if last else tr("&Annuler"))
        self.undo_action.setEnabled(last is not None and self._writable())
        table = self._table()
        chosen = table.selected() if table is not None else None
        self.card_action.setEnabled(chosen is not None)
        self.correct_action.setEnabled(chosen is not None and self._writable())
        self.contact_action.setEnabled(self._writable() and self.window.current_groupement_id() is not None)
        self.convention_action.setEnabled(self.contact_action.isEnabled())

    def _writable(self) -> bool:
        services = self.window._services
        return services is not None and not services.read_only

    def undo(self) -> bool:
        done = undo_stack().undo(self.window)
        if done:
            self.window.statusBar().showMessage(tr("Action annulée."), 10000)
        return done

    def open_card(self) -> None:
        table = self._table()
        if table is not None:
            table.open_card()

    def correct_member(self) -> None:
        table = self._table()
        if table is not None and table.correct():
            self.window.statusBar().showMessage(tr("Correction enregistrée (Édition › Annuler pour revenir en "
                                                   "arrière)."), 10000)

    def correct_contact(self) -> None:
        from gcsms_desktop.gui.member_actions import correct_contact

        groupement_id = self.window.current_groupement_id()
        if groupement_id is not None and correct_contact(self.window, self.window.services, groupement_id):
            self.window.statusBar().showMessage(tr("Coordonnées du groupement enregistrées."), 10000)

    def correct_convention(self) -> CreationWizard | None:
        """Until it is signed, the convention is corrected in the creation wizard, opened on a copy of it
        (domain.unsigned_convention); once signed, the user is told to record an avenant (art. 21)."""
        import json

        from gcsms_desktop.gui import operations
        from gcsms_desktop.gui.wizards.creation.wizard import CreationWizard
        from gcsms_desktop.services.errors import ServiceError

        window, groupement_id = self.window, self.window.current_groupement_id()
        if groupement_id is None:
            return None
        services = window.services
        done = operations.perform(window, lambda: (services.groupements.edit_problems(groupement_id),
                                                   services.groupements.export_json(groupement_id)))
        if done is None:
            return None
        problems, book = done.value
        if problems:
            operations.show_error(window, ServiceError(tr("La convention ne peut plus être corrigée en place : {0}.")
                                                       .format(" ; ".join(problems))))
            return None
        draft = operations.perform(window, lambda: services.drafts.save(None, json.loads(book)["groupement"]))
        if draft is None:
            return None
        wizard = CreationWizard(services, draft.value, window, corrects=groupement_id)
        wizard.created.connect(window._created)
        wizard.finished.connect(lambda _result: window.refresh())
        wizard.open()
        return wizard
