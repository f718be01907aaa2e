"""Bounds of valid input, as domain rules: texts, characters, terms, parts, amounts, dates."""

from __future__ import annotations

from datetime import date

import pytest

from gcsms_desktop.domain.administrator import check_term
from gcsms_desktop.domain.capital import Capital, PartBlock, check_capital
from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.input_bounds import date_problem, integer_problem, text_problem
from gcsms_desktop.domain.problems import Severity

DENOMINATION = "Groupement de coopération sociale des Tilleuls"


@pytest.mark.parametrize("field, text", [
    ("denomination", "G" * 201), ("members[0].name", "N" * 201), ("object_text", "o" * 20_001),
    ("denomination", "Groupement\u202e"), ("name", "A\u200fB"), ("name", "A\u0007B"), ("name", "A\ud800"),
    ("denomination", "ligne\nautre"), ("place", "tab\there"), ("name", "\u2066isolé\u2069"), ("name", "x\u061c"),
])
def test_texts_refused(field, text):
    assert text_problem(text, field) is not None


@pytest.mark.parametrize("field, text", [
    ("denomination", "G" * 200), ("object_text", "ligne 1\nligne 2\ttabulée"), ("seat_address", "3 rue\r\n35000"),
    ("name", "Élise d\u2019Aubigné — « SSIAD » 100\u00a0%"), ("name", "مركز"),
])
def test_texts_accepted(field, text):
    assert text_problem(text, field) is None


def test_a_refused_character_is_named_since_it_is_invisible():
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in (text_problem("a\u202eb", "name") or "")


def test_numbers_and_dates_beyond_the_books_are_refused():
    assert integer_problem(1_000_000, "governance.administrator_term_years")
    assert integer_problem(99, "duration_years") is None
    assert integer_problem(10**15, "capital.unit_value_cents")
    assert date_problem(date(9999, 12, 31)) and date_problem(date(1066, 10, 14))
    assert date_problem(date(2026, 11, 25)) is None


def test_a_term_over_99_years_is_an_error_three_to_99_a_warning():
    assert [p.severity for p in check_term(20)] == [Severity.WARNING]
    assert [p.severity for p in check_term(1_000_000)] == [Severity.ERROR]


def test_a_capital_of_a_billion_parts_is_refused_without_numbering_them():
    problems = check_capital(Capital(100, (PartBlock("A", 1, 10**9),)), ["A"])
    assert [p.field for p in problems] == ["capital.parts"] and "invraisemblable" in problems[0].message


def test_the_convention_checks_name_the_field_of_a_bad_text_and_a_bad_date():
    g = Groupement(denomination=DENOMINATION + "\u202e", dates=ApprovalDates(signature=date(2206, 1, 1)))
    fields = {p.field for p in check_groupement(g) if p.is_error}
    assert {"denomination", "dates.signature"} <= fields


def test_a_contribution_of_a_non_member_is_refused_not_stored():
    """Found by fuzzing the import: the repository had no member row to attach it to."""
    from gcsms_desktop.domain.capital import Contribution, ContributionKind

    capital = Capital(100, (PartBlock("A", 1, 2),), (Contribution("Z", ContributionKind.CASH, 200),))
    assert any("« Z », qui n'est pas membre" in p.message for p in check_capital(capital, ["A"]))
