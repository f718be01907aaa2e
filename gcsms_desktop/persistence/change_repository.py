"""Membership changes: stored once, read back as domain ``Change``s in recording order.

The table keeps one column per field any kind uses (``membership_changes``, 0003): each payload
writes its own columns and leaves the others at their defaults; reading builds the payload of the
row's kind from its columns only.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from gcsms_desktop.domain.changes import (
    Admission, Amendment, CapitalIncrease, CapitalReduction, Change, ChangeKind, Deliberation, Dissolution, Exclusion,
    PartTransfer, Payload, Withdrawal,
)
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.interchange.amendment_json import amendment_from_dict, amendment_to_dict
from gcsms_desktop.interchange.reader import Reader
from gcsms_desktop.persistence.mapping import member_from_row, member_to_row
from gcsms_desktop.persistence.models import (
    AgendaItemRow, AssemblyRequesterRow, AssemblyRightsRow, AttendanceRow, ChangeRow, DeliberationOutcomeRow, EventRow,
    MemberRow, VoteRow,
)


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

    def new_member_in_use(self, change_id: int) -> bool:
        """Whether the member a change admits is named by an assembly (attendance, vote, droits, agenda,
        request): then its row may not go with the change."""
        member_id = self.session.scalar(select(ChangeRow.new_member_id).where(ChangeRow.id == change_id))
        if member_id is None:
            return False
        uses = [select(AttendanceRow.id).where(or_(AttendanceRow.member_id == member_id,
                                                   AttendanceRow.proxy_holder_id == member_id)),
                select(VoteRow.id).where(VoteRow.member_id == member_id),
                select(AssemblyRightsRow.assembly_id).where(AssemblyRightsRow.member_id == member_id),
                select(AgendaItemRow.id).where(AgendaItemRow.concerned_member_id == member_id),
                select(DeliberationOutcomeRow.id).where(DeliberationOutcomeRow.concerned_member_id == member_id),
                select(AssemblyRequesterRow.id).where(AssemblyRequesterRow.member_id == member_id)]
        return any(self.session.scalar(query.limit(1)) is not None for query in uses)

    def delete(self, change_id: int) -> None:
        """The change, its event and the member it admitted (with its representatives); the caller
        asked the domain first (domain.deletions) and ``new_member_in_use``."""
        row = self.session.get_one(ChangeRow, change_id)
        event_id, member_id = row.event_id, row.new_member_id
        self.session.delete(row)
        self.session.flush()
        if member_id is not None:
            member = self.session.get(MemberRow, member_id)
            if member is not None:
                self.session.delete(member)
                self.session.flush()
        self.session.execute(delete(EventRow).where(EventRow.id == event_id))
        self.session.flush()

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
        avenant_publication=a.publication, **{**UNUSED_COLUMNS, **_payload_columns(change.payload)},
    )


UNUSED_COLUMNS: dict[str, object] = dict(  # what a kind does not use
    member_key="", parts=0, first_part=0, last_part=0, buyer_key="", allocations="", hearing_on=None,
    hearing_convened_on=None, debts_cents=None, reason="", liquidators="", of_right=False, caused_by=None,
    amendment="")


def _payload_columns(p: Payload) -> dict[str, object]:
    """The columns the payload's kind uses (the new member of an adhésion or of a cession to a third
    party is a member row, linked by ``add``)."""
    if isinstance(p, Admission):
        return dict(parts=p.parts)
    if isinstance(p, Withdrawal):
        return dict(member_key=p.member_key, debts_cents=p.debts_cents)
    if isinstance(p, Exclusion):
        return dict(member_key=p.member_key, reason=p.reason, hearing_on=p.hearing_on,
                    hearing_convened_on=p.hearing_convened_on, debts_cents=p.debts_cents)
    if isinstance(p, PartTransfer):
        return dict(member_key=p.seller_key, first_part=p.first, last_part=p.last, buyer_key=p.buyer_key)
    if isinstance(p, CapitalIncrease):
        return dict(allocations=";".join(f"{key}={count}" for key, count in p.allocations))
    if isinstance(p, CapitalReduction):
        return dict(first_part=p.first, last_part=p.last)
    if isinstance(p, Amendment):  # stored as the JSON format writes it (interchange.amendment_json)
        return dict(amendment=json.dumps(amendment_to_dict(p), ensure_ascii=False))
    return dict(reason=p.reason, liquidators="\n".join(p.liquidators), of_right=p.of_right, caused_by=p.caused_by)


def _allocations(text: str) -> tuple[tuple[str, int], ...]:
    pairs = (item.rsplit("=", 1) for item in text.split(";") if item)
    return tuple((key, int(count)) for key, count in pairs)


def _payload_from_row(row: ChangeRow, new_member: Member | None) -> Payload:
    kind = ChangeKind(row.kind)
    if kind is ChangeKind.ADMISSION:
        return Admission(new_member, row.parts)
    if kind is ChangeKind.WITHDRAWAL:
        return Withdrawal(row.member_key, row.debts_cents)
    if kind is ChangeKind.EXCLUSION:
        return Exclusion(row.member_key, row.reason, row.hearing_on, row.hearing_convened_on, row.debts_cents)
    if kind is ChangeKind.TRANSFER:
        return PartTransfer(row.member_key, row.first_part, row.last_part, row.buyer_key, new_member)
    if kind is ChangeKind.CAPITAL_INCREASE:
        return CapitalIncrease(_allocations(row.allocations))
    if kind is ChangeKind.CAPITAL_REDUCTION:
        return CapitalReduction(row.first_part, row.last_part)
    if kind is ChangeKind.AMENDMENT:
        return amendment_from_dict(Reader(), json.loads(row.amendment or "{}"), "amendment")
    return Dissolution(row.reason, tuple(line for line in row.liquidators.splitlines() if line.strip()),
                       row.of_right, row.caused_by)


def _change_from_row(row: ChangeRow, members: dict[int, MemberRow]) -> Change:
    new_member = members.get(row.new_member_id) if row.new_member_id is not None else None
    return Change(
        act_date=row.act_date, payload=_payload_from_row(row, member_from_row(new_member) if new_member else None),
        deliberation=Deliberation(row.deliberation_date, row.deliberation_number,
                                  Matter(row.deliberation_matter) if row.deliberation_matter else None,
                                  row.deliberation_adopted, row.deliberation_unanimous),
        avenant=ApprovalDates(row.avenant_signature, row.avenant_sent_to_prefect, row.avenant_approval_order,
                              row.avenant_publication),
        id=row.id, number=row.number,
    )
