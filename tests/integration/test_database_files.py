"""Opening database files: foreign and damaged files untouched, read-only bases, atomic upgrades.

Real files and real processes: an upgrade is interrupted by SIGKILL at a chosen statement through
the test-only hook ``GCSMS_TEST_KILL_AT`` (gcsms_desktop/persistence/backups.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gcsms_desktop.persistence import database as database_module
from gcsms_desktop.persistence.backups import KILL_POINT_VARIABLE
from gcsms_desktop.persistence.database import (
    DamagedDatabase, Database, DatabaseError, SCHEMA_HEAD, UpgradeFailed, upgrade_marker,
)
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import ServiceError
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "databases"


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def old_copy(tmp_path: Path, name: str = "0001-tilleuls-vitre.sqlite") -> Path:
    copy = tmp_path / "ancienne.sqlite"
    shutil.copy(FIXTURES / name, copy)
    return copy


def other_programs_file(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO photos (title) VALUES ('vacances')")
    return path


# --- files that are not ours ------------------------------------------------------------------


def test_another_programs_sqlite_file_is_refused_without_a_single_write(tmp_path):
    path = other_programs_file(tmp_path / "photos.sqlite")
    before = fingerprint(path)
    with pytest.raises(DatabaseError) as raised:
        Database(path)
    message = str(raised.value)
    assert f"« {path} »" in message and "SQLite d'un autre programme" in message and "pas été modifié" in message
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.sqlite"], "no journal, no backup, no marker"


def test_an_unknown_schema_revision_is_refused_untouched(tmp_path):
    path = old_copy(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="version plus récente de GCSMS Desktop \\(schéma 0099\\)"):
        Database(path)
    assert fingerprint(path) == before


def test_an_empty_sqlite_file_or_an_empty_file_becomes_a_new_base(tmp_path):
    empty = tmp_path / "vide.sqlite"
    empty.touch()
    sqlite3.connect(tmp_path / "sans-tables.sqlite").close()
    for path in (empty, tmp_path / "sans-tables.sqlite"):
        database = Database(path)
        database.close()
        assert revision(path) == SCHEMA_HEAD


def test_a_missing_file_is_created_only_when_allowed(tmp_path):
    with pytest.raises(DatabaseError, match="n'existe pas"):
        Database(tmp_path / "faute-de-frappe.sqlite", create=False)
    assert not (tmp_path / "faute-de-frappe.sqlite").exists()
    Database(tmp_path / "nouvelle.sqlite").close()
    assert revision(tmp_path / "nouvelle.sqlite") == SCHEMA_HEAD


# --- damaged files ----------------------------------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite the middle of the file (table pages), keeping the header readable."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8:offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_a_damaged_base_names_the_latest_backup_and_is_not_written(tmp_path, example_text):
    path = tmp_path / "gcsms.sqlite"
    services = open_services(path, backups_dir=tmp_path / "sauvegardes")
    services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    backup = services.backups.take()
    services.close()
    damage(path)
    before = fingerprint(path)
    with pytest.raises(DamagedDatabase) as raised:
        Database(path, backups_dir=tmp_path / "sauvegardes")
    message = str(raised.value)
    assert f"La base « {path} » est endommagée" in message and "n'a pas été modifiée" in message
    assert f"« {backup} »" in message and f"gcsms-desktop restore {backup}" in message
    assert raised.value.backup_path == backup
    assert fingerprint(path) == before


# --- read-only bases --------------------------------------------------------------------------


def test_a_read_only_base_opens_read_only_and_refuses_writes(tmp_path, example_text, monkeypatch):
    path = tmp_path / "gcsms.sqlite"
    services = open_services(path)
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    services.close()
    before = fingerprint(path)
    monkeypatch.setattr(database_module, "is_writable", lambda _path: False)  # root ignores chmod
    services = open_services(path)
    try:
        assert services.read_only
        assert [g.denomination for g in services.groupements.list()]
        with pytest.raises(ServiceError, match=f"La base « {path} » est en lecture seule"):
            services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
        with services.database.engine.connect() as connection, pytest.raises(Exception, match="readonly"):
            connection.exec_driver_sql("DELETE FROM groupements")  # SQLite itself refuses too (mode=ro)
    finally:
        services.close()
    assert fingerprint(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_write_protected_file_is_detected(tmp_path):
    path = tmp_path / "gcsms.sqlite"
    Database(path).close()
    path.chmod(0o444)
    database = Database(path)
    assert database.read_only
    database.close()


def test_a_read_only_base_that_needs_an_upgrade_is_refused_untouched(tmp_path, monkeypatch):
    path = old_copy(tmp_path)
    before = fingerprint(path)
    monkeypatch.setattr(database_module, "is_writable", lambda _path: False)
    with pytest.raises(DatabaseError, match="lecture seule et doit être mise à jour"):
        Database(path)
    assert fingerprint(path) == before


# --- upgrades ---------------------------------------------------------------------------------


def test_backups_before_upgrades_never_overwrite_each_other(tmp_path):
    """Reopening within the same second used to overwrite the only good copy."""
    path = old_copy(tmp_path)
    original = path.read_bytes()
    first = Database(path)
    first.close()
    shutil.copy(FIXTURES / "0001-tilleuls-vitre.sqlite", path)  # an old file again, same second
    second = Database(path)
    second.close()
    assert first.backup_path != second.backup_path
    assert first.backup_path is not None and second.backup_path is not None
    assert first.backup_path.exists() and second.backup_path.exists()
    assert first.backup_path.name.startswith("ancienne.avant-0001-")
    for backup in (first.backup_path, second.backup_path):
        assert revision(backup) == "0001"
        assert rows(backup) == rows(FIXTURES / "0001-tilleuls-vitre.sqlite")
    assert len(original) > 0


def test_a_failed_upgrade_is_rolled_back_whole_and_names_its_backup(tmp_path):
    path = old_copy(tmp_path)
    with sqlite3.connect(path) as connection:  # a table 0003 creates: its migration fails half-way
        connection.execute("CREATE TABLE membership_changes (id INTEGER PRIMARY KEY)")
    before_rows = rows(path)
    with pytest.raises(UpgradeFailed) as raised:
        Database(path)
    assert revision(path) == "0001", "0002 ran before the failure and was rolled back with it"
    assert rows(path) == before_rows and "assemblies" not in before_rows
    backup = raised.value.backup_path
    assert backup and backup.exists() and f"gcsms-desktop restore {backup}" in str(raised.value)
    assert "a échoué et a été annulée" in str(raised.value)
    assert not upgrade_marker(path).exists()


def upgrade_in_a_process(path: Path, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    if kill_at:
        environment[KILL_POINT_VARIABLE] = kill_at
    return subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(path), "list"],
                          env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("statement", [6, 16, 20, 28, 62, 151])
def test_an_upgrade_killed_midway_leaves_the_old_base_whole(tmp_path, statement):
    """Killed before statement N of the 0001 → head upgrade: 16 follows 0002's version stamp (a
    non-atomic upgrade left a half-upgraded base there), 20 is inside 0004, 28 begins 0005, 62 falls
    between 0005's dropping of the old ``members`` table and the renaming of its rebuilt copy, 151 is the
    last check before the commit, when every revision's stamp has been written."""
    path = old_copy(tmp_path)
    before = rows(path)
    killed = upgrade_in_a_process(path, f"upgrade:{statement}")
    assert killed.returncode == -9
    assert upgrade_marker(path).exists()
    assert revision(path) == "0001"  # SQLite rolls the hot journal back on this first read
    assert rows(path) == before
    database = Database(path)
    database.close()
    assert database.interrupted_upgrade is not None and database.interrupted_upgrade.exists()
    assert revision(path) == SCHEMA_HEAD and not upgrade_marker(path).exists()
    after = rows(path)
    assert {t: n for t, n in after.items() if t in before} == before


def test_the_cli_says_an_interrupted_upgrade_was_repaired(tmp_path):
    path = old_copy(tmp_path)
    assert upgrade_in_a_process(path, "upgrade:16").returncode == -9
    finished = upgrade_in_a_process(path)
    assert finished.returncode == 0 and "Les Tilleuls" in finished.stdout
    assert "mise à jour précédente de la base avait été interrompue" in finished.stderr
    assert "restée intacte" in finished.stderr


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: what a backup must hold, not just as many rows."""
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


OLDER_FIXTURES = [p for p in sorted(FIXTURES.glob("*.sqlite")) if revision(p) != SCHEMA_HEAD]


@pytest.mark.parametrize("fixture", OLDER_FIXTURES, ids=lambda p: p.name)
def test_the_backup_is_made_before_an_upgrade_and_holds_the_old_revision_and_rows(tmp_path, capsys, fixture):
    """The books are kept for years (art. R. 312-194-22 du CASF, the registre des délibérations; art. 7 and
    9 of the convention, the registre des parts): before the app changes an older file's schema it copies
    the file as it was (ARCHITECTURE.md, « the app upgrades the database at start-up after a backup copy »).
    Opened from the command line, a file of each earlier schema leaves beside it one backup that holds the
    old revision and every old row, named on stderr, while the base itself is now at the head revision."""
    from tests.cli.test_cli import run

    assert OLDER_FIXTURES, "at least one fixture is older than the schema head"
    path = tmp_path / "gcsms.sqlite"
    shutil.copy(fixture, path)
    old_revision, old_contents = revision(fixture), contents(fixture)
    code, out, err = run(capsys, "--db", str(path), "list")
    assert code == 0 and "Groupement" in out
    [backup] = [p for p in tmp_path.glob("*.sqlite") if p != path]
    assert backup.name.startswith(f"gcsms.avant-{old_revision}-") and backup.suffix == ".sqlite"
    assert f"Base mise à jour ; copie de l'ancienne version : {backup}." in err
    assert revision(backup) == old_revision and contents(backup) == old_contents
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert revision(path) == SCHEMA_HEAD
