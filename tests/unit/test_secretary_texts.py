"""The texts a secretary writes in the PV (art. 13-2): the session's hours, judged; the debates and hours
sealed with a new PV while a PV signed before them keeps its digest; one plain sentence per result."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState
from gcsms_desktop.domain.assembly_checks import check_assembly_inputs, check_session_hours
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.majority import Choice, decide
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.register_seal import minutes_digest
from gcsms_desktop.domain.result_text import result_sentence

RIGHTS = AssemblyRights({"A": Fraction(1), "B": Fraction(1)}, Fraction(2))
SIGNED = Assembly(
    date(2026, 12, 15), "Salle du conseil", "14:30", convocation_date=date(2026, 11, 30),
    agenda=(AgendaItem(Matter.ACCOUNTS, "Comptes 2025", "L'assemblée approuve les comptes.",
                       choices={"A": Choice.FOR, "B": Choice.AGAINST}, deliberation_number="2026-1"),
            AgendaItem(Matter.OTHER, "Questions diverses")),
    state=AssemblyState.SIGNED, attendance=(AttendanceLine("A", Presence.PRESENT, "Marie Le Goff"),
                                            AttendanceLine("B", Presence.REPRESENTED, "", "A")),
    president="Marie Le Goff", secretary="Paul Durand", scrutineer="Anne Petit", signed_on=date(2026, 12, 16),
    register_first_page=1, register_page_count=2)
# The digest the release before schema 0010 computed for SIGNED (same pages): a seal is for decades.
DIGEST_BEFORE_0010 = "f06caf9b69658d3023542096e7cdaecf180738116fda710dc8d67fe1c530968d"


def test_a_pv_signed_before_hours_and_debates_keeps_its_digest():
    assert minutes_digest(SIGNED, RIGHTS, b"%PDF pages") == DIGEST_BEFORE_0010


def test_hours_and_debates_are_sealed_with_a_new_pv():
    with_debates = replace(SIGNED, agenda=(SIGNED.agenda[0], replace(SIGNED.agenda[1], debates="Fête le 12 juin.")))
    other_debates = replace(SIGNED, agenda=(SIGNED.agenda[0], replace(SIGNED.agenda[1], debates="Fête le 13 juin.")))
    with_hours = replace(SIGNED, opened_at="14:05", closed_at="16:40")
    later_close = replace(SIGNED, opened_at="14:05", closed_at="16:45")
    digests = {minutes_digest(a, RIGHTS, b"%PDF pages")
               for a in (SIGNED, with_debates, other_debates, with_hours, later_close)}
    assert len(digests) == 5


def test_session_hours_closing_after_opening():
    assert check_session_hours("14:05", "16:40") == [] and check_session_hours("", "") == []
    assert check_session_hours("14:05", "") == []  # either may be left empty
    [problem] = check_session_hours("16:40", "14:05")
    assert problem.field == "closed_at" and "l'heure de clôture suit l'heure d'ouverture" in problem.message
    assert [p.field for p in check_session_hours("14:05", "14:05")] == ["closed_at"]
    assert [p.field for p in check_session_hours("25:00", "4 h")] == ["opened_at", "closed_at"]
    assert [p.field for p in check_assembly_inputs(replace(SIGNED, opened_at="17:00", closed_at="09:30"))] == [
        "closed_at"]


def test_one_plain_sentence_per_result():
    voters = ["A", "B"]
    majority = decide(Matter.ACCOUNTS, {"A": Choice.FOR, "B": Choice.AGAINST}, voters, RIGHTS, 2)
    assert result_sentence(majority, 2) == ("Rejetée : 1\u00a0voix pour sur 2 présentes ou représentées ; "
                                            "majorité requise : plus de la moitié (art. R. 312-194-22).")
    unanimous = decide(Matter.ADMISSION, {"A": Choice.FOR, "B": Choice.FOR}, voters, RIGHTS, 2)
    assert result_sentence(unanimous, 2).startswith("Adoptée à l'unanimité : 2\u00a0voix pour sur 2 présentes")
    rights = AssemblyRights({k: Fraction(1) for k in "ABCD"}, Fraction(4))
    exclusion = decide(Matter.EXCLUSION, {"A": Choice.FOR, "B": Choice.FOR}, ["A", "B", "C"], rights, 4, "C")
    assert result_sentence(exclusion, 4) == (
        "Adoptée : 2\u00a0voix pour sur 4\u00a0voix de l'ensemble des membres ; majorité requise : au moins la "
        "moitié, le membre concerné ne votant pas (art. R. 312-194-22).")
    pending = decide(Matter.ACCOUNTS, {"A": Choice.FOR}, voters, RIGHTS, 2)
    assert result_sentence(pending, 2).endswith("(vote incomplet).")
