"""Membership and parts at any date: the convention's start, then dated events (Art. 7, 8).

Each event takes effect on ``effective_on`` (publication of the avenant for an admission or an
exclusion, end of the fiscal year for a withdrawal…); ``state_at`` applies those in force on a
date, in order. Nothing is overwritten: the same events answer for every past or future date.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from gcsms_desktop.domain.capital import Capital, PartBlock
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.part_moves import blocks_of, issue_parts, take_parts, transfer_parts


@dataclass(frozen=True)
class Admission:
    """Art. 8-1: a new member, with parts numbered after the last; rights from publication."""

    effective_on: date
    member: Member
    parts: int = 0


@dataclass(frozen=True)
class Withdrawal:
    """Art. 8-2: the member leaves; its parts are cancelled (reimbursed)."""

    effective_on: date
    member_key: str


@dataclass(frozen=True)
class Exclusion:
    """Art. 8-3: the member is excluded; its parts are cancelled."""

    effective_on: date
    member_key: str


@dataclass(frozen=True)
class Transfer:
    """Art. 7: parts ``first``..``last`` pass to another member or to a newly admitted third party."""

    effective_on: date
    first: int
    last: int
    buyer_key: str
    new_member: Member | None = None


@dataclass(frozen=True)
class CapitalIncrease:
    effective_on: date
    allocations: tuple[tuple[str, int], ...]  # member key, new parts


@dataclass(frozen=True)
class CapitalReduction:
    effective_on: date
    first: int
    last: int


@dataclass(frozen=True)
class Dissolution:
    """Art. 20: of right (one member left, term reached) or by deliberation."""

    effective_on: date


Event = Admission | Withdrawal | Exclusion | Transfer | CapitalIncrease | CapitalReduction | Dissolution


@dataclass(frozen=True)
class MembershipState:
    members: tuple[Member, ...]
    blocks: tuple[PartBlock, ...] = ()
    cancelled: tuple[PartBlock, ...] = field(default_factory=tuple)  # numbers out of the count for good
    dissolved_on: date | None = None

    def capital(self, unit_value_cents: int) -> Capital:
        return Capital(unit_value_cents, self.blocks)

    def parts_of(self, member_key: str) -> tuple[PartBlock, ...]:
        return blocks_of(self.blocks, member_key)


def initial_state(g: Groupement) -> MembershipState:
    return MembershipState(g.members, g.capital.blocks if g.capital else ())


def state_at(g: Groupement, events: tuple[Event, ...], on: date) -> MembershipState:
    """Members and parts in force on ``on`` (events of the same day in the order given)."""
    state = initial_state(g)
    for event in sorted((e for e in events if e.effective_on <= on), key=lambda e: e.effective_on):
        state = apply(state, event)
    return state


def apply(state: MembershipState, event: Event) -> MembershipState:
    if isinstance(event, Admission):
        return replace(state, members=state.members + (event.member,),
                       blocks=issue_parts(state.blocks, event.member.key, event.parts, state.cancelled))
    if isinstance(event, (Withdrawal, Exclusion)):
        return _leave(state, event.member_key)
    if isinstance(event, Transfer):
        members = state.members + ((event.new_member,) if event.new_member else ())
        return replace(state, members=members, blocks=transfer_parts(state.blocks, event.first, event.last,
                                                                     event.buyer_key))
    if isinstance(event, CapitalIncrease):
        blocks = state.blocks
        for key, count in event.allocations:
            blocks = issue_parts(blocks, key, count, state.cancelled)
        return replace(state, blocks=blocks)
    if isinstance(event, CapitalReduction):
        rest, _ = take_parts(state.blocks, event.first, event.last)
        return replace(state, blocks=rest, cancelled=state.cancelled + _inside(state.blocks, event.first, event.last))
    return replace(state, dissolved_on=event.effective_on)


def _inside(blocks: tuple[PartBlock, ...], first: int, last: int) -> tuple[PartBlock, ...]:
    """The parts of ``blocks`` numbered ``first``..``last``, with their holders."""
    return tuple(PartBlock(b.member_key, max(b.first, first), min(b.last, last))
                 for b in blocks if b.first <= last and b.last >= first)


def _leave(state: MembershipState, key: str) -> MembershipState:
    own = blocks_of(state.blocks, key)
    return replace(state, members=tuple(m for m in state.members if m.key != key),
                   blocks=tuple(b for b in state.blocks if b.member_key != key),
                   cancelled=state.cancelled + own)
