"""Durée of the groupement (Art. 5): indefinite, or N years from the day after publication."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from gcsms_desktop.domain.calendar import add_years
from gcsms_desktop.domain.problems import Problem


@dataclass(frozen=True)
class Duration:
    """``years`` is None for « durée indéterminée »."""

    years: int | None = None

    @property
    def indefinite(self) -> bool:
        return self.years is None

    def start_date(self, publication: date) -> date:
        """Art. 5: the term runs from the day after publication of the approval order."""
        return publication + timedelta(days=1)

    def end_date(self, publication: date) -> date | None:
        """Last day of a fixed term (R312-194-24: dissolution of right at its end), else None."""
        if self.years is None:
            return None
        return add_years(self.start_date(publication), self.years) - timedelta(days=1)

    def text(self) -> str:
        if self.years is None:
            return "durée indéterminée"
        return f"{self.years} an{'s' if self.years > 1 else ''}"


def check_duration(duration: Duration) -> list[Problem]:
    if duration.years is not None and duration.years < 1:
        return [Problem("duration", "Une durée déterminée compte au moins un an.")]
    if duration.years is not None and duration.years > 99:
        return [Problem("duration", "Une durée de plus de 99 ans n'est pas plausible : "
                                    "choisissez plutôt une durée indéterminée.")]
    return []
