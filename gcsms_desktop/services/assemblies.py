"""Use cases of an assemblée générale, each in one transaction.

The states only move forward (draft → convened → held → signed) and every step asks the
domain first; a refused step raises InvalidAssembly and writes nothing. Each use case writes only
what it changes (one resolution's votes, the attendance sheet…), under the write lock taken at its
start; a window that read an older version of the assembly (``expected_version``) is refused.
"""

from __future__ import annotations

import builtins

from dataclasses import dataclass, replace
from datetime import date

from gcsms_desktop.domain.act_dates import (
    check_cancelled_on, check_convocation_sent, check_erratum_date, check_request_received, check_session_held,
    check_signed_on,
)
from gcsms_desktop.domain.assembly import (
    AgendaItem, Assembly, AssemblyState, Erratum, deliberation_numbers, highest_rank, next_register_page, voters_on,
)
from gcsms_desktop.domain.assembly_actions import AssemblyAction, allowed_actions
from gcsms_desktop.domain.assembly_request import check_requesters_known
from gcsms_desktop.domain.assembly_checks import (
    check_assembly_inputs, check_can_close, check_can_convene, check_concerned_members, check_preparation,
    signature_problem,
)
from gcsms_desktop.domain.french import sentence_case
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.attendance import AttendanceLine, check_attendance, voters
from gcsms_desktop.domain.deletions import assembly_deletion_problem, check_cancellation, uncancel_problem
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.persistence.assembly_repository import AssemblySummary, RegisterEntry
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import InvalidAssembly, ServiceError
from gcsms_desktop.services.records import assembly_record, assembly_records, history, resolve, store_outcomes
from gcsms_desktop.services.register import seal_new_entries


@dataclass(frozen=True)
class DeletedAssembly:
    """What ``delete`` removed, enough for ``restore`` to put it back (Édition › Annuler)."""

    groupement_id: int
    assembly: Assembly  # as it was, with the id it had


@dataclass(frozen=True)
class Cancellation:
    """What ``uncancel`` removed, enough for ``cancel`` to do it again."""

    assembly_id: int
    cancelled_on: date
    reason: str


class AssemblyService(UseCases):
    # --- reading ---------------------------------------------------------------------------------

    def list(self, reference: str | int) -> list[AssemblySummary]:
        with self.reading() as uow:
            return uow.assemblies.summaries(resolve(uow, reference))

    def record(self, assembly_id: int, reference: str | int | None = None) -> AssemblyRecord:
        """The assembly with its groupement, members and droits (frozen ones once held)."""
        with self.reading() as uow:
            return assembly_record(uow, assembly_id, resolve(uow, reference) if reference is not None else None)

    def members_on(self, reference: str | int, on: date) -> tuple[Member, ...]:
        """The members in force on ``on``, who sit in an assembly meeting that day (art. 8): an admitted
        member from the publication of its avenant, a member who left no longer."""
        with self.reading() as uow:
            return history(uow, resolve(uow, reference)).standing(on).members

    def check_preparation(self, reference: str | int, assembly: Assembly) -> builtins.list[Problem]:
        """Every problem of a preparation, its agenda judged with the members in force on its meeting
        date (the wizard's question before it saves)."""
        with self.reading() as uow:
            past = history(uow, resolve(uow, reference))
        in_force, known = _names(past, assembly.meeting_date)
        return check_preparation(assembly, in_force, known, _on_request(past, assembly),
                                 past.standing(assembly.meeting_date).dissolved_on)

    # --- preparation -------------------------------------------------------------------------------

    def prepare(self, reference: str | int, assembly: Assembly) -> int:
        """Store a new assembly in preparation (it may still be incomplete, but never names as the
        member to exclude someone who is not a member on its date)."""
        _check_inputs(assembly)
        _refuse_future(check_request_received(assembly.requested_on, self.clock.today()))
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            _check_concerned(history(uow, groupement_id), assembly)
            assembly_id = uow.assemblies.add(groupement_id, replace(assembly, state=AssemblyState.DRAFT))
            uow.commit()
        return assembly_id

    def update_preparation(self, assembly_id: int, assembly: Assembly, expected_version: int | None = None) -> None:
        _check_inputs(assembly)
        _refuse_future(check_request_received(assembly.requested_on, self.clock.today()))
        with self.writing() as uow:
            current = assembly_record(uow, assembly_id).assembly
            _require(current, AssemblyAction.PREPARE, "Les convocations sont parties : la préparation ne peut "
                                                   "plus être modifiée.")
            _check_concerned(history(uow, _owner(uow, assembly_id)), assembly)
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.update_header(assembly_id, replace(
                assembly, state=AssemblyState.DRAFT, first_assembly_id=current.first_assembly_id,
                first_meeting_date=current.first_meeting_date))
            uow.assemblies.replace_agenda(assembly_id, tuple(replace(item, choices={}, deliberation_number=None)
                                                             for item in assembly.agenda))
            uow.commit()

    def convene(self, assembly_id: int, convocation_date: date, expected_version: int | None = None) -> None:
        """Draft → convened, only if the delay and the agenda are lawful (R312-194-20) and the convocations
        are not dated after today (domain.act_dates)."""
        with self.writing() as uow:
            _convene(uow, assembly_id, convocation_date, expected_version, self.clock.today())
            uow.commit()

    def convene_again(self, assembly_id: int, meeting_date: date, convocation_date: date,
                      meeting_time: str | None = None, place: str | None = None) -> int:
        """R312-194-22: without quorum, a second assembly on the same agenda, within 15 days (8)."""
        with self.writing() as uow:
            record = assembly_record(uow, assembly_id)
            first = record.assembly
            _require(first, AssemblyAction.CONVENE_AGAIN, "Une seconde convocation suit une assemblée close faute "
                                                          "de quorum.", record.result.quorum.may_deliberate)
            already = uow.assemblies.second_of(assembly_id)
            if already is not None:
                raise ServiceError(f"Cette assemblée a déjà été convoquée à nouveau (assemblée numéro {already}).")
            agenda = tuple(replace(item, choices={}, deliberation_number=None, debates="") for item in first.agenda)
            second = Assembly(meeting_date, place if place is not None else first.place,
                              meeting_time if meeting_time is not None else first.meeting_time, first.urgent,
                              first_meeting_date=first.meeting_date, first_assembly_id=assembly_id, agenda=agenda,
                              documents=first.documents, president=first.president)
            _check_inputs(second)
            new_id = uow.assemblies.add(_owner(uow, assembly_id), second)
            _convene(uow, new_id, convocation_date, None, self.clock.today())
            uow.commit()  # a refusal above rolls back the second assembly with everything else
        return new_id

    # --- deleting and cancelling (domain.deletions) ---------------------------------------------------

    def delete(self, assembly_id: int, expected_version: int | None = None) -> DeletedAssembly:
        """Delete an assembly in preparation (no member was convened); a convened one is cancelled, a
        held or signed one is kept (art. 13-2). Returns what ``restore`` needs to undo it."""
        with self.writing() as uow:
            current = assembly_record(uow, assembly_id).assembly
            problem = assembly_deletion_problem(current)
            if problem is not None:
                raise ServiceError(problem)
            groupement_id = _owner(uow, assembly_id)
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.delete(assembly_id)
            uow.commit()
        return DeletedAssembly(groupement_id, current)

    def restore(self, deleted: DeletedAssembly) -> int:
        """Undo ``delete``: the assembly in preparation comes back, with its id when still free."""
        a = deleted.assembly
        _check_inputs(a)
        with self.writing() as uow:
            if not uow.groupements.exists(deleted.groupement_id):
                raise ServiceError("Le groupement de cette assemblée n'existe plus : elle ne peut pas être rétablie.")
            _check_concerned(history(uow, deleted.groupement_id), a)
            free = a.id is not None and uow.assemblies.groupement_of(a.id) is None
            assembly_id = uow.assemblies.add(deleted.groupement_id, replace(a, state=AssemblyState.DRAFT),
                                             a.id if free else None)
            uow.commit()
        return assembly_id

    def cancel(self, assembly_id: int, cancelled_on: date, reason: str = "",
               expected_version: int | None = None) -> None:
        """Convened → cancelled (« annulée »): kept with the day and the reason, before it meets and not
        dated after today (domain.deletions, domain.act_dates). ``uncancel`` undoes it."""
        with self.writing() as uow:
            current = assembly_record(uow, assembly_id).assembly
            if current.state is AssemblyState.CANCELLED:
                raise ServiceError("Cette assemblée est déjà annulée.")
            problems = check_cancellation(current, cancelled_on) + check_cancelled_on(cancelled_on, self.clock.today())
            if problems:
                raise InvalidAssembly("L'assemblée ne peut pas être annulée, rien n'a été enregistré :", problems)
            cancelled = replace(current, state=AssemblyState.CANCELLED, cancelled_on=cancelled_on,
                                cancellation_reason=reason.strip())
            _check_inputs(cancelled)
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.update_header(assembly_id, cancelled)
            uow.commit()

    def uncancel(self, assembly_id: int, expected_version: int | None = None) -> Cancellation:
        """Undo ``cancel`` while nothing took the assembly's place: convened again, as before; returns
        the cancellation removed, for ``cancel`` to redo it."""
        with self.writing() as uow:
            current = assembly_record(uow, assembly_id).assembly
            first = current.first_assembly_id
            other = uow.assemblies.second_of(first, besides=assembly_id) if first is not None else None
            problem = uncancel_problem(current, other)
            if problem is not None:
                raise ServiceError(problem)
            assert current.cancelled_on is not None  # a cancelled assembly has its date (domain.deletions)
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.update_header(assembly_id, replace(current, state=AssemblyState.CONVENED,
                                                              cancelled_on=None, cancellation_reason=""))
            uow.commit()
        return Cancellation(assembly_id, current.cancelled_on, current.cancellation_reason)

    # --- the session --------------------------------------------------------------------------------

    def record_attendance(self, assembly_id: int, lines: tuple[AttendanceLine, ...],
                          expected_version: int | None = None) -> builtins.list[Problem]:
        """Saves the attendance unless it breaks a rule; returns the warnings left. A member marked
        absent no longer votes. Only once the meeting has taken place (domain.act_dates)."""
        with self.writing() as uow:
            record = _in_session(uow, assembly_id, AssemblyAction.RECORD_SESSION)
            _require_held(record.assembly, self.clock.today(), "attendance")
            _check_inputs(replace(record.assembly, attendance=lines))
            problems = check_attendance(lines, record.member_names, record.proxies_allowed)
            if errors_only(problems):
                raise InvalidAssembly("Feuille de présence refusée :", errors_only(problems))
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.set_attendance(assembly_id, lines)
            uow.assemblies.keep_votes_of(assembly_id, voters(lines))
            uow.commit()
        return problems

    def record_votes(self, assembly_id: int, number: int, choices: dict[str, Choice],
                     expected_version: int | None = None) -> None:
        """The votes on agenda item ``number`` (from 1), member by member; other items are untouched.
        Only once the meeting has taken place (domain.act_dates)."""
        with self.writing() as uow:
            record = _in_session(uow, assembly_id, AssemblyAction.RECORD_SESSION)
            _require_held(record.assembly, self.clock.today(), "votes")
            item = _item(record.assembly, number)
            allowed = set(voters_on(item, record.assembly.attendance))
            strangers = [record.member_names.get(k, k) for k in choices if k not in allowed]
            if strangers:
                raise InvalidAssembly(f"Votes refusés sur la résolution {number} :", [Problem(
                    "votes", f"« {name} » ne peut pas voter : absent, ou membre dont l'exclusion est demandée.")
                    for name in strangers])
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.set_votes(assembly_id, number - 1, dict(choices))
            uow.commit()

    def record_debates(self, assembly_id: int, number: int, text: str, expected_version: int | None = None) -> None:
        """The summary of the debates on agenda item ``number`` (from 1), written in the procès-verbal
        (art. 13-2). Any point may have debates, an information point or « questions diverses » too:
        they never put it to the vote (the resolution's text does). Only during the session record."""
        with self.writing() as uow:
            record = _in_session(uow, assembly_id, AssemblyAction.RECORD_SESSION)
            _require_held(record.assembly, self.clock.today(), "debates")
            if not 1 <= number <= len(record.assembly.agenda):
                raise ServiceError(f"L'ordre du jour n'a pas de point {number}.")
            text = text.strip()
            agenda = list(record.assembly.agenda)
            agenda[number - 1] = replace(agenda[number - 1], debates=text)
            _check_inputs(replace(record.assembly, agenda=tuple(agenda)))
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.set_debates(assembly_id, number - 1, text)
            uow.commit()

    def set_officers(self, assembly_id: int, president: str, secretary: str, scrutineer: str,
                     expected_version: int | None = None, opened_at: str | None = None,
                     closed_at: str | None = None) -> None:
        """The officers who sign the PV and, when given, the hours the session opened and closed
        (« 14:05 », « 16:40 »; the closing after the opening, domain.assembly_checks.check_session_hours)."""
        with self.writing() as uow:
            record = _in_session(uow, assembly_id, AssemblyAction.RECORD_SESSION)
            _require_held(record.assembly, self.clock.today(), "officers")
            a = record.assembly
            officers = replace(a, president=president.strip(), secretary=secretary.strip(),
                               scrutineer=scrutineer.strip(),
                               opened_at=a.opened_at if opened_at is None else opened_at.strip(),
                               closed_at=a.closed_at if closed_at is None else closed_at.strip())
            _check_inputs(officers)
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.update_header(assembly_id, officers)
            uow.commit()

    def close(self, assembly_id: int, expected_version: int | None = None) -> None:
        """Convened → held: droits frozen, deliberations numbered « year-n » and their outcomes stored for
        the register; no edit after this. Not before the meeting day (domain.act_dates)."""
        with self.writing() as uow:
            record = _in_session(uow, assembly_id, AssemblyAction.CLOSE)
            _require_held(record.assembly, self.clock.today(), "close")
            problems = check_can_close(record.assembly, record.result, record.member_names, record.proxies_allowed)
            if problems:
                raise InvalidAssembly("La séance ne peut pas encore être close :", problems)
            groupement_id = _owner(uow, assembly_id)
            year = record.assembly.meeting_date.year
            voted = [n for n, _item, _outcome in record.result.outcomes]
            given = highest_rank(uow.assemblies.deliberation_numbers_of(groupement_id, year), year)
            numbers = deliberation_numbers(year, given, len(voted))
            for number_text in numbers:
                uow.register.allocate(groupement_id, "deliberation", number_text)
            uow.assemblies.touch(assembly_id, expected_version)
            by_position = {n - 1: text for n, text in zip(voted, numbers, strict=True)}
            uow.assemblies.number_items(assembly_id, by_position)
            held = replace(record.assembly, state=AssemblyState.HELD, agenda=tuple(
                replace(item, deliberation_number=by_position.get(i, item.deliberation_number))
                for i, item in enumerate(record.assembly.agenda)))
            uow.assemblies.update_header(assembly_id, held)
            uow.assemblies.freeze_rights(assembly_id, record.rights)
            store_outcomes(uow, replace(record, assembly=held))
            uow.commit()

    # --- after the session ---------------------------------------------------------------------------

    def sign(self, assembly_id: int, signed_on: date, expected_version: int | None = None) -> tuple[int, int]:
        """Held → signed: the PV takes the register's next pages, fixed for good, and is sealed."""
        from gcsms_desktop.documents.assembly.minutes import minutes_pages  # ReportLab: not at start-up

        with self.writing() as uow:
            record = assembly_record(uow, assembly_id)
            _require(record.assembly, AssemblyAction.SIGN, "Seule une assemblée tenue, et pas encore signée, "
                                                          "peut être signée.")
            problem = signature_problem(record.assembly.meeting_date, signed_on)
            if problem is not None:
                raise ServiceError(sentence_case(problem))
            _refuse_future(check_signed_on(signed_on, self.clock.today()))
            _check_inputs(replace(record.assembly, signed_on=signed_on))
            groupement_id = _owner(uow, assembly_id)
            first = next_register_page(uow.assemblies.last_register_page(groupement_id))
            uow.register.allocate(groupement_id, "register_page", first)
            signed = replace(record.assembly, state=AssemblyState.SIGNED, signed_on=signed_on,
                             register_first_page=first)
            pdf, count = minutes_pages(replace(record, assembly=signed))  # rendered on its folios, once
            uow.assemblies.touch(assembly_id, expected_version)
            uow.assemblies.update_header(assembly_id, replace(signed, register_page_count=count))
            uow.assemblies.store_signed_pages(assembly_id, pdf)
            seal_new_entries(uow, groupement_id)
            uow.commit()
        return first, first + count - 1

    def add_erratum(self, assembly_id: int, text: str, recorded_on: date) -> None:
        """A correction of a held assembly. After signing, it takes its own pages in the register."""
        from gcsms_desktop.documents.assembly.minutes import erratum_pages  # ReportLab: not at start-up

        with self.writing() as uow:
            record = assembly_record(uow, assembly_id)
            _require(record.assembly, AssemblyAction.ADD_ERRATUM,
                     "Tant que la séance n'est pas close, corrigez directement la saisie.")
            if not text.strip():
                raise ServiceError("Écrivez le texte de l'erratum.")
            _refuse_future(check_erratum_date(recorded_on, self.clock.today()))
            erratum, pdf, groupement_id = Erratum(recorded_on, text.strip()), None, _owner(uow, assembly_id)
            _check_inputs(replace(record.assembly, errata=(erratum,)))
            signed = record.assembly.state is AssemblyState.SIGNED
            if signed:
                first = next_register_page(uow.assemblies.last_register_page(groupement_id))
                uow.register.allocate(groupement_id, "register_page", first)
                erratum = replace(erratum, register_first_page=first)
                pdf, count = erratum_pages(record, erratum)
                erratum = replace(erratum, register_page_count=count)
            uow.assemblies.touch(assembly_id)
            uow.assemblies.add_erratum(assembly_id, erratum, pdf)
            if signed:
                seal_new_entries(uow, groupement_id)
            uow.commit()

    def register_entries(self, reference: str | int) -> builtins.list[RegisterEntry]:
        """The register's PVs and errata in page order, with the pages stored when signed."""
        with self.reading() as uow:
            return uow.assemblies.register_entries(resolve(uow, reference))

    def signed_records(self, reference: str | int) -> builtins.list[AssemblyRecord]:
        """Signed assemblies in register order."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            return assembly_records(uow, groupement_id, uow.assemblies.signed_ids(groupement_id))


# --- helpers: they receive the use case's unit of work ------------------------------------------------

def _convene(uow: UnitOfWork, assembly_id: int, convocation_date: date, expected_version: int | None,
             today: date) -> None:
    assembly = checked_convocation(uow, assembly_id, convocation_date, today)
    uow.assemblies.touch(assembly_id, expected_version)
    uow.assemblies.update_header(assembly_id, replace(assembly, state=AssemblyState.CONVENED))


def checked_convocation(uow: UnitOfWork, assembly_id: int, convocation_date: date, today: date) -> Assembly:
    """The draft assembly with its letters sent on ``convocation_date``, if convening it so is lawful
    (R312-194-20: delay and agenda; domain.act_dates: not after today); raises otherwise. Writes nothing:
    the e-mails prepared before the date is recorded are checked the same way (services.printing)."""
    record = assembly_record(uow, assembly_id)
    _require(record.assembly, AssemblyAction.CONVENE, "Cette assemblée a déjà été convoquée.")
    _refuse_future(check_convocation_sent(convocation_date, today))
    assembly = replace(record.assembly, convocation_date=convocation_date)
    _check_inputs(assembly)
    known = {m.key: m.name for m in uow.groupements.members_ever(_owner(uow, assembly_id))}
    past = history(uow, _owner(uow, assembly_id))
    dissolved_on = past.standing(assembly.meeting_date).dissolved_on  # art. 20: only the liquidation after it
    problems = errors_only(check_can_convene(assembly, record.member_names, record.groupement.governance, known,
                                             _on_request(past, assembly), dissolved_on))
    if problems:
        raise InvalidAssembly("L'assemblée ne peut pas être convoquée ainsi :", problems)
    return assembly


def _check_inputs(assembly: Assembly) -> None:
    """Texts within their bounds, no control or bidi character, plausible dates: on every path, not only
    in the wizard (domain.input_bounds)."""
    problems = check_assembly_inputs(assembly)
    if problems:
        raise InvalidAssembly("Saisie refusée, rien n'a été enregistré :", problems)


def _require_held(assembly: Assembly, today: date, step: str) -> None:
    """The session is recorded once the meeting took place (R. 312-194-22, domain.act_dates)."""
    _refuse_future(check_session_held(assembly.meeting_date, today, step))


def _refuse_future(problems: list[Problem]) -> None:
    """An act dated after today (domain.act_dates) is refused, with what and when."""
    if problems:
        raise InvalidAssembly("Rien n'a été enregistré :", problems)


def _names(past: History, on: date) -> tuple[dict[str, str], dict[str, str]]:
    """The members in force on ``on`` and every member the groupement ever had, by key."""
    in_force = {m.key: m.name for m in past.standing(on).members}
    return in_force, {m.key: m.name for m in past.members_ever}


def _on_request(past: History, assembly: Assembly) -> dict[str, str] | None:
    """The members in force on the day members asked for the assembly (R. 312-194-20), if they did."""
    if assembly.requested_on is None:
        return None
    return {m.key: m.name for m in past.standing(assembly.requested_on).members}


def _check_concerned(past: History, assembly: Assembly) -> None:
    problems = check_concerned_members(assembly, *_names(past, assembly.meeting_date))
    problems += check_requesters_known(assembly, {m.key: m.name for m in past.members_ever})
    if problems:
        raise InvalidAssembly("Ordre du jour refusé, rien n'a été enregistré :", problems)


def _owner(uow: UnitOfWork, assembly_id: int) -> int:
    return uow.assemblies.groupement_of(assembly_id) or 0


def _in_session(uow: UnitOfWork, assembly_id: int, action: AssemblyAction) -> AssemblyRecord:
    """The record of an assembly whose session may still be recorded (convened, not closed)."""
    record = assembly_record(uow, assembly_id)
    _require(record.assembly, action, _session_message(record.assembly))
    return record


def _require(assembly: Assembly, action: AssemblyAction, message: str, quorum_reached: bool = True) -> None:
    """Refuse ``action`` unless the domain allows it in the assembly's state (domain.assembly_actions)."""
    if action not in allowed_actions(assembly.state, quorum_reached):
        raise ServiceError(message)


def _session_message(assembly: Assembly) -> str:
    if assembly.state.locked:
        return ("La séance est close : elle ne peut plus être modifiée. Une erreur se corrige par un "
                "erratum joint au procès-verbal.")
    return "Envoyez d'abord les convocations : la séance se saisit sur une assemblée convoquée."


def _item(assembly: Assembly, number: int) -> AgendaItem:
    if not 1 <= number <= len(assembly.agenda):
        raise ServiceError(f"L'ordre du jour n'a pas de point {number}.")
    item = assembly.agenda[number - 1]
    if item.is_information:
        raise ServiceError(f"Le point {number} est une information : il n'est pas mis aux voix.")
    return item
