"""One judgement of a correction of representatives or contact details, asked by the service that
records it and by the file checks (``check`` and ``import``): art. 13-1 of the model convention,
R312-194-20 and -22 (what letters and minutes already named stays as they named it)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_details import DetailsCorrection, check_correction, check_unused
from gcsms_desktop.domain.problems import Problem


def check_details(past: History, c: DetailsCorrection, used_on: tuple[date, ...]) -> list[Problem]:
    """Every reason to refuse ``c`` against the book ``past`` and the days whose acts named the
    representatives then in office (``dates_used``)."""
    g = past.groupement
    ever = next((m for m in past.members_ever if m.key == c.member_key), None)
    in_force = past.standing(c.effective_on).member(c.member_key) if ever is not None else None
    problems = check_correction(c, in_force, ever.name if ever else None, g.governance.representatives_per_member,
                                g.dates.signature)
    if not c.of_groupement and ever is not None:  # the groupement's own e-mail is on no act
        problems += check_unused(c, whose(past, c), used_on)
    return problems


def whose(past: History, c: DetailsCorrection) -> str:
    return f"« {past.name(c.member_key)} »" if c.member_key else "le groupement"


def dates_used(sessions: Iterable[tuple[date | None, date, str]]) -> tuple[date, ...]:
    """Days whose documents named the representatives and addresses in office, from each assembly's
    (sending date, meeting date, state value): each sending of convocations, and the meeting day of an
    assembly held (attendance sheet, PV)."""
    found: list[date] = []
    for sent, meeting, state in sessions:
        if sent is not None and state != AssemblyState.DRAFT.value:
            found.append(sent)
        if state in (AssemblyState.HELD.value, AssemblyState.SIGNED.value):
            found.append(meeting)
    return tuple(found)


def assembly_dates_used(assemblies: Iterable[Assembly]) -> tuple[date, ...]:
    return dates_used((a.convocation_date, a.meeting_date, a.state.value) for a in assemblies)
