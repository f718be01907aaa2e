"""The command line and the user's files: ``-o`` never destroys a base, permissions follow the umask,
``backup`` and ``restore``, read-only bases, a missing ``--db``."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from gcsms_desktop.persistence import database as database_module
from tests.cli.test_cli import run
from tests.conftest import EXAMPLES
from tests.integration.test_database_files import fingerprint, other_programs_file, rows


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "gcsms.sqlite"
    assert run(capsys, "--db", str(path), "import", str(EXAMPLES / "tilleuls-17-parts.json"))[0] == 0
    return path


@pytest.mark.parametrize("command", [["export", "1"], ["print", "convention", "1"]])
def test_output_over_the_open_database_is_refused(db, capsys, command):
    before = fingerprint(db)
    code, _, err = run(capsys, "--db", str(db), *command, "-o", str(db), "--force")
    assert code == 2 and f"« {db} » est la base de données ouverte" in err
    assert fingerprint(db) == before


def test_output_over_the_open_database_by_another_name_is_refused(db, capsys, tmp_path):
    link = tmp_path / "lien.json"
    link.symlink_to(db)
    before = fingerprint(db)
    code, _, err = run(capsys, "--db", str(db), "export", "1", "-o", str(link), "--force")
    assert code == 2 and "est la base de données ouverte" in err
    assert fingerprint(db) == before


@pytest.mark.parametrize("command", [["export", "1"], ["print", "convention", "1"]])
def test_output_over_any_sqlite_file_is_refused_even_with_force(db, capsys, tmp_path, command):
    photos = other_programs_file(tmp_path / "photos.db")
    before = fingerprint(photos)
    code, _, err = run(capsys, "--db", str(db), *command, "-o", str(photos), "--force")
    assert code == 2 and f"« {photos} » est une base de données SQLite" in err
    assert fingerprint(photos) == before


def test_an_existing_file_is_replaced_only_with_force(db, capsys, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("ancien")
    code, _, err = run(capsys, "--db", str(db), "export", "1", "-o", str(target))
    assert code == 2 and f"Le fichier « {target} » existe déjà" in err and "--force" in err
    assert target.read_text() == "ancien"
    assert run(capsys, "--db", str(db), "export", "1", "-o", str(target), "--force")[0] == 0
    assert "Les Tilleuls" in target.read_text()


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_output_files_follow_the_umask(db, capsys, tmp_path, umask, expected):
    previous = os.umask(umask)
    try:
        assert run(capsys, "--db", str(db), "export", "1", "-o", str(tmp_path / "e.json"))[0] == 0
        assert run(capsys, "--db", str(db), "print", "convention", "1", "-o", str(tmp_path / "c.pdf"))[0] == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "e.json").stat().st_mode) == expected
    assert stat.S_IMODE((tmp_path / "c.pdf").stat().st_mode) == expected


def test_a_replaced_file_keeps_its_permissions(db, capsys, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("ancien")
    target.chmod(0o640)
    assert run(capsys, "--db", str(db), "export", "1", "-o", str(target), "--force")[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_backup_to_a_chosen_file_and_to_the_data_folder(db, capsys, tmp_path, data_folder):
    chosen = tmp_path / "copie.sqlite"
    code, out, _ = run(capsys, "--db", str(db), "backup", "-o", str(chosen))
    assert code == 0 and f"Sauvegarde enregistrée dans {chosen}." in out
    assert rows(chosen) == rows(db)
    code, _, err = run(capsys, "--db", str(db), "backup", "-o", str(chosen))
    assert code == 2 and f"« {chosen} » est une base de données SQLite : elle n'a pas été remplacée" in err
    code, out, _ = run(capsys, "--db", str(db), "backup")
    [made] = list((data_folder / "sauvegardes").glob("gcsms-*.sqlite"))
    assert code == 0 and str(made) in out


def test_restore_asks_for_force_then_replaces_and_keeps_the_old_base(db, capsys, tmp_path, data_folder):
    copy = tmp_path / "copie.sqlite"
    run(capsys, "--db", str(db), "backup", "-o", str(copy))
    run(capsys, "--db", str(db), "import", str(EXAMPLES / "pays-de-vitre-100-parts.json"))
    before = fingerprint(db)
    code, _, err = run(capsys, "--db", str(db), "restore", str(copy))
    assert code == 2 and f"La base « {db} » sera remplacée par la sauvegarde « {copy} »" in err
    assert "--force" in err and fingerprint(db) == before
    code, out, err = run(capsys, "--db", str(db), "restore", str(copy), "--force")
    assert code == 0, err
    assert f"Base « {db} » restaurée depuis « {copy} »" in out and "La base remplacée a été gardée dans" in out
    code, out, _ = run(capsys, "--db", str(db), "list")
    assert "Les Tilleuls" in out and "Pays de Vitré" not in out
    kept = list((data_folder / "sauvegardes").glob("gcsms-*.sqlite"))
    assert len(kept) == 1 and len(rows(kept[0])) == len(rows(db))


def test_restoring_another_programs_file_is_refused(db, capsys, tmp_path):
    photos = other_programs_file(tmp_path / "photos.sqlite")
    before = fingerprint(db)
    code, _, err = run(capsys, "--db", str(db), "restore", str(photos), "--force")
    assert code == 2 and "Erreur" in err and "Traceback" not in err
    assert fingerprint(db) == before


def test_writing_commands_are_refused_on_a_read_only_base(db, capsys, monkeypatch):
    monkeypatch.setattr(database_module, "is_writable", lambda _path: False)  # root ignores chmod
    before = fingerprint(db)
    code, _, err = run(capsys, "--db", str(db), "import", str(EXAMPLES / "pays-de-vitre-100-parts.json"))
    assert code == 2 and f"La base « {db} » est en lecture seule" in err
    code, out, _ = run(capsys, "--db", str(db), "list")
    assert code == 0 and "Les Tilleuls" in out
    assert fingerprint(db) == before


def test_another_programs_sqlite_file_given_as_db_is_untouched(capsys, tmp_path):
    photos = other_programs_file(tmp_path / "photos.sqlite")
    before = fingerprint(photos)
    for command in (["list"], ["import", str(EXAMPLES / "tilleuls-17-parts.json")]):
        code, _, err = run(capsys, "--db", str(photos), *command)
        assert code == 2 and "SQLite d'un autre programme" in err
    assert fingerprint(photos) == before


def test_a_failed_upgrade_says_so_and_gives_the_restore_command(capsys, tmp_path):
    import shutil
    import sqlite3

    from tests.integration.test_database_files import FIXTURES

    path = tmp_path / "ancienne.sqlite"
    shutil.copy(FIXTURES / "0001-tilleuls-vitre.sqlite", path)
    with sqlite3.connect(path) as connection:  # a table a later revision creates: the upgrade fails
        connection.execute("CREATE TABLE membership_changes (id INTEGER PRIMARY KEY)")
    before = rows(path)
    code, _, err = run(capsys, "--db", str(path), "list")
    assert code == 2 and f"La mise à jour de la base « {path} » a échoué et a été annulée" in err
    [backup] = tmp_path.glob("ancienne.avant-0001-*.sqlite")
    assert f"gcsms-desktop restore {backup}" in err
    assert rows(path) == before
