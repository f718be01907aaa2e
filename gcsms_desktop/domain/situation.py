"""The groupement as it stands on a date, as the consolidated convention states it (art. 7, 8-1, 9-1, 21).

One situation at a date: the members, parts and droits are the ``Standing`` that the tableau des
droits, the membership screen and ``members --at`` read (every change in force on that date, droits
as the convention's art. 9-1 says). On top of it, what a convention says of them: where each
member's parts come from (its apport at the constitution, new parts it subscribed on admission or
on a capital increase — an apport too —, parts it acquired by cession — not an apport), which
members signed the original convention and which were admitted by an avenant, and which changes
in force on that date still wait for the préfet's approval of their avenant (docs/regles-et-choix.md).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import cached_property

from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, PartBlock
from gcsms_desktop.domain.amendments import amended
from gcsms_desktop.domain.changes import Amendment, Change, to_event
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.membership import Event, MembershipState, apply, initial_state
from gcsms_desktop.domain.standing import Standing


class Origin(Enum):
    FOUNDING = "founding"  # apport at the constitution (art. 7)
    SUBSCRIPTION = "subscription"  # new parts subscribed on admission (8-1) or capital increase (7): an apport
    TRANSFER = "transfer"  # acquired by cession (art. 7): the apport stays the seller's


@dataclass(frozen=True)
class Acquisition:
    """Parts ``blocks`` held by ``member_key`` on the date, all come the same way by the same act."""

    member_key: str
    origin: Origin
    blocks: tuple[PartBlock, ...]
    change: Change | None = None  # None: the constitution
    on: date | None = None  # when the change took effect

    @property
    def count(self) -> int:
        return sum(b.count for b in self.blocks)


@dataclass(frozen=True)
class Admitted:
    """A member in force admitted after the constitution, by the avenant of ``change`` (art. 8-1)."""

    member: Member
    change: Change

    @property
    def avenant_date(self) -> date:
        """The avenant's own date: its signature when known, else its act (the AG's decision)."""
        return self.change.avenant.signature or self.change.act_date


@dataclass(frozen=True)
class Situation:
    on: date
    groupement: Groupement  # as constituted
    standing: Standing  # the very standing of the rights table and of « members --at »
    acquisitions: tuple[Acquisition, ...]
    admitted: tuple[Admitted, ...]
    approved: tuple[Change, ...]  # changes in force on ``on`` whose avenant the préfet had approved (art. 21)
    pending: tuple[Change, ...]  # changes in force on ``on`` whose avenant was not approved yet

    @property
    def founders(self) -> tuple[Member, ...]:
        """The members in force that signed the convention constitutive."""
        original = {m.key for m in self.groupement.members}
        return tuple(m for m in self.standing.members if m.key in original)

    def acquisitions_of(self, key: str) -> tuple[Acquisition, ...]:
        return tuple(a for a in self.acquisitions if a.member_key == key)

    def apports_of(self, a: Acquisition) -> tuple[Contribution, ...]:
        """Art. 7 and 8-1: the apports behind parts ``a``. A founder still holding all its founding parts
        keeps the apports the convention states; one holding only some of them, their value; parts
        subscribed by avenant are an apport en numéraire of their value (parts × unit value), the only
        apport the app knows of. Parts acquired by cession are no apport: it stays the seller's."""
        capital = self.groupement.capital
        if capital is None or a.origin is Origin.TRANSFER:
            return ()
        stated = capital.contributions_of(a.member_key) if a.origin is Origin.FOUNDING else ()
        if stated and a.count == capital.parts_of(a.member_key):
            return stated
        kinds = {c.kind for c in stated}
        kind = kinds.pop() if len(kinds) == 1 else ContributionKind.CASH
        description = stated[0].description if len(stated) == 1 else ""
        return (Contribution(a.member_key, kind, a.count * capital.unit_value_cents, description),)

    @cached_property
    def apports(self) -> tuple[Contribution, ...]:
        """Every apport behind the parts in circulation on the date."""
        return tuple(c for a in self.acquisitions for c in self.apports_of(a))

    @property
    def apports_cents(self) -> int:
        return sum(c.value_cents for c in self.apports)

    @property
    def acquired_cents(self) -> int:
        """Nominal value of the parts held by cession (art. 7)."""
        capital = self.groupement.capital
        unit = capital.unit_value_cents if capital else 0
        return sum(a.count * unit for a in self.acquisitions if a.origin is Origin.TRANSFER)

    @cached_property
    def consolidated(self) -> Groupement:
        """The convention's own fields as they stand: members in force, parts in circulation with the
        apports behind them, the administrateur if still a member."""
        g, s = self.groupement, self.standing
        capital = Capital(g.capital.unit_value_cents, s.blocks, self.apports) if g.capital else None
        administrator = g.administrator if g.administrator and g.administrator.member_key in s.keys else None
        g = amended(g, self.amendments)  # art. 21: the text as the avenants in force amended it
        return replace(g, members=s.members, capital=capital, administrator=administrator)

    @property
    def amendments(self) -> tuple[Amendment, ...]:
        """The amendments of the convention's text in force on the date, in the order of their avenants."""
        in_force = sorted(self.approved + self.pending, key=lambda c: c.number)
        return tuple(c.payload for c in in_force if isinstance(c.payload, Amendment))


def situation_at(g: Groupement, changes: tuple[Change, ...], standing: Standing) -> Situation:
    """The situation on ``standing.on``, from the changes in force then (same order as the timeline)."""
    on = standing.on
    in_force: list[tuple[Change, Event]] = [
        (c, e) for c in changes if (e := to_event(c, g.governance)) is not None and e.effective_on <= on]
    in_force.sort(key=lambda pair: pair[1].effective_on)  # stable: same-day changes in recording order
    order = {k: i for i, k in enumerate(standing.keys)}
    origins = list(Origin)
    acquisitions = tuple(sorted(_acquisitions(g, in_force), key=lambda a: (
        order.get(a.member_key, len(order)), origins.index(a.origin), a.blocks[0].first)))
    keys = set(standing.keys)
    founders = {m.key for m in g.members}
    admitted: dict[str, Admitted] = {}
    for change, _ in in_force:
        new = change.new_member
        if new is not None and new.key in keys and new.key not in founders:
            admitted[new.key] = Admitted(standing.member(new.key) or new, change)
    with_avenant = [c for c, _ in in_force if c.needs_avenant]
    approved = tuple(c for c in with_avenant if c.avenant.approval_order is not None and c.avenant.approval_order <= on)
    pending = tuple(c for c in with_avenant if c not in approved)
    return Situation(on, g, standing, acquisitions,
                     tuple(sorted(admitted.values(), key=lambda a: order[a.member.key])),
                     tuple(sorted(approved, key=lambda c: c.number)), tuple(sorted(pending, key=lambda c: c.number)))


@dataclass(frozen=True)
class _Source:
    holder: str
    origin: Origin
    change: Change | None
    on: date | None


def _acquisitions(g: Groupement, in_force: list[tuple[Change, Event]]) -> tuple[Acquisition, ...]:
    """Replay the changes in force and note, for each part number a change touched, how its holder got
    it; numbers no change touched are still their founder's apport."""
    state: MembershipState = initial_state(g)
    touched: dict[int, _Source] = {}
    for change, event in in_force:
        after = apply(state, event)
        gone, new = set(state.blocks) - set(after.blocks), set(after.blocks) - set(state.blocks)
        before_map = {n: b.member_key for b in gone for n in range(b.first, b.last + 1)}
        on = event.effective_on
        for block in new:
            for number in range(block.first, block.last + 1):
                previous = before_map.get(number)
                if previous == block.member_key:
                    continue  # a block merged or split, same holder: its origin stays
                origin = Origin.SUBSCRIPTION if previous is None else Origin.TRANSFER
                touched[number] = _Source(block.member_key, origin, change, on)
        state = after
    numbers = sorted(touched)
    runs: list[tuple[_Source, PartBlock]] = []
    for block in sorted(state.blocks, key=lambda b: b.first):
        founding = _Source(block.member_key, Origin.FOUNDING, None, None)
        start = bisect_left(numbers, block.first)
        if start == len(numbers) or numbers[start] > block.last:  # untouched block: one run
            runs.append((founding, block))
            continue
        for number in range(block.first, block.last + 1):
            source = touched.get(number, founding)
            if runs and runs[-1][0] == source and runs[-1][1].last + 1 == number:
                runs[-1] = (source, replace(runs[-1][1], last=number))
            else:
                runs.append((source, PartBlock(block.member_key, number, number)))
    grouped: dict[tuple[str, Origin, int | None], list[PartBlock]] = {}
    sources: dict[tuple[str, Origin, int | None], _Source] = {}
    for source, block in runs:
        key = (source.holder, source.origin, source.change.number if source.change else None)
        grouped.setdefault(key, []).append(block)
        sources.setdefault(key, source)
    return tuple(Acquisition(source.holder, source.origin, tuple(grouped[key]), source.change, source.on)
                 for key, source in sources.items())
