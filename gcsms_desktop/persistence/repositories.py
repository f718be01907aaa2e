"""Repositories: the only place that turns domain objects into rows and back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.names import name_key
from gcsms_desktop.persistence.versions import bump_version
from gcsms_desktop.persistence.mapping import GOVERNANCE_FIELDS, groupement_from_rows, member_from_row, member_to_row
from gcsms_desktop.persistence.models import (
    AdministratorMandateRow, AdministratorRow, AssociateRow, CapitalTermsRow, ChangeRow, ContributionRow,
    DetailsCorrectionRow, DraftRow,
    EventRow, GovernanceRow, GroupementRow, MemberRow, MissionRow, PartBlockRow, RecitalRow,
)

CONSTITUTION = "constitution"


@dataclass(frozen=True)
class GroupementSummary:
    id: int
    denomination: str
    member_count: int  # members named by the convention itself (changes since: « members NOM --at »)
    signature_date: date | None
    publication_date: date | None = None  # of the approval order: legal personality (R. 312-194-18)


class GroupementRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self) -> list[GroupementSummary]:
        founding = select(EventRow.id).where(EventRow.groupement_id == GroupementRow.id,
                                             EventRow.kind == CONSTITUTION)
        current = (select(func.count(MemberRow.id)).where(MemberRow.groupement_id == GroupementRow.id,
                                                         MemberRow.joined_event_id.in_(founding.scalar_subquery()))
                   .scalar_subquery())
        rows = self.session.execute(
            select(GroupementRow.id, GroupementRow.denomination, current, GroupementRow.signature_date,
                   GroupementRow.publication_date)
            .order_by(func.lower(GroupementRow.denomination)))
        return [GroupementSummary(*row) for row in rows]

    def id_by_denomination(self, denomination: str) -> int | None:
        """Compared as names are (domain.names): a look-alike of a stored name is that name."""
        wanted = name_key(denomination)
        rows = self.session.execute(select(GroupementRow.id, GroupementRow.denomination))
        return next((id_ for id_, name in rows if name_key(name) == wanted), None)

    def touch(self, groupement_id: int, expected_version: int | None = None) -> None:
        """Count one more write to the groupement; refused when the caller read an older version."""
        bump_version(self.session, GroupementRow, groupement_id, expected_version, "Ce groupement")

    def version(self, groupement_id: int) -> int:
        return self.session.scalar(select(GroupementRow.version).where(GroupementRow.id == groupement_id)) or 0

    def stamp(self, groupement_id: int) -> tuple[int, ...]:
        """What changes whenever the groupement, its changes, its corrections or its administrateur's mandates
        are written (version, number and last id of each), in one statement: a cache of what was read is
        stale when it differs."""
        stamps = [select(GroupementRow.version).where(GroupementRow.id == groupement_id).scalar_subquery()]
        for model in (ChangeRow, DetailsCorrectionRow, AdministratorMandateRow):
            own = model.groupement_id == groupement_id
            stamps += [select(func.count(model.id)).where(own).scalar_subquery(),
                       select(func.coalesce(func.max(model.id), 0)).where(own).scalar_subquery()]
        row = self.session.execute(select(*stamps)).one()
        return tuple(row) if row[0] is not None else (-1,) + (0,) * 6

    def delete(self, groupement_id: int) -> None:
        """The groupement and everything stored for it (the foreign keys cascade: members, events,
        changes, assemblies, numbers, seals); the caller asked the domain first (domain.deletions)."""
        self.session.execute(delete(GroupementRow).where(GroupementRow.id == groupement_id))
        self.session.flush()
        self.session.expunge_all()

    def exists(self, groupement_id: int) -> bool:
        return self.session.get(GroupementRow, groupement_id) is not None

    def add(self, g: Groupement) -> int:
        """Store a new groupement and its constitution event; returns its id."""
        now = datetime.now()
        row = GroupementRow(
            denomination=g.denomination.strip(), short_name=g.short_name, seat_address=g.seat_address,
            signature_place=g.signature_place, statut_choice=g.statut_choice.value if g.statut_choice else None,
            object_text=g.object_text, duration_years=g.duration.years, preamble=g.preamble,
            signature_date=g.dates.signature, sent_to_prefect_date=g.dates.sent_to_prefect,
            approval_order_date=g.dates.approval_order, publication_date=g.dates.publication, created_at=now,
            email=g.email, phone=g.phone,
            missions=[MissionRow(code=m.value) for m in sorted(g.missions, key=lambda m: m.value)],
            recitals=[RecitalRow(position=i, text=t) for i, t in enumerate(g.recitals)],
            associates=[AssociateRow(position=i, name=a.name, profession=a.profession, address=a.address)
                        for i, a in enumerate(g.associates)],
        )
        event = EventRow(kind=CONSTITUTION, event_date=g.dates.signature, recorded_at=now)
        row.events.append(event)
        self.session.add(row)
        self.session.flush()
        members = self._add_members(row, event, g)
        self._add_capital(row, event, g, members)
        self._add_governance(row, event, g, members)
        self.session.flush()
        return row.id

    def _add_members(self, row: GroupementRow, event: EventRow, g: Groupement) -> dict[str, MemberRow]:
        members = {}
        for position, m in enumerate(g.members):
            member = member_to_row(m, position, event.id)
            row.members.append(member)
            members[m.key] = member
        self.session.flush()
        return members

    def _add_capital(self, row: GroupementRow, event: EventRow, g: Groupement,
                     members: dict[str, MemberRow]) -> None:
        capital = g.capital
        self.session.add(CapitalTermsRow(groupement_id=row.id, event_id=event.id, with_capital=capital is not None,
                                         unit_value_cents=capital.unit_value_cents if capital else 0))
        if capital is None:
            return
        self.session.add_all(
            PartBlockRow(groupement_id=row.id, member_id=members[b.member_key].id, first=b.first, last=b.last,
                         acquired_event_id=event.id) for b in capital.blocks)
        self.session.add_all(
            ContributionRow(groupement_id=row.id, member_id=members[c.member_key].id, event_id=event.id,
                            kind=c.kind.value, value_cents=c.value_cents, description=c.description)
            for c in capital.contributions)

    def _add_governance(self, row: GroupementRow, event: EventRow, g: Groupement,
                        members: dict[str, MemberRow]) -> None:
        values = {name: getattr(g.governance, name) for name in GOVERNANCE_FIELDS}
        self.session.add(GovernanceRow(groupement_id=row.id, event_id=event.id, **values))
        if g.administrator is not None:
            self.session.add(AdministratorRow(
                groupement_id=row.id, member_id=members[g.administrator.member_key].id, event_id=event.id,
                person_name=g.administrator.person_name, elected_on=g.administrator.elected_on))

    def members_ever(self, groupement_id: int) -> tuple[Member, ...]:
        """Every member the groupement has had, left ones included (old assemblies name them)."""
        rows = self.session.scalars(select(MemberRow).where(MemberRow.groupement_id == groupement_id)
                                    .options(selectinload(MemberRow.representatives)).order_by(MemberRow.position))
        return tuple(member_from_row(row) for row in rows)

    def get(self, groupement_id: int) -> Groupement:
        row = self.session.scalars(
            select(GroupementRow).where(GroupementRow.id == groupement_id).options(
                selectinload(GroupementRow.members).selectinload(MemberRow.representatives),
                selectinload(GroupementRow.missions), selectinload(GroupementRow.recitals),
                selectinload(GroupementRow.events),
                selectinload(GroupementRow.associates))).one()

        def latest(model: Any) -> Any:  # tiny local query helper: the newest CapitalTermsRow or GovernanceRow
            return self.session.scalars(
                select(model).where(model.groupement_id == groupement_id).order_by(model.id.desc()).limit(1)).first()
        blocks = list(self.session.scalars(select(PartBlockRow).where(
            PartBlockRow.groupement_id == groupement_id)))
        contributions = list(self.session.scalars(select(ContributionRow).where(
            ContributionRow.groupement_id == groupement_id).order_by(ContributionRow.id)))
        administrator = self.session.scalars(select(AdministratorRow).where(
            AdministratorRow.groupement_id == groupement_id).order_by(AdministratorRow.id.desc())).first()
        return groupement_from_rows(row, latest(CapitalTermsRow), blocks, contributions,
                                    latest(GovernanceRow), administrator)


@dataclass(frozen=True)
class DraftSummary:
    id: int
    title: str
    updated_at: datetime


class DraftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, draft_id: int | None, title: str, payload: str) -> int:
        row = self.session.get(DraftRow, draft_id) if draft_id is not None else None
        if row is None:
            row = DraftRow(title=title, payload=payload, updated_at=datetime.now())
            self.session.add(row)
        else:
            row.title, row.payload, row.updated_at = title, payload, datetime.now()
        self.session.flush()
        return row.id

    def summaries(self) -> list[DraftSummary]:
        rows = self.session.scalars(select(DraftRow).order_by(DraftRow.updated_at.desc()))
        return [DraftSummary(r.id, r.title, r.updated_at) for r in rows]

    def payload(self, draft_id: int) -> str | None:
        row = self.session.get(DraftRow, draft_id)
        return row.payload if row else None

    def delete(self, draft_id: int) -> None:
        row = self.session.get(DraftRow, draft_id)
        if row is not None:
            self.session.delete(row)
