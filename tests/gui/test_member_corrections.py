"""A member's card and its corrections driven through the window: context menu, double-click, the
correction dialog, Édition › Annuler (art. 13-1 of the model convention)."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gcsms_desktop.domain.members import Representative
from gcsms_desktop.gui.dialogs.correction_dialog import CorrectionDialog
from gcsms_desktop.gui.widgets import to_qdate
from tests.documents.test_convention_pdf import flat
from tests.gui.tables import column_texts
from tests.gui.typing import type_text

TILLEULS = "Groupement de coopération médico-sociale Les Tilleuls"
SHOTS = os.environ.get("GCSMS_SCREENSHOTS")  # a folder: the test also saves what it shows, to look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def tilleuls_window(window, example_text):
    window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh()
    window.tabs.setCurrentWidget(window.membership)
    window.membership.set_date(date(2027, 1, 10))
    return window


def select_member(view, key: str) -> None:
    model = view.model()
    view.selectRow(model.row_of(key))


def test_a_new_president_through_the_card_then_undone_with_ctrl_z(window, example_text, qtbot, monkeypatch):
    window = tilleuls_window(window, example_text)
    window.resize(1280, 720)
    panel = window.membership
    select_member(panel.standing, "GLY")
    menu = panel.member_actions.menu()
    assert [a.text() for a in menu.actions()] == ["&Fiche du membre…", "&Corriger représentants et coordonnées…"]
    card = panel.member_actions.open_card()
    assert card is not None and flat(card.fields["history"].text()) == "Représenté par Marie Le Goff (directrice)."

    def fill(dialog: CorrectionDialog) -> int:
        dialog.start.setDate(to_qdate(date(2026, 12, 1)))
        for column, text in ((0, "Yves Le Bris"), (1, "président")):
            item = dialog.table.item(0, column)
            assert item is not None
            item.setText(text)
        row = dialog.add_representative(Representative("Nina Cadiou", "", substitute=True))
        assert row == 1
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "direction@glycines.fr")
        shot(dialog, "correction-dialog")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", fill)
    qtbot.mouseClick(card.correct_button, Qt.MouseButton.LeftButton)
    assert flat(card.fields["history"].text()) == ("Représenté par Marie Le Goff (directrice) jusqu’au 30 novembre "
                                                   "2026, puis par Yves Le Bris (président).")
    assert card.fields["substitutes"].text() == "Nina Cadiou"
    assert card.fields["email"].text() == "direction@glycines.fr"
    shot(card, "member-card")
    card.close()
    window.tabs.setCurrentWidget(window.view)
    assert "Yves Le Bris" in column_texts(window.view.members_table, 2)[0]

    edit = window.edit_menu
    edit.update()
    assert edit.undo_action.isEnabled() and "correction de « EHPAD Les Glycines »" in edit.undo_action.text()
    window.edit_menu.menu.popup(window.mapToGlobal(window.rect().topLeft()))
    shot(window.edit_menu.menu, "edit-menu")
    window.edit_menu.menu.hide()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.services.details.corrections(TILLEULS) == ())
    qtbot.waitUntil(lambda: "Marie Le Goff" in column_texts(window.view.members_table, 2)[0])
    assert not edit.undo_action.isEnabled()


def test_the_dialog_shows_the_services_refusal_and_clears_it_when_fixed(window, example_text, qtbot, monkeypatch):
    window = tilleuls_window(window, example_text)
    select_member(window.membership.standing, "TYC")
    seen: list[str] = []

    def fill(dialog: CorrectionDialog) -> int:
        dialog.start.setDate(to_qdate(date(2026, 11, 1)))  # before the signature (22 November 2026)
        type_text(qtbot, dialog.phone, "02 99 11 22 33")
        dialog.accept()
        seen.append(flat(dialog.errors.text()))
        assert not dialog.errors.isHidden() and dialog.result() != 1
        dialog.start.setDate(to_qdate(date(2026, 12, 1)))
        assert dialog.errors.isHidden()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest_fail(a))
    assert window.membership.member_actions.correct()
    assert "signée le 22 novembre 2026" in seen[0]
    assert window.services.details.card(TILLEULS, "TYC", date(2027, 1, 1)).member.phone == "02 99 11 22 33"


def pytest_fail(args: object) -> None:
    raise AssertionError(f"no message box expected: {args}")


def test_an_amendment_of_the_siege_through_the_change_wizard(window, example_text, qtbot):
    """Art. 21: the wizard opens with the text in force; only the siège and article 12 are amended."""
    from PySide6.QtWidgets import QWizard

    from gcsms_desktop.domain.changes import Amendment, ChangeKind

    window = tilleuls_window(window, example_text)
    window.resize(1280, 720)
    wizard = window.membership.record(ChangeKind.AMENDMENT)
    assert wizard is not None
    fields = wizard.details.amendment_fields
    assert fields is not None and fields.seat.text() == "12 rue de la Paix, 35000 Rennes"
    wizard.details.act_date.setDate(to_qdate(date(2027, 1, 20)))
    fields.seat.setText("4 place de la Mairie, 35000 Rennes")
    fields.article.setCurrentIndex(fields.article.findData("12"))
    type_text(qtbot, fields.article_text, "Le règlement intérieur est adopté à la majorité des deux tiers.")
    shot(wizard, "amendment-wizard")
    assert "Les membres et les droits sociaux ne changent pas" in flat(wizard.details.consequence.text())
    wizard.next()
    page = wizard.deliberation
    page.choose("__declared__")  # an assembly held before the application
    page.declared_date.setDate(to_qdate(date(2027, 1, 20)))
    page.adopted.setChecked(True)
    wizard.next()
    assert not wizard.review.isComplete()  # R312-194-22: unanimity for a change to the convention
    assert "unanimité" in flat(wizard.review.problems_label.text())
    wizard.back()
    page.unanimous.setChecked(True)
    wizard.next()
    assert wizard.review.isComplete(), wizard.review.problems_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    change = window.services.membership.history(TILLEULS).changes[-1]
    assert change.payload == Amendment(seat_address="4 place de la Mairie, 35000 Rennes", articles=(
        ("12", "Le règlement intérieur est adopté à la majorité des deux tiers."),))


def test_an_unsigned_convention_is_corrected_in_the_creation_wizard(window, example_text, qtbot, monkeypatch):
    """Until the members sign it, the convention is corrected in place; the copy it is edited on goes
    when the work is discarded; a signed one is refused with the way to amend it (art. 21)."""
    from PySide6.QtWidgets import QMessageBox, QWizard

    fougeres = window.services.groupements.import_json(example_text("fougeres-sans-capital"))
    window.refresh(select_id=fougeres)
    wizard = window.edit_menu.correct_convention()
    assert wizard is not None and wizard.windowTitle() == "Corriger la convention (non signée)"
    seat = wizard.pages["seat"]
    while wizard.currentPage() is not seat:
        wizard.next()
    seat.seat.setText("9 rue Corrigée, 35300 Fougères")
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert [g.denomination for g in window.services.groupements.list()] == [
        "Groupement de coopération sociale de Fougères"]
    assert window.services.groupements.get(1).seat_address == "9 rue Corrigée, 35300 Fougères"
    assert window.services.drafts.list() == []

    tilleuls = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=tilleuls)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    assert window.edit_menu.correct_convention() is None
    assert "ne se modifie plus que par avenant" in said[0]
