"""The agenda of an assembly names, for exclusion, only a member in force on its meeting date
(art. 8, 8-3, R312-194-10): the services refuse the rest, whatever calls them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gcsms_desktop.domain.assembly import AgendaItem, Assembly
from gcsms_desktop.domain.assembly_checks import check_can_convene
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.errors import InvalidAssembly
from tests.membership_factories import VITRE, vitre_with_history

MEETING_2029 = date(2029, 3, 15)  # D admitted (published 1 February 2027), C gone since 31 December 2028


@pytest.fixture
def vitre(services, example_text):
    return vitre_with_history(services, example_text("pays-de-vitre-100-parts"))


def exclusion_of(key: str, meeting: date = MEETING_2029) -> Assembly:
    return Assembly(meeting, "Siège", agenda=(AgendaItem(Matter.EXCLUSION, f"Exclusion de {key}", "…",
                                                         concerned_member=key),))


def test_members_on_a_date_follow_admissions_and_departures(vitre):
    assert [m.key for m in vitre.assemblies.members_on(VITRE, date(2026, 12, 15))] == ["A", "B", "C"]
    assert [m.key for m in vitre.assemblies.members_on(VITRE, date(2028, 6, 15))] == ["A", "B", "C", "D"]
    assert [m.key for m in vitre.assemblies.members_on(VITRE, MEETING_2029)] == ["A", "B", "D"]


def test_an_admitted_member_may_be_put_on_the_agenda_for_exclusion(vitre):
    assert vitre.assemblies.check_preparation(VITRE, exclusion_of("D")) == []
    assembly_id = vitre.assemblies.prepare(VITRE, exclusion_of("D"))
    vitre.assemblies.convene(assembly_id, date(2029, 2, 20))
    assert vitre.assemblies.record(assembly_id).assembly.agenda[0].concerned_member == "D"


def test_a_member_who_left_is_refused_by_the_check_the_preparation_and_its_update(vitre):
    message = ("Point 1 : « EHPAD public de La Guerche » n'est pas membre du groupement le 15 mars 2029, jour de "
               "la réunion : l'assemblée ne peut exclure que l'un de ses membres (art. 8-3).")
    assert [p.message for p in vitre.assemblies.check_preparation(VITRE, exclusion_of("C"))] == [message]
    with pytest.raises(InvalidAssembly) as refused:
        vitre.assemblies.prepare(VITRE, exclusion_of("C"))
    assert [p.message for p in refused.value.problems] == [message]
    assembly_id = vitre.assemblies.prepare(VITRE, exclusion_of("C", date(2028, 6, 15)))  # still a member then
    with pytest.raises(InvalidAssembly, match="n'est pas membre du groupement le 15 mars 2029"):
        vitre.assemblies.update_preparation(assembly_id, exclusion_of("C"))
    assert vitre.assemblies.record(assembly_id).assembly.meeting_date == date(2028, 6, 15), "nothing written"


def test_convening_judges_the_agenda_with_the_members_in_force_on_the_meeting_date():
    """The rule the convening service applies (with the members of the assembly's record, those in force
    on its date): an admitted member is accepted, a departed one refused and named."""
    in_force = {"A": "Centre hospitalier de Vitré", "B": "CCAS de Vitré", "D": "Association Les Genêts"}
    known = in_force | {"C": "EHPAD public de La Guerche"}
    sent = date(2029, 2, 20)
    assert check_can_convene(replace(exclusion_of("D"), convocation_date=sent), in_force, Governance(), known) == []
    [problem] = check_can_convene(replace(exclusion_of("C"), convocation_date=sent), in_force, Governance(), known)
    assert problem.field == "agenda[1]" and "« EHPAD public de La Guerche » n'est pas membre" in problem.message
