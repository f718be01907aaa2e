"""A groupement with every change recorded since its convention: what documents and screens read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date

from gcsms_desktop.domain.change_text import describe, member_name
from gcsms_desktop.domain.amendments import amended
from gcsms_desktop.domain.changes import Amendment, Change, effective_on, in_force_from
from gcsms_desktop.domain.dissolution import Dissolved
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.member_details import DetailsCorrection, DetailsIndex, GroupementContact, contact_on
from gcsms_desktop.domain.mandates import Administration, Mandate, Office, administration, member_exits
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.situation import Situation, situation_at
from gcsms_desktop.domain.standing import Standing, Timeline, distributed, members_ever


@dataclass(frozen=True)
class History:
    groupement: Groupement
    changes: tuple[Change, ...] = ()
    corrections: tuple[DetailsCorrection, ...] = ()  # representatives, addresses… (member_details)
    mandates: tuple[Mandate, ...] = ()  # the AG's elections of the administrateur (art. 14)

    @cached_property
    def timeline(self) -> Timeline:
        """Built on first use and kept: the history is frozen, so every date asked of it shares one
        index of its states (and the standings already computed)."""
        return Timeline(self.groupement, self.changes, details=self.details)

    @cached_property
    def details(self) -> DetailsIndex:
        return DetailsIndex(self.corrections)

    def member_on(self, member: Member, on: date) -> Member:
        """``member`` with the representatives, address and contacts in office on ``on`` (art. 13-1)."""
        return self.details.member_on(member, on)

    def amended_on(self, on: date) -> Groupement:
        """The convention's text as the avenants in force on ``on`` amended it (dénomination, siège, objet,
        durée, articles; art. 21): what a document of that date prints in its header and letters. Cheap:
        members and parts are the standing's business (``consolidated``)."""
        found = [c for c in self.changes if isinstance(c.payload, Amendment)
                 and (effective := self.effective_on(c)) is not None and effective <= on]
        if not found:
            return self.groupement
        return amended(self.groupement, [c.payload for c in sorted(found, key=lambda c: c.number)
                                         if isinstance(c.payload, Amendment)])

    def contact_on(self, on: date) -> GroupementContact:
        g = self.groupement
        return contact_on(GroupementContact(g.email, g.phone), self.corrections, on)

    def standing(self, on: date) -> Standing:
        return self.timeline.standing(on)

    @cached_property
    def administration(self) -> Administration:
        """The founding administrateur and every mandate since, each ended by the next one, its term or
        its member's exit (art. 14, R312-194-23)."""
        return administration(self.groupement, self.mandates, member_exits(self.groupement, self.changes))

    def office(self, on: date) -> Office | None:
        """The administrateur's office on ``on`` (None: vacant): what every document and screen reads."""
        return self.administration.on(on)

    def administrator(self, on: date) -> Administrator | None:
        """R312-194-23: the administrateur in office on ``on``."""
        return self.administration.administrator_on(on)

    def effective_on(self, change: Change) -> date | None:
        """When ``change`` takes effect; for a dissolution of right stored by an earlier release, the
        date its cause gives (art. 8-2, 20), as every other path reads it."""
        if change.of_right:
            found = self.dissolution
            return found.on if found is not None else None
        return effective_on(change, self.groupement.governance)

    @property
    def dissolution(self) -> Dissolved | None:
        """The dissolution the recorded changes lead to, past or still ahead, and its cause (art. 20)."""
        return self.timeline.dissolution

    def dissolution_note(self, on: date) -> str:
        """« Groupement dissous de plein droit le 1er janvier 2028 (retrait de « X » …) » when it is
        dissolved on ``on``, "" otherwise: the same words in the window and the printed tables (art. 20)."""
        dissolved_on = self.standing(on).dissolved_on
        if dissolved_on is None:
            return ""
        found = self.dissolution
        if found is None or found.on != dissolved_on:
            return f"Groupement dissous le {format_date(dissolved_on)} (art. 20)."
        return f"Groupement {found.text(self.name(found.member_key) if found.member_key else '')}."

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
        the first day it counts (its act date while the préfet has not published it yet; the 1 January
        after a withdrawal's 31 December, art. 8-2), parts ÷ total."""
        on = in_force_from(change, self.groupement.governance)
        if on is None:
            on = change.act_date
            change = replace(change, avenant=replace(change.avenant, publication=on))
        return distributed(History(self.groupement, self.before(change) + (change,), self.corrections,
                                   self.mandates).standing(on))

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
        in_office = replace(self.groupement, administrator=self.administrator(on))
        return situation_at(in_office, self.changes, self.standing(on))

    def consolidated(self, on: date) -> Groupement:
        """The convention's fields as they stand on ``on``: members in force, parts in circulation with the
        apports behind them (founders' still held, new parts subscribed by avenant), the administrateur
        in office on that date (art. 14), the contact details then."""
        contact = self.contact_on(on)
        return replace(self.situation(on).consolidated, email=contact.email, phone=contact.phone)
