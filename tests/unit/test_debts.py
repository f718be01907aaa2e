"""Art. 9-2 of the model convention (R. 312-194-12 du CASF): the members bear the groupement's debts in
proportion to their droits, to the cent, and the shares add up to the amount."""

from __future__ import annotations

from fractions import Fraction

import pytest

from gcsms_desktop.domain.debts import split_debt
from gcsms_desktop.domain.voting_rights import VotingRights


def rights(*votes: int) -> tuple[VotingRights, ...]:
    total = Fraction(sum(votes))
    return tuple(VotingRights(chr(ord("A") + i), Fraction(v), total) for i, v in enumerate(votes))


def test_art_9_2_debts_follow_the_droits_exactly_when_they_divide():
    assert [s.cents for s in split_debt(1_000_000, rights(26, 28, 46))] == [260_000, 280_000, 460_000]


def test_art_9_2_leftover_cents_go_to_the_largest_remainders_and_the_total_is_exact():
    shares = split_debt(1_000_000, rights(*[1] * 17))  # 10 000 € among 17 equal members
    assert sum(s.cents for s in shares) == 1_000_000
    assert [s.cents for s in shares] == [58_824] * 9 + [58_823] * 8  # ties: the convention's order
    uneven = split_debt(100, rights(1, 1, 1))  # 1 € among three thirds
    assert [s.cents for s in uneven] == [34, 33, 33]


def test_art_9_2_no_share_is_a_cent_away_from_its_exact_proportion():
    for amount in (1, 99, 12_345_67, 999_999_99):
        shares = split_debt(amount, rights(3, 5, 7, 11, 13))
        assert sum(s.cents for s in shares) == amount
        assert all(abs(s.cents - s.exact) < 1 for s in shares)
        assert all(s.exact == amount * Fraction(v, 39) for s, v in zip(shares, (3, 5, 7, 11, 13), strict=True))


def test_a_member_without_droits_bears_nothing_and_no_amount_is_refused():
    only_a = (VotingRights("A", Fraction(1), Fraction(1)), VotingRights("B", Fraction(0), Fraction(1)))
    shares = split_debt(1_000, only_a)
    assert [s.cents for s in shares] == [1_000, 0]
    assert [s.cents for s in split_debt(0, rights(1, 2))] == [0, 0]
    with pytest.raises(ValueError):
        split_debt(-1, rights(1))


def test_art_9_2_members_bear_no_more_than_their_own_droits():
    """Droits that do not make up the whole (a half here): the members bear their half, not more."""
    half = (VotingRights("A", Fraction(1), Fraction(4)), VotingRights("B", Fraction(1), Fraction(4)))
    assert [s.cents for s in split_debt(101, half)] == [26, 25]  # 25,25 each: 50,5 rounded to 51 in all
