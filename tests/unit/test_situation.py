"""The situation at a date behind the consolidated convention (art. 7, 8-1, 9-1, 21): where each part in
circulation comes from, so that apports and parts acquired by cession add up to the capital."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.changes import (
    Admission, CapitalIncrease, CapitalReduction, Change, PartTransfer, Withdrawal,
)
from gcsms_desktop.domain.capital import ContributionKind, PartBlock
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.situation import Origin
from tests.factories import hundred_parts_groupement, member

PUBLISHED = ApprovalDates(date(2027, 1, 10), date(2027, 1, 12), date(2027, 1, 25), date(2027, 2, 1))


def vitre_history(regularisation: bool = True) -> History:
    """A 01–26 (cash), B 27–54 (cash), C 55–100 (in kind); D admitted with 20 parts (101–120) on
    1 February 2027; B sells 50–54 to D on 1 June 2027; 10 new parts to A (121–130) on 1 July 2027;
    parts 21–26 of A cancelled on 1 September 2027; C withdraws (notice 1 March 2027, end of 2027)."""
    g = hundred_parts_groupement()
    g = replace(g, dates=ApprovalDates(date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 20), date(2026, 4, 1)),
                governance=replace(g.governance, january_regularisation=regularisation))
    changes = (
        Change(date(2026, 12, 15), Admission(member("D", "Association D"), 20), avenant=PUBLISHED, number=1),
        Change(date(2027, 6, 1), PartTransfer("B", 50, 54, buyer_key="D"), number=2),
        Change(date(2027, 7, 1), CapitalIncrease((("A", 10),)), number=3),
        Change(date(2027, 9, 1), CapitalReduction(21, 26), number=4),
        Change(date(2027, 3, 1), Withdrawal("C"), number=5),
    )
    return History(g, changes)


def test_apports_and_parts_acquired_add_up_to_the_capital_on_every_date():
    """Art. 7: on each date, the parts in circulation are exactly those the situation explains."""
    history = vitre_history()
    for on in (date(2026, 5, 1), date(2027, 2, 1), date(2027, 6, 1), date(2027, 7, 1), date(2027, 9, 1),
               date(2028, 1, 1)):
        situation = history.situation(on)
        capital = situation.consolidated.capital
        assert capital is not None
        assert situation.apports_cents + situation.acquired_cents == capital.total_cents, on
        explained = sorted((b for a in situation.acquisitions for b in a.blocks), key=lambda b: b.first)
        held = sorted(situation.standing.blocks, key=lambda b: b.first)
        assert sum(b.count for b in explained) == sum(b.count for b in held) == capital.total_parts, on


def test_each_part_is_an_apport_a_subscription_or_a_cession():
    """Art. 7 and 8-1 on 1 January 2028: C has left, A keeps 20 of its founding parts plus 10 subscribed,
    B keeps all but 5, D subscribed 20 and acquired 5 by cession."""
    situation = vitre_history().situation(date(2028, 1, 1))
    found = {(a.member_key, a.origin, a.change.number if a.change else None): a.blocks
             for a in situation.acquisitions}
    assert found == {
        ("A", Origin.FOUNDING, None): (PartBlock("A", 1, 20),),
        ("A", Origin.SUBSCRIPTION, 3): (PartBlock("A", 121, 130),),
        ("B", Origin.FOUNDING, None): (PartBlock("B", 27, 49),),
        ("D", Origin.SUBSCRIPTION, 1): (PartBlock("D", 101, 120),),
        ("D", Origin.TRANSFER, 2): (PartBlock("D", 50, 54),),
    }
    apports = {(c.member_key, c.kind, c.value_cents) for c in situation.apports}
    assert apports == {("A", ContributionKind.CASH, 20 * 250000), ("A", ContributionKind.CASH, 10 * 250000),
                       ("B", ContributionKind.CASH, 23 * 250000), ("D", ContributionKind.CASH, 20 * 250000)}
    assert situation.acquired_cents == 5 * 250000
    assert [a.member.key for a in situation.admitted] == ["D"]
    assert [m.key for m in situation.founders] == ["A", "B"]
    assert [c.number for c in situation.approved] == [1]  # approved by the order of 25 January 2027
    assert [c.number for c in situation.pending] == [2, 3, 4, 5]  # in force, avenants not approved (art. 21)


def test_a_founder_holding_all_its_parts_keeps_the_apport_the_convention_states():
    """Art. 7: C's apport in kind is printed as the convention states it while C holds its parts."""
    situation = vitre_history().situation(date(2027, 2, 1))
    (apport,) = [c for c in situation.apports if c.member_key == "C"]
    assert apport.kind is ContributionKind.IN_KIND and apport.description == "Bâtiment de la rue Haute"


def test_the_situation_has_the_standing_of_the_rights_table():
    """Art. 9-1: the consolidated convention reads the standing the rights table reads, clause or not."""
    for regularisation, expected in ((True, "0/100"), (False, "20/120")):
        history = vitre_history(regularisation)
        on = date(2027, 2, 1)
        situation = history.situation(on)
        assert situation.standing is history.standing(on)
        assert situation.standing.droits_text("D") == expected
