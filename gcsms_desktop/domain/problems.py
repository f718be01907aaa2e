"""Problems found in a groupement's data, with the field they concern.

A problem is data, not an exception: the review page lists them all at once, the command line
prints them all, and only errors block saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import Enum


class Severity(Enum):
    ERROR = "erreur"
    WARNING = "avertissement"


@dataclass(frozen=True)
class Problem:
    """One thing wrong or worth a second look.

    ``field`` is a dotted path in the groupement (``members``, ``capital.parts``,
    ``governance.proxies_allowed``…) so that each user interface can point at the right input.
    ``part`` is the part of the convention the input belongs to, set by the check that found the
    problem (``ConventionPart`` for a convention: identity, members, capital…; empty when none):
    the creation wizard shows the problem on that part's page.
    """

    field: str
    message: str
    severity: Severity = Severity.ERROR
    part: str = dataclass_field(default="", compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class InvalidGroupement(Exception):
    """Raised by a use case asked to save a groupement that still has errors."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.is_error]
        super().__init__("\n".join(f"{p.field} : {p.message}" for p in self.problems))


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]
