"""The assembly held of right at the request of a third of the members (R. 312-194-20), in figures."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState
from gcsms_desktop.domain.assembly_checks import check_preparation
from gcsms_desktop.domain.assembly_request import (
    check_request, check_requesters_known, convening_deadline, meeting_deadline, names_text, request_sentence,
    third_reached, third_text,
)
from gcsms_desktop.domain.deadlines import deadlines
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.matters import Matter
from tests.factories import seventeen_parts_groupement

NINE = {f"M{i}": f"Membre {i}" for i in range(1, 10)}
TEN = NINE | {"M10": "Membre 10"}
ITEM = AgendaItem(Matter.BUDGET, "Budget rectificatif 2027", "L'assemblée générale adopte le budget rectificatif.")


def requested(keys: tuple[str, ...], on: date | None = date(2027, 3, 3), **changes: object) -> Assembly:
    values: dict[str, object] = {"agenda": (ITEM,), "requested_by": keys, "requested_on": on} | changes
    return Assembly(date(2027, 4, 1), "Siège", **values)  # type: ignore[arg-type]


def test_r312_194_20_a_third_is_counted_exactly_three_of_nine_but_not_three_of_ten():
    assert third_reached(3, 9) and not third_reached(3, 10) and third_reached(4, 10)
    assert third_reached(1, 2) and third_reached(1, 3) and not third_reached(0, 3) and not third_reached(0, 0)
    assert third_text(3, 9) == "3 membres sur 9 : le tiers est atteint (art. R. 312-194-20)"
    assert third_text(1, 10) == "1 membre sur 10 : le tiers n'est pas atteint (art. R. 312-194-20)"
    assert check_request(requested(("M1", "M2", "M3")), NINE) == []
    problems = check_request(requested(("M1", "M2", "M3")), TEN)
    assert [p.message for p in problems] == [
        "3 membres sur 10 le 3 mars 2027 : l'assemblée ne se réunit de droit qu'à la demande d'au moins un tiers "
        "des membres (art. R. 312-194-20)."]


def test_r312_194_20_requesters_are_members_on_the_request_date_each_once():
    problems = check_request(requested(("M1", "M1", "X", "M2")), NINE, {"X": "Ancien membre"})
    messages = [p.message for p in problems]
    assert messages[0].startswith("« Membre 1 » figure plusieurs fois parmi les demandeurs")
    assert messages[1].startswith("« Ancien membre » n'est pas membre du groupement le 3 mars 2027, jour de la "
                                  "demande")
    assert messages[2].startswith("2 membres sur 9 le 3 mars 2027")  # the stranger does not count
    assert [p.field for p in check_requesters_known(requested(("M1", "M1", "Y")), NINE)] == ["requested_by"] * 2


def test_r312_194_20_a_determined_agenda_a_request_before_the_meeting_and_both_fields_together():
    no_agenda = check_preparation(requested(("M1", "M2", "M3"), agenda=()), NINE)
    assert [p.field for p in no_agenda] == ["agenda"] and "ordre du jour déterminé" in no_agenda[0].message
    late = check_request(requested(("M1", "M2", "M3"), on=date(2027, 4, 2)), NINE)
    assert [p.message for p in late] == [
        "Demande du 2 avril 2027 : elle ne peut pas suivre la réunion du 1er avril 2027."]
    after_letters = check_request(requested(("M1", "M2", "M3"), convocation_date=date(2027, 3, 1)), NINE)
    assert [p.field for p in after_letters] == ["requested_on"]
    assert [p.field for p in check_request(requested(("M1",), on=None), NINE)] == ["requested_on"]
    assert [p.field for p in check_request(requested((), on=date(2027, 3, 3)), NINE)] == ["requested_by"]
    assert check_request(requested((), on=None), NINE) == []  # convened by the administrateur himself


def test_r312_194_20_preparation_judges_requesters_on_the_request_date_not_the_meeting_date():
    on_request = {"M1": "Membre 1", "M2": "Membre 2", "M3": "Membre 3"}
    assembly = requested(("M1", "M2"))
    assert check_preparation(assembly, NINE, None, on_request) == []  # 2 of 3 that day
    assert [p.field for p in check_preparation(assembly, NINE)] == ["requested_by"]  # 2 of 9 on the meeting day


def test_r312_194_20_reading_convene_within_fifteen_days_then_the_notice():
    assert convening_deadline(date(2027, 3, 3)) == date(2027, 3, 18)
    assert meeting_deadline(date(2027, 3, 3), Governance()) == date(2027, 4, 2)
    assert meeting_deadline(date(2027, 3, 3), Governance(), urgent=True) == date(2027, 3, 20)


def test_r312_194_20_the_sentence_names_the_requesters_and_the_date():
    assembly = requested(("M1", "M2", "M3"))
    assert names_text(["A"]) == "« A »" and names_text(["A", "B"]) == "« A » et « B »"
    assert request_sentence(assembly, NINE) == (
        "Assemblée générale convoquée à la demande de « Membre 1 », « Membre 2 » et « Membre 3 » (demande du "
        "3 mars 2027), conformément à l'article R. 312-194-20 du code de l'action sociale et des familles.")
    assert request_sentence(Assembly(date(2027, 4, 1), "Siège"), NINE) == ""


def test_r312_194_20_the_deadline_is_listed_until_the_assembly_is_convened():
    g = seventeen_parts_groupement()
    keys = tuple(m.key for m in g.members[:6])
    draft = Assembly(date(2027, 4, 1), "Siège", agenda=(ITEM,), requested_by=keys, requested_on=date(2027, 3, 3))
    listed = [d for d in deadlines(g, (), (), date(2027, 3, 5), (draft,)) if "Assemblée demandée" in d.text]
    assert len(listed) == 1 and listed[0].due == date(2027, 3, 18)
    assert listed[0].text.startswith(f"Assemblée demandée le 3 mars 2027 par « {g.members[0].display_name} »")
    assert listed[0].text.endswith("à convoquer au plus tard le 18 mars 2027, pour une réunion au plus tard le "
                                   "2 avril 2027.")
    convened = [d for d in deadlines(g, (), (), date(2027, 3, 5), (
        Assembly(draft.meeting_date, "Siège", state=AssemblyState.CONVENED, requested_by=keys,
                 requested_on=date(2027, 3, 3)),)) if "Assemblée demandée" in d.text]
    assert convened == []
