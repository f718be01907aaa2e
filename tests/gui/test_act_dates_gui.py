"""The GUI's date fields of acts stop at the services' today, and a date after it is refused in French
(domain.act_dates, services.clock)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gcsms_desktop.app import with_valid_clock
from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.changes import ChangeKind
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.input_bounds import LATEST_DATE
from gcsms_desktop.gui.dialogs.avenant_dates_dialog import AvenantDatesDialog
from gcsms_desktop.gui.dialogs.dates_dialog import DatesDialog
from gcsms_desktop.gui.table_models import select_key
from gcsms_desktop.gui.widgets import to_date, to_qdate
from gcsms_desktop.gui.wizards.creation.state import WizardState, page_of
from gcsms_desktop.services.context import open_services
from tests.assembly_factories import MEETING, attend, convened, held, vote_all
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS
from tests.membership_factories import vitre_with_history


def test_the_sign_dialog_stops_at_today_and_a_later_signature_is_refused_in_french(window, example_text, qtbot,
                                                                                   monkeypatch):
    """R. 312-194-22: on 16 December the PV of the 15 December meeting is signed the 16th at the latest."""
    services = window.services
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    assembly_id = convened(services, TILLEULS)
    attend(services, assembly_id, TILLEULS_KEYS[:9])
    vote_all(services, assembly_id)
    held(services, assembly_id)
    window.refresh()
    qtbot.waitUntil(lambda: window.assemblies.table.model().rowCount() == 1)
    select_key(window.assemblies.table, assembly_id)
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-12-16")
    seen: list[tuple[date, date]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DatesDialog)
        editor = dialog.editors[0]
        seen.append((to_date(editor.date()), to_date(editor.maximumDate())))
        dialog.reject()

    QTimer.singleShot(0, inspect)
    assert not window.assemblies.sign_selected()
    assert seen == [(date(2026, 12, 16), date(2026, 12, 16))]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not window.assemblies.sign_selected(date(2026, 12, 24))
    assert len(shown) == 1 and "Le procès-verbal ne peut pas être signé le 24 décembre 2026" in shown[0]
    assert "cette date n'est pas encore arrivée (aujourd'hui : 16 décembre 2026)" in shown[0]
    assert services.assemblies.record(assembly_id).assembly.state is AssemblyState.HELD
    assert window.assemblies.sign_selected(MEETING)
    assert services.assemblies.record(assembly_id).assembly.signed_on == MEETING


def test_the_change_wizard_stops_an_acts_date_at_today_not_a_planned_effect(window, example_text, monkeypatch):
    """Art. 8-2: a notice of withdrawal is dated today at the latest; art. 7: a capital increase may take
    effect later; art. 21: the avenant's signature and sending are past acts."""
    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2027-09-15")
    wizard = window.membership.record(ChangeKind.WITHDRAWAL)
    details = wizard.details
    assert to_date(details.act_date.date()) == date(2027, 9, 15)
    assert to_date(details.act_date.maximumDate()) == date(2027, 9, 15)
    details.act_date.setDate(to_qdate(date(2027, 10, 1)))
    assert to_date(details.act_date.date()) == date(2027, 9, 15), "a later notice cannot be typed"
    assert to_date(wizard.deliberation.signed.editor.maximumDate()) == date(2027, 9, 15)
    assert to_date(wizard.deliberation.sent.editor.maximumDate()) == date(2027, 9, 15)
    wizard.reject()
    increase = window.membership.record(ChangeKind.CAPITAL_INCREASE)
    assert to_date(increase.details.act_date.maximumDate()) == LATEST_DATE
    assert to_date(increase.deliberation.declared_date.maximumDate()) == date(2027, 9, 15)
    increase.reject()


def test_the_avenant_dates_dialog_stops_new_dates_at_today_and_shows_recorded_ones(qtbot):
    """Art. 21: the dates still to come cannot be typed after today; a recorded one is shown as it is."""
    today = date(2026, 11, 25)
    dialog = AvenantDatesDialog("Avenant n° 1", ApprovalDates(signature=date(2026, 11, 20)), None, today)
    qtbot.addWidget(dialog)
    assert to_date(dialog.fields["publication"].editor.maximumDate()) == today
    assert to_date(dialog.fields["signature"].editor.maximumDate()) == LATEST_DATE
    dialog.fields["publication"].set_value(date(2027, 1, 10))
    assert dialog.dates().publication == today, "a later publication cannot be typed"


def test_the_creation_wizard_shows_a_convention_published_after_today_on_its_dates_page():
    """R. 312-194-18: the review says it before « Terminer », on the page of the dates."""
    state = WizardState(today=date(2026, 11, 25))
    state.update(dates=ApprovalDates(date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 24), date(2026, 12, 1)))
    [problem] = [p for p in state.problems() if p.field.startswith("dates.")]
    assert page_of(problem) == "seat" and problem.field == "dates.publication"
    assert "ne peut pas être publié le 1er décembre 2026" in problem.message
    assert [p for p in state.problems_for("seat") if p.field.startswith("dates.")] == [problem]


def test_the_gui_opens_no_base_with_a_malformed_today(db_path, empty_base, monkeypatch):
    """A GCSMS_DESKTOP_TODAY that is not a date is said in French, in a dialog, and the base is closed."""
    import shutil

    shutil.copy(empty_base, db_path)
    services = open_services(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "31/12/2026")
    assert with_valid_clock(services) is None
    assert len(shown) == 1 and "GCSMS_DESKTOP_TODAY" in shown[0] and "AAAA-MM-JJ" in shown[0]
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-12-31")
    again = open_services(db_path)
    try:
        assert with_valid_clock(again) is again
    finally:
        again.close()
