"""Typed ORM models (SQLAlchemy 2).

Changes over time are dated ``convention_events``: the constitution, then one per membership
change (``membership_changes``). Rows that the signed convention describes point to the event that
created them and are never rewritten; what happened later (a member leaving, parts transferred) is
a change, and the situation at a date is computed from the history (domain.history).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class GroupementRow(Base):
    __tablename__ = "groupements"

    id: Mapped[int] = mapped_column(primary_key=True)
    denomination: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    seat_address: Mapped[str] = mapped_column(Text, default="")
    signature_place: Mapped[str] = mapped_column(String(200), default="")
    statut_choice: Mapped[str | None] = mapped_column(String(20))
    object_text: Mapped[str] = mapped_column(Text, default="")
    duration_years: Mapped[int | None] = mapped_column(Integer)
    preamble: Mapped[str] = mapped_column(Text, default="")
    signature_date: Mapped[date | None] = mapped_column(Date)
    sent_to_prefect_date: Mapped[date | None] = mapped_column(Date)
    approval_order_date: Mapped[date | None] = mapped_column(Date)
    publication_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")  # 0007: contact details
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # bumped by every write

    events: Mapped[list[EventRow]] = relationship(back_populates="groupement", cascade="all, delete-orphan",
                                                  order_by="EventRow.id")
    members: Mapped[list[MemberRow]] = relationship(back_populates="groupement", cascade="all, delete-orphan",
                                                    order_by="MemberRow.position")
    associates: Mapped[list[AssociateRow]] = relationship(cascade="all, delete-orphan",
                                                          order_by="AssociateRow.position")
    missions: Mapped[list[MissionRow]] = relationship(cascade="all, delete-orphan")
    recitals: Mapped[list[RecitalRow]] = relationship(cascade="all, delete-orphan", order_by="RecitalRow.position")


class EventRow(Base):
    """A dated event in the groupement's life; ``kind`` = ``constitution`` for now."""

    __tablename__ = "convention_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    event_date: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    groupement: Mapped[GroupementRow] = relationship(back_populates="events")


class MemberRow(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("groupement_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    person_kind: Mapped[str] = mapped_column(String(20))
    sector: Mapped[str] = mapped_column(String(20))
    profit_making: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    siren: Mapped[str] = mapped_column(String(20), default="")
    finess: Mapped[str] = mapped_column(String(20), default="")
    contribution_share: Mapped[str | None] = mapped_column(String(30))  # Decimal as text, percent
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")  # 0007
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    joined_event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))

    groupement: Mapped[GroupementRow] = relationship(back_populates="members")
    representatives: Mapped[list[RepresentativeRow]] = relationship(cascade="all, delete-orphan",
                                                                     order_by="RepresentativeRow.position")


class RepresentativeRow(Base):
    __tablename__ = "representatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[str] = mapped_column(String(200), default="")
    substitute: Mapped[bool] = mapped_column(Boolean, default=False)


class DetailsCorrectionRow(Base):
    """A dated correction of a member's representatives or contact details, or of the groupement's
    contact details (``member_id`` NULL): no deliberation, no avenant (art. 13-1; domain.member_details).
    A NULL column leaves that detail as it was; ``representatives_changed`` says the rows below replace
    the member's representatives from ``effective_on``."""

    __tablename__ = "details_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    effective_on: Mapped[date] = mapped_column(Date)
    representatives_changed: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)

    representatives: Mapped[list[CorrectedRepresentativeRow]] = relationship(
        cascade="all, delete-orphan", order_by="CorrectedRepresentativeRow.position")


class CorrectedRepresentativeRow(Base):
    __tablename__ = "corrected_representatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    correction_id: Mapped[int] = mapped_column(ForeignKey("details_corrections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[str] = mapped_column(String(200), default="")
    substitute: Mapped[bool] = mapped_column(Boolean, default=False)


class AssociateRow(Base):
    __tablename__ = "associates"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")


class MissionRow(Base):
    __tablename__ = "missions"

    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(30), primary_key=True)


class RecitalRow(Base):
    """A « Vu … » line of the préambule, after the CASF one printed for every groupement."""

    __tablename__ = "recitals"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class CapitalTermsRow(Base):
    """With or without capital, and the unit value of a part, as set by an event."""

    __tablename__ = "capital_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))
    with_capital: Mapped[bool] = mapped_column(Boolean)
    unit_value_cents: Mapped[int] = mapped_column(Integer, default=0)


class PartBlockRow(Base):
    """Parts ``first``..``last`` given to a member by ``acquired_event`` (the constitution); later
    moves of parts are membership changes, read through the history."""

    __tablename__ = "part_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    acquired_event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))


class ContributionRow(Base):
    __tablename__ = "contributions"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))
    kind: Mapped[str] = mapped_column(String(20))
    value_cents: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class GovernanceRow(Base):
    """Governance clauses as set by an event (the constitution, later an avenant)."""

    __tablename__ = "governance"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))
    president_is_administrator: Mapped[bool] = mapped_column(Boolean)
    president_other: Mapped[str] = mapped_column(String(300), default="")
    proxies_allowed: Mapped[bool] = mapped_column(Boolean)
    convocation_days: Mapped[int] = mapped_column(Integer)
    urgent_convocation_hours: Mapped[int] = mapped_column(Integer)
    representatives_per_member: Mapped[int] = mapped_column(Integer)
    administrator_term_years: Mapped[int] = mapped_column(Integer)
    withdrawal_notice_months: Mapped[int] = mapped_column(Integer)
    exclusion_hearing_days: Mapped[int] = mapped_column(Integer)
    exclusion_formal_notices: Mapped[int] = mapped_column(Integer)
    settlement_days: Mapped[int] = mapped_column(Integer)
    transfer_meeting_months: Mapped[int] = mapped_column(Integer)
    meetings_per_year: Mapped[int] = mapped_column(Integer)
    conciliators: Mapped[int] = mapped_column(Integer)
    conciliation_months: Mapped[int] = mapped_column(Integer)
    # Art. 9-1 of the model: droits regularised on the 1 January after a change (0006; false: at once).
    january_regularisation: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class AdministratorRow(Base):
    __tablename__ = "administrators"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))
    person_name: Mapped[str] = mapped_column(String(200))
    elected_on: Mapped[date | None] = mapped_column(Date)


class AdministratorMandateRow(Base):
    """An election of the administrateur by the AG after the convention (art. 14, R312-194-21 3°).

    The founding administrateur stays in ``administrators``; each later mandate is a row here, written
    once and never rewritten (numbered 1, 2… per groupement)."""

    __tablename__ = "administrator_mandates"
    __table_args__ = (UniqueConstraint("groupement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    person_name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    deliberation_date: Mapped[date] = mapped_column(Date)
    deliberation_number: Mapped[str] = mapped_column(String(30), default="")
    deliberation_matter: Mapped[str | None] = mapped_column(String(10))
    deliberation_adopted: Mapped[bool] = mapped_column(Boolean, default=True)
    deliberation_unanimous: Mapped[bool] = mapped_column(Boolean, default=False)
    ends_previous: Mapped[str | None] = mapped_column(String(20))  # domain.mandates.EndReason
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class AssemblyRow(Base):
    """An assemblée générale; ``state`` is draft, convened, held, signed or cancelled (domain.assembly)."""

    __tablename__ = "assemblies"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    meeting_date: Mapped[date] = mapped_column(Date)
    meeting_time: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(Text, default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    convocation_date: Mapped[date | None] = mapped_column(Date)
    first_assembly_id: Mapped[int | None] = mapped_column(ForeignKey("assemblies.id"))
    first_meeting_date: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[str] = mapped_column(Text, default="")  # one piece per line
    state: Mapped[str] = mapped_column(String(20))
    president: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    scrutineer: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    register_first_page: Mapped[int | None] = mapped_column(Integer)
    register_page_count: Mapped[int | None] = mapped_column(Integer)
    register_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)  # the pages as signed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # bumped by every write
    # The deliberation_outcomes rows are written (at closing, or later for an assembly closed before 0005).
    outcomes_recorded: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    requested_on: Mapped[date | None] = mapped_column(Date)  # R312-194-20: asked by a third of the members
    cancelled_on: Mapped[date | None] = mapped_column(Date)  # a convened assembly cancelled (0008)
    cancellation_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    opened_at: Mapped[str] = mapped_column(String(10), default="", server_default="")  # « 14:05 » (0010)
    closed_at: Mapped[str] = mapped_column(String(10), default="", server_default="")  # « 16:40 » (0010)

    requesters: Mapped[list[AssemblyRequesterRow]] = relationship(cascade="all, delete-orphan",
                                                                  order_by="AssemblyRequesterRow.position")

    items: Mapped[list[AgendaItemRow]] = relationship(cascade="all, delete-orphan", order_by="AgendaItemRow.position")
    attendance: Mapped[list[AttendanceRow]] = relationship(cascade="all, delete-orphan",
                                                           order_by="AttendanceRow.id")
    rights: Mapped[list[AssemblyRightsRow]] = relationship(cascade="all, delete-orphan")
    errata: Mapped[list[ErratumRow]] = relationship(cascade="all, delete-orphan", order_by="ErratumRow.position")


class AssemblyRequesterRow(Base):
    """A member that asked for the assembly (R312-194-20: a third of the members may ask)."""

    __tablename__ = "assembly_requesters"
    __table_args__ = (UniqueConstraint("assembly_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    position: Mapped[int] = mapped_column(Integer)


class AgendaItemRow(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    matter: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(Text, default="")
    concerned_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    deliberation_number: Mapped[str | None] = mapped_column(String(20))
    debates: Mapped[str] = mapped_column(Text, default="", server_default="")  # summary of the debates (0010)

    votes: Mapped[list[VoteRow]] = relationship(cascade="all, delete-orphan", order_by="VoteRow.id")


class DeliberationOutcomeRow(Base):
    """A numbered deliberation of a closed assembly as computed when it was closed: the register lists
    these (one query) instead of recomputing every assembly's votes."""

    __tablename__ = "deliberation_outcomes"
    __table_args__ = (UniqueConstraint("assembly_id", "rank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer)  # the item's number on the agenda, from 1
    deliberation_number: Mapped[str] = mapped_column(String(20))
    matter: Mapped[str] = mapped_column(String(10))
    concerned_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    rule: Mapped[str] = mapped_column(String(20))
    adopted: Mapped[bool] = mapped_column(Boolean)
    unanimous: Mapped[bool] = mapped_column(Boolean)
    votes_for: Mapped[str] = mapped_column(String(40))  # Fraction as text, like assembly_rights
    votes_against: Mapped[str] = mapped_column(String(40))
    abstention: Mapped[str] = mapped_column(String(40))
    explanation: Mapped[str] = mapped_column(Text)


class AttendanceRow(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("assembly_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    presence: Mapped[str] = mapped_column(String(20))
    representative: Mapped[str] = mapped_column(String(200), default="")
    proxy_holder_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))


class VoteRow(Base):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("agenda_item_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    choice: Mapped[str] = mapped_column(String(20))


class AssemblyRightsRow(Base):
    """Droits frozen when the assembly is held: later changes never alter a recorded vote."""

    __tablename__ = "assembly_rights"

    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    votes: Mapped[str] = mapped_column(String(40))  # Fraction as text, « 26 » or « 101/3 »
    total: Mapped[str] = mapped_column(String(40))


class ErratumRow(Base):
    __tablename__ = "errata"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    recorded_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    register_first_page: Mapped[int | None] = mapped_column(Integer)
    register_page_count: Mapped[int | None] = mapped_column(Integer)
    register_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class ChangeRow(Base):
    """A membership or capital change (issue 4): the event, its deliberation, its avenant's dates.

    Written once; only the avenant's dates are filled in later. A new member (adhésion, cession to a
    third party) is a ``MemberRow`` whose ``joined_event_id`` is this change's event.
    """

    __tablename__ = "membership_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("convention_events.id"))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    act_date: Mapped[date] = mapped_column(Date)
    deliberation_date: Mapped[date | None] = mapped_column(Date)
    deliberation_number: Mapped[str] = mapped_column(String(30), default="")
    deliberation_matter: Mapped[str | None] = mapped_column(String(10))
    deliberation_adopted: Mapped[bool] = mapped_column(Boolean, default=False)
    deliberation_unanimous: Mapped[bool] = mapped_column(Boolean, default=False)
    avenant_signature: Mapped[date | None] = mapped_column(Date)
    avenant_sent_to_prefect: Mapped[date | None] = mapped_column(Date)
    avenant_approval_order: Mapped[date | None] = mapped_column(Date)
    avenant_publication: Mapped[date | None] = mapped_column(Date)
    member_key: Mapped[str] = mapped_column(String(40), default="")
    new_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    parts: Mapped[int] = mapped_column(Integer, default=0)
    first_part: Mapped[int] = mapped_column(Integer, default=0)
    last_part: Mapped[int] = mapped_column(Integer, default=0)
    buyer_key: Mapped[str] = mapped_column(String(40), default="")
    allocations: Mapped[str] = mapped_column(Text, default="")  # « A=4;B=2 »
    hearing_on: Mapped[date | None] = mapped_column(Date)
    hearing_convened_on: Mapped[date | None] = mapped_column(Date)
    debts_cents: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    liquidators: Mapped[str] = mapped_column(Text, default="")  # one per line
    of_right: Mapped[bool] = mapped_column(Boolean, default=False)
    caused_by: Mapped[int | None] = mapped_column(Integer)
    amendment: Mapped[str] = mapped_column(Text, default="", server_default="")  # 0007: JSON, as the format
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class DraftRow(Base):
    """A half-filled creation wizard, stored as the JSON format's ``groupement`` object."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AllocatedNumberRow(Base):
    """A number the law makes unique in a groupement, taken once: deliberation « 2026-3 », register page,
    avenant number. The constraint refuses a second writer's duplicate even if its read was stale."""

    __tablename__ = "allocated_numbers"
    __table_args__ = (UniqueConstraint("groupement_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # deliberation, register_page, avenant
    value: Mapped[str] = mapped_column(String(40))


class RegisterSealRow(Base):
    """The seal of one register entry (a signed PV, ``entry`` 0, or its erratum ``entry`` n): SHA-256 of
    the entry's content chained to the previous seal of the same register (domain.register_seal)."""

    __tablename__ = "register_seals"
    __table_args__ = (UniqueConstraint("groupement_id", "sequence"), UniqueConstraint("assembly_id", "entry"))

    id: Mapped[int] = mapped_column(primary_key=True)
    groupement_id: Mapped[int] = mapped_column(ForeignKey("groupements.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)  # 1, 2, … in register order
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assemblies.id", ondelete="CASCADE"))
    entry: Mapped[int] = mapped_column(Integer)  # 0: the PV; n: its erratum at position n - 1
    first_page: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(DateTime)
