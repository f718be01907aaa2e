"""The shipped example « tilleuls-une-annee.json », made with the command line only.

The Tilleuls (tilleuls-17-parts.json) with their convention signed in January 2025 and published on
3 March 2025 (R. 312-194-18), then a year of life typed as a secretary would: the assemblée générale
of 19 June 2025 prepared, convened on 2 June (15 days, R. 312-194-20), held, closed and its PV signed
(art. 13-2), and the admission of the association Les Genêts it decided unanimously (6°,
R. 312-194-22) with its avenant signed, sent, approved and published on 22 September 2025 (art. 8-1,
21). Every date is before 1 November 2026.

Regenerate the file after a change of the commands or of the format:

    PYTHONPATH=. .venv/bin/python -m tests.cli.year_of_life

tests/cli/test_whole_year_cli.py checks that the shipped file is exactly what these commands make.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "gcsms_desktop" / "resources" / "examples"
SHIPPED = EXAMPLES / "tilleuls-une-annee.json"
TILLEULS = "Groupement de coopération médico-sociale Les Tilleuls"
CONVENTION_DATES = {"signature": "2025-01-13", "sent_to_prefect": "2025-01-20", "approval_order": "2025-02-24",
                    "publication": "2025-03-03"}
PLACE = "Salle du conseil, 12 rue de la Paix, 35000 Rennes"

# The commands after « import », each as typed after « gcsms-desktop --db BASE ».
YEAR = [
    ["assembly", "create", "1", "--date", "2025-06-19", "--time", "14:30", "--place", PLACE,
     "--item", "budget:Budget de l'exercice 2025:L'assemblée générale adopte le budget de l'exercice 2025, "
               "présenté en équilibre.",
     "--item", "admission:Admission de l'association Les Genêts:L'assemblée générale admet l'association "
               "Les Genêts comme membre du groupement, avec une part sociale (n° 18).",
     "--item", "info:Questions diverses",
     "--document", "Projet de budget 2025", "--document", "Demande d'adhésion de l'association Les Genêts"],
    ["assembly", "convene", "1", "--assembly", "1", "--on", "2025-06-02"],
    ["assembly", "attendance", "1", "--assembly", "1", "--all-present", "--represented", "LIEN=GLY",
     "--absent", "ADMR,CHP"],
    ["assembly", "vote", "1", "--assembly", "1", "--item", "1", "--against", "TYC", "--others-for"],
    ["assembly", "vote", "1", "--assembly", "1", "--item", "2", "--unanimous-for"],
    ["assembly", "close", "1", "--assembly", "1", "--secretary", "Yann Morvan", "--scrutineer", "Anne Guéguen"],
    ["assembly", "sign", "1", "--assembly", "1", "--on", "2025-06-26"],
    ["change", "admission", "1", "--on", "2025-06-19", "--deliberation", "2025-2",
     "--new-key", "GEN", "--new-name", "Association Les Genêts",
     "--new-address", "2 allée des Genêts, 35000 Rennes", "--new-representative", "Claire Robin:présidente",
     "--parts", "1", "--signature", "2025-07-01", "--sent", "2025-07-03"],
    ["change", "dates", "1", "--change", "1", "--approval", "2025-09-15", "--publication", "2025-09-22"],
]


def base_document(folder: Path) -> Path:
    """tilleuls-17-parts.json with the convention's dates of January to March 2025."""
    document = json.loads((EXAMPLES / "tilleuls-17-parts.json").read_text(encoding="utf-8"))
    document["groupement"]["dates"] = dict(CONVENTION_DATES)
    path = folder / "tilleuls-2025.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def run(database: Path, *args: str) -> None:
    from gcsms_desktop.cli import main

    code = main(["--db", str(database), *args])
    if code != 0:
        raise RuntimeError(f"gcsms-desktop {' '.join(args)} → {code}")


def build_year(database: Path) -> None:
    """The base of the shipped example, built with the commands only."""
    with tempfile.TemporaryDirectory() as temporary:
        run(database, "import", str(base_document(Path(temporary))))
    for command in YEAR:
        run(database, *command)


def make(output: Path) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        database = Path(temporary) / "annee.sqlite"
        build_year(database)
        run(database, "export", "1", "-o", str(output), "--force")


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED)
    print(f"{SHIPPED if len(sys.argv) < 2 else sys.argv[1]} écrit.")
