"""The command line's today is the services' clock (``GCSMS_DESKTOP_TODAY``): no act dated after it is
imported, and a malformed value is a French sentence, never a traceback (domain.act_dates)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.cli.test_cli import run
from tests.conftest import EXAMPLES

TILLEULS_FILE = str(EXAMPLES / "tilleuls-17-parts.json")
VITRE_FILE = str(EXAMPLES / "pays-de-vitre-100-parts.json")


def test_import_refuses_a_convention_signed_after_today(tmp_path, capsys, monkeypatch):
    """R. 312-194-18: the Tilleuls' convention, signed on 22 November 2026, is not imported on 21 November."""
    db = str(tmp_path / "db.sqlite")
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-11-21")
    code, out, err = run(capsys, "--db", db, "import", TILLEULS_FILE)
    assert code == 2 and out == ""
    assert "Groupement refusé, rien n'a été enregistré :" in err
    assert ("dates.signature : La convention constitutive ne peut pas être signée le 22 novembre 2026 : cette date "
            "n'est pas encore arrivée (aujourd'hui : 21 novembre 2026).") in err
    assert run(capsys, "--db", db, "list")[1].strip() == "Aucun groupement dans cette base."
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-11-22")
    assert run(capsys, "--db", db, "import", TILLEULS_FILE)[0] == 0


def test_list_judges_the_legal_personality_on_the_clocks_today(tmp_path, capsys, monkeypatch):
    """R. 312-194-18: Vitré's approval order published on 30 October 2026 — a legal person « depuis » on
    25 November, « à compter du » on 29 October (a base read before that date, a demonstration)."""
    db = str(tmp_path / "db.sqlite")
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-11-25")
    assert run(capsys, "--db", db, "import", VITRE_FILE)[0] == 0
    assert "personne morale depuis le 30 octobre 2026" in run(capsys, "--db", db, "list")[1]
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-10-29")
    assert "personne morale à compter du 30 octobre 2026" in run(capsys, "--db", db, "list")[1]


def test_a_malformed_today_is_said_in_french_before_anything_is_done(tmp_path, capsys, monkeypatch):
    db = tmp_path / "db.sqlite"
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "demain")
    code, out, err = run(capsys, "--db", str(db), "import", VITRE_FILE)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.startswith("Erreur : La variable d'environnement GCSMS_DESKTOP_TODAY vaut « demain » : une date "
                          "AAAA-MM-JJ est attendue")
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2030-06-30")
    assert run(capsys, "--db", str(db), "list")[1].strip() == "Aucun groupement dans cette base."


def test_a_command_started_by_the_tests_inherits_their_today(tmp_path, capsys):
    """The suite's pinned today reaches a subprocess; a malformed one there too is a French error."""
    db = tmp_path / "db.sqlite"
    assert run(capsys, "--db", str(db), "import", VITRE_FILE)[0] == 0
    environment = dict(os.environ, GCSMS_DESKTOP_TODAY="2026-13-01")
    result = subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", str(db), "list"],
                            capture_output=True, text=True, timeout=60, env=environment)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "GCSMS_DESKTOP_TODAY vaut « 2026-13-01 » : cette date n'existe pas dans le calendrier" in result.stderr
    assert os.environ["GCSMS_DESKTOP_TODAY"] == "2030-06-30"
