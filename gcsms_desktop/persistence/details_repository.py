"""Dated corrections of representatives and contact details (domain.member_details), in recording order."""

from __future__ import annotations

import builtins
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.members import Representative
from gcsms_desktop.persistence.models import AssemblyRow, CorrectedRepresentativeRow, DetailsCorrectionRow, MemberRow


class DetailsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, groupement_id: int) -> tuple[DetailsCorrection, ...]:
        keys = {id_: key for id_, key in self.session.execute(select(MemberRow.id, MemberRow.key)
                                                              .where(MemberRow.groupement_id == groupement_id))}
        rows = self.session.scalars(select(DetailsCorrectionRow)
                                    .where(DetailsCorrectionRow.groupement_id == groupement_id)
                                    .order_by(DetailsCorrectionRow.id)
                                    .options(selectinload(DetailsCorrectionRow.representatives)))
        return tuple(_from_row(row, keys.get(row.member_id, "") if row.member_id else "") for row in rows)

    def add(self, groupement_id: int, correction: DetailsCorrection) -> int:
        """Store ``correction``; its number (the row id) is returned."""
        member_id = None
        if correction.member_key:
            member_id = self.session.scalar(select(MemberRow.id).where(MemberRow.groupement_id == groupement_id,
                                                                       MemberRow.key == correction.member_key))
        reps = correction.representatives
        row = DetailsCorrectionRow(
            groupement_id=groupement_id, member_id=member_id, effective_on=correction.effective_on,
            representatives_changed=reps is not None, address=correction.address, email=correction.email,
            phone=correction.phone, recorded_at=datetime.now(),
            representatives=[CorrectedRepresentativeRow(position=i, name=r.name, capacity=r.capacity,
                                                        substitute=r.substitute) for i, r in enumerate(reps or ())])
        self.session.add(row)
        self.session.flush()
        return row.id

    def sessions(self, groupement_id: int) -> builtins.list[tuple[date | None, date, str]]:
        """Each assembly's sending date, meeting date and state (domain.details_checks.dates_used)."""
        rows = self.session.execute(select(AssemblyRow.convocation_date, AssemblyRow.meeting_date, AssemblyRow.state)
                                    .where(AssemblyRow.groupement_id == groupement_id))
        return [(sent, meeting, state) for sent, meeting, state in rows]

    def remove(self, groupement_id: int, number: int) -> bool:
        """Forget one correction (the undo of its recording); False when there was none."""
        result = self.session.execute(delete(DetailsCorrectionRow).where(
            DetailsCorrectionRow.groupement_id == groupement_id, DetailsCorrectionRow.id == number))
        return bool(getattr(result, "rowcount", 0))


def _from_row(row: DetailsCorrectionRow, key: str) -> DetailsCorrection:
    reps = (tuple(Representative(r.name, r.capacity, r.substitute) for r in row.representatives)
            if row.representatives_changed else None)
    return DetailsCorrection(key, row.effective_on, reps, row.address, row.email, row.phone, row.id,
                             row.recorded_at.date())
