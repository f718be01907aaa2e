"""A recorded change in the groupement's life, with the paperwork the law ties to it (Art. 7, 8, 20, 21).

A ``Change`` is what the user records once: its act's date, the AG deliberation that decided it,
the avenant's dates, and a payload of its own kind (``Admission``, ``Withdrawal``, ``Exclusion``,
``PartTransfer``, ``CapitalIncrease``, ``CapitalReduction``, ``Dissolution``) holding only what that
kind needs. Changes are never rewritten; only the avenant's later dates (sent, approved, published)
are filled in.
When it takes effect is decided here (``effective_on``), from the text:

- adhésion (8-1) and exclusion (8-3): publication of the avenant by the préfet;
- retrait (8-2): « à l'expiration de l'exercice », the 31 December ending the fiscal year (or the
  next one when notice came too late); the member still sits that day and is out from 1 January
  (``membership.Withdrawal.in_force_from``);
- cession (7): the date of the written act, after the AG's prior approval; to a third party it is
  an admission as well, so it waits for the publication of the avenant;
- capital increase / reduction and dissolution by deliberation: the date the act fixes
  (by default the deliberation's);
- dissolution of right (5, 8-2, 20): never recorded, derived from its cause by
  ``domain.dissolution`` (a ``Dissolution`` of right stored by an earlier release is kept as a
  record and dates nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain import membership as events
from gcsms_desktop.domain.membership_dates import withdrawal_effective_date


class ChangeKind(Enum):
    ADMISSION = "admission"
    WITHDRAWAL = "withdrawal"
    EXCLUSION = "exclusion"
    TRANSFER = "transfer"
    CAPITAL_INCREASE = "capital_increase"
    CAPITAL_REDUCTION = "capital_reduction"
    DISSOLUTION = "dissolution"
    AMENDMENT = "amendment"

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
    ChangeKind.AMENDMENT: "modification de la convention",
}
CHANGE_ARTICLES = {
    ChangeKind.ADMISSION: "art. 8-1",
    ChangeKind.WITHDRAWAL: "art. 8-2",
    ChangeKind.EXCLUSION: "art. 8-3",
    ChangeKind.TRANSFER: "art. 7",
    ChangeKind.CAPITAL_INCREASE: "art. 7",
    ChangeKind.CAPITAL_REDUCTION: "art. 7",
    ChangeKind.DISSOLUTION: "art. 20",
    ChangeKind.AMENDMENT: "art. 21",
}
CHANGE_MATTERS = {
    ChangeKind.ADMISSION: (Matter.ADMISSION,),
    ChangeKind.WITHDRAWAL: (Matter.CONVENTION_CHANGE,),
    ChangeKind.EXCLUSION: (Matter.EXCLUSION,),
    ChangeKind.TRANSFER: (Matter.CONVENTION_CHANGE, Matter.ADMISSION),
    ChangeKind.CAPITAL_INCREASE: (Matter.CONVENTION_CHANGE,),
    ChangeKind.CAPITAL_REDUCTION: (Matter.CONVENTION_CHANGE,),
    ChangeKind.DISSOLUTION: (Matter.EXTENSION_DISSOLUTION,),
    ChangeKind.AMENDMENT: (Matter.CONVENTION_CHANGE, Matter.EXTENSION_DISSOLUTION),
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
class Admission:
    """Art. 8-1: the new member and the new parts it subscribes (numbered after the last)."""

    member: Member | None = None  # None only while the wizard has not been given the member yet
    parts: int = 0


@dataclass(frozen=True)
class Withdrawal:
    """Art. 8-2: the member that notified its withdrawal (the act's date is the notification)."""

    member_key: str
    debts_cents: int | None = None  # 8-4: its share of the debts due at its exit, when already known


@dataclass(frozen=True)
class Exclusion:
    """Art. 8-3: the member excluded, on what ground, after hearing its representative."""

    member_key: str
    reason: str = ""
    hearing_on: date | None = None
    hearing_convened_on: date | None = None
    debts_cents: int | None = None  # 8-4


@dataclass(frozen=True)
class PartTransfer:
    """Art. 7: parts ``first``..``last`` sold by a member to another member (``buyer_key``) or to a
    third party admitted by the transfer (``new_member``)."""

    seller_key: str
    first: int
    last: int
    buyer_key: str = ""
    new_member: Member | None = None


@dataclass(frozen=True)
class CapitalIncrease:
    """Art. 7: new parts, numbered after the highest ever given, subscribed by members."""

    allocations: tuple[tuple[str, int], ...] = ()  # member key, new parts


@dataclass(frozen=True)
class CapitalReduction:
    """Art. 7: parts ``first``..``last`` cancelled (their numbers are never given again)."""

    first: int
    last: int


@dataclass(frozen=True)
class Dissolution:
    """Art. 20: by deliberation, with its liquidators. ``of_right`` and ``caused_by`` (the avenant of
    the withdrawal) are read from books of earlier releases, which stored the dissolution of right a
    two-member withdrawal entails; it is now derived (``domain.dissolution``)."""

    reason: str = ""
    liquidators: tuple[str, ...] = ()
    of_right: bool = False
    caused_by: int | None = None


@dataclass(frozen=True)
class Amendment:
    """Art. 21 and R312-194-21 5° (11° for a prorogation): the convention's own text amended by avenant —
    its dénomination (art. 1), siège (art. 3), objet (art. 4), durée (art. 5), or the wording of another
    article (``articles``: number → new text). ``None`` leaves a field as it was."""

    denomination: str | None = None
    seat_address: str | None = None
    object_text: str | None = None
    duration: Duration | None = None  # Duration(None): durée indéterminée
    articles: tuple[tuple[str, str], ...] = ()

    @property
    def changed(self) -> tuple[str, ...]:
        """The articles it amends, in the convention's order: « 1er », « 3 », « 10-2 »…"""
        found = [number for number, value in (("1er", self.denomination), ("3", self.seat_address),
                                              ("4", self.object_text), ("5", self.duration)) if value is not None]
        return tuple(found) + tuple(number for number, _ in self.articles)


Payload = (Admission | Withdrawal | Exclusion | PartTransfer | CapitalIncrease | CapitalReduction | Dissolution
           | Amendment)
PAYLOAD_KINDS: dict[type, ChangeKind] = {
    Admission: ChangeKind.ADMISSION, Withdrawal: ChangeKind.WITHDRAWAL, Exclusion: ChangeKind.EXCLUSION,
    PartTransfer: ChangeKind.TRANSFER, CapitalIncrease: ChangeKind.CAPITAL_INCREASE,
    CapitalReduction: ChangeKind.CAPITAL_REDUCTION, Dissolution: ChangeKind.DISSOLUTION,
    Amendment: ChangeKind.AMENDMENT,
}


@dataclass(frozen=True)
class Change:
    """One recorded change: what every kind has, and the payload of its kind."""

    act_date: date  # notice, hearing-day decision, cession act, capital decision, dissolution
    payload: Payload
    deliberation: Deliberation = Deliberation()
    avenant: ApprovalDates = ApprovalDates()
    id: int | None = None
    number: int = 0  # avenant number, 1, 2… in recording order

    @property
    def kind(self) -> ChangeKind:
        return PAYLOAD_KINDS[type(self.payload)]

    @property
    def new_member(self) -> Member | None:
        """The member this change admits: the new member of an adhésion or a cession to a third party."""
        p = self.payload
        if isinstance(p, Admission):
            return p.member
        return p.new_member if isinstance(p, PartTransfer) else None

    @property
    def subject_key(self) -> str:
        """The member the change is about: who joins, leaves, is excluded or sells ("" otherwise)."""
        p = self.payload
        if isinstance(p, Admission):
            return p.member.key if p.member else ""
        if isinstance(p, (Withdrawal, Exclusion)):
            return p.member_key
        return p.seller_key if isinstance(p, PartTransfer) else ""

    @property
    def of_right(self) -> bool:
        """A dissolution of right: no deliberation decided it (art. 8-2, 20)."""
        return isinstance(self.payload, Dissolution) and self.payload.of_right

    @property
    def to_third_party(self) -> bool:
        return isinstance(self.payload, PartTransfer) and self.payload.new_member is not None

    @property
    def needs_avenant(self) -> bool:
        """Art. 21: every change to the convention is an avenant; a dissolution is not one."""
        return self.kind is not ChangeKind.DISSOLUTION

    @property
    def waits_for_publication(self) -> bool:
        """8-1 and 8-3: admission and exclusion take effect only at the avenant's publication; so does an
        amendment of the convention's text (art. 21, R312-194-18: approved, then published)."""
        return self.kind in (ChangeKind.ADMISSION, ChangeKind.EXCLUSION, ChangeKind.AMENDMENT) or self.to_third_party


def effective_on(change: Change, governance: Governance) -> date | None:
    """The day the change takes effect, or None while the avenant is not yet published."""
    if change.waits_for_publication:
        return change.avenant.publication
    if change.kind is ChangeKind.WITHDRAWAL:
        return withdrawal_effective_date(change.act_date, governance.withdrawal_notice_months)
    return change.act_date


def in_force_from(change: Change, governance: Governance) -> date | None:
    """The first day the groupement stands changed: the effective date, except for a withdrawal,
    effective « à l'expiration de l'exercice » (art. 8-2): its member is out from the next day."""
    on = effective_on(change, governance)
    return on + timedelta(days=1) if on is not None and change.kind is ChangeKind.WITHDRAWAL else on


def to_event(change: Change, governance: Governance) -> events.Event | None:
    """The membership event this change puts in force, None while it is not in force anywhere (or,
    for a stored dissolution of right, because its cause dates it)."""
    on = effective_on(change, governance)
    if on is None:
        return None
    p = change.payload
    if isinstance(p, Admission):
        return events.Admission(on, p.member, p.parts) if p.member is not None else None
    if isinstance(p, Withdrawal):
        return events.Withdrawal(on, p.member_key, change.act_date)
    if isinstance(p, Exclusion):
        return events.Exclusion(on, p.member_key)
    if isinstance(p, PartTransfer):
        buyer = p.new_member.key if p.new_member else p.buyer_key
        return events.Transfer(on, p.first, p.last, buyer, p.new_member)
    if isinstance(p, CapitalIncrease):
        return events.CapitalIncrease(on, p.allocations)
    if isinstance(p, CapitalReduction):
        return events.CapitalReduction(on, p.first, p.last)
    if isinstance(p, Amendment):
        return events.Amendment(on, p.duration)
    if p.of_right:  # a record of a dissolution of right: its date is derived from its cause
        return None
    return events.Dissolution(on)


def events_of(changes: tuple[Change, ...], governance: Governance) -> tuple[events.Event, ...]:
    """Events in force at some date, in recording order (the order of the same day)."""
    return tuple(e for e in (to_event(c, governance) for c in changes) if e is not None)
