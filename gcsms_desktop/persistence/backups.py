"""Backup copies of a database file with SQLite's online backup API.

Why not ``shutil.copy``: a copy taken while the application writes can mix two states of the
file; SQLite's backup API copies a consistent snapshot, even while the base is open. A copy is
written under a temporary name and only renamed when complete, so an interrupted backup never
looks like a backup; and a backup never replaces an older one (a counter is added instead).
"""

from __future__ import annotations

import builtins
import hashlib
import os
import re
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL_PREFIX = ".partiel-"
AUTOMATIC_KEEP = 10
PAGES_PER_STEP = 256
BUSY_TIMEOUT_SECONDS = 15.0  # as long as the application waits for another writer
# Test-only hook (documented in tests/integration/test_backups.py): "backup:N" or "upgrade:N"
# makes the process SIGKILL itself after N backup steps or N upgrade statements, so that a test
# can interrupt a real process at a known point. Unset in normal use; reading it costs nothing.
KILL_POINT_VARIABLE = "GCSMS_TEST_KILL_AT"


def kill_point(stage: str, count: int) -> None:
    """Kill this process at the point a test asked for (see ``KILL_POINT_VARIABLE``)."""
    wanted = os.environ.get(KILL_POINT_VARIABLE, "")
    if wanted == f"{stage}:{count}":
        os.kill(os.getpid(), signal.SIGKILL)


def is_sqlite_file(path: Path) -> bool:
    """True for an existing file that starts with SQLite's header (any SQLite base, ours or not)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def file_uri(path: Path, mode: str) -> str:
    """SQLite URI of ``path`` (spaces, ``#`` and ``?`` in folder names are escaped)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``…: the first that does not exist yet."""
    candidate, counter = path, 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}-{counter}{path.suffix}")
    return candidate


def _publish(temporary: Path, target: Path) -> Path:
    """Give the finished copy its name without ever replacing an existing file."""
    while True:
        target = unique_path(target)
        try:
            os.link(temporary, target)  # fails if ``target`` appeared meanwhile: never overwrites
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links (FAT USB sticks): rename instead
            os.rename(temporary, target)
            return target
        temporary.unlink()
        return target


def _progress() -> Callable[[int, int, int], None]:
    """The backup's progress callback: gives up on a base locked too long, hosts the test kill point.

    Python's ``backup()`` retries a locked source forever; raising here ends it with an error.
    """
    steps = iter(range(1, 1 << 62))
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")
        kill_point("backup", next(steps))

    return progress


def copy_database(source: Path | sqlite3.Connection, target: Path) -> Path:
    """Copy a consistent snapshot of ``source`` to ``target`` (or a free name beside it).

    ``source`` is a path (opened read-only) or an open connection (used as is). Returns the path
    written. The copy goes to a hidden temporary file first, removed if anything fails.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{PARTIAL_PREFIX}{os.getpid()}-{target.name}")
    temporary.unlink(missing_ok=True)
    owned = not isinstance(source, sqlite3.Connection)
    connection = (source if isinstance(source, sqlite3.Connection)
                  else sqlite3.connect(file_uri(source, "ro"), uri=True, timeout=BUSY_TIMEOUT_SECONDS))
    try:
        copy = sqlite3.connect(temporary)
        try:
            connection.backup(copy, pages=PAGES_PER_STEP, progress=_progress())
        finally:
            copy.close()
        return _publish(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if owned:
            connection.close()


def restore_database(backup: Path, target: Path) -> None:
    """Replace the content of ``target`` with ``backup``, page by page, in one SQLite transaction.

    The backup API writes through ``target``'s own journal: an interrupted restore leaves the
    previous content, never a mix.
    """
    source = sqlite3.connect(file_uri(backup, "ro"), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        destination = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            source.backup(destination, progress=_progress())
        finally:
            destination.close()
    finally:
        source.close()


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-\d+)?\.sqlite$")


class BackupFolder:
    """The automatic backups of one base in the data folder: ``<stem>-<place>-AAAA-MM-JJ-HHMMSS.sqlite``.

    ``<place>`` (six hex digits of the base's full path) keeps apart two bases of the same file name, a
    ``gcsms.sqlite`` on a USB stick and the default one: restoring one never offers the other's copies.
    """

    def __init__(self, directory: Path, database: Path, keep: int = AUTOMATIC_KEEP) -> None:
        self.directory = directory
        place = hashlib.sha256(str(database.expanduser().resolve()).encode()).hexdigest()[:6]
        self.stem = f"{database.stem}-{place}"
        self.keep = keep

    def list(self) -> list[Backup]:
        """This base's backups, newest first; a partial copy (hidden temporary name) is never listed."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in self.directory.iterdir():
            match = _NAME.match(path.name)
            if match and match["stem"] == self.stem and path.is_file():
                taken_at = datetime.strptime(match["stamp"], STAMP)
                found.append(Backup(path, taken_at, path.stat().st_size))
        return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns, b.path.name), reverse=True)

    def new_path(self, now: datetime | None = None) -> Path:
        return self.directory / f"{self.stem}-{(now or datetime.now()).strftime(STAMP)}.sqlite"

    def take(self, source: Path | sqlite3.Connection, now: datetime | None = None) -> Path:
        self._remove_stale_partials()
        return copy_database(source, self.new_path(now))

    def _remove_stale_partials(self, age: timedelta = timedelta(hours=1)) -> None:
        """Hidden partial copies an interrupted backup left (never listed): removed after an hour."""
        if not self.directory.is_dir():
            return
        limit = (datetime.now() - age).timestamp()
        for path in self.directory.glob(f"{PARTIAL_PREFIX}*"):
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)

    def daily_due(self, now: datetime | None = None) -> bool:
        """No automatic backup was taken today."""
        backups = self.list()
        return not (backups and backups[0].taken_at.date() == (now or datetime.now()).date())

    def take_daily(self, source: Path | sqlite3.Connection, now: datetime | None = None) -> Path | None:
        """One backup a day: taken if none is from today, then only the newest ``keep`` are kept."""
        now = now or datetime.now()
        if not self.daily_due(now):
            return None
        taken = self.take(source, now)
        self.rotate()
        return taken

    def rotate(self) -> builtins.list[Path]:
        removed = [b.path for b in self.list()[self.keep:]]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed


def pre_upgrade_backups(database: Path) -> list[Path]:
    """The copies made beside the base before a schema upgrade, newest first."""
    pattern = f"{database.stem}.avant-*{database.suffix}"
    return sorted(database.parent.glob(pattern), key=lambda p: p.stat().st_mtime_ns, reverse=True)


def latest_backup(database: Path, directory: Path | None) -> Path | None:
    """The newest backup of ``database`` found, automatic or made before an upgrade."""
    candidates = pre_upgrade_backups(database)
    if directory is not None:
        candidates += [b.path for b in BackupFolder(directory, database).list()]
    existing = [p for p in candidates if p.exists()]
    return max(existing, key=lambda p: p.stat().st_mtime_ns) if existing else None
