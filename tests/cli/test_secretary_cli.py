"""The secretary's kit from the command line: the sheet to sign at the door before the session, the
debates of each point and the session's hours, the PV and the recorded sheet read back from the PDFs
(art. 13-2, R. 312-194-20 to -22)."""

from __future__ import annotations

from tests.cli.test_cli import run
from tests.cli.test_whole_year_cli import pdf_text
from tests.conftest import EXAMPLES
from tests.documents.test_convention_pdf import flat

TILLEULS = "Groupement de coopération médico-sociale Les Tilleuls"


def ok(capsys, db, *args: str) -> str:
    code, out, err = run(capsys, "--db", str(db), *args)
    assert (code, err) == (0, ""), (args, err)
    return out.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def test_door_sheet_then_debates_hours_and_the_pv(tmp_path, capsys):
    db = tmp_path / "ag.sqlite"
    ok(capsys, db, "import", str(EXAMPLES / "tilleuls-17-parts.json"))
    ok(capsys, db, "assembly", "create", TILLEULS, "--date", "2026-12-15", "--time", "14:30",
       "--place", "Salle du conseil", "--item", "2:Approbation des comptes 2025:L'assemblée approuve les comptes.",
       "--item", "info:Questions diverses")
    ok(capsys, db, "assembly", "convene", "1", "--assembly", "1", "--on", "2026-11-30")

    door = tmp_path / "porte.pdf"
    ok(capsys, db, "print", "attendance", TILLEULS, "--assembly", "1", "-o", str(door))
    text = flat(pdf_text(door))
    assert "Signature du représentant présent" in text and "pour EHPAD Les Glycines" in text
    assert "Marie Le Goff" in text  # the representative in office, not a blank
    assert "Quorum : au moins la moitié des droits, 8,5/17, présents ou représentés" in text
    assert "absent" not in text and "Quorum non atteint" not in text and "convoquée à nouveau" not in text

    ok(capsys, db, "assembly", "attendance", "1", "--assembly", "1", "--all-present", "--absent", "KAV",
       "--represented", "RAH=GLY")
    out = ok(capsys, db, "assembly", "debates", "1", "--assembly", "1", "--item", "2",
             "--text", "Mme Le Goff annonce la fête du groupement.")
    assert "Débats du point 2 — Questions diverses enregistrés (point d'information : il n'est pas mis aux voix)" in out
    ok(capsys, db, "assembly", "debates", "1", "--assembly", "1", "--item", "1",
       "--text", "Le trésorier présente les comptes.")
    ok(capsys, db, "assembly", "vote", "1", "--assembly", "1", "--item", "1", "--unanimous-for")

    code, _out, err = run(capsys, "--db", str(db), "assembly", "close", "1", "--assembly", "1", "--secretary",
                          "Paul Durand", "--scrutineer", "Anne Petit", "--opened", "16:40", "--closed", "14:05")
    assert code == 2 and "l'heure de clôture suit l'heure d'ouverture" in err.replace("\u2019", "'")
    assert "Séance close" not in err
    ok(capsys, db, "assembly", "close", "1", "--assembly", "1", "--secretary", "Paul Durand",
       "--scrutineer", "Anne Petit", "--opened", "14:05", "--closed", "16:40")

    pv = tmp_path / "pv.pdf"
    ok(capsys, db, "print", "minutes", TILLEULS, "--assembly", "1", "-o", str(pv))
    text = flat(pdf_text(pv))
    assert "La séance est ouverte à 14 h 05 sous la présidence de" in text
    assert "la séance est levée à 16 h 40" in text
    assert "Débats. Le trésorier présente les comptes." in text
    assert "Point 2 — Questions diverses Point d'information, non mis aux voix. Débats. Mme Le Goff" in text
    assert ("Adoptée à l'unanimité : 16 voix pour sur 16 présentes ou représentées ; unanimité requise"
            not in text)  # 2° is voted at the majority
    assert "Adoptée : 16 voix pour sur 16 présentes ou représentées ; majorité requise : plus de la moitié " \
           "(art. R. 312-194-22)." in text
    assert "Explications des résultats" in text and "il faut plus de 8/17 pour" in text
    assert "Foyer de vie Ker Avel" in text and "Pierre Le Bihan" in text  # the absent member and its representative

    recorded = tmp_path / "presence.pdf"
    ok(capsys, db, "print", "attendance", TILLEULS, "--assembly", "1", "-o", str(recorded))
    text = flat(pdf_text(recorded))
    assert "représenté par EHPAD Les Glycines" in text and "EHPAD Les Glycines, pour Résidence autonomie" in text
    assert "Quorum atteint : 16/17 des droits présents ou représentés" in text


def test_debates_refused_on_an_unknown_point_and_before_the_meeting(tmp_path, capsys, monkeypatch):
    db = tmp_path / "ag.sqlite"
    ok(capsys, db, "import", str(EXAMPLES / "tilleuls-17-parts.json"))
    ok(capsys, db, "assembly", "create", TILLEULS, "--date", "2026-12-15", "--place", "Salle du conseil",
       "--item", "info:Questions diverses")
    ok(capsys, db, "assembly", "convene", "1", "--assembly", "1", "--on", "2026-11-30")
    code, _out, err = run(capsys, "--db", str(db), "assembly", "debates", "1", "--assembly", "1", "--item", "4",
                          "--text", "…")
    assert code == 2 and "L'ordre du jour n'a pas de point 4" in err.replace("\u2019", "'")
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-12-01")
    code, _out, err = run(capsys, "--db", str(db), "assembly", "debates", "1", "--assembly", "1", "--item", "1",
                          "--text", "Rien.")
    assert code == 2 and "Les débats de l'assemblée du 15 décembre 2026 ne peuvent pas encore être saisis" in \
        err.replace("\u2019", "'").replace("\u00a0", " ")
