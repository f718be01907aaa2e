"""A recorded change in the groupement's life, with the paperwork the law ties to it (Art. 7, 8, 20, 21).

A ``Change`` is what the user records once: the event (adhésion, retrait, exclusion, cession,
capital change, dissolution), the AG deliberation that decided it and the avenant's dates. Changes
are never rewritten; only the avenant's later dates (sent, approved, published) are filled in.
When it takes effect is decided here (``effective_on``), from the text:

- adhésion (8-1) and exclusion (8-3): publication of the avenant by the préfet;
- retrait (8-2): end of the fiscal year, or of the next one when notice came too late;
- cession (7): the date of the written act, after the AG's prior approval; to a third party it is
  an admission as well, so it waits for the publication of the avenant;
- capital increase / reduction and dissolution by deliberation: the date the act fixes
  (by default the deliberation's);
- dissolution of right (8-2, 20): the notification of withdrawal by one of two members.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.membership import (
    Admission, CapitalIncrease, CapitalReduction, Dissolution, Event, Exclusion, Transfer, Withdrawal,
)
from gcsms_desktop.domain.membership_dates import withdrawal_effective_date


class ChangeKind(Enum):
    ADMISSION = "admission"
    WITHDRAWAL = "withdrawal"
    EXCLUSION = "exclusion"
    TRANSFER = "transfer"
    CAPITAL_INCREASE = "capital_increase"
    CAPITAL_REDUCTION = "capital_reduction"
    DISSOLUTION = "dissolution"

    @property
    def label(self) -> str:
        return CHANGE_LABELS[self]

    @property
    def article(self) -> str:
        return CHANGE_ARTICLES[self]

    @property
    def matters(self) -> tuple[Matter, ...]:
        """The matters of R312-194-21 under which the AG may have decided this change."""
        return CHANGE_MATTERS[self]

    @property
    def needs_deliberation(self) -> bool:
        """A withdrawal is the member's own act (8-2); every other change is the AG's decision."""
        return self is not ChangeKind.WITHDRAWAL


CHANGE_LABELS = {
    ChangeKind.ADMISSION: "adhésion",
    ChangeKind.WITHDRAWAL: "retrait",
    ChangeKind.EXCLUSION: "exclusion",
    ChangeKind.TRANSFER: "cession de parts",
    ChangeKind.CAPITAL_INCREASE: "augmentation de capital",
    ChangeKind.CAPITAL_REDUCTION: "réduction de capital",
    ChangeKind.DISSOLUTION: "dissolution",
}
CHANGE_ARTICLES = {
    ChangeKind.ADMISSION: "art. 8-1",
    ChangeKind.WITHDRAWAL: "art. 8-2",
    ChangeKind.EXCLUSION: "art. 8-3",
    ChangeKind.TRANSFER: "art. 7",
    ChangeKind.CAPITAL_INCREASE: "art. 7",
    ChangeKind.CAPITAL_REDUCTION: "art. 7",
    ChangeKind.DISSOLUTION: "art. 20",
}
CHANGE_MATTERS = {
    ChangeKind.ADMISSION: (Matter.ADMISSION,),
    ChangeKind.WITHDRAWAL: (Matter.CONVENTION_CHANGE,),
    ChangeKind.EXCLUSION: (Matter.EXCLUSION,),
    ChangeKind.TRANSFER: (Matter.CONVENTION_CHANGE, Matter.ADMISSION),
    ChangeKind.CAPITAL_INCREASE: (Matter.CONVENTION_CHANGE,),
    ChangeKind.CAPITAL_REDUCTION: (Matter.CONVENTION_CHANGE,),
    ChangeKind.DISSOLUTION: (Matter.EXTENSION_DISSOLUTION,),
}


@dataclass(frozen=True)
class Deliberation:
    """The AG decision a change executes: its register number when it is in the app's register,
    otherwise what the user declares (an AG held before the app was used)."""

    decided_on: date | None = None
    number: str = ""
    matter: Matter | None = None
    adopted: bool = False
    unanimous: bool = False
    concerned_member: str | None = None  # 7°: the member whose exclusion was voted

    @property
    def known(self) -> bool:
        return self.decided_on is not None


@dataclass(frozen=True)
class Change:
    """One recorded change. Which fields matter depends on ``kind`` (see ``changes_form``)."""

    kind: ChangeKind
    act_date: date  # notice, hearing-day decision, cession act, capital decision, dissolution
    deliberation: Deliberation = Deliberation()
    avenant: ApprovalDates = ApprovalDates()
    member_key: str = ""  # who joins, leaves, is excluded or sells
    new_member: Member | None = None  # adhésion, cession to a third party
    parts: int = 0  # new parts of an adhésion
    first: int = 0  # cession / reduction: part numbers first..last
    last: int = 0
    buyer_key: str = ""
    allocations: tuple[tuple[str, int], ...] = ()  # capital increase: member key, new parts
    hearing_on: date | None = None  # exclusion: hearing of the member's representative
    hearing_convened_on: date | None = None
    debts_cents: int | None = None  # 8-4: outgoing member's share of debts due at its exit
    reason: str = ""  # ground of an exclusion or a dissolution
    liquidators: tuple[str, ...] = ()
    of_right: bool = False  # dissolution of right (one member left, withdrawal of one of two)
    id: int | None = None
    number: int = 0  # avenant number, 1, 2… in recording order
    caused_by: int | None = None  # a dissolution of right: the avenant number of the withdrawal causing it

    @property
    def subject_key(self) -> str:
        """The member the change is about (the new member for an adhésion)."""
        if self.kind is ChangeKind.ADMISSION and self.new_member is not None:
            return self.new_member.key
        return self.member_key

    @property
    def to_third_party(self) -> bool:
        return self.kind is ChangeKind.TRANSFER and self.new_member is not None

    @property
    def needs_avenant(self) -> bool:
        """Art. 21: every change to the convention is an avenant; a dissolution is not one."""
        return self.kind is not ChangeKind.DISSOLUTION

    @property
    def waits_for_publication(self) -> bool:
        """8-1 and 8-3: admission and exclusion take effect only at the avenant's publication."""
        return self.kind in (ChangeKind.ADMISSION, ChangeKind.EXCLUSION) or self.to_third_party


def effective_on(change: Change, governance: Governance) -> date | None:
    """The day the change takes effect, or None while the avenant is not yet published."""
    if change.waits_for_publication:
        return change.avenant.publication
    if change.kind is ChangeKind.WITHDRAWAL:
        return withdrawal_effective_date(change.act_date, governance.withdrawal_notice_months)
    return change.act_date


def to_event(change: Change, governance: Governance) -> Event | None:
    """The membership event this change puts in force, None while it is not in force anywhere."""
    on = effective_on(change, governance)
    if on is None:
        return None
    kind = change.kind
    if kind is ChangeKind.ADMISSION and change.new_member is not None:
        return Admission(on, change.new_member, change.parts)
    if kind is ChangeKind.WITHDRAWAL:
        return Withdrawal(on, change.member_key)
    if kind is ChangeKind.EXCLUSION:
        return Exclusion(on, change.member_key)
    if kind is ChangeKind.TRANSFER:
        buyer = change.new_member.key if change.new_member else change.buyer_key
        return Transfer(on, change.first, change.last, buyer, change.new_member)
    if kind is ChangeKind.CAPITAL_INCREASE:
        return CapitalIncrease(on, change.allocations)
    if kind is ChangeKind.CAPITAL_REDUCTION:
        return CapitalReduction(on, change.first, change.last)
    if kind is ChangeKind.DISSOLUTION:
        return Dissolution(on)
    return None


def events_of(changes: tuple[Change, ...], governance: Governance) -> tuple[Event, ...]:
    """Events in force at some date, in recording order (the order of the same day)."""
    return tuple(e for e in (to_event(c, governance) for c in changes) if e is not None)
