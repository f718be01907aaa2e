"""When membership changes take effect (Art. 8, Art. 9, Art. 20; DOMAIN §2–3).

The fiscal year is the calendar year (1 January – 31 December), as in the model convention's
budget articles; a convention with another year would need a setting (not yet asked for). The
1 January regularisation of the droits (art. 9-1) is ``standing.regularisation_date``.
"""

from __future__ import annotations

from datetime import date, timedelta

from gcsms_desktop.domain.calendar import add_months
from gcsms_desktop.domain.governance import LEGAL_WITHDRAWAL_NOTICE_MONTHS

DISSOLUTION_NOTICE_DAYS = 15  # Art. 20 / R312-194-24: the préfet is told within fifteen days


def fiscal_year_end(day: date) -> date:
    return date(day.year, 12, 31)


def withdrawal_effective_date(notice: date, notice_months: int = LEGAL_WITHDRAWAL_NOTICE_MONTHS) -> date:
    """Art. 8-2: a withdrawal takes effect at the end of the fiscal year if notice was given at
    least ``notice_months`` before that end; otherwise at the end of the next fiscal year.

    The year ends at midnight on 31 December: six months' notice given on 1 July is enough,
    on 2 July it is not (docs/regles-et-choix.md).
    """
    end = fiscal_year_end(notice)
    if add_months(notice, notice_months) <= end + timedelta(days=1):
        return end
    return date(end.year + 1, 12, 31)


def dissolution_notice_deadline(dissolved_on: date) -> date:
    """Art. 20: the dissolution is notified to the préfet within fifteen days."""
    return dissolved_on + timedelta(days=DISSOLUTION_NOTICE_DAYS)


def hearing_convocation_deadline(hearing: date, days: int) -> date:
    """Art. 8-3: the member's representative is convened to the hearing ``days`` ahead at least."""
    return hearing - timedelta(days=days)
