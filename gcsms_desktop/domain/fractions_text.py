"""Droits written as « 9/17 »: votes over the total, both rounded only for display."""

from __future__ import annotations

from fractions import Fraction

from gcsms_desktop.domain.french import format_decimal


def share_text(votes: Fraction, total: Fraction) -> str:
    """« 9/17 », « 8,5/17 », « 45/100 »: the unreduced share the members read in the convention."""
    return f"{format_decimal(votes)}/{format_decimal(total)}"
