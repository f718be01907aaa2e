"""One use case, one transaction: a failure on its last write leaves the file as it was.

The failure is real: a SQLite trigger installed in the test's database aborts the last statement
the use case sends (as a full disk or a crash would), and the test compares every table before and
after. Before, ``convene_again`` ran five transactions: a failure on the last one left a draft second
assembly behind and the retry was refused.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from gcsms_desktop.domain.changes import Change, ChangeKind, Withdrawal
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.errors import Conflict
from tests.assembly_factories import attend, convened, held, vote_all
from tests.factories import one_part_each_groupement

GROUPEMENT = "Groupement de coopération sociale de 6 membres"
KEYS = [f"M{i:03d}" for i in range(1, 7)]


def snapshot(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, connection.execute(f"SELECT * FROM {t}"))) for t in tables}


def fail_on(path: Path, event: str, table: str, when: str = "1") -> None:
    """Abort the statement ``event`` on ``table`` (when ``when`` holds on NEW) from now on."""
    with sqlite3.connect(path) as connection:
        connection.execute(f"CREATE TRIGGER injected_failure BEFORE {event} ON {table} WHEN {when} "
                           "BEGIN SELECT RAISE(ABORT, 'panne simulée'); END")


def heal(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER injected_failure")


@pytest.fixture
def six(services: Services) -> Services:
    services.groupements.create(one_part_each_groupement(6))
    return services


def ready_to_close(services: Services) -> int:
    assembly_id = convened(services, GROUPEMENT)
    attend(services, assembly_id, KEYS)
    vote_all(services, assembly_id)
    services.assemblies.set_officers(assembly_id, "Mme Martin", "M. Durand", "Mme Petit")
    return assembly_id


def test_convene_again_failing_on_its_last_write_leaves_nothing_and_can_be_retried(six, db_path):
    first = convened(six, GROUPEMENT)
    attend(six, first, KEYS[:2])  # 2/6 of the droits: no quorum (R312-194-22)
    held(six, first)
    before = snapshot(db_path)
    fail_on(db_path, "UPDATE OF state", "assemblies", "NEW.state = 'convened' AND NEW.first_assembly_id IS NOT NULL")
    with pytest.raises(DBAPIError, match="panne simulée"):
        six.assemblies.convene_again(first, date(2026, 12, 28), date(2026, 12, 16))
    heal(db_path)
    assert snapshot(db_path) == before
    second = six.assemblies.convene_again(first, date(2026, 12, 28), date(2026, 12, 16))
    assert six.assemblies.record(second).assembly.first_assembly_id == first


def test_close_failing_when_freezing_the_droits_numbers_nothing(six, db_path):
    assembly_id = ready_to_close(six)
    before = snapshot(db_path)
    fail_on(db_path, "INSERT", "assembly_rights")
    with pytest.raises(DBAPIError, match="panne simulée"):
        six.assemblies.close(assembly_id)
    heal(db_path)
    assert snapshot(db_path) == before  # no deliberation number taken, still convened
    six.assemblies.close(assembly_id)
    assert [i.deliberation_number for i in six.assemblies.record(assembly_id).assembly.agenda][:2] == [
        "2026-1", "2026-2"]


def test_sign_failing_on_the_seal_takes_no_register_page(six, db_path):
    assembly_id = ready_to_close(six)
    six.assemblies.close(assembly_id)
    before = snapshot(db_path)
    fail_on(db_path, "INSERT", "register_seals")
    with pytest.raises(DBAPIError, match="panne simulée"):
        six.assemblies.sign(assembly_id, date(2026, 12, 20))
    heal(db_path)
    assert snapshot(db_path) == before
    assert six.assemblies.sign(assembly_id, date(2026, 12, 20))[0] == 1


def test_erratum_failing_on_the_seal_adds_nothing(six, db_path):
    assembly_id = ready_to_close(six)
    six.assemblies.close(assembly_id)
    six.assemblies.sign(assembly_id, date(2026, 12, 20))
    before = snapshot(db_path)
    fail_on(db_path, "INSERT", "register_seals")
    with pytest.raises(DBAPIError, match="panne simulée"):
        six.assemblies.add_erratum(assembly_id, "Lire « 14 h 30 » au lieu de « 14 h ».", date(2026, 12, 21))
    heal(db_path)
    assert snapshot(db_path) == before


def test_withdrawal_dissolving_the_groupement_is_stored_whole_or_not_at_all(services, db_path, example_text):
    """Art. 8-2 / 20: a withdrawal by one of two members is stored with its avenant number, or nothing
    is; the dissolution it entails is derived, never stored beside it."""
    groupement_id = services.groupements.import_json(example_text("fougeres-sans-capital"))
    before = snapshot(db_path)
    fail_on(db_path, "INSERT", "allocated_numbers")  # the avenant number, written after the change
    withdrawal = Change(date(2027, 3, 1), Withdrawal("ADMR"))
    with pytest.raises(Conflict, match="Rien n'a été enregistré"):
        services.membership.record(groupement_id, withdrawal)
    heal(db_path)
    assert snapshot(db_path) == before
    services.membership.record(groupement_id, withdrawal)
    history = services.membership.history(groupement_id)
    assert [c.kind for c in history.changes] == [ChangeKind.WITHDRAWAL]
    assert history.dissolution is not None and history.dissolution.on == date(2028, 1, 1)


def test_an_import_failing_on_its_last_write_stores_no_groupement(services, db_path, tmp_path):
    source = open_source(tmp_path)
    text = source.groupements.export_json(GROUPEMENT)
    before = snapshot(db_path)
    fail_on(db_path, "INSERT", "register_seals")
    with pytest.raises(DBAPIError, match="panne simulée"):
        services.groupements.import_json(text)
    heal(db_path)
    assert snapshot(db_path) == before
    services.groupements.import_json(text)
    assert services.register.verify(GROUPEMENT).checked == 1


def open_source(tmp_path: Path) -> Services:
    """Another base holding a groupement with a signed assembly, to export."""
    from gcsms_desktop.services.context import open_services

    source = open_services(tmp_path / "source.sqlite")
    source.groupements.create(one_part_each_groupement(6))
    assembly_id = ready_to_close(source)
    source.assemblies.close(assembly_id)
    source.assemblies.sign(assembly_id, date(2026, 12, 20))
    return source



@pytest.mark.parametrize("use_case", ["prepare", "officers", "erratum", "attendance"])
def test_the_assembly_services_refuse_out_of_bounds_text_on_every_path(six, db_path, use_case):
    """The wizard checks the bounds before calling; a script calling the services directly is held to them too."""
    from gcsms_desktop.domain.assembly import Assembly
    from gcsms_desktop.services.errors import InvalidAssembly

    assembly_id = ready_to_close(six)
    before = snapshot(db_path)
    bidi = "Salle\u202eerèiv"
    calls = {
        "prepare": lambda: six.assemblies.prepare(GROUPEMENT, Assembly(date(2027, 1, 20), bidi, agenda=())),
        "officers": lambda: six.assemblies.set_officers(assembly_id, "x" * 100_000, "M. Durand", "Mme Petit"),
        "erratum": lambda: six.assemblies.add_erratum(assembly_id, "\x07", date(2026, 12, 21)),
        "attendance": lambda: six.assemblies.record_attendance(assembly_id, tuple(
            replace(line, representative="Mme\x00Martin")
            for line in six.assemblies.record(assembly_id).assembly.attendance)),
    }
    if use_case == "erratum":
        six.assemblies.close(assembly_id)
        before = snapshot(db_path)
    with pytest.raises(InvalidAssembly, match="Saisie refusée"):
        calls[use_case]()
    assert snapshot(db_path) == before
