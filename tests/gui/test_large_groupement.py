"""A groupement of thousands of members: its tabs are filled off the GUI thread, so the window never
freezes (issue 11: nothing blocks the window more than a second at 10 000 members)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import pytest

from gcsms_desktop.gui import membership_panel, operations
from tests.factories import one_part_each_groupement
from tests.gui.tables import row_count, text

SIZE = 2000


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def spy(calls: list[bool], function: Callable[..., object]) -> Callable[..., object]:
    """The real function, noting for each call whether it ran on the GUI thread."""
    def called(*args: object, **kwargs: object) -> object:
        calls.append(on_gui_thread())
        return function(*args, **kwargs)
    return called


@pytest.fixture
def large(window):
    groupement_id = window.services.groupements.create(one_part_each_groupement(SIZE))
    assert SIZE > operations.LARGE_GROUPEMENT
    return window, groupement_id


def test_selecting_a_large_groupement_reads_it_in_a_worker_thread(qtbot, large, monkeypatch):
    window, groupement_id = large
    history_calls: list[bool] = []
    list_calls: list[bool] = []
    services = window.services
    monkeypatch.setattr(services.membership, "history", spy(history_calls, services.membership.history))
    monkeypatch.setattr(services.assemblies, "list", spy(list_calls, services.assemblies.list))
    window.refresh(select_id=groupement_id)
    qtbot.waitUntil(lambda: window.view.members_model.rowCount() == SIZE, timeout=60_000)
    assert history_calls == [False] and list_calls == [False], "one read of the selection, off the GUI thread"
    assert text(window.view.members_table, 0, 0) == "Association membre n° 1"
    assert row_count(window.membership.standing) == SIZE
    assert text(window.membership.standing, SIZE - 1, 0) == f"Association membre n° {SIZE}"
    assert row_count(window.view.parts_table) == SIZE + 1  # and the total


def test_a_new_date_for_a_large_groupement_is_computed_in_a_worker_thread(qtbot, large, monkeypatch):
    window, groupement_id = large
    window.refresh(select_id=groupement_id)
    panel = window.membership
    qtbot.waitUntil(lambda: row_count(panel.standing) == SIZE, timeout=60_000)
    calls: list[bool] = []
    monkeypatch.setattr(membership_panel, "standing_rows", spy(calls, membership_panel.standing_rows))
    before = panel.standing_model.rows
    panel.set_date(date(2031, 1, 1))
    qtbot.waitUntil(lambda: panel.standing_model.rows is not before, timeout=60_000)
    assert calls == [False]
    assert row_count(panel.standing) == SIZE
    assert panel.chosen_date() == date(2031, 1, 1)


def test_a_small_groupement_is_read_at_once(qtbot, window, example_text, monkeypatch):
    calls: list[bool] = []
    services = window.services
    monkeypatch.setattr(services.membership, "history", spy(calls, services.membership.history))
    groupement_id = services.groupements.import_json(example_text("tilleuls-17-parts"))
    window.refresh(select_id=groupement_id)
    assert calls == [True] and window.view.members_model.rowCount() == 17


def test_closing_the_seance_of_a_large_groupement_runs_in_a_worker_thread(qtbot, large, monkeypatch):
    """Closing computes and stores every outcome: off the GUI thread, behind the progress dialog; the wizard
    closes once the séance is closed, and the assemblies tab shows it held."""
    from PySide6.QtWidgets import QMessageBox, QWizard

    from gcsms_desktop.domain.assembly import AssemblyState
    from tests.assembly_factories import attend, convened, vote_all

    window, groupement_id = large
    services = window.services
    denomination = services.groupements.get(groupement_id).denomination
    assembly_id = convened(services, denomination, date(2027, 1, 4), date(2026, 12, 15))
    attend(services, assembly_id, [m.key for m in services.assemblies.record(assembly_id).members])
    vote_all(services, assembly_id)
    window.refresh(select_id=groupement_id)
    panel = window.assemblies
    qtbot.waitUntil(lambda: operations.in_flight() == 0 and panel.selected_id() == assembly_id, timeout=60_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    close_calls: list[bool] = []
    monkeypatch.setattr(services.assemblies, "close", spy(close_calls, services.assemblies.close))
    wizard = panel.continue_selected()
    assert wizard is not None and wizard.currentPage().objectName() == "page_attendance"
    wizard.next()
    wizard.next()
    close = wizard.currentPage()
    assert close.objectName() == "page_close"
    close.president.setText("Marie Le Goff")
    close.secretary.setText("Paul Durand")
    close.scrutineer.setText("Anne Petit")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    assert close_calls == [False], "closed once, off the GUI thread"
    assert services.assemblies.record(assembly_id).assembly.state is AssemblyState.HELD
    qtbot.waitUntil(lambda: operations.in_flight() == 0, timeout=60_000)
    assert panel.selected_id() == assembly_id and "tenue" in panel.result.text()
