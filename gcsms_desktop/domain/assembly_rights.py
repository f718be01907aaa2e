"""The droits counted at one assemblée générale: those in force on the day it sits.

They are computed from the members and parts in force on the assembly date (art. 9-1) and,
once the assembly is held, frozen with it, so that later admissions or transfers never change
a quorum or a vote already recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from gcsms_desktop.domain.fractions_text import share_text
from gcsms_desktop.domain.voting_rights import VotingRights, exact_sum

ZERO = Fraction(0)


@dataclass(frozen=True)
class AssemblyRights:
    votes: Mapping[str, Fraction] = field(default_factory=dict)  # member key → votes (parts or percent)
    total: Fraction = Fraction(0)

    @classmethod
    def from_voting_rights(cls, rights: Iterable[VotingRights]) -> AssemblyRights:
        rights = tuple(rights)
        total = rights[0].total if rights else Fraction(0)
        return cls({r.member_key: r.votes for r in rights}, total)

    def of(self, keys: Iterable[str]) -> Fraction:
        return exact_sum(self.votes.get(key, ZERO) for key in keys)

    def member_text(self, key: str) -> str:
        """« 1/17 »: one member's droits at this assembly (« 0/17 » for a member holding none)."""
        return self.text(self.votes.get(key, Fraction(0)))

    def text(self, amount: Fraction) -> str:
        """« 9/17 » for an amount of votes out of this assembly's total."""
        return share_text(amount, self.total)
