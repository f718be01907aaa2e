"""The situation read once per version of a groupement (services.read_cache) is never served stale:
a change recorded here, its avenant dates, or a write from another window are seen at the next read."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.services.context import open_services
from tests.integration.test_membership import (  # noqa: F401 - fixtures
    PUBLISHED, VITRE, admit_d, vitre, vitre_after_the_vote,
)

LATER = date(2027, 3, 1)


def test_a_standing_read_again_is_the_same_object_until_something_is_written(vitre):  # noqa: F811
    assert vitre.membership.standing(VITRE, LATER) is vitre.membership.standing(VITRE, LATER)


def test_read_write_read_gives_the_new_situation(vitre):  # noqa: F811
    assert vitre.membership.standing(VITRE, LATER).keys == ["A", "B", "C"]
    number = admit_d(vitre)
    assert vitre.membership.history(VITRE).change(number) is not None
    assert vitre.membership.standing(VITRE, LATER).keys == ["A", "B", "C"]  # avenant not yet published
    vitre.membership.set_avenant_dates(VITRE, number, PUBLISHED)
    assert vitre.membership.standing(VITRE, LATER).keys == ["A", "B", "C", "D"]
    assert [m.key for m in vitre.groupements.get(VITRE).members] == ["A", "B", "C"]  # the convention's founders


def test_a_write_from_another_window_is_seen(vitre, db_path):  # noqa: F811
    assert vitre.membership.standing(VITRE, LATER).keys == ["A", "B", "C"]
    other = open_services(db_path)
    try:
        other.membership.set_avenant_dates(VITRE, admit_d(other), PUBLISHED)
    finally:
        other.close()
    assert vitre.membership.standing(VITRE, LATER).keys == ["A", "B", "C", "D"]
    assert any(c.new_member and c.new_member.key == "D" for c in vitre.membership.history(VITRE).changes)


def test_the_register_lists_a_deliberation_once_its_assembly_is_closed(vitre):  # noqa: F811
    from tests.assembly_factories import attend, convened, held, vote_all
    from gcsms_desktop.domain.changes import ChangeKind

    before = [d.number for d in vitre.membership.deliberations(VITRE, ChangeKind.ADMISSION)]
    assembly_id = convened(vitre, VITRE, date(2027, 6, 15), date(2027, 5, 20))
    attend(vitre, assembly_id, ["A", "B", "C"])
    vote_all(vitre, assembly_id)
    assert [d.number for d in vitre.membership.deliberations(VITRE, ChangeKind.ADMISSION)] == before
    held(vitre, assembly_id)
    after = [d.number for d in vitre.membership.deliberations(VITRE, ChangeKind.ADMISSION)]
    assert len(after) > len(before) and after[:len(before)] == before


def test_a_row_edited_by_another_program_is_seen(vitre, db_path):  # noqa: F811
    import sqlite3

    assert [b.member_key for b in vitre.membership.standing(VITRE, LATER).blocks if b.first == 1] == ["A"]
    with sqlite3.connect(db_path) as connection:  # parts 01–26 given to B behind the app's back
        b = connection.execute("SELECT id FROM members WHERE key = 'B'").fetchone()[0]
        connection.execute("UPDATE part_blocks SET member_id = ? WHERE first = 1", (b,))
    assert [b.member_key for b in vitre.membership.standing(VITRE, LATER).blocks if b.first == 1] == ["B"]
