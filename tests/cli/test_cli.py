"""The command line on a real database file: round trip, clean French errors, nothing written."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest
from pypdf import PdfReader

from gcsms_desktop.cli import main
from tests.conftest import EXAMPLES


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def row_counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_import_print_export_import_round_trip(tmp_path, capsys):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    source = EXAMPLES / "pays-de-vitre-100-parts.json"
    code, out, _ = run(capsys, "--db", str(first), "import", str(source))
    assert code == 0 and "importé sous le numéro 1" in out
    code, out, _ = run(capsys, "--db", str(first), "list")
    assert "Pays de Vitré" in out and "3 membres" in out and "signée le 1er septembre 2026" in out
    assert "personne morale depuis le 30 octobre 2026" in out  # R. 312-194-18: the order's publication
    pdf = tmp_path / "convention.pdf"
    assert run(capsys, "--db", str(first), "print", "convention", "1", "-o", str(pdf))[0] == 0
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Centre hospitalier de Vitré" in text and "01 à 26" in text
    exported = tmp_path / "export.json"
    name = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
    assert run(capsys, "--db", str(first), "export", name, "-o", str(exported))[0] == 0
    assert json.loads(exported.read_text()) == json.loads(source.read_text())
    assert run(capsys, "--db", str(second), "import", str(exported))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "--db", str(second), "export", "1", "-o", str(again))[0] == 0
    assert again.read_text() == exported.read_text()


@pytest.mark.parametrize("content, expected", [
    ("{ pas du json", "JSON illisible"),
    ('{"format": "autre", "version": 1, "groupement": {}}', "n'est pas un groupement GCSMS Desktop"),
    ('{"format": "gcsms-desktop/groupement", "version": 9, "groupement": {}}', "version 9 non prise en charge"),
])
def test_unreadable_files_are_refused(tmp_path, capsys, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    code, out, err = run(capsys, "--db", str(tmp_path / "db.sqlite"), "import", str(bad))
    assert code == 2 and expected in err and "Traceback" not in err


def test_a_wrong_field_is_named_and_the_database_is_unchanged(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    run(capsys, "--db", str(db), "import", str(EXAMPLES / "tilleuls-17-parts.json"))
    before = row_counts(db)
    data = json.loads((EXAMPLES / "pays-de-vitre-100-parts.json").read_text())
    data["groupement"]["members"][1]["sector"] = "semi-public"
    data["groupement"]["capital"]["parts"][0]["first"] = "un"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    code, _, err = run(capsys, "--db", str(db), "import", str(bad))
    assert code == 2
    assert "groupement.members[1].sector : valeur « semi-public » inconnue" in err
    assert "groupement.capital.parts[0].first : un nombre entier est attendu" in err
    assert row_counts(db) == before


def test_a_rule_broken_is_explained_with_its_article_and_nothing_is_written(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    data = json.loads((EXAMPLES / "fougeres-sans-capital.json").read_text())
    data["groupement"]["governance"]["proxies_allowed"] = True
    data["groupement"]["members"][0]["contribution_share"] = "50"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    code, _, err = run(capsys, "--db", str(db), "import", str(bad))
    assert code == 2
    assert "R. 312-194-20" in err and "totalisent 90" in err
    code, out, _ = run(capsys, "--db", str(db), "list")
    assert "Aucun groupement" in out


def test_print_to_an_impossible_place_fails_cleanly(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    run(capsys, "--db", str(db), "import", str(EXAMPLES / "tilleuls-17-parts.json"))
    code, _, err = run(capsys, "--db", str(db), "print", "convention", "1", "-o", str(tmp_path / "absent" / "x.pdf"))
    assert code == 2 and "Erreur" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", str(db), "print", "convention", "Inconnu", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "Aucun groupement « Inconnu »" in err
    assert not (tmp_path / "x.pdf").exists()


def test_check_lists_problems_without_saving(tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "db.sqlite"), "check", str(EXAMPLES / "tilleuls-17-parts.json"))
    assert code == 0 and "Aucune erreur." in out


def test_usage_errors_are_in_french(tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(tmp_path / "db.sqlite"), "print"])
    assert raised.value.code == 2
    assert "arguments obligatoires manquants" in capsys.readouterr().err


def test_installed_entry_point_runs(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    run(capsys, "--db", str(db), "import", str(EXAMPLES / "fougeres-sans-capital.json"))
    result = subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(db), "list"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Groupement de coopération sociale de Fougères" in result.stdout


def test_a_mistyped_database_path_is_not_created_as_an_empty_base(tmp_path, capsys):
    missing = tmp_path / "gcsms-typo.sqlite"
    code, out, err = run(capsys, "--db", str(missing), "list")
    assert code == 2 and f"La base « {missing} » n'existe pas" in err and out == ""
    assert not missing.exists()


def test_a_file_that_is_not_a_database_is_explained_without_sql(tmp_path, capsys):
    junk = tmp_path / "notes.sqlite"
    junk.write_text("ceci n'est pas une base")
    code, _, err = run(capsys, "--db", str(junk), "list")
    assert code == 2 and "n'est pas une base GCSMS Desktop" in err
    assert "SQL" not in err and "http" not in err


def test_no_display_gives_a_french_message_not_a_crash(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(tmp_path / "db.sqlite")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2 and "Aucun écran graphique" in result.stderr
