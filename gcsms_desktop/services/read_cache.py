"""What reads share between use cases on one open base: a groupement's history (and through it each
date's standing), its members ever, and the register's seal digests. (The deliberations of closed
assemblies need no cache: they are stored when each assembly is closed, schema 0005.)

Loading a groupement of 10 000 members takes seconds; selecting it, changing the « Situation au » date
or opening a wizard used to load it again each time. Each entry is kept with the groupement's stamp
(version, number and last id of its changes, read in the use case's own transaction with one
statement: this app's writes move it) and SQLite's count of the commits other connections made
(another window or program, a row edited by hand): whatever wrote, a stale entry is never served. The
cache belongs to one ``Database`` object: opening or restoring a base starts an empty one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.members import Member
from gcsms_desktop.persistence.database import Database
from gcsms_desktop.persistence.unit_of_work import UnitOfWork

Stamp = tuple[object, ...]
T = TypeVar("T")

_CACHES: WeakKeyDictionary[Database, ReadCache] = WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def read_cache(uow: UnitOfWork) -> ReadCache:
    with _CACHES_LOCK:
        cache = _CACHES.get(uow.database)
        if cache is None:
            cache = _CACHES[uow.database] = ReadCache()
        return cache


class ReadCache:
    """Entries per groupement id, each with the stamp it was read at; a worker thread may read too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._histories: dict[int, tuple[Stamp, History]] = {}
        self._members: dict[int, tuple[Stamp, tuple[Member, ...]]] = {}
        self._digests: dict[tuple[int, int], tuple[str, int, str]] = {}
        self._digests_stamp: tuple[object, ...] = ()

    def forget(self, groupement_id: int) -> None:
        """A deleted groupement: its id may be given again to another one, whose stamp could be equal."""
        with self._lock:
            self._histories.pop(groupement_id, None)
            self._members.pop(groupement_id, None)

    def history(self, uow: UnitOfWork, groupement_id: int) -> History:
        return self._stamped(self._histories, uow, groupement_id, lambda: History(
            uow.groupements.get(groupement_id), uow.changes.list(groupement_id),
            corrections=uow.details.list(groupement_id), mandates=uow.mandates.list(groupement_id)))

    def members_ever(self, uow: UnitOfWork, groupement_id: int) -> tuple[Member, ...]:
        return self._stamped(self._members, uow, groupement_id, lambda: uow.groupements.members_ever(groupement_id))

    def _stamped(self, entries: dict[int, tuple[Stamp, T]], uow: UnitOfWork, groupement_id: int,
                 load: Callable[[], T]) -> T:
        stamp = uow.groupements.stamp(groupement_id) + uow.others_commits()
        with self._lock:
            kept = entries.get(groupement_id)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        value = load()
        with self._lock:
            entries[groupement_id] = (stamp, value)
        return value

    def digests(self, uow: UnitOfWork) -> dict[tuple[int, int], tuple[str, int, str]]:
        """The register's entry digests computed by reads (assembly id, entry → date, pages, digest),
        emptied as soon as another connection committed: only another program could alter a signed
        entry. The caller fills it in."""
        stamp = uow.others_commits()
        with self._lock:
            if stamp != self._digests_stamp:
                self._digests, self._digests_stamp = {}, stamp
            return self._digests
