"""Convocation delays (R312-194-20, R312-194-22).

Dates only: the app records the day the letters are sent, not the hour, so the 48 hours of an
urgent convocation are counted as two whole days (docs/regles-et-choix.md).
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.problems import Problem

SECOND_CONVOCATION_DAYS = 15  # R312-194-22: convened again « dans un délai de quinze jours »
URGENT_SECOND_CONVOCATION_DAYS = 8  # R312-194-22: « ramené à huit jours » in urgency


def notice_days(governance: Governance, urgent: bool) -> int:
    """Whole days between the letters and the meeting: 15 (or the convention's), 48 h → 2 days."""
    if urgent:
        return math.ceil(governance.urgent_convocation_hours / 24)
    return governance.convocation_days


def notice_text(governance: Governance, urgent: bool) -> str:
    if urgent:
        return f"{governance.urgent_convocation_hours} heures"
    return f"{governance.convocation_days} jours"


def latest_convocation_date(meeting: date, governance: Governance, urgent: bool) -> date:
    """The last day the letters may be sent for a meeting on ``meeting``."""
    return meeting - timedelta(days=notice_days(governance, urgent))


def earliest_meeting_date(convocation: date, governance: Governance, urgent: bool) -> date:
    return convocation + timedelta(days=notice_days(governance, urgent))


def check_convocation(convocation: date | None, meeting: date, governance: Governance, urgent: bool,
                      second_of: date | None = None) -> list[Problem]:
    """Whether letters sent on ``convocation`` convene a meeting on ``meeting`` lawfully.

    A second convocation (``second_of`` = the first meeting's date) is instead bound to meet
    within 15 days (8 in urgency) of the first meeting, so only its own date is checked, and
    letters must go out before the day itself.
    """
    if convocation is None:
        return [Problem("convocation_date", "Indiquez la date d'envoi des convocations.")]
    if second_of is not None:
        return _check_second(convocation, meeting, urgent, second_of)
    latest = latest_convocation_date(meeting, governance, urgent)
    if convocation <= latest:
        return []
    kind = "en urgence, " if urgent else ""
    return [Problem("convocation_date", (
        f"Convocations envoyées le {format_date(convocation)} : l'assemblée du {format_date(meeting)} doit "
        f"être convoquée {kind}{notice_text(governance, urgent)} au moins à l'avance (art. R. 312-194-20). "
        f"Envoyez-les au plus tard le {format_date(latest)}, ou réunissez l'assemblée à partir du "
        f"{format_date(earliest_meeting_date(convocation, governance, urgent))}."))]


def second_convocation_deadline(first_meeting: date, urgent: bool) -> date:
    days = URGENT_SECOND_CONVOCATION_DAYS if urgent else SECOND_CONVOCATION_DAYS
    return first_meeting + timedelta(days=days)


def _check_second(convocation: date, meeting: date, urgent: bool, first_meeting: date) -> list[Problem]:
    problems = []
    deadline = second_convocation_deadline(first_meeting, urgent)
    if not first_meeting < meeting <= deadline:
        days = URGENT_SECOND_CONVOCATION_DAYS if urgent else SECOND_CONVOCATION_DAYS
        problems.append(Problem("meeting_date", (
            f"Sur seconde convocation, l'assemblée se réunit dans un délai de {days} jours après celle du "
            f"{format_date(first_meeting)} (art. R. 312-194-22) : choisissez une date du "
            f"{format_date(first_meeting + timedelta(days=1))} au {format_date(deadline)}.")))
    if convocation >= meeting:
        problems.append(Problem("convocation_date", (
            "Les convocations de la seconde assemblée doivent être envoyées avant le jour de la réunion.")))
    return problems
