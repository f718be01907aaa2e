"""Founders' capital and the part of the convention each problem belongs to (art. 7, R312-194-7)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from gcsms_desktop.domain.capital import Contribution, ContributionKind, PartBlock, Subscription, founding_capital
from gcsms_desktop.domain.convention_checks import ConventionPart, check_groupement
from gcsms_desktop.domain.groupement import Groupement
from tests.factories import member


def test_founders_parts_are_numbered_in_order_and_apports_valued_by_the_domain():
    """Annexe VI, art. 7: 100 parts of 2 500 €, A nos 01–26, B nos 27–54…; a founder without parts has none."""
    capital = founding_capital(250_000, [Subscription("A", 26), Subscription("B", 28, ContributionKind.IN_KIND,
                                                                                  " Un véhicule "),
                                         Subscription("X", 0), Subscription("C", 46)])
    assert capital.blocks == (PartBlock("A", 1, 26), PartBlock("B", 27, 54), PartBlock("C", 55, 100))
    assert capital.contributions == (Contribution("A", ContributionKind.CASH, 6_500_000),
                                     Contribution("B", ContributionKind.IN_KIND, 7_000_000, "Un véhicule"),
                                     Contribution("C", ContributionKind.CASH, 11_500_000))
    assert capital.value_of("B") == 7_000_000 and capital.value_of("X") == 0
    assert capital.total_cents == 25_000_000 and capital.numbers_text_of("A") == "nos 01 à 26"


def test_each_problem_names_the_part_of_the_convention_holding_its_input():
    members = (member("A"), replace(member("B"), contribution_share=Decimal("30")))
    g = Groupement(denomination="Sans la mention", members=members)
    parts = {(p.field, p.part) for p in check_groupement(g)}
    assert ("denomination", ConventionPart.IDENTITY.value) in parts
    assert ("missions", ConventionPart.OBJET.value) in parts
    assert ("seat_address", ConventionPart.SEAT.value) in parts
    assert any(part == ConventionPart.CAPITAL.value and "contribution" in field for field, part in parts)
    assert all(part for _, part in parts), "every convention problem says where its input is"
