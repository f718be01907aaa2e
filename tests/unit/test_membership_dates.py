"""Effective dates of membership changes (Art. 8-2, 8-3, 9, 20)."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.membership_dates import (
    dissolution_notice_deadline, hearing_convocation_deadline, withdrawal_effective_date,
)
from gcsms_desktop.domain.standing import regularisation_date


def test_art_8_2_withdrawal_noticed_six_months_ahead_ends_with_the_year():
    assert withdrawal_effective_date(date(2026, 6, 30)) == date(2026, 12, 31)
    assert withdrawal_effective_date(date(2026, 1, 15)) == date(2026, 12, 31)


def test_art_8_2_withdrawal_noticed_five_months_ahead_takes_effect_a_year_later():
    assert withdrawal_effective_date(date(2026, 7, 31)) == date(2027, 12, 31)
    assert withdrawal_effective_date(date(2026, 7, 2)) == date(2027, 12, 31)
    assert withdrawal_effective_date(date(2026, 7, 1)) == date(2026, 12, 31)  # six months to the midnight of 31/12


def test_art_8_2_convention_may_set_another_notice():
    assert withdrawal_effective_date(date(2026, 10, 1), notice_months=3) == date(2026, 12, 31)
    assert withdrawal_effective_date(date(2026, 10, 2), notice_months=3) == date(2027, 12, 31)


def test_art_9_droits_change_on_the_first_of_january_after():
    """A change effective on 22 November 2026 (or on 1 January 2026) counts in the droits from
    1 January 2027: the droits of a day are those of the parts held on the 31 December before it."""
    assert regularisation_date(date(2027, 1, 1)) == date(2026, 12, 31)
    assert regularisation_date(date(2026, 12, 31)) == date(2025, 12, 31)
    assert regularisation_date(date(2026, 11, 22)) == date(2025, 12, 31)
    assert regularisation_date(date(2026, 1, 1)) == date(2025, 12, 31)  # not yet: the first 1 January after is 2027
    for change in (date(2026, 11, 22), date(2026, 1, 1)):
        first_counted = next(day for day in (date(2026, 12, 31), date(2027, 1, 1))
                             if regularisation_date(day) >= change)
        assert first_counted == date(2027, 1, 1)


def test_art_20_prefect_told_within_fifteen_days():
    assert dissolution_notice_deadline(date(2026, 12, 20)) == date(2027, 1, 4)


def test_art_8_3_hearing_convened_days_ahead():
    assert hearing_convocation_deadline(date(2026, 12, 15), 15) == date(2026, 11, 30)
