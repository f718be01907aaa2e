"""The secretary's kit read back from the PDFs: the attendance sheet to sign at the door before the
session and the recorded one after; the PV with its hours and debates, sealed (art. 13-2, R. 312-194-20
to -22)."""

from __future__ import annotations

import sqlite3

from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.majority import Choice
from tests.assembly_factories import MEETING, attend, convened, held, vote_all
from tests.documents.test_assembly_pdfs import pages
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS


def test_the_door_sheet_has_no_result_even_after_the_wizard_saved_everyone_absent(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    record = tilleuls.assemblies.record(assembly_id)
    # the attendance page's untouched default: every member « absent »
    tilleuls.assemblies.record_attendance(assembly_id, tuple(AttendanceLine(m.key, Presence.ABSENT)
                                                             for m in record.members))
    text = " ".join(pages(tilleuls.printing.attendance(TILLEULS, assembly_id)))
    assert "absent" not in text and "Quorum non atteint" not in text and "convoquée à nouveau" not in text
    for member in record.members:  # each member, its representatives in office, a place for its proxy holder
        assert typography(member.name) in text and f"pour {typography(member.name)}" in text
        assert all(typography(r.name) in text for r in member.titular_representatives)
    assert text.count("Mandataire :") == 17
    assert "Quorum : au moins la moitié des droits, 8,5/17, présents ou représentés (art. R. 312-194-22)" in text
    assert "Quorum atteint : ☐ oui ☐ non" in text and "/ 17" in text  # to fill by hand


def test_the_recorded_sheet_after_the_session(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:8], {"RAH": "GLY"})
    text = " ".join(pages(tilleuls.printing.attendance(TILLEULS, assembly_id)))
    assert "EHPAD Les Glycines Représentant de GLY 1/17 présent" in text
    assert "Isabelle Cadiou 1/17 représenté par EHPAD Les Glycines" in text and "Droits Présence" in text
    assert "EHPAD Les Glycines, pour Résidence autonomie Les Hortensias" in text
    assert "absent" in text and "Mandataire :" not in text
    assert "Quorum atteint : 9/17 des droits présents ou représentés" in text


def test_the_door_sheet_of_a_second_convocation_needs_no_quorum(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:3])
    held(tilleuls, assembly_id)
    second = tilleuls.assemblies.convene_again(assembly_id, MEETING.replace(day=28), MEETING.replace(day=16))
    text = " ".join(pages(tilleuls.printing.attendance(TILLEULS, second)))
    assert "Seconde convocation : l’assemblée délibère quel que soit le nombre des membres présents" in text
    assert "Quorum atteint" not in text and "absent" not in text


def test_no_proxy_column_with_two_members(services, example_text):
    fougeres = "Groupement de coopération sociale de Fougères"
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    assembly_id = convened(services, fougeres)
    text = " ".join(pages(services.printing.attendance(fougeres, assembly_id)))
    assert "Signature du représentant présent" in text and "Procuration" not in text and "pour " not in text


def test_hours_and_debates_are_printed_and_sealed_with_the_signed_pv(tilleuls, db_path):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:9], {"RAH": "GLY"})
    vote_all(tilleuls, assembly_id, Choice.FOR)
    tilleuls.assemblies.record_debates(assembly_id, 1, "Le trésorier présente les comptes.\nM. Durand demande "
                                                       "le détail des charges de personnel.")
    tilleuls.assemblies.record_debates(assembly_id, 3, "Mme Le Goff annonce la fête du groupement le 12 juin.")
    tilleuls.assemblies.set_officers(assembly_id, "Mme Jeanne Martin", "M. Paul Durand", "Mme Anne Petit",
                                     None, "14:05", "16:40")
    tilleuls.assemblies.close(assembly_id)
    record = tilleuls.assemblies.record(assembly_id)
    assert [i.deliberation_number for i in record.assembly.agenda] == ["2026-1", "2026-2", None]
    tilleuls.assemblies.sign(assembly_id, MEETING)
    text = " ".join(pages(tilleuls.printing.minutes(TILLEULS, assembly_id)))
    assert "La séance est ouverte à 14 h 05 sous la présidence de Mme Jeanne Martin." in text
    assert "Débats. Le trésorier présente les comptes. M. Durand demande le détail" in text
    assert "Point 3 — Questions diverses Point d’information, non mis aux voix. Débats. Mme Le Goff" in text
    assert "L’ordre du jour étant épuisé, la séance est levée à 16 h 40." in text
    assert "Association Rayon de Soleil Représentant de RDS présent" in text
    assert "Accueil de jour Le Lien Sylvie Le Gall absent" in text  # absent, with its representative's name
    assert tilleuls.register.verify(TILLEULS).intact
    with sqlite3.connect(db_path) as connection:  # the debates changed in the file, outside the app
        connection.execute("UPDATE agenda_items SET debates = 'Rien.' WHERE debates LIKE 'Mme Le Goff%'")
    verdict = tilleuls.register.verify(TILLEULS)
    assert not verdict.intact and "ne correspond plus à ce qui a été signé" in (verdict.broken or "")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE agenda_items SET debates = 'Mme Le Goff annonce la fête du groupement le "
                           "12 juin.' WHERE debates = 'Rien.'")
    assert tilleuls.register.verify(TILLEULS).intact
    with sqlite3.connect(db_path) as connection:  # and the hours
        connection.execute("UPDATE assemblies SET closed_at = '17:40'")
    assert not tilleuls.register.verify(TILLEULS).intact


def test_an_information_point_with_debates_is_not_voted(tilleuls):
    from gcsms_desktop.services.errors import ServiceError

    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    tilleuls.assemblies.record_debates(assembly_id, 3, "Aucune question.")
    record = tilleuls.assemblies.record(assembly_id)
    assert record.assembly.agenda[3 - 1].is_information
    assert [n for n, _item in record.assembly.voted_items] == [1, 2]
    try:
        tilleuls.assemblies.record_votes(assembly_id, 3, {"GLY": Choice.FOR})
    except ServiceError as refused:
        assert "information" in str(refused)
    else:
        raise AssertionError("an information point was put to the vote")
