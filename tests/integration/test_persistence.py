"""Services on a real SQLite file: what is saved is what is read back, in one transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import AlreadyExists, NotFound
from tests.factories import hundred_parts_groupement, seventeen_parts_groupement, without_capital_groupement


@pytest.mark.parametrize("factory", [seventeen_parts_groupement, hundred_parts_groupement, without_capital_groupement])
def test_groupement_survives_closing_and_reopening_the_file(db_path, factory):
    original = factory()
    first = open_services(db_path)
    groupement_id = first.groupements.create(original)
    first.close()
    reopened = open_services(db_path)
    try:
        assert reopened.groupements.get(groupement_id) == original
        assert reopened.groupements.get(original.denomination.upper()) == original
        assert [s.denomination for s in reopened.groupements.list()] == [original.denomination]
    finally:
        reopened.close()


def test_creation_is_recorded_as_a_dated_constitution_event(services, db_path):
    services.groupements.create(seventeen_parts_groupement())
    with sqlite3.connect(db_path) as connection:
        events = connection.execute("SELECT kind, event_date FROM convention_events").fetchall()
        members = connection.execute("SELECT COUNT(*) FROM members WHERE joined_event_id IS NOT NULL").fetchone()
        parts = connection.execute("SELECT MIN(first), MAX(last) FROM part_blocks").fetchone()
    assert events == [("constitution", "2026-11-22")]
    assert members == (17,)
    assert parts == (1, 17)


def test_invalid_groupement_is_refused_and_nothing_is_written(services, db_path):
    bad = replace(seventeen_parts_groupement(), denomination="GCSMS sans mention")
    with pytest.raises(InvalidGroupement) as raised:
        services.groupements.create(bad)
    assert "R. 312-194-17" in str(raised.value)
    assert services.groupements.list() == []


def test_same_denomination_twice_is_refused(services):
    services.groupements.create(seventeen_parts_groupement())
    with pytest.raises(AlreadyExists):
        services.groupements.create(seventeen_parts_groupement())
    assert len(services.groupements.list()) == 1


def test_unknown_reference_says_how_to_find_one(services):
    with pytest.raises(NotFound, match="gcsms-desktop list"):
        services.groupements.get("Inconnu")


def test_foreign_keys_are_enforced(services):
    with services.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_drafts_keep_incomplete_input_until_deleted(services):
    draft_id = services.drafts.save(None, {"denomination": "Groupement de coopération sociale en cours", "members": []})
    assert services.drafts.load(draft_id)["denomination"] == "Groupement de coopération sociale en cours"
    services.drafts.save(draft_id, {"denomination": "Nouveau nom"})
    assert [d.title for d in services.drafts.list()] == ["Nouveau nom"]
    services.drafts.delete(draft_id)
    assert services.drafts.list() == []
