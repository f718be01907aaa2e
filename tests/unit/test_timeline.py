"""The indexed history (``Timeline``) answers exactly as replaying every change for each date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from gcsms_desktop.domain.changes import Change, PartTransfer, events_of
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.membership import apply, initial_state
from gcsms_desktop.domain.standing import Timeline
from tests.unit.test_changes import CHANGES, G, TRANSFER, unanimous


def replayed(changes: tuple[Change, ...], on: date):
    """The definition: apply the events in force on ``on`` in the order of the day they count from."""
    state = initial_state(G)
    for event in sorted((e for e in events_of(changes, G.governance) if e.in_force_from <= on),
                        key=lambda e: e.in_force_from):
        state = apply(state, event)
    return state


def days() -> list[date]:
    return [date(2026, 12, 31) + timedelta(days=30 * n) for n in range(40)]


# Recorded later, in force earlier: a cession to C decided before the admission avenant is published.
EARLY = replace(TRANSFER, act_date=date(2027, 3, 1), payload=PartTransfer("A", 1, 2, "C"), number=4,
                deliberation=unanimous(date(2027, 2, 20), Matter.CONVENTION_CHANGE))


def test_states_on_every_date_are_those_of_a_replay():
    changes = CHANGES + (EARLY,)
    timeline = Timeline(G, changes)
    for on in days():
        state = replayed(changes, on)
        assert (timeline.standing(on).members, timeline.standing(on).blocks) == (state.members, state.blocks)


def test_a_timeline_extended_change_by_change_equals_one_built_at_once():
    changes = CHANGES + (EARLY,)
    grown = Timeline(G)
    for change in changes:
        grown = grown.extended(change)
    whole = Timeline(G, changes)
    assert grown.changes == changes
    for on in days():
        assert grown.standing(on) == whole.standing(on)


def test_the_same_date_asked_twice_is_computed_once():
    timeline = Timeline(G, CHANGES)
    assert timeline.standing(date(2028, 1, 5)) is timeline.standing(date(2028, 1, 5))


def test_exact_sum_equals_adding_fractions_one_by_one():
    from fractions import Fraction

    from gcsms_desktop.domain.voting_rights import exact_sum

    values = [Fraction(n, d) for n in range(-3, 40) for d in (1, 2, 3, 7, 100)]
    assert exact_sum(values) == sum(values, Fraction(0))
    assert exact_sum([]) == 0 and isinstance(exact_sum([]), Fraction)
