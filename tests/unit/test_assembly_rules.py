"""Rules of the assemblée générale, with figures (R312-194-20 to -22, R312-194-10)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from gcsms_desktop.domain.assembly import (
    AgendaItem, Assembly, assembly_result, deliberation_numbers, format_time, next_register_page,
    second_convocation_needed,
)
from gcsms_desktop.domain.assembly_checks import check_can_close, check_can_convene, check_preparation
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence, check_attendance
from gcsms_desktop.domain.convocation import check_convocation, second_convocation_deadline
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.majority import Choice, Rule, decide, rule_for
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.quorum import compute_quorum

P, R, ABS = Presence.PRESENT, Presence.REPRESENTED, Presence.ABSENT
FOR, AGAINST, ABSTAIN = Choice.FOR, Choice.AGAINST, Choice.ABSTENTION
# 17 parts: A 5, B 3, C 4, D 5
RIGHTS = AssemblyRights({"A": Fraction(5), "B": Fraction(3), "C": Fraction(4), "D": Fraction(5)}, Fraction(17))
NAMES = {"A": "Alpha", "B": "Bêta", "C": "Gamma", "D": "Delta"}


def lines(**presence: Presence) -> tuple[AttendanceLine, ...]:
    return tuple(AttendanceLine(key, presence.get(key, ABS), "M. X" if presence.get(key) is P else "")
                 for key in RIGHTS.votes)


# --- quorum, R312-194-22 -------------------------------------------------------------------------

def test_r312_194_22_quorum_8_of_17_is_not_reached():
    result = compute_quorum(lines(A=P, B=P), RIGHTS)
    assert not result.reached and not result.may_deliberate
    assert result.explanation.startswith("Quorum non atteint : 8/17 des droits présents ou représentés "
                                         "(minimum 8,5/17, art. R. 312-194-22).")


def test_r312_194_22_quorum_9_of_17_is_reached():
    result = compute_quorum(lines(A=P, C=P), RIGHTS)
    assert result.reached
    assert result.explanation == ("Quorum atteint : 9/17 des droits présents ou représentés "
                                  "(minimum 8,5/17, art. R. 312-194-22).")


def test_r312_194_22_represented_members_count_for_the_quorum():
    attendance = (AttendanceLine("A", P, "M. X"), AttendanceLine("C", R, proxy_holder="A"),
                  AttendanceLine("B", ABS), AttendanceLine("D", ABS))
    result = compute_quorum(attendance, RIGHTS)
    assert (result.present, result.represented, result.reached) == (Fraction(5), Fraction(4), True)


def test_r312_194_22_half_exactly_is_enough():
    even = AssemblyRights({"A": Fraction(50), "B": Fraction(50)}, Fraction(100))
    assert compute_quorum((AttendanceLine("A", P, "x"), AttendanceLine("B", ABS)), even).reached


def test_r312_194_22_second_convocation_deliberates_whatever_the_attendance():
    result = compute_quorum(lines(B=P), RIGHTS, second_convocation=True)
    assert not result.reached and result.may_deliberate
    assert "seconde convocation" in result.explanation and "3/17" in result.explanation


def test_r312_194_22_second_convocation_within_15_days_or_8_in_urgency():
    first = date(2026, 12, 1)
    assert second_convocation_deadline(first, urgent=False) == date(2026, 12, 16)
    assert second_convocation_deadline(first, urgent=True) == date(2026, 12, 9)
    assert check_convocation(date(2026, 12, 2), date(2026, 12, 16), Governance(), False, first) == []
    late = check_convocation(date(2026, 12, 2), date(2026, 12, 17), Governance(), False, first)
    assert "du 2 décembre 2026 au 16 décembre 2026" in late[0].message
    assert check_convocation(date(2026, 12, 2), date(2026, 12, 10), Governance(), True, first)


# --- convocation, R312-194-20 ---------------------------------------------------------------------

def test_r312_194_20_convocation_fifteen_days_ahead():
    meeting = date(2026, 12, 15)
    assert check_convocation(date(2026, 11, 30), meeting, Governance(), urgent=False) == []
    [problem] = check_convocation(date(2026, 12, 1), meeting, Governance(), urgent=False)
    assert "au plus tard le 30 novembre 2026" in problem.message
    assert "à partir du 16 décembre 2026" in problem.message
    assert "15 jours au moins" in problem.message


def test_r312_194_20_urgent_convocation_48_hours_ahead():
    meeting = date(2026, 12, 15)
    assert check_convocation(date(2026, 12, 13), meeting, Governance(), urgent=True) == []
    [problem] = check_convocation(date(2026, 12, 14), meeting, Governance(), urgent=True)
    assert "48 heures" in problem.message and "13 décembre 2026" in problem.message


def test_convention_may_set_another_delay():
    assert check_convocation(date(2026, 12, 5), date(2026, 12, 15), Governance(convocation_days=10), False) == []


def test_convocation_date_is_required():
    assert check_convocation(None, date(2026, 12, 15), Governance(), False)


# --- proxies and attendance, R312-194-20 -----------------------------------------------------------

def test_r312_194_20_no_proxy_with_two_members():
    names = {"A": "Alpha", "B": "Bêta"}
    attendance = (AttendanceLine("A", P, "M. X"), AttendanceLine("B", R, proxy_holder="A"))
    [problem] = check_attendance(attendance, names, proxies_allowed=True)
    assert "plus de deux membres" in problem.message


def test_r312_194_20_proxy_only_to_a_present_member():
    attendance = (AttendanceLine("A", ABS), AttendanceLine("B", R, proxy_holder="A"),
                  AttendanceLine("C", P, "x"), AttendanceLine("D", P, "y"))
    [problem] = check_attendance(attendance, NAMES, proxies_allowed=True)
    assert "« Alpha », qui n'est pas présent" in problem.message


def test_r312_194_20_at_most_one_proxy_per_member():
    attendance = (AttendanceLine("A", P, "x"), AttendanceLine("B", R, proxy_holder="A"),
                  AttendanceLine("C", R, proxy_holder="A"), AttendanceLine("D", P, "y"))
    [problem] = check_attendance(attendance, NAMES, proxies_allowed=True)
    assert "« Alpha » détient 2 procurations" in problem.message


def test_proxy_refused_when_the_convention_forbids_it():
    attendance = (AttendanceLine("A", P, "x"), AttendanceLine("B", R, proxy_holder="A"),
                  AttendanceLine("C", ABS), AttendanceLine("D", ABS))
    [problem] = check_attendance(attendance, NAMES, proxies_allowed=False)
    assert "n'autorise pas" in problem.message


def test_a_member_is_never_present_and_represented_at_once():
    attendance = (AttendanceLine("A", P, "x"), AttendanceLine("A", R, proxy_holder="C"),
                  AttendanceLine("C", P, "y"))
    problems = check_attendance(attendance, NAMES, proxies_allowed=True)
    assert any("jamais deux à la fois" in p.message for p in problems)


def test_valid_attendance_has_no_problem():
    attendance = (AttendanceLine("A", P, "x"), AttendanceLine("B", R, proxy_holder="A"),
                  AttendanceLine("C", R, proxy_holder="D"), AttendanceLine("D", P, "y"))
    assert check_attendance(attendance, NAMES, proxies_allowed=True) == []


# --- majorities, R312-194-22 -------------------------------------------------------------------------

def test_r312_194_22_majority_by_matter():
    assert rule_for(Matter.CONVENTION_CHANGE) is Rule.UNANIMITY
    assert rule_for(Matter.ADMISSION) is Rule.UNANIMITY
    assert rule_for(Matter.EXCLUSION) is Rule.EXCLUSION
    assert {rule_for(m) for m in Matter} - {Rule.UNANIMITY, Rule.EXCLUSION} == {Rule.MAJORITY}
    assert rule_for(Matter.BUDGET) is Rule.MAJORITY and rule_for(Matter.OTHER) is Rule.MAJORITY


def test_r312_194_22_majority_weighted_by_droits():
    voters = ["A", "B", "C", "D"]  # 17 present
    adopted = decide(Matter.BUDGET, {"A": FOR, "D": FOR, "B": AGAINST, "C": AGAINST}, voters, RIGHTS, 4)
    assert adopted.adopted  # 10/17 for, more than 8,5
    rejected = decide(Matter.BUDGET, {"A": FOR, "B": FOR, "C": AGAINST, "D": AGAINST}, voters, RIGHTS, 4)
    assert not rejected.adopted  # 2 members of 4 for, but only 8/17 of the droits
    assert rejected.tally.votes_for == 8 and rejected.basis == 17


def test_r312_194_22_majority_abstentions_weigh_as_not_for():
    voters = ["A", "B", "C"]  # 12/17 present: the majority is more than 6/17
    outcome = decide(Matter.ACCOUNTS, {"A": FOR, "B": AGAINST, "C": ABSTAIN}, voters, RIGHTS, 4)
    assert not outcome.adopted  # 5 for out of 12: the 4 abstaining do not help
    assert "il faut plus de 6/17 pour" in outcome.explanation
    assert "les abstentions comptent comme des voix non favorables" in outcome.explanation
    outcome = decide(Matter.ACCOUNTS, {"A": FOR, "C": FOR, "B": ABSTAIN}, voters, RIGHTS, 4)
    assert outcome.adopted and outcome.explanation.startswith("Adoptée à la majorité")


def test_r312_194_22_unanimity_broken_by_one_abstention():
    voters = ["A", "B", "C"]
    outcome = decide(Matter.ADMISSION, {"A": FOR, "B": FOR, "C": ABSTAIN}, voters, RIGHTS, 4)
    assert not outcome.adopted
    assert "1 membre n'a pas voté pour" in outcome.explanation


def test_r312_194_22_unanimity_of_present_or_represented_only():
    outcome = decide(Matter.CONVENTION_CHANGE, {"A": FOR, "B": FOR, "C": FOR}, ["A", "B", "C"], RIGHTS, 4)
    assert outcome.adopted  # D absent does not prevent unanimity
    assert outcome.explanation.startswith("Adoptée à l'unanimité des membres présents ou représentés")


def test_r312_194_22_exclusion_member_concerned_does_not_vote():
    voters = ["A", "B", "C", "D"]
    outcome = decide(Matter.EXCLUSION, {"A": FOR, "C": FOR, "D": AGAINST, "B": AGAINST}, voters, RIGHTS, 4,
                     concerned_member="B")
    assert outcome.adopted  # 9/17 for ≥ 8,5/17; B's vote is not counted
    assert outcome.tally.against == 5 and "B" not in outcome.tally.voters


def test_r312_194_22_exclusion_needs_half_of_all_the_droits():
    voters = ["A", "C", "D"]  # B absent; A 5 + C 4 = 9 ≥ 8,5 → adopted
    assert decide(Matter.EXCLUSION, {"A": FOR, "C": FOR, "D": AGAINST}, voters, RIGHTS, 4, "D").adopted is True
    outcome = decide(Matter.EXCLUSION, {"A": FOR, "D": ABSTAIN}, ["A", "D"], RIGHTS, 4, "C")
    assert not outcome.adopted and "au moins 8,5/17 voix pour" in outcome.explanation


def test_r312_194_10_no_exclusion_with_two_members():
    two = AssemblyRights({"A": Fraction(1), "B": Fraction(1)}, Fraction(2))
    outcome = decide(Matter.EXCLUSION, {"A": FOR}, ["A", "B"], two, 2, "B")
    assert not outcome.adopted and "R. 312-194-10" in outcome.explanation
    assembly = Assembly(date(2026, 12, 15), "Siège", agenda=(AgendaItem(Matter.EXCLUSION, "Exclusion de B",
                                                                       "…", "B"),))
    [problem] = check_preparation(assembly, {"A": "Alpha", "B": "Bêta"})
    assert "au moins trois membres" in problem.message


def test_outcome_says_who_has_not_voted_yet():
    outcome = decide(Matter.BUDGET, {"A": FOR}, ["A", "B"], RIGHTS, 4)
    assert not outcome.complete and "1 membre n'a pas encore voté" in outcome.explanation


# --- the assembly as a whole -------------------------------------------------------------------------

def held_assembly(**changes) -> Assembly:  # noqa: ANN003
    items = (AgendaItem(Matter.ACCOUNTS, "Comptes 2025", "L'assemblée approuve les comptes.",
                        choices={"A": FOR, "C": FOR}),
             AgendaItem(Matter.OTHER, "Questions diverses"))
    values: dict[str, Any] = dict(meeting_date=date(2026, 12, 15), place="Siège", convocation_date=date(2026, 11, 25),
                  agenda=items, attendance=lines(A=P, C=P), president="Mme P", secretary="M. S", scrutineer="M. T")
    values.update(changes)
    return Assembly(**values)


def test_information_items_are_not_voted():
    result = assembly_result(held_assembly(), RIGHTS)
    assert [n for n, _item, _outcome in result.outcomes] == [1]
    assert result.outcomes[0][2].adopted


def test_no_deliberation_without_quorum():
    result = assembly_result(held_assembly(attendance=lines(A=P)), RIGHTS)
    assert result.outcomes == () and not result.quorum.may_deliberate


def test_closing_needs_officers_and_every_vote():
    assembly = held_assembly(secretary="", attendance=lines(A=P, C=P, D=P))
    problems = check_can_close(assembly, assembly_result(assembly, RIGHTS), NAMES, True)
    messages = " ".join(p.message for p in problems)
    assert "secrétaire de séance" in messages and "vote non saisi pour « Delta »" in messages
    assembly = held_assembly()
    assert check_can_close(assembly, assembly_result(assembly, RIGHTS), NAMES, True) == []


def test_convening_checks_place_agenda_and_delay():
    assembly = held_assembly(place="", agenda=(), convocation_date=date(2026, 12, 10))
    fields = [p.field for p in check_can_convene(assembly, NAMES, Governance())]
    assert fields == ["place", "agenda", "convocation_date"]


@pytest.mark.parametrize(("text", "expected"), [("14:30", "14\u00a0h\u00a030"), ("09:00", "9\u00a0h")])
def test_times_in_french(text, expected):
    assert format_time(text) == expected


def test_deliberations_numbered_by_year():
    assert deliberation_numbers(2026, 2, 3) == ["2026-3", "2026-4", "2026-5"]


def test_art_13_2_register_pages_continue():
    assert next_register_page(0) == 1
    assert next_register_page(3) == 4


def test_r312_194_22_second_convocation_only_after_a_closed_session_without_quorum():
    from dataclasses import replace

    from gcsms_desktop.domain.assembly import AssemblyState

    no_quorum = held_assembly(attendance=lines(A=P), state=AssemblyState.HELD)
    assert second_convocation_needed(no_quorum, assembly_result(no_quorum, RIGHTS))
    still_open = replace(no_quorum, state=AssemblyState.CONVENED)
    assert not second_convocation_needed(still_open, assembly_result(still_open, RIGHTS))
    quorate = held_assembly(state=AssemblyState.HELD)
    assert not second_convocation_needed(quorate, assembly_result(quorate, RIGHTS))


def test_art_13_1_the_administrateur_presides_unless_the_convention_says_otherwise():
    from gcsms_desktop.domain.administrator import Administrator
    from gcsms_desktop.domain.groupement import Groupement

    g = Groupement("GCSMS test", administrator=Administrator("A", "Marie Le Goff"))
    assert g.assembly_president == "Marie Le Goff"
    other = Governance(president_is_administrator=False, president_other="Le président du CCAS")
    assert Groupement("GCSMS test", governance=other, administrator=g.administrator).assembly_president \
        == "Le président du CCAS"
    assert Groupement("GCSMS test").assembly_president == ""  # not elected yet: the AG designates one


def test_r312_194_22_the_member_to_exclude_is_not_among_the_voters():
    from gcsms_desktop.domain.assembly import voters_on

    attendance = lines(A=P, B=P, C=P)
    exclusion = AgendaItem(Matter.EXCLUSION, "Exclusion de B", "…", concerned_member="B")
    assert voters_on(exclusion, attendance) == ["A", "C"]
    assert voters_on(AgendaItem(Matter.BUDGET, "Budget"), attendance) == ["A", "B", "C"]
