"""Art. 8-4 and 9-2 of the model convention: the outgoing member's share of the groupement's debts and
charges on its exit day, by its droits that day, proposed in the withdrawal and exclusion avenants."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.changes import Change, Exclusion, Withdrawal
from gcsms_desktop.domain.debts import split_debt
from gcsms_desktop.domain.exit_debts import exit_day, exit_droits, outgoing_share
from gcsms_desktop.domain.history import History
from tests.factories import hundred_parts_groupement


def test_art_8_4_a_withdrawal_bears_its_droits_share_of_the_debts_on_the_end_of_the_fiscal_year():
    history = History(hundred_parts_groupement())
    change = Change(date(2027, 3, 1), Withdrawal("C"))  # six months' notice: effective 31 December 2027
    assert exit_day(history, change) == date(2027, 12, 31)
    proposed = outgoing_share(history, change, 1_200_000)
    assert proposed is not None and proposed.share.cents == 552_000 and proposed.droits == "46/100"
    assert proposed.explanation == (
        "5\u202f520\u00a0€, soit sa part, proportionnelle à ses droits sociaux (46/100) au jour de sa sortie, "
        "le 31 décembre 2027, des dettes et charges du groupement de 12\u202f000\u00a0€ (art. 8-4 et 9-2)")


def test_art_9_2_the_proposal_is_the_largest_remainder_split_to_the_cent():
    history = History(hundred_parts_groupement())
    change = Change(date(2027, 3, 1), Withdrawal("C"))
    for amount in (1, 2, 99, 12_345_67):
        expected = next(s.cents for s in split_debt(amount, history.standing(date(2027, 12, 31)).rights)
                        if s.member_key == "C")
        proposed = outgoing_share(history, change, amount)
        assert proposed is not None and proposed.share.cents == expected
    one_cent = outgoing_share(history, change, 1)
    assert one_cent is not None and one_cent.share.cents == 1  # 0,46 is the largest remainder of 1 cent


def test_art_8_3_an_unpublished_exclusion_is_reckoned_on_its_decision_day_and_a_stranger_bears_nothing():
    history = History(hundred_parts_groupement())
    change = Change(date(2027, 5, 10), Exclusion("B", "manquements"))
    assert exit_day(history, change) == date(2027, 5, 10)
    assert exit_droits(history, change) == (date(2027, 5, 10), "28/100")
    assert outgoing_share(history, Change(date(2027, 5, 10), Exclusion("NOBODY")), 1_000) is None
