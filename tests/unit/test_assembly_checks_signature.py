"""R. 312-194-22 du CASF, art. 13 of the convention: a PV is signed on its meeting day or later."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.assembly_checks import signature_problem

MEETING = date(2026, 12, 15)


def test_r312_194_22_a_pv_is_signed_on_the_meeting_day_or_later_never_before():
    assert signature_problem(MEETING, date(2026, 12, 14)) == (
        "le procès-verbal ne peut pas être signé avant la réunion du 15 décembre 2026.")
    assert signature_problem(MEETING, MEETING) is None
    assert signature_problem(MEETING, date(2026, 12, 16)) is None
