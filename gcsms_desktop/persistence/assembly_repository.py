"""Assemblies ↔ rows. Members are referred to by key in the domain and by id in the tables."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState, Erratum
from gcsms_desktop.domain.assembly_record import DeliberationOutcome
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.majority import Choice, Rule
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.persistence.models import (
    AgendaItemRow, AssemblyRequesterRow, AssemblyRightsRow, AssemblyRow, AttendanceRow, DeliberationOutcomeRow,
    ErratumRow, MemberRow, VoteRow,
)
from gcsms_desktop.persistence.versions import bump_version


@dataclass(frozen=True)
class AssemblySummary:
    id: int
    meeting_date: date
    place: str
    state: AssemblyState
    second_convocation: bool
    item_count: int


@dataclass(frozen=True)
class RegisterEntry:
    first_page: int
    assembly_id: int
    erratum_position: int | None  # None for the PV itself
    pdf: bytes | None  # the pages as signed; None for an assembly imported from a file


@dataclass(frozen=True)
class StoredOutcomes:
    """The register's deliberations as stored, and the closed assemblies whose rows are not written yet
    (closed before schema 0005)."""

    outcomes: list[tuple[int, DeliberationOutcome]]  # (assembly id, outcome)
    pending: list[int]


@dataclass(frozen=True)
class StoredAssembly:
    groupement_id: int
    assembly: Assembly
    frozen_rights: AssemblyRights | None  # set once the assembly is held


# Stored values to members, by a dict look-up: calling the Enum for each of 500 000 rows took seconds.
_CHOICES = {c.value: c for c in Choice}
_PRESENCES = {p.value: p for p in Presence}


@lru_cache(maxsize=4096)
def _fraction(text: str) -> Fraction:
    """Droits are few distinct texts (« 1 », « 26 »…): each parsed once (Fractions are immutable)."""
    return Fraction(text)


class AssemblyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _keys(self, groupement_id: int) -> dict[int, str]:
        rows = self.session.execute(select(MemberRow.id, MemberRow.key).where(MemberRow.groupement_id == groupement_id))
        return {member_id: key for member_id, key in rows}

    def summaries(self, groupement_id: int) -> list[AssemblySummary]:
        count = (select(func.count(AgendaItemRow.id)).where(AgendaItemRow.assembly_id == AssemblyRow.id)
                 .scalar_subquery())
        rows = self.session.execute(
            select(AssemblyRow.id, AssemblyRow.meeting_date, AssemblyRow.place, AssemblyRow.state,
                   AssemblyRow.first_meeting_date, count)
            .where(AssemblyRow.groupement_id == groupement_id)
            .order_by(AssemblyRow.meeting_date, AssemblyRow.id))
        return [AssemblySummary(i, d, p, AssemblyState(s), f is not None, n) for i, d, p, s, f, n in rows]

    def awaiting_request(self, groupement_id: int) -> list[Assembly]:
        """Assemblies asked for by members (R312-194-20) and not convened yet: their deadline is shown."""
        ids = list(self.session.scalars(select(AssemblyRow.id).where(
            AssemblyRow.groupement_id == groupement_id, AssemblyRow.state == AssemblyState.DRAFT.value,
            AssemblyRow.requested_on.is_not(None)).order_by(AssemblyRow.requested_on, AssemblyRow.id)))
        found = self.get_many(ids)
        return [found[i].assembly for i in ids]

    def groupement_of(self, assembly_id: int) -> int | None:
        return self.session.scalar(select(AssemblyRow.groupement_id).where(AssemblyRow.id == assembly_id))

    def get(self, assembly_id: int) -> StoredAssembly:
        found = self.get_many([assembly_id])
        if assembly_id not in found:
            raise LookupError(assembly_id)
        return found[assembly_id]

    def get_many(self, ids: list[int]) -> dict[int, StoredAssembly]:
        """Assemblies by id, read as plain rows (one query per table, whatever their number): the
        register's seal reads every signed assembly, so this stays linear and light."""
        if not ids:
            return {}
        self.session.flush()  # then plain Core reads: the ORM's row processing doubled the time of 600 000 rows
        run = self.session.connection().execute
        heads = run(select(*HEAD_COLUMNS).where(AssemblyRow.id.in_(ids))).all()
        keys: dict[int, str] = {}
        for groupement_id in {h.groupement_id for h in heads}:
            keys.update(self._keys(groupement_id))
        items = run(select(AgendaItemRow.id, AgendaItemRow.assembly_id, AgendaItemRow.matter,
                           AgendaItemRow.title, AgendaItemRow.resolution,
                           AgendaItemRow.concerned_member_id, AgendaItemRow.deliberation_number,
                           AgendaItemRow.debates)
                    .where(AgendaItemRow.assembly_id.in_(ids)).order_by(AgendaItemRow.position)).all()
        votes: dict[int, dict[str, Choice]] = {}
        for item_id, member_id, choice in run(
                select(VoteRow.agenda_item_id, VoteRow.member_id, VoteRow.choice)
                .join(AgendaItemRow, AgendaItemRow.id == VoteRow.agenda_item_id)
                .where(AgendaItemRow.assembly_id.in_(ids)).order_by(VoteRow.id)):
            votes.setdefault(item_id, {})[keys[member_id]] = _CHOICES[choice]
        agendas: dict[int, list[AgendaItem]] = {}
        for i in items:
            agendas.setdefault(i.assembly_id, []).append(AgendaItem(
                Matter(i.matter), i.title, i.resolution, keys[i.concerned_member_id] if i.concerned_member_id else None,
                votes.get(i.id, {}), i.deliberation_number, i.debates))
        attendance: dict[int, list[AttendanceLine]] = {}
        for a in run(select(AttendanceRow.assembly_id, AttendanceRow.member_id, AttendanceRow.presence,
                            AttendanceRow.representative, AttendanceRow.proxy_holder_id)
                     .where(AttendanceRow.assembly_id.in_(ids)).order_by(AttendanceRow.id)):
            attendance.setdefault(a.assembly_id, []).append(AttendanceLine(
                keys[a.member_id], _PRESENCES[a.presence], a.representative,
                keys[a.proxy_holder_id] if a.proxy_holder_id else None))
        # Each assembly's droits gathered in one dict, then frozen: copying the dict at every row made
        # the seal's check quadratic in members (1 000 members, 90 PVs: 6 s of dict copies).
        gathered: dict[int, tuple[dict[str, Fraction], str]] = {}
        for r in run(select(AssemblyRightsRow.assembly_id, AssemblyRightsRow.member_id,
                            AssemblyRightsRow.votes, AssemblyRightsRow.total)
                     .where(AssemblyRightsRow.assembly_id.in_(ids))):
            gathered.setdefault(r.assembly_id, ({}, r.total))[0][keys[r.member_id]] = _fraction(r.votes)
        rights = {assembly_id: AssemblyRights(votes, Fraction(total))
                  for assembly_id, (votes, total) in gathered.items()}
        errata: dict[int, list[Erratum]] = {}
        for e in run(select(ErratumRow.assembly_id, ErratumRow.recorded_on, ErratumRow.text,
                            ErratumRow.register_first_page, ErratumRow.register_page_count)
                     .where(ErratumRow.assembly_id.in_(ids)).order_by(ErratumRow.position)):
            errata.setdefault(e.assembly_id, []).append(Erratum(e.recorded_on, e.text, e.register_first_page,
                                                                e.register_page_count))
        requesters: dict[int, list[str]] = {}
        for q in run(select(AssemblyRequesterRow.assembly_id, AssemblyRequesterRow.member_id)
                     .where(AssemblyRequesterRow.assembly_id.in_(ids)).order_by(AssemblyRequesterRow.position)):
            requesters.setdefault(q.assembly_id, []).append(keys[q.member_id])
        return {h.id: StoredAssembly(h.groupement_id, replace(_assembly_from_head(
            h, tuple(agendas.get(h.id, ())), tuple(attendance.get(h.id, ())), tuple(errata.get(h.id, ()))),
            requested_by=tuple(requesters.get(h.id, ()))), rights.get(h.id)) for h in heads}

    def add(self, groupement_id: int, assembly: Assembly, assembly_id: int | None = None) -> int:
        """A new assembly; ``assembly_id`` when it must take a free id back (the undo of a deletion)."""
        row = AssemblyRow(groupement_id=groupement_id, state=assembly.state.value, meeting_date=assembly.meeting_date,
                          created_at=datetime.now())
        if assembly_id is not None:
            row.id = assembly_id
        self.session.add(row)
        self._write(row, assembly)
        self.session.flush()
        return row.id

    # --- writes, row by row: what the use case changed, never the whole assembly from an old read ---------

    def touch(self, assembly_id: int, expected_version: int | None = None) -> None:
        """Count one more write; refused when the caller read an older version (another window wrote)."""
        bump_version(self.session, AssemblyRow, assembly_id, expected_version, "Cette assemblée")

    def update_header(self, assembly_id: int, a: Assembly) -> None:
        """The assembly's own columns (dates, place, state, officers, register pages), not its lines."""
        row = self.session.get_one(AssemblyRow, assembly_id)
        _write_header(row, a)
        self._write_requesters(row, a)
        self.session.flush()

    def _write_requesters(self, row: AssemblyRow, a: Assembly) -> None:
        """R312-194-20: the members that asked for the assembly, in the order given; rewritten only
        when they change."""
        if not a.requested_by and not row.requesters:
            return
        ids = {key: id_ for id_, key in self._keys(row.groupement_id).items()}
        wanted = [ids[key] for key in a.requested_by]
        if [r.member_id for r in row.requesters] == wanted:
            return
        row.requesters.clear()
        self.session.flush()  # the old rows go before the new ones meet the unique constraint
        row.requesters.extend(AssemblyRequesterRow(member_id=member_id, position=position)
                              for position, member_id in enumerate(wanted))

    def replace_agenda(self, assembly_id: int, agenda: tuple[AgendaItem, ...]) -> None:
        """While in preparation only: nobody has voted on these items yet."""
        row = self.session.get_one(AssemblyRow, assembly_id)
        ids = {key: id_ for id_, key in self._keys(row.groupement_id).items()}
        row.items.clear()
        self.session.flush()
        row.items.extend(_item_row(i, item, ids) for i, item in enumerate(agenda))
        self.session.flush()

    def _item_id(self, assembly_id: int, position: int) -> int:
        return self.session.execute(select(AgendaItemRow.id).where(
            AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.position == position)).scalar_one()

    def set_votes(self, assembly_id: int, position: int, choices: dict[str, Choice]) -> None:
        """The votes on one agenda item; the other items' votes are not touched."""
        ids = {key: id_ for id_, key in self._keys(self.groupement_of(assembly_id) or 0).items()}
        item_id = self._item_id(assembly_id, position)
        self.session.execute(delete(VoteRow).where(VoteRow.agenda_item_id == item_id))
        rows = [{"agenda_item_id": item_id, "member_id": ids[key], "choice": choice.value}
                for key, choice in choices.items()]
        if rows:  # one executemany, not an ORM object a vote (1 000 votes: 120 → 10 ms)
            self.session.execute(insert(VoteRow), rows)
        self.session.flush()

    def set_debates(self, assembly_id: int, position: int, text: str) -> None:
        """The summary of the debates on one agenda item; nothing else is touched."""
        self.session.execute(update(AgendaItemRow).where(
            AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.position == position).values(debates=text))
        self.session.flush()

    def set_attendance(self, assembly_id: int, lines: tuple[AttendanceLine, ...]) -> None:
        """The attendance sheet, as the page shows it."""
        ids = {key: id_ for id_, key in self._keys(self.groupement_of(assembly_id) or 0).items()}
        self.session.execute(delete(AttendanceRow).where(AttendanceRow.assembly_id == assembly_id))
        rows = [{"assembly_id": assembly_id, "member_id": ids[line.member_key], "presence": line.presence.value,
                 "representative": line.representative,
                 "proxy_holder_id": ids.get(line.proxy_holder) if line.proxy_holder else None} for line in lines]
        if rows:  # one executemany, not an ORM object a line
            self.session.execute(insert(AttendanceRow), rows)
        self.session.flush()

    def keep_votes_of(self, assembly_id: int, voters: list[str]) -> None:
        """Drop the votes of everyone else (a member marked absent no longer votes)."""
        ids = {key: id_ for id_, key in self._keys(self.groupement_of(assembly_id) or 0).items()}
        items = select(AgendaItemRow.id).where(AgendaItemRow.assembly_id == assembly_id)
        self.session.execute(delete(VoteRow).where(VoteRow.agenda_item_id.in_(items),
                                                   VoteRow.member_id.not_in([ids[k] for k in voters])))
        self.session.flush()

    def number_items(self, assembly_id: int, numbers: dict[int, str]) -> None:
        """Deliberation numbers, by agenda position."""
        for position, number in numbers.items():
            self.session.execute(update(AgendaItemRow).where(
                AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.position == position)
                .values(deliberation_number=number))

    def add_erratum(self, assembly_id: int, erratum: Erratum, pdf: bytes | None) -> int:
        """Append an erratum (never rewritten afterwards); returns its position."""
        position = self.session.scalar(select(func.count(ErratumRow.id)).where(ErratumRow.assembly_id == assembly_id))
        self.session.add(ErratumRow(assembly_id=assembly_id, position=position, recorded_on=erratum.recorded_on,
                                    text=erratum.text, register_first_page=erratum.register_first_page,
                                    register_page_count=erratum.register_page_count, register_pdf=pdf))
        self.session.flush()
        return position or 0

    def _write(self, row: AssemblyRow, a: Assembly) -> None:
        ids = {key: id_ for id_, key in self._keys(row.groupement_id).items()}
        _write_header(row, a)
        row.requesters.extend(AssemblyRequesterRow(member_id=ids[key], position=position)
                              for position, key in enumerate(a.requested_by))
        row.items.extend(_item_row(i, item, ids) for i, item in enumerate(a.agenda))
        row.attendance.extend(
            AttendanceRow(member_id=ids[line.member_key], presence=line.presence.value,
                          representative=line.representative,
                          proxy_holder_id=ids.get(line.proxy_holder) if line.proxy_holder else None)
            for line in a.attendance)
        self._write_errata(row, a)

    @staticmethod
    def _write_errata(row: AssemblyRow, a: Assembly) -> None:
        """Errata are only ever added: existing rows (and their signed pages) are kept."""
        for position, erratum in enumerate(a.errata):
            if position >= len(row.errata):
                row.errata.append(ErratumRow(position=position))
            target = row.errata[position]
            target.recorded_on, target.text = erratum.recorded_on, erratum.text
            target.register_first_page, target.register_page_count = (erratum.register_first_page,
                                                                      erratum.register_page_count)

    def store_signed_pages(self, assembly_id: int, pdf: bytes, erratum_position: int | None = None) -> None:
        """Keep the register pages exactly as signed: the register reprints them, never re-renders them."""
        if erratum_position is None:
            self.session.get_one(AssemblyRow, assembly_id).register_pdf = pdf
        else:
            erratum = self.session.scalars(select(ErratumRow).where(ErratumRow.assembly_id == assembly_id,
                                                                    ErratumRow.position == erratum_position)).one()
            erratum.register_pdf = pdf
        self.session.flush()

    def register_entries(self, groupement_id: int) -> list[RegisterEntry]:
        """Every PV and erratum on the register, in page order, with its stored pages if any."""
        minutes = self.session.execute(
            select(AssemblyRow.register_first_page, AssemblyRow.id, AssemblyRow.register_pdf).where(
                AssemblyRow.groupement_id == groupement_id, AssemblyRow.register_first_page.is_not(None)))
        errata = self.session.execute(
            select(ErratumRow.register_first_page, ErratumRow.assembly_id, ErratumRow.position, ErratumRow.register_pdf)
            .join(AssemblyRow, AssemblyRow.id == ErratumRow.assembly_id)
            .where(AssemblyRow.groupement_id == groupement_id, ErratumRow.register_first_page.is_not(None)))
        entries = [RegisterEntry(first, assembly_id, None, pdf) for first, assembly_id, pdf in minutes
                   if first is not None]
        entries += [RegisterEntry(first, assembly_id, position, pdf) for first, assembly_id, position, pdf in errata
                    if first is not None]
        return sorted(entries, key=lambda entry: entry.first_page)

    def second_of(self, assembly_id: int, besides: int | None = None) -> int | None:
        """The assembly convened again after ``assembly_id`` lacked quorum, if any and not cancelled (a
        cancelled second convocation leaves room for another); ``besides`` is left out of the search."""
        return self.session.scalar(select(AssemblyRow.id).where(
            AssemblyRow.first_assembly_id == assembly_id, AssemblyRow.state != AssemblyState.CANCELLED.value,
            AssemblyRow.id != (besides or 0)).order_by(AssemblyRow.id).limit(1))

    def delete(self, assembly_id: int) -> None:
        """The assembly and its lines (agenda, requesters…); the caller asked the domain first."""
        row = self.session.get(AssemblyRow, assembly_id)
        if row is not None:
            self.session.delete(row)
            self.session.flush()

    def freeze_rights(self, assembly_id: int, rights: AssemblyRights) -> None:
        row = self.session.get_one(AssemblyRow, assembly_id)
        ids = {key: id_ for id_, key in self._keys(row.groupement_id).items()}
        self.session.execute(delete(AssemblyRightsRow).where(AssemblyRightsRow.assembly_id == assembly_id))
        rows = [{"assembly_id": assembly_id, "member_id": ids[key], "votes": str(votes), "total": str(rights.total)}
                for key, votes in rights.votes.items()]
        if rows:  # one executemany, not an ORM object a member
            self.session.execute(insert(AssemblyRightsRow), rows)
        self.session.flush()
        self.session.expire(row, ["rights"])

    def deliberation_numbers_of(self, groupement_id: int, year: int) -> list[str]:
        """The « YEAR-n » deliberation numbers already given in this groupement."""
        return [n for n in self.session.scalars(
            select(AgendaItemRow.deliberation_number).join(AssemblyRow, AssemblyRow.id == AgendaItemRow.assembly_id)
            .where(AssemblyRow.groupement_id == groupement_id,
                   AgendaItemRow.deliberation_number.like(f"{year}-%"))) if n]

    def store_outcomes(self, assembly_id: int, outcomes: list[DeliberationOutcome]) -> None:
        """Write a closed assembly's deliberations once (nothing is written twice: a closed assembly is
        never edited again)."""
        row = self.session.get_one(AssemblyRow, assembly_id)
        if row.outcomes_recorded:
            return
        ids = {key: id_ for id_, key in self._keys(row.groupement_id).items()}
        self.session.add_all(DeliberationOutcomeRow(
            assembly_id=assembly_id, rank=o.rank, deliberation_number=o.number, matter=o.matter.value,
            concerned_member_id=ids.get(o.concerned_member) if o.concerned_member else None, rule=o.rule.value,
            adopted=o.adopted, unanimous=o.unanimous, votes_for=str(o.votes_for), votes_against=str(o.against),
            abstention=str(o.abstention), explanation=o.explanation) for o in outcomes)
        row.outcomes_recorded = True
        self.session.flush()

    def stored_outcomes(self, groupement_id: int) -> StoredOutcomes:
        """Every stored deliberation of the closed assemblies, in meeting then agenda order (one query)."""
        concerned = aliased(MemberRow)
        o = DeliberationOutcomeRow
        rows = self.session.execute(
            select(AssemblyRow.id, AssemblyRow.meeting_date, AssemblyRow.outcomes_recorded, o.rank,
                   o.deliberation_number, o.matter, concerned.key, o.rule, o.adopted, o.unanimous, o.votes_for,
                   o.votes_against, o.abstention, o.explanation)
            .outerjoin(o, o.assembly_id == AssemblyRow.id)
            .outerjoin(concerned, concerned.id == o.concerned_member_id)
            .where(AssemblyRow.groupement_id == groupement_id,
                   AssemblyRow.state.in_([AssemblyState.HELD.value, AssemblyState.SIGNED.value]))
            .order_by(AssemblyRow.meeting_date, AssemblyRow.id, o.rank))
        outcomes: list[tuple[int, DeliberationOutcome]] = []
        pending: list[int] = []
        for r in rows:
            if not r.outcomes_recorded:
                pending.append(r.id)
            elif r.rank is not None:
                outcomes.append((r.id, DeliberationOutcome(
                    r.meeting_date, r.rank, r.deliberation_number, Matter(r.matter), r.key, Rule(r.rule), r.adopted,
                    r.unanimous, Fraction(r.votes_for), Fraction(r.votes_against), Fraction(r.abstention),
                    r.explanation)))
        return StoredOutcomes(outcomes, pending)

    def last_register_page(self, groupement_id: int) -> int:
        minutes = self.session.scalar(
            select(func.max(AssemblyRow.register_first_page + AssemblyRow.register_page_count - 1))
            .where(AssemblyRow.groupement_id == groupement_id))
        errata = self.session.scalar(
            select(func.max(ErratumRow.register_first_page + ErratumRow.register_page_count - 1))
            .join(AssemblyRow, AssemblyRow.id == ErratumRow.assembly_id)
            .where(AssemblyRow.groupement_id == groupement_id))
        return max(minutes or 0, errata or 0)

    def signed_ids(self, groupement_id: int) -> list[int]:
        return list(self.session.scalars(
            select(AssemblyRow.id).where(AssemblyRow.groupement_id == groupement_id,
                                         AssemblyRow.register_first_page.is_not(None))
            .order_by(AssemblyRow.register_first_page)))


def _write_header(row: AssemblyRow, a: Assembly) -> None:
    row.meeting_date, row.meeting_time, row.place, row.urgent = a.meeting_date, a.meeting_time, a.place, a.urgent
    row.convocation_date, row.first_meeting_date, row.first_assembly_id = (
        a.convocation_date, a.first_meeting_date, a.first_assembly_id)
    row.documents, row.state = "\n".join(a.documents), a.state.value
    row.president, row.secretary, row.scrutineer, row.signed_on = a.president, a.secretary, a.scrutineer, a.signed_on
    row.register_first_page, row.register_page_count = a.register_first_page, a.register_page_count
    row.requested_on = a.requested_on
    row.cancelled_on, row.cancellation_reason = a.cancelled_on, a.cancellation_reason
    row.opened_at, row.closed_at = a.opened_at, a.closed_at


def _item_row(position: int, item: AgendaItem, ids: dict[str, int]) -> AgendaItemRow:
    return AgendaItemRow(
        position=position, matter=item.matter.value, title=item.title, resolution=item.resolution,
        concerned_member_id=ids.get(item.concerned_member) if item.concerned_member else None,
        deliberation_number=item.deliberation_number, debates=item.debates,
        votes=[VoteRow(member_id=ids[key], choice=choice.value) for key, choice in item.choices.items()])


HEAD_COLUMNS = (AssemblyRow.id, AssemblyRow.groupement_id, AssemblyRow.meeting_date, AssemblyRow.meeting_time,
                AssemblyRow.place, AssemblyRow.urgent, AssemblyRow.convocation_date, AssemblyRow.first_meeting_date,
                AssemblyRow.first_assembly_id, AssemblyRow.documents, AssemblyRow.state, AssemblyRow.president,
                AssemblyRow.secretary, AssemblyRow.scrutineer, AssemblyRow.signed_on, AssemblyRow.register_first_page,
                AssemblyRow.register_page_count, AssemblyRow.version, AssemblyRow.requested_on,
                AssemblyRow.cancelled_on, AssemblyRow.cancellation_reason, AssemblyRow.opened_at,
                AssemblyRow.closed_at)


def _assembly_from_head(h: Row[*tuple[Any, ...]], agenda: tuple[AgendaItem, ...],
                        attendance: tuple[AttendanceLine, ...], errata: tuple[Erratum, ...]) -> Assembly:
    return Assembly(
        id=h.id, meeting_date=h.meeting_date, meeting_time=h.meeting_time, place=h.place, urgent=h.urgent,
        convocation_date=h.convocation_date, first_meeting_date=h.first_meeting_date,
        first_assembly_id=h.first_assembly_id,
        documents=tuple(line for line in h.documents.splitlines() if line.strip()),
        state=AssemblyState(h.state), president=h.president, secretary=h.secretary, scrutineer=h.scrutineer,
        signed_on=h.signed_on, register_first_page=h.register_first_page, register_page_count=h.register_page_count,
        agenda=agenda, attendance=attendance, errata=errata, version=h.version, requested_on=h.requested_on,
        cancelled_on=h.cancelled_on, cancellation_reason=h.cancellation_reason, opened_at=h.opened_at,
        closed_at=h.closed_at,
    )
