"""What may be done with an assembly in each state: one answer for the services and the GUI."""

from __future__ import annotations

import pytest

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_actions import AssemblyAction as A
from gcsms_desktop.domain.assembly_actions import allowed_actions, state_allowing


def test_a_draft_is_prepared_and_convened_nothing_else():
    """R. 312-194-20: the convocation states its sending date, so nothing is printed from a draft; the
    session is recorded only once the members were convened."""
    assert allowed_actions(AssemblyState.DRAFT) == {A.PREPARE, A.CONVENE}


def test_a_convened_assembly_holds_its_session_and_prints_its_convocations():
    """R. 312-194-22: attendance, votes and officers of the session, then its closing; the agenda sent
    can no longer change, and the PV waits for the closing."""
    actions = allowed_actions(AssemblyState.CONVENED)
    assert actions == {A.RECORD_SESSION, A.CLOSE, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE}
    assert A.PREPARE not in actions and A.PRINT_MINUTES not in actions


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
