"""Deleting and cancelling from the panels: enabled only where the domain allows it, confirmed with
what is lost, run through operations.perform and shown again through data_changed."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.gui.dialogs import confirm_loss
from gcsms_desktop.gui.dialogs.cancel_assembly_dialog import CancelAssemblyDialog
from gcsms_desktop.gui.widgets import to_qdate
from tests.assembly_factories import MEETING, agenda, attend, convened, held, vote_all
from tests.cli.test_whole_year_cli import plain
from tests.gui.tables import row_count
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS
from tests.membership_factories import VITRE, vitre_with_history

SHOTS = os.environ.get("GCSMS_SHOTS")  # a folder: the dialogs are saved there as PNG to be looked at


@pytest.fixture
def tilleuls_window(window, example_text):
    groupement_id = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    window.tabs.setCurrentWidget(window.assemblies)
    return window


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_a_draft_is_deleted_after_the_confirmation_names_what_is_lost(qtbot, tilleuls_window, monkeypatch):
    services, panel = tilleuls_window.services, tilleuls_window.assemblies
    draft = services.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    panel.show_groupement(services, 1, select=draft)
    qtbot.waitUntil(lambda: panel.selected_id() == draft)
    assert panel.buttons["delete"].isEnabled() and not panel.buttons["cancel"].isEnabled()
    asked: list[list[str]] = []

    def keep(*args: object, **_kwargs: object) -> bool:
        losses = args[3]  # what the box would show as lost
        assert isinstance(losses, list)
        asked.append(losses)
        return False

    monkeypatch.setattr(confirm_loss, "confirm_loss", keep)
    assert panel.delete_selected() is None  # « Conserver »: nothing is deleted
    assert asked == [["l'assemblée en préparation du 15 décembre 2026", "son ordre du jour (3\u00a0points)"]]
    assert row_count(panel.table) == 1
    deleted = panel.delete_selected(confirmed=True)
    assert deleted is not None and row_count(panel.table) == 0  # refreshed through data_changed
    assert services.assemblies.restore(deleted) == draft


def test_the_confirmation_box_keeps_by_default(qtbot, tilleuls_window):
    box = confirm_loss.loss_box(tilleuls_window, "Supprimer l'assemblée", "Supprimer l'assemblée du 15 décembre "
                                "2026 ?", ["l'assemblée en préparation du 15 décembre 2026", "son ordre du jour "
                                           "(3 points)"], "Supprimer", "Aucun membre n'a été convoqué.")
    box.resize(1280, 720)
    box.show()
    qtbot.waitExposed(box)
    _shot(box, "confirm-delete-assembly")
    assert box.defaultButton().objectName() == "confirmLossKeep"
    assert "Seront perdus" in box.informativeText()
    box.reject()


def test_a_convened_assembly_is_cancelled_through_its_dialog_then_restored(qtbot, tilleuls_window, monkeypatch):
    services, panel = tilleuls_window.services, tilleuls_window.assemblies
    assembly_id = convened(services, TILLEULS)
    panel.show_groupement(services, 1, select=assembly_id)
    qtbot.waitUntil(lambda: panel.selected_id() == assembly_id)
    assert panel.buttons["cancel"].isEnabled() and not panel.buttons["delete"].isEnabled()
    assert not panel.print_actions["cancellation"].isEnabled()

    def fill(dialog: CancelAssemblyDialog) -> QDialog.DialogCode:
        assert dialog.on.maximumDate() == to_qdate(MEETING)  # the meeting day at the latest
        assert dialog.on.minimumDate() == to_qdate(date(2026, 11, 30))  # from the convocations
        dialog.on.setDate(to_qdate(date(2026, 12, 5)))
        dialog.reason.setPlainText("Salle indisponible")
        dialog.resize(1280, 720)
        dialog.show()
        _shot(dialog, "cancel-assembly-dialog")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CancelAssemblyDialog, "exec", fill)
    assert panel.cancel_selected()
    a = services.assemblies.record(assembly_id).assembly
    assert (a.state, a.cancelled_on, a.cancellation_reason) == (AssemblyState.CANCELLED, date(2026, 12, 5),
                                                                 "Salle indisponible")
    qtbot.waitUntil(lambda: "Annulée le 5 décembre 2026 : Salle indisponible" in plain(panel.result.text()))
    assert not panel.buttons["continue"].isEnabled() and panel.continue_selected() is None
    assert panel.print_actions["cancellation"].isEnabled() and panel.buttons["uncancel"].isEnabled()
    assert panel.uncancel_selected() is not None
    qtbot.waitUntil(lambda: panel.buttons["cancel"].isEnabled())


def test_a_signed_assembly_offers_neither_delete_nor_cancel(qtbot, tilleuls_window):
    services, panel = tilleuls_window.services, tilleuls_window.assemblies
    assembly_id = convened(services, TILLEULS)
    attend(services, assembly_id, TILLEULS_KEYS)
    vote_all(services, assembly_id)
    held(services, assembly_id)
    panel.show_groupement(services, 1, select=assembly_id)
    qtbot.waitUntil(lambda: panel.selected_id() == assembly_id)
    assert not any(panel.buttons[k].isEnabled() for k in ("delete", "cancel", "uncancel"))
    assert panel.delete_selected(confirmed=True) is None and not panel.cancel_selected(date(2026, 12, 5))
    assert services.assemblies.record(assembly_id).assembly.state is AssemblyState.HELD


def test_the_last_unsigned_change_is_deleted_from_the_membership_tab(qtbot, window, example_text, monkeypatch):
    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    window.tabs.setCurrentWidget(window.membership)
    panel = window.membership
    panel.timeline.selectRow(0)
    assert not panel.delete_button.isEnabled() and "signé" in panel.delete_button.toolTip()
    panel.timeline.selectRow(1)
    assert not panel.delete_button.isEnabled()
    assert "supprimez d'abord le dernier" in plain(panel.delete_button.toolTip())
    panel.timeline.selectRow(2)
    assert panel.delete_button.isEnabled()
    monkeypatch.setattr(confirm_loss, "confirm_loss", lambda *a, **k: True)
    deleted = panel.delete_selected()
    assert deleted is not None and deleted.change.number == 3
    qtbot.waitUntil(lambda: row_count(panel.timeline) == 2)
    assert [c.number for c in window.services.membership.history(VITRE).changes] == [1, 2]


def test_the_groupement_is_deleted_only_while_nothing_legal_was_done(qtbot, tilleuls_window, monkeypatch):
    window = tilleuls_window
    assert window.delete_action.objectName() == "deleteGroupementAction"
    qtbot.waitUntil(lambda: window.delete_action.isEnabled())
    monkeypatch.setattr(confirm_loss, "confirm_loss", lambda *a, **k: True)
    deleted = window.delete_groupement()
    assert deleted is not None and deleted.denomination == TILLEULS
    qtbot.waitUntil(lambda: window.groupement_list.count() == 0)
    new_id = window.services.groupements.restore(deleted)
    window.refresh(select_id=new_id)
    services = window.services
    assembly_id = convened(services, TILLEULS)
    attend(services, assembly_id, TILLEULS_KEYS)
    vote_all(services, assembly_id)
    held(services, assembly_id)
    window.refresh(select_id=new_id)
    qtbot.waitUntil(lambda: not window.delete_action.isEnabled())
    assert "assemblée tenue" in window.delete_action.toolTip()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert window.delete_groupement(confirmed=True) is None
    assert shown and "ne peut pas être supprimé" in shown[0]
    assert window.services.groupements.get(new_id).denomination == TILLEULS


def test_ctrl_z_puts_back_a_deleted_draft_then_a_deleted_groupement(qtbot, tilleuls_window):
    """Édition › Annuler (Ctrl+Z) takes back the last deletion since the window was opened."""
    from PySide6.QtCore import Qt

    window = tilleuls_window
    services, panel = window.services, window.assemblies
    draft = services.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    panel.show_groupement(services, 1, select=draft)
    qtbot.waitUntil(lambda: panel.selected_id() == draft)
    assert panel.delete_selected(confirmed=True) is not None
    window.edit_menu.update()
    assert "la suppression de l'assemblée du 15 décembre 2026" in window.edit_menu.undo_action.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row_count(panel.table) == 1)
    assert [s.id for s in services.assemblies.list(TILLEULS)] == [draft]

    services.assemblies.delete(draft)  # nothing done in the books: the groupement may go
    window.refresh(select_id=1)
    assert window.delete_groupement(confirmed=True) is not None
    assert services.groupements.list() == []
    assert window.edit_menu.undo()
    assert [g.denomination for g in services.groupements.list()] == [TILLEULS]


def test_the_context_menus_offer_what_the_buttons_offer_for_the_row(qtbot, tilleuls_window):
    from gcsms_desktop.gui.context_menus import menu_of

    services, panel = tilleuls_window.services, tilleuls_window.assemblies
    draft = services.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    panel.show_groupement(services, 1, select=draft)
    qtbot.waitUntil(lambda: panel.selected_id() == draft)
    menu = menu_of(panel.table, list(panel.buttons.values()), "assemblyMenu")
    enabled = [a.text() for a in menu.actions() if a.isEnabled()]
    assert "S&upprimer…" in enabled and "Annu&ler l'assemblée…" not in [a.text() for a in menu.actions()]
    timeline = tilleuls_window.membership
    changes = menu_of(timeline.timeline, [timeline.dates_button, timeline.delete_button], "changeMenu")
    assert [a.isEnabled() for a in changes.actions()] == [False, False]  # no change selected
