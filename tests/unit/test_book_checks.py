"""``check_book`` on real domain objects: what each state of an assembly may hold, the second convocation
(R. 312-194-22), the droits frozen at the closing (art. 9-1), numbering (art. 13-2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction
from typing import Any

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.book_checks import check_book
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from tests.factories import seventeen_parts_groupement

GROUPEMENT = seventeen_parts_groupement()
KEYS = [m.key for m in GROUPEMENT.members]
RIGHTS = AssemblyRights({k: Fraction(1) for k in KEYS}, Fraction(17))
FIRST = date(2027, 3, 15)
ACCOUNTS = AgendaItem(Matter.ACCOUNTS, "Comptes 2026", "L'assemblée approuve les comptes 2026.")


def convened(meeting: date = FIRST, sent: date = date(2027, 2, 20), **changes: Any) -> Assembly:
    return replace(Assembly(meeting, "Siège", "14:30", convocation_date=sent, agenda=(ACCOUNTS,),
                            state=AssemblyState.CONVENED), **changes)


def present(keys: list[str]) -> tuple[AttendanceLine, ...]:
    return tuple(AttendanceLine(k, Presence.PRESENT, f"Représentant {k}") if k in keys else AttendanceLine(k)
                 for k in KEYS)


def held(present_keys: list[str], number: str | None = "2027-1", **changes: Any) -> Assembly:
    votes = {k: Choice.FOR for k in present_keys}
    return convened(state=AssemblyState.HELD, attendance=present(present_keys), president="Mme Martin",
                    secretary="M. Durand", scrutineer="Mme Petit",
                    agenda=(replace(ACCOUNTS, choices=votes, deliberation_number=number),), **changes)


def errors(*assemblies: StoredAssemblyData) -> dict[str, str]:
    return {p.field: p.message for p in check_book(GROUPEMENT, (), assemblies) if p.is_error}


def test_a_lawful_held_assembly_has_no_error():
    assert errors(StoredAssemblyData(held(KEYS[:10]), RIGHTS)) == {}


def test_r312_194_22_an_urgent_second_convocation_meets_within_eight_days_of_the_first():
    first = StoredAssemblyData(held(KEYS[:3], None), RIGHTS)  # 3/17: no quorum, nothing deliberated
    base: dict[str, Any] = dict(first_meeting_date=FIRST, agenda=(ACCOUNTS,))
    within = convened(date(2027, 3, 23), date(2027, 3, 16), **base)
    beyond = convened(date(2027, 3, 25), date(2027, 3, 16), **base)
    urgent_first = StoredAssemblyData(replace(first.assembly, urgent=True), RIGHTS)
    assert errors(urgent_first, StoredAssemblyData(replace(within, urgent=True), None, 0)) == {}
    found = errors(urgent_first, StoredAssemblyData(replace(beyond, urgent=True), None, 0))
    assert "dans un délai de 8 jours après celle du 15 mars 2027 (art. R. 312-194-22)" in found[
        "assemblies[1].meeting_date"]
    found = errors(first, StoredAssemblyData(replace(within, urgent=True), None, 0))
    assert found["assemblies[1].urgent"] == (
        "Assemblée du 23 mars 2027 : une seconde convocation garde l'urgence de la première.")


def test_r312_194_22_a_second_convocation_is_never_a_draft_nor_without_its_first():
    first = StoredAssemblyData(held(KEYS[:3], None), RIGHTS)
    draft = replace(convened(date(2027, 3, 25), date(2027, 3, 16)), state=AssemblyState.DRAFT, first_meeting_date=FIRST)
    assert "convoquée dès sa création" in errors(first, StoredAssemblyData(draft, None, 0))["assemblies[1].state"]
    orphan = convened(date(2027, 3, 25), date(2027, 3, 16), first_meeting_date=FIRST)
    assert "désigne l'assemblée réunie sans quorum" in errors(StoredAssemblyData(orphan))["assemblies[0].second_of"]


def test_art_13_2_a_convened_assembly_has_no_deliberation_number_erratum_or_frozen_droits():
    numbered = convened(agenda=(replace(ACCOUNTS, deliberation_number="2027-1"),))
    found = errors(StoredAssemblyData(numbered, RIGHTS))
    assert "les numéros sont donnés à la clôture de la séance" in found["assemblies[0].agenda"]
    assert "ils le sont à la clôture de la séance" in found["assemblies[0].droits"]


def test_art_13_2_each_deliberation_is_numbered_year_rank_and_an_information_is_not_voted():
    assert "une délibération de l'assemblée close porte son numéro" in errors(
        StoredAssemblyData(held(KEYS[:10], None), RIGHTS))["assemblies[0].agenda[0].deliberation_number"]
    assert "n'est pas de la forme « 2027-1 »" in errors(
        StoredAssemblyData(held(KEYS[:10], "2026-4"), RIGHTS))["assemblies[0].agenda[0].deliberation_number"]
    information = AgendaItem(Matter.OTHER, "Questions diverses", choices={KEYS[0]: Choice.FOR})
    voted = held(KEYS[:10])
    voted = replace(voted, agenda=voted.agenda + (information,))
    assert "une information n'est pas mise aux voix" in errors(
        StoredAssemblyData(voted, RIGHTS))["assemblies[0].agenda[1].votes"]


def test_art_9_1_the_frozen_droits_are_those_of_the_members_in_force_and_add_up():
    stranger = AssemblyRights({**{k: Fraction(1) for k in KEYS[1:]}, "ZZZ": Fraction(1)}, Fraction(17))
    found = errors(StoredAssemblyData(held(KEYS[1:11]), stranger))
    assert "ne sont pas ceux des membres en fonction" in found["assemblies[0].droits"]
    inflated = AssemblyRights(RIGHTS.votes, Fraction(34))
    assert "n'est pas la somme" in errors(StoredAssemblyData(held(KEYS[:10]), inflated))["assemblies[0].droits.total"]


def test_art_13_2_only_a_signed_assembly_has_a_signature_and_it_has_its_register_pages():
    signed_held = held(KEYS[:10], signed_on=date(2027, 3, 16))
    assert "seul le procès-verbal signé y prend ses pages" in errors(
        StoredAssemblyData(signed_held, RIGHTS))["assemblies[0].signed_on"]
    without_pages = replace(signed_held, state=AssemblyState.SIGNED)
    assert "registre coté et paraphé" in errors(StoredAssemblyData(without_pages, RIGHTS))["assemblies[0].register"]
    with_pages = replace(without_pages, register_first_page=1, register_page_count=2)
    assert errors(StoredAssemblyData(with_pages, RIGHTS)) == {}
