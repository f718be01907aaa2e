"""Assembly and change commands refused: a French sentence on stderr, exit code 2, no traceback, and the
base left exactly as it was (R. 312-194-20 to -22, art. 7, 8, 13, 21 — the domain's reasons, printed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gcsms_desktop.cli import main
from tests.cli.test_whole_year_cli import plain
from tests.cli.year_of_life import PLACE, build_year, run
from tests.prepared import copy_of, shared_base


def build_year_and_two_assemblies(path: Path) -> None:
    """The shipped year (assembly 1 signed, avenant 1 published), then assembly 2 in preparation for
    16 April 2026 and assembly 3 of 21 May 2026 convened, everyone present, no vote yet."""
    build_year(path)
    item = "comptes:Approbation des comptes 2025:L'assemblée générale approuve les comptes de l'exercice 2025."
    run(path, "assembly", "create", "1", "--date", "2026-04-16", "--place", PLACE, "--item", item)
    run(path, "assembly", "create", "1", "--date", "2026-05-21", "--place", PLACE, "--item", item,
        "--item", "6:Admission de l'association Le Phare:L'assemblée générale admet l'association Le Phare.")
    run(path, "assembly", "convene", "1", "--assembly", "3", "--on", "2026-05-04")
    run(path, "assembly", "attendance", "1", "--assembly", "3", "--all-present")


year_base = shared_base("year_base", build_year_and_two_assemblies, "annee.sqlite")


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def refused(capsys, db: Path, *args: str) -> str:
    """Runs the command, which must fail as a user's error: exit 2, French on stderr, nothing written."""
    before = dump(db)
    code: int | str | None
    try:
        code = main(["--db", str(db), *args])
    except SystemExit as usage:  # argparse's own refusals
        code = usage.code
    out, err = capsys.readouterr()
    assert code == 2, (args, out, err)
    assert err and "Traceback" not in err and "Error" not in err
    assert dump(db) == before, "a refused command wrote to the base"
    return plain(err)


ASSEMBLY_REFUSALS = [
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "xyz:Quoi"],
     "matière « xyz » inconnue"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "info:Infos:Un texte"],
     "n'est pas mis aux voix"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", " ", "--item", "1:Budget:Texte"],
     "Indiquez le lieu"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--time", "25:00", "--place", PLACE, "--item", "1:B:T"],
     "heure « 25:00 » invalide"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE,
      "--item", "exclusion:Exclusion:L'assemblée exclut le membre.", "--exclude", "ZZZ"], "« ZZZ » n'est pas membre"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE,
      "--item", "exclusion:Exclusion:L'assemblée exclut le membre."], "indiquez le membre dont l'exclusion"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "1:B:T", "--exclude", "TYC"],
     "un --exclude CLÉ par point d'exclusion"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "1:B:T",
      "--requested-on", "2026-05-01"], "Indiquez les membres qui ont demandé l'assemblée"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "1:B:T",
      "--requested-by", "GLY,TYC,ZZZ", "--requested-on", "2026-05-01"],
     "« ZZZ » n'est pas membre du groupement le 1er mai 2026, jour de la demande"),
    (["assembly", "create", "1", "--date", "2026-06-18", "--place", PLACE, "--item", "1:B:T",
      "--requested-by", "GLY,TYC", "--requested-on", "2026-05-01"], "un tiers des membres"),
    (["assembly", "convene", "1", "--assembly", "2", "--on", "2026-04-10"], "R. 312-194-20"),
    (["assembly", "convene", "1", "--assembly", "1", "--on", "2025-06-01"], "déjà été convoquée"),
    (["assembly", "convene", "1", "--assembly", "99", "--on", "2026-04-01"], "Aucune assemblée numéro 99"),
    (["assembly", "attendance", "1", "--assembly", "3", "--all-present", "--represented", "LIEN=GLY",
      "--represented", "ADMR=GLY"], "détient 2 procurations"),
    (["assembly", "attendance", "1", "--assembly", "3", "--present", "ZZZ"], "« ZZZ » n'est pas membre"),
    (["assembly", "attendance", "1", "--assembly", "3", "--present", "GLY", "--absent", "GLY"], "figure 2 fois"),
    (["assembly", "attendance", "1", "--assembly", "3", "--represented", "TYC=KAV"], "n'est pas présent"),
    (["assembly", "attendance", "1", "--assembly", "2", "--all-present"], "Envoyez d'abord les convocations"),
    (["assembly", "attendance", "1", "--assembly", "1", "--all-present"], "La séance est close"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "1", "--for", "ZZZ"], "ne peut pas voter"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "9", "--unanimous-for"], "pas de point 9"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "1", "--for", "GLY", "--against", "GLY"],
     "cité deux fois"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "1", "--for", "GLY", "--unanimous-for"],
     "retirez --for"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "1"], "Aucun vote"),
    (["assembly", "vote", "1", "--assembly", "3", "--item", "1", "--unanimous-for", "--others-for"],
     "incompatible avec l'argument"),
    (["assembly", "close", "1", "--assembly", "3", "--secretary", "Yann Morvan", "--scrutineer", "Anne Guéguen"],
     "vote non saisi"),
    (["assembly", "close", "1", "--assembly", "3", "--secretary", " ", "--scrutineer", "Anne Guéguen"],
     "Indiquez le secrétaire de séance"),
    (["assembly", "close", "1", "--assembly", "1", "--secretary", "Y", "--scrutineer", "A"], "déjà close"),
    (["assembly", "sign", "1", "--assembly", "3", "--on", "2026-05-22"], "Seule une assemblée tenue"),
    (["assembly", "sign", "1", "--assembly", "1", "--on", "2025-07-01"], "Seule une assemblée tenue"),
    (["assembly", "erratum", "1", "--assembly", "3", "--on", "2026-05-22", "--text", "Lire…"],
     "corrigez directement la saisie"),
    (["assembly", "erratum", "1", "--assembly", "1", "--on", "2026-05-22", "--text", " "], "texte de l'erratum"),
    (["assembly", "convene-again", "1", "--assembly", "1", "--date", "2025-06-30", "--on", "2025-06-20"],
     "faute de quorum"),
    (["assembly", "create", "Les Marronniers", "--date", "2026-06-18", "--place", PLACE, "--item", "1:B:T"],
     "Aucun groupement « Les Marronniers »"),
]


@pytest.mark.parametrize(("args", "expected"), ASSEMBLY_REFUSALS, ids=[" ".join(a[:2]) + f" {i}" for i, (a, _) in
                                                                       enumerate(ASSEMBLY_REFUSALS)])
def test_assembly_refusals(year_base, tmp_path, capsys, args, expected):
    err = refused(capsys, copy_of(year_base, tmp_path), *args)
    assert expected in err


def test_attendance_csv_refused_line_by_line(year_base, tmp_path, capsys):
    """The CSV sheet (membre;présence;représentant;mandataire): a bad line is named, nothing is saved."""
    sheet = tmp_path / "presence.csv"
    sheet.write_text("membre;présence;représentant;mandataire\nGLY;présent;Marie Le Goff;\nTYC;peut-être;;\n")
    db = copy_of(year_base, tmp_path)
    err = refused(capsys, db, "assembly", "attendance", "1", "--assembly", "3", "--csv", str(sheet))
    assert "ligne 3" in err and "« présent », « représenté » ou « absent »" in err
    err = refused(capsys, db, "assembly", "attendance", "1", "--assembly", "3", "--csv", str(sheet), "--all-present")
    assert "ne se combine pas" in err
    err = refused(capsys, db, "assembly", "attendance", "1", "--assembly", "3", "--csv", str(tmp_path / "absent.csv"))
    assert "absent.csv" in err


CHANGE_REFUSALS = [
    (["change", "admission", "1", "--on", "2026-05-21", "--deliberation", "2030-1", "--new-name", "Le Phare"],
     "n'est pas dans le registre"),
    (["change", "admission", "1", "--on", "2025-06-19", "--deliberation", "2025-1", "--new-name", "Le Phare"],
     "R. 312-194-21"),
    (["change", "admission", "1", "--on", "2025-06-19", "--deliberation", "2025-2", "--new-key", "GEN",
      "--new-name", "Les Genêts bis"], "GEN"),
    (["change", "admission", "1", "--on", "2025-06-19", "--deliberation", "2025-2"], "Décrivez le nouveau membre"),
    (["change", "admission", "1", "--on", "2025-06-19", "--deliberation", "2025-2", "--new-key", "PH"],
     "Un membre n'a pas de nom"),
    (["change", "admission", "1", "--on", "2024-06-19", "--deliberation-date", "2024-06-19", "--adopted",
      "--unanimous", "--new-name", "Le Phare"], "précède la signature"),
    (["change", "admission", "1", "--on", "2025-06-19", "--adopted", "--new-name", "Le Phare"],
     "--deliberation-date"),
    (["change", "withdrawal", "1", "--member", "ZZZ", "--on", "2026-03-10"], "parmi les membres"),
    (["change", "withdrawal", "1", "--member", "CHP", "--on", "2026-03-10", "--debts", "douze"],
     "montant « douze » invalide"),
    (["change", "transfer", "1", "--seller", "TYC", "--first", "2", "--last", "2", "--buyer", "GLY",
      "--new-name", "Le Phare", "--on", "2026-03-10"], "pas aux deux"),
    (["change", "capital-increase", "1", "--subscriber", "GLY", "--on", "2026-03-10"], "« GLY » : CLÉ=PARTS attendu"),
    (["change", "exclusion", "1", "--member", "TYC", "--reason", "Cotisations impayées", "--hearing", "2026-03-10",
      "--hearing-convened", "2026-03-09", "--on", "2026-03-20", "--deliberation", "2025-1"], "audition"),
    (["change", "withdrawal", "1", "--member", "CHP", "--on", "2030-07-01"], "n'est pas encore arrivée"),
    (["change", "dates", "1", "--change", "1", "--publication", "2025-10-01"], "déjà enregistrée"),
    (["change", "dates", "1", "--change", "1"], "Indiquez au moins une date"),
    (["change", "dates", "1", "--change", "9", "--signature", "2026-01-05"], "Aucun avenant numéro 9"),
]


@pytest.mark.parametrize(("args", "expected"), CHANGE_REFUSALS, ids=[" ".join(a[:2]) + f" {i}" for i, (a, _) in
                                                                     enumerate(CHANGE_REFUSALS)])
def test_change_refusals(year_base, tmp_path, capsys, args, expected):
    err = refused(capsys, copy_of(year_base, tmp_path), *args)
    assert expected in err


def test_a_member_file_in_the_wrong_shape_is_refused_with_its_field(year_base, tmp_path, capsys):
    member = tmp_path / "membre.json"
    member.write_text('{"key": "PH", "name": "Le Phare", "sector": "semi-public"}', encoding="utf-8")
    err = refused(capsys, copy_of(year_base, tmp_path), "change", "admission", "1", "--on", "2025-06-19",
                  "--deliberation", "2025-2", "--member-file", str(member))
    assert "membre.sector" in err and "« semi-public » inconnue" in err


def test_closing_refused_leaves_the_officers_unwritten(year_base, tmp_path, capsys):
    """Art. 13-2: officers and closing are one step for the user; a refused closing stores neither."""
    db = copy_of(year_base, tmp_path)
    refused(capsys, db, "assembly", "close", "1", "--assembly", "3", "--secretary", "Jeanne Durand",
            "--scrutineer", "Paul Riou")
    with sqlite3.connect(db) as connection:
        assert "Jeanne Durand" not in " ".join(connection.iterdump())
