"""Rows → domain objects: the groupement as its convention constitutive made it.

Members admitted later belong to their change (``membership_changes``), not to the convention.
"""

from __future__ import annotations

from decimal import Decimal

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, PartBlock
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.members import (
    Associate, LegalSector, Member, MemberCategory, PersonKind, Representative,
)
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut
from gcsms_desktop.persistence.models import (
    AdministratorRow, CapitalTermsRow, ContributionRow, GovernanceRow, GroupementRow, MemberRow, PartBlockRow,
    RepresentativeRow,
)

GOVERNANCE_FIELDS = tuple(Governance.__dataclass_fields__)


def member_from_row(row: MemberRow) -> Member:
    return Member(
        key=row.key, name=row.name, short_name=row.short_name,
        person_kind=PersonKind(row.person_kind), sector=LegalSector(row.sector),
        profit_making=row.profit_making, category=MemberCategory(row.category),
        address=row.address, siren=row.siren, finess=row.finess,
        representatives=tuple(Representative(r.name, r.capacity, r.substitute) for r in row.representatives),
        contribution_share=Decimal(row.contribution_share) if row.contribution_share is not None else None,
        email=row.email, phone=row.phone,
    )


def member_to_row(m: Member, position: int, joined_event_id: int) -> MemberRow:
    return MemberRow(
        position=position, key=m.key, name=m.name, short_name=m.short_name,
        person_kind=m.person_kind.value, sector=m.sector.value, profit_making=m.profit_making,
        category=m.category.value, address=m.address, siren=m.siren, finess=m.finess,
        contribution_share=str(m.contribution_share) if m.contribution_share is not None else None,
        email=m.email, phone=m.phone, joined_event_id=joined_event_id,
        representatives=[RepresentativeRow(position=i, name=r.name, capacity=r.capacity, substitute=r.substitute)
                         for i, r in enumerate(m.representatives)],
    )


def governance_from_row(row: GovernanceRow | None) -> Governance:
    if row is None:
        return Governance()
    return Governance(**{name: getattr(row, name) for name in GOVERNANCE_FIELDS})


def capital_from_rows(terms: CapitalTermsRow | None, blocks: list[PartBlockRow],
                      contributions: list[ContributionRow], keys: dict[int, str]) -> Capital | None:
    if terms is None or not terms.with_capital:
        return None
    return Capital(
        terms.unit_value_cents,
        tuple(PartBlock(keys[b.member_id], b.first, b.last) for b in sorted(blocks, key=lambda b: b.first)),
        tuple(Contribution(keys[c.member_id], ContributionKind(c.kind), c.value_cents, c.description)
              for c in contributions),
    )


def groupement_from_rows(row: GroupementRow, terms: CapitalTermsRow | None, blocks: list[PartBlockRow],
                         contributions: list[ContributionRow], governance: GovernanceRow | None,
                         administrator: AdministratorRow | None) -> Groupement:
    founding = {e.id for e in row.events if e.kind == "constitution"}
    current = [m for m in row.members if m.joined_event_id in founding]
    keys = {m.id: m.key for m in row.members}
    return Groupement(
        denomination=row.denomination, short_name=row.short_name, seat_address=row.seat_address,
        signature_place=row.signature_place,
        statut_choice=Statut(row.statut_choice) if row.statut_choice else None,
        missions=frozenset(Mission(m.code) for m in row.missions), object_text=row.object_text,
        duration=Duration(row.duration_years), preamble=row.preamble,
        recitals=tuple(r.text for r in row.recitals),
        dates=ApprovalDates(row.signature_date, row.sent_to_prefect_date, row.approval_order_date,
                            row.publication_date),
        members=tuple(member_from_row(m) for m in current),
        associates=tuple(Associate(a.name, a.profession, a.address) for a in row.associates),
        capital=capital_from_rows(terms, blocks, contributions, keys),
        governance=governance_from_row(governance),
        administrator=(Administrator(keys[administrator.member_id], administrator.person_name,
                                     administrator.elected_on) if administrator else None),
        email=row.email, phone=row.phone, version=row.version,
    )
