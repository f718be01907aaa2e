"""What may be done with an assembly in each state: one answer for the services and the GUI."""

from __future__ import annotations

import pytest

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_actions import AssemblyAction as A
from gcsms_desktop.domain.assembly_actions import allowed_actions, state_allowing


def test_a_draft_is_prepared_convened_or_deleted_nothing_else():
    """R. 312-194-20: the convocation states its sending date, so nothing is printed from a draft; the
    session is recorded only once the members were convened. Nobody received it: it may be deleted."""
    assert allowed_actions(AssemblyState.DRAFT) == {A.PREPARE, A.CONVENE, A.DELETE}


def test_a_convened_assembly_holds_its_session_and_prints_its_convocations():
    """R. 312-194-22: attendance, votes and officers of the session, then its closing; the agenda sent
    can no longer change, and the PV waits for the closing."""
    actions = allowed_actions(AssemblyState.CONVENED)
    assert actions == {A.RECORD_SESSION, A.CLOSE, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE, A.CANCEL}
    assert A.PREPARE not in actions and A.PRINT_MINUTES not in actions and A.DELETE not in actions


def test_a_held_assembly_is_signed_or_corrected_never_edited():
    """Art. 13-2: the closed session is not edited; a mistake is corrected by an erratum, the PV is signed."""
    actions = allowed_actions(AssemblyState.HELD)
    assert actions == {A.SIGN, A.ADD_ERRATUM, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE, A.PRINT_MINUTES}
    assert not actions & {A.PREPARE, A.CONVENE, A.RECORD_SESSION, A.CLOSE, A.PRINT_EXTRACT}


def test_a_signed_assembly_only_takes_errata_and_gives_extracts():
    """Art. 13-2, registre coté: the signed PV's pages are fixed; an erratum takes the next pages, and
    only a signed PV gives certified extracts."""
    actions = allowed_actions(AssemblyState.SIGNED)
    assert actions == {A.ADD_ERRATUM, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE, A.PRINT_MINUTES, A.PRINT_EXTRACT}
    assert A.SIGN not in actions


def test_a_cancelled_assembly_is_not_continued_only_restored_or_its_letters_printed():
    """A convened assembly cancelled before it met (domain.deletions): no session, no second
    convocation (R. 312-194-22 follows a session without quorum), its convocations and cancellation
    letters reprinted, and the cancellation undone."""
    actions = allowed_actions(AssemblyState.CANCELLED, quorum_reached=False)
    assert actions == {A.PRINT_CONVOCATIONS, A.PRINT_CANCELLATION, A.UNCANCEL}


@pytest.mark.parametrize("state", [AssemblyState.HELD, AssemblyState.SIGNED])
def test_held_and_signed_assemblies_are_never_deleted_nor_cancelled(state):
    """Art. 13-2: the deliberations are numbered and the PV goes to the register."""
    assert not allowed_actions(state) & {A.DELETE, A.CANCEL, A.UNCANCEL}


@pytest.mark.parametrize("state", [AssemblyState.HELD, AssemblyState.SIGNED])
def test_a_closed_session_without_quorum_is_convened_again(state):
    """R. 312-194-22: without quorum the assembly is convened again, within fifteen days."""
    assert A.CONVENE_AGAIN in allowed_actions(state, quorum_reached=False)
    assert A.CONVENE_AGAIN not in allowed_actions(state, quorum_reached=True)


@pytest.mark.parametrize("state", [AssemblyState.DRAFT, AssemblyState.CONVENED])
def test_an_open_session_is_not_convened_again_whatever_its_attendance(state):
    assert A.CONVENE_AGAIN not in allowed_actions(state, quorum_reached=False)


def test_each_step_of_the_wizard_has_one_state():
    assert [state_allowing(a) for a in (A.PREPARE, A.CONVENE, A.RECORD_SESSION, A.CLOSE)] == [
        AssemblyState.DRAFT, AssemblyState.DRAFT, AssemblyState.CONVENED, AssemblyState.CONVENED]
