"""What may be done with an assemblée générale in each state — asked by the services before a
step and by the GUI to enable its buttons, so the state machine is written once.

The states go one way (draft → convened → held → signed, ``domain.assembly``):
- a draft is prepared and convened; nothing is printed from it but the wizard's preview
  (R. 312-194-20: the convocation states its sending date, known only once convened);
- a convened assembly holds its session: attendance, votes, officers, then the closing
  (R. 312-194-22: the assembly deliberates on the members present or represented);
- a held assembly is never edited again: its PV is signed and a mistake is corrected by an
  erratum (art. 13-2, registre coté); without quorum it is convened again (R. 312-194-22);
- a signed assembly has its pages fixed in the register: only errata (on the next pages) and
  the certified extracts of its deliberations (art. 13-2).

Deleting and cancelling (domain.deletions): a draft, which no member has received, may be deleted;
a convened assembly may be cancelled (its convocations were sent: it is kept, « annulée », and a
cancellation letter goes to each member); a cancelled assembly is not continued, it may only be
restored to « convoquée » (undo) and have its letters printed. Held and signed assemblies are never
deleted nor cancelled.
"""

from __future__ import annotations

from enum import Enum

from gcsms_desktop.domain.assembly import AssemblyState


class AssemblyAction(Enum):
    PREPARE = "prepare"  # edit the date, place and agenda
    CONVENE = "convene"  # send the convocations
    RECORD_SESSION = "record_session"  # attendance, votes and officers of the session
    CLOSE = "close"  # close the session: droits frozen, deliberations numbered
    SIGN = "sign"  # sign the PV: it takes the register's next pages
    ADD_ERRATUM = "add_erratum"
    CONVENE_AGAIN = "convene_again"  # second convocation of an assembly without quorum
    PRINT_CONVOCATIONS = "print_convocations"
    PRINT_ATTENDANCE = "print_attendance"
    PRINT_MINUTES = "print_minutes"
    PRINT_EXTRACT = "print_extract"
    DELETE = "delete"  # a draft nobody was convened to
    CANCEL = "cancel"  # a convened assembly that will not meet
    UNCANCEL = "uncancel"  # undo of the cancellation
    PRINT_CANCELLATION = "print_cancellation"  # one letter per member


A = AssemblyAction
_BY_STATE: dict[AssemblyState, frozenset[AssemblyAction]] = {
    AssemblyState.DRAFT: frozenset({A.PREPARE, A.CONVENE, A.DELETE}),
    AssemblyState.CONVENED: frozenset({A.RECORD_SESSION, A.CLOSE, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE,
                                       A.CANCEL}),
    AssemblyState.HELD: frozenset({A.SIGN, A.ADD_ERRATUM, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE,
                                   A.PRINT_MINUTES}),
    AssemblyState.SIGNED: frozenset({A.ADD_ERRATUM, A.PRINT_CONVOCATIONS, A.PRINT_ATTENDANCE, A.PRINT_MINUTES,
                                     A.PRINT_EXTRACT}),
    AssemblyState.CANCELLED: frozenset({A.PRINT_CONVOCATIONS, A.PRINT_CANCELLATION, A.UNCANCEL}),
}

#: The actions of the assembly wizard: the session is continued while one of them is allowed.
WIZARD_ACTIONS = frozenset({A.PREPARE, A.CONVENE, A.RECORD_SESSION, A.CLOSE})
#: Actions that write (greyed out on a read-only base; printing stays).
WRITING_ACTIONS = frozenset({A.PREPARE, A.CONVENE, A.RECORD_SESSION, A.CLOSE, A.SIGN, A.ADD_ERRATUM,
                             A.CONVENE_AGAIN, A.DELETE, A.CANCEL, A.UNCANCEL})


def allowed_actions(state: AssemblyState, quorum_reached: bool = True) -> frozenset[AssemblyAction]:
    """The actions allowed on an assembly in ``state``; ``quorum_reached`` is the closed session's
    quorum (R. 312-194-22: a session closed without quorum is convened again)."""
    actions = _BY_STATE[state]
    if state.locked and not quorum_reached:
        actions = actions | {A.CONVENE_AGAIN}
    return actions


def state_allowing(action: AssemblyAction) -> AssemblyState:
    """The one state in which a step of the wizard (prepare, convene, session, close) is allowed."""
    [state] = [s for s in AssemblyState if action in _BY_STATE[s]]
    return state
