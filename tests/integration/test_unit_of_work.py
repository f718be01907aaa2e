"""Every public use case opens exactly one unit of work (one transaction), reading or writing.

A use case split over several transactions can stop half-way (a crash, a full disk, another window)
and leave a half-made record; one that reads in one transaction and writes in another decides on
data that may have changed. The factory below is the real one, counted.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import TypeVar
from datetime import date
from pathlib import Path

import pytest

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.changes import Change, ChangeKind, Withdrawal
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.persistence.database import Database
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.assemblies import AssemblyService
from gcsms_desktop.services.drafts import DraftService
from gcsms_desktop.services.groupements import GroupementService
from gcsms_desktop.services.membership import MembershipService
from gcsms_desktop.services.printing import PrintingService
from gcsms_desktop.services.register import RegisterService
from tests.assembly_factories import SENT, agenda
from tests.factories import one_part_each_groupement

NAME = "Groupement de coopération sociale de 6 membres"
KEYS = [f"M{i:03d}" for i in range(1, 7)]
SERVICES = (AssemblyService, DraftService, GroupementService, MembershipService, PrintingService, RegisterService)


class CountingFactory:
    def __init__(self, database: Database) -> None:
        self.database, self.opened, self.writes = database, 0, 0

    def __call__(self, write: bool = False) -> UnitOfWork:
        self.opened += 1
        self.writes += write
        return UnitOfWork(self.database, write)


@pytest.fixture
def counted(tmp_path: Path):
    database = Database(tmp_path / "gcsms.sqlite")
    factory = CountingFactory(database)
    yield factory, {cls: cls(factory) for cls in SERVICES}
    database.close()


T = TypeVar("T")


def once(factory: CountingFactory, call: Callable[[], T], writes: bool) -> T:
    before, written = factory.opened, factory.writes
    result = call()
    assert factory.opened - before == 1, f"{call} opened {factory.opened - before} units of work"
    assert factory.writes - written == int(writes)
    return result


def test_each_use_case_is_one_transaction(counted):
    factory, s = counted
    g, a, m, p, r, d = (s[GroupementService], s[AssemblyService], s[MembershipService], s[PrintingService],
                        s[RegisterService], s[DraftService])
    gid = once(factory, lambda: g.create(one_part_each_groupement(6)), writes=True)
    for read in (g.list, lambda: g.get(NAME), lambda: g.resolve(NAME), lambda: g.export_json(gid)):
        once(factory, read, writes=False)
    aid = once(factory, lambda: a.prepare(gid, Assembly(date(2026, 12, 15), "Siège", agenda=agenda())), writes=True)
    once(factory, lambda: a.update_preparation(aid, Assembly(date(2026, 12, 15), "Siège", agenda=agenda())), True)
    once(factory, lambda: a.convene(aid, SENT), writes=True)
    lines = tuple(AttendanceLine(k, Presence.PRESENT, f"Représentant {k}") for k in KEYS)
    once(factory, lambda: a.record_attendance(aid, lines), writes=True)
    for number in (1, 2):
        once(factory, functools.partial(a.record_votes, aid, number, dict.fromkeys(KEYS, Choice.FOR)), writes=True)
    once(factory, lambda: a.set_officers(aid, "Mme Martin", "M. Durand", "Mme Petit"), writes=True)
    once(factory, lambda: a.close(aid), writes=True)
    once(factory, lambda: a.sign(aid, date(2026, 12, 20)), writes=True)
    once(factory, lambda: a.add_erratum(aid, "Lire « 14 h 30 ».", date(2026, 12, 21)), writes=True)
    for read in (lambda: a.list(gid), lambda: a.record(aid, gid), lambda: a.register_entries(gid),
                 lambda: a.signed_records(gid), lambda: r.verify(gid), lambda: p.register(gid),
                 lambda: p.extract(gid, "2026-1"), lambda: p.minutes(gid, aid), lambda: p.convention(gid),
                 lambda: m.history(gid), lambda: m.deadlines(gid, date(2027, 1, 1)),
                 lambda: m.deliberations(gid, ChangeKind.ADMISSION)):
        once(factory, read, writes=False)
    withdrawal = Change(date(2027, 3, 1), Withdrawal("M006"))
    once(factory, lambda: m.check(gid, withdrawal), writes=False)
    number = once(factory, lambda: m.record(gid, withdrawal), writes=True)
    once(factory, lambda: m.set_avenant_dates(gid, number, ApprovalDates(date(2027, 3, 2))), writes=True)
    draft = once(factory, lambda: d.save(None, {"denomination": "Brouillon"}), writes=True)
    once(factory, lambda: d.delete(draft), writes=True)


def test_services_never_call_another_service():
    """Shared steps are helpers taking the unit of work (services.records, services.register)."""
    for cls in SERVICES:
        source = inspect.getsource(sys.modules[cls.__module__])
        for other in ("self.groupements.", "self.assemblies.", "self.membership.", "self.printing."):
            assert other not in source, f"{cls.__name__} calls {other}"
