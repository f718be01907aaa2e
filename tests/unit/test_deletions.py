"""What may be deleted or cancelled, and why not (domain.deletions; docs/regles-et-choix.md, « Supprimer,
annuler »), on plain domain objects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.book_checks import check_book
from gcsms_desktop.domain.changes import Admission, Change, Withdrawal
from gcsms_desktop.domain.deletions import (
    BookContents, assembly_deletion_problem, change_deletion_problem, change_losses, check_cancellation,
    groupement_deletion_problems, groupement_losses, uncancel_problem,
)
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from tests.factories import member, seventeen_parts_groupement
from tests.unit.test_book_checks import ACCOUNTS, GROUPEMENT, KEYS

MEETING = date(2027, 3, 15)
SENT = date(2027, 2, 20)
CONVENED = Assembly(MEETING, "Siège", convocation_date=SENT, agenda=(ACCOUNTS,), state=AssemblyState.CONVENED)


@pytest.mark.parametrize(("state", "allowed"), [
    (AssemblyState.DRAFT, True), (AssemblyState.CONVENED, False), (AssemblyState.HELD, False),
    (AssemblyState.SIGNED, False), (AssemblyState.CANCELLED, False)])
def test_only_a_draft_is_deleted(state, allowed):
    """R. 312-194-20: once convened, the members were written to; art. 13-2: a held assembly's PV goes
    to the register and a signed one is never deleted."""
    assert (assembly_deletion_problem(replace(CONVENED, state=state)) is None) is allowed


def test_art_13_2_a_signed_pv_is_never_deleted_and_says_why():
    problem = assembly_deletion_problem(replace(CONVENED, state=AssemblyState.SIGNED))
    assert problem is not None and "registre coté et paraphé (art. 13-2)" in problem


@pytest.mark.parametrize(("on", "fine"), [
    (SENT, True), (MEETING, True), (date(2027, 2, 19), False), (date(2027, 3, 16), False)])
def test_r312_194_20_a_convened_assembly_is_cancelled_between_its_convocations_and_its_meeting(on, fine):
    assert (check_cancellation(CONVENED, on) == []) is fine


def test_r312_194_22_an_assembly_whose_session_is_recorded_is_closed_not_cancelled():
    sitting = replace(CONVENED, attendance=(AttendanceLine(KEYS[0], Presence.PRESENT, "Mme A"),))
    [problem] = check_cancellation(sitting, SENT)
    assert "R. 312-194-22" in problem.message


@pytest.mark.parametrize("state", [AssemblyState.DRAFT, AssemblyState.HELD, AssemblyState.SIGNED])
def test_only_a_convened_assembly_is_cancelled(state):
    [problem] = check_cancellation(replace(CONVENED, state=state), SENT)
    assert problem.field == "state"


def test_r312_194_22_uncancel_while_no_other_second_convocation_took_its_place():
    cancelled = replace(CONVENED, state=AssemblyState.CANCELLED, cancelled_on=SENT)
    assert uncancel_problem(cancelled, None) is None
    assert "assemblée numéro 7" in (uncancel_problem(cancelled, 7) or "")
    assert uncancel_problem(CONVENED, None) is not None


def test_the_book_judges_a_cancelled_assembly_as_the_service_does():
    """The same function (check_cancellation) for « assembly cancel » and for a file."""
    late = replace(CONVENED, state=AssemblyState.CANCELLED, cancelled_on=date(2027, 3, 16))
    problems = check_book(GROUPEMENT, (), (StoredAssemblyData(late, None, None),), date(2030, 1, 1))
    assert [p.field for p in problems] == ["assemblies[0].cancelled_on"]
    said = check_cancellation(late, late.cancelled_on)[0].message
    assert problems[0].message == f"Assemblée du 15 mars 2027 : {said[0].lower()}{said[1:]}"
    undated = replace(late, cancelled_on=None)
    assert [p.field for p in check_book(GROUPEMENT, (), (StoredAssemblyData(undated, None, None),))] == [
        "assemblies[0].cancelled_on"]


# --- changes --------------------------------------------------------------------------------------------

D = member("D", "Association D")
ADMISSION = Change(date(2027, 3, 15), Admission(D, 1), number=1)
WITHDRAWAL = Change(date(2027, 5, 2), Withdrawal(KEYS[0]), number=2)


def test_art_21_a_change_whose_avenant_is_signed_is_not_deleted():
    signed = replace(WITHDRAWAL, avenant=ApprovalDates(date(2027, 6, 1)))
    past = History(GROUPEMENT, (ADMISSION, signed))
    problem = change_deletion_problem(signed, past)
    assert problem is not None and "(art. 21)" in problem


def test_art_8_only_the_last_change_is_deleted():
    past = History(GROUPEMENT, (ADMISSION, WITHDRAWAL))
    assert change_deletion_problem(WITHDRAWAL, past) is None
    problem = change_deletion_problem(ADMISSION, past)
    assert problem is not None and "1\u00a0changement enregistré après lui (n° 2) en tient compte" in problem


def test_art_9_1_a_change_counted_by_droits_frozen_at_a_held_assembly_is_not_deleted():
    """The withdrawal of the first member takes effect at the end of a fiscal year (art. 8-2): an assembly
    held after it froze droits without that member."""
    groupement = seventeen_parts_groupement()
    past = History(groupement, (replace(WITHDRAWAL, number=1),))
    effect = past.effective_on(past.changes[0])
    assert effect is not None
    after = date(effect.year + 1, 3, 1)
    assert change_deletion_problem(past.changes[0], past, [date(2027, 3, 1)]) is None
    problem = change_deletion_problem(past.changes[0], past, [after])
    assert problem is not None and "art. 9-1" in problem


def test_a_deleted_change_frees_its_avenant_number():
    assert any("sera redonné au prochain changement" in line for line in change_losses(WITHDRAWAL))
    assert any("Association D" in line for line in change_losses(ADMISSION))


# --- groupements ----------------------------------------------------------------------------------------

def test_a_groupement_without_acts_is_deleted_and_the_losses_are_listed():
    book = BookContents("G", 17, (ADMISSION,), (AssemblyState.DRAFT, AssemblyState.CONVENED,
                                                 AssemblyState.CANCELLED, AssemblyState.CANCELLED), 0)
    assert groupement_deletion_problems(book) == []
    assert groupement_losses(book) == [
        "la convention constitutive et ses 17\u00a0membres",
        "1\u00a0changement de membres ou de capital, avenant non signé",
        "1\u00a0assemblée en préparation", "1\u00a0assemblée convoquée", "2\u00a0assemblées annulées"]


def test_art_13_2_and_21_a_groupement_with_acts_is_not_deleted():
    signed = replace(ADMISSION, avenant=ApprovalDates(date(2027, 4, 1)))
    book = BookContents("G", 17, (signed,), (AssemblyState.HELD,), 1)
    problems = groupement_deletion_problems(book)
    assert len(problems) == 3
    assert "(art. 13-2)" in problems[0] and "n° 1 (art. 21)" in problems[1] and "registre" in problems[2]
