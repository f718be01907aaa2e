"""Droits sociaux (Art. 9): each member's share of the votes and of the debts.

With capital: parts held ÷ all parts (one part, one vote). Without capital: the members'
contribution keys to the charges, which must add up to 100 %. Shares are exact fractions;
they are rounded only when displayed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from gcsms_desktop.domain.capital import Capital
from gcsms_desktop.domain.french import NBSP, format_decimal, format_percent
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.problems import Problem


@dataclass(frozen=True)
class VotingRights:
    """A member's droits as « votes out of total », kept unreduced for display (« 26/100 »)."""

    member_key: str
    votes: Fraction
    total: Fraction

    @property
    def share(self) -> Fraction:
        return self.votes / self.total if self.total else Fraction(0)

    @property
    def percent_text(self) -> str:
        return format_percent(self.share)

    @property
    def fraction_text(self) -> str:
        return f"{format_decimal(self.votes)}/{format_decimal(self.total)}"

    @property
    def votes_text(self) -> str:
        """« 1 voix », « 26 voix » — with capital a vote is a part."""
        return f"{format_decimal(self.votes)}{NBSP}voix"


def rights_from_parts(capital: Capital, members: tuple[Member, ...]) -> tuple[VotingRights, ...]:
    """Art. 9-1 / Art. 7: each part gives one vote; droits = parts ÷ total parts."""
    total = Fraction(capital.total_parts)
    return tuple(VotingRights(m.key, Fraction(capital.parts_of(m.key)), total) for m in members)


def rights_from_contributions(members: tuple[Member, ...]) -> tuple[VotingRights, ...]:
    """Art. 9-1 without capital: droits in proportion to the contribution keys (percent)."""
    return tuple(
        VotingRights(m.key, Fraction(m.contribution_share or Decimal(0)), Fraction(100)) for m in members
    )


def compute_rights(capital: Capital | None, members: tuple[Member, ...]) -> tuple[VotingRights, ...]:
    return rights_from_parts(capital, members) if capital is not None else rights_from_contributions(members)


def total_contribution_share(members: tuple[Member, ...]) -> Decimal:
    """Sum of the contribution keys in percent (missing keys count as 0)."""
    return sum((m.contribution_share or Decimal(0) for m in members), Decimal(0))


def check_contribution_keys(members: tuple[Member, ...]) -> list[Problem]:
    """Without capital the keys are required for every member and add up to exactly 100 %."""
    problems = []
    for index, member in enumerate(members):
        share = member.contribution_share
        if share is None or share <= 0:
            problems.append(Problem(f"members[{index}].contribution_share", (
                f"Sans capital, les droits de « {member.name or member.key} » se déduisent de sa "
                "contribution aux charges : indiquez un pourcentage positif (art. 9-1).")))
    total = total_contribution_share(members)
    if members and not problems and total != 100:
        problems.append(Problem("members.contribution_share", (
            f"Les contributions aux charges totalisent {format_decimal(total)}{NBSP}% : "
            "elles doivent faire exactement 100 % des droits sociaux (art. 9-1).")))
    return problems


def exact_sum(values: Iterable[Fraction]) -> Fraction:
    """The exact sum of ``values``, numerators added per denominator: droits are parts (denominator 1)
    or a few shares, and adding Fractions one by one normalises at every step — summing the droits of
    1 000 members for each resolution of 100 assemblies took seconds."""
    numerators: dict[int, int] = {}
    for value in values:
        numerators[value.denominator] = numerators.get(value.denominator, 0) + value.numerator
    return sum((Fraction(n, d) for d, n in numerators.items()), Fraction(0))
