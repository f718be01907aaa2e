"""The convocation states the notice its dates give, and no other (R. 312-194-20, art. 13-2): read back
from the PDF the services print."""

from __future__ import annotations

import sqlite3
from datetime import date

from gcsms_desktop.domain.assembly import Assembly
from tests.assembly_factories import agenda
from tests.documents.test_assembly_pdfs import pages
from tests.integration.test_assemblies import TILLEULS


def _letter(services, assembly_id: int) -> str:
    return next(p for p in pages(services.printing.convocations(TILLEULS, assembly_id)) if "Madame, Monsieur" in p)


def test_r312_194_20_an_urgent_convocation_says_it_is_sent_in_urgency_48_hours_ahead(tilleuls):
    """Urgency: the convention's 48 hours (art. 13-2), stated as such, not the 15 days of an ordinary one."""
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(
        date(2026, 12, 15), "Salle du conseil", "14:30", urgent=True, agenda=agenda()))
    tilleuls.assemblies.convene(assembly_id, date(2026, 12, 13))
    letter = _letter(tilleuls, assembly_id)
    assert "adressée en urgence le 13 décembre 2026, 48 heures au moins avant la réunion" in letter
    assert "15 jours" not in letter


def test_r312_194_20_a_letter_never_claims_a_notice_its_dates_do_not_give(tilleuls, db_path):
    """A base written before the file checks may hold an assembly convened 11 days ahead: its letter says
    when it was sent, and never « 15 jours au moins avant la réunion »."""
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(
        date(2026, 12, 15), "Salle du conseil", "14:30", agenda=agenda()))
    tilleuls.assemblies.convene(assembly_id, date(2026, 11, 30))
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE assemblies SET convocation_date = '2026-12-04' WHERE id = ?", (assembly_id,))
    connection.close()
    letter = _letter(tilleuls, assembly_id)
    assert "Cette convocation vous est adressée le 4 décembre 2026." in letter
    assert "au moins avant la réunion" not in letter
