"""Art. 7 (capital, numbered parts) and Art. 9-1 (droits sociaux)."""

from decimal import Decimal
from fractions import Fraction

from gcsms_desktop.domain.capital import (
    Capital, Contribution, ContributionKind, PartBlock, check_capital, check_numbering, number_parts,
)
from gcsms_desktop.domain.voting_rights import check_contribution_keys, compute_rights
from tests.factories import hundred_parts_groupement, member, seventeen_parts_groupement


def test_art_7_parts_are_numbered_contiguously_from_one_in_member_order():
    blocks = number_parts([("A", 26), ("B", 28), ("C", 0), ("D", 46)])
    assert [(b.member_key, b.first, b.last) for b in blocks] == [("A", 1, 26), ("B", 27, 54), ("D", 55, 100)]


def test_art_7_seventeen_parts_of_500_make_8500_euros():
    capital = seventeen_parts_groupement().capital
    assert capital is not None
    assert capital.total_parts == 17 and capital.total_cents == 850000


def test_art_7_gap_and_overlap_are_refused():
    gap = check_numbering((PartBlock("A", 1, 5), PartBlock("B", 7, 9)))
    overlap = check_numbering((PartBlock("A", 1, 5), PartBlock("B", 5, 9)))
    not_from_one = check_numbering((PartBlock("A", 2, 5),))
    assert "il manque le n° 6" in gap[0].message
    assert "attribuée deux fois" in overlap[0].message
    assert "il manque le n° 1" in not_from_one[0].message


def test_part_numbers_printed_like_the_model_convention():
    assert PartBlock("A", 1, 26).numbers_text(2) == "nos 01 à 26"
    assert PartBlock("A", 3, 3).numbers_text() == "n° 3"


def test_art_7_industry_and_securities_contributions_are_refused():
    capital = Capital(50000, number_parts([("A", 1), ("B", 1)]), (
        Contribution("A", ContributionKind.INDUSTRY, 50000),
        Contribution("B", ContributionKind.SECURITIES, 50000),
    ))
    messages = [p.message for p in check_capital(capital, ["A", "B"])]
    assert any("industrie refusé" in m for m in messages)
    assert any("valeurs mobilières négociables refusé" in m for m in messages)


def test_art_7_contributions_match_the_value_of_parts_and_in_kind_is_described():
    capital = Capital(50000, number_parts([("A", 2), ("B", 1)]), (
        Contribution("A", ContributionKind.CASH, 50000),
        Contribution("B", ContributionKind.IN_KIND, 50000),
    ))
    messages = [p.message for p in check_capital(capital, ["A", "B"])]
    assert any("ne correspondent pas à la valeur de ses parts (1\u202f000\u00a0€)" in m for m in messages)
    assert any("doit être décrit" in m for m in messages)


def test_art_9_1_droits_are_parts_over_total_as_exact_fractions():
    g = hundred_parts_groupement()
    rights = {r.member_key: r for r in g.rights()}
    assert rights["A"].share == Fraction(26, 100)
    assert rights["A"].percent_text == "26\u00a0%" and rights["A"].fraction_text == "26/100"
    assert sum(r.share for r in rights.values()) == 1


def test_art_9_1_one_part_among_17_is_1_17():
    rights = seventeen_parts_groupement().rights()
    assert rights[1].share == Fraction(1, 17) and rights[1].fraction_text == "1/17"
    assert sum(r.share for r in rights) == 1


def test_art_9_1_without_capital_droits_follow_contribution_keys_adding_to_100():
    members = (member("A", contribution_share=Decimal("33.5")), member("B", contribution_share=Decimal("66.5")))
    assert not check_contribution_keys(members)
    assert compute_rights(None, members)[0].share == Fraction(67, 200)
    wrong = (member("A", contribution_share=Decimal("30")), member("B", contribution_share=Decimal("60")))
    assert "totalisent 90" in check_contribution_keys(wrong)[0].message
    missing = (member("A", contribution_share=Decimal("100")), member("B"))
    assert check_contribution_keys(missing)[0].field == "members[1].contribution_share"


def test_art_9_1_a_member_without_parts_is_flagged():
    from gcsms_desktop.domain.problems import Severity

    capital = Capital(50000, number_parts([("A", 3)]))
    problems = check_capital(capital, ["A", "B"])
    assert [(p.severity, "« B » ne détient aucune part" in p.message) for p in problems] == [(Severity.WARNING, True)]


def test_art_7_a_members_numbers_joined_as_printed():
    capital = Capital(250000, (PartBlock("A", 1, 26), PartBlock("B", 27, 99), PartBlock("A", 100, 100)))
    assert capital.numbers_text_of("A") == "nos 01 à 26, n° 100"
    assert capital.numbers_text_of("C") == ""


def test_art_7_part_numbers_padded_as_the_model_convention_at_every_size():
    """Annexe VI, art. 7: « 1 à 17 » for 17 parts, « 01 à 26 » for 100; the same rule (one digit fewer
    than the highest number) gives « 001 à 260 » for 1 000 parts, not « 01 »."""
    for total, expected in ((17, "nos 1 à 9"), (100, "nos 01 à 09"), (1000, "nos 001 à 009"),
                            (10000, "nos 0001 à 0009")):
        capital = Capital(50_000, (PartBlock("A", 1, 9), PartBlock("B", 10, total)))
        assert capital.numbers_text_of("A") == expected
    assert Capital(50_000, (PartBlock("A", 1, 999), PartBlock("B", 1000, 1000))).numbers_text_of("B") == "n° 1000"
