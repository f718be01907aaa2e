"""Deleting and cancelling from the command line: the same services, French messages, exit 2 and
nothing written on a refusal (domain.deletions)."""

from __future__ import annotations

import hashlib
import shutil

from pypdf import PdfReader

from tests.cli.test_cli import run
from tests.cli.test_whole_year_cli import plain
from tests.integration.test_assemblies import TILLEULS
from tests.membership_factories import VITRE


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cancel_print_the_letters_then_uncancel(signed_tilleuls_copy, tmp_path, capsys):
    """Assembly 2 of the signed Tilleuls is convened for 30 December 2026 (sent 15 December)."""
    db = str(signed_tilleuls_copy)
    code, out, err = run(capsys, "--db", db, "assembly", "cancel", TILLEULS, "--assembly", "2", "--on", "2026-12-20",
                         "--reason", "Salle indisponible")
    assert (code, err) == (0, "")
    assert "Assemblée 2 du 30 décembre 2026 annulée le 20 décembre 2026" in plain(out)
    code, out, _err = run(capsys, "--db", db, "assembly", "list", TILLEULS)
    assert "annulée" in out
    letters = tmp_path / "annulation.pdf"
    code, out, err = run(capsys, "--db", db, "print", "cancellation", TILLEULS, "--assembly", "2", "-o", str(letters))
    assert (code, err) == (0, "") and "Lettres d'annulation enregistrées" in out
    text = plain(PdfReader(letters).pages[0].extract_text())
    assert "Motif de l'annulation : Salle indisponible" in text
    code, out, err = run(capsys, "--db", db, "assembly", "uncancel", TILLEULS, "--assembly", "2")
    assert (code, err) == (0, "") and "de nouveau convoquée" in plain(out)


def test_refusals_exit_2_in_french_and_write_nothing(signed_tilleuls_copy, tmp_path, capsys):
    db = str(signed_tilleuls_copy)
    before = _digest(signed_tilleuls_copy)
    refusals = [
        (["assembly", "delete", TILLEULS, "--assembly", "1"], "registre coté et paraphé"),
        (["assembly", "delete", TILLEULS, "--assembly", "2"], "elle s'annule"),
        (["assembly", "cancel", TILLEULS, "--assembly", "2", "--on", "2027-01-05"], "se clôt"),
        (["assembly", "uncancel", TILLEULS, "--assembly", "2"], "Seule une assemblée annulée"),
        (["delete", TILLEULS, "--yes"], "ne peut pas être supprimé : 1 assemblée tenue"),
    ]
    for args, message in refusals:
        code, out, err = run(capsys, "--db", db, *args)
        assert (code, out) == (2, ""), args
        assert message in plain(err), (args, err)
    code, _out, err = run(capsys, "--db", db, "print", "cancellation", TILLEULS, "--assembly", "2",
                          "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "Seule une assemblée annulée" in err and not (tmp_path / "x.pdf").exists()
    assert _digest(signed_tilleuls_copy) == before


def test_delete_a_draft_assembly(signed_tilleuls_copy, capsys):
    db = str(signed_tilleuls_copy)
    code, out, _err = run(capsys, "--db", db, "assembly", "create", TILLEULS, "--date", "2027-03-15",
                          "--place", "Siège", "--item", "budget:Budget 2027:L'assemblée adopte le budget.")
    assert code == 0
    code, out, err = run(capsys, "--db", db, "assembly", "delete", TILLEULS, "--assembly", "3")
    assert (code, err) == (0, "") and "Assemblée 3 du 15 mars 2027 supprimée" in plain(out)
    _code, out, _err = run(capsys, "--db", db, "assembly", "list", TILLEULS)
    assert "15 mars 2027" not in plain(out)


def test_change_delete_the_last_then_refuse_a_signed_avenant(vitre_history_base, tmp_path, capsys):
    copy = tmp_path / "vitre.sqlite"
    shutil.copy(vitre_history_base, copy)
    db = str(copy)
    code, out, err = run(capsys, "--db", db, "change", "delete", VITRE, "--change", "3")
    assert (code, err) == (0, "")
    assert "Changement n° 3 (retrait du 1 septembre 2027) supprimé" in plain(out).replace("1er", "1")
    before = _digest(copy)
    code, out, err = run(capsys, "--db", db, "change", "delete", VITRE, "--change", "1")
    assert (code, out) == (2, "") and "l'avenant est signé" in plain(err)
    assert _digest(copy) == before


def test_delete_a_groupement_asks_for_yes_first(tilleuls_base, tmp_path, capsys):
    copy = tmp_path / "base.sqlite"
    shutil.copy(tilleuls_base, copy)
    db = str(copy)
    before = _digest(copy)
    code, out, err = run(capsys, "--db", db, "delete", TILLEULS)
    assert (code, out) == (2, "")
    assert "effacerait" in err and "17 membres" in plain(err) and "--yes" in err
    assert _digest(copy) == before
    code, out, err = run(capsys, "--db", db, "delete", TILLEULS, "--yes")
    assert (code, err) == (0, "") and "supprimé" in out
    _code, out, _err = run(capsys, "--db", db, "list")
    assert TILLEULS not in out
