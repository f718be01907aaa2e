"""Membership changes: stored once, read back as domain ``Change``s in recording order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.persistence.mapping import member_from_row, member_to_row
from gcsms_desktop.persistence.models import ChangeRow, EventRow, MemberRow


class ChangeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, groupement_id: int) -> tuple[Change, ...]:
        rows = self.session.scalars(select(ChangeRow).where(ChangeRow.groupement_id == groupement_id)
                                    .order_by(ChangeRow.number))
        members = self._new_members(groupement_id)
        return tuple(_change_from_row(row, members) for row in rows)

    def _new_members(self, groupement_id: int) -> dict[int, MemberRow]:
        rows = self.session.scalars(select(MemberRow).join(ChangeRow, ChangeRow.new_member_id == MemberRow.id)
                                    .where(ChangeRow.groupement_id == groupement_id)
                                    .options(selectinload(MemberRow.representatives)))
        return {row.id: row for row in rows}

    def groupement_of(self, change_id: int) -> int | None:
        return self.session.scalar(select(ChangeRow.groupement_id).where(ChangeRow.id == change_id))

    def add(self, groupement_id: int, change: Change) -> int:
        """Store ``change`` as the next avenant number, returned; a new member gets its member row."""
        now = datetime.now()
        number = (self.session.scalar(select(func.max(ChangeRow.number))
                                      .where(ChangeRow.groupement_id == groupement_id)) or 0) + 1
        event = EventRow(groupement_id=groupement_id, kind=change.kind.value, event_date=change.act_date,
                         recorded_at=now)
        self.session.add(event)
        self.session.flush()
        row = ChangeRow(groupement_id=groupement_id, event_id=event.id, number=number, recorded_at=now,
                        **_columns(change))
        if change.new_member is not None:
            position = self.session.scalar(select(func.max(MemberRow.position))
                                           .where(MemberRow.groupement_id == groupement_id)) or 0
            member = member_to_row(change.new_member, position + 1, event.id)
            member.groupement_id = groupement_id
            self.session.add(member)
            self.session.flush()
            row.new_member_id = member.id
        self.session.add(row)
        self.session.flush()
        return number

    def set_avenant_dates(self, change_id: int, dates: ApprovalDates) -> None:
        row = self.session.get_one(ChangeRow, change_id)
        row.avenant_signature, row.avenant_sent_to_prefect = dates.signature, dates.sent_to_prefect
        row.avenant_approval_order, row.avenant_publication = dates.approval_order, dates.publication


def _columns(change: Change) -> dict[str, object]:
    d, a = change.deliberation, change.avenant
    return dict(
        kind=change.kind.value, act_date=change.act_date, deliberation_date=d.decided_on,
        deliberation_number=d.number, deliberation_matter=d.matter.value if d.matter else None,
        deliberation_adopted=d.adopted, deliberation_unanimous=d.unanimous, avenant_signature=a.signature,
        avenant_sent_to_prefect=a.sent_to_prefect, avenant_approval_order=a.approval_order,
        avenant_publication=a.publication, member_key=change.member_key, parts=change.parts,
        first_part=change.first, last_part=change.last, buyer_key=change.buyer_key,
        allocations=";".join(f"{key}={count}" for key, count in change.allocations),
        hearing_on=change.hearing_on, hearing_convened_on=change.hearing_convened_on,
        debts_cents=change.debts_cents, reason=change.reason, liquidators="\n".join(change.liquidators),
        of_right=change.of_right, caused_by=change.caused_by,
    )


def _allocations(text: str) -> tuple[tuple[str, int], ...]:
    pairs = (item.rsplit("=", 1) for item in text.split(";") if item)
    return tuple((key, int(count)) for key, count in pairs)


def _change_from_row(row: ChangeRow, members: dict[int, MemberRow]) -> Change:
    new_member = members.get(row.new_member_id) if row.new_member_id is not None else None
    return Change(
        kind=ChangeKind(row.kind), act_date=row.act_date,
        deliberation=Deliberation(row.deliberation_date, row.deliberation_number,
                                  Matter(row.deliberation_matter) if row.deliberation_matter else None,
                                  row.deliberation_adopted, row.deliberation_unanimous),
        avenant=ApprovalDates(row.avenant_signature, row.avenant_sent_to_prefect, row.avenant_approval_order,
                              row.avenant_publication),
        member_key=row.member_key, new_member=member_from_row(new_member) if new_member else None,
        parts=row.parts, first=row.first_part, last=row.last_part, buyer_key=row.buyer_key,
        allocations=_allocations(row.allocations), hearing_on=row.hearing_on,
        hearing_convened_on=row.hearing_convened_on, debts_cents=row.debts_cents, reason=row.reason,
        liquidators=tuple(line for line in row.liquidators.splitlines() if line.strip()),
        of_right=row.of_right, id=row.id, number=row.number, caused_by=row.caused_by,
    )
