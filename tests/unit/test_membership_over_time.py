"""The model convention's 100-parts example over time (Art. 7, 8): admission, transfer,
withdrawal; part numbers and droits at each date."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.membership import (
    Admission, CapitalReduction, Transfer, Withdrawal, state_at,
)
from gcsms_desktop.domain.membership_dates import withdrawal_effective_date
from gcsms_desktop.domain.voting_rights import compute_rights
from gcsms_desktop.domain.member_rules import withdrawal_dissolves
from tests.factories import hundred_parts_groupement, member

G = hundred_parts_groupement()
D = member("D", "Association D")
EVENTS = (
    Admission(date(2027, 3, 1), D, 20),  # nos 101–120, from the publication of the avenant
    Transfer(date(2027, 6, 1), 50, 54, "D"),  # B sells nos 50–54 to D
    Withdrawal(withdrawal_effective_date(date(2027, 9, 1)), "C"),  # notice < 6 months: end of 2028
)


def shares(on: date) -> dict[str, Fraction]:
    """Parts held ÷ parts in force on ``on`` (art. 7: one part, one vote), before the 1 January
    regularisation of the droits (art. 9-1, tested in test_changes.py)."""
    state = state_at(G, EVENTS, on)
    assert G.capital is not None
    return {r.member_key: r.share for r in compute_rights(state.capital(G.capital.unit_value_cents), state.members)}


def test_before_any_event_the_convention_holds():
    state = state_at(G, EVENTS, date(2027, 2, 28))
    assert [m.key for m in state.members] == ["A", "B", "C"]
    assert shares(date(2027, 2, 28)) == {"A": Fraction(26, 100), "B": Fraction(28, 100), "C": Fraction(46, 100)}


def test_admission_numbers_new_parts_after_the_last():
    state = state_at(G, EVENTS, date(2027, 3, 1))
    assert state.parts_of("D") == (PartBlock("D", 101, 120),)
    assert shares(date(2027, 3, 1))["D"] == Fraction(20, 120)


def test_transfer_moves_the_numbers():
    state = state_at(G, EVENTS, date(2027, 6, 1))
    assert state.parts_of("B") == (PartBlock("B", 27, 49),)
    assert state.parts_of("D") == (PartBlock("D", 50, 54), PartBlock("D", 101, 120))
    assert shares(date(2027, 6, 1))["D"] == Fraction(25, 120)


def test_withdrawal_noticed_late_takes_effect_at_the_end_of_the_next_year():
    """Art. 8-2: « à l'expiration de l'exercice »: C holds its parts on 31 December 2028, not on 1 January."""
    assert state_at(G, EVENTS, date(2028, 12, 31)).parts_of("C") == (PartBlock("C", 55, 100),)
    after = state_at(G, EVENTS, date(2029, 1, 1))
    assert [m.key for m in after.members] == ["A", "B", "D"]
    assert after.cancelled == (PartBlock("C", 55, 100),)
    assert shares(date(2029, 1, 1)) == {"A": Fraction(26, 74), "B": Fraction(23, 74), "D": Fraction(25, 74)}


def test_a_future_date_is_answered_by_the_same_events():
    assert state_at(G, EVENTS, date(2030, 1, 1)) == state_at(G, EVENTS, date(2029, 1, 1))


def test_two_members_withdrawal_dissolves():
    assert withdrawal_dissolves(2) and not withdrawal_dissolves(3)


def test_capital_reduction_cancels_a_range():
    state = state_at(G, (CapitalReduction(date(2027, 1, 1), 20, 30),), date(2027, 1, 1))
    assert state.parts_of("A") == (PartBlock("A", 1, 19),)
    assert state.parts_of("B") == (PartBlock("B", 31, 54),)
    assert sum(b.count for b in state.blocks) == 89
    assert state.cancelled == (PartBlock("A", 20, 26), PartBlock("B", 27, 30))
