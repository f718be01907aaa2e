"""A groupement with every change recorded since its convention: what documents and screens read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date

from gcsms_desktop.domain.change_text import describe, member_name
from gcsms_desktop.domain.changes import Change, ChangeKind, Dissolution, effective_on
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.member_rules import withdrawal_dissolves
from gcsms_desktop.domain.situation import Situation, situation_at
from gcsms_desktop.domain.standing import Standing, Timeline, distributed, members_ever


@dataclass(frozen=True)
class History:
    groupement: Groupement
    changes: tuple[Change, ...] = ()

    @cached_property
    def timeline(self) -> Timeline:
        """Built on first use and kept: the history is frozen, so every date asked of it shares one
        index of its states (and the standings already computed)."""
        return Timeline(self.groupement, self.changes)

    def standing(self, on: date) -> Standing:
        return self.timeline.standing(on)

    def effective_on(self, change: Change) -> date | None:
        return effective_on(change, self.groupement.governance)

    def describe(self, change: Change) -> str:
        return describe(self.groupement, self.changes, change)

    def name(self, key: str) -> str:
        return member_name(self.groupement, self.changes, key)

    @property
    def members_ever(self) -> tuple[Member, ...]:
        return members_ever(self.groupement, self.changes)

    def change(self, number: int) -> Change | None:
        return next((c for c in self.changes if c.number == number), None)

    def before(self, change: Change) -> tuple[Change, ...]:
        """The changes recorded before ``change`` (what its avenant amends)."""
        return tuple(c for c in self.changes if c.number < change.number)

    def after(self, change: Change) -> Standing:
        """The distribution an avenant states: the changes before it and itself, taken in force on
        its effective date (its act date while the préfet has not published it yet), parts ÷ total."""
        on = self.effective_on(change)
        if on is None:
            on = change.act_date
            change = replace(change, avenant=replace(change.avenant, publication=on))
        return distributed(History(self.groupement, self.before(change) + (change,)).standing(on))

    def dissolution_caused_by(self, change: Change) -> Change | None:
        """Art. 8-2 and 20: with two members, the notification of a withdrawal dissolves the groupement
        of right, on the day of the notification; the AG then records it and names liquidators."""
        if change.kind is not ChangeKind.WITHDRAWAL:
            return None
        if not withdrawal_dissolves(len(self.standing(change.act_date).members)):
            return None
        return Change(change.act_date, Dissolution("retrait d'un des deux membres (art. 8-2)", of_right=True,
                                                   caused_by=change.number))

    def in_force_between(self, start: date, end: date) -> list[tuple[date, Change]]:
        """Changes taking effect after ``start`` and up to ``end``, in date order."""
        found = [(on, c) for c in self.changes if (on := self.effective_on(c)) is not None and start < on <= end]
        return sorted(found, key=lambda pair: (pair[0], pair[1].number))

    def approved_by(self, on: date) -> tuple[Change, ...]:
        """Changes in force on ``on`` whose avenant the préfet had approved (art. 21)."""
        def counts(c: Change) -> bool:
            effective = self.effective_on(c)
            approved = not c.needs_avenant or (c.avenant.approval_order is not None and c.avenant.approval_order <= on)
            return effective is not None and effective <= on and approved
        return tuple(c for c in self.changes if counts(c))

    def situation(self, on: date) -> Situation:
        """The consolidated convention's situation on ``on``: the same standing as the rights table and
        ``members --at`` (every change in force then, droits per art. 9-1), with where each part comes
        from and which avenants in force the préfet had approved (art. 7, 8-1, 21)."""
        return situation_at(self.groupement, self.changes, self.standing(on))

    def consolidated(self, on: date) -> Groupement:
        """The convention's fields as they stand on ``on``: members in force, parts in circulation with the
        apports behind them (founders' still held, new parts subscribed by avenant), the administrateur."""
        return self.situation(on).consolidated
