"""The 1 January regularisation of the droits (art. 9-1 of the model convention) is a clause the
creation wizard offers on its governance page, the model's wording checked by default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QMessageBox

from tests.documents.test_consolidated_situation import ON, admit_n, val_de_vilaine
from tests.gui.test_membership_panel import cells


def test_governance_page_offers_the_january_clause_checked_by_default(qtbot, window, monkeypatch):
    """Art. 9-1: checked, the model's « régularisation au 1er janvier »; unchecked, droits follow each change."""
    wizard = window.new_groupement()
    page = wizard.pages["governance"]
    page.load()
    box = wizard.findChild(QCheckBox, "januaryRegularisation")
    assert box is page.january
    assert box.isChecked(), "the model's wording is the default"
    assert "régularisés au 1er janvier suivant les changements (art.\u00a09-1" in box.text()
    box.click()  # the page is not the wizard's current one: click as QAbstractButton does
    assert not box.isChecked()
    page.store()
    assert wizard.state.groupement.governance.january_regularisation is False
    page.load()
    assert not box.isChecked(), "the choice is read back from the wizard's state"
    box.setChecked(True)
    page.store()
    assert wizard.state.groupement.governance.january_regularisation is True
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    wizard.reject()
    assert not wizard.isVisible()


@pytest.mark.parametrize("clause, droits", [(True, ["4/15", "4/15", "4/15", "3/15", "0/15"]),
                                            (False, ["4/18", "4/18", "4/18", "3/18", "3/18"])])
def test_membership_panel_shows_the_droits_of_the_rights_table(window, clause, droits):
    """Art. 9-1: on 20 November 2026 the « Vie du groupement » tab shows the droits the consolidated
    convention and the rights table print (tests.documents.test_consolidated_situation)."""
    window.services.groupements.create(val_de_vilaine(clause))
    admit_n(window.services)
    window.refresh()
    window.tabs.setCurrentWidget(window.membership)
    panel = window.membership
    panel.set_date(ON)
    assert cells(panel.standing, 0)[-1] == "Association Nouvelle Vague"
    assert cells(panel.standing, 3) == droits
    assert ("ne prévoit pas de régularisation au 1er janvier" in panel.note.text()) is not clause
