"""Alembic: the migrations build exactly the models' schema, and upgrading keeps every row."""

from __future__ import annotations

import shutil
from datetime import date
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from gcsms_desktop.persistence.database import Database, current_revision, head_revision, make_engine, upgrade
from gcsms_desktop.persistence.models import Base
from gcsms_desktop.services.context import open_services

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "databases"


def test_migrations_match_the_models(tmp_path):
    engine = make_engine(tmp_path / "schema.sqlite")
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert current_revision(engine) == head_revision()


def test_schema_head_constant_is_alembics_head():
    from gcsms_desktop.persistence.database import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    engine = make_engine(tmp_path / "cycle.sqlite")
    upgrade(engine)
    from alembic import command
    from gcsms_desktop.persistence.database import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.name)
def test_older_database_files_upgrade_without_losing_rows(tmp_path, fixture):
    """Each file in tests/fixtures/databases was written by an earlier release of the schema."""
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with sqlite3.connect(copy) as connection:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        before = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    services = open_services(copy)
    try:
        names = [s.denomination for s in services.groupements.list()]
        for name in names:
            services.groupements.get(name)  # every stored groupement still reads as a domain object
            for summary in services.assemblies.list(name):  # and so does every assembly, with its result
                _ = services.assemblies.record(summary.id).result
            services.membership.history(name).standing(date(2030, 1, 1))  # and its changes
    finally:
        services.close()
    with sqlite3.connect(copy) as connection:
        after = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    assert after == before
    assert sum(before.values()) > 0 and names


def test_fixture_files_exist_for_each_schema():
    assert (FIXTURES / "0001-tilleuls-vitre.sqlite").exists()
    assert (FIXTURES / "0002-tilleuls-assemblies.sqlite").exists()
    assert (FIXTURES / "0003-vitre-changes.sqlite").exists()
    assert (FIXTURES / "0004-tilleuls-sealed.sqlite").exists()
    assert (FIXTURES / "0005-tilleuls-vitre-outcomes.sqlite").exists()
    assert (FIXTURES / "0006-tilleuls-vitre.sqlite").exists()


def test_0002_file_upgrades_to_membership_changes(tmp_path):
    """Schema 0003 adds the changes table, empty: every groupement stands as its convention made it."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0002-tilleuls-assemblies.sqlite", copy)
    services = open_services(copy)
    try:
        for summary in services.groupements.list():
            history = services.membership.history(summary.id)
            assert history.changes == ()
            assert len(history.standing(date(2030, 1, 1)).members) == summary.member_count
    finally:
        services.close()


def test_0001_file_upgrades_to_assemblies(tmp_path):
    """The first schema gains the assembly tables, empty, and the groupements keep their members."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0001-tilleuls-vitre.sqlite", copy)
    services = open_services(copy)
    try:
        for summary in services.groupements.list():
            assert services.assemblies.list(summary.id) == []
            assert len(services.groupements.get(summary.id).members) == summary.member_count
    finally:
        services.close()
    assert current_revision(make_engine(copy)) == head_revision()


def test_opening_a_file_that_is_not_a_database_says_so(tmp_path):
    from gcsms_desktop.persistence.database import DatabaseError

    junk = tmp_path / "notes.sqlite"
    junk.write_text("ceci n'est pas une base")
    with pytest.raises(DatabaseError, match="Impossible d'ouvrir la base") as raised:
        Database(junk)
    assert str(raised.value).endswith("ce fichier n'est pas une base GCSMS Desktop, ou il est endommagé.")


def test_0003_file_upgrades_with_its_numbers_taken_and_its_register_sealed_at_the_next_signing(tmp_path):
    """Schema 0004: numbers already given are recorded as taken; a PV signed afterwards is sealed."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0003-vitre-changes.sqlite", copy)
    services = open_services(copy)
    try:
        with sqlite3.connect(copy) as connection:
            taken = sorted(connection.execute("SELECT kind, value FROM allocated_numbers"))
        assert taken == [("avenant", "1"), ("avenant", "2"), ("avenant", "3"),
                         ("deliberation", "2026-1"), ("deliberation", "2026-2")]
        (held,) = [s for s in services.assemblies.list(1) if s.state.value == "held"]
        assert services.assemblies.record(held.id).assembly.version == 1
        services.assemblies.sign(held.id, date(2027, 1, 10))
        verdict = services.register.verify(1)
        assert verdict.intact and verdict.checked == 1 and verdict.unsealed == ()
    finally:
        services.close()


def test_seals_written_by_an_earlier_release_still_verify(tmp_path):
    """A seal is for decades: the digest of a signed PV must not change with the code that reads it."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0004-tilleuls-sealed.sqlite", copy)
    services = open_services(copy)
    try:
        verdict = services.register.verify("Groupement de coopération médico-sociale Les Tilleuls")
        assert verdict.intact and verdict.checked == 2 and verdict.unsealed == ()  # the PV and its erratum
    finally:
        services.close()


UNUSED_EVENT_COLUMNS = (("members", "left_event_id"), ("part_blocks", "released_event_id"),
                        ("administrators", "ended_event_id"))


def test_0004_file_upgrades_with_its_deliberations_stored_once_and_unchanged(tmp_path):
    """Schema 0005: the event columns never written (all NULL) are dropped without losing a row; the
    register still verifies; its deliberations, computed as before until a writing use case stores
    them, read back identical from the stored outcomes."""
    from gcsms_desktop.persistence.unit_of_work import UnitOfWork
    from gcsms_desktop.services.records import register_deliberations

    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0004-tilleuls-sealed.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        for table, column in UNUSED_EVENT_COLUMNS:
            assert connection.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} IS NOT NULL").fetchone() == (0,)
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        before = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    services = open_services(copy)
    try:
        with UnitOfWork(services.database) as uow:  # reading: computed as before 0005, nothing written
            computed = register_deliberations(uow, 1)
        with sqlite3.connect(copy) as connection:
            assert connection.execute("SELECT COUNT(*) FROM deliberation_outcomes").fetchone() == (0,)
        with UnitOfWork(services.database, write=True) as uow:  # the first writing use case stores them
            assert register_deliberations(uow, 1) == computed
            uow.commit()
        with UnitOfWork(services.database) as uow:
            stored = uow.assemblies.stored_outcomes(1)
            assert stored.pending == []
            assert register_deliberations(uow, 1) == computed
        verdict = services.register.verify(1)
        assert verdict.intact and verdict.checked == 2 and verdict.unsealed == ()
    finally:
        services.close()
    assert [(d.decided_on, d.number, d.matter.value if d.matter else None, d.adopted, d.unanimous, d.concerned_member)
            for d in computed] == [
        (date(2026, 12, 15), "2026-1", "2", True, True, None),
        (date(2026, 12, 15), "2026-2", "6", True, True, None),
        (date(2026, 12, 30), "2026-3", "2", True, True, None),
        (date(2026, 12, 30), "2026-4", "6", True, True, None)]
    with sqlite3.connect(copy) as connection:
        after = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        assert connection.execute("SELECT COUNT(*) FROM deliberation_outcomes").fetchone() == (4,)
        for table, column in UNUSED_EVENT_COLUMNS:
            assert column not in [c[1] for c in connection.execute(f"PRAGMA table_info({table})")]
    assert after == before


def test_0005_file_upgrades_with_the_model_regularisation_clause_and_no_requests(tmp_path):
    """Schema 0006: every convention stored before printed the model's 1 January clause (art. 9-1),
    so it keeps it and its droits do not move; no assembly was requested by members."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0005-tilleuls-vitre-outcomes.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        governance_rows = connection.execute("SELECT COUNT(*) FROM governance").fetchone()[0]
    services = open_services(copy)
    try:
        vitre = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
        for summary in services.groupements.list():
            assert services.groupements.get(summary.id).governance.january_regularisation is True
        standing = services.membership.history(vitre).standing(date(2027, 6, 1))
        assert all(r.total == sum(s.votes for s in standing.rights) for r in standing.rights)
        assert services.register.verify(1).intact
    finally:
        services.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT COUNT(*) FROM governance WHERE january_regularisation = 1"
                                  ).fetchone() == (governance_rows,)
        assert connection.execute("SELECT COUNT(*) FROM assembly_requesters").fetchone() == (0,)
        assert connection.execute("SELECT COUNT(*) FROM assemblies WHERE requested_on IS NOT NULL").fetchone() == (0,)


def test_0006_file_upgrades_to_head_with_no_cancelled_assembly(tmp_path):
    """Schema 0008: the assemblies of a 0006 file were never cancelled: every row is kept, each has no
    cancellation date and an empty reason, and its state is unchanged."""
    copy = tmp_path / "0006.sqlite"
    shutil.copy(FIXTURES / "0006-tilleuls-vitre.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        before = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        states = connection.execute("SELECT id, state FROM assemblies ORDER BY id").fetchall()
    services = open_services(copy)
    try:
        for summary in services.groupements.list():
            for assembly in services.assemblies.list(summary.id):
                record = services.assemblies.record(assembly.id)
                assert record.assembly.cancelled_on is None and record.assembly.cancellation_reason == ""
    finally:
        services.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        after = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        assert connection.execute("SELECT id, state FROM assemblies ORDER BY id").fetchall() == states
        assert connection.execute("SELECT COUNT(*) FROM assemblies WHERE cancelled_on IS NOT NULL "
                                  "OR cancellation_reason != ''").fetchone() == (0,)
    assert after == before and before["assemblies"] > 0


def test_0006_file_upgrades_with_no_correction_empty_contacts_and_no_amendment(tmp_path):
    """Schema 0007: members and groupements get an empty e-mail and phone, no correction exists, and the
    changes stored before are no amendment; every document of the old book prints as before."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0006-tilleuls-vitre.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        members = connection.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    services = open_services(copy)
    try:
        vitre = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
        history = services.membership.history(vitre)
        assert history.corrections == () and all(c.kind.value != "amendment" for c in history.changes)
        assert services.details.card(vitre, history.groupement.members[0].key).member.email == ""
        assert history.consolidated(date(2030, 1, 1)).article_texts == ()
    finally:
        services.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT COUNT(*) FROM members WHERE email = '' AND phone = ''").fetchone() == (
            members,)
        assert connection.execute("SELECT COUNT(*) FROM details_corrections").fetchone() == (0,)
        assert connection.execute("SELECT COUNT(*) FROM membership_changes WHERE amendment != ''").fetchone() == (0,)


def test_0006_file_upgrades_with_its_founding_administrateur_in_office_and_no_mandate(tmp_path):
    """Schema 0009: the administrateur's later mandates get their own table, empty; the founding
    administrateur (``administrators``) is untouched and read as the first mandate (art. 14)."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0006-tilleuls-vitre.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        founding = connection.execute("SELECT groupement_id, person_name, elected_on FROM administrators "
                                      "ORDER BY id").fetchall()
    assert founding
    services = open_services(copy)
    try:
        for groupement_id, person_name, elected_on in founding:
            history = services.membership.history(groupement_id)
            assert history.mandates == ()
            assert history.groupement.administrator is not None
            assert history.groupement.administrator.person_name == person_name
            first = history.administration.offices[0]
            assert first.person_name == person_name and first.mandate is None
            if elected_on:
                assert history.office(date.fromisoformat(elected_on)) == first
    finally:
        services.close()
    assert current_revision(make_engine(copy)) == head_revision()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT groupement_id, person_name, elected_on FROM administrators "
                                  "ORDER BY id").fetchall() == founding
        assert connection.execute("SELECT COUNT(*) FROM administrator_mandates").fetchone() == (0,)


def test_0006_file_upgrades_with_no_hours_no_debates_and_its_register_still_verifying(tmp_path):
    """Schema 0010: the assemblies of a 0006 file get empty opening and closing hours and every agenda
    point empty debates; no row is lost, and the PVs signed before keep their seals (the digest leaves
    out texts that were never written)."""
    copy = tmp_path / "0006.sqlite"
    shutil.copy(FIXTURES / "0006-tilleuls-vitre.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        before = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    services = open_services(copy)
    try:
        signed = 0
        for summary in services.groupements.list():
            for assembly in services.assemblies.list(summary.id):
                a = services.assemblies.record(assembly.id).assembly
                assert (a.opened_at, a.closed_at) == ("", "") and all(i.debates == "" for i in a.agenda)
                signed += a.register_first_page is not None
            verdict = services.register.verify(summary.id)
            assert verdict.intact, verdict.broken
    finally:
        services.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        after = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        assert connection.execute("SELECT COUNT(*) FROM agenda_items WHERE debates != ''").fetchone() == (0,)
    assert after == before and before["agenda_items"] > 0 and signed > 0
