"""The three wizards share one page pattern and one path to the services: every page is a WizardPage
with its error label; pages needing members ask for those in force on their date; every save is
announced through ``gui.operations``."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard, QWizardPage

from gcsms_desktop.domain.changes import ChangeKind
from gcsms_desktop.gui.operations import ALL_GROUPEMENTS, data_events
from gcsms_desktop.gui.widgets import to_qdate
from gcsms_desktop.gui.wizards.page import WizardPage
from tests.membership_factories import vitre_with_history


@pytest.fixture
def vitre_window(window, example_text):
    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    return window


def pages(wizard: QWizard) -> list[QWizardPage]:
    found = [wizard.page(page_id) for page_id in wizard.pageIds()]
    return [page for page in found if page is not None]


def test_every_page_of_the_three_wizards_follows_one_pattern(vitre_window):
    window = vitre_window
    wizards = [window.new_groupement(), window.assemblies.new_assembly(),
               window.membership.record(ChangeKind.EXCLUSION)]
    for wizard in wizards:
        for page in pages(wizard):
            assert isinstance(page, WizardPage), page
            assert page.error_label.objectName() == "pageErrors" and page.error_label.isHidden()
        wizard.reject()
    assert [p.objectName() for p in pages(wizards[2])] == ["changeDetailsPage", "changeDeliberationPage",
                                                            "changeReviewPage"]
    creation, assembly, change = wizards
    assembly.pages["prepare"].place.setText("Mairie de Vitré")
    assert assembly.field("place") == "Mairie de Vitré", "inputs are registered as the wizard's fields"
    assert assembly.field("meetingDate") == assembly.pages["prepare"].meeting_date.date()
    creation.pages["identity"].denomination.setText("Groupement de coopération sociale X")
    assert creation.field("denomination") == "Groupement de coopération sociale X"
    assert change.field("act_date") == change.details.act_date.date()


def test_the_change_wizard_offers_the_members_in_force_on_the_act_date(vitre_window):
    """Art. 8: D counts from the publication of its avenant (1 February 2027); C's withdrawal takes
    effect on 31 December 2028."""
    wizard = vitre_window.membership.record(ChangeKind.EXCLUSION)
    details = wizard.details
    offered = lambda: [details.member.itemData(i) for i in range(details.member.count())]  # noqa: E731
    details.act_date.setDate(to_qdate(date(2026, 12, 15)))
    assert offered() == ["A", "B", "C"]
    details.act_date.setDate(to_qdate(date(2028, 6, 1)))
    details.member.setCurrentIndex(details.member.findData("D"))
    assert offered() == ["A", "B", "C", "D"]
    details.act_date.setDate(to_qdate(date(2029, 3, 15)))
    assert offered() == ["A", "B", "D"] and details.member.currentData() == "D", "the choice is kept"
    wizard.reject()


def test_saves_go_through_the_operations_path_and_announce_the_groupement(vitre_window, qtbot, monkeypatch):
    window = vitre_window
    groupement_id = window.current_groupement_id()
    wizard = window.membership.record(ChangeKind.CAPITAL_INCREASE)
    wizard.details.act_date.setDate(to_qdate(date(2027, 3, 1)))
    wizard.next()
    wizard.deliberation.choose("__declared__")
    wizard.deliberation.declared_date.setDate(to_qdate(date(2027, 2, 20)))
    wizard.deliberation.adopted.setChecked(True)
    wizard.deliberation.unanimous.setChecked(True)
    wizard.next()
    assert wizard.review.isComplete(), wizard.review.problems_label.text()
    with qtbot.waitSignal(data_events().data_changed) as announced:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert announced.args == [groupement_id] and wizard.recorded_number is not None

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    announced_ids: list[int] = []

    def listen(groupement: int) -> None:
        announced_ids.append(groupement)

    data_events().data_changed.connect(listen)
    creation = window.new_groupement()
    creation.accept()  # the services refuse an empty groupement: said in French, nothing announced
    data_events().data_changed.disconnect(listen)
    assert shown and shown[0].startswith("Groupement refusé, rien n’a été enregistré")
    assert ALL_GROUPEMENTS not in announced_ids and creation.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    creation.reject()
