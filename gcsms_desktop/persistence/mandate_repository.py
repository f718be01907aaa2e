"""The administrateur's mandates after the convention (art. 14): stored once, read back in order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.mandates import EndReason, Mandate
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.persistence.models import AdministratorMandateRow, MemberRow


class MandateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, groupement_id: int) -> tuple[Mandate, ...]:
        rows = self.session.execute(
            select(AdministratorMandateRow, MemberRow.key)
            .join(MemberRow, MemberRow.id == AdministratorMandateRow.member_id)
            .where(AdministratorMandateRow.groupement_id == groupement_id)
            .order_by(AdministratorMandateRow.number))
        return tuple(_mandate(row, key) for row, key in rows)

    def add(self, groupement_id: int, mandate: Mandate) -> int:
        """Store ``mandate`` as the next number (the write lock is held), returned."""
        number = (self.session.scalar(select(func.max(AdministratorMandateRow.number))
                                      .where(AdministratorMandateRow.groupement_id == groupement_id)) or 0) + 1
        member_id = self.session.scalar(select(MemberRow.id).where(
            MemberRow.groupement_id == groupement_id, MemberRow.key == mandate.member_key))
        d = mandate.deliberation
        assert member_id is not None and d.decided_on is not None and mandate.start is not None  # checked before
        self.session.add(AdministratorMandateRow(
            groupement_id=groupement_id, number=number, member_id=member_id, person_name=mandate.person_name,
            starts_on=mandate.start, deliberation_date=d.decided_on, deliberation_number=d.number.strip(),
            deliberation_matter=d.matter.value if d.matter else None, deliberation_adopted=d.adopted,
            deliberation_unanimous=d.unanimous,
            ends_previous=mandate.ends_previous.value if mandate.ends_previous else None,
            recorded_at=datetime.now()))
        self.session.flush()
        return number


def _mandate(row: AdministratorMandateRow, key: str) -> Mandate:
    deliberation = Deliberation(row.deliberation_date, row.deliberation_number,
                                Matter(row.deliberation_matter) if row.deliberation_matter else None,
                                row.deliberation_adopted, row.deliberation_unanimous)
    return Mandate(key, row.person_name, deliberation, row.starts_on,
                   EndReason(row.ends_previous) if row.ends_previous else None, row.number, row.id)
