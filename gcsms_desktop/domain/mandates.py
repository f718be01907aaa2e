"""The administrateur over time: the founding one, then each mandate the AG gives (art. 14, R312-194-23).

Art. 14 of the model convention: « L'administrateur est nommé pour une durée de trois ans renouvelable.
Il est révocable à tout moment par l'assemblée générale. » R312-194-21 3°: the AG decides « la
nomination et la révocation de l'administrateur ». The founding administrateur (the convention's, or
elected at the first meeting) is never rewritten; each later election is a dated ``Mandate`` citing
its deliberation. ``Administration.on(day)`` answers « who is administrateur on that day » for every
path (documents, deadlines, screens, the command line).

Readings (docs/regles-et-choix.md, « L'administrateur dans le temps »):
- every election is a nomination « pour une durée de trois ans » (the convention's figure): a
  replacement before the term starts a new full term, not the remainder of the previous one;
- the previous mandate ends the day before the next one starts, or at its term, or the day before its
  member leaves the groupement (eligibility is a condition of the office, R312-194-23);
- the kind is derived, never typed: an election after a vacancy or at the end of a term, a
  re-election of the person in office (or of the last one), a replacement of someone whose term runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from gcsms_desktop.domain.administrator import LEGAL_TERM_YEARS, Administrator
from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation, in_force_from
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.names import normalised_name


class EndReason(Enum):
    """Why a mandate ended before its term, as the next election states it."""

    RESIGNATION = "resignation"
    REVOCATION = "revocation"
    DEATH = "death"

    @property
    def label(self) -> str:
        return END_REASON_LABELS[self]


END_REASON_LABELS = {EndReason.RESIGNATION: "démission", EndReason.REVOCATION: "révocation par l'assemblée générale",
                     EndReason.DEATH: "décès"}


class MandateKind(Enum):
    FOUNDING = "founding"
    ELECTION = "election"
    REELECTION = "reelection"
    REPLACEMENT = "replacement"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {MandateKind.FOUNDING: "premier administrateur", MandateKind.ELECTION: "élection",
               MandateKind.REELECTION: "réélection", MandateKind.REPLACEMENT: "remplacement"}


@dataclass(frozen=True)
class Mandate:
    """One election by the AG (R312-194-21 3°): who, from when, under which deliberation.

    ``starts_on`` None means the deliberation's date (filled in before the mandate is stored);
    ``ends_previous`` says why the administrateur in office leaves before the term (a replacement)."""

    member_key: str
    person_name: str
    deliberation: Deliberation
    starts_on: date | None = None
    ends_previous: EndReason | None = None
    number: int = 0  # 1, 2… in recording order; the founding administrateur has none
    id: int | None = None

    @property
    def start(self) -> date | None:
        return self.starts_on or self.deliberation.decided_on

    @property
    def administrator(self) -> Administrator:
        return Administrator(self.member_key, self.person_name, self.start)


@dataclass(frozen=True)
class Office:
    """A mandate as the history reads it: from ``starts_on`` to ``ends_on`` (None: open)."""

    kind: MandateKind
    administrator: Administrator
    starts_on: date | None
    term_end: date | None
    ends_on: date | None
    mandate: Mandate | None = None  # None: the founding administrateur
    ended_by: EndReason | None = None  # the next mandate's reason, when it cut this one short
    member_left_on: date | None = None  # the first day its member was no longer in the groupement

    def covers(self, on: date) -> bool:
        return (self.starts_on is None or self.starts_on <= on) and (self.ends_on is None or on <= self.ends_on)

    @property
    def person_name(self) -> str:
        return self.administrator.person_name

    @property
    def member_key(self) -> str:
        return self.administrator.member_key


@dataclass(frozen=True)
class Administration:
    """Every administrateur of a groupement in date order; ``on(day)`` is the one in office."""

    offices: tuple[Office, ...] = ()
    term_years: int = LEGAL_TERM_YEARS

    def on(self, day: date) -> Office | None:
        """R312-194-23: the administrateur in office on ``day``, None when the office is vacant."""
        return next((o for o in reversed(self.offices) if o.covers(day)), None)

    def administrator_on(self, day: date) -> Administrator | None:
        office = self.on(day)
        return office.administrator if office else None

    @property
    def last(self) -> Office | None:
        return self.offices[-1] if self.offices else None

    @property
    def mandates(self) -> tuple[Mandate, ...]:
        return tuple(o.mandate for o in self.offices if o.mandate is not None)


def term_end(start: date | None, term_years: int) -> date | None:
    """Art. 14: « nommé pour une durée de trois ans » from the day the mandate starts."""
    return Administrator("", "", start).term_end(term_years) if start else None


def founding_office(g: Groupement) -> Office | None:
    """The convention's administrateur, in office from its election (else from the signature)."""
    a = g.administrator
    if a is None:
        return None
    start = a.elected_on or g.dates.signature
    end = a.term_end(g.governance.administrator_term_years)
    return Office(MandateKind.FOUNDING, a, start, end, end)


def member_exits(g: Groupement, changes: tuple[Change, ...]) -> dict[str, date]:
    """The first day each departed member is out of the groupement (art. 8-2, 8-3)."""
    found: dict[str, date] = {}
    for change in changes:
        if change.kind in (ChangeKind.WITHDRAWAL, ChangeKind.EXCLUSION):
            out = in_force_from(change, g.governance)
            if out is not None:
                found.setdefault(change.subject_key, out)
    return found


def administration(g: Groupement, mandates: tuple[Mandate, ...] = (),
                   exits: Mapping[str, date] | None = None) -> Administration:
    """The offices of the founding administrateur and of each mandate, in start order."""
    years = g.governance.administrator_term_years
    offices: list[Office] = []
    first = founding_office(g)
    if first is not None:
        offices.append(first)
    for mandate in sorted(mandates, key=lambda m: (m.start or date.min, m.number)):
        offices.append(_next_office(offices[-1] if offices else None, mandate, years))
        if len(offices) > 1:
            offices[-2] = _cut(offices[-2], mandate)
    return Administration(tuple(_left(o, exits or {}) for o in offices), years)


def _same_person(a: Administrator, b: Administrator) -> bool:
    return a.member_key == b.member_key and normalised_name(a.person_name) == normalised_name(b.person_name)


def kind_of(previous: Office | None, mandate: Mandate) -> MandateKind:
    """Election, re-election or replacement, read from the office before (art. 14)."""
    start = mandate.start
    if previous is None or start is None:
        return MandateKind.ELECTION
    if _same_person(previous.administrator, mandate.administrator):
        return MandateKind.REELECTION
    day_before = start - timedelta(days=1)
    running = previous.covers(day_before) and (previous.term_end is None or previous.term_end > day_before)
    return MandateKind.REPLACEMENT if running else MandateKind.ELECTION


def _next_office(previous: Office | None, mandate: Mandate, years: int) -> Office:
    end = term_end(mandate.start, years)
    return Office(kind_of(previous, mandate), mandate.administrator, mandate.start, end, end, mandate)


def _cut(previous: Office, mandate: Mandate) -> Office:
    """The previous office ends the day before the next mandate starts, if it ran that long."""
    start = mandate.start
    if start is None or (previous.ends_on is not None and previous.ends_on < start):
        return previous
    ended_by = mandate.ends_previous if not _same_person(previous.administrator, mandate.administrator) else None
    return replace(previous, ends_on=start - timedelta(days=1), ended_by=ended_by)


def _left(office: Office, exits: Mapping[str, date]) -> Office:
    """R312-194-23: only a member's person may hold the office; it ends when the member leaves."""
    out = exits.get(office.member_key)
    if out is None or (office.ends_on is not None and office.ends_on < out):
        return office
    return replace(office, ends_on=out - timedelta(days=1), member_left_on=out)
