"""« gcsms-desktop migrate »: an older base brought to the newest schema after a backup copy, and an
up-to-date base left as it is — on real SQLite files written by earlier releases."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from gcsms_desktop.cli import main
from gcsms_desktop.persistence.database import SCHEMA_HEAD
from tests.conftest import EXAMPLES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "databases"
OLDER = "0003-vitre-changes.sqlite"  # written by release 0003, with members, parts and changes


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrate_upgrades_an_older_base_keeping_every_row_after_a_backup(tmp_path, capsys):
    base = tmp_path / "gcsms.sqlite"
    shutil.copy(FIXTURES / OLDER, base)
    before = row_counts(base)
    assert revision(base) == "0003" != SCHEMA_HEAD

    code, out, err = run(capsys, "--db", str(base), "migrate")

    assert code == 0 and err == ""
    (backup,) = tmp_path.glob("gcsms.avant-0003-*.sqlite")
    assert out == f"Base mise à jour de 0003 à {SCHEMA_HEAD}\u202f; copie de sauvegarde\u00a0: {backup}.\n"
    assert revision(base) == SCHEMA_HEAD
    after = row_counts(base)
    assert {table: after[table] for table in before} == before and sum(before.values()) > 0
    assert revision(backup) == "0003" and row_counts(backup) == before, "the copy is the base as it was"
    code, out, _ = run(capsys, "--db", str(base), "list")
    assert code == 0 and "Pays de Vitré" in out


def test_migrate_leaves_an_up_to_date_base_untouched(tmp_path, capsys):
    base = tmp_path / "gcsms.sqlite"
    assert run(capsys, "--db", str(base), "import", str(EXAMPLES / "tilleuls-17-parts.json"))[0] == 0
    unchanged = digest(base)

    code, out, err = run(capsys, "--db", str(base), "migrate")

    assert (code, out, err) == (0, f"Base déjà à jour (révision {SCHEMA_HEAD}).\n", "")
    assert digest(base) == unchanged and revision(base) == SCHEMA_HEAD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gcsms.sqlite"], "no copy made, nothing beside it"


def test_migrate_refuses_a_missing_base_and_creates_nothing(tmp_path, capsys, data_folder):
    missing = tmp_path / "faute-de-frappe.sqlite"
    code, out, err = run(capsys, "--db", str(missing), "migrate")
    assert code == 2 and out == ""
    assert f"La base « {missing} » n'existe pas" in err
    assert not missing.exists()


def test_migrate_without_db_refuses_a_missing_default_base(tmp_path, capsys, data_folder):
    code, _, err = run(capsys, "migrate")
    assert code == 2 and "n'existe pas" in err
    assert not (data_folder / "gcsms.sqlite").exists()
