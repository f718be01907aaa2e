"""Quorum of the assemblée générale (R312-194-22).

The AG deliberates only if the members present or represented hold at least half of the droits
of all members. Otherwise it is convened again (second convocation) and then deliberates
whatever the attendance.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence, keys_with

QUORUM_SHARE = Fraction(1, 2)  # R312-194-22: « au moins la moitié des droits des membres »


@dataclass(frozen=True)
class QuorumResult:
    present: Fraction
    represented: Fraction
    rights: AssemblyRights
    second_convocation: bool = False

    @property
    def attending(self) -> Fraction:
        return self.present + self.represented

    @property
    def minimum(self) -> Fraction:
        return self.rights.total * QUORUM_SHARE

    @property
    def reached(self) -> bool:
        return self.attending >= self.minimum and self.rights.total > 0

    @property
    def may_deliberate(self) -> bool:
        """R312-194-22: on second convocation the AG deliberates whatever the attendance."""
        return self.reached or (self.second_convocation and self.attending > 0)

    @property
    def explanation(self) -> str:
        figures = (f"{self.rights.text(self.attending)} des droits présents ou représentés "
                   f"(minimum {self.rights.text(self.minimum)}, art. R. 312-194-22)")
        if self.reached:
            return f"Quorum atteint : {figures}."
        if self.second_convocation and self.attending > 0:
            return (f"Quorum non atteint ({figures}), mais sur seconde convocation l'assemblée délibère "
                    "valablement quel que soit le nombre des membres présents ou représentés.")
        return (f"Quorum non atteint : {figures}. L'assemblée ne peut pas délibérer ; elle doit être "
                "convoquée à nouveau.")


def compute_quorum(lines: tuple[AttendanceLine, ...], rights: AssemblyRights,
                   second_convocation: bool = False) -> QuorumResult:
    return QuorumResult(rights.of(keys_with(lines, Presence.PRESENT)),
                        rights.of(keys_with(lines, Presence.REPRESENTED)), rights, second_convocation)
