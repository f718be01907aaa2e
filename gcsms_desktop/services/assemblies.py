"""Use cases of an assemblée générale, each in one transaction.

The states only move forward (draft → convened → held → signed) and every step asks the
domain first; a refused step raises InvalidAssembly and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.assembly import (
    AgendaItem, Assembly, AssemblyState, Erratum, deliberation_numbers, next_register_page, second_convocation_needed,
    voters_on,
)
from gcsms_desktop.domain.assembly_checks import check_can_close, check_can_convene
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, check_attendance, voters
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.persistence.assembly_repository import AssemblySummary, RegisterEntry
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.errors import InvalidAssembly, NotFound, ServiceError
from gcsms_desktop.services.groupements import GroupementService
from gcsms_desktop.services.pagination import erratum_pages, minutes_pages



def rights_in_force(history: History, on: date) -> AssemblyRights:
    """Droits of the members in force on the assembly date, as regularised (art. 8, 9-1)."""
    return AssemblyRights.from_voting_rights(history.standing(on).rights)


class AssemblyService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork], groupements: GroupementService) -> None:
        self.unit_of_work = unit_of_work
        self.groupements = groupements

    # --- reading ---------------------------------------------------------------------------------

    def list(self, reference: str | int) -> list[AssemblySummary]:
        groupement_id = self.groupements.resolve(reference)
        with self.unit_of_work() as uow:
            return uow.assemblies.summaries(groupement_id)

    def record(self, assembly_id: int, reference: str | int | None = None) -> AssemblyRecord:
        """The assembly with its groupement, members and droits (frozen ones once held)."""
        with self.unit_of_work() as uow:
            groupement_id = uow.assemblies.groupement_of(assembly_id)
            if groupement_id is None or (reference is not None and
                                         groupement_id != self.groupements.resolve(reference)):
                raise NotFound(f"Aucune assemblée numéro {assembly_id} pour ce groupement "
                               "(« gcsms-desktop assembly list NOM » affiche les numéros).")
            stored = uow.assemblies.get(assembly_id)
            groupement = uow.groupements.get(groupement_id)
            everyone = uow.groupements.members_ever(groupement_id)
            history = History(groupement, uow.changes.list(groupement_id))
        rights = stored.frozen_rights or rights_in_force(history, stored.assembly.meeting_date)
        members = tuple(m for m in everyone if m.key in rights.votes)
        return AssemblyRecord(groupement, stored.assembly, members, rights)

    # --- preparation -------------------------------------------------------------------------------

    def prepare(self, reference: str | int, assembly: Assembly) -> int:
        """Store a new assembly in preparation (it may still be incomplete)."""
        groupement_id = self.groupements.resolve(reference)
        with self.unit_of_work() as uow:
            assembly_id = uow.assemblies.add(groupement_id, replace(assembly, state=AssemblyState.DRAFT))
            uow.commit()
        return assembly_id

    def update_preparation(self, assembly_id: int, assembly: Assembly) -> None:
        current = self.record(assembly_id).assembly
        self._require(current, AssemblyState.DRAFT, "Les convocations sont parties : la préparation ne peut "
                                                    "plus être modifiée.")
        self._save(assembly_id, replace(assembly, state=AssemblyState.DRAFT, id=assembly_id,
                                        first_assembly_id=current.first_assembly_id,
                                        first_meeting_date=current.first_meeting_date))

    def convene(self, assembly_id: int, convocation_date: date) -> None:
        """Draft → convened, only if the delay and the agenda are lawful (R312-194-20)."""
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.DRAFT, "Cette assemblée a déjà été convoquée.")
        assembly = replace(record.assembly, convocation_date=convocation_date)
        problems = errors_only(check_can_convene(assembly, record.member_names, record.groupement.governance))
        if problems:
            raise InvalidAssembly("L'assemblée ne peut pas être convoquée ainsi :", problems)
        self._save(assembly_id, replace(assembly, state=AssemblyState.CONVENED))

    def convene_again(self, assembly_id: int, meeting_date: date, convocation_date: date,
                      meeting_time: str | None = None, place: str | None = None) -> int:
        """R312-194-22: without quorum, a second assembly on the same agenda, within 15 days (8)."""
        record = self.record(assembly_id)
        first = record.assembly
        if not second_convocation_needed(first, record.result):
            raise ServiceError("Une seconde convocation suit une assemblée close faute de quorum.")
        with self.unit_of_work() as uow:
            groupement_id = uow.assemblies.groupement_of(assembly_id)
            already = uow.assemblies.second_of(assembly_id)
        if already is not None:
            raise ServiceError(f"Cette assemblée a déjà été convoquée à nouveau (assemblée numéro {already}).")
        agenda = tuple(replace(item, choices={}, deliberation_number=None) for item in first.agenda)
        second = Assembly(meeting_date, place if place is not None else first.place,
                          meeting_time if meeting_time is not None else first.meeting_time, first.urgent,
                          first_meeting_date=first.meeting_date, first_assembly_id=assembly_id, agenda=agenda,
                          documents=first.documents, president=first.president)
        new_id = self.prepare(groupement_id, second)
        try:
            self.convene(new_id, convocation_date)
        except InvalidAssembly:
            with self.unit_of_work() as uow:  # do not leave a half-made second assembly behind
                uow.assemblies.delete(new_id)
                uow.commit()
            raise
        return new_id

    # --- the session --------------------------------------------------------------------------------

    def record_attendance(self, assembly_id: int, lines: tuple[AttendanceLine, ...]) -> list[Problem]:
        """Saves the attendance unless it breaks a rule; returns the warnings left."""
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.CONVENED, self._session_message(record.assembly))
        problems = check_attendance(lines, record.member_names, record.proxies_allowed)
        if errors_only(problems):
            raise InvalidAssembly("Feuille de présence refusée :", errors_only(problems))
        present = set(voters(lines))
        agenda = tuple(replace(item, choices={k: c for k, c in item.choices.items() if k in present})
                       for item in record.assembly.agenda)  # a member marked absent no longer votes
        self._save(assembly_id, replace(record.assembly, attendance=lines, agenda=agenda))
        return problems

    def record_votes(self, assembly_id: int, number: int, choices: dict[str, Choice]) -> None:
        """The votes on agenda item ``number`` (from 1), member by member."""
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.CONVENED, self._session_message(record.assembly))
        item = self._item(record.assembly, number)
        allowed = set(voters_on(item, record.assembly.attendance))
        strangers = [record.member_names.get(k, k) for k in choices if k not in allowed]
        if strangers:
            raise InvalidAssembly(f"Votes refusés sur la résolution {number} :", [Problem(
                "votes", f"« {name} » ne peut pas voter : absent, ou membre dont l'exclusion est demandée.")
                for name in strangers])
        agenda = list(record.assembly.agenda)
        agenda[number - 1] = replace(item, choices=dict(choices))
        self._save(assembly_id, replace(record.assembly, agenda=tuple(agenda)))

    def set_officers(self, assembly_id: int, president: str, secretary: str, scrutineer: str) -> None:
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.CONVENED, self._session_message(record.assembly))
        self._save(assembly_id, replace(record.assembly, president=president.strip(), secretary=secretary.strip(),
                                        scrutineer=scrutineer.strip()))

    def close(self, assembly_id: int) -> None:
        """Convened → held: droits frozen, deliberations numbered « year-n »; no edit after this."""
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.CONVENED, self._session_message(record.assembly))
        problems = check_can_close(record.assembly, record.result, record.member_names, record.proxies_allowed)
        if problems:
            raise InvalidAssembly("La séance ne peut pas encore être close :", problems)
        with self.unit_of_work() as uow:
            groupement_id = uow.assemblies.groupement_of(assembly_id)
            agenda = list(record.assembly.agenda)
            year = record.assembly.meeting_date.year
            voted = [n for n, _item, _outcome in record.result.outcomes]
            numbers = deliberation_numbers(year, uow.assemblies.numbered_deliberations(groupement_id, year), len(voted))
            for n, number_text in zip(voted, numbers):
                agenda[n - 1] = replace(agenda[n - 1], deliberation_number=number_text)
            uow.assemblies.save(assembly_id, replace(record.assembly, agenda=tuple(agenda), state=AssemblyState.HELD))
            uow.assemblies.freeze_rights(assembly_id, record.rights)
            uow.commit()

    # --- after the session ---------------------------------------------------------------------------

    def sign(self, assembly_id: int, signed_on: date) -> tuple[int, int]:
        """Held → signed: the PV takes the register's next pages, fixed for good."""
        record = self.record(assembly_id)
        self._require(record.assembly, AssemblyState.HELD, "Seule une assemblée tenue, et pas encore signée, "
                                                           "peut être signée.")
        if signed_on < record.assembly.meeting_date:
            raise ServiceError("Le procès-verbal ne peut pas être signé avant la réunion.")
        with self.unit_of_work() as uow:
            groupement_id = uow.assemblies.groupement_of(assembly_id)
            first = next_register_page(uow.assemblies.last_register_page(groupement_id))
            signed = replace(record.assembly, state=AssemblyState.SIGNED, signed_on=signed_on,
                             register_first_page=first)
            pdf, count = minutes_pages(replace(record, assembly=signed))  # rendered on its folios, once
            uow.assemblies.save(assembly_id, replace(signed, register_page_count=count))
            uow.assemblies.store_signed_pages(assembly_id, pdf)
            uow.commit()
        return first, first + count - 1

    def add_erratum(self, assembly_id: int, text: str, recorded_on: date) -> None:
        """A correction of a held assembly. After signing, it takes its own pages in the register."""
        record = self.record(assembly_id)
        if not record.assembly.state.locked:
            raise ServiceError("Tant que la séance n'est pas close, corrigez directement la saisie.")
        if not text.strip():
            raise ServiceError("Écrivez le texte de l'erratum.")
        erratum = Erratum(recorded_on, text.strip())
        with self.unit_of_work() as uow:
            pdf = None
            if record.assembly.state is AssemblyState.SIGNED:
                groupement_id = uow.assemblies.groupement_of(assembly_id)
                erratum = replace(erratum, register_first_page=next_register_page(
                    uow.assemblies.last_register_page(groupement_id)))
                pdf, count = erratum_pages(record, erratum)
                erratum = replace(erratum, register_page_count=count)
            uow.assemblies.save(assembly_id, replace(record.assembly, errata=record.assembly.errata + (erratum,)))
            if pdf is not None:
                uow.assemblies.store_signed_pages(assembly_id, pdf, len(record.assembly.errata))
            uow.commit()

    def register_entries(self, reference: str | int) -> list[RegisterEntry]:
        """The register's PVs and errata in page order, with the pages stored when signed."""
        groupement_id = self.groupements.resolve(reference)
        with self.unit_of_work() as uow:
            return uow.assemblies.register_entries(groupement_id)

    def signed_records(self, reference: str | int) -> list[AssemblyRecord]:
        """Signed assemblies in register order."""
        groupement_id = self.groupements.resolve(reference)
        with self.unit_of_work() as uow:
            ids = uow.assemblies.signed_ids(groupement_id)
        return [self.record(i) for i in ids]

    # --- helpers ---------------------------------------------------------------------------------------

    def _save(self, assembly_id: int, assembly: Assembly) -> None:
        with self.unit_of_work() as uow:
            uow.assemblies.save(assembly_id, assembly)
            uow.commit()

    @staticmethod
    def _require(assembly: Assembly, state: AssemblyState, message: str) -> None:
        if assembly.state is not state:
            raise ServiceError(message)

    @staticmethod
    def _session_message(assembly: Assembly) -> str:
        if assembly.state.locked:
            return ("La séance est close : elle ne peut plus être modifiée. Une erreur se corrige par un "
                    "erratum joint au procès-verbal.")
        return "Envoyez d'abord les convocations : la séance se saisit sur une assemblée convoquée."

    @staticmethod
    def _item(assembly: Assembly, number: int) -> AgendaItem:
        if not 1 <= number <= len(assembly.agenda):
            raise ServiceError(f"L'ordre du jour n'a pas de point {number}.")
        item = assembly.agenda[number - 1]
        if item.is_information:
            raise ServiceError(f"Le point {number} est une information : il n'est pas mis aux voix.")
        return item

