"""A whole year of the Tilleuls' life with the command line only (issue 12): assemblies run step by step
(R. 312-194-20 to -22, art. 13), an erratum, a second convocation for want of quorum, an admission and
its avenant (art. 8-1, 21), a withdrawal (art. 8-2); every document read back from its PDF."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from pypdf import PdfReader

from tests.cli.test_cli import run
from tests.cli.year_of_life import PLACE, ROOT, SHIPPED, YEAR, base_document, make


def pdf_text(path) -> str:
    return plain(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def ok(capsys, db, *args: str) -> str:
    code, out, err = run(capsys, "--db", str(db), *args)
    assert (code, err) == (0, ""), (args, err)
    return plain(out)


def plain(text: str) -> str:
    """The French typography (no-break spaces, curly apostrophes) read as plain spaces and quotes."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def test_a_whole_year_with_only_the_command_line(tmp_path, capsys):
    db = tmp_path / "annee.sqlite"
    assert "importé sous le numéro 1" in ok(capsys, db, "import", str(base_document(tmp_path)))

    # The AG of 19 June 2025, convened 15 days ahead (R. 312-194-20), deciding an admission (6°, unanimity).
    outputs = [ok(capsys, db, *command) for command in YEAR]
    created, convened, attended, budget, admission, closed, signed, admitted, published = outputs
    assert "Assemblée créée sous le numéro 1" in created and "information, non mis aux voix" in created
    assert "convocations envoyées le 2 juin 2025 pour la réunion du 19 juin 2025" in convened
    assert "14 présent(s), 1 représenté(s), 2 absent(s)" in attended and "Quorum atteint : 15/17" in attended
    assert "Budget de l'exercice 2025 : adoptée" in budget and "contre 1/17" in budget
    assert "adoptée" in admission and "unanimité" in admission
    assert "n° 2025-1 — Budget" in closed and "n° 2025-2 — Admission" in closed
    assert "pages 1 à 2 du registre" in signed
    assert "Avenant n° 1 enregistré : adhésion de « Association Les Genêts »" in admitted
    assert "prend effet le 22 septembre 2025" in published

    # An erratum after signing takes the next page of the register (art. 13-2).
    out = ok(capsys, db, "assembly", "erratum", "1", "--assembly", "1", "--on", "2025-07-01",
             "--text", "Au point 1, lire « budget primitif de l'exercice 2025 ».")
    assert "page 3 du registre" in out

    # The AG of 20 November 2025 lacks its quorum and is convened again (R. 312-194-22).
    out = ok(capsys, db, "assembly", "create", "Groupement de coopération médico-sociale Les Tilleuls",
             "--date", "2025-11-20", "--place", PLACE,
             "--item", "1:Budget de l'exercice 2026:L'assemblée générale adopte le budget de l'exercice 2026.")
    assert "sous le numéro 2" in out
    ok(capsys, db, "assembly", "convene", "1", "--assembly", "2", "--on", "2025-11-03")
    out = ok(capsys, db, "assembly", "attendance", "1", "--assembly", "2", "--present", "GLY",
             "--present", "TYC=Jeanne Morvan", "--present", "SBS")
    assert "Quorum non atteint" in out
    out = ok(capsys, db, "assembly", "close", "1", "--assembly", "2", "--secretary", "Yann Morvan",
             "--scrutineer", "Anne Guéguen")
    assert "Faute de quorum" in out
    out = ok(capsys, db, "assembly", "convene-again", "1", "--assembly", "2", "--date", "2025-12-02",
             "--on", "2025-11-21", "--time", "10:00")
    assert "assemblée numéro 3" in out
    sheet = tmp_path / "presence.csv"
    sheet.write_text("membre;présence;représentant;mandataire\nGLY;présent;Marie Le Goff;\nTYC;présent;;\n"
                     "SBS;représenté;;GLY\nKAV;absent;;\n", encoding="utf-8")
    out = ok(capsys, db, "assembly", "attendance", "1", "--assembly", "3", "--csv", str(sheet))
    assert "2 présent(s), 1 représenté(s), 15 absent(s)" in out and "délibère valablement quel que soit" in out
    out = ok(capsys, db, "assembly", "vote", "1", "--assembly", "3", "--item", "1", "--for", "GLY,SBS",
             "--abstain", "TYC")
    assert "adoptée" in out
    ok(capsys, db, "assembly", "close", "1", "--assembly", "3", "--president", "Marie Le Goff",
       "--secretary", "Yann Morvan", "--scrutineer", "Luc Tanguy")
    assert "pages 4 à" in ok(capsys, db, "assembly", "sign", "1", "--assembly", "3", "--on", "2025-12-05")
    listing = ok(capsys, db, "assembly", "list", "1")
    assert "19 juin 2025  signée" in listing and "20 novembre 2025  tenue" in listing
    assert "2 décembre 2025  signée, seconde convocation" in listing

    # Art. 8-2: notice given on 10 March 2026, effective at the end of the fiscal year.
    out = ok(capsys, db, "change", "withdrawal", "1", "--member", "CHP", "--on", "2026-03-10", "--debts", "1 250,50")
    assert "Avenant n° 2 enregistré : retrait de « Centre d'habitat Les Peupliers (CHP) »" in out
    assert "effet le 31 décembre 2026" in out
    out = ok(capsys, db, "change", "dates", "1", "--change", "2", "--signature", "2026-03-20", "--sent", "2026-03-25")
    assert "transmis le 25 mars 2026" in out
    changes = ok(capsys, db, "changes", "1")
    assert "effet le 22 septembre 2025" in changes and "effet le 31 décembre 2026" in changes
    members = ok(capsys, db, "members", "1", "--at", "2027-01-01")
    assert "GEN" in members and "CHP" not in members and "droits 1/17" in members

    # The documents, read back.
    printed = {}
    for document, extra in (("minutes", ["--assembly", "1"]), ("minutes", ["--assembly", "3"]),
                            ("register", []), ("extract", ["--deliberation", "2025-3"]),
                            ("avenant", ["--change", "1"]), ("avenant", ["--change", "2"]),
                            ("convocations", ["--assembly", "3"]), ("attendance", ["--assembly", "3"])):
        output = tmp_path / f"{document}-{'-'.join(extra)}.pdf"
        ok(capsys, db, "print", document, "1", *extra, "-o", str(output))
        printed[output.stem] = pdf_text(output)
    minutes = printed["minutes---assembly-1"]
    assert "Budget de l" in minutes and "Admission de l" in minutes and "adoptée" in minutes.lower()
    assert "2025-1" in minutes and "2025-2" in minutes and "budget primitif" in minutes  # the erratum
    assert "seconde convocation" in printed["minutes---assembly-3"].lower()
    register = printed["register-"]
    assert all(number in register for number in ("2025-1", "2025-2", "2025-3"))
    assert "Budget de l" in printed["extract---deliberation-2025-3"]
    assert "Association Les Genêts" in printed["avenant---change-1"]
    assert "Centre d" in printed["avenant---change-2"] and "1 250,50" in printed["avenant---change-2"]
    assert "Ordre du jour" in printed["convocations---assembly-3"]
    assert "Marie Le Goff" in printed["attendance---assembly-3"]
    assert "Registre des délibérations intact : 3 entrées scellées vérifiées" in ok(capsys, db, "verify", "1")


def test_the_shipped_year_is_what_the_commands_make(tmp_path, capsys):
    """gcsms_desktop/resources/examples/tilleuls-une-annee.json is regenerated by tests.cli.year_of_life;
    every date in it is before 1 November 2026, and it imports cleanly."""
    made = tmp_path / "annee.json"
    make(made)
    assert json.loads(made.read_text()) == json.loads(SHIPPED.read_text())
    document = json.loads(SHIPPED.read_text())
    dates = [value for value in _strings(document) if len(value) == 10 and value[4] == "-" and value[:2] == "20"]
    assert dates and max(dates) < "2026-11-01"
    assert document["assemblies"][0]["state"] == "signed" and document["changes"][0]["avenant"]["publication"]
    code, out, err = run(capsys, "--db", str(tmp_path / "b.sqlite"), "import", str(SHIPPED))
    assert (code, err) == (0, "") and "importé" in out


def _strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_a_real_process_runs_the_assembly_commands(tmp_path):
    """``python -m gcsms_desktop``, as a script calls it: the French output, exit codes 0 and 2."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp_path / "annee.sqlite")

    def gcsms(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gcsms_desktop", "--db", db, *args], capture_output=True,
                              text=True, env=env, cwd=tmp_path, timeout=120, check=False)

    assert gcsms("import", str(SHIPPED)).returncode == 0
    done = gcsms("assembly", "create", "1", "--date", "2026-04-16", "--place", PLACE,
                 "--item", "comptes:Approbation des comptes 2025:L'assemblée générale approuve les comptes 2025.")
    assert (done.returncode, done.stderr) == (0, "") and "sous le numéro 2" in done.stdout
    refused = gcsms("assembly", "convene", "1", "--assembly", "2", "--on", "2026-04-10")
    assert refused.returncode == 2 and "R. 312-194-20" in refused.stderr and "Traceback" not in refused.stderr
    assert "en préparation" in gcsms("assembly", "list", "1").stdout
