"""How the groupement's debts are borne by its members.

Art. 9-2 of the model convention (R. 312-194-12 of the CASF, 9°): « les membres sont tenus des dettes
du GC dans la proportion de leurs droits », without being jointly liable with each other. An amount is
split in cents by the droits in force on a date; the cents that the proportion leaves over go, one by
one, to the largest remainders (the largest-remainder method), so the shares add up to the amount
exactly and no member pays more than a cent over its exact proportion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from gcsms_desktop.domain.voting_rights import VotingRights


@dataclass(frozen=True)
class DebtShare:
    member_key: str
    cents: int
    exact: Fraction  # the amount × droits before rounding, in cents


def split_debt(amount_cents: int, rights: Sequence[VotingRights]) -> tuple[DebtShare, ...]:
    """Each member's share of ``amount_cents`` by its droits (art. 9-2), in the order given.

    Ties between equal remainders go to the member listed first (the convention's order), so the
    same situation always gives the same split."""
    if amount_cents < 0:
        raise ValueError("le montant à répartir ne peut pas être négatif")
    exact = [amount_cents * r.share for r in rights]
    floors = [int(value) for value in exact]  # shares are never negative: int() is the floor
    # The members' droits make up the whole in every situation the app builds; should they not, no
    # cent beyond their own exact total is handed out (the rest is not theirs to bear).
    left = int(sum(exact, Fraction(0)) + Fraction(1, 2)) - sum(floors)  # half a cent up
    by_remainder = sorted(range(len(rights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return tuple(DebtShare(r.member_key, cents, value) for r, cents, value in zip(rights, floors, exact, strict=True))
