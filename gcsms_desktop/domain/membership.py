"""Membership and parts at any date: the convention's start, then dated events (Art. 7, 8, 20).

Each event takes effect on ``effective_on`` (publication of the avenant for an admission or an
exclusion, end of the fiscal year for a withdrawal…) and counts in the state from ``in_force_from``:
the same day, except a withdrawal, effective « à l'expiration de l'exercice », whose member still
sits on 31 December and is out from 1 January (art. 8-2). ``state_at`` applies those in force on a
date, in order. Nothing is overwritten: the same events answer for every past or future date. The
dissolution of right is derived while the states are computed (``domain.dissolution``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from gcsms_desktop.domain.capital import Capital, PartBlock
from gcsms_desktop.domain.dissolution import Cause, Dissolved, departure_dissolves, earliest, term_dissolution
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.member_rules import withdrawal_dissolves
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.part_moves import blocks_of, issue_parts, take_parts, transfer_parts


@dataclass(frozen=True)
class Admission:
    """Art. 8-1: a new member, with parts numbered after the last; rights from publication."""

    effective_on: date
    member: Member
    parts: int = 0

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class Withdrawal:
    """Art. 8-2: the member leaves; its parts are cancelled (reimbursed). ``effective_on`` is the
    last day of the fiscal year (« à l'expiration de l'exercice »): the member is still one that day
    and is out from the next; ``notified_on`` is the notification (its date decides art. 8-2's
    dissolution of a two-member groupement)."""

    effective_on: date
    member_key: str
    notified_on: date | None = None

    @property
    def in_force_from(self) -> date:
        """Art. 8-2: the withdrawal takes effect at the expiration of the fiscal year, so the member
        sits and votes on 31 December and is no longer a member from 1 January."""
        return self.effective_on + timedelta(days=1)


@dataclass(frozen=True)
class Exclusion:
    """Art. 8-3: the member is excluded; its parts are cancelled."""

    effective_on: date
    member_key: str

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class Transfer:
    """Art. 7: parts ``first``..``last`` pass to another member or to a newly admitted third party."""

    effective_on: date
    first: int
    last: int
    buyer_key: str
    new_member: Member | None = None

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class CapitalIncrease:
    effective_on: date
    allocations: tuple[tuple[str, int], ...]  # member key, new parts

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class CapitalReduction:
    effective_on: date
    first: int
    last: int

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class Dissolution:
    """Art. 20: by deliberation, from the date its act fixes, or at the end of the fixed term (art. 5);
    ``effective_on`` is the first day dissolved."""

    effective_on: date
    cause: Cause = Cause.DELIBERATION

    @property
    def in_force_from(self) -> date:
        return self.effective_on


@dataclass(frozen=True)
class Amendment:
    """Art. 21: the convention's text amended; members and parts stay as they are. A new ``duration``
    (art. 5, prorogation) moves the end of a fixed term when it is in force before that end."""

    effective_on: date
    duration: Duration | None = None

    @property
    def in_force_from(self) -> date:
        return self.effective_on


Event = Admission | Withdrawal | Exclusion | Transfer | CapitalIncrease | CapitalReduction | Dissolution | Amendment


@dataclass(frozen=True)
class MembershipState:
    members: tuple[Member, ...]
    blocks: tuple[PartBlock, ...] = ()
    cancelled: tuple[PartBlock, ...] = field(default_factory=tuple)  # numbers out of the count for good
    dissolution: Dissolved | None = None  # the earliest cause in force on the state's date (art. 20)

    @property
    def dissolved_on(self) -> date | None:
        return self.dissolution.on if self.dissolution else None

    def capital(self, unit_value_cents: int) -> Capital:
        return Capital(unit_value_cents, self.blocks)

    def parts_of(self, member_key: str) -> tuple[PartBlock, ...]:
        return blocks_of(self.blocks, member_key)


def initial_state(g: Groupement) -> MembershipState:
    return MembershipState(g.members, g.capital.blocks if g.capital else ())


def state_at(g: Groupement, events: tuple[Event, ...], on: date) -> MembershipState:
    """Members and parts in force on ``on`` (events of the same day in the order given)."""
    return StateTimeline(g, events).at(on)


class StateTimeline:
    """The state after each event, in in-force-date order, computed once: the state on any date is
    then a binary search, not a replay of the whole history (which made every screen, check and
    import quadratic in changes). Events of the same day keep the order given; the end of a fixed
    term (art. 5) comes after them. Each state carries the earliest dissolution in force on its
    date, derived as the events are applied (``domain.dissolution``)."""

    def __init__(self, g: Groupement, events: tuple[Event, ...]) -> None:
        self.groupement, self.events = g, events
        self._ordered: list[Event] = []
        self._days: list[date] = []
        self._states = [initial_state(g)]
        term = term_dissolution(duration_in_force(g.duration, g.dates.publication, events), g.dates.publication)
        ends = (Dissolution(term.on, Cause.TERM),) if term is not None else ()
        for event in sorted(events + ends, key=lambda e: e.in_force_from):
            self._push(event)

    def _push(self, event: Event) -> None:
        before = self._states[-1]
        after = apply(before, event)
        if before.dissolution is None:
            after = replace(after, dissolution=earliest(after.dissolution, self._dissolved_by(event, after)))
        self._ordered.append(event)
        self._days.append(event.in_force_from)
        self._states.append(after)

    def _dissolved_by(self, event: Event, after: MembershipState) -> Dissolved | None:
        """Art. 8-2 and 20: the dissolution of right a withdrawal or an exclusion brings, once in force."""
        if isinstance(event, Withdrawal) and event.notified_on is not None and withdrawal_dissolves(
                len(self.at(event.notified_on).members)):
            return Dissolved(event.in_force_from, Cause.TWO_MEMBER_WITHDRAWAL, event.member_key, event.notified_on)
        if isinstance(event, (Withdrawal, Exclusion)) and departure_dissolves(len(after.members)):
            return Dissolved(event.in_force_from, Cause.SINGLE_MEMBER, event.member_key)
        return None

    def at(self, on: date) -> MembershipState:
        return self._states[bisect_right(self._days, on)]

    @property
    def dissolution(self) -> Dissolved | None:
        """The dissolution the recorded events lead to, past or still ahead (earliest cause)."""
        return self._states[-1].dissolution

    def extended(self, event: Event | None) -> StateTimeline:
        """This timeline with ``event`` given after all others: the states before its day are kept,
        only those from its day on are computed again (none when events come in date order)."""
        if event is None:
            return self
        kept = bisect_right(self._days, event.in_force_from)
        timeline = StateTimeline(self.groupement, ())
        timeline.events = self.events + (event,)
        timeline._ordered, timeline._days = self._ordered[:kept], self._days[:kept]
        timeline._states = self._states[:kept + 1]
        for moved in [event] + self._ordered[kept:]:
            timeline._push(moved)
        return timeline


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
    if isinstance(event, Amendment):
        return state
    return replace(state, dissolution=earliest(state.dissolution, Dissolved(event.effective_on, event.cause)))


def duration_in_force(initial: Duration, publication: date | None, events: tuple[Event, ...]) -> Duration:
    """Art. 5 (« sauf prorogation ») and 21: the durée as amended by the avenants in force before the
    term it would end: an amendment coming after the groupement was dissolved by its term changes nothing."""
    duration = initial
    for event in sorted((e for e in events if isinstance(e, Amendment) and e.duration is not None),
                        key=lambda e: e.effective_on):
        end = duration.end_date(publication) if publication is not None else None
        if end is None or event.effective_on <= end:
            assert event.duration is not None
            duration = event.duration
    return duration


def _inside(blocks: tuple[PartBlock, ...], first: int, last: int) -> tuple[PartBlock, ...]:
    """The parts of ``blocks`` numbered ``first``..``last``, with their holders."""
    return tuple(PartBlock(b.member_key, max(b.first, first), min(b.last, last))
                 for b in blocks if b.first <= last and b.last >= first)


def _leave(state: MembershipState, key: str) -> MembershipState:
    own = blocks_of(state.blocks, key)
    return replace(state, members=tuple(m for m in state.members if m.key != key),
                   blocks=tuple(b for b in state.blocks if b.member_key != key),
                   cancelled=state.cancelled + own)
