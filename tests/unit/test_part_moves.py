"""Numbered parts through transfers, issues and cancellations (Art. 7), on the model's
100-parts example: A nos 01–26, B nos 27–54, C nos 55–100."""

from __future__ import annotations

from gcsms_desktop.domain.capital import PartBlock, number_parts
from gcsms_desktop.domain.part_moves import blocks_of, issue_parts, take_parts, transfer_parts

HUNDRED = number_parts([("A", 26), ("B", 28), ("C", 46)])


def test_art_7_transferred_numbers_move_to_the_buyer():
    after = transfer_parts(HUNDRED, 50, 54, "A")
    assert blocks_of(after, "B") == (PartBlock("B", 27, 49),)
    assert blocks_of(after, "A") == (PartBlock("A", 1, 26), PartBlock("A", 50, 54))
    assert sum(b.count for b in after) == 100


def test_art_7_new_parts_are_numbered_after_the_last():
    after = issue_parts(HUNDRED, "D", 10)
    assert blocks_of(after, "D") == (PartBlock("D", 101, 110),)


def test_cancelled_numbers_are_never_reused():
    rest, holders = take_parts(HUNDRED, 55, 100)
    assert holders == ["C"] and sum(b.count for b in rest) == 54
    after = issue_parts(rest, "D", 5, cancelled=(PartBlock("C", 55, 100),))
    assert blocks_of(after, "D") == (PartBlock("D", 101, 105),)


def test_adjacent_parts_of_one_holder_are_joined():
    after = transfer_parts(HUNDRED, 27, 54, "A")
    assert blocks_of(after, "A") == (PartBlock("A", 1, 54),)
