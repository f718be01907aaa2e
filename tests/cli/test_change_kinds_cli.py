"""Every kind of change recorded with « gcsms-desktop change » (art. 7, 8-1 to 8-3, 20, 21), after an
assembly run with the command line that decided them (R. 312-194-21, -22)."""

from __future__ import annotations

import json

from tests.cli.test_whole_year_cli import ok, pdf_text
from tests.cli.year_of_life import PLACE, build_year
from tests.conftest import EXAMPLES
from tests.prepared import copy_of, shared_base

year_base = shared_base("year_base", build_year, "annee.sqlite")


def test_each_kind_of_change_from_an_assembly_run_on_the_command_line(year_base, tmp_path, capsys):
    db = copy_of(year_base, tmp_path)
    ok(capsys, db, "assembly", "create", "1", "--date", "2026-04-16", "--place", PLACE,
       "--item", "convention:Augmentation de capital:L'assemblée générale émet trois parts nouvelles.",
       "--item", "exclusion:Exclusion de l'association Ty Coz:L'assemblée générale exclut l'association Ty Coz.",
       "--exclude", "TYC",
       "--item", "convention:Réduction de capital:L'assemblée générale annule la part n° 21.",
       "--item", "admission:Admission de l'association Le Phare:L'assemblée générale admet Le Phare.")
    ok(capsys, db, "assembly", "convene", "1", "--assembly", "2", "--on", "2026-03-30")
    ok(capsys, db, "assembly", "attendance", "1", "--assembly", "2", "--all-present")
    for item in ("1", "2", "3", "4"):
        assert "adoptée" in ok(capsys, db, "assembly", "vote", "1", "--assembly", "2", "--item", item,
                               "--unanimous-for")
    out = ok(capsys, db, "assembly", "close", "1", "--assembly", "2", "--secretary", "Yann Morvan",
             "--scrutineer", "Anne Guéguen")
    assert "n° 2026-4" in out

    out = ok(capsys, db, "change", "capital-increase", "1", "--subscriber", "GLY=2", "--subscriber", "KAV=1",
             "--on", "2026-04-16", "--deliberation", "2026-1")
    assert "Avenant n° 2 enregistré : augmentation de capital de 3 parts — effet le 16 avril 2026" in out
    out = ok(capsys, db, "change", "exclusion", "1", "--member", "TYC", "--reason", "Cotisations impayées",
             "--hearing-convened", "2026-03-25", "--hearing", "2026-04-10", "--on", "2026-04-16",
             "--deliberation", "2026-2", "--debts", "800")
    assert "exclusion de « Association Ty Coz (TYC) » — effet à la publication de l'avenant" in out
    out = ok(capsys, db, "change", "capital-reduction", "1", "--first", "21", "--last", "21", "--on", "2026-04-16",
             "--deliberation", "2026-3")
    assert "annulation des parts n° 21" in out
    member = tmp_path / "membre.json"
    member.write_text(json.dumps({"key": "PHA", "name": "Association Le Phare", "address": "1 quai Duguay-Trouin, "
                                  "35400 Saint-Malo", "representatives": [{"name": "Loïc Le Phare"}]}))
    out = ok(capsys, db, "change", "admission", "1", "--member-file", str(member), "--parts", "2",
             "--on", "2026-04-16", "--deliberation", "2026-4", "--signature", "2026-04-20")
    assert "adhésion de « Association Le Phare »" in out
    out = ok(capsys, db, "change", "transfer", "1", "--seller", "SBS", "--first", "3", "--last", "3",
             "--buyer", "GLY", "--on", "2026-05-04", "--deliberation-date", "2026-04-16", "--adopted", "--unanimous")
    assert "cession des parts n° 3 de « SAAD Bocage Services (SBS) » à « EHPAD Les Glycines (GLY) »" in out
    out = ok(capsys, db, "change", "dissolution", "1", "--reason", "Fin de l'objet", "--liquidator", "Marie Le Goff",
             "--on", "2026-06-30", "--deliberation-date", "2026-06-30", "--adopted")
    assert "dissolution par délibération — effet le 30 juin 2026" in out
    # On 1 June 2026: the parts moved at once (art. 7), the droits wait for 1 January (art. 9-1); the excluded
    # member and the one admitted wait for the publication of their avenants (art. 8-1, 8-3).
    members = ok(capsys, db, "members", "1", "--at", "2026-06-01")
    assert "GLY      EHPAD Les Glycines  n° 1, n° 3, nos 19 à 20  droits 1/18" in members
    assert "KAV      Foyer de vie Ker Avel  n° 4  droits" in members and "TYC" in members and "PHA" not in members
    assert "Au 30 juin 2026 : groupement dissous le 30 juin 2026." in ok(capsys, db, "members", "1", "--at",
                                                                      "2026-06-30")


def test_a_withdrawal_by_one_of_two_members_dissolves_of_right(tmp_path, capsys):
    """Art. 8-2 and 20: the notification of withdrawal by one of two members dissolves the groupement; the
    command says so before the avenant it recorded (the dissolution is derived by the domain)."""
    document = json.loads((EXAMPLES / "fougeres-sans-capital.json").read_text())
    document["groupement"]["dates"] = {"signature": "2025-02-03", "sent_to_prefect": "2025-02-10",
                                       "approval_order": "2025-03-17", "publication": "2025-03-24"}
    source = tmp_path / "fougeres.json"
    source.write_text(json.dumps(document, ensure_ascii=False))
    db = tmp_path / "fougeres.sqlite"
    ok(capsys, db, "import", str(source))
    out = ok(capsys, db, "change", "withdrawal", "1", "--member", "ADMR", "--on", "2026-02-02")
    assert "Avenant n° 1 enregistré : retrait" in out and "n° 2" not in out
    assert "la notification de ce retrait entraîne de plein droit la dissolution" in out  # derived, not stored
    assert "groupement dissous" in ok(capsys, db, "members", "1", "--at", "2027-01-01")


def test_the_outgoing_share_of_the_debts_is_computed_from_the_groupement_debts(year_base, tmp_path, capsys):
    """Art. 8-4 and 9-2: 18 000 € of debts and charges on 31 December 2026, the exit day of a member holding
    1/18 of the droits: its share is 1 000 €, printed in its avenant."""
    db = copy_of(year_base, tmp_path)
    out = ok(capsys, db, "change", "withdrawal", "1", "--member", "CHP", "--on", "2026-06-15",
             "--groupement-debts", "18 000")
    assert "Part des dettes : 1 000 €, soit sa part, proportionnelle à ses droits sociaux (1/18)" in out
    avenant = tmp_path / "avenant.pdf"
    ok(capsys, db, "print", "avenant", "1", "--change", "2", "-o", str(avenant))
    assert "s'élève à 1 000 €, soit sa part, proportionnelle à ses droits sociaux (1/18)" in " ".join(
        pdf_text(avenant).split())
