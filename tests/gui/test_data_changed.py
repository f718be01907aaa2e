"""One signal after every write: the views showing that groupement reload, the others do not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFileDialog

from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.gui import operations
from tests.gui.tables import column_texts
from tests.membership_factories import VITRE, vitre_with_history


def test_a_write_reloads_the_tabs_of_its_groupement(qtbot, window, example_text):
    vitre_with_history(window.services, example_text("pays-de-vitre-100-parts"))
    window.refresh()
    panel = window.membership
    assert column_texts(panel.timeline, 4)[1] == "à signer"
    groupement_id = window.current_groupement_id()
    services = window.services
    done = operations.perform(window, lambda: services.membership.set_avenant_dates(
        VITRE, 2, ApprovalDates(signature=date(2027, 6, 2))), changes=groupement_id)
    assert done is not None
    assert column_texts(panel.timeline, 4)[1] == "signé le 2 juin 2027", "reloaded by data_changed alone"


def test_a_write_to_another_groupement_reads_nothing_here(qtbot, window, example_text, monkeypatch):
    shown = window.services.groupements.import_json(example_text("tilleuls-17-parts"))
    other = window.services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    window.refresh(select_id=shown)
    reads: list[object] = []
    services = window.services

    def counted(function: Callable[..., object]) -> Callable[..., object]:
        def read(*args: object) -> object:
            reads.append(args)
            return function(*args)
        return read

    for service, name in ((services.membership, "history"), (services.assemblies, "list"),
                          (services.groupements, "get")):
        monkeypatch.setattr(service, name, counted(getattr(service, name)))
    operations.announce(other)
    assert reads == []
    operations.announce(shown)
    assert len(reads) == 3, "the identity, the timeline and the assemblies of the groupement shown: once each"


def test_an_import_adds_to_the_list_through_the_signal(qtbot, window, example_text, tmp_path, monkeypatch):
    source = tmp_path / "tilleuls.json"
    source.write_text(example_text("tilleuls-17-parts"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: list[int] = []
    operations.data_events().data_changed.connect(seen.append)
    window.import_action.trigger()
    assert seen == [operations.ALL_GROUPEMENTS]
    assert window.groupement_list.count() == 1 and window.view.members_model.rowCount() == 17
