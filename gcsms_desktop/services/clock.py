"""The one « today » of the application: the GUI, the command line and every use case ask it.

No act is recorded as done after today (domain.act_dates); what « today » is must therefore be one
answer everywhere. It is the computer's date, unless the environment variable
``GCSMS_DESKTOP_TODAY=AAAA-MM-JJ`` fixes it: a test and demonstration aid (the README says so), read
at each call so that a test, or a command started with it, sees the date it set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from gcsms_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from gcsms_desktop.domain.changes import Change
    from gcsms_desktop.domain.groupement import Groupement
    from gcsms_desktop.interchange.groupement_json import StoredAssemblyData

TODAY_VARIABLE = "GCSMS_DESKTOP_TODAY"


class InvalidToday(ServiceError):
    """``GCSMS_DESKTOP_TODAY`` holds something else than a date: said in French, never a traceback."""


def today() -> date:
    """The computer's date, or the one ``GCSMS_DESKTOP_TODAY`` sets (« 2026-11-25 »)."""
    text = os.environ.get(TODAY_VARIABLE, "").strip()
    if not text:
        return date.today()
    return parse_today(text)


def parse_today(text: str) -> date:
    """A date written AAAA-MM-JJ, or InvalidToday with the French reason."""
    from gcsms_desktop.domain.input_bounds import date_problem

    shown = text if len(text) <= 40 and text.isprintable() else repr(text[:40])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise InvalidToday(f"La variable d'environnement {TODAY_VARIABLE} vaut « {shown} » : une date "
                           "AAAA-MM-JJ est attendue, ex. 2026-11-25 (ou retirez la variable pour prendre la date "
                           "de l'ordinateur).")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidToday(f"La variable d'environnement {TODAY_VARIABLE} vaut « {shown} » : cette date "
                           "n'existe pas dans le calendrier.") from None
    problem = date_problem(day)
    if problem is not None:
        raise InvalidToday(f"La variable d'environnement {TODAY_VARIABLE} vaut « {shown} » : {problem}")
    return day


@dataclass(frozen=True)
class Clock:
    """What the use cases call « today »: ``fixed`` when given (a test of its own), otherwise ``today()``."""

    fixed: date | None = None

    def today(self) -> date:
        return self.fixed if self.fixed is not None else today()


def no_act_after_today(groupement: Groupement, changes: Iterable[Change], assemblies: Iterable[StoredAssemblyData],
                       today: date) -> None:
    """A new groupement (from the wizard or a file) with its changes and assemblies: InvalidGroupement,
    listing every act dated after ``today`` (domain.act_dates), before anything is written."""
    from gcsms_desktop.domain.act_dates import check_recorded_acts
    from gcsms_desktop.domain.problems import InvalidGroupement

    problems = check_recorded_acts(groupement, changes, (data.assembly for data in assemblies), today)
    if problems:
        raise InvalidGroupement(problems)
