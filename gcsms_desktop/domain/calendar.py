"""Date arithmetic the rules need (years, months), with 29 February handled."""

from __future__ import annotations

import calendar as _calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, or the last day of that month when it is shorter."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, _calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)
