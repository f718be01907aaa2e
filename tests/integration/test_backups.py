"""Backups with SQLite's online backup API: consistent while open, never over an older one,
rotated one a day, never half-written; restores keep a copy of what they replace.

A backup is interrupted by SIGKILL after a chosen number of page-copy steps through the test-only
hook ``GCSMS_TEST_KILL_AT=backup:N`` (gcsms_desktop/persistence/backups.py).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from gcsms_desktop.persistence import backups as persistence_backups
from gcsms_desktop.persistence.backups import KILL_POINT_VARIABLE, BackupFolder, copy_database
from gcsms_desktop.services.backups import restore
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import ServiceError
from tests.conftest import ROOT
from tests.integration.test_database_files import fingerprint, other_programs_file, rows

DENOMINATION = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"


@pytest.fixture
def base(tmp_path, example_text) -> Path:
    path = tmp_path / "gcsms.sqlite"
    services = open_services(path)
    services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    services.close()
    return path


def names(services) -> list[str]:  # noqa: ANN001
    return [g.denomination for g in services.groupements.list()]


def test_a_backup_is_taken_while_the_base_is_open_and_in_use(base, tmp_path, example_text):
    services = open_services(base)
    try:
        with services.database.engine.connect() as reader:  # a read transaction stays open meanwhile
            reader.exec_driver_sql("SELECT COUNT(*) FROM groupements").fetchone()
            assert reader.in_transaction()
            copy = services.backups.save_to(tmp_path / "copie.sqlite")
        services.groupements.import_json(example_text("tilleuls-17-parts"))
    finally:
        services.close()
    assert copy == tmp_path / "copie.sqlite"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backup = open_services(copy)
    try:
        assert names(backup) == [DENOMINATION]
    finally:
        backup.close()


def test_a_backup_never_overwrites_an_older_one(base, tmp_path):
    target = tmp_path / "copies" / "gcsms.sqlite"
    first = copy_database(base, target)
    second = copy_database(base, target)
    third = copy_database(base, target)
    assert (first.name, second.name, third.name) == ("gcsms.sqlite", "gcsms-2.sqlite", "gcsms-3.sqlite")
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")], "no temporary file left"


def test_saving_a_backup_refuses_an_existing_file_and_the_open_base(base, tmp_path):
    services = open_services(base)
    existing = tmp_path / "notes.txt"
    existing.write_text("mes notes")
    try:
        with pytest.raises(ServiceError, match="est la base de données ouverte"):
            services.backups.save_to(base)
        with pytest.raises(ServiceError, match="existe déjà"):
            services.backups.save_to(existing)
    finally:
        services.close()
    assert existing.read_text() == "mes notes"


def test_one_automatic_backup_a_day_and_the_last_ten_kept(base, tmp_path):
    folder = BackupFolder(tmp_path / "sauvegardes", base)
    start = datetime(2026, 1, 1, 9, 0, 0)
    assert folder.take_daily(base, start) is not None
    assert folder.take_daily(base, start + timedelta(hours=5)) is None, "one a day"
    for day in range(1, 14):
        folder.take_daily(base, start + timedelta(days=day))
    kept = folder.list()
    assert len(kept) == 10
    assert [b.taken_at.date() for b in kept] == [(start + timedelta(days=d)).date() for d in range(13, 3, -1)]


def test_the_backups_of_another_base_are_not_listed_or_rotated(base, tmp_path):
    folder = BackupFolder(tmp_path / "sauvegardes", base)
    other = BackupFolder(tmp_path / "sauvegardes", tmp_path / "autre.sqlite")
    other.take(base, datetime(2026, 1, 1))
    for day in range(12):
        folder.take(base, datetime(2026, 2, 1) + timedelta(days=day))
    folder.rotate()
    assert len(folder.list()) == 10 and len(other.list()) == 1


def test_a_backup_killed_midway_leaves_the_base_whole_and_no_backup_listed(tmp_path):
    """Several hundred pages, copied 256 at a time: the process dies after the second step."""
    path = tmp_path / "grande.sqlite"
    open_services(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE remplissage (donnees BLOB)")
        connection.executemany("INSERT INTO remplissage VALUES (randomblob(100000))", [()] * 40)
    before = fingerprint(path)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), KILL_POINT_VARIABLE: "backup:2"}
    killed = subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(path), "backup"],
                            env=environment, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9
    assert fingerprint(path) == before
    folder = BackupFolder(Path(os.environ["XDG_DATA_HOME"]) / "gcsms-desktop" / "sauvegardes", path)
    assert folder.list() == []
    partial = [p for p in folder.directory.iterdir()]
    assert partial and all(p.name.startswith(".partiel-") for p in partial), "only a hidden partial copy"
    finished = subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(path), "backup"],
                              env={**environment, KILL_POINT_VARIABLE: ""}, capture_output=True, text=True,
                              timeout=120)
    assert finished.returncode == 0, finished.stderr
    [backup] = folder.list()
    assert f"Sauvegarde enregistrée dans {backup.path}" in finished.stdout
    assert rows(backup.path) == rows(path)


def test_restoring_keeps_a_copy_of_the_replaced_base(base, tmp_path, example_text):
    services = open_services(base)
    backup = services.backups.take()
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    assert len(names(services)) == 2
    services.close()
    safety = restore(base, backup)
    services = open_services(base)
    try:
        assert names(services) == [DENOMINATION]
        assert safety and safety.exists() and safety in [b.path for b in services.backups.list()]
    finally:
        services.close()
    replaced = open_services(safety)
    try:
        assert len(names(replaced)) == 2
    finally:
        replaced.close()


def test_only_a_gcsms_backup_can_be_restored(base, tmp_path):
    photos = other_programs_file(tmp_path / "photos.sqlite")
    text = tmp_path / "notes.sqlite"
    text.write_text("pas une base")
    before = fingerprint(base)
    with pytest.raises(ServiceError, match="SQLite d'un autre programme|pas une sauvegarde GCSMS"):
        restore(base, photos)
    with pytest.raises(ServiceError, match="pas une sauvegarde GCSMS Desktop"):
        restore(base, text)
    with pytest.raises(ServiceError, match="n'existe pas"):
        restore(base, tmp_path / "absente.sqlite")
    assert fingerprint(base) == before


def test_a_damaged_base_can_be_restored(base, tmp_path):
    from tests.integration.test_database_files import damage

    services = open_services(base)
    backup = services.backups.take()
    services.close()
    damage(base)
    restore(base, backup)
    services = open_services(base)
    try:
        assert names(services) == [DENOMINATION]
    finally:
        services.close()


def test_an_older_backup_is_upgraded_when_restored(tmp_path):
    base = tmp_path / "gcsms.sqlite"
    open_services(base).close()
    old = ROOT / "tests" / "fixtures" / "databases" / "0001-tilleuls-vitre.sqlite"
    restore(base, old)
    services = open_services(base)
    try:
        assert len(names(services)) == 3
    finally:
        services.close()


def test_partial_copies_left_by_an_interrupted_backup_are_cleaned_up_later(base, tmp_path):
    folder = BackupFolder(tmp_path / "sauvegardes", base)
    folder.directory.mkdir()
    old, fresh = folder.directory / ".partiel-1-gcsms-a.sqlite", folder.directory / ".partiel-2-gcsms-b.sqlite"
    for path in (old, fresh):
        path.write_bytes(b"SQLite format 3\x00 ...")
    two_hours_ago = (datetime.now() - timedelta(hours=2)).timestamp()
    os.utime(old, (two_hours_ago, two_hours_ago))
    folder.take(base)
    assert not old.exists() and fresh.exists(), "a backup still running elsewhere is left alone"
    assert len(folder.list()) == 1


def test_a_base_another_program_is_writing_is_not_replaced(base, tmp_path, monkeypatch):
    """Python's backup() retries a locked base forever: the progress callback gives up instead."""
    monkeypatch.setattr(persistence_backups, "BUSY_TIMEOUT_SECONDS", 0.5)
    services = open_services(base)
    backup = services.backups.take()
    services.close()
    other = sqlite3.connect(base, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        before = fingerprint(base)
        with pytest.raises(ServiceError, match="utilisée par un autre programme"):
            restore(base, backup)
        assert fingerprint(base) == before
    finally:
        other.rollback()
        other.close()


def test_the_list_holds_the_copies_made_before_an_upgrade_too(tmp_path):
    import shutil

    path = tmp_path / "ancienne.sqlite"
    shutil.copy(ROOT / "tests" / "fixtures" / "databases" / "0001-tilleuls-vitre.sqlite", path)
    services = open_services(path)
    try:
        taken = services.backups.take()
        listed = [b.path for b in services.backups.list()]
        assert listed[0] == taken and listed[1] == services.database.backup_path
        assert listed[1].name.startswith("ancienne.avant-0001-")
    finally:
        services.close()


def test_two_bases_of_the_same_file_name_keep_their_backups_apart(tmp_path):
    """A gcsms.sqlite on a USB stick and the default gcsms.sqlite: restoring one never offers the other's."""
    from gcsms_desktop.services.context import open_services

    folder = tmp_path / "sauvegardes"
    stick, home = tmp_path / "cle" / "gcsms.sqlite", tmp_path / "maison" / "gcsms.sqlite"
    taken = {}
    for path in (stick, home):
        services = open_services(path, backups_dir=folder)
        try:
            taken[path] = services.backups.take_daily()
            assert [b.path for b in services.backups.list()] == [taken[path]]
        finally:
            services.close()
    stick_copy = taken[stick]
    assert stick_copy is not None and taken[stick] != taken[home] and stick_copy.name.startswith("gcsms-")
