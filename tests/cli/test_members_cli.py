"""« member » and « contact »: corrections without deliberation from the command line (art. 13-1 of the
model convention), read back from the convocation printed after them."""

from __future__ import annotations

import sqlite3

from tests.cli.test_bad_inputs import run
from tests.cli.test_whole_year_cli import ok, pdf_text
from tests.cli.year_of_life import PLACE, build_year
from tests.prepared import copy_of, shared_base

year_base = shared_base("year_base", build_year, "annee.sqlite")


def test_a_new_president_receives_the_next_convocation(year_base, tmp_path, capsys):
    db = copy_of(year_base, tmp_path)
    out = ok(capsys, db, "member", "correct", "1", "--member", "GLY", "--from", "2026-01-05",
             "--representative", "Yves Le Bris:président", "--substitute", "Nina Cadiou",
             "--address", "8 quai Duguay-Trouin, 35000 Rennes", "--email", "direction@glycines.fr")
    assert "Correction n° 1 enregistrée" in out and "représenté par Yves Le Bris (président)" in out
    card = ok(capsys, db, "member", "show", "1", "--member", "GLY", "--at", "2026-02-01")
    assert ("Représenté par Marie Le Goff (directrice) jusqu'au 4 janvier 2026, puis par Yves Le Bris "
            "(président).") in card
    assert "courriel : direction@glycines.fr" in card and "Suppléant : Nina Cadiou" in card
    ok(capsys, db, "assembly", "create", "1", "--date", "2026-03-20", "--place", PLACE,
       "--item", "comptes:Comptes 2025:L'assemblée générale approuve les comptes 2025.")
    ok(capsys, db, "assembly", "convene", "1", "--assembly", "2", "--on", "2026-03-02")
    letters = tmp_path / "convocations.pdf"
    ok(capsys, db, "print", "convocations", "1", "--assembly", "2", "-o", str(letters))
    first = pdf_text(letters).split("Objet")[0]
    assert "attention de Yves Le Bris" in first and "8 quai Duguay-Trouin" in first


def test_a_refused_correction_says_why_in_french_and_writes_nothing(year_base, tmp_path, capsys):
    db = copy_of(year_base, tmp_path)
    before = list(sqlite3.connect(db).iterdump())
    code, out, err = run(capsys, "--db", str(db), "member", "correct", "1", "--member", "GLY", "--from", "2025-06-01",
                         "--email", "pas-une-adresse")
    assert code == 2 and "Erreur" in err
    assert "19 juin 2025" in err and "n'est pas une adresse valable" in err
    code, _, err = run(capsys, "--db", str(db), "member", "correct", "1", "--member", "NOPE", "--from", "2026-01-05",
                       "--email", "a@b.fr")
    assert code == 2 and "Aucun membre « NOPE »" in err
    assert list(sqlite3.connect(db).iterdump()) == before


def test_the_groupements_contact_and_taking_a_correction_back(year_base, tmp_path, capsys):
    db = copy_of(year_base, tmp_path)
    ok(capsys, db, "contact", "1", "--from", "2026-01-05", "--email", "contact@tilleuls.fr",
       "--phone", "02 99 00 11 22")
    ok(capsys, db, "member", "correct", "1", "--member", "TYC", "--from", "2026-01-05", "--phone", "02 99 11 22 33")
    listed = ok(capsys, db, "member", "corrections", "1")
    assert "le groupement — courriel : contact@tilleuls.fr" in listed and "téléphone : 02 99 11 22 33" in listed
    assert "Correction n° 2 retirée" in ok(capsys, db, "member", "undo", "1", "--correction", "2")
    assert "02 99 11 22 33" not in ok(capsys, db, "member", "corrections", "1")
